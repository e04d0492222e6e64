#!/usr/bin/env bash
# Installs what it takes to run the extension in a real VS Code on a machine that reaches only
# the npm registry and Debian's apt:
#   - Debian packages: chromium (the browser the e2e tests drive), libkrb5-dev + pkg-config
#     (code-server's kerberos native module), ripgrep (stands in for @vscode/ripgrep's download);
#   - code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) into
#     .vscode-test/code-server/.
# Idempotent: when everything is already there it returns in well under a second.
# Usage: scripts/setup-vscode.sh [--apt-only | --skip-apt]
# Env: SOURCEBOOK_SKIP_APT=1 = --skip-apt (you installed the packages yourself).
set -euo pipefail

APT_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --apt-only) APT_ONLY=1 ;;
    --skip-apt) SOURCEBOOK_SKIP_APT=1 ;;
    *) echo "usage: $0 [--apt-only | --skip-apt]" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CODE_SERVER_VERSION="4.100.3"
CS_DIR="$ROOT/.vscode-test/code-server"
CS_PKG="$CS_DIR/node_modules/code-server/package.json"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
APT_PACKAGES=(chromium libkrb5-dev pkg-config ripgrep)

log() { printf '[setup-vscode] %s\n' "$*"; }

# --- 1. Debian packages (only those missing) --------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})) && [[ "${SOURCEBOOK_SKIP_APT:-}" != 1 ]]; then
  if ! command -v apt-get >/dev/null; then
    log "missing packages (${missing[*]}) and no apt-get: install them by hand" >&2
    exit 1
  fi
  SUDO=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null; then SUDO=(sudo -n); else
      log "missing packages (${missing[*]}): run as root or install them by hand" >&2
      exit 1
    fi
  fi
  log "apt-get install ${missing[*]}"
  start=$SECONDS
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  log "apt packages installed in $((SECONDS - start)) s"
fi

if ((APT_ONLY)); then exit 0; fi

# --- 2. code-server ---------------------------------------------------------------------------
installed_version() {
  [[ -f "$CS_PKG" && -x "$CS_BIN" ]] || return 0
  node -p "require(process.argv[1]).version" "$CS_PKG" 2>/dev/null || true
}
if [[ "$(installed_version)" == "$CODE_SERVER_VERSION" && -f "$CS_DIR/.install-ok" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed ($CS_BIN)"
  exit 0
fi

log "installing code-server@$CODE_SERVER_VERSION into ${CS_DIR#"$ROOT"/} (about a minute)"
start=$SECONDS
mkdir -p "$CS_DIR"
rm -f "$CS_DIR/.install-ok"

# @vscode/ripgrep (inside code-server's VS Code) downloads rg from GitHub in its postinstall
# unless it finds the release asset in its cache dir: give it Debian's rg packed as that asset.
TMP_ROOT="${TMPDIR:-/tmp}"
case "$(uname -m)" in
  x86_64) RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ;;
  *) RG_ASSET="" ;;
esac
if [[ -n "$RG_ASSET" ]] && command -v rg >/dev/null; then
  RG_CACHE="$TMP_ROOT/vscode-ripgrep-cache-1.15.11"
  if [[ ! -s "$RG_CACHE/$RG_ASSET" ]]; then
    mkdir -p "$RG_CACHE"
    stage="$(mktemp -d)"
    cp "$(command -v rg)" "$stage/rg"
    tar -czf "$RG_CACHE/$RG_ASSET" -C "$stage" rg
    rm -rf "$stage"
  fi
else
  log "no ripgrep cache for $(uname -m): @vscode/ripgrep will try to download rg from GitHub"
fi

cat >"$CS_DIR/package.json" <<EOF
{
  "name": "sourcebook-code-server",
  "private": true,
  "description": "code-server for running Sourcebook in a real VS Code (installed by scripts/setup-vscode.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" }
}
EOF

# Debian's nodejs ships its headers in /usr/include/node: point node-gyp there instead of letting
# it download them. npm_config_yes stops node-pty's `npx node-gyp` from waiting for a prompt.
# As root, code-server's postinstall insists on unsafe-perm.
if [[ -f /usr/include/node/node.h ]]; then export npm_config_nodedir=/usr; fi
export npm_config_yes=true
(
  cd "$CS_DIR"
  npm install --unsafe-perm --no-audit --no-fund --loglevel=error
)

if [[ "$(installed_version)" != "$CODE_SERVER_VERSION" ]]; then
  log "code-server install did not produce $CS_BIN" >&2
  exit 1
fi
"$CS_BIN" --version >/dev/null
touch "$CS_DIR/.install-ok"
log "code-server $CODE_SERVER_VERSION installed in $((SECONDS - start)) s"
