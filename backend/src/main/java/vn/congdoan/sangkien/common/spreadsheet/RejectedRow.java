package vn.congdoan.sangkien.common.spreadsheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.common.error.FieldProblem;

import java.util.List;

/** A row of an imported file that was not taken, with each of its cells' broken rules. */
@Schema(name = "RejectedRow", description = "Một dòng bị từ chối của tệp / one rejected row of the file")
public record RejectedRow(
        @Schema(description = "Số dòng như trong tệp / row number as in the file", examples = "7") int row,
        List<FieldProblem> errors) {
}
