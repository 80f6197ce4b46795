package org.bbbrooms.room.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.room.JoinLinks;
import org.bbbrooms.room.MeetingStarting;
import org.bbbrooms.room.ReturnPaths;
import org.bbbrooms.room.RoomAvailability;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomStatus;
import org.bbbrooms.room.RoomView;
import org.bbbrooms.settings.ClientInterface;
import org.bbbrooms.settings.SettingsService;
import org.bbbrooms.settings.UserPreferenceService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs the room widgets of a page ({@code resources/rooms/room.xhtml} inside {@code list.xhtml}): the rooms the
 * page shows, read once per view through {@link RoomService}, and the widgets' actions. Each action names its room
 * in the request parameter {@value #ROOM}, which the service checks like any other input, and the room is read
 * again afterwards. Start and Join send the browser to BBB: at once in the same tab, or from a plain form POST into
 * a new tab when the platform opens conferences in new tabs (browsers block a window opened after Ajax). Each widget
 * has a Room and a Recordings tab; which one shows is kept here for the view. A Start that finds the meeting being
 * started by someone else ({@link MeetingStarting}) makes the user wait for it as a student waits for the teacher:
 * the push, or the socket's catch-up, brings them in.
 * <p>Use in a page: {@code <f:viewAction action="#{roomsBacking.loadCourse(courseBacking.view.course())}"/>} and
 * {@code <rooms:list/>}.
 */
@Named
@ViewScoped
public class RoomsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The request parameter that names the room of an action (the widget's hidden field): its public id. */
    static final String ROOM = "room";

    @Inject
    RoomService rooms;

    @Inject
    ActiveUser activeUser;

    @Inject
    SettingsService settings;

    @Inject
    RoomAvailability availability;

    @Inject
    UserPreferenceService preferences;

    @Inject
    JoinLinks joinLinks;

    /** What the view shows; read again from {@link #source} when the view moves to another cluster node. */
    private transient List<RoomView> views;
    private Shown source = List::of;
    private String returnTo = ReturnPaths.HOME;
    private final Set<String> ended = new HashSet<>();
    private final Set<String> startedWhileWaiting = new HashSet<>();
    private final Set<String> showingRecordings = new HashSet<>();
    private final Set<String> startPending = new HashSet<>();
    private ClientInterface client;
    private boolean embedded;

    /** The home page: the platform room and the user's own room, as far as they are on. */
    public void loadHome() {
        show(() -> rooms.homeRooms(actor()), ReturnPaths.HOME);
    }

    public void loadCourse(Course course) {
        long id = course.getId();
        show(() -> rooms.courseRooms(actor(), id), "/course.xhtml?code=" + encoded(course.getCode()));
    }

    public void loadGroup(CourseGroup group) {
        long id = group.getId();
        show(() -> rooms.groupRooms(actor(), id), "/group.xhtml?id=" + id);
    }

    /** The page of one room, the target of its share link (403 or 404 for anyone who may not see it). */
    public void loadRoom(String publicId) {
        show(() -> List.of(rooms.byPublicId(actor(), publicId)), "/room.xhtml?id=" + encoded(publicId));
    }

    /**
     * One room in the embed view, which may sit in another site's frame: Start and Join hand the page a single-use
     * join link ({@link JoinLinks}) to open in a new tab, whose own session it signs in.
     */
    public void loadEmbedded(String publicId) {
        loadRoom(publicId);
        embedded = true;
    }

    public void start() {
        if (embedded) {
            openInNewTab();
            return;
        }
        try {
            open(rooms.start(actor(), target(), returnTo));
        } catch (MeetingStarting e) {
            startPending.add(target());
            joinWhenStarted();
        }
    }

    public void join() {
        if (embedded) {
            openInNewTab();
        } else {
            open(rooms.join(actor(), target(), returnTo));
        }
    }

    /**
     * The push said that the room a user waits for started: once the room is read again and found open, they join at
     * once in the same tab; with new tabs, the widget offers Join instead, since only a click may open a tab.
     */
    public void joinWhenStarted() {
        String publicId = target();
        reread(publicId);
        if (!meetingOpen(publicId)) {
            return;
        }
        startPending.remove(publicId);
        if (isNewTab()) {
            startedWhileWaiting.add(publicId);
        } else {
            join();
        }
    }

    public void end() {
        String publicId = target();
        rooms.end(actor(), publicId);
        reread(publicId);
    }

    /**
     * Reads the room again, when the push says that its meeting started or ended; a user whose Start is pending
     * joins, whichever button the push pressed (it may have come before the page knew of the wait).
     */
    public void refresh() {
        if (startPending.contains(target())) {
            joinWhenStarted();
        } else {
            reread(target());
        }
    }

    /** Shows the widget's Recordings tab; the list is read the first time (resources/recordings/list.xhtml). */
    public void showRecordings() {
        showingRecordings.add(target());
    }

    public void showRoom() {
        showingRecordings.remove(target());
    }

    /** Whether the widget shows the room's recordings rather than the room. */
    public boolean showsRecordings(RoomView room) {
        return showingRecordings.contains(room.publicId());
    }

    public void saveClient() {
        preferences.choose(actor(), client);
        Messages.addGlobalInfo("profile.client.saved");
    }

    public List<RoomView> getRooms() {
        if (views == null) {
            views = List.copyOf(source.get());
        }
        return views;
    }

    /** Whether rooms can be started at all ({@link RoomAvailability}). */
    public boolean isAvailable() {
        return availability.available();
    }

    public boolean isConferencesEnabled() {
        return settings.current().conferencesEnabled();
    }

    /** Whether conferences open in a new tab: by the platform's setting, and always from the embed view. */
    public boolean isNewTab() {
        return embedded || settings.current().openInNewTab();
    }

    /** Whether this is the embed view, whose Start and Join open a join link in a tab from script. */
    public boolean isEmbedded() {
        return embedded;
    }

    /** The state the widget shows ({@link RoomAvailability}). */
    public RoomStatus.State state(RoomView room) {
        return availability.state(room);
    }

    /** Whether the user waits for the room ({@link RoomAvailability}). */
    public boolean waiting(RoomView room) {
        return availability.waiting(room, isStartPending(room));
    }

    /** Whether the user pressed Start while someone else was starting the meeting, and waits for it. */
    public boolean isStartPending(RoomView room) {
        return startPending.contains(room.publicId());
    }

    /** Whether this view saw the room's meeting end (by End here, or by the push). */
    public boolean hasEnded(RoomView room) {
        return ended.contains(room.publicId());
    }

    /** Whether the user was waiting when the room started, in a new-tab platform: the widget says Join now. */
    public boolean hasStartedWhileWaiting(RoomView room) {
        return startedWhileWaiting.contains(room.publicId());
    }

    /** Whole minutes since the meeting began, for the plain-text "started ... ago". */
    public long minutesRunning(RoomView room) {
        return room.status().since().map(since -> Duration.between(since, Instant.now()).toMinutes())
                .map(minutes -> Math.max(0, minutes)).orElse(0L);
    }

    public boolean isClientChoiceOffered() {
        return settings.current().clientInterface() == ClientInterface.USER_CHOICE;
    }

    public boolean isFlashAvailable() {
        return settings.current().flashAvailable();
    }

    public List<ClientInterface> getClients() {
        return List.of(ClientInterface.HTML5, ClientInterface.FLASH);
    }

    public ClientInterface getClient() {
        if (client == null) {
            client = preferences.effectiveClient(actor());
        }
        return client;
    }

    public void setClient(ClientInterface client) {
        this.client = client;
    }

    private void show(Shown shown, String back) {
        source = shown;
        views = List.copyOf(shown.get());
        returnTo = back;
    }

    private void reread(String publicId) {
        RoomView now = rooms.byPublicId(actor(), publicId);
        views = getRooms().stream().map(view -> view.publicId().equals(publicId) ? noted(view, now) : view).toList();
    }

    private boolean meetingOpen(String publicId) {
        return getRooms().stream().anyMatch(view -> view.publicId().equals(publicId) && view.status().meetingOpen());
    }

    private RoomView noted(RoomView before, RoomView now) {
        boolean open = now.status().meetingOpen();
        if (before.status().meetingOpen() && !open) {
            ended.add(now.publicId());
        }
        if (open) {
            ended.remove(now.publicId());
        } else {
            startedWhileWaiting.remove(now.publicId());
        }
        return now;
    }

    /** Hands the page the join link to open (the {@code conference} callback parameter of the Ajax answer). */
    private void openInNewTab() {
        PrimeFaces.current().ajax().addCallbackParam("conference",
                joinLinks.issue(actor().userId(), target()).url().toString());
    }

    private static void open(URI bbb) {
        Faces.redirect(bbb.toString());
    }

    private static String target() {
        String publicId = Faces.getRequestParameter(ROOM);
        return publicId == null ? "" : publicId;
    }

    private Actor actor() {
        return activeUser.actor();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** How the view reads its rooms: a lambda that serializes with the view (the rooms themselves do not). */
    @FunctionalInterface
    interface Shown extends Supplier<List<RoomView>>, Serializable {
    }
}
