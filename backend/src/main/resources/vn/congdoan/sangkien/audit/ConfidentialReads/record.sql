insert into confidential_read (initiative_id, unit_path, reader, read_at, attachment_id)
values (:initiative, :unitPath, :reader, :at, :attachment)
