#!/usr/bin/env python3
"""The analyzer on three sets side by side: ../shared/corpus (template phrasings), the tuned
set and the held-out set of tests/phrasings/ (other phrasings, other voices).

  bench-phrasings.py [--build BUILD] [--shared SHARED] [--work DIR] [--jobs N]
                     [--sets shared,tune,heldout] [--sample N] [--tune-first N] [--json]

Renders what is missing into --work (SOX_OPTS=-R: the noise is the same at every render),
runs `voicemail-coach analyze --json` with each message's plan on every message, keeps each
analysis in WORK/<set>-out/, and prints every figure for each set: word error rate, digits,
F1 of each element kind, agreement of the tip verdicts and the seconds of analysis per second
of audio. The held-out set's misses are never printed (it is not tuned on); the tuned set's
are, with --misses. --sample N takes only every Nth message of the project's sets (the
suite's ratchet scores every second one, to keep CI short; the benchmark scores all).
--tune-first N scores only the tuned set's first N messages (the rounds a ratchet's floors
were recorded on: a later round joins the ratchet when its figures are recorded).
"""
import argparse, json, os, subprocess, sys

from vmc_bench_table import print_table

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
PHRASINGS = os.path.join(ROOT, "tests", "phrasings")

ROWS = ["messages", "audio_seconds", "wer", "digits_exact", "digit_accuracy", "f1_name", "f1_number",
        "f1_closing_number", "f1_ask", "f1_reason", "f1_rapport", "f1_demand", "f1_alternate_contact",
        "f1_time_window", "tip_agreement", "tip_name", "tip_number_early", "tip_engaged", "tip_direct",
        "tip_short", "tip_no_demands", "tip_rapport", "tip_accessible", "tip_closing_number",
        "realtime_factor", "errors"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "_build"))
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--work", default="/tmp/vmc-phrasings")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sets", default="shared,tune,heldout")
    ap.add_argument("--misses", action="store_true", help="print the tuned set's misses")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--tune-first", type=int, default=0,
                    help="of the tuned set, only the first N messages (the ratchet: the rounds its floors hold for)")
    ap.add_argument("--sample", type=int, default=1,
                    help="of the project's own sets, only every Nth message (the suite's ratchet: 2)")
    a = ap.parse_args()

    exe = os.path.join(a.build, "app", "voicemail-coach")
    env = dict(os.environ, SOX_OPTS="-R")
    report = {}
    for name in a.sets.split(","):
        wavdir = os.path.join(a.work, name)
        out = os.path.join(a.work, name + "-out")
        if name == "shared":
            messages = os.path.join(a.shared, "corpus", "messages.json")
            if not os.path.exists(messages):
                print("# ../shared/corpus is not there: its column is left out", file=sys.stderr)
                continue
            renderer = os.path.join(a.shared, "corpus", "render.py")
            scorer = os.path.join(a.shared, "corpus", "score.py")
        else:
            messages = os.path.join(PHRASINGS, name + ".json")
            renderer = os.path.join(PHRASINGS, "render.py")
            scorer = os.path.join(PHRASINGS, "score.py")
        ids = []
        if name != "shared" and (a.sample > 1 or (name == "tune" and a.tune_first > 0)):
            ids = [m["id"] for m in json.load(open(messages))["messages"]]
            if name == "tune" and a.tune_first > 0:
                ids = ids[:a.tune_first]
            ids = ids[::a.sample]
        subprocess.run([sys.executable, renderer, messages, wavdir] + ids, check=True, env=env)
        args = [sys.executable, scorer, messages, wavdir, "--jobs", str(a.jobs), "--out", out]
        if ids:
            args += ["--only", ",".join(ids)]
        if not (a.misses and name == "tune"):
            args.append("--json")
        p = subprocess.run(args + ["--", exe, "analyze", "--json"], capture_output=True, text=True, check=True)
        if a.misses and name == "tune":
            lines = p.stdout.splitlines()
            print("\n".join(l for l in lines if l.startswith("  ")), file=sys.stderr)
            figs = {}
            for l in lines:
                if not l.startswith("  "):
                    k, v = l.split(None, 1)
                    figs[k] = None if v == "None" else float(v)
            report[name] = figs
        else:
            report[name] = json.loads(p.stdout)

    if a.json:
        print(json.dumps(report, indent=1))
        return
    print_table(report, ROWS)


if __name__ == "__main__":
    main()
