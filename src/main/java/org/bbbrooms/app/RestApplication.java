package org.bbbrooms.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.bbbrooms.attendance.rest.AnalyticsCallbackResource;
import org.bbbrooms.recording.rest.RecordingCallbackResource;
import org.bbbrooms.room.rest.MeetingCallbackResource;
import org.bbbrooms.slides.rest.SlideResource;

/**
 * The portal's JAX-RS application, below {@code /api}: BBB's callbacks, which authenticate by the token in their
 * URL (web.xml leaves {@code /api/*} open to anonymous callers). Its resources are listed here, explicitly, so that
 * nothing else in the WAR (the sandbox is a servlet) becomes a REST endpoint by accident: add new resources below.
 * It lives in {@code app}, the composition root, because it must know the features' resources: the platform below
 * them must not.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MeetingCallbackResource.class, AnalyticsCallbackResource.class, RecordingCallbackResource.class,
                SlideResource.class);
    }
}
