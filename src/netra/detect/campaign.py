"""The ``political.campaign`` text detector: does an employee's own words campaign for a target?

Pure and explainable: every hit names the target, the words that caused it and why. It reads
normalised text (:mod:`netra.text.normalize`) and three kinds of reference to a target:

- a **keyword** of the target (keywords.csv: slogans, hashtags, ballot phrases) is support by
  itself; a *weak* keyword (one everyday word such as ``AMIN``, also the prayer word) counts
  only when written as a hashtag or in capitals and next to another political cue; a keyword
  that is only the target's name (``Prabowo-Gibran``) or one word (``Gerindra``, ``PDI-P``)
  counts by itself as a hashtag (``#PrabowoGibran``) and is otherwise treated as a name; a
  slogan between quotation marks or questioned ("Ganjar presiden? Mimpi kali") too;
- a **ballot call**: support wording or a ballot noun next to a number (``coblos no 2``,
  ``02 menang``, ``#01``, ``salam dua jari``) hits every target with that ballot number (the
  caller narrows by election window);
- a **name** of the target with supportive wording within a few words, in the same sentence,
  not negated, not a comparison and not a question.

Texts in a neutral frame (``ASN wajib netral``, ``jangan golput``, debate or quick-count news)
give hits only from strong keywords and explicit ballot calls. ``official`` targets never hit.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import accumulate
from typing import Any

import yaml

from netra.core.errors import RuleFileError
from netra.roster.regions import PROVINCES, regencies, regency_place
from netra.rules.loader import YAML_LOADER, Lines, construct_yaml, line_of
from netra.targets.service import party_names, party_symbols
from netra.text.classify import dictionary_words, is_everyday_word
from netra.text.matcher import Match, PhraseMatcher
from netra.text.normalize import MEDIA_MARK, NUMBER_WORDS, ballot_value, normalize, unspell

__all__ = [
    "CampaignDetector",
    "CampaignHit",
    "CampaignLexicon",
    "TargetRef",
    "load_campaign_lexicon",
]

_LEXICON_FILE = "lexicon/campaign.yaml"

# Support wording reaches a name this many words away (in its own direction), and half as far
# the other way ("Prabowo, aku dukung").
_NAME_WINDOW = 6
_NAME_WINDOW_BACK = 3
# How many words a quotation around a slogan may hold besides it.
_QUOTE_REACH = 6
# Words that may open a sentence of support before its wording ("Wajib pilih!", "Kami siap
# menangkan", "Fix tak coblos"), `CampaignDetector._ellipsis`.
_ELLIPSIS_LEAD = frozenset(
    {
        "ayo", "mari", "yuk", "hayu", "saya", "aku", "gue", "gw", "kami", "kita", "urang",
        "wajib", "harus", "fix", "siap", "pokoknya", "pokoke", "pokona", "insyaallah",
        "bismillah", "tetap", "pasti", "makanya", "jadi", "tak", "langsung", "sudah", "wes",
        "wis", "dah", "udah", "mantap", "semua", "sekeluarga", "kula", "abdi", "beta",
        "katong", "torang", "ulun", "sakaluarga",
    }
)  # fmt: skip
# After support wording in a reply to a candidate's own post: the candidate addressed, or an
# intensifier (`CampaignDetector._addressed`).
_ADDRESSED = frozenset(
    {
        "bapak", "pak", "ibu", "bu", "beliau", "anda", "njenengan", "sampean", "panjenengan",
        "abang", "bang", "kakak", "kak", "mas", "mbak", "koh", "ci", "gus", "cak", "kang",
        "teh", "uda", "daeng", "pakde", "bude", "om", "tante", "dia", "doi", "kalian",
        "terus", "selalu", "penuh", "full", "pol", "banget", "pisan", "sepenuhnya", "sampai",
        "sampe", "menang", "nomor", "pian", "sidin", "acil", "julak", "amang", "ading", "puang",
        "ji", "abah", "umi", "bunda", "buya", "ustadz", "ning", "kyai",
        # Makassar polite "you" glued after the verb ("siap coblos ki'"), Balinese, Sundanese
        "ki", "karaeng", "bli", "mbok", "aa", "ceu", "neng", "mamiq",
        # Ambonese, Manado and Papuan ("ko": Papuan "kamu")
        "bung", "usi", "kaka", "bapa", "tanta", "ko",
    }
)  # fmt: skip
# A cheer after a name is a chant only where it ends the clause, these words aside, and no
# condition opens it (`CampaignDetector._chanted_after`).
_CHANT_TAIL = frozenset({"telak", "lagi", "terus", "mutlak", "total", "besar", "banget", "pol"})
# Closing words after a slogan, besides the lexicon's fillers ("nomor 2 pokoke!").
_CLOSING = frozenset(
    {"pokoknya", "pokoke", "pokona", "sajo", "haja", "bah", "lho", "loh", "kok",
     # laughter after a choice said ("di bilik suara aku 03 🤘 hehe"), "garis keras" (hard-line)
     "hehe", "haha", "hihi", "wkwk", "wkwkwk", "xixi", "garis", "keras"}
)  # fmt: skip
_CONDITIONAL = frozenset(
    {"kalau", "kalo", "klo", "jika", "jikalau", "bila", "apabila", "seandainya", "andai", "misal",
     "kok", "amun", "amen"}
)  # fmt: skip
# Words that end a sentence with "?" to ask for agreement ("… didukung Golkar to?").
_QUESTION_TAGS = frozenset({"to", "toh", "tho", "kan", "ya", "yo", "yah", "bukan", "kah"})
# Forms of address that make a name of a candidate's short name word (`_name_phrases`).
_ADDRESS_FORMS = (
    "pak", "bu", "mas", "mbak", "bang", "kak", "kang", "teh", "cak", "ning", "uda", "uni",
    "daeng", "om", "koh", "ci", "ji", "gus", "abah", "umi", "bunda", "ustadz", "acil", "julak",
    "amang", "ading", "opung", "umak", "pakde", "bude", "mama", "papa", "kyai", "buya", "wak",
    "cek", "mang", "dokter", "bidan", "datuk", "aa", "ceu", "neng", "haji", "bli", "mbok",
    "gung", "mamiq", "baiq", "tgh", "bung", "usi", "kaka", "bapa", "tanta",
)  # fmt: skip
# Hearsay beside a slogan: someone else says it ("… katanya", "konon …"), often in mockery.
# (jar: Banjar; katonyo: Palembang; kecek: Minang; jare: Javanese)
_HEARSAY = frozenset(
    {"katanya", "konon", "kabarnya", "ceunah", "jarene", "jare", "jar", "katonyo", "kecek"}
)
# Reporting words: what follows in the sentence is someone else's ("kata tetangga", "teman
# bilang"), within this many words (`_hearsay_before`).
_REPORTING = frozenset({"kata", "bilang", "ngomong", "ujar", "ucap"})
_HEARSAY_REACH = 6
# Words of wanting or daring before a reporting word make it the writer's own saying.
_OWN_SAYING = frozenset(
    normalize(w)
    for w in ("mau", "mo", "pengen", "pengin", "ingin", "cuma", "hanya", "sekedar", "sekadar",
              "perlu", "harus", "boleh", "izin", "ijin", "berani")
)  # fmt: skip
# Words before a ballot call within which a supposition or a poll is looked for.
_SUPPOSE_REACH = 4
# A slogan listed as an example of what is forbidden is a mention (`_forbidden_example`):
# a word introducing examples within this many words before it, and a prohibition before that.
_EXAMPLE_REACH = 10
# (The things forbidden count as such an introduction: "dilarang memakai tagar #X, #Y atau
# slogan 'Z'", Sundanese "teu kenging nge-share poster X", "dilarang berpose dua jari".)
_EXAMPLE_INTRO = frozenset(
    {"bertuliskan", "bertulisan", "seperti", "misalnya", "contohnya", "berisi", "berbunyi",
     "termasuk", "semisal", "antara", "tagar", "hashtag", "slogan", "jargon", "yel", "poster",
     "stiker", "sticker", "atribut", "baliho", "spanduk", "kaos", "logo", "simbol", "pose",
     "twibbon", "bingkai"}
)  # fmt: skip
_FORBIDDING = frozenset(
    {"dilarang", "larangan", "melarang", "terlarang", "jangan", "hindari", "ulah", "kenging",
     "diperbolehkan", "diizinkan"}
)  # fmt: skip
# "boleh" forbids only after a negation ("tidak boleh", "ora oleh"); "kenging" after "teu".
_NOT_ALLOWED = frozenset({"boleh", "oleh"})
# Support wording that calls a ballot number said as a word ("coblos satu!", "cucuk dua").
_BALLOT_VERBS = frozenset({"coblos", "contreng", "cucuk", "mancucuk"})
# Particles that close a number one settles on ("Nomor tiga sa!", "nomor 1 bah", "02 wae";
# sa: Ambonese and Papuan "saja", jak: Pontianak, wae: Javanese, bae: Palembang and Jambi,
# "Nomor 1 sudah!" in Papua and Palu, "Nomor 3 jo" in Manado).
_CHOICE_PARTICLES = frozenset(
    {"sa", "saja", "aja", "ja", "jak", "bah", "wae", "bae", "lah", "sajo", "haja", "sudah", "jo"}
)
# Words between support wording and its object ("dukung terus", "support penuh").
_INTENSIFIERS = frozenset(
    {
        "terus",
        "selalu",
        "penuh",
        "full",
        "pol",
        "banget",
        "pisan",
        "sepenuhnya",
        "total",
        # "together": "urang rojong babarengan", "kita dukung bareng"
        "babarengan",
        "bareng",
        "bersama",
        "sareng",
    }
)
# Words between a first person and the ballot number they say as their choice ("saya sih
# 02", "ane mah dari awal udah 02", "aku yo wis 01").
_CHOICE_WORDS = frozenset(
    {"sih", "mah", "tetap", "tetep", "udah", "sudah", "wis", "wes", "uwis", "su", "so", "dari",
     "awal", "pasti", "juga", "jg", "emang", "memang", "yo", "ya", "teteup", "insyaallah",
     "sekeluarga", "semua", "sekampung", "pribadi", "sendiri", "sepakat", "dah"}
)  # fmt: skip
_CHOICE_GAP = 4
# Words that pass a quoted message on (`CampaignDetector._forwarded`), words that warn of
# one, and words that turn forwarding around ("jangan disebarkan"); in matching form.
_FORWARDING = frozenset(
    normalize(w)
    for w in ("sebarkan", "sebarluaskan", "viralkan", "teruskan", "diteruskan", "copas",
              "bagikan",
              # a prompt to write the quoted words ("yang komen 'Gerindra Menang' dapat kaos")
              "komen", "ketik", "tulis")
)  # fmt: skip
_WARNINGS = frozenset(
    normalize(w)
    for w in ("hoaks", "hoax", "hoaxs", "fitnah", "waspada", "waspadai", "klarifikasi", "bohong",
              "palsu", "disinformasi", "provokasi", "laporkan", "dilaporkan", "pelanggaran",
              "melanggar", "dilarang", "larangan")
)  # fmt: skip
_NOT_FORWARDING = frozenset(
    normalize(w) for w in ("jangan", "jgn", "tidak", "tak", "gak", "ga", "nggak", "usah", "stop")
)
# Offices named before a number in a voter's plan (`CampaignDetector._office_plan`), and
# what an election's office is (`election_office`).
_OFFICE_WORDS = {
    "presiden": "president", "capres": "president", "pilpres": "president",
    "gubernur": "governor", "cagub": "governor", "pilgub": "governor",
    "bupati": "regent", "cabup": "regent", "pilbup": "regent",
    "walikota": "regent", "wali": "regent", "cawali": "regent", "cawalkot": "regent",
    "pilwalkot": "regent", "pilwali": "regent",
}  # fmt: skip
_OFFICE_SKIP = frozenset({"kota", "kab", "kabupaten", "provinsi", "prov"})


def election_office(contest: str | None, region_code: str | None) -> str | None:
    """The office an election fills, as `_office_plan` reads it: "president", "governor" (a
    regional head of a province: a region code without a dot), "regent" (of a regency or
    city), or None (legislative and other contests)."""
    if contest == "presidential":
        return "president"
    if contest == "regional_head" and region_code:
        return "regent" if "." in region_code else "governor"
    return None


# "Don't" before a call against a side (`CampaignDetector._against`): Indonesian, chat,
# Javanese "ojo", Sundanese "ulah", "tong".
_DONT = frozenset({"jangan", "jgn", "jngn", "ojo", "ulah", "tong"})
_AGAINST_VERBS = frozenset(
    {"pilih", "milih", "memilih", "coblos", "nyoblos", "mencoblos", "contreng", "dukung",
     "mendukung", "menangkan", "memenangkan", "kasih", "beri"}
)  # fmt: skip
# Wishes before a name that is to win an office (`CampaignDetector._wished_office`).
_WISHES = frozenset({"semoga", "moga", "mudahan", "mudah", "mugi", "semogalah"})
_OFFICES = frozenset(
    {"presiden", "wapres", "capres", "gubernur", "bupati", "walikota", "wali", "pemimpin",
     "dprd", "dpr", "dpd", "anggota"}
)  # fmt: skip
# The choice words that are not everyday filler: the cheap gate for a name said as a choice.
_CHOOSING = _CHOICE_WORDS - {"dari", "juga", "jg", "yo", "ya", "semua", "awal"}
# "Don't forget" before a number after "nomor" is a ballot call ("jangan lupa nomor 2 ya").
_REMINDERS = frozenset(
    {"jangan lupa", "ulah hilap", "tong hilap", "ulah poho", "tong poho", "ojo lali", "aja lali"}
)
# Words of a mind made up, between a choice and its number ("pilihanku sudah pasti: 2").
_SETTLED = frozenset(
    {"sudah", "udah", "dah", "pasti", "tetap", "tetep", "fix", "yakin", "bulat", "mantap",
     "mantep", "wis", "wes", "insyaallah", "teguh"}
)  # fmt: skip
_CHOICE_LEADS = frozenset(
    {"kalau", "kalo", "klo", "nek", "lamun", "ari", "tapi", "tp", "pokoknya", "pokoke", "yang",
     "jelas", "nah", "ya", "yo", "intinya", "pokok"}
)  # fmt: skip
# "But": after it a text says its own thing, whatever neutral frame came before ("Masa
# tenang, tapi hati tetep ASIK", Manado "mar").
_CONTRAST = frozenset({"tapi", "tetapi", "tp", "tpi", "namun", "mar", "nanging"})
# "Most" ("paling", Ambonese and Manado "paleng", chat "plg") before a word of the lexicon's
# `praise` section.
_SUPERLATIVES = ("paling", "paleng", "plg")
# "More and more" before a word of `praise`, after a name: "Gerindra makin solid", "NasDem
# makin keren" (not sarcasm-checked: "makin" praise is rarely mock).
_COMPARATIVES = ("makin", "semakin", "tambah", "kian")
# Marks of sarcasm that turn praise around: a clown, an upside-down face or rolled eyes, or
# a mocking "iya deh" / "iyain" opening the text.
_SARCASM_EMOJI = frozenset("\U0001f921\U0001f643\U0001f644")
_SARCASM_OPENERS = ("iya deh", "iya iya", "iyain", "iyalah", "yaelah", "yoi deh")


def _sarcastic(raw: str, toks: list[str]) -> bool:
    """Whether a text marks itself as sarcasm (`_SARCASM_EMOJI`, `_SARCASM_OPENERS`)."""
    opening = " ".join(toks[:2])
    return not _SARCASM_EMOJI.isdisjoint(raw) or any(
        opening == o or opening.startswith(o + " ") or toks[:1] == [o] for o in _SARCASM_OPENERS
    )


# Offices called out as chants ("Fadli Lubis Gubernur!"): `campaign.yaml` cues of strength
# chant that count only right beside the name.
_OFFICE_CHANTS = frozenset({"gubernur", "bupati", "walikota", "wali kota", "presiden"})
# Agreement opening a short reply to a candidate's own post ("Setuju Prof! 👍"): support of
# what the post campaigns for. Longer replies say what they agree with.
# "Siap Kang Ade!": a pledge
_AGREEMENT = frozenset({"setuju", "sepakat", "agree", "sependapat", "siap"})
_AGREEMENT_LENGTH = 6
# Words after support wording that are not its object (prepositions, particles).
_NOT_OBJECT = frozenset(
    {"dari", "di", "ke", "untuk", "buat", "sama", "dengan", "bersama", "hingga", "sampai",
     "sampe", "karena", "biar", "agar", "supaya", "yuk", "ayo", "lagi", "dong", "kok", "nih"}
)  # fmt: skip
# Pronouns that stand for the one target a text names (`CampaignDetector._pronouns`).
_PRONOUNS = frozenset({"beliau", "dia", "doi", "sidin"})  # sidin: Banjar "beliau"
_PARTY_PRONOUNS = frozenset({"mereka"})
# "Its party" (Indonesian, Sundanese, Javanese/Malay): the one party a text names.
_PARTY_ANAPHORS = frozenset({"partainya", "partaina", "partaine"})
# Words between a negation and the support wording it turns around ("tidak akan pernah pilih").
_NEGATION_GAP = 2
# Words between a first-person subject and a "person" cue ("saya sekeluarga mendukung").
_PERSON_GAP = 2
# "Person" wording that a post's subjectless sentence says of its writer (`_subjectless`):
# joining a side's team. Not "tim" or "pendukung": "Tim AMIN solid", "Pendukung 02 memadati
# GBK" open news sentences.
_SELF_CUES = frozenset(
    {"jadi relawan", "menjadi relawan", "daftar relawan", "gabung", "bergabung",
     "bergabung dengan", "jadi korlap relawan", "jadi koordinator relawan",
     "jadi bagian keluarga besar", "bagian dari keluarga besar", "jadi kader", "jadi kader muda"}
)  # fmt: skip
# "Person" wording said of the writer only after a word of feeling or resolve (`_STANCES`).
_STANCE_CUES = frozenset({"mendukung", "memilih", "mencoblos", "memenangkan", "pendukung"})
# (in their matching form: "bangga" is "banga" once doubled letters fold)
_STANCES = frozenset(
    normalize(w)
    for w in ("alhamdulillah", "bismillah", "insyaallah", "bangga", "senang", "bahagia", "siap",
              "tetap", "tetep", "yakin", "ikhlas", "setia", "selalu", "mantap", "mantep")
)  # fmt: skip
# Words that may come before such wording at the start of a sentence.
_SELF_LEADS = _STANCES | frozenset(
    normalize(w)
    for w in ("resmi", "akhirnya", "dipercaya", "diamanahi", "kini", "sekarang", "mulai", "hari",
              "ini", "sudah", "udah", "telah", "baru", "sangat", "jadi", "menjadi", "ikut", "terus")
)  # fmt: skip
# Words between a first person's invitation and the "person" cue it introduces ("saya mengajak
# rekan-rekan di Dapil 1 untuk memilih …").
_INVITE_REACH = 8
# Fillers and ballot nouns skipped between support wording and a ballot number.
_BALLOT_SKIP = 3

_STRENGTHS = ("strong", "person", "chant", "weak")
_ATTACH = ("right", "left", "both")
_KIND_ORDER = {"keyword": 0, "ballot": 1, "name": 2}

_NUMBER_TOKEN = re.compile(r"(?:^| )\d{1,2}(?= |$)")
_PADDED_TOKEN = re.compile(r"(?:^| )0[1-9](?= |$)")
_LAST_NUMBER = re.compile(r" \d{1,2}$")
_NUMBER_WORD_TOKEN = re.compile(r"(?:^| )(?:" + "|".join(NUMBER_WORDS) + r")(?= |$)")
# The cheap gates of `_may_hit` for `_BALLOT_VERBS` and `_CHOICE_PARTICLES`.
_VERB_NUMBER_WORD = re.compile(
    r"(?:^| )(?:" + "|".join(sorted(_BALLOT_VERBS)) + ") (?:" + "|".join(NUMBER_WORDS) + r")(?= |$)"
)
_CHOICE_NUMBER = re.compile(
    r"(?:^| )(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + ") "
    "(?:" + "|".join(sorted(_CHOICE_PARTICLES)) + r")(?= |$)"
)
# Everyday cheers that call "nomor N!" exclaimed ("Gas terus nomor 2!", "nomor 1 menang!");
# not praise ("Mantap, pelayanan nomor 1!", "Keren nomor 1!").
_BALLOT_CHEERS = frozenset(
    {"gas", "gaspol", "gas pol", "menang", "menang telak", "lanjut", "lanjutkan", "pokoknya",
     "pokoke", "pokona", "fix", "jangan lupa", "ojo lali", "aja lali", "ulah hilap"}
)  # fmt: skip
_EXCLAIMED = re.compile(r"![^\w]*$")
_SALAM_JARI = re.compile(r"(?:^| )salam (\S+) jari(?= |$)")
# Hand-sign emoji for ballot numbers: the raised index finger (1), the V sign (2) and the
# three-finger sign (3) that every side's photos and cheers use.
_HAND_SIGNS = {"\u261d": 1, "\U0001f446": 1, "\u270c": 2, "\U0001f91f": 3}
# Titles of four letters or more that end with a dot and no sentence.
# Short words that end sentences in chat, where "no." or "H." would be abbreviations.
_SHORT_ENDS = frozenset(
    {"ya", "yaa", "yah", "yuk", "kok", "dong", "deh", "sih", "nih", "tuh", "kan", "lah", "aja",
     "ok", "oke", "pun", "itu", "ini", "dia", "ah", "eh", "yo", "wae", "bah", "lho", "loh",
     "gan", "sis", "bro", "kak", "jg", "sja"}
)  # fmt: skip
_ABBREVIATIONS = frozenset({"capt", "kapt", "prof", "sdri", "sdra", "ustd", "kapten"})
_KEYCAP = re.compile("([1-9])\ufe0f?\u20e3")
# Keycap digits ("OM SEMY 2️⃣", "AMAN 2️⃣") are how posts write a ballot number as an emoji.
_HAND_SIGN = re.compile("[" + "".join(_HAND_SIGNS) + "]|" + _KEYCAP.pattern)
# The same gesture described (a photo's alt text, a caption): "mengacungkan tiga jari",
# "berpose dua jari", "mengacungkan telunjuk".
_FINGERS = re.compile(r"(?:^| )(?:(\S+) jari|(telunjuk))(?= |$)")
_HASHTAG = re.compile(r"(?<!\w)#(\w+)")
# "#02" written as a hashtag is a ballot call by itself; "#2" is too often a rank or a count.
_HASHTAG_BALLOT = re.compile(r"(?<![\w#])#0([1-9])(?![0-9])")
# A word in capitals inside a team's or candidate's name ("Tim Pemenangan BADEWI", "Relawan
# WANDA Malang") is the pair's acronym, which posts write alone ("kaos BADEWI"); these are the
# organisations' own letters, not a pair's.
_ACRONYM = re.compile(r"(?<![^\W\d_])[A-Z]{3,12}(?![^\W\d_])")
_ORG_ACRONYMS = frozenset(
    {"tkn", "tpn", "tkd", "tpd", "tkk", "tim", "dpp", "dpw", "dpd", "dpc", "pac", "kpu", "kpud",
     "dpr", "dprd", "mpr", "nkri", "asn", "pns", "tni", "polri", "bawaslu", "panwaslu", "pemilu",
     "pilkada", "pilpres", "pileg", "pilgub", "pilwalkot", "pilbup", "official", "relawan",
     "timses", "mui", "pkk", "dki", "diy", "ntb", "ntt", "capres", "cawapres", "caleg", "paslon"}
)  # fmt: skip
# Hashtags written in one case ("#ganjarmahfudmenang", "#COBLOSNOMOR3") hide their word
# boundaries; they are split with the words the detector knows (`_segment_hashtag`).
_TAG_LENGTHS = (6, 60)
_TAG_WORD = (3, 20)
_PERSON_SPLIT = re.compile(r"\s*[–—]\s*|\s+-\s+|\s*&\s*|\s*/\s*|\s+dan\s+", re.IGNORECASE)
_PARENS = re.compile(r"\(([^)]*)\)")
_EVIDENCE_STRIP = "\"'()[]{}<>.,;:!?…“”‘’«»*_~|"
_SENTENCE_MARKS = ".!?;"
_RAW_CACHE_SIZE = 100_000
# Words after a ballot number that look at: a word of `not_ballot_after` there unmakes the call.
_AFTER_WINDOW = 3


def _stands(candidate: _Candidate, alignment: _Alignment | None) -> bool:
    """Whether wording and the name it reached share one sentence, neither asked nor quoted."""
    cue, name = candidate.cue, candidate.name
    if cue is None or name is None or alignment is None:
        return True
    first, last = min(cue[0], name[0]), max(cue[1], name[1]) - 1
    return (
        alignment.same_sentence(first, last)
        and not alignment.is_question(last)
        and not alignment.quoted(first, last)
    )


def _labelled(alignment: _Alignment, first: int, last: int) -> bool:
    """Whether tokens ``first`` .. ``last`` stand in parentheses or end with a colon: a label
    for what follows ("Paslon 1 (Azhar-Rahmah): …", "Nomor 2 Rudi-Siti: programnya …")."""
    opening = alignment.words[alignment.owner[first]]
    closing = alignment.words[alignment.owner[last]].rstrip()
    return opening.startswith("(") or closing.endswith(":")


def _as_written(hit: CampaignHit, seen: str, original: str) -> CampaignHit:
    """``hit`` with its evidence as ``original`` writes it (``seen`` differs only in case)."""
    evidence = []
    reason = hit.reason
    for word in hit.evidence:
        at = seen.find(word)
        written = original[at : at + len(word)] if at >= 0 else word
        evidence.append(written)
        reason = reason.replace(word, written)
    return CampaignHit(hit.target_id, tuple(evidence), reason, hit.via)


def _compact(text: str) -> str:
    """Lower-case letters and digits only: "#naSdem" and "NasDem" are both "nasdem"."""
    return "".join(c for c in text.lower() if c.isalnum())


# Quotation marks: a slogan between them is reported, not said (`CampaignDetector._reported`).
_QUOTES = "\"'“”‘’«»"


@dataclass(frozen=True, slots=True)
class TargetRef:
    """A political actor as the detector needs it (one row of targets.csv, accounts aside)."""

    target_id: str
    name: str
    kind: str  # candidate | party | campaign_team | official
    election_id: str | None
    ballot_number: str | None  # e.g. "02", "2", None
    party: str | None


@dataclass(frozen=True, slots=True)
class CampaignHit:
    """One target that a text campaigns for, with the words that show it."""

    target_id: str
    evidence: tuple[str, ...]  # the words of the original text that caused it
    reason: str  # one short English sentence
    via: str  # "keyword" | "ballot" | "name" | "context" (a reply to the target's own post)
    # the text names the place of the target's (regional) election: where one number is
    # several elections', the one meant ("mudik ke Wonogiri buat nyoblos nomor 2")
    placed: bool = False
    number: int | None = None  # the ballot number a ballot call calls


@dataclass(frozen=True, slots=True)
class CampaignLexicon:
    """The word lists of the detector, normalised; see ``lexicon/campaign.yaml``."""

    cues: Mapping[str, tuple[str, str]]  # phrase -> (strength, attach)
    negations: frozenset[str]
    negation_cancels: frozenset[str]
    first_person: frozenset[str]
    invitations: frozenset[str]
    comparisons: frozenset[str]
    stops: frozenset[str]
    neutral_frames: frozenset[str]
    weak_keywords: frozenset[str]
    ballot_nouns: frozenset[str]
    fillers: frozenset[str]
    not_ballot_context: frozenset[str]
    not_ballot_after: frozenset[str]
    other_contests: frozenset[str]
    name_stopwords: frozenset[str]
    name_titles: frozenset[str]
    # Regional everyday words a slogan is made of ("Torang Bisa", "Ambon Makin Bae")
    everyday_words: frozenset[str] = frozenset()
    # A caption that reports or complains about the pictured campaign material
    media_reports: frozenset[str] = frozenset()
    # Tolerance said beside a choice ("yang beda pilihan tetep sodara"): words of no support
    tolerance_frames: frozenset[str] = frozenset()


def _section(data: Mapping[str, Any], key: str, source: str, lines: Lines) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(f"{source}:{line_of(lines, (key,))}: '{key}' must be a list of words")
    return frozenset(n for n in (normalize(v) for v in value) if n)


def _token_section(data: Mapping[str, Any], key: str, source: str, lines: Lines) -> frozenset[str]:
    words = _section(data, key, source, lines)
    for index, raw in enumerate(data[key]):
        if " " in normalize(raw):
            line = line_of(lines, (key, index))
            raise RuleFileError(f"{source}:{line}: '{key}' takes single words, not {raw!r}")
    return words


def _optional(
    data: Mapping[str, Any], key: str, source: str, lines: Lines, *, tokens: bool
) -> frozenset[str]:
    """A section that older lexicon files may lack (empty then)."""
    if key not in data:
        return frozenset()
    section = _token_section if tokens else _section
    return section(data, key, source, lines)


def load_campaign_lexicon(path: str | os.PathLike[str] | None = None) -> CampaignLexicon:
    """Load and validate a campaign lexicon (default: the one shipped with Netra); errors
    read `file:line: message`."""
    if path is None:
        source = f"netra/text/{_LEXICON_FILE}"
        text = resources.files("netra.text").joinpath(_LEXICON_FILE).read_text(encoding="utf-8")
    else:
        source = os.fspath(path)
        with open(source, encoding="utf-8") as handle:
            text = handle.read()
    try:
        node = yaml.compose(text, Loader=YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise RuleFileError(f"{source}:{line}: not valid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise RuleFileError(f"{source}:1: not valid YAML: {exc}") from exc
    lines: Lines = {}
    try:
        data = construct_yaml(node, (), lines) if node is not None else None
    except RuleFileError as exc:
        raise RuleFileError(exc.message.replace("{file}", source)) from None
    if not isinstance(data, dict):
        raise RuleFileError(f"{source}:1: expected a mapping of sections")
    raw_cues = data.get("cues")
    if not isinstance(raw_cues, dict):
        raise RuleFileError(
            f"{source}:{line_of(lines, ('cues',))}: 'cues' must map wording to "
            "'<strength> <attach>'"
        )
    cues: dict[str, tuple[str, str]] = {}
    for phrase, spec in raw_cues.items():
        parts = spec.split() if isinstance(spec, str) else []
        if (
            not isinstance(phrase, str)
            or len(parts) != 2
            or parts[0] not in _STRENGTHS
            or parts[1] not in _ATTACH
        ):
            raise RuleFileError(
                f"{source}:{line_of(lines, ('cues', str(phrase)))}: cue {phrase!r}: expected "
                f"'<{'|'.join(_STRENGTHS)}> <{'|'.join(_ATTACH)}>', got {spec!r}"
            )
        key = normalize(phrase)
        if key:
            cues[key] = (parts[0], parts[1])
    # Praise in the superlative is support ("Bang Fadli paling masuk akal", "Gerindra paling
    # konsisten", Ambonese "Om Semy paleng bae"): "paling <word>" for every word of `praise`.
    for word in _optional(data, "praise", source, lines, tokens=False):
        for most in (*_SUPERLATIVES, *_COMPARATIVES):
            cues.setdefault(normalize(f"{most} {word}"), ("strong", "left"))

    def words(key: str) -> frozenset[str]:
        return _section(data, key, source, lines)

    def tokens(key: str) -> frozenset[str]:
        return _token_section(data, key, source, lines)

    def optional(key: str, *, single: bool) -> frozenset[str]:
        return _optional(data, key, source, lines, tokens=single)

    return CampaignLexicon(
        cues=cues,
        negations=words("negations"),
        negation_cancels=tokens("negation_cancels"),
        first_person=tokens("first_person"),
        invitations=optional("invitations", single=True),
        comparisons=tokens("comparisons"),
        stops=tokens("stops"),
        neutral_frames=words("neutral_frames"),
        weak_keywords=words("weak_keywords"),
        ballot_nouns=words("ballot_nouns"),
        fillers=tokens("fillers"),
        not_ballot_context=tokens("not_ballot_context"),
        not_ballot_after=optional("not_ballot_after", single=True),
        other_contests=optional("other_contests", single=False),
        name_stopwords=tokens("name_stopwords"),
        name_titles=words("name_titles"),
        everyday_words=optional("everyday_words", single=True),
        media_reports=optional("media_reports", single=False),
        tolerance_frames=optional("tolerance_frames", single=False),
    )


@functools.cache
def _place_words() -> frozenset[str]:
    """Words of province and regency names ("maluku", "ambon", "jayapura"): a slogan made of
    them and everyday words ("Maluku Bangkit", "Ambon Makin Bae") is said of the place too."""
    names = [*PROVINCES.values(), *(regency_place(n)[0] for n in regencies().values())]
    return frozenset(w for n in names for w in normalize(n).split() if len(w) > 2)


# ---------------------------------------------------------------------------------------------
# Compiled reference tables


@dataclass(frozen=True, slots=True)
class _Keyword:
    target_id: str
    term: str  # as written in keywords.csv
    phrase: str  # normalised
    klass: str  # strong | weak | everyday | nickname | name
    # Keywords that keywords.csv writes in capitals match "AMIN"/"AMIIN" in a text.
    capitals: re.Pattern[str] | None
    numbered: bool = False  # holds a number ("coblos nomor 1"): a ballot call in words


@dataclass(frozen=True, slots=True)
class _Name:
    target_id: str
    phrase: str


@dataclass(slots=True)
class _Candidate:
    target_id: str
    via: str
    tokens: set[int]
    extra: tuple[str, ...]  # raw evidence not tied to a token ("#02")
    reason: str | None  # None: worded from the original words once they are known
    cue: tuple[int, int] | None = None  # token spans of a name hit, checked to share a sentence
    name: tuple[int, int] | None = None
    chosen: bool = False  # one side's number said as a choice, even beside a rival's name
    against: bool = False  # a call not to vote for the side (`CampaignDetector._against`)
    number: int | None = None  # the ballot number called


@dataclass(slots=True)
class _Text:
    """Everything known about one normalised text while it is judged."""

    raw: str
    normal: str
    toks: list[str]
    starts: list[int]  # character offset of each token, then len(text) + 1
    neutral: bool = False
    neutral_spans: list[tuple[int, int]] = field(default_factory=list)  # neutral frames' [a, b)
    masked: set[int] = field(default_factory=set)
    negations: list[tuple[int, int]] = field(default_factory=list)
    wording: set[int] = field(default_factory=set)  # where any support wording starts
    negated_ends: set[int] = field(default_factory=set)  # where negated support wording ends
    first_person: set[int] = field(default_factory=set)
    invited: set[int] = field(default_factory=set)  # invitations said by a first person
    cues: list[tuple[int, int, str, str, str]] = field(default_factory=list)  # a,b,str,att,ph
    cue_start: dict[int, tuple[int, int, str, str, str]] = field(default_factory=dict)
    cue_end: dict[int, tuple[int, int, str, str, str]] = field(default_factory=dict)
    names: list[tuple[int, int, str, str]] = field(default_factory=list)  # a,b,target,phrase
    nouns: set[int] = field(default_factory=set)
    chants: set[tuple[int, int]] = field(default_factory=set)  # weak cues that chant a name
    # `aligned`'s result, built once per text (False: not built yet)
    _alignment: _Alignment | bool | None = False

    def aligned(self, cache: dict[str, list[str]]) -> _Alignment | None:
        """The text's raw words aligned to its tokens (`_Alignment.build`), built once."""
        if self._alignment is False:
            self._alignment = _Alignment.build(self.raw, self.toks, cache)
        return self._alignment if isinstance(self._alignment, _Alignment) else None

    def token_at(self, offset: int) -> int:
        """Index of the token starting at (or right after) character ``offset``."""
        return bisect_left(self.starts, offset)

    def span(self, match: Match[Any]) -> tuple[int, int]:
        """Token span [a, b) of a match."""
        return bisect_left(self.starts, match.start), bisect_left(self.starts, match.end + 1)


def _strip_titles(words: list[str], titles: frozenset[str]) -> list[str]:
    changed = True
    while changed and words:
        changed = False
        for size in (2, 1):
            if len(words) > size and " ".join(words[:size]) in titles:
                words = words[size:]
                changed = True
                break
    return words


def _name_phrases(target: TargetRef, lex: CampaignLexicon) -> set[str]:
    """Normalised phrases that name ``target`` (full names, distinctive words, aliases)."""
    phrases: set[str] = set()
    written = _PARENS.findall(target.name)
    main = _PARENS.sub(" ", target.name)
    if target.kind == "party":
        # A national party's other names, from the packaged 2024 facts: the bundle may name
        # it "Partai Keadilan Sejahtera" while posts say "PKS" (or "PDI Perjuangan" / "PDIP").
        written += [n for w in [main, *written] for n in party_names(w.strip())]
    aliases = [normalize(a) for a in written]
    persons = _PERSON_SPLIT.split(main) if target.kind == "candidate" else [main]
    distinctive_per_person: list[str] = []
    use_words = target.kind in ("candidate", "party")

    def distinctive(word: str) -> bool:
        # A title inside a name ("Syamsuddin Daeng Rate", "Irfan Karaeng Lompo") is no name
        # of its own: many people carry it.
        return (
            len(word) >= 5
            and word not in lex.name_stopwords
            and word not in lex.name_titles
            and not word.isdigit()
        )

    def notable(word: str) -> bool:
        return (
            len(word) >= 4
            and word not in lex.name_stopwords
            and word not in lex.name_titles
            and not word.isdigit()
        )

    for person in persons:
        # Degrees come after a comma ("H. Anies Rasyid Baswedan, Ph.D."); titles before.
        words = _strip_titles(normalize(person.split(",")[0]).split(), lex.name_titles)
        if not words:
            continue
        phrases.add(" ".join(words))
        if len(words) > 1:
            phrases.add(normalize("".join(words)))  # handles and hashtags: "aniesbaswedan"
        if not use_words:
            continue  # a team's name words are usually its candidate's: full name only
        marks = [distinctive(w) for w in words]
        for word, mark in zip(words, marks, strict=True):
            if mark:
                phrases.add(word)
        for i in range(len(words) - 1):
            if (
                marks[i]
                or marks[i + 1]
                # two names of a person, one of them no common word ("Yoga Pratama")
                or (target.kind == "candidate" and notable(words[i]))
            ):
                phrases.add(f"{words[i]} {words[i + 1]}")  # "mahfud md"
            for j in range(i + 1, len(words)):
                if marks[i] or marks[j]:
                    phrases.add(normalize(words[i] + words[j]))  # handles: "aniesbaswedan"
        first = next((w for w, m in zip(words, marks, strict=True) if m), None)
        if first is not None:
            distinctive_per_person.append(first)
        if target.kind == "candidate":
            # A form of address and a short name word ("Mbak Rini", "Bu Euis", "Kang Dadang"):
            # how people call a candidate whose name words are too short or common alone.
            for word, mark in zip(words, marks, strict=True):
                # Common given names too ("Mbak Dewi", "Pak Agung"): with the form of
                # address they name a person, and still need support wording to count.
                if not mark and len(word) >= 3 and not word.isdigit():
                    phrases.update(f"{form} {word}" for form in _ADDRESS_FORMS)
    if len(distinctive_per_person) > 1:
        phrases.add(normalize("".join(distinctive_per_person)))  # "prabowogibran"
        # "Anies-Muhaimin": how teams ("Timnas Pemenangan Anies-Muhaimin") and posts name a pair
        phrases.add(" ".join(distinctive_per_person))
    for alias in aliases:
        if alias:
            phrases.add(alias)
            phrases.add(alias.replace(" ", ""))  # "(PDI-P)" -> "pdi p", "pdip"
    # A name that is only an everyday word identifies nobody, nor does one or two letters.
    return {
        p
        for p in phrases
        if len(p) >= 3
        and p not in lex.name_stopwords
        and p not in lex.cues
        and p not in lex.fillers
    }


def _number(token: str) -> tuple[int, bool, bool] | None:
    """(value, zero-padded, written as a word) of a ballot-number-like token."""
    if token.isdigit() and token.isascii() and len(token) <= 2:
        return int(token), len(token) == 2 and token[0] == "0", False
    value = NUMBER_WORDS.get(token)
    return None if value is None else (value, False, True)


def _has_padded(toks: list[str]) -> bool:
    """Whether a zero-padded ballot-style number ("01") is among the tokens."""
    return any(len(t) == 2 and t[0] == "0" and t[1].isdigit() and t != "00" for t in toks)


def _sentence_mark(word: str) -> str | None:
    """'?' or '.' when a raw word ends a sentence, else None."""
    end = len(word)
    while end and not word[end - 1].isalnum() and word[end - 1] not in _SENTENCE_MARKS:
        end -= 1  # closing quotes, brackets, emoji after the mark
    tail = word[:end]
    if not tail or tail[-1] not in _SENTENCE_MARKS:
        return None
    if "?" in tail[-3:]:
        return "?"
    if tail[-1] in "!;":
        return "."
    # "..." is a pause in chat, and "no." / "H." / "Bpk." are abbreviations.
    if tail.endswith(".."):
        return None
    letters = 0
    for char in reversed(tail[:-1]):
        if not char.isalnum():
            break
        letters += 1
    if letters >= 4 and tail[-1 - letters : -1].casefold() in _ABBREVIATIONS:
        return None  # "Capt. Hasan", "Prof. Mahfud"
    if letters >= 4:
        return "."
    # A short chat particle or pronoun ends a sentence too ("jangan golput ya. Saya …").
    return "." if letters and tail[-1 - letters : -1].casefold() in _SHORT_ENDS else None


class _Alignment:
    """Maps the words of a normalised text back to the words of the original text."""

    __slots__ = ("line_ends", "owner", "passed_on", "words")

    def __init__(self, words: list[str], owner: list[int], line_ends: set[int]) -> None:
        self.words = words  # raw words
        self.owner = owner  # normalised token -> raw word index
        self.line_ends = line_ends  # raw word indices that end a line
        # the writer forwards what they quote as their own (`CampaignDetector._forwarded`)
        self.passed_on = False

    @classmethod
    def build(cls, text: str, toks: list[str], cache: dict[str, list[str]]) -> _Alignment | None:
        """Align (``cache``: raw word -> its tokens); None if normalisation was not word-local."""
        words: list[str] = []
        owner: list[int] = []
        line_ends: set[int] = set()
        normal: list[str] = []
        for line in text.splitlines():
            for word in line.split():
                pieces = cache.get(word)
                if pieces is None:
                    if len(cache) >= _RAW_CACHE_SIZE:
                        cache.clear()
                    pieces = cache[word] = normalize(word).split()
                normal.extend(pieces)
                owner.extend([len(words)] * len(pieces))
                words.append(word)
            line_ends.add(len(words) - 1)
        if normal != toks:
            return None
        return cls(words, owner, line_ends)

    def _mark(self, index: int) -> str | None:
        if index in self.line_ends:
            return _sentence_mark(self.words[index]) or "."
        return _sentence_mark(self.words[index])

    def same_sentence(self, first: int, last: int) -> bool:
        """Whether normalised tokens ``first`` .. ``last`` lie in one sentence."""
        a, b = self.owner[first], self.owner[last]
        return all(self._mark(r) is None for r in range(a, b))

    def is_question(self, token: int) -> bool:
        """Whether the sentence holding normalised token ``token`` ends with '?'."""
        for r in range(self.owner[token], len(self.words)):
            mark = self._mark(r)
            if mark is not None:
                return mark == "?"
        return False

    def quoted(self, first: int, last: int) -> bool:
        """Whether normalised tokens ``first`` .. ``last`` stand between quotation marks, as
        the whole quotation or inside one of a few words ("isinya 'HOTMAYU HARGA MATI' tiap
        jam")."""
        if self.passed_on:
            return False
        a, b = self.owner[first], self.owner[last]
        for start in range(a, max(a - _QUOTE_REACH, -1), -1):
            word = self.words[start]
            if start < a and word.rstrip(".,!?;:)")[-1:] in _QUOTES:
                return False  # a quotation closes before the span
            if word[:1] in _QUOTES:
                break
        else:
            return False
        for end in range(b, min(b + _QUOTE_REACH, len(self.words))):
            word = self.words[end]
            if word.rstrip(".,!?;:)")[-1:] in _QUOTES:
                return True
            if end > b and word[:1] in _QUOTES:
                return False
        return False

    def evidence(self, token_indices: Iterable[int]) -> list[str]:
        """The original words behind normalised tokens, in text order, without punctuation."""
        out: list[str] = []
        for r in sorted({self.owner[t] for t in token_indices}):
            word = self.words[r].strip(_EVIDENCE_STRIP) or self.words[r]
            if word not in out:
                out.append(word)
        return out


# ---------------------------------------------------------------------------------------------
# The detector


class CampaignDetector:
    """Finds posts and comments that campaign for, or show support of, political targets."""

    def __init__(
        self,
        targets: Sequence[TargetRef],
        keywords: Sequence[tuple[str, str]],
        *,
        lexicon: CampaignLexicon | None = None,
        list_elections: Collection[str] = (),
        offices: Mapping[str, str] | None = None,
        places: Mapping[str, str] | None = None,
    ) -> None:
        """Compile targets and keywords (``(target_id, term)`` rows of keywords.csv).

        ``official`` targets and keywords of unknown or official targets are ignored; keywords
        that normalise to nothing are listed in ``unmatchable_keywords``. ``list_elections``
        are the elections whose candidates' ballot numbers are places on a party's list
        (legislative ones). ``offices`` gives an election's office ("president", "governor",
        "regent": `election_office`), so that "Gubernur nomor 1, Bupati nomor 2" calls each
        number in its own election. ``places`` gives a regional election's place as written
        ("Wonogiri", "Jawa Timur"), so that "mudik ke Wonogiri buat nyoblos nomor 2" calls
        Wonogiri's 2 wherever the employee works.
        """
        self._offices = dict(offices or {})
        self._election_places = {
            e: f" {normal} " for e, place in (places or {}).items() if (normal := normalize(place))
        }
        lex = lexicon if lexicon is not None else load_campaign_lexicon()
        self._lex = lex
        active: dict[str, TargetRef] = {}
        names_by_target: dict[str, set[str]] = {}
        by_number: dict[int, set[str]] = {}
        for target in targets:
            if target.kind == "official":
                continue
            active.setdefault(target.target_id, target)
            names_by_target.setdefault(target.target_id, set()).update(_name_phrases(target, lex))
            number = ballot_value(str(target.ballot_number)) if target.ballot_number else None
            if number is not None:
                by_number.setdefault(number, set()).add(target.target_id)
        self._by_number = {n: tuple(sorted(ids)) for n, ids in by_number.items()}
        self._number_of = {tid: n for n, ids in by_number.items() for tid in ids}
        # A caleg's number is a place on the party's list: every party has a number 2, so a
        # bare "02" is theirs only when no other target has that number.
        self._listed = frozenset(
            tid
            for tid, t in active.items()
            if t.kind == "candidate" and t.party and t.election_id in set(list_elections)
        )
        self._kinds = {tid: t.kind for tid, t in active.items()}
        self._election_of = {tid: t.election_id for tid, t in active.items() if t.election_id}
        # A caleg's list number is the party's ("Gerindra nomor 5" for the party's fifth on the
        # list): (party target, list number) -> caleg. targets.csv's party column may hold the
        # party's target_id or its name.
        party_ids = {tid.casefold(): tid for tid, t in active.items() if t.kind == "party"}
        for tid, t in active.items():
            if t.kind == "party":
                for n in [t.name, *party_names(_PARENS.sub(" ", t.name).strip())]:
                    party_ids.setdefault(normalize(n), tid)
                for alias in _PARENS.findall(t.name):
                    party_ids.setdefault(normalize(alias), tid)
        self._caleg: dict[tuple[str, int], tuple[str, ...]] = {}
        for tid, t in active.items():
            if t.kind != "candidate" or not t.party or not t.ballot_number:
                continue
            party = party_ids.get(t.party.casefold()) or party_ids.get(normalize(t.party))
            value = ballot_value(str(t.ballot_number))
            if party is not None and value is not None:
                self._caleg[(party, value)] = (*self._caleg.get((party, value), ()), tid)
        # Targets on one side: a pair and its team ("TPN Ganjar-Mahfud" names the pair), or
        # one election's targets of one ballot number. A slogan of the team next to the pair's
        # name is one side's campaign.
        # Grouped and matched in one pass each, not pair by pair: a legislative bundle may
        # hold tens of thousands of caleg.
        same_number: dict[tuple[str, int], set[str]] = {}
        for tid, target in active.items():
            value = ballot_value(str(target.ballot_number)) if target.ballot_number else None
            if target.election_id and value is not None:
                same_number.setdefault((target.election_id, value), set()).add(tid)
        sides: dict[str, set[str]] = {tid: {tid} for tid in active}
        for group in same_number.values():
            for tid in group:
                sides[tid] |= group
        full = PhraseMatcher(
            [(p, tid) for tid, phrases in names_by_target.items() for p in phrases if " " in p],
            normalizer=None,
        )
        for tid, target in active.items():
            for match in full.find(normalize(target.name)):
                if match.payload != tid:
                    sides[tid].add(match.payload)
                    sides[match.payload].add(tid)
        self._allies: dict[str, frozenset[str]] = {t: frozenset(v) for t, v in sides.items()}

        self._names: list[_Name] = []
        for target_id in sorted(names_by_target):
            for phrase in sorted(names_by_target[target_id]):
                self._names.append(_Name(target_id, phrase))
        # A party's short name that is an everyday word ("Gelora", "Garuda") names nobody
        # alone but the party after "partai" ("Partai Gelora"). Only a name: a keyword
        # "Partai Gelora" stays the slogan keywords.csv makes it.
        for tid, t in sorted(active.items()):
            if t.kind != "party":
                continue
            main_name = _PARENS.sub(" ", t.name).strip()
            written = [*_PARENS.findall(t.name), *party_names(main_name)]
            for alias in {normalize(a) for a in written}:
                if alias in lex.name_stopwords:
                    self._names.append(_Name(tid, f"partai {alias}"))
        name_words = {
            tid: {w for p in phrases for w in p.split()} for tid, phrases in names_by_target.items()
        }
        # A party's names, as a caleg's keyword carries them ("Mas Yoga PSI").
        party_words = {
            w for tid, t in active.items() if t.kind == "party" for w in name_words.get(tid, ())
        } - set(lex.name_stopwords)
        symbols = {normalize(s) for s in party_symbols()}
        # Words of the name itself, not of an alias in parentheses ("… (SERASI)").
        person_words = {
            tid: set(normalize(_PARENS.sub(" ", t.name)).split()) for tid, t in active.items()
        }

        # Words that make a number in a slogan a ballot call.
        # Words that make a number a call: ballot nouns and one-word cues ("coblos nomor
        # satu"), not the words of longer phrases ("satu hati" is not "tetap di hati").
        call_words = {w for p in lex.ballot_nouns for w in p.split()} | {
            c for c in lex.cues if " " not in c
        }
        call_words = (call_words | {"salam", "jari"}) - set(NUMBER_WORDS)
        self._keywords: list[_Keyword] = []
        unmatchable: list[str] = []
        known = {normalize(term) for _, term in keywords}
        acronyms: list[tuple[str, str]] = []
        for tid, t in sorted(active.items()):
            if t.kind not in ("candidate", "campaign_team") or t.name.upper() == t.name:
                continue  # a name all in capitals (some exports write them so) marks nothing
            for word in _ACRONYM.findall(_PARENS.sub(" ", t.name)):
                phrase = normalize(word)
                if (
                    phrase in known
                    or phrase in _ORG_ACRONYMS
                    or phrase in party_words
                    or phrase in lex.name_titles
                    or phrase in _place_words()
                ):
                    continue
                known.add(phrase)
                acronyms.append((tid, word))
        acronym_set = set(acronyms)
        for target_id, term in [*keywords, *acronyms]:
            if target_id not in active:
                continue
            phrase = normalize(term)
            if not phrase:
                unmatchable.append(term)
                continue
            words = phrase.split()
            letters = [c for c in term if c.isalpha()]
            capitals = None
            if letters and all(c.isupper() for c in letters):
                body = "".join(
                    f"{re.escape(c.upper())}+" if c.isalpha() else re.escape(c) for c in phrase
                )
                capitals = re.compile(rf"(?<![^\W_]){body}(?![^\W\d_])")
            core = _strip_titles(words, lex.name_titles)
            rest = [w for w in core if w not in party_words]  # "Mas Yoga PSI": a caleg's name
            nickname = (
                len(words) == 1
                and capitals is not None
                and active[target_id].kind != "party"
                and not phrase.isdigit()
                and (
                    (target_id, term) in acronym_set
                    or phrase not in person_words.get(target_id, set())
                )
            )
            if nickname and phrase not in lex.weak_keywords and is_everyday_word(phrase):
                # A nickname that is also an everyday word ("SERASI", "HEBAT": "Anak saya
                # juara, HEBAT!") counts only beside another political cue, as such slogans do.
                klass = "everyday"
            elif nickname and phrase not in lex.weak_keywords:
                # A pair's or team's nickname that keywords.csv writes in capitals ("DAWIS",
                # "MOANA", also where targets.csv gives it as the pair's alias): written so in
                # a post, or as a hashtag, it is a slogan by itself; in lower case it is a
                # name. A party's acronym ("PKS") is how news names the party: a name.
                klass = "nickname"
            elif phrase in symbols:
                # A party's symbol listed as a keyword ("Banteng moncong putih"): a slogan.
                klass = "strong"
            elif (
                all(w in name_words[target_id] for w in rest)
                or len(core) < min(2, len(words))
                or (len(core) < len(words) and len(rest) < 2)  # "Ji Sudar PKB"
            ):
                # The target's name, or a form of address and one word of a name ("Bang
                # Tigor", "Bu Yuni", "Umak Nur"): how anyone names the person, in criticism,
                # jokes and news as in support, and how neighbours of that name are called.
                klass = "name"
            elif len(words) == 1 and (phrase in lex.weak_keywords or phrase.isdigit()):
                klass = "weak"
            elif lex.cues.get(phrase, ("weak",))[0] == "strong":
                klass = "strong"  # support wording itself ("sekali putaran")
            elif (
                len(words) > 1
                and any(c.isspace() for c in term.strip())  # "#KuninganMaju" is a hashtag
                # "coblos nomor satu", "salam dua jari", "coblos 02"; not "Satu Hati Par
                # Maluku", "Paket 1" (a tour package as much as a pair)
                and not (
                    any(w in NUMBER_WORDS or w.isdigit() for w in words)
                    and any(w in call_words for w in words)
                )
                and not any(w in name_words[target_id] for w in words)
                and all(
                    w in lex.weak_keywords
                    or w in lex.everyday_words
                    or w in _place_words()
                    or is_everyday_word(w)
                    or w.isdigit()
                    for w in words
                )
            ):
                # A slogan made only of everyday words ("Indonesia Maju", "Sat Set", "Oke
                # Gas"): people say it of a printer fixed fast or a trip about to start, so
                # it counts only beside another political cue (`_judge`).
                klass = "everyday"
            elif (len(words) == 1 or not any(c.isspace() for c in term.strip())) and not any(
                c.isdigit() for c in phrase
            ):
                # One word ("#Gerindra", "Golkar", "PDI-P", "Perubahan", an acronym such as
                # "PKB") is how people name the target in news and criticism as much as in
                # support: it counts by itself written as a hashtag, otherwise like a name,
                # with supportive wording, in any case (posters and their OCR are capitals).
                klass = "name"
            else:
                klass = "strong"
            numbered = any(w.isdigit() or w in NUMBER_WORDS for w in words)
            self._keywords.append(_Keyword(target_id, term, phrase, klass, capitals, numbered))
        self.unmatchable_keywords: tuple[str, ...] = tuple(unmatchable)

        anchors: list[tuple[str, tuple[str, int]]] = []
        for index, keyword in enumerate(self._keywords):
            anchors.append((keyword.phrase, ("kw", index)))
            # Normalised again: joining can make doubled letters that text normalisation
            # collapses ("ramu untuk" -> "ramuuntuk" -> "ramuntuk").
            joined = normalize(keyword.phrase.replace(" ", ""))
            if (
                joined != keyword.phrase
                and " " not in joined
                and not any(c.isdigit() for c in joined)
            ):
                anchors.append((joined, ("kw", index)))  # "#prabowogibran"
        for index, name in enumerate(self._names):
            anchors.append((name.phrase, ("name", index)))
        anchors.extend((noun, ("noun", 0)) for noun in lex.ballot_nouns)
        anchors.extend((word, ("word", 0)) for word in ("salam", "nol", "kosong"))
        self._anchors: PhraseMatcher[tuple[str, int]] = PhraseMatcher(anchors, normalizer=None)

        context: list[tuple[str, tuple[str, int]]] = []
        self._cue_list = sorted(lex.cues)
        context.extend((cue, ("cue", i)) for i, cue in enumerate(self._cue_list))
        context.extend((neg, ("neg", 0)) for neg in lex.negations)
        context.extend((frame, ("neutral", 0)) for frame in lex.neutral_frames)
        context.extend((frame, ("mask", 0)) for frame in lex.tolerance_frames)
        context.extend((word, ("fp", 0)) for word in lex.first_person)
        context.extend((word, ("inv", 0)) for word in lex.invitations)
        self._context: PhraseMatcher[tuple[str, int]] = PhraseMatcher(context, normalizer=None)
        # Gates: support wording that can carry a name or a bare number ("jari" lets "salam dua
        # jari" through), and everyday cheers that carry only "02" or "nomor 2".
        strong = [(c, 0) for c in self._cue_list if lex.cues[c][0] != "weak"] + [("jari", 0)]
        weak = [(c, 0) for c in self._cue_list if lex.cues[c][0] == "weak"]
        self._strong_gate: PhraseMatcher[int] = PhraseMatcher(strong, normalizer=None)
        self._weak_gate: PhraseMatcher[int] = PhraseMatcher(weak, normalizer=None)
        self._first_person_gate: PhraseMatcher[int] = PhraseMatcher(
            [(word, 0) for word in lex.first_person], normalizer=None
        )
        self._raw_words: dict[str, list[str]] = {}
        self._media_reports: PhraseMatcher[int] = PhraseMatcher(
            [(phrase, 0) for phrase in lex.media_reports], normalizer=None
        )
        # Words a one-case hashtag may be split into, and the ones worth splitting it for.
        relevant = {w for phrases in names_by_target.values() for p in phrases for w in p.split()}
        relevant |= {
            w for t in active.values() for w in normalize(_PARENS.sub(" ", t.name)).split()
        }
        relevant |= {w for k in self._keywords for w in k.phrase.split()}
        relevant |= {w for group in (lex.cues, lex.ballot_nouns, lex.neutral_frames) for p in group
                     for w in p.split()}  # fmt: skip
        relevant |= set(NUMBER_WORDS)
        self._tag_relevant = frozenset(w for w in relevant if w.isalpha())
        self._tag_vocabulary = (
            self._tag_relevant
            | dictionary_words()
            | lex.fillers
            | lex.first_person
            | lex.everyday_words
            | _place_words()
        )
        self._tag_cache: dict[str, str | None] = {}
        self._places = _place_words()

    # -- public ------------------------------------------------------------------------------

    def detect(self, text: str, normal: str | None = None) -> list[CampaignHit]:
        """Return one hit per target that ``text`` campaigns for, ordered by target id.

        ``normal``, when given, is ``normalize(text)`` (computed once by the caller).
        """
        if MEDIA_MARK in text:
            caption = text.partition(MEDIA_MARK)[0]
            if self._reports_media(caption):
                # "Spanduk paslon di pagar jembatan … sudah saya laporkan ke Panwascam" over a
                # photo of "COBLOS NO. 2": the banner's words are the banner's, not a call.
                return self.detect(caption)
        if "#" in text:
            split = self._split_hashtags(text)
            if split != text:
                # Only letters' case changed: the hits' words are read back from the original.
                hits = self.detect(split)
                return [_as_written(hit, split, text) for hit in hits]
        if normal is None:
            normal = normalize(text)
        if not normal:
            return []
        anchors = self._anchors.find(normal)
        if not self._may_hit(text, normal, anchors):
            return []
        return self._judge(text, normal, anchors)

    def _split_hashtags(self, text: str) -> str:
        """``text`` with each one-case hashtag written in CamelCase where the words it is
        made of are known ("#ganjarmahfudmenang" -> "#ganjarMahfudMenang"), so that
        normalisation splits it; the text's length and letters stay the same."""
        out: list[str] = []
        last = 0
        for match in _HASHTAG.finditer(text):
            body = match.group(1)
            camel = self._tag_cache.get(body, "")
            if camel == "":
                if len(self._tag_cache) >= _RAW_CACHE_SIZE:
                    self._tag_cache.clear()
                camel = self._tag_cache[body] = self._segment_hashtag(body)
            if camel is not None:
                out.append(text[last : match.start(1)])
                out.append(camel)
                last = match.end(1)
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def _segment_hashtag(self, body: str) -> str | None:
        """The CamelCase form of a hashtag written in one case, split into the fewest known
        words (longer words first among equals), or None when it is not so made."""
        lower = body.lower()
        tail = body[1:]
        if (
            not _TAG_LENGTHS[0] <= len(body) <= _TAG_LENGTHS[1]
            or not (tail.lower() == tail or tail.upper() == tail)
            or not lower.isascii()
            or not lower.isalnum()
            or lower in self._tag_vocabulary
            or (lower.isalpha() and is_everyday_word(lower))
        ):
            return None
        vocabulary = self._tag_vocabulary
        n = len(lower)
        # best[i]: (segments, -sum of squared lengths, cut points) for lower[:i]
        best: list[tuple[int, int, tuple[int, ...]] | None] = [None] * (n + 1)
        best[0] = (0, 0, ())
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            ends: list[int] = []
            if lower[i].isdigit():
                j = i
                while j < n and lower[j].isdigit():
                    j += 1
                ends.append(j)
            else:
                for j in range(i + _TAG_WORD[0], min(n, i + _TAG_WORD[1]) + 1):
                    word = lower[i:j]
                    if not word.isalpha():
                        break
                    if word in vocabulary or (len(word) >= 5 and is_everyday_word(word)):
                        ends.append(j)
            for j in ends:
                option = (here[0] + 1, here[1] - (j - i) ** 2, (*here[2], j))
                if best[j] is None or option[:2] < best[j][:2]:  # type: ignore[index]
                    best[j] = option
        found = best[n]
        if found is None or found[0] < 2:
            return None
        cuts = (0, *found[2])
        words = [lower[a:b] for a, b in itertools.pairwise(cuts)]
        if not any(w in self._tag_relevant for w in words) or any(
            a[-1].isdigit() and b[0].isalpha() for a, b in itertools.pairwise(words)
        ):
            return None  # nothing to find in it, or "2024menang": no CamelCase can say it
        pieces = [body[: cuts[1]]]
        pieces += [w if w.isdigit() else w.capitalize() for w in words[1:]]
        return "".join(pieces)

    def _reports_media(self, caption: str) -> bool:
        """Whether a caption reports or complains about what its picture shows."""
        normal = normalize(caption)
        if not normal:
            return False
        toks = normal.split(" ")
        for match in self._media_reports.find(normal):
            a = normal.count(" ", 0, match.start)  # the match's first token
            # Not "nggak melanggar kok", and nothing of its own after a "but".
            if any(t in self._lex.negations for t in toks[max(0, a - 2) : a]):
                continue
            if _CONTRAST.isdisjoint(toks[a:]):
                return True
        return False

    def detect_many(
        self, texts: Sequence[str], *, normals: Sequence[str] | None = None
    ) -> list[list[CampaignHit]]:
        """Return :meth:`detect` for each text, in order (``normals``: ``normalize()`` of each)."""
        if normals is not None and len(normals) != len(texts):
            raise ValueError("normals must hold one normal form per text")
        # Shares and copy-paste campaigns repeat texts verbatim: judge each text once.
        seen: dict[str, list[CampaignHit]] = {}
        out: list[list[CampaignHit]] = []
        detect = self.detect
        for i, text in enumerate(texts):
            hits = seen.get(text)
            if hits is None:
                hits = seen[text] = detect(text, None if normals is None else normals[i])
            out.append(list(hits))
        return out

    def answered_number(self, hits: Sequence[CampaignHit], target_id: str) -> CampaignHit | None:
        """In a reply to the own post of ``target_id``, a ballot call of the text (``hits``,
        from `detect`) whose number is that target's: a hit for it, which bare-number calls
        leave out where it is a place on a party's list ("coblos nomor 3" under the caleg's
        post is for the caleg, not for the pair or party numbered 3). None otherwise."""
        number = self._number_of.get(target_id)
        if number is None or any(h.target_id == target_id for h in hits):
            return None
        for hit in hits:
            if hit.via == "ballot" and hit.number == number:
                said = " ".join(hit.evidence)
                return CampaignHit(
                    target_id,
                    hit.evidence,
                    f'ballot-number call "{said}" in a reply to the own post of target '
                    f"{target_id}, whose number it is",
                    "ballot",
                    number=number,
                )
        return None

    def implied(self, text: str, target_id: str, normal: str | None = None) -> CampaignHit | None:
        """Support wording with nobody named, in a comment, reply or quote on the own post of
        target ``target_id`` ("Setuju pak, kami siap menangkan!"): support of that target.

        Only where ``detect`` finds nothing: strong wording (not an everyday cheer), not
        negated, asked or quoted, no neutral election talk, and no other side named.
        """
        if target_id not in self._allies:
            return None
        if normal is None:
            normal = normalize(text)
        if not normal and _HAND_SIGN.search(text) is not None:
            # Only hand signs ("✌️✌️✌️" under the pair's rally post): the side's number shown.
            info = _Text(text, normal, [], [0])
            side = self._allies[target_id]
            return self._implied_by_number_or_agreement(
                info, target_id, side, None, signs_only=True
            )
        if not normal:
            return None
        side = self._allies[target_id]
        anchors = self._anchors.find(normal)
        if not (
            self._strong_gate.contains_any(normal)
            or _NUMBER_TOKEN.search(normal) is not None
            or _HAND_SIGN.search(text) is not None
            or normal.split(" ", 1)[0] in _AGREEMENT
            or any(
                m.payload[0] == "kw" and self._keywords[m.payload[1]].target_id in side
                for m in anchors
            )
        ):
            return None
        info = self._read(text, normal, anchors)
        if info.neutral or any(n[2] not in side for n in info.names):
            return None
        alignment = info.aligned(self._raw_words)
        for a, b, strength, attach, _phrase in info.cues:
            if strength == "weak":
                continue
            if alignment is not None and (
                alignment.is_question(b - 1) or alignment.quoted(a, b - 1)
            ):
                continue
            if attach == "right" and not self._addressed(info, b, alignment):
                continue  # "Pak, tolong pilih menteri yang bersih": its object is another
            words = alignment.evidence(range(a, b)) if alignment else info.toks[a:b]
            said = " ".join(words)
            return CampaignHit(
                target_id,
                tuple(words),
                f'support wording "{said}" in a reply to the own post of target {target_id}',
                "context",
            )
        slogan = self._side_keyword(info, anchors, side, alignment)
        if slogan is not None:
            return CampaignHit(
                target_id,
                (slogan,),
                f'the side\'s own keyword "{slogan}" in a reply to the own post of target '
                f"{target_id}",
                "context",
            )
        return self._implied_by_number_or_agreement(info, target_id, side, alignment)

    def _side_keyword(
        self,
        info: _Text,
        anchors: list[Match[tuple[str, int]]],
        side: frozenset[str],
        alignment: _Alignment | None,
    ) -> str | None:
        """The side's own keyword in a reply to its post ("Siap door to door! AMIN!!" under
        the pair's post, "Bekasi HEBAT 🥰" under the mayor's): a slogan said back, not a name
        (a name is only named). A one-word
        everyday or weak keyword only as keywords.csv writes it (capitals, hashtag); not
        negated, asked or quoted, and with no "but"."""
        if info.negations or not _CONTRAST.isdisjoint(info.toks):
            return None
        for match in anchors:
            kind, index = match.payload
            if kind != "kw":
                continue
            keyword = self._keywords[index]
            # A name said back is no slogan ("Prabowo-Gibran, kapan ke desa kami").
            if keyword.target_id not in side or keyword.klass == "name":
                continue
            if (
                keyword.klass in ("everyday", "weak")
                and " " not in keyword.phrase
                and self._written_as_keyword(info.raw, keyword) is None
            ):
                continue
            a, b = info.span(match)
            if self._reported(info, a, b) or (
                alignment is not None and alignment.is_question(b - 1)
            ):
                continue
            words = alignment.evidence(range(a, b)) if alignment else info.toks[a:b]
            return " ".join(words)
        return None

    def _implied_by_number_or_agreement(
        self,
        info: _Text,
        target_id: str,
        side: frozenset[str],
        alignment: _Alignment | None,
        *,
        signs_only: bool = False,
    ) -> CampaignHit | None:
        """In a reply to a target's own post: the side's ballot number ("Setuju bu! Nomor 1
        pokoke", "Jateng saiki kandang 02", "Siap! ☝️"), or plain agreement said short
        ("Setuju Prof! 👍"), without a "but", a negation or a question."""
        toks = info.toks
        if info.negations or not _CONTRAST.isdisjoint(toks) or not (toks or signs_only):
            return None
        # A question closing the reply asks; one answered before it ("makan siang gratis? yes
        # please. dua jari buat mereka ✌️") does not.
        if "?" in info.raw and (alignment is None or alignment.is_question(len(toks) - 1)):
            return None
        numbers = {self._number_of[t] for t in side if t in self._number_of}
        for i, token in enumerate(toks):
            parsed = _number(token)
            if parsed is None or parsed[0] not in numbers or parsed[2]:
                continue
            if alignment is not None and alignment.is_question(i):
                continue
            if parsed[1] or (i > 0 and (i - 1) in info.nouns):
                words = alignment.evidence(range(max(0, i - 1), i + 1)) if alignment else [token]
                return CampaignHit(
                    target_id,
                    tuple(words),
                    f'ballot number "{" ".join(words)}" of the side in a reply to the own '
                    f"post of target {target_id}",
                    "context",
                )
        signs = self._signs(info)[0] if _HAND_SIGN.search(info.raw) is not None else None
        if signs and signs <= numbers:
            return CampaignHit(
                target_id,
                tuple(m.group() for m in _HAND_SIGN.finditer(info.raw)),
                f"the side's ballot number as a hand sign in a reply to the own post of target "
                f"{target_id}",
                "context",
            )
        if toks and toks[0] in _AGREEMENT and len(toks) <= _AGREEMENT_LENGTH:
            words = alignment.evidence(range(1)) if alignment else toks[:1]
            return CampaignHit(
                target_id,
                tuple(words),
                f'agreement "{" ".join(words)}" in a short reply to the own post of target '
                f"{target_id}",
                "context",
            )
        return None

    def _addressed(self, info: _Text, b: int, alignment: _Alignment | None) -> bool:
        """Whether wording ending at token ``b`` has no object of its own: the sentence ends,
        or the person addressed follows ("dukung bapak", "kami pilih njenengan"), or only an
        intensifier ("dukung 1000%", "dukung terus")."""
        for t in range(b, len(info.toks)):
            if alignment is not None and t > b and not alignment.same_sentence(b, t):
                return True
            token = info.toks[t]
            if token in _ADDRESSED or token.isdigit():
                return True
            if token not in self._lex.fillers:
                return False
        return True

    def _exclaimed(self, info: _Text, i: int) -> bool:
        """Whether token ``i`` ends its raw word and that word ends with '!' ("nomor 2!")."""
        al = info.aligned(self._raw_words)
        if al is None or (i + 1 < len(info.toks) and al.owner[i + 1] == al.owner[i]):
            return False
        return _EXCLAIMED.search(al.words[al.owner[i]]) is not None

    def _ends_clause_here(self, info: _Text, i: int) -> bool:
        """Whether token ``i`` ends the text or, with a mark, its clause ("coblos satu!")."""
        if i == len(info.toks) - 1:
            return True
        al = info.aligned(self._raw_words)
        if al is None or al.owner[i] == al.owner[i + 1]:
            return False
        return al.words[al.owner[i]].rstrip()[-1:] in ".,!?;:" or al.owner[i] in al.line_ends

    def _own_object(self, info: _Text, b: int, alignment: _Alignment | None) -> bool:
        """Whether wording ending at token ``b`` goes on to an object of its own, in its
        sentence: a word that is no name, number, pronoun, form of address or preposition
        ("support terus studio kecil ini", not "dukung terus!", "pilih dia", "coblos nomor 2")."""
        names = {n[0] for n in info.names}
        for t in range(b, len(info.toks)):
            if alignment is not None and not alignment.same_sentence(b - 1, t):
                return False
            token = info.toks[t]
            if token in _INTENSIFIERS:
                continue
            return not (
                t in names
                or t in info.nouns
                or token in _ADDRESSED
                or token in _PRONOUNS
                or token in _NOT_OBJECT
                or token in self._lex.fillers
                or _number(token) is not None
                or not token.isalpha()
            )
        return False

    # -- internals ---------------------------------------------------------------------------

    def _may_hit(self, text: str, normal: str, anchors: list[Match[tuple[str, int]]]) -> bool:
        """Cheap gate: False when no rule can fire (most everyday texts stop here)."""
        named = False
        everyday = False
        for match in anchors:
            kind, index = match.payload
            if kind == "kw":
                keyword = self._keywords[index]
                everyday = everyday or keyword.klass == "everyday"
                if keyword.klass == "strong" or (keyword.klass == "name" and "#" in text):
                    return True
                if keyword.klass == "weak" and self._written_as_keyword(text, keyword):
                    return True
                if keyword.klass == "nickname" and self._written_as_keyword(
                    text, keyword, any_case=True
                ):
                    return True
                named = named or keyword.klass in ("name", "nickname", "everyday")
            elif kind == "name":
                named = True
        if "#" in text and _HASHTAG_BALLOT.search(text) is not None:
            return True
        if named and (_HAND_SIGN.search(text) is not None or " jari" in normal):
            return True
        # A first person's "02" ("saya sih 02"): `_said_choice`.
        if _PADDED_TOKEN.search(normal) is not None and self._first_person_gate.contains_any(
            normal
        ):
            return True
        # Offices and numbers ("Gubernur nomor 1, Bupati nomor 2"): `_office_plan`.
        if self._offices and sum(1 for t in normal.split(" ") if t in _OFFICE_WORDS) >= 2:
            return True
        # A call against a side ("asal bukan 02", "jangan pilih DARMA"): `_against`.
        if (" asal bukan " in f" {normal} " or " bilik suara" in normal) and (
            named or _NUMBER_TOKEN.search(normal)
        ):
            return True
        # A wish that a named one win ("Semoga Pak Ganjar jadi presiden"): `_wished_office`.
        if named and not _WISHES.isdisjoint(normal.split(" ")):
            return True
        # A first person's name said as a choice ("saya pribadi: Prabowo-Gibran"):
        # `_chosen_name`.
        if (
            named
            and not _CHOOSING.isdisjoint(normal.split(" "))
            and self._first_person_gate.contains_any(normal)
        ):
            return True
        # "coblos satu!"; a number settled on ("nomor tiga sa!", "02 wae").
        if _VERB_NUMBER_WORD.search(normal) is not None or (
            _CHOICE_NUMBER.search(normal) is not None
            and (
                _PADDED_TOKEN.search(normal) is not None
                or any(m.payload[0] == "noun" for m in anchors)
            )
        ):
            return True
        # A ballot word and a number somewhere in the text ("nomor 4", "nomer loro").
        noun_number = any(m.payload[0] == "noun" for m in anchors) and (
            _NUMBER_TOKEN.search(normal) is not None
            or _NUMBER_WORD_TOKEN.search(normal) is not None
        )
        # A first person's mind made up on a number ("kami sudah yakin nomor dua").
        if (
            noun_number
            and self._first_person_gate.contains_any(normal)
            and not _SETTLED.isdisjoint(normal.split(" "))
        ):
            return True
        # A name and a number after a ballot word ("Golkar nomor 4") or ending the text
        # ("PDIP 3"): `_own_number`.
        if named and (noun_number or _LAST_NUMBER.search(normal) is not None):
            return True
        # An everyday-word slogan beside a name, another keyword, a padded number or a number
        # after a ballot word.
        if everyday and (
            len({m.payload for m in anchors if m.payload[0] in ("kw", "name")}) > 1
            or _PADDED_TOKEN.search(normal) is not None
            or noun_number
        ):
            return True
        # A name needs support wording; a ballot call needs support wording and a number, and
        # an everyday cheer counts only next to "02" or "nomor 2".
        nouns = bool(anchors)  # what is left are ballot nouns and names
        if self._strong_gate.contains_any(normal):
            return (
                named
                or _NUMBER_TOKEN.search(normal) is not None
                or (nouns and _NUMBER_WORD_TOKEN.search(normal) is not None)
            )
        if self._weak_gate.contains_any(normal):
            return _PADDED_TOKEN.search(normal) is not None or (
                nouns
                and (
                    _NUMBER_TOKEN.search(normal) is not None
                    or _NUMBER_WORD_TOKEN.search(normal) is not None
                )
            )
        return False

    def _read(self, raw: str, normal: str, anchors: list[Match[tuple[str, int]]]) -> _Text:
        toks = normal.split(" ")
        info = _Text(raw, normal, toks, list(accumulate([len(t) + 1 for t in toks], initial=0)))
        lex = self._lex

        raw_cues: list[tuple[int, int, str, str, str]] = []
        negations: list[tuple[int, int]] = []
        invitations: list[int] = []
        sarcastic: bool | None = None  # read once, when a cheer needs it
        for match in self._context.find(normal):
            kind, index = match.payload
            a, b = info.span(match)
            if kind == "neutral":
                # "Masa tenang, tapi hati tetep ASIK": what follows a "but" is the writer's own.
                info.neutral = info.neutral or _CONTRAST.isdisjoint(toks[b:])
                info.neutral_spans.append((a, b))
                info.masked.update(range(a, b))
            elif kind == "mask":
                # "Mohon maaf kalau beda pilihan": said beside a choice, not instead of one.
                info.masked.update(range(a, b))
            elif kind == "neg":
                negations.append((a, b))
            elif kind == "fp":
                info.first_person.add(a)
            elif kind == "inv":
                invitations.append(a)
            else:
                phrase = self._cue_list[index]
                strength, attach = lex.cues[phrase]
                # "Iya deh, Bang Ojan paling ngerti rakyat … 🤡", "Wah 02 menang, harga beras
                # pasti turun ya 🙃": praise and cheers turned around.
                if strength in ("chant", "weak") or phrase.split(" ", 1)[0] in _SUPERLATIVES:
                    if sarcastic is None:
                        sarcastic = _sarcastic(raw, toks)
                    if sarcastic:
                        continue
                if strength == "chant":
                    # Weak wording everywhere but right beside a name (`_name_candidates`).
                    info.chants.add((a, b))
                    strength = "weak"
                raw_cues.append((a, b, strength, attach, phrase))
        masked = info.masked
        # "Saya mengajak rekan-rekan … untuk memilih X": the first person's invitation carries
        # to the wording it introduces.
        info.invited = {
            i
            for i in invitations
            if any(t in info.first_person for t in range(max(0, i - _PERSON_GAP - 1), i))
        }
        info.wording = {c[0] for c in raw_cues}
        # A negation inside support wording is part of it ("siapa lagi kalau bukan X").
        info.negations = [
            (a, b)
            for a, b in negations
            if not any(t in masked for t in range(a, b))
            and not any(c[0] <= a and b <= c[1] for c in raw_cues)
        ]
        # The longest wording wins: "pasti menang" is one strong cue, not also a weak "menang".
        raw_cues.sort(key=lambda c: (c[0], -c[1]))
        for cue in raw_cues:
            a, b, strength = cue[0], cue[1], cue[2]
            if any(t in masked for t in range(a, b)):
                continue
            if any(o[0] <= a and b <= o[1] and (o[0], o[1]) != (a, b) for o in raw_cues):
                continue
            if self._negated(info, a):
                info.negated_ends.add(b)
                continue
            if strength == "person" and not (
                any(t in info.first_person for t in range(max(0, a - _PERSON_GAP - 1), a))
                or any(t in info.invited for t in range(max(0, a - _INVITE_REACH), a))
                # a pledge: "Srikandi Marwah … siap memenangkan pasangan nomor 2!"
                or (a > 0 and toks[a - 1] == "siap")
                or (cue[4] in _SELF_CUES and self._subjectless(info, a))
                or (cue[4] in _STANCE_CUES and self._subjectless(info, a, stance=True))
            ):
                continue
            info.cues.append(cue)
            info.cue_start.setdefault(a, cue)
            info.cue_end.setdefault(b, cue)

        for match in anchors:
            kind, index = match.payload
            if kind == "noun":
                a, b = info.span(match)
                info.nouns.update(range(a, b))
            elif kind == "name":
                a, b = info.span(match)
                name = self._names[index]
                info.names.append((a, b, name.target_id, name.phrase))
        return info

    def _subjectless(self, info: _Text, at: int, *, stance: bool = False) -> bool:
        """Whether the wording at token ``at`` opens its sentence, after at most a few words of
        stance ("Bangga jadi relawan …", "Alhamdulillah, dipercaya jadi korlap relawan …"):
        a post's own sentence without a subject is said of its writer. With ``stance``, one of
        those words must be a feeling or a resolve (`_STANCES`): "Bangga mendukung …", where
        "Mendukung Prabowo, Golkar …" opens a headline."""
        i = at - 1
        while i >= 0 and info.toks[i] in _SELF_LEADS and at - i <= 4:
            i -= 1
        if stance and _STANCES.isdisjoint(info.toks[i + 1 : at]):
            return False
        if i < 0:
            return True
        alignment = info.aligned(self._raw_words)
        return alignment is not None and not alignment.same_sentence(i, i + 1)

    def _pronouns(self, info: _Text) -> None:
        """A pronoun after the one person a text names stands for them ("… Amang Marulam …,
        kita pilih beliau lagi"; a party named beside a caleg is no person), or for the first
        of a pair of running mates ("Julak Rusdi wan Acil Fitri … kita pilih sidin": one side);
        with two rivals named, nobody can tell which."""
        if not info.cues:
            return
        parties = {n[2] for n in info.names if self._kinds.get(n[2]) == "party"}
        if len(parties) == 1 and not _PARTY_ANAPHORS.isdisjoint(info.toks):
            # "NasDem, hayu coblos partaina": "its party" after the one party named.
            party = next(iter(parties))
            first = min(n[0] for n in info.names if n[2] == party)
            for i in range(first + 1, len(info.toks)):
                if info.toks[i] in _PARTY_ANAPHORS:
                    info.names.append((i, i + 1, party, info.toks[i]))
        named = {n[2] for n in info.names if self._kinds.get(n[2]) != "party"}
        pronouns = _PRONOUNS
        if not named:
            # "PKB tuh partai paling deket sama warga NU. Next pemilu gue pilih mereka lagi":
            # "mereka" after the one party a text names is that party.
            named = {n[2] for n in info.names}
            if len(named) != 1:
                return
            pronouns = _PARTY_PRONOUNS
        first = min(n[0] for n in info.names if n[2] in named)
        target_id = next(n[2] for n in info.names if n[0] == first and n[2] in named)
        if any(t not in self._allies.get(target_id, frozenset({target_id})) for t in named):
            return
        taken = {t for n in info.names for t in range(n[0], n[1])}
        for i in range(first + 1, len(info.toks)):
            if info.toks[i] in pronouns and i not in taken:
                info.names.append((i, i + 1, target_id, info.toks[i]))

    def _negated(self, info: _Text, at: int) -> bool:
        """Whether a negation a few words before token ``at`` turns it around."""
        for _, b in info.negations:
            if b <= at and at - b <= _NEGATION_GAP:
                # "jangan lupa coblos" is no negation, and a negation stops at the next
                # support wording or number: "jangan coblos 02, coblos 01".
                between = range(b, at)
                if any(info.toks[t] in self._lex.negation_cancels for t in between):
                    continue
                if any(t in info.wording or info.toks[t].isdigit() for t in between):
                    continue
                # A negation ends with its sentence ("tak ade lawan. Coblos 2!"), and with its
                # clause where a comma or colon closes it ("Sebagai pribadi, bukan ASN: saya
                # pilih …", "tidak golput, pilih 02").
                alignment = info.aligned(self._raw_words)
                if alignment is not None and (
                    not alignment.same_sentence(b - 1, at)
                    or any(
                        alignment.words[w].rstrip()[-1:] in ",:"
                        for w in range(alignment.owner[b - 1], alignment.owner[at])
                    )
                ):
                    continue
                return True
        return False

    def _judge(
        self, raw: str, normal: str, anchors: list[Match[tuple[str, int]]]
    ) -> list[CampaignHit]:
        info = self._read(raw, normal, anchors)
        if not _FORWARDING.isdisjoint(info.toks) and any(q in raw for q in _QUOTES):
            alignment = info.aligned(self._raw_words)
            if alignment is not None and self._forwarded(info, alignment):
                alignment.passed_on = True
        candidates: list[_Candidate] = []
        political_cue = any(c[2] != "weak" for c in info.cues)

        # "pemilihan ketua OSIS … coblos no 2": the numbers are of another contest.
        other_contest = any(f" {c} " in f" {info.normal} " for c in self._lex.other_contests)
        # Keywords.
        weak_pending: list[tuple[_Keyword, int, int]] = []
        keyword_spans: list[tuple[str, int, int, str]] = []
        hashtags: list[str] | None = None
        for match in anchors:
            kind, index = match.payload
            if kind != "kw":
                continue
            keyword = self._keywords[index]
            a, b = info.span(match)
            if self._negated(info, a) or self._forbidden_example(info, a):
                continue
            keyword_spans.append((keyword.phrase, a, b, keyword.target_id))
            if keyword.numbered and (
                other_contest
                or any(t in self._lex.not_ballot_after for t in info.toks[b : b + _AFTER_WINDOW])
            ):
                continue  # "Coblos nomor 1 di pemilihan ketua OSIS": a slogan of numbers, not ours
            if keyword.klass == "strong" and self._reported(info, a, b):
                # "Ganjar presiden? Mimpi kali", "yg teriak 'coblos 02' di grup RT": asked or
                # quoted, a slogan is someone else's words; it counts as a name would.
                info.names.append((a, b, keyword.target_id, match.phrase))
            elif keyword.klass == "strong":
                candidates.append(self._keyword_candidate(keyword, a, b))
            elif keyword.klass == "nickname":
                if (
                    not info.neutral
                    and self._written_as_keyword(raw, keyword, any_case=True) is not None
                    and not self._reported(info, a, b)
                    and not self._in_question(info, b - 1)
                ):
                    candidates.append(self._keyword_candidate(keyword, a, b))
                else:
                    info.names.append((a, b, keyword.target_id, match.phrase))
            elif keyword.klass == "name":
                if hashtags is None:
                    found = _HASHTAG.findall(raw)
                    # Normalised ("#PrabowoGibran" -> "prabowo gibran") and as written, case
                    # aside ("#naSdem" is "nasdem", not the camel-case split "na sdem").
                    hashtags = [f" {normalize('#' + h)} " for h in found]
                    hashtags += [f" {_compact(h)} " for h in found]
                    # A neutral hashtag holds no slogan ("#PilkadaDamai" beside "DAMAI").
                    hashtags = [
                        tag
                        for tag in hashtags
                        if not any(f" {f} " in tag for f in self._lex.neutral_frames)
                    ]
                if (
                    any(f" {match.phrase} " in tag for tag in hashtags)
                    or any(f" {_compact(match.phrase)} " == tag for tag in hashtags)
                ) and not self._reported(info, a, b):
                    candidates.append(self._keyword_candidate(keyword, a, b))
                else:
                    info.names.append((a, b, keyword.target_id, match.phrase))
            else:
                weak_pending.append((keyword, a, b))

        # Ballot calls.
        ballot_targets: set[str] = set()
        # Who the text names: a number shared by a pair and a party ("Gerindra nomor 2
        # pilihanku") is the named one's.
        named = {n[2] for n in info.names} | {c.target_id for c in candidates}
        for value, token_set, strength in () if other_contest else self._ballot_calls(info):
            ballot_targets.update(self._by_number.get(value, ()))
            if info.neutral and strength == "weak":
                continue
            if self._reported(info, min(token_set), max(token_set) + 1, asked=False):
                continue  # "yg teriak 'coblos 02' di grup RT": quoted, not called
            # A keyword that is this very call ("coblos nomor 2" listed for one election's
            # pair) does not say that another election's 2 is not meant: the windows do.
            listed = {
                self._election_of.get(c.target_id)
                for c in candidates
                if c.via == "keyword" and not c.tokens.isdisjoint(token_set)
            }
            numbered = self._numbered(value, named)
            spoken = {n[2] for n in info.names}
            if listed and not any(
                self._allies.get(t, frozenset({t})) & spoken for t in self._by_number.get(value, ())
            ):
                numbered += tuple(
                    t
                    for t in self._by_number.get(value, ())
                    if t not in numbered
                    and self._kinds.get(t) == "candidate"
                    and self._election_of.get(t) not in listed
                )
            for target_id in numbered:
                candidates.append(
                    _Candidate(target_id, "ballot", set(token_set), (), None, number=value)
                )
        for digit in _HASHTAG_BALLOT.findall(raw) if "#" in raw else ():
            value = int(digit)
            padded = f"0{digit}"
            places = [i for i, t in enumerate(info.toks) if t == padded]
            if places and all(
                self._negated(info, i) or self._forbidden_example(info, i) for i in places
            ):
                continue
            ballot_targets.update(self._by_number.get(value, ()))
            for target_id in self._numbered(value, named):
                candidates.append(
                    _Candidate(
                        target_id,
                        "ballot",
                        set(),
                        (f"#{padded}",),
                        f'ballot-number hashtag "#{padded}" for target {target_id}',
                        number=value,
                    )
                )

        # Names.
        if not info.neutral:
            self._pronouns(info)
            candidates.extend(
                self._name_candidates(
                    info, keyword_hit=bool(candidates), other_contest=other_contest
                )
            )
            if not other_contest:
                candidates.extend(self._own_number(info))
                # Wording that reached a name only across a full stop is no support of it
                # ("…, hayu coblos partaina. Pria … berlogo NasDem"): the sign may still be.
                if not candidates or not any(
                    _stands(c, info.aligned(self._raw_words)) for c in candidates
                ):
                    candidates.extend(self._hand_sign(info))
        elif not other_contest:
            # A choice said in a sentence of its own after neutral talk ("…jangan golput ya.
            # Saya pribadi: Prabowo-Gibran"): the writer's, as a ballot call would be.
            # So is strong wording with a name in such a sentence ("Jangan golput! 14
            # Februari coblos Prabowo-Gibran."): neutral talk does not reach across a stop.
            strong = {(c[0], c[1]) for c in info.cues if c[2] == "strong"}
            found = (
                [
                    c
                    for c in self._name_candidates(info, keyword_hit=False)
                    if c.cue in strong and c.name is not None
                ]
                if strong and info.names
                else []
            )
            if info.first_person and info.names:
                found.extend(self._chosen_name(info))
            al = info.aligned(self._raw_words) if found else None
            if al is not None:
                candidates.extend(
                    c
                    for c in found
                    if not any(
                        al.same_sentence(min(min(c.tokens), a), max(max(c.tokens), b - 1))
                        for a, b in info.neutral_spans
                    )
                )

        # Weak keywords need the hashtag or capitals form and another political cue; an
        # everyday cheer ("menang") is cue enough only next to a hashtag.
        if weak_pending and not info.neutral:
            weak_cue = any(c[2] == "weak" for c in info.cues)
            # Numbers after a ballot word ("SERASI. Nomor 1 Manado!"), whatever calls them.
            noun_values = {
                parsed[0]
                for i, t in enumerate(info.toks)
                if i > 0 and (i - 1) in info.nouns and (parsed := _number(t)) is not None
            }
            signs = (
                self._signs(info)[0]
                if _HAND_SIGN.search(raw) is not None or "jari" in info.toks
                else None
            )

            def all_intensifiers(start: int, end: int) -> bool:
                return end - start <= 1 and all(t in _INTENSIFIERS for t in info.toks[start:end])

            for keyword, a, b in weak_pending:
                # Asked about, quoted or told as hearsay, it is someone else's word ("Bedanya
                # program HEBAT sama MUDA?", "MUDA katanya bergerak, tapi …").
                if self._reported(info, a, b) or self._in_question(info, b - 1):
                    continue
                # An everyday word inside support wording is that wording's ("Rahmat–Sri
                # tetap di hati" holds the slogan "HATI" of another pair).
                if keyword.klass == "everyday" and any(c[0] <= a and b <= c[1] for c in info.cues):
                    continue
                # A name or a number counts when it is the same target's ("AMIN, semoga Pak
                # Prabowo sehat" is a prayer, not a slogan).
                target_id = keyword.target_id
                side = self._allies.get(target_id, frozenset({target_id}))
                cue_elsewhere = any(
                    c[2] != "weak" and (c[1] <= a or c[0] >= b) for c in info.cues
                )  # support wording elsewhere ("tetap di hati" holds "HATI": not elsewhere)
                side_shown = (
                    # another keyword of the same side, elsewhere ("Manado serasi" holds
                    # "serasi": not another; a rival's everyday-word slogan is no cue: "asik
                    # asik capek, tapi rasanya HEBAT")
                    any(
                        p != keyword.phrase
                        and (kb <= a or ka >= b)
                        and t in side
                        and not self._reported(info, ka, kb)
                        for p, ka, kb, t in keyword_spans
                    )
                    or any(
                        n[2] in side
                        and (n[1] <= a or n[0] >= b)
                        and not self._reported(info, n[0], n[1])
                        for n in info.names
                    )
                    or bool(side & ballot_targets)
                    # a number after a ballot word, for an everyday-word slogan (a weak one,
                    # "#AMIN trending nomor 1", needs more)
                    or (
                        keyword.klass == "everyday"
                        and any(side & set(self._by_number.get(v, ())) for v in noun_values)
                    )
                    or any(
                        _number(t) is not None and side & set(self._by_number.get(int(t), ()))
                        for t in info.toks
                        if _has_padded([t])
                    )
                    # the side's number as a hand sign or keycap ("RAFI sampe mati ☝️")
                    or any(side & set(self._by_number.get(v, ())) for v in signs or ())
                )
                strong_other = cue_elsewhere or side_shown
                form = self._written_as_keyword(raw, keyword)
                # An everyday-word nickname in capitals chanted ("MUDA menang!", "Hidup RIMBA!"),
                # not in a question or after a condition ("RIBEN menang, kaca film gratis ya?").
                strong_other = strong_other or (
                    keyword.klass in ("everyday", "weak")
                    and form is not None
                    and self._chanted_keyword(info, a, b)
                )
                if not (strong_other or weak_cue):
                    continue
                # An everyday-word slogan beside another political cue needs no special form
                # ("Oke gas oke gas, lanjutkan!"); a weak keyword ("amin") does.
                # A one-word nickname that is an everyday word ("HATI", "HEBAT") beside support
                # wording alone is a slogan only as written: "Hati-hati di jalan … buat
                # nyoblos" names nobody.
                # As the object of support wording it is the side's name ("ayo menangkan
                # ramu di pilkada").
                one_word = len(keyword.phrase.split()) == 1 and not any(
                    c[2] != "weak"
                    and (
                        (c[3] != "left" and c[1] <= a and all_intensifiers(c[1], a))
                        or (c[3] != "right" and b <= c[0] and all_intensifiers(b, c[0]))
                    )
                    for c in info.cues
                )
                if (
                    keyword.klass == "everyday" and (side_shown or (strong_other and not one_word))
                ) or (form is not None and (strong_other or form == "hashtag")):
                    candidate = self._keyword_candidate(keyword, a, b, weak=True)
                    # Show the reviewer the other cue too.
                    spans = [(c[0], c[1]) for c in info.cues if c[2] != "weak" or not strong_other]
                    spans += [(n[0], n[1]) for n in info.names if n[2] in side]
                    spans += [(i, i + 1) for i, t in enumerate(info.toks) if _has_padded([t])]
                    for start, end in sorted(spans):
                        if end <= a or start >= b:
                            candidate.tokens.update(range(start, end))
                            break
                    candidates.append(candidate)

        if candidates and not political_cue:
            candidates = self._unlisted(info, candidates)
        # "Jangan coblos 02, coblos 01!": the support said is the finding, not the call against.
        if any(c.against for c in candidates) and not all(c.against for c in candidates):
            candidates = [c for c in candidates if not c.against]
        hits = self._finish(info, candidates)
        return self._placed(info, hits) if self._election_places and len(hits) > 1 else hits

    def _unlisted(self, info: _Text, candidates: list[_Candidate]) -> list[_Candidate]:
        """Without support wording (everyday cheers aside), slogans, numbers and names of two
        rival pairs of one election are a list, not a choice ("PASLON 1 DARSA-WIRA · PASLON 2
        MAHESA" on an infographic; a survey's "SERASI 34%, JeRi 31%")."""
        named = {n[2] for n in info.names} | {c.target_id for c in candidates}

        def listed(target_id: str) -> bool:
            # Candidates only: a volunteer team's slogan beside its pair is one side's.
            election = self._election_of.get(target_id)
            if election is None or self._kinds.get(target_id) != "candidate":
                return False
            side = self._allies.get(target_id, frozenset({target_id}))
            return any(
                other not in side
                and self._kinds.get(other) == "candidate"
                and self._election_of.get(other) == election
                for other in named
            )

        # One side's number chanted beside a rival's name is a choice ("Kaka Yos masih muda …
        # Skarang Bapa Mel dulu, nomor 1"); numbers of both sides are a list.
        chosen = {c.target_id for c in candidates if c.chosen}
        sides = {self._allies.get(t, frozenset({t})) for t in chosen}
        return [c for c in candidates if not listed(c.target_id) or (c.chosen and len(sides) == 1)]

    def _own_number(self, info: _Text) -> list[_Candidate]:
        """A target named with its own ballot number right beside it, as a slogan: "Golkar
        nomor 4, karena pengalaman", "PAN ai, nomor 12", "PKB nomor asa", "nomor 4 Golkar",
        "… PDIP 3" ending the text; a party with the list number of one of its caleg
        ("Bang Ijal, Gerindra nomor 5") for that caleg. Not "nomor urut" (how news identifies
        a candidate: "capres nomor urut 2 Prabowo hadir"), not questioned, quoted or negated."""
        out: list[_Candidate] = []
        toks = info.toks
        alignment: _Alignment | None = None
        aligned = False
        for a, b, target_id, _ in info.names:
            if target_id not in self._allies or self._negated(info, a):
                continue
            found = self._number_after(info, b) or self._number_before(info, a)
            if found is None:
                continue
            start, end, value = found
            if any(t in self._lex.not_ballot_after for t in toks[end : end + _AFTER_WINDOW]):
                continue
            first, last = min(a, start), max(b, end)
            if self._reported(info, first, last):
                continue
            if not aligned:
                alignment = info.aligned(self._raw_words)
                aligned = True
            # A number before the name is how news identifies a candidate ("Paslon nomor 2
            # Prabowo-Gibran menyampaikan visi misi"): a slogan only where the name ends the
            # clause ("… nomor siji Golkar!").
            if start < a and not self._clause_ends(info, last, alignment):
                continue
            if start < a and alignment is not None and _labelled(alignment, a, last - 1):
                continue  # "Paslon 1 (Azhar-Rahmah): jalan provinsi …": a heading, not a cheer
            own = self._allies[target_id] & set(self._by_number.get(value, ()))
            listed = self._caleg.get((target_id, value), ()) if not own else ()
            if not own and not listed:
                continue

            def said(span: range, al: _Alignment | None = alignment) -> str:
                return " ".join(al.evidence(span) if al else (toks[t] for t in span))

            name, number = said(range(a, b)), said(range(start, end))
            tokens = set(range(a, b)) | set(range(start, end))
            # A name hit, not a ballot call: the number is the named target's own, and a
            # party's name counts at any time as its name does.
            if own:
                reason = (
                    f'name "{name}" with its own ballot number "{number}" of target {target_id}'
                )
                out.append(_Candidate(target_id, "name", tokens, (), reason))
            for caleg in listed:
                reason = f'party "{name}" with the list number "{number}" of its candidate {caleg}'
                out.append(_Candidate(caleg, "name", set(tokens), (), reason))
        if info.names and info.nouns:
            out.extend(self._chanted_number(info))
        if info.first_person:
            out.extend(self._chosen_name(info))
        if not _WISHES.isdisjoint(toks):
            out.extend(self._wished_office(info))
        if not _DONT.isdisjoint(toks) or "asal" in toks or "tolak" in toks:
            out.extend(self._against(info))
        if self._offices and not _OFFICE_WORDS.keys().isdisjoint(toks):
            out.extend(self._office_plan(info))
        return out

    def _placed(self, info: _Text, hits: list[CampaignHit]) -> list[CampaignHit]:
        """Mark the hits whose regional election's place the text names, where a number
        calls several regional elections' targets ("mudik ke Wonogiri buat nyoblos nomor 2"
        from an employee of East Java): the scan prefers them after the post answered."""
        places = self._election_places
        regional = {e for h in hits if (e := self._election_of.get(h.target_id)) in places}
        if len(regional) < 2:
            return hits
        text = f" {info.normal} "
        named = {e for e in regional if places[e] in text}
        if len(named) != 1:
            return hits
        return [
            dataclasses.replace(h, placed=True)
            if self._election_of.get(h.target_id) in named
            else h
            for h in hits
        ]

    def _office_plan(self, info: _Text) -> list[_Candidate]:
        """Numbers called office by office, as a voter's plan for simultaneous elections
        ("Gubernur nomor 1, Bupati nomor 2!", "cagub 3 cawali 3, telu-telu", "Gubernur Jatim
        nomor 2, Bupati Wonogiri nomor 2"): two offices or more, each with a number, each
        number for that office's election. Not asked, negated or reported."""
        toks = info.toks
        count = len(toks)
        calls: list[tuple[str, int, int, int]] = []  # office, value, first, last token
        for i, token in enumerate(toks):
            office = _OFFICE_WORDS.get(token)
            j = i + 1
            if token == "wali":
                # "wali kota", not "wali murid kelas 2"
                if j >= count or toks[j] != "kota":
                    continue
                j += 1
            if office is None:
                continue
            # "Gubernur Jatim nomor 2", "Bupati Wonogiri nomor 2"
            while j < count and j - i <= 3 and (toks[j] in self._places or toks[j] in _OFFICE_SKIP):
                j += 1
            if j < count and toks[j] in ("nomor", "no", "urut"):
                j += 1
            if j >= count:
                continue
            parsed = _number(toks[j])
            if parsed is None or self._negated(info, i):
                continue
            calls.append((office, parsed[0], i, j))
        if len({c[0] for c in calls}) < 2:
            return []
        alignment = info.aligned(self._raw_words)
        out: list[_Candidate] = []
        for office, value, first, last in calls:
            if self._reported(info, first, last + 1) or (
                alignment is not None and alignment.is_question(last)
            ):
                continue
            said = " ".join(
                alignment.evidence(range(first, last + 1)) if alignment else toks[first : last + 1]
            )
            for target_id in self._by_number.get(value, ()):
                election = self._election_of.get(target_id)
                if election is None or self._offices.get(election) != office:
                    continue
                if self._kinds.get(target_id) != "candidate":
                    continue
                reason = f'"{said}" in a plan of offices and numbers, for target {target_id}'
                out.append(_Candidate(target_id, "ballot", set(range(first, last + 1)), (), reason))
        return out

    def _against(self, info: _Text) -> list[_Candidate]:
        """A call not to vote for a named side ("jangan pilih 01", "Asal bukan 02", "ulah
        milih DARMA deui", "jangan sampai nomor 2 menang"): campaigning against it, which the
        neutrality rules forbid as much as campaigning for (a finding for the side named).
        Not a statement ("saya tidak pilih 02"), not asked, quoted, reported or an example,
        and not a comparison ("jangan pilih 01 atau 02 karena ikut-ikutan")."""
        toks = info.toks
        count = len(toks)
        starts = {n[0]: n for n in info.names}
        out: list[_Candidate] = []
        for i, token in enumerate(toks):
            if token == "asal" and i + 1 < count and toks[i + 1] == "bukan":
                call, at, win = i, i + 2, False
            elif token == "tolak" and " bilik suara " in f" {' '.join(toks[i : i + 8])} ":
                call, at, win = i, i + 1, False  # "Tolak Gibran di bilik suara!"
            elif token in _DONT:
                j = i + 1
                if j < count and toks[j] == "sampai":
                    j += 1
                    win = True  # "jangan sampai nomor 2 menang"
                else:
                    win = False
                if not win:
                    if j >= count or toks[j] not in _AGAINST_VERBS:
                        continue
                    j += 1
                call, at = i, j
            else:
                continue
            while at < count and (toks[at] in self._lex.fillers or at in info.nouns):
                at += 1
            if at >= count:
                continue
            targets: tuple[str, ...]
            if at in starts:
                end = starts[at][1]
                side = self._allies.get(starts[at][2], frozenset({starts[at][2]}))
                while end in starts and starts[end][2] in side:
                    end = starts[end][1]
                targets = (starts[at][2],)
            else:
                parsed = _number(toks[at])
                if parsed is None or parsed[2] or not (parsed[1] or at - 1 in info.nouns):
                    continue  # "jangan pilih 2 kali": a count; "02" or "nomor 2" is a side
                end = at + 1
                targets = self._numbered(parsed[0], {n[2] for n in info.names})
            if win:
                if end >= count or toks[end] not in ("menang", "terpilih", "jadi"):
                    continue
                end += 1
            alignment = info.aligned(self._raw_words)
            if (
                alignment is None
                or any(t in self._lex.comparisons for t in toks[end : end + 2])
                or alignment.is_question(end - 1)
                or not alignment.same_sentence(call, end - 1)
                or self._reported(info, call, end)
            ):
                continue
            said = " ".join(alignment.evidence(range(call, end)))
            for target_id in targets:
                if self._kinds.get(target_id) == "official":
                    continue
                reason = f'a call not to vote for target {target_id}: "{said}"'
                out.append(
                    _Candidate(target_id, "name", set(range(call, end)), (), reason, against=True)
                )
        return out

    def _wished_office(self, info: _Text) -> list[_Candidate]:
        """A wish that a named candidate wins the office ("Semoga Pak Ganjar jadi presiden,
        …", "moga Bang Edi terpilih!"): the wish a few words before the name, the office or
        "terpilih" right after it, closing the clause. Not "semoga Pak Prabowo jadi presiden
        yang amanah" (a wish for how the winner governs), not asked, negated or reported."""
        out: list[_Candidate] = []
        toks = info.toks
        ends = {n[0]: n for n in info.names}
        for a, b, target_id, _ in info.names:
            if self._kinds.get(target_id) != "candidate":
                continue
            wish = next((j for j in range(a - 1, max(-1, a - 4), -1) if toks[j] in _WISHES), None)
            if wish is None or self._negated(info, a) or self._reported(info, wish, b):
                continue
            side = self._allies.get(target_id, frozenset({target_id}))
            while b in ends and ends[b][2] in side:
                b = ends[b][1]
            end = b
            if end < len(toks) and toks[end] in ("jadi", "menjadi"):
                end += 1
                if end < len(toks) and toks[end] == "wakil":
                    end += 1
                if end >= len(toks) or toks[end] not in _OFFICES:
                    continue
                end += 1
            elif end < len(toks) and toks[end] == "terpilih":
                end += 1
            else:
                continue
            while end < len(toks) and toks[end] in ("kota", "ri", "indonesia", "2024"):
                end += 1
            alignment = info.aligned(self._raw_words)
            if (
                alignment is None
                or alignment.is_question(end - 1)
                or not alignment.same_sentence(wish, end - 1)
                or not self._clause_ends(info, end, alignment)
            ):
                continue
            said = " ".join(alignment.evidence(range(wish, end)))
            reason = f'the wish "{said}" for target {target_id}'
            out.append(_Candidate(target_id, "name", set(range(wish, end)), (), reason))
        return out

    def _chosen_name(self, info: _Text) -> list[_Candidate]:
        """A first person who says a name as their choice, as they say a number ("saya
        pribadi: Prabowo-Gibran", "aku mah tetap Anies!"): a word of choice between them and
        the name closing its clause. Not "aku Anies" (a name said, not chosen), not asked,
        negated or reported."""
        out: list[_Candidate] = []
        toks = info.toks
        ends = {n[0]: n for n in info.names}
        for a, b, target_id, _ in info.names:
            if a == 0 or (a - 1) in info.first_person:
                continue
            if self._negated(info, a) or self._reported(info, a, b):
                continue
            # A pair's two names said together ("Prabowo-Gibran") close the clause together.
            side = self._allies.get(target_id, frozenset({target_id}))
            while b in ends and ends[b][2] in side:
                b = ends[b][1]
            said = self._said_choice(info, a, b - 1)
            if said is None:
                continue
            words = " ".join(toks[said:a])
            reason = f'"{words}" says the name "{" ".join(toks[a:b])}" as a choice'
            out.append(_Candidate(target_id, "name", set(range(said, b)), (), reason))
        return out

    def _chanted_number(self, info: _Text) -> list[_Candidate]:
        """A ballot number said as a clause of its own in a text that names a target of that
        number ("Bapa Mel deng Pak Hasan, paket lengkap 🔥 Nomor satu!", "Nomor satu, jang
        ragu. Bapa Mel su lima taun kerja nyata."): for that target."""
        toks = info.toks
        named: dict[int, set[str]] = {}
        for a, _b, target_id, _ in info.names:
            if self._negated(info, a):
                continue
            for ally in self._allies.get(target_id, frozenset({target_id})):
                value = self._number_of.get(ally)
                if value is not None:
                    named.setdefault(value, set()).add(ally)
        if not named:
            return []
        alignment = info.aligned(self._raw_words)
        if alignment is None:
            return []
        al = alignment

        def opens_clause(t: int) -> bool:
            if t == 0:
                return True
            before, here = al.owner[t - 1], al.owner[t]
            return (
                here - before > 1  # an emoji or a mark between ("lengkap 🔥 Nomor")
                or before in al.line_ends
                or al.words[before].rstrip()[-1:] in ".,!?;:"
            )

        out: list[_Candidate] = []
        for i, token in enumerate(toks):
            if i == 0 or (i - 1) not in info.nouns:
                continue
            parsed = _number(token)
            if parsed is None or parsed[0] not in named:
                continue
            start = i - 1
            while start > 0 and (start - 1) in info.nouns:
                start -= 1
            if "urut" in toks[start:i] or not opens_clause(start):
                continue
            if not self._clause_ends(info, i + 1, al) or al.is_question(i):
                continue
            if self._reported(info, start, i + 1, asked=False):
                continue
            said = " ".join(al.evidence(range(start, i + 1)))
            for target_id in sorted(named[parsed[0]]):
                reason = f'ballot number "{said}" chanted in a text naming its target {target_id}'
                out.append(
                    _Candidate(target_id, "name", set(range(start, i + 1)), (), reason, chosen=True)
                )
        return out

    def _number_after(self, info: _Text, b: int) -> tuple[int, int, int] | None:
        """(start, end, value) of "[fillers] nomor N" right after a name, or a bare number
        ending the text; None otherwise or for "nomor urut"."""
        toks = info.toks
        i = b
        while i < len(toks) and i - b < _BALLOT_SKIP and toks[i] in self._lex.fillers:
            i += 1
        noun = i < len(toks) and i in info.nouns
        start = i
        while i < len(toks) and i in info.nouns:
            i += 1
        if i >= len(toks) or "urut" in toks[start:i]:
            return None
        parsed = _number(toks[i])
        if parsed is None or not (noun or (i == len(toks) - 1 and not parsed[2])):
            return None
        return start, i + 1, parsed[0]

    def _number_before(self, info: _Text, a: int) -> tuple[int, int, int] | None:
        """(start, end, value) of "nomor N" right before a name ("nomor siji Golkar"), or
        of a zero-padded number ("03 Ganjar-Mahfud.")."""
        toks = info.toks
        if a >= 1 and (a < 2 or (a - 2) not in info.nouns):
            padded = _number(toks[a - 1])
            if padded is not None and padded[1]:
                return a - 1, a, padded[0]
        if a < 2 or (a - 2) not in info.nouns or "urut" in toks[max(0, a - 3) : a]:
            return None
        parsed = _number(toks[a - 1])
        if parsed is None:
            return None
        start = a - 2
        while start > 0 and (start - 1) in info.nouns:
            start -= 1
        return start, a, parsed[0]

    def _numbered(self, value: int, named: set[str]) -> tuple[str, ...]:
        """Targets a ballot number calls for: those of its targets the text names (or whose
        side it names), else all of them but caleg (a list place) where others have it."""
        targets = self._by_number.get(value, ())
        chosen = tuple(t for t in targets if self._allies.get(t, frozenset({t})) & named)
        return chosen or tuple(t for t in targets if t not in self._listed) or targets

    def _reported(self, info: _Text, a: int, b: int, *, asked: bool = True) -> bool:
        """Whether tokens [a, b) are between quotation marks, or (`asked`) are themselves
        questioned: "Ganjar presiden? Mimpi kali" (not "siap coblos 02 belum?", a call), or
        hearsay: "Jakarta Gak Ribet katanya. Ngurus KTP aja 3 minggu"."""
        after = info.toks[b : b + 2]
        if any(t in _HEARSAY for t in after) or (a > 0 and info.toks[a - 1] in _HEARSAY):
            return True
        if self._hearsay_before(info, a):
            return True
        if self._forbidden_example(info, a):
            return True
        if "?" not in info.raw and not any(q in info.raw for q in _QUOTES):
            return False
        alignment = info.aligned(self._raw_words)
        if alignment is None or b <= a:
            return False
        if asked and alignment.words[alignment.owner[b - 1]].endswith("?"):
            return True
        return alignment.quoted(a, b - 1)

    def _forwarded(self, info: _Text, alignment: _Alignment) -> bool:
        """Whether the writer passes a quoted message on as their own ("copas dari grup
        sebelah 👇 "…coblos Prabowo-Gibran." Sebarkan!!"): a word of forwarding outside the
        quotation, not negated ("jangan disebarkan"), in a text that does not warn of it
        ("Hoaks! …")."""
        toks = info.toks
        if not _WARNINGS.isdisjoint(toks):
            return False
        for i, t in enumerate(toks):
            if t not in _FORWARDING or alignment.quoted(i, i):
                continue
            if _NOT_FORWARDING.isdisjoint(toks[max(0, i - 2) : i]):
                return True
        return False

    def _hearsay_before(self, info: _Text, a: int) -> bool:
        """Whether someone else's words introduce token ``a`` in its sentence: "Kata tetangga
        saya, pokoknya 02 menang", "temen kantor bilang HEZA bakal menang", "Ibu-ibu PKK
        katanya mau kompak pilih BAYU" — not the writer's own ("kata saya", "saya bilang"),
        and not past the writer taking over ("…, saya juga pilih 02")."""
        toks = info.toks
        for i in range(a - 1, max(-1, a - 1 - _HEARSAY_REACH), -1):
            t = toks[i]
            said = t in _HEARSAY or (
                t in _REPORTING
                and (i + 1 >= len(toks) or toks[i + 1] != "hati")  # "kata hati": one's heart
                # "hati kecil bilang 01", "nurani berkata": one's own heart speaking
                and not (i > 0 and toks[i - 1] in ("hati", "kecil", "nurani", "hatiku"))
                and i - 1 not in info.first_person
                and i + 1 not in info.first_person
                # "cuma mau bilang #BARISMakassar", "pengen bilang: vote RESTU": the writer's
                and (i == 0 or toks[i - 1] not in _OWN_SAYING)
            )
            if not said:
                continue
            # "kata tetangga saya": the first person of the source, not the writer speaking
            if any(j in info.first_person for j in range(i + 3, a)):
                return False
            alignment = info.aligned(self._raw_words)
            return alignment is not None and alignment.same_sentence(i, a)
        return False

    def _chanted_keyword(self, info: _Text, a: int, b: int) -> bool:
        """Whether a chant stands right beside keyword tokens [a, b) as a cheer."""
        if any(t in _CONDITIONAL for t in info.toks[max(0, a - 2) : a]) or self._in_question(
            info, b - 1, tags=True
        ):
            return False
        alignment: _Alignment | None = None
        for ca, cb, *_ in info.cues:
            if (ca, cb) not in info.chants:
                continue
            if cb == a:
                return True  # "Hidup RIMBA!", "Menang MUDA!"
            if ca == b:
                if alignment is None:
                    alignment = info.aligned(self._raw_words)
                if self._chanted_after(info, a, cb, alignment):
                    return True
        return False

    def _in_question(self, info: _Text, token: int, *, tags: bool = False) -> bool:
        """Whether the sentence holding ``token`` is a question ("Bedanya program HEBAT sama
        MUDA apa?"): a nickname named there is asked about, not chanted."""
        if "?" not in info.raw:
            return False
        alignment = info.aligned(self._raw_words)
        if alignment is None or not alignment.is_question(token):
            return False
        if tags:
            return True  # a chant is never a question, not even a tag question
        # A tag asks for agreement, not for an answer ("MOANA tu didukung Golkar to?").
        for r in range(alignment.owner[token], len(alignment.words)):
            if alignment.words[r].rstrip().endswith("?"):
                return alignment.words[r].rstrip("?!. ").lower() not in _QUESTION_TAGS
        return True

    def _forbidden_example(self, info: _Text, a: int) -> bool:
        """Whether token ``a`` is an example in a list of what is forbidden: "ASN dilarang
        memasang status bertuliskan #RUFIBarakat, #MADANI02 atau slogan lainnya"."""
        toks = info.toks
        for i in range(a - 1, max(-1, a - 1 - _EXAMPLE_REACH), -1):
            if toks[i] in _EXAMPLE_INTRO:
                before = toks[max(0, i - _EXAMPLE_REACH) : i]
                return any(t in _FORBIDDING for t in before) or any(
                    t in _NOT_ALLOWED and p in self._lex.negations
                    for p, t in itertools.pairwise(before)
                )
        return False

    def _keyword_candidate(
        self, keyword: _Keyword, a: int, b: int, weak: bool = False
    ) -> _Candidate:
        label = "weak keyword" if weak else "keyword"
        extra = " with another political cue" if weak else ""
        return _Candidate(
            keyword.target_id,
            "keyword",
            set(range(a, b)),
            (),
            f'{label} "{keyword.term}" of target {keyword.target_id}{extra}',
        )

    def _written_as_keyword(
        self, raw: str, keyword: _Keyword, *, any_case: bool = False
    ) -> str | None:
        """Say how a keyword is written ("hashtag", "capitals"), or None if neither.

        Capitals say nothing in a text written all in capitals ("AMIN YA ALLAH"), unless
        `any_case` (a nickname chanted: "DAWIS DAWIS DAWIS!!!").
        """
        phrase = f" {keyword.phrase} "
        if "#" in raw:
            for tag in _HASHTAG.findall(raw):
                if phrase in f" {normalize('#' + tag)} ":
                    return "hashtag"
        # Capitals count where keywords.csv writes the keyword so ("AMIN"; spelled out too,
        # "Z-U-R-A"), and not in a text written all in capitals, where they say nothing.
        if (
            keyword.capitals is not None
            and keyword.capitals.search(unspell(raw)) is not None
            and (any_case or raw != raw.upper())
        ):
            return "capitals"
        return None

    def _ballot_calls(self, info: _Text) -> list[tuple[int, set[int], str]]:
        """Ballot numbers that support wording or a ballot noun calls for: (value, tokens, cue)."""
        lex = self._lex
        toks = info.toks
        count = len(toks)
        calls: list[tuple[int, set[int], str]] = []
        name_starts = {n[0] for n in info.names}
        # Only number tokens can be ballot numbers: find them with a regex, not a word loop.
        positions = [info.token_at(m.start()) for m in _NUMBER_TOKEN.finditer(info.normal)]
        if info.nouns or "nol" in toks or "kosong" in toks or not _BALLOT_VERBS.isdisjoint(toks):
            positions += [
                info.token_at(m.start()) for m in _NUMBER_WORD_TOKEN.finditer(info.normal)
            ]
        keycaps = {int(d) for d in _KEYCAP.findall(info.raw)} if "\u20e3" in info.raw else set()
        for i in sorted(positions):
            token = toks[i]
            parsed = _number(token)
            if parsed is None or parsed[0] == 0:
                continue
            value, padded, as_word = parsed
            # A keycap ("2️⃣") is a number shown, not counted: as good as "02".
            padded = padded or (not as_word and value in keycaps)
            # "14 2 2024", "2-0", "02.00": dates, scores and times; not a list's "1." on the
            # next line ("Alasan saya pilih 01:\n1. …").
            if (i > 0 and toks[i - 1].isdigit() and self._joined(info, i - 1)) or (
                i + 1 < count and toks[i + 1].isdigit() and self._joined(info, i)
            ):
                continue
            start = i
            if as_word:
                if i > 0 and toks[i - 1] in ("nol", "kosong"):
                    padded = True  # "nol dua" is how "02" is said
                    start = i - 1
                elif not (i > 0 and (i - 1) in info.nouns) and not (
                    (verb := info.cue_end.get(i)) is not None
                    and toks[verb[0]] in _BALLOT_VERBS
                    and self._ends_clause_here(info, i)
                ):
                    # "dua" alone is everyday counting; "coblos satu!" is a call, "coblos
                    # satu aja biar aman" (one picture) is not
                    continue
            if start > 0 and (
                toks[start - 1] in lex.not_ballot_context
                # one word between: "Dapil Jabar 1", "TPS kami 2"
                or (
                    start > 1
                    and toks[start - 2] in lex.not_ballot_context
                    and toks[start - 1] not in lex.fillers
                    and (start - 1) not in info.nouns
                )
            ):
                continue
            noun_start = start
            while noun_start > 0 and (noun_start - 1) in info.nouns:
                noun_start -= 1
            has_noun = noun_start < start
            # "tim nomor 2", "kamar nomor 3", "juara nomor 2": another thing's number
            if (
                has_noun
                and noun_start > 0
                and toks[noun_start - 1] in lex.not_ballot_context
                and all(toks[t] == "nomor" for t in range(noun_start, start))
            ):
                continue
            # "nomor" alone is any number (a queue, a prize draw); "paslon", "nomor urut" are
            # ballot words.
            ballot_noun = any(toks[t] != "nomor" for t in range(noun_start, start))
            # "pilih 01 atau 02?" asks; it does not call.
            if (noun_start > 0 and toks[noun_start - 1] in lex.comparisons) or (
                i + 1 < count and toks[i + 1] in lex.comparisons
            ):
                continue

            left = None
            negated = False
            position = noun_start - 1
            for _ in range(_BALLOT_SKIP):
                if position < 0:
                    break
                if position + 1 in info.negated_ends:
                    negated = True  # "jangan coblos 02"
                    break
                cue = info.cue_end.get(position + 1)
                if cue is not None and not (
                    cue[2] == "weak" and cue[0] == position and toks[position] in _SETTLED
                ):
                    left = cue
                    break
                if cue is not None:
                    left = left or cue  # "pasti" alone is weak; a choice before it is not
                if (
                    toks[position] in lex.fillers
                    or position in info.nouns
                    or toks[position] in _SETTLED
                ):
                    position -= 1  # "pilihanku sudah pasti: nomor 2"
                    continue
                break
            if negated:
                continue
            right = None
            position = i + 1
            for _ in range(_BALLOT_SKIP):
                if position >= count:
                    break
                cue = info.cue_start.get(position)
                if cue is not None:
                    # "02, coblos 01", "Dapil 1 untuk memilih Euis": wording that calls for
                    # the next number or name is not ours.
                    after = cue[1]
                    while after < count and after in info.nouns:
                        after += 1
                    if (
                        cue[3] != "right"
                        or after >= count
                        or (_number(toks[after]) is None and after not in name_starts)
                    ) and not (
                        # "nomor 2 pilih template": the wording has an object of its own
                        cue[3] == "right"
                        and self._own_object(info, cue[1], info.aligned(self._raw_words))
                    ):
                        right = cue
                    break
                if (
                    toks[position] in lex.fillers
                    or position in info.nouns
                    or toks[position] in self._places
                ):
                    position += 1  # "semoga paslon 2 Riau menang"
                    continue
                break
            cue = None
            for option in (left, right):
                if option is not None and (cue is None or cue[2] == "weak"):
                    cue = option
            if (
                cue is not None
                and cue[2] == "weak"
                and not (
                    padded
                    or ballot_noun
                    or (has_noun and cue[4] in _REMINDERS)  # "jangan lupa nomor 2 ya"
                    or (
                        has_noun
                        and cue[4] in _BALLOT_CHEERS
                        and self._exclaimed(info, cue[1] - 1 if cue is right else i)
                    )
                )
            ):
                # "tim 2 menang", "nomor 2 menang undian": not a ballot number; "Gas terus
                # nomor 2!", exclaimed, is. A cheer of the sentence before is not this
                # number's ("ungu sampe mati. Nomor tiga sa!").
                cue = None
            if cue is None:
                # A first person's number, said as the clause's last word ("saya sih 02",
                # "Ane mah dari awal udah 02", "aku paslon 3 aja"): a choice said.
                if padded or ballot_noun or has_noun:
                    # A plain "nomor" ("saya nomor 2" in a queue) needs a word of a mind
                    # made up: "kami sudah yakin nomor dua".
                    said = self._said_choice(
                        info, noun_start, i, settled=not (padded or ballot_noun)
                    )
                    if said is not None:
                        calls.append((value, set(range(said, i + 1)), "weak"))
                        continue
                # A number one settles on, a particle closing the clause ("Nomor tiga sa!",
                # "nomor 1 bah", "02 wae, lur"): a choice said, not a number mentioned.
                if (
                    (padded or has_noun)
                    and i + 1 < count
                    and toks[i + 1] in _CHOICE_PARTICLES
                    and not self._negated(info, noun_start)
                    and not any(
                        t in lex.not_ballot_after for t in toks[i + 2 : i + 2 + _AFTER_WINDOW]
                    )
                ):
                    alignment = info.aligned(self._raw_words)
                    if (
                        alignment is not None
                        and self._clause_ends(info, i + 2, alignment)
                        and not alignment.is_question(i + 1)
                    ):
                        calls.append((value, set(range(noun_start, i + 2)), "weak"))
                continue
            if not (padded or has_noun) and cue is left and i + 1 < count:
                following = toks[i + 1]
                if following not in lex.fillers and (i + 1) not in info.cue_start:
                    continue  # "pilih 2 orang": a count
            if self._negated(info, noun_start) and cue is not left:
                continue  # "jangan nomor 2 menang"
            if any(t in lex.not_ballot_after for t in toks[i + 1 : i + 1 + _AFTER_WINDOW]):
                continue  # "pilih no 2 aja warnanya", "pilih nomor 1 di soal": not a ballot
            if self._supposed_or_polled(info, min(noun_start, cue[0]), i):
                continue
            calls.append(
                (value, set(range(noun_start, i + 1)) | set(range(cue[0], cue[1])), cue[2])
            )

        for match in _SALAM_JARI.finditer(info.normal) if "jari" in info.normal else ():
            at = info.token_at(match.start())
            parsed = _number(match.group(1))
            if parsed is None or self._negated(info, at) or self._forbidden_example(info, at):
                continue
            calls.append((parsed[0], {at, at + 1, at + 2}, "strong"))
        return calls

    def _supposed_or_polled(self, info: _Text, start: int, last: int) -> bool:
        """Whether tokens [start, last] sit in a question that supposes or polls: "kalau 01
        menang, harga naik?", "Seandainya paslon nomor 2 menang, apakah …?", "Siapa yang mau
        pilih nomor 3?" ("Siapa lagi kalau bukan 02?" asks nothing: no "yang")."""
        alignment = info.aligned(self._raw_words)
        if alignment is None or "?" not in info.raw or not alignment.is_question(last):
            return False
        toks = info.toks
        j = start - 1
        while j >= 0 and start - j <= _SUPPOSE_REACH and alignment.same_sentence(j, start):
            t = toks[j]
            if (
                t in _CONDITIONAL
                or t == "apakah"
                or (t == "siapa" and j + 1 < len(toks) and toks[j + 1] == "yang")
            ):
                return True
            j -= 1
        return False

    def _joined(self, info: _Text, token: int) -> bool:
        """Whether tokens ``token`` and ``token + 1`` stand on one line of one sentence."""
        alignment = info.aligned(self._raw_words)
        if alignment is None:
            return True
        here, there = alignment.owner[token], alignment.owner[token + 1]
        return here == there or (
            here not in alignment.line_ends and alignment.same_sentence(token, token + 1)
        )

    def _said_choice(
        self, info: _Text, start: int, last: int, *, settled: bool = False
    ) -> int | None:
        """The first person who says a ballot number at [start, last] as their choice: a few
        words at most between them ("saya sih", "ane mah dari awal udah") and the number
        closing its clause; not asked, not negated. The first person's token, or None."""
        toks = info.toks
        position = start - 1
        while position >= 0 and start - position <= _CHOICE_GAP + 1:
            if position in info.first_person:
                break
            if toks[position] not in _CHOICE_WORDS and toks[position] not in _SETTLED:
                return None
            position -= 1
        else:
            return None
        if settled and _SETTLED.isdisjoint(toks[position + 1 : start]):
            return None
        if self._negated(info, start) or any(
            t in self._lex.not_ballot_after for t in toks[last + 1 : last + 1 + _AFTER_WINDOW]
        ):
            return None
        alignment = info.aligned(self._raw_words)
        if (
            alignment is None
            or not alignment.same_sentence(position, last)
            or alignment.is_question(last)
            or not self._clause_ends(info, last + 1, alignment)
        ):
            return None
        # The first person opens the clause ("…, saya sih 02"; "kalau aku 01"), not "kamar
        # saya 02" (whose number it is).
        if position > 0 and toks[position - 1] not in _CHOICE_LEADS:
            before = alignment.owner[position - 1]
            word = alignment.words[before].rstrip()
            # An emoji between opens a clause too ("pak Anies 🤲 kami sekeluarga 01").
            if (
                word[-1:] not in ".,!?;:"
                and before not in alignment.line_ends
                and alignment.owner[position] == before + 1
            ):
                return None
        return position

    def _name_candidates(
        self, info: _Text, keyword_hit: bool, *, other_contest: bool = False
    ) -> list[_Candidate]:
        """Support wording attached to the nearest name of a target; beside another contest
        ("pemilihan ketua kelas … yang menang Fitri!") only wording that is political by
        itself."""
        if not info.names or not info.cues:
            return []
        lex = self._lex
        toks = info.toks
        blocked: set[int] = set()
        for a, b in info.negations:
            blocked.update(range(a, b))
        for index, token in enumerate(toks):
            if token in lex.stops or token in lex.comparisons:
                blocked.add(index)
        strong_cue = any(c[2] != "weak" for c in info.cues)
        out: list[_Candidate] = []
        alignment: _Alignment | None = None  # built once, when a choice needs it
        aligned = False
        for cue in info.cues:
            a, b, strength, attach, _ = cue
            chant = (a, b) in info.chants
            if strength == "weak" and not (strong_cue or keyword_hit or chant):
                continue
            if other_contest and (strength == "weak" or chant):
                continue
            # The nearest name the wording reaches, unless it is one side of a comparison
            # ("pilih Anies atau Prabowo?"): then the next option, if any.
            # A name in the cue's own sentence first: "Bang Tigor … datang ke pajak. Udah
            # pasti pilihanku dia" supports Tigor through "dia", not across the full stop.
            reach = [
                n for n in self._reach(info, a, b, attach, blocked) if not self._compared(info, n)
            ]
            if attach == "right" and any(n[1] <= a for n in reach):
                # Wording with an object of its own is not for a name before it ("bang yoga
                # sabar, support terus studio kecil ini").
                if not aligned:
                    alignment = info.aligned(self._raw_words)
                    aligned = True
                if self._own_object(info, b, alignment):
                    reach = [n for n in reach if n[1] > a]
            if len(reach) > 1:
                if not aligned:
                    alignment = info.aligned(self._raw_words)
                    aligned = True
                if alignment is not None:
                    own = [
                        n for n in reach if alignment.same_sentence(min(a, n[0]), max(b, n[1]) - 1)
                    ]
                    reach = own or reach
            found = reach[0] if reach else None
            if chant:
                # A chant is for the name right beside it ("Ketua DPC Gerindra … Gerindra
                # jaya!"), if the text has one there.
                found = next((n for n in reach if n[1] == a or n[0] == b), found)
            if strength != "weak" and not chant:
                if not aligned:
                    alignment = info.aligned(self._raw_words)
                    aligned = True
                if alignment is not None and (
                    found is None
                    or not alignment.same_sentence(min(a, found[0]), max(b, found[1]) - 1)
                ):
                    topic = self._topic_before(info, a, b, alignment) if attach == "right" else None
                    if topic is not None:
                        out.append(topic)
                        continue
                    implied = self._ellipsis(info, a, b, alignment)
                    if implied is not None:
                        out.append(implied)
                        continue
            if found is None:
                continue
            na, nb, target_id, _ = found
            if chant and attach == "left" and na >= b:
                continue  # "Gubernur Fadli" is a title; "Fadli Gubernur!" a chant
            # An office is a chant only right beside the name, whatever else the text says
            # ("Cek Ida jadi wakil wali kota" is not "Om Semy wali kota!").
            if chant and (not (strong_cue or keyword_hit) or cue[4] in _OFFICE_CHANTS):
                if na != b and nb != a:
                    continue  # "Hidup Gerindra!", "PDI Perjuangan jaya!": only right beside it
                if nb == a:
                    if not aligned:
                        alignment = info.aligned(self._raw_words)
                        aligned = True
                    if not self._chanted_after(info, na, b, alignment):
                        continue
            out.append(
                _Candidate(
                    target_id,
                    "name",
                    set(range(a, b)) | set(range(na, nb)),
                    (),
                    None,
                    (a, b),
                    (na, nb),
                )
            )
        return out

    def _chanted_after(
        self, info: _Text, name_start: int, cue_end: int, alignment: _Alignment | None
    ) -> bool:
        """Whether a cheer after a name ends its clause ("Golkar menang!", "Rudi Siti menang
        telak 🔥") and no condition opens it: not "Prabowo menang gugatan di MK", "Survei:
        X menang tipis" (a report goes on), not "Kalau Gerindra menang, harga naik"."""
        toks = info.toks
        if any(t in _CONDITIONAL for t in toks[max(0, name_start - 2) : name_start]):
            return False
        return self._clause_ends(info, cue_end, alignment, place=True)

    def _clause_ends(
        self, info: _Text, end: int, alignment: _Alignment | None, *, place: bool = False
    ) -> bool:
        """Whether the clause ends at token ``end`` (exclusive), a few closing words aside
        (`_CHANT_TAIL`, the lexicon's fillers, "pokoknya"): "Golkar nomor 4, karena …", "Mbak
        Rini nomor 2 pokoke!"; with ``place``, also before an exclaimed "di <place>!"."""
        toks = info.toks
        al = alignment

        def clause_end(last: int, marks: str) -> bool:
            if al is None:
                return False
            a = al.owner[last]
            if last + 1 < len(toks) and al.owner[last + 1] == a:
                return False
            return (a in al.line_ends and "." in marks) or al.words[a].rstrip()[-1:] in marks

        while True:
            if end >= len(toks) or (end > 0 and clause_end(end - 1, ".,!?;:")):
                return True
            word = toks[end]
            if word in _CHANT_TAIL or word in self._lex.fillers or word in _CLOSING:
                end += 1
                continue
            # "Golkar menang di Jakpus!": a place, exclaimed.
            return (
                place
                and word == "di"
                and any(clause_end(last, "!") for last in range(end + 1, min(end + 3, len(toks))))
            )

    def _hand_sign(self, info: _Text) -> list[_Candidate]:
        """A hand sign whose number is the ballot number of the one side a text names
        ("Semoga Marulam-Yuni amanah ✌️" for pair 2, "Tigor-Rizal. Itu aja ☝️" for pair 1): the
        partisan gesture in writing. Not beside a rival, a negation or a question."""
        if not info.names:
            return []
        # "Jangan pilih Tigor ☝️" turns it around; "Tigor-Rizal. Gak pake lama ☝️" does not.
        if any(na < n[0] <= nb + _NEGATION_GAP for na, nb in info.negations for n in info.names):
            return []
        signs, shown = self._signs(info)
        if signs is None or len(signs) != 1:
            return []
        value = next(iter(signs))
        named = {n[2] for n in info.names}
        first = info.names[0][2]
        side = self._allies.get(first, frozenset({first}))
        if not named <= side:
            return []
        numbered = [t for t in side if self._number_of.get(t) == value]
        # A quoted name is still the side shown ("posko bertuliskan 'Sedulur Mukti'").
        if not numbered or any(
            self._forbidden_example(info, n[0]) or self._in_question(info, n[1] - 1)
            for n in info.names
        ):
            return []
        name = info.names[0]
        sign = shown[0]
        target_id = name[2] if name[2] in numbered else sorted(numbered)[0]
        return [
            _Candidate(
                target_id,
                "name",
                set(range(name[0], name[1])),
                (sign,),
                f'hand sign "{sign}" (ballot number {value}) beside name '
                f'"{name[3]}" of target {target_id}',
            )
        ]

    def _signs(self, info: _Text) -> tuple[set[int] | None, list[str]]:
        """Ballot numbers a text shows as hand signs or keycaps ("☝️", "2️⃣", "mengacungkan
        tiga jari") and how they were written; None when one is negated or forbidden."""
        signs: set[int] = set()
        shown: list[str] = []
        for m in _HAND_SIGN.finditer(info.raw):
            sign = m.group()
            signs.add(_HAND_SIGNS.get(sign) or int(sign[0]))
            shown.append(sign)
        if "jari" in info.normal or "telunjuk" in info.normal:
            for match in _FINGERS.finditer(info.normal):
                at = info.token_at(match.start())
                parsed = (1, False, True) if match.group(2) else _number(match.group(1))
                if parsed is None:
                    continue
                if self._negated(info, at) or self._forbidden_example(info, at):
                    return None, shown
                signs.add(parsed[0])
                shown.append(match.group().strip())
        return signs, shown

    def _topic_before(
        self, info: _Text, a: int, b: int, alignment: _Alignment
    ) -> _Candidate | None:
        """Support wording said by a first person with no object of its own, closing its
        clause, is for the side its sentence named before it ("PSI partai anak muda, tiang
        dukung terus", "Golkar paling berpengalaman, kami pilih!"): the wording that names
        its object ("dukung nomor 2") is read the usual way."""
        toks = info.toks
        end = b
        while end < len(toks) and toks[end] in _INTENSIFIERS:
            end += 1
        if not any(t in info.first_person for t in range(max(0, a - _PERSON_GAP - 1), a)):
            return None
        if alignment.is_question(b - 1) or not self._clause_ends(info, end, alignment):
            return None
        start = a
        while start > 0 and alignment.same_sentence(start - 1, a):
            start -= 1
        if any(t in _CONDITIONAL for t in toks[start:a]) or any(
            na < b and nb > start for na, nb in info.negations
        ):
            return None
        before = [n for n in info.names if start <= n[0] and n[1] <= a]
        earlier = not before
        if not before and start > 0:
            # Its sentence names nobody: the side the text named before ("… bersama H. Wawan
            # Setiawan, Calon Bupati Nomor Urut 1. Mangga sumping, urang rojong babarengan"),
            # where the text names one side only.
            before = [n for n in info.names if n[1] <= start]
            last = before[-1][2] if before else ""
            side = self._allies.get(last, frozenset({last}))
            if before and any(n[2] not in side for n in info.names):
                return None
        if not before or any(self._compared(info, n) for n in before):
            return None
        target_id = before[-1][2]
        allies = self._allies.get(target_id, frozenset({target_id}))
        if any(n[2] not in allies for n in before) or self._reported(info, *before[-1][:2]):
            return None
        na, nb = before[-1][0], before[-1][1]
        if earlier:
            words = " ".join(alignment.evidence(range(a, b)))
            name = " ".join(alignment.evidence(range(na, nb)))
            return _Candidate(
                target_id,
                "name",
                set(range(a, b)) | set(range(na, nb)),
                (),
                f'support wording "{words}" after name "{name}" of target {target_id}',
            )
        return _Candidate(
            target_id, "name", set(range(a, b)) | set(range(na, nb)), (), None, (a, b), (na, nb)
        )

    def _ellipsis(self, info: _Text, a: int, b: int, alignment: _Alignment) -> _Candidate | None:
        """Support wording opening a sentence of its own after the one person (or the running
        mates of one side) a text names ("Mbak Yuni itu asli Deli Serdang, orang kita sendiri.
        Wajib pilih!"): for that person.

        Only a sentence that the wording opens (after an invitation or "saya", "wajib", …: not
        "Yang pilih pasti nyesel") and that names nobody else, holds no number and asks
        nothing.
        """
        persons = {n[2] for n in info.names if self._kinds.get(n[2]) != "party"}
        named_before = [n for n in info.names if n[2] in persons and n[1] <= a]
        if not named_before or alignment.is_question(b - 1):
            return None
        # One person, or running mates of one side ("pasangan Ujang – Yayan paling layak. Mari
        # kita menangkan bersama"): the last one named before the wording.
        target_id = named_before[-1][2]
        if not persons <= self._allies.get(target_id, frozenset({target_id})):
            return None
        before = [n for n in named_before if n[2] == target_id]
        start = a
        while start > 0 and alignment.same_sentence(start - 1, a):
            start -= 1
        if any(info.toks[t] not in _ELLIPSIS_LEAD for t in range(start, a)):
            return None
        end = b
        while end < len(info.toks) and alignment.same_sentence(a, end):
            end += 1
        rest = range(b, end)
        if any(_number(info.toks[t]) is not None for t in rest) or any(
            n[0] < end and n[1] > start for n in info.names
        ):
            return None
        na, nb = before[-1][0], before[-1][1]
        words = alignment.evidence(range(a, b))
        name = alignment.evidence(range(na, nb))
        return _Candidate(
            target_id,
            "name",
            set(range(a, b)) | set(range(na, nb)),
            (),
            f'support wording "{" ".join(words)}" in the sentence after name '
            f'"{" ".join(name)}" of target {target_id}',
        )

    def _compared(self, info: _Text, name: tuple[int, int, str, str]) -> bool:
        """Whether a comparison word ("atau", "vs") stands right next to the name."""
        na, nb, target_id, _ = name
        toks = info.toks
        same = [n for n in info.names if n[2] == target_id]
        # Step over the rest of the same target's name: "Prabowo Gibran atau ...".
        while nb < len(toks) and any(n[0] <= nb < n[1] for n in same):
            nb += 1
        while na > 0 and any(n[0] <= na - 1 < n[1] for n in same):
            na -= 1
        comparisons = self._lex.comparisons
        return (na > 0 and toks[na - 1] in comparisons) or (
            nb < len(toks) and toks[nb] in comparisons
        )

    def _reach(
        self, info: _Text, a: int, b: int, attach: str, blocked: set[int]
    ) -> list[tuple[int, int, str, str]]:
        """Names the cue at [a, b) reaches, best first: nearest in its own direction, then
        nearest (within a shorter window) the other way."""

        def nearest(forward: bool, window: int) -> tuple[int, tuple[int, int, str, str]] | None:
            best: tuple[int, tuple[int, int, str, str]] | None = None
            for name in info.names:
                lo, hi = (b, name[0]) if forward else (name[1], a)
                gap = hi - lo
                if gap < 0 or gap > window or (best is not None and gap >= best[0]):
                    continue
                if not any(t in blocked for t in range(lo, hi)):
                    best = (gap, name)
            return best

        if attach == "both":
            options = [nearest(True, _NAME_WINDOW), nearest(False, _NAME_WINDOW)]
            ranked = sorted((o for o in options if o is not None), key=lambda o: o[0])
        else:
            forward = attach == "right"
            options = [nearest(forward, _NAME_WINDOW), nearest(not forward, _NAME_WINDOW_BACK)]
            ranked = [o for o in options if o is not None]
        return [name for _, name in ranked]

    def _finish(self, info: _Text, candidates: list[_Candidate]) -> list[CampaignHit]:
        if not candidates:
            return []
        alignment = info.aligned(self._raw_words)

        def words(tokens: Iterable[int]) -> list[str]:
            if alignment is not None:
                return alignment.evidence(tokens)
            return [info.toks[t] for t in sorted(set(tokens))]

        best: dict[str, CampaignHit] = {}
        for candidate in sorted(candidates, key=lambda c: _KIND_ORDER[c.via]):
            target_id = candidate.target_id
            if target_id in best:
                continue
            cue, name = candidate.cue, candidate.name
            if not _stands(candidate, alignment):
                continue
            evidence = tuple(dict.fromkeys([*words(candidate.tokens), *candidate.extra]))
            reason = candidate.reason
            if reason is None and cue is not None and name is not None:
                cue_words, name_words = " ".join(words(range(*cue))), " ".join(words(range(*name)))
                reason = (
                    f'support wording "{cue_words}" near name "{name_words}" of target {target_id}'
                )
            elif reason is None:
                reason = f'ballot-number call "{" ".join(evidence)}" for target {target_id}'
            best[target_id] = CampaignHit(
                target_id, evidence, reason, candidate.via, number=candidate.number
            )
        return [best[t] for t in sorted(best)]
