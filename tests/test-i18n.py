#!/usr/bin/env python3
"""The app is translatable, and translated (TAP):

- every source file with strings marked for translation is in po/POTFILES.in, and every file
  listed there exists;
- xgettext extracts the catalogue from POTFILES.in (as `meson compile voicemail-coach-pot`
  does), and every catalogue in po/LINGUAS passes `msgfmt --check`;
- the command line speaks German with LANGUAGE=de: its usage errors, its --help and the
  report (the tips' titles, the verdicts);
- numbers are read and written as in C under a locale with a decimal comma (de_DE): the
  analysis is the same as under C, and the models' files are read (pocketsphinx reads them
  with atof()).

  test-i18n.py SOURCE_ROOT VOICEMAIL-COACH
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT, EXE = sys.argv[1:3]
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


MARKED = re.compile(r'\b(_|N_|C_|NC_|ngettext)\s*\(|translatable="yes"')
listed = [l.strip() for l in open(os.path.join(ROOT, "po", "POTFILES.in"))
          if l.strip() and not l.startswith("#")]
marked = []
for folder in ("app", "analysis", "audio", "data", "ui", "ui/gtk"):
    for name in sorted(os.listdir(os.path.join(ROOT, folder))):
        path = os.path.join(folder, name)
        if name.endswith((".c", ".ui")) and MARKED.search(open(os.path.join(ROOT, path)).read()):
            marked.append(path)
missing = [f for f in marked if f not in listed]
check("every source file with marked strings is in po/POTFILES.in", not missing and marked, missing)
gone = [f for f in listed if not os.path.exists(os.path.join(ROOT, f))]
check("every file in po/POTFILES.in exists", not gone, gone)
check("the desktop entry, the metainfo and the schema are translated too",
      all(any(f.endswith(s) for f in listed) for s in (".desktop.in", ".metainfo.xml.in", ".gschema.xml")), listed)

with tempfile.TemporaryDirectory() as tmp:
    # the catalogue, as meson's i18n.gettext(preset: 'glib') extracts it
    pot = os.path.join(tmp, "voicemail-coach.pot")
    p = subprocess.run(["xgettext", "--directory=" + ROOT, "--files-from=" + os.path.join(ROOT, "po", "POTFILES.in"),
                        "--from-code=UTF-8", "--add-comments", "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
                        "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
                        "--keyword=g_dpgettext2:2c,3", "--flag=N_:1:pass-c-format",
                        "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
                        "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
                        "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
                        "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
                        "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
                        "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format",
                        "--flag=g_printf:1:c-format", "--flag=g_fprintf:2:c-format",
                        "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format", "-o", pot],
                       capture_output=True, text=True)
    text = open(pot).read() if os.path.exists(pot) else ""
    check("xgettext extracts the catalogue from POTFILES.in", p.returncode == 0 and text.count("msgid ") > 300,
          p.stderr[-1000:])
    for want in ('msgid "Be direct"', 'msgid "_Record"', 'msgid "Rehearse phone messages that get called back"',
                 'msgid "Record, stop; with a result, play or pause"', 'msgid "The longest a message should be, in seconds"'):
        check("the catalogue has %s" % want, want in text)
    for lang in open(os.path.join(ROOT, "po", "LINGUAS")).read().split():
        po = os.path.join(ROOT, "po", lang + ".po")
        p = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po], capture_output=True, text=True)
        check("msgfmt --check passes on po/%s.po" % lang, p.returncode == 0, p.stderr)
        # no entry translated from a catalogue older than the sources
        p = subprocess.run(["msgcmp", "--use-untranslated", po, pot], capture_output=True, text=True)
        check("po/%s.po translates only strings the sources still have" % lang, p.returncode == 0, p.stderr[-1500:])

    # the command line in German
    de = dict(os.environ, LANGUAGE="de", LC_ALL="C.UTF-8")
    p = subprocess.run([EXE, "analyze"], capture_output=True, text=True, env=de)
    check("a usage error in German", p.returncode == 2 and "mindestens eine Audiodatei" in p.stderr, p.stderr[:300])
    p = subprocess.run([EXE, "analyze", "--help"], capture_output=True, text=True, env=de)
    check("--help in German", "Ein JSON-Objekt pro Datei ausgeben" in p.stdout and "Aufruf" in p.stdout, p.stdout[:600])
    p = subprocess.run([EXE, "analyze", "--help"], capture_output=True, text=True,
                       env=dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8"))
    check("and in English without it", "Print one JSON object per file" in p.stdout, p.stdout[:600])

    raw, wav = os.path.join(tmp, "raw.wav"), os.path.join(tmp, "message.wav")
    subprocess.run(["flite", "-voice", "kal16", "-t", "hi this is dana with northwind my number is five five "
                    "five two one two three four five six please call me back thanks", "-o", raw], check=True)
    subprocess.run(["sox", raw, "-r", "16000", "-c", "1", "-b", "16", wav, "pad", "0.5", "0.5"], check=True)
    p = subprocess.run([EXE, "analyze", wav], capture_output=True, text=True, env=de)
    check("the report in German: the tips' titles and verdicts",
          p.returncode == 0 and "Die Nummer früh nennen" in p.stdout and "GUT" in p.stdout
          and "Wörter pro Minute" in p.stdout, p.stdout[-1500:] + p.stderr[-500:])

    # a locale with a decimal comma: the numbers of the models are read as they are written
    localedef = shutil.which("localedef")
    if localedef is None:
        check("localedef is there to make a German locale (package locales)", os.environ.get("CI") != "true")
    else:
        loc = os.path.join(tmp, "locale")
        os.makedirs(loc)
        subprocess.run([localedef, "-i", "de_DE", "-f", "UTF-8", os.path.join(loc, "de_DE.UTF-8")],
                       capture_output=True)
        plan = os.path.join(tmp, "plan.json")
        json.dump({"caller_name": "Dana Kowalczyk", "callback_number": "555 212 3456"}, open(plan, "w"))
        runs = {}
        for name, env in (("C", dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")),
                          ("de_DE", dict(os.environ, LANGUAGE="C", LC_ALL="de_DE.UTF-8", LOCPATH=loc))):
            p = subprocess.run([EXE, "analyze", "--json", "--plan", plan, wav], capture_output=True, text=True, env=env)
            runs[name] = p
        check("the German locale is there for the check", os.path.isdir(os.path.join(loc, "de_DE.UTF-8")))
        c, d = runs["C"], runs["de_DE"]
        try:
            jc, jd = json.loads(c.stdout), json.loads(d.stdout)
        except ValueError:
            jc, jd = {}, {"x": 1}
        same = lambda o: (o.get("words"), o.get("elements"), o.get("score"), o.get("metrics"))
        check("under a locale with a decimal comma the analysis is the one under C", jc and same(jc) == same(jd),
              d.stderr[-800:])
        check("and the models' files are read (no warning)", "could not be read" not in d.stderr, d.stderr[-800:])

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        for line in str(detail).splitlines()[-30:]:
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
