package org.bbbrooms.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the {@code <modules>} body of a POST {@code create}: the presentation documents, by URL or embedded.
 *
 * <p>The parser refuses DTDs and external entities (XXE-safe).
 * <pre>{@code
 * ModulesXml.presentations(
 *         "<modules><module name=\"presentation\"><document url=\"https://x/a.pdf\"/></module></modules>");
 * }</pre>
 */
final class ModulesXml {

    private ModulesXml() {
    }

    /**
     * @throws IllegalArgumentException when the body is not well-formed or has a DTD, saying why
     */
    static List<Presentation> presentations(String body) {
        Element root = parse(body).getDocumentElement();
        if (!root.getTagName().equals("modules")) {
            throw new IllegalArgumentException("the root element is <" + root.getTagName() + ">, not <modules>");
        }
        List<Presentation> found = new ArrayList<>();
        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (module.getAttribute("name").equals("presentation")) {
                NodeList documents = module.getElementsByTagName("document");
                for (int j = 0; j < documents.getLength(); j++) {
                    document((Element) documents.item(j)).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static Optional<Presentation> document(Element document) {
        String url = document.getAttribute("url");
        String fileName = document.getAttribute("filename");
        String name = document.getAttribute("name");
        if (!url.isEmpty()) {
            String fromUrl = url.replaceAll("[?#].*$", "").replaceAll(".*/", "");
            return Optional.of(new Presentation(fileName.isEmpty() ? fromUrl : fileName, Optional.of(url)));
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(new Presentation(name, Optional.empty()));
    }

    private static org.w3c.dom.Document parse(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(body)));
        } catch (SAXException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("Cannot read XML", e);
        }
    }
}
