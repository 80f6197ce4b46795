package org.bbbrooms.conference;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Lets {@link SandboxAddress} learn the server's local port and context path from the first request. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SandboxAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SandboxAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!address.known()) {
            address.observe(request);
        }
        chain.doFilter(request, response);
    }
}
