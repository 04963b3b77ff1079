#!/usr/bin/env python3
"""Helpers for the drill scripts (loopback only): an SMTP sink, a nomination load client and the checks.

  tools.py sink --port P --log FILE            SMTP server; one JSON line per accepted message (with its sign-in link, if
                                               any); FILE.delay (seconds) slows it
  tools.py setup-jury --base URL --sink LOG --out FILE
                                               an edition in scoring, one in the final vote, jurors signed in (jury.py)
  tools.py submit --base URL --year Y --clients C --seconds S --out FILE [--jury FILE --jury-log FILE]
                                               POSTs nominations; one "reference<TAB>ack time" line per 201, flushed at once;
                                               with --jury, two of the clients per juror save score sheets and ballots
  tools.py check-crash --db DB --acks FILE --sink LOG --kills N [--jury FILE --jury-log FILE --kill-times FILE]
  tools.py check-mail --db DB --sink LOG
  tools.py latency --acks FILE --sink LOG      commit (ack) -> SMTP acceptance, p50/p95
"""
import argparse, email, email.policy, json, os, re, signal, socketserver, sqlite3, sys, threading, time, urllib.request

import jury

BODY = json.dumps({
    "candidateKind": "Project", "candidateName": "Lommevending til Behandling",
    "title": "Lommevending til Behandling – forebyggelse", "organisation": "Københavns Vestegns Politi",
    "municipality": "Ballerup", "policeDistrict": "Københavns Vestegns Politi",
    "description": "Betjente mødes med unge stofbrugere med forståelse og motiverer dem til behandling i stedet for straf. "
                   "Indsatsen er udviklet sammen med kommunens rusmiddelcenter og bygger på motiverende samtaler.",
    "documentedEffect": "22 betjente er uddannet; 140 unge er henvist, og to ud af tre er stadig i behandling.",
    "partners": "Brydehuset, Ballerup Kommune", "motivation": "Et nyt blik på unge og stoffer.",
    "nominatorOrganisation": "Københavns Vestegns Politi", "nominatorName": "Ditte Wesley",
    "nominatorRole": "Projektleder", "nominatorEmail": "ditte@politi.test", "nominatorPhone": "+45 12 34 56 78",
    "consentGiven": True,
}).encode()
REF = re.compile(r"KP-\d{4}-\d+")
LINK = re.compile(r"/login/link/([A-Za-z0-9_\-]+)")


def sink(args):
    lock = threading.Lock()
    log = open(args.log, "a", buffering=1)

    class Handler(socketserver.StreamRequestHandler):
        def handle(self):
            try:
                self.converse()
            except ConnectionError:
                pass  # the app was killed mid-session (drill-crash)

        def converse(self):
            self.wfile.write(b"220 drill sink\r\n")
            while True:
                line = self.rfile.readline()
                if not line:
                    return
                cmd = line[:4].upper()
                if cmd == b"DATA":
                    self.wfile.write(b"354 go on\r\n")
                    data = bytearray()
                    while True:
                        l = self.rfile.readline()
                        if not l or l == b".\r\n":
                            break
                        data += l[1:] if l.startswith(b"..") else l
                    msg = email.message_from_bytes(bytes(data), policy=email.policy.default)
                    ref = REF.search(str(msg["Subject"] or ""))
                    try:
                        link = LINK.search(msg.get_body(("plain",)).get_content())
                    except (AttributeError, KeyError, LookupError):
                        link = None
                    with lock:
                        log.write(json.dumps({"t": time.time(), "id": str(msg["Message-Id"]), "ref": ref.group(0) if ref else None,
                                              "to": str(msg["To"] or ""), "link": link.group(1) if link else None}) + "\n")
                    try:
                        delay = float(open(args.log + ".delay").read())
                    except (OSError, ValueError):
                        delay = 0
                    time.sleep(delay)
                    self.wfile.write(b"250 accepted\r\n")
                elif cmd == b"QUIT":
                    self.wfile.write(b"221 bye\r\n")
                    return
                elif cmd in (b"EHLO", b"HELO"):
                    self.wfile.write(b"250 drill\r\n")
                else:
                    self.wfile.write(b"250 ok\r\n")

    class Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True

    Server(("127.0.0.1", args.port), Handler).serve_forever()


def submit(args):
    out = open(args.out, "a", buffering=1)
    lock = threading.Lock()
    stop = time.time() + args.seconds
    halt = threading.Event()  # SIGTERM ends the load gracefully, so the counts below still get printed
    signal.signal(signal.SIGTERM, lambda *_: halt.set())
    counts = {"ok": 0, "refused": 0, "down": 0}
    budget = [args.count or float("inf")]
    url = f"{args.base}/api/editions/{args.year}/nominations"

    def client():
        while time.time() < stop and not halt.is_set():
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            try:
                req = urllib.request.Request(url, BODY, {"Content-Type": "application/json"})
                with urllib.request.urlopen(req, timeout=30) as r:
                    ref = json.loads(r.read())["reference"]
                    with lock:
                        out.write(f"{ref}\t{time.time()}\n")
                        counts["ok"] += 1
            except urllib.error.HTTPError as e:
                with lock:
                    counts["refused"] += 1
                if e.code < 500:
                    print(f"unexpected {e.code}: {e.read()[:200]!r}", file=sys.stderr)
            except (OSError, ValueError):
                with lock:
                    counts["down"] += 1
                time.sleep(0.2)

    threads = []
    if args.jury:
        # Two clients per juror (score sheets in one edition, the ballot in the other); the rest submit nominations.
        facts = json.load(open(args.jury))
        jlog = open(args.jury_log, "a", buffering=1)
        counts.update(score=0, ballot=0)
        for j in range(len(facts["jurors"])):
            for kind in ("score", "ballot"):
                threads.append(threading.Thread(target=jury.juror_client, args=(args.base, facts, j, kind, stop, halt, jlog, lock, counts)))
    threads += [threading.Thread(target=client) for _ in range(args.clients - len(threads))]
    for t in threads:
        t.start()
    for t in threads:
        while t.is_alive():
            t.join(0.5)  # in short slices, so the main thread can take SIGTERM
    print(json.dumps(counts))


def read_acks(path):
    acks = {}
    for line in open(path):
        ref, t = line.split("\t")
        acks[ref] = float(t)
    return acks


def read_sink(path):
    return [json.loads(l) for l in open(path)] if os.path.exists(path) else []


def check_crash(args):
    acks = read_acks(args.acks)
    db = sqlite3.connect(args.db)
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    counts = dict(db.execute("SELECT Reference, COUNT(*) FROM Nominations WHERE Year = ? AND Reference IS NOT NULL GROUP BY Reference",
                             (args.year,)).fetchall())
    missing = [r for r in acks if r not in counts]
    doubled = [r for r, c in counts.items() if c > 1]
    # A nomination and its receipt are written in one transaction: a nomination without its receipt is half-written.
    receipts = {}
    for (subject,) in db.execute("SELECT Subject FROM MailOutbox"):
        m = REF.search(subject)
        if m:
            receipts[m.group(0)] = receipts.get(m.group(0), 0) + 1
    half = [r for r in counts if receipts.get(r, 0) != 1]
    unsent = db.execute("SELECT COUNT(*) FROM MailOutbox WHERE Status <> 'Sent'").fetchone()[0]
    sent = db.execute("SELECT COUNT(*) FROM MailOutbox").fetchone()[0]
    delivered = read_sink(args.sink)
    ids = [d["id"] for d in delivered]
    repeats = len(ids) - len(set(ids))
    # A repeat is only excused when a kill fell between the two deliveries (in flight: accepted, not yet marked sent).
    kills = [float(l) for l in open(args.kill_times)] if args.kill_times else []
    firsts = {}
    unexcused = 0
    for d in delivered:
        if d["id"] in firsts:
            unexcused += not any(firsts[d["id"]] <= k <= d["t"] for k in kills)
        else:
            firsts[d["id"]] = d["t"]
    problems, jury_summary = jury.check(db, json.load(open(args.jury)), args.jury_log) if args.jury else ([], "")
    ok = integrity == "ok" and not missing and not doubled and not half and unsent == 0 and repeats <= args.kills and not unexcused and not problems
    print(f"{'PASS' if ok else 'FAIL'}: {args.kills} kills; {len(acks)} acknowledged nominations, {len(missing)} lost, "
          f"{len(doubled)} duplicated, {len(half)} half-written; {jury_summary + '; ' if jury_summary else ''}integrity_check {integrity}; "
          f"{sent} mails, {unsent} not sent, {repeats} delivered again (same Message-Id) after a kill, {unexcused} without one")
    return 0 if ok else 1


def check_mail(args):
    db = sqlite3.connect(args.db)
    rows = db.execute("SELECT Id, Status FROM MailOutbox").fetchall()
    unsent = sum(1 for _, s in rows if s != "Sent")
    ids = [d["id"] for d in read_sink(args.sink)]
    repeats = len(ids) - len(set(ids))
    missing = len(rows) - len(set(ids))
    ok = unsent == 0 and repeats == 0 and missing == 0
    print(f"{'PASS' if ok else 'FAIL'}: {len(rows)} mails in the outbox, {len(set(ids))} delivered, {repeats} duplicates, "
          f"{unsent} not sent")
    return 0 if ok else 1


def latency(args):
    acks = read_acks(args.acks)
    waits = sorted(d["t"] - acks[d["ref"]] for d in read_sink(args.sink) if d["ref"] in acks)
    if not waits:
        print("no mail matched")
        return 1
    pct = lambda p: waits[min(len(waits) - 1, int(p * len(waits)))]
    print(f"mail latency commit -> SMTP acceptance over {len(waits)} receipts: p50 {pct(0.5) * 1000:.0f} ms, "
          f"p95 {pct(0.95) * 1000:.0f} ms, max {waits[-1] * 1000:.0f} ms")
    return 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sink"); s.add_argument("--port", type=int, required=True); s.add_argument("--log", required=True)
    s = sub.add_parser("submit")
    for a in ("--base", "--out"): s.add_argument(a, required=True)
    s.add_argument("--year", type=int, required=True); s.add_argument("--clients", type=int, default=64)
    s.add_argument("--seconds", type=float, default=60); s.add_argument("--count", type=int, default=0)
    s.add_argument("--jury"); s.add_argument("--jury-log")
    s = sub.add_parser("setup-jury")
    for a in ("--base", "--sink", "--out"): s.add_argument(a, required=True)
    s.add_argument("--year-base", type=int, default=2190); s.add_argument("--jurors", type=int, default=21)
    s = sub.add_parser("check-crash")
    for a in ("--db", "--acks", "--sink"): s.add_argument(a, required=True)
    s.add_argument("--kills", type=int, required=True); s.add_argument("--year", type=int, required=True)
    s.add_argument("--jury"); s.add_argument("--jury-log"); s.add_argument("--kill-times")
    s = sub.add_parser("check-mail"); s.add_argument("--db", required=True); s.add_argument("--sink", required=True)
    s = sub.add_parser("latency"); s.add_argument("--acks", required=True); s.add_argument("--sink", required=True)
    args = p.parse_args()
    sys.exit({"sink": sink, "submit": submit, "setup-jury": jury.setup, "check-crash": check_crash, "check-mail": check_mail,
              "latency": latency}[args.cmd](args) or 0)


if __name__ == "__main__":
    main()
