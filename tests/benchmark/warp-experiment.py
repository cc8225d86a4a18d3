#!/usr/bin/python3
"""Experiment (issue 11): frequency warping (VTLN) chosen by the decoder's own score, on the real
phone voice of ../shared/realspeech/allison.

  warp-experiment.py [--shared SHARED] [--warps 0.9,0.95,1.0,1.05,1.1,1.15,1.2] [--jobs 2]

Plain pocketsphinx (Debian's 5prealpha, through its Python binding: apt-get install
python3-pocketsphinx; run with the system's /usr/bin/python3), the en-us model and its general
language model, every prompt resampled to 16 kHz, decoded once per warp factor
(`-warp_type inverse_linear -warp_params W`). Prints the word error rate of

- each fixed warp, over all prompts;
- a warp chosen per recording: the one whose best hypothesis scores highest;
- a warp chosen per voice, as an enrollment would: the one with the highest total score over
  two thirds of the prompts (every third one left out), scored on the third left out;
- the oracle (the best warp of each prompt, by its errors): what no selection can beat.

The voicemail coach's own pipeline with a fixed warp can be measured with bench-realspeech.py
--env "VMC_PS_ARGS=-warp_type inverse_linear -warp_params 1.2". Nothing is kept.
"""
import argparse, concurrent.futures as cf, os, re, subprocess, sys

MODEL = "/usr/share/pocketsphinx/model/en-us"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def words(text):
    return re.sub(r"[^a-z' ]", " ", text.lower()).split()


def errors(ref, hyp):
    d = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        prev, d[0] = d[:], i
        for j in range(1, len(hyp) + 1):
            d[j] = min(prev[j] + 1, d[j - 1] + 1, prev[j - 1] + (ref[i - 1] != hyp[j - 1]))
    return d[len(hyp)]


def decode_part(args):
    """Decodes items[part::parts] at every warp: {file: {warp: (hyp, score)}}"""
    shared, items, warps = args
    from pocketsphinx import pocketsphinx as ps

    decoders = {}
    for w in warps:
        c = ps.Decoder.default_config()
        c.set_string("-hmm", MODEL + "/en-us")
        c.set_string("-lm", MODEL + "/en-us.lm.bin")
        c.set_string("-dict", MODEL + "/cmudict-en-us.dict")
        c.set_string("-logfn", "/dev/null")
        if w != "1.0":
            c.set_string("-warp_type", "inverse_linear")
            c.set_string("-warp_params", w)
        decoders[w] = ps.Decoder(c)
    out = {}
    for f, _ in items:
        raw = subprocess.run(["sox", os.path.join(shared, "realspeech", "allison", f), "-t", "raw", "-r", "16000",
                              "-e", "signed", "-b", "16", "-c", "1", "-"], capture_output=True, check=True).stdout
        out[f] = {}
        for w, dec in decoders.items():
            dec.start_utt()
            dec.process_raw(raw, False, True)
            dec.end_utt()
            h = dec.hyp()
            out[f][w] = (h.hypstr if h else "", h.best_score if h else -10**12)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared")))
    ap.add_argument("--warps", default="0.9,0.95,1.0,1.05,1.1,1.15,1.2")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        sys.exit("warp-experiment.py needs python3-pocketsphinx (apt-get install python3-pocketsphinx) "
                 "and the system's python: /usr/bin/python3 %s" % sys.argv[0])
    tsv = os.path.join(a.shared, "realspeech", "allison", "transcripts.tsv")
    if not os.path.exists(tsv):
        sys.exit("%s is not there" % tsv)
    items = []
    for line in open(tsv, encoding="utf-8"):
        f, _, text = line.rstrip("\n").partition("\t")
        if f and text:
            items.append((f, words(text)))
    warps = [str(float(w)) for w in a.warps.split(",")]
    if "1.0" not in warps:
        warps.insert(0, "1.0")
    heard = {}
    with cf.ProcessPoolExecutor(a.jobs) as ex:
        for part in ex.map(decode_part, [(a.shared, items[p::a.jobs], warps) for p in range(a.jobs)]):
            heard.update(part)
    ref = dict(items)

    def wer(files, pick):
        return sum(errors(ref[f], words(heard[f][pick(f)][0])) for f in files) / sum(len(ref[f]) for f in files)

    files = [f for f, _ in items]
    print("allison, %d prompts, %d words: word error rate" % (len(files), sum(len(ref[f]) for f in files)))
    for w in warps:
        print("  warp %-5s %.4f" % (w, wer(files, lambda f, w=w: w)))
    print("  per recording, best score %.4f" % wer(files, lambda f: max(warps, key=lambda w: heard[f][w][1])))
    print("  oracle                    %.4f" % wer(files, lambda f: min(warps, key=lambda w: errors(ref[f], words(heard[f][w][0])))))
    learn = [f for i, f in enumerate(files) if i % 3 != 2]
    test = [f for i, f in enumerate(files) if i % 3 == 2]
    voice = max(warps, key=lambda w: sum(heard[f][w][1] for f in learn))
    print("per voice: the warp with the best total score over %d prompts is %s; on the %d left out:"
          % (len(learn), voice, len(test)))
    print("  no warp %.4f, warp %s %.4f" % (wer(test, lambda f: "1.0"), voice, wer(test, lambda f: voice)))


if __name__ == "__main__":
    main()
