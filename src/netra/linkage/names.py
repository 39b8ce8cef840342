"""Indonesian personal names: titles, spelling variants, a phonetic key, rarity, handles.

A roster name such as ``Dr. H. Moch. Soeharto, S.H., M.Si.`` and a display name such as
``pak harto`` or a handle such as ``m_suharto88`` must be compared on what is really the
person's name. `parse_name` strips and records titles before the name (``Dr.``, ``H.``,
``R.A.``), degrees after it (``S.H.``, ``M.Si.``) and honorifics of display names (``Pak``,
``Bu``); it keeps noble and religious prefixes that are part of the name (``Tgk.``, ``Cut``,
``Dt.``, ``Sutan``) but marks them weak. Tokens are normalised: case, accents, punctuation,
old spelling (``oe``→``u``, ``dj``→``j``, ``tj``→``c``, ``sj``→``sy``, ``nj``→``ny``,
``ch``→``kh``) and the many spellings of Muhammad and a few other very common names.

`phonetic` is a small key of our own for Indonesian spelling variation (see docs/linkage.md):
it merges ``Rahmat``/``Rachmat``/``Ramat``, ``Yusuf``/``Yusup``, ``Zainal``/``Jainal``,
``Rahmawaty``/``Rahmawati``, ``Sugiyanto``/``Sugianto``, ``Fathur``/``Fatur``.

`TokenStats` counts name tokens over the roster so that a shared common token (``Muhammad``,
``Siti``, ``Budi``) weighs little and a shared rare one a lot.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Titles written before the name: stripped and recorded (key: lower case without dots).
TITLES_BEFORE: dict[str, str] = {
    "dr": "Dr.",
    "drg": "drg.",
    "drh": "drh.",
    "prof": "Prof.",
    "ir": "Ir.",
    "drs": "Drs.",
    "dra": "Dra.",
    "h": "H.",
    "hj": "Hj.",
    "haji": "Haji",
    "hajjah": "Hajjah",
    "kh": "K.H.",
    "r": "R.",
    "ra": "R.A.",
    "rr": "Rr.",
    "rm": "R.M.",
    "raden": "Raden",
    "ny": "Ny.",
    "nn": "Nn.",
    "tn": "Tn.",
    "apt": "apt.",
    "ns": "Ns.",
    "kompol": "Kompol",
}
# Honorifics and kinship words people put in front of a display name ("Pak Budi").
HONORIFICS = frozenset(
    [
        # Balinese gender markers ("I Made Sudirta", "Ni Nyoman Wartini"): often left out of a
        # display name, but written in handles ("niluhputu"), as honorifics are
        "i",
        "ni",
        "pak",
        "bapak",
        "bpk",
        "bu",
        "ibu",
        "bunda",
        "ayah",
        "mas",
        "mbak",
        "mba",
        "bang",
        "abang",
        "kak",
        "kakak",
        "om",
        "tante",
        "teh",
        "aa",
        "akang",
        "kang",
        "cak",
        "ning",
        "uda",
        "uni",
        "daeng",
        "opung",
        "ustadz",
        "ustad",
        "ustaz",
        "ustadzah",
        "ustazah",
        "buya",
        "kyai",
        "kiai",
        "gus",
        "pakde",
        "bude",
        "mbah",
        "eyang",
        "dek",
        "adik",
        "umi",
        "abi",
        "bidan",
        "dokter",
        "cikgu",
        "sis",
        "bro",
        "mamah",
        "papah",
        "mama",
        "papa",
    ]
)
# Parents named after their child on social media (teknonymy): "Bunda Azka" is Azka's mother,
# "Ayah Rafa" Rafa's father. What follows is then most likely the child's name, not the
# owner's (`teknonym_child`). Only words that are hardly ever a given name of their own:
# "Umi" and "Abi" are names too (Umi Kalsum) and stay plain honorifics. Where "Mama Yohana" is
# Yohana herself (eastern Indonesia), her display name then gives no name evidence: a link
# missed, never a wrong one.
TEKNONYMS = frozenset(
    ["bunda", "ibunda", "ayah", "ayahanda", "mama", "mamah", "mami", "papa", "papah", "papi"]
)
# Noble and religious prefixes that are part of the name but say little about who it is.
WEAK_PREFIXES: dict[str, str] = {
    "tgk": "teungku",
    "teungku": "teungku",
    "cut": "cut",
    "dt": "datuk",
    "datuk": "datuk",
    "sutan": "sutan",
    "andi": "andi",
    "gusti": "gusti",
    "teuku": "teuku",
}
# Degrees written after the name without dots, recognised only at the end of a name.
_DOTLESS_DEGREES = frozenset(
    [
        "sh",
        "se",
        "st",
        "spd",
        "ssi",
        "mm",
        "msi",
        "mpd",
        "mt",
        "mh",
        "mba",
        "mkes",
        "skom",
        "mkom",
        "amd",
        "skm",
        "sip",
        "ssos",
        "ners",
        "phd",
        "sag",
        "sp",
        "ss",
        "spdi",
        "sthi",
        "sked",
        "mkep",
        "skep",
        "sfarm",
        "apt",
        "sgz",
        "mag",
        "mpdi",
        "sak",
        "mak",
        "sp1",
        "sp2",
    ]
)
# A degree written with dots: S.H., S.Pd., M.Si., A.Md.Kep., Ph.D., Sp.PD, S.Kom
_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.){1,4}(?:[A-Za-z]{1,5}\.?)?$")

# Spellings of the same very common name, after old-spelling normalisation (ch→kh).
_VARIANTS: dict[str, str] = {
    **dict.fromkeys(
        [
            "muhammad",
            "muhamad",
            "muhammed",
            "muhamed",
            "mohammad",
            "mohamad",
            "mohammed",
            "mohamed",
            "mokhammad",
            "mokhamad",
            "mukhammad",
            "mukhamad",
            "muchammad",
            "mochammad",
            "moh",
            "muh",
            "mhd",
            "mokh",
            "mohd",
            "muhd",
        ],
        "muhammad",
    ),
    **dict.fromkeys(["ahmad", "akhmad", "ahmat", "akhmat", "achmad", "ahmed"], "ahmad"),
    **dict.fromkeys(["abdul", "abd", "abdoel"], "abdul"),
    **dict.fromkeys(["nur", "noor"], "nur"),
    **dict.fromkeys(["siti", "sitti"], "siti"),
    **dict.fromkeys(["rahmat", "rakhmat", "rahmad"], "rahmat"),
    # Balinese birth-order and caste names as people shorten them ("Ni Nymn Wartini",
    # "I Wyn Sudarsana", "I Gst Ngr Oka")
    **dict.fromkeys(["nyoman", "nymn", "nym", "nyman"], "nyoman"),
    **dict.fromkeys(["wayan", "wyn"], "wayan"),
    **dict.fromkeys(["made", "md"], "made"),
    **dict.fromkeys(["ketut", "kt", "ktt", "ktut"], "ketut"),
    **dict.fromkeys(["nengah", "ngh"], "nengah"),
    **dict.fromkeys(["kadek", "kdk"], "kadek"),
    **dict.fromkeys(["komang", "kmg"], "komang"),
    **dict.fromkeys(["gusti", "gst"], "gusti"),
    **dict.fromkeys(["ngurah", "ngr"], "ngurah"),
}
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"))
_NON_LETTER = re.compile(r"[^a-z]+")
_SPLIT = re.compile(r"[\s/|·•,;:()\[\]{}\"'“”‘’!?+&*#~^=<>]+")
_VOWELS = frozenset("aeiou")


def ascii_fold(text: str) -> str:
    """Lower case ASCII without accents (``É``→``e``); other characters kept."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
def normalise_token(word: str) -> str:
    """One name word in canonical spelling: letters only, modern spelling, variant merged."""
    w = _NON_LETTER.sub("", ascii_fold(word))
    for old, new in _OLD_SPELLING:
        if old in w:
            w = w.replace(old, new)
    return _VARIANTS.get(w, w)


@lru_cache(maxsize=200_000)
def phonetic(token: str) -> str:
    """Indonesian phonetic key of a normalised token (docs/linkage.md lists the rules)."""
    s = token
    if not s:
        return s
    for a, b in (
        ("kh", "h"),
        ("sy", "s"),
        ("ph", "f"),
        ("dz", "j"),
        ("dh", "d"),
        ("th", "t"),
        ("ck", "k"),
        ("q", "k"),
        ("x", "ks"),
        ("z", "j"),
        ("v", "f"),
        ("f", "p"),
        ("iy", "i"),
        ("uw", "u"),
    ):
        if a in s:
            s = s.replace(a, b)
    if s.endswith("y"):
        s = s[:-1] + "i"
    # h is silent after a vowel before a consonant or at the end: Rahmat~Ramat, Fatimah~Fatima.
    out: list[str] = []
    n = len(s)
    for i, c in enumerate(s):
        if c == "h" and i > 0:
            prev_vowel = s[i - 1] in _VOWELS
            next_vowel = i + 1 < n and s[i + 1] in _VOWELS
            if not (prev_vowel and next_vowel):
                continue
        if out and out[-1] == c:
            continue  # doubled letters: Muhammad~Muhamad, Hassan~Hasan
        out.append(c)
    key = "".join(out)
    # Final voiced stops are devoiced in speech: Ahmad~Ahmat, Ayub~Ayup.
    if len(key) > 2 and key[-1] in "db":
        key = key[:-1] + ("t" if key[-1] == "d" else "p")
    return key


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into what identifies the person and what only decorates the name."""

    raw: str
    tokens: tuple[str, ...]  # normalised words (two letters or more), in written order
    initials: tuple[str, ...]  # single letters standing for a word ("Budi S." -> "s")
    weak: tuple[str, ...]  # noble/religious prefixes kept in tokens but weak (teungku, cut)
    titles: tuple[str, ...]  # titles before the name as written (Dr., H., R.A.)
    degrees: tuple[str, ...]  # degrees after the name as written (S.H., M.Si.)
    honorifics: tuple[str, ...]  # display-name honorifics (pak, bu)

    @property
    def key(self) -> str:
        """Order-free exact key: the sorted tokens."""
        return " ".join(sorted(self.tokens))

    @property
    def full(self) -> str:
        """The tokens in written order, one space apart."""
        return " ".join(self.tokens)

    @property
    def strong_tokens(self) -> tuple[str, ...]:
        """Tokens that are not weak prefixes."""
        return tuple(t for t in self.tokens if t not in self.weak)

    @property
    def phonetic(self) -> tuple[str, ...]:
        """Phonetic key of every token."""
        return tuple(phonetic(t) for t in self.tokens)

    @property
    def record_phonetic(self) -> tuple[str, ...]:
        """Phonetic keys of a personnel record's name words: the tokens, then its honorifics.

        A roster name carries no "Pak" or "Bu": a leading word that reads as an honorific in
        a display name is a given name there ("Umi Kalsum", "Uda Pratama", "Opung Siregar").
        It stays out of the name's key, as it does for the same display name, but counts as
        one of the employee's words, so that a handle `umikalsum` says no more than her name.
        """
        own = self.phonetic
        return own + tuple(k for k in (phonetic(h) for h in self.honorifics) if k not in own)

    @property
    def is_empty(self) -> bool:
        """True when nothing of the name is left (only titles, an emoji, ...)."""
        return not self.tokens and not self.initials


def _raw_words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(text.strip()) if w]


def _strip_dots(word: str) -> str:
    return _NON_LETTER.sub("", ascii_fold(word))


# Where a display name stops and an affiliation starts: "Novi Fauzi (Pemkab Kulon Progo)",
# "Heru | ASN Pemprov DKI", "Budi Santoso - Guru SDN 3".
_AFFILIATION = re.compile(r"\s*(?:[(\[{|•]|\s[-–—/@]\s)")


def split_display_name(text: str | None) -> tuple[str | None, str | None]:
    """(the name, what follows it) of a display name such as "Novi Fauzi (Pemkab Bantul)"."""
    if not text:
        return text, None
    m = _AFFILIATION.search(text)
    if m is None or not text[: m.start()].strip():
        return text, None
    rest = re.sub(r"[()\[\]{}|•]", " ", text[m.start() :])
    rest = re.sub(r"^\s*[-–—/@]\s", " ", rest)
    return text[: m.start()].strip(), " ".join(rest.split()) or None


@lru_cache(maxsize=500_000)
def parse_name(text: str | None) -> ParsedName:
    """Parse a roster or display name (titles, degrees, honorifics, variants, initials)."""
    raw = text or ""
    # Degrees follow a comma in personnel records: "Budi Santoso, S.H., M.Si."
    head, _, tail = raw.partition(",")
    degrees: list[str] = [d.strip() for d in tail.split(",") if d.strip()]
    words = _raw_words(head)
    # Degrees written without the comma, at the end: "Budi Santoso S.Pd"
    while len(words) > 1:
        last = words[-1]
        bare = _strip_dots(last)
        looks_degree = bool(_DEGREE.match(last)) and len(bare) >= 2 and bare != "ra"
        dotless = bare in _DOTLESS_DEGREES and last[:1].isupper() and len(words) > 2
        if looks_degree or dotless:
            degrees.insert(0, last)
            words.pop()
        else:
            break
    titles: list[str] = []
    honorifics: list[str] = []
    # Titles and honorifics before the name; always leave at least one word.
    while len(words) > 1:
        w = words[0]
        bare = _strip_dots(w)
        # "Dr.H.Ahmad" written without spaces: peel the titles off the word.
        parts = [p for p in w.split(".") if p]
        if len(parts) > 1 and bare not in TITLES_BEFORE and _strip_dots(parts[0]) in TITLES_BEFORE:
            tail_dot = "." if w.endswith(".") else ""
            words[0:1] = [f"{p}." for p in parts[:-1]] + [parts[-1] + tail_dot]
            continue
        if (bare in TITLES_BEFORE and bare not in ("r", "h")) or (
            bare in ("r", "h") and w.endswith(".") and len(words) > 1
        ):
            titles.append(TITLES_BEFORE[bare])
            words.pop(0)
            continue
        if bare in HONORIFICS:
            honorifics.append(bare)
            words.pop(0)
            continue
        break
    tokens: list[str] = []
    initials: list[str] = []
    weak: list[str] = []
    for i, w in enumerate(words):
        bare = _strip_dots(w)
        if not bare:
            continue
        if bare in WEAK_PREFIXES and i < len(words) - 1:
            tok = WEAK_PREFIXES[bare]
            tokens.append(tok)
            weak.append(tok)
            continue
        if len(bare) == 1:
            # A leading "M." is Muhammad in Indonesian names; elsewhere a letter is an initial.
            if bare == "m" and i == 0 and len(words) > 1:
                tokens.append("muhammad")
            else:
                initials.append(bare)
            continue
        tok = normalise_token(bare)
        if tok:
            tokens.append(tok)
    return ParsedName(
        raw=raw,
        tokens=tuple(tokens),
        initials=tuple(initials),
        weak=tuple(dict.fromkeys(weak)),
        titles=tuple(titles),
        degrees=tuple(degrees),
        honorifics=tuple(honorifics),
    )


# Words that make `simple_name_tokens` hand a name over to `parse_name`.
_NOT_SIMPLE = frozenset(TITLES_BEFORE) | HONORIFICS | frozenset(WEAK_PREFIXES) | _DOTLESS_DEGREES


def simple_name_tokens(head: str) -> tuple[str, ...] | None:
    """`parse_name(head).tokens` for the plain names most of a roster holds, fast; else None.

    A plain name is: dotted titles in front (``Dr.``, ``H.``), then words of two or more
    ASCII letters none of which is a title, honorific, weak prefix or degree. For such a
    name `parse_name` removes the titles and nothing else (no degree, no initial, nothing
    weak), so its tokens are the normalised words. Anything else returns None: use
    `parse_name`. `head` is the name before its first comma (degrees follow it).
    """
    words = head.split()
    i = 0
    while len(words) - i > 1:
        w = words[i]
        if len(w) > 1 and w[-1] == "." and w[:-1].isalpha() and w[:-1].isascii():
            if w[:-1].lower() in TITLES_BEFORE:
                i += 1
                continue
            return None
        break
    out: list[str] = []
    for w in words[i:]:
        if len(w) < 2 or not w.isalpha() or not w.isascii():
            return None
        low = w.lower()
        if low in _NOT_SIMPLE:
            return None
        out.append(normalise_token(low))
    return tuple(out) if out else None


def describe_stripped(name: ParsedName) -> str:
    """What parsing removed, in words ("titles Dr., H.; degrees S.H."), or ""."""
    parts = []
    if name.titles:
        parts.append("titles " + ", ".join(name.titles))
    if name.degrees:
        parts.append("degrees " + ", ".join(name.degrees))
    if name.honorifics:
        parts.append("honorifics " + ", ".join(name.honorifics))
    return "; ".join(parts)


# ---------------------------------------------------------------------------------------------
# Rarity


class TokenStats:
    """How often each phonetic name key occurs in the roster (one count per employee)."""

    def __init__(self, counts: Counter[str], employees: int) -> None:
        self.counts = counts
        self.employees = max(employees, 1)

    @classmethod
    def from_names(cls, names: Iterable[ParsedName]) -> TokenStats:
        """Count the keys of every roster name."""
        counts: Counter[str] = Counter()
        n = 0
        for name in names:
            n += 1
            counts.update(set(name.record_phonetic))
        return cls(counts, n)

    def count(self, token: str) -> int:
        """Employees whose name has this normalised token (by phonetic key)."""
        return self.counts.get(phonetic(token), 0)

    def share(self, token: str) -> float:
        """Share of employees carrying the token; unseen tokens count as seen once."""
        return max(self.count(token), 1) / self.employees

    def bits(self, token: str) -> float:
        """Information of the token in bits: log2(1 / share)."""
        return -math.log2(self.share(token))

    def expected_namesakes(self, name: ParsedName) -> float:
        """Employees expected to carry all strong tokens of the name (independence assumed)."""
        toks = name.strong_tokens or name.tokens
        if not toks:
            return float(self.employees)
        p = 1.0
        for t in set(toks):
            p *= self.share(t)
        return max(p * self.employees, 1.0)

    def rarest(self, tokens: Iterable[str], *, known_only: bool = True) -> list[str]:
        """Tokens sorted rarest first; `known_only` drops tokens absent from the roster."""
        toks = [t for t in dict.fromkeys(tokens) if not known_only or self.count(t) > 0]
        return sorted(toks, key=lambda t: (self.count(t), t))

    def knows(self, token: str) -> bool:
        """True when some employee's name has this token."""
        return self.count(token) > 0


def teknonym_child(name: ParsedName) -> tuple[str, ...]:
    """The child's name words in a parent's display name ("Bunda Azka" → azka), else ()."""
    if any(h in TEKNONYMS for h in name.honorifics):
        return name.tokens
    return ()


def spelled_out(
    display: tuple[str, ...], handle: tuple[str, ...], stats: TokenStats
) -> tuple[str, ...]:
    """Display words the handle spells out in full: "Jess" beside jessica_haryanti → jessica.

    A clipped name ("Jess", "Mah", "Dari") is no name of the roster's, so it would match no
    one; when exactly one handle word is a known name that starts with it, the account shows
    that name. A display word that is itself a roster name stays as written ("Dian" beside
    dianita_x may well be Dian).
    """
    out: list[str] = []
    for t in display:
        if len(t) >= 3 and not stats.knows(t):
            full = [h for h in handle if len(h) > len(t) and h.startswith(t) and stats.knows(h)]
            if len(full) == 1:
                out.append(full[0])
                continue
        out.append(t)
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Handles

_HANDLE_PARTS = re.compile(r"[a-z]+")
# Words people decorate a handle with that are no part of a name: "arif_official",
# "itsrahmawati", "dian_mks" (a city's short form). Dropped from the handle's name words unless
# some employee's name has the word, so that they neither count as a name word the employee
# lacks ("the handle says more") nor as an initial ("id").
HANDLE_DECORATIONS = frozenset(
    [
        "official", "offical", "ofc", "resmi", "real", "its", "the", "id", "ig", "my", "ini",
        "channel", "tv", "vlog", "blog", "store", "shop", "olshop", "story", "aja", "doang",
        "jkt", "bdg", "sby", "smg", "jogja", "jogjakarta", "yk", "mks", "mdn", "plg", "pku",
        "mlg", "dps", "bpn", "btm", "pdg", "ptk", "mnd", "kdr", "slo", "bgr", "bks", "tng",
    ]
)  # fmt: skip
# Glued in front of or behind a name ("itsfitria", "rinaofficial").
# ("ni"/"i": the Balinese gender marker glued to the name, "niluhputu", "imadesudirta")
_DECORATION_PREFIXES = ("its", "the", "real", "ni", "i")
_DECORATION_SUFFIXES = ("official", "offical", "ofc", "real", "tv")
_DIGITS = re.compile(r"\d+")


def handle_stem(handle: str | None) -> str:
    """A handle without '@', case, separators and digits: ``Budi_Santoso88`` → budisantoso."""
    if not handle:
        return ""
    return "".join(_HANDLE_PARTS.findall(ascii_fold(handle.lstrip("@"))))


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def handle_signature(handle: str | None) -> str:
    """A handle without '@', case and separators, digits kept: ``Budi_Santoso88`` → ..88."""
    if not handle:
        return ""
    folded = ascii_fold(handle.lstrip("@"))
    # Most handles are letters and digits already: no substitution to run.
    return folded if folded.isalnum() and folded.isascii() else _NOT_ALNUM.sub("", folded)


def handle_has_own_mark(handle: str | None) -> bool:
    """True when a handle carries digits: reused as is, it says more than the name does."""
    return bool(handle and _DIGITS.search(handle))


@dataclass(frozen=True, slots=True)
class ParsedHandle:
    """Name words recovered from a handle (``bd.santoso`` → initials b, d + santoso)."""

    raw: str
    tokens: tuple[str, ...]
    initials: tuple[str, ...]


class HandleParser:
    """Splits handles into name tokens using the roster's vocabulary for glued words."""

    def __init__(self, stats: TokenStats, max_word: int = 14) -> None:
        self.stats = stats
        self.max_word = max_word
        self._cache: dict[str, ParsedHandle] = {}

    def _segment(self, run: str) -> list[str] | None:
        """Best split of a glued run ("budisantoso") into known words, or None."""
        n = len(run)
        # best[i] = (cost, split) of run[:i]; cost favours few, frequent words.
        best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
        best[0] = (0.0, [])
        for i in range(n):
            cur = best[i]
            if cur is None:
                continue
            for j in range(i + 3, min(n, i + self.max_word) + 1):
                word = normalise_token(run[i:j])
                if not self.stats.knows(word):
                    continue
                cost = cur[0] + 4.0 + self.stats.bits(word) * 0.1
                nxt = best[j]
                if nxt is None or cost < nxt[0]:
                    best[j] = (cost, [*cur[1], word])
        end = best[n]
        return end[1] if end is not None else None

    def _undecorated(self, run: str) -> str:
        """The run without decoration ("its" + name, name + "official"); "" if only that."""
        known = self.stats.knows
        if known(normalise_token(run)):
            return run
        if run in HANDLE_DECORATIONS:
            return ""
        for pre in _DECORATION_PREFIXES:
            rest = run[len(pre) :]
            if run.startswith(pre) and len(rest) >= 3 and known(normalise_token(rest)):
                return rest
        for suf in _DECORATION_SUFFIXES:
            rest = run[: -len(suf)]
            if run.endswith(suf) and len(rest) >= 3 and known(normalise_token(rest)):
                return rest
        return run

    def parse(self, handle: str | None) -> ParsedHandle:
        """Tokens and initials of a handle."""
        raw = handle or ""
        hit = self._cache.get(raw)
        if hit is not None:
            return hit
        tokens: list[str] = []
        initials: list[str] = []
        runs = [
            r
            for r in (
                self._undecorated(run) for run in _HANDLE_PARTS.findall(ascii_fold(raw.lstrip("@")))
            )
            if r
        ]
        for k, run in enumerate(runs):
            if len(run) <= 2:
                # "bd.santoso", "m_rizki": short runs are abbreviations of a first name.
                if run == "m" and k == 0 and len(runs) > 1:
                    tokens.append("muhammad")
                else:
                    initials.append(run[0])
                continue
            tok = normalise_token(run)
            if self.stats.knows(tok):
                tokens.append(tok)
                continue
            seg = self._segment(run)
            if seg:
                tokens.extend(seg)
            else:
                tokens.append(tok)
        parsed = ParsedHandle(raw, tuple(dict.fromkeys(tokens)), tuple(initials))
        if len(self._cache) < 2_000_000:
            self._cache[raw] = parsed
        return parsed
