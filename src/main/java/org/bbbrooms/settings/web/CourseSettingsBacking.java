package org.bbbrooms.settings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseAccess;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.settings.CourseRoomConfig;
import org.bbbrooms.settings.CourseRoomSettings;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.settings.PlatformSettings;
import org.bbbrooms.settings.SettingsService;
import org.omnifaces.util.Messages;

/**
 * Backs course-settings.xhtml?code=...: a course's conference settings, for its teachers and admins (the service
 * refuses everyone else with a 403). The welcome message is sanitised as it is set, so the preview shows exactly
 * what rooms will send.
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
    ActiveUser activeUser;

    private String code;
    private Course course;
    private CourseRoomSettings edited;
    private CourseRoomConfig effective;
    private PlatformSettings platform;

    public void load() {
        course = access.openCourse(activeUser.actor(), code == null ? "" : code).course();
        edited = courseSettings.forEditing(activeUser.actor(), course.getId());
        refresh();
    }

    public void save() {
        edited = courseSettings.save(activeUser.actor(), edited);
        refresh();
        Messages.addGlobalInfo("common.saved");
    }

    private void refresh() {
        platform = settings.current();
        effective = courseSettings.effective(course.getId());
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
        return platform;
    }
}
