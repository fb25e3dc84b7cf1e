package vn.congdoan.sangkien.common.spreadsheet;

/** What happens to a file with rejected rows. */
public enum ImportMode {
    /** Nothing is imported unless every row is right; the answer lists every wrong row. */
    ALL_OR_NOTHING,
    /** The right rows are imported; the answer lists the rejected ones and why. */
    VALID_ROWS
}
