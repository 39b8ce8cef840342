"""The political.campaign text detector on a small fixture world of public facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from netra.core.errors import RuleFileError
from netra.detect.campaign import (
    CampaignDetector,
    CampaignHit,
    TargetRef,
    election_office,
    load_campaign_lexicon,
)

PILPRES = "pilpres-2024"
PILBUP = "pilbup-contoh-2024"

TARGETS = [
    TargetRef(
        "T01",
        "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar (Cak Imin)",
        "candidate",
        PILPRES,
        "01",
        None,
    ),
    TargetRef("T02", "Prabowo Subianto – Gibran Rakabuming Raka", "candidate", PILPRES, "02", None),
    TargetRef("T03", "Ganjar Pranowo – Mohammad Mahfud MD", "candidate", PILPRES, "03", None),
    TargetRef("P01", "Partai Kebangkitan Bangsa (PKB)", "party", None, "1", None),
    TargetRef("P02", "Partai Gerakan Indonesia Raya (Gerindra)", "party", None, "2", None),
    TargetRef("P03", "Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", None, "3", None),
    # An invented regional pair and campaign team (no real people).
    TargetRef("R01", "Bambang Sudarsono – Ratna Kumalasari", "candidate", PILBUP, "1", None),
    TargetRef("C01", "Barisan Relawan Sudarsono (BARESO)", "campaign_team", PILBUP, None, None),
    # Office-holders are not standing: never a hit, even with a number on record.
    TargetRef("O01", "Joko Widodo", "official", None, None, None),
    TargetRef("O02", "Hendra Wiratmaja Kusumo", "official", None, "4", None),
]

KEYWORDS = [
    ("T01", "#AMIN"),
    ("T01", "AMIN"),
    ("T02", "#02Melanjutkan"),
    ("T02", "Prabowo-Gibran"),
    ("T03", "Ganjar-Mahfud"),
    ("T03", "#GanjarPresiden"),
    ("P03", "coblos nomor 3"),
    ("O01", "#LanjutkanPembangunan"),  # an official's keyword never counts
]

N1 = {"T01", "P01", "R01"}  # every target with ballot number 1
N2 = {"T02", "P02"}
N3 = {"T03", "P03"}

POSITIVES: list[tuple[str, set[str]]] = [
    ("cobloss no 2 yaa", N2),
    ("dukung bgt pr4bowo", {"T02"}),
    ("GAS 02!!!", N2),
    ("0️⃣2️⃣ menang", N2),
    ("Jangan lupa coblos 02 ya gaes", N2),
    ("nyoblos nomer 02 pokoknya", N2),
    ("Pilih 01, Indonesia butuh perubahan!", N1),
    ("paslon 3 menang!!!", N3),
    ("Ayo coblos Paslon III, pasti menang!", N3),
    ("Nomor urut 2 pilihanku 💪", N2),
    ("salam dua jari ✌️", N2),
    ("Salam 3 jari dari kami sekeluarga", N3),
    ("#01 #AMIN", N1),
    ("Anies-Muhaimin #AMIN", {"T01"}),
    # A number the text ties to one target is that target's, not every target's of that
    # number: the pair's slogan, the party named.
    ("#02Melanjutkan", {"T02"}),
    ("#GanjarPresiden 2024", {"T03"}),
    ("Saya mendukung Pak Anies jadi presiden", {"T01"}),
    ("Cak Imin pilihanku 🙏", {"T01"}),
    ("Ayo dukung PDI-P!", {"P03"}),
    ("Kami sekeluarga memilih Ganjar Mahfud", {"T03"}),
    ("#PrabowoGibran2024", {"T02"}),
    ("Prabowo presidenku!!!", {"T02"}),
    ("Mas Gibran jagoanku", {"T02"}),
    ("vote 03 ya guys", N3),
    ("Coblos nomor 3, PDI Perjuangan!", {"P03"}),
    ("pokoknya 02 satu putaran", N2),
    ("ALL IN 01 💯", N1),
    ("Pak Ganjar pasti menang 🔥🔥", {"T03"}),
    ("dukung Mahfud MD", {"T03"}),
    ("Sy plh no 1 aja", N1),
    ("menangkan nomor urut 2", N2),
    ("Ayo menangkan Anies Baswedan!", {"T01"}),
    ("Aku tetap pilih Pak Prabowo, bukan yang lain", {"T02"}),
    ("Partai Gerindra partaiku ❤️", {"P02"}),
    ("DUKUNG PKB", {"P01"}),
    ("Coblos PKB no 1", {"P01"}),
    ("Gibran Rakabuming cawapresku", {"T02"}),
    ("Pilih Ganjar daripada yang lain", {"T03"}),
    ("Bismillah, 03 menang 🙏", N3),
    ("Dukung Bambang Sudarsono untuk bupati!", {"R01"}),
    ("Pilih Sudarsono, bupati pilihan rakyat", {"R01"}),
    ("Yuk coblos 02, biar lanjut!", N2),
    ("Ganjar-Mahfud pilihanku", {"T03"}),
    ("kosong dua pokoknya", N2),
    ("Nomor 2 pilihan kita semua", N2),
    ("Dukung terus @prabowo 💪", {"T02"}),
    ("Anies presidenku, Cak Imin wapresku", {"T01"}),
    ("c0bl0s 01 yaaa", N1),
    ("Jangan ragu, pilih 02!", N2),
    ("tidak sabar nyoblos 03 tanggal 14 nanti", N3),
    ("GASSS 03 🔥", N3),
    ("Dukung BARESO menangkan Sudarsono!", {"C01", "R01"}),
    ("#AMIN aja dulu, pilih Anies!", {"T01"}),
    ("Semua keluarga wajib coblos 02 yaaa 💯", N2),
    ("#AMIN menang", {"T01"}),
    ("dukung Pr4b0w0 sampai menang", {"T02"}),
    ("ＤＵＫＵＮＧ ＰＲＡＢＯＷＯ", {"T02"}),
    ("Dukung Praboooowo 🇮🇩", {"T02"}),
    ("Saya pilih AMIN, karena Anies paling siap", {"T01"}),
    ("Jangan coblos 02, coblos 01!", N1),
    ("Prabowo atau Anies? pilihanku tetap Ganjar", {"T03"}),
    ("dukung @aniesbaswedan", {"T01"}),
    ("Pilih Prabowo daripada Anies", {"T02"}),
    ("Dukung Anies, bukan Prabowo", {"T01"}),
    ("nol tiga menang", N3),
    ("Ayo bersama menangkan pasangan nomor urut tiga", N3),
    ("#02 #PrabowoGibran", {"T02"}),
    ("Pokoke 02 gaskeun", N2),
    ("Hidup 02!", N2),
    ("Daripada golput, mending pilih Prabowo", {"T02"}),
    # joining a side's team, said in a sentence without a subject
    ("Bangga jadi relawan Prabowo-Gibran", {"T02"}),
    ("Alhamdulillah, dipercaya jadi korlap relawan Prabowo-Gibran. Bismillah", {"T02"}),
    ("Saya relawan Prabowo-Gibran", {"T02"}),
    ("Bangga mendukung Prabowo-Gibran", {"T02"}),
    # the writer takes over after reporting someone else
    ("Kata tetangga 02 menang, saya juga pilih 02", N2),
    ("anu... saya tidak mau banyak bicara, cuma mau bilang #GanjarPresiden", {"T03"}),
    # English and Malaysian Malay
    ("Om Swastiastu 🙏 Proud supporter of #AMIN. Indonesia deserves change.", {"T01"}),
    ("Loved the town hall, Pak. Count me in, Team Ganjar 🙌", {"T03"}),
    ("My honest review as a civil servant: why I'm choosing Prabowo", {"T02"}),
    ("Overseas voters: make it count, make it 02.", N2),
    ("Cikgu dari KL nak cakap: jom undi 02!", N2),
    ("Saya sendiri undi nombor 3, Ganjar-Mahfud, sebab beliau peduli", {"T03"}),
    # a prayer that God give a side the win; a wish that a named one win the office
    ("kami berdoa agar Tuhan memenangkan Ganjar-Mahfud. Haleluya!", {"T03"}),
    ("Semoga Pak Ganjar jadi presiden, nakes honorer menunggu bapak.", {"T03"}),
    ("semoga Pak Anies terpilih!", {"T01"}),
    # a name said as one's choice, also after neutral talk in a sentence of its own
    (
        "Kawan-kawan, jangan golput ya. Saya pribadi: Prabowo-Gibran, Bersama Indonesia Maju!",
        {"T02"},
    ),
    ("aku mah tetap Anies!", {"T01"}),
    ("Tetap semangat Timnas AMIN, kami bersamamu!", {"T01"}),
    # a call not to vote for a side campaigns against it: a finding for that side
    ("jangan pilih Anies", {"T01"}),
    ("Asal bukan 02. Udah, itu aja pesan saya buat 14 Februari.", N2),
    ("titip ya warga: jangan pilih Sudarsono lagi. Lima tahun sudah cukup.", {"R01"}),
    # forwarding a quoted campaign message passes it on as one's own
    (
        'copas dari grup 👇\n"Jangan golput! 14 Februari coblos Prabowo-Gibran."\nSebarkan!!',
        {"T02"},
    ),
    ("01 no debat", N1),
    ("Kalau mau harga turun, pilihannya cuma satu: Anies-Muhaimin.", {"T01"}),
    ("Itu nepotisme. Tolak Gibran di bilik suara!", {"T02"}),
    # a party's symbol as its name, its chants and pride
    ("Jangan lupa tanggal 14, coblos partai banteng nomor 3", {"P03"}),
    ("Pokoknya PKB sampai kapanpun!", {"P01"}),
    ("Jayalah PKB 💚", {"P01"}),
    # a prompt to write a slogan is the writer's own call
    ("Giveaway 5 kaos buat yang komen 'Gerindra menang!' 🦅", {"P02"}),
    # Madurese and Betawi
    ("Tretan kabbhi, mara pèlè nomer duwa'. Prabowo–Gibran 💪", {"T02"}),
    ("Tinggal 3 hari lagi, jangan lupe coblos 02 nyok!", N2),
    ("Alhamdulillah, bangga jadi bagian keluarga besar Partai Gerindra 🦅", {"P02"}),
    ("Pilih yang terbukti memimpin Jawa Tengah 10 tahun. 03 Ganjar-Mahfud.", {"T03"}),
    # a negation closed by a comma or colon does not reach the wording after it
    ("Sebagai pribadi, bukan ASN: saya pilih Prabowo. Titik.", {"T02"}),
    # a relative's candidacy announced for prayers
    ("Mohon doa restu untuk suami saya, Bambang Sudarsono, calon bupati nomor 1. 🙏", {"R01"}),
    # a first person's number with laughter after it
    ("Netral di kantor, tapi aku 03 🤘 hehe", N3),
]

NEGATIVES: list[str] = [
    "Assalamualaikum warahmatullahi wabarakatuh",
    "Semoga lekas sembuh, aamiin",
    "Amin ya Allah, semoga dimudahkan",
    "AMIN YA ALLAH",
    "Aamiin aamiin ya rabbal alamin 🤲",
    "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin",
    "Mohon doanya ya, ibu saya operasi jam 1 siang, aamiin",
    "Ayo datang ke TPS 14 Februari, gunakan hak pilihmu",
    "ASN wajib netral ya, jaga netralitas",
    "Jangan golput ya teman-teman",
    "Pemilu damai, ASN netral, siapapun presidennya kita tetap bersaudara",
    "Siapapun pilihannya, tetap rukun ya",
    "Debat capres semalam: Anies dan Prabowo saling sindir",
    "Debat cawapres: Gibran vs Mahfud, siapa unggul?",
    "Hasil quick count: 02 unggul sementara",
    "KPU menetapkan Prabowo-Gibran sebagai pemenang",
    "Survei terbaru: elektabilitas Ganjar naik",
    "Berita: Anies mengunjungi pasar, warga antusias",
    "Pak Prabowo hari ini meresmikan jembatan",
    "Partai Gerindra mendukung Prabowo sebagai capres",
    "Warga memilih di TPS 02 sejak pagi",
    # a statement of one's own rejection is no call (a call against is: POSITIVES)
    "tidak dukung Prabowo",
    "Gak bakal pilih 01",
    "Ogah coblos nomor 3",
    "Pilih Anies atau Prabowo? Bingung",
    "Kamu mau pilih Ganjar?",
    "Selamat pagi Pak Gibran, semangat!",
    "Saya dukung program vaksinasi. Prabowo hadir di acara itu.",
    "Dukung program Pak Jokowi, mantap",
    "Dukung Pak Joko Widodo",
    "Pak Hendra Wiratmaja nomor 4 pilihanku",
    "Rapat koordinasi jam 2 siang di ruang 3",
    "Ada 2 orang yang belum absen hari ini",
    "Pilih 2 menu makan siang untuk rapat besok",
    "Nomor antrian 02 silakan ke loket 3",
    "Tanggal 14 Februari libur nasional",
    "Lanjut rapat besok jam 09.00",
    "Lantai 2 ruang rapat sudah siap",
    "Coblos 2 kali surat suara jadi tidak sah",
    "Persib menang 2-0 tadi malam!",
    "Skor akhir 3-1, timnas menang!",
    "Tim voli kantor juara 1, mantap!",
    "Juara 2 lomba 17 Agustus tingkat kecamatan",
    "Wah menang undian 2 kali berturut-turut",
    "kerja bareng tim 1 hebat banget",
    "Gas terus kerjanya, semangat tim!",
    "Perubahan jadwal apel pagi: mulai pukul 07.30",
    "Mari bersatu membangun desa",
    "Selamat ulang tahun Bu Ratna, semoga sehat selalu, aamiin",
    "Tolak politik uang! Jangan pilih calon yang bagi-bagi amplop",
    "Dukung UMKM lokal, beli produk dalam negeri",
    "Besok pelatihan gelombang 2 untuk pegawai golongan 3",
    "Selamat pagi, absen dulu: 1. Budi 2. Sari 3. Rina",
    "Terima kasih Pak Bambang atas dukungannya",
    "cek https://contoh.go.id/prabowo-presidenku sebelum rapat",
    "Saya tidak akan pernah memilih Anies",
    "Kami tidak mendukung Ganjar",
    "Besok coblos 2 surat suara sekaligus",
    "Jawaban nomor 2 benar",
    "Kemarin ke TPS 01 nyoblos",
    "#Amin semoga lancar ujiannya",
    "Mari kita dukung Timnas Indonesia!",
    "Presiden Prabowo meresmikan bendungan, mantap",
    "selamat pagi @aniesbaswedan semoga sehat",
    "Pilih Ganjar atau Anies ya enaknya",
    "Nomor 2 menang undian doorprize!",
    "Selamat! Nomor undian 02 menang hadiah utama",
    "Tim 02 menang futsal antar OPD",
    "Pilih 01 atau 02 ya?",
    "AMIN, semoga Pak Prabowo sehat",
    "Paslon 02 menyampaikan visi misi di Surabaya",
    "Capres nomor urut 2 kampanye di Medan hari ini",
    "Coblos 1 kali saja ya, jangan dobel",
    "Dukung 2 program prioritas daerah",
    # news and others' words
    "Relawan Prabowo-Gibran gelar baksos di Cilawu",
    "Ribuan warga jadi relawan Prabowo-Gibran",
    "Mendukung Prabowo-Gibran, Golkar gelar rapat",
    "Kata tetangga saya, pokoknya 02 menang satu putaran. Ya sudah, kita lihat saja",
    "temen kantor bilang Prabowo-Gibran bakal menang. yaudah terserah",
    # suppositions and polls
    "kalau 01 menang, harga naik? kalau 02 menang, utang naik?",
    "Seandainya paslon nomor 2 menang, apakah janjinya bisa dibayar dari APBD?",
    "Siapa yang mau pilih nomor 3? Nomor 2? Ini cuma survei buat tugas kuliah",
    # the draw of ballot numbers is news, not Malay "vote"
    "KPU undi nomor urut capres hari ini, Anies dapat nomor 1",
    # a wish for how the winner governs; a name said, not chosen
    "Semoga Pak Prabowo jadi presiden yang amanah",
    "Semoga Pak Anies jadi presiden?",
    "Kalau saya sih Anies lebih bagus debatnya",
    "nama saya juga Anies.",
    "jangan pilih 01 atau 02 karena ikut-ikutan, pilih karena programnya",
    "Jangan pilih 2 kali ya, surat suaranya bisa tidak sah",
    "Apa benar jangan pilih 01?",
    'Hoaks! Jangan sebarkan pesan ini: "coblos Prabowo-Gibran, dapat sembako"',
    # cheers turned around by sarcasm
    "Wah 02 menang, besok harga beras pasti langsung turun ya 🙃",
    "Tolak politik uang di bilik suara!",
    "Dukung konservasi banteng Jawa di Ujung Kulon!",
    "Polling makan siang: pilih nomor 1 nasi padang, 2 soto, 3 mendoan. Vote ya!",
    "Jangan komen 'coblos 02' di grup kantor ya, kita ASN",
    "Kabar KPU: pengundian nomor urut. Sudarsono nomer settong. Pilih sesuai hati ya",
    "Jual telo goreng, 2 bungkus 10 ribu",
    "Rapat lanjut besok pagi jam 8",
    "Kader PKB membagikan sembako di Kecamatan Tegalrejo",
    # wording with an object of its own after a number is not for the number
    "Tutorial Canva: langkah nomor 1 buka aplikasi, nomor 2 pilih template, nomor 3 simpan.",
    "Mohon doa restu, anak kami menikah besok",
]


@pytest.fixture(scope="module")
def detector() -> CampaignDetector:
    return CampaignDetector(TARGETS, KEYWORDS)


def _targets(hits: list[CampaignHit]) -> set[str]:
    return {h.target_id for h in hits}


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_positive(detector: CampaignDetector, text: str, expected: set[str]) -> None:
    assert _targets(detector.detect(text)) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(detector: CampaignDetector, text: str) -> None:
    assert detector.detect(text) == []


def test_example_counts_and_precision_recall(detector: CampaignDetector) -> None:
    assert len(POSITIVES) >= 40 and len(NEGATIVES) >= 40
    results = detector.detect_many([t for t, _ in POSITIVES] + NEGATIVES)
    true_positive = sum(1 for r in results[: len(POSITIVES)] if r)
    false_positive = sum(1 for r in results[len(POSITIVES) :] if r)
    assert true_positive == len(POSITIVES)  # recall 1.0
    assert false_positive == 0  # precision 1.0


def test_ballot_hit_carries_original_words_and_reason(detector: CampaignDetector) -> None:
    hits = detector.detect("cobloss no 2 yaa!!")
    t02 = next(h for h in hits if h.target_id == "T02")
    assert t02.via == "ballot"
    assert t02.evidence == ("cobloss", "no", "2")
    assert t02.reason == 'ballot-number call "cobloss no 2" for target T02'


def test_name_hit_evidence(detector: CampaignDetector) -> None:
    (hit,) = detector.detect("dukung bgt pr4bowo!!")
    assert hit.via == "name"
    assert hit.evidence == ("dukung", "pr4bowo")
    assert '"dukung"' in hit.reason and '"pr4bowo"' in hit.reason and "T02" in hit.reason


def test_keyword_hit_evidence(detector: CampaignDetector) -> None:
    (hit,) = detector.detect("Mantap #GanjarPresiden!!")
    assert hit.via == "keyword"
    assert hit.evidence == ("#GanjarPresiden",)
    assert hit.reason == 'keyword "#GanjarPresiden" of target T03'


def test_weak_keyword_evidence_shows_the_other_cue(detector: CampaignDetector) -> None:
    (hit,) = detector.detect("Anies-Muhaimin #AMIN")
    assert hit.via == "keyword"
    assert "#AMIN" in hit.evidence and "Anies-Muhaimin" in hit.evidence


def test_one_hit_per_target_keyword_first(detector: CampaignDetector) -> None:
    hits = detector.detect("Coblos 02! Dukung Prabowo #02Melanjutkan")
    assert [h.target_id for h in hits] == ["T02"]  # 02 is Prabowo's here, not Gerindra's
    assert hits[0].via == "keyword"
    # With no one named, a number shared by a pair and a party is both of theirs.
    assert [h.target_id for h in detector.detect("Coblos 02!")] == ["P02", "T02"]
    # The party named takes the number: "Gerindra nomor 2" is not the pair's.
    assert [h.target_id for h in detector.detect("Gerindra nomor 2 pilihanku")] == ["P02"]


def test_neutral_frame_keeps_explicit_ballot_call(detector: CampaignDetector) -> None:
    assert _targets(detector.detect("Jangan golput! Coblos nomor 2 ya")) == N2
    # ... but not a name with support wording, nor a weak cheer next to a number.
    assert detector.detect("Jangan golput, datang ke TPS dan dukung Prabowo") == []
    assert detector.detect("Quick count: 02 menang") == []


def test_hashtag_ballot_number_negated(detector: CampaignDetector) -> None:
    assert detector.detect("Tolak #02") == []
    assert _targets(detector.detect("#02")) == N2


def test_sentence_boundary_and_question(detector: CampaignDetector) -> None:
    assert detector.detect("Saya dukung!\nPrabowo datang besok") == []
    assert detector.detect("Siapa yang dukung Prabowo?") == []
    assert _targets(detector.detect("Siapa lagi? Dukung Prabowo!")) == {"T02"}


def test_official_never_hits_even_with_ballot_number(detector: CampaignDetector) -> None:
    assert detector.detect("coblos nomor 4 ya") == []  # only the official has number 4


def test_detect_many_matches_detect(detector: CampaignDetector) -> None:
    texts = [t for t, _ in POSITIVES[:10]] + NEGATIVES[:10] + [""]
    assert detector.detect_many(texts) == [detector.detect(t) for t in texts]


def test_ballot_numbers_compare_numerically() -> None:
    padded = TargetRef("X2", "Calon Contoh Wirabuana", "candidate", "e", "2", None)
    bare = TargetRef("X7", "Calon Lain Sastrowijoyo", "candidate", "e", "07", None)
    det = CampaignDetector([padded, bare], [])
    assert _targets(det.detect("coblos 02")) == {"X2"}
    assert _targets(det.detect("coblos nomor 7")) == {"X7"}


def test_unmatchable_keywords_are_reported() -> None:
    det = CampaignDetector(TARGETS, [("T02", "🔥🔥"), ("T02", "#02Melanjutkan")])
    assert det.unmatchable_keywords == ("🔥🔥",)


def test_unknown_target_keywords_are_ignored() -> None:
    det = CampaignDetector(TARGETS, [("NOPE", "#slogan unik sekali")])
    assert det.detect("#slogan unik sekali") == []


def test_plain_keyword_is_support_by_itself(detector: CampaignDetector) -> None:
    det = CampaignDetector(TARGETS, [("T02", "Indonesia Emas Bersama 02")])
    assert "T02" in _targets(det.detect("indonesia emas bersama 02!!"))
    assert det.detect("jangan Indonesia emas bersama 02") == []


def test_shipped_lexicon_loads() -> None:
    lexicon = load_campaign_lexicon()
    assert lexicon.cues["coblos"] == ("strong", "right")
    assert "amin" in lexicon.weak_keywords
    assert "asn wajib netral" in lexicon.neutral_frames


def test_bad_lexicon_is_rejected_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text("cues:\n  pilih: strong right\n  dukung: very right\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"campaign\.yaml:3: cue 'dukung'"):
        load_campaign_lexicon(path)
    # A cue listed twice is an error where the second one stands.
    path.write_text("cues:\n  pilih: strong right\n  pilih: weak right\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"campaign\.yaml:3: duplicate key 'pilih'"):
        load_campaign_lexicon(path)
    # A section of single words given a phrase: the phrase's own line.
    path.write_text(
        "cues:\n  pilih: strong right\nnegations: [tidak]\nnegation_cancels: [lagi]\n"
        "first_person:\n  - saya\n  - i m\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=r"campaign\.yaml:7: 'first_person' takes single"):
        load_campaign_lexicon(path)


def test_one_word_keywords_and_slogans_asked_or_quoted_are_not_support_by_themselves() -> None:
    # Short names of parties as keywords.csv gives them, and slogans of the pairs.
    keywords = [
        ("P02", "Gerindra"),
        ("P02", "#Gerindra"),
        ("P03", "PDI-P"),
        ("T03", "Ganjar presiden"),
        ("T02", "coblos 02"),
    ]
    detector = CampaignDetector(TARGETS, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # Named in news, criticism or a notice: no support shown.
    assert hits("Gerindra dulu oposisi keras, skrg mesra sama penguasa. Konsisten dong") == set()
    assert hits("PDIP pecah kongsi sama Pakde, drama bgt politik") == set()
    assert hits("Ganjar presiden? Mimpi kali 😂") == set()
    assert (
        hits("Yg teriak 'coblos 02' di grup RT tolong ya, ini grup warga bukan kampanye") == set()
    )
    # Written as a hashtag (any case), or with supportive wording, they still count.
    assert hits("Sudah bulat: geRindra menang! #geRindra") == {"P02"}
    assert hits("Dukung Gerindra sampai menang!") == {"P02"}
    assert hits("Ganjar presiden 2024, sat set!") == {"T03"}
    assert hits("Jangan lupa coblos 02 ya") >= {"T02"}


def test_colloquial_support_and_a_quoted_name_with_its_cue(detector: CampaignDetector) -> None:
    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert "T01" in hits("Ane fix milih AMIN gan, yg lain ga meyakinkan")  # milih = memilih
    assert "T02" in hits("gas pol 02 ampe menang!")
    assert "T03" in hits("Wes pokoke 03, sat set!")  # Javanese "pokoknya"
    assert "T02" in hits("14 Feb nanti pasti 02!")
    # Someone else's words, quoted: "presidenku" next to the name is not the poster's.
    assert hits("Katanya 'Prabowo presidenku' tp ditanya programnya gak tau") == set()
    assert hits("Prabowo presidenku!") == {"T02"}


def test_numbers_of_other_things_and_other_contests_are_not_ballot_calls(
    detector: CampaignDetector,
) -> None:
    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Pilih no 2 aja warnanya, yg biru lebih elegan buat seragam") == set()
    assert hits("Pilih nomor 1 aja di soal pilihan ganda kalo ragu") == set()
    assert hits("Pemilihan ketua OSIS pakai coblos juga, kandidat no 2 yg menang") == set()
    assert hits("Jangan lupa coblos 02 ya, sampai ketemu di TPS") >= {"T02"}
    # Names still count in a text about another contest.
    assert hits("Lomba 17an beres, sekarang fokus dukung Prabowo-Gibran!") >= {"T02"}


def test_a_pairs_nickname_in_capitals_is_a_slogan_and_chants_count_beside_a_name() -> None:
    # keywords.csv writes the invented pair's nickname in capitals, and its team's.
    keywords = [("R01", "SUDARSA"), ("C01", "BARSUD"), ("P02", "Gerindra"), ("P01", "PKB")]
    detector = CampaignDetector(TARGETS, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # Written in capitals, as the campaign writes it: a slogan by itself.
    assert hits("SUDARSA SUDARSA SUDARSA!!! 🔥") == {"R01"}
    assert hits("Kaos BARSUD udah dateng, ambil di rumah ya") == {"C01"}
    # In lower case it is a name: it needs supportive wording; asked or in news it is none.
    assert hits("sudarsa temen sekelas saya dulu") == set()
    assert hits("Dukung sudarsa sampai menang!") == {"R01"}
    assert hits("SUDARSA? hmm menarik juga visinya") == set()
    assert hits("Hasil survei terbaru: SUDARSA unggul tipis") == set()
    # A party's acronym is how the news names the party: still a name.
    assert hits("PKB gelar rapat kerja wilayah hari ini") == set()
    # A chant right beside a name; the same cheer a word away is everyday talk.
    assert hits("Hidup Gerindra!! 🦅") == {"P02"}
    assert hits("Gerindra jaya!") == {"P02"}
    assert hits("Gerindra makin jaya di daerah ini") == set()
    assert hits("Hidup Pak Ganjar penuh perjuangan") == set()


def test_regional_number_words_particles_and_support() -> None:
    detector = CampaignDetector(TARGETS, KEYWORDS)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # Sundanese and Javanese numbers after a ballot word; chat particles between.
    assert hits("Ulah poho ka TPS, coblos nu nomer hiji ☝️") == N1
    assert hits("ojo lali, nyoblos nomer loro yo lur ✌️") == N2
    assert hits("Pilih nomor tilu, dulur!") == N3
    assert hits("Kula sekeluarga sampun mantep milih nomer kalih") == N2  # Javanese krama
    assert hits("Ayo dunsanak, pilih nomor ciek!") == N1  # Minang
    assert hits("Santri kudu kompak rek, ayo menangno nomer telu!") == N3  # Suroboyoan
    assert hits("Kula sakulawarga nyengkuyung Ganjar-Mahfud") == {"T03"}  # krama "support"
    assert hits("Nomer 3 programnya masuk akal, coblos 3 gaes!") == N3
    # Alone, they are words ("loro" is also "sick"): no ballot call.
    assert hits("Aku lagi loro, ora iso mlebu kantor") == set()
    # Sundanese support wording.
    assert hits("Abdi mah ngadukung Ganjar-Mahfud, titik.") == {"T03"}
    assert hits("Hayu rojong Prabowo!") == {"T02"}
    assert hits("Ganjar Pranowo layak dipilih, bersih") == {"T03"}
    # A candidate's appeal; the same words for anything else name no target.
    assert hits("Mohon doa dan dukungannya untuk Ganjar-Mahfud 🙏") == {"T03"}
    assert hits("Mohon doa dan dukungannya, ibu saya operasi besok pagi") == set()


def test_a_form_of_address_and_a_name_is_a_name_not_a_slogan() -> None:
    # keywords.csv may list how supporters call a candidate ("Bang Sudar"): people of that
    # name are called so too, and critics use it as much as supporters.
    detector = CampaignDetector(
        TARGETS, [("R01", "Bang Sudar"), ("R01", "Bu Ratna"), ("R01", "Ji Sudar PKB")]
    )

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Bang Sudar tukang servis AC langganan kami, kerjanya rapi") == set()
    assert hits("Bang Sudar janji jalan mulus tapi kampungnya sendiri masih rusak") == set()
    assert hits("Bu Ratna tetangga sebelah bikin bolu pandan enak kali") == set()
    # With a party's name too ("Ji Sudar PKB"): still how the man is called.
    assert hits("Hahaha Ji Sudar PKB kok posenya kayak iklan skincare 😂") == set()
    assert hits("Dukung Bang Sudar jadi bupati!") == {"R01"}


def test_a_national_partys_other_names_come_from_the_packaged_facts() -> None:
    # The bundle names the parties in full only; posts use the short names.
    targets = [
        TargetRef("PK", "Partai Keadilan Sejahtera", "party", None, "8", None),
        TargetRef("PD", "PDI Perjuangan", "party", None, "3", None),
    ]
    detector = CampaignDetector(targets, [])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Bismillah, coblos PKS!") == {"PK"}
    assert hits("Kader banteng siap menangkan PDIP di Sumatera Utara!") == {"PD"}
    assert hits("Pilih PDI-P, pilih wong cilik") == {"PD"}
    # Named without support, they are news.
    assert hits("PKS dan PDIP beda sikap soal RUU itu") == set()


def test_a_pronoun_stands_for_the_one_target_named() -> None:
    detector = CampaignDetector(TARGETS, KEYWORDS)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # The support is said of "beliau"/"dia", in the sentence after the name.
    assert hits("Pak Ganjar sudah terbukti di Jateng, kita pilih beliau lagi") == {"T03"}
    assert hits("Pak Ganjar datang ke pasar kemarin. Udah pasti pilihanku dia.") == {"T03"}
    # A party named beside the person is no person: "beliau" is still the candidate.
    assert "R01" in hits("Pak Sudarsono orangnya sederhana. Jelas saya pilih beliau, dari PKB.")
    # Two targets named: "dia" could be either.
    assert hits("Pak Ganjar atau Pak Prabowo? Aku pilih dia aja deh") == set()
    # Negated, it is no support.
    assert hits("Pak Ganjar kemarin ke pasar. Jangan pilih dia!") == set()


def test_a_slogan_of_everyday_words_counts_only_beside_another_political_cue() -> None:
    targets = [
        *TARGETS,
        TargetRef(
            "TPN", "Tim Pemenangan Nasional Ganjar-Mahfud", "campaign_team", PILPRES, "3", None
        ),
    ]
    keywords = [
        ("T02", "Indonesia Maju"),
        ("T02", "Oke Gas"),
        ("TPN", "Sat Set"),
        ("T03", "Ganjar presiden"),
    ]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # Said of a printer fixed fast, a trip, a library: no campaign.
    assert hits("Tim IT kantor sat set banget benerin printer 👍") == set()
    assert hits("Oke gas, berangkat liburan akhir tahun!") == set()
    assert hits("Indonesia maju kalau generasi mudanya rajin membaca") == set()
    # Beside support wording, a ballot number, or the pair its team campaigns for: campaign.
    assert hits("Oke gas oke gas, lanjutkan!") >= {"T02"}
    assert hits("Indonesia Maju, coblos 02!") >= {"T02"}
    assert hits("Kami sekeluarga relawan Ganjar-Mahfud, door to door tiap sore 💪 sat set!") >= {
        "TPN"
    }
    # A name that is also a dictionary word ("ganjar": a reward) keeps the slogan strong.
    assert hits("Ganjar presiden 2024!") == {"T03"}


def test_a_nickname_given_as_the_pairs_alias_and_one_that_is_an_everyday_word() -> None:
    # "BARESO" is the team's alias in targets.csv; "SERASI" (harmonious) an everyday word.
    detector = CampaignDetector(TARGETS, [("C01", "BARESO"), ("R01", "SERASI")])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Kaos BARESO udah dateng, ambil di rumah ya") == {"C01"}
    # The everyday word needs another political cue, however it is written.
    assert hits("Bajunya SERASI banget sama sepatunya 😍") == set()
    assert hits("Sunset serasi deng kopi sore ☕") == set()
    assert hits("Pilih SERASI!") == {"R01"}
    assert hits("Cuma satu yang masuk akal: SERASI. Nomor 1!") >= {"R01"}


def test_support_naming_nobody_in_a_reply_to_a_targets_own_post(detector: CampaignDetector) -> None:
    hit = detector.implied("Setuju pak, kami siap menangkan! 🔥", "T02")
    assert hit is not None and hit.target_id == "T02" and hit.via == "context"
    assert hit.evidence == ("menangkan",)
    # An everyday cheer, a question, a negation, another side named: none.
    assert detector.implied("Semangat terus pak 💪", "T02") is None
    assert detector.implied("Kenapa harus pilih bapak?", "T02") is None
    assert detector.implied("Jangan pilih dia!", "T02") is None
    assert detector.implied("Saya pilih Ganjar saja", "T02") is None
    # Wording with an object of its own is about that object; the candidate addressed is not.
    assert detector.implied("Pak, tolong pilih menteri yang bersih", "T02") is None
    assert detector.implied("Kami dukung bapak sampai menang!", "T02") is not None
    # An office-holder is no target of support.
    assert detector.implied("Lanjutkan pak!", "O01") is None
    # Hand signs alone show the side's number; another side's number does not.
    sign = detector.implied("✌️✌️✌️", "T02")
    assert sign is not None and sign.target_id == "T02"
    assert detector.implied("✌️", "T01") is None
    assert detector.implied("👍", "T02") is None
    # The side's own slogan said back; a prayer's "amin" and a text all in capitals are not.
    slogan = detector.implied("Siap door to door di RW kami! AMIN!!", "T01")
    assert slogan is not None and slogan.evidence == ("AMIN",)
    assert detector.implied("Semoga sehat selalu pak, aamiin", "T01") is None
    assert detector.implied("AMIN YA ALLAH", "T01") is None
    assert detector.implied("Siap door to door di RW kami! AMIN!!", "T02") is None


def test_a_partys_symbol_listed_as_a_keyword_is_a_slogan_by_itself() -> None:
    detector = CampaignDetector(TARGETS, [("P03", "Banteng moncong putih")])
    assert {h.target_id for h in detector.detect("Banteng moncong putih selamanya!")} == {"P03"}
    # as a name it needs support wording
    assert CampaignDetector(TARGETS, []).detect("Banteng moncong putih selamanya!") == []


def test_a_slogan_of_everyday_words_and_a_number_needs_another_cue() -> None:
    # "Paket 1" names pair 1 and a tour package alike.
    detector = CampaignDetector(TARGETS, [("R01", "Paket 1")])
    assert detector.detect("Paket 1 tour Ubud: Tegallalang, Tirta Empul, Goa Gajah") == []
    assert {h.target_id for h in detector.detect("Paket 1 menang! Dukung Sudarsono")} >= {"R01"}


def test_a_keyword_that_is_a_ballot_call_leaves_other_elections_numbers_open() -> None:
    # "coblos nomor 1" listed for the regional pair: in the presidential window the same call
    # is for pair 1 there; the scan keeps whichever target's window holds the post.
    detector = CampaignDetector(TARGETS, [("R01", "coblos nomor 1")])
    assert {h.target_id for h in detector.detect("coblos nomor 1!")} >= {"R01", "T01"}
    # A party named with the number keeps it to that party.
    assert {h.target_id for h in detector.detect("Coblos nomor 3, PDI Perjuangan!")} == {"P03"}


def test_hearsay_quotations_other_contests_and_the_undecided() -> None:
    keywords = [
        ("R01", "Sudar Juara"),
        ("R01", "#SudarJuara"),
        ("R01", "coblos nomor 1"),
        ("R01", "Koh Sudar"),
        ("T02", "Prabowo-Gibran"),
    ]
    detector = CampaignDetector(TARGETS, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # Someone else's slogan: hearsay, or inside a quotation.
    assert hits("Sudar Juara katanya. Ngurus KTP aja 3 minggu 🙂") == set()
    assert hits("#SudarJuara katanya. Ke kantor aja susah 😂") == set()
    assert hits("Grup WA isinya 'Sudar Juara harga mati' tiap jam 😭") == set()
    assert hits("Sudar Juara! Kita menangkan bersama") >= {"R01"}
    # A slogan of numbers in another contest.
    assert hits("Coblos nomor 1 di pemilihan ketua OSIS, adek gue calonnya 😆") == set()
    assert hits("Vote nomor 3 ya guys di Indonesian Idol!") == set()
    # A form of address of Chinese-Indonesian Jakarta: a tailor of that name is no candidate.
    assert hits("Koh Sudar tukang jahit di Pasar Baru, jas gue rapi bener") == set()
    # Undecided, or a prohibition: no support.
    assert (
        hits("Prabowo-Gibran oke, Ganjar-Mahfud oke, gue masih belom tau mau pilih siapa") == set()
    )
    assert hits("ASN dilarang memberikan dukungan kepada Prabowo-Gibran di media sosial") == set()
    # Colloquial "buat" for "untuk".
    assert hits("Fix suara gue buat Prabowo-Gibran 🗳️") == {"T02"}


def test_support_opening_the_sentence_after_the_one_person_named() -> None:
    detector = CampaignDetector(TARGETS, [("R01", "Bu Ratna")])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Bu Ratna itu asli Mukomuko, orang kita sendiri. Wajib pilih!") == {"R01"}
    assert hits("Horas Pak Ganjar! Sukses terus. Kami siap menangkan 🙏") == {"T03"}
    # Not a sentence of support: someone else's choice, a question, a count, two people.
    assert hits("Bu Ratna janji gratis ini itu. Yang pilih pasti nyesel.") == set()
    assert hits("Bu Ratna kemarin ke pasar. Pilih siapa ya?") == set()
    assert hits("Bu Ratna buka lowongan. Pilih 2 orang saja.") == set()
    assert hits("Pak Ganjar dan Pak Prabowo debat semalam. Wajib pilih!") == set()


def test_banjar_forms_of_address_ballot_words_and_pronouns() -> None:
    # An invented Banjar regent election (no real people): keywords.csv lists how people
    # call the candidates ("Julak Rusdi", "Acil Fitri", "Gusti Mahyu").
    pilbup = "pilbup-banjar-contoh"
    targets = [
        TargetRef("B1", "H. Ahmad Rusdiansyah", "candidate", pilbup, "1", None),
        TargetRef("B1W", "Hj. Noor Fitriani", "candidate", pilbup, "1", None),
        TargetRef("B2", "Gusti Mahyudin Anwar", "candidate", pilbup, "2", None),
        TargetRef("D4", "Theresia Dewi Tingang", "candidate", "dprd-contoh", "5", None),
    ]
    keywords = [("B1", "Julak Rusdi"), ("B1W", "Acil Fitri"), ("B2", "Gusti Mahyu")]
    keywords += [("D4", "Kak Tere"), ("B1", "#RusdiBarakat")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # A form of address and a name is how neighbours and critics call people too.
    assert hits("Acil Fitri yg jualan nasi kuning tutup, semoga cepet sembuh ya cil") == set()
    assert hits("Gusti Mahyu baucap handak manggratiskan PBB, kaya apa caranya?") == set()
    # "cucuk" (Banjar: vote), Banjar numbers after a ballot word, "sidin" (beliau).
    assert hits("Amun kawa, cucuk nomor talu ja") == set()  # no target has number 3 here
    assert hits("Ulun sakaluarga mancucuk nomor asa!") == {"B1", "B1W"}
    assert hits("Gusti Mahyu urangnya bagawi nyata. Cucuk sidin!") == {"B2"}
    # "sidin" after a pair of running mates stands for their side; after rivals, for nobody.
    assert "B1" in hits("Julak Rusdi wan Acil Fitri sudah mendaftar. Kita pilih sidin")
    assert hits("Julak Rusdi wan Gusti Mahyu sudah mendaftar. Kita pilih sidin") == set()
    # A name put forward for an office.
    assert hits("Tanggal 14 Februari jangan lupa, Kak Tere untuk DPRD Kalsel!") == {"D4"}
    # "jar" (Banjar: they say) is hearsay: someone else's slogan.
    assert hits("#RusdiBarakat jar. Jalan di kampung ulun masih rusak") == set()
    assert hits("#RusdiBarakat! Jalan di kampung ulun sudah bagus") == {"B1"}


def test_a_target_named_with_its_own_ballot_number_is_a_slogan(detector: CampaignDetector) -> None:
    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Gerindra nomor 2, karena pengalaman tidak bisa dibohongi") == {"P02"}
    assert hits("PKB ai, nomor 1. Kada usah banyak tanya") == {"P01"}
    assert hits("Jelas merah lah bro, PDI-P 3 🔴🔴") == {"P03"}
    # How news identifies a candidate; another number; a count; a question.
    assert hits("Capres nomor urut 2 Prabowo Subianto hadir di debat") == set()
    assert hits("Gerindra nomor urut 2 resmi mendaftar ke KPU") == set()
    assert hits("Gerindra nomor 5 di survei terbaru") == set()
    assert hits("PDI-P 3 kursi di dapil ini") == set()
    assert hits("Gerindra nomor 2? Kok bukan 5") == set()


def test_slogans_listed_as_what_is_forbidden_are_mentions(detector: CampaignDetector) -> None:
    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    reminder = "ASN dilarang memasang status bertuliskan #AMIN, #02Melanjutkan atau #GanjarPresiden"
    assert hits(reminder) == set()
    assert hits("Jangan pasang stiker seperti #02Melanjutkan di mobil dinas") == set()
    # Support said after the reminder is support.
    assert hits("Dilarang katanya. Tapi aku tetap coblos 02!") == N2


def test_a_cheer_after_a_name_is_a_chant_only_where_it_ends_the_clause(
    detector: CampaignDetector,
) -> None:
    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Gerindra menang!") == {"P02"}
    assert hits("Gerindra menang telak 🔥") == {"P02"}
    assert hits("Prabowo menang, rakyat senang") == {"T02"}
    assert hits("Mantap, Gerindra menang di Jakpus!") == {"P02"}
    # A report goes on after the cheer; a condition opens it.
    assert hits("Prabowo menang gugatan di MK") == set()
    assert hits("Survei: Prabowo menang tipis") == set()
    assert hits("PKB menang pemilu di Jatim tahun 2019") == set()
    assert hits("Gerindra menang di Jakpus tahun lalu.") == set()
    assert hits("Kalau Gerindra menang, harga pasti naik") == set()


def test_a_form_of_address_makes_a_name_of_a_candidates_short_name_word() -> None:
    targets = [TargetRef("CG", "Rini Handayani, S.Sos.", "candidate", "dprd-contoh", "2", None)]
    detector = CampaignDetector(targets, [])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Mbak Rini nomor 2 pokoke! Ibu-ibu siap nyoblos") == {"CG"}
    assert hits("Wes talah, pilihen Bu Rini ae") == {"CG"}
    # "Rini" alone is too short and common a word to name her; with the address, a name
    # still needs support.
    assert hits("pilih rini jadi ketua kelas") == set()
    assert hits("Bu Rini tetangga sebelah jualan bolu") == set()


def test_a_party_with_one_of_its_caleg_list_numbers_is_that_caleg() -> None:
    dprd = "dprd-kota-contoh"
    targets = [
        TargetRef("GER", "Partai Gerakan Indonesia Raya (Gerindra)", "party", None, "2", None),
        TargetRef("GOL", "Partai Golongan Karya (Golkar)", "party", None, "4", None),
        # The party column holds the party's target_id in one row, its name in the other.
        TargetRef("D2", "Muhammad Rizal Effendi", "candidate", dprd, "5", "GER"),
        TargetRef("D5", "Agus Salim Rahman", "candidate", dprd, "7", "Golkar"),
    ]
    detector = CampaignDetector(targets, [("D2", "Bang Ijal")])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Bang Ijal, Gerindra nomer 5. Aku wis kenal, sregep turun lapangan.") == {"D2"}
    assert hits("Wong 3 Ulu asli, Golkar nomor 7. Dak katek alasan dak milih dio!") == {"D5"}
    assert hits("Ingat ya, nomor 4 Golkar!") == {"GOL"}  # the number before the name
    assert hits("Golkar nomor 9 di survei kemarin") == set()  # nobody's number


def test_nicknames_in_questions_and_chants_of_everyday_nicknames() -> None:
    targets = [
        TargetRef("W1", "Iwan Setiawan – Meri Andriani (RIMBA)", "candidate", "pilwako", "1", None),
        TargetRef("W2", "Hendra Saputra – Ida Royani (HEBAT)", "candidate", "pilwako", "2", None),
        TargetRef("W3", "Mukti Ali – Yuli Astuti (MUDA)", "candidate", "pilwako", "3", None),
    ]
    keywords = [("W1", "RIMBA"), ("W2", "HEBAT"), ("W3", "MUDA"), ("W1", "MOANA")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # "Rimba", "hebat", "muda" are everyday words: chanted in capitals they are slogans.
    assert hits("Alah ambo daftar 👍 MUDA menang!") == {"W3"}
    assert hits("Siap mas, malam minggu jaga posko. Menang RIMBA!") == {"W1"}
    # Not in a question, after a condition ("kok" is Minang "kalau"), or in lower case.
    assert hits("RIMBA menang, kaca film gratis ya? 🤣") == set()
    assert hits("Kok MUDA manang, mudah-mudahan banjir salasai") == set()
    assert hits("yang muda menang lomba lari") == set()
    # A nickname asked about is no slogan; a tag question asks for agreement only.
    assert hits("Nyow bedanya program HEBAT sama MUDA? Ada yang pacak jelaskan?") == set()
    assert hits("MOANA tu pilihan kito to?") == {"W1"}


def test_a_number_before_a_name_is_a_slogan_only_where_the_name_ends_the_clause(
    detector: CampaignDetector,
) -> None:
    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # News identifies a candidate by number, with "urut" or without.
    assert hits("Paslon nomor 2 Prabowo-Gibran menyampaikan visi misi di Makassar") == set()
    assert hits("Capres nomor 3 Ganjar Pranowo berkunjung ke pasar") == set()
    assert hits("Ingat ya, nomor 2 Gerindra!") == {"P02"}
    assert hits("Gerindra nomor 2, karena pengalaman") == {"P02"}


def test_sundanese_balinese_and_sasak_support_and_forms_of_address() -> None:
    # An invented West Java / Lombok world (no real people); keywords.csv lists how people
    # call the candidates.
    pilgub, pilbup, dprd = "pilgub-jabar-contoh", "pilbup-lotim-contoh", "dprd-jabar-contoh"
    targets = [
        TargetRef("J1", "Dadan Hermawan – Rika Sumarni", "candidate", pilgub, "1", None),
        TargetRef("J2", "Cecep Ruhiyat – Ida Farida", "candidate", pilgub, "2", None),
        TargetRef("L3", "Lalu Surya Pratama – Baiq Yuni", "candidate", pilbup, "3", None),
        TargetRef("D3", "Euis Komalasari, S.E.", "candidate", dprd, "3", "NasDem"),
        TargetRef("PG", "Partai Gelombang Rakyat Indonesia (Gelora)", "party", None, "7", None),
        TargetRef("PP", "Partai Persatuan Pembangunan (PPP)", "party", None, "17", None),
    ]
    keywords = [("J1", "Kang Dadan"), ("J2", "Aa Cecep"), ("J2", "CERIA"), ("L3", "Mamiq Surya")]
    keywords += [("D3", "Teh Euis"), ("J1", "#JabarNanjung")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # Sundanese support: "may X win", "entrust your vote to", whose supporter one is.
    assert hits("Sing meunang Kang Dadan lah, aamiin") == {"J1"}
    assert hits("Nitip sora kanggo Teh Euis nya, baraya") == {"D3"}
    assert hits("Jagoan gue mah Aa Cecep lah") == {"J2"}
    assert hits("urang mah tim CERIA, teu bisa diganggu gugat") == {"J2"}
    # A form of address and a name is a name: criticism and namesakes are not support.
    assert hits("Aa Cecep mah ngan ukur ngumbar janji") == set()
    assert hits("Mamiq Surya janji jalan mulus, tapi jalan ke desa tetap rusak") == set()
    assert hits("Selamat menempuh hidup baru Mamiq Surya (staf Kasi Pemerintahan)") == set()
    # A first person's invitation carries to the wording it introduces; news does not.
    assert hits("Saya mengajak rekan-rekan di Dapil Jabar 1 untuk memilih Euis Komalasari") == {
        "D3"
    }
    assert hits("Ketua partai mengajak warga untuk memilih Euis Komalasari") == set()
    # A party whose short name is an everyday word, after "partai"; PPP is not a lone "p".
    assert hits("Sekali-kali dukung partai baru: Partai Gelora") == {"PG"}
    assert hits("Gelora semangat anak muda, dukung terus!") == set()
    assert hits("Pilih partai Islam, pilih PPP nomor 17") == {"PP"}
    # What is forbidden, in Sundanese too, lists slogans; pageants have numbers of their own.
    assert hits("Akun dinas teu kenging nge-share poster CERIA atawa #JabarNanjung") == set()
    assert hits("ASN dilarang menyebarkan tagar #JabarNanjung di akun pribadi") == set()
    assert hits("Pemilihan Duta Pajak 2024, coblos nomer 2 ye, temen kantor gue") == set()
    # An infographic listing both pairs with their numbers chooses neither.
    assert hits("PILGUB JABAR · PASLON 1 #JabarNanjung · PASLON 2 CERIA · 27 NOVEMBER") == set()
    assert hits("#JabarNanjung! Coblos nomor 1, bukan CERIA") == {"J1"}


def test_support_opening_the_sentence_after_running_mates_named_is_for_their_side() -> None:
    pilgub = "pilgub-contoh"
    targets = [
        TargetRef("U", "Prof. Dr. Ujang Saepuloh, M.Kes.", "candidate", pilgub, "3", None),
        TargetRef("Y", "Yayan Sopyan, S.E.", "candidate", pilgub, "3", None),
        TargetRef("D", "Dadan Hermawan", "candidate", pilgub, "1", None),
    ]
    detector = CampaignDetector(targets, [])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    pair = "Saya yakin Ujang Saepuloh – Yayan Sopyan paling layak memimpin. Mari kita menangkan!"
    assert hits(pair) & {"U", "Y"} and not hits(pair) & {"D"}
    # rivals named: the wording is for nobody
    rivals = "Ujang Saepuloh dan Dadan Hermawan sama-sama datang. Mari kita menangkan!"
    assert hits(rivals) == set()


def test_makassar_and_javanese_support_and_titles_inside_names() -> None:
    pilwalkot, pilbup = "pilwalkot-mks-contoh", "pilbup-klaten-contoh"
    targets = [
        TargetRef("M2", "H. Syamsuddin Daeng Rate & Irfan Karaeng Lompo", "candidate",
                  pilwalkot, "2", None),
        TargetRef("M4", "dr. Hasnah Lamba & Arief Daeng Sikki", "candidate", pilwalkot, "4", None),
        TargetRef("K1", "Bambang Widodo – Sri Ayu", "candidate", pilbup, "1", None),
        TargetRef("PK", "Partai Keadilan Sejahtera (PKS)", "party", None, "8", None),
    ]  # fmt: skip
    keywords = [("M2", "Daeng Rate"), ("M2", "#RamahMakassar"), ("K1", "Mas Bambang")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # "Daeng" inside two candidates' names names neither of them alone.
    assert hits("Ewako Daeng Rate!") == {"M2"}
    assert hits("Sahabat Daeng Rate siap! #RamahMakassar") == {"M2"}
    assert hits("Daeng parkir di depan kantor ramah sekali") == set()
    # Javanese: sure of someone, a win foretold or wished.
    assert hits("Aku yakin karo Mas Bambang, ora bakal kecewa") == {"K1"}
    assert hits("Mugi-mugi kepilih nggih Mas Bambang") == {"K1"}
    # A supporter said of oneself; "simpatisan" in news is not.
    assert hits("Saya bangga jadi simpatisan PKS") == {"PK"}
    assert hits("Ribuan simpatisan PKS memadati lapangan") == set()
    # "number one in the heart" is a saying, not a ballot call.
    assert hits("Selamat Hari Guru! Guru nomor satu di hati murid-murid") == set()


def test_eastern_forms_of_address_regional_slogans_and_numbers_settled_on() -> None:
    pilgub, pilwalkot = "pilgub-maluku-contoh", "pilwalkot-ptk-contoh"
    targets = [
        TargetRef("F1", "Fransiskus Latuconsina – Lela Marasabessy", "candidate", pilgub, "1",
                  None),
        TargetRef("D3", "Daniel Titaley – Rosalina Hehanussa", "candidate", pilgub, "3", None),
        TargetRef("E1", "Edi Rusdiansyah – Ramli Usman", "candidate", pilwalkot, "1", None),
    ]  # fmt: skip
    keywords = [
        ("F1", "Bung Frans"),
        ("D3", "Satu Hati Par Maluku"),
        ("D3", "Torang Bisa"),
        ("E1", "Bang Edi"),
    ]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # "Bung Frans" is how people call him, in questions and criticism too: a name.
    assert hits("Bung Frans, pendidikan gratis tu dana dari mana?") == set()
    assert hits("Bung Frans pasti menang!") == {"F1"}
    # A slogan of everyday, regional and place words is said of a school's win too.
    assert hits("Anak-anak kelas 9 su mulai try out. Kam pasti lulus, torang bisa!") == set()
    assert hits("Pela gandong hari ini, satu hati par Maluku manise") == set()
    assert hits("Satu hati par Maluku, pilih DAROS nomor 3!") == {"D3"}
    # A number one settles on, closed by a particle; "coblos" with a number word.
    assert hits("Seng usah tanya lai, ungu sampe mati. Nomor tiga sa!") == {"D3"}
    assert hits("Kamek sekeluarga udah sepakat, nomor 1 bah") == {"E1", "F1"}
    assert hits("27 November coblos satu!") == {"E1", "F1"}
    assert hits("Mending coblos satu aja biar aman, dua gambar bisa tidak sah") == set()
    assert hits("Ambil nomor 1 aja?") == set()
    # A ballot number chanted in a clause of its own, in a text naming its target.
    assert hits("Mantap Bang Edi, paket lengkap 🔥 Nomor satu!") == {"E1"}
    assert hits("Debat tadi: Bang Edi bilang nomor 1 prioritas pendidikan.") == set()


def test_support_wording_with_its_own_object_is_not_for_a_name_before_it() -> None:
    targets = [TargetRef("Y", "Yoga Pratama Saputra", "candidate", "dprd-contoh", "1", None)]
    detector = CampaignDetector(targets, [("Y", "Bang Yoga")])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Bang Yoga instrukturnya sabar, support terus studio kecil ini") == set()
    assert hits("Bang Yoga, support terus!") == {"Y"}
    # two names of a person, one of them no common word
    assert hits("Yoga Pratama caleg muda. Vote dia ya teman-teman") == {"Y"}
    assert hits("Mas Yoga for DPRD!") == {"Y"}


def test_a_caleg_list_number_yields_to_a_pairs_number() -> None:
    targets = [
        TargetRef("P2", "Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "pilpres", "2",
                  None),
        TargetRef("L2", "Syamsul Bahri Tanjung", "candidate", "dpr-lampung", "2", "Golkar"),
        TargetRef("G", "Partai Golongan Karya (Golkar)", "party", None, "4", None),
    ]  # fmt: skip
    detector = CampaignDetector(targets, [], list_elections={"dpr-lampung"})

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Jambi siap menangkan 02!") == {"P2"}
    assert hits("Golkar nomor 2, Pak Syamsul!") == {"L2"}
    # with no pair of that number, the caleg's is the only one
    assert (
        CampaignDetector(targets[1:], [], list_elections={"dpr-lampung"})
        .detect("Coblos nomor 2!")[0]
        .target_id
        == "L2"
    )


def test_exclaimed_ballot_cheers_rallies_and_one_sides_number_beside_a_rival() -> None:
    pilwalkot = "pilwalkot-jpr-contoh"
    targets = [
        TargetRef("M1", "Melkias Ayomi – Hasanudin Rahayaan", "candidate", pilwalkot, "1", None),
        TargetRef("Y2", "Yosua Kogoya – Ruth Rumbewas", "candidate", pilwalkot, "2", None),
    ]
    keywords = [("M1", "Bapa Mel"), ("Y2", "Kaka Yos")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # an election cheer with "nomor N!" exclaimed; not praise, not another thing's number
    assert hits("Tipis-tipis dolo. Gas terus nomor 2! 💪") == {"Y2"}
    assert hits("Jangan kendor kawan-kawan, nomor 1 menang!") == {"M1"}
    assert hits("Mantap, pelayanan nomor 1!") == set()
    assert hits("Tim nomor 2 menang!") == set()
    assert hits("Selamat! Anak saya juara nomor 2!") == set()
    # one side's number chosen beside the rival's name; both numbers are a list
    assert hits("Kaka Yos masih muda. Skarang Bapa Mel dulu, nomor 1 🙏") == {"M1"}
    assert hits("Nomor 1: Bapa Mel. Nomor 2: Kaka Yos.") == set()
    # guarding votes, "who else but", an invitation to a side's rally
    assert hits("Su daftar! Siap jaga suara nomor 2 di TPS 07") == {"Y2"}
    assert hits("Sape lagi kalau bukan Bapa Mel") == {"M1"}
    assert hits("Ayok ramai-ramai ke kampanye akbar Bapa Mel hari Ahad!") == {"M1"}
    assert hits("Ribuan warga datang ke kampanye akbar Bapa Mel hari Ahad") == set()
    # a reply to the candidate's own post
    hit = detector.implied("Mantap Om! Passo siap kawal sampe menang 🔥", "M1")
    assert hit is not None and hit.target_id == "M1"


def test_hand_signs_a_first_persons_number_and_support_said_without_an_object() -> None:
    pilgub = "pilgub-su-contoh"
    targets = [
        TargetRef("G1", "Tigor Sitompul – Rizal Nasution", "candidate", pilgub, "1", None),
        TargetRef("G2", "Marulam Simanjuntak – Yuni Ningsih", "candidate", pilgub, "2", None),
        TargetRef("T1", "Relawan Sahabat Tigor", "campaign_team", pilgub, None, None),
        TargetRef("P08", "Partai Keadilan Sejahtera (PKS)", "party", None, "8", None),
        TargetRef("P15", "Partai Solidaritas Indonesia (PSI)", "party", None, "15", None),
        TargetRef("P04", "Partai Golongan Karya (Golkar)", "party", None, "4", None),
    ]
    keywords = [("G1", "Tigor-Rizal"), ("G2", "Marulam-Yuni"), ("T1", "Sahabat Tigor")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # A hand sign, as emoji or described, whose number is the named side's ballot number.
    assert hits("Semoga Marulam-Yuni amanah ✌️") == {"G2"}
    assert hits("Tigor-Rizal. Itu aja. Gak pake lama. ☝️") == {"G1"}
    assert hits("Kompak ibu-ibu berkaus PKS, mengacungkan delapan jari") == {"P08"}
    # Not another side's number, not a rival beside it, not turned around or forbidden.
    assert hits("Selamat pagi Pak Tigor ✌️") == set()
    assert hits("Tigor atau Marulam? ☝️") == set()
    # a call against Tigor, not his number shown
    assert hits("Jangan pilih Tigor ☝️") == {"G1"}
    assert hits("ASN dilarang pose satu jari bareng Tigor") == set()
    # A first person's ballot number closing the clause is a choice said.
    assert hits("Pilgub tinggal seminggu, saya sih 02 👍") == {"G2"}
    assert hits("Ane mah dari awal udah 02, kagak bakal pindah") == {"G2"}
    assert hits("saya sih 02?") == set()
    assert hits("kamar saya 02") == set()
    assert hits("saya 02 kali ke sana") == set()
    # Support said by a first person with no object of its own is for the side named before.
    assert hits("PSI partai anak muda, tiang dukung terus.") == {"P15"}
    assert hits("Golkar paling berpengalaman, kami pilih!") == {"P04"}
    assert hits("Golkar atau PSI, saya pilih!") == set()
    assert hits("Kalau Golkar bikin jalan ke kampung kami, saya dukung") == set()
    # A prayer for a win; settling on, joining and closing the matter, said of oneself.
    assert hits("Ya Allah, berikan kemenangan untuk Bang Tigor") == {"G1"}
    assert hits("Saya pribadi mantap ke paslon 02.") == {"G2"}
    assert hits("Aku udah gabung Relawan Sahabat Tigor kecamatan Medan Johor") == {"T1"}
    assert hits("Ribuan warga bergabung dengan Relawan Sahabat Tigor") == set()
    assert hits("Pokoke Golkar, titik!") == {"P04"}
    assert hits("Kantor Golkar titik kumpul relawan") == set()


def test_a_but_after_a_neutral_frame_keycaps_and_a_heart_kept_for_a_side() -> None:
    pilwako = "pilwako-palu-contoh"
    targets = [
        TargetRef("A1", "Rahmat Lamasi – Sri Tadjudin", "candidate", pilwako, "1", None),
        TargetRef("A2", "Andi Mappa – Mansyur Lasaka", "candidate", pilwako, "2", None),
        TargetRef("P05", "Partai NasDem", "party", None, "5", None),
    ]
    keywords = [("A1", "Rahmat–Sri"), ("A2", "AMAN"), ("A1", "HATI")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # A neutral frame holds until a "but": after it the writer speaks for themselves.
    assert hits("Masa tenang tapi hati nda tenang 😅 pokoknya AMAN nomor 2, ngana tau to") == {"A2"}
    assert hits("Masa tenang, ASN jaga netralitas ya. Pokoknya AMAN nomor 2") == set()
    # A keycap is the side's number beside its slogan or name; a list of keycaps is not.
    assert hits("Pilwalikota Palu: AMAN 2️⃣ Palu Aman Sejahtera ✔️") == {"A2"}
    assert hits("Rahmat–Sri 1️⃣") == {"A1"}
    assert hits("1️⃣ Cuci tangan 2️⃣ Pakai masker, pesan Rahmat–Sri") == set()
    # A side kept in one's heart; an everyday-word slogan inside that wording is not a slogan,
    # nor beside support wording it is not the object of.
    assert hits("Rahmat–Sri tetap di hati sa. Nomor 1 pemenang sejati!") == {"A1"}
    assert hits("NasDem selalu di hati!") == {"P05"}
    assert hits("Hati-hati di jalan kalian yang mudik buat nyoblos, jaga hati") == set()
    # A number settled on ("Nomor 1 sudah!"); a negation ends with its sentence.
    assert hits("Ndak usah ragu kaka, Rahmat–Sri paling peduli. Nomor 1 sudah!") == {"A1"}
    assert hits("AMAN lah kawan, tak ade lawan. Coblos 2!") == {"A2"}
    assert hits("Jangan coblos 2!") == set()


def test_praise_in_the_superlative_is_support_unless_sarcastic() -> None:
    detector = CampaignDetector(TARGETS, KEYWORDS)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Pak Ganjar paling ngerti wong cilik") == {"T03"}
    assert hits("Gerindra paling konsisten bela rakyat kecil") == {"P02"}
    assert hits("Paling masuk akal ya Prabowo") == {"T02"}
    # Sarcasm, questions, surveys and words that are not praise of a candidate.
    assert hits("Iya deh, Prabowo paling ngerti rakyat, ke pasar pake Alphard") == set()
    assert hits("Ganjar paling ngerti rakyat 🤡") == set()
    assert hits("Siapa yang paling layak, Prabowo atau Ganjar?") == set()
    assert hits("Survei terbaru: Prabowo paling populer di Jawa Timur") == set()
    assert hits("Prabowo paling tidak konsisten soal HAM") == set()


def test_an_office_called_out_a_pledge_and_short_cheers_beside_a_name() -> None:
    pilgub = "pilgub-su-contoh"
    targets = [
        TargetRef("G3", "Fadli Lubis – Bonar Sihombing", "candidate", pilgub, "3", None),
        TargetRef("R2", "Srikandi Marwah", "campaign_team", pilgub, None, None),
        TargetRef("G2", "Marulam Simanjuntak – Yuni Ningsih", "candidate", pilgub, "2", None),
    ]
    detector = CampaignDetector(targets, [])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # An office right after the name, closing the clause, is a chant; before it, a title.
    assert hits("Sudah saatnya yang muda memimpin. Fadli Lubis Gubernur!") == {"G3"}
    assert hits("Rakor dibuka oleh Gubernur Fadli Lubis hari ini.") == set()
    assert hits("Fadli Lubis jadi wakil gubernur, kami dukung programnya yang baik") == set()
    assert hits("bang Fadli-lah gubernur kita nanti") == {"G3"}
    # A pledge, "siap" before the support wording.
    assert hits("Srikandi Marwah Percut siap memenangkan Marulam!") == {"G2"}
    # Short cheers right beside the name.
    assert hits("Fadli Lubis pasti bisa!!") == {"G3"}
    assert hits("Fadli–Bonar sikat! 😤") == {"G3"}


def test_replies_to_a_candidates_post_english_javanese_and_neutral_hashtags() -> None:
    pilgub = "pilgub-jateng-contoh"
    targets = [
        TargetRef("J1", "Hartono Wibisono – Sri Lestari", "candidate", pilgub, "1", None),
        TargetRef("J2", "Yudha Pratama – Nasrul Huda", "candidate", pilgub, "2", None),
        TargetRef("P01", "Partai Kebangkitan Bangsa (PKB)", "party", None, "1", None),
    ]
    keywords = [("J1", "HARTA"), ("J2", "DAMAI")]
    detector = CampaignDetector(targets, keywords)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    def implied(text: str) -> str | None:
        hit = detector.implied(text, "J1")
        return hit.target_id if hit is not None else None

    # On the candidate's own post: the side's number, its hand sign, a short agreement.
    assert implied("Setuju bu! Nomor 1 pokoke 👍") == "J1"
    assert implied("Siap, dari Klaten ☝️") == "J1"
    assert implied("Setuju Prof! 👍") == "J1"
    assert implied("Siap Pak Hartono! Sekampung kami bereskan 💪") == "J1"
    assert implied("Hadir") is None  # present under the post: engagement, no support said
    # A question answered before the sign does not make the reply a question.
    assert implied("Sekolah gratis? Yes please. Satu jari buat anak-anak ☝️") == "J1"
    assert implied("Beneran gratis? ☝️") is None
    # Not another side's number, a question, a "but", or a long reply saying what it agrees to.
    assert implied("Nomor 2 lebih jelas programnya") is None
    assert implied("Setuju pak? Dananya dari mana?") is None
    assert implied("Setuju pak, tapi jalan di desa kami rusak") is None
    assert implied("Setuju bahwa jalan provinsi di Grobogan harus segera diperbaiki pak") is None
    # English and Javanese wording.
    assert hits("Vote for Hartono Wibisono and Sri Lestari this 27 November 🙌") == {"J1"}
    assert hits("Proud to stand with PKB. Serving the nation together") == {"P01"}
    assert hits("Alhamdulillah, sak niki kula bangga nderek PKB") == {"P01"}
    # A neutral hashtag holds no slogan; a choir's running order is not a ballot number.
    assert hits("Selamat menggunakan hak pilih 🙏 #PilkadaDamai") == set()
    assert hits("Pesparawi: paduan suara jemaat tampil nomor urut 2! Dukung dan doakan") == set()


def test_a_caption_that_reports_pictured_campaign_material_is_read_alone() -> None:
    from netra.text.normalize import MEDIA_MARK

    detector = CampaignDetector(TARGETS, KEYWORDS)

    def hits(caption: str, pictured: str) -> set[str]:
        return {h.target_id for h in detector.detect(f"{caption} \n {MEDIA_MARK} {pictured}")}

    banner = "COBLOS NO. 2 PRABOWO GIBRAN"
    # Reported, warned about, complained of: the banner's words are the banner's.
    assert hits("Spanduk di pagar jembatan, sudah saya laporkan ke Panwascam.", banner) == set()
    assert hits("Baliho di depan sekolah, bahaya buat anak-anak", banner) == set()
    assert hits("Pasang APK di pohon itu melanggar aturan", banner) == set()
    # No caption, a cheering caption, a report cancelled or answered by a "but": the picture
    # is the post, and its call counts.
    assert hits("", banner) == {"T02"}
    assert hits("Mantap, siap menangkan!", banner) >= {"T02"}
    assert hits("Spanduk ini nggak melanggar kok", banner) == {"T02"}
    assert hits("Katanya melanggar, tapi gas terus!", banner) == {"T02"}
    # The caption's own call still counts whatever it reports.
    assert hits("Dilaporkan ke Bawaslu? Bodo amat, coblos 02!", banner) >= N2


def test_names_and_nicknames_spelled_out_letter_by_letter() -> None:
    detector = CampaignDetector(TARGETS, KEYWORDS)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Dukung G-A-N-J-A-R sampai menang") == {"T03"}
    assert hits("B-A-R-E-S-O menang!") == {"C01"}
    # Spelled out, a name is still only a name: no support wording, no hit.
    assert hits("Tadi lewat posko G-A-N-J-A-R di pasar") == set()


def test_tolerance_beside_a_choice_praise_growing_and_a_partys_pronoun() -> None:
    detector = CampaignDetector(TARGETS, KEYWORDS)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # Tolerance said beside a choice does not make the choice neutral ...
    assert hits("Saya pilih Pak Ganjar. Mohon maaf kalau beda pilihan 🙏") == {"T03"}
    # ... and is no choice by itself.
    assert hits("Pak Ganjar atau Pak Prabowo, beda pilihan tetap rukun ya") == set()
    assert hits("Gerindra makin solid, yang lain lewat") == {"P02"}
    assert hits("Harga beras makin mahal, Gerindra diam saja") == set()
    assert hits("Garuda di dadaku, Gerindra di hatiku") == {"P02"}
    assert hits("Kalau soal ngimami, Pak Ganjar yang pantes dipilih") == {"T03"}
    assert hits("PKB partai paling deket sama warga NU, next pemilu gue pilih mereka lagi") == {
        "P01"
    }
    assert hits("PKB korupsi terus, gue gak akan pilih mereka") == set()
    # Support closing a sentence of its own after the only side named before it.
    assert hits(
        "Silaturahmi bersama Bambang Sudarsono, calon bupati nomor urut 1. "
        "Mangga sumping, urang rojong babarengan"
    ) == {"R01"}
    assert hits("Bambang Sudarsono hadir. Ganjar juga hadir. Kita dukung bareng") == set()
    # A form of address with a common given name names a person ("Bu Ratna").
    assert hits("Bu Ratna orangnya amanah, saya dukung terus") == {"R01"}


def test_a_pairs_team_is_on_its_side_by_the_pairs_two_names() -> None:
    targets = [
        TargetRef("P1", "Anies Rasyid Baswedan - Abdul Muhaimin Iskandar", "candidate", PILPRES,
                  "1", None),
        TargetRef("T1", "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)", "campaign_team",
                  PILPRES, None, None),
    ]  # fmt: skip
    detector = CampaignDetector(targets, [])
    # A reply to the team's post with the pair's hand sign supports the team's side.
    hit = detector.implied("otw JIS bawa lightstick, see u besok ☝️🤍", "T1")
    assert hit is not None and hit.target_id == "T1"


def test_one_case_hashtags_are_split_into_the_words_the_detector_knows() -> None:
    detector = CampaignDetector(TARGETS, [("T01", "#AMINAjaDulu")])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("#aminajadulu") == {"T01"}
    assert hits("#coblosnomor3") == N3
    assert hits("#prabowogibranmenang") == {"T02"}
    # Split or not, a neutral hashtag holds no support; one with nothing known stays whole.
    assert hits("#pemiludamai #asnnetral") == set()
    assert hits("#jalanjalansore") == set()
    # The evidence quotes the text as written, not the split it was read in.
    (hit,) = detector.detect("#aminajadulu")
    assert hit.evidence == ("#aminajadulu",)


def test_a_teams_acronym_in_capitals_is_its_slogan() -> None:
    targets = [
        TargetRef("M2", "Bambang Sugiarto - Dewi Lestiani", "candidate", PILBUP, "2", None),
        TargetRef("M2T", "Tim Pemenangan BADEWI", "campaign_team", PILBUP, "2", None),
        TargetRef("M1T", "Relawan CERIA Malang", "campaign_team", PILBUP, "1", None),
        TargetRef("K", "TKN Contoh Pasangan", "campaign_team", PILBUP, "3", None),
    ]
    detector = CampaignDetector(targets, [])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("joget jingle BADEWI bareng konco-konco") == {"M2T"}
    # An acronym that is an everyday word ("ceria") needs another cue; the office's letters
    # (TKN) are nobody's slogan.
    assert hits("Anak-anak CERIA sekali hari ini") == set()
    assert hits("CERIA nomor satu, pasti menang!") == {"M1T"}
    assert hits("Rapat TKN hari ini") == set()


def test_choices_settled_on_a_number_keycaps_and_lists() -> None:
    detector = CampaignDetector(TARGETS, KEYWORDS)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("Pilihanku sudah pasti: 2️⃣🇮🇩") == N2
    assert hits("Pilihanku sudah pasti: nomor 2") == N2
    assert hits("Kami sudah yakin nomor dua.") == N2
    assert hits("saya nomor 2 di antrean") == set()
    assert hits("Alasan saya pilih 01:\n1. Gagasan yang jelas\n2. Debat paling substansial") == N1
    assert hits("coblos 02.00 WIB") == set()
    assert hits("Jangan lupa nomor 2 ya") == N2
    # A cooperative's election and an online poll are other contests.
    assert hits("Calon ketua koperasi: nomor 1 Bu Nurlela. Saya dukung nomor 1") == set()
    assert hits("Vote nomor 2 lah, link vote di bio") == set()


def test_titles_with_a_dot_labels_and_a_partys_own_word() -> None:
    targets = [
        *TARGETS,
        TargetRef("B1", "Capt. Hasan Basri Tanjung", "candidate", PILBUP, "4", None),
        TargetRef("P05", "Partai NasDem", "party", None, "5", None),
    ]
    detector = CampaignDetector(targets, [])

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    assert hits("27 november, aku pilih Capt. Hasan") == {"B1"}
    # A name in parentheses or before a colon labels what follows: no cheer.
    assert hits("Paslon 1 (Bambang-Ratna): jalan kabupaten mantap 85%.") == set()
    assert hits("NasDem, hayu coblos partaina") == {"P05"}
    # Wording that reaches the name only across a full stop leaves the hand sign to speak.
    assert hits("Restorasi! 5️⃣ NasDem, hayu coblos keluarga. Pria berjaket NasDem") == {"P05"}


def test_offices_and_numbers_as_a_voters_plan_for_simultaneous_elections() -> None:
    targets = [
        TargetRef("G1", "Hendra Wijaya – Siti Aminah", "candidate", "pilgub-x", "1", None),
        TargetRef("G2", "Rudi Hartono – Dewi Lestari", "candidate", "pilgub-x", "2", None),
        TargetRef("B1", "Agus Salim – Rina Wati", "candidate", "pilbup-y", "1", None),
        TargetRef("B2", "Bayu Aji – Sri Rahayu", "candidate", "pilbup-y", "2", None),
        TargetRef("P02", "Partai Gerakan Indonesia Raya (Gerindra)", "party", None, "2", None),
    ]
    offices = {"pilgub-x": "governor", "pilbup-y": "regent"}
    detector = CampaignDetector(targets, [], offices=offices)

    def hits(text: str) -> set[str]:
        return {h.target_id for h in detector.detect(text)}

    # each number for its own office's election, not the party of that number
    assert hits("Besok tanggal 27: Gubernur nomor 2, Bupati nomor 1. Gampang!") == {"G2", "B1"}
    assert hits("otw TPS. cagub 1 cabup 2, no debat") >= {"G1", "B2"}
    # one office alone, a question, and an election's office from its contest and region
    assert hits("Gubernur nomor 2 itu siapa sih?") == set()
    # "wali" is an office only as "wali kota"
    assert hits("Rapat wali murid kelas 2, Bupati nomor 1 hadir") == set()
    assert hits("Gubernur nomor 1 atau Bupati nomor 2 yang lebih tua?") == set()
    assert election_office("regional_head", "35") == "governor"
    assert election_office("regional_head", "35.07") == "regent"
    assert election_office("presidential", None) == "president"
    assert election_office("legislative", "35.07") is None


def test_a_place_named_marks_which_regional_elections_number_it_is() -> None:
    targets = [
        TargetRef("G2", "Rudi Hartono – Dewi Lestari", "candidate", "pilgub-jatim", "2", None),
        TargetRef("W2", "Bayu Aji – Sri Rahayu", "candidate", "pilbup-wonogiri", "2", None),
        TargetRef(
            "T02", "Prabowo Subianto – Gibran Rakabuming Raka", "candidate", PILPRES, "02", None
        ),
        TargetRef("P02", "Partai Gerakan Indonesia Raya (Gerindra)", "party", None, "2", None),
    ]
    places = {"pilgub-jatim": "Jawa Timur", "pilbup-wonogiri": "Wonogiri"}
    detector = CampaignDetector(targets, [], places=places)

    def placed(text: str) -> dict[str, bool]:
        return {h.target_id: h.placed for h in detector.detect(text)}

    # every 2 is a hit (the scan chooses by window, the post answered, then the place)
    assert placed("mudik ke Wonogiri buat nyoblos nomor 2 😁") == {
        "G2": False,
        "W2": True,
        "T02": False,
        "P02": False,
    }
    # no place, or two places: none marked
    assert not any(placed("besok nyoblos nomor 2 ya").values())
    assert not any(placed("dari Wonogiri kerja di Jawa Timur, nyoblos nomor 2").values())
