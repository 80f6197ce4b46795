package org.bbbrooms.lti.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.bbbrooms.lti.LmsHttp;

/**
 * One HTTP exchange with an LMS, bounded: it connects within the connect timeout, gives up on each attempt after
 * the request timeout, never follows redirects (a service URL answers where the platform said it is), and tries
 * again at most {@code retries} times, after {@code backoff}, then twice that, and so on, when the LMS failed
 * (5xx, timeout, connection refused); a 4xx is final at once. {@link #requireWeb} vets a URL before it is called.
 * <p>Use: {@code Answer answer = call.send(HttpRequest.newBuilder(uri).GET());} (the timeout is set here).
 */
public final class ServiceCall {

    /** What an LMS answered: its status, body and {@code Link} headers (for paging). */
    public record Answer(int status, String body, List<String> links) {
    }

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int retries;
    private final Duration backoff;

    public ServiceCall(Duration connectTimeout, Duration requestTimeout, int retries, Duration backoff) {
        this.client = LmsHttp.client(connectTimeout);
        this.requestTimeout = requestTimeout;
        this.retries = retries;
        this.backoff = backoff;
    }

    /** The longest a call may take, all its attempts and pauses included. */
    public Duration longest() {
        Duration pauses = backoff.multipliedBy((1L << Math.min(retries, 20)) - 1);
        return requestTimeout.multipliedBy(retries + 1L).plus(pauses);
    }

    /** The 2xx answer of the request; a {@link ServiceCallException} for anything else. */
    public Answer send(HttpRequest.Builder request) throws ServiceCallException {
        HttpRequest built = request.timeout(requestTimeout).build();
        ServiceCallException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                pause(backoff.multipliedBy(1L << (attempt - 1)));
            }
            try {
                HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Answer(status, response.body(), response.headers().allValues("Link"));
                }
                last = new ServiceCallException(status, built.method() + " " + where(built.uri()) + " answered "
                        + status);
                if (status < 500) {
                    throw last;
                }
            } catch (IOException e) {
                last = new ServiceCallException(0, built.method() + " " + where(built.uri()) + " failed: "
                        + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceCallException(0, "interrupted while calling " + where(built.uri()));
            }
        }
        throw last;
    }

    /** Refuses URLs that are not http(s) with a host: a service URL comes from a launch, and we call it. */
    public static void requireWeb(URI uri) throws ServiceCallException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ServiceCallException(0, "not a web URL: " + uri.getScheme() + ":…");
        }
    }

    /** The URL without its query, which may carry ids the log need not keep. */
    private static String where(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    private static void pause(Duration pause) throws ServiceCallException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException(0, "interrupted between retries");
        }
    }
}
