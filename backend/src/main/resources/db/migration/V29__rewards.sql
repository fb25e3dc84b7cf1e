-- Rewards (khen thưởng) as data: a lower level proposes, the level of the reward's form decides (reward.RewardService).
-- Who is rewarded: a unit, a member (by name, within a unit) or the authors of an initiative. figures: what the reason
-- rests on, taken when proposed (a unit's target, valid initiatives and percent in the period).
create sequence reward_seq start with 1 increment by 50;
create table reward (
    id                 bigint primary key,
    program_id         bigint        not null references program (id),
    period_id          bigint        references period (id),
    kind               varchar(20)   not null check (kind in ('PERIOD', 'SUDDEN')),
    recipient_type     varchar(20)   not null check (recipient_type in ('UNIT', 'MEMBER', 'INITIATIVE')),
    recipient_unit_id  bigint        not null references unit (id),
    member_name        varchar(255),
    initiative_id      bigint        references initiative (id),
    form               varchar(40)   not null,
    proposing_unit_id  bigint        not null references unit (id),
    deciding_unit_id   bigint        not null references unit (id),
    reason             varchar(2000) not null,
    figures            jsonb,
    status             varchar(20)   not null check (status in ('PROPOSED', 'DECIDED', 'REJECTED')),
    proposed_by        varchar(255)  not null,
    proposed_at        timestamptz   not null,
    decision_number    varchar(60),
    decision_date      date,
    decided_by         varchar(255),
    decided_at         timestamptz,
    rejection_reason   varchar(2000),
    version            bigint        not null default 0,
    constraint reward_period_kind check ((kind = 'PERIOD') = (period_id is not null)),
    constraint reward_member_named check ((recipient_type = 'MEMBER') = (member_name is not null)),
    constraint reward_initiative_named check ((recipient_type = 'INITIATIVE') = (initiative_id is not null)),
    constraint reward_decided check ((status = 'DECIDED') = (decision_number is not null and decision_date is not null))
);
create index reward_program_idx on reward (program_id, status);
create index reward_proposing_unit_idx on reward (proposing_unit_id);
create index reward_deciding_unit_idx on reward (deciding_unit_id);
