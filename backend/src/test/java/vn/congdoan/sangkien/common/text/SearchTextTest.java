package vn.congdoan.sangkien.common.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The folding every stored text and every query goes through; the search index depends on it staying the same. */
class SearchTextTest {

    @Test
    void vietnameseIsFoldedToLowerCaseWordsWithoutMarks() {
        assertEquals("sang kien tiet kiem dien nang", SearchText.fold("Sáng kiến  tiết kiệm điện-năng!"));
        assertEquals("dong duong lai chau", SearchText.fold("ĐỒNG DƯƠNG, Lai Châu"));
        assertEquals("ca 1 2 3 x2", SearchText.fold("  Ca 1/2/3 (x2)  "));
        assertEquals("", SearchText.fold("— … —"));
        assertEquals("", SearchText.fold((String) null));
    }

    @Test
    void partsAreJoinedAndMissingPartsSkipped() {
        assertEquals("nuoc sach lo van minh", SearchText.fold("Nước sạch", null, "Lò Văn Minh"));
    }

    @Test
    void queriesBecomeWholeWordTsqueries() {
        assertEquals("'sang' & 'kien'", SearchText.wordQuery("Sáng   kiến"));
        assertNull(SearchText.wordQuery(" ?! "));
    }

    @Test
    void queriesWithinATopLevelUnitAskForThatUnitsOwnWords() {
        assertEquals("'sang@1136' & 'kien@1136' & 'nuoc@1136'", SearchText.wordQueryWithin("Sáng kiến: nước!", 1136));
        assertEquals("'tieng@7' & 'mong@7'", SearchText.wordQueryWithin("tiếng   Mông", 7));
        assertNull(SearchText.wordQueryWithin(" ?! ", 1136));
    }

    /** The one-pass folding gives what the two regular expressions it replaced gave (the stored rows were made so). */
    @Test
    void foldingMatchesTheRegularExpressionDefinitionOnRandomText() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "ÁÀẢÃẠÝỲ0123456789 \t,.;:-_/()\"'!?%&@#+=²½ⅫßİΣЖ中\u0301\u0323";
        SplittableRandom random = new SplittableRandom(20261201);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byRegularExpressions(text.toString()), SearchText.fold(text.toString()), () -> "text: " + text);
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String byRegularExpressions(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(folded).replaceAll(" ").trim();
    }
}
