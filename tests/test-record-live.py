#!/usr/bin/env python3
# Recording in real time through PulseAudio (run by run-with-pulse.sh: a null sink's monitor is
# the microphone, paplay speaks into it): the live transcript equals the file's, no overflow,
# no microphone, the microphone unplugged mid-recording, a sound server that freezes for longer
# than the recorder waits, and a recorder killed with SIGKILL.
#   test-record-live.py VOICEMAIL-COACH
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vmc_sound import duration, play, speak, wait_for_audio, wait_listening  # noqa: E402

exe = sys.argv[1]
n = 0
failed = 0


def check(name, cond, detail=""):
    global n, failed
    n += 1
    if cond:
        print("ok %d - %s" % (n, name))
    else:
        failed += 1
        print("not ok %d - %s" % (n, name))
        for line in str(detail).splitlines()[:30]:
            print("# " + line)
    sys.stdout.flush()


def stats_of(stderr):
    for line in stderr.splitlines():
        if line.startswith("stats: "):
            return json.loads(line[7:])
    return {}


def restore_microphone():
    subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=vspk", "rate=16000",
                    "channels=1"], capture_output=True)
    subprocess.run(["pactl", "set-default-sink", "vspk"], check=True)
    subprocess.run(["pactl", "set-default-source", "vspk.monitor"], check=True)


MESSAGE = ("hi karen this is sam lee from acme software my number is four one five two two seven "
           "nine three eight one i am calling about your office move could you call me back "
           "again that is four one five two two seven nine three eight one thank you")

with tempfile.TemporaryDirectory() as tmp:
    msg = os.path.join(tmp, "message.wav")
    speak(msg, MESSAGE)
    length = duration(msg)

    # 1. live transcript = the file's; overflows 0; the transcript ready at once after Stop
    d1 = os.path.join(tmp, "live")
    rec = subprocess.Popen([exe, "record", "--dir", d1, "--seconds", "%.1f" % (length + 1.5), "--json",
                            "--stats"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    check("the recorder starts listening", wait_listening(rec))
    play(msg).wait()
    out, err = rec.communicate(timeout=120)
    stats = stats_of(err)
    try:
        live = json.loads(out)
    except ValueError:
        live = {}
    check("record exits 0 and prints the analysis", rec.returncode == 0 and live.get("words"), out + err)
    path = live.get("file", "")
    check("the recording is kept in the folder as a WAV", os.path.dirname(path) == d1 and
          os.path.exists(path) and abs(duration(path) - (length + 1.5)) < 0.2, path)
    p = subprocess.run([exe, "analyze", "--json", path], capture_output=True, text=True)
    again = json.loads(p.stdout) if p.returncode == 0 else {}
    p = subprocess.run([exe, "transcribe", "--json", path], capture_output=True, text=True)
    first_pass = json.loads(p.stdout) if p.returncode == 0 else {}
    # a file's opening, up to its number, is decoded again (vmc-analysis.c, redecode_intro):
    # there the live words are the first pass's; from the number on, the whole analysis's
    nums = [e["start"] for e in again.get("elements", []) if e["kind"] == "number"]
    cut = nums[0] - 0.05 if nums else 0.0
    live_words = [(w["word"], w["start"]) for w in live.get("words", [])]
    file_words = ([(w["word"], w["start"]) for w in first_pass.get("words", []) if w["start"] < cut] +
                  [(w["word"], w["start"]) for w in again.get("words", []) if w["start"] >= cut])
    check("the live transcript equals the transcript of the file", live_words == file_words and live_words
          and nums, "%s\n%s" % (live_words, file_words))
    nums = [e.get("digits") for e in live.get("elements", []) if e["kind"] in ("number", "closing_number")]
    check("the number said is found, twice", nums == ["4152279381", "4152279381"], json.dumps(live.get("elements")))
    check("no input overflow, nothing dropped", stats.get("overflows") == 0 and stats.get("dropped_seconds") == 0,
          json.dumps(stats))
    check("the partial transcript came while speaking", stats.get("partials", 0) >= 3, json.dumps(stats))
    check("the final transcript is ready within 0.5 s of Stop", 0 <= stats.get("stop_to_transcript", -1) < 0.5,
          json.dumps(stats))

    # 2. no microphone at all
    d2 = os.path.join(tmp, "nomic")
    env = dict(os.environ, PULSE_SERVER="unix:/nonexistent")
    p = subprocess.run([exe, "record", "--dir", d2, "--seconds", "2", "--no-analysis"], env=env,
                       capture_output=True, text=True, timeout=60)
    check("no microphone: exit 1 and a message that says what to do",
          p.returncode == 1 and "No microphone" in p.stderr and "Plug one in" in p.stderr, p.stderr)
    check("no microphone: no file is left behind", not os.path.exists(d2) or not os.listdir(d2), str(os.listdir(d2) if os.path.exists(d2) else ""))

    # 3. the microphone goes away mid-recording: the error says so, what came is kept
    d3 = os.path.join(tmp, "lost")
    rec = subprocess.Popen([exe, "record", "--dir", d3, "--json"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    wait_listening(rec)
    player = play(msg)
    seen = wait_for_audio(d3, 2.0)
    subprocess.run(["pactl", "unload-module", "module-null-sink"], check=True)
    try:
        out, err = rec.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        rec.kill()
        out, err = rec.communicate()
    player.kill()
    player.wait()
    restore_microphone()
    kept = [f for f in os.listdir(d3) if f.endswith(".wav")] if os.path.exists(d3) else []
    check("a microphone unplugged mid-recording ends it with a clear error (exit 1)",
          rec.returncode == 1 and "stopped sending sound" in err, err)
    check("what was recorded before is kept, finished and valid (%.2f s)" % seen,
          len(kept) == 1 and duration(os.path.join(d3, kept[0])) >= seen and
          not [f for f in os.listdir(d3) if f.endswith(".part")],
          "%s %s" % (kept, [duration(os.path.join(d3, k)) for k in kept]))
    check("and it is analysed", '"words"' in out, out[:300])

    # 5. the sound server freezes for longer than the recorder waits (4 s) and comes back: the
    # stream is started again and the recording goes on to its end, nothing before kept apart
    d5 = os.path.join(tmp, "frozen")
    rec = subprocess.Popen([exe, "record", "--dir", d5, "--seconds", "12", "--no-analysis"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_listening(rec)
    seen = wait_for_audio(d5, 1.0)
    server = int(open(os.path.join(os.environ["XDG_RUNTIME_DIR"], "pulse", "pid")).read())
    os.kill(server, signal.SIGSTOP)
    time.sleep(5.5)
    os.kill(server, signal.SIGCONT)
    try:
        out, err = rec.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        rec.kill()
        out, err = rec.communicate()
    kept = [f for f in os.listdir(d5) if f.endswith(".wav")] if os.path.exists(d5) else []
    got = duration(os.path.join(d5, kept[0])) if len(kept) == 1 else 0
    check("a sound server frozen for 5.5 s: the microphone is started again and the recording "
          "goes on to its end (%.2f s of 12)" % got,
          rec.returncode == 0 and "started again" in err and got >= 11.9, err)

    # 4. a recorder killed with SIGKILL: the next start repairs its file, audio lost < 1 s
    d4 = os.path.join(tmp, "killed")
    rec = subprocess.Popen([exe, "record", "--dir", d4, "--no-analysis"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    wait_listening(rec)
    player = play(msg)
    seen = wait_for_audio(d4, 3.0)
    seen_at = time.time()
    time.sleep(0.5)
    heard = seen + (time.time() - seen_at)
    rec.send_signal(signal.SIGKILL)
    rec.wait()
    player.kill()
    player.wait()
    p = subprocess.run([exe, "recover", "--dir", d4, "--json"], capture_output=True, text=True, timeout=120)
    wavs = [f for f in os.listdir(d4) if f.endswith(".wav")]
    got = duration(os.path.join(d4, wavs[0])) if len(wavs) == 1 else 0
    check("after SIGKILL the recording is recovered into a valid WAV and analysed",
          p.returncode == 0 and len(wavs) == 1 and '"words"' in p.stdout and not
          [f for f in os.listdir(d4) if f.endswith(".part")], p.stderr)
    check("less than 1 s of audio lost to SIGKILL (%.2f s of %.2f s kept)" % (got, heard),
          got >= heard - 1.0, "%.2f vs %.2f" % (got, heard))

print("1..%d" % n)
sys.exit(1 if failed else 0)
