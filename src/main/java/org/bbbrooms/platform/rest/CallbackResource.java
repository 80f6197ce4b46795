package org.bbbrooms.platform.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource of {@link RestApplication} (below {@code /api}, open to anonymous callers, so each
 * resource authenticates its caller itself, e.g. by the token in its URL). Features mark their own resources, and
 * the platform finds them ({@link CallbackResources}) without depending on the features.
 * <p>Use: {@code @CallbackResource @Path("callbacks/meetings/{token}") public class MeetingCallbackResource {...}}
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CallbackResource {
}
