#!/usr/bin/env bash
# Start time of everyday commands, launched the way a user launches them (./pli), as the
# median and max of N runs each, with the launcher's class-data-sharing archive (CDS) and
# without it (PLI_CDS=off). The JDK is the launcher's choice (set JAVA_HOME to pick one).
#
#   version        pli --version (the JVM and the command tree, no profile)
#   contacts       pli contacts on a profile made with --no-passphrase (store opened, no Argon2)
#   contacts-pass  pli contacts on a passphrase profile, the passphrase in PLI_PASSPHRASE
#                  (Argon2id runs on every command, 64 MiB, 3 passes)
#
# Usage: tests/scenarios/start-time.sh [--runs N]   (default 20)
# Prints `java -version`'s first line, then one JSON line per case:
# {"case":..,"cds":true|false,"runs":N,"median_s":..,"max_s":..}. Exit 0 measured; 1 failed; 2 bad usage.
set -euo pipefail

runs=20
while [ "$#" -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) echo "start-time.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PLI="$(cd "$here/../.." && pwd)/pli"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/pli-start.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export XDG_CACHE_HOME="$WORK/cache"   # a fresh archive, made by the first run below

"${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | sed -n 1p
"$PLI" --home "$WORK/open" init --name Ada --no-passphrase >/dev/null 2>&1 || { echo "FAIL: init" >&2; exit 1; }
printf 'correct horse battery staple\n' > "$WORK/pass"
chmod 600 "$WORK/pass"
"$PLI" --home "$WORK/locked" init --name Bo --passphrase-file "$WORK/pass" >/dev/null 2>&1 \
  || { echo "FAIL: init with a passphrase" >&2; exit 1; }

measure() { # case cds-on|off command...: prints the JSON line
  local name=$1 cds=$2; shift 2
  local times=() start end
  PLI_CDS=$cds "$@" >/dev/null 2>&1 || { echo "FAIL: $name" >&2; exit 1; }   # makes the archive
  PLI_CDS=$cds "$@" >/dev/null 2>&1 || true                                    # takes it (JDK 17)
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    PLI_CDS=$cds "$@" >/dev/null 2>&1 || { echo "FAIL: $name" >&2; exit 1; }
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v cds="$cds" -v n="$runs" '
    { t[NR] = $1 } END { m = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
      printf "{\"case\":\"%s\",\"cds\":%s,\"runs\":%d,\"median_s\":%.3f,\"max_s\":%.3f}\n",
        name, (cds == "on") ? "true" : "false", n, m / 1000, t[n] / 1000 }'
}

for cds in off on; do
  measure version "$cds" "$PLI" --version
  measure contacts "$cds" "$PLI" --home "$WORK/open" contacts
  PLI_PASSPHRASE="correct horse battery staple" measure contacts-pass "$cds" "$PLI" --home "$WORK/locked" contacts
done
