package org.bbbrooms.lti.services;

import java.util.List;

/**
 * The LTI Advantage scopes: one per kind of service call, and {@link #TOOL}, all those the tool asks a platform for
 * when it is registered (dynamic registration and the Canvas configuration alike).
 */
public final class Scopes {

    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    /** AGS (line items, results, scores) and NRPS (the roster). */
    public static final List<String> TOOL = List.of(LINE_ITEM,
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly", SCORE, NRPS);

    private Scopes() {
    }
}
