"""The benchmarks' figures side by side: a header line with the set names, then one row per
figure, each set's value in its column ("-" where a set has none). Shared by bench-phrasings.py
and bench-scripts.py."""


def print_table(report, rows, title=""):
    """report: set name -> {figure: value}; rows: the figures, in order; title heads the
    figures' column"""
    names = list(report)
    print("%-22s" % title + "".join("%12s" % n for n in names))
    for row in rows:
        vals = [report[n].get(row) for n in names]
        print("%-22s" % row + "".join("%12s" % ("-" if v is None else ("%g" % v)) for v in vals))
