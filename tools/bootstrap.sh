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

# The docs' browser test drives Debian's Chromium (a browser download of playwright's own is not
# possible here). CHROMIUM_PATH points elsewhere if it is installed under another name.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [[ ! -x "$chromium" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    say "Chromium is missing at $chromium and this is not root: install Debian's chromium package, or set CHROMIUM_PATH" >&2
    exit 1
  fi
  say "installing Debian's chromium package with apt-get (for the docs' browser test)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# The docs' samples test runs each `gh api` sample with Debian's GitHub CLI (gh 2.23). GH_PATH points
# elsewhere if it is installed under another name.
gh_cli=${GH_PATH:-/usr/bin/gh}
if [[ ! -x "$gh_cli" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    say "the GitHub CLI is missing at $gh_cli and this is not root: install Debian's gh package, or set GH_PATH" >&2
    exit 1
  fi
  say "installing Debian's gh package with apt-get (for the docs' samples test)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gh >/dev/null
fi

# Telemetry off: Prism's install pings Scarf unless told not to; Redocly and turbo are told in scripts.
export SCARF_ANALYTICS=false TURBO_TELEMETRY_DISABLED=1
say "installing the workspace's dependencies from pnpm-lock.yaml"
pnpm install --frozen-lockfile
