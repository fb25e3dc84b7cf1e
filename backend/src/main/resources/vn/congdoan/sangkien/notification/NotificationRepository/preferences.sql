select kind, email from notification_preference where username = :username
