#!/usr/bin/env python3
"""Experiment: a statistical tagger for the parts of a voicemail, against the frame grammar.

  tagger-experiment.py TUNE_ANALYSES SHARED_ANALYSES [--folds 5] [--epochs 12]

Trains an averaged structured perceptron (a linear model over words and their neighbours,
word classes, position and pauses, with first-order label transitions decoded by Viterbi)
on recognized transcripts whose script tags were carried over by alignment: the whole of
../shared/corpus and the tuned phrasings set minus one fold, tested on that fold. It compares,
on the same folds, the F1 of each kind for the grammar alone (the analyses in
TUNE_ANALYSES, as `voicemail-coach analyze --json` or tests/benchmark/rescore.py made them), the tagger alone, and the
grammar with the tagger filling in kinds the grammar did not find. The held-out set is not
used. Prints one table; nothing is kept.
"""
import argparse, collections, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "phrasings"))
import score  # noqa: E402

KINDS = ["name", "ask", "reason", "rapport", "demand", "alternate_contact", "time_window", "thanks"]
NUMWORDS = set("zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
               "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
               "ninety hundred thousand double triple".split())


def load_lexicon(path="/usr/share/dict/american-english-large"):
    lex = {}
    try:
        for line in open(path, encoding="utf-8", errors="replace"):
            w = line.strip()
            if not w or w.endswith("'s"):
                continue
            lex[w.lower()] = lex.get(w.lower(), 0) | (2 if w[0].isupper() else 1)
    except OSError:
        pass
    return lex


LEX = load_lexicon()


def examples(msgs, outdir):
    """(words, times, tags) per message: the recognized words with the script's tags."""
    out = []
    for m in msgs:
        p = os.path.join(outdir, m["id"] + ".json")
        if not os.path.exists(p):
            continue
        r = json.load(open(p))
        if "words" not in r:
            continue
        words = [w for w in r["words"] if not w.get("filler")]
        hyp = [score.norm(w["word"]) for w in words]
        _, where = score.align([score.norm(w) for w in m["words"]], hyp)
        tags = []
        for x in where:
            t = m["tags"][x] if isinstance(x, int) else None
            tags.append(t if t in KINDS else None)
        out.append((m, r, words, hyp, tags))
    return out


def features(hyp, words, i):
    w = lambda k: hyp[k] if 0 <= k < len(hyp) else ("<s>" if k < 0 else "</s>")
    cls = lambda x: {0: "unk", 1: "common", 2: "name", 3: "both"}[LEX.get(x, 0)]
    gap = words[i]["start"] - words[i - 1]["end"] if i > 0 else 1.0
    f = ["b", "w=" + w(i), "w-1=" + w(i - 1), "w+1=" + w(i + 1), "w-2=" + w(i - 2), "w+2=" + w(i + 2),
         "w-1w=" + w(i - 1) + "_" + w(i), "ww+1=" + w(i) + "_" + w(i + 1),
         "w-2w-1=" + w(i - 2) + "_" + w(i - 1), "w+1w+2=" + w(i + 1) + "_" + w(i + 2),
         "cls=" + cls(w(i)), "cls-1=" + cls(w(i - 1)), "cls+1=" + cls(w(i + 1)),
         "num=%d" % (w(i) in NUMWORDS), "num-1=%d" % (w(i - 1) in NUMWORDS), "num+1=%d" % (w(i + 1) in NUMWORDS),
         "pos=%d" % min(i // 6, 6), "rel=%d" % int(5 * i / max(len(hyp), 1)), "gap=%d" % (gap > 0.3),
         "conf=%d" % int(3 * words[i].get("confidence", 1.0))]
    return f


def bio(tags):
    out, prev = [], None
    for t in tags:
        out.append("O" if t is None else ("I-" if t == prev else "B-") + t)
        prev = t
    return out


LABELS = ["O"] + ["%s-%s" % (p, k) for k in KINDS for p in "BI"]


class Perceptron:
    def __init__(self):
        self.w = collections.defaultdict(float)
        self.total = collections.defaultdict(float)
        self.stamp = collections.defaultdict(int)
        self.t = 0

    def score(self, feats, label, prev):
        s = sum(self.w.get((f, label), 0.0) for f in feats)
        return s + self.w.get(("trans=" + prev, label), 0.0)

    def viterbi(self, seq):
        best = [{}]
        for lab in LABELS:
            best[0][lab] = (self.score(seq[0], lab, "<s>"), None)
        for i in range(1, len(seq)):
            best.append({})
            for lab in LABELS:
                base = sum(self.w.get((f, lab), 0.0) for f in seq[i])
                cand = max(((best[i - 1][p][0] + self.w.get(("trans=" + p, lab), 0.0), p) for p in LABELS))
                best[i][lab] = (cand[0] + base, cand[1])
        lab = max(best[-1], key=lambda k: best[-1][k][0])
        out = [lab]
        for i in range(len(seq) - 1, 0, -1):
            lab = best[i][lab][1]
            out.append(lab)
        return out[::-1]

    def update(self, key, delta):
        self.total[key] += (self.t - self.stamp[key]) * self.w[key]
        self.stamp[key] = self.t
        self.w[key] += delta

    def train(self, data, epochs, rng):
        for _ in range(epochs):
            rng.shuffle(data)
            for seq, gold in data:
                self.t += 1
                pred = self.viterbi(seq)
                if pred == gold:
                    continue
                for i, (g, p) in enumerate(zip(gold, pred)):
                    gp = gold[i - 1] if i else "<s>"
                    pp = pred[i - 1] if i else "<s>"
                    if g != p or gp != pp:
                        for f in seq[i]:
                            self.update((f, g), 1.0)
                            self.update((f, p), -1.0)
                        self.update(("trans=" + gp, g), 1.0)
                        self.update(("trans=" + pp, p), -1.0)
        for key in list(self.w):
            self.total[key] += (self.t - self.stamp[key]) * self.w[key]
            self.w[key] = self.total[key] / max(self.t, 1)


def spans_of(labels):
    out, cur = [], None
    for i, lab in enumerate(labels + ["O"]):
        kind = lab[2:] if lab != "O" else None
        if cur and (lab == "O" or lab.startswith("B-") or kind != cur[0]):
            out.append(tuple(cur))
            cur = None
        if kind and cur is None:
            cur = [kind, i, i]
        elif kind and cur:
            cur[2] = i
    return out


def f1(stats):
    out = {}
    for k in KINDS:
        m, want, got = stats[k]
        rec = m / want if want else 0.0
        prec = m / got if got else 0.0
        out[k] = round(2 * rec * prec / (rec + prec), 3) if rec and prec else 0.0
    return out


def count(stats, m, where, preds):
    """Like score.py: an expected span counts when a prediction covers half of it."""
    for k in KINDS:
        want = score.tag_spans(m["tags"], k)
        got = [score.script_span(where, a, b) for kind, a, b in preds if kind == k]
        stats[k][1] += len(want)
        stats[k][2] += len(got)
        used = set()
        for a, b in want:
            for gi, g in enumerate(got):
                if gi in used or g is None:
                    continue
                if max(0, min(b, g[1]) - max(a, g[0]) + 1) * 2 >= b - a + 1:
                    used.add(gi)
                    break
        stats[k][0] += len(used)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tune_analyses")
    ap.add_argument("shared_analyses")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--with-text", action="store_true",
                    help="also train on the scripts' own words (the text without recognition errors)")
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared")))
    a = ap.parse_args()
    rng = random.Random(1)
    tune = examples(json.load(open(os.path.join(ROOT, "tests", "phrasings", "tune.json")))["messages"],
                    a.tune_analyses)
    shared = []
    sp = os.path.join(a.shared, "corpus", "messages.json")
    if os.path.exists(sp):
        shared = examples(json.load(open(sp))["messages"], a.shared_analyses)
    order = list(range(len(tune)))
    rng.shuffle(order)
    stats = {name: {k: [0, 0, 0] for k in KINDS} for name in ("grammar", "tagger", "grammar+tagger")}
    for fold in range(a.folds):
        test = [tune[i] for i in order[fold::a.folds]]
        train = [tune[i] for i in order if i not in order[fold::a.folds]] + shared
        data = [([features(h, w, i) for i in range(len(h))], bio(t)) for m, r, w, h, t in train if h]
        if a.with_text:
            for m, r, w, h, t in train:
                fake = [{"start": 0.3 * i, "end": 0.3 * i + 0.3, "confidence": 1.0} for i in range(len(m["words"]))]
                tags = [x if x in KINDS else None for x in m["tags"]]
                data.append(([features(m["words"], fake, i) for i in range(len(fake))], bio(tags)))
        model = Perceptron()
        model.train(data, a.epochs, rng)
        for m, r, words, hyp, tags in test:
            if not hyp:
                continue
            _, where = score.align([score.norm(x) for x in m["words"]], hyp)
            # the grammar's elements, as indexes into the words without fillers
            full = r["words"]
            keep = [i for i, w in enumerate(full) if not w.get("filler")]
            pos = {orig: k for k, orig in enumerate(keep)}
            gram = []
            for e in r.get("elements", []):
                if e["kind"] in KINDS and e["first_word"] in pos and e["last_word"] in pos:
                    gram.append((e["kind"], pos[e["first_word"]], pos[e["last_word"]]))
            tag = spans_of(model.viterbi([features(hyp, words, i) for i in range(len(hyp))]))
            have = {k for k, _, _ in gram}
            both = gram + [s for s in tag if s[0] not in have]
            count(stats["grammar"], m, where, gram)
            count(stats["tagger"], m, where, tag)
            count(stats["grammar+tagger"], m, where, both)
    print("%-20s" % "f1 (tuned set, %d folds)" % a.folds + "".join("%10s" % k[:9] for k in KINDS))
    for name, st in stats.items():
        res = f1(st)
        print("%-20s" % name + "".join("%10s" % res[k] for k in KINDS))


if __name__ == "__main__":
    main()
