#!/usr/bin/env bash
# make bench: builds the bench tools, then bench/bench.mjs generates the dataset (once), starts Keycloak and the
# packaged backend, measures and writes bench/results.json. Arguments go to bench.mjs (--scale 0.05, --fresh, …).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
if ! command -v pgbench >/dev/null; then
  echo "[bench] pgbench is missing: installing Debian's postgresql-client"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client
fi
if ! command -v wrk >/dev/null; then
  echo "[bench] wrk is missing: installing Debian's wrk (the harness falls back to Java client threads without it)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk || true
fi
backend/mvnw -q -B --no-transfer-progress -f bench/pom.xml package
node bench/bench.mjs "$@"
echo "[bench] finished in $(( $(date +%s) - started )) s (bench/run.sh; make bench adds make build before it)"
