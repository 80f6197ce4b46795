package org.bbbrooms.lti.services;

/** The LTI Advantage scopes the tool asks tokens for, one per kind of call. */
public final class Scopes {

    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    private Scopes() {
    }
}
