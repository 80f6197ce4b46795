package org.bbbrooms.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's UI strings (bundle {@code i18n/messages}, then Bean Validation's, English and French), for Java code that needs text outside
 * a page: Faces messages, exports, e-mails. Bundles use the typographic apostrophe, so MessageFormat never eats one.
 * <p>Use: {@code Texts.format(locale, "user.username.taken", name)}; in pages use {@code #{msg['key']}}.
 */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";
    private static final String VALIDATION_BUNDLE = "ValidationMessages";

    private Texts() {
    }

    public static String format(Locale locale, String key, Object... args) {
        String pattern = lookup(BUNDLE, locale, key);
        if (pattern == null) {
            pattern = lookup(VALIDATION_BUNDLE, locale, key);
        }
        if (pattern == null) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static String lookup(String bundle, Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
