select exists (select 1 from initiative i
                where i.id = :id and i.publish_agreed and i.status in ('RECOGNISED', 'VALID'))
