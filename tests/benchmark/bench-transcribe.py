#!/usr/bin/env python3
"""Benchmark `voicemail-coach transcribe` against plain pocketsphinx_continuous.

  bench-transcribe.py [--build BUILD] [--shared SHARED] [--work DIR] [--jobs N] [--only ID,ID]
                      [--skip-baseline] [--skip-real] [--json]

Renders ../shared/corpus (and real-voice numbers from ../shared/realspeech) once into --work,
runs both recognizers on every file in the same run, and prints:
  wer                 word error rate (../shared/corpus/score.py's alignment)
  number_words        share of words inside spoken callback numbers recognized exactly
  numbers_exact       share of spoken numbers whose every word came out right
  time_ratio          wall time of ours / wall time of pocketsphinx_continuous, same files
  load_seconds        model load time (median over the runs, from `transcribe --verbose`)
  peak_rss_mb         largest resident set of any of our runs
"""
import argparse, concurrent.futures as cf, json, os, re, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def time_rss(cmd):
    """Runs cmd under os.wait4 to get its own peak RSS. stderr goes to a file, so that
    neither pipe can fill up while the other is read."""
    t0 = time.monotonic()
    with tempfile.TemporaryFile(mode="w+") as errf:
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errf, text=True)
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - t0
        errf.seek(0)
        err = errf.read()
    return out, err, wall, ru.ru_maxrss / 1024.0, p.returncode


def number_spans(tags):
    spans, start = [], None
    for i, t in enumerate(list(tags) + [None]):
        is_num = t in ("number", "closing_number")
        if is_num and start is None:
            start = i
        if not is_num and start is not None:
            spans.append((start, i - 1))
            start = None
    return spans


ZERO = {"oh": "zero", "o": "zero"}


def number_scores(score, ref, tags, hyp):
    """Word-level accuracy inside the number spans, and how many spans came out whole."""
    _, mp = score.align(ref, hyp)
    ok_at = set()
    inserted_in = set()
    for j, r in enumerate(mp):
        if isinstance(r, int):
            if ZERO.get(ref[r], ref[r]) == ZERO.get(hyp[j], hyp[j]):
                ok_at.add(r)
        elif isinstance(r, tuple):
            inserted_in.add(r[1])
    words = right = spans_ok = 0
    spans = number_spans(tags)
    for a, b in spans:
        n_ok = sum(1 for i in range(a, b + 1) if i in ok_at)
        words += b - a + 1
        right += n_ok
        if n_ok == b - a + 1 and not any(a < k <= b for k in inserted_in):
            spans_ok += 1
    return words, right, len(spans), spans_ok



def evaluate(score, msgs, wavdir, cmd, jobs, label):
    def one(m):
        wav = os.path.join(wavdir, m["id"] + ".wav")
        out, err, wall, rss, rc = time_rss(cmd(wav))
        return m, out, err, wall, rss, rc

    with cf.ThreadPoolExecutor(jobs) as ex:
        results = list(ex.map(one, msgs))
    errs = nwords = 0
    nw = nr = ns = nsok = 0
    wall_total = 0.0
    rss_max = 0.0
    loads = []
    failures = 0
    for m, out, err, wall, rss, rc in results:
        wall_total += wall
        rss_max = max(rss_max, rss)
        if rc != 0:
            failures += 1
            print("  %s %s: exit %d %s" % (label, m["id"], rc, err.strip()[-200:]), file=sys.stderr)
            continue
        if out.lstrip().startswith("{"):
            hyp = [score.norm(w["word"]) for w in json.loads(out)["words"]]
        else:
            hyp = [score.norm(w) for w in out.split()]
        mo = re.search(r"model loaded in ([0-9.]+) s", err)
        if mo:
            loads.append(float(mo.group(1)))
        ref = [score.norm(w) for w in m["words"]]
        e, _ = score.align(ref, hyp)
        errs += e
        nwords += len(ref)
        a, b, c, d = number_scores(score, ref, m["tags"], hyp)
        nw += a; nr += b; ns += c; nsok += d
    return {
        "wer": round(errs / max(nwords, 1), 4),
        "number_words": round(nr / max(nw, 1), 4),
        "numbers_exact": round(nsok / max(ns, 1), 4),
        "numbers": ns,
        "wall_seconds": round(wall_total, 2),
        "peak_rss_mb": round(rss_max, 1),
        "load_seconds": round(statistics.median(loads), 3) if loads else None,
        "failures": failures,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "_build"))
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--work", default="/tmp/vmc-bench")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--skip-real", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    sys.path.insert(0, os.path.join(a.shared, "corpus"))
    import score  # noqa: E402  (the corpus's own scorer: one definition of the word error rate)

    exe = os.path.join(a.build, "app", "voicemail-coach")
    corpus_dir = os.path.join(a.work, "corpus")
    real_dir = os.path.join(a.work, "realnum")
    os.makedirs(corpus_dir, exist_ok=True)
    # sox's repeatable mode seeds its noise and dither generators: without it every render of
    # the noisy messages differs, and so do the figures (wer moved by 0.004 between renders).
    render_env = dict(os.environ, SOX_OPTS="-R")
    subprocess.run([sys.executable, os.path.join(a.shared, "corpus", "render.py"),
                    os.path.join(a.shared, "corpus", "messages.json"), corpus_dir], check=True, env=render_env)
    sets = [("corpus", json.load(open(os.path.join(a.shared, "corpus", "messages.json")))["messages"], corpus_dir)]
    if not a.skip_real:
        if not os.path.exists(os.path.join(real_dir, "messages.json")):
            subprocess.run([sys.executable, os.path.join(a.shared, "realspeech", "make_numbers.py"),
                            os.path.join(a.shared, "realspeech", "fsdd"), real_dir, "george,lucas,theo", "10"],
                           check=True, env=render_env)
        sets.append(("realnum", json.load(open(os.path.join(real_dir, "messages.json")))["messages"], real_dir))

    report = {}
    for name, msgs, wavdir in sets:
        if a.only:
            keep = set(a.only.split(","))
            msgs = [m for m in msgs if m["id"] in keep]
        if not msgs:
            continue
        ours = evaluate(score, msgs, wavdir, lambda w: [exe, "transcribe", "--json", "--verbose", w], a.jobs, "ours")
        entry = {"ours": ours}
        if not a.skip_baseline:
            base = evaluate(score, msgs, wavdir,
                            lambda w: ["pocketsphinx_continuous", "-infile", w, "-logfn", "/dev/null"],
                            a.jobs, "baseline")
            entry["pocketsphinx"] = base
            entry["time_ratio"] = round(ours["wall_seconds"] / max(base["wall_seconds"], 1e-9), 3)
        report[name] = entry

    if a.json:
        print(json.dumps(report, indent=1))
        return
    for name, entry in report.items():
        print("== %s" % name)
        keys = ["wer", "number_words", "numbers_exact", "numbers", "wall_seconds", "peak_rss_mb",
                "load_seconds", "failures"]
        print("%-16s %12s %14s" % ("", "ours", "pocketsphinx"))
        for k in keys:
            print("%-16s %12s %14s" % (k, entry["ours"].get(k), entry.get("pocketsphinx", {}).get(k, "-")))
        if "time_ratio" in entry:
            print("%-16s %12s" % ("time_ratio", entry["time_ratio"]))


if __name__ == "__main__":
    main()
