# One entry point for people: `make help`. Each target is a thin call.
SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages the build and the tests need (PDF rendering, browser tests).
BUILD_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
# PDF tests: pdftotext/pdftoppm (text and fold checks), zbarimg (QR decoding).
PDF_TEST_DEBS := poppler-utils zbar-tools
TEST_DEBS := chromium $(PDF_TEST_DEBS)
# Installs a Debian package only when the command it provides is missing
# (Node.js may come from another source, whose npm conflicts with Debian's).
define need_command
	@command -v $(1) >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(2); }
endef

.PHONY: help build serve test check lint clean pdf preflight bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@missing=$$(for p in $(BUILD_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt package.json package-lock.json
	@missing=$$(for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi
	$(call need_command,npm,nodejs npm)
	$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	npm ci --silent --no-audit --no-fund
	touch $@

build: $(VENV)/.installed pdf-files ## Build the whole site and its PDFs into site/ (strict: any warning fails)
	$(PYTHON) -m mkdocs build --strict

pdf-files: $(VENV)/.installed
	$(PYTHON) -m scripts.pdf --out build/pdf

pdf: $(VENV)/.installed ## Render leaflets and posters (screen PDF + print master) into build/pdf and site/
	$(PYTHON) -m scripts.pdf --out build/pdf $$([ -d site ] && echo --site site)

preflight: ## Check every print master in site/ (CMYK, fonts, bleed, images, transparency)
	$(PYTHON) -m scripts.pdf.preflight site

serve: $(VENV)/.installed ## Preview the site with live reload at http://127.0.0.1:8000/
	$(PYTHON) -m mkdocs serve

test: $(VENV)/.installed-dev ## Run every test (content, build, browser), installing what they need
	$(PYTHON) -m ruff check scripts tests
	$(PYTHON) -m pytest

check: $(VENV)/.installed ## Fast content checks (schemas, Unicode, links), no PDFs
	$(PYTHON) -m scripts check

bench: $(VENV)/.installed-dev ## Search benchmark: ours and Pagefind on a 2,000-page synthetic site; writes BENCHMARKS.md
	$(PYTHON) -m scripts.search.bench

lint: $(VENV)/.installed-dev ## Python style
	$(PYTHON) -m ruff check scripts tests

clean: ## Remove built files (keeps .venv)
	rm -rf site build/pdf build/bench .pytest_cache
