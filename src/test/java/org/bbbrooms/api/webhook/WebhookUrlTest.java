package org.bbbrooms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bbbrooms.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** Which receiver URLs a subscription takes. */
class WebhookUrlTest {

    @Test
    void httpAndHttpsUrlsWithAHostAreTaken() {
        assertEquals("https://portal.example/hooks/bbb?x=1", WebhookUrl.of(" https://portal.example/hooks/bbb?x=1 ").value());
        assertEquals("http://10.0.0.5:8080/hook", WebhookUrl.of("http://10.0.0.5:8080/hook").value());
    }

    @Test
    void anythingElseIsRefusedWithAMessageSayingWhatToEnter() {
        for (String bad : List.of("", "portal.example/hook", "ftp://portal.example/", "javascript:alert(1)",
                "https:///nohost", "https://user:pass@portal.example/", "https://portal.example/#x", "not a url",
                "https://portal.example/" + "a".repeat(2000))) {
            assertEquals("webhook.url.invalid", assertThrows(BusinessException.class, () -> WebhookUrl.of(bad)).key(),
                    bad);
        }
    }
}
