package org.bbbrooms.lti;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At start-up, makes the tool's first key when there is none (so that the JWKS a platform fetches at registration is
 * never empty) and seals stored private keys under the current {@code BBB_SECRET_KEY}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ToolKeysAtStart {

    @Inject
    ToolKeyStore store;

    @PostConstruct
    void prepare() {
        store.current();
        store.resealAll();
    }
}
