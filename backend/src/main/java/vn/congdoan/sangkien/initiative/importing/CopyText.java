package vn.congdoan.sangkien.initiative.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Rows in the text format of PostgreSQL's COPY: fields separated by tabs, rows by newlines, NULL as \N. A backslash,
 * tab, newline or carriage return inside a value is escaped, so that no cell of a file can end a field or a row.
 */
final class CopyText {

    private final StringBuilder text;
    private boolean rowStarted;

    CopyText(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    CopyText text(String value) {
        if (value == null) {
            return nul();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    /** A value whose text needs no escaping: numbers, dates, enum names, ISO timestamps, array literals of ids. */
    CopyText plain(Object value) {
        if (value == null) {
            return nul();
        }
        separate();
        text.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        return this;
    }

    CopyText number(long value) {
        separate();
        text.append(value);
        return this;
    }

    CopyText nul() {
        separate();
        text.append("\\N");
        return this;
    }

    CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    int length() {
        return text.length();
    }

    /** The rows so far as UTF-8 (the connection's encoding), and empty again. */
    byte[] take() {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        return bytes;
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
