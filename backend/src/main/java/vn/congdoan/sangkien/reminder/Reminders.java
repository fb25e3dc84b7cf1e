package vn.congdoan.sangkien.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.Outbox;
import vn.congdoan.sangkien.reminder.ReminderRepository.BelowTarget;
import vn.congdoan.sangkien.reminder.ReminderRepository.Waiting;
import vn.congdoan.sangkien.reminder.ReminderRepository.Week;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the calendar tells: a cut-off near for the units below their target, a dossier waiting for a decision longer
 * than the rules allow, a province's week. Each is an outbox event made once for its key (the period, the days left
 * and the unit; the dossier and its filing; the week and the province): every instance runs the jobs, a re-run or a
 * second instance makes nothing twice. Days are Vietnam's days.
 */
@ApplicationScoped
public class Reminders {

    private final ReminderRepository repository;
    private final Outbox outbox;
    private final List<Integer> daysBefore;
    private final int decisionDays;

    public Reminders(ReminderRepository repository, Outbox outbox,
                     @ConfigProperty(name = "sangkien.reminders.days-before-cut-off") List<Integer> daysBefore,
                     @ConfigProperty(name = "sangkien.reminders.decision-days") int decisionDays) {
        this.repository = repository;
        this.outbox = outbox;
        this.daysBefore = daysBefore;
        this.decisionDays = decisionDays;
    }

    /** The daily reminders of {@code today}: cut-offs near and decisions overdue. @return events made */
    public int daily(LocalDate today) {
        return cutOffsNear(today) + decisionsOverdue(today);
    }

    /** For each period ending in one of the configured numbers of days, each unit below its target. */
    public int cutOffsNear(LocalDate today) {
        int made = 0;
        for (int days : daysBefore) {
            List<BelowTarget> units = repository.belowTarget(today.plusDays(days), today);
            made += QuarkusTransaction.requiringNew().call(() -> {
                int inserted = 0;
                for (BelowTarget unit : units) {
                    Map<String, Object> data = unitData(unit.unitCode(), unit.unitName(), unit.unitPath());
                    data.put("programCode", unit.programCode());
                    data.put("periodCode", unit.periodCode());
                    data.put("periodName", unit.periodName());
                    data.put("endsOn", unit.endsOn().toString());
                    data.put("daysLeft", days);
                    data.put("target", unit.target());
                    data.put("valid", unit.valid());
                    data.put("missing", unit.target() - unit.valid());
                    String key = "deadline-near:" + unit.periodId() + ":" + days + ":" + unit.unitId();
                    inserted += outbox.recordOnce(key, EventKind.DEADLINE_NEAR, unit.unitId(), null, data) ? 1 : 0;
                }
                return inserted;
            });
        }
        return made;
    }

    /** Each dossier waiting longer than the rules allow, once per filing. */
    public int decisionsOverdue(LocalDate today) {
        List<Waiting> dossiers = repository.waitingSince(today.minusDays(decisionDays));
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = 0;
            for (Waiting dossier : dossiers) {
                Map<String, Object> data = unitData(dossier.unitCode(), dossier.unitName(), dossier.unitPath());
                data.put("initiativeId", dossier.initiativeId());
                data.put("title", dossier.title());
                data.put("receiptNumber", dossier.receiptNumber());
                data.put("programCode", dossier.programCode());
                data.put("status", dossier.status());
                data.put("submittedOn", dossier.submittedOn().toString());
                data.put("waitingDays", ChronoUnit.DAYS.between(dossier.submittedOn(), today));
                data.put("allowedDays", decisionDays);
                String key = "decision-overdue:" + dossier.initiativeId() + ":" + dossier.submittedOn();
                inserted += outbox.recordOnce(key, EventKind.DECISION_OVERDUE, dossier.unitId(), dossier.initiativeId(), data)
                        ? 1 : 0;
            }
            return inserted;
        });
    }

    /** The week before {@code today}'s (Monday to Sunday) for each provincial federation. */
    public int weeklyDigest(LocalDate today) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        LocalDate lastMonday = monday.minusWeeks(1);
        List<Week> weeks = repository.weekOfProvinces(lastMonday.atStartOfDay(VietnamClock.VIETNAM).toOffsetDateTime(),
                monday.atStartOfDay(VietnamClock.VIETNAM).toOffsetDateTime(), today);
        String week = lastMonday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + lastMonday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = 0;
            for (Week province : weeks) {
                Map<String, Object> data = unitData(province.unitCode(), province.unitName(), province.unitPath());
                data.put("week", week);
                data.put("from", lastMonday.toString());
                data.put("submitted", province.submitted());
                data.put("recognised", province.recognised());
                data.put("waiting", province.waiting());
                data.put("unitsBelowTarget", province.unitsBelowTarget());
                String key = "weekly-digest:" + week + ":" + province.unitId();
                inserted += outbox.recordOnce(key, EventKind.WEEKLY_DIGEST, province.unitId(), null, data) ? 1 : 0;
            }
            return inserted;
        });
    }

    private static Map<String, Object> unitData(String code, String name, String path) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unitCode", code);
        data.put("unitName", name);
        data.put("unitPath", path);
        return data;
    }
}
