package org.bbbrooms.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * A course of the portal. Its code is short, unique and upper case ("MATH101"); its title is what people read.
 * A deleted course is inactive for good and hidden everywhere, but keeps its code. Admins may pin its meetings to
 * tagged servers behind Scalelite with a server tag ({@link #SERVER_TAG}).
 * <p>Use: {@code new Course("MATH101", "Mathematics for beginners")}.
 */
@Entity
@Table(name = "course")
public class Course extends BaseEntity {

    @NotBlank(message = "{course.code.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "{course.code.pattern}")
    @Column(nullable = false, length = 32)
    private String code;

    @NotBlank(message = "{course.title.required}")
    @Size(max = 200, message = "{course.title.size}")
    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** The host portal's id of this course, for those that a host portal provisions; none for local ones. */
    @Column(name = "external_id", length = 128)
    private String externalId;

    /**
     * Scalelite's {@code meta_server-tag} syntax as Greenlight sends it: one or more tags separated by {@code ;}
     * (letters, digits, {@code . _ -}), with a trailing {@code !} when a server with one of them is required.
     */
    public static final String SERVER_TAG = "[A-Za-z0-9._-]{1,64}(;[A-Za-z0-9._-]{1,64})*!?";

    /** Scalelite's tag for this course's meetings, or null for none. */
    @Pattern(regexp = SERVER_TAG, message = "{course.serverTag.pattern}")
    @Size(max = 255, message = "{course.serverTag.pattern}")
    @Column(name = "server_tag", length = 255)
    private String serverTag;

    protected Course() {
    }

    public Course(String code, String title) {
        setCode(code);
        setTitle(title);
    }

    /** Upper-cases and trims a course code, as it is stored. */
    public static String normalizeCode(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public String getCode() {
        return code;
    }

    public final void setCode(String code) {
        this.code = normalizeCode(code);
    }

    public String getTitle() {
        return title;
    }

    public final void setTitle(String title) {
        this.title = title == null ? null : title.trim();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        if (active && isDeleted()) {
            throw new IllegalStateException(this + " was deleted");
        }
        this.active = active;
    }

    /** Deletes the course softly: it disappears from the portal for good, while its rows stay for the records. */
    public void delete(Instant now) {
        active = false;
        deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Optional<Instant> getDeletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<String> getExternalId() {
        return Optional.ofNullable(externalId);
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** The Scalelite server tag that this course's meetings are created with ({@code meta_server-tag}). */
    public Optional<String> getServerTag() {
        return Optional.ofNullable(serverTag);
    }

    /** Trimmed; blank means none. */
    public void setServerTag(String serverTag) {
        this.serverTag = serverTag == null || serverTag.isBlank() ? null : serverTag.strip();
    }

    @Override
    public String toString() {
        return "Course[" + code + "]";
    }
}
