package vn.congdoan.sangkien.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A copy of the backend's folding, backend/src/main/java/vn/congdoan/sangkien/common/text/SearchText.java
 * (fold and fold(String...)), so that generated rows hold exactly the search_text and folded_title the application
 * would have written. Keep the two identical: a difference makes diacritics-insensitive search miss generated rows.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(folded).replaceAll(" ").trim();
    }

    /** As the backend's fold(String... parts): null parts become "", the parts are joined with one space. */
    static String fold(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                joined.append(' ');
            }
            joined.append(parts[i] == null ? "" : parts[i]);
        }
        return fold(joined.toString());
    }
}
