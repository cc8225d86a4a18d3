#!/usr/bin/env python3
"""Score the analyzer on rendered messages of the project's own sets (tests/phrasings/).

  score.py MESSAGES.json WAVDIR [--jobs N] [--out DIR] [--json] [--only ID,ID] [--no-plan]
           [--figures-only] [--reuse DIR] -- ANALYZE_CMD...

Runs `ANALYZE_CMD [--plan ID.plan.json] ID.wav` for every message (it must print the analysis
JSON of ../shared/corpus/README.md) and prints the same figures as ../shared/corpus/score.py,
measured the same way (an element counts when its words cover at least half of the annotated
span, after aligning the transcript to the script; a verdict agrees when it is a pass where
a pass is expected, anything else where anything else is), and also the kinds `reason` and
`thanks`, and each message's misses, unless --figures-only (for the held-out set: its misses
are never read). --reuse DIR takes the analyses from DIR/ID.json instead of running the
command (a tuning aid, with tests/benchmark/vmc-reanalyze).
"""
import argparse, concurrent.futures as cf, json, os, re, subprocess, sys, time

TIPS = ["name", "number_early", "engaged", "direct", "short", "no_demands", "rapport",
        "accessible", "closing_number"]
KINDS = ["name", "number", "closing_number", "ask", "reason", "rapport", "demand",
         "alternate_contact", "time_window", "thanks"]


def norm(word):
    return re.sub(r"\(\d+\)$", "", word.lower())


def align(ref, hyp):
    """Levenshtein alignment. Returns the edit count and, for every hypothesis word, the
    index of the script word it stands for, or ("ins", i) when it was inserted before i."""
    n, m = len(ref), len(hyp)
    d = [list(range(m + 1))] + [[i] + [0] * m for i in range(1, n + 1)]
    for i in range(1, n + 1):
        row, prev = d[i], d[i - 1]
        for j in range(1, m + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ref[i - 1] != hyp[j - 1]))
    i, j, where = n, m, [None] * m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            where[j - 1] = i - 1
            i, j = i - 1, j - 1
        elif j > 0 and d[i][j] == d[i][j - 1] + 1:
            where[j - 1] = ("ins", i)
            j -= 1
        else:
            i -= 1
    return d[n][m], where


def tag_spans(tags, kind):
    out, start = [], None
    for i, t in enumerate(list(tags) + [None]):
        if t == kind and start is None:
            start = i
        if t != kind and start is not None:
            out.append((start, i - 1))
            start = None
    return out


def script_span(where, first, last):
    """The script words that hypothesis words first..last stand for."""
    refs = [where[k] for k in range(first, last + 1) if 0 <= k < len(where) and isinstance(where[k], int)]
    if refs:
        return min(refs), max(refs)
    ins = [where[k][1] for k in range(first, last + 1) if 0 <= k < len(where) and isinstance(where[k], tuple)]
    return (min(ins), min(ins)) if ins else None


def wav_seconds(path):
    return float(subprocess.run(["soxi", "-D", path], capture_output=True, text=True, check=True).stdout)


def analyse(msg, wavdir, cmd, outdir, reuse, use_plan):
    if reuse:
        with open(os.path.join(reuse, msg["id"] + ".json")) as f:
            res = json.load(f)
        res.setdefault("_seconds", 0.0)
        return res
    wav = os.path.join(wavdir, msg["id"] + ".wav")
    args = list(cmd)
    plan = os.path.join(wavdir, msg["id"] + ".plan.json")
    if use_plan and msg.get("plan") and os.path.exists(plan):
        args += ["--plan", plan]
    t0 = time.monotonic()
    p = subprocess.run(args + [wav], capture_output=True, text=True)
    try:
        res = json.loads(p.stdout)
    except ValueError:
        res = {"error": "exit %d, not JSON: %s" % (p.returncode, (p.stderr or p.stdout)[-300:])}
    res["_seconds"] = time.monotonic() - t0
    if outdir:
        with open(os.path.join(outdir, msg["id"] + ".json"), "w") as f:
            json.dump(res, f, indent=1)
    return res


def score(msgs, results, wavdir):
    edits = n_ref = 0
    found = {k: [0, 0, 0] for k in KINDS}     # expected spans matched, expected, predicted
    exact = n_numbers = digits_ok = n_digits = 0
    agree = {t: [0, 0] for t in TIPS}
    misses, audio, cpu = [], 0.0, 0.0
    for m, r in zip(msgs, results):
        dur = wav_seconds(os.path.join(wavdir, m["id"] + ".wav"))
        audio += dur
        cpu += r.get("_seconds", 0.0)
        if "error" in r:
            misses.append("%s: %s" % (m["id"], r["error"]))
            continue
        ref = [norm(w) for w in m["words"]]
        hyp = [norm(w["word"]) for w in r.get("words", [])]
        e, where = align(ref, hyp)
        edits += e
        n_ref += len(ref)
        preds = r.get("elements", [])
        for k in KINDS:
            want = tag_spans(m["tags"], k)
            got = [script_span(where, p.get("first_word", -1), p.get("last_word", -2))
                   for p in preds if p.get("kind") == k]
            found[k][1] += len(want)
            found[k][2] += len(got)
            used = set()
            for a, b in want:
                hit = False
                for gi, g in enumerate(got):
                    if gi in used or g is None:
                        continue
                    if max(0, min(b, g[1]) - max(a, g[0]) + 1) * 2 >= b - a + 1:
                        used.add(gi)
                        hit = True
                        break
                if not hit:
                    misses.append("%s: %s missed: %s" % (m["id"], k, " ".join(m["words"][a:b + 1])))
            found[k][0] += len(used)
            for gi, g in enumerate(got):
                if gi not in used:
                    p = [p for p in preds if p.get("kind") == k][gi]
                    misses.append("%s: %s extra: %s" % (m["id"], k, p.get("text")))
        late = "late_number" in m["faults"]
        for k, want in (("number", m.get("number")), ("closing_number", None if late else m.get("closing_digits"))):
            if not want:
                continue
            n_numbers += 1
            got = [p for p in preds if p.get("kind") == k]
            said = re.sub(r"\D", "", str(got[0].get("digits", ""))) if got else ""
            exact += said == want
            e, _ = align(list(want), list(said))
            n_digits += len(want)
            digits_ok += max(0, len(want) - e)
            if said != want:
                misses.append("%s: %s digits %s, expected %s" % (m["id"], k, said or "none", want))
        expect = dict(m["expect"])
        expect["short"] = dur <= 60.0
        verdicts = {t.get("id"): t.get("verdict") for t in r.get("tips", [])}
        for t in TIPS:
            if expect.get(t) is None:
                continue
            agree[t][1] += 1
            if (verdicts.get(t) == "pass") == expect[t]:
                agree[t][0] += 1
            else:
                misses.append("%s: tip %s expected %s, got %s" % (m["id"], t, "pass" if expect[t] else "not pass",
                                                                  verdicts.get(t)))
    out = {"messages": len(msgs), "wer": round(edits / max(n_ref, 1), 4),
           "digits_exact": round(exact / max(n_numbers, 1), 4), "numbers": n_numbers,
           "digit_accuracy": round(digits_ok / max(n_digits, 1), 4),
           "realtime_factor": round(cpu / max(audio, 1e-9), 4), "audio_seconds": round(audio, 1)}
    for k in KINDS:
        matched, n_want, n_got = found[k]
        if not n_want and not n_got:
            out["f1_" + k] = None
            continue
        rec = matched / n_want if n_want else 0.0
        prec = matched / n_got if n_got else 0.0
        out["f1_" + k] = round(2 * rec * prec / (rec + prec), 4) if rec and prec else 0.0
        out["recall_" + k] = round(rec, 4) if n_want else None
        out["precision_" + k] = round(prec, 4) if n_got else None
    total = sum(v[1] for v in agree.values())
    out["tip_agreement"] = round(sum(v[0] for v in agree.values()) / max(total, 1), 4)
    for t in TIPS:
        out["tip_" + t] = round(agree[t][0] / agree[t][1], 4) if agree[t][1] else None
    out["errors"] = sum(1 for x in misses if ": " in x and x.split(": ", 1)[1].startswith("exit"))
    return out, misses


def main():
    argv = sys.argv[1:]
    cmd = argv[argv.index("--") + 1:] if "--" in argv else []
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("messages")
    ap.add_argument("wavdir")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out")
    ap.add_argument("--reuse")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--no-plan", action="store_true")
    ap.add_argument("--figures-only", action="store_true")
    a = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    if not cmd and not a.reuse:
        ap.error("give the analyze command after --")
    data = json.load(open(a.messages))
    msgs = data["messages"]
    if a.only:
        keep = set(a.only.split(","))
        msgs = [m for m in msgs if m["id"] in keep]
    if a.out:
        os.makedirs(a.out, exist_ok=True)
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda m: analyse(m, a.wavdir, cmd, a.out, a.reuse, not a.no_plan), msgs))
    figures, misses = score(msgs, results, a.wavdir)
    if data.get("set") == "heldout":
        a.figures_only = True   # never shown: nothing may be tuned on the held-out set
    if a.json:
        print(json.dumps(figures, indent=1))
        return
    if not a.figures_only:
        for x in misses:
            print("  " + x)
    for k, v in figures.items():
        print("%-22s %s" % (k, v))


if __name__ == "__main__":
    main()
