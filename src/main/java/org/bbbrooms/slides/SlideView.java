package org.bbbrooms.slides;

import java.time.Instant;

/** A presentation as the slides page lists it. */
public record SlideView(long id, String fileName, SlideKind kind, long sizeBytes, boolean isDefault,
        Instant uploadedAt) implements java.io.Serializable {

    static SlideView of(Slide slide) {
        return new SlideView(slide.getId(), slide.getFileName(), slide.getKind(), slide.getSizeBytes(),
                slide.isDefault(), slide.getUploadedAt());
    }

    /** The size in kB, rounded up, for the page. */
    public long kilobytes() {
        return (sizeBytes + 1023) / 1024;
    }
}
