insert into confidential_read (initiative_id, unit_path, reader, read_at)
values (:initiative, :unitPath, :reader, :at)
