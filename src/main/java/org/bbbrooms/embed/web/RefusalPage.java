package org.bbbrooms.embed.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bbbrooms.embed.Refusal;

/**
 * Shows why an embed or join link was refused: the frameless page {@code /embed/refused.xhtml}, in the user's
 * language, with the refusal's status (never a stack trace, nothing of the link echoed back).
 * <p>Use: {@code RefusalPage.show(request, response, Refusal.EXPIRED);}
 */
final class RefusalPage {

    /** The request attribute that names the refusal for the page ({@code #{requestScope['embed.refusal']}}). */
    static final String ATTRIBUTE = "embed.refusal";
    private static final String PAGE = "/embed/refused.xhtml";

    private RefusalPage() {
    }

    static void show(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException, ServletException {
        response.setStatus(refusal.status());
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(ATTRIBUTE, refusal);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
