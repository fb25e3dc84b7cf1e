select id from unit where id = any(:ids) order by depth, id for no key update
