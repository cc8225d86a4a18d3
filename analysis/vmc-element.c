/* vmc-element.c: the parts of a message a listener needs (name, number, ask, ...)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Voicemails are unpunctuated speech, so each part is found from a frame of the grammar
 * below and widened to its clause. The frames are written over word classes (vmc-phrase.c)
 * and collected from how salespeople word their messages (docs/voicemail-phrasings.md):
 * a request is a modal question to the listener ("would you mind <callv> me back"), an
 * imperative softened by "please", a wish of the caller's ("i'd love to <talkv>") or a
 * suggestion ("let's ..."); a referral is a person and a verb of referring ("marco thought
 * we should connect"); a demand puts an obligation or a deadline on the listener ("this
 * needs your attention", "the minute you get this"); a second channel is offered with a
 * verb of sending ("shoot me a text") or named as the caller's own ("my cell", "my
 * assistant"). Each frame has look-alikes that are not that part ("i'll call you again" is
 * no request, "if you need anything" no demand, "i got your email" no second channel),
 * refused by the frame's accept function.
 *
 * A clause is widened left over the words that lead into it ("could you", "i'd love to")
 * and right until the next clause begins (another frame, "again", "thanks", a phone
 * number, a long pause). Numbers come from vmc_find_numbers(); the first one is the
 * callback number, a later one with nearly the same digits the closing number. The caller's
 * name is taken where a name can stand: after an introduction ("this is", "the name is",
 * "you've got"), before "here" or "calling", or from the plan, by its sound.
 */
#define G_LOG_DOMAIN "vmc-analysis"

/* Without a frame, the first longer clause after the introduction is the reason, if it was
 * heard surely enough to be one (not what the recognizer made of noise) */
#define REASON_BY_POSITION_CONFIDENCE 0.4
/* The closing thanks found by its sound among the last words */
#define THANKS_BY_SOUND_DISTANCE 0.4   /* measured 0.3, 0.4, 0.5 on the tuned set */
#define THANKS_AT_END_WORDS 3
/* How far back the sentence of "the x you asked for" is sought */
#define RELATIVE_REASON_WORDS 24
/* Clauses of one kind closer than this in time are one */
#define JOIN_GAP_S 0.6   /* measured 0, 0.4, 0.5, 0.6 on the tuned set */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "vmc-element.h"
#include "vmc-lexicon.h"
#include "vmc-number.h"
#include "vmc-phrase.h"
#include "vmc-pronounce.h"
#include "vmc-word.h"

/* The colours: the Okabe-Ito palette (chosen to stay apart for the common colour-vision
 * deficiencies: blue and sky blue differ in lightness, green is bluish, red is vermillion),
 * a lighter tone of each for the dark style, Paul Tol's wine and olive, and for the reason a
 * violet, the hue farthest from all the others (30 apart at the least). Every two
 * highlighted kinds are at least 13 (CIELAB) apart in either style, as seen with normal
 * vision and through protanopia, deuteranopia and tritanopia (Machado 2009): test-elements
 * checks it. */
static const VmcElementInfo kinds[VMC_N_ELEMENT_KINDS] = {
  { VMC_ELEMENT_NAME, "name", N_("Name"), N_("NAME"),
    N_("Who is calling: your name"), "#0072b2", "#4ca3dd", 0 },
  { VMC_ELEMENT_NUMBER, "number", N_("Number"), N_("NUMBER"),
    N_("The callback number, the first time it is said"), "#009e73", "#2fc49b", 1 },
  { VMC_ELEMENT_CLOSING_NUMBER, "closing_number", N_("Closing number"), N_("CLOSING NUMBER"),
    N_("The callback number said again at the end"), "#aa3377", "#cc79a7", 3 },
  { VMC_ELEMENT_ASK, "ask", N_("Ask"), N_("ASK"),
    N_("What you ask for: a call back, a meeting"), "#e69f00", "#f4b942", 2 },
  { VMC_ELEMENT_RAPPORT, "rapport", N_("Rapport"), N_("RAPPORT"),
    N_("A mutual contact, a referral, a shared event"), "#f0e442", "#fff07a", 4 },
  { VMC_ELEMENT_DEMAND, "demand", N_("Demand"), N_("DEMAND"),
    N_("Pressure on the listener: “you need to call me today”"), "#d55e00", "#f07d30", 5 },
  { VMC_ELEMENT_ALTERNATE_CONTACT, "alternate_contact", N_("Other contact"), N_("OTHER CONTACT"),
    N_("A second way to reach you: a cell, an email, an assistant"), "#56b4e9", "#85caf0", 6 },
  { VMC_ELEMENT_TIME_WINDOW, "time_window", N_("Time window"), N_("TIME WINDOW"),
    N_("A narrow window to call back in"), "#bbbbbb", "#d0d0d0", 7 },
  { VMC_ELEMENT_COMPANY, "company", N_("Company"), N_("COMPANY"),
    N_("Your company"), "#777777", "#9a9a9a", -1 },
  { VMC_ELEMENT_REASON, "reason", N_("Reason"), N_("REASON"),
    N_("Why you call: “I'm calling about …”"), "#8844ee", "#9966ff", 8 },
  { VMC_ELEMENT_THANKS, "thanks", N_("Thanks"), N_("THANKS"),
    N_("Thanks and appreciation"), "#999933", "#bdbd4a", -1 },
};

/**
 * vmc_element_info:
 * @kind: a kind of element
 *
 * Returns: (transfer none): what the kind is called and how it is shown
 */
const VmcElementInfo *
vmc_element_info (VmcElementKind kind)
{
  g_return_val_if_fail (kind < VMC_N_ELEMENT_KINDS, NULL);
  g_assert (kinds[kind].kind == kind);
  return &kinds[kind];
}

const char *
vmc_element_kind_to_string (VmcElementKind kind)
{
  g_return_val_if_fail (kind < VMC_N_ELEMENT_KINDS, NULL);
  return kinds[kind].id;
}

void
vmc_element_free (VmcElement *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->digits);
  g_free (self->extension);
  g_free (self);
}

/**
 * vmc_elements_find:
 *
 * Returns: (transfer none) (nullable): the first element of @kind
 */
VmcElement *
vmc_elements_find (GPtrArray      *elements,
                   VmcElementKind  kind)
{
  for (guint i = 0; i < elements->len; i++)
    {
      VmcElement *e = g_ptr_array_index (elements, i);

      if (e->kind == kind)
        return e;
    }
  return NULL;
}

/* ---- vocabulary ------------------------------------------------------------------------- */

/* Frames that are both triggers and tested again where they are accepted */
#define FIRM_NEWS "we've|we+have|i've|i+have ?just|recently started|launched|opened|introduced|added|partnered|teamed|begun|built|expanded|developed|created|designed"   /* "we've just opened ..." */
#define FIRM_DOES "we build|make|design|provide|develop|install|supply|manufacture|create|look+after|take+care"   /* "we build ..." */
#define TIME_OFFERED "would|does|could|will next|this|that @"   /* "would next tuesday suit" */
#define CONSEQUENCE "i'll|we'll|i+will|we+will|i'd|we'd|i+would|we+would ?then have|need to escalate|cancel|release|list|charge|suspend|refer|close|terminate|repossess|report|involve|withdraw|reassign|bill|invoice|disconnect|forfeit|void|pass|give|offer"
#define DEADLINE "by|before @ today|tonight|tomorrow|o'clock|am|pm|sharp|at+the+latest"
#define DEADLINE_LEAD "no+later+than|by+end|by+the+end|by+close|within+the+hour|within+the+next|in+the+next|by|before|until|within"
/* deadlines that are only deadlines after an obligation (demand_accept): "we do need that photo
 * | by the twenty fifth", "somebody has to sign | in the next hour", not "i'm back by friday" */
#define DEADLINE_DATE "by|before|until the ?twenty|thirty <ordinal>"
#define DEADLINE_DAY "by|before monday|tuesday|wednesday|thursday|friday|saturday|sunday|month+end|the+weekend|week's+end|the+end+of+the+week|the+end+of+the+month"
#define DEADLINE_SPAN "in|within the next|coming ?few|#|half|couple+of hour|hours|day|days|minutes|business+days|working+days"
/* "within five days", "in forty eight hours" */
#define DEADLINE_COUNT "within|in # ?# hours|days|business+days|working+days|weeks"
/* what follows when the obligation before it is not met: "... or we bill you for detention",
 * "... or the technician can't go in" (demand_accept: only after an obligation) */
#define OR_CONSEQUENCE "or|otherwise|else the|your|our|we|they|you|it|he|she ?* can't|cannot|won't|lose|loses|lapse|lapses|expire|expires|bill|charge|cancel|fine|fines|tow|release|close|suspend|forfeit|void|invoice"
/* an obligation on the listener or a third party that a deadline or consequence may follow */
#define OBLIGATION "need|needs|must|require|requires|required|has+to|have+to|got+to|gotta|insist"
#define ASKED_FOR "a|an|one ?quick|short|brief|simple|one+word|one+line|two+minute|five+minute|ten+minute|fifteen+minute call|callback|reply|response|answer|chat|conversation|word|yes"
#define GLAD_TO "i'd|we'd|i+would|we+would be ?very|really|so|most|more+than glad|happy|delighted|pleased to"   /* "i'd be glad to ..." */
#define FAMILY_OF_YOURS "your grandson|granddaughter|grand+son|grand+daughter|grand+mother|grand+father|daughter|son|mother|father|mom|dad|aunt|uncle|nephew|niece|wife|husband|grandmother|grandfather|grandma|grandpa"
#define GOOD_TO_MEET "good|nice|great|lovely|fun ?to ?finally|really meet|meeting|see|seeing"
/* people of the caller's own: "my assistant", "my team" (a second channel, unless something
 * is said of them: alternate_accept) */
#define OWN_PEOPLE "my assistant|colleague|team|coordinator|associate|office|secretary|partner"
/* what the listener will want to do: "you'll want to send it before friday, or ..."
 * (demand_accept: only with a deadline or a consequence after it) */
#define WANT_TO "you'll|you+will|you'd|you+would|you're+going+to|you+are+going+to|you're+gonna want to"
/* "we'll be looking for the full amount no later than the fifteenth" (demand_accept: only
 * with the time) */
#define LOOKING_FOR "i'll|we'll|i+will|we+will be looking|hoping for|to+see|to+receive"
/* "the overdraft must be cleared in full this week" (demand_accept: with a deadline or a
 * consequence) */
/* the listener's haste asked for, or the caller's own (demand_accept tells which) */
#define HASTE "immediately|right+away|straight+away|asap|at+once|as+soon+as+possible"
/* a time or a consequence after an obligation makes it a demand: "... signed by friday", "...
 * today or the crew can't start" (demand_accept) */
#define BY_A_TIME "today|tonight|tomorrow|this+week|by|before|within|no+later|or|otherwise|immediately|asap|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#define MUST_BE_DONE "must|has+to|have+to|needs+to|need+to be paid|cleared|settled|signed|returned|received|submitted|completed|sent|approved|back|in|done|finalised|finalized"


/* Words that cannot be part of a person's name: the closed classes, and the words of a
 * message that the word list also spells as names ("will", "may", the days). */
static const char * const not_name[] = {
  "a", "an", "the", "and", "or", "but", "so", "of", "in", "on", "at", "to", "for", "from", "with",
  "by", "about", "regarding", "as", "into", "over", "up", "out", "off", "back", "just", "only",
  "also", "still", "again", "here", "there", "now", "then", "today", "tomorrow", "this", "that",
  "these", "those", "it", "it's", "is", "was", "be", "been", "am", "are", "were", "i", "i'm",
  "i'd", "i'll", "i've", "me", "my", "mine", "you", "your", "you're", "you've", "you'll", "we",
  "we're", "we've", "our", "us", "he", "she", "they", "them", "his", "her", "their", "who", "what",
  "when", "where", "why", "how", "hi", "hello", "hey", "good", "morning", "afternoon", "evening",
  "thanks", "thank", "bye", "goodbye", "calling", "call", "called", "reaching", "following",
  "trying", "looking", "hoping", "going", "getting", "quick", "quickly", "really", "very", "sorry",
  "glad", "happy", "sure", "not", "no", "yes", "okay", "ok", "well", "all", "some", "any", "one",
  "number", "phone", "line", "office", "available", "free", "interested", "excited", "important",
  "urgent", "re", "wondering", "checking", "leaving", "message", "voicemail", "because", "since",
  "if", "do", "did", "does", "have", "has", "had", "can", "could", "would", "will", "should",
  "may", "might", "must", "need", "want", "wanted", "like", "love", "let", "know", "get", "give",
  "got", "see", "saw", "hear", "talk", "speak", "name", "name's", "its", "uh", "um", "once",
  "more", "best", "direct", "reason", "cell", "email", "text", "real", "great", "nice", "busy",
  "down", "finally", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "june", "july", "august", "september", "october",
  "november", "december", "christmas", "english", "american", "there's", "that's", "what's",
  "let's", "here's", "dear", "mister", "mr", "mrs", "ms", "miss", "doctor", "dr", "sir", "madam",
  "ma'am", "team", "everyone", "folks", "guys", "yeah", "oh", "ah", "hmm", "right", "actually",
  "basically", "literally", "even", "ever", "never", "always", "soon", "later", "early", "late",
  "last", "next", "new", "first", "second", "other", "another", "same", "such", "every", "each",
  "much", "many", "few", "little", "lot", "lots", "thing", "things", "something", "anything",
  "nothing", "everything", "way", "time", "day", "week", "month", "year", "minute", "minutes",
  "moment", "chance", "convenient", "convenience", "welcome", "pleasure", "hope", "wish", "said",
  "say", "says", "told", "tell", "ask", "asked", "asking", "mentioned", "suggested", "recommended",
  "referred", "met", "meet", "thought", "think", "reached", "reach", "follow", "touch", "base",
  "circle", "loop", "ring", "buzz", "shout", "send", "sent", "shoot", "drop", "set", "book",
  "grab", "find", "schedule", "which", "while", "whether", "though", "although", "unless", "until",
  "till", "before", "after", "during", "between", "through", "without", "within", "around", "near",
  "via", "per", "than", "too", "either", "neither", "nor", "yet", "both", "via", "please",
  "kindly", "cheers", "regards", "appreciate", "appreciated", "automated", "courtesy", "reminder",
  "recorded", "recording", NULL
};

/* Words of roles and trades: no part of a person's name, but of a company's. */
static const char * const trade_words[] = {
  "sales", "manager", "account", "executive", "director", "rep", "representative", "specialist",
  "consultant", "advisor", "agent", "realtor", "recruiter", "assistant", "owner", "founder",
  "partner", "partners", "president", "company", "bank", "insurance", "group", "services",
  "solutions", "systems", "software", "health", "dental", "realty", "consulting", "marketing",
  "media", "tech", "logistics", "solar", "roofing", "plumbing", "supply", "payroll", "freight",
  "capital", "financial", "mortgage", "lending", "staffing", "labs", "energy", "windows",
  "landscape", "landscaping", "construction", "properties", "motors", "auto", NULL
};

/* Words after which a company name may follow the caller's name. */
static const char * const company_lead[] = {
  "from", "with", "at", "calling from", "here from", "here with", "here at", "over at",
  "and i'm with", "and i'm from", "i'm with", "i'm from", "i work with", "i work at", "i work for",
  "on behalf of", "representing", "of", NULL
};

/* Introductions: the caller's name follows. */
static const char * const name_cues[] = {
  "my name is", "my name's", "name's", "the name is", "the name's", "name is", "this is", "it's",
  "it is", "hi it's", "hey it's", "you've got", "you have got", "you got", "it's me",
  "it's only me", "it's just me",
  "this here is", "speaking with", "you're speaking with", "this has been", "this was", NULL
};

/* Introductions that say nothing but the name can come next: after them the words up to
 * "from", "here" or a pause are the name heard, even when the recognizer spelled a surname
 * it did not know as other words. */
static const char * const strong_name_cues[] = {
  "my name is", "my name's", "name's", "the name is", "the name's", "you've got", "this has been", NULL
};

/* After the name, these close its slot: "priya raman | from lakeside", "| here", "| calling". */
static const char * const name_closers[] = {
  "from", "with", "at", "over at", "here", "calling", "and", "i'm", "i am", "my", "just", "again",
  "of", "on behalf", "representing", "returning", "following", "reaching", "in", "giving",
  "checking", "touching", "following", "dropping", "and i'm", "the", NULL
};

/* The caller's future actions are no request: "i'll give you a call", "i'll try you again". */
static const char * const own_action[] = {
  "i'll", "we'll", "will", "i", "we", "gonna", "going", "i'm", "we're", "shall", "let", NULL
};

static const char * const ask_triggers[] = {
  /* phoning back */
  "<callv> <me> back", "<callv> back", "<callv> me", "<callv> us",
  "give <me> a ?quick|call <callnoun>", "give <me> a <callnoun> back", "gimme a <callnoun>",
  "return my|our|the|this call|calls|message", "get back to <me>", "get back with <me>",
  "get in touch ?with <me>", "reach back out", "reach out to <me>", "reach me back",
  "hit <me> back", "hit <me> up", "ping <me>", "holler at <me>", "drop <me> a line", "give <me> a shout",
  "touch base ?with <me>", "circle back with <me>", "reply to <me>", "respond to <me>",
  "get a hold of <me>", "get ahold of <me>", "give <me> a try", "try <me> back", "try me at",
  /* "let me know", suggestions */
  "let me know", "let us know", "let's", "let us <talkv>|get|set|find|grab|schedule|book",
  /* questions to the listener */
  "would|do you mind", "would you be open|available|free|interested|up|willing|able|game|okay|ok|opposed|averse|against",
  "do <me> a favor|favour|kindness",
  "would you have", "would you like", "would you want", "would you care",
  "are you open|available|free|up|around|interested|game",
  "you'd be open|available|free|interested|up", "you would be open|available|free|interested|up",
  "you might be open|available|free|up", "do you have", "have you got",
  "you got ?a few|a|ten|fifteen|five|some <while>", "do you want to", "would it be possible",
  "is it possible", "could you", "can you", "will you", "could i", "can i", "may i", "might i",
  "<modal> we <talkv>",
  "<modal> we get|grab|set|schedule|book|find|have|arrange|pencil|lock|line|plan|put",
  "when would|might|is|are|works|could|can|suits", "when's a good",
  "what time|day|days|times works|suits|would|is", "whatever time|day works",
  "is there a good|convenient|better|time", "a good time to", "the best time to", "a better time",
  "if @ works", "does @ work", "would @ work", TIME_OFFERED,
  "would|does|will|could a|an|the ?quick|short|brief|call|chat|meeting|visit|time|slot|demo", "how does @ look|sound|work", "how's @ looking",
  /* the caller's wishes */
  "i'd|we'd ?really|truly|so|greatly love|like|welcome|appreciate|value|enjoy",
  "i+would|we+would love|like|welcome|appreciate|value|enjoy", "i'd|we'd be grateful",
  "i+would|we+would be grateful",
  "i'm|we're hoping to <talkv>|get|set|find|grab|hear|schedule|book",
  "i was hoping to <talkv>|get|set|find|grab|hear|schedule|book", "i'm|we're hoping you",
  "i was hoping you", "hoping you can|could|might|will", "i hope to hear", "hope to hear",
  "hope we can", "hoping we can",
  /* please, feel free */
  "please <callv>|give|get|reach|contact|return|let|reply|respond|drop|hit|phone|consider|check|take|feel|do|advise|revert|confirm|sign|send|share|forward|email|text|settle|pay|remit|review|approve|complete|update|schedule|book|visit|stop|come|swing|pop",
  "kindly <callv>|give|get|reach|contact|return|let|reply|respond|revert|advise|confirm|send|sign|share|forward|settle|pay|remit|review|approve|complete|update|schedule|book|check|take|drop", "feel free to",
  "don't hesitate to", "do not hesitate to", "free to <callv>|reach|give|get|contact",
  "if you could|can|would <callv>|give|get|return|reach|let|drop|shoot|send|spare|find|take",
  "it would be great|wonderful|nice|helpful|good", "it'd be great|wonderful|nice|helpful|good",
  "would be great to", "would love to",
  /* meetings */
  "open to a|an|some", "would it be okay|ok|alright|possible|all+right", "might you",
  "<modal> we do", "would|does|could|will|how's|how+does|how+would @",
  "<callv> or text|email <me>", "just <callv>", "please <callv>", "<me> a shout|holler|buzz",
  "get something on the calendar",
  "when we|you might|could|can|would <talkv>|get|set|find|grab|meet|connect|schedule|book|have",
  "would|does|will it make sense to|for", "would it be worth", "worth a quick|short call|chat|conversation",
  "worth a ?* ?* call|chat|conversation|coffee|look|talk",
  "what+does|what's|how+does|how's your calendar|schedule|week|afternoon|morning|day look|looking",
  "see if|whether we|you could|can|might|would", "see if|whether you'd|you're|we'd",
  "we could|might grab|meet|talk|chat|connect|find|set|schedule|book|sit",
  "look|looking forward to hearing|your",
  "hear back", "hear from you", "when you get a chance|moment|minute|second|sec",
  "when you have a chance|moment|minute|second|sec", "at your ?earliest convenience",
  "whenever you get a chance|moment", "whenever you can", "point me", "the right person to",
  "any chance you could|can", "pick a time", "pick a day", "just let me know", "if it makes sense",
  "whenever you get this", "when you get this", "my door is open", "reply with",
  "send me a couple|a few times",
  /* offers and suggestions in other words (third batch) */
  "would|does|will|could it suit|work|be+okay|be+ok for you", "would it suit", "how about a|an|we|you|i|lunch|coffee|call|meeting|chat|friday|monday|tuesday|wednesday|thursday",
  "shall we|i", "fancy a|an|grabbing|meeting|popping|coming", "reckon you'd|you+would|you+could|you+might",
  "any interest in", "happy to jump|hop|get on",
  /* (ninth round) a question without its auxiliary: "any interest?", "want to grab a coffee
   * and see if i can help?" (ask_accept: not "any interest rate", "i want to grab") */
  "any interest|takers", "want+to|wanna grab|get|meet|hop|jump|chat|talk|catch|sit|set|find|swing|pop|come", "come on down|by|in|over|out", "come by|over|grab|see|visit|pick|take|in",
  "pick whichever|any day|time|morning|afternoon", "would you let me", "how would|do you|your ?* feel|think about",
  "could|can|shall we", "would|could you be so kind|good", "be so kind as to",
  "would|could you be kind|good enough", "kind|good enough to <callv>|give|get|return|let|drop|send",
  /* (fourth batch) */
  GLAD_TO, "please advise", "do give|call|ring|let|drop",
  "just sign|send|reply|email|text|drop|pop|swing|come|stop", "would you ever", "would|could|will you consider|entertain",
  /* (fifth batch) */
  "reach back", "name a|the time|day|date|slot|place", "?still keen on|for a|an|the|some",
  "keen to <talkv>|trade|swap|compare|grab|get|meet|hear",
  "shout|holler|buzz|ring when|whenever|once|if", "up for a|an|some ?quick|short|brief coffee|call|chat|drink|lunch|beer|walk|visit|demo|meeting|tour",
  "mind calling|ringing|phoning|giving|sending|dropping|letting|getting|returning|texting|emailing|swinging|popping",
  "would|will|does|could it help|be+helpful|be+useful if", "request|requesting you to",
  "try <me> before|after|between|tomorrow|today|tonight|this|on|then|later|anytime|whenever|again",
  /* (seventh batch) "holler back when you want it fitted", "pick whichever fifteen minute slot
   * suits you" */
  "holler|shout|buzz back", "pick|choose whichever ?* ?* slot|time|day|date|window",
  /* (sixth batch) an offer put as a question: "want me to drop a case by on friday?" (ask_accept:
   * not "they want me to lower the price") */
  "do|would you want|like me|us to", "want|wanna me|us to",
  /* what is asked for, then how welcome it is: "a quick call back before twelve would be
   * ideal", "a one word reply would do it" (ask_accept checks the second half) */
  ASKED_FOR,
  /* "give me a bell on 609 ...": a request for a call however its noun was heard ("give me
   * at six oh nine ...", "give us a belt on ...") when a number follows (ask_accept) */
  "give|gimme <me> ?a|an ?* at|on",
  /* (eighth batch) the call asked for however its verb was heard: "but me a call when you
   * have a moment", "those me back when you see this" (ask_accept: not "you gave me a call",
   * "pay me back when") */
  "<me> a ?quick|short|brief <callnoun>", "<me> back when|whenever|once|as+soon|at+your|if+you|please|today|tomorrow|tonight|anytime|at|on",
  NULL
};

static const char * const demand_triggers[] = {
  "you need to", "you'll need to", "you will need to", "you must", "you have to", "you've got to",
  "you got to", "you gotta", "you better", "you'd better", "you had better", "you ought to",
  "you should <callv>|return|respond|reply", "i need you to", "we need you to", "i need to hear",
  "we need to hear", "i need an|a|your answer|response|reply|decision|call|callback",
  "i need ?a|an answer|response|reply|decision today|now|back", "i'll|we'll need",
  "i+will|we+will need", "i must hear", "i have to hear", "i require", "we require", "i insist",
  "i demand", "i expect", "we expect", "i'm|i+am|we're expecting", "i'll be expecting",
  "i'll be waiting", "this|it needs|requires|demands your",
  "needs your ?immediate|urgent|prompt attention|response|reply",
  "requires your ?immediate|urgent|prompt", "your immediate attention", "immediate attention",
  "urgent attention", "prompt attention",
  "it's|it+is urgent|critical|imperative|essential|mandatory|crucial|vital that",
  "it's|it+is imperative|essential|crucial|critical|vital", "essential that you",
  "important that you", "crucial that you", "urgent that you", "imperative that you",
  "immediately", "right away", "right now", "asap", "a s a p", "as soon as possible", "at once",
  "without delay", "the minute|moment|second|instant you get|hear this",
  "as soon as you get|hear this", "no later than", "by end of ?the day", "by the end of ?the day",
  "by close of business", "by end of business", "by noon|tonight ?today", "within the hour",
  "within the next hour", "get back to me today", "call me ?back today", "reply|respond today",
  "today or", "before it's too late", "don't ignore", "do not ignore", "don't make me",
  "stop ignoring", "i shouldn't have to", "this is your last|final", "final notice", "last chance",
  "or else", "failure to", "make sure you", "i've been waiting", "i'm still waiting",
  "still waiting", "can't wait any longer", "cannot wait", "this|it|that has|needs to",
  "has to be done|signed|approved|handled|sorted|finished|returned|in", "this can't wait",
  "can't sit", "time sensitive", "requires a response", "i'm going to need you",
  "i'm gonna need you", "otherwise your", "or the offer", "if i don't hear back",
  "you'll want to call me today", "you really must", "ignore this", "i have to have",
  "we have to have", "you+have|you've+got|you+have+got|you've until|till", "you have only|just",
  "ensure|ensuring you|that|your", "please ensure|make+sure", "make sure to", "respond|reply|pay|sign|return|call by the|friday|monday|tuesday|wednesday|thursday|end|close|noon|tomorrow|tonight",
  "i|we really|absolutely|just need to hear|have|get", "we need an|a|your answer|response|reply|decision|signature",
  "i need your signature", "it's|it+is important|urgent|critical we|you|i", "make this|it a ?top priority",
  "the second|third|fourth|fifth|last time i've|i+have|i called|tried|reached|left",
  "running out",
  /* (eighth batch) "the offer expires friday, so don't wait" */
  "don't|do+not wait|delay|miss+out|sit+on+this|sit+on+it|let+this+slip|let+it+slip",
  "you'll|you+will lose|miss+out|forfeit", "or we|i move|go|walk on|ahead|away",
  "or i'll|or+i+will|or+we'll|or+we+will have|be|release|cancel|close|list|charge|send|escalate|assume|give|pass|move|need",
  "otherwise we|i|the|your|it",
  /* (third batch) */
  "if i were you", "before someone|somebody|anyone|anybody else", "can't|cannot keep|hold it|this|that open|for",
  "it's|it+is on you", "no exceptions", "you+are|you're|you'll+be|you+will+be required|obligated|expected|obliged to|at|on|in|back|by",
  "should we not receive|hear|get", "if we do+not|don't receive", "remit", "unacceptable",
  "a real|such+a|a shame|pity if", "i want to know|hear today|now|by|how|why|what", "i|we want an|a|your answer|call|response|explanation|yes|decision|reply|signature|confirmation",
  "i need a yes|an+answer|decision", "or it goes|we+go|i+go",
  /* (fourth batch) */
  "no choice|option|alternative but to", "i'd|we'd|i+would|we+would expect",
  "counting on an|a|your|you|hearing|getting",
  "i'll|we'll|i+will|we+will want a|an|your|to+hear|to+know|yes|answer",
  "be obliged|forced|compelled|required to",
  "can't|cannot keep holding|waiting|chasing|holding", "someone|somebody has|needs to be",
  /* (fifth batch) */
  "treat this|it as ?a|an urgent|priority|urgency|a+priority", "no further|more extension|extensions|delay|delays",
  "i'm|i+am|we're|we+are out of time", "i'm|i+am|we're gonna|going to need a|an|your|the|it|that|this|you",
  "our|a|the final|last reminder|warning|attempt", "i|we must|have+to|will+have+to insist",
  "no wiggle|leeway|flexibility room|on|here", "no room for delay|error|extension",
  /* (sixth batch) */
  "someone|somebody|anyone|anybody has+to|needs+to|must|will+have+to", "i'm|i+am|we're|we+are going+to|gonna have+to insist", "have|has to insist",
  /* (seventh batch) softened or said of someone else: "this really can't wait past wednesday",
   * "it's important that someone lets the plumber in", "you'll want to send it before then,
   * or we lose the rate" (demand_accept: only with a deadline or a consequence after it) */
  "this|it|that ?really|just|honestly|simply can't|cannot wait", "can't|cannot wait past|beyond|until|till|any+longer",
  "important|essential|crucial|vital|critical|imperative that someone|somebody|we|your|the|this|it|they|he|she|his|her|their",
  /* (tenth round) what is lost without it by a time: "without your sign off by thursday noon
   * the run gets bumped" (demand_accept: only with the time) */
  "without your|the|a|an|that|this|his|her|their",
  "straight away",
  /* (tenth round) */
  LOOKING_FOR,
  /* (seventh and eleventh rounds) "you'll want to send it before then, or we lose the rate",
   * "you're going to want to sign it tonight, because if it's not back by nine ..." */
  WANT_TO,
  /* (eleventh round) "the overdraft must be cleared in full this week" */
  MUST_BE_DONE,
  /* (ninth round) an obligation in other words: what the listener will have to do ("so
   * you'll have to get it in before then"), what the caller is going to require ("we're going
   * to require the signed copy by wednesday"), and what the caller cannot hold past a time
   * ("we cannot hold the rooms past thursday without a deposit") */
  "you'll|you+will|you're+going+to|you+are+going+to|you're+gonna ?really|still|definitely|absolutely|also|just|first have+to|need+to|be+required+to|be+expected+to",
  "i'll|we'll|i+will|we+will|i'm+going+to|we're+going+to|i+am+going+to|we+are+going+to|i'm+gonna|we're+gonna|we+were+going+to|i+was+going+to require|insist",
  "can't|cannot|won't+be+able+to|will+not+be+able+to|can+no+longer hold|keep|reserve|save|extend|honour|honor ?* ?* ?* past|beyond|longer|any+longer",
  DEADLINE_DATE, DEADLINE_DAY, DEADLINE_SPAN, DEADLINE_COUNT, OR_CONSEQUENCE,
  /* a time something is needed by: "i need your deposit by five today" (demand_accept) */
  DEADLINE,
  /* what the caller will do if nothing comes: "(if i don't hear back by noon,) i'll have to
   * escalate it" */
  CONSEQUENCE, NULL
};

static const char * const rapport_triggers[] = {
  "mutual|common <relation>", "our <relation>",
  "your friend|friends|colleague|colleagues|coworker|co-worker|boss|manager|neighbor|neighbour|cousin|brother|sister|teammate|counterpart|peer|mentor",
  /* "a client of mine", "a friend of dana's"; not "a director of revenue operations" */
  "a <relation> of yours|mine|ours|my|our|your", "a friend|friends|colleague|coworker|neighbor|neighbour|classmate|cousin|teammate|buddy of",
  "friend of ?yours|mine",
  "<referv> i|we <callv>|give|reach|get|contact|connect|talk|speak|touch",
  "suggested|recommended ?that i|we|you|reaching|calling|giving|connecting|speaking|talking|getting|me|your",
  "recommended", "referred", "referral", "mentioned you|that|your", "mentioned i|we",
  "thought we|you|i should|might|would|could|'d", "told me about|you|to|that",
  "passed along|on your|my", "passed your|my", "gave me your", "gave your", "introduced",
  "pointed me", "put me|us in touch", "got|received|have your name|number|details|info from",
  "your name|number from", "connected us", "put us together",
  /* (eighth batch) "i was given your number by ellen marsh", "your name was passed to me by" */
  "given|passed|handed|forwarded your name|number|details|info|card|contact", "your name|number|details was|were given|passed|handed",
  "said you|i|we were|are|should|might|would|'d|'re|could", "said to|i|we should", "said i should",
  /* (ninth round) what the referrer said the caller ought to do: "they said i ought to give
   * you a ring", "she reckoned we had better talk" */
  "<referv>|reckoned|reckons ?that i|we|you+and+i|the+two+of+us ought|must|had+better|'d+better|really+should|definitely+should",
  "asked me to <callv>|reach|get|contact|touch|give",
  "wanted me to <callv>|reach|get|contact|touch|give", "encouraged me", "speaks|spoke|speak ?very|so|really|incredibly|awfully highly",
  "said hello|hi", "sends his|her|their regards|best", "on the recommendation of",
  "at the suggestion of", "by way of", "your name came up", "your name was", "came up in",
  "we met", "i met", "met you", "we ?actually|briefly|finally|first met|spoke|talked|chatted|sat",
  "sat next to|beside|with|together", "we sat",
  "?really|truly enjoyed|loved working|partnering|collaborating",
  "been a good|great|fantastic|wonderful ?first year|years|while|ride|run working|partnering",
  "thanks|thank+you ?so+much|again for coming|bringing|sticking|stopping|chatting|hosting|having+me|showing|meeting|the+chat|the+tour|the+great|the+kind|your+time+at|your+question|your+help", "meeting you", "we spoke", "we talked", "we chatted",
  "we connected", "crossed paths", "spoke with you", "i spoke to you", "talked with you",
  "great|nice|good|lovely|wonderful|pleasure meeting|seeing|talking|chatting|catching|connecting|running|bumping",
  "great|nice|good|lovely|wonderful|pleasure to meet|see|chat|connect", "a pleasure",
  "enjoyed|loved|appreciated|liked meeting|talking|chatting|your|our|the|hearing|reading|seeing",
  "saw|heard|read|caught|watched your talk|post|article|presentation|panel|session|keynote|interview|podcast|comment|book|webinar|video|speech|piece",
  "stopped by your", "visited your booth", "at your booth", "by your booth", "your booth",
  "congratulations", "congrats", "fellow", "alumni", "alum", "alumnus", "alumna", "we both",
  "we share", "in common", "we went to", "we worked together", "worked with your",
  "i work with your", "we've worked with your", "big fan of", "i follow your",
  "same school|university|college|group|club|association|chamber|neighborhood|network|gym|church|team",
  "give you a call|ring|shout|buzz", "i give you a call", "i reach out", "i call you",
  "i get in touch", "i contact you", "i connect with you", "we connect", "we should connect",
  "we should talk", "we'd hit it off", "you'd be a good", "you're the person",
  "you're the right person", "you were the person", "you might be interested",
  "mentioned you're|you'd|you've|you+were", "said you|you'd|you're|you've|your|that", "we shared",
  "i grew up", "we're|we+are|we+were both", "i sat", "last i saw you", "saw you at",
  "fun meeting|seeing|talking|chatting", "seeing you", "to see you",
  "thank+you|thanks for being a|our ?loyal|longtime|valued customer|client|member",
  "for being a customer|client", "thanks for the kind", "thank you for visiting",
  "i've been working with the", "came across your profile", "thought we'd|you'd|i'd", "thought",
  "worked with you", "remember me",
  /* (tenth round) "marcus, who you worked with at fintrail, said ..." */
  "who|whom|that you ?used+to worked|studied|trained|served|played|volunteered|went with|alongside|together", "we've met", "we met", "two of us", "us should connect|talk|meet",
  /* a shared event: "at the bridal show on saturday", "at the retail data forum" */
  "at the <event>", "at the * <event>", "at the * * <event>",
  /* (third batch) */
  "small world", "go way|ways back", "we|i have|share ?got a|an|some ?few|couple+of mutual|common",
  /* (eighth batch) "we've got a few friends in common", "jim and i were chatting and your name
   * came up", "i'm calling at the suggestion of", "you know my colleague jim" */
  "we've|we+have|we|you+and+i ?got|have|share ?a|some|many|several|lots ?few|couple|of ?of friends|connections|contacts|clients|customers|acquaintances|colleagues|people|folks|interests in+common",
  "and i were|was chatting|talking|speaking|catching|having|at|discussing",
  "calling|ringing|phoning|writing|reaching at|on the suggestion|recommendation|request|advice|urging of",
  "you ?may|might|probably ?already know|knew|met|remember my|our <relation>", "go back a|way|ways", "we sit", "we both", "we ran|did|played|volunteered|rode|walked * together",
  "review|post|article|piece|blog|comment|bio you wrote|posted|shared|left|gave",
  "the review you", "your review", "made me smile", "you bought|purchased|leased|ordered * from us|me",
  "you bought|purchased a|an|your|the",
  /* (fourth batch): the caller is the listener's customer or fan */
  "i'm|i+am|we're|i've+been|we've+been ?in|at|into|to|a+regular+at your cafe|coffee|shop|store|restaurant|bakery|gym|salon|bar|pub|studio|diner|bistro|deli|brewery|boutique|gallery|clinic|practice",
  "i'm|i+am|we're ?a ?big|huge|real fan|regular|customer|patron",
  "i'm|i+am|we're|we've+been|i've+been one+of+your|a|your regular|longtime|loyal|happy customer|customers|client|clients|patron|patrons",
  GOOD_TO_MEET,
  /* (fifth batch) */
  "nice|good|great|kind|lovely|wonderful things to say about you",
  "had|has|said ?a+lot+of|some|such nice|good|great|kind|lovely|wonderful things", "said nice|good|great|kind|lovely things about you",
  "pressed|urged|nudged|pushed|told me to <callv>|reach|get|contact|give|touch", "vouched for you|your",
  "same * team|club|class|school|league|church|gym|choir|group|street|building", "a real|genuine|true pleasure",
  "finished|loved|devoured|listened+to your book|article|talk|post|podcast|episode|piece|newsletter|column|blog|interview",
  "we overlapped|coincided", "overlapped at|with|in", "handed|passed|slipped me your|a ?business card",
  /* (sixth batch) someone of the listener's, named or passing word on (rapport_accept): "your
   * granddaughter sophie was one of our first volunteers", "your office manager dolores was
   * kind enough to tell me" */
  FAMILY_OF_YOURS, "your * <relation>",
  /* (sixth batch) the caller was at the listener's own event: "i was at your talk on greener
   * tourism" */
  "i|we was|were ?at|in+the+audience+for|in+the+audience+at at|for your <event>", "i|we attended|caught|joined your <event>",
  /* (seventh batch) what the listener wrote or said, as the subject: "your linkedin post on
   * forecasting had me nodding"; a list the caller saw them on: "i saw your name on the sign
   * up list for wednesday's session"; praise passed on: "hana can't say enough about your
   * shop"; a customer of the
   * listener's doing something there: "i've been climbing at your gym for years" */
  "your linkedin|recent|latest|last ?linkedin post|article|talk|webinar|podcast|interview|keynote|panel|newsletter|video|episode|comment|piece",
  "your post|article|keynote|podcast|newsletter on|about",
  "saw|noticed|spotted your name on|in", "can't|couldn't say enough",
  /* ... and what the two share: "we were on the same shuttle from the airport", "she and i
   * worked together at verdant", "your bio on the company site mentions dubuque" */
  "we|we're|we+were|we+are ?both on|in|at|from the same", "and i worked|went|played|studied|served|trained|grew|sang|rode|coached together|up",
  "your bio|profile on|mentions|says|said|mentioned",
  /* (ninth round) someone sent the caller to the listener: "danny from your softball team
   * sent me over your way"; what the listener said in public, as the subject: "your guest spot
   * on the small shop show was the best forty minutes i've heard all year" */
  "sent|send|sends|pointed|steered|directed|nudged me|us ?over|along your way|direction",
  "sent|send|sends|pointed|steered|directed|nudged me|us ?over|along in+your+direction|to+you",
  "your ?recent|latest|last guest spot|appearance|slot|segment on|at|with|in|last",
  "your ?recent|latest|last ?guest appearance|interview|episode|keynote|talk|article|speech|podcast|column|segment on|at|with|in|last|was|were|had|really|the+other",
  "i've+been|i+have+been|we've+been|i'm|we're * at|in your cafe|coffee|shop|store|restaurant|bakery|gym|salon|bar|pub|studio|diner|bistro|deli|brewery|boutique|gallery|clinic|practice|class|classes", NULL
};

static const char * const alternate_triggers[] = {
  "email|e-mail|text|message|dm|whatsapp|txt <me>", "ping <me> on|via|over|an|a|at", "ping <me> by email|e-mail|text|linkedin|message",
  "<sendv> <me> ?a|an|your ?quick|short <channel>", "<sendv> <me> a line", "<sendv> <me> over",
  "my email|e-mail", "email address", "e-mail address", "my cell|cellphone|mobile", "cell phone",
  "cell number", "mobile number", "my personal", "my other number|line", "a second number",
  "my home number", "office line", "desk line",
  OWN_PEOPLE,
  "reach my assistant|team|office", "contact my assistant|team|office", "ask for my",
  "speak with my", "talk to my", "or my assistant", "linkedin", "whatsapp", "on teams", "on slack",
  "my website", "my calendar", "booking link", "scheduling link", "calendar link",
  "on my calendar", "reply to my|the|this email|text|message", "hit reply", "reply to that email",
  "respond to my|the|this email|text|message", "texting works|is|would",
  "text is fine|great|best|easiest|works", "a text is|works|would",
  "email works|is fine|is best|is easiest|is great", "email is fine|best|easiest|great",
  /* (ninth round) a channel said to be the caller's own: "email is where i live", "text works
   * for me too" (alternate_accept: not "your email is ...") */
  "email|e-mail|text|texting|messaging ?also|too|really|always is|'s where+i|where+you'll|the+best|the+easiest|the+quickest|the+fastest|my+preferred",
  "email|e-mail|text|texting|messaging ?also|too|really|always works for ?me|you",
  "or email", "or text", "or shoot", "or drop", "or send", "by email|text", "via email|text",
  "over email|text", "through email|text", "either email|text",
  "text|txt|texting this|that|my|the number|line|cell|mobile",
  "welcome to reply|email|text|message", "i'll|i|we'll|i+will also send|shoot|drop|email|text",
  "i'll|i+will|we'll send|shoot|drop|email|text you", "i'm also sending|emailing|texting",
  "i'm sending|emailing|texting you", "i'll be sending",
  "i'll follow up with an|a email|note|text", "following up with an|a email|note|text",
  "shoot|drop you an|a email|note|text|line", "in your inbox", "sent you an|a email|note|text",
  "e mail", "try my cell|mobile|office", "also reach me on|at|by", "ask for", "the front desk",
  "connect with me on", "linkedin invite|note|message", "if email's|text's easier",
  "if email|text is easier",
  "catch|reach|find|get me on|through|via my|our|the|email|text|linkedin|slack|teams",
  "through|via our|my|the front+desk|reception|receptionist|office|team|assistant|website|site|portal|calendar",
  "best way is|would+be|to+reach+me+is email|e-mail|text|texting",
  "i'm on email|text|slack|teams|linkedin|whatsapp", "connection request", "linkedin request",
  "sent you a|an connection|linkedin|calendar|meeting invite|invitation|request",
  /* (third batch) */
  "at+home|on+my+home", "my home", "takes|accepts texts|text|messages", "text|message me|us back", "text back",
  "this thread", "by fax", "fax", "whatsapp me|us", "on whatsapp|teams|slack|zoom", "booking page",
  "stop|drop|pop|swing|come by|into|in+at the|our shop|office|store|showroom|branch|booth|yard|studio|clinic|bakery|site",
  /* (fourth batch) */
  "i'm|i+am|we're on signal|telegram|imessage|wechat|viber|facetime|whatsapp|teams|slack",
  "?a text|texts|message|messages|texting to this|that|my|the number|line|cell|mobile",
  "if a call's|call+is|calling+is|calling's|phoning+is|phoning's awkward|difficult|hard|tricky|inconvenient|tough|not",
  "signal|telegram|whatsapp|imessage on|at this|that|the+same number",
  "<sendv> off|over|across ?me a|an ?quick|short <channel>", "my work|office|personal|business mobile|cell|cellphone",
  /* (sixth batch) the thing asked for by another channel: "you can email it straight to me" */
  "you can|could ?also|just email|e-mail|text|forward it|them|that|this|those ?straight|directly|over|across|back to <me>",
  /* (sixth batch) done online: "you can put it on line for the patient portal" */
  "book|put|do|pay|order|schedule|reschedule|submit|fill|find ?it|one|them|that online|on+line",
  /* (sixth batch) a booking online: "or you can book it online through the patient portal" */
  "book|schedule|reschedule|reserve|pay|order|sign+up|register ?it|one|a+time|a+slot|an+appointment online|through+the+portal|on+the+portal|on+our+website|on+the+website",
  /* (fifth batch) */
  "write to <me>", "leave word|a+message|a+note with", "my second|other|backup line|number|phone",
  /* the channel as a verb in -ing: "texting me at this number is fastest" (alternate_accept:
   * not "thanks for texting me") */
  "texting|messaging|emailing|whatsapping <me>",
  /* (seventh batch) someone who covers: "you can reach her on ...", "ask for lucy at our front
   * desk"; a booking link: "grab a slot with the link in my email signature" */
  "reach|call|ring|try|text|email him|her|them on|at", "you can|could reach|call|ring|try|text|email him|her|them", "link in|on|at my|the email|signature|website|profile|bio|text",
  "in my ?email signature",
  /* (eighth batch) "you can also stop by our web site", "the easiest way to get me is by
   * text" */
  "visit|check|try|see|find|stop+by|drop+by|look+at our|my website|web+site|site|page|portal",
  "the best|easiest|quickest|fastest|simplest way to reach|get|contact|catch <me> is|would+be|might+be",
  "book|grab|pick|schedule|find|reserve a|some time|slot|meeting|call|spot on|through|via|using my|our|the calendar|link|booking+page|scheduling+link|calendly|website|site", NULL
};

static const char * const window_triggers[] = {
  "only", "between @ and|to @", "from @ to|till|until @", "after @ o'clock", "before @ o'clock",
  "until @ o'clock", "until|till|before|after @ today|tomorrow|tonight|am|pm|this",
  "the only time", "at my desk until|till|before|between|from",
  "in the office until|till|before|between|from", "available until|till|before|between|from",
  "free until|till|before|between|from", "around until|till|before|between|from",
  "mornings|afternoons|evenings are best", "best to call me back before|after|between",
  "can only take calls", "my only gap", "today only", "only gap",
  "catch|reach|call|get <me> before|between|until|till @",
  "best|easiest reached|to+reach|to+reach+me|to+catch|to+catch+me|to+get+me before|after|between|until|till|from|in+the",
  "best reached", "easiest to reach me",
  /* (third batch) */
  "have to be after|before|between|until|till", "mornings|afternoons|evenings are no good|out|bad|tricky|hard",
  "shuts|closes at|by @|#", "the only time i'm|i+am|i", "only time i'm|i+am",
  /* (fourth batch) */
  "the best|easiest time to get|reach|catch|call <me> is|would+be",
  /* (tenth round) "the one sure time to get me is my lunch" */
  "the|one|only ?one sure|surest|safest|likeliest|only|one+sure|one+safe time to get|reach|catch|call|find <me> is|would+be",
  /* (fifth batch): when the caller is gone, and what is left */
  "i|i'm|i+am fly|flying|board|boarding|leave|leaving|off|gone|out|away|travelling|traveling ?out|off|away at|from|after|by @",
  "i|i'm|i+am board|boarding|catch|catching|on|taking a plane|flight|train at|from|after|by @", "is the only stretch|window|gap|slot|time",
  /* (eighth batch) a day's hours only: "you can reach me any day this week before noon" */
  "catch|reach|call|get|try <me> any|most|on ?* ?* ?* before|between|until|till|after @", NULL
};

static const char * const reason_triggers[] = {
  "the reason for|of|behind|why", "the reason i'm|i", "the purpose of", "my reason for",
  "why i'm calling", "i'm|i+am|we're|we+are calling|phoning|ringing|writing",
  "i'm|i+am|we're|we+are just calling|phoning|reaching|following|checking|touching|circling",
  "i'm|i+am|we're|we+are reaching|following|checking|touching|circling|looping|contacting|getting",
  /* (tenth round) "i was reaching out about moving your staff onto one payroll run" */
  "i|we was|were ?just|only|really calling|phoning|ringing|writing|reaching|following|checking|touching|circling|contacting",
  "just calling|phoning|following|checking|touching|circling|reaching|looping",
  "calling about|regarding|re|because|to|on|in|with", "i wanted|want to", "we wanted|want to",
  "i just wanted",
  "i'd like to introduce|follow|touch|check|share|let|tell|update|ask|run|discuss|invite|offer|see|quickly|personally|reconnect|reach|introduce",
  "i was hoping to follow|touch|check|share|let|tell|update|ask|run|discuss|see|introduce|reconnect|reach|offer",
  "i thought i'd|i would", "thought i'd", "following up on|about|with|from|after|regarding",
  "follow up on|about|with|from|after|regarding", "touching base", "checking in", "circling back",
  "looping back", "regarding", "concerning", "re your|the", "in relation to", "in regards to",
  "in regard to", "with regard|regards|reference|respect to", "in reference to", "pertaining to", "as regards",
  "i got|received|saw|noticed|read|heard|see|understand|learned|hear|spotted|reviewed|came your|that|you|about|the|on|from",
  "i got|received|saw|noticed|read|heard|see|learned|spotted|reviewed the|an|a|some",
  "we got|received|saw|noticed|see|understand|heard|hear your|that|you|about", "i was told",
  "i was looking at", "i was reviewing", "i've been looking|reviewing|working",
  "you requested|asked|filled|downloaded|signed|inquired|enquired|visited|left|called|registered|booked|attended|submitted|contacted|emailed|responded|expressed|reached|stopped|came|spoke|mentioned",
  "you were looking|asking|interested|searching|shopping|thinking",
  "you had asked|mentioned|requested|expressed|inquired|said|told|wondered",
  "you'd asked|mentioned|requested|said|told|expressed|inquired|wondered",
  "your inquiry|request|application|form|order|question|message|email", "returning your",
  "getting back to you", "in response to", "responding to your", "as promised",
  "quick|brief|short question|note|update|heads|follow|idea|thought|one", "a heads up", "heads up",
  "i|we have|had a|an|one|some|two|good|great|exciting ?quick question|idea|update|offer|opportunity|proposal|news|thought|suggestion|solution|way",
  "i've|we've got a|an|some idea|question|update|news|thought|offer|opportunity",
  "we help|helped|specialize|partner|support|serve|work+with|have+helped|recently+helped|just+helped",
  "i help|work+with|specialize", "we're helping", "we've been helping", "we just launched",
  "we recently", "it's|this+is|it+is about|regarding|concerning",
  "it's|this+is|it+is in regards|reference|relation", "it's|this+is a+quick|a+brief follow",
  "to let you know", "to introduce myself", "introduce myself", "let you know", "wanted to",
  "i'm following", "i'm reaching out", "reaching out because|about|regarding|to|since|as",
  "your policy|renewal|contract|proposal|quote|order|account|application|subscription|lease|listing|claim|trial|demo comes|is|was|expires|expired|came|renews|ends|will",
  "for my call", "on the subject of", "quick one about|on|for", "a quick one",
  "i see your|that|you", "as promised", "you asked me to", "a client of mine",
  "i have a role|position|candidate|client|buyer|listing",
  "i've got a role|position|candidate|client|buyer|couple",
  "i've|i+have tried|been+trying|reached+out|left|called|emailed|sent|written", "i promised",
  "as i promised", "i told you i'd",
  "your * ?* ?* renews|renewed|expires|expired|was|is|came|comes|went|has|needs|ends|closes|closed|shipped|arrived|declined|lapsed|lapses|rolls|rolled|runs|ran",
  "about the|your|our|this|that|those|these|a|an",
  "i'm leading|running|conducting|handling|heading", "i'm|i+am|we're working with|on|for",
  "follow|following up to|on|about|with", "client of mine",
  "i've got the|a|an|some|two|three|your|those|these|that|this", "he|she|they mentioned|said|says|tells|told+me you're|you|that|you'd|you've",
  "thanks|thank+you for requesting|signing|downloading|filling|reaching|your|stopping|visiting|registering|booking|attending|taking|considering|the|getting|calling|inquiring|applying",
  "i'm working on", "reaching back", "i wanted", "just a quick", "we're running", "we are running",
  /* a wish that offers something says why they call: "i'd love to get you a quote" */
  "i'd|we'd|i+would|we+would love|like to get|send|show|give|put|bring|offer|run|save|help|walk|share",
  "i|we have the|your|a|an|some|two|three|new", "we've|we+have got a|an|the|some|two|three|your",
  "we have a special|new|few|couple",
  /* (third batch) */
  "we're|we+are starting|launching|doing|finishing|opening|building|hosting|offering|putting|rolling|holding|expanding|hiring|moving|changing|updating|planning",
  "i'm|i+am helping|organizing|hosting|putting|planning|pulling", "i wondered|wonder whether|if", "i was wondering whether|if",
  "i understand|gather|hear you've|you're|you'd",
  /* (fourth batch): what the caller's firm does */
  FIRM_NEWS,
  FIRM_DOES,
  "i|we emailed|texted|messaged|wrote|wrote+to you",
  /* (seventh batch) a trigger event or what the firm did: "with the new overtime rules coming
   * in", "we built a tool for exactly that", "we've since launched the mailer", "we're looking
   * for a couple of gyms to stock it" */
  "with the new|upcoming|coming|latest|recent", "we|i built|launched|opened|developed|created|designed a|an|the|our|some|two|new",
  "we've|we+have|i've|i+have since|now|finally|also started|launched|opened|introduced|added|built|expanded|developed|created",
  "we're|we+are looking|searching for",
  /* (eighth batch) "i've got something i'd like to run past you", "i'm recruiting for a plant
   * manager role", "we noticed a few lifted shingles", "following our demo on tuesday", "we've
   * had an offer come in", "this concerns the overdue balance" */
  "i've|i+have|we've|we+have got|have something|an+idea|a+thought|a+question", "run|bounce something|an+idea|it|this past|by you",
  "i'm|i+am|we're|we+are recruiting|hiring|sourcing|scouting|searching|looking for|on",
  "we|i noticed|spotted|saw|found a|an|some|the|your|that|two|three|a+few",
  "following|after our|your|the|last|yesterday's|today's demo|call|meeting|chat|conversation|visit|talk|webinar|tour|presentation|discussion|session|email|note|message|quote|proposal|inspection|appointment",
  "we've|we+have|i've|i+have had|received an|a|the|some|your|two|three|new",
  "this|it concerns|regards|relates",
  /* (ninth round) news of something that changed: "there's been a change to how your
   * pension transfer is handled", "there's a problem with the delivery date" */
  /* (tenth round) news of what others did: "the sellers have just dropped the price", "we
   * tried to send your reminder by text but ..." */
  "has|have|'ve just|finally|now|recently dropped|cut|lowered|reduced|released|approved|listed|announced|changed|signed|accepted|agreed|decided|moved|come+down|gone+up",
  "i|we tried to send|deliver|reach|contact|email|text|process|charge|book|confirm|ship|schedule|renew",
  /* (eleventh round) "we've just finished three dry gardens on your side of town", "the lead
   * role has been signed off" */
  "we've|we+have|i've|i+have ?just|recently finished|completed|wrapped+up|done",
  "has|have been signed+off|approved|confirmed|scheduled|booked|shipped|cleared|processed|released|finalised|finalized|filled|accepted",
  "there's|there+has|there+is|there+was|there've|there+have ?been a|an|some ?small|slight|quick|big|minor|major|new|important|last+minute change|changes|update|updates|problem|issue|delay|mix+up|mixup|mistake|development|hiccup|error|glitch|snag|recall|cancellation|hold+up", NULL
};

static const char * const thanks_triggers[] = {
  "thank you", "thanks", "appreciate", "grateful", "thank", "cheers", "much obliged",
  "kind|best|warm|warmest regards", "many thanks", NULL
};

/* Where a clause starts: another part of the message begins here. */
static const char * const boundaries[] = {
  "again", "once more", "once again", "one more time", "that number",
  "that's #|my|again|area|it|all|me|at|the+number|the+best|toll", "my number",
  "my direct", "my phone", "the best number", "best number", "you can reach me", "reach me at",
  "call me at", "you can call me", "my cell", "thanks", "thank you", "bye", "talk soon",
  "talk to you", "have a great|good|nice|wonderful", "i really", "take care", "the reason",
  "i'm calling", "i am calling", "i wanted", "hello", "hi", "hey", "this is", "my name",
  "feel free", "you can also", "or send", "or email", "i'm only", "i am only", "we met",
  "our mutual", "i'd love", "let me know", "would you", "could you", "please", "looking forward",
  "i look forward", "i want", "i'm reaching", "i'm following", "i hope", "hope", "anyway",
  "in the meantime", "otherwise", "either way", "meanwhile", "by the way", "also", "if not",
  "either", "just so", "cheers", "all the best", "best regards", "i'm|i+am|we're at|on #",
  "you can|could ?also email|e-mail|text|message|reach|call|ring|phone|find|catch|book|drop|send",
  NULL
};

/* Where the caller says where they are, a request, a reason or a referral has ended ("would
 * you kindly return my call | i'm in the branch on tuesdays"); a time window or another
 * channel goes on ("mornings are no good, i'm at the flower market", "or stop by the shop,
 * we're on mass ave"). */
static const char * const presence[] = {
  "i'm|i+am|we're in+the|at+the|around|out|away|usually|normally|generally|typically|on|here|there|free|available|off|travelling|traveling",
  NULL
};

/* Words that lead into a request or a clause: "could you", "i'd love to", "feel free to". */
static const char * const lead_in[] = {
  "please", "could", "would", "can", "will", "you", "if", "i'd", "i", "love", "like", "to", "just",
  "maybe", "perhaps", "feel", "free", "go", "ahead", "and", "we", "be", "great", "it", "it'd",
  "also", "or", "our", "my", "a", "your", "i'm", "am", "so", "really", "kindly", "do", "are",
  "the", "an", "send", "shoot", "drop", "mind", "you'd", "we'd", "quickly", "simply", "happy",
  "glad", "welcome", "possibly", "ever", "wondering", "was", "is", "see", "either", NULL
};

/* Before a window the request it narrows: "try me tomorrow | between noon and one" */
static const char * const window_lead_in[] = {
  "try", "me", "reach", "catch", "us", "back", "tomorrow", "today", "on", "monday", "tuesday",
  "wednesday", "thursday", "friday", "morning", "afternoon", "this", "next", "week", "available",
  "in", "around", "at", "desk", "office", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
  "saturdays", "sundays", "weekends", "mornings", "afternoons", "evenings", "branch", "shop", "store", "clinic", "site", "here", "there",
  "usually", "normally", "generally", "mostly", "and", "i'm", "we're", "the", NULL
};

/* Before a demand also the request it makes demanding: "call me back immediately". */
static const char * const demand_lead_in[] = {
  "call", "ring", "return", "this", "get", "to", "hear", "from", "reply", "respond", "contact",
  "me", "back", "you", "please", "i", "need", "must", "answer", "an", "a", "response", "decision",
  "phone", "us", "give", "call", "it's", NULL
};

/* Pleasantries open a message without saying why it is left. */
static const char * const pleasantries[] = {
  "hope|hoping you're|you|your|all|this|everything", "sorry i missed|to", "sorry for",
  "how are you", "how's it going", "how have you been", "happy friday|monday|holidays|new",
  "i know you're|you+are", "good to", "nice to", "i hope", "just wanted to say", "long time",
  "it's been a while", "this is", "it's", "my name", "have a", "talk soon", "take care", "bye",
  "good morning|afternoon|evening", "hi|hello|hey|hiya ?there",
  "?i'm|i+am|we're|we+are ?just calling|phoning|ringing from|on+behalf+of", NULL
};

/* ---- state -------------------------------------------------------------------------------- */

typedef struct
{
  GPtrArray   *words;   /* VmcWord, all of them */
  const char **w;       /* the words that are not fillers */
  guint       *idx;     /* w[k] is words[idx[k]] */
  guint        n;
  GPtrArray   *numbers; /* VmcNumber over w */
  gboolean    *in_number;
  gboolean    *claimed; /* the word is already part of an element */
  guint       *starts;  /* bit k: a trigger of clause kind k starts at this word */
  GPtrArray   *out;     /* VmcElement */
} Detect;

static const VmcWord *
word_at (Detect *d,
         guint   k)
{
  return g_ptr_array_index (d->words, d->idx[k]);
}

static double
word_gap (Detect *d,
          guint   k)   /* pause before w[k] */
{
  if (k == 0 || k >= d->n)
    return 0.0;
  return word_at (d, k)->start - word_at (d, k - 1)->end;
}

static gboolean
is_number_start (Detect *d,
                 guint   k)
{
  for (guint i = 0; i < d->numbers->len; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (num->first_word == k)
        return TRUE;
    }
  return FALSE;
}

/* Whether a phone number was said before the one that starts at or holds w[k]: "call me |
 * three one two ..." before the number said again is the request, before the first one
 * only its lead-in. */
static gboolean
number_said_before (Detect *d,
                    guint   k)
{
  for (guint i = 0; i < d->numbers->len; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (num->last_word >= k)
        return FALSE;
      if (strlen (num->digits) >= 7)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_boundary (Detect             *d,
             guint               k,
             const char * const *own,
             int                 own_kind,
             guint               absorbs)
{
  gboolean at_boundary;

  if (k >= d->n || d->claimed[k])
    return TRUE;
  if (own && vmc_phrase_match_any (d->w, d->n, k, own, NULL))
    return FALSE;
  /* "i wanted to | thank you for your gift" goes on */
  if (k > 0 && strcmp (d->w[k - 1], "to") == 0 && vmc_phrase_match (d->w, d->n, k, "thank") > 0)
    return FALSE;
  /* "let me know if | this is something you'd want": no introduction after a conjunction */
  if (k > 0 && vmc_phrase_match (d->w, d->n, k - 1, "if|whether|because|since|that|what|how") > 0 &&
      vmc_phrase_match (d->w, d->n, k, "this is") > 0)
    return FALSE;
  at_boundary = vmc_phrase_match_any (d->w, d->n, k, boundaries, NULL) ||
                ((own_kind == VMC_ELEMENT_ASK || own_kind == VMC_ELEMENT_REASON || own_kind == VMC_ELEMENT_RAPPORT) &&
                 vmc_phrase_match_any (d->w, d->n, k, presence, NULL));
  /* another part's frame inside a subordinate clause goes on with this one: "we spoke last
   * year when | you signed up at the fair"; so does what the one who referred said: "your
   * sister maria is one of my clients and | she mentioned you just bought a house" */
  if (own_kind >= 0 && (d->starts[k] & ~(1u << own_kind) & ~absorbs) != 0 &&
      !(k > 0 && vmc_phrase_match (d->w, d->n, k - 1, "when|where|while|after|since|before|until|till|once") > 0 && !at_boundary) &&
      !(own_kind == VMC_ELEMENT_RAPPORT && vmc_phrase_match (d->w, d->n, k, "he|she|they mentioned|said|told|thought|figured") > 0) &&
      !(own_kind == VMC_ELEMENT_RAPPORT && k > 0 && vmc_phrase_match (d->w, d->n, k - 1, "said|says|mentioned|thinks|thought|reckons|reckoned|figured|figures") > 0))
    return TRUE;
  return at_boundary || is_number_start (d, k) || word_gap (d, k) > 0.6;
}

/* The words first..last (fillers too), as an element's text */
static char *
words_text (GPtrArray *words,
            guint      first,
            guint      last)
{
  GString *text = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    {
      if (text->len)
        g_string_append_c (text, ' ');
      g_string_append (text, ((const VmcWord *)g_ptr_array_index (words, i))->word);
    }
  return g_string_free (text, FALSE);
}

static VmcElement *
add_element (Detect         *d,
             VmcElementKind  kind,
             guint           first,   /* indexes into w */
             guint           last)
{
  VmcElement *e = g_new0 (VmcElement, 1);

  e->kind = kind;
  e->first_word = d->idx[first];
  e->last_word = d->idx[last];
  e->start = word_at (d, first)->start;
  e->end = word_at (d, last)->end;
  e->text = words_text (d->words, e->first_word, e->last_word);
  g_ptr_array_add (d->out, e);
  for (guint k = first; k <= last; k++)
    d->claimed[k] = TRUE;
  return e;
}

static gboolean name_word (Detect *d,
                           guint   k);

/* ---- accepting a frame ---------------------------------------------------------------------- */

/* Whether @pattern starts at one of the words w[from..to) */
static gboolean
said_in (Detect     *d,
         guint       from,
         guint       to,
         const char *pattern)
{
  for (guint k = from; k < MIN (to, d->n); k++)
    if (vmc_phrase_match (d->w, d->n, k, pattern) > 0)
      return TRUE;
  return FALSE;
}

/* Whether @pattern starts in the @words words before w[at] */
static gboolean
said_before (Detect     *d,
             guint       at,
             guint       words,
             const char *pattern)
{
  return said_in (d, at > words ? at - words : 0, at, pattern);
}

/* "... would be ideal", "... would do it": how welcome what was asked for is, in the
 * @words words from w[from] */
static gboolean
welcome_follows (Detect *d,
                 guint   from,
                 guint   words)
{
  return said_in (d, from, from + words,
                  "would|will|that'd be ideal|great|perfect|appreciated|lovely|wonderful|brilliant|fantastic|helpful|super|amazing|grand|much|really|so|very|most|greatly|hugely") ||
         said_in (d, from, from + words, "would|will do it|the+trick|nicely") ||
         said_in (d, from, from + words, "is|that's|would+be all i|we need|ask|want");
}

typedef gboolean (*AcceptFunc) (Detect *d, guint at, guint len);

/* "please call me", "feel free to call me", "if you could call me": a request */
static gboolean
softened_request (Detect *d,
                  guint   at)
{
  static const char * const softeners[] = {
    "please", "kindly", "could", "would", "can", "you", "if", "free", "do", "just", NULL
  };

  if (at == 0)
    return FALSE;
  if (g_strv_contains (softeners, d->w[at - 1]))
    return TRUE;
  return at > 1 && strcmp (d->w[at - 1], "to") == 0 &&
         vmc_phrase_match (d->w, d->n, at - 2, "free|welcome|like|love|want|mind|hesitate") > 0;
}

/* "could you | call me", "can you | drop them off": something the listener is asked to do */
static gboolean
asks_to_do (Detect *d,
            guint   at)
{
  return vmc_phrase_match (d->w, d->n, at, "?please ?just ?kindly <callv>|give|get|reach|return|let|drop|shoot|send|spare|find|take|hop|jump|ring|contact|reply|respond|confirm|check|pass|forward|point|tell|see|do|hit|grab|book|schedule|set|talk|chat|meet|connect|share|help|put|look|or|bring|email|mail|post|sign|fill|swing|pop|stop|come|leave|text|upload|fax|sort|pick|initial|approve") > 0;
}

/* "can you | and your partner | look it over", "could you | and meg | talk it over": the
 * words that name who else is asked */
static guint
asked_with_another (Detect *d,
                    guint   at)
{
  guint len = 1;

  if (vmc_phrase_match (d->w, d->n, at, "and|or") == 0)
    return 0;
  if (vmc_phrase_match (d->w, d->n, at + len, "your|the|my|his|her|their") > 0)
    len++;
  return len + 1;
}

/* "call me at 212 ..." and "you can reach me at ..." only lead into the number; "please call
 * me at", "give me a call at" and "call me back at" ask. "i'll call you back", "i'll give
 * you a try" are the caller's own plans. */
static gboolean
ask_accept (Detect *d,
            guint   at,
            guint   len)
{
  const char *w = d->w[at];

  /* "let's say", "let's hope", "let's face it", "let's see, what else": a figure of speech,
   * no meeting proposed ("let's see if thursday works" asks) */
  if (strcmp (w, "let's") == 0 && at + 1 < d->n &&
      (vmc_phrase_match (d->w, d->n, at + 1, "say|hope|face|pretend|assume|suppose|imagine|not|be+honest|be+real|be+frank|put+it|call+it|just+say") > 0 ||
       (strcmp (d->w[at + 1], "see") == 0 && vmc_phrase_match (d->w, d->n, at + 2, "if|whether|when|about|what+works|what+suits") == 0)))
    return FALSE;
  /* "i'd love to, but ...", "i'd love to go, but i'm away": a wish declined, no request */
  if (vmc_phrase_match (d->w, d->n, at, "i'd|we'd|i+would|we+would ?really|so|truly love|like to") > 0 &&
      said_in (d, at + len, at + len + 8, "but"))
    return FALSE;
  /* "why would you want to" wonders */
  if (at > 0 && strcmp (d->w[at - 1], "why") == 0 &&
      vmc_phrase_match (d->w, d->n, at, "would|could|can|will|should you|i|we") > 0)
    return FALSE;
  /* "how can i help", "what could we do about it", "where can you find it": a question of
   * how or what, no request ("when can you talk" asks) */
  if (at > 0 && vmc_phrase_match (d->w, d->n, at, "can|could|may|might|shall|will|do|does|did|have|are|were i|we|you") > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "how|what|where|why|who|whom|which|whose|whatever|however") > 0)
    return FALSE;
  /* "what time is it" asks the time, no time to meet */
  if (vmc_phrase_match (d->w, d->n, at, "what time is it") == len + 1)
    return FALSE;
  /* "don't call me after six", "they call me the roof guy": no call asked for */
  if (at > 0 && vmc_phrase_match (d->w, d->n, at, "<callv> me|us") > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "don't|never|they|people|everyone|everybody|friends|folks|some|most") > 0)
    return FALSE;
  /* "the crew has just come back from site" is news; "just come by" invites */
  if ((at > 1 && strcmp (w, "come") == 0 && strcmp (d->w[at - 1], "just") == 0 &&
       vmc_phrase_match (d->w, d->n, at - 2, "has|have|had|i've|we've|he's|she's|they've|it's|who's|you've") > 0) ||
      (at > 0 && strcmp (w, "just") == 0 &&
       vmc_phrase_match (d->w, d->n, at - 1, "has|have|had|i've|we've|he's|she's|they've|it's|who's|you've") > 0))
    return FALSE;
  /* "it would be great if you could call" and "it'd be good to catch up" ask; "it would be
   * nice if the council fixed the road" wishes aloud */
  if (vmc_phrase_match (d->w, d->n, at, "it+would|it'd be great|wonderful|nice|helpful|good") == len &&
      !said_in (d, at + len, at + len + 8, "you|your|we|us|to+<talkv>|to+get|to+hear|to+meet|to+chat|to+connect|to+catch|to+see|to+find|to+set|to+grab|to+have"))
    return FALSE;
  /* "could i have misread the sizes", "can i just say": the caller wonders or speaks, asks
   * nothing of the listener */
  if (vmc_phrase_match (d->w, d->n, at, "could|can|may|might i") == len && at + len + 1 < d->n &&
      ((strcmp (d->w[at + len], "have") == 0 &&
        (g_str_has_suffix (d->w[at + len + 1], "ed") ||
         vmc_phrase_match (d->w, d->n, at + len + 1, "been|misread|read|done|made|got|gotten|forgotten|sent|seen|misheard|mixed|mistaken") > 0)) ||
       vmc_phrase_match (d->w, d->n, at + len, "?just|also|quickly say|add|mention|note|stress|point") > 0))
    return FALSE;
  /* "two findings worth a look" values them; "it'd be worth a look" asks */
  if (vmc_phrase_match (d->w, d->n, at, "worth a") > 0 && at > 0 && !d->claimed[at - 1] &&
      g_str_has_suffix (d->w[at - 1], "s") && strlen (d->w[at - 1]) > 3 &&
      vmc_phrase_match (d->w, d->n, at - 1, "thanks|this|thus|yes|plus|perhaps|always|reckons|thinks|guess|unless|less|does|has|was|is|it's|that's|there's|what's|here's") == 0)
    return FALSE;
  /* "feel free to ignore this" lets the listener off */
  if (vmc_phrase_match (d->w, d->n, at, "feel free to") == len &&
      vmc_phrase_match (d->w, d->n, at + len, "ignore|disregard|delete|skip|bin") > 0)
    return FALSE;
  /* "he said you'd be well worth a call" praises the listener, asks nothing */
  if (strcmp (w, "worth") == 0 &&
      said_before (d, at, 3, "you'd|you+would|you're|you+are|you'll|he's|she's|they're|he'd|she'd|they'd|he+is|she+is"))
    return FALSE;
  /* "me a call", "me back when": the listener is to give the call, unless it was given
   * before or something else is paid back */
  if (vmc_phrase_match (d->w, d->n, at, "<me> a ?quick|short|brief <callnoun>") == len ||
      vmc_phrase_match (d->w, d->n, at, "<me> back when|whenever|once|as+soon|at+your|if+you|please|today|tomorrow|tonight|anytime|at|on") == len)
    return !(at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "gave|given|giving|gives|for|thanks|pay|paid|get|got|take|took|bring|brought|have|had|want|wanted|put|set|send|sent|hold|held|write|wrote|text|email|owe|owes|let|told|tell|asked|ask|i'll|we'll|i|we|they|he|she|who|will|to") > 0) &&
           /* "... me back at | 409 ...": only before the number */
           (vmc_phrase_match (d->w, d->n, at + len - 1, "at|on") == 0 ||
            (at + len < d->n && (d->in_number[at + len] || is_number_start (d, at + len))));
  /* "want me to swing by?" offers; "they want me to lower the price", "if you'd like me to"
   * and "i'd like us to" do not ask */
  if (vmc_phrase_match (d->w, d->n, at, "want|wanna me|us to") == len)
    return !(at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "they|he|she|who|i|we|people|everyone|boss|also|that|which|might|may|to|don't|doesn't|didn't|really|just|still|would|will|they'd|he'd|she'd|you'd|i'd|we'd") > 0);
  if (vmc_phrase_match (d->w, d->n, at, "give|gimme <me> ?a|an ?* at|on") == len &&
      vmc_phrase_match (d->w, d->n, at, "give <me> a ?quick|call <callnoun>") == 0)
    return at + len < d->n && (d->in_number[at + len] || is_number_start (d, at + len)) &&
           !said_before (d, at, 2, "i'll|we'll|will|i|we|to");
  /* "a quick call back would be ideal" asks; "i'll give you a quick call" and "a call would
   * be nice but ..." said of the caller's own call do not */
  if (vmc_phrase_match (d->w, d->n, at, ASKED_FOR) == len)
    return !said_before (d, at, 3, "you|i'll|we'll|i+will|we+will|i'm|we're|i|we|had|have|got|for|after|since") &&
           welcome_follows (d, at + len, 8);
  /* "up for a coffee?" asks; "thanks for signing up for a demo" does not */
  if (strcmp (w, "up") == 0 && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "signed|signing|sign|set|setting|come|coming|came|lined|stocked|open|opened|stand|stood|put|show|showed|turn|turned|end|ended|sum|summed|teed|gear|geared|gearing|free|freed|pick|picked") > 0)
    return FALSE;
  /* "reply stop to opt out" */
  if (vmc_phrase_match (d->w, d->n, at, "?just reply|text") > 0 && vmc_phrase_match (d->w, d->n, at + len, "stop") > 0)
    return FALSE;
  /* "there's no need to call back", "you don't have to call me back", but not "... they
   * don't have to babysit | ring me back when it suits" */
  for (guint j = at > 4 ? at - 4 : 0; j < at; j++)
    {
      guint neg = vmc_phrase_match (d->w, d->n, j, "no+need|don't+need|not+necessary|don't+have|no+pressure|don't+worry|never+mind|don't+know|not+sure|no+idea");

      gboolean scoped = neg > 0 && j + neg <= at;

      /* only little words between the negation and the request */
      for (guint g = j + neg; scoped && g < at; g++)
        scoped = g_strv_contains ((const char * const[]){ "to", "about", "if", "whether", "you", "you're",
                                                          "you'd", "you'll", "we", "i", "me", "us", "it",
                                                          "really", "even", "ever", NULL }, d->w[g]);
      if (scoped)
        return FALSE;
    }
  /* "if i don't hear from you, i'll call again" is no request */
  if (vmc_phrase_match (d->w, d->n, at, "hear from|back") > 0 &&
      said_before (d, at, 4, "don't|do+not|haven't|didn't|until|unless"))
    return FALSE;
  /* "or ping me on linkedin" offers another channel; "ping me by ten tomorrow" asks */
  if (vmc_phrase_match (d->w, d->n, at, "ping <me> on|via|over|at") > 0 ||
      vmc_phrase_match (d->w, d->n, at, "ping <me> by email|e-mail|text|linkedin|message") > 0)
    return FALSE;
  /* "the best time to get me is wednesday" says when the caller can be reached */
  if (vmc_phrase_match (d->w, d->n, at, "the best time to") == len &&
      vmc_phrase_match (d->w, d->n, at + len, "get|reach|catch|call <me> is|would") > 0)
    return FALSE;
  /* "any interest?" asks; "any interest rate" and "any interest owed" are money */
  if (vmc_phrase_match (d->w, d->n, at, "any interest|takers") == len)
    return vmc_phrase_match (d->w, d->n, at + len, "rate|rates|charge|charges|payment|payments|accrued|owed|due|on|from|earned|paid|free|at|to|you") == 0 &&
           !said_before (d, at, 2, "without|no|pay|paid|charge|charged|owe|owed|waive|waived");
  /* "want to grab a coffee?" asks the listener; "i want to grab", "if you want to meet" are
   * the caller's wish and a condition */
  if (vmc_phrase_match (d->w, d->n, at, "want+to|wanna grab|get|meet|hop|jump|chat|talk|catch|sit|set|find|swing|pop|come") == len)
    return (at == 0 || vmc_phrase_match (d->w, d->n, at - 1, "i|we|you|they|he|she|who|don't|didn't|doesn't|do|did|might|may|would|if|just|also|still|really|not|never|ever|to|and|but|you'd|i'd|we'd|they'd|that|which") == 0) &&
           !said_before (d, at, 4, "if|whenever|when|unless|should|in+case");
  /* "she thought you'd be the right person to speak to" says who the listener is; "could you
   * point me to the right person to speak to" asks */
  if (vmc_phrase_match (d->w, d->n, at, "the right person to") == len && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "be|you're|were|are|is|was|you've+been") > 0)
    return FALSE;
  /* "more times than i'd like to admit", "as i'd like" */
  if (at > 0 && vmc_phrase_match (d->w, d->n, at, "i'd|we'd|i|we love|like|welcome|appreciate|be") > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "than|as|how|what|whatever|wherever|whenever") > 0)
    return FALSE;
  /* "i'd be glad to tell you more over coffee" invites to a meeting; "i'd be happy to send
   * the forms" and "i would be happy to walk you through the details" only offer */
  if (vmc_phrase_match (d->w, d->n, at, GLAD_TO) == len)
    return said_in (d, at + len, at + len + 8, "coffee|lunch|breakfast|drinks|call|chat|conversation|meet|meeting|demo|visit|if+you+could|if+you+can|if+you+have|if+you+tell|if+you+let|if+you+send|just+tell|just+let");
  /* the caller's own plans */
  if (at > 0 && g_strv_contains (own_action, d->w[at - 1]) &&
      (vmc_phrase_match (d->w, d->n, at, "<callv>") || strcmp (w, "give") == 0 ||
       strcmp (w, "reach") == 0 || strcmp (w, "try") == 0 || strcmp (w, "touch") == 0 ||
       strcmp (w, "circle") == 0 || strcmp (w, "get") == 0 || strcmp (w, "hit") == 0))
    return FALSE;
  /* "come by" invites; "i'm glad to come by" offers, and "two options that come in under"
   * is no invitation at all */
  /* "we've had an offer come in", "the results have come back" */
  if (strcmp (w, "come") == 0 && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "offer|offers|order|orders|shipment|shipments|delivery|deliveries|results|quote|quotes|price|prices|rates|parts|part|papers|paperwork|documents|check|cheque|payment|approval|it|they|he|she|has|have|had|will|would|should|must|did|does|didn't|doesn't|won't") > 0)
    return FALSE;
  if (strcmp (w, "come") == 0 && at > 0 &&
      (g_strv_contains (own_action, d->w[at - 1]) ||
       vmc_phrase_match (d->w, d->n, at - 1, "to|can|could|happy|glad|may|might|that|which|who|they|these|those|both|all|prices|rates|numbers") > 0))
    return FALSE;
  if (at > 1 && vmc_phrase_match (d->w, d->n, at - 2, "i'll|we'll|i|we try|be") > 0 &&
      vmc_phrase_match (d->w, d->n, at, "<callv>"))
    return FALSE;
  /* "a call back" is a noun: the request is the verb before it ("give me a call back"), and
   * "i'll give you a call back" is the caller's own plan */
  if (at > 0 && vmc_phrase_match (d->w, d->n, at, "<callv>") > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "a|the|your|my|quick|that|this") > 0 &&
      /* ... but "that | ring me back if you're curious" is the verb */
      !(vmc_phrase_match (d->w, d->n, at - 1, "that|this") > 0 && vmc_phrase_match (d->w, d->n, at + 1, "<me>") > 0))
    return FALSE;
  /* "could you" and "can you" only ask when they ask something of the listener */
  if (vmc_phrase_match (d->w, d->n, at, "could|can|will you") > 0 &&
      !asks_to_do (d, at + 2) && !asks_to_do (d, at + 2 + asked_with_another (d, at + 2)))
    return FALSE;
  /* a bare "call me (at)" leads into the number; after a condition it asks ("if you'd like a
   * quote, ring me on ...") */
  if (vmc_phrase_match (d->w, d->n, at, "<callv> me|us") == len &&
      !softened_request (d, at) && !number_said_before (d, at) &&
      !said_before (d, at, 6, "if+you|if+you'd|if+you're|if+that|if+it|if+it's|should+you|want|like|interested"))
    {
      for (guint k = at + len; k < MIN (d->n, at + len + 2); k++)
        if (is_number_start (d, k) || d->in_number[k])
          return FALSE;
      if (vmc_phrase_match (d->w, d->n, at + len, "at|on") > 0 &&
          (at + len + 1 >= d->n || d->in_number[at + len + 1] || is_number_start (d, at + len + 1) ||
           vmc_phrase_match (d->w, d->n, at + len + 1, "area|my|the|this|that|#") > 0))
        return FALSE;
    }
  /* "would tuesday at ten work", "does friday suit you": a time offered, if a verb of suiting
   * follows */
  if (vmc_phrase_match (d->w, d->n, at, "would|does|could|will|how's|how+does|how+would @") == len ||
      vmc_phrase_match (d->w, d->n, at, TIME_OFFERED) == len ||
      vmc_phrase_match (d->w, d->n, at, "would|does|will|could a|an|the ?quick|short|brief|call|chat|meeting|visit|time|slot|demo") == len)
    return said_in (d, at + len, at + len + 8, "work|works|suit|suits|be+good|be+okay|be+ok|look|sound|be+useful|be+helpful|be+worthwhile|be+worth|be+of|make+sense|appeal|interest|help|be+possible|be+convenient|fit|be+alright");
  /* "pick whichever slot suits you" asks; "there's a booking page, just pick whichever slot"
   * tells how to use the other channel */
  if (vmc_phrase_match (d->w, d->n, at, "pick|choose whichever ?* ?* slot|time|day|date|window") == len &&
      said_before (d, at, 8, "booking|link|calendar|page|portal|online"))
    return FALSE;
  /* "let's" and the wishes must go somewhere: "i'd like to introduce myself" tells, "i'd
   * love to hear back" asks */
  if (vmc_phrase_match (d->w, d->n, at, "i'd|we'd|i|we love|like|welcome|appreciate") > 0 &&
      vmc_phrase_match (d->w, d->n, at + len, "to introduce|tell|share|let|say|mention|follow|update|admit|confess|add|note|remind|thank|congratulate|apologize|apologise|point") > 0)
    return FALSE;
  /* ... and "i'd love to get you a quote", "i'd like to make sure the coverage fits" offer
   * something or say why they call: the request comes after */
  if (vmc_phrase_match (d->w, d->n, at, "i'd|we'd|i|we love|like|welcome|appreciate") > 0 &&
      vmc_phrase_match (d->w, d->n, at + len, "to get|send|show|give|put|bring|offer|run|make|review|save|help|walk|shoot|create|design|build|write|prepare|photograph|paint|draw|cater|film|feature|host|bounce you|your|our|my|a|an|the|together|sure|some|over|through|it|them|this|that|past|by") > 0)
    return FALSE;
  return TRUE;
}

/* Whether an obligation on the listener or someone else is said in the @words words before
 * w[at]: "we do need", "somebody has to", "the inspector has to"; not the caller's own plans
 * ("i have to leave", "we need to finish", "if you need") */
static gboolean
obligation_before (Detect *d,
                   guint   at,
                   guint   words)
{
  for (guint k = at > words ? at - words : 0; k < at; k++)
    {
      guint len = vmc_phrase_match (d->w, d->n, k, OBLIGATION);

      if (len == 0)
        continue;
      if (k > 0 && vmc_phrase_match (d->w, d->n, k - 1, "if|no|don't|won't|whenever|never|not") > 0)
        continue;
      /* "i need to | leave by five", "we have to | be out by friday" */
      if (k > 0 && vmc_phrase_match (d->w, d->n, k - 1, "i|we|i'll|we'll|i'd|we'd|i've|we've|i'm|we're") > 0 &&
          (k + len >= d->n || strcmp (d->w[k + len - 1], "to") == 0 || strcmp (d->w[k + len], "to") == 0))
        continue;
      return TRUE;
    }
  return FALSE;
}

/* "if you need anything" and "no need to call back" are not demands. */
static gboolean
demand_accept (Detect *d,
               guint   at,
               guint   len)
{
  static const char * const softened[] = {
    "if", "whenever", "don't", "dont", "won't", "never", "when", "unless", "not", "no",
    "whatever", "anything", "doesn't", "shouldn't", "wouldn't", "case", "nothing", NULL
  };

  /* "if you need", "in case you need", "you don't need to", "no need to" */
  if (at > 0 && g_strv_contains (softened, d->w[at - 1]))
    return FALSE;
  if (at > 1 && vmc_phrase_match (d->w, d->n, at - 2, "if|whenever|when|in+case|unless you|we|i") > 0)
    return FALSE;
  /* "so don't wait" presses; "i don't wait around" says what the caller does */
  if (vmc_phrase_match (d->w, d->n, at, "don't|do+not wait|delay|miss+out|sit+on+this|sit+on+it|let+this+slip|let+it+slip") == len &&
      at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "i|we|they|he|she|you|people|who|that|i'd|we'd|just|really|usually|often") > 0)
    return FALSE;
  /* "any chance you could call me back today" asks; "call me back today" demands */
  if (vmc_phrase_match (d->w, d->n, at, "<callv>|get|reply|respond") > 0 &&
      said_before (d, at, 5, "could|would|can|please|chance|able|mind|if|when"))
    return FALSE;
  /* "don't worry if you can't reach me right away" */
  if (vmc_phrase_match (d->w, d->n, at, HASTE) == len &&
      said_before (d, at, 6, "if|worry|can't|cannot|won't|no|not|don't"))
    return FALSE;
  /* "i thought of you right away", "i'll send it over straight away": the caller's own haste
   * ("i need you to call me right away" presses) */
  if (vmc_phrase_match (d->w, d->n, at, HASTE) == len &&
      said_before (d, at, 6, "i|we|i've|we've|i'll|we'll|i'd|we'd|i'm|we're") &&
      !said_before (d, at, 6, "<callv>|reply|respond|need|needs|must|contact|answer|you+to|get+back|have+to|has+to|want|expect"))
    return FALSE;
  /* haste is a demand when it is asked of the listener: "call me back immediately", "we need
   * the signed copy right away"; not what happens at once ("the new rate applies
   * immediately", "everything went wrong at once", "you'll see the difference right away") */
  if (vmc_phrase_match (d->w, d->n, at, HASTE) == len)
    {
      if (said_before (d, at, 4, "see|notice|feel|spot|tell|like|love|recognize|recognise|understand|agree|sold|snapped|went|gone|applies|apply|effective|took|takes|started|starts|began|begins|happened|happens|all|both|everything|everyone|everybody") &&
          !said_before (d, at, 8, "need|needs|must|have+to|has+to|got+to|please|require|requires|expect"))
        return FALSE;
      return said_before (d, at, 8, "you|your|yourself|please|need|needs|must|have+to|has+to|got+to|expect|want|require|requires|required|due|overdue|owed|outstanding|payable|<callv>|reply|respond|contact|answer|attention|act|decide|confirm|me|us|back|sign|send|pay|return") ||
             said_in (d, at + len, at + len + 3, "<callv>|reply|respond|contact|sign|send|pay|return|get+back|let+me|confirm|please");
    }
  /* "time is running out", "the spots are running out" press; "we're running out of ideas"
   * is news */
  if (vmc_phrase_match (d->w, d->n, at, "running out") == len)
    return said_in (d, at > 4 ? at - 4 : 0, at + len + 4, "time|spots|seats|places|slots|stock|units|supply|supplies|inventory|days|offer|offers|chance|availability|rooms|tickets|appointments|openings|patience|window|deadline|hours|weeks|deal|discount|rate");
  /* "failure to respond by friday ..." warns the listener; "our failure to ship on time"
   * owns up */
  if (vmc_phrase_match (d->w, d->n, at, "failure to") == len)
    return !(at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "our|my|his|her|their|its|by|of|a") > 0) &&
           said_in (d, at + len, at + len + 3, "respond|reply|pay|sign|return|call|act|comply|contact|provide|submit|complete|renew|attend|appear|do|make|send|confirm|remit|settle|get|meet");
  /* "it has to be approved today", "this needs to be settled this week or ..." oblige; "it
   * has to start with the team" and "as big as it needs to be" say how things are */
  if (vmc_phrase_match (d->w, d->n, at, "this|it|that has|needs to") == len)
    return said_in (d, at + len, at + len + 12, BY_A_TIME) || said_in (d, at + len, at + len + 12, "right+away|in+writing");
  /* "i'll need your approval by wednesday", "we'll need to hear from you by noon" oblige; "we'll
   * need to reschedule" and "i'll need to check with my team" are the caller's own work */
  if ((vmc_phrase_match (d->w, d->n, at, "i'll|we'll need") == len || vmc_phrase_match (d->w, d->n, at, "i+will|we+will need") == len) &&
      at + len < d->n && strcmp (d->w[at + len], "to") == 0)
    return said_in (d, at + len, at + len + 8, "you+to|from+you|hear|back+from|an+answer|a+decision|your+answer|your+signature|your+decision|your+approval|your+payment|your+reply|your+response|your+confirmation") ||
           said_in (d, at + len, at + len + 10, DEADLINE_LEAD);
  /* "you have just two days to ..." presses; "you have just become ..." does not */
  if (vmc_phrase_match (d->w, d->n, at, "you have only|just") == len)
    return at + len < d->n &&
           (vmc_word_is_number_word (d->w[at + len]) ||
            vmc_phrase_match (d->w, d->n, at + len, "a|one|until|till|today|tonight|tomorrow|this|hours|days|the+weekend|the+end|a+few|a+couple|a+day|a+week|a+month|one+more|one+last") > 0);
  /* "i'm still waiting on your reply" presses; "i'm still waiting for the parts to arrive"
   * is news */
  if (vmc_phrase_match (d->w, d->n, at, "i've been waiting") == len || vmc_phrase_match (d->w, d->n, at, "i'm still waiting") == len ||
      vmc_phrase_match (d->w, d->n, at, "still waiting") == len)
    return at + len >= d->n ||
           said_in (d, at + len, at + len + 5, "you|your|a+reply|a+response|an+answer|a+decision|payment|the+payment|to+hear|the+signed|a+call|a+callback|back|the+form|the+forms|the+deposit|the+balance|the+check|the+cheque|all|since|over|on+you|on+your|on+a|on+an|on+the+signed|on+payment|for+weeks|for+days|for+a|for+two|for+three|for+over|too+long|long+enough");
  /* "i really need to get going" is the caller's own need */
  if (vmc_phrase_match (d->w, d->n, at, "i|we really|absolutely|just need to hear|have|get") == len &&
      vmc_phrase_match (d->w, d->n, at + len, "some|going|home|out|away|ready|off|on+with|in|back+to+the|this+done|through") > 0)
    return FALSE;
  /* "we'll be looking for the full amount no later than the fifteenth"; not "we're looking
   * for a couple of gyms to stock it" */
  if (vmc_phrase_match (d->w, d->n, at, LOOKING_FOR) == len)
    return said_in (d, at + len, at + len + 14, DEADLINE_LEAD) &&
           said_in (d, at + len, at + len + 16, "today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|the+end|close|<ordinal>|the+fifteenth|month|week|#");
  /* "without your sign off by thursday the run gets bumped"; not "without your help we ..." */
  if (strcmp (d->w[at], "without") == 0)
    return said_in (d, at + len, at + len + 5, "by|before|until|till|no+later");
  /* "i need your deposit by five today" demands; "i'm free by five today" does not */
  if (vmc_phrase_match (d->w, d->n, at, DEADLINE) == len)
    return said_before (d, at, 6, "need|needs|want|require|requires|required|must|have+to|has+to|expect|expecting") ||
           obligation_before (d, at, 9);
  /* "we do need that photo by the twenty fifth", "the inspector has to get in before the
   * fifteenth" demand; "i'm back by friday", "i have to leave by friday" (the caller's own
   * plans) do not */
  if (vmc_phrase_match (d->w, d->n, at, DEADLINE_DATE) == len || vmc_phrase_match (d->w, d->n, at, DEADLINE_DAY) == len ||
      vmc_phrase_match (d->w, d->n, at, DEADLINE_SPAN) == len || vmc_phrase_match (d->w, d->n, at, DEADLINE_COUNT) == len)
    return obligation_before (d, at, 9);
  /* "... or the technician can't go in" after what has to happen; "call or text, you
   * can't go wrong" is no consequence */
  if (vmc_phrase_match (d->w, d->n, at, OR_CONSEQUENCE) == len)
    return obligation_before (d, at, 16);
  /* "you must be buried in quarter end" supposes; "feel free to ignore this" lets off; "if
   * writing suits you better" compares */
  if (vmc_phrase_match (d->w, d->n, at, "you must") == len &&
      vmc_phrase_match (d->w, d->n, at + len, "be|have+been|have+had|get+a+lot|hear|think|know") > 0)
    return FALSE;
  if (vmc_phrase_match (d->w, d->n, at, "ignore this") == len &&
      said_before (d, at, 3, "free|can|may|could|welcome|happy|fine|okay|ok"))
    return FALSE;
  if (vmc_phrase_match (d->w, d->n, at, "you better") == len && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "suits|suit|works|work|fits|fit|like|prefer|know|serve|serves") > 0)
    return FALSE;
  /* "the form must be signed by friday" obliges; "the garden must be done in spring" says how */
  if (vmc_phrase_match (d->w, d->n, at, MUST_BE_DONE) == len)
    return said_in (d, at + len, at + len + 10, BY_A_TIME) &&
           !said_before (d, at, 3, "if|when|whatever|anything|nothing");
  /* "you'll want to send the appraisal before friday, or we lose the rate" presses; "you'll
   * want to see the new range" does not */
  if (vmc_phrase_match (d->w, d->n, at, WANT_TO) == len)
    return said_in (d, at + len, at + len + 10, "before|by+the|by+end|by+close|by+tomorrow|by+today|by+tonight|by+monday|by+tuesday|by+wednesday|by+thursday|by+friday|or+we|or+you|or+the|or+it|otherwise|today|tonight|asap|immediately|right+away");
  /* "you'll have to get it to us by friday" obliges; "you'll have to excuse the noise" and
   * "you'll have to come and see the new showroom" are manners and invitations */
  if (vmc_phrase_match (d->w, d->n, at, "you'll|you+will|you're+going+to|you+are+going+to|you're+gonna ?really|still|definitely|absolutely|also|just|first have+to|need+to|be+required+to|be+expected+to") == len)
    return vmc_phrase_match (d->w, d->n, at + len, "excuse|forgive|pardon|bear|trust|take+my|take+our|come|try|see|check|stop|swing|pop|drop|let|tell|meet|visit|taste|humor|humour|indulge|imagine|guess|wait+and+see") == 0;
  /* "call me right now" demands; "right now we're offering free installs" does not */
  /* ... and "i can't take your call right now" says why nobody answers */
  if (vmc_phrase_match (d->w, d->n, at, "right now") == len)
    return said_before (d, at, 3, "<callv>|me|us|back|reply|respond|answer|sign|send|pay|this|it") &&
           !said_before (d, at, 7, "no+one|nobody|can't|cannot|unable|not|isn't|aren't|away|unavailable|missed|sorry");
  /* "today or tomorrow" offers a choice, no deadline */
  if (vmc_phrase_match (d->w, d->n, at, "today or") == len &&
      vmc_phrase_match (d->w, d->n, at + len, "tomorrow|later|whenever|next|this|early|monday|tuesday|wednesday|thursday|friday|over|any") > 0)
    return FALSE;
  /* "i expect" a pleasant outcome ("i expect you'll like it") or what is likely ("we expect a
   * busy spring") is no demand; expecting the listener to do something, or something of them
   * by a time, is */
  if (vmc_phrase_match (d->w, d->n, at, "i|we expect") == len || vmc_phrase_match (d->w, d->n, at, "i'm|i+am|we're|we+are expecting") == len ||
      vmc_phrase_match (d->w, d->n, at, "i'll|we'll be expecting") == len)
    return vmc_phrase_match (d->w, d->n, at + len, "you+to|to+hear|to+receive|to+see|to+get|to+have|to+be+paid|your|a+call|a+reply|a+response|an+answer|an+update|a+decision|payment|full+payment|the+payment|the+money|the+balance|the+signed|a+signed|the+full|it+by|this+by|that+by|it+done|this+done|that+done|nothing+less|better|more+than|the+courtesy|a+cheque|a+check") > 0 ||
           said_in (d, at + len, at + len + 10, DEADLINE_LEAD);
  return TRUE;
}

/* Whether a name (a word the word list knows as one) is said in the @words words from w[from] */
static gboolean
named_within (Detect *d,
              guint   from,
              guint   words)
{
  for (guint k = from; k < MIN (d->n, from + words); k++)
    if (name_word (d, k) && (vmc_lexicon_lookup (d->w[k]) & VMC_LEXICON_NAME) != 0)
      return TRUE;
  return FALSE;
}

/* A referral needs someone who referred: "lisa suggested", "your colleague mentioned", not
 * "i thought we should talk" or "i'll give you a call". */
static gboolean
rapport_accept (Detect *d,
                guint   at,
                guint   len)
{
  static const char * const self[] = {
    "i'll", "will", "to", "i'd", "gonna", "can", "could", "would", "should", "might", "may",
    "let", "me", "just", "i", "we'll", "we", "i've", "we've", "you", "they", "it", "i'm",
    "and", "you'd", "you've", NULL
  };
  static const char * const needs_someone[] = {
    "thought", "told", "passed", "gave", "said", "asked", "wanted", "mentioned", "suggested",
    "recommended", "encouraged", "pointed", "put", "connected", "introduced", NULL
  };
  const char *w = d->w[at];

  /* "our partner program", "our client portal" name a thing, no person */
  if (vmc_phrase_match (d->w, d->n, at, "our|mutual|common <relation>") == len &&
      vmc_phrase_match (d->w, d->n, at + len, "program|programme|programs|portal|network|pricing|price|level|tier|scheme|channel|discount|agreement|page|site|app|account|area|login|success|services|service|care|base|list|rates|rate") > 0)
    return FALSE;

  /* "the role we talked about has been signed off" points back, "when we talked last
   * spring" remembers */
  if (vmc_phrase_match (d->w, d->n, at, "we talked|spoke|chatted|discussed") == len &&
      at + len < d->n && strcmp (d->w[at + len], "about") == 0 &&
      vmc_phrase_match (d->w, d->n, at + len + 1, "i|we|you|he|she|they|has|have|had|is|was|are|were|will|would|can|could|i'm|i've|i'll|we're|we've") > 0)
    return FALSE;
  /* "i loved your talk" is the caller's; "the hiring manager loved your portfolio" a reason */
  if (vmc_phrase_match (d->w, d->n, at, "enjoyed|loved|appreciated|liked meeting|talking|chatting|your|our|the|hearing|reading|seeing") == len &&
      !said_before (d, at, 3, "i|we|i've|we've|i'd|we'd") &&
      said_before (d, at, 5, "the|a|an|his|her|their|he|she|they|everyone|everybody|team|manager|client|clients"))
    return FALSE;

  /* "our director asked me to make these calls" is the caller's own firm; "our ceo met you at
   * the summit" is rapport */
  if (vmc_phrase_match (d->w, d->n, at, "our director|manager|boss|ceo|cfo|vp|assistant|owner|founder|president|coordinator|supervisor") == len)
    return said_in (d, at + len, at + len + 5, "you|your|you're|you've");

  /* someone of the listener's is rapport when named or passing word on: not "i'm your account
   * manager", "your son's braces", "your daughter needs a follow up" */
  if (vmc_phrase_match (d->w, d->n, at, FAMILY_OF_YOURS) == len || vmc_phrase_match (d->w, d->n, at, "your * <relation>") == len)
    return !said_before (d, at, 2, "i'm|i+am|i'll|be|as|is|was|are|with|for|to|am") &&
           at + len < d->n &&
           (named_within (d, at + len, 1) ||
            vmc_phrase_match (d->w, d->n, at + len, "?just|kindly|actually <referv>|tells|told|tell|was+kind|sent|sends|speaks|spoke|vouched|passed") > 0);

  /* "we were on the same shuttle" shares something; "we're on the same page" agrees */
  if (vmc_phrase_match (d->w, d->n, at, "we|we're|we+were|we+are ?both on|in|at|from the same") == len)
    return vmc_phrase_match (d->w, d->n, at + len, "page|wavelength|side|track|footing|terms|basis|schedule|plan|price|pricing|deal|lines") == 0;

  /* a house is a gathering only when open: not "someone at the house" */
  if ((vmc_phrase_match (d->w, d->n, at, "at the house") == len || vmc_phrase_match (d->w, d->n, at, "at the * house") == len) &&
      strcmp (d->w[at + len - 2], "open") != 0)
    return FALSE;

  /* a shared event is one that was: not "would you like to join us at the open house" */
  if ((vmc_phrase_match (d->w, d->n, at, "at the <event>") == len || vmc_phrase_match (d->w, d->n, at, "at the * <event>") == len ||
       vmc_phrase_match (d->w, d->n, at, "at the * * <event>") == len) &&
      said_before (d, at, 6, "would|will|i'll|we'll|hope|hoping|love|like|join|come|coming|invite|inviting|register|attend|attending|going|are+you|next|upcoming"))
    return FALSE;

  /* "good to finally meet you at the show" remembers a meeting; "it would be great to see
   * you at the open house" invites to one */
  if (vmc_phrase_match (d->w, d->n, at, GOOD_TO_MEET) == len ||
      vmc_phrase_match (d->w, d->n, at, "to see you") == len || vmc_phrase_match (d->w, d->n, at, "seeing you") == len)
    return !said_before (d, at, 3, "be|would|will|it'd|it'll|hope|hoping|love|like|want|wanted|forward|wait");

  /* "lisa suggested i | give you a call" but not "i'll give you a call" */
  if (vmc_phrase_match (d->w, d->n, at, "give you") > 0)
    return at > 0 && !g_strv_contains (self, d->w[at - 1]) &&
           vmc_phrase_match (d->w, d->n, at - 1, "i'll|we'll|to|will|gonna") == 0;
  /* "lisa suggested | i give you a call" but not "then i call you" */
  if (vmc_phrase_match (d->w, d->n, at, "i give|reach|call|get|contact|connect") > 0 ||
      vmc_phrase_match (d->w, d->n, at, "we connect|should") > 0)
    {
      if (at == 0)
        return TRUE;
      if (vmc_phrase_match (d->w, d->n, at - 1, "i'll|will|can|could|should|let|would|may|might|then|when|if|so") > 0)
        return FALSE;
      /* "i thought we should talk" is the caller's own idea */
      return !(at > 1 && vmc_phrase_match (d->w, d->n, at - 1, "<referv>|think") > 0 &&
               vmc_phrase_match (d->w, d->n, at - 2, "i|we|i've|i'd") > 0);
    }
  /* "i got your name from sam", "your number from a colleague of mine", not "from the
   * website form": the one it came from is a person */
  if (vmc_phrase_match (d->w, d->n, at, "got|received|have your name|number|details|info from") == len ||
      vmc_phrase_match (d->w, d->n, at, "your name|number from") == len)
    return name_word (d, at + len) ||
           vmc_phrase_match (d->w, d->n, at + len, "?my|your|our|a|an|one ?of ?your|our|my <relation>") > 0;
  /* "lisa thought we should talk", "jim said that you're hiring": word passed between the
   * caller and the listener; "turing thought about machines", "the juror said that he was
   * tired" are about others */
  if ((len == 1 && (strcmp (w, "thought") == 0 || strcmp (w, "recommended") == 0)) ||
      (len == 2 && strcmp (d->w[at + 1], "that") == 0 &&
       vmc_phrase_match (d->w, d->n, at, "said|told|mentioned|suggested|thought") > 0))
    {
      if (!said_in (d, at + len, at + len + 5, "you|your|you're|you'd|you've|yours|i|we|me|us|i'd|we'd|i'll|we'll|i'm|we're|my|our|the+two|both"))
        return FALSE;
    }
  /* "hannah brooks thought the two of us ought to talk": a name thought so */
  if (strcmp (w, "thought") == 0 && len == 1)
    return at > 0 && name_word (d, at - 1);
  /* "they suggested i reach out", "she told me to call": a referral by someone named before */
  if (g_strv_contains (needs_someone, w) && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "he|she|they") > 0 &&
      vmc_phrase_match (d->w, d->n, at + 1, "i|me|we|us|that+i|that+we|you+and+i|we+should|i+should|i+get|i+give|i+reach|i+call") > 0)
    return TRUE;
  /* "your colleague dana said ...", "your boss mentioned you might ..." pass word on; "keep
   * your friends close", "your boss is wrong" say nothing of the two */
  if (vmc_phrase_match (d->w, d->n, at, "your friend|friends|colleague|colleagues|coworker|co-worker|boss|manager|neighbor|neighbour|cousin|brother|sister|teammate|counterpart|peer|mentor") == len)
    return at + len < d->n &&
           (named_within (d, at + len, 5) ||
            (!said_before (d, at, 2, "to|keep|love|tell|warn|use|with|about|of|than|all|killed|kill|and") &&
             said_in (d, at + len, at + len + 6, "<referv>|tells|told|tell|said|says|mentioned|suggested|thought|recommended|gave|passed|handed|asked|wanted|put|introduced|pointed|sent|speaks|spoke|vouched|at|from|over|who|and+i|and+me|is+a+client|is+a+customer|has+been|raves|was+kind")));
  /* "we met at the expo", "i met your partner last spring"; not "i met a man who ..." */
  if (vmc_phrase_match (d->w, d->n, at, "i met") == len)
    return said_in (d, at + len, at + len + 3, "you|your") || named_within (d, at + len, 2);
  /* "we're both in the rotary", "we were both at the expo" share something; "we're both
   * right", "we were both holding coffee" do not */
  if (vmc_phrase_match (d->w, d->n, at, "we're|we+are|we+were both") == len || vmc_phrase_match (d->w, d->n, at, "we both") == len)
    return vmc_phrase_match (d->w, d->n, at + len, "right|wrong|rather|prone|holding|happy|busy|tired|sure|aware|guilty|too|so|very|quite|going|getting|looking|waiting|stuck|late|responsible|wearing|thinking|agree|agreed|know+that|want|wanted|need|needed") == 0;
  /* "if we spoke a different language", "until we met" suppose or tell a story; "we spoke at
   * the expo" remembers */
  if (vmc_phrase_match (d->w, d->n, at, "we spoke|talked|chatted|met") > 0 && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "if|unless|until|since|whenever|once|before") > 0)
    return FALSE;
  /* "introduced himself" introduces nobody to the listener */
  if (strcmp (w, "introduced") == 0 &&
      vmc_phrase_match (d->w, d->n, at + 1, "himself|herself|themselves|itself|oneself") > 0)
    return FALSE;
  /* "by way of jim at the rotary" names who referred; "by way of introduction" and "by way of
   * marriage" do not */
  if (vmc_phrase_match (d->w, d->n, at, "by way of") == len)
    return name_word (d, at + len) || vmc_phrase_match (d->w, d->n, at + len, "your|our|my|a+mutual|mutual|a+friend|a+colleague|a+client") > 0;
  /* "it has been said that", "the model was introduced in may": passive, no one who referred
   * ("i was referred to you by", "she was recommended to me" name one) */
  if ((g_strv_contains (needs_someone, w) || strcmp (w, "introduced") == 0 || strcmp (w, "recommended") == 0) && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "been|is|was|were|are|be|being|it's|widely|commonly|often|generally|not") > 0 &&
      !said_in (d, at + 1, at + 6, "by|you|your|to+me|to+us|me+to|us+to"))
    return FALSE;
  /* "as a fellow rotarian", "we're fellow parents at ...", not "the fellow at the bar" or "a
   * fellow who lends you his umbrella" (somebody, no shared membership) */
  if (strcmp (w, "fellow") == 0 && len == 1)
    return vmc_phrase_match (d->w, d->n, at + 1, "who|that|which|down|man|men|bought|came|walked|said|told") == 0 &&
           said_before (d, at, 3, "i'm|i+am|we're|we+are|you're|you+are|as|both|we|us|you|your|my|a|another|one+of+your|from+your|fellow") &&
           !(at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "the|that|this|old|poor|young|nice|one's|his|her|their") > 0 &&
             !said_before (d, at, 3, "i'm|i+am"));
  /* "we have a lot in common", not "we have nothing in common" or "in common use" */
  if (vmc_phrase_match (d->w, d->n, at, "in common") == len &&
      (said_before (d, at, 3, "nothing|no|little|not|anything|never") ||
       vmc_phrase_match (d->w, d->n, at + len, "use|usage|law|practice|knowledge|sense|parlance") > 0))
    return FALSE;
  if (g_strv_contains (needs_someone, w))
    return at > 0 && !g_strv_contains (self, d->w[at - 1]) &&
           !(strcmp (w, "mentioned") == 0 && vmc_phrase_match (d->w, d->n, at - 1, "he|she|they") > 0);
  /* a referral sends someone to someone: "referred me to you", "i was referred to you by";
   * "the court has referred it to mediation" and "due to be referred to an outside agency"
   * send a matter elsewhere */
  if (strcmp (w, "referred") == 0 && at + 1 < d->n && strcmp (d->w[at + 1], "to") == 0 &&
      vmc_phrase_match (d->w, d->n, at + 2, "you|me|us|your|my|our|him|her|them") == 0)
    return FALSE;
  if (strcmp (w, "introduced") == 0 || strcmp (w, "referred") == 0)
    return !(at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "be|get|i'll") > 0);
  return TRUE;
}

/* The hour a clock word says, on a twelve-hour dial ("nine" 9, "twelve" and "noon" 0), or -1 */
static int
clock_hour (const char *w)
{
  static const char * const hours[] = {
    "twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", NULL
  };

  if (strcmp (w, "noon") == 0 || strcmp (w, "midday") == 0 || strcmp (w, "midnight") == 0)
    return 0;
  for (guint i = 0; hours[i]; i++)
    if (strcmp (w, hours[i]) == 0)
      return (int) i;
  return -1;
}

/* "only" makes a time window when a time follows: "only on thursday from ten to noon",
 * not "it will only take a minute"; "anytime between nine and five" is no window. */
static gboolean
window_accept (Detect *d,
               guint   at,
               guint   len)
{
  if (said_before (d, at, 3, "anytime|any|whenever|all|most"))
    return FALSE;
  /* "between" and "from ... to" a range: not of a quantity ("from three to twelve months",
   * "between two and three hundred dollars"), and not hours too wide to narrow anything
   * ("from eight till eight on weekdays", "nine to five") */
  if (vmc_phrase_match (d->w, d->n, at, "between|from @ and|to|till|until|through @") == len ||
      vmc_phrase_match (d->w, d->n, at, "in between @ and @") == len)
    {
      int a = clock_hour (d->w[at + len - 3]), b = clock_hour (d->w[at + len - 1]);

      if (at + len < d->n &&
          vmc_phrase_match (d->w, d->n, at + len, "?and ?a ?half months|weeks|years|days|hours|minutes|dollars|hundred|thousand|million|percent|people|units|pounds|euros|bucks|grand|feet|miles|times|k|seats|users|licenses|licences|rooms|staff|employees|trucks|visits") > 0)
        return FALSE;
      /* (the same hour twice is twelve hours, "eight till eight", unless minutes follow:
       * "between twelve and twelve thirty") */
      if (a >= 0 && b >= 0 && (b - a + 12) % 12 >= 7)
        return FALSE;
      if (a >= 0 && a == b && !(at + len < d->n && vmc_word_is_number_word (d->w[at + len])))
        return FALSE;
    }
  /* another's opening hours: "the clinic closes at five today" ("we close at five", "call
   * me before the branch closes at five" narrow) */
  if (vmc_phrase_match (d->w, d->n, at, "shuts|closes at|by @|#") == len && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "i|we|i'm|we're|office|desk|line|phones") == 0 &&
      !said_before (d, at, 5, "before|until|till|by|<callv>|reach|catch|try"))
    return FALSE;
  /* hours that are not the caller's: "the role is in the office only on tuesdays", "someone
   * has to let the inspector in between nine and eleven", "between eight and noon, and i'll
   * make sure the crew calls ahead" (but "between ten and noon is the best time to reach me") */
  if ((strcmp (d->w[at], "only") == 0 || vmc_phrase_match (d->w, d->n, at, "between|from @") > 0) &&
      !said_before (d, at, 14, "i|i'm|i'll|i+am|me|my|we|we're|we'll|us|our|<callv>|reach|catch|try|available|free|around|line|lines|phones|switchboard|staffed|answered") &&
      !said_in (d, at, at + len + 8, "i'm|me|my|we're|us|<callv> me|<callv> us|<callv> back|reach|catch|try|staffed|answered|best|ideal|works|suits|suit|good|easiest|window|slot"))
    return FALSE;
  /* "free from ten", "available until noon" narrow when a time follows; "free from the
   * contract", "available from our office" do not */
  if (vmc_phrase_match (d->w, d->n, at, "available|free|around until|till|before|between|from") == len ||
      vmc_phrase_match (d->w, d->n, at, "at my desk until|till|before|between|from") == len ||
      vmc_phrase_match (d->w, d->n, at, "in the office until|till|before|between|from") == len)
    return said_in (d, at + len, at + len + 3, "@|#|noon|midday|lunch|lunchtime|about|around|roughly|after|early|late|mid|half|quarter|the+end|end|close|closing|my+lunch");
  /* "the only time i'm free", "only on thursday" narrow; "the only person", "only more so"
   * do not */
  if (strcmp (d->w[at], "only") == 0 && at + 1 < d->n &&
      vmc_phrase_match (d->w, d->n, at + 1, "person|people|one|thing|things|way|reason|problem|difference|catch|question|issue|more|better|worse|if|because|so|just|to|a|an|the") > 0 &&
      !said_in (d, at + 1, at + 4, "@"))
    return FALSE;
  /* "i fly out at two": the caller's leaving narrows the window only at a time of the day,
   * not a day ("i'm out on friday") */
  if (vmc_phrase_match (d->w, d->n, at, "i|i'm|i+am") > 0)
    return vmc_word_is_number_word (d->w[at + len - 1]) ||
           vmc_phrase_match (d->w, d->n, at + len - 1, "noon|midday|lunch|lunchtime") > 0;
  if (strcmp (d->w[at], "only") != 0)
    return TRUE;
  /* "i'm in the office tuesday and wednesday mornings only": the times before it, where the
   * clause ends */
  if (at > 0 && vmc_word_is_time_word (d->w[at - 1]) && !vmc_word_is_number_word (d->w[at - 1]) &&
      (at + 1 >= d->n || word_gap (d, at + 1) > 0.3 || is_boundary (d, at + 1, NULL, -1, 0)))
    return TRUE;
  for (guint k = at + len; k < MIN (d->n, at + len + 8); k++)
    {
      /* a day, a part of the day, a clock time, or a range of numbers ("ten to noon") */
      if (vmc_word_is_time_word (d->w[k]) && !vmc_word_is_number_word (d->w[k]))
        return TRUE;
      if (vmc_phrase_match (d->w, d->n, k, "# to|and|till|until|through @") > 0 ||
          vmc_phrase_match (d->w, d->n, k, "before|after|until|till|from|between #") > 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether two numbers heard are one said twice: the same digits but for one or two misheard,
 * or one without its area code */
static gboolean
same_number (const char *a,
             const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  guint differ = 0;

  if (la != lb)
    return (la > lb && strcmp (a + la - lb, b) == 0 && lb >= 7) ||
           (lb > la && strcmp (b + lb - la, a) == 0 && la >= 7);
  for (gsize i = 0; i < la; i++)
    differ += a[i] != b[i];
  return differ <= 2;
}

/* The first number that starts within a few words from w[k], or NULL */
static const VmcNumber *
number_after (Detect *d,
              guint   k)
{
  for (guint i = 0; i < d->numbers->len; i++)
    {
      const VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (num->first_word >= k && num->first_word <= k + 3)
        return num;
    }
  return NULL;
}

/* Whether the number said within a few words from w[k] is the only number of the message
 * (said once, or said again) */
static gboolean
only_number_after (Detect *d,
                   guint   k)
{
  const VmcNumber *said = number_after (d, k);

  if (!said)
    return FALSE;
  for (guint i = 0; i < d->numbers->len; i++)
    {
      const VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (!same_number (num->digits, said->digits))
        return FALSE;
    }
  return TRUE;
}

/* A second channel is offered, not an email mentioned: "i got your email" is no way to reach
 * the caller; "send me" is, when a channel follows. */
static gboolean
alternate_accept (Detect *d,
                  guint   at,
                  guint   len)
{
  /* "you cannot reply to this message" */
  if (vmc_phrase_match (d->w, d->n, at, "reply|respond to") > 0 && said_before (d, at, 2, "cannot|can't|don't|not|no"))
    return FALSE;
  if (at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "your|the|that|this|last|previous|got|received|read|saw") > 0 &&
      vmc_phrase_match (d->w, d->n, at, "email|e-mail|e+mail|text|message") > 0)
    return FALSE;
  /* a channel only where the caller can be reached on it: "call me at home", "my home number",
   * "my personal cell"; not "i'll be working at home", "my personal view", "my home office
   * is finished" */
  if (vmc_phrase_match (d->w, d->n, at, "at+home|on+my+home") == len)
    return said_before (d, at, 4, "<callv>|reach|catch|try|contact|me|or|also") ||
           said_in (d, at + len, at + len + 2, "number|line|phone|landline|#") ||
           (vmc_phrase_match (d->w, d->n, at + len, "on|at") > 0 && at + len + 1 < d->n &&
            (d->in_number[at + len + 1] || is_number_start (d, at + len + 1)));
  if (vmc_phrase_match (d->w, d->n, at, "my home") == len || vmc_phrase_match (d->w, d->n, at, "my personal") == len)
    return at + len < d->n &&
           (vmc_phrase_match (d->w, d->n, at + len, "<channel>|number|phone|line|landline|cell|cellphone|mobile|email|e-mail|address|assistant|account") > 0 ||
            d->in_number[at + len] || is_number_start (d, at + len));
  /* "book a slot on my calendar" and "my calendar link" offer a way in; "let me check my
   * calendar", "it's on my calendar" do not */
  if (vmc_phrase_match (d->w, d->n, at, "my calendar") == len || vmc_phrase_match (d->w, d->n, at, "on my calendar") == len)
    return said_before (d, at, 4, "book|grab|pick|put|schedule|find|time|slot|spot|yourself|directly|straight|something|through|via|use|link|open|access") ||
           said_in (d, at + len, at + len + 2, "link|page|is+open|is+public|online");
  /* "a cell phone" is a thing anyone has; "my cell phone" and "on my cell phone" are a way
   * to the caller */
  if (vmc_phrase_match (d->w, d->n, at, "cell phone") == len && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "a|an|having|buy|bought|new|own|owning|their|his|her") > 0)
    return FALSE;
  /* "leave a message with the front desk", "or try the front desk"; not "he walked up to the
   * front desk" */
  if (vmc_phrase_match (d->w, d->n, at, "the front desk") == len &&
      !said_before (d, at, 4, "or|also|with|leave|through|via|ask|reach|try|at|skip|bypass|avoid|past|instead"))
    return FALSE;
  if (vmc_phrase_match (d->w, d->n, at, "through|via our|my|the front+desk|reception|receptionist|office|team|assistant|website|site|portal|calendar") == len &&
      !said_before (d, at, 5, "me|us|reach|contact|book|get+hold|or|also|can|could|message|reply|respond|schedule|order|pay|buy|sign"))
    return FALSE;
  /* "ask for tomas at the front desk"; not "we ask for a deposit", "i don't ask for much" */
  if (vmc_phrase_match (d->w, d->n, at, "ask for") == len && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "i|we|they|he|she|not|don't|never|didn't|won't|only|always") > 0 &&
      !name_word (d, at + len))
    return FALSE;
  /* "my team finished the audit", "my team will have the scaffolding down": what they did,
   * no way to reach the caller */
  if (vmc_phrase_match (d->w, d->n, at, OWN_PEOPLE) == len &&
      at + len < d->n &&
      (vmc_phrase_match (d->w, d->n, at + len, "will+have|will+be|'ll+have|has|had|is|are|was|were|just|already|finished|did|completed|built|found|noticed|reviewed|looked|put|fixed|installed|delivered|sent|ran|made|wrapped|started") > 0))
    return FALSE;
  /* "as i said in my email on monday": one sent before */
  if (vmc_phrase_match (d->w, d->n, at, "my email|e-mail|text|message|note|voicemail") > 0 &&
      said_before (d, at, 3, "in|said|sent|mentioned|wrote|per|see|from|after|since"))
    return FALSE;
  /* "the booking page loads slowly on phones": the listener's page, the reason's topic */
  if (vmc_phrase_match (d->w, d->n, at, "booking page") == len &&
      ((at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "your|their") > 0) ||
       vmc_phrase_match (d->w, d->n, at + len, "loads|load|looks|seems|isn't|doesn't|crashes|breaks|takes") > 0))
    return FALSE;
  /* "the mobile number we have on file", "your cell phone" are theirs */
  if (vmc_phrase_match (d->w, d->n, at, "mobile+number|cell+number|cell+phone|email+address|e-mail+address") > 0 &&
      ((at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "your|their|his|her") > 0) ||
       said_in (d, at + len, at + len + 4, "we+have|we've+got|we+had|on+file|you+gave|you+left|you+have|you+listed|of+yours")))
    return FALSE;
  if (vmc_phrase_match (d->w, d->n, at, "texting|messaging|emailing|whatsapping <me>") == len &&
      at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "for|about|stop|keep|kept|after|since|from|by") > 0)
    return FALSE;
  /* "a one word reply to my email would do it" asks for the reply: the same channel, no
   * other ("just reply to my email", "a quick reply to that email works just as well" offer
   * one) */
  for (guint j = at > 2 ? at - 2 : 0; j <= at; j++)
    if (j > 0 && vmc_phrase_match (d->w, d->n, j, "reply|response to") > 0 &&
        vmc_phrase_match (d->w, d->n, j - 1, "a|one|word|quick|short|brief|simple|your") > 0 &&
        welcome_follows (d, j, 8) && !said_in (d, j, j + 10, "as+well|too|instead|easier|also"))
      return FALSE;
  /* a message sent before is the reason, not a channel; one sent as well is: "i've also sent
   * you a connection request" */
  if (vmc_phrase_match (d->w, d->n, at, "sent you") > 0)
    return at > 0 && vmc_phrase_match (d->w, d->n, at - 1, "also|just") > 0;
  /* "either call me back, or just hit reply" is one request with two ways to answer it */
  if (vmc_phrase_match (d->w, d->n, at, "hit reply") == len || vmc_phrase_match (d->w, d->n, at, "reply to my|the|this email|text|message") == len ||
      vmc_phrase_match (d->w, d->n, at, "or email|text|shoot|drop|send") == len)
    {
      for (guint j = at > 8 ? at - 8 : 0; j < at; j++)
        if (strcmp (d->w[j], "either") == 0 && vmc_phrase_match (d->w, d->n, j + 1, "?just|please <callv>|give|ring|get|reach") > 0)
          return FALSE;
    }
  /* "let me know which email is best" asks for theirs */
  if (at > 0 && vmc_phrase_match (d->w, d->n, at, "email|text is|works") > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "which|what|whichever|whatever|your") > 0)
    return FALSE;
  /* "i saw on linkedin that you ..." is where the caller read about them */
  if (strcmp (d->w[at], "linkedin") == 0 &&
      said_before (d, at, 6, "saw|noticed|read|found|came|spotted|your|post|posted|profile|connected|connection|connections|both|follow|following|mutual"))
    return FALSE;
  /* "sam sent me over your way" is a referral, no channel */
  if (vmc_phrase_match (d->w, d->n, at, "<sendv> <me> over") == len &&
      vmc_phrase_match (d->w, d->n, at + len, "your|in+your|to+you|here|this+way") > 0)
    return FALSE;
  /* "by email" offers a channel after the caller or a way to reach them ("reach me by email"),
   * not in "james put us in touch by email" */
  if (vmc_phrase_match (d->w, d->n, at, "by|via|over|through email|e-mail|text") == len)
    return said_before (d, at, 4, "me|reach|contact|write|or|also|prefer|easier|best|available|respond|reply");
  /* "my second line is ..." says it is another number, however like the first it sounds */
  if (vmc_phrase_match (d->w, d->n, at, "my second|other|backup line|number|phone") == len)
    return TRUE;
  /* a lead-in to the callback number is no second channel */
  {
    const VmcNumber *next = number_after (d, at + len);
    gboolean only = only_number_after (d, at + len);

    if (only || (next && next == g_ptr_array_index (d->numbers, 0)))
      {
        if (said_in (d, at, at + len, "text|txt|texting|email|e-mail|message|whatsapp|linkedin"))
          return TRUE;
        /* "my cell is 843 ..." when no other number is said; "my office line is ..." before
         * the first number said */
        if (only || vmc_phrase_match (d->w, d->n, at, "my+office|office|desk|my+direct|my+desk") > 0)
          return FALSE;
      }
  }
  /* "did you get my email", "in case you saw my text": one sent before */
  if (at > 1 && vmc_phrase_match (d->w, d->n, at, "my email|e-mail|text|message|note") > 0 &&
      vmc_phrase_match (d->w, d->n, at - 2, "you got|get|received|saw|see|read|seen|caught") == 2)
    return FALSE;
  /* "or stop by the shop" offers another way; "would you be able to come by the showroom"
   * asks, "i'll swing by the office" is the caller's plan */
  if (vmc_phrase_match (d->w, d->n, at, "stop|drop|pop|swing|come by|into|in+at") > 0 && at > 0 &&
      (g_strv_contains (own_action, d->w[at - 1]) ||
       vmc_phrase_match (d->w, d->n, at - 1, "to|you|can|could|will|would|might|may") > 0))
    return FALSE;
  /* "my colleague priya can set it up", not "my colleague priya specializes in roofs" or "my
   * colleague mentioned you" */
  /* "you know my colleague jim" names someone in common, no channel */
  if (vmc_phrase_match (d->w, d->n, at, OWN_PEOPLE) == len &&
      said_before (d, at, 2, "know|knew|met|meet|remember|recall"))
    return FALSE;
  if (vmc_phrase_match (d->w, d->n, at, OWN_PEOPLE) == len &&
      said_in (d, at + len, at + len + 3, "specializes|specialises|specialized|works|worked|mentioned|said|told|suggested|thought|recommended|met|and+i|has+been|was"))
    return FALSE;
  /* "please call the front desk to confirm" is where the request goes, "or call the front
   * desk" another way */
  if (vmc_phrase_match (d->w, d->n, at, "the front desk") == len && at > 0 &&
      vmc_phrase_match (d->w, d->n, at - 1, "<callv>|contact|at|to") > 0 && !said_before (d, at - 1, 2, "or|also"))
    return FALSE;
  /* "if a call's awkward at work, a text is fine": only when another channel follows */
  if (strcmp (d->w[at], "if") == 0)
    return said_in (d, at + len, at + len + 8, "<channel>|texting|emailing|signal|slack|teams");
  /* "ask for tomas at the front desk", not "ask for a quote" */
  if (vmc_phrase_match (d->w, d->n, at, "ask for") == len)
    return name_word (d, at + len) || vmc_phrase_match (d->w, d->n, at + len, "my") > 0;
  /* "drop me a line" asks for a call back; "drop me a line at priya at ..." gives an email */
  if (vmc_phrase_match (d->w, d->n, at, "<sendv> <me> a line") == len)
    return vmc_phrase_match (d->w, d->n, at + len, "at|by|on|via|over") > 0 &&
           !(at + len + 1 < d->n && (d->in_number[at + len + 1] || is_number_start (d, at + len + 1)));
  return TRUE;
}

/* "just checking in" and "touching base" say no reason; "checking in on the quote" does */
static gboolean
says_no_reason (Detect *d,
                guint   at,
                guint   len)
{
  for (guint k = at; k < at + len; k++)
    if (vmc_phrase_match (d->w, d->n, k, "checking|touching|circling|looping") > 0)
      {
        guint next = at + len;

        if (next < d->n && vmc_phrase_match (d->w, d->n, next, "in|base|back") > 0)
          next++;
        return vmc_phrase_match (d->w, d->n, next, "on|about|regarding|re|with|to|because|after|from|since|as|for|in+regards|in+regard|in+reference|in+relation|your|the|our") == 0;
      }
  return FALSE;
}

/* "i'd be grateful if you'd call", "i'd appreciate a call back" ask; "i appreciate your
 * time" thanks */
static gboolean
thanks_accept (Detect *d,
               guint   at,
               guint   len)
{
  if (vmc_phrase_match (d->w, d->n, at, "grateful|appreciate") == 0 || at == 0)
    return TRUE;
  return !(vmc_phrase_match (d->w, d->n, at - 1, "i'd|we'd|would|should|be") > 0 &&
           vmc_phrase_match (d->w, d->n, at + len, "if|a|an|for+a|for+an|it+if|your+call|a+call") > 0);
}

/* "calling" after a name introduces the caller ("priya calling from lakeside"); "about
 * the lease" gives the reason where a clause starts ("hi, it's dana from acme, about the
 * lease"), not inside one ("talk about the lease"). */
static gboolean
reason_accept (Detect *d,
               guint   at,
               guint   len)
{
  if (strcmp (d->w[at], "about") == 0)
    return at == 0 || d->claimed[at - 1] || word_gap (d, at) > 0.2;
  /* "i'm calling from meridian bank", "i'm calling on behalf of lakeview orthopedics" say who
   * calls, not why */
  if (vmc_phrase_match (d->w, d->n, at, "?i'm|i+am|we're|we+are ?just calling|phoning|ringing from|on+behalf+of") >= len)
    return FALSE;
  if (says_no_reason (d, at, len))
    return FALSE;
  /* "i've tried you a few times now" says how often, not why (unless about what follows) */
  if ((vmc_phrase_match (d->w, d->n, at, "i've|i+have|we've|we+have tried|been+trying|reached+out|left|called|emailed|rung") > 0 ||
       vmc_phrase_match (d->w, d->n, at, "i|we tried to") > 0) &&
      said_in (d, at + len, at + len + 6, "times|twice|again|a+few|a+couple|several") &&
      !said_in (d, at + len, at + len + 10, "about|regarding|concerning|re|on+the|on+your|because"))
    return FALSE;
  /* "it's about forty five minutes": about as much as */
  if (vmc_phrase_match (d->w, d->n, at, "it's|this+is|it+is about") == len && at + len < d->n &&
      (vmc_word_is_number_word (d->w[at + len]) ||
       vmc_phrase_match (d->w, d->n, at + len, "a+few|a+couple|half|an+hour|a+minute|an+extra|a+third|a+quarter|a+week|a+month|a+year|a+day") > 0))
    return FALSE;
  /* "thanks for your time" and "thank you for your patience" thank; "thanks for your
   * inquiry" says why they call */
  if (vmc_phrase_match (d->w, d->n, at, "thanks|thank+you for your ?kind time|patience|help|business|consideration|attention|understanding|support|kindness|trust|hospitality|generosity|loyalty") > 0)
    return FALSE;
  /* "i've sent you a note on linkedin too" offers another channel */
  if (vmc_phrase_match (d->w, d->n, at, "i've|i+have|we've|we+have ?also|just sent|emailed|texted|messaged|dropped") > 0 &&
      said_in (d, at + len, at + len + 8, "too|as+well|also|if+that's|if+you'd|if+you+prefer"))
    return FALSE;
  /* an offer says why they call when nothing said it before ("i've got a better rate for
   * you"); after the reason it is part of the pitch */
  if (vmc_elements_find (d->out, VMC_ELEMENT_REASON) &&
      (vmc_phrase_match (d->w, d->n, at, "i've|we've|i+have|we+have got") > 0 ||
       vmc_phrase_match (d->w, d->n, at, "i|we have the|your|a|an|some|two|three|new") > 0 ||
       vmc_phrase_match (d->w, d->n, at, "i'd|we'd|i+would|we+would love|like to get|send|show|give|put|bring|offer|run|save|help|walk|share") > 0 ||
       vmc_phrase_match (d->w, d->n, at, FIRM_NEWS) > 0 ||
       vmc_phrase_match (d->w, d->n, at, FIRM_DOES) > 0))
    return FALSE;
  if (vmc_phrase_match (d->w, d->n, at, "calling about|regarding|re|because|to|on|in|with") > 0 &&
      at > 0 && !vmc_phrase_match (d->w, d->n, at - 1, "i'm|am|we're|are|just|was|i|also|only"))
    return vmc_phrase_match (d->w, d->n, at, "calling about|regarding|re|because") > 0;
  return TRUE;
}

/* Whether w[first..last] says a day, a part of the day or a clock time */
static gboolean
says_a_time (Detect *d,
             guint   first,
             guint   last)
{
  for (guint k = first; k <= last && k < d->n; k++)
    if (vmc_word_is_time_word (d->w[k]))
      return TRUE;
  return FALSE;
}

/* "would you", "could we", "are you": a question to the listener starts at w[k] */
static gboolean
asks_a_question (const char * const *w,
                 guint               n,
                 guint               k)
{
  /* "when you have a moment", "when you get this" say when, not ask */
  if (vmc_phrase_match (w, n, k, "when|whenever you have|get|got|see|hear|find|are|check|can|could|'re") > 0)
    return FALSE;
  return vmc_phrase_match (w, n, k, "would|could|can|will|are|do|might|when|what you|we") > 0 ||
         vmc_phrase_match (w, n, k, "does|would @|a|an|the") > 0;
}

/* ---- frame words heard by their sound ------------------------------------------------------- */

/* The words that carry a frame are short and said fast, and a recognizer that has not heard
 * them clearly writes other words that sound the same: "gave me your number" comes out as
 * "they me your number", "email me at" as "i'm male me at". Where no frame starts, a stretch
 * of words that sounds like one of these phrases (pronunciations compared phone by phone, as
 * for the planned name) is read as the phrase; the words shown stay the words heard. */
#define FRAME_BY_SOUND_DISTANCE 0.2   /* measured 0.15, 0.2, 0.25 on the tuned set */
#define FRAME_BY_SOUND_MIN_PHONES 6   /* shorter phrases sound like too many others */
/* ... and only where the words that differ from the phrase were heard unsurely: "you have a
 * minute" heard clearly is not "you have to" */
#define FRAME_BY_SOUND_CONFIDENCE 0.5   /* measured 0.5, 0.6: the same */

static const char * const sound_frames[] = {
  /* requests */
  "give me a call", "give me a call back", "give me a ring", "give me a shout", "give me a buzz",
  "call me back", "ring me back", "please call me back", "please give me a call",
  "could you call me back", "could you ring me back", "could you give me a call",
  "could you let me know", "might you have", "would you have time", "would you be available",
  "would you mind", "would you be open to", "are you free for", "do you have a few minutes",
  "get back to me", "get in touch with me", "reach out to me", "drop me a line", "hit me back",
  "let me know", "let's find a time", "return my call", "hear back from you",
  "i'd love to hear from you", "i'd appreciate a call back", "feel free to give me a call",
  "when you get a chance", "when you get a minute", "when you get a moment", "when you have a moment",
  "whenever you get a chance", "at your earliest convenience",
  /* referrals and what was shared */
  "gave me your number", "gave me your name", "passed along your name", "passed your name along",
  "suggested i give you a call", "suggested i reach out", "recommended i reach out",
  "referred me to you", "thought we should connect", "thought we should talk", "put us in touch",
  "mentioned you were", "said you were", "speaks very highly", "a mutual friend", "our mutual friend",
  "we met at the", "we chatted at the", "we spoke at the", "great to meet you", "nice meeting you",
  "thanks for stopping by", "i enjoyed your talk", "congratulations on", "handed me your card",
  "we overlapped at", "worked together at", "we were on the same",
  /* other channels */
  "email me", "email me at", "text me", "shoot me a text", "shoot me an email", "send me a text",
  "send me an email", "you can also text", "feel free to text", "texting is fine",
  "my email is", "my email address", "my mobile is", "you can also email", "reply to the email",
  "reply to my email", "connect with me on linkedin", "i'm also sending you an email",
  /* demands */
  "you need to", "i need you to", "you have to", "you must call", "i expect a call",
  "i'll need an answer", "if i don't hear back", "it's important that you", "this is urgent",
  "this can't wait", "requires your signature", "as soon as possible", "by close of business",
  "by end of day", "no later than", "within the hour", "the minute you get this",
  "right away", "immediately",
  /* windows */
  "i'm best reached", "i'm only available", "i'm only in the office", "the only time",
  /* (ninth round) */
  "the best time to catch me is", "the best time to reach me is", "write to me at",
  "you'll have to", "you're expected to", "you're required to", "you're obligated to",
  "sent me your way", "the one who suggested", "at the suggestion of", "on the recommendation of",
  "your name came up",
  NULL
};

typedef struct
{
  GStrv  words;
  GStrv  phones;
  guint  n_phones;
} SoundFrame;

static const SoundFrame *
sound_frame (guint f)
{
  static SoundFrame frames[G_N_ELEMENTS (sound_frames)];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; sound_frames[i]; i++)
        {
          g_autofree char *phones = NULL;

          frames[i].words = g_strsplit (sound_frames[i], " ", -1);
          phones = vmc_pronounce_words ((const char * const *)frames[i].words,
                                        g_strv_length (frames[i].words));
          frames[i].phones = g_strsplit (phones ? phones : "", " ", -1);
          frames[i].n_phones = phones ? g_strv_length (frames[i].phones) : 0;
        }
      g_once_init_leave (&ready, 1);
    }
  return &frames[f];
}

/* Whether the words of w[k..k+len) that are not the frame's own were heard unsurely, and are
 * more than a little word the recognizer may well have heard right ("email it back to me" is
 * no "get back to me") */
static gboolean
misheard_words (Detect           *d,
                guint             k,
                guint             len,
                const SoundFrame *frame)
{
  static const char * const little[] = {
    "a", "an", "the", "to", "it", "of", "in", "on", "at", "and", "is", "i", "or", NULL
  };
  double confidence = 0.0;
  guint n_other = 0, n_little = 0, in_order = 0;

  /* the phrase was heard as it is, with more words: nothing to read again */
  for (guint j = k; j < k + len && frame->words[in_order]; j++)
    in_order += strcmp (d->w[j], frame->words[in_order]) == 0;
  if (frame->words[in_order] == NULL)
    return FALSE;
  for (guint j = k; j < k + len; j++)
    if (!g_strv_contains ((const char * const *)frame->words, d->w[j]))
      {
        confidence += word_at (d, j)->confidence;
        n_other++;
        n_little += g_strv_contains (little, d->w[j]);
      }
  return n_other > n_little && confidence / n_other < FRAME_BY_SOUND_CONFIDENCE;
}

/* How far w[k..k+len) sounds from @frame (1.0 when a word has no phones to compare), and
 * w[k+1..k+len) in @without_first */
static double
sounds_from (GPtrArray        *phones,
             guint             k,
             guint             len,
             const SoundFrame *frame,
             double           *without_first)
{
  const char *heard[64];
  guint n = 0, first_len = 0;
  double lower;

  for (guint j = k; j < k + len; j++)
    {
      const char * const *p = g_ptr_array_index (phones, j);

      if (p == NULL)
        return *without_first = 1.0;
      for (; *p && n < G_N_ELEMENTS (heard); p++)
        heard[n++] = *p;
      if (j == k)
        first_len = n;
    }
  /* a vowel is the cheapest to leave out: no closer than that */
  lower = 0.7 * ABS ((int)n - (int)frame->n_phones) / MAX (n, frame->n_phones);
  if (lower > FRAME_BY_SOUND_DISTANCE)
    return *without_first = 1.0;
  *without_first = len > 1 ? vmc_pronounce_distance_v ((const char * const *)frame->phones, frame->n_phones,
                                                       heard + first_len, n - first_len)
                           : 1.0;
  return vmc_pronounce_distance_v ((const char * const *)frame->phones, frame->n_phones, heard, n);
}

static gboolean
respell_by_sound (Detect *d)
{
  g_autoptr(GPtrArray) w = g_ptr_array_new ();
  g_autoptr(GArray) idx = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  gboolean changed = FALSE;

  /* no number word and no name is part of a phrase: "two oh four", "michelle" ("my cell");
   * nor is a word where a frame was heard as it is ("our | mutual friend") */
  for (guint k = 0; k < d->n; k++)
    {
      g_autofree char *p = NULL;

      if (!vmc_word_is_number_word (d->w[k]) && !d->in_number[k] && d->starts[k] == 0 &&
          vmc_lexicon_lookup (d->w[k]) != VMC_LEXICON_NAME)
        p = vmc_pronounce (d->w[k]);
      g_ptr_array_add (phones, p ? g_strsplit (p, " ", -1) : NULL);
    }

  for (guint k = 0; k < d->n;)
    {
      double best = FRAME_BY_SOUND_DISTANCE;
      guint best_frame = G_MAXUINT, best_len = 0;

      for (guint f = 0; g_ptr_array_index (phones, k) && sound_frames[f]; f++)
        {
          const SoundFrame *frame = sound_frame (f);
          guint n_words = g_strv_length (frame->words);

          if (frame->n_phones < FRAME_BY_SOUND_MIN_PHONES)
            continue;
          for (guint len = MAX (n_words, 2) - 1; len <= n_words + 2 && k + len <= d->n; len++)
            {
              double without_first;
              double dist = sounds_from (phones, k, len, frame, &without_first);

              /* every word heard is part of it: not "lowe | passed your name along" */
              if (dist < best && dist < without_first && misheard_words (d, k, len, frame))
                {
                  best = dist;
                  best_frame = f;
                  best_len = len;
                }
            }
        }
      if (best_frame != G_MAXUINT)
        {
          const SoundFrame *frame = sound_frame (best_frame);

          if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
            {
              g_autoptr(GString) heard = g_string_new (NULL);

              for (guint j = k; j < k + best_len; j++)
                g_string_append_printf (heard, "%s%s", j > k ? " " : "", d->w[j]);
              g_debug ("heard “%s” as “%s” (%.2f)", heard->str, sound_frames[best_frame], best);
            }
          /* the phrase's words stand for the words heard, the last ones for the last one */
          for (guint j = 0; frame->words[j]; j++)
            {
              guint at = k + MIN (j, best_len - 1);

              g_ptr_array_add (w, (gpointer)g_intern_string (frame->words[j]));
              g_array_append_val (idx, d->idx[at]);
            }
          k += best_len;
          changed = TRUE;
          continue;
        }
      g_ptr_array_add (w, (gpointer)d->w[k]);
      g_array_append_val (idx, d->idx[k]);
      k++;
    }

  if (!changed)
    return FALSE;
  g_free (d->w);
  g_free (d->idx);
  d->n = w->len;
  g_ptr_array_add (w, NULL);
  d->w = (const char **)g_ptr_array_free (g_steal_pointer (&w), FALSE);
  d->idx = (guint *)g_array_free (g_steal_pointer (&idx), FALSE);
  return TRUE;
}

/* ---- clause finders ------------------------------------------------------------------------ */

typedef struct
{
  const char * const *triggers;
  guint               max_left;   /* lead-in words taken before the trigger */
  guint               max_right;  /* words taken after the trigger */
  gboolean            name_left;  /* up to two unknown words may precede ("lisa suggested") */
  const char * const *more_lead;  /* lead-in words of this kind only */
  AcceptFunc          accept;
  guint               absorbs;    /* kinds whose frames do not end this clause ("call me
                                     back" inside "you must call me back right away") */
  gboolean            numbers;    /* may hold a number nobody else took ("my cell is ...") */
} ClauseSpec;

static gboolean
frame_at (Detect           *d,
          guint             k,
          const ClauseSpec *spec,
          guint            *len)
{
  return vmc_phrase_match_any (d->w, d->n, k, spec->triggers, len) &&
         (!spec->accept || spec->accept (d, k, *len));
}

/* The kinds whose frames go on with a clause at w[next], @r words after its own last frame: a
 * demand takes in a request only close to its own words or when more of it follows ("you must
 * | call me back", "so | call me right now", not "i need the deposit by five or the slot goes
 * | call me back when you can") */
static guint
absorbed_at (Detect           *d,
             VmcElementKind    kind,
             const ClauseSpec *spec,
             guint             trigger,
             guint             next,
             guint             r)
{
  /* a consequence is said whole: "... we'll have to list the unit | call me back to go over
   * it" */
  if (kind == VMC_ELEMENT_DEMAND && vmc_phrase_match (d->w, d->n, trigger, CONSEQUENCE) > 0)
    return spec->absorbs & ~(1u << VMC_ELEMENT_ASK);
  /* "it's vital that you | call us before nine tomorrow": the time is the deadline the
   * demand sets, no window of the caller's */
  if (kind == VMC_ELEMENT_DEMAND && r < 2)
    return spec->absorbs | 1u << VMC_ELEMENT_TIME_WINDOW;
  if (kind != VMC_ELEMENT_DEMAND || r < 3)
    return spec->absorbs;
  for (guint k = next + 1; k < MIN (d->n, next + 5); k++)
    if ((d->starts[k] & (1u << kind)) != 0)
      return spec->absorbs;
  return spec->absorbs & ~(1u << VMC_ELEMENT_ASK);
}

/* What leaves the caller so narrow a window is part of it: "i'm out in the field all day
 * every day this week, | so it'll have to be after five", "i am in sessions every day this
 * week, | save for wednesday between twelve and one", "i'm scrubbed in all morning, so |
 * after one is the only stretch". The window at w[first] (with the time that leads it) is
 * joined to the caller's own "i'm ..." by "so", "save for", "except", "but"; a frame of
 * another kind in between ("i'm calling about ...") keeps them apart. */
static guint
window_cause (Detect *d,
              guint   first)
{
  guint j = first, skipped = 0;
  gboolean linked = FALSE;

  while (j > 1 && vmc_word_is_time_word (d->w[j - 1]) && !d->claimed[j - 1] && !d->in_number[j - 1] &&
         vmc_phrase_match (d->w, d->n, j - 2, "after|before|from|until|till|by") > 0)
    j -= 2;
  first = j;   /* the time that leads the window is part of it, with a cause or without */

  while (j > 0 && skipped < 4 &&
         vmc_phrase_match (d->w, d->n, j - 1, "so|save|except|but|apart|for|from|other|than|it'll|it|that|which|means|i'll|we'll|i|we|will") > 0)
    {
      linked |= vmc_phrase_match (d->w, d->n, j - 1, "so|save|except|but|apart|other") > 0;
      j--;
      skipped++;
    }
  if (!linked)
    return first;
  for (guint i = j; i-- > 0 && i + 14 > j;)
    {
      if (d->claimed[i] || d->in_number[i] || word_gap (d, i + 1) >= 0.8 ||
          (d->starts[i] & ~(1u << VMC_ELEMENT_TIME_WINDOW)) != 0)
        break;
      if (vmc_phrase_match (d->w, d->n, i, "i'm|i+am|we're|we+are|i'll+be|we'll+be|i+will+be") > 0)
        return i;
    }
  return first;
}

/* A referral whose referrer was named in the clause before starts with that clause: "we just
 * finished a roof for the hendersons across the street, and | they said i ought to ring you",
 * "i do the books for the bakery down the block, and sharon over there | passed on your
 * number", "your old manager rita gomez was the one who | suggested i reach out". From the
 * referral's verb at w[k] (its clause found from @first), back over its subject (a pronoun,
 * a name, "over there", "the one who") to the "and" that joins it to the clause before, or
 * to "who" of "the one who"; then back to where that clause starts (a number, a pause,
 * another part's frame or a clause boundary). Returns the new first word, or @first. */
static guint
referrer_before (Detect *d,
                 guint   first,
                 guint   k)
{
  guint j = first, subject = k - first, link_at;
  gboolean pronoun = FALSE, relative = FALSE, linked = FALSE;

  if (vmc_phrase_match (d->w, d->n, k, "<referv>|handed|vouched") == 0 ||
      vmc_phrase_match (d->w, d->n, k + 1, "i|me|we|us|you|your|that+i|that+we|on|along") == 0)
    return first;
  while (j > 0 && subject < 4 && !d->claimed[j - 1] && !d->in_number[j - 1] && word_gap (d, j) < 0.6)
    {
      const char *p = d->w[j - 1];

      if (subject > 0 && (strcmp (p, "and") == 0 || (relative && strcmp (p, "one") == 0)))
        {
          linked = TRUE;
          j--;
          link_at = j;
          break;
        }
      if (j == k && vmc_phrase_match (d->w, d->n, j - 1, "he|she|they") > 0)
        pronoun = TRUE;
      else if (j == k && strcmp (p, "who") == 0)
        relative = TRUE;
      else if (!pronoun && !relative && (vmc_phrase_match (d->w, d->n, j - 1, "over|there|their|here|next|door") > 0 || name_word (d, j - 1)))
        ;
      else
        break;
      j--;
      subject++;
    }
  if (!linked)
    {
      /* "danny from your softball team | sent me over your way": a named subject longer than
       * the two words a clause takes in on its left, back to where the clause starts (not
       * to another part's frame: "i'm calling about the roof, sam sent me over") */
      gboolean named = FALSE;

      if (pronoun || relative)
        return first;
      for (j = first; j > 0 && first - j < 6; j--)
        {
          if (d->claimed[j - 1] || d->in_number[j - 1] || word_gap (d, j) >= 0.6 ||
              vmc_phrase_match_any (d->w, d->n, j - 1, boundaries, NULL) ||
              vmc_phrase_match_any (d->w, d->n, j - 1, pleasantries, NULL))
            break;
          if ((d->starts[j - 1] & ~(1u << VMC_ELEMENT_RAPPORT)) != 0 || strcmp (d->w[j - 1], "and") == 0)
            return first;
          named |= name_word (d, j - 1) && (vmc_lexicon_lookup (d->w[j - 1]) & VMC_LEXICON_NAME) != 0;
        }
      return named && (j == 0 || first - j < 6) ? j : first;
    }
  /* "... was the one who": the antecedent is the subject of "was" */
  if (relative && j > 1 && vmc_phrase_match (d->w, d->n, j - 2, "was|is|were|are the") > 0)
    link_at = j -= 2;
  for (guint n = 0; j > 0 && n < 16; n++)
    {
      if (d->claimed[j - 1] || d->in_number[j - 1] || word_gap (d, j) >= 0.6 ||
          (d->starts[j - 1] & ~(1u << VMC_ELEMENT_RAPPORT)) != 0 ||
          vmc_phrase_match_any (d->w, d->n, j - 1, boundaries, NULL) ||
          vmc_phrase_match_any (d->w, d->n, j - 1, pleasantries, NULL))
        break;
      j--;
    }
  /* a clause of its own: at least three words before the "and" */
  return j + 3 <= link_at ? j : first;
}

static void
find_clauses (Detect           *d,
              VmcElementKind    kind,
              const ClauseSpec *spec)
{
  for (guint k = 0; k < d->n; k++)
    {
      guint len, first, last, left = 0, names = 0;

      if (d->claimed[k] || d->in_number[k] || !frame_at (d, k, spec, &len))
        continue;

      first = k;
      while (first > 0 && left < spec->max_left && !d->claimed[first - 1] && !d->in_number[first - 1] &&
             word_gap (d, first) < 0.6)
        {
          const char *prev = d->w[first - 1];

          if (g_strv_contains (lead_in, prev) ||
              (spec->more_lead && g_strv_contains (spec->more_lead, prev)))
            ;
          else if (spec->name_left && names < 2 && !g_strv_contains (not_name, prev))
            names++;
          else
            break;
          first--;
          left++;
        }

      /* "you asked for" after a noun closes a relative clause: the reason is the sentence
       * it ends ("i got my manager to sign off on the trade number | you asked for", "i've
       * got those samples of the recovery drink | i promised you") */
      if (kind == VMC_ELEMENT_REASON && first == k && k > 0 &&
          (strcmp (d->w[k], "you") == 0 || vmc_phrase_match (d->w, d->n, k, "i|we promised") > 0) &&
          !g_strv_contains (lead_in, d->w[k - 1]) &&
          /* "... you mentioned your rent was going up" says it whole: no relative clause */
          vmc_phrase_match (d->w, d->n, k + len, "your|that|you|you'd|you're|you've|it's|there|how|we|i|our|some|wanting|being|or") == 0 &&
          !vmc_phrase_match (d->w, d->n, k - 1, "me|us|them|him|her|and|but|so|if|when|because|that|as|since|what|how|why|where|said|thanks|again|here|there|now|today|week|hey|hi|hello"))
        for (guint j = first; j-- > 0 && j + RELATIVE_REASON_WORDS > k;)
          {
            if (d->claimed[j] || d->in_number[j] || word_gap (d, j + 1) >= 0.3 || d->starts[j] != 0 ||
                vmc_phrase_match_any (d->w, d->n, j, boundaries, NULL) ||
                vmc_phrase_match_any (d->w, d->n, j, pleasantries, NULL))
              break;
            first = j;
          }

      /* a request may come after the condition it answers: "if you'd like to see it again,
       * just give me a call" */
      if (kind == VMC_ELEMENT_ASK)
        for (guint j = first; j-- > 0 && j + 16 > first;)
          {
            if (d->claimed[j] || d->in_number[j] || word_gap (d, j + 1) >= 0.6 ||
                (d->starts[j] & ~(1u << kind)) != 0)
              break;
            if (strcmp (d->w[j], "if") == 0)
              {
                if (vmc_phrase_match (d->w, d->n, j + 1, "you|you'd|you're|you've|that|that's|it|it's|this|any|anything|so|now|there|there's") > 0)
                  first = j;
                break;
              }
            /* ... and so may the time it is for: "whenever you have a spare moment, give me
             * a bell" */
            if (vmc_phrase_match (d->w, d->n, j, "when|whenever|once|as+soon+as you|you're|you've|you'd|things|it|it's") > 0)
              {
                first = j;
                break;
              }
          }

      if (kind == VMC_ELEMENT_TIME_WINDOW)
        first = window_cause (d, first);
      if (kind == VMC_ELEMENT_RAPPORT)
        first = referrer_before (d, first, k);
      /* ... a deadline the need it is for: "i need access | no later than nine tomorrow",
       * "the inspector has to get in | before the fifteenth", and a consequence too: "we need
       * someone over eighteen at the house | or the technician can't go in" */
      if (kind == VMC_ELEMENT_DEMAND && (vmc_phrase_match (d->w, d->n, k, DEADLINE_LEAD) > 0 ||
                                         vmc_phrase_match (d->w, d->n, k, OR_CONSEQUENCE) > 0))
        {
          guint reach = vmc_phrase_match (d->w, d->n, k, OR_CONSEQUENCE) > 0 ? 16 : 11;

          for (guint j = first; j-- > 0 && j + reach > k;)
            {
              /* the time it is needed at is part of it: "someone at the house | between eight
               * and noon | or ..." */
              if (d->claimed[j] || d->in_number[j] || word_gap (d, j + 1) >= 0.8 ||
                  (d->starts[j] & ~(1u << kind | 1u << VMC_ELEMENT_TIME_WINDOW)) != 0)
                break;
              if (vmc_phrase_match (d->w, d->n, j, "i|we|i'd|we'd|i+would|we+would ?really|still|will|'ll|do|definitely|absolutely need|want|require|expect|must") > 0 ||
                  vmc_phrase_match (d->w, d->n, j, "someone|somebody|everyone|the|your|this|that|it|they|he|she ?* has+to|have+to|needs+to|need+to|must|needs") > 0 ||
                  /* "payment has to reach us | within five days" */
                  (vmc_phrase_match (d->w, d->n, j, "* has+to|needs+to|must") > 0 && !g_strv_contains (own_action, d->w[j])))
                {
                  first = j;
                  break;
                }
            }
        }
      /* ... and a consequence its condition: "if i don't hear back from you by this
       * afternoon | i'll have to escalate it" */
      if (kind == VMC_ELEMENT_DEMAND && first == k && vmc_phrase_match (d->w, d->n, k, CONSEQUENCE) > 0)
        for (guint j = first; j-- > 0 && j + 16 > first;)
          {
            if (d->claimed[j] || d->in_number[j] || word_gap (d, j + 1) >= 0.8 ||
                (d->starts[j] & ~(1u << kind)) != 0)
              break;
            if (vmc_phrase_match (d->w, d->n, j, "if|unless|should i|we|you|it|the|this|that|there|nothing|no") > 0)
              {
                first = j;
                break;
              }
          }

      last = k + len - 1;
      for (guint r = 0; r < spec->max_right; r++)
        {
          guint next = last + 1;

          if (spec->numbers && next + 1 < d->n && !d->claimed[next] && !d->in_number[next])
            {
              guint lead = vmc_phrase_match (d->w, d->n, next, "that's|it's|is|at|on ?on|at");

              if (lead > 0 && next + lead < d->n && d->in_number[next + lead] && !d->claimed[next + lead])
                next += lead;
            }
          if (spec->numbers && next < d->n && d->in_number[next] && !d->claimed[next])
            {
              /* the whole number nobody else took: a second line */
              while (next + 1 < d->n && d->in_number[next + 1] && !d->claimed[next + 1])
                next++;
              last = next;
              continue;
            }
          if (is_boundary (d, next, spec->triggers, kind, absorbed_at (d, kind, spec, k, next, r)) || d->in_number[next])
            break;
          /* another channel offered in the same breath goes on ("a text to this number is
           * fine, or ping me on linkedin"), and so does a demand ("should we not receive it by
           * the ninth, our client will have no alternative but to ...") */
          if ((kind == VMC_ELEMENT_ALTERNATE_CONTACT || kind == VMC_ELEMENT_DEMAND) && (d->starts[next] & (1u << kind)) != 0)
            r = 0;
          /* a condition starts a request of its own: "they said i ought to ring you | if
           * you'd like a free look, just call me back" */
          if (kind == VMC_ELEMENT_RAPPORT && strcmp (d->w[next], "if") == 0 &&
              vmc_phrase_match (d->w, d->n, next + 1, "you|you'd|you're|you've|that|that's|it|it's|this") > 0)
            break;
          /* a question to the listener starts a request of its own: "i'd love to know who
           * else you'd recommend | would you be up for a quick call" */
          if (kind == VMC_ELEMENT_ASK && next > k + len + 2 && asks_a_question (d->w, d->n, next) &&
              strcmp (d->w[next - 1], "or") != 0)
            break;
          /* a window once its time is said ends at the next request: "it'll have to be after
           * five | give me a call back one of those evenings" */
          if (kind == VMC_ELEMENT_TIME_WINDOW && (d->starts[next] & (1u << VMC_ELEMENT_ASK)) != 0 &&
              says_a_time (d, k, last))
            break;
          last = next;
        }

      add_element (d, kind, first, last);
      k = last;
    }
}


/* ---- email addresses ------------------------------------------------------------------------ */

/* "you can also email me at | priya at lakeside dental dot com": an address is a second
 * channel however its lead-in was heard ("email" comes out as "in the mail" or "tamil"). */
static void
find_email_addresses (Detect *d)
{
  static const char * const tld[] = {
    "com", "net", "org", "io", "co", "us", "ca", "edu", "biz", "info", "ai", "in", "uk", "au", "de",
    "ie", "nz", NULL
  };
  static const char * const lead[] = {
    "you", "can", "could", "also", "just", "always", "email", "e-mail", "mail", "me", "at", "or",
    "and", "drop", "shoot", "send", "a", "an", "line", "note", "message", "my", "is", "it's",
    "address", "reach", "i'm", "i", "am", "feel", "free", "to", "please", "write", "reply",
    "it", "too", "if", "you'd", "rather", "prefer", "easier", "that's", "by", "via", "on", "get",
    "hold", "of", "find", "as", "well", "directly", "best", "welcome", "you're", "happy", "straight",
    NULL
  };

  for (guint k = 1; k + 1 < d->n; k++)
    {
      guint at = G_MAXUINT, first, last;

      if (strcmp (d->w[k], "dot") != 0 || !g_strv_contains (tld, d->w[k + 1]) || d->claimed[k])
        continue;
      for (guint j = k - 1; j + 6 > k && j > 0; j--)
        if (strcmp (d->w[j], "at") == 0 && !d->claimed[j])
          {
            at = j;
            break;
          }
      if (at == G_MAXUINT || d->claimed[at - 1] || d->in_number[at - 1])
        continue;
      first = at - 1;
      /* "accounts dash receivable at ...", "jo underscore park at ..." */
      while (first >= 2 && !d->claimed[first - 2] && !d->in_number[first - 2] &&
             vmc_phrase_match (d->w, d->n, first - 1, "dash|underscore|hyphen|dot") > 0)
        first -= 2;
      for (guint steps = 0; first > 0 && steps < 8 && !d->claimed[first - 1] && !d->in_number[first - 1] &&
           word_gap (d, first) < 0.5; steps++)
        {
          const char *prev = d->w[first - 1];

          /* the verb of sending may have been misheard: "tamil me at"; what is sent back
           * goes with it ("email it back to me at ..."), a call back does not ("give me a
           * call back | you can also email me at ...") */
          if (!g_strv_contains (lead, prev) &&
              !(strcmp (d->w[first], "me") == 0 && !g_strv_contains (not_name, prev)) &&
              !(strcmp (prev, "back") == 0 && first >= 2 &&
                vmc_phrase_match (d->w, d->n, first - 2, "it|them|this|that|those|these") > 0))
            break;
          first--;
        }
      last = k + 1;
      /* ... up to another part: "... dot com | or call me back and i'll explain" */
      for (guint r = 0; r < 4 && last + 1 < d->n && !is_boundary (d, last + 1, NULL, -1, 0) &&
           !d->in_number[last + 1] &&
           (d->starts[last + 1] & ~(1u << VMC_ELEMENT_ALTERNATE_CONTACT)) == 0 &&
           !(vmc_phrase_match (d->w, d->n, last + 1, "or|and|so|then") > 0 && last + 2 < d->n &&
             (d->starts[last + 2] & ~(1u << VMC_ELEMENT_ALTERNATE_CONTACT)) != 0); r++)
        last++;
      add_element (d, VMC_ELEMENT_ALTERNATE_CONTACT, first, last);
      k = last;
    }
}

/* ---- name and company ---------------------------------------------------------------------- */

/* A word that can be part of a person's name: no word of the closed classes, no number, no
 * word the word list knows only in lower case ("convenient"). */
static gboolean
name_word (Detect *d,
           guint   k)
{
  VmcLexiconClass cls;

  if (k >= d->n || d->in_number[k] || d->claimed[k] || strlen (d->w[k]) < 2 ||
      g_strv_contains (not_name, d->w[k]) || g_strv_contains (trade_words, d->w[k]) ||
      vmc_word_is_number_word (d->w[k]))
    return FALSE;
  cls = vmc_lexicon_lookup (d->w[k]);
  return cls == VMC_LEXICON_UNKNOWN || (cls & VMC_LEXICON_NAME) != 0;
}

static void
add_company_after (Detect        *d,
                   guint          k,
                   const VmcPlan *plan)
{
  guint len, first, last;

  if (!vmc_phrase_match_any (d->w, d->n, k, company_lead, &len))
    return;
  first = k + len;
  if (first >= d->n || d->in_number[first] || d->claimed[first] ||
      g_strv_contains (not_name, d->w[first]) || vmc_word_is_number_word (d->w[first]))
    {
      /* "with the harbor group": words of the closed classes may start a company's name */
      if (!(first + 1 < d->n && vmc_phrase_match (d->w, d->n, first, "the") > 0 &&
            name_word (d, first + 1)))
        return;
    }
  last = first;
  /* a company's name is said in one breath: a pause ends it ("summit health. marco diaz
   * thought ...") */
  while (last + 1 < d->n && last - first < 3 && !d->in_number[last + 1] && !d->claimed[last + 1] &&
         !g_strv_contains (not_name, d->w[last + 1]) && !vmc_word_is_number_word (d->w[last + 1]) &&
         !is_boundary (d, last + 1, NULL, -1, 0) && word_gap (d, last + 1) < 0.05 &&
         !(vmc_phrase_match (d->w, d->n, last + 2, "<referv>") > 0 ||
           vmc_phrase_match (d->w, d->n, last + 3, "<referv>") > 0))
    last++;
  /* with a plan, keep to the company's own words */
  if (plan && plan->company)
    {
      g_auto(GStrv) cw = g_strsplit (plan->company, " ", -1);

      while (last > first && !g_strv_contains ((const char * const *)cw, d->w[last]))
        last--;
    }
  add_element (d, VMC_ELEMENT_COMPANY, first, last);
}

static void
add_name (Detect        *d,
          guint          first,
          guint          last,
          const VmcPlan *plan)
{
  add_element (d, VMC_ELEMENT_NAME, first, last);
  for (guint j = last + 1; j < MIN (last + 4, d->n); j++)
    if (vmc_phrase_match_any (d->w, d->n, j, company_lead, NULL))
      {
        add_company_after (d, j, plan);
        break;
      }
}

static gboolean
is_recipient (const VmcPlan *plan,
              const char    *word)
{
  g_auto(GStrv) parts = NULL;

  if (!plan || !plan->recipient)
    return FALSE;
  parts = g_strsplit (plan->recipient, " ", -1);
  return g_strv_contains ((const char * const *)parts, word);
}

/* A word of the planned name, or such words joined as the recognizer may spell them
 * ("okafor-brandt") */
static gboolean
is_planned_word (GStrv       parts,
                 const char *word)
{
  g_auto(GStrv) bits = NULL;

  if (g_strv_contains ((const char * const *)parts, word))
    return TRUE;
  if (!strchr (word, '-'))
    return FALSE;
  bits = g_strsplit (word, "-", -1);
  for (guint i = 0; bits[i]; i++)
    if (!*bits[i] || !g_strv_contains ((const char * const *)parts, bits[i]))
      return FALSE;
  return TRUE;
}

static gboolean
find_name_from_plan (Detect        *d,
                     const VmcPlan *plan)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *planned = NULL;
  guint best_first = 0, best_last = 0;
  double best = 1.0;
  guint limit;
  gboolean found = FALSE;

  if (!plan || !plan->caller_name)
    return FALSE;
  parts = vmc_plan_get_name_words (plan);

  /* the planned words as the recognizer spelled them: the longest run of them, the first of
   * the longest ("... the one you've hugo on saturday ..." is not where "hugo penrose" is said) */
  for (guint k = 0; k < d->n; k++)
    {
      guint last = k;

      if (!is_planned_word (parts, d->w[k]) || d->in_number[k] || d->claimed[k])
        continue;
      while (last + 1 < d->n && is_planned_word (parts, d->w[last + 1]))
        last++;
      if (!found || last - k > best_last - best_first)
        {
          best_first = k;
          best_last = last;
          found = TRUE;
        }
      k = last;
    }
  if (found)
    {
      add_name (d, best_first, best_last, plan);
      return TRUE;
    }

  /* else by their sound: the stretch of one to four words early in the message that sounds
   * most like the name, or like its first or last word ("pretty raymond" for "priya raman",
   * "kaitlyn" for "caitlin") */
  planned = vmc_pronounce_words ((const char * const *)parts, g_strv_length (parts));
  if (!planned)
    return FALSE;
  limit = MIN (d->n, 40);
  for (guint k = 0; k < limit; k++)
    for (guint len = 1; len <= 4 && k + len <= limit; len++)
      {
        g_autofree char *heard = NULL;
        gboolean ok = TRUE;
        double dist;

        for (guint j = k; j < k + len && ok; j++)
          ok = !d->in_number[j] && !d->claimed[j] && !is_recipient (plan, d->w[j]) &&
               (j > k || !g_strv_contains (not_name, d->w[j])) &&
               !vmc_word_is_number_word (d->w[j]);
        if (!ok || g_strv_contains (not_name, d->w[k + len - 1]))
          continue;
        heard = vmc_pronounce_words (d->w + k, len);
        if (!heard)
          continue;
        dist = vmc_pronounce_distance (planned, heard);
        for (guint p = 0; parts[p] && g_strv_length (parts) > 1; p++)
          {
            g_autofree char *one = vmc_pronounce (parts[p]);

            /* one of the name's words, heard whole, counts a little less */
            if (one && len <= 2)
              dist = MIN (dist, vmc_pronounce_distance (one, heard) + 0.1);
          }
        if (dist < best)
          {
            best = dist;
            best_first = k;
            best_last = k + len - 1;
          }
      }
  g_debug ("planned name by its sound: %.2f at word %u", best, best_first);
  if (best > 0.34)
    return FALSE;
  add_name (d, best_first, best_last, plan);
  return TRUE;
}

/* The name after an introduction, from @at: name words ("priya raman"); or, after an
 * introduction that can only be followed by a name, whatever was heard up to the word that
 * closes the slot ("the name is | dee oh kay | from lakeside"). */
static gboolean
name_after_cue (Detect   *d,
                guint     at,
                gboolean  strong,
                guint    *first,
                guint    *last)
{
  if (name_word (d, at) && !vmc_phrase_match_any (d->w, d->n, at, company_lead, NULL))
    {
      *first = *last = at;
      if (name_word (d, at + 1) && !is_boundary (d, at + 1, NULL, -1, 0) &&
          !vmc_phrase_match_any (d->w, d->n, at + 1, company_lead, NULL))
        *last = at + 1;
      /* "it's chidi okafor brandt with kinetic": a third name word before the company */
      if (*last == at + 1 && name_word (d, at + 2) && !vmc_phrase_match_any (d->w, d->n, at + 2, company_lead, NULL) &&
          (vmc_phrase_match_any (d->w, d->n, at + 3, company_lead, NULL) || is_number_start (d, at + 3) ||
           vmc_phrase_match (d->w, d->n, at + 3, "here|calling") > 0))
        *last = at + 2;
      return TRUE;
    }
  if (!strong)
    return FALSE;
  /* "this is an | odd organs | with ...": a surname heard as words may come after an article */
  if (at + 1 < d->n && vmc_phrase_match (d->w, d->n, at, "a|an") > 0 && !g_strv_contains (not_name, d->w[at + 1]))
    at++;
  for (guint j = at; j < MIN (at + 4, d->n); j++)
    {
      if (d->in_number[j] || d->claimed[j] || vmc_word_is_number_word (d->w[j]) ||
          (j == at && g_strv_contains (not_name, d->w[j])))
        break;
      if (j > at && (vmc_phrase_match_any (d->w, d->n, j, name_closers, NULL) || word_gap (d, j) > 0.3))
        {
          *first = at;
          *last = j - 1;
          return TRUE;
        }
    }
  /* no word closed the slot, but a name stands in it: "this is a way | gallagher | would …",
   * "it's your neighbor | jill |" */
  for (guint j = MIN (at + 2, d->n - 1) + 1; j-- > at;)
    if (name_word (d, j) && !d->claimed[j] && !d->in_number[j])
      {
        *first = *last = j;
        if (j > at && name_word (d, j - 1) && !d->claimed[j - 1] && !d->in_number[j - 1])
          *first = j - 1;
        return TRUE;
      }
  return FALSE;
}

/* "hello linda, mike johnson here from acme": after the greeting and the listener's name,
 * one or two words followed closely by "here", "from", "with" or "calling". */
static gboolean
find_name_after_greeting (Detect        *d,
                          const VmcPlan *plan)
{
  static const char * const greetings[] = {
    "hi", "hello", "hey", "good morning|afternoon|evening", "morning", "afternoon", NULL
  };
  static const char * const after_name[] = {
    "here", "from", "with", "calling", "at", "over at", "and i'm", NULL
  };
  guint k = 0, len, skipped = 0;

  if (!vmc_phrase_match_any (d->w, d->n, 0, greetings, &len))
    len = 0;
  k = len;
  if (len > 0 && name_word (d, k) && (is_recipient (plan, d->w[k]) || name_word (d, k + 1) ||
                                      !vmc_phrase_match_any (d->w, d->n, k + 1, after_name, NULL)))
    k++;   /* the listener's name */
  while (k < d->n && !name_word (d, k) && skipped < 2 &&
         !vmc_phrase_match_any (d->w, d->n, k, boundaries, NULL))
    k++, skipped++;
  /* "marco, deb strand at northfield": the listener, then the caller's two names */
  if (len == 0 && name_word (d, k) && name_word (d, k + 1) && name_word (d, k + 2) &&
      vmc_phrase_match_any (d->w, d->n, k + 3, after_name, NULL))
    k++;
  if (!name_word (d, k) || is_recipient (plan, d->w[k]))
    return FALSE;
  for (guint j = k + 1; j < MIN (k + 4, d->n); j++)
    if (vmc_phrase_match_any (d->w, d->n, j, after_name, NULL))
      {
        guint last = (j > k + 1 && name_word (d, k + 1)) ? k + 1 : k;

        if (j > last + 3)
          return FALSE;
        add_name (d, k, last, plan);
        return TRUE;
      }
  return FALSE;
}

static void
find_name (Detect        *d,
           const VmcPlan *plan)
{
  guint len;

  if (find_name_from_plan (d, plan))
    return;

  for (guint k = 0; k < d->n; k++)
    {
      guint first = 0, last = 0;
      gboolean found = FALSE;

      if (d->claimed[k] || d->in_number[k])
        continue;
      if (vmc_phrase_match_any (d->w, d->n, k, name_cues, &len))
        {
          gboolean strong = vmc_phrase_match_any (d->w, d->n, k, strong_name_cues, NULL) ||
                            (k < 6 && vmc_phrase_match (d->w, d->n, k, "this+is|it's") > 0 &&
                             /* "it's critical we hear from you" introduces nobody */
                             vmc_phrase_match (d->w, d->n, k + len, "critical|important|urgent|essential|vital|crucial|imperative|about|regarding|concerning|time|been|not|really|very|so|too|quite|always|never|likely|possible|probably|going|getting|worth|best|easier|easy|hard|fine|ok|okay|great|good|nice|already|almost|nearly|still|now|past|late|early") == 0);

          /* "this is for dale and corinne" names the listeners */
          if (vmc_phrase_match (d->w, d->n, k + len, "for") > 0)
            continue;
          /* "it's" and "this is" introduce the caller at the start, not "whenever it's
           * convenient" later on */
          if (vmc_phrase_match (d->w, d->n, k, "it's|this|it|you've|you|hi|hey") > 0 && k > 12 &&
              !vmc_phrase_match_any (d->w, d->n, k, strong_name_cues, NULL))
            continue;
          found = name_after_cue (d, k + len, strong, &first, &last) &&
                  !is_recipient (plan, d->w[first]);
        }
      else if (vmc_phrase_match (d->w, d->n, k, "i'm|i+am") > 0 && k < 12)
        {
          guint at = k + (strcmp (d->w[k], "i'm") == 0 ? 1 : 2);

          /* "i'm sarah miller from ..." but not "i'm calling", "i'm only in on ..." */
          if (name_word (d, at) && (name_word (d, at + 1) ||
                                    vmc_phrase_match_any (d->w, d->n, at + 1, company_lead, NULL) ||
                                    vmc_phrase_match (d->w, d->n, at + 1, "and|calling|i") > 0))
            {
              first = at;
              last = name_word (d, at + 1) ? at + 1 : at;
              found = TRUE;
            }
        }
      else if (vmc_phrase_match (d->w, d->n, k, "here|calling|speaking") > 0 && k > 0 && k < 14 &&
               name_word (d, k - 1) && !is_recipient (plan, d->w[k - 1]) &&
               !(k + 1 < d->n && g_strv_contains ((const char * const[]){ "is", "are", "in", "at", "you", NULL },
                                                  d->w[k + 1])) &&
               !(strcmp (d->w[k], "calling") == 0 && k > 1 && vmc_phrase_match (d->w, d->n, k - 2, "i'm|am|be|was") > 0))
        {
          first = last = k - 1;
          if (first > 0 && name_word (d, first - 1) && !is_recipient (plan, d->w[first - 1]) &&
              !(first == 1 && k >= 3))
            first--;
          found = TRUE;
        }

      /* "... carlos vasquez | with redline": a known first name and another name word early,
       * before the company or the number ("sam, nick petrosyan, 312 ...", "ben tarkowski,
       * clearpath solar, 402 ..."), not the listener greeted ("hi angela | ben ...") */
      if (!found && (k < 8 || (k < 25 && vmc_phrase_match (d->w, d->n, k - 1, "is|it's|as|this|am|i'm") > 0)) &&
          name_word (d, k) && name_word (d, k + 1) &&
          (vmc_lexicon_lookup (d->w[k]) & VMC_LEXICON_NAME) && !is_recipient (plan, d->w[k]) &&
          !(k > 0 && vmc_phrase_match (d->w, d->n, k - 1, "hi|hello|hey|morning|afternoon|evening|dear|mr|mrs|ms|miss|mister|dr|doctor") > 0) &&
          (vmc_phrase_match (d->w, d->n, k + 2, "with|from|over+at|at") > 0 ||
           (k + 2 < d->n && strcmp (d->w[k + 2], d->w[k + 1]) == 0) ||
           vmc_phrase_match (d->w, d->n, k + 3, "with|from|over+at") > 0 || is_number_start (d, k + 2) ||
           (k + 3 < d->n && g_strv_contains (trade_words, d->w[k + 3]) && !name_word (d, k + 4)) ||
           (!name_word (d, k + 2) && (is_number_start (d, k + 3) || is_number_start (d, k + 4) ||
                                      is_number_start (d, k + 5)))))
        {
          first = k;
          last = k + 1;
          found = TRUE;
        }

      /* "tomasz, greta lindqvist. whenever ...", "hi joel, tamsin broadhurst, sparrow dental":
       * right after the listener's name, two name words and no third */
      if (!found && (k == 1 || (k == 2 && vmc_phrase_match (d->w, d->n, 0, "hi|hello|hey|morning|afternoon|evening") > 0)) &&
          name_word (d, k - 1) && name_word (d, k) && name_word (d, k + 1) && !name_word (d, k + 2) &&
          !is_recipient (plan, d->w[k]) && !is_recipient (plan, d->w[k + 1]) &&
          !vmc_phrase_match_any (d->w, d->n, k + 2, name_cues, NULL))
        {
          first = k;
          last = k + 1;
          found = TRUE;
        }

      if (found)
        {
          add_name (d, first, last, plan);
          return;
        }
    }
  find_name_after_greeting (d, plan);
}

/* ---- numbers -------------------------------------------------------------------------------- */

static gboolean
introduced_as_other_channel (Detect    *d,
                             VmcNumber *num)
{
  guint from = num->first_word > 5 ? num->first_word - 5 : 0;

  for (guint k = from; k < num->first_word; k++)
    if (vmc_phrase_match_any (d->w, d->n, k, (const char * const[]){
          "cell|cellphone|mobile|assistant|colleague|fax|home|personal", "text", "other number", "second number",
          "office line", "main line", "main number", NULL }, NULL))
      return TRUE;
  return FALSE;
}

/* A number of no phone number's length, within two digits of the other mention of it (or of
 * the planned number), was misheard: a quick "oh" is easily swallowed, a short word taken for
 * a digit. Numbers of a plausible length are left as heard, so that a wrong digit is still
 * caught. */
static void
repair_digits (VmcElement *e,
               const char *other)
{
  if (e && other && !vmc_number_is_plausible (e->digits) && vmc_number_is_plausible (other) &&
      vmc_digits_edit_distance (e->digits, other) <= 2)
    {
      g_free (e->digits);
      e->digits = g_strdup (other);
    }
}

static VmcElement *
add_number (Detect         *d,
            VmcElementKind  kind,
            VmcNumber      *num)
{
  VmcElement *e = add_element (d, kind, num->first_word, num->last_word);

  e->digits = g_strdup (num->digits);
  e->n_heard = (guint)strlen (num->digits);
  e->extension = g_strdup (num->extension);
  return e;
}

/* "my second line is ...", "try my other number": said to be another number */
static gboolean
said_as_another_number (Detect    *d,
                        VmcNumber *num)
{
  return said_before (d, num->first_word, 5, "second|other|another|backup|alternate line|number|phone");
}

static void
find_numbers (Detect        *d,
              const VmcPlan *plan)
{
  VmcNumber *first = NULL, *closing = NULL;
  guint first_i = 0;

  if (d->numbers->len == 0)
    return;

  /* the callback number: the planned one when it was said, else the first one that is not
   * introduced as another channel ("my cell is ...") */
  for (guint i = 0; i < d->numbers->len && !first; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (plan && plan->callback_number &&
          vmc_digits_edit_distance (num->digits, plan->callback_number) <= strlen (plan->callback_number) / 3)
        first = num, first_i = i;
    }
  for (guint i = 0; i < d->numbers->len && !first; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      /* ("my cell is ... again, ..." with no other number: the cell is the callback number) */
      if (!introduced_as_other_channel (d, num) || only_number_after (d, num->first_word))
        first = num, first_i = i;
    }
  if (!first)
    first = g_ptr_array_index (d->numbers, 0), first_i = 0;

  for (guint i = d->numbers->len; i-- > first_i + 1;)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);
      guint dist = vmc_digits_edit_distance (num->digits, first->digits);

      /* a number said as another line is the closing number only when it is the same:
       * "my second line is 615 202 3875" after 615 202 3870 is another line; one said after
       * "text" or "cell" may be the same misheard */
      if (!introduced_as_other_channel (d, num) || dist == 0 ||
          (dist <= MAX (strlen (first->digits), strlen (num->digits)) / 3 && !said_as_another_number (d, num)))
        {
          closing = num;
          break;
        }
    }

  {
    VmcElement *a = add_number (d, VMC_ELEMENT_NUMBER, first);
    VmcElement *b = closing ? add_number (d, VMC_ELEMENT_CLOSING_NUMBER, closing) : NULL;

    repair_digits (a, plan ? plan->callback_number : NULL);
    repair_digits (b, plan ? plan->callback_number : NULL);
    if (b)
      {
        repair_digits (a, b->digits);
        repair_digits (b, a->digits);
      }
  }
}

/* ---- the plan's own words ------------------------------------------------------------------ */

/* Words of a plan's note that say nothing of what it is about. */
static const char * const plan_stopwords[] = {
  "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from", "my",
  "your", "our", "their", "his", "her", "is", "be", "about", "re", "it", "that", "this", "me",
  "us", "you", "we", "i", NULL
};

static gboolean
sounds_like (const char *heard,
             const char *planned)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (strcmp (heard, planned) == 0)
    return TRUE;
  if (strlen (heard) < 3 || strlen (planned) < 3)
    return FALSE;
  a = vmc_pronounce (heard);
  b = vmc_pronounce (planned);
  return a && b && vmc_pronounce_distance (a, b) <= 0.25;
}

/* A part the rep planned ("met at the packaging expo in charlotte", "fifteen minutes to show
 * a marketing plan") and said in words no frame knows is found by the plan's own words: the
 * stretch of at most twelve unclaimed words that holds the most of them (two at least, or the
 * only one a short note has), by their sound. */
static void
find_planned (Detect         *d,
              VmcElementKind  kind,
              const char     *note)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) content = g_ptr_array_new ();
  guint best = 0, best_first = 0, best_last = 0, need;

  if (!note || vmc_elements_find (d->out, kind))
    return;
  parts = g_strsplit (note, " ", -1);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i] && !g_strv_contains (plan_stopwords, parts[i]))
      g_ptr_array_add (content, parts[i]);
  if (content->len == 0)
    return;
  need = MIN (2, content->len);

  for (guint k = 0; k < d->n; k++)
    {
      guint count = 0, last = k;
      g_autofree gboolean *used = g_new0 (gboolean, content->len);

      if (d->claimed[k] || d->in_number[k])
        continue;
      for (guint j = k; j < MIN (k + 12, d->n) && !d->claimed[j] && !d->in_number[j]; j++)
        for (guint c = 0; c < content->len; c++)
          if (!used[c] && sounds_like (d->w[j], g_ptr_array_index (content, c)))
            {
              used[c] = TRUE;
              count++;
              last = j;
              break;
            }
      /* the stretch starts at a word of the note */
      if (count > best && last >= k && count >= need)
        {
          gboolean starts = FALSE;

          for (guint c = 0; c < content->len && !starts; c++)
            starts = sounds_like (d->w[k], g_ptr_array_index (content, c));
          if (starts)
            {
              best = count;
              best_first = k;
              best_last = last;
            }
        }
    }
  if (best == 0)
    return;
  while (best_first > 0 && !d->claimed[best_first - 1] && !d->in_number[best_first - 1] &&
         g_strv_contains (lead_in, d->w[best_first - 1]) && word_gap (d, best_first) < 0.6)
    best_first--;
  for (guint r = 0; r < 8 && !is_boundary (d, best_last + 1, NULL, (int)kind, 0) &&
       !d->in_number[best_last + 1]; r++)
    best_last++;
  add_element (d, kind, best_first, best_last);
}

/* ---- the reason, where no frame announced it ------------------------------------------------- */

/* The last words of a message, after its last number, heard unsurely as something that
 * sounds like "thanks" or "thank you" ("cents", "sunk in"): a recognizer loses the closing
 * thanks to the silence after it, and the language model to the digits before it. */
static void
find_thanks_at_end (Detect *d)
{
  static const char * const thanks_words[][3] = {
    { "thanks", NULL }, { "thank", "you", NULL }, { "thanks", "bye", NULL },
  };
  guint from = 0;
  double best = 1.0;
  guint best_first = 0, best_last = 0;

  if (vmc_elements_find (d->out, VMC_ELEMENT_THANKS) || d->numbers->len == 0)
    return;
  from = ((VmcNumber *)g_ptr_array_index (d->numbers, d->numbers->len - 1))->last_word + 1;
  if (from + THANKS_AT_END_WORDS < d->n)
    from = d->n - THANKS_AT_END_WORDS;
  for (guint k = from; k < d->n; k++)
    for (guint len = 1; len <= 2 && k + len <= d->n; len++)
      {
        g_autofree char *heard = NULL;
        gboolean ok = TRUE;

        for (guint j = k; j < k + len; j++)
          ok &= !d->claimed[j] && !d->in_number[j] && word_at (d, j)->confidence < 0.9 &&
                vmc_lexicon_lookup (d->w[j]) != VMC_LEXICON_NAME;
        if (!ok || !(heard = vmc_pronounce_words (d->w + k, len)))
          continue;
        for (guint t = 0; t < G_N_ELEMENTS (thanks_words); t++)
          {
            g_autofree char *want = vmc_pronounce_words (thanks_words[t], g_strv_length ((char **)thanks_words[t]));
            double dist = want ? vmc_pronounce_distance (want, heard) : 1.0;

            if (dist < best)
              {
                best = dist;
                best_first = k;
                best_last = k + len - 1;
              }
          }
      }
  g_debug ("thanks at the end by its sound: %.2f", best);
  if (best <= THANKS_BY_SOUND_DISTANCE)
    add_element (d, VMC_ELEMENT_THANKS, best_first, best_last);
}

static double
mean_confidence (Detect *d,
                 guint   first,
                 guint   last)
{
  double sum = 0.0;

  for (guint k = first; k <= last; k++)
    sum += word_at (d, k)->confidence;
  return sum / (last - first + 1);
}

/* Most messages say why they call in the first sentence after the caller has said who they
 * are, in words no frame can list ("your card on file was declined", "the sellers have had
 * second showings"): when no frame announced a reason, the first clause of some length that no
 * other part took is taken for it. */
static gboolean
ask_starts_at (Detect *d,
               guint   k)
{
  for (guint i = 0; i < d->out->len; i++)
    {
      VmcElement *e = g_ptr_array_index (d->out, i);

      if ((e->kind == VMC_ELEMENT_ASK || e->kind == VMC_ELEMENT_DEMAND) && e->first_word == d->idx[k])
        return TRUE;
    }
  return FALSE;
}

static void
find_reason_by_position (Detect *d)
{
  guint from = 0;

  if (vmc_elements_find (d->out, VMC_ELEMENT_REASON))
    return;
  for (guint i = 0; i < d->out->len; i++)
    {
      VmcElement *e = g_ptr_array_index (d->out, i);

      if (e->kind == VMC_ELEMENT_NAME || e->kind == VMC_ELEMENT_COMPANY ||
          (e->kind == VMC_ELEMENT_NUMBER && e->start < 15.0))
        for (guint k = 0; k < d->n; k++)
          if (d->idx[k] == e->last_word)
            from = MAX (from, k + 1);
    }
  for (guint k = from; k < d->n; k++)
    {
      guint last = k, len;

      /* the reason comes before the request: what is left after it is no reason ("i'm around
       * most afternoons") */
      if (d->claimed[k] && ask_starts_at (d, k))
        return;
      if (d->claimed[k] || d->in_number[k])
        continue;
      if (vmc_phrase_match_any (d->w, d->n, k, pleasantries, &len) ||
          (vmc_phrase_match_any (d->w, d->n, k, reason_triggers, &len) && says_no_reason (d, k, len)))
        {
          k += len - 1;
          if (k + 1 < d->n && vmc_phrase_match (d->w, d->n, k + 1, "in|base|back") > 0)
            k++;
          continue;
        }
      while (last + 1 < d->n && last - k < 17 && !d->claimed[last + 1] && !d->in_number[last + 1] &&
             word_gap (d, last + 1) < 0.6)
        last++;
      if (last - k + 1 >= 5 && mean_confidence (d, k, last) >= REASON_BY_POSITION_CONFIDENCE)
        {
          add_element (d, VMC_ELEMENT_REASON, k, last);
          return;
        }
      k = last;
    }
}

/* ---- putting it together ---------------------------------------------------------------- */

static int
compare_elements (gconstpointer pa,
                  gconstpointer pb)
{
  const VmcElement *a = *(VmcElement **)pa, *b = *(VmcElement **)pb;

  if (a->first_word != b->first_word)
    return a->first_word < b->first_word ? -1 : 1;
  return (int)a->kind - (int)b->kind;
}

static gboolean
starts_a_question (GPtrArray *words,
                   guint      first)
{
  const char *w[3] = { NULL, NULL, NULL };
  guint n = 0;

  for (guint i = first; i < words->len && n < 3; i++)
    if (!((VmcWord *)g_ptr_array_index (words, i))->filler)
      w[n++] = ((VmcWord *)g_ptr_array_index (words, i))->word;
  return asks_a_question (w, n, 0);
}

/* Two clauses of one kind said one after the other are one part: "my assistant carla can set
 * it up | by email at carla at northwind dot com" (the address was found first). */
static void
join_adjacent (GPtrArray *out,
               GPtrArray *words)
{
  for (guint i = out->len; i-- > 1;)
    {
      VmcElement *prev = g_ptr_array_index (out, i - 1);
      VmcElement *next = g_ptr_array_index (out, i);
      gboolean between_fillers = TRUE;
      /* "we'll be looking for | either the full amount or a signed plan | no later than the
       * fifteenth": the deadline a demand runs on to is part of it */
      gboolean its_deadline = prev->kind == VMC_ELEMENT_DEMAND && next->kind == VMC_ELEMENT_DEMAND &&
                              next->first_word > prev->last_word && next->first_word - prev->last_word <= 12 &&
                              next->start - prev->end < 6.0 &&
                              g_strv_contains ((const char * const[]){ "no", "by", "before", "until", "till", "within", NULL },
                                               ((VmcWord *)g_ptr_array_index (words, next->first_word))->word);

      if (prev->kind != next->kind || prev->kind == VMC_ELEMENT_NAME || prev->kind == VMC_ELEMENT_NUMBER ||
          prev->kind == VMC_ELEMENT_CLOSING_NUMBER || prev->kind == VMC_ELEMENT_COMPANY ||
          next->first_word <= prev->last_word || (next->start - prev->end > JOIN_GAP_S && !its_deadline))
        continue;
      for (guint k = prev->last_word + 1; k < next->first_word && !its_deadline; k++)
        between_fillers &= ((VmcWord *)g_ptr_array_index (words, k))->filler;
      /* "... fifteen minutes? | and if you're not the right person, i'd appreciate a pointer":
       * a condition starts another request, and so does a question */
      if (!between_fillers || strcmp (((VmcWord *)g_ptr_array_index (words, next->first_word))->word, "if") == 0 ||
          (next->kind == VMC_ELEMENT_ASK && starts_a_question (words, next->first_word)))
        continue;
      prev->last_word = next->last_word;
      prev->end = next->end;
      g_free (prev->text);
      prev->text = words_text (words, prev->first_word, prev->last_word);
      g_ptr_array_remove_index (out, i);
    }
}

typedef struct
{
  VmcElementKind    kind;
  const ClauseSpec *spec;
} ClauseOrder;

/* The numbers among the words, and where each kind's frames start; anything found before
 * over other words is forgotten */
static void
find_frames (Detect            *d,
             const ClauseOrder *order,
             guint              n_order)
{
  g_clear_pointer (&d->numbers, g_ptr_array_unref);
  g_free (d->in_number);
  g_free (d->claimed);
  g_free (d->starts);
  d->numbers = vmc_find_numbers (d->w, d->n, 7);
  d->in_number = g_new0 (gboolean, d->n + 1);
  for (guint i = 0; i < d->numbers->len; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      for (guint k = num->first_word; k <= num->last_word; k++)
        d->in_number[k] = TRUE;
    }
  d->claimed = g_new0 (gboolean, d->n + 1);
  d->starts = g_new0 (guint, d->n + 1);
  for (guint k = 0; k < d->n; k++)
    for (guint o = 0; o < n_order; o++)
      {
        guint len;

        if (frame_at (d, k, order[o].spec, &len))
          d->starts[k] |= 1u << order[o].kind;
      }
}

/**
 * vmc_detect_elements:
 * @words: (element-type VmcWord): the recognized words
 * @plan: (nullable): the caller's plan
 *
 * Returns: (transfer full) (element-type VmcElement): the elements found, in order
 */
GPtrArray *
vmc_detect_elements (GPtrArray     *words,
                     const VmcPlan *plan)
{
  static const ClauseSpec ask = { ask_triggers, 4, 12, FALSE, NULL, ask_accept, 0, FALSE };
  static const ClauseSpec demand = { demand_triggers, 5, 16, FALSE, demand_lead_in, demand_accept,
                                     1u << VMC_ELEMENT_ASK | 1u << VMC_ELEMENT_REASON | 1u << VMC_ELEMENT_RAPPORT, FALSE };
  static const ClauseSpec rapport = { rapport_triggers, 3, 20, TRUE, NULL, rapport_accept, 0, FALSE };
  static const ClauseSpec alternate = { alternate_triggers, 5, 12, FALSE, NULL, alternate_accept, 0, TRUE };
  static const ClauseSpec window = { window_triggers, 8, 12, FALSE, window_lead_in, window_accept,
                                     1u << VMC_ELEMENT_ASK, FALSE };
  static const ClauseSpec reason = { reason_triggers, 2, 18, FALSE, NULL, reason_accept, 0, FALSE };
  static const ClauseSpec thanks = { thanks_triggers, 2, 6, FALSE, NULL, thanks_accept, 0, FALSE };
  Detect d = { 0 };
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_element_free);

  g_return_val_if_fail (words != NULL, out);

  d.words = words;
  d.w = g_new0 (const char *, words->len + 1);
  d.idx = g_new0 (guint, words->len + 1);
  for (guint i = 0; i < words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (words, i);

      if (!w->filler)
        {
          d.w[d.n] = w->word;
          d.idx[d.n++] = i;
        }
    }
  d.out = out;

  if (d.n > 0)
    {
      /* the clause kinds, the most telling first: a demand is not also an ask */
      const ClauseOrder order[] = {
        { VMC_ELEMENT_DEMAND, &demand }, { VMC_ELEMENT_TIME_WINDOW, &window },
        { VMC_ELEMENT_ALTERNATE_CONTACT, &alternate }, { VMC_ELEMENT_RAPPORT, &rapport },
        { VMC_ELEMENT_ASK, &ask }, { VMC_ELEMENT_REASON, &reason }, { VMC_ELEMENT_THANKS, &thanks },
      };

      find_frames (&d, order, G_N_ELEMENTS (order));
      /* frames heard as other words: the numbers and the frames again over the words read */
      if (respell_by_sound (&d))
        find_frames (&d, order, G_N_ELEMENTS (order));

      find_email_addresses (&d);   /* before the name: "priya at ..." is no introduction */
      find_name (&d, plan);
      find_numbers (&d, plan);
      for (guint o = 0; o < G_N_ELEMENTS (order); o++)
        {
          /* the planned rapport said in words no frame knows, before a reason takes them in
           * ("we were on the same shuttle from the airport ... | you mentioned ...") */
          if (plan && order[o].kind == VMC_ELEMENT_REASON)
            find_planned (&d, VMC_ELEMENT_RAPPORT, plan->rapport);
          find_clauses (&d, order[o].kind, order[o].spec);
        }
      if (plan)
        {
          find_planned (&d, VMC_ELEMENT_RAPPORT, plan->rapport);
          find_planned (&d, VMC_ELEMENT_ALTERNATE_CONTACT, plan->alternate_contact);
          find_planned (&d, VMC_ELEMENT_ASK, plan->ask);
        }
      find_reason_by_position (&d);
      find_thanks_at_end (&d);
    }

  g_ptr_array_sort (out, compare_elements);
  join_adjacent (out, words);
  g_clear_pointer (&d.numbers, g_ptr_array_unref);
  g_free (d.claimed);
  g_free (d.starts);
  g_free (d.in_number);
  g_free (d.idx);
  g_free (d.w);
  return out;
}
