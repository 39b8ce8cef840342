"""Category classifiers for posts: a lexicon that shows its evidence, plus optional linear models.

Every text goes through one analysis (:func:`analyze`): :func:`netra.text.normalize.normalize`,
then colloquial spellings to standard words (Kamus Alay, shipped by the ``indoNLP`` package,
filtered and topped up below), then the Sastrawi stemmer. The lexicon
(``lexicon/classify.yaml``) is matched on the stems, so "dibantai" finds "bantai". Where a
model was trained (``netra text train``), TF-IDF word and character n-grams feed one logistic
regression per category and its calibrated probability is blended with the lexicon score.

A category is labelled when its score reaches 0.5, in every mode: a model probability is
rescaled so that the threshold chosen for it at training time lands on 0.5. ``hate.sara`` is
"hate speech (aux.hs head) x about religion or race (a head trained on hate speech only)".
Categories without labelled data are scored by the lexicon alone, and say so in the manifest.

A model folder holds no pickle: ``manifest.json`` (settings, thresholds), ``vocab.json`` and
``weights.npz`` (read with ``allow_pickle=False``), so loading a model never runs code.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Final, Self

import numpy as np
import numpy.typing as npt
import orjson
import yaml

from netra.core.errors import NetraError
from netra.rules.schemas import CATEGORIES as CATEGORIES_OF_SPEC
from netra.text.matcher import PhraseMatcher
from netra.text.normalize import normalize

__all__ = [
    "ANY_HATE_OR_ABUSE",
    "CATEGORIES",
    "LEXICON_THRESHOLD",
    "SPEC_CATEGORIES",
    "Analysis",
    "Classification",
    "Lexicon",
    "LexiconError",
    "LinearModel",
    "ModelFileError",
    "TextClassifier",
    "analysis_fingerprint",
    "analyze",
    "analyze_normal",
    "blend_scores",
    "char_features",
    "dictionary_words",
    "is_everyday_word",
    "rescale",
    "rescale_array",
    "resolve_model_dir",
    "standard_map",
    "word_features",
]

#: The category ids this module scores (spec/categories.md); packs pick the ones that apply.
CATEGORIES: Final[tuple[str, ...]] = (
    "hate.sara",
    "hate.state",
    "abuse.defamation",
    "provocation",
    "radicalism",
    "pornography",
    "political.affiliation",
    "political.opinion",
    "business.promotion",
)
#: Every category id of spec/categories.md; those not in CATEGORIES (hoax, confidential.leak,
#: ...) are scored elsewhere, and asking for them here gives score 0 and no label.
SPEC_CATEGORIES: Final[tuple[str, ...]] = CATEGORIES_OF_SPEC
#: Categories whose union is compared with "hate speech or abusive" labels.
ANY_HATE_OR_ABUSE: Final[tuple[str, ...]] = (
    "hate.sara",
    "hate.state",
    "abuse.defamation",
    "provocation",
)
#: A category is labelled when its score reaches this. Model probabilities are rescaled so that
#: each head's trained threshold lands here, so one line holds for every category and mode.
LEXICON_THRESHOLD: Final = 0.5

#: How a category's lexicon score and model probability combine: "noisy_or" (1 - (1-a)(1-b)),
#: "max", "strong" (the model, unless the lexicon alone reaches STRONG_LEXICON: a slur or
#: several hits), "model" (model only; auxiliary heads).
BLENDS: Final = ("noisy_or", "max", "strong", "model")
STRONG_LEXICON: Final = 0.85

#: Bumped whenever analysis or features change meaning; a model records the version it used.
ANALYZER_VERSION: Final = 1
MODEL_FORMAT: Final = "netra-text-model"
MODEL_FORMAT_VERSION: Final = 1
CHAR_NGRAMS: Final = (2, 5)

_LEXICON_FILE = "lexicon/classify.yaml"
_CACHE_SIZE = 200_000
_BATCH = 4096
_TOP_FEATURES = 3


class ModelFileError(NetraError):
    """A model folder is missing, unreadable or inconsistent."""

    exit_code = 3
    http_status = 500


class LexiconError(NetraError):
    """The classifier lexicon file is malformed; the message names the entry."""

    exit_code = 3
    http_status = 500


# --- analysis -------------------------------------------------------------------------------

# Colloquial spellings that are also dictionary root words but, in posts, are nearly always
# the colloquial form; other Kamus Alay keys that are root words ("kaya" rich, "teh" tea,
# "pan" a party, "map") are left alone.
_KEEP_ROOT_KEYS = frozenset(
    {"liat", "abis", "emang", "ato", "uda", "ama", "gada", "taun", "kek", "sampek", "ampe", "bet"}
)
# Our own additions, applied after Kamus Alay: pronouns to one standard form (so "gue bunuh lo"
# and "saya bunuh kamu" are the same phrase), abusive words in their common short spellings,
# and fixes where the source's choice is wrong for this domain ("wa" is WhatsApp, not "wah";
# "cok" is a curse, not "cocok"; "lo" is "you", not the particle "loh").
_OVERRIDES: Final[dict[str, str]] = {
    "gue": "saya",
    "ane": "saya",
    "lo": "kamu",
    "lu": "kamu",
    "elo": "kamu",
    "elu": "kamu",
    "loe": "kamu",
    "lw": "kamu",
    "km": "kamu",
    "kta": "kta",
    "wa": "wa",
    "cok": "jancuk",
    "jancok": "jancuk",
    "cuk": "jancuk",
    "anjg": "anjing",
    "ajg": "anjing",
    "anjk": "anjing",
    "anjeng": "anjing",
    "njing": "anjing",
    "bgst": "bangsat",
    "bangsad": "bangsat",
    "kntl": "kontol",
    "tlol": "tolol",
    "tolo": "tolol",
    "goblog": "goblok",
    "gblk": "goblok",
    "goblk": "goblok",
    "bgo": "bego",
    "jkw": "jokowi",
    "dah": "sudah",
    "taghut": "thogut",
    "thaghut": "thogut",
    "togut": "thogut",
    "khilafa": "khilafah",
    "bokeb": "bokep",
}
_ELONGATION = re.compile(r"([^\W\d_])\1+")


@functools.cache
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import (
        StemmerFactory,
    )

    # The bare stemmer: its own cache is an unbounded dict; ours (`_stem`) is bounded.
    return StemmerFactory().create_stemmer().delegatedStemmer


@functools.cache
def _root_words() -> frozenset[str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(w.strip() for w in StemmerFactory().get_words_from_file() if w.strip())


@functools.cache
def standard_map() -> dict[str, str]:
    """Return the colloquial -> standard word map applied after ``normalize`` (matching form)."""
    from indoNLP.preprocessing.slang_data import SLANG_DATA

    roots = _root_words()
    table: dict[str, str] = {}
    for raw_key, raw_value in SLANG_DATA.items():
        key = normalize(raw_key)
        # Skip keys that normalize's own slang map already rewrote (that map wins), phrases,
        # and dictionary words that have a meaning of their own.
        if not key or " " in key or key != _ELONGATION.sub(r"\1", raw_key.lower()):
            continue
        if key in roots and key not in _KEEP_ROOT_KEYS:
            continue
        value = normalize(raw_value)
        if value and value != key:
            table.setdefault(key, value)
    for raw_key, raw_value in _OVERRIDES.items():
        key, value = normalize(raw_key), normalize(raw_value)
        if key == value:
            table.pop(key, None)
        else:
            table[key] = value
    # One pass must be final: follow chains ("bgt" -> "bangat" -> "banget").
    for key, value in list(table.items()):
        for _ in range(5):
            mapped = " ".join(table.get(w, w) for w in value.split())
            if mapped == value:
                break
            value = mapped
        table[key] = value
    return table


# Sastrawi changes a word only through these affix shapes (its prefix and infix rules, then
# its suffix rules); any other word comes back as it went in. The stemmer is slow on words it
# does not know (names, typos), so words without a prefix shape take an equivalent short path
# through the suffix rules alone (checked word for word against Sastrawi in the tests).
_PREFIX_SHAPE = re.compile(
    r"^(?:me|pe|be|te|di|ke|se|ku|kau|[b-df-hj-np-tv-z](?:el|em|er|in)[aeiou])"
)
_SUFFIX_SHAPE = re.compile(r"(?:lah|kah|tah|pun|ku|mu|nya|i|an|is|isme)$")
_SUFFIX_RULES = (
    re.compile(r"-*(lah|kah|tah|pun)$"),
    re.compile(r"-*(ku|mu|nya)$"),
    re.compile(r"(is|isme|isasi|i|kan|an)$"),
)


def _strip_suffixes(word: str) -> str:
    """Sastrawi's result for a word with no prefix shape: a suffix-stripped root, else the word."""
    roots = _root_words()
    if word in roots:
        return word
    current = word
    for rule in _SUFFIX_RULES:
        before = current
        current = rule.sub("", current, count=1)
        if current in roots:
            return current
    # Sastrawi's "loop pengembalian akhiran": a removed "-kan" may have been "k" + "-an".
    if before.endswith("kan") and current + "k" in roots:
        return current + "k"
    return word


@functools.cache
def _stopwords() -> frozenset[str]:
    from indoNLP.preprocessing.stopwords_data import STOPWORDS

    return frozenset(_stem(normalize(w)) for w in STOPWORDS if normalize(w)) | {"kamu", "saya"}


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _stem(word: str) -> str:
    # Digits, short words and non-Latin script (Urdu, Arabic) have nothing Sastrawi can strip;
    # it would delete non-ASCII letters.
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return word
    if _PREFIX_SHAPE.match(word) is None:
        if _SUFFIX_SHAPE.search(word) is None:
            return word
        stem = _strip_suffixes(word)
    else:
        stem = str(_stemmer().stem_word(word)) or word
    # Sastrawi strips "-nya" only when what is left is in its dictionary; posts glue it to
    # brand names, slang and loanwords too ("promonya", "bokepnya").
    if stem == word and len(word) >= 7 and word.endswith("nya") and word not in _root_words():
        return str(_stemmer().stem_word(word[:-3])) or word[:-3]
    return stem


@functools.cache
def dictionary_words() -> frozenset[str]:
    """Sastrawi's root words and the colloquial words ``standard_map`` knows ("aja", "gue")."""
    return _root_words() | frozenset(standard_map())


def is_everyday_word(word: str) -> bool:
    """Whether a normalised word is an Indonesian dictionary word (Sastrawi's root words),
    as written or once stemmed: "maju", "bersama", "perubahan" are; "gemoy", "ngahiji" and
    names such as "anies" are not."""
    roots = _root_words()
    return word in roots or _stem(word) in roots


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _forms(token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    standard = standard_map().get(token)
    words = (token,) if standard is None else tuple(standard.split())
    return words, tuple(_stem(w) for w in words)


@dataclass(frozen=True, slots=True)
class Analysis:
    """A text as standard words and, word for word, their stems."""

    words: tuple[str, ...]
    stems: tuple[str, ...]

    @property
    def stem_text(self) -> str:
        """The stems joined by single spaces (what the lexicon is matched against)."""
        return " ".join(self.stems)


_EMPTY = Analysis((), ())


def analyze(text: str) -> Analysis:
    """Normalise ``text``, map colloquial words to standard ones and stem them."""
    return analyze_normal(normalize(text))


def analyze_normal(normal: str) -> Analysis:
    """:func:`analyze` of a text whose ``normalize()`` form is ``normal``."""
    if not normal:
        return _EMPTY
    words: list[str] = []
    stems: list[str] = []
    for token in normal.split(" "):
        w, s = _forms(token)
        words.extend(w)
        stems.extend(s)
    return Analysis(tuple(words), tuple(stems))


def word_features(stems: Sequence[str]) -> list[str]:
    """Word unigrams and bigrams of the stems (the model's word block)."""
    out = list(stems)
    out.extend([f"{a} {b}" for a, b in itertools.pairwise(stems)])
    return out


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _char_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    low, high = CHAR_NGRAMS
    out: list[str] = []
    for n in range(low, min(high, len(padded)) + 1):
        out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return tuple(out)


def char_features(words: Sequence[str]) -> list[str]:
    """Character 2- to 5-grams inside each space-padded standard word (the char block)."""
    out: list[str] = []
    for word in words:
        out.extend(_char_grams(word))
    return out


# Invented probe texts: a model remembers what analysing them gave when it was trained, so a
# later change to normalisation, slang maps or stemming is noticed at load time.
_PROBES = (
    "Gue gak sukaaa bgt sama kebijakan itu, dasar lo pembohong!!",
    "Pembantaian dan pembakaran dilarang; ayo jaga persatuan #IndonesiaDamai",
    "Hari ini rapat koordinasi pelayanan publik di kantor kecamatan, mantul 👍",
    "Open order kue kering, harga murah, hubungi WA ya kak",
    "Tegakkan khilafah? Tolak! NKRI harga mati, Pancasila dasar negara.",
)


def analysis_fingerprint() -> str:
    """Return a short hash of what analysis does to fixed probe texts (model compatibility)."""
    digest = hashlib.sha256(f"v{ANALYZER_VERSION}".encode())
    for probe in _PROBES:
        a = analyze(probe)
        digest.update(("\x1e" + " ".join(a.words) + "\x1f" + a.stem_text).encode())
    return digest.hexdigest()[:16]


# --- lexicon --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Payload:
    """What a lexicon phrase means: a scored term, a pair side, an exception or a negator."""

    kind: str  # "term" | "pair" | "except" | "neg" | "benign"
    category: str
    weight: float = 0.0
    rule: int = -1
    side: int = -1


@dataclass(frozen=True, slots=True)
class _Pair:
    weight: float
    window: int


class _Filter:
    """Whether a hit survives the benign phrases, the category's exceptions and negators."""

    __slots__ = ("benign", "excepts", "negs")

    def __init__(
        self,
        benign: list[tuple[int, int]],
        excepts: dict[str, list[tuple[int, int]]],
        negs: dict[str, set[int]],
    ) -> None:
        self.benign = benign
        self.excepts = excepts
        self.negs = negs

    def __call__(self, category: str, first: int, last: int) -> bool:
        """True when the hit on tokens [first, last) counts."""
        for a, b in self.benign:
            if a < last and first < b:
                return False
        for a, b in self.excepts.get(category, ()):
            if a < last and first < b:
                return False
        neg = self.negs.get(category)
        return not (neg and (first - 1 in neg or first - 2 in neg))


class Lexicon:
    """Per-category phrases, pairs, regexes, exceptions and negators (``lexicon/classify.yaml``)."""

    __slots__ = ("_matcher", "_pairs", "_regexes", "categories", "size", "source")

    def __init__(self, data: Any, *, source: str = _LEXICON_FILE) -> None:
        """Validate and compile the parsed YAML ``data``; errors name the entry."""
        self.source = source
        if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
            raise LexiconError(f"{source}: needs a 'categories' mapping")
        weights = data.get("weights") or {"strong": 0.9, "medium": 0.6, "weak": 0.35}
        if not isinstance(weights, dict) or not all(
            isinstance(v, int | float) and 0 < v <= 1 for v in weights.values()
        ):
            raise LexiconError(f"{source}: 'weights' must map names to numbers in (0, 1]")
        items: list[tuple[str, _Payload]] = []
        self._pairs: dict[str, list[_Pair]] = {}
        self._regexes: dict[str, list[tuple[re.Pattern[str], float]]] = {}
        cats: list[str] = []
        for category, spec in data["categories"].items():
            where = f"{source}: {category}"
            if category not in CATEGORIES:
                raise LexiconError(f"{where}: unknown category (known: {', '.join(CATEGORIES)})")
            if not isinstance(spec, dict):
                raise LexiconError(f"{where}: must be a mapping")
            cats.append(category)
            for name, weight in weights.items():
                for phrase in _phrases(spec.get(name), f"{where}.{name}"):
                    items.append((phrase, _Payload("term", category, float(weight))))
            for phrase in _phrases(spec.get("except"), f"{where}.except"):
                items.append((phrase, _Payload("except", category)))
            for phrase in _phrases(spec.get("negators"), f"{where}.negators"):
                items.append((phrase, _Payload("neg", category)))
            pairs = spec.get("pairs") or []
            if not isinstance(pairs, list):
                raise LexiconError(f"{where}.pairs: must be a list")
            for index, pair in enumerate(pairs):
                pwhere = f"{where}.pairs[{index}]"
                if not isinstance(pair, dict):
                    raise LexiconError(f"{pwhere}: must be a mapping with weight, window, a, b")
                weight = weights.get(pair.get("weight"))
                window = pair.get("window", 3)
                if weight is None or not isinstance(window, int) or window < 1:
                    raise LexiconError(f"{pwhere}: needs a known weight and a window >= 1")
                self._pairs.setdefault(category, []).append(_Pair(float(weight), window))
                rule = len(self._pairs[category]) - 1
                for side, key in enumerate(("a", "b")):
                    for phrase in _phrases(pair.get(key), f"{pwhere}.{key}", required=True):
                        items.append((phrase, _Payload("pair", category, rule=rule, side=side)))
            regexes = spec.get("regex") or []
            if not isinstance(regexes, list):
                raise LexiconError(f"{where}.regex: must be a list")
            for index, entry in enumerate(regexes):
                rwhere = f"{where}.regex[{index}]"
                weight = weights.get(entry.get("weight")) if isinstance(entry, dict) else None
                pattern = entry.get("pattern") if isinstance(entry, dict) else None
                if weight is None or not isinstance(pattern, str):
                    raise LexiconError(f"{rwhere}: needs a known weight and a pattern")
                try:
                    compiled = re.compile(pattern)
                except re.error as exc:
                    raise LexiconError(f"{rwhere}: bad pattern: {exc}") from None
                self._regexes.setdefault(category, []).append((compiled, float(weight)))
        for phrase in _phrases(data.get("benign"), f"{source}: benign"):
            items.append((phrase, _Payload("benign", "*")))
        self.categories: tuple[str, ...] = tuple(cats)
        self._matcher: PhraseMatcher[_Payload] = PhraseMatcher(items, normalizer=_stem_phrase)
        if self._matcher.unmatchable:
            raise LexiconError(f"{source}: empty after analysis: {self._matcher.unmatchable!r}")
        self.size = len(self._matcher)

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """Load ``path``, or the lexicon shipped with Netra."""
        if path is None:
            text = resources.files("netra.text").joinpath(_LEXICON_FILE).read_text("utf-8")
            source = _LEXICON_FILE
        else:
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise LexiconError(f"{path}: cannot read: {exc.strerror}") from None
            source = str(path)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{source}: not valid YAML: {exc}") from None
        return cls(data, source=source)

    def match(self, analysis: Analysis, text: str = "") -> dict[str, list[tuple[str, float]]]:
        """Return category -> [(evidence, weight)] for ``analysis`` (and regexes on ``text``)."""
        return self.inspect(analysis, text)[0]

    def inspect(
        self, analysis: Analysis, text: str = ""
    ) -> tuple[dict[str, list[tuple[str, float]]], Analysis]:
        """Return the hits and the analysis the model should see (benign phrases removed)."""
        found: dict[str, list[tuple[str, float]]] = {}
        model_view = analysis
        stem_text = analysis.stem_text
        matches = self._matcher.find(stem_text) if stem_text else []
        if matches:
            starts = _token_starts(analysis.stems)
            # Spans are (first token, one past the last token).
            terms: list[tuple[_Payload, int, int]] = []
            pair_sides: list[tuple[_Payload, int, int]] = []
            excepts: dict[str, list[tuple[int, int]]] = {}
            negs: dict[str, set[int]] = {}
            benign: list[tuple[int, int]] = []
            for m in matches:
                first = bisect_right(starts, m.start) - 1
                last = bisect_right(starts, m.end - 1)
                p = m.payload
                kind = p.kind
                if kind == "term":
                    terms.append((p, first, last))
                elif kind == "pair":
                    pair_sides.append((p, first, last))
                elif kind == "except":
                    excepts.setdefault(p.category, []).append((first, last))
                elif kind == "benign":
                    benign.append((first, last))
                else:
                    negs.setdefault(p.category, set()).add(last - 1)
            words = analysis.words
            kept = _Filter(benign, excepts, negs)
            for p, first, last in terms:
                if kept(p.category, first, last):
                    evidence = " ".join(words[first:last])
                    found.setdefault(p.category, []).append((evidence, p.weight))
            if pair_sides:
                self._match_pairs(pair_sides, kept, words, found)
            if benign:
                hidden = {i for a, b in benign for i in range(a, b)}
                keep = [i for i in range(len(words)) if i not in hidden]
                model_view = Analysis(
                    tuple(words[i] for i in keep), tuple(analysis.stems[i] for i in keep)
                )
        if text:
            lowered = None
            for category, patterns in self._regexes.items():
                for pattern, weight in patterns:
                    lowered = lowered if lowered is not None else text.lower()
                    for rm in pattern.finditer(lowered):
                        found.setdefault(category, []).append((rm.group(0).strip(), weight))
        return found, model_view

    def _match_pairs(
        self,
        sides: list[tuple[_Payload, int, int]],
        kept: _Filter,
        words: tuple[str, ...],
        found: dict[str, list[tuple[str, float]]],
    ) -> None:
        by_rule: dict[tuple[str, int], tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        for p, first, last in sides:
            if kept(p.category, first, last):
                lefts, rights = by_rule.setdefault((p.category, p.rule), ([], []))
                (lefts if p.side == 0 else rights).append((first, last))
        for (category, rule), (a_spans, b_spans) in by_rule.items():
            pair = self._pairs[category][rule]
            for a in a_spans:
                for b in b_spans:
                    if a[1] <= b[0]:
                        left, right = a, b
                    elif b[1] <= a[0]:
                        left, right = b, a
                    else:
                        continue  # the same words cannot be both sides
                    if right[0] - left[1] + 1 <= pair.window:
                        evidence = (
                            " ".join(words[left[0] : left[1]])
                            + " … "
                            + " ".join(words[right[0] : right[1]])
                        )
                        found.setdefault(category, []).append((evidence, pair.weight))

    def scores(self, hits: dict[str, list[tuple[str, float]]]) -> dict[str, float]:
        """Combine each category's hits: 1 - prod(1 - weight) over distinct evidence."""
        out: dict[str, float] = {}
        for category, found in hits.items():
            best: dict[str, float] = {}
            for evidence, weight in found:
                best[evidence] = max(weight, best.get(evidence, 0.0))
            miss = 1.0
            for weight in best.values():
                miss *= 1.0 - weight
            out[category] = 1.0 - miss
        return out


def _phrases(value: Any, where: str, *, required: bool = False) -> list[str]:
    if value is None and not required:
        return []
    if not isinstance(value, list) or (required and not value):
        raise LexiconError(f"{where}: must be a list of phrases")
    out: list[str] = []
    for item in value:
        if isinstance(item, int | float) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(f"{where}: {item!r} is not a phrase")
        out.append(item)
    return out


def _stem_phrase(phrase: str) -> str:
    return analyze(phrase).stem_text


def _token_starts(stems: Sequence[str]) -> list[int]:
    starts: list[int] = []
    pos = 0
    for stem in stems:
        starts.append(pos)
        pos += len(stem) + 1
    return starts


@functools.cache
def _default_lexicon() -> Lexicon:
    return Lexicon.load()


# --- linear model ---------------------------------------------------------------------------

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(slots=True)
class _BlockRows:
    """One feature block of a batch in coordinate form, sorted by row."""

    rows: IntArray
    cols: IntArray
    values: FloatArray


@dataclass(slots=True)
class LinearModel:
    """TF-IDF (word + char blocks, each L2-normalised) into one logistic regression per head."""

    heads: tuple[str, ...]
    word_terms: list[str]
    char_terms: list[str]
    word_idf: FloatArray
    char_idf: FloatArray
    word_coef: FloatArray  # (heads, word vocabulary)
    char_coef: FloatArray  # (heads, char vocabulary)
    intercept: FloatArray  # (heads,)
    calib_a: FloatArray  # probability = sigmoid(calib_a * z + calib_b)
    calib_b: FloatArray
    # Per head, the head whose probability multiplies this one (-1: none): a head trained only
    # on hate speech ("is it about religion or race?") is gated by the hate-speech head.
    gates: tuple[int, ...] = ()
    word_index: dict[str, int] = field(init=False)
    char_index: dict[str, int] = field(init=False)
    _char_cache: dict[str, tuple[int, ...]] = field(init=False)
    _bigram_index: dict[tuple[str, str], int] = field(init=False)

    def __post_init__(self) -> None:
        """Build the term -> column maps and check that every array agrees in shape."""
        self.word_index = {t: i for i, t in enumerate(self.word_terms)}
        self.char_index = {t: i for i, t in enumerate(self.char_terms)}
        self._char_cache = {}
        self._bigram_index = {}
        for term, index in self.word_index.items():
            parts = term.split(" ")
            if len(parts) == 2:
                self._bigram_index[(parts[0], parts[1])] = index
        h, vw, vc = len(self.heads), len(self.word_terms), len(self.char_terms)
        if not self.gates:
            self.gates = (-1,) * h
        if len(self.gates) != h or any(
            g >= h or g == i or (g >= 0 and self.gates[g] >= 0) for i, g in enumerate(self.gates)
        ):
            raise ModelFileError(f"model gates {self.gates} are inconsistent with {h} heads")
        expected = {
            "word_idf": (self.word_idf, (vw,)),
            "char_idf": (self.char_idf, (vc,)),
            "word_coef": (self.word_coef, (h, vw)),
            "char_coef": (self.char_coef, (h, vc)),
            "intercept": (self.intercept, (h,)),
            "calib_a": (self.calib_a, (h,)),
            "calib_b": (self.calib_b, (h,)),
        }
        for name, (array, shape) in expected.items():
            if array.shape != shape:
                raise ModelFileError(f"model array {name} has shape {array.shape}, need {shape}")
            if not np.all(np.isfinite(array)):
                raise ModelFileError(f"model array {name} holds NaN or infinity")
        if len(self.word_index) != vw or len(self.char_index) != vc:
            raise ModelFileError("model vocabulary has duplicate terms")

    def arrays(self) -> dict[str, FloatArray]:
        """The numeric arrays, as stored in ``weights.npz``."""
        return {
            "word_idf": self.word_idf,
            "char_idf": self.char_idf,
            "word_coef": self.word_coef,
            "char_coef": self.char_coef,
            "intercept": self.intercept,
            "calib_a": self.calib_a,
            "calib_b": self.calib_b,
        }

    def _char_columns(self, word: str) -> tuple[int, ...]:
        cached = self._char_cache.get(word)
        if cached is None:
            if len(self._char_cache) >= _CACHE_SIZE:
                self._char_cache.clear()
            get = self.char_index.get
            cols = [get(g) for g in _char_grams(word)]
            cached = self._char_cache[word] = tuple(c for c in cols if c is not None)
        return cached

    def _block(self, flat: list[int], lengths: list[int], idf: FloatArray) -> _BlockRows:
        n = len(lengths)
        if not flat:
            empty_i = np.zeros(0, dtype=np.int64)
            return _BlockRows(empty_i, empty_i, np.zeros(0, dtype=np.float64))
        rows = np.repeat(np.arange(n, dtype=np.int64), np.array(lengths, dtype=np.int64))
        width = max(len(idf), 1)
        keys, counts = np.unique(rows * width + np.array(flat, dtype=np.int64), return_counts=True)
        rows = keys // width
        cols = keys - rows * width
        # Same weighting as scikit-learn's TfidfVectorizer(sublinear_tf=True, norm="l2").
        values = (1.0 + np.log(counts)) * idf[cols]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
        values = values / norms[rows]
        return _BlockRows(rows, cols, values)

    def transform(self, analyses: Sequence[Analysis]) -> tuple[_BlockRows, _BlockRows]:
        """The TF-IDF word and char blocks of a batch."""
        wget = self.word_index.get
        bget = self._bigram_index.get
        char_columns = self._char_columns
        char_cache = self._char_cache
        # All texts' columns in one flat list per block, with each text's count: fewer objects.
        word_flat: list[int] = []
        word_lengths: list[int] = []
        char_flat: list[int] = []
        char_lengths: list[int] = []
        for a in analyses:
            stems = a.stems
            # Same terms as word_features(), without building the bigram strings.
            cols = [c for c in map(wget, stems) if c is not None]
            cols.extend([c for c in map(bget, itertools.pairwise(stems)) if c is not None])
            word_flat.extend(cols)
            word_lengths.append(len(cols))
            before = len(char_flat)
            for w in a.words:
                known = char_cache.get(w)
                char_flat.extend(known if known is not None else char_columns(w))
            char_lengths.append(len(char_flat) - before)
        return (
            self._block(word_flat, word_lengths, self.word_idf),
            self._block(char_flat, char_lengths, self.char_idf),
        )

    def decision(self, blocks: tuple[_BlockRows, _BlockRows], n: int) -> FloatArray:
        """Raw linear scores, shape (texts, heads)."""
        z = np.tile(self.intercept, (n, 1))
        for block, coef in zip(blocks, (self.word_coef, self.char_coef), strict=True):
            if block.rows.size:
                for h in range(len(self.heads)):
                    z[:, h] += np.bincount(
                        block.rows, weights=block.values * coef[h, block.cols], minlength=n
                    )
        return z

    def probabilities(self, z: FloatArray) -> FloatArray:
        """Calibrated probabilities from raw scores (gated heads multiplied by their gate)."""
        out: FloatArray = 1.0 / (1.0 + np.exp(-(self.calib_a * z + self.calib_b)))
        for h, gate in enumerate(self.gates):
            if gate >= 0:
                out[:, h] *= out[:, gate]
        return out

    def top_word_features(self, words: _BlockRows, row: int, head: int) -> list[str]:
        """The word features that pushed ``head`` up most for text ``row``."""
        lo = int(np.searchsorted(words.rows, row, side="left"))
        hi = int(np.searchsorted(words.rows, row, side="right"))
        if lo == hi:
            return []
        cols = words.cols[lo:hi]
        contrib = words.values[lo:hi] * self.word_coef[head, cols]
        out: list[str] = []
        for i in np.argsort(-contrib):
            if contrib[i] <= 0 or len(out) >= _TOP_FEATURES:
                break
            term = self.word_terms[int(cols[i])]
            # Function words ("ke", "yang") are real signal for a model but no evidence to a
            # reviewer.
            if not all(w in _stopwords() for w in term.split(" ")):
                out.append(term)
        return out


# --- classifier -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Classification:
    """Categories of one text: labels over threshold, scores and the evidence behind them."""

    labels: tuple[str, ...]  # category ids over threshold
    scores: dict[str, float]  # category -> probability-like score in [0, 1]
    evidence: dict[str, tuple[str, ...]]  # category -> matched terms / top model features
    lexicon_only: bool = False  # True when no trained model was loaded


@dataclass(frozen=True, slots=True)
class _HeadSettings:
    threshold: float
    blend: str  # one of BLENDS


def resolve_model_dir(path: Path) -> Path:
    """Return the model folder for ``path``: the folder itself or ``<workspace>/models/text``."""
    if (path / "manifest.json").is_file():
        return path
    nested = path / "models" / "text"
    if (nested / "manifest.json").is_file():
        return nested
    raise ModelFileError(
        f"{path}: no Netra text model here (no manifest.json, nor models/text/manifest.json); "
        "train one with `netra text train --out DIR`"
    )


class TextClassifier:
    """Scores texts against the categories: lexicon always, a linear model when one is loaded."""

    __slots__ = ("_heads", "_lexicon", "_model", "manifest", "model_dir", "warnings")

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        model: LinearModel | None = None,
        *,
        heads: dict[str, _HeadSettings] | None = None,
        manifest: dict[str, Any] | None = None,
        model_dir: Path | None = None,
        warnings: Sequence[str] = (),
    ) -> None:
        """Use ``lexicon`` (default: the shipped one) and optionally a trained ``model``."""
        self._lexicon = lexicon if lexicon is not None else _default_lexicon()
        self._model = model
        self._heads = heads or {}
        self.manifest: dict[str, Any] = manifest or {}
        self.model_dir = model_dir
        notes = list(warnings)
        if model is None:
            notes.append("no trained model loaded: scores come from the lexicon only")
        self.warnings: tuple[str, ...] = tuple(notes)

    @classmethod
    def load(cls, model_dir: Path | None = None, *, lexicon: Lexicon | None = None) -> Self:
        """Load the model in ``model_dir`` (a model folder or a workspace); None: lexicon only."""
        if model_dir is None:
            return cls(lexicon)
        folder = resolve_model_dir(model_dir)
        manifest = _read_json(folder / "manifest.json")
        if manifest.get("format") != MODEL_FORMAT:
            raise ModelFileError(f"{folder}/manifest.json: not a {MODEL_FORMAT} manifest")
        if manifest.get("format_version") != MODEL_FORMAT_VERSION:
            raise ModelFileError(
                f"{folder}: model format {manifest.get('format_version')!r}, this Netra reads "
                f"{MODEL_FORMAT_VERSION}; retrain with `netra text train`"
            )
        if manifest.get("analyzer_version") != ANALYZER_VERSION:
            raise ModelFileError(
                f"{folder}: model made with text analysis v{manifest.get('analyzer_version')}, "
                f"this Netra has v{ANALYZER_VERSION}; retrain with `netra text train`"
            )
        vocab = _read_json(folder / "vocab.json")
        try:
            with np.load(folder / "weights.npz", allow_pickle=False) as npz:
                arrays = {k: np.asarray(npz[k], dtype=np.float64) for k in npz.files}
        except (OSError, ValueError) as exc:
            raise ModelFileError(f"{folder}/weights.npz: cannot read: {exc}") from None
        heads_info = manifest.get("heads")
        if not isinstance(heads_info, dict) or not heads_info:
            raise ModelFileError(f"{folder}/manifest.json: 'heads' must be a non-empty mapping")
        head_names = tuple(heads_info)
        gates: list[int] = []
        for name, info in heads_info.items():
            gate = info.get("gate") if isinstance(info, dict) else None
            if gate is not None and gate not in head_names:
                raise ModelFileError(f"{folder}/manifest.json: heads.{name}.gate {gate!r}")
            gates.append(head_names.index(gate) if gate is not None else -1)
        try:
            model = LinearModel(
                heads=head_names,
                gates=tuple(gates),
                word_terms=_str_list(vocab.get("word"), "vocab.json: word"),
                char_terms=_str_list(vocab.get("char"), "vocab.json: char"),
                **{name: arrays[name] for name in _ARRAY_NAMES},
            )
        except KeyError as exc:
            raise ModelFileError(f"{folder}/weights.npz: missing array {exc}") from None
        settings: dict[str, _HeadSettings] = {}
        for name, info in heads_info.items():
            if not isinstance(info, dict):
                raise ModelFileError(f"{folder}/manifest.json: heads.{name} must be a mapping")
            threshold, blend = info.get("threshold"), info.get("blend", "noisy_or")
            if not isinstance(threshold, int | float) or not 0 < threshold < 1:
                raise ModelFileError(f"{folder}/manifest.json: heads.{name}.threshold")
            if blend not in BLENDS:
                raise ModelFileError(f"{folder}/manifest.json: heads.{name}.blend {blend!r}")
            settings[name] = _HeadSettings(float(threshold), str(blend))
        notes: list[str] = []
        if manifest.get("analysis_fingerprint") != analysis_fingerprint():
            notes.append(
                "text analysis (normalisation, slang maps or stemming) changed since this model "
                "was trained; scores may drift: retrain with `netra text train`"
            )
        return cls(
            lexicon, model, heads=settings, manifest=manifest, model_dir=folder, warnings=notes
        )

    @property
    def has_model(self) -> bool:
        """Whether a trained model is loaded (else lexicon only)."""
        return self._model is not None

    @property
    def model_categories(self) -> tuple[str, ...]:
        """Categories that a trained model scores; the others are lexicon-only."""
        return tuple(h for h in self._heads if h in CATEGORIES) if self._model else ()

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon in use."""
        return self._lexicon

    def classify(self, text: str, categories: Sequence[str] | None = None) -> Classification:
        """Classify one text."""
        return self.classify_many([text], categories)[0]

    def classify_many(
        self,
        texts: Sequence[str],
        categories: Sequence[str] | None = None,
        *,
        normals: Sequence[str] | None = None,
    ) -> list[Classification]:
        """Classify texts; ``categories`` limits the output to those ids (default: all).

        Ids of spec/categories.md that this module does not score get score 0 and no label;
        any other id is a ValueError. ``normals``, when given, is ``normalize()`` of each text
        (computed once by a caller that reads the same texts several times).
        """
        wanted = _check_categories(categories)
        if normals is not None and len(normals) != len(texts):
            raise ValueError("normals must hold one normal form per text")
        out: list[Classification] = []
        for start in range(0, len(texts), _BATCH):
            batch = texts[start : start + _BATCH]
            if normals is None:
                analyses = [analyze(t) for t in batch]
            else:
                analyses = [analyze_normal(n) for n in normals[start : start + _BATCH]]
            out.extend(self._classify_batch(batch, analyses, wanted))
        return out

    def model_scores(self, texts: Sequence[str]) -> dict[str, list[float]]:
        """Model-only probabilities per head (auxiliary heads too); empty without a model."""
        if self._model is None:
            return {}
        result: dict[str, list[float]] = {h: [] for h in self._model.heads}
        lexicon = self._lexicon
        for start in range(0, len(texts), _BATCH):
            batch = [lexicon.inspect(analyze(t), t)[1] for t in texts[start : start + _BATCH]]
            blocks = self._model.transform(batch)
            probs = self._model.probabilities(self._model.decision(blocks, len(batch)))
            for h, name in enumerate(self._model.heads):
                result[name].extend(float(p) for p in probs[:, h])
        return result

    def _classify_batch(
        self, texts: Sequence[str], analyses: Sequence[Analysis], wanted: tuple[str, ...]
    ) -> list[Classification]:
        lexicon = self._lexicon
        inspected = [lexicon.inspect(a, t) for a, t in zip(analyses, texts, strict=True)]
        model = self._model
        probs: FloatArray | None = None
        words_block: _BlockRows | None = None
        head_index: dict[str, int] = {}
        if model is not None and any(c in self._heads for c in wanted):
            blocks = model.transform([view for _, view in inspected])
            words_block = blocks[0]
            probs = model.probabilities(model.decision(blocks, len(analyses)))
            head_index = {h: i for i, h in enumerate(model.heads)}
        lexicon_only = model is None
        # Per category, once per batch: (id, model column or None, threshold, blend).
        plan: list[tuple[str, int | None, float, str]] = []
        for category in wanted:
            settings = self._heads.get(category)
            h = head_index.get(category)
            if probs is not None and settings is not None and h is not None:
                plan.append((category, h, settings.threshold, settings.blend))
            else:
                plan.append((category, None, 0.5, "max"))
        prob_rows: list[list[float]] = probs.tolist() if probs is not None else []
        scores_of = lexicon.scores
        out: list[Classification] = []
        for row, (hits, _view) in enumerate(inspected):
            lex_scores = scores_of(hits) if hits else {}
            scores: dict[str, float] = {}
            labels: list[str] = []
            evidence: dict[str, tuple[str, ...]] = {}
            for category, h, threshold, blend in plan:
                lex = lex_scores.get(category, 0.0)
                if h is not None:
                    p = rescale(prob_rows[row][h], threshold)
                    score = _blend(blend, lex, p)
                else:
                    p, score = 0.0, lex
                scores[category] = round(score, 4)
                found = hits.get(category)
                terms = _evidence_terms(found) if found else []
                if score >= LEXICON_THRESHOLD:
                    labels.append(category)
                    if h is not None and words_block is not None and model is not None and p > lex:
                        terms.extend(
                            "model:" + t for t in model.top_word_features(words_block, row, h)
                        )
                if terms:
                    evidence[category] = tuple(terms)
            out.append(Classification(tuple(labels), scores, evidence, lexicon_only))
        return out


def rescale(p: float, threshold: float) -> float:
    """Map a probability so that ``threshold`` becomes 0.5, keeping 0, 1 and the order."""
    if p < threshold:
        return 0.5 * p / threshold
    return 0.5 + 0.5 * (p - threshold) / (1.0 - threshold)


def rescale_array(p: FloatArray, threshold: float) -> FloatArray:
    """Vectorised :func:`rescale`."""
    out: FloatArray = np.where(
        p < threshold, 0.5 * p / threshold, 0.5 + 0.5 * (p - threshold) / (1.0 - threshold)
    )
    return out


def _blend(kind: str, lex: float, p: float) -> float:
    if kind == "max":
        return max(lex, p)
    if kind == "strong":
        return max(lex, p) if lex >= STRONG_LEXICON else p
    if kind == "model":
        return p
    return 1.0 - (1.0 - lex) * (1.0 - p)


def blend_scores(kind: str, lex: FloatArray, p: FloatArray) -> FloatArray:
    """Vectorised form of the lexicon/model blend (used when choosing thresholds)."""
    if kind == "max":
        return np.maximum(lex, p)
    if kind == "strong":
        out_strong: FloatArray = np.where(lex >= STRONG_LEXICON, np.maximum(lex, p), p)
        return out_strong
    if kind == "model":
        return p
    out: FloatArray = 1.0 - (1.0 - lex) * (1.0 - p)
    return out


def _evidence_terms(found: Iterable[tuple[str, float]]) -> list[str]:
    best: dict[str, float] = {}
    for term, weight in found:
        best[term] = max(weight, best.get(term, 0.0))
    return [t for t, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))]


def _check_categories(categories: Sequence[str] | None) -> tuple[str, ...]:
    if categories is None:
        return CATEGORIES
    unknown = [c for c in categories if c not in SPEC_CATEGORIES]
    if unknown:
        raise ValueError(f"unknown categories {unknown}; known: {', '.join(SPEC_CATEGORIES)}")
    return tuple(dict.fromkeys(categories))


_ARRAY_NAMES = ("word_idf", "char_idf", "word_coef", "char_coef", "intercept", "calib_a", "calib_b")


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read: {exc.strerror}") from None
    except orjson.JSONDecodeError as exc:
        raise ModelFileError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ModelFileError(f"{path}: must hold a JSON object")
    return data


def _str_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ModelFileError(f"{where}: must be a list of strings")
    return value
