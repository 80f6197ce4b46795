package org.bbbrooms.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A room's guest access as its teacher set it: on or off, the random id of its guest link, and its viewer and
 * moderator codes as stored (sealed by {@code platform/SecretBox}; {@link GuestService} opens them), none for no code.
 * The row stays when access is turned off, so that turning it on again gives the same link and codes.
 */
@Entity
@Table(name = "room_guest_access")
public class GuestAccess {

    @Id
    @Column(name = "room_id")
    private Long roomId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "guest_link", nullable = false, length = 24)
    private String guestLink;

    @Column(name = "viewer_code", length = 200)
    private String viewerCode;

    @Column(name = "moderator_code", length = 200)
    private String moderatorCode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GuestAccess() {
    }

    GuestAccess(long roomId, Instant at) {
        this.roomId = roomId;
        this.guestLink = RandomIds.publicId();
        this.updatedAt = at;
    }

    void enabled(boolean enabled, Instant at) {
        this.enabled = enabled;
        this.updatedAt = at;
    }

    /** A new guest link: the old one stops working at once. */
    void newLink(Instant at) {
        this.guestLink = RandomIds.publicId();
        this.updatedAt = at;
    }

    /** Sets the sealed codes; null for none. */
    void codes(String sealedViewer, String sealedModerator, Instant at) {
        this.viewerCode = sealedViewer;
        this.moderatorCode = sealedModerator;
        this.updatedAt = at;
    }

    public long getRoomId() {
        return roomId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getGuestLink() {
        return guestLink;
    }

    Optional<String> sealedViewerCode() {
        return Optional.ofNullable(viewerCode);
    }

    Optional<String> sealedModeratorCode() {
        return Optional.ofNullable(moderatorCode);
    }

    @Override
    public String toString() {
        return "GuestAccess[room " + roomId + (enabled ? ", on" : ", off") + "]";
    }
}
