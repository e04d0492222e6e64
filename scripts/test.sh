#!/usr/bin/env bash
# THE test command: installs what is missing, builds, lints and runs every test suite —
# unit (mocha in Node), integration (mocha inside a real VS Code extension host) and e2e
# (a real VS Code workbench driven in Chromium). Works on a fresh clone, without a terminal
# (CI=true, no stdin), as root or as a user with the Debian packages already installed.
# Stops at the first failure with a non-zero exit. The last line is always `N passed, N failed`
# (summed over the three suites; a suite that crashes before reporting counts as 1 failed).
# Env: CI (set → always `npm ci`), SOURCEBOOK_TEST_GREP (filter tests in all suites),
#      SOURCEBOOK_VSCODE_LAUNCHER (auto | electron | code-server, see test/integration/runTests.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
exec </dev/null
export DEBIAN_FRONTEND=noninteractive

LOG_DIR="test-output/logs"
PASSED=0
FAILED=0
STEP=""
START=$SECONDS

BG_PID=""
summary() {
  local rc=$?
  if [[ -n "$BG_PID" ]]; then kill -- "-$BG_PID" 2>/dev/null || true; fi
  if ((rc != 0)); then
    echo "FAILED at: ${STEP:-?} (exit $rc) after $((SECONDS - START)) s; logs in $LOG_DIR/"
  else
    echo "All steps passed in $((SECONDS - START)) s"
  fi
  echo "$PASSED passed, $FAILED failed"
}
trap summary EXIT

step() {
  STEP="$1"
  echo
  echo "==> $STEP"
}

timed() {
  local t=$SECONDS
  "$@"
  echo "    ($STEP: $((SECONDS - t)) s)"
}

# Runs a mocha suite, teeing its output to $LOG_DIR/<name>.log, and adds up its
# "N passing" / "N failing" lines.
suite() {
  local name="$1"
  shift
  step "$name tests"
  local log="$LOG_DIR/$name.log" t=$SECONDS rc passing failing
  set +e
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  passing=$(grep -E '^ +[0-9]+ passing' "$log" | tail -n 1 | grep -Eo '[0-9]+' | head -n 1 || true)
  failing=$(grep -E '^ +[0-9]+ failing' "$log" | tail -n 1 | grep -Eo '[0-9]+' | head -n 1 || true)
  passing=${passing:-0}
  failing=${failing:-0}
  if ((rc != 0 && failing == 0)); then failing=1; fi
  PASSED=$((PASSED + passing))
  FAILED=$((FAILED + failing))
  echo "    ($name: $passing passed, $failing failed, $((SECONDS - t)) s)"
  return "$rc"
}

mkdir -p "$LOG_DIR"

step "setup: Debian packages"
timed bash scripts/setup-vscode.sh --apt-only

# code-server (about a minute on a fresh machine) installs in the background while the project
# is installed, built, linted and unit-tested; the integration tests wait for it.
SETUP_LOG="$LOG_DIR/setup-vscode.log"
setsid bash scripts/setup-vscode.sh --skip-apt >"$SETUP_LOG" 2>&1 &
BG_PID=$!
echo "    installing code-server in the background (log: $SETUP_LOG)"

step "npm dependencies"
if [[ ! -d node_modules || -n "${CI:-}" ]]; then
  timed npm ci --no-audit --no-fund
else
  echo "    node_modules present (set CI=1 to force npm ci)"
fi

step "compile (tsc)"
# In CI start from an empty out/ so compiled tests of deleted sources cannot linger.
if [[ -n "${CI:-}" ]]; then rm -rf out; fi
timed npm run --silent compile

step "build (esbuild)"
timed npm run --silent build

step "lint (eslint)"
timed npx eslint .

if [[ -n "$(find out/test/unit -name '*.test.js' -print -quit 2>/dev/null)" ]]; then
  suite unit npx mocha ${SOURCEBOOK_TEST_GREP:+--grep "$SOURCEBOOK_TEST_GREP"}
else
  step "unit tests"
  echo "    no unit tests (out/test/unit/**/*.test.js)"
fi
step "setup: code-server (waiting for the background install)"
t=$SECONDS
if ! wait "$BG_PID"; then
  BG_PID=""
  cat "$SETUP_LOG"
  false
fi
BG_PID=""
cat "$SETUP_LOG"
echo "    (waited $((SECONDS - t)) s)"

suite integration node out/test/integration/runTests.js
suite e2e node out/test/e2e/run.js
STEP=""
