#!/usr/bin/env python3
"""Tuning aid: the detectors and tips again on words recognized before, then the figures.

  rescore.py MESSAGES.json WAVDIR WORDS_DIR [--build BUILD] [--misses] [--only ID,ID]

WORDS_DIR holds an earlier run's analyses (bench-phrasings.py keeps them in WORK/<set>-out);
vmc-reanalyze runs the analysis on their words (no decoding: seconds, not minutes) and the
set's scorer prints the figures (and, for a set that may be tuned on, --misses).
"""
import argparse, concurrent.futures as cf, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

ap = argparse.ArgumentParser()
ap.add_argument("messages")
ap.add_argument("wavdir")
ap.add_argument("words")
ap.add_argument("--build", default=os.path.join(ROOT, "_build"))
ap.add_argument("--misses", action="store_true")
ap.add_argument("--only")
ap.add_argument("--out", help="keep the new analyses here")
a = ap.parse_args()

data = json.load(open(a.messages))
msgs = data["messages"]
if a.only:
    msgs = [m for m in msgs if m["id"] in set(a.only.split(","))]
tool = os.path.join(a.build, "tests", "vmc-reanalyze")
out = a.out or tempfile.mkdtemp(prefix="vmc-rescore-")
os.makedirs(out, exist_ok=True)


def one(m):
    args = [tool, a.words]
    plan = os.path.join(a.wavdir, m["id"] + ".plan.json")
    if m.get("plan") and os.path.exists(plan):
        args += ["--plan", plan]
    p = subprocess.run(args + [os.path.join(a.wavdir, m["id"] + ".wav")], capture_output=True, text=True)
    with open(os.path.join(out, m["id"] + ".json"), "w") as f:
        f.write(p.stdout if p.returncode == 0 else json.dumps({"error": p.stderr[-300:]}))


with cf.ThreadPoolExecutor(2) as ex:
    list(ex.map(one, msgs))
args = [sys.executable, os.path.join(ROOT, "tests", "phrasings", "score.py"), a.messages, a.wavdir, "--reuse", out]
if a.only:
    args += ["--only", a.only]
if not a.misses:
    args.append("--figures-only")
subprocess.run(args)
