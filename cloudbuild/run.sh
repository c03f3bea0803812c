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
#   PGRST_DB_URI            checked: each sslcert/sslkey/sslrootcert it names must exist after the copy;
#                           a value libpq would refuse stops the start with a description, never the
#                           value itself (libpq would quote it, password included)
#   PGSSLCERT, PGSSLKEY, PGSSLROOTCERT
#                           checked the same way when PGRST_DB_URI leaves that setting out (as libpq
#                           reads them only then)
#   PORT                    Cloud Run's port; becomes PGRST_SERVER_PORT unless that is set
#                           (PostgREST does not read PORT)
#   PGRST_ENTRYPOINT_DEBUG  1: also print a short sha256 prefix of each copied file
#
# Only POSIX sh and busybox applets (awk, find, mktemp, readlink, realpath, sha256sum; busybox has no
# printenv): the base image may be nothing more.
set -eu

vault=/opt/vault
secrets=/opt/secrets
tab=$(printf '\t')
nl='
'
# Every ASCII control character. A name with one cannot travel in a list of lines (a newline splits
# it into two bogus paths) nor be shown in a log as it is.
control=$(printf '\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037\177')

log() { printf 'run.sh: %s\n' "$*" >&2; }
fail() {
  log "error: $*"
  exit 1
}

# An awk program that prints each of its arguments on one line with backslashes and control
# characters escaped (\\, \n, \t, \ooo), so a hostile name shows up readable and whole in the log.
printable_awk='BEGIN {
  for (k = 1; k < 128; k++) code[sprintf("%c", k)] = k
  for (i = 1; i < ARGC; i++) {
    s = ARGV[i]; out = ""
    for (j = 1; j <= length(s); j++) {
      c = substr(s, j, 1)
      if (c == "\\") out = out "\\\\"
      else if (c == "\n") out = out "\\n"
      else if (c == "\t") out = out "\\t"
      else if (c ~ /[[:cntrl:]]/) out = out sprintf("\\%03o", code[c])
      else out = out c
    }
    print out
  }
}'
printable() { awk "$printable_awk" "$@"; }

# Copies every file under $vault to $secrets. Runs on every start: Cloud Run may start the same
# container instance again, and a previous copy is then replaced, never nested or left at 0444.
# The whole vault is checked before anything is copied, so a refused vault copies nothing.
copy_secrets() (
  umask 077 # directories too: only this user may list the copies
  [ -d "$vault" ] || return 0
  [ -d "$secrets" ] || mkdir -p "$secrets" 2>/dev/null ||
    fail "cannot create $secrets as uid $(id -u): build the image from cloudbuild/Containerfile, which creates it for uid 1000"
  [ -w "$secrets" ] || fail "$secrets is not writable by uid $(id -u): run the container as the image's user (1000)"
  # The working list is a private temporary file: under $secrets it would sit among the copies,
  # where a secret of the same name would overwrite it or be deleted with it.
  list=$(mktemp) || fail "cannot create a temporary file: /tmp (or \$TMPDIR) must be writable by uid $(id -u)"
  trap 'rm -f "$list"' EXIT
  vault_real=$(realpath "$vault")
  refuse_control_characters
  refuse_links_out_of_vault
  list_files "$vault" "" "$vault_real" >"$list"
  count=0
  while IFS="$tab" read -r source relative; do
    target=$secrets/$relative
    case $relative in */*) make_directories "${relative%/*}" ;; esac
    # A copy keeps the source's 0444, which a non-root user cannot overwrite on the next start, and
    # an earlier start may have left a directory where this file now belongs: remove what is there,
    # then write a new copy readable by this user only.
    rm -rf "$target"
    cat "$source" >"$target"
    chmod 0600 "$target"
    count=$((count + 1))
    if [ "${PGRST_ENTRYPOINT_DEBUG:-0}" = 1 ]; then
      digest=$(sha256sum "$target")
      log "copied $relative (sha256 ${digest%"${digest#????????}"}...)"
    fi
  done <"$list"
  log "copied $count secret file(s) from $vault to $secrets with mode 0600"
)

# Secret file names come from the service spec (items[].path): refuse one with a control character
# rather than guess which file was meant.
refuse_control_characters() {
  names=$(find "$vault" -name "*[$control]*" -exec awk "$printable_awk" {} +) || fail "cannot list $vault"
  [ -z "$names" ] ||
    fail "'${names%%"$nl"*}' has a newline or another control character in its name (shown escaped): rename the secret's file (items[].path in the service spec)"
}

# Every symbolic link under $vault must lead to a file or directory inside it: a link out of the
# vault would copy a file that is no secret of this service, and one that cannot be followed
# (missing target, or links in a loop) hides which secret was meant.
refuse_links_out_of_vault() {
  find "$vault" -type l >"$list" || fail "cannot list $vault"
  while IFS= read -r link; do
    [ -e "$link" ] ||
      fail "$link is a symbolic link to '$(printable "$(readlink "$link")")', which cannot be followed (its target is missing, or the links form a loop): mount the secret itself there"
    real=$(realpath "$link")
    case $real/ in
      "$vault_real"/*) ;;
      *) fail "$link is a symbolic link to '$(printable "$real")', outside $vault: only files inside $vault are copied; mount the secret itself there" ;;
    esac
  done <"$list"
}

# Prints "source<TAB>relative path" for each file to copy from directory $1 (a real path, shown as
# relative path $2, which is empty or ends with a slash); $3 holds the real directories this walk
# went through, one a line. Secret mounts can show files through symlinks into hidden '..data'
# directories (the Kubernetes atomic-writer layout): links are followed, but directories whose name
# starts with '..' hold the same files again and are skipped, so each secret is copied once.
list_files() (
  entries=$(find "$1" -mindepth 1 \( -type d -name '..*' -prune \) -o ! -type d -print) || fail "cannot list $1"
  IFS=$nl # safe: refuse_control_characters let no newline through
  set -f
  for path in $entries; do
    relative=$2${path#"$1"/}
    if [ -L "$path" ]; then
      real=$(realpath "$path") # inside the vault: refuse_links_out_of_vault checked every link
      if [ -d "$real" ]; then
        case ${path##*/} in ..*) continue ;; esac
        # A link back to a directory this walk came through would be followed over and over
        # (busybox find -L does not notice such a loop, it copies each file again at every turn).
        for seen in $3 "${path%/*}"; do
          case $seen/ in
            "$real"/*) fail "$vault/$relative is a symbolic link back to $real, a directory it is reached through: the links form a loop; remove one of them" ;;
          esac
        done
        list_files "$real" "$relative/" "$3$nl${path%/*}$nl$real"
        continue
      fi
      path=$real
    fi
    [ -f "$path" ] || fail "$vault/$relative is not a regular file: only files are copied"
    printf '%s\t%s\n' "$path" "$relative"
  done
)

# Creates directory $1 (a relative path) under $secrets, one level at a time. An earlier start may
# have left a file where a directory now belongs: whatever is not a directory (a link included, as
# writing through it would land outside $secrets) is removed first.
make_directories() {
  directory=$secrets
  rest=$1/
  while [ -n "$rest" ]; do
    directory=$directory/${rest%%/*}
    rest=${rest#*/}
    if [ -L "$directory" ] || { [ -e "$directory" ] && [ ! -d "$directory" ]; }; then
      rm -f "$directory"
    fi
    [ -d "$directory" ] || mkdir "$directory"
  done
}

# Prints "origin<TAB>keyword<TAB>value" for each libpq certificate setting in force: those of the
# connection string $1, in URI form (postgres://...?sslkey=...) or keyword/value form (sslkey=... or
# sslkey='...'), then PGSSLCERT, PGSSLKEY and PGSSLROOTCERT for a setting the string leaves out.
# The variables come from awk's ENVIRON: busybox has no printenv applet.
# When libpq would refuse the string it prints one line "error<TAB>message" instead. libpq quotes
# the offending part in its own error, and that part can be the password: so the checks below mirror
# those of libpq's parser whose errors quote the string, and their messages describe, never quote.
certificate_settings() {
  printf '%s' "$1" | awk '
    function is_hex(c) { return c ~ /^[0-9A-Fa-f]$/ }
    function hex(c) { return index("0123456789abcdef", tolower(c)) - 1 }
    function decode(s,   out, i, c) {
      out = ""
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "%" && is_hex(substr(s, i + 1, 1)) && is_hex(substr(s, i + 2, 1))) {
          out = out sprintf("%c", hex(substr(s, i + 1, 1)) * 16 + hex(substr(s, i + 2, 1)))
          i += 2
        } else out = out c
      }
      return out
    }
    function refuse(reason) {
      print "error\tPGRST_DB_URI is malformed: " reason " (its value is not shown: it may hold a password)"
      exit
    }
    function setting(origin, keyword, value) {
      if (keyword != "sslcert" && keyword != "sslkey" && keyword != "sslrootcert") return
      given[keyword] = 1
      if (value ~ /[[:cntrl:]]/) {
        print "error\t" origin " has a control character (such as a newline) in its " keyword " path"
        exit
      }
      found = found origin "\t" keyword "\t" value "\n"
    }
    # Every part of a URI is percent-decoded: a "%" must start a token of two hex digits, not %00.
    function check_encoding(s,   i) {
      for (i = 1; i <= length(s); i++) {
        if (substr(s, i, 1) != "%") continue
        if (!is_hex(substr(s, i + 1, 1)) || !is_hex(substr(s, i + 2, 1)))
          refuse("a \"%\" is not followed by two hexadecimal digits (write a literal \"%\" as %25, in a password too)")
        if (substr(s, i + 1, 2) == "00") refuse("it holds %00, which libpq refuses")
        i += 2
      }
    }
    # postgres[ql]://[user[:password]@][host][:port][,...][/dbname][?keyword=value&...]
    function parse_uri(text,   rest, at, slash, end, c, port, query, n, pairs, i, eq) {
      rest = substr(text, index(text, "://") + 3)
      check_encoding(rest)
      # As libpq does: the user name and password run up to the first "@" before any "/". A space
      # there is accepted by older libpq and refused, quoted, by newer ones.
      at = index(rest, "@"); slash = index(rest, "/")
      if (at && (!slash || at < slash)) {
        if (index(substr(rest, 1, at - 1), " "))
          refuse("the user name or password holds a space (percent-encode it as %20)")
        rest = substr(rest, at + 1)
      }
      while (1) {
        if (substr(rest, 1, 1) == "[") {
          end = index(rest, "]")
          if (!end) refuse("an IPv6 host has a \"[\" but no \"]\"")
          if (end == 2) refuse("an IPv6 host is empty (\"[]\")")
          rest = substr(rest, end + 1)
          c = substr(rest, 1, 1)
          if (c != "" && index(":/?,", c) == 0)
            refuse("an IPv6 host \"[...]\" is followed by something other than \":\", \"/\", \"?\" or \",\"")
        } else {
          match(rest, /^[^:\/?,]*/)
          if (index(substr(rest, 2, RLENGTH - 1), "@"))
            refuse("a host name holds \"@\" (percent-encode \"@\" in a user name or password as %40)")
          rest = substr(rest, RLENGTH + 1)
        }
        if (substr(rest, 1, 1) == ":") {
          rest = substr(rest, 2)
          match(rest, /^[^\/?,]*/)
          port = decode(substr(rest, 1, RLENGTH))
          rest = substr(rest, RLENGTH + 1)
          if (port != "" && port !~ /^[[:space:]]*[-+]?[0-9]+[[:space:]]*$/)
            refuse("a port is not a number (percent-encode \"/\" in a user name or password as %2F)")
        }
        if (substr(rest, 1, 1) != ",") break
        rest = substr(rest, 2)
      }
      query = index(rest, "?") ? substr(rest, index(rest, "?") + 1) : ""
      n = split(query, pairs, "&")
      for (i = 1; i <= n; i++) {
        if (i == n && pairs[i] == "") break # a trailing "&" ends the list
        eq = index(pairs[i], "=")
        if (!eq) refuse("a query parameter has no \"=\" (percent-encode \"&\" in a value as %26)")
        if (index(substr(pairs[i], eq + 1), "="))
          refuse("a query parameter has a second \"=\" (percent-encode \"=\" in a value as %3D)")
        if (decode(substr(pairs[i], 1, eq - 1)) == "password" && index(pairs[i], " "))
          refuse("the password parameter holds a space (percent-encode it as %20)")
        setting("PGRST_DB_URI", decode(substr(pairs[i], 1, eq - 1)), decode(substr(pairs[i], eq + 1)))
      }
    }
    # keyword=value keyword='\''value with spaces'\'' ..., with backslash escapes
    function parse_keywords(s,   keyword, value, quoted, c) {
      while (1) {
        sub(/^[[:space:]]+/, "", s)
        if (s == "") return
        match(s, /^[^[:space:]=]*/)
        keyword = substr(s, 1, RLENGTH)
        s = substr(s, RLENGTH + 1)
        sub(/^[[:space:]]+/, "", s)
        if (substr(s, 1, 1) != "=")
          refuse("a setting has no \"=\" after its name (quote a value that holds spaces: password=\047...\047)")
        s = substr(s, 2)
        sub(/^[[:space:]]+/, "", s)
        value = ""
        quoted = substr(s, 1, 1) == "\047"
        if (quoted) s = substr(s, 2)
        while (1) {
          if (s == "") {
            if (quoted) refuse("a quoted value has no closing quote")
            break
          }
          c = substr(s, 1, 1)
          if (c == "\\") { value = value substr(s, 2, 1); s = substr(s, 3); continue }
          if (quoted && c == "\047") { s = substr(s, 2); break }
          if (!quoted && c ~ /[[:space:]]/) break
          value = value c
          s = substr(s, 2)
        }
        setting("PGRST_DB_URI", keyword, value)
      }
    }
    function from_environment(keyword, name) {
      if (!(keyword in given) && ENVIRON[name] != "") setting(name, keyword, ENVIRON[name])
    }
    { text = text (NR > 1 ? "\n" : "") $0 }
    END {
      if (text ~ /^postgres(ql)?:\/\//) parse_uri(text)
      else parse_keywords(text)
      from_environment("sslcert", "PGSSLCERT")
      from_environment("sslkey", "PGSSLKEY")
      from_environment("sslrootcert", "PGSSLROOTCERT")
      printf "%s", found
    }'
}

# libpq skips a missing client certificate silently and fails later with an unhelpful error: check
# each file the connection settings name, now that the copy is done.
check_certificate_paths() {
  uri=${PGRST_DB_URI:-}
  case $uri in
    @*)
      [ -r "${uri#@}" ] || fail "PGRST_DB_URI points to ${uri#@}, which does not exist or is not readable"
      uri=$(cat "${uri#@}")
      ;;
  esac
  settings=$(certificate_settings "$uri")
  case $settings in "error$tab"*) fail "${settings#*"$tab"}" ;; esac
  printf '%s\n' "$settings" | while IFS="$tab" read -r origin keyword path; do
    [ -n "$path" ] && [ "$path" != system ] || continue
    [ -e "$path" ] && continue
    if [ "$origin" = PGRST_DB_URI ]; then
      what="PGRST_DB_URI sets $keyword=$path"
    else
      what="$origin is set to $path"
      keyword=$origin
    fi
    case $path in
      "$secrets"/*) hint="mount the secret so that $vault/${path#"$secrets"/} exists (it is copied to $path)" ;;
      *) hint="point $keyword at a file under $secrets and mount its secret under $vault" ;;
    esac
    fail "$what, which does not exist: $hint"
  done
}

copy_secrets
check_certificate_paths
if [ -z "${PGRST_SERVER_PORT:-}" ] && [ -n "${PORT:-}" ]; then
  export PGRST_SERVER_PORT="$PORT"
fi
exec /bin/postgrest "$@"
