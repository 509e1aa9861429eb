# Everything the project needs is installed here, into .venv/.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/events.db
N      ?= 10000

.PHONY: install test ingest bench clean

$(BIN)/pipeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(BIN)/pipeline

$(VENV)/.test-deps: $(BIN)/pipeline
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest

# Rebuild data/events.db from seeds/ from scratch, in a temporary file that
# replaces it only when every article went in (a crash leaves the old one).
ingest: $(BIN)/pipeline
	$(BIN)/pipeline ingest seeds --db $(DB) --rebuild

# Speed, memory and resolution quality on N generated articles (issue 5); bench/results.json.
bench: $(BIN)/pipeline
	$(BIN)/python -m pipeline.bench --n $(N)

clean:
	rm -rf $(VENV) data
