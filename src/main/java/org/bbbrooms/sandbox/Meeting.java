package org.bbbrooms.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting held in the sandbox's memory from {@code create} until it ends; the participants in it, the guests
 * waiting in its lobby (a {@code guest=true} join under {@code guestPolicy=ASK_MODERATOR}) and those a moderator
 * denied, and the attendance history that feeds the analytics callback.
 *
 * <p>Not thread-safe: {@link SandboxServer} serialises every access.
 */
final class Meeting {

    /**
     * What {@code create} asked for.
     *
     * @param welcome the welcome message, shown on the conference page as BBB shows it in the public chat
     * @param metadata the {@code meta_} parameters, keys lowercased and without the prefix, as bbb-web keeps them
     * @param settings mute on start, the lock settings and the other meeting options
     * @param groups the pre-assigned breakout rooms ({@code groups}, BBB 2.7+)
     * @param guestPolicy who lets guests in: {@link #GUEST_ACCEPT}, {@link #GUEST_DENY} or {@link #GUEST_ASK}
     */
    record Spec(String meetingId, String name, String attendeePw, String moderatorPw, String welcome,
            Optional<String> logoutUrl, int durationMinutes, int maxParticipants, boolean record,
            Map<String, String> metadata, List<Presentation> presentations, MeetingSettings settings,
            List<BreakoutGroup> groups, String guestPolicy) {
    }

    private final Spec spec;
    private final String internalId;
    private final long createTime;
    private final String voiceBridge;
    private final String sandboxUrl;
    private final Map<String, Attendee> attendees = new LinkedHashMap<>();
    private final Map<String, Attendance> attendance = new LinkedHashMap<>();
    private final List<DocumentFetch> fetches = new ArrayList<>();
    private final Map<String, Attendee> lobby = new LinkedHashMap<>();
    private final Set<String> denied = new HashSet<>();
    private long startTime;
    private long lastLeftAt;

    Meeting(Spec spec, long createTime, String voiceBridge, String sandboxUrl) {
        this.spec = spec;
        this.createTime = createTime;
        this.voiceBridge = voiceBridge;
        this.sandboxUrl = sandboxUrl;
        this.internalId = ChecksumAlgorithm.SHA1.hex(spec.meetingId()) + "-" + createTime;
        spec.presentations().forEach(p -> fetches.add(p.url().isPresent() ? DocumentFetch.PENDING
                : DocumentFetch.EMBEDDED));
    }

    /** What became of each presentation's download, in the order of {@code spec().presentations()}. */
    List<DocumentFetch> fetches() {
        return List.copyOf(fetches);
    }

    void fetched(int index, DocumentFetch fetch) {
        fetches.set(index, fetch);
    }

    static final String GUEST_ACCEPT = "ALWAYS_ACCEPT";
    static final String GUEST_DENY = "ALWAYS_DENY";
    static final String GUEST_ASK = "ASK_MODERATOR";

    /** A guest waits in the lobby for a moderator's decision. */
    void waitInLobby(Attendee guest) {
        lobby.put(guest.sessionToken(), guest);
    }

    Collection<Attendee> lobby() {
        return List.copyOf(lobby.values());
    }

    Optional<Attendee> waiting(String sessionToken) {
        return Optional.ofNullable(lobby.get(sessionToken));
    }

    boolean wasDenied(String sessionToken) {
        return denied.contains(sessionToken);
    }

    /**
     * A moderator admits (the guest joins now) or denies a waiting guest, named by BBB's internal user id (never by
     * the guest's session token); false when no such guest waits.
     */
    boolean decide(String internalUserId, boolean admit, long now) {
        Optional<Attendee> guest = lobby.values().stream().filter(a -> a.internalUserId().equals(internalUserId))
                .findFirst();
        guest.ifPresent(g -> {
            lobby.remove(g.sessionToken());
            if (admit) {
                join(g, now);
            } else {
                denied.add(g.sessionToken());
            }
        });
        return guest.isPresent();
    }

    Spec spec() {
        return spec;
    }

    String meetingId() {
        return spec.meetingId();
    }

    String internalId() {
        return internalId;
    }

    long createTime() {
        return createTime;
    }

    String voiceBridge() {
        return voiceBridge;
    }

    /** The absolute URL of the sandbox that created this meeting, for conference and playback links. */
    String sandboxUrl() {
        return sandboxUrl;
    }

    long startTime() {
        return startTime;
    }

    long lastLeftAt() {
        return lastLeftAt;
    }

    /** Running, as bbb-web says: from the first join until the meeting ends, even when everybody left. */
    boolean running() {
        return startTime > 0;
    }

    /**
     * Lets a participant in. A participant already in with the same userID is replaced (a reload of the join URL),
     * so each userID appears once.
     */
    void join(Attendee attendee, long now) {
        attendees.values().stream().filter(a -> a.userId().equals(attendee.userId())).findFirst()
                .ifPresent(old -> leave(old.sessionToken(), now));
        attendees.put(attendee.sessionToken(), attendee);
        attendance.computeIfAbsent(attendee.userId(),
                id -> new Attendance(id, attendee.fullName(), attendee.moderator())).joined(now);
        if (startTime == 0) {
            startTime = now;
        }
    }

    Optional<Attendee> leave(String sessionToken, long now) {
        Optional<Attendee> gone = Optional.ofNullable(attendees.remove(sessionToken));
        gone.ifPresent(a -> {
            attendance.get(a.userId()).left(now);
            lastLeftAt = now;
        });
        return gone;
    }

    /** Everybody leaves; the meeting is ending. */
    void leaveAll(long now) {
        new ArrayList<>(attendees.keySet()).forEach(token -> leave(token, now));
    }

    Optional<Attendee> attendee(String sessionToken) {
        return Optional.ofNullable(attendees.get(sessionToken));
    }

    Collection<Attendee> attendees() {
        return List.copyOf(attendees.values());
    }

    boolean isIn(String userId) {
        return attendees.values().stream().anyMatch(a -> a.userId().equals(userId));
    }

    /** The presenter: the first moderator still in, as the sandbox has no presenter switching. */
    boolean isPresenter(Attendee attendee) {
        return attendees.values().stream().filter(Attendee::moderator).findFirst()
                .map(first -> first == attendee).orElse(false);
    }

    Collection<Attendance> attendance() {
        return List.copyOf(attendance.values());
    }
}
