package org.bbbrooms.bbb;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a {@code join} link, which the browser follows. Give {@code role} (BBB 2.4+) or, for older
 * servers, the legacy {@code password}, never both. Pass the {@code createTime} that create returned so that
 * a link kept from an earlier session fails ({@code mismatchCreateTimeParam}) instead of joining a new one.
 * {@code userdata} keys are given without the {@code userdata-} prefix. {@code joinViaHtml5} is for BBB
 * 2.0-2.2, which still had a Flash client: it sends {@code joinViaHtml5=true} (Chamilo's plugin sent
 * {@code redirectClient=true&clientURL=.../html5client/join} instead, unencoded); 2.3+ ignores it.
 * <pre>{@code URI link = client.joinUrl(JoinRequest.builder().meetingID("c42-r7").fullName("Ada Lovelace")
 *     .role(Role.VIEWER).userID("u-17").createTime(created.createTime()).build());}</pre>
 */
public record JoinRequest(String meetingID, String fullName, Role role, String password, String userID, Long createTime,
        URI avatarURL, Boolean redirect, URI errorRedirectUrl, Boolean guest, Boolean excludeFromDashboard,
        boolean joinViaHtml5, Map<String, String> userdata) {

    public JoinRequest {
        Checks.meetingId("meetingID", meetingID);
        Checks.singleLine("fullName", Checks.required("fullName", fullName), 1, 256);
        if (role == null && password == null) {
            throw new IllegalArgumentException("join needs a role (MODERATOR or VIEWER) or, for BBB older than 2.4, "
                    + "the legacy password");
        }
        if (role != null && password != null) {
            throw new IllegalArgumentException("join takes a role or a legacy password, not both: drop the password");
        }
        Checks.singleLine("password", password, 2, 64);
        Checks.singleLine("userID", userID, 1, 256);
        if (createTime != null && createTime <= 0) {
            throw new IllegalArgumentException("createTime must be the positive value that create returned");
        }
        Checks.webUrl("avatarURL", avatarURL);
        Checks.webUrl("errorRedirectUrl", errorRedirectUrl);
        userdata = Checks.keyed("userdata", userdata == null ? Map.of() : userdata);
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    Query toQuery() {
        Query.Builder query = Query.builder().add("fullName", fullName).add("meetingID", meetingID).add("role", role)
                .add("password", password).add("userID", userID).add("createTime", createTime)
                .add("avatarURL", avatarURL).add("redirect", redirect).add("errorRedirectUrl", errorRedirectUrl)
                .add("guest", guest).add("excludeFromDashboard", excludeFromDashboard)
                .add("joinViaHtml5", joinViaHtml5 ? "true" : null);
        userdata.forEach((key, value) -> query.add("userdata-" + key, value));
        return query.build();
    }

    /** Leaves the legacy password out. */
    @Override
    public String toString() {
        return "JoinRequest[meetingID=" + meetingID + ", fullName=" + fullName + ", role=" + role + ", userID=" + userID
                + ", createTime=" + createTime + ", password=" + (password == null ? "none" : "***") + "]";
    }

    /** Collects the join parameters; see {@link JoinRequest}. */
    public static final class Builder {

        private String meetingID;
        private String fullName;
        private Role role;
        private String password;
        private String userID;
        private Long createTime;
        private URI avatarURL;
        private Boolean redirect;
        private URI errorRedirectUrl;
        private Boolean guest;
        private Boolean excludeFromDashboard;
        private boolean joinViaHtml5;
        private final Map<String, String> userdata = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder meetingID(String meetingID) {
            this.meetingID = meetingID;
            return this;
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        /** The legacy moderator or attendee password, for BBB older than 2.4 (instead of a role). */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder userID(String userID) {
            this.userID = userID;
            return this;
        }

        /** The {@code createTime} of {@link CreateMeetingResponse} or {@link MeetingInfo}. */
        public Builder createTime(Long createTime) {
            this.createTime = createTime;
            return this;
        }

        public Builder avatarURL(URI avatarURL) {
            this.avatarURL = avatarURL;
            return this;
        }

        /** {@code false} makes BBB answer XML instead of redirecting the browser to the client. */
        public Builder redirect(Boolean redirect) {
            this.redirect = redirect;
            return this;
        }

        /** Where BBB 2.7+ sends the browser when the join fails. */
        public Builder errorRedirectUrl(URI errorRedirectUrl) {
            this.errorRedirectUrl = errorRedirectUrl;
            return this;
        }

        public Builder guest(Boolean guest) {
            this.guest = guest;
            return this;
        }

        public Builder excludeFromDashboard(Boolean excludeFromDashboard) {
            this.excludeFromDashboard = excludeFromDashboard;
            return this;
        }

        /** Forces the HTML5 client on BBB 2.0-2.2. */
        public Builder joinViaHtml5(boolean joinViaHtml5) {
            this.joinViaHtml5 = joinViaHtml5;
            return this;
        }

        /** Adds {@code userdata-<key>=value}, e.g. {@code userdata("bbb_auto_join_audio", "true")}. */
        public Builder userdata(String key, String value) {
            userdata.put(key, value);
            return this;
        }

        /**
         * @throws IllegalArgumentException saying which value is wrong and how to fix it
         */
        public JoinRequest build() {
            return new JoinRequest(meetingID, fullName, role, password, userID, createTime, avatarURL, redirect,
                    errorRedirectUrl, guest, excludeFromDashboard, joinViaHtml5, userdata);
        }
    }
}
