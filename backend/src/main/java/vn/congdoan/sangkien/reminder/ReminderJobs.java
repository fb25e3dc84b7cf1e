package vn.congdoan.sangkien.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.congdoan.sangkien.common.text.VietnamClock;

/**
 * When the reminders run, by Vietnam's clock. Every instance runs them; the outbox's keys make each reminder once
 * (Reminders). "off" stops a job (the tests call Reminders with a frozen day).
 */
@ApplicationScoped
public class ReminderJobs {

    private static final Logger LOG = Logger.getLogger(ReminderJobs.class);

    private final Reminders reminders;

    public ReminderJobs(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "daily-reminders", cron = "${sangkien.reminders.daily-cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        LOG.infof("daily reminders: %d made", reminders.daily(VietnamClock.today()));
    }

    @Scheduled(identity = "weekly-digest", cron = "${sangkien.reminders.weekly-cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void weekly() {
        LOG.infof("weekly digest: %d made", reminders.weeklyDigest(VietnamClock.today()));
    }
}
