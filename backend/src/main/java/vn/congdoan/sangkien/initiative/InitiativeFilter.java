package vn.congdoan.sangkien.initiative;

import vn.congdoan.sangkien.program.Period;

import java.util.List;

/** What a search narrows on: resolved ids, paths and windows, not client codes. */
public record InitiativeFilter(String q, Long program, String unitPath, String createdBy, String assignedTo, Period period,
                               List<InitiativeStatus> statuses, InitiativeField field, SolutionType solutionType,
                               String grade) {
}
