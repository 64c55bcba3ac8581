# The two commands of the README: `make site` builds the bundled example site,
# `make test` runs every test. Both install missing system packages first.
SWIFT ?= swift
ESCALATE := .build/debug/escalate

.PHONY: site test deps build check clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build --build-tests

site: build
	$(ESCALATE) build --content content --output output

# One build serves both the content check and the test suite.
test: build
	$(ESCALATE) check --strict --content content
	$(SWIFT) test --skip-build

check: build
	$(ESCALATE) check --content content

clean:
	rm -rf .build output/model.json
