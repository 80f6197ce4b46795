package org.bbbrooms.lti.registration;

import static org.bbbrooms.lti.registration.RegistrationRefusal.BAD_CONFIGURATION;
import static org.bbbrooms.lti.registration.RegistrationRefusal.UNREACHABLE;
import static org.bbbrooms.lti.registration.RegistrationRefusal.URL_NOT_ALLOWED;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.lti.LmsHttp;

/**
 * The two calls of dynamic registration to a platform that nobody vouched for yet (the caller of
 * {@code /lti/register} is anonymous), made with care: https only and never to a loopback, link-local or wildcard
 * address (unless {@code BBB_LTI_REGISTRATION_ALLOW_HTTP}), no redirects followed, 5 s to connect and 10 s to
 * answer, at most 64 KiB read, JSON or nothing. Neither is retried: the configuration is read again if the admin
 * retries, and the registration token works once.
 * <p>Use: {@code Map<String, Object> configuration = calls.get(url);}
 */
@ApplicationScoped
public class PlatformCalls {

    /** The most of an answer that is read. */
    static final int MAX_BYTES = 64 * 1024;
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(10);

    @Inject
    RegistrationSettings settings;

    private final HttpClient http = LmsHttp.client(CONNECT);

    /** The JSON object at this URL. */
    public Map<String, Object> get(URI url) {
        return json(send(HttpRequest.newBuilder(allowed(url)).header("Accept", "application/json").GET()), url, 200);
    }

    /** Posts the JSON object, with the bearer token if there is one, and reads the 200 or 201 JSON answer. */
    public Map<String, Object> post(URI url, Optional<String> bearer, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(allowed(url)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)));
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return json(send(request), url, 201);
    }

    /** The URL, if the tool may call it: https (or http when allowed), on a host that is not this machine's. */
    URI allowed(URI url) {
        boolean http = "http".equalsIgnoreCase(url.getScheme());
        if (url.getHost() == null || !(http || "https".equalsIgnoreCase(url.getScheme()))
                || url.getRawUserInfo() != null) {
            throw new RegistrationRefusedException(URL_NOT_ALLOWED, "not an absolute http(s) URL: " + url);
        }
        if (settings.allowHttp()) {
            return url;
        }
        if (http) {
            throw new RegistrationRefusedException(URL_NOT_ALLOWED, "plain http is refused: " + url);
        }
        try {
            if (Arrays.stream(InetAddress.getAllByName(url.getHost())).anyMatch(PlatformCalls::local)) {
                throw new RegistrationRefusedException(URL_NOT_ALLOWED, "a local address is refused: " + url);
            }
        } catch (UnknownHostException e) {
            throw new RegistrationRefusedException(UNREACHABLE, "unknown host " + url.getHost());
        }
        return url;
    }

    private static boolean local(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress();
    }

    private HttpResponse<InputStream> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(ANSWER).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new RegistrationRefusedException(UNREACHABLE, built.uri() + " could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationRefusedException(UNREACHABLE, "interrupted calling " + built.uri());
        }
    }

    private static Map<String, Object> json(HttpResponse<InputStream> response, URI url, int expected) {
        try {
            Optional<byte[]> body = LmsHttp.body(response, MAX_BYTES);
            int status = response.statusCode();
            if (status != expected && status != 200) {
                RegistrationRefusal why = expected == 201 ? RegistrationRefusal.PLATFORM_REFUSED : UNREACHABLE;
                throw new RegistrationRefusedException(why, url + " answered " + status);
            }
            return JSONObjectUtils.parse(new String(body.orElseThrow(() -> new RegistrationRefusedException(
                    BAD_CONFIGURATION, url + " answered more than 64 KiB")), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RegistrationRefusedException(UNREACHABLE, url + " broke off its answer: " + e);
        } catch (ParseException e) {
            throw new RegistrationRefusedException(BAD_CONFIGURATION, url + " did not answer a JSON object");
        }
    }
}
