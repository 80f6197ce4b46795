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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of signed-in users browsing a course page (PageRender's request mix) against groups of portal nodes
 * behind a round-robin client without sticky sessions: every request, sign-in included, goes to the next node of
 * the group, so that each session is used on every node in turn. Each phase is one group of nodes: typically one
 * clustered node (sessions replicated in the data grid), the same node with a second one, and a node started with
 * --nocluster (sessions in its memory alone). The phases run one after the other against nodes already running,
 * each with fresh sessions and a warm-up that is not counted; the program prints requests/s, p50 and p95 of each
 * phase, and its ratio of requests/s to the first phase.
 *
 * <pre>java bench/ClusterThroughput.java user page seconds workers rooms-to-start sandbox-url phase...
 * java bench/ClusterThroughput.java teacher1 'course.xhtml?code=MATH101' 30 4 3 http://127.0.0.1:8090/ \
 *     one=http://127.0.0.1:8081/ nocluster=http://127.0.0.1:8083/ two=http://127.0.0.1:8081/,http://127.0.0.1:8082/</pre>
 * bench/cluster-nodes.sh starts such nodes (bench/README.md, ClusterThroughput).
 * A phase is {@code name=url[,url...]}. With rooms-to-start, the user first presses Start on that many room widgets of
 * the page through the first phase's first node (rooms already running are left as they are), so that the page shows
 * running rooms. The sandbox's call counts (BBB_SANDBOX_CONTROL_TOKEN from the environment) are printed per phase:
 * the getMeetingInfo calls of all the phase's renders. A response that is not the signed-in page (the login form:
 * a session lost between nodes) counts as an error, as does any status but 200.
 * <p>On a machine shared with other work, requests/s say how much CPU the nodes were given as much as what they
 * need. With {@code BENCH_PIDS} (the nodes' process ids, space-separated, on this machine), each phase also prints
 * the CPU time those processes spent in its measured window per request, from /proc (Linux): the cost of a request,
 * whatever else ran.
 */
public class ClusterThroughput {

    private static final Pattern WIDGET = Pattern.compile(
            "<form id=\"([^\"]+:widget)\".*?name=\"room\" value=\"([^\"]+)\".*?</form>", Pattern.DOTALL);
    private static final Pattern START = Pattern.compile("id=\"([^\"]+:start)\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern GET_MEETING_INFO = Pattern.compile("\"getMeetingInfo\":(\\d+)");
    private static final Duration WARM_UP = Duration.ofSeconds(15);

    record Phase(String name, List<String> nodes) {
    }

    record Result(Phase phase, int requests, int errors, double seconds, long p50, long p95, long calls,
            double cpuSeconds) {
        double perSecond() {
            return requests / seconds;
        }

        double cpuMillisPerRequest() {
            return cpuSeconds * 1000 / requests;
        }
    }

    public static void main(String[] args) throws Exception {
        String user = args[0];
        String page = args[1];
        int seconds = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        int toStart = Integer.parseInt(args[4]);
        String sandbox = args[5];
        List<Phase> phases = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            String[] phase = args[i].split("=", 2);
            phases.add(new Phase(phase[0], List.of(phase[1].split(","))));
        }
        if (toStart > 0) {
            HttpClient starter = client();
            String node = phases.get(0).nodes().get(0);
            signIn(starter, List.of(node), new AtomicLong(), user);
            for (int i = 0; i < toStart; i++) {
                startOne(starter, node, page);
            }
        }

        List<Result> results = new ArrayList<>();
        for (Phase phase : phases) {
            Result result = run(phase, user, page, seconds, workers, sandbox);
            results.add(result);
            System.out.printf("%-10s %d node(s): %d requests in %.1f s, %.1f requests/s, p50 %d ms, p95 %d ms, "
                    + "%d errors, %d getMeetingInfo, %.1f ms CPU a request%n", phase.name(), phase.nodes().size(),
                    result.requests(), result.seconds(), result.perSecond(), result.p50(), result.p95(),
                    result.errors(), result.calls(), result.cpuMillisPerRequest());
        }
        Result first = results.get(0);
        System.out.println();
        System.out.println("| phase | nodes | requests | requests/s | p50 | p95 | errors | getMeetingInfo | ratio to "
                + first.phase().name() + " | CPU a request |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %d | %.1f | %d ms | %d ms | %d | %d | %.2f | %.1f ms |%n", r.phase().name(),
                    r.phase().nodes().size(), r.requests(), r.perSecond(), r.p50(), r.p95(), r.errors(), r.calls(),
                    r.perSecond() / first.perSecond(), r.cpuMillisPerRequest());
        }
    }

    /** Signs the workers in through the phase's nodes, warms up, then counts every request for {@code seconds}. */
    private static Result run(Phase phase, String user, String page, int seconds, int workers, String sandbox)
            throws Exception {
        AtomicLong next = new AtomicLong();
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            HttpClient http = client();
            signIn(http, phase.nodes(), next, user);
            sessions.add(http);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long warmEnd = System.nanoTime() + WARM_UP.toNanos();
        List<Future<List<Long>>> warming = new ArrayList<>();
        for (HttpClient http : sessions) {
            warming.add(pool.submit(() -> browse(http, phase.nodes(), next, page, warmEnd)));
        }
        for (Future<List<Long>> w : warming) {
            w.get();
        }
        long callsBefore = getMeetingInfo(sandbox);
        double cpuBefore = cpuSeconds();
        long began = System.nanoTime();
        long end = began + Duration.ofSeconds(seconds).toNanos();
        List<Future<List<Long>>> measured = new ArrayList<>();
        for (HttpClient http : sessions) {
            measured.add(pool.submit(() -> browse(http, phase.nodes(), next, page, end)));
        }
        List<Long> millis = new ArrayList<>();
        int errors = 0;
        for (Future<List<Long>> m : measured) {
            for (long t : m.get()) {
                if (t < 0) {
                    errors++;
                } else {
                    millis.add(t);
                }
            }
        }
        double wall = (System.nanoTime() - began) / 1e9;
        double cpu = cpuSeconds() - cpuBefore;
        pool.shutdown();
        long calls = getMeetingInfo(sandbox) - callsBefore;
        Collections.sort(millis);
        return new Result(phase, millis.size(), errors, wall, pct(millis, 50), pct(millis, 95), calls, cpu);
    }

    /** The CPU time (user and system) of the processes in BENCH_PIDS so far, from /proc/PID/stat; 0 without them. */
    private static double cpuSeconds() throws Exception {
        double seconds = 0;
        for (String pid : System.getenv().getOrDefault("BENCH_PIDS", "").trim().split("\\s+")) {
            if (!pid.isEmpty()) {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime; USER_HZ
            }
        }
        return seconds;
    }

    /** Renders the page until {@code end}, each request on the next node; an error is recorded as -1. */
    private static List<Long> browse(HttpClient http, List<String> nodes, AtomicLong next, String page, long end)
            throws Exception {
        List<Long> millis = new ArrayList<>();
        while (System.nanoTime() < end) {
            String node = nodes.get((int) (next.getAndIncrement() % nodes.size()));
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1_000_000;
            boolean signedIn = response.statusCode() == 200 && WIDGET.matcher(response.body()).find();
            if (!signedIn && millis.stream().filter(t -> t < 0).count() < 3) {
                System.out.println(node + page + " answered " + response.statusCode() + " without the room widgets");
            }
            millis.add(signedIn ? took : -1);
        }
        return millis;
    }

    /** The login form from one node and its POST to the next, as a round-robin balancer sends them. */
    private static void signIn(HttpClient http, List<String> nodes, AtomicLong next, String user) throws Exception {
        String formNode = nodes.get((int) (next.getAndIncrement() % nodes.size()));
        String postNode = nodes.get((int) (next.getAndIncrement() % nodes.size()));
        String form = get(http, formNode + "login.xhtml");
        Matcher state = VIEW_STATE.matcher(form);
        if (!state.find()) {
            throw new IllegalStateException("no login form at " + formNode);
        }
        String body = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(user)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(postNode + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.body().contains("login:password")) {
            throw new IllegalStateException("the sign-in posted to " + postNode + " gave the login form again");
        }
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
        System.out.println("no room left to start on " + page + " (already running)");
    }

    private static long getMeetingInfo(String sandbox) throws Exception {
        Matcher count = GET_MEETING_INFO.matcher(get(client(), sandbox + "sandbox/stats"));
        return count.find() ? Long.parseLong(count.group(1)) : 0;
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
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
