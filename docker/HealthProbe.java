import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The image's HEALTHCHECK: exits 0 when the URL answers 200 within 5 s, 1 otherwise. In Java because the Payara image
 * promises a JDK, not curl or wget.
 * <p>Use: {@code java -cp /opt/payara/probe HealthProbe http://localhost:8080/health/ready}
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println(args[0] + ": " + e);
            System.exit(1);
        }
    }
}
