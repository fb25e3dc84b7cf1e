package vn.congdoan.sangkien.progress;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import vn.congdoan.sangkien.unit.Unit;

import java.util.LinkedHashSet;
import java.util.Set;

/** An emulation cluster (cụm thi đua): units of one programme ranked against each other. */
@Entity
@Audited
public class EmulationCluster {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emulation_cluster_seq")
    @SequenceGenerator(name = "emulation_cluster_seq", sequenceName = "emulation_cluster_seq", allocationSize = 50)
    public Long id;

    public long programId;

    public String code;

    public String name;

    @ManyToMany
    @JoinTable(name = "emulation_cluster_member", joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> members = new LinkedHashSet<>();

    @Version
    public long version;
}
