package org.bbbrooms.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Backs the header's sign-out button: a POST that ends the authentication and the session. */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?loggedOut=true");
    }
}
