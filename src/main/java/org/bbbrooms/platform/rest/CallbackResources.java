package org.bbbrooms.platform.rest;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Collects, while CDI scans the WAR, the classes marked {@link CallbackResource}: the resources that
 * {@link RestApplication} serves, and no others.
 */
public class CallbackResources implements Extension {

    private final Set<Class<?>> found = new CopyOnWriteArraySet<>();

    void found(@Observes @WithAnnotations(CallbackResource.class) ProcessAnnotatedType<?> type) {
        found.add(type.getAnnotatedType().getJavaClass());
    }

    public Set<Class<?>> classes() {
        return Set.copyOf(found);
    }
}
