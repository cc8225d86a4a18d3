#!/usr/bin/env python3
"""Render the project's own annotated voicemails (tests/phrasings/*.json) to audio files.

  render.py MESSAGES.json OUTDIR [ID ...]

Writes OUTDIR/<id>.wav (16 kHz mono, or 8 kHz for messages rendered as a phone line carries
them) and OUTDIR/<id>.plan.json for messages with a plan, as ../shared/corpus/render.py does,
with more voices: flite (kal, kal16, awb, rms, slt), festival (kal_diphone, ked_diphone,
cmu_us_slt_arctic_hts) and espeak-ng (any English voice and variant). The synthesizer reads
the message's punctuated text, so it pauses where a person would.

Render options (the message's "render"): stretch (slower speech), number_stretch (the number
alone slower or faster), f0_stddev (flite: 0 is a monotone voice), pitch (cents, sox),
tempo (sox, keeps the pitch), noise_db (pink noise under the voice), phone (300-3400 Hz,
mu-law, 8 kHz: a real phone voicemail). Set SOX_OPTS=-R for repeatable noise.
A file already rendered is kept. The messages are rendered side by side, one per core (each
render is a chain of programs). Needs flite, sox, festival (+ festvox-kallpc16k,
festvox-kdlpc16k, festvox-us-slt-hts) and espeak-ng.
"""
import concurrent.futures, json, os, subprocess, sys, tempfile


def synth(engine, voice, text, out, stretch=1.0, f0_stddev=None):
    if engine == "flite":
        cmd = ["flite", "-voice", voice, "-t", text, "-o", out]
        if stretch != 1.0:
            cmd += ["--setf", "duration_stretch=%g" % stretch]
        if f0_stddev is not None:
            cmd += ["--setf", "int_f0_target_stddev=%g" % f0_stddev]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    elif engine == "festival":
        # text2wave ignores Duration_Stretch: slow the speech down with sox, keeping the pitch
        raw = out + ".fest.wav"
        subprocess.run(["text2wave", "-eval", "(voice_%s)" % voice, "-o", raw], input=text.encode(),
                       check=True, stdout=subprocess.DEVNULL)
        if stretch != 1.0:
            subprocess.run(["sox", raw, out, "tempo", "-s", "%g" % (1.0 / stretch)], check=True)
            os.remove(raw)
        else:
            os.replace(raw, out)
    elif engine == "espeak":
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(int(round(160 / stretch))), "-w", out, text],
                       check=True, stdout=subprocess.DEVNULL)
    else:
        raise SystemExit("unknown engine " + engine)


def chunks(msg):
    """What to synthesize, in order, with its speaking rate: the whole punctuated text, or,
    when the number is said at its own rate, runs of words that share one rate."""
    r = msg["render"]
    stretch = r.get("stretch", 1.0)
    if "number_stretch" not in r:
        return [(msg.get("text") or " ".join(msg["words"]), stretch)]
    out, cur, cur_s = [], [], None
    for w, t in zip(msg["words"], msg["tags"]):
        s = r["number_stretch"] if t in ("number", "closing_number") else stretch
        if cur and s != cur_s:
            out.append((" ".join(cur), cur_s))
            cur = []
        cur.append(w)
        cur_s = s
    if cur:
        out.append((" ".join(cur), cur_s))
    return out


def sox(*args):
    subprocess.run(["sox"] + [str(a) for a in args], check=True)


def render(msg, outdir):
    wav = os.path.join(outdir, msg["id"] + ".wav")
    if msg.get("plan"):
        with open(os.path.join(outdir, msg["id"] + ".plan.json"), "w") as f:
            json.dump(msg["plan"], f, indent=1)
    if os.path.exists(wav):
        return wav
    r = msg["render"]
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for i, (text, s) in enumerate(chunks(msg)):
            p = os.path.join(tmp, "p%03d.wav" % i)
            synth(r["engine"], r["voice"], text, p, s, r.get("f0_stddev"))
            q = os.path.join(tmp, "q%03d.wav" % i)
            sox(p, "-r", 16000, "-c", 1, "-b", 16, q)
            parts.append(q)
        cur = os.path.join(tmp, "joined.wav")
        if len(parts) > 1:
            sox(*parts, cur)
        else:
            os.replace(parts[0], cur)
        effects = []
        if "pitch" in r:
            effects += ["pitch", r["pitch"]]
        if "tempo" in r:
            effects += ["tempo", "-s", r["tempo"]]
        # half a second of room tone before and after, as a real recording has
        effects += ["pad", 0.5, 0.5, "rate", 16000]
        padded = os.path.join(tmp, "padded.wav")
        sox(cur, padded, *effects)
        cur = padded
        if "noise_db" in r:
            dur = subprocess.run(["soxi", "-D", cur], capture_output=True, text=True, check=True).stdout.strip()
            noise = os.path.join(tmp, "noise.wav")
            sox("-n", "-r", 16000, "-c", 1, "-b", 16, noise, "synth", dur, "pinknoise", "vol", "%gdB" % r["noise_db"])
            mixed = os.path.join(tmp, "mixed.wav")
            sox("-m", cur, noise, mixed)
            cur = mixed
        if r.get("phone"):
            # a telephone line: the voice band only, mu-law at 8 kHz, as a phone voicemail is kept
            law = os.path.join(tmp, "law.wav")
            sox(cur, "-r", 8000, "-e", "u-law", "-b", 8, law, "sinc", "300-3400")
            phone = os.path.join(tmp, "phone.wav")
            sox(law, "-e", "signed-integer", "-b", 16, phone)
            cur = phone
        os.replace(cur, wav)
    return wav


def main():
    data = json.load(open(sys.argv[1]))
    outdir = sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    want = set(sys.argv[3:])
    todo = [m for m in data["messages"] if not want or m["id"] in want]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for done in [pool.submit(render, m, outdir) for m in todo]:
            done.result()   # a failed render stops the run with its error


if __name__ == "__main__":
    main()
