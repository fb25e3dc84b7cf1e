package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;

import java.time.OffsetDateTime;
import java.util.List;

/** One file imported: its fingerprint makes a second sending of the same bytes answer this result again. */
@Entity
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
    @SequenceGenerator(name = "import_batch_seq", sequenceName = "import_batch_seq", allocationSize = 50)
    public Long id;

    public long programId;

    public String sha256;

    public String fileFormat;

    @Enumerated(EnumType.STRING)
    public ImportMode mode;

    public String importedBy;

    public OffsetDateTime importedAt;

    public int rowCount;

    public int imported;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<RejectedRow> rejectedRows;

    /** As sent by the importer, for people; may be absent. */
    public String fileName;

    /** The lowest unit over every unit the file named ('/' for none): who may see the batch. */
    public String unitPath;

    public int skipped;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Integer> skippedRows;
}
