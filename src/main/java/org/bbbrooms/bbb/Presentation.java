package org.bbbrooms.bbb;

import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A document that BBB downloads and shows when the meeting starts (pre-uploaded slides). Giving any turns
 * create into a POST with a {@code <modules>} body; {@code filename} helps BBB guess the type when the URL
 * has no extension.
 * <pre>{@code CreateMeetingRequest.builder().presentation(new Presentation(URI.create("https://lms/x"), "x.pdf"))}</pre>
 *
 * @param url      where BBB downloads the document, an absolute http(s) URL
 * @param filename the file name with extension, or {@code null}
 */
public record Presentation(URI url, String filename) {

    public Presentation {
        if (url == null) {
            throw new IllegalArgumentException("presentation url is required: give the document's download URL");
        }
        Checks.webUrl("presentation url", url);
        Checks.singleLine("presentation filename", filename, 1, 256);
    }

    static String modulesXml(List<Presentation> presentations) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartElement("modules");
            xml.writeStartElement("module");
            xml.writeAttribute("name", "presentation");
            for (Presentation p : presentations) {
                xml.writeEmptyElement("document");
                xml.writeAttribute("url", p.url.toString());
                if (p.filename != null) {
                    xml.writeAttribute("filename", p.filename);
                }
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the presentations XML", e);
        }
        return out.toString();
    }
}
