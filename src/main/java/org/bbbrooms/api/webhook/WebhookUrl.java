package org.bbbrooms.api.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.bbbrooms.platform.BusinessException;

/**
 * A receiver's address, checked when a subscription is made: an absolute {@code http} or {@code https} URL with a
 * host, no user name or password in it, at most 2000 characters. Anything else is refused with
 * {@code webhook.url.invalid}, a message that says what is expected.
 * <p>Use: {@code WebhookUrl url = WebhookUrl.of(text);}
 */
public record WebhookUrl(String value) {

    static final int MAX_LENGTH = 2000;

    public static WebhookUrl of(String text) {
        String value = text == null ? "" : text.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (value.length() > MAX_LENGTH || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw new BusinessException("webhook.url.invalid");
            }
            return new WebhookUrl(value);
        } catch (URISyntaxException e) {
            throw new BusinessException(e, "webhook.url.invalid");
        }
    }

    public URI uri() {
        return URI.create(value);
    }
}
