package vn.congdoan.sangkien.common.spreadsheet;

/**
 * Text that a spreadsheet would run as a formula (CSV/formula injection, OWASP) is neutralised with a leading
 * apostrophe: a dossier title "=HYPERLINK(...)" arrives in Excel as text, not as a live formula.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaStart ? "'" + text : text;
    }
}
