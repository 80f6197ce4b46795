package org.bbbrooms.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.testing.SlideFiles;
import org.junit.jupiter.api.Test;

/** Uploaded slides are told by their content: what BBB can convert passes, a renamed or foreign file does not. */
class SlideCheckTest {

    private static final long CAP = 2 * SlidesConfig.MB;

    @Test
    void eachKindPassesWithItsOwnExtensionInAnyCase() {
        assertEquals(SlideKind.PDF, SlideCheck.kindOf("Week 1.PDF", SlideFiles.pdf(), CAP));
        assertEquals(SlideKind.PPTX, SlideCheck.kindOf("lecture.pptx", SlideFiles.pptx(), CAP));
        assertEquals(SlideKind.DOCX, SlideCheck.kindOf("handout.docx", SlideFiles.docx(), CAP));
        assertEquals(SlideKind.ODP, SlideCheck.kindOf("cours.odp", SlideFiles.odp(), CAP));
        assertEquals(SlideKind.PNG, SlideCheck.kindOf("diagram.png", SlideFiles.png(), CAP));
        assertEquals(SlideKind.JPEG, SlideCheck.kindOf("photo.jpeg", SlideFiles.jpeg(), CAP));
        assertEquals(SlideKind.JPEG, SlideCheck.kindOf("photo.jpg", SlideFiles.jpeg(), CAP));
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() {
        assertEquals("slides.mismatch", refusal("slides.pdf", SlideFiles.png()), "an image renamed .pdf");
        assertEquals("slides.mismatch", refusal("slides.pptx", SlideFiles.docx()), "a Word file renamed .pptx");
        assertEquals("slides.mismatch", refusal("slides.odp", SlideFiles.odt()), "an OpenDocument text");
        assertEquals("slides.mismatch", refusal("slides.pptx", SlideFiles.zip(Map.of("ppt/slide1.xml", "<x/>"))),
                "a ZIP without OOXML's content types");
        assertEquals("slides.mismatch", refusal("slides.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "HTML renamed .pdf");
        assertEquals("slides.mismatch", refusal("slides.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}),
                "a broken archive");
    }

    @Test
    void otherKindsEmptyAndOversizedFilesAreRefused() {
        assertEquals("slides.unsupported", refusal("tool.exe", SlideFiles.pdf()));
        assertEquals("slides.unsupported", refusal("no-extension", SlideFiles.pdf()));
        assertEquals("slides.empty", refusal("empty.pdf", new byte[0]));
        byte[] large = new byte[(int) CAP + 1];
        System.arraycopy(SlideFiles.pdf(), 0, large, 0, SlideFiles.pdf().length);
        BusinessException tooLarge = assertThrows(BusinessException.class,
                () -> SlideCheck.kindOf("large.pdf", large, CAP));
        assertEquals("slides.tooLarge", tooLarge.key());
    }

    @Test
    void aNameIsKeptWithoutThePathABrowserSentAndCutKeepingItsExtension() {
        assertEquals("week 1.pdf", SlideService.shortened("C:\\Users\\t\\week 1.pdf"));
        String cut = SlideService.shortened("x".repeat(300) + ".pptx");
        assertEquals(Slide.NAME_LENGTH, cut.length());
        assertEquals(".pptx", cut.substring(cut.length() - 5));
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(BusinessException.class, () -> SlideCheck.kindOf(name, content, CAP)).key();
    }
}
