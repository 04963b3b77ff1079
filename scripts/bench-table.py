#!/usr/bin/env python3
"""scripts/bench.sh's table: app against bare per figure, the median of the repeats with min–max, the ratio and its goal.

  bench-table.py RESULTS.tsv   (figure, side, connections, repeat, value, p99_ms, errors; one line per run)
"""
import csv, statistics, sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
groups = {}
for r in rows:
    groups.setdefault((r["figure"], r["connections"]), {}).setdefault(r["side"], []).append(r)


def spread(runs, key):
    values = [float(r[key]) for r in runs]
    return statistics.median(values), min(values), max(values)


def fmt(v):
    return f"{v:,.0f}" if v >= 100 else f"{v:.3g}"


def cell(m, lo, hi, unit=""):
    return f"{fmt(m)}{unit} [{fmt(lo)}–{fmt(hi)}]" if len(set((lo, hi))) > 1 else f"{fmt(m)}{unit}"


# figure kind -> (what the value is, unit, goal text, is the ratio good)
kinds = {
    "submit": ("req/s", "", "≥ 0.7", lambda x: x >= 0.7),
    "score": ("req/s", "", "≥ 0.7", lambda x: x >= 0.7),
    "stored": ("req/s; app = 50,000 stored, bare = the app with none", "", "≥ 0.9", lambda x: x >= 0.9),
    "page": ("req/s", "", "≥ 0.8", lambda x: x >= 0.8),
    "start": ("s to first 200", " s", "≤ 3×", lambda x: x <= 3),
    "peak": ("VmHWM", " MB", "≤ 1.5×", lambda x: x <= 1.5),
    "results": ("s per request", " s", "≤ 1.5×", lambda x: x <= 1.5),
}
print("| figure | connections | app | bare | ratio app/bare | goal | met |")
print("|---|---:|---:|---:|---:|---:|---|")
headlines = []
for (figure, connections), sides in groups.items():
    if "app" not in sides or "bare" not in sides:
        continue
    kind = kinds[figure.split(" ")[0].split("-")[0]]
    app, bare = spread(sides["app"], "value"), spread(sides["bare"], "value")
    ratio = app[0] / bare[0] if bare[0] else float("nan")
    met = "yes" if kind[3](ratio) else "**no**"
    shown = f"{ratio:.2f}" if figure.startswith(("submit", "score", "page", "stored")) else f"{ratio:.1f}×"
    label = f"{figure} ({kind[0]})"
    failed = {side: sum(int(r["errors"]) for r in runs) for side, runs in sides.items()}
    if figure not in ("submit", "score") and any(failed.values()):
        label += f", errors app {failed['app']} / bare {failed['bare']}"
        met = "**no**"
    print(f"| {label} | {connections} | {cell(*app, kind[1])} | {cell(*bare, kind[1])} | {shown} | {kind[2]} | {met} |")
    headlines.append(f"{figure} c={connections}: {shown} (goal {kind[2]}, {'met' if met == 'yes' else 'missed'})")
    if figure in ("submit", "score"):
        ap, bp = spread(sides["app"], "p99_ms"), spread(sides["bare"], "p99_ms")
        errors = sum(int(r["errors"]) for r in sides["app"])
        p99 = ap[0] / bp[0] if bp[0] else float("nan")
        ok = p99 <= 2 and errors == 0
        print(f"| {figure} p99, app errors {errors} | {connections} | {cell(*ap, ' ms')} | {cell(*bp, ' ms')} | {p99:.1f}× | ≤ 2×, 0 errors "
              f"| {'yes' if ok else '**no**'} |")
        if connections == "64":
            headlines.append(f"{figure} p99 c=64: {p99:.1f}× with {errors} errors (goal ≤ 2×, 0 errors, {'met' if ok else 'missed'})")
# Results must stay flat as the year grows: ten times the rows within eleven times the time.
scales = sorted(((int(f.split(" ")[1].split("×")[0]), spread(sides["app"], "value")[0]) for (f, _), sides in groups.items()
                 if f.startswith("results ") and "app" in sides))
if len(scales) >= 2 and scales[-1][0] >= 10 * scales[0][0]:
    growth = scales[-1][1] / scales[0][1]
    ok = growth <= 11 * scales[-1][0] / (10 * scales[0][0])
    print(f"| results growth, {scales[-1][0]:,} against {scales[0][0]:,} nominations | - | {fmt(scales[-1][1])} s | {fmt(scales[0][1])} s (app) "
          f"| {growth:.1f}× | ≤ 11× at 10× | {'yes' if ok else '**no**'} |")
    headlines.append(f"results growth at {scales[-1][0] // scales[0][0]}× the rows: {growth:.1f}× the time (goal ≤ 11×, {'met' if ok else 'missed'})")
print()
print("```")
for line in headlines:
    print("headline " + line)
print("```")
