# Everything the project needs is installed here, into .venv/.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/events.db
N      ?= 10000
SCALE  ?= 50000
HOST   ?= 127.0.0.1
PORT   ?= 8001

.PHONY: install test ingest bench explore clean

$(BIN)/pipeline: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(BIN)/pipeline

# The tests also serve the database with Datasette, so they install [explore] too.
$(VENV)/.test-deps: $(BIN)/pipeline
	$(BIN)/pip install --quiet -e '.[test,explore]'
	touch $@ $(VENV)/.explore-deps

$(VENV)/.explore-deps: $(BIN)/pipeline
	$(BIN)/pip install --quiet -e '.[explore]'
	touch $@

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest

# Rebuild data/events.db from seeds/ from scratch, in a temporary file that
# replaces it only when every article went in (a crash leaves the old one).
ingest: $(BIN)/pipeline
	$(BIN)/pipeline ingest seeds --db $(DB) --rebuild

# Browse the database in Datasette (http://$(HOST):$(PORT)/); builds it first if missing.
explore: $(VENV)/.explore-deps
	@test -f $(DB) || $(MAKE) ingest DB=$(DB)
	$(BIN)/python -m pipeline.explore $(DB) --out $(DB:.db=.metadata.json)
	$(BIN)/datasette serve $(DB) --metadata $(DB:.db=.metadata.json) --host $(HOST) --port $(PORT)

# Speed, memory and resolution quality on N generated articles, and resolution and
# re-ingest costs at SCALE articles beside N's; bench/results.json.
bench: $(BIN)/pipeline
	$(BIN)/python -m pipeline.bench --n $(N) $(if $(SCALE),--scale $(SCALE))

clean:
	rm -rf $(VENV) data
