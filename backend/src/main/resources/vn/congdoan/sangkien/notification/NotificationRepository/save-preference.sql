insert into notification_preference (username, kind, email) values (:username, :kind, :email)
on conflict (username, kind) do update set email = excluded.email
