# Shortcuts; dev.py does the work so a machine without make can run the same commands.
.PHONY: run test lint bench
run:
	python3 dev.py run
test:
	python3 dev.py test
lint:
	.venv/bin/ruff format . && .venv/bin/ruff check --fix . && .venv/bin/lint-imports
bench:
	.venv/bin/python bench/page_weight.py; .venv/bin/python bench/throughput.py; \
	.venv/bin/python bench/progress_ingest.py; .venv/bin/python bench/roster_import.py
