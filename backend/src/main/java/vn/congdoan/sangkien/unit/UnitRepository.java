package vn.congdoan.sangkien.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.ChangeFeed;
import vn.congdoan.sangkien.common.sync.ChangePage;
import vn.congdoan.sangkien.common.sync.ChangeToken;
import vn.congdoan.sangkien.unit.UnitDtos.UnitChange;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.text.SearchText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, Long> {

    private static final String MOVE_TAKES_EFFECT_ON = SqlFiles.of(UnitRepository.class, "move-takes-effect-on");

    private static final String CHANGES = SqlFiles.of(UnitRepository.class, "changes");
    private static final RowMapper<UnitChange> CHANGE = RecordRows.of(UnitChange.class);

    private final Jdbi jdbi;

    public UnitRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page of the units' change feed in the subtree at {@code rootPath}, read on the primary (ChangeFeed). */
    public ChangePage<UnitChange> changes(String rootPath, ChangeToken token, int size) {
        return jdbi.withHandle(h -> ChangeFeed.page(h, CHANGES, q -> q.bind("rootPath", rootPath), CHANGE, token, size));
    }

    public Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Unit> search(UnitFilter filter, Sort sort) {
        StringBuilder where = new StringBuilder(Unit.inSubtreeHql("path", ":scope"));
        Parameters params = Parameters.with("scope", filter.scopePath());
        List<String> words = SearchText.words(filter.q());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and searchName like :w").append(i);
            params.and("w" + i, SearchText.containsPattern(words.get(i)));
        }
        if (filter.within() != null) {
            where.append(" and ").append(Unit.inSubtreeHql("path", ":within"));
            params.and("within", filter.within().path);
        }
        if (filter.parent() != null) {
            where.append(" and parent = :parent");
            params.and("parent", filter.parent());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.and("type", filter.type());
        }
        if (filter.activeOn() != null) {
            where.append(" and validFrom <= :day and (validTo is null or validTo >= :day)");
            params.and("day", filter.activeOn());
        }
        return find(where.toString(), sort, params);
    }

    /** The subtree below a unit down to a relative depth, parents before children. */
    public List<Unit> subtree(Unit root, int depth, LocalDate activeOn) {
        return find(Unit.inSubtreeHql("path", "?1") + " and depth <= ?2 and validFrom <= ?3 and (validTo is null or validTo >= ?3)",
                Sort.ascending("depth", "name"), root.path, root.depth + depth, activeOn).list();
    }

    public record UnitFilter(String q, String scopePath, Unit within, Unit parent, UnitType type, LocalDate activeOn) {
    }

    /** The day a move takes effect, read by the placement trigger (see V4): earlier periods keep the old parent. */
    public void moveTakesEffectOn(LocalDate day) {
        jdbi.useHandle(h -> h.createQuery(MOVE_TAKES_EFFECT_ON).bind("day", day.toString()).mapTo(String.class).one());
    }
}
