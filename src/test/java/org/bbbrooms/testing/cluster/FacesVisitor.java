package org.bbbrooms.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bbbrooms.testing.PayaraMicro;

/**
 * A user of the portal over plain HTTP, as a browser without script would be, whose requests a load balancer without
 * sticky sessions spreads over the nodes: one cookie jar (cookies are not port-scoped, so the session cookie of
 * 127.0.0.1 goes to every node), and each request names the node it reaches. A page read on one node is posted back
 * (a form, or a widget's Ajax button) on another, so the view and the sign-in must travel through the data grid.
 * <p>Use: {@code FacesVisitor teacher = FacesVisitor.signIn(a, b, "t1", "t1");}
 * {@code Page course = teacher.open(b, "course.xhtml?code=X"); teacher.press(a, course, "Mathematics", "start");}
 */
public final class FacesVisitor {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    /** BBB is another server: its join pages get no cookie of the portal's (the sandbox's would replace them). */
    private static final HttpClient BBB = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private URI bbbPage = URI.create("about:blank");

    /** A page as one node rendered it: its body and the view state that its forms post back. */
    public record Page(String body, String viewState) {

        public boolean shows(String text) {
            return body.contains(text);
        }

        /** The state a room's widget shows (NOT_STARTED, RUNNING…), by the room's name. */
        public String roomState(String roomName) {
            Matcher state = Pattern.compile("data-state=\"(\\w+)\"").matcher(widget(body, roomName).group(3));
            if (!state.find()) {
                throw new IllegalStateException("the widget of " + roomName + " shows no state");
            }
            return state.group(1);
        }
    }

    private FacesVisitor() {
    }

    /** Reads the login form on one node and posts it to the other. */
    public static FacesVisitor signIn(PayaraMicro form, PayaraMicro post, String username, String password) {
        FacesVisitor visitor = new FacesVisitor();
        Page login = visitor.open(form, "login.xhtml");
        String home = visitor.send(HttpRequest.newBuilder(URI.create(post.url("login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", login.viewState())))).body();
        if (!home.contains("id=\"welcome\"")) {
            throw new IllegalStateException("could not sign in as " + username + " on " + post.name());
        }
        return visitor;
    }

    /** A GET of a page on a node (redirects followed). */
    public Page open(PayaraMicro node, String path) {
        String body = send(HttpRequest.newBuilder(URI.create(node.url(path)))).body();
        Matcher state = VIEW_STATE.matcher(body);
        return new Page(body, state.find() ? state.group(1) : "");
    }

    /**
     * Presses a button of a room widget (start, join, end…) by Ajax, on the given node, in the view a page was
     * rendered in; a Start or Join that sends the user to BBB is followed there, as the browser would. Answers the
     * partial response.
     */
    public String press(PayaraMicro node, Page page, String roomName, String button) {
        Matcher forms = widget(page.body(), roomName);
        String inside = forms.group(3);
        Matcher buttonId = Pattern.compile("id=\"([^\"]+:" + button + ")\"").matcher(inside);
        Matcher room = Pattern.compile("name=\"room\" value=\"([^\"]+)\"").matcher(inside);
        if (!buttonId.find() || !room.find()) {
            throw new IllegalStateException("the widget of " + roomName + " shows no " + button + ": "
                    + inside.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
        }
        String source = buttonId.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", forms.group(1));
        fields.put(source, source);
        fields.put(forms.group(1), forms.group(1));
        fields.put("room", room.group(1));
        fields.put("jakarta.faces.ViewState", page.viewState());
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String action = forms.group(2).replace("&amp;", "&");
        String answer = send(HttpRequest.newBuilder(URI.create(node.url(action.substring(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(form(fields))).body();
        redirect(answer).ifPresent(url -> bbbPage = visitBbb(url));
        return answer;
    }

    /** The session of the BBB conference page that the last Start or Join led to ({@code session=…}). */
    public String bbbSession() {
        Matcher session = Pattern.compile("[?&]session=([^&]+)").matcher(bbbPage.toString());
        if (!session.find()) {
            throw new IllegalStateException("no conference page visited, or not the sandbox's: " + bbbPage);
        }
        return session.group(1);
    }

    /** The form of a room's widget on a page, by the room's name: groups 1 (id), 2 (action) and 3 (inside). */
    private static Matcher widget(String body, String roomName) {
        Matcher forms = FORM.matcher(body);
        while (forms.find()) {
            if (forms.group(3).contains("class=\"room-name\">" + roomName + "</h3>")) {
                return forms;
            }
        }
        throw new IllegalStateException("no widget of " + roomName + " on the page");
    }

    private static Optional<String> redirect(String partial) {
        Matcher redirect = REDIRECT.matcher(partial);
        return redirect.find() ? Optional.of(redirect.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    private static URI visitBbb(String url) {
        try {
            HttpResponse<String> page = BBB.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("BBB answered " + page.statusCode() + " to " + url);
            }
            return page.uri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(f -> enc(f.getKey()) + "=" + enc(f.getValue())).collect(Collectors.joining("&")));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
