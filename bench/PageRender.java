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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long portal pages take to render, and how many BBB calls they cost, measured from outside against a running
 * portal (mvn -Prun). Signs in once per simulated user, then renders a page many times.
 *
 * <pre>java bench/PageRender.java [base-url] [user] [page] [renders] [concurrency] [rooms-to-start]
 * java bench/PageRender.java http://localhost:8080/ teacher1 course.xhtml?code=MATH101 200 4 2</pre>
 * With rooms-to-start, the user first presses Start on that many room widgets of the page (as the browser would,
 * an Ajax POST, with the page's CSP nonce as PrimeFaces' script sends it) and follows each join link, so that those rooms are running while the page is measured.
 */
public class PageRender {

    private static final Pattern WIDGET = Pattern.compile(
            "<form id=\"([^\"]+:widget)\".*?name=\"room\" value=\"([^\"]+)\".*?</form>", Pattern.DOTALL);
    private static final Pattern START = Pattern.compile("id=\"([^\"]+:start)\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        String user = args.length > 1 ? args[1] : "teacher1";
        String page = args.length > 2 ? args[2] : "course.xhtml?code=MATH101";
        int renders = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int toStart = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        if (toStart > 0) {
            HttpClient starter = client();
            signIn(starter, base, user, user);
            for (int i = 0; i < toStart; i++) {
                startOne(starter, base, page);
            }
        }

        String statsBefore = get(client(), base + "sandbox/stats");
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int worker = 0; worker < concurrency; worker++) {
            int share = renders / concurrency;
            results.add(pool.submit(() -> renderAs(base, user, page, share)));
        }
        List<Long> millis = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            millis.addAll(result.get());
        }
        pool.shutdown();
        String statsAfter = get(client(), base + "sandbox/stats");
        Collections.sort(millis);
        System.out.printf("%d renders of %s as %s, %d at a time, in %.1f s%n", millis.size(), page, user, concurrency,
                (System.nanoTime() - began) / 1e9);
        System.out.printf("p50 %d ms, p95 %d ms, max %d ms%n", pct(millis, 50), pct(millis, 95),
                millis.get(millis.size() - 1));
        System.out.println("sandbox calls before: " + statsBefore);
        System.out.println("sandbox calls after:  " + statsAfter);
    }

    private static List<Long> renderAs(String base, String user, String page, int count) throws Exception {
        HttpClient http = client();
        signIn(http, base, user, user);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (response.statusCode() != 200) {
                System.out.println(page + " answered " + response.statusCode());
            }
        }
        return millis;
    }

    /** Presses Start on the first startable widget of the page and follows the join link into the conference. */
    private static void startOne(HttpClient http, String base, String page) throws Exception {
        String html = get(http, base + page);
        Matcher widget = WIDGET.matcher(html);
        while (widget.find()) {
            Matcher start = START.matcher(widget.group());
            if (start.find()) {
                Matcher state = VIEW_STATE.matcher(html);
                state.find();
                Matcher nonce = NONCE.matcher(html);
                nonce.find();
                String button = start.group(1);
                String form = widget.group(1);
                String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(button)
                        + "&jakarta.faces.partial.execute=" + enc(button) + "&jakarta.faces.partial.render=" + enc(form)
                        + "&" + enc(button) + "=" + enc(button) + "&" + enc(form) + "=" + enc(form)
                        + "&room=" + enc(widget.group(2)) + "&jakarta.faces.ViewState=" + enc(state.group(1))
                        + "&primefaces.nonce=" + enc(nonce.group(1));
                String answer = http.send(HttpRequest.newBuilder(URI.create(base + page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                Matcher redirect = REDIRECT.matcher(answer);
                if (!redirect.find()) {
                    throw new IllegalStateException("Start gave no join link: " + answer);
                }
                get(http, redirect.group(1).replace("&amp;", "&"));
                return;
            }
        }
        throw new IllegalStateException("no room to start on " + page);
    }

    private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
        String form = get(http, base + "login.xhtml");
        Matcher state = VIEW_STATE.matcher(form);
        if (!state.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        String body = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("X-Sandbox-Token", System.getenv().getOrDefault("BBB_SANDBOX_CONTROL_TOKEN", "")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
