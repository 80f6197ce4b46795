package org.bbbrooms.testing.lti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The browser's part of an LTI launch, without a browser: the OIDC third-party-initiated login, the redirect to
 * the platform's authorization endpoint, and the form post of the id_token back to the tool, keeping the tool's
 * cookies across them as a browser would (every cookie, whatever its Secure and SameSite flags). Redirects are
 * not followed, so a test sees each answer.
 * <pre>{@code
 * LaunchFlow flow = emu.flow();
 * ToolResponse launched = flow.launch(emu.launch("s1", "c1", "room"));         // the tool's answer to the id_token
 * assertEquals(303, launched.status());
 * ToolResponse page = flow.get(launched.location());                          // follow it, cookies kept
 *
 * FormPost answer = flow.authorize(emu.launch("s1", "c1", "room"));           // stop before the last step
 * flow.post(answer);
 * assertEquals(401, flow.post(answer).status());                              // a replayed id_token
 * }</pre>
 */
public final class LaunchFlow {

    private final LtiPlatformEmulator emu;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    LaunchFlow(LtiPlatformEmulator emu) {
        this.emu = emu;
    }

    /** The whole launch: {@link #authorize} then {@link #post(FormPost)}; the tool's answer to the id_token. */
    public ToolResponse launch(Launch launch) {
        return post(authorize(launch));
    }

    /**
     * Starts the login at the tool (GET of {@link Launch#loginUrl()}, or a form POST for
     * {@link Launch#loginByPost()}), sends the authentication request the tool answers with (a redirect or a form)
     * to the platform, and returns the platform's form_post answer without posting it.
     */
    public FormPost authorize(Launch launch) {
        ToolResponse login = launch.byPost() ? post(launch.tool().initiateLoginUri(), launch.loginParameters())
                : get(launch.loginUrl());
        ToolResponse auth;
        if (login.location() != null) {
            auth = get(login.location());
        } else if (login.form() != null) {
            auth = post(login.form());
        } else {
            throw new AssertionError("The tool's login answered " + login.status() + " with neither a redirect nor "
                    + "a form: " + login.body());
        }
        if (!auth.url().startsWith(emu.authorizationEndpoint())) {
            throw new AssertionError("The tool's login sent the browser to " + auth.url() + ", not to the "
                    + "platform's authorization endpoint " + emu.authorizationEndpoint());
        }
        FormPost answer = auth.form();
        if (auth.status() != 200 || answer == null) {
            throw new AssertionError("The platform refused the authentication request (" + auth.status() + "): "
                    + auth.body());
        }
        return answer;
    }

    /** Posts (or gets) a form as a browser submits it, with the cookies kept so far. */
    public ToolResponse post(FormPost form) {
        if (form.method().equals("GET")) {
            String action = form.action();
            return get(action + (action.contains("?") ? "&" : "?") + Call.encode(form.fields()));
        }
        return post(form.action(), form.fields());
    }

    public ToolResponse get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    public ToolResponse post(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Call.encode(fields))), url);
    }

    /** The cookies kept so far, by name. */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private synchronized ToolResponse send(HttpRequest.Builder request, String url) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                for (HttpCookie cookie : HttpCookie.parse(header)) {
                    if (cookie.hasExpired() || cookie.getValue().isEmpty()) {
                        cookies.remove(cookie.getName());
                    } else {
                        cookies.put(cookie.getName(), cookie.getValue());
                    }
                }
            }
            return new ToolResponse(url, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
