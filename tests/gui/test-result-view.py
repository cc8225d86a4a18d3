#!/usr/bin/env python3
"""The result view on its own, shown from a saved analysis (tests/fixtures/attempt.json) with
no recording and no analysis done, under Xvfb (TAP): the highlighted spans, the ten tips with
their verdicts and evidence, the score and the metrics read through AT-SPI; Play plays its
recording; and two result views stand side by side in one window, each showing its own.

  test-result-view.py FIXTURE-PROGRAM ATTEMPT.json ARTIFACTS
"""
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vmc_atspi  # noqa: E402
from vmc_atspi import button, click, enabled, find_app, launch, screenshot, text_of, wait_for, walk  # noqa: E402

EXE, FIXTURE, ARTIFACTS = sys.argv[1:4]
os.makedirs(ARTIFACTS, exist_ok=True)
vmc_atspi.artifacts = ARTIFACTS
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def descriptions(root):
    out = []
    for n in walk(root):
        try:
            d = n.description or ""
        except Exception:
            d = ""
        if "[name:" in d or "[number:" in d:
            out.append(d)
    return out


def tip_rows(root):
    return [n.name for n in walk(root) if (n.name or "").split(":")[0] in
            ("Pass", "Could be better", "Fix this", "Not judged") and ". " in (n.name or "")]


def scores(root):
    labels = [text_of(n) for n in walk(root) if n.getRoleName() == "label"]
    return [labels[i - 1] for i, t in enumerate(labels) if t == "/ 100" and i > 0]


saved = json.load(open(FIXTURE))
with tempfile.TemporaryDirectory() as tmp:
    # a recording as long as the saved one: the view plays whatever it is given
    wav = os.path.join(tmp, "attempt.wav")
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", wav, "synth",
                    str(saved["duration"]), "sine", "440", "vol", "0.3"], check=True)
    # a second attempt: the same one judged worse (another score, a tip failed)
    worse = dict(saved, score=41)
    worse["tips"] = [dict(t, verdict="fail", message="You did not repeat your number.")
                     if t["id"] == "closing_number" else t for t in saved["tips"]]
    # and with a pause of two seconds before its ask: the transcript starts a paragraph there
    ask = next(e for e in saved["elements"] if e["kind"] == "ask")
    worse["words"] = [dict(w, start=w["start"] + 2.0, end=w["end"] + 2.0) if i >= ask["first_word"] else w
                      for i, w in enumerate(saved["words"])]
    worse["elements"] = [dict(e, start=e["start"] + 2.0, end=e["end"] + 2.0) if e["first_word"] >= ask["first_word"]
                         else e for e in saved["elements"]]
    worse["duration"] = saved["duration"] + 2.0
    second = os.path.join(tmp, "second.json")
    json.dump(worse, open(second, "w"))
    env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory")

    # 1. one view, with its recording
    proc = launch(EXE, [FIXTURE, wav], env)
    try:
        app = find_app("result-view-fixture")
        check("the fixture shows up on the accessibility bus", app is not None)
        rows = wait_for(lambda: (lambda r: r if len(r) == 10 else None)(tip_rows(app)), 30) or []
        screenshot("result-view.png")
        check("ten tips with their verdicts", len(rows) == 10, rows)
        check("each tip reads as saved", all(any(t["message"] in r for r in rows) for t in saved["tips"]),
              rows)
        check("the rapport tip passes with its evidence",
              any(r.startswith("Pass: Build rapport") and "janet" in r for r in rows), rows)
        spans = (descriptions(app) or [""])[0]
        check("the spans are highlighted as saved", "[name: sam lee]" in spans
              and "[number: four one five two two seven nine three eight one]" in spans
              and "[ask: could you call me back]" in spans and "[closing_number:" in spans, spans)
        check("the score is the saved one", scores(app) == [str(saved["score"])], scores(app))
        labels = [text_of(n) for n in walk(app) if n.getRoleName() == "label"]
        check("the metrics are shown", any("words a minute" in t and "digits a second" in t for t in labels), labels)
        play = button(app, "Play")
        check("Play can be pressed: there is a recording", enabled(play))
        click(play)
        check("and it plays (the button turns into Pause)", wait_for(lambda: button(app, "Pause"), 10) is not None)
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # 2. two views side by side; the second without its recording
    proc = launch(EXE, [FIXTURE, wav, second, "-"], env)
    try:
        app = find_app("result-view-fixture")
        rows = wait_for(lambda: (lambda r: r if len(r) == 20 else None)(tip_rows(app)), 30) or []
        time.sleep(0.5)
        screenshot("result-view-two.png")
        check("two result views in one window: twenty tips", len(rows) == 20, len(rows))
        check("each with its own score", sorted(scores(app)) == sorted([str(saved["score"]), "41"]), scores(app))
        check("each with its own verdicts", any(r.startswith("Fix this: Conclude") for r in rows)
              and any(r.startswith("Pass: Conclude") for r in rows), rows)
        texts = [text_of(n) for n in walk(app) if n.getRoleName() == "text" and "sam lee" in text_of(n)]
        check("a long pause starts a paragraph in the transcript, and only there",
              len(texts) == 2 and sorted(t.count("\n") for t in texts) == [0, 1]
              and any("\n" + saved["words"][ask["first_word"]]["word"] in t for t in texts), texts)
        plays = [n for n in walk(app) if n.getRoleName() in ("push button", "button") and (n.name or "").endswith("Play")]
        check("Play only where there is a recording", len(plays) == 2 and sum(1 for b in plays if enabled(b)) == 1,
              [(b.name, enabled(b)) for b in plays])
    finally:
        proc.terminate()
        proc.wait(timeout=10)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        print("# " + str(detail)[:800].replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
