#!/usr/bin/env python3
"""Recordings made elsewhere imported into the Attempts view, as a trainer grades a workshop's
voicemails, under Xvfb (run through run-gui-test.sh) (TAP).

From the empty library's page, the file chooser (several files at once: a folder typed, all
its files selected): two messages and a file that is not audio. The bar says which file is
being imported; both messages are listed with their scores and kept in the library as FLAC;
a dialog names the file that is not audio with its reason; the originals are left as they
were. The same files again are not kept twice, and that is said. A second import stopped with
the bar's Stop button ends at once and says so. Screenshots are kept as artifacts.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vmc_sound import speak  # noqa: E402
import vmc_atspi  # noqa: E402
from vmc_atspi import button, click, find_app, kept, launch, screenshot, showing, text_of, wait_for, walk  # noqa: E402
from vmc_atspi import attempt_rows as rows  # noqa: E402

EXE, ARTIFACTS = sys.argv[1], sys.argv[2]
os.makedirs(ARTIFACTS, exist_ok=True)
vmc_atspi.artifacts = ARTIFACTS
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def choose_all_in(app, folder, title="Import Recordings"):
    """In the file chooser: the folder typed in its location (Ctrl+L), its first file
    clicked, then all selected (Ctrl+A), then Import"""
    dialog = wait_for(lambda: showing(app, title), 10)
    if dialog is None:
        return False
    time.sleep(0.5)
    subprocess.run(["xdotool", "key", "ctrl+l"])
    time.sleep(0.3)
    subprocess.run(["xdotool", "type", "--delay", "20", folder.rstrip("/") + "/"])
    time.sleep(0.3)
    subprocess.run(["xdotool", "key", "Return"])
    time.sleep(1.5)
    # GTK 4.8 puts the chooser's file list on the accessibility bus without its rows: the first
    # row is clicked where it is drawn (the dialog at the screen's corner: Xvfb, no window
    # manager), then all are selected from the keyboard
    subprocess.run(["xdotool", "mousemove", "300", "87", "click", "1"])
    time.sleep(0.3)
    subprocess.run(["xdotool", "key", "ctrl+a"])
    time.sleep(0.3)
    go = button(app, "Import")
    if go is None:
        return False
    click(go)
    # GTK 4.8 crashes (a NULL object path in its AT-SPI GetChildAtIndex) when the tree is read
    # while the chooser is being destroyed: nothing is read until it has gone
    time.sleep(2.5)
    return True


def close_dialog(app):
    """The dialog's Close (the window's own title bar has a Close too: the dialog's comes after it)"""
    found = []
    for n in walk(app):
        try:
            if n.getRoleName() in ("push button", "button") and (n.name or "").endswith("Close") \
                    and n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).width > 0:
                found.append(n)
        except Exception:
            continue
    if len(found) < 2:
        return False
    click(found[-1])
    time.sleep(2.5)   # as for the chooser: nothing read while the dialog is destroyed
    return True


def report():
    print("1..%d" % len(results))
    for i, (name, ok, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
        if not ok and detail:
            for line in str(detail).splitlines()[:30]:
                print("# " + line)


with tempfile.TemporaryDirectory() as tmp:
    folder = os.path.join(tmp, "workshop")
    os.makedirs(folder)
    speak(os.path.join(folder, "a.wav"), "hi karen this is sam lee from acme software my number is four one five "
          "two two seven nine three eight one could you call me back thanks")
    speak(os.path.join(folder, "b.wav"), "hello dana it is priya with lakeside dental i am calling about your "
          "cleaning reach me at six one seven five five five zero one nine two thanks so much")
    with open(os.path.join(folder, "c.wav"), "w") as f:
        f.write("these are someone's notes, not a recording\n")
    sizes = {n: os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)}
    data_home = os.path.join(tmp, "data")
    env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory",
               XDG_DATA_HOME=data_home)
    proc = launch(EXE, [], env)
    try:
        app = find_app("voicemail-coach")
        check("the app is on the accessibility bus", app is not None)
        subprocess.run(["xdotool", "key", "alt+2"])
        start = wait_for(lambda: button(app, "Import Recordings…"), 30)
        check("the empty library offers to import recordings", start is not None)
        click(start)
        chosen = choose_all_in(app, folder)
        check("a file chooser takes several files at once", chosen)
        busy = wait_for(lambda: showing(app, "Importing "), 20)
        check("the bar says which file is being imported", busy is not None and " of 3: " in text_of(busy),
              busy and text_of(busy))
        screenshot("import-progress.png")
        listed = wait_for(lambda: (lambda r: r if len(r) == 2 else None)(rows(app)), 180)
        check("both messages are listed with their scores", listed and all(", score " in n.name for n in listed),
              [n.name for n in listed or []])
        done = wait_for(lambda: showing(app, "Imported 2 recordings"), 60)
        check("a dialog names the file that is not audio, with its reason; the others are imported",
              done is not None and "c.wav" in text_of(done) and "cannot be decoded" in text_of(done)
              and showing(app, "Some Recordings Were Not Imported") is not None, done and text_of(done))
        screenshot("import-done.png")
        close_dialog(app)
        check("and closes", wait_for(lambda: showing(app, "Some Recordings Were Not Imported") is None, 10))
        rows_kept = kept(data_home)
        check("both are kept in the library as FLAC", len(rows_kept) == 2
              and all(r[-1].endswith(".flac") for r in rows_kept), rows_kept)
        check("the files imported are left as they were",
              {n: os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)} == sizes)
        check("the bar's progress is gone", wait_for(lambda: showing(app, "Importing ") is None, 10))

        # the same files again: not kept twice
        again = wait_for(lambda: button(app, "Import Recordings…"), 10)
        if again:
            click(again)
        check("the same files chosen again", choose_all_in(app, folder))
        said = wait_for(lambda: showing(app, "were in the library already"), 60)
        check("are not kept twice, and the dialog says so", said is not None and len(kept(data_home)) == 2,
              (said and text_of(said), kept(data_home)))
        close_dialog(app)
        wait_for(lambda: showing(app, "Some Recordings Were Not Imported") is None, 10)

        # a second import, stopped
        more = os.path.join(tmp, "more")
        os.makedirs(more)
        for n in ("a.wav", "b.wav"):
            shutil.copy(os.path.join(folder, n), os.path.join(more, n))
            os.utime(os.path.join(more, n))
        # other files: other names in the library's record of what was imported
        again = wait_for(lambda: button(app, "Import Recordings…"), 10)
        if again:
            click(again)
        check("a second import starts", choose_all_in(app, more))
        stop = wait_for(lambda: button(app, "Stop Importing") if showing(app, "Importing ") else None, 20)
        check("with a button to stop it", stop is not None)
        if stop is not None:
            click(stop)
        ended = wait_for(lambda: showing(app, "Import stopped"), 10)
        check("stopped, it ends at once and says so", ended is not None, ended and text_of(ended))
        time.sleep(15)   # what was under way is dropped, not kept later
        check("what was under way is not kept after the stop", len(kept(data_home)) <= 3, kept(data_home))
        screenshot("import-stopped.png")
    except Exception as e:
        check("the test ran to its end", False, repr(e))
        raise
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        report()

sys.exit(0 if all(ok for _, ok, _ in results) else 1)
