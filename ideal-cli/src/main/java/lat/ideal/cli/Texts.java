package lat.ideal.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import lat.ideal.model.Language;

/**
 * The command's own messages in a working language, from {@code lat/ideal/cli/messages*.properties}; every message
 * is a {@link String#format(Locale, String, Object...)} pattern (a literal percent sign is {@code %%}), formatted with
 * {@link Locale#ROOT} so that numbers always use a decimal point.
 */
final class Texts {
    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("lat.ideal.cli.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Texts of(Language language) {
        return new Texts(language);
    }

    Language language() {
        return language;
    }

    /**
     * Returns a message.
     *
     * @throws MissingResourceException if the key is not in the bundle (a programming error)
     */
    String get(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    /**
     * Returns a message about a count, from {@code KEY.one} for 1 and {@code KEY.other} otherwise (the count is the
     * first argument).
     */
    String count(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(key + (n == 1 ? ".one" : ".other"), args);
    }
}
