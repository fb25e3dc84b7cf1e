package vn.congdoan.sangkien.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, Long> {

    public List<WebhookSubscription> all() {
        return list("order by id");
    }

    public List<WebhookSubscription> ownedBy(String owner) {
        return list("owner = ?1 order by id", owner);
    }
}
