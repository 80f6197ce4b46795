package org.bbbrooms.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the sandbox's callbacks (meeting ended, recording ready, analytics) and downloads the presentations given by
 * URL, asynchronously, each with a timeout and no retry. A failure is logged without the URL's query string (which may hold a token) and never reaches the API.
 *
 * <p>Why a class of its own: tests inject one with a short timeout and receive the callbacks on a local server.
 * <pre>{@code
 * new CallbackSender(Duration.ofSeconds(5));
 * }</pre>
 */
public final class CallbackSender {

    private static final Logger LOG = Logger.getLogger(CallbackSender.class.getName());

    private final HttpClient http;
    private final Duration timeout;

    /** @param timeout for connecting and for the whole exchange */
    public CallbackSender(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Downloads a presentation (redirects not followed, as for callbacks), then tells what became of it. */
    void download(URI uri, Consumer<DocumentFetch> done) {
        http.sendAsync(request(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .whenComplete((response, error) -> {
                    if (error != null) {
                        LOG.log(Level.WARNING, "Sandbox download {0} failed: {1}",
                                new Object[] {redacted(uri), error.toString()});
                        done.accept(DocumentFetch.unreachable());
                    } else {
                        done.accept(DocumentFetch.answered(response.statusCode(), response.body(),
                                response.headers().firstValue("Content-Type").orElse("")));
                    }
                });
    }

    void get(URI uri) {
        send(request(uri).GET().build());
    }

    void postForm(URI uri, String form) {
        send(request(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    void postJson(URI uri, String json, String bearerToken) {
        send(request(uri).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "BigBlueButton sandbox");
    }

    private void send(HttpRequest request) {
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "Sandbox callback {0} {1} failed: {2}",
                        new Object[] {request.method(), redacted(request.uri()), error.toString()});
            } else if (response.statusCode() >= 300) {
                LOG.log(Level.WARNING, "Sandbox callback {0} {1} answered HTTP {2}",
                        new Object[] {request.method(), redacted(request.uri()), response.statusCode()});
            }
        });
    }

    private static String redacted(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }
}
