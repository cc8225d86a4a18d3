#!/usr/bin/env python3
"""Scores the recognizer and the analyzer on ../shared (the rendered corpus and real-voice
numbers) and fails when a figure is worse than the one recorded in tests/corpus-figures.json
(TAP).

  corpus-ratchet.py BUILD_DIR SHARED_DIR FIGURES.json WORK_DIR

Transcription figures come from tests/benchmark/bench-transcribe.py; analysis figures from
../shared/corpus/score.py running `voicemail-coach analyze --json` (with each message's plan).
The recorded figures only ever move one way: when a change improves them, raise them in
corpus-figures.json in the same commit.
"""
import json, os, subprocess, sys

build, shared, figures_path, work = sys.argv[1:5]
here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, "benchmark", "bench-transcribe.py")
exe = os.path.join(build, "app", "voicemail-coach")
score = os.path.join(shared, "corpus", "score.py")


def fail(what, p):
    print("1..1\nnot ok 1 - %s\n# " % what + "\n# ".join((p.stderr or p.stdout).splitlines()[-20:]))
    sys.exit(1)


got = {}
p = subprocess.run([sys.executable, bench, "--build", build, "--shared", shared, "--work", work,
                    "--skip-baseline", "--json"], capture_output=True, text=True)
if p.returncode != 0:
    fail("benchmark ran", p)
for setname, figs in json.loads(p.stdout).items():
    got[setname] = figs.get("ours", {})

# the analyzer, on the files the benchmark rendered
for setname, sub in (("analysis", "corpus"), ("realnum_analysis", "realnum")):
    wavdir = os.path.join(work, sub)
    messages = (os.path.join(shared, "corpus", "messages.json") if sub == "corpus"
                else os.path.join(wavdir, "messages.json"))
    p = subprocess.run([sys.executable, score, messages, wavdir, "--json", "--",
                        exe, "analyze", "--json"], capture_output=True, text=True)
    if p.returncode != 0:
        fail("score.py ran on " + sub, p)
    got[setname] = json.loads(p.stdout)
    print("# %s: %s" % (setname, json.dumps(got[setname], sort_keys=True)))

want = json.load(open(figures_path))
lower_is_better = {"wer", "realtime_factor", "errors"}
checks = []
for setname, figs in want.items():
    for key, recorded in figs.items():
        value = got.get(setname, {}).get(key)
        if value is None:
            checks.append((False, "%s %s measured" % (setname, key)))
            continue
        ok = value <= recorded + 1e-9 if key in lower_is_better else value >= recorded - 1e-9
        checks.append((ok, "%s %s %.4f (recorded %.4f, %s is better)" %
                       (setname, key, value, recorded, "lower" if key in lower_is_better else "higher")))
print("1..%d" % len(checks))
for i, (ok, text) in enumerate(checks, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, text))
sys.exit(0 if all(ok for ok, _ in checks) else 1)
