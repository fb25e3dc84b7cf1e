package vn.congdoan.sangkien.program;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A counting window (giai đoạn / năm / quý): an initiative counts in every period whose window holds its date first applied. */
// Read on every request and changed rarely, through Hibernate only: kept in the second-level cache.
@Entity
@Audited
@Cacheable
public class Period {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "period_seq")
    @SequenceGenerator(name = "period_seq", sequenceName = "period_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    /** The period this one divides, e.g. a phase inside the whole programme. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Period parent;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public PeriodKind kind;

    /** First day counted, inclusive. */
    public LocalDate startsOn;

    /** Last day counted, inclusive. */
    public LocalDate endsOn;

    /** Stamped by the database on insert and update (V28), read back after each write. */
    @NotAudited // kept by the database
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public java.time.OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean holds(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The day whose unit tree a report of this period as of {@code day} counts in: its last day, or the day if earlier. */
    public LocalDate treeDate(LocalDate day) {
        return endsOn.isBefore(day) ? endsOn : day;
    }
}
