package org.bbbrooms.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One start of a room: the BBB meeting behind it, from the click on Start until it is closed. While it is open,
 * {@code open_room_id} and {@code open_voice_bridge} repeat its room and voice bridge, so that the database refuses a
 * second open meeting in the room and a voice bridge used twice; closing clears them. Its BBB meeting id is random
 * and new for every start; its callback token is stored only as a digest.
 * <p>Use: {@code new Meeting(room, actor.userId(), plan, voiceBridge, token, now)}; then {@link #created}, and
 * once {@link #close}.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false, updatable = false)
    private Room room;

    @Column(name = "bbb_meeting_id", nullable = false, updatable = false, length = 64)
    private String bbbMeetingId;

    @Column(name = "internal_meeting_id", length = 128)
    private String internalMeetingId;

    @Column(name = "create_time")
    private Long createTime;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 16)
    private CloseReason closeReason;

    @Column(name = "record", nullable = false, updatable = false)
    private boolean record;

    @Column(name = "welcome", length = 4000, updatable = false)
    private String welcome;

    @Column(name = "max_participants", nullable = false, updatable = false)
    private int maxParticipants;

    @Column(name = "duration", nullable = false, updatable = false)
    private int durationMinutes;

    @Column(name = "voice_bridge", nullable = false, updatable = false)
    private int voiceBridge;

    @Column(name = "started_by", nullable = false, updatable = false)
    private long startedBy;

    @Column(name = "callback_token", nullable = false, updatable = false, length = 64)
    private String callbackDigest;

    @Column(name = "ended_callback_at")
    private Instant endedCallbackAt;

    @Column(name = "open_room_id")
    private Long openRoomId;

    @Column(name = "open_voice_bridge")
    private Integer openVoiceBridge;

    @Enumerated(EnumType.STRING)
    @Column(name = "slides_note", length = 16)
    private SlidesNote slidesNote;

    /** Behind a load balancer, the base URL of the BBB server that its join named; null when not known. */
    @Column(name = "server_url", length = 512)
    private String serverUrl;

    /** What that server's API root said of its version; null when not known. */
    @Column(name = "server_version", length = 32)
    private String serverVersion;

    protected Meeting() {
    }

    public Meeting(Room room, long startedBy, MeetingPlan plan, int voiceBridge, CallbackToken token, Instant now) {
        if (room.isNew()) {
            throw new IllegalArgumentException("a meeting belongs to a saved room");
        }
        if (voiceBridge < 10_000 || voiceBridge > 99_999) {
            throw new IllegalArgumentException("the voice bridge is a five-digit PIN, 10000 to 99999");
        }
        this.room = room;
        this.bbbMeetingId = RandomIds.meetingId();
        this.openedAt = Objects.requireNonNull(now);
        this.record = plan.record();
        this.welcome = plan.welcome().isEmpty() ? null : plan.welcome();
        this.maxParticipants = plan.maxParticipants();
        this.durationMinutes = plan.durationMinutes();
        this.voiceBridge = voiceBridge;
        this.startedBy = startedBy;
        this.callbackDigest = token.digest();
        this.openRoomId = room.getId();
        this.openVoiceBridge = voiceBridge;
    }

    /** Records what BBB's create answered; once only. */
    public void created(String internalMeetingId, long createTime) {
        if (this.createTime != null) {
            throw new IllegalStateException(this + " was already created at BBB");
        }
        this.internalMeetingId = internalMeetingId;
        this.createTime = createTime;
    }

    /** Closes the meeting; false (and nothing changes) when it was closed already. */
    public boolean close(CloseReason reason, Instant now) {
        if (!isOpen()) {
            return false;
        }
        this.closedAt = Objects.requireNonNull(now);
        this.closeReason = Objects.requireNonNull(reason);
        this.openRoomId = null;
        this.openVoiceBridge = null;
        return true;
    }

    /** BBB says the meeting ended: accepted once (closing it if still open), a replay afterwards. */
    public CallbackOutcome endCallback(Instant now) {
        if (endedCallbackAt != null) {
            return CallbackOutcome.REPLAYED;
        }
        endedCallbackAt = now;
        close(CloseReason.CALLBACK, now);
        return CallbackOutcome.ACCEPTED;
    }

    public boolean acceptsCallbackToken(String presented) {
        return CallbackToken.matches(presented, callbackDigest);
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Whether BBB's create has answered, so that users can join. */
    public boolean isCreated() {
        return createTime != null;
    }

    public Room getRoom() {
        return room;
    }

    public String getBbbMeetingId() {
        return bbbMeetingId;
    }

    public Optional<String> getInternalMeetingId() {
        return Optional.ofNullable(internalMeetingId);
    }

    public Optional<Long> getCreateTime() {
        return Optional.ofNullable(createTime);
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** How long the meeting ran, until {@code now} while open: what a percentage completion rule is a share of. */
    public Duration length(Instant now) {
        return Duration.between(openedAt, Optional.ofNullable(closedAt).orElse(now));
    }

    public Optional<CloseReason> getCloseReason() {
        return Optional.ofNullable(closeReason);
    }

    public boolean isRecord() {
        return record;
    }

    public Optional<String> getWelcome() {
        return Optional.ofNullable(welcome);
    }

    public int getMaxParticipants() {
        return maxParticipants;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getVoiceBridge() {
        return voiceBridge;
    }

    public long getStartedBy() {
        return startedBy;
    }

    /** What became of the presentations sent with create; empty when none were. */
    public Optional<SlidesNote> getSlidesNote() {
        return Optional.ofNullable(slidesNote);
    }

    public void setSlidesNote(SlidesNote slidesNote) {
        this.slidesNote = slidesNote;
    }

    public Optional<Instant> getEndedCallbackAt() {
        return Optional.ofNullable(endedCallbackAt);
    }

    /**
     * Records the BBB server that a load balancer placed the meeting on ({@code https://bbb3.example.org/bigbluebutton})
     * and the version its API root gave, if it gave one; a later answer (the load balancer moved the meeting) wins.
     */
    public void servedBy(String serverUrl, Optional<String> serverVersion) {
        if (serverUrl == null || serverUrl.isBlank() || serverUrl.length() > 512) {
            throw new IllegalArgumentException("a server URL of 1 to 512 characters");
        }
        this.serverUrl = serverUrl;
        this.serverVersion = serverVersion.map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> v.length() > 32 ? v.substring(0, 32) : v).orElse(null);
    }

    /** Behind a load balancer, the BBB server that hosts the meeting, as its base URL; empty when not known. */
    public Optional<String> getServerUrl() {
        return Optional.ofNullable(serverUrl);
    }

    /** The version of {@link #getServerUrl()}'s server; empty when not known. */
    public Optional<String> getServerVersion() {
        return Optional.ofNullable(serverVersion);
    }

    @Override
    public String toString() {
        return "Meeting[" + bbbMeetingId + (isOpen() ? ", open" : ", " + closeReason) + "]";
    }
}
