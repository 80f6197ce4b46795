import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real users browsing while an attacker guesses passwords: {@code rate} wrong passwords per second for {@code seconds}
 * (sent on schedule whatever the answers take, half against {@code admin}, half against made-up names, from one
 * address in one session, the login form and its CSP nonce fetched once as a script would), while {@code users} sessions of the
 * demo accounts of MATH101, signed in beforehand, each open a page, wait a second, and open the next. Prints the real users' page
 * times (the goal: p95 under 1 s) and what the attempts were answered.
 *
 * The real users reach the portal at {@code users-base-url}: another address of the same machine (its network address
 * rather than 127.0.0.1) makes them come from another client address than the attacker, as they would.
 *
 * <pre>java bench/LoginAttack.java [base-url] [rate] [seconds] [users] [users-base-url]
 * java bench/LoginAttack.java http://127.0.0.1:8080/ 50 60 20 http://192.0.2.2:8080/</pre>
 */
public class LoginAttack {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The demo accounts of MATH101, whose pages they all may open. */
    private static final List<String> ACCOUNTS = List.of("teacher1", "student1", "student2", "student3", "student4");
    private static final List<String> PAGES = List.of("", "courses.xhtml", "course.xhtml?code=MATH101",
            "profile.xhtml");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String usersBase = args.length > 4 ? args[4] : base;

        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String account = ACCOUNTS.get(i % ACCOUNTS.size());
            sessions.add(signIn(usersBase, account));
        }
        long began = System.nanoTime();
        long end = began + Duration.ofSeconds(seconds).toNanos();
        ExecutorService browsing = Executors.newFixedThreadPool(users);
        List<Future<List<Long>>> pages = new ArrayList<>();
        for (HttpClient session : sessions) {
            pages.add(browsing.submit(() -> browse(session, usersBase, end)));
        }
        Map<String, LongAdder> answers = attack(base, rate, began, end);
        List<Long> millis = new ArrayList<>();
        for (Future<List<Long>> user : pages) {
            millis.addAll(user.get());
        }
        browsing.shutdown();
        Collections.sort(millis);
        System.out.printf("%d wrong passwords at %d/s for %d s, %d users browsing%n", rate * seconds, rate, seconds,
                users);
        System.out.printf("real users: %d pages, p50 %d ms, p95 %d ms, max %d ms%n", millis.size(), pct(millis, 50),
                pct(millis, 95), millis.get(millis.size() - 1));
        Map<String, Long> sorted = new TreeMap<>();
        answers.forEach((answer, n) -> sorted.put(answer, n.sum()));
        System.out.println("attempts answered: " + sorted);
    }

    /** One user's page times: a page, a second's reading, the next page, until the attack ends. */
    private static List<Long> browse(HttpClient session, String base, long end) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; System.nanoTime() < end; i++) {
            long start = System.nanoTime();
            URI uri = URI.create(base + PAGES.get(i % PAGES.size()));
            try {
                HttpResponse<String> page = session.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .build(), HttpResponse.BodyHandlers.ofString());
                millis.add((System.nanoTime() - start) / 1_000_000);
                if (page.statusCode() != 200 || page.body().contains("id=\"login:username\"")) {
                    System.out.println("a real user got " + page.statusCode() + " on " + uri);
                }
            } catch (IOException e) {
                System.out.println("a real user got no page at " + uri + ": " + e);
            }
            Thread.sleep(1000);
        }
        return millis;
    }

    /** Sends the wrong passwords on schedule; counts the answers by status and what the page says. */
    private static Map<String, LongAdder> attack(String base, int rate, long began, long end) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(form);
        Matcher nonce = NONCE.matcher(form);
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        long gap = 1_000_000_000L / rate;
        for (long at = began, n = 0; at < end; at += gap, n++) {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String name = n % 2 == 0 ? "admin" : "nobody" + n;
            String body = "login=login&login%3Ausername=" + enc(name) + "&login%3Apassword=" + enc("guess" + n)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1))
                    + "&primefaces.nonce=" + enc(nonce.group(1));
            long start = System.nanoTime();
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        String answer = failure != null ? failure.getClass().getSimpleName()
                                : response.statusCode() + (response.statusCode() == 200 ? "" : " (not the form)");
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        answers.computeIfAbsent(answer + (ms > 1000 ? ", over 1 s" : ""), a -> new LongAdder())
                                .increment();
                        return null;
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return answers;
    }

    private static HttpClient signIn(String base, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Matcher state = VIEW_STATE.matcher(http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!state.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        String body = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(user)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        String home = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
        if (!home.contains("id=\"welcome\"")) {
            throw new IllegalStateException("could not sign in as " + user);
        }
        return http;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
