package vn.congdoan.sangkien.quota;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.time.OffsetDateTime;

/**
 * The quota sheet of a unit in a programme: its children's allocation (and its own targets when it is the top
 * of the programme). Its version is what a client sends back so that two officers cannot overwrite each other.
 */
@Entity
@Audited
public class QuotaSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_sheet_seq")
    @SequenceGenerator(name = "quota_sheet_seq", sequenceName = "quota_sheet_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
