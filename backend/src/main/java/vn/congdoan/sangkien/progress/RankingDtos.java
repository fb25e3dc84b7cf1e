package vn.congdoan.sangkien.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public final class RankingDtos {

    private RankingDtos() {
    }

    @Schema(name = "Ranking", description = "Xếp hạng các đơn vị theo % chỉ tiêu / units ranked by percent of target")
    public record Ranking(
            @Schema(examples = "1TRIEU-SK") String programCode,
            PeriodView period,
            @Schema(description = "Các đơn vị trực thuộc của đơn vị này, nếu không xếp theo cụm / the children of this unit, unless a cluster is ranked", examples = "LCH") String rootCode,
            @Schema(description = "Cụm thi đua được xếp hạng / the emulation cluster ranked", examples = "CUM-HUYEN") String clusterCode,
            List<RankedUnit> rows) {
    }

    @Schema(name = "RankedUnit", description = "Một đơn vị trong bảng xếp hạng; cùng % và cùng số hợp lệ thì cùng hạng / one ranked unit; ties share a rank")
    public record RankedUnit(
            @Schema(examples = "1") int rank,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            @Schema(examples = "135") Integer target,
            @Schema(examples = "150") long valid,
            @Schema(examples = "111.1") BigDecimal percent,
            @Schema(examples = "true") boolean reached,
            @Schema(examples = "true") boolean exceeded) {
    }

    @Schema(name = "RewardCandidates", description = "Đề xuất khen thưởng: đơn vị vượt chỉ tiêu và sáng kiến có phạm vi ảnh hưởng rộng hoặc xếp loại A "
            + "/ reward candidates: units over their target and initiatives of wide impact or grade A")
    public record RewardCandidates(
            @Schema(examples = "1TRIEU-SK") String programCode,
            PeriodView period,
            @Schema(examples = "LCH") String rootCode,
            List<RankedUnit> units,
            List<RewardedInitiative> initiatives) {
    }

    @Schema(name = "RewardedInitiative")
    public record RewardedInitiative(
            @Schema(examples = "1051") long id,
            @Schema(examples = "SK-LCH-PT-2022-0007") String receiptNumber,
            @Schema(examples = "Sáng kiến lọc nước sạch cho điểm trường") String title,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "PROVINCIAL_SECTOR") String impactLevel,
            @Schema(examples = "A") String grade,
            @Schema(examples = "150000000") BigDecimal estimatedValueVnd,
            @Schema(examples = "2022-05-20") LocalDate decisionDate) {
    }

    @Schema(name = "Cluster", description = "Cụm thi đua / emulation cluster")
    public record ClusterView(
            @Schema(examples = "CUM-HUYEN") String code,
            @Schema(examples = "Cụm thi đua các huyện phía Bắc") String name,
            @Schema(examples = "[\"LCH-PT\", \"LCH-SH\", \"LCH-MT\"]") List<String> unitCodes,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "ClusterWrite", description = "Tạo hoặc thay cụm thi đua; version bắt buộc khi thay / create or replace; version required to replace")
    public record ClusterWrite(
            @NotBlank @Size(max = 255) @Schema(examples = "Cụm thi đua các huyện phía Bắc") String name,
            @NotEmpty @Size(max = 500) @Schema(examples = "[\"LCH-PT\", \"LCH-SH\", \"LCH-MT\"]") List<@NotBlank String> unitCodes,
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "ProgressBreakdown", description = "Tỷ lệ tham gia và cơ cấu sáng kiến / participation and the make-up of the initiatives")
    public record ProgressBreakdown(
            @Schema(examples = "1TRIEU-SK") String programCode,
            PeriodView period,
            @Schema(examples = "LCH") String rootCode,
            @Schema(description = "CĐCS đang hoạt động trong giai đoạn / grassroots unions active in the period", examples = "420") long grassrootsUnits,
            @Schema(description = "CĐCS có ít nhất một sáng kiến đã nộp / grassroots unions with at least one filed initiative", examples = "310") long participatingUnits,
            @Schema(description = "% CĐCS tham gia / participation rate", examples = "73.8") BigDecimal participationPercent,
            @Schema(description = "CĐCS có ít nhất một sáng kiến hợp lệ / grassroots unions with at least one valid initiative", examples = "205") long unitsWithValid,
            @Schema(description = "% CĐCS có sáng kiến hợp lệ / share with a valid initiative", examples = "48.8") BigDecimal withValidPercent,
            @Schema(description = "Số người là tác giả của sáng kiến đã nộp (một người nhiều sáng kiến tính một lần) "
                    + "/ people who wrote a filed initiative, each counted once", examples = "530") long authors,
            @Schema(description = "Trong đó là đoàn viên công đoàn / of whom union members", examples = "488") long memberAuthors,
            List<BreakdownRow> byField,
            List<BreakdownRow> bySolutionType,
            List<BreakdownRow> byImpactLevel,
            @Schema(description = "Theo khối của đơn vị (NONE: chưa ghi) / by the sector of the unit (NONE: not recorded)") List<BreakdownRow> bySector) {
    }

    @Schema(name = "BreakdownRow")
    public record BreakdownRow(
            @Schema(examples = "SOCIO_ECONOMIC") String key,
            @Schema(description = "Đã nộp trở đi (không kể nháp) / filed, drafts not counted", examples = "120") long filed,
            @Schema(examples = "80") long valid,
            @Schema(description = "Giá trị làm lợi của sáng kiến hợp lệ / value of the valid ones", examples = "900000000") BigDecimal estimatedValueVnd) {
    }

    @Schema(name = "TypicalInitiative", description = "Sáng kiến tiêu biểu / a typical initiative")
    public record TypicalInitiative(
            @Schema(examples = "1051") long id,
            @Schema(examples = "SK-LCH-PT-2022-0007") String receiptNumber,
            @Schema(examples = "Sáng kiến lọc nước sạch cho điểm trường") String title,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            @Schema(examples = "SOCIO_ECONOMIC") String field,
            @Schema(examples = "PROVINCIAL_SECTOR") String impactLevel,
            @Schema(examples = "A") String grade,
            @Schema(examples = "150000000") BigDecimal estimatedValueVnd) {
    }
}
