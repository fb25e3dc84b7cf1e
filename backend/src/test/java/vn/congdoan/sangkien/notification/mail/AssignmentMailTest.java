package vn.congdoan.sangkien.notification.mail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.Api;
import vn.congdoan.sangkien.common.Fixtures;
import vn.congdoan.sangkien.common.SmtpServerResource;
import vn.congdoan.sangkien.common.Tokens;
import vn.congdoan.sangkien.outbox.OutboxWorker;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole way of a mail: an officer assigns an evaluator through the API, the outbox's worker fans the event out
 * (a notification, and a mail row since the evaluator gave an address and wants this kind by mail), the sender sends
 * it to the SMTP server (GreenMail), once, with the link to the score sheet. Someone who chose no mail for the kind
 * gets the notification and no mail.
 */
@QuarkusTest
class AssignmentMailTest {

    SmtpServerResource.Smtp smtp;

    @Inject
    OutboxWorker worker;

    @Inject
    MailSender sender;

    @Inject
    Jdbi jdbi;

    @Test
    void theAssignedEvaluatorGetsOneMailWithTheLinkToTheScoreSheet() throws Exception {
        String district = Fixtures.createUnit("T-ML", "Huyện thư", "DISTRICT_FEDERATION", "TLD");
        String evaluator = "gk.mail." + district.toLowerCase();
        String address = evaluator + "-" + UUID.randomUUID().toString().substring(0, 8) + "@sangkien.test";
        signIn(evaluator, district, address);
        long id = Fixtures.createInitiative(district, "Máy sấy chè bằng nhiệt mặt trời", "2022-02-02");

        Fixtures.underReview(id, district, evaluator);
        assertEquals(0, smtp.receivedFor(address).size(), "nothing is sent before the sender runs");
        worker.fanOut();
        sender.sendDue();
        worker.fanOut();
        sender.sendDue();

        List<MimeMessage> mails = smtp.receivedFor(address);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertTrue(mail.getSubject().startsWith("[Sáng kiến] Bạn được phân công chấm hồ sơ"), mail.getSubject());
        assertTrue(mail.getSubject().contains("Máy sấy chè bằng nhiệt mặt trời"), mail.getSubject());
        assertTrue(mail.getSubject().contains(" / You were assigned to evaluate dossier"), mail.getSubject());
        String text = text(mail);
        assertTrue(text.contains("Xem chi tiết: https://sangkien.test/review/" + id + "\n"), text);
        String messageId = jdbi.withHandle(h -> h.createQuery("""
                        select m.id from mail_delivery m join notification n on n.id = m.notification_id
                        where n.recipient = :r and m.status = 'SENT'""")
                .bind("r", evaluator).mapTo(UUID.class).one()).toString();
        assertEquals("<" + messageId + "@sangkien>", mail.getMessageID());
    }

    @Test
    void anEvaluatorWhoChoseNoMailForAssignmentsGetsNone() {
        String district = Fixtures.createUnit("T-ML", "Huyện không thư", "DISTRICT_FEDERATION", "TLD");
        String evaluator = "gk.nomail." + district.toLowerCase();
        String address = evaluator + "@sangkien.test";
        String token = signIn(evaluator, district, address);
        Api.as(token).contentType("application/json")
                .body("{\"preferences\": [{\"kind\": \"EVALUATOR_ASSIGNED\", \"email\": false}]}")
                .put("/api/v1/notifications/preferences").then().statusCode(200);
        long id = Fixtures.createInitiative(district, "Lò sấy thảo quả", "2022-02-02");

        Fixtures.underReview(id, district, evaluator);
        worker.fanOut();
        sender.sendDue();

        Api.as(token).get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].link", org.hamcrest.Matchers.equalTo("/review/" + id));
        assertEquals(0, smtp.receivedFor(address).size());
    }

    /** GET /me records the account with its mail address, as the web app's first call does. */
    private static String signIn(String user, String unit, String address) {
        String token = Tokens.claims(user, Roles.EVALUATOR, unit).claim("email", address).sign("privateKey.jwk");
        Api.as(token).get("/api/v1/me").then().statusCode(200);
        return token;
    }

    private static String text(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no text part");
    }
}
