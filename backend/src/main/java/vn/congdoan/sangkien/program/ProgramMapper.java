package vn.congdoan.sangkien.program;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface ProgramMapper {

    ProgramDtos.ProgramView toView(Program program);

    @Mapping(target = "parentCode", source = "parent.code")
    ProgramDtos.PeriodView toView(Period period);
}
