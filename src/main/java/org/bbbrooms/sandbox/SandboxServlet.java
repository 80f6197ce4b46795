package org.bbbrooms.sandbox;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Carries every request below {@code /sandbox} to the {@link SandboxRouter}; answers 404 when the sandbox is off, and
 * 403 on its control endpoints to anyone {@link SandboxControl} does not let in.
 *
 * <p>Why a servlet and not JAX-RS: the API checksum covers the query string byte for byte, so it is taken as
 * received ({@link HttpServletRequest#getQueryString()}) and the body is read raw, never as parameters.
 */
@WebServlet(name = "BbbSandbox", urlPatterns = "/sandbox/*")
public class SandboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Enough for a create body with a few base64 presentations. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    @Inject
    transient SandboxService sandbox;

    @Inject
    transient SandboxControl control;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxRouter> router = sandbox.router();
        if (router.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        if (SandboxControl.isControl(path) && !control.allows(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The sandbox's control endpoints answer a signed-in"
                    + " admin, or a request with the " + SandboxControl.HEADER + " header (BBB_SANDBOX_CONTROL_TOKEN).");
            return;
        }
        String body = readBody(request.getInputStream());
        if (body == null) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        String contextUrl = request.getRequestURL().toString();
        contextUrl = contextUrl.substring(0, contextUrl.length() - request.getRequestURI().length())
                + request.getContextPath();
        SandboxResponse answer = router.get().route(new SandboxRequest(request.getMethod(), path,
                Optional.ofNullable(request.getQueryString()).orElse(""), body,
                Optional.ofNullable(request.getContentType()),
                Optional.ofNullable(request.getHeader("Accept-Language")), contextUrl));
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (!answer.contentType().isEmpty()) {
            response.setContentType(answer.contentType());
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The body as UTF-8 text, or null when it exceeds {@link #MAX_BODY_BYTES}. */
    static String readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
