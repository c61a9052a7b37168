# One entry point for people: `make help`. Each target is a thin call.
SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
# A build is dated by its commit, not by the clock (MkDocs honours SOURCE_DATE_EPOCH), so two builds of one
# commit give the same bytes (tests/site/test_reproducible.py).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The site generator: mkdocs (default) or properdocs, the maintained MkDocs 1.x fork, which builds the same
# site (tests/site/test_engines.py). The file is named explicitly: ProperDocs looks for properdocs.yml first.
ENGINE ?= mkdocs
ENGINE_BUILD = $(PYTHON) -m $(ENGINE) build --config-file mkdocs.yml --strict
# Debian packages the build needs: Pango and HarfBuzz for WeasyPrint, poppler-utils (pdftoppm) for the
# thumbnails of publications and the link preview cards.
BUILD_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils
# PDF tests: zbarimg (QR decoding); pdftotext comes with the build's poppler-utils.
PDF_TEST_DEBS := zbar-tools
TEST_DEBS := chromium $(PDF_TEST_DEBS)
# Commands the tests call, each with the Debian package that provides it: Java for the
# W3C HTML checker (npm vnu-jar), nginx for the security-header test.
TEST_COMMANDS := java:openjdk-17-jre-headless nginx:nginx
# Installs a Debian package only when the command it provides is missing
# (Node.js may come from another source, whose npm conflicts with Debian's).
define need_command
	@command -v $(1) >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(2); }
endef

.PHONY: help build serve test check lint clean pdf preflight weight bench new-qa new-case new-leaflet new-news new-event fix-unicode fix-tone-marks cms cms-config report

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@missing=$$(for p in $(BUILD_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

# npm packages: Decap CMS (copied into the site by the build), decap-server (make cms), axe-core (tests).
node_modules/.installed: package.json package-lock.json
	$(call need_command,npm,nodejs npm)
	npm ci --silent --no-audit --no-fund
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed node_modules/.installed requirements-dev.txt
	@missing=$$(for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi
	@missing=$$(for pair in $(TEST_COMMANDS); do command -v $${pair%%:*} >/dev/null || echo $${pair#*:}; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi
	$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

build: $(VENV)/.installed node_modules/.installed pdf-files ## Build the whole site and its PDFs into site/ (strict: any warning fails; ENGINE=properdocs for ProperDocs)
	@# Built beside site/ and swapped in whole: a failed build never leaves a half-written site/.
	rm -rf build/site.new
	$(ENGINE_BUILD) --site-dir build/site.new
	rm -rf site && mv build/site.new site

pdf-files: $(VENV)/.installed
	$(PYTHON) -m scripts.pdf --out build/pdf

pdf: $(VENV)/.installed ## Render leaflets, posters and the handbook as a book (screen PDF + print master) into build/pdf and site/
	$(PYTHON) -m scripts.pdf --out build/pdf $$([ -d site ] && echo --site site)

preflight: ## Check every print master in site/ (CMYK, fonts, bleed, images, transparency)
	$(PYTHON) -m scripts.pdf.preflight site

serve: $(VENV)/.installed node_modules/.installed ## Preview the site with live reload at http://127.0.0.1:8000/sxsh/
	$(PYTHON) -m $(ENGINE) serve --config-file mkdocs.yml

# Tests run in parallel, one worker per core (pytest-xdist); a test file stays on one worker, so its module
# fixtures are made once, and the site as shipped is built once for all workers (tests/conftest.py).
# TEST_JOBS=0 runs them one at a time, in this process.
TEST_JOBS ?= auto
test: $(VENV)/.installed-dev ## Run every test (content, build, browser), installing what they need
	$(PYTHON) -m ruff check scripts tests
	$(PYTHON) -m pytest -n $(TEST_JOBS) --dist loadscope

check: $(VENV)/.installed node_modules/.installed ## Checks in seconds, no PDFs: schemas, Unicode, style, images, links and anchors
	$(PYTHON) -m scripts check

# New pages: make new-qa TITLE="Câu hỏi?" (TITLE_EN="..." gives the English title too).
new-qa: $(VENV)/.installed ## New Q&A page in both languages: make new-qa TITLE="..."
	$(PYTHON) -m scripts new qa --title "$$TITLE" --title-en "$$TITLE_EN"

new-case: $(VENV)/.installed ## New case study in both languages: make new-case TITLE="..."
	$(PYTHON) -m scripts new case --title "$$TITLE" --title-en "$$TITLE_EN"

new-leaflet: $(VENV)/.installed ## New leaflet or poster in both languages: make new-leaflet TITLE="..."
	$(PYTHON) -m scripts new leaflet --title "$$TITLE" --title-en "$$TITLE_EN"

new-news: $(VENV)/.installed ## New news item in both languages: make new-news TITLE="..."
	$(PYTHON) -m scripts new news --title "$$TITLE" --title-en "$$TITLE_EN"

new-event: $(VENV)/.installed ## New event or training in both languages: make new-event TITLE="..."
	$(PYTHON) -m scripts new event --title "$$TITLE" --title-en "$$TITLE_EN"

# The web form on this computer: the site at http://127.0.0.1:8000/ and its form at
# http://127.0.0.1:8000/admin/, saving files straight into this folder (decap-server).
cms: $(VENV)/.installed node_modules/.installed ## Edit in the web form on this computer: http://127.0.0.1:8000/admin/
	@PORT=8081 BIND_HOST=127.0.0.1 node node_modules/decap-server/dist/index.js & server=$$!; \
	trap "kill $$server 2>/dev/null" EXIT INT TERM; \
	SITE_URL=http://127.0.0.1:8000/ $(PYTHON) -m mkdocs serve --dev-addr 127.0.0.1:8000

cms-config: $(VENV)/.installed ## Regenerate docs/admin/config.yml (the web form) from scripts/content/schema.py
	$(PYTHON) -m scripts cms-config

report: $(VENV)/.installed ## What needs attention: stale pages, missing translations, sources without address or with a caveat, details to confirm
	$(PYTHON) -m scripts report

fix-unicode: $(VENV)/.installed ## Rewrite NFD, TCVN3/VNI and invisible characters as clean text; shows each change
	$(PYTHON) -m scripts fix-unicode

# Only on an editor's request: the build and `make check` report old-style tone marks, never rewrite them.
fix-tone-marks: $(VENV)/.installed ## Write tone marks in the site's style (hóa, thủy, hòa, Ủy); shows each changed line
	$(PYTHON) -m scripts fix-tone-marks

weight: build ## Page weight of site/: the ten heaviest pages; fails over the budgets
	$(PYTHON) -m scripts weight site

bench: $(VENV)/.installed-dev ## Benchmarks into BENCHMARKS.md: search vs Pagefind on 2,000 pages, full build, Lighthouse
	$(PYTHON) -m scripts.search.bench
	$(PYTHON) -m scripts bench

lint: $(VENV)/.installed-dev ## Python style
	$(PYTHON) -m ruff check scripts tests

clean: ## Remove built files (keeps .venv)
	rm -rf site build/pdf build/bench .pytest_cache
