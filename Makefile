# claimwatch developer commands. `make help` lists them.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help setup system-deps demo test test-unit test-integration lint format clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv with claimwatch and its dev tools installed

demo: $(STAMP) ## Embedded run: start broker + Redis, replay seeds/, print alerts
	$(VENV)/bin/claimwatch demo

system-deps: ## Install promtool/prometheus from Debian when root (no-op otherwise)
	@bash scripts/install-system-deps.sh

test: $(STAMP) system-deps ## All tests: fast unit tests, then integration tests on real servers
	$(PY) -m pytest -m "not integration" -q
	$(PY) -m pytest -m integration -q

test-unit: $(STAMP) ## Fast unit tests only (pure logic, no servers)
	$(PY) -m pytest -m "not integration" -q

test-integration: $(STAMP) system-deps ## Integration tests only (Tansu, Redis, HTTP, Prometheus on loopback)
	$(PY) -m pytest -m integration -q

lint: $(STAMP) ## ruff and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP) ## Apply ruff's formatting and safe fixes
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean: ## Remove caches (keeps .venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache build *.egg-info
