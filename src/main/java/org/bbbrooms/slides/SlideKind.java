package org.bbbrooms.slides;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file BBB converts into slides and that teachers may upload, each with the extensions a file of its
 * kind may have and the content type it is served with. The name is what {@code presentation.kind} holds.
 */
public enum SlideKind {
    PDF("application/pdf", "pdf"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String contentType;
    private final Set<String> extensions;

    SlideKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Set.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The extension the download link ends with, which helps BBB recognise the file. */
    public String extension() {
        return name().equals("JPEG") ? "jpg" : name().toLowerCase(Locale.ROOT);
    }

    /** The kind a file name's extension claims, if it is one of ours. */
    static Optional<SlideKind> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (SlideKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
