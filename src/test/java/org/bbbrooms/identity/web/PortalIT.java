package org.bbbrooms.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bbbrooms.testing.Api;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.SignedIn;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The portal shell in headless Chromium, signed in as users of each test's own, in each role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

    @ArquillianResource
    URL base;

    private Server server;
    private TestCourse math;
    private Person admin;

    @BeforeEach
    void usersOfItsOwn() {
        server = Server.at(base);
        math = server.course("Mathematics");
        admin = server.user("ADMIN", "Ada Admin");
    }

    @Test
    void eachRoleSeesItsOwnMenu() {
        try (Browser browser = new Browser(base)) {
            browser.signInThroughForm(admin.username(), admin.password());
            assertEquals("Home", browser.title());
            assertTrue(browser.present(By.id("header:nav-admin-users")), "admins see the administration menu");
            browser.menu("nav-admin", "nav-admin-users");
            assertEquals("Users", browser.title());
            browser.signOut();

            browser.signInThroughForm(math.teacher().username(), math.teacher().password());
            assertTrue(browser.text(By.id("welcome")).contains(math.teacher().name()));
            assertTrue(browser.present(By.id("header:nav-courses")));
            assertFalse(browser.present(By.id("header:nav-admin")), "teachers have no administration menu");
            browser.openMenu("nav-user");
            assertEquals("Teacher", browser.text(By.cssSelector("#header\\:user-role .ui-menuitem-text")));
            browser.signOut();

            TestCourse physics = server.course("Physics");
            browser.signInThroughForm(math.student(1).username(), math.student(1).password());
            assertFalse(browser.present(By.id("header:nav-admin")), "students have no administration menu");
            browser.open("courses.xhtml");
            assertEquals("My courses", browser.title());
            assertTrue(browser.text(By.id("courses")).contains(math.title()));
            assertFalse(browser.text(By.id("courses")).contains(physics.title()), "the student is not in physics");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameClearMessage() {
        try (Browser browser = new Browser(base)) {
            browser.signInThroughForm(admin.username(), "not-the-password");
            String wrongPassword = browser.text(By.id("messages"));
            assertEquals("Wrong username or password.", wrongPassword);
            browser.signInThroughForm("nobody-" + UUID.randomUUID(), "whatever");
            assertEquals(wrongPassword, browser.text(By.id("messages")), "nothing tells which usernames exist");
            assertTrue(browser.present(By.id("login:username")), "still on the login form");
        }
    }

    @Test
    void guessingIsSlowedAlikeForKnownAndUnknownNames() {
        Person victim = math.student(4);
        String nobody = "nobody-" + UUID.randomUUID();
        for (String name : List.of(victim.username(), nobody)) {
            for (int i = 0; i < 3; i++) {
                assertTrue(SignedIn.attempt(base, name, "guess-" + i).contains("Wrong username or password."));
            }
            assertTrue(SignedIn.attempt(base, name, "guess-3")
                    .contains("Too many failed sign-ins. Wait 1 seconds before trying again."),
                    "the fourth failure blocks the name, known or not");
        }
    }

    @Test
    void tenFailuresLockTheAccountUntilAnAdminUnlocksIt() {
        Person victim = math.student(3);
        for (int i = 0; i < 10; i++) {
            server.advance(Duration.ofMinutes(1));
            String page = SignedIn.attempt(base, victim.username(), "guess-" + i);
            assertTrue(page.contains("Wrong username or password.") || page.contains("Too many failed sign-ins."),
                    "each wrong guess is answered");
        }
        server.advance(Duration.ofMinutes(1));
        String locked = SignedIn.attempt(base, victim.username(), victim.password());
        assertTrue(locked.contains("Too many failed sign-ins."), "the right password is refused while locked");
        assertTrue(locked.contains("id=\"login:username\""), "still on the login form");
        try (Browser admin = new Browser(base)) {
            admin.signInThroughForm("admin", "admin");
            admin.open("admin/user.xhtml?id=" + victim.id());
            assertTrue(admin.text(By.id("lockout")).contains("more minutes"), admin.text(By.id("lockout")));
            admin.click("lockout:unlock");
            admin.waitForText(By.id("messages"), "are unlocked");
        }
        SignedIn.as(base, victim.username(), victim.password());
    }

    @Test
    void aStudentIsDeniedTheAdminPagesEvenByTypingTheUrl() {
        try (Browser browser = new Browser(base)) {
            browser.signInThroughForm(math.student(2).username(), math.student(2).password());
            assertFalse(browser.present(By.id("header:nav-admin")));
            for (String page : new String[] {"admin/users.xhtml", "admin/courses.xhtml", "admin/import.xhtml",
                    "admin/extra.xhtml", "admin/api-clients.xhtml"}) {
                browser.open(page);
                assertEquals("Access denied", browser.title(), page);
                assertFalse(browser.driver().getPageSource().contains("Exception"), "no stack trace on " + page);
            }
            browser.open("course.xhtml?code=NOSUCH");
            assertEquals("Page not found", browser.title());
            browser.open(math.page());
            assertEquals(math.title(), browser.title(), "but the course they are enrolled in opens");
        }
    }

    @Test
    void anAnonymousVisitorGetsTheLoginFormThenTheRequestedPage() {
        try (Browser browser = new Browser(base)) {
            browser.open("");
            assertTrue(browser.present(By.id("login:username")), "/ shows the login form");
            browser.open("courses.xhtml");
            browser.type("login:username", math.student(4).username());
            browser.type("login:password", math.student(4).password());
            browser.click("login:submit");
            assertEquals("My courses", browser.title(), "back to the page asked for before signing in");
            browser.signOut();
            browser.open("courses.xhtml");
            assertTrue(browser.present(By.id("login:username")), "signed out for good");
        }
    }

    /** A login form left open until its session is gone (timed out, or the server restarted) still signs in. */
    @Test
    void aLoginFormWhoseSessionIsGoneStillSignsIn() {
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            browser.driver().manage().deleteAllCookies();
            browser.type("login:username", math.student(3).username());
            browser.type("login:password", math.student(3).password());
            browser.click("login:submit");
            assertEquals("Home", browser.title(), "signed in, not sent to the expired page");
        }
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheSwitch() {
        try (Browser browser = new Browser(base, "fr")) {
            browser.open("login.xhtml");
            assertEquals("Connexion", browser.title());
            browser.signInThroughForm(math.otherTeacher().username(), math.otherTeacher().password());
            assertEquals("Accueil", browser.title());
            browser.menu("nav-language", "lang-en");
            assertEquals("Home", browser.title());
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void anAdminCreatesAUserAndBeanValidationExplainsEachBadField() {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(base)) {
            browser.signInThroughForm(admin.username(), admin.password());
            browser.open("admin/user.xhtml");
            browser.type("user:username", "Bad Name!");
            browser.type("user:email", "not-an-email");
            browser.type("user:password", "short");
            browser.click("user:save");
            browser.waitForText(By.id("user"), "lower-case letters");
            String form = browser.text(By.id("user"));
            assertTrue(form.contains("Enter the name people will see."), form);
            assertTrue(form.contains("This is not a valid e-mail address."), form);

            browser.type("user:username", username);
            browser.type("user:displayName", "Newton Newcomer");
            browser.type("user:email", username + "@example.org");
            browser.type("user:password", "short");
            browser.click("user:save");
            browser.waitForText(By.id("messages"), "at least 8 characters");

            browser.type("user:password", "long enough password");
            browser.click("user:save");
            browser.waitForText(By.id("page-title"), "Users");
            browser.type("users:text", username);
            browser.click("users:search");
            browser.waitForText(By.id("users:table"), "Newton Newcomer");
            browser.signOut();
            browser.signInThroughForm(username, "long enough password");
            assertEquals("Home", browser.title(), "the new user can sign in");
        }
    }

    @Test
    void anAdminCreatesAnApiClientSeesItsTokenOnceAndRevokesIt() {
        String name = "Portal " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(base)) {
            browser.signInThroughForm(admin.username(), admin.password());
            browser.menu("nav-admin", "nav-admin-api-clients");
            browser.type("create:name", name);
            browser.driver().findElement(By.cssSelector("label[for='create:scopes:0']")).click();
            browser.click("create:create-client");
            String token = browser.text(By.id("token"));
            assertTrue(token.startsWith("bbr_"), token);
            Api api = Api.at(base, token);
            assertEquals(name, api.get("me").json().getString("name"), "the token shown is the client's");

            browser.open("admin/api-clients.xhtml");
            assertFalse(browser.present(By.id("token")), "the token is shown once only");
            By row = By.xpath("//tr[td[text()='" + name + "']]");
            assertFalse(browser.text(row).contains(token.substring(10)), "the list shows only the token's start");
            browser.driver().findElement(row).findElement(By.cssSelector("button[id$=':revoke']")).click();
            browser.click("clients:revoke-yes");
            browser.waitForText(row, "Revoked");
            assertEquals(401, api.get("me").status(), "a revoked token is refused at once");
        }
    }
}
