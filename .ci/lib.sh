# shellcheck shell=bash
# Reusable pieces of the CI script. Sourced by .ci/run; it can also be sourced
# in a scratch shell to try one piece on its own, e.g.
#
#   bash -c 'set -euo pipefail; source .ci/lib.sh; ci_install_traps;
#            ci_pg_start; psql "$CI_DATABASE_URL" -c "select 1"'
#
# Everything here is written for `set -euo pipefail`. Functions are prefixed
# ci_ and globals CI_ so that nothing clashes with the environment.

# ---------------------------------------------------------------------------
# Output and bookkeeping
# ---------------------------------------------------------------------------

CI_START_SECONDS=${CI_START_SECONDS:-$SECONDS}

ci_elapsed() {
  local s=$((SECONDS - CI_START_SECONDS))
  printf '%dm%02ds' $((s / 60)) $((s % 60))
}

# A heading line for each step, easy to find in a long log.
CI_CURRENT_STEP=""

ci_step() {
  CI_CURRENT_STEP=$*
  printf '\n==== [%s] %s ====\n' "$(ci_elapsed)" "$*"
}

ci_note() {
  printf -- '---- %s\n' "$*"
}

ci_die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

# Cleanup actions run in reverse order of registration when the shell exits,
# whether it succeeds, fails or is interrupted.
CI_CLEANUPS=()

ci_on_exit() {
  CI_CLEANUPS+=("$1")
}

ci_run_cleanups() {
  local rc=$?
  set +e
  local i
  for ((i = ${#CI_CLEANUPS[@]} - 1; i >= 0; i--)); do
    eval "${CI_CLEANUPS[i]}"
  done
  CI_CLEANUPS=()
  if ((rc != 0)); then
    printf '\nCI FAILED (exit status %d) in step "%s" after %s\n' \
      "$rc" "${CI_CURRENT_STEP:-start-up}" "$(ci_elapsed)"
  fi
  exit "$rc"
}

ci_install_traps() {
  trap ci_run_cleanups EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
ci_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# ---------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------

CI_APT_UPDATED=""

ci_apt_install() {
  [[ $EUID -eq 0 ]] || ci_die "need root to apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  local t0=$SECONDS
  if [[ -z $CI_APT_UPDATED ]]; then
    ci_note "apt-get update"
    apt-get update -q
    CI_APT_UPDATED=1
  fi
  ci_note "apt-get install $*"
  apt-get install -y -q --no-install-recommends "$@" </dev/null
  ci_note "installed $* in $((SECONDS - t0))s"
}

# ---------------------------------------------------------------------------
# Machine facts
# ---------------------------------------------------------------------------

ci_machine_facts() {
  swift --version 2>&1
  echo "nproc: $(nproc)"
  free -h
  if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    (. /etc/os-release && echo "os: ${PRETTY_NAME:-unknown}")
  fi
  df -h . 2>/dev/null | tail -n 1 | awk '{print "disk free here: " $4}'
}

# ---------------------------------------------------------------------------
# PostgreSQL: a throwaway cluster on loopback
# ---------------------------------------------------------------------------

CI_PG_USER=${CI_PG_USER:-carepath}
CI_PG_PASSWORD=${CI_PG_PASSWORD:-carepath}
CI_PG_DB=${CI_PG_DB:-carepath_test}
CI_PG_FIRST_PORT=${CI_PG_FIRST_PORT:-54329}
# Authentication for TCP connections on loopback (the tests use the password).
CI_PG_HOST_AUTH=${CI_PG_HOST_AUTH:-scram-sha-256}
CI_PG_DIR=""
CI_PG_PORT=""
CI_PG_INITDB=""
CI_PG_CTL=""
CI_PG_PSQL=""
CI_DATABASE_URL=""

# Sets CI_PG_INITDB, CI_PG_CTL and CI_PG_PSQL; returns 1 if no server is
# installed. The newest /usr/lib/postgresql/N/bin wins; otherwise initdb and
# pg_ctl on PATH (which may be wrappers or symlinks) are used.
ci_pg_find_binaries() {
  CI_PG_INITDB="" CI_PG_CTL="" CI_PG_PSQL=""
  local d best=""
  while IFS= read -r d; do
    if [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]]; then
      best=$d
    fi
  done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -V)
  if [[ -n $best ]]; then
    CI_PG_INITDB=$best/initdb
    CI_PG_CTL=$best/pg_ctl
    if [[ -x $best/psql ]]; then CI_PG_PSQL=$best/psql; fi
  else
    local initdb pg_ctl
    initdb=$(command -v initdb || true)
    pg_ctl=$(command -v pg_ctl || true)
    [[ -n $initdb && -n $pg_ctl ]] || return 1
    CI_PG_INITDB=$initdb
    CI_PG_CTL=$pg_ctl
  fi
  if [[ -z $CI_PG_PSQL ]]; then
    CI_PG_PSQL=$(command -v psql || true)
    [[ -n $CI_PG_PSQL ]] || return 1
  fi
  return 0
}

ci_pg_ensure_installed() {
  if ! ci_pg_find_binaries; then
    ci_note "no PostgreSQL server binaries found; installing from Debian"
    ci_apt_install postgresql
    ci_pg_find_binaries || ci_die "PostgreSQL installed but initdb/pg_ctl/psql not found"
  fi
  ci_note "initdb: $CI_PG_INITDB"
  ci_note "pg_ctl: $CI_PG_CTL"
  ci_note "psql:   $CI_PG_PSQL"
  "$CI_PG_CTL" --version
}

# initdb refuses to run as root, so the cluster belongs to the postgres
# system user (created by Debian's package; made here if absent).
ci_pg_ensure_os_user() {
  [[ $EUID -eq 0 ]] || return 0
  if ! id -u postgres >/dev/null 2>&1; then
    ci_note "creating system user postgres"
    useradd --system --user-group --no-create-home \
      --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
}

# Runs a command as the cluster's owner, from inside the cluster directory (so
# an unreadable working directory such as /root does not trouble it).
ci_as_pg() {
  (
    cd "$CI_PG_DIR" || exit 1
    if [[ $EUID -ne 0 ]]; then
      "$@"
    elif command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
    fi
  )
}

# Starts a fresh cluster listening only on 127.0.0.1 on a free port from
# CI_PG_FIRST_PORT up, with a role that has CREATEDB and a database it owns.
# Exports CI_DATABASE_URL. Registers ci_pg_stop to run on exit.
ci_pg_start() {
  ci_pg_ensure_installed
  ci_pg_ensure_os_user

  CI_PG_DIR=$(mktemp -d /tmp/carepath-ci-pg.XXXXXX)
  ci_on_exit ci_pg_stop
  if [[ $EUID -eq 0 ]]; then chown postgres:postgres "$CI_PG_DIR"; fi
  chmod 700 "$CI_PG_DIR"

  local port=$CI_PG_FIRST_PORT
  while ci_port_in_use "$port"; do
    ci_note "port $port is in use; trying $((port + 1))"
    port=$((port + 1))
    ((port < CI_PG_FIRST_PORT + 50)) || ci_die "no free port for PostgreSQL"
  done
  CI_PG_PORT=$port

  ci_note "initdb in $CI_PG_DIR/data"
  if ! ci_as_pg "$CI_PG_INITDB" -D "$CI_PG_DIR/data" --username=postgres \
    --auth-local=trust --auth-host="$CI_PG_HOST_AUTH" \
    --encoding=UTF8 --no-locale --no-sync >"$CI_PG_DIR/initdb.log" 2>&1; then
    cat "$CI_PG_DIR/initdb.log" >&2
    ci_die "initdb failed"
  fi

  # Settings for a throwaway test server: loopback only, socket in our own
  # directory, durability off for speed, room for parallel test connections.
  cat >>"$CI_PG_DIR/data/postgresql.conf" <<EOF

# --- added by .ci/lib.sh ---
listen_addresses = '127.0.0.1'
port = $CI_PG_PORT
unix_socket_directories = '$CI_PG_DIR'
password_encryption = 'scram-sha-256'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  ci_note "starting PostgreSQL on 127.0.0.1:$CI_PG_PORT"
  if ! ci_as_pg "$CI_PG_CTL" -D "$CI_PG_DIR/data" -l "$CI_PG_DIR/server.log" \
    -w -t 120 start >/dev/null; then
    tail -n 50 "$CI_PG_DIR/server.log" >&2 || true
    ci_die "pg_ctl start failed"
  fi

  "$CI_PG_PSQL" -X -q -v ON_ERROR_STOP=1 -h "$CI_PG_DIR" -p "$CI_PG_PORT" \
    -U postgres -d postgres \
    -c "CREATE ROLE \"$CI_PG_USER\" LOGIN CREATEDB PASSWORD '$CI_PG_PASSWORD'" \
    -c "CREATE DATABASE \"$CI_PG_DB\" OWNER \"$CI_PG_USER\""

  CI_DATABASE_URL="postgres://$CI_PG_USER:$CI_PG_PASSWORD@127.0.0.1:$CI_PG_PORT/$CI_PG_DB"
  export CI_DATABASE_URL
  # Prove the URL works over TCP with the password before the tests rely on it.
  "$CI_PG_PSQL" -X -q -At "$CI_DATABASE_URL" -c 'select 1' >/dev/null ||
    ci_die "cannot connect as $CI_PG_USER over TCP"
  ci_note "PostgreSQL ready: $CI_DATABASE_URL"
}

# Creates another database on the running cluster, owned by the test role,
# and prints its URL.
ci_pg_create_database() {
  "$CI_PG_PSQL" -X -q -v ON_ERROR_STOP=1 -h "$CI_PG_DIR" -p "$CI_PG_PORT" \
    -U postgres -d postgres -c "CREATE DATABASE \"$1\" OWNER \"$CI_PG_USER\"" >&2
  echo "postgres://$CI_PG_USER:$CI_PG_PASSWORD@127.0.0.1:$CI_PG_PORT/$1"
}

ci_pg_log_tail() {
  if [[ -n $CI_PG_DIR && -f $CI_PG_DIR/server.log ]]; then
    ci_note "last lines of the PostgreSQL log"
    tail -n "${1:-40}" "$CI_PG_DIR/server.log" || true
  fi
}

# Stops the cluster and removes its directory. Safe to call more than once.
ci_pg_stop() {
  [[ -n $CI_PG_DIR ]] || return 0
  if [[ -d $CI_PG_DIR ]]; then
    local pidfile=$CI_PG_DIR/data/postmaster.pid
    if [[ -f $pidfile ]]; then
      ci_note "stopping PostgreSQL"
      if ! ci_as_pg "$CI_PG_CTL" -D "$CI_PG_DIR/data" -m fast -w -t 30 stop >/dev/null; then
        local pid
        pid=$(head -n 1 "$pidfile" 2>/dev/null || true)
        if [[ $pid =~ ^[0-9]+$ ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
      fi
    fi
    rm -rf "$CI_PG_DIR"
  fi
  CI_PG_DIR=""
}

# ---------------------------------------------------------------------------
# Browser smoke test: Chromium, chromedriver, a Python venv, the app server
# ---------------------------------------------------------------------------

CI_CHROMIUM=${CI_CHROMIUM:-/usr/bin/chromium}
CI_CHROMEDRIVER=${CI_CHROMEDRIVER:-/usr/bin/chromedriver}
CI_VENV=${CI_VENV:-.venv-ci}
CI_SERVER_PID=""
CI_SERVER_LOG=""

ci_browser_ensure_installed() {
  local missing=()
  [[ -x $CI_CHROMIUM ]] || missing+=(chromium)
  [[ -x $CI_CHROMEDRIVER ]] || missing+=(chromium-driver)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if ((${#missing[@]})); then
    ci_apt_install "${missing[@]}"
  fi
  "$CI_CHROMIUM" --version 2>/dev/null || true
  "$CI_CHROMEDRIVER" --version
}

# Prints the interpreter for the venv. axe-selenium-python 3.x (which bundles
# axe-core 4.x with the WCAG 2.2 rules) needs Python >= 3.12, so a 3.12+
# interpreter is preferred when one is on the machine (pyenv's included);
# otherwise python3 is used and pip picks the newest release it supports.
ci_pick_python() {
  local c
  local candidates=(python3.13 python3.12)
  local root=${PYENV_ROOT:-${HOME:-/root}/.pyenv}
  if [[ -d $root/versions ]]; then
    while IFS= read -r c; do candidates+=("$c"); done < <(
      compgen -G "$root/versions/3.*/bin/python3" | sort -Vr
    )
  fi
  for c in "${candidates[@]}"; do
    if "$c" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' \
      >/dev/null 2>&1; then
      command -v "$c"
      return 0
    fi
  done
  command -v python3 || return 1
}

ci_venv_setup() {
  local req=Tests/Browser/requirements.txt
  local t0=$SECONDS
  if [[ -x $CI_VENV/bin/python ]] &&
    "$CI_VENV/bin/python" -c 'import selenium, axe_selenium_python' 2>/dev/null; then
    ci_note "reusing $CI_VENV"
  else
    rm -rf "$CI_VENV"
    local py
    if ! py=$(ci_pick_python); then
      ci_apt_install python3 python3-venv
      py=$(command -v python3)
    fi
    ci_note "creating $CI_VENV with $py ($("$py" --version 2>&1))"
    if ! "$py" -m venv "$CI_VENV"; then
      ci_apt_install python3-venv
      rm -rf "$CI_VENV"
      "$py" -m venv "$CI_VENV"
    fi
  fi
  export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
  "$CI_VENV/bin/python" -m pip install -q -r "$req"
  "$CI_VENV/bin/python" -m pip list 2>/dev/null | grep -iE '^(selenium|axe-selenium-python) '
  ci_note "venv ready in $((SECONDS - t0))s"
}

# Starts the app in the background in its own process group, log to a file.
# Usage: ci_server_start LOGFILE COMMAND...
ci_server_start() {
  CI_SERVER_LOG=$1
  shift
  ci_on_exit ci_server_stop
  ci_note "starting: $* (log: $CI_SERVER_LOG)"
  setsid "$@" >"$CI_SERVER_LOG" 2>&1 </dev/null &
  CI_SERVER_PID=$!
}

# Waits for URL to answer; fails if the server dies or TIMEOUT seconds pass.
# Usage: ci_server_wait URL TIMEOUT
ci_server_wait() {
  local url=$1 timeout=$2 t0=$SECONDS
  while :; do
    if curl -fsS --max-time 5 -o /dev/null "$url" 2>/dev/null; then
      ci_note "server answered $url after $((SECONDS - t0))s"
      curl -fsS --max-time 5 "$url" && echo
      return 0
    fi
    if ! kill -0 "$CI_SERVER_PID" 2>/dev/null; then
      local rc=0
      wait "$CI_SERVER_PID" || rc=$?
      ci_note "server exited (status $rc) before answering; last lines of its log:"
      tail -n 60 "$CI_SERVER_LOG" || true
      ci_die "server died during start-up"
    fi
    if ((SECONDS - t0 > timeout)); then
      ci_note "last lines of the server log:"
      tail -n 60 "$CI_SERVER_LOG" || true
      ci_die "server did not answer $url within ${timeout}s"
    fi
    sleep 3
  done
}

ci_server_log_tail() {
  if [[ -n $CI_SERVER_LOG && -f $CI_SERVER_LOG ]]; then
    ci_note "last lines of the server log"
    tail -n "${1:-40}" "$CI_SERVER_LOG" || true
  fi
}

# Stops the server's process group (TERM, then KILL). Safe to call twice.
ci_server_stop() {
  [[ -n $CI_SERVER_PID ]] || return 0
  if kill -0 "$CI_SERVER_PID" 2>/dev/null; then
    ci_note "stopping server (process group $CI_SERVER_PID)"
    kill -TERM -- "-$CI_SERVER_PID" 2>/dev/null || kill -TERM "$CI_SERVER_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 20; i++)); do
      kill -0 "$CI_SERVER_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$CI_SERVER_PID" 2>/dev/null || true
  fi
  wait "$CI_SERVER_PID" 2>/dev/null || true
  CI_SERVER_PID=""
}
