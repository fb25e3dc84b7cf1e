delete from showcase_helped where initiative_id = :id and username = :username
