package org.bbbrooms.schedule.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.schedule.CalendarService;
import org.bbbrooms.schedule.IcsFeed;
import org.bbbrooms.schedule.ScheduledRoom;
import org.bbbrooms.schedule.SessionService;

/**
 * The iCalendar feeds (RFC 5545), read by calendar apps with a plain GET, without a session or a sign-in:
 * {@code /calendar/<secret>.ics}, every session of the rooms its owner sees, and
 * {@code /calendar/<secret>/<course code>.ics}, the sessions of a course its owner teaches. The secret is the
 * credential: an unknown one, a course the owner does not teach, or an inactive owner get a plain 404 (nothing says
 * which). Deleted sessions stay in, cancelled, so that subscribed calendars withdraw them.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]{20,64})(?:/([^/]{1,32}))?\\.ics");

    @Inject
    CalendarService calendars;

    @Inject
    SessionService sessions;

    @Inject
    CourseService courses;

    @Inject
    Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        Optional<Actor> owner = path.matches() ? calendars.ownerOf(path.group(1)) : Optional.empty();
        Optional<Feed> feed = owner.flatMap(actor -> path.group(2) == null
                ? Optional.of(new Feed(actor.displayName(), sessions.feedRooms(actor)))
                : courseFeed(actor, path.group(2)));
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write(IcsFeed.write(feed.get().name(), feed.get().rooms(), clock.instant()));
    }

    private Optional<Feed> courseFeed(Actor actor, String code) {
        return courses.findByCode(code).filter(Course::isActive)
                .filter(course -> sessions.teaches(actor, course.getId()))
                .map(course -> new Feed(course.getTitle(), sessions.courseRooms(actor, course, true)));
    }

    /** What one feed shows: its calendar name and rooms. */
    private record Feed(String name, List<ScheduledRoom> rooms) {
    }
}
