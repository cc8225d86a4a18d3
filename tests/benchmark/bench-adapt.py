#!/usr/bin/env python3
"""Word error rate on real voices before and after learning each speaker's voice (enroll).

  bench-adapt.py [--build BUILD] [--shared SHARED] [--work DIR] [--jobs N]
                 [--sets allison,fsdd,librivox] [--thorough] [--json]

Each set is split by speaker into recordings to learn from and recordings to test on; the
test part is never learned from:
  allison   ../shared/realspeech/allison (one human voice through a phone line, 8 kHz): learn
            from two prompts in three (sorted by name), test on the third
  fsdd      ../shared/realspeech/fsdd, for each of its three speakers: learn from the digit
            clips numbered 30-49 (each clip its own sentence), test on ten ten-digit numbers
            strung from clips 0-29 (make_numbers.py)
  librivox  Debian's pocketsphinx-testdata read speech (one reader, five sentences, 16 kHz):
            each sentence tested after learning from the other four
Prints wer (and, for fsdd, the number words right and whole numbers right) before and after,
the time enroll took, and the decoder's CPU per second of audio with and without the voice.
--thorough transcribes with the thorough pass (`transcribe --thorough`) before and after.
"""
import argparse, glob, importlib.util, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
TESTDATA = "/usr/share/pocketsphinx/test/data"
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


rs = load_module("bench_realspeech", os.path.join(HERE, "bench-realspeech.py"))


def enroll(exe, env, name, pairs, work):
    """pairs: [(audio path, words)]. Returns seconds taken."""
    lst = os.path.join(work, "enroll-%s.tsv" % name)
    with open(lst, "w") as f:
        for path, words in pairs:
            f.write("%s\t%s\n" % (path, " ".join(words)))
    out = subprocess.run([exe, "enroll", "--quiet", "--name", name, lst], env=env,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("enroll failed: " + out.stderr.strip())
    m = re.search(r"in ([0-9.]+) s:", out.stdout)
    return float(m.group(1)) if m else 0.0


THOROUGH = []


def measure(exe, items, jobs, env, voice, score, bt):
    hyp, cpu, load, audio = rs.ours(exe, items, jobs, env, (["--voice", voice] if voice else []) + THOROUGH)
    f = rs.figures(score, bt, items, hyp)
    f["cpu_per_audio_second"] = round((cpu - load) / max(audio, 1e-9), 3)
    return f


def allison(shared, work):
    items = rs.allison_set(shared, work)
    if not items:
        return None
    items.sort(key=lambda it: it["id"])
    learn = [(it["wav"], it["words"]) for i, it in enumerate(items) if i % 3 != 2]
    test = [it for i, it in enumerate(items) if i % 3 == 2]
    return [("allison", "Allison", learn, test)]


def fsdd(shared, work):
    src = os.path.join(shared, "realspeech", "fsdd")
    if not os.path.isdir(src):
        return None
    out = []
    for sp in ("george", "lucas", "theo"):
        clips = sorted(glob.glob(os.path.join(src, "fsdd_%s_*_*.flac" % sp)))
        learn, testdir = [], os.path.join(work, "fsdd-test-clips-" + sp)
        os.makedirs(testdir, exist_ok=True)
        singles = []
        for c in clips:
            m = re.match(r"fsdd_[a-z]+_(\d)_(\d+)\.flac$", os.path.basename(c))
            d, idx = int(m.group(1)), int(m.group(2))
            if idx >= 30:
                singles.append((idx, d, c))
            else:
                link = os.path.join(testdir, os.path.basename(c))
                if not os.path.exists(link):
                    os.symlink(c, link)
        # a clip is too short to be a recording of its own: five digits read in a row are one
        singles.sort()
        for g in range(0, len(singles), 5):
            group = singles[g:g + 5]
            wav = os.path.join(work, "fsdd-learn-%s-%03d.wav" % (sp, g // 5))
            if not os.path.exists(wav):
                subprocess.run(["sox"] + [c for _, _, c in group] + [wav, "rate", "16000", "pad", "0.3", "0.3"],
                               check=True, env=dict(os.environ, SOX_OPTS="-R"))
            learn.append((wav, [DIGITS[d] for _, d, _ in group]))
        numdir = os.path.join(work, "fsdd-numbers-" + sp)
        if not os.path.exists(os.path.join(numdir, "messages.json")):
            subprocess.run([sys.executable, os.path.join(shared, "realspeech", "make_numbers.py"), testdir,
                            numdir, sp, "10", "11"], check=True, env=dict(os.environ, SOX_OPTS="-R"))
        msgs = json.load(open(os.path.join(numdir, "messages.json")))["messages"]
        test = [{"id": m["id"], "wav": os.path.join(numdir, m["id"] + ".wav"), "words": m["words"],
                 "tags": m["tags"]} for m in msgs]
        out.append(("fsdd-" + sp, sp, learn, test))
    return out


def librivox(shared, work):
    items = [it for it in (rs.testdata_set(shared, work) or []) if it["id"].startswith("librivox/")]
    if len(items) < 2:
        return None
    return [("librivox-%d" % i, "Reader %d" % i, [(o["wav"], o["words"]) for o in items if o is not it], [it])
            for i, it in enumerate(items)]


SETS = {"allison": allison, "fsdd": fsdd, "librivox": librivox}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "_build"))
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--work", default="/tmp/vmc-adapt-bench")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sets", default="allison,fsdd,librivox")
    ap.add_argument("--thorough", action="store_true", help="transcribe with the thorough pass")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if a.thorough:
        THOROUGH.append("--thorough")

    score = load_module("corpus_score", os.path.join(a.shared, "corpus", "score.py"))
    bt = load_module("bench_transcribe", os.path.join(HERE, "bench-transcribe.py"))
    exe = os.path.join(a.build, "app", "voicemail-coach")
    os.makedirs(a.work, exist_ok=True)
    xdg = os.path.join(a.work, "xdg")
    shutil.rmtree(xdg, ignore_errors=True)
    env = dict(os.environ, XDG_DATA_HOME=xdg)
    report = {}
    for name in a.sets.split(","):
        groups = SETS[name](a.shared, a.work)
        if not groups:
            print("skipped %s: its files are not on this machine" % name, file=sys.stderr)
            continue
        agg = {}
        for gid, speaker, learn, test in groups:
            before = measure(exe, test, a.jobs, env, None, score, bt)
            took = enroll(exe, env, speaker, learn, a.work)
            after = measure(exe, test, a.jobs, env, speaker, score, bt)
            if name != "librivox":
                report[gid] = {"learn": len(learn), "test": len(test), "words": before["words"],
                               "wer_before": before["wer"], "wer_after": after["wer"],
                               "enroll_s": round(took, 1),
                               "cpu_before": before["cpu_per_audio_second"],
                               "cpu_after": after["cpu_per_audio_second"]}
                for k in ("number_words", "numbers_exact"):
                    if k in before:
                        report[gid][k + "_before"] = before[k]
                        report[gid][k + "_after"] = after[k]
            for k, f in (("before", before), ("after", after)):
                agg.setdefault(k, [0, 0])
                agg[k][0] += f["wer"] * f["words"]
                agg[k][1] += f["words"]
        if len(groups) > 1:
            report[name] = {"groups": len(groups), "words": agg["before"][1],
                            "wer_before": round(agg["before"][0] / agg["before"][1], 4),
                            "wer_after": round(agg["after"][0] / agg["after"][1], 4)}
    if a.json:
        print(json.dumps(report, indent=1))
        return
    keys = ["learn", "test", "words", "wer_before", "wer_after", "number_words_before", "number_words_after",
            "numbers_exact_before", "numbers_exact_after", "enroll_s", "cpu_before", "cpu_after"]
    print("%-22s" % "" + "".join("%14s" % n for n in report))
    for k in keys:
        if any(k in e for e in report.values()):
            print("%-22s" % k + "".join("%14s" % e.get(k, "-") for e in report.values()))


if __name__ == "__main__":
    main()
