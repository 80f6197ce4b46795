package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;
import org.bbbrooms.bbb.CreateMeetingRequest;
import org.bbbrooms.bbb.GuestPolicy;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.settings.SettingsService;
import org.bbbrooms.settings.options.EffectiveOptions;

/**
 * The BBB {@code create} and {@code join} requests of a room's meeting. Create carries the room's name, its meeting
 * options ({@code options/MeetingOptions}; welcome, limits and recording as the meeting's row keeps them), the voice
 * bridge, the logoutURL ({@code /room-return}), the origin and context metadata
 * ({@code meta_bbb-origin...}, {@code meta_bbb-context-...}, {@code meta_bbb-rooms-room}) and the callback URLs
 * with the meeting's token: {@code /api/callbacks/meetings/{token}/ended}, {@code .../recording-ready} and
 * {@code .../analytics} (BBB's learning-analytics callback, {@code meta_analytics-callback-url}), the course's
 * Scalelite server tag ({@code meta_server-tag}) when an admin set one; a room open to guests ({@link GuestService})
 * asks for the guestPolicy its options chose, {@code ASK_MODERATOR} (its guests wait in the lobby) when none did.
 * <p>Use: {@code client.create(requests.create(room, meeting, token, contexts.options(room)))}.
 */
@ApplicationScoped
public class MeetingRequests {

    /** The application's version, from the build. */
    static final String VERSION = version();

    @Inject
    PublicUrl publicUrl;

    @Inject
    RoomContexts contexts;

    @Inject
    RoomStore store;

    @Inject
    SettingsService settings;

    /** The create call of the meeting, with the room's options as computed for its start. */
    public CreateMeetingRequest create(Room room, Meeting meeting, CallbackToken token, EffectiveOptions options) {
        URI base = publicUrl.base();
        String callbacks = base + "/api/callbacks/meetings/" + token.value();
        CreateMeetingRequest.Builder create = CreateMeetingRequest.builder();
        options.applyTo(create);
        create.meetingID(meeting.getBbbMeetingId())
                .name(bbbName(contexts.name(room)))
                .logoutURL(returnUrl(room))
                .record(meeting.isRecord())
                .voiceBridge(String.valueOf(meeting.getVoiceBridge()))
                .meta("bbb-origin", "bbb-rooms")
                .meta("bbb-origin-version", VERSION)
                .meta("bbb-origin-server-name", base.getHost())
                .meta("bbb-context-id", contextId(room))
                .meta("bbb-context-name", contextName(room))
                .meta("bbb-rooms-room", room.getPublicId())
                .meta("endCallbackUrl", callbacks + "/ended")
                .meta("bbb-recording-ready-url", callbacks + "/recording-ready")
                .meta("analytics-callback-url", callbacks + "/analytics");
        room.getCourse().flatMap(Course::getServerTag).ifPresent(tag -> create.meta("server-tag", tag));
        if (settings.current().guestAccess() && store.guestAccess(room.getId()).filter(GuestAccess::isEnabled)
                .isPresent()) {
            create.guestPolicy(guestPolicy(options));
        }
        meeting.getWelcome().ifPresent(create::welcome);
        if (meeting.getMaxParticipants() > 0) {
            create.maxParticipants(meeting.getMaxParticipants());
        }
        if (meeting.getDurationMinutes() > 0) {
            create.duration(meeting.getDurationMinutes());
        }
        return create.build();
    }

    /**
     * Who lets the guests of a room open to them in: the meeting options' guestPolicy when a layer chose one (the
     * platform's options page, the course's or the room's), else {@code ASK_MODERATOR}, so that by default they wait in
     * BBB's lobby.
     */
    static GuestPolicy guestPolicy(EffectiveOptions options) {
        return options.chosen("guestPolicy").map(GuestPolicy::valueOf).orElse(GuestPolicy.ASK_MODERATOR);
    }

    /** The join link's parameters; {@code joinViaHtml5} only on servers that still have the Flash client. */
    public JoinRequest join(Room room, Meeting meeting, Actor actor, Role role, boolean forceHtml5) {
        return JoinRequest.builder()
                .meetingID(meeting.getBbbMeetingId())
                .fullName(actor.displayName())
                .role(role)
                .userID(String.valueOf(actor.userId()))
                .createTime(meeting.getCreateTime().orElseThrow())
                .errorRedirectUrl(returnUrl(room))
                .joinViaHtml5(forceHtml5)
                .build();
    }

    /**
     * A guest's join link parameters: {@code guest=true} for a viewer (BBB holds them in the lobby), not for one who
     * gave the moderator code; {@code bbbUserId} is new for each guest join.
     */
    public JoinRequest guestJoin(Room room, Meeting meeting, String fullName, Role role, String bbbUserId) {
        return JoinRequest.builder()
                .meetingID(meeting.getBbbMeetingId())
                .fullName(fullName)
                .role(role)
                .userID(bbbUserId)
                .guest(role == Role.VIEWER)
                .createTime(meeting.getCreateTime().orElseThrow())
                .errorRedirectUrl(publicUrl.resolve("/guest.xhtml?g=" + store.guestAccess(room.getId())
                        .orElseThrow().getGuestLink()))
                .build();
    }

    /** The page where guests of a room give their name and code. */
    public URI guestLink(String link) {
        return publicUrl.resolve("/guest.xhtml?g=" + link);
    }

    /** Where BBB sends users when they leave: {@code /room-return}, which sends them back to their page. */
    public URI returnUrl(Room room) {
        return publicUrl.resolve("/room-return?room=" + room.getPublicId());
    }

    /** The page of any room, to share. */
    public URI shareLink(Room room) {
        return publicUrl.resolve("/room.xhtml?id=" + room.getPublicId());
    }

    private String contextId(Room room) {
        return switch (room.getType()) {
            case COURSE -> room.getCourse().orElseThrow().getCode();
            case GROUP -> String.valueOf(room.getGroup().orElseThrow().getId());
            case PLATFORM -> "platform";
            case PERSONAL -> "user-" + room.getOwner().orElseThrow().getId();
        };
    }

    private String contextName(Room room) {
        return switch (room.getType()) {
            case COURSE -> room.getCourse().orElseThrow().getTitle();
            case GROUP -> room.getGroup().orElseThrow().getName();
            default -> contexts.name(room);
        };
    }

    /** BBB wants 2 to 256 characters. */
    private static String bbbName(String name) {
        String padded = name.length() < 2 ? name + " · bbb-rooms" : name;
        return padded.length() > 256 ? padded.substring(0, 256) : padded;
    }

    private static String version() {
        try (InputStream in = MeetingRequests.class.getResourceAsStream("origin.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
