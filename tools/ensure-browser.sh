#!/usr/bin/env bash
# Make sure a Chromium exists for the end-to-end tests. Debian's package on machines like CI
# (Playwright cannot download its own browsers there); Playwright's own browser elsewhere.
set -euo pipefail

if [ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ]; then
  exit 0
fi
if node -e "const { chromium } = require('playwright'); process.exit(require('fs').existsSync(chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Installing Playwright's Chromium for the end-to-end tests..."
npx playwright install --with-deps chromium
