package org.bbbrooms.api.webhook;

import java.util.Objects;
import java.util.Optional;

/**
 * How one POST to a receiver went: its HTTP status (none when the call failed: refused, timed out, not HTTP) and
 * the start of the answer's body, or what went wrong. Only a 2xx status is a success; redirects are not followed,
 * so a 3xx is a failure too.
 * <p>Use: {@code Attempt.answered(200, body)}, {@code Attempt.failed("timed out after 5000 ms")}.
 */
public record Attempt(Optional<Integer> code, String response) {

    public Attempt {
        Objects.requireNonNull(code);
        response = Delivery.truncated(response == null ? "" : response);
    }

    public static Attempt answered(int code, String body) {
        return new Attempt(Optional.of(code), body);
    }

    public static Attempt failed(String why) {
        return new Attempt(Optional.empty(), why);
    }

    public boolean succeeded() {
        return code.filter(c -> c >= 200 && c < 300).isPresent();
    }
}
