package org.bbbrooms.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The language of this session: first the browser's preferred supported one, then whatever the user picks with
 * the header's switch (a POST that reloads the page in the new language).
 * <p>Use: {@code <f:view locale="#{localeBacking.locale}">}, {@code <html lang="#{localeBacking.language}">}.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            locale = context.getApplication().getViewHandler().calculateLocale(context);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Shows this session in a supported language from now on (an integration passed it); others are ignored. */
    public void use(String language) {
        supported(language).ifPresent(chosen -> {
            locale = chosen;
            Faces.getViewRoot().setLocale(chosen);
        });
    }

    public void change(String language) throws IOException {
        locale = supported(language).orElse(Locale.ENGLISH);
        Faces.getViewRoot().setLocale(locale);
        Faces.refreshWithQueryString();
    }

    private static Optional<Locale> supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
