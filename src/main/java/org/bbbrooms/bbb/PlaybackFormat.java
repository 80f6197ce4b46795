package org.bbbrooms.bbb;

import java.net.URI;
import java.util.List;

/**
 * One way to play a recording ({@code presentation}, {@code video}, {@code podcast}, ...). {@code url} is
 * checked to be http(s); {@code length} is in minutes and {@code processingTime} in milliseconds.
 * <pre>{@code recording.formats().stream().filter(f -> f.type().equals("presentation")).findFirst()}</pre>
 */
public record PlaybackFormat(String type, URI url, long processingTime, int length, List<PreviewImage> previewImages) {

    static PlaybackFormat fromXml(XmlElement format) {
        List<PreviewImage> images = format.child("preview").map(p -> p.list("images", "image")).orElse(List.of())
                .stream().map(PreviewImage::fromXml).toList();
        return new PlaybackFormat(format.text("type"), XmlElement.webUrl("url", format.text("url")),
                format.number("processingTime"), (int) Math.min(Integer.MAX_VALUE, format.number("length")), images);
    }
}
