package vn.congdoan.sangkien.common.spreadsheet;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A report table as a file to download, named for the person who saves it. */
public final class Downloads {

    private Downloads() {
    }

    /** @param name the file name without its extension */
    public static Response.ResponseBuilder file(ReportTable table, ReportFormat format, String name) {
        return file(table, format, name, Map.of());
    }

    /** Several tables as one XLSX workbook, a sheet each (see {@link XlsxReports#workbook}). */
    public static Response.ResponseBuilder workbook(Map<String, ReportTable> sheets, String name) {
        return Response.ok(XlsxReports.workbook(sheets), ReportFormat.XLSX_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
    }

    private static Response.ResponseBuilder file(ReportTable table, ReportFormat format, String name, Map<Integer, List<String>> choices) {
        byte[] body = format == ReportFormat.CSV ? CsvReports.write(table) : XlsxReports.write(table, choices);
        return Response.ok(body, format.mediaType + (format == ReportFormat.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"");
    }

    /**
     * An import template: a header of the columns' Vietnamese labels, one filled example row, and in XLSX a dropdown on
     * each column with {@link SheetColumn.Spec#choices}. Like the reports: {@code ?format=} first, then {@code Accept};
     * XLSX (what officers fill in) when neither names CSV.
     *
     * @param format  "csv", "xlsx" or null
     * @param example one value per column, in their order
     * @param name    the file name without its extension
     */
    public static Response template(String title, List<? extends SheetColumn> columns, List<Object> example, String format,
                                    HttpHeaders headers, String name) {
        List<ReportTable.Column> header = columns.stream().map(c -> ReportTable.column(c.label(), c.label())).toList();
        Map<Integer, List<String>> choices = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).spec().choices().isEmpty()) {
                choices.put(i, columns.get(i).spec().choices());
            }
        }
        boolean csv = format != null ? format.equals("csv") : ReportFormat.choose(null, headers) == ReportFormat.CSV;
        return file(new ReportTable(title, header, List.of(example)), csv ? ReportFormat.CSV : ReportFormat.XLSX, name, choices).build();
    }
}
