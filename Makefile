# One entry point for every job. Each target installs what it needs (venv + pinned deps).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := tools/node_modules/.installed
REDOCLY := tools/node_modules/.bin/redocly

.PHONY: help setup tools bundle index check fidelity lint-spec generate demo sandbox sandbox-reset postgres contract proxy drift lint test test-postgres all diff release-check build publish

help:  ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

$(STAMP): requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

$(NODE_STAMP): tools/package.json tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(STAMP)  ## create .venv with the pinned dependencies

tools: $(NODE_STAMP)  ## install the Node tools (Redocly CLI, Swagger UI assets)

index: $(STAMP)  ## rewrite spec/openapi.yaml's paths index from spec/paths/
	$(PY) -m generator index

bundle: $(STAMP)  ## bundle spec/ into spec/dist/openapi.json
	$(PY) -m generator bundle

check: $(STAMP)  ## validate the spec (OpenAPI + project rules)
	$(PY) -m generator check

fidelity: $(STAMP)  ## evidence per operation, counts by level, x-sandbox items -> reports/fidelity.md (CHECK=1 fails on missing x-evidence)
	$(PY) -m generator fidelity $(if $(CHECK),--check)

lint-spec: $(STAMP) $(NODE_STAMP)  ## openapi-spec-validator + project rules + Redocly lint
	$(PY) -m generator check
	NO_UPDATE_NOTIFIER=1 REDOCLY_TELEMETRY=off $(REDOCLY) lint --format=stylish spec/openapi.yaml 2>&1 | grep -v -e '║' -e '╔' -e '╚' ; test $${PIPESTATUS[0]} -eq 0

generate: $(STAMP)  ## bundle + validate the spec, regenerate generated/ (client and the sandbox's generated/sandbox_models.py)
	$(PY) -m generator generate

HOST ?= 127.0.0.1
PORT ?= 8000
DB ?= sandbox.db

WORKERS ?= 1

sandbox: $(STAMP) $(NODE_STAMP)  ## run the local sandbox + playground (HOST, PORT, DB, WORKERS)
	$(PY) -m sandbox serve --host $(HOST) --port $(PORT) --db $(DB) --workers $(WORKERS)

postgres:  ## Debian's PostgreSQL server binaries (the sandbox's PostgreSQL tests start their own)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

demo: $(STAMP)  ## THE MAIN JOB: regenerate the client, then walk a work order to Paid on an embedded sandbox (KEEP=1 keeps it up)
	$(PY) -m generator generate
	$(PY) -m sandbox demo $(if $(KEEP),--keep --port $(PORT))

demo-serve: $(STAMP) $(NODE_STAMP)  ## make demo, then keep the sandbox up on PORT for the printed playground URL (Ctrl-C stops)
	$(PY) -m generator generate
	$(PY) -m sandbox demo --keep --port $(PORT)

sandbox-reset: $(STAMP)  ## wipe and reseed the sandbox database (DB)
	$(PY) -m sandbox reset --db $(DB)

# Release: BASE is a git ref (default: the latest client-v* tag), DIST where packages go.
BASE ?=
DIST ?= dist
REPOSITORY_URL ?=

diff: $(STAMP)  ## rebundle, then the HTTP + Python API changes since BASE, breaking or not; markdown (CHANGELOG=file)
	$(PY) -m generator diff $(if $(BASE),--base $(BASE)) $(if $(CHANGELOG),--changelog $(CHANGELOG))

release-check: $(STAMP)  ## rebundle, then fail when info.version moved less than the changes since BASE require
	$(PY) -m generator release-check $(if $(BASE),--base $(BASE))

build: $(STAMP)  ## wheel + sdist (with LICENSE, CHANGELOG) of generated/ into dist/ (DIST); regenerates a stale generated/ first
	$(PY) -m generator build --outdir $(DIST) $(if $(CHANGELOG_URL),--changelog-url "$(CHANGELOG_URL)")

publish: $(STAMP)  ## gates (clean tree, check, fresh outputs, release-check, new version), build, upload (REPOSITORY_URL=..., TWINE_*)
	$(PY) -m generator publish --outdir $(DIST) --repository-url "$(REPOSITORY_URL)" $(if $(INDEX_URL),--index-url "$(INDEX_URL)") $(if $(CHANGELOG_URL),--changelog-url "$(CHANGELOG_URL)")

CONTRACT_EXAMPLES ?= 10
CONTRACT_SEED ?= 1

contract: $(STAMP)  ## the long contract run: schemathesis, all phases, + the link walk -> reports/contract/report.md (CONTRACT_EXAMPLES, BASE_URL + FN_* for a remote deployment)
	$(PY) -m contract run --examples $(CONTRACT_EXAMPLES) --seed $(CONTRACT_SEED) $(if $(BASE_URL),--base-url $(BASE_URL)) $(if $(DESTRUCTIVE),--destructive)

# Checking the spec against the real API: record traffic through the proxy, then report drift.
UPSTREAM ?=
RECORD ?= reports/proxy
HAR ?= $(RECORD)/traffic.har
DRIFT_OUT ?= reports/drift
PROXY_PORT := $(if $(filter command line environment,$(origin PORT)),$(PORT),8010)

proxy: $(STAMP)  ## validating, recording proxy: UPSTREAM=https://api-sandbox.fndev.net [PORT=8010] [RECORD=reports/proxy]
	@test -n "$(UPSTREAM)" || { echo "usage: make proxy UPSTREAM=https://api-sandbox.fndev.net [PORT=8010] [RECORD=dir]"; exit 2; }
	$(PY) -m contract proxy --upstream "$(UPSTREAM)" --host $(HOST) --port $(PROXY_PORT) --record $(RECORD)

drift: $(STAMP)  ## drift report of a HAR against the spec: HAR=file.har [DRIFT_OUT=reports/drift] [PROPOSE=1 edits spec/]
	$(PY) -m contract drift --har "$(HAR)" --out $(DRIFT_OUT) $(if $(PROPOSE),--propose)

lint: $(STAMP)  ## ruff + mypy (strict on generator/ and generated/)
	$(PY) -m ruff check generator sandbox contract tests bench
	$(PY) -m ruff format --check generator sandbox contract tests bench
	$(PY) -m mypy
	cd generated && ../$(PY) -m mypy --strict --cache-dir ../.mypy_cache/generated fieldnation_client

# The browser test drives Debian's chromium (Playwright's own browser download is not used).
CHROMIUM ?= /usr/bin/chromium

chromium:  ## install Debian's chromium for the playground browser test, when missing
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@test -x $(CHROMIUM) || { echo "error: $(CHROMIUM) is missing and could not be installed"; exit 1; }

test: $(STAMP) $(NODE_STAMP) chromium postgres  ## everything CI runs (about 6 min on 2 cores; the long contract run is `make contract`)
	$(MAKE) --no-print-directory lint-spec
	$(MAKE) --no-print-directory lint
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest -q -n 2 --durations=15

test-postgres: $(STAMP) postgres  ## only the PostgreSQL half of the sandbox suite (make test runs it too, beside SQLite)
	$(PY) -m pytest -q -n 2 -m postgresql tests/sandbox

# Benchmarks (bench/): anchors (OpenAPI Generator, pyinstrument) from bench/requirements.txt into
# .venv, Prism from tools/, wrk from Debian when it can be installed (else an httpx load script).
.PHONY: bench bench-smoke
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP) bench/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	@touch $@

bench: $(STAMP) $(NODE_STAMP) $(BENCH_STAMP)  ## benchmarks vs the anchors -> bench/results.md + results.json (~10 min)
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } \
		|| echo "wrk could not be installed: P4 uses bench/loadgen.py"
	$(PY) -m bench $(if $(ONLY),--only $(ONLY))

bench-smoke: $(STAMP)  ## a quick run of the bench harness (also run by `make test` via tests/bench)
	$(PY) -m bench --quick
