#!/usr/bin/env bash
# THE run command: builds the extension and serves a real VS Code (code-server 1.100.3) with
# Sourcebook installed from this checkout, opened on a sample workspace. Open the printed URL in
# a browser; Ctrl+C stops everything.
#   scripts/run.sh [FOLDER]     FOLDER defaults to .vscode-test/workspace, a copy of
#                               test/workspace-sample made on first use (your edits there are kept;
#                               SOURCEBOOK_RESET_WORKSPACE=1 makes a fresh copy)
# Env: PORT (default 8080), HOST (default 127.0.0.1; code-server runs with --auth none, so only
#      bind to another address on a network you trust).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"
RUN_DIR="$ROOT/.vscode-test/run"
CS_BIN="$ROOT/.vscode-test/code-server/node_modules/.bin/code-server"

bash scripts/setup-vscode.sh
if [[ ! -d node_modules ]]; then npm ci --no-audit --no-fund; fi
echo "[run] building"
npm run --silent build

if [[ -f dist/cli.js ]]; then
  echo
  echo "[run] the CLI works too: node dist/cli.js documents"
  if ! node dist/cli.js documents; then echo "[run] (the CLI failed; continuing with the editor)"; fi
  echo
fi

# The folder to open.
if [[ $# -ge 1 ]]; then
  WORKSPACE="$(cd "$1" && pwd)"
else
  WORKSPACE="$ROOT/.vscode-test/workspace"
  if [[ "${SOURCEBOOK_RESET_WORKSPACE:-}" == 1 ]]; then rm -rf "$WORKSPACE"; fi
  if [[ ! -d "$WORKSPACE" ]]; then
    mkdir -p "$(dirname "$WORKSPACE")"
    cp -R test/workspace-sample "$WORKSPACE"
  fi
fi

# Persistent user data (UI state survives restarts); the extension is installed by symlinking
# this checkout into the extensions dir, so a rebuild + window reload picks up changes.
mkdir -p "$RUN_DIR/user-data/User" "$RUN_DIR/extensions"
SETTINGS="$RUN_DIR/user-data/User/settings.json"
if [[ ! -f "$SETTINGS" ]]; then
  cat >"$SETTINGS" <<'EOF'
{
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "git.openRepositoryInParentFolders": "never"
}
EOF
fi
EXT_ID="$(node -p 'const p = require("./package.json"); `${p.publisher}.${p.name}`')"
EXT_VERSION="$(node -p 'require("./package.json").version')"
find "$RUN_DIR/extensions" -maxdepth 1 -name "$EXT_ID-*" -type l -delete
ln -sfn "$ROOT" "$RUN_DIR/extensions/$EXT_ID-$EXT_VERSION"

LOG="$RUN_DIR/code-server.log"
setsid "$CS_BIN" \
  --auth none \
  --bind-addr "$HOST:$PORT" \
  --user-data-dir "$RUN_DIR/user-data" \
  --extensions-dir "$RUN_DIR/extensions" \
  --disable-telemetry \
  --disable-update-check \
  --disable-workspace-trust \
  --disable-getting-started-override \
  "$WORKSPACE" >"$LOG" 2>&1 &
CS_PID=$!
stop() {
  trap - INT TERM EXIT
  echo
  echo "[run] stopping code-server"
  kill -TERM -- "-$CS_PID" 2>/dev/null || true
  wait "$CS_PID" 2>/dev/null || true
}
trap stop INT TERM EXIT

for _ in $(seq 1 150); do
  if grep -q 'HTTP server listening on' "$LOG"; then break; fi
  if ! kill -0 "$CS_PID" 2>/dev/null; then
    cat "$LOG"
    echo "[run] code-server exited (is port $PORT in use? try PORT=8081 $0)" >&2
    exit 1
  fi
  sleep 0.2
done
if ! grep -q 'HTTP server listening on' "$LOG"; then
  cat "$LOG"
  echo "[run] code-server did not start within 30 s" >&2
  exit 1
fi

FOLDER_PARAM="$(node -p 'encodeURIComponent(process.argv[1])' "$WORKSPACE")"
cat <<EOF
================================================================================
 Sourcebook is running in VS Code (code-server 1.100.3). Open in your browser:

   http://$HOST:$PORT/?folder=$FOLDER_PARAM

 workspace: $WORKSPACE
 extension: $EXT_ID-$EXT_VERSION -> $ROOT (rebuild with \`npm run build\`, then
            "Developer: Reload Window")
 log:       $LOG
 Press Ctrl+C to stop.
================================================================================
EOF
wait "$CS_PID"
