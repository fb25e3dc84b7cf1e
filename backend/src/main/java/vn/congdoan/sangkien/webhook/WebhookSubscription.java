package vn.congdoan.sangkien.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/**
 * An integrator's subscription (V23): the event kinds it wants, POSTed to {@code url} as CloudEvents signed with
 * {@code secret} (Standard Webhooks, {@code whsec_} and base64 of 32 random bytes; shown once, at creation).
 * {@code owner}: the reporter account that manages it, null when an admin registered it.
 */
@Entity
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String url;

    public String secret;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_kinds", columnDefinition = "text[]")
    public String[] eventKinds;

    public boolean active;

    public String owner;

    public String createdBy;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
