#!/usr/bin/env bash
# The set-up step of `npm test` (its `pretest` script): browser tests drive
# Debian's Chromium (no browser download from npm), so make sure the browser
# they will launch exists before any test runs. Installs it when it can (as
# root); otherwise stops with one line naming the command to run.
set -euo pipefail

# Where Debian's chromium package puts the browser. Only the test of this
# script moves it, to play a machine without Chromium.
debian_chromium=${JIANFAN_TEST_DEBIAN_CHROMIUM:-/usr/bin/chromium}
# The browser the tests launch: CHROMIUM_PATH when set, as playwright.config.ts reads it.
browser=${CHROMIUM_PATH-$debian_chromium}

if [ -x "$browser" ]; then exit 0; fi
if [ "$browser" != "$debian_chromium" ]; then
  # Installing Debian's package would not put a browser at this path.
  echo "No Chromium at CHROMIUM_PATH=$browser: set CHROMIUM_PATH to a Chromium, or run 'env -u CHROMIUM_PATH npm test' to use Debian's at $debian_chromium (installed if missing)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $browser and there is no apt-get to install it: install Chromium, then run 'CHROMIUM_PATH=/path/to/chromium npm test'" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $browser (the browser tests need it): run 'sudo apt-get install -y chromium', then 'npm test'" >&2
  exit 1
fi
echo "Chromium is missing at $browser: installing Debian's chromium package" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
if [ ! -x "$browser" ]; then
  echo "apt-get installed chromium but there is still no browser at $browser: install Chromium there, or set CHROMIUM_PATH to one" >&2
  exit 1
fi
