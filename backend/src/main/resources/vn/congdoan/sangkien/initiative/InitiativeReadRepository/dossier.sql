-- A dossier with its unit and helpers (JSON in the row since V9), once for each author (none: one row, author
-- columns null). Authors as a JSON array built by PostgreSQL cost more on both sides than the repeated row.
select i.id, i.program_id, u.code as unit_code, u.name as unit_name, u.path as unit_path, i.addressee, i.title,
       i.summary, i.solution_type, i.field, i.funder, i.first_applied_on, i.filed_on, i.current_state, i.solution,
       i.novelty, i.confidential_parts, i.application_conditions, i.benefits_by_authors, i.benefits_by_appliers,
       i.estimated_value_vnd, i.status, i.receipt_number, i.submitted_on, i.recognition_body, i.decision_number,
       i.decision_date, i.impact_level, i.grade, i.refusal_reasons, i.helpers, i.created_by, i.created_at,
       i.updated_at, i.version,
       a.full_name as author_full_name, a.birth_date as author_birth_date, a.workplace as author_workplace,
       a.job_title as author_job_title, a.qualification as author_qualification,
       a.contribution_percent as author_contribution_percent, a.union_member as author_union_member,
       a.account as author_account, a.confirmed_at as author_confirmed_at, a.show_name as author_show_name,
       i.publish_agreed
  from initiative i join unit u on u.id = i.unit_id
       left join initiative_author a on a.initiative_id = i.id
 where i.id = :id
 order by a.position
