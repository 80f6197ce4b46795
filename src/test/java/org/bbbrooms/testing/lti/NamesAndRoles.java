package org.bbbrooms.testing.lti;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /nrps/<contextId>}: the context membership service of Names and Role Provisioning Services 2.0 (§2.4):
 * every member the test enrolled, whether they ever launched or not, in pages of {@code limit}, filtered by
 * {@code role} (a full role URI, or a simple name such as {@code Learner}).
 */
final class NamesAndRoles {

    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final LtiPlatformEmulator emu;

    NamesAndRoles(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    void handle(Call call) throws IOException {
        call.requireMethod("GET");
        emu.tokens.require(call, LtiClaims.SCOPE_NRPS);
        call.requireAccept(MEDIA_TYPE);
        String[] path = call.segments();
        if (path.length != 1 || !emu.roster.hasContext(path[0])) {
            throw Rejected.notFound("No context at " + call.path());
        }
        LtiContext context = emu.roster.context(path[0]);
        String role = call.query().get("role");
        List<Map<String, Object>> members = new ArrayList<>();
        emu.roster.members(context.id()).forEach((sub, roles) -> {
            if (role == null || roles.stream().anyMatch(r -> r.equals(role) || r.endsWith("#" + role))) {
                members.add(member(emu.roster.user(sub), roles));
            }
        });
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("id", emu.url(call.exchange.getRequestURI().toString()));
        container.put("context", Json.fields("id", context.id(), "label", context.label(), "title", context.title()));
        container.put("members", Paging.page(call, emu.issuer(), members));
        call.json(200, MEDIA_TYPE, container);
    }

    private static Map<String, Object> member(LtiUser user, List<String> roles) {
        return Json.fields("status", "Active", "name", user.name(), "given_name", user.givenName(),
                "family_name", user.familyName(), "email", user.email(), "user_id", user.sub(), "roles", roles);
    }
}
