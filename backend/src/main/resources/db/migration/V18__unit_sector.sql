-- The target group a unit's members belong to (UnitSector): set on grassroots unions, so progress breaks down by it.
alter table unit add column sector text
    constraint unit_sector_known check (sector in ('ENTERPRISE', 'STATE_BODY', 'PUBLIC_SERVICE'));
