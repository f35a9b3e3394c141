#!/usr/bin/env bash
# What an idle `pli daemon` costs: CPU seconds per minute of a daemon with one contact,
# reached both over a local relay and (unless --no-lan) over the LAN, after a warm-up.
#
#   Alice and Bob meet through a relay on 127.0.0.1, exchange one message each way, then
#   both daemons sit idle. The script samples Alice's daemon's CPU time (utime + stime from
#   /proc/PID/stat) over the measured period and prints it, with the relay's and Bob's.
#
# Usage: tests/scenarios/idle-daemon.sh [--minutes M] [--warmup S] [--no-lan] [PLI_COMMAND...]
#   PLI_COMMAND defaults to the repository's ./pli launcher (which honours PLI_JAR).
# Prints one JSON line: {"minutes":..,"daemon_cpu_s_per_min":..,"bob_cpu_s_per_min":..,
# "relay_cpu_s_per_min":..,"lan":..}. Exit 0 measured; 1 failed; 2 bad usage.
set -euo pipefail

minutes=10
warmup=30
lan=1
while [ "$#" -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --no-lan) lan=0; shift ;;
    --) shift; break ;;
    -*) echo "idle-daemon.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -gt 0 ]; then PLI=("$@"); else PLI=("$(cd "$here/../.." && pwd)/pli"); fi
command -v jq >/dev/null 2>&1 || { echo "idle-daemon.sh: needs jq" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/pli-idle.XXXXXX")"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pli() { local who=$1; shift; "${PLI[@]}" --home "$WORK/$who" "$@" </dev/null; }
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

"${PLI[@]}" relay serve --listen 127.0.0.1:0 --data "$WORK/relay" --json >"$WORK/relay.out" 2>"$WORK/relay.err" &
RELAY=$!
PIDS+=("$RELAY")
for _ in $(seq 1 100); do [ -s "$WORK/relay.out" ] && break; sleep 0.2; done
ADDRESS=$(jq -r '.address' <"$WORK/relay.out" | head -n 1)
[ -n "$ADDRESS" ] && [ "$ADDRESS" != null ] || fail "the relay printed no address"

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

lan_option=()
[ "$lan" -eq 1 ] || lan_option=(--no-lan)
for who in alice bob; do
  "${PLI[@]}" --home "$WORK/$who" daemon --json "${lan_option[@]}" >"$WORK/$who-daemon.out" 2>"$WORK/$who-daemon.err" </dev/null &
  PIDS+=("$!")
  eval "${who^^}_DAEMON=$!"
done
sleep 5
pli alice send Bob "hello Bob" --json >/dev/null
pli bob send Alice "hello Alice" --json >/dev/null
sleep "$warmup"

HZ=$(getconf CLK_TCK)
a0=$(ticks "$ALICE_DAEMON"); b0=$(ticks "$BOB_DAEMON"); r0=$(ticks "$RELAY")
[ -n "${IDLE_HOOK:-}" ] && "$IDLE_HOOK" "$ALICE_DAEMON" "$((minutes * 60))" >&2
sleep $((minutes * 60))
a1=$(ticks "$ALICE_DAEMON"); b1=$(ticks "$BOB_DAEMON"); r1=$(ticks "$RELAY")
grep -q "hello Alice" "$WORK/alice-daemon.out" || fail "Alice's daemon never printed Bob's message"
jq -cn --argjson m "$minutes" --argjson hz "$HZ" --argjson a $((a1 - a0)) --argjson b $((b1 - b0)) \
  --argjson r $((r1 - r0)) --argjson lan "$lan" \
  '{minutes: $m, daemon_cpu_s_per_min: ($a / $hz / $m), bob_cpu_s_per_min: ($b / $hz / $m),
    relay_cpu_s_per_min: ($r / $hz / $m), lan: ($lan == 1)}'
