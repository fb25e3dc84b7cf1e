package vn.congdoan.sangkien.common.spreadsheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.VietnameseFormats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads a CSV (UTF-8, comma or semicolon, optional BOM) or the first sheet of an XLSX into rows of text cells. */
public final class SheetReader {


    private SheetReader() {
    }

    /** The header first, then the data rows; blank rows are dropped but keep their row numbers. */
    public record Sheet(List<String> header, List<SheetRow> rows) {
    }

    /** @param number the row number a person sees in the file (the header is row 1) */
    public record SheetRow(int number, List<String> cells) {
        public String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
        }
    }

    /** @param headerCell whether a cell names one of the columns: the XLSX header is the first row with three of them */
    public static Sheet read(byte[] body, boolean xlsx, Predicate<String> headerCell) {
        try {
            return xlsx ? readXlsx(body, headerCell) : readCsv(body);
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalid(FieldProblem.of("file", xlsx ? "XlsxFile" : "CsvFile"));
        }
    }

    private static Sheet readCsv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<SheetRow> rows = new ArrayList<>();
        List<String> header = List.of();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (record.getRecordNumber() == 1) {
                    header = cells;
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new SheetRow((int) record.getRecordNumber(), cells));
                }
            }
        }
        return new Sheet(header, rows);
    }

    private static Sheet readXlsx(byte[] body, Predicate<String> headerCell) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        List<String> header = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body), new ReadingOptions(true, false));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) sheet::iterator) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (header == null) {
                    // A title row or two may stand above the header, as in the template this API hands out.
                    if (cells.stream().filter(headerCell).count() >= 3) {
                        header = cells;
                    }
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new SheetRow(row.getRowNum(), cells));
                }
            }
        }
        return new Sheet(header == null ? List.of() : header, rows);
    }

    /** Dates typed as dates in Excel arrive as dd/MM/yyyy text, like a typed date; whole numbers without ".0". */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("d") || format.contains("y")) && !format.contains("#")) {
                return VietnameseFormats.DATE.format(cell.asDate());
            }
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText(); // its text rules are checked with the row's other cells (ImportRows)
    }
}
