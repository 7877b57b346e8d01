#!/usr/bin/env bash
# Makes a fresh machine (Node 20 and npm only) ready for the README's commands, saying what it installs:
# pnpm at the version package.json pins, then the workspace's locked dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'bootstrap: %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]')
if (( node_major < 20 )); then
  say "Node $(node --version) is too old: this repository needs Node 20 or later." >&2
  exit 1
fi

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [[ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]]; then
  # corepack cannot be used here: its registry signature check fails for this pnpm release.
  say "installing pnpm@$pnpm_version globally with npm"
  npm install --global --no-fund --no-audit --loglevel=error "pnpm@$pnpm_version"
fi

# Programs the tests drive that npm cannot install, from Debian's packages when missing (apt-get needs
# root): Chromium for the docs' browser tests (a browser download of playwright's own is not possible
# here), the GitHub CLI for the docs' samples test (each `gh api` sample is run). CHROMIUM_PATH and
# GH_PATH point elsewhere if they are installed under another name.
apt_lists_fresh=
debian_program() { # path, package, variable that names another path, what it is for
  local path=$1 package=$2 variable=$3 purpose=$4
  [[ -x "$path" ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then
    say "$path is missing and this is not root: install Debian's $package package, or set $variable" >&2
    exit 1
  fi
  say "installing Debian's $package package with apt-get ($purpose)"
  [[ -n "$apt_lists_fresh" ]] || { apt-get update -qq; apt_lists_fresh=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
}
debian_program "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium CHROMIUM_PATH "for the docs' browser tests"
debian_program "${GH_PATH:-/usr/bin/gh}" gh GH_PATH "for the docs' samples test"

# Telemetry off: Prism's install pings Scarf unless told not to; Redocly and turbo are told in scripts.
export SCARF_ANALYTICS=false TURBO_TELEMETRY_DISABLED=1
say "installing the workspace's dependencies from pnpm-lock.yaml"
pnpm install --frozen-lockfile
