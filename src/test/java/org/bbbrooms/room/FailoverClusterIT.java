package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.PayaraMicro;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.bbbrooms.testing.cluster.FacesVisitor;
import org.bbbrooms.testing.cluster.LoopbackBalancer;
import org.bbbrooms.testing.cluster.PortalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * (f) The node under a waiting student's page dies (kill -9): behind a load balancer without sticky sessions
 * ({@link LoopbackBalancer}), the page's push socket reaches the other node, which does not know its channel (Faces
 * keeps channel ids in the memory of the node that made them), so the page loads again from the live node, and the
 * student still joins by themselves when the teacher starts there. Run by {@code mvn -Pcluster-test verify}.
 */
class FailoverClusterIT {

    private static PortalCluster cluster;
    private static LoopbackBalancer balancer;
    private static PayaraMicro a;
    private static PayaraMicro b;

    @BeforeAll
    static void boot() {
        cluster = PortalCluster.start();
        a = cluster.node(0);
        b = cluster.node(1);
        balancer = LoopbackBalancer.to(a.base().getPort());
    }

    @AfterAll
    static void stop() {
        if (balancer != null) {
            balancer.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aWaitingStudentWhoseNodeDiedJoinsWhenTheTeacherStartsOnTheOther() throws Exception {
        TestCourse course = Server.at(b.base().toURL()).course("Failover");
        try (Browser browser = new Browser(balancer.url())) {
            browser.signIn(course.student(1).username(), course.student(1).password()).open(course.page());
            browser.waitFor(By.cssSelector("section[data-waiting='true']"));
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript("window.renderedByTheDeadNode = true;");

            a.kill();
            balancer.sendTo(b.base().getPort());
            Await.until(Duration.ofSeconds(60), () -> Boolean.TRUE.equals(page.executeScript(
                    "return window.renderedByTheDeadNode === undefined && document.readyState === 'complete'"
                            + " && document.querySelector(\"section[data-waiting='true']\") !== null;")),
                    "the page loaded again from the live node");

            FacesVisitor teacher = FacesVisitor.signIn(b, b, course.teacher().username(), course.teacher().password());
            teacher.press(b, teacher.open(b, course.page()), course.title(), "start");
            browser.waitFor(By.id("sandbox-conference"));
            assertEquals("VIEWER", browser.driver().findElement(By.id("sandbox-role")).getAttribute("data-role"),
                    "joined by themselves, through node B");
        }
    }
}
