# Grif — the README's commands. Everything the project needs is installed from here.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# The bundle (see `bundle` below) is built again only when something it carries changed, or
# the virtual environment did.
BUNDLE := dist/grif/grif
BUNDLE_INPUTS := $(shell find desktop resources i18n docs installer -type f \
                   ! -path '*/__pycache__/*' ! -name '*.pyc' 2>/dev/null)
DEMO   ?= demo/grif-demo.grif
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench drill soak translations sysdeps venv clean demo screenshots bundle \
        wheelhouse deb

run: $(STAMP)
	@mkdir -p $(dir $(DEMO))
	@test -f $(DEMO) || $(PY) -m desktop.cli demo $(DEMO) --copies 10000 >/dev/null
	@echo "Demo register $(DEMO): log in as admin, clerk, head, director, executor, member or auditor; password demo-password-1"
	QT_QPA_PLATFORM= $(PY) -m desktop --store $(DEMO)

# The tests' system programs (Secret Service, dbus, poppler, Xvfb). Installed when we run as
# root (as CI does); otherwise the tests that need them skip and say why.
SYSPKGS := dbus gnome-keyring poppler-utils xvfb xauth libxcb-icccm4 libxcb-keysyms1 \
           libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 file \
           desktop-file-utils
sysdeps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=$$(for p in $(SYSPKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "installing system packages:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  fi; \
	else echo "not root: tests needing system programs skip where those are missing"; fi

# Every package at the version in installer/constraints.txt (the wheelhouse's list too), so a
# fresh machine builds the same bundle.
$(STAMP): pyproject.toml installer/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c installer/constraints.txt -e '.[test,bundle]'
	touch $(STAMP)

venv: $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests scripts

# The bundle is built and its own self-test run first: a broken bundle fails the tests (and
# the .deb test packs and installs that same bundle).
test: sysdeps $(STAMP) lint $(BUNDLE)
	GRIF_HOME=$$(mktemp -d) dist/grif/grif --self-test --lang en
	$(PY) -m pytest -q tests/unit/test_layering.py
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) -m tests.bench.run_all

# The kill drill at full length (the test suite runs 200 kills): 2000 SIGKILLs of a writing
# process, each followed by open + integrity checks + chain + a look-up of every acknowledged
# change; kill_trials and kill_lost_commits go into bench.json.
drill: $(STAMP)
	$(PY) -m tests.reliability.drill 2000 --save

# The soak: the main window (offscreen) on the demo register of 10^6 copies (built once into
# demo/, ≈ 45 s), opening, filtering, sorting, scrolling, moving and printing for
# SOAK_MINUTES; fails if the memory grows by 10 % or more or any operation fails.
SOAK_MINUTES ?= 30
soak: $(STAMP)
	$(PY) scripts/soak.py --minutes $(SOAK_MINUTES)

translations: $(STAMP)
	$(PY) -m desktop.i18n_tools update
	$(PY) -m desktop.i18n_tools release

# The user guide's PNGs (docs/screenshots/<shot>-<lang>.png), from real windows on a virtual X
# screen, in the languages of GRIF_SHOT_LANGS (kk ru ky en); GRIF_SHOT_COPIES sets the size of
# the demo register (default 10^6; 20000 is enough for the guide).
GRIF_SHOT_LANGS ?= kk ru
screenshots: sysdeps $(STAMP)
	rm -rf docs/screenshots
	GRIF_HOME=$$(mktemp -d) GRIF_SHOT_LANGS="$(GRIF_SHOT_LANGS)" QT_QPA_PLATFORM=xcb \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/screenshots.py docs/screenshots

demo: $(STAMP)
	mkdir -p $(dir $(DEMO))
	rm -f $(DEMO) $(DEMO).keys $(DEMO).login $(DEMO).keys.lock
	$(PY) -m desktop.cli demo $(DEMO)

# The one-folder bundle dist/grif/ (grif, grif-cli, _internal/): what the installers carry.
# It runs with no Python on the machine; check it with dist/grif/grif --self-test.
bundle: $(BUNDLE)
$(BUNDLE): $(STAMP) $(BUNDLE_INPUTS)
	rm -rf dist/grif
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  installer/grif.spec
	$(PY) installer/seal_bundle.py dist/grif
	@du -sm dist/grif | awk '{print "dist/grif: " $$1 " MB"}'

# The Debian package dist/grif_<version>_amd64.deb: the bundle in /opt/grif, /usr/bin/grif and
# grif-cli, the menu entry and icons; Depends worked out from the bundle (installer/README.md).
deb: $(BUNDLE)
	$(PY) scripts/build_deb.py

# The offline wheelhouse: Grif's own wheel and every wheel pinned in installer/constraints.txt
# for CPython 3.11 on Linux x86_64 and Windows amd64, with SHA256SUMS; an air-gapped machine
# installs from it with `pip install --no-index --find-links <folder> grif` (installer/README.md).
# WHEELHOUSE_EXTRAS=test,bundle adds the test tools and PyInstaller.
WHEELHOUSE ?= dist/wheelhouse
WHEELHOUSE_EXTRAS ?=
wheelhouse: $(STAMP)
	mkdir -p $(WHEELHOUSE)
	rm -f $(WHEELHOUSE)/grif-*.whl
	$(PY) -m pip wheel -q --no-deps . -w $(WHEELHOUSE)
	$(PY) scripts/wheelhouse.py --dest $(WHEELHOUSE) --extras "$(WHEELHOUSE_EXTRAS)"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
