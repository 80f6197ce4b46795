package org.bbbrooms.bbb;

import java.net.URI;

/**
 * A slide thumbnail of a playback format, for a recordings list; {@code url} is checked to be http(s), so it
 * is safe to put in an {@code img src}.
 * <pre>{@code format.previewImages().stream().findFirst().map(PreviewImage::url)}</pre>
 */
public record PreviewImage(URI url, String alt, int width, int height) {

    static PreviewImage fromXml(XmlElement image) {
        return new PreviewImage(XmlElement.webUrl("image", image.text()), image.attributes().getOrDefault("alt", ""),
                dimension(image, "width"), dimension(image, "height"));
    }

    private static int dimension(XmlElement image, String name) {
        String value = image.attributes().getOrDefault(name, "");
        return value.matches("\\d{1,5}") ? Integer.parseInt(value) : 0;
    }
}
