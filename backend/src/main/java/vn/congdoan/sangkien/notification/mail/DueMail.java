package vn.congdoan.sangkien.notification.mail;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A mail a sender has claimed: its delivery (id: the Message-ID's stem; the attempt this is) and the notification it
 * tells (texts in Vietnamese and English, the link into the web app, the recipient's name when the account is known).
 */
record DueMail(UUID id, String address, int attempts, String kind, String title, String titleEn, String link,
               OffsetDateTime createdAt, String fullName) {
}
