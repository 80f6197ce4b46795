package org.bbbrooms.api.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POSTs one delivery: its JSON body, signed ({@link Signature}: {@code BBB-Rooms-Signature: t=…,v1=…}), with the
 * event id in {@code BBB-Rooms-Event-Id}. It connects within {@code BBB_WEBHOOK_CONNECT_TIMEOUT_MS} (default
 * 2000) and gives up on the whole call after {@code BBB_WEBHOOK_REQUEST_TIMEOUT_MS} (default 5000); it never
 * follows redirects (a receiver must answer at its URL, and a redirect could lead the signed body to another host);
 * it reads at most 2 KB of the answer. It never throws: every failure is an {@link Attempt} saying what happened.
 * <p>Use: {@code CompletableFuture<Attempt> attempt = sender.send(claim, clock.instant());}
 */
@ApplicationScoped
public class WebhookSender {

    private static final int MAX_ANSWER_BYTES = 2048;

    @Inject
    @ConfigProperty(name = "BBB_WEBHOOK_CONNECT_TIMEOUT_MS", defaultValue = "2000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "BBB_WEBHOOK_REQUEST_TIMEOUT_MS", defaultValue = "5000")
    long requestTimeoutMillis;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The longest a call can take, so that a claim outlasts it. */
    public Duration longestCall() {
        return Duration.ofMillis(connectTimeoutMillis + requestTimeoutMillis);
    }

    public CompletableFuture<Attempt> send(Claim claim, Instant now) {
        HttpRequest request = HttpRequest.newBuilder(claim.url()).timeout(Duration.ofMillis(requestTimeoutMillis))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "bbb-rooms-webhooks")
                .header(Signature.EVENT_ID_HEADER, claim.eventId())
                .header(Signature.HEADER, Signature.header(claim.secret(), now.getEpochSecond(), claim.body()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.body())).build();
        return client.sendAsync(request, LimitedBody.upTo(MAX_ANSWER_BYTES))
                .orTimeout(longestCall().toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> failure == null ? answered(answer) : failed(failure));
    }

    private static Attempt answered(HttpResponse<String> answer) {
        return Attempt.answered(answer.statusCode(), answer.body());
    }

    private Attempt failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return Attempt.failed("no answer within " + longestCall().toMillis() + " ms");
        }
        if (cause instanceof ConnectException) {
            return Attempt.failed("connection refused or no route");
        }
        return Attempt.failed(cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }
}
