package org.bbbrooms.bbb;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * Sends one signed call and reads its answer within a total deadline, turning every failure into the right
 * {@link BbbException} and reporting a {@link CallEvent}. Never sees the secret; logs only redacted URLs.
 */
final class BbbHttp {

    private static final System.Logger LOG = System.getLogger(BbbClient.class.getName());

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Consumer<CallEvent> listener;
    private final String server;
    private final ChecksumAlgorithm algorithm;

    BbbHttp(HttpClient client, Duration requestTimeout, Consumer<CallEvent> listener, BbbServerUrl server,
            ChecksumAlgorithm algorithm) {
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.listener = listener;
        this.server = server.toString();
        this.algorithm = algorithm;
    }

    /** A call as sent: the real URI, its redacted twin for messages, and an optional XML body to POST. */
    record Call(String name, URI uri, String redactedUrl, Optional<String> xmlBody) {
    }

    <T> T send(Call call, Function<XmlElement, T> reader) {
        long start = System.nanoTime();
        XmlElement root;
        try {
            HttpResponse<byte[]> response = exchange(call);
            root = ResponseReader.root(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (BbbUnreachableException e) {
            report(call, start, e.isTimeout() ? CallEvent.Outcome.TIMEOUT : CallEvent.Outcome.UNREACHABLE, null);
            throw e;
        } catch (BbbProtocolException e) {
            throw protocolError(call, start, e);
        }
        String returnCode = root.text("returncode");
        Optional<String> messageKey = root.optionalText("messageKey");
        if (returnCode.equalsIgnoreCase("FAILED")) {
            BbbFailedException failed = failure(call.name(), root);
            report(call, start, CallEvent.Outcome.FAILED, failed.messageKey());
            throw failed;
        }
        if (!returnCode.equalsIgnoreCase("SUCCESS")) {
            throw protocolError(call, start, new BbbProtocolException("a <response> without returncode SUCCESS or FAILED"));
        }
        try {
            T result = reader.apply(root);
            report(call, start, CallEvent.Outcome.SUCCESS, messageKey.orElse(null));
            return result;
        } catch (BbbProtocolException e) {
            throw protocolError(call, start, e);
        }
    }

    /**
     * Sends a GET with a client that follows no redirect, and reads the redirect it answers: for a load balancer's
     * join, which only looks the meeting up and names the server (see {@link JoinRedirect}).
     */
    JoinRedirect redirect(Call call, HttpClient noRedirects) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = exchange(call, noRedirects);
            JoinRedirect redirect = JoinRedirect.read(call.uri(), response.statusCode(),
                    response.headers().firstValue("Location"));
            report(call, start, CallEvent.Outcome.SUCCESS, null);
            return redirect;
        } catch (BbbUnreachableException e) {
            report(call, start, e.isTimeout() ? CallEvent.Outcome.TIMEOUT : CallEvent.Outcome.UNREACHABLE, null);
            throw e;
        } catch (BbbProtocolException e) {
            throw protocolError(call, start, e);
        }
    }

    private HttpResponse<byte[]> exchange(Call call) {
        return exchange(call, client);
    }

    private HttpResponse<byte[]> exchange(Call call, HttpClient client) {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri()).timeout(requestTimeout);
        call.xmlBody().ifPresentOrElse(
                xml -> request.header("Content-Type", "application/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(xml)),
                request::GET);
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String prefix = "BBB server " + server + " unreachable for " + call.name() + ": ";
        try {
            return future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw tooSlow(prefix, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new BbbUnreachableException(prefix + "interrupted while waiting", false, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof HttpTimeoutException ? tooSlow(prefix, e.getCause()) : unreachable(prefix, e.getCause());
        }
    }

    /** The same answer whichever of the two clocks (the HTTP client's, or ours over the whole call) runs out first. */
    private BbbUnreachableException tooSlow(String prefix, Throwable cause) {
        return new BbbUnreachableException(prefix + "no complete answer within " + requestTimeout.toMillis() + " ms", true, cause);
    }

    private static BbbUnreachableException unreachable(String prefix, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new BbbUnreachableException(prefix + "unknown host name", false, cause);
            }
            if (t instanceof SSLException) {
                return new BbbUnreachableException(prefix + "TLS handshake failed (is the certificate valid and "
                        + "trusted?)", false, cause);
            }
        }
        String what = cause instanceof ConnectException ? "connection refused or no route"
                : cause instanceof IOException ? "I/O error " + cause.getClass().getSimpleName()
                : "unexpected " + cause.getClass().getSimpleName();
        return new BbbUnreachableException(prefix + what, false, cause);
    }

    private BbbFailedException failure(String call, XmlElement root) {
        Optional<XmlElement> error = root.list("errors", "error").stream().findFirst();
        String key = root.optionalText("messageKey")
                .or(() -> error.flatMap(e -> e.optionalText("key").or(() -> Optional.ofNullable(e.attributes().get("key")))))
                .orElse("unknown");
        String message = root.optionalText("message")
                .or(() -> error.flatMap(e -> e.optionalText("message").or(() -> Optional.ofNullable(e.attributes().get("message")))))
                .orElse("");
        return new BbbFailedException(call, clean(key, 64), clean(message, 200), hint(key));
    }

    /** A wrong secret and a refused algorithm look alike to the server: both are checksumError. */
    private String hint(String messageKey) {
        return !messageKey.equals("checksumError") ? ""
                : "check the shared secret ('bbb-conf --secret' prints it) and that the server accepts " + algorithm
                        + " checksums (" + ChecksumAlgorithm.DEFAULT + " works with every BBB 2.x and Scalelite)";
    }

    private static String clean(String text, int max) {
        String printable = text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        return printable.length() > max ? printable.substring(0, max) + "…" : printable;
    }

    private BbbProtocolException protocolError(Call call, long start, BbbProtocolException e) {
        report(call, start, CallEvent.Outcome.PROTOCOL_ERROR, null);
        return new BbbProtocolException("BBB server " + server + " gave no valid answer to " + call.name() + ": "
                + e.getMessage(), e.getCause());
    }

    private void report(Call call, long start, CallEvent.Outcome outcome, String messageKey) {
        CallEvent event = new CallEvent(call.name(), call.redactedUrl(), Duration.ofNanos(System.nanoTime() - start),
                outcome, Optional.ofNullable(messageKey));
        LOG.log(System.Logger.Level.DEBUG, () -> "BBB " + event.call() + " " + event.url() + " -> " + outcome
                + event.messageKey().map(k -> " " + k).orElse("") + " in " + event.duration().toMillis() + " ms");
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "BBB call listener failed on " + event.call(), e);
        }
    }
}
