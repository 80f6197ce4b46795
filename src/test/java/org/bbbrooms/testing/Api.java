package org.bbbrooms.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A test's client of the host API ({@code /api/v1}), outside the server: each call sends the token (when there is
 * one) and any extra headers, and returns the status, headers and body as they came.
 * <p>Use: {@code Api api = Api.at(base, server.apiToken("read").token()); api.get("me").json().getString("name")}.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Optional<String> token;

    private Api(String base, Optional<String> token) {
        this.base = base;
        this.token = token;
    }

    public static Api at(URL base, String token) {
        return new Api(base + "api/v1/", Optional.of(token));
    }

    public static Api anonymous(URL base) {
        return new Api(base + "api/v1/", Optional.empty());
    }

    /** An answer: its status, a header by name, its body as text or JSON. */
    public record Reply(int status, HttpResponse<String> response) {

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String body() {
            return response.body();
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    public Reply get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Reply delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public Reply put(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
