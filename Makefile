# Two commands: `make run` (set up and serve the demo site) and `make test` (the suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup install migrate demo test test-fast lint format check bench clean messages

run: setup
	@echo "http://$(HOST):$(PORT)/ で起動します（終了は Ctrl+C）"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

setup: install migrate demo

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

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

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=check-only-$$(date +%s)-not-a-real-secret-key-value-0123456789 \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

messages: install
	$(BIN)/python manage.py makemessages -l en --no-location
	$(BIN)/python manage.py makemessages -d djangojs -l en --no-location
	$(BIN)/python manage.py compilemessages -l en

bench: install
	$(BIN)/python bench/pages.py

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media collected-static
