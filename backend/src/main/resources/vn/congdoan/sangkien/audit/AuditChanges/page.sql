-- One page of the audit trail, newest first: every audited entity's Envers rows as one list (UNION ALL of the _aud
-- tables on their own columns only, joined to the revision), filtered and counted, and only then, for the page's
-- rows, the state at the revision and before it (audit_state, audit_collections: V31), so no JSON is built for
-- rows that are not shown. Labels name the object by its code where it has one, as it is now (or as it was).
with change as (
    select 'UNIT' as kind, 'unit' as source, a.id as entity_id, a.rev, a.revtype, a.code as label from unit_aud a
    union all
    select 'PROGRAM', 'program', a.id, a.rev, a.revtype, a.code from program_aud a
    union all
    select 'PERIOD', 'period', a.id, a.rev, a.revtype, coalesce(p.code || ' · ', '') || a.code
      from period_aud a left join program p on p.id = a.program_id
    union all
    select 'QUOTA', 'quota', a.id, a.rev, a.revtype, coalesce(u.code, '#' || a.unit_id) || ' · ' || coalesce(pe.code, '#' || a.period_id)
      from quota_aud a left join unit u on u.id = a.unit_id left join period pe on pe.id = a.period_id
    union all
    select 'QUOTA', 'quota_sheet', a.id, a.rev, a.revtype, coalesce(u.code, '#' || a.unit_id) || ' · ' || coalesce(p.code, '#' || a.program_id)
      from quota_sheet_aud a left join unit u on u.id = a.unit_id left join program p on p.id = a.program_id
    union all
    select 'REWARD', 'reward', a.id, a.rev, a.revtype,
           coalesce(u.code, '#' || a.recipient_unit_id) || coalesce(' · ' || a.member_name, '') || coalesce(' · ' || a.decision_number, '')
      from reward_aud a left join unit u on u.id = a.recipient_unit_id
    union all
    select 'CLUSTER', 'emulation_cluster', a.id, a.rev, a.revtype, coalesce(p.code || ' · ', '') || a.code
      from emulation_cluster_aud a left join program p on p.id = a.program_id
    union all
    select 'COUNCIL', 'council_member', a.id, a.rev, a.revtype, coalesce(u.code, '#' || a.unit_id) || ' · ' || a.username
      from council_member_aud a left join unit u on u.id = a.unit_id
    union all
    select 'RUBRIC', 'rubric', a.id, a.rev, a.revtype, a.code from rubric_aud a
    union all
    select 'SCORE_SHEET', 'evaluation', a.id, a.rev, a.revtype, a.evaluator || ' · ' || coalesce(i.receipt_number, '#' || a.initiative_id)
      from evaluation_aud a left join initiative i on i.id = a.initiative_id
    union all
    select 'INITIATIVE', 'initiative', a.id, a.rev, a.revtype, coalesce(a.receipt_number || ' · ', '') || a.title from initiative_aud a
),
page as (
    select c.kind, c.source, c.entity_id, c.rev, c.revtype, c.label, r.timestamp, r.username, count(*) over () as total
      from change c
      join audit_revision r on r.id = c.rev
     where (cast(:kind as text) is null or c.kind = :kind)
       and (cast(:username as text) is null or lower(r.username) = lower(:username))
       and (cast(:fromMillis as bigint) is null or r.timestamp >= :fromMillis)
       and (cast(:toMillis as bigint) is null or r.timestamp < :toMillis)
       and (cast(:q as text) is null or c.label ilike '%' || :q || '%' or cast(c.entity_id as text) = :q)
     order by c.rev desc, c.kind, c.entity_id
     limit :limit offset :offset
)
select p.rev as revision, p.timestamp, p.username, p.kind, p.entity_id, p.label, p.revtype, p.total,
       cast(audit_state(p.source, p.entity_id, p.rev, false) || audit_collections(p.source, p.entity_id, p.rev) as text) as after_state,
       cast(b.state || case when b.state is null then null else audit_collections(p.source, p.entity_id, p.rev - 1) end as text) as before_state
  from page p
  cross join lateral (select audit_state(p.source, p.entity_id, p.rev, true) as state) b
 order by p.rev desc, p.kind, p.entity_id
