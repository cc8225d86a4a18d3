#!/usr/bin/env python3
"""Benchmark of the attempts library with 5,000 attempts, under Xvfb. Prints:

  paint:   seconds to the Attempts view's first frame with its rows (target < 0.3 s): from the
           process's start with the window opening on that view (the view shown last), from the
           D-Bus call that shows the view with the app running, and from the process's start with
           the view asked for as soon as the app answers (G_MESSAGES_DEBUG=vmc-attempts);
  search:  milliseconds from each keystroke typed in the search field (xdotool, as a person
           types) to the frame with the rows found (target < 50 ms);
  memory:  the app's resident memory with the Attempts view open, against the Practice view;
  size:    the database's bytes per attempt, and FLAC against WAV per minute of audio.

The library is filled with real analyses: the corpus messages imported with the command
line (analysed, their audio kept as FLAC), then their rows copied with other dates (an
hour apart, back from now) up to 5,000.

  tests/gui/run-gui-test.sh tests/benchmark/bench-library.py _build/app/voicemail-coach \\
      CORPUS-DIR [--attempts N] [--runs N] [--messages N]
"""
import argparse
import glob
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time

APP_ID = "io.github.vmcoach.VoicemailCoach"


def fill(exe, env, corpus, messages, attempts):
    wavs = sorted(glob.glob(os.path.join(corpus, "*.wav")))[:messages]
    for w in wavs:
        plan = w[:-4] + ".plan.json"
        args = [exe, "import"] + (["--plan", plan] if os.path.exists(plan) else []) + [w]
        subprocess.run(args, env=env, check=True, capture_output=True)
    db = os.path.join(env["XDG_DATA_HOME"], "voicemail-coach", "library.db")
    con = sqlite3.connect(db)
    cols = [r[1] for r in con.execute("PRAGMA table_info(attempts)") if r[1] not in ("id",)]
    real = [r[0] for r in con.execute("SELECT id FROM attempts ORDER BY id")]
    now = int(time.time())
    sql = "INSERT INTO attempts (%s) SELECT %s FROM attempts WHERE id = ?" % (
        ", ".join(cols), ", ".join("?" if c == "created" else c for c in cols))
    acols = [r[1] for r in con.execute("PRAGMA table_info(analyses)") if r[1] != "attempt"]
    asql = "INSERT INTO analyses (attempt, %s) SELECT ?, %s FROM analyses WHERE attempt = ?" % (
        ", ".join(acols), ", ".join(acols))
    with con:
        for i in range(attempts - len(real)):
            cur = con.execute(sql, (now - 3600 * (i + 1), real[i % len(real)]))
            if acols:
                con.execute(asql, (cur.lastrowid, real[i % len(real)]))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n = con.execute("SELECT count(*) FROM attempts").fetchone()[0]
    con.close()
    flac = sum(os.path.getsize(f) for f in glob.glob(os.path.join(env["XDG_DATA_HOME"], "voicemail-coach", "audio", "*.flac")))
    seconds = sum(float(subprocess.run(["soxi", "-D", w], capture_output=True, text=True).stdout) for w in wavs)
    wav = sum(os.path.getsize(w) for w in wavs)
    return n, os.path.getsize(db), flac, wav, seconds


def rss(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def wait_line(log, pattern, after, timeout):
    end = time.time() + timeout
    while time.time() < end:
        with open(log) as f:
            lines = f.read().splitlines()[after:]
        for line in lines:
            m = re.search(pattern, line)
            if m:
                return m
        time.sleep(0.02)
    return None


def count_lines(log):
    with open(log) as f:
        return len(f.read().splitlines())


def start(exe, env, log):
    """The app started with its output in @log: (monotonic time of the start, process)"""
    with open(log, "w") as out:
        t0 = time.monotonic()
        return t0, subprocess.Popen([exe], env=env, stdout=out, stderr=subprocess.STDOUT)


def on_bus(timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        r = subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                            "/" + APP_ID.replace(".", "/"), "--method", "org.gtk.Actions.List"],
                           capture_output=True, text=True)
        if r.returncode == 0:
            return True
        time.sleep(0.01)
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("exe")
    ap.add_argument("corpus")
    ap.add_argument("--attempts", type=int, default=5000)
    ap.add_argument("--messages", type=int, default=12)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "data"), GSK_RENDERER="cairo",
                   GDK_BACKEND="x11", GSETTINGS_BACKEND="memory", G_MESSAGES_DEBUG="vmc-attempts")
        t = time.time()
        n, db_bytes, flac, wav, seconds = fill(a.exe, env, a.corpus, a.messages, a.attempts)
        print("library: %d attempts (%d messages analysed, the rest copies with other dates), filled in %.0f s"
              % (n, a.messages, time.time() - t))
        print("size: database %.1f MB, %.0f bytes per attempt" % (db_bytes / 1e6, db_bytes / n))
        print("size: audio per minute: WAV %.0f kB, FLAC %.0f kB (%.0f %% of WAV), over %.0f s of %d messages"
              % (wav / seconds * 60 / 1e3, flac / seconds * 60 / 1e3, 100.0 * flac / wav, seconds, a.messages))

        cold, restored, shown, memory, practice_memory, searches = [], [], [], [], [], []
        # from the process's start, the window opening on the Attempts view (the view shown last,
        # kept in the settings: a key file here)
        env_kept = dict(env, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        subprocess.run(["gsettings", "set", APP_ID, "view", "attempts"], env=env_kept, check=True)
        for run in range(a.runs):
            log = os.path.join(tmp, "restored-%d.log" % run)
            t0, proc = start(a.exe, env_kept, log)
            try:
                m = wait_line(log, r"Attempts painted at (\d+) \(monotonic µs\), (\d+) rows", 0, 30)
                if m is None:
                    print("restored run %d: no paint of the Attempts view" % run)
                    continue
                restored.append(int(m.group(1)) / 1e6 - t0)
                time.sleep(1.0)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
        # from the process's start: the view asked for as soon as the app answers on the bus
        for run in range(a.runs):
            log = os.path.join(tmp, "cold-%d.log" % run)
            t0, proc = start(a.exe, env, log)
            try:
                if not on_bus():
                    print("the app did not come up")
                    return 1
                subprocess.run(["gapplication", "action", APP_ID, "show-view", "'attempts'"], env=env, check=True)
                m = wait_line(log, r"Attempts painted at (\d+) \(monotonic µs\), (\d+) rows", 0, 30)
                if m is None:
                    print("cold run %d: no paint of the Attempts view" % run)
                    continue
                cold.append(int(m.group(1)) / 1e6 - t0)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
        for run in range(a.runs):
            log = os.path.join(tmp, "app-%d.log" % run)
            _, proc = start(a.exe, env, log)
            try:
                if not on_bus():
                    print("the app did not come up")
                    return 1
                time.sleep(2.0)   # the Practice view painted, the speech model loading
                practice_memory.append(rss(proc.pid))
                before = count_lines(log)
                t1 = time.monotonic()
                subprocess.run(["gapplication", "action", APP_ID, "show-view", "'attempts'"], env=env, check=True)
                m = wait_line(log, r"Attempts painted at (\d+) \(monotonic µs\), (\d+) rows", before, 30)
                if m is None:
                    print("run %d: no paint of the Attempts view" % run)
                    continue
                shown.append(int(m.group(1)) / 1e6 - t1)
                time.sleep(1.0)
                memory.append(rss(proc.pid))
                # typing in the search field, one key at a time
                subprocess.run(["xdotool", "key", "ctrl+f"], env=env)
                time.sleep(0.5)
                for ch in "office":
                    before = count_lines(log)
                    subprocess.run(["xdotool", "type", "--delay", "0", ch], env=env)
                    m = wait_line(log, r"Search painted ([\d.]+) ms after the keystroke", before, 10)
                    if m:
                        searches.append(float(m.group(1)))
                    time.sleep(0.3)
                for _ in range(6):
                    before = count_lines(log)
                    subprocess.run(["xdotool", "key", "BackSpace"], env=env)
                    m = wait_line(log, r"Search painted ([\d.]+) ms after the keystroke", before, 10)
                    if m:
                        searches.append(float(m.group(1)))
                    time.sleep(0.3)
                print("run %d: search ms, typing 'office' then erasing it: %s" % (
                    run, " ".join("%.0f" % x for x in searches[-12:])))
            finally:
                proc.terminate()
                proc.wait(timeout=10)

        def stats(xs, unit, scale=1.0):
            if not xs:
                return "no figures"
            xs = sorted(x * scale for x in xs)
            return "median %.3f %s, mean %.3f, worst %.3f (%d)" % (xs[len(xs) // 2], unit, sum(xs) / len(xs), xs[-1], len(xs))

        print("paint: D-Bus show-view to the Attempts view's first frame with rows: " + stats(shown, "s"))
        print("paint: process start to that frame, the window opening on the Attempts view (shown last): "
              + stats(restored, "s"))
        print("paint: process start to that frame, the view asked for as soon as the app is on the bus "
              "(start-up, the speech model loading beside it): " + stats(cold, "s"))
        print("search: keystroke to the frame with the rows found: " + stats(searches, "ms"))
        print("memory: resident with the Attempts view open %s; on the Practice view before %s"
              % (stats(memory, "MB"), stats(practice_memory, "MB")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
