package vn.congdoan.sangkien.common.spreadsheet;

import java.util.List;

/**
 * A report as rows and columns, for CSV and XLSX. A column has a stable key (the CSV header, the JSON field name)
 * and a Vietnamese label (the XLSX header, for people).
 */
public record ReportTable(String title, List<Column> columns, List<List<Object>> rows) {

    public record Column(String key, String label) {
    }

    public static Column column(String key, String label) {
        return new Column(key, label);
    }
}
