select subscription_id from webhook_delivery where id = :id
