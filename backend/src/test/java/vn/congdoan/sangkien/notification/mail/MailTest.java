package vn.congdoan.sangkien.notification.mail;

import io.quarkus.mailer.Mailer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.SmtpServerResource;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notifications' mails through a real SMTP server (GreenMail, {@link SmtpServerResource}): a mail arrives once, in
 * Vietnamese then English with the link back to the app; the SMTP server away for a while, then every mail once; a
 * sender killed after claiming; two senders at once; FAILED after the last attempt. The mail_delivery rows are made
 * here with SQL, as the fan-out writes them; each test mails addresses of its own.
 */
@QuarkusTest
class MailTest {

    private static final String QUEUE = """
            with e as (
                insert into outbox_event (id, kind, data, occurred_at, dispatched_at)
                values (gen_random_uuid(), 'EVALUATOR_ASSIGNED', '{}'::jsonb, now(), now())
                returning id),
            n as (
                insert into notification (event_id, recipient, kind, title, title_en, link, created_at)
                select e.id, :recipient, 'EVALUATOR_ASSIGNED', :title, :titleEn, :link,
                       timestamptz '2026-12-03 14:05:00+07'
                from e
                returning id)
            insert into mail_delivery (id, notification_id, address, status, next_attempt_at)
            select :id, n.id, :address, 'PENDING', now() from n
            """;

    /** sangkien.mail.lease in %test, and a little. */
    private static final Duration LEASE = Duration.ofMillis(2_300);
    /** sangkien.mail.retry.max-delay in %test, and a little. */
    private static final Duration LONGEST_RETRY = Duration.ofMillis(600);

    SmtpServerResource.Smtp smtp;

    @Inject
    MailSender sender;

    @Inject
    MailComposer composer;

    @Inject
    Mailer mailer;

    @Inject
    Jdbi jdbi;

    @Test
    void aNotificationsMailArrivesOnceInVietnameseThenEnglishWithTheLinkBackToTheApp() throws Exception {
        String address = address("giamkhao");
        String username = "giamkhao-" + UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("""
                insert into account (username, full_name, email, unit_code, roles, seen_at)
                values (:username, 'Lò Thị Hằng', :address, 'LCH', array['evaluator'], now())""")
                .bind("username", username).bind("address", address).execute());
        UUID id = queue(username, address, "Hồ sơ \"Bể lọc <nước>\" được giao cho anh/chị chấm",
                "Dossier \"Bể lọc <nước>\" assigned to you for scoring", "/initiatives/123");

        sender.sendDue();

        List<MimeMessage> mails = smtp.receivedFor(address);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertEquals("<" + id + "@sangkien>", mail.getMessageID());
        assertEquals("[Sáng kiến] Hồ sơ \"Bể lọc <nước>\" được giao cho anh/chị chấm"
                + " / Dossier \"Bể lọc <nước>\" assigned to you for scoring", mail.getSubject());
        assertTrue(decoded(mail.getFrom()[0].toString()).contains("Sáng kiến"), mail.getFrom()[0].toString());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));

        String text = part(mail, "text/plain");
        assertTrue(text.startsWith("Kính gửi Lò Thị Hằng,"), text);
        int vietnamese = text.indexOf("Hồ sơ \"Bể lọc <nước>\" được giao cho anh/chị chấm");
        int english = text.indexOf("Dossier \"Bể lọc <nước>\" assigned to you for scoring");
        assertTrue(vietnamese > 0 && english > vietnamese, "Vietnamese first, then English: " + text);
        assertTrue(text.contains("Xem chi tiết: https://sangkien.test/initiatives/123"), text);
        assertTrue(text.contains("Details: https://sangkien.test/initiatives/123"), text);
        assertTrue(text.contains("Dear Lò Thị Hằng,"), text);
        assertTrue(text.contains("14:05 03/12/2026"), "the time in Vietnam, dd/MM/yyyy: " + text);

        String html = part(mail, "text/html");
        assertTrue(html.contains("<a href=\"https://sangkien.test/initiatives/123\">Xem chi tiết</a>"), html);
        assertTrue(html.contains("Bể lọc &lt;nước&gt;"), "the titles are escaped in HTML: " + html);
        assertFalse(html.contains("<nước>"), html);
        assertTrue(html.indexOf("lang=\"vi\"") < html.indexOf("lang=\"en\""), html);

        Map<String, Object> row = delivery(id);
        assertEquals("SENT", row.get("status"));
        assertEquals(1, row.get("attempts"));
        assertNotNull(row.get("sent_at"));
        assertNull(row.get("leased_until"));

        // Sent is sent: later runs leave it alone.
        sender.sendDue();
        assertEquals(1, smtp.receivedFor(address).size());
    }

    @Test
    void aRecipientWithoutAKnownNameIsGreetedWithoutOneAndANotificationWithoutLinkLeadsToTheApp() throws Exception {
        String address = address("noname");
        queue("someone-" + UUID.randomUUID(), address, "Chỉ tiêu đã thay đổi", "Quotas changed", null);

        sender.sendDue();

        String text = part(smtp.receivedFor(address).get(0), "text/plain");
        assertTrue(text.startsWith("Kính gửi anh/chị,"), text);
        assertTrue(text.contains("Dear colleague,"), text);
        assertTrue(text.contains("Xem chi tiết: https://sangkien.test/\n"), text);
    }

    @Test
    void whileTheSmtpServerIsDownMailsWaitWithBackOffAndOnceItIsBackEachArrivesOnce() throws Exception {
        List<String> addresses = List.of(address("down-1"), address("down-2"), address("down-3"));
        smtp.stop();
        List<UUID> ids = new ArrayList<>();
        try {
            for (String address : addresses) {
                ids.add(queue("u-" + UUID.randomUUID(), address, "Hồ sơ đã được nộp", "Dossier submitted", "/initiatives/7"));
            }
            sender.sendDue();
            int untried = 0;
            for (UUID id : ids) {
                Map<String, Object> row = delivery(id);
                assertEquals("PENDING", row.get("status"));
                assertEquals(1, row.get("attempts"));
                assertNull(row.get("leased_until"));
                String error = (String) row.get("last_error");
                assertTrue(error.contains("Connection refused"), error);
                untried += error.startsWith("not tried, the SMTP server could not be reached: ") ? 1 : 0;
            }
            // The first mail that met the closed port ended the run: the rest of its batch waits without a try.
            assertTrue(untried >= 2, untried + " of 3 not tried");
            // Not due yet: the back-off holds the next attempt back.
            sender.sendDue();
            for (UUID id : ids) {
                assertEquals(1, delivery(id).get("attempts"));
            }
            sleep(LONGEST_RETRY);
            sender.sendDue();
            for (UUID id : ids) {
                assertEquals(2, delivery(id).get("attempts"), "tried again once due");
            }
        } finally {
            smtp.start();
        }
        sleep(LONGEST_RETRY);
        sender.sendDue();
        sender.sendDue();

        for (int i = 0; i < ids.size(); i++) {
            assertEquals(1, smtp.receivedFor(addresses.get(i)).size(), addresses.get(i));
            assertEquals("<" + ids.get(i) + "@sangkien>", smtp.receivedFor(addresses.get(i)).get(0).getMessageID());
            Map<String, Object> row = delivery(ids.get(i));
            assertEquals("SENT", row.get("status"));
            assertEquals(3, row.get("attempts"));
            assertNull(row.get("last_error"));
        }
    }

    @Test
    void aSenderKilledAfterClaimingLeavesTheMailToTheNextRunOnceItsLeaseRunsOutWithTheSameMessageId() throws Exception {
        String neverSent = address("killed-before-sending");
        String sentNotMarked = address("killed-after-sending");
        UUID first = queue("u-" + UUID.randomUUID(), neverSent, "Hồ sơ bị trả lại", "Dossier returned", "/initiatives/8");
        UUID second = queue("u-" + UUID.randomUUID(), sentNotMarked, "Hồ sơ bị trả lại", "Dossier returned", "/initiatives/9");

        // The sender that dies: it claims both (the lease commits), sends the second one and is killed before marking.
        List<DueMail> claimed = sender.claim().stream().filter(m -> m.id().equals(first) || m.id().equals(second)).toList();
        assertEquals(2, claimed.size());
        mailer.send(composer.compose(claimed.stream().filter(m -> m.id().equals(second)).findFirst().orElseThrow()));

        // While the lease holds, another run leaves both alone.
        sender.sendDue();
        assertEquals(0, smtp.receivedFor(neverSent).size());
        assertEquals(1, smtp.receivedFor(sentNotMarked).size());
        assertEquals("PENDING", delivery(first).get("status"));
        assertNotNull(delivery(first).get("leased_until"));

        sleep(LEASE);
        sender.sendDue();

        assertEquals(1, smtp.receivedFor(neverSent).size());
        assertEquals("<" + first + "@sangkien>", smtp.receivedFor(neverSent).get(0).getMessageID());
        // At least once: the one sent before the crash goes again, as the same mail (same Message-ID).
        List<MimeMessage> twice = smtp.receivedFor(sentNotMarked);
        assertEquals(2, twice.size());
        assertEquals("<" + second + "@sangkien>", twice.get(0).getMessageID());
        assertEquals(twice.get(0).getMessageID(), twice.get(1).getMessageID());
        for (UUID id : List.of(first, second)) {
            assertEquals("SENT", delivery(id).get("status"));
            assertEquals(2, delivery(id).get("attempts"));
        }
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        int count = 2 * MailSender.BATCH + 5;
        List<String> addresses = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(address("together-" + i));
            ids.add(queue("u-" + UUID.randomUUID(), addresses.get(i), "Hồ sơ đã được chấm", "Dossier scored", "/initiatives/" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                runs.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return sender.sendDue();
                }));
            }
            ready.await();
            go.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertTrue(sent >= count, "the two runs sent " + sent);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < count; i++) {
            assertEquals(1, smtp.receivedFor(addresses.get(i)).size(), addresses.get(i));
            assertEquals(1, delivery(ids.get(i)).get("attempts"));
            assertEquals("SENT", delivery(ids.get(i)).get("status"));
        }
    }

    @Test
    void aMailTheServerNeverTakesIsFailedAfterTheLastAttemptAndNeverSentAfterwards() throws Exception {
        String address = address("never");
        UUID id;
        smtp.stop();
        try {
            id = queue("u-" + UUID.randomUUID(), address, "Hồ sơ được công nhận", "Dossier recognised", "/initiatives/10");
            for (int attempt = 1; attempt <= 4; attempt++) {
                sender.sendDue();
                Map<String, Object> row = delivery(id);
                assertEquals(attempt, row.get("attempts"));
                assertEquals(attempt < 4 ? "PENDING" : "FAILED", row.get("status"), "after attempt " + attempt);
                sleep(LONGEST_RETRY);
            }
            assertFalse(((String) delivery(id).get("last_error")).isBlank());
        } finally {
            smtp.start();
        }
        sender.sendDue();
        assertEquals(0, smtp.receivedFor(address).size());
        assertEquals("FAILED", delivery(id).get("status"));
        assertEquals(4, delivery(id).get("attempts"));
    }

    @Test
    void aMailThatCannotBeSentToItsAddressHoldsNoOtherBack() throws Exception {
        String good = address("good");
        UUID bad = queue("u-" + UUID.randomUUID(), "not a mail address", "Hồ sơ bị từ chối", "Dossier refused", "/initiatives/11");
        UUID fine = queue("u-" + UUID.randomUUID(), good, "Hồ sơ bị từ chối", "Dossier refused", "/initiatives/12");

        sender.sendDue();

        assertEquals("PENDING", delivery(bad).get("status"));
        assertEquals(1, delivery(bad).get("attempts"));
        assertFalse(((String) delivery(bad).get("last_error")).startsWith("not tried"));
        assertEquals("SENT", delivery(fine).get("status"));
        assertEquals(1, smtp.receivedFor(good).size());
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLongestDelay() {
        assertEquals(Duration.ofMillis(200), sender.delayAfter(1));
        assertEquals(Duration.ofMillis(400), sender.delayAfter(2));
        assertEquals(Duration.ofMillis(500), sender.delayAfter(3));
        assertEquals(Duration.ofMillis(500), sender.delayAfter(30));
    }

    @Test
    void anSmtpErrorIsKeptWithoutTheAddressesInIt() {
        String described = MailSender.describe(new IllegalStateException("550 5.1.1 <lo.hang@example.vn>: unknown",
                new RuntimeException("rcpt lo.hang@example.vn refused")));
        assertFalse(described.contains("lo.hang"), described);
        assertTrue(described.startsWith("IllegalStateException: 550 5.1.1 <…@…>: unknown"), described);
    }

    private UUID queue(String recipient, String address, String title, String titleEn, String link) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate(QUEUE).bind("id", id).bind("recipient", recipient).bind("address", address)
                .bind("title", title).bind("titleEn", titleEn).bind("link", link).execute());
        return id;
    }

    private Map<String, Object> delivery(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("""
                select status, attempts, sent_at, leased_until, last_error from mail_delivery where id = :id""")
                .bind("id", id).mapToMap().one());
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    private static String decoded(String header) throws UnsupportedEncodingException {
        return MimeUtility.decodeText(header);
    }

    /** The first body part of this type, decoded. */
    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = body.isMimeType(type) || body.isMimeType("multipart/*") ? part(body, type) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
