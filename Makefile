# The two commands of the README: `make site` builds the bundled example site,
# `make test` runs every test. Both install missing system packages first.
SWIFT ?= swift
ESCALATE := .build/debug/escalate
CHECK_PYTHON := .build/check-venv/bin/python

.PHONY: site test deps build check check-site clean fuzz bench

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build --build-tests

site: build
	$(ESCALATE) build --content content --output output

# One build serves everything: the content check, the site and its browser checks, and the
# Swift test suite (last, so its summary closes the run).
test: build
	$(ESCALATE) check --strict --content content
	$(ESCALATE) build --strict --content content --output output
	@scripts/install-deps --site-checks
	$(CHECK_PYTHON) scripts/check_site.py output .build/site-check
	$(SWIFT) test --skip-build

check: build
	$(ESCALATE) check --content content

check-site: site
	@scripts/install-deps --site-checks
	$(CHECK_PYTHON) scripts/check_site.py output .build/site-check

# libFuzzer on the readers (Fuzz/, docs/security.md): builds the fuzz targets into .build-fuzz and
# runs each for FUZZ_SECONDS (default 300) with memory and time limits; fails on any crash,
# hang or memory blow-up. Not part of `test` or CI. `make fuzz FUZZ_TARGETS=timescale` runs one.
FUZZ_TARGETS ?=
fuzz: deps
	scripts/fuzz $(FUZZ_TARGETS)

clean:
	rm -rf .build
	find output -mindepth 1 ! -name README.md -exec rm -rf {} +

# Speed and memory beside Hugo, cmark-gfm, DuckDB and pandas (bench/run.py, docs/benchmarks.md):
# release build, inputs generated under .build/bench, 5 runs after a warm-up. Not in `test` or CI.
# `make bench FULL=1` adds 3,000 procedures and 100k/3M-row logs.
FULL ?=
bench: deps
	@scripts/install-deps --bench
	python3 bench/run.py $(if $(FULL),--full)
