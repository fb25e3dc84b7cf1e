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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** A programme (chương trình) such as "01 triệu sáng kiến". */
// Read on every request and changed rarely, through Hibernate only: kept in the second-level cache.
@Entity
@Audited
@Cacheable
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
    @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 50)
    public Long id;

    public String code;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public QuotaRule quotaRule;

    /** Smallest contribution share a co-author may have, in %; none when absent. */
    public java.math.BigDecimal minCoauthorPercent;

    /** Stamped by the database on insert and update (V28), read back after each write. */
    @NotAudited // kept by the database
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public java.time.OffsetDateTime updatedAt;

    @Version
    public long version;
}
