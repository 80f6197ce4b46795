package org.bbbrooms.slides;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.room.Room;

/**
 * An uploaded presentation: of a room, or the platform's (no room), which rooms without slides of their own get.
 * One per room (and one of the platform's) is the default, which BBB shows first. Its bytes are a
 * {@link SlideContent} of the same id, read only to be served.
 * <p>Use: {@code em.persist(new Slide(room, "week 1.pdf", SlideKind.PDF, size, userId, now));}
 */
@Entity
@Table(name = "presentation")
public class Slide extends BaseEntity {

    /** The longest file name kept; longer ones are cut, keeping their extension. */
    static final int NAME_LENGTH = 200;

    @ManyToOne
    @JoinColumn(name = "room_id", updatable = false)
    private Room room;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 8)
    private SlideKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "default_flag", nullable = false)
    private boolean isDefault;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Slide() {
    }

    Slide(Optional<Room> room, String fileName, SlideKind kind, long sizeBytes, long uploadedBy, Instant now) {
        this.room = room.orElse(null);
        this.fileName = fileName;
        this.kind = kind;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Optional<Room> getRoom() {
        return Optional.ofNullable(room);
    }

    public String getFileName() {
        return fileName;
    }

    public SlideKind getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public boolean isDefault() {
        return isDefault;
    }

    void setDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public String toString() {
        return "Slide[" + getId() + ", " + kind + "]";
    }
}
