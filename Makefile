# Netra: two commands on a fresh machine with Python 3.11+ and make: `make demo`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Plain `make test` runs the fast suite; .ci/run widens MARKERS to the slow tests too.
MARKERS ?= not slow and not postgres and not browser and not spark
DEMO_BUNDLE ?= demo-bundle
DEMO_WS ?= netra-data

.PHONY: install test lint typecheck demo clean bench bench-web lock assets

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Netra needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -m "$(MARKERS)"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

# Front-end packages come from npm (pinned in web-assets/package-lock.json) and are served by
# the app itself from src/netra/web/static/vendor/: no CDN (docs/web.md).
HTMX := src/netra/web/static/vendor/htmx.min.js
$(HTMX): web-assets/package.json web-assets/package-lock.json
	cd web-assets && npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(dir $(HTMX))
	cp web-assets/node_modules/htmx.org/dist/htmx.min.js $(HTMX)

assets: $(HTMX)

demo: $(STAMP) assets
	$(BIN)/netra synth $(DEMO_BUNDLE) --employees 2000 --seed 7
	$(BIN)/netra scan $(DEMO_BUNDLE) --out demo-findings.jsonl --workspace $(DEMO_WS)
	$(BIN)/netra audit verify --workspace $(DEMO_WS)
	$(BIN)/netra serve --demo --workspace $(DEMO_WS)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_scan.py

bench-web: $(STAMP)
	$(BIN)/python benchmarks/bench_web.py

# Re-pin every dependency (run by a developer, then commit constraints.txt).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^netra' > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) web-assets/node_modules $(HTMX) $(DEMO_BUNDLE) $(DEMO_WS) demo-findings.jsonl .mypy_cache .pytest_cache .ruff_cache
