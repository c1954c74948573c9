#!/usr/bin/env bash
# Sign-in timing: does the answer's time tell a known e-mail from an unknown one? Starts the demo app (SQLite),
# then times wrong-password sign-ins for the demo admin's e-mail and for e-mails without an account, interleaved
# (known, unknown, known, unknown…; every fourth pair is followed by a correct sign-in, which lifts the per-address
# block so both paths are measured unblocked). Prints the median and 90th percentile of each and their ratio.
#
#   bench/signin-timing.sh [--rounds 25] [--no-build]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DB=sqlite ROUNDS=25
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

build
DATA="$(mktemp -d /tmp/prongsai-signin-XXXX)"
trap 'app_stop; rm -rf "$DATA"' EXIT
app_start
log "machine: $(machine); load $(load_average)"

python3 - "$APP_URL" "$BENCH_ADMIN_EMAIL" "$BENCH_ADMIN_PASSWORD" "$ROUNDS" <<'PY'
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request, uuid

url, email, password, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
token_pattern = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')

def attempt(address, secret):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    page = opener.open(url + "/staff/signin").read().decode()
    token = token_pattern.search(page).group(1)
    body = urllib.parse.urlencode({"Email": address, "Password": secret, "__RequestVerificationToken": token}).encode()
    started = time.perf_counter()
    try:
        opener.open(url + "/staff/signin", body).read()
    except urllib.error.HTTPError as answer:  # a refused sign-in (422), or the redirect after a right password
        answer.read()
    return (time.perf_counter() - started) * 1000

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

known, unknown = [], []
attempt(email, "warm-up-wrong"); attempt(email, password)
for _ in range(rounds):
    for _ in range(4):
        known.append(attempt(email, "Wrong-password-1"))
        unknown.append(attempt(f"nobody-{uuid.uuid4().hex[:8]}@bangkha.demo", "Wrong-password-1"))
    attempt(email, password)

def describe(name, values):
    values = sorted(values)
    p90 = values[int(len(values) * 0.9) - 1]
    print(f"| {name} | {len(values)} | {statistics.median(values):.1f} | {p90:.1f} |")
    return statistics.median(values)

print("| wrong password for | attempts | median ms | p90 ms |")
print("|---|---|---|---|")
a = describe("an existing account", known)
b = describe("an e-mail without an account", unknown)
print(f"\nratio of medians (existing / unknown): {a / b:.2f}")
PY
