package vn.congdoan.sangkien.notification.mail;

import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.congdoan.sangkien.common.db.Timestamps;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Sends the notifications' mails ({@code mail_delivery} rows the fan-out wrote), at least once each. A run claims
 * the due mails with a lease (committed at once: SKIP LOCKED, so two instances never take the same mail), sends each
 * through the SMTP server with its Message-ID, and marks it SENT; when the server does not take it, the mail waits
 * {@code sangkien.mail.retry.first}, doubled at each attempt up to {@code sangkien.mail.retry.max-delay}, and is
 * FAILED after {@code sangkien.mail.max-attempts}. A sender killed between sending and marking leaves the lease to
 * run out ({@code sangkien.mail.lease}): the mail is sent again, with the same Message-ID, so the receiving side can
 * tell it is the same mail.
 */
@ApplicationScoped
public class MailSender {

    static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"']+");

    private final MailDeliveryRepository deliveries;
    private final MailComposer composer;
    private final Mailer mailer;
    private final Duration lease;
    private final Duration firstRetry;
    private final Duration maxRetryDelay;
    private final int maxAttempts;

    public MailSender(MailDeliveryRepository deliveries, MailComposer composer, Mailer mailer,
                      @ConfigProperty(name = "sangkien.mail.lease") Duration lease,
                      @ConfigProperty(name = "sangkien.mail.retry.first") Duration firstRetry,
                      @ConfigProperty(name = "sangkien.mail.retry.max-delay") Duration maxRetryDelay,
                      @ConfigProperty(name = "sangkien.mail.max-attempts") int maxAttempts) {
        this.deliveries = deliveries;
        this.composer = composer;
        this.mailer = mailer;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.maxRetryDelay = maxRetryDelay;
        this.maxAttempts = maxAttempts;
    }

    /** Every second by default; "off" in the tests, which call sendDue themselves. */
    @Scheduled(identity = "mail-sender", every = "${sangkien.mail.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /**
     * Sends every mail due now, batch after batch; returns how many the SMTP server took. When the server cannot be
     * reached (refused, timed out), the rest of the batch is not tried: it waits as the failed mail does, and the run
     * ends, so that a server that does not answer costs one timeout per run, not one per mail (and no lease runs out
     * while a long batch waits).
     */
    public int sendDue() {
        int sent = 0;
        List<DueMail> batch;
        do {
            batch = claim();
            for (int i = 0; i < batch.size(); i++) {
                String unreachable = deliver(batch.get(i));
                if (unreachable == null) {
                    sent++;
                } else if (!unreachable.isEmpty()) {
                    for (DueMail untried : batch.subList(i + 1, batch.size())) {
                        failed(untried, "not tried, the SMTP server could not be reached: " + unreachable);
                    }
                    return sent;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /** Takes up to a batch of due mails for this sender (the lease and the attempt committed). */
    List<DueMail> claim() {
        OffsetDateTime now = Timestamps.now();
        return deliveries.claim(now, now.plus(lease), BATCH);
    }

    /**
     * Sends one claimed mail and records how it went: null when the SMTP server took it, "" when it refused this mail
     * (an SMTP reply), else why the server could not be reached.
     */
    private String deliver(DueMail mail) {
        try {
            mailer.send(composer.compose(mail));
        } catch (RuntimeException e) {
            String error = describe(e);
            failed(mail, error);
            return refusedByTheServer(e) ? "" : error;
        }
        deliveries.markSent(mail.id(), Timestamps.now());
        return null;
    }

    private void failed(DueMail mail, String error) {
        deliveries.markFailed(mail.id(), Timestamps.now().plus(delayAfter(mail.attempts())), maxAttempts, error);
        // The id, never the address: no personal data in the log.
        LOG.warnf("mail %s not sent (attempt %d of %d): %s", mail.id(), mail.attempts(), maxAttempts, error);
    }

    /**
     * This mail was refused (an SMTP reply about its recipient or size, an address the mailer cannot use), rather than
     * the server not being reached at all (refused connection, time-out, connection lost: an I/O error).
     */
    private static boolean refusedByTheServer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException) {
                return true;
            }
            if (t instanceof IOException || t instanceof TimeoutException) {
                return false;
            }
        }
        return true;
    }

    /** first × 2^(attempts − 1), at most max-delay. */
    Duration delayAfter(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay;
    }

    /** The exception chain's types and messages, any mail address in them blanked (the log holds no personal data). */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return ADDRESS.matcher(text).replaceAll("…@…");
    }
}
