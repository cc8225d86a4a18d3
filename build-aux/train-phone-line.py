#!/usr/bin/env python3
"""Learn the phone line's transform of the speech model: data/phone-line.mllr.

  build-aux/train-phone-line.py [--build _build] [--work DIR] [--voices N] [OUT]

A phone line keeps only 300-3400 Hz and mu-law's coarse steps, which the model (trained on
wideband speech) has never heard. This learns one MLLR transform of the model's means that
maps them onto speech heard through such a line: the project's own voicemails of the tuned
set that the suite does not score (tests/phrasings/tune.json, every second message from the
second on), each read by N synthetic voices of different kinds (flite, festival, espeak-ng)
and rendered through a phone band, as tests/phrasings/render.py does. One transform for every
voice learns the line, not a speaker; no real voice is learned from, so the real phone
recordings the benchmarks use (../shared/realspeech) stay unseen.

The recognizer applies it to recordings it finds narrowband (analysis/vmc-band.c) when no
voice of the speaker is in use. Needs the build (voicemail-coach enroll), flite, festival,
espeak-ng, sox and sphinxtrain; build-aux/deps.sh test installs them. About five minutes.
"""
import argparse, copy, importlib.util, json, os, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
VOICES = [("flite", "kal16"), ("flite", "awb"), ("flite", "rms"), ("flite", "slt"),
          ("festival", "kal_diphone"), ("festival", "ked_diphone"),
          ("festival", "cmu_us_slt_arctic_hts"), ("espeak", "en-us+klatt")]


def load_renderer():
    spec = importlib.util.spec_from_file_location(
        "render", os.path.join(ROOT, "tests", "phrasings", "render.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def messages(n_voices):
    """Each unscored tuned message, read by its own voice and n_voices - 1 others."""
    msgs = json.load(open(os.path.join(ROOT, "tests", "phrasings", "tune.json")))["messages"]
    out = []
    for i, m in enumerate(msgs[1::2]):
        own = (m["render"]["engine"], m["render"]["voice"])
        others = [v for v in VOICES if v != own]
        voices = [own] + [others[(i * 3 + k) % len(others)] for k in range(n_voices - 1)]
        for k, (engine, voice) in enumerate(voices):
            r = {"engine": engine, "voice": voice, "phone": True}
            if "stretch" in m["render"]:
                r["stretch"] = m["render"]["stretch"]
            mm = copy.deepcopy(m)
            mm["id"] = "%s-v%d" % (m["id"], k)
            mm["render"] = r
            mm.pop("plan", None)
            out.append(mm)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "_build"))
    ap.add_argument("--work", help="keep the renders here (default: a temporary folder)")
    ap.add_argument("--voices", type=int, default=2, help="voices per message (default 2)")
    ap.add_argument("out", nargs="?", default=os.path.join(ROOT, "data", "phone-line.mllr"))
    a = ap.parse_args()

    exe = os.path.join(a.build, "app", "voicemail-coach")
    if not os.access(exe, os.X_OK):
        sys.exit("%s is not built: run meson setup and ninja first." % exe)
    tmp = None
    work = a.work
    if work is None:
        tmp = tempfile.TemporaryDirectory()
        work = tmp.name
    audio = os.path.join(work, "audio")
    os.makedirs(audio, exist_ok=True)
    os.environ["SOX_OPTS"] = "-R"   # the same renders every time
    render = load_renderer()
    todo = messages(a.voices)
    with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        paths = list(ex.map(lambda m: render.render(m, audio), todo))
    lst = os.path.join(work, "phone-line.tsv")
    with open(lst, "w") as f:
        for m, p in zip(todo, paths):
            f.write("%s\t%s\n" % (p, " ".join(m["words"])))

    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"), VMC_ADAPT_STEPS="mllr",
               VMC_PHONE_LINE_MLLR="")
    subprocess.run([exe, "enroll", "--name", "phone line", lst], env=env, check=True)
    learned = os.path.join(work, "data", "voicemail-coach", "voices", "phone-line", "mllr")
    shutil.copyfile(learned, a.out)
    print("%s: learned from %d renders" % (a.out, len(todo)))
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
