#!/usr/bin/env python3
"""Scores the recognizer on ../shared (the rendered corpus and real-voice numbers) and fails
when a figure is worse than the one recorded in tests/corpus-figures.json (TAP).

  corpus-ratchet.py BUILD_DIR SHARED_DIR FIGURES.json WORK_DIR

The recorded figures only ever move one way: when a change improves them, raise them in
corpus-figures.json in the same commit.
"""
import json, os, subprocess, sys

build, shared, figures_path, work = sys.argv[1:5]
here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, "benchmark", "bench-transcribe.py")
p = subprocess.run([sys.executable, bench, "--build", build, "--shared", shared, "--work", work,
                    "--skip-baseline", "--json"], capture_output=True, text=True)
if p.returncode != 0:
    print("1..1\nnot ok 1 - benchmark ran\n# " + "\n# ".join((p.stderr or p.stdout).splitlines()[-20:]))
    sys.exit(1)
got = json.loads(p.stdout)
want = json.load(open(figures_path))
lower_is_better = {"wer"}
checks = []
for setname, figs in want.items():
    for key, recorded in figs.items():
        value = got.get(setname, {}).get("ours", {}).get(key)
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
