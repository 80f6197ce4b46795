package org.bbbrooms.lti.services;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.bbbrooms.lti.LtiPlatform;

/**
 * Calls an LMS's service with a bearer token of the scope it needs ({@link ServiceTokens}), within the timeouts and
 * retries of {@link ServiceSettings} ({@link ServiceCall}). A 401 means the LMS no longer takes the cached token:
 * it is dropped and the call made once more with a new one.
 * <p>Use: {@code Answer page = calls.get(platform, url, MEDIA_TYPE, Scopes.NRPS);}
 */
@ApplicationScoped
public class ServiceCalls {

    private static final Duration BACKOFF = Duration.ofMillis(200);

    @Inject
    ServiceSettings settings;

    @Inject
    ServiceTokens tokens;

    private ServiceCall call;

    @PostConstruct
    void start() {
        call = new ServiceCall(settings.connectTimeout(), settings.requestTimeout(), settings.retries(), BACKOFF);
    }

    /** The bare call, for the token endpoint. */
    ServiceCall call() {
        return call;
    }

    public ServiceCall.Answer get(LtiPlatform platform, URI url, String accept, String scope)
            throws ServiceCallException {
        ServiceCall.requireWeb(url);
        return authorized(platform, scope, HttpRequest.newBuilder(url).header("Accept", accept).GET());
    }

    public ServiceCall.Answer post(LtiPlatform platform, URI url, String contentType, String body, String scope)
            throws ServiceCallException {
        ServiceCall.requireWeb(url);
        return authorized(platform, scope, HttpRequest.newBuilder(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private ServiceCall.Answer authorized(LtiPlatform platform, String scope, HttpRequest.Builder request)
            throws ServiceCallException {
        try {
            return call.send(request.copy().header("Authorization", "Bearer " + tokens.token(platform, scope)));
        } catch (ServiceCallException e) {
            if (e.status() != 401) {
                throw e;
            }
            tokens.forget(platform, scope);
            return call.send(request.copy().header("Authorization", "Bearer " + tokens.token(platform, scope)));
        }
    }
}
