"""Find texts that reproduce a registered confidential document: the ``confidential.leak`` category.

A post, comment or an image's ``ocr_text`` leaks a document (``documents/*.txt``) when it
reproduces a passage of about 30 words or more, allowing small edits: OCR errors, a few
changed or dropped words. Short common phrases ("dalam rangka", "dengan hormat", a closing
formula of a dozen words) never add up to that.

How:

1. Both sides are word lists after :func:`netra.text.normalize.normalize` (so case,
   punctuation, elongation and digit-for-letter OCR slips like ``pe1aksanaan`` fold away),
   with words hyphenated across an OCR line break joined again.
2. Each document is fingerprinted by *winnowing* its word 3-grams: in every window of four
   consecutive 3-gram hashes the smallest is kept. Any run of six or more words shared with a
   text then contains at least one fingerprint, so an OCR error every six words still leaves
   a trace. A text's every 3-gram is looked up; documents with two or more hits are candidates.
3. For a candidate, :class:`difflib.SequenceMatcher` aligns the document region around the
   hits with the text. Matching blocks of two or more words are chained while the gaps between
   them (in either sequence) are at most ``max_gap`` words; the best chain's matched word count
   is ``matched_words``. A hit needs ``matched_words >= min_words``.

``score`` is the share of the reproduced span that matches: ``matched_words`` divided by the
longer of the span's lengths in the document and in the text (1.0: verbatim copy).

:func:`classification_markings` flags a security marking (``RAHASIA``, ``SANGAT RAHASIA``,
``TERBATAS``) together with an official letter number: the header of a classified letter,
even one not registered as a document. Either alone is ordinary language ("kuota terbatas").
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from netra.text.normalize import normalize

__all__ = [
    "DEFAULT_MIN_WORDS",
    "DocRef",
    "DocumentMatcher",
    "LeakHit",
    "classification_markings",
    "letter_numbers",
    "words_with_origin",
]

#: Words a text must reproduce from one document to be a leak (bundle spec: "about 30").
DEFAULT_MIN_WORDS: Final = 30
_K: Final = 3  # words per shingle
_WINDOW: Final = 4  # winnowing window, in shingles: guarantees a fingerprint per 6 shared words
_MIN_BLOCK: Final = 2  # a lone matching word between edits is chance ("dan", "yang")
_MIN_CANDIDATE_HITS: Final = 2
_EVIDENCE_CHARS: Final = 400
_MASK64: Final = (1 << 64) - 1
_HASH_CACHE: dict[str, int] = {}
_CACHE_LIMIT: Final = 200_000
# A word broken across an OCR line ("pelak-\nsanaan") is one word.
_HYPHEN_BREAK: Final = re.compile(r"(\w)-[ \t]*\r?\n[ \t]*(\w)")


@dataclass(frozen=True, slots=True)
class DocRef:
    """One registered confidential document: its id (file name without ``.txt``) and text."""

    doc_id: str
    text: str


@dataclass(frozen=True, slots=True)
class LeakHit:
    """A text reproduces ``matched_words`` words of ``doc_id``; ``evidence`` is that passage."""

    doc_id: str
    matched_words: int
    score: float
    evidence: str


def _word_hash(word: str) -> int:
    """Stable 64-bit hash of a word, so fingerprints do not change between runs."""
    value = _HASH_CACHE.get(word)
    if value is None:
        value = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        if len(_HASH_CACHE) >= _CACHE_LIMIT:
            _HASH_CACHE.clear()
        _HASH_CACHE[word] = value
    return value


def _shingle_hashes(words: Sequence[str]) -> list[int]:
    """Hash of each word 3-gram, by start position."""
    hashes = [_word_hash(w) for w in words]
    out: list[int] = []
    for i in range(len(hashes) - _K + 1):
        value = 0
        for h in hashes[i : i + _K]:
            value = ((value * 0x100000001B3) ^ h) & _MASK64
        out.append(value)
    return out


def _winnow(hashes: Sequence[int]) -> list[tuple[int, int]]:
    """(hash, position) fingerprints: the rightmost minimum of every window of _WINDOW hashes."""
    if len(hashes) <= _WINDOW:
        return [(h, i) for i, h in enumerate(hashes)]
    chosen: dict[int, int] = {}
    for start in range(len(hashes) - _WINDOW + 1):
        window = hashes[start : start + _WINDOW]
        low = min(window)
        position = start + _WINDOW - 1 - window[::-1].index(low)
        chosen[position] = low
    return [(h, i) for i, h in sorted(chosen.items())]


def words_with_origin(text: str) -> tuple[list[str], list[int]]:
    """Return the normalised words of ``text`` and, per word, the index of its raw word.

    Raw words are ``text.split()`` after joining words hyphenated across a line break;
    normalisation is word-local, so each normalised word comes from exactly one raw word.
    """
    words: list[str] = []
    origin: list[int] = []
    for index, raw in enumerate(_HYPHEN_BREAK.sub(r"\1\2", text).split()):
        for word in normalize(raw).split():
            words.append(word)
            origin.append(index)
    return words, origin


def _words(text: str) -> list[str]:
    """Normalised words of ``text`` (the same list words_with_origin gives, faster)."""
    normal = normalize(_HYPHEN_BREAK.sub(r"\1\2", text))
    return normal.split(" ") if normal else []


@dataclass(frozen=True, slots=True)
class _Doc:
    ref: DocRef
    words: tuple[str, ...]


class DocumentMatcher:
    """Finds texts that reproduce a substantial passage of a registered document."""

    def __init__(
        self,
        documents: Sequence[DocRef],
        *,
        min_words: int = DEFAULT_MIN_WORDS,
        max_gap: int = 3,
    ) -> None:
        """Fingerprint ``documents``; ``max_gap`` is how many words an edit may span."""
        if min_words < _K * 2:
            raise ValueError(f"min_words must be at least {_K * 2}")
        self.min_words = min_words
        self.max_gap = max_gap
        self._docs: list[_Doc] = []
        self._index: dict[int, list[tuple[int, int]]] = {}
        for ref in documents:
            words = _words(ref.text)
            doc_index = len(self._docs)
            self._docs.append(_Doc(ref, tuple(words)))
            for value, position in _winnow(_shingle_hashes(words)):
                self._index.setdefault(value, []).append((doc_index, position))
        self._keys = frozenset(self._index)

    def __len__(self) -> int:
        """Return the number of documents."""
        return len(self._docs)

    def match(self, text: str) -> list[LeakHit]:
        """Return the documents ``text`` reproduces, most words first."""
        return self.match_many([text])[0]

    def match_many(
        self, texts: Sequence[str], *, normals: Sequence[str] | None = None
    ) -> list[list[LeakHit]]:
        """Return, for each text, the documents it reproduces (most words first).

        ``normals``, when given, is ``normalize()`` of each text (computed once by a caller
        that reads the same texts several times).
        """
        if normals is None:
            return [self._match_one(text) for text in texts]
        if len(normals) != len(texts):
            raise ValueError("normals must hold one normal form per text")
        return [self._match_one(t, n) for t, n in zip(texts, normals, strict=True)]

    def _match_one(self, text: str, normal: str | None = None) -> list[LeakHit]:
        if not self._keys:
            return []
        if normal is not None and _HYPHEN_BREAK.search(text) is None:
            # Joining hyphenated line breaks changes nothing here, so the text's own normal
            # form is the document words' form; most texts are too short to go further.
            if normal.count(" ") + 1 < self.min_words:
                return []
            words = normal.split(" ")
        else:
            words = _words(text)
        if len(words) < self.min_words:
            return []
        hashes = _shingle_hashes(words)
        if self._keys.isdisjoint(hashes):
            return []
        pairs: dict[int, list[tuple[int, int]]] = {}  # doc -> [(text pos, doc pos)]
        for text_pos, value in enumerate(hashes):
            postings = self._index.get(value)
            if postings is not None:
                for doc_index, doc_pos in postings:
                    pairs.setdefault(doc_index, []).append((text_pos, doc_pos))
        hits: list[LeakHit] = []
        origin: list[int] | None = None
        raw: list[str] = []
        for doc_index, doc_pairs in pairs.items():
            if len(doc_pairs) < _MIN_CANDIDATE_HITS:
                continue
            found = self._align(self._docs[doc_index].words, words, doc_pairs)
            if found is None:
                continue
            matched, score, start, end = found
            if origin is None:
                # Words are mapped back to the raw text only for texts that leak something.
                origin_words, origin = words_with_origin(text)
                if origin_words != words:  # defensive: fall back to normalised words
                    origin = list(range(len(words)))
                    raw = words
                else:
                    raw = _HYPHEN_BREAK.sub(r"\1\2", text).split()
            evidence = " ".join(raw[origin[start] : origin[end - 1] + 1])
            hits.append(LeakHit(self._docs[doc_index].ref.doc_id, matched, score, _trim(evidence)))
        hits.sort(key=lambda h: (-h.matched_words, h.doc_id))
        return hits

    def _align(
        self, doc_words: Sequence[str], words: Sequence[str], doc_pairs: list[tuple[int, int]]
    ) -> tuple[int, float, int, int] | None:
        """Best chained alignment: (matched words, score, text start, text end) or None."""
        # Only the document region the fingerprints point at, widened by the text's length
        # (the passage may extend past the outermost fingerprints on either side).
        low = min(d for _, d in doc_pairs)
        high = max(d for _, d in doc_pairs) + _K
        offset = max(0, low - len(words))
        region = doc_words[offset : min(len(doc_words), high + len(words))]
        matcher = difflib.SequenceMatcher(None, region, words, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size >= _MIN_BLOCK]
        best: tuple[int, float, int, int] | None = None
        chain_start = 0
        while chain_start < len(blocks):
            # Grow a chain while consecutive blocks are separated by small edits only.
            chain_end = chain_start + 1
            while chain_end < len(blocks):
                previous, current = blocks[chain_end - 1], blocks[chain_end]
                gap_doc = current.a - (previous.a + previous.size)
                gap_text = current.b - (previous.b + previous.size)
                if gap_doc > self.max_gap or gap_text > self.max_gap:
                    break
                chain_end += 1
            chain = blocks[chain_start:chain_end]
            matched = sum(b.size for b in chain)
            if matched >= self.min_words and (best is None or matched > best[0]):
                first, last = chain[0], chain[-1]
                doc_span = last.a + last.size - first.a
                text_span = last.b + last.size - first.b
                score = round(matched / max(doc_span, text_span), 4)
                best = (matched, score, first.b, last.b + last.size)
            chain_start = chain_end
        return best


def _trim(passage: str) -> str:
    """Shorten a long passage to its opening and its end, so findings stay readable."""
    if len(passage) <= _EVIDENCE_CHARS:
        return passage
    head = passage[: _EVIDENCE_CHARS * 2 // 3].rsplit(" ", 1)[0]
    tail = passage[-_EVIDENCE_CHARS // 3 :].split(" ", 1)[-1]
    return f"{head} … {tail}"


# --- classification markings --------------------------------------------------------------

_MARKING: Final = re.compile(r"\b(sangat[\s\-]+rahasia|rahasia|terbatas)\b", re.IGNORECASE)
# "Nomor: 800/123/BKD/2024", "No. B-123/KP.01/2024", "Nomor : 005 / 1234 / SJ". Segments are
# letters, digits, dots and hyphens; spaces around the slashes come from OCR and typing.
_LETTER_NUMBER: Final = re.compile(
    r"\b(?:nomor|nomer|nmr|no)\s*[.:]?\s*:?\s*"
    r"(?P<number>[a-z0-9][a-z0-9.\-]*(?:[ \t]*/[ \t]*[a-z0-9][a-z0-9.\-]*)+)",
    re.IGNORECASE,
)
# At least two slashes: official letter numbers have three or more segments (code, sequence,
# unit, year); "No. 5/2014"-style references to laws and "no 2/3" do not count.
_MIN_SLASHES: Final = 2


def letter_numbers(text: str) -> list[str]:
    """Return the official letter numbers in ``text`` ("800/123/BKD/2024"), in order, unique."""
    found: list[str] = []
    for match in _LETTER_NUMBER.finditer(text):
        number = re.sub(r"[ \t]*/[ \t]*", "/", match.group("number")).rstrip(".-")
        if number.count("/") < _MIN_SLASHES or not any(c.isdigit() for c in number):
            continue
        if number not in found:
            found.append(number)
    return found


def classification_markings(text: str) -> list[str]:
    """Return the security markings in ``text`` if it also holds a letter number, else [].

    Markings are upper case without repeats, in order of first appearance: ``SANGAT RAHASIA``
    (never also counted as ``RAHASIA``), ``RAHASIA``, ``TERBATAS``.
    """
    markings: list[str] = []
    for match in _MARKING.finditer(text):
        marking = " ".join(match.group(1).replace("-", " ").upper().split())
        if marking not in markings:
            markings.append(marking)
    if not markings or not letter_numbers(text):
        return []
    return markings
