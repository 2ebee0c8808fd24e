# Two commands for a fresh machine (Python 3.11, PyPI reachable):
#   make demo   - create .venv, install, code the sample article in docs/examples/
#   make test   - create .venv, install with test extras, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	# the CPU build of torch first: an unpinned torch pulls a CUDA build of several GB
	$(BIN)/python -m pip install torch==2.13.0

install: $(BIN)/python
	$(BIN)/python -m pip install -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install -e ".[test]"

demo: install
	@mkdir -p build/demo
	$(BIN)/eventcoder parse docs/examples/li-yevmenov.txt --date 2023-07-03 --id li-yevmenov -o build/demo/li-yevmenov.conllu
	$(BIN)/eventcoder explain build/demo/li-yevmenov.conllu --conllu
	$(BIN)/eventcoder code build/demo/li-yevmenov.conllu -o build/demo/events.jsonl
	@echo "events written to build/demo/events.jsonl"

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
