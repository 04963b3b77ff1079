#!/usr/bin/env python3
"""Where a process's memory goes: /proc/PID/smaps summed by kind, as one row of scripts/bench.sh's memory table.

  bench-smaps.py --header              the table's header
  bench-smaps.py PID PHASE [--gc]      one row: RSS, VmHWM and the resident MB of each kind; with --gc also the GC's
                                       committed memory and heap size (dotnet-counters) and the heap left after a full
                                       collection (dotnet-gcdump), each only where the tool is found (PATH,
                                       ~/.dotnet/tools or $BENCH_DOTNET_TOOLS), else "-".

--gc attaches an EventPipe session (buffers in the process) and the heap dump forces a full collection, so bench.sh
asks for it only after the peak has been read. Kinds: mapped assemblies (*.dll), JIT-compiled code, stubs and loader
heaps (/memfd:doublemapper, double-mapped because of W^X), anonymous memory and [heap] (GC heap, malloc arenas,
thread stacks, SQLite's page caches), native libraries (*.so: coreclr, clrjit, ICU, e_sqlite3 ...), and the rest
(SQLite's -shm files, other mapped files).
"""
import json, os, re, shutil, subprocess, sys, tempfile

KINDS = ["assemblies", "JIT code", "anon + heap", "native libs", "other"]


def kind_of(path):
    if path.endswith(".dll"):
        return "assemblies"
    if path.startswith("/memfd:doublemapper"):
        return "JIT code"
    if path == "" or path == "[heap]" or path.startswith(("[anon", "[stack", "/memfd:")):
        return "anon + heap"
    if re.search(r"\.so(\.\d+)*$", path):
        return "native libs"
    return "other"


def by_kind(pid):
    kb = dict.fromkeys(KINDS, 0)
    path = ""
    with open(f"/proc/{pid}/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if re.match(r"^[0-9a-f]+-[0-9a-f]+$", fields[0]):
                path = " ".join(fields[5:]).replace(" (deleted)", "")
            elif fields[0] == "Rss:":
                kb[kind_of(path)] += int(fields[1])
    return kb


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def tool(name):
    for folder in [os.environ.get("BENCH_DOTNET_TOOLS", ""), os.path.expanduser("~/.dotnet/tools")]:
        if folder and os.access(os.path.join(folder, name), os.X_OK):
            return os.path.join(folder, name)
    return shutil.which(name)


def gc_counters(pid):
    """GC committed and heap size (MB) as of the last collection, from dotnet-counters; None without the tool."""
    counters = tool("dotnet-counters")
    if not counters:
        return None
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "counters.json")
        subprocess.run([counters, "collect", "-p", str(pid), "--format", "json", "-o", out, "--duration", "00:00:00:04",
                        "--counters", "System.Runtime[dotnet.gc.last_collection.memory.committed_size,"
                                      "dotnet.gc.last_collection.heap.size]"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        if not os.path.exists(out):
            return None
        text = open(out).read()
    latest = {}
    # The file is one JSON document when the session ended cleanly; read the events by pattern either way. The heap
    # size comes per generation (gen0, gen1, gen2, loh, poh): the latest value of each, summed.
    for m in re.finditer(r'"name":\s*"([^"]+)",\s*"tags":\s*"([^"]*)".*?"value":\s*([0-9.eE+-]+)', text):
        latest[(m.group(1), m.group(2))] = float(m.group(3))
    committed = next((v for (name, _), v in latest.items() if "committed_size" in name), None)
    sizes = [v for (name, _), v in latest.items() if "heap.size" in name]
    return committed, (sum(sizes) if sizes else None)


def live_heap(pid):
    """MB on the GC heap after the full collection dotnet-gcdump forces; None without the tool."""
    gcdump = tool("dotnet-gcdump")
    if not gcdump:
        return None
    report = subprocess.run([gcdump, "report", "-p", str(pid)], capture_output=True, text=True, timeout=120).stdout
    m = re.search(r"^\s*([\d,]+)\s+GC Heap bytes", report, re.M)
    return int(m.group(1).replace(",", "")) if m else None


def mb(value, unit=1024):
    return "-" if value is None else f"{value / unit:.0f}"


if sys.argv[1:] == ["--header"]:
    print("| phase | RSS | VmHWM | " + " | ".join(KINDS) + " | GC committed | GC heap | heap after a full GC |")
    print("|---" + "|---:" * (len(KINDS) + 5) + "|")
    sys.exit(0)

pid, phase = sys.argv[1], sys.argv[2]
kb = by_kind(pid)
row = [phase, mb(status_kb(pid, "VmRSS")), mb(status_kb(pid, "VmHWM"))] + [mb(kb[k]) for k in KINDS]
committed = heap = live = None
if "--gc" in sys.argv:
    counted = gc_counters(pid)
    if counted:
        committed, heap = counted
    live = live_heap(pid)
row += [mb(committed, 1 << 20), mb(heap, 1 << 20), mb(live, 1 << 20)]
print("| " + " | ".join(row) + " |")
