#!/bin/sh
# Entrypoint of the PostgREST image.
#
# Cloud Run mounts secrets read-only with mode 0444, and libpq refuses a private key that group or
# world can read. So before PostgREST starts, every file under /opt/vault (the secret mounts) is
# copied to the same relative path under /opt/secrets with mode 0600, owned by the running user,
# and PGRST_DB_URI points libpq at the copies. Then PostgREST replaces this shell (exec), so it is
# PID 1 and receives Cloud Run's SIGTERM itself.
#
# Environment:
#   PGRST_DB_URI            checked: each sslcert/sslkey/sslrootcert it names must exist after the copy
#   PORT                    Cloud Run's port; becomes PGRST_SERVER_PORT unless that is set
#                           (PostgREST does not read PORT)
#   PGRST_ENTRYPOINT_DEBUG  1: also print a short sha256 prefix of each copied file
set -eu

vault=/opt/vault
secrets=/opt/secrets

log() { printf 'run.sh: %s\n' "$*" >&2; }
fail() {
  log "error: $*"
  exit 1
}

# Copies every file under $vault to $secrets. Runs on every start: Cloud Run may start the same
# container instance again, and a previous copy is then replaced, never nested or left at 0444.
copy_secrets() (
  umask 077 # directories too: only this user may list the copies
  [ -d "$vault" ] || return 0
  [ -d "$secrets" ] || mkdir -p "$secrets" 2>/dev/null ||
    fail "cannot create $secrets as uid $(id -u): build the image from cloudbuild/Containerfile, which creates it for uid 1000"
  [ -w "$secrets" ] || fail "$secrets is not writable by uid $(id -u): run the container as the image's user (1000)"
  # Secret mounts can show files through symlinks into hidden '..data' directories (the Kubernetes
  # atomic-writer layout): follow links, skip the hidden copies, so each secret is copied once.
  list=$secrets/.run-sh-files
  find -L "$vault" -type f ! -path '*/..*' >"$list"
  count=0
  while IFS= read -r source; do
    relative=${source#"$vault"/}
    target=$secrets/$relative
    mkdir -p "${target%/*}"
    # A copy keeps the source's 0444, which a non-root user cannot overwrite on the next start:
    # remove the previous copy, write a new one readable by this user only.
    rm -f "$target"
    cat "$source" >"$target"
    chmod 0600 "$target"
    count=$((count + 1))
    if [ "${PGRST_ENTRYPOINT_DEBUG:-0}" = 1 ]; then
      digest=$(sha256sum "$target")
      log "copied $relative (sha256 ${digest%"${digest#????????}"}...)"
    fi
  done <"$list"
  rm -f "$list"
  log "copied $count secret file(s) from $vault to $secrets with mode 0600"
)

# Prints "keyword<TAB>value" for each libpq certificate setting of a connection string, in URI
# form (postgres://...?sslkey=...) or keyword/value form (sslkey=... or sslkey='...').
certificate_settings() {
  printf '%s' "$1" | awk '
    function hex(c) { return index("0123456789abcdef", tolower(c)) - 1 }
    function decode(s,   out, i, c) {
      out = ""
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "%" && hex(substr(s, i + 1, 1)) >= 0 && hex(substr(s, i + 2, 1)) >= 0) {
          out = out sprintf("%c", hex(substr(s, i + 1, 1)) * 16 + hex(substr(s, i + 2, 1)))
          i += 2
        } else out = out c
      }
      return out
    }
    function wanted(k) { return k == "sslcert" || k == "sslkey" || k == "sslrootcert" }
    { text = text (NR > 1 ? "\n" : "") $0 }
    END {
      if (text ~ /^postgres(ql)?:\/\//) {
        query = index(text, "?") ? substr(text, index(text, "?") + 1) : ""
        n = split(query, pairs, "&")
        for (i = 1; i <= n; i++) {
          eq = index(pairs[i], "=")
          if (!eq) continue
          key = decode(substr(pairs[i], 1, eq - 1))
          if (wanted(key)) print key "\t" decode(substr(pairs[i], eq + 1))
        }
        exit
      }
      s = text
      while (1) {
        sub(/^[ \t\r\n]+/, "", s)
        if (!match(s, /^[A-Za-z_]+[ \t]*=[ \t]*/)) exit
        key = substr(s, 1, RLENGTH); sub(/[ \t]*=[ \t]*$/, "", key)
        s = substr(s, RLENGTH + 1)
        value = ""; quoted = substr(s, 1, 1) == "\047"
        if (quoted) s = substr(s, 2)
        while (s != "") {
          c = substr(s, 1, 1)
          if (c == "\\") { value = value substr(s, 2, 1); s = substr(s, 3); continue }
          if (quoted && c == "\047") { s = substr(s, 2); break }
          if (!quoted && c ~ /[ \t\r\n]/) break
          value = value c; s = substr(s, 2)
        }
        if (wanted(key)) print key "\t" value
      }
    }'
}

# libpq skips a missing client certificate silently and fails later with an unhelpful error: check
# each file the connection string names, now that the copy is done.
check_certificate_paths() {
  uri=${PGRST_DB_URI:-}
  case $uri in
    @*)
      [ -r "${uri#@}" ] || fail "PGRST_DB_URI points to ${uri#@}, which does not exist or is not readable"
      uri=$(cat "${uri#@}")
      ;;
  esac
  settings=$(certificate_settings "$uri")
  for variable in PGSSLCERT:sslcert PGSSLKEY:sslkey PGSSLROOTCERT:sslrootcert; do
    value=$(printenv "${variable%%:*}" || true)
    if [ -n "$value" ]; then
      settings=$(printf '%s\n%s\t%s' "$settings" "${variable#*:}" "$value")
    fi
  done
  tab=$(printf '\t')
  printf '%s\n' "$settings" | while IFS="$tab" read -r keyword path; do
    [ -n "$keyword" ] && [ "$path" != system ] || continue
    [ -e "$path" ] && continue
    case $path in
      "$secrets"/*) hint="mount the secret so that $vault/${path#"$secrets"/} exists (it is copied to $path)" ;;
      *) hint="point $keyword at a file under $secrets and mount its secret under $vault" ;;
    esac
    fail "PGRST_DB_URI sets $keyword=$path, which does not exist: $hint"
  done
}

copy_secrets
check_certificate_paths
if [ -z "${PGRST_SERVER_PORT:-}" ] && [ -n "${PORT:-}" ]; then
  export PGRST_SERVER_PORT="$PORT"
fi
exec /bin/postgrest "$@"
