# thidua — the commands a newcomer needs. Only Python 3.11 and pip are assumed.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

export DAGSTER_HOME := $(CURDIR)
export THIDUA_DAGSTER_STORAGE := $(CURDIR)/.dagster_home/storage
export THIDUA_DAGSTER_ARTIFACTS := $(CURDIR)/.dagster_home/artifacts
export THIDUA_DAGSTER_LOGS := $(CURDIR)/.dagster_home/compute_logs
export GX_ANALYTICS_ENABLED := False

.PHONY: setup run test dev bench clean

$(BIN)/.synced: pyproject.toml uv.lock
	@$(PY) -m uv --version >/dev/null 2>&1 || $(PY) -m pip install --quiet uv
	$(PY) -m uv sync --frozen --compile-bytecode --python $$($(PY) -c 'import sys; print(sys.executable)')
	@touch $@

setup: $(BIN)/.synced  ## install everything from uv.lock into .venv

run: setup  ## refresh warehouse.duckdb from the bundled inbox data/sample/
	$(BIN)/thidua refresh

test: setup  ## the whole test suite
	$(BIN)/python -m pytest

dev: setup  ## the Dagster UI on http://127.0.0.1:3000
	$(BIN)/dagster dev -m pipelines.definitions

TIER ?= M,L
bench: setup  ## benchmarks (TIER=S for a quick run; default M,L); results in benchmarks/results/
	$(BIN)/python benchmarks/run.py --tier $(TIER) $(BENCH_FLAGS)

clean:
	rm -rf .thidua .dagster_home warehouse.duckdb .warehouse.duckdb.candidate*
