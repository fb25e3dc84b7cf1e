package vn.congdoan.sangkien.common.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts: Vietnamese first, English second (i18n/messages_*.properties, UTF-8). */
public final class Messages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Messages() {
    }

    public static String vi(String key, Object... args) {
        return format(VIETNAMESE, key, args);
    }

    public static String en(String key, Object... args) {
        return format(Locale.ENGLISH, key, args);
    }

    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        try {
            MessageFormat text = new MessageFormat(bundle.getString(key), locale);
            // Too few arguments would reach a person as "từ {0} đến {1}": tests run with assertions on and fail here.
            assert text.getFormatsByArgumentIndex().length <= args.length
                    : key + " takes " + text.getFormatsByArgumentIndex().length + " arguments, given " + args.length;
            return text.format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
