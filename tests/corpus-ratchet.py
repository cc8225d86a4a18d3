#!/usr/bin/env python3
"""Scores the recognizer and the analyzer on ../shared (the rendered corpus, real-voice
numbers, the real phone prompts of realspeech/allison) and on the real read speech of Debian's
pocketsphinx-testdata, and fails when a figure is worse than the one recorded in tests/corpus-figures.json
(TAP).

  corpus-ratchet.py BUILD_DIR SHARED_DIR FIGURES.json WORK_DIR

Transcription figures come from tests/benchmark/bench-transcribe.py and (real speech)
tests/benchmark/bench-realspeech.py; analysis figures from
../shared/corpus/score.py running `voicemail-coach analyze --json` (with each message's plan).
The recorded figures only ever move one way: when a change improves them, raise them in
corpus-figures.json in the same commit.
"""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vmc_ratchet  # noqa: E402

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

# real human voices: phone prompts at 8 kHz, and read sentences at 16 kHz
p = subprocess.run([sys.executable, os.path.join(here, "benchmark", "bench-realspeech.py"), "--build", build,
                    "--shared", shared, "--work", work, "--sets", "allison,testdata", "--json"],
                   capture_output=True, text=True)
if p.returncode != 0:
    fail("real speech benchmark ran", p)
for setname, figs in json.loads(p.stdout).items():
    got[setname] = figs
    print("# %s: %s" % (setname, json.dumps(figs, sort_keys=True)))

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

sys.exit(0 if vmc_ratchet.check(got, json.load(open(figures_path))) else 1)
