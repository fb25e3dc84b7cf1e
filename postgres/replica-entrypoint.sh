#!/bin/sh
# The read replica's entrypoint (docker-compose.yml, service postgres-replica, profile `replica`). On the first start
# (an empty volume) it makes the replication role and slot on the primary, if missing (so a primary created before
# the replica needs nothing by hand), and copies the primary with pg_basebackup -R, which also writes standby.signal
# and how to reach the primary. Then the image's own entrypoint starts PostgreSQL as a hot standby streaming from it.
set -eu
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD in .env for the replica}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -q -h postgres -U sangkien -d sangkien; do echo "replica: waiting for the primary"; sleep 2; done
  PGPASSWORD="$POSTGRES_PASSWORD" psql -q -h postgres -U sangkien -d sangkien -v ON_ERROR_STOP=1 \
    -v password="$REPLICATION_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE replicator WITH REPLICATION LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'replicator') \gexec
SELECT format('ALTER ROLE replicator WITH PASSWORD %L', :'password') \gexec
SELECT pg_create_physical_replication_slot('sangkien_replica')
  WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = 'sangkien_replica');
SQL
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 0700 "$PGDATA"
  echo "replica: copying the primary"
  PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup -h postgres -U replicator -D "$PGDATA" \
    --write-recovery-conf --wal-method=stream --slot=sangkien_replica --checkpoint=fast
fi
exec docker-entrypoint.sh "$@"
