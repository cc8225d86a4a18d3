#!/usr/bin/env python3
"""Compile the project's own annotated voicemails from their markup into the annotation format
of ../shared/corpus (words, a parallel list of tags, the plan, how to render it, the verdict
each tip should get).

  compile.py SOURCE.vmc OUT.json [--set NAME] [--dict DICT]
  compile.py --check SOURCE.vmc OUT.json     exit 1 when OUT.json is not what SOURCE compiles to

The markup is described in README.md beside this file. A message is a block of lines:

  == id
  style: referral formal
  voice: flite slt
  render: stretch=1.1 noise=-32 phone f0=35
  plan: caller_name=Priya Raman; callback_number=415 227 9381; company=Lakeside Dental
  expect: name=false
  text: Hi Dana, it's [name Priya Raman] from [company Lakeside Dental] ...

The expected verdicts follow from the tags (README.md says how); `expect:` overrides them
where the tags cannot tell (a rushed name, a number said too fast).
"""
import argparse, json, re, sys

KINDS = {"name", "company", "number", "closing_number", "ask", "reason", "rapport", "demand",
         "alternate_contact", "time_window", "thanks"}
TIPS = ["name", "number_early", "engaged", "direct", "short", "no_demands", "rapport",
        "accessible", "closing_number"]
ENGINES = {"flite": {"kal", "kal16", "awb", "rms", "slt"},
           "festival": {"kal_diphone", "ked_diphone", "cmu_us_slt_arctic_hts"},
           "espeak": None}   # any espeak-ng voice name (en-us, en-us+m3, en-gb-x-rp+f2 ...)
PLAN_KEYS = {"caller_name", "company", "callback_number", "recipient", "goal", "ask", "rapport",
             "alternate_contact"}

UNITS = {"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
         "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
        "ninety": 9}
# words a number span may hold that are not digits
NUMBER_FILLER = {"area", "code", "at", "is", "the", "number", "my", "dash", "and", "extension", "ext",
                 "x", "plus"}


class MarkupError(Exception):
    pass


def spoken_digits(words):
    """Digits of a number said in words: "eight oh one double five thirty four" -> 80155 34.
    Digits after "extension" are not part of the number. Returns (digits, extension)."""
    out, ext, cur = [], [], None
    i = 0
    cur = out
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in ("extension", "ext"):
            cur = ext
        elif w in ("double", "triple") and nxt in UNITS:
            cur.extend([str(UNITS[nxt])] * (2 if w == "double" else 3))
            i += 1
        elif w in UNITS and nxt == "hundred":
            cur.extend([str(UNITS[w]), "0", "0"])
            i += 1
        elif w in UNITS and nxt == "thousand":
            cur.extend([str(UNITS[w]), "0", "0", "0"])
            i += 1
        elif w in UNITS:
            cur.append(str(UNITS[w]))
        elif w in TEENS:
            cur.extend(list(str(TEENS[w])))
        elif w in TENS:
            if nxt in UNITS and nxt not in ("oh", "o", "zero"):
                cur.extend([str(TENS[w]), str(UNITS[nxt])])
                i += 1
            else:
                cur.extend([str(TENS[w]), "0"])
        elif w not in NUMBER_FILLER:
            raise MarkupError("'%s' cannot be part of a number" % w)
        i += 1
    return "".join(out), "".join(ext)


def tokenize(text):
    """Words (lower case, apostrophes kept, hyphens split) with their tag, from the markup."""
    words, tags = [], []
    pos = 0
    for m in re.finditer(r"\[([a-z_]+)\s+([^\]]*)\]|([^\[\]]+)|(\[|\])", text):
        if m.group(4):
            raise MarkupError("unbalanced bracket at %r" % text[m.start():m.start() + 30])
        kind = m.group(1)
        chunk = m.group(2) if kind else m.group(3)
        if kind and kind not in KINDS:
            raise MarkupError("unknown tag '%s'" % kind)
        if re.search(r"\d", chunk):
            raise MarkupError("write numbers as words, as they are said: %r" % chunk)
        for tok in re.split(r"[\s\-–—/]+", chunk):
            tok = tok.lower().strip(".,;:!?\"()…“”‘’'")
            tok = tok.replace("’", "'")
            if not tok:
                continue
            if not re.fullmatch(r"[a-z][a-z']*", tok):
                raise MarkupError("odd word %r" % tok)
            words.append(tok)
            tags.append(kind)
        pos = m.end()
    return words, tags


def render_text(text):
    """What the synthesizer reads: the markup without brackets, punctuation kept for pauses."""
    t = re.sub(r"\[[a-z_]+\s+([^\]]*)\]", r"\1", text)
    return re.sub(r"\s+", " ", t).strip()


def spans(tags, kind):
    out, start = [], None
    for i, t in enumerate(tags + [None]):
        if t == kind and start is None:
            start = i
        if t != kind and start is not None:
            out.append((start, i - 1))
            start = None
    return out


def parse_kv(value, sep):
    out = {}
    for part in value.split(sep):
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
        else:
            out[part] = True
    return out


def boolean(v):
    if v in ("true", "pass", "yes", "1"):
        return True
    if v in ("false", "fail", "no", "0"):
        return False
    if v in ("null", "none", "skip"):
        return None
    raise MarkupError("a verdict is true, false or null, not %r" % v)


def compile_message(mid, fields):
    if "text" not in fields:
        raise MarkupError("no text:")
    words, tags = tokenize(fields["text"])
    msg = {"id": mid, "words": words, "tags": tags, "text": render_text(fields["text"])}

    # how to render
    voice = fields.get("voice", "flite kal16").split()
    if len(voice) != 2 or voice[0] not in ENGINES:
        raise MarkupError("voice: is 'ENGINE VOICE' (flite, festival or espeak)")
    if ENGINES[voice[0]] is not None and voice[1] not in ENGINES[voice[0]]:
        raise MarkupError("unknown %s voice %s" % tuple(voice))
    render = {"engine": voice[0], "voice": voice[1]}
    for k, v in parse_kv(fields.get("render", ""), " ").items():
        if k == "phone":
            render["phone"] = True
        elif k in ("stretch", "number_stretch", "noise", "f0", "pitch", "tempo"):
            key = {"noise": "noise_db", "f0": "f0_stddev"}.get(k, k)
            render[key] = float(v)
        else:
            raise MarkupError("unknown render option %s" % k)
    if "f0_stddev" in render and voice[0] != "flite":
        raise MarkupError("f0= works with flite voices only")
    msg["render"] = render
    msg["style"] = fields.get("style", "").split()

    # the plan
    if "plan" in fields:
        plan = parse_kv(fields["plan"], ";")
        bad = set(plan) - PLAN_KEYS
        if bad:
            raise MarkupError("unknown plan field %s" % ", ".join(sorted(bad)))
        if "callback_number" in plan:
            plan["callback_number"] = re.sub(r"\D", "", plan["callback_number"])
        msg["plan"] = {k: (v.lower() if k != "callback_number" else v) for k, v in plan.items()}

    # numbers
    nums = spans(tags, "number")
    closes = spans(tags, "closing_number")
    if len(nums) > 1 or len(closes) > 1:
        raise MarkupError("one number and one closing_number at most (tag a second line as "
                          "alternate_contact)")
    number = closing = None
    if nums:
        number, _ = spoken_digits(words[nums[0][0]:nums[0][1] + 1])
        msg["number"] = number
    if closes:
        closing, _ = spoken_digits(words[closes[0][0]:closes[0][1] + 1])
        msg["closing_digits"] = closing
        if not nums:
            raise MarkupError("a closing_number without a number: tag a number said once as number")
    if "plan" in msg and "callback_number" in msg["plan"] and number and \
            msg["plan"]["callback_number"] != number and "plan_mismatch" not in msg["style"]:
        raise MarkupError("the planned number %s is not the number said (%s); add style plan_mismatch "
                          "if that is the point" % (msg["plan"]["callback_number"], number))

    # faults and expected verdicts, from the tags
    first = {k: (spans(tags, k)[0][0] if spans(tags, k) else None) for k in KINDS}
    faults = []
    # the number is late when it comes after the request or the reason ("please call me at"
    # just before it leads into it, and does not count)
    before_number = [b for k in ("ask", "demand", "reason") for a, b in spans(tags, k)
                     if number is not None and b < first["number"] - 2]
    late = number is not None and (first["number"] > 40 or bool(before_number))
    if late and not closes:
        faults.append("late_number")
    exp = {}
    exp["name"] = first["name"] is not None and first["name"] <= 25
    exp["number_early"] = number is not None and not late
    exp["engaged"] = {0.0: False}.get(render.get("f0_stddev"), True if render.get("f0_stddev") else None)
    exp["direct"] = first["ask"] is not None and first["reason"] is not None and first["demand"] is None
    exp["short"] = None   # from the rendered length (60 s or less passes)
    exp["no_demands"] = first["demand"] is None
    exp["rapport"] = first["rapport"] is not None
    exp["accessible"] = first["alternate_contact"] is not None and first["time_window"] is None
    if "late_number" in faults:
        exp["closing_number"] = None
    else:
        exp["closing_number"] = number is not None and closing is not None and closing == number
    for k, v in parse_kv(fields.get("expect", ""), " ").items():
        if k not in TIPS:
            raise MarkupError("unknown tip %s" % k)
        exp[k] = boolean(v)
    for k, fault in (("name", "no_name"), ("rapport", "no_rapport"), ("ask", "no_ask"),
                     ("alternate_contact", "no_alternate"), ("reason", "no_reason")):
        if first[k] is None:
            faults.append(fault)
    if number is None:
        faults.append("no_number")
    elif closing is None and "late_number" not in faults:
        faults.append("no_closing")
    elif closing is not None and closing != number:
        faults.append("wrong_closing")
    for k, fault in (("demand", "demand"), ("time_window", "window")):
        if first[k] is not None:
            faults.append(fault)
    if render.get("f0_stddev") == 0:
        faults.append("monotone")
    msg["faults"] = faults
    msg["expect"] = {k: exp[k] for k in TIPS}
    return msg


def parse(path):
    blocks, cur, lineno = [], None, 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("=="):
                cur = (line[2:].strip(), {}, lineno)
                blocks.append(cur)
                continue
            if cur is None:
                raise SystemExit("%s:%d: text before the first '== id'" % (path, lineno))
            m = re.match(r"([a-z]+):\s*(.*)$", line)
            if m:
                key, value = m.groups()
                cur[1][key] = value
                cur[1]["_last"] = key
            elif line.startswith((" ", "\t")) and cur[1].get("_last"):
                cur[1][cur[1]["_last"]] += " " + line.strip()   # a continued field
            else:
                raise SystemExit("%s:%d: expected 'key: value'" % (path, lineno))
    return blocks


def compile_file(path, set_name):
    msgs, seen, errors = [], set(), []
    for mid, fields, lineno in parse(path):
        fields.pop("_last", None)
        if mid in seen:
            errors.append("%s:%d: %s: id used twice" % (path, lineno, mid))
            continue
        seen.add(mid)
        try:
            msgs.append(compile_message(mid, fields))
        except (MarkupError, ValueError) as e:
            errors.append("%s:%d: %s: %s" % (path, lineno, mid, e))
    if errors:
        raise SystemExit("\n".join(errors))
    return {"version": 1, "set": set_name, "messages": msgs}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--set")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--dict", help="warn about words this pronunciation dictionary lacks")
    a = ap.parse_args()
    data = compile_file(a.source, a.set or a.source.rsplit("/", 1)[-1].split(".")[0])
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    if a.dict:
        known = set()
        with open(a.dict, encoding="utf-8", errors="replace") as f:
            for line in f:
                known.add(line.split(" ", 1)[0].split("(")[0])
        for m in data["messages"]:
            missing = sorted({w for w in m["words"] if w not in known})
            if missing:
                print("%s: not in the dictionary: %s" % (m["id"], " ".join(missing)), file=sys.stderr)
    if a.check:
        try:
            same = open(a.out, encoding="utf-8").read() == text
        except OSError:
            same = False
        if not same:
            sys.exit("%s is not what %s compiles to: run tests/phrasings/compile.py %s %s"
                     % (a.out, a.source, a.source, a.out))
        return
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print("%d messages" % len(data["messages"]), file=sys.stderr)


if __name__ == "__main__":
    main()
