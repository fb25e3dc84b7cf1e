package vn.congdoan.sangkien.common.spreadsheet;

import jakarta.ws.rs.core.Response;

/** A report table as a file to download, named for the person who saves it. */
public final class Downloads {

    private Downloads() {
    }

    /** @param name the file name without its extension */
    public static Response.ResponseBuilder file(ReportTable table, ReportFormat format, String name) {
        byte[] body = format == ReportFormat.CSV ? CsvReports.write(table) : XlsxReports.write(table);
        return Response.ok(body, format.mediaType + (format == ReportFormat.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"");
    }
}
