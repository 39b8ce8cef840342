# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: the incumbent who runs again (petahana).

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* Kabupaten Lumajang (Jawa Timur, region 35.08), real place, invented people.  An invented
  Pilbup Lumajang 2024: pair 1 is the sitting regent H. Bambang Suryo Atmojo ("Abah Bambang")
  running for a second term with a new deputy, Dr. Nur Aini Rahmawati ("BARA", slogan
  "Lanjutkan Lumajang Maju", hashtags #BARALanjut / #BaraJilid2, Tim Pemenangan BARA,
  volunteers "Sedulur BARA"; backed by Gerindra, PKB, Golkar).  Pair 2 is the former deputy
  regent Drs. Wahyu Hidayat (the pair split, "pecah kongsi") with H. Rudi Santoso ("WARU",
  "Lumajang Berubah, Rakyat Sejahtera", #SaatnyaWARU, volunteers "Kawan WARU"; PDI-P, NasDem,
  PKS).  Ballot numbers are drawn on 23 Sep 2024.
* During the campaign (25 Sep - 23 Nov 2024) the regent is on campaign leave and an acting
  regent, Pjs. Bupati Dr. Ir. Heru Prasetyo, M.Si. (a provincial official, not standing),
  runs the regency.  He is the ``official`` target.  The spec defines ``official`` as "an
  office-holder who is not standing", so the incumbent himself is NOT listed as ``official``:
  he is a ``candidate`` for the whole neutrality window, also while he is still in office
  during the candidacy stage (27 Aug - 24 Sep).  The regency's institutional accounts
  (Pemkab, Prokopim, the ``@bupati_lumajang`` office account, Diskominfo) are ordinary
  non-target accounts.  President Joko Widodo is an ``official`` target for the 2024
  presidential window (the national analogue: an outgoing office-holder whose programmes
  pair 02 promised to "continue").
* The real 2024 presidential pairs with their real ballot numbers (texts invented) and eight
  real national parties (parties are political at any time).
* Fourteen invented civil servants of Lumajang (Prokopim/Humas, Diskominfo, a camat, a lurah,
  teachers incl. one PPPK, a midwife, a nurse, Satpol PP, public works, social affairs, the
  personnel agency, and a Kemenag religious counsellor) with declared accounts on X,
  Facebook, Instagram, TikTok, YouTube and Threads.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaign for / show support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may
  name (aliases ``@1``, ``@2`` expand to the whole pair incl. team and volunteers).
  Negative campaigning ("cukup satu periode, ganti bupati") is C for the rival and may also
  name the attacked pair.
* ``N``: close but not campaigning: duty reporting of the regent's activities written
  neutrally (inaugurations, aid, ceremonies), announcements of the campaign leave and of the
  acting regent, praise of the acting regent or of President Jokowi's programmes (officials
  not standing), ASN-neutrality circulars, KPU/Bawaslu news, complaints, questions, turnout
  calls, Satpol PP removing campaign props, condolences, words in other senses ("bara api",
  "dua periode anggaran", "lanjutkan vaksinasi", "juara 1"), and posts about the regent's
  work before the window.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside
  every election window; they should not be flagged as ``political.campaign``.

How praise of the incumbent's programmes inside the window is labelled
------------------------------------------------------------------------
The incumbent's record is public business, and civil servants report it as their job.
Inside the Pilkada window:
* A neutral factual report of what the regent (or, during the leave, the acting regent) did,
  without any electoral hook, is ``N`` -- even when written warmly in official style.
* Praise of the incumbent or his programmes tied to the contest -- "lanjutkan", "dua
  periode", "tuntaskan", the slogan, hashtag, acronym, ballot number or one-finger sign, "jangan
  lupa siapa yang bangun", "ingat 27 November", "balas budi", "yang sudah terbukti, pilih
  lagi" -- is ``C`` for pair 1.
* Plain personal gratitude for a programme, naming the regent but with no electoral hook
  and not during an event of his campaign, is ``A`` (reported, not scored): an observer
  could read it as either thanks or soft campaigning.
* Words like "lanjutkan" or "tuntaskan" about a government programme without reference to
  the person or the election ("lanjutkan vaksinasi") are ``N``.
The same rules apply to President Jokowi in the presidential window ("lanjutkan" with 02 is
C for 02; thanks to Jokowi for a toll road is N).

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_petahana.py [--show] [--keep DIR]

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

# ============================================================================================
# The world
# ============================================================================================

AGENCIES = [
    ("PEMKAB-LMJ", "Pemerintah Kabupaten Lumajang", "", "35.08"),
    ("SETDA-LMJ", "Sekretariat Daerah Kabupaten Lumajang", "PEMKAB-LMJ", "35.08"),
    ("KOMINFO-LMJ", "Dinas Komunikasi dan Informatika Kabupaten Lumajang", "PEMKAB-LMJ", "35.08"),
    ("KEC-TEMPEH", "Kecamatan Tempeh", "PEMKAB-LMJ", "35.08"),
    ("KEC-LUMAJANG", "Kecamatan Lumajang", "PEMKAB-LMJ", "35.08"),
    ("DISDIK-LMJ", "Dinas Pendidikan Kabupaten Lumajang", "PEMKAB-LMJ", "35.08"),
    ("DINKES-LMJ", "Dinas Kesehatan Kabupaten Lumajang", "PEMKAB-LMJ", "35.08"),
    ("RSUD-LMJ", "RSUD dr. Haryoto Lumajang", "DINKES-LMJ", "35.08"),
    ("SATPOLPP-LMJ", "Satuan Polisi Pamong Praja Kabupaten Lumajang", "PEMKAB-LMJ", "35.08"),
    (
        "DPUPR-LMJ",
        "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Lumajang",
        "PEMKAB-LMJ",
        "35.08",
    ),
    ("DINSOS-LMJ", "Dinas Sosial Kabupaten Lumajang", "PEMKAB-LMJ", "35.08"),
    (
        "BKPSDM-LMJ",
        "Badan Kepegawaian dan Pengembangan SDM Kabupaten Lumajang",
        "PEMKAB-LMJ",
        "35.08",
    ),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KANKEMENAG-LMJ", "Kantor Kementerian Agama Kabupaten Lumajang", "KEMENAG", "35.08"),
]

# key -> (nip, name, agency_code, unit, position, employment_type, region_code)
EMPLOYEES = {
    "dimas": (
        "198803142011011004",
        "Dimas Adi Nugroho, S.I.Kom.",
        "SETDA-LMJ",
        "Bagian Protokol dan Komunikasi Pimpinan",
        "Pranata Hubungan Masyarakat Ahli Muda",
        "PNS",
        "35.08",
    ),
    "rina": (
        "199207212019032011",
        "Rina Puspitasari, S.Kom.",
        "KOMINFO-LMJ",
        "Bidang Informasi dan Komunikasi Publik",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "35.08",
    ),
    "slamet": (
        "197005191994031006",
        "Drs. H. Slamet Hariyadi, M.Si.",
        "KEC-TEMPEH",
        "Kecamatan Tempeh",
        "Camat",
        "PNS",
        "35.08",
    ),
    "agus": (
        "198611022008011003",
        "Agus Prasetyo, S.STP.",
        "KEC-LUMAJANG",
        "Kelurahan Citrodiwangsan",
        "Lurah",
        "PNS",
        "35.08",
    ),
    "maimunah": (
        "197808252005012009",
        "Hj. Siti Maimunah, S.Pd.",
        "DISDIK-LMJ",
        "SDN Sukodono 03",
        "Guru Ahli Madya",
        "PNS",
        "35.08",
    ),
    "eko": (
        "197512122000121002",
        "Eko Wahyudi, S.Pd., M.Pd.",
        "DISDIK-LMJ",
        "SMPN 2 Pasirian",
        "Kepala Sekolah",
        "PNS",
        "35.08",
    ),
    "lestari": (
        "199004162014022003",
        "Bd. Lestari Wulandari, S.Tr.Keb.",
        "DINKES-LMJ",
        "UPTD Puskesmas Senduro",
        "Bidan Ahli Pertama",
        "PNS",
        "35.08",
    ),
    "fajar": (
        "199301302019031005",
        "Ns. Fajar Ramadhan, S.Kep.",
        "RSUD-LMJ",
        "Instalasi Rawat Inap",
        "Perawat Ahli Pertama",
        "PNS",
        "35.08",
    ),
    "yudi": (
        "198502272009011002",
        "Yudi Kurniawan",
        "SATPOLPP-LMJ",
        "Bidang Penegakan Perda",
        "Polisi Pamong Praja Terampil",
        "PNS",
        "35.08",
    ),
    "hendra": (
        "197609081999031004",
        "Ir. Hendra Gunawan, M.T.",
        "DPUPR-LMJ",
        "Bidang Bina Marga",
        "Kepala Bidang",
        "PNS",
        "35.08",
    ),
    "dewi": (
        "198907112015032007",
        "Dewi Anggraini, S.E.",
        "DINSOS-LMJ",
        "Bidang Perlindungan dan Jaminan Sosial",
        "Penyuluh Sosial Ahli Pertama",
        "PNS",
        "35.08",
    ),
    "endang": (
        "197204171997032005",
        "Dra. Endang Sulistyowati, M.M.",
        "BKPSDM-LMJ",
        "Bidang Pembinaan dan Kesejahteraan Pegawai",
        "Kepala Subbidang Disiplin",
        "PNS",
        "35.08",
    ),
    "anam": (
        "198106052006041008",
        "Muhammad Khoirul Anam, S.Ag.",
        "KANKEMENAG-LMJ",
        "Seksi Bimas Islam",
        "Penyuluh Agama Islam Ahli Muda",
        "PNS",
        "35.08",
    ),
    "hidayah": (
        "199107232023012001",
        "Nur Hidayah, S.Pd.",
        "DISDIK-LMJ",
        "SDN Tempeh Lor 02",
        "Guru Ahli Pertama",
        "PPPK",
        "35.08",
    ),
}

# "employee.platform" -> (platform, handle, user_id, display_name, bio, location)
EMP_ACCOUNTS = {
    "dimas.ig": (
        "ig",
        "dimas.adinugroho",
        "4821007731",
        "Dimas Adi N",
        "Humas | kopi | motret | Lumajang",
        "Lumajang, Jawa Timur",
    ),
    "dimas.fb": (
        "fb",
        "dimas.nugroho.lmj",
        "100041552870114",
        "Dimas Adi Nugroho",
        "Prokopim Setda Lumajang. Akun pribadi.",
        "Lumajang",
    ),
    "rina.x": (
        "x",
        "rinapuspita_",
        "1288870155410021",
        "rina 🌸",
        "pranata komputer. opini pribadi",
        "Lumajang",
    ),
    "rina.tt": (
        "tt",
        "rinapuspita.lmj",
        "6991254417720031",
        "Rina Puspita",
        "kerja di kominfo, healing di B29",
        "Lumajang",
    ),
    "slamet.fb": (
        "fb",
        "slamet.hariyadi.5",
        "100008812345671",
        "Slamet Hariyadi",
        "Camat Tempeh | Ngayomi warga",
        "Tempeh, Lumajang",
    ),
    "agus.fb": (
        "fb",
        "agus.prasetyo.citro",
        "100052210987113",
        "Agus Lurah Citro",
        "Lurah Citrodiwangsan",
        "Lumajang",
    ),
    "agus.ig": (
        "ig",
        "aguspras_stp",
        "5123398811",
        "Agus Prasetyo",
        "IPDN angk. XVIII | Lurah",
        "Lumajang",
    ),
    "maimunah.fb": (
        "fb",
        "bu.maimunah.sukodono",
        "100023345612009",
        "Bu Maimunah",
        "Guru SD, ibu 3 anak",
        "Sukodono, Lumajang",
    ),
    "maimunah.tt": (
        "tt",
        "bumaimunah78",
        "7012345987600112",
        "Bu Mun",
        "guru sd & tukang masak",
        "Lumajang",
    ),
    "eko.fb": (
        "fb",
        "eko.wahyudi.pasirian",
        "100019988776651",
        "Eko Wahyudi",
        "Kepala SMPN 2 Pasirian",
        "Pasirian",
    ),
    "eko.x": (
        "x",
        "ekowahyudi_mpd",
        "1450098123456789",
        "Eko Wahyudi",
        "Pendidik. Tweets are my own.",
        "Lumajang",
    ),
    "lestari.ig": (
        "ig",
        "bidan.lestari",
        "6012277834",
        "Bidan Lestari 🤱",
        "Bidan desa Puskesmas Senduro",
        "Senduro",
    ),
    "lestari.fb": (
        "fb",
        "lestari.wulandari.bd",
        "100077123409876",
        "Lestari Wulandari",
        "",
        "Senduro, Lumajang",
    ),
    "fajar.x": (
        "x",
        "fajar_ns",
        "1522334455667788",
        "Fajar Ns.",
        "perawat | rsud | capek tapi ikhlas",
        "Lumajang",
    ),
    "fajar.th": ("th", "fajar_ns", "63011223344", "Fajar Ns.", "perawat", "Lumajang"),
    "yudi.tt": (
        "tt",
        "yudi_satpolpp",
        "6881122334455001",
        "Yudi Satpol",
        "Satpol PP Lumajang 💂",
        "Lumajang",
    ),
    "yudi.fb": ("fb", "yudi.kurniawan.pp", "100034455667712", "Yudi Kurniawan", "", "Lumajang"),
    "hendra.fb": (
        "fb",
        "hendra.gunawan.mt",
        "100011223344551",
        "Hendra Gunawan",
        "Bina Marga DPUPR Lumajang",
        "Lumajang",
    ),
    "dewi.fb": (
        "fb",
        "dewi.anggraini.dinsos",
        "100044556677881",
        "Dewi Anggraini",
        "Dinsos Lumajang",
        "Lumajang",
    ),
    "dewi.ig": ("ig", "dewianggr_", "4990011223", "Dewi A.", "social worker", "Lumajang"),
    "endang.x": (
        "x",
        "endangsulis_bkpsdm",
        "1201122334455661",
        "Endang Sulistyowati",
        "BKPSDM Lumajang",
        "Lumajang",
    ),
    "endang.fb": (
        "fb",
        "endang.sulistyowati.72",
        "100009876543219",
        "Endang Sulistyowati",
        "",
        "Lumajang",
    ),
    "anam.fb": (
        "fb",
        "ustaz.khoirul.anam",
        "100015544332211",
        "Ustaz Khoirul Anam",
        "Penyuluh Agama KUA Yosowilangun",
        "Lumajang",
    ),
    "anam.yt": (
        "yt",
        "KhoirulAnamLmj",
        "UCk9Anam2021Lmj0001",
        "Khoirul Anam Channel",
        "kajian & keseharian",
        "Lumajang",
    ),
    "hidayah.fb": (
        "fb",
        "nur.hidayah.tempeh",
        "100088990011227",
        "Nur Hidayah",
        "Guru PPPK 2023 💙",
        "Tempeh",
    ),
}

PEMILU_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-14", "2024-03-20"),
    ("result", "2024-03-20", "2024-04-22"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-27", "2024-12-06"),
    ("result", "2024-12-07", "2024-12-20"),
]
ELECTIONS = [
    (
        "PILPRES-2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PEMILU_STAGES,
    ),
    (
        "PILBUP-LMJ-2024",
        "Pemilihan Bupati dan Wakil Bupati Lumajang 2024",
        "regional_head",
        "35.08",
        PILKADA_STAGES,
    ),
]

# target_id -> (name, kind, election_id, ballot_number, party)
TARGETS = {
    "LMJ1B": (
        "H. Bambang Suryo Atmojo, S.E., M.M.",
        "candidate",
        "PILBUP-LMJ-2024",
        "1",
        "Gerindra, PKB, Golkar",
    ),
    "LMJ1N": (
        "Dr. Nur Aini Rahmawati, M.Pd.",
        "candidate",
        "PILBUP-LMJ-2024",
        "1",
        "Gerindra, PKB, Golkar",
    ),
    "TIM1": ("Tim Pemenangan BARA", "campaign_team", "PILBUP-LMJ-2024", "1", ""),
    "REL1": ("Relawan Sedulur BARA", "campaign_team", "PILBUP-LMJ-2024", "1", ""),
    "LMJ2W": (
        "Drs. Wahyu Hidayat, M.Si.",
        "candidate",
        "PILBUP-LMJ-2024",
        "2",
        "PDI-P, NasDem, PKS",
    ),
    "LMJ2R": ("H. Rudi Santoso, S.H.", "candidate", "PILBUP-LMJ-2024", "2", "PDI-P, NasDem, PKS"),
    "TIM2": ("Tim Pemenangan WARU", "campaign_team", "PILBUP-LMJ-2024", "2", ""),
    "REL2": ("Relawan Kawan WARU", "campaign_team", "PILBUP-LMJ-2024", "2", ""),
    "PJS": ("Dr. Ir. Heru Prasetyo, M.Si. (Pjs. Bupati Lumajang)", "official", "", "", ""),
    "JOKOWI": ("Ir. H. Joko Widodo (Presiden RI)", "official", "", "", ""),
    "P01A": ("Anies Rasyid Baswedan", "candidate", "PILPRES-2024", "1", "NasDem, PKB, PKS"),
    "P01B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES-2024", "1", "NasDem, PKB, PKS"),
    "P02A": (
        "Prabowo Subianto",
        "candidate",
        "PILPRES-2024",
        "2",
        "Gerindra, Golkar, PAN, Demokrat",
    ),
    "P02B": (
        "Gibran Rakabuming Raka",
        "candidate",
        "PILPRES-2024",
        "2",
        "Gerindra, Golkar, PAN, Demokrat",
    ),
    "P03A": ("Ganjar Pranowo", "candidate", "PILPRES-2024", "3", "PDI-P, PPP, Hanura, Perindo"),
    "P03B": ("Mohammad Mahfud MD", "candidate", "PILPRES-2024", "3", "PDI-P, PPP, Hanura, Perindo"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", ""),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", ""),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", ""),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", ""),
    "NASDEM": ("Partai NasDem", "party", "", "5", ""),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", ""),
    "PAN": ("Partai Amanat Nasional (PAN)", "party", "", "12", ""),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", ""),
}

# label aliases: a pair with its team and volunteers
ALIASES = {
    "@1": ("LMJ1B", "LMJ1N", "TIM1", "REL1"),
    "@2": ("LMJ2W", "LMJ2R", "TIM2", "REL2"),
    "@01": ("P01A", "P01B"),
    "@02": ("P02A", "P02B"),
    "@03": ("P03A", "P03B"),
}

# "target.platform" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "LMJ1B.ig": ("abahbambang.lmj", "5588120001", "Abah Bambang"),
    "LMJ1B.fb": ("BambangSuryoAtmojoOfficial", "100070000111001", "H. Bambang Suryo Atmojo"),
    "LMJ1B.tt": ("abahbambang_official", "7100000000111001", "Abah Bambang"),
    "LMJ1N.ig": ("nuraini.rahmawati", "5588120002", "Dr. Nur Aini Rahmawati"),
    "TIM1.fb": ("TimPemenanganBARA", "100070000111003", "Tim Pemenangan BARA"),
    "REL1.fb": ("SedulurBARA", "100070000111004", "Sedulur BARA Lumajang"),
    "REL1.tt": ("sedulur.bara", "7100000000111004", "Sedulur BARA"),
    "LMJ2W.ig": ("wahyuhidayat_lmj", "5588120005", "Wahyu Hidayat"),
    "LMJ2W.fb": ("WahyuHidayatLumajang", "100070000111005", "Drs. Wahyu Hidayat"),
    "LMJ2R.fb": ("RudiSantosoSH", "100070000111006", "H. Rudi Santoso"),
    "TIM2.ig": ("kawanwaru.official", "5588120007", "Kawan WARU"),
    "REL2.fb": ("KawanWARU", "100070000111008", "Relawan Kawan WARU"),
    "PJS.ig": ("heruprasetyo.official", "5588120009", "Heru Prasetyo"),
    "JOKOWI.x": ("jokowi", "366987179", "Joko Widodo"),
    "P01A.x": ("aniesbaswedan", "77880001", "Anies Baswedan"),
    "P02A.x": ("prabowo", "77880002", "Prabowo Subianto"),
    "P02B.x": ("gibran_tweet", "77880003", "Gibran Rakabuming"),
    "P03A.x": ("ganjarpranowo", "77880004", "Ganjar Pranowo"),
    "P02A.ig": ("prabowo", "7788000201", "Prabowo Subianto"),
    "P03A.ig": ("ganjar_pranowo", "7788000401", "Ganjar Pranowo"),
}

KEYWORDS = [
    ("LMJ1B", "Abah Bambang"),
    ("LMJ1B", "BARA"),
    ("LMJ1B", "#BARALanjut"),
    ("LMJ1B", "#BaraJilid2"),
    ("LMJ1B", "Lanjutkan Lumajang Maju"),
    ("LMJ1N", "Bu Nur Aini"),
    ("TIM1", "Tim Pemenangan BARA"),
    ("REL1", "Sedulur BARA"),
    ("LMJ2W", "WARU"),
    ("LMJ2W", "#SaatnyaWARU"),
    ("LMJ2W", "Lumajang Berubah"),
    ("LMJ2R", "Abah Rudi"),
    ("REL2", "Kawan WARU"),
    ("P01A", "AMIN"),
    ("P01A", "#AMINAjaDulu"),
    ("P01A", "Perubahan"),
    ("P02A", "Prabowo-Gibran"),
    ("P02A", "#02Melanjutkan"),
    ("P02A", "Gemoy"),
    ("P03A", "Ganjar-Mahfud"),
    ("P03A", "Sat set tas tes"),
    ("P03A", "#GanjarMahfud2024"),
]

# key -> (platform, handle, user_id, display_name); groups are Facebook groups
OTHER_ACCOUNTS = {
    "pemkab.ig": ("ig", "pemkablumajang", "4400112201", "Pemkab Lumajang"),
    "bupati.ig": ("ig", "bupati_lumajang", "4400112202", "Bupati Lumajang"),
    "prokopim.fb": ("fb", "ProkopimLumajang", "100060001122001", "Prokopim Setda Lumajang"),
    "kominfo.x": ("x", "kominfolmj", "1100220033", "Diskominfo Lumajang"),
    "kpu.ig": ("ig", "kpu_lumajang", "4400112203", "KPU Kabupaten Lumajang"),
    "bawaslu.fb": ("fb", "BawasluLumajang", "100060001122002", "Bawaslu Kabupaten Lumajang"),
    "news.fb": ("fb", "LumajangTerkini", "100060001122003", "Lumajang Terkini"),
    "news.x": ("x", "lumajangtoday", "1100220034", "Lumajang Today"),
    "tv.yt": ("yt", "LumajangTV", "UCLmjTV000000000001", "Lumajang TV"),
    "warga.x": ("x", "arek_lmj", "1100220035", "arek lumajang"),
    "warga.tt": ("tt", "cakdul.lmj", "6900000000220036", "Cak Dul"),
    "grp.info": ("fb", "groups/infolumajangraya", "200060001122101", "Info Lumajang Raya (ILR)"),
    "grp.guru": ("fb", "groups/forumgurulumajang", "200060001122102", "Forum Guru Lumajang"),
    "grp.tempeh": ("fb", "groups/wargatempehbersatu", "200060001122103", "Warga Tempeh Bersatu"),
}

# key -> (author account key, when, text) of the posts that events answer or share
PARENTS = {
    "bara_deklarasi": (
        "LMJ1B.ig",
        "2024-08-28 19:00",
        "Bismillah. Bersama Dr. Nur Aini Rahmawati kami resmi mendaftar ke KPU Lumajang. Lanjutkan Lumajang Maju! #BaraJilid2",
    ),
    "bara_nomor": (
        "LMJ1B.fb",
        "2024-09-23 16:00",
        "Alhamdulillah, BARA mendapat nomor urut 1. Satu putaran, satu tujuan: Lanjutkan Lumajang Maju!",
    ),
    "bara_kampanye": (
        "LMJ1B.ig",
        "2024-10-06 09:00",
        "Kampanye dialogis di Pasar Baru Lumajang. Terima kasih para pedagang atas doa dan dukungannya. #BARALanjut",
    ),
    "bara_jalan": (
        "LMJ1B.tt",
        "2024-10-14 18:00",
        "5 tahun: 312 km jalan kabupaten diperbaiki. Kerja belum selesai. Tuntaskan bersama BARA, coblos nomor 1!",
    ),
    "bara_akbar": (
        "TIM1.fb",
        "2024-11-17 08:00",
        "Kampanye akbar BARA hari ini di Alun-alun Lumajang mulai pukul 13.00. Ayo hadir, Sedulur!",
    ),
    "bara_debat": (
        "LMJ1N.ig",
        "2024-10-30 21:00",
        "Terima kasih warga Lumajang yang menonton debat pertama. Pendidikan gratis dan layanan kesehatan 24 jam akan kami lanjutkan.",
    ),
    "sedulur_tt": (
        "REL1.tt",
        "2024-10-20 20:00",
        "Challenge satu jari bareng Sedulur BARA! Tag temanmu ☝️ #BARALanjut",
    ),
    "sedulur_fb": (
        "REL1.fb",
        "2024-11-02 10:00",
        "Sedulur BARA Kecamatan Tempeh konsolidasi hari ini. Target menang 70%!",
    ),
    "waru_daftar": (
        "LMJ2W.ig",
        "2024-08-29 15:00",
        "Hari ini kami mendaftar. Lumajang Berubah, Rakyat Sejahtera. #SaatnyaWARU",
    ),
    "waru_kampanye": (
        "LMJ2W.fb",
        "2024-10-09 10:00",
        "Blusukan di Pasirian: jalan rusak, irigasi mati. Ini yang akan kami benahi. Coblos nomor 2!",
    ),
    "waru_ibu": (
        "LMJ2W.fb",
        "2024-10-22 07:00",
        "Innalillahi wa inna ilaihi rajiun. Telah berpulang ibunda kami tercinta, Hj. Siti Aminah. Mohon dimaafkan segala kesalahan beliau.",
    ),
    "rudi_fb": (
        "LMJ2R.fb",
        "2024-11-05 19:00",
        "Petani Lumajang butuh pupuk yang tidak langka. WARU siap membenahi tata niaga pupuk.",
    ),
    "kawanwaru": (
        "TIM2.ig",
        "2024-11-10 12:00",
        "Kawan WARU tumpah ruah di Yosowilangun! Saatnya berubah, saatnya nomor 2 ✌️",
    ),
    "pjs_upacara": (
        "PJS.ig",
        "2024-10-28 10:00",
        "Memimpin upacara peringatan Hari Sumpah Pemuda ke-96 di halaman Pendopo Arya Wiraraja.",
    ),
    "pjs_netral": (
        "PJS.ig",
        "2024-10-01 09:00",
        "Saya minta seluruh ASN Pemkab Lumajang menjaga netralitas dalam Pilkada 2024. Tidak ada toleransi.",
    ),
    "bupati_jembatan": (
        "bupati.ig",
        "2024-09-10 14:00",
        "Peresmian Jembatan Kali Regoyo, Desa Sumberwuluh. Semoga memperlancar aktivitas warga.",
    ),
    "bupati_cuti": (
        "bupati.ig",
        "2024-09-24 17:00",
        "Mulai 25 September 2024 saya menjalani cuti di luar tanggungan negara. Terima kasih seluruh ASN atas kerja samanya.",
    ),
    "pemkab_bansos": (
        "pemkab.ig",
        "2024-09-05 11:00",
        "Penyaluran bantuan sosial beras 10 kg bagi 42.000 KPM di Kecamatan Tempeh dan Pasirian.",
    ),
    "pemkab_ppk": (
        "pemkab.ig",
        "2024-09-18 09:00",
        "Penyerahan SK PPPK guru formasi 2023 oleh Bupati Lumajang di GOR Wira Bhakti.",
    ),
    "kpu_nomor": (
        "kpu.ig",
        "2024-09-23 14:00",
        "Hasil pengundian nomor urut Pilbup Lumajang 2024: nomor 1 Bambang-Nur Aini, nomor 2 Wahyu-Rudi.",
    ),
    "kpu_debat": (
        "kpu.ig",
        "2024-10-28 12:00",
        "Debat publik pertama paslon Bupati dan Wakil Bupati Lumajang, Rabu 30 Oktober 2024 pukul 19.00 WIB.",
    ),
    "kpu_hasil": (
        "kpu.ig",
        "2024-12-08 15:00",
        "KPU Lumajang menetapkan pasangan calon terpilih Pilbup Lumajang 2024 nomor urut 1.",
    ),
    "bawaslu_apk": (
        "bawaslu.fb",
        "2024-10-15 08:00",
        "Bawaslu bersama Satpol PP menertibkan 230 APK yang melanggar aturan pemasangan.",
    ),
    "news_survei": (
        "news.fb",
        "2024-11-12 09:00",
        "Survei terbaru: elektabilitas Bambang-Nur Aini 51,2%, Wahyu-Rudi 38,7%, belum menentukan 10,1%.",
    ),
    "news_jalan": (
        "news.fb",
        "2024-10-25 13:00",
        "Warga Desa Bades keluhkan jalan berlubang di jalur Pasirian-Bades yang tak kunjung diperbaiki.",
    ),
    "news_x": (
        "news.x",
        "2024-10-18 10:00",
        "Petahana vs mantan wakil: duel sengit Pilbup Lumajang 2024. Siapa unggul?",
    ),
    "warga_x": (
        "warga.x",
        "2024-11-01 20:00",
        "jujur bingung milih bupati. ada yg bisa kasih pencerahan?",
    ),
    "warga_tt": (
        "warga.tt",
        "2024-10-11 19:00",
        "Cek jalan Lumajang-Senduro sekarang, mulus rek! Siapa yang bangun hayo?",
    ),
    "tv_debat": ("tv.yt", "2024-10-30 19:00", "LIVE Debat Publik Pertama Pilbup Lumajang 2024"),
    "tv_kampanye": (
        "tv.yt",
        "2024-11-17 15:00",
        "Kampanye Akbar Paslon 1 BARA di Alun-alun Lumajang",
    ),
    "kominfo_x": (
        "kominfo.x",
        "2024-10-02 08:00",
        "Pjs. Bupati Lumajang Heru Prasetyo meninjau pelayanan Mal Pelayanan Publik.",
    ),
    "prokopim_fb": (
        "prokopim.fb",
        "2024-09-12 13:00",
        "Bupati Lumajang menyerahkan 150 kursi roda bagi penyandang disabilitas dalam peringatan Hari Disabilitas Daerah.",
    ),
    "prabowo_x": (
        "P02A.x",
        "2024-01-20 19:00",
        "Terima kasih rakyat Jawa Timur! Kita lanjutkan pembangunan. Indonesia Maju!",
    ),
    "gibran_x": (
        "P02B.x",
        "2024-01-22 20:00",
        "Makan siang dan susu gratis untuk anak-anak Indonesia.",
    ),
    "anies_x": (
        "P01A.x",
        "2024-01-25 19:00",
        "Perubahan itu mungkin. Terima kasih Jember dan Lumajang!",
    ),
    "ganjar_x": (
        "P03A.x",
        "2024-01-27 18:00",
        "Sat set! Petani Lumajang butuh KTP sakti untuk pupuk.",
    ),
    "ganjar_ig": ("P03A.ig", "2024-02-02 17:00", "Hari ini di Lumajang. Matur nuwun sanget!"),
    "prabowo_ig": ("P02A.ig", "2024-02-08 17:00", "Kampanye akbar di GBK. Terima kasih!"),
    "jokowi_x": (
        "JOKOWI.x",
        "2024-01-10 10:00",
        "Meresmikan jalan tol Pasuruan-Probolinggo seksi 4. Konektivitas Jawa Timur makin baik.",
    ),
}

# ============================================================================================
# Labelled events
# ============================================================================================


@dataclass
class Item:
    key: str
    label: str
    targets: tuple[str, ...]
    when: str
    acct: str
    action: str
    text: str | None
    on: str | None = None
    group: str | None = None
    alt: str | None = None
    ocr: str | None = None


ITEMS: list[Item] = []
_COUNTERS = {"C": 0, "N": 0, "A": 0, "O": 0}


def _expand(targets: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in targets.split():
        for t in ALIASES.get(tok, (tok,)):
            if t not in out:
                out.append(t)
    return tuple(out)


def _ts(when: str) -> str:
    """'2024-10-03 08:15' -> ISO with +07:00; a value already in ISO form is kept as is."""
    if "T" in when:
        return when
    return when.replace(" ", "T") + ":00" + TZ


def _add(label: str, targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _COUNTERS[label] += 1
    key = f"{label}{_COUNTERS[label]:03d}"
    ITEMS.append(Item(key, label, _expand(targets), _ts(when), acct, action, text, **kw))


def C(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("C", targets, when, acct, action, text, **kw)


def N(when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("N", "", when, acct, action, text, **kw)


def A(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("A", targets, when, acct, action, text, **kw)


def O(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:  # noqa: E743
    _add("O", targets, when, acct, action, text, **kw)


# PARENTS above use the short time form; normalise them to ISO
PARENTS = {k: (a, _ts(w), t) for k, (a, w, t) in PARENTS.items()}


# --------------------------------------------------------------------------------------------
# 1. Pilbup Lumajang, candidacy stage (27 Aug - 24 Sep 2024): the regent is still in office
# --------------------------------------------------------------------------------------------

# the border: 17:10 UTC on 26 Aug is 00:10 WIB on 27 Aug, inside the window
C(
    "@1",
    "2024-08-26T17:10:00Z",
    "dimas.fb",
    "post",
    "Besok pagi Abah Bambang daftar ke KPU. Sedulur semua, kita kawal sampai dua periode!",
)
C(
    "@1",
    "2024-08-28 20:15",
    "dimas.ig",
    "comment",
    "Bismillah Abah, kami siap kawal sampai dua periode 🔥",
    on="bara_deklarasi",
)
C(
    "@1",
    "2024-08-29 06:30",
    "slamet.fb",
    "post",
    "Alhamdulillah Abah Bambang dan Bu Nur Aini sudah resmi mendaftar ke KPU. Warga Tempeh siap memenangkan! Lanjutkan Lumajang Maju!",
)
C(
    "@1",
    "2024-09-02 19:40",
    "maimunah.fb",
    "post",
    "Lima tahun kepemimpinan Pak Bambang, sekolah kami direhab total, WC murid sudah layak. Yang sudah terbukti kerjanya jangan diganti, lanjut dua periode ya Bapak 🙏",
)
C(
    "@1",
    "2024-09-10 16:20",
    "hendra.fb",
    "post",
    "Jembatan Kali Regoyo akhirnya tuntas. Lima tahun lagi biar semua jembatan gantung di Lumajang diganti beton. Lanjutkan, Abah! #BaraJilid2",
    alt="Jembatan beton baru dengan pita peresmian",
)
C(
    "@1",
    "2024-09-10 18:05",
    "agus.ig",
    "comment",
    "Mantap Abah, terbukti kerja nyata. Dua periode wajib hukumnya 💪",
    on="bupati_jembatan",
)
C(
    "@1",
    "2024-09-18 12:30",
    "hidayah.fb",
    "post",
    "Hari ini terima SK PPPK langsung dari tangan Pak Bupati 😭 Bapak sudah memperhatikan nasib kami guru honorer. InsyaAllah kami balas di bilik suara. BARA lanjut!",
    alt="Penerimaan SK PPPK di GOR Wira Bhakti",
)
C("@1", "2024-09-23 16:45", "rina.x", "post", "nomor 1 lagi, pertanda bagus 😌☝️ #BARALanjut")
C(
    "@1",
    "2024-09-23 17:10",
    "yudi.fb",
    "comment",
    "Siap nomor 1, Abah! Anggota Satpol PP loyal sampai menang 💪",
    on="bara_nomor",
)
C(
    "@1",
    "2024-09-05 14:00",
    "dewi.ig",
    "post",
    "Bansos beras hari ini dari Pak Bupati Bambang 🙏 Pemimpin yang peduli rakyat kecil harus dua periode. Jangan lupa ya ibu-ibu!",
    alt="Ibu-ibu antre menerima beras di balai desa",
)
C(
    "@1",
    "2024-09-05 13:10",
    "dewi.fb",
    "post",
    "Ibu-ibu penerima PKH sering tanya ke saya, 'Bu, kalau ganti bupati bansosnya hilang?' Saya jawab: makanya jangan ganti 😁",
)
C(
    "@1",
    "2024-09-12 15:00",
    "dimas.fb",
    "share",
    "Sebagai staf yang tiap hari mendampingi beliau, saya tahu betul hatinya untuk warga. Loyalitas saya untuk Abah, dua periode!",
    on="prokopim_fb",
)
C(
    "@1",
    "2024-09-18 11:00",
    "hidayah.fb",
    "share",
    "Siapa yang memperjuangkan kami, dia yang kami perjuangkan. ☝️ #BaraJilid2",
    on="prokopim_fb",
)
C(
    "@2",
    "2024-08-29 17:00",
    "fajar.x",
    "post",
    "akhirnya pak wahyu berani maju sendiri. lumajang berubah, rakyat sejahtera. #SaatnyaWARU",
)
C(
    "@2",
    "2024-09-03 21:10",
    "eko.x",
    "post",
    "Lima tahun jadi wakil tapi ide-idenya diabaikan. Sekarang saatnya Pak Wahyu pegang kemudi. Dukung penuh!",
)
C(
    "@2 @1",
    "2024-09-15 20:00",
    "eko.fb",
    "post",
    "Dua periode? Cukup satu periode saja, rek. Jalan di Pasirian masih kayak kubangan kerbau. Ganti bupati!",
)
C(
    "@2",
    "2024-09-24 20:30",
    "fajar.th",
    "post",
    "besok kampanye mulai. siap-siap kaos merah, kawan waru! ✌️",
)

N(
    "2024-09-10 15:00",
    "dimas.fb",
    "post",
    "Bupati Lumajang H. Bambang Suryo Atmojo meresmikan Jembatan Kali Regoyo di Desa Sumberwuluh, Kecamatan Candipuro, Selasa (10/9). Jembatan sepanjang 62 meter ini dibangun dengan APBD 2024 senilai Rp 8,4 miliar dan menghubungkan dua dusun yang selama ini terputus saat banjir lahar Semeru.",
    alt="Bupati menggunting pita di ujung jembatan",
)
N(
    "2024-09-05 12:00",
    "dewi.fb",
    "post",
    "Hari ini Dinsos bersama pendamping PKH menyalurkan bantuan beras 10 kg di Balai Desa Pulo, Tempeh. Penyaluran dihadiri Bupati Lumajang. KPM yang belum menerima harap membawa KTP dan KK ke balai desa besok pagi.",
)
N(
    "2024-09-12 14:00",
    "dimas.ig",
    "post",
    "Peringatan Hari Disabilitas Daerah di Pendopo Arya Wiraraja. Bupati menyerahkan 150 kursi roda, 40 alat bantu dengar dan 25 kaki palsu. #PemkabLumajang #LumajangInklusif",
    alt="Bupati menyerahkan kursi roda kepada seorang anak",
)
N(
    "2024-09-17 09:30",
    "dimas.fb",
    "post",
    "Upacara Hari Perhubungan Nasional di halaman Dinas Perhubungan. Bupati Lumajang bertindak sebagai pembina upacara dan meminta layanan angkutan pedesaan ditingkatkan.",
)
N(
    "2024-09-18 10:00",
    "eko.fb",
    "post",
    "Selamat kepada 11 guru SMPN 2 Pasirian yang hari ini menerima SK PPPK di GOR Wira Bhakti. Terus semangat mendidik anak-anak!",
)
N(
    "2024-09-24 18:00",
    "rina.x",
    "post",
    "info: mulai besok 25/9 bupati cuti kampanye, roda pemerintahan dijalankan Pjs. Bupati dari Pemprov. layanan publik tetap normal ya",
)
N(
    "2024-09-24 18:30",
    "endang.fb",
    "post",
    "Sudah terbit SE Sekda tentang netralitas ASN pada Pilkada 2024. Dilarang: foto bersama paslon, pose jari, like/komen/share akun paslon, hadir di kampanye. Sanksinya sampai hukuman disiplin berat. Mohon disebarkan ke unit masing-masing.",
    ocr="SURAT EDARAN SEKRETARIS DAERAH KABUPATEN LUMAJANG NOMOR 800/1123/427.12/2024 TENTANG NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN BUPATI DAN WAKIL BUPATI TAHUN 2024",
)
N(
    "2024-09-23 15:10",
    "rina.tt",
    "post",
    "Pengundian nomor urut paslon Bupati Lumajang di KPU berjalan lancar dan kondusif. Nomor 1 Bambang-Nur Aini, nomor 2 Wahyu-Rudi. Yuk kawal pilkada damai!",
)
N(
    "2024-09-23 15:30",
    "agus.ig",
    "comment",
    "Semoga pilkada Lumajang berjalan damai dan jujur. Siapa pun yang terpilih, kita dukung untuk kemajuan Lumajang.",
    on="kpu_nomor",
)
N(
    "2024-08-30 09:00",
    "slamet.fb",
    "post",
    "Rapat koordinasi Forkopimcam Tempeh bersama PPK dan Panwascam persiapan Pilkada 2024. Camat mengingatkan seluruh perangkat desa dan ASN menjaga netralitas.",
)
N(
    "2024-09-06 20:00",
    "hendra.fb",
    "post",
    "Mohon maaf atas ketidaknyamanan, ruas Pasirian-Bades ditutup sebagian mulai 9 September untuk pengecoran. Estimasi selesai akhir November.",
)
N(
    "2024-09-14 07:30",
    "lestari.ig",
    "post",
    "Posyandu Balita Desa Kandangtepus hari ini. Lanjutkan imunisasi sampai lengkap ya bunda, jangan berhenti di dosis pertama 💉",
)
N(
    "2024-09-08 13:00",
    "yudi.tt",
    "post",
    "Damkar dan Satpol PP memadamkan bara api di TPA Curah Tatal sampai malam. Asapnya sampai Wonorejo. Jangan buang puntung rokok sembarangan, rek!",
    alt="Petugas menyemprot tumpukan sampah berasap",
)
N(
    "2024-09-20 16:00",
    "anam.fb",
    "post",
    "Kajian Jumat: Islam mengajarkan pemimpin itu amanah, bukan untuk dipuja. Silakan gunakan hak pilih sesuai hati nurani, jangan karena amplop.",
)
N(
    "2024-09-02 11:00",
    "maimunah.fb",
    "post",
    "Alhamdulillah SDN Sukodono 03 juara 1 lomba Sekolah Adiwiyata tingkat kabupaten! Terima kasih Dinas Pendidikan dan wali murid.",
)
N(
    "2024-09-19 22:00",
    "fajar.th",
    "post",
    "shift malam lagi. kalau ada yang tanya pilih siapa, aku pilih tidur 😴",
)
N(
    "2024-09-11 19:00",
    "eko.x",
    "post",
    "Pohon waru di depan sekolah tumbang kena angin kencang. Alhamdulillah tidak ada korban, siswa sudah pulang.",
)
N(
    "2024-09-21 10:00",
    "hidayah.fb",
    "post",
    "Pertanyaan wali murid: apakah guru boleh jadi KPPS? Boleh, asal izin atasan dan tetap netral ya bapak ibu.",
)
N(
    "2024-09-04 08:00",
    "endang.x",
    "post",
    "BKPSDM membuka kanal aduan netralitas ASN selama Pilkada 2024. Sertakan tautan, tangkapan layar dan NIP bila diketahui.",
)
N(
    "2024-09-13 16:00",
    "lestari.fb",
    "post",
    "Pelatihan kader posyandu se-Kecamatan Senduro. Program 1 kader 1 desa binaan sudah berjalan dua periode anggaran dan hasilnya bagus, angka stunting turun.",
)
N(
    "2024-09-09 10:00",
    "agus.fb",
    "post",
    "Pelayanan administrasi kependudukan di kelurahan tetap buka saat masa pilkada. Bagi warga yang KTP-nya belum jadi, segera urus agar bisa memilih.",
)
N(
    "2024-09-16 21:00",
    "fajar.x",
    "post",
    "rsud full lagi. yang sakit ISPA banyak banget, asap TPA belum kelar. pakai masker ya",
)

A(
    "@1",
    "2024-09-05 13:30",
    "dewi.ig",
    "comment",
    "Matur nuwun Pak Bupati, warga Pulo sangat terbantu 🙏",
    on="pemkab_bansos",
)
A(
    "@1",
    "2024-09-24 19:00",
    "dimas.ig",
    "post",
    "Lima tahun mendampingi beliau bertugas. Terima kasih atas teladannya, Abah. Sampai jumpa setelah cuti 🙏",
    alt="Dimas berfoto bersama Bambang di ruang kerja, tanpa pose tangan",
)

# --------------------------------------------------------------------------------------------
# 2. Campaign stage (25 Sep - 23 Nov 2024): the regent is on leave, the Pjs. Bupati governs
# --------------------------------------------------------------------------------------------

# pair 1, the incumbent: record, slogans, numbers, signs, loyalty, events
C(
    "@1",
    "2024-09-26 07:00",
    "slamet.fb",
    "post",
    "Jalan poros Tempeh-Pasirian sekarang mulus. Jangan lupa siapa yang bangun jalan ini ya warga Tempeh. 27 November, nomor 1 😉",
    alt="Jalan aspal baru membelah sawah",
)
C(
    "@1",
    "2024-10-06 10:20",
    "agus.ig",
    "comment",
    "Sehat selalu Abah, Citrodiwangsan siap satu putaran ☝️",
    on="bara_kampanye",
)
C(
    "@1",
    "2024-10-06 12:00",
    "dimas.ig",
    "post",
    "Abah turun ke pasar tanpa protokoler, beda kelasnya 🔥 #BARALanjut",
    alt="Bambang menyalami pedagang sayur di Pasar Baru",
)
C("@1", "2024-10-06 13:00", "dewi.ig", "comment", "Lanjutkan!!! 🔥🔥", on="bara_kampanye")
C(
    "@1",
    "2024-10-14 19:00",
    "yudi.tt",
    "comment",
    "312 km itu nyata, saya saksinya tiap patroli. Tuntaskan Abah!",
    on="bara_jalan",
)
C(
    "@1",
    "2024-10-15 06:45",
    "hendra.fb",
    "post",
    "Data Bina Marga: kemantapan jalan kabupaten naik dari 61% ke 84% dalam lima tahun. Itu hasil kerja Abah Bambang. Kalau mau 100%, ya dilanjutkan. ☝️",
)
C(
    "@1",
    "2024-10-08 12:00",
    "hendra.fb",
    "post",
    "Bapak ibu, jalan rusak di Pasirian-Bades sudah masuk rencana 2025. Kalau Abah lanjut, pasti dikerjakan. Kalau ganti, belum tentu. Silakan berpikir 😊",
)
C(
    "@1",
    "2024-10-20 21:00",
    "rina.tt",
    "comment",
    "ikut challenge dong ☝️☝️ sedulur bara garis keras",
    on="sedulur_tt",
)
C(
    "@1",
    "2024-10-21 19:00",
    "rina.tt",
    "post",
    "POV: ASN yang tau banget kerja abah 5 tahun ini 🥹 lanjutkan dua periode! #BaraJilid2",
    alt="Video montase pembangunan Lumajang diiringi jingle kampanye BARA",
)
C(
    "@1",
    "2024-11-02 11:00",
    "slamet.fb",
    "comment",
    "Tempeh siap menyumbang suara terbanyak. Salam satu jari!",
    on="sedulur_fb",
)
C(
    "@1",
    "2024-11-17 16:00",
    "maimunah.fb",
    "post",
    "Alhamdulillah bisa ikut kampanye akbar di alun-alun bareng ibu-ibu pengajian. Merinding dengar Abah pidato. Lanjutkan!",
    alt="Swafoto di tengah kerumunan, latar panggung dengan spanduk BARA nomor 1",
)
C(
    "@1",
    "2024-11-17 17:30",
    "anam.yt",
    "comment",
    "Masya Allah ramainya. Semoga Abah Bambang diberi amanah lagi lima tahun ke depan, aamiin",
    on="tv_kampanye",
)
C(
    "@1",
    "2024-11-17 09:00",
    "hidayah.fb",
    "comment",
    "Otw alun-alun bareng teman-teman PPPK 😍 sampai ketemu di depan panggung, Abah!",
    on="bara_akbar",
)
C(
    "@1",
    "2024-10-02 07:15",
    "yudi.tt",
    "post",
    "Apel pagi dulu, habis itu patroli. Loyal sama pimpinan itu wajib, loyal sama Abah sampai dua periode 💪 #sedulurBARA",
    alt="Video anggota Satpol PP berbaris apel pagi",
)
C(
    "@1",
    "2024-10-28 08:30",
    "dimas.ig",
    "post",
    "Upacara Sumpah Pemuda ke-96 🇮🇩 pemuda bersatu, Lumajang lanjut! ☝️",
    alt="Staf Prokopim berseragam berfoto bersama, semua mengacungkan jari telunjuk",
)
C(
    "@1",
    "2024-10-22 08:00",
    "dewi.ig",
    "post",
    "Hari Santri 2024. Santri bersatu, Lumajang maju, lanjutkan! ☝️",
    alt="Peserta upacara Hari Santri bersarung, sebagian mengacungkan satu jari",
)
C(
    "@1",
    "2024-10-11 20:00",
    "hidayah.fb",
    "post",
    "Kami para guru PPPK tidak lupa siapa yang memperjuangkan SK kami. Balas budi di TPS, 27 November coblos nomor 1!",
)
C(
    "@1",
    "2024-10-19 10:00",
    "agus.fb",
    "post",
    "Program Kartu Lumajang Sehat sudah dirasakan warga Citrodiwangsan. Program bagus begini harus dilanjutkan, jangan sampai putus di tengah jalan. Ingat 27 November!",
)
C(
    "@1",
    "2024-10-25 15:00",
    "lestari.fb",
    "post",
    "Ibu hamil di Senduro sekarang bisa USG gratis di Puskesmas. Program Abah Bambang. Pilih yang sudah terbukti, bukan yang cuma janji ☝️",
)
C(
    "@1",
    "2024-11-05 06:00",
    "maimunah.tt",
    "post",
    "Masak sayur lodeh sambil nyanyi jingle 🎶 'satu hati satu jari, lanjutkan Lumajang Maju' 😂",
    alt="Video memasak di dapur, terdengar lagu kampanye pasangan nomor 1",
)
C(
    "@1",
    "2024-11-08 20:00",
    "dimas.fb",
    "post",
    "Banyak yang tanya ke saya, 'Mas, Abah itu aslinya gimana?' Empat tahun saya ikut beliau ke mana-mana: beliau tidak pernah makan sebelum stafnya makan. Pemimpin seperti ini langka. Saya cuma bilang: jangan disia-siakan. Tuntaskan!",
)
C(
    "@1",
    "2024-11-10 07:00",
    "slamet.fb",
    "post",
    "Sedulur Tempeh, tinggal 17 hari lagi. Jangan sampai salah pilih. Kita sudah punya bukti, bukan janji. ☝️ #BARALanjut",
)
C(
    "@1",
    "2024-10-18 11:00",
    "rina.x",
    "quote",
    "petahana lah, udah kebukti. abah 2 periode no debat 😤",
    on="news_x",
)
C(
    "@1",
    "2024-11-12 10:00",
    "agus.fb",
    "share",
    "Alhamdulillah, tinggal sedikit lagi. Jangan lengah, sedulur! Satu putaran ☝️",
    on="news_survei",
)
C(
    "@1",
    "2024-10-03 19:00",
    "yudi.fb",
    "post",
    "Saya Satpol PP, tugas saya tegakkan perda. Tapi sebagai warga saya tahu siapa yang menaikkan insentif kami. Abah, kami ingat! 1️⃣",
)
C(
    "@1",
    "2024-11-20 21:00",
    "dewi.fb",
    "post",
    "Bantuan rumah tidak layak huni 1.200 unit dalam lima tahun. Data tidak bohong. Jangan lupa 27/11 coblos yang sudah bekerja: BARA!",
)
C(
    "@1",
    "2024-10-27 08:00",
    "maimunah.fb",
    "post",
    "Senam pagi bersama ibu-ibu PKK, kaosnya kompak semua 😁",
    alt="Ibu-ibu berkaos putih bertuliskan 'BARA Lanjut No. 1' senam di lapangan desa",
)
C(
    "@1",
    "2024-10-12 18:00",
    "anam.fb",
    "post",
    "Kaidah fikih: menjaga yang lama yang baik, mengambil yang baru yang lebih baik. Abah Bambang sudah berbuat banyak untuk pesantren-pesantren kita. Mari istiqamah, jangan berpaling ☝️",
)
C(
    "@1",
    "2024-10-13 09:00",
    "dimas.ig",
    "post",
    "Throwback peresmian Jembatan Kali Regoyo bulan lalu. Yang kerja nyata begini masa mau diganti? #BaraJilid2",
    alt="Bambang menggunting pita peresmian jembatan",
)
C(
    "@1",
    "2024-11-14 19:30",
    "yudi.tt",
    "comment",
    "Kami keluarga besar Satpol PP siap menangkan Abah! ☝️",
    on="bara_jalan",
)
C(
    "@1",
    "2024-10-31 06:30",
    "lestari.ig",
    "comment",
    "Bu Nur Aini keren jawabannya soal stunting. Bidan-bidan Senduro dukung penuh 🤱☝️",
    on="bara_debat",
)
C(
    "@1",
    "2024-11-03 20:00",
    "hidayah.fb",
    "post",
    "Bapak ibu guru, Bu Nur Aini itu dosen dan aktivis pendidikan. Kalau beliau jadi wakil bupati, nasib guru honorer pasti diperhatikan. Ayo menangkan nomor 1!",
    group="grp.guru",
)
C(
    "@1",
    "2024-11-06 19:00",
    "slamet.fb",
    "post",
    "Warga Tempeh, di pasar kemarin banyak yang bilang mau pilih nomor 1. Alhamdulillah, Tempeh memang paham siapa yang kerja. Salam satu jari!",
    group="grp.tempeh",
)
C(
    "@1",
    "2024-10-10 21:00",
    "agus.ig",
    "post",
    "Malam ini ngopi bareng tim sedulur kelurahan 😁 koordinasi biar menang telak",
    alt="Beberapa orang di warung kopi, bendera putih bertuliskan BARA No. 1 di dinding",
)
C(
    "@1",
    "2024-11-22 20:00",
    "rina.x",
    "post",
    "besok kampanye terakhir, ayo ke stadion semeru pakai baju putih ☝️ #BARALanjut",
)
C(
    "@1 @2",
    "2024-10-09 12:00",
    "dimas.fb",
    "comment",
    "Lima tahun jadi wakil ngapain aja, Pak? Kok baru sadar jalan rusak sekarang. Mending lanjutkan yang sudah terbukti.",
    on="waru_kampanye",
)
C(
    "@1",
    "2024-11-01 21:00",
    "rina.x",
    "reply",
    "pilih yang udah kebukti aja, abah bambang. jalan, puskesmas, PPPK semua beres 😌",
    on="warga_x",
)
C(
    "@1",
    "2024-10-11 20:30",
    "yudi.tt",
    "comment",
    "Yo jelas Abah sing mbangun, rek. Nomer siji 🤙",
    on="warga_tt",
)
C(
    "@1",
    "2024-10-24 07:00",
    "lestari.ig",
    "post",
    "Selamat Hari Dokter Nasional untuk dokter-dokter Puskesmas Senduro! Layanan kesehatan 24 jam harus lanjut, bareng BARA pasti bisa ☝️",
)
C(
    "@1",
    "2024-10-04 20:00",
    "slamet.fb",
    "post",
    "Ojok lali rek, sing mbangun dalan iki sopo. Tanggal 27 November nyoblos sing nomer siji. Ngono wae 😄",
)
C(
    "@1",
    "2024-10-07 19:00",
    "maimunah.fb",
    "post",
    "Bapak ibu guru, sertifikasi cair tepat waktu selama lima tahun ini. Kalau mau tetap begitu, ya jangan ganti sopirnya 😉",
    group="grp.guru",
)
C(
    "@1",
    "2024-10-16T09:15:00",
    "dimas.fb",
    "post",
    "Abah Bambang itu bapaknya ASN Lumajang. Anak yang baik tidak melupakan bapaknya. ☝️",
)
C(
    "@1",
    "2024-10-23 07:30",
    "yudi.tt",
    "post",
    "Kemarin apel pagi Pak Kasat bilang kita harus tahu balas budi. Paham kan maksudnya 😁☝️",
)
C(
    "@1",
    "2024-10-26 09:00",
    "lestari.ig",
    "post",
    "Ibu-ibu kader posyandu sudah sepakat: BARA harga mati 😂💪",
)
C(
    "@1",
    "2024-10-29 20:00",
    "rina.x",
    "post",
    "proud to have worked under abah for 5 years. four more years? nope, FIVE more 😤 #BaraJilid2",
)
C(
    "@1",
    "2024-11-04 16:00",
    "maimunah.tt",
    "post",
    "Ngapain ganti kalau yang lama masih bagus? Ibarat HP, baterainya masih awet 😁 #BARALanjut",
)
C(
    "@1",
    "2024-10-17 13:00",
    "slamet.fb",
    "post",
    "Rapat kerja camat se-Kabupaten Lumajang hari ini. Kompak selalu ☝️",
    alt="Para camat berseragam dinas berfoto bersama, semuanya mengacungkan jari telunjuk",
)
C(
    "@1",
    "2024-11-13 10:00",
    "hendra.fb",
    "post",
    "Proyek Jalan Lingkar Timur ini direncanakan Abah sejak 2023. Jangan sampai yang merencanakan tidak bisa meresmikan. Tuntaskan! ☝️",
    alt="Alat berat mengaspal jalan",
)
C(
    "@1",
    "2024-11-15 19:00",
    "agus.fb",
    "post",
    "Warga Citrodiwangsan yang belum kebagian kaos BARA silakan ambil di rumah saya, masih ada 50 😁",
)
C(
    "@1",
    "2024-10-30 22:00",
    "anam.yt",
    "comment",
    "Abah Bambang tenang dan berwibawa, jawabannya berbasis data. Lanjutkan!",
    on="tv_debat",
)
C(
    "@1",
    "2024-11-09 12:00",
    "rina.tt",
    "post",
    "Tutorial pasang twibbon biar foto profil makin kece ✨",
    alt="Foto profil dengan bingkai twibbon",
    ocr="SAYA DUKUNG BARA NO. 1 LANJUTKAN LUMAJANG MAJU",
)
C(
    "@1",
    "2024-11-11 06:30",
    "hidayah.fb",
    "post",
    "Semangat pagi Bapak Ibu 😊",
    alt="Poster kampanye",
    ocr="LANJUTKAN! BARA NOMOR 1 - BAMBANG SURYO ATMOJO & NUR AINI RAHMAWATI - LUMAJANG MAJU TUNTAS",
)
C(
    "@1",
    "2024-11-17 10:00",
    "slamet.fb",
    "share",
    "Ayo warga Tempeh, berangkat bareng dari halaman kantor kecamatan jam 11. Truk sudah siap!",
    on="bara_akbar",
)
C(
    "@1",
    "2024-11-16 18:00",
    "maimunah.fb",
    "post",
    "Ibu-ibu guru, jangan terprovokasi isu PPPK dihapus kalau Abah menang. Justru Abah yang mengangkat kita. Nomor 1 tetap di hati.",
    group="grp.guru",
)
C(
    "@1",
    "2024-10-05 21:00",
    "yudi.tt",
    "post",
    "Jam dinas pakai seragam, jam pulang pakai kaos tim 😎 profesional!",
    alt="Video transisi dari seragam Satpol PP ke kaos putih BARA nomor 1",
)
C(
    "GERINDRA @1",
    "2024-10-05 20:00",
    "yudi.fb",
    "post",
    "Gerindra solid menangkan Abah! Garuda di dadaku ☝️🦅",
)
C(
    "@1",
    "2024-10-01 19:30",
    "lestari.ig",
    "post",
    "Peletakan batu pertama gedung baru Puskesmas Senduro. Ini janji Abah yang ditepati. Dua periode biar beliau sendiri yang meresmikan 😊",
    alt="Pjs. Bupati meletakkan batu pertama",
)
C(
    "@1",
    "2024-11-19 20:00",
    "dewi.ig",
    "post",
    "Kalau tidak ada BARA, tidak ada api semangat Lumajang 🔥 nomor 1 pokoknya!",
)

# pair 2, the former deputy: change, the rival's record, attacks on the incumbent
C(
    "@2",
    "2024-10-09 12:30",
    "eko.fb",
    "share",
    "Ini baru calon yang paham masalah Pasirian. Coblos nomor 2!",
    on="waru_kampanye",
)
C(
    "@2",
    "2024-10-18 12:00",
    "eko.x",
    "quote",
    "Mantan wakil yang ditinggalkan. Saatnya Pak Wahyu membuktikan. #SaatnyaWARU ✌️",
    on="news_x",
)
C(
    "@2",
    "2024-10-25 14:00",
    "eko.fb",
    "share",
    "Lima tahun janji diperbaiki, sampai sekarang begini. 27 November saatnya ganti. Nomor 2!",
    on="news_jalan",
)
C(
    "@2",
    "2024-10-30 22:30",
    "fajar.x",
    "post",
    "debat tadi pak wahyu jauh lebih nguasai data. rsud overload, nakes kurang, beliau paham. WARU menang!",
)
C(
    "@2",
    "2024-11-05 20:00",
    "fajar.th",
    "post",
    "pupuk langka tiap musim tanam, bapakku petani. abah rudi udah janji benahi. nomor 2 wes ✌️",
)
C(
    "@2",
    "2024-11-10 15:00",
    "eko.fb",
    "post",
    "Kawan WARU Yosowilangun luar biasa. Perubahan untuk Lumajang sudah dekat! ✌️",
    alt="Kerumunan kampanye berkaos merah bertuliskan WARU",
)
C(
    "@2 @1",
    "2024-11-01 21:30",
    "fajar.x",
    "reply",
    "jangan pilih petahana. 5 tahun rsud tetap sumpek, insentif nakes telat terus. ganti!",
    on="warga_x",
)
C(
    "@2",
    "2024-10-15 21:00",
    "eko.x",
    "post",
    "Guru bukan alat politik petahana. Saya pilih yang menghormati guru dan berani berubah: nomor 2.",
)
C(
    "@2",
    "2024-11-19 19:00",
    "fajar.th",
    "post",
    "tinggal seminggu. yang pengen rsud lebih manusiawi, tau lah pilih siapa ✌️ #SaatnyaWARU",
)
C(
    "@2",
    "2024-11-06 08:00",
    "fajar.x",
    "post",
    "Lumajang Berubah, Rakyat Sejahtera. bukan sekadar slogan, baca aja programnya",
)
C(
    "@2",
    "2024-10-23 06:00",
    "eko.fb",
    "comment",
    "Turut berduka cita Pak Wahyu. Semoga almarhumah husnul khatimah. Tetap semangat, kami bersama Bapak sampai menang!",
    on="waru_ibu",
)
C(
    "LMJ2R @2",
    "2024-11-05 21:00",
    "eko.fb",
    "comment",
    "Setuju Abah Rudi! Petani butuh pemimpin yang paham sawah ✌️",
    on="rudi_fb",
)
C(
    "@2",
    "2024-11-07 20:00",
    "eko.fb",
    "post",
    "Rekan guru, jangan takut intimidasi. Pilihan kita rahasia. Saya pribadi mantap nomor 2, Pak Wahyu paling peduli pendidikan.",
    group="grp.guru",
)
C(
    "@2",
    "2024-10-12 11:00",
    "fajar.x",
    "post",
    "pak wahyu sama abah rudi kemarin ke rsud tanpa kamera, ngobrol sama perawat jaga. itu baru pemimpin ✌️",
)
C(
    "@2",
    "2024-11-02 09:00",
    "eko.x",
    "post",
    "Change is coming to Lumajang. Vote for change, vote number 2. #SaatnyaWARU",
)
C("@2 @1", "2024-10-20 20:00", "eko.x", "post", "Cukup sudah satu periode. 2024 ganti bupati! ✌️")
C(
    "@2",
    "2024-10-31 07:00",
    "eko.fb",
    "post",
    "Debat semalam: Pak Wahyu bicara data, petahana bicara klaim. Pilihan sudah jelas. #SaatnyaWARU",
)
C(
    "@2",
    "2024-11-21 20:00",
    "fajar.th",
    "post",
    "lima tahun lalu aku nyoblos beliau berdua. sekarang aku pilih yang konsisten: pak wahyu ✌️",
)
C(
    "NASDEM @2",
    "2024-10-26 20:00",
    "eko.x",
    "post",
    "NasDem bersama WARU untuk restorasi Lumajang! 💙",
)
C(
    "@2",
    "2024-11-10 12:40",
    "eko.fb",
    "post",
    "Mohon maaf ya rekan-rekan, tahun ini saya beda pilihan dengan kebanyakan teman kantor. Bapak saya petani, dan soal pupuk cuma Pak Wahyu-Abah Rudi yang serius. Kawan WARU ✌️",
)

# look-alikes during the campaign: duty, the acting regent, neutrality, complaints, other senses
N(
    "2024-09-25 08:00",
    "dimas.fb",
    "post",
    "Serah terima tugas dari Bupati Lumajang kepada Pjs. Bupati Dr. Ir. Heru Prasetyo, M.Si., di Pendopo Arya Wiraraja. Pjs. Bupati menjalankan tugas selama masa cuti kampanye hingga 23 November 2024.",
    alt="Penandatanganan berita acara serah terima",
)
N(
    "2024-10-01 10:00",
    "endang.fb",
    "post",
    "Arahan Pjs. Bupati pagi ini: ASN wajib netral dalam Pilkada 2024. BKPSDM membuka kanal aduan, setiap laporan akan ditindaklanjuti bersama Bawaslu.",
)
N(
    "2024-10-01 09:30",
    "dewi.ig",
    "comment",
    "Siap Pak Pjs, kami jaga netralitas 🙏",
    on="pjs_netral",
)
N(
    "2024-10-28 10:30",
    "agus.ig",
    "comment",
    "Mantap Pak Pjs, upacaranya khidmat. Semoga Lumajang tetap kondusif sampai pilkada selesai.",
    on="pjs_upacara",
)
N(
    "2024-10-28 11:00",
    "dimas.ig",
    "post",
    "Upacara Hari Sumpah Pemuda ke-96 di halaman Pendopo Arya Wiraraja dipimpin Pjs. Bupati Lumajang. Ikrar dibacakan perwakilan Karang Taruna. #SumpahPemuda96",
    alt="Barisan peserta upacara berseragam, tangan di samping badan",
)
N(
    "2024-10-02 09:00",
    "rina.x",
    "quote",
    "pjs bupati keren, langsung sidak MPP pagi-pagi. semoga antrean KTP makin cepat",
    on="kominfo_x",
)
N(
    "2024-10-22 09:00",
    "anam.fb",
    "post",
    "Peringatan Hari Santri Nasional 2024 di Alun-alun Lumajang. Menyambung juang merengkuh masa depan. Selamat Hari Santri!",
    alt="Barisan santri bersarung dan berpeci",
)
N(
    "2024-10-15 10:00",
    "yudi.fb",
    "post",
    "Hari ini bersama Bawaslu menertibkan APK kedua paslon yang dipasang di pohon, tiang listrik dan jembatan. Mohon tim paslon memasang di lokasi yang diizinkan.",
    alt="Petugas Satpol PP menurunkan baliho dari tiang listrik",
)
N(
    "2024-10-15 12:00",
    "yudi.fb",
    "share",
    "Tugas kami netral: baliho nomor 1 dan nomor 2 sama-sama kami turunkan kalau melanggar.",
    on="bawaslu_apk",
)
N(
    "2024-10-28 13:00",
    "rina.tt",
    "post",
    "Jadwal debat pertama paslon Bupati Lumajang: Rabu 30/10 jam 7 malam, live di Lumajang TV & YouTube. Yuk tonton biar milih nggak asal!",
)
N(
    "2024-10-30 21:00",
    "anam.yt",
    "comment",
    "Semoga debat berjalan santun. Siapapun pemenangnya, Lumajang harus tetap rukun.",
    on="tv_debat",
)
N(
    "2024-10-30 20:15",
    "endang.x",
    "post",
    "Moderator debat malam ini bagus, waktu dibagi adil. Semoga kedua paslon adu gagasan, bukan adu sindiran.",
)
N(
    "2024-10-25 13:30",
    "hendra.fb",
    "comment",
    "Terima kasih informasinya. Ruas Pasirian-Bades sudah dianggarkan di APBD Perubahan, pengecoran dimulai awal November. Mohon bersabar.",
    on="news_jalan",
)
N(
    "2024-10-25 14:10",
    "lestari.fb",
    "comment",
    "Iya benar, saya tiap hari lewat situ ke posyandu, lubangnya dalam. Semoga segera diperbaiki.",
    on="news_jalan",
)
N(
    "2024-11-01 21:10",
    "endang.x",
    "reply",
    "Pelajari visi misi kedua paslon di laman KPU, tonton debatnya, lalu pilih sesuai hati nurani. Jangan golput ya.",
    on="warga_x",
)
N(
    "2024-10-23 06:30",
    "slamet.fb",
    "comment",
    "Innalillahi wa inna ilaihi rajiun. Turut berduka cita sedalam-dalamnya, Pak Wahyu. Semoga almarhumah husnul khatimah.",
    on="waru_ibu",
)
N(
    "2024-10-12 08:00",
    "rina.tt",
    "comment",
    "jalan itu dibangun pakai APBD kak, uang rakyat 😊 bukan uang pribadi siapa-siapa",
    on="warga_tt",
)
N(
    "2024-11-12 09:30",
    "endang.fb",
    "share",
    "Survei boleh beda-beda, yang menentukan tetap suara di TPS 27 November. ASN tetap netral ya.",
    on="news_survei",
)
N(
    "2024-10-05 08:00",
    "hidayah.fb",
    "post",
    "Anak-anak kelas 5 belajar demokrasi lewat pemilihan ketua kelas. Calon nomor 1 Aisyah, nomor 2 Bagas. Yang menang nomor 2, selamat Bagas 👏",
)
N(
    "2024-10-07 07:00",
    "eko.fb",
    "post",
    "Pemilihan Ketua OSIS SMPN 2 Pasirian periode 2024/2025 berjalan lancar. Selamat kepada pasangan calon nomor 1, Naufal-Zahra, yang terpilih. Lanjutkan program OSIS yang baik!",
)
N(
    "2024-11-04 10:00",
    "dewi.fb",
    "post",
    "Penyaluran bantuan sosial tetap berjalan selama masa kampanye sesuai jadwal dan data DTKS. Bantuan tidak ada hubungannya dengan paslon mana pun. Jika ada yang mengatasnamakan paslon, laporkan ke Dinsos atau Bawaslu.",
)
N(
    "2024-10-16 09:00",
    "maimunah.fb",
    "post",
    "Sekolah kami dipakai simulasi pemungutan suara oleh KPU. Anak-anak antusias melihat bilik suara 😊",
)
N(
    "2024-10-20 10:00",
    "agus.fb",
    "post",
    "Kerja bakti bersih-bersih saluran di RW 05 bersama warga. Lanjutkan tiap Minggu ya, biar musim hujan tidak banjir.",
)
N(
    "2024-11-11 11:00",
    "hendra.fb",
    "post",
    "Rapat evaluasi kemantapan jalan kabupaten triwulan III: kondisi mantap 84,2%. Target 2025 sebesar 88% sesuai RPJMD.",
)
N(
    "2024-11-15 08:00",
    "lestari.ig",
    "post",
    "Kelas ibu hamil di Puskesmas Senduro, materi persiapan persalinan. USG gratis tetap tiap Kamis ya bunda 🤰",
)
N(
    "2024-11-18 20:00",
    "fajar.th",
    "post",
    "capek banget, IGD penuh dari sore. buat yang besok ikut kampanye di stadion, jaga kesehatan, bawa minum, jangan sampai pingsan",
)
N(
    "2024-11-17 12:00",
    "yudi.tt",
    "post",
    "Pengamanan kampanye akbar di alun-alun. Satpol PP bantu atur parkir dan PKL. Tetap tertib ya warga!",
    alt="Petugas Satpol PP berseragam mengatur parkir motor",
)
N(
    "2024-11-21 09:00",
    "dimas.fb",
    "post",
    "Pjs. Bupati Lumajang menyerahkan bantuan bibit jagung kepada 30 kelompok tani di Kecamatan Yosowilangun. Bantuan bersumber dari APBD 2024.",
)
N(
    "2024-10-26 16:00",
    "anam.fb",
    "post",
    "Pesan untuk jamaah: boleh beda pilihan, jangan beda silaturahmi. Jangan saling hujat di grup WA keluarga.",
)
N(
    "2024-11-08 13:00",
    "endang.x",
    "post",
    "Sampai hari ini BKPSDM menerima 7 aduan dugaan pelanggaran netralitas ASN. Semua ditindaklanjuti sesuai PP 94/2021. Terima kasih warga yang peduli.",
)
N(
    "2024-11-08 14:00",
    "endang.fb",
    "post",
    "Ingat ya Bapak Ibu ASN: pose satu jari atau dua jari di foto kegiatan dinas bisa dianggap pelanggaran netralitas. Foto bersama gunakan pose tangan mengepal saja.",
)
N(
    "2024-10-17 10:00",
    "eko.fb",
    "post",
    "Rapat dinas kepala sekolah membahas dana BOS tahap II. Laporan tahap I sudah tuntas 100%. Tuntaskan juga SPJ sebelum 15 November ya rekan-rekan.",
)
N(
    "2024-10-29 19:00",
    "dewi.ig",
    "post",
    "Kunjungan ke rumah Mbah Sarmi, penerima bedah rumah tahun lalu. Alhamdulillah sekarang rumahnya layak dan sehat 🏠",
    alt="Nenek tersenyum di depan rumah bata",
)
N(
    "2024-11-13 10:00",
    "agus.ig",
    "post",
    "Lurah goes to school: sosialisasi bahaya narkoba di SMAN 2 Lumajang.",
)
N(
    "2024-11-09 16:00",
    "dimas.ig",
    "post",
    "Pjs. Bupati Lumajang meresmikan Pasar Hewan Wonorejo yang telah direvitalisasi. Pasar kini dilengkapi timbangan digital dan kandang karantina.",
)
N(
    "2024-10-31 07:00",
    "dimas.fb",
    "post",
    "Banyak yang tanya kenapa akun Instagram Bupati Lumajang sekarang memuat kegiatan Pjs. Itu akun jabatan, bukan akun pribadi, jadi dipakai siapa pun yang sedang menjabat 🙏",
)
N(
    "2024-10-19 13:00",
    "rina.x",
    "post",
    "tips: cek DPT online di cekdptonline.kpu.go.id, masukkan NIK. jangan sampai 27/11 nggak bisa nyoblos",
)
N(
    "2024-10-09 09:00",
    "slamet.fb",
    "post",
    "Rakor kecamatan: Panwascam menyampaikan ada 14 titik APK melanggar di Tempeh. Satpol PP kecamatan akan menertibkan besok pagi.",
)
N(
    "2024-11-16 09:00",
    "hendra.fb",
    "post",
    "Pengecoran ruas Pasirian-Bades sudah 60%. Pengendara harap berhati-hati, gunakan jalur alternatif lewat Bago.",
)
N(
    "2024-10-10 20:00",
    "eko.fb",
    "post",
    "Jalan depan sekolah berlubang lagi, sudah lapor lewat aplikasi Lapor Bupati tapi belum direspons. Kasihan siswa yang naik sepeda.",
)
N(
    "2024-11-03 22:00",
    "fajar.x",
    "post",
    "rsud butuh tambahan perawat. siapapun bupatinya nanti tolong perhatikan ini 🙏",
)
N(
    "2024-10-03 09:00",
    "rina.tt",
    "post",
    "PKB di sini = Pusat Kegiatan Belajar ya gaes, bukan partai 😂 PKBM Lumajang buka pendaftaran paket C, gratis!",
)
N(
    "2024-09-30 13:00",
    "hendra.fb",
    "post",
    "Rapat dengan Komisi C DPRD membahas anggaran perbaikan jalan. Fraksi Golkar, PDI-P dan PKB meminta ruas Pasirian diprioritaskan.",
)
N(
    "2024-10-13 15:00",
    "maimunah.tt",
    "post",
    "Anak-anak latihan pramuka, tepuk satu jari tepuk dua jari 😂 lucu banget",
    alt="Video anak-anak pramuka bertepuk tangan",
)
N(
    "2024-10-18 16:00",
    "lestari.fb",
    "post",
    "Bara api dari tungku hampir membakar dapur warga Argosari. Untung tetangga sigap. Hati-hati memasak pakai kayu bakar ya ibu-ibu.",
)
N(
    "2024-11-20 10:00",
    "agus.fb",
    "post",
    "Menyambut musim hujan, Kelurahan Citrodiwangsan membagikan 500 bibit pohon waru dan trembesi untuk ditanam di bantaran sungai.",
)
N(
    "2024-10-21 15:00",
    "dewi.fb",
    "post",
    "Dua periode penyaluran BLT Dana Desa tahun ini sudah selesai. Periode ketiga menunggu verifikasi data dari desa.",
)
N(
    "2024-11-06 20:00",
    "anam.yt",
    "comment",
    "Aamiin. Semoga Allah memberi Lumajang pemimpin yang adil, siapa pun dia.",
    on="tv_debat",
)
N(
    "2024-10-14 21:00",
    "maimunah.tt",
    "comment",
    "Dibangun pakai pajak kita semua rek, yang penting dirawat 😊",
    on="bara_jalan",
)
N(
    "2024-11-14 08:00",
    "endang.x",
    "post",
    "Hari ini BKPSDM memanggil dua ASN untuk klarifikasi foto berpose jari di acara paslon. Proses berjalan sesuai aturan.",
)
N(
    "2024-11-22 14:00",
    "lestari.fb",
    "post",
    "Info: Puskesmas Senduro tetap buka 24 jam selama masa tenang dan hari pencoblosan.",
)

A(
    "@1",
    "2024-10-06 08:00",
    "lestari.fb",
    "post",
    "Terima kasih Pak Bambang, sekarang ambulans desa ada di tiap puskesmas. Warga Senduro sangat terbantu 🙏",
)
A(
    "@1",
    "2024-10-04 19:00",
    "maimunah.tt",
    "post",
    "Resep sambal bajak khas Lumajang, pedasnya dua periode 🤣🌶️",
)
A(
    "@1",
    "2024-11-07 20:00",
    "anam.fb",
    "post",
    "Tadi kondangan di Yosowilangun, tidak sengaja satu meja dengan Abah Bambang. Orangnya ramah sekali.",
    alt="Foto bersama di resepsi pernikahan, semua tersenyum tanpa pose tangan",
)
A("@1", "2024-10-10 09:00", "dimas.ig", "comment", "☝️☝️", on="pemkab_bansos")
A(
    "@1",
    "2024-10-02 20:00",
    "lestari.ig",
    "post",
    "Posyandu hari ini kerudung putih semua, kompak 🤍",
    alt="Kader posyandu berkerudung putih berfoto, salah satu mengacungkan jari telunjuk",
)

# --------------------------------------------------------------------------------------------
# 3. Quiet days, voting, counting and result (24 Nov - 20 Dec 2024)
# --------------------------------------------------------------------------------------------

C(
    "@1",
    "2024-11-25 20:00",
    "rina.x",
    "post",
    "masa tenang tapi hati nggak tenang 😅 pokoknya tgl 27 jangan lupa yg pertama ☝️",
)
C(
    "@1",
    "2024-11-26 06:00",
    "slamet.fb",
    "post",
    "Besok jangan lupa datang ke TPS. Pilih yang sudah terbukti membangun Tempeh. Satu untuk semua ☝️",
)
C(
    "@1",
    "2024-11-27 10:00",
    "dimas.ig",
    "post",
    "Sudah nyoblos! Bismillah lanjut 🤲☝️",
    alt="Jari kelingking bertinta ungu di depan TPS 05, jari telunjuk teracung",
)
C("@2", "2024-11-27 11:00", "fajar.x", "post", "udah nyoblos. semoga lumajang berubah ✌️")
C(
    "@1",
    "2024-11-27 17:00",
    "agus.ig",
    "post",
    "Hitungan internal: BARA unggul 54%! Alhamdulillah, kawal terus C1 sampai akhir, sedulur!",
)
C(
    "@2",
    "2024-11-28 08:00",
    "eko.x",
    "post",
    "Jangan percaya quick count abal-abal. Kawan WARU tetap kawal rekap di kecamatan sampai selesai!",
)
C(
    "@1",
    "2024-12-09 19:00",
    "yudi.tt",
    "post",
    "Dua periode resmi! 🔥 Abah terbukti, Sedulur BARA menang! #BaraJilid2",
    alt="Video konvoi motor dengan bendera BARA",
)
C(
    "@1",
    "2024-11-24 21:00",
    "hidayah.fb",
    "post",
    "Masa tenang, tapi doa tidak boleh tenang. Semoga pemimpin yang sudah mengangkat kami jadi PPPK diberi kemenangan lagi. Aamiin ☝️",
)
C(
    "@1",
    "2024-11-26 19:00",
    "maimunah.tt",
    "post",
    "Besok pagi sebelum ke TPS sarapan dulu, biar kuat nyoblos yang paling atas kiri 😁☝️",
)
C(
    "@2",
    "2024-11-25 21:00",
    "fajar.th",
    "post",
    "masa tenang. tenang aja, ✌️ pasti menang. lumajang berubah!",
)

N(
    "2024-11-27 09:00",
    "endang.x",
    "post",
    "Sudah nyoblos di TPS 12. Terima kasih KPPS yang sudah bekerja sejak subuh. Pilihan saya rahasia 🤐",
    alt="Jari kelingking bertinta ungu, tangan mengepal",
)
N(
    "2024-11-27 07:00",
    "maimunah.fb",
    "post",
    "Hari ini sekolah libur karena dipakai TPS. Ayo bapak ibu datang ke TPS, gunakan hak pilih!",
)
N(
    "2024-11-28 10:00",
    "lestari.ig",
    "post",
    "Nakes Puskesmas Senduro siaga di TPS-TPS untuk petugas KPPS yang kelelahan. Semangat KPPS! 💪",
)
N(
    "2024-12-08 16:30",
    "dimas.ig",
    "comment",
    "Terima kasih KPU Lumajang, pilkada berjalan aman dan damai. Saatnya bersatu kembali.",
    on="kpu_hasil",
)
N(
    "2024-11-24 08:00",
    "yudi.fb",
    "post",
    "Hari pertama masa tenang: Satpol PP bersama Bawaslu menurunkan seluruh APK di Kecamatan Lumajang dan Sukodono.",
    alt="Tumpukan baliho kedua paslon di bak truk",
)
N(
    "2024-12-02 19:00",
    "anam.fb",
    "post",
    "Pilkada sudah selesai. Yang menang jangan jumawa, yang kalah jangan putus asa. Mari rukun lagi sebagai saudara.",
)
N(
    "2024-11-30 10:00",
    "fajar.th",
    "post",
    "H+3 pilkada, IGD kembali normal. terima kasih semua yang jaga kondusivitas",
)
N(
    "2024-11-27 14:00",
    "agus.fb",
    "post",
    "Pemungutan suara di 23 TPS Kelurahan Citrodiwangsan berjalan lancar. Partisipasi sementara 78%. Terima kasih warga!",
)
N(
    "2024-12-03 09:00",
    "rina.x",
    "post",
    "rekap tingkat kabupaten hari ini di aula KPU. live streaming di youtube kpu ya buat yg mau mantau",
)

A(
    "@1",
    "2024-12-08 17:00",
    "lestari.ig",
    "comment",
    "Selamat Abah Bambang dan Bu Nur Aini, semoga amanah 🤲",
    on="kpu_hasil",
)
A(
    "@2",
    "2024-12-10 20:00",
    "eko.fb",
    "post",
    "Kalah terhormat. Terima kasih Pak Wahyu sudah memberi pilihan. Perjuangan belum selesai.",
)

# --------------------------------------------------------------------------------------------
# 4. Before and after the Pilkada window: the regent's work, early and late enthusiasm
# --------------------------------------------------------------------------------------------

N(
    "2024-07-10 10:00",
    "dimas.fb",
    "post",
    "Bupati Lumajang meninjau panen raya padi di Desa Kraton, Kecamatan Tempeh. Produktivitas mencapai 7,2 ton per hektare.",
)
N(
    "2024-06-20 09:00",
    "hendra.fb",
    "post",
    "Bupati Bambang meresmikan 14 ruas jalan hasil program Jalan Mantap tahap III. Total panjang 38 km.",
)
N(
    "2024-05-14 08:00",
    "lestari.ig",
    "post",
    "Terima kasih Pak Bupati atas ambulans desa baru untuk Puskesmas Senduro 🚑",
)
N(
    "2024-08-17 10:00",
    "slamet.fb",
    "post",
    "Upacara HUT RI ke-79 di Lapangan Tempeh. Dirgahayu Indonesia!",
)
N(
    "2024-08-20 19:00",
    "rina.x",
    "post",
    "katanya pak bupati mau maju lagi ya? baru denger dari grup kantor",
)
N(
    "2024-08-10 08:00",
    "endang.x",
    "post",
    "Sosialisasi netralitas ASN menjelang Pilkada 2024 di Aula BKPSDM, diikuti 300 ASN.",
)
N(
    "2024-07-25 11:00",
    "dewi.ig",
    "post",
    "Bupati bersama Dinsos meluncurkan program Lansia Sejahtera: 2.000 lansia mendapat paket sembako bulanan.",
    alt="Bupati menyerahkan paket sembako kepada lansia",
)
N(
    "2025-02-20 10:00",
    "dimas.fb",
    "post",
    "Pelantikan Bupati dan Wakil Bupati Lumajang periode 2025-2030 oleh Presiden di Istana. Selamat bekerja!",
)
N(
    "2024-10-20 12:00",
    "eko.x",
    "post",
    "Selamat bertugas Presiden Prabowo dan Wapres Gibran. Semoga amanah memimpin Indonesia.",
)
N(
    "2025-01-10 09:00",
    "hendra.fb",
    "post",
    "Abah Bambang meninjau banjir di Pasirian hari pertama kerja setelah pilkada. Tim Bina Marga siaga.",
)

O(
    "@1",
    "2024-06-15 19:00",
    "slamet.fb",
    "post",
    "Abah Bambang wajib lanjut dua periode! Lumajang masih butuh beliau.",
)
O(
    "@2",
    "2024-07-20 20:00",
    "eko.x",
    "post",
    "Pak Wahyu sudah waktunya maju jadi bupati. Rakyat menunggu!",
)
O(
    "@1",
    "2024-08-26 23:40",
    "dimas.ig",
    "post",
    "Besok hari bersejarah. Abah Bambang dua periode, bismillah! 🔥",
)
O(
    "@1",
    "2023-08-17 10:00",
    "agus.ig",
    "post",
    "Dirgahayu RI ke-78! Di bawah Abah Bambang Lumajang makin maju. Lanjutkan sampai dua periode!",
)
O(
    "@1",
    "2025-01-15 10:00",
    "yudi.tt",
    "post",
    "Abah Bambang dua periode, terbukti! Lanjutkan kerja nyata!",
)
O(
    "@1",
    "2024-08-01 09:00",
    "hendra.fb",
    "post",
    "Semua jalan ini dibangun di era Abah Bambang. Lanjutkan, Abah!",
    alt="Jalan kabupaten yang baru diaspal",
)
O(
    "@2",
    "2025-01-05 19:00",
    "fajar.x",
    "post",
    "pak wahyu tetep bupati di hatiku ✌️ lumajang berubah, 2029 kita coba lagi",
)
O("@02", "2024-06-10 20:00", "rina.x", "post", "prabowo-gibran lanjutkan! gak sabar oktober 🇮🇩")
O("@03", "2023-09-10 19:00", "fajar.x", "post", "Ganjar presiden 2024, sat set tas tes!")
O(
    "@01",
    "2023-10-02 20:00",
    "eko.x",
    "post",
    "Anies-Muhaimin pasangan paling masuk akal. Semoga jadi!",
)

# --------------------------------------------------------------------------------------------
# 5. Pilpres 2024 (window 19 Oct 2023 - 22 Apr 2024) and President Jokowi (official)
# --------------------------------------------------------------------------------------------

C(
    "@02",
    "2024-01-20 20:00",
    "rina.x",
    "comment",
    "gemoy jatim siap menangkan 02 🕺 #02Melanjutkan",
    on="prabowo_x",
)
C(
    "@02",
    "2024-01-10 12:00",
    "rina.x",
    "quote",
    "tol sampai probolinggo, makasih pak jokowi. lanjutkan sama 02 ya biar sampai banyuwangi 🙏",
    on="jokowi_x",
)
C(
    "@02",
    "2024-01-22 21:00",
    "yudi.fb",
    "post",
    "Makan siang gratis buat anak sekolah, itu program yang masuk akal. Prabowo-Gibran, satu putaran!",
)
C(
    "@02",
    "2024-02-08 18:00",
    "dimas.ig",
    "comment",
    "Jawa Timur solid 02, Pak! 🇮🇩✌️",
    on="prabowo_ig",
)
C(
    "@02",
    "2023-12-12 20:00",
    "maimunah.tt",
    "post",
    "Joget gemoy sama murid-murid pulang sekolah 🤣 #02Melanjutkan",
    alt="Video guru dan siswa berseragam berjoget diiringi lagu kampanye 02",
)
C(
    "@02",
    "2024-02-10 21:00",
    "agus.fb",
    "post",
    "Besok masuk masa tenang. Pak Jokowi sudah meletakkan pondasi, tinggal kita lanjutkan. Prabowo-Gibran untuk Indonesia Maju!",
)
C("@01", "2024-01-25 20:00", "eko.x", "comment", "Perubahan harga mati. AMIN! 🙏", on="anies_x")
C(
    "@01",
    "2024-01-26 07:00",
    "eko.fb",
    "post",
    "Semalam hadir di acara Desak Anies di Jember. Ini calon presiden yang mau ditanya apa saja. Satu untuk perubahan! #AMINAjaDulu",
)
C(
    "@01",
    "2024-02-04 20:00",
    "anam.fb",
    "post",
    "Santri pilih pemimpin yang santun dan berilmu. Bismillah, Anies-Muhaimin. ☝️",
)
C(
    "@03",
    "2024-01-27 19:00",
    "fajar.x",
    "comment",
    "KTP sakti mantap pak, petani lumajang bareng 03! 🤟",
    on="ganjar_x",
)
C(
    "@03",
    "2024-02-02 18:00",
    "lestari.ig",
    "comment",
    "Matur nuwun sampun rawuh ing Lumajang, Pak Ganjar! Bidan-bidan siap coblos 3 🤟",
    on="ganjar_ig",
)
C(
    "@03",
    "2024-02-05 20:00",
    "fajar.th",
    "post",
    "ganjar-mahfud paling paham soal nakes. coblos 3, sat set!",
)
C(
    "@02",
    "2024-02-14 15:00",
    "rina.x",
    "post",
    "quick count 58%!!! satu putaran beneran 😭🇮🇩 #02Melanjutkan",
)
C(
    "@02",
    "2024-03-20 22:00",
    "yudi.tt",
    "post",
    "KPU resmi menetapkan! Prabowo-Gibran presidenku 🔥 02 menang!",
    alt="Video sujud syukur di depan layar televisi",
)
C(
    "@02",
    "2024-01-05 19:00",
    "slamet.fb",
    "post",
    "Bupati kita saja sudah jelas arahnya, kita ikut saja ya 😁 Prabowo-Gibran satu putaran!",
)
C(
    "@02",
    "2023-11-30 20:00",
    "hendra.fb",
    "post",
    "Infrastruktur harus dilanjutkan. Tol, bendungan, jalan desa, jangan sampai berhenti. #02Melanjutkan",
)
C(
    "@01",
    "2023-12-12 23:00",
    "eko.x",
    "post",
    "Debat tadi pak Anies menang telak. Yang masih ragu, tonton ulang. Bareng AMIN!",
)
C(
    "@03",
    "2023-12-22 20:00",
    "fajar.x",
    "post",
    "Mahfud MD tegas soal hukum, itu yang kita butuhkan. Ganjar-Mahfud 2024 🤟",
)
C(
    "@02",
    "2024-01-22 21:30",
    "rina.x",
    "reply",
    "susu gratis buat balita juga ya mas, gas 02!",
    on="gibran_x",
)
C(
    "@01",
    "2024-02-12 20:00",
    "eko.fb",
    "post",
    "Masa tenang, tapi hati tetap untuk perubahan. Lusa ingat nomor 1 ya rekan-rekan guru.",
)
C(
    "@02",
    "2024-02-06 19:00",
    "dewi.ig",
    "post",
    "Bansos lancar, harga beras stabil. Terima kasih Pak Jokowi, lanjutkan bersama Prabowo-Gibran! ✌️",
)
C(
    "@02",
    "2024-01-14 09:00",
    "dimas.fb",
    "post",
    "Minggu pagi jalan sehat bareng relawan, kaos biru langit kompak 💙",
    alt="Rombongan jalan sehat berkaos biru muda bertuliskan 'Prabowo Gibran 02'",
)
C(
    "@03",
    "2024-02-09 20:00",
    "lestari.fb",
    "post",
    "Sudah saatnya bidan desa diangkat semua. Pak Ganjar sudah janji. Tanggal 14 coblos nomor 3 ya ibu-ibu kader 🤟",
)

N(
    "2024-01-10 12:30",
    "eko.x",
    "quote",
    "Tol Pasuruan-Probolinggo mempersingkat perjalanan ke Surabaya. Terima kasih Pak Presiden.",
    on="jokowi_x",
)
N(
    "2024-01-10 13:00",
    "dimas.fb",
    "post",
    "Terima kasih Bapak Presiden Joko Widodo atas peresmian Tol Pasuruan-Probolinggo seksi 4. Warga Lumajang kini lebih dekat ke Surabaya.",
)
N(
    "2023-11-13 21:00",
    "rina.x",
    "post",
    "KPU baru saja menetapkan nomor urut: 01 Anies-Muhaimin, 02 Prabowo-Gibran, 03 Ganjar-Mahfud. semoga pemilu damai 🇮🇩",
)
N(
    "2024-01-25 20:30",
    "endang.x",
    "reply",
    "Sekadar mengingatkan rekan-rekan ASN: berkomentar di akun capres bisa dianggap pelanggaran netralitas. Mohon bijak.",
    on="anies_x",
)
N(
    "2024-02-14 12:00",
    "maimunah.fb",
    "post",
    "Sudah mencoblos! Lima surat suara, agak bingung buka lipatannya 😅 Ayo yang belum, TPS tutup jam 1 siang.",
    alt="Jari kelingking bertinta ungu",
)
N(
    "2023-12-15 10:00",
    "anam.fb",
    "post",
    "Aamiin ya Rabbal 'alamin. Semoga negeri ini diberi pemimpin yang adil. Doakan pemilu damai.",
)
N(
    "2024-01-27 19:30",
    "hendra.fb",
    "post",
    "Rapat koordinasi persiapan kunjungan capres ke Lumajang. DPUPR menambal jalan rute Lumajang-Pasirian, sama seperti untuk kunjungan paslon lain.",
)
N(
    "2024-02-02 18:30",
    "dimas.ig",
    "post",
    "Kunjungan capres nomor urut 3 ke Lumajang berjalan tertib. Pemkab tetap netral dan melayani semua peserta pemilu secara sama.",
)
N(
    "2023-12-05 19:00",
    "fajar.x",
    "post",
    "yang nanya perawat boleh ikut kampanye? NGGAK. kita ASN. nge-like aja nggak boleh lho",
)
N(
    "2024-01-15 08:00",
    "lestari.ig",
    "post",
    "Posyandu hari ini bagi-bagi PMT. Makanan bergizi buat balita itu sudah ada dari dulu ya bunda 😊",
)
N(
    "2024-02-09 19:00",
    "endang.fb",
    "post",
    "Rekap BKPSDM: 3 ASN Lumajang dijatuhi hukuman disiplin karena berfoto dengan pose jari paslon capres. Mohon jadi pelajaran.",
)
N(
    "2024-03-21 09:00",
    "endang.x",
    "post",
    "KPU telah menetapkan hasil Pilpres 2024. Mari hormati hasilnya dan kembali bekerja melayani masyarakat.",
)
N(
    "2024-02-20 10:00",
    "agus.ig",
    "post",
    "Rekapitulasi suara tingkat kecamatan di Gedung Kecamatan Lumajang berjalan lancar. Terima kasih PPK, PPS dan KPPS.",
)
N(
    "2023-12-27 20:00",
    "eko.x",
    "post",
    "Siswa kelas 9 bertanya kenapa ada tiga pasang calon presiden dan bagaimana memilih yang baik. Saya jawab: baca visi misi, lihat rekam jejak, jangan ikut-ikutan.",
)
N(
    "2024-01-30 08:00",
    "maimunah.tt",
    "post",
    "Pulang ngajar langsung masak opor, resep nomor 2 dari mertua 😋",
)
N(
    "2024-01-22 22:00",
    "fajar.x",
    "reply",
    "programnya bagus, tapi anggarannya dari mana mas? serius nanya",
    on="gibran_x",
)
N(
    "2024-02-11 08:00",
    "anam.fb",
    "post",
    "Masa tenang, saatnya merenung. Ya Allah, berikan kami pemimpin yang terbaik untuk bangsa ini. Aamiin.",
)
N(
    "2023-11-28 09:00",
    "yudi.fb",
    "post",
    "Hari pertama kampanye Pemilu 2024. Satpol PP siap mengawal ketertiban dan menertibkan APK yang melanggar perda.",
)
N(
    "2024-02-15 10:00",
    "lestari.fb",
    "post",
    "Bayi kembar lahir tadi pagi di Puskesmas Senduro, tepat sehari setelah pemilu 😍 selamat bunda!",
)
N(
    "2024-04-22 20:00",
    "rina.x",
    "post",
    "putusan MK udah keluar. apapun pilihan kemarin, yuk balik kerja dan akur lagi 🤝",
)

# --------------------------------------------------------------------------------------------
# 6. Parties: political at any time
# --------------------------------------------------------------------------------------------

C(
    "PDIP",
    "2024-06-01 09:00",
    "eko.fb",
    "post",
    "Selamat Hari Lahir Pancasila. Bangga bersama PDI Perjuangan, partainya wong cilik! 🔴🐂",
)
C(
    "PKB",
    "2024-07-23 20:00",
    "anam.fb",
    "post",
    "Harlah PKB ke-26. PKB rumah besar warga NU, terus berjuang untuk umat! 💚",
)
C(
    "GOLKAR",
    "2024-05-10 10:00",
    "hendra.fb",
    "post",
    "Suara Golkar, suara rakyat. Kuning tetap di hati 💛",
)
C(
    "PKS",
    "2024-09-28 19:00",
    "fajar.x",
    "post",
    "PKS konsisten jadi oposisi yang sehat. Dukung terus!",
)
C(
    "DEMOKRAT",
    "2023-09-20 19:00",
    "rina.x",
    "post",
    "demokrat tuh partainya anak muda sekarang, gas terus 💙",
)
C(
    "GERINDRA",
    "2025-02-06 20:00",
    "yudi.tt",
    "post",
    "HUT Gerindra ke-17! Partai kebanggaan, Garuda di dadaku 🦅🔥",
)

N(
    "2024-07-05 10:00",
    "dimas.fb",
    "post",
    "Bupati Lumajang menerima audiensi pengurus DPC Partai Gerindra, PKB, PDI Perjuangan dan Golkar terkait persiapan Pilkada yang damai.",
)
N(
    "2024-02-25 10:00",
    "anam.fb",
    "post",
    "Partai-partai boleh berbeda, tapi sebagai ASN kita wajib netral dan melayani semua.",
)
N(
    "2024-06-25 13:00",
    "endang.x",
    "post",
    "Pengingat: ASN yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat (UU 5/2014 pasal 87). Jangan coba-coba.",
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
        return f"C{n:04d}xLmj{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzLmj{n:05d}Kw"
    return f"DA{n:05d}lmj"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vLmj{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Lm"
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
    else:
        assert item.action == "post", f"{item.key}: a {item.action} needs a parent"
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
        "name: Probe political.campaign – petahana, Pilbup Lumajang 2024 & Pilpres 2024\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-petahana-") as tmp:
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
