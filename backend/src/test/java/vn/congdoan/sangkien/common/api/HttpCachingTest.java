package vn.congdoan.sangkien.common.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header grammar of the conditional requests, without a server. */
class HttpCachingTest {

    private static final String TAG = HttpCaching.tag("{\"id\":1}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aTagIsTheQuotedSha256OfTheBytes() {
        assertEquals("\"" + "RBNvo1WzZ4oRRq0W9-hknpT7T8If536DEMBg9hyq_4o" + "\"", HttpCaching.tag("{}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(TAG, HttpCaching.tag("{\"id\":2}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void listsStarsAndWeakPrefixesMatchAsTheRfcSays() {
        assertTrue(HttpCaching.noneMatchFails(TAG, TAG));
        assertTrue(HttpCaching.noneMatchFails("W/" + TAG, TAG));
        assertTrue(HttpCaching.noneMatchFails("\"a\", W/\"b\" ,  " + TAG, TAG));
        assertTrue(HttpCaching.noneMatchFails(" * ", TAG));
        assertFalse(HttpCaching.noneMatchFails("\"a\", \"b\"", TAG));
        assertTrue(HttpCaching.ifMatchHolds("\"a\"," + TAG, TAG));
        assertTrue(HttpCaching.ifMatchHolds("*", TAG));
        assertFalse(HttpCaching.ifMatchHolds("\"a\"", TAG));
    }

    @Test
    void aHeaderThatIsNotAListOfTagsMatchesNothing() {
        String bare = TAG.substring(1, TAG.length() - 1);
        assertFalse(HttpCaching.ifMatchHolds(bare, TAG), "unquoted");
        assertFalse(HttpCaching.ifMatchHolds("junk " + TAG, TAG), "junk before the tag");
        assertFalse(HttpCaching.ifMatchHolds("", TAG));
        assertFalse(HttpCaching.noneMatchFails("*, " + TAG.substring(1), TAG));
    }

    @Test
    void ifModifiedSinceComparesWholeSecondsAndIgnoresWhatDoesNotParse() {
        OffsetDateTime changed = OffsetDateTime.parse("2022-03-15T15:30:00.750+07:00");
        assertEquals("Tue, 15 Mar 2022 08:30:00 GMT", HttpCaching.httpDate(changed));
        assertTrue(HttpCaching.unmodifiedSince("Tue, 15 Mar 2022 08:30:00 GMT", changed));
        assertTrue(HttpCaching.unmodifiedSince("Wed, 16 Mar 2022 08:30:00 GMT", changed));
        assertFalse(HttpCaching.unmodifiedSince("Tue, 15 Mar 2022 08:29:59 GMT", changed));
        assertFalse(HttpCaching.unmodifiedSince("15/03/2022", changed));
        OffsetDateTime early = OffsetDateTime.parse("2022-03-05T06:07:08+07:00");
        assertEquals("Fri, 04 Mar 2022 23:07:08 GMT", HttpCaching.httpDate(early), "IMF-fixdate: a two-digit day, in GMT");
        assertTrue(HttpCaching.unmodifiedSince("Fri, 4 Mar 2022 23:07:08 GMT", early), "a one-digit day is read too");
    }
}
