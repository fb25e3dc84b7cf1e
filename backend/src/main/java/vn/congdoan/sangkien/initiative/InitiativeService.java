package vn.congdoan.sangkien.initiative;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.audit.ConfidentialReads;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.api.HttpCaching;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.paging.Cursor;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorCorrection;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeSummary;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeWrite;
import vn.congdoan.sangkien.initiative.InitiativeDtos.SimilarInitiative;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.security.CurrentUser;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.unit.SupportTeamService;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitScope;
import vn.congdoan.sangkien.unit.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

@ApplicationScoped
public class InitiativeService {

    /** Sort keys of the API and the columns they sort the search by (plus id, which PageRequest adds for ties). */
    private static final String DEFAULT_SORT = "-updatedAt";
    private static final Map<String, String> SORTABLE = Map.of(
            "updatedAt", "updated_at", "createdAt", "created_at", "title", "title",
            "firstAppliedOn", "first_applied_on", "status", "status", "receiptNumber", "receipt_number");

    private final InitiativeRepository initiatives;
    private final InitiativeSearchRepository searches;
    private final InitiativeReadRepository reads;
    private final InitiativeMapper mapper;
    private final InitiativeRules rules;
    private final InitiativeAccess access;
    private final ProgramService programs;
    private final UnitService units;
    private final UnitScope scope;
    private final CurrentUser user;
    private final InitiativeEventRepository events;
    private final ConfidentialReads confidentialReads;
    private final DossierActions actions;
    private final SupportTeamService supportTeams;
    private final FourEyes fourEyes;
    private final AuthorConfirmationRepository confirmations;
    private final HttpCaching caching;

    public InitiativeService(InitiativeRepository initiatives, InitiativeSearchRepository searches,
                             InitiativeReadRepository reads, InitiativeMapper mapper,
                             InitiativeRules rules, InitiativeAccess access, ProgramService programs, UnitService units,
                             UnitScope scope, CurrentUser user, InitiativeEventRepository events,
                             ConfidentialReads confidentialReads, DossierActions actions, SupportTeamService supportTeams,
                             FourEyes fourEyes, AuthorConfirmationRepository confirmations, HttpCaching caching) {
        this.caching = caching;
        this.supportTeams = supportTeams;
        this.fourEyes = fourEyes;
        this.confirmations = confirmations;
        this.events = events;
        this.confidentialReads = confidentialReads;
        this.actions = actions;
        this.initiatives = initiatives;
        this.searches = searches;
        this.reads = reads;
        this.mapper = mapper;
        this.rules = rules;
        this.access = access;
        this.programs = programs;
        this.units = units;
        this.scope = scope;
        this.user = user;
    }

    /** A dossier the caller may see; any other answers 404 as if it did not exist. */
    public Initiative require(long id) {
        return access.requireVisible(initiatives.findWithAuthors(id).orElse(null), id);
    }

    /**
     * A read leaves out similar titles: the hot path stays one statement, without entities; GET /initiatives/similar
     * has them.
     */
    public InitiativeView get(long id) {
        InitiativeReadRepository.Dossier dossier = reads.find(id).filter(d -> access.visible(d.holder()))
                .orElseThrow(() -> ApiException.notFound("initiative", id));
        InitiativeView shown = shownTo(dossier.view(), dossier.holder());
        if (shown.confidentialParts() != null) {
            // Every reader is recorded, the filer and linked authors too: the record stays whole.
            confidentialReads.record(id, dossier.holder().unitPath(), access.actor());
        }
        return shown;
    }

    /**
     * The version a write is checked against: the one sent, else the one the If-Match header's tag stands for. When
     * If-Match is sent it must name the current tag (412 otherwise), and a version sent too must still be current
     * (409); with neither, the version is required (400), as it always was.
     */
    private long versionFor(long id, Long sent, String ifMatch) {
        Long version = sent;
        if (ifMatch != null && !ifMatch.isBlank()) { // an empty header names nothing: the version decides, as without one
            long read = versionMatching(id, ifMatch);
            if (version == null) {
                version = read;
            }
        }
        if (version == null) {
            throw ApiException.invalid(FieldProblem.of("version", "NotNull"));
        }
        return version;
    }

    /**
     * The version of the dossier whose tag (as this caller's GET shows it) If-Match names, else 412. The view is the
     * read's, not recorded as a confidential read: nothing is shown. "*" holds for any dossier the caller sees.
     */
    private long versionMatching(long id, String ifMatch) {
        InitiativeReadRepository.Dossier dossier = reads.find(id).filter(d -> access.visible(d.holder()))
                .orElseThrow(() -> ApiException.notFound("initiative", id));
        InitiativeView current = shownTo(dossier.view(), dossier.holder());
        if (!HttpCaching.ifMatchHolds(ifMatch, caching.tagOf(current))) {
            throw ApiException.preconditionFailed(HttpCaching.IF_MATCH);
        }
        return current.version();
    }

    /**
     * The confidential parts only for who may read them, and the steps the caller may take now, on both the read and
     * the write path.
     */
    private InitiativeView shownTo(InitiativeView full, InitiativeAccess.Holder dossier) {
        InitiativeView shown = full.withAllowedActions(actions.allowed(full, dossier));
        return access.confidentialVisible(dossier) ? shown : shown.withoutConfidentialParts();
    }

    /** The dossier after a write, with the titles close to it so that a duplicate is caught as it is typed in. */
    public InitiativeView view(Initiative initiative) {
        List<SimilarInitiative> similar = similarTitles(initiative.program.id, initiative.id, initiative.foldedTitle);
        return shownTo(mapper.toView(initiative, similar), InitiativeAccess.Holder.of(initiative));
    }

    public List<SimilarInitiative> similar(String programCode, String title) {
        Program program = programs.require(programCode);
        return similarTitles(program.id, -1, SearchText.fold(title));
    }

    /** Close titles within what the caller may read: a member sees only their own dossiers (docs/architecture.md, "Security model"), not colleagues'. */
    private List<SimilarInitiative> similarTitles(long programId, long excludeId, String foldedTitle) {
        String owner = scope.onlyOwnInitiatives() ? scope.username().orElseThrow() : null;
        return searches.similarTitles(programId, excludeId, foldedTitle, scope.pathPrefix(), owner);
    }

    public PageResult<InitiativeSummary> search(InitiativeSearch search, PageRequest page, String cursorText) {
        Sort sort = page.panacheSort(SORTABLE, DEFAULT_SORT);
        String sortName = page.sortOr(DEFAULT_SORT);
        Cursor cursor = Cursor.parse(cursorText, sortName, "cursor");
        Program program = search.program() == null ? null : programs.require(search.program());
        Period period = null;
        if (search.period() != null) {
            if (program == null) {
                throw ApiException.invalid(FieldProblem.of("program", "RequiredWithPeriod"));
            }
            period = programs.requirePeriod(program, search.period());
        }
        boolean officer = user.isOfficer();
        boolean reviewerOnly = !officer && !user.has(Roles.MEMBER) && user.has(Roles.EVALUATOR);
        Unit searched = search.unit() != null ? units.require(search.unit())
                : reviewerOnly || scope.national() ? null : scope.ownUnit().orElse(null);
        Long underUnit = searched != null ? searched.id : reviewerOnly ? null : scope.subtreeRootId();
        Long topUnit = searched == null ? null : searched.topLevelAncestorId();
        // A member: the dossiers they filed and those naming them as a linked author (where-createdBy.sql).
        String createdBy = !officer && !reviewerOnly ? user.username() : null;
        String assignedTo = reviewerOnly ? user.username() : null;
        String linkedAccount = search.linkedToMe() ? user.username() : null;
        var filter = new InitiativeFilter(search.q(), program == null ? null : program.id, underUnit, topUnit, createdBy,
                assignedTo, linkedAccount,
                period, search.statuses(), search.field(), search.solutionType(), search.grade());
        var found = searches.search(filter, sort, page.page(), page.size(),
                cursor == null ? null : new InitiativeSearchRepository.Position(cursor.value(), cursor.id()));
        Cursor next = found.last() == null ? null : new Cursor(sortName, found.last().sortValue(), found.last().id());
        return PageResult.of(found.items(), page, found.total(), Function.identity(), next);
    }

    @Transactional
    public InitiativeView create(InitiativeWrite request) {
        Initiative initiative = new Initiative();
        initiative.status = InitiativeStatus.DRAFT;
        initiative.createdAt = Timestamps.now();
        initiative.createdBy = scope.username().orElse(null);
        apply(initiative, request);
        initiatives.persist(initiative);
        events.record(initiative, null, InitiativeStatus.DRAFT, access.actor(), null);
        initiatives.flush();
        return view(initiative);
    }

    /**
     * @param ifMatch the If-Match header, or null: the ETag of the dossier as this caller reads it (GET), instead of or
     *                besides the version; not the current one: 412 and nothing saved
     */
    @Transactional
    public InitiativeView update(long id, InitiativeWrite request, String ifMatch) {
        Initiative initiative = require(id);
        Versions.check(initiative.version, versionFor(id, request.version(), ifMatch));
        requireEditable(initiative);
        apply(initiative, request);
        initiatives.flush(); // a concurrent writer that read the same version fails here: 409
        return view(initiative);
    }

    /** @param ifMatch the If-Match header, or null; see {@link #versionFor} */
    @Transactional
    public void delete(long id, Long version, String ifMatch) {
        Initiative initiative = require(id);
        Versions.check(initiative.version, versionFor(id, version, ifMatch));
        if (initiative.status != InitiativeStatus.DRAFT) {
            throw ApiException.conflict("initiative-not-deletable", initiative.status);
        }
        initiatives.delete(initiative);
        initiatives.flush();
    }

    /** Only drafts and returned dossiers change, and only by those who may edit them (not their reviewers). */
    public void requireEditable(Initiative initiative) {
        if (!initiative.status.editable()) {
            throw ApiException.conflict("initiative-not-editable", initiative.status);
        }
        if (!access.mayEdit(initiative.createdBy)) {
            throw ApiException.notFound("initiative", initiative.id);
        }
    }

    /** The authors as sent, an account left blank meaning none; an account named twice is refused. */
    private static List<AuthorDto> linkedAccounts(List<AuthorDto> authors) {
        List<AuthorDto> linked = new ArrayList<>();
        Set<String> accounts = new HashSet<>();
        for (int i = 0; i < authors.size(); i++) {
            AuthorDto a = authors.get(i);
            String account = a.account() == null || a.account().isBlank() ? null : a.account().strip();
            if (account != null && !accounts.add(account)) {
                throw ApiException.invalid(FieldProblem.of("authors[" + i + "].account", "UniqueMember", account));
            }
            linked.add(new AuthorDto(a.fullName(), a.birthDate(), a.workplace(), a.jobTitle(), a.qualification(),
                    a.contributionPercent(), a.unionMember(), account, null, a.showName()));
        }
        return linked;
    }

    /**
     * Filing on behalf (tổ hỗ trợ sáng kiến): officers, and the support team of the dossier's unit, file dossiers whose
     * authors are others and link authors to any account. Anyone else files only as one of the authors (linked to
     * their account or named with their full name) and links no account but their own (or one already linked).
     */
    private void requireMayFileFor(Unit unit, List<AuthorDto> authors, List<InitiativeAuthor> stored) {
        if (scope.system() || user.isOfficer() || supportTeams.onTeam(unit, user.username())) {
            return;
        }
        Set<String> alreadyLinked = new HashSet<>();
        stored.forEach(a -> alreadyLinked.add(a.account));
        for (int i = 0; i < authors.size(); i++) {
            String account = authors.get(i).account();
            if (account != null && !account.equals(user.username()) && !alreadyLinked.contains(account)) {
                throw ApiException.forbidden("filing-on-behalf", FieldProblem.of("authors[" + i + "].account", "LinkOwnAccount"));
            }
        }
        if (!fourEyes.isAuthor(authors)) {
            throw ApiException.forbidden("filing-on-behalf", FieldProblem.of("authors", "FilingOnBehalf"));
        }
    }

    /**
     * The linked author confirms their details as the dossier states them (the version they read), before submission;
     * recorded in the history. Only an author linked to the caller's account; a dossier submitted is read-only to them.
     */
    @Transactional
    public InitiativeView confirmAuthor(long id, long version, String note) {
        Initiative initiative = require(id);
        InitiativeAuthor author = linkedAuthorRow(initiative);
        Versions.check(initiative.version, version);
        requireBeforeSubmission(initiative);
        author.confirmedAt = Timestamps.now();
        confirmations.record(initiative.id, author, false, note);
        initiatives.flush();
        return view(initiative);
    }

    /**
     * The linked author corrects their own row (name, birth date, workplace, job title, qualification, union member);
     * the contribution share stays the filer's, agreed among the authors. Counts as their confirmation too.
     */
    @Transactional
    public InitiativeView correctAuthor(long id, AuthorCorrection correction) {
        Initiative initiative = require(id);
        InitiativeAuthor author = linkedAuthorRow(initiative);
        Versions.check(initiative.version, correction.version());
        requireBeforeSubmission(initiative);
        author.fullName = correction.fullName().strip();
        author.birthDate = correction.birthDate();
        author.workplace = correction.workplace();
        author.jobTitle = correction.jobTitle();
        author.qualification = correction.qualification();
        author.unionMember = correction.unionMember() == null || correction.unionMember();
        author.confirmedAt = Timestamps.now();
        initiative.updatedAt = Timestamps.now(); // and a new version: a form read before is stale
        initiative.refreshSearchText();
        confirmations.record(initiative.id, author, true, null);
        initiatives.flush();
        return view(initiative);
    }

    private InitiativeAuthor linkedAuthorRow(Initiative initiative) {
        return initiative.authors.stream().filter(a -> user.username().equals(a.account)).findFirst()
                .orElseThrow(() -> ApiException.forbidden("not-linked-author", FieldProblem.of("authors", "LinkedAuthor")));
    }

    private static void requireBeforeSubmission(Initiative initiative) {
        if (!initiative.status.editable()) {
            throw ApiException.conflict("initiative-not-editable", initiative.status);
        }
    }

    private void apply(Initiative initiative, InitiativeWrite request) {
        // Decided on the stored dossier, before its unit may change. A caller shown confidentialHidden never had the
        // text in their form, so the null they send means "not mine to see", not "erase it".
        boolean confidentialWritable = initiative.id == null || access.confidentialVisible(initiative);
        Program program = programs.requireReferenced("programCode", request.programCode());
        Unit unit = units.requireReferenced("unitCode", request.unitCode());
        LocalDate filedOn = request.filedOn() != null ? request.filedOn()
                : initiative.filedOn != null ? initiative.filedOn : VietnamClock.today();
        List<FieldProblem> problems = new ArrayList<>(rules.check(request, filedOn, program, programs.periodsOf(program)));
        if (!confidentialWritable && initiative.confidentialParts != null && !unit.id.equals(initiative.unit.id)) {
            // Moving the dossier into one's own unit would open the confidential parts to who may not read them.
            problems.add(FieldProblem.of("unitCode", "ConfidentialStaysWithUnit"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        mapper.copyDossier(request, initiative);
        if (confidentialWritable) {
            initiative.confidentialParts = request.confidentialParts();
        }
        initiative.title = request.title().strip();
        initiative.program = program;
        initiative.unit = unit;
        initiative.filedOn = filedOn;
        List<AuthorDto> authors = linkedAccounts(request.authors());
        requireMayFileFor(unit, authors, initiative.authors);
        initiative.setAuthors(authors, mapper);
        initiative.helpers = request.helpers() == null ? new ArrayList<>() : new ArrayList<>(mapper.toHelpers(request.helpers()));
        initiative.updatedAt = Timestamps.now();
        initiative.refreshSearchText();
    }
}
