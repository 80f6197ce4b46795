package org.bbbrooms.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR under test: the very archive that {@code mvn package} built (failsafe passes its path), so that
 * container tests deploy what users deploy.
 * <p>Use: {@code @Deployment(testable = false) static WebArchive war() { return Deployments.portal(); }}
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("bbb.war", "target/bbb-rooms.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with mvn verify, which packages it first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
