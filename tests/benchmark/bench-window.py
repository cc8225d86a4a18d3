#!/usr/bin/env python3
"""Benchmark of the practice window, driven as a trainer's script drives it: over D-Bus, with
the PulseAudio null sink as the microphone and Xvfb as the screen. Prints:

  stop: seconds from Stop to the result, for a message of about 25 s played into the
        microphone in real time (target < 0.3 s), measured three ways: from the D-Bus call to
        the state's change signal (what a script sees), and the window's own figures from Stop
        to the result shown and to its first frame painted (G_MESSAGES_DEBUG=vmc-window);
  open: the main loop's longest stall while the window opens a long file (target < 50 ms),
        measured by a probe that asks the app for its state over D-Bus every 5 ms (the call
        is answered on the main loop: a stall is a late answer), with the time to the result.

  tests/run-with-pulse.sh tests/gui/run-gui-test.sh tests/benchmark/bench-window.py \\
      _build/app/voicemail-coach [--runs N] [--minutes M] [--only stop|open]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

from gi.repository import Gio, GLib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from vmc_sound import duration, speak, wait_listening  # noqa: E402

APP_ID = "io.github.vmcoach.VoicemailCoach"
PATH = "/" + APP_ID.replace(".", "/")

# about 25 s, with the pauses of sentences
MESSAGE = ("Hi Karen, this is Sam Lee from Acme Software. My direct line is four one five, two two "
           "seven, nine three eight one. Our mutual friend David suggested I give you a call about "
           "your office move this spring. Could you give me a call back when you have a moment? You "
           "can also email me at sam at acme dot com. Thanks Karen, again, four one five, two two "
           "seven, nine three eight one.")


class App:
    """The app's actions over D-Bus, with the time each change of state arrives"""

    def __init__(self):
        self.bus = Gio.bus_get_sync(Gio.BusType.SESSION)
        self.changes = []   # (monotonic time, state)
        self.loop = GLib.MainLoop()
        self.bus.signal_subscribe(APP_ID, "org.gtk.Actions", "Changed", PATH, None,
                                  Gio.DBusSignalFlags.NONE, self._changed)
        threading.Thread(target=self.loop.run, daemon=True).start()

    def _changed(self, conn, sender, path, iface, signal, params):
        states = params.unpack()[2]
        if "state" in states:
            self.changes.append((time.monotonic(), states["state"]))

    def activate(self, name, param=None):
        args = GLib.Variant("(sava{sv})", (name, [param] if param is not None else [], {}))
        self.bus.call_sync(APP_ID, PATH, "org.gtk.Actions", "Activate", args, None,
                           Gio.DBusCallFlags.NONE, 5000, None)

    def describe(self, name="state"):
        r = self.bus.call_sync(APP_ID, PATH, "org.gtk.Actions", "Describe", GLib.Variant("(s)", (name,)),
                               None, Gio.DBusCallFlags.NONE, 5000, None)
        return r.unpack()[0][2][0] if r.unpack()[0][2] else None

    def wait_state(self, want, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                if self.describe() == want:
                    return True
            except GLib.Error:
                pass
            time.sleep(0.05)
        return False

    def changed_to(self, want, after):
        return next((t for t, s in self.changes if s == want and t >= after), None)


def launch(exe, tmp):
    env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory",
               XDG_DATA_HOME=os.path.join(tmp, "data"), G_MESSAGES_DEBUG="vmc-window", NO_AT_BRIDGE="1")
    log = open(os.path.join(tmp, "app.log"), "w")
    proc = subprocess.Popen([exe], env=env, stdout=log, stderr=subprocess.STDOUT)
    return proc, log.name


def window_figures(log, key):
    return [float(x) for x in re.findall(r"%s: ([\d.]+) s" % key, open(log).read())]


def bench_stop(exe, tmp, runs):
    msg = os.path.join(tmp, "message.wav")
    speak(msg, MESSAGE)
    print("stop: a %.1f s message, %d runs" % (duration(msg), runs))
    proc, log = launch(exe, tmp)
    try:
        time.sleep(1.0)
        app = App()
        if not app.wait_state("idle", 60):
            sys.exit("the window did not come up")
        time.sleep(3.0)   # the model loaded: this measures Stop, not the first load
        via_dbus = []
        for run in range(runs):
            app.activate("record")
            if not app.wait_state("recording", 10):
                print("run %d: Record did not start a recording (state %s)" % (run, app.describe()))
                continue
            wait_listening(proc)
            subprocess.run(["paplay", "--latency-msec=20", msg], check=True)
            time.sleep(0.3)
            t0 = time.monotonic()
            app.activate("stop")
            if not app.wait_state("result", 60):
                sys.exit("no result after Stop")
            t1 = app.changed_to("result", t0)
            if t1 is None:
                print("run %d: the result came without a change of state after Stop" % run)
                continue
            via_dbus.append(t1 - t0)
            time.sleep(1.0)
        shown = window_figures(log, "Stop to result shown")
        painted = window_figures(log, "Stop to result painted")
        parts = re.findall(r"Stop to transcript ([\d.]+) s, to analysis ([\d.]+) s, to the window ([\d.]+) s",
                           open(log).read())
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    for name, xs in (("Stop to the state's change (D-Bus)", via_dbus), ("Stop to the result shown (window)", shown),
                     ("Stop to its first frame painted (window)", painted)):
        if xs:
            print("  %-42s mean %.3f s, max %.3f s   %s" % (name, sum(xs) / len(xs), max(xs),
                                                          " ".join("%.3f" % x for x in xs)))
    for i, name in enumerate(("transcript", "analysis", "window")):
        xs = [float(p[i]) for p in parts]
        if xs:
            print("    of which Stop to the %-11s mean %.3f s   %s" % (name, sum(xs) / len(xs),
                                                                  " ".join("%.3f" % x for x in xs)))
    print("  target: under 0.3 s")


def bench_open(exe, tmp, minutes):
    # a long file: the message over and over, with a pause between
    msg = os.path.join(tmp, "message.wav")
    if not os.path.exists(msg):
        speak(msg, MESSAGE)
    one = duration(msg)
    times = max(1, int(minutes * 60 / (one + 1)))
    padded = os.path.join(tmp, "padded.wav")
    subprocess.run(["sox", msg, padded, "pad", "0", "1"], check=True)
    long_file = os.path.join(tmp, "long.wav")
    subprocess.run(["sox"] + [padded] * times + [long_file], check=True)
    print("open: a %.1f-minute file (%d MB)" % (duration(long_file) / 60, os.path.getsize(long_file) >> 20))
    proc, log = launch(exe, tmp)
    try:
        time.sleep(1.0)
        app = App()
        if not app.wait_state("idle", 60):
            sys.exit("the window did not come up")
        time.sleep(3.0)
        lat = []
        stop = threading.Event()

        def probe():
            bus = Gio.bus_get_sync(Gio.BusType.SESSION)
            while not stop.is_set():
                t = time.monotonic()
                bus.call_sync(APP_ID, PATH, "org.gtk.Actions", "Describe", GLib.Variant("(s)", ("state",)),
                              None, Gio.DBusCallFlags.NONE, 60000, None)
                lat.append((t, time.monotonic() - t))
                time.sleep(0.005)

        idle = []
        th = threading.Thread(target=probe, daemon=True)
        th.start()
        time.sleep(2.0)
        idle = [x for _, x in lat]
        t0 = time.monotonic()
        app.activate("open", GLib.Variant("s", long_file))
        if not app.wait_state("analyzing", 10):
            sys.exit("the file was not taken")
        ok = app.wait_state("result", 3 * 3600)
        t1 = app.changed_to("result", t0) or time.monotonic()
        time.sleep(2.0)   # the result drawn, the first scroll of the transcript
        stop.set()
        th.join()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    during = sorted(x for t, x in lat if t >= t0)
    worst = sorted(((x, t - t0) for t, x in lat if t >= t0), reverse=True)[:5]
    print("  result: %s after %.1f s" % ("shown" if ok else "NOT shown", t1 - t0))
    print("  probe answers idle: median %.1f ms, max %.1f ms" % (1000 * sorted(idle)[len(idle) // 2], 1000 * max(idle)))
    print("  while opening (%d answers): median %.1f ms, 99th %.1f ms, longest stall %.1f ms   target < 50 ms"
          % (len(during), 1000 * during[len(during) // 2], 1000 * during[int(len(during) * 0.99)], 1000 * during[-1]))
    print("  the five longest, at (s after Open): " +
          ", ".join("%.0f ms at %.1f s" % (1000 * x, at) for x, at in worst))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("exe")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--only", choices=["stop", "open"])
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if a.only in (None, "stop"):
            bench_stop(a.exe, tmp, a.runs)
        if a.only in (None, "open"):
            bench_open(a.exe, tmp, a.minutes)


if __name__ == "__main__":
    main()
