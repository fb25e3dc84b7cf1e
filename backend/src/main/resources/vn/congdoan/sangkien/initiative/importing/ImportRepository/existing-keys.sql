-- Which of the file's natural keys (V21) are stored already: one probe of the partial unique index per key. Run after
-- lock-receipts, so an import of the same units that committed meanwhile is seen (imports of a unit take turns there).
select import_key::text from initiative where import_key = any(cast(:keys as uuid[]))
