"""Measure the text classifiers on the reference data sets' ``test`` rows (nothing is tuned here).

Figures:

- ``hate.sara`` against Ibrohim HS_Religion or HS_Race;
- "any hate or abuse": Ibrohim HS or Abusive against any of our hate.sara, hate.state,
  abuse.defamation or provocation labels;
- ``abuse.defamation`` alone against HS or Abusive;
- political content recall: the share of Satria 2024 election tweets labelled
  ``political.opinion`` (every row there is election talk; there are no negatives);
- the HS + Abusive task of Ibrohim & Budi (2019): example-based accuracy of the two labels
  (|Y ∩ Z| / |Y ∪ Z|, 1 when both are empty) and exact-match accuracy, from the model's
  auxiliary heads, to set beside the paper's figure (about 77%, different split);
- our own everyday sentences (greetings, office posts, neutral election news): how many get a
  hate / abuse / provocation / radicalism / pornography / affiliation label (should be none).

Each figure is given for the lexicon alone and, when a model is loaded, for lexicon + model.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

from netra.text.classify import ANY_HATE_OR_ABUSE, Classification, TextClassifier
from netra.text.train import (
    IBROHIM_DIR,
    IBROHIM_FILE,
    PEMILU_DIR,
    PEMILU_FILE,
    DataError,
    load_ibrohim,
    load_pemilu,
)

__all__ = ["BENIGN_SENTENCES", "EvalReport", "Metric", "evaluate"]

#: Invented everyday posts that must not be labelled as any violation below.
BENIGN_SENTENCES: Final[tuple[str, ...]] = (
    "Assalamualaikum, selamat pagi rekan-rekan, semoga hari ini penuh berkah",
    "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin untuk seluruh umat muslim",
    "Selamat merayakan Natal bagi saudara-saudara umat Kristiani, damai di hati",
    "Selamat Hari Raya Nyepi bagi umat Hindu, semoga damai selalu",
    "Gong Xi Fa Cai, selamat Tahun Baru Imlek untuk warga Tionghoa di kota kita",
    "Selamat Hari Waisak bagi umat Buddha, semoga semua makhluk berbahagia",
    "Jumat berkah, jangan lupa sedekah dan sholat berjamaah di masjid",
    "Rapat koordinasi pelayanan publik di kantor kecamatan berjalan lancar hari ini",
    "Apel pagi bersama seluruh pegawai dinas, tetap semangat melayani masyarakat",
    "Pelayanan pembuatan KTP elektronik dibuka sampai pukul 15.00, silakan datang",
    "Kerja bakti membersihkan saluran air bersama warga RT 05, terima kasih semua",
    "Sosialisasi pencegahan stunting di posyandu bersama kader kesehatan desa",
    "Debat capres malam ini membahas ekonomi dan lapangan kerja, pemilu tanggal 14 Februari",
    "KPU mengumumkan daftar calon tetap, masyarakat diimbau mengecek nama di DPT",
    "Jangan lupa datang ke TPS dan gunakan hak pilih dengan bijak",
    "Mari jaga kondusivitas wilayah, jangan mudah terprovokasi berita bohong",
    "BNPT mengajak masyarakat menolak paham radikalisme dan terorisme",
    "NKRI harga mati, Pancasila dasar negara kita bersama",
    "Makan siang ikan bakar bersama tim setelah rapat evaluasi",
    "Pemeriksaan payudara sendiri penting untuk deteksi dini kanker, ayo ke puskesmas",
    "Anjing peliharaan saya sudah divaksin rabies di klinik hewan",
    "Bank sampah kelurahan menerima sampah plastik setiap hari Sabtu",
    "Upacara Hari Lahir Pancasila di halaman kantor bupati berjalan khidmat",
    "Pembagian bantuan sosial untuk warga terdampak banjir sudah disalurkan",
)
_BENIGN_CATEGORIES: Final = (
    "hate.sara",
    "hate.state",
    "abuse.defamation",
    "provocation",
    "radicalism",
    "pornography",
    "political.affiliation",
    "business.promotion",
)


@dataclass(slots=True)
class Metric:
    """One measured figure on one data set."""

    name: str
    dataset: str
    mode: str  # "lexicon" | "lexicon+model" | "model"
    n: int
    positives: int
    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None
    note: str = ""


@dataclass(slots=True)
class EvalReport:
    """All figures of one evaluation run."""

    data_dir: Path
    model_dir: Path | None
    metrics: list[Metric]
    lexicon_only_categories: list[str]
    benign_flags: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        data["data_dir"] = str(self.data_dir)
        data["model_dir"] = str(self.model_dir) if self.model_dir else None
        return data

    def get(self, name: str, mode: str) -> Metric | None:
        """The metric called ``name`` measured in ``mode``, if any."""
        return next((m for m in self.metrics if m.name == name and m.mode == mode), None)


def _binary(
    name: str, dataset: str, mode: str, gold: Sequence[bool], pred: Sequence[bool], note: str = ""
) -> Metric:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    tn = len(gold) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Metric(
        name,
        dataset,
        mode,
        len(gold),
        sum(gold),
        tp,
        fp,
        fn,
        round(precision, 4),
        round(recall, 4),
        round(f1, 4),
        round((tp + tn) / len(gold), 4) if gold else None,
        note,
    )


def _has(results: Sequence[Classification], categories: Sequence[str]) -> list[bool]:
    wanted = set(categories)
    return [bool(wanted.intersection(r.labels)) for r in results]


def evaluate(
    data_dir: Path,
    model_dir: Path | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> EvalReport:
    """Measure the lexicon (and the model in ``model_dir``, if given) on the test rows."""
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    has_ibrohim = (data_dir / IBROHIM_DIR / IBROHIM_FILE).is_file()
    has_pemilu = (data_dir / PEMILU_DIR / PEMILU_FILE).is_file()
    if not has_ibrohim and not has_pemilu:
        raise DataError(
            f"{data_dir}: found neither {IBROHIM_DIR}/{IBROHIM_FILE} nor {PEMILU_DIR}/{PEMILU_FILE}"
        )
    lexicon_clf = TextClassifier.load(None)
    classifiers: list[tuple[str, TextClassifier]] = [("lexicon", lexicon_clf)]
    model_clf: TextClassifier | None = None
    if model_dir is not None:
        model_clf = TextClassifier.load(model_dir, lexicon=lexicon_clf.lexicon)
        classifiers.append(("lexicon+model", model_clf))
    metrics: list[Metric] = []
    notes: list[str] = []
    if model_clf is not None:
        notes.extend(model_clf.warnings)

    if has_ibrohim:
        test = [e for e in load_ibrohim(data_dir) if e.split == "test"]
        texts = [e.text for e in test]
        sara = [bool(e.labels & {"HS_Religion", "HS_Race"}) for e in test]
        any_gold = [bool(e.labels & {"HS", "Abusive"}) for e in test]
        for mode, clf in classifiers:
            say(f"classifying {len(texts):,} {IBROHIM_DIR} test texts ({mode})")
            results = clf.classify_many(texts)
            metrics.append(
                _binary("hate.sara", IBROHIM_DIR, mode, sara, _has(results, ["hate.sara"]))
            )
            metrics.append(
                _binary(
                    "any hate or abuse",
                    IBROHIM_DIR,
                    mode,
                    any_gold,
                    _has(results, ANY_HATE_OR_ABUSE),
                    note="HS or Abusive vs any of " + ", ".join(ANY_HATE_OR_ABUSE),
                )
            )
            metrics.append(
                _binary(
                    "abuse.defamation",
                    IBROHIM_DIR,
                    mode,
                    any_gold,
                    _has(results, ["abuse.defamation"]),
                    note="HS or Abusive",
                )
            )
        if model_clf is not None:
            metrics.extend(_hs_abusive_accuracy(model_clf, texts, test))

    if has_pemilu:
        test_p = [e for e in load_pemilu(data_dir) if e.split == "test"]
        texts_p = [e.text for e in test_p]
        for mode, clf in classifiers:
            say(f"classifying {len(texts_p):,} {PEMILU_DIR} test texts ({mode})")
            results = clf.classify_many(texts_p)
            flagged = _has(results, ["political.opinion"])
            m = _binary(
                "political content recall",
                PEMILU_DIR,
                mode,
                [True] * len(flagged),
                flagged,
                note="every row is election talk: recall only, precision is not measured",
            )
            m.precision = m.f1 = m.accuracy = None
            metrics.append(m)
            wrong = _has(results, ["hate.sara", "hate.state", "provocation", "radicalism"])
            metrics.append(
                Metric(
                    "election tweets given hate/provocation/radicalism labels",
                    PEMILU_DIR,
                    mode,
                    len(wrong),
                    0,
                    fp=sum(wrong),
                    note="share of election talk labelled hate.sara, hate.state, provocation "
                    f"or radicalism: {sum(wrong) / max(len(wrong), 1):.1%} (not all are wrong)",
                )
            )

    benign: dict[str, list[str]] = {}
    for mode, clf in classifiers:
        for text, result in zip(BENIGN_SENTENCES, clf.classify_many(BENIGN_SENTENCES), strict=True):
            bad = [c for c in result.labels if c in _BENIGN_CATEGORIES]
            if bad:
                benign.setdefault(mode, []).append(f"{', '.join(bad)}: {text}")
        metrics.append(
            Metric(
                "own everyday sentences flagged",
                "netra (invented)",
                mode,
                len(BENIGN_SENTENCES),
                0,
                fp=len(benign.get(mode, [])),
                note="greetings, office posts, neutral election news; should be 0",
            )
        )
    lexicon_only = [c for c in lexicon_clf.lexicon.categories]
    if model_clf is not None:
        lexicon_only = [c for c in lexicon_only if c not in model_clf.model_categories]
    return EvalReport(
        data_dir=data_dir,
        model_dir=model_clf.model_dir if model_clf else None,
        metrics=metrics,
        lexicon_only_categories=lexicon_only,
        benign_flags=benign,
        seconds=round(time.perf_counter() - started, 1),
        notes=notes,
    )


def _hs_abusive_accuracy(
    clf: TextClassifier, texts: Sequence[str], test: Sequence[Any]
) -> list[Metric]:
    scores = clf.model_scores(texts)
    heads = clf.manifest.get("heads", {})
    if "aux.hs" not in scores or "aux.abusive" not in scores:
        return []
    t_hs = float(heads["aux.hs"]["threshold"])
    t_ab = float(heads["aux.abusive"]["threshold"])
    example_acc = 0.0
    exact = 0
    for e, p_hs, p_ab in zip(test, scores["aux.hs"], scores["aux.abusive"], strict=True):
        gold = {"HS"} & e.labels | {"Abusive"} & e.labels
        pred = ({"HS"} if p_hs >= t_hs else set()) | ({"Abusive"} if p_ab >= t_ab else set())
        union = gold | pred
        example_acc += len(gold & pred) / len(union) if union else 1.0
        exact += gold == pred
    n = len(test)
    return [
        Metric(
            "HS + Abusive accuracy (example-based)",
            IBROHIM_DIR,
            "model",
            n,
            sum(1 for e in test if e.labels & {"HS", "Abusive"}),
            accuracy=round(example_acc / n, 4) if n else None,
            note="Ibrohim & Budi 2019 report about 77% (random forest, label power-set, "
            "their own split); same data, different split",
        ),
        Metric(
            "HS + Abusive accuracy (exact match)",
            IBROHIM_DIR,
            "model",
            n,
            sum(1 for e in test if e.labels & {"HS", "Abusive"}),
            accuracy=round(exact / n, 4) if n else None,
            note="both labels right",
        ),
    ]
