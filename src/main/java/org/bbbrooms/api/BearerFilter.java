package org.bbbrooms.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The door of {@code /api/v1}: a valid {@code Authorization: Bearer} token (401 otherwise, with
 * {@code WWW-Authenticate}), the scope the method names with {@link RequiresScope} (403 otherwise; a method that
 * names none is refused, so nothing is open by omission), and the client's rate (429 with {@code Retry-After}).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo resource;

    @Inject
    ApiClientService clients;

    @Inject
    ApiCaller caller;

    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiClientRef> client = token(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(clients::authenticate);
        if (client.isEmpty()) {
            Response refusal = ProblemMapper.refusal(request, new ApiProblem(401, "api.token.invalid"));
            request.abortWith(Response.fromResponse(refusal)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bbb-rooms\"").build());
            return;
        }
        Optional<Scope[]> needed = requiredScopes(resource.getResourceMethod(), resource.getResourceClass());
        if (needed.isEmpty()) {
            request.abortWith(ProblemMapper.refusal(request, new ApiProblem(403, "api.scope.undeclared")));
            return;
        }
        if (needed.get().length > 0 && Arrays.stream(needed.get()).noneMatch(client.get()::has)) {
            request.abortWith(ProblemMapper.refusal(request, new ApiProblem(403, "api.scope.missing",
                    String.join(" | ", Arrays.stream(needed.get()).map(Scope::wireName).toList()))));
            return;
        }
        Optional<Duration> wait = limiter.acquire(client.get());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            Response refusal = ProblemMapper.refusal(request, new ApiProblem(429, "api.rate.exceeded", seconds));
            request.abortWith(Response.fromResponse(refusal).header(HttpHeaders.RETRY_AFTER, seconds).build());
            return;
        }
        caller.authenticated(client.get());
    }

    static Optional<String> token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip()).filter(t -> !t.isEmpty());
    }

    /** The method's scopes, else its class's; empty when neither declares any (or for an unmatched path). */
    static Optional<Scope[]> requiredScopes(Method method, Class<?> type) {
        if (method != null && method.isAnnotationPresent(RequiresScope.class)) {
            return Optional.of(method.getAnnotation(RequiresScope.class).value());
        }
        if (type != null && type.isAnnotationPresent(RequiresScope.class)) {
            return Optional.of(type.getAnnotation(RequiresScope.class).value());
        }
        return Optional.empty();
    }
}
