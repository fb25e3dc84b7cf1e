package vn.congdoan.sangkien.initiative;

import vn.congdoan.sangkien.program.Period;

import java.util.List;

/** What a search narrows on: resolved ids and windows, not client codes. {@code underUnit} null: every unit. */
public record InitiativeFilter(String q, Long program, Long underUnit, String createdBy, String assignedTo, Period period,
                               List<InitiativeStatus> statuses, InitiativeField field, SolutionType solutionType,
                               String grade) {
}
