package org.bbbrooms.slides;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a {@link Slide}, in a table of their own (same id) so that listing slides never reads them; in the
 * database, so that every node serves them.
 */
@Entity
@Table(name = "presentation_content")
public class SlideContent {

    @Id
    @Column(name = "presentation_id")
    private Long presentationId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected SlideContent() {
    }

    SlideContent(long presentationId, byte[] content) {
        this.presentationId = presentationId;
        this.content = content;
    }

    byte[] bytes() {
        return content;
    }
}
