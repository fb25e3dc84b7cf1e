select count(*) from webhook_delivery where subscription_id = :subscriptionId
