#!/usr/bin/env python3
"""The command line as a user runs it: output, JSON, messages and exit codes (TAP)."""
import json, os, subprocess, sys, tempfile

EXE = sys.argv[1]
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def run(*args):
    return subprocess.run([EXE] + list(args), capture_output=True, text=True, timeout=300)


def speak(path, text, voice="kal16"):
    raw = path + ".flite.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", raw], check=True)
    subprocess.run(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", path, "pad", "0.5", "0.5"], check=True)
    os.unlink(raw)


with tempfile.TemporaryDirectory() as tmp:
    hello = os.path.join(tmp, "hello.wav")
    speak(hello, "hello this is maria please call me back at two one two five five five one two three four")
    # the same message as a 44.1 kHz stereo FLAC, as a phone app might save it
    hello_flac = os.path.join(tmp, "hello.flac")
    subprocess.run(["sox", hello, "-r", "44100", "-c", "2", hello_flac], check=True)
    notes = os.path.join(tmp, "notes.txt")
    with open(notes, "w") as f:
        f.write("not audio\n")
    missing = os.path.join(tmp, "missing.wav")

    p = run("--help")
    check("--help exits 0 and lists transcribe", p.returncode == 0 and "transcribe" in p.stdout, p.stdout)
    p = run("--version")
    check("--version prints the version", p.returncode == 0 and p.stdout.startswith("voicemail-coach "), p.stdout)
    p = run("transcribe", "--help")
    check("transcribe --help exits 0", p.returncode == 0 and "--json" in p.stdout, p.stdout)
    p = run("transcribe")
    check("transcribe with no file is a usage error (2)", p.returncode == 2 and "audio file" in p.stderr, p.stderr)
    p = run("transcribe", "--frobnicate", hello)
    check("an unknown option is a usage error (2)", p.returncode == 2 and "frobnicate" in p.stderr, p.stderr)
    p = run("--frobnicate")
    check("an unknown top-level option is a usage error (2)", p.returncode == 2, p.stderr)

    p = run("transcribe", "--json", hello)
    ok = p.returncode == 0
    try:
        obj = json.loads(p.stdout)
    except ValueError:
        obj, ok = {}, False
    check("transcribe --json exits 0 with one JSON object", ok, p.stdout + p.stderr)
    words = obj.get("words", [])
    check("JSON has file and duration", obj.get("file") == hello and 3.0 < obj.get("duration", 0) < 12.0, str(obj)[:300])
    check("every word has word, start, end, confidence",
          words and all(set(w) >= {"word", "start", "end", "confidence"} for w in words), str(words[:3]))
    check("word times rise", all(a["end"] <= b["start"] + 0.001 for a, b in zip(words, words[1:]))
          and all(w["start"] < w["end"] for w in words), str(words))
    text = " ".join(w["word"] for w in words)
    check("the words were heard", "call me back" in text and "maria" in text, text)
    check("the callback number was heard", "two one two five five five one two three four" in text, text)

    p = run("transcribe", hello_flac)
    check("plain text for a 44.1 kHz stereo FLAC", p.returncode == 0 and "call me back" in p.stdout
          and len(p.stdout.strip().splitlines()) == 1, p.stdout + p.stderr)

    p = run("transcribe", missing)
    check("a missing file exits 1 and names the file", p.returncode == 1 and "missing.wav" in p.stderr
          and p.stdout == "", p.stderr)
    p = run("transcribe", notes)
    check("a text file exits 1 and says it is not audio", p.returncode == 1 and "notes.txt" in p.stderr
          and "not an audio file" in p.stderr, p.stderr)

    # a bad file is refused before the speech model loads: with no model at all, the file is
    # what the message is about
    for cmd in ("transcribe", "analyze"):
        p = run(cmd, "--model-dir", os.path.join(tmp, "no-model"), notes)
        check("%s refuses a file that is not audio before it loads the model" % cmd,
              p.returncode == 1 and "notes.txt" in p.stderr and "pocketsphinx" not in p.stderr, p.stderr)
    p = run("analyze", "--model-dir", os.path.join(tmp, "no-model"), notes, hello)
    check("with a good file too, the bad one is named first, then the missing model",
          p.returncode == 1 and "notes.txt" in p.stderr and "pocketsphinx" in p.stderr
          and p.stderr.index("notes.txt") < p.stderr.index("pocketsphinx"), p.stderr)

    p = run("transcribe", "--json", notes, hello, missing)
    lines = p.stdout.strip().splitlines()
    check("with one good file among bad ones, the good one is still transcribed and the exit is 1",
          p.returncode == 1 and len(lines) == 1 and json.loads(lines[0])["file"] == hello
          and p.stderr.count("voicemail-coach:") == 2, p.stdout + p.stderr)

    # several files at once (--jobs): each analysed, printed in the files' order, one bad file
    # named and the exit 1
    p1 = run("analyze", "--json", hello, hello_flac, notes, hello)
    p2 = run("analyze", "--json", "--jobs", "2", hello, hello_flac, notes, hello)
    one = [json.loads(l) for l in p1.stdout.splitlines() if l.strip()]
    two = [json.loads(l) for l in p2.stdout.splitlines() if l.strip()]
    check("analyze --jobs 2 analyses every file and prints them in their order",
          p2.returncode == 1 and [o["file"] for o in two] == [hello, hello_flac, hello]
          and "notes.txt" in p2.stderr, p2.stdout[-300:] + p2.stderr[-300:])
    check("with the same words and verdicts as one at a time",
          len(one) == len(two) == 3 and all([w["word"] for w in a["words"]] == [w["word"] for w in b["words"]]
                                            and [t["verdict"] for t in a["tips"]] == [t["verdict"] for t in b["tips"]]
                                            for a, b in zip(one, two)), p1.stdout[-300:])
    p = run("analyze", "--jobs", "0", hello)
    check("--jobs 0 is a usage error (2)", p.returncode == 2 and "--jobs" in p.stderr, p.stderr)

    # the tuning hook sets the very options the recognizer has defaults for (pocketsphinx
    # refuses an option given twice); they are the live pass's, which files get by default
    p = subprocess.run([EXE, "transcribe", hello], capture_output=True, text=True,
                       env=dict(os.environ, VMC_PS_ARGS="-maxwpf 30 -maxhmmpf 8000"))
    check("VMC_PS_ARGS replaces a default search setting", p.returncode == 0 and "call me back" in p.stdout,
          p.stdout + p.stderr)
    # ... and the value given is the one used: a search cut to 300 active sounds hears otherwise
    plain = subprocess.run([EXE, "transcribe", hello], capture_output=True, text=True)
    p = subprocess.run([EXE, "transcribe", hello], capture_output=True, text=True,
                       env=dict(os.environ, VMC_PS_ARGS="-maxhmmpf 300"))
    check("VMC_PS_ARGS's value is the one the search uses", p.returncode == 0 and plain.returncode == 0
          and p.stdout.strip() and p.stdout != plain.stdout, plain.stdout + p.stdout + p.stderr)
    # --thorough: the thorough pass's own search, which VMC_THOROUGH_ARGS sets
    p = run("transcribe", "--help")
    check("transcribe --help offers --thorough", "--thorough" in p.stdout, p.stdout)
    p = run("analyze", "--help")
    check("analyze --help offers --thorough", "--thorough" in p.stdout, p.stdout)
    thorough = subprocess.run([EXE, "transcribe", "--thorough", hello], capture_output=True, text=True)
    p = subprocess.run([EXE, "transcribe", "--thorough", hello], capture_output=True, text=True,
                       env=dict(os.environ, VMC_THOROUGH_ARGS="-maxhmmpf 100"))
    check("--thorough transcribes with the thorough search (VMC_THOROUGH_ARGS changes it)",
          p.returncode == 0 and thorough.returncode == 0 and "call me back" in thorough.stdout
          and p.stdout.strip() and p.stdout != thorough.stdout, thorough.stdout + p.stdout + p.stderr)
    p = subprocess.run([EXE, "transcribe", hello], capture_output=True, text=True,
                       env=dict(os.environ, VMC_THOROUGH_ARGS="-maxhmmpf 100"))
    check("without it, the live pass's search (VMC_THOROUGH_ARGS does not change it)",
          p.returncode == 0 and p.stdout == plain.stdout, plain.stdout + p.stdout + p.stderr)
    p = run("analyze", "--thorough", "--json", hello)
    check("analyze --thorough exits 0 and hears the number", p.returncode == 0 and "2125551234" in p.stdout,
          p.stdout[-300:] + p.stderr)

    p = subprocess.run([EXE, "transcribe", hello], capture_output=True, text=True,
                       env=dict(os.environ, VMC_MODEL_DIR="/nonexistent"))
    check("a missing speech model exits 1 and says which package to install",
          p.returncode == 1 and "pocketsphinx-en-us" in p.stderr, p.stderr)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        for line in str(detail).splitlines()[:20]:
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
