#!/usr/bin/env python3
"""The Attempts and Progress views as a rep uses them, under Xvfb with a PulseAudio null sink
as the microphone (run through run-with-pulse.sh and run-gui-test.sh) (TAP).

An empty library first says how to start. Two attempts recorded through the microphone are
both listed with their scores (the ones the library keeps), searched for, one opened and
played, a note written on it, the two compared side by side, the chart of progress seen,
one deleted and brought back with Undo, then deleted for good once Undo has gone (its
recording too), and the list exported as a table through the file chooser. Screenshots are
kept as artifacts.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vmc_sound import speak, wait_listening  # noqa: E402
import vmc_atspi  # noqa: E402
from vmc_atspi import button, click, enabled, find_app, kept, launch, screenshot, showing, text_of, wait_for, walk  # noqa: E402
from vmc_atspi import attempt_rows as rows  # noqa: E402

EXE, ARTIFACTS = sys.argv[1], sys.argv[2]
APP_ID = "io.github.vmcoach.VoicemailCoach"
os.makedirs(ARTIFACTS, exist_ok=True)
vmc_atspi.artifacts = ARTIFACTS
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def action(name, *args):
    subprocess.run(["gapplication", "action", APP_ID, name] + list(args), check=True)


def state():
    out = subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                          "/" + APP_ID.replace(".", "/"), "--method", "org.gtk.Actions.Describe", "state"],
                         capture_output=True, text=True).stdout
    for s in ("idle", "recording", "analyzing", "result", "playing"):
        if "'%s'" % s in out:
            return s
    return out.strip()


def view_shown(app):
    """The view the switcher has selected: "Practice", "Attempts" or "Progress" (GTK 4.8
    marks no node as showing; the hidden views stay on the bus)"""
    for n in walk(app):
        try:
            if n.getRoleName() == "page tab" and n.getState().contains(pyatspi.STATE_SELECTED):
                return n.name
        except Exception:
            continue
    return None


VIEW_KEYS = {"Practice": "alt+1", "Attempts": "alt+2", "Progress": "alt+3"}


def show_view(app, name):
    """Switches the view as a keyboard user does (Alt+1, 2, 3: in GTK 4.8 the view switcher's
    buttons are not on the accessibility bus, only their tab list)"""
    subprocess.run(["xdotool", "key", VIEW_KEYS[name]])
    return True


def click_if(node):
    if node is not None:
        click(node)
    return node


def press(node, mods=None):
    """A click at the middle of @node, as a person would (with Ctrl held for mods="ctrl")"""
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x, y = box.x + box.width // 2, box.y + box.height // 2
    if mods == "ctrl":
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "keydown", "ctrl", "click", "1", "keyup", "ctrl"])
    else:
        pyatspi.Registry.generateMouseEvent(x, y, "b1c")


def double_click(node):
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1d")


def record(app, path):
    action("record")
    if not wait_for(lambda: state() == "recording", 15):
        return False
    wait_listening()
    subprocess.run(["paplay", "--latency-msec=20", path], check=True)
    action("stop")
    return wait_for(lambda: state() == "result", 90)


FIRST = ("hi karen this is sam lee from acme software my number is four one five two two seven nine "
         "three eight one call me")
SECOND = ("hi karen this is sam lee from acme software my number is four one five two two seven nine "
          "three eight one i am calling about your office move could you call me back "
          "thanks again that is four one five two two seven nine three eight one")

def report():
    print("1..%d" % len(results))
    for i, (name, ok, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
        if not ok:
            print("# " + str(detail)[:600].replace("\n", "\n# "))


with tempfile.TemporaryDirectory() as tmp:
    first, second = os.path.join(tmp, "first.wav"), os.path.join(tmp, "second.wav")
    speak(first, FIRST)
    speak(second, SECOND)
    data_home = os.path.join(tmp, "data")
    env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory",
               XDG_DATA_HOME=data_home)

    proc = launch(EXE, [], env)
    try:
        app = find_app("voicemail-coach")
        check("the app shows up on the accessibility bus", app is not None)
        wait_for(lambda: enabled(button(app, "Record")), 60)

        # an empty library says how to start
        switcher = next((n for n in walk(app) if n.getRoleName() == "page tab list"), None)
        check("the header bar has the view switcher", switcher is not None)
        show_view(app, "Attempts")
        empty = wait_for(lambda: showing(app, "No Attempts Yet"), 10)
        time.sleep(0.5)
        screenshot("attempts-empty.png")
        check("with no attempts the view says how to start", empty is not None
              and button(app, "Start Practising") is not None)
        if button(app, "Start Practising"):
            click(button(app, "Start Practising"))
        check("Start Practising goes to the recorder", wait_for(lambda: enabled(button(app, "Record")), 10))

        # two attempts through the microphone
        check("a first attempt is recorded", record(app, first), state())
        check("a second attempt is recorded", record(app, second), state())
        both = wait_for(lambda: (lambda k: k if len(k) == 2 and all(a.endswith(".flac") for *_, a in k) else None)
                        (kept(data_home)), 30)
        check("both are kept in the library, as FLAC", both, kept(data_home))
        scores = [s for _, s, _, _ in (both or [])]

        show_view(app, "Attempts")
        listed = wait_for(lambda: (lambda r: r if len(r) == 2 else None)(rows(app)), 15)
        time.sleep(0.5)
        screenshot("attempts-list.png")
        names = [n.name for n in listed or []]
        check("both attempts are listed", listed is not None, [n.name for n in rows(app)])
        check("newest first, each with the score the library keeps",
              len(names) == 2 and len(scores) == 2 and ", score %d," % scores[1] in names[0]
              and ", score %d," % scores[0] in names[1], (names, scores))
        check("the better message scored higher", len(scores) == 2 and scores[1] > scores[0], scores)

        # search as you type
        search = next((n for n in walk(app) if n.getRoleName() in ("text", "entry")
                       and (n.name or "").startswith("Search attempts")), None)
        check("a search field", search is not None)
        if search:
            search.queryEditableText().setTextContents("office move")
            one = wait_for(lambda: (lambda r: r if len(r) == 1 else None)(rows(app)), 10)
            check("searching the words heard leaves the attempt that said them",
                  one is not None and ", score %d," % scores[1] in one[0].name, [n.name for n in rows(app)])
            search.queryEditableText().setTextContents("nothing like this")
            check("a search that finds nothing says so", wait_for(lambda: showing(app, "No Matching Attempts"), 10))
            search.queryEditableText().setTextContents("")
            check("cleared, both are back", wait_for(lambda: len(rows(app)) == 2, 10))

        # open the first attempt (the older, at the bottom) and play it
        listed = rows(app)
        if len(listed) == 2:
            double_click(listed[1])
        opened = wait_for(lambda: button(app, "Practise Again"), 15)
        check("a double click opens the attempt", opened is not None)
        wait_for(lambda: showing(app, "/ 100"), 15)
        time.sleep(0.5)
        screenshot("attempt-opened.png")
        labels = [text_of(n) for n in walk(app) if n.getRoleName() == "label"]
        check("it shows its result: the score the library keeps", len(scores) == 2 and str(scores[0]) in labels,
              (scores, labels[:40]))
        play = wait_for(lambda: (lambda b: b if enabled(b) else None)(button(app, "Play")), 10)
        check("its recording can be played", play is not None)
        if play:
            click(play)
            check("Play plays it (the button turns into Pause)", wait_for(lambda: button(app, "Pause"), 10))
            click_if(button(app, "Pause"))

        # a note, kept
        note = next((n for n in walk(app) if n.getRoleName() in ("text", "entry") and (n.name or "").startswith("Note")), None)
        check("a note field", note is not None)
        if note:
            # the row around the field (the field itself has no size until it is edited)
            row = note
            while row is not None and row.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).height < 30:
                row = row.parent
            press(row or note)
            time.sleep(0.5)
            subprocess.run(["xdotool", "type", "--delay", "20", "rushed the number"])
            subprocess.run(["xdotool", "key", "Return"])
            check("the note is kept once applied",
                  wait_for(lambda: any(n == "rushed the number" for _, _, n, _ in kept(data_home)), 10), kept(data_home))

        # compared with the one before it: from the opened attempt there is none
        click_if(button(app, "Compare with Previous"))
        check("the first attempt has none before it, and says so",
              wait_for(lambda: showing(app, "there is none before it"), 10))

        # back to the list; select both and compare
        subprocess.run(["xdotool", "key", "alt+Left"])
        check("Alt+Left goes back to the list", wait_for(lambda: enabled(button(app, "Export Table…")), 10))
        listed = rows(app)
        if listed:
            press(listed[0])
            press(listed[1], "ctrl")
        compare = wait_for(lambda: (lambda b: b if enabled(b) else None)(button(app, "Compare")), 10)
        check("with two selected, Compare can be pressed", compare is not None)
        if compare:
            click(compare)
        cmp_page = wait_for(lambda: showing(app, "Two Attempts Compared"), 10)
        check("the two are shown side by side", cmp_page is not None)
        wait_for(lambda: sum(1 for n in walk(app) if n.getRoleName() == "label" and text_of(n) == "/ 100") >= 2, 15)
        time.sleep(0.8)
        screenshot("attempts-compared.png")
        shown = sum(1 for n in walk(app) if n.getRoleName() == "label" and text_of(n) == "/ 100")
        check("both results are there", shown >= 2, shown)
        subprocess.run(["xdotool", "key", "alt+Left"])

        # the chart of progress; Enter on its highlighted point (the newest) opens that attempt
        show_view(app, "Progress")
        chart = wait_for(lambda: next((n for n in walk(app) if (n.name or "").startswith("Scores of 2 attempts")), None), 15)
        check("the Progress view charts both attempts", chart is not None,
              [n.name for n in walk(app) if "attempt" in (n.name or "")][:10])
        rates = [text_of(n) for n in walk(app) if n.getRoleName() == "label" and " of 2" in text_of(n)]
        check("and each tip's pass rate over them", len(rates) >= 8, rates)
        time.sleep(0.5)
        screenshot("progress.png")
        if chart is not None:
            press(chart)
            time.sleep(0.3)
            subprocess.run(["xdotool", "key", "Return"])
            check("Enter on the chart opens the newest attempt",
                  wait_for(lambda: button(app, "Practise Again") and showing(app, "Message"), 10))
            show_view(app, "Attempts")
            subprocess.run(["xdotool", "key", "alt+Left"])

        # delete with undo
        listed = wait_for(lambda: (lambda r: r if len(r) == 2 else None)(rows(app)), 10)
        if listed:
            press(listed[0])
        delete = wait_for(lambda: (lambda b: b if enabled(b) else None)(button(app, "Delete")), 10)
        check("a selected attempt can be deleted", delete is not None)
        if delete:
            click(delete)
        undo = wait_for(lambda: button(app, "Undo"), 10)
        check("deleting offers Undo", undo is not None and wait_for(lambda: len(rows(app)) == 1, 10))
        check("the deleted attempt leaves the list at once, its recording still there until Undo has gone",
              len(kept(data_home)) == 1 and all(os.path.exists(os.path.join(data_home, "voicemail-coach", a))
                                                 for *_, a in (both or [])), kept(data_home))
        if undo:
            click(undo)
        check("Undo brings it back", wait_for(lambda: len(rows(app)) == 2 and len(kept(data_home)) == 2, 10))

        listed = rows(app)
        if listed:
            press(listed[0])
        if button(app, "Delete"):
            click(button(app, "Delete"))
        gone = wait_for(lambda: len(kept(data_home)) == 1, 10)
        newest = both[1][3] if both else ""
        check("deleted again, it is gone for good once Undo has gone, its recording too",
              gone and wait_for(lambda: not os.path.exists(os.path.join(data_home, "voicemail-coach", newest)), 30),
              os.listdir(os.path.join(data_home, "voicemail-coach", "audio")))

        # the list as a table, through the file chooser
        table = os.path.join(tmp, "attempts.csv")
        export = wait_for(lambda: (lambda b: b if enabled(b) else None)(button(app, "Export Table…")), 10)
        check("the list can be exported as a table", export is not None)
        if export:
            click(export)
            dialog = wait_for(lambda: showing(app, "Export the Attempts Listed"), 10)
            check("a file chooser asks where", dialog is not None)
            name = wait_for(lambda: next((n for n in walk(app) if n.getRoleName() in ("text", "entry")
                                          and text_of(n) == "attempts.csv"), None), 10)
            if name:
                name.queryEditableText().setTextContents(table)
                time.sleep(0.3)
                save = button(app, "Save")
                if save:
                    click(save)
            written = wait_for(lambda: os.path.exists(table) and os.path.getsize(table) > 0, 15)
            check("the table is written where it was asked", written)
            if written:
                with open(table, newline="") as f:
                    data = list(csv.reader(f))
                check("with a row for the attempt left", len(data) == 2 and data[1][0] == str(kept(data_home)[0][0]),
                      data)
            check("and a toast says it was saved", wait_for(lambda: showing(app, "attempts.csv"), 10))
            screenshot("attempts-exported.png")
    except Exception as e:
        check("the test ran to its end", False, repr(e))
        report()
        raise
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # the recordings of version 0.2.0 (attempt-DATE-TIME.wav with its .json), brought in when
    # the window starts, without the command line
    legacy = os.path.join(data_home, "voicemail-coach", "recordings")
    os.makedirs(legacy, exist_ok=True)
    subprocess.run(["cp", first, os.path.join(legacy, "attempt-20261201-101500.wav")], check=True)
    saved = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures",
                                        "attempt.json")))
    with open(os.path.join(legacy, "attempt-20261201-101500.json"), "w") as f:
        json.dump(saved, f)
    before = len(kept(data_home))
    time.sleep(1.0)
    proc = launch(EXE, [], env)
    try:
        app = None
        end = time.time() + 30
        while app is None and time.time() < end:
            app = find_app("voicemail-coach")
            if app is not None and button(app, "Record") is None:
                app = None
                time.sleep(0.5)
        show_view(app, "Attempts")
        listed = wait_for(lambda: (lambda r: r if len(r) == before + 1 else None)(rows(app)), 30)
        names = [n.name for n in listed or []]
        check("a 0.2.0 recording is brought into the library when the window starts",
              len(kept(data_home)) == before + 1, kept(data_home))
        check("and listed with its date and its score", any("1 Dec" in n and ", score %d," % saved["score"] in n
                                                          for n in names), names)
        screenshot("attempts-legacy.png")
    except Exception as e:
        check("the second start ran to its end", False, repr(e))
        report()
        raise
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # the view shown last is shown again at the next start (settings kept in a key file here)
    env_kept = dict(env, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=os.path.join(tmp, "config"))
    try:
        proc = launch(EXE, [], env_kept)
        try:
            app = find_app("voicemail-coach")
            check("a first start opens on Practice", wait_for(lambda: view_shown(app) == "Practice", 60),
                  view_shown(app))
            show_view(app, "Progress")
            check("the Progress view is shown", wait_for(lambda: view_shown(app) == "Progress", 10), view_shown(app))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        kept_view = subprocess.run(["gsettings", "get", "io.github.vmcoach.VoicemailCoach", "view"], env=env_kept,
                                   capture_output=True, text=True).stdout.strip()
        check("the view shown last is kept in the settings", kept_view == "'progress'", kept_view)
        proc = launch(EXE, [], env_kept)
        try:
            app = find_app("voicemail-coach")
            first = wait_for(lambda: view_shown(app), 30)
            time.sleep(0.5)
            screenshot("attempts-restored-view.png")
            check("the window opens on it at the next start", first == "Progress", first)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    finally:
        report()

sys.exit(0 if all(ok for _, ok, _ in results) else 1)
