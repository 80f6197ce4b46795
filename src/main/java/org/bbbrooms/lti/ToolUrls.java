package org.bbbrooms.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.bbbrooms.room.PublicUrl;

/**
 * The tool's addresses that a platform is given, absolute (from {@code BBB_PUBLIC_URL} or the current request):
 * the OIDC login initiation, the launch (redirect URI, also for deep linking), the JWKS, dynamic registration and
 * Canvas's JSON configuration.
 * <p>Use: {@code URI launch = toolUrls.launch();}
 */
@ApplicationScoped
public class ToolUrls {

    public static final String LOGIN = "/lti/login";
    public static final String LAUNCH = "/lti/launch";
    public static final String JWKS = "/lti/jwks";
    public static final String REGISTER = "/lti/register";
    public static final String CANVAS = "/lti/canvas.json";

    @Inject
    PublicUrl publicUrl;

    public URI login() {
        return publicUrl.resolve(LOGIN);
    }

    public URI launch() {
        return publicUrl.resolve(LAUNCH);
    }

    /** Deep linking requests come to the launch URL too; platforms that ask for a separate one get the same. */
    public URI deepLinking() {
        return launch();
    }

    public URI jwks() {
        return publicUrl.resolve(JWKS);
    }

    public URI registration() {
        return publicUrl.resolve(REGISTER);
    }

    public URI canvasConfiguration() {
        return publicUrl.resolve(CANVAS);
    }

    /** The tool's domain (host, and port when not the default), as registrations name it. */
    public String domain() {
        return publicUrl.base().getRawAuthority();
    }
}
