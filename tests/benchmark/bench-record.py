#!/usr/bin/env python3
# Benchmark of live recording (issue 4): a 60-second message played in real time into a
# PulseAudio null sink while `voicemail-coach record` records it. Prints:
#  - stop_to_transcript / stop_to_analysis: seconds from Stop to the final transcript and to
#    the whole analysis (target: transcript < 0.3 s), against a full pass over the file after
#    recording (`analyze` of the same file),
#  - overflows and dropped audio (target 0),
#  - the worker's CPU share while recording (capture + file + live recognition; target < 0.5
#    of one core),
#  - audio lost by SIGKILL (target < 1 s).
# Run it with its own sound server:
#   tests/run-with-pulse.sh python3 tests/benchmark/bench-record.py _build/app/voicemail-coach
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vmc_sound import duration, part_seconds, wait_listening  # noqa: E402


# Spoken as a person would: sentences, with the short pauses between them
TEXT = ("Hi Karen, this is Sam Lee from Acme Software. My direct line is four one five, two two seven, "
        "nine three eight one. Our mutual friend David suggested I give you a call. We met at the chamber "
        "of commerce breakfast last month, and he mentioned that your team is moving to a new office this "
        "spring. I am calling because we help companies like yours plan the move of their phones and their "
        "network, so that nobody loses a day of work. We did this for three firms in your building last "
        "year, and they were up and running on the Monday morning. I would love to show you how it went "
        "for them, and what it could look like for you. It would only take fifteen minutes. Could you give "
        "me a call back when you have a moment? Or if it is easier, you can email me at sam at acme dot "
        "com, or text my cell any time. I am in the office all week and happy to work around your "
        "schedule. Thank you again Karen, and I look forward to talking with you. Once more, my number is "
        "four one five, two two seven, nine three eight one. Have a great day.")
# --no-pauses: the same words without punctuation, which flite speaks with no pause at all (the
# worst case: one utterance cut only at 45 s, so Stop waits for the last ~12 s to be decoded)
# --voice NAME: record with a voice learned by `enroll` (XDG_DATA_HOME as for the app)
VOICE = []
if "--voice" in sys.argv:
    i = sys.argv.index("--voice")
    VOICE = ["--voice", sys.argv[i + 1]]
    del sys.argv[i:i + 2]
if "--no-pauses" in sys.argv:
    sys.argv.remove("--no-pauses")
    TEXT = "".join(c for c in TEXT.lower() if c.isalpha() or c == " ")


exe = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def speak(path):
    raw = path + ".flite.wav"
    subprocess.run(["flite", "-voice", "kal16", "-t", TEXT, "-o", raw], check=True)
    subprocess.run(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", path, "pad", "0.5", "0.5"], check=True)
    os.unlink(raw)


with tempfile.TemporaryDirectory() as tmp:
    msg = os.path.join(tmp, "message.wav")
    speak(msg)
    length = duration(msg)
    print("message: %.1f s" % length)
    results = []
    for run in range(runs):
        d = os.path.join(tmp, "run%d" % run)
        rec = subprocess.Popen([exe, "record", "--dir", d, "--json", "--stats"] + VOICE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        wait_listening(rec)
        subprocess.run(["paplay", "--latency-msec=20", msg], check=True)
        time.sleep(0.3)
        rec.send_signal(signal.SIGINT)
        out, err = rec.communicate(timeout=120)
        stats = next(json.loads(line[7:]) for line in err.splitlines() if line.startswith("stats: "))
        path = json.loads(out)["file"]
        t0 = time.monotonic()
        subprocess.run([exe, "analyze", "--json", path], capture_output=True, check=True)
        stats["full_pass_after"] = time.monotonic() - t0
        results.append(stats)
        print("run %d: %s" % (run + 1, json.dumps(stats)))

    # SIGKILL: what was heard before the kill against what the recovery gives back
    losses = []
    for run in range(runs):
        d = os.path.join(tmp, "kill%d" % run)
        rec = subprocess.Popen([exe, "record", "--dir", d], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_listening(rec)
        player = subprocess.Popen(["paplay", "--latency-msec=20", msg])
        while part_seconds(d) < 10 + 5 * run:
            time.sleep(0.01)
        seen, seen_at = part_seconds(d), time.monotonic()
        time.sleep(0.37)
        heard = seen + time.monotonic() - seen_at
        rec.send_signal(signal.SIGKILL)
        rec.wait()
        player.kill()
        player.wait()
        subprocess.run([exe, "recover", "--dir", d, "--json"], capture_output=True, check=True)
        wav = [f for f in os.listdir(d) if f.endswith(".wav")][0]
        kept = duration(os.path.join(d, wav))
        losses.append(heard - kept)
        print("kill %d: heard about %.2f s, recovered %.2f s, lost %.2f s" % (run + 1, heard, kept, heard - kept))

    def mean(key):
        return sum(r[key] for r in results) / len(results)

    print()
    print("stop_to_transcript_s   %.3f (max %.3f)   target < 0.3" % (mean("stop_to_transcript"),
                                                                   max(r["stop_to_transcript"] for r in results)))
    print("stop_to_analysis_s     %.3f" % mean("stop_to_analysis"))
    print("full_pass_after_s      %.2f   (analyze of the same file after recording)" % mean("full_pass_after"))
    print("overflows              %d   target 0" % sum(r["overflows"] for r in results))
    print("dropped_seconds        %.3f" % sum(r["dropped_seconds"] for r in results))
    print("worker_cpu_share       %.3f   target < 0.5 of one core" % mean("worker_cpu_share"))
    print("sigkill_loss_s         %.2f (max %.2f)   target < 1" % (sum(losses) / len(losses), max(losses)))
