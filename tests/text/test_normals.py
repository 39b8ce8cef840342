"""Normal forms computed once by the caller give the same results as each matcher's own.

Detectors normalise every text once per scan and hand the normal forms to the classifier, the
claim matcher, the document matcher and the campaign detector; those must judge exactly as
when they normalise the text themselves. Texts are drawn from the words the matchers look for,
written the way posts write them (case, elongation, leetspeak, hashtags, line breaks, OCR
hyphenation), so that hits are common.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from netra.detect.campaign import CampaignDetector, TargetRef
from netra.text.claims import ClaimMatcher, ClaimRef
from netra.text.classify import TextClassifier, analyze, analyze_normal
from netra.text.leaks import DocRef, DocumentMatcher
from netra.text.normalize import normalize

DOC = (
    "Dengan hormat, dalam rangka penataan organisasi perangkat daerah tahun anggaran 2024, "
    "bersama ini kami sampaikan bahwa Badan Kepegawaian Daerah telah menyusun daftar pejabat "
    "administrator yang akan dipindahkan ke unit kerja lain mulai awal bulan Juli. Daftar "
    "tersebut belum boleh diumumkan kepada pegawai yang bersangkutan sebelum ditandatangani "
    "oleh bupati dan diperiksa oleh sekretaris daerah."
)
CLAIMS = [
    ClaimRef(
        "H1",
        "Vaksin campak yang dibagikan di sekolah dasar mengandung zat pemandul untuk "
        "mengurangi jumlah penduduk",
        "hoax",
    ),
    ClaimRef("H2", "Pemungutan suara pemilu diundur ke bulan Maret", "misleading"),
    ClaimRef("T1", "Pemungutan suara pemilu digelar serentak pada 14 Februari", "true"),
]
TARGETS = [
    TargetRef("T02", "Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "E1", "02", None),
    TargetRef("P03", "Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", None, "3", None),
]
KEYWORDS = [("T02", "#PrabowoGibran"), ("T02", "AMIN"), ("P03", "Salam Metal")]

WORDS = [
    *DOC.split()[:40],
    *" ".join(c.text for c in CLAIMS).split(),
    *[
        "ayo",
        "dukung",
        "coblos",
        "nomor",
        "02",
        "pak",
        "Prabowo",
        "jangan",
        "pilih",
        "#PrabowoGibran",
        "AMIN",
        "salam",
        "metal",
        "dasar",
        "goblok",
        "bangsat",
        "maling",
        "kafir",
        "bakar",
        "serbu",
        "khilafah",
        "thogut",
        "bokep",
        "HOAKS",
        "tidak",
        "benar",
        "RAHASIA",
        "Nomor:",
        "800/117/BKD/2024",
        "pelak-",
        "sanaan",
    ],
    "\n",
    "pr4b0w0",
    "dukuuung",
    "GANYANG!!",
    "0️⃣2️⃣",
]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
# Texts that hit, so that every run compares hits and not only empty results.
HITS = [
    "Bocoran nih:\n" + DOC.upper(),
    "Info penting!! " + CLAIMS[0].text.lower() + ", sebarkan",
    "Ayo coblos nomor 02 #PrabowoGibran, dukung pak Prabowo!!",
    "Kepala dinas itu goblok dan bangsat, maling uang rakyat",
    "SANGAT RAHASIA Nomor: 800/117/BKPSDM/2024",
]


@pytest.fixture(scope="module")
def classifier() -> TextClassifier:
    return TextClassifier.load(None)


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(TEXTS, max_size=8))
@example(texts=HITS)
def test_classifier(classifier: TextClassifier, texts: list[str]) -> None:
    normals = [normalize(t) for t in texts]
    assert classifier.classify_many(texts, normals=normals) == classifier.classify_many(texts)
    assert [analyze_normal(n) for n in normals] == [analyze(t) for t in texts]


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(TEXTS, max_size=8))
@example(texts=HITS)
def test_claims(texts: list[str]) -> None:
    matcher = ClaimMatcher(CLAIMS)
    normals = [normalize(t) for t in texts]
    assert matcher.match_many(texts, normals=normals) == matcher.match_many(texts)


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(TEXTS, max_size=8), min_words=st.sampled_from([6, 10, 30]))
@example(texts=HITS, min_words=30)
def test_documents(texts: list[str], min_words: int) -> None:
    matcher = DocumentMatcher([DocRef("D1", DOC)], min_words=min_words)
    normals = [normalize(t) for t in texts]
    assert matcher.match_many(texts, normals=normals) == matcher.match_many(texts)


def test_the_hits_hit(classifier: TextClassifier) -> None:
    normals = [normalize(t) for t in HITS]
    docs = DocumentMatcher([DocRef("D1", DOC)]).match_many(HITS, normals=normals)
    claims = ClaimMatcher(CLAIMS).match_many(HITS, normals=normals)
    campaign = CampaignDetector(TARGETS, KEYWORDS).detect_many(HITS, normals=normals)
    labels = classifier.classify_many(HITS, normals=normals)
    assert docs[0] and claims[1] and campaign[2] and labels[3].labels


def test_documents_with_a_word_broken_across_a_line() -> None:
    # Hyphenation joins words, so the text's own normal form is not the document words' form.
    matcher = DocumentMatcher([DocRef("D1", DOC)], min_words=10)
    text = DOC.replace("penataan", "pena-\ntaan")
    found = matcher.match_many([text], normals=[normalize(text)])
    assert found == matcher.match_many([text])
    assert found[0] and found[0][0].doc_id == "D1"


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(TEXTS, max_size=8))
@example(texts=HITS)
def test_campaign(texts: list[str]) -> None:
    detector = CampaignDetector(TARGETS, KEYWORDS)
    normals = [normalize(t) for t in texts]
    assert detector.detect_many(texts, normals=normals) == detector.detect_many(texts)


@pytest.mark.parametrize(
    "call",
    [
        lambda: TextClassifier.load(None).classify_many(["a", "b"], normals=["a"]),
        lambda: ClaimMatcher(CLAIMS).match_many(["a"], normals=[]),
        lambda: DocumentMatcher([DocRef("D1", DOC)]).match_many(["a"], normals=["a", "b"]),
        lambda: CampaignDetector(TARGETS, KEYWORDS).detect_many(["a"], normals=[]),
    ],
)
def test_normals_must_match_the_texts(call: object) -> None:
    with pytest.raises(ValueError, match="one normal form per text"):
        call()  # type: ignore[operator]
