package vn.congdoan.sangkien.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodView;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.progress.RankingDtos.BreakdownRow;
import vn.congdoan.sangkien.progress.RankingDtos.TypicalInitiative;
import vn.congdoan.sangkien.reward.RewardDtos.RewardView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public final class ReviewDtos {

    private ReviewDtos() {
    }

    /** INTERIM: a phase narrower than the programme (sơ kết); FINAL: the programme's widest period (tổng kết). */
    public enum ReviewKind { INTERIM, FINAL }

    @Schema(name = "ReviewReport", description = "Báo cáo sơ kết / tổng kết một giai đoạn / the interim or final review report of a period")
    public record ReviewReport(
            @Schema(description = "INTERIM: sơ kết (một giai đoạn); FINAL: tổng kết (cả chương trình) / interim (a phase) or final (the whole programme)",
                    examples = "INTERIM") ReviewKind kind,
            @Schema(examples = "1TRIEU-SK") String programCode,
            @Schema(examples = "Phong trào \"Một triệu sáng kiến\"") String programName,
            PeriodView period,
            @Schema(examples = "LCH") String rootCode,
            @Schema(examples = "LĐLĐ tỉnh Lai Châu") String rootName,
            @Schema(description = "Số liệu tính đến hết ngày này / the numbers stand at the end of this day", examples = "2022-05-31") LocalDate asOf,
            @Schema(description = "(1) Chỉ tiêu và kết quả: gốc trước, rồi các đơn vị trực thuộc / targets and results: the root, then its children")
            List<ProgressRow> units,
            @Schema(description = "(2) Đơn vị trực thuộc vượt chỉ tiêu / children over their target") List<ProgressRow> exceeders,
            @Schema(description = "(3) Theo lĩnh vực / by field") List<BreakdownRow> byField,
            @Schema(description = "(3) Theo khối của đơn vị (NONE: chưa ghi) / by the unit's sector (NONE: not recorded)") List<BreakdownRow> bySector,
            @Schema(description = "(3) Theo phạm vi ảnh hưởng / by impact level") List<BreakdownRow> byImpactLevel,
            @Schema(description = "(4) Sự tham gia của CĐCS / grassroots participation") ReviewParticipation participation,
            @Schema(description = "(5) Khen thưởng đã quyết định trong giai đoạn / rewards decided in the period") List<RewardView> rewards,
            @Schema(description = "(6) Tối đa 10 sáng kiến tiêu biểu / up to 10 typical initiatives") List<TypicalInitiative> typicalInitiatives) {
    }

    @Schema(name = "ReviewParticipation", description = "CĐCS tham gia phong trào / grassroots unions taking part")
    public record ReviewParticipation(
            @Schema(description = "CĐCS đang hoạt động trong giai đoạn / grassroots unions active in the period", examples = "420") long grassrootsUnits,
            @Schema(description = "CĐCS có ít nhất một sáng kiến đã nộp / with at least one filed initiative", examples = "310") long participatingUnits,
            @Schema(examples = "73.8") BigDecimal participationPercent,
            @Schema(description = "CĐCS có ít nhất một sáng kiến hợp lệ / with at least one valid initiative", examples = "205") long unitsWithValid,
            @Schema(examples = "48.8") BigDecimal withValidPercent,
            @Schema(description = "Số người là tác giả của sáng kiến đã nộp (một người nhiều sáng kiến tính một lần) "
                    + "/ people who wrote a filed initiative, each counted once", examples = "530") long authors,
            @Schema(description = "Trong đó là đoàn viên công đoàn / of whom union members", examples = "488") long memberAuthors) {
    }
}
