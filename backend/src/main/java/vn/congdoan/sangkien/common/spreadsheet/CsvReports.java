package vn.congdoan.sangkien.common.spreadsheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV in UTF-8 with a byte-order mark (so Excel reads Vietnamese right), header of stable keys, RFC 4180 quoting. */
public final class CsvReports {

    private CsvReports() {
    }

    public static byte[] write(ReportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(table.columns().stream().map(ReportTable.Column::key).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvReports::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? SpreadsheetCells.neutralise(text) : value.toString();
    }
}
