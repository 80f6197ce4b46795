package org.bbbrooms.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Properties;
import java.util.logging.Logger;
import org.bbbrooms.platform.web.ContentSecurityPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.util.Faces;

/**
 * The API reference page ({@code api-docs.xhtml}, public): Swagger UI, bundled as a webjar, drawing the OpenAPI
 * document that the server serves ({@code BBB_OPENAPI_URL}, default {@code /openapi} at the server's root).
 * A document on another origin is fetched by the page's script, so the page's {@code connect-src} allows that origin.
 * <p>Use in the page: {@code <script src="#{request.contextPath}#{apiDocsBacking.assets}/swagger-ui-bundle.js"/>}
 * and {@code <f:viewAction action="#{apiDocsBacking.allowDocument}"/>}.
 */
@Named
@ApplicationScoped
public class ApiDocsBacking {

    private static final Logger LOG = Logger.getLogger(ApiDocsBacking.class.getName());
    private static final String WEBJAR = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    @Inject
    @ConfigProperty(name = "BBB_OPENAPI_URL", defaultValue = "/openapi")
    String documentUrl;

    private String assets;

    /** Lets the page fetch the document where BBB_OPENAPI_URL puts it on another origin. */
    public void allowDocument() {
        try {
            ContentSecurityPolicy.origin(new URI(documentUrl)).ifPresent(origin -> Faces.getResponse()
                    .setHeader(ContentSecurityPolicy.HEADER, "connect-src 'self' " + origin));
        } catch (URISyntaxException e) {
            LOG.warning(() -> "BBB_OPENAPI_URL is not a URL: " + e.getMessage());
        }
    }

    public String getDocumentUrl() {
        return documentUrl;
    }

    /** Where the webjar's files are served in this application, with the version the WAR bundles. */
    public String getAssets() {
        if (assets == null) {
            assets = "/webjars/swagger-ui/" + webjarVersion();
        }
        return assets;
    }

    private static String webjarVersion() {
        try (InputStream in = ApiDocsBacking.class.getClassLoader().getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IllegalStateException(WEBJAR + " is missing: the WAR must bundle org.webjars:swagger-ui");
            }
            Properties webjar = new Properties();
            webjar.load(in);
            return webjar.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
