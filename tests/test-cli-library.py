#!/usr/bin/env python3
"""The attempts library from the command line, as a trainer scripts it: import recordings,
list and search them, note, show, export (CSV read back, PDF as text and as a picture, HTML
parsed) and delete; messages and exit codes (TAP).

  test-cli-library.py VOICEMAIL-COACH [ARTIFACTS-DIR]
"""
import csv, html.parser, io, json, os, re, shutil, subprocess, sys, tempfile

EXE = sys.argv[1]
ART = sys.argv[2] if len(sys.argv) > 2 else None
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def speak(path, text, voice="kal16"):
    raw = path + ".flite.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", raw], check=True)
    subprocess.run(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", path, "pad", "0.5", "0.5"], check=True)
    os.unlink(raw)


class Page(html.parser.HTMLParser):
    """What a browser would run and show: script elements, event handlers, text"""

    def __init__(self):
        super().__init__()
        self.scripts, self.handlers, self.text, self.audio, self.svg = 0, [], [], [], 0
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
            self.in_script = True
        if tag == "svg":
            self.svg += 1
        if tag in ("audio", "source"):
            self.audio += [v for k, v in attrs if k == "src"]
        self.handlers += [k for k, v in attrs if k.startswith("on")]

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if not self.in_script:
            self.text.append(data)


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "data"))

    def run(*args):
        return subprocess.run([EXE] + list(args), capture_output=True, text=True, timeout=600, env=env)

    first = os.path.join(tmp, "first.wav")
    second = os.path.join(tmp, "second.wav")
    speak(first, "hi karen this is sam lee from acme software my number is four one five two two "
          "seven nine three eight one i am calling about your office move could you call me back "
          "thanks again that is four one five two two seven nine three eight one")
    speak(second, "hello this is sam calling back about the contract please call me", voice="slt")
    notes = os.path.join(tmp, "notes.txt")
    with open(notes, "w") as f:
        f.write("not audio\n")
    plan = os.path.join(tmp, "plan.json")
    # a recipient with what CSV and HTML must escape: a comma, quotes, a tag
    recipient = 'Karen, "K" <script>alert(1)</script>'
    with open(plan, "w") as f:
        json.dump({"caller_name": "Sam Lee", "company": "Acme Software", "callback_number": "415 227 9381",
                   "recipient": recipient, "goal": "office move", "ask": "a call back"}, f)

    p = run("attempts")
    check("an empty library says how to fill it (exit 0)", p.returncode == 0 and p.stdout == ""
          and "No attempts yet" in p.stderr, p.stdout + p.stderr)

    p = run("import")
    check("import with no file is a usage error (2)", p.returncode == 2 and "audio file" in p.stderr, p.stderr)
    p = run("import", "--plan", plan, first, notes)
    lines = p.stdout.strip().splitlines()
    check("import keeps the audio file and says which one is not audio (exit 1)",
          p.returncode == 1 and len(lines) == 1 and "first.wav" in lines[0] and "notes.txt" in p.stderr
          and "not an audio file" in p.stderr, p.stdout + p.stderr)
    id1 = int(lines[0].split()[0]) if lines and lines[0].split()[0].isdigit() else 0
    p = run("import", second)
    lines = p.stdout.strip().splitlines()
    check("import of a second file exits 0", p.returncode == 0 and len(lines) == 1, p.stdout + p.stderr)
    id2 = int(lines[0].split()[0]) if lines and lines[0].split()[0].isdigit() else 0
    p = run("import", "--plan", plan, first)
    check("the same recording again is not kept twice, and its attempt is named", p.returncode == 0
          and p.stdout == "" and "already" in p.stderr and "show %d" % id1 in p.stderr, p.stdout + p.stderr)
    check("the imported file is left where it was", os.path.exists(first) and os.path.exists(second))
    flacs = [os.path.join(d, f) for d, _, fs in os.walk(env["XDG_DATA_HOME"]) for f in fs if f.endswith(".flac")]
    check("each recording is kept as FLAC in the library", len(flacs) == 2, str(flacs))

    p = run("attempts", "--json")
    rows = [json.loads(line) for line in p.stdout.splitlines() if line.strip()] if p.returncode == 0 else []
    check("attempts --json lists both, newest first", [r["id"] for r in rows] == [id2, id1], p.stdout + p.stderr)
    row1 = next((r for r in rows if r["id"] == id1), {})
    check("the first attempt's recipient, number and ten verdicts", row1.get("recipient") == recipient
          and row1.get("number", "").replace(" ", "").endswith("2279381") and len(row1.get("tips", {})) == 10,
          str(row1))
    p = run("attempts")
    check("attempts prints a line per attempt with its ten marks", p.returncode == 0
          and len(p.stdout.strip().splitlines()) == 2
          and all(re.search(r"[✓!✗·]{10}", line) for line in p.stdout.strip().splitlines()), p.stdout)

    p = run("note", str(id1), 'asked for "Thursday", left it, <b>bold</b>')
    check("note exits 0", p.returncode == 0, p.stderr)
    p = run("note", "9999", "x")
    check("a note on an attempt that is not there exits 1 and says so", p.returncode == 1
          and "no attempt 9999" in p.stderr, p.stderr)
    p = run("note", "abc", "x")
    check("a note on a word that is not an id exits 1", p.returncode == 1 and "not an attempt" in p.stderr, p.stderr)
    p = run("note", str(id1))
    check("note without text is a usage error (2)", p.returncode == 2, p.stderr)

    p = run("attempts", "--search", "thursday")
    check("search finds the note", p.returncode == 0 and len(p.stdout.strip().splitlines()) == 1
          and p.stdout.split()[0] == str(id1), p.stdout + p.stderr)
    p = run("attempts", "--search", "contract")
    check("search finds the words heard", p.returncode == 0 and p.stdout.split()[:1] == [str(id2)],
          p.stdout + p.stderr)
    p = run("attempts", "--search", "100%")
    check("search for text that is in none says so (exit 0)", p.returncode == 0 and p.stdout == ""
          and "No attempt matches" in p.stderr, p.stdout + p.stderr)

    p = run("show", str(id1))
    check("show prints the report with the note", p.returncode == 0 and "Note: asked for" in p.stdout
          and "Conclude" in p.stdout, p.stdout + p.stderr)
    p = run("show", "--json", str(id1))
    try:
        shown = json.loads(p.stdout)
    except ValueError:
        shown = {}
    check("show --json is the analysis", p.returncode == 0 and len(shown.get("tips", [])) == 10
          and shown.get("words"), p.stdout[:300] + p.stderr)
    p = run("show", "9999")
    check("show of an attempt that is not there exits 1", p.returncode == 1 and "9999" in p.stderr, p.stderr)
    p = run("show")
    check("show without an id is a usage error (2)", p.returncode == 2, p.stderr)

    # CSV: read back by Python's csv module, as a spreadsheet would
    table = os.path.join(tmp, "attempts.csv")
    p = run("export", "--csv", table)
    check("export --csv exits 0 and says how many", p.returncode == 0 and "2 attempts" in p.stderr, p.stderr)
    try:
        with open(table, newline="", encoding="utf-8") as f:
            data = list(csv.reader(f))
    except (OSError, csv.Error) as e:
        data = [[str(e)]]
    header = data[0] if data else []
    check("the CSV has a header and a row per attempt, every row as wide", len(data) == 3
          and len(set(map(len, data))) == 1, str(data)[:500])
    byid = {r[0]: dict(zip(header, r)) for r in data[1:]}
    r1 = byid.get(str(id1), {})
    check("the recipient and the note come back as they were written",
          recipient in r1.values() and 'asked for "Thursday", left it, <b>bold</b>' in r1.values(), str(r1))
    check("the CSV has a column per tip", all(t in header for t in ("plan", "name", "number_early", "engaged",
          "direct", "short", "no_demands", "rapport", "accessible", "closing_number")), str(header))
    p = run("export", "--csv", os.path.join(tmp, "one.csv"), "--search", "contract")
    with open(os.path.join(tmp, "one.csv"), newline="") as f:
        check("export --csv --search writes only what the search finds", p.returncode == 0
              and len(list(csv.reader(f))) == 2, p.stderr)

    # HTML: one file, the recording in it, nothing from the attempt runs as script
    page_path = os.path.join(tmp, "attempt.html")
    p = run("export", "--html", page_path, str(id1))
    check("export --html exits 0", p.returncode == 0 and os.path.exists(page_path), p.stderr)
    page = Page()
    with open(page_path, encoding="utf-8") as f:
        source = f.read()
    page.feed(source)
    text = "".join(page.text)
    check("the page's only script is its own (the recipient's tag is text)", page.scripts == 1
          and page.handlers == [] and "<script>alert(1)</script>" in text,
          "scripts %d handlers %s" % (page.scripts, page.handlers[:5]))
    check("the note is shown as text, not markup", "<b>bold</b>" in text, text[:2000])
    check("the recording is in the page (a data: URL) and the waveform is SVG",
          any(a.startswith("data:audio/") for a in page.audio) and page.svg >= 1, str(page.audio)[:100])
    check("the page needs nothing else (no http)", "http://" not in source.replace("http://www.w3.org", "")
          and "https://" not in source, "")

    # PDF: its text as a reader's copy-paste would give it, and a picture of page one
    pdf = os.path.join(tmp, "attempt.pdf")
    p = run("export", "--pdf", pdf, str(id1))
    check("export --pdf exits 0", p.returncode == 0 and os.path.exists(pdf), p.stderr)
    pt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True)
    check("the PDF holds the score, the ten tips and the note", pt.returncode == 0 and "Score" in pt.stdout
          and "Conclude with your phone number" in pt.stdout and "Keep it short" in pt.stdout
          and "Thursday" in pt.stdout, pt.stdout[:1500] + pt.stderr)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    check("the PDF is A4", re.search(r"Page size:\s+595(\.\d+)? x 842", info), info)
    if ART:
        os.makedirs(ART, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", pdf, os.path.join(ART, "report")])
        shutil.copy(page_path, ART)

    p = run("export", "--pdf", pdf)
    check("export --pdf without an id is a usage error (2)", p.returncode == 2, p.stderr)
    p = run("export", "--pdf", pdf, "9999")
    check("export of an attempt that is not there exits 1", p.returncode == 1 and "9999" in p.stderr, p.stderr)
    p = run("export", "--pdf", os.path.join(tmp, "no-such-dir", "x.pdf"), str(id1))
    check("export into a folder that is not there exits 1, names it and says what to do", p.returncode == 1
          and "no-such-dir" in p.stderr and "Choose a folder that exists" in p.stderr, p.stderr)
    p = run("export", "--html", os.path.join(tmp, "no-such-dir", "x.html"), str(id1))
    check("so does a page", p.returncode == 1 and "Choose a folder that exists" in p.stderr, p.stderr)
    p = run("export", "--csv", os.path.join(tmp, "no-such-dir", "x.csv"))
    check("and a table, without the name of a temporary file", p.returncode == 1
          and "Choose a folder that exists" in p.stderr and "x.csv." not in p.stderr, p.stderr)
    p = run("export", "--pdf", tmp, str(id1))
    check("export onto a folder exits 1 and asks for a file's name", p.returncode == 1
          and "it is a folder" in p.stderr, p.stderr)
    p = run("export", "--csv", "/dev/full")
    check("export onto a full disk (/dev/full) exits 1 and says so", p.returncode == 1
          and "the disk is full" in p.stderr, p.stderr)
    check("and /dev/full is still the device", os.path.exists("/dev/full")
          and not os.path.isfile("/dev/full"))
    p = run("export", "--csv", "/dev/stdout")
    check("export --csv /dev/stdout prints the table", p.returncode == 0 and p.stdout.startswith("id,date,"),
          p.stdout[:200] + p.stderr)
    link = os.path.join(tmp, "latest.csv")
    os.symlink("attempts-target.csv", link)
    p = run("export", "--csv", link)
    check("export through a symbolic link writes the file it points to and keeps the link", p.returncode == 0
          and os.path.islink(link) and os.path.isfile(os.path.join(tmp, "attempts-target.csv")), p.stderr)
    p = run("export", str(id1))
    check("export with no format is a usage error (2)", p.returncode == 2 and "--csv" in p.stderr, p.stderr)

    # delete: gone from the list, its recording too
    p = run("delete", str(id2))
    check("delete exits 0 and says so", p.returncode == 0 and "Deleted 1 attempt" in p.stderr, p.stderr)
    p = run("attempts", "--json")
    check("the attempt deleted is no longer listed", [json.loads(l)["id"] for l in p.stdout.splitlines()] == [id1],
          p.stdout)
    flacs = [f for d, _, fs in os.walk(env["XDG_DATA_HOME"]) for f in fs if f.endswith(".flac")]
    check("its recording is removed", len(flacs) == 1, str(flacs))
    p = run("delete", str(id2))
    check("deleting it again exits 1 and says it is not there", p.returncode == 1 and str(id2) in p.stderr, p.stderr)
    p = run("import", second)
    lines = p.stdout.strip().splitlines()
    check("a recording whose attempt was deleted can be imported again", p.returncode == 0 and len(lines) == 1
          and lines[0].split()[0].isdigit() and int(lines[0].split()[0]) not in (id1, id2), p.stdout + p.stderr)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in str(detail).splitlines()[:30]:
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
