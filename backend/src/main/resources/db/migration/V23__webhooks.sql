-- Issue 18. Webhooks for integrators (the national confederation's reporting system and others an admin registers):
-- a subscription names the event kinds it wants and the URL they are POSTed to, as CloudEvents signed per the
-- Standard Webhooks spec with the subscription's secret (webhook.WebhookSigner). owner: the integrator's account that
-- manages it (a reporter manages its own), null for the admins' own.
create table webhook_subscription (
    id          bigint generated always as identity primary key,
    name        varchar(200)  not null,
    url         varchar(2000) not null,
    secret      varchar(200)  not null,
    event_kinds text[]        not null,
    active      boolean       not null default true,
    owner       varchar(255),
    created_by  varchar(255)  not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0
);
create index webhook_subscription_owner_idx on webhook_subscription (owner);

-- One event for one subscription, exactly once whatever the outbox worker's retries (webhook.WebhookFanOut), then
-- sent at least once by webhook.WebhookSender: PENDING until a 2xx (DELIVERED) or the last attempt failed (FAILED).
-- leased_until: a sender has taken it until then (another instance leaves it alone; a dead sender's lease runs out).
create table webhook_delivery (
    id               bigint generated always as identity primary key,
    subscription_id  bigint        not null references webhook_subscription (id) on delete cascade,
    event_id         uuid          not null references outbox_event (id),
    status           varchar(16)   not null,
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    leased_until     timestamptz,
    last_status_code int,
    last_error       varchar(1000),
    delivered_at     timestamptz,
    created_at       timestamptz   not null,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, id desc);

-- Every try of a delivery, the sender's and the replays an admin asked for: the delivery log integrators read.
create table webhook_attempt (
    id          bigint generated always as identity primary key,
    delivery_id bigint        not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz  not null,
    status_code int,
    error       varchar(1000),
    duration_ms int           not null,
    replay      boolean       not null,
    replayed_by varchar(255),
    note        varchar(500)
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);
