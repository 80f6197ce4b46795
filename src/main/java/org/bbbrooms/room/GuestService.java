package org.bbbrooms.room;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.audit.Audited;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.SecretBox;
import org.bbbrooms.settings.SettingsService;

/**
 * Guests of a room: people without an account whom its teacher invites with the room's guest link
 * ({@code /guest.xhtml?g=<link>}) and, optionally, an access code. As in Greenlight there are two codes: the viewer
 * code lets a guest in as a viewer (who waits in BBB's lobby: meetings of rooms open to guests are created with
 * {@code guestPolicy=ASK_MODERATOR}), the moderator code as a moderator (straight in). Guest access exists only
 * where the platform allows it ({@code BBB_GUEST_ACCESS}); its hosts (those who may start and end the room) turn it
 * on and regenerate its codes and its link, each change written to the audit log (without a code or link). Codes are
 * sealed with {@link SecretBox}, so that hosts can be shown them again, and
 * wrong ones are throttled ({@link GuestCodeThrottle}). A guest's join is all the link allows: no portal session
 * is opened, the join link is handed out as {@link GuestJoined} (attendance records the guest by name) and BBB is
 * told {@code guest=true}.
 * <p>Use: {@code URI bbb = guests.join(link, "Ada", "k4m2xq", Faces.getRemoteAddr());}
 */
@Stateless
@PermitAll
public class GuestService {

    /** The longest name a guest may give. */
    public static final int NAME_LENGTH = 100;
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomStore store;

    @Inject
    RoomContexts contexts;

    @Inject
    RoomService rooms;

    @Inject
    MeetingReconciler reconciler;

    @Inject
    MeetingRequests requests;

    @Inject
    StatusBudget budget;

    @Inject
    GuestCodeThrottle throttle;

    @Inject
    SecretBox secrets;

    @Inject
    SettingsService settings;

    @Inject
    LoadBalancedJoins joins;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock = Clock.systemUTC();

    /** Which code a host regenerates or removes. */
    public enum Code { VIEWER, MODERATOR }

    /** A room's guest access as its hosts see it; the codes in clear, for them only. */
    public record GuestSettings(String roomName, boolean platformAllows, boolean enabled, Optional<URI> link,
            Optional<String> viewerCode, Optional<String> moderatorCode) {

        @Override
        public String toString() {
            return "GuestSettings[" + roomName + (enabled ? ", on" : ", off") + "]";
        }
    }

    /** What a guest link's page shows: the room's name, and whether a code is asked. */
    public record GuestRoom(String roomName, boolean codeAsked) {
    }

    /** The room's guest access, for its hosts (AccessDeniedException for anyone else). */
    public GuestSettings settings(Actor actor, String publicId) {
        Room room = rooms.hostedRoom(actor, publicId);
        return view(room, access(room.getId()));
    }

    /** Turns guest access on (where the platform allows it, else {@code guest.platformOff}) or off. */
    public GuestSettings enable(Actor actor, String publicId, boolean enabled) {
        Room room = rooms.hostedRoom(actor, publicId);
        if (enabled && !settings.current().guestAccess()) {
            throw new BusinessException("guest.platformOff");
        }
        GuestAccess access = access(room.getId()).orElseGet(() -> {
            GuestAccess created = new GuestAccess(room.getId(), clock.instant());
            em.persist(created);
            return created;
        });
        access.enabled(enabled, clock.instant());
        audited(actor, room, enabled ? "guest access on" : "guest access off");
        return view(room, Optional.of(access));
    }

    /** Gives the room a new code of this kind (the old one stops working), or none ({@code on} false). */
    public GuestSettings code(Actor actor, String publicId, Code code, boolean on) {
        Room room = rooms.hostedRoom(actor, publicId);
        GuestAccess access = access(room.getId()).orElseThrow(() -> new BusinessException("guest.off"));
        String fresh = on ? secrets.seal(newCode()) : null;
        access.codes(code == Code.VIEWER ? fresh : access.sealedViewerCode().orElse(null),
                code == Code.MODERATOR ? fresh : access.sealedModeratorCode().orElse(null), clock.instant());
        audited(actor, room, code.name().toLowerCase(Locale.ROOT) + (on ? " code made anew" : " code removed"));
        return view(room, Optional.of(access));
    }

    /** Gives the room a new guest link: the old one stops working (its guests get {@code guest.notFound}). */
    public GuestSettings newLink(Actor actor, String publicId) {
        Room room = rooms.hostedRoom(actor, publicId);
        GuestAccess access = access(room.getId()).orElseThrow(() -> new BusinessException("guest.off"));
        access.newLink(clock.instant());
        audited(actor, room, "guest link made anew");
        return view(room, Optional.of(access));
    }

    private void audited(Actor actor, Room room, String change) {
        audit.record(Audited.by(actor, AuditAction.GUEST_ACCESS_CHANGED, contexts.name(room))
                .inCourse(room.getCourse().map(Course::getCode)).details(change));
    }

    /** The room behind a guest link; {@code guest.notFound} for an unknown link or one whose access is off. */
    public GuestRoom guestRoom(String link) {
        GuestAccess access = openAccess(link);
        return new GuestRoom(contexts.name(em.find(Room.class, access.getRoomId())),
                access.sealedViewerCode().isPresent());
    }

    /**
     * The BBB join link of a guest: as a moderator with the moderator code, else as a viewer with the viewer code
     * (or none, when the room has no viewer code). The meeting must run: guests never start it.
     *
     * @param address the client's address, for the throttle
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public URI join(String link, String name, String code, String address) {
        GuestAccess access = openAccess(link);
        Room room = em.find(Room.class, access.getRoomId());
        String fullName = Optional.ofNullable(name).map(String::strip).orElse("");
        if (fullName.isEmpty() || fullName.length() > NAME_LENGTH) {
            throw new BusinessException("guest.name.invalid", NAME_LENGTH);
        }
        Optional<Instant> blocked = throttle.blocked(room.getId(), address);
        if (blocked.isPresent()) {
            long seconds = Math.max(1, Duration.between(clock.instant(), blocked.get()).toSeconds());
            throw new BusinessException("guest.code.throttled", seconds);
        }
        String typed = Optional.ofNullable(code).map(c -> c.strip().toLowerCase(Locale.ROOT)).orElse("");
        Optional<Role> role = role(access, typed);
        if (role.isEmpty()) {
            throw wrongCode(room, address);
        }
        if (!typed.isEmpty()) {
            throttle.succeeded(address);
        }
        MeetingReconciler.Look look = reconciler.look(room, budget);
        Meeting meeting = look.meeting().filter(Meeting::isCreated).filter(m -> look.status().meetingOpen())
                .orElseThrow(() -> new BusinessException("guest.notRunning"));
        if (look.status().state() == RoomStatus.State.FULL) {
            throw new BusinessException("room.full", look.status().maxParticipants());
        }
        JoinRequest join = requests.guestJoin(room, meeting, fullName, role.get(), "guest-" + RandomIds.publicId());
        URI url = joins.link(meeting, join);
        store.handOutGuest(new GuestJoined(meeting.getId(), join.userID(), fullName, role.get(), clock.instant()));
        return url;
    }

    /** Counts the wrong code and gives the guest's answer. */
    private BusinessException wrongCode(Room room, String address) {
        throttle.failed(room.getId(), address);
        return new BusinessException("guest.code.wrong");
    }

    private Optional<Role> role(GuestAccess access, String typed) {
        if (!typed.isEmpty() && matches(access.sealedModeratorCode(), typed)) {
            return Optional.of(Role.MODERATOR);
        }
        if (access.sealedViewerCode().isEmpty() ? typed.isEmpty() : matches(access.sealedViewerCode(), typed)) {
            return Optional.of(Role.VIEWER);
        }
        return Optional.empty();
    }

    private boolean matches(Optional<String> sealed, String typed) {
        return sealed.map(secrets::open).map(code -> MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                typed.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    private GuestAccess openAccess(String link) {
        return Optional.ofNullable(link).filter(l -> settings.current().guestAccess())
                .flatMap(l -> em.createQuery("select g from GuestAccess g where g.guestLink = :link", GuestAccess.class)
                        .setParameter("link", l).getResultStream().filter(g -> g.getGuestLink().equals(l)).findFirst())
                .filter(GuestAccess::isEnabled)
                .filter(g -> em.find(Room.class, g.getRoomId()).isContextActive())
                .orElseThrow(() -> new NotFoundException("guest.notFound"));
    }

    private Optional<GuestAccess> access(long roomId) {
        return Optional.ofNullable(em.find(GuestAccess.class, roomId));
    }

    private GuestSettings view(Room room, Optional<GuestAccess> access) {
        return new GuestSettings(contexts.name(room), settings.current().guestAccess(),
                access.map(GuestAccess::isEnabled).orElse(false),
                access.map(a -> requests.guestLink(a.getGuestLink())),
                access.flatMap(GuestAccess::sealedViewerCode).map(secrets::open),
                access.flatMap(GuestAccess::sealedModeratorCode).map(secrets::open));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
