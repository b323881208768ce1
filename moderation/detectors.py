"""Detectors: plain functions from text to findings, so they can be measured.

How they were built and what the figures mean (moderation/evaluation.py scores them;
bench/bench_moderation.py reports it):

- Session 1 wrote the detectors as phrase lists tuned on tests/moderation/data/
  crisis.jsonl and personal_details.jsonl (the "tuning" sample). They scored 1.0 there
  and, on a sample written later by someone who had not seen them
  (crisis_heldout.jsonl, personal_details_heldout.jsonl), crisis P 0.80 / R 0.13 and
  personal details P 0.87 / R 0.80: they had memorised, not generalised.
- Session 2 rebuilt the crisis detector around clinical structure (the Columbia C-SSRS
  ladder: wish to be dead, thoughts of suicide, method, intent and preparation; self-
  harm; a child in danger) with a small scorer: strong cues alone, weak cues only in
  combination. Both earlier samples were read while doing so, so BOTH are now
  development sets and their figures (1.0 after the change) say little about unseen
  posts. The honest estimate comes only from a sample written afterwards without
  reading this file (see the last bullet).
- The personal-details detector was widened the same way, conservatively (holding an
  innocent post is the costlier mistake there): obfuscated emails ("name [at] example
  dot org", "name at gmail dot com"), UK postcodes, a child's full name given as
  "I'm Jack Thompson's mum", "Team Ava Morrison" or "Noah Patel (age 9)", listed
  hospitals as typed ("Childrens", St./Saint, without "Hospital"), and a listed hospital
  named about the past or as an institution ("back in 2009", "did my training there")
  is set aside.
- Then, in rounds, the same engineer wrote 15-30 new crisis sentences and as many hard
  negatives, measured the detector on them BEFORE changing it, and then widened the
  cues (by concept, not by sentence) until they passed. Before-change figures on those
  rounds, the best available hint of how it does on unseen posts: recall 0.23, 0.53,
  0.44, 0.60, 0.33, 0.55, 0.45, 0.47, 0.25, 0.47 (never above 0.6; one round, heavy
  on children in danger told indirectly, found only 5 of 20), with
  0-2 false alarms per 15-30 negatives. Expect recall on a truly unseen sample well
  below the development figures (about half), and precision near 0.9-1.0. All
  those sentences stay in tests/moderation/test_detectors.py, including everyday
  hyperbole that must not page a moderator at 3am ("chemo is killing me", "I could
  kill for a coffee", "this week will be the death of me").

- Then a sample written independently, without reading this file
  (crisis_fresh.jsonl, personal_details_fresh.jsonl), measured it BEFORE anyone read
  that sample: crisis P 0.929 / R 0.578 (19 of 45 crisis posts missed, 2 false alarms
  among 55 hard negatives), personal details P 1.0 / R 0.571 per kind (most misses
  were hospitals outside evaluation.SAMPLE_HOSPITALS). Those are the best figures we
  have for unseen posts. The misses and false alarms were then read and fixed by cue
  family (common abbreviations like "kms"/"SH"; acquiring a rope or noose; asking
  whether a method shows up at a post mortem or how many tablets "it would take";
  "everyone would be relieved if I died"; someone who has worked out how they would do
  it; affairs put in order "before I go", letters to the family, possessions given
  away, a reunion with someone who died "all planned"; waiting to die and hastening
  it; counting kept medicine; hitting one's own body; an adult, a few words, then
  violence to a child; a weapon threatened at a child; a child not fed; a child
  telling of an adult at night or a secret; and set aside: a past crisis "back in
  2022" now recovered, a book or film plot). So the fresh samples are DEVELOPMENT
  sets now too (crisis 1.0 / 1.0 after the change says nothing about unseen posts).
  Personal details, by family too: names spelled with hyphens, Mc/Mac and
  apostrophes; "Mum of <full name>", "<full name> is 3" / ", she's 4", "<full name>
  was admitted"; any "<Town> Children's (Hospital)" or "Children's Hospital of <City>"
  and a short list of well-known centres families name without "Hospital" (Alder Hey,
  the Royal Marsden…; WELL_KNOWN_HOSPITALS, seeded into the moderators' editable
  list by migration 0002); a clinician giving a talk is institutional; US street directions ("N.") and
  "<Town> TX 78701". Personal details on the fresh sample: 1.0 / 1.0 after, now a
  development figure as well.
  Then four probes of new sentences written for this (not from any sample, and by the
  engineer who had just read this file, so flattering): the first found 15 of 20
  crisis sentences with 3 false alarms in 30 look-alikes, the second, in other voices
  (terse, non-native, teenage), only 9 of 20 with 2 false alarms in 25, a third
  (children in danger, self-harm, long posts) 9 of 15 with 2 false alarms in 15, a
  fourth 5 of 10 with 1 false alarm in 30 community look-alikes. All
  were then fixed by family and stay in the tests. Those figures (0.45-0.75) are the
  honest warning: each new voice still finds families missing.
  The unseen measures were then crisis_fresh2.jsonl and crisis_fresh3.jsonl: held
  P 0.75 / R 0.33 and P 0.83 / R 0.22, held or signposted 0.53 and 0.36.

- Session 3 read fresh2 and fresh3 (development sets now: evaluation.FRESH_2/FRESH_3)
  and added the families their misses fell into, each written as people write it:
  passive wishes (pray not to wake, hope a lorry or the infection takes me), worth
  more dead, "when he goes, I go", next time I won't fail, exhaust in a garage, a beam
  taking a grown man's weight, how much it would take for someone my size, medicine
  saved or kept instead of taken, standing at the edge of a high place for a long
  time, self-harm with a lighter or against a wall until the knuckles split, wounds
  opened on purpose, a child left alone for days, treatment withheld, pictures
  demanded of a child, an adult in a child's room and the child silenced, a parent
  afraid of hurting their child. It added a second, scored layer
  (_score_the_whole_post): weak cues counted across the whole post, so a letter
  written at the start and "my mind's made up" at the end hold the post; two
  different self-harm signs hold; one weak cue still only signposts (detect_concern).
  Then thirteen probes of invented sentences (test_detectors_families.py),
  each measured before changing anything and then fixed by family, found 8 of 30, 6 of
  25, 10 of 25, 0 of 30 (indirect language: acts, objects, logistics questions), 4 of
  22, 6 of 20, 7 of 18, 5 of 16, then, indirect again, 0 of 20, 0 of 16 and 0 of 15,
  then 1 of 12 and 2 of 12: 49 of 261 crisis sentences (0.19), with 5 of 50, 4 of 45,
  2 of 25, 1 of 40, 2 of 25 and then no false alarms in 128 look-alikes; two probes
  of look-alikes only raised 4 false alarms in 80, all from older cues and all in the
  first. Each new voice still found families missing, and
  indirect language (risk shown by what someone does, owns or asks, not by what they
  say they feel) was found not at all before its families were written: expect unseen
  recall well below the development figures, lowest on indirect posts. The unseen
  measures are now crisis_fresh4.jsonl and crisis_fresh5.jsonl, which nobody changing
  this file may read.

Speed matters: detect_crisis runs inside the posting transaction. Each pattern is only
searched in the sentences that hold one of its anchor words (tests check the anchors
never change a result), a unit none of whose anchors is in the post costs one set
check, one reading gives both the crisis kinds and the concern family, and a sentence
over 400 characters is read in pieces. CPU time on the shared 2-core session-3 machine
(load 4-5), end of session 3 against its start: a 1,650-character everyday post 0.51 ms
(0.50 before); a 2,000-character post made of the samples' everyday texts 1.2 ms (1.0
before); one made of their crisis texts 1.15 ms (0.65 before); a hostile post made only
of anchor words, in the worst of five shapes tried, 6.7 ms (7.2 before): slow, not
dangerous.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_I = re.IGNORECASE

# --- crisis language -------------------------------------------------------------------
#
# How it decides. The text is normalised the way people type on a phone (lower case,
# apostrophes dropped so "I'm"/"im" and "don't"/"dont" read the same, "wanna" → "want
# to", "u" → "you", "he'll" → "he will"). Then two kinds of cue are looked for:
#
# * strong cues fire on their own: they name suicide, self-harm or a child in danger
#   plainly enough that one is reason to page someone (e.g. "kill myself", "thoughts of
#   overdosing", "cutting again", "shook the baby", "not safe at home");
# * weak cues, ordered after the Columbia (C-SSRS) ladder, fire only in combination
#   within a sentence and the one after it: hopelessness, being gone/ending, a method
#   or means, a time or moment, a preparatory act, hiding it. Two different kinds, one
#   of them ending/means/preparation, make a crisis ("I have the rope in the garage" +
#   "I just need everyone to be asleep"); one alone never does ("tonight", "pills").
#
# A strong cue is set aside when it is negated just before ("I'm not suicidal", "never
# thought of ending it"), asked about in a clinical screening ("the nurse asked if…"),
# institutional ("suicide prevention week", "self-harm awareness leaflet"), accidental
# ("hurt herself falling off the bed", "cut himself shaving"), a known idiom ("kill
# myself laughing") or a past crisis shared from recovery ("I used to self-harm… well
# for twenty years"). Everyday hyperbole ("chemo is killing me", "dying to know", "the
# death of me", "could kill for a coffee") contains no cue at all: cues need a self
# ("myself", "my life"), a wish or a plan, not a death word alone.


@dataclass(frozen=True)
class CrisisCue:
    """One reason detect_crisis fired, for the moderator: kind, cue name, the words."""

    kind: str  # suicide | self_harm | child_danger
    cue: str
    text: str


_PHONE_TYPING = {
    "wanna": "want to",
    "gonna": "going to",
    "u": "you",
    "meself": "myself",
    "cannot": "cant",
}
_SPELLING = re.compile(
    r"\b(?:wanna|gonna|u|meself|cannot)\b|\bmy\s+self\b(?!-)"
    r"|\b(?:i\s+am|i\s+have|i\s+would|i\s+had|can\s+not|do\s+not|will\s+not|is\s+not|"
    r"are\s+not)\b"
)
_CONTRACTED = {"am": "m", "have": "ve", "would": "d", "had": "d"}


def _respell(m: re.Match) -> str:
    words = m.group(0)
    if words in _PHONE_TYPING:
        return _PHONE_TYPING[words]
    first, last = words.split()[0], words.split()[-1]
    if first == "my":
        return "myself"
    if first == "i":
        return "i" + _CONTRACTED[last]
    if first == "can":
        return "cant"
    return {"do": "dont", "will": "wont", "is": "isnt", "are": "arent"}[first]


def _normalise(text: str) -> str:
    """Lower case, apostrophes dropped, phone typing and contractions read alike."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    if "'ll" in text:
        text = re.sub(r"'ll\b", " will", text)
    return _SPELLING.sub(_respell, text.replace("'", ""))


_SELVES = r"(?:myself|himself|herself|themselves|themself)"
_CHILD = (
    r"(?:son|sons|daughter|daughters|child|children|kids?|babys?|babies|toddlers?|boy|girl|"
    r"brothers?|sisters?|youngest|eldest|stepson|stepdaughter|twins|grandson|granddaughter|niece|nephew|"
    r"little\s+ones?|teen|teenager|\d{1,2}\s*(?:year|yr)\s*old|\d{1,2}\s*(?:yo|y/o|yrs?)\b)"
)
_CHILD_OBJECT = (
    r"(?:my|our|the|his|her|their)\s+(?:(?:little|youngest|eldest|oldest|older|younger|"
    r"baby|big|two|three|\d+)\s+)?" + _CHILD
)
_FAMILY_SUBJECT = (
    r"(?:(?:mums|moms|mams|dads)\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|husband|wife|bf|"
    r"gf|fiance|fiancee)|(?:my|our|his|her|their|the)\s+(?:\w+\s+){0,2}?(?:husband|wife|partner|ex|boyfriend|"
    r"girlfriend|bf|gf|dad|father|mum|mom|mother|stepdad|stepmum|stepmom|stepfather|"
    r"stepmother|uncle|grandad|grandpa|babysitter|childminder|nanny|lodger|teacher|"
    r"coach|neighbour|neighbor|carer|tutor|priest|leader))"
)
_ADULT_SUBJECT = (
    r"(?:he|she|they|hes|shes|theyre|theyve|someone|somebody|a\s+man|a\s+woman|"
    r"(?:mums|moms|mams|dads)\s+(?:new\s+)?(?:boyfriend|girlfriend|partner|husband|wife|"
    r"bf|gf|fiance|fiancee)|"
    r"(?:my|our|his|her|their|the)\s+(?:\w+\s+){0,2}?(?:husband|wife|partner|ex|boyfriend|"
    r"girlfriend|bf|gf|dad|father|mum|mom|mother|stepdad|stepmum|stepmom|stepfather|"
    r"stepmother|uncle|aunt|auntie|grandad|grandpa|grandma|nan|gran|babysitter|"
    r"(?:brother|sister|father|mother|son|daughter)-?in-?law|family\s+friend|"
    r"childminder|nanny|neighbour|neighbor|teacher|coach|carer|lodger|friend)|i)"
)
_INTENT = (
    r"(?:going\s+to|will|want\s+to|wants\s+to|wanted\s+to|ready\s+to|plan(?:ning)?\s+to|"
    r"decided\s+to|about\s+to|thought\s+about|thinking\s+about|think\s+about|"
    r"thought\s+of|thinking\s+of|could|might|tempted\s+to|urge\s+to)"
)
#: Words _MEDS cannot match without: the anchors of a unit that starts with a medicine.
_MEDS_ANCHORS = (
    *("pills", "pill", "tablets", "tablet", "meds", "medication", "medicine"),
    *("paracetamol", "acetaminophen", "tylenol", "ibuprofen", "morphine", "oxycodone"),
    *("oxy", "oramorph", "painkillers", "sleeping", "antidepressants", "insulin"),
    *("codeine", "codamol", "tramadol", "diazepam", "valium", "zopiclone", "temazepam"),
    *("amitriptyline", "sertraline", "fentanyl", "methadone", "opioids", "benzos"),
)
_MEDS = (
    r"\b(?:pills?|tablets?|meds|medications?|medicine|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|morphine|oxycodone|oxy|oramorph|painkillers|sleeping\s+(?:pills|tablets)|"
    r"antidepressants|insulin|codeine|co-codamol|tramadol|diazepam|valium|zopiclone|"
    r"temazepam|amitriptyline|sertraline|fentanyl|methadone|opioids|benzos)"
)


@dataclass(frozen=True)
class _Unit:
    keys: tuple[str, ...]  # whole short words, or "#" + the first five letters
    pattern: re.Pattern


def _u(anchors: tuple[str, ...], *parts: str) -> _Unit:
    """A pattern, and the words at least one of which it cannot match without.

    Only the sentences that hold one of those words are searched, which keeps a long
    post well under a millisecond. An anchor of five letters or more stands for every
    word starting with its first five letters, so "overdose" also admits "overdosing".
    """
    keys = {a if len(a) < _STEM else "#" + a[:_STEM] for a in anchors}
    _VOCABULARY.update(keys)
    return _Unit(keys=tuple(sorted(keys)), pattern=re.compile("".join(parts)))


_STEM = 5
_VOCABULARY: set[str] = set()  # every key of every unit
_VIOLENCE_WORDS = (
    *("hit", "hits", "hitting", "beat", "beats", "beating", "punch", "kick", "kicks"),
    *("kicked", "kicking", "slap", "slaps", "slapped", "slapping", "shook", "shake"),
    *("shakes", "shaking", "throws", "threw", "throwing", "choke", "chokes", "choked"),
    *("choking", "strangl", "burn", "burns", "burnt", "burned", "burning", "bit"),
    *("bites", "biting", "hurt", "hurts", "hurting", "harm", "harms", "harmed"),
    *("harming", "lock", "locks", "locked", "locking", "starv", "abuse", "abused"),
    *("abuses", "abusing", "molest", "rape", "raped", "raping", "smack", "smacks"),
    *("smacked", "smacking", "whip", "whips", "whipped", "whipping", "pushed"),
    *("pushing", "pushes", "shoved", "shoving", "dragged", "dragging", "drags"),
)
_VIOLENCE = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch\w*|kick|kicks|kicked|kicking|slap\w*|"
    r"shook|shake|shakes|shaking|throws|threw|throwing|chok\w*|strangl\w*|burn\w*|bit|"
    r"bites|biting|hurt|hurts|hurting|harm\w*|lock|locks|locked|locking|starv\w*|"
    r"abus\w*|molest\w*|rape|raped|raping|smack\w*|whip\w*|push\w*|shov\w*|drag\w*)"
)
_NOT_BY_ACCIDENT = (
    r"(?!\s+(?:falling|fell|shaving|lifting|cooking|playing|slipping|tripping|"
    r"by\s+accident|accidentally|on\s+(?:the|a)\b|against|laughing))"
)

# (kind, cue, third_person, units). A third-person cue in a post about a child also
# reports child_danger.
_STRONG: list[tuple[str, str, bool, list[_Unit]]] = [
    # C-SSRS 1: wish to be dead, not to wake up
    (
        "suicide",
        "wish to be dead",
        False,
        [
            _u(
                ("die",),
                r"\b(?:want|wanting|wish|wishing|long|longing|ready|plan\w*)\s+to\s+die\b",
                r"(?!\s+(?:of|from)\s+(?:embarrassment|shame|laughing|laughter|boredom))",
            ),
            _u(
                ("wish",),
                r"\bwish\s+(?:i|id)\s+(?:was|were|had|could)\s+(?:be\s+)?",
                r"(?:dead|died|never\s+been\s+born|not\s+here)",
            ),
            _u(
                ("dead",),
                r"\b(?:rather|better\s+off)\s+(?:be\s+|being\s+)?dead\b",
                r"(?!\s+than\s+(?:wear|eat|be\s+seen)\b)",
            ),
            _u(
                ("off", "happier", "easier", "better"),
                r"\b(?:better\s+off|happier|easier|better)\s+(?:for\s+everyone\s+)?",
                r"(?:without\s+me|if\s+i\s+(?:was|were)\s+(?:dead|gone|not\s+(?:here|around))",
                r"|if\s+i\s+(?:just\s+)?(?:wasnt|werent)\s+(?:here|around|alive)|if\s+i\s+died",
                r"|if\s+i\s+didnt\s+exist|if\s+i\s+(?:just\s+)?(?:vanished|disappeared|",
                r"went\s+away\s+for\s+good))\b",
            ),
            _u(
                (
                    "existing",
                    "exist",
                    "disappear",
                    "vanish",
                    "dead",
                    "gone",
                    "alive",
                    "living",
                ),
                r"\b(?:want|wanted|wanting|wish|wishing|need)\s+to\s+(?:just\s+)?",
                r"(?:stop\s+existing|stop\s+being\s+alive|stop\s+living|not\s+exist|",
                r"cease\s+to\s+exist|not\s+be\s+alive|",
                r"be\s+dead|be\s+gone\s+for\s+good|disappear\s+(?:for\s+good|forever|",
                r"and\s+never\s+come\s+back)|vanish\s+forever)\b",
            ),
            _u(
                ("think", "know"),
                r"\bdont\s+(?:think|know\s+if)\s+i\s+want\s+to\s+(?:be\s+alive|live|",
                r"be\s+here|go\s+on|exist)\b",
            ),
            _u(
                ("want",),
                r"\b(?:dont|no\s+longer|never)\s+want\s+to\s+(?:be\s+alive|live|be\s+here|",
                r"exist|wake\s+up|go\s+on|carry\s+on|keep\s+going|keep\s+living|",
                r"be\s+alive\s+any\s*more)\b",
            ),
            _u(
                ("sleep", "asleep", "eyes"),
                r"\b(?:fall\s+asleep|go\s+to\s+sleep|sleep|close\s+my\s+eyes)\s+and\s+(?:just\s+)?",
                r"(?:not|never)\s+(?:have\s+to\s+)?(?:come\s+back|open\s+them\s+again)\b|",
                r"(?<!could\s)(?<!honestly\s)\b(?:sleep|go\s+to\s+sleep|fall\s+asleep)\s+",
                r"(?:forever(?!\s+(?:after|this|today|tonight|when|lol|haha))|",
                r"and\s+(?:never|not)\s+wake)",
                r"|\b(?:sleep|slept)\s+and\s+(?:never|not|didnt|dont|wouldnt)\s+(?:wake|woke)\b",
                r"|\b(?:sleep|asleep)\s+and\s+stay\s+asleep\b",
            ),
            _u(
                ("wake", "deserve", "trust"),
                r"\b(?:hop(?:e|es|ed|ing)|pray\w*|wish\w*)\s+(?:i|that\s+i)\s+",
                r"(?:dont|never|wont|wouldnt|didnt)\s+",
                r"wake\s+up",
                r"|\bi\s+(?:\w+\s+)?deserve\s+to\s+(?:die|be\s+dead)\b",
                r"|\bdont\s+trust\s+myself\b(?!\s+(?:to\s+(?:drive|cook|choose|pick|remember|make|",
                r"decide)|with\s+(?:money|chocolate|cake|biscuits|wine)))",
            ),
            _u(
                ("join", "with"),
                r"\b(?:want|wanting|wish|long|longing|ready|going|need)\s+to\s+",
                r"(?:join|be\s+with)\s+(?:him|her|them|my\s+\w+)\s+",
                r"(?:soon|again|in\s+heaven|tonight|now)\b",
                r"|\bjoin\s+(?:him|her|them)\s+(?:soon|in\s+heaven|tonight)\b",
            ),
        ],
    ),
    (
        "suicide",
        "no reason to live",
        False,
        [
            _u(
                ("reason", "point"),
                r"\bno\s+(?:reason|point)\s+(?:(?:to|in|of)\s+)?(?:live|living|go\s+on|",
                r"going\s+on|carry\s+on|carrying\s+on|be\s+here|being\s+here|",
                r"being\s+alive|stay\s+alive|life)\b",
            ),
            _u(
                ("point",),
                r"\bwhats\s+the\s+point\s+(?:of|in)\s+(?:living|going\s+on|carrying\s+on|",
                r"being\s+here|being\s+alive|life|me)\b",
            ),
            _u(
                ("live", "living"),
                r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bcant\s+(?:go\s+on|keep)\s+living\b",
            ),
            _u(
                ("tired",),
                r"\btired\s+of\s+(?:living|being\s+alive|life)\b(?!\s+(?:out|in|with|on|like|at|off|from))",
            ),
            _u(
                ("notice", "care", "miss"),
                r"\b(?:nobody|no\s+one|no-one)\s+would\s+(?:even\s+|really\s+)?",
                r"(?:notice|care|miss\s+me)\s+if\s+(?:i|id|im)\s+(?:\w+\s+)?(?:was|were|wasnt|",
                r"werent|died|disappeared|vanished|went|left|ended|killed|didnt|stopped|never|",
                r"gone|dead|here)\b(?!\s+(?:doing|cooking|cleaning|washing|ironing|tidying|",
                r"nagging|buying|making|paying|posting|wearing|the\b|for\s+(?:a|the|one)\b))",
            ),
        ],
    ),
    # C-SSRS 2-3: thoughts of suicide, of a method
    (
        "suicide",
        "thoughts of suicide",
        False,
        [
            _u(
                ("myself",),
                r"\b(?:kill|killing|killed|hang|hanging|hanged|unalive|unaliving)\s+myself\b",
            ),
            _u(
                ("life",), r"\b(?:end|ending|take|taking|took)\s+my\s+(?:own\s+)?life\b"
            ),
            _u(
                ("end", "ending"),
                r"\bend(?:ing)?\s+it\s+all\b",
                r"|\b(?:want|wanted|going|plan\w*|ready|decided|about|thinking|thought|think|like|",
                r"im|ill|i\s+will)",
                r"\s+(?:to\s+|of\s+|about\s+)?end(?:ing)?\s+(?:it|things|everything)\b",
                r"(?!\s+(?:with|there|between)\b)",
            ),
            _u(
                ("thought", "think"),
                r"\b(?:thought|thoughts|thinking|think)\s+(?:about|of)\s+(?:overdos\w*|",
                r"jump\w*|hanging|suicide|dying|not\s+being\s+here|not\s+waking|",
                r"stepping\s+(?:off|out|in\s+front)|throwing\s+myself|using\s+it\s+on\s+myself|",
                r"driving\s+into|crashing|taking\s+(?:all|every|an\s+overdose)|",
                r"harming\s+myself|hurting\s+myself|killing\s+myself|",
                r"ending\s+(?:it|my\s+life|things))",
            ),
            _u(
                ("suicid",),
                r"\bsuicid(?:al|e)\s+(?:thoughts|feelings|ideation|plan|attempt|note|letter)",
                r"|\b(?:im|feel|feeling|felt|been|getting|get|becoming|am|was)\s+",
                r"(?:(?!not\b|never\b|no\b)\w+\s+){0,2}suicidal\b",
                r"|\b(?:commit|committing|attempt|attempting|attempted)\s+suicide\b",
            ),
            _u(("sewerslide",), r"\bsewerslide\b"),
        ],
    ),
    (
        "suicide",
        "method or means",
        False,
        [
            _u(
                (
                    "stockpil",
                    "hoard",
                    "stash",
                    "saving",
                    "saved",
                    "collecting",
                    "squirrel",
                ),
                r"\b(?:stockpil\w+|hoard\w*|stash\w*|saving\s+up|saved\s+up|collecting|",
                r"squirrel\w*)\s+(?:\w+\s+){0,3}?",
                _MEDS,
                r"\b",
            ),
            _u(
                ("take", "taking", "takes", "took", "swallow"),
                r"\b(?:i|im|ive|id|to|will|just|and|gonna)\s+(?:take|took|taking|swallow\w*)\s+",
                r"(?:all|every|every\s+one|the\s+lot|a\s+whole\s+(?:bottle|box|pack|packet))",
                r"\s+(?:of\s+)?(?:(?:my|the)\s+)?(?:\w+\s+){0,2}?",
                _MEDS,
                r"\b(?!\s+(?:to|back|in\s+to|with|on\s+time|as)\b)",
            ),
            _u(
                ("overdose",),
                r"\b(?:take|took|taking|do|did)\s+an\s+overdose\b",
                r"|\b(?:will|going\s+to|want\s+to|could|might|ready\s+to)\s+overdose\b",
            ),
            _u(
                ("many", "much", "long"),
                r"\bhow\s+long\s+(?:it\s+takes|does\s+it\s+take|would\s+it\s+take)\s+to\s+",
                r"(?:bleed\s+out|die|drown|suffocate|hang)\b|",
                r"\bhow\s+(?:many|much)\s+(?:\w+\s+){0,2}(?:it\s+takes|does\s+it\s+take|",
                r"would\s+it\s+take|to\s+take)\s+to\s+(?:die|kill|overdose)",
                r"|\bhow\s+(?:many|much)\s+(?:\w+\s+){0,2}(?:would|will|could)\s+",
                r"(?:kill|be\s+fatal\s+for|be\s+lethal\s+for)\s+(?:me|a\s+person|someone)\b",
            ),
            _u(("dose",), r"\b(?:lethal|fatal)\s+dose\s+of\b"),
            _u(
                ("hosepipe", "exhaust", "charcoal"),
                r"\b(?:car|garage)\b[^.!?]{0,50}?\b(?:hosepipe|exhaust\s+pipe|charcoal)\b",
                r"|\b(?:hosepipe|exhaust\s+pipe|charcoal)\b[^.!?]{0,50}?\b(?:car|garage)\b",
            ),
            _u(
                ("took", "taken", "swallowed", "swallow", "take", "taking"),
                r"\b(?:took|taken|swallowed|swallow|take|taking)\s+(?:a\s+load\s+of|loads\s+of|",
                r"lots\s+of|a\s+handful\s+of|handfuls\s+of|a\s+bunch\s+of|too\s+many|",
                r"a\s+whole\s+(?:box|bottle|pack|packet)\s+of|an\s+overdose\s+of)\s+",
                r"(?:(?:his|her|my|their|the)\s+)?(?:\w+\s+)?",
                _MEDS,
                r"\b",
            ),
            _u(
                ("stupid", "drastic", "silly"),
                r"\b(?:will|might|could|going\s+to|gonna|scared|afraid|worried|before)\s+",
                r"(?:\w+\s+){0,3}?do\s+something\s+(?:stupid|drastic|silly)\b",
            ),
            _u(
                ("saving", "stockpiling", "hoarding", "keeping", "collecting"),
                _MEDS,
                r"\b[^.!?]{0,60}?\b(?:saving|stockpiling|hoarding|collecting)\s+(?:them|it)\b",
            ),
            _u(
                ("feel", "feeling", "think", "thinking", "wake"),
                r"\b(?:sleep|asleep)\s+and\s+(?:never|not)\s+(?:have\s+to\s+)?",
                r"(?:feel|think|wake)\w*\b[^.!?]{0,30}?\b(?:ever\s+again|forever|again)\b",
            ),
            _u(
                (
                    *("die", "dying", "dead", "end", "ending", "kill", "killing"),
                    *("disappear", "here", "alive", "exist", "existing", "overdose"),
                    *("overdosing", "jump", "jumping", "hang", "hanging"),
                ),
                # I (want|wish|need|plan|think about…) to (die|end it|disappear…)
                r"\b(?:i|im|ive|id)\s+(?:(?!not\b|never\b|no\b|dont\b|didnt\b|wont\b|",
                r"wouldnt\b|cant\b)\w+\s+){0,3}?(?:want|wanna|wish|need|long|ready|planning|",
                r"plan|thinking\s+(?:about|of)|think\s+(?:about|of)|thought\s+(?:about|of)|",
                r"tempted|decided|hope)\w*\s+(?:to\s+|about\s+|of\s+)?(?:just\s+)?(?:die|",
                r"dying|be\s+dead|end(?:ing)?\s+(?:it|things|everything|my\s+life)|",
                r"kill(?:ing)?\s+myself|disappear\w*(?!\s+(?:to|for|on|off|into|with|from)\b)|",
                r"not\s+(?:be\s+)?(?:here|alive|exist\w*)|overdos\w*|",
                r"jump\w*\s+(?:off|from|in\s+front)|hang(?:ing)?\s+myself)\b",
                r"(?!\s+(?:with|between)\b)(?![^.!?]*\b(?:embarrass\w*|mortified|cringe\w*)\b)",
            ),
            _u(
                ("cancer", "something", "accident", "car", "takes", "spreads"),
                r"\b(?:hope|hoping|wish|wishing|pray|praying)\w*\s+(?:that\s+)?(?:the\s+cancer|",
                r"it|something|a\s+car|an\s+accident)\s+(?:\w+\s+){0,2}?(?:spreads?\s+to\s+me|",
                r"gets\s+me|takes\s+me|kills\s+me|hits\s+me)\b",
            ),
            _u(
                ("easy",),
                r"\b(?:thinking|think|thought|wonder\w*)\s+(?:about\s+)?how\s+easy\s+it\s+",
                r"(?:would|could|will|might)\s+be\b",
            ),
            _u(
                ("care",),
                r"\b(?:dont|wouldnt|do\s+not|no\s+longer)\s+care\s+(?:if|whether)\s+i\s+",
                r"(?:wake\s+up|live|die|dont\s+wake\s+up|never\s+wake\s+up|survive)\b",
            ),
            _u(
                ("wine", "vodka", "whisky", "whiskey", "gin", "alcohol", "booze"),
                r"\b(?:ive\s+got|got|have|bought|kept|saved|with)\b[^.!?]{0,40}?",
                _MEDS,
                r"\b[^.!?]{0,40}?\b(?:vodka|whisky|whiskey|gin|wine|alcohol|booze)\b",
            ),
            _u(
                ("wake", "survive", "come"),
                r"\bmake\s+sure\s+(?:i|that\s+i)\s+(?:dont|never|wont)\s+(?:wake\s+up|survive|",
                r"come\s+back)\b",
            ),
            _u(
                ("imagin", "picturing", "fantasis", "fantasiz"),
                r"\b(?:imagin\w*|picturing|fantasi[sz]\w*)\s+(?:about\s+)?(?:crashing|jumping|",
                r"overdos\w*|dying|hanging|not\s+waking|ending\s+it|killing\s+myself|",
                r"driving\s+into|stepping|being\s+dead|my\s+funeral)\b",
            ),
            _u(
                ("walk", "walking", "swim", "swimming", "wade", "wading"),
                r"\b",
                _INTENT,
                r"\s+(?:\w+\s+){0,2}?(?:walk|walking|swim|swimming|wade|wading)\s+(?:out\s+)?",
                r"into\s+(?:the\s+)?(?:sea|river|lake|ocean|water|traffic|canal)\b",
            ),
            _u(
                ("stood", "standing", "stand", "sat", "sitting"),
                r"\b(?:stood|standing|stand|sat|sitting)\s+(?:on|at)\s+(?:the\s+)?(?:edge\s+of\s+",
                r"(?:the\s+)?)?(?:bridge|roof|cliff|ledge|railway|tracks|platform\s+edge)\b",
                r"[^.!?]{0,30}?\b(?:for\s+(?:an\s+hour|hours|ages|a\s+long\s+time|a\s+while)|",
                r"last\s+night|thinking|again)\b",
            ),
            _u(
                ("myself",),
                r"\b(?:knife|blade|razor|lighter|belt|cord|scissors)\b[^.!?]{0,60}?\b",
                r"(?:on|at|into|against)\s+myself\b",
            ),
            _u(
                ("ways", "way"),
                r"\b(?:painless|quick|quickest|easy|easiest|best)\s+(?:ways?|methods?)\s+to\s+",
                r"(?:die|kill|end\s+it)\b",
                r"|\b(?:ways?|how|methods?)\s+to\s+(?:end\s+it|end\s+my\s+life|kill\s+myself|",
                r"die\s+(?:quickly|painlessly|without)|do\s+it\s+(?:quickly|painlessly)|",
                r"not\s+wake\s+up)\b",
            ),
            _u(
                ("whole", "entire", "everything", "every", "whatever", "all"),
                r"\b(?:i|im|to|will|gonna|just|and)\s+(?:take|took|taking|swallow\w*|down|",
                r"neck)\s+(?:everything|every\s+pill|all\s+the\s+pills|whatever)\s+(?:in|from)\s+",
                r"(?:the|my)\s+(?:(?:medicine|bathroom|kitchen)\s+)?(?:cabinet|cupboard|drawer|",
                r"medicine\s+box)\b",
                r"|\b(?:i|im|to|will|gonna|just|and)\s+(?:take|took|taking|swallow\w*|down|",
                r"neck)\s+(?:the\s+|a\s+)?(?:whole|entire)\s+(?:bottle|box|pack|packet|lot|",
                r"supply|strip)\b",
            ),
            _u(
                ("how",),
                r"\bhow\s+to\s+(?:kill\s+(?:myself|yourself)|die\s+painlessly|end\s+it)\b",
            ),
            _u(
                ("jump", "jumping"),
                r"\b",
                _INTENT,
                r"\s+(?:\w+\s+){0,2}?(?:jump|jumping)\s+(?:off|from|in\s+front\s+of)\b",
            ),
            _u(
                ("drive", "driving", "crash", "crashing", "steer"),
                r"\b",
                _INTENT,
                r"\s+(?:\w+\s+){0,2}?(?:drive|driving|crash|crashing|steer)\s+",
                r"(?:the\s+car\s+|my\s+car\s+)?(?:into|off)\s+(?:the|a)\s+",
                r"(?:river|canal|lake|sea|wall|tree|bridge|cliff|lorry|truck|oncoming)",
                r"|\b(?:going\s+to|will|want\s+to|ready\s+to|thinking\s+(?:about|of))\s+",
                r"(?:crash|crashing|wreck|wrecking)\s+(?:the|my)\s+car\b",
            ),
            _u(
                ("front",),
                r"\b(?:step|stepping|walk|walking|throw|throwing)\s+(?:myself\s+)?",
                r"in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|lorry|truck|car)",
            ),
        ],
    ),
    # C-SSRS 4-6: intent and preparatory acts
    (
        "suicide",
        "intent or preparation",
        False,
        [
            _u(
                ("goodbye", "suicide"),
                r"\b(?:goodbye|suicide)\s+(?:letter|note|message|video)s?\b",
            ),
            _u(
                ("ends",),
                r"\b(?:tonight|tomorrow|today|soon|this\s+weekend)\s+(?:it|this|everything)",
                r"\s+(?:all\s+)?ends\b",
                r"|\b(?:it|everything|this)\s+(?:all\s+)?ends\s+(?:tonight|tomorrow|today)\b",
            ),
            _u(
                ("forever", "good", "permanently"),
                r"\b(?:want|wanted|need)\s+(?:it|everything|this|it\s+all|this\s+pain|the\s+pain|",
                r"this\s+life|my\s+life)\s+(?:all\s+)?",
                r"to\s+(?:stop|end|be\s+over),?\s+(?:forever|for\s+good|permanently)",
            ),
            _u(("disappear",), r"\bdisappear\w*\s+(?:for\s+good|forever)\b"),
            _u(
                ("follow", "going", "go"),
                r"\b(?:dies|die|passes|goes)\b[^.!?]{0,40}?\b(?:im|i\s+will|ill|i\s+am)\s+",
                r"(?:going|go|follow\w*)\s+(?:with\s+|after\s+)?(?:her|him|them)\b",
                r"(?!\s+(?:to|into|in|for)\b)",
            ),
        ],
    ),
    # Someone else (often a child) wants to die or is hurting themselves.
    (
        "suicide",
        "someone else wants to die",
        True,
        [
            _u(
                (
                    *("die", "kill", "life", "hurt", "harm", "cut", "jump", "throw"),
                    *("hang", "overdose", "dead", "alive", "heaven", "plan"),
                ),
                r"\b(?:he|she|they|hes|shes|theyre)\s+(?:\w+\s+){0,2}?(?:wants?|wanted|",
                r"plans?|planning|tried|trying|threaten\w*|going)\s+to\s+",
                r"(?:(?:kill|hurt|harm|cut)\s+",
                _SELVES,
                r"|end\s+(?:his|her|their)\s+life)\b",
                r"|\b(?:he|she|they|hes|shes|theyre)\s+",
                r"(?:(?!doesnt|dont|didnt|never|not|isnt|wont)\w+\s+){0,2}?(?:wants?|",
                r"plans?|planning|tried|trying|threaten\w*)\s+to\s+(?:die|go\s+to\s+heaven|",
                r"be\s+dead|not\s+be\s+alive)\b",
                r"|\b(?:has|had|made|got)\s+a\s+plan\s+to\s+(?:take|end)\s+(?:his|her|their)\s+",
                r"(?:own\s+)?life\b|\b(?:has|had|made|got)\s+a\s+plan\s+to\s+kill\s+",
                r"(?:himself|herself|themselves)\b",
                r"|\b(?:he|she|they|hes|shes|theyre)\s+",
                r"(?:(?!doesnt|dont|didnt|never|not|isnt|wont)\w+\s+){0,2}?wanted\s+to\s+",
                r"(?:die|go\s+to\s+heaven)\b(?![^.!?]*\bbut\b)",
                r"|\b(?:threaten\w*|tried|trying|going|wants?)\s+to\s+(?:jump\s+(?:off|from|out)|",
                r"throw\s+(?:himself|herself|themselves)|hang\s+(?:himself|herself|themselves)|",
                r"overdose|take\s+an\s+overdose)\b",
            ),
            _u(
                ("want",),
                r"\b(?:he|she|they|hes|shes)\s+(?:doesnt|dont|didnt)\s+want\s+to\s+",
                r"(?:live|be\s+alive|be\s+here)\b",
            ),
            _u(
                (
                    "deserves",
                    "deserve",
                    "writing",
                    "wrote",
                    "talking",
                    "talks",
                    "drawing",
                ),
                r"\b(?:he|she|they|hes|shes)\s+(?:\w+\s+)?deserves?\s+to\s+(?:die|be\s+dead)\b",
                r"|\b(?:writing|wrote|written|talking|talks|talked|posting|posted|drawing|drew)\s+",
                r"(?:\w+\s+)?about\s+(?:killing|hurting|harming|cutting)\s+",
                r"(?:himself|herself|themselves)\b",
                r"|\b(?:writing|wrote|written|talking|talks|talked|posting|posted)\s+(?:\w+\s+)?",
                r"about\s+(?:wanting\s+to\s+die|suicide|not\s+wanting\s+to\s+live)\b",
            ),
            _u(
                ("wishes",),
                r"\bwishes\s+(?:he|she|they)\s+(?:was|were|had)\s+(?:dead|never\s+been\s+born)",
                r"|\bwishes\s+(?:he|she|they)\s+(?:was|were)\s+never\s+born\b",
            ),
            _u(
                ("suicid",),
                r"\b(?:is|seems|sounds|be|being|looks)\s+(?:(?!not\b|never\b)\w+\s+)?suicidal\b",
            ),
            _u(
                ("search", "googl", "looking", "looked"),
                r"\b(?:searching|searched|search|googling|googled|looking\s+up|looked\s+up)",
                r"\s+(?:\w+\s+){0,2}how\s+(?:to\s+(?:die|kill)|many\s+\w+)",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            _u(
                ("myself",),
                r"\b(?:cut|cuts|cutting|burn|burns|burnt|burned|burning|hit|hits|hitting|",
                r"hurt|hurts|hurting|harm|harms|harming|scratch\w*|punch\w*|bite|bites|",
                r"biting|starv\w*|strangl\w*|chok\w*|bang\w*|bruis\w*)\s+myself\b",
                _NOT_BY_ACCIDENT,
            ),
            _u(
                ("self", "selfharm"),
                r"\bself[-\s]?harm(?:ing|ed|s)?\b(?!\s+(?:awareness|charity|leaflets?|",
                r"research|training|services?|team|support|prevention|week|day|",
                r"resources?|course|policy|questions?|screening|section|box|item))",
            ),
            _u(
                ("cutting", "harming", "burning"),
                r"\b(?:started|start|been|back\s+to|am|im)\s+",
                r"(?:cutting|self[-\s]?harming|burning\s+myself)\b",
                r"(?!\s+(?:out|up|back|down|through|the|a|an|his|her|their|our|paper|",
                r"hair|fabric|it|them|things|pictures|shapes|corners|costs|sugar|carbs|",
                r"my\s+(?:own\s+)?(?:hair|nails|fringe|food|losses|hours)))",
                r"|\b(?:cutting|self[-\s]?harming|burning\s+myself)\s+again\b",
            ),
            _u(
                ("purpose", "deliberately", "intentionally"),
                r"\b(?:cut|cutting|burn\w*|hit\w*|hurt\w*|scratch\w*|punch\w*|bang\w*)\s+",
                r"(?:my|myself|his|her|their|himself|herself)\b",
                r"(?!\s+(?:own\s+)?(?:hair|fringe|nails|fingernails|toenails|losses|hours|fringe|",
                r"toast|dinner|tea|food|bread|sandwich|crusts|tags?|labels?|jeans|clothes)\b)",
                r"(?:\s+\w+){0,6}?\s+(?:on\s+purpose|deliberately|intentionally)\b",
            ),
            _u(
                ("until", "till", "til"),
                r"\b(?:scratch|pick|cut|hit|punch|bite|bang|claw)\w*\s+(?:at\s+)?",
                r"(?:my|his|her)\s+(?:skin|arms?|legs?|wrists?|thighs?|hands?|head|face|",
                r"stomach)\s+(?:until|till|til)\s+(?:it|they|i|he|she)\s+(?:bleed|bruise)",
                r"|\b(?:hit|punch|cut|scratch|burn|bang)\w*\s+(?:\w+\s+){0,3}?myself\s+",
                r"(?:until|till|til)\b",
                r"|\b(?:hit|punch|bang|scratch|cut|pick|bite|bit|claw|dig|dug)\w*\s+",
                r"(?:\w+\s+){0,10}?(?:until|till|til)\s+(?:(?:my|his|her|it|they|i|he|she)\s+",
                r"(?:\w+\s+)?(?:bleed|bled|bleeds|bruise|bruised|bruises|blister\w*)\b|",
                r"(?:theres|there\s+is|i\s+see|i\s+can\s+see)\s+blood\b)",
            ),
            _u(
                ("cuts", "scars", "harm", "burns"),
                r"\b(?:hide|hides|hiding|hid|cover\w*)\s+(?:up\s+)?",
                r"(?:the\s+|my\s+|his\s+|her\s+)?(?:cuts|scars|self[-\s]?harm|burns)\b",
            ),
            _u(
                ("razor",),
                r"\b(?:found|find|finding)\s+(?:a\s+|the\s+)?razor\s+blades?\b",
            ),
            _u(
                ("cut",),
                r"\b(?:i|and|ive|just|i\s+just)\s+cut\s+(?:myself\s+)?(?:again|last\s+night|",
                r"tonight|today|this\s+morning|yesterday|deep|deeper)\b",
            ),
            _u(
                (
                    *(
                        "sliced",
                        "slit",
                        "slashed",
                        "carved",
                        "gouged",
                        "cut",
                        "slicing",
                    ),
                    *("cutting", "cuts", "raw", "open", "bloody", "bits"),
                ),
                r"\b(?:sliced|slit|slashed|carved|gouged|slicing|slashing|carving)\s+",
                r"(?:open\s+)?(?:my|his|her|their)\s+(?:\w+\s+)?(?:arms?|wrists?|legs?|",
                r"thighs?|stomach|skin)\b",
                r"|\bcut(?:s|ting)?\s+(?:open\s+)?(?:my|his|her|their)\s+(?:wrists?|arms?|",
                r"thighs?)\b",
                r"|\b(?:scratch|cut|burn|pick|claw|tear|tore)\w*\s+(?:at\s+)?(?:my|his|her|their)\s+",
                r"(?:arms?|legs?|wrists?|thighs?|skin|hands?|face)\s+(?:raw|open|bloody|to\s+bits)\b",
            ),
            _u(
                ("with",),
                r"\b(?:scratch|cut|carv|burn|stab|scrap)\w*\s+(?:at\s+)?(?:my|his|her|their)\s+",
                r"(?:arms?|legs?|wrists?|skin|thighs?|hands?|stomach)\s+with\s+(?:a|the|his|",
                r"her|my)\s+(?:compass|blade|razor|knife|scissors|lighter|pin|needle|glass|",
                r"pencil\s+sharpener|sharpener|(?:hair\s+)?straighteners?|iron|cigarettes?|",
                r"kettle|candle|match(?:es)?)\b",
            ),
            _u(
                ("blade", "razor", "blades"),
                r"\b(?:sit|sat|sitting|hold|holding|held|hide|hiding)\s+(?:\w+\s+){0,6}?with\s+",
                r"(?:a|the|my)\s+(?:blade|razor|razor\s+blade)\b",
            ),
            _u(
                ("until", "till"),
                r"\b(?:bang|hit|punch|scratch|cut|bite|pick)\w*\s+(?:my|myself)\b[^.!?]{0,40}?",
                r"\b(?:until|till)\s+i\s+(?:cant|can\s+not|feel|calm|stop|go\s+numb)\b",
            ),
            _u(
                ("feel",),
                r"\b(?:punch|hit|cut|burn|scratch|bang|hurt|harm)\w*\s+(?:\w+\s+){0,3}?to\s+feel\s+",
                r"(?:something|anything|better|the\s+pain|alive|real)\b",
            ),
            _u(
                ("cuts", "cut"),
                r"\b(?:covered\s+in|fresh|new|more)\s+cuts\b|\bcuts\s+again\b",
            ),
            _u(
                ("started", "keep", "been", "stop"),
                r"\b(?:started|keep|kept|been|cant\s+stop)\s+(?:cutting|burning|scratching|",
                r"hitting|punching|bruising|stabbing|pulling\s+out)\s+(?:my|at\s+my)\s+",
                r"(?:arms?|legs?|wrists?|thighs?|hands?|skin|stomach|face|head)\b",
                r"|\b(?:started|keep|kept|been|cant\s+stop)\s+pulling\s+my\s+hair\s+out\b",
                r"(?!\s+(?:over|about|with|trying|because|at|for|waiting)\b)",
            ),
            _u(
                ("cuts", "scars", "burns", "marks"),
                r"\b(?:found|noticed|seen|saw|has|had|got|hiding|covered\s+in)\s+(?:\w+\s+)?",
                r"(?:cuts|scars|burns|marks)\s+(?:all\s+)?(?:over|on|up)\s+(?:his|her|my|",
                r"their)\s+(?:arms?|legs?|wrists?|thighs?|stomach|tummy)\b(?!\s+from\b)",
            ),
        ],
    ),
    (
        "self_harm",
        "someone else self-harming",
        True,
        [
            _u(
                ("himself", "herself", "themselves", "themself"),
                r"\b(?:has\s+been|have\s+been|been|keeps|kept|is|are|started|starting|hes|",
                r"shes|theyre)\s+(?:\w+\s+)?(?:cutting|burning|hurting|harming|hitting|",
                r"scratching|starving|punching)\s+(?:himself|herself|themselves|themself)\b",
                _NOT_BY_ACCIDENT,
            ),
        ],
    ),
    # A child in danger.
    (
        "child_danger",
        "violence to a child",
        False,
        [
            _u(
                _VIOLENCE_WORDS,
                r"\b",
                _ADULT_SUBJECT,
                r"\s+(?:\w+\s+){0,2}?",
                _VIOLENCE,
                r"\s+",
                _CHILD_OBJECT,
                r"\b(?!\s+(?:at|in\s+a\s+(?:race|game)|to\s+it))",
                # a toddler biting a sibling is not an adult hurting a child
                r"(?![^.!?]*\b(?:toddlers?|joys\s+of|siblings?|typical|normal|phase)\b)",
            ),
            _u(
                _VIOLENCE_WORDS,
                r"\b",
                # not the one told: "tells the teacher they pushed him"
                r"(?<!tell\s)(?<!tells\s)(?<!told\s)(?<!telling\s)(?<!ask\s)(?<!asked\s)",
                _FAMILY_SUBJECT,
                r"\s+(?:\w+\s+){0,2}?",
                _VIOLENCE,
                r"\s+(?:me|him|her|them|us)\b(?!\s+(?:at|in\s+a\s+(?:race|game)|to\s+it))",
            ),
            _u(
                ("shook", "shake", "shaking", "shaken"),
                r"\b(?:shook|shake|shaking|shaken)\s+(?:the\s+|my\s+|our\s+)?baby\b",
            ),
            _u(
                ("throws", "threw", "throwing", "throw"),
                r"\b",
                _ADULT_SUBJECT,
                r"\s+(?:\w+\s+){0,2}?(?:throws|threw|throwing|throw)\s+(?:\w+\s+){0,2}?at\s+",
                r"(?:the\s+kids|the\s+children|the\s+baby|",
                _CHILD_OBJECT,
                r")\b",
            ),
            _u(
                ("belt", "stick", "cable", "spoon", "slipper", "shoe"),
                r"\b(?:hit|hits|hitting|beat\w*|smack\w*|whip\w*|belt\w*|slap\w*)\s+",
                r"(?:\w+\s+){0,6}?with\s+(?:a|the|his|her|my)\s+(?:belt|stick|cable|",
                r"wooden\s+spoon|slipper|shoe)\b",
            ),
            _u(
                ("force", "forces", "forced", "makes", "made"),
                r"\b(?:forces|forced|force|makes|made)\s+(?:her|him|them|",
                _CHILD_OBJECT,
                r")\s+(?:to\s+)?(?:sleep|stay|live|stand)\s+(?:in|outside)\s+",
                r"(?:the\s+|a\s+)?(?:shed|garage|cellar|car|garden|cold|dark|cupboard)\b",
                r"(?![^.!?]*\b(?:drives?|journeys?|trips?|loves?\s+it|camping|tent)\b)",
            ),
            _u(
                ("hear", "heard", "hearing"),
                r"\b(?:hear|heard|hearing)\s+(?:\w+\s+){0,3}?(?:slapping|hitting|smacking|",
                r"punching|beating|thuds|screaming\s+for\s+help)\b",
            ),
            _u(
                ("throat", "neck", "hair"),
                r"\b(?:grab\w*|held|hold\w*|pin\w*|drag\w*|pull\w*|lift\w*|pick\w*)\s+",
                r"(?:\w+\s+){0,3}?by\s+the\s+(?:throat|neck|hair)\b",
            ),
            _u(
                ("threat",),
                r"\bthreat\w*\s+to\s+(?:kill|hurt|harm|take)\s+(?:the\s+(?:kids|children|baby)|",
                r"us|me|them|him|her|",
                _CHILD_OBJECT,
                r")",
            ),
            _u(
                ("touch",),
                r"\b",
                _FAMILY_SUBJECT,
                r"\s+(?:\w+\s+)?touch(?:es|ed|ing)\s+(?:her|him|them|me)\b(?!\s+(?:\w+\s+)?",
                r"(?:hand|hands|arm|arms|head|face|cheek|shoulder|hair|forehead|gently|",
                r"softly|lightly|back|feet|foot|tummy)\b)",
            ),
            _u(
                ("touch",),
                r"\btouch\w*\s+(?:him|her|them|my\s+\w+)\s+(?:inappropriately|",
                r"down\s+there|in\s+(?:his|her|their)\s+private)",
            ),
            _u(
                ("abused",),
                r"\b(?:being|been|was|is)\s+(?:sexually\s+|physically\s+)?abused\b",
            ),
            _u(
                ("lock", "locks", "locked", "locking"),
                r"\b(?:lock|locks|locked|locking)\s+(?:\w+\s+){0,3}?in\s+(?:the|a|his|her)\s+",
                r"(?:cupboard|cellar|shed|cage|garage|wardrobe|closet)\b",
            ),
        ],
    ),
    (
        "child_danger",
        "unsafe at home",
        False,
        [
            _u(
                ("safe",),
                r"\b(?:isnt|arent|not|never|dont\s+feel|doesnt\s+feel)\s+safe\s+",
                r"(?:at\s+home|with\s+(?:him|her|them|his|my|their|our))",
            ),
            _u(
                ("home",),
                r"\b(?:scared|afraid|frightened|terrified)\s+(?:to\s+go|of\s+going)\s+",
                r"(?:back\s+)?home\b(?=[^.!?]*\b(?:hits?|hitting|beat\w*|hurt\w*|drunk|",
                r"angry|rage|temper|shout\w*|scream\w*|violent|abus\w*|him|dad|stepdad)\b)",
            ),
            _u(
                ("scared", "afraid", "frightened", "terrified", "worried", "fear"),
                r"\b(?:scared|afraid|frightened|terrified|worried)\s+(?:that\s+)?",
                r"(?:i|im|he|she|they|hes|shes|theyre|(?:my|our)\s+\w+)\s+(?:(?:is|are)\s+)?",
                r"(?:will|might|could|would|may|going\s+to)\s+",
                r"(?:\w+\s+){0,2}?(?:hurt|harm|kill|shake|hit)\s+(?:the\s+baby|the\s+kids|",
                r"the\s+children|him|her|them|",
                _CHILD_OBJECT,
                r")",
            ),
            _u(
                ("left", "leaves", "leaving", "leave"),
                r"\b(?:left|leaves|leaving|leave)\s+(?:her|him|them|the\s+baby|the\s+kids|",
                _CHILD_OBJECT,
                r")\s+(?:alone\s+)?(?:in\s+the\s+(?:car|cold|heat|dark)|outside|",
                r"home\s+alone|alone)\s+(?:\w+\s+){0,2}?(?:for\s+(?:hours|days|ages|the\s+night)|",
                r"overnight|all\s+(?:day|night))",
            ),
            _u(
                ("did", "hit"),
                r"\b(?:black\s+eye|bruises?|bruised|marks|burns?|cuts?)\b[^.!?]{0,60}?\b",
                r"(?:says|said|told\s+(?:me|us))\s+(?:that\s+)?(?:(?:her|his|their|my)\s+)?",
                r"(?:\w+\s+){0,2}?(?:did\s+(?:it|that|this)|hit\s+(?:her|him|them)|",
                r"hurt\s+(?:her|him|them))\b",
            ),
            _u(
                ("hard",),
                r"\b(?:grabbed|squeezed|pinched|gripped|yanked|twisted|hit|slapped)\s+",
                r"(?:her|his|their)\s+(?:arm|wrist|neck|face|leg|ear|hair)\s+so\s+hard\b",
            ),
            _u(
                ("locked",),
                r"\b(?:the\s+kids|the\s+children|the\s+baby|him|her|them|",
                _CHILD_OBJECT,
                r")\s+locked\s+in\s+(?:the|a|his|her|their)\s+(?:car|room|bedroom|cupboard|shed|",
                r"garage|cellar|house|flat)\b",
            ),
            _u(
                ("away", "missing"),
                r"\b(?:ran|run|running)\s+away\b[^.!?]{0,60}?\b(?:texted|messaged|said|wont|",
                r"isnt\s+answering|not\s+answering|hasnt\s+come)",
                r"|\b(?:has\s+gone|went|is|gone|been)\s+missing\b",
            ),
            _u(
                ("neck", "throat"),
                r"\b(?:hands?|arms?|fingers)\s+(?:a?round|on|over)\s+(?:her|his|their|",
                _CHILD_OBJECT,
                r"s?)\s+(?:neck|throat)\b",
            ),
            _u(
                ("secret", "tell"),
                r"\btouch\w*\s+(?:him|her|them|me)\b[^.!?]{0,60}?\b(?:keep\s+it\s+(?:a\s+)?secret|",
                r"our\s+secret|not\s+to\s+tell|dont\s+tell)\b",
            ),
            _u(
                ("safe",),
                r"\bcant\s+keep\s+(?:him|her|them|the\s+kids|the\s+baby|",
                _CHILD_OBJECT,
                r")\s+safe\b",
                r"|\bsafe\s+from\s+(?:him|her|them|his\s+\w+|her\s+\w+|their\s+\w+|my\s+\w+)\b",
            ),
            _u(
                ("feed", "feeding", "fed"),
                r"\b(?:dont|doesnt|never|wont|arent|isnt|not)\s+(?:\w+\s+)?(?:feed|feeding|fed)\s+",
                r"(?:him|her|them|the\s+kids|the\s+baby|",
                _CHILD_OBJECT,
                r")\b",
            ),
            _u(
                ("knife", "gun", "hammer", "weapon", "bat", "machete"),
                r"\b(?:going\s+for|went\s+for|came\s+at|coming\s+at|threaten\w*|attack\w*|",
                r"chas\w*|pointed)\s+(?:\w+\s+){0,3}?(?:the\s+kids|the\s+children|the\s+baby|",
                r"us|me|",
                _CHILD_OBJECT,
                r")\s+with\s+(?:a|the|his|her)\s+(?:knife|gun|hammer|weapon|bat|machete)\b",
            ),
            _u(
                ("alone",),
                r"\b(?:toddler|baby|kids|children|little\s+ones?|\d\s*year\s*old)\s+",
                r"(?:is\s+|are\s+|gets\s+|get\s+)?(?:always\s+|often\s+|left\s+)*",
                r"(?:outside\s+|home\s+|in\s+the\s+car\s+)?alone\s+(?:at\s+night|all\s+night|",
                r"for\s+(?:hours|days)|overnight)",
            ),
            _u(
                ("alone",),
                r"\b(?:leaves|left|leaving|leave)\s+(?:\w+\s+){0,2}?(?:kids|children|baby|",
                r"toddler|little\s+ones?)\s+(?:home\s+)?alone\s+(?:for\s+(?:hours|days|",
                r"the\s+night|the\s+weekend)|overnight|all\s+(?:day|night|weekend))",
            ),
        ],
    ),
    (
        "child_danger",
        "medical emergency",
        True,
        [
            _u(
                ("breath",),
                r"\b(?:isnt|not|stopped|cant|struggling)\s+breath(?:e|ing)\b",
                r"(?!\s+on\s+(?:his|her|their)\s+own)",
                r"|\b(?:having|has|got)\s+(?:\w+\s+)?(?:trouble|difficulty|problems)\s+",
                r"breathing\b",
                r"(?!\s+on\s+(?:his|her|their)\s+own)",
            ),
            _u(
                ("blue", "grey", "gray"),
                r"\b(?:lips|face|skin|fingers)\s+(?:are\s+|is\s+)?(?:going|turning|gone|",
                r"went|turned)\s+(?:blue|grey|gray)\b|\bturning\s+blue\b",
            ),
            _u(
                ("floppy", "unresponsive", "limp"),
                r"\b(?:hes|shes|is|baby|they|theyre|and|now)\s+(?:\w+\s+)?",
                r"(?:floppy|unresponsive|limp)\b(?!\s+(?:with|from)\s+(?:tiredness|",
                r"exhaustion|fatigue|sleep|tired))",
            ),
            _u(
                ("wake", "waking"),
                r"\b(?:he|she|they|baby)\s+(?:\w+\s+){0,2}?(?:wont|doesnt|isnt|cant)\s+",
                r"wak(?:e|ing)\s+up\b|\b(?:wont|cant)\s+wake\s+(?:him|her|them)\b",
            ),
            _u(
                ("seizure", "fit", "fitting"),
                r"\b(?:seizure|fit|fitting)\s+(?:\w+\s+){0,3}?(?:wont|isnt|hasnt)\s+stop",
            ),
        ],
    ),
]

# Session 2, last round: cue families found missing on the fresh sample (each written as
# a family, not a sentence; tests/moderation/test_detectors.py holds new sentences of
# each family, crisis and harmless look-alikes).
_STRONG += [
    (
        "suicide",
        "common abbreviation",
        False,
        [
            # "kms" (kill myself), but not kilometres ("ran 5 kms", "40 kms away") nor
            # the counterfactual joke ("I'd kms if I had to sit through that").
            _u(
                ("kms",),
                r"(?<!\d)(?<!\d\s)(?<!\bid\s)(?<!would\s)\bkms\b(?!\s+(?:away|from|to|per|each|a\s+day|an\s+hour|",
                r"run|walk|ride|round|further|later|lol|lmao|haha))",
            ),
            _u(
                ("unalive", "unaliving", "sewerslide", "sewer"),
                r"\bunaliv\w*\s+(?:myself|me)\b|\bsewer\s?slide\w*\b",
                r"|\b(?:want|going|might|thinking\s+(?:about|of)|plan\w*|urges?|ready)\s+",
                r"(?:to\s+)?unaliv\w*",
            ),
        ],
    ),
    (
        "self_harm",
        "common abbreviation",
        False,
        [
            # "SH" for self-harm: relapsing into it, urges, doing it.
            _u(
                ("sh", "self", "selfharm", "cutting"),
                r"\b(?:relaps\w*|slipped\s+up)\s+(?:with|into|on)\s+",
                r"(?:sh|self[-\s]?harm\w*|cutting)\b",
                r"|\bsh\s+(?:again|urges?|relapse|last\s+night|tonight|today)\b",
                r"|\b(?:did|done|urges?\s+to|want\s+to|started|i)\s+sh\b",
            ),
        ],
    ),
    (
        "suicide",
        "acquiring a means",
        False,
        [
            # Bought / ordered / got hold of a rope, a noose, a ligature; not a swing,
            # a skipping rope or one for the dog.
            _u(
                ("rope", "noose", "ligature"),
                r"\b(?:bought|buy|buying|ordered|got|got\s+hold\s+of|picked\s+up|found|",
                r"fetched|made|tied)\s+",
                r"(?:a|an|some|the|enough|my)\s+(?:(?:long|thick|strong|new|proper|old)\s+)?",
                r"(?:rope|noose|ligature)\b(?!\s+(?:swing|ladder|lights?|toy|for|to\s+(?:tie|",
                r"secure|fix|hang\s+(?:the|a|some|his|her|our)|climb)))",
                r"(?![^.!?]*\b(?:climb\w*|swing|tent|boat|dog|tug|skipping|washing|garden|",
                r"camping|craft\w*|decorat\w*|macrame|gym|knots?))",
            ),
            # Enough tablets "to" do something, not to last the winter.
            _u(
                ("enough",),
                r"\b(?:bought|buy|ordered|got|saved|collected)\s+enough\s+(?:\w+\s+)?",
                _MEDS,
                r"\s+to\b(?!\s+(?:last|get\s+(?:us|him|her|me|them)\s+through|see\s+|cover|",
                r"keep|take\s+(?:on|away|with)|fill|share))",
            ),
        ],
    ),
    (
        "suicide",
        "researching a method",
        False,
        [
            # Whether a method would be found after death; how many tablets "it would take".
            _u(
                ("autopsy", "mortem", "toxicology", "tox"),
                r"^(?![^.!?]*\b(?:coroner|pathologist|inquest|police)\b)[^.!?]*?",
                r"(?:\b(?:whether|if)\s+(?:\w+\s+){0,4}?|\b(?:would|will|does|do|can)\s+",
                r"(?:\w+\s+){0,3}?my\s+(?:\w+\s+){0,2}?)",
                r"(?:shows?\s+up|would\s+show|will\s+show|",
                r"(?:is|be|would\s+be)\s+(?:detected|detectable|traceable|found))\s+",
                r"(?:up\s+)?(?:on|in)\s+(?:a|an|the)?\s*(?:autopsy|post\s*mortem|",
                r"toxicology|tox\s+screen)\b",
            ),
            _u(
                ("take",),
                r"\bhow\s+(?:many|much)\s+(?:\w+\s+){0,2}?",
                _MEDS,
                r"?\s*(?:\w+\s+)?(?:(?:would|will)\s+it|it\s+(?:would|will))\s+take",
                r"(?=\s*$|\s+(?:to\s+(?:die|kill|end|not\s+wake|be\s+(?:fatal|enough)|",
                r"do\s+it)))",
            ),
            _u(
                ("painless", "quickest", "easiest", "painful", "surest"),
                r"\b(?:painless|quickest|easiest|least\s+painful|surest)\s+way\s+to\s+",
                r"(?:die|go\s+to\s+sleep\s+forever|end\s+it|end\s+my\s+life|overdose)\b",
            ),
        ],
    ),
    (
        "suicide",
        "others relieved if I died",
        False,
        [
            _u(
                ("relieved", "relief", "easier", "happier", "glad", "better"),
                r"\bif\s+i\s+(?:just\s+)?(?:died|was\s+gone|were\s+gone|wasnt\s+here|",
                r"disappeared|was\s+dead|were\s+dead)\b",
                r"(?!\s+(?:for|on|to|away|out|a\s+(?:week|day|few|couple|night)|overnight|",
                r"all|longer|abroad|at|in|with|from)\b)[^.!?]{0,60}?\b(?:relieved|a\s+relief|",
                r"easier|happier|glad|better\s+off)\b",
                r"|\b(?:relieved|a\s+relief|glad)\b[^.!?]{0,30}?\bif\s+i\s+(?:just\s+)?",
                r"(?:died|was\s+gone|were\s+gone|wasnt\s+here|disappeared|was\s+dead)\b",
            ),
        ],
    ),
    (
        "suicide",
        "someone has a plan",
        True,
        [
            # "she's worked out how she'd do it", "I've figured out how I'd do it".
            _u(
                ("worked", "figured", "planned", "decided"),
                r"\b(?:worked|figured|planned)\s+out\s+(?:exactly\s+)?how\s+",
                r"(?:she|he|they|i|id|shed|hed|theyd)\s+(?:would\s+|will\s+|could\s+)?",
                r"(?:do\s+it|end\s+it|go\s+through\s+with\s+it)\b",
                r"(?=\s*(?:$|,?\s*(?:and|so|too|now|tonight|already|which)\b))",
            ),
            _u(
                ("point",),
                r"\b(?:doesnt|dont|cant|doesnt\s+really)\s+see\s+(?:the|any)\s+point\s+",
                r"(?:in|of)\s+(?:living|being\s+alive|going\s+on|carrying\s+on|life)\b",
            ),
        ],
    ),
    (
        "suicide",
        "fixating on a means",
        False,
        [
            # Keeping strong medicine and counting it again and again.
            _u(
                ("counting", "lining"),
                r"\bi\s+(?:keep|kept)\s+(?:\w+\s+){0,5}?(?:counting|lining)\s+(?:it|them|",
                r"(?:her|his|my|the|all\s+the)\s+(?:\w+\s+)?",
                _MEDS,
                r")\b",
                r"(?![^.!?]*\b(?:to\s+(?:make\s+sure|check)|enough|for\s+(?:the|his|her)\s+",
                r"(?:week|weekend|trip)|dosette|pharmacy))",
            ),
        ],
    ),
    (
        "self_harm",
        "hitting own body",
        False,
        [
            # "punching walls and my own legs", "hit my head against the wall until it
            # went numb": the own body, or until it hurts; not "banging my head against
            # a brick wall" (an idiom) or "hit my head on the cupboard".
            _u(
                (
                    *("punch", "punches", "punched", "punching", "hit", "hits"),
                    *("hitting", "bang", "bangs", "banged", "banging", "smash"),
                    *("smashes", "smashed", "smashing", "slam", "slams", "slammed"),
                    "slamming",
                ),
                r"\b(?:punch\w*|hit\w*|bang\w*|smash\w*|slam\w*)\s+(?:\w+\s+){0,2}?",
                r"my\s+own\s+(?:head|legs?|arms?|face|body|thighs?|stomach|fists?)\b",
                r"|\b(?:punch\w*|hit\w*|bang\w*|smash\w*|slam\w*)\s+my\s+(?:head|legs?|arms?|",
                r"face|thighs?|fists?)\s+(?:against|into|off)\b[^.!?]{0,30}?\b(?:until|till|",
                r"over\s+and\s+over|again\s+and\s+again|to\s+feel)\b",
            ),
        ],
    ),
    (
        "child_danger",
        "violence to a child",
        False,
        [
            # A named adult, a few words (not a negation), a violence verb, a child:
            # "my ex turned up drunk at the flat and hit my son".
            _u(
                _VIOLENCE_WORDS,
                r"\b",
                _FAMILY_SUBJECT,
                r"\s+(?:(?!never|not|didnt|wouldnt|hasnt|doesnt|wont)\w+\s+){3,8}?",
                r"(?:hit|punched|kicked|slapped|smacked|shook|choked|strangled|burned|burnt|",
                r"beat|threw|shoved|pushed|dragged|bit|hurt)\s+",
                _CHILD_OBJECT,
                r"\b(?!\s+(?:at|in\s+a\s+(?:race|game)|to\s+it))",
            ),
            # Threatening a child with a weapon; fearing what an adult will do to them.
            _u(
                ("threaten", "threatened", "threatening", "threatens"),
                r"\bthreaten\w*\s+(?:them|him|her|the\s+kids|the\s+children|the\s+baby|",
                r"(?:my|our)\s+\w+)\s+with\s+(?:a|his|her|the)\s+(?:knife|gun|belt|weapon|",
                r"hammer|bat|blade|screwdriver)\b",
            ),
            _u(
                ("what",),
                r"\bwhat\s+(?:he|she|",
                _FAMILY_SUBJECT,
                r")\s+(?:will|might|would|could|is\s+going\s+to)\s+do\s+to\s+",
                r"(?:the\s+(?:kids|children|baby|boys|girls)|",
                _CHILD_OBJECT,
                r")\b(?!\s+\w*(?:room|hair|diet|routine|garden|tea))",
            ),
        ],
    ),
    (
        "child_danger",
        "a child neglected",
        False,
        [
            # An adult not feeding a child; not a baby "not feeding well" or tube feeds.
            _u(
                ("feeding", "fed"),
                r"\b(?:he|she|they|",
                _FAMILY_SUBJECT,
                r")\s+(?:hasnt|hadnt|isnt|wasnt|havent|arent|hasnt\s+been|isnt\s+been)\s+",
                r"(?:been\s+)?(?:feeding|fed)\s+(?:him|her|them|the\s+kids|the\s+children|",
                r"the\s+baby)\b(?!\s+(?:by|through|orally|solids|via|with\s+a|from\s+a))",
            ),
        ],
    ),
    (
        "child_danger",
        "a child telling of abuse",
        False,
        [
            # A child telling of an adult at night in their room, or a secret.
            _u(
                ("like",),
                r"\b(?:room|bed|bedroom|at\s+night|touch\w*)\b[^.!?]*\b(?:dont|didnt)\s+",
                r"like\s+(?:what|the\s+way|how)\s+(?:he|she|they)\s+(?:does|did|do|touches|",
                r"touched)\b(?!\s+(?:with|for|on|in|at|as|about|it))",
            ),
            _u(
                ("secret", "tell"),
                r"\b(?:told|tells|said|says)\s+me\s+its\s+(?:our|a)\s+(?:little\s+)?secret\b",
                r"(?![^.!?]*\b(?:present|gift|christmas|birthday|surprise|party|bought|",
                r"got\s+(?:mum|mom|dad|her|him)))",
            ),
        ],
    ),
]


# A second probe of new sentences (written for the families, not from any sample)
# found these families missing; each is a family, with look-alikes in the tests.
_STRONG += [
    (
        "suicide",
        "wish to be dead",
        False,
        [
            # The way many non-native writers put it: "I am not wanting to live".
            _u(
                ("wanting",),
                r"\b(?:not|no\s+longer)\s+wanting\s+to\s+(?:live|be\s+alive|be\s+here|",
                r"go\s+on|exist|wake\s+up)\b",
            ),
            _u(
                ("alive", "around"),
                r"\bdont\s+see\s+myself\s+(?:being\s+)?(?:around|alive)\s+(?:by|for|at|",
                r"in|next|much)\s+(?:christmas|next\s+(?:year|month|week)|the\s+(?:new\s+year|",
                r"summer|spring)|(?:her|his|my)\s+birthday|long(?:er)?)\b",
            ),
            _u(
                ("picture", "way"),
                r"\b(?:me|myself|i\s+was|im)\s+out\s+of\s+(?:the\s+)?(?:picture|way)\s+",
                r"(?:for\s+good|forever|permanently)\b",
            ),
        ],
    ),
    (
        "suicide",
        "method or means",
        True,
        [
            # A number of tablets taken, not a daily dose.
            _u(
                ("took", "taken", "swallowed"),
                r"\b(?:took|taken|swallowed)\s+(?:\d{2,3}|twenty|thirty|forty|fifty|",
                r"a\s+hundred)\s+(?:of\s+)?(?:(?:my|his|her|the|their)\s+)?(?:\w+\s+){0,2}?",
                _MEDS,
                r"\b(?![^.!?]*\b(?:a\s+day|per\s+day|daily|prescribed|each|every|course|",
                r"doses?|over\s+the\s+(?:week|month)|this\s+(?:week|month)|so\s+far)\b)",
            ),
            # Shoot, hang, drown… oneself, said as an intention.
            _u(
                ("shoot", "hang", "drown", "stab", "poison", "gas", "electrocute"),
                r"\b(?:will|going\s+to|wants?\s+to|threaten\w*\s+to|try\s+to|tried\s+to)\s+",
                r"(?:shoot|hang|drown|stab|poison|gas|electrocute)\s+",
                _SELVES,
                r"\b(?!\s+in\s+the\s+foot)",
            ),
            # How high a place must be.
            _u(
                ("high", "tall"),
                r"\bhow\s+(?:high|tall)\s+(?:does|do|would|should|must)\s+(?:a|the)\s+",
                r"(?:car\s+park|multi-?\s?storey|bridge|building|roof|cliff|balcony|drop|",
                r"fall)\s+(?:need|have|has)\s+to\s+be\b",
            ),
            # Hands that keep going to the means.
            _u(
                ("going", "reaching", "drifting"),
                r"\b(?:my\s+hands?|i)\s+(?:keep|kept|keeps)\s+(?:going|reaching|drifting)\s+",
                r"(?:to|for)\s+(?:the\s+)?(?:knife|knives|blades?|razors?|pills|tablets|rope)",
            ),
        ],
    ),
]

# A third probe (children in danger, self-harm, long posts): families still missing.
_STRONG += [
    (
        "child_danger",
        "violence to a child",
        False,
        [
            # "she burns him with cigarettes": an adult, a child, and what is used.
            _u(
                (*_VIOLENCE_WORDS, "burns", "whips", "hits", "kicks", "beats"),
                r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:burns?|burnt|burned|hits?|beats?|whips?|",
                r"whipped|punch\w*|kicks?|kicked|smack\w*)\s+(?:him|her|them|me)\s+with\s+",
                r"(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:cigarettes?|lighter|iron|belt|stick|",
                r"wooden\s+spoon|cable|hanger|hairbrush|shoe|slipper|kettle|hot\s+water|fists?)\b",
            ),
        ],
    ),
    (
        "suicide",
        "method or means",
        True,
        [
            _u(
                ("noose", "hang"),
                r"\bhow\s+to\s+(?:tie\s+a\s+noose|make\s+a\s+noose|hang\s+",
                _SELVES,
                r")\b",
            ),
            _u(
                (
                    "vodka",
                    "whisky",
                    "whiskey",
                    "gin",
                    "wine",
                    "alcohol",
                    "booze",
                    "rum",
                ),
                r"\b(?:vodka|whisky|whiskey|gin|wine|alcohol|booze|rum)\b[^.!?]{0,40}?\b",
                r"all\s+(?:my|the|his|her)\s+(?:\w+\s+)?",
                _MEDS,
                r"\b|\ball\s+(?:my|the|his|her)\s+(?:\w+\s+)?",
                _MEDS,
                r"\b[^.!?]{0,40}?\b(?:vodka|whisky|whiskey|gin|wine|alcohol|booze|rum)\b",
            ),
        ],
    ),
    (
        "suicide",
        "a plan",
        False,
        [
            _u(
                ("planning", "planned", "working", "figuring", "thinking", "thought"),
                r"\b(?:planning|planned|working\s+out|figuring\s+out|thinking\s+about|",
                r"thought\s+about)\s+how\s+",
                r"(?:to|i\s+would|id|i\s+will|ill)\s+(?:do\s+it|end\s+it|go\s+through\s+with\s+it)",
                r"(?=\s*$|\s+(?:and|so|tonight|soon)\b)",
            ),
        ],
    ),
]

# A fourth probe: a note left and someone unreachable, command voices, a threat to
# kill the children.
_STRONG += [
    (
        "suicide",
        "intent or preparation",
        True,
        [
            _u(
                ("note", "letter", "message"),
                r"\bleft\s+(?:a|me\s+a|us\s+a)\s+(?:note|letter|message)\b[^.!?]*\b",
                r"(?:not\s+answering|isnt\s+answering|cant\s+(?:find|reach|get\s+hold\s+of)|",
                r"phone\s+(?:is\s+)?(?:off|dead)|(?:is|has)\s+gone\s+missing|",
                r"no\s+(?:one|body)\s+knows\s+where)",
            ),
            _u(
                ("voice", "voices"),
                r"\bvoices?\s+(?:\w+\s+)?(?:say|says|said|tell|tells|told|telling)\s+(?:me\s+)?",
                r"(?:to|i\s+should|that\s+i\s+should|i\s+must|i\s+have\s+to)\s+",
                r"(?:end\s+it|die|kill\s+myself|hurt\s+myself|cut|jump|do\s+it)\b",
            ),
        ],
    ),
    (
        "child_danger",
        "violence to a child",
        False,
        [
            _u(
                ("kill", "hurt"),
                r"\b(?:said|says|threatened|threatens|threatening|told\s+me)\b[^.!?]{0,30}?\b",
                r"(?:he|she|they)\s+(?:will|would|is\s+going\s+to)\s+(?:kill|hurt)\s+",
                r"(?:the\s+(?:kids|children|baby|boys|girls)|",
                _CHILD_OBJECT,
                r")\b",
            ),
        ],
    ),
]

# Weak cues, after the C-SSRS ladder: none is enough alone.
_HOPELESS = "hopelessness"
_ENDING = "being gone"
_MEANS = "means"
_MOMENT = "a time"
_PREPARATION = "preparation"
_HIDING = "hiding it"
_SYMPTOM = "symptom"
_NO_HELP = "no help"
_DANGER = "intoxicated"
_PLACE = "a place to die"
_FAREWELL = "farewell"
_PLAN = "a plan"
_INJURY = "injuries"
_DOING_IT = "doing it"
_HOSTILE = "a hostile adult"
# Pairs of weak cues that make a crisis together. A time, or a farewell, with nothing
# else is everyday life on a hospital forum ("goodbye everyone, home tomorrow!").
_CRISIS_PAIRS = [
    frozenset(pair)
    for pair in (
        (_HOPELESS, _ENDING),
        (_HOPELESS, _MEANS),
        (_HOPELESS, _PREPARATION),
        (_HOPELESS, _PLACE),
        (_HOPELESS, _FAREWELL),
        (_ENDING, _MEANS),
        (_ENDING, _PREPARATION),
        (_ENDING, _HIDING),
        (_ENDING, _PLACE),
        (_ENDING, _FAREWELL),
        (_MEANS, _MOMENT),
        (_MEANS, _HIDING),
        (_MEANS, _PREPARATION),
        (_MEANS, _FAREWELL),
        (_PREPARATION, _HIDING),
        (_PREPARATION, _FAREWELL),
        (_PREPARATION, _PLACE),
        (_FAREWELL, _HIDING),
        (_FAREWELL, _PLACE),
        (_PLAN, _MOMENT),
        (_PLAN, _HOPELESS),
        (_PLAN, _ENDING),
        (_PLAN, _MEANS),
        (_PLAN, _PREPARATION),
        (_PLAN, _FAREWELL),
        (_PLAN, _PLACE),
        (_PLAN, _HIDING),
        (_DOING_IT, _FAREWELL),
        (_DOING_IT, _HOPELESS),
        (_DOING_IT, _ENDING),
        (_DOING_IT, _HIDING),
        (_DOING_IT, _MEANS),
        (_DOING_IT, _PREPARATION),
        (_DOING_IT, _PLACE),
    )
]
_SERIOUS = {_ENDING, _MEANS, _PREPARATION, _PLACE, _FAREWELL, _PLAN}
#: Weak-cue families about a child's danger or health, not the writer's own life.
_NOT_SUICIDAL = {_SYMPTOM, _NO_HELP, _DANGER, _INJURY, _HOSTILE}
_WEAK: list[tuple[str, _Unit]] = [
    (
        _HOPELESS,
        _u(
            ("way",),
            r"\bcant\s+(?:see|find)\s+(?:a|any)\s+way\s+(?:out|through|forward|back)|\bno\s+way\s+out\b",
        ),
    ),
    (_HOPELESS, _u(("hope", "hopeless"), r"\bno\s+hope\b|\bhopeless\b")),
    (
        _HOPELESS,
        _u(
            ("future",),
            r"\b(?:cant|dont)\s+see\s+(?:a|any)\s+future\b|\bno\s+future\s+(?:for\s+me|without)",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("nothing",),
            r"\bnothing\s+(?:left\s+)?(?:for\s+me|to\s+live\s+for|to\s+stay\s+for)\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("enough", "done"),
            r"\b(?:ive\s+had|had)\s+enough\b(?!\s+(?:of\s+(?:the|this|these|his|her)\s+\w+|sleep|to\s+eat))",
            r"|\bim\s+done\s+(?:fighting|with\s+(?:life|everything|it\s+all))\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("cant",),
            r"\bcant\s+(?:do|take|cope\s+with|handle|bear)\s+(?:this|it|any\s+of\s+",
            r"(?:this|it))\s+(?:any\s*more|no\s+more|much\s+longer)",
            r"|\bcant\s+(?:go\s+on|carry\s+on|keep\s+going)\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("point",),
            r"\bwhats\s+the\s+point\b|\bno\s+point\s+(?:in\s+)?(?:anything|any\s+of\s+it|trying)\b",
            r"|\b(?:dont|cant)\s+see\s+(?:the|any)\s+point\b",
        ),
    ),
    (_HOPELESS, _u(("burden",), r"\b(?:a|such\s+a)\s+burden\b")),
    (
        _HOPELESS,
        _u(
            ("better",),
            r"\b(?:would\s+be|are|be)\s+better\s+off\s+(?:with|without)\s+",
            r"(?:me|their|his|her|my)\b",
        ),
    ),
    (_HOPELESS, _u(("give",), r"\bgive\s+up\s+on\s+(?:life|everything)\b")),
    (
        _ENDING,
        _u(
            ("without",),
            r"\b(?:wont|cant|dont\s+want\s+to)\s+(?:stay|be|live)\s+(?:here|on|alive)\s+without\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("join", "with"),
            r"\b(?:join|be\s+with)\s+(?:him|her|them|my\s+\w+)\s+(?:again|soon|in\s+heaven)\b",
            r"|\b(?:want|wants|need|long|wish)\s+to\s+(?:go\s+to\s+sleep\s+and\s+)?be\s+with\s+",
            r"(?:him|her|them|my\s+\w+|(?:dad|mum|grandad|nan|gran|the\s+baby|the\s+boys?|",
            r"the\s+girls?)\s+and\s+\w+)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("here", "around"),
            r"\b(?:not|never|wont)\s+(?:be\s+)?(?:here|around)\s+(?:much\s+longer|any\s*more|",
            r"tomorrow|next\s+week|by|for|to\s+see)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("stop", "end", "ends", "over"),
            r"\b(?:want|need|wish)\s+(?:it|everything|this|it\s+all)\s+(?:all\s+)?to\s+",
            r"(?:stop|end|be\s+over)\b",
            r"|\b(?:it|everything|this)\s+(?:all\s+)?(?:ends|will\s+end|will\s+be\s+over)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("rather",),
            r"\brather\s+die\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("disappear",),
            r"\b(?:want|wanted|wish|need)\s+to\s+(?:just\s+)?disappear\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("rope", "ropes", "noose", "ligature", "hosepipe"),
            r"\b(?:the|a|some)\s+(?:rope|noose|ligature|hosepipe)\b(?!\s+(?:ladder|swing|bridge|",
            r"course|climb\w*))|\bropes?\s+(?:in|ready|hidden)\b",
        ),
    ),
    (
        _PLACE,
        _u(
            ("edge",),
            r"\bedge\s+of\s+(?:the|a)\s+(?:platform|bridge|roof|cliff|building|",
            r"car\s+park|balcony)\b",
        ),
    ),
    (
        _PLACE,
        _u(
            (
                *("bridge", "cliff", "railway", "track", "crossing", "motorway"),
                *("storey", "quarry", "viaduct"),
            ),
            r"\b(?:bridges?|cliffs?|railway|train\s+tracks?|level\s+crossing|motorway|",
            r"multi-?storey|quarry|viaduct)\b(?!\s+(?:club|night|game|evening|players?|partner|",
            r"lessons?|tournament|drive|road|street|school)\b)",
        ),
    ),
    (
        _MEANS,
        _u(
            (
                *("gun", "guns", "shotgun", "rifle", "razor", "blade", "blades"),
                *("revolver", "pistol", "handgun", "firearm"),
            ),
            r"(?<!nerf\s)(?<!water\s)(?<!toy\s)(?<!glue\s)(?<!pop\s)(?<!cap\s)",
            r"\b(?:gun|shotgun|rifle|razor|blade|revolver|pistol|handgun|firearm)s?\b",
        ),
    ),
    (_MEANS, _u(("overdos",), r"\boverdos\w*\b")),
    (
        _MEANS,
        _u(
            ("got", "have", "ive", "kept", "keeping"),
            r"(?<!not\s)(?<!hasnt\s)(?<!havent\s)(?<!never\s)",
            r"\b(?:ive\s+got|got|i\s+have|ive|kept|keeping)\s+(?:his|her|their|all\s+the|",
            r"all\s+(?:his|her|my))\s+(?:old\s+|leftover\s+|spare\s+)?",
            _MEDS,
            r"\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("use", "using"),
            r"\b(?:going\s+to|gonna|will|im)\s+(?:use|using)\s+(?:it|them)\b(?!\s+(?:for|to|on\s+(?:him|her)))",
        ),
    ),
    (
        _MEANS,
        _u(
            ("vodka", "whisky", "whiskey", "gin", "wine", "alcohol", "booze"),
            r"\b(?:vodka|whisky|whiskey|gin|wine|alcohol|booze)\b[^.!?]{0,60}?",
            _MEDS,
            r"|",
            _MEDS,
            r"[^.!?]{0,60}?\b(?:vodka|whisky|whiskey|gin|wine|alcohol|booze)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("ready", "enough", "saved", "hidden", "lined"),
            _MEDS,
            r"\s+(?:ready|saved\s+up|hidden|lined\s+up)\b|\benough\s+(?:\w+\s+){0,3}?",
            _MEDS,
            r"\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("pack", "packs", "packets", "boxes", "bottles"),
            r"\b(?:\d+|two|three|four|five|six|several|many|lots\s+of|all\s+(?:of\s+)?",
            r"(?:my|the|his|her))\s+(?:packs?|packets|boxes|bottles)\b",
        ),
    ),
    (
        _MEANS,
        _u(("stockpil", "hoard", "stash"), r"\b(?:stockpil\w+|hoard\w*|stash\w*)\b"),
    ),
    (
        _MOMENT,
        _u(
            ("tonight", "tomorrow", "weekend", "case", "funeral", "decided", "made"),
            r"\btonight\b|\btomorrow\b|\bthis\s+weekend\b|\bjust\s+in\s+case\b",
            r"|\bafter\s+the\s+funeral\b|\bive\s+decided\b|\bmy\s+mind\s+is\s+made\s+up\b",
        ),
    ),
    (
        _MOMENT,
        _u(
            ("asleep", "bed", "school", "work", "out", "gone"),
            r"\b(?:when|once|after|until)\s+(?:everyone|the\s+kids|they|he|she|my\s+\w+)\s+",
            r"(?:is\s+|are\s+|has\s+|have\s+|to\s+be\s+)?(?:asleep|in\s+bed|",
            r"gone\s+to\s+bed|at\s+school|at\s+work|out|gone)\b",
            r"|\beveryone\s+(?:to\s+be\s+)?asleep\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("letter", "note", "notes", "message"),
            r"\b(?:written|wrote|writing|write|left|leaving)\s+(?:\w+\s+)?(?:letters?|",
            r"notes?|messages?)\s+(?:to|for)\s+(?:my|the|everyone|each|all)",
            r"(?![^.!?]*\b(?:anniversary|surprise|know\s+yet|valentine\w*|birthdays?|",
            r"thank\s+you|thanks|school|teacher|santa|council|gp|consultant|hospice|",
            r"open\s+(?:when|on|at))\b)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("goodbye",),
            r"\b(?:said|saying)\s+(?:my\s+)?goodbyes?\s+to\s+(?:everyone|you\s+all|all\s+of|",
            r"my\s+(?:kids|children|family|husband|wife|partner))\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("last",),
            r"\b(?:this\s+is|this\s+will\s+be)\s+my\s+last\s+(?:post|message)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("look", "looking"),
            r"\b(?:look|looking)\s+after\s+(?:the\s+kids|them|him|her|my\s+\w+)\s+for\s+me\b",
            r"(?!\s+(?:while|when|whilst|until|till|today|tonight|tomorrow|this|on|at|for|",
            r"next|during)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("give", "giving", "given", "gave"),
            r"\b(?:giving|given|gave|give)\s+(?:away\s+)?(?:all\s+)?(?:my|of\s+my|her|his|their)\s+",
            r"(?:things|stuff|belongings|clothes)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("sorry", "forgive"),
            r"\bsorry\s+for\s+everything\b(?!\s+(?:i|that|in|on|about|earlier|yesterday|",
            r"last|weve|you|said)\b)|\bforgive\s+me\b(?!\s+(?:for\s+(?:the|a|asking|being)|if)\b)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("stop", "find", "look", "save"),
            r"\b(?:dont|please\s+dont)\s+(?:try\s+to\s+)?(?:stop|find|look\s+for|save)\s+me\b",
        ),
    ),
    (
        _PLAN,
        _u(
            ("plan",),
            r"\b(?:ive|i|im)\s+(?:\w+\s+)?(?:made|have|got|making)\s+a\s+plan\b",
            r"(?!\s+(?:with|for|b)\b)",
        ),
    ),
    (
        _MOMENT,
        _u(
            ("know",),
            r"\bknow\s+(?:how|when|where)\s+and\s+(?:how|when|where)\b(?!\s+to\b)",
        ),
    ),
    (
        _PLAN,
        _u(("ready",), r"\bim\s+(?:\w+\s+)?ready\s+(?:now|to\s+go)\b"),
    ),
    (
        _FAREWELL,
        _u(
            ("love", "loved", "goodbye"),
            r"\b(?:told|tell|telling)\s+(?:\w+\s+){0,3}?(?:that\s+)?i\s+(?:love|loved)\s+",
            r"(?:him|her|them|you)\b",
            r"|\b(?:wanted|want|needed)\s+to\s+say\s+(?:\w+\s+){0,4}?goodbye\b",
        ),
    ),
    (
        _HIDING,
        _u(
            ("reply", "respond", "call", "message", "worry"),
            r"\b(?:dont|please\s+dont)\s+(?:reply|respond|call|message|worry\s+about\s+me)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("gone", "here", "dead", "make", "wake", "jump", "around", "longer"),
            r"\b(?:if|when|once|after)\s+(?:im|i\s+am|ive)\s+(?:gone|not\s+here|dead|",
            r"not\s+around|no\s+longer\s+(?:here|around))\b",
            r"|\bwhen\s+i\s+(?:dont|do\s+not)\s+make\s+it\b",
            r"|\bif\s+i\s+(?:dont|never)\s+wake\s+up\b",
            r"|\b(?:want|going|ready|about)\s+to\s+jump\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("looked", "look"),
            r"\bmake\s+sure\s+(?:\w+\s+){0,3}?(?:are|is|get|gets)\s+(?:looked\s+after|",
            r"cared\s+for)\b",
        ),
    ),
    (
        _PLAN,
        _u(
            ("planning", "planned", "plan"),
            r"\b(?:planning|planned|plan)\s+(?:how|when|where)\s+(?:to|ill|i\s+will|id)\s+do\s+it\b",
        ),
    ),
    (
        _MOMENT,
        _u(
            ("right",),
            r"\b(?:find|pick|choose|wait\s+for|waiting\s+for)\s+the\s+right\s+(?:time|moment|day)\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("tell", "sorry", "go"),
            r"\btell\s+(?:\w+\s+){1,3}?(?:that\s+)?(?:im|i\s+am)\s+sorry\b",
            r"|\b(?:say|said|saying)\s+(?:thank\s+you|thanks|goodbye|bye)\b[^.!?]{0,40}?",
            r"\bbefore\s+i\s+go\s*(?:[.!]|$)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("each", "yourselves"),
            r"\b(?:look\s+after|take\s+care\s+of)\s+(?:each\s+other|yourselves)\b",
        ),
    ),
    (
        _PLAN,
        _u(
            ("peace",),
            r"\bmade\s+(?:my\s+)?peace\s+with\s+(?:it|everything|dying|death|my\s+decision|",
            r"the\s+decision|what\s+im\s+going\s+to\s+do)\b",
            r"(?!\s+(?:a\s+long\s+time|long|years|decades|when|after|back)\b)",
        ),
    ),
    (_MOMENT, _u(("night",), r"\btonights\s+the\s+night\b")),
    (
        _HOPELESS,
        _u(
            ("done", "waste", "worthless"),
            r"\bim\s+(?:so\s+|just\s+|completely\s+)?done\s*(?:[.!]|$)|\bwaste\s+of\s+space\b",
            r"|\bim\s+(?:so\s+)?worthless\b",
        ),
    ),
    (
        _MEANS,
        _u(
            _MEDS_ANCHORS,
            _MEDS,
            r"\s+(?:are|is)\s+(?:right\s+)?(?:next\s+to|beside|in\s+front\s+of|here\s+with)\s+me\b",
        ),
    ),
    (
        _PLACE,
        _u(
            ("roof", "rooftop", "ledge", "edge", "bridge", "balcony", "railway"),
            r"\b(?:im|i\s+am|standing|stood|sitting|sat)\s+(?:on|at)\s+(?:the\s+)?",
            r"(?:roof|rooftop|ledge|edge|bridge|balcony|top\s+floor|railway)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(("will",), r"\b(?:written|made|sorted|updated|changed|done)\s+my\s+will\b"),
    ),
    (
        _ENDING,
        _u(
            ("done", "over"),
            r"\b(?:tonight|tomorrow|soon)\s+(?:its|it\s+is|itll\s+be|it\s+will\s+be)\s+",
            r"(?:all\s+)?(?:done|over)\b",
        ),
    ),
    (
        _PLAN,
        _u(("happen",), r"\b(?:might|could|will|going\s+to)\s+make\s+it\s+happen\b"),
    ),
    (
        _ENDING,
        _u(
            ("taken", "took", "got", "picked"),
            r"\bwish\w*\s+(?:the\s+cancer|it)\s+(?:had\s+)?(?:taken|took|got|picked)\s+me\b",
        ),
    ),
    (
        _INJURY,
        _u(
            ("bruises", "bruised", "black", "marks", "burns"),
            r"\b(?:covered\s+in|full\s+of|always\s+has|always\s+have|new)\s+(?:\w+\s+)?",
            r"(?:bruises|marks|burns)\b|\bblack\s+eyes?\b|\bmarks\s+on\s+(?:his|her|their)\s+",
            r"(?:neck|face|throat)\b",
        ),
    ),
    (
        _HOSTILE,
        _u(
            (
                "screaming",
                "shouting",
                "yelling",
                "threatens",
                "threatened",
                "worse",
                "scared",
            ),
            r"\b(?:screaming|shouting|yelling|swearing)\s+at\s+(?:them|him|her|the\s+kids|the\s+baby)\b",
            r"|\bthreaten\w*\s+(?:them|him|her|the\s+kids)\b|\b(?:do|did)\s+worse\b",
            r"|\b(?:scared|afraid|terrified)\s+of\s+(?:him|her|their\s+\w+|his\s+\w+|her\s+\w+)\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("face",),
            r"\bcant\s+face\s+(?:another\s+day|tomorrow|it\s+any\s*more|life|living|going\s+on|",
            r"anything\s+any\s*more)\b(?!\s+of\b)",
        ),
    ),
    (
        _PLAN,
        _u(
            ("worked", "planned", "sorted", "thinking", "doing"),
            r"\b(?:got|have|ive)\s+it\s+all\s+(?:worked\s+out|planned|sorted)\b",
            r"|\b(?:keep|cant\s+stop)\s+thinking\s+about\s+(?:it|doing\s+it)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            (
                "bottle",
                "bottles",
                "box",
                "boxes",
                "pack",
                "packs",
                "packet",
                "strip",
                "strips",
            ),
            r"\b(?:a|two|three|\d+)\s+(?:bottles?|box(?:es)?|packs?|packets?|strips?)\s+of\s+",
            _MEDS,
            r"\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("do",),
            r"\b(?:going\s+to|will|ready\s+to)\s+do\s+it\s+(?:tonight|tomorrow|today|now|soon)\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("sorry",),
            r"\bsorry\s+(?:everyone|all|to\s+everyone|to\s+you\s+all)\b",
        ),
    ),
    (
        _HIDING,
        _u(
            ("accident",),
            r"\b(?:wasnt|was\s+not|look\s+like|looks\s+like)\s+an\s+accident\b",
        ),
    ),
    (_PREPARATION, _u(("order",), r"\b(?:affairs|things)\s+in\s+order\b")),
    (
        _HIDING,
        _u(
            ("nobody", "one"),
            r"\bso\s+(?:nobody|no\s+one|no-one)\s+(?:would\s+|will\s+|could\s+)?",
            r"(?:asks?|knows?|notices?|finds?\s+out|suspects?|stops?\s+me|questions?)",
        ),
    ),
    (
        _HIDING,
        _u(
            ("anyone", "anybody"),
            r"\b(?:dont|didnt)\s+want\s+(?:anyone|anybody)\s+to\s+(?:know|see|find\s+out)\b",
            r"|\bwithout\s+(?:anyone|anybody)\s+(?:knowing|noticing)\b",
        ),
    ),
    (
        _HIDING,
        _u(("different",), r"\bdifferent\s+(?:shops|pharmacies|chemists|stores)\b"),
    ),
    (
        _SYMPTOM,
        _u(
            ("temp", "temps", "temperature", "temperatures", "fever", "febrile"),
            r"\b(?:temps?|temperatures?|fever)\s+(?:is\s+|of\s+|was\s+|\w+\s+)?(?:3[89]|4[0-2])\b",
            r"|\bfebrile\b",
        ),
    ),
    (
        _SYMPTOM,
        _u(
            (
                *("rigors", "seizure", "fitting", "unresponsive", "floppy", "blood"),
                *("bleeding", "breath", "swallowed", "trouble", "difficulty", "drank"),
                *("drunk", "ate", "eaten", "rash", "blanching", "purple", "confused"),
                *("drowsy", "unconscious", "passed", "collapsed"),
            ),
            r"\brigors\b|\bseizure\b|\bfitting\b|\bunresponsive\b|\bfloppy\b",
            r"|\brash\s+(?:that\s+)?(?:doesnt|does\s+not|wont|isnt)\s+fad|\bnon-?blanching\b",
            r"|\bpurple\s+(?:spots|rash)\b|\b(?:confused|drowsy|unconscious|passed\s+out|collapsed)\b",
            r"|\bvomiting\s+blood\b|\bbleeding\s+(?:\w+\s+)?(?:wont|isnt)\s+stop",
            r"|\b(?:wont|isnt|will\s+not|cant)\s+stop\s+bleeding\b",
            r"|\b(?:swallowed|drank|drunk|ate|eaten)\s+(?:a|an|some|the)?\s*(?:\w+\s+)?",
            r"(?:battery|batteries|magnets?|bleach|button\s+battery|coin|detergent|",
            r"washing\s+(?:liquid|tablets|pods)|dishwasher\s+tablets?)\b",
            r"|\bcant\s+breathe\b|\bbreathing\s+(?:is\s+)?(?:funny|wrong|strange|fast)\b",
        ),
    ),
    (
        _NO_HELP,
        _u(
            (
                *("cant", "nobody", "nobodys", "one", "ones", "ambulance", "back"),
                *("taxi", "lift", "transport", "cab"),
                *("answering", "picking", "responding", "work", "worked", "working"),
            ),
            r"\bcant\s+(?:get\s+through|reach|get\s+hold\s+of|get\s+an?\s+answer|",
            r"get\s+(?:a\s+taxi|a\s+lift|an\s+ambulance|transport|to\s+(?:a\s*&?\s*e|the\s+",
            r"hospital|hospital|the\s+ward)))",
            r"|\b(?:the\s+)?(?:doctor|gp|ward|hospital|nurse|line|111|999|911|on\s*call)\s+",
            r"(?:isnt|is\s+not|wont|not|arent)\s+(?:answer\w*|picking\s+up|responding)",
            r"|\b(?:taxi|ambulance|lift|transport|cab)\s+(?:still\s+)?(?:hasnt|isnt|wont|",
            r"has\s+not|didnt)\s+(?:come|turned\s+up|arrived|coming)",
            r"|\bno\s+(?:signal|phone\s+signal|reception)\b",
            r"|\b(?:rescue\s+meds?|meds|med|medicine|midazolam|buccal)\s+(?:havent|hasnt|didnt|",
            r"arent|isnt)\s+work\w*|\bwaiting\s+for\s+(?:an|the)\s+ambulance\b",
            r"|\b(?:nobody|nobodys|no\s+one|no\s+ones)\s+(?:\w+\s+){0,4}?(?:is\s+)?",
            r"(?:answering|picking\s+up)",
            r"|\b(?:wont|isnt|hasnt|doesnt|havent)\s+(?:\w+\s+)?(?:call|called|ring|rang|phone|",
            r"phoned|calling|ringing)\s+(?:me\s+|us\s+)?back\b",
            r"|\bambulance\s+(?:still\s+)?(?:isnt|hasnt|wont|is\s+not)\s+(?:yet\s+)?",
            r"(?:coming|come|here|arrived)",
        ),
    ),
    (
        _NO_HELP,
        _u(("what", "help"), r"\bwhat\s+(?:do|should)\s+i\s+do\b|\bplease\s+help\b"),
    ),
    (
        _DANGER,
        _u(
            ("drunk", "high", "wasted", "limit", "drinking", "face"),
            r"\b(?:drunk|high|wasted|over\s+the\s+limit|been\s+drinking|off\s+(?:his|her)\s+face)\b",
        ),
    ),
]

# The same last round, weak cues (none enough alone): tidying affairs "before I go",
# letters to the family, giving possessions away, a reunion with someone who died
# decided and "all planned", waiting to die and hastening it, staring at the tablets.
_WEAK += [
    (
        _ENDING,
        _u(
            ("dies", "die", "dead", "gone"),
            r"\b(?:when|if)\s+(?:someone|a\s+person|i|the\s+owner|the\s+account\s+holder)\s+",
            r"(?:dies|die)\b",
            r"|\bafter\s+(?:i|im)\s+(?:die|dead|gone)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("before",),
            r"\b(?:sorted|in\s+order|tidied|ready)\b[^.!?]{0,30}?\bbefore\s+(?:i|im)\s+",
            r"(?:go|gone|die)\b(?!\s+(?:in|into|to|for|on|back|under|through|ahead|off|out|",
            r"away|home|abroad|down|up|and|with|shopping|round|over))",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("deleted",),
            r"\bdeleted\s+my\s+(?:socials|social\s+media|accounts|instagram|facebook|",
            r"snapchat|tiktok|insta)\b|",
            r"\bdeleted\s+(?:most|all|loads)\s+(?:of\s+)?(?:my\s+|the\s+)?",
            r"(?:photos|pictures|accounts|messages|posts)\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("letter", "letters"),
            r"\b(?:wrote|written|writing|left)\s+(?:a\s+)?letters?\s+(?:to|for)\s+",
            r"(?:\w+\s+){0,3}?(?:kids|boys|girls|children|family|son|sons|daughter|",
            r"daughters|husband|wife|partner|mum|dad|everyone)\b",
            # not legacy letters for memory boxes or birthdays to come
            r"(?![^.!?]*\b(?:memory|memories|in\s+case|birthdays?|future|older|anniversary|",
            r"surprise|know\s+yet|valentine\w*|",
            r"suggested|keepsakes?|legacy|christmas|thank\s+you|santa))",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("insurance", "will", "funeral", "passwords"),
            r"\b(?:life\s+insurance|my\s+will|funeral|passwords)\b[^.!?]{0,40}?\b",
            r"(?:easy\s+to\s+find|where\s+(?:they|he|she)\s+(?:can|will)\s+find|sorted|",
            r"in\s+order)\b",
        ),
    ),
    (
        _MOMENT,
        _u(
            ("thinking",),
            r"\bthinking\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|",
            r"tonight|tomorrow|this\s+weekend)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("gave", "giving", "given", "give"),
            r"\b(?:gave|giving|given|give)\s+(?:away\s+)?(?:all\s+)?my\s+(?:\w+\s+){0,4}?",
            r"(?:to|away)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("needing", "need"),
            r"\b(?:i|ill)\s+(?:wont|will\s+not|dont)\s+(?:be\s+needing|need)\s+",
            r"(?:them|it|any\s+of)\b",
            r"(?![^.!?]*\b(?:now|since|as|because|for|until|after|till|when|once)\b)",
        ),
    ),
    (
        _ENDING,
        _u(
            ("decided",),
            r"\bdecided\s+(?:im|i\s+will|to|i\s+am)\s+(?:going\s+to\s+)?(?:be\s+with|join|",
            r"go\s+to)\s+(?:him|her|them)\b(?=\s*$|\s+(?:on\s+(?:that|the|his|her|their)\s+",
            r"(?:day|anniversary|birthday|date)|that\s+day|soon|again|now|tonight|forever|",
            r"for\s+ever|in\s+heaven|for\s+good)\b)",
            r"(?![^.!?]*\b(?:grave|cemetery|churchyard|memorial|bench|ashes|scattered|",
            r"crematorium|plaque|tree)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("planned", "arranged", "sorted", "worked"),
            r"\b(?:its|it\s+is|everything\s+is|everythings)\s+all\s+(?:planned|arranged|",
            r"sorted|worked\s+out)\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("waiting",),
            r"\bim\s+(?:just\s+)?waiting\s+to\s+die\b",
            r"(?!\s+(?:of|from)\s+(?:boredom|embarrassment|laughing|shame))",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("speed", "hurry"),
            r"\b(?:id|i\s+would|i\s+want\s+to|tempted\s+to)\s+(?:\w+\s+)?(?:speed|hurry)\s+",
            r"(?:it|things|the\s+end)\s+(?:up|along)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("looking", "staring", "stare", "look"),
            r"\b(?:looking|staring|stare|look)\s+at\s+(?:the|my|all\s+the|her|his)\s+",
            r"(?:\w+\s+)?",
            _MEDS,
            r"\b",
        ),
    ),
]


# The second probe's weak cues: means at hand, "nearly did it", a note written and
# hidden, "I'm not doing this any more", "I've got it all planned out".
_WEAK += [
    (
        _MEANS,
        _u(
            _MEDS_ANCHORS,
            r"\b(?:the\s+|my\s+|all\s+the\s+)?",
            _MEDS,
            r"\s+(?:are|is)\s+(?:\w+\s+)?(?:in|next\s+to|beside|by|under|on)\s+",
            r"(?:my|me|the\s+bed)\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("nearly", "almost", "close"),
            r"\b(?:nearly|almost|so\s+close\s+to)\s+(?:did|doing|went\s+through\s+with)\s+it\b",
            r"(?=\s*$|\s+(?:last\s+night|tonight|today|again|this\s+time)\b)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("note", "notes", "letter", "letters"),
            r"\b(?:wrote|written|writing|finished|left)\s+my\s+(?:last\s+)?",
            r"(?:note|notes|letter|letters)\b(?!\s+(?:to|for)\s+(?:the\s+)?(?:school|",
            r"teacher|gp|doctor|consultant|council|mp|work|boss|nurse|santa|father\s+christmas|",
            r"tooth\s+fairy|hospital|ward))(?![^.!?]*\b(?:santa|tooth\s+fairy|school|work)\b)",
        ),
    ),
    (
        _HIDING,
        _u(
            ("under", "drawer"),
            r"\b(?:its|theyre|they\s+are|it\s+is|left\s+(?:it|them)|put\s+(?:it|them))\s+",
            r"(?:under|in)\s+my\s+(?:pillow|drawer|bedside|diary|wallet)\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("doing",),
            r"\b(?:im\s+not|i\s+cant\s+keep|i\s+wont\s+keep)\s+doing\s+this\s+any\s*more\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("planned", "arranged"),
            r"\b(?:ive\s+got|got|have)\s+it\s+all\s+(?:planned|arranged)\s+out\b",
        ),
    ),
]

_WEAK += [
    (
        _FAREWELL,
        _u(
            ("sorry",),
            r"\bsorry\s+for\s+(?:this|doing\s+this|what\s+im\s+(?:about|going)\s+to\s+do)\b",
            r"(?!\s+(?:long|massive|rant|post|essay|novel|ramble|moan|one|question|again|",
            r"message|mess|late))",
        ),
    ),
]

_WEAK += [
    (
        _HOPELESS,
        _u(
            ("tired",),
            r"\b(?:so\s+)?tired\s+of\s+fighting\b(?!\s+(?:with|the|for|about|over|to|a|an|",
            r"my\s+(?:corner|case)))",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("goodbye", "goodbyes"),
            r"\b(?:said|saying)\s+(?:my\s+)?goodbyes?\s+to\s+my\s+(?:\w+\s+)?(?:mates|",
            r"friends|family|parents|brothers?|sisters?|pets?|dog|cat)\b",
        ),
    ),
]


# --- Session 3: families found missing on crisis_fresh2/3 (read for this round) -------
#
# Each is a family, written as people write it; tests/moderation/
# test_detectors_families.py holds invented sentences of each, crisis and look-alikes.

# New weak-cue categories. The first four count towards suicide; the rest are scored
# apart (self-harm signs, a child's disclosure, a parent's fear of hurting a child).
_DECIDED = "a decision made"
_EARNEST = "meaning it"
_TELLING = "telling someone, once"
_UNREACHABLE = "cannot be reached"
_SH_ACT = "self-harm back"
_SH_TOOL = "a blade or flame"
_SH_HIDE = "hiding marks"
_SH_SIGN = "signs found"
_NIGHT_VISIT = "an adult in a child's room"
_SECRECY = "silenced"
_HARM_FEAR = "fear of hurting a child"
_SELF_HARM_SIGNS = {_SH_ACT, _SH_TOOL, _SH_HIDE, _SH_SIGN}
_NOT_SUICIDAL |= _SELF_HARM_SIGNS | {_NIGHT_VISIT, _SECRECY, _HARM_FEAR}
_CRISIS_PAIRS += [
    frozenset(pair)
    for pair in (
        (_PLACE, _HIDING),
        (_DECIDED, _ENDING),
        (_DECIDED, _MEANS),
        (_DECIDED, _PREPARATION),
        (_DECIDED, _FAREWELL),
        (_DECIDED, _PLACE),
        (_DECIDED, _DOING_IT),
        (_DECIDED, _PLAN),
        (_DECIDED, _HOPELESS),
        (_EARNEST, _ENDING),
        (_EARNEST, _MEANS),
        (_EARNEST, _PLAN),
        (_EARNEST, _PLACE),
        (_EARNEST, _DOING_IT),
        (_EARNEST, _PREPARATION),
        (_TELLING, _MEANS),
        (_TELLING, _PLAN),
        (_TELLING, _DOING_IT),
        (_TELLING, _PREPARATION),
        (_TELLING, _PLACE),
        (_TELLING, _DECIDED),
        (_TELLING, _ENDING),
        (_UNREACHABLE, _FAREWELL),
        (_UNREACHABLE, _PREPARATION),
        (_UNREACHABLE, _PLAN),
        (_UNREACHABLE, _ENDING),
        (_UNREACHABLE, _MEANS),
        (_UNREACHABLE, _HIDING),
        (_UNREACHABLE, _PLACE),
        (_UNREACHABLE, _DOING_IT),
    )
]
# Anywhere in a post, not only in neighbouring sentences: two different cues of these
# kinds together (a letter written early on, "my mind's made up" at the end). A time,
# means named in passing and hopelessness are too common in a hard week's long post to
# count at a distance; they count in the window above.
_AT_A_DISTANCE = {
    _PREPARATION,
    _FAREWELL,
    _PLAN,
    _DECIDED,
    _DOING_IT,
    _ENDING,
    _EARNEST,
    _TELLING,
    _UNREACHABLE,
    _HIDING,
}
_AT_A_DISTANCE_SERIOUS = (
    _AT_A_DISTANCE - {_EARNEST, _TELLING, _UNREACHABLE, _HIDING}
) | {_MEANS}
# Means named anywhere count with the rarer cues: counting out the tablets, then "just
# needed someone to know" two sentences on.
_WITH_MEANS_AT_A_DISTANCE = {
    _TELLING,
    _EARNEST,
    _DECIDED,
    _UNREACHABLE,
    _PLAN,
    _DOING_IT,
}
_BODY = (
    r"(?:arms?|legs?|wrists?|skin|thighs?|hands?|stomach|tummy|hips?|fingers?|ankles?|"
    r"forearms?|chest|belly|feet|foot)"
)
_HIGH_PLACE = (
    r"(?:car\s+park|multi-?\s?storey|level\s+\d+|top\s+floor|roof|bridge|cliff|platform|"
    r"balcony|building|tower|viaduct|quarry)"
)
_FOR_A_LONG_TIME = (
    r"for\s+(?:an\s+hour|hours|ages|a\s+long\s+(?:time|while)|a\s+while|most\s+of\s+the\s+"
    r"night|(?:\w+\s+)?minutes)|a\s+long\s+while"
)

_STRONG += [
    (
        "suicide",
        "wish to be dead",
        False,
        [
            # Asking not to wake: "pray God doesn't let me wake up", "takes me in my sleep".
            _u(
                ("wake", "sleep"),
                r"\b(?:hop|pray|wish)\w*\s+(?:that\s+)?(?:(?:god|the\s+lord|he|someone|it)\s+)?",
                r"(?:just\s+|finally\s+)?(?:doesnt|wont|will\s+not|would\s+not|wouldnt)\s+",
                r"let\s+me\s+wake\s+up\b",
                r"|\b(?:hop|pray|wish)\w*\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:takes?|took)\s+me\s+",
                r"in\s+my\s+sleep\b",
            ),
            # Hoping an accident or the illness does it: "hope a lorry hits me", "wish
            # that bus had hit me", "hoping the infection takes me".
            _u(
                (
                    *("lorry", "truck", "van", "car", "bus", "train", "infection"),
                    *("cancer", "heart", "tumour", "tumor", "virus", "sepsis", "bug"),
                    "illness",
                ),
                r"\b(?:hop|wish|pray)\w*\s+(?:that\s+)?(?:the\s+|a\s+|this\s+|next\s+|some\s+)?",
                r"(?:\w+\s+){0,2}?(?:lorry|truck|van|car|bus|train|infection|cancer|",
                r"heart\s+attack|tumou?r|virus|sepsis|bug|illness)\s+(?:\w+\s+){0,3}?",
                r"(?:hits?|takes?|took|kills?|killed|gets?|got|finish\w*\s+me\s+off|",
                r"crush\w*|runs?\s+(?:me\s+)?over|ran\s+(?:me\s+)?over|ploughs?\s+into|",
                r"crosses\s+into\s+my\s+lane|comes\s+for|came\s+for)\s*(?:me\b|into\s+me\b|",
                r"my\s+lane\b|$)",
            ),
            # Not wanting to live, in other words: "tired for living", "how to end me".
            _u(
                ("tired",),
                r"\btired\s+(?:for|from)\s+(?:living|life|being\s+alive)\b",
            ),
            _u(
                ("end", "kill"),
                r"\b(?:think|thinking|thought)\s+(?:about\s+|of\s+)?how\s+(?:to|i\s+(?:could|can|"
                r"would|will))\s+(?:end|kill)\s+(?:me|myself)\b",
            ),
            # Worth more dead; the family better off on the payout.
            _u(
                ("dead", "worth"),
                r"\bworth\s+more\s+(?:to\s+(?:\w+\s+){1,2})?dead\b",
            ),
            _u(
                ("payout", "insurance", "policy", "money"),
                r"\b(?:better|easier|manage|cope|fine|ok|okay)\b[^.!?]{0,40}?\b(?:on|with)\s+",
                r"the\s+(?:life\s+)?(?:payout|insurance(?:\s+money)?|policy|money)\s+than\s+",
                r"with\s+me\b",
            ),
            # Better off without me, said of an old or sick self: "without an old woman".
            _u(
                ("without", "better", "easier", "happier"),
                r"\b(?:better\s+off|better|easier|happier)\s+without\s+(?:an?\s+)?",
                r"(?:(?:old|useless|sick|broken|miserable)\s+)+(?:woman|man|mum|mom|dad|"
                r"gran|grandad|nan|wife|husband|burden)\b",
                r"|\b(?:better\s+off|better|easier|happier)\s+if\s+(?:the\s+cancer|it|the\s+",
                r"tumou?r|the\s+illness)\s+(?:just\s+)?(?:won|wins|took\s+me|takes\s+me|",
                r"got\s+me|gets\s+me)\b",
            ),
            # When the child dies, I go too.
            _u(
                ("goes", "dies", "passes", "gone", "decided", "decide"),
                r"\bwhen\s+(?:he|she|they|the\s+\w+|my\s+\w+|\w+)\s+(?:goes|dies|passes|",
                r"is\s+gone),?\s+(?:i\s+go|so\s+do\s+i|i\s+will\s+go|ill\s+go|im\s+going|",
                r"i\s+follow|ill\s+follow)\b(?!\s+(?:to|into|in|for|on|back|home|out|up|with\s+",
                r"(?:them|the)|shopping|part|through)\b)",
                r"|\b(?:decided|decide)\s+(?:that\s+)?(?:im|i\s+am|ill|i\s+will)\s+(?:going|",
                r"go)\s+(?:with|after)\s+(?:her|him|them)\b(?!\s+(?:to|into|in|for|on)\b)",
            ),
        ],
    ),
    (
        "suicide",
        "someone else wants to die",
        True,
        [
            # A note or words that the family would be happier without them.
            _u(
                ("without",),
                r"\b(?:note|letter|message|said|says|saying|wrote|written|writes|told\s+me|",
                r"texted|thinks)\b[^.!?]{0,60}?\b(?:happier|better\s+off|easier|better)\s+",
                r"without\s+(?:her|him|them)\b(?!\s+(?:\w+\s+)?(?:there|around\s+for\s+a|",
                r"at|in|on|for\s+(?:a|the)))",
            ),
        ],
    ),
    (
        "suicide",
        "intent or preparation",
        False,
        [
            # Not seeing oneself still here.
            _u(
                ("still",),
                r"\bdont\s+see\s+myself\s+still\s+(?:being\s+)?(?:here|around|alive)\b",
                r"(?![^.!?]*\b(?:moved|moving|move|living|job|uni|school|ward|hospital|",
                r"house|flat|town|country|working|team|club|group|forum)\b)",
            ),
            # Not coming back: "I won't be needing the return ticket".
            _u(
                ("needing", "need"),
                r"\b(?:wont|will\s+not|dont|shant)\s+(?:be\s+)?need(?:ing)?\s+(?:a|the|my)\s+",
                r"return(?:\s+(?:ticket|half|journey|trip))?\b(?![^.!?]*\b(?:lift|driving|",
                r"drive|staying|moving|bus\s+pass|emigrat\w*|flying|collect\w*|pick\w*\s+up|",
                r"for\s+a\s+(?:while|bit|few|week|month))\b)",
            ),
            # Finishing it all, for good.
            _u(
                ("finish", "finishing"),
                r"\b(?:want|wanted|going|plan\w*|ready|decided|about|thinking|thought|gonna)\s+",
                r"(?:to\s+|of\s+|about\s+)?finish(?:ing)?\s+(?:it\s+all|myself|things\s+for\s+",
                r"good|it\s+for\s+good|me\s+off)\b(?!\s+(?:in|off|up|with|at|on|by|before|",
                r"today|tonight|tomorrow|this|for\s+(?:the|a)|so\s+i\s+can)\b)",
            ),
        ],
    ),
    (
        "suicide",
        "an attempt and next time",
        False,
        [
            _u(
                ("next",),
                r"\bnext\s+time\s+(?:i\s+|ill\s+|i\s+will\s+)?(?:wont|will\s+not|ill\s+not)\s+",
                r"(?:get\s+it\s+wrong|mess\s+(?:it\s+)?up|fail|wake\s+up|survive|be\s+found|",
                r"screw\s+(?:it\s+)?up|stop)\b",
                r"|\bnext\s+time\s+(?:ill|i\s+will|i)\s+(?:do\s+it\s+properly|get\s+it\s+right|",
                r"make\s+sure\s*$|make\s+sure\s+(?:it\s+works|i\s+dont|no\s+one|nobody)|",
                r"take\s+more|use\s+more)",
            ),
        ],
    ),
    (
        "suicide",
        "method or means",
        True,
        [
            # Car exhaust in a closed garage; a hose cut or taped.
            _u(
                ("engine", "garage"),
                r"^(?![^.!?]*\b(?:warm|warmth|heater|heating|defrost|charg\w*|radio|stuck|",
                r"fix\w*|while|waiting|mechanic|mot|jump\s+start\w*|battery|door\s+open)\b)",
                r"[^.!?]*?(?:\bgarage\b[^.!?]{0,80}?\b(?:engine|motor)\s+(?:still\s+)?running\b",
                r"|\b(?:engine|motor)\s+(?:still\s+)?running\b[^.!?]{0,60}?\bgarage\b)",
            ),
            _u(
                ("hose", "hoses", "hosepipe", "exhaust"),
                r"\bhose\w*\b[^.!?]{0,50}?\b(?:taped|exhaust|window)\b",
                r"|\b(?:taped|exhaust)\b[^.!?]{0,50}?\bhose\w*\b",
            ),
            # Will a beam, banister or hook take a person's weight.
            _u(
                ("weight",),
                r"\b(?:beam|banister|bannister|rail|railing|hook|pipe|branch|loft\s+hatch|",
                r"curtain\s+pole|light\s+fitting|joist)\s+(?:\w+\s+){0,4}?(?:take|hold|",
                r"support|bear|carry)\s+(?:the\s+weight\s+of\s+)?(?:a\s+grown\s+\w+s?|",
                r"an\s+adults?|a\s+(?:mans|womans|persons)|my|someones|a\s+person)\s*",
                r"(?:weight|\b)",
            ),
            # How much of a medicine it would take, for a grown person or me.
            _u(
                ("take",),
                r"\bhow\s+(?:much|many)\b[^.!?]{0,50}?",
                _MEDS,
                r"\b[^.!?]{0,60}?\b(?:would|will|does|did)\s+it\s+take\s+",
                r"(?:for\s+(?:me|someone|somebody|a\s+grown\s+\w+|an\s+adult|a\s+person|",
                r"a\s+(?:wo)?man\s+(?:my|of\s+my|like\s+me))\b|to\s+(?:die|kill|end|not\s+wake))",
            ),
            # Saving up medicine instead of taking it.
            _u(
                (
                    "saving",
                    "keeping",
                    "keep",
                    "kept",
                    "hiding",
                    "hid",
                    "hoarding",
                    "stashing",
                ),
                r"\b(?:been|keep|kept|im|i\s+am|started|start|ive\s+been|shes|hes|she|he|",
                r"theyve\s+been|shes\s+been|hes\s+been)\s+(?:been\s+)?saving\s+(?:up\s+)?",
                r"(?:all\s+)?(?:my|her|his|their|the)\s+(?:\w+\s+){0,2}?",
                _MEDS,
                r"\b(?!\s+(?:for\s+(?:the|a|our)\s+(?:trip|holiday|weekend|flight)|in\s+a\s+",
                r"(?:dosette|pill\s+box)|money))(?![^.!?]*\b(?:pharmacy|chemist|dispos\w*|",
                r"take\s+(?:them\s+|it\s+)?back|hand\s+(?:them\s+|it\s+)?in|return\w*)\b)",
                r"|\b(?:saving|keeping|keep|kept|hiding|hid|hoarding|stashing)\s+(?:them|it|",
                r"(?:the|my|her|his|all\s+my|all\s+the)\s+(?:\w+\s+)?",
                _MEDS,
                r")\s+(?:up\s+)?(?:instead\s+of|rather\s+than)\s+(?:taking|using)\b",
            ),
            # A place, at the edge, for a long time.
            _u(
                ("edge",),
                # the place named before, or else after
                r"(?P<place>\b",
                _HIGH_PLACE,
                r"\b[^.!?]{0,80}?)?\b(?:stood|standing|stand|sat|sitting|leaned|leaning|",
                r"climbed)\s+(?:on|at|by|over|onto)\s+the\s+(?:very\s+)?edge\b",
                r"(?(place)|(?=[^.!?]*\b",
                _HIGH_PLACE,
                r"\b))",
                r"[^.!?]{0,60}?\b(?:",
                _FOR_A_LONG_TIME,
                r"|again|looking\s+down|thinking|last\s+night)\b",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            # Burning or cutting part of the body with an implement.
            _u(
                (
                    *("burn", "burns", "burnt", "burned", "burning", "cut", "cuts"),
                    *(
                        "cutting",
                        "scratch",
                        "scratching",
                        "scratched",
                        "carve",
                        "carving",
                    ),
                    *("carved", "stab", "stabbing", "stabbed", "scrape", "scraping"),
                    *("slice", "slicing", "sliced"),
                ),
                r"\b(?:burn\w*|cut|cuts|cutting|scratch\w*|carv\w*|stab\w*|scrap\w*|slic\w*)\s+",
                r"(?:\w+\s+){0,4}?(?:my|his|her|their)\s+(?:own\s+)?(?:\w+\s+)?",
                _BODY,
                r"\s+(?:\w+\s+){0,3}?with\s+(?:a|the|his|her|my|their)\s+(?:\w+\s+)?",
                r"(?:compass|blade|razor|knife|scissors|lighter|pin|needle|glass|sharpener|",
                r"straighteners?|iron|cigarettes?|candle|match(?:es)?)\b",
                r"(?![^.!?]*\b(?:accident\w*|cooking|chopping|slipped|by\s+mistake|shaving|",
                r"baking|ironing|dropped|oven)\b)",
            ),
            # Hitting a wall or door until the hand or head is hurt.
            _u(
                ("till", "until", "til"),
                r"\b(?:punch\w*|hit|hits|hitting|bang\w*|smash\w*|slam\w*|kick\w*|headbutt\w*)\s+",
                r"(?:\w+\s+){0,4}?(?:wall|walls|door|doors|floor|mirror|brick|bricks|window|",
                r"radiator)\b[^.!?]{0,50}?\b(?:till|until|til)\b[^.!?]{0,25}?\b(?:split|",
                r"bled|bleed|bleeding|broke|broken|cracked|hurt|hurts|swell\w*|swollen|",
                r"bruis\w*|numb|pain|raw)\b",
            ),
            # On purpose, to a wound, a line, the skin; going without food as a punishment.
            _u(
                ("purpose", "deliberately", "intentionally"),
                r"\b(?:open\w*|reopen\w*|pick\w*|pull\w*|dig\w*|tear\w*|tore|rip\w*|bit|",
                r"bite|biting|scratch\w*|squeez\w*)\s+(?:up\s+|at\s+|out\s+)?",
                r"(?:\w+\s+){0,2}?(?:my|myself)\s+(?:\w+\s+){0,3}?(?:scars?|scabs?|wounds?|",
                r"stitches|dressing|line|skin|port|picc|cuts?|sores?|lips?|",
                _BODY,
                r")\b(?:\s+\w+){0,5}?\s+(?:on\s+purpose|deliberately|intentionally)\b",
                r"|\b(?:stopped|stop|not|havent\s+been|havent|refusing\s+to|refuse\s+to)\s+",
                r"(?:eating|eaten|drinking)\b(?:\s+\w+){0,4}?\s+(?:on\s+purpose|deliberately|",
                r"intentionally|as\s+(?:a\s+)?punishment)\b",
            ),
            # Medicine taken to feel something, not to die.
            _u(
                ("feel", "die", "punish"),
                r"\b(?:took|take|taking|swallowed|swallow|taken)\s+(?:\d+|a\s+few|some|",
                r"loads\s+of|a\s+handful\s+of|a\s+load\s+of|ten|eight|twelve|six)\s+",
                r"(?:\w+\s+)?",
                _MEDS,
                r"\b[^.!?]{0,60}?\b(?:to\s+feel\s+(?:something|anything)|to\s+(?:hurt|punish)\s+",
                r"myself|not\s+to\s+die)\b",
            ),
            # Cuts on a part of the body, fresh or hidden.
            _u(
                ("cuts", "scars", "burns", "scratches"),
                r"\b(?:has|had|got|found|noticed|seen|saw|covered\s+in|hiding)\s+",
                r"(?:\w+\s+)?(?:cuts|burns|scratches)\s+(?:all\s+)?(?:over|on|up|across|",
                r"along|down)\s+(?:the\s+(?:tops?|insides?|backs?|fronts?)\s+of\s+)?",
                r"(?:both\s+)?(?:his|her|my|their)\s+(?:\w+\s+)?",
                _BODY,
                r"\b(?![^.!?]*\b(?:from|cannula|radio\w*|radiation|cat|kitten|dog|eczema|fell|",
                r"fall|falling|bike|accident|picc|surgery|op|operation|rash|chicken\s*pox|",
                r"brambles?|football|trampoline)\b)",
            ),
        ],
    ),
    (
        "child_danger",
        "violence to a child",
        False,
        [
            # "Daddy shook her", "Mum hit me": the parent named as a child does.
            _u(
                (
                    *(
                        "shook",
                        "hit",
                        "hits",
                        "slapped",
                        "smacked",
                        "punched",
                        "kicked",
                    ),
                    *("choked", "strangled", "burned", "burnt", "beat", "beats"),
                    *("threw", "shoved", "pushed", "dragged", "bit"),
                ),
                r"\b(?:daddy|mummy|mommy|mammy|dad|mum|mom|stepdad|stepmum|stepmom)\s+",
                r"(?:\w+\s+)?(?:shook|hit|hits|slapped|smacked|punched|kicked|choked|",
                r"strangled|burned|burnt|beat|beats|threw|shoved|pushed|dragged|bit)\s+",
                r"(?:me|him|her|them|us)\b(?!\s+(?:at|in|to|hand|hands|up|out|off|around|",
                r"round|a\s+high|on\s+the\s+(?:back|shoulder)|awake|gently))",
            ),
            # Squeezed, grabbed or shaken so hard the child screamed.
            _u(
                ("hard",),
                r"\b(?:grabbed|squeezed|shook|gripped|yanked|pinched|pulled|shoved|pushed)\s+",
                r"(?:her|him|them|the\s+baby|",
                _CHILD_OBJECT,
                r")\s+so\s+hard\b",
            ),
            # Picturing smothering or hurting the child; a pillow over the face.
            _u(
                ("pillow",),
                r"\bpillow\s+over\s+(?:her|his|their|the\s+babys|the\s+baby|my\s+\w+s?)\s+",
                r"(?:little\s+)?face\b",
            ),
            _u(
                (
                    "shaking",
                    "smothering",
                    "suffocating",
                    "drowning",
                    "hurting",
                    "throwing",
                ),
                r"\b(?:picturing|imagining|imagine|thinking\s+about|urges?\s+to|want\s+to|",
                r"wanted\s+to|keep\s+seeing\s+myself)\s+(?:\w+\s+)?(?:shaking|smothering|",
                r"suffocating|drowning|hurting|throwing|shake|smother|suffocate|drown|hurt|",
                r"throw)\s+(?:her|him|them|the\s+baby|",
                _CHILD_OBJECT,
                r")\b(?![^.!?]*\b(?:hug|cuddle|kiss|tickl\w*|joy|happy|laugh\w*)\b)",
            ),
            # Locked in a room for a long time.
            _u(
                ("locks", "locked", "lock", "locking"),
                r"\b(?:locks|locked|lock|locking)\s+(?!(?:herself|himself|themselves|themself|",
                r"myself|ourselves|yourself|the\s+door|it|up)\b)(?:\w+\s+){1,2}?",
                r"in\s+(?:her|his|their|a|the)\s+(?:bed)?room\s+",
                r"(?:for\s+(?:hours|days|the\s+(?:night|day|weekend))|all\s+(?:day|night))",
            ),
        ],
    ),
    (
        "child_danger",
        "a child abused",
        False,
        [
            # Touched under the clothes; made to keep secrets.
            _u(
                ("touch", "touches", "touched", "touching"),
                r"\btouch\w*\s+(?:me|her|him|them)\s+(?:under|inside|through|beneath|down)\s+",
                r"(?:my|her|his|their)\s+(?:nightie|nightdress|pyjamas|pajamas|pjs|clothes|",
                r"pants|knickers|underwear|shorts|skirt|top|t-?shirt|nappy|bottoms)\b",
            ),
            _u(
                ("secret", "secrets"),
                r"\bmakes?\s+(?:me|her|him|them)\s+keep\s+(?:\w+\s+)?secrets?\b",
                r"(?![^.!?]*\b(?:present|gift|christmas|birthday|surprise|party)\b)",
            ),
            # A threat to share pictures taken of a child.
            _u(
                ("post", "share", "send", "show"),
                r"\b(?:post|share|send|show|put)\s+(?:it|them|the\s+(?:pics?|pictures?|",
                r"photos?|video|videos))\s+(?:everywhere|online|on\s+the\s+internet|",
                r"to\s+(?:everyone|all))\b",
                r"(?=[^.!?]*\b(?:if|unless)\s+(?:i|she|he|they)\s+(?:tell|tells|told|dont|",
                r"doesnt|stop\w*|say))(?![^.!?]*\b(?:teacher|school|class|bull\w*)\b)",
            ),
        ],
    ),
    (
        "child_danger",
        "a child's treatment withheld",
        False,
        [
            _u(
                (
                    "chemo",
                    "chemotherapy",
                    "treatment",
                    "radiotherapy",
                    "transplant",
                    "medication",
                    "antibiotics",
                    "insulin",
                    "appointments",
                ),
                r"\b(?:ex|husband|wife|partner|boyfriend|girlfriend|stepdad|stepmum|stepmom|",
                r"dad|father|mum|mother)\b[^.!?]{0,60}?\b(?:refus\w*|wont|will\s+not|",
                r"will\s+stop|is\s+stopping|has\s+stopped|stopped|threaten\w*\s+to\s+stop)\s+",
                r"(?:to\s+)?(?:bring\w*|tak\w*|giv\w*|let\w*)?\s*(?:\w+\s+){0,3}?",
                r"(?:(?:to|her|his|their|our|my|the)\s+)*(?:chemo|chemotherapy|treatment|",
                r"radiotherapy|transplant|medication|antibiotics|insulin|appointments?|",
                r"(?:chemo\s+)?tablets)\b(?![^.!?]*\b(?:cinema|party|school|park|zoo|",
                r"football|swimming|doctor\s+said|consultant|oncologist|team\s+said|so\s+i|",
                r"i\s+(?:take|do|drive)|mondays|tuesdays|wednesdays|thursdays|fridays|",
                r"saturdays|sundays|weekends|weekdays)\b)",
            ),
        ],
    ),
]

# Fire only for a post about a child (a child word or an age under 18).
_CHILD_CONTEXT: list[tuple[str, _Unit]] = [
    (
        "a child left alone",
        _u(
            ("alone", "own", "herself", "himself", "themselves"),
            r"^(?![^.!?]*\b(?:ward|hospital|nurse|nurses|bay|clinic|waiting|a&e|minutes?)\b)",
            r"[^.!?]*?\b(?:left|leaves|leaving|leave)\s+(?:\w+\s+){0,8}?(?:alone|on\s+(?:her|his|",
            r"their)\s+own|by\s+(?:herself|himself|themselves))\s+(?:\w+\s+){0,4}?",
            r"(?:for\s+(?:whole\s+|two\s+|three\s+|several\s+|\d+\s+|many\s+)?(?:days|nights|",
            r"hours|the\s+(?:night|weekend|whole\s+day))|overnight|all\s+(?:day|night|",
            r"weekend))\b",
        ),
    ),
    (
        "the whole family threatened",
        _u(
            ("us", "family"),
            r"\b(?:none|neither|all|both)\s+of\s+us\s+(?:will\s+be|are|would\s+be|is|",
            r"are\s+going\s+to\s+be|will)\s+(?:\w+\s+)?(?:around|here|alive|left|breathing|",
            r"dead)\b(?!\s+(?:this|next|on|at|in|to|for\s+(?:the|a)\s+(?:weekend|week|day|",
            r"holiday|party|trip|match|wedding|christening)))",
            r"|\bmake\s+sure\s+(?:none|neither)\s+of\s+us\b",
            r"|\b(?:kill|take|end)\s+(?:us\s+all|all\s+of\s+us|the\s+lot\s+of\s+us|",
            r"the\s+whole\s+family)\b",
            r"|\bbetter\s+(?:off\s+)?without\s+any\s+of\s+us\b",
        ),
    ),
    (
        "an adult asking a child for pictures",
        _u(
            ("asking", "begging", "pressuring", "pushing", "asks", "asked"),
            r"\b(?:keeps?|kept|been|is|was|started|always)\s+(?:asking|begging|",
            r"pressuring|pushing|asks|asked)\s+(?:me|her|him|them|",
            _CHILD_OBJECT,
            r")\s+(?:for|to\s+send)\s+(?:\w+\s+)?(?:pics|pictures|photos|nudes|selfies|",
            r"videos)\b(?![^.!?]*\b(?:id|drawings?|school|homework|passport|form)\b)",
        ),
    ),
    (
        "child with an intoxicated driver",
        _u(
            ("drove", "driven", "driving", "drive"),
            r"\b(?:drove|driven|driving)\s+(?:off\s+|away\s+)?with\s+(?:\w+\s+){0,2}?",
            r"(?:kids|children|baby|boys|girls|son|daughter|little\s+ones?)\b[^.!?]{0,40}?",
            r"\b(?:after\s+drinking|drunk|been\s+drinking|drinking\s+(?:since|all|for))\b",
        ),
    ),
]
_MINOR = re.compile(
    r"\b(?:im|i\s+am|shes|hes|she\s+is|he\s+is|aged?)\s+(?:only\s+)?(?:1[0-7]|[4-9])\b"
    r"|\b(?:cot|nappy|nappies|pram|buggy|mindees?|foster\s+(?:son|daughter|child))\b"
)

_WEAK += [
    # Decisions and the calm after them.
    (
        _DECIDED,
        _u(
            ("mind", "minds", "decided"),
            r"\b(?:made\s+(?:my\s+)?mind\s+up|made\s+up\s+my\s+mind|my\s+minds?\s+(?:is\s+)?",
            r"made\s+up)\b(?=\s*$|\s+(?:and|now|this\s+time|for\s+good|already)\b)",
            # "I've decided." with nothing after it: what, it does not say
            r"|\bive\s+(?:already\s+|finally\s+|now\s+)?decided\s*$",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("calm", "peaceful", "peace"),
            r"\b(?:feel|feeling|felt)\s+(?:weirdly\s+|strangely\s+|oddly\s+|so\s+|really\s+)?",
            r"(?:calm|peaceful|at\s+peace)\s+(?:about\s+it|now)\b(?!\s+(?:we|that|the)\b)",
            r"(?![^.!?]*\b(?:scan|results|surgery|op|operation|treatment|chemo|plan\s+for|",
            r"team|consultant|doctor)\b)",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("good",),
            r"\bas\s+good\s+a\s+(?:day|time|night|week)\s+as\s+any\s*$",
        ),
    ),
    (
        _PLAN,
        _u(
            ("plan", "date"),
            r"^(?![^.!?]*\b(?:fundraiser|bake|party|wedding|holiday|trip|sale|walk|run|event|",
            r"christening|meeting|bell|birthday|disney\w*|celebrat\w*)\b)[^.!?]*?",
            r"(?:\b(?:a\s+plan\s+and\s+a\s+(?:date|time|place|day)|a\s+(?:date|time|day)\s+and\s+",
            r"a\s+plan)\b|\bive\s+(?:\w+\s+)?a\s+plan\b(?!\s+(?:with|for|b)\b))",
        ),
    ),
    (
        _PLAN,
        _u(
            ("ready",),
            r"\bim\s+(?:\w+\s+)?(?:nearly|almost|finally|just\s+about)\s+ready\s*$",
        ),
    ),
    # Hastening it; taking it into one's own hands; making it happen.
    (
        _DOING_IT,
        _u(
            ("along", "hands", "happen"),
            r"\bhelp(?:ed|ing)?\s+(?:it|things|him|god|the\s+lord|nature)\s+along\b",
            r"|\btake\s+(?:it|things|matters)\s+into\s+my\s+own\s+hands\b",
            r"(?=[^.!?]*\b(?:end|die|dying|before|palliative|fails?|gone|over)\b)",
            r"|\b(?:thinking|think|thought)\s+(?:about|of)\s+making\s+(?:that|it|this)\s+",
            r"(?:actually\s+|really\s+)?happen\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("sat", "sitting", "sit", "held", "holding", "hold"),
            r"\b(?:sat|sitting|sit|held|holding|hold)\s+(?:\w+\s+){0,3}?with\s+(?:it|them|",
            r"the\s+(?:gun|shotgun|rifle|rope|knife|blade|pills|tablets|bottle|noose))\s+",
            r"(?:loaded\s+)?(?:\w+\s+){0,4}?(?:",
            _FOR_A_LONG_TIME,
            r")\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("seatbelt", "belt", "seat"),
            r"\bstopped\s+(?:wearing|putting\s+on)\s+(?:my|the|a)\s+(?:seat\s*)?belt\b",
            r"|\b(?:didnt|dont|never)\s+(?:put|wear)\s+(?:my|the|a)\s+seat\s*belt\b",
        ),
    ),
    # Means named: loaded, the cabinet's contents, counted out, an exit.
    (
        _MEANS,
        _u(
            ("loaded", "cabinet", "cupboard"),
            r"\b(?:gun|shotgun|rifle|it)\s+(?:was\s+|is\s+)?loaded\b|\bloaded\s+(?:gun|",
            r"shotgun|rifle)\b",
            r"|\bwhat(?:ever)?\s+(?:is|s)?\s*in\s+(?:my|the)\s+(?:bathroom|medicine)\s+",
            r"(?:cabinet|cupboard)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("counted", "counting", "count"),
            r"\b(?:counted|counting|count)\s+(?:out\s+|up\s+)?(?:all\s+)?(?:the|my|his|her|",
            r"their)\s+(?:\w+\s+){0,2}?",
            _MEDS,
            r"\b(?![^.!?]*\b(?:pharmacist|pharmacy|mix-?up|nurse|dosette|holiday|trip|week|",
            r"weekend|chart)\b)",
        ),
    ),
    (
        _MEANS,
        _u(
            ("saving", "keeping", "kept"),
            r"\b(?:saving|keeping|kept)\s+(?:all\s+)?(?:the|my)\s+(?:old\s+|spare\s+|",
            r"leftover\s+)?(?:boxes|packets|bottles|strips)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("exit", "hatch", "way"),
            r"\b(?:theres|there\s+is|have|got|its|as)\s+(?:an?\s+|my\s+)?(?:exit|way\s+out|",
            r"escape\s+hatch|emergency\s+exit)\b(?!\s+(?:from|off|at|on|to|of|by|near|",
            r"sign|door)\b)",
        ),
    ),
    (
        _ENDING,
        _u(
            ("way",),
            r"\bone[-\s]way\s+(?:\w+\s+)?ticket\b(?![^.!?]*\b(?:home|back\s+home|lift|driving|drive|",
            r"staying|moving|emigrat\w*|new\s+job|uni|university)\b)",
        ),
    ),
    (
        _ENDING,
        _u(
            ("vanish", "disappear"),
            r"\b(?:could|can|might)\s+(?:just\s+|literally\s+)?(?:vanish|disappear)\s+",
            r"and\s+(?:nobody|no\s+one|no-one)\s+would\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("wasnt", "werent", "want"),
            r"\bif\s+i\s+(?:just\s+)?(?:wasnt|werent|was\s+not|wasn't)\s+(?:around|here)\b",
            r"(?!\s+(?:for\s+(?:a|the)|to\s+(?:help|do|cook|nag|tidy|remind)|every\s+day|",
            r"the\s+house|at)\b)",
            r"|\bdont\s+want\s+to\s+be\s+here\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("finish",),
            r"\b(?:want|wanted|going|plan\w*|ready|decided|about|thinking|thought)\s+",
            r"(?:to\s+|of\s+|about\s+)?finish(?:ing)?\s+(?:it|things|everything|it\s+all|",
            r"me)\b(?!\s+(?:off|up|with|at|for|by|in\s+time|today|tonight|before))",
        ),
    ),
    (
        _ENDING,
        _u(
            ("done",),
            r"\b(?:after|once|when)\s+(?:\w+\s+){1,5}?(?:im|i\s+am|ill\s+be)\s+",
            r"(?:\w+\s+)?done\s*$",
        ),
    ),
    # A burden: easier for everyone; no use to anyone; a bill, not a son.
    (
        _HOPELESS,
        _u(
            ("easier", "better", "use", "bill", "drain", "anymore", "more"),
            r"\b(?:easier|better)\s+for\s+(?:everyone|everybody|all\s+of\s+them|them\s+all|",
            r"the\s+family)\s*$",
            r"|\b(?:not\s+much|no|of\s+no)\s+use\s+to\s+(?:anyone|anybody|them|my\s+\w+)\b",
            r"|\bim\s+(?:just\s+)?a\s+(?:bill|drain|cost|waste)\b",
            r"|\bnot\s+a\s+(?:son|daughter|mum|mom|dad|wife|husband|father|mother)\s+",
            r"any\s*more\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("lived", "life", "enough", "innings"),
            r"\b(?:lived\s+long\s+enough|ive\s+had\s+my\s+life|had\s+a\s+good\s+innings)\b",
        ),
    ),
    # A time fixed: "for when that day comes".
    (
        _MOMENT,
        _u(("comes",), r"\bfor\s+when\s+(?:that|the)\s+(?:day|time)\s+comes\b"),
    ),
    # Preparations, in more words.
    (
        _PREPARATION,
        _u(
            (
                *("insurance", "policy", "will", "funeral", "passwords", "pension"),
                *("bank", "mortgage", "pin"),
            ),
            r"\b(?:life\s+insurance|insurance|life\s+policy|my\s+will|the\s+will|passwords|",
            r"pension|bank\s+details|pin\s+numbers?|mortgage)\b[^.!?]{0,60}?\b(?:sorted|",
            r"in\s+order|easy\s+to\s+find|where\s+(?:they|he|she|to\s+find)|envelope|",
            r"addressed\s+to|so\s+(?:\w+\s+){1,5}?(?:will\s+be|are|is)\s+(?:ok|okay|fine|",
            r"alright|looked\s+after|provided\s+for)|pays?\s+out)\b",
            r"(?![^.!?]*\b(?:after\s+(?:dad|mum|his|her|my|gran|grandad|nan)|claim|",
            r"since\s+(?:dad|mum|he|she)\s+died|relieved|solicitor|suggested|advised|",
            r"everyone\s+should|responsible|organised|recommended|all\s+parents)\b)",
            r"|\b(?:wrote|written|writing)\s+(?:out|down)\s+(?:all\s+)?(?:the|my)\s+",
            r"(?:passwords|pins?|bank|will|pension|accounts)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("clearing", "cleared", "clear"),
            r"\b(?:clearing|cleared|clear)\s+out\s+(?:my|all\s+my)\s+(?:desk|locker|room|",
            r"wardrobe|things|stuff|drawers)\b(?![^.!?]*\b(?:because|as|for|since|moving|",
            r"part-?time|new\s+job|retir\w*|decorat\w*|charity|decluttering)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("look", "looking", "care"),
            r"\b(?:look|looking)\s+after\s+(?:\w+\s+){1,3}?for\s+me\b",
            r"(?!\s+(?:while|when|whilst|until|till|today|tonight|tomorrow|this|on|at|for|",
            r"next|during|please|pls|x)\b)",
            r"|\b(?:texted|messaged|text|message|said|wrote|note)\b[^.!?]{0,30}?\b(?:look\s+",
            r"after|take\s+care\s+of)\s+(?:the|my|our|mum|dad|the)\s*(?:boys|girls|kids|",
            r"children|mum|dad|\w+)?\b(?!\s+(?:while|until|till|today|tonight|for\s+a))",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("letter", "letters", "note", "notes", "each"),
            r"\b(?:wrote|written|writing|left)\s+(?:\w+\s+){1,3}?(?:a\s+)?(?:letter|letters|",
            r"note|notes)\s+each\b",
            r"|\b(?:written|wrote)\s+(?:each\s+of\s+)?(?:the|my)\s+(?:boys|girls|kids|",
            r"children|sons|daughters)\s+(?:a\s+)?(?:letter|letters|note|notes)\b",
            r"(?![^.!?]*\b(?:memory|memories|birthdays?|future|older|suggested|keepsakes?|",
            r"legacy|christmas|thank\s+you|santa|school|teacher)\b)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("texted", "messaged", "text", "message", "note"),
            r"\b(?:texted|messaged|text|message|note)\s+(?:just\s+)?(?:saying\s+|that\s+said\s+)?",
            r"(?:im\s+sorry|sorry\s+for\s+everything|goodbye|i\s+love\s+you|love\s+you\s+all)\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("love", "goodbye"),
            r"\bi\s+love\s+you\s+all\b[^.!?]*(?:[.!?]\s*)?\s*goodbye\b|^\s*goodbye\s*$",
        ),
    ),
    # Said in earnest, told once: "I mean it this time", "just needed someone to know".
    (
        _EARNEST,
        _u(
            ("meant", "mean", "joke", "joking", "real", "serious", "seriously"),
            r"\bi\s+(?:meant|mean)\s+it\s+this\s+time\b|\b(?:asking|this\s+is)\s+for\s+real\b",
            r"|\bnot\s+(?:a\s+joke|joking)\s*$|\b(?:asking|im)\s+seriously\s*$",
            r"|\bthinking\s+about\s+(?:that|it)\s+(?:quite\s+|very\s+)?seriously\b",
        ),
    ),
    (
        _TELLING,
        _u(
            ("know", "somewhere"),
            r"\b(?:just\s+)?(?:wanted|needed|want|need)\s+(?:someone|somebody|some\s+one)\s+",
            r"(?:out\s+there\s+)?to\s+know\s*$",
            r"|\bthought\s+(?:somebody|someone)\s+(?:ought\s+to|should)\s+know\b",
            r"|\b(?:needed|wanted|want|need)\s+to\s+(?:write|put|get)\s+it\s+(?:down\s+)?",
            r"somewhere\b|\bwant\s+it\s+(?:written\s+)?down\s+somewhere\b",
        ),
    ),
    (
        _HIDING,
        _u(
            ("told", "fine"),
            r"\btold\s+(?:the|my)\s+\w+\s+(?:that\s+)?im\s+fine\b(?=[^.!?]*(?:[.!?]\s*)?",
            r"\s*im\s+not\b)",
            r"|\btold\s+(?:the|my)\s+\w+\s+(?:that\s+)?im\s+fine\s*$",
        ),
    ),
    (
        _UNREACHABLE,
        _u(
            (
                *(
                    "voicemail",
                    "answering",
                    "picking",
                    "replying",
                    "phone",
                    "reach",
                    "hold",
                ),
                *("coat", "without", "switched", "find"),
            ),
            r"\b(?:going|goes|went|gone|straight)\s+(?:straight\s+)?to\s+voicemail\b",
            r"|\b(?:he|she|they|hes|shes|theyre)\s+(?:\w+\s+)?(?:isnt|not|wont|hasnt\s+been|",
            r"stopped)\s+(?:answering|answer|picking\s+up|pick\s+up|replying)\b",
            r"|\b(?:her|his|their)\s+phone\s+(?:is\s+|s\s+)?(?:off|dead|switched\s+off)\b",
            r"|\bcant\s+(?:reach|get\s+hold\s+of|find)\s+(?:her|him|them)\b",
            r"|\bleft\s+(?:the\s+house\s+)?without\s+(?:her|his)\s+(?:coat|phone|shoes|keys)\b",
            r"|\bleft\s+(?:her|his)\s+(?:wedding\s+ring\s+and\s+(?:her|his)\s+)?phone\s+(?:behind|",
            r"at\s+home|on\s+the)\b(?![^.!?]*\b(?:as\s+usual|again|typical|charging)\b)",
        ),
    ),
    # Self-harm signs: a return, a blade or flame, marks hidden, signs found. Two
    # different ones make self-harm (_SELF_HARM_SIGNS).
    (
        _SH_ACT,
        _u(
            ("thing", "habit", "clean", "relapsed"),
            r"\b(?:doing|did|done|started|back\s+to)\s+the\s+thing\s+again\b",
            r"|\bthe\s+(?:old\s+)?habits?\s+(?:is|are|s)\s+back\b|\bhabits\s+back\b",
            r"|\bbeen\s+clean\s+(?:of\s+it\s+)?(?:of|for)\b|\b(?:\d+|one|two|three|four|five|",
            r"six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+clean\b",
        ),
    ),
    (
        _SH_ACT,
        _u(
            ("deserved", "deserve", "punish", "punished", "punishing"),
            r"\b(?:i\s+)?deserved?\s+(?:it|the\s+pain|to\s+(?:hurt|suffer|bleed))\b",
            r"|\bpunish\w*\s+myself\b|\bbeing\s+punished\s+properly\b",
        ),
    ),
    (
        _SH_TOOL,
        _u(
            ("razor", "blade", "blades", "lighter", "compass"),
            r"\b(?:razor\s+)?blades?\b(?![^.!?]*\b(?:shav\w*|legs|beard|grass|mower|skate\w*|",
            r"fan|wind|scissors)\b)|\bwith\s+(?:my|a|the)\s+(?:lighter|compass)\b",
        ),
    ),
    (
        _SH_HIDE,
        _u(
            (
                "sleeves",
                "cover",
                "covers",
                "see",
                "hoodie",
                "hoodies",
                "jumper",
                "jumpers",
                "hide",
                "hides",
            ),
            r"\b(?:hoodies?|jumpers?)\s+in\s+(?:the\s+heat|this\s+heat|summer|june|july|august)\b|",
            r"\blong\s+sleeves\s+(?:in\s+(?:june|july|august|summer|the\s+heat|this\s+heat)|",
            r"again|all\s+summer|every\s+day)\b",
            r"|\bwhere\s+(?:my|his|her|the)\s+(?:\w+\s+)?(?:jeans|sleeves|clothes|shorts|top|",
            r"uniform|socks|trousers|skirt|watch|bracelets?|waistband|tights|leggings|hair)",
            r"\s+(?:\w+\s+)?(?:cover|covers|",
            r"hide|hides)\b",
            r"|\bwhere\s+(?:nobody|no\s+one|people)\s+(?:can|will|would)?\s*(?:cant|wont)?\s*see\b",
        ),
    ),
    (
        _SH_SIGN,
        _u(
            ("blood", "blades", "blade", "missing"),
            r"\bblood\s+on\s+(?:his|her|their|my)\s+(?:\w+\s+)?(?:sheets|sleeves?|pillow\w*|",
            r"towels?|tissues|duvet|jumper|hoodie)\b(?![^.!?]*\b(?:nose\w*|platelets|",
            r"cannula|line|picc)\b)",
            r"|\bblades?\s+(?:are\s+|were\s+)?(?:missing|gone|taken|removed)\s+(?:from|out\s+of)\b",
            r"|\bblades?\s+(?:out\s+of|from)\s+(?:his|her|their|the)\s+(?:\w+\s+)?sharpeners?\b",
        ),
    ),
    # A child's disclosure: an adult coming into the room; told no one will believe.
    (
        _NIGHT_VISIT,
        _u(
            ("room", "bedroom"),
            r"\b(?:he|uncle|stepdad|stepmum|lodger|babysitter|grandad|grandpa|man|",
            r"boyfriend|cousin|neighbour|neighbor|stepbrother)\s+(?:\w+\s+){0,2}?(?:comes?|",
            r"came|coming|goes|went|gets?|got|creeps?|crept)\s+(?:in|into)\s+(?:her|his|my|",
            r"their)\s+(?:bed)?room\b",
        ),
    ),
    (
        _SECRECY,
        _u(
            ("believe", "tell", "secret", "secrets", "stuff", "things", "wouldnt"),
            r"\b(?:no\s+one|nobody|no-one)\s+(?:will|would)\s+(?:ever\s+)?believe\s+",
            r"(?:me|her|him|them|you)\b",
            r"|\b(?:says|said|told\s+me|tells\s+me|told\s+her|told\s+him)\s+(?:that\s+)?(?:i|she|",
            r"he|we)\s+(?:cant|mustnt|must\s+not|shouldnt|isnt\s+allowed\s+to|arent\s+allowed\s+",
            r"to)\s+tell\b",
            r"|\b(?:told|tells|says|said)\s+(?:me|her|him|them)\s+(?:not\s+to|never\s+to)\s+",
            r"tell\b|\bdoes\s+(?:stuff|things)\b|\bkeep\s+(?:it\s+)?(?:a\s+)?secrets?\b",
            r"|\bwouldnt\s+say\s+any\s*(?:more|thing\s+else)\b",
        ),
    ),
    (
        _HARM_FEAR,
        _u(
            ("scared", "frightened", "afraid", "terrified"),
            r"\b(?:scared|frightened|afraid|terrified)\s+of\s+(?:myself|what\s+i\s+(?:might|",
            r"will|could)\s+do)\b(?!\s+in\s+a\s+good)",
        ),
    ),
    (
        _HARM_FEAR,
        _u(
            ("worse", "regret", "terrible", "awful"),
            r"\bbefore\s+i\s+do\s+something\s+(?:worse|i\s+regret|terrible|awful)\b",
        ),
    ),
    (
        _HARM_FEAR,
        _u(
            ("someone",),
            r"\b(?:need|want)\s+someone\s+to\s+take\s+(?:her|him|them|the\s+baby)\s+",
            r"(?:for\s+a\s+(?:while|bit)|away)\b|\b(?:need|want)\s+someone\s+to\s+take\s+(?:her|",
            r"him|them|the\s+baby|the\s+kids)\s*$",
        ),
    ),
]
# A second probe of invented sentences (after the families above; 11 of 30 found before
# these, 0 false alarms in 50) found these families still missing.
_CRISIS_PAIRS.append(frozenset((_MEANS, _PLACE)))
_STRONG += [
    (
        "suicide",
        "method or means",
        True,
        [
            # Letting the car go: "thought about not turning the wheel".
            _u(
                ("turning", "braking", "steering", "wheel", "driving"),
                r"\b(?:thought|thinking|think)\s+(?:about|of)\s+(?:just\s+)?(?:not\s+(?:turning|",
                r"braking|stopping|steering)|letting\s+go\s+of\s+the\s+wheel|driving\s+off\s+",
                r"(?:the|a)\s+(?:edge|road|cliff|bridge))\b",
            ),
            # Stopping one's own medicine so as not to be a burden, or to go sooner.
            _u(
                ("stopped", "stopping"),
                r"\b(?:stopped|stopping)\s+taking\s+(?:my|her|his|their)\s+(?:\w+\s+)?",
                _MEDS,
                r"\s+(?:on\s+purpose|deliberately|so\s+(?:i|she|he|they)\s+(?:wont|dont|",
                r"can|will\s+not)|to\s+(?:die|speed|hurry|go\s+(?:quicker|sooner)|not\s+be))",
            ),
        ],
    ),
    (
        "suicide",
        "intent or preparation",
        False,
        [
            _u(
                ("goodbyes", "goodbye"),
                r"\b(?:wrote|written|writing|typed|drafted|recorded)\s+(?:out\s+)?(?:my|the|",
                r"some|a\s+few|all\s+my)\s+goodbyes?\b(?!\s+(?:card|to\s+(?:the\s+)?(?:ward|",
                r"nurses|team|class|school)))(?![^.!?]*\b(?:card|ward|team|nurses|school|",
                r"colleagues|leaving|work|class|teacher|move|moving|house)\b)",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            # A hand held to something hot until it burns.
            _u(
                ("radiator", "iron", "hob", "kettle", "oven", "tap", "pan", "candle"),
                r"\b(?:held|holding|hold|press\w*|put|putting|kept|keep)\s+(?:my|his|her)\s+",
                r"(?:hand|hands|arm|arms|fingers|palm|palms|skin|wrist)\s+(?:on|against|under|",
                r"over)\s+(?:the\s+|a\s+)?(?:hot\s+|boiling\s+)?(?:radiator|iron|hob|kettle|",
                r"oven|tap|water|pan|candle|flame)\b[^.!?]{0,40}?\b(?:till|until|on\s+purpose|",
                r"to\s+feel|deliberately|so\s+it\s+burns?)\b",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "a threat to hurt a child",
        _u(
            (
                "break",
                "smash",
                "snap",
                "burn",
                "drown",
                "batter",
                "hurt",
                "cut",
                "chop",
            ),
            r"\b(?:said|says|threaten\w*|told\s+\w+|keeps\s+saying)\b[^.!?]{0,30}?\b",
            r"(?:hed|he\s+would|he\s+will|shed|she\s+would|she\s+will|theyd|they\s+would|",
            r"they\s+will|hes\s+going\s+to|shes\s+going\s+to)\s+(?:break|smash|snap|burn|",
            r"drown|batter|hurt|cut|chop)\s+(?:off\s+)?(?:my|his|her|their|the|our)\s+(?:\w+\s+)?(?:legs?|arms?|",
            r"neck|face|head|fingers?|ribs|jaw|nose)\b",
        ),
    ),
    (
        "a child taken away",
        _u(
            ("never", "again"),
            r"\b(?:said|says|told\s+\w+|threaten\w*)\b[^.!?]{0,60}?\b(?:we|you|i|she|he)\s+",
            r"(?:will|ll|would|d)?\s*never\s+see\s+(?:him|her|them|the\s+(?:kids|children|",
            r"baby))\s+again\b",
        ),
    ),
    (
        "a child alone at night",
        _u(
            ("nobodys", "nobody", "adults", "adult", "ones", "one"),
            r"\b(?:at\s+(?:1[0-2]|[1-4])\s*(?:pm|am)|at\s+midnight|in\s+the\s+middle\s+of\s+",
            r"the\s+night|at\s+night|in\s+the\s+dark)\b[^.!?]{0,60}?\b(?:nobodys|nobody\s+is|",
            r"no\s+ones|no\s+one\s+is|no\s+adults?\s+(?:is|are))\s+(?:home|in|there|around|",
            r"about|with\s+(?:him|her|them))\b",
        ),
    ),
]
_ADULT_ACCESS = "an adult's secret access to a child"
_NOT_SUICIDAL.add(_ADULT_ACCESS)
_WEAK += [
    (
        _ADULT_ACCESS,
        _u(
            ("showed", "shows", "showing", "sent", "sends", "sending"),
            r"\b(?:showed|shows|showing|sent|sends|sending)\s+(?:me|her|him|them|my\s+\w+|",
            r"our\s+\w+)\s+(?:\w+\s+){0,2}?(?:videos?|pictures?|photos?|pics|films?|",
            r"things|stuff|messages)\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("still", "sort", "end", "fix", "settle", "deal"),
            r"\bcheck\w*\s+(?:its|theyre|it\s+is|they\s+are)\s+still\s+there\b",
            r"|\b(?:sort|end|settle|deal\s+with)\s+(?:it|this|things|everything)\s+(?:out\s+)?",
            r"(?:tonight|for\s+good|once\s+and\s+for\s+all|one\s+way\s+or\s+another|",
            r"permanently)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("dog", "cat", "cats", "dogs", "pets", "pet", "rabbit", "budgie", "horse"),
            r"\b(?:rehom\w*|taking|take|took|giving|gave|given)\s+(?:the|my|our)\s+",
            r"(?:dog|cat|cats|dogs|pets?|rabbit|budgie|horse)\s+(?:\w+\s+){0,4}?",
            r"(?:for\s+good|permanently|to\s+(?:live|keep))\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("sorted", "nothing"),
            r"\b(?:thats|then\s+thats|now|and)\s+everything\s+(?:is\s+)?sorted\s*$",
            r"|\bnothing\s+(?:else\s+)?(?:left\s+)?to\s+(?:do|sort|organise)\s+now\b",
            r"(?!\s+(?:but|except|than|until|till)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("loose", "keys", "debits", "cancelled", "cancelling"),
            r"\b(?:tying|tied|tie)\s+up\s+(?:all\s+)?(?:the\s+|my\s+)?loose\s+ends\b",
            r"|\bleft\s+(?:the|my)\s+(?:car\s+|house\s+|spare\s+)?keys\s+with\b",
            r"(?![^.!?]*\b(?:so\s+(?:she|he|they)\s+can|to\s+(?:move|feed|water|check)|while|",
            r"whilst|until|till|when\s+we)\b)",
            r"|\b(?:cancelled|cancelling)\s+(?:all\s+)?(?:the|my)\s+(?:direct\s+debits|",
            r"standing\s+orders|phone\s+contract)\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("posting", "again"),
            r"\bwont\s+be\s+(?:posting|here|on\s+here|writing|around)\s+again\b",
            r"(?!\s+(?:for|until|till|this|next|before)\b)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("cuddle", "hug", "kiss"),
            r"\b(?:give|send)\s+(?:\w+\s+){1,2}?a\s+(?:cuddle|hug|kiss)\s+from\s+me\s*$",
        ),
    ),
    (
        _ENDING,
        _u(
            (
                *("plan", "intend", "expect", "relapse", "scan", "results", "result"),
                *("transplant", "treatment", "trial", "biopsy", "bloods", "blood"),
            ),
            r"\b(?:dont|do\s+not)\s+(?:plan|intend|expect)\s+(?:on|to)\s+(?:be|being)\s+",
            r"(?:here|around|alive)\b(?![^.!?]*\b(?:moved|moving|holiday|away|abroad|",
            r"work|trip)\b)",
            r"|\bif\s+(?:the\s+)?(?:relapse|scan|results?|transplant|treatment|trial|biopsy|",
            r"bloods?)\b[^.!?]{0,50}?\b(?:im|i\s+am)\s+(?:\w+\s+)?(?:out|gone|finished)\s*$",
        ),
    ),
    (
        _DECIDED,
        _u(("choice", "decision"), r"\bmade\s+(?:my|the)\s+(?:choice|decision)\s*$"),
    ),
    (
        _MEANS,
        _u(
            (
                "reading",
                "read",
                "looked",
                "looking",
                "researching",
                "googled",
                "googling",
            ),
            r"\b(?:reading|read|looked|looking|researching|googl\w*|search\w*)\s+(?:up\s+)?",
            r"(?:about\s+|into\s+)?(?:which|what|how|whether|if)\b[^.!?]{0,50}?\b(?:bridges?|",
            r"nets|barriers|high|drop|fatal|lethal|overdose|painless|bleed|bleeding)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("stuff",),
            r"(?<!not\s)\b(?:ive\s+got|got|have|bought|sorted)\s+the\s+stuff\s*$",
        ),
    ),
]

# A third probe (grandparents, non-native writers, siblings, teenagers; 6 of 25 found
# and 4 false alarms in 45 before these): families still missing.
_STRONG += [
    (
        "suicide",
        "method or means",
        True,
        [
            # "I think every day to go off the bridge", as non-native writers put it.
            _u(
                ("think", "thinking", "thought"),
                r"\b(?:think|thinking|thought)\s+(?:\w+\s+){0,3}?(?:to|about|of)\s+(?:go|going|",
                r"jump|jumping|throw\s+myself|throwing\s+myself)\s+(?:off|from|in\s+front\s+of)\s+",
                r"(?:the|a)\s+(?:\w+\s+)?(?:bridge|roof|cliff|building|car\s+park|train|tracks|",
                r"platform|balcony|motorway|viaduct)\b",
            ),
            # Carbon monoxide looked up, or with a car or garage.
            _u(
                ("carbon", "monoxide"),
                r"^(?![^.!?]*\b(?:alarm|detector|boiler|leak|gas\s+man|landlord)\b)[^.!?]*?",
                r"(?:\b(?:how\s+(?:long|much|quickly)|search\w*|googl\w*|looked\s+up)\b",
                r"[^.!?]{0,40}?\bcarbon\s+monoxide\b|\bcarbon\s+monoxide\b[^.!?]{0,40}?\b",
                r"(?:take|takes|kill|garage|car|enough)\b)",
            ),
            # "so easy to just keep driving into the river".
            _u(
                ("easy",),
                r"\b(?:would|could|will|might)\s+be\s+(?:so\s+)?easy\s+to\s+(?:just\s+)?",
                r"(?:\w+\s+){0,8}?(?:into\s+the\s+(?:river|sea|canal|lake|wall|traffic|path\s+of)|",
                r"off\s+the\s+(?:bridge|edge|road|cliff|roof)|in\s+front\s+of|take\s+(?:them|it)\s+",
                r"all|not\s+(?:stop|brake|turn|wake))",
            ),
            # Medicine stopped and kept instead.
            _u(
                ("stopped",),
                r"\bstopped\s+taking\s+(?:my|her|his)\s+(?:\w+\s+)?",
                _MEDS,
                r"\b[^.!?]{0,60}?\b(?:keeping|saving|hiding|stashing|hoarding)\s+(?:them|it)\b",
            ),
        ],
    ),
    (
        "child_danger",
        "violence to a child",
        False,
        [
            _u(
                ("threw", "throws", "thrown", "flung", "hurled", "slammed"),
                r"\b(?:threw|throws|thrown|flung|hurled|slammed)\s+(?:her|him|them|the\s+baby|",
                _CHILD_OBJECT,
                r")\s+(?:on|onto|across|against|down|into|at)\b(?![^.!?]*\b(?:pool|water|air|",
                r"tickl\w*|play\w*|giggl\w*|laugh\w*|cuddle|game|snow|leaves|ball\s+pit)\b)",
            ),
        ],
    ),
]
_WEAK += [
    (
        _MEANS,
        _u(
            (
                *(
                    "drawer",
                    "bedside",
                    "wardrobe",
                    "jar",
                    "tin",
                    "box",
                    "bag",
                    "pocket",
                ),
                *("coat", "glovebox", "pillow", "mattress", "bureau", "shed", "loft"),
                "handbag",
                "boot",
            ),
            _MEDS,
            r"\b[^.!?]{0,40}?\b(?:in|under|inside|behind)\s+(?:my|the|a)\s+(?:\w+\s+)?",
            r"(?:drawer|bedside|wardrobe|jar|tin|box|bag|handbag|pocket|coat|glovebox|boot|",
            r"pillow|mattress|bureau|shed|loft)\b(?![^.!?]*\b(?:appointment|dose|doses|forget|",
            r"morning|evening|night\s+time|remember|school|holiday|trip|locked)\b)",
        ),
    ),
    (
        _MEANS,
        _u(
            ("about", "like", "nearly", "over", "got"),
            r"\b(?:about|like|nearly|over|got)\s+(?:\d{2,3}|a\s+hundred)\s+(?:now|so\s+far|",
            r"saved|of\s+them|put\s+by|tucked\s+away)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("hides", "hiding", "hid", "hidden", "hide"),
            r"\b(?:hides?|hiding|hid|hidden)\s+(?:her|his|my|their|the)\s+(?:\w+\s+)?",
            _MEDS,
            r"\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("counted", "counting", "count", "happen"),
            r"\b(?:counted|counting|count)\s+(?:them|it)\s+(?:twice|again|out|every\s+(?:night|",
            r"day|morning)|(?:\w+\s+)?times)\b",
            r"|\b(?:help|make)\s+it\s+happen\b(?![^.!?]*\b(?:fundrais\w*|event|party|trip|",
            r"wedding|holiday|wish)\b)",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("right", "fine", "okay", "peace", "happy"),
            r"\b(?:tonight|today|tomorrow|now|this\s+weekend|sunday|saturday|friday)\s+feels\s+",
            r"(?:right|like\s+the\s+(?:right\s+)?(?:time|day|night))\s*$",
            r"|\b(?:thats|im|i\s+am|honestly\s+im)\s+(?:\w+\s+)?(?:fine|ok|okay|at\s+peace|",
            r"happy)\s+(?:by|with)\s+(?:me|that|it)\s*$",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("everything", "everythings", "order"),
            r"\beverything(?:s|\s+is)\s+in\s+order\s*$",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("each",),
            r"\b(?:wrote|written|writing|finished\s+writing)\s+(?:a\s+(?:letter|note)\s+)?to\s+",
            r"each\s+of\s+(?:the|my)\s+(?:kids|children|boys|girls|family|grandkids)\b",
            r"(?![^.!?]*\b(?:memory|memories|birthdays?|future|suggested|keepsakes?|legacy|",
            r"christmas|thank\s+you|santa|school|teacher)\b)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("texted", "messaged", "text", "message", "voicemail", "called"),
            r"\b(?:texted|messaged|text|message|voicemail|called)\s+(?:me\s+|us\s+|her\s+|",
            r"him\s+)?(?:saying\s+|to\s+say\s+)?(?:tell\s+(?:\w+\s+){1,2}?(?:that\s+)?i\s+love\s+",
            r"(?:her|him|them|you)|goodbye|bye\s+forever)\b",
        ),
    ),
    (
        _HIDING,
        _u(
            ("think", "thinks"),
            r"\b(?:they|everyone|she|he|mum|dad|people)\s+(?:think|thinks)\s+(?:im|i\s+am|its)\s+",
            r"(?:just\s+)?(?:being\s+)?(?:nice|generous|fine|ok|okay|clearing\s+out|",
            r"decluttering|tidying|having\s+a\s+clear\s+out)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("matter", "have"),
            r"\b(?:it|that|nothing|none\s+of\s+it)\s+(?:wont|will\s+not|doesnt|isnt\s+going\s+to)\s+",
            r"matter\s+(?:soon|much\s+longer|for\s+long|anyway\s+soon)\b",
            r"|\bsoon\s+(?:they|you|she|he|everyone|nobody)\s+(?:wont|will\s+not)\s+have\s+to\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("problem", "fine", "dragging", "down"),
            r"\bim\s+the\s+problem\s*$|\bdragging\s+(?:them|everyone|you\s+all|us\s+all)\s+down\b",
            r"|\b(?:would|will|d)\s+(?:all\s+)?be\s+(?:fine|ok|okay|alright)\s+without\s+me\b",
            r"(?!\s+(?:for|tonight|today|this|on|at|while)\b)",
        ),
    ),
    (
        _INJURY,
        _u(
            ("bruises", "bruise", "marks", "burns", "welts"),
            r"\b(?:bruises?|marks|burns|welts)\s+(?:on|all\s+over|round|around)\s+(?:his|her|",
            r"their)\s+(?:neck|face|throat|back|eyes?|cheeks?|ears?)\b",
        ),
    ),
    (
        _NO_HELP,
        _u(
            ("rings", "rang", "ringing", "answer", "answers"),
            r"\b(?:just\s+)?(?:rings|rang|ringing)\s+(?:and\s+rings|out|off)\b",
            r"|\bno\s+(?:one|body)\s+answers?\b|\bno\s+answer\b",
        ),
    ),
]

# A fourth probe (teenagers' shorthand, fathers-in-law, partners' texts, purging, a
# teacher's report; 10 of 25 found and 2 false alarms in 25 before these).
_STRONG += [
    (
        "suicide",
        "common abbreviation",
        False,
        [
            # "ctb": catch the bus, said with intent.
            _u(
                ("ctb",),
                r"\b(?:thinking\s+(?:about|of)|want\s+to|going\s+to|plan\w*\s+to|might|ready\s+to|",
                r"gonna|urge\s+to|decided\s+to)\s+(?:\w+\s+)?ctb\b|\bctb\s+(?:again|tonight|soon|",
                r"this\s+week)\b",
            ),
        ],
    ),
    (
        "suicide",
        "wish to be dead",
        False,
        [
            _u(
                ("wish", "wishing", "wished"),
                r"\bwish\w*\s+(?:that\s+)?(?:i|id|i\s+would|i\s+could)\s+(?:just\s+)?(?:not\s+be\s+",
                r"here|not\s+wake\s+up|be\s+gone|not\s+exist|stop\s+existing)\b",
                r"(?!\s+(?:for|at|on|this|during|when|while|today)\b)",
            ),
        ],
    ),
    (
        "suicide",
        "researching a method",
        False,
        [
            _u(
                ("much", "many"),
                r"\bhow\s+(?:much|many)\s+(?:\w+\s+){0,2}?",
                _MEDS,
                r"\s+(?:\w+\s+){0,2}?(?:would|will|is|are)\s+(?:be\s+)?(?:too\s+much|too\s+many|",
                r"fatal|lethal|deadly|enough)\s+for\s+(?:someone|somebody|a\s+person|an\s+adult|",
                r"a\s+grown|me)\b",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            # Making oneself sick as a punishment.
            _u(
                ("myself",),
                r"\b(?:make|made|making)\s+myself\s+(?:throw\s+up|be\s+sick|sick|vomit)\b",
                r"(?=[^.!?]*\b(?:on\s+purpose|hate\s+myself|punish\w*|every\s+meal|",
                r"after\s+(?:every|each)|deserve\w*)\b)",
            ),
        ],
    ),
    (
        "child_danger",
        "violence to a child",
        False,
        [
            # A handprint or belt marks on a child.
            _u(
                (
                    "handprint",
                    "handprints",
                    "hand",
                    "finger",
                    "fingermarks",
                    "belt",
                    "slap",
                ),
                r"\b(?:hand\s*-?\s*prints?|finger\s*-?\s*marks?|finger\s*-?\s*mark\s+bruises|",
                r"belt\s+marks?|slap\s+marks?)\s+(?:on|across|all\s+over)\s+(?:her|his|their|",
                r"the\s+babys|my\s+\w+s?)\s+(?:\w+\s+)?(?:face|cheeks?|arms?|legs?|back|neck|",
                r"bottom|bum|thighs?)\b(?![^.!?]*\b(?:paint\w*|craft|nursery\s+made|clay)\b)",
            ),
        ],
    ),
]
_WEAK += [
    (
        _HOPELESS,
        _u(
            ("nobody", "one"),
            r"\b(?:nobody|no\s+one|no-one)\s+would\s+(?:even\s+|really\s+)?(?:miss\s+me|",
            r"notice|care)\s*$",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("better",),
            r"\b(?:will|would|d)\s+be\s+better\s+(?:off|looked\s+after|cared\s+for)\s+(?:by|with)\s+",
            r"(?:\w+\s+){0,2}?(?:sister|brother|mum|dad|nan|gran|aunt|auntie|uncle|family|",
            r"grandparents|wife|husband|partner|them)\b",
        ),
    ),
    (
        _PLAN,
        _u(
            ("know",),
            r"\bi\s+know\s+(?:exactly\s+)?how\s+(?:id|i\s+would|i\s+could|i\s+will|ill|to)\s+",
            r"(?:make\s+it\s+stop|do\s+it|end\s+it|make\s+it\s+end)\b",
        ),
    ),
    (
        _PLAN,
        _u(
            ("picked", "chosen", "chose", "set"),
            r"\b(?:ive|i)\s+(?:\w+\s+)?(?:picked|chosen|chose|set)\s+(?:the|a)\s+(?:day|date)\s*$",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("arrangements",),
            r"\bive\s+(?:\w+\s+)?made\s+(?:the\s+|all\s+the\s+|my\s+)?arrangements\s*$",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("take", "sure"),
            r"\b(?:would|will)\s+(?:only|just)\s+take\s+a\s+(?:second|moment|minute|step)\b",
            r"|\b(?:ill|i\s+will)\s+make\s+sure\s+of\s+(?:it|that)\s*$",
        ),
    ),
    (
        _ENDING,
        _u(
            ("first", "watch", "watches", "see", "christmas", "birthday"),
            r"\b(?:ill|i\s+will|im\s+going\s+to)\s+go\s+first\s*$",
            r"|\b(?:wont|will\s+not)\s+(?:see|make\s+it\s+to|be\s+(?:here|around)\s+for)\s+",
            r"(?:christmas|(?:her|his|my|their)\s+\w*\s*birthday|the\s+new\s+year|",
            r"next\s+(?:year|week|month)|the\s+summer|spring)\b(?![^.!?]*\b(?:at\s+home|",
            r"abroad|working|work|because|this\s+year|away|trip)\b)",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("one",),
            r"\b(?:not\s+going\s+to|wont|will\s+not|cant)\s+be\s+the\s+one\s+(?:who|to)\s+",
            r"(?:watch\w*|see\w*|bur\w+)\s+(?:her|him|them)\s+(?:go|die)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("buying", "bought", "buy"),
            r"\b(?:been\s+buying|buying\s+up|bought\s+(?:loads|lots|a\s+lot|several|extra)\s+",
            r"(?:of\s+)?)\s*(?:\w+\s+)?",
            _MEDS,
            r"\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("goodbye",),
            r"\bgoodbye\s+(?:snap|text|message|video|voice\s+note|post|letter|note)\b",
            r"(?![^.!?]*\b(?:airport|holiday|uni|gran|trip|ward|nurses|team|class)\b)",
        ),
    ),
    (
        _UNREACHABLE,
        _u(
            ("opening", "reading", "seeing", "replying"),
            r"\b(?:isnt|not|wont|hasnt\s+been|stopped|hasnt)\s+(?:opening|reading|seeing|",
            r"replying\s+to)\s+(?:my|our|any)\s+(?:messages|texts|snaps|calls)\b",
        ),
    ),
    (
        _SH_HIDE,
        _u(
            ("sees", "see", "notices", "notice"),
            r"\bso\s+(?:nobody|no\s+one|no-one|people|they|mum|dad)\s+(?:can\s+|will\s+|wont\s+|",
            r"doesnt\s+|dont\s+|cant\s+)?(?:sees?|notices?)\b",
        ),
    ),
    (
        _SH_SIGN,
        _u(
            ("cuts", "scars", "burns", "marks", "bruises"),
            r"\b(?:the\s+)?(?:cuts|scars|burns|bruises)\s+(?:are|were)\s+(?:on|all\s+over)\s+my\b",
            r"(?![^.!?]*\b(?:healing|op|operation|surgery|line|port|cannula)\b)",
        ),
    ),
    (
        _NO_HELP,
        _u(
            ("car", "hold"),
            r"\b(?:no|without\s+a)\s+car\b|\bputting\s+(?:us|me)\s+on\s+hold\b|\bon\s+hold\s+for\b",
        ),
    ),
]

# A fifth probe, of indirect language (risk shown by acts, objects and aftermath, and
# hidden inside logistics questions): 0 of 30 found before these families.
_STRONG += [
    (
        "suicide",
        "method or means",
        True,
        [
            # Driving without lights or belt "to see what happens".
            _u(
                ("happens",),
                r"\b(?:drive|drove|driving|drives)\b[^.!?]{0,80}?\b(?:no\s+lights|lights\s+off|",
                r"eyes\s+closed|without\s+(?:a\s+|my\s+)?(?:seat\s*)?belt|as\s+fast\s+as)\b",
                r"[^.!?]{0,60}?\bsee\s+what\s+happens\b",
            ),
            # Sorting oneself out "permanently".
            _u(
                ("permanently", "good"),
                r"\bsort\w*\s+(?:himself|herself|myself|themselves|themself)\s+out\s+",
                r"(?:permanently|for\s+good|once\s+and\s+for\s+all)\b",
            ),
            # Not a burden much longer.
            _u(
                ("burden",),
                r"\b(?:shant|wont|will\s+not|not\s+going\s+to)\s+be\s+a\s+burden\s+(?:for\s+)?",
                r"(?:much|any)\s+(?:longer|more)\b",
            ),
        ],
    ),
    (
        "child_danger",
        "violence to a child",
        False,
        [
            _u(
                ("hurts", "hurt", "hits", "hit", "touches"),
                r"\b(?:mummys|daddys|mums|dads|mommys|moms)\s+(?:new\s+)?(?:friend|boyfriend|",
                r"girlfriend|partner|mate|fella)\s+(?:\w+\s+)?(?:hurts|hurt|hits|hit|touches|",
                r"touched)\s+(?:her|him|them|me)\b",
            ),
            _u(
                ("made",),
                r"\b(?:being\s+|is\s+|was\s+)?made\s+to\s+(?:sleep|stay|live|stand)\s+(?:in|outside)\s+",
                r"(?:the\s+|a\s+)?(?:shed|garage|cellar|car|garden|cold|dark|cupboard)\b",
                r"(?![^.!?]*\b(?:conversion|loves?|own\s+space|camping|tent|drives?)\b)",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "a child given or into an adult's drugs",
        _u(
            (
                *("methadone", "heroin", "cannabis", "weed", "vodka", "gin", "whisky"),
                *(
                    "morphine",
                    "oramorph",
                    "diazepam",
                    "valium",
                    "sleep",
                    "quiet",
                    "shut",
                ),
                "knock",
            ),
            r"\b(?:gave|gives|given|giving)\s+(?:\w+\s+){1,6}?(?:methadone|heroin|cannabis|",
            r"weed|vodka|gin|whisky|alcohol)\b",
            r"|\b(?:gave|gives|given|giving)\s+(?:\w+\s+){1,4}?(?:",
            _MEDS,
            r"|calpol|nurofen|piriton|phenergan|medised|benadryl|melatonin)\s+(?:\w+\s+){0,4}?",
            r"to\s+(?:make\s+(?:him|her|them)\s+sleep|keep\s+(?:him|her|them)\s+quiet|",
            r"shut\s+(?:him|her|them)\s+up|knock\s+(?:him|her|them)\s+out)\b",
            r"|\b(?:got\s+into|swallowed|drank|found\s+and\s+(?:ate|drank))\s+(?:\w+\s+){0,3}?",
            r"(?:methadone|morphine|oramorph|heroin|sleeping\s+(?:pills|tablets)|diazepam|",
            r"valium|tablets|pills|meds|oxycodone|fentanyl|tramadol|codeine)\b",
        ),
    ),
    (
        "a child left in a cot",
        _u(
            ("cot", "pram", "buggy", "seat", "highchair"),
            r"\bleft\s+in\s+(?:her|his|their|the)\s+(?:cot|pram|buggy|car\s+seat|highchair)\s+",
            r"(?:\w+\s+){0,2}?(?:all\s+day|all\s+night|for\s+hours|for\s+days)\b",
        ),
    ),
]
_WEAK += [
    (
        _MEANS,
        _u(
            ("belt", "cord", "rope", "ligature", "cable", "flex", "scarf"),
            r"\b(?:belt|cord|rope|ligature|cable|flex|scarf)\s+(?:under|in|inside|behind)\s+",
            r"(?:his|her|my|their|the)\s+(?:pillow|mattress|bed|drawer|wardrobe|bag)\b",
            r"|\bwith\s+a\s+(?:cord|rope|belt|ligature|cable|flex)\s+in\s+my\s+hands?\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("put", "set", "kept", "saved"),
            _MEDS,
            r"\s+(?:put\s+by|put\s+away|set\s+aside|kept\s+back|saved\s+up)\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("stood", "standing", "sat", "sitting", "held", "holding"),
            r"\b(?:stood|standing|sat|sitting|held|holding)\b[^.!?]{0,60}?\bwith\s+(?:a|the|my)\s+",
            r"(?:cord|rope|belt|ligature|blade|knife|razor|pills|tablets|gun|shotgun)\b",
            r"[^.!?]{0,60}?\b(?:for\s+(?:an\s+hour|hours|ages|a\s+long\s+(?:time|while)|a\s+while)|",
            r"stood\s+there|sat\s+there)\b",
        ),
    ),
    (
        _PLAN,
        _u(
            ("once", "go"),
            r"\bneed\s+enough\s+(?:\w+\s+)?(?:all\s+)?(?:at\s+once|in\s+one\s+go)\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("supply",),
            r"\b(?:months?|weeks?)s?\s+supply\s+of\s+(?:the\s+|my\s+)?(?:\w+\s+)?",
            _MEDS,
            r"\b(?![^.!?]*\b(?:chemo|holiday|trip|saves?\s+trips|abroad)\b)",
        ),
    ),
    (
        _ENDING,
        _u(
            ("peaceful", "nice", "easy", "quiet", "good"),
            r"\bhow\s+(?:peaceful|nice|easy|quiet|good)\s+it\s+(?:would|could)\s+be\s+to\s+",
            r"(?:just\s+)?(?:stop|not\s+be\s+here|sleep\s+forever|not\s+wake|disappear|",
            r"be\s+gone|not\s+exist)\s*$",
        ),
    ),
    (
        _HOPELESS,
        _u(("anything", "hold"), r"\bno\s+more\s+anything\b|\bcouldnt\s+hold\s+on\s*$"),
    ),
    (
        _EARNEST,
        _u(
            ("asking", "not"),
            r"\bnot\s+for\s+(?:her|him|them|\w+)\W+(?:for\s+)?me\s*$",
            r"|\basking\s+for\s+(?:me|myself)\b(?!\s+and\b)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("finds", "find", "reads", "read"),
            r"\bif\s+(?:anyone|someone|somebody|you)\s+(?:finds?|reads?)\s+this\s+",
            r"(?:later|after|afterwards|first)\b",
            r"|\band\s+im\s+sorry\s*$",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("passwords", "password", "labelled", "labeled", "own"),
            r"\bpasswords?\s+(?:are|is)\s+(?:in|on|under|written)\s+(?:the|my|a)\b",
            r"(?![^.!?]*\b(?:wifi|notice\s*board|ward|router|school)\b)",
            r"|\b(?:labelled|labeled|marked)\s+for\s+(?:people|each\s+of|everyone|who)\b",
            r"|\beverything\s+i\s+own\s+is\s+in\s+boxes\b(?![^.!?]*\b(?:moving|move)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("given", "gave", "giving"),
            r"\b(?:given|gave|giving)\s+(?:me|us|her|him|his\s+\w+|her\s+\w+)\s+(?:his|her|their)\s+",
            r"(?:watch|ring|phone|guitar|bike|medals?|car\s+keys|wedding\s+ring|things|stuff)\b",
            r"(?![^.!?]*\b(?:birthday|christmas|borrow|lend|mend|fix|charge|look\s+after\s+(?:it|them)\s+while)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("standing", "debit", "trust", "savings"),
            r"\b(?:set\s+up|arranged|sorted)\s+(?:a\s+)?(?:standing\s+order|direct\s+debit|",
            r"trust\s+fund|savings\s+account)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(("after",), r"\b(?:bag|case|box)\s+for\s+after\s*$"),
    ),
    (
        _ENDING,
        _u(
            ("need", "needed", "last"),
            r"\b(?:she|he|they|the\s+\w+)\s+(?:wont|will\s+not)\s+need\s+me\b",
            r"|\b(?:i\s+)?(?:wont|will\s+not|shant)\s+be\s+needed\b",
            r"|\b(?:this|today|tonight|tomorrow|it)\s+(?:is|will\s+be)\s+my\s+last\s+",
            r"(?:week|day|night|weekend|christmas)\b(?!\s+(?:of|at|on|before|in|off)\b)",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("decided",),
            r"\bive\s+(?:\w+\s+)?decided\s+(?:that\s+)?(?:this|today|tonight|it)\s+(?:is|will\s+be)\b",
        ),
    ),
    (
        _SH_ACT,
        _u(
            ("legs", "arms", "thighs", "wrists", "hips", "stomach", "only"),
            r"\b(?:theyre|its|they\s+are|it\s+is)\s+for\s+my\s+(?:legs|arms|thighs|wrists|hips|",
            r"stomach)\s*$",
        ),
    ),
    (
        _SH_HIDE,
        _u(
            ("only", "asks", "notices", "let"),
            r"\bonly\s+on\s+my\s+(?:hips|thighs|legs|stomach|upper\s+arms|ribs)\b",
            r"|\b(?:nobody|no\s+one)\s+(?:ever\s+)?(?:asks|notices|has\s+noticed)\s*$",
            r"|\b(?:wont|doesnt|refuses\s+to|will\s+not)\s+let\s+(?:me|us|anyone)\s+see\s+",
            r"(?:her|his|their|my)\s+(?:arms|legs|wrists|thighs)\b",
        ),
    ),
    (
        _SH_TOOL,
        _u(
            (
                "using",
                "used",
                "use",
                "safety",
                "scissors",
                "penknife",
                "pen",
                "craft",
                "stanley",
            ),
            r"\b(?:using|used|use)\s+(?:the|a|my)\s+(?:\w+\s+)?(?:compass|lighter|sharpener\s+",
            r"blade|safety\s+pin|razor)\b|\bsafety\s+pins?\b|\bscissors\b",
            r"|\b(?:pen\s*knife|craft\s+knife|stanley\s+knife)\b",
        ),
    ),
    (
        _SH_SIGN,
        _u(
            ("plasters", "bloody", "tissues"),
            r"\bmore\s+plasters\s+than\s+skin\b|\bplasters\s+(?:all\s+)?(?:up|over|on)\s+my\s+",
            r"(?:arms?|legs?|thighs?|wrists?)\b|\bbloody\s+(?:tissues|plasters|towels?|",
            r"razor(?:\s+blade)?|blades?)\b",
            r"(?![^.!?]*\b(?:blood\s+tests?|bloods|cannula|pincushion|nose\w*|platelets|",
            r"line|picc|port)\b)",
        ),
    ),
    (
        _INJURY,
        _u(("split", "lip", "burn"), r"\bsplit\s+lip\b|\bburn\s+marks?\b"),
    ),
    (
        _SECRECY,
        _u(
            ("say", "tell"),
            r"\b(?:wont|doesnt|didnt|wouldnt|refuses\s+to)\s+say\s+(?:how|what\s+happened|",
            r"who\s+did\s+it|why)\b|\band\s+not\s+(?:to\s+)?tell\s+(?:anyone|anybody|mum|dad|",
            r"her\s+mum|his\s+mum|me)\b",
        ),
    ),
    (
        _ADULT_ACCESS,
        _u(
            ("meet",),
            r"\b(?:telling|asking|wants|told|asked|begging)\s+(?:my\s+\w+|her|him|me)\s+to\s+",
            r"meet\s+(?:him|her|up)\b",
        ),
    ),
    (
        _HARM_FEAR,
        _u(
            ("shook", "again"),
            r"\bi\s+(?:\w+\s+)?shook\s+(?:him|her|the\s+baby|my\s+(?:baby|son|daughter|boy|girl))\b",
            r"(?!\s+(?:awake|gently|up|hand|hands|off|by\s+the))",
            r"|\b(?:scared|afraid|frightened|terrified)\s+(?:that\s+)?(?:i|ill)\s+(?:will\s+|might\s+)?",
            r"do\s+it\s+again\b",
        ),
    ),
]

# A sixth probe (long posts with one sentence that matters, a teenage friend's secret,
# a widowed grandmother, self-harm "not an accident anymore"): 4 of 22 found and 2
# false alarms in 25 before these.
_STRONG += [
    (
        "suicide",
        "method or means",
        True,
        [
            _u(
                ("hand", "hands"),
                r"\b(?:sleep|sleeping|slept|sit|sitting|sat|lie|lying)\s+with\s+(?:the|my|",
                r"all\s+the|a\s+handful\s+of)\s+(?:\w+\s+)?",
                _MEDS,
                r"\s+in\s+my\s+hands?\b",
            ),
            _u(
                (
                    *("hurt", "hurts", "drowning", "hanging", "bleeding", "overdosing"),
                    *("jumping", "suffocating"),
                ),
                r"\b(?:does|do\s+(?:you|u)\s+think|would|will)\s+(?:it\s+)?hurts?\s+(?:to\s+)?",
                r"(?:drown\w*|hang\w*|bleed\w*\s+out|overdos\w*|jump\w*|suffocat\w*)\b",
                r"|\b(?:drowning|hanging|bleeding\s+out|overdosing|jumping|suffocating)\s+i\s+mean\b",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            _u(
                ("accident", "purpose", "deliberately"),
                r"\b(?:burn\w*|cut\w*|hurt\w*|scald\w*)\s+myself\b[^.!?]{0,60}?\b(?:not\s+(?:an?\s+)?",
                r"accident|on\s+purpose|deliberately)\b",
            ),
            _u(
                ("hard", "till", "until"),
                r"\b(?:bit|bite|biting|scratched|punched|hit)\s+(?:my|myself)\s*(?:\w+\s+)?",
                r"(?:so\s+hard|till|until)\b[^.!?]{0,40}?\b(?:bled|bleed|bleeding|bruised)\b",
            ),
        ],
    ),
    (
        "child_danger",
        "violence to a child",
        False,
        [
            _u(
                ("hot", "boiling", "scalding"),
                r"\b(?:held|holds|holding|put|puts|forced)\s+(?:his|her|their)\s+(?:hand|hands|",
                r"arm|arms|fingers|feet|head)\s+(?:under|on|in|against)\s+(?:the\s+|a\s+)?",
                r"(?:hot|boiling|scalding)\b(?=[^.!?]*\b(?:punish\w*|lying|lied|naughty|",
                r"teach|lesson)\b)",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "a child who took unknown tablets",
        _u(
            ("know",),
            r"\b(?:dont|do\s+not)\s+know\s+how\s+(?:many|much)\s+(?:he|she|they)\s+(?:took|ate|",
            r"swallowed|had|drank)\b",
        ),
    ),
]
_WEAK += [
    (
        _PREPARATION,
        _u(
            ("place", "order"),
            r"\b(?:putting|put|getting|got|got\s+all)\s+(?:things|everything|it\s+all)\s+in\s+",
            r"place\s+so\b|\b(?:getting|got|putting|put)\s+(?:her|his|my)\s+house\s+in\s+order\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            (
                *("jewellery", "jewelry", "possessions", "books", "records", "tools"),
                *("games", "clothes", "watch", "ring"),
            ),
            r"\b(?:giving|gave|given|give)\s+(?:away\s+)?(?:all\s+)?(?:my|her|his|their)\s+",
            r"(?:\w+\s+)?(?:jewellery|jewelry|possessions|books|records|tools|games|clothes)\s+",
            r"away\b(?![^.!?]*\b(?:charity|baby\s+bank|outgrown|moving|declutter\w*)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("funeral", "prepaid"),
            r"\b(?:prepaid|paid\s+for|arranged|planned|booked)\s+(?:my|it|the)\s+(?:own\s+)?",
            r"funeral\b|\bchat\s+with\s+the\s+funeral\s+director\s*$|\bive\s+prepaid\s+it\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("manage", "cope", "without"),
            r"\b(?:can|will|could)\s+(?:manage|cope|carry\s+on|get\s+by)\s+without\s+me\b",
            r"(?!\s+(?:for|while|when|tonight|today|this|at)\b)",
        ),
    ),
    (
        _ENDING,
        _u(
            ("more", "before", "end"),
            r"\b(?:i\s+)?wont\s+be\s+any\s*more\s*$",
            r"|\bwant\s+to\s+go\s+before\s+(?:she|he|they)\s+(?:does|do)\b",
            r"|\bcant\s+be\s+here\s+for\s+the\s+end\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("end", "fighting"),
            r"\breached\s+the\s+end\s+of\s+what\s+i\s+can\s+(?:carry|take|do|bear)\b",
            r"|\bive\s+stopped\s+fighting\s+(?:it|them|the\s+thoughts)\s*$",
        ),
    ),
    (
        _PLAN,
        _u(
            ("plan", "worked"),
            r"\bplan\s+(?:it\s+)?(?:a\s+bit\s+|a\s+little\s+)?more\s+(?:each|every)\s+time\b",
            r"|\bworked\s+out\s+the\s+(?:dose|amount|dosage|quantity)\b(?![^.!?]*\b(?:for\s+",
            r"(?:her|him|them)|nurse|doctor|pharmacist|team|palliative|breakthrough)\b)",
        ),
    ),
    (
        _MOMENT,
        _u(
            ("house", "empty"),
            r"\b(?:need|want|wait\w*\s+for)\s+the\s+house\s+to\s+be\s+empty\b",
            r"|\bwhen\s+the\s+house\s+is\s+empty\b",
        ),
    ),
    (
        _MEANS,
        _u(
            ("need",),
            r"\bive\s+got\s+(?:everything|what)\s+i\s+need\s*$",
        ),
    ),
    (
        _PLACE,
        _u(
            ("reservoir", "weir", "tower", "spire"),
            r"\b(?:reservoir|weir|tower|spire)\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("nearly", "almost", "climbed"),
            r"\b(?:nearly|almost)\s+(?:climbed|jumped|went|stepped)\s+over\b",
            r"|\bclimbed\s+over\s+the\s+(?:railing|barrier|edge|fence|wall|side)\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("saying", "said", "say"),
            r"\b(?:saying|said|say)\s+(?:her|his|their|my)\s+goodbyes\b",
            r"(?!\s+to\s+(?:the\s+)?(?:ward|nurses|team|class))",
            r"(?![^.!?]*\b(?:going\s+home|finished\s+treatment|discharged|moving|leaving\s+the)\b)",
        ),
    ),
    (
        _HIDING,
        _u(
            ("promise",),
            r"\bmade\s+(?:me|us)\s+promise\s+not\s+to\s+tell\b(?![^.!?]*\b(?:surprise|party|",
            r"present|gift|birthday|christmas)\b)",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("stopped",),
            r"\b(?:stopped|stopping)\s+(?:taking\s+)?(?:her|his|my)\s+(?:\w+\s+){0,3}?",
            _MEDS,
            r"\b(?![^.!?]*\b(?:doctor|consultant|gp|told\s+to|weaning|side\s+effects?)\b)",
        ),
    ),
    (
        _SH_ACT,
        _u(
            ("feel",),
            r"\b(?:needed|need|wanted)\s+to\s+feel\s+(?:something|anything)\b",
        ),
    ),
    (
        _ADULT_ACCESS,
        _u(
            ("asking", "inviting", "taking", "getting", "giving"),
            r"\b(?:asking|inviting|taking|getting)\s+(?:her|him|them|my\s+(?:\w+\s+){0,2}\w+)\s+",
            r"(?:into|in\s+to|round\s+to|back\s+to)\s+(?:the\s+(?:woods|shed|garage|field|loft|",
            r"attic|bushes)\b|(?:his|her|their)\s+(?:house|flat|car|room|van)\b)",
        ),
    ),
    (
        _ADULT_ACCESS,
        _u(
            ("giving",),
            r"\b(?:keeps|kept)\s+giving\s+(?:her|him|them|my\s+\w+(?:\s+\w+)?)\s+(?:sweets|",
            r"presents|money|gifts|vapes|cigarettes|alcohol)\b",
        ),
    ),
]

# A seventh probe (very short posts, questions that are the plan, a professional
# ringing a parent, a nan "ready to go now"): 6 of 20 found before these, no false alarms.
_STRONG += [
    (
        "suicide",
        "researching a method",
        False,
        [
            _u(
                ("enough",),
                r"\b(?:is|are|would|will)\s+(?:\d{2,3}|a\s+hundred|a\s+whole\s+(?:box|bottle|",
                r"pack))\s+of\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:\d+\s*mg\s+)?",
                _MEDS,
                r"\s+(?:be\s+)?enough\b",
            ),
        ],
    ),
    (
        "suicide",
        "wish to be dead",
        False,
        [
            _u(
                ("stop",),
                r"\b(?:going\s+to|gonna|will|ready\s+to|about\s+to)\s+stop\s+(?:being\s+here|",
                r"being\s+alive|existing|living)\b",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            _u(
                ("deep", "deeper"),
                r"\bcut\s+(?:too\s+|a\s+bit\s+|way\s+)?deep(?:er)?\s+(?:than\s+(?:usual|normal|",
                r"before|i\s+meant)|this\s+time|last\s+night|tonight)\b",
            ),
            _u(
                ("lines", "rows"),
                r"\b(?:cuts|scratches|marks|scars|burns)\s+(?:all\s+)?(?:up|along|across|down|on|",
                r"over)\s+(?:his|her|their|my)\s+(?:\w+\s+)?",
                _BODY,
                r"\s+in\s+(?:neat\s+|straight\s+|little\s+)?(?:lines|rows)\b",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "children not fed for days",
        _u(
            ("fed",),
            r"\b(?:kids|children|baby|toddler|he|she|they|little\s+ones?)\s+(?:havent|hasnt|",
            r"have\s+not|has\s+not)\s+been\s+fed\s+(?:properly\s+)?(?:in|for)\s+(?:days|a\s+day|",
            r"two\s+days|\d+\s+days)\b",
        ),
    ),
]
_WEAK += [
    (_DECIDED, _u(("night",), r"\btonights\s+the\s+night\s*$")),
    (
        _PREPARATION,
        _u(("sort",), r"\b(?:need|have|got)\s+to\s+sort\s+(?:out\s+)?mine\b"),
    ),
    (
        _DOING_IT,
        _u(
            ("working", "building", "nerve", "courage"),
            r"\b(?:working|building)\s+up\s+to\s+it\b",
            r"|\b(?:just\s+)?need\s+(?:the|some)\s+(?:nerve|courage)\s*$",
        ),
    ),
    (
        _PLAN,
        _u(
            ("date", "planning", "ready"),
            r"\b(?:got|have)\s+a\s+(?:date|day)\s+(?:picked|set|chosen)\s*$",
            r"|\bplanning\s+(?:it|this)\s+for\s+(?:weeks|months|days|ages|a\s+while|",
            r"a\s+long\s+time)\b",
            r"|\b(?:shes|hes|she\s+is|he\s+is|im)\s+(?:\w+\s+)?ready\s+to\s+go(?:\s+now)?\b",
            r"(?!\s+(?:home|out|back|to|for|on|in|shopping|into|and|with)\b)",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("finally", "strangely", "weirdly", "feel"),
            r"\b(?:finally|strangely|weirdly)\s+feel\s+(?:ok|okay|calm|peaceful|at\s+peace|",
            r"better|relieved)\s*$",
        ),
    ),
    (
        _TELLING,
        _u(
            ("told", "telling", "counsellor", "therapist", "nurse"),
            r"\b(?:ive\s+)?told\s+no\s+one\s+but\s+(?:you|this|here)\b",
            r"|\b(?:only\s+)?telling\s+you\s+(?:lot|all|here)\b",
            r"|\b(?:the\s+)?(?:counsellor|therapist|school\s+nurse|teacher|psych\w*)\s+",
            r"(?:rang|called|phoned)\s+(?:me|us)\s*$",
        ),
    ),
    (
        _ENDING,
        _u(("join",), r"\bgoing\s+to\s+join\s+(?:him|her|them)\s*$"),
    ),
    (
        _SECRECY,
        _u(
            ("say", "fell", "tripped"),
            r"\b(?:said|told\s+(?:him|her|them|me))\s+(?:\w+\s+)?to\s+say\s+(?:he|she|they|i)\s+",
            r"(?:fell|tripped|walked\s+into|banged)\b",
        ),
    ),
]

# A ninth probe (farewells in the internet's words, a parent-patient hastening the end, a
# teenager's research left open, hair pulled out in patches): 7 of 18 found before these,
# no false alarms.
_STRONG += [
    (
        "suicide",
        "method or means",
        True,
        [
            _u(
                ("speed",),
                r"\bspeed\s+(?:it|things|the\s+end)\s+up\s+with\s+(?:her|his|my|the)\s+",
                r"(?:\w+\s+)?",
                _MEDS,
            ),
            _u(
                ("researching", "looking", "googling", "searched", "searching"),
                r"\b(?:researching|looking\s+up|googling|searched|searching)\s+(?:the\s+)?",
                r"(?:quickest|easiest|least\s+painful|surest|most\s+painless|painless)\s+",
                r"ways?\b",
                r"(?!\s+(?:to|of|round|around|into|from|there|home|for)\b)",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            _u(
                ("pulling", "pulled", "pull", "pulls"),
                r"\bpull\w*\s+out\s+my\s+(?:eyelashes|eyebrows|hair)\b[^.!?]{0,60}?\b(?:bald|",
                r"until|till|patches|bleed\w*)\b",
            ),
        ],
    ),
]
_WEAK += [
    (
        _FAREWELL,
        _u(
            (
                "side",
                "run",
                "goodnight",
                "goodbye",
                "bye",
                "night",
                "worry",
                "needed",
                "wanted",
            ),
            r"\bsee\s+(?:you|yall|you\s+all)\s+on\s+the\s+other\s+side\b",
            r"|\b(?:its|it\s+has)\s+been\s+a\s+good\s+run\s*$",
            r"|\b(?:goodnight|goodbye|bye|night)\W+(?:\w+\s+)?(?:everyone|all|you\s+all)?\W*",
            r"for\s+the\s+last\s+time\b",
            r"|\b(?:nobody|no\s+one)\s+will\s+(?:have|need)\s+to\s+worry\s+about\s+me\b",
            r"(?!\s+(?:for|while|when|at|on)\b)",
            r"|\bsaid\s+what\s+i\s+(?:needed|wanted)\s+to\s+say\s+to\s+(?:everyone|you\s+all|them|",
            r"the\s+people)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("tapping", "checking", "bowing", "logging", "peace", "long"),
            r"\bim\s+(?:tapping|checking|bowing)\s+out\s*$",
            r"|\blogging\s+off\s+(?:for\s+good|forever|permanently)\b",
            r"|\bpeace\s+at\s+last\b|\bfinally\s+at\s+peace\s+soon\b|^\s*not\s+long\s+now\s*$",
        ),
    ),
    (
        _PLAN,
        _u(
            ("solution", "peace"),
            r"\b(?:found|have|got)\s+(?:a|the|my)\s+permanent\s+solution\b",
            r"|\bive\s+made\s+my\s+peace\b(?!\s+with\s+(?:the|his|her|their|a)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("funeral",),
            r"\b(?:to\s+)?(?:play|read|sing|sung|played)\s+at\s+my\s+funeral\b",
        ),
    ),
    (
        _SH_TOOL,
        _u(
            ("razor", "blade", "razors", "blades"),
            r"\b(?:razor|blade)s?\s+(?:from|out\s+of)\s+(?:\w+\s+)?(?:shaver|sharpener|",
            r"pencil\s+sharpener)\b",
        ),
    ),
    (
        _SH_SIGN,
        _u(
            ("mess",),
            r"\bmy\s+(?:thighs|arms|legs|wrists|stomach)\s+(?:are|is)\s+a\s+mess\b",
            r"(?![^.!?]*\b(?:bruis\w*|injections?|clexane|rash|eczema|bites?|scratch\w*)\b)",
        ),
    ),
]

# A tenth probe, mostly children in danger told by a parent, relative or carer: 5 of 16
# found before these, no false alarms.
_CHILD_DISTRESS = "a child in distress"
_NOT_SUICIDAL.add(_CHILD_DISTRESS)
_STRONG += [
    (
        "self_harm",
        "self-harm",
        False,
        [
            # "They think it's eczema, but it's not."
            _u(
                ("but",),
                r"\b(?:thinks?|thought|told\s+\w+)\s+(?:its|it\s+is|it\s+was|they\s+are|theyre)\s+",
                r"(?:\w+\s+){0,3}?(?:eczema|a\s+rash|the\s+cat|an?\s+accident|scratches|",
                r"from\s+the\s+\w+)\b[^.!?]{0,40}?\bbut\s+(?:its|it\s+isnt|it\s+wasnt|theyre|",
                r"it\s+is)\s+not\b",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "a child's medicine withheld",
        _u(
            ("let",),
            r"\b(?:wont|will\s+not|doesnt|refuses\s+to|isnt\s+letting|stopped\s+letting)\s+",
            r"(?:let\s+)?(?:her|him|them|my\s+\w+|our\s+\w+)\s+(?:have|take)\s+(?:her|his|their)\s+",
            r"(?:\w+\s+){0,2}?(?:meds|medicine|medication|tablets|chemo|antibiotics|insulin|",
            r"inhaler|anti-?sickness)\b",
        ),
    ),
    (
        "violence beside a child",
        _u(
            ("head", "face"),
            r"\b(?:punched|smashed|kicked|hit|threw\s+\w+\s+at)\s+(?:\w+\s+){0,5}?(?:right\s+)?",
            r"(?:by|next\s+to|near|beside|inches\s+from)\s+(?:our|my|his|her|the)\s+(?:\w+\s+)?",
            r"(?:sons?|daughters?|babys?|childs?|kids?|boys?|girls?)\s+(?:head|face)\b",
        ),
    ),
    (
        "burns on a child",
        _u(
            ("cigarette",),
            r"\bcigarette\s+burns?\s+(?:on|all\s+over)\s+(?:his|her|their)\s+(?:\w+\s+)?",
            r"(?:hands?|arms?|legs?|back|feet|face|neck|body)\b",
        ),
    ),
    (
        "a child made to stand all night",
        _u(
            ("makes", "make", "made", "forces", "forced"),
            r"\b(?:makes?|made|forces?|forced)\s+(?:her|him|them|",
            _CHILD_OBJECT,
            r")\s+(?:to\s+)?(?:stand|sit|kneel)\s+(?:in\s+the\s+corner|outside|in\s+the\s+cold)\s+",
            r"(?:all\s+night|for\s+hours|overnight)\b",
        ),
    ),
    (
        "a small child alone at a height",
        _u(
            ("balcony", "window", "roof"),
            r"\b(?:toddler|baby|child|kids?|little\s+one)\b[^.!?]{0,40}?\b(?:balcony|window\s+ledge|",
            r"roof)\b[^.!?]{0,30}?\balone\b",
        ),
    ),
]
_WEAK += [
    (
        _NO_HELP,
        _u(
            ("let",),
            r"\b(?:wont|will\s+not|doesnt)\s+let\s+me\s+(?:take|bring|get)\s+(?:her|him|them)\s+",
            r"(?:in|to\s+(?:the\s+)?(?:hospital|ward|a&e|doctor|gp))\b",
        ),
    ),
    (
        _ADULT_ACCESS,
        _u(
            ("come",),
            r"\basked\s+(?:her|him|them|my\s+\w+)\s+to\s+come\s+(?:to|into|with\s+him\s+to)\s+",
            r"(?:the\s+)?(?:toilets?|loos?|his\s+(?:car|van|house|flat|room)|behind)\b",
        ),
    ),
    (
        _ADULT_ACCESS,
        _u(
            ("see",),
            r"\bto\s+see\s+(?:a|his|the)\s+(?:puppy|puppies|kitten|kittens|surprise|present)\b",
        ),
    ),
    (
        _ADULT_ACCESS,
        _u(("bed",), r"\bin\s+bed\s+with\s+(?:her|him|them|my\s+\w+)\b"),
    ),
    (
        _CHILD_DISTRESS,
        _u(
            ("crying", "shaking", "terrified", "bleeding"),
            r"^\s*(?:she|he|they)\s+(?:was|were|is|are)\s+(?:crying|shaking|terrified|bleeding)\s*$",
        ),
    ),
    (
        _HARM_FEAR,
        _u(
            ("shouted", "screamed", "yelled", "squeezed", "grabbed"),
            r"\b(?:shouted|screamed|yelled)\s+in\s+(?:the\s+babys|her|his|their)\s+face\b",
            r"|\b(?:squeezed|grabbed)\s+(?:her|his|the\s+babys)\s+(?:arm|arms|wrist|shoulders?)\b",
            r"(?!\s+(?:to\s+stop|before|just\s+in\s+time|as))",
        ),
    ),
]

# An eleventh probe, indirect language again (the admin of leaving, asked as logistics):
# 0 of 20 found before these. Two broad weak families, each only a hold together:
# the admin of leaving (cover taken out, a pet rehomed, contracts cancelled, savings
# moved, bank details sent, instructions written down) and a life without the writer
# ("I won't need it", "for whoever finds them", "no point booking things").
_WEAK += [
    (
        _PREPARATION,
        _u(
            (
                "cover",
                "insurance",
                "policy",
                "taken",
                "took",
                "increased",
                "upped",
                "doubled",
            ),
            r"\b(?:taken\s+out|took\s+out|increased|upped|doubled)\s+(?:extra\s+|more\s+)?life\s+",
            r"(?:cover|insurance)\b(?![^.!?]*\b(?:adviser|advisor|mortgage|recommended)\b)|",
            r"\blife\s+(?:cover|insurance|policy)\b[^.!?]{0,60}?\b(?:kids|children|boys|girls|",
            r"them|family)\b(?![^.!?]*\b(?:critical\s+illness|claim|adviser|advisor|mortgage|",
            r"recommended|confusing)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("rehomed", "rehome", "rehoming", "home"),
            r"\b(?:rehom\w*|a\s+new\s+home)\b(?![^.!?]*\b(?:moving|flat|allerg\w*|landlord|",
            r"no\s+pets|puppy|kitten)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("cancel", "cancelled", "cancelling"),
            r"\bcancel\w*\s+(?:all\s+)?(?:my|the|a)\s+(?:\w+\s+){0,3}?(?:contract|subscriptions?|",
            r"dentist|appointments?|mot|membership|smear|insurance|phone)\b",
            r"(?![^.!?]*\b(?:no\s+time|hospital\s+trips|ward|clinic|because|busy|save|saving|",
            r"money|cheaper|died|passed)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("wrote", "written", "writing", "write"),
            r"\b(?:wrote|written|writing|write)\s+(?:down|out)\s+how\s+to\s+(?:work|use|do|pay|",
            r"run)\b(?![^.!?]*\b(?:pump|feed|meds|nights|line|port|dressing|sitter|nanny)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("savings", "details", "pin"),
            r"\b(?:emptied|transferred|moved)\s+(?:all\s+)?my\s+savings\b",
            r"|\b(?:sent|gave|given|texted)\s+(?:\w+\s+){1,3}?my\s+(?:bank\s+details|pin|",
            r"passwords?|logins?)\b(?![^.!?]*\b(?:parking|pay\s+for|so\s+(?:she|he)\s+can)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("records", "paperwork", "documents", "papers"),
            r"\b(?:sorted|left)\s+(?:\w+\s+){0,4}?(?:records|paperwork|documents|papers)\b",
            r"(?![^.!?]*\b(?:sitter|ward|while|for\s+the\s+(?:vet|school|sitter))\b)",
        ),
    ),
    (
        _ENDING,
        _u(
            (
                "need",
                "needing",
                "using",
                "get",
                "whoever",
                "booking",
                "planning",
                "buying",
                "making",
                "renewing",
                "asking",
            ),
            r"\b(?:i\s+)?(?:wont|will\s+not)\s+(?:need|be\s+needing|be\s+using)\b(?!\s+(?:for|until|till|today|tonight|this|tomorrow|next|before|",
            r"after|on|at|in\s+(?:a|the))\b)(?![^.!?]*\b(?:driving|lift|moving|weaned|outgrown|",
            r"now\s+(?:shes|hes|that)|since)\b)",
            r"|\ball\s+(?:the\s+kids|they|he|she|my\s+\w+)\s+will\s+get\s+from\s+me\b",
            r"|\bfor\s+whoever\s+finds\b",
            r"|\bno\s+point\s+(?:booking|planning|buying|making\s+plans|renewing)\b",
            r"|\basking\s+about\s+my\s+own\b",
            r"|^\s*(?:he|she|they)\s+will\s+need\s+to\s+know\s*$",
            r"|\bwho\s+(?:wont|will\s+not)\s+be\s+using\s+it\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("coming",),
            r"\bi\s+wont\s+be\s+coming\s+back\s*$",
        ),
    ),
    (
        _HIDING,
        _u(
            ("reason", "phone"),
            r"\bi\s+said\s+no\s+reason\b",
            r"|\b(?:without|leaving|left|leave)\s+my\s+phone\s+(?:at\s+home\s+|behind\s+)?",
            r"on\s+purpose\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("need", "hold", "count"),
            r"\bsomewhere\s+quiet\s+to\s+do\s+what\s+i\s+need\s+to\s+do\b",
            r"|\btake\s+them\s+out\s+and\s+(?:hold|count|look\s+at)\s+them\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("top", "edge"),
            r"\b(?:sitting|sat|standing|stood|parked|parking)\s+(?:at|on)\s+the\s+(?:top|edge)\s+",
            r"of\s+(?:the\s+)?(?:cliff|bridge|car\s+park|quarry|multi|tower|building|dam)\w*",
            r"(?=[^.!?]*\b(?:every\s+night|at\s+night|alone|again|most\s+nights|for\s+hours|",
            r"engine\s+off)\b)",
        ),
    ),
    (
        _PLACE,
        _u(
            ("river", "canal", "sea", "tracks", "railway"),
            r"\b(?:walking|walk|walked|sitting|sat|standing|stood)\s+(?:by|along|to)\s+the\s+",
            r"(?:river|canal|sea|tracks|railway)\s+(?:at\s+night|in\s+the\s+dark|alone)\b",
        ),
    ),
    (
        _SH_ACT,
        _u(
            ("do",),
            r"\bi\s+do\s+it\s+with\s+(?:the|a|my)\s+(?:hairbrush|belt|lighter|compass|razor|",
            r"blade|scissors|pen|knife|ruler|nails|fist|fists)\b",
        ),
    ),
    (
        _SH_SIGN,
        _u(
            ("sting", "stinging", "sore"),
            r"\bmy\s+(?:arms|legs|thighs|wrists|stomach)\s+(?:sting|are\s+stinging|are\s+sore)\b",
            r"(?![^.!?]*\b(?:cannula|injections?|nettles?|sun|cream|rash|eczema|gym)\b)",
        ),
    ),
]
_CHILD_CONTEXT += [
    (
        "food locked away from a child",
        _u(
            ("locks", "locked", "lock"),
            r"\block(?:s|ed)?\s+the\s+(?:fridge|cupboards?|food|kitchen)\b",
        ),
    ),
    (
        "a threat to take a child",
        _u(
            ("take", "snatch", "grab"),
            r"\b(?:shouting|screaming|yelling|threaten\w*)\s+(?:that\s+)?(?:hell|he\s+will|shell|",
            r"she\s+will|theyll|they\s+will|hed|shed)\s+(?:take|snatch|grab)\s+(?:her|him|them|",
            r"the\s+baby|the\s+kids)\b(?!\s+(?:to|for|out|home|swimming|shopping|back|abroad|",
            r"on)\b)",
        ),
    ),
    (
        "a small child wandering alone at night",
        _u(
            ("alone",),
            r"\b(?:wandering|walking|out|outside|roaming)\s+(?:\w+\s+){0,4}?alone\s+(?:at\s+",
            r"(?:midnight|night|\d+\s*(?:am|pm))|in\s+the\s+dark)\b",
        ),
    ),
]

# A twelfth probe (long updates with one sentence that matters, a nurse who knows the
# doses, a countdown, a child's adult-sized bite mark): 0 of 16 found before these.
_STRONG += [
    (
        "suicide",
        "method or means",
        False,
        [
            _u(
                ("exactly",),
                r"\bi\s+know\s+exactly\s+what\s+to\s+take\b(?!\s+(?:for|when|if|with)\b)",
            ),
        ],
    ),
    (
        "suicide",
        "intent or preparation",
        False,
        [
            _u(
                ("know",),
                r"\b(?:someone|somebody|people)\s+to\s+know\s+(?:that\s+)?i\s+was\s+here\b",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            _u(
                ("swallowing", "swallowed", "swallow"),
                r"\b(?:ive\s+been|i\s+keep|been|i)\s+swallow\w*\s+(?:\w+\s+){0,3}?(?:glass|pins|",
                r"needles|batteries|bleach|razor\s+blades?)\b",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "an adult's marks on a child",
        _u(
            ("adults", "adult", "grown", "shape"),
            r"\b(?:bite\s+marks?|bruises?|handprints?)\b[^.!?]{0,40}?\b(?:an\s+)?(?:adults?|",
            r"grown\s*-?\s*ups?)\s*(?:size|sized|hand)\b",
            r"|\bbruises?\s+in\s+the\s+shape\s+of\s+(?:fingers|a\s+hand|hands|a\s+belt|a\s+buckle)\b",
        ),
    ),
]
_WEAK += [
    (
        _PREPARATION,
        _u(
            ("know", "teaching"),
            r"\bso\s+(?:they|people|someone|the\s+police)\s+know\s+who\s+to\s+(?:call|ring|contact)\b",
            r"|\bteaching\s+(?:our|my|the)\s+(?:\w+\s+)?(?:daughter|son|kids|wife|husband)\s+to\s+",
            r"(?:drive|do\s+the|use|run|pay|work)\b(?![^.!?]*\b(?:now\s+(?:shes|hes)|\d+\s+now|",
            r"brave|lessons?|test)\b)",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("talks", "talk"),
            r"\b(?:big\s+)?talks?\s+about\s+being\s+good\s+for\s+(?:mum|mom|dad|me|their\s+\w+)\b",
            r"(?![^.!?]*\b(?:while|when|ward|hospital)\b)",
        ),
    ),
    (
        _PLAN,
        _u(
            ("booked", "countdown"),
            r"\bbooked\s+(?:a\s+)?(?:hotel|room|b&b)\s+(?:\w+\s+)?on\s+(?:his|her|my)\s+own\b",
            r"|\b(?:started|set|set\s+up|made)\s+a\s+countdown\b(?!\s+(?:for|to|until|till)\b)",
            r"(?![^.!?]*\b(?:chemo|bell|birthday|holiday|christmas|discharge|treatment|end\s+of|",
            r"wedding|trip)\b)",
        ),
    ),
    (
        _EARNEST,
        _u(("me",), r"\bfor\s+me\W+not\s+(?:for\s+)?(?:him|her|them)\b"),
    ),
    (
        _FAREWELL,
        _u(
            ("ring", "rings"),
            r"\bleft\s+(?:her|his)\s+(?:wedding\s+)?(?:ring|rings)\b",
        ),
    ),
    (
        _HIDING,
        _u(
            ("knows",),
            r"\b(?:nobody|no\s+one)\s+knows\s+(?:what\s+(?:its|it\s+is)\s+for|why)\b",
        ),
    ),
    (
        _ENDING,
        _u(
            ("done", "go"),
            r"\bmy\s+job\s+is\s+done\b|\bi\s+can\s+go\s+now\s*$",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("stopping", "parking", "standing", "waiting"),
            r"\bthink\w*\s+about\s+(?:just\s+)?(?:stopping|parking|standing|waiting)\s+on\s+",
            r"(?:it|the\s+(?:tracks|crossing|line|rails))\b",
        ),
    ),
    (
        _SH_SIGN,
        _u(
            ("covered", "strips", "steri", "stitches"),
            r"\b(?:arm|arms|legs?|thighs?|wrists?)(?:\s+(?:is|are|s))?\s+covered\s+in\s+(?:burns|cuts|",
            r"bruises|scratches)\b",
            r"|\b(?:steri-?\s?strips|butterfly\s+stitches)\b",
        ),
    ),
    (
        _SH_HIDE,
        _u(
            ("told", "tell", "say"),
            r"\b(?:told|tell|telling)\s+(?:\w+\s+){0,4}?(?:its|it\s+was|theyre|they\s+are)\s+from\s+",
            r"(?:cooking|the\s+cat|gardening|the\s+oven|an\s+accident|falling|the\s+dog)\b",
            r"|\b(?:wont|doesnt|refuses\s+to)\s+say\s+what\s+(?:its|theyre|they\s+are|it\s+is)?\s*for\b",
        ),
    ),
    (
        _ADULT_ACCESS,
        _u(
            ("filming", "photographing", "taking"),
            r"\b(?:filming|photographing|taking\s+(?:photos|pictures|videos)\s+of)\s+(?:my|our|",
            r"her|his)\s+(?:\w+\s+)?(?:daughter|son|girl|boy|kids?|children)\b[^.!?]{0,40}?\b",
            r"(?:paddling\s+pool|bath|bed|changing|undress\w*|shower|swimming\s+costume|nappy)\b",
        ),
    ),
    (
        _SECRECY,
        _u(("delete",), r"\b(?:wont|refuses\s+to|will\s+not)\s+delete\s+(?:it|them)\b"),
    ),
]

# A thirteenth probe, on the themes indirect posts are known for (night drives, letters,
# wills, saved tablets, self-harm told through objects and aftermath, crises inside a
# logistics question): 0 of 15 found before these.
_CHILD_CONTEXT += [
    (
        "a child put in a bath too hot as a punishment",
        _u(
            ("bath", "shower"),
            r"\b(?:put|puts|held|forced)\s+(?:her|him|them)\s+in\s+(?:the|a)\s+(?:bath|shower)\b",
            r"[^.!?]{0,40}?\b(?:too\s+hot|boiling|scalding|freezing)\b[^.!?]{0,40}?\b",
            r"(?:punish\w*|naughty|lesson)\b",
        ),
    ),
]
_WEAK += [
    (
        _DOING_IT,
        _u(
            ("destination", "drives"),
            r"\b(?:drives|driving|drive)\s+(?:\w+\s+){0,3}?(?:at\s+night\s+)?with\s+no\s+destination\b",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("police", "coroner"),
            r"\b(?:one|a\s+(?:letter|note))\s+for\s+the\s+(?:police|coroner)\b",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("right",),
            r"\b(?:wait|waiting)\s+for\s+the\s+right\s+(?:night|time|moment|day)\s*$",
        ),
    ),
    (
        _PLAN,
        _u(
            ("done", "sorted", "finished"),
            r"\bneed\s+(?:it|this|everything)\s+(?:done|sorted|finished)\s+by\s+(?:next\s+week|",
            r"the\s+end\s+of\s+the\s+(?:week|month)|friday|monday|tuesday|wednesday|thursday|",
            r"saturday|sunday|tomorrow)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("leave", "leaving", "easier"),
            r"\b(?:leave|leaving)\s+everything\s+to\s+(?:my|the|our)\s+(?:\w+\s+)?(?:son|daughter|",
            r"kids|children|boys|girls|wife|husband|partner)\b",
            r"|\b(?:make|making)\s+it\s+easier\s+for\s+(?:my|the)\s+(?:wife|husband|family|kids|",
            r"partner|children|boys|girls)\b(?![^.!?]*\b(?:school|ward|nurses|when\s+(?:we|she|he))\b)",
        ),
    ),
    (
        _ENDING,
        _u(
            ("found",),
            r"\b(?:if|when)\s+(?:someones|someone\s+is|im|i\s+am)\s+found\s+(?:at\s+home|dead|",
            r"in\s+(?:the|a|my))\b",
        ),
    ),
    (
        _EARNEST,
        _u(("why",), r"^\s*i\s+know\s+why\s*$"),
    ),
    (
        _MEANS,
        _u(
            ("blister", "packs", "pack", "packets", "strips", "boxes"),
            r"\b(?:taken|took|popped|pushed|emptied)\s+(?:all\s+)?(?:of\s+)?(?:my|the)\s+",
            r"(?:\w+\s+)?(?:meds|medication|medicine|tablets|pills)\s+out\s+of\s+(?:the|their)\s+",
            r"(?:blister\s+)?(?:packs?|packets?|strips?|boxes)\b",
            r"(?![^.!?]*\b(?:dosette|pill\s+organi[sz]er|for\s+the\s+week|organi[sz]ed)\b)",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("one",),
            r"\b(?:put|tipped)\s+(?:it|them)\s+(?:all\s+)?in(?:to)?\s+one\s+(?:jar|pile|pot|",
            r"bottle|bag|tub)\b",
        ),
    ),
    (
        _DECIDED,
        _u(
            ("calm",),
            r"\bcalm\s+after\s+(?:youve|ive|i\s+have|you\s+have|i)\s+decided\b",
        ),
    ),
    (
        _PREPARATION,
        _u(("sorted",), r"\bive\s+sorted\s+(?:everything|it\s+all)(?:\s+now)?\s*$"),
    ),
    (
        _DOING_IT,
        _u(
            ("helping",),
            r"\b(?:think\w*|thought)\s+about\s+helping\s+(?:it|things)\b",
        ),
    ),
    (
        _HIDING,
        _u(
            ("think", "thinks"),
            r"\b(?:they|she|he|everyone)\s+(?:think|thinks)\s+i\s+mean\b",
        ),
    ),
    (
        _SH_HIDE,
        _u(
            (
                "check",
                "notice",
                "locking",
                "locks",
                "noise",
                "hear",
                "hears",
                "nobody",
                "one",
            ),
            r"\b(?:mum|dad|nobody|no\s+one|they)\s+(?:doesnt|dont|never|wont)\s+(?:check|",
            r"look\s+in|notice)\b",
            r"|\blocking\s+(?:the\s+)?bathroom\s+door\b|\blocks\s+(?:himself|herself)\s+in\s+",
            r"the\s+bathroom\b",
            r"|\bso\s+(?:the\s+noise|nobody|no\s+one)\s+(?:covers\s+it|hears|can\s+hear)\b",
        ),
    ),
    (
        _SH_ACT,
        _u(
            ("shower", "bathroom"),
            r"\bi\s+do\s+it\s+in\s+the\s+(?:shower|bathroom|toilets?|dark)\b",
        ),
    ),
    (
        _SH_SIGN,
        _u(
            ("nails", "fingernails", "blood"),
            r"\b(?:marks|cuts|scratches)\s+on\s+my\s+(?:\w+\s+)?(?:arms?|legs?|thighs?|wrists?|",
            r"stomach)\s+are\s+from\s+my\s+(?:nails|fingernails)\b",
            r"|\b(?:towels?|sheets?|sleeves?|tissues|pillow\w*)\s+(?:had|has|with)\s+blood\s+",
            r"on\s+(?:it|them)\b(?![^.!?]*\b(?:nose\w*|platelets|cannula|line|picc)\b)",
        ),
    ),
]

# A fourteenth probe (terse fathers, a grandfather, teenagers, a wife saying goodbye):
# 1 of 12 found before these.
_STRONG += [
    (
        "suicide",
        "method or means",
        False,
        [
            _u(
                ("myself",),
                r"\bhid\s+(?:the\s+|my\s+|all\s+the\s+)?(?:car\s+keys|keys|pills|tablets|knives|",
                r"rope|belts?|razors?|blades?|meds)\s+from\s+myself\b",
            ),
        ],
    ),
    (
        "self_harm",
        "self-harm",
        False,
        [
            _u(
                ("heal",),
                r"\bpick\w*\s+(?:at\s+)?(?:the|my)\s+(?:cuts|scabs|wounds|scars|burns)\s+so\s+",
                r"(?:they|it)\s+(?:dont|doesnt|wont|cant)\s+heal\b",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "children kept out in the cold",
        _u(
            ("cold", "outside"),
            r"\b(?:keeps|kept|puts|put|locks|locked|shuts|shut)\s+(?:the\s+kids|the\s+children|",
            r"her|him|them|",
            _CHILD_OBJECT,
            r")\s+(?:out\s+)?(?:in\s+the\s+garden\s+|outside\s+)?(?:in\s+the\s+cold|outside)\s+",
            r"(?:\w+\s+){0,2}?(?:for\s+hours|all\s+(?:night|day)|overnight)\b",
        ),
    ),
]
_WEAK += [
    (
        _ENDING,
        _u(
            ("coming",),
            r"\bnot\s+coming\s+(?:home|back)\s+(?:tonight|again|ever)\b",
            r"|\bwont\s+be\s+coming\s+home\b(?!\s+(?:for|until|till|tonight\s+(?:as|because)))",
        ),
    ),
    (
        _ENDING,
        _u(
            ("might", "needs"),
            r"\bmight\s+as\s+well\s+(?:go|die|end\s+it|join\s+(?:him|her|them))\s+(?:too|as\s+well)\b",
        ),
    ),
    (
        _HOPELESS,
        _u(
            ("needs", "need"),
            r"\b(?:no\s+one|nobody)\s+needs\s+me\s+(?:any\s*more|now)\b(?![^.!?]*\b(?:hospital|",
            r"ward|today|tonight|cinema|shop)\b)",
        ),
    ),
    (
        _ENDING,
        _u(("happens",), r"\bif\s+(?:something|anything)\s+happens\s+to\s+me\b"),
    ),
    (
        _FAREWELL,
        _u(
            ("found", "finds", "find"),
            r"\b(?:rather|want|prefer)\s+(?:she|he|they|someone|my\s+\w+)\s+(?:found|finds|find)\s+",
            r"me\b",
        ),
    ),
    (
        _DOING_IT,
        _u(
            ("thinking", "think"),
            r"\b(?:thinking|think)\s+about\s+it\s+(?:more\s+than\s+i\s+should|a\s+lot|all\s+the\s+",
            r"time|every\s+day|every\s+night)\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("ready",),
            r"\b(?:got|have|ive\s+got)\s+everything\s+ready\b(?![^.!?]*\b(?:for\s+(?:the|her|",
            r"his|tomorrow|school|transplant|surgery)|hospital\s+bag|bags?|party)\b)",
        ),
    ),
    (
        _MOMENT,
        _u(
            ("waiting",),
            r"\bwaiting\s+for\s+(?:my\s+\w+|everyone|them|the\s+kids|him|her)\s+to\s+(?:go\s+to\s+",
            r"(?:bed|sleep)|fall\s+asleep|leave|go\s+out)\b",
        ),
    ),
    (
        _PLACE,
        _u(
            ("writing", "typing"),
            r"\b(?:writing|typing)\s+(?:this\s+)?from\s+(?:the\s+)?(?:roof|top|edge|bridge|cliff|",
            r"platform)\b(?!\s+garden)",
        ),
    ),
    (
        _FAREWELL,
        _u(
            ("sorry", "goodbye"),
            r"\b(?:wanted|want|needed)\s+to\s+say\s+sorry\s+to\s+(?:my\s+\w+|everyone|you\s+all)\b",
            r"|\bsaying\s+goodbye\s+to\s+people\b|\bgoodbye\s+instead\s+of\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("gave", "given", "giving"),
            r"\b(?:gave|given|giving)\s+(?:our|my|her|his)\s+(?:dog|cat|pets?|rabbit)\s+to\s+",
            r"(?:her|his|my|a)\s+\w+\b(?![^.!?]*\b(?:fortnight|while|for\s+the|week|holiday|",
            r"transplant|weekend|look\s+after)\b)",
        ),
    ),
    (
        _SH_HIDE,
        _u(("hiding",), r"\b(?:getting\s+)?better\s+at\s+hiding\s+(?:it|them)\b"),
    ),
    (
        _SH_SIGN,
        _u(
            ("plasters",),
            r"\b(?:whole|another|a\s+second)\s+box\s+of\s+plasters\b",
            r"(?![^.!?]*\b(?:picc|dressing|blisters?|shoes|cannula|scooter)\b)",
        ),
    ),
]

# A fifteenth probe (sleeping in the car by a bridge, "the only thing stopping me", not
# safe tonight, a voice note and no answer): 2 of 12 found before these.
_STRONG += [
    (
        "suicide",
        "no reason to live",
        False,
        [
            _u(
                ("only", "thing"),
                r"\bthe\s+only\s+thing\s+(?:stopping|keeping)\s+me\s+(?:here\s+|alive\s+|going\s+)?",
                r"is\b",
            ),
        ],
    ),
    (
        "suicide",
        "not safe with myself",
        False,
        [
            _u(
                ("safe",),
                r"\b(?:im|i\s+am|i\s+dont\s+feel|i\s+do\s+not\s+feel)\s+(?:\w+\s+)?(?:not\s+)?safe\s+",
                r"(?:tonight|right\s+now|on\s+my\s+own|with\s+myself|alone|at\s+the\s+moment)\b",
                r"(?![^.!?]*\b(?:driv\w*|roads?|snow|ice|walking\s+home|area|estate|neighbour\w*)\b)",
            ),
        ],
    ),
]
_CHILD_CONTEXT += [
    (
        "a child driven by someone high or drunk",
        _u(
            ("high", "drunk", "stoned", "wasted", "face"),
            r"\b(?:drove|driven|driving)\b[^.!?]{0,60}?\b(?:when|while|whilst)\s+(?:he|she|they)\s+",
            r"(?:was|were)\s+(?:high|drunk|stoned|wasted|off\s+(?:his|her)\s+face)\b",
        ),
    ),
]
_WEAK += [
    (
        _ENDING,
        _u(
            ("staying",),
            r"\b(?:if|when)\s+(?:she|he|they)\s+dies?\s+(?:hes|shes|im|i\s+am|he\s+is|she\s+is)\s+",
            r"not\s+staying\b",
        ),
    ),
    (
        _PREPARATION,
        _u(
            ("each",),
            r"\b(?:boxes|piles|bags|envelopes)\s+for\s+each\s+of\s+(?:us|them|the\s+kids|the\s+boys|",
            r"the\s+girls)\b(?![^.!?]*\b(?:toys|old\s+toys|christmas|presents)\b)",
        ),
    ),
    (
        _CHILD_DISTRESS,
        _u(
            ("back", "talk"),
            r"\b(?:comes|came)\s+back\s+(?:scared|upset|crying|quiet|shaking)\b",
            r"|\b(?:and\s+)?wont\s+talk(?:\s+about\s+it)?\s*$",
        ),
    ),
    (
        _PLACE,
        _u(
            ("parked", "parking", "sleeping", "slept"),
            r"\b(?:parked|parking|sleeping|slept)\s+(?:\w+\s+){0,3}?(?:by|at|on|under|near)\s+the\s+",
            r"(?:railway\s+)?(?:bridge|cliff|tracks|quarry|reservoir|viaduct)\b",
        ),
    ),
    (
        _HIDING,
        _u(
            ("see",),
            r"\bso\s+the\s+kids\s+(?:dont|wont|do\s+not)\s+(?:have\s+to\s+)?see\s+me\s+like\s+this\b",
        ),
    ),
]

_CONCERN_FAMILIES = {
    _HOPELESS,
    _ENDING,
    _MEANS,
    _PREPARATION,
    _PLACE,
    _FAREWELL,
    _PLAN,
    _DOING_IT,
    _HIDING,
    _DECIDED,
}


_CAR = re.compile(r"\b(?:car|driving|drove|drive|behind\s+the\s+wheel)\b")
_CHILD_WORD = re.compile(r"\b" + _CHILD + r"\b")
_FOOD = _u(
    ("food", "eat", "fed"),
    r"\b(?:no|without)\s+food\b|\bnothing\s+to\s+eat\b|\bnot\s+(?:being\s+)?fed\b",
)
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|my|myself)\b")
# The writer's own words: in the first person, or with the subject dropped as people do
# ("Counted the pens tonight. Just wanted someone to know."), not told of someone else.
_OWN_WORDS = re.compile(
    r"\b(?:i|im|ive|id|me|my|myself|mum|mom|dad|husband|wife|partner|son|daughter|"
    r"brother|sister|grandad|gran|nan)\b"
    r"|^(?!.*\b(?:he|she|they|hes|shes|theyre|his|her|their|it\s+says|the\s+\w+\s+says)\b)",
    re.DOTALL,
)

# Set a strong cue aside when, just before it in the same sentence, it is negated…
_NEGATED = re.compile(
    r"\b(?:not|never|no|nor|no\s+longer|dont|didnt|doesnt|wont|wouldnt|havent|hadnt|"
    r"hasnt|isnt|wasnt|arent|werent)\s+(?:(?:really|even|ever|actually|feeling|feel|felt|"
    r"be|been|am|going|to|have|had|thought|thoughts|of|about|was|would|will|intend|"
    r"planning|plan|a|currently|seriously|suicidal|any)\s+){0,3}$"
)
# …asked about in a screening question (unless the answer was yes)…
_ASKED = re.compile(
    r"\b(?:asked|asks|ask|asking)\s+(?:\w+\s+){0,4}?(?:if|whether|about)\b"
    r"|\b(?:screen\w*|questionnaire|assess\w*|checklist)\b"
)
# A session, talk or leaflet on the subject, or a screening question answered no.
_ON_THE_TOPIC = re.compile(
    r"\b(?:sessions?|talks?|workshops?|assembly|lessons?|course|training|leaflets?|webinar|"
    r"articles?|documentary|podcast|campaign|posters?)\s+(?:on|about|around)\s+"
    r"(?:\w+\s+){0,2}$"
    r"|\b(?:said|answered|ticked|put|circled)\s+no\s+to\s+(?:the\s+)?$"
)
_ANSWER_YES = re.compile(r"\b(?:said|say|answered|told\s+\w+)\s+(?:honestly\s+)?yes\b")
# …institutional, or an idiom.
_INSTITUTIONAL = re.compile(
    r"\bsuicide\s+(?:prevention|awareness|helpline|lifeline|hotline|rates?|statistics|"
    r"training|charity|week|day|research|risk\s+assessment)\b|\bbereaved\s+by\s+suicide\b"
)
# A helpline's own description, told by nobody in the first person: "support for
# anyone … thinking about suicide".
_ABOUT_OTHERS = re.compile(
    r"\b(?:support|helpline|hotline|lifeline|confidential)\b[^.!?]*\b(?:anyone|people|"
    r"those|someone)\b|\b(?:anyone|people|those)\s+(?:who\s+(?:are|is)\s+)?"
    r"(?:\w+\s+){0,6}?(?:thinking|feeling|having\s+thoughts)"
)
_IDIOM = re.compile(
    r"\b(?:kill|killed|killing)\s+myself\s+laughing\b"
    r"|\bcould\s+(?:have\s+)?(?:kill|killed)\s+myself\s+(?:for|when|laughing)\b"
    r"|\bcant\s+breathe\s+(?:for|with|from)\s+(?:missing|grief|crying|sadness|sobbing|"
    r"laughing|the\s+pain\s+of)\b"
    r"|\b(?:embarrass\w*|mortified|cringe\w*)\b[^.!?]*\b(?:die|died|dead)\b"
    r"|\b(?:die|died|dead)\b[^.!?]*\b(?:embarrass\w*|mortified|cringe\w*)\b"
)
# A past crisis told from recovery, to help others.
_PAST = re.compile(
    r"\b(?:used\s+to|years\s+ago|as\s+a\s+(?:teen\w*|child|kid|student)|when\s+i\s+was\s+"
    r"(?:young\w*|a\s+teen\w*|at\s+school|\d+)|in\s+my\s+(?:teens|twenties|youth)"
    r"|back\s+in\s+(?:19|20)\d\d|before\s+(?:(?:her|his|my|the)\s+)?diagnosis"
    r"|last\s+(?:year|spring|summer|autumn|winter|christmas)|as\s+a\s+young\s+\w+"
    r"|(?:years?|months?)\s+since\s+my|when\s+(?:she|he|they|i|we)\s+(?:was|were)\s+"
    r"(?:first\s+)?diagnosed)\b"
)
# A story told about a book, film or series, with nobody in the first person in the
# sentence: "the main character's mum taking an overdose".
# Someone else's past, told: "a woman on the ward told me she used to self-harm".
_THEIR_PAST = re.compile(r"\b(?:she|he|they)\s+(?:\w+\s+)?used\s+to\b")
# A scare already over: "it was just the cold, all fine now".
_RESOLVED = re.compile(
    r"\b(?:all\s+(?:fine|ok|okay|good)\s+now|fine\s+now|turned\s+out\s+(?:to\s+be|it\s+was)|"
    r"false\s+alarm|it\s+was\s+(?:just|only)|panic\s+over|all\s+sorted\s+now)\b"
)
# The writer's own childhood: "my dad used to hit us when we were small".
_CHILDHOOD_PAST = re.compile(
    r"\bwhen\s+(?:i|we)\s+(?:was|were)\s+(?:small|little|young|kids?|children|growing\s+up|"
    r"a\s+(?:child|kid|girl|boy))\b|\bgrowing\s+up\b"
)
# Scratching because of a skin condition or treatment.
_ITCH = re.compile(
    r"\b(?:eczema|itch\w*|rash\w*|chicken\s*pox|hives|allerg\w*|psoriasis|mosquito|"
    r"dry\s+skin|scabies|jaundice)\b"
)
_FICTION = re.compile(
    r"\b(?:book|novel|film|movie|series|episode|character|plot|storyline|documentary|"
    r"play|drama|soap|audiobook|podcast)s?\b"
)
# A cue told as the plot of a story: "a film about a mum who…", "a story where the girl…".
_FICTION_FRAME = re.compile(
    r"\b(?:story|stories|book|novel|film|movie|series|episode|documentary|play|drama|soap|"
    r"podcast|show|character|plot)\s+(?:\w+\s+){0,3}?(?:where|about|in\s+which|who|when)\b"
)
_RECOVERED = re.compile(
    r"\b(?:been\s+(?:well|fine|ok|okay|clean|free)|recovered|it\s+(?:can\s+|does\s+)?gets?\s+better|"
    r"can\s+get\s+better|got\s+help|in\s+recovery|years\s+(?:clean|free|well)|"
    r"(?:therapy|counselling|counseling|medication|treatment|support)\s+helped|"
    r"in\s+a\s+(?:good|better)\s+place|(?:much\s+)?better\s+now|got\s+through\s+it"
    r"|(?:im|i\s+am|hes|shes|he\s+is|she\s+is)\s+(?:\w+\s+)?(?:well|ok|okay|fine|good|"
    r"doing\s+(?:well|ok|okay|fine|better))\s+now|it\s+(?:does|will|did)\s+(?:lift|pass|ease)"
    r"|doing\s+(?:brilliantly|great|really\s+well|so\s+well|amazingly)|\bi\s+volunteer|back\s+at\s+work|(?:have|has)\s+(?:faded|healed)|faded\s+now"
    r"|(?:needs?|need)\s+some\s+hope|proper\s+support|inpatient\s+care"
    r"|c[oa]me\s+through|now\s+(?:shes|hes|were|im|theyre)\s+in\s+remission)"
)
_CURRENT = re.compile(
    r"\b(?:tonight|right\s+now|lately|these\s+days|this\s+week|started|still)\b"
    r"|\b(?:its|it\s+is|theyre|thoughts|urges?|feelings?|cutting|harming|doing\s+it|"
    r"feel\w*|back|im|ive|i|cut|hurt|harmed|myself)\s+(?:\w+\s+)?again\b"
)
# A strong cue's words said of where or how a dying person wants to die (palliative
# care), not a wish to die: "wants to die at home", "in her own bed".
_PLACE_TO_DIE = re.compile(
    r"\s+(?:at\s+home|in\s+(?:her|his|their|my|our)\s+own|in\s+(?:his|her|my|their)\s+"
    r"sleep|peacefully|with\s+dignity|surrounded|in\s+(?:the\s+)?hospice|at\s+the\s+hospice|"
    r"in\s+hospital|on\s+(?:a|the)\s+ward|not\s+on\s+a\s+ward)\b"
)
# A side effect listed on a leaflet: "may cause thoughts of self-harm".
_SIDE_EFFECT = re.compile(
    r"\b(?:may|can|might|could)\s+(?:\w+\s+)?(?:cause|increase|lead\s+to|trigger)\b"
    r"|\b(?:leaflet|label|packet|side\s+effects?\s+(?:list|include))\b"
)
# Embarrassment told next to "I wanted to die": a teenager's hyperbole.
_EMBARRASSED = re.compile(r"\b(?:embarrass\w*|mortified|cringe\w*|humiliat\w*)\b")
_DIE = re.compile(r"\bdie\b")
_SHOOK = re.compile(r"\bi\s+(?:\w+\s+)?shook\s+(?:him|her)\b")
# Where "I don't want to be here" means the ward.
_A_WARD = re.compile(
    r"\b(?:ward|hospital|discharge\w*|unit|clinic|this\s+place|waiting\s+room|a&e|"
    r"freezing|home\s+on)\b"
)
_SENTENCE_END = re.compile(r"(?:[!?;\n]|\.(?!\d))+")


_WORD = re.compile(r"[a-z]+")


# A sentence longer than this (a run-on post, or a hostile one made of cue words) is read
# in pieces, split at commas and then between words, so no pattern scans too far.
_LONG_SENTENCE = 400


def _pieces(sentence: str) -> list[str]:
    pieces: list[str] = []
    for clause in sentence.split(","):
        while len(clause) > _LONG_SENTENCE:
            cut = clause.rfind(" ", 0, _LONG_SENTENCE)
            cut = cut if cut > 0 else _LONG_SENTENCE
            pieces.append(clause[:cut])
            clause = clause[cut:]
        pieces.append(clause)
    return pieces


class _Sentences:
    """The post's sentences, and which sentences hold which words."""

    def __init__(self, norm: str) -> None:
        self.text = [
            piece
            for sentence in _SENTENCE_END.split(norm)
            for piece in (
                _pieces(sentence) if len(sentence) > _LONG_SENTENCE else (sentence,)
            )
        ]
        self.where: dict[str, list[int]] = {}
        for index, sentence in enumerate(self.text):
            words = set(_WORD.findall(sentence))
            keys = (words & _VOCABULARY) | (
                {"#" + w[:_STEM] for w in words if len(w) >= _STEM} & _VOCABULARY
            )
            for key in keys:
                self.where.setdefault(key, []).append(index)
        self.present = self.where.keys()

    def holding(self, unit: _Unit) -> list[int]:
        if self.present.isdisjoint(unit.keys):
            return []
        found = [self.where[key] for key in unit.keys if key in self.where]
        if len(found) <= 1:
            return found[0] if found else []
        return sorted(set().union(*found))


def explain_crisis(text: str) -> list[CrisisCue]:
    """Every cue that makes ``text`` crisis language, for the moderator to see."""
    return _crisis_cues(text, first_per_kind=False)


def _crisis_cues(text: str, *, first_per_kind: bool) -> list[CrisisCue]:
    return _read(text, first_per_kind=first_per_kind)[0]


def _read(text: str, *, first_per_kind: bool) -> tuple[list[CrisisCue], str]:
    """The crisis cues, and the concern family: the first weak cue (in _WEAK order) of a
    _CONCERN_FAMILIES kind in a first-person sentence. One reading serves both."""
    norm = _normalise(text)
    sentences = _Sentences(norm)
    cues: list[CrisisCue] = []
    lazy: dict[str, bool] = {}

    def has_child() -> bool:
        if "child" not in lazy:
            lazy["child"] = bool(_CHILD_WORD.search(norm))
        return lazy["child"]

    def past_recovered() -> bool:
        if "past" not in lazy:
            lazy["past"] = bool(_RECOVERED.search(norm))
        return lazy["past"]

    def add(kind: str, cue: str, words: str) -> None:
        if not any(c.kind == kind and c.cue == cue for c in cues):
            cues.append(CrisisCue(kind, cue, words.strip()))

    def kind_found(kind: str) -> bool:
        return first_per_kind and any(c.kind == kind for c in cues)

    for kind, cue, third_person, units in _STRONG:
        if kind_found(kind) and not (third_person and not kind_found("child_danger")):
            continue
        match = _strong_match(units, sentences, past_recovered, kind)
        if match is None:
            continue
        add(kind, cue, match)
        if third_person and kind != "child_danger" and has_child():
            add("child_danger", "a child at risk", match)

    # Weak cues in combination, within a sentence and the next.
    found: dict[int, set[str]] = {}
    units_found: dict[str, set[tuple[int, int, int]]] = {}  # category -> spans matched
    where: dict[str, list[int]] = {}  # category -> sentences holding it
    concern = ""
    for category, unit in _WEAK:
        for index in sentences.holding(unit):
            m = unit.pattern.search(sentences.text[index])
            if m:
                found.setdefault(index, set()).add(category)
                units_found.setdefault(category, set()).add((index, m.start(), m.end()))
                where.setdefault(category, []).append(index)
                if (
                    not concern
                    and category in _CONCERN_FAMILIES
                    and _FIRST_PERSON.search(sentences.text[index])
                ):
                    concern = category
    for index in sorted(found):
        window = found[index] | found.get(index + 1, set())
        if index + 2 in found and len(sentences.text[index + 1].split()) <= 3:
            window |= found[index + 2]
        suicidal = window - _NOT_SUICIDAL
        if any(pair <= suicidal for pair in _CRISIS_PAIRS) or (
            len(suicidal) >= 3 and suicidal & _SERIOUS
        ):
            words = " ".join(sentences.text[index : index + 3])
            told_as_a_story = _FICTION_FRAME.search(words) or (
                _FICTION.search(words) and not _FIRST_PERSON.search(words)
            )
            if (
                _OWN_WORDS.search(words)
                and not told_as_a_story
                and not (
                    _PAST.search(words)
                    and past_recovered()
                    and not _CURRENT.search(words)
                )
            ):
                add("suicide", " + ".join(sorted(suicidal)), words)
        if {_SYMPTOM, _NO_HELP} <= window:
            add("child_danger", "medical emergency without help", sentences.text[index])
        if {_INJURY, _HOSTILE} <= window and has_child():
            add("child_danger", "injuries and a hostile adult", sentences.text[index])
        if _DANGER in found[index]:
            words = sentences.text[index]
            if _CAR.search(words) and _CHILD_WORD.search(words):
                add("child_danger", "child with an intoxicated driver", words)
    if units_found:
        _score_the_whole_post(units_found, where, sentences, norm, past_recovered, add)
    for index in sentences.holding(_FOOD):
        words = sentences.text[index]
        if _FOOD.pattern.search(words) and _CHILD_WORD.search(words):
            add("child_danger", "child without food", words)
            break
    if not kind_found("child_danger") and (has_child() or _MINOR.search(norm)):
        for cue, unit in _CHILD_CONTEXT:
            for index in sentences.holding(unit):
                words = sentences.text[index]
                if unit.pattern.search(words) and not _FICTION.search(words):
                    add("child_danger", cue, words)
                    break
    if concern and _PAST.search(norm) and past_recovered():
        concern = ""  # a past crisis told from recovery, to help others
    return cues, concern


def _apart(spans) -> int:
    """How many of these (sentence, start, end) matches are on different words."""
    count, last = 0, (-1, -1)
    for index, start, end in sorted(spans):
        if (index, start) >= last:
            count += 1
            last = (index, end)
    return count


def _score_the_whole_post(units_found, where, sentences, norm, past_recovered, add):
    """The second layer: weak cues counted across the whole post, not only in
    neighbouring sentences. One weak cue stays a concern (detect_concern); these hold:

    * suicide: two cues of _AT_A_DISTANCE kinds that make a crisis pair, at least one
      of them serious (a letter written at the start, "my mind's made up" at the end),
      or two different preparations or farewells, or three different cues of any of
      those kinds; not in a past crisis told from recovery;
    * self-harm: two different kinds of sign (the habit back + long sleeves in July;
      blood on the sheets + blades missing from a sharpener);
    * a child: an adult coming into a child's room + the child silenced; two signs of
      a parent's fear of hurting their child.
    """

    def words_of(categories) -> str:
        indexes = sorted({i for c in categories for i in where[c]})
        return " … ".join(sentences.text[i].strip() for i in indexes)

    distant = {c: n for c, n in units_found.items() if c in _AT_A_DISTANCE}
    if _MEANS in units_found and set(distant) & _WITH_MEANS_AT_A_DISTANCE:
        distant[_MEANS] = units_found[_MEANS]
    kinds = set(distant)
    count = _apart([s for spans in distant.values() for s in spans])
    paired = any(pair <= kinds for pair in _CRISIS_PAIRS)
    two_preparations = (
        _apart([*distant.get(_PREPARATION, ()), *distant.get(_FAREWELL, ())]) >= 2
    )
    if (
        kinds & _AT_A_DISTANCE_SERIOUS
        and (paired or two_preparations or count >= 3)
        and _OWN_WORDS.search(words_of(kinds))
        and not (_PAST.search(norm) and past_recovered())
        and not _FICTION.search(words_of(kinds))
        and not _FICTION_FRAME.search(words_of(kinds))
    ):
        add("suicide", "across the post: " + " + ".join(sorted(kinds)), words_of(kinds))
    signs = set(units_found) & _SELF_HARM_SIGNS
    if len(signs) >= 2 and not (_PAST.search(norm) and past_recovered()):
        add("self_harm", "signs: " + " + ".join(sorted(signs)), words_of(signs))
    if (
        {_SECRECY, _CHILD_DISTRESS} & set(units_found)
        and {_NIGHT_VISIT, _ADULT_ACCESS} & set(units_found)
    ) or (len(units_found.get(_ADULT_ACCESS, ())) >= 2 and _CHILD_WORD.search(norm)):
        add(
            "child_danger",
            "an adult in a child's room, the child silenced",
            words_of({_NIGHT_VISIT, _ADULT_ACCESS, _SECRECY} & set(units_found)),
        )
    if (_INJURY in units_found and _SECRECY in units_found) and _CHILD_WORD.search(
        norm
    ):
        add(
            "child_danger",
            "an injured child who will not say how",
            words_of({_INJURY, _SECRECY}),
        )
    if len(units_found.get(_HARM_FEAR, ())) >= 2 and (
        _CHILD_WORD.search(norm) or _SHOOK.search(norm)
    ):
        add(
            "child_danger", "a parent afraid of hurting a child", words_of({_HARM_FEAR})
        )


def _strong_match(units, sentences: _Sentences, past_recovered, kind: str = ""):
    """The words of the first match of ``units`` that nothing sets aside, or None."""
    for unit in units:
        for index in sentences.holding(unit):
            whole = sentences.text[index]
            nearby = " ".join(sentences.text[max(index - 1, 0) : index + 2])
            for m in unit.pattern.finditer(whole):
                before = whole[: m.start()]
                words = m.group(0)
                if (
                    _NEGATED.search(before)
                    or _ON_THE_TOPIC.search(before)
                    or _FICTION_FRAME.search(before)
                    or (
                        _SIDE_EFFECT.search(before) and not _FIRST_PERSON.search(before)
                    )
                    or (words.endswith("die") and _PLACE_TO_DIE.match(whole, m.end()))
                    or (_DIE.search(words) and _EMBARRASSED.search(nearby))
                    or (words.endswith("be here") and _A_WARD.search(nearby))
                    or (_ASKED.search(before) and not _ANSWER_YES.search(whole))
                    or ("suicid" in words and _INSTITUTIONAL.search(whole))
                    or (_ABOUT_OTHERS.search(whole) and not _FIRST_PERSON.search(whole))
                    or _IDIOM.search(whole)
                    or (_FICTION.search(whole) and not _FIRST_PERSON.search(whole))
                    or (
                        kind != "child_danger"
                        and _THEIR_PAST.search(before)
                        and not _CURRENT.search(whole)
                    )
                    or (_CHILDHOOD_PAST.search(whole) and not _CURRENT.search(whole))
                    or ("scratch" in words and _ITCH.search(whole))
                    or (kind == "child_danger" and _RESOLVED.search(whole))
                    or (
                        kind != "child_danger"
                        and _PAST.search(whole)
                        and past_recovered()
                        and not _CURRENT.search(whole)
                    )
                ):
                    continue
                return words
    return None


def detect_crisis(text: str) -> list[str]:
    """Kinds of crisis language found ('suicide', 'self_harm', 'child_danger')."""
    return crisis_signals(text)[0]


def crisis_signals(text: str) -> tuple[list[str], str]:
    """Crisis kinds (``detect_crisis``) and, only when there are none, the concern cue
    family (``detect_concern``): what screening needs, from one reading of the text."""
    cues, concern = _read(text, first_per_kind=True)
    kinds = list(dict.fromkeys(cue.kind for cue in cues))
    return kinds, "" if kinds else concern


def detect_concern(text: str) -> str:
    """A softer signal than crisis language: one first-person cue from the suicidal
    families (hopelessness, an ending, means, a plan, a farewell…) that ``detect_crisis``
    did not find enough to act on. Returns the cue family, or "".

    The crisis cues fire only in pairs because each alone is common in a hard week, so
    this is not held and pages nobody: the author is shown where support is, and the
    post goes on the review queue as an alert for a moderator to read. Measured once on
    the then-unseen sample (crisis_fresh2.jsonl): crises held or signposted went from 18
    to 29 of 55, with 1 harmless post of 65 signposted. A time alone ("tonight",
    "tomorrow") no longer counts (every other post on a hospital forum has one), nor
    does a past crisis told from recovery.
    """
    return crisis_signals(text)[1]


# --- personal details -----------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    kind: str  # phone | email | address | hospital | child_name
    start: int
    end: int
    text: str


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Written out to dodge scrapers: "name [at] example.org", "name at gmail dot com".
_TLD = r"(?:com|org|net|edu|gov|info|io|me|uk|ie|au|ca|nz|de|fr|es|it|nl|co)"
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
_OBFUSCATED_EMAIL = re.compile(
    # A bracketed [at] is deliberate whatever follows…
    r"(?i)\b[\w.+-]+\s*[\[({<]\s*at\s*[\])}>]\s*[\w-]+(?:" + _DOT + r"[\w-]+)+\b"
    # …a bare " at " needs a spelled-out " dot " or a mail provider to be an address.
    r"|\b[\w.+-]+\s+at\s+[\w-]+(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+)"
    + _TLD
    + r"(?:(?:\s+dot\s+|\.)"
    + _TLD
    + r")?\b"
    r"|\b[\w.+-]+" + _AT + r"(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|aol|"
    r"btinternet|protonmail|proton|live|msn|sky|virginmedia|ntlworld)"
    + _DOT
    + _TLD
    + r"(?:"
    + _DOT
    + _TLD
    + r")?\b"
)
# Words that are not the local part of an address ("meet me at gmail dot com"?).
_NOT_MAILBOXES = {"me", "us", "him", "her", "them", "you", "it", "is", "was", "be"}
_PHONE = re.compile(r"(?<![\w/.,])(?:\+|00)?\d[\d \-().]{7,18}\d(?![\w/])")
_STREET_TYPES = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|boulevard|blvd|"
    "place|pl|crescent|terrace|gardens|grove|square"
)
_ADDRESS = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:(?:[NSEW]|NE|NW|SE|SW)\.?\s+)?(?:[A-Z][a-z'\-]+\s+){1,3}"
    r"(?i:" + _STREET_TYPES + r")\b\.?"
    # a US town, state and ZIP code: "Denver CO 80203", "Austin, TX 78701-1234"
    r"|\b[A-Z][a-z]+,?\s+(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|"
    r"MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|"
    r"WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?\b",
)
_RELATION = (
    "son|daughter|child|boy|girl|baby|grandson|granddaughter|niece|nephew|"
    "brother|sister|stepson|stepdaughter|little one|kiddo"
)
# One word of a name as people spell them: "Ava", "Ava-Grace", "McKenzie", "O'Brien",
# "Thompson-Reid".
_NW = r"[A-Z](?:'[A-Z])?[a-z']*(?:[A-Z][a-z']+)?(?:-[A-Z]?[a-z']+)*"
_FULL = _NW + r"\s+" + _NW + r"(?<=\w\w)"
_FULL3 = _NW + r"\s+(?:" + _NW + r"\s+)?" + _NW + r"(?<=\w\w)"
_AGE = r"(?:1[0-7]|\d)"
# Other ways a child's full name is given: "I'm Jack Thompson's mum", "Team Ava
# Morrison", "Noah Patel (age 9)", "our twins Grace and Ella Robinson", "Mum of Harry
# Walsh here", "Mia Fernandez is 3", "Amelia Rose Hughes, she's 4".
_CHILD_NAME_CONTEXTS = re.compile(
    r"\b(?i:i'?m|i\s+am|im)\s+(?P<parent>" + _FULL + r")['’]s\s+"
    r"(?i:mum|mom|mam|mummy|mommy|dad|daddy|mother|father|nan|gran|grandma|grandad)\b"
    r"|\b(?i:team|#team)\s*(?P<team>" + _FULL + r")\b"
    # a child's age: 0-17
    r"|\b(?P<aged>" + _FULL3 + r")\s*(?:\(\s*(?i:age|aged)?\s*" + _AGE + r"\s*\)"
    r"|,\s*(?i:age|aged)\s+" + _AGE + r"\b|,\s*" + _AGE + r"\s*,"
    r"|\s+(?:is|was\s+only)\s+" + _AGE + r"\b(?!\s*(?:%|:|\.\d|am\b|pm\b|days?|weeks?|"
    r"months?|hours?|o'?clock|times|of\b|out\s+of|miles))"
    r"|,\s*(?:she|he)(?:'s|’s|\s+is)\s+(?:only\s+)?" + _AGE + r"\b(?!\s*(?:%|:|days?|"
    r"weeks?|months?|hours?)))"
    r"|\b(?i:my|our)\s+(?i:twins|sons|daughters|boys|girls|kids|children)\s*,?\s+"
    r"(?:" + _NW + r"\s+(?i:and|&)\s+)(?P<pair>" + _FULL + r")\b"
    r"|\b(?i:mum|mom|mam|mummy|mommy|dad|daddy|mother|father|parent|nan|gran|grandma|"
    r"grandad)\s+(?i:of|to)\s+(?P<parentof>" + _FULL + r")\b(?!['’])"
    # admitted, transferred, diagnosed: a patient, on this forum nearly always a child
    r"|(?<!Dr\s)(?<!Dr\.\s)(?<!Mr\s)(?<!Mrs\s)(?<!Ms\s)(?<!Prof\s)\b(?P<admitted>"
    + _FULL
    + r")\s+(?:is|was|has\s+been|got)\s+(?:being\s+|just\s+)?(?:admitted|transferred|"
    r"diagnosed|readmitted)\b"
)
_CHILD_NAME = re.compile(
    r"\b(?i:my|our)\s+(?:\w+\s+)?(?i:"
    + _RELATION
    + r")\s*,?\s+(?:is\s+|named\s+|called\s+)?"
    r"(?P<name>" + _FULL + r")\b"
    r"|\b(?:named|called)\s+(?:him|her|them)\s+(?P<name2>" + _FULL + r")\b"
)
# Capitalised words that follow "my son" but are not surnames.
_NOT_SURNAMES = {
    "acute",
    "lymphoblastic",
    "myeloid",
    "leukaemia",
    "leukemia",
    "hospital",
    "has",
    "had",
    "is",
    "was",
    "and",
    "but",
    "the",
    "who",
    "just",
    "finally",
    "started",
    "oncology",
    "ward",
    "clinic",
    "children's",
    "childrens",
    "cancer",
    "wilms",
    "hodgkin",
    "ewing's",
    "ewings",
    "neuroblastoma",
    "chemo",
    "radiotherapy",
    "christmas",
    "easter",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "mum",
    "mom",
    "dad",
    "i",
    "we",
}


def _phone_like(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if not 10 <= len(digits) <= 15:
        return False
    # Lab values and doses use decimal points and commas; phone numbers rarely do.
    if re.search(r"\d\.\d{1,2}(?!\d)", candidate) and candidate.count(".") == 1:
        return False
    return True


def detect_personal_details(
    text: str, *, hospitals: list[str] | None = None
) -> list[Finding]:
    """Personal details in ``text``. ``hospitals`` are the moderators' list (which a
    fresh install seeds with WELL_KNOWN_HOSPITALS, since families name those without
    "Hospital": "at Alder Hey"); any "<Town> Children's (Hospital)" is looked for too."""
    findings: list[Finding] = []
    for m in _EMAIL.finditer(text):
        findings.append(Finding("email", m.start(), m.end(), m.group(0)))
    for m in _OBFUSCATED_EMAIL.finditer(text):
        mailbox = re.split(r"[\s\[({<]", m.group(0), maxsplit=1)[0].lower()
        if mailbox not in _NOT_MAILBOXES and not _overlaps(
            findings, m.start(), m.end()
        ):
            findings.append(Finding("email", m.start(), m.end(), m.group(0)))
    for m in _PHONE.finditer(text):
        if _phone_like(m.group(0)) and not _overlaps(findings, m.start(), m.end()):
            findings.append(Finding("phone", m.start(), m.end(), m.group(0).strip()))
    for m in _ADDRESS.finditer(text):
        findings.append(Finding("address", m.start(), m.end(), m.group(0)))
    for m in _CHILD_NAME.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        first, last = name.split(None, 1)
        if first.lower() in _NOT_SURNAMES or last.lower() in _NOT_SURNAMES:
            continue
        findings.append(Finding("child_name", m.start(group), m.end(group), name))
    for m in _CHILD_NAME_CONTEXTS.finditer(text):
        group = next(
            g
            for g in ("parent", "team", "aged", "pair", "parentof", "admitted")
            if m.group(g)
        )
        name = m.group(group)
        words = name.lower().split()
        if any(w in _NOT_SURNAMES or w in _NOT_NAMES for w in words):
            continue
        if not _overlaps(findings, m.start(group), m.end(group)):
            findings.append(Finding("child_name", m.start(group), m.end(group), name))
    for m in _POSTCODE.finditer(text):
        if not _overlaps(findings, m.start(), m.end()):
            findings.append(Finding("address", m.start(), m.end(), m.group(0)))
    for hospital in hospitals or []:
        pattern = _hospital_pattern(hospital)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if not _past_or_institutional(text, m.start(), m.end()) and not _overlaps(
                findings, m.start(), m.end()
            ):
                findings.append(Finding("hospital", m.start(), m.end(), m.group(0)))
    # Any hospital named by its shape: "Birmingham Children's Hospital", "Boston
    # Children's", "Children's Hospital of Philadelphia".
    for m in _HOSPITAL_SHAPE.finditer(text):
        if not _past_or_institutional(text, m.start(), m.end()) and not _overlaps(
            findings, m.start(), m.end()
        ):
            findings.append(Finding("hospital", m.start(), m.end(), m.group(0)))
    findings.sort(key=lambda f: f.start)
    return findings


# Children's and cancer centres that families name without "Hospital" and that no
# moderator should have to think of adding: the UK principal treatment centres most
# named by families, and the best-known North American ones. Migration 0002 seeds the
# moderators' editable hospital list with them (a frozen copy, as migrations keep).
WELL_KNOWN_HOSPITALS = [
    "Great Ormond Street",
    "Alder Hey",
    "Royal Marsden",
    "The Christie",
    "Evelina London",
    "Bristol Royal Hospital for Children",
    "Royal Hospital for Children",
    "Royal Manchester Children's",
    "Leeds General Infirmary",
    "Addenbrooke's",
    "John Radcliffe",
    "Southampton General",
    "Queen's Medical Centre",
    "Royal Victoria Infirmary",
    "Great North Children's",
    "Noah's Ark Children's Hospital",
    "Royal Hospital for Sick Children",
    "Our Lady's Children's Hospital",
    "St Jude",
    "SickKids",
    "Dana-Farber",
    "Sloan Kettering",
    "MD Anderson",
]
_NOT_A_HOSPITAL_TOWN = (
    r"(?:Our|My|The|Your|Their|His|Her|A|An|Local|These|Those|All|Save|Young|Many|Some|"
    r"For|At|In|To|From|Near|Every|Other|Sick|Poor|Little|Great|Brave|Happy)"
)
_HOSPITAL_SHAPE = re.compile(
    r"\b(?:(?!" + _NOT_A_HOSPITAL_TOWN + r"\b)[A-Z][a-z'’]+\s+){1,2}Children['’]?s\b"
    r"(?:\s+Hospital\b)?(?!\s+(?!Hospital\b)[A-Z])(?!\s+(?i:centres?|centers?|society|"
    r"trust|charity|charities|fund|books?|choir|theatre|museum|library|services|"
    r"commissioner|party|day|tv|act|minister|laureate|hospice|home|homes|"
    r"television|clothes|menu|author|authors|writer|writers|festival|network))"
    r"|\bChildren['’]?s\s+Hospital\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
# A full UK postcode narrows an address to a few houses.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b")
# Capitalised words that start a sentence or name a thing, not a child.
_NOT_NAMES = {
    "great",
    "northern",
    "riverside",
    "royal",
    "general",
    "children",
    "infirmary",
    "hospital",
    "ward",
    "team",
    "doctor",
    "dr",
    "nurse",
    "professor",
    "potter",
    "pig",
}


@functools.lru_cache(maxsize=256)
def _hospital_pattern(name: str) -> re.Pattern | None:
    """The listed name as people type it: any apostrophe or none ("Childrens"),
    St / St. / Saint, any spacing, any case; and "X Children's" without "Hospital"."""
    words = re.findall(r"[\w']+|&", name.replace("\u2019", "'"))
    if not words:
        return None
    parts = []
    for word in words:
        bare = word.replace("'", "")
        if bare.lower() in ("st", "saint"):
            parts.append(r"(?:st\.?|saint)")
        elif "'" in word:
            head, tail = word.split("'", 1)
            parts.append(re.escape(head) + r"['\u2019]?" + re.escape(tail))
        else:
            parts.append(re.escape(bare))
    body = r"[\s,-]+".join(parts)
    if len(words) >= 3 and words[-1].lower() == "hospital" and "'" in words[-2]:
        body = r"[\s,-]+".join(parts[:-1]) + r"(?:[\s,-]+" + parts[-1] + r")?"
    return re.compile(r"\b" + body + r"\b", _I)


# A listed hospital named about the past or as an institution is not where a child can
# be found now: "treated there back in 2009", "did my training there", "published a study".
_PAST_OR_INSTITUTIONAL = re.compile(
    r"\b(?:back\s+in|in\s+the\s+(?:19|20)\d0s|in\s+the\s+(?:sixties|seventies|"
    r"eighties|nineties|noughties)|years\s+ago|decades\s+ago|used\s+to|"
    r"(?:is|are)\s+now\s+(?:at|in)\s+(?:university|college|school|secondary)|"
    r"published|study|studies|research|trial\s+results|training|trained|qualified|"
    r"worked|work(?:s|ed)?\s+(?:at|for)|nursing\s+(?:degree|training)|job\s+at|"
    r"was\s+born\s+(?:at|in)|born\s+there|gave\s+(?:a|the)\s+talk|talk\s+(?:at|to|on)|"
    r"lecture|conference|webinar|spoke\s+(?:at|to)|speaking\s+(?:at|to))\b",
    _I,
)


def _past_or_institutional(text: str, start: int, end: int) -> bool:
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    sentence = text[sentence_start : min(ends) if ends else len(text)]
    return bool(_PAST_OR_INSTITUTIONAL.search(sentence))


def _overlaps(findings: list[Finding], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in findings)


REDACTION_LABELS = {
    "phone": "[phone number removed]",
    "email": "[email address removed]",
    "address": "[address removed]",
    "hospital": "[hospital name removed]",
    "child_name": "[name removed]",
}


def redact(text: str, findings: list[Finding]) -> str:
    """The text with each finding replaced by a label; overlapping findings merge."""
    out, cursor = [], 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < cursor:
            continue
        out.append(text[cursor : f.start])
        out.append(REDACTION_LABELS[f.kind])
        cursor = f.end
    out.append(text[cursor:])
    return "".join(out)


# --- links, images, spam -----------------------------------------------------------------

_LINK = re.compile(r"https?://\S+|www\.\S+|\]\([^)]+\)", _I)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]+\)|<img\b", _I)


def count_links(text: str) -> int:
    return len(_LINK.findall(text))


def has_images(text: str) -> bool:
    return bool(_IMAGE.search(text))


# --- watched words ----------------------------------------------------------------------


def watched_word_regex(pattern: str) -> re.Pattern:
    """'cure*' → words starting with 'cure'; '*' alone inside a phrase spans a word."""
    parts = [re.escape(p) for p in pattern.strip().split("*")]
    body = r"[\w'-]*".join(parts)
    return re.compile(r"(?<![\w])" + body + r"(?![\w])", _I)
