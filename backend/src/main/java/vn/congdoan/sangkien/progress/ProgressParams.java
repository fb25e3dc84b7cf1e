package vn.congdoan.sangkien.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.progress.ProgressService.ProgressQuery;

import java.time.LocalDate;

/** The query parameters of a progress report, the same wherever it is asked for. */
public class ProgressParams {

    @QueryParam("period")
    @Parameter(description = "Mặc định cả chương trình / default the whole programme", example = "GD1")
    public String period;

    @QueryParam("root")
    @Parameter(description = "Mặc định đơn vị đứng đầu / default the top unit", example = "LCH")
    public String root;

    @QueryParam("depth")
    @DefaultValue("1")
    @Min(0)
    @Max(6)
    @Parameter(description = "Số cấp bên dưới gốc / levels below the root")
    public int depth;

    @QueryParam("asOf")
    @Parameter(description = "Tính đến hết ngày (yyyy-MM-dd), mặc định hôm nay (giờ Hà Nội); cùng asOf cho cùng số liệu về "
            + "sau, trừ hồ sơ giấy được nhập sau với ngày thực tế đến hết ngày đó "
            + "/ as of the end of this day, default today (Hanoi); the same asOf gives the same numbers later, save for paper "
            + "records entered later with real dates up to that day", example = "2022-05-31")
    public LocalDate asOf;

    @QueryParam("format")
    @Pattern(regexp = ReportFormat.PARAMETER)
    @Parameter(description = ReportFormat.HELP, example = "csv")
    public String format;

    ProgressQuery query(String programCode) {
        return new ProgressQuery(programCode, period, root, depth, asOf);
    }
}
