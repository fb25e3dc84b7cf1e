package vn.congdoan.sangkien.initiative;

import vn.congdoan.sangkien.program.Period;

import java.util.List;

/**
 * What a search narrows on: resolved ids and windows, not client codes. {@code underUnit} null: every unit;
 * {@code topUnit}: the top-level unit that {@code underUnit} belongs to, whose words the index holds apart (V10).
 */
public record InitiativeFilter(String q, Long program, Long underUnit, Long topUnit, String createdBy, String assignedTo,
                               String linkedAccount,
                               Period period,
                               List<InitiativeStatus> statuses, InitiativeField field, SolutionType solutionType,
                               String grade) {
}
