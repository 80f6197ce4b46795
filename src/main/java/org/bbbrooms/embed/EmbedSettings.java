package org.bbbrooms.embed;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bbbrooms.platform.web.ContentSecurityPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedding settings (MicroProfile Config): {@code BBB_EMBED_SECRET}, the integration secret that signs embed
 * links (unset: signed links are off and {@code /embed} answers 404), and {@code BBB_FRAME_ANCESTORS}, the origins
 * allowed to frame the embed views, space-separated as CSP writes them ({@code https://lms.example.org
 * https://*.example.com}; unset: {@code 'self'}). The secret never leaves this bean but into the HMAC.
 * <p>Use: {@code settings.secret().map(s -> SignedEmbedLinks.verify(s, parameters, now))}.
 */
@ApplicationScoped
public class EmbedSettings {

    private static final Logger LOG = Logger.getLogger(EmbedSettings.class.getName());

    @Inject
    @ConfigProperty(name = "BBB_EMBED_SECRET")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "BBB_FRAME_ANCESTORS")
    Optional<String> frameAncestors;

    private String ancestors;

    @PostConstruct
    void read() {
        String sources = Arrays.stream(frameAncestors.orElse("").strip().split("\\s+"))
                .filter(source -> !source.isEmpty()).filter(source -> {
                    boolean valid = ContentSecurityPolicy.isSource(source);
                    if (!valid) {
                        LOG.warning(() -> "BBB_FRAME_ANCESTORS: ignoring " + source + ", which is not a CSP source");
                    }
                    return valid;
                }).collect(Collectors.joining(" "));
        ancestors = sources.isEmpty() ? "'self'" : sources;
    }

    public Optional<String> secret() {
        return secret.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The source list of the embed views' {@code frame-ancestors}; sources that are not CSP sources are dropped. */
    public String frameAncestors() {
        return ancestors;
    }
}
