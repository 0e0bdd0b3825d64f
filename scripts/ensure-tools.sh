#!/usr/bin/env bash
# Installs what building (and, with "test", testing) the explainer needs and
# this machine lacks. Whatever is already there at the right version is left
# alone, so a second run takes seconds.
#
# Usage: scripts/ensure-tools.sh build|test|size
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-build}
trunk_version=0.21.14
twiggy_version=0.8.0
# The release WebAssembly is built with this nightly, which rebuilds the
# standard library for size (see the Makefile); everything else uses the
# Rust that rust-toolchain.toml pins.
nightly=$(sed -n 's/^NIGHTLY := //p' Makefile)
geckodriver_version=0.37.1
# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock (and in Trunk.toml).
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
pinned=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
if [ "$bindgen_version" != "$pinned" ]; then
  echo "Trunk.toml pins wasm-bindgen $pinned but Cargo.lock has $bindgen_version: make them agree." >&2
  exit 1
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { sudo_if_needed apt-get update -qq; apt_updated=1; }
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first (https://rustup.rs)." >&2; exit 1; }

# rust-toolchain.toml pins the Rust of everything but the release WebAssembly
# (lints, tests, the prerenderer, these installs): rustup installs it with the
# components and targets the file lists. The checks below add any missing
# from a toolchain of that version installed before.
rust=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$rust-"; then
  say "Installing Rust $rust, which rust-toolchain.toml pins"
  rustup toolchain install
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "Adding $component"
    rustup component add "$component"
  fi
done

if ! rustup component list --installed --toolchain "$nightly" 2>/dev/null | grep -q '^rust-src' ||
  ! rustup target list --installed --toolchain "$nightly" 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Installing the $nightly toolchain with its standard library's source"
  rustup toolchain install "$nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "Installing Trunk $trunk_version (about 13 minutes, once)"
  cargo install trunk --version "=$trunk_version" --locked
fi

# Each version in a folder of its own, which the Makefile puts first on PATH,
# so that checkouts on different versions never replace each other's.
# --locked: 0.2.130's lock file pins webpki-roots 1.0.11, which the registry
# does not have, so Cargo.lock holds 0.2.128, whose lock file installs as it is.
bindgen_root=$HOME/.cargo/wasm-bindgen-$bindgen_version
if [ "$("$bindgen_root/bin/wasm-bindgen" --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "Installing wasm-bindgen-cli $bindgen_version (about 5 minutes, once)"
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --locked --root "$bindgen_root"
fi

if ! command -v npm >/dev/null; then
  say "Installing Node.js and npm"
  apt_install nodejs npm
fi
# npm's binaryen gives wasm-opt; the browser tests come from npm too.
stamp=node_modules/.installed-from-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "Installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

if [ "$mode" = test ]; then
  # The browser tests run in all three engines: Chromium (Playwright), Firefox ESR
  # (geckodriver) and WebKitGTK's MiniBrowser (WebKitWebDriver, on a virtual display).
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  if ((${#missing[@]})); then
    say "Installing the browsers for the tests: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d' ' -f2)" != "$geckodriver_version" ]; then
    say "Installing geckodriver $geckodriver_version for Firefox (about 5 minutes, once)"
    cargo install geckodriver --version "=$geckodriver_version" --locked
  fi
fi

# twiggy says its version as "twiggy-opt 0.8.0".
if [ "$mode" = size ] && [ "$(twiggy --version 2>/dev/null | cut -d" " -f2)" != "$twiggy_version" ]; then
  say "Installing twiggy $twiggy_version (about 7 minutes, once)"
  cargo install twiggy --version "=$twiggy_version" --locked
fi
