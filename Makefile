# Entry points: `make serve`, `make test`, `make dist`. Each first installs
# whatever is missing (scripts/ensure-tools.sh), so all work on a fresh
# Debian machine.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# Trunk finds wasm-bindgen (cargo's bin folder) and wasm-opt (npm's binaryen) on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# Where the site is served from; for a sub-path use, say, PUBLIC_URL=/explainer/.
PUBLIC_URL ?= /
DIST ?= dist
SUBPATH_DIST := target/dist-subpath

.PHONY: serve dist test bench lint unit browser tools test-tools

## Build and serve the app at http://127.0.0.1:8080, rebuilding on change.
serve: tools
	trunk serve

## Build the deployable static site into $(DIST)/.
dist: tools
	trunk build --release --public-url $(PUBLIC_URL) --dist $(DIST)
	cargo run --quiet --package prerender -- $(DIST)

## Build the release site and print its sizes, paint times and memory.
bench: test-tools
	$(MAKE) --no-print-directory dist
	node scripts/bench.mjs $(DIST)

## Run every check and test.
test: test-tools lint unit browser

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

unit:
	cargo test --workspace

browser:
	$(MAKE) --no-print-directory dist
	$(MAKE) --no-print-directory dist PUBLIC_URL=/explainer/ DIST=$(SUBPATH_DIST)
	playwright test
	node --test tests/engines/firefox.test.mjs tests/engines/webkit.test.mjs

tools:
	scripts/ensure-tools.sh build

test-tools:
	scripts/ensure-tools.sh test
