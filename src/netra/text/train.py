"""Train the text classifiers' linear models on the reference data sets (``train`` rows only).

Data layout (a folder the user passes, see shared/data/README.md):

- ``ibrohim2019_hatespeech/re_dataset.csv`` (latin-1, multi-label) + ``split.csv``
- ``satria2024_pemilu_topics/dataset_penyisihan_bdc_2024.csv`` + ``split.csv``

Heads (one logistic regression each, one shared TF-IDF vocabulary):

- ``hate.sara``: Ibrohim HS_Religion or HS_Race, learnt from hate-speech tweets only and gated
  by ``aux.hs`` (its probability is multiplied by the hate-speech head's);
- ``abuse.defamation``: Ibrohim HS or Abusive (insult and hate against anyone);
- ``political.opinion``: election tweets (Satria 2024) against Ibrohim tweets that contain no
  political word of the lexicon (weak negatives: there is no labelled "not political" set);
- ``aux.hs`` and ``aux.abusive``: Ibrohim HS and Abusive alone, not categories: ``aux.hs``
  gates ``hate.sara``, and ``netra text eval`` uses both to compare with the published
  HS + Abusive accuracy.

Hyper-parameters (C), calibration (Platt), the lexicon/model blend and each threshold are
chosen on out-of-fold predictions over the train rows (stratified k-fold), never on test rows;
the final model is then fitted on all train rows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import platform
import re
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import orjson

from netra.core.errors import NetraError
from netra.text.classify import (
    ANALYZER_VERSION,
    CATEGORIES,
    CHAR_NGRAMS,
    LEXICON_THRESHOLD,
    MODEL_FORMAT,
    MODEL_FORMAT_VERSION,
    Analysis,
    FloatArray,
    IntArray,
    Lexicon,
    LinearModel,
    analysis_fingerprint,
    analyze,
    blend_scores,
    char_features,
    rescale_array,
    word_features,
)

__all__ = [
    "IBROHIM_DIR",
    "PEMILU_DIR",
    "DataError",
    "Example",
    "HeadReport",
    "TrainReport",
    "clean_tweet",
    "load_ibrohim",
    "load_pemilu",
    "train",
]

IBROHIM_DIR: Final = "ibrohim2019_hatespeech"
IBROHIM_FILE: Final = "re_dataset.csv"
PEMILU_DIR: Final = "satria2024_pemilu_topics"
PEMILU_FILE: Final = "dataset_penyisihan_bdc_2024.csv"
SPLIT_FILE: Final = "split.csv"

_C_GRID: Final = (1.0, 4.0, 16.0)
_FOLDS: Final = 5


class DataError(NetraError):
    """The reference data folder is missing or malformed."""

    exit_code = 2
    http_status = 422


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text of a reference data set."""

    text: str
    labels: frozenset[str]
    split: str  # "train" | "test"


# --- loading --------------------------------------------------------------------------------

_ESCAPED_BYTES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_ESCAPED_NEWLINE = re.compile(r"\\n")
# Masks and markers the data sets' curators added; real posts never hold them, and a model
# must not learn that they mean anything.
_MASKS = re.compile(r"\b(?:USER|URL|RT)\b:?")
_HASHED_MENTION = re.compile(r"@[A-Za-z0-9+/]{20,}={0,2}")
_RETWEET_OF = re.compile(r"\[RE [^\]]*\]")
_ENTITIES = {"&amp;": "&", "&gt;": ">", "&lt;": "<", "&quot;": '"'}


def _decode_escapes(match: re.Match[str]) -> str:
    raw = bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-fA-F]{2})", match.group(0)))
    return " " + raw.decode("utf-8", errors="ignore") + " "


def clean_tweet(text: str) -> str:
    """Undo the data sets' escaping (``\\xf0\\x9f..``, ``\\n``) and drop their masks."""
    text = _ESCAPED_BYTES.sub(_decode_escapes, text)
    text = _ESCAPED_NEWLINE.sub(" ", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    text = _RETWEET_OF.sub(" ", text)
    text = _HASHED_MENTION.sub(" ", text)
    return " ".join(_MASKS.sub(" ", text).split())


def _read_split(folder: Path) -> dict[int, str]:
    path = folder / SPLIT_FILE
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            out: dict[int, str] = {}
            for line_no, row in enumerate(csv.DictReader(fh), start=2):
                try:
                    out[int(row["row"])] = row["split"].strip()
                except (KeyError, ValueError, AttributeError):
                    raise DataError(f"{path}:{line_no}: need columns row,split") from None
            return out
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror}") from None


def _read_rows(path: Path, encoding: str) -> list[dict[str, str]]:
    try:
        text = path.read_bytes().decode(encoding)
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not {encoding}: {exc}") from None
    return list(csv.DictReader(io.StringIO(text, newline="")))


def load_ibrohim(data_dir: Path) -> list[Example]:
    """Ibrohim & Budi 2019 tweets with their label columns that are 1, and their split."""
    folder = data_dir / IBROHIM_DIR
    rows = _read_rows(folder / IBROHIM_FILE, "latin-1")
    split = _read_split(folder)
    out: list[Example] = []
    for index, row in enumerate(rows):
        tweet = row.get("Tweet")
        if tweet is None:
            raise DataError(f"{folder / IBROHIM_FILE}: no Tweet column")
        labels = frozenset(k for k, v in row.items() if k != "Tweet" and (v or "").strip() == "1")
        out.append(Example(clean_tweet(tweet), labels, split.get(index, "")))
    return out


def load_pemilu(data_dir: Path) -> list[Example]:
    """Satria Data 2024 election tweets with their topic label, and their split."""
    folder = data_dir / PEMILU_DIR
    rows = _read_rows(folder / PEMILU_FILE, "utf-8")
    split = _read_split(folder)
    out: list[Example] = []
    for index, row in enumerate(rows):
        text = row.get("text")
        if text is None:
            raise DataError(f"{folder / PEMILU_FILE}: no text column")
        label = (row.get("label") or "").strip()
        out.append(
            Example(clean_tweet(text), frozenset({label} if label else ()), split.get(index, ""))
        )
    return out


def _file_hashes(data_dir: Path, folders: Sequence[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for folder, name in folders:
        for rel in (f"{folder}/{name}", f"{folder}/{SPLIT_FILE}"):
            path = data_dir / rel
            if path.is_file():
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


# --- heads ----------------------------------------------------------------------------------


# --- heads ----------------------------------------------------------------------------------

BoolArray = npt.NDArray[np.bool_]


@dataclass(slots=True)
class _Head:
    """A head to train: its rows, labels and how to judge it."""

    name: str
    source: str
    rows: IntArray  # indexes into the design matrix of its data set
    y: BoolArray
    lexicon: FloatArray  # this head's lexicon score per row (zeros when it has none)
    objective: str  # "f1" | "accuracy"
    blends: tuple[str, ...]
    fit_mask: BoolArray | None = None  # rows a gated head learns from (None: all)
    gate: str | None = None


@dataclass(slots=True)
class HeadReport:
    """How one head was trained and how it did on out-of-fold train predictions."""

    name: str
    is_category: bool
    source: str
    rows: int
    positives: int
    gate: str | None = None
    c: float = 0.0
    blend: str = "model"
    threshold: float = 0.5
    oof_precision: float = 0.0
    oof_recall: float = 0.0
    oof_f1: float = 0.0
    oof_accuracy: float = 0.0
    oof_model_only_f1: float = 0.0
    oof_lexicon_only_f1: float = 0.0


@dataclass(slots=True)
class TrainReport:
    """Result of :func:`train`: where the model went and what was learnt."""

    out: Path
    heads: list[HeadReport]
    skipped: dict[str, str]
    lexicon_only_categories: list[str]
    data_sha256: str
    word_features: int
    char_features: int
    seconds: float
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        data["out"] = str(self.out)
        return data


# --- metrics --------------------------------------------------------------------------------


def _prf(y: BoolArray, pred: BoolArray) -> tuple[float, float, float]:
    tp = float(np.sum(y & pred))
    fp = float(np.sum(~y & pred))
    fn = float(np.sum(y & ~pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _objective(y: BoolArray, pred: BoolArray, objective: str) -> float:
    return float(np.mean(pred == y)) if objective == "accuracy" else _prf(y, pred)[2]


def _best_threshold(
    y: BoolArray, p: FloatArray, lex: FloatArray, blend: str, objective: str
) -> tuple[float, float]:
    """The model threshold that maximises the objective of the blended score; (t, value)."""
    candidates = np.unique(np.round(np.quantile(p, np.linspace(0, 1, 201)), 4))
    candidates = candidates[(candidates > 0.02) & (candidates < 0.98)]
    best_t, best_v = 0.5, -1.0
    for t in np.concatenate([[0.5], candidates]):
        scores = blend_scores(blend, lex, rescale_array(p, float(t)))
        value = _objective(y, scores >= LEXICON_THRESHOLD, objective)
        # Ties go to the threshold nearer 0.5: less fitted to this sample.
        if value > best_v + 1e-9 or (
            abs(value - best_v) <= 1e-9 and abs(t - 0.5) < abs(best_t - 0.5)
        ):
            best_t, best_v = float(t), value
    return best_t, best_v


# --- training -------------------------------------------------------------------------------


def _vectorizers(n_docs: int) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    # A term must occur in two texts to be learnt: one-off strings (names, typos) only overfit.
    min_df = 2 if n_docs >= 50 else 1

    def identity(doc: list[str]) -> list[str]:
        return doc

    def make() -> Any:
        return TfidfVectorizer(
            analyzer=identity, lowercase=False, min_df=min_df, sublinear_tf=True, dtype=np.float64
        )

    return make(), make()


class _Constant:
    """Stands in for a model when a fold holds one class only (tiny data sets)."""

    def __init__(self, value: float) -> None:
        self.value = value
        self.coef_ = None

    def decision_function(self, x: Any) -> FloatArray:
        return np.full(x.shape[0], self.value)


def _fit_lr(x: Any, y: BoolArray, c: float, seed: int) -> Any:
    from sklearn.linear_model import LogisticRegression

    if y.all() or not y.any():
        return _Constant(5.0 if y.all() else -5.0)
    model = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=seed)
    return model.fit(x, y)


def _platt(z: FloatArray, y: BoolArray, seed: int) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    if y.all() or not y.any() or np.ptp(z) == 0:
        return 1.0, 0.0
    fit = LogisticRegression(C=1e4, solver="lbfgs", max_iter=1000, random_state=seed)
    fit.fit(z.reshape(-1, 1), y)
    return float(fit.coef_[0, 0]), float(fit.intercept_[0])


def _sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 1.0 / (1.0 + np.exp(-x))
    return out


@dataclass(slots=True)
class _Fitted:
    model: Any
    calib_a: float
    calib_b: float
    oof_p: FloatArray  # out-of-fold probability (gated), per row of the head


def _train_head(
    head: _Head,
    x: Any,
    splits: list[tuple[IntArray, IntArray]],
    seed: int,
    report: HeadReport,
    gate_p: FloatArray | None,
) -> _Fitted:
    """Choose C, calibration, blend and threshold out of fold; fit on all of the head's rows."""
    y, mask = head.y, head.fit_mask
    best: tuple[float, float, float, float, str, float, FloatArray] | None = None
    for c in _C_GRID:
        z = np.zeros(len(y))
        for fit_rows, held_rows in splits:
            rows = fit_rows[mask[fit_rows]] if mask is not None else fit_rows
            z[held_rows] = _fit_lr(x[rows], y[rows], c, seed).decision_function(x[held_rows])
        # A gated head is calibrated on the rows it models (its gate's positives).
        cal = mask if mask is not None else np.ones(len(y), dtype=bool)
        a, b = _platt(z[cal], y[cal], seed)
        p = _sigmoid(a * z + b)
        if gate_p is not None:
            p = p * gate_p
        for blend in head.blends:
            threshold, value = _best_threshold(y, p, head.lexicon, blend, head.objective)
            if best is None or value > best[0] + 1e-9:
                best = (value, c, a, b, blend, threshold, p)
    assert best is not None
    _, c, a, b, blend, threshold, p = best
    pred = blend_scores(blend, head.lexicon, rescale_array(p, threshold)) >= LEXICON_THRESHOLD
    report.c, report.blend, report.threshold = c, blend, round(threshold, 4)
    report.oof_precision, report.oof_recall, report.oof_f1 = (round(v, 4) for v in _prf(y, pred))
    report.oof_accuracy = round(float(np.mean(pred == y)), 4)
    report.oof_model_only_f1 = round(_best_threshold(y, p, head.lexicon, "model", "f1")[1], 4)
    if head.blends != ("model",):
        report.oof_lexicon_only_f1 = round(_prf(y, head.lexicon >= LEXICON_THRESHOLD)[2], 4)
    rows = np.flatnonzero(mask) if mask is not None else np.arange(len(y))
    final = _fit_lr(x[rows], y[rows], c, seed)
    return _Fitted(final, a, b, p)


def _folds(key: npt.NDArray[np.int64], folds: int, seed: int) -> list[tuple[IntArray, IntArray]]:
    """Stratified folds on ``key`` (one fold set per data set, shared by its heads)."""
    from sklearn.model_selection import StratifiedKFold

    counts = np.bincount(key)
    n_folds = max(2, min(folds, int(counts[counts > 0].max()), len(key) // 2))
    splitter = StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        # Tiny data sets have classes smaller than the number of folds; that is fine here.
        warnings.simplefilter("ignore", UserWarning)
        return [(a, b) for a, b in splitter.split(np.zeros(len(key)), key)]


def train(
    data_dir: Path,
    out: Path,
    *,
    seed: int = 0,
    folds: int = _FOLDS,
    lexicon: Lexicon | None = None,
    progress: Callable[[str], None] | None = None,
) -> TrainReport:
    """Train every head that the data in ``data_dir`` supports and write the model to ``out``."""
    from scipy.sparse import hstack

    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    lexicon = lexicon if lexicon is not None else Lexicon.load()
    notes: list[str] = []
    skipped: dict[str, str] = {}

    ibrohim: list[Example] = []
    pemilu: list[Example] = []
    if (data_dir / IBROHIM_DIR / IBROHIM_FILE).is_file():
        ibrohim = [e for e in load_ibrohim(data_dir) if e.split == "train" and e.text]
    if (data_dir / PEMILU_DIR / PEMILU_FILE).is_file():
        pemilu = [e for e in load_pemilu(data_dir) if e.split == "train" and e.text]
    if not ibrohim and not pemilu:
        raise DataError(
            f"{data_dir}: found neither {IBROHIM_DIR}/{IBROHIM_FILE} nor {PEMILU_DIR}/{PEMILU_FILE}"
            " with train rows"
        )
    say(f"analysing {len(ibrohim) + len(pemilu):,} train texts")
    # The models see what the classifier will show them: benign phrases removed.
    ib_seen = [lexicon.inspect(analyze(e.text), e.text) for e in ibrohim]
    pe_seen = [lexicon.inspect(analyze(e.text), e.text) for e in pemilu]
    ib_an = [view for _, view in ib_seen]
    pe_an = [view for _, view in pe_seen]
    ib_lex = [lexicon.scores(hits) for hits, _ in ib_seen]
    pe_lex = [lexicon.scores(hits) for hits, _ in pe_seen]

    def lex_column(rows: Sequence[dict[str, float]], category: str) -> FloatArray:
        return np.array([r.get(category, 0.0) for r in rows], dtype=np.float64)

    def has(labels: set[str]) -> BoolArray:
        return np.array([bool(e.labels & labels) for e in ibrohim], dtype=bool)

    # A category's lexicon always counts, at least when it is sure (a slur, several hits).
    category_blends = ("noisy_or", "max", "strong")
    heads: list[_Head] = []
    if ibrohim:
        n = len(ibrohim)
        every = np.arange(n)
        hs, abusive = has({"HS"}), has({"Abusive"})
        sara = has({"HS_Religion", "HS_Race"})
        no_lex = np.zeros(n)
        heads += [
            _Head("aux.hs", IBROHIM_DIR, every, hs, no_lex, "accuracy", ("model",)),
            _Head("aux.abusive", IBROHIM_DIR, every, abusive, no_lex, "accuracy", ("model",)),
            _Head(
                "abuse.defamation",
                IBROHIM_DIR,
                every,
                hs | abusive,
                lex_column(ib_lex, "abuse.defamation"),
                "f1",
                category_blends,
            ),
            # Every religion/race label is also a hate-speech label, so the head learns "is
            # this hate speech about religion or race?" from hate speech only, and its
            # probability is multiplied by the hate-speech head's.
            _Head(
                "hate.sara",
                IBROHIM_DIR,
                every,
                sara,
                lex_column(ib_lex, "hate.sara"),
                "f1",
                category_blends,
                fit_mask=hs,
                gate="aux.hs",
            ),
        ]
    else:
        for name in ("aux.hs", "aux.abusive", "abuse.defamation", "hate.sara"):
            skipped[name] = f"no {IBROHIM_DIR} data"
    if pemilu and ibrohim:
        # Negatives: Ibrohim tweets with no political word at all; many of its tweets are
        # about 2018-19 politics, and those would be wrong negatives.
        neg = np.array([i for i, r in enumerate(ib_lex) if "political.opinion" not in r])
        rows = np.concatenate([np.arange(len(pemilu)), len(pemilu) + neg]).astype(np.int64)
        y = np.concatenate([np.ones(len(pemilu), dtype=bool), np.zeros(len(neg), dtype=bool)])
        lex = np.concatenate([lex_column(pe_lex, "political.opinion"), np.zeros(len(neg))])
        heads.append(
            _Head(
                "political.opinion",
                f"{PEMILU_DIR}+{IBROHIM_DIR}",
                rows,
                y,
                lex,
                "f1",
                category_blends,
            )
        )
        notes.append(
            "political.opinion negatives are Ibrohim tweets without any political lexicon word "
            "(weak labels); only its recall on election tweets is measured"
        )
    else:
        skipped["political.opinion"] = f"needs both {PEMILU_DIR} and {IBROHIM_DIR} data"
    usable: list[_Head] = []
    for head in heads:
        y = head.y if head.fit_mask is None else head.y[head.fit_mask]
        pos = int(y.sum())
        if pos < 2 or len(y) - pos < 2:
            skipped[head.name] = f"too few examples ({pos} positive of {len(y)})"
        elif head.gate is not None and head.gate in skipped:
            skipped[head.name] = f"its gate {head.gate} was skipped"
        else:
            usable.append(head)
    if not usable:
        raise DataError(f"{data_dir}: no head has enough train rows: {skipped}")

    say("fitting the TF-IDF vocabulary")
    all_an = ib_an + pe_an
    word_vec, char_vec = _vectorizers(len(all_an))
    word_vec.fit([word_features(a.stems) for a in all_an])
    char_vec.fit([char_features(a.words) for a in all_an])

    def matrix(analyses: Sequence[Analysis]) -> Any:
        xw = word_vec.transform([word_features(a.stems) for a in analyses])
        xc = char_vec.transform([char_features(a.words) for a in analyses])
        return hstack([xw, xc]).tocsr()

    x_ib = matrix(ib_an) if ibrohim else None
    x_both = matrix(pe_an + ib_an) if pemilu and ibrohim else None
    ib_splits: list[tuple[IntArray, IntArray]] = []
    if ibrohim:
        key = (has({"HS_Religion", "HS_Race"}) * 4 + has({"HS"}) * 2 + has({"Abusive"})).astype(
            np.int64
        )
        ib_splits = _folds(key, folds, seed)
    n_word = len(word_vec.vocabulary_)
    reports: list[HeadReport] = []
    fitted: dict[str, _Fitted] = {}
    for head in usable:
        x = x_ib if head.source == IBROHIM_DIR else x_both[head.rows]  # type: ignore[index]
        splits = (
            ib_splits
            if head.source == IBROHIM_DIR
            else _folds(head.y.astype(np.int64), folds, seed)
        )
        rows_used = head.y if head.fit_mask is None else head.y[head.fit_mask]
        say(f"training {head.name} on {len(rows_used):,} rows ({int(rows_used.sum()):,} positive)")
        report = HeadReport(
            head.name,
            head.name in CATEGORIES,
            head.source,
            len(rows_used),
            int(rows_used.sum()),
            gate=head.gate,
        )
        gate_p = fitted[head.gate].oof_p if head.gate is not None else None
        fitted[head.name] = _train_head(head, x, splits, seed, report, gate_p)
        reports.append(report)

    names = [r.name for r in reports]
    coef = np.vstack(
        [_coef(fitted[name].model, n_word + len(char_vec.vocabulary_)) for name in names]
    )
    word_terms = [str(t) for t in word_vec.get_feature_names_out()]
    char_terms = [str(t) for t in char_vec.get_feature_names_out()]
    gate_of = {r.name: r.gate for r in reports}
    model = LinearModel(
        heads=tuple(names),
        word_terms=word_terms,
        char_terms=char_terms,
        word_idf=np.asarray(word_vec.idf_, dtype=np.float64),
        char_idf=np.asarray(char_vec.idf_, dtype=np.float64),
        word_coef=coef[:, :n_word],
        char_coef=coef[:, n_word:],
        intercept=np.array([_intercept(fitted[name].model) for name in names]),
        calib_a=np.array([fitted[name].calib_a for name in names]),
        calib_b=np.array([fitted[name].calib_b for name in names]),
        gates=tuple(names.index(g) if (g := gate_of[name]) else -1 for name in names),
    )
    files = _file_hashes(data_dir, [(IBROHIM_DIR, IBROHIM_FILE), (PEMILU_DIR, PEMILU_FILE)])
    data_sha = hashlib.sha256(orjson.dumps(files, option=orjson.OPT_SORT_KEYS)).hexdigest()
    lexicon_only = [c for c in CATEGORIES if c not in names]
    manifest: dict[str, Any] = {
        "format": MODEL_FORMAT,
        "format_version": MODEL_FORMAT_VERSION,
        "analyzer_version": ANALYZER_VERSION,
        "analysis_fingerprint": analysis_fingerprint(),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "netra_version": _version("netra"),
        "scikit_learn_version": _version("scikit-learn"),
        "python": platform.python_version(),
        "seed": seed,
        "folds": folds,
        "data": {"sha256": data_sha, "files": files},
        "features": {
            "word": {"ngrams": [1, 2], "on": "stems", "terms": len(word_terms)},
            "char": {"ngrams": list(CHAR_NGRAMS), "on": "words", "terms": len(char_terms)},
            "tf": "sublinear",
            "idf": "smooth",
            "norm": "l2 per block",
        },
        "categories": [r.name for r in reports if r.is_category],
        "lexicon_only_categories": lexicon_only,
        "heads": {
            r.name: {
                "category": r.is_category,
                "threshold": r.threshold,
                "blend": r.blend,
                "gate": r.gate,
                "C": r.c,
                "source": r.source,
                "rows": r.rows,
                "positives": r.positives,
                "oof": {
                    "precision": r.oof_precision,
                    "recall": r.oof_recall,
                    "f1": r.oof_f1,
                    "accuracy": r.oof_accuracy,
                    "model_only_f1": r.oof_model_only_f1,
                    "lexicon_only_f1": r.oof_lexicon_only_f1,
                },
            }
            for r in reports
        },
        "notes": notes,
    }
    _write_model(out, manifest, model)
    return TrainReport(
        out=out,
        heads=reports,
        skipped=skipped,
        lexicon_only_categories=lexicon_only,
        data_sha256=data_sha,
        word_features=len(word_terms),
        char_features=len(char_terms),
        seconds=round(time.perf_counter() - started, 1),
        notes=notes,
    )


def _coef(model: Any, width: int) -> FloatArray:
    if isinstance(model, _Constant):
        return np.zeros(width)
    return np.asarray(model.coef_[0], dtype=np.float64)


def _intercept(model: Any) -> float:
    if isinstance(model, _Constant):
        return model.value
    return float(model.intercept_[0])


def _write_model(out: Path, manifest: dict[str, Any], model: LinearModel) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # The manifest goes last: a folder with a manifest is a complete model.
    (out / "manifest.json").unlink(missing_ok=True)
    arrays: dict[str, Any] = dict(model.arrays())
    np.savez_compressed(out / "weights.npz", **arrays)
    vocab = {"word": model.word_terms, "char": model.char_terms}
    (out / "vocab.json").write_bytes(orjson.dumps(vocab))
    (out / "manifest.json").write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2))


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"
