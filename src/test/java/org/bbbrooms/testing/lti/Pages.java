package org.bbbrooms.testing.lti;

import static org.bbbrooms.testing.lti.Rejected.require;

import java.io.IOException;
import java.net.URI;

/**
 * The LMS's own pages, for browser tests: a course page framing a launch, the page that adds a tool by deep
 * linking, the page a tool returns the user to, and the admin's dynamic registration page.
 * <ul>
 * <li>{@code GET /course/<contextId>/link/<linkId>?user=<sub>[&post=true]}: a resource link launch;
 * <li>{@code GET /course/<contextId>/add-tool?user=<sub>[&client_id=...]}: a deep-linking launch;
 * <li>{@code GET /launch/<lti_message_hint>}: the page of a {@link Launch} the test built ({@link Launch#pageUrl()});
 * <li>{@code GET /course/<contextId>/return}: launch_presentation's return_url, showing lti_msg / lti_errormsg
 * in {@code #returned};
 * <li>{@code GET /admin/register?tool=<registration url>}: frames the tool's registration page and writes
 * "Registration closed" into {@code #status} when it posts {@code {subject: 'org.imsglobal.lti.close'}}.
 * </ul>
 */
final class Pages {

    /** What a conference tool needs of its frame (the LMSs that embed BigBlueButton grant the same). */
    private static final String ALLOW = "camera *; microphone *; display-capture *; fullscreen *; autoplay *";

    private final LtiPlatformEmulator emu;

    Pages(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    void course(Call call) throws IOException {
        call.requireMethod("GET");
        String[] path = call.segments();
        require(path.length >= 2, "Not a course page: " + call.path());
        String contextId = path[0];
        String user = call.query().get("user");
        if (path.length == 3 && path[1].equals("link")) {
            Launch launch = emu.launch(user, contextId, path[2]);
            if ("true".equals(call.query().get("post"))) {
                launch.loginByPost();
            }
            frame(call, launch);
        } else if (path.length == 2 && path[1].equals("add-tool")) {
            String clientId = call.query().get("client_id");
            frame(call, clientId == null ? emu.deepLinking(user, contextId)
                    : emu.deepLinking(user, contextId, clientId));
        } else if (path.length == 2 && path[1].equals("return")) {
            String message = call.query().getOrDefault("lti_errormsg", call.query().getOrDefault("lti_msg", ""));
            call.html(200, Html.page(emu.roster.context(contextId).title(),
                    "<p id=\"returned\">Back in the course. " + Html.escape(message) + "</p>"));
        } else {
            throw Rejected.notFound("No such course page: " + call.path());
        }
    }

    void launch(Call call) throws IOException {
        call.requireMethod("GET");
        Launch launch = emu.launches.get(call.segments().length == 1 ? call.segments()[0] : "");
        if (launch == null) {
            throw Rejected.notFound("No launch at " + call.path());
        }
        frame(call, launch);
    }

    private void frame(Call call, Launch launch) throws IOException {
        String title = launch.link() != null ? launch.link().title() : "Add a tool";
        String frame = "<iframe id=\"tool\" name=\"tool\" title=\"" + Html.escape(title) + "\" allow=\"" + ALLOW
                + "\" style=\"width:100%;height:80vh;border:0\"" + (launch.byPost() ? ""
                : " src=\"" + Html.escape(launch.loginUrl()) + "\"") + "></iframe>\n";
        String start = launch.byPost()
                ? Html.autoSubmit(launch.tool().initiateLoginUri(), launch.loginParameters(), "tool") : "";
        call.html(200, Html.page(launch.context().title(), frame + start));
    }

    void register(Call call) throws IOException {
        call.requireMethod("GET");
        String tool = call.query().get("tool");
        require(tool != null && URI.create(tool).getHost() != null, "?tool=<the tool's registration URL> is required");
        URI uri = URI.create(tool);
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        String body = "<p id=\"status\">Registering…</p>\n"
                + "<iframe id=\"registration\" title=\"Tool registration\" style=\"width:100%;height:80vh;border:0\""
                + " src=\"" + Html.escape(emu.registrationUrl(tool)) + "\"></iframe>\n"
                + "<script>window.addEventListener('message', function (event) {\n"
                + "  if (event.origin === '" + origin + "' && event.data"
                + " && event.data.subject === 'org.imsglobal.lti.close') {\n"
                + "    document.getElementById('status').textContent = 'Registration closed';\n"
                + "  }\n});</script>";
        call.html(200, Html.page("Register a tool", body));
    }
}
