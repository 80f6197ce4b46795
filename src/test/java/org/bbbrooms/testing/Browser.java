package org.bbbrooms.testing;

import java.io.File;
import java.net.HttpCookie;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, pointed at /usr/bin/chromium and /usr/bin/chromedriver so that it
 * never downloads anything, plus the few steps every portal test repeats (sign in, open a page, read text).
 * Closing a browser cleans it and keeps it for the next test of the JVM, which gets it as new; it fails the test
 * when the console reported a Content-Security-Policy violation on any page the test visited.
 * <p>Use: {@code try (Browser browser = new Browser(baseUrl)) { browser.signIn("admin", "admin"); ... }}
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** How often a wait looks again: Selenium's default, half a second, would add that much to most steps. */
    private static final Duration POLL = Duration.ofMillis(50);

    /** Browsers of finished tests, per language, cleaned and ready: launching Chromium costs more than a test step. */
    private static final Map<String, Queue<ChromeDriver>> IDLE = new ConcurrentHashMap<>();

    private final URL url;
    private final String base;
    private final String language;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser(URL base) {
        this(base, "en");
    }

    public Browser(URL base, String language) {
        this.url = base;
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.language = language;
        this.driver = Optional.ofNullable(idle(language).poll()).orElseGet(() -> launch(language));
        this.wait = waiting(driver, WAIT);
        console();
    }

    /**
     * A wait of at most {@code max} that looks every 50 ms: use it for every wait on a page. A look that a navigation
     * cut off (Chromium answers "aborted by navigation" when the page leaves during it, as a Join's redirect does) is
     * looked at again rather than failed.
     */
    public static WebDriverWait waiting(WebDriver driver, Duration max) {
        return new WebDriverWait(driver, max, POLL) {
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.<V>until(page -> {
                    try {
                        return condition.apply(page);
                    } catch (WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
    }

    private static Queue<ChromeDriver> idle(String language) {
        return IDLE.computeIfAbsent(language, any -> new ConcurrentLinkedQueue<>());
    }

    private static ChromeDriver launch(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("bbb.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=" + language, "--disable-extensions", "--mute-audio",
                "--disable-features=site-per-process,IsolateOrigins,Translate,OptimizationHints,MediaRouter,"
                        + "AutofillServerCommunication",
                "--disable-site-isolation-trials", "--renderer-process-limit=2", "--blink-settings=imagesEnabled=false",
                "--force-prefers-reduced-motion", "--disable-smooth-scrolling", "--disable-breakpad",
                "--disable-default-apps", "--disable-client-side-phishing-detection");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("bbb.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    /**
     * Signs in as the login form does, over HTTP ({@link SignedIn}), hands the session's cookies to the browser and
     * opens the home page, where the form would have led. Tests of the form itself use {@link #signInThroughForm}.
     */
    public Browser signIn(String username, String password) {
        return signIn(username, password, "");
    }

    /**
     * Signs in as {@link #signIn(String, String)} does, but opens {@code path} instead of the home page: where the
     * login form leads a user who asked for that page first, without loading the home page for nothing.
     */
    public Browser signIn(String username, String password, String path) {
        for (HttpCookie cookie : SignedIn.session(url, username, password, language)) {
            driver.executeCdpCommand("Network.setCookie", Map.of("name", cookie.getName(), "value",
                    cookie.getValue(), "url", base, "path", Optional.ofNullable(cookie.getPath()).orElse("/"),
                    "httpOnly", cookie.isHttpOnly()));
        }
        open(path);
        wait.until(loaded -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /** Signs in through the login form and waits for its answer, so that the next page never cuts the login off. */
    public Browser signInThroughForm(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.id("login:submit")));
        submit.click();
        wait.until(page -> gone(submit));
        wait.until(loaded -> "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /** Signs out from the header's menu; when the login page does not come, says what the browser shows instead. */
    public Browser signOut() {
        menu("nav-user", "sign-out");
        try {
            waitFor(By.id("logged-out"));
        } catch (TimeoutException e) {
            String text = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Signing out did not reach the login page; the browser shows "
                    + driver.getCurrentUrl() + " \"" + driver.getTitle() + "\": "
                    + text.substring(0, Math.min(text.length(), 500)), e);
        }
        return this;
    }

    /** Opens a submenu of the header's menu bar and clicks one of its items, as a user would. */
    public void menu(String submenuId, String itemId) {
        By item = By.id("header:" + itemId);
        if (!wait.until(ExpectedConditions.presenceOfElementLocated(item)).isDisplayed()) {
            openMenu(submenuId);
        }
        click("header:" + itemId);
    }

    public void openMenu(String submenuId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#header\\:" + submenuId + " > a"))).click();
    }

    public void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * Whether the page replaced the element: Selenium's {@code stalenessOf} misses Chromium's other way of saying so
     * while a navigation commits ("Node with given id does not belong to the document").
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (replaced(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean replaced(WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /**
     * The visible text of an element, read again when the page replaced the element between finding and reading it
     * (a navigation that commits in between: Chromium then says the node "does not belong to the document").
     */
    public String text(By locator) {
        return wait.until(page -> {
            try {
                WebElement element = page.findElement(locator);
                return element.isDisplayed() ? element.getText() : null;
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return null;
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    public String title() {
        return text(By.id("page-title"));
    }

    public boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length() - 1);
    }

    /**
     * What the console said since the last call, warnings and errors only: script errors, resources that failed to
     * load, Content-Security-Policy violations ("Refused to ... because it violates the following Content Security
     * Policy directive ...").
     */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage)
                .toList();
    }

    /** The console's messages since the last call that report a Content-Security-Policy violation. */
    public List<String> cspViolations() {
        return console().stream().filter(Browser::isCspViolation).toList();
    }

    public static boolean isCspViolation(String message) {
        return message.contains("Content Security Policy");
    }

    /**
     * Hands the browser on to the next test as a new one: one tab, no cookies (so no session), a blank page. A
     * browser that cannot be cleaned is quit instead. Then fails if a page broke the Content-Security-Policy.
     */
    @Override
    public void close() {
        List<String> violations = List.of();
        try {
            violations = cspViolations();
            String first = driver.getWindowHandles().iterator().next();
            for (String tab : driver.getWindowHandles()) {
                if (!tab.equals(first)) {
                    driver.switchTo().window(tab).close();
                }
            }
            driver.switchTo().window(first);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.get("about:blank");
            idle(language).add(driver);
        } catch (WebDriverException e) {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The pages broke the Content-Security-Policy: " + violations);
        }
    }
}
