package org.bbbrooms.attendance;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an XLSX file back with the JDK alone (it is a zip of XML parts): the first sheet's cells as text, shared
 * strings resolved, numbers as written; rows in order, each a map from column letters to text.
 * <p>Use: {@code List<Map<String, String>> rows = XlsxCells.rows(bytes); rows.get(1).get("J")}
 */
final class XlsxCells {

    private XlsxCells() {
    }

    static List<Map<String, String>> rows(byte[] xlsx) throws Exception {
        Map<String, Document> parts = parts(xlsx);
        List<String> shared = new ArrayList<>();
        Document strings = parts.get("xl/sharedStrings.xml");
        if (strings != null) {
            NodeList items = strings.getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(items.item(i).getTextContent());
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        NodeList rowNodes = parts.get("xl/worksheets/sheet1.xml").getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Map<String, String> row = new TreeMap<>();
            NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                String value = cell.getElementsByTagName("v").getLength() > 0
                        ? cell.getElementsByTagName("v").item(0).getTextContent() : cell.getTextContent();
                String text = "s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(value)) : value;
                row.put(cell.getAttribute("r").replaceAll("[0-9]", ""), text);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Every cell's text, for a quick search. */
    static String read(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        rows(xlsx).forEach(row -> text.append(String.join("\t", row.values())).append('\n'));
        return text.toString();
    }

    /** The XML parts, read through the zip's central directory (fastexcel streams its entries). */
    private static Map<String, Document> parts(byte[] xlsx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<String, Document> parts = new HashMap<>();
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            parts.put(entry.getName(), factory.newDocumentBuilder().parse(in));
                        }
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }
}
