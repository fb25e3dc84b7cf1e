package vn.congdoan.sangkien.notification.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.common.text.VietnameseFormats;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A notification as a mail: Vietnamese first, then English, as text and as simple HTML (templates in
 * {@code templates/MailComposer/}), with the link back into the web app ({@code sangkien.public-url} + the
 * notification's link). Message-ID {@code <id@sangkien>}: a mail sent again after a crash is the same mail.
 */
@ApplicationScoped
public class MailComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(String fullName, String title, String titleEn, String url, String time);

        static native TemplateInstance html(String fullName, String title, String titleEn, String url, String time);
    }

    private final String publicUrl;

    public MailComposer(@ConfigProperty(name = "sangkien.public-url") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The Message-ID of a delivery: the same for every attempt. */
    static String messageId(DueMail mail) {
        return "<" + mail.id() + "@sangkien>";
    }

    /** Where the mail's link leads: the object in the web app, else its start page. */
    String url(DueMail mail) {
        String link = mail.link();
        if (link == null || link.isBlank()) {
            return publicUrl + "/";
        }
        return publicUrl + (link.startsWith("/") ? link : "/" + link);
    }

    Mail compose(DueMail mail) {
        String url = url(mail);
        ZonedDateTime at = mail.createdAt().atZoneSameInstant(VietnamClock.VIETNAM);
        String time = TIME.format(at) + " " + VietnameseFormats.date(at.toLocalDate());
        String name = mail.fullName() == null || mail.fullName().isBlank() ? null : mail.fullName();
        return Mail.withText(mail.address(), subject(mail),
                        Templates.text(name, mail.title(), mail.titleEn(), url, time).render())
                .setHtml(Templates.html(name, mail.title(), mail.titleEn(), url, time).render())
                .addHeader("Message-ID", messageId(mail))
                // RFC 3834: sent by a program; vacation responders and the like do not answer it.
                .addHeader("Auto-Submitted", "auto-generated");
    }

    /** "[Sáng kiến] <Vietnamese title> / <English title>". */
    static String subject(DueMail mail) {
        return "[Sáng kiến] " + mail.title() + " / " + mail.titleEn();
    }
}
