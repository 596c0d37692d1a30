# Quads: two commands for a fresh clone.
#   make run   — build everything and serve Quads with demo data on SQLite
#   make test  — run every test (PostgreSQL suite too when QUADS_TEST_POSTGRES_URL is set)

SHELL := /bin/bash
CARGO ?= cargo
QUADS := $(or $(CARGO_TARGET_DIR),target)/debug/quads
PG_ARGS := $(if $(QUADS_TEST_POSTGRES_URL),-- --include-ignored,)

.PHONY: run test build frontend frontend-deps test-rust test-frontend test-browser schema lint smtp-deps fuzz fuzz-deps

run: build frontend
	$(QUADS) seed --demo
	@echo "Quads is starting: open http://127.0.0.1:8080 (demo users are listed in README.md)"
	$(QUADS) serve

build:
	$(CARGO) build --bin quads

# `npm ci` that fails on any `npm warn` line (an engine mismatch, a
# deprecated package): the README's commands print none on a fresh machine.
NPM_CI := out=$$(npm ci --no-audit --no-fund 2>&1); status=$$?; echo "$$out"; \
	if [ $$status -ne 0 ]; then exit $$status; fi; \
	if grep -qi '^npm warn' <<<"$$out"; then echo "npm ci printed warnings: pin versions that install cleanly on the documented Node" >&2; exit 1; fi

frontend-deps:
	@if [ -f frontend/package.json ]; then cd frontend && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || { $(NPM_CI); }; }; fi

# The generated GraphQL types are committed: check them against
# schema.graphql before the build regenerates them.
frontend: frontend-deps
	@if [ -f frontend/package.json ]; then cd frontend && npm run codegen:check && npm run build; fi

smtp-deps:
	@python3 -c "import aiosmtpd" 2>/dev/null || python3 -m pip install --quiet -r tests/smtp/requirements.txt

test: test-rust test-frontend test-browser

test-rust: smtp-deps
	@if [ -z "$(QUADS_TEST_POSTGRES_URL)" ]; then \
	  echo "PostgreSQL suite: skipped (set QUADS_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run it)"; fi
	$(CARGO) test --workspace $(PG_ARGS)

test-frontend: frontend
	@if [ -f frontend/package.json ]; then cd frontend && npm test; fi

# With the PostgreSQL suite on, the review's lifecycle journeys also run on
# PostgreSQL (a fresh database each), beside the SQLite run of every
# journey; the PostgreSQL run's report is printed after the SQLite one's.
PG_JOURNEYS := review self-evaluation visit findings report follow-up

test-browser: build frontend smtp-deps
	@if [ -f tests/browser/package.json ]; then \
	  cd tests/browser && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || { $(NPM_CI); }; } && \
	  pg=; if [ -n "$(QUADS_TEST_POSTGRES_URL)" ]; then \
	    mkdir -p ../artifacts; \
	    QUADS_BIN=$(abspath $(QUADS)) QUADS_BROWSER_POSTGRES_URL=$(QUADS_TEST_POSTGRES_URL) \
	      node --test --test-concurrency=1 $(patsubst %,journeys/%.test.mjs,$(PG_JOURNEYS)) \
	      > ../artifacts/journeys-postgres.txt 2>&1 & pg=$$!; fi; \
	  QUADS_BIN=$(abspath $(QUADS)) npm test; sqlite=$$?; pg_status=0; \
	  if [ -n "$$pg" ]; then wait $$pg; pg_status=$$?; \
	    echo "== the lifecycle journeys on PostgreSQL"; cat ../artifacts/journeys-postgres.txt; fi; \
	  [ $$sqlite -eq 0 ] && [ $$pg_status -eq 0 ]; fi

fuzz-deps:
	@python3 -c "import schemathesis" 2>/dev/null || python3 -m pip install --quiet -r tests/fuzz/requirements.txt

# Fuzz the GraphQL API of a fresh production server as every role (a
# temporary SQLite database unless QUADS_FUZZ_DATABASE_URL names another).
fuzz: build fuzz-deps
	QUADS_BIN=$(abspath $(QUADS)) tests/fuzz/run.sh $(or $(FUZZ_EXAMPLES),10)

schema: build
	$(QUADS) export-schema schema.graphql

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
