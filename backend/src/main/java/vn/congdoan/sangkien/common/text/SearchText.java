package vn.congdoan.sangkien.common.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for searching: lower case, tone marks and diacritics removed, đ → d,
 * so "sang kien" finds "Sáng kiến". Stored text and queries go through the same function,
 * which is why it lives in Java rather than in PostgreSQL's unaccent (not immutable, so not indexable).
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = foldedAscii(decomposed);
        return folded != null ? folded : foldedByRules(decomposed);
    }

    /**
     * The common case in one pass, for an import folds 100.000 rows: Vietnamese is ASCII letters and đ once its marks
     * are off. Null when another letter is left (Greek, Cyrillic, …), whose lower case may depend on its neighbours.
     */
    private static String foldedAscii(String decomposed) {
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !folded.isEmpty()) {
                    folded.append(' ');
                }
                gap = false;
                folded.append(c);
            } else if (c < 0x80) {
                gap = true;
            } else if (!isMark(c)) {
                return null;
            }
        }
        return folded.toString();
    }

    /** What {@code \p{M}} matches: a tone mark or diacritic left by the decomposition. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String foldedByRules(String decomposed) {
        String folded = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(folded).replaceAll(" ").trim();
    }

    public static String fold(String... parts) {
        return fold(String.join(" ", Arrays.stream(parts).map(p -> p == null ? "" : p).toList()));
    }

    /** The words of a query, each to be found somewhere in the folded text. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** A LIKE pattern for one folded word (unit names, matched by trigrams): the word holds no wildcard after folding. */
    public static String containsPattern(String word) {
        return "%" + word + "%";
    }

    /**
     * tsquery text in which every word of the query must be a word of the text: "sang kien" finds "Sáng kiến". The
     * words are taken as they are, as the index takes the folded text's words (V10), not parsed again; quoted, and
     * they hold only letters and digits, so no tsquery operator gets through. Whole words, not prefixes: a prefix makes
     * PostgreSQL gather every word it starts, which for a short one costs more than the rest of the search. Null when
     * the query has no word.
     */
    public static String wordQuery(String query) {
        return tsquery(query, "");
    }

    /** The same words as they are indexed for one top-level unit ("nuoc@1136", V10). */
    public static String wordQueryWithin(String query, long topUnitId) {
        return tsquery(query, "@" + topUnitId);
    }

    private static String tsquery(String query, String suffix) {
        List<String> words = words(query);
        return words.isEmpty() ? null : String.join(" & ", words.stream().map(w -> "'" + w + suffix + "'").toList());
    }
}
