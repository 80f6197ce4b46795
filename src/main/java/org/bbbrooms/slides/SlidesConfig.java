package org.bbbrooms.slides;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The presentations' limits, from MicroProfile Config: {@code BBB_PRESENTATION_MAX_MB} (default 20, at most 50,
 * which the upload itself allows) caps a file's size, checked at upload and again at each start;
 * {@code BBB_PRESENTATION_LINK_SECONDS} (default 300) is how long BBB has to download a file once create is sent.
 */
@ApplicationScoped
public class SlidesConfig {

    static final long MB = 1024L * 1024L;
    /** The largest cap: web.xml lets Faces take uploads of 50 MB and no more. */
    static final int MAX_MB = 50;
    /** The most files one room (or the platform) keeps. */
    static final int MAX_FILES = 10;

    @Inject
    @ConfigProperty(name = "BBB_PRESENTATION_MAX_MB", defaultValue = "20")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "BBB_PRESENTATION_LINK_SECONDS", defaultValue = "300")
    int linkSeconds;

    public long maxBytes() {
        return Math.min(Math.max(1, maxMegabytes), MAX_MB) * MB;
    }

    public Duration linkLifetime() {
        return Duration.ofSeconds(Math.max(30, linkSeconds));
    }
}
