package vn.congdoan.sangkien.showcase;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.congdoan.sangkien.initiative.InitiativeField;

/** The showcase's query parameters: ?q=&field=&unit=&page=&size= */
public class ShowcaseQuery {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Từ cần tìm, không cần dấu, trong tên, tóm tắt và tên tác giả được hiện / words, diacritics optional, "
            + "in the title, summary and shown authors' names", example = "may loc nuoc")
    String q;

    @QueryParam("field")
    @Parameter(description = "Lĩnh vực / field")
    InitiativeField field;

    @QueryParam("unit")
    @Size(max = 40)
    @Parameter(description = "Mã đơn vị: sáng kiến của đơn vị và các đơn vị cấp dưới / a unit's code: its and its subtree's initiatives",
            example = "LCH-PT")
    String unit;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(10000)
    @Parameter(description = "Trang, bắt đầu từ 0 / page number from 0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(50)
    @Parameter(description = "Số sáng kiến mỗi trang (1–50) / page size")
    int size;
}
