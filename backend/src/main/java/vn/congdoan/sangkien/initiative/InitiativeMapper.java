package vn.congdoan.sangkien.initiative;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeWrite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

@Mapper(componentModel = "cdi")
public interface InitiativeMapper {

    /**
     * The full dossier, confidential parts included ({@link InitiativeView#withoutConfidentialParts} for who may not see
     * them); the caller decides which titles are similar.
     */
    @Mapping(target = "programCode", source = "initiative.program.code")
    @Mapping(target = "unitCode", source = "initiative.unit.code")
    @Mapping(target = "unitName", source = "initiative.unit.name")
    @Mapping(target = "confidentialHidden", constant = "false")
    @Mapping(target = "similar", source = "similar")
    @Mapping(target = "allowedActions", ignore = true)
    InitiativeView toView(Initiative initiative, List<InitiativeDtos.SimilarInitiative> similar);

    InitiativeDtos.HelperDto toDto(Helper helper);

    Helper toHelper(InitiativeDtos.HelperDto helper);

    List<Helper> toHelpers(List<InitiativeDtos.HelperDto> helpers);

    AuthorDto toDto(InitiativeAuthor author);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "initiative", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "unionMember", defaultValue = "true")
    @Mapping(target = "contributionPercent", qualifiedByName = "storedShare")
    @Mapping(target = "confirmedAt", ignore = true)
    @Mapping(target = "showName", defaultValue = "false")
    InitiativeAuthor toEntity(AuthorDto author);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "initiative", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "unionMember", defaultValue = "true")
    @Mapping(target = "contributionPercent", qualifiedByName = "storedShare")
    @Mapping(target = "confirmedAt", ignore = true)
    @Mapping(target = "showName", defaultValue = "false")
    void updateAuthor(AuthorDto source, @MappingTarget InitiativeAuthor target);

    /** A share as the database keeps it (numeric(5, 2)): 60 is 60.00, so a write answers as a read will. */
    @Named("storedShare")
    default BigDecimal storedShare(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Copies the dossier's own fields; programme, unit, authors, status and bookkeeping are the service's, and so are
     * the confidential parts (only those who may see them may change them).
     */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "confidentialParts", ignore = true)
    @Mapping(target = "program", ignore = true)
    @Mapping(target = "unit", ignore = true)
    @Mapping(target = "authors", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "helpers", ignore = true)
    @Mapping(target = "foldedTitle", ignore = true)
    @Mapping(target = "filedOn", ignore = true)
    @Mapping(target = "receiptNumber", ignore = true)
    @Mapping(target = "submittedOn", ignore = true)
    @Mapping(target = "recognitionBody", ignore = true)
    @Mapping(target = "decisionNumber", ignore = true)
    @Mapping(target = "decisionDate", ignore = true)
    @Mapping(target = "impactLevel", ignore = true)
    @Mapping(target = "grade", ignore = true)
    @Mapping(target = "refusalReasons", ignore = true)
    @Mapping(target = "showcaseText", ignore = true)
    @Mapping(target = "publishAgreed", defaultValue = "false")
    void copyDossier(InitiativeWrite source, @MappingTarget Initiative target);
}
