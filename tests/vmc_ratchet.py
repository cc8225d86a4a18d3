"""The ratchet's one rule, shared by the corpus and the phrasings ratchets: a measured figure
may not be worse than the one recorded in the repository (TAP output)."""
import sys

LOWER_IS_BETTER = {"wer", "realtime_factor", "errors"}


def check(got, want):
    """got and want: {set: {figure: value}}. Prints TAP; returns True when nothing fell."""
    checks = []
    for setname, figs in want.items():
        for key, recorded in figs.items():
            value = got.get(setname, {}).get(key)
            if value is None:
                checks.append((False, "%s %s measured" % (setname, key)))
                continue
            lower = key in LOWER_IS_BETTER
            ok = value <= recorded + 1e-9 if lower else value >= recorded - 1e-9
            checks.append((ok, "%s %s %.4f (recorded %.4f, %s is better)" %
                           (setname, key, value, recorded, "lower" if lower else "higher")))
    print("1..%d" % len(checks))
    for i, (ok, text) in enumerate(checks, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, text))
    sys.stdout.flush()
    return all(ok for ok, _ in checks)
