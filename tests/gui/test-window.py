#!/usr/bin/env python3
"""The first window as a user meets it, under Xvfb (run through run-gui-test.sh) (TAP).

Starts the app with a recording made by flite, waits until the transcript shows (read through
AT-SPI, as a screen reader would), checks the word list, and keeps screenshots as artifacts.
Then opens a file that is not audio and checks that the window says so.
"""
import os, subprocess, sys, tempfile, time

import pyatspi

EXE, ARTIFACTS = sys.argv[1], sys.argv[2]
os.makedirs(ARTIFACTS, exist_ok=True)
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def find_app(name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return node.name or ""


def wait_for(pred, timeout):
    end = time.time() + timeout
    while time.time() < end:
        v = pred()
        if v:
            return v
        time.sleep(0.5)
    return None


def screenshot(name):
    subprocess.run(["import", "-window", "root", os.path.join(ARTIFACTS, name)], check=False)


with tempfile.TemporaryDirectory() as tmp:
    wav = os.path.join(tmp, "practice.wav")
    subprocess.run(["flite", "-voice", "slt", "-t", "hi this is anna please call me back", "-o", wav + ".raw.wav"], check=True)
    subprocess.run(["sox", wav + ".raw.wav", "-r", "16000", "-c", "1", "-b", "16", wav, "pad", "0.5", "0.5"], check=True)
    notes = os.path.join(tmp, "notes.txt")
    open(notes, "w").write("not audio\n")

    env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory")
    proc = subprocess.Popen([EXE, wav], env=env)
    try:
        app = find_app("voicemail-coach")
        check("the app shows up on the accessibility bus", app is not None)
        if app is not None:
            def transcript():
                for n in walk(app):
                    if n.getRoleName() == "label":
                        t = text_of(n) + " " + (n.name or "")
                        if "call me back" in t:
                            return t
                return None
            t = wait_for(transcript, 120)
            screenshot("window-result.png")
            check("the transcript of the opened file is shown", t is not None and "anna" in (t or ""), t)

            words = [n for n in walk(app) if n.getRoleName() in ("list item", "row", "list box item")]
            texts = " ".join((n.name or "") for n in words)
            check("each word is listed with its time", len(words) >= 6, texts[:300])

            buttons = [n for n in walk(app) if n.getRoleName() in ("push button", "button") and (n.name or "").split()[:1] == ["Open"]]
            check("an Open button is there for the next file", len(buttons) >= 1,
                  [(n.getRoleName(), n.name) for n in walk(app) if "button" in n.getRoleName()][:10])
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # A file that is not audio: the window stays usable and says what is wrong.
    proc = subprocess.Popen([EXE, notes], env=env)
    try:
        app = find_app("voicemail-coach")

        def error_shown():
            for n in walk(app):
                s = text_of(n) if n.getRoleName() == "label" else (n.name or "")
                if "notes.txt" in s and "not an audio file" in s:
                    return s
            return None
        msg = wait_for(error_shown, 60) if app else None
        screenshot("window-not-audio.png")
        check("a file that is not audio gets a message naming it", msg is not None, msg)
    finally:
        proc.terminate()
        proc.wait(timeout=10)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        print("# " + str(detail)[:500].replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
