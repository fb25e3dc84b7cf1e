-- The units a file names, by code: one array parameter, however many codes a national file holds.
select id, code, path from unit where code = any(:codes)
