package org.bbbrooms.sandbox;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A parsed sandbox answer, read with XPath: {@code doc.text("/response/returncode")}. */
final class XmlDoc {

    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private XmlDoc(Document document) {
        this.document = document;
    }

    static XmlDoc parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XmlDoc(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + xml, e);
        }
    }

    String text(String path) {
        try {
            return xpath.evaluate(path, document);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    int count(String path) {
        return texts(path).size();
    }

    List<String> texts(String path) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String returnCode() {
        return text("/response/returncode");
    }

    String messageKey() {
        return text("/response/messageKey");
    }
}
