package org.bbbrooms.platform.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The portal's JAX-RS application, below {@code /api}: BBB's callbacks, which authenticate by the token in their
 * URL (web.xml leaves {@code /api/*} open to anonymous callers). It serves only the classes marked
 * {@link CallbackResource}, so that nothing else in the WAR (the sandbox is a servlet, the API has its own
 * application) becomes an endpoint here by accident.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return CDI.current().select(CallbackResources.class).get().classes();
    }
}
