package org.bbbrooms.lti.grades;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A teacher's grading of a room: on or off, the {@link Threshold}, and the AGS line item that the room's scores go
 * to in its LMS context (found or made the first time a score is sent).
 */
@Entity
@Table(name = "lti_room_grading")
public class RoomGrading extends BaseEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false, updatable = false)
    private Room room;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_kind", nullable = false, length = 16)
    private Threshold.Kind thresholdKind;

    @Column(name = "threshold_value", nullable = false)
    private int thresholdValue;

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
        set(false, Threshold.DEFAULT, at);
    }

    public final void set(boolean enabled, Threshold threshold, Instant at) {
        this.enabled = enabled;
        this.thresholdKind = threshold.kind();
        this.thresholdValue = threshold.value();
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

    public Threshold threshold() {
        return new Threshold(thresholdKind, thresholdValue);
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
