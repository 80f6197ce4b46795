package org.bbbrooms.lti;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At start-up, seals stored private keys under the current {@code BBB_SECRET_KEY}. The tool's first key is not made
 * here: {@link ToolKeys} makes it on first use (the JWKS a platform fetches at registration, a launch's signature),
 * so that a boot does not spend a 2048-bit RSA generation that most starts of a running portal never need.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ToolKeysAtStart {

    @Inject
    ToolKeyStore store;

    @PostConstruct
    void prepare() {
        store.resealAll();
    }
}
