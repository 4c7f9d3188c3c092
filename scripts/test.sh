#!/usr/bin/env bash
# `npm test`: unit and integration tests (PGlite, plus PostgreSQL when DATABASE_URL is set),
# then the end-to-end tests in Chromium against a production build.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results

if [ -n "${DATABASE_URL:-}" ]; then
  echo "== Database: PGlite e PostgreSQL (${DATABASE_URL%%@*}@…)"
else
  echo "== Database: PGlite (imposta DATABASE_URL per provare anche PostgreSQL)"
fi

echo "== Test unitari e di integrazione (vitest)"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
unit=$?

echo "== Build di produzione per i test end-to-end"
node_modules/.bin/next build >test-results/next-build.log 2>&1 || { cat test-results/next-build.log; exit 1; }

echo "== Test end-to-end (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json node_modules/.bin/playwright test --reporter=list,json
e2e=$?

node scripts/test-summary.mjs test-results/vitest.json test-results/playwright.json
[ $unit -eq 0 ] && [ $e2e -eq 0 ]
