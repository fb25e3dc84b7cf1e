# Sáng kiến — the two commands people rely on are `make run` and `make test`.
SHELL := /bin/bash
MVN := cd backend && ./mvnw -B --no-transfer-progress
JAR := backend/target/quarkus-app/quarkus-run.jar

# Where `make run` keeps its embedded PostgreSQL data (git-ignored); survives restarts.
DATA_DIR ?= $(CURDIR)/.data/postgres

.PHONY: run test build openapi bench clean

## build: package the backend (no tests)
build:
	$(MVN) -q package -DskipTests

## run: start the backend on 127.0.0.1:8080 with the embedded PostgreSQL and Lai Châu's reference data
run: build
	SANGKIEN_DATA_DIR=$(DATA_DIR) SANGKIEN_REFERENCE_DATA_ENABLED=true java -jar $(JAR)

## test: every test — backend (real embedded PostgreSQL), then the packaged app's stop/start smoke test
test:
	$(MVN) verify
	node scripts/smoke-run.mjs

## openapi: regenerate the committed contract openapi.yaml from the code
openapi: build
	cp backend/target/openapi/openapi.yaml openapi.yaml

bench:
	@echo "The national-scale benchmark arrives with the progress and reporting issue (bench/)." && exit 1

clean:
	$(MVN) -q clean
