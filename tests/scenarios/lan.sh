#!/usr/bin/env bash
# Acceptance scenario of issue 6: a team on an isolated LAN, three hosts, no relay.
#
#   Alice and Bob (each on their own host, a network namespace) meet with `pli invite --lan`
#   and `pli accept`, compare their 4-digit codes, and message each other over the LAN;
#   messages sent while Bob's daemon is down reach him, once each and in order, when it
#   comes back. Carol, a stranger on the same LAN, receives nothing and holds no contact.
#
# Usage: tests/scenarios/lan.sh [--load] [--freeze SECONDS] [PLI_COMMAND...]
#   PLI_COMMAND defaults to the repository's ./pli launcher, which honours PLI_JAR.
#   --load keeps both cores busy for the whole run (stress-ng if installed, else two shell
#   busy loops), as a full build beside it would.
#   --freeze S stops Alice's daemon (SIGSTOP) for S seconds just before Bob accepts (it
#   serves the invitation's endpoint), and Bob's daemon for S seconds while Alice sends: a
#   slow or suspended machine must delay the scenario, never break it. The deadlines grow
#   by what --load and --freeze add; they stay liveness bounds, not speed targets.
# Needs root, iproute2 (`ip netns`) and jq. Exit 0: passed; 1: failed ("FAIL: ..." and the
# daemons' logs); 2: bad usage; 77: skipped ("lan.sh: SKIP: ..."), e.g. not root.
#
# The hosts hang off a bridge that lives in a fourth namespace (the "switch"), so the
# host's own links and firewall (br_netfilter, a FORWARD policy of DROP) play no part,
# and deleting the four namespaces removes every link the scenario made.
set -euo pipefail

readonly SKIP=77
readonly SUBNET=10.77.0
readonly POLL_INTERVAL=0.5

LOAD=0
FREEZE=0
while [ "$#" -gt 0 ]; do
  case "$1" in
    --load) LOAD=1; shift ;;
    --freeze)
      [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "lan.sh: --freeze takes a number of seconds" >&2; exit 2; }
      FREEZE=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "lan.sh: unknown option $1; usage: lan.sh [--load] [--freeze SECONDS] [PLI_COMMAND...]" >&2; exit 2 ;;
    *) break ;;
  esac
done
# Liveness bounds: what a quiet machine needs, plus what the load and the freezes add.
readonly SLACK=$((LOAD * 40))
readonly COMMAND_LIMIT=$((60 + SLACK))   # seconds one pli command may take before it counts as hung
readonly DAEMON_START_LIMIT=$((30 + SLACK))
readonly INTRODUCTION_DEADLINE=$((20 + 2 * FREEZE + SLACK))
readonly DELIVERY_DEADLINE=$((5 + FREEZE + SLACK))
readonly CATCH_UP_DEADLINE=$((20 + SLACK))

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -gt 0 ]; then
  PLI=("$@")
else
  PLI=("$(cd "$here/../.." && pwd)/pli")
fi

skip() {
  echo "lan.sh: SKIP: $*" >&2
  exit "$SKIP"
}

[ "$(id -u)" -eq 0 ] || skip "needs root for network namespaces (ip netns)"
command -v ip >/dev/null 2>&1 || skip "needs iproute2 (the ip command)"
command -v jq >/dev/null 2>&1 || skip "needs jq"
command -v timeout >/dev/null 2>&1 || skip "needs timeout (coreutils)"
if ! command -v "${PLI[0]}" >/dev/null 2>&1; then
  echo "lan.sh: ${PLI[0]} is not a command; usage: lan.sh [PLI_COMMAND...]" >&2
  exit 2
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/pli-lan.XXXXXX")"
NS_SWITCH="pli$$sw"
declare -A NS=([alice]="pli$$a" [bob]="pli$$b" [carol]="pli$$c")
declare -A ADDRESS=([alice]="$SUBNET.1" [bob]="$SUBNET.2" [carol]="$SUBNET.3")
declare -A HOME_DIR=([alice]="$WORK/alice" [bob]="$WORK/bob" [carol]="$WORK/carol")
declare -A DAEMON_PID=()
HOG_PIDS=()
CREATED_NS=()
DAEMON_LOGS=()
OUT=""
CODE=""
STARTED_AT=0

cleanup() {
  local rc=$?
  set +e
  stop_hog
  stop_all_daemons
  local ns
  for ns in "${CREATED_NS[@]}"; do
    ip netns del "$ns" 2>/dev/null
  done
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "FAIL: interrupted" >&2; exit 130' INT
trap 'echo "FAIL: terminated" >&2; exit 143' TERM

# Keeps both cores busy until stop_hog: stress-ng if installed, else two shell busy loops.
start_hog() {
  if command -v stress-ng >/dev/null 2>&1; then
    stress-ng --cpu 2 --quiet >/dev/null 2>&1 &
    HOG_PIDS+=("$!")
    ok "load: stress-ng --cpu 2 keeps both cores busy"
  else
    local i
    for i in 1 2; do
      (while :; do :; done) &
      HOG_PIDS+=("$!")
    done
    ok "load: two busy loops keep both cores busy (stress-ng is not installed)"
  fi
}

stop_hog() {
  local pid
  for pid in "${HOG_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  HOG_PIDS=()
}

# freeze WHO: SIGSTOP to WHO's daemon now, SIGCONT after FREEZE seconds (in the background).
freeze() {
  local who=$1 pid=${DAEMON_PID[$1]}
  kill -STOP "$pid"
  (sleep "$FREEZE"; kill -CONT "$pid" 2>/dev/null) &
  ok "${who^}'s daemon stopped (SIGSTOP) for $FREEZE s"
}

# SIGTERM to every daemon still running (SIGCONT first, in case one is frozen); SIGKILL to
# any that is not gone within 10 s.
stop_all_daemons() {
  local pid waited=0
  for pid in "${DAEMON_PID[@]}"; do kill -CONT "$pid" 2>/dev/null; kill -TERM "$pid" 2>/dev/null; done
  while [ "$waited" -lt 100 ] && any_alive; do sleep 0.1; waited=$((waited + 1)); done
  for pid in "${DAEMON_PID[@]}"; do kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  DAEMON_PID=()
}

any_alive() {
  local pid
  for pid in "${DAEMON_PID[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then return 0; fi
  done
  return 1
}

fail() {
  echo "FAIL: $*" >&2
  local log
  for log in "${DAEMON_LOGS[@]}"; do
    if [ -s "$log" ]; then
      echo "--- ${log#"$WORK"/} (last 20 lines) ---" >&2
      tail -n 20 "$log" >&2
    fi
  done
  exit 1
}

ok() {
  echo "ok: $*"
}

now_ms() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t=${EPOCHREALTIME/[.,]/}
    echo $((t / 1000))
  else
    date +%s%3N
  fi
}

since() {
  local ms=$(($(now_ms) - $1))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

# pli_in WHO ARGS...: runs `pli --home HOME ARGS...` on WHO's host; its stdout lands in OUT.
# A command that fails or hangs fails the scenario.
pli_in() {
  local who=$1 rc=0
  shift
  OUT=$(timeout "$COMMAND_LIMIT" ip netns exec "${NS[$who]}" "${PLI[@]}" --home "${HOME_DIR[$who]}" "$@" \
    2>"$WORK/command.err" </dev/null) || rc=$?
  if [ "$rc" -eq 124 ]; then
    fail "${who^}: pli $* did not finish within $COMMAND_LIMIT s: $(tail -n 5 "$WORK/command.err")"
  elif [ "$rc" -ne 0 ]; then
    fail "${who^}: pli $* exited $rc: $(tail -n 5 "$WORK/command.err")"
  fi
}

make_lan() {
  local err="$WORK/ip.err" who
  ip netns add "$NS_SWITCH" 2>"$err" || skip "ip netns unusable: $(head -n 1 "$err")"
  CREATED_NS+=("$NS_SWITCH")
  {
    ip -n "$NS_SWITCH" link add br0 type bridge &&
      ip -n "$NS_SWITCH" link set br0 type bridge mcast_snooping 0 &&
      ip -n "$NS_SWITCH" link set br0 up
  } 2>"$err" || skip "cannot make a bridge: $(head -n 1 "$err")"
  for who in alice bob carol; do
    ip netns add "${NS[$who]}" 2>"$err" || skip "ip netns unusable: $(head -n 1 "$err")"
    CREATED_NS+=("${NS[$who]}")
    {
      ip link add eth0 netns "${NS[$who]}" type veth peer name "port-$who" netns "$NS_SWITCH" &&
        ip -n "$NS_SWITCH" link set "port-$who" master br0 &&
        ip -n "$NS_SWITCH" link set "port-$who" up &&
        ip -n "${NS[$who]}" addr add "${ADDRESS[$who]}/24" dev eth0 &&
        ip -n "${NS[$who]}" link set lo up &&
        ip -n "${NS[$who]}" link set eth0 up
    } 2>"$err" || skip "cannot wire $who's host to the bridge: $(head -n 1 "$err")"
  done
  ok "LAN up: bridge br0 in $NS_SWITCH; alice ${ADDRESS[alice]} in ${NS[alice]}," \
    "bob ${ADDRESS[bob]} in ${NS[bob]}, carol ${ADDRESS[carol]} in ${NS[carol]}"
}

init_profiles() {
  local who name
  for who in alice bob carol; do
    name="${who^}"
    pli_in "$who" init --name "$name" --no-passphrase --json
    [ "$(jq -r '.name' <<<"$OUT" 2>/dev/null)" = "$name" ] || fail "$name: init printed $OUT"
  done
  ok "profiles Alice, Bob and Carol created without a relay"
}

# start_daemon WHO LOG_NAME: starts WHO's daemon and waits until it says it is on the LAN
# with its host's address; STARTED_AT is when it was launched.
start_daemon() {
  local who=$1 log="$WORK/$2"
  DAEMON_LOGS+=("$log.err" "$log.out")
  : >"$log.out"
  : >"$log.err"
  STARTED_AT=$(now_ms)
  ip netns exec "${NS[$who]}" "${PLI[@]}" --home "${HOME_DIR[$who]}" daemon --json \
    >"$log.out" 2>"$log.err" </dev/null &
  DAEMON_PID[$who]=$!
  until awk -v address="${ADDRESS[$who]}" 'index($0, "LAN: ") && index($0, address) { seen = 1 }
      END { exit !seen }' "$log.err"; do
    kill -0 "${DAEMON_PID[$who]}" 2>/dev/null || fail "${who^}'s daemon exited before it was on the LAN"
    [ $(($(now_ms) - STARTED_AT)) -lt $((DAEMON_START_LIMIT * 1000)) ] ||
      fail "${who^}'s daemon did not say it is on the LAN at ${ADDRESS[$who]} within $DAEMON_START_LIMIT s"
    sleep "$POLL_INTERVAL"
  done
  ok "${who^}'s daemon is on the LAN: $(grep -o 'LAN: [^;]*' "$log.err" | head -n 1)"
}

# stop_daemon WHO: SIGTERM, and the daemon must exit 0 within 30 s.
stop_daemon() {
  local who=$1 pid=${DAEMON_PID[$1]} waited=0 rc=0
  kill -CONT "$pid" 2>/dev/null
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    [ "$waited" -lt 300 ] || fail "${who^}'s daemon did not stop within 30 s of SIGTERM"
    sleep 0.1
    waited=$((waited + 1))
  done
  wait "$pid" || rc=$?
  unset "DAEMON_PID[$who]"
  [ "$rc" -eq 0 ] || fail "${who^}'s daemon exited $rc after SIGTERM"
}

# code_of WHO CONTACT: sets CODE to WHO's 4-digit code shown for CONTACT, the only contact
# WHO has, or to nothing while there is none; OUT keeps the listing.
code_of() {
  local who=$1 contact=$2
  pli_in "$who" contacts --json
  CODE=$(jq -r --arg name "$contact" 'if type == "array" and length == 1 and .[0].name == $name
      and ((.[0].code // "") | test("^[0-9]{4}$")) then .[0].code else empty end' <<<"$OUT" 2>/dev/null || true)
}

introduce() {
  pli_in alice invite --lan --no-wait --json
  local code
  code=$(jq -r '.code // empty' <<<"$OUT" 2>/dev/null || true)
  [ -n "$code" ] || fail "Alice: invite --lan printed no code: $OUT"
  ok "Alice made a LAN invitation"
  [ "$FREEZE" -eq 0 ] || freeze alice
  pli_in bob accept "$code" --no-wait --json
  ok "Bob accepted it"

  # A poll counts only if it began before the deadline.
  local start alice_code="" bob_code="" alice_out="(none yet)" bob_out="(none yet)"
  start=$(now_ms)
  while [ -z "$alice_code" ] || [ -z "$bob_code" ]; do
    [ $(($(now_ms) - start)) -le $((INTRODUCTION_DEADLINE * 1000)) ] ||
      fail "within $INTRODUCTION_DEADLINE s the two do not list each other with a code;" \
        "Alice's contacts: $alice_out; Bob's contacts: $bob_out"
    if [ -z "$alice_code" ]; then code_of alice Bob; alice_code=$CODE alice_out=$OUT; fi
    if [ -z "$bob_code" ]; then code_of bob Alice; bob_code=$CODE bob_out=$OUT; fi
    if [ -z "$alice_code" ] || [ -z "$bob_code" ]; then sleep "$POLL_INTERVAL"; fi
  done
  ok "Alice lists Bob (her code $alice_code) and Bob lists Alice (his code $bob_code) after $(since "$start")"

  pli_in alice verify Bob "$bob_code" --json
  [ "$(jq -r '.verified' <<<"$OUT" 2>/dev/null)" = true ] || fail "Alice: verify Bob printed $OUT"
  pli_in bob verify Alice "$alice_code" --json
  [ "$(jq -r '.verified' <<<"$OUT" 2>/dev/null)" = true ] || fail "Bob: verify Alice printed $OUT"
  ok "Alice and Bob verified each other's codes"
}

# send_to_bob TEXT: Alice sends TEXT to Bob.
send_to_bob() {
  pli_in alice send Bob "$1" --json
  [ "$(jq -r '.text' <<<"$OUT" 2>/dev/null)" = "$1" ] || fail "Alice: send printed $OUT"
}

# await_bob_has START_MS DEADLINE_S WHAT JSON_ARRAY: polls Bob's conversation with Alice
# until the texts from Alice are exactly JSON_ARRAY (so each once, in that order), which
# must happen within DEADLINE_S of START_MS: a poll counts only if it began before then.
await_bob_has() {
  local start=$1 deadline=$2 what=$3 expected=$4 seen="(none yet)"
  while true; do
    [ $(($(now_ms) - start)) -le $((deadline * 1000)) ] ||
      fail "within $deadline s Bob does not have $what; his messages from Alice: $seen"
    pli_in bob messages Alice --json
    if jq -e --argjson want "$expected" '[.[] | select(.from == "Alice") | .text] == $want' \
      <<<"$OUT" >/dev/null 2>&1; then
      break
    fi
    seen=$(jq -c '[.[] | select(.from == "Alice") | .text]' <<<"$OUT" 2>/dev/null || echo "$OUT")
    sleep "$POLL_INTERVAL"
  done
  ok "Bob has $what after $(since "$start")"
}

exchange() {
  local hello="hello over the LAN"
  [ "$FREEZE" -eq 0 ] || freeze bob
  send_to_bob "$hello"
  await_bob_has "$(now_ms)" "$DELIVERY_DEADLINE" "\"$hello\" exactly once" "$(jq -cn --arg t "$hello" '[$t]')"

  stop_daemon bob
  ok "Bob's daemon stopped (exit 0)"
  local texts=("while you were away 1" "while you were away 2" "while you were away 3") text
  for text in "${texts[@]}"; do send_to_bob "$text"; done
  ok "Alice sent 3 messages while Bob was away"
  start_daemon bob bob-daemon-2
  await_bob_has "$STARTED_AT" "$CATCH_UP_DEADLINE" "the 3 messages, once each, in order" \
    "$(jq -cn --arg h "$hello" '[$h, $ARGS.positional[]]' --args "${texts[@]}")"
}

check_stranger() {
  pli_in carol contacts --json
  [ "$(jq -c '.' <<<"$OUT" 2>/dev/null)" = "[]" ] || fail "Carol holds contacts: $OUT"
  local who
  for who in alice bob carol; do
    stop_daemon "$who"
  done
  [ ! -s "$WORK/carol-daemon.out" ] || fail "Carol's daemon printed messages: $(head -n 3 "$WORK/carol-daemon.out")"
  ok "Carol received nothing and holds no contact; all daemons stopped with exit 0"
}

make_lan
[ "$LOAD" -eq 0 ] || start_hog
init_profiles
for who in alice bob carol; do start_daemon "$who" "$who-daemon"; done
introduce
exchange
check_stranger
echo "PASS: lan scenario"
