.PHONY: check test demo-db

check:
	scripts/check

test:
	.venv/bin/python -m pytest

# Rebuild the bundled demo database from bench/../scripts/make_demo_db.py
demo-db:
	.venv/bin/python scripts/make_demo_db.py db.json
