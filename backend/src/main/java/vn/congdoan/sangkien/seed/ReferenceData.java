package vn.congdoan.sangkien.seed;

import vn.congdoan.sangkien.evaluation.EvaluationDtos;
import vn.congdoan.sangkien.program.PeriodKind;
import vn.congdoan.sangkien.program.QuotaRule;
import vn.congdoan.sangkien.unit.UnitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shape of reference-data/*.json: a customer's units, programme and quota table. */
public record ReferenceData(String comment, List<UnitEntry> units, LocalDate unitsValidFrom, ProgramEntry program,
                            List<QuotaEntry> quotas, List<EvaluationDtos.RubricView> rubrics, List<CouncilEntry> councils) {

    public record CouncilEntry(String unit, List<EvaluationDtos.CouncilMemberDto> members) {
    }

    public record UnitEntry(String code, String name, UnitType type, String parent) {
    }

    public record ProgramEntry(String code, String name, String description, QuotaRule quotaRule, List<PeriodEntry> periods) {
    }

    public record PeriodEntry(String code, String name, PeriodKind kind, String parent, LocalDate startsOn, LocalDate endsOn) {
    }

    public record QuotaEntry(String unit, Map<String, Integer> targets) {
    }
}
