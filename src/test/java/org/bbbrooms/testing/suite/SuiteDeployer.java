package org.bbbrooms.testing.suite;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeClass;

/**
 * Shares one deployment between test classes. Arquillian generates, deploys and undeploys a class's deployment
 * around each class; this observer instead generates and deploys {@link SuiteDeployment} before the first class,
 * hands the same scenario to every later class, swallows their generate, deploy and undeploy events, and undeploys
 * once when the container stops (at the end of the JVM's tests). Test classes have no {@code @Deployment} of their
 * own: the tests that need servers of their own boot them (testing/PayaraMicro).
 */
public class SuiteDeployer {

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    private Event<GenerateDeployment> generate;

    @Inject
    private Event<DeployManagedDeployments> deploy;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private DeploymentScenario suite;
    /** True while this observer itself drives Arquillian. */
    private boolean passThrough;

    public void beforeClass(@Observes EventContext<BeforeClass> context) {
        if (suite == null) {
            suite = inSuiteScope(() -> {
                generate.fire(new GenerateDeployment(new TestClass(SuiteDeployment.class)));
                deploy.fire(new DeployManagedDeployments());
            });
        }
        scenario.set(suite);
        context.proceed();
    }

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        if (passThrough) {
            context.proceed();
        }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (passThrough) {
            context.proceed();
        }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (passThrough) {
            context.proceed();
        }
    }

    public void stop(@Observes BeforeStop event) {
        if (suite != null) {
            DeploymentScenario deployed = suite;
            suite = null;
            inSuiteScope(() -> {
                scenario.set(deployed);
                undeploy.fire(new UnDeployManagedDeployments());
            });
        }
    }

    private DeploymentScenario inSuiteScope(Runnable work) {
        boolean was = passThrough;
        passThrough = true;
        classContext.get().activate(SuiteDeployment.class);
        try {
            work.run();
            return scenario.get();
        } finally {
            classContext.get().deactivate();
            passThrough = was;
        }
    }
}
