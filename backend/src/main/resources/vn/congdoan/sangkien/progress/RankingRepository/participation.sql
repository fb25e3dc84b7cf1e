-- Grassroots unions active in the period, how many of them filed at least one initiative, and how many have at least
-- one valid (recognised and confirmed) one; and the people who wrote the filed initiatives of the subtree (the CTEs
-- "filed" and "grassroots": filed-current.sql or filed-as-of.sql). A person is their linked account, or else their
-- name (case aside) and birth date: one person on two initiatives counts once.
with <filed>,
authors as (
    select distinct coalesce('@' || a.account, lower(a.full_name) || '|' || coalesce(a.birth_date::text, '')) as person,
           a.union_member
      from filed f join initiative_author a on a.initiative_id = f.initiative_id
)
select (select count(*) from grassroots) as active,
       (select count(*) from grassroots g where exists (select 1 from filed f where f.unit_id = g.id)) as participating,
       (select count(*) from grassroots g
         where exists (select 1 from filed f where f.unit_id = g.id and f.status = 'VALID')) as with_valid,
       (select count(distinct person) from authors) as authors,
       (select count(distinct person) from authors where union_member) as member_authors
