package org.bbbrooms.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that creates something as safe to retry with an {@code Idempotency-Key} header: the first answer is
 * kept for 24 hours and replayed to every retry with the same key and body ({@link IdempotencyFilter}).
 * <p>Use: {@code @POST @Idempotent @RequiresScope(Scope.ROOMS) public Response create(...)}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
}
