"""Jury side of the crash drill (loopback only): an edition in scoring and one in the final vote, made through the
app's own API as the demo secretariat; jurors signed in with the link from their invitation mail (read from the SMTP
sink's log); then score-sheet saves and ballots under load, and the checks of what the database kept."""
import datetime, itertools, json, sys, threading, time, urllib.error, urllib.request

SECRETARIAT = {"email": "sekretariat@dkr.dk", "password": "Demo-Sekretariat-2020"}
JURY_ORG = "Drillens jury"
PERMS = list(itertools.permutations(range(3)))


def call(base, method, path, body=None, cookie=None, timeout=30):
    headers = {"Content-Type": "application/json", "X-Requested-With": "drill"}
    if cookie:
        headers["Cookie"] = cookie
    req = urllib.request.Request(base + path, json.dumps(body).encode() if body is not None else None, headers, method=method)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        raw = r.read()
        set_cookie = r.headers.get_all("Set-Cookie") or []
        return (json.loads(raw) if raw else None), "; ".join(c.split(";")[0] for c in set_cookie)


def setup(args):
    from tools import BODY
    base = args.base
    _, sec = call(base, "POST", "/api/auth/login", SECRETARIAT)
    now = datetime.datetime.now(datetime.timezone.utc)
    iso = lambda days: (now + datetime.timedelta(days=days)).isoformat()
    nomination = json.loads(BODY)
    years = {"scoring": args.year_base, "vote": args.year_base + 1}
    facts = {"jurors": [], "nominations": {}}
    for role, year in years.items():
        call(base, "POST", "/api/editions", {
            "year": year, "name": f"Drill {year}", "prizeAmountDkk": 50000, "nominationOpensAt": iso(-1),
            "nominationDeadline": iso(30), "scoringDeadline": iso(60), "finalVoteDeadline": iso(90), "ceremonyAt": iso(120)}, sec)
        call(base, "POST", f"/api/editions/{year}/phase", {"phase": "NominationOpen", "reason": None}, sec)
        ids = [call(base, "POST", f"/api/editions/{year}/nominations", dict(nomination, candidateName=f"Drill {year} nr. {i}"))[0]["id"]
               for i in range(3)]
        call(base, "POST", f"/api/editions/{year}/phase", {"phase": "Screening", "reason": "Crash-drill"}, sec)
        for i in ids:
            call(base, "POST", f"/api/nominations/{i}/screening", {"eligible": True, "reason": "Crash-drill"}, sec)
        call(base, "POST", f"/api/editions/{year}/phase", {"phase": "Scoring", "reason": None}, sec)
        facts["nominations"][role] = ids
    call(base, "POST", f"/api/editions/{years['vote']}/shortlist", {
        "entries": [{"nominationId": i, "justification": "Crash-drill"} for i in facts["nominations"]["vote"]],
        "announceAt": iso(100)}, sec)
    call(base, "POST", f"/api/editions/{years['vote']}/phase", {"phase": "FinalVote", "reason": None}, sec)
    facts["years"] = years
    emails = [f"juror{j}@drill.test" for j in range(args.jurors)]
    for email in emails:
        for year in years.values():
            call(base, "POST", f"/api/editions/{year}/jurors", {"name": email, "email": email, "organisation": JURY_ORG, "isChair": False}, sec)
    # The criteria are stored (with their ids) when the first juror is invited.
    criteria, _ = call(base, "GET", f"/api/editions/{years['scoring']}/criteria", cookie=sec)
    facts["criteria"] = [{"id": c["id"], "min": c["scaleMin"], "max": c["scaleMax"]} for c in criteria]
    # Each juror gets two invitations (one per edition); one link signs in, for both editions.
    deadline = time.time() + 120
    pending = set(emails)
    while pending and time.time() < deadline:
        for line in open(args.sink):
            d = json.loads(line)
            to = next((e for e in pending if e in d.get("to", "")), None)
            if to and d.get("link"):
                try:
                    _, cookie = call(base, "POST", f"/api/auth/link/{d['link']}")
                except urllib.error.HTTPError:
                    continue  # already used
                facts["jurors"].append({"email": to, "cookie": cookie})
                pending.discard(to)
        time.sleep(1)
    if pending:
        raise SystemExit(f"no sign-in link arrived for {sorted(pending)}")
    json.dump(facts, open(args.out, "w"))


def values(criteria, n):
    return {str(c["id"]): str(c["min"] + (n + k) % (c["max"] - c["min"] + 1)) for k, c in enumerate(criteria)}


def juror_client(base, facts, juror, kind, stop, halt, log, lock, counts):
    """One client per juror and kind, writing one after another, so the last acknowledged write is well defined.
    Every attempt is logged before it is sent and its acknowledgement after: try/ack, juror, key, n."""
    years, j = facts["years"], facts["jurors"][juror]
    n = 0
    while time.time() < stop and not halt.is_set():
        n += 1
        if kind == "score":
            nom = facts["nominations"]["scoring"][n % 3]
            key, path = nom, f"/api/editions/{years['scoring']}/scores/{nom}"
            body = {"scores": values(facts["criteria"], n), "comment": f"drill j{juror} n{n}"}
        else:
            key, path = "ballot", f"/api/editions/{years['vote']}/ballot"
            body = {"ranking": [facts["nominations"]["vote"][i] for i in PERMS[n % 6]]}
        with lock:
            log.write(f"try\t{kind}\t{juror}\t{key}\t{n}\n")
        try:
            call(base, "PUT", path, body, j["cookie"])
            with lock:
                log.write(f"ack\t{kind}\t{juror}\t{key}\t{n}\n")
                counts[kind] += 1
        except urllib.error.HTTPError as e:
            with lock:
                counts["refused"] += 1
            if e.code < 500:
                print(f"unexpected {e.code} on {path}: {e.read()[:300]!r}", file=sys.stderr)
                time.sleep(0.5)
        except (OSError, ValueError):
            with lock:
                counts["down"] += 1
            time.sleep(0.2)


def check(db, facts, log_path):
    """Returns (problems, summary) for score sheets and ballots."""
    tries, acks = {}, {}
    for line in open(log_path):
        event, kind, juror, key, n = line.rstrip("\n").split("\t")
        (tries if event == "try" else acks).setdefault((kind, int(juror), key), []).append(int(n))
    problems = []
    years, crit = facts["years"], facts["criteria"]
    jurors = {r[1]: r[0] for r in db.execute("SELECT Id, Email FROM Jurors WHERE Year = ?", (years["scoring"],))}
    vjurors = {r[1]: r[0] for r in db.execute("SELECT Id, Email FROM Jurors WHERE Year = ?", (years["vote"],))}

    def allowed(k, got):
        # The last acknowledged write, or a later one that committed but whose answer the kill cut off.
        last = max(acks.get(k, [0]))
        return got == last or (got > last and got in tries.get(k, []))

    sheets = db.execute("SELECT JurorId, NominationId, COUNT(*) FROM ScoreSheets WHERE Year = ? GROUP BY JurorId, NominationId",
                        (years["scoring"],)).fetchall()
    doubled = sum(1 for r in sheets if r[2] > 1)
    half = lost = stale = 0
    for juror, j in enumerate(facts["jurors"]):
        for nom in facts["nominations"]["scoring"]:
            k = ("score", juror, str(nom))
            row = db.execute("SELECT Id, Comment FROM ScoreSheets WHERE JurorId = ? AND NominationId = ?",
                             (jurors[j["email"]], nom)).fetchone()
            if row is None:
                lost += 1 if k in acks else 0
                continue
            n = int(row[1].split(" n")[1])
            kept = {str(c): str(v) for c, v in db.execute("SELECT CriterionId, Value FROM Scores WHERE ScoreSheetId = ?", (row[0],))}
            half += kept != values(crit, n)
            stale += not allowed(k, n)
    ballots = db.execute("SELECT JurorId, COUNT(*) FROM Ballots WHERE Year = ? GROUP BY JurorId", (years["vote"],)).fetchall()
    bdoubled = sum(1 for r in ballots if r[1] > 1)
    bhalf = blost = bstale = 0
    noms = facts["nominations"]["vote"]
    for juror, j in enumerate(facts["jurors"]):
        k = ("ballot", juror, "ballot")
        row = db.execute("SELECT Id FROM Ballots WHERE Year = ? AND JurorId = ?", (years["vote"], vjurors[j["email"]])).fetchone()
        if row is None:
            blost += 1 if k in acks else 0
            continue
        ranks = [r[0] for r in db.execute("SELECT NominationId FROM BallotRanks WHERE BallotId = ? ORDER BY Rank", (row[0],))]
        match = [n for n in set(tries.get(k, [])) if [noms[i] for i in PERMS[n % 6]] == ranks]
        bhalf += not match
        bstale += bool(match) and not any(allowed(k, n) for n in match)
    acked = sum(1 for k in acks if k[0] == "score"), sum(len(v) for k, v in acks.items() if k[0] == "score")
    backed = sum(len(v) for k, v in acks.items() if k[0] == "ballot")
    if lost or doubled or half or stale:
        problems.append("score sheets")
    if blost or bdoubled or bhalf or bstale:
        problems.append("ballots")
    summary = (f"{acked[1]} acknowledged score saves on {len(sheets)} sheets: {lost} lost, {doubled} duplicated, {half} half-written, "
               f"{stale} not the last acknowledged; {backed} acknowledged ballots from {len(ballots)} jurors: {blost} lost, "
               f"{bdoubled} duplicated, {bhalf} half-written, {bstale} not the last acknowledged")
    return problems, summary
