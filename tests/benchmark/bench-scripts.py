#!/usr/bin/env python3
"""The detectors and tips alone: each message's own script as the words heard (no recognizer),
so that what the parts detectors miss can be told from what the recognizer misheard.

  bench-scripts.py [--build BUILD] [--work DIR] [--sets tune,heldout]

Each word of the script becomes a recognized word 0.3 s long (confidence 0.95, 0.03 s
apart), the message's rendered audio gives the pitch (render it first with bench-phrasings.py
into the same --work), and tests/benchmark/vmc-reanalyze runs the analysis with the message's
plan. Prints the figures of tests/phrasings/score.py for each set (the held-out set's misses
are never printed).
"""
import argparse, concurrent.futures as cf, json, os, subprocess, sys

from vmc_bench_table import print_table

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
PHRASINGS = os.path.join(ROOT, "tests", "phrasings")

ROWS = ["f1_name", "f1_number", "f1_closing_number", "f1_ask", "f1_reason", "f1_rapport", "f1_demand",
        "f1_alternate_contact", "f1_time_window", "f1_thanks", "tip_agreement", "tip_name",
        "tip_number_early", "tip_direct", "tip_no_demands", "tip_rapport", "tip_accessible",
        "tip_closing_number", "errors"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "_build"))
    ap.add_argument("--work", default="/tmp/vmc-phrasings")
    ap.add_argument("--sets", default="tune,heldout")
    a = ap.parse_args()
    tool = os.path.join(a.build, "tests", "vmc-reanalyze")
    report = {}
    for name in a.sets.split(","):
        messages = os.path.join(PHRASINGS, name + ".json")
        wavdir = os.path.join(a.work, name)
        words_dir = os.path.join(a.work, name + "-script-words")
        out = os.path.join(a.work, name + "-script-out")
        os.makedirs(words_dir, exist_ok=True)
        os.makedirs(out, exist_ok=True)
        msgs = json.load(open(messages))["messages"]

        def one(m):
            words, t = [], 0.5
            for w in m["words"]:
                words.append({"word": w, "start": round(t, 2), "end": round(t + 0.3, 2), "confidence": 0.95})
                t += 0.33
            with open(os.path.join(words_dir, m["id"] + ".json"), "w") as f:
                json.dump({"words": words}, f)
            args = [tool, words_dir]
            plan = os.path.join(wavdir, m["id"] + ".plan.json")
            if os.path.exists(plan):
                args += ["--plan", plan]
            p = subprocess.run(args + [os.path.join(wavdir, m["id"] + ".wav")], capture_output=True,
                               text=True, check=True)
            with open(os.path.join(out, m["id"] + ".json"), "w") as f:
                f.write(p.stdout)

        with cf.ThreadPoolExecutor(2) as ex:
            list(ex.map(one, msgs))
        p = subprocess.run([sys.executable, os.path.join(PHRASINGS, "score.py"), messages, wavdir,
                            "--reuse", out, "--figures-only", "--json"], capture_output=True, text=True,
                           check=True)
        report[name] = json.loads(p.stdout)
    print_table(report, ROWS, "script as heard")


if __name__ == "__main__":
    main()
