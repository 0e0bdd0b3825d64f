# Entry points: `make serve`, `make test`, `make dist`. Each first installs
# whatever is missing (scripts/ensure-tools.sh), so all work on a fresh
# Debian machine. An author's: `make new`, `make check` (docs/authoring.md).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# Trunk finds wasm-bindgen (in the folder of the version Trunk.toml pins,
# scripts/ensure-tools.sh) and wasm-opt (npm's binaryen) on PATH.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/wasm-bindgen-$(WASM_BINDGEN_VERSION)/bin:$(HOME)/.cargo/bin:$(PATH)

# The release WebAssembly is built with a pinned nightly that rebuilds the
# standard library for size and turns panics into traps
# (-Cpanic=immediate-abort): 13% less WebAssembly after brotli. It also leaves
# out Debug formatting and panic locations, which no reader sees (2 KB more).
# Trunk passes these to cargo (RUSTUP_TOOLCHAIN overrides
# rust-toolchain.toml); lints and tests use the Rust that file pins.
NIGHTLY := nightly-2026-10-30
RELEASE_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=core,std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"

# The site's public address, for link previews: every page's head then gives
# its absolute address (make dist SITE_URL=https://example.org/explainer/).
SITE_URL ?=
# Where the site is served from: by default SITE_URL's path (the prerenderer
# reads it from the parsed address), or the root; for a sub-path without
# SITE_URL use, say, PUBLIC_URL=/explainer/.
PUBLIC_URL ?=
# The content folder the site is made of: content/ by default, or another
# (make dist CONTENT=examples/tides). Every cargo step gets another folder as
# an absolute CONTENT_DIR (model/build.rs reads it); the default sets none,
# so its build is the same as ever. Another folder's site is built into
# dist-<folder's name>/ and its Trunk build into target/app-<folder's name>/,
# so that it never replaces the default's; DIST= and APP= choose others. (APP
# is Trunk's build, before the prerenderer makes a site of it.)
CONTENT ?= content
ifeq ($(abspath $(CONTENT)),$(CURDIR)/content)
DIST ?= dist
APP ?= target/app
else
export CONTENT_DIR := $(abspath $(CONTENT))
DIST ?= dist-$(notdir $(CONTENT_DIR))
APP ?= target/app-$(notdir $(CONTENT_DIR))
# Trunk watches this folder (the project's) by default; a content folder
# elsewhere is watched too, and its debug build kept out of dist/.
SERVE_FLAGS := --watch $(CURDIR) --watch $(CONTENT_DIR) --dist target/serve-$(notdir $(CONTENT_DIR))
endif
SUBPATH_DIST := target/dist-subpath
NEXT_APP := target/app-next
NEXT_DIST := target/dist-next
# The example essay's explainer, for its smoke suite (tests/browser/example.spec.mjs).
EXAMPLE := examples/free-buses
EXAMPLE_DIST := target/dist-example
# What `make browser-test` runs: one spec (SPEC=tests/browser/verdict.spec.mjs,
# Chromium), or one engine's suite (ENGINE=firefox or ENGINE=webkit); neither
# runs them all.
SPEC ?=
ENGINE ?=

.PHONY: serve new check dist app site sites next example test bench size lint unit browser browser-test tools test-tools
# Every target builds on the ones before it in the same folders (target/,
# dist/), so none runs beside another even under `make -j`.
.NOTPARALLEL:

## Build and serve the app at http://127.0.0.1:8080 (PORT=8081: another port), rebuilding on change (CONTENT=folder: that essay's).
serve: tools
	trunk serve $(if $(PORT),--port $(PORT)) $(SERVE_FLAGS)

## Draft a content folder from a plain text essay: make new ESSAY=essay.txt DIR=folder.
new:
	@test -n '$(ESSAY)' -a -n '$(DIR)' || { echo 'usage: make new ESSAY=essay.txt DIR=folder' >&2; exit 2; }
	cargo run --quiet --package check --bin new -- '$(ESSAY)' '$(DIR)'

## Check the content folder (CONTENT=folder, content/ by default) against the house rules a machine can check.
check:
	cargo run --quiet --package check --bin check -- '$(CONTENT)'

## Build the deployable static site into $(DIST)/: the content checked, Trunk's build, then the site made from it.
dist: tools
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory app
	$(MAKE) --no-print-directory site

# Trunk's build of the release app, into $(APP)/: one binary a family of
# pages (route::Family). The steps' is index.html's; the other views' and
# the classroom kit's start binaries of their own (views.html,
# classroom.html), built beside it, so that a page of the steps loads
# neither. Built for the root: only the pages Trunk writes name the public
# path, and the prerenderer puts them under PUBLIC_URL, so one build serves
# a site under any path. esbuild then minifies the JS glue and the
# stylesheets, which the prerenderer puts inline in every page.
OTHER_BINARIES := views classroom
app:
	$(RELEASE_ENV) trunk build --release --public-url / --dist $(APP)
	for bin in $(OTHER_BINARIES); do \
		$(RELEASE_ENV) trunk build --release --public-url / --dist $(APP).$$bin $$bin.html; \
		mv $(APP).$$bin/index.html $(APP)/$$bin.html; \
		mv $(APP).$$bin/$$bin-* $(APP)/; \
		rmdir $(APP).$$bin; \
	done
	esbuild --log-level=warning --minify --allow-overwrite --outdir=$(APP) $(APP)/*.js $(APP)/*.css

# The site in $(DIST)/, from Trunk's build in $(APP)/ (left as it is, for
# another site): every page prerendered under PUBLIC_URL, then the service
# worker. It is made in $(DIST).part/ and moved into place only when whole, so
# a failed build never leaves a half-made site where a whole one is expected.
site:
	rm -rf $(DIST) $(DIST).part && cp -r $(APP) $(DIST).part
	SITE_URL='$(SITE_URL)' PUBLIC_URL='$(PUBLIC_URL)' cargo run --quiet --package prerender -- $(DIST).part
	node scripts/service-worker.mjs $(DIST).part
	mv $(DIST).part $(DIST)

## Build the release site and print its sizes, paint times and memory, Lighthouse's figures, and each target beside its figure.
# Each script writes its figures to target/bench/*.json; the last step joins
# them, so the figures of an earlier run are removed first.
bench: test-tools
	$(MAKE) --no-print-directory dist
	rm -f target/bench/bench.json target/bench/background.json target/bench/lighthouse.json
	node scripts/bench.mjs $(DIST)
	node scripts/lighthouse.mjs $(DIST)
	node scripts/bench-summary.mjs

## Print where the release WebAssembly's bytes go, in the steps' binary as the site ships it.
# Trunk builds it once more, from a page holding index.html's own link for
# it with one attribute more, which has wasm-opt keep the names (-g); the
# cargo build is the site's own. size.mjs checks with wasm-opt that the
# file is the site's but for its names.
size:
	scripts/ensure-tools.sh size
	$(MAKE) --no-print-directory app
	mkdir -p target/size
	grep -o '<link data-trunk rel="rust" data-bin="diplomacy-explainer"[^>]*>' index.html \
		| sed 's#/>$$#href="../../" data-wasm-opt-params="-g" />#' \
		| sed '1i <html><head>' | sed '$$a </head><body></body></html>' > target/size/index.html
	grep -q 'data-wasm-opt-params="-g"' target/size/index.html
	$(RELEASE_ENV) trunk build --release --public-url / --dist target/size/dist target/size/index.html
	node scripts/size.mjs target/size/dist/diplomacy-explainer-*_bg.wasm $(APP)/diplomacy-explainer-*_bg.wasm

## Run every check and test.
test: test-tools lint unit browser

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

unit:
	cargo test --workspace

## Build the four sites the browser tests need, then run them all.
browser:
	$(MAKE) --no-print-directory sites
	$(MAKE) --no-print-directory browser-test

## Run the browser tests against the sites already built, building only a missing one:
## all of them, or SPEC=tests/browser/<name>.spec.mjs (Chromium), or ENGINE=firefox|webkit.
browser-test: test-tools
	@test -d $(DIST) || $(MAKE) --no-print-directory dist
ifeq ($(ENGINE),)
	@test -d $(SUBPATH_DIST) || $(MAKE) --no-print-directory site SITE_URL=http://127.0.0.1:4174/explainer/ DIST=$(SUBPATH_DIST)
	@test -d $(NEXT_DIST) || $(MAKE) --no-print-directory next
	@test -d $(EXAMPLE_DIST) || $(MAKE) --no-print-directory example
	playwright test $(SPEC)
endif
ifeq ($(SPEC)$(ENGINE),)
	node --test tests/engines/firefox.test.mjs tests/engines/webkit.test.mjs
else ifneq ($(ENGINE),)
	node --test tests/engines/$(ENGINE).test.mjs
endif

# The release site, the same build served under a sub-path (only the pages
# and the worker differ), the second version, and the example essay's site.
sites:
	$(MAKE) --no-print-directory dist
	$(MAKE) --no-print-directory site SITE_URL=http://127.0.0.1:4174/explainer/ DIST=$(SUBPATH_DIST)
	$(MAKE) --no-print-directory next
	$(MAKE) --no-print-directory example

# A second version of the site, the first step's title changed (" (second
# version)" added, whatever the title is), for the test of an update
# (tests/browser/offline.spec.mjs, which reads the new title by the same rule): the steps' binary built again
# from a copy of the content, its pages prerendered from it. The other
# views' and the classroom kit's binaries and Trunk pages are the first
# version's, copied: that test opens none of their pages (their pages would
# show the new title, their binaries the old), and building each again takes
# as long as the steps'.
# It shares the cargo target folder: CI builds from a clean clone, where a
# folder of its own would compile the standard library and every dependency
# a second time (about 4 minutes); here only the crates and the prerenderer
# are built again.
next: tools
	rm -rf target/content-next $(NEXT_APP) && cp -r content target/content-next
	awk '/^\[\[step\]\]$$/ { step = 1 } step && !done && sub(/^title = ".*/, "& (second version)") { sub(/" \(second version\)$$/, " (second version)\""); done = 1 } { print }' \
		content/argument.toml > target/content-next/argument.toml
	grep -q '^title = ".* (second version)"$$' target/content-next/argument.toml
	CONTENT_DIR=$(CURDIR)/target/content-next $(RELEASE_ENV) trunk build --release --public-url / --dist $(NEXT_APP)
	for bin in $(OTHER_BINARIES); do cp $(APP)/$$bin.html $(APP)/$$bin-* $(NEXT_APP)/; done
	esbuild --log-level=warning --minify --allow-overwrite --outdir=$(NEXT_APP) $(NEXT_APP)/diplomacy-explainer-*.js $(NEXT_APP)/*.css
	CONTENT_DIR=$(CURDIR)/target/content-next \
		$(MAKE) --no-print-directory site APP=$(NEXT_APP) DIST=$(NEXT_DIST)

# The example essay's explainer, for its smoke suite: `make dist` of its
# folder, every binary (each embeds its content, so none is shared), into target/. It shares the cargo target folder, as
# `next` does: only the crates that embed the content (the model, the app,
# the prerenderer) are built again, not the standard library or any dependency.
example: tools
	$(MAKE) --no-print-directory dist CONTENT=$(EXAMPLE) APP=target/app-example DIST=$(EXAMPLE_DIST)

tools:
	scripts/ensure-tools.sh build

test-tools:
	scripts/ensure-tools.sh test
