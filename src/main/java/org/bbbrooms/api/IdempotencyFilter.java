package org.bbbrooms.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Answers a retried {@link Idempotent} POST as the first one was: the first request with an {@code Idempotency-Key}
 * claims the key, its answer is stored, and later requests with the same key and body get that answer again (marked
 * {@code Idempotent-Replayed: true}) instead of creating a second thing. The same key with another body is refused
 * (422), and so is a retry while the first is still running (409). Server errors release the key.
 */
@Provider
@Idempotent
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Inject
    ApiCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return;
        }
        if (key.isBlank() || key.length() > 255) {
            request.abortWith(ProblemMapper.refusal(request, new ApiProblem(400, "api.idempotency.keyInvalid")));
            return;
        }
        String hash = hash(request);
        long client = caller.client().id();
        Optional<IdempotencyStore.Claim> earlier = store.existing(client, key, hash);
        if (earlier.isEmpty()) {
            try {
                request.setProperty(CLAIM, store.claim(client, key, hash).recordId());
                return;
            } catch (EJBException | PersistenceException lostRace) {
                earlier = store.existing(client, key, hash)
                        .or(() -> Optional.of(new IdempotencyStore.Refused(409, "api.idempotency.inProgress")));
            }
        }
        request.abortWith(answer(request, earlier.get()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Long claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release(claim);
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSON.toJson(entity);
        MediaType type = response.getMediaType();
        store.complete(claim, response.getStatus(), type == null ? null : type.toString(), body);
    }

    private static Response answer(ContainerRequestContext request, IdempotencyStore.Claim claim) {
        if (claim instanceof IdempotencyStore.Replay replay) {
            return Response.status(replay.status()).type(replay.contentType()).entity(replay.body())
                    .header("Idempotent-Replayed", "true").build();
        }
        IdempotencyStore.Refused refused = (IdempotencyStore.Refused) claim;
        return ProblemMapper.refusal(request, new ApiProblem(refused.status(), refused.key()));
    }

    /** The request's method, path and body, hashed: what makes a retry "the same request". */
    private static String hash(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getPath() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
