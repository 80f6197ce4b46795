package org.bbbrooms.lti.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bbbrooms.lti.ToolUrls;
import org.bbbrooms.lti.launch.IdTokenValidator;
import org.bbbrooms.lti.services.Scopes;

/**
 * {@code GET /lti/canvas.json}: the tool's configuration as Canvas's "LTI key" form reads it from a URL (Developer
 * Keys, "Enter URL"): the login, launch and JWKS URLs, the AGS and NRPS scopes, public privacy (names and emails),
 * a course navigation item that opens the course room, and the link and assignment selections that place a room
 * by deep linking.
 */
@WebServlet(ToolUrls.CANVAS)
public class CanvasConfigurationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TITLE = "bbb-rooms";

    @Inject
    transient ToolUrls toolUrls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(configuration().toString());
    }

    private JsonObject configuration() {
        String launch = toolUrls.launch().toString();
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        for (String scope : Scopes.TOOL) {
            scopes.add(scope);
        }
        JsonArrayBuilder placements = Json.createArrayBuilder()
                .add(placement("course_navigation", IdTokenValidator.RESOURCE_LINK_REQUEST, launch))
                .add(placement("link_selection", IdTokenValidator.DEEP_LINKING_REQUEST, launch))
                .add(placement("assignment_selection", IdTokenValidator.DEEP_LINKING_REQUEST, launch));
        return Json.createObjectBuilder()
                .add("title", TITLE)
                .add("description", "BigBlueButton conference rooms of the course, with attendance and grades")
                .add("oidc_initiation_url", toolUrls.login().toString())
                .add("target_link_uri", launch)
                .add("public_jwk_url", toolUrls.jwks().toString())
                .add("scopes", scopes)
                .add("extensions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("platform", "canvas.instructure.com")
                        .add("domain", toolUrls.domain())
                        .add("privacy_level", "public")
                        .add("settings", Json.createObjectBuilder().add("text", TITLE).add("placements", placements))))
                .build();
    }

    private static JsonObjectBuilder placement(String placement, String messageType, String target) {
        return Json.createObjectBuilder().add("placement", placement).add("message_type", messageType)
                .add("target_link_uri", target).add("text", TITLE);
    }
}
