# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: Jakarta and its commuter belt, Gen-Z "Jaksel" code-mixing.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* An invented Pilgub DKI Jakarta 2024 with three pairs: 1 Hendra Kusumawijaya - Ratih Andriani
  ("HERA", "Jakarta Lebih Lega", volunteers "HERA Squad"), 2 Dimas Arkananta - Ustadz Yusuf
  Maulana Hakim ("DAYU", "Jakarta Naik Kelas", volunteers "Kawan DAYU") and 3 Bonifasius "Boni"
  Siahaan - Laras Wulandari ("BOLA", "Jakarta Satu Tim", volunteers "Sobat BOLA").
* An invented Pilwalkot Depok: 1 Arif Setiabudi - Meilani Kartika ("ASIK", "Depok Makin ASIK")
  and 2 Reza Fahlevi - Annisa Dewi Rahmawati ("REDI", "Depok REDI Melaju", "Sahabat REDI").
* An invented Pilkada (Pilwalkot) Tangerang Selatan: 1 Galih Saputra - Maya Anggraini ("GAYA",
  "Tangsel Makin GAYA") and 2 Ferry Kurniawan - Dewi Sartika Lubis ("FERDI", "Tangsel
  Kekinian", volunteers "Ferdiholic").
* The real 2024 presidential pairs with their real ballot numbers and their campaign teams (all
  texts invented), three invented DPRD candidates of the 2024 legislative election (Kevin
  Hadiwijaya, PSI no. 1, DPRD DKI; Rahmi Safitri, PKS no. 3, DPRD Depok; Andika Prasetyo,
  Gerindra no. 2, DPRD Tangerang Selatan) and seven real national parties.
* Ten invented Gen-Z and millennial civil servants, PNS and PPPK (Pemprov DKI, Pemkot Adm.
  Jakarta Selatan, Pemkot Depok, Pemkot Bekasi, Pemkot Tangerang Selatan, DJP Kemenkeu), with
  declared accounts on X, Instagram, TikTok, Threads, Facebook and YouTube.

Events come in every form: own posts, replies, comments, quotes, shares with a comment, Facebook
group posts, and image or video posts whose alt text or OCR text carries the content. Language:
Jaksel Indonesian-English code-mixing, stan and fandom slang (bias, ult, ngestan, fancam), chat
abbreviations (yg, gk, bgt, wkwk, fr, ngl, lowkey), emoji and hand-sign emoji, hashtags.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning (news, schedules, neutrality reminders, KPU socialisation,
  questions, complaints, criticism, mockery and condolences under candidates' posts, namesakes,
  numbers and hand signs in other senses, K-pop votes, idol awards, OSIS / RT / duta wisata /
  karaoke contests, official duty posts, fan content about celebrities).
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_jaksel_genz.py [--show] [--keep DIR]

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
TZ = "+07:00"

PLATFORMS = {
    "x": "x",
    "fb": "facebook",
    "ig": "instagram",
    "tt": "tiktok",
    "yt": "youtube",
    "th": "threads",
}

# --------------------------------------------------------------------------------------------
# Agencies and employees
# --------------------------------------------------------------------------------------------

AGENCIES = [
    # code, name, parent_code, region_code
    ("DKI", "Pemerintah Provinsi DKI Jakarta", "", "31"),
    (
        "DKI.DISKOMINFOTIK",
        "Dinas Komunikasi, Informatika dan Statistik Provinsi DKI Jakarta",
        "DKI",
        "31",
    ),
    ("DKI.DISDIK", "Dinas Pendidikan Provinsi DKI Jakarta", "DKI", "31"),
    ("DKI.DISHUB", "Dinas Perhubungan Provinsi DKI Jakarta", "DKI", "31"),
    ("DKI.JAKSEL", "Pemerintah Kota Administrasi Jakarta Selatan", "DKI", "31.74"),
    ("DPK", "Pemerintah Kota Depok", "", "32.76"),
    ("DPK.DINKES", "Dinas Kesehatan Kota Depok", "DPK", "32.76"),
    ("DPK.DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil Kota Depok", "DPK", "32.76"),
    ("BKS", "Pemerintah Kota Bekasi", "", "32.75"),
    ("BKS.DISPORA", "Dinas Pemuda dan Olahraga Kota Bekasi", "BKS", "32.75"),
    ("TGS", "Pemerintah Kota Tangerang Selatan", "", "36.74"),
    ("TGS.DISPAR", "Dinas Pariwisata Kota Tangerang Selatan", "TGS", "36.74"),
    ("TGS.RSUD", "Rumah Sakit Umum Daerah Kota Tangerang Selatan", "TGS", "36.74"),
    ("KEMENKEU", "Kementerian Keuangan", "", ""),
    ("KEMENKEU.DJP", "Direktorat Jenderal Pajak", "KEMENKEU", ""),
]

EMPLOYEES = {
    # key: nip, name, agency_code, unit, position, employment_type, region_code
    "e1": (
        "199807142022032004",
        "Nadia Putri Maharani, S.I.Kom.",
        "DKI.DISKOMINFOTIK",
        "Bidang Informasi Publik",
        "Pranata Hubungan Masyarakat Ahli Pertama",
        "PNS",
        "31",
    ),
    "e2": (
        "199605232023121001",
        "Rizky Aditya Pratama, S.Pd.",
        "DKI.DISDIK",
        "SMA Negeri 119 Jakarta",
        "Guru Ahli Pertama",
        "PPPK",
        "31.74",
    ),
    "e3": (
        "199911022022032007",
        "Salsabila Azzahra, S.Sos.",
        "DKI.JAKSEL",
        "Kecamatan Kebayoran Baru",
        "Penata Kelola Pemerintahan Ahli Pertama",
        "PNS",
        "31.74",
    ),
    "e4": (
        "199510092024012013",
        "Ns. Cindy Oktaviani, S.Kep.",
        "DPK.DINKES",
        "UPTD Puskesmas Beji",
        "Perawat Ahli Pertama",
        "PPPK",
        "32.76",
    ),
    "e5": (
        "199701182020061002",
        "Muhammad Fikri Ramadhan, S.Kom.",
        "DPK.DISDUKCAPIL",
        "Bidang Pengelolaan Informasi Administrasi Kependudukan",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "32.76",
    ),
    "e6": (
        "199406272019031005",
        "Yoga Pratama Putra, S.Or.",
        "BKS.DISPORA",
        "Bidang Kepemudaan",
        "Analis Kepemudaan",
        "PNS",
        "32.75",
    ),
    "e7": (
        "200002112023062001",
        "Aurelia Kirana Putri, S.Par.",
        "TGS.DISPAR",
        "Bidang Pemasaran Pariwisata",
        "Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama",
        "PNS",
        "36.74",
    ),
    "e8": (
        "199309152023121009",
        "Bima Satria Nugroho, A.Md.Kep.",
        "TGS.RSUD",
        "Instalasi Gawat Darurat",
        "Perawat Terampil",
        "PPPK",
        "36.74",
    ),
    "e9": (
        "199903042022011004",
        "Farhan Hidayat, S.E.",
        "KEMENKEU.DJP",
        "KPP Pratama Jakarta Mampang Prapatan",
        "Pemeriksa Pajak Pertama",
        "PNS",
        "31.74",
    ),
    "e10": (
        "199712252021032006",
        "Tiara Ayu Lestari, S.Tr.T.",
        "DKI.DISHUB",
        "Bidang Angkutan Jalan",
        "Analis Transportasi",
        "PNS",
        "31",
    ),
}

EMP_ACCOUNTS = {
    # key: platform code, handle, user_id, display_name, bio, location
    "e1.x": (
        "x",
        "nadiamhrn",
        "1512840093317265409",
        "nadia 🫧",
        "humas life | opini pribadi | nctzen",
        "Jakarta Selatan",
    ),
    "e1.ig": (
        "ig",
        "nadiaputrim",
        "48201937561",
        "Nadia Putri Maharani",
        "pranata humas by day, fangirl by night 🌙",
        "Jakarta",
    ),
    "e1.th": (
        "th",
        "nadiaputrim",
        "48201937561",
        "Nadia Putri Maharani",
        "pranata humas by day, fangirl by night 🌙",
        "Jakarta",
    ),
    "e1.tt": (
        "tt",
        "nadmaharani",
        "7102938475610293847",
        "nad ✿",
        "random + dance cover",
        "Jakarta",
    ),
    "e2.x": (
        "x",
        "rizkyadtyap",
        "1398877120045613056",
        "Pak Rizky",
        "guru PPPK • sejarah • kopi",
        "Jakarta Selatan",
    ),
    "e2.ig": (
        "ig",
        "pakrizky.guru",
        "51873902214",
        "Rizky Aditya Pratama",
        "ngajar sejarah di Jaksel 📚",
        "Jakarta",
    ),
    "e2.tt": (
        "tt",
        "pakrizkyngajar",
        "7209384756102938001",
        "Pak Rizky Ngajar",
        "guru gen z ngajar gen alpha",
        "Jakarta",
    ),
    "e2.yt": (
        "yt",
        "PakRizkyNgajar",
        "UC7rK2pQw9xLmN4bT1sVz0aB",
        "Pak Rizky Ngajar",
        "Video pembelajaran sejarah dan PKn",
        "Jakarta",
    ),
    "e3.ig": (
        "ig",
        "salsaazzhr",
        "50392817465",
        "salsa",
        "kebayoran baru | matcha enjoyer 🍵",
        "Jakarta Selatan",
    ),
    "e3.tt": (
        "tt",
        "salsaaz",
        "7011223344556677889",
        "salsaa",
        "aespa stan | pns era",
        "Jakarta Selatan",
    ),
    "e3.th": (
        "th",
        "salsaazzhr",
        "50392817465",
        "salsa",
        "kebayoran baru | matcha enjoyer 🍵",
        "Jakarta Selatan",
    ),
    "e3.x": ("x", "salsabilaaz", "1587766554433221100", "sal ♡", "my tweets my opinion", "Jakarta"),
    "e4.ig": ("ig", "cindyoktv", "47582910364", "Cindy Oktaviani", "nurse 🩺 | Depok", "Depok"),
    "e4.tt": (
        "tt",
        "ners.cindyy",
        "7300112233445566778",
        "ners cindy",
        "nakes puskesmas, konten receh",
        "Depok",
    ),
    "e4.fb": (
        "fb",
        "cindy.oktaviani.95",
        "100078123456789",
        "Cindy Oktaviani",
        "Perawat di Depok",
        "Depok, Jawa Barat",
    ),
    "e5.x": (
        "x",
        "fikriramadhn",
        "1203948576012398765",
        "fikri",
        "it guy | depok | sering ngeluh soal KRL",
        "Depok",
    ),
    "e5.ig": ("ig", "fikriiirmdn", "39485720193", "Fikri Ramadhan", "code & coffee", "Depok"),
    "e5.th": ("th", "fikriiirmdn", "39485720193", "Fikri Ramadhan", "code & coffee", "Depok"),
    "e5.yt": (
        "yt",
        "FikriRamadhanTech",
        "UCf1kR4mdnT3chX9q2LpA7bC",
        "Fikri Ramadhan Tech",
        "Tutorial IT dan adminduk",
        "Depok",
    ),
    "e6.fb": (
        "fb",
        "yoga.pratama.putra",
        "100045678901234",
        "Yoga Pratama Putra",
        "Bekasi | futsal | keluarga",
        "Bekasi, Jawa Barat",
    ),
    "e6.ig": (
        "ig",
        "yogapratamaa",
        "28374619205",
        "Yoga Pratama",
        "Bekasi keras tapi hati lembut ⚽",
        "Bekasi",
    ),
    "e6.x": ("x", "ygprtm", "1098765432109876543", "yoga", "bekasi planet ke-9", "Bekasi"),
    "e7.ig": (
        "ig",
        "aurelkirana",
        "61928374650",
        "Aurelia Kirana",
        "tangsel girl | travel | kpop 🎀",
        "Tangerang Selatan",
    ),
    "e7.tt": (
        "tt",
        "aurelkiranaa",
        "7400998877665544332",
        "aurel 🎀",
        "edits & fancams",
        "Tangerang Selatan",
    ),
    "e7.th": (
        "th",
        "aurelkirana",
        "61928374650",
        "Aurelia Kirana",
        "tangsel girl | travel | kpop 🎀",
        "Tangerang Selatan",
    ),
    "e7.x": ("x", "aurelkrn", "1623344556677889900", "aurel", "caratdeul 💎", "Tangsel"),
    "e8.fb": (
        "fb",
        "bima.satria.nugroho",
        "100067890123456",
        "Bima Satria Nugroho",
        "Perawat IGD",
        "Tangerang Selatan",
    ),
    "e8.tt": (
        "tt",
        "bimsatria_",
        "7355443322110099887",
        "bimsatria",
        "nakes ngonten",
        "Tangerang Selatan",
    ),
    "e8.x": ("x", "bimasatria93", "1456789012345678901", "Bima", "IGD survivor", "Tangsel"),
    "e9.x": (
        "x",
        "farhanhdyt",
        "1345678901234567890",
        "farhan",
        "pajak & bola. views my own",
        "Jakarta Selatan",
    ),
    "e9.th": ("th", "farhanhdyt", "57483920176", "Farhan Hidayat", "pajak & bola", "Jakarta"),
    "e9.ig": (
        "ig",
        "farhan.hdyt",
        "57483920176",
        "Farhan Hidayat",
        "taxes, futsal, kopi susu",
        "Jakarta",
    ),
    "e9.yt": ("yt", "FarhanHidayat", "UCh4nH1d4yTq8wErT5yU6iOp", "Farhan Hidayat", "", "Jakarta"),
    "e10.x": (
        "x",
        "tiaraayul",
        "1487654321098765432",
        "tiara 🌷",
        "transport nerd | svt | jakarta",
        "Jakarta",
    ),
    "e10.ig": (
        "ig",
        "tiaraayulestari",
        "44556677881",
        "Tiara Ayu Lestari",
        "commuter life 🚇",
        "Jakarta",
    ),
    "e10.tt": ("tt", "tiaraaayu", "7155667788990011223", "tiaraaa", "edit & random", "Jakarta"),
}

# --------------------------------------------------------------------------------------------
# Elections
# --------------------------------------------------------------------------------------------

PILPRES_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-14", "2024-03-20"),
    ("result", "2024-03-20", "2024-04-24"),
]
PILEG_STAGES = [("candidacy", "2023-08-19", "2023-11-27"), *PILPRES_STAGES[1:]]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-27", "2024-12-16"),
    ("result", "2024-12-17", "2025-01-09"),
]
# Outside every window: before 2023-08-19, 2024-04-25 .. 2024-08-26, after 2025-01-09.

ELECTIONS = [
    # election_id, name, contest, region_code, stages
    (
        "PILPRES-2024",
        "Pemilihan Umum Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PILPRES_STAGES,
    ),
    (
        "PILEG-2024-DPRD-DKI",
        "Pemilu Anggota DPRD Provinsi DKI Jakarta 2024",
        "legislative",
        "31",
        PILEG_STAGES,
    ),
    (
        "PILEG-2024-DPRD-DPK",
        "Pemilu Anggota DPRD Kota Depok 2024",
        "legislative",
        "32.76",
        PILEG_STAGES,
    ),
    (
        "PILEG-2024-DPRD-TGS",
        "Pemilu Anggota DPRD Kota Tangerang Selatan 2024",
        "legislative",
        "36.74",
        PILEG_STAGES,
    ),
    (
        "PILGUB-DKI-2024",
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        PILKADA_STAGES,
    ),
    (
        "PILWALKOT-DPK-2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Depok 2024",
        "regional_head",
        "32.76",
        PILKADA_STAGES,
    ),
    (
        "PILKADA-TGS-2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Tangerang Selatan 2024",
        "regional_head",
        "36.74",
        PILKADA_STAGES,
    ),
]

# --------------------------------------------------------------------------------------------
# Targets
# --------------------------------------------------------------------------------------------

TARGETS = {
    # target_id: name, kind, election_id, ballot_number, party
    "P01": (
        "Anies Rasyid Baswedan - Abdul Muhaimin Iskandar",
        "candidate",
        "PILPRES-2024",
        "1",
        "",
    ),
    "P02": ("Prabowo Subianto - Gibran Rakabuming Raka", "candidate", "PILPRES-2024", "2", ""),
    "P03": ("Ganjar Pranowo - Mohammad Mahfud MD", "candidate", "PILPRES-2024", "3", ""),
    "T01": (
        "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
        "campaign_team",
        "PILPRES-2024",
        "",
        "",
    ),
    "T02": ("Tim Kampanye Nasional Prabowo-Gibran", "campaign_team", "PILPRES-2024", "", ""),
    "T03": ("Tim Pemenangan Nasional Ganjar-Mahfud", "campaign_team", "PILPRES-2024", "", ""),
    "J1": ("Hendra Kusumawijaya - Ratih Andriani", "candidate", "PILGUB-DKI-2024", "1", ""),
    "J2": ("Dimas Arkananta - Yusuf Maulana Hakim", "candidate", "PILGUB-DKI-2024", "2", ""),
    "J3": ("Bonifasius Siahaan - Laras Wulandari", "candidate", "PILGUB-DKI-2024", "3", ""),
    "J1T": ("HERA Squad (relawan Hendra-Ratih)", "campaign_team", "PILGUB-DKI-2024", "", ""),
    "J2T": ("Kawan DAYU (relawan Dimas-Yusuf)", "campaign_team", "PILGUB-DKI-2024", "", ""),
    "J3T": ("Sobat BOLA Jakarta (relawan Boni-Laras)", "campaign_team", "PILGUB-DKI-2024", "", ""),
    "D1": ("Arif Setiabudi - Meilani Kartika", "candidate", "PILWALKOT-DPK-2024", "1", ""),
    "D2": ("Reza Fahlevi - Annisa Dewi Rahmawati", "candidate", "PILWALKOT-DPK-2024", "2", ""),
    "D2T": ("Sahabat REDI Depok", "campaign_team", "PILWALKOT-DPK-2024", "", ""),
    "S1": ("Galih Saputra - Maya Anggraini", "candidate", "PILKADA-TGS-2024", "1", ""),
    "S2": ("Ferry Kurniawan - Dewi Sartika Lubis", "candidate", "PILKADA-TGS-2024", "2", ""),
    "S2T": ("Ferdiholic Tangsel", "campaign_team", "PILKADA-TGS-2024", "", ""),
    "L1": ("Kevin Hadiwijaya", "candidate", "PILEG-2024-DPRD-DKI", "1", "PSI"),
    "L2": ("Rahmi Safitri, S.Psi.", "candidate", "PILEG-2024-DPRD-DPK", "3", "PKS"),
    "L3": ("Andika Prasetyo", "candidate", "PILEG-2024-DPRD-TGS", "2", "Gerindra"),
    "PKB": ("Partai Kebangkitan Bangsa", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera", "party", "", "8", "PKS"),
    "PSI": ("Partai Solidaritas Indonesia", "party", "", "15", "PSI"),
}

TARGET_ACCOUNTS = {
    # "TARGET.platform": handle, user_id, display_name
    "P01.x": ("aniesbaswedan", "90125533", "Anies Rasyid Baswedan"),
    "P01.ig": ("cakiminnow", "1602847733", "Abdul Muhaimin Iskandar"),
    "P01.tt": ("aniesbaswedan", "6811234567890123456", "Anies Baswedan"),
    "P02.x": ("prabowo", "2196788521", "Prabowo Subianto"),
    "P02.ig": ("gibran_rakabuming", "1445566778", "Gibran Rakabuming"),
    "P02.tt": ("prabowo", "6899887766554433221", "Prabowo Subianto"),
    "P03.x": ("ganjarpranowo", "80716654", "Ganjar Pranowo"),
    "P03.ig": ("mohmahfudmd", "2310098765", "Mahfud MD"),
    "P03.tt": ("ganjarpranowo", "6788990011223344556", "Ganjar Pranowo"),
    "P03.yt": ("GanjarPranowoOfficial", "UCg4nJ4rPr4n0w0xYz123456", "Ganjar Pranowo"),
    "T01.x": ("timnas_amin", "1712233445566778899", "Timnas AMIN"),
    "T02.x": ("tkn_prabowogibran", "1713344556677889900", "TKN Prabowo-Gibran"),
    "T03.ig": ("tpn_ganjarmahfud", "6012345678", "TPN Ganjar-Mahfud"),
    "J1.x": ("hendrakusuma", "1522334455667788990", "Hendra Kusumawijaya"),
    "J1.ig": ("hendrakusuma", "5566778899", "Hendra Kusumawijaya"),
    "J1.tt": ("hendrakusuma.id", "7011998877665544331", "Mas Hendra"),
    "J1.th": ("hendrakusuma", "5566778899", "Hendra Kusumawijaya"),
    "J1T.ig": ("herasquad.jkt", "6677889900", "HERA Squad Jakarta"),
    "J2.x": ("dimasarkananta", "1533445566778899001", "Dimas Arkananta"),
    "J2.ig": ("dimasarkananta", "4455667788", "Dimas Arkananta"),
    "J2.tt": ("bangdimas", "7022887766554433220", "Bang Dimas"),
    "J2T.tt": ("kawandayu", "7033776655443322119", "Kawan DAYU"),
    "J3.ig": ("laraswulandari", "3344556677", "Laras Wulandari"),
    "J3.tt": ("bangboni", "7044665544332211008", "Bang Boni"),
    "J3.fb": ("bonifasius.siahaan", "100088776655443", "Bonifasius Siahaan"),
    "J3T.fb": ("groups/sobatbolajkt", "611223344556677", "Sobat BOLA Jakarta"),
    "D1.ig": ("arifsetiabudi.dpk", "2233445566", "Arif Setiabudi"),
    "D1.fb": ("arif.setiabudi.depok", "100077665544332", "Arif Setiabudi"),
    "D2.ig": ("rezafahlevi.id", "1122334455", "Reza Fahlevi"),
    "D2.tt": ("rezafahlevi", "7055554433221100997", "Reza Fahlevi"),
    "D2T.fb": ("groups/sahabatredidepok", "622334455667788", "Sahabat REDI Depok"),
    "S1.ig": ("galihmaya.tangsel", "9988776655", "Galih - Maya"),
    "S1.tt": ("galihsaputra", "7066443322110099886", "Galih Saputra"),
    "S1.fb": ("galih.saputra.tangsel", "100066554433221", "Galih Saputra"),
    "S2.ig": ("ferrykurniawan", "8877665544", "Ferry Kurniawan"),
    "S2.tt": ("ferrydewi.tangsel", "7077332211009988775", "Ferry - Dewi"),
    "S2.x": ("ferrykurniawan_", "1544556677889900112", "Ferry Kurniawan"),
    "S2T.ig": ("ferdiholic.tangsel", "7766554433", "Ferdiholic"),
    "L1.ig": ("kevinhadiwijaya", "6655443322", "Kevin Hadiwijaya"),
    "L1.tt": ("kevinhadiwijaya", "7088221100998877664", "Ko Kevin"),
    "L2.fb": ("rahmi.safitri.dpk", "100055443322110", "Rahmi Safitri"),
    "L3.ig": ("andikaprasetyo.id", "5544332211", "Andika Prasetyo"),
    "L3.fb": ("andika.prasetyo.tangsel", "100044332211009", "Andika Prasetyo"),
    "GERINDRA.ig": ("gerindra", "1234509876", "Partai Gerindra"),
    "PDIP.x": ("PDI_Perjuangan", "145237788", "PDI Perjuangan"),
    "NASDEM.ig": ("official_nasdem", "2345610987", "Partai NasDem"),
    "PKS.ig": ("pksejahtera", "3456721098", "PKS"),
    "PKS.fb": ("PKSejahtera", "100033221100998", "Partai Keadilan Sejahtera"),
    "PSI.tt": ("psi_id", "7099110099887766553", "PSI"),
}

KEYWORDS = [
    ("P01", "AMIN"),
    ("P01", "#AMINajaDulu"),
    ("P01", "Anies-Muhaimin"),
    ("P01", "Anies-Imin"),
    ("P02", "Prabowo-Gibran"),
    ("P02", "#PrabowoGibran2024"),
    ("P02", "#PrabowoGibranSatuPutaran"),
    ("P03", "Ganjar-Mahfud"),
    ("P03", "#GanjarMahfud2024"),
    ("P03", "sat set tas tes"),
    ("T01", "Timnas AMIN"),
    ("T02", "TKN Prabowo-Gibran"),
    ("T03", "TPN Ganjar-Mahfud"),
    ("J1", "HERA"),
    ("J1", "Hendra-Ratih"),
    ("J1", "Jakarta Lebih Lega"),
    ("J1", "#HERAJakartaLega"),
    ("J1T", "HERA Squad"),
    ("J2", "DAYU"),
    ("J2", "Dimas-Yusuf"),
    ("J2", "Jakarta Naik Kelas"),
    ("J2", "#DAYUNaikKelas"),
    ("J2T", "Kawan DAYU"),
    ("J3", "BOLA"),
    ("J3", "Boni-Laras"),
    ("J3", "Jakarta Satu Tim"),
    ("J3", "#BOLAJakartaSatuTim"),
    ("J3T", "Sobat BOLA"),
    ("D1", "ASIK"),
    ("D1", "Arif-Meilani"),
    ("D1", "Depok Makin ASIK"),
    ("D1", "#DepokASIK"),
    ("D2", "REDI"),
    ("D2", "Reza-Annisa"),
    ("D2", "Depok REDI Melaju"),
    ("D2", "#DepokREDI"),
    ("D2T", "Sahabat REDI"),
    ("S1", "GAYA"),
    ("S1", "Galih-Maya"),
    ("S1", "Tangsel Makin GAYA"),
    ("S1", "#TangselGAYA"),
    ("S2", "FERDI"),
    ("S2", "Ferry-Dewi"),
    ("S2", "Tangsel Kekinian"),
    ("S2", "#FERDIforTangsel"),
    ("S2T", "Ferdiholic"),
    ("L1", "Kevin Hadiwijaya"),
    ("L2", "Rahmi Safitri"),
    ("L3", "Andika Prasetyo"),
    ("PKB", "PKB"),
    ("GERINDRA", "Gerindra"),
    ("PDIP", "PDI Perjuangan"),
    ("PDIP", "PDIP"),
    ("GOLKAR", "Golkar"),
    ("NASDEM", "NasDem"),
    ("PKS", "PKS"),
    ("PSI", "PSI"),
]

# A label token expands to every target a correct finding may name.
GROUPS = {
    "P01": "P01 T01",
    "P02": "P02 T02",
    "P03": "P03 T03",
    "J1": "J1 J1T",
    "J2": "J2 J2T",
    "J3": "J3 J3T",
    "D2": "D2 D2T",
    "S2": "S2 S2T",
    "L1": "L1 PSI",
    "L2": "L2 PKS",
    "L3": "L3 GERINDRA",
}

OTHER_ACCOUNTS = {
    # key: platform code, handle, user_id, display_name
    "news.x": ("x", "kabarjkt", "1122009988776655443", "Kabar Jakarta"),
    "news.tt": ("tt", "depokupdate.id", "7111009988776655442", "Depok Update"),
    "kpop.x": ("x", "kpopjkt_fess", "1133221100998877665", "kpop jkt fess"),
    "friend.x": ("x", "dhimasrq", "1144332211009988776", "dhimas"),
    "friend2.x": ("x", "putriayuning", "1155443322110099887", "putri"),
    "friend.ig": ("ig", "rafi.adnan_", "3322110099", "Rafi Adnan"),
    "grp_bekasi.fb": ("fb", "groups/bekasiupdatewarga", "633445566778899", "Bekasi Update Warga"),
    "grp_depok.fb": ("fb", "groups/infodepokterkini", "644556677889900", "Info Depok Terkini"),
}

# Posts the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilpres 2024
    "pA1": (
        "P01.tt",
        "2024-01-15T19:00:00+07:00",
        "Desak Anies edisi Jakarta Selatan: tanya apa saja, saya jawab. Tanpa skrip.",
    ),
    "pA2": (
        "P01.ig",
        "2024-01-11T20:00:00+07:00",
        "Terima kasih warga Jakarta Timur yang sudah hadir malam ini. Slepet!",
    ),
    "pA3": (
        "P01.x",
        "2024-01-15T08:00:00+07:00",
        "Guru adalah pahlawan yang sering dilupakan. Kesejahteraan guru harus jadi prioritas.",
    ),
    "pA4": (
        "T01.x",
        "2024-02-05T10:00:00+07:00",
        "Kampanye akbar AMIN di JIS, Sabtu 10 Februari 2024. Sampai jumpa di Jakarta International Stadium!",
    ),
    "pB1": (
        "P02.ig",
        "2023-12-22T21:00:00+07:00",
        "Terima kasih anak muda Jakarta yang sudah datang ke diskusi malam ini. Kalian luar biasa.",
    ),
    "pB2": (
        "P02.ig",
        "2024-01-08T09:00:00+07:00",
        "Pagi ini blusukan ke Pasar Cibubur, ngobrol dengan pedagang sayur.",
    ),
    "pB3": ("P02.tt", "2024-01-04T18:00:00+07:00", "Joget dulu biar semangat 🕺"),
    "pB4": (
        "T02.x",
        "2024-01-24T12:00:00+07:00",
        "Program makan siang dan susu gratis untuk anak sekolah, santri, ibu hamil dan balita.",
    ),
    "pB5": (
        "P02.x",
        "2024-02-19T10:00:00+07:00",
        "Terima kasih atas kepercayaan rakyat Indonesia. Mari kita kawal bersama hingga penetapan resmi KPU.",
    ),
    "pC1": ("P03.tt", "2023-12-13T16:00:00+07:00", "Ngobrol santai sama anak muda di Blok M 🤙"),
    "pC2": (
        "P03.yt",
        "2024-01-09T19:30:00+07:00",
        "LIVE: Dialog Ganjar-Mahfud bersama guru dan tenaga kesehatan se-Jabodetabek",
    ),
    "pC3": (
        "T03.ig",
        "2024-02-02T15:00:00+07:00",
        "Relawan muda Jakarta siap bergerak! Sampai jumpa di kampanye akbar GBK.",
    ),
    "pC4": (
        "P03.x",
        "2024-02-05T21:00:00+07:00",
        "Terima kasih relawan Bekasi, semangat kalian luar biasa!",
    ),
    "pC5": (
        "P03.ig",
        "2024-01-14T10:00:00+07:00",
        "Hukum harus tegak untuk semua, tanpa pandang bulu.",
    ),
    # Pilgub DKI Jakarta
    "pJ2": ("J1.tt", "2024-10-14T17:00:00+07:00", "Blusukan ke Pasar Santa bareng Bu Ratih 🛍️"),
    "pJ3": (
        "J1.th",
        "2024-11-01T20:00:00+07:00",
        "Debat kedua besok malam. Doakan kami ya, warga Jakarta.",
    ),
    "pJ4": (
        "J1.th",
        "2024-11-14T09:00:00+07:00",
        "Jakarta Lebih Lega! Terima kasih relawan Jakarta Selatan atas kerja kerasnya.",
    ),
    "pJ5": (
        "J1T.ig",
        "2024-10-06T12:00:00+07:00",
        "OPEN RECRUITMENT relawan HERA Squad se-Jakarta! Daftar lewat link di bio.",
    ),
    "pJ6": (
        "J1.ig",
        "2024-11-20T08:00:00+07:00",
        "Seminggu lagi. Jangan lupa datang ke TPS tanggal 27 November.",
    ),
    "pJ7": (
        "J2.tt",
        "2024-10-04T22:00:00+07:00",
        "Kampanye di GBK semalam, makasih semuanya yang udah dateng!",
    ),
    "pJ8": (
        "J2.x",
        "2024-10-21T10:00:00+07:00",
        "Kartu Jakarta Kreatif: modal awal dan pelatihan untuk content creator dan UMKM kreatif Jakarta.",
    ),
    "pJ9": (
        "J2T.tt",
        "2024-10-27T15:00:00+07:00",
        "Kawan DAYU se-Jakarta Pusat kumpul di Kemayoran! 🔥",
    ),
    "pJ10": (
        "J2.ig",
        "2024-11-17T19:00:00+07:00",
        "Sepuluh hari lagi. Terima kasih sudah percaya pada Jakarta Naik Kelas.",
    ),
    "pJ11": (
        "J2.ig",
        "2024-10-30T06:00:00+07:00",
        "Innalillahi wa inna ilaihi rajiun. Ayahanda Ustadz Yusuf Maulana Hakim telah berpulang pagi ini. Mohon doanya.",
    ),
    "pJ12": ("J2.x", "2024-11-09T20:00:00+07:00", "Doakan kami menang tanggal 27 November 🙏"),
    "pJ13": (
        "J2.ig",
        "2024-07-19T16:00:00+07:00",
        "Ngopi sore di Cikini sambil dengerin keluhan anak muda soal kerjaan.",
    ),
    "pJ14": (
        "J3.ig",
        "2024-10-17T11:00:00+07:00",
        "Jakarta harus jadi kota yang aman dan ramah buat perempuan, dari halte sampai kantor.",
    ),
    "pJ15": ("J3.tt", "2024-11-04T21:00:00+07:00", "Highlight debat semalam 🔥"),
    "pJ16": (
        "J3.fb",
        "2024-11-01T18:00:00+07:00",
        "Kampanye dialogis bareng para komuter di Stasiun Sudirman. Terima kasih atas masukannya.",
    ),
    "pJ17": ("J3.fb", "2024-11-21T20:00:00+07:00", "Terima kasih relawan! Satu tim, satu tujuan."),
    "pJ18": (
        "J3.fb",
        "2024-11-14T09:00:00+07:00",
        "Kampanye akbar Minggu 17 November di Lapangan Banteng. Sampai jumpa!",
    ),
    # Pilwalkot Depok
    "pD1": (
        "D1.ig",
        "2024-10-08T09:00:00+07:00",
        "Puskesmas buka 24 jam di setiap kecamatan. Itu janji kami untuk Depok.",
    ),
    "pD2": (
        "D1.fb",
        "2024-10-19T05:30:00+07:00",
        "Innalillahi wa inna ilaihi rajiun. Ibunda tercinta telah berpulang subuh tadi. Mohon dimaafkan segala kesalahan beliau.",
    ),
    "pD3": ("D1.ig", "2024-06-24T16:00:00+07:00", "Silaturahmi sore dengan warga Beji."),
    "pD4": ("D2.tt", "2024-10-23T19:00:00+07:00", "Ngonten bareng Mochi, kucing posko 🐈"),
    "pD5": (
        "D2T.fb",
        "2024-11-18T10:00:00+07:00",
        "Kampanye akbar Sahabat REDI, Sabtu 23 November di Alun-alun Kota Depok! Ajak keluarga.",
    ),
    "pD6": (
        "D2.ig",
        "2024-11-27T21:00:00+07:00",
        "Terima kasih warga Depok. Kita tunggu hasil resmi KPU bersama-sama.",
    ),
    # Pilkada Tangerang Selatan
    "pS1": (
        "S2.ig",
        "2024-09-28T21:00:00+07:00",
        "Terima kasih sudah hadir di deklarasi FERDI malam ini!",
    ),
    "pS2": (
        "S1.tt",
        "2024-10-10T17:00:00+07:00",
        "Turun ke Ciputat sore ini, dengerin warga soal banjir 🔥",
    ),
    "pS3": (
        "S1.fb",
        "2024-11-08T19:00:00+07:00",
        "Kampanye dialogis bersama warga Pamulang. Terima kasih atas sambutannya.",
    ),
    "pS4": (
        "S1.fb",
        "2024-10-14T10:00:00+07:00",
        "Program normalisasi kali dan sumur resapan untuk atasi banjir Tangsel.",
    ),
    "pS5": (
        "S2T.ig",
        "2024-11-02T12:00:00+07:00",
        "Ferdiholic gathering Minggu ini di Bintaro! Free merch buat 100 pendaftar pertama.",
    ),
    "pS6": ("S2.x", "2024-11-15T08:00:00+07:00", "Tinggal 12 hari lagi, Tangsel!"),
    "pS7": ("S2.tt", "2024-10-11T20:00:00+07:00", "Behind the scene syuting video kampanye 🎬"),
    "pS8": ("S2.tt", "2025-02-19T09:00:00+07:00", "Terima kasih Tangsel. Saatnya bekerja."),
    "pS9": ("S1.ig", "2024-11-07T12:00:00+07:00", "Mampir ke sentra UMKM anyaman di Serpong."),
    "pS10": (
        "S2.ig",
        "2024-11-23T22:00:00+07:00",
        "Hari terakhir kampanye. Terima kasih semuanya!",
    ),
    # Pileg 2024
    "pL1": (
        "L1.tt",
        "2024-02-03T16:00:00+07:00",
        "Trotoar Kebayoran rusak? Saya cek langsung ke lapangan.",
    ),
    "pL2": (
        "L1.ig",
        "2023-12-09T10:00:00+07:00",
        "Resmi jadi caleg DPRD DKI Jakarta dapil 7. Mohon doa dan dukungannya.",
    ),
    "pL3": (
        "L2.fb",
        "2024-02-06T08:00:00+07:00",
        "Mohon doa restu, insyaAllah amanah untuk warga Beji dan Cinere.",
    ),
    "pL4": (
        "L3.fb",
        "2024-01-19T16:00:00+07:00",
        "Bersih-bersih saluran air bareng warga Serpong Utara.",
    ),
    "pL5": (
        "L3.ig",
        "2024-02-09T20:00:00+07:00",
        "Besok hari terakhir kampanye. Terima kasih relawan!",
    ),
    # Parties
    "pY1": ("PSI.tt", "2024-06-19T19:00:00+07:00", "Konten bareng anak muda Jakarta 🌹"),
    "pY2": (
        "PKS.ig",
        "2024-07-14T09:00:00+07:00",
        "Donor darah PKS Jakarta Selatan, Minggu pagi di Cilandak.",
    ),
    "pY3": (
        "PDIP.x",
        "2025-01-19T10:00:00+07:00",
        "Merdeka! Rakernas PDI Perjuangan 2025 resmi dibuka.",
    ),
    "pY4": (
        "PKS.fb",
        "2024-08-09T10:00:00+07:00",
        "Relawan PKS membagikan sembako untuk warga Cimanggis.",
    ),
    "pY5": ("NASDEM.ig", "2024-09-09T10:00:00+07:00", "Restorasi Indonesia untuk semua generasi."),
    "pY6": ("GERINDRA.ig", "2024-12-04T10:00:00+07:00", "Gerindra untuk rakyat."),
    # Others
    "nw1": (
        "news.x",
        "2024-01-07T17:00:00+07:00",
        "Malam ini debat capres ketiga: pertahanan, keamanan dan hubungan internasional.",
    ),
    "nw2": (
        "news.x",
        "2024-11-11T12:00:00+07:00",
        "Survei Pilgub DKI: HERA 31%, DAYU 29%, BOLA 27%, belum memutuskan 13%.",
    ),
    "nw3": (
        "news.x",
        "2024-02-14T18:00:00+07:00",
        "Hitung cepat sementara Pilpres 2024, data masuk 90%.",
    ),
    "nw4": (
        "news.tt",
        "2024-11-11T18:00:00+07:00",
        "Survei terbaru Pilwalkot Depok: selisih dua paslon tipis!",
    ),
    "kp1": (
        "kpop.x",
        "2024-11-13T10:00:00+07:00",
        "voting MAMA 2024 udah dibuka, jangan lupa vote bias kalian!!",
    ),
    "kp2": (
        "kpop.x",
        "2024-01-18T11:00:00+07:00",
        "SEVENTEEN masuk nominasi Golden Disc Awards, vote sekarang!",
    ),
    "pF1": (
        "friend.x",
        "2024-11-19T21:00:00+07:00",
        "jujur masih bingung pilgub nanti. kalian milih siapa sih?",
    ),
    "pF2": (
        "friend2.x",
        "2024-11-05T20:00:00+07:00",
        "Depok butuh walkot yang kayak gimana sih menurut kalian?",
    ),
    "pF3": (
        "friend.x",
        "2024-02-12T22:00:00+07:00",
        "lusa nyoblos dan gue masih bingung mau milih siapa 😩",
    ),
    "pF4": ("friend.ig", "2024-11-20T14:00:00+07:00", "Akhirnya wisuda juga! 🎓"),
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
    text: str
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


def _add(label: str, targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    ITEMS.append(
        Item(
            f"{label}{len(ITEMS) + 1:03d}", label, _expand(targets), when, acct, action, text, **kw
        )
    )


def C(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("C", targets, when, acct, action, text, **kw)


def N(when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("N", "", when, acct, action, text, **kw)


def A(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("A", targets, when, acct, action, text, **kw)


def O(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:  # noqa: E743
    _add("O", targets, when, acct, action, text, **kw)


# ============================================================================================
# C: campaigning in the right window
# ============================================================================================

# --- Pilpres 2024: 01 Anies - Muhaimin ------------------------------------------------------
C(
    "P01",
    "2024-01-16T21:14:00+07:00",
    "e3.tt",
    "comment",
    "abah kalo jawab pertanyaan tuh structured bgt sih 😭 14 feb fix ☝️ no debat",
    on="pA1",
)
C(
    "P01",
    "2024-01-22T07:40:00+07:00",
    "e1.x",
    "post",
    "POV: lo anak jaksel yg udah muak sama politik gimmick terus nemu Desak Anies. literally the only capres yg berani didebat mahasiswa live. 14 Feb gue satu jari ☝️ #AMINajaDulu",
)
C(
    "P01",
    "2024-02-13T20:05:00+07:00",
    "e10.ig",
    "post",
    "outfit nyoblos besok udah ready 🤍 bismillah, semoga perubahan beneran dateng ☝️",
    alt="Foto cermin perempuan berhijab putih mengacungkan jari telunjuk, di belakangnya poster bergambar Anies Baswedan dan Muhaimin Iskandar",
)
C(
    "P01",
    "2024-01-07T22:31:00+07:00",
    "e9.x",
    "quote",
    "abah pas bilang 'silakan dikritik, saya siap' and i felt that. one finger salute dari Mampang ☝️🔥",
    on="nw1",
)
C(
    "P01",
    "2024-01-28T19:47:00+07:00",
    "e2.tt",
    "comment",
    "ngestan abah dari jaman gubernur, sekarang ngestan lagi buat RI 1 🫶 satu putaran? aminin dulu aja wkwk",
    on="pA1",
)
C(
    "P01",
    "2024-01-25T23:02:00+07:00",
    "e7.th",
    "post",
    "ngl tadinya gue mau golput tapi abis join Anies Bubble jadi pengen nyoblos. the vibes of being listened to hits different. 14/2 ☝️ see u",
)
C(
    "P01",
    "2024-01-12T06:55:00+07:00",
    "e5.ig",
    "comment",
    "Gus Imin slepet terus gus!! 14 Februari kita slepet bareng-bareng di bilik suara 👊☝️",
    on="pA2",
)
C(
    "P01",
    "2024-02-02T18:20:00+07:00",
    "e1.ig",
    "post",
    "pinned this on my laptop lol 🫡",
    alt="Stiker di laptop bergambar siluet pria berkacamata dan angka 1",
    ocr="WAKANDA NO MORE, INDONESIA FOREVER ☝️ AMIN 14.02.2024",
)
C(
    "P01",
    "2024-02-09T21:30:00+07:00",
    "e9.x",
    "reply",
    "otw JIS bawa lightstick wkwk, see u di kampanye akbar besok ☝️🤍",
    on="pA4",
)

# --- Pilpres 2024: 02 Prabowo - Gibran ------------------------------------------------------
C(
    "P02",
    "2023-12-23T08:12:00+07:00",
    "e6.ig",
    "comment",
    "cawapres termuda ever, bangga bgt sebagai anak muda ✌️✌️ lanjutkan mas!",
    on="pB1",
)
C(
    "P02",
    "2024-01-05T01:44:00+07:00",
    "e8.tt",
    "comment",
    "joget gemoy tiap shift malem di IGD biar gk stres 🕺 Pak Prabowo satu putaran aja yukk",
    on="pB3",
)
C(
    "P02",
    "2024-02-05T12:10:00+07:00",
    "e5.x",
    "post",
    "udah bukan rahasia, gue tim gemoy dari awal 🐧✌️ 14/2 no drama no debat #PrabowoGibran2024",
)
C(
    "P02",
    "2024-01-19T20:36:00+07:00",
    "e10.tt",
    "post",
    "ult bias gue taun ini bukan idol tapi capres 🫢✌️ #gemoy #fyp",
    alt="Video edit transisi ala fancam K-pop: foto-foto Prabowo berkacamata hitam berpose dua jari, teks 'MY ULT'",
)
C(
    "P02",
    "2024-01-25T06:50:00+07:00",
    "e2.x",
    "quote",
    "murid2 gue bakal dapet makan siang gratis? yes please. dua jari buat masa depan mereka ✌️🍱",
    on="pB4",
)
C(
    "P02",
    "2024-02-08T19:25:00+07:00",
    "e6.fb",
    "post",
    "Warga Bekasi jangan lupa tanggal 14 ke TPS ya. Lanjutkan yang udah jalan, pilih yang nomer dua lur ✌️ biar Indonesia maju terus",
    group="grp_bekasi.fb",
)
C(
    "P02",
    "2024-02-01T22:18:00+07:00",
    "e9.th",
    "post",
    "hot take: hilirisasi itu masuk akal dan gue percaya Prabowo–Gibran bisa lanjutin. voting accordingly on feb 14 ✌️",
)
C(
    "P02",
    "2024-01-30T13:05:00+07:00",
    "e4.ig",
    "post",
    "nakes juga pengen Indonesia maju 💉✌️",
    alt="Perawat berseragam putih membentuk dua jari di depan baliho bergambar Prabowo dan Gibran",
    ocr="PRABOWO GIBRAN 02 BERSAMA INDONESIA MAJU",
)
C(
    "P02",
    "2024-01-21T10:33:00+07:00",
    "e3.ig",
    "comment",
    "mas gibran tuh literally representasi gen z di panggung politik, 14 feb aku ikutan ✌️🥹",
    on="pB1",
)
C(
    "P02",
    "2024-02-13T07:02:00+07:00",
    "e8.x",
    "reply",
    "bro udahlah ikut gue ke kotak nomor dua, gemoy squad 🐧✌️ dijamin gk nyesel",
    on="pF3",
)

# --- Pilpres 2024: 03 Ganjar - Mahfud -------------------------------------------------------
C(
    "P03",
    "2023-12-14T12:40:00+07:00",
    "e7.tt",
    "comment",
    "penguasa tiktok 🤙 pak ganjar plis menang, sat set tas tes 3️⃣🔥",
    on="pC1",
)
C(
    "P03",
    "2024-01-22T23:55:00+07:00",
    "e1.th",
    "post",
    "Prof Mahfud di debat cawapres tuh the definition of tenang tapi mematikan. gue sih udah fix nyoblos kotak paling kanan 🤟",
)
C(
    "P03",
    "2024-01-10T20:03:00+07:00",
    "e5.yt",
    "comment",
    "Hadir dari Depok! 14 Februari kita tiga jari 🤟🤟 sat set!",
    on="pC2",
)
C(
    "P03",
    "2024-02-03T16:45:00+07:00",
    "e9.ig",
    "comment",
    "salam tiga jari dari anak pajak yg lagi off duty wkwk 🤟 gas menangkan!",
    on="pC3",
)
C(
    "P03",
    "2024-01-12T21:10:00+07:00",
    "e2.yt",
    "comment",
    "Sebagai guru yang baru diangkat PPPK, saya percaya Pak Ganjar dan Prof Mahfud paling ngerti nasib guru. Tetap semangat pak, 14 Februari kami bersama bapak 🙏🤟",
    on="pC2",
)
C(
    "P03",
    "2024-01-26T09:15:00+07:00",
    "e10.x",
    "post",
    "kalian boleh ngestan siapa aja tapi buat gue 03 is the moment 💅 no hate to other fandoms ya",
)
C(
    "P03",
    "2024-01-18T19:20:00+07:00",
    "e4.tt",
    "post",
    "kemeja item ala pak ganjar 🖤 cocok gk? #GanjarMahfud2024 #satsettastes",
    alt="Video perempuan berjilbab memakai kemeja hitam bergambar siluet pria berambut putih, menari di depan kamera",
)
C(
    "P03",
    "2024-02-06T08:00:00+07:00",
    "e6.x",
    "reply",
    "Mantap pak! Bekasi siap menangkan 3 🤟",
    on="pC4",
)

# --- Pilgub DKI: 1 HERA --------------------------------------------------------------------
C(
    "J1",
    "2024-10-10T08:12:00+07:00",
    "e1.x",
    "post",
    "mas hendra ngomongin transjakarta 24 jam + tarif integrasi 3rb ke semua moda. ini baru cagub yg ngerti commuter life 🚇 27/11 udah fix lah ya ☝️",
)
C(
    "J1",
    "2024-10-15T12:30:00+07:00",
    "e3.tt",
    "comment",
    "bu ratih slay bgt pake kebaya + sneakers 😭💅 jakarta lebih lega era is coming",
    on="pJ2",
)
C(
    "J1",
    "2024-10-20T15:40:00+07:00",
    "e10.ig",
    "post",
    "merch drop 🤍 makasih kakak2 relawan",
    alt="Tote bag putih bertuliskan HERA dan angka 1 digantung di kursi kantor",
    ocr="HERA 01 HENDRA - RATIH JAKARTA LEBIH LEGA",
)
C(
    "J1",
    "2024-11-02T06:45:00+07:00",
    "e9.th",
    "reply",
    "semangat mas! debat pertama udah menang telak, nanti malem tinggal finishing 🔥☝️",
    on="pJ3",
)
C(
    "J1",
    "2024-10-08T22:05:00+07:00",
    "e7.ig",
    "comment",
    "aku mau join jadi relawan dong kak, domisili Jaksel 🙋‍♀️ HERA all the way",
    on="pJ5",
)
C(
    "J1",
    "2024-11-12T07:58:00+07:00",
    "e2.x",
    "quote",
    "ketat bgt. yuk yg KTP Jakarta jangan golput, gas sekali lagi biar lega beneran 😤☝️",
    on="nw2",
)
C(
    "J1",
    "2024-11-21T19:12:00+07:00",
    "e5.ig",
    "comment",
    "KTP masih Jaktim nih, 27 Nov pulang nyoblos mas Hendra 🏃‍♂️💨☝️",
    on="pJ6",
)
C(
    "J1",
    "2024-10-25T11:20:00+07:00",
    "e3.x",
    "post",
    "spill cagub yg programnya ramah pejalan kaki? gampang: nomor satu. trotoar lebar, pohon rindang, lega 🌳 #HERAJakartaLega",
)

# --- Pilgub DKI: 2 DAYU --------------------------------------------------------------------
C(
    "J2",
    "2024-10-05T09:10:00+07:00",
    "e1.tt",
    "comment",
    "bang dimas kalo lagi kampanye vibes-nya kayak fanmeet 😭 naik kelas beneran, aku padamu ✌️",
    on="pJ7",
)
C(
    "J2",
    "2024-10-13T10:25:00+07:00",
    "e6.ig",
    "post",
    "dapet ini pas CFD tadi pagi 😁 siap naik kelas",
    alt="Kaos biru muda dipegang pria di Bundaran HI",
    ocr="KAWAN DAYU • JAKARTA NAIK KELAS • 02",
)
C(
    "J2",
    "2024-11-08T21:48:00+07:00",
    "e9.x",
    "post",
    "ngl Ustadz Yusuf + Bang Dimas is the most balanced duo. tech bro x ulama, literally the jakarta we need. coblos yg tengah 27/11 ✌️",
)
C(
    "J2",
    "2024-10-28T18:00:00+07:00",
    "e10.tt",
    "comment",
    "kawan dayu represent dari Kemayoran 🙌 ✌️✌️",
    on="pJ9",
)
C(
    "J2",
    "2024-11-18T05:30:00+07:00",
    "e4.ig",
    "comment",
    "Semoga menang ya bang Dimas, Jakarta butuh anak muda kayak abang 🤲🔥",
    on="pJ10",
)
C(
    "J2",
    "2024-11-15T20:20:00+07:00",
    "e2.tt",
    "post",
    "POV: guru ditanya murid 'pak milih siapa?' gue: rahasia dong... *tangan refleks bikin dua jari* ✌️🤭 #JakartaNaikKelas",
)
C(
    "J2",
    "2024-10-22T13:14:00+07:00",
    "e7.x",
    "quote",
    "kartu buat content creator & UMKM kreatif?? yes bang dimas, u got my vote 🗳️✌️",
    on="pJ8",
)
C(
    "J2",
    "2024-11-11T22:40:00+07:00",
    "e3.th",
    "post",
    "udah fix pilihan gue buat jakarta: yg visinya naik kelas, bukan yg cuma jualan trotoar 💅 see u 27 nov",
)

# --- Pilgub DKI: 3 BOLA --------------------------------------------------------------------
C(
    "J3",
    "2024-09-30T20:15:00+07:00",
    "e8.fb",
    "post",
    "Izin gabung min, siap bantu sosialisasi di Pesanggrahan. Jakarta satu tim! 🤟",
    group="J3T.fb",
)
C(
    "J3",
    "2024-10-30T12:05:00+07:00",
    "e5.x",
    "post",
    "bang boni orangnya chill, kak laras pinter. satu tim beneran. no 3 the only valid option, bye 👋🤟",
)
C(
    "J3",
    "2024-10-18T21:33:00+07:00",
    "e1.ig",
    "comment",
    "kak Laras aku ngefans dari jaman kakak jadi aktivis 😭 nanti 27 nov aku coblos kalian yaa 🤟💚",
    on="pJ14",
)
C(
    "J3",
    "2024-11-20T07:05:00+07:00",
    "e10.x",
    "reply",
    "BOLA lah, bukan karena gue suka bola tapi emang programnya paling masuk akal 🤟⚽",
    on="pF1",
)
C(
    "J3",
    "2024-11-05T19:40:00+07:00",
    "e3.tt",
    "comment",
    "edit ini layak fyp semua orang. sobat BOLA mana suaranyaaa 📣🤟",
    on="pJ15",
)
C(
    "J3",
    "2024-11-22T06:10:00+07:00",
    "e6.fb",
    "share",
    "Mantap bang Boni, sukses dan menang 27 November! Salam satu tim 💪🤟",
    on="pJ17",
)
C(
    "J3",
    "2024-11-05T08:30:00+07:00",
    "e7.th",
    "post",
    "semalem nobar debat pilgub bareng sobat BOLA, vibes-nya kayak nobar final piala dunia 😭 satu tim satu suara 🤟",
)

# --- Pilwalkot Depok -------------------------------------------------------------------------
C(
    "D1",
    "2024-10-09T13:25:00+07:00",
    "e4.ig",
    "comment",
    "Bu Meilani janji puskesmas 24 jam ya bu 🥺 nakes Beji siap dukung! Depok makin asik ☝️",
    on="pD1",
)
C(
    "D1",
    "2024-11-14T08:05:00+07:00",
    "e5.x",
    "post",
    "Depok tuh butuh walkot yg ngerti macetnya Margonda. Pak Arif udah buktiin pas di DPRD. tgl 27 nomor satu, gk pake mikir ☝️",
)
C(
    "D1",
    "2024-11-01T20:50:00+07:00",
    "e4.fb",
    "post",
    "Ibu2 arisan komplek udah sepakat 😂 semua ASIK, semua nomor 1. Depok makin ASIK!!",
)
C(
    "D2",
    "2024-10-17T22:22:00+07:00",
    "e5.th",
    "post",
    "Bang Reza literally the only calon walkot yg bales DM warga 😭 REDI or not, here we come 🙌 #DepokREDI",
)
C(
    "D2",
    "2024-10-24T20:10:00+07:00",
    "e4.tt",
    "comment",
    "ka annisa ngonten bareng kucing?? ok fix suaraku buat kalian 🐈✌️",
    on="pD4",
)
C(
    "D2",
    "2024-10-27T09:45:00+07:00",
    "e5.ig",
    "post",
    "sticker mobil udah nempel 🚗💨",
    alt="Stiker pada kaca belakang mobil hatchback",
    ocr="SAHABAT REDI | REZA - ANNISA | DEPOK REDI MELAJU | 2",
)
C(
    "D2",
    "2024-11-19T12:30:00+07:00",
    "e4.fb",
    "comment",
    "Siap hadir hari Sabtu, Sahabat REDI Beji turun semua 💪✌️",
    on="pD5",
)
C(
    "D2",
    "2024-11-06T07:15:00+07:00",
    "e5.x",
    "reply",
    "bukan endorse ya, tapi kalo liat track record ya jelas Reza–Annisa. udah itu aja 🔥",
    on="pF2",
)
C(
    "D1",
    "2024-11-23T17:35:00+07:00",
    "e4.ig",
    "post",
    "buat yg nanya aku dukung siapa, ini jawabannya 🤭",
    alt="Swafoto perempuan berkerudung dengan pin bulat tersemat di kerudung",
    ocr="ASIK 01 ARIF - MEILANI",
)
C(
    "D1",
    "2024-10-31T21:00:00+07:00",
    "e4.tt",
    "post",
    "nakes depok for Arif–Meilani 🩺☝️ soalnya cuma mereka yg janjiin insentif nakes puskesmas, fr",
)

# --- Pilkada Tangerang Selatan -----------------------------------------------------------
C(
    "S2",
    "2024-09-29T09:00:00+07:00",
    "e7.ig",
    "comment",
    "Tangsel kekinian era 💅 bang ferry kak dewi aku ngestan kalian dari deklarasi ✌️",
    on="pS1",
)
C(
    "S2",
    "2024-11-26T22:15:00+07:00",
    "e8.x",
    "post",
    "ferdiholic check in ✅ besok nyoblos yg nomor 2, IGD aman ditinggal bentar wkwk #FERDIforTangsel",
)
C(
    "S2",
    "2024-10-19T20:44:00+07:00",
    "e7.tt",
    "post",
    "made a fancam for my fav paslon bcs why not 😭🫶 Ferry–Dewi my ult #fyp #tangsel",
    alt="Video edit bergaya fancam dengan foto-foto Ferry Kurniawan dan Dewi Sartika Lubis diiringi lagu K-pop",
)
C(
    "S1",
    "2024-10-11T18:20:00+07:00",
    "e8.tt",
    "comment",
    "bang galih gaya lo asik, programnya juga asik. tangsel makin GAYA ☝️",
    on="pS2",
)
C(
    "S1",
    "2024-11-09T06:40:00+07:00",
    "e8.fb",
    "share",
    "Pak Galih semoga amanah, warga Pamulang siap menangkan nomor 1 👍",
    on="pS3",
)
C(
    "S1",
    "2024-10-30T23:10:00+07:00",
    "e7.th",
    "post",
    "lowkey pengen semua temen tangsel gue milih Galih–Maya. gk maksa sih tp programnya literally solve banjir Ciputat 🙏",
)
C(
    "S2",
    "2024-11-03T14:00:00+07:00",
    "e3.ig",
    "comment",
    "aku bukan warga tangsel tapi ngestan ferdiholic 🥹 semoga menang kak, tangsel kekinian!",
    on="pS5",
)
C(
    "S2",
    "2024-11-16T10:30:00+07:00",
    "e8.x",
    "reply",
    "Siap bang! Pondok Aren udah solid, tinggal 27 nov 🔥✌️",
    on="pS6",
)
C(
    "S2",
    "2024-11-13T19:00:00+07:00",
    "e7.ig",
    "post",
    "bestie2 tangsel, save the date ya 📅💜",
    alt="Poster berwarna ungu dengan foto pasangan calon",
    ocr="27.11.2024 | COBLOS NO. 2 | FERRY - DEWI | TANGSEL KEKINIAN",
)
C(
    "S1",
    "2024-10-26T16:50:00+07:00",
    "e10.tt",
    "comment",
    "Kak Maya ke Bintaro dong 🥺 btw aku udh fix ke kalian, GAYA forever ☝️",
    on="pS2",
)

# --- Pileg 2024: DPRD candidates -------------------------------------------------------------
C(
    "L1",
    "2024-01-29T12:00:00+07:00",
    "e1.x",
    "post",
    "temen kuliah gue nyaleg DPRD DKI dapil 7, anaknya legit baik dan pinter. Kevin Hadiwijaya, PSI no urut 1. bantu ya guys 🙏🌹",
)
C(
    "L1",
    "2024-02-04T18:18:00+07:00",
    "e3.tt",
    "comment",
    "ko kevin konten trotoar kebayoran relate bgt 😭 14 feb aku coblos koko 🌹",
    on="pL1",
)
C(
    "L1",
    "2023-12-10T09:30:00+07:00",
    "e9.ig",
    "comment",
    "mantap bro, anak muda harus masuk parlemen. dapil 7 gas 🌹💪",
    on="pL2",
)
C(
    "L2",
    "2024-02-07T05:20:00+07:00",
    "e4.fb",
    "comment",
    "Semoga amanah Ummi Rahmi, insyaAllah keluarga besar kami di Beji pilih ummi, nomor 3 🤲",
    on="pL3",
)
C(
    "L2",
    "2024-01-03T19:05:00+07:00",
    "e5.ig",
    "post",
    "dapet kalender dari bu rahmi 😁 siap bantu sosialisasi di komplek",
    alt="Kalender meja bergambar wanita berkerudung oranye",
    ocr="RAHMI SAFITRI, S.Psi. | CALEG DPRD KOTA DEPOK | PKS NO. 3 | DAPIL 2",
)
C(
    "L3",
    "2024-01-20T08:45:00+07:00",
    "e8.fb",
    "share",
    "Buat warga Serpong Utara, titip bang Andika ya. Gerindra no 2, orangnya turun langsung pas banjir kemarin 🙏",
    on="pL4",
)
C(
    "L3",
    "2024-02-10T10:00:00+07:00",
    "e7.ig",
    "comment",
    "bang andika semangat! tgl 14 jangan lupa nomor 2 di kertas suara DPRD kota ya guys 🫡",
    on="pL5",
)

# --- Parties (at any time) ---------------------------------------------------------------
C(
    "GERINDRA",
    "2025-03-15T20:00:00+07:00",
    "e6.x",
    "post",
    "Gerindra makin solid 🦅 yang lain mah lewat",
)
C(
    "PSI",
    "2025-06-02T21:30:00+07:00",
    "e9.th",
    "post",
    "PSI is literally the only party that gets gen z. ngestan dari 2019, no regret 🌹",
)
C(
    "PSI",
    "2024-06-20T19:40:00+07:00",
    "e10.tt",
    "comment",
    "min aku suka bgt vibes partai ini, paling ngerti anak muda. 2029 aku tetep pilih mawar 🌹",
    on="pY1",
)
C(
    "PKS",
    "2024-07-15T07:10:00+07:00",
    "e2.ig",
    "comment",
    "Barakallah, PKS selalu di hati. Terus istiqomah melayani umat 🧡",
    on="pY2",
)
C(
    "PDIP",
    "2025-01-20T08:00:00+07:00",
    "e5.x",
    "quote",
    "banteng moncong putih forever 🐂🔴 partainya wong cilik, merdeka!!",
    on="pY3",
)
C(
    "PKB",
    "2024-05-20T22:00:00+07:00",
    "e1.th",
    "post",
    "unpopular opinion: PKB tuh partai paling chill dan paling deket sama warga NU. next pemilu gue pilih mereka lagi 💚",
)
C(
    "PKS",
    "2024-08-10T09:15:00+07:00",
    "e8.fb",
    "share",
    "Alhamdulillah, PKS selalu hadir buat warga. Bangga 🧡",
    on="pY4",
)
C(
    "PDIP",
    "2023-07-17T16:30:00+07:00",
    "e6.ig",
    "post",
    "dapet kaos dari om, warnanya cakep 🔴🐂 merdeka!!",
    alt="Pria memakai kaos merah berlogo kepala banteng",
    ocr="PDI PERJUANGAN • SATYAM EVA JAYATE",
)
C(
    "GOLKAR",
    "2024-02-12T20:20:00+07:00",
    "e3.x",
    "post",
    "lusa dari presiden sampe DPRD, buat partainya coblos pohon beringin aja biar praktis 💛🌳 #GolkarSolid",
)
C(
    "NASDEM",
    "2024-09-10T12:45:00+07:00",
    "e9.ig",
    "comment",
    "restorasi Indonesia!! NasDem makin keren sekarang 💙",
    on="pY5",
)
C(
    "PKB",
    "2024-03-05T19:00:00+07:00",
    "e7.x",
    "post",
    "selamat PKB atas hasil pileg! 💚 partai santri makin di depan, terus gas",
)
C(
    "GERINDRA",
    "2024-12-05T07:30:00+07:00",
    "e6.ig",
    "comment",
    "Garuda di dadaku, Gerindra di hatiku 🦅❤️",
    on="pY6",
)

# ============================================================================================
# N: near misses
# ============================================================================================

# --- under candidates' and teams' posts: questions, complaints, criticism, condolences -------
N(
    "2024-10-15T12:41:00+07:00",
    "e3.tt",
    "comment",
    "bu ratih kebayanya beli dimana 😭 mau buat kondangan sepupu",
    on="pJ2",
)
N(
    "2024-10-22T09:05:00+07:00",
    "e1.x",
    "reply",
    "bang, kartu kreatif ini anggarannya dari mana? jelasin detail dong, jangan cuma gimmick buat konten",
    on="pJ8",
)
N(
    "2024-01-10T11:20:00+07:00",
    "e9.ig",
    "comment",
    "pak, makan siang gratis itu butuh ratusan triliun loh. serius nanya dananya dari mana? 🤔",
    on="pB1",
)
N(
    "2023-12-20T21:00:00+07:00",
    "e7.tt",
    "comment",
    "kok konten penguasa tiktok skrg isinya joget doang pak? substansinya mana 😩",
    on="pC1",
)
N(
    "2024-01-12T08:30:00+07:00",
    "e5.ig",
    "comment",
    "Gus, tolong tim medsosnya ditertibkan, banyak akun ngaku relawan nyebar hoaks di grup WA 🙏",
    on="pA2",
)
N(
    "2024-10-20T06:15:00+07:00",
    "e4.fb",
    "comment",
    "Innalillahi wa inna ilaihi rajiun, turut berduka cita Pak Arif atas wafatnya ibunda. Semoga husnul khotimah 🤲",
    on="pD2",
)
N(
    "2024-11-02T07:40:00+07:00",
    "e6.fb",
    "comment",
    "Bang, kemarin di video ada yg nyebut jalan depan Stasiun Bekasi. Itu bukan wewenang DKI kan? 😅 biar gk salah paham aja",
    on="pJ16",
)
N(
    "2024-10-12T22:10:00+07:00",
    "e8.tt",
    "comment",
    "bang ini backsound-nya lagu apa judulnya? enak bgt 🎶",
    on="pS7",
)
N(
    "2024-11-08T13:00:00+07:00",
    "e10.ig",
    "comment",
    "kak tas anyamannya lucu bgt, itu UMKM mana? spill dong mau beli 😍",
    on="pS9",
)
N(
    "2024-01-16T06:20:00+07:00",
    "e2.x",
    "reply",
    "Pak, mohon perhatikan juga guru honorer yang belum lolos PPPK. Siapa pun presidennya nanti, ini PR besar.",
    on="pA3",
)
N(
    "2024-10-05T08:50:00+07:00",
    "e1.tt",
    "comment",
    "GBK macet parah gara2 acara semalem, gue telat sejam ke kantor 🙃 next time diatur dong",
    on="pJ7",
)
N(
    "2024-11-02T07:55:00+07:00",
    "e3.th",
    "reply",
    "mas, nanti malem tolong jawab soal banjir Kemang yg konkret ya, jangan jargon doang 🙏",
    on="pJ3",
)
N(
    "2024-02-20T10:30:00+07:00",
    "e5.x",
    "reply",
    "Pak, pendukung bapak di grup WA keluarga nyebar video editan AI. Tolong diimbau ya 🙏",
    on="pB5",
)
N(
    "2024-01-10T20:40:00+07:00",
    "e9.yt",
    "comment",
    "Min, audionya putus-putus di menit 12 sampai 15, mohon diperbaiki untuk siaran berikutnya",
    on="pC2",
)
N(
    "2024-11-05T09:30:00+07:00",
    "e7.ig",
    "comment",
    "kak acara gathering ini terbuka buat umum gk? aku mau liputan buat tugas kuliah S2 😅",
    on="pS5",
)
N(
    "2024-10-24T20:25:00+07:00",
    "e4.tt",
    "comment",
    "kucingnya jenis apa kak? mirip banget sama kucing aku yg ilang 😭🐈",
    on="pD4",
)
N(
    "2024-01-09T12:15:00+07:00",
    "e6.ig",
    "comment",
    "kemarin pas bapak dateng pasar rame banget sampe ibu2 gk bisa belanja 😅 next time kasih info dulu ya",
    on="pB2",
)
N(
    "2024-11-05T20:02:00+07:00",
    "e10.tt",
    "comment",
    "ini lagu NCT yg dipake ya?? 😭 izin royaltinya aman gk min",
    on="pJ15",
)
N(
    "2024-01-20T17:00:00+07:00",
    "e8.fb",
    "comment",
    "Bang, saluran air di RT 04 yang katanya mau dicek sampai sekarang masih mampet. Ditunggu tindak lanjutnya.",
    on="pL4",
)
N(
    "2024-02-04T18:30:00+07:00",
    "e3.tt",
    "comment",
    "ko, trotoar di video ini deket kantor aku, emang parah sih. tapi itu urusan pemkot kan, bukan DPRD?",
    on="pL1",
)
N(
    "2024-07-15T07:25:00+07:00",
    "e2.ig",
    "comment",
    "Min, donor darahnya mulai jam berapa ya? Syarat umur maksimal berapa?",
    on="pY2",
)
N(
    "2024-10-18T21:50:00+07:00",
    "e1.ig",
    "comment",
    "kak laras, gimana pendapat kakak soal ASN yg ikut kampanye di medsos? nanya serius buat bahan diskusi kantor",
    on="pJ14",
)
N(
    "2024-02-06T08:20:00+07:00",
    "e9.x",
    "reply",
    "pak, sebenernya ASN boleh gk sih komen di akun paslon? nanya serius, takut salah 🙏",
    on="pC4",
)
N(
    "2024-11-15T07:15:00+07:00",
    "e7.th",
    "reply",
    "lebih lega apanya, trotoar depan kosan gue masih dipake parkir motor 😭",
    on="pJ4",
)
N(
    "2024-10-22T14:00:00+07:00",
    "e5.x",
    "quote",
    "'naik kelas' katanya, tapi programnya copas dari kota sebelah 💀 ratio",
    on="pJ8",
)
N(
    "2024-11-09T07:00:00+07:00",
    "e6.fb",
    "comment",
    "Pak Galih, banjir Pamulang tiap tahun. Jangan cuma janji kampanye, buktinya mana?",
    on="pS3",
)
N(
    "2024-10-09T13:40:00+07:00",
    "e4.ig",
    "comment",
    "Bu, insentif nakes puskesmas udah 3 bulan belum cair. Mohon disampaikan ke dinas ya bu 🙏",
    on="pD1",
)
N(
    "2024-10-11T18:35:00+07:00",
    "e8.tt",
    "comment",
    "rambut bang galih pake pomade apa sih 😭 asik bgt klimis gitu",
    on="pS2",
)
N(
    "2024-11-20T07:20:00+07:00",
    "e2.x",
    "reply",
    "rahasia dong, asas LUBER 🤐 yg penting tgl 27 dateng ke TPS",
    on="pF1",
)
N(
    "2024-01-12T21:30:00+07:00",
    "e2.yt",
    "comment",
    "Mohon izin bertanya pak, bagaimana nasib tunjangan profesi guru PPPK ke depannya? Terima kasih 🙏",
    on="pC2",
)
N(
    "2024-10-30T07:10:00+07:00",
    "e5.ig",
    "comment",
    "Innalillahi wa inna ilaihi rajiun. Turut berduka cita ustadz, semoga almarhum husnul khotimah 🤲",
    on="pJ11",
)
N(
    "2024-11-15T10:00:00+07:00",
    "e6.fb",
    "share",
    "Info buat yg hari Minggu lewat Lapangan Banteng, mending cari jalan lain. Bakal ada acara kampanye, pasti macet 🚗",
    on="pJ18",
)
N(
    "2024-01-25T07:30:00+07:00",
    "e9.x",
    "quote",
    "angka ratusan triliun ini dananya dari mana ya? yg ngerti APBN tolong bikin thread dong 🙏",
    on="pB4",
)
N(
    "2024-11-12T08:20:00+07:00",
    "e1.x",
    "quote",
    "survei2 ini kayak fanbase berantem di quote tweet 😭 ujungnya yg nentuin ya TPS",
    on="nw2",
)
N(
    "2024-11-12T19:00:00+07:00",
    "e4.tt",
    "comment",
    "survei beginian gk ngaruh, warga Beji milih sesuai hati aja",
    on="nw4",
)
N(
    "2024-02-15T07:00:00+07:00",
    "e9.x",
    "quote",
    "selamat buat yg unggul sementara, tapi tunggu real count KPU ya guys 🙏 jangan euforia dulu",
    on="nw3",
)
N(
    "2024-02-13T07:30:00+07:00",
    "e2.x",
    "reply",
    "ikutin hati nurani aja bro, pilih yg menurut lo paling jujur 🙏 jangan ikut2an orang",
    on="pF3",
)
N(
    "2024-11-21T10:10:00+07:00",
    "e5.ig",
    "comment",
    "selamat wisuda bro!! dari awal gue yakin lo bakal lulus duluan 🔥☝️ the one and only",
    on="pF4",
)
N(
    "2024-11-14T09:00:00+07:00",
    "e3.x",
    "reply",
    "vote aespa di MAMA sampe jempol kriting 😭 fighting my girls, kita menangin daesang 💙🖤",
    on="kp1",
)
N(
    "2024-01-19T12:00:00+07:00",
    "e10.x",
    "quote",
    "MY ULT 😭 udah streaming 50x, sekarang tinggal vote. carat ayo gas sampe menang 🫶💎",
    on="kp2",
)

# --- own posts: news, schedules, neutrality reminders, KPU socialisation, official duty ------
N(
    "2024-11-01T10:00:00+07:00",
    "e1.x",
    "post",
    "Jangan lupa cek DPT kamu di cekdptonline.kpu.go.id ya warga Jakarta! Rabu 27 November, datang ke TPS 🗳️ #PilkadaDamai #JakartaMemilih",
)
N(
    "2024-01-30T09:00:00+07:00",
    "e1.ig",
    "post",
    "repost dari KPU buat yg belum kenal paslon, biar milihnya informed ya 🫡",
    alt="Infografis KPU berisi foto tiga pasangan calon presiden dan wakil presiden",
    ocr="KENALI PASANGAN CALON PRESIDEN DAN WAKIL PRESIDEN 2024 | 01 ANIES - MUHAIMIN | 02 PRABOWO - GIBRAN | 03 GANJAR - MAHFUD | CEK VISI MISI DI KPU.GO.ID",
)
N(
    "2024-11-10T21:00:00+07:00",
    "e3.th",
    "post",
    "reminder buat sesama ASN: netral itu bukan cuma gk kampanye, tapi juga gk like, gk share, gk komen di akun paslon. stay safe gaes 🙏 #ASNNetral",
)
N(
    "2024-02-14T10:45:00+07:00",
    "e9.x",
    "post",
    "udah nyoblos ✅ jari ungu check 💜 pilihannya? rahasia negara dong wkwk",
)
N(
    "2024-11-27T11:30:00+07:00",
    "e10.tt",
    "post",
    "first time nyoblos pilgub 🥹💜 gk ada yg tau aku milih siapa, cuma aku dan Tuhan",
    alt="Video jari kelingking bertinta ungu di depan bilik suara",
)
N(
    "2024-10-03T16:00:00+07:00",
    "e5.th",
    "post",
    "jadwal debat pilwalkot Depok: 12 Oktober & 2 November, live di YouTube KPU Depok. catet ya 📌",
)
N(
    "2024-11-06T07:30:00+07:00",
    "e7.x",
    "post",
    "recap debat pilkada Tangsel semalem: paslon 1 fokus banjir & transportasi, paslon 2 fokus ekonomi kreatif & UMKM. nonton sendiri, nilai sendiri 🙏",
)
N(
    "2024-11-27T14:00:00+07:00",
    "e8.x",
    "post",
    "dinas pagi di IGD pas hari pencoblosan 🥲 untung TPS deket RS, sempet nyoblos jam 12",
)
N(
    "2024-02-11T21:00:00+07:00",
    "e2.x",
    "post",
    "masa tenang tapi TL gue tetep berisik 😭 tolong lah istirahat dulu dari debat kusir paslon",
)
N(
    "2024-02-15T06:30:00+07:00",
    "e6.fb",
    "post",
    "Hitung cepat sementara: 01 sekitar 25%, 02 sekitar 58%, 03 sekitar 17%. Apapun hasilnya tetap guyub ya warga Bekasi 🤝",
)
N(
    "2024-11-28T09:00:00+07:00",
    "e4.ig",
    "post",
    "Selamat buat yg menang, semoga Depok makin baik 🙏 yg belum menang tetap semangat berkontribusi",
)
N(
    "2024-10-02T22:30:00+07:00",
    "e1.th",
    "post",
    "kantor lagi hectic siapin publikasi debat pilgub, dari pagi sampe malem bikin desain jadwal 😵‍💫 #kerjaanhumas",
)
N(
    "2024-01-20T08:10:00+07:00",
    "e9.ig",
    "post",
    "apel pagi netralitas ASN ✅ stay neutral bestie 🫡",
    alt="Pegawai berbaris di halaman kantor pajak di depan spanduk",
    ocr="ASN NETRAL, PEMILU DAMAI 2024 | BERSAMA KITA JAGA NETRALITAS",
)
N(
    "2024-11-20T15:00:00+07:00",
    "e3.ig",
    "post",
    "Sosialisasi Pilkada di Kelurahan Gunung 🗳️ warga antusias nanya soal pindah memilih",
    alt="Petugas kecamatan memaparkan materi di depan warga",
    ocr="SOSIALISASI PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR DKI JAKARTA 2024 | KPU KOTA ADMINISTRASI JAKARTA SELATAN",
)
N(
    "2024-11-27T20:00:00+07:00",
    "e4.fb",
    "post",
    "Alhamdulillah selesai bertugas di TPS 12 Beji sebagai petugas kesehatan. Semoga Depok aman damai 🙏",
)
N(
    "2024-10-07T18:00:00+07:00",
    "e6.x",
    "post",
    "Bekasi juga butuh transportasi kayak Jakarta. semoga siapapun gubernurnya nanti mau kerja sama ama Pemkot ya 🙏",
)
N(
    "2024-10-30T08:20:00+07:00",
    "e10.x",
    "post",
    "cagub siapapun yg menang, tolong MRT sampe Tangsel 🙏 commuter life is pain",
)
N(
    "2024-11-01T22:00:00+07:00",
    "e7.th",
    "post",
    "jujur debat pilkada Tangsel semalem bikin ngantuk, dua-duanya normatif bgt 😴",
)
N(
    "2024-01-11T23:30:00+07:00",
    "e8.tt",
    "post",
    "gue sebagai perawat IGD: paslon siapapun yg menang, tolong naikin insentif nakes 🙏",
)
N(
    "2024-11-26T19:00:00+07:00",
    "e4.tt",
    "post",
    "masa tenang tapi grup WA keluarga masih ribut soal paslon 🙃 mute dulu ya",
)
N(
    "2024-02-10T21:10:00+07:00",
    "e5.x",
    "post",
    "capek liat TL isinya buzzer 01 02 03 saling serang. ini pemilu apa perang fandom 😭",
)
N(
    "2024-10-20T10:00:00+07:00",
    "e3.th",
    "post",
    "gue gk peduli lo tim 1, 2 atau 3, yg penting jangan saling hujat di kolom komen 🙏 peace ✌️",
)
N(
    "2024-02-04T07:15:00+07:00",
    "e8.x",
    "post",
    "debat capres semalem kayak drakor, plot twist tiap segmen 😂 anyway gue dinas pagi dulu",
)
N(
    "2024-10-18T22:00:00+07:00",
    "e10.tt",
    "post",
    "POV: lo nonton debat pilgub cuma buat liat outfit para cawagub 💅 #debatpilgub",
)
N(
    "2024-01-08T20:30:00+07:00",
    "e2.x",
    "post",
    "murid nanya 'pak, capres favorit bapak siapa?' gue jawab 'favorit bapak itu kalian yg ngerjain PR' 😌 ASN netral dong",
)
N(
    "2024-11-18T16:00:00+07:00",
    "e2.yt",
    "post",
    "Belajar Demokrasi: Simulasi Pemilihan Ketua OSIS SMA 119 Jakarta | Video Pembelajaran PKn Kelas X",
)
N(
    "2024-10-05T15:00:00+07:00",
    "e5.yt",
    "post",
    "Tutorial Cek NIK Terdaftar Sebagai Pemilih Pilwalkot Depok 2024 | Step by Step Lewat HP",
)
N(
    "2024-11-25T09:00:00+07:00",
    "e4.fb",
    "post",
    "Info: TPS 12 Beji pindah ke aula masjid Al-Ikhlas karena lapangan banjir. Tolong disebarkan ya 🙏",
    group="grp_depok.fb",
)
N(
    "2024-02-09T18:00:00+07:00",
    "e6.fb",
    "post",
    "Info lalin: besok Sabtu ada kampanye akbar di beberapa titik Jakarta, yang mau ke Jakarta dari Bekasi mending naik KRL 🚆",
    group="grp_bekasi.fb",
)
N(
    "2024-11-13T11:00:00+07:00",
    "e9.x",
    "post",
    "pengingat dari kantor: tgl 27 November libur nasional pilkada serentak, pelayanan KPP tutup. jangan dateng ya wkwk",
)

# --- other contests, fandom, official duties ---------------------------------------------
N(
    "2024-10-15T09:00:00+07:00",
    "e7.ig",
    "post",
    "Pemilihan Duta Wisata Kota Tangerang Selatan 2024 resmi dibuka! Daftarin diri kamu, bestie 👑 info lengkap di link bio",
)
N(
    "2024-11-03T16:30:00+07:00",
    "e6.ig",
    "post",
    "Final Liga Futsal Pelajar Kota Bekasi hari ini! Dukung tim sekolah kalian sampe juara 🔥⚽ #BekasiJuara",
)
N(
    "2024-11-14T13:20:00+07:00",
    "e2.tt",
    "post",
    "murid2 lagi pemilihan ketua OSIS, kampanyenya niat bgt ada yg bikin jargon 'Paslon 2, OSIS Naik Level' 😭✌️ gemes parah",
)
N(
    "2024-01-22T22:00:00+07:00",
    "e10.x",
    "post",
    "vote NCT DREAM di SMA udah, vote bias di GDA udah, sekarang tinggal 14 Feb 😮‍💨 capek jadi warga negara + fandom",
)
N(
    "2024-10-28T21:00:00+07:00",
    "e1.x",
    "post",
    "'Candy' NCT Dream jadi no 2 di playlist aku bulan ini, gk heran sih 🍭",
)
N(
    "2024-11-24T20:00:00+07:00",
    "e9.ig",
    "post",
    "congrats buat Abang None Jakarta Selatan 2024 yg baru kepilih! 👑 kemarin sempet nonton grand final-nya",
)
N(
    "2024-11-26T12:00:00+07:00",
    "e1.th",
    "post",
    "lomba karaoke HUT kantor, aku dapet nomor urut 2 🎤 doain menang ya 🥹✌️",
)
N(
    "2024-11-19T20:00:00+07:00",
    "e6.fb",
    "post",
    "Pemilihan ketua RT 02 semalem seru juga, calonnya dua orang, yang menang Pak Haji Udin 😂 selamat pak, semoga amanah",
)
N(
    "2024-02-08T23:10:00+07:00",
    "e1.tt",
    "post",
    "ranking bias gue: 1. Jeno 2. Mark 3. Haechan, no debat 😤 #nctdream",
)
N(
    "2024-11-12T21:00:00+07:00",
    "e3.tt",
    "post",
    "dance cover Supernova aespa part 2 🔥 who's ur ult? komen 👇 #kpop #dancecover",
    alt="Video perempuan menari di studio kaca",
)

# --- namesakes, election words, numbers and hand signs in other senses --------------------
N(
    "2024-10-20T22:30:00+07:00",
    "e8.tt",
    "post",
    "nobar bola di basecamp, timnas menang 2-1 🔥⚽ sobat bola mana suaranyaaa",
    alt="Video sekelompok pemuda bersorak di depan layar proyektor",
)
N(
    "2024-11-09T16:00:00+07:00",
    "e3.x",
    "post",
    "Margonda skrg makin asik buat nongkrong, kafe baru tiap minggu ☕ dompet gue yg nangis",
)
N(
    "2024-10-26T15:00:00+07:00",
    "e7.tt",
    "post",
    "gaya anak tangsel ke mall tuh beda, outfit check dulu sebelum ke AEON 💅 #ootd",
)
N(
    "2024-10-16T00:05:00+07:00",
    "e9.x",
    "post",
    "selamat ulang tahun Dimas, sahabat dari SMA! semoga karirnya naik kelas terus, traktiran ditunggu 🎂🥳",
)
N(
    "2024-11-04T14:00:00+07:00",
    "e2.x",
    "post",
    "Bu Ratih, guru BK di sekolah, hari ini pensiun. makasih bu udah sabar ngadepin kami semua 🥲🌷",
)
N(
    "2024-10-22T19:30:00+07:00",
    "e4.ig",
    "post",
    "kenalin anggota baru di rumah: Boni 🐈 hobinya ngejar bola benang",
    alt="Anak kucing oranye bermain bola benang",
)
N(
    "2024-01-15T07:00:00+07:00",
    "e6.x",
    "post",
    "Pak Anis satpam komplek rajin bgt, tiap pagi nyapa sambil nyiram tanaman 👋 orang baik",
)
N(
    "2024-11-02T13:00:00+07:00",
    "e10.ig",
    "post",
    "Laras temen sekantorku sidang tesis hari ini, satu tim support full 💐🎓",
    alt="Beberapa perempuan berfoto bersama membawa buket bunga",
)
N(
    "2024-11-18T10:00:00+07:00",
    "e8.fb",
    "post",
    "Kehilangan kunci motor di parkiran RSUD, gantungan kunci nomor 1 warna biru. Yang nemu tolong japri 🙏",
)
N(
    "2024-01-28T10:00:00+07:00",
    "e9.th",
    "post",
    "juara 3 lomba lari HUT kantor 🏃‍♂️🥉 lumayan lah buat anak pajak yg kerjanya duduk terus",
)
N(
    "2024-01-25T19:00:00+07:00",
    "e5.ig",
    "post",
    "jersey timnas no 3 udah dateng 🔥🇮🇩 siap nobar Piala Asia",
    alt="Jersey merah tim nasional Indonesia bernomor punggung 3 di atas kasur",
)
N(
    "2024-09-30T17:45:00+07:00",
    "e7.ig",
    "post",
    "sunset ancol + peace sign, the classic 🌅✌️",
    alt="Perempuan berpose dua jari dengan latar matahari terbenam di pantai Ancol",
)
N(
    "2024-01-14T09:00:00+07:00",
    "e6.ig",
    "post",
    "gemoy bgt anak gue belajar joget 😂🕺",
    alt="Balita berjoget di ruang tamu",
)
N(
    "2023-12-12T20:00:00+07:00",
    "e1.ig",
    "post",
    "abah aku ulang tahun ke-60 hari ini 🎂 sehat selalu abah, makasih udah jadi cinta pertama aku ❤️",
    alt="Pria paruh baya meniup lilin kue ulang tahun",
)
N(
    "2024-01-24T12:00:00+07:00",
    "e5.th",
    "post",
    "kata orang gue mirip Gibran pas pake kemeja putih 😭 mohon maaf ini bukan kampanye, ini cuma kemeja putih",
)

# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A("J1", "2024-11-20T21:00:00+07:00", "e3.tt", "comment", "🫶🫶🫶", on="pJ2")
A(
    "J1 J2 J3",
    "2024-11-26T08:00:00+07:00",
    "e9.x",
    "post",
    "besok pilih yg kerjanya keliatan aja, bukan yg cuma pinter ngonten 😌 you know who",
)
A("P02", "2023-12-23T09:00:00+07:00", "e8.x", "post", "✌️ 14.02.24 ✌️")
A("P02", "2023-12-24T07:00:00+07:00", "e6.ig", "comment", "Sehat selalu pak 🙏", on="pB1")
A(
    "S2",
    "2024-11-24T10:00:00+07:00",
    "e7.ig",
    "comment",
    "kak dewi cantik bgt 😍 semangat yaa",
    on="pS10",
)
A(
    "D2",
    "2024-11-25T22:00:00+07:00",
    "e1.x",
    "post",
    "jujur iri sama anak Depok, calon walkotnya ada yg seumuran kita dan ngerti internet 😭",
)
A(
    "D2",
    "2024-11-28T08:00:00+07:00",
    "e5.ig",
    "comment",
    "Selamat bang Reza!! Depok REDI 🔥",
    on="pD6",
)
A(
    "S1",
    "2024-10-15T07:30:00+07:00",
    "e8.fb",
    "share",
    "Nah ini yang dari dulu ditunggu warga Pamulang.",
    on="pS4",
)
A("J2", "2024-11-10T05:00:00+07:00", "e2.x", "reply", "Insya Allah bang 🙏", on="pJ12")
A(
    "P03",
    "2024-01-15T20:00:00+07:00",
    "e4.ig",
    "comment",
    "Prof Mahfud idolaku dari jaman kuliah, kalo jadi dosen pasti aku rajin masuk kelas 😍",
    on="pC5",
)

# ============================================================================================
# O: C-like texts naming only candidates, outside every election window
# ============================================================================================

O(
    "P01",
    "2023-06-10T20:00:00+07:00",
    "e1.x",
    "post",
    "Anies tuh kalo jadi presiden pasti cara mimpin Jakarta dibawa ke nasional. ngestan dari dulu 🤍 #AniesForPresident",
)
O(
    "P02",
    "2024-06-15T21:00:00+07:00",
    "e10.tt",
    "post",
    "edit Prabowo–Gibran versi debut K-pop, 'Gemoy Era' 🫶 masih gk nyangka menang",
    alt="Video edit bergaya teaser K-pop dengan foto Prabowo dan Gibran",
)
O(
    "J2",
    "2024-07-20T18:00:00+07:00",
    "e3.ig",
    "comment",
    "bang dimas maju gubernur dong plis, aku stan garis keras 😭🙏",
    on="pJ13",
)
O(
    "J3",
    "2024-08-01T21:00:00+07:00",
    "e9.th",
    "post",
    "Boni–Laras kalo beneran dipasangin bakal jadi duo paling iconic di Jakarta 🔥 ngestan duluan",
)
O(
    "D2",
    "2025-03-12T19:00:00+07:00",
    "e5.x",
    "post",
    "masih belum move on dari era kampanye Reza–Annisa 😭 the best paslon Depok ever",
)
O(
    "S2",
    "2025-02-20T20:00:00+07:00",
    "e7.tt",
    "comment",
    "Ferry–Dewi my ult forever, kalian keren bgt 🫶 semangat kerjanya",
    on="pS8",
)
O(
    "P03",
    "2023-05-20T20:00:00+07:00",
    "e9.x",
    "post",
    "Ganjar tuh capres idaman kalo beneran maju, rambut putihnya aja udah iconic 🔥 dukung!",
)
O(
    "D1",
    "2024-06-25T07:00:00+07:00",
    "e4.ig",
    "comment",
    "Pak Arif maju walkot aja pak, warga Beji pasti dukung 💪",
    on="pD3",
)
O(
    "J1",
    "2025-04-02T22:00:00+07:00",
    "e2.x",
    "post",
    "Hendra–Ratih tuh sebenernya paling cocok buat Jakarta, sayang banget 🥲 still my favorite duo",
)
O(
    "S1",
    "2024-07-10T19:00:00+07:00",
    "e6.fb",
    "post",
    "Galih Saputra cocok jadi walkot Tangsel, anak muda gaul tapi kerja nyata 👍 dukung terus bang",
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
        return str(1_800_000_000_000_000_000 + n * 7_919_113)
    if plat == "fb":
        return str(122_100_000_000_000 + n * 9_173)
    if plat == "ig":
        return f"C{n:04d}xJks{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzJks{n:05d}Kw"
    return f"DA{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vJks{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Jk"
    return (
        str(1_750_000_000_000_000_000 + n * 104_729)
        if plat in ("x", "tt")
        else str(120_500_000_000_000 + n)
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
        kind = "video" if (item.alt or "").startswith("Video") else "image"
        image = {
            "kind": kind,
            "url": f"https://cdn.example.org/media/{item.key.lower()}.{'mp4' if kind == 'video' else 'jpg'}",
            "sha256": f"{n:064x}",
        }
        if item.alt:
            image["alt_text"] = item.alt
        if item.ocr:
            image["ocr_text"] = item.ocr
        media.append(image)
    assert item.action in ("post", "comment", "reply", "share", "quote"), item.key
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
        "name: Probe political.campaign – Jakarta, Depok, Bekasi, Tangsel, Gen-Z code-mixing\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-jaksel-genz-") as tmp:
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
