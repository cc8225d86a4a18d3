#!/usr/bin/env python3
"""Build the voicemail domain language model (ARPA, trigram) that the recognizer mixes into
pocketsphinx's general English model.

  make-domain-lm.py DICT OUT.lm [--sentences N] [--seed S] [--text OUT.txt]

Why: the general model has seen little phone-message language and almost no digit strings, so
"eight oh one" comes out as "a toe one". This model is estimated from sentences generated from
the phrasings sales reps use in voicemails (greetings, who is calling, callback numbers said in
every common way, reasons, asks, referrals, second channels, sign-offs). It is mixed in with a
modest weight, so wordings it never saw still come through the general model.

Every word must be in the pronunciation dictionary DICT; a template word that is not stops the
build, so a typo cannot silently become an unknown word.

Smoothing: interpolated absolute discounting (D = 0.5 at every order), written as a back-off
ARPA file where the back-off weight of a history is its interpolation weight.
"""
import argparse, collections, math, random, sys

FIRST = """james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kevin brian george edward ronald timothy
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry
nathan douglas peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian
terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie
gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny
bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah
stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean
alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
sophia marie diana brittany natalie isabella charlotte rose alexis kayla mike jim tom bob bill
dan dave steve chris matt tony pete sam ben nick greg rick tim jeff ken joe ed al kate beth sue
liz jen meg pat jess amy tina anne""".split()

LAST = """smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris
sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill
flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans
turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez
ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks
chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long
ross foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson barnes
gonzales fisher vasquez simmons romero jordan patterson alexander hamilton graham reynolds
griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar stevens
murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy wells
vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon
mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd
rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens
soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce hansen peters
santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley
andrews ray berry perkins hoffman johnston matthews pena richards willis carpenter lawrence
sandoval wong""".split()

COMPANY_A = """acme summit harbor blue green atlas pioneer evergreen silver golden
river valley mountain coastal pacific atlantic midwest united global premier bright clear
first central metro city national american liberty eagle falcon horizon apex keystone
cornerstone redwood oak pine cedar granite sterling crown royal union capital prime""".split()
COMPANY_B = """software systems solutions logistics health bank partners group consulting foods
freight insurance realty properties financial capital industries technologies media marketing
supply services networks labs energy medical dental construction advisors analytics
security storage printing staffing""".split()

RELATIONS = ["a mutual friend", "our mutual friend", "your colleague", "your coworker", "my colleague",
             "your neighbor", "a friend of yours", "your former boss", "my manager", "your partner"]
EVENTS = ["the sales summit", "the conference", "the trade show", "the expo", "the networking event",
          "the chamber of commerce breakfast", "the golf outing", "the charity dinner", "the webinar",
          "the user group meeting", "the industry meetup", "the fundraiser", "last week's workshop",
          "the annual meeting", "the open house", "the job fair", "the product launch"]
TOPICS = ["your office renovation", "your retirement plan", "your shipping costs", "the proposal we sent",
          "the proposal we sent last week", "the open position on your team", "your insurance renewal",
          "the quote you asked for", "your fleet", "your payroll", "your website", "your marketing budget",
          "your software contract", "the new pricing", "your account", "your order", "your lease",
          "the contract renewal", "your upcoming move", "your hiring plans", "your cloud costs",
          "the conference next month", "the demo you asked about", "your energy bill",
          "your employee benefits", "your security system", "the invoice", "your subscription",
          "a way to cut your costs", "an idea that could save your team time", "your expansion plans",
          "the training program", "your supply chain", "the follow up from our meeting"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
TIMES = ["nine", "ten", "eleven", "noon", "one", "two", "three", "four", "five", "eight"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def pair_words(d1, d2, rng):
    """Two digits said as a pair: 34 -> thirty four, 05 -> oh five, 10 -> ten."""
    if d1 == 0:
        return [rng.choice(["oh", "zero"]), ONES[d2]]
    if d1 == 1:
        return [TEENS[d2]]
    return [TENS[d1]] + ([ONES[d2]] if d2 else [])


def digit_words(digits, rng, oh_rate):
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.35:
            out += ["double", ONES[d] if d or rng.random() < 0.5 else "oh"]
            i += 2
            continue
        out.append("oh" if d == 0 and rng.random() < oh_rate else ONES[d])
        i += 1
    return out


def phone_number(rng):
    """A ten-digit number read the ways people read them out."""
    digits = [rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(9)]
    oh_rate = rng.choice([0.0, 0.5, 1.0])
    style = rng.random()
    area, exch, line = digits[:3], digits[3:6], digits[6:]
    if style < 0.08:
        words = ["one", rng.choice(["eight hundred", "eight eight eight", "eight seven seven", "eight six six"])]
        words = " ".join(words).split() + digit_words(exch, rng, oh_rate) + digit_words(line, rng, oh_rate)
    else:
        words = []
        if style < 0.3:
            words += ["area", "code"]
        words += digit_words(area, rng, oh_rate) + digit_words(exch, rng, oh_rate)
        r = rng.random()
        if r < 0.25:
            words += pair_words(line[0], line[1], rng) + pair_words(line[2], line[3], rng)
        elif r < 0.35:
            words += digit_words(line[:2], rng, oh_rate) + pair_words(line[2], line[3], rng)
        else:
            words += digit_words(line, rng, oh_rate)
    if rng.random() < 0.06:
        words += ["extension"] + digit_words([rng.randint(0, 9) for _ in range(rng.randint(2, 4))], rng, oh_rate)
    return " ".join(words)


def pick(rng, *options):
    return rng.choice(options)


def name(rng):
    return pick(rng, rng.choice(FIRST), rng.choice(FIRST) + " " + rng.choice(LAST))


def company(rng):
    return rng.choice(COMPANY_A) + " " + rng.choice(COMPANY_B)


def message(rng):
    """One whole practice voicemail, as a list of sentences."""
    me_first, me_last = rng.choice(FIRST), rng.choice(LAST)
    me = pick(rng, me_first + " " + me_last, me_first)
    co = company(rng)
    them = rng.choice(FIRST)
    num = phone_number(rng)
    s = []
    s.append(pick(rng, "hi %s" % them, "hello %s" % them, "hey %s" % them, "good morning %s" % them,
                  "good afternoon %s" % them, "hi", "hello", "hi there %s" % them, "%s" % them, ""))
    s.append(pick(rng, "this is %s from %s" % (me, co), "this is %s with %s" % (me, co),
                  "it's %s from %s" % (me, co), "it's %s with %s" % (me, co), "my name is %s" % me,
                  "my name is %s and i'm with %s" % (me, co), "%s here from %s" % (me_first, co),
                  "%s here with %s" % (me_first, co), "%s calling from %s" % (me, co),
                  "this is %s" % me, "%s here" % me_first, "my name is %s calling from %s" % (me, co),
                  "this is %s over at %s" % (me, co), "it's %s" % me))
    intro = pick(rng, "my number is", "my direct line is", "you can reach me at", "call me at",
                 "the best number for me is", "my phone number is", "my cell is", "my cell phone is",
                 "you can call me at", "my office number is", "my direct number is", "reach me at",
                 "the number here is", "you can reach me directly at", "my number here is")
    s.append("%s %s" % (intro, num))
    s.append(pick(rng, "that's %s" % num, "again %s" % num, "", "", "", ""))
    s.append(pick(rng, "we met at %s" % rng.choice(EVENTS), "%s suggested i give you a call" % name(rng),
                  "%s mentioned you might be interested" % name(rng),
                  "%s recommended i reach out" % rng.choice(RELATIONS + [name(rng)]),
                  "%s %s recommended i reach out" % (rng.choice(RELATIONS), rng.choice(FIRST)),
                  "i enjoyed your talk at %s" % rng.choice(EVENTS), "%s referred me to you" % name(rng),
                  "it was great meeting you at %s" % rng.choice(EVENTS),
                  "we were introduced by %s" % name(rng), "i saw your post about %s" % rng.choice(TOPICS),
                  "", ""))
    s.append(pick(rng, "the reason for my call is %s" % rng.choice(TOPICS), "i'm calling about %s" % rng.choice(TOPICS),
                  "i wanted to follow up on %s" % rng.choice(TOPICS), "i'm reaching out about %s" % rng.choice(TOPICS),
                  "i'm calling because of %s" % rng.choice(TOPICS), "i have a question about %s" % rng.choice(TOPICS),
                  "i wanted to talk to you about %s" % rng.choice(TOPICS),
                  "i'm calling to follow up on %s" % rng.choice(TOPICS)))
    s.append(pick(rng, "please call me back", "please give me a call back", "give me a call back when you can",
                  "could you give me a call back", "let me know a good time to talk",
                  "would you be open to a short call next week", "i'd love to set up a quick fifteen minute call",
                  "can we find time to talk this week", "please call me back when you have a moment",
                  "i'd like to schedule a meeting", "could we set up a time to meet",
                  "would you have ten minutes this week", "call me back at your convenience",
                  "i'd appreciate a call back", "let's set up a quick call", "when would be a good time to talk",
                  "i'd love to grab coffee and talk", "are you free for a quick chat on %s" % rng.choice(DAYS),
                  "you need to call me back today", "call me back immediately", "i expect to hear from you today",
                  "you must call me back right away", "i need you to call me as soon as possible", ""))
    s.append(pick(rng, "i'm only in the office on %s from %s to %s" % (rng.choice(DAYS), rng.choice(TIMES), rng.choice(TIMES)),
                  "i'm only available %s between %s and %s" % (rng.choice(DAYS), rng.choice(TIMES), rng.choice(TIMES)),
                  "you can only reach me %s morning" % rng.choice(DAYS),
                  "i'm available most afternoons", "i'm around all week", "call anytime", "", "", ""))
    s.append(pick(rng, "you can also email me at %s at %s dot com" % (me_first, co.split()[0]),
                  "feel free to text my cell as well", "you can also text me at that number",
                  "or send me an email at %s at %s dot com" % (me_first, co.split()[0]),
                  "if i miss you my assistant %s can help" % rng.choice(FIRST),
                  "you can also reach my assistant %s" % rng.choice(FIRST),
                  "my email is %s dot %s at %s dot com" % (me_first, me_last, co.split()[0]),
                  "texting works too", "", ""))
    s.append(pick(rng, "once more my number is %s" % num, "again that's %s" % num, "that number again is %s" % num,
                  "again my number is %s" % num, "one more time that's %s" % num, "you can reach me at %s" % num,
                  "my number again is %s" % num, "that's %s" % num, "call me at %s" % num,
                  "again it's %s" % num, "%s" % num, ""))
    s.append(pick(rng, "thanks so much", "thank you", "thanks", "i really appreciate your time",
                  "thanks and have a great day", "have a great day", "talk soon", "thank you so much",
                  "i look forward to hearing from you", "looking forward to talking with you",
                  "have a good one", "take care", "thanks again", "i appreciate it"))
    s.append(pick(rng, "bye", "goodbye", "bye now", "talk soon", "have a great day", "take care", "", ""))
    return [x for x in s if x]


# ---- messages worded as reps really word them (docs/voicemail-phrasings.md) -------------------

ROLES = ["account manager", "recruiter", "sales rep", "agent", "broker", "consultant", "advisor",
         "office manager", "account executive", "realtor", "specialist", "director"]
THINGS = ["your renewal", "the quote you asked for", "your fleet insurance", "the storage quote",
          "your march renewal", "the pilot", "the demo we did with your team", "your listing",
          "the open role", "the controller search", "your payroll setup", "the warehouse project",
          "your office lease", "the proposal i sent over", "your coverage", "your home search",
          "the contract", "your rates for next year", "the training budget", "the new clinic",
          "your solar estimate", "the software trial", "your hiring plans", "the audit",
          "your benefits package", "the inspection report", "the shipment", "your water bill",
          "the event next month", "your website redesign", "the pricing we talked about"]
VALUE = ["cut no shows at clinics like yours", "save your team a few hours a week",
         "lower your shipping costs", "bring down your premiums", "fill roles faster",
         "get more out of your software", "trim your energy bill", "speed up your closing times",
         "keep your drivers on the road", "make payroll a lot simpler"]
HOWLONG = ["ten minutes", "fifteen minutes", "twenty minutes", "a few minutes", "five minutes",
           "half an hour", "a quick call", "a short call", "a coffee", "a quick chat"]
WHEN = ["this week", "next week", "on tuesday", "on thursday", "tomorrow", "this afternoon",
        "friday morning", "early next week", "sometime this week", "monday afternoon"]


def email_address(rng, first, last, co):
    dom = co.split()[0]
    return pick(rng, "%s at %s dot com" % (first, dom), "%s dot %s at %s dot com" % (first, last, dom),
                "%s at %s %s dot com" % (first, dom, co.split()[1]), "%s at %s dot net" % (last, dom))


def varied_message(rng):
    """A message in the many ways reps really put it: intros, reasons without "I'm calling
    about", requests in every modal and politeness form, referrals and second channels said
    with other verbs, demands without "need to", numbers said once at the end."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    me = pick(rng, first + " " + last, first)
    co = company(rng)
    them = rng.choice(FIRST)
    num = phone_number(rng)
    other = rng.choice(FIRST) + pick(rng, "", " " + rng.choice(LAST))
    thing, when, howlong = rng.choice(THINGS), rng.choice(WHEN), rng.choice(HOWLONG)
    mail = email_address(rng, first, last, co)
    s = []
    s.append(pick(rng, "hi %s" % them, "hey %s" % them, "hello %s" % them, "good morning %s" % them,
                  "morning %s" % them, "hi there", "hey there %s" % them, "good afternoon mister %s" % rng.choice(LAST),
                  "hi %s hope your week is going well" % them, "hi %s sorry i missed you" % them,
                  "hi %s hope you're well" % them, "%s" % them, ""))
    s.append(pick(rng, "this is %s with %s" % (me, co), "it's %s from %s" % (me, co), "the name is %s" % me,
                  "you've got %s from %s" % (me, co), "%s here from %s" % (first, co), "%s calling from %s" % (me, co),
                  "my name is %s and i look after renewals at %s" % (me, co), "i'm %s the %s at %s" % (me, rng.choice(ROLES), co),
                  "%s over at %s" % (me, co), "it's %s again" % first, "hey it's me %s" % first,
                  "this is %s the %s for your account" % (me, rng.choice(ROLES)), "%s at %s quick one for you" % (first, co),
                  "my name's %s" % me, "%s with %s" % (me, co), "this is %s" % me))
    lead = pick(rng, "my number is", "my direct line is", "you can reach me at", "please call me at",
                "call me back at", "give me a call at", "i'm at", "the best way to reach me is",
                "you can get me at", "i can be reached at", "reach me directly at", "my office number is",
                "ring me on", "the number here is", "my cell is")
    number_early = rng.random() < 0.55
    if number_early:
        s.append("%s %s" % (lead, num))
    s.append(pick(rng, "%s suggested i give you a call" % other, "%s thought we should connect" % other,
                  "%s passed your name along" % other, "%s gave me your number" % other,
                  "%s said you'd be the right person to talk to" % other,
                  "%s mentioned you were looking at %s" % (other, thing),
                  "your colleague %s pointed me your way" % other, "we met at %s" % rng.choice(EVENTS),
                  "we spoke briefly at %s" % rng.choice(EVENTS), "it was great to meet you at %s" % rng.choice(EVENTS),
                  "i enjoyed your talk at %s" % rng.choice(EVENTS), "i read your piece on %s" % thing,
                  "congratulations on the new office", "we both work with %s" % other,
                  "%s and i go back a ways" % other, "i got your name from %s" % other,
                  "%s asked me to reach out" % other, "", "", "", ""))
    s.append(pick(rng, "i'm calling about %s" % thing, "it's in relation to %s" % thing, "quick question on %s" % thing,
                  "i got your email about %s and had a thought" % thing, "i'm following up on %s" % thing,
                  "circling back on %s" % thing, "as promised i'm following up on %s" % thing,
                  "you requested a quote for %s" % thing, "you filled out a form on our website about %s" % thing,
                  "we help companies like yours %s" % rng.choice(VALUE), "i have an idea that could %s" % rng.choice(VALUE),
                  "it's regarding %s" % thing, "this is about %s" % thing, "i'm returning your call about %s" % thing,
                  "just touching base about %s" % thing, "i wanted to check in about %s" % thing,
                  "i noticed you're hiring", "i saw that you're expanding", "with regard to %s" % thing,
                  "i'm reaching out because of %s" % thing, "a client of mine is hiring a %s" % rng.choice(ROLES),
                  "your policy comes up for renewal next month", "i have a role that fits your background",
                  "the reason i'm calling is %s" % thing, "i'm ringing about %s" % thing, ""))
    s.append(pick(rng, "would you mind giving me a ring back", "would you mind calling me back",
                  "could you give me a shout when you get a chance", "give me a shout whenever you get a second",
                  "please give me a call back", "please call me back", "please return my call",
                  "can we grab %s %s" % (howlong, when), "could we find %s %s" % (howlong, when),
                  "would you be open to %s %s" % (howlong, when), "are you free for %s %s" % (howlong, when),
                  "let me know if %s works" % when, "let me know a good time to connect",
                  "i'd love to hear back from you", "i'd appreciate a call back", "i'd welcome a call back",
                  "it would be great to get %s on your calendar" % howlong, "i was hoping we could find a time to talk",
                  "drop me a line when you get a sec", "ring me back when you can", "hit me back when you get this",
                  "get back to me when you have a moment", "when you have a moment return my call",
                  "if it makes sense give me a call", "if you're interested let me know",
                  "any chance you could call me back %s" % when, "do you have %s %s" % (howlong, when),
                  "is there a good time to catch you %s" % when, "just let me know either way",
                  "feel free to give me a call", "don't hesitate to reach out", "let's find a time to talk",
                  "i'll try you again later", "i'll give you a call back on %s" % rng.choice(DAYS),
                  "i'll follow up by email", "talk soon",
                  "this needs your attention before %s" % rng.choice(DAYS), "i'll need an answer today",
                  "call me the minute you get this", "it's essential that you get back to me by noon",
                  "i expect to hear from you today", "you need to call me back today", "this can't wait",
                  "this has to be handled today", "don't make me chase you", ""))
    s.append(pick(rng, "you can also email me at %s" % mail, "shoot me a text at this number",
                  "feel free to text me", "texting is fine too", "a text works too", "drop me a line at %s" % mail,
                  "my email is %s" % mail, "my cell is %s" % phone_number(rng), "or try my cell at %s" % phone_number(rng),
                  "my assistant %s can set up a time" % rng.choice(FIRST), "if i'm out ask for %s" % rng.choice(FIRST),
                  "connect with me on linkedin", "i'll send you an email too just hit reply",
                  "i'm also sending you an email", "if email is easier i'm %s" % mail, "reply to my email with a good time",
                  "send me a quick text", "you can also reach me by email", "", "", ""))
    s.append(pick(rng, "i'm only at my desk %s between %s and %s" % (rng.choice(DAYS), rng.choice(TIMES), rng.choice(TIMES)),
                  "best to call me back before %s tomorrow" % rng.choice(TIMES), "i can only take calls from %s to %s today" % (rng.choice(TIMES), rng.choice(TIMES)),
                  "i'm around most of the day", "any time this week works for me", "call whenever is convenient",
                  "morning or afternoon whatever suits you", "", "", "", ""))
    tail = pick(rng, "again that's %s" % num, "one more time %s" % num, "that number once more %s" % num,
                "my number again is %s" % num, "you can reach me at %s" % num, "again it's %s" % num,
                "again this is %s at %s" % (me, num), "")
    if number_early:
        s.append(tail)
    else:
        s.append(pick(rng, "%s %s" % (lead, num), "you can reach me at %s" % num,
                      "please call me at %s" % num, "my number is %s" % num, "call me back at %s" % num))
    s.append(pick(rng, "thanks so much", "thank you", "thanks", "i appreciate your time", "many thanks",
                  "thanks in advance", "cheers", "have a great afternoon", "enjoy the rest of your week",
                  "talk soon", "take care", "bye now", "thanks and have a good one", "i look forward to hearing from you"))
    return [x for x in s if x]


def estimate(sentences, order=3, discount=0.5):
    counts = [collections.Counter() for _ in range(order + 1)]
    for sent in sentences:
        toks = ["<s>"] + sent + ["</s>"]
        for n in range(1, order + 1):
            for i in range(len(toks) - n + 1):
                g = tuple(toks[i:i + n])
                if n == 1 and g == ("<s>",):
                    continue
                counts[n][g] += 1
    vocab = sorted({g[0] for g in counts[1]} | {"<s>"})
    total = sum(counts[1].values())
    prob = [dict() for _ in range(order + 1)]
    bow = [dict() for _ in range(order + 1)]
    # unigrams: discounted, mass spread uniformly over the vocabulary
    n_types = len(counts[1])
    uni_gamma = discount * n_types / total
    for w in vocab:
        c = counts[1].get((w,), 0)
        prob[1][(w,)] = max(c - discount, 0) / total + uni_gamma / len(vocab)
    prob[1][("<s>",)] = 0.0
    for n in range(2, order + 1):
        hist_tot = collections.Counter()
        hist_types = collections.Counter()
        for g, c in counts[n].items():
            hist_tot[g[:-1]] += c
            hist_types[g[:-1]] += 1
        for h in hist_tot:
            bow[n - 1][h] = discount * hist_types[h] / hist_tot[h]
        for g, c in counts[n].items():
            h = g[:-1]
            lower = lookup(prob, bow, g[1:])
            prob[n][g] = (c - discount) / hist_tot[h] + bow[n - 1][h] * lower
    return vocab, prob, bow


def lookup(prob, bow, g):
    n = len(g)
    if g in prob[n]:
        return prob[n][g]
    if n == 1:
        return 0.0
    return bow[n - 1].get(g[:-1], 1.0) * lookup(prob, bow, g[1:])


def write_arpa(path, prob, bow, order):
    def lg(x):
        return -99.0 if x <= 0 else math.log10(x)
    with open(path, "w") as f:
        f.write("\\data\\\n")
        for n in range(1, order + 1):
            f.write("ngram %d=%d\n" % (n, len(prob[n])))
        for n in range(1, order + 1):
            f.write("\n\\%d-grams:\n" % n)
            for g in sorted(prob[n]):
                line = "%.6f\t%s" % (lg(prob[n][g]), " ".join(g))
                if n < order:
                    b = bow[n].get(g)
                    line += "\t%.6f" % (lg(b) if b else 0.0)
                f.write(line + "\n")
        f.write("\n\\end\\\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dict")
    ap.add_argument("out")
    ap.add_argument("--sentences", type=int, default=6000, help="messages to generate")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--text")
    ap.add_argument("--varied", type=float, default=0.25,
                    help="share of the messages worded in the many ways of docs/voicemail-phrasings.md")
    a = ap.parse_args()
    known = set()
    with open(a.dict, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.split(" ", 1)[0]
            known.add(w.split("(")[0])
    rng = random.Random(a.seed)
    sentences = []
    for _ in range(a.sentences):
        # Pauses split a recording into utterances mostly, but not always, between
        # sentences: learn both the sentences alone and the message run together.
        msg = varied_message(rng) if rng.random() < a.varied else message(rng)
        sentences.extend(s.split() for s in msg)
        sentences.append(" ".join(msg).split())
    missing = sorted({w for s in sentences for w in s if w not in known})
    if missing:
        sys.exit("words missing from %s: %s" % (a.dict, " ".join(missing)))
    if a.text:
        with open(a.text, "w") as f:
            for s in sentences:
                f.write(" ".join(s) + "\n")
    _, prob, bow = estimate(sentences)
    write_arpa(a.out, prob, bow, 3)


if __name__ == "__main__":
    main()
