#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (web/test/*.e2e.test.ts) when missing.
# The tests drive /usr/bin/chromium with playwright-core; no browser is downloaded from npm.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  /usr/bin/chromium --version
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
