package vn.congdoan.sangkien.unit;

import jakarta.persistence.Column;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;
import vn.congdoan.sangkien.common.text.SearchText;

import java.time.LocalDate;

/** A union unit (đơn vị công đoàn) in the dated organisation tree. */
@Entity
@Audited
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    public Long id;

    public String code;

    public String name;

    /** The name folded for diacritics-insensitive search. */
    @NotAudited // derived from code and name
    public String searchName;

    @Enumerated(EnumType.STRING)
    public UnitType type;

    /** The target group its members belong to (V18); null where it does not apply, e.g. a district federation. */
    @Enumerated(EnumType.STRING)
    public UnitSector sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    /** Materialised path of ids, e.g. "/1/51/101/": kept by the database trigger from the parent. */
    @NotAudited // kept by the database
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public String path;

    @NotAudited // kept by the database
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public int depth;

    public LocalDate validFrom;

    public LocalDate validTo;

    /** Stamped by the database on insert and update (V26), read back with the path. */
    @NotAudited // kept by the database
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public java.time.OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void foldName() {
        searchName = SearchText.fold(code, name);
    }

    public boolean isActiveOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public boolean contains(Unit other) {
        return inSubtree(other.path, path);
    }

    /**
     * True when the unit at {@code path} is the one at {@code rootPath} or below it: the Java twin of the database's
     * in_subtree(path, root_path) (V13), which every SQL statement uses; UnitPathsTest holds the two to the same answers.
     */
    public static boolean inSubtree(String path, String rootPath) {
        return path.startsWith(rootPath);
    }

    /** True for the path of a unit below a top-level one (a district, a grassroots union), false for those and the root. */
    public static boolean isBelowTopLevel(String path) {
        return path.split("/").length > 3;
    }

    /** The id of the unit at {@code path} ("/1/51/101/" → 101), null for no path. */
    public static Long lastIdOf(String path) {
        if (path == null || path.length() < 3) {
            return null;
        }
        String trimmed = path.substring(0, path.length() - 1);
        return Long.valueOf(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    /** The same predicate in HQL, e.g. {@code inSubtreeHql("path", ":scope")}: the database's function, called. */
    public static String inSubtreeHql(String path, String rootPath) {
        return "function('in_subtree', " + path + ", " + rootPath + ") = true";
    }

    /**
     * The unit under the root this one belongs to (a province federation, a sector union), itself included: the
     * second id of the path, as in the database's unit_ancestors. Null for the root.
     */
    public Long topLevelAncestorId() {
        String[] ids = path.split("/");
        return ids.length > 2 ? Long.valueOf(ids[2]) : null;
    }
}
