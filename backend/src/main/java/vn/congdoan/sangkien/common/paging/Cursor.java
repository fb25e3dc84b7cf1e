package vn.congdoan.sangkien.common.paging;

import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a list stopped, for the next page by key (keyset paging) rather than by offset: the sort it was read in, the
 * last row's value of that sort (null when the row had none) and its id. Handed to the client as an opaque text; a
 * page read from a cursor is not shifted by rows that were added or removed before it meanwhile.
 */
public record Cursor(String sort, String value, long id) {

    private static final String PREFIX = "k1.";
    private static final char SEPARATOR = '\u001f';
    private static final String NO_VALUE = "\u0000";

    public String text() {
        String plain = sort + SEPARATOR + id + SEPARATOR + (value == null ? NO_VALUE : value);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a caller sent in {@code field} for a list sorted by {@code sort}, or null when none; else a 400. */
    public static Cursor parse(String text, String sort, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            String plain = new String(Base64.getUrlDecoder().decode(text.substring(PREFIX.length())), StandardCharsets.UTF_8);
            String[] parts = plain.split(String.valueOf(SEPARATOR), 3);
            if (parts.length != 3 || !parts[0].equals(sort)) {
                throw new IllegalArgumentException(text);
            }
            return new Cursor(parts[0], parts[2].equals(NO_VALUE) ? null : parts[2], Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(FieldProblem.of(field, "Cursor", sort));
        }
    }
}
