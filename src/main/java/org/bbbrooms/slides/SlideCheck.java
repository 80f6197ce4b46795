package org.bbbrooms.slides;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bbbrooms.platform.BusinessException;

/**
 * Tells what an uploaded file is by its content, not only by its name: PDF, PNG and JPEG by their magic bytes; PPTX
 * and DOCX as ZIP archives with {@code [Content_Types].xml} and a {@code ppt/} or {@code word/} part; ODP as a ZIP
 * whose {@code mimetype} entry says so. The extension must claim the kind that the content is, so that a renamed
 * file is refused. Only entry names and the short {@code mimetype} entry are read, never the parts themselves, and at
 * most {@value #MAX_ENTRIES} entries, so that a crafted archive costs little.
 * <p>Use: {@code SlideKind kind = SlideCheck.kindOf("week 1.pdf", bytes, maxBytes);}
 */
final class SlideCheck {

    static final int MAX_ENTRIES = 10_000;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String ODP_TYPE = "application/vnd.oasis.opendocument.presentation";

    private SlideCheck() {
    }

    /**
     * @throws BusinessException {@code slides.empty}, {@code slides.tooLarge} (with the cap in MB),
     *         {@code slides.unsupported} (an extension we do not take) or {@code slides.mismatch} (the content is not
     *         what the extension says)
     */
    static SlideKind kindOf(String fileName, byte[] content, long maxBytes) {
        if (content.length == 0) {
            throw new BusinessException("slides.empty");
        }
        if (content.length > maxBytes) {
            throw new BusinessException("slides.tooLarge", maxBytes / SlidesConfig.MB);
        }
        SlideKind claimed = SlideKind.claimedBy(fileName)
                .orElseThrow(() -> new BusinessException("slides.unsupported"));
        if (detected(content).filter(kind -> kind == claimed).isEmpty()) {
            throw new BusinessException("slides.mismatch", claimed.extension().toUpperCase(java.util.Locale.ROOT));
        }
        return claimed;
    }

    /** The kind the content is, whatever its name. */
    static Optional<SlideKind> detected(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(SlideKind.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(SlideKind.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(SlideKind.JPEG);
        }
        return startsWith(content, ZIP) ? archive(content) : Optional.empty();
    }

    private static Optional<SlideKind> archive(byte[] content) {
        boolean contentTypes = false;
        boolean ppt = false;
        boolean word = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    byte[] type = zip.readNBytes(ODP_TYPE.length() + 1);
                    return new String(type, StandardCharsets.US_ASCII).equals(ODP_TYPE)
                            ? Optional.of(SlideKind.ODP) : Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                ppt |= name.startsWith("ppt/");
                word |= name.startsWith("word/");
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!contentTypes || ppt == word) {
            return Optional.empty();
        }
        return Optional.of(ppt ? SlideKind.PPTX : SlideKind.DOCX);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
