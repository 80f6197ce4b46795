package org.bbbrooms.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a resource method of {@code /api/v1} needs; on a class, the default of its methods. {@link BearerFilter}
 * refuses a method that has none, so an endpoint cannot be left open by forgetting it. {@code Scope} values are
 * alternatives: a client with any one of them passes; an empty list means any valid token.
 * <p>Use: {@code @GET @RequiresScope(Scope.READ) public ApiPage<UserBody> list(...)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
    Scope[] value();
}
