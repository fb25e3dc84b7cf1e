update notification set read_at = :now where recipient = :recipient and read_at is null and id <= :upTo
