-- The counters lock-receipts created for units that got no number: as if the import had never looked.
delete from receipt_counter where year = :year and unit_id = any(:units) and last = 0
