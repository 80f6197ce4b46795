package org.bbbrooms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client signed in through the login form, posted as PrimeFaces posts it (with the page's CSP nonce):
 * it keeps the session cookie and follows redirects. One request at a time: Payara 6.2025.10 answers 403, now and
 * then, to concurrent requests of signed-in users (payara/Payara#6145, fixed by #7928).
 * <p>Use: {@code HttpClient teacher = SignedIn.as(base, math.teacher().username(), math.teacher().password());}
 */
public final class SignedIn {

    /** The page's CSP nonce, which PrimeFaces' script adds to every form it posts; without it a postback is refused. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private SignedIn() {
    }

    public static HttpClient as(URL base, String username, String password) {
        return as(base, username, password, new CookieManager(), "en");
    }

    /**
     * The cookies of a session signed in with a browser's language, for a browser to take over: its own page loads of
     * the login form would only repeat what this tests already does elsewhere.
     */
    public static List<HttpCookie> session(URL base, String username, String password, String language) {
        CookieManager cookies = new CookieManager();
        as(base, username, password, cookies, language);
        return cookies.getCookieStore().getCookies();
    }

    private static HttpClient as(URL base, String username, String password, CookieManager cookies, String language) {
        HttpClient http = client(cookies);
        if (!submit(http, base, username, password, language).contains("id=\"welcome\"")) {
            throw new IllegalStateException("could not sign in as " + username);
        }
        return http;
    }

    /**
     * One sign-in through the login form by a new client, whatever its outcome: the page it ends on (home, or the
     * form again with its message). For tests of many attempts, where a browser would only add its page loads.
     */
    public static String attempt(URL base, String username, String password) {
        return submit(client(new CookieManager()), base, username, password, "en");
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String submit(HttpClient http, URL base, String username, String password, String language) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        String form = send(http, HttpRequest.newBuilder(URI.create(root + "login.xhtml"))
                .header("Accept-Language", language));
        Matcher state = VIEW_STATE.matcher(form);
        Matcher nonce = NONCE.matcher(form);
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no login form at " + root + "login.xhtml");
        }
        return send(http, HttpRequest.newBuilder(URI.create(root + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=" + enc(username)
                        + "&login%3Apassword=" + enc(password) + "&login%3Asubmit=&jakarta.faces.ViewState="
                        + enc(state.group(1)) + "&primefaces.nonce=" + enc(nonce.group(1)))));
    }

    private static String send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
