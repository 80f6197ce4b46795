package org.bbbrooms.bbb;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of {@code create}. Only {@code meetingID} and {@code name} are required; a {@code null}
 * component is not sent, so the server's default applies. {@code metadata} keys are given without the
 * {@code meta_} prefix (BBB returns them lowercased); {@code extraParameters} carries any other create
 * parameter by its API name (e.g. {@code lockSettingsDisableCam}). Invalid values fail at {@code build()}.
 * <pre>{@code CreateMeetingRequest.builder().meetingID("c42-r7").name("Physics 101").record(true)
 *     .meta("bbb-origin", "bbb-rooms").build();}</pre>
 */
public record CreateMeetingRequest(
        String meetingID, String name, String attendeePW, String moderatorPW, String welcome,
        String moderatorOnlyMessage, URI logoutURL, Boolean record, Integer duration, Integer maxParticipants,
        String voiceBridge, String dialNumber, Boolean allowStartStopRecording, Boolean autoStartRecording,
        Boolean muteOnStart, MeetingLayout meetingLayout, GuestPolicy guestPolicy, Map<String, String> metadata,
        Map<String, String> extraParameters, List<Presentation> presentations) {

    private static final Set<String> TYPED = Set.of("name", "meetingid", "attendeepw", "moderatorpw", "welcome",
            "moderatoronlymessage", "logouturl", "record", "duration", "maxparticipants", "voicebridge", "dialnumber",
            "allowstartstoprecording", "autostartrecording", "muteonstart", "meetinglayout", "guestpolicy", "checksum");

    public CreateMeetingRequest {
        Checks.meetingId("meetingID", meetingID);
        Checks.singleLine("name", Checks.required("name", name), 2, 256);
        Checks.singleLine("attendeePW", attendeePW, 2, 64);
        Checks.singleLine("moderatorPW", moderatorPW, 2, 64);
        Checks.webUrl("logoutURL", logoutURL);
        Checks.atLeast("duration (minutes, 0 for no limit)", duration, 0);
        Checks.atLeast("maxParticipants (0 for no limit)", maxParticipants, 0);
        if (voiceBridge != null && !voiceBridge.matches("[0-9]{5,10}")) {
            throw new IllegalArgumentException("voiceBridge must be a PIN of 5 to 10 digits (BBB's default range is "
                    + "10000 to 99999), or left out to let BBB pick one");
        }
        metadata = Checks.metadata(metadata);
        extraParameters = Checks.keyed("extra parameter", extraParameters == null ? Map.of() : extraParameters);
        extraParameters.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT))
                .filter(k -> TYPED.contains(k) || k.startsWith("meta_")).findFirst().ifPresent(k -> {
                    throw new IllegalArgumentException("extra parameter '" + k + "' has its own builder method "
                            + "(or, for meta_*, use meta(key, value)): use that instead");
                });
        presentations = presentations == null ? List.of() : List.copyOf(presentations);
    }

    /** This request with more documents to pre-upload and more create parameters (which must not be typed ones). */
    public CreateMeetingRequest plus(List<Presentation> morePresentations, Map<String, String> moreParameters) {
        List<Presentation> documents = new ArrayList<>(presentations);
        documents.addAll(morePresentations);
        Map<String, String> parameters = new LinkedHashMap<>(extraParameters);
        parameters.putAll(moreParameters);
        return new CreateMeetingRequest(meetingID, name, attendeePW, moderatorPW, welcome, moderatorOnlyMessage,
                logoutURL, record, duration, maxParticipants, voiceBridge, dialNumber, allowStartStopRecording,
                autoStartRecording, muteOnStart, meetingLayout, guestPolicy, metadata, parameters, documents);
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    Query toQuery() {
        Query.Builder query = Query.builder().add("name", name).add("meetingID", meetingID)
                .add("attendeePW", attendeePW).add("moderatorPW", moderatorPW).add("welcome", welcome)
                .add("moderatorOnlyMessage", moderatorOnlyMessage).add("logoutURL", logoutURL).add("record", record)
                .add("duration", duration).add("maxParticipants", maxParticipants).add("voiceBridge", voiceBridge)
                .add("dialNumber", dialNumber).add("allowStartStopRecording", allowStartStopRecording)
                .add("autoStartRecording", autoStartRecording).add("muteOnStart", muteOnStart)
                .add("meetingLayout", meetingLayout).add("guestPolicy", guestPolicy);
        metadata.forEach((key, value) -> query.add("meta_" + key, value));
        extraParameters.forEach(query::add);
        return query.build();
    }

    /** Names the meeting and its metadata keys only: passwords and callback URLs stay out of logs. */
    @Override
    public String toString() {
        return "CreateMeetingRequest[meetingID=" + meetingID + ", name=" + name + ", metadata keys="
                + metadata.keySet() + ", extra parameters=" + extraParameters.keySet() + ", presentations="
                + presentations.stream().map(p -> p.url().getHost()).collect(Collectors.toList()) + "]";
    }

    /** Collects the create parameters; see {@link CreateMeetingRequest}. */
    public static final class Builder {

        private String meetingID;
        private String name;
        private String attendeePW;
        private String moderatorPW;
        private String welcome;
        private String moderatorOnlyMessage;
        private URI logoutURL;
        private Boolean record;
        private Integer duration;
        private Integer maxParticipants;
        private String voiceBridge;
        private String dialNumber;
        private Boolean allowStartStopRecording;
        private Boolean autoStartRecording;
        private Boolean muteOnStart;
        private MeetingLayout meetingLayout;
        private GuestPolicy guestPolicy;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Map<String, String> extraParameters = new LinkedHashMap<>();
        private final List<Presentation> presentations = new ArrayList<>();

        private Builder() {
        }

        public Builder meetingID(String meetingID) {
            this.meetingID = meetingID;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Legacy viewer password, for servers older than 2.4 that join by password. */
        public Builder attendeePW(String attendeePW) {
            this.attendeePW = attendeePW;
            return this;
        }

        /** Legacy moderator password, for servers older than 2.4 that join by password. */
        public Builder moderatorPW(String moderatorPW) {
            this.moderatorPW = moderatorPW;
            return this;
        }

        public Builder welcome(String welcome) {
            this.welcome = welcome;
            return this;
        }

        public Builder moderatorOnlyMessage(String moderatorOnlyMessage) {
            this.moderatorOnlyMessage = moderatorOnlyMessage;
            return this;
        }

        /** Where users go when they leave the meeting. */
        public Builder logoutURL(URI logoutURL) {
            this.logoutURL = logoutURL;
            return this;
        }

        public Builder record(Boolean record) {
            this.record = record;
            return this;
        }

        /** Maximum length in minutes; 0 for none. */
        public Builder duration(Integer duration) {
            this.duration = duration;
            return this;
        }

        /** Maximum number of users at the same time; 0 for none. */
        public Builder maxParticipants(Integer maxParticipants) {
            this.maxParticipants = maxParticipants;
            return this;
        }

        public Builder voiceBridge(String voiceBridge) {
            this.voiceBridge = voiceBridge;
            return this;
        }

        public Builder dialNumber(String dialNumber) {
            this.dialNumber = dialNumber;
            return this;
        }

        public Builder allowStartStopRecording(Boolean allowStartStopRecording) {
            this.allowStartStopRecording = allowStartStopRecording;
            return this;
        }

        public Builder autoStartRecording(Boolean autoStartRecording) {
            this.autoStartRecording = autoStartRecording;
            return this;
        }

        public Builder muteOnStart(Boolean muteOnStart) {
            this.muteOnStart = muteOnStart;
            return this;
        }

        public Builder meetingLayout(MeetingLayout meetingLayout) {
            this.meetingLayout = meetingLayout;
            return this;
        }

        public Builder guestPolicy(GuestPolicy guestPolicy) {
            this.guestPolicy = guestPolicy;
            return this;
        }

        /** Adds {@code meta_<key>=value}, e.g. {@code meta("endCallbackUrl", url)}. */
        public Builder meta(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        /** Adds any other create parameter by its API name, e.g. {@code parameter("bannerText", "Exam")}. */
        public Builder parameter(String name, String value) {
            extraParameters.put(name, value);
            return this;
        }

        /** Adds a document to pre-upload; with any, create is sent as a POST. */
        public Builder presentation(Presentation presentation) {
            presentations.add(presentation);
            return this;
        }

        /**
         * @throws IllegalArgumentException saying which value is wrong and how to fix it
         */
        public CreateMeetingRequest build() {
            return new CreateMeetingRequest(meetingID, name, attendeePW, moderatorPW, welcome, moderatorOnlyMessage,
                    logoutURL, record, duration, maxParticipants, voiceBridge, dialNumber, allowStartStopRecording,
                    autoStartRecording, muteOnStart, meetingLayout, guestPolicy, metadata, extraParameters, presentations);
        }
    }
}
