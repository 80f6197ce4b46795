package org.bbbrooms.settings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseAccess;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.settings.options.MeetingOptions;
import org.bbbrooms.settings.options.MeetingOptionsService;
import org.bbbrooms.settings.options.OptionState;
import org.bbbrooms.settings.options.Source;
import org.bbbrooms.settings.options.web.OptionRow;
import org.bbbrooms.settings.CourseRoomConfig;
import org.bbbrooms.settings.CourseRoomSettings;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.settings.PlatformSettings;
import org.bbbrooms.settings.SettingsService;
import org.omnifaces.util.Messages;

/**
 * Backs course-settings.xhtml?code=...: a course's conference settings, for its teachers and admins (the service
 * refuses everyone else with a 403). The welcome message is sanitised as it is set, so the preview shows exactly
 * what rooms will send. Below, the meeting options the platform shows to courses ({@link OptionRow}); the form's
 * own fields are disabled where the platform decides them, and the service refuses them too.
 */
@Named
@ViewScoped
public class CourseSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAccess access;

    @Inject
    CourseSettingsService courseSettings;

    @Inject
    SettingsService settings;

    @Inject
    MeetingOptionsService options;

    @Inject
    ActiveUser activeUser;

    private String code;
    private Course course;
    private CourseRoomSettings edited;
    private CourseRoomConfig effective;
    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient PlatformSettings platform;
    private List<OptionRow> optionRows;
    private Map<String, OptionState> formOptions;

    public void load() {
        course = access.openCourse(activeUser.actor(), code == null ? "" : code).course();
        edited = courseSettings.forEditing(activeUser.actor(), course.getId());
        refresh();
    }

    public void save() {
        edited = options.saveCourse(activeUser.actor(), edited, OptionRow.ownValues(optionRows));
        refresh();
        Messages.addGlobalInfo("common.saved");
    }

    private void refresh() {
        platform = settings.current();
        effective = courseSettings.effective(course.getId());
        List<OptionState> states = options.course(activeUser.actor(), course.getId());
        optionRows = states.stream().filter(s -> !MeetingOptions.ON_COURSE_FORM.contains(s.key()))
                .map(s -> OptionRow.of(s, s.decision().courseMay(), s.source() == Source.COURSE)).toList();
        formOptions = states.stream().filter(s -> MeetingOptions.ON_COURSE_FORM.contains(s.key()))
                .collect(Collectors.toMap(OptionState::key, s -> s));
    }

    public List<OptionRow> getOptionRows() {
        return optionRows;
    }

    /** Whether the form's own field for this option (record, maxParticipants, welcome) is shown. */
    public boolean shown(String key) {
        return formOptions.containsKey(key);
    }

    /** Whether the platform lets the course change the form's own field for this option. */
    public boolean courseMay(String key) {
        return shown(key) && formOptions.get(key).decision().courseMay();
    }

    /** The effective value of the form's option, as its course room gets it. */
    public String effectiveOption(String key) {
        return shown(key) ? formOptions.get(key).value() : "";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Course getCourse() {
        return course;
    }

    public CourseRoomSettings getSettings() {
        return edited;
    }

    public CourseRoomConfig getEffective() {
        return effective;
    }

    public PlatformSettings getPlatform() {
        if (platform == null) {
            platform = settings.current();
        }
        return platform;
    }
}
