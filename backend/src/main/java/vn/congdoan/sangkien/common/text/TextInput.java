package vn.congdoan.sangkien.common.text;

import java.text.Normalizer;

/**
 * The rules every text that comes in obeys, wherever it comes from (JSON bodies, query and path parameters, import
 * cells): no NUL character (PostgreSQL cannot store one), no half of a UTF-16 surrogate pair (it would be stored as
 * "?"), and Unicode NFC, so "Sáng kiến" typed in decomposed form is stored, compared and searched as the composed one.
 */
public final class TextInput {

    /** Rule names, as problem+json reports them (texts under rule.* in i18n/messages_*.properties). */
    public static final String NO_NUL = "NoNulCharacter";
    public static final String NO_LONE_SURROGATE = "NoLoneSurrogate";

    private TextInput() {
    }

    /** The rule a text breaks, or null when it breaks none. */
    public static String brokenRule(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return NO_NUL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair: a character outside the BMP
            } else if (Character.isSurrogate(c)) {
                return NO_LONE_SURROGATE;
            }
        }
        return null;
    }

    /** The text in Unicode NFC (cheap when it already is, as nearly all is). */
    public static String composed(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
