# Two commands: `make run` (set up and serve the demo site) and `make test` (the suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# 検証用マイナポータル: a test OpenID Provider on 127.0.0.1 started with `make run` (never マイナポータル,
# never in production); `make run DEMO_MYNAPORTAL_OP=0` leaves it out. See docs/features/mynaportal-login.md.
DEMO_MYNAPORTAL_OP ?= 1
DEMO_MYNAPORTAL_OP_PORT ?= 8001

.PHONY: run setup install migrate demo test test-fast lint lint-js lint-templates format check bench clean messages lock audit

# The test OP runs in the background next to runserver and is stopped with it (trap on exit/Ctrl+C).
run: setup
	@echo "http://$(HOST):$(PORT)/ で起動します（終了は Ctrl+C）"
	@export DEMO_MYNAPORTAL_OP=$(DEMO_MYNAPORTAL_OP) DEMO_MYNAPORTAL_OP_PORT=$(DEMO_MYNAPORTAL_OP_PORT); \
	if [ "$$DEMO_MYNAPORTAL_OP" = 1 ]; then \
		$(BIN)/python manage.py run_demo_op & op=$$!; \
		trap 'kill $$op 2>/dev/null' EXIT INT TERM; \
	fi; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

setup: install migrate demo

# Every install takes the exact versions and hashes in requirements.lock (what CI passed with);
# `make lock` writes it again from pyproject.toml's ranges (see docs/operations.md).
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

lock:
	$(PYTHON) -m pip install --quiet "uv>=0.9,<1"
	$(PYTHON) -m uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--universal --quiet -o requirements.lock

audit: install
	$(BIN)/pip install --quiet "pip-audit>=2.7,<3"
	$(BIN)/python tools/audit_lock.py

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MAKE) lint-templates
	$(MAKE) lint-js

# The Django templates' indentation (djhtml; `make format` writes it).
lint-templates: install
	$(BIN)/djhtml --check $$(git ls-files '*.html')

# The site's JavaScript (plain files, no build) through Biome, the version pinned in package-lock.json.
lint-js:
	npm ci --no-audit --no-fund --silent
	npx --no-install biome ci

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml $$(git ls-files '*.html')

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production REDIS_URL=redis://127.0.0.1:6379/0 SECRET_KEY=check-only-$$(date +%s)-not-a-real-secret-key-value-0123456789 \
		PARTNER_OIDC_RSA_PRIVATE_KEY="$$($(BIN)/python -c 'from partners.keys import generate_pem; print(generate_pem())')" \
		$(BIN)/python manage.py check --deploy --fail-level WARNING
	@# Without the partner API's signing key, the deploy check must fail (partners.E001).
	DJANGO_SETTINGS_MODULE=portal.settings.production REDIS_URL=redis://127.0.0.1:6379/0 SECRET_KEY=check-only-$$(date +%s)-not-a-real-secret-key-value-0123456789 \
		PARTNER_OIDC_RSA_PRIVATE_KEY= PARTNER_OIDC_RSA_PRIVATE_KEY_FILE= $(BIN)/python manage.py check --deploy 2>&1 | grep -q "partners.E001"

messages: install
	$(BIN)/python manage.py makemessages -l en --no-location
	$(BIN)/python manage.py makemessages -d djangojs -l en --no-location
	$(BIN)/python manage.py compilemessages -l en -l ja --ignore=.venv

bench: install
	$(BIN)/python bench/pages.py

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media collected-static
