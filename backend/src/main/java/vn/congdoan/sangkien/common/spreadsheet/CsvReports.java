package vn.congdoan.sangkien.common.spreadsheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
        try (Rows rows = new Rows(bytes, table.columns().stream().map(ReportTable.Column::key).toList())) {
            table.rows().forEach(rows::add);
        }
        return bytes.toByteArray();
    }

    /** Rows written as they come, for exports too large to hold (the register's export): close to finish. */
    public static final class Rows implements AutoCloseable {

        private final CSVPrinter printer;

        public Rows(OutputStream out, List<String> header) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                printer.printRecord(header);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void add(List<Object> row) {
            try {
                printer.printRecord(row.stream().map(CsvReports::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? SpreadsheetCells.neutralise(text) : value.toString();
    }
}
