# Sáng kiến — the two commands people rely on are `make run` and `make test`.
SHELL := /bin/bash
MVN := cd backend && ./mvnw -B --no-transfer-progress

# Where `make run` keeps its embedded PostgreSQL data (git-ignored); survives restarts.
DATA_DIR ?= $(CURDIR)/.data/postgres

.PHONY: run test build openapi realm backup restore bench lighthouse clean

## build: package the backend (no tests)
build:
	$(MVN) -q package -DskipTests

## run: Keycloak on localhost:8180, the backend on 127.0.0.1:8080 (embedded PostgreSQL, Lai Châu's reference data)
run: build
	SANGKIEN_DATA_DIR=$(DATA_DIR) node scripts/run.mjs

## test: every test — backend (real embedded PostgreSQL, signed tokens), the packaged stack with the real Keycloak
##       (with the outside contract fuzzer, Portman + Newman, over every operation of openapi.yaml), the web app (API types
##       in step with openapi.yaml, the contract's Redocly lint, lint, typecheck, Vitest, build, bundle size), `make run`
##       surviving a killed part (run-crash-test) and the web app's browser tests in Debian's Chromium. The web app is
##       built before the stack test, whose production nginx (scripts/lib/proxy.mjs) serves it.
test:
	$(MVN) verify
	cd scripts/fuzz && npm ci --no-audit --no-fund
	cd frontend && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund && npm run check:api && npm run lint:api && npm run lint && npm run typecheck && npm test && npm run build && npm run size
	node scripts/stack-test.mjs
	node scripts/run-crash-test.mjs
	node scripts/e2e.mjs

## openapi: regenerate the committed contract openapi.yaml from the code
openapi: build
	cp backend/target/openapi/openapi.yaml openapi.yaml

## realm: regenerate the production realm (no demo users, secrets from the environment) from keycloak/realm-sangkien.json
realm:
	node scripts/realm-production.mjs

## backup: pg_dump (custom format) of the whole database, attachments included → backups/sangkien-<UTC time>.dump
##         (BACKUP_DIR). Does not rebuild (a running `make run` keeps its jar). `make run`'s embedded database, running or not; an external one when QUARKUS_DATASOURCE_JDBC_URL
##         (with _USERNAME, _PASSWORD) is set. PostgreSQL 17's client tools: SANGKIEN_PG_BIN, or fetched from Debian once.
backup:
	test -f backend/target/quarkus-app/quarkus-run.jar || $(MAKE) build
	SANGKIEN_DATA_DIR=$(DATA_DIR) node scripts/backup.mjs backup

## restore: FILE=backups/….dump into a fresh embedded database (the old folder is moved aside, never deleted; stop
##          `make run` first) or into an empty external one; all or nothing (one transaction)
restore:
	test -f backend/target/quarkus-app/quarkus-run.jar || $(MAKE) build
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/sangkien-….dump"; exit 2; }
	SANGKIEN_DATA_DIR=$(DATA_DIR) node scripts/backup.mjs restore "$(FILE)"

## bench: national-scale dataset (generated once into bench/.data/), measurements against the packaged stack, then a 10-minute
## soak against two instances → bench/results.json (not part of make test; ~22 min on 2 cores the first time, ~18 later).
## BENCH_ARGS="--scale 0.05" for a small trial, "--fresh" to regenerate, "--only soak --soak-minutes 1", "--skip-soak".
bench: build
	bench/run.sh $(BENCH_ARGS)

## lighthouse: Lighthouse 12 (mobile emulation, simulated throttling) on the sign-in page and the signed-in dashboard, median
## of 3 runs each → bench/lighthouse.json (not part of make test; ~4 min). Starts Keycloak, the backend and the built app
## like the browser tests (so not while `make run` is up); Debian's chromium (CHROME_PATH). Fails below a score of 90.
lighthouse:
	test -f backend/target/quarkus-app/quarkus-run.jar || $(MAKE) build
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} node frontend/scripts/lighthouse.mjs

clean:
	$(MVN) -q clean
