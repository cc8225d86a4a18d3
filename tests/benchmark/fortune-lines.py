#!/usr/bin/env python3
"""Sentences that are no voicemails, one message a line, for vmc-elements-text (a tuning aid).

  fortune-lines.py [DIR] > lines.txt
  build/tests/vmc-elements-text < lines.txt > hits.txt

DIR is the fortunes of Debian's `fortunes` package (/usr/share/games/fortunes; install it
with apt-get, it is not needed to build or test). Each fortune's sentences become lines in
lower case without punctuation, as the recognizer writes words; sentences with digits or
other symbols are left out, and so are the attributions. Every ask, demand, referral, other
channel or time window the detectors find in them is a look-alike to read: a frame that
takes it is too broad. (The reasons found by position are no help here: every first clause
after no name is one.)
"""
import glob, os, re, sys


def sentences(text):
    for s in re.split(r"(?<=[.!?;:])\s+|\n\s*\n", text):
        toks = []
        for t in re.split(r"[\s\-\u2013\u2014/,\"()]+", s):
            t = t.lower().strip(".,;:!?\"()\u2026\u201c\u201d\u2018\u2019'*_[]{}<>").replace("\u2019", "'")
            if not t:
                continue
            if re.search(r"[^a-z']", t):
                toks = None
                break
            toks.append(t)
        if toks and len(toks) >= 3:
            yield " ".join(toks)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/games/fortunes"
    files = [f for f in sorted(glob.glob(os.path.join(folder, "*")))
             if os.path.isfile(f) and "." not in os.path.basename(f)
             and os.path.basename(f) not in ("art", "ascii-art")]
    if not files:
        sys.exit("no fortunes in %s: apt-get install fortunes" % folder)
    for f in files:
        for fortune in open(f, encoding="utf-8", errors="replace").read().split("\n%\n"):
            fortune = re.sub(r"\n\s*--.*$", "", fortune.strip(), flags=re.S)
            for s in sentences(fortune.replace("\n", " ")):
                print(s)


if __name__ == "__main__":
    main()
