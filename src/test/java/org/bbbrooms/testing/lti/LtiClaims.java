package org.bbbrooms.testing.lti;

import java.util.List;

/**
 * The claim names, message types and scopes of LTI 1.3 and its Advantage services, for tests that tamper with a
 * launch ({@code launch.without(LtiClaims.DEPLOYMENT_ID)}) or read what a tool sent back.
 */
public final class LtiClaims {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String CONTEXT = LTI + "context";
    public static final String TOOL_PLATFORM = LTI + "tool_platform";
    public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    public static final String CUSTOM = LTI + "custom";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String DEEP_LINKING_SETTINGS =
            "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DEEP_LINKING_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public static final String DEEP_LINKING_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
    public static final String DEEP_LINKING_ERRORMSG = "https://purl.imsglobal.org/spec/lti-dl/claim/errormsg";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY =
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** The AGS scopes, in the order the AGS claim lists them. */
    public static final List<String> AGS_SCOPES =
            List.of(SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY, SCOPE_RESULT_READONLY, SCOPE_SCORE);
    /** Every LTI Advantage scope this platform grants. */
    public static final List<String> ADVANTAGE_SCOPES = List.of(SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY,
            SCOPE_RESULT_READONLY, SCOPE_SCORE, SCOPE_NRPS);

    private LtiClaims() {
    }
}
