# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: when the candidate is family, a colleague or the boss.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* Twelve invented civil servants (Medan, Banyumas, Surabaya, Makassar, Garut, Gianyar, Padang,
  Bekasi, Klaten, Kupang, Kutai Kartanegara, and a KPU Klaten secretariat officer) with
  declared accounts on Facebook, Instagram, X, TikTok, YouTube and Threads.
* Their relatives, former heads of office, retired colleagues and neighbours stand as invented
  candidates of the 2024 legislative election (DPRD kabupaten/kota, DPRD provinsi, DPR RI, DPD),
  each with a real national party and an invented list number, or as invented regional-head
  pairs of Pilkada 2024 (Garut, Kutai Kartanegara, Gianyar).
* The real 2024 presidential pairs with their real ballot numbers and public slogans, and real
  national parties with their real party numbers, so that party numbers, list numbers, DPD
  numbers and pair numbers collide ("Golkar 4, caleg nomor 2, presiden 02").
* Family wording everywhere: suami, istri, bapak, abah, mamak (Minang: maternal uncle; Medan:
  mother), adik, kakak ipar, mertua, bapa mantu, paman, mantan kadis, tetangga.

Look-alikes (N): neutrality statements by relatives ("saya ASN, jadi netral"), weddings,
graduations, birthdays, condolences, retirements, hospital stays, "nomor 1 di hati", news of a
relative's arrest or inauguration, neighbours' banners, KPU staff announcing the DCT, numbers in
other senses (TPS, kamar, antrean, juara), the prayer "aamiin" against the keyword AMIN, the
keyword-like words "damar", "safir", "Kukar bangkit", "Teh Lina", "Mbak Yuni".

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning.
* ``A``: genuinely ambiguous (wordless shares of a poster, which are engagement rather than own
  words; congratulations on a relative's election; implicit praise); reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_kin_caleg.py [--show] [--keep DIR]

``--show`` lists every missed C, every false alarm N, the flagged A and O, and the true
positives that name another target.  ``--keep DIR`` writes the bundle, findings and workspace
under DIR instead of a temporary folder.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

NETRA = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra"
CATEGORY = "political.campaign"
WIB, WITA = "+07:00", "+08:00"

PLATFORMS = {
    "x": "x",
    "fb": "facebook",
    "ig": "instagram",
    "tt": "tiktok",
    "yt": "youtube",
    "th": "threads",
}

# --------------------------------------------------------------------------------------------
# Agencies and employees (all invented)
# --------------------------------------------------------------------------------------------

AGENCIES = [
    ("PKMDN", "Pemerintah Kota Medan", "", "12.71"),
    ("DISDIK-MDN", "Dinas Pendidikan Kota Medan", "PKMDN", "12.71"),
    ("PKBMS", "Pemerintah Kabupaten Banyumas", "", "33.02"),
    ("KOMINFO-BMS", "Dinas Komunikasi dan Informatika Kabupaten Banyumas", "PKBMS", "33.02"),
    ("PPJTM", "Pemerintah Provinsi Jawa Timur", "", "35"),
    ("BPKAD-JTM", "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Jawa Timur", "PPJTM", "35"),
    ("PKMKS", "Pemerintah Kota Makassar", "", "73.71"),
    ("PUPR-MKS", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Makassar", "PKMKS", "73.71"),
    ("PKGRT", "Pemerintah Kabupaten Garut", "", "32.05"),
    ("RSUD-GRT", "RSUD Kabupaten Garut", "PKGRT", "32.05"),
    ("PKGNR", "Pemerintah Kabupaten Gianyar", "", "51.04"),
    ("DISPAR-GNR", "Dinas Pariwisata Kabupaten Gianyar", "PKGNR", "51.04"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KANKEMENAG-PDG", "Kantor Kementerian Agama Kota Padang", "KEMENAG", "13.71"),
    ("PKBKS", "Pemerintah Kota Bekasi", "", "32.75"),
    ("BAPENDA-BKS", "Badan Pendapatan Daerah Kota Bekasi", "PKBKS", "32.75"),
    ("PKKLT", "Pemerintah Kabupaten Klaten", "", "33.10"),
    ("DISDIK-KLT", "Dinas Pendidikan Kabupaten Klaten", "PKKLT", "33.10"),
    ("PKKPG", "Pemerintah Kota Kupang", "", "53.71"),
    ("DINKES-KPG", "Dinas Kesehatan Kota Kupang", "PKKPG", "53.71"),
    ("PKKKR", "Pemerintah Kabupaten Kutai Kartanegara", "", "64.02"),
    ("KEC-TGR", "Kecamatan Tenggarong", "PKKKR", "64.02"),
    ("KPU", "Sekretariat Jenderal Komisi Pemilihan Umum", "", ""),
    ("SETKPU-KLT", "Sekretariat KPU Kabupaten Klaten", "KPU", "33.10"),
]

# key -> (nip, name, agency_code, unit, position, employment_type, region_code)
EMPLOYEES = {
    "ratna": (
        "198406122009032001",
        "Ratna Sari Lubis, S.Pd.",
        "DISDIK-MDN",
        "SMP Negeri 17 Medan",
        "Guru Ahli Muda",
        "PNS",
        "12.71",
    ),
    "agus": (
        "199003172015031002",
        "Agus Setiawan, S.Kom.",
        "KOMINFO-BMS",
        "Bidang Aplikasi Informatika",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "33.02",
    ),
    "dewi": (
        "198712042011012003",
        "Dewi Kartika Sari, S.E., M.Ak.",
        "BPKAD-JTM",
        "Bidang Akuntansi",
        "Analis Keuangan Pusat dan Daerah Ahli Muda",
        "PNS",
        "35",
    ),
    "hendra": (
        "198209252008011004",
        "Hendra Gunawan, S.T.",
        "PUPR-MKS",
        "Bidang Bina Marga",
        "Teknik Jalan dan Jembatan Ahli Muda",
        "PNS",
        "73.71",
    ),
    "siti": (
        "199205092019032007",
        "Siti Rahmawati, S.Kep., Ners",
        "RSUD-GRT",
        "Ruang Rawat Inap Anggrek",
        "Perawat Ahli Pertama",
        "PNS",
        "32.05",
    ),
    "made": (
        "198011152006041005",
        "I Made Suardana, S.Sos.",
        "DISPAR-GNR",
        "Bidang Destinasi Pariwisata",
        "Analis Kebijakan Ahli Muda",
        "PNS",
        "51.04",
    ),
    "nurul": (
        "198808082014032002",
        "Nurul Hidayah, S.Pd.I.",
        "KANKEMENAG-PDG",
        "Seksi Bimbingan Masyarakat Islam",
        "Penyuluh Agama Islam Ahli Pertama",
        "PNS",
        "13.71",
    ),
    "bambang": (
        "197905232005011006",
        "Bambang Hermawan, S.H.",
        "BAPENDA-BKS",
        "Bidang Pajak Daerah",
        "Kepala Subbidang Penagihan",
        "PNS",
        "32.75",
    ),
    "joko": (
        "198503302010011008",
        "Joko Susanto, S.Pd.",
        "DISDIK-KLT",
        "SD Negeri 2 Jogonalan",
        "Guru Ahli Pertama",
        "PNS",
        "33.10",
    ),
    "maria": (
        "199011212017082001",
        "Maria Goreti Seran, S.Kep.",
        "DINKES-KPG",
        "Puskesmas Oebobo",
        "Perawat Ahli Pertama",
        "PNS",
        "53.71",
    ),
    "fitri": (
        "199406142016082003",
        "Fitriani, S.STP.",
        "KEC-TGR",
        "Seksi Pemerintahan",
        "Analis Pemerintahan",
        "PNS",
        "64.02",
    ),
    "wahyu": (
        "198607192011011001",
        "Wahyu Nugroho, S.IP.",
        "SETKPU-KLT",
        "Subbagian Teknis Penyelenggaraan Pemilu",
        "Penata Kelola Pemilu Ahli Muda",
        "PNS",
        "33.10",
    ),
}

EMP_TZ = {
    "ratna": WIB,
    "agus": WIB,
    "dewi": WIB,
    "hendra": WITA,
    "siti": WIB,
    "made": WITA,
    "nurul": WIB,
    "bambang": WIB,
    "joko": WIB,
    "maria": WITA,
    "fitri": WITA,
    "wahyu": WIB,
}

# "employee.platform" -> (platform code, handle, user_id, display_name, bio, location)
EMP_ACCOUNTS = {
    "ratna.fb": (
        "fb",
        "ratna.sari.lubis84",
        "100004417723091",
        "Ratna Sari Lubis",
        "Guru | Istri | Mamak tiga anak",
        "Medan",
    ),
    "ratna.ig": (
        "ig",
        "ratnasari_lbs",
        "5512093341",
        "Ratna Sari 🌸",
        "guru SMP, suka masak",
        "Medan, Sumatera Utara",
    ),
    "agus.x": (
        "x",
        "agusset_bms",
        "1298834451109220352",
        "Agus Setiawan",
        "ngapak asli | IT | kopi",
        "Purwokerto",
    ),
    "agus.tt": (
        "tt",
        "agus.setiawan.pwt",
        "6880012349987654321",
        "Agus Pwt",
        "konten receh wong Banyumas",
        "Purwokerto",
    ),
    "dewi.ig": (
        "ig",
        "dewikartika.sari",
        "2209981734",
        "Dewi Kartika",
        "Arek Suroboyo | ibu 2 anak | akuntan",
        "Surabaya",
    ),
    "dewi.x": ("x", "dewiks_sby", "1402238871122334455", "dewi ks", "opini pribadi", "Surabaya"),
    "hendra.fb": (
        "fb",
        "hendra.gunawan.mks",
        "100007781234560",
        "Hendra Gunawan",
        "Anak Teknik Sipil Unhas 2000 | Makassar",
        "Makassar",
    ),
    "hendra.ig": (
        "ig",
        "hendragun_",
        "3309128876",
        "Hendra G.",
        "bapaknya Naura & Fatih",
        "Makassar",
    ),
    "siti.fb": (
        "fb",
        "siti.rahmawati.grt",
        "100012398877201",
        "Siti Rahmawati",
        "Perawat | Urang Garut",
        "Garut",
    ),
    "siti.tt": (
        "tt",
        "sitirahma.nurse",
        "7012234455667788990",
        "Teh Siti 🩺",
        "perawat receh",
        "Garut",
    ),
    "siti.ig": (
        "ig",
        "siti.rahmawati92",
        "6623340981",
        "Siti Rahmawati",
        "nurse | Garut",
        "Garut, Jawa Barat",
    ),
    "made.fb": (
        "fb",
        "made.suardana.gnr",
        "100003345098712",
        "Made Suardana",
        "Pelayan masyarakat | Ubud",
        "Gianyar, Bali",
    ),
    "made.ig": ("ig", "madesuar_ubud", "4412987765", "Made Suar", "Ubud life", "Gianyar"),
    "nurul.fb": (
        "fb",
        "nurul.hidayah.pdg",
        "100009912345678",
        "Nurul Hidayah",
        "Penyuluh | Urang Padang",
        "Padang",
    ),
    "nurul.ig": ("ig", "nurulhidayah_88", "5567123409", "Nurul H.", "dakwah itu indah", "Padang"),
    "bambang.fb": (
        "fb",
        "bambang.hermawan.bks",
        "100001234987650",
        "Bambang Hermawan",
        "Bekasi keras, hati lembut",
        "Bekasi",
    ),
    "bambang.x": (
        "x",
        "bbg_hermawan",
        "987651234567890123",
        "Bang Bambang",
        "Bapenda | bapak-bapak",
        "Kota Bekasi",
    ),
    "joko.fb": (
        "fb",
        "joko.susanto.klaten",
        "100006654321987",
        "Joko Susanto",
        "Guru SD | Klaten bersinar",
        "Klaten",
    ),
    "joko.yt": ("yt", "@jokosusanto8830", "UCjk83Dd0x2LrT7QvKpzWq1A", "Joko Susanto", "", "Klaten"),
    "joko.tt": (
        "tt",
        "pakjoko.guru",
        "6912345678901234567",
        "Pak Joko Guru SD",
        "guru ndeso",
        "Klaten",
    ),
    "maria.fb": (
        "fb",
        "maria.goreti.seran",
        "100011122233344",
        "Maria Goreti Seran",
        "Perawat | Kupang",
        "Kupang, NTT",
    ),
    "maria.ig": ("ig", "mariagoretti_kpg", "7788112233", "Maria Seran", "Timor girl", "Kupang"),
    "fitri.fb": (
        "fb",
        "fitriani.tgr",
        "100015566778899",
        "Fitriani",
        "Tenggarong | IPDN",
        "Tenggarong",
    ),
    "fitri.x": (
        "x",
        "fitri_kukar",
        "1600123456789012345",
        "fitri",
        "pamong praja",
        "Kutai Kartanegara",
    ),
    "fitri.th": ("th", "fitriani.kukar", "63998877665544332", "fitri 🌼", "", "Tenggarong"),
    "wahyu.fb": (
        "fb",
        "wahyu.nugroho.klt",
        "100004455667788",
        "Wahyu Nugroho",
        "Penyelenggara pemilu | Klaten",
        "Klaten",
    ),
    "wahyu.ig": ("ig", "wahyunugroho_klt", "4455009988", "Wahyu N.", "", "Klaten"),
}

# --------------------------------------------------------------------------------------------
# Elections (calendar after the public Pemilu 2024 / Pilkada 2024 timetable, simplified)
# --------------------------------------------------------------------------------------------

PILEG_STAGES = [
    ("candidacy", "2023-05-01", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
    ("result", "2024-03-21", "2024-06-10"),
]
DPD_STAGES = [("candidacy", "2022-12-16", "2023-11-27"), *PILEG_STAGES[1:]]
PILPRES_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    *PILEG_STAGES[1:5],
    ("result", "2024-03-21", "2024-04-22"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-16"),
    ("result", "2024-12-17", "2025-01-10"),
]

# (election_id, name, contest, region_code, stages)
ELECTIONS = [
    (
        "PILPRES-2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PILPRES_STAGES,
    ),
    (
        "DPR-SULSEL1-2024",
        "Pemilu Anggota DPR RI 2024 Dapil Sulawesi Selatan I",
        "legislative",
        "73",
        PILEG_STAGES,
    ),
    ("DPR-NTT2-2024", "Pemilu Anggota DPR RI 2024 Dapil NTT II", "legislative", "53", PILEG_STAGES),
    (
        "DPD-JATENG-2024",
        "Pemilu Anggota DPD RI 2024 Provinsi Jawa Tengah",
        "legislative",
        "33",
        DPD_STAGES,
    ),
    (
        "DPRDP-JATIM-2024",
        "Pemilu Anggota DPRD Provinsi Jawa Timur 2024",
        "legislative",
        "35",
        PILEG_STAGES,
    ),
    (
        "DPRDP-SUMBAR-2024",
        "Pemilu Anggota DPRD Provinsi Sumatera Barat 2024",
        "legislative",
        "13",
        PILEG_STAGES,
    ),
    (
        "DPRDP-SUMUT-2024",
        "Pemilu Anggota DPRD Provinsi Sumatera Utara 2024",
        "legislative",
        "12",
        PILEG_STAGES,
    ),
    (
        "DPRDP-JABAR-2024",
        "Pemilu Anggota DPRD Provinsi Jawa Barat 2024",
        "legislative",
        "32",
        PILEG_STAGES,
    ),
    (
        "DPRD-MEDAN-2024",
        "Pemilu Anggota DPRD Kota Medan 2024",
        "legislative",
        "12.71",
        PILEG_STAGES,
    ),
    (
        "DPRD-BANYUMAS-2024",
        "Pemilu Anggota DPRD Kabupaten Banyumas 2024",
        "legislative",
        "33.02",
        PILEG_STAGES,
    ),
    (
        "DPRD-GIANYAR-2024",
        "Pemilu Anggota DPRD Kabupaten Gianyar 2024",
        "legislative",
        "51.04",
        PILEG_STAGES,
    ),
    (
        "DPRD-BEKASI-2024",
        "Pemilu Anggota DPRD Kota Bekasi 2024",
        "legislative",
        "32.75",
        PILEG_STAGES,
    ),
    (
        "DPRD-KLATEN-2024",
        "Pemilu Anggota DPRD Kabupaten Klaten 2024",
        "legislative",
        "33.10",
        PILEG_STAGES,
    ),
    (
        "DPRD-KUKAR-2024",
        "Pemilu Anggota DPRD Kabupaten Kutai Kartanegara 2024",
        "legislative",
        "64.02",
        PILEG_STAGES,
    ),
    (
        "PILBUP-GARUT-2024",
        "Pemilihan Bupati dan Wakil Bupati Garut 2024",
        "regional_head",
        "32.05",
        PILKADA_STAGES,
    ),
    (
        "PILBUP-KUKAR-2024",
        "Pemilihan Bupati dan Wakil Bupati Kutai Kartanegara 2024",
        "regional_head",
        "64.02",
        PILKADA_STAGES,
    ),
    (
        "PILBUP-GIANYAR-2024",
        "Pemilihan Bupati dan Wakil Bupati Gianyar 2024",
        "regional_head",
        "51.04",
        PILKADA_STAGES,
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: real pairs and parties (public facts), invented caleg and pilkada pairs
# --------------------------------------------------------------------------------------------

PARTY_NAMES = {
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "1"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "2"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "3"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "4"),
    "NASDEM": ("Partai NasDem", "5"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "8"),
    "PAN": ("Partai Amanat Nasional (PAN)", "12"),
    "DEMOKRAT": ("Partai Demokrat", "14"),
    "PERINDO": ("Partai Perindo", "16"),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "17"),
}


def _party(pid: str) -> str:
    return PARTY_NAMES[pid][0]


# target_id -> (name, kind, election_id, ballot_number, party)
TARGETS = {
    "CP01": (
        "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar",
        "candidate",
        "PILPRES-2024",
        "1",
        "",
    ),
    "CP02": ("Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "PILPRES-2024", "2", ""),
    "CP03": ("Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "PILPRES-2024", "3", ""),
    **{pid: (name, "party", "", num, "") for pid, (name, num) in PARTY_NAMES.items()},
    # invented legislative candidates
    "K01": ("Irwansyah Nasution, S.H.", "candidate", "DPRD-MEDAN-2024", "3", _party("NASDEM")),
    "K02": ("H. Sukirno, S.Pd., M.M.", "candidate", "DPD-JATENG-2024", "27", ""),
    "K03": ("Mochamad Fadli Hidayat, S.H.I.", "candidate", "DPRDP-JATIM-2024", "1", _party("PKB")),
    "K04": ("H. Andi Mappatunru, S.E.", "candidate", "DPR-SULSEL1-2024", "2", _party("GOLKAR")),
    "K05": ("Drs. I Ketut Wirawan, M.Si.", "candidate", "DPRD-GIANYAR-2024", "1", _party("PDIP")),
    "K06": ("H. Zulkifli Dt. Rangkayo Basa", "candidate", "DPRDP-SUMBAR-2024", "4", _party("PKS")),
    "K07": ("Lina Marlina, S.E.", "candidate", "DPRD-BEKASI-2024", "7", _party("GERINDRA")),
    "K08": ("Sri Wahyuni, S.Pd.", "candidate", "DPRD-KLATEN-2024", "5", _party("DEMOKRAT")),
    "K09": ("Drs. Yosef Nahak Seran", "candidate", "DPR-NTT2-2024", "1", _party("PERINDO")),
    "K10": ("Hj. Rusmini, S.Sos.", "candidate", "DPRD-KUKAR-2024", "2", _party("PAN")),
    "K11": (
        "Drs. Parlindungan Simanjuntak",
        "candidate",
        "DPRDP-SUMUT-2024",
        "8",
        _party("GOLKAR"),
    ),
    "K12": ("Ust. Samsul Bahri, S.Ag.", "candidate", "DPRD-BANYUMAS-2024", "9", _party("PKB")),
    "K13": ("Ujang Saepulloh, S.Ag.", "candidate", "DPRDP-JABAR-2024", "3", _party("PPP")),
    # invented Pilkada 2024 pairs
    "GRT1": ("Hj. Euis Komariah – Deden Supriatna", "candidate", "PILBUP-GARUT-2024", "1", ""),
    "GRT2": ("H. Dadang Suherman – Asep Mulyana Rahmat", "candidate", "PILBUP-GARUT-2024", "2", ""),
    "GRT2-TIM": ("Relawan DAMAR Garut", "campaign_team", "PILBUP-GARUT-2024", "", ""),
    "KKR1": ("Hj. Dahlia Rahman – Yusran Effendi", "candidate", "PILBUP-KUKAR-2024", "1", ""),
    "KKR3": ("Ir. H. Syahrani Effendi – Muhammad Irfan", "candidate", "PILBUP-KUKAR-2024", "3", ""),
    "GNR1": (
        "I Gusti Ngurah Suarjana – I Nyoman Adnyana",
        "candidate",
        "PILBUP-GIANYAR-2024",
        "1",
        "",
    ),
}

# "target_id.platform" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "K01.fb": ("bang.iwan.nasution", "100088123400001", "Bang Iwan Nasution"),
    "K01.ig": ("bangiwan_medanjohor", "61234000011", "Bang Iwan • Caleg DPRD Medan"),
    "K02.x": ("kirno_dpd27", "1690000000000000027", "H. Sukirno DPD Jateng"),
    "K02.tt": ("pakkirno27", "7300000000000000027", "Pak Kirno 27"),
    "K03.ig": ("cakfadli.official", "61234000031", "Cak Fadli"),
    "K04.fb": ("puang.tunru", "100088123400004", "Andi Mappatunru"),
    "K05.fb": ("ketut.wirawan.gianyar", "100088123400005", "Ketut Wirawan"),
    "K06.fb": ("dt.rangkayobasa", "100088123400006", "Zulkifli Dt. Rangkayo Basa"),
    "K06.ig": ("mamakzul_sumbar", "61234000061", "Mak Zul"),
    "K07.fb": ("tehlina.bekasi", "100088123400007", "Teh Lina Marlina"),
    "K07.x": ("tehlina_dprd", "1690000000000000007", "Lina Marlina"),
    "K08.fb": ("mbakyuni.klaten", "100088123400008", "Sri Wahyuni (Mbak Yuni)"),
    "K09.fb": ("yosef.nahak.seran", "100088123400009", "Yosef Nahak Seran"),
    "K10.fb": ("kakrus.kukar", "100088123400010", "Kak Rus"),
    "K11.fb": ("parlin.simanjuntak", "100088123400011", "Parlindungan Simanjuntak"),
    "K12.x": ("ustsamsul_bms", "1690000000000000012", "Ust. Samsul Bahri"),
    "K13.fb": ("mang.ujang.ppp", "100088123400013", "Mang Ujang Saepulloh"),
    "GRT1.fb": ("eden.garut", "100088123400101", "EDEN Garut Nyaah"),
    "GRT2.fb": ("damar.garut", "100088123400102", "DAMAR – Abah Dadang"),
    "GRT2.ig": ("abahdadang.garut", "61234000102", "Abah Dadang"),
    "GRT2.tt": ("abahdadang2", "7300000000000000102", "Abah Dadang No 2"),
    "GRT2-TIM.fb": ("groups/relawandamar", "100088123400109", "Relawan DAMAR Garut"),
    "KKR1.x": ("daya_kukar1", "1690000000000000301", "DAYA Kukar"),
    "KKR3.fb": ("safir.kukar", "100088123400303", "SAFIR Kukar Bangkit"),
    "GNR1.fb": ("ngurah.nyoman.gianyar", "100088123400501", "Paket 1 Ngurah–Nyoman"),
}

# (target_id, term)
KEYWORDS = [
    ("CP01", "AMIN"),
    ("CP01", "#AMIN"),
    ("CP01", "Anies-Muhaimin"),
    ("CP01", "#AniesMuhaimin"),
    ("CP02", "Prabowo-Gibran"),
    ("CP02", "#PrabowoGibran2024"),
    ("CP02", "Oke Gas"),
    ("CP02", "Bersama Indonesia Maju"),
    ("CP03", "Ganjar-Mahfud"),
    ("CP03", "#GanjarMahfud2024"),
    ("CP03", "Sat Set Tas Tes"),
    ("K01", "Bang Iwan"),
    ("K01", "#BangIwanDPRD"),
    ("K01", "coblos NasDem nomor 3"),
    ("K02", "Pak Kirno"),
    ("K02", "#Kirno27"),
    ("K02", "DPD nomor 27"),
    ("K03", "Cak Fadli"),
    ("K03", "#CakFadliJatim1"),
    ("K04", "Puang Tunru"),
    ("K04", "#PuangTunruSenayan"),
    ("K05", "Pak Ketut Wira"),
    ("K05", "#WiraUntukGianyar"),
    ("K06", "Mak Zul"),
    ("K06", "Dt. Rangkayo Basa"),
    ("K07", "Teh Lina"),
    ("K07", "#TehLinaDPRD"),
    ("K08", "Mbak Yuni"),
    ("K08", "#YuniKlaten5"),
    ("K09", "Bapa Yosef"),
    ("K09", "#YosefSeranDPR"),
    ("K10", "Kak Rus"),
    ("K10", "#KakRusDPRD"),
    ("K11", "Pak Parlin"),
    ("K12", "Ustaz Samsul"),
    ("K13", "Mang Ujang"),
    ("GRT1", "EDEN"),
    ("GRT1", "Garut Nyaah"),
    ("GRT2", "DAMAR"),
    ("GRT2", "Garut Ngahiji"),
    ("GRT2", "#DAMAR2"),
    ("KKR1", "DAYA"),
    ("KKR1", "Kukar Berdaya"),
    ("KKR3", "SAFIR"),
    ("KKR3", "Kukar Bangkit"),
    ("GNR1", "Gianyar Shanti"),
    ("GNR1", "Paket 1"),
]

# label shorthand: a token expands to the target ids a correct finding may name
GROUPS = {
    "iwan": "K01 NASDEM",
    "kirno": "K02",
    "fadli": "K03 PKB",
    "tunru": "K04 GOLKAR",
    "wira": "K05 PDIP",
    "zul": "K06 PKS",
    "lina": "K07 GERINDRA",
    "yuni": "K08 DEMOKRAT",
    "yosef": "K09 PERINDO",
    "rus": "K10 PAN",
    "parlin": "K11 GOLKAR",
    "samsul": "K12 PKB",
    "ujang": "K13 PPP",
    "damar": "GRT2 GRT2-TIM",
}

# key -> (platform code, handle, user_id, display_name): news, family, groups, friends
OTHER_ACCOUNTS = {
    "news.mdn": ("fb", "infomedanterkini", "100077700000001", "Info Medan Terkini"),
    "grp.alumni.mdn": (
        "fb",
        "groups/alumnisman3mdn2002",
        "100077700000002",
        "Alumni SMAN 3 Medan Angkatan 2002",
    ),
    "news.bms": ("x", "kabarbanyumas_", "1500000000000000001", "Kabar Banyumas"),
    "news.sby": ("x", "suroboyo_update", "1500000000000000002", "Suroboyo Update"),
    "friend.sby": ("x", "rinaa_sby", "1500000000000000003", "rina"),
    "news.mks": ("fb", "makassar.infonews", "100077700000003", "Makassar Info"),
    "grp.kkb": (
        "fb",
        "groups/kerukunanbone.mks",
        "100077700000004",
        "Kerukunan Keluarga Bone di Makassar",
    ),
    "fan.k04": ("fb", "daeng.rahman.88", "100077700000005", "Daeng Rahman"),
    "news.grt": ("fb", "garut.update", "100077700000006", "Garut Update"),
    "news.bali": ("fb", "balikini.news", "100077700000007", "Bali Kini"),
    "news.pdg": ("fb", "padang.hariini", "100077700000008", "Padang Hari Ini"),
    "grp.taklim.pdg": (
        "fb",
        "groups/majelistaklim.kototangah",
        "100077700000009",
        "Majelis Taklim Nurul Iman Koto Tangah",
    ),
    "grp.perum.bks": (
        "fb",
        "groups/wargavillarawalumbu",
        "100077700000010",
        "Warga Villa Rawalumbu RW 09",
    ),
    "news.bks": ("x", "bekasi_info", "1500000000000000004", "Info Bekasi"),
    "yt.klatentv": ("yt", "@KlatenTVOnline", "UCklatenTV0000000000001", "Klaten TV Online"),
    "grp.guru.klt": (
        "fb",
        "groups/forumgurusdjogonalan",
        "100077700000011",
        "Forum Guru SD Jogonalan",
    ),
    "news.klt": ("fb", "klaten.terkini", "100077700000012", "Klaten Terkini"),
    "news.kpg": ("fb", "kupang.news", "100077700000013", "Kupang News"),
    "grp.kpg": ("fb", "groups/infokotakupang", "100077700000014", "Info Kota Kupang"),
    "news.kkr": ("fb", "kukar.today", "100077700000015", "Kukar Today"),
    "kpu.klt": ("fb", "kpu.klaten", "100077700000016", "KPU Kabupaten Klaten"),
}

# key -> (author account key, "YYYY-MM-DD HH:MM" local time, text): posts the employees answer
PARENTS = {
    # Medan
    "pK01a": (
        "K01.fb",
        "2024-02-04 21:00",
        "Terima kasih warga Medan Johor atas sambutan hangatnya di kampanye dialogis tadi malam. Insya Allah amanah.",
    ),
    "pK01b": (
        "K01.ig",
        "2024-01-11 09:00",
        "Blusukan ke Pajak Simpang Limun pagi ini. Harga cabe naik, mamak-mamak mengeluh. Kita cari solusinya sama-sama.",
    ),
    "pK01c": (
        "K01.fb",
        "2024-01-02 08:00",
        "Poster resmi: Irwansyah Nasution, S.H., Caleg DPRD Kota Medan Dapil 3, NasDem nomor urut 3. Coblos!",
    ),
    "pK01d": (
        "K01.ig",
        "2023-12-20 10:00",
        "Visi: Medan Johor bebas banjir. Misi: drainase tuntas, beasiswa anak yatim, pajak tradisional bersih dan nyaman.",
    ),
    "pMdnNews": (
        "news.mdn",
        "2023-11-04 10:00",
        "KPU Kota Medan umumkan Daftar Calon Tetap DPRD Kota Medan. Ada 120 nama di Dapil Medan 3.",
    ),
    "pK11a": (
        "K11.fb",
        "2024-02-06 19:00",
        "Mohon doa dan dukungan. Parlindungan Simanjuntak, Caleg DPRD Sumut Dapil 1, Golkar nomor urut 8.",
    ),
    "pK11b": (
        "K11.fb",
        "2023-09-02 10:00",
        "Reuni guru-guru pensiunan SMP 17 Medan. Rindu suasana ruang guru.",
    ),
    # Banyumas
    "pBmsNews": (
        "news.bms",
        "2023-11-05 07:00",
        "KPU umumkan DCT DPD Jawa Tengah Pemilu 2024: 19 nama bersaing untuk 4 kursi.",
    ),
    "pK02a": (
        "K02.x",
        "2024-01-03 08:00",
        "Kertas suara DPD warnane abang. Golet foto kula, nomer 27. Ngabdi kanggo wong cilik.",
    ),
    "pK02b": ("K02.tt", "2024-01-12 16:00", "Blusukan Pasar Wage Purwokerto bareng para pedagang."),
    "pK12a": (
        "K12.x",
        "2024-01-04 20:00",
        "Pengajian rutin malam Jumat di Musala Al-Ikhlas Karangklesem, terbuka untuk umum.",
    ),
    # Surabaya
    "pK03a": (
        "K03.ig",
        "2023-12-15 20:00",
        "Ngaji bareng warga Pegirian, matur suwun sambutane dulur-dulur.",
    ),
    "pK03b": (
        "K03.ig",
        "2024-01-20 10:00",
        "Pengumuman: posko relawan pindah ke Jl. Nyamplungan 12.",
    ),
    "pSbyNews": (
        "news.sby",
        "2024-01-05 09:00",
        "PKB pasang target 10 kursi DPRD Jatim dari Dapil Surabaya.",
    ),
    "pFriendSby": (
        "friend.sby",
        "2024-01-25 19:00",
        "Rek, sopo caleg DPRD Jatim sing apik nang Suroboyo? bingung aku",
    ),
    "pSbyArrest": (
        "news.sby",
        "2024-03-10 08:00",
        "Oknum kepala desa di Gresik ditahan Kejari terkait penyelewengan dana desa.",
    ),
    # Makassar
    "pK04a": (
        "K04.fb",
        "2024-02-03 16:00",
        "Kampanye akbar di Lapangan Karebosi. Terima kasih lautan kuning!",
    ),
    "pK04b": ("K04.fb", "2024-01-15 10:00", "Silaturahmi dengan tokoh adat Gowa."),
    "pFanK04": (
        "fan.k04",
        "2024-01-20 13:00",
        "Tabe', apa programnya Puang Tunru kalau jadi anggota DPR? Mau ka' tau.",
    ),
    "pMksNews": (
        "news.mks",
        "2024-01-28 09:00",
        "Caleg DPR RI Andi Mappatunru dilaporkan ke polisi terkait dugaan ijazah palsu; yang bersangkutan membantah.",
    ),
    # Garut
    "pGRT2a": (
        "GRT2.fb",
        "2024-10-08 15:00",
        "Kampanye dialogis di Kecamatan Cibatu. Hatur nuhun wargi!",
    ),
    "pGRT2b": ("GRT2.ig", "2024-10-30 21:00", "Debat publik kadua Pilbup Garut 2024."),
    "pGRT2c": (
        "GRT2.fb",
        "2024-10-01 08:00",
        "Poster resmi paslon nomer 2 DAMAR: Dadang Suherman – Asep Mulyana Rahmat. Garut Ngahiji!",
    ),
    "pGRT2d": ("GRT2.tt", "2024-11-10 18:00", "Abah ngopi bareng pemuda Tarogong."),
    "pGRT1a": ("GRT1.fb", "2024-10-15 10:00", "EDEN – Garut Nyaah: sembako murah unggal bulan!"),
    "pGrtNews": (
        "news.grt",
        "2024-11-05 12:00",
        "Cabup Garut nomor 2 dilaporkan ke Bawaslu soal dugaan bagi-bagi sembako.",
    ),
    "pK13a": (
        "K13.fb",
        "2024-01-10 08:00",
        "Syukuran khitanan putra kami, Saptu 13 Januari. Mangga sumping.",
    ),
    # Gianyar
    "pK05a": ("K05.fb", "2023-12-20 17:00", "Simakrama dengan krama Banjar Kelod, Petulu."),
    "pBaliNews": (
        "news.bali",
        "2023-07-10 09:00",
        "Mantan Kadispar Gianyar, I Ketut Wirawan, maju caleg DPRD Gianyar.",
    ),
    "pGNR1a": (
        "GNR1.fb",
        "2024-10-20 16:00",
        "Kampanye di Lapangan Astina Gianyar. Suksma semeton!",
    ),
    "pGNR1b": (
        "GNR1.fb",
        "2024-10-01 08:00",
        "Poster resmi Paket 1: I Gusti Ngurah Suarjana – I Nyoman Adnyana. Gianyar Shanti.",
    ),
    # Padang
    "pK06a": ("K06.fb", "2024-01-05 20:00", "Silaturahmi di Surau Koto Tangah."),
    "pK06b": ("K06.ig", "2024-01-25 10:00", "Basamo patani di Lubuk Minturun."),
    "pPdgNews": (
        "news.pdg",
        "2024-01-30 09:00",
        "Caleg DPRD Sumbar Dt. Rangkayo Basa diperiksa Bawaslu terkait dugaan kampanye di masjid.",
    ),
    # Bekasi
    "pK07a": ("K07.fb", "2024-01-13 07:00", "Senam pagi bersama emak-emak Bojong Menteng."),
    "pK07b": (
        "K07.fb",
        "2024-01-22 08:00",
        "Jadwal kampanye pekan ini: Senin Rawalumbu, Rabu Bekasi Timur.",
    ),
    "pK07x": (
        "K07.x",
        "2024-01-18 12:00",
        "Program Teh Lina: beasiswa anak ojol & normalisasi Kali Bekasi.",
    ),
    "pBksNews": (
        "news.bks",
        "2024-01-25 10:00",
        "Keterwakilan caleg perempuan di DPRD Kota Bekasi masih minim.",
    ),
    # Klaten
    "pYtDebat": ("yt.klatentv", "2024-01-17 19:00", "Debat Caleg Muda Klaten 2024 (full)"),
    "pYtBanjir": ("yt.klatentv", "2024-02-02 10:00", "Banjir merendam tiga desa di Klaten"),
    "pYtLantik": (
        "yt.klatentv",
        "2024-08-20 11:00",
        "Pelantikan 50 anggota DPRD Klaten periode 2024–2029",
    ),
    "pK08a": ("K08.fb", "2024-01-09 09:00", "Sosialisasi PAUD gratis di Prambanan."),
    "pKltNews": (
        "news.klt",
        "2024-02-06 08:00",
        "Caleg Demokrat Klaten dilaporkan ke Bawaslu, diduga bagi-bagi amplop.",
    ),
    # Kupang
    "pK09a": ("K09.fb", "2024-01-20 17:00", "Kampanye di Atambua, terima kasih Belu!"),
    "pK09b": ("K09.fb", "2024-01-30 07:00", "Jadwal kampanye minggu depan: Kefamenanu dan Soe."),
    "pKpgNews": (
        "news.kpg",
        "2023-11-04 09:00",
        "KPU tetapkan DCT DPR RI Dapil NTT II Pemilu 2024.",
    ),
    # Kutai Kartanegara
    "pK10a": ("K10.fb", "2024-01-18 08:00", "Turun ke Loa Kulu, mendengar aspirasi petani."),
    "pKKR3a": (
        "KKR3.fb",
        "2024-10-26 16:00",
        "Kampanye akbar di Stadion Rondong Demang. Kukar Bangkit!",
    ),
    "pKKR3b": (
        "KKR3.fb",
        "2024-10-01 08:00",
        "Poster resmi paslon nomor 3 SAFIR: Syahrani Effendi – Muhammad Irfan.",
    ),
    "pKKR1a": (
        "KKR1.x",
        "2024-10-10 10:00",
        "Pasangan DAYA: seragam sekolah gratis untuk semua siswa Kukar!",
    ),
    "pKkrNews": (
        "news.kkr",
        "2024-09-02 09:00",
        "Hj. Rusmini dilantik sebagai anggota DPRD Kukar periode 2024–2029.",
    ),
}


@dataclass
class Item:
    """One labelled event."""

    key: str
    label: str  # C, N, A, O
    targets: tuple[str, ...]
    when: str  # occurred_at as written in events.jsonl
    acct: str  # employee account key
    action: str
    text: str | None
    on: str | None = None  # key in PARENTS
    alt: str | None = None
    ocr: str | None = None
    group: str | None = None  # account key of the group a post was made in


ITEMS: list[Item] = []


def _expand(targets: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in targets.split():
        out.extend(GROUPS.get(tok, tok).split())
    return tuple(out)


def _when(acct: str, when: str) -> str:
    day, clock = when.split()
    return f"{day}T{clock}:00{EMP_TZ[acct.split('.')[0]]}"


def _add(
    label: str, targets: str, when: str, acct: str, action: str, text: str | None, **kw: str
) -> None:
    ITEMS.append(
        Item(
            f"{label}{len(ITEMS) + 1:03d}",
            label,
            _expand(targets),
            _when(acct, when),
            acct,
            action,
            text,
            **kw,
        )
    )


def C(targets: str, when: str, acct: str, action: str, text: str | None, **kw: str) -> None:
    _add("C", targets, when, acct, action, text, **kw)


def N(when: str, acct: str, action: str, text: str | None, **kw: str) -> None:
    _add("N", "", when, acct, action, text, **kw)


def A(targets: str, when: str, acct: str, action: str, text: str | None, **kw: str) -> None:
    _add("A", targets, when, acct, action, text, **kw)


def O(targets: str, when: str, acct: str, action: str, text: str | None, **kw: str) -> None:  # noqa: E743
    _add("O", targets, when, acct, action, text, **kw)


# ============================================================================================
# Labelled events
# ============================================================================================

# --- Ratna (Medan): husband Bang Iwan, NasDem no. 3, DPRD Kota Medan; retired colleague Pak Parlin, Golkar no. 8, DPRD Sumut
C(
    "iwan",
    "2023-11-29 20:15",
    "ratna.fb",
    "post",
    "Mohon doa restu untuk suami saya, Irwansyah Nasution, S.H., caleg DPRD Kota Medan Dapil 3 nomor urut 3 dari Partai NasDem. Semoga amanah. Jangan lupa 14 Februari ya kawan-kawan 🙏",
)
C(
    "iwan",
    "2024-01-20 07:40",
    "ratna.ig",
    "post",
    "Bismillah. Kami sekeluarga di belakang Abang 💙",
    ocr="IRWANSYAH NASUTION, S.H. | CALON ANGGOTA DPRD KOTA MEDAN | DAPIL MEDAN 3 | NASDEM 5 | NO. URUT 3 | COBLOS!",
)
C(
    "iwan",
    "2024-02-05 06:10",
    "ratna.fb",
    "comment",
    "Mantap kali Bang! Medan Johor pasti biru, coblos nomor 3 ya kawan 💪",
    on="pK01a",
)
C(
    "iwan",
    "2024-01-28 21:05",
    "ratna.fb",
    "post",
    "Kawan-kawan alumni yang KTP-nya Medan Johor, Medan Amplas, Medan Denai: titip suara untuk suami aku ya 😁 Bang Iwan, NasDem nomor 3. Nanti kita ngopi-ngopi di kede Pak Ucok.",
    group="grp.alumni.mdn",
)
C(
    "iwan",
    "2024-02-16 22:30",
    "ratna.fb",
    "post",
    "Alhamdulillah, hasil C1 sementara Bang Iwan unggul di TPS kami. Terima kasih untuk semua yang sudah coblos nomor 3 NasDem 🙏 kawal terus suaranya sampai pleno!",
)
C(
    "iwan",
    "2023-12-21 19:00",
    "ratna.ig",
    "share",
    "Ini visi misi suami saya, dibaca ya kawan: drainase, beasiswa anak yatim, pajak tradisional. Kalau setuju, tau lah mau coblos siapa 😉",
    on="pK01d",
)
C(
    "iwan",
    "2024-01-10 15:20",
    "ratna.fb",
    "post",
    "Undangan untuk kakak-kakak guru SMP 17: Minggu sore ada silaturahmi bersama Bang Iwan di rumah kami, Jl. Karya Jaya. Ada makan-makan, sekalian kenalan sama program-program abang. Datang ya kak 🙏",
)
C(
    "iwan",
    "2024-01-03 12:00",
    "ratna.fb",
    "share",
    "Suami saya 🥰 mohon dukungannya kawan-kawan, nomor 3 ya!",
    on="pK01c",
)
C(
    "iwan CP01",
    "2024-02-10 21:45",
    "ratna.ig",
    "post",
    "Besok sudah masa tenang. Pesan mamak: pilih yang dekat di hati. 3 untuk DPRD Kota (abang kita), 01 untuk presiden. AMIN! 🙏",
)
C(
    "iwan",
    "2024-02-14 09:05",
    "ratna.ig",
    "post",
    "Sudah nyoblos! Nomor 3 tetap di hati 💙 #BangIwanDPRD",
    alt="Foto jari kelingking bertinta ungu di depan TPS 012 Kelurahan Pangkalan Masyhur",
)
C(
    "parlin",
    "2024-02-07 05:50",
    "ratna.fb",
    "comment",
    "Sukses Pak Parlin! Guru kami dulu, pasti amanah. Kami guru-guru SMP 17 dukung Bapak, nomor 8 Golkar 🙏",
    on="pK11a",
)
C(
    "parlin",
    "2023-10-02 20:00",
    "ratna.fb",
    "post",
    "Walaupun sudah pensiun, semangat Pak Parlin luar biasa. Beliau maju DPRD Sumut dari Golkar, nomor 8. Guru-guru yang pernah dibimbing beliau pasti tahu kualitasnya. Ayo bantu!",
)
C(
    "parlin",
    "2024-01-16 18:30",
    "ratna.ig",
    "post",
    "Horas! Mantan rekan sekantor kami, Pak Parlindungan Simanjuntak, caleg DPRD Sumut Dapil 1 nomor 8. Orangnya lurus kali, kawan. Titip ya untuk kertas biru 🙏",
)
C(
    "NASDEM",
    "2022-10-05 19:10",
    "ratna.fb",
    "post",
    "Suami resmi jadi pengurus DPD Partai NasDem Kota Medan. Ayo anak muda Medan, gabung NasDem! Restorasi Indonesia 💙",
)
N(
    "2024-01-15 20:00",
    "ratna.fb",
    "post",
    "Suami saya memang nyaleg, tapi saya ASN. Saya tidak ikut kampanye dan tidak akan mengajak siapapun. Mohon maaf kawan-kawan, jangan tag saya di postingan kampanye ya 🙏",
)
N(
    "2023-12-03 13:00",
    "ratna.fb",
    "post",
    "Selamat menempuh hidup baru adikku Nadia & Rizky. Semoga sakinah mawaddah warahmah. Aamiin ya Rabb 🤲",
)
N(
    "2024-02-20 16:45",
    "ratna.fb",
    "post",
    "Anak kami juara 3 lomba MTQ tingkat kecamatan, alhamdulillah. Nomor 3 pun tetap bangga mamak 🥹",
)
N(
    "2024-01-11 11:30",
    "ratna.ig",
    "comment",
    "Bang, jangan lupa makan siang. Obat maag abang ketinggalan di meja 😅",
    on="pK01b",
)
N(
    "2024-01-05 08:00",
    "ratna.fb",
    "post",
    "Info: SMP Negeri 17 Medan membuka pendaftaran lomba cerdas cermat kelas 7-9. Hadiah untuk juara 1 sampai 3. Hubungi wali kelas masing-masing.",
)
N(
    "2023-09-18 07:30",
    "ratna.fb",
    "post",
    "Selamat ulang tahun ke-61 Pak Parlin, guru dan mentor kami. Sehat selalu ya Pak 🎂",
)
N(
    "2024-02-12 20:20",
    "ratna.fb",
    "post",
    "Masa tenang. Mari jaga Medan tetap kondusif, jangan sebar hoaks. Siapapun pilihannya, kita tetap bersaudara. Horas!",
)
N(
    "2023-11-04 12:15",
    "ratna.fb",
    "comment",
    "Ada nama suami saya di situ 😅 tapi saya tidak bisa komentar banyak, ASN harus netral.",
    on="pMdnNews",
)
N(
    "2024-05-02 17:00",
    "ratna.fb",
    "post",
    "Pajak Sukaramai makin rame, harga cabe naik lagi kawan. Mamak-mamak siap-siap ya.",
)
N(
    "2023-11-25 10:00",
    "ratna.ig",
    "post",
    "Terima kasih anak-anak kelas 9-3 atas kejutan Hari Guru. Kalian juga nomor satu di hati ibu 💙",
)
N(
    "2023-09-03 09:00",
    "ratna.fb",
    "comment",
    "Rindu kali sama bapak-ibu guru senior 🥲 sehat-sehat semua ya Pak.",
    on="pK11b",
)
A(
    "iwan",
    "2024-03-25 21:00",
    "ratna.fb",
    "post",
    "Apapun hasilnya, terima kasih Bang sudah berjuang. Sekarang waktunya istirahat dan kumpul keluarga lagi. Anak-anak kangen.",
)
A("iwan", "2024-01-02 19:30", "ratna.fb", "share", None, on="pK01c")
O(
    "K01",
    "2022-11-10 20:00",
    "ratna.fb",
    "post",
    "Doakan suami saya ya kawan-kawan, Insya Allah di Pemilu 2024 nanti Bang Iwan maju jadi wakil rakyat untuk Medan Johor. Orangnya jujur, saya jaminannya 😁",
)

# --- Agus (Banyumas): father Pak Kirno, DPD Jateng no. 27; neighbour Ustaz Samsul, PKB no. 9, DPRD Banyumas
C(
    "kirno",
    "2023-01-05 14:00",
    "agus.x",
    "post",
    "Bismillah, bapak kami resmi nyerahke syarat dukungan calon DPD Jateng nang KPU Provinsi. Matur nuwun kabeh sing wis nyumbang KTP 🙏 Bapak Sukirno, DPD Jateng, bismillah!",
)
C(
    "kirno",
    "2023-12-02 19:30",
    "agus.x",
    "post",
    "Ayah kami maju DPD, nomor 27. Bapak wis 30 taun dadi guru, saiki pengin ngabdi nang Senayan. Nyuwun dongane lan coblosane, Dulur Banyumas! #Kirno27",
)
C(
    "kirno",
    "2024-01-14 16:20",
    "agus.tt",
    "post",
    "Bapake inyong lagi blusukan nang Pasar Wage. Kertas suara DPD sing werna abang, goleti fotone Pak Kirno, nomor 27 ya lur 😄",
    alt="video bapak bersalaman dengan pedagang di Pasar Wage",
)
C(
    "kirno",
    "2023-11-05 08:10",
    "agus.x",
    "reply",
    "Nomer 27 kuwi bapakku lur, aja kelalen dicoblos tanggal 14 Februari 😁",
    on="pBmsNews",
)
C(
    "kirno",
    "2024-02-13 21:00",
    "agus.x",
    "post",
    "Sesuk nyoblos. Kertas abang, nomer 27. Wis ngerti lah ya 😉",
)
C(
    "kirno",
    "2024-02-25 10:00",
    "agus.x",
    "post",
    "Matur nuwun sanget kagem warga Jateng sing wis milih bapak. Perolehan sementara nang Sirekap apik, kawal terus suara DPD nomor 27 🙏",
)
C(
    "kirno",
    "2024-01-22 20:00",
    "agus.tt",
    "post",
    None,
    ocr="H. SUKIRNO, S.Pd., M.M. | CALON ANGGOTA DPD RI DAPIL JAWA TENGAH | 27 | NGABDI KANGGO WONG CILIK",
)
C(
    "samsul",
    "2024-01-25 19:45",
    "agus.x",
    "post",
    "Ustaz Samsul tanggane inyong maju DPRD Banyumas sekang PKB nomer 9. Wonge apik, sregep ngaji. Dulur Dapil 1 mbok dipilih 🙏",
)
C(
    "kirno CP03",
    "2024-02-01 12:30",
    "agus.x",
    "post",
    "Bapak DPD 27, presiden inyong 03. Sat set tas tes! Banyumas Ganjar-Mahfud 🔥",
)
C(
    "kirno",
    "2024-01-03 09:00",
    "agus.x",
    "quote",
    "Kuwi bapakku 😎 kertas abang, nomer 27, aja nganti salah coblos.",
    on="pK02a",
)
C(
    "kirno",
    "2024-01-12 18:00",
    "agus.tt",
    "comment",
    "Bapak sehat terus, DPD 27 menang! 💪",
    on="pK02b",
)
N(
    "2024-01-07 08:30",
    "agus.x",
    "post",
    "Bapak nyaleg DPD, tapi inyong ASN dadi ora melu-melu kampanye. Aja di-tag nang postingan kampanye ya lur. Netral!",
)
N(
    "2024-02-14 10:15",
    "agus.x",
    "post",
    "Nyoblos nang TPS 27 Kelurahan Karangklesem. Antrine dawa banget 😩",
)
N(
    "2023-12-20 15:00",
    "agus.tt",
    "post",
    "Wisuda adikku Lestari, S.Kep. 🎓 bapak nangis terharu. Sukses terus dik!",
)
N(
    "2023-11-15 22:00",
    "agus.x",
    "post",
    "Kamar 27 RSUD Margono, bapak lagi opname. Nyuwun dongane ben gage waras 🙏",
)
N(
    "2024-01-05 06:00",
    "agus.x",
    "reply",
    "Insya Allah hadir, Ustaz. Nyuwun dipun dongakaken bapak ingkang saweg gerah.",
    on="pK12a",
)
N(
    "2024-01-18 12:00",
    "agus.tt",
    "post",
    "Tutorial bikin kartu ucapan digital ala Dinkominfo 😄 langkah nomor 1 buka Canva, nomor 2 pilih template, nomor 3 ganti tulisan.",
)
N(
    "2023-06-10 10:00",
    "agus.x",
    "post",
    "Bapak pensiun dadi kepala sekolah dina iki. 35 taun ngabdi nang SD. Matur nuwun bapak 🙏",
)
N(
    "2024-02-10 22:10",
    "agus.x",
    "post",
    "Tanggane inyong caleg, tanggane sebelah caleg, pak RT dadi timses... Inyong mung ASN sing pengin turu tenang 😂 baliho nutupi jendela",
)
N(
    "2024-01-30 09:00",
    "agus.x",
    "post",
    "Pengumuman: layanan Wi-Fi gratis di 27 titik taman kota Purwokerto sudah aktif. Info lengkap di laman Dinkominfo Banyumas.",
)
N(
    "2024-01-23 19:00",
    "agus.x",
    "post",
    "Debat capres malam iki jam 19.00. Sing penasaran nonton bareng nang angkringan Pak Kirno (dudu bapakku, Pak Kirno sing dodol wedang jahe 😂)",
)
N(
    "2023-12-05 08:00",
    "agus.x",
    "post",
    "Rakor netralitas ASN di Pendopo Si Panji: seluruh ASN Pemkab Banyumas wajib netral pada Pemilu 2024. Dilarang like, share, komentar akun kampanye.",
)
A(
    "kirno",
    "2024-03-21 20:00",
    "agus.x",
    "post",
    "Alhamdulillah bapak lolos ke Senayan. Mulai saiki dudu bapake inyong thok, tapi wakil kabeh wong Jateng. Semoga amanah.",
)
O(
    "K02",
    "2022-11-20 19:00",
    "agus.x",
    "post",
    "Bapak arep maju DPD Jateng. Sing gelem nyumbang fotokopi KTP kanggo syarat dukungan, hubungi inyong ya 🙏",
)

# --- Dewi (Surabaya): kakak ipar Cak Fadli, PKB no. 1, DPRD Jatim Dapil Surabaya
C(
    "fadli",
    "2023-12-10 19:00",
    "dewi.ig",
    "post",
    "Kakak ipar saya, Cak Fadli, maju DPRD Jatim Dapil Surabaya dari PKB nomor urut 1. Arek Suroboyo, ayo dukung wong asli Ampel! 💚",
)
C(
    "fadli",
    "2024-01-08 12:10",
    "dewi.x",
    "post",
    "Rek, kertas suara biru iku DPRD Provinsi. Golek logo PKB, terus nomer 1: Mochamad Fadli Hidayat. Iku masku 😁",
)
C(
    "fadli",
    "2023-12-15 21:30",
    "dewi.ig",
    "comment",
    "Masya Allah, semangat Cak! Pegirian siap menangkan Cak Fadli 💚💚",
    on="pK03a",
)
C(
    "fadli",
    "2024-01-05 10:00",
    "dewi.x",
    "quote",
    "Salah siji kursine kudu gae Cak Fadli, nomer 1 Dapil Suroboyo! 🔥",
    on="pSbyNews",
)
C(
    "fadli",
    "2023-05-12 16:00",
    "dewi.ig",
    "post",
    "Pendaftaran bacaleg PKB ke KPU Jatim, keluarga ikut nganter Cak Fadli. Bismillah, semoga lolos DCT 🤲",
    alt="Foto keluarga berbaju hijau di depan kantor KPU Provinsi Jawa Timur bersama Cak Fadli",
)
C(
    "fadli CP01",
    "2024-02-14 11:00",
    "dewi.x",
    "post",
    "Wis nyoblos rek. Pilpres 01, DPRD Jatim PKB nomer 1. Keluarga kompak! #AMIN",
)
C(
    "fadli",
    "2024-01-16 20:00",
    "dewi.ig",
    "post",
    "Share ya rek, siapa tau ada yang belum kenal 😊",
    ocr="FADLI HIDAYAT | PKB | DAPIL JATIM 1 | NO. 1 | Muda, Merakyat, Amanah",
)
C(
    "fadli",
    "2024-01-25 19:30",
    "dewi.x",
    "reply",
    "Cak Fadli lah, PKB nomer 1 😁 kakak iparku, wis kenal wonge sejak SMA. Dijamin amanah.",
    on="pFriendSby",
)
C(
    "fadli",
    "2024-02-22 08:00",
    "dewi.ig",
    "post",
    "Matur suwun arek-arek Suroboyo sing wis nyoblos Cak Fadli nomer 1 PKB. Suarane aman, kawal sampai pleno yo 🙏💚",
)
N(
    "2023-12-25 07:00",
    "dewi.ig",
    "post",
    "Selamat Hari Natal buat teman-teman kantor yang merayakan 🎄 damai selalu.",
)
N(
    "2024-01-22 21:00",
    "dewi.x",
    "post",
    "Kakak ipar nyaleg, mertua sibuk, aku ASN kudu netral. Grup WA keluarga isine stiker PKB tok 😂 aku mute disik ya",
)
N(
    "2024-02-01 09:00",
    "dewi.x",
    "post",
    "BPKAD Jatim juara 1 lomba keterbukaan informasi publik 2023. Terima kasih tim! 🏆",
)
N(
    "2024-01-20 12:00",
    "dewi.ig",
    "comment",
    "Cak, oleh-oleh dari Madura kemarin masih di rumah ibu, diambil ya.",
    on="pK03b",
)
N(
    "2024-03-02 20:00",
    "dewi.x",
    "post",
    "Rekap suara DPRD Jatim masih jalan. Mohon doanya semoga semua proses lancar dan jujur, siapapun yang terpilih.",
)
N(
    "2024-01-03 18:00",
    "dewi.ig",
    "post",
    "Selamat wisuda S2 kakak iparku, Cak Fadli 🎓 Magister Hukum Keluarga Islam UINSA. Barakallah!",
)
N(
    "2024-03-10 09:00",
    "dewi.x",
    "reply",
    "Itu pakde saya. Mohon doa untuk keluarga kami, semoga proses hukumnya adil.",
    on="pSbyArrest",
)
N(
    "2024-02-15 20:30",
    "dewi.x",
    "post",
    "Quick count sudah keluar, tunggu hasil resmi KPU ya rek. Siapapun presidennya, Suroboyo tetap panas 🥵",
)
N(
    "2024-01-28 16:00",
    "dewi.ig",
    "post",
    "Ponakan juara 1 lomba adzan se-Kecamatan Semampir 🥇 abahnya, Cak Fadli, sampe nangis 😭",
)
O(
    "K03",
    "2022-11-05 20:00",
    "dewi.ig",
    "post",
    "Cak Fadli, kakak ipar kebanggaan keluarga, insya Allah maju di Pemilu 2024 jadi wakil rakyat. Doakan ya rek 🤲",
)

# --- Hendra (Makassar): mertua Puang Tunru, Golkar no. 2, DPR RI Sulsel I
C(
    "tunru",
    "2023-12-01 20:00",
    "hendra.fb",
    "post",
    "Tabe', mohon doa restu ta' untuk bapak mertua, H. Andi Mappatunru, Caleg DPR RI Dapil Sulsel I, Golkar nomor urut 2. Orang baik ji beliau, sudah terbukti 🙏",
)
C(
    "tunru",
    "2024-02-03 21:00",
    "hendra.fb",
    "comment",
    "Luar biasa, Puang! Satu Makassar kuning mi ini 💛 nomor 2!",
    on="pK04a",
)
C(
    "tunru",
    "2024-01-07 13:00",
    "hendra.ig",
    "post",
    "Keluarga besar siap memenangkan Puang Tunru. Golkar 4, caleg nomor 2, jangan terbalik ki nah 😄",
    alt="Foto keluarga berkaos kuning bersama Puang Tunru di halaman rumah",
)
C(
    "tunru",
    "2024-02-12 19:00",
    "hendra.fb",
    "post",
    "Besok lusa, kertas kuning (DPR RI), cari Golkar, coblos nomor 2. Pokoknya Puang Tunru ji 🙏",
)
C(
    "tunru",
    "2024-01-19 20:30",
    "hendra.fb",
    "post",
    "Sipakatau, sipakainge. Mari kita dukung keluarga sendiri, Puang Andi Mappatunru, DPR RI nomor 2. Ewako!",
    group="grp.kkb",
)
C(
    "tunru CP02",
    "2024-02-05 12:00",
    "hendra.fb",
    "post",
    "Prabowo-Gibran untuk presiden, Puang Tunru untuk Senayan. Dua-duanya nomor 2 😁 gampang diingat ji",
)
C(
    "tunru",
    "2024-02-26 18:00",
    "hendra.fb",
    "post",
    "Terima kasih warga Makassar, Gowa, Takalar, suara Puang Tunru naik terus di Sirekap. Kawal sampai pleno! Golkar nomor 2 🙏",
)
C(
    "tunru",
    "2024-01-20 14:00",
    "hendra.fb",
    "reply",
    "Tabe', programnya Puang Tunru: irigasi untuk petani Gowa, beasiswa anak nelayan Takalar. Kalau mau lengkap DM ka' nah. Jangan lupa nomor 2 Golkar 🙏",
    on="pFanK04",
)
C(
    "GOLKAR",
    "2024-10-20 19:00",
    "hendra.fb",
    "post",
    "Selamat HUT ke-60 Partai Golkar! Suara Golkar, suara rakyat. Keluarga kami tetap kuning sampai kapan pun 💛",
)
N(
    "2024-01-11 10:00",
    "hendra.fb",
    "post",
    "Info: perbaikan Jl. Perintis Kemerdekaan KM 2 sampai KM 4 mulai Senin. Mohon maaf atas ketidaknyamanannya.",
)
N(
    "2023-11-30 18:00",
    "hendra.fb",
    "post",
    "Innalillahi wa inna ilaihi raji'un. Turut berduka atas wafatnya Andi Baso, sepupu istri saya. Semoga husnul khatimah.",
)
N(
    "2024-02-03 08:00",
    "hendra.ig",
    "post",
    "Ulang tahun ke-2 anak kami, Andi Naura 🎂 anak nomor 2 dari tiga bersaudara, paling cerewet 😂",
)
N(
    "2024-01-15 11:00",
    "hendra.fb",
    "comment",
    "Puang, kunci mobil ada sama ki di'? Dicari ibu.",
    on="pK04b",
)
N(
    "2024-01-25 21:00",
    "hendra.fb",
    "post",
    "Bapak mertua memang caleg, tapi saya PNS jadi tidak ikut-ikut. Mohon tidak mengirim saya stiker kampanye di WA 🙏",
)
N(
    "2024-02-17 15:00",
    "hendra.ig",
    "post",
    "Lomba mancing bersama tim Bina Marga. Juara 1 Pak Kadis, saya juara 2 😅",
)
N(
    "2024-01-28 10:00",
    "hendra.fb",
    "comment",
    "Mohon semua pihak menunggu proses hukum. Keluarga menghormati proses dan tidak akan berkomentar lebih jauh.",
    on="pMksNews",
)
N(
    "2024-02-08 09:00",
    "hendra.fb",
    "post",
    "Lorong kami nomor rumahnya 01, 02, 03 berjejer. Jangan dikira kampanye ki kalau saya foto depan rumah 😂",
)
N(
    "2024-03-28 09:30",
    "hendra.fb",
    "post",
    "Mertua masuk RS Wahidin sejak semalam, kelelahan. Mohon doa ta' semua 🙏",
)
A(
    "tunru",
    "2024-04-20 20:00",
    "hendra.fb",
    "post",
    "Selamat atas terpilihnya bapak mertua, Puang Tunru. Semoga amanah dan tetap rendah hati seperti biasa.",
)
O(
    "K04",
    "2022-12-01 20:00",
    "hendra.fb",
    "post",
    "Mertua saya, Puang Andi Mappatunru, insya Allah maju ke Senayan. Doakan ki nah, orang baik ini 🙏",
)

# --- Siti (Garut): Abah = Dadang Suherman, paslon 2 "DAMAR" Pilbup Garut; paman Mang Ujang, PPP no. 3, DPRD Jabar
C(
    "damar",
    "2024-08-28 11:00",
    "siti.fb",
    "post",
    "Bismillah, ngadampingan Abah ngadaptar ka KPU Garut. Nyuhunkeun pidu'a ti sadaya wargi. DAMAR kanggo Garut! 🙏",
    alt="Foto keluarga di depan kantor KPU Kabupaten Garut, Abah Dadang memegang map pendaftaran",
)
C(
    "damar",
    "2024-10-05 19:00",
    "siti.tt",
    "post",
    "Abah abdi, Abah Dadang, nomer 2. Garut Ngahiji! Mangga wargi, tanggal 27 Nopember urang coblos nomer 2 ✌️",
)
C(
    "damar",
    "2024-10-08 20:00",
    "siti.fb",
    "comment",
    "Hatur nuhun warga Cibatu! Abah pasti ngemban amanah. DAMAR menang! 💪",
    on="pGRT2a",
)
C(
    "damar",
    "2024-10-03 21:00",
    "siti.ig",
    "post",
    "Ieu visi misi Abah: puskesmas 24 jam di unggal kacamatan, jalan desa mulus. Bantosan share nya 🙏",
    ocr="DAMAR 2 | Dadang Suherman – Asep Mulyana Rahmat | Calon Bupati & Wakil Bupati Garut 2024 | GARUT NGAHIJI",
)
C(
    "damar",
    "2024-11-02 14:00",
    "siti.fb",
    "post",
    "Ka rerencangan perawat RSUD, Saptu ieu aya silaturahmi sareng Abah di bumi, Jl. Ciledug. Sakalian ngobrol ngeunaan nasib tenaga kesehatan upami Abah kapilih. Mangga sumping, aya liwet 😊",
)
C(
    "damar",
    "2024-11-23 20:00",
    "siti.tt",
    "post",
    "Dua jari kanggo Abah ✌️ #DAMAR2 #GarutNgahiji",
    alt="video Siti dan keluarga mengacungkan dua jari",
)
C(
    "damar",
    "2024-11-28 09:00",
    "siti.fb",
    "post",
    "Alhamdulillah hasil quick count DAMAR unggul. Hatur nuhun ka sadaya wargi Garut nu tos nyoblos nomer 2. Kawal C1 dugi ka pleno!",
)
C(
    "damar",
    "2024-10-15 12:00",
    "siti.fb",
    "comment",
    "Garut mah butuh pamingpin nu ngarti rahayat, lain nu ngan ukur janji. Nomer 2 wé!",
    on="pGRT1a",
)
C(
    "damar",
    "2024-10-30 22:00",
    "siti.ig",
    "comment",
    "Abah keren pisan jawabanana! Nomer 2 paling siap 🔥",
    on="pGRT2b",
)
C(
    "damar",
    "2024-11-10 19:30",
    "siti.tt",
    "comment",
    "Abah nu pangsaéna! Pemuda Tarogong milih nomer 2 ✌️",
    on="pGRT2d",
)
C(
    "damar",
    "2024-10-02 07:00",
    "siti.fb",
    "share",
    "Abah abdi 🥹 nomer 2, mangga dibantos nya wargi Garut.",
    on="pGRT2c",
)
C(
    "ujang",
    "2024-01-17 20:00",
    "siti.fb",
    "post",
    "Mang Ujang, paman abdi, nyaleg DPRD Jabar ti PPP nomer 3 dapil Garut. Jalmina soleh, resep ngabantos. Dukung nya wargi 🙏",
)
C(
    "ujang",
    "2024-02-11 07:00",
    "siti.ig",
    "post",
    "Ulah hilap, kertas biru DPRD Provinsi: PPP nomer 3, Mang Ujang Saepulloh 💚",
)
N(
    "2024-09-10 19:00",
    "siti.fb",
    "post",
    "Abah nyalon bupati, tapi abdi ASN, wajib netral. Punten teu tiasa ngiring kampanye nya wargi, mugia ngartos 🙏",
)
N(
    "2024-10-12 08:00",
    "siti.fb",
    "post",
    "Wargi, Ruang Anggrek nomer 2 ditutup samentawis kanggo renovasi. Pasien dipindahkeun ka Ruang Melati.",
)
N(
    "2024-09-30 21:00",
    "siti.tt",
    "post",
    "Nikahan lanceuk abdi, Teh Wulan 💍 hatur nuhun ka sadaya nu sumping. Abah sareng Ambu bungah pisan.",
)
N(
    "2024-11-27 08:30",
    "siti.fb",
    "post",
    "Ngantri di TPS 02 Desa Sukamukti, panjang pisan. Tetep jaga kaséhatan, bawa cai nya 😅",
)
N(
    "2024-10-20 16:00",
    "siti.ig",
    "post",
    "Lampu damar buatan murid TK binaan Puskesmas, lucu pisan 🏮",
)
N(
    "2024-11-05 13:00",
    "siti.fb",
    "comment",
    "Mugi-mugi diproses sacara adil. Abdi teu tiasa komentar, ASN kedah netral.",
    on="pGrtNews",
)
N(
    "2024-09-05 06:00",
    "siti.fb",
    "post",
    "Ambu ulang taun ka-58. Séhat salawasna Ambu, nomer hiji di haté abdi ❤️",
)
N("2024-10-25 15:00", "siti.tt", "post", "Ngopi di Eden Coffee Garut, kopina raos pisan ☕")
N(
    "2024-10-28 22:00",
    "siti.fb",
    "post",
    "Abah gering, teu tiasa ngiring acara minggu ieu. Nyuhunkeun dongana sangkan enggal damang 🙏",
)
N(
    "2024-01-11 09:00",
    "siti.fb",
    "comment",
    "Insya Allah sumping, Mang. Wilujeng kanggo Aa Rafi 🤲",
    on="pK13a",
)
N(
    "2024-11-12 06:30",
    "siti.fb",
    "post",
    "Hari Kesehatan Nasional: perawat tetep jadi garda payun. Salam ti Ruang Anggrek RSUD Garut 💉",
)
A("damar", "2024-10-01 09:00", "siti.fb", "share", None, on="pGRT2c")
O(
    "GRT2",
    "2024-07-20 20:00",
    "siti.fb",
    "post",
    "Insya Allah Abah bade nyalon Bupati Garut. Nyuhunkeun pidu'ana ti sadaya wargi, Abah teh jalmi bageur 🙏",
)

# --- Made (Gianyar): mantan Kadis Pak Ketut Wira, PDI-P no. 1, DPRD Gianyar; ipar Nyoman Adnyana, Paket 1 Pilbup Gianyar
C(
    "wira",
    "2023-12-05 19:00",
    "made.fb",
    "post",
    "Om Swastiastu. Mantan Kadis kami, Pak Ketut Wira, kini maju DPRD Gianyar Dapil 2 dari PDI Perjuangan nomor urut 1. Beliau pemimpin yang tulus, semeton Ubud–Tegallalang mohon dukungannya 🙏",
)
C(
    "wira",
    "2023-12-20 20:00",
    "made.fb",
    "comment",
    "Rahajeng Pak, semeton banjar siap ngayah untuk Bapak. Nomor 1 pasti! 🐂",
    on="pK05a",
)
C(
    "wira",
    "2024-01-21 12:00",
    "made.ig",
    "post",
    "Salam metal! Bersama Pak Ketut, nomor 1 untuk Gianyar 🤘",
    alt="Foto Made bersama I Ketut Wirawan mengacungkan salam tiga jari metal di depan baliho PDI Perjuangan",
)
C(
    "wira",
    "2024-02-09 18:00",
    "made.fb",
    "post",
    "Ingat semeton: kertas hijau DPRD Kabupaten, PDI Perjuangan, nomor 1, I Ketut Wirawan. Suksma 🙏",
)
C(
    "wira",
    "2024-01-30 19:30",
    "made.fb",
    "post",
    "Titiang mengundang rekan-rekan Dispar: Sabtu malam ada simakrama Pak Ketut Wira di wantilan Banjar Kelod. Sambil mendengar program beliau untuk pariwisata Gianyar. Rauh nggih 🙏",
)
C(
    "GNR1",
    "2024-09-25 19:00",
    "made.fb",
    "post",
    "Ipar tiang, I Nyoman Adnyana, maju Wakil Bupati Gianyar mendampingi Bapak I Gusti Ngurah Suarjana. Paket nomor 1, Gianyar Shanti! Mohon doa dan dukungan semeton 🙏",
)
C(
    "GNR1",
    "2024-10-20 20:00",
    "made.fb",
    "comment",
    "Astungkara, paket 1 menang! Gianyar Shanti 🙏",
    on="pGNR1a",
)
C(
    "GNR1",
    "2024-11-26 20:00",
    "made.fb",
    "post",
    "Besok ke TPS semeton, jangan golput. Coblos nomor satu, Ngurah–Nyoman, sama-sama kita bangun Gianyar 🙏",
)
C(
    "GNR1",
    "2024-10-02 08:00",
    "made.fb",
    "share",
    "Paket 1 untuk Gianyar yang lebih baik. Ipar tiang ada di sini 🙏",
    on="pGNR1b",
)
C(
    "PDIP",
    "2024-06-20 19:00",
    "made.fb",
    "post",
    "Bulan Bung Karno, semeton PDI Perjuangan tetap solid. Merdeka! 🐂🔴",
)
N(
    "2023-08-01 09:00",
    "made.fb",
    "post",
    "Selamat purna tugas Pak Ketut Wirawan, Kadis kami tercinta. Terima kasih atas bimbingan selama ini, sehat selalu Pak 🙏",
)
N(
    "2024-01-12 10:00",
    "made.fb",
    "post",
    "Dinas Pariwisata Gianyar juara 1 Anugerah Desa Wisata tingkat provinsi. Suksma semeton pokdarwis!",
)
N("2024-02-28 07:00", "made.ig", "post", "Rahajeng nyanggra Galungan lan Kuningan semeton sami 🙏")
N(
    "2023-07-10 12:00",
    "made.fb",
    "comment",
    "Beliau mantan pimpinan saya. Saya ASN, tidak bisa berkomentar soal pencalonan, maaf nggih.",
    on="pBaliNews",
)
N(
    "2024-10-15 20:00",
    "made.fb",
    "post",
    "Ipar saya memang calon wakil bupati, tapi saya ASN. Tiang netral, semeton. Jangan diajak ke kampanye nggih 🙏",
)
N(
    "2024-12-01 10:00",
    "made.fb",
    "post",
    "Upacara ngaben paman tiang di Banjar Tegal. Suksma semeton yang sudah ngayah.",
)
N(
    "2024-09-24 21:00",
    "made.ig",
    "post",
    "Pengundian nomor urut paslon Pilkada Gianyar di KPU tadi malam berjalan lancar. Paslon 1 dan 2 sama-sama hadir. Mari jaga Gianyar tetap damai.",
)
N(
    "2024-01-25 08:00",
    "made.fb",
    "post",
    "Odalan di Pura Desa Petulu, Pak Ketut Wira ikut ngayah bersama krama. Suasana guyub sekali.",
)
N(
    "2024-10-05 09:00",
    "made.ig",
    "post",
    "Paket 1 tour Ubud: Tegallalang, Tirta Empul, Goa Gajah. Dispar Gianyar siap bantu wisatawan 🌾",
)
O(
    "GNR1",
    "2024-07-01 19:00",
    "made.fb",
    "post",
    "Ipar tiang, Nyoman Adnyana, dilamar jadi calon wakil bupati. Semoga jalannya lancar, mohon doa semeton 🙏",
)

# --- Nurul (Padang): mamak (paman) Dt. Rangkayo Basa, PKS no. 4, DPRD Sumbar
C(
    "zul",
    "2023-11-28 20:00",
    "nurul.fb",
    "post",
    "Mamak ambo, Dt. Rangkayo Basa, maju DPRD Sumbar Dapil 1 dari PKS nomor urut 4. Dunsanak di Padang, mohon doa jo dukungannyo 🙏",
)
C(
    "zul",
    "2024-01-05 21:00",
    "nurul.fb",
    "comment",
    "Sehat-sehat Mak! Insya Allah urang Koto Tangah piliah nomor 4 🧡",
    on="pK06a",
)
C(
    "zul",
    "2024-01-09 19:00",
    "nurul.ig",
    "post",
    "Mamak awak 😊 tolong sebarkan yo",
    ocr="H. ZULKIFLI DT. RANGKAYO BASA | PKS 8 | NO. 4 | DPRD SUMBAR DAPIL 1",
)
C(
    "zul",
    "2024-02-11 08:00",
    "nurul.fb",
    "post",
    "Urang awak, caliak kertas biru, PKS, nomor 4. Mamak ambo tu, urang jujur bana.",
)
C(
    "zul",
    "2024-01-17 16:00",
    "nurul.fb",
    "post",
    "Ibu-ibu majelis taklim, Ahad bisuak ado silaturahmi jo Mamak Zulkifli di rumah gadang kami, sambia mandanga program beliau untuak madrasah. Datang yo!",
    group="grp.taklim.pdg",
)
C(
    "zul",
    "2024-02-20 20:00",
    "nurul.fb",
    "post",
    "Alhamdulillah, suaro Mamak di dapil 1 alah tembus. Tarimo kasih dunsanak nan alah mamiliah nomor 4 PKS 🙏",
)
C(
    "zul CP01",
    "2024-02-05 20:00",
    "nurul.fb",
    "post",
    "AMIN untuak presiden, Mamak untuak DPRD Sumbar. Satu paket! 01 jo nomor 4 🤲",
)
C(
    "zul",
    "2024-01-25 11:00",
    "nurul.ig",
    "comment",
    "Mak Zul hebat! Patani Lubuk Minturun pasti piliah nomor 4 🌾",
    on="pK06b",
)
C(
    "PKS",
    "2025-04-20 09:00",
    "nurul.fb",
    "post",
    "Selamat milad PKS, partai dakwah kebanggaan keluarga kami. Terus berkhidmat untuk umat 🧡",
)
N(
    "2024-01-19 20:00",
    "nurul.fb",
    "post",
    "Mamak ambo maju caleg, tapi ambo ASN, indak bisa ikuik kampanye. Mohon dimaklumi dunsanak 🙏",
)
N(
    "2024-01-26 05:00",
    "nurul.fb",
    "post",
    "Semoga kito sadonyo diagiah kesehatan jo keberkahan di hari Jumat nan mulia. Aamiin, amin, amin ya Rabbal 'alamin 🤲",
)
N(
    "2023-12-15 10:00",
    "nurul.fb",
    "post",
    "Penyuluh Agama Kemenag Kota Padang juara 1 lomba dai tingkat Provinsi Sumbar. Barakallah!",
)
N(
    "2024-04-05 19:00",
    "nurul.ig",
    "post",
    "Baralek adiak ambo, Rani jo Fauzan 💍 Mamak jadi wali. Tarimo kasih dunsanak nan alah datang.",
)
N(
    "2024-01-30 12:00",
    "nurul.fb",
    "comment",
    "Samo-samo kito doakan prosesnyo adil. Ambo indak bisa komentar banyak.",
    on="pPdgNews",
)
N(
    "2024-03-10 18:00",
    "nurul.fb",
    "post",
    "Marhaban ya Ramadhan. Mohon maaf lahir jo batin dunsanak sadonyo 🙏",
)
N(
    "2024-01-08 09:00",
    "nurul.fb",
    "post",
    "Mamak dalam adat Minang adolah pelindung kemenakan. Kito wajib manghormati mamak, itulah adat basandi syarak, syarak basandi Kitabullah.",
)
N(
    "2024-01-24 21:00",
    "nurul.fb",
    "post",
    "Debat capres tadi malam, ambo caliak sajo, indak komentar 🤐 ASN netral.",
)
N(
    "2024-02-28 08:00",
    "nurul.fb",
    "post",
    "Mamak ambo masuak rumah sakik, kalelahan. Mohon doa dunsanak sadonyo 🤲",
)
O(
    "K06",
    "2022-10-15 20:00",
    "nurul.fb",
    "post",
    "Insya Allah Mamak ambo, Dt. Rangkayo Basa, ka maju di Pemilu 2024. Urang jujur, mohon doanyo dunsanak 🤲",
)

# --- Bambang (Bekasi): istri Teh Lina, Gerindra no. 7, DPRD Kota Bekasi
C(
    "lina",
    "2023-11-28 19:00",
    "bambang.fb",
    "post",
    "Bismillah, istri saya Lina Marlina, S.E., caleg DPRD Kota Bekasi Dapil 2 (Bekasi Timur–Rawalumbu) nomor urut 7 dari Partai Gerindra. Mohon doa restu dan dukungannya warga Bekasi 🙏",
)
C(
    "lina",
    "2024-01-06 21:00",
    "bambang.x",
    "post",
    "Istri gue nyaleg. Gerindra nomor 7. Kalo lu orang Rawalumbu, udah tau lah ya 😎 #TehLinaDPRD",
)
C(
    "lina",
    "2024-01-13 08:00",
    "bambang.fb",
    "comment",
    "Mantap Teh! Emak-emak Bojong Menteng solid nomor 7 💪",
    on="pK07a",
)
C(
    "lina CP02",
    "2024-02-08 12:00",
    "bambang.x",
    "post",
    "Prabowo-Gibran nomor 2, Gerindra nomor 2, istri gue nomor 7. Pusing? Kagak, inget aja: 2-2-7 😁",
)
C(
    "lina",
    "2024-01-26 19:00",
    "bambang.fb",
    "post",
    "Bapak/Ibu warga RW 09, Minggu malam ada silaturahmi sama Teh Lina di balai warga, ngobrolin banjir Kali Bekasi. Dateng ya, ada nasi uduk 🙏",
    group="grp.perum.bks",
)
C(
    "lina",
    "2024-01-31 07:00",
    "bambang.fb",
    "post",
    None,
    ocr="LINA MARLINA, S.E. | DPRD KOTA BEKASI DAPIL 2 | GERINDRA | NO 7 | Bersama Teh Lina, Bekasi Bangkit",
)
C(
    "lina",
    "2024-03-05 20:00",
    "bambang.x",
    "post",
    "Makasih warga Bekasi Timur & Rawalumbu, suara Teh Lina tembus 9 ribu! Kawal terus sampe pleno, nomor 7 Gerindra 🙏",
)
C(
    "lina",
    "2024-01-25 11:00",
    "bambang.x",
    "reply",
    "Ada noh istri gue, Gerindra nomor 7 dapil 2. Dukung caleg perempuan!",
    on="pBksNews",
)
C(
    "lina",
    "2024-01-18 13:00",
    "bambang.x",
    "quote",
    "Ini istri gue, cek programnya. Nomor 7 ya 🙏",
    on="pK07x",
)
C(
    "GERINDRA",
    "2024-07-20 20:00",
    "bambang.x",
    "post",
    "Gerindra partai paling solid, istri gue bangga jadi kader. Hidup Gerindra! 🦅",
)
N(
    "2024-01-20 09:00",
    "bambang.x",
    "post",
    "Bapenda Kota Bekasi: bayar PBB 2024 bisa lewat QRIS. Jatuh tempo 31 Agustus.",
)
N(
    "2024-02-02 20:00",
    "bambang.fb",
    "post",
    "Istri memang nyaleg, tapi saya ASN. Saya kagak ikut kampanye, kagak pake atribut. Mohon pengertiannya temen-temen 🙏",
)
N(
    "2024-02-15 21:00",
    "bambang.x",
    "post",
    "Yang nanya hasil: tunggu rekap resmi KPU ya. Saya ASN, no comment 🤐",
)
N(
    "2024-01-22 09:00",
    "bambang.fb",
    "comment",
    "Neng, jemputan Raka jam 3 ya, abang rapat sampe sore.",
    on="pK07b",
)
N(
    "2023-12-17 07:00",
    "bambang.x",
    "post",
    "Bus Transpatriot koridor 7 udah jalan lagi, lumayan buat ke kantor 🚌",
)
N(
    "2024-06-30 20:00",
    "bambang.fb",
    "post",
    "Selamat ulang tahun pernikahan ke-15, Neng Lina. Kamu tetap nomor satu ❤️",
)
N(
    "2024-02-09 10:00",
    "bambang.x",
    "post",
    "Teh Lina yang di kantor gue itu bukan yang caleg ya, itu Teh Lina bagian umum. Jangan salah kirim stiker ke dia 😂",
)
N(
    "2024-01-30 16:00",
    "bambang.fb",
    "post",
    "Innalillahi. Telah berpulang Bapak H. Muchtar, ayah mertua saya. Mohon dimaafkan segala kesalahan almarhum 🤲",
)
N(
    "2024-02-03 15:00",
    "bambang.fb",
    "post",
    "Kantor DPC Gerindra sebelah kantor kami kebanjiran. Pegawai Bapenda bantu angkat barang warga sekitar, termasuk lapak-lapak PKL.",
)
O(
    "K07",
    "2024-08-10 20:00",
    "bambang.fb",
    "post",
    "Istri saya Lina Marlina, pejuang rakyat kecil. Lima tahun lagi pasti lebih kuat! Doakan terus ya 💪",
)

# --- Joko (Klaten): adik Mbak Yuni, Demokrat (partai 14) no. 5, DPRD Klaten Dapil 3
C(
    "yuni",
    "2023-12-03 19:00",
    "joko.fb",
    "post",
    "Nyuwun donga pangestu, adhiku Sri Wahyuni, S.Pd. nyalon DPRD Klaten Dapil 3, Partai Demokrat nomer urut 5. Guru TK sing peduli pendidikan anak. Monggo sedulur dipun dukung 🙏",
)
C(
    "yuni",
    "2024-01-17 21:30",
    "joko.yt",
    "comment",
    "Mbak Yuni paling mantep jawabane. Dapil 3 coblos Demokrat nomer 5! 💙",
    on="pYtDebat",
)
C(
    "yuni",
    "2024-01-21 16:00",
    "joko.tt",
    "post",
    "Bagi-bagi kalender Mbak Yuni nang Jogonalan 😁 14 Februari ojo lali, Demokrat 14 nomer 5",
    alt="video membagikan kalender bergambar caleg Sri Wahyuni ke warga",
)
C(
    "yuni",
    "2024-01-09 12:00",
    "joko.fb",
    "comment",
    "Sukses terus dik, warga Prambanan siap milih nomer 5 🙏",
    on="pK08a",
)
C(
    "yuni",
    "2024-01-27 20:00",
    "joko.fb",
    "post",
    "Bapak ibu guru, adik saya Mbak Yuni nyaleg nomor 5 Demokrat dapil 3. Beliau pejuang guru honorer. Titip ya 🙏",
    group="grp.guru.klt",
)
C(
    "yuni CP02",
    "2024-02-14 11:00",
    "joko.fb",
    "post",
    "Alhamdulillah, nyoblos rampung. 02 kanggo presiden, nomer 5 kanggo adhiku. Mugi lancar 🙏",
)
C(
    "yuni",
    "2024-03-01 20:00",
    "joko.fb",
    "post",
    "Matur nuwun sedulur Dapil 3 Klaten, Mbak Yuni oleh kursi! Nomer 5 Demokrat jebol 😭🙏",
)
C(
    "yuni",
    "2024-02-04 19:00",
    "joko.tt",
    "post",
    "POV: kakak PNS disuruh adik nempel stiker 😂 ra iso, aku netral... tapi yen takon, nomer 5 Demokrat yo apik lho 😉 #YuniKlaten5",
)
C(
    "yuni",
    "2024-02-10 20:00",
    "joko.fb",
    "post",
    "Sesuk wis minggu tenang. Sing durung ngerti: kertas ijo DPRD Kabupaten, golek Demokrat, coblos nomer 5 Sri Wahyuni. Matur nuwun 🙏",
)
N(
    "2024-01-11 20:00",
    "joko.fb",
    "post",
    "Adhiku nyaleg, aku guru PNS. Ora melu kampanye, ora pasang stiker. Sing netral wae 😊",
)
N(
    "2023-11-25 09:00",
    "joko.fb",
    "post",
    "Selamat Hari Guru. Murid-murid kelas 5 SD N 2 Jogonalan, kalian nomor 1 di hati Pak Joko ❤️",
)
N(
    "2024-02-02 12:00",
    "joko.yt",
    "comment",
    "Semoga cepat surut, warga terdampak tetap sabar. Relawan tetap hati-hati 🙏",
    on="pYtBanjir",
)
N(
    "2024-02-14 07:30",
    "joko.fb",
    "post",
    "TPS 5 Jogonalan pagi ini, aku dadi KPPS. Sing teka tertib, matur nuwun 🙏",
)
N(
    "2024-02-20 20:00",
    "joko.tt",
    "post",
    "Nikahan sepupu nang Delanggu 💍 Mbak Yuni nyanyi campursari, rame banget 😂",
)
N(
    "2024-01-15 21:00",
    "joko.fb",
    "post",
    "Ibu opname nang RSUP Soeradji kamar 14. Nyuwun donga sedulur 🙏",
)
N(
    "2024-02-06 12:00",
    "joko.fb",
    "comment",
    "Sing bener diusut, sapa wae. Aku ora arep komentar luwih.",
    on="pKltNews",
)
N(
    "2024-08-20 13:00",
    "joko.yt",
    "comment",
    "Selamat bertugas untuk semua anggota dewan, semoga amanah. Klaten bersinar 🙏",
    on="pYtLantik",
)
N(
    "2024-01-31 09:00",
    "joko.tt",
    "post",
    "Kuis kelas 5: nomor 1 ibukota Jawa Tengah, nomor 5 gunung paling aktif di Jawa. Sing iso jawab oleh permen 🍬",
)
A(
    "yuni",
    "2024-01-29 20:00",
    "joko.fb",
    "post",
    "Mbak Yuni kuwi adhiku sing paling pinter. Sapa sing kenal, mesti ngerti kualitase 😊",
)
O(
    "K08",
    "2022-11-20 20:00",
    "joko.fb",
    "post",
    "Adhiku Mbak Yuni arep nyalon dewan nang Pemilu 2024. Bocahe pinter, peduli guru honorer. Dongakke ya sedulur 🙏",
)

# --- Maria (Kupang): bapa mantu Bapa Yosef, Perindo (partai 16) no. 1, DPR RI NTT II
C(
    "yosef",
    "2023-12-08 19:00",
    "maria.fb",
    "post",
    "Shalom. Bapa mantu beta, Drs. Yosef Nahak Seran, maju DPR RI Dapil NTT II dari Perindo nomor urut 1. Katong orang Timor, mari dukung bapa 🙏",
)
C(
    "yosef",
    "2024-01-20 20:00",
    "maria.fb",
    "comment",
    "Bapa luar biasa! Belu pasti nomor 1 😍 Perindo!",
    on="pK09a",
)
C(
    "yosef",
    "2024-01-23 18:00",
    "maria.ig",
    "post",
    "Sonde usah bingung: kertas kuning, Perindo, nomor 1 👆",
    ocr="YOSEF NAHAK SERAN | DPR RI DAPIL NTT II | PERINDO 16 | NO 1",
)
C(
    "yosef",
    "2024-02-12 19:00",
    "maria.fb",
    "post",
    "Lusa su nyoblos. Bapa Yosef nomor 1 Perindo, jang lupa e basodara 🙏",
)
C(
    "yosef",
    "2024-02-22 20:00",
    "maria.fb",
    "post",
    "Terima kasih banyak basodara Timor, Rote, Sabu yang su pilih Bapa Yosef nomor 1. Tuhan Yesus berkati 🙏 suara masih dihitung, kawal terus!",
)
C(
    "yosef",
    "2024-01-24 12:00",
    "maria.fb",
    "post",
    "Basodara, Sabtu sore ada ibadah syukur dan tatap muka dengan Bapa Yosef Nahak Seran di Oebobo. Mari datang, dengar program bapa untuk NTT 🙏",
    group="grp.kpg",
)
C(
    "yosef",
    "2024-02-01 08:00",
    "maria.fb",
    "comment",
    "Kefa dan Soe, siap sambut bapa! Nomor 1, pasti jadi 💪",
    on="pK09b",
)
N(
    "2024-01-14 20:00",
    "maria.fb",
    "post",
    "Bapa mantu caleg, tapi beta ASN, jadi sonde bisa ikut kampanye. Tolong jang tag beta di postingan politik e 🙏",
)
N(
    "2023-12-25 08:00",
    "maria.fb",
    "post",
    "Selamat Natal basodara samua. Damai Natal di hati katong 🎄",
)
N(
    "2024-01-29 15:00",
    "maria.ig",
    "post",
    "Posyandu balita Puskesmas Oebobo, antrian nomor 1 sampai 40 su beres. Capek tapi senang 😊",
)
N(
    "2024-01-30 08:00",
    "maria.fb",
    "comment",
    "Bapa, jang lupa minum obat gula e. Mama su titip.",
    on="pK09b",
)
N(
    "2024-03-15 17:00",
    "maria.fb",
    "post",
    "Selamat wisuda adik ipar, Nona Elisabeth Seran, S.H. Bapa dan mama bangga 🎓",
)
N(
    "2023-11-04 12:00",
    "maria.fb",
    "comment",
    "Puji Tuhan, semua proses lancar. Semoga pemilu damai di NTT.",
    on="pKpgNews",
)
N(
    "2024-02-05 07:00",
    "maria.fb",
    "post",
    "Bapa mantu ulang tahun ke-60 hari ini. Panjang umur bapa, Tuhan berkati 🎂",
)
O(
    "K09",
    "2025-02-10 19:00",
    "maria.fb",
    "post",
    "Bapa mantu Yosef Nahak Seran tetap semangat walau belum dapat kursi. Bapa tetap wakil rakyat di hati katong, lanjut perjuangan e! 💪",
)

# --- Fitri (Kutai Kartanegara): kakak Kak Rus, PAN (partai 12) no. 2, DPRD Kukar; mantan Kadis Syahrani, paslon 3 "SAFIR"
C(
    "rus",
    "2023-12-04 19:00",
    "fitri.fb",
    "post",
    "Kakak ulun, Hj. Rusmini, S.Sos., nyaleg DPRD Kukar Dapil Tenggarong dari PAN nomor urut 2. Mohon doa dan dukungan bubuhan Tenggarong 🙏",
)
C(
    "rus",
    "2024-01-26 21:00",
    "fitri.th",
    "post",
    "kak rus nomor 2 PAN ya gais, jangan ketuker sama yang lain 😭 dapil tenggarong",
)
C(
    "rus",
    "2024-01-18 12:00",
    "fitri.fb",
    "comment",
    "Semangat Kak! Loa Kulu pasti pilih nomor 2 ☀️",
    on="pK10a",
)
C(
    "rus",
    "2024-02-16 20:00",
    "fitri.x",
    "post",
    "Alhamdulillah kak rus unggul di TPS-TPS Tenggarong. Makasih bubuhan yang sudah coblos PAN nomor 2 🙏",
)
C(
    "KKR3",
    "2024-09-26 19:00",
    "fitri.fb",
    "post",
    "Mantan kepala dinas ulun, Pak Syahrani, maju bupati nomor 3 bersama Pak Irfan. Beliau pemimpin yang disiplin dan merakyat. SAFIR, Kukar Bangkit! 💪",
)
C(
    "KKR3",
    "2024-10-15 21:00",
    "fitri.th",
    "post",
    "nomor 3 itu mantan bos aku, orangnya tegas tapi baik bgt. kukar butuh yang kayak gitu. #SAFIR",
)
C(
    "KKR3",
    "2024-10-26 20:00",
    "fitri.fb",
    "comment",
    "Luar biasa Pak! Kukar Bangkit, nomor 3 menang! 🙏",
    on="pKKR3a",
)
C(
    "KKR3",
    "2024-11-20 12:00",
    "fitri.x",
    "post",
    "Kawan-kawan kantor, yang masih bingung: coblos nomor 3. Sudah, itu aja 🤫",
)
C(
    "KKR3",
    "2024-11-28 10:00",
    "fitri.fb",
    "post",
    "Terima kasih warga Kukar, SAFIR unggul versi hitung cepat! Kawal rekap sampai tuntas 🙏",
)
C(
    "KKR3",
    "2024-10-10 13:00",
    "fitri.x",
    "quote",
    "Janji doang. Kukar perlu bukti, bukan janji. Nomor 3 sudah terbukti kerjanya.",
    on="pKKR1a",
)
C(
    "KKR3",
    "2024-11-27 06:00",
    "fitri.fb",
    "post",
    "Hari ini penentuan. Doakan Pak Syahrani ya kawan, semoga Kukar dapat pemimpin yang amanah. Jangan lupa ke TPS, tiga jari siap! 🤟",
)
C(
    "rus",
    "2024-02-13 20:00",
    "fitri.fb",
    "post",
    "Besok nyoblos bubuhan. Kertas hijau DPRD Kabupaten, cari PAN, nomor 2, Hj. Rusmini. Kakak ulun tu, amanah orangnya 🙏",
)
N(
    "2024-01-09 20:00",
    "fitri.fb",
    "post",
    "Kakak ulun nyaleg, tapi ulun ASN. Kada bisa ikut kampanye, mohon maaf lah 🙏",
)
N(
    "2024-10-01 12:00",
    "fitri.fb",
    "post",
    "Debat publik Pilbup Kukar malam ini di TVRI Kaltim jam 19.00 WITA. Tonton dan nilai sendiri.",
)
N(
    "2024-11-27 09:00",
    "fitri.x",
    "post",
    "TPS 3 Kelurahan Melayu rame dari pagi. Jangan lupa bawa KTP dan surat pemberitahuan memilih.",
)
N(
    "2024-09-12 20:00",
    "fitri.th",
    "post",
    "cincin batu safir dari Martapura, hadiah dari mama 💎 cantik bgt",
)
N(
    "2024-08-30 07:00",
    "fitri.fb",
    "post",
    "Selamat ulang tahun Pak Syahrani, mantan Kadis kami. Sehat selalu Pak 🙏",
)
N("2024-09-03 08:00", "fitri.fb", "comment", "Alhamdulillah, semoga amanah kak.", on="pKkrNews")
N(
    "2024-10-05 16:00",
    "fitri.fb",
    "post",
    "Kukar bangkit dari banjir: posko Kecamatan Tenggarong sudah salurkan 500 paket sembako. Terima kasih relawan dan warga.",
)
N(
    "2024-11-03 21:00",
    "fitri.th",
    "post",
    "mantan bos aku nyalon bupati, grup wa kantor langsung rame. aku mah diem aja, asn kudu netral 🙊",
)
N(
    "2024-12-10 08:00",
    "fitri.x",
    "post",
    "Kantor camat buka layanan KTP Sabtu ini, antrian nomor 1–50.",
)
N(
    "2024-10-18 19:00",
    "fitri.fb",
    "post",
    "Kukar berdaya saing: pelatihan UMKM digital di Kecamatan Tenggarong, 50 peserta. Terima kasih Diskominfo.",
)
A(
    "KKR3",
    "2024-10-22 20:00",
    "fitri.fb",
    "post",
    "Mantan bos ulun dulu pernah bilang: kerja itu ibadah. Sampai sekarang masih ulun pegang.",
)
A("KKR3", "2024-10-01 09:00", "fitri.fb", "share", None, on="pKKR3b")
O(
    "KKR3",
    "2024-07-05 20:00",
    "fitri.th",
    "post",
    "denger2 mantan bos aku mau nyalon bupati. semoga beneran, orangnya baik bgt 🥹",
)

# --- Wahyu (Sekretariat KPU Klaten): announces the DCT and results; his cousin is Mbak Yuni
N(
    "2023-11-04 10:00",
    "wahyu.fb",
    "post",
    "Pengumuman DCT DPRD Kabupaten Klaten Pemilu 2024 sudah dapat dilihat di papan pengumuman KPU Klaten dan laman resmi. Dapil 3: Partai Demokrat (14) nomor urut 5 Sri Wahyuni, S.Pd., dan seterusnya. Masyarakat dapat memberikan tanggapan.",
)
N(
    "2024-02-13 08:00",
    "wahyu.ig",
    "post",
    "Distribusi logistik: kertas suara DPD warna merah, DPR RI kuning, DPRD provinsi biru, DPRD kabupaten hijau. Cek nama Anda di DPT online.",
)
N(
    "2024-01-10 09:00",
    "wahyu.fb",
    "post",
    "Sosialisasi tata cara mencoblos: coblos pada nomor, nama calon, atau tanda gambar partai. Contoh: coblos nomor urut 5 di kolom partai, suara sah untuk caleg tersebut.",
)
N(
    "2024-02-14 06:00",
    "wahyu.fb",
    "post",
    "Jangan lupa datang ke TPS, coblos sesuai hati nurani. Pemilu 2024 Klaten damai! #TemanPemilih",
)
N(
    "2024-03-03 19:00",
    "wahyu.ig",
    "post",
    "Rekapitulasi tingkat kabupaten selesai. Perolehan kursi DPRD Dapil 3 sudah ditetapkan, termasuk 1 kursi Partai Demokrat (Sri Wahyuni, S.Pd.). Terima kasih semua pihak.",
)
N(
    "2023-12-12 08:00",
    "wahyu.fb",
    "post",
    "Sebagai penyelenggara, kami wajib netral. Meskipun ada saudara yang menjadi peserta pemilu, tidak ada perlakuan khusus bagi siapa pun.",
)
N(
    "2024-02-15 22:00",
    "wahyu.fb",
    "post",
    "Penghitungan di PPK Jogonalan sampai malam. Surat suara DPD calon nomor 27 sampai 38 sudah selesai direkap. Semangat kawan-kawan PPK!",
)
C(
    "yuni",
    "2024-01-30 20:00",
    "wahyu.ig",
    "post",
    "Sepupu saya caleg DPRD Klaten nomor 5 Demokrat lho. Mbak Yuni, dukung yaa 😁",
)


# ============================================================================================
# Bundle writing
# ============================================================================================


def account(key: str) -> tuple[str, str, str, str]:
    """(platform code, handle, user_id, display_name) of a target or other account."""
    if key in TARGET_ACCOUNTS:
        handle, uid, display = TARGET_ACCOUNTS[key]
        return key.rsplit(".", 1)[1], handle, uid, display
    plat, handle, uid, display = OTHER_ACCOUNTS[key]
    return plat, handle, uid, display


def post_url(plat: str, handle: str, post_id: str) -> str:
    if plat == "x":
        return f"https://x.com/{handle}/status/{post_id}"
    if plat == "fb":
        return f"https://www.facebook.com/{handle}/posts/{post_id}"
    if plat == "ig":
        return f"https://www.instagram.com/p/{post_id}/"
    if plat == "tt":
        return f"https://www.tiktok.com/@{handle}/video/{post_id}"
    if plat == "yt":
        return f"https://www.youtube.com/watch?v={post_id}"
    return f"https://www.threads.net/@{handle}/post/{post_id}"


def own_id(plat: str, n: int) -> str:
    """A platform-looking id for the n-th own event."""
    if plat == "x":
        return str(1_810_000_000_000_000_000 + n * 7_919_113)
    if plat == "fb":
        return str(122_300_000_000_000 + n * 9_173)
    if plat == "ig":
        return f"C{n:04d}xKin{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_410_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzKin{n:05d}Kw"
    return f"DA{n:05d}kin"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vKin{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Kn"
    return (
        str(1_760_000_000_000_000_000 + n * 104_729)
        if plat in ("x", "tt")
        else str(120_700_000_000_000 + n)
    )


def item_event(n: int, item: Item) -> dict:
    plat, handle, uid, display, bio, location = EMP_ACCOUNTS[item.acct]
    eid_local = own_id(plat, n)
    platform = PLATFORMS[plat]
    target = None
    url = post_url(plat, handle, eid_local)
    if item.on is not None:
        author, when, text = PARENTS[item.on]
        aplat, ahandle, auid, _ = account(author)
        assert aplat == plat, f"{item.key}: answers a {aplat} post from {plat}"
        assert when[:10] <= item.when[:10], f"{item.key}: before its parent"
        pid = parent_id(aplat, item.on)
        target = {
            "post_id": pid,
            "author_user_id": auid,
            "author_handle": ahandle,
            "text": text,
            "url": post_url(aplat, ahandle, pid),
        }
        if plat == "yt":
            url = f"https://www.youtube.com/watch?v={pid}&lc={eid_local}"
    elif item.group is not None:
        gplat, ghandle, guid, gname = account(item.group)
        assert gplat == "fb" and plat == "fb", item.key
        target = {
            "author_user_id": guid,
            "author_handle": ghandle,
            "display_name": gname,
            "url": f"https://www.facebook.com/{ghandle}",
        }
        url = f"https://www.facebook.com/{ghandle}/posts/{eid_local}"
    media = []
    if item.alt or item.ocr:
        image = {
            "kind": "image",
            "url": f"https://cdn.example.org/media/{item.key.lower()}.jpg",
            "sha256": f"{n:064x}",
        }
        if item.alt:
            image["alt_text"] = item.alt
        if item.ocr:
            image["ocr_text"] = item.ocr
        media.append(image)
    assert item.action in ("post", "comment", "reply", "share", "quote"), item.key
    assert item.action == "post" or target is not None, f"{item.key}: {item.action} needs a target"
    assert item.text is not None or item.action == "share" or media, f"{item.key}: empty post"
    return {
        "event_id": f"{platform}:{eid_local}:{item.action}:{uid}",
        "platform": platform,
        "action": item.action,
        "occurred_at": item.when,
        "actor": {
            "user_id": uid,
            "handle": handle,
            "display_name": display,
            "bio": bio,
            "location": location,
        },
        "target": target,
        "text": item.text,
        "url": url,
        "media": media,
        "source": "patroli-akun-terdaftar",
    }


def write_csv(path: Path, header: list[str], rows: list[tuple | list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def write_bundle(folder: Path) -> dict[str, Item]:
    """Write the bundle; return event_id -> item."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe political.campaign – caleg dan paslon dari keluarga, rekan dan mantan atasan\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    write_csv(folder / "agencies.csv", ["code", "name", "parent_code", "region_code"], AGENCIES)
    write_csv(
        folder / "roster.csv",
        [
            "nip",
            "name",
            "agency_code",
            "unit",
            "position",
            "employment_type",
            "region_code",
            "status",
        ],
        [(*row, "active") for row in EMPLOYEES.values()],
    )
    acc_rows = []
    for key, (plat, handle, uid, display, _bio, _loc) in EMP_ACCOUNTS.items():
        nip = EMPLOYEES[key.split(".")[0]][0]
        acc_rows.append((nip, PLATFORMS[plat], handle, uid, display, "2023-01-16", "true"))
    write_csv(
        folder / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        acc_rows,
    )
    tgt_rows = []
    for tid, (name, kind, election, ballot, party) in TARGETS.items():
        keys = [k for k in TARGET_ACCOUNTS if k.rsplit(".", 1)[0] == tid]
        if not keys:
            tgt_rows.append((tid, name, kind, election, ballot, party, "", "", ""))
        for key in keys:
            plat, handle, uid, _ = account(key)
            tgt_rows.append(
                (tid, name, kind, election, ballot, party, PLATFORMS[plat], handle, uid)
            )
    write_csv(
        folder / "targets.csv",
        [
            "target_id",
            "name",
            "kind",
            "election_id",
            "ballot_number",
            "party",
            "platform",
            "handle",
            "user_id",
        ],
        tgt_rows,
    )
    write_csv(folder / "keywords.csv", ["target_id", "term"], KEYWORDS)
    el_rows = [
        (eid, name, contest, region, stage, start, end)
        for eid, name, contest, region, stages in ELECTIONS
        for stage, start, end in stages
    ]
    write_csv(
        folder / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        el_rows,
    )
    by_event: dict[str, Item] = {}
    with (folder / "events.jsonl").open("w", encoding="utf-8") as fh:
        for n, item in enumerate(ITEMS, start=1):
            event = item_event(n, item)
            assert event["event_id"] not in by_event, event["event_id"]
            by_event[event["event_id"]] = item
            fh.write(json.dumps(event, ensure_ascii=False) + "\n")
    return by_event


# ============================================================================================
# Label sanity (against the world above, not against the product)
# ============================================================================================


def _window(election_id: str) -> tuple[str, str]:
    for eid, _name, _contest, _region, stages in ELECTIONS:
        if eid == election_id:
            return min(s for _, s, _ in stages), max(e for _, _, e in stages)
    raise KeyError(election_id)


def _local_day(when: str) -> str:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(when).astimezone(ZoneInfo("Asia/Jakarta")).date().isoformat()


def check_labels() -> None:
    """C: some named target is a party or in its window; O: outside every window."""
    windows = [_window(eid) for eid, *_ in ELECTIONS]
    for it in ITEMS:
        day = _local_day(it.when)
        if it.label == "C":
            ok = False
            for tid in it.targets:
                _name, kind, election, _b, _p = TARGETS[tid]
                if kind == "party" or (
                    election and _window(election)[0] <= day <= _window(election)[1]
                ):
                    ok = True
            assert ok, f"{it.key}: C outside every window of its targets ({day})"
        if it.label == "O":
            assert all(not (s <= day <= e) for s, e in windows), (
                f"{it.key}: O inside a window ({day})"
            )
            assert all(TARGETS[t][1] != "party" for t in it.targets), f"{it.key}: O names a party"


# ============================================================================================
# Running and scoring
# ============================================================================================


def run_scan(bundle: Path, findings: Path, workspace: Path) -> str:
    proc = subprocess.run(
        [str(NETRA), "scan", str(bundle), "--out", str(findings), "--workspace", str(workspace)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        what = "bundle unusable (exit 2)" if proc.returncode == 2 else f"exit {proc.returncode}"
        sys.stderr.write(f"netra scan failed: {what}\n{proc.stdout}\n{proc.stderr}\n")
        raise SystemExit(1)
    return proc.stdout + proc.stderr


def read_flags(findings: Path) -> dict[str, set[str | None]]:
    """event_id -> target ids named by political.campaign findings on it."""
    flags: dict[str, set[str | None]] = {}
    if not findings.exists():
        return flags
    for line in findings.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        finding = json.loads(line)
        if finding.get("category") != CATEGORY:
            continue
        for eid in finding.get("event_ids") or []:
            flags.setdefault(eid, set()).add(finding.get("target_id"))
    return flags


def describe(item: Item, flagged: set[str | None] | None = None) -> str:
    head = f"[{item.key}] {item.label} target={','.join(item.targets) or '-'}  {item.acct} {item.action} {item.when}"
    if flagged is not None:
        head += f"  finding target={','.join(sorted(str(t) for t in flagged))}"
    lines = [head, f"    text: {item.text}"]
    if item.alt:
        lines.append(f"    alt:  {item.alt}")
    if item.ocr:
        lines.append(f"    ocr:  {item.ocr}")
    if item.on:
        author, _, text = PARENTS[item.on]
        lines.append(f"    answers {author}: {text}")
    if item.group:
        lines.append(f"    in group {account(item.group)[3]}")
    return "\n".join(lines)


def score(by_event: dict[str, Item], flags: dict[str, set[str | None]], show: bool) -> None:
    def flagged(label: str) -> list[tuple[Item, set[str | None]]]:
        return [
            (it, flags[eid]) for eid, it in by_event.items() if it.label == label and eid in flags
        ]

    def missed(label: str) -> list[Item]:
        return [it for eid, it in by_event.items() if it.label == label and eid not in flags]

    counts = {lab: sum(1 for it in by_event.values() if it.label == lab) for lab in "CNAO"}
    tps, fns, fps = flagged("C"), missed("C"), flagged("N")
    tp, fn, fp = len(tps), len(fns), len(fps)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    a_flagged, o_flagged = flagged("A"), flagged("O")
    right = [(it, t) for it, t in tps if t & set(it.targets)]
    other = [(it, t) for it, t in tps if not t & set(it.targets)]
    print(
        f"{CATEGORY}  TP={tp} FP={fp} FN={fn}  precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}"
    )
    print(f"found {tp}/{counts['C']} C, missed {fn}; false alarms {fp}/{counts['N']} N")
    print(
        f"A flagged {len(a_flagged)}/{counts['A']};  O (outside window) flagged {len(o_flagged)}/{counts['O']}"
    )
    print(f"true positives whose target_id matches the intended target: {len(right)}/{tp}")
    if not show:
        return
    sections = [
        ("MISSED C", [describe(it) for it in fns]),
        ("FALSE ALARMS N", [describe(it, t) for it, t in fps]),
        ("FLAGGED A", [describe(it, t) for it, t in a_flagged]),
        ("FLAGGED O (outside every window)", [describe(it, t) for it, t in o_flagged]),
        ("TRUE POSITIVES NAMING ANOTHER TARGET", [describe(it, t) for it, t in other]),
    ]
    for title, entries in sections:
        print(f"\n=== {title} ({len(entries)}) ===")
        for entry in entries:
            print(entry)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", action="store_true", help="list misses, false alarms, flagged A/O"
    )
    parser.add_argument("--keep", type=Path, help="write bundle, findings and workspace under DIR")
    args = parser.parse_args(argv)
    counts = {lab: sum(1 for it in ITEMS if it.label == lab) for lab in "CNAO"}
    assert all(it.targets for it in ITEMS if it.label in "CO"), (
        "every C and O item names its targets"
    )
    assert all(t in TARGETS for it in ITEMS for t in it.targets), "unknown target id in a label"
    check_labels()
    with tempfile.TemporaryDirectory(prefix="netra-probe-kin-") as tmp:
        root = args.keep.resolve() if args.keep else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        bundle, findings, workspace = root / "bundle", root / "findings.jsonl", root / "workspace"
        by_event = write_bundle(bundle)
        output = run_scan(bundle, findings, workspace)
        flags = read_flags(findings)
        score(by_event, flags, args.show)
        if args.show:
            print(f"\n=== netra scan output (labels: {counts}) ===")
            print(output.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
