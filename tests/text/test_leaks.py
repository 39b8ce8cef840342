"""Confidential-document leaks: reproduced passages (OCR-noisy, edited) and security markings.

The memo and every text here are invented for these tests.
"""

from __future__ import annotations

import random

import pytest

from netra.text.leaks import (
    DocRef,
    DocumentMatcher,
    classification_markings,
    letter_numbers,
    words_with_origin,
)

MEMO = """SANGAT RAHASIA
Nomor: 800/417/BKD/2024
Lampiran: satu berkas
Perihal: Rencana mutasi pejabat administrator

Dengan hormat, dalam rangka penataan organisasi perangkat daerah tahun anggaran 2024, bersama
ini kami sampaikan bahwa Badan Kepegawaian Daerah telah menyusun daftar pejabat administrator
yang akan dipindahkan ke unit kerja lain mulai awal bulan Juli. Daftar tersebut belum boleh
diumumkan kepada pegawai yang bersangkutan sebelum ditandatangani oleh bupati dan diperiksa
oleh sekretaris daerah. Setiap kepala dinas diminta menyiapkan berita acara serah terima
jabatan, inventaris barang milik daerah, serta laporan keuangan semester pertama paling lambat
tanggal lima belas Juni. Pejabat yang menolak penempatan baru akan diperiksa oleh inspektorat
sesuai peraturan disiplin pegawai negeri sipil. Untuk menjaga ketenangan kerja, kepala dinas
tidak diperkenankan membahas rencana ini dalam rapat terbuka, grup percakapan, atau media
sosial. Anggaran tunjangan pindah telah dialokasikan pada pos belanja pegawai sebesar dua
miliar tiga ratus juta rupiah dan akan dicairkan setelah surat keputusan terbit. Pegawai yang
saat ini menjalani tugas belajar tidak termasuk dalam daftar dan tetap pada jabatannya sampai
masa studi selesai. Pertanyaan mengenai surat ini disampaikan langsung kepada kepala bidang
mutasi tanpa melalui perantara. Demikian surat ini kami sampaikan, atas perhatian dan kerja
samanya diucapkan terima kasih.

Kepala Badan Kepegawaian Daerah
"""

OTHER = """TERBATAS
Nomor: B-77/KU.02/2024
Rencana pengadaan kendaraan dinas untuk camat di lima kecamatan pesisir dibiayai dari dana
cadangan tahun depan. Harga perkiraan sendiri untuk setiap unit tidak boleh diketahui peserta
lelang sebelum pembukaan penawaran karena dapat memengaruhi persaingan antarpenyedia. Dengan
hormat, dalam rangka tertib administrasi, mohon data ini dijaga. Demikian surat ini kami
sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.
"""

BODY = " ".join(MEMO.split()[14:])  # from "Dengan hormat" on


@pytest.fixture(scope="module")
def matcher() -> DocumentMatcher:
    return DocumentMatcher([DocRef("memo-mutasi", MEMO), DocRef("pengadaan", OTHER)])


def passage(start: int, length: int) -> str:
    return " ".join(BODY.split()[start : start + length])


def ocr_noise(text: str, seed: int, every: int = 8) -> str:
    """Garble about one word in ``every``: swapped look-alike letters, split lines, case."""
    rng = random.Random(seed)
    slips = [("l", "1"), ("i", "l"), ("e", "c"), ("a", "o"), ("m", "rn"), ("o", "0")]
    out: list[str] = []
    for word in text.split():
        if len(word) > 3 and rng.randrange(every) == 0:
            a, b = rng.choice(slips)
            word = word.replace(a, b, 1) if a in word else word[:-1]
        out.append(word.upper() if rng.random() < 0.05 else word)
    lines: list[str] = []
    for i in range(0, len(out), 9):  # an OCR line of nine words
        lines.append(" ".join(out[i : i + 9]))
    return "\n".join(lines)


def test_memo_is_about_two_hundred_words() -> None:
    assert 190 <= len(MEMO.split()) <= 230


def test_forty_word_passage_in_a_post_is_a_leak(matcher: DocumentMatcher) -> None:
    post = f"Bocoran dari kantor sebelah, jangan bilang siapa-siapa ya: {passage(20, 40)} Parah!"
    (hit,) = matcher.match(post)
    assert hit.doc_id == "memo-mutasi"
    assert hit.matched_words == 40
    assert hit.score == 1.0
    # Evidence is the reproduced passage in the post's own words, not the chatter around it.
    assert hit.evidence == passage(20, 40)


def test_twenty_five_word_passage_is_not(matcher: DocumentMatcher) -> None:
    assert matcher.match(f"Bocoran: {passage(20, 25)}") == []


@pytest.mark.parametrize("seed", range(5))
def test_ocr_noisy_forty_words_still_match(matcher: DocumentMatcher, seed: int) -> None:
    text = ocr_noise(passage(60, 45), seed)
    hits = matcher.match(text)
    assert [h.doc_id for h in hits] == ["memo-mutasi"]
    assert 30 <= hits[0].matched_words <= 45
    assert hits[0].score < 1.0 or hits[0].matched_words == 45


@pytest.mark.parametrize("seed", range(3))
def test_ocr_noisy_twenty_five_words_do_not(matcher: DocumentMatcher, seed: int) -> None:
    assert matcher.match(ocr_noise(passage(60, 25), seed)) == []


def test_small_edits_are_allowed(matcher: DocumentMatcher) -> None:
    words = passage(30, 45).split()
    words[5] = "SEGERA"  # changed
    del words[12]  # dropped
    del words[20:22]  # two dropped
    words.insert(30, "katanya")  # inserted
    hits = matcher.match(" ".join(words))
    assert [h.doc_id for h in hits] == ["memo-mutasi"]
    assert hits[0].matched_words >= 38
    assert 0.8 <= hits[0].score < 1.0


def test_hyphenation_across_ocr_lines(matcher: DocumentMatcher) -> None:
    words = passage(40, 40).split()
    words[10] = words[10][:3] + "-\n" + words[10][3:]
    assert matcher.match(" ".join(words))[0].matched_words == 40


def test_common_phrases_and_closing_formulas_never_match(matcher: DocumentMatcher) -> None:
    text = (
        "Dengan hormat, dalam rangka penataan organisasi perangkat daerah kami mengundang "
        "Bapak/Ibu hadir pada rapat koordinasi hari Senin di aula kantor bupati. Mohon hadir "
        "tepat waktu dan membawa data pegawai masing-masing. Demikian surat ini kami "
        "sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."
    )
    assert matcher.match(text) == []


def test_scattered_fragments_do_not_add_up(matcher: DocumentMatcher) -> None:
    # Three 12-word fragments far apart in the memo, with the post's own words between.
    text = (
        f"{passage(0, 12)} ini gila sih menurut saya pribadi, kok bisa begitu ya teman teman "
        f"{passage(80, 12)} terus apa lagi yang mereka rencanakan untuk kita semua nanti "
        f"{passage(150, 12)}"
    )
    assert matcher.match(text) == []


def test_each_document_is_told_apart(matcher: DocumentMatcher) -> None:
    other_body = " ".join(OTHER.split()[3:40])
    texts = [passage(0, 40), other_body, "tidak ada apa-apa di sini", ""]
    results = matcher.match_many(texts)
    assert [[h.doc_id for h in r] for r in results] == [["memo-mutasi"], ["pengadaan"], [], []]


def test_a_whole_copy_counts_every_word(matcher: DocumentMatcher) -> None:
    (hit,) = [h for h in matcher.match(MEMO) if h.doc_id == "memo-mutasi"]
    assert hit.matched_words == len(words_with_origin(MEMO)[0])
    assert hit.score == 1.0
    assert len(hit.evidence) <= 410 and " … " in hit.evidence


def test_min_words_is_configurable() -> None:
    strict = DocumentMatcher([DocRef("m", MEMO)], min_words=50)
    assert strict.match(passage(0, 45)) == []
    assert strict.match(passage(0, 55))[0].matched_words == 55
    with pytest.raises(ValueError):
        DocumentMatcher([], min_words=3)
    assert DocumentMatcher([]).match(passage(0, 50)) == []


def test_words_with_origin_maps_back_to_raw_words() -> None:
    words, origin = words_with_origin("Pr4bowo2024 menang!! di-\nsini")
    assert words == ["prabowo", "2024", "menang", "disini"]
    assert origin == [0, 0, 1, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SANGAT RAHASIA\nNomor: 800/123/BKD/2024", ["SANGAT RAHASIA"]),
        ("rahasia — No. B-123/KP.01/2024 perihal mutasi", ["RAHASIA"]),
        ("Terbatas. Nomor : 005 / 1234 / SJ tentang anggaran", ["TERBATAS"]),
        (
            "Sangat-Rahasia dan TERBATAS, nomor 440/2345/Dinkes/VIII/2024",
            ["SANGAT RAHASIA", "TERBATAS"],
        ),
        # A marking alone is ordinary language; a letter number alone is not classified.
        ("Rahasia sukses jualan online, kuota terbatas!", []),
        ("Nomor: 800/123/BKD/2024 perihal undangan rapat", []),
        # "No. 5/2014" cites a law, not a letter.
        ("Informasi terbatas sesuai UU No. 5/2014", []),
    ],
)
def test_classification_markings(text: str, expected: list[str]) -> None:
    assert classification_markings(text) == expected


def test_letter_numbers() -> None:
    text = "Nomor: 800/123/BKD/2024. Lihat juga No. B-123/KP.01/2024 dan nomor 800/123/BKD/2024"
    assert letter_numbers(text) == ["800/123/BKD/2024", "B-123/KP.01/2024"]
    assert letter_numbers("no 2/3 atau nomor urut 2") == []
