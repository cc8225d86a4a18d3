"""What the GUI tests share: finding the app and its widgets through AT-SPI, waiting, and
screenshots of the Xvfb screen."""
import os
import sqlite3
import subprocess
import time

import pyatspi
from gi.repository import GLib

artifacts = "."   # where screenshot() keeps its PNGs: the test sets it


def launch(exe, args, env):
    """Starts the app; once more if it could not reach the X server at first (Xvfb under a
    heavy load can be late to accept clients)."""
    for attempt in range(3):
        proc = subprocess.Popen([exe] + args, env=env)
        time.sleep(1.0)
        if proc.poll() is None:
            return proc
        time.sleep(2.0)
    return proc


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
    if node is None or depth > 80:
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
    except Exception:
        return ""   # a node of a window that has just closed


def wait_for(pred, timeout, step=0.3):
    """pred() until it is true; a node that vanished while pred() looked at it (a dialog
    closing: AT-SPI's "The application no longer exists") is "not yet", not an error."""
    end = time.time() + timeout
    while time.time() < end:
        try:
            v = pred()
        except GLib.GError as e:
            if "no longer exists" not in str(e):
                raise
            v = None
        if v:
            return v
        time.sleep(step)
    return None


def screenshot(name):
    subprocess.run(["import", "-window", "root", os.path.join(artifacts, name)], check=False)


def button(root, name):
    """A button by its accessible name. GTK 4.8 adds the text of the button's label to it,
    before or after ("_Record Record", "Learn My Voice")."""
    for n in walk(root):
        try:
            label, role = n.name or "", n.getRoleName()
        except Exception:
            continue   # a node of a window that has just closed
        if role in ("push button", "button", "toggle button") and \
                (label == name or label.startswith(name + " ") or label.endswith(" " + name)):
            return n
    return None


def enabled(node):
    return node is not None and node.getState().contains(pyatspi.STATE_SENSITIVE)


def click(node):
    node.queryAction().doAction(0)


def showing(root, text):
    """The first node whose name or text holds @text (a node that vanished is passed over)"""
    for n in walk(root):
        try:
            if text in (n.name or "") or text in text_of(n):
                return n
        except Exception:
            continue
    return None


def attempt_rows(app):
    """The rows of the Attempts list: their accessible names ("Today, 14:05, score 77, …")"""
    found = []
    for n in walk(app):
        try:
            if ", score " in (n.name or "") and " long, " in (n.name or "") and n.getRoleName() != "label":
                found.append(n)
        except Exception:
            continue
    return found


def kept(data_home):
    """The library's rows as another program reads them: (id, score, note, audio)"""
    db = os.path.join(data_home, "voicemail-coach", "library.db")
    if not os.path.exists(db):
        return []
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=10)
    try:
        return list(con.execute("SELECT id, score, note, audio FROM attempts WHERE trashed = 0 ORDER BY id"))
    finally:
        con.close()
