package org.bbbrooms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Lets backing beans and the exception handler write {@code Messages.addGlobalError("bundle.key", args)}: OmniFaces
 * resolves the key in the portal's bundle for the current locale.
 */
@ApplicationScoped
public class FacesStartup {

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Messages.setResolver((key, params) -> Texts.format(Faces.getLocale(), key, params));
    }
}
