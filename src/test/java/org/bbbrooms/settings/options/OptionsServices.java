package org.bbbrooms.settings.options;

import jakarta.persistence.EntityManager;
import org.bbbrooms.audit.AuditLogs;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.settings.SettingsService;

/**
 * The meeting options service wired by hand, as the container would, for tests outside the container; its audit
 * entries join the {@code Jpa.tx} that runs the save.
 * <p>Use: {@code contexts.options = OptionsServices.on(em, settings, courseSettings);}
 */
public final class OptionsServices {

    private OptionsServices() {
    }

    public static MeetingOptionsService on(EntityManager em, SettingsService settings,
            CourseSettingsService courseSettings) {
        MeetingOptionsService service = new MeetingOptionsService();
        service.em = em;
        service.settings = settings;
        service.courseSettings = courseSettings;
        service.audit = AuditLogs.joining();
        return service;
    }
}
