package org.bbbrooms.testing.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bbbrooms.settings.SuiteSettings;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Deployments;
import org.bbbrooms.testing.SandboxControls;
import org.bbbrooms.testing.SlideFiles;
import org.bbbrooms.testing.server.SuiteClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every container and browser test shares ({@link SuiteDeployer}): the WAR that users deploy, plus
 * what the tests need inside the server and nothing else — the in-container test classes, the test support of
 * {@code org.bbbrooms.testing.server} and below (a clock tests move, data fixtures, the sandbox's knobs), and
 * Arquillian's test runner URL opened to anonymous callers, as the portal requires a sign-in everywhere else.
 */
public final class SuiteDeployment {

    private static final String RUNNER = "/ArquillianServletRunnerEE9";
    private static final String OPEN = "<url-pattern>/api/*</url-pattern>";

    private SuiteDeployment() {
    }

    @Deployment
    static WebArchive suite() {
        WebArchive war = Deployments.portal().addPackages(true, SuiteClock.class.getPackage())
                .addClasses(SuiteSettings.class, Await.class, SandboxControls.class, SlideFiles.class);
        inContainerTestClasses().forEach(war::addClass);
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!webXml.contains(OPEN)) {
                throw new IllegalStateException("web.xml no longer lists " + OPEN + " as public: adapt SuiteDeployment");
            }
            war.delete("WEB-INF/web.xml");
            return war.setWebXML(new StringAsset(webXml.replace(OPEN, OPEN + "<url-pattern>" + RUNNER + "</url-pattern>")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test classes (*IT) with tests that run inside the server: those not marked {@code @RunAsClient} as a
     * whole, and not the cluster's (*ClusterIT, which start servers of their own). The others stay out, as the
     * server cannot load what they use (Selenium, JDBC drivers).
     */
    private static List<Class<?>> inContainerTestClasses() {
        try {
            Path root = Path.of(SuiteDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize).map(Path::toString).filter(name -> name.endsWith("IT.class") && !name.endsWith("ClusterIT.class"))
                        .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                        .filter(test -> !test.isAnnotationPresent(RunAsClient.class)).toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the test classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuiteDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
