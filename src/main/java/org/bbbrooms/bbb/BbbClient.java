package org.bbbrooms.bbb;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The BigBlueButton API client: signs each call with the shared secret, sends it with the JDK's HttpClient
 * (TLS verified, redirects followed, connect and total request timeouts) and reads the XML answer into
 * records. It knows nothing of rooms or users. Immutable and thread-safe: build one from the current
 * settings and share it; build a new one when the settings change.
 * <p>
 * Every method throws {@link BbbFailedException} when BBB refuses the call, {@link BbbUnreachableException}
 * when the server cannot be reached in time and {@link BbbProtocolException} when the answer is not BBB XML.
 * <pre>{@code BbbClient bbb = BbbClient.builder().serverUrl(BbbServerUrl.parse(url)).secret(Secret.of(secret)).build();
 * CreateMeetingResponse created = bbb.create(CreateMeetingRequest.builder().meetingID(id).name(name).build());}</pre>
 */
public final class BbbClient {

    /** The connect timeout when none is set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** The total time allowed for one call (connect, send, answer) when none is set. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final BbbServerUrl serverUrl;
    private final Secret secret;
    private final ChecksumAlgorithm algorithm;
    private final BbbHttp http;
    private final HttpClient httpClient;
    private final Duration requestTimeout;
    private final Consumer<CallEvent> listener;
    private final Supplier<HttpClient> noRedirects;

    private BbbClient(Builder builder, HttpClient httpClient) {
        this.serverUrl = builder.serverUrl;
        this.secret = builder.secret;
        this.algorithm = builder.algorithm;
        this.httpClient = httpClient;
        this.requestTimeout = builder.requestTimeout;
        this.listener = builder.listener;
        this.http = new BbbHttp(httpClient, builder.requestTimeout, builder.listener, builder.serverUrl,
                builder.algorithm);
        this.noRedirects = builder.noRedirects != null ? () -> builder.noRedirects
                : new NoRedirects(builder.connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : builder.connectTimeout);
    }

    /** A builder; the server URL and secret are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The API root: version numbers, and a connection test that needs no checksum. */
    public ApiVersion version() {
        String root = serverUrl.apiRoot();
        return http.send(new BbbHttp.Call("version", URI.create(root), root, Optional.empty()), ApiVersion::fromXml);
    }

    /**
     * The API root of another server, such as one that a load balancer named in {@link #resolveJoin}: unsigned, with
     * this client's timeout. BBB 2.4 and later say their {@code bbbVersion} there.
     */
    public ApiVersion versionOf(BbbServerUrl server) {
        String root = Objects.requireNonNull(server, "server").apiRoot();
        return new BbbHttp(httpClient, requestTimeout, listener, server, algorithm)
                .send(new BbbHttp.Call("version", URI.create(root), root, Optional.empty()), ApiVersion::fromXml);
    }

    /**
     * <strong>Behind a load balancer (Scalelite) only.</strong> Sends the signed join to it without following its
     * answer, and reads where it redirects the user: the chosen server's own join, which the user's browser is then
     * sent to. A load balancer's join only looks the meeting up and redirects; a BigBlueButton server's join would
     * join (and spend the link's session, count a participant): never call this on one.
     *
     * @throws BbbProtocolException when the answer is no redirect to an http(s) URL (Scalelite's XML refusal
     *         included); {@link BbbUnreachableException} when it does not answer in time
     */
    public JoinRedirect resolveJoin(JoinRequest request) {
        Query query = request.toQuery();
        return http.redirect(new BbbHttp.Call("join", signedUri("join", query),
                serverUrl.apiRoot() + "/join?" + query.redacted(), Optional.empty()), noRedirects.get());
    }

    /** Creates the meeting, or finds it already there ({@code duplicateWarning}); POSTs any presentations. */
    public CreateMeetingResponse create(CreateMeetingRequest request) {
        Optional<String> body = request.presentations().isEmpty() ? Optional.empty()
                : Optional.of(Presentation.modulesXml(request.presentations()));
        return call("create", request.toQuery(), body, CreateMeetingResponse::fromXml);
    }

    /** The signed join link to send the user's browser to; makes no call. */
    public URI joinUrl(JoinRequest request) {
        return signedUri("join", request.toQuery());
    }

    /** Asks BBB to end the meeting; it ends a few seconds later. */
    public void end(EndRequest request) {
        call("end", request.toQuery(), Optional.empty(), root -> root);
    }

    /** Whether the meeting exists and has users in it; false for an unknown meeting. */
    public boolean isMeetingRunning(String meetingID) {
        return call("isMeetingRunning", meetingQuery(meetingID), Optional.empty(), root -> root.bool("running"));
    }

    /** The meeting's state, attendees and metadata; {@link BbbFailedException} {@code notFound} when none. */
    public MeetingInfo getMeetingInfo(String meetingID) {
        return call("getMeetingInfo", meetingQuery(meetingID), Optional.empty(), MeetingInfo::fromXml);
    }

    /** Every meeting on the server; empty when there is none ({@code noMeetings}). */
    public List<MeetingInfo> getMeetings() {
        return call("getMeetings", Query.builder().build(), Optional.empty(),
                root -> root.list("meetings", "meeting").stream().map(MeetingInfo::fromXml).toList());
    }

    /** One page of recordings; empty when there is none ({@code noRecordings}). */
    public RecordingsPage getRecordings(GetRecordingsRequest request) {
        return call("getRecordings", request.toQuery(), Optional.empty(), RecordingsPage::fromXml);
    }

    /** Publishes ({@code true}) or unpublishes ({@code false}) the recordings on the server. */
    public PublishRecordingsResponse publishRecordings(Collection<String> recordIDs, boolean publish) {
        Query query = Query.builder().add("recordID", recordIdList(recordIDs)).add("publish", publish).build();
        return call("publishRecordings", query, Optional.empty(), PublishRecordingsResponse::fromXml);
    }

    /** Deletes the recordings on the server. */
    public DeleteRecordingsResponse deleteRecordings(Collection<String> recordIDs) {
        Query query = Query.builder().add("recordID", recordIdList(recordIDs)).build();
        return call("deleteRecordings", query, Optional.empty(), DeleteRecordingsResponse::fromXml);
    }

    /** Sets {@code meta_<key>} on the recordings (keys without prefix; an empty value removes the key). */
    public UpdateRecordingsResponse updateRecordings(Collection<String> recordIDs, Map<String, String> metadata) {
        Query.Builder query = Query.builder().add("recordID", recordIdList(recordIDs));
        Checks.metadata(metadata).forEach((key, value) -> query.add("meta_" + key, value));
        return call("updateRecordings", query.build(), Optional.empty(), UpdateRecordingsResponse::fromXml);
    }

    /** The server this client calls. */
    public BbbServerUrl serverUrl() {
        return serverUrl;
    }

    /** The checksum algorithm this client signs with. */
    public ChecksumAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public String toString() {
        return "BbbClient[" + serverUrl + ", " + algorithm + "]";
    }

    private static Query meetingQuery(String meetingID) {
        return Query.builder().add("meetingID", Checks.meetingId("meetingID", meetingID)).build();
    }

    private static String recordIdList(Collection<String> recordIDs) {
        if (recordIDs == null || recordIDs.isEmpty()) {
            throw new IllegalArgumentException("give at least one recordID");
        }
        return String.join(",", Checks.ids("recordID", recordIDs));
    }

    private <T> T call(String name, Query query, Optional<String> body, Function<XmlElement, T> reader) {
        String redacted = serverUrl.apiRoot() + "/" + name + "?" + query.redacted();
        return http.send(new BbbHttp.Call(name, signedUri(name, query), redacted, body), reader);
    }

    private URI signedUri(String call, Query query) {
        String raw = query.raw();
        String checksum = algorithm.checksum(call, raw, secret);
        return URI.create(serverUrl.apiRoot() + "/" + call + "?" + (raw.isEmpty() ? "" : raw + "&") + "checksum=" + checksum);
    }

    /** The HttpClient of {@link #resolveJoin} when none was given: built once, when first needed. */
    private static final class NoRedirects implements Supplier<HttpClient> {

        private final Duration connectTimeout;
        private volatile HttpClient client;

        NoRedirects(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        @Override
        public HttpClient get() {
            HttpClient built = client;
            if (built == null) {
                synchronized (this) {
                    built = client;
                    if (built == null) {
                        built = HttpClient.newBuilder().connectTimeout(connectTimeout)
                                .followRedirects(HttpClient.Redirect.NEVER).build();
                        client = built;
                    }
                }
            }
            return built;
        }
    }

    /** Collects the client's settings; see {@link BbbClient}. */
    public static final class Builder {

        private BbbServerUrl serverUrl;
        private Secret secret;
        private ChecksumAlgorithm algorithm = ChecksumAlgorithm.DEFAULT;
        private Duration connectTimeout;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private HttpClient httpClient;
        private Consumer<CallEvent> listener = event -> { };
        private HttpClient noRedirects;

        private Builder() {
        }

        public Builder serverUrl(BbbServerUrl serverUrl) {
            this.serverUrl = serverUrl;
            return this;
        }

        public Builder secret(Secret secret) {
            this.secret = secret;
            return this;
        }

        /** The checksum algorithm; SHA-256 by default. */
        public Builder algorithm(ChecksumAlgorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /** How long to wait for a connection; 2 s by default. Not with {@link #httpClient}, which has its own. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive("connectTimeout", connectTimeout);
            return this;
        }

        /** How long one call may take in all, body included; 5 s by default. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * A shared HttpClient to send with, instead of one built here. It must follow redirects (Scalelite
         * redirects some calls); its connect timeout and TLS settings apply.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * A shared HttpClient that follows no redirect, for {@link #resolveJoin}; without it the client builds one
         * (with the connect timeout) the first time it resolves a join.
         */
        public Builder noRedirectsHttpClient(HttpClient noRedirects) {
            if (Objects.requireNonNull(noRedirects, "noRedirects").followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalStateException("the HttpClient for resolveJoin must follow no redirect "
                        + "(Redirect.NEVER): it reads the redirect itself");
            }
            this.noRedirects = noRedirects;
            return this;
        }

        /** Told of every call's outcome and duration, e.g. to count and time calls; must not block. */
        public Builder listener(Consumer<CallEvent> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @throws IllegalStateException when the server URL or secret is missing, or the settings conflict
         */
        public BbbClient build() {
            if (serverUrl == null) {
                throw new IllegalStateException("BbbClient needs a serverUrl: BbbServerUrl.parse(\"https://bbb.example.org/bigbluebutton\")");
            }
            if (secret == null) {
                throw new IllegalStateException("BbbClient needs the server's shared secret: Secret.of(...)");
            }
            return new BbbClient(this, httpClient == null ? ownClient() : checkedShared());
        }

        private HttpClient ownClient() {
            return HttpClient.newBuilder()
                    .connectTimeout(connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }

        private HttpClient checkedShared() {
            if (connectTimeout != null) {
                throw new IllegalStateException("connectTimeout cannot apply to a shared httpClient: set it on that "
                        + "HttpClient's builder instead");
            }
            if (httpClient.followRedirects() == HttpClient.Redirect.NEVER) {
                throw new IllegalStateException("the shared httpClient must follow redirects (Redirect.NORMAL): "
                        + "Scalelite answers some calls with a redirect");
            }
            return httpClient;
        }

        private static Duration positive(String name, Duration duration) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, e.g. Duration.ofSeconds(5)");
            }
            return duration;
        }
    }
}
