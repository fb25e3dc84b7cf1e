package vn.congdoan.sangkien.quota;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.ChangeFeed;
import vn.congdoan.sangkien.common.sync.ChangePage;
import vn.congdoan.sangkien.common.sync.ChangeToken;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaChange;

/** The quotas' change feed, for mirrors (common.db.ChangeFeed), read on the primary. */
@ApplicationScoped
public class QuotaChangesRepository {

    private static final String CHANGES = SqlFiles.of(QuotaChangesRepository.class, "changes");
    private static final RowMapper<QuotaChange> CHANGE = RecordRows.of(QuotaChange.class);

    private final Jdbi jdbi;

    public QuotaChangesRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public ChangePage<QuotaChange> changes(long programId, String rootPath, ChangeToken token, int size) {
        return jdbi.withHandle(h -> ChangeFeed.page(h, CHANGES,
                q -> q.bind("program", programId).bind("rootPath", rootPath), CHANGE, token, size));
    }
}
