# shellcheck shell=bash
# Shared helpers for the throwaway test services (sourced, not executed).
#
# Cache folder: KINDRED_CACHE, else ~/.cache/kindred. When run as root the
# default is /var/cache/kindred instead, because the services run as
# dedicated unprivileged users (PostgreSQL and Elasticsearch refuse root) and
# those users cannot traverse root's private home directory.

if [ -z "${KINDRED_CACHE:-}" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        KINDRED_CACHE=/var/cache/kindred
    else
        KINDRED_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/kindred"
    fi
fi
export KINDRED_CACHE

# runuser and useradd live in sbin, which a minimal PATH may lack.
case ":$PATH:" in
*:/usr/sbin:*) ;;
*) PATH="$PATH:/usr/sbin:/sbin" ;;
esac

log() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# ensure_user NAME: create a locked system account for a service (root only).
ensure_user() {
    local name=$1
    if ! id -u "$name" >/dev/null 2>&1; then
        log "creating system user $name"
        useradd --system --user-group --no-create-home \
            --home-dir /nonexistent --shell /usr/sbin/nologin "$name" \
            || die "could not create system user $name"
    fi
}

# as_user USER CMD...: run CMD as USER when root, as ourselves otherwise.
as_user() {
    local user=$1
    shift
    if is_root; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

# pid_alive PIDFILE: true when the pidfile names a live process.
pid_alive() {
    local pidfile=$1 pid
    [ -s "$pidfile" ] || return 1
    pid=$(head -n1 "$pidfile" 2>/dev/null | tr -dc '0-9')
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# port_open PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# stop_pid PIDFILE NAME [SECONDS]: TERM, wait, then KILL.
stop_pid() {
    local pidfile=$1 name=$2 wait=${3:-30} pid i
    if ! pid_alive "$pidfile"; then
        log "$name is not running"
        rm -f "$pidfile"
        return 0
    fi
    pid=$(head -n1 "$pidfile" | tr -dc '0-9')
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < wait * 2; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "$name (pid $pid) did not stop in ${wait}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
    log "$name stopped"
}

# with_lock NAME CMD...: serialise concurrent start/stop of one service.
# The lock is fd 9: every daemon must be started with "9>&-" so that it does
# not inherit (and hold forever) the lock.
with_lock() {
    local lockfile="$KINDRED_CACHE/locks/$1.lock"
    shift
    mkdir -p "$KINDRED_CACHE/locks"
    exec 9>"$lockfile"
    flock -w 300 9 || die "timed out waiting for lock $lockfile"
    "$@"
}
