#!/usr/bin/env bash
# Lighthouse accessibility and best-practices scores for every page type of a RUNNING Painwise,
# signed out and signed in as each demo account, at 360 px (mobile emulation) and 1280 px
# (desktop). Not part of CI; run it after a change to the look and put the table in the README.
#
#   1. start the app with its demo accounts:   mvn package wildfly:run -Dpainwise.demo=true
#   2. when /login answers:                    bench/lighthouse.sh [options]
#
# Options (all optional):
#   --base URL          the app's address (default http://localhost:8080)
#   --widths 360,1280   the window widths to audit at (one run per width and page)
#   --only patient,...  only these roles: signed-out, patient, therapist, educator, admin
#   --screenshots DIR   also save a full-page PNG of each page at each width
#   --json FILE         every score and failed audit as JSON
#   --from-json FILE    print the table of an earlier --json file again (no server needed)
#
# It prints one Markdown table row per page type (scores from 0 to 1) and, on standard error,
# the audits that failed on each page. It exits 1 when a page type is below 1.00 in either
# category or could not be audited.
#
# Needs Node 18 or newer and Chromium (/usr/bin/chromium, or CHROME_PATH). Lighthouse 12 and its
# puppeteer-core are installed from npm into bench/lighthouse/node_modules on the first run
# (about 30 s, ignored by git). On a fresh demo database the script makes the data a few pages
# need, as a person would: the demo therapist invites the demo patient, who accepts, and the demo
# patient submits one quiz attempt of module 1 if it has none.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

command -v node >/dev/null || { echo "lighthouse.sh: node is needed (apt-get install nodejs npm)" >&2; exit 2; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME_PATH" ] || { echo "lighthouse.sh: no Chromium at $CHROME_PATH (apt-get install chromium)" >&2; exit 2; }
if [ ! -d "$here/lighthouse/node_modules/lighthouse" ] || [ ! -d "$here/lighthouse/node_modules/puppeteer-core" ]; then
  echo "lighthouse.sh: installing Lighthouse 12 into bench/lighthouse/node_modules" >&2
  (cd "$here/lighthouse" && npm ci --no-audit --no-fund --silent)
fi

base=http://localhost:8080
for ((i = 1; i <= $#; i++)); do
  if [ "${!i}" = "--base" ]; then j=$((i + 1)); base="${!j}"; fi
done
if [[ " $* " != *" --from-json "* ]] && ! curl -fsS -o /dev/null --max-time 10 "${base%/}/login"; then
  echo "lighthouse.sh: nothing answers at ${base%/}/login; start the app first (mvn package wildfly:run -Dpainwise.demo=true)" >&2
  exit 2
fi
# Run from the caller's folder, so that --screenshots and --json paths are relative to it.
exec node "$here/lighthouse/pages.mjs" "$@"
