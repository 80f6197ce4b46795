package org.bbbrooms.testing.suite;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link SuiteDeployer}: one Payara Micro, booted once with {@link SuiteDeployment}, for every container
 * and browser test class of the JVM, instead of one boot per class.
 * <p>Use: nothing to do; it is listed in {@code META-INF/services}. Every Arquillian test class runs on the suite's
 * server.
 */
public class SuiteExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployer.class);
    }
}
