package vn.congdoan.sangkien.initiative;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The search's query parameters, as the client sends them. */
public record InitiativeSearch(
        @QueryParam("q") @Size(max = 200) @Parameter(description = "Các từ (nguyên từ, thứ tự bất kỳ), có dấu hoặc không, trong tên, tóm tắt và tác giả / whole words, in any order, in title, summary and authors, with or without diacritics", example = "sang kien nuoc sach") String q,
        @QueryParam("program") @Parameter(example = "1TRIEU-SK") String program,
        @QueryParam("period") @Parameter(description = "Mã giai đoạn, cần program / period code, needs program", example = "GD1") String period,
        @QueryParam("unit") @Parameter(description = "Đơn vị và các đơn vị trực thuộc / the unit and its subtree", example = "LCH-PT") String unit,
        @QueryParam("status") @Parameter(description = "Một hoặc nhiều trạng thái / one or more statuses") List<InitiativeStatus> statuses,
        @QueryParam("field") InitiativeField field,
        @QueryParam("solutionType") SolutionType solutionType,
        @QueryParam("grade") @Parameter(description = "Xếp loại / grade", example = "A") String grade,
        @QueryParam("linkedToMe") @Parameter(description = "Chỉ hồ sơ có tác giả liên kết với tài khoản của người gọi (hồ sơ lập cho tôi) "
                + "/ only dossiers with an author linked to the caller's account (filed for me)", example = "true") Boolean linkedToMeParam) {

    public InitiativeSearch {
        statuses = statuses == null ? List.of() : statuses;
    }

    public boolean linkedToMe() {
        return Boolean.TRUE.equals(linkedToMeParam);
    }
}
