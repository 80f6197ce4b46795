package org.bbbrooms.attendance;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.room.CloseReason;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attendance reports, each method checking who asks: admins report on every meeting, teachers on the meetings of
 * the courses they teach (AccessDeniedException {@code report.denied} for anybody else), and every user sees their
 * own attendance. Meetings are those started in the period (in the portal's time zone, {@code BBB_TIME_ZONE},
 * default the server's), newest first; failed starts are left out. Times are instants; pages format them.
 * <p>Use: {@code Page<MeetingRow> page = reports.meetings(actor, ReportFilter.of(reports.currentMonth()), request);}
 */
@Stateless
@PermitAll
public class ReportService {

    private static final String FROM = " from Meeting m join m.room r left join r.course c";
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomContexts contexts;

    @Inject
    LearningDashboard dashboard;

    @Inject
    CompletionService completion;

    @Inject
    @ConfigProperty(name = "BBB_TIME_ZONE")
    Optional<String> timeZone;

    @Inject
    Clock clock = Clock.systemUTC();

    /** The portal's time zone, in which days, weeks and months begin. */
    public ZoneId zone() {
        return timeZone.filter(zone -> !zone.isBlank()).map(String::strip).map(ZoneId::of)
                .orElseGet(ZoneId::systemDefault);
    }

    public ReportPeriod currentMonth() {
        return ReportPeriod.currentMonth(clock, zone());
    }

    /** Which meetings the actor may report on; {@code report.denied} for a user who neither administers nor teaches. */
    public ReportScope scope(Actor actor) {
        if (actor.isAdmin()) {
            return ReportScope.ALL;
        }
        List<Long> taught = em.createQuery("select e.course.id from Enrollment e where e.user.id = :user"
                + " and e.role = :teacher and e.active = true", Long.class)
                .setParameter("user", actor.userId()).setParameter("teacher", CourseRole.TEACHER).getResultList();
        if (taught.isEmpty() && actor.role() != PlatformRole.TEACHER) {
            throw new AccessDeniedException("report.denied");
        }
        return new ReportScope(false, Set.copyOf(taught));
    }

    public Page<MeetingRow> meetings(Actor actor, ReportFilter filter, PageRequest request) {
        Optional<Where> where = where(scope(actor), filter);
        if (where.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        long total = where.get().bind(em.createQuery("select count(m)" + FROM + where.get().jpql(), Long.class))
                .getSingleResult();
        List<Meeting> meetings = where.get().bind(em.createQuery("select m" + FROM + where.get().jpql()
                + " order by m.openedAt desc, m.id desc", Meeting.class))
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows(meetings), total);
    }

    /** Every meeting of the filtered report, for exports. */
    public List<MeetingRow> allMeetings(Actor actor, ReportFilter filter) {
        return rows(allOf(actor, filter));
    }

    /** The meetings, their participants and their absentees, for exports. */
    public FullReport export(Actor actor, ReportFilter filter) {
        return full(allOf(actor, filter));
    }

    /** Every meeting of one course in the period, with participants and absentees, for the API's file exports. */
    public FullReport courseExport(Actor actor, CoursePeriod period) {
        return full(ofCourse(actor, period, Optional.empty(), Integer.MAX_VALUE));
    }

    private FullReport full(List<Meeting> meetings) {
        Map<Long, List<ParticipantRow>> people = participants(meetings);
        Map<MeetingRow, List<ParticipantRow>> report = new LinkedHashMap<>();
        rows(meetings).forEach(row -> report.put(row, people.getOrDefault(row.meetingId(), List.of())));
        return new FullReport(report, absentees(meetings, people));
    }

    /**
     * At most {@code max} meetings of one course, newest first, after a keyset position (the start and id of the
     * last meeting of the previous page): the API's cursor pages. {@code report.denied} unless the actor may report
     * on the course; {@code course.notFound} for a course that does not exist or was deleted.
     */
    public List<MeetingRow> courseMeetings(Actor actor, CoursePeriod period, Optional<Keyset> after, int max) {
        return rows(ofCourse(actor, period, after, max));
    }

    /** Like {@link #courseMeetings}, each meeting with its participants and absentees; {@code max} at most. */
    public FullReport courseAttendance(Actor actor, CoursePeriod period, Optional<Keyset> after, int max) {
        return full(ofCourse(actor, period, after, max));
    }

    /** Meetings and participants per week of the period, every week included. */
    public List<WeekPoint> weekly(Actor actor, ReportFilter filter) {
        List<Meeting> meetings = allOf(actor, filter);
        Map<Long, Long> counts = participantCounts(meetings.stream().map(Meeting::getId).toList());
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        filter.period().weeks().forEach(week -> weeks.put(week, new long[2]));
        for (Meeting meeting : meetings) {
            long[] week = weeks.computeIfAbsent(filter.period().weekOf(meeting.getOpenedAt()), w -> new long[2]);
            week[0]++;
            week[1] += counts.getOrDefault(meeting.getId(), 0L);
        }
        return weeks.entrySet().stream().map(e -> new WeekPoint(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** One meeting in detail, for those who may report on it. */
    public MeetingDetail detail(Actor actor, long meetingId, String language) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId))
                .filter(m -> m.getCloseReason().filter(r -> r == CloseReason.FAILED).isEmpty())
                .orElseThrow(() -> new NotFoundException("report.meeting.notFound"));
        if (!scope(actor).covers(meeting.getRoom().getCourse().map(Course::getId))) {
            throw new AccessDeniedException("report.denied");
        }
        Map<Long, List<ParticipantRow>> people = participants(List.of(meeting));
        return new MeetingDetail(rows(List.of(meeting)).get(0), people.getOrDefault(meetingId, List.of()),
                absentees(List.of(meeting), people).getOrDefault(meetingId, List.of()), rule(meeting),
                dashboard.link(meeting, language));
    }

    /** The actor's own attendance, newest meeting first. */
    public List<OwnAttendance> mine(Actor actor) {
        List<Attendance> rows = em.createQuery("select a from Attendance a where a.user.id = :user"
                + " order by a.meeting.openedAt desc, a.joinedAt", Attendance.class)
                .setParameter("user", actor.userId()).getResultList();
        Map<Meeting, List<Attendance>> byMeeting = new LinkedHashMap<>();
        rows.forEach(row -> byMeeting.computeIfAbsent(row.getMeeting(), m -> new ArrayList<>()).add(row));
        Instant now = clock.instant();
        Map<Long, CompletionRule> rules = completion.rules(byMeeting.keySet().stream()
                .map(m -> m.getRoom().getId()).toList());
        return byMeeting.entrySet().stream().map(e -> {
            Meeting meeting = e.getKey();
            ParticipantRow me = ParticipantRow.of(e.getValue(), Map.of(), now,
                    rules.getOrDefault(meeting.getRoom().getId(), CompletionRule.DEFAULT), meeting.length(now)).get(0);
            return new OwnAttendance(meeting.getId(), contexts.name(meeting.getRoom()),
                    meeting.getRoom().getCourse().map(Course::getTitle), meeting.getOpenedAt(), me.firstJoin(),
                    me.lastLeave(), me.total(), me.stays().size(), me.verdict());
        }).toList();
    }

    /** The courses the actor may filter on. */
    public List<Course> courses(Actor actor) {
        ReportScope scope = scope(actor);
        if (scope.all()) {
            return em.createQuery("select c from Course c order by c.code", Course.class).getResultList();
        }
        return scope.courseIds().isEmpty() ? List.of() : em.createQuery("select c from Course c where c.id in :ids"
                + " order by c.code", Course.class).setParameter("ids", scope.courseIds()).getResultList();
    }

    /** The users who started meetings the actor may report on, to filter by teacher. */
    public List<User> teachers(Actor actor) {
        ReportScope scope = scope(actor);
        if (!scope.all() && scope.courseIds().isEmpty()) {
            return List.of();
        }
        TypedQuery<User> query = em.createQuery("select u from User u where u.id in (select m.startedBy" + FROM
                + (scope.all() ? "" : " where c.id in :ids") + ") order by u.displayName", User.class);
        return (scope.all() ? query : query.setParameter("ids", scope.courseIds())).getResultList();
    }

    private List<Meeting> ofCourse(Actor actor, CoursePeriod period, Optional<Keyset> after, int max) {
        if (!scope(actor).covers(Optional.of(period.courseId()))) {
            throw new AccessDeniedException("report.denied");
        }
        if (Optional.ofNullable(em.find(Course.class, period.courseId())).filter(c -> !c.isDeleted()).isEmpty()) {
            throw new NotFoundException("course.notFound");
        }
        TypedQuery<Meeting> query = em.createQuery("select m from Meeting m where m.room.course.id = :course"
                + " and (m.closeReason is null or m.closeReason <> :failed)"
                + period.from().map(from -> " and m.openedAt >= :from").orElse("")
                + period.until().map(until -> " and m.openedAt < :until").orElse("")
                + Keyset.olderThan(after, "m.openedAt", "m.id") + " order by m.openedAt desc, m.id desc", Meeting.class)
                .setParameter("course", period.courseId()).setParameter("failed", CloseReason.FAILED);
        period.from().ifPresent(from -> query.setParameter("from", from));
        period.until().ifPresent(until -> query.setParameter("until", until));
        return Keyset.bind(query, after).setMaxResults(max).getResultList();
    }

    private List<Meeting> allOf(Actor actor, ReportFilter filter) {
        return where(scope(actor), filter).map(where -> where.bind(em.createQuery("select m" + FROM + where.jpql()
                + " order by m.openedAt desc, m.id desc", Meeting.class)).getResultList()).orElse(List.of());
    }

    private List<MeetingRow> rows(List<Meeting> meetings) {
        List<Long> ids = meetings.stream().map(Meeting::getId).toList();
        Map<Long, Long> counts = participantCounts(ids);
        List<Long> exact = chunked(ids, chunk -> em.createQuery("select r.meeting.id from AnalyticsReceipt r"
                + " where r.meeting.id in :ids", Long.class).setParameter("ids", chunk).getResultList());
        Map<Long, String> starters = new HashMap<>();
        chunked(meetings.stream().map(Meeting::getStartedBy).distinct().toList(), chunk -> em.createQuery(
                "select u from User u where u.id in :ids", User.class).setParameter("ids", chunk).getResultList())
                .forEach(user -> starters.put(user.getId(), user.getDisplayName()));
        Instant now = clock.instant();
        return meetings.stream().map(m -> new MeetingRow(m.getId(), contexts.name(m.getRoom()), m.getRoom().getType(),
                m.getRoom().getCourse().map(Course::getCode), m.getRoom().getCourse().map(Course::getTitle),
                starters.getOrDefault(m.getStartedBy(), ""), m.getOpenedAt(), m.getClosedAt(),
                m.length(now), counts.getOrDefault(m.getId(), 0L),
                m.isRecord(), exact.contains(m.getId()))).toList();
    }

    private Map<Long, Long> participantCounts(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        chunked(ids, chunk -> em.createQuery("select a.meeting.id, count(distinct a.bbbUserId) from Attendance a"
                + " where a.meeting.id in :ids group by a.meeting.id", Object[].class).setParameter("ids", chunk)
                .getResultList()).forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private Map<Long, List<ParticipantRow>> participants(List<Meeting> meetings) {
        List<Long> ids = meetings.stream().map(Meeting::getId).toList();
        Map<Long, List<Attendance>> rows = new LinkedHashMap<>();
        chunked(ids, chunk -> em.createQuery("select a from Attendance a where a.meeting.id in :ids"
                + " order by a.joinedAt, a.id", Attendance.class).setParameter("ids", chunk).getResultList())
                .forEach(row -> rows.computeIfAbsent(row.getMeeting().getId(), id -> new ArrayList<>()).add(row));
        Map<Long, Map<String, Engagement.Figures>> engagement = new HashMap<>();
        chunked(ids, chunk -> em.createQuery("select e from Engagement e where e.meeting.id in :ids",
                Engagement.class).setParameter("ids", chunk).getResultList())
                .forEach(e -> engagement.computeIfAbsent(e.getMeeting().getId(), id -> new HashMap<>())
                        .put(e.getBbbUserId(), e.figures()));
        Instant now = clock.instant();
        Map<Long, CompletionRule> rules = completion.rules(meetings.stream().map(m -> m.getRoom().getId()).toList());
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.forEach(meeting -> byId.put(meeting.getId(), meeting));
        Map<Long, List<ParticipantRow>> people = new HashMap<>();
        rows.forEach((meeting, list) -> people.put(meeting,
                ParticipantRow.of(list, engagement.getOrDefault(meeting, Map.of()), now,
                        rules.getOrDefault(byId.get(meeting).getRoom().getId(), CompletionRule.DEFAULT),
                        byId.get(meeting).length(now)).stream()
                        .sorted(Comparator.comparing(ParticipantRow::firstJoin)).toList()));
        return people;
    }

    /**
     * The people expected in each meeting who never came: the active students of a course room's course, the
     * members of a group room's group; nobody for personal and platform rooms, which have no roster.
     */
    private Map<Long, List<Absentee>> absentees(List<Meeting> meetings, Map<Long, List<ParticipantRow>> people) {
        Map<Long, List<Absentee>> courseRosters = new HashMap<>();
        chunked(meetings.stream().filter(m -> m.getRoom().getType() == RoomType.COURSE)
                .map(m -> m.getRoom().getCourse().orElseThrow().getId()).distinct().toList(),
                chunk -> em.createQuery("select e.course.id, u.id, u.displayName from Enrollment e join e.user u"
                        + " where e.course.id in :ids and e.role = :student and e.active = true and u.active = true",
                        Object[].class).setParameter("ids", chunk).setParameter("student", CourseRole.STUDENT)
                        .getResultList())
                .forEach(row -> courseRosters.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Absentee((Long) row[1], (String) row[2])));
        Map<Long, List<Absentee>> groupRosters = new HashMap<>();
        chunked(meetings.stream().filter(m -> m.getRoom().getType() == RoomType.GROUP)
                .map(m -> m.getRoom().getGroup().orElseThrow().getId()).distinct().toList(),
                chunk -> em.createQuery("select g.id, u.id, u.displayName from CourseGroup g join g.members u"
                        + " where g.id in :ids and u.active = true", Object[].class).setParameter("ids", chunk)
                        .getResultList())
                .forEach(row -> groupRosters.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Absentee((Long) row[1], (String) row[2])));
        Map<Long, List<Absentee>> absent = new HashMap<>();
        for (Meeting meeting : meetings) {
            Room room = meeting.getRoom();
            List<Absentee> roster = switch (room.getType()) {
                case COURSE -> courseRosters.getOrDefault(room.getCourse().orElseThrow().getId(), List.of());
                case GROUP -> groupRosters.getOrDefault(room.getGroup().orElseThrow().getId(), List.of());
                default -> List.of();
            };
            Set<Long> came = people.getOrDefault(meeting.getId(), List.of()).stream()
                    .flatMap(p -> p.userId().stream()).collect(Collectors.toSet());
            absent.put(meeting.getId(), roster.stream().filter(a -> !came.contains(a.userId()))
                    .sorted(Comparator.comparing(Absentee::name)).toList());
        }
        return absent;
    }

    private CompletionRule rule(Meeting meeting) {
        return completion.rule(meeting.getRoom().getId());
    }

    /** Runs an IN query over ids in chunks, so that no database meets too many parameters. */
    private static <T> List<T> chunked(List<Long> ids, Function<List<Long>, List<T>> query) {
        List<T> results = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            results.addAll(query.apply(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        return results;
    }

    /** The conditions of the filtered report, within the scope; empty when the scope covers nothing. */
    private static Optional<Where> where(ReportScope scope, ReportFilter filter) {
        if (!scope.all() && scope.courseIds().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder jpql = new StringBuilder(" where m.openedAt >= :start and m.openedAt < :end"
                + " and (m.closeReason is null or m.closeReason <> :failed)");
        Map<String, Object> values = new HashMap<>(Map.of("start", filter.period().start(),
                "end", filter.period().end(), "failed", CloseReason.FAILED));
        if (!scope.all()) {
            jpql.append(" and c.id in :scope");
            values.put("scope", List.copyOf(scope.courseIds()));
        }
        filter.courseId().ifPresent(id -> {
            jpql.append(" and c.id = :course");
            values.put("course", id);
        });
        filter.roomType().ifPresent(type -> {
            jpql.append(" and r.type = :type");
            values.put("type", type);
        });
        filter.teacherId().ifPresent(id -> {
            jpql.append(" and m.startedBy = :teacher");
            values.put("teacher", id);
        });
        return Optional.of(new Where(jpql.toString(), values));
    }

    /** A JPQL condition and the values of its parameters. */
    private record Where(String jpql, Map<String, Object> values) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            values.forEach(query::setParameter);
            return query;
        }
    }
}
