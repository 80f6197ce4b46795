package org.bbbrooms.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose Content-Security-Policy is one header: each {@code setHeader} or {@code addHeader} of it, by
 * whoever writes it, is merged into the policy so far ({@link ContentSecurityPolicy#with}) instead of adding a
 * second policy that browsers would enforce as well. A policy already on the response (a filter that ran first, the
 * request an error page answers) is merged in at the start, and the policy survives a {@code reset()}.
 */
final class PolicyResponse extends HttpServletResponseWrapper {

    private ContentSecurityPolicy policy;

    PolicyResponse(HttpServletResponse response, ContentSecurityPolicy policy) {
        super(response);
        String written = response.getHeader(ContentSecurityPolicy.HEADER);
        this.policy = written == null ? policy : policy.with(written);
        super.setHeader(ContentSecurityPolicy.HEADER, this.policy.toString());
    }

    @Override
    public void setHeader(String name, String value) {
        if (!merged(name, value)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!merged(name, value)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void reset() {
        super.reset();
        super.setHeader(ContentSecurityPolicy.HEADER, policy.toString());
    }

    /** Merges a value of the policy's header into the policy, and writes the whole; false for any other header. */
    private boolean merged(String name, String value) {
        if (!ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) || value == null) {
            return false;
        }
        policy = policy.with(value);
        super.setHeader(ContentSecurityPolicy.HEADER, policy.toString());
        return true;
    }
}
