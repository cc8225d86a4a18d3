#!/usr/bin/env python3
"""One analysis through the command line under valgrind (TAP): no memory definitely lost and
no invalid access, with a plan (the phrase model, words added by flite) and a number (decoded
again with grammars). Each leaked before: the language models of a recognizer, the phrase
model, the grammar of each number decoded again.

  test-valgrind.py VALGRIND VOICEMAIL-COACH
"""
import json, os, re, subprocess, sys, tempfile

valgrind, exe = sys.argv[1:3]
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


with tempfile.TemporaryDirectory() as tmp:
    raw, wav = os.path.join(tmp, "raw.wav"), os.path.join(tmp, "message.wav")
    subprocess.run(["flite", "-voice", "kal16", "-t", "hi this is dana kowalczyk with northwind, "
                    "call me at five five five two one two three four five six", "-o", raw], check=True)
    subprocess.run(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", wav, "pad", "0.3", "0.3"], check=True)
    plan = os.path.join(tmp, "plan.json")
    with open(plan, "w") as f:
        json.dump({"caller_name": "Dana Kowalczyk", "company": "Northwind", "callback_number": "555 212 3456"}, f)
    log = os.path.join(tmp, "valgrind.log")
    p = subprocess.run([valgrind, "--leak-check=full", "--errors-for-leak-kinds=definite",
                        "--error-exitcode=3", "--num-callers=30", "--log-file=" + log,
                        exe, "analyze", "--json", "--plan", plan, wav],
                       capture_output=True, text=True, timeout=850)
    text = open(log).read()
    check("the analysis under valgrind succeeds", p.returncode == 0, p.stderr[-2000:] + text[-3000:])
    try:
        out = json.loads(p.stdout)
    except ValueError:
        out = {}
    check("and finds the number", any(e.get("kind") == "number" for e in out.get("elements", [])), p.stdout[:500])
    lost = re.search(r"definitely lost: ([\d,]+) bytes", text)
    check("no memory definitely lost", lost is not None and lost.group(1) == "0", text[-4000:])
    errors = re.search(r"ERROR SUMMARY: (\d+) errors", text)
    check("no invalid read, write or free", errors is not None and errors.group(1) == "0", text[-4000:])

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        for line in str(detail).splitlines()[-40:]:
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
