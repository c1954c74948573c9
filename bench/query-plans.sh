#!/usr/bin/env bash
# The plans of the public pages' and the JSON API's queries on a (big) PostgreSQL database: the cluster starts
# with pg_stat_statements and auto_explain (log_analyze, log_buffers: the EXPLAIN (ANALYZE, BUFFERS) of every
# statement the app runs), the app answers each public page and API once for --orgs random organizations (the
# output cache is cold, so every page reaches the database), then prints the statements by total time with
# their slowest plan's time and every sequential scan, and keeps the full plans in --out DIR.
#
#   bench/query-plans.sh --data DIR [--orgs 5] [--out DIR] [--no-build]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

DATA="" ORGS=5 OUT=""
while [ $# -gt 0 ]; do
    case "$1" in
        --data) DATA="$(realpath -m "$2")"; shift 2 ;;
        --orgs) ORGS="$2"; shift 2 ;;
        --out) OUT="$(realpath -m "$2")"; shift 2 ;;
        --no-build) BENCH_NO_BUILD=1; shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ -f "$DATA/pg/PG_VERSION" ] || die "--data DIR with a PostgreSQL cluster in DIR/pg is required"
OUT="${OUT:-$(mktemp -d /tmp/prongsai-plans-XXXX)}"
mkdir -p "$OUT"
DB=postgres
build
trap 'app_stop; pg_stop' EXIT
PG_EXTRA_OPTIONS="-c shared_preload_libraries=pg_stat_statements,auto_explain -c pg_stat_statements.track=all \
-c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on -c auto_explain.log_timing=on" \
    pg_start "$DATA"
psql_() { runuser -u postgres -- psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d prongsai_bench "$@"; }
psql_ -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
app_start
sleep 3  # the background jobs' first rounds
psql_ -c "SELECT pg_stat_statements_reset()" >/dev/null
LOG_FROM=$(stat -c %s "$DATA/postgres.log")

mapfile -t SAMPLE < <(psql_ -At -c "SELECT o.\"Slug\" || ' ' || (SELECT MIN(d.\"Id\") + (o.\"Id\" % 100) FROM \"Documents\" d WHERE d.\"OrganizationId\" = o.\"Id\") \
    FROM \"Organizations\" o WHERE o.\"Slug\" LIKE 'bench-%' ORDER BY md5(o.\"Slug\") LIMIT $ORGS")
WORD="$(encode_path 'งบประมาณ')"
RARE="$(encode_path 'กระดี่')"
for row in "${SAMPLE[@]}"; do
    read -r org doc <<<"$row"
    for path in "/" "/$org/" "/$org/documents" "/$org/documents?year=2567&page=3" "/$org/feed" "/$org/sitemap.xml" "/$org/ledger?before=60" "/$org/documents?category=news" "/$org/documents/$doc" "/$org/measures" "/$org/measures/2567" \
        "/$org/ledger" "/$org/search?q=$WORD" "/$org/search?q=$RARE" "/$org/ita" "/api/v1/orgs/$org" "/api/v1/orgs/$org/departments" \
        "/api/v1/orgs/$org/measures" "/api/v1/orgs/$org/measures/2567" "/api/v1/orgs/$org/search?q=$WORD" "/api/v1/orgs/$org/ledger"; do
        printf '%s %s %s\n' "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$APP_URL$path")" "$path"
    done
done >"$OUT/pages.txt"
log "$(awk '{print $1}' "$OUT/pages.txt" | sort | uniq -c | tr '\n' ' ')(status counts of $(wc -l <"$OUT/pages.txt") requests; seconds each in pages.txt)"
app_stop

psql_ -A -F $'\t' -c "SELECT calls, round(total_exec_time::numeric, 2) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms, \
    round(max_exec_time::numeric, 3) AS max_ms, rows, regexp_replace(query, '\s+', ' ', 'g') AS query FROM pg_stat_statements \
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'prongsai_bench') ORDER BY total_exec_time DESC LIMIT 60" >"$OUT/statements.tsv"
tail -c +"$((LOG_FROM + 1))" "$DATA/postgres.log" >"$OUT/plans.log"
python3 - "$OUT" <<'EOF'
import re, sys, collections
out = sys.argv[1]
text = open(f"{out}/plans.log", encoding="utf-8", errors="replace").read()
# auto_explain: "LOG:  duration: 0.123 ms  plan:\n\tQuery Text: ...\n\t<plan lines>"
blocks = re.split(r"\n(?=\S.*LOG:  duration: )", text)
seen = collections.OrderedDict()
for b in blocks:
    m = re.search(r"duration: ([\d.]+) ms  plan:\n\s*Query Text: (.*?)\n((?:\s.*\n?)*)", b)
    if not m:
        continue
    ms, query, plan = float(m.group(1)), re.sub(r"\s+", " ", m.group(2)).strip(), m.group(3)
    key = query[:160]
    seqs = sorted(set(re.findall(r"Seq Scan on \"?(\w+)\"?", plan)))
    entry = seen.setdefault(key, {"n": 0, "max": 0.0, "seq": set(), "plan": ""})
    entry["n"] += 1
    entry["seq"].update(seqs)
    if ms >= entry["max"]:
        entry["max"], entry["plan"] = ms, query + "\n" + plan
rows = sorted(seen.items(), key=lambda kv: -kv[1]["max"])
with open(f"{out}/summary.md", "w", encoding="utf-8") as f:
    f.write("| max ms | runs | seq scans | statement |\n|---:|---:|---|---|\n")
    for key, e in rows:
        f.write(f"| {e['max']:.3f} | {e['n']} | {', '.join(sorted(e['seq'])) or '-'} | `{key[:140].replace('|', '/')}` |\n")
with open(f"{out}/slowest-plans.txt", "w", encoding="utf-8") as f:
    for key, e in rows[:25]:
        f.write(f"==== {e['max']:.3f} ms ({e['n']} runs)\n{e['plan']}\n")
print(open(f"{out}/summary.md", encoding="utf-8").read()[:6000])
EOF
log "plans in $OUT (summary.md, slowest-plans.txt, statements.tsv, plans.log)"
