package org.bbbrooms.lti.grades;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.bbbrooms.lti.LtiContext;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.room.Room;

/**
 * A teacher's grading of a room: on or off, and the AGS line item that the room's scores go to in its LMS context
 * (found or made the first time a score is sent). What the scores are is the room's
 * {@link org.bbbrooms.attendance.CompletionRule}, the one the reports' verdicts follow, never a rule of its own.
 */
@Entity
@Table(name = "lti_room_grading")
public class RoomGrading extends BaseEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false, updatable = false)
    private Room room;

    @Column(nullable = false)
    private boolean enabled;

    @ManyToOne
    @JoinColumn(name = "context_id")
    private LtiContext context;

    @Column(name = "line_item_url", length = 2000)
    private String lineItemUrl;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RoomGrading() {
    }

    public RoomGrading(Room room, LtiContext context, Instant at) {
        this.room = room;
        this.context = context;
        set(false, at);
    }

    public final void set(boolean enabled, Instant at) {
        this.enabled = enabled;
        this.updatedAt = at;
    }

    /** The line item the scores go to; a different context forgets the line item of the old one. */
    void context(LtiContext context) {
        if (!context.equals(this.context)) {
            this.context = context;
            this.lineItemUrl = null;
        }
    }

    void lineItem(String url) {
        this.lineItemUrl = url;
    }

    public Room getRoom() {
        return room;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Optional<LtiContext> getContext() {
        return Optional.ofNullable(context);
    }

    public Optional<String> getLineItemUrl() {
        return Optional.ofNullable(lineItemUrl);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
