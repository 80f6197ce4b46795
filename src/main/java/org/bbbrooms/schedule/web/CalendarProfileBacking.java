package org.bbbrooms.schedule.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.room.PublicUrl;
import org.bbbrooms.schedule.CalendarService;
import org.omnifaces.util.Messages;

/**
 * Backs the calendar part of profile.xhtml: the user's time zone (blank: the platform's), and their iCalendar feed
 * addresses. A new address is shown once, right after it is made (only a digest is kept); making another one
 * revokes the old. Teachers get one address per course they teach besides their own.
 */
@Named
@ViewScoped
public class CalendarProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The region zones a user may pick, by id (no Etc/ or legacy SystemV/ aliases). */
    private static final List<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).toList();

    @Inject
    ActiveUser activeUser;

    @Inject
    CalendarService calendars;

    @Inject
    EnrollmentService enrollments;

    @Inject
    PublicUrl publicUrl;

    private String zone;
    private boolean hasFeed;
    private List<FeedAddress> shown = List.of();

    @PostConstruct
    public void load() {
        Actor actor = activeUser.actor();
        zone = calendars.chosenZone(actor).map(ZoneId::getId).orElse("");
        hasFeed = calendars.hasFeed(actor);
    }

    public void saveZone() {
        calendars.chooseZone(activeUser.actor(), Optional.ofNullable(zone));
        Messages.addGlobalInfo("calendar.zone.saved");
    }

    /** Makes a new feed secret and shows its addresses, this once. */
    public void resetFeed() {
        Actor actor = activeUser.actor();
        String secret = calendars.resetFeed(actor);
        hasFeed = true;
        List<FeedAddress> addresses = new ArrayList<>();
        addresses.add(new FeedAddress("", publicUrl.resolve("/calendar/" + secret + ".ics")));
        enrollments.ofUser(actor.userId()).stream().filter(e -> e.getRole() == CourseRole.TEACHER)
                .forEach(e -> addresses.add(new FeedAddress(e.getCourse().getTitle(), publicUrl.resolve("/calendar/"
                        + secret + "/" + URLEncoder.encode(e.getCourse().getCode(), StandardCharsets.UTF_8)
                        + ".ics"))));
        shown = List.copyOf(addresses);
        Messages.addGlobalInfo("calendar.feed.made");
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String getPlatformZone() {
        return calendars.platformZone().getId();
    }

    public boolean isHasFeed() {
        return hasFeed;
    }

    /** The addresses made by the last reset in this view; empty otherwise. */
    public List<FeedAddress> getShown() {
        return shown;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    /** A feed address: for a course (its title), or the user's own (blank). */
    public record FeedAddress(String course, URI url) implements Serializable {
    }
}
