package org.bbbrooms.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At start-up, seals the stored shared secret under the current key (one saved in clear text before encryption, or
 * under a retired key after a rotation), and stops the deployment with what to do when a secret is stored but
 * {@code BBB_SECRET_KEY} is not set: better a clear refusal to start than a portal that cannot reach BBB.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SecretsAtRest {

    @Inject
    SettingsStore store;

    @PostConstruct
    void seal() {
        store.resealStoredSecrets();
    }
}
