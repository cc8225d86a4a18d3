#!/usr/bin/env python3
"""The practice window as a rep uses it, under Xvfb with a PulseAudio null sink as the
microphone (run through run-with-pulse.sh and run-gui-test.sh) (TAP).

Presses Record through AT-SPI (as a person would) and through the app's D-Bus action, plays a
flite-spoken message into the fake microphone, stops, waits for the `result` state, and reads
what the window shows through AT-SPI: the highlighted spans, the tip verdicts, the score.
Plays the message back. Opens a file, and a file that is not audio. Then the no-microphone
screen, and the window at 800x600. Screenshots are kept as artifacts.
"""
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vmc_sound import speak, wait_listening  # noqa: E402
import vmc_atspi  # noqa: E402
from vmc_atspi import button, click, enabled, find_app, launch, screenshot, text_of, wait_for, walk  # noqa: E402

EXE, ARTIFACTS = sys.argv[1], sys.argv[2]
APP_ID = "io.github.vmcoach.VoicemailCoach"
os.makedirs(ARTIFACTS, exist_ok=True)
vmc_atspi.artifacts = ARTIFACTS
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def kept(data_home):
    """The attempts the library holds: (audio, analysis), oldest first (read as another
    program would, while the app has the database open: WAL lets it)"""
    db = os.path.join(data_home, "voicemail-coach", "library.db")
    if not os.path.exists(db):
        return []
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=10)
    try:
        return [(audio, json.loads(analysis)) for audio, analysis in
                con.execute("SELECT audio, analysis FROM attempts JOIN analyses ON analyses.attempt = attempts.id "
                             "WHERE trashed = 0 ORDER BY id")]
    finally:
        con.close()


def describe(name):
    return subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                           "/" + APP_ID.replace(".", "/"), "--method", "org.gtk.Actions.Describe", name],
                          capture_output=True, text=True).stdout


def position():
    """Where the result's playback is, seconds (the app's position action; -1 when stopped)"""
    m = re.search(r"\[<(-?[\d.]+)>\]", describe("position"))
    return float(m.group(1)) if m else None


def state():
    out = describe("state")
    for s in ("idle", "recording", "analyzing", "result", "playing"):
        if "'%s'" % s in out:
            return s
    return out.strip()


def action(name, *args):
    subprocess.run(["gapplication", "action", APP_ID, name] + list(args), check=True)


def wait_state(want, timeout):
    return wait_for(lambda: state() == want, timeout)


def play_into_microphone(path):
    wait_listening()
    subprocess.run(["paplay", "--latency-msec=20", path], check=True)


def description(node):
    try:
        return node.description or ""
    except Exception:
        return ""


def transcript_spans(app):
    for n in walk(app):
        d = description(n)
        if "[name:" in d or "[number:" in d:
            return d
    return ""


def scroll_into_view(app, node):
    """Scrolls the window with the mouse wheel, as a person would, until @node is on screen"""
    win = next((n for n in walk(app) if n.getRoleName() in ("frame", "window")), None)
    if win is None:
        return False
    for _ in range(30):
        w = win.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        b = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        cy = b.y + b.height // 2
        if w.y + 60 < cy < w.y + w.height - 20:
            return True
        button = "b5c" if cy >= w.y + w.height - 20 else "b4c"
        pyatspi.Registry.generateMouseEvent(w.x + w.width * 2 // 3, w.y + w.height // 2, button)
        time.sleep(0.15)
    return False


def tip_rows(app):
    rows = []
    for n in walk(app):
        name = n.name or ""
        if name.split(":")[0] in ("Pass", "Could be better", "Fix this", "Not judged") and ". " in name:
            rows.append(name)
    return rows


MESSAGE = ("hi karen this is sam lee from acme software my number is four one five two two seven nine "
           "three eight one i am calling about your office move could you call me back "
           "again that is four one five two two seven nine three eight one thank you")
# another message with other words and another number, for opening a file
OTHER = ("good morning this is maria lopez with harbor insurance please call me back at "
         "six one seven three three eight two nine zero four about your renewal "
         "again six one seven three three eight two nine zero four thanks")

with tempfile.TemporaryDirectory() as tmp:
    msg = os.path.join(tmp, "message.wav")
    speak(msg, MESSAGE)
    other = os.path.join(tmp, "other.wav")
    speak(other, OTHER)
    notes = os.path.join(tmp, "notes.txt")
    open(notes, "w").write("not audio\n")
    env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory",
               XDG_DATA_HOME=os.path.join(tmp, "data"))

    proc = launch(EXE, [], env)
    try:
        app = find_app("voicemail-coach")
        check("the app shows up on the accessibility bus", app is not None)
        record = wait_for(lambda: (lambda b: b if enabled(b) else None)(button(app, "Record")), 60)
        check("a Record button, enabled once the speech model is loaded", record is not None)
        check("the state action starts at idle", state() == "idle", state())
        screenshot("practice-idle.png")

        # a plan field takes no more than a plan file may hold (a paste of pages is cut)
        name_field = next((n for n in walk(app) if n.getRoleName() in ("text", "entry")
                           and (n.name or "").startswith("Your name")), None)
        check("the plan's name field is there", name_field is not None)
        if name_field is not None:
            name_field.queryEditableText().setTextContents("a" * 300)
            got = wait_for(lambda: len(text_of(name_field)) or None, 5)
            check("and takes at most 100 characters", got == 100, got)
            name_field.queryEditableText().setTextContents("")
            wait_for(lambda: text_of(name_field) == "", 5)

        # 1. Record pressed as a person would (AT-SPI), stopped through the app's action
        click(record)
        check("pressing Record starts recording", wait_state("recording", 10), state())
        play_into_microphone(msg)
        wait_for(lambda: False, 1.0)
        screenshot("practice-recording.png")
        labels = [text_of(n) for n in walk(app) if n.getRoleName() == "label"]
        check("the partial transcript shows while speaking", any("karen" in t or "acme" in t for t in labels), labels)
        timer = next((t for t in labels if re.fullmatch(r"\d+:\d\d / 1:00", t)), "")
        check("the timer counts against the one-minute target", timer and not timer.startswith("0:00"), labels)
        action("stop")
        check("after Stop the result comes", wait_state("result", 60), state())
        time.sleep(0.5)
        screenshot("practice-result.png")
        spans = transcript_spans(app)
        check("the name is highlighted", "[name: sam" in spans, spans)
        check("the number is highlighted", "[number: four one five two two seven nine three eight one]" in spans, spans)
        check("the ask is highlighted", "[ask:" in spans and "call me back" in spans, spans)
        check("the closing number is highlighted",
              "[closing_number: four one five two two seven nine three eight one]" in spans, spans)
        rows = tip_rows(app)
        check("ten tips are listed with their verdicts", len(rows) == 10, rows)
        passed = [r for r in rows if r.startswith("Pass: ")]
        check("some tips pass", len(passed) > 0, rows)
        check("name, number and closing number pass",
              any("state your name" in r for r in passed) and any("number early" in r for r in passed)
              and any("Conclude with your phone number" in r for r in passed), rows)
        check("without a plan, planning is not judged", any(r.startswith("Not judged: Plan") for r in rows), rows)
        labels = [text_of(n) for n in walk(app) if n.getRoleName() == "label"]
        score = next((labels[i - 1] for i, t in enumerate(labels) if t == "/ 100" and i > 0), "")
        check("a score out of 100 is shown", score.isdigit() and 0 < int(score) <= 100, labels)
        metrics = next((t for t in labels if "words a minute" in t), "")
        check("the metrics are shown", "digits a second" in metrics and "pitch range" in metrics, metrics)
        data_home = os.path.join(tmp, "data")
        saved = wait_for(lambda: [a for a in kept(data_home) if a[0].endswith(".flac")], 20)
        check("the attempt is kept in the library: its analysis, its recording as FLAC",
              saved and len(saved) == 1 and saved[0][1]["words"]
              and os.path.exists(os.path.join(data_home, "voicemail-coach", saved[0][0])), kept(data_home))

        # playback, pressed as a person would
        click(button(app, "Play"))
        check("Play plays the message", wait_state("playing", 10), state())
        check("and it comes back to the result at the end", wait_state("result", 60), state())
        # a tip's evidence, scrolled to and clicked: plays from there
        row = next((n for n in walk(app) if (n.name or "").startswith("Pass: Give your number early")), None)
        check("the number tip is there to click", row is not None)
        if row is not None:
            scroll_into_view(app, row)
            box = row.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
        check("clicking a tip plays its evidence", wait_state("playing", 10), state())
        at = wait_for(lambda: (lambda p: p if p is not None and p > 0 else None)(position()), 5)
        # the number comes a few seconds in: playing from its evidence starts there, not at 0
        check("it plays from the tip's time", at is not None and 2.0 <= at <= 7.0, at)
        action("play")   # pauses
        check("the play action pauses", wait_state("result", 10), state())
        held = position()
        time.sleep(0.8)
        check("while paused the position holds", held is not None and held > 0 and position() == held,
              (held, position()))
        action("play")   # goes on
        check("the play action resumes", wait_state("playing", 10), state())
        seen = []
        moved = wait_for(lambda: (lambda p: seen.append(p) or (p if p is not None and held is not None
                                                               and p > held + 0.3 else None))(position()), 5, 0.1)
        check("and the position moves on from where it paused, never back before it",
              moved is not None and moved < held + 3.0 and min(x for x in seen if x is not None) >= held - 0.01,
              (held, seen))
        action("play")   # pauses again before the next attempt

        # a word of the transcript, clicked: plays from that word
        words = kept(data_home)[0][1]["words"]
        again = next((w for w in words if w["word"] == "again"), None)
        view = next((n for n in walk(app) if n.getRoleName() in ("text", "entry")
                     and (n.name or "").startswith("Transcript")), None)
        check("the transcript is there, and the word 'again' in it", view is not None and again is not None,
              [w["word"] for w in words])
        if view is not None:
            # the whole transcript is shown: its last character inside the view, not cut off
            full = text_of(view).rstrip()
            area = view.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            last = view.queryText().getCharacterExtents(len(full) - 1, pyatspi.WINDOW_COORDS)
            check("the transcript is shown whole (its last word inside the view)",
                  len(full) > 100 and last[3] > 0 and area.y <= last[1] and last[1] + last[3] <= area.y + area.height,
                  (area.y, area.height, last))
        if view is not None and again is not None:
            text = text_of(view)
            at = text.find("again")
            scroll_into_view(app, view)
            # GTK 4.8 gives a character's place only in the window's coordinates
            win = next(n for n in walk(app) if n.getRoleName() in ("frame", "window"))
            origin = win.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            box = view.queryText().getCharacterExtents(at + 1, pyatspi.WINDOW_COORDS)
            pyatspi.Registry.generateMouseEvent(origin.x + box[0] + box[2] // 2,
                                                origin.y + box[1] + box[3] // 2, "b1c")
            started = wait_for(lambda: (lambda p: p if p is not None and p >= 0 else None)(position())
                               if state() == "playing" else None, 10, 0.05)
            check("clicking a word plays from it", started is not None
                  and again["start"] - 0.3 <= started <= again["start"] + 1.0, (started, again))
            action("play")   # pause

        # 2. Try again: recorded through the action, stopped with the button
        action("record")
        check("the record action starts a new attempt", wait_state("recording", 10), state())
        play_into_microphone(msg)
        stop = wait_for(lambda: button(app, "Stop"), 5)
        check("the button turned into Stop", stop is not None)
        if stop:
            click(stop)
        check("the second attempt is analysed too", wait_state("result", 60), state())
        both = wait_for(lambda: (lambda k: k if len(k) == 2 and all(a.endswith(".flac") for a, _ in k) else None)
                        (kept(data_home)), 20)
        check("both attempts are kept", both, kept(data_home))

        # 3. open a file through the action: another message, so that what is shown is its own
        action("open", "'%s'" % other)
        check("a file opened through the action is analysed",
              wait_for(lambda: state() == "result" and "six one seven" in transcript_spans(app), 60),
              (state(), transcript_spans(app)))
        spans = transcript_spans(app)
        check("its own words and number are shown",
              "[number: six one seven three three eight two nine zero four]" in spans
              and "karen" not in spans, spans)
        title = next((text_of(n) for n in walk(app) if "other.wav" in text_of(n)), None)
        check("the window names the file opened", title is not None, title)
        check("a file opened is kept as an attempt too (the file left where it was)",
              wait_for(lambda: len(kept(data_home)) == 3, 20) and os.path.exists(other), kept(data_home))
        action("open", "'%s'" % notes)
        err = wait_for(lambda: next((n.name or text_of(n) for n in walk(app)
                                     if "notes.txt" in (n.name or "") + text_of(n) and "audio" in (n.name or "") + text_of(n)), None), 30)
        screenshot("practice-not-audio.png")
        check("a file that is not audio gets a message naming it", err is not None, err)
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # 4. no microphone at all
    env_nomic = dict(env, PULSE_SERVER="unix:/nonexistent")
    proc = launch(EXE, [], env_nomic)
    try:
        app = find_app("voicemail-coach")
        page = wait_for(lambda: next((n for n in walk(app) if "No Microphone Found" in ((n.name or "") + text_of(n))), None), 30)
        time.sleep(0.5)
        screenshot("practice-no-microphone.png")
        check("without a microphone the window says so", page is not None)
        check("and offers to try again and to open a recording",
              button(app, "Try Again") is not None and button(app, "Open a Recording") is not None)
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # 5. a small screen: 800x600
    cfg = os.path.join(tmp, "config")
    env_small = dict(env, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=cfg)
    for key, value in (("window-width", "800"), ("window-height", "600")):
        subprocess.run(["gsettings", "set", APP_ID, key, value], env=env_small, check=True)
    # and a recording a crash cut off: its header still says it is empty
    recordings = os.path.join(tmp, "data", "voicemail-coach", "audio")
    with open(msg, "rb") as f:
        data = bytearray(f.read())
    data[4:8] = data[40:44] = b"\0\0\0\0"
    with open(os.path.join(recordings, "attempt-crashed.wav.part"), "wb") as f:
        f.write(data)
    proc = launch(EXE, [msg], env_small)
    try:
        app = find_app("voicemail-coach")
        offered = wait_for(lambda: next((n for n in walk(app) if "was recovered" in (n.name or "") + text_of(n)), None), 60)
        check("a recording cut off by a crash is recovered, kept as an attempt and offered back",
              offered is not None and os.path.exists(os.path.join(recordings, "attempt-crashed.flac"))
              and any(a.endswith("attempt-crashed.flac") for a, _ in kept(os.path.join(tmp, "data"))),
              (offered, os.listdir(recordings)))
        wait_for(lambda: state() == "result", 60)
        time.sleep(0.5)
        screenshot("practice-800x600.png")
        win = next((n for n in walk(app) if n.getRoleName() in ("frame", "window")), None)
        size = win.queryComponent().getSize() if win else (0, 0)
        check("the window fits 800x600", 0 < size[0] <= 800 and 0 < size[1] <= 600, size)
        rec = button(app, "Record")
        rows = tip_rows(app)
        box = rec.queryComponent().getExtents(pyatspi.WINDOW_COORDS) if rec else None
        check("at 800x600 the Record button is on screen and the result is there",
              box is not None and rec.getState().contains(pyatspi.STATE_VISIBLE) and
              0 <= box.x and box.x + box.width <= 800 and 0 <= box.y and box.y + box.height <= 600 and len(rows) == 10,
              "%s %s" % (box and (box.x, box.y, box.width, box.height), rows))
    finally:
        proc.terminate()
        proc.wait(timeout=10)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        print("# " + str(detail)[:600].replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
