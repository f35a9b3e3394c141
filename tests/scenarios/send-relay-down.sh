#!/usr/bin/env bash
# How long `pli send` takes when the home relay is down: the message must be queued at
# once (delivered later by the daemon or the next sync), not wait out a long connect.
#
#   Alice and Bob meet through a relay on 127.0.0.1 and compare codes; the relay is then
#   stopped (its port refuses connections) and Alice sends N messages, one `pli send` each,
#   timed from launch to exit. A second series does the same with the relay's address
#   black-holed instead (the relay suspended with SIGSTOP: connections hang, nothing answers).
#
# Usage: tests/scenarios/send-relay-down.sh [--sends N] [PLI_COMMAND...]
#   PLI_COMMAND defaults to the repository's ./pli launcher (which honours PLI_JAR).
# Prints one JSON line: {"sends":N,"refused_ms":{"median":..,"max":..},
# "unanswered_ms":{"median":..,"max":..},"queued":..}. Exit 0 measured; 1 failed; 2 bad usage.
set -euo pipefail

sends=5
while [ "$#" -gt 0 ]; do
  case "$1" in
    --sends) sends=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "send-relay-down.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -gt 0 ]; then PLI=("$@"); else PLI=("$(cd "$here/../.." && pwd)/pli"); fi
command -v jq >/dev/null 2>&1 || { echo "send-relay-down.sh: needs jq" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/pli-down.XXXXXX")"
RELAY=""
cleanup() {
  if [ -n "$RELAY" ]; then kill -CONT "$RELAY" 2>/dev/null || true; kill -TERM "$RELAY" 2>/dev/null || true
    wait "$RELAY" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pli() { local who=$1; shift; "${PLI[@]}" --home "$WORK/$who" "$@" </dev/null; }
now_ms() { date +%s%3N; }

start_relay() {
  "${PLI[@]}" relay serve --listen "${1:-127.0.0.1:0}" --data "$WORK/relay" --json >"$WORK/relay.out" 2>"$WORK/relay.err" &
  RELAY=$!
  for _ in $(seq 1 100); do [ -s "$WORK/relay.out" ] && break; sleep 0.2; done
  ADDRESS=$(jq -r '.address' <"$WORK/relay.out" | head -n 1)
  [ -n "$ADDRESS" ] && [ "$ADDRESS" != null ] || fail "the relay printed no address"
}
start_relay

for who in alice bob; do pli "$who" init --name "${who^}" --relay "$ADDRESS" --no-passphrase --json >/dev/null; done
CODE=$(pli alice invite --no-wait --json | jq -r '.code')
pli bob accept "$CODE" --no-wait --json >/dev/null
for _ in $(seq 1 30); do
  pli alice sync --json >/dev/null
  pli bob sync --json >/dev/null
  A=$(pli alice contacts --json | jq -r '.[0].code // empty')
  B=$(pli bob contacts --json | jq -r '.[0].code // empty')
  [ -n "$A" ] && [ -n "$B" ] && break
done
[ -n "$A" ] && [ -n "$B" ] || fail "the introduction did not reach the codes"
pli alice verify Bob "$B" --json >/dev/null
pli bob verify Alice "$A" --json >/dev/null

# Times `pli send` N times; prints "median max" in milliseconds.
series() {
  local label=$1 times=() i t0
  for i in $(seq 1 "$sends"); do
    t0=$(now_ms)
    pli alice send Bob "$label $i" --json >/dev/null || fail "pli send failed with the relay $label"
    times+=($(( $(now_ms) - t0 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], a[NR] }'
}

kill -TERM "$RELAY"; wait "$RELAY" 2>/dev/null || true; RELAY=""
read -r refused_median refused_max < <(series refused)
start_relay "$(echo "$ADDRESS" | sed -E 's|^pli-relay://([^/]+)/.*$|\1|')"
kill -STOP "$RELAY"
read -r silent_median silent_max < <(series unanswered)
queued=$(pli alice messages Bob --json | jq '[.[] | select(.status == "queued")] | length')
[ "$queued" -eq $(( 2 * sends )) ] || fail "expected $(( 2 * sends )) queued messages, found $queued"

jq -cn --argjson n "$sends" --argjson rm "$refused_median" --argjson rx "$refused_max" \
  --argjson sm "$silent_median" --argjson sx "$silent_max" --argjson q "$queued" \
  '{sends: $n, refused_ms: {median: $rm, max: $rx}, unanswered_ms: {median: $sm, max: $sx}, queued: $q}'
