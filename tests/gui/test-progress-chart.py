#!/usr/bin/env python3
"""The progress chart and the tips' pass rates on their own, under Xvfb (TAP), from made-up
attempts (tests/gui/progress-chart-fixture.c):

- 40 attempts handed over shuffled are drawn oldest first, each point where the chart says it
  is (the screenshot's pixel there is the accent colour); a click on a point, or a few pixels
  off it, asks for that attempt, a click on empty space for none; Left, Right, Home, End and
  Page Up move the highlight (read back through AT-SPI) and Enter and Space ask for the
  highlighted attempt; the ten pass rates over the newest ten, counted here from the verdicts,
  are the ones shown, in the labels and the bars;
- one attempt: its point, clicked;
- no attempts: the chart draws nothing at all and the rates are hidden;
- 5,000 attempts: a snapshot takes well under a frame (and the render too), a click still
  finds its attempt.

  test-progress-chart.py FIXTURE-PROGRAM ARTIFACTS
"""
import os
import re
import subprocess
import sys
import threading
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vmc_atspi  # noqa: E402
from vmc_atspi import find_app, screenshot, text_of, wait_for, walk  # noqa: E402

EXE, ARTIFACTS = sys.argv[1:3]
os.makedirs(ARTIFACTS, exist_ok=True)
vmc_atspi.artifacts = ARTIFACTS
results = []

TIPS = ["Plan each call", "Clearly state your name", "Give your number early", "Be engaged", "Be direct",
        "Keep it short", "Don’t make demands", "Build rapport", "Be easily accessible",
        "Conclude with your phone number"]
KEY = {"Tab": 0xff09, "Left": 0xff51, "Right": 0xff53, "Home": 0xff50, "End": 0xff57, "Page_Up": 0xff55,
       "Return": 0xff0d, "space": 0x20}


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


class Incomplete(Exception):
    """What a part of the test needs is not there: the rest of that part cannot run"""


class Fixture:
    """The fixture program, its stdout read as it comes"""

    def __init__(self, n, extra_env=None):
        env = dict(os.environ, GSK_RENDERER="cairo", GDK_BACKEND="x11", GSETTINGS_BACKEND="memory",
                   **(extra_env or {}))
        # once more if it could not reach the X server at first (as vmc_atspi.launch())
        for attempt in range(3):
            self.lines, self.err = [], []
            self.proc = subprocess.Popen([EXE, str(n)], env=env, stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE, text=True)
            threading.Thread(target=self._read, args=(self.proc.stdout, self.lines), daemon=True).start()
            threading.Thread(target=self._read, args=(self.proc.stderr, self.err), daemon=True).start()
            time.sleep(1.0)
            if self.proc.poll() is None:
                break
            time.sleep(2.0)

    @staticmethod
    def _read(stream, into):
        for line in stream:
            into.append(line.rstrip("\n"))

    def ready(self, timeout=60):
        return wait_for(lambda: "ready" in self.lines, timeout)

    def points(self):
        """Each attempt's point on the screen, its score and its verdicts"""
        wx, wy = window_origin()
        out = {}
        for line in self.lines:
            if line.startswith("point "):
                _, i, x, y, score, verdicts = line.split()
                out[int(i)] = (wx + float(x), wy + float(y), int(score), verdicts)
        return out

    def chart_box(self):
        """Where the chart is on the screen"""
        wx, wy = window_origin()
        line = next((l for l in self.lines if l.startswith("chart ")), "chart 0 0 0 0")
        x, y, w, h = line.split()[1:]
        return int(round(wx + float(x))), int(round(wy + float(y))), int(w), int(h)

    def activated(self):
        return [int(line.split()[1]) for line in self.lines if line.startswith("activated ")]

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        time.sleep(0.3)
        # GLib's criticals and warnings: none, whatever the test did
        return [line for line in self.err if "CRITICAL" in line or "WARNING" in line]


def chart_node(app):
    return next((n for n in walk(app) if n.getRoleName() == "image"
                 and (n.name or "").startswith("Scores of")), None)


def description(node):
    try:
        return node.description or ""
    except Exception:
        return ""


def window_origin():
    """The fixture's X window on the screen: GTK 4.8 gives AT-SPI no screen coordinates (it
    warns, and gives them in the window, without the window's frame)"""
    out = subprocess.run(["xwininfo", "-name", "Progress chart"], capture_output=True, text=True).stdout
    x = re.search(r"Absolute upper-left X:\s+(-?\d+)", out)
    y = re.search(r"Absolute upper-left Y:\s+(-?\d+)", out)
    return (int(x.group(1)), int(y.group(1))) if x and y else (0, 0)


def click_at(x, y):
    pyatspi.Registry.generateMouseEvent(int(round(x)), int(round(y)), "b1c")


def key(name):
    pyatspi.Registry.generateKeyboardEvent(KEY[name], None, pyatspi.KEY_SYM)
    time.sleep(0.15)


def wait_activated(fx, before, timeout=5):
    return wait_for(lambda: fx.activated()[before:] or None, timeout, 0.1)


class Image:
    """A screenshot's pixels (through ImageMagick's PPM: no imaging module needed)"""

    def __init__(self, png):
        data = subprocess.run(["convert", png, "-depth", "8", "ppm:-"], capture_output=True).stdout
        m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
        self.width, self.height = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
        self.pixels = data[m.end():] if m else b""

    def at(self, x, y):
        if not (0 <= x < self.width and 0 <= y < self.height):
            return None
        i = 3 * (y * self.width + x)
        return tuple(self.pixels[i:i + 3])

    def colours(self, x, y, w, h):
        return {self.at(i, j) for j in range(y, y + h) for i in range(x, x + w)}


def rates_shown(app):
    """Each tip's "7 of 10" label after its title, and its bar's value"""
    labels = [text_of(n) for n in walk(app) if n.getRoleName() == "label"]
    shown = {}
    for i, t in enumerate(labels):
        if t in TIPS:
            shown[t] = next((l for l in labels[i + 1:] if re.fullmatch(r"\d+ of \d+|Not judged", l)), None)
    bars = {}
    for n in walk(app):
        if n.getRoleName() == "level bar" and n.name in TIPS:
            try:
                bars[n.name] = n.queryValue().currentValue
            except Exception:
                bars[n.name] = None
    return shown, bars


def expected_rates(points):
    newest = sorted(points)[-10:]   # ids follow the order the attempts were made in
    want = {}
    for t, title in enumerate(TIPS):
        verdicts = [points[i][3][t] for i in newest]
        judged = sum(1 for v in verdicts if v != "s")
        passed = sum(1 for v in verdicts if v == "p")
        want[title] = ("%d of %d" % (passed, judged) if judged else "Not judged",
                       passed / judged if judged else 0.0)
    return want


# 1. forty attempts
fx = Fixture(40)
try:
    app = find_app("progress-chart-fixture")
    check("the fixture shows up on the accessibility bus", app is not None)
    check("and paints", fx.ready())
    pts = fx.points()
    chart = chart_node(app) if app else None
    check("the chart is on the bus as an image named for its attempts",
          chart is not None and chart.name == "Scores of 40 attempts over time", chart and chart.name)
    ids = sorted(pts)
    check("forty points", ids == list(range(1001, 1041)), ids)
    xs = [pts[i][0] for i in ids]
    steps = [b - a for a, b in zip(xs, xs[1:])]
    check("handed over shuffled, drawn oldest first, at equal steps",
          len(steps) == 39 and min(steps) > 0 and max(steps) - min(steps) < 0.5, xs)
    ys = {pts[i][2]: pts[i][1] for i in ids}
    check("a higher score is drawn higher", all(ys[a] > ys[b] for a in ys for b in ys if a < b), ys)
    if ids != list(range(1001, 1041)):
        raise Incomplete("the fixture gave no points: %s" % fx.err[-5:])
    newest = pts[1040]
    check("the newest attempt is highlighted at first, and read out with its score",
          chart is not None and description(chart).startswith("Attempt 40 of 40, ")
          and description(chart).endswith(": score %d; average of the last 5: %.0f"
                                           % (newest[2], sum(pts[i][2] for i in range(1036, 1041)) / 5)),
          description(chart))
    time.sleep(0.5)
    screenshot("progress-chart-40.png")
    shot = Image(os.path.join(ARTIFACTS, "progress-chart-40.png"))
    # where the chart says each point is, the screenshot shows the accent colour (blue)
    blue = [i for i in ids if (lambda p: p is not None and p[2] - p[0] > 60)(
        shot.at(int(pts[i][0]), int(pts[i][1])))]
    check("each point is drawn where the chart says it is (the screenshot is blue there)",
          len(blue) >= 36, "%d of 40 blue: %s" % (len(blue), [i for i in ids if i not in blue]))

    # reached with Tab, as a keyboard user would: the ring shows it has the keyboard
    cx, cy, cw, ch = fx.chart_box()
    edge = (cx + 1, cy + ch // 2)
    key("Tab")
    key("Left")
    check("reached with Tab, Left moves the highlight",
          wait_for(lambda: description(chart).startswith("Attempt 39 of 40, "), 3), description(chart))
    time.sleep(0.5)
    screenshot("progress-chart-40-keyboard.png")
    ring = Image(os.path.join(ARTIFACTS, "progress-chart-40-keyboard.png")).at(*edge)
    before = shot.at(*edge)
    check("and a focus ring shows it has the keyboard (none before)",
          ring is not None and before is not None and ring[2] - ring[0] > 40 and before[2] - before[0] < 10,
          (before, ring))

    shown, bars = rates_shown(app)
    want = expected_rates(pts)
    check("each tip's pass rate over the newest ten is shown, as counted from the verdicts",
          shown == {t: w[0] for t, w in want.items()}, (shown, want))
    check("and its bar is as full", all(bars.get(t) is not None and abs(bars[t] - w[1]) < 1e-6
                                        for t, w in want.items()), (bars, want))
    heading = [text_of(n) for n in walk(app) if text_of(n).startswith("Tips passed")]
    check("the rates say what they are of", heading == ["Tips passed in the last 10 attempts"], heading)

    # clicks
    n = len(fx.activated())
    click_at(pts[1010][0], pts[1010][1])
    check("a click on a point asks for its attempt", wait_activated(fx, n) == [1010], fx.activated())
    check("and highlights it", description(chart).startswith("Attempt 10 of 40, "), description(chart))
    n = len(fx.activated())
    click_at(pts[1020][0] + 3, pts[1020][1] - 2)
    check("a click a few pixels off a point asks for it too", wait_activated(fx, n) == [1020], fx.activated())
    n = len(fx.activated())
    # far below every point (the scores are all above 25): where a score of 0 would be
    lo, hi = min(pts.values(), key=lambda p: p[2]), max(pts.values(), key=lambda p: p[2])
    y0 = lo[1] + lo[2] * (lo[1] - hi[1]) / (hi[2] - lo[2])
    click_at(pts[1025][0], y0 - 4)
    time.sleep(1.0)
    check("a click on empty space asks for nothing", fx.activated()[n:] == [], fx.activated())
    check("and leaves the highlight", description(chart).startswith("Attempt 20 of 40, "), description(chart))

    # the keyboard (the chart has the focus since the click)
    for _ in range(3):
        key("Left")
    check("Left moves the highlight to the attempt before",
          wait_for(lambda: description(chart).startswith("Attempt 17 of 40, "), 3), description(chart))
    check("and reads out its score", description(chart).split(";")[0].endswith(": score %d" % pts[1017][2]),
          description(chart))
    n = len(fx.activated())
    key("Return")
    check("Enter asks for the highlighted attempt", wait_activated(fx, n) == [1017], fx.activated())
    key("Home")
    check("Home goes to the oldest", wait_for(lambda: description(chart).startswith("Attempt 1 of 40, "), 3),
          description(chart))
    key("Left")
    time.sleep(0.3)
    check("and no further", description(chart).startswith("Attempt 1 of 40, "), description(chart))
    n = len(fx.activated())
    key("space")
    check("Space asks for it too", wait_activated(fx, n) == [1001], fx.activated())
    key("Right")
    check("Right moves on", wait_for(lambda: description(chart).startswith("Attempt 2 of 40, "), 3),
          description(chart))
    key("End")
    check("End goes to the newest", wait_for(lambda: description(chart).startswith("Attempt 40 of 40, "), 3),
          description(chart))
    key("Page_Up")
    check("Page Up goes back ten", wait_for(lambda: description(chart).startswith("Attempt 30 of 40, "), 3),
          description(chart))
except (Incomplete, KeyError, IndexError, ValueError) as e:
    check("the part with 40 attempts runs to its end", False, repr(e))
finally:
    noise = fx.stop()
check("no criticals or warnings with 40 attempts", not noise, noise[:5])

# 2. one attempt
fx = Fixture(1)
try:
    app = find_app("progress-chart-fixture")
    check("one attempt: painted", fx.ready())
    pts = fx.points()
    chart = chart_node(app) if app else None
    time.sleep(0.5)
    screenshot("progress-chart-1.png")
    cx, cy, cw, ch = fx.chart_box()
    check("one point, in the middle", list(pts) == [1001] and abs(pts[1001][0] - (cx + cw / 2)) < 40,
          (pts, fx.chart_box()))
    click_at(pts[1001][0], pts[1001][1])
    check("clicked, it asks for its attempt", wait_activated(fx, 0) == [1001], fx.activated())
    check("read out as attempt 1 of 1", description(chart).startswith("Attempt 1 of 1, "), description(chart))
    shown, _ = rates_shown(app)
    check("the rates are of the one attempt", shown == {t: w[0] for t, w in expected_rates(pts).items()}, shown)
except (Incomplete, KeyError, IndexError, ValueError) as e:
    check("the part with 1 attempt runs to its end", False, repr(e))
finally:
    noise = fx.stop()
check("no criticals or warnings with 1 attempt", not noise, noise[:5])

# 3. none
fx = Fixture(0)
try:
    app = find_app("progress-chart-fixture")
    check("no attempts: painted", fx.ready())
    chart = chart_node(app) if app else None
    time.sleep(0.5)
    screenshot("progress-chart-0.png")
    check("the chart says it has none, and describes no point",
          chart is not None and chart.name == "Scores of 0 attempts over time" and description(chart) == "",
          chart and (chart.name, description(chart)))
    x, y, w, h = fx.chart_box()
    colours = Image(os.path.join(ARTIFACTS, "progress-chart-0.png")).colours(x, y, w, h)
    check("and draws nothing: one colour where it is", w > 100 and h > 100 and len(colours) == 1,
          ((x, y, w, h), list(colours)[:5]))
    check("and takes no focus: nothing to move through",
          chart is not None and not chart.getState().contains(pyatspi.STATE_FOCUSABLE))
    showing = [text_of(n) for n in walk(app) if n.getRoleName() in ("label", "level bar")
               and n.getState().contains(pyatspi.STATE_SHOWING)]
    check("the rates are not shown", not any(t.startswith("Tips passed") or t in TIPS for t in showing), showing)
except (Incomplete, KeyError, IndexError, ValueError) as e:
    check("the part with no attempts runs to its end", False, repr(e))
finally:
    noise = fx.stop()
check("no criticals or warnings with no attempts", not noise, noise[:5])

# 4. five thousand, timed
fx = Fixture(5000, {"VMC_FIXTURE_TIMES": "1"})
try:
    app = find_app("progress-chart-fixture")
    check("5,000 attempts: painted", fx.ready(90))
    timed = wait_for(lambda: [l for l in fx.err if l.startswith("chart of 5000 attempts")][1:] or None, 120)
    for line in [l for l in fx.err if l.startswith("chart of")]:
        print("# " + line)
    m = re.search(r"redrawn: snapshot ([\d.]+) ms .* (\d+) render nodes; render \(\w+\) ([\d.]+) ms",
                  timed[0] if timed else "")
    snap, nodes, render = (float(m.group(1)), int(m.group(2)), float(m.group(3))) if m else (None, None, None)
    check("a snapshot of 5,000 points takes well under a frame (median under 8 ms)",
          snap is not None and snap < 8.0, timed)
    check("points on one pixel of the grid are drawn once (under 3,000 nodes)",
          nodes is not None and nodes < 3000, nodes)
    check("and the cairo renderer draws it within a frame (median under 16 ms)",
          render is not None and render < 16.0, timed)
    pts = fx.points()
    chart = chart_node(app) if app else None
    time.sleep(0.5)
    screenshot("progress-chart-5000.png")
    at = (round(pts[3500][0]), round(pts[3500][1]))
    click_at(*at)
    got = wait_activated(fx, 0)
    # whole pixels: the click may land nearer a neighbour drawn within a pixel of it
    near = [i for i, p in pts.items() if abs(p[0] - at[0]) <= 1.0 and abs(p[1] - at[1]) <= 1.0]
    check("a click among 5,000 still picks the point under it", got is not None and len(got) == 1
          and got[0] in near and 3500 in near, (got, near))
except (Incomplete, KeyError, IndexError, ValueError) as e:
    check("the part with 5,000 attempts runs to its end", False, repr(e))
finally:
    noise = fx.stop()
check("no criticals or warnings with 5,000 attempts", not noise, noise[:5])

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        print("# " + str(detail)[:800].replace("\n", "\n# "))
passed = sum(1 for _, ok, _ in results if ok)
print("# %d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)
