#!/usr/bin/env bash
# usage: scripts/audit.sh [PAGE ...]
#   PAGE   paths to audit (default: every public page, with the demo data's years)
#   env    AUDIT_RUNS (3) runs per page, the median is printed; AUDIT_PORT (5198); AUDIT_TIMEOUT (1500) seconds in all.
# Publishes the app as it is deployed (scripts/publish.sh), starts it on loopback with demo data in a fresh data
# directory, and runs Lighthouse 12.2.3 (npm, installed into .artifacts/audit/lighthouse) with Debian's chromium as a
# phone (Lighthouse's mobile defaults: Moto G Power, slow 4G, 4x CPU slowdown) on each page. Prints performance,
# accessibility, best practices and SEO per page (median of the runs) and CLS; reports land in .artifacts/audit/. Not
# part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD; out="$root/.artifacts/audit"; runs=${AUDIT_RUNS:-3}; port=${AUDIT_PORT:-5198}
mkdir -p "$out"
if [ "${AUDIT_INNER:-}" != 1 ]; then exec env AUDIT_INNER=1 timeout "${AUDIT_TIMEOUT:-1500}" "$0" "$@"; fi

command -v chromium >/dev/null || { echo "audit: needs Debian's chromium (apt-get install chromium)" >&2; exit 1; }
lh="$out/lighthouse/node_modules/.bin/lighthouse"
[ -x "$lh" ] || npm install --prefix "$out/lighthouse" --no-audit --no-fund --silent lighthouse@12.2.3 >/dev/null

scripts/publish.sh src/CrimePreventionAward.Web "$out/app" >/dev/null
data=$(mktemp -d); base="http://127.0.0.1:$port"
dotnet "$out/app/CrimePreventionAward.Web.dll" --contentRoot="$out/app" --urls="$base" --Data:Directory="$data" \
  --Demo:Seed=true --Https:Required=false >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/health" && break; sleep 1; done
curl -fs -o /dev/null "$base/health" || { echo "audit: the app did not start, see $out/app.log" >&2; exit 1; }

pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /indstil /nominerede?aar=2020 /vinder?aar=2200 /arkiv /prisoverraekkelse /privatliv /login)
printf '%-22s %5s %5s %5s %5s %6s\n' page perf a11y best seo cls
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr -c 'A-Za-z0-9\n' '_'); files=()
  for n in $(seq 1 "$runs"); do
    file="$out/lh${name}-$n.json"
    timeout 180 "$lh" "$base$page" --chrome-path=/usr/bin/chromium --chrome-flags="--headless=new --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$file" --quiet || continue
    files+=("$file")
  done
  PAGE="$page" node -e '
    const files = process.argv.slice(1).map(f => require(f));
    const median = xs => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
    const score = c => Math.round(median(files.map(r => r.categories[c].score * 100)));
    const cls = median(files.map(r => r.audits["cumulative-layout-shift"].numericValue)).toFixed(3);
    console.log([process.env.PAGE.padEnd(22), ...["performance", "accessibility", "best-practices", "seo"].map(c => String(score(c)).padStart(5)), cls.padStart(6)].join(" "));
  ' "${files[@]}" 2>/dev/null || printf '%-22s no report\n' "$page"
done
