-- Issue 18. The transactional outbox: every event worth telling is written in the same transaction as the change it
-- tells of, then fanned out after commit by a worker (outbox.OutboxWorker) to people's notifications, their mails and
-- integrators' webhooks. The id is the event's idempotency key (the CloudEvents id, a mail's Message-ID stem).
-- once_key: an event made by a scheduled job (a cut-off reminder), inserted once across instances and re-runs.
create table outbox_event (
    id            uuid primary key,
    kind          varchar(64)  not null,
    unit_id       bigint references unit (id),
    initiative_id bigint,
    actor         varchar(255),
    data          jsonb        not null,
    once_key      varchar(255),
    occurred_at   timestamptz  not null,
    dispatched_at timestamptz,
    constraint outbox_event_once unique (once_key)
);
-- the worker's queue: the events not yet fanned out, oldest first
create index outbox_event_pending_idx on outbox_event (occurred_at) where dispatched_at is null;

-- The accounts this system has seen (a token's username, name, mail, unit and roles, kept when they change): whom
-- an event concerns is found here, since Keycloak alone knows its users and is not asked at delivery time.
create table account (
    username  varchar(255) primary key,
    full_name varchar(255),
    email     varchar(320),
    unit_code varchar(64),
    roles     text[]       not null,
    seen_at   timestamptz  not null
);
create index account_unit_idx on account (unit_code);

-- One person's notification of one event: exactly one per (event, person), whatever the worker's retries.
create table notification (
    id            bigint generated always as identity primary key,
    event_id      uuid         not null references outbox_event (id),
    recipient     varchar(255) not null,
    kind          varchar(64)  not null,
    title         varchar(1000) not null,
    title_en      varchar(1000) not null,
    link          varchar(500),
    created_at    timestamptz  not null,
    read_at       timestamptz,
    constraint notification_once unique (event_id, recipient)
);
create index notification_recipient_idx on notification (recipient, id desc);
create index notification_unread_idx on notification (recipient) where read_at is null;

-- Whether a person also gets an email for a kind of event; no row: the kind's default (notification.NotificationKinds).
create table notification_preference (
    username varchar(255) not null,
    kind     varchar(64)  not null,
    email    boolean      not null,
    primary key (username, kind)
);

-- A notification's mail: sent at least once, with its id as Message-ID so a resend after a crash is the same mail.
-- leased_until: a sender has taken it until then (another instance leaves it alone; a dead sender's lease runs out).
create table mail_delivery (
    id              uuid primary key,
    notification_id bigint       not null references notification (id),
    address         varchar(320) not null,
    status          varchar(16)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    leased_until    timestamptz,
    last_error      varchar(1000),
    sent_at         timestamptz,
    constraint mail_delivery_once unique (notification_id)
);
create index mail_delivery_due_idx on mail_delivery (next_attempt_at) where status = 'PENDING';
