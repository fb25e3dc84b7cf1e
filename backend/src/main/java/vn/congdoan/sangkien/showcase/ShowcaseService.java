package vn.congdoan.sangkien.showcase;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.security.CurrentUser;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.Helped;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.ShowcaseInitiative;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.ShowcaseItem;
import vn.congdoan.sangkien.showcase.ShowcaseRepository.One;
import vn.congdoan.sangkien.showcase.ShowcaseRepository.Row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the public showcase (no caller needed) and the signed-in "this helped us too" marks. */
@ApplicationScoped
public class ShowcaseService {

    private final ShowcaseRepository repository;
    private final CurrentUser user;

    public ShowcaseService(ShowcaseRepository repository, CurrentUser user) {
        this.repository = repository;
        this.user = user;
    }

    public PageResult<ShowcaseItem> search(ShowcaseQuery query) {
        Map<String, Object> filters = new LinkedHashMap<>();
        List<String> words = SearchText.words(query.q);
        if (!words.isEmpty()) {
            filters.put("words", SearchText.wordQuery(query.q));
            filters.put("wordList", words.toArray(String[]::new));
        }
        if (query.field != null) {
            filters.put("field", query.field.name());
        }
        if (query.unit != null && !query.unit.isBlank()) {
            filters.put("unit", query.unit.strip());
        }
        ShowcaseRepository.Found found = repository.page(filters, query.page, query.size);
        return PageResult.of(found.rows(), new PageRequest(query.page, query.size, null), found.total(), ShowcaseService::item);
    }

    private static ShowcaseItem item(Row r) {
        return new ShowcaseItem(r.id(), r.title(), r.unitCode(), r.unitName(), r.field(), r.field().label(),
                r.solutionType(), r.summary(), r.recognisedOn(), r.helpedCount());
    }

    /** A published dossier's public part; 404 for any other, as if it did not exist. */
    public ShowcaseInitiative get(long id) {
        One o = repository.one(id).orElseThrow(() -> ApiException.notFound("initiative", id));
        return new ShowcaseInitiative(o.id(), o.title(), o.unitCode(), o.unitName(), o.field(),
                o.field().label(), o.solutionType(), o.summary(), o.benefitsByAuthors(),
                o.benefitsByAppliers(), o.recognisedOn(), o.grade(), repository.authorNames(id), o.helpedCount());
    }

    public Helped helped(long id) {
        requirePublished(id);
        return repository.helped(id, user.username());
    }

    public Helped mark(long id) {
        requirePublished(id);
        return repository.mark(id, user.username());
    }

    public Helped unmark(long id) {
        requirePublished(id);
        return repository.unmark(id, user.username());
    }

    private void requirePublished(long id) {
        if (!repository.published(id)) {
            throw ApiException.notFound("initiative", id);
        }
    }
}
