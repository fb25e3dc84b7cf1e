package vn.congdoan.sangkien.initiative;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeSummary;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeWrite;

import java.util.List;

@Mapper(componentModel = "cdi")
public interface InitiativeMapper {

    @Mapping(target = "programCode", source = "program.code")
    @Mapping(target = "unitCode", source = "unit.code")
    @Mapping(target = "unitName", source = "unit.name")
    InitiativeView toView(Initiative initiative);

    @Mapping(target = "programCode", source = "program.code")
    @Mapping(target = "unitCode", source = "unit.code")
    @Mapping(target = "unitName", source = "unit.name")
    InitiativeSummary toSummary(Initiative initiative);

    AuthorDto toDto(InitiativeAuthor author);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "initiative", ignore = true)
    @Mapping(target = "position", ignore = true)
    @Mapping(target = "unionMember", defaultValue = "true")
    InitiativeAuthor toEntity(AuthorDto author);

    List<InitiativeAuthor> toEntities(List<AuthorDto> authors);

    /** Copies the dossier's own fields; programme, unit, authors, status and bookkeeping are the service's. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "program", ignore = true)
    @Mapping(target = "unit", ignore = true)
    @Mapping(target = "authors", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "searchText", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copyDossier(InitiativeWrite source, @MappingTarget Initiative target);
}
