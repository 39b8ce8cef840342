# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: short video and music (TikTok, Reels, Shorts, live).

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* The real 2024 presidential pairs with their real ballot numbers and campaign teams (TKN,
  Timnas AMIN, TPN); public slogans, hashtags and the viral jingle "Oke Gas" and "gemoy" dance
  are used as public facts, every text is invented.
* An invented Pilwako Batam 2024 (Kota Batam, 21.71): pair 1 Rusdi Hamzah - Lenny Marpaung
  ("RAMAH", "Batam Ramah, Warga Bahagia", Tim Pemenangan RAMAH, yellow), pair 2 Stevanus
  Hutabarat - Nurhayati ("SEHATI", "Dua jari satu hati", the "joget SEHATI" dance challenge,
  Tim Pemenangan SEHATI / Sahabat SEHATI) and pair 3 Bambang Irawan - Suryani Tanjung ("BISA",
  "Batam Pasti BISA", jingle "Nomor Tiga Pasti BISA", volunteers Laskar BISA).
* Nine real national parties (public facts: names and 2024 ballot numbers).
* Nine invented civil servants (Pemko Batam, Pemprov Kepri, Bea Cukai Batam, Imigrasi Batam,
  Komdigi in Jakarta): a music teacher, a PE teacher, a doctor, a sub-district secretary who
  live-streams, a tourism-office dancer, ... with declared TikTok, Instagram, YouTube, X,
  Facebook and Threads accounts.

Events are video captions and titles, stacked hashtags (#fyp #xyzbca + campaign tags), duet and
stitch captions (``quote`` of the original video), typed-out jingle lyrics and chants, parody
songs, dance challenges named after candidates, sound names ("suara asli - Tim ..."), on-screen
text (``ocr_text``) and ``alt_text`` of video/image media, live-stream titles, comments under
candidates' videos; and the honest look-alikes: non-political dances and songs, jingle lyrics
quoted in news and Bawaslu reports, music lessons about campaign songs in general, love-song
karaoke ("pilihan hatiku", "nomor satu di hatiku"), sports chants ("gas terus"), school
yel-yel ("pasti bisa"), religious "amin", "gemoy" meaning cute, "sehati"/"ramah"/"bisa" as
ordinary words, numbers in other senses.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words (or words they put on screen) campaigning for / showing
  support of a target inside that target's election window (parties: any time); lists the
  target ids a correct finding may name.
* ``N``: close but not campaigning.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_video_jingle.py [--show] [--keep DIR]

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

# code, name, parent_code, region_code
AGENCIES = [
    ("PEMPROV-KEPRI", "Pemerintah Provinsi Kepulauan Riau", "", "21"),
    ("DISDIK-KEPRI", "Dinas Pendidikan Provinsi Kepulauan Riau", "PEMPROV-KEPRI", "21"),
    ("PEMKO-BATAM", "Pemerintah Kota Batam", "", "21.71"),
    ("DISKOMINFO-BTM", "Dinas Komunikasi dan Informatika Kota Batam", "PEMKO-BATAM", "21.71"),
    ("DINKES-BTM", "Dinas Kesehatan Kota Batam", "PEMKO-BATAM", "21.71"),
    ("DISBUDPAR-BTM", "Dinas Kebudayaan dan Pariwisata Kota Batam", "PEMKO-BATAM", "21.71"),
    ("DISDIK-BTM", "Dinas Pendidikan Kota Batam", "PEMKO-BATAM", "21.71"),
    ("KEC-SEKUPANG", "Kecamatan Sekupang", "PEMKO-BATAM", "21.71"),
    ("KEMENKEU", "Kementerian Keuangan", "", ""),
    ("DJBC-BTM", "Kantor Pelayanan Utama Bea dan Cukai Tipe B Batam", "KEMENKEU", "21.71"),
    ("KEMIMIPAS", "Kementerian Imigrasi dan Pemasyarakatan", "", ""),
    ("KANIM-BTM", "Kantor Imigrasi Kelas I Khusus TPI Batam", "KEMIMIPAS", "21.71"),
    ("KOMDIGI", "Kementerian Komunikasi dan Digital", "", ""),
]

# key -> nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "rizky": (
        "199403112019031004",
        "Rizky Ananda Putra, S.Kom.",
        "DISKOMINFO-BTM",
        "Bidang Informasi dan Komunikasi Publik",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "21.71",
    ),
    "melati": (
        "198807222014042002",
        "Melati Sihombing, S.Pd.",
        "DISDIK-KEPRI",
        "SMA Negeri 3 Batam",
        "Guru Seni Budaya (Musik)",
        "PNS",
        "21.71",
    ),
    "jefri": (
        "199012022013121001",
        "Jefri Mamahit, S.E.",
        "DJBC-BTM",
        "Bidang Pelayanan Fasilitas",
        "Pemeriksa Bea Cukai",
        "PNS",
        "21.71",
    ),
    "wulan": (
        "199105302020022003",
        "dr. Wulandari Kusuma",
        "DINKES-BTM",
        "Puskesmas Baloi Permai",
        "Dokter Ahli Pertama",
        "PNS",
        "21.71",
    ),
    "syahrul": (
        "197909142003101002",
        "Syahrul Nizam, S.Sos., M.Si.",
        "KEC-SEKUPANG",
        "Sekretariat Kecamatan",
        "Sekretaris Camat",
        "PNS",
        "21.71",
    ),
    "dinda": (
        "199701192023042001",
        "Dinda Maharani, A.Md.",
        "DISBUDPAR-BTM",
        "Bidang Kesenian",
        "Pengelola Kegiatan Kesenian",
        "PPPK",
        "21.71",
    ),
    "hotman": (
        "198506082009031003",
        "Hotman Pardede, S.H.",
        "KANIM-BTM",
        "Seksi Lalu Lintas Keimigrasian",
        "Analis Keimigrasian",
        "PNS",
        "21.71",
    ),
    "ayu": (
        "199510102020012003",
        "Ayu Lestari, S.I.Kom.",
        "KOMDIGI",
        "Biro Hubungan Masyarakat",
        "Pranata Humas Ahli Pertama",
        "PNS",
        "31",
    ),
    "bayu": (
        "198704042011011005",
        "Bayu Firmansyah, S.Pd.",
        "DISDIK-BTM",
        "SMP Negeri 12 Batam",
        "Guru PJOK",
        "PNS",
        "21.71",
    ),
}

# "employee.platform" -> platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "rizky.tt": (
        "tt",
        "rizkyap.btm",
        "6801000000000000011",
        "Rizky AP",
        "konten random | Batam 📍",
        "Batam",
    ),
    "rizky.ig": (
        "ig",
        "rizky.ananda.p",
        "4810000011",
        "Rizky Ananda",
        "Kominfo Batam • editor amatir",
        "Batam, Kepri",
    ),
    "rizky.yt": (
        "yt",
        "RizkyAPVlog",
        "UCrizkyAPvlog000000000011",
        "Rizky AP Vlog",
        "vlog & tutorial capcut",
        "Batam",
    ),
    "melati.tt": (
        "tt",
        "bumelati.musik",
        "6801000000000000021",
        "Bu Melati Musik 🎶",
        "guru seni musik SMAN 3 Batam",
        "Batam",
    ),
    "melati.yt": (
        "yt",
        "BuMelatiMusik",
        "UCbumelatimusik0000000021",
        "Bu Melati Musik",
        "Belajar musik bareng Bu Melati",
        "Batam, Kepulauan Riau",
    ),
    "melati.ig": (
        "ig",
        "melati.sihombing",
        "4810000021",
        "Melati Sihombing",
        "Guru | penyanyi gereja | ibu dua anak",
        "Batam",
    ),
    "jefri.tt": (
        "tt",
        "jefri_mmht",
        "6801000000000000031",
        "Jefri Mamahit",
        "Manado 🔁 Batam",
        "Batam",
    ),
    "jefri.x": (
        "x",
        "jefrimamahit",
        "1580000000000000031",
        "Jefri M.",
        "Kawanua di Batam. Opini pribadi.",
        "Batam",
    ),
    "jefri.th": ("th", "jefri_mmht", "63100000031", "Jefri Mamahit", "Manado 🔁 Batam", "Batam"),
    "jefri.ig": ("ig", "jefri_mmht", "4810000031", "Jefri Mamahit", "Manado 🔁 Batam", "Batam"),
    "wulan.ig": (
        "ig",
        "dr.wulan.btm",
        "4810000041",
        "dr. Wulan",
        "dokter puskesmas | edukasi kesehatan",
        "Batam",
    ),
    "wulan.tt": (
        "tt",
        "dr.wulan.btm",
        "6801000000000000041",
        "dr. Wulan 🩺",
        "edukasi kesehatan ala puskesmas",
        "Batam",
    ),
    "wulan.th": ("th", "dr.wulan.btm", "63100000041", "dr. Wulan", "", "Batam"),
    "wulan.yt": (
        "yt",
        "drWulanBatam",
        "UCdrwulanbatam00000000041",
        "dr. Wulan Batam",
        "edukasi kesehatan",
        "Batam",
    ),
    "syahrul.fb": (
        "fb",
        "syahrul.nizam.79",
        "100004500000051",
        "Syahrul Nizam",
        "Sekcam Sekupang",
        "Batam",
    ),
    "syahrul.yt": (
        "yt",
        "SyahrulNizamOfficial",
        "UCsyahrulnizam00000000051",
        "Syahrul Nizam Official",
        "kegiatan warga Sekupang",
        "Sekupang, Batam",
    ),
    "syahrul.tt": (
        "tt",
        "syahrul.nizam",
        "6801000000000000051",
        "Pak Syahrul",
        "Sekupang punya cerita",
        "Batam",
    ),
    "dinda.tt": (
        "tt",
        "dinda.joget",
        "6801000000000000061",
        "Dinda 💃",
        "joget dulu kerja kemudian | Disbudpar",
        "Batam",
    ),
    "dinda.ig": (
        "ig",
        "dindamhrn",
        "4810000061",
        "Dinda Maharani",
        "PPPK Disbudpar Batam 🌸",
        "Batam",
    ),
    "hotman.fb": (
        "fb",
        "hotman.pardede.85",
        "100004500000071",
        "Hotman Pardede",
        "Imigrasi Batam | Horas!",
        "Batam",
    ),
    "hotman.tt": (
        "tt",
        "hotman_prd",
        "6801000000000000071",
        "Hotman Pardede",
        "Horas dari Batam",
        "Batam",
    ),
    "hotman.yt": (
        "yt",
        "HotmanPardedeChannel",
        "UChotmanpardede0000000071",
        "Hotman Pardede",
        "lagu batak & keluarga",
        "Batam",
    ),
    "ayu.x": (
        "x",
        "ayulestari_",
        "1580000000000000081",
        "Ayu Lestari",
        "humas | pendapat pribadi | anak Batam di Jakarta",
        "Jakarta",
    ),
    "ayu.tt": (
        "tt",
        "ayulestari.id",
        "6801000000000000081",
        "Ayu Lestari",
        "anak Batam di Jakarta ✨",
        "Jakarta",
    ),
    "ayu.th": ("th", "ayulestari_", "63100000081", "Ayu", "", "Jakarta"),
    "ayu.ig": (
        "ig",
        "ayulestari.id",
        "4810000081",
        "Ayu Lestari",
        "Komdigi • Batam born",
        "Jakarta",
    ),
    "bayu.tt": (
        "tt",
        "pakbayu.pjok",
        "6801000000000000091",
        "Pak Bayu PJOK",
        "guru olahraga SMPN 12 Batam",
        "Batam",
    ),
    "bayu.ig": (
        "ig",
        "bayu.firmansyah",
        "4810000091",
        "Bayu Firmansyah",
        "guru | futsal | ayah",
        "Batam",
    ),
    "bayu.fb": ("fb", "bayu.firmansyah.87", "100004500000091", "Bayu Firmansyah", "", "Batam"),
    "bayu.yt": (
        "yt",
        "PakBayuPJOK",
        "UCpakbayupjok000000000091",
        "Pak Bayu PJOK",
        "senam & olahraga sekolah",
        "Batam",
    ),
}

PEMILU_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
    ("result", "2024-03-21", "2024-04-24"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-16"),
    ("result", "2024-12-17", "2025-01-15"),
]
# Windows: PILPRES2024 2023-10-19 .. 2024-04-24; PILWAKO-BATAM2024 2024-08-27 .. 2025-01-15.
ELECTIONS = [
    (
        "PILPRES2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PEMILU_STAGES,
    ),
    (
        "PILWAKO-BATAM2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Batam 2024",
        "regional_head",
        "21.71",
        PILKADA_STAGES,
    ),
]

# target_id -> name, kind, election_id, ballot_number, party
TARGETS = {
    "P1": ("Anies Rasyid Baswedan – Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", ""),
    "P2": ("Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "P3": ("Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "T1": (
        "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
        "campaign_team",
        "PILPRES2024",
        "",
        "",
    ),
    "T2": ("Tim Kampanye Nasional Prabowo-Gibran (TKN)", "campaign_team", "PILPRES2024", "", ""),
    "T3": ("Tim Pemenangan Nasional Ganjar-Mahfud (TPN)", "campaign_team", "PILPRES2024", "", ""),
    "B1": (
        "Rusdi Hamzah – Lenny Marpaung",
        "candidate",
        "PILWAKO-BATAM2024",
        "1",
        "Partai Golongan Karya (Golkar)",
    ),
    "B2": (
        "Stevanus Hutabarat – Nurhayati",
        "candidate",
        "PILWAKO-BATAM2024",
        "2",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
    ),
    "B3": (
        "Bambang Irawan – Suryani Tanjung",
        "candidate",
        "PILWAKO-BATAM2024",
        "3",
        "Partai Gerakan Indonesia Raya (Gerindra)",
    ),
    "BT1": ("Tim Pemenangan RAMAH", "campaign_team", "PILWAKO-BATAM2024", "", ""),
    "BT2": ("Tim Pemenangan SEHATI (Sahabat SEHATI)", "campaign_team", "PILWAKO-BATAM2024", "", ""),
    "BT3": ("Laskar BISA", "campaign_team", "PILWAKO-BATAM2024", "", ""),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", "Demokrat"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "PERINDO": ("Partai Perindo", "party", "", "16", "Perindo"),
}

# "target.platform" -> handle, user_id, display_name
TARGET_ACCOUNTS = {
    "P1.tt": ("aniesmuhaimin.amin", "6900000000000000101", "Anies Muhaimin (AMIN)"),
    "P1.yt": ("AMINOfficialChannel", "UCaminofficial00000000101", "AMIN Official"),
    "P2.tt": ("prabowogibran.2024", "6900000000000000201", "Prabowo Gibran"),
    "P2.x": ("prabowogibran_24", "1700000000000000201", "Prabowo-Gibran 2024"),
    "P3.tt": ("ganjarmahfud.satset", "6900000000000000301", "Ganjar Mahfud"),
    "P3.fb": ("GanjarMahfud2024", "100090000000301", "Ganjar-Mahfud 2024"),
    "T2.tt": ("tkn.prabowogibran", "6900000000000000202", "TKN Prabowo Gibran"),
    "B1.tt": ("rusdilenny.ramah", "6900000000000001101", "Rusdi-Lenny RAMAH"),
    "B2.tt": ("stevanus.nurhayati", "6900000000000001201", "SEHATI Batam"),
    "B2.ig": ("sehati.batam2024", "5800000001201", "SEHATI untuk Batam"),
    "B3.tt": ("bambang.suryani.bisa", "6900000000000001301", "Batam BISA"),
    "B3.yt": ("BatamBISAOfficial", "UCbatambisaofficial000001301", "Batam BISA Official"),
    "BT1.fb": ("timpemenanganramah", "100090000001101", "Tim Pemenangan RAMAH"),
    "BT2.tt": ("timsehati.batam", "6900000000000001202", "Tim Pemenangan SEHATI"),
    "BT2.x": ("sahabatsehati_btm", "1700000000000001202", "Sahabat SEHATI"),
    "BT3.fb": ("laskarbisa.batam", "100090000001301", "Laskar BISA Batam"),
}

# target_id, term
KEYWORDS = [
    ("P1", "AMIN"),
    ("P1", "Anies-Muhaimin"),
    ("P1", "Anies-Imin"),
    ("P1", "#AniesMuhaimin2024"),
    ("P1", "Indonesia Adil Makmur untuk Semua"),
    ("P1", "coblos 01"),
    ("P1", "slepet"),
    ("P2", "Prabowo-Gibran"),
    ("P2", "#PrabowoGibran2024"),
    ("P2", "#02Melanjutkan"),
    ("P2", "Oke Gas"),
    ("P2", "gemoy"),
    ("P2", "Bersama Indonesia Maju"),
    ("P2", "coblos 02"),
    ("P3", "Ganjar-Mahfud"),
    ("P3", "#GanjarMahfud2024"),
    ("P3", "sat set"),
    ("P3", "coblos 03"),
    ("B1", "RAMAH"),
    ("B1", "#BatamRAMAH"),
    ("B1", "Batam Ramah Warga Bahagia"),
    ("B2", "SEHATI"),
    ("B2", "#SEHATIuntukBatam"),
    ("B2", "Dua Jari Satu Hati"),
    ("B2", "joget SEHATI"),
    ("B2", "Batam Sehati Maju Bersama"),
    ("B3", "BISA"),
    ("B3", "#BatamBISA"),
    ("B3", "Batam Pasti BISA"),
    ("B3", "Nomor Tiga Pasti BISA"),
    ("BT3", "Laskar BISA"),
    ("BT2", "Sahabat SEHATI"),
    ("PDIP", "PDI Perjuangan"),
    ("PDIP", "#PDIPerjuangan"),
    ("GERINDRA", "#Gerindra"),
    ("GOLKAR", "Suara Golkar Suara Rakyat"),
    ("NASDEM", "Restorasi Indonesia"),
    ("PKS", "#PKSMenang"),
]

# label shortcuts: a finding naming any of these targets is a correct one
GROUPS = {
    "G1": "P1 T1",
    "G2": "P2 T2",
    "G3": "P3 T3",
    "GB1": "B1 BT1",
    "GB2": "B2 BT2",
    "GB3": "B3 BT3",
}

# key -> platform, handle, user_id, display_name (accounts that are not targets)
OTHER_ACCOUNTS = {
    "creator.tt": ("tt", "dancebatam.official", "6911112222333344", "Dance Batam"),
    "friend.x": ("x", "nanda_rmd", "1599887766554433", "Nanda R."),
    "bawaslu.fb": (
        "fb",
        "bawaslu.kotabatam.info",
        "100064000000001",
        "Info Pengawasan Pemilu Batam",
    ),
    "friend.fb": ("fb", "lina.hutapea.7", "100012345678901", "Lina Hutapea"),
    "friend2.tt": ("tt", "mama.arka", "6922223333444455", "Mama Arka"),
}

# key -> author account key, occurred_at, text (posts that the employees answer, quote or share)
PARENTS = {
    "p2_tt_gemoy": (
        "P2.tt",
        "2024-01-18T19:00:00+07:00",
        "Joget gemoy bareng relawan di Batam! 14 Februari coblos 02 🩵 #PrabowoGibran2024",
    ),
    "p1_tt_slepet": (
        "P1.tt",
        "2024-01-20T10:00:00+07:00",
        "Cak Imin: 'Slepet dulu, baru ngomong!' 😄 #AMIN #AniesMuhaimin2024",
    ),
    "p3_tt_live": (
        "P3.tt",
        "2024-01-26T20:00:00+07:00",
        "LIVE: Ganjar-Mahfud dialog dengan guru honorer se-Indonesia",
    ),
    "p1_yt_desak": ("P1.yt", "2024-01-15T20:00:00+07:00", "Desak Anies di Batam – full video"),
    "p2_x_pidato": (
        "P2.x",
        "2024-01-25T12:00:00+07:00",
        "Kita lanjutkan pembangunan. Indonesia harus maju! #02Melanjutkan",
    ),
    "p3_fb_video": (
        "P3.fb",
        "2024-01-29T08:00:00+07:00",
        "Sat set! Satu desa, satu puskesmas, satu nakes untuk seluruh Indonesia.",
    ),
    "b2_tt_jingle": (
        "B2.tt",
        "2024-10-01T19:00:00+07:00",
        "Jingle resmi SEHATI! Dua jari satu hati, SEHATI untuk Batam ✌️ #SEHATIuntukBatam",
    ),
    "b2_tt_visi": (
        "B2.tt",
        "2024-10-13T19:00:00+07:00",
        "Visi SEHATI: jalan mulus, air lancar, Batam maju bersama.",
    ),
    "b1_tt_pasar": (
        "B1.tt",
        "2024-10-12T09:00:00+07:00",
        "Bu Lenny blusukan ke Pasar Sagulung, menyapa emak-emak 🥰 #BatamRAMAH",
    ),
    "b3_tt_konser": (
        "B3.tt",
        "2024-10-16T20:00:00+07:00",
        "Pak Bambang: Batam pasti BISA! Saksikan konser rakyat Laskar BISA",
    ),
    "b3_tt_air": (
        "B3.tt",
        "2024-10-19T19:00:00+07:00",
        "Pak Bambang bicara soal air bersih: Batam BISA mandiri air!",
    ),
    "b3_yt_jingle": (
        "B3.yt",
        "2024-10-10T10:00:00+07:00",
        "Jingle Resmi 'Nomor Tiga Pasti BISA' – Bambang Irawan & Suryani Tanjung",
    ),
    "b2_ig_joget": (
        "B2.ig",
        "2024-10-20T10:00:00+07:00",
        "Joget SEHATI bareng warga Batam Kota 💃 siapa yang sudah hafal?",
    ),
    "bt1_fb_jingle": (
        "BT1.fb",
        "2024-10-03T10:00:00+07:00",
        "Jingle resmi Tim Pemenangan RAMAH. Putar, bagikan, menangkan!",
    ),
    "bt3_fb_konser": (
        "BT3.fb",
        "2024-11-02T15:00:00+07:00",
        "Konser Laskar BISA malam ini di Lapangan Sekupang! Ajak keluarga 🎶",
    ),
    "bt2_x_keroncong": (
        "BT2.x",
        "2024-10-26T10:00:00+07:00",
        "Relawan SEHATI bikin jingle versi keroncong 🎶 #SEHATIuntukBatam",
    ),
    "creator_okegas": (
        "creator.tt",
        "2024-01-10T18:00:00+07:00",
        "Tutorial dance Oke Gas gampang banget 🕺 #okegas #tutorialdance",
    ),
    "creator_sehati": (
        "creator.tt",
        "2024-10-08T18:00:00+07:00",
        "Tutorial joget SEHATI part 2 (request kalian) 💃 #jogetsehati",
    ),
    "friend_x_bingung": (
        "friend.x",
        "2024-01-24T21:00:00+07:00",
        "Bingung nih 14 Feb mau pilih siapa, kasih pencerahan dong",
    ),
    "bawaslu_fb_asn": (
        "bawaslu.fb",
        "2024-10-04T09:00:00+07:00",
        "Bawaslu Kota Batam temukan 3 ASN joget kampanye di TikTok, direkomendasikan ke BKN untuk sanksi.",
    ),
    "friend_fb_mtq": (
        "friend.fb",
        "2024-02-05T20:00:00+07:00",
        "Doakan anak saya lomba MTQ tingkat kota besok ya 🙏",
    ),
    "friend2_tt_ujian": (
        "friend2.tt",
        "2024-01-28T20:00:00+07:00",
        "Doakan anak saya ujian masuk kedokteran besok 🙏",
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
    mk: str | None = None  # media kind override: "image" or "video"


ITEMS: list[Item] = []


def _expand(targets: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in targets.split():
        out.extend(GROUPS.get(tok, tok).split())
    return tuple(out)


def _when(when: str) -> str:
    """'2024-01-05 20:15' -> '2024-01-05T20:15:00+07:00'; full ISO strings are kept as written."""
    if "T" in when:
        return when
    return when.replace(" ", "T") + ":00" + TZ


def _add(
    label: str, targets: str, when: str, acct: str, action: str, text: str | None, **kw: str
) -> None:
    ITEMS.append(
        Item(
            f"{label}{len(ITEMS) + 1:03d}",
            label,
            _expand(targets),
            _when(when),
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

# --- C: Pilpres 2024 (window 2023-10-19 .. 2024-04-24) --------------------------------------
C(
    "G2",
    "2023-12-03 20:14",
    "rizky.tt",
    "post",
    "Oke gas oke gas, nomor dua torang gas 🔥🔥 ikut challenge dulu ah #okegas #prabowogibran #fyp #xyzbca",
)
C(
    "G2",
    "2023-12-17 12:40",
    "dinda.tt",
    "post",
    "gemoy dance versi kantor 🕺 pas jam istirahat wkwk. 14 Februari jangan lupa 02 ya gaes #gemoydance #02 #fypシ",
)
C(
    "G2",
    "2024-01-05 19:30",
    "melati.yt",
    "post",
    "Cover Jingle Oke Gas (versi akustik) | Prabowo-Gibran 2024 — Yang sepemikiran, 14 Februari kita gas bareng 🙌 #OkeGas #PrabowoGibran2024",
)
C(
    "G2",
    "2024-01-20 21:05",
    "jefri.tt",
    "post",
    "Torang samua basudara, mar 14 Februari torang pilih nomor dua neh. Oke gas! 🤙 #sulutgas #02",
)
C(
    "G1",
    "2024-01-08 22:10",
    "ayu.tt",
    "post",
    "POV: kamu ASN tapi hatinya udah AMIN dari awal 🤫☝️ #AMIN #aniesmuhaimin #fyp",
)
C(
    "G1",
    "2024-02-02 23:30",
    "ayu.x",
    "post",
    "Desak Anies semalem bikin merinding. Beneran pengen perubahan, 01 sampai menang!",
)
C(
    "G3",
    "2024-01-28 20:00",
    "hotman.fb",
    "post",
    "Nyanyi bareng keluarga lagu jingle 'Sat Set' 😄 Ganjar-Mahfud menang satu putaran! Salam tiga jari 🤟",
    mk="video",
)
C(
    "G3",
    "2024-01-14 06:30",
    "bayu.tt",
    "post",
    "Senam pagi pake lagu jingle 03 biar semangat 💪 Sat set tas tes, pilih yang kerjanya jelas! #GanjarMahfud2024 #senampagi",
)
C(
    "G2",
    "2024-01-22 20:45",
    "rizky.tt",
    "quote",
    "duet sama Pak Prabowo 🥹🫶 joget gemoy sampai 14 Februari! #duet #02melanjutkan",
    on="p2_tt_gemoy",
)
C(
    "G1",
    "2024-01-21 13:00",
    "dinda.tt",
    "quote",
    "stitch sama Cak Imin, slepet dulu bos! 😂 AMIN menang, Indonesia adil makmur untuk semua ✊ #stitch",
    on="p1_tt_slepet",
)
C(
    "G1",
    "2024-02-05 17:20",
    "wulan.ig",
    "post",
    "Lagi libur dinas, nonton kampanye akbar AMIN di Batam 🥹 #AniesMuhaimin2024",
    alt="Video kerumunan massa di lapangan, spanduk besar Anies-Muhaimin nomor 1",
    mk="video",
)
C(
    "G2",
    "2024-02-09 19:00",
    "syahrul.yt",
    "post",
    "LIVE | Nobar debat capres terakhir bareng warga RT 03. Kita kawal, 02 satu putaran! 🔴",
)
C(
    "G2",
    "2024-01-16 08:12",
    "jefri.th",
    "post",
    "jingle oke gas nyangkut di kepala dari pagi 😭 tapi emang cocok sih, 14 Feb gas nomor dua",
)
C(
    "G2",
    "2024-01-12 15:00",
    "melati.tt",
    "post",
    "kelas musik hari ini 🎶 #guruseni",
    ocr="JINGLE PILIHAN BU GURU: OKE GAS! COBLOS 02 ✌️",
)
C(
    "G1",
    "2024-01-11 07:05",
    "ayu.ig",
    "post",
    "outfit hari ini 🤍 #ootd",
    alt="Perempuan memakai kaos bertuliskan AMIN sambil mengacungkan telunjuk",
    ocr="AMIN ☝️ ANIES MUHAIMIN 2024",
    mk="video",
)
C(
    "G2",
    "2024-02-13 21:00",
    "rizky.tt",
    "post",
    "masa tenang tapi playlist masih oke gas 🤭 besok jangan salah coblos ya, yang bajunya biru muda nomor dua",
)
C(
    "G2",
    "2024-01-18 12:30",
    "dinda.tt",
    "post",
    "joget gemoy challenge 🤸‍♀️ tag temen kantormu yang belum pernah gemoy! #gemoy #prabowogibran #fyp",
)
C(
    "G2",
    "2024-01-19 16:00",
    "bayu.tt",
    "comment",
    "Gemoy dance udah jadi senam wajib murid2 saya pak 🤣 Lanjutkan! 02!",
    on="p2_tt_gemoy",
)
C(
    "G3",
    "2024-01-26 20:30",
    "hotman.tt",
    "comment",
    "Mantap Pak Ganjar! Keluarga besar Pardede di Batam solid 03 🔥",
    on="p3_tt_live",
)
C(
    "G1",
    "2024-01-20 14:00",
    "wulan.tt",
    "comment",
    "Bismillah AMIN 🤲 dari Batam untuk perubahan",
    on="p1_tt_slepet",
)
C(
    "G2",
    "2024-01-25 13:10",
    "jefri.x",
    "quote",
    "Ini baru pemimpin. Torang gas nomor dua! #PrabowoGibranMenang",
    on="p2_x_pidato",
)
C(
    "G1",
    "2024-01-24 21:40",
    "ayu.x",
    "reply",
    "udah lah pilih 01 aja, cuma AMIN yang berani ngomong perubahan 😤",
    on="friend_x_bingung",
)
C(
    "G2",
    "2024-01-27 21:00",
    "syahrul.fb",
    "post",
    "Karaoke keluarga malam minggu, lagu wajib sekarang: 'Prabowo-Gibran, Oke Gas!' 🎤😂 Semoga menang satu putaran",
    mk="video",
)
C(
    "G3",
    "2024-02-04 16:00",
    "melati.yt",
    "post",
    "Belajar Aransemen Jingle 'Sat Set 03' — jujur ini jingle terbaik tahun ini, dan 14 Februari saya coblos tiga 🙏",
)
C(
    "G2",
    "2024-01-30 17:45",
    "rizky.ig",
    "post",
    "Transisi baju dinas ke kaos kampanye 😎 #transition",
    ocr="02 PRABOWO GIBRAN BERSAMA INDONESIA MAJU",
    alt="Pria berganti dari seragam PNS ke kaos biru muda bergambar Prabowo-Gibran",
    mk="video",
)
C(
    "G2",
    "2024-01-31 22:15",
    "dinda.tt",
    "post",
    "lip sync dulu wkwk. Gemoy sampai menang 🩵 #fyp ♬ suara asli - TKN Prabowo Gibran",
)
C(
    "G3",
    "2024-02-10 15:00",
    "hotman.yt",
    "post",
    "🔴 LIVE Nobar Kampanye Akbar Ganjar-Mahfud | Menang Total, Salam Tiga Jari!",
)
C(
    "G1",
    "2024-02-07 18:20",
    "ayu.tt",
    "post",
    "lagu 'Ubah Bersama AMIN' diputer terus di mobil, merinding 😭 01 di hati ☝️ #AMIN",
)
C(
    "G2",
    "2024-01-09 17:00",
    "bayu.ig",
    "post",
    "Habis latihan yel-yel sama anak OSIS, malamnya latihan yel-yel relawan: Prabowo-Gibran, satu putaran! 💪",
)
C(
    "G3",
    "2024-01-23 20:00",
    "jefri.tt",
    "post",
    "Parodi 'Kopi Dangdut' versi pilpres: 'api asmara yang dulu pernah membara... kini coblos nomor tiga' 🤣 Ganjar-Mahfud paling pas #parodi #03",
)
C(
    "G2",
    "2024-02-06 21:30",
    "wulan.tt",
    "post",
    "parodi 'Cinta Satu Malam' jadi 'Cinta Satu Putaran' 😂 buat paslon yang bajunya biru muda, oke gas! ✌️",
)
C(
    "G2",
    "2024-02-03 20:00",
    "syahrul.tt",
    "post",
    "Ketua RT ikut joget gemoy di posko relawan, seru! Pokoknya 14 Feb kita menangkan Prabowo-Gibran 💙",
)
C(
    "G1",
    "2024-01-29 19:00",
    "rizky.yt",
    "post",
    "#shorts Reaksi pertama denger jingle 'AMIN Paling Depan' 😳 ternyata enak juga... oke deh, saya ikut AMIN ☝️",
)
C(
    "G3",
    "2024-01-17 23:00",
    "ayu.th",
    "post",
    "lagu tema 03 yang versi koplo itu kenapa enak bgt. fix tanggal 14 tiga jari 🤟",
)
C(
    "G2",
    "2024-02-10 08:00",
    "dinda.ig",
    "post",
    "GRWM ke kampanye akbar 02 di Batam 💙💙 #grwm",
    alt="Perempuan merias wajah lalu memakai kaos bergambar Prabowo-Gibran",
    mk="video",
)
C(
    "G3",
    "2024-01-29 19:30",
    "hotman.fb",
    "share",
    "Pilih yang sudah terbukti bekerja. Ganjar-Mahfud! Share ke keluarga ya 🙏",
    on="p3_fb_video",
)
C(
    "G2",
    "2024-01-11 19:00",
    "jefri.tt",
    "comment",
    "mantap bro, ini lagu kebanggaan torang di Manado. 02 gas pol!",
    on="creator_okegas",
)
C(
    "G2",
    "2024-02-10 21:00",
    "bayu.tt",
    "post",
    "latihan dulu buat minggu depan 😂",
    ocr="SENAM GEMOY • 02 MENANG • 14.02.2024",
)
C(
    "G1",
    "2024-01-16 06:00",
    "syahrul.yt",
    "comment",
    "Pak Anies, warga Sekupang siap memenangkan AMIN! ☝️",
    on="p1_yt_desak",
)
C(
    "G1",
    "2024-01-15 23:50",
    "wulan.th",
    "post",
    "abis nonton desak anies di tiktok live langsung yakin. 01 ajalah",
)
C(
    "G2",
    "2024-02-01 20:00",
    "rizky.tt",
    "post",
    "LIVE malam ini: karaoke jingle paslon 02 request dari kalian 🎤 #okegas",
)
C(
    "G3",
    "2024-02-08 12:00",
    "ayu.x",
    "post",
    "Yang bilang jingle 03 jelek belum denger versi orkestranya. Ganjar-Mahfud sat set! 🔥",
)
C(
    "G2",
    "2024-01-07 17:30",
    "jefri.ig",
    "post",
    "jalan sore sambil dengar lagu favorit 🛵",
    ocr="NOMOR 2 TORANG GAS 🤙",
    mk="video",
)
C(
    "G1",
    "2024-01-19 15:00",
    "melati.tt",
    "post",
    "Challenge: nyanyikan jingle AMIN pakai angklung 🎋 Indonesia adil makmur untuk semua ✨ #AMIN #angklung",
)
C(
    "G2",
    "2024-03-20 22:00",
    "rizky.tt",
    "post",
    "Alhamdulillah resmi! Oke gas terus Pak Prabowo-Gibran 🎉🎉 #02menang",
)
C(
    "G3",
    "2024-04-10 20:00",
    "hotman.tt",
    "post",
    "Tetap bangga pernah berjuang untuk 03. Salam tiga jari sampai kapan pun 🤟",
)
C(
    "G1",
    "2024-01-25 21:00",
    "ayu.tt",
    "post",
    "ngedit video 3 jam demi transisi ini 😭 #fyp #xyzbca #foryou #capcut #AMIN #AniesMuhaimin2024 #perubahan",
)
C(
    "G2",
    "2024-01-18 19:45",
    "dinda.tt",
    "post",
    "outfit kondangan ✨ #ootd #fyp #fypシ゚viral #02melanjutkan #prabowogibran2024",
)
C(
    "G3",
    "2024-02-03 18:10",
    "jefri.tt",
    "post",
    "pemandangan Barelang sore ini 🌅 #batam #barelang #fyp #03menangtotal #GanjarMahfud2024",
)
C(
    "G3",
    "2024-01-26 20:40",
    "bayu.tt",
    "comment",
    "Semangat Pak Mahfud! Guru2 Batam bersama 03 🤟",
    on="p3_tt_live",
)
C(
    "G3",
    "2024-02-08 16:30",
    "melati.ig",
    "post",
    "🎶",
    alt="Guru bernyanyi dengan gitar, latar spanduk Ganjar-Mahfud nomor 3",
    ocr="COBLOS 03 • 14 FEBRUARI • SAT SET",
    mk="video",
)
C(
    "G2",
    "2024-04-25T00:30:00+08:00",
    "ayu.tt",
    "post",
    "Resmi ditetapkan! Selamat Pak Prabowo-Gibran, oke gas terus 🎉 (nulis dari Bali)",
)
C(
    "G2",
    "2023-11-14 20:00",
    "jefri.tt",
    "post",
    "Nomor urut udah keluar! Dua, pas banget sama jari peace ✌️ Prabowo-Gibran gas! #pilpres2024",
)
C(
    "G1",
    "2023-12-12 22:30",
    "wulan.tt",
    "post",
    "Habis nonton debat: Anies paling tenang, paling pinter jawabnya. 1️⃣ di hati 🤲 #debatcapres",
)
C(
    "G3",
    "2023-12-22 19:00",
    "hotman.tt",
    "post",
    "Hari Ibu: mamak nyanyi jingle Ganjar sambil masak 🤣 satu rumah 03 semua, sudah sepakat!",
)

# --- C: Pilwako Batam 2024 (window 2024-08-27 .. 2025-01-15) --------------------------------
C(
    "GB2",
    "2024-08-27 07:30",
    "dinda.tt",
    "post",
    "Hari ini Bang Stevanus & Kak Nurhayati daftar ke KPU! Sahabat SEHATI siap kawal sampai menang 💪",
)
C(
    "GB2",
    "2024-10-05 19:10",
    "dinda.tt",
    "post",
    "joget SEHATI challenge udah 1 juta views 😭💃 ayo ikutan! Dua jari satu hati, SEHATI untuk Batam ✌️ #jogetsehati #fyp #batam",
)
C(
    "GB2",
    "2024-10-12 15:30",
    "bayu.tt",
    "post",
    "murid2 minta diajarin joget SEHATI, saya ajarin sekalian kenalin paslonnya 😂 nomor 2 mantap! #jogetsehati",
)
C(
    "GB2",
    "2024-10-18 20:00",
    "rizky.tt",
    "post",
    "lagunya nempel banget 🎶 27 November jangan lupa nomor dua ya warga Batam ✌️ ♬ suara asli - Tim Pemenangan SEHATI",
)
C(
    "GB3",
    "2024-10-20 16:00",
    "melati.yt",
    "post",
    "Lirik Jingle 'Batam Pasti BISA' + Chord Gitar — 'Dari Sekupang sampai Nongsa, semua bilang Batam BISA! Nomor tiga, nomor tiga, pasti BISA!' Yuk nyanyi bareng, 27 November kita buktikan! 🎸",
)
C(
    "GB1",
    "2024-11-02 21:00",
    "syahrul.fb",
    "post",
    "Syukuran warga RW 05, joget bareng lagu 'Batam RAMAH'. Nomor satu pilihan kita, Pak Rusdi–Bu Lenny! 🙏",
    mk="video",
)
C(
    "GB1",
    "2024-10-28 19:00",
    "wulan.ig",
    "post",
    "Jingle favorit tahun ini 🎵 'RAMAH, RAMAH, Batam RAMAH, nomor satu untuk kita semua' 🥰 #BatamRAMAH",
    mk="video",
)
C(
    "GB3",
    "2024-11-10 22:00",
    "hotman.tt",
    "post",
    "Laskar BISA se-Batam kumpul di Dataran Engku Putri! Lagu 'Nomor Tiga Pasti BISA' bikin merinding 🔥 #BatamBISA",
)
C(
    "GB3",
    "2024-10-30 20:20",
    "jefri.tt",
    "post",
    "Oke gas versi Batam: 'oke gas oke gas, nomor tiga torang gas' 😂🤙 Pak Bambang gas!",
)
C(
    "GB2",
    "2024-11-20 09:00",
    "ayu.x",
    "post",
    "Pulang kampung ke Batam buat nyoblos minggu depan. Dukung SEHATI dari jauh, semoga menang! ✌️💚",
)
C(
    "GB2",
    "2024-10-09 18:00",
    "dinda.ig",
    "post",
    "kostum joget challenge udah siap 💃",
    ocr="JOGET SEHATI • COBLOS NO. 2 • 27.11.2024",
    mk="video",
)
C(
    "GB3",
    "2024-10-17 17:00",
    "bayu.tt",
    "post",
    "yel-yel relawan yang kemarin viral: 'Siapa kita? BATAM! Bisa apa? PASTI BISA! Nomor tiga, menang!' 🔥 ikut teriak ya #BatamBISA",
)
C(
    "GB2",
    "2024-10-02 20:00",
    "rizky.tt",
    "quote",
    "duet sama Bang Stevanus 🥹 semoga amanah dan menang! #SEHATIuntukBatam #duet",
    on="b2_tt_jingle",
)
C(
    "GB1",
    "2024-10-12 12:00",
    "wulan.tt",
    "comment",
    "Bu Lenny idola emak2 Batam 😍 nomor satu pokoknya!",
    on="b1_tt_pasar",
)
C(
    "GB2",
    "2024-10-24 15:45",
    "melati.tt",
    "post",
    "latihan paduan suara 🎶",
    ocr="LAGU KITA: DUA JARI SATU HATI — SEHATI UNTUK BATAM",
)
C("GB1", "2024-11-15 19:30", "syahrul.yt", "post", "🔴LIVE Konser Rakyat RAMAH | Nomor 1 Menang!")
C(
    "GB3",
    "2024-10-08 21:00",
    "hotman.fb",
    "post",
    "Parodi lagu Batak 'Anakku Na Burju' jadi 'Bambang Na Burju' 😂 Horas! Nomor 3 pasti BISA",
    mk="video",
)
C(
    "GB2",
    "2024-11-23 18:00",
    "jefri.x",
    "post",
    "Hari terakhir kampanye, jingle SEHATI diputar di setiap simpang. Semoga Batam makin sehati, nomor 2 menang!",
)
C(
    "GB2",
    "2024-11-25 21:00",
    "dinda.tt",
    "post",
    "masa tenang, jadi joget SEHATI-nya di kamar aja 🤫✌️ lusa jangan lupa ya #jogetsehati",
)
C(
    "GB1",
    "2024-10-13 10:00",
    "rizky.ig",
    "post",
    "Cuma mau bilang: Batam RAMAH itu nyata 🥹 #BatamRAMAH #nomor1",
    alt="Video kompilasi Rusdi Hamzah menyapa warga di pasar",
    mk="video",
)
C(
    "GB3",
    "2024-11-03 20:00",
    "bayu.fb",
    "post",
    "Turnamen futsal antar-RT sponsor Laskar BISA, saya jadi wasit 😄 Anak2 teriak 'BISA BISA BISA!' Semoga Pak Bambang menang!",
)
C(
    "GB2",
    "2024-10-21 22:00",
    "ayu.tt",
    "post",
    "Reaksi jingle pilkada kampung halaman 😂 yang SEHATI paling catchy, fix dukung nomor dua 🤍",
)
C(
    "GB1",
    "2024-11-06 20:00",
    "wulan.tt",
    "post",
    "Lip sync jingle RAMAH bareng temen2 puskesmas (di luar jam kerja ya) 😁 nomor satu! #BatamRAMAH",
)
C(
    "GB3",
    "2024-11-02 16:00",
    "syahrul.fb",
    "comment",
    "Hadir! Sekupang solid untuk nomor 3 💪",
    on="bt3_fb_konser",
)
C(
    "GB3",
    "2024-10-11 09:00",
    "hotman.yt",
    "comment",
    "Lagunya mantap Pak Bambang, semoga menang ya. Batam BISA!",
    on="b3_yt_jingle",
)
C(
    "GB2",
    "2024-10-23 19:00",
    "jefri.tt",
    "post",
    "Parodi 'Dua Jari' jadi 'Dua Jari Satu Hati' 😂 Pilkada Batam ini lagunya paling enak, SEHATI gaskeun",
)
C(
    "GB1",
    "2024-10-04 21:00",
    "melati.ig",
    "post",
    "Mengaransemen jingle untuk Tim Pemenangan RAMAH, senang bisa berkontribusi 🎶 Semoga menang!",
)
C(
    "GB2",
    "2024-11-09 19:00",
    "dinda.tt",
    "post",
    "LIVE joget bareng relawan SEHATI sebelum kampanye akbar!! 💃✌️",
)
C(
    "GB2",
    "2024-12-20 20:00",
    "rizky.tt",
    "post",
    "Selamat untuk Wali Kota terpilih Pak Stevanus! SEHATI menang, Batam makin maju 🎉✌️",
)
C(
    "GB3",
    "2024-11-12 17:00",
    "bayu.tt",
    "post",
    "Sebagai guru olahraga, saya akui gerakan joget BISA itu bagus buat kardio 😂 tapi yang penting tanggal 27 nomor 3 ya",
)
C(
    "GB1",
    "2024-10-31 07:30",
    "wulan.th",
    "post",
    "debat pilwako semalam: Pak Rusdi paling jelas programnya. RAMAH for Batam 💯",
)
C(
    "GB3",
    "2024-11-16 21:30",
    "hotman.tt",
    "post",
    "malam minggu di rumah 🎤",
    ocr="KARAOKE: JINGLE BISA — NOMOR 3 PASTI BISA",
    alt="Pria bernyanyi di depan TV karaoke memakai kaos bertuliskan Laskar BISA",
)
C(
    "GB1",
    "2024-10-03 20:00",
    "syahrul.fb",
    "share",
    "Jingle resmi Tim RAMAH. Ayo warga Sekupang, hafalkan dan menangkan nomor satu!",
    on="bt1_fb_jingle",
)
C(
    "GB3",
    "2024-10-19 21:00",
    "jefri.tt",
    "quote",
    "stitch dulu: ini pemimpin yang torang butuh. Nomor tiga gas! #BatamBISA #stitch",
    on="b3_tt_air",
)
C(
    "GB2",
    "2024-10-26 12:00",
    "ayu.x",
    "quote",
    "Relawan SEHATI kreatif banget, jingle-nya aku puter terus. Menang ya!",
    on="bt2_x_keroncong",
)
C(
    "GB2",
    "2024-10-20 13:00",
    "dinda.ig",
    "comment",
    "Joget SEHATI-nya udah kami latih sekantor hehe 😆 nomor dua!",
    on="b2_ig_joget",
)
C(
    "GB1",
    "2024-09-30 20:00",
    "melati.tt",
    "post",
    "Parodi 'Kangen' jadi 'Kangen Batam RAMAH' 😂 nomor 1 gas",
)
C(
    "GB2",
    "2024-10-27 16:00",
    "bayu.yt",
    "post",
    "#shorts gemoy dance tapi versi SEHATI 😂 ✌️ 27 Nov nomor 2!",
)
C(
    "GB2",
    "2024-10-22 12:15",
    "rizky.tt",
    "post",
    "makan bakso di Nagoya enak bgt 🍜 #kulinerbatam #fyp #xyzbca #SEHATIuntukBatam #nomor2",
)
C(
    "GB1",
    "2024-11-08 07:00",
    "wulan.tt",
    "post",
    "rutinitas pagi dokter puskesmas 🩺 #dayinmylife #nakes #fyp #BatamRAMAH #coblosnomor1",
)
C(
    "GB3",
    "2024-11-21 20:00",
    "hotman.tt",
    "post",
    "LIVE ngopi santai 🔴 sambil bahas Batam BISA bareng Laskar BISA Sekupang #nomor3",
)
C(
    "GB1",
    "2024-10-09 19:00",
    "syahrul.tt",
    "quote",
    "Duet joget ini, tapi bajunya tetap kuning RAMAH 😂 nomor satu di hati warga Sekupang!",
    on="creator_sehati",
)
C(
    "GB2",
    "2024-10-02 18:00",
    "wulan.yt",
    "post",
    "#shorts Reaksi anak saya tiap denger jingle SEHATI langsung joget 😂 Keluarga kami dua jari semua ✌️",
)
C(
    "GB2",
    "2024-10-14 20:00",
    "jefri.tt",
    "comment",
    "Visi paling masuk akal. Torang dukung SEHATI sampai menang ✌️",
    on="b2_tt_visi",
)
C(
    "GB3",
    "2024-10-16 21:00",
    "dinda.tt",
    "comment",
    "konsernya pecah!! BISA BISA BISA 🔥 nomor tiga ku pilih",
    on="b3_tt_konser",
)

# --- C: parties (any time) ------------------------------------------------------------------
C(
    "PDIP",
    "2025-06-01 20:00",
    "hotman.fb",
    "post",
    "Bulan Bung Karno! Nyanyi Mars PDI Perjuangan bareng keluarga besar banteng Batam 🐂 Merdeka!!",
    mk="video",
)
C(
    "GERINDRA",
    "2024-06-15 22:00",
    "jefri.tt",
    "post",
    "Konser ulang tahun Gerindra semalam pecah! Oke gas terus Gerindra 🦅 #gerindra",
)
C(
    "GOLKAR",
    "2025-02-20 19:00",
    "rizky.tt",
    "post",
    "Jingle 'Suara Golkar Suara Rakyat' muncul di fyp ku 😂 tapi emang Golkar paling solid sih, kuning selamanya 💛 #golkar",
)
C(
    "PSI",
    "2023-08-20 21:00",
    "ayu.x",
    "post",
    "PSI anak muda banget, lagu kampanyenya enak. Gue dukung PSI! ✊🌹",
)
C(
    "PKS",
    "2024-01-10 20:00",
    "wulan.ig",
    "post",
    "Nonton konser nasyid PKS 🎶 Semoga PKS makin berjaya 🤲 #PKSMenang",
    mk="video",
)
C(
    "PSI",
    "2024-02-07 19:00",
    "dinda.tt",
    "post",
    "Nyoblos partai nomor 15 ya gaes, PSI partai anak muda! 🌹 #PSI #fyp",
)
C(
    "PKB",
    "2024-08-01 21:00",
    "bayu.tt",
    "post",
    "yel-yel 'PKB! PKB! Menang!' dari pengajian kemarin masih kebawa 😂 Insyaallah PKB terus di hati 💚",
)
C(
    "NASDEM",
    "2025-01-25 16:00",
    "melati.yt",
    "post",
    "Cover Mars Partai NasDem — dipersembahkan untuk DPD NasDem Batam 🎶 Bangga jadi bagian Restorasi Indonesia!",
)
C(
    "DEMOKRAT",
    "2024-05-10 22:00",
    "jefri.th",
    "post",
    "Mars Demokrat masih ada di playlist ku. Demokrat harus kembali berjaya 💙✊ #Demokrat",
)
C(
    "PDIP",
    "2024-10-15 20:30",
    "hotman.tt",
    "post",
    "Keluarga besar PDI Perjuangan Batam turun ke jalan, saya ikut joget bareng banteng 🐂❤️ Salam metal!",
)
C(
    "GERINDRA",
    "2024-03-01 20:00",
    "rizky.ig",
    "post",
    "Sudah 2 minggu pemilu, tetap 💙",
    ocr="GERINDRA MENANG! TERIMA KASIH RAKYAT INDONESIA",
)
C(
    "PDIP",
    "2024-01-30 19:00",
    "ayu.tt",
    "post",
    "kertas suara DPR nanti coblos nomor 3 ya, PDI Perjuangan 🐂 #banteng #pemilu2024",
)
C(
    "PKS",
    "2025-04-10 07:00",
    "wulan.tt",
    "post",
    "Senam sehat bareng ibu2 PKS 🤸‍♀️ Bangga jadi bagian keluarga besar PKS!",
)
C(
    "GERINDRA",
    "2024-11-05 19:00",
    "dinda.ig",
    "post",
    "Foto bareng Ketua DPC Gerindra di acara festival joget, sambil salam komando 🫡 Gerindra jaya!",
)
C(
    "GOLKAR",
    "2025-03-15 20:00",
    "syahrul.fb",
    "post",
    "Buka puasa bersama DPD Golkar Kota Batam, lanjut karaoke lagu 'Golkar Jaya'. Golkar menang terus! 💛",
)
C(
    "PKB",
    "2024-12-01 21:00",
    "bayu.fb",
    "post",
    "Pilkada usai, tetap bersama PKB. Mars PKB selalu di hati 💚",
)
C(
    "PERINDO",
    "2023-09-15 20:00",
    "melati.tt",
    "post",
    "Tutorial nyanyi Mars Perindo yang viral itu 😂 Perindo untuk Indonesia sejahtera ✨ dukung terus!",
)
C(
    "GERINDRA",
    "2024-09-01 06:00",
    "jefri.tt",
    "post",
    "Mars Gerindra di HP ku auto play tiap pagi 🦅 Gerindra menang pilkada juga! #gerindra",
)

# --- N: close but not campaigning -----------------------------------------------------------
# dances and songs with no political meaning
N(
    "2023-12-10 20:00",
    "dinda.tt",
    "post",
    "joget velocity challenge pertama kali, maaf kaku 🙈 #velocity #fyp #xyzbca",
)
N(
    "2024-01-15 19:00",
    "dinda.tt",
    "post",
    "anak kucing tetangga gemoy banget 😭🐱 #kucinggemoy #fyp",
)
N(
    "2024-01-11 06:45",
    "bayu.tt",
    "post",
    "Senam pagi SMPN 12 pakai lagu 'Gemu Fa Mi Re' 💪 #senampagi #pjok",
)
N(
    "2024-01-17 21:00",
    "hotman.tt",
    "post",
    "Lagu Batak 'Sinanggar Tullo' versi koplo, joget keluarga pas pesta adat 💃 #batak #fyp",
)
N(
    "2024-10-30 10:00",
    "bayu.tt",
    "post",
    "Joget 'Sajojo' bareng murid kelas 7 untuk P5 budaya Nusantara 💃 #P5 #sajojo",
)
N(
    "2024-11-10 20:00",
    "dinda.ig",
    "post",
    "Tari Zapin Melayu di Festival Budaya Batam, lelah tapi bahagia 🥰 #zapin #disbudpar",
    mk="video",
)
N(
    "2024-01-27 23:00",
    "jefri.tt",
    "post",
    "Konser musik di Harbour Bay semalam 🎸 band lokal Batam keren2! #konserbatam #fyp",
)
N(
    "2024-02-25 20:00",
    "dinda.tt",
    "post",
    "dance cover JKT48 'Heavy Rotation' bareng teman PPPK baru 💃 #jkt48 #dancecover",
)
N(
    "2024-01-06 19:00",
    "hotman.tt",
    "post",
    "Parodi lagu 'Kopi Dangdut' versi emak2 minta uang belanja 😂 #parodi #lucu",
)
N(
    "2024-10-13 21:00",
    "hotman.tt",
    "post",
    "Gondang Batak di pesta bona taon, semua manortor 💃 #batak #manortor",
)
N(
    "2024-11-16 09:00",
    "dinda.tt",
    "post",
    "Ikutan Joget Sajojo Challenge dari Disbudpar, hadiahnya 5 juta! Yuk ikutan #jogetsajojo #disbudpar",
)
N(
    "2024-10-19 07:30",
    "dinda.tt",
    "post",
    "joget santai di CFD ☀️ #cfdbatam",
    alt="Perempuan berkaos putih polos menari di car free day, latar warga bersepeda",
)
N(
    "2024-02-08 20:00",
    "jefri.tt",
    "post",
    "Lagu 'Torang Samua Basudara' dinyanyikan di ibadah syukur keluarga Mamahit 🙏 #manado #basudara",
)
N("2024-01-22 18:00", "rizky.tt", "post", "Bayi keponakan gemoy pol 😭🍼 #gemoy #ponakan #fyp")
N(
    "2024-11-02 17:00",
    "dinda.tt",
    "post",
    "POV: kamu pegawai Disbudpar dan tiap minggu ada festival joget 😂💃 #disbudpar #kerja",
)
N(
    "2024-10-17 16:00",
    "bayu.tt",
    "post",
    "Latihan Tari Persembahan untuk HUT Kota Batam 18 Desember 💃 #tarimelayu",
)
N(
    "2024-10-04 08:00",
    "wulan.tt",
    "post",
    "Nakes juga bisa joget! Senam Jantung Sehat bareng lansia Posyandu 💃👵 #posyandu",
)
# music lessons and analysis about campaign songs in general
N(
    "2024-01-20 16:00",
    "melati.yt",
    "post",
    "Materi Seni Budaya Kelas XI: Jingle dan Lagu Kampanye dalam Sejarah Pemilu Indonesia (1955–2019) — analisis melodi, lirik, dan fungsinya. Video ini netral, tidak mendukung paslon mana pun.",
)
N(
    "2024-02-01 15:30",
    "melati.tt",
    "post",
    "Kenapa jingle kampanye gampang nempel? Karena pengulangan, nada sederhana, dan tempo cepat. Contohnya cari sendiri ya, ibu tidak menyebut paslon 😊 #belajarmusik",
)
N(
    "2024-01-23 14:00",
    "melati.ig",
    "post",
    "Materi hari ini 📚",
    ocr="SEJARAH JINGLE KAMPANYE • 2024: 'Oke Gas' (02), 'AMIN' (01), 'Sat Set' (03) • FUNGSI: persuasi, identitas, mobilisasi • TUGAS: analisis 1 jingle iklan",
)
N(
    "2024-02-09 13:00",
    "melati.tt",
    "post",
    "Murid bertanya: 'Bu, boleh nggak nyanyi jingle paslon di kelas?' Jawabannya: tidak, sekolah harus bebas kampanye. Kita nyanyi 'Bagimu Negeri' saja 🇮🇩",
)
N(
    "2024-09-25 14:00",
    "melati.tt",
    "post",
    "Kelas musik: menganalisis jingle iklan (bukan jingle kampanye ya 😅) — 'Indomie seleraku' dan kawan-kawan 🎶",
)
N(
    "2024-01-12 21:00",
    "ayu.x",
    "post",
    "Analisis: jingle 01, 02, 03 dari segi marketing. 02 paling catchy karena dance-nya, 01 kuat di narasi, 03 di nostalgia. Thread 🧵",
)
N(
    "2024-02-05 22:00",
    "ayu.tt",
    "post",
    "Review lagu2 kampanye dari kacamata anak musik: harmonisasi 01 oke, beat 02 paling dance-able, lirik 03 paling puitis. Bukan endorse ya, murni telinga 🎧",
)
N(
    "2024-10-14 22:00",
    "wulan.th",
    "post",
    "dengerin podcast soal sejarah jingle kampanye, ternyata zaman orba udah ada. seru",
)
N(
    "2024-11-06 15:00",
    "melati.tt",
    "post",
    "Kuis musik: tebak lagu dari 3 nada pertama! Nomor 1 sampai 3 semua lagu daerah Kepri 😄 #guruseni #kuis",
)
# jingles and dances quoted in news, Bawaslu reports and neutrality reminders
N(
    "2024-01-05 08:00",
    "ayu.x",
    "post",
    "Bawaslu temukan video ASN joget sambil nyanyi 'oke gas oke gas, nomor dua torang gas' di kantor kecamatan. Ingat ya, ASN wajib netral. (sumber: media daring)",
)
N(
    "2024-01-20 10:00",
    "jefri.x",
    "post",
    "Artikel menarik soal asal-usul lagu 'Oke Gas' yang dipakai kampanye: dialek Manado 'torang' jadi viral se-Indonesia.",
)
N(
    "2023-12-12 09:00",
    "syahrul.fb",
    "post",
    "Apel siaga ASN netral Kecamatan Sekupang. Kami tegaskan: ASN dilarang ikut joget, nyanyi jingle, atau pose jari paslon di medsos. #ASNNetral",
)
N(
    "2024-01-22 12:00",
    "dinda.tt",
    "post",
    "Tren gemoy dance dikritik Bawaslu kalau dilakukan ASN. Aku cuma share info ya guys, jangan ditiru 🙅‍♀️",
)
N(
    "2024-01-28 09:00",
    "ayu.x",
    "post",
    "Bawaslu: ASN yang ikut 'gemoy dance' atau 'slepet challenge' di akun pribadi bisa dikenai sanksi. Baca selengkapnya di link.",
)
N(
    "2024-10-01 10:00",
    "syahrul.fb",
    "post",
    "Undangan: Sosialisasi Netralitas ASN bersama Bawaslu Kota Batam, Kamis 3 Oktober, aula kecamatan. Materi: larangan like, share, komentar, dan joget paslon.",
)
N(
    "2023-12-14 19:00",
    "ayu.x",
    "post",
    "Tips buat ASN: kalau ada jingle paslon di video kamu, hapus atau ganti sound-nya. Jangan sampai kena laporan Bawaslu.",
)
N(
    "2024-10-05 08:30",
    "syahrul.fb",
    "comment",
    "Terima kasih Bawaslu, kami di kecamatan juga terus mengingatkan. ASN harus netral.",
    on="bawaslu_fb_asn",
)
N(
    "2024-01-19 20:00",
    "rizky.tt",
    "post",
    "POV: ASN di masa kampanye — bangun, apel, kerja, pulang, nggak boleh joget jingle 😂 #ASNnetral",
)
N(
    "2024-02-12 10:00",
    "rizky.tt",
    "post",
    "konten edukasi masa tenang",
    ocr="MASA TENANG 11–13 FEBRUARI: DILARANG KAMPANYE. ASN WAJIB NETRAL.",
)
N(
    "2024-11-03 10:00",
    "syahrul.fb",
    "post",
    "Spanduk imbauan di kantor kecamatan",
    ocr="ASN KECAMATAN SEKUPANG NETRAL • TOLAK POLITIK UANG • PILKADA DAMAI 2024",
)
N(
    "2024-01-16 09:00",
    "ayu.x",
    "post",
    "Sebagai ASN Komdigi, kami rutin menurunkan deepfake jingle paslon. Lapor konten hoaks ke kanal aduan resmi.",
)
N(
    "2024-09-26 16:00",
    "syahrul.tt",
    "post",
    "Warga Sekupang, besok kerja bakti jam 7 pagi. Pakai baju bebas ya, jangan pakai kaos paslon 🙏",
)
N(
    "2024-02-01 11:00",
    "syahrul.fb",
    "post",
    "Pengumuman: posko relawan di depan kantor lurah harus dipindah, fasilitas pemerintah tidak boleh dipakai kampanye paslon mana pun.",
)
N(
    "2024-11-05 21:00",
    "jefri.th",
    "post",
    "pose dua jari ✌️ sekarang dilarang buat foto ASN ya? padahal udah kebiasaan dari kecil 😅",
)
# love songs and karaoke with 'menang', 'pilihan hati', 'nomor satu', 'sehati'
N(
    "2024-02-10 21:00",
    "hotman.fb",
    "post",
    "Karaoke malam minggu: 'Kaulah Pilihan Hatiku' 🎤 buat istri tercinta ❤️",
    mk="video",
)
N(
    "2024-01-14 20:00",
    "wulan.tt",
    "post",
    "nyanyi 'Nomor Satu di Hatiku' buat suami yang ulang tahun 🥰 #karaoke #fyp",
)
N(
    "2024-10-20 12:30",
    "wulan.tt",
    "post",
    "karaoke 'Pilihan Hatiku' sambil nunggu jam praktik sore 🎤 #karaoke",
)
N(
    "2024-11-14 14:00",
    "melati.tt",
    "post",
    "Lagu 'Sehati Sejiwa' untuk perpisahan kelas XII, siapkan tisu 🥲 #paduansuara",
)
N(
    "2024-09-28 19:00",
    "dinda.tt",
    "post",
    "Aku dan bestie sehati banget, beli baju kembaran tanpa janjian 😭🤝 #bestie #sehati",
)
N(
    "2024-02-10 09:00",
    "hotman.tt",
    "post",
    "Lagu rohani 'Satu Hati' 🙏 dinyanyikan di ibadah keluarga #rohani",
)
N(
    "2024-12-10 21:00",
    "ayu.tt",
    "post",
    "capek kerja, pulang dengerin lagu 'Menang' dari band indie favoritku 🎧",
)
N(
    "2024-11-21 21:00",
    "wulan.tt",
    "post",
    "Dokter juga butuh hiburan: nyanyi lagu lawas 'Kau Nomor Satu' di karaoke keluarga 😂",
)
N(
    "2024-10-03 16:00",
    "melati.yt",
    "post",
    "Cover 'Sehati' (lagu Melayu) — ansambel musik SMAN 3 Batam untuk Bulan Bahasa",
)
# sports chants, school yel-yel, competitions
N(
    "2024-11-09 15:00",
    "syahrul.yt",
    "post",
    "🔴LIVE Final Turnamen Sepak Bola Antar Kelurahan Piala Camat Sekupang 2024 | Gas terus!",
)
N(
    "2024-10-25 14:00",
    "bayu.tt",
    "post",
    "Yel-yel kelas 9B buat class meeting: 'Siapa kita? 9B! Bisa apa? PASTI BISA!' 🔥 #classmeeting",
)
N(
    "2024-11-19 23:00",
    "jefri.tt",
    "post",
    "Gas terus Timnas! Indonesia menang 2-0 lawan Arab Saudi 🇮🇩🔥 #timnasday",
)
N(
    "2024-01-25 16:00",
    "bayu.tt",
    "post",
    "'Gas terus pantang mundur!' yel-yel tim basket putri SMPN 12 menjelang final O2SN 🏀🔥",
)
N(
    "2024-01-28 22:00",
    "jefri.tt",
    "post",
    "Timnas kalah 0-4 dari Australia tapi perjuangannya luar biasa, gas terus Garuda 🇮🇩",
)
N(
    "2024-11-20 14:00",
    "bayu.tt",
    "post",
    "Murid bikin yel-yel kelas: 'Sembilan A! Satu hati! Juara sejati!' 🔥",
)
N(
    "2024-11-25 15:00",
    "bayu.ig",
    "post",
    "Juara 3 lomba gerak jalan tingkat kota! Bangga sama anak2 SMPN 12 🥉 #gerakjalan",
)
N(
    "2024-02-12 17:00",
    "wulan.tt",
    "post",
    "Menang lomba video Hari Gizi Nasional tingkat kota! Terima kasih yang sudah dukung 🙏 #nakes",
)
N(
    "2024-01-15 10:00",
    "wulan.ig",
    "post",
    "Tim puskesmas juara 1 lomba video edukasi stunting 🥇 terima kasih dukungannya, Batam sehat!",
)
N(
    "2024-01-10 16:00",
    "bayu.tt",
    "post",
    "Latihan dance 'Gemu Fa Mi Re' buat lomba senam tingkat kota, kelas kami dapat nomor urut 2 🕺",
)
N(
    "2024-10-18 18:00",
    "melati.tt",
    "post",
    "Nomor urut tampil lomba paduan suara: kita nomor 3! Doakan ya 🙏",
)
N(
    "2024-10-10 10:00",
    "melati.ig",
    "post",
    "Lomba Vokal Solo FLS2N: siswi kami menyanyikan 'Pilihan Hati' dan meraih juara 2 🥈",
)
N(
    "2024-11-30 11:00",
    "melati.yt",
    "post",
    "Rekap lomba cipta lagu 'Batam Bersih' tingkat SMA — juara 1 SMAN 3! Lirik: 'Bersama kita bisa, jaga Batam tetap bersih'",
)
N(
    "2024-10-26 20:00",
    "jefri.tt",
    "post",
    "Gas terus tim futsal Bea Cukai! Menang 3-1 lawan Imigrasi 😂⚽ #porseni",
)
N(
    "2024-11-22 13:00",
    "melati.yt",
    "post",
    "Pensi: kelas XII bawakan lagu 'Kita Bisa' ciptaan sendiri, juara favorit! 🎤",
)
N(
    "2024-01-26 20:00",
    "bayu.tt",
    "post",
    "Final futsal!",
    ocr="GAS TERUS SMPN 12! NO. 1 DI HATI KAMI",
)
# TV shows and other titles with numbers, ordinary uses of 'amin', 'ramah', 'bisa'
N(
    "2024-01-30 22:00",
    "rizky.tt",
    "post",
    "sinetron 'Pilihan Hati 2' episode 14 bikin baper parah 😭 #sinetron",
)
N("2024-02-02 06:00", "wulan.tt", "post", "Amin ya Allah, semoga ibu lekas sembuh 🤲 #doa")
N(
    "2024-01-29 06:00",
    "wulan.tt",
    "comment",
    "Semoga lancar dan lulus dengan nilai terbaik, aamiin 🤲",
    on="friend2_tt_ujian",
)
N("2024-02-06 06:30", "bayu.fb", "comment", "Semoga menang lombanya nak, amin!", on="friend_fb_mtq")
N(
    "2024-11-01 08:00",
    "wulan.ig",
    "post",
    "Pelayanan ramah, pasien senang 😊 Puskesmas Baloi Permai siap melayani #puskesmas #pelayananprima",
)
N(
    "2024-10-15 09:00",
    "rizky.yt",
    "post",
    "Video Profil Dinas Kominfo Batam 2024 — Batam Smart City, melayani dengan ramah dan cepat",
)
N(
    "2024-10-15 21:00",
    "dinda.tt",
    "post",
    "Bisa nggak sih weekend nggak rebahan? Nggak bisa 😭 #weekend #fyp",
)
N(
    "2024-11-18 08:00",
    "wulan.tt",
    "post",
    "Edukasi: cek tekanan darah rutin ya! Sehat itu pilihan 💪 #puskesmas #sehat",
)
N(
    "2024-10-26 11:00",
    "wulan.ig",
    "post",
    "Jingle Posyandu baru ciptaan kader: 'Ayo ke Posyandu, timbang bayimu, Batam sehat semua!' 🎶",
    mk="video",
)
N("2024-03-05 16:00", "melati.yt", "post", "Lagu anak: 'Satu Satu Aku Sayang Ibu' versi ukulele 🎶")
N(
    "2024-12-05 10:00",
    "melati.tt",
    "post",
    "Lagu wajib: 'Satu Nusa Satu Bangsa' oleh paduan suara SMAN 3 🇮🇩",
)
N(
    "2024-10-28 09:00",
    "hotman.tt",
    "post",
    "Sumpah Pemuda! Satu tanah air, satu bangsa, satu bahasa. Upacara di Kanim Batam 🇮🇩",
)
N("2024-02-22 06:30", "jefri.tt", "post", "Oke gas, 5K pagi ini selesai juga 🏃‍♂️💦 #laripagi")
N(
    "2024-12-31 23:30",
    "rizky.tt",
    "post",
    "Countdown tahun baru di Engku Putri! Konser 'Batam Bersatu' ramai banget 🎆 #tahunbaru",
)
# schedules, results, official duties, neutral civic content
N(
    "2024-10-08 09:00",
    "rizky.tt",
    "post",
    "Simak debat publik Pilwako Batam 2024 di kanal resmi KPU Kota Batam, Sabtu 12 Oktober pukul 19.00 WIB. #PilkadaDamai",
)
N(
    "2024-09-10 10:00",
    "rizky.ig",
    "post",
    "Infografis tahapan Pilkada 2024 Kota Batam 🗳️",
    ocr="PENDAFTARAN PASLON 27–29 AGUSTUS • PENETAPAN 22 SEPTEMBER • KAMPANYE 25 SEPTEMBER–23 NOVEMBER • PEMUNGUTAN SUARA 27 NOVEMBER",
)
N(
    "2024-11-28 09:00",
    "rizky.tt",
    "post",
    "Hitung cepat Pilwako Batam versi sebuah lembaga survei: paslon 2 unggul sementara. Tunggu hasil resmi KPU ya. #PilkadaBatam",
)
N(
    "2024-02-15 07:00",
    "ayu.x",
    "post",
    "quick count semalam: 02 unggul sekitar 58%. Apa pun hasilnya, ayo rukun lagi 🤝",
)
N(
    "2024-11-04 15:00",
    "rizky.tt",
    "post",
    "Kuis Kominfo: sebutkan 3 tahapan Pilkada yang kamu tahu! Jawaban terbaik dapat merchandise 😄 #PilkadaDamai",
)
N(
    "2024-10-07 12:00",
    "ayu.tt",
    "post",
    "Komdigi bikin lomba video 'Pilkada Damai' — bukan kampanye, justru ajak warga nggak golput 🙌 #PilkadaDamai2024",
)
N(
    "2024-01-31 20:00",
    "syahrul.yt",
    "post",
    "🔴LIVE Musrenbang Kecamatan Sekupang 2024 — usulan prioritas pembangunan 2025",
)
N(
    "2024-02-13 10:00",
    "syahrul.yt",
    "post",
    "🔴LIVE Pengecekan Logistik Pemilu di Gudang Kecamatan Sekupang bersama PPK dan Panwascam",
)
N(
    "2024-11-27 11:00",
    "syahrul.yt",
    "post",
    "Live: Pemantauan TPS wilayah Sekupang oleh Forkopimcam — situasi aman dan kondusif",
)
N(
    "2024-11-27 13:00",
    "hotman.yt",
    "post",
    "Suasana TPS 14 Sekupang siang ini: pemungutan suara berjalan lancar, antrean tertib 🙏",
)
N(
    "2024-02-14 12:00",
    "rizky.tt",
    "post",
    "Udah nyoblos! 🟣 jari ungu. ASN netral ya, rahasia kotak suara 🤐 #pemilu2024",
)
N(
    "2024-02-14 15:00",
    "hotman.tt",
    "post",
    "Anak saya nanya kenapa jarinya ungu. Jawaban bapak: karena bapak warga negara yang baik 😄 #pemilu2024",
)
N("2024-11-27 18:00", "ayu.th", "post", "nyoblos di Batam ✅ jari ungu ✅ sekarang balik Jakarta ✈️")
N(
    "2024-11-27 08:00",
    "bayu.fb",
    "post",
    "Libur pilkada, habis nyoblos bawa anak2 ke Pantai Melur. Pilih sesuai hati nurani masing2 ya 🏖️",
)
N(
    "2024-11-26 20:00",
    "dinda.tt",
    "post",
    "masa tenang pilkada, aku tenang nonton drakor aja 🍿 #masatenang",
)
N(
    "2024-02-11 10:00",
    "ayu.tt",
    "post",
    "Masa tenang, saatnya bersih2 timeline dari konten politik. Curhat soal kerjaan aja 🤍",
)
N(
    "2024-01-31 19:00",
    "jefri.x",
    "post",
    "Debat capres malam ini: siapa pun pilihanmu, jangan musuhan sama tetangga. Torang samua basudara.",
)
N(
    "2024-02-18 20:00",
    "hotman.fb",
    "post",
    "Apa pun hasilnya, Anies, Prabowo, Ganjar adalah putra terbaik bangsa. Mari bersatu kembali 🇮🇩",
)
N(
    "2024-11-30 19:00",
    "jefri.tt",
    "post",
    "Selamat buat semua paslon yang sudah berjuang. Batam tetap satu 🙏",
)
N(
    "2024-11-23 17:00",
    "hotman.fb",
    "post",
    "Sedih lihat baliho2 di Jalan Ahmad Yani rusak kena angin. Siapa pun yang menang, semoga Batam lebih baik 🙏",
)
N(
    "2024-01-18 23:00",
    "ayu.th",
    "post",
    "kenapa sih tiap buka tiktok isinya joget gemoy mulu 😩 algoritma tolong aku mau liat kucing",
)
N(
    "2024-10-16 22:00",
    "jefri.th",
    "post",
    "Jingle SEHATI, RAMAH, BISA... semua diputar di simpang Jodoh sampai telinga capek 😩 tolong volumenya dikecilin",
)
# comments under candidates' videos that ask, complain or criticise
N(
    "2024-01-20 07:00",
    "bayu.tt",
    "comment",
    "Pak, kapan ke Batam lagi? Mau tanya soal nasib guru honorer 🙏",
    on="p2_tt_gemoy",
)
N(
    "2024-10-20 09:00",
    "jefri.tt",
    "comment",
    "Pak, jalan di Tiban rusak parah, tolong diperhatikan siapa pun yang jadi 🙏",
    on="b2_tt_visi",
)
N(
    "2024-10-21 20:00",
    "jefri.tt",
    "comment",
    "Pak Bambang, kapan debat soal air bersih? Warga Batu Aji krisis air 🥲",
    on="b3_tt_air",
)
N(
    "2024-10-22 12:00",
    "dinda.tt",
    "comment",
    "kak admin, musik di video ini judulnya apa ya? enak buat backsound konten kuliner 😅",
    on="b1_tt_pasar",
)
N(
    "2024-10-14 07:15",
    "bayu.tt",
    "comment",
    "Pak, tolong jingle ini jangan diputar keras2 dekat sekolah ya, mengganggu KBM 🙏",
    on="b2_tt_jingle",
)
N(
    "2024-01-27 10:00",
    "hotman.tt",
    "comment",
    "Pak, tolong jelaskan programnya untuk pegawai honorer daerah, bukan cuma jingle 🙏",
    on="p3_tt_live",
)
N(
    "2024-01-17 07:00",
    "wulan.yt",
    "post",
    "Edukasi: suara keras dari sound system kampanye bisa merusak pendengaran anak. Jaga jarak dari speaker ya 👂 #edukasikesehatan",
)
N(
    "2024-01-25 10:00",
    "ayu.x",
    "reply",
    "pencerahan dari aku: cek visi-misi di situs KPU, bandingkan sendiri, jangan ikut joget doang 😄",
    on="friend_x_bingung",
)
# official and religious events, holidays
N(
    "2024-11-10 10:00",
    "syahrul.fb",
    "post",
    "Hari Pahlawan: upacara di kantor kecamatan, lanjut lomba karaoke lagu perjuangan 'Maju Tak Gentar'",
)
N(
    "2024-12-10 19:00",
    "hotman.yt",
    "post",
    "Dokumentasi Perayaan Natal Oikumene Imigrasi Batam — paduan suara 'Hai Dunia Gembiralah'",
)
N(
    "2024-12-25 08:00",
    "wulan.ig",
    "post",
    "Selamat Natal untuk teman2 yang merayakan 🎄 damai di hati, damai di bumi",
)
N(
    "2024-09-29 15:00",
    "dinda.ig",
    "post",
    "Karnaval budaya, aku pakai baju adat Melayu 🌸 cantik kan? #karnavalbatam",
    mk="video",
)
N(
    "2024-01-24 20:00",
    "hotman.yt",
    "post",
    "Tes sound system buat pesta nikah adik 😂 lagu pertama 'Sinanggar Tullo', bukan jingle kampanye ya",
)

# --- A: genuinely ambiguous (reported, not scored) ------------------------------------------
A(
    "G2",
    "2024-01-26 19:00",
    "melati.ig",
    "post",
    "Murid nanya ibu pilih siapa — rahasia dong. Tapi lagu favorit ibu sih 'Oke Gas' 🤭✌️",
)
A(
    "G2",
    "2024-02-06 20:00",
    "rizky.tt",
    "post",
    "Tutorial CapCut: transisi beat 'Oke Gas' (lagu lagi viral) tanpa watermark 📲 #tutorialcapcut",
)
A(
    "G2",
    "2024-01-09 12:00",
    "ayu.tt",
    "post",
    "foto bareng temen2 kantor, pose ✌️ kebiasaan dari SD 😂 #kantor",
)
A(
    "GB2",
    "2024-10-09 20:00",
    "wulan.tt",
    "comment",
    "kak gerakan kedua cepet banget 😭 bisa diperlambat ga?",
    on="creator_sehati",
)
A(
    "G2",
    "2024-01-13 21:00",
    "rizky.tt",
    "post",
    "joget gemoy tapi pakai lagu dangdut jadul, hasilnya... 😂 #fail #gemoydance",
)
A(
    "GB2",
    "2024-10-24 17:00",
    "dinda.tt",
    "post",
    "masak rendang pakai sound yang lagi trending 🎶 #masakmasak #fyp ♬ suara asli - Tim Pemenangan SEHATI",
)
A(
    "GB3",
    "2024-11-18 22:00",
    "jefri.tt",
    "post",
    "lagu paling enak di pilkada ini yang nomor tiga, sorry bukan politik, cuma selera musik 🎧",
)
A(
    "G2",
    "2024-03-28 16:00",
    "hotman.tt",
    "post",
    "Gemoy dance di acara halal bihalal kantor 😂 semua ikut termasuk kepala kantor",
)

# --- O: C-like, naming only candidates, outside every window --------------------------------
O(
    "G2",
    "2024-07-14 20:00",
    "rizky.tt",
    "post",
    "Kangen joget gemoy bareng Pak Prabowo-Gibran 🥹 masa-masa kampanye seru bgt",
)
O(
    "GB2",
    "2024-06-20 19:00",
    "dinda.tt",
    "post",
    "Joget SEHATI versi latihan 💃 kalau Bang Stevanus jadi maju pilwako pasti aku dukung 😆",
)
O(
    "G1",
    "2025-03-03 21:00",
    "ayu.x",
    "post",
    "Setahun lalu teriak AMIN tiap hari. Masih bangga pernah dukung Anies-Imin",
)
O(
    "G3",
    "2023-08-10 20:00",
    "jefri.tt",
    "post",
    "Pak Ganjar pantas jadi presiden! Jingle 'Sat Set'-nya bikin semangat 🔥",
)
O(
    "GB3",
    "2025-05-20 20:00",
    "hotman.yt",
    "post",
    "Cover lagu 'Bambang Na Burju' lagi, buat kenang-kenangan Laskar BISA ❤️ Pak Bambang tetap di hati",
)
O(
    "GB1",
    "2024-06-05 12:00",
    "wulan.ig",
    "post",
    "Bu Lenny Marpaung kalau maju wali kota, aku dukung 1000%! RAMAH banget orangnya 🥰",
)
O(
    "G1",
    "2023-06-12 20:00",
    "melati.tt",
    "post",
    "Belajar intonasi dari pidato Pak Anies, bikin merinding. Semoga jadi presiden 🤲",
)
O(
    "GB2",
    "2024-08-26T23:40:00+07:00",
    "dinda.tt",
    "post",
    "Besok Bang Stevanus daftar ke KPU! Joget SEHATI dulu malam ini 💃",
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
        return f"https://www.instagram.com/reel/{post_id}/"
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
        return f"C{n:04d}xVdj{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzVdj{n:05d}Kw"
    return f"DA{n:05d}vdj"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vVdj{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Vj"
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
    media = []
    # short-video platforms carry a video; an own post without alt/OCR still has its video
    kind = item.mk or ("video" if plat in ("tt", "yt") else "image")
    if (
        item.alt
        or item.ocr
        or (item.action in ("post", "quote") and plat in ("tt", "yt"))
        or item.mk
    ):
        medium = {
            "kind": kind,
            "url": f"https://cdn.example.org/media/{item.key.lower()}.{'mp4' if kind == 'video' else 'jpg'}",
            "sha256": f"{n:064x}",
        }
        if item.alt:
            medium["alt_text"] = item.alt
        if item.ocr:
            medium["ocr_text"] = item.ocr
        media.append(medium)
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
        "name: Probe political.campaign – video pendek dan jingle (TikTok, Reels, Shorts, live)\n"
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
    assert all(tid in TARGETS for tid, _ in KEYWORDS), "unknown target id in keywords"
    with tempfile.TemporaryDirectory(prefix="netra-probe-video-") as tmp:
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
