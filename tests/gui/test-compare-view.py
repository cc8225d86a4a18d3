#!/usr/bin/env python3
"""Two attempts compared, on their own, under Xvfb (TAP) (tests/gui/compare-view-fixture.c):
an earlier attempt (tests/fixtures/attempt.json, 12 March) against a later one
(tests/fixtures/attempt-later.json, 20 March: 42 s long, the number at 2.1 digits a second,
152 words a minute, a pitch range of 3.4 semitones, score 71; "Be engaged" passed, "Keep it
short" only a warning, the closing number missed, rapport not judged).

- each tip's row and each measure's row say both sides and whether the later did better,
  worse or the same, in the row read aloud and in the words shown;
- the earlier attempt is on the left, headed by its date and recipient, whichever order the
  two were handed over in (handed over the other way, better and worse would swap);
- each side plays its own recording, and starting one stops the other;
- a side without its recording shows its result without playback.

  test-compare-view.py FIXTURE-PROGRAM EARLIER.json LATER.json ARTIFACTS
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vmc_atspi  # noqa: E402
from vmc_atspi import click, enabled, find_app, screenshot, text_of, wait_for, walk  # noqa: E402

EXE, EARLIER, LATER, ARTIFACTS = sys.argv[1:5]
os.makedirs(ARTIFACTS, exist_ok=True)
vmc_atspi.artifacts = ARTIFACTS
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


TIPS = ["Plan each call", "Clearly state your name", "Give your number early", "Be engaged", "Be direct",
        "Keep it short", "Don’t make demands", "Build rapport", "Be easily accessible",
        "Conclude with your phone number"]
WORD = {"pass": "Pass", "warn": "Could be better", "fail": "Fix this", "skip": "Not judged"}
RANK = {"fail": 0, "warn": 1, "pass": 2}


def expected_tips():
    """Each tip: both verdicts and the change, worked out here from the two files"""
    a = {t["id"]: t["verdict"] for t in json.load(open(EARLIER))["tips"]}
    b = {t["id"]: t["verdict"] for t in json.load(open(LATER))["tips"]}
    keys = ["plan", "name", "number_early", "engaged", "direct", "short", "no_demands", "rapport",
            "accessible", "closing_number"]
    out = {}
    for title, k in zip(TIPS, keys):
        if a[k] == "skip" or b[k] == "skip":
            change = "Not compared"
        else:
            change = "Same" if a[k] == b[k] else "Better" if RANK[b[k]] > RANK[a[k]] else "Worse"
        out[title] = (WORD[a[k]], WORD[b[k]], change)
    return out


# what the later attempt did, measure by measure (see the docstring): worked out by hand
MEASURES = {
    "Length": ("20 s", "42 s", "Worse"),                          # 20.2 s in the band; 41.5 s past it
    "Number, digits a second": ("3.5", "2.1", "Better"),          # nearer two a second
    "Words a minute": ("200", "152", "Better"),                   # nearer 150
    "Pitch range": ("1.7 semitones", "3.4 semitones", "Better"),  # more, under six
    "Score": ("96", "71", "Worse"),
}


class Fixture:
    def __init__(self, args):
        env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory")
        # once more if it could not reach the X server at first (as vmc_atspi.launch())
        for attempt in range(3):
            self.err = []
            self.proc = subprocess.Popen([EXE] + args, env=env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE, text=True)
            threading.Thread(target=self._read, daemon=True).start()
            time.sleep(1.0)
            if self.proc.poll() is None:
                break
            time.sleep(2.0)

    def _read(self):
        for line in self.proc.stderr:
            self.err.append(line.rstrip("\n"))

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        time.sleep(0.3)
        return [line for line in self.err if "CRITICAL" in line or "WARNING" in line]


def all_rows(app):
    """The table's rows, in order: title, name read aloud, and the texts shown in them"""
    out = []
    for n in walk(app):
        name = n.name or ""
        title = name.split(": earlier ")[0]
        if ": earlier " in name and (title in TIPS or title in MEASURES):
            out.append((title, name, [text_of(l) for l in walk(n) if l.getRoleName() == "label"]))
    return out


def rows(app):
    return {title: (name, texts) for title, name, texts in all_rows(app)}


def x_of(node):
    # in the window: GTK 4.8 gives AT-SPI no screen coordinates
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).x


def label(app, text):
    return next((n for n in walk(app) if n.getRoleName() == "label" and text_of(n) == text), None)


def view(app, which):
    return next((n for n in walk(app) if n.name == "The %s attempt" % which), None)


def play_button(node):
    """The Play button in a result view (named "Play", with "Pause" as its label while playing)"""
    return next((n for n in walk(node) if n.getRoleName() in ("push button", "button")
                 and "Play" in (n.name or "").split()), None) if node else None


def playing(node):
    b = play_button(node)
    return b is not None and "Pause" in (b.name or "")


def scroll_down(app, times):
    win = next((n for n in walk(app) if n.getRoleName() in ("frame", "window")), None)
    if win is None:
        return
    w = win.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    for _ in range(times):
        pyatspi.Registry.generateMouseEvent(w.width // 2, w.height // 2, "b5c")
        time.sleep(0.1)


def check_table(app, label_prefix):
    want = expected_tips()
    listed = wait_for(lambda: (lambda r: r if len(r) >= 15 else None)(all_rows(app)), 30) or all_rows(app)
    check(label_prefix + "ten tips and five measures in the table, each once (those shown before replaced)",
          [r[0] for r in listed] == TIPS + list(MEASURES), [r[0] for r in listed])
    got = rows(app)
    said = {t: got.get(t, ("", []))[0] for t in TIPS}
    check(label_prefix + "each tip's row reads out both verdicts and the change",
          all(said[t] == "%s: earlier %s, later %s: %s" % ((t,) + want[t]) for t in TIPS),
          [(said[t], want[t]) for t in TIPS if said[t] != "%s: earlier %s, later %s: %s" % ((t,) + want[t])])
    shown = {t: got.get(t, ("", []))[1] for t in TIPS}
    check(label_prefix + "and shows them in words",
          all(shown[t] == [t, want[t][0], want[t][1], want[t][2]] for t in TIPS),
          [(t, shown[t], want[t]) for t in TIPS if shown[t] != [t, want[t][0], want[t][1], want[t][2]]])
    changes = [want[t][2] for t in TIPS]
    check(label_prefix + "the fixture has a tip better, tips worse, the same and not compared",
          {"Better", "Worse", "Same", "Not compared"} <= set(changes), changes)
    measured = {m: got.get(m, ("", []))[1] for m in MEASURES}
    check(label_prefix + "each measure: both values and whether the later is better or worse",
          all(measured[m] == [m, v[0], v[1], v[2]] for m, v in MEASURES.items()),
          [(m, measured[m], v) for m, v in MEASURES.items() if measured[m] != [m, v[0], v[1], v[2]]])
    check(label_prefix + "and reads it out", all(got.get(m, ("",))[0] == "%s: earlier %s, later %s: %s" % ((m,) + v)
                                                 for m, v in MEASURES.items()),
          [got.get(m, ("",))[0] for m in MEASURES])
    early, late = label(app, "12 Mar 2024, 14:05"), label(app, "20 Mar 2024, 09:30")
    check(label_prefix + "the earlier attempt's column is on the left, headed by its date and recipient",
          early is not None and late is not None and x_of(early) < x_of(late)
          and label(app, "To Karen O'Neil") is not None and x_of(label(app, "To Karen O'Neil")) == x_of(early)
          and label(app, "To Janet Hill") is not None and x_of(label(app, "To Janet Hill")) == x_of(late),
          (early and x_of(early), late and x_of(late)))
    older, newer = view(app, "earlier"), view(app, "later")
    check(label_prefix + "both attempts in full below, the earlier on the left",
          older is not None and newer is not None and x_of(older) < x_of(newer))
    return older, newer


with tempfile.TemporaryDirectory() as tmp:
    wav_a, wav_b = os.path.join(tmp, "earlier.wav"), os.path.join(tmp, "later.wav")
    for wav, seconds, freq in ((wav_a, 20.2, 440), (wav_b, 41.5, 330)):
        subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", wav, "synth", str(seconds), "sine",
                        str(freq), "vol", "0.3"], check=True)

    # 1. handed over in order, both recordings
    fx = Fixture([EARLIER, wav_a, LATER, wav_b])
    try:
        app = find_app("compare-view-fixture")
        check("the fixture shows up on the accessibility bus", app is not None)
        older, newer = check_table(app, "")
        time.sleep(0.5)
        screenshot("compare-view.png")
        check("each side can play its own recording", enabled(play_button(older)) and enabled(play_button(newer)))
        click(play_button(older))
        check("the earlier one plays", wait_for(lambda: playing(older), 10), play_button(older).name)
        check("the later one does not", not playing(newer))
        click(play_button(newer))
        check("starting the later one plays it", wait_for(lambda: playing(newer), 10))
        check("and stops the earlier one", wait_for(lambda: not playing(older), 5), play_button(older).name)
        click(play_button(older))
        check("and back: the earlier one plays, the later stops",
              wait_for(lambda: playing(older) and not playing(newer), 10))
        scroll_down(app, 12)
        time.sleep(0.5)
        screenshot("compare-view-results.png")
        click(play_button(older))   # pause
    finally:
        noise = fx.stop()
    check("no criticals or warnings", not noise, noise[:5])

    # 2. handed over the other way, the later one without its recording
    fx = Fixture([EARLIER, wav_a, LATER, "-", "--later-first"])
    try:
        app = find_app("compare-view-fixture")
        older, newer = check_table(app, "handed over later first: ")
        time.sleep(0.5)
        screenshot("compare-view-later-first.png")
        check("the side without its recording shows its result without playback",
              play_button(newer) is not None and not enabled(play_button(newer))
              and label(newer, "71") is not None, play_button(newer) and play_button(newer).name)
        check("the other still plays", enabled(play_button(older)))
    finally:
        noise = fx.stop()
    check("no criticals or warnings, handed over later first", not noise, noise[:5])

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        print("# " + str(detail)[:800].replace("\n", "\n# "))
passed = sum(1 for _, ok, _ in results if ok)
print("# %d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)
