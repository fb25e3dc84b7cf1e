package vn.congdoan.sangkien.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An author or co-author (tác giả, đồng tác giả) with their contribution share. */
@Entity
@org.hibernate.envers.Audited
public class InitiativeAuthor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_author_seq")
    @SequenceGenerator(name = "initiative_author_seq", sequenceName = "initiative_author_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    public int position;

    public String fullName;

    public LocalDate birthDate;

    public String workplace;

    public String jobTitle;

    public String qualification;

    public BigDecimal contributionPercent;

    public boolean unionMember;

    /** The author's account (Keycloak username), when linked (V20): they see the dossier and confirm their row. */
    public String account;

    /** The author agreed that their name is shown on the public showcase (V30). */
    public boolean showName;

    /** When the linked author last confirmed or corrected this row; cleared when the filer changes it. */
    @NotAudited
    public OffsetDateTime confirmedAt;
}
