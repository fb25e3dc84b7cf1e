package vn.congdoan.sangkien.common.spreadsheet;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.congdoan.sangkien.common.text.VietnamClock;
import java.util.List;
import java.util.Map;

/** XLSX for people: a title row, Vietnamese column labels, numbers as numbers, dates as dd/MM/yyyy dates. */
public final class XlsxReports {

    private static final int HEADER_ROW = 2;
    /** Rows under the header a template's dropdowns cover. */
    private static final int VALIDATED_ROWS = 5_000;

    private XlsxReports() {
    }

    public static byte[] write(ReportTable table) {
        return write(table, Map.of());
    }

    /**
     * @param choices by column index, the values its cells may take: a dropdown (Excel's data validation) on the rows
     *                under the header, which refuses other values as they are typed
     */
    public static byte[] write(ReportTable table, Map<Integer, List<String>> choices) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Sang kien", "1.0");
            fill(workbook.newWorksheet("Báo cáo"), table, choices);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One workbook of several reports, a sheet each, in the map's order.
     *
     * @param sheets by sheet name (at most 31 characters, none of : \ / ? * [ ]), the table of that sheet
     */
    public static byte[] workbook(Map<String, ReportTable> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Sang kien", "1.0");
            for (Map.Entry<String, ReportTable> sheet : sheets.entrySet()) {
                fill(workbook.newWorksheet(sheet.getKey()), sheet.getValue(), Map.of());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void fill(Worksheet sheet, ReportTable table, Map<Integer, List<String>> choices) {
        sheet.value(0, 0, SpreadsheetCells.neutralise(table.title()));
        sheet.style(0, 0).bold().set();
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(HEADER_ROW, c, table.columns().get(c).label());
            sheet.style(HEADER_ROW, c).bold().wrapText(true).set();
        }
        int r = HEADER_ROW + 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                put(sheet, r, c, row.get(c));
            }
            r++;
        }
        choices.forEach((c, values) -> {
            String list = String.join(",", values);
            // Excel keeps a list written in the rule itself to 255 characters.
            if (!values.isEmpty() && list.length() <= 255) {
                sheet.range(HEADER_ROW + 1, c, HEADER_ROW + VALIDATED_ROWS, c).validateWithListByFormula("\"" + list + "\"")
                        .allowBlank(true).showDropdown(true).showErrorMessage(true)
                        .errorTitle("Giá trị không hợp lệ / invalid value").error("Chọn một trong / choose one of: " + list);
            }
        });
        sheet.freezePane(0, HEADER_ROW + 1);
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number instanceof BigDecimal decimal ? decimal : number);
            sheet.style(r, c).format(number instanceof BigDecimal d && d.scale() > 0 ? "#,##0.0" : "#,##0").set();
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd/MM/yyyy").set();
        } else if (value instanceof OffsetDateTime at) {
            sheet.value(r, c, at.atZoneSameInstant(VietnamClock.VIETNAM).toLocalDateTime()); // Hanoi's clock, as people read it
            sheet.style(r, c).format("dd/MM/yyyy HH:mm").set();
        } else if (value instanceof Boolean flag) {
            sheet.value(r, c, flag ? "Có" : "Không");
        } else {
            sheet.value(r, c, SpreadsheetCells.neutralise(value.toString()));
        }
    }
}
