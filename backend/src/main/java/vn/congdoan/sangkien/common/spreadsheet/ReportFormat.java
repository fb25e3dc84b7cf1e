package vn.congdoan.sangkien.common.spreadsheet;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/** How a report is delivered: chosen by ?format=, else by the Accept header, else JSON. */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(ReportFormat.CSV_TYPE, "csv"),
    XLSX(ReportFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The regular expression the format parameter is validated with; anchored and without flags, as ECMA-262 (the contract) reads it too. */
    public static final String PARAMETER = "^(json|csv|xlsx)$";
    /** How the format parameter is documented wherever a report takes it. */
    public static final String HELP = "json | csv | xlsx; mặc định theo Accept, rồi JSON / default from Accept, then JSON. "
            + "CSV: UTF-8 có BOM, dòng đầu là tên trường như JSON / UTF-8 with BOM, header of the JSON field names. "
            + "Ô bắt đầu bằng = + - @ được thêm dấu ' / cells starting with = + - @ get a leading apostrophe.";

    public final String mediaType;
    public final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static ReportFormat choose(String parameter, HttpHeaders headers) {
        if (parameter != null && !parameter.isBlank()) {
            return valueOf(parameter.strip().toUpperCase(Locale.ROOT));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (ReportFormat format : values()) {
                if (!accepted.isWildcardType() && accepted.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return format;
                }
            }
        }
        return JSON;
    }
}
