package org.bbbrooms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.attendance.MeetingRow;
import org.bbbrooms.attendance.ReportFilter;
import org.bbbrooms.attendance.ReportPeriod;
import org.bbbrooms.attendance.ReportService;
import org.bbbrooms.attendance.WeekPoint;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.LocaleBacking;
import org.bbbrooms.platform.web.PagedDataModel;
import org.bbbrooms.platform.web.Texts;
import org.bbbrooms.room.RoomType;

/**
 * Backs the meetings report (admin/reports.xhtml for admins, reports.xhtml for teachers): the filters (period, the
 * current month by default; course; room type; teacher), the paged table, the weekly chart and the export links of
 * the filtered report. The service decides which meetings the user may see; a user who may see none gets a 403.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    ActiveUser activeUser;

    @Inject
    LocaleBacking locale;

    @Inject
    ReportTimes times;

    private LocalDate from;
    private LocalDate to;
    private Long courseId;
    private RoomType roomType;
    private Long teacherId;
    /** Made again from the form's fields when the view moves to another cluster node (it holds Optionals). */
    private transient ReportFilter filter;
    private String chart;
    private List<Course> courses;
    private List<User> teachers;
    private final PagedDataModel<MeetingRow> model = new PagedDataModel<>(
            request -> reports.meetings(activeUser.actor(), filter(), request), row -> String.valueOf(row.meetingId()));

    /** Checks that the user may see reports (403 otherwise) and shows the current month. */
    public void load() {
        courses = reports.courses(activeUser.actor());
        teachers = reports.teachers(activeUser.actor());
        ReportPeriod month = reports.currentMonth();
        from = month.from();
        to = month.to();
        search();
    }

    /** Applies the filters to the table, the chart and the export links. */
    public void search() {
        filter = null;
        chart = chart(reports.weekly(activeUser.actor(), filter()));
    }

    private ReportFilter filter() {
        if (filter == null) {
            LocalDate start = from == null ? reports.currentMonth().from() : from;
            LocalDate end = to == null ? start : to;
            filter = new ReportFilter(new ReportPeriod(start, end, reports.zone()), Optional.ofNullable(courseId),
                    Optional.ofNullable(roomType), Optional.ofNullable(teacherId));
        }
        return filter;
    }

    /** The export of the filtered report in {@code csv} or {@code xlsx}, relative to the application. */
    public String exportLink(String format) {
        StringBuilder link = new StringBuilder("/reports/export?format=").append(format)
                .append("&from=").append(filter().period().from()).append("&to=").append(filter().period().to())
                .append("&lang=").append(locale.getLanguage());
        filter().courseId().ifPresent(id -> link.append("&course=").append(id));
        filter().roomType().ifPresent(type -> link.append("&type=").append(type));
        filter().teacherId().ifPresent(id -> link.append("&teacher=").append(id));
        return link.toString();
    }

    /** Chart.js settings of the weekly bar chart (meetings and participants per week), for p:chart. */
    private String chart(List<WeekPoint> weeks) {
        Locale language = locale.getLocale();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", language);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder meetings = Json.createArrayBuilder();
        JsonArrayBuilder participants = Json.createArrayBuilder();
        for (WeekPoint week : weeks) {
            labels.add(label.format(week.week()));
            meetings.add(week.meetings());
            participants.add(week.participants());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Texts.format(language, "report.chart.meetings"))
                                .add("data", meetings).add("backgroundColor", "#3b82f6"))
                        .add(Json.createObjectBuilder().add("label", Texts.format(language, "report.chart.participants"))
                                .add("data", participants).add("backgroundColor", "#f59e0b"))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public PagedDataModel<MeetingRow> getModel() {
        return model;
    }

    public String getChart() {
        return chart;
    }

    public List<Course> getCourses() {
        return courses;
    }

    public List<User> getTeachers() {
        return teachers;
    }

    public RoomType[] getRoomTypes() {
        return RoomType.values();
    }

    /** The period shown, for the page's heading. */
    public String getPeriod() {
        return times.day(filter().period().from()) + " – " + times.day(filter().period().to());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public RoomType getRoomType() {
        return roomType;
    }

    public void setRoomType(RoomType roomType) {
        this.roomType = roomType;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }
}
