select count(*) from notification where recipient = :recipient and read_at is null
