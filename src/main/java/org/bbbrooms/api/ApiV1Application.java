package org.bbbrooms.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.bbbrooms.api.provisioning.BulkResource;
import org.bbbrooms.api.provisioning.CoursesResource;
import org.bbbrooms.api.provisioning.ProvisioningRefusals;
import org.bbbrooms.api.provisioning.UsersResource;
import org.bbbrooms.api.recordings.CourseRecordingsResource;
import org.bbbrooms.api.reports.CourseAttendanceResource;
import org.bbbrooms.api.reports.CourseMeetingsResource;
import org.bbbrooms.api.reports.MeetingResource;
import org.bbbrooms.api.rooms.CourseRoomsResource;
import org.bbbrooms.api.rooms.RoomResource;
import org.bbbrooms.api.webhook.rest.WebhooksResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The host-portal API, below {@code /api/v1}: a JAX-RS application of its own, so that its bearer filter, problem
 * details and idempotency apply to it and not to BBB's callbacks under {@code /api}. Its classes are listed here,
 * explicitly: add new resources below.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "bbb-rooms host API", version = "1"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiV1Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(BearerFilter.class, IdempotencyFilter.class, ProblemMapper.class,
                MeResource.class, JoinLinksResource.class,
                UsersResource.class, CoursesResource.class, BulkResource.class, ProvisioningRefusals.class,
                CourseRoomsResource.class, RoomResource.class, CourseMeetingsResource.class, MeetingResource.class,
                CourseAttendanceResource.class, CourseRecordingsResource.class,
                WebhooksResource.class);
    }
}
