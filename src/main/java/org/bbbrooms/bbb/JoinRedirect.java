package org.bbbrooms.bbb;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a load balancer's join (Scalelite's) sends the user: the redirect's {@code Location}, made absolute against
 * the join that was asked, and the BigBlueButton server it names, when it leads to a server's own join
 * ({@code https://bbb3.example.org/bigbluebutton/api/join?...}, whose server is
 * {@code https://bbb3.example.org/bigbluebutton}).
 * <pre>{@code JoinRedirect to = client.resolveJoin(join);
 * browser.redirect(to.location()); to.server().ifPresent(server -> client.versionOf(server));}</pre>
 */
public record JoinRedirect(URI location, Optional<BbbServerUrl> server) {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String SERVER_JOIN = "/api/join";

    /**
     * Reads an answer to a join that was not followed.
     *
     * @param asked the join's URL, against which a relative location is resolved
     * @throws BbbProtocolException when the answer is not a redirect, or its {@code Location} is missing or not an
     *         http(s) URL
     */
    static JoinRedirect read(URI asked, int status, Optional<String> location) {
        if (!REDIRECTS.contains(status)) {
            throw new BbbProtocolException("HTTP " + status + " instead of a redirect");
        }
        String text = location.map(String::strip).filter(l -> !l.isEmpty())
                .orElseThrow(() -> new BbbProtocolException("HTTP " + status + " without a Location"));
        URI target;
        try {
            target = asked.resolve(new URI(text));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BbbProtocolException("HTTP " + status + " whose Location is not a URL: '"
                    + XmlElement.excerpt(text) + "'", e);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || target.getHost() == null
                || target.getRawUserInfo() != null) {
            throw new BbbProtocolException("HTTP " + status + " whose Location is not an http(s) URL: '"
                    + XmlElement.excerpt(text) + "'");
        }
        return new JoinRedirect(target, serverOf(target));
    }

    private static Optional<BbbServerUrl> serverOf(URI target) {
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        if (!path.endsWith(SERVER_JOIN)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BbbServerUrl.parse(target.getScheme() + "://" + target.getRawAuthority()
                    + path.substring(0, path.length() - SERVER_JOIN.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
