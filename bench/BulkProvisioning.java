import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How long one all-or-nothing bulk provisioning request takes, measured from outside against a running portal
 * (mvn -Prun): users, one enrollment each spread over a few courses, posted to /api/v1/bulk, then the same request
 * again (every row unchanged). Needs the token of an API client with the provision scope (Administration › API
 * clients).
 *
 * <pre>java bench/BulkProvisioning.java [base-url] [token] [users] [courses]
 * java bench/BulkProvisioning.java http://localhost:8080/ bbr_... 10000 20</pre>
 */
public class BulkProvisioning {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        String token = args.length > 1 ? args[1] : System.getenv("BBB_API_TOKEN");
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int courses = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        if (token == null) {
            throw new IllegalArgumentException("give an API token with the provision scope, or set BBB_API_TOKEN");
        }
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"courses\":[" + IntStream.range(0, courses)
                .mapToObj(c -> "{\"externalId\":\"bench-" + tag + "-c" + c + "\",\"code\":\"BENCH"
                        + tag.toUpperCase() + c + "\",\"title\":\"Bench course " + c + "\"}")
                .collect(Collectors.joining(","))
                + "],\"users\":[" + IntStream.range(0, users).mapToObj(u -> "{\"externalId\":\"bench-" + tag + "-u" + u
                + "\",\"username\":\"bench" + tag + "u" + u + "\",\"displayName\":\"Bench user " + u
                + "\",\"email\":\"bench" + u + "@example.org\",\"role\":\"student\"}").collect(Collectors.joining(","))
                + "],\"enrollments\":[" + IntStream.range(0, users).mapToObj(u -> "{\"course\":\"bench-" + tag + "-c"
                + (u % courses) + "\",\"user\":\"bench-" + tag + "-u" + u + "\",\"role\":\"student\"}")
                .collect(Collectors.joining(",")) + "]}";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%d users, %d enrollments, %d courses, %d KB of JSON%n", users, users, courses,
                body.length() / 1024);
        for (String run : new String[] {"first (all created)", "repeat (all unchanged)"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/bulk"))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%-24s %6d ms  HTTP %d  %s%n", run, millis, answer.statusCode(),
                    answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body());
        }
    }
}
