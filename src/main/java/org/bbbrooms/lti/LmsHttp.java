package org.bbbrooms.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * What every call of the tool to an LMS shares: a client that never follows redirects (an LMS's URLs answer where
 * the LMS said they are; a redirect could lead anywhere) and connects within a bound, and answers read only up to
 * a size, so that a wrong or hostile platform can neither send us elsewhere nor fill our memory.
 * <p>Use: {@code HttpClient http = LmsHttp.client(Duration.ofSeconds(5));
 * Optional<byte[]> body = LmsHttp.body(http.send(request, BodyHandlers.ofInputStream()), 64 * 1024);}
 */
public final class LmsHttp {

    private LmsHttp() {
    }

    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The answer's body, empty when it is longer than {@code maxBytes} (only one byte more is read). */
    public static Optional<byte[]> body(HttpResponse<InputStream> response, int maxBytes) throws IOException {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? Optional.empty() : Optional.of(body);
        }
    }
}
