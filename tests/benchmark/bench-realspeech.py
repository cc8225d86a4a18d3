#!/usr/bin/env python3
"""Word error rate on real human speech, and on the synthetic corpus, under the same settings.

  bench-realspeech.py [--build BUILD] [--shared SHARED] [--work DIR] [--jobs N]
                      [--sets allison,testdata,fsdd,corpus] [--env KEY=VALUE]... [--baseline]
                      [--thorough] [--every N] [--json]

Sets (each is skipped, and said so, when its files are not on the machine):
  allison   ../shared/realspeech/allison: 158 phone prompts read by a human voice, 8 kHz
  testdata  Debian's pocketsphinx-testdata: read sentences and short commands, 16 kHz
  fsdd      ../shared/realspeech/fsdd digits strung into ten-digit numbers (three speakers)
  corpus    ../shared/corpus, the synthetic practice voicemails

Prints for each set: wer, the number words right and whole numbers right (fsdd, corpus), and
the decoder's CPU per second of audio (process CPU time less the model load, over the audio's
length). --env sets a variable for our runs only (VMC_PS_ARGS, VMC_DENOISE, ...), so that a
setting can be measured without rebuilding; --thorough transcribes with the thorough pass
(`transcribe --thorough`) instead of the live one. --baseline also runs plain pocketsphinx_continuous
on the same files (wer only). --every N keeps every Nth file of each set (the first, the
N+1th, ...), for a quicker measure.
"""
import argparse, concurrent.futures as cf, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
TESTDATA = "/usr/share/pocketsphinx/test/data"


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def words_of(text):
    return [w for w in re.sub(r"[^a-z' ]", " ", text.lower()).split() if w not in ("<s>", "</s>")]


def allison_set(shared, work):
    d = os.path.join(shared, "realspeech", "allison")
    tsv = os.path.join(d, "transcripts.tsv")
    if not os.path.exists(tsv):
        return None
    items = []
    for line in open(tsv, encoding="utf-8"):
        f, _, text = line.rstrip("\n").partition("\t")
        if f and text:
            items.append({"id": f, "wav": os.path.join(d, f), "words": words_of(text)})
    return items


def testdata_set(shared, work):
    """The read speech of pocketsphinx-testdata that comes with a transcript."""
    if not os.path.isdir(TESTDATA):
        return None
    items = []
    for sub in ("librivox", "cards"):
        trans = [l for l in open(os.path.join(TESTDATA, sub, "transcription" if sub == "librivox"
                                              else "cards.transcription"))]
        for line in trans:
            m = re.match(r"(.*)\(([^)]+)\)\s*$", line.strip())
            if m:
                items.append({"id": sub + "/" + m.group(2),
                              "wav": os.path.join(TESTDATA, sub, m.group(2) + ".wav"),
                              "words": words_of(m.group(1))})
    # a raw 16 kHz recording: our reader wants a file with a header
    out = os.path.join(work, "testdata")
    os.makedirs(out, exist_ok=True)
    wav = os.path.join(out, "goforward.wav")
    if not os.path.exists(wav):
        subprocess.run(["sox", "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16", "-c", "1",
                        os.path.join(TESTDATA, "goforward.raw"), wav], check=True)
    items.append({"id": "goforward", "wav": wav, "words": "go forward ten meters".split()})
    return items


def fsdd_set(shared, work):
    d = os.path.join(shared, "realspeech")
    if not os.path.isdir(os.path.join(d, "fsdd")):
        return None
    out = os.path.join(work, "realnum")
    if not os.path.exists(os.path.join(out, "messages.json")):
        subprocess.run([sys.executable, os.path.join(d, "make_numbers.py"), os.path.join(d, "fsdd"), out,
                        "george,lucas,theo", "10"], check=True, env=dict(os.environ, SOX_OPTS="-R"))
    msgs = json.load(open(os.path.join(out, "messages.json")))["messages"]
    return [{"id": m["id"], "wav": os.path.join(out, m["id"] + ".wav"), "words": m["words"], "tags": m["tags"]}
            for m in msgs]


def corpus_set(shared, work):
    d = os.path.join(shared, "corpus")
    if not os.path.exists(os.path.join(d, "messages.json")):
        return None
    out = os.path.join(work, "corpus")
    os.makedirs(out, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(d, "render.py"), os.path.join(d, "messages.json"), out],
                   check=True, env=dict(os.environ, SOX_OPTS="-R"), stdout=subprocess.DEVNULL)
    msgs = json.load(open(os.path.join(d, "messages.json")))["messages"]
    return [{"id": m["id"], "wav": os.path.join(out, m["id"] + ".wav"), "words": m["words"], "tags": m["tags"]}
            for m in msgs]


SETS = {"allison": allison_set, "testdata": testdata_set, "fsdd": fsdd_set, "corpus": corpus_set}


def run_chunk(cmd, env):
    with tempfile.TemporaryFile(mode="w+") as errf:
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errf, text=True, env=env)
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
        errf.seek(0)
        err = errf.read()
    return out, err, ru.ru_utime + ru.ru_stime, os.waitstatus_to_exitcode(status)


def ours(exe, items, jobs, env, extra=()):
    """Every file through `transcribe`, in `jobs` processes. Returns {id: words}, cpu, load, audio."""
    chunks = [items[i::jobs] for i in range(jobs)]
    hyp, cpu, load, audio = {}, 0.0, 0.0, 0.0

    def one(chunk):
        return chunk, run_chunk([exe, "transcribe", "--json", "--verbose"] + list(extra) + [it["wav"] for it in chunk], env)

    with cf.ThreadPoolExecutor(jobs) as ex:
        for chunk, (out, err, c, rc) in ex.map(one, [c for c in chunks if c]):
            cpu += c
            mo = re.search(r"model loaded in ([0-9.]+) s", err)
            load += float(mo.group(1)) if mo else 0.0
            by_file = {it["wav"]: it for it in chunk}
            for line in out.splitlines():
                if not line.startswith("{"):
                    continue
                r = json.loads(line)
                it = by_file.get(r["file"])
                if it:
                    hyp[it["id"]] = [w["word"] for w in r["words"]]
                    audio += r["duration"]
            if rc != 0:
                print("  transcribe exited %d: %s" % (rc, err.strip()[-300:]), file=sys.stderr)
    return hyp, cpu, load, audio


def baseline(items, jobs, work):
    """Plain pocketsphinx_continuous, which reads 16 kHz WAV only: other files are converted."""
    conv = os.path.join(work, "baseline-wav")
    os.makedirs(conv, exist_ok=True)

    def one(it):
        wav = it["wav"]
        if not wav.endswith(".wav"):
            wav = os.path.join(conv, os.path.basename(wav) + ".wav")
            if not os.path.exists(wav):
                subprocess.run(["sox", it["wav"], "-r", "16000", "-b", "16", wav], check=True)
        r = subprocess.run(["pocketsphinx_continuous", "-infile", wav, "-logfn", "/dev/null"],
                           capture_output=True, text=True)
        return it["id"], r.stdout.split()

    with cf.ThreadPoolExecutor(jobs) as ex:
        return dict(ex.map(one, items))


def figures(score, bt, items, hyp):
    errs = n = 0
    nw = nr = ns = nsok = 0
    missing = 0
    for it in items:
        if it["id"] not in hyp:
            missing += 1
            continue
        ref = [score.norm(w) for w in it["words"]]
        h = [score.norm(w) for w in hyp[it["id"]]]
        e, _ = score.align(ref, h)
        errs += e
        n += len(ref)
        if "tags" in it:
            a, b, c, d = bt.number_scores(score, ref, it["tags"], h)
            nw += a; nr += b; ns += c; nsok += d
    out = {"files": len(items) - missing, "words": n, "wer": round(errs / max(n, 1), 4)}
    if ns:
        out["number_words"] = round(nr / max(nw, 1), 4)
        out["numbers_exact"] = round(nsok / max(ns, 1), 4)
    if missing:
        out["missing"] = missing
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "_build"))
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--work", default="/tmp/vmc-realspeech")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sets", default="allison,testdata,fsdd,corpus")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--thorough", action="store_true", help="transcribe with the thorough pass")
    ap.add_argument("--every", type=int, default=1, help="every Nth file of each set only")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    score = load_module("corpus_score", os.path.join(a.shared, "corpus", "score.py"))
    bt = load_module("bench_transcribe", os.path.join(HERE, "bench-transcribe.py"))
    exe = os.path.join(a.build, "app", "voicemail-coach")
    env = dict(os.environ)
    for kv in a.env:
        k, _, v = kv.partition("=")
        env[k] = v
    os.makedirs(a.work, exist_ok=True)
    report = {}
    for name in a.sets.split(","):
        items = SETS[name](a.shared, a.work)
        if not items:
            print("skipped %s: its files are not on this machine" % name, file=sys.stderr)
            continue
        items = items[::max(a.every, 1)]
        hyp, cpu, load, audio = ours(exe, items, a.jobs, env, ["--thorough"] if a.thorough else [])
        entry = figures(score, bt, items, hyp)
        entry["audio_seconds"] = round(audio, 1)
        entry["cpu_per_audio_second"] = round((cpu - load) / max(audio, 1e-9), 3)
        if a.baseline:
            entry["pocketsphinx_wer"] = figures(score, bt, items, baseline(items, a.jobs, a.work))["wer"]
        report[name] = entry
    if a.json:
        print(json.dumps(report, indent=1))
        return
    keys = ["files", "words", "wer", "pocketsphinx_wer", "number_words", "numbers_exact", "audio_seconds",
            "cpu_per_audio_second"]
    print("%-22s" % "" + "".join("%12s" % n for n in report))
    for k in keys:
        if any(k in e for e in report.values()):
            print("%-22s" % k + "".join("%12s" % e.get(k, "-") for e in report.values()))


if __name__ == "__main__":
    main()
