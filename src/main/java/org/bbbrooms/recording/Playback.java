package org.bbbrooms.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One way to play a recording, as BBB lists it: its format ({@code presentation}, {@code video}, ...), the playback
 * page's URL and its length in minutes.
 * <p>Use in a page: {@code <a href="#{format.url}">#{format.type}</a>}.
 */
@Embeddable
public class Playback implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "format_type", nullable = false, length = 64)
    private String type;

    @Column(name = "url", nullable = false, length = 2048)
    private String url;

    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    protected Playback() {
    }

    public Playback(String type, String url, int lengthMinutes) {
        this.type = Objects.requireNonNull(type);
        this.url = Objects.requireNonNull(url);
        this.lengthMinutes = lengthMinutes;
    }

    public String getType() {
        return type;
    }

    public String getUrl() {
        return url;
    }

    public int getLengthMinutes() {
        return lengthMinutes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Playback p && type.equals(p.type) && url.equals(p.url)
                && lengthMinutes == p.lengthMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, url, lengthMinutes);
    }

    @Override
    public String toString() {
        return "Playback[" + type + ", " + lengthMinutes + " min]";
    }
}
