package vn.congdoan.sangkien.unit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface UnitMapper {

    @Mapping(target = "parentCode", source = "parent.code")
    UnitDtos.UnitView toView(Unit unit);
}
