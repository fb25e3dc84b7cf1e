package vn.congdoan.sangkien.initiative.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.congdoan.sangkien.initiative.Initiative;

import java.time.OffsetDateTime;

/**
 * A file of a dossier, stored in PostgreSQL (bytea) with the dossier: one backup, one transaction, no second store
 * to keep in step; files are small (a size limit applies) and read rarely. Audited (Envers, V17) so that the dossier's
 * history shows who added, marked and removed which file; the bytes are not copied into the audit table.
 */
@Entity
@Audited
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;

    public String fileName;

    /** As recognised from the bytes, not as the client said. */
    public String contentType;

    public long sizeBytes;

    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @NotAudited
    public byte[] content;

    public String uploadedBy;

    public OffsetDateTime uploadedAt;

    /** Shown only to who may read the dossier's confidential parts (InitiativeAccess.confidentialVisible). */
    public boolean confidential;
}
