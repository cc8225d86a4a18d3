#!/usr/bin/env python3
"""The domain language model's own sentences (analysis/lm/make-domain-lm.py --own): the
project's messages teach it how things are said, never the people and firms in them (TAP).

  test-domain-lm.py MAKE_DOMAIN_LM.py DICT
"""
import importlib.util, json, os, subprocess, sys, tempfile

make, dict_path = sys.argv[1:3]
spec = importlib.util.spec_from_file_location("make_domain_lm", make)
lm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lm)

known = set()
with open(dict_path, encoding="utf-8", errors="replace") as f:
    for line in f:
        known.add(line.split(" ", 1)[0].split("(")[0])

text = ("Hi Rosa, this is Dev Anand with Northwind Freight. Would you mind ringing me back on "
        "Tuesday? Marco Diaz thought we should talk; shoot me a text.")
words = ("hi rosa this is dev anand with northwind freight would you mind ringing me back on "
         "tuesday marco diaz thought we should talk shoot me a text").split()
tags = [None] * len(words)
for k in (4, 5):
    tags[k] = "name"
for k in (7, 8):
    tags[k] = "company"
messages = {"messages": [
    {"id": "tu-001", "text": text, "words": words, "tags": tags, "plan": {"recipient": "Rosa"}},
    {"id": "tu-002", "text": "Holler back whenever suits.", "words": "holler back whenever suits".split(),
     "tags": [None] * 4},
]}
tests = []
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tune.json")
    with open(path, "w") as f:
        json.dump(messages, f)
    got = [" ".join(s) for s in lm.own_sentences(path, "tu-001", known)]
    tests.append(("the phrasings are learned, a sentence at a time",
                  "would you mind ringing me back on tuesday" in got and "shoot me a text" in got))
    flat = " ".join(got)
    tests.append(("the caller, the firm, the listener and the referrer are left out",
                  not any(w in flat.split() for w in ("rosa", "dev", "anand", "northwind", "freight", "marco", "diaz"))))
    tests.append(("the days stay (they are words of the phrasings)", "tuesday" in flat.split()))
    tests.append(("messages after --own-upto are left out", "holler" not in flat.split()))
    bad = {"messages": [dict(messages["messages"][0], words=["hello"] + words[1:])]}
    with open(path, "w") as f:
        json.dump(bad, f)
    try:
        lm.own_sentences(path, "", known)
        refused = False
    except AssertionError:
        refused = True
    tests.append(("a text that differs from its words is refused", refused))

    # a model built with them has learned them: a trigram of the fixture's that no generated
    # message says, with the share asked for
    messages["messages"][0]["text"] = text.replace("ringing me back", "ringing me back pronto")
    messages["messages"][0]["words"] = words[:15] + ["pronto"] + words[15:]
    messages["messages"][0]["tags"] = tags[:15] + [None] + tags[15:]
    with open(path, "w") as f:
        json.dump(messages, f)
    arpa = os.path.join(tmp, "lm.arpa")
    subprocess.run([sys.executable, make, dict_path, arpa, "--sentences", "300", "--own", path,
                    "--own-share", "0.3"], check=True)
    with open(arpa) as f:
        grams = {" ".join(line.split()[1:4]): float(line.split()[0]) for line in f if len(line.split()) == 4}
    tests.append(("a model built with --own holds their phrasings", "me back pronto" in grams))
    plain = os.path.join(tmp, "plain.arpa")
    subprocess.run([sys.executable, make, dict_path, plain, "--sentences", "300"], check=True)
    with open(plain) as f:
        tests.append(("... and without it does not", " me back pronto" not in f.read()))

print("1..%d" % len(tests))
for i, (what, ok) in enumerate(tests, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, what))
sys.exit(0 if all(ok for _, ok in tests) else 1)
