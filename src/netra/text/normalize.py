"""Matching form of Indonesian social-media text: one canonical string per way of writing it.

The same function normalises the text being searched and the phrases searched for, so any
lossy step (collapsed letters, slang replaced, digits inside words read as letters) is applied
to both sides and matching stays consistent.

Decisions worth knowing:

- URLs are removed: a linked page is judged as its own item (share, quote), not as words the
  author wrote.
- ``@mentions`` keep their text (without ``@``), camel-split: tagging a candidate's account in
  a supportive sentence is part of what the author said.
- ``#hashtags`` keep their words, camel-split (``#GanjarPresiden`` -> ``ganjar presiden``).
- Digits at the edge of a word are split off (``prabowo2024`` -> ``prabowo 2024``,
  ``#02Melanjutkan`` -> ``02 melanjutkan``); digits inside a word are read as letters
  (``pr4bowo`` -> ``prabowo``, also a lone final 0: ``pr4b0w0``); a trailing ``2`` after a
  word of three letters or more is Indonesian reduplication (``hati2`` -> ``hati hati``)
  except after a ballot word (``nomor2``, ``coblos2`` -> ``... 2``).
- ``@`` and ``$`` written for letters inside a word are read as letters (``pr@bowo`` ->
  ``prabowo``, ``Anie$`` -> ``anies``); not in an e-mail address, not before a digit.
- Every run of one repeated letter collapses to one letter (``bangeeet`` -> ``banget``, and
  also ``saat`` -> ``sat``); digits are never collapsed, and ``02`` stays ``02``: compare
  ballot numbers with :func:`ballot_value`.
- Colloquial spellings are replaced by a standard form from ``lexicon/slang_political.csv``.
- Unicode: compatibility decomposition (NFKD: NFKC's folding of fullwidth, circled and
  mathematical characters) with combining marks dropped, so accents and emoji keycaps go
  (``Prabówo``, ``0️⃣2️⃣`` -> ``02``); zero-width characters and Cyrillic look-alike letters,
  used to dodge keyword filters, are removed or folded too.

Every step is local to a whitespace-separated word, so ``normalize(a + " " + b) ==
normalize(a) + " " + normalize(b)`` (ignoring empty results); detectors rely on that to map
a match back to the words of the original text.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

__all__ = ["NUMBER_WORDS", "ballot_value", "normalize", "slang_map", "tokens"]

# Characters removed before anything else: emoji presentation selectors and the keycap mark
# (so "2️⃣" is "2"), and zero-width characters that people insert to dodge keyword filters.
# Where an event's media text (OCR, alt text) begins in a text read for detection
# (`DetectContext.texts`), so that a caption can be told from the pictured words it frames.
# An invisible separator: normalisation drops it like any other non-word character.
MEDIA_MARK = "\u2063"
_DROP_CHARS = "\ufe0f\ufe0e\u20e3\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Compatibility decomposition already folds fullwidth, circled (①) and mathematical digits;
# these digit symbols it leaves alone: ❶.. ➀.. ➊.. ⓵.. (1-10), 🔟 and ⓿.
_DIGIT_SYMBOLS: dict[int, str] = {
    first + offset: str(offset + 1)
    for first in (0x2776, 0x2780, 0x278A, 0x24F5)
    for offset in range(10)
}
_DIGIT_SYMBOLS.update({0x1F51F: "10", 0x24FF: "0"})

# Cyrillic letters that look like Latin ones ("рrabowo" with a Cyrillic р) are a cheap way to
# dodge a keyword list.
_HOMOGLYPHS = dict(zip("аеорсухіјАЕОРСУХІЈВКМНТ", "aeopcyxijAEOPCYXIJBKMHT", strict=True))

_TRANSLATE: dict[int, str | None] = {ord(c): None for c in _DROP_CHARS}
_TRANSLATE.update(_DIGIT_SYMBOLS)
_TRANSLATE.update({ord(k): v for k, v in _HOMOGLYPHS.items()})

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:com|id|net|org|ly|io|me|gl|co|info|tv)/\S*",
    re.IGNORECASE,
)
_WWW = re.compile(r"www\.", re.IGNORECASE)
# A hashtag or mention: '#'/'@' not glued to a preceding word (so e-mail addresses are not
# mentions); the body is kept and camel-split.
_TAG = re.compile(r"(?<!\w)[#@](\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Hashtags are split at capitals only when written in clean CamelCase ("GanjarMahfud",
# "PDIPerjuangan", "prabowoGibran"); randomised case ("gaNjaRmahFUd", "GoLkAR") hides no word
# boundaries, and is read as one word (matched against the joined forms of names).
_CAMEL_FIRST = re.compile(r"[a-z0-9]+|[A-Z0-9]+|[A-Z][a-z0-9]+")
_CAMEL_PIECE = re.compile(r"[A-Z][a-z0-9]{2,}|[A-Z]{2,}[0-9]*|[0-9]+")


# Lower-case words that follow an acronym in hashtags ("#ASRIuntukGarut", "#WANDAuntukMalang").
_TAG_JOINERS = frozenset(
    {"untuk", "buat", "bagi", "dan", "dari", "yang", "aja", "saja", "menang", "jaya", "hebat",
     "maju", "lagi", "pasti", "bersama", "bareng", "nomor", "satu", "dua", "tiga", "kita",
     "kami", "lanjut", "melanjutkan", "terus", "sekali", "di", "ke"}
)  # fmt: skip


# "@" and "$" written for letters inside a word, to dodge a keyword list ("pr@bowo",
# "G@nj@r", "Anie$"): "@" between letters where no dot follows in the word (an e-mail
# address has one), "$" after a letter and not before a digit ("US$100" stays).
_AT_LETTER = re.compile(r"(?<=[^\W\d_])@(?=[^\W\d_][^\s.]*(?:\s|$))")
_DOLLAR_LETTER = re.compile(r"(?<=[^\W\d_])\$(?![\d.,])")


def _clean_camel(pieces: list[str]) -> bool:
    return (
        bool(pieces)
        and _CAMEL_FIRST.fullmatch(pieces[0]) is not None
        and all(_CAMEL_PIECE.fullmatch(p) is not None for p in pieces[1:])
    )


# Words are runs of letters and digits; everything else (punctuation, emoji) separates them.
_ASCII_WORDS = re.compile(r"[a-z0-9]+").findall
_WORDS = re.compile(r"[^\W_]+").findall
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")
_CACHE_SIZE = 200_000
_HAS_DIGIT = re.compile(r"\d")
# Digits with a letter on both sides are leetspeak ("pr4bowo", "c0blos").
_LEET = re.compile(r"(?<=[^\W\d_])[0-9]+(?=[^\W\d_])")
_LEET_TABLE = str.maketrans("013456789", "oieasgtbg")
# Once a word shows leetspeak inside ("b4ngs4", "#4niesMuh4imin"), a leet digit at its edge is
# a letter too; without that evidence "4tahun" or "02melanjutkan" keep their numbers.
_LEET_EDGE = re.compile(r"(?<=[^\W\d_])[013457](?![0-9])|(?<![0-9])[013457](?=[^\W\d_])")
# A lone 0 closing a word of letters is an o too ("pr4b0w0"); Indonesian words and names
# often end in o, and a count is never written glued to a word that way.
_LEET_FINAL_O = re.compile(r"(?<=[^\W\d_]{3})0$")
_ELONGATED = re.compile(r"([^\W\d_])\1+")
# Words that are nothing but one letter repeated and mean something as they are: Partai
# Persatuan Pembangunan (collapsed, "PPP" would be a lone "p", which names nobody).
_UNCOLLAPSED = frozenset({"ppp"})
# "hati2": a word of three or more letters followed by a lone 2.
_REDUPLICATION = re.compile(r"([^\W\d_]{3,})2")
_DIGIT_EDGE = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")

# After these a trailing 2 is a number, not reduplication ("nomor2" is "nomor 2").
_NUMBER_BEFORE_2 = frozenset(
    {"nomor", "urut", "paslon", "capres", "cawapres", "caleg", "partai", "coblos", "salam"}
)

#: Number words (Indonesian, Sundanese, Javanese, Minang) that can stand for a ballot number.
NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "satu": 1,
        "dua": 2,
        "tiga": 3,
        "empat": 4,
        "lima": 5,
        "enam": 6,
        "tujuh": 7,
        "delapan": 8,
        "sembilan": 9,
        "sepuluh": 10,
        # Sundanese and Javanese, as posts in the regions write them ("nomer hiji", "nomer
        # loro"); they count only where a number word may (after "nomor", "paslon", ...).
        "hiji": 1,
        "tilu": 3,
        "opat": 4,
        "siji": 1,
        "loro": 2,
        "telu": 3,
        "papat": 4,
        "limo": 5,
        # Javanese krama ("nomer kalih") and Minang ("nomor ciek", "nomor tigo")
        "setunggal": 1,
        "kalih": 2,
        "ciek": 1,
        "duo": 2,
        "tigo": 3,
        # Banjar ("nomor asa", "nomor talu")
        "asa": 1,
        "talu": 3,
        "ampat": 4,
        # Malay of Riau and the islands ("nomor due", "nomor tige")
        "due": 2,
        "tige": 3,
        # Madurese ("nomer settong", "duwa'", "tello'", in matching form)
        "setong": 1,
        "sitong": 1,
        "duwa": 2,
        "telo": 3,
    }
)

_SLANG_FILE = "lexicon/slang_political.csv"


def _tag_body(match: re.Match[str]) -> str:
    body = match.group(1)
    if _LEET.search(body) is not None:
        # Leetspeak hides the case pattern too ("H4NUR4"): read it as one word.
        return " " + _LEET_EDGE.sub(_unleet, _LEET.sub(_unleet, body.lower())) + " "
    pieces = _CAMEL.sub(" ", body).split()
    if not _clean_camel(pieces):
        return " " + body + " "
    # "ASRIuntukGarut" splits as "ASR Iuntuk Garut": an acronym's last capital before a
    # lower-case joining word belongs to the acronym ("ASRI untuk Garut"), as "PDIPerjuangan"'s
    # does not ("erjuangan" is no word).
    for i in range(1, len(pieces)):
        before, piece = pieces[i - 1], pieces[i]
        if (
            len(before) >= 2
            and before.isupper()
            and piece[0].isupper()
            and piece[1:].islower()
            and piece[1:] in _TAG_JOINERS
        ):
            pieces[i - 1], pieces[i] = before + piece[0], piece[1:]
    return " " + " ".join(pieces) + " "


def _unleet(match: re.Match[str]) -> str:
    return match.group(0).translate(_LEET_TABLE)


def _word(word: str, slang: dict[str, str]) -> str:
    """Normalise one lowercase letters-and-digits word; may return several words or none."""
    if _HAS_DIGIT.search(word) is None:
        if word in _UNCOLLAPSED:
            return word
        word = _ELONGATED.sub(r"\1", word)
        return slang.get(word, word)
    if _LEET.search(word) is not None:
        word = _LEET_EDGE.sub(_unleet, _LEET.sub(_unleet, word))
    word = _ELONGATED.sub(r"\1", _LEET_FINAL_O.sub("o", word))
    match = _REDUPLICATION.fullmatch(word)
    if match is not None:
        stem = match.group(1)
        word = stem + (" 2" if slang.get(stem, stem) in _NUMBER_BEFORE_2 else " " + stem)
    return " ".join([slang.get(w, w) for w in _DIGIT_EDGE.sub(" ", word).split()])


# A word spelled out letter by letter ("Z-U-R-A", "P.K.S."): three or more single letters
# with one and the same separator, a hyphen or a dot. Not with spaces ("R U S T I"): each
# word must normalise on its own (detectors map matches back to the written words), and
# initials ("M. A. Rahman", dot and space) stay initials.
_SPELLED = re.compile(r"(?<![^\W_])[A-Za-z]([-.])[A-Za-z](?:\1[A-Za-z])+(?![^\W_])")


def _join_spelled(match: re.Match[str]) -> str:
    return match.group(0).replace(match.group(1), "")


def unspell(text: str) -> str:
    """Join words spelled out letter by letter, keeping their case ("Z-U-R-A" -> "ZURA")."""
    if _SPELLED.search(text) is None:
        return text
    return _SPELLED.sub(_join_spelled, text)


# A ballot number in capital Roman numerals after a ballot word ("Paslon III", "Nomor Urut
# II"): read before letters are lowered, since "iii" and "ii" would fold into the word "i".
_ROMAN_VALUES = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}
_ROMAN = re.compile(
    r"\b((?i:paslon|pasangan|nomor|nomer|nmr|urut|calon|kandidat)\.?\s*|(?i:no)\.\s*)"
    r"(VI|IV|V|I{1,3})\b(?![.'-]\w)"
)


def _roman_digits(m: re.Match[str]) -> str:
    return m.group(1) + _ROMAN_VALUES[m.group(2)]


def _base(text: str, slang: dict[str, str], cache: dict[str, str] | None) -> str:
    """Every normalisation step; ``slang`` is applied last, word by word."""
    if not text:
        return ""
    if text.isascii():
        # ASCII text is already NFKC and holds none of the characters translated below.
        find_words = _ASCII_WORDS
    else:
        # NFKD + dropping combining marks: compatibility forms fold (fullwidth, circled and
        # mathematical digits and letters) and accents go ("Prabówo"); keycap marks are
        # combining marks too, so "0️⃣2️⃣" becomes "02".
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        if _SPECIAL.search(text) is not None:
            text = text.translate(_TRANSLATE)
        find_words = _WORDS
    if "/" in text or _WWW.search(text) is not None:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _AT_LETTER.sub("a", text)
    if "$" in text:
        text = _DOLLAR_LETTER.sub("s", text)
    if "#" in text or "@" in text:
        text = _TAG.sub(_tag_body, text)
    if "I" in text or "V" in text:
        text = _ROMAN.sub(_roman_digits, text)
    text = unspell(text)
    out: list[str] = []
    if cache is None:
        for word in find_words(text.lower()):
            normal = _word(word, slang)
            if normal:
                out.append(normal)
        return " ".join(out)
    # Words repeat across texts far more than texts do, so per-word results are cached.
    get = cache.get
    for word in find_words(text.lower()):
        cached = get(word)
        if cached is None:
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cached = cache[word] = _word(word, slang)
        if cached:
            out.append(cached)
    return " ".join(out)


def _load_slang() -> dict[str, str]:
    """Read the slang CSV, normalise both sides and resolve chains so the map is idempotent."""
    raw = resources.files("netra.text").joinpath(_SLANG_FILE).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line_no, row in enumerate(csv.DictReader(io.StringIO(raw)), start=2):
        slang_word = _base(row.get("slang") or "", {}, None)
        standard = _base(row.get("standard") or "", {}, None)
        if not slang_word or not standard or " " in slang_word:
            raise ValueError(f"{_SLANG_FILE}:{line_no}: need one slang word and a standard form")
        if slang_word != standard:
            table[slang_word] = standard
    # A standard form may itself be listed as slang ("gua" -> "gw" -> "gue"): follow the chain
    # so one pass of the map is final.
    for key in list(table):
        seen = {key}
        value = table[key]
        while True:
            words = value.split()
            mapped = " ".join(table.get(w, w) for w in words)
            if mapped == value:
                break
            if mapped in seen:
                raise ValueError(f"{_SLANG_FILE}: cycle through {key!r}")
            seen.add(mapped)
            value = mapped
        table[key] = value
    return table


_SLANG: dict[str, str] = _load_slang()
_WORD_CACHE: dict[str, str] = {}


def slang_map() -> dict[str, str]:
    """Return a copy of the colloquial -> standard word map that :func:`normalize` applies."""
    return dict(_SLANG)


def normalize(text: str) -> str:
    """Return the matching form of ``text``: lowercase words separated by single spaces."""
    return _base(text, _SLANG, _WORD_CACHE)


def tokens(text: str) -> list[str]:
    """Return the words of the matching form of ``text``."""
    normalized = _base(text, _SLANG, _WORD_CACHE)
    return normalized.split(" ") if normalized else []


def ballot_value(value: str) -> int | None:
    """Return a ballot number as an int ("02", "2", "No. 2", "dua" -> 2), else None.

    Ballot numbers are written with and without a leading zero; compare them with this.
    """
    words = normalize(value).split()
    if words and words[0] == "nomor":
        words = words[1:]
    if words and words[0] == "urut":
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0]
    if word.isdigit() and word.isascii():
        return int(word)
    return NUMBER_WORDS.get(word)
