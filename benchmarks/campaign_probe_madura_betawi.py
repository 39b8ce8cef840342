# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: Madurese, Betawi and Banyumasan (ngapak) speech.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* The real 2024 presidential pairs with their real ballot numbers and public slogans (all texts
  invented): 01 Anies-Muhaimin ("AMIN", "Perubahan"), 02 Prabowo-Gibran ("Bersama Indonesia
  Maju", "Oke Gas", "#02Melanjutkan"), 03 Ganjar-Mahfud ("Sat Set", "Gerak Cepat Menuju
  Indonesia Unggul"), their national campaign teams, and nine real national parties.
* An invented Pilbup Sumenep 2024 (Madura): 1 KH. R. Achmad Fauzan Hidayat ("Ra Fauzan") -
  H. Zainal Abidin ("FAZA", "Sumenep Makmur Barokah", volunteers "Santre FAZA") and
  2 Ir. H. Moh. Ridwan Hasyim - dr. Lailatul Fitriyah ("RIFA", "Sumenep Lebbi Maju",
  "Relawan RIFA").
* An invented Pilbup Banyumas 2024: 1 Bambang Sutrisno - Nur Aini Rahmawati ("BANU",
  "Banyumas Tambah Maju", "Sedulur BANU") and 2 Heru Santosa - Ahmad Romadhon ("HERO",
  "Banyumas Sejahtera Bareng Rakyat", "Relawan HERO").
* An invented Pilgub DKI Jakarta 2024: 1 H. Rizal Syarif - Kartika Sari Dewi ("RIZKA",
  "Jakarta Maju Bareng Warga", "Sahabat RIZKA") and 2 Teguh Santoso - Narendra Wijaya
  ("TENAR", "Jakarta Nyaman Warga Senang", "Barisan TENAR").
* Twenty-two invented civil servants (teachers, nurses, midwives, sanitarians, kelurahan and
  kecamatan staff) of Sumenep, Pamekasan, Sampang, Bangkalan, Situbondo, Jember, DKI Jakarta,
  Depok, Banyumas, Purbalingga, Cilacap, Brebes and Kota Tegal, with declared accounts on
  Facebook, Instagram, X, TikTok, YouTube, Threads and (a few) WhatsApp (platform ``other``).

Texts are written in Madurese (numbers settong / duwa' / tello'), Betawi (aye, ente, kagak,
kite, nyok) and Banyumasan / Tegal ngapak (inyong, nyong, rika, kepriben, pan; siji / loro /
telu), mixed with Indonesian, set in pengajian, kompolan, arisan, kondangan, posyandu, RT/RW
groups and kerja bakti.  Look-alikes in the same languages: neutral election talk, duty posts,
jokes, numbers in daily use (kerapan sapi, football, queues, arisan), prayers ending in "Amin",
namesakes of the acronyms (Rizka, Rifa, Faza, Banu, "tenar", "hero", Tegal "pan"), news.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_madura_betawi.py [--show] [--keep DIR]

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
    "wa": "other",  # WhatsApp groups, from screenshots sent in by the public
}

# --------------------------------------------------------------------------------------------
# Agencies and employees
# --------------------------------------------------------------------------------------------

# code, name, parent_code, region_code
AGENCIES = [
    ("PEMKAB-SMP", "Pemerintah Kabupaten Sumenep", "", "35.29"),
    ("DISDIK-SMP", "Dinas Pendidikan Kabupaten Sumenep", "PEMKAB-SMP", "35.29"),
    (
        "DINKES-SMP",
        "Dinas Kesehatan, Pengendalian Penduduk dan KB Kabupaten Sumenep",
        "PEMKAB-SMP",
        "35.29",
    ),
    ("KEC-KLG", "Kecamatan Kalianget", "PEMKAB-SMP", "35.29"),
    ("PEMKAB-PMK", "Pemerintah Kabupaten Pamekasan", "", "35.28"),
    ("DINKES-PMK", "Dinas Kesehatan Kabupaten Pamekasan", "PEMKAB-PMK", "35.28"),
    ("PEMKAB-SPG", "Pemerintah Kabupaten Sampang", "", "35.27"),
    ("DISDIK-SPG", "Dinas Pendidikan Kabupaten Sampang", "PEMKAB-SPG", "35.27"),
    ("PEMKAB-BKL", "Pemerintah Kabupaten Bangkalan", "", "35.26"),
    ("SETDA-BKL", "Sekretariat Daerah Kabupaten Bangkalan", "PEMKAB-BKL", "35.26"),
    ("PEMKAB-STB", "Pemerintah Kabupaten Situbondo", "", "35.12"),
    ("KEC-ASB", "Kecamatan Asembagus", "PEMKAB-STB", "35.12"),
    ("PEMKAB-JBR", "Pemerintah Kabupaten Jember", "", "35.09"),
    ("DINKES-JBR", "Dinas Kesehatan Kabupaten Jember", "PEMKAB-JBR", "35.09"),
    ("PEMPROV-DKI", "Pemerintah Provinsi DKI Jakarta", "", "31"),
    ("KOTA-JT", "Pemerintah Kota Administrasi Jakarta Timur", "PEMPROV-DKI", "31.72"),
    ("KEL-BTA", "Kelurahan Batu Ampar", "KOTA-JT", "31.72"),
    ("KOTA-JS", "Pemerintah Kota Administrasi Jakarta Selatan", "PEMPROV-DKI", "31.71"),
    ("KEC-CLD", "Kecamatan Cilandak", "KOTA-JS", "31.71"),
    ("DISDIK-DKI", "Dinas Pendidikan Provinsi DKI Jakarta", "PEMPROV-DKI", "31"),
    (
        "SUDINDIK-JB1",
        "Suku Dinas Pendidikan Wilayah I Kota Administrasi Jakarta Barat",
        "DISDIK-DKI",
        "31.74",
    ),
    ("DINKES-DKI", "Dinas Kesehatan Provinsi DKI Jakarta", "PEMPROV-DKI", "31"),
    ("PKM-CLC", "Puskesmas Kecamatan Cilincing", "DINKES-DKI", "31.75"),
    ("PEMKOT-DPK", "Pemerintah Kota Depok", "", "32.76"),
    ("KEL-BEJI", "Kelurahan Beji", "PEMKOT-DPK", "32.76"),
    ("PEMKAB-BMS", "Pemerintah Kabupaten Banyumas", "", "33.02"),
    ("DISDIK-BMS", "Dinas Pendidikan Kabupaten Banyumas", "PEMKAB-BMS", "33.02"),
    ("DINKES-BMS", "Dinas Kesehatan Kabupaten Banyumas", "PEMKAB-BMS", "33.02"),
    ("KEC-AJB", "Kecamatan Ajibarang", "PEMKAB-BMS", "33.02"),
    ("KEL-SKN", "Kelurahan Sokanegara", "PEMKAB-BMS", "33.02"),
    ("PEMKAB-PBG", "Pemerintah Kabupaten Purbalingga", "", "33.03"),
    ("DINKES-PBG", "Dinas Kesehatan Kabupaten Purbalingga", "PEMKAB-PBG", "33.03"),
    ("PEMKAB-CLP", "Pemerintah Kabupaten Cilacap", "", "33.01"),
    ("KEC-KRY", "Kecamatan Kroya", "PEMKAB-CLP", "33.01"),
    ("PEMKAB-BBS", "Pemerintah Kabupaten Brebes", "", "33.29"),
    ("DISDIK-BBS", "Dinas Pendidikan dan Kebudayaan Kabupaten Brebes", "PEMKAB-BBS", "33.29"),
    ("PEMKOT-TGL", "Pemerintah Kota Tegal", "", "33.76"),
    ("KEL-MGD", "Kelurahan Margadana", "PEMKOT-TGL", "33.76"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    # Madura and the Madurese-speaking Tapal Kuda
    "hasan": (
        "198403122009031004",
        "Moh. Hasan Basri, S.Pd.I.",
        "DISDIK-SMP",
        "SDN Kalianget Timur II",
        "Guru Kelas",
        "PNS",
        "35.29",
    ),
    "maimunah": (
        "198609142010012015",
        "Siti Maimunah, S.Pd.",
        "DISDIK-SMP",
        "SMPN 1 Gapura",
        "Guru Bahasa Daerah",
        "PNS",
        "35.29",
    ),
    "fathor": (
        "197908152005011003",
        "Ach. Fathorrahman, S.Sos.",
        "KEC-KLG",
        "Seksi Pemerintahan",
        "Kepala Seksi Pemerintahan",
        "PNS",
        "35.29",
    ),
    "kurdi": (
        "199203172023101003",
        "Moh. Kurdi, S.Kep.",
        "DINKES-SMP",
        "Puskesmas Pasongsongan",
        "Perawat",
        "PPPK",
        "35.29",
    ),
    "aisyah": (
        "199107242023102011",
        "Siti Aisyah, S.Kep., Ns.",
        "DINKES-PMK",
        "Puskesmas Pademawu",
        "Perawat Terampil",
        "PPPK",
        "35.28",
    ),
    "nurul": (
        "198211052008012007",
        "Hj. Nurul Hidayah, S.Pd.",
        "DISDIK-SPG",
        "SMPN 2 Sampang",
        "Guru IPS",
        "PNS",
        "35.27",
    ),
    "syaiful": (
        "198806192014031002",
        "Moh. Syaiful Anam, S.H.",
        "SETDA-BKL",
        "Bagian Hukum",
        "Analis Hukum",
        "PNS",
        "35.26",
    ),
    "badrus": (
        "197605232009011001",
        "Badrus Sholeh, S.Sos.",
        "KEC-ASB",
        "Seksi Kesejahteraan Sosial",
        "Pengadministrasi Umum",
        "PNS",
        "35.12",
    ),
    "rofiq": (
        "199002112023101005",
        "Ainur Rofiq, S.KM.",
        "DINKES-JBR",
        "Puskesmas Sumberjambe",
        "Sanitarian",
        "PPPK",
        "35.09",
    ),
    # Betawi: Jakarta and its fringes
    "ridwan": (
        "198707072011011006",
        "Muhammad Ridwan Saputra, S.E.",
        "KEL-BTA",
        "Seksi Pemerintahan",
        "Pengelola Data Kependudukan",
        "PNS",
        "31.72",
    ),
    "rohaya": (
        "197512212000032003",
        "Hj. Rohaya, S.Pd.",
        "SUDINDIK-JB1",
        "SDN Kebon Jeruk 05",
        "Guru Kelas",
        "PNS",
        "31.74",
    ),
    "sanusi": (
        "197804102003121002",
        "Sanusi, S.E.",
        "KEC-CLD",
        "Seksi Ekonomi dan Pembangunan",
        "Kepala Seksi",
        "PNS",
        "31.71",
    ),
    "hasanah": (
        "199305302023102004",
        "Nurhasanah, A.Md.Keb.",
        "PKM-CLC",
        "Puskesmas Kelurahan Marunda",
        "Bidan Terampil",
        "PPPK",
        "31.75",
    ),
    "jaelani": (
        "199101152019031008",
        "Ahmad Jaelani, S.Kom.",
        "KEL-BEJI",
        "Pelayanan Umum",
        "Pranata Komputer",
        "PNS",
        "32.76",
    ),
    # Banyumasan / Tegal ngapak
    "slamet": (
        "198010252006041009",
        "Slamet Riyanto, S.Pd.",
        "DISDIK-BMS",
        "SD Negeri 1 Karanglewas",
        "Guru Kelas",
        "PNS",
        "33.02",
    ),
    "yuli": (
        "199207082019032014",
        "Yuli Astuti, S.Kep., Ns.",
        "DINKES-BMS",
        "Puskesmas Sumbang I",
        "Perawat Ahli Pertama",
        "PNS",
        "33.02",
    ),
    "eko": (
        "198512012010011007",
        "Eko Prasetyo, S.IP.",
        "KEC-AJB",
        "Seksi Ketenteraman dan Ketertiban Umum",
        "Kepala Seksi Trantib",
        "PNS",
        "33.02",
    ),
    "kardi": (
        "197701202007011010",
        "Kardiman",
        "KEL-SKN",
        "Seksi Pemerintahan",
        "Pengadministrasi Umum",
        "PNS",
        "33.02",
    ),
    "wahyu": (
        "198904182023102006",
        "Tri Wahyuningsih, S.ST.",
        "DINKES-PBG",
        "Puskesmas Bobotsari",
        "Bidan Desa",
        "PPPK",
        "33.03",
    ),
    "darsono": (
        "197302141998031004",
        "Darsono",
        "KEC-KRY",
        "Sekretariat Kecamatan",
        "Pengadministrasi Umum",
        "PNS",
        "33.01",
    ),
    "warsini": (
        "198306062009022004",
        "Warsini, S.Pd.",
        "DISDIK-BBS",
        "SMP Negeri 3 Bumiayu",
        "Guru Bahasa Indonesia",
        "PNS",
        "33.29",
    ),
    "tarmudi": (
        "198209092010011012",
        "Agus Tarmudi, A.Md.",
        "KEL-MGD",
        "Seksi Kesejahteraan Rakyat",
        "Pengelola Layanan Kemasyarakatan",
        "PNS",
        "33.76",
    ),
}

# key "employee.plat": platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "hasan.fb": (
        "fb",
        "hasanbasri.kalianget",
        "100009871230451",
        "Hasan Basri",
        "Guru SD | Alumni PP Nurul Iman | Kalianget",
        "Sumenep",
    ),
    "hasan.tt": (
        "tt",
        "ustadz_hasan_klg",
        "6871239904512367",
        "Ust. Hasan 🤲",
        "guru ngaji & guru SD",
        "Sumenep, Madura",
    ),
    "hasan.wa": ("wa", "+6281931457702", "6281931457702", "Hasan Basri Guru", "", ""),
    "maimunah.fb": (
        "fb",
        "maimunah.gapura",
        "100011245678120",
        "Siti Maimunah",
        "Guru Bhâsa Madhurâ 🌺",
        "Gapura, Sumenep",
    ),
    "maimunah.ig": (
        "ig",
        "bu.maimunah_",
        "41277781203",
        "Bu Mai",
        "guru | muslimat | ibu 3 anak",
        "Sumenep",
    ),
    "fathor.fb": (
        "fb",
        "fathor.rahman.klg",
        "100004512390876",
        "Fathor Rahman",
        "Abdi negara, Kalianget",
        "Sumenep",
    ),
    "fathor.x": (
        "x",
        "fathor_klg",
        "1188804412",
        "Fathor R.",
        "ASN Kec. Kalianget | kopi & kerapan",
        "Sumenep",
    ),
    "kurdi.fb": (
        "fb",
        "kurdi.pasongsongan",
        "100067812300912",
        "Moh Kurdi",
        "Perawat Puskesmas Pasongsongan",
        "Pasongsongan",
    ),
    "kurdi.ig": ("ig", "kurdi_ns", "52318890021", "Kurdi", "nurse 🩺 | nelayan's son", "Sumenep"),
    "kurdi.tt": ("tt", "kurdi.psg", "6923400018765432", "kurdi psg", "", "Madura"),
    "aisyah.ig": (
        "ig",
        "aisyah_pademawu",
        "38871209933",
        "Aisyah 🌸",
        "Perawat | Pamekasan",
        "Pamekasan",
    ),
    "aisyah.fb": ("fb", "siti.aisyah.pmk", "100052201987345", "Siti Aisyah", "", "Pamekasan"),
    "nurul.fb": (
        "fb",
        "nurul.hidayah.spg",
        "100003301298761",
        "Nurul Hidayah",
        "Guru IPS SMPN 2 Sampang",
        "Sampang",
    ),
    "nurul.yt": (
        "yt",
        "@bunurulhidayah",
        "UCx7nHq2b0SpgNurulH1d4y",
        "Bu Nurul Hidayah",
        "",
        "Sampang",
    ),
    "syaiful.x": (
        "x",
        "syaiful_anam_bkl",
        "1420098871",
        "Syaiful Anam",
        "Hukum & kopi | Bangkalan",
        "Bangkalan",
    ),
    "syaiful.ig": ("ig", "syaiful.anam.sh", "29901128734", "Syaiful Anam S.H.", "", "Bangkalan"),
    "badrus.fb": (
        "fb",
        "badrus.sholeh.asembagus",
        "100001987234561",
        "Badrus Sholeh",
        "Asembagus Situbondo",
        "Situbondo",
    ),
    "rofiq.fb": (
        "fb",
        "ainur.rofiq.skm",
        "100070123987650",
        "Ainur Rofiq",
        "Sanitarian | Sumberjambe",
        "Jember",
    ),
    "rofiq.tt": (
        "tt",
        "rofiq_sanitarian",
        "6988812300045671",
        "Rofiq Sanitarian",
        "jamban sehat 🚽 desa sehat",
        "Jember",
    ),
    "ridwan.fb": (
        "fb",
        "ridwan.saputra.condet",
        "100008123456789",
        "Ridwan Saputra",
        "Anak Betawi Condet | Kelurahan Batu Ampar",
        "Jakarta Timur",
    ),
    "ridwan.ig": (
        "ig",
        "bang_ridwan_condet",
        "31209987711",
        "Bang Ridwan",
        "betawi asli 🌴",
        "Condet",
    ),
    "ridwan.x": ("x", "ridwansaputra87", "987654321012", "Ridwan S", "", "Jakarta"),
    "ridwan.wa": ("wa", "+6281310987720", "6281310987720", "Ridwan Kelurahan", "", ""),
    "rohaya.fb": (
        "fb",
        "rohaya.kebonjeruk",
        "100002987651234",
        "Hj. Rohaya",
        "Guru SD | Enyak 4 anak",
        "Jakarta Barat",
    ),
    "rohaya.yt": ("yt", "@enyakrohaya", "UCq3Rohaya0KbnJeruk88aa", "Enyak Rohaya", "", "Jakarta"),
    "sanusi.fb": (
        "fb",
        "sanusi.cilandak",
        "100006754321987",
        "Bang Sanusi",
        "Cilandak Barat",
        "Jakarta Selatan",
    ),
    "sanusi.th": ("th", "sanusi.cld", "63412098771", "Sanusi", "", "Jakarta"),
    "hasanah.ig": (
        "ig",
        "bidan.hasanah",
        "47120983345",
        "Bidan Hasanah 🤱",
        "Bidan | Marunda | Cilincing",
        "Jakarta Utara",
    ),
    "hasanah.tt": ("tt", "bidanhasanah_", "7012398712340987", "bidan hasanah", "", "Jakarta"),
    "jaelani.x": (
        "x",
        "jaelani_depok",
        "1345098761",
        "Jaelani",
        "Pranata komputer | Beji",
        "Depok",
    ),
    "jaelani.fb": ("fb", "ahmad.jaelani.beji", "100045612398700", "Ahmad Jaelani", "", "Depok"),
    "slamet.fb": (
        "fb",
        "slamet.riyanto.klw",
        "100003987612345",
        "Slamet Riyanto",
        "Guru SD | Karanglewas",
        "Banyumas",
    ),
    "slamet.yt": ("yt", "@pakslametklw", "UCsl4metKarangLewas0099", "Pak Slamet", "", "Banyumas"),
    "yuli.ig": ("ig", "yuli.astuti_ns", "36098712654", "Yuli 🩺", "perawat | Sumbang", "Banyumas"),
    "yuli.fb": ("fb", "yuli.astuti.sumbang", "100048761230987", "Yuli Astuti", "", "Purwokerto"),
    "eko.fb": (
        "fb",
        "eko.prasetyo.ajb",
        "100005612309876",
        "Eko Prasetyo",
        "Trantib Kec. Ajibarang",
        "Ajibarang",
    ),
    "eko.x": ("x", "ekoprast_ajb", "1123409876", "Eko Prast", "ngapak tulen", "Banyumas"),
    "eko.tt": ("tt", "eko.ngapak", "6799012387651234", "Eko Ngapak", "", "Ajibarang"),
    "eko.wa": ("wa", "+6282137009911", "6282137009911", "Eko Trantib", "", ""),
    "kardi.fb": (
        "fb",
        "kardiman.sokanegara",
        "100006123498712",
        "Kardiman Sokanegara",
        "Kelurahan Sokanegara",
        "Purwokerto",
    ),
    "wahyu.ig": (
        "ig",
        "bidan_tri_pbg",
        "45012398761",
        "Bidan Tri 🌷",
        "bidan desa Bobotsari",
        "Purbalingga",
    ),
    "wahyu.fb": (
        "fb",
        "tri.wahyuningsih.bidan",
        "100059812347651",
        "Tri Wahyuningsih",
        "",
        "Purbalingga",
    ),
    "darsono.fb": (
        "fb",
        "darsono.kroya",
        "100001234598761",
        "Darsono Kroya",
        "Kantor Kecamatan Kroya",
        "Cilacap",
    ),
    "warsini.fb": (
        "fb",
        "warsini.bumiayu",
        "100007651239870",
        "Warsini",
        "Guru Bahasa Indonesia",
        "Bumiayu, Brebes",
    ),
    "warsini.ig": ("ig", "bu_warsini", "39812376540", "Bu Warsini", "", "Brebes"),
    "tarmudi.fb": (
        "fb",
        "agus.tarmudi.tegal",
        "100004561230987",
        "Agus Tarmudi",
        "Wong Tegal asli | Margadana",
        "Tegal",
    ),
    "tarmudi.tt": (
        "tt",
        "tarmudi_tegal",
        "6912309876512340",
        "Tarmudi Tegal",
        "moci lan warteg",
        "Tegal",
    ),
}

# --------------------------------------------------------------------------------------------
# Elections (stage rows); neutrality window = earliest start .. latest end
# --------------------------------------------------------------------------------------------

PEMILU_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-14", "2024-03-20"),
    ("result", "2024-03-20", "2024-03-20"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-27", "2024-12-09"),
    ("result", "2024-12-09", "2024-12-09"),
]
# Windows: PILPRES 2023-10-19 .. 2024-03-20; the three pilkada 2024-08-27 .. 2024-12-09.

# election_id, name, contest, region_code, stages
ELECTIONS = [
    (
        "PILPRES-2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PEMILU_STAGES,
    ),
    (
        "PILBUP-SMP-2024",
        "Pemilihan Bupati dan Wakil Bupati Sumenep 2024",
        "regional_head",
        "35.29",
        PILKADA_STAGES,
    ),
    (
        "PILBUP-BMS-2024",
        "Pemilihan Bupati dan Wakil Bupati Banyumas 2024",
        "regional_head",
        "33.02",
        PILKADA_STAGES,
    ),
    (
        "PILGUB-DKI-2024",
        "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2024",
        "regional_head",
        "31",
        PILKADA_STAGES,
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

TARGETS = {
    "CAP01": (
        "H. Anies Rasyid Baswedan - Dr. (H.C.) H. A. Muhaimin Iskandar",
        "candidate",
        "PILPRES-2024",
        "1",
        "",
    ),
    "CAP02": ("H. Prabowo Subianto - Gibran Rakabuming Raka", "candidate", "PILPRES-2024", "2", ""),
    "CAP03": (
        "H. Ganjar Pranowo, S.H., M.I.P. - Prof. Dr. H. M. Mahfud MD",
        "candidate",
        "PILPRES-2024",
        "3",
        "",
    ),
    "TIM01": (
        "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
        "campaign_team",
        "PILPRES-2024",
        "",
        "",
    ),
    "TIM02": (
        "Tim Kampanye Nasional Prabowo-Gibran (TKN)",
        "campaign_team",
        "PILPRES-2024",
        "",
        "",
    ),
    "TIM03": (
        "Tim Pemenangan Nasional Ganjar-Mahfud (TPN)",
        "campaign_team",
        "PILPRES-2024",
        "",
        "",
    ),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", ""),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", ""),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", ""),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", ""),
    "NASDEM": ("Partai NasDem", "party", "", "5", ""),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", ""),
    "PAN": ("Partai Amanat Nasional (PAN)", "party", "", "12", ""),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", ""),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "party", "", "17", ""),
    "SMP1": (
        "KH. R. Achmad Fauzan Hidayat - H. Zainal Abidin (FAZA)",
        "candidate",
        "PILBUP-SMP-2024",
        "1",
        "",
    ),
    "SMP2": (
        "Ir. H. Moh. Ridwan Hasyim - dr. Lailatul Fitriyah (RIFA)",
        "candidate",
        "PILBUP-SMP-2024",
        "2",
        "",
    ),
    "TIMSMP1": (
        "Santre FAZA (relawan pemenangan FAZA)",
        "campaign_team",
        "PILBUP-SMP-2024",
        "",
        "",
    ),
    "TIMSMP2": ("Relawan RIFA Sumenep", "campaign_team", "PILBUP-SMP-2024", "", ""),
    "BMS1": (
        "Bambang Sutrisno - Nur Aini Rahmawati (BANU)",
        "candidate",
        "PILBUP-BMS-2024",
        "1",
        "",
    ),
    "BMS2": (
        "Heru Santosa, S.Pd., M.M. - Ahmad Romadhon (HERO)",
        "candidate",
        "PILBUP-BMS-2024",
        "2",
        "",
    ),
    "TIMBMS1": ("Sedulur BANU", "campaign_team", "PILBUP-BMS-2024", "", ""),
    "TIMBMS2": ("Relawan HERO Banyumas", "campaign_team", "PILBUP-BMS-2024", "", ""),
    "DKI1": (
        "H. Rizal Syarif - Kartika Sari Dewi (RIZKA)",
        "candidate",
        "PILGUB-DKI-2024",
        "1",
        "",
    ),
    "DKI2": ("Teguh Santoso - Narendra Wijaya (TENAR)", "candidate", "PILGUB-DKI-2024", "2", ""),
    "TIMDKI1": ("Sahabat RIZKA", "campaign_team", "PILGUB-DKI-2024", "", ""),
    "TIMDKI2": ("Barisan TENAR", "campaign_team", "PILGUB-DKI-2024", "", ""),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "CAP01.x": ("aniesbaswedan", "1098812001", "Anies Baswedan"),
    "CAP01.fb": ("aniesbaswedan", "100044120001234", "Anies Baswedan"),
    "CAP01.yt": ("@aniesbaswedan", "UCanies0Baswedan0001xyz", "Anies Baswedan"),
    "CAP02.ig": ("prabowo", "2201198771", "Prabowo Subianto"),
    "CAP02.tt": ("prabowogibran2", "7300112233445566", "Prabowo Gibran 02"),
    "CAP02.fb": ("PrabowoSubianto", "100044220002345", "Prabowo Subianto"),
    "CAP03.ig": ("ganjar_pranowo", "1980012345", "Ganjar Pranowo"),
    "CAP03.x": ("ganjarpranowo", "1120034567", "Ganjar Pranowo"),
    "CAP03.tt": ("ganjarpranowo", "7300223344556677", "Ganjar Pranowo"),
    "CAP03.yt": ("@GanjarPranowo", "UCganjar0Pranowo0003abc", "Ganjar Pranowo"),
    "CAP03.fb": ("GanjarPranowo", "100044330003456", "Ganjar Pranowo"),
    "TIM01.fb": ("timnas.amin", "100090110001111", "Timnas AMIN"),
    "TIM02.x": ("TKNPrabowoGibran", "1700220002", "TKN Prabowo-Gibran"),
    "TIM03.fb": ("tpn.ganjarmahfud", "100090330003333", "TPN Ganjar-Mahfud"),
    "PKB.tt": ("dpp.pkb", "7300990001112223", "DPP PKB"),
    "PKB.fb": ("DPP.PKB", "100044901010101", "DPP PKB"),
    "PKS.fb": ("PKSejahtera", "100044908080808", "Partai Keadilan Sejahtera"),
    "SMP1.fb": ("rafauzan.sumenep", "100091234500001", "Ra Fauzan Hidayat"),
    "SMP1.tt": ("rafauzan.official", "7310001112223334", "Ra Fauzan Official"),
    "SMP2.fb": ("ridwanhasyim.official", "100091234500002", "Ridwan Hasyim"),
    "SMP2.ig": ("ridwanhasyim_", "5520019876", "Ridwan Hasyim"),
    "SMP2.tt": ("rifa.sumenep", "7310001112223335", "RIFA Sumenep"),
    "TIMSMP1.fb": ("santrefaza", "100091234500011", "Santre FAZA"),
    "TIMSMP2.fb": ("relawanrifa", "100091234500012", "Relawan RIFA Sumenep"),
    "BMS1.fb": ("bambangsutrisno.bms", "100092234500001", "Bambang Sutrisno"),
    "BMS2.fb": ("herusantosa.official", "100092234500002", "Heru Santosa"),
    "BMS2.ig": ("herusantosa.bms", "5530029876", "Heru Santosa"),
    "BMS2.yt": ("@HeruSantosaBanyumas", "UCheru0Santosa0Bms00002", "Heru Santosa"),
    "TIMBMS1.fb": ("sedulurbanu", "100092234500011", "Sedulur BANU"),
    "TIMBMS2.fb": ("relawanhero.bms", "100092234500012", "Relawan HERO Banyumas"),
    "DKI1.fb": ("bangrizalsyarif", "100093234500001", "Bang Rizal Syarif"),
    "DKI1.ig": ("rizalsyarif.jkt", "5540039876", "Rizal Syarif"),
    "DKI2.fb": ("teguhsantoso.jkt", "100093234500002", "Teguh Santoso"),
    "DKI2.yt": ("@TeguhSantosoJakarta", "UCteguh0Santoso0Jkt0002", "Teguh Santoso"),
    "TIMDKI2.fb": ("barisantenar", "100093234500012", "Barisan TENAR"),
    "TIMDKI2.x": ("barisan_tenar", "1800330012", "Barisan TENAR"),
    "TIMDKI1.fb": ("sahabatrizka", "100093234500011", "Sahabat RIZKA"),
}

# target_id, term
KEYWORDS = [
    ("CAP01", "AMIN"),
    ("CAP01", "Anies-Muhaimin"),
    ("CAP01", "Anies-Cak Imin"),
    ("CAP01", "#AniesMuhaimin2024"),
    ("CAP01", "Indonesia Adil Makmur untuk Semua"),
    ("CAP01", "coblos 01"),
    ("CAP02", "Prabowo-Gibran"),
    ("CAP02", "#02Melanjutkan"),
    ("CAP02", "Bersama Indonesia Maju"),
    ("CAP02", "Oke Gas"),
    ("CAP02", "coblos 02"),
    ("CAP03", "Ganjar-Mahfud"),
    ("CAP03", "#GanjarMahfud2024"),
    ("CAP03", "Sat Set Tas Tes"),
    ("CAP03", "Gerak Cepat Menuju Indonesia Unggul"),
    ("CAP03", "coblos 03"),
    ("PKB", "PKB"),
    ("PKB", "Partai Kebangkitan Bangsa"),
    ("GERINDRA", "Gerindra"),
    ("PDIP", "PDIP"),
    ("PDIP", "PDI Perjuangan"),
    ("PDIP", "partai banteng"),
    ("GOLKAR", "Golkar"),
    ("GOLKAR", "partai beringin"),
    ("NASDEM", "NasDem"),
    ("PKS", "PKS"),
    ("PAN", "PAN"),
    ("PAN", "Partai Amanat Nasional"),
    ("DEMOKRAT", "Demokrat"),
    ("PPP", "PPP"),
    ("PPP", "Partai Ka'bah"),
    ("SMP1", "FAZA"),
    ("SMP1", "Ra Fauzan"),
    ("SMP1", "#FAZAuntukSumenep"),
    ("SMP1", "Sumenep Makmur Barokah"),
    ("TIMSMP1", "Santre FAZA"),
    ("SMP2", "RIFA"),
    ("SMP2", "#RIFAbupatiSumenep"),
    ("SMP2", "Sumenep Lebbi Maju"),
    ("BMS1", "BANU"),
    ("BMS1", "#BANUbae"),
    ("BMS1", "Banyumas Tambah Maju"),
    ("BMS2", "HERO"),
    ("BMS2", "#HEROBanyumas"),
    ("BMS2", "Banyumas Sejahtera Bareng Rakyat"),
    ("DKI1", "RIZKA"),
    ("DKI1", "#RIZKAJakarta"),
    ("DKI1", "Jakarta Maju Bareng Warga"),
    ("DKI2", "TENAR"),
    ("DKI2", "#TENARJakarta"),
    ("DKI2", "Jakarta Nyaman Warga Senang"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "G01": "CAP01 TIM01",
    "G02": "CAP02 TIM02",
    "G03": "CAP03 TIM03",
    "GSMP1": "SMP1 TIMSMP1",
    "GSMP2": "SMP2 TIMSMP2",
    "GBMS1": "BMS1 TIMBMS1",
    "GBMS2": "BMS2 TIMBMS2",
    "GDKI1": "DKI1 TIMDKI1",
    "GDKI2": "DKI2 TIMDKI2",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "kabar_smp.fb": ("fb", "kabarsumenep", "100071230001001", "Kabar Sumenep"),
    "kpu_smp.fb": ("fb", "kpu.sumenep", "100071230001002", "KPU Kabupaten Sumenep"),
    "warta_bms.fb": ("fb", "wartabanyumas", "100071230001003", "Warta Banyumas"),
    "info_jkt.x": ("x", "infojaktim", "1500012345", "Info Jakarta Timur"),
    "banyumastv.yt": ("yt", "@BanyumasTVlokal", "UCbanyumasTV000lokal0001", "Banyumas TV"),
    "grp_madura.fb": (
        "fb",
        "groups/taretanmadura.sedunia",
        "100071230002001",
        "Taretan Madura Se-Dunia",
    ),
    "grp_betawi.fb": (
        "fb",
        "groups/kumpulanbocahbetawi",
        "100071230002002",
        "Kumpulan Bocah Betawi",
    ),
    "grp_guru.fb": (
        "fb",
        "groups/kkg.gugus.karanglewas",
        "100071230002003",
        "KKG Gugus Karanglewas",
    ),
    "grp_tegal.fb": ("fb", "groups/infotegalkota", "100071230002004", "Info Tegal Kota"),
    "grp_rw03.fb": ("fb", "groups/wargarw03batuampar", "100071230002005", "Warga RW 03 Batu Ampar"),
    "wa_rt05.wa": ("wa", "RT 05 RW 03 Batu Ampar", "120363041122330001", "RT 05 RW 03 Batu Ampar"),
    "wa_alumni.wa": (
        "wa",
        "Alumni Santri Kalianget",
        "120363041122330002",
        "Alumni Santri Kalianget",
    ),
    "wa_linmas.wa": (
        "wa",
        "Linmas & Trantib Ajibarang",
        "120363041122330003",
        "Linmas & Trantib Ajibarang",
    ),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # presidential
    "amin_fb_madura": (
        "CAP01.fb",
        "2023-12-10 16:00",
        "Terima kasih warga Madura atas sambutan luar biasa hari ini di Pamekasan. Perubahan untuk Indonesia adil makmur untuk semua!",
    ),
    "amin_fb_jkt": (
        "CAP01.fb",
        "2024-01-15 13:00",
        "Silaturahmi dengan warga Depok dan Jakarta Timur hari ini. Terima kasih atas sambutannya yang hangat.",
    ),
    "amin_x_debat": (
        "CAP01.x",
        "2024-01-07 22:10",
        "Terima kasih untuk semua yang sudah menonton debat malam ini. Perubahan itu nyata, mari kita wujudkan bersama.",
    ),
    "amin_yt_desak": (
        "CAP01.yt",
        "2024-01-20 20:00",
        "Desak Anies di Surabaya: tanya apa saja, jawab apa adanya (full)",
    ),
    "timnas_amin_fb": (
        "TIM01.fb",
        "2024-01-05 09:00",
        "Relawan AMIN se-Jawa, ayo konsolidasi menuju 14 Februari! Kirim foto posko kalian.",
    ),
    "prabowo_ig_madura": (
        "CAP02.ig",
        "2024-01-03 18:30",
        "Terima kasih Madura! Sambutan luar biasa di Bangkalan hari ini.",
    ),
    "prabowo_tt_jakut": (
        "CAP02.tt",
        "2024-01-22 19:00",
        "Oke gas! Terima kasih relawan Jakarta Utara 🔥 (video joget bersama warga)",
    ),
    "prabowo_fb_makan": (
        "CAP02.fb",
        "2024-01-26 08:00",
        "Makan siang dan susu gratis untuk anak sekolah, supaya anak Indonesia sehat dan kuat. Bersama Indonesia Maju!",
    ),
    "ganjar_ig_pbg": (
        "CAP03.ig",
        "2024-01-10 15:00",
        "Sowan ke Purbalingga, ngobrol bareng ibu-ibu bidan desa soal stunting.",
    ),
    "ganjar_tt_jember": (
        "CAP03.tt",
        "2024-01-18 17:45",
        "Jember! Terima kasih sudah menyambut kami 🙏",
    ),
    "ganjar_x_sumenep": (
        "CAP03.x",
        "2024-01-28 10:00",
        "Besok kami ke Sumenep. Sampai jumpa di lapangan Kalianget!",
    ),
    "ganjar_yt_mahfud": (
        "CAP03.yt",
        "2024-02-01 19:00",
        "Tabrak Prof! bersama Pak Mahfud MD: tanya jawab hukum dan keadilan (full)",
    ),
    "ganjar_fb_sanitasi": (
        "CAP03.fb",
        "2024-01-14 07:30",
        "Air bersih dan sanitasi layak untuk setiap desa: itu program kerja kami.",
    ),
    "pkb_tt": ("PKB.tt", "2024-01-20 12:00", "PKB nomor 1, partainya santri dan kiai. Coblos PKB!"),
    "pks_fb": (
        "PKS.fb",
        "2024-02-04 09:00",
        "Kampanye akbar PKS di Jakarta. Terima kasih kader dan simpatisan!",
    ),
    # Pilbup Sumenep
    "fauzan_fb_klg": (
        "SMP1.fb",
        "2024-09-30 20:00",
        "Silaturahmi ke Kalianget, bersama para kiai, nelayan dan masyarakat. Sumenep Makmur Barokah.",
    ),
    "fauzan_fb_duka": (
        "SMP1.fb",
        "2024-10-20 06:00",
        "Innalillahi wa inna ilaihi rojiun. Telah berpulang ibunda kami tercinta. Mohon doa dan dimaafkan segala kesalahannya.",
    ),
    "fauzan_tt": (
        "SMP1.tt",
        "2024-10-08 21:00",
        "Kampanye dialogis bersama santri dan alumni pondok 🎤",
    ),
    "ridwanh_fb_psg": (
        "SMP2.fb",
        "2024-10-02 16:00",
        "Kampanye dialogis bersama nelayan Pasongsongan. Sumenep Lebbi Maju!",
    ),
    "ridwanh_fb_sakit": (
        "SMP2.fb",
        "2024-10-25 09:00",
        "Mohon doa, wakil kami dr. Lailatul Fitriyah sedang dirawat karena kelelahan.",
    ),
    "ridwanh_ig": (
        "SMP2.ig",
        "2024-10-12 11:00",
        "Bersama ibu-ibu kader posyandu. Kesehatan ibu dan anak prioritas kami.",
    ),
    "rifa_tt": ("SMP2.tt", "2024-10-30 19:30", "RIFA menyapa Pasongsongan 🎶"),
    "tim_rifa_fb": (
        "TIMSMP2.fb",
        "2024-10-01 08:00",
        "Posko pemenangan RIFA dibuka di 27 kecamatan. Siapkan diri, tretan!",
    ),
    "kabar_smp_debat": (
        "kabar_smp.fb",
        "2024-10-27 22:00",
        "Debat kedua Pilbup Sumenep: FAZA dan RIFA adu gagasan soal nelayan dan pesantren.",
    ),
    "kpu_smp_jadwal": (
        "kpu_smp.fb",
        "2024-09-24 10:00",
        "Jadwal kampanye Pilbup Sumenep 2024: 25 September s.d. 23 November 2024. Mari jaga kondusivitas.",
    ),
    # Pilgub DKI
    "rizal_fb": (
        "DKI1.fb",
        "2024-10-10 17:00",
        "Blusukan ke Condet. Betawi bangkit, Jakarta maju bareng warga!",
    ),
    "rizal_ig": (
        "DKI1.ig",
        "2024-10-15 12:00",
        "Bareng Bu Kartika ketemu kader posyandu Cilincing.",
    ),
    "teguh_fb": (
        "DKI2.fb",
        "2024-10-09 19:00",
        "Sekolah gratis sampai SMA/SMK negeri dan swasta. Jakarta nyaman, warga senang!",
    ),
    "teguh_yt": ("DKI2.yt", "2024-10-20 20:00", "Dialog bersama guru-guru Jakarta Barat (full)"),
    "tenar_x": (
        "TIMDKI2.x",
        "2024-10-14 08:00",
        "Jakarta butuh kerja nyata. Dukung TENAR nomor 2!",
    ),
    "tenar_fb": (
        "TIMDKI2.fb",
        "2024-10-05 15:00",
        "Posko Barisan TENAR Cilandak resmi dibuka! Mampir, bang, mpok.",
    ),
    # Pilbup Banyumas
    "bambang_fb": (
        "BMS1.fb",
        "2024-10-01 16:00",
        "Silaturahmi maring Ajibarang. Banyumas Tambah Maju!",
    ),
    "heru_fb": (
        "BMS2.fb",
        "2024-10-03 20:00",
        "Kampanye perdana HERO nang Purwokerto. Matur nuwun sedulur!",
    ),
    "heru_ig": (
        "BMS2.ig",
        "2024-10-11 13:00",
        "Sowan maring Puskesmas Sumbang, matur nuwun para nakes.",
    ),
    "heru_yt": ("BMS2.yt", "2024-10-18 19:00", "Kampanye HERO nang Karanglewas (live)"),
    "banu_team_fb": (
        "TIMBMS1.fb",
        "2024-10-06 09:00",
        "Sedulur BANU siap numpuk suara nang saben TPS!",
    ),
    "warta_bms_debat": (
        "warta_bms.fb",
        "2024-10-16 22:00",
        "Debat pertama Pilbup Banyumas: BANU lan HERO adu program pendidikan lan kesehatan.",
    ),
    "warta_bms_bawaslu": (
        "warta_bms.fb",
        "2024-01-24 10:00",
        "Bawaslu Jateng temukan belasan ASN diduga tidak netral di media sosial.",
    ),
    "banyumastv_debat": (
        "banyumastv.yt",
        "2024-10-15 21:00",
        "Debat Publik Pilbup Banyumas 2024 (siaran ulang)",
    ),
    "info_jkt_debat": (
        "info_jkt.x",
        "2024-01-07 08:00",
        "Debat capres ketiga malam ini pukul 19.00 WIB di Istora Senayan.",
    ),
}


# --------------------------------------------------------------------------------------------
# Labelled events
# --------------------------------------------------------------------------------------------


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


def _ts(when: str) -> str:
    """'YYYY-MM-DD HH:MM' in Asia/Jakarta -> ISO 8601 with offset."""
    return f"{when[:10]}T{when[11:16]}:00{TZ}"


def _expand(targets: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in targets.split():
        out.extend(GROUPS.get(tok, tok).split())
    return tuple(out)


def _add(label: str, targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    ITEMS.append(
        Item(
            f"{label}{len(ITEMS) + 1:03d}",
            label,
            _expand(targets),
            _ts(when),
            acct,
            action,
            text,
            **kw,
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

# --- Madura and Tapal Kuda: Pilpres 2024 (window 2023-10-19 .. 2024-03-20) ------------------
C(
    "G01",
    "2024-01-12 20:15",
    "hasan.fb",
    "post",
    "Bâdâ pengajian malem Jumat, kiai ngajak reng-oreng pèlè pamimpin sè amanah. Mon kaulâ pribadi jelas, AMIN! Anies–Cak Imin nomer settong, tore bhârengan ka TPS 14 Februari 🤲",
)
C(
    "G01",
    "2023-12-10 19:02",
    "fathor.fb",
    "comment",
    "Cak Imin jiâ tretan dhibi', reng Madhurâ ta' kera ngalèh. Nomer settong pokoknya! 💚",
    on="amin_fb_madura",
)
C(
    "G02",
    "2024-01-04 07:40",
    "syaiful.x",
    "post",
    "Bangkalan ampon jelas: 02! Prabowo–Gibran, Bersama Indonesia Maju. Oke gas oke gas, duwa' nomer sè paling ghâmpang èèngak 😄 #02Melanjutkan",
)
C(
    "G02",
    "2024-01-03 21:10",
    "aisyah.ig",
    "comment",
    "Bapak gemoy 🥰 kaulâ sekeluarga dukung nomer duwa', salam dhâri Pademawu!",
    on="prabowo_ig_madura",
)
C(
    "G03",
    "2024-02-06 18:20",
    "rofiq.fb",
    "post",
    "Reng Sumberjambe jâ' loppa, tanggal 14 cobhlos Ganjar–Mahfud nomer tello'. Pak Mahfud oreng Madhurâ asli, bângga! Sat set tas tes",
)
C(
    "G03",
    "2024-01-21 09:05",
    "nurul.fb",
    "post",
    "Pak Mahfud MD jiâ putra Sampang. Mon bukan kita sè dukung, sapa pole? Tello' jari, tello' nomer, 03 menang total! 🤟",
)
C(
    "G01",
    "2023-12-11 08:30",
    "fathor.fb",
    "post",
    "Alhamdulillah Pamekasan ghâllu rammè onggu. Perubahan ta' bisa èhalangè, AMIN pasti menang è Madhurâ! ☝️",
)
C(
    "G02",
    "2024-01-14 16:45",
    "badrus.fb",
    "post",
    "Lagu Oke Gas èpotar pas kerja bakti ghâllu, bapak-bapak ajoget kabbhi 😂 Ta' usah duwa' putaran, settong putaran bhâi, Prabowo–Gibran!",
)
C(
    "G03",
    "2024-01-18 20:30",
    "rofiq.tt",
    "comment",
    "Salam tello' jari dhâri Jember! Ganjar–Mahfud sè paling ngerte reng dhisa ❤️🖤",
    on="ganjar_tt_jember",
)
C(
    "G01",
    "2024-01-25 21:00",
    "hasan.tt",
    "post",
    "Mara bhârengan, pèlè perubahan 🙏",
    alt="Video santri membawa stiker pasangan capres nomor 1",
    ocr="AMIN  ANIES – MUHAIMIN  01  Indonesia Adil Makmur untuk Semua",
)
C(
    "G02",
    "2024-01-27 10:15",
    "aisyah.fb",
    "post",
    "Tretan kabbhi, mara pèlè nomer duwa'. Makan siang gratis kaangghuy ana' sakola', cocok! Prabowo–Gibran 💪",
    group="grp_madura.fb",
)
C(
    "G03",
    "2024-02-02 05:30",
    "nurul.yt",
    "comment",
    "Ceramah Pak Mahfud ghâllu ngobhâ' ate. Dhâri Sampang kaulâ nyoblos tello', insya Allah 🤲 #GanjarMahfud2024",
    on="ganjar_yt_mahfud",
)
C(
    "G03",
    "2024-01-14 12:10",
    "rofiq.fb",
    "comment",
    "Siap Pak! Sumberjambe tello' bhâi. Ganjar–Mahfud, gerak cepat 🔥",
    on="ganjar_fb_sanitasi",
)
C(
    "G01",
    "2024-02-09 22:00",
    "maimunah.fb",
    "post",
    "Kompolan muslimat malem rèya sapakat: settong. Cak Imin sè ngerte santrè, Pak Anies sè ngerte pendidikan. AMIN ya Allah, AMIN 😁☝️",
)
C(
    "G02",
    "2024-02-13 19:30",
    "syaiful.ig",
    "post",
    "Masa tenang, tapi ate tetep ka nomer duwa' ✌️ Prabowo–Gibran, sè penting Madhurâ maju",
    alt="Foto selfie dengan dua jari membentuk huruf V, latar poster Prabowo-Gibran",
)

# --- Madura: Pilbup Sumenep 2024 (window 2024-08-27 .. 2024-12-09) --------------------------
C(
    "GSMP1",
    "2024-10-03 19:40",
    "hasan.fb",
    "post",
    "Ba'da pengajian rutin è Kalianget, Ra Fauzan rabu maos shalawat bhârengan. Pamimpin sè alim, pamimpin sè andhâp asor. Kaulâ pèlè FAZA, nomer settong! 🤲",
)
C(
    "GSMP1",
    "2024-09-30 21:15",
    "hasan.fb",
    "comment",
    "Sumenep Makmur Barokah! Kalianget siap menangaghi Ra Fauzan 💚",
    on="fauzan_fb_klg",
)
C(
    "GSMP2",
    "2024-10-02 19:00",
    "kurdi.fb",
    "comment",
    "Pak Ridwan, Pasongsongan siap! Duwa' nomer, duwa' jempol 👍👍 RIFA bupati!",
    on="ridwanh_fb_psg",
)
C(
    "GSMP2",
    "2024-10-09 07:20",
    "kurdi.fb",
    "post",
    "Bu dokter Lailatul mon dhâddhi wakil bupati, posyandu pasti lebbi tèrèng. Sumenep Lebbi Maju, mara cobhlos duwa' RIFA! 👩‍⚕️",
)
C(
    "GSMP1",
    "2024-11-18 20:05",
    "hasan.wa",
    "post",
    "Assalamualaikum tretan alumni. Dhâbuna kiai jelas, kita èajhâk bhârengan ka Ra Fauzan. Tanggal 27 Nopember cobhlos settong, jâ' sampè loppa 🙏",
    group="wa_alumni.wa",
)
C(
    "GSMP2",
    "2024-10-28 06:45",
    "fathor.x",
    "post",
    "Debat kandidat malem ghâllu, Pak Ridwan lebbi paham infrastruktur. Kaulâ yakin duwa'. #RIFAbupatiSumenep",
)
C(
    "GSMP1",
    "2024-10-14 15:30",
    "maimunah.ig",
    "post",
    "Foto bhârengan ibu-ibu muslimat 🥰",
    alt="Ibu-ibu berkerudung hijau memegang stiker bergambar calon bupati nomor 1",
    ocr="FAZA 1  Sumenep Makmur Barokah  KH. R. Achmad Fauzan Hidayat & H. Zainal Abidin",
)
C(
    "GSMP1",
    "2024-10-09 22:30",
    "hasan.tt",
    "comment",
    "Ra Fauzan reng alim, mon bupatèna alim rakyatna pasti barokah. Settong! ☝️",
    on="fauzan_tt",
)
C(
    "GSMP1",
    "2024-10-19 21:40",
    "maimunah.fb",
    "post",
    "Lagu 'Ra Fauzan Bupatèna Sumenep' rammè è kompolan muslimat. Ta' sabbhâr nyoblos nomer settong 💚☝️",
)
C(
    "GSMP2",
    "2024-10-01 10:10",
    "fathor.fb",
    "comment",
    "Posko Kalianget la siap, tretan. Duwa' menang!",
    on="tim_rifa_fb",
)
C(
    "GSMP2",
    "2024-10-21 17:00",
    "kurdi.fb",
    "post",
    "Pasongsongan perlo bupati sè ngerte nelayan. Pak Ridwan asli pesisir, Sumenep Lebbi Maju! ✌️",
)
C(
    "GSMP1",
    "2024-10-01 06:00",
    "hasan.fb",
    "share",
    "Sebarkan! FAZA untuk Sumenep, settong ta' bisa ètolak 💚 #FAZAuntukSumenep",
    on="fauzan_fb_klg",
)
C(
    "GSMP1",
    "2024-10-24 13:25",
    "maimunah.fb",
    "post",
    "Tretan dhâri Gapura, Batang-Batang, Dungkek: Ra Fauzan rèya kiai sè peduli. Ajhâk kabbhi kaluarga pèlè nomer settong 🙏",
    group="grp_madura.fb",
)
C(
    "GSMP2",
    "2024-10-12 14:00",
    "kurdi.ig",
    "comment",
    "dr. Lailatul panutan kaulâ 🥰 wakil bupati sè paham kesehatan, RIFA nomor 2 pasti!",
    on="ridwanh_ig",
)
C(
    "GSMP2",
    "2024-10-06 16:20",
    "fathor.fb",
    "post",
    "Kopi sore 😁",
    alt="Foto selfie di warung kopi memakai kaos bertuliskan RIFA 2 Sumenep Lebbi Maju, dua jari membentuk huruf V",
)
C(
    "GSMP1",
    "2024-11-25 21:10",
    "hasan.fb",
    "post",
    "Malem tenang, tapi ate ta' tenang 😅 Bâdâ wali murid atanya: 'Ustadz, pèlè sapa?' Jhâwâbhâna: sè bâdâ 'Ra'-na, nomer settong 😉",
)
C(
    "GSMP1",
    "2024-10-28 07:10",
    "maimunah.fb",
    "comment",
    "Jelas Ra Fauzan unggul. Tegas, santun, alim. Settong!",
    on="kabar_smp_debat",
)
C(
    "GSMP2",
    "2024-11-27 11:30",
    "kurdi.fb",
    "post",
    "Ampon nyoblos è TPS 03 Pasongsongan. Mugi-mugi duwa' menang, RIFA! ✌️🏆",
    alt="Jari kelingking bertinta ungu di depan TPS",
)
C(
    "GSMP1",
    "2024-11-02 20:00",
    "hasan.tt",
    "post",
    "Lagu kampanye Madhurâ paling rammè 🔥 #FAZAuntukSumenep",
    alt="Video ibu-ibu berjoget diiringi musik saronen",
)
C(
    "GSMP2",
    "2024-11-05 09:40",
    "fathor.x",
    "post",
    "Jalan ka Lenteng rosak parah. Solusina cuma settong: pèlè duwa' 😄 RIFA!",
)
C(
    "GSMP1",
    "2024-10-16 13:50",
    "maimunah.ig",
    "post",
    "Conto kalimat è kelas: 'Ra Fauzan bupatè sè bhâgus.' Murid-murid la ngarti 😁 Settong ghi!",
)
C(
    "GSMP2",
    "2024-10-30 21:45",
    "kurdi.tt",
    "comment",
    "Pak Ridwan mon rabu ka Pasongsongan kaulâ antos. Dhâlem ate duwa' 🫶",
    on="rifa_tt",
)
C(
    "GSMP1",
    "2024-09-27 19:00",
    "hasan.fb",
    "post",
    "Alhamdulillah Santre FAZA Kalianget terbentuk. Sè terro ajhâk-ajhâk, japri kaulâ ghi. Settong, barokah! 🤲",
)

# --- Betawi: Pilpres 2024 ------------------------------------------------------------------
C(
    "G01",
    "2024-01-20 21:30",
    "ridwan.fb",
    "post",
    "Abis kondangan di Condet, ngobrol ame encang-encang. Aye mah udeh bulet: Anies–Imin, nomer satu. Jakarta ude ngerasain kerjanye, nyok kite lanjutin ke nasional! #AMIN",
)
C(
    "G01",
    "2024-01-15 20:10",
    "jaelani.fb",
    "comment",
    "Pak Anies, warga Depok kagak lupe. Nyok bang, mpok, tanggal 14 coblos nomer 1 😍",
    on="amin_fb_jkt",
)
C(
    "G02",
    "2024-01-09 06:50",
    "sanusi.th",
    "post",
    "Ente pade mao pilih siape kek bebas, tapi aye sekeluarga 02. Prabowo–Gibran, oke gas! 🔥",
)
C(
    "G02",
    "2024-01-22 21:45",
    "hasanah.tt",
    "comment",
    "Gemoy bangettt 😭 aye bidan dari Cilincing, dukung 02 ampe menang yak pak!",
    on="prabowo_tt_jakut",
)
C(
    "G01",
    "2024-01-30 12:00",
    "jaelani.x",
    "post",
    "Depok kudu ikut perubahan. Udeh kaga ade alesan, AMIN ajah! 1️⃣",
)
C(
    "G03",
    "2024-02-01 21:20",
    "rohaya.yt",
    "comment",
    "Pak Ganjar ame Pak Mahfud paket komplit dah. Aye sekeluarga di Kebon Jeruk nyoblos tiga, insya Allah 🤟",
    on="ganjar_yt_mahfud",
)
C(
    "G02",
    "2024-01-28 19:00",
    "sanusi.fb",
    "post",
    "Palang pintu aje kalah ame semangat warga Cilandak dukung Prabowo–Gibran! Kite menangin satu putaran, nyok! 💪 #02Melanjutkan",
    group="grp_betawi.fb",
)
C(
    "G02",
    "2024-01-13 15:10",
    "hasanah.ig",
    "post",
    "Seragam kondangan hari ini 😆",
    alt="Perempuan berkebaya biru muda membentuk dua jari di depan spanduk Prabowo-Gibran nomor 2",
)
C(
    "G03",
    "2024-02-07 20:40",
    "rohaya.fb",
    "post",
    "Jakarta ude tau Pak Mahfud orangnye lurus. Anak-anak aye bilang 'Nyak, pilih nyang bener'. Ya udeh, Ganjar–Mahfud, nomor tiga, sat set!",
)
C(
    "G01",
    "2024-01-07 22:30",
    "ridwan.x",
    "reply",
    "Siap Pak Anies! Batu Ampar solid, AMIN menang! 💙",
    on="amin_x_debat",
)
C(
    "G01",
    "2024-02-03 20:15",
    "ridwan.wa",
    "post",
    "Bapak2 ibu2 RT 05, besok kumpul di pos ronda jam 8 ye, sekalian aye bagiin stiker AMIN. Kite menangin nomer 1 di RT kite 💪",
    group="wa_rt05.wa",
)
C(
    "G01",
    "2024-01-05 10:30",
    "jaelani.fb",
    "comment",
    "Relawan Beji siap turun! Perubahan kudu menang, AMIN! ☝️",
    on="timnas_amin_fb",
)
C(
    "G02",
    "2024-02-11 07:30",
    "sanusi.fb",
    "post",
    "Kampanye akbar di GBK kemaren rame bener, merinding aye. Tinggal 3 hari lagi, jangan lupe coblos 02 nyok!",
)
C(
    "G02",
    "2024-01-17 06:20",
    "hasanah.tt",
    "post",
    "Senam pagi bareng ibu-ibu kader 💃 #OkeGas",
    ocr="Oke gas oke gas, Prabowo Gibran nomor dua",
)
C(
    "G03",
    "2024-02-10 16:00",
    "rohaya.fb",
    "post",
    "Arisan ibu-ibu guru udeh sepakat, kite tiga jari semua 🤟 Ganjar–Mahfud, Gerak Cepat Menuju Indonesia Unggul!",
)

# --- Betawi: Pilgub DKI 2024 --------------------------------------------------------------
C(
    "GDKI1",
    "2024-10-12 20:20",
    "ridwan.fb",
    "post",
    "Bang Rizal orang Betawi asli, lahir di Condet, gede di Condet. Kalo bukan kite nyang dukung siape lagi? Nomer satu, RIZKA! 🌴",
)
C(
    "GDKI2",
    "2024-10-09 21:00",
    "rohaya.fb",
    "comment",
    "Pak Teguh, program sekolah gratis ampe SMA itu nyang aye tunggu-tunggu. Nomor 2 dah, TENAR! 👍",
    on="teguh_fb",
)
C(
    "GDKI2",
    "2024-10-21 22:10",
    "sanusi.th",
    "post",
    "Aye udeh nonton debat. Jakarta Nyaman Warga Senang bukan cuman slogan. Nyok Cilandak, dua!",
)
C(
    "GDKI1",
    "2024-10-15 19:30",
    "hasanah.ig",
    "comment",
    "Bu Kartika cantik pinter lagi 😍 aye bidan Cilincing dukung RIZKA ampe menang!",
    on="rizal_ig",
)
C(
    "GDKI2",
    "2024-10-14 12:40",
    "jaelani.x",
    "quote",
    "Aye emang orang Depok, tapi kerja di Jakarta tiap hari. Titip suara ke temen-temen Jakarta: TENAR nomor 2 yak!",
    on="tenar_x",
)
C(
    "GDKI1",
    "2024-11-20 16:00",
    "ridwan.wa",
    "post",
    "Kondangan Mpok Ijah ntar malem ye. Oiye, inget tanggal 27 coblos nomor 1, Bang Rizal kite sendiri 😁",
    group="wa_rt05.wa",
)
C(
    "GDKI2",
    "2024-10-26 15:00",
    "rohaya.fb",
    "post",
    "Arisan bulan ini di rumah aye 😊",
    alt="Meja arisan penuh kue; di dinding belakang terpasang banner kampanye",
    ocr="TENAR 2  Jakarta Nyaman Warga Senang  Teguh Santoso & Narendra Wijaya",
)
C(
    "GDKI2",
    "2024-10-05 19:45",
    "sanusi.fb",
    "comment",
    "Posko Cilandak Barat siap, bang. Kite menangin TENAR!",
    on="tenar_fb",
)
C(
    "GDKI1",
    "2024-11-03 21:30",
    "hasanah.tt",
    "post",
    "Pulang dinas langsung ke kampanye Bang Rizal 🥹 RIZKA satu putaran!!",
)
C(
    "GDKI1",
    "2024-10-19 10:00",
    "ridwan.ig",
    "post",
    "Ondel-ondel aje udeh pake kaos RIZKA 😂 #RIZKAJakarta",
    alt="Ondel-ondel memakai kaos putih bertuliskan RIZKA 1",
)
C(
    "GDKI2",
    "2024-10-20 21:50",
    "rohaya.yt",
    "comment",
    "Pak Teguh, semangat! Dari guru Kebon Jeruk, nomor dua harga mati 💪",
    on="teguh_yt",
)
C(
    "GDKI1",
    "2024-11-08 07:15",
    "ridwan.x",
    "post",
    "Kagak usah galau. Nyang Betawi, nyang ngerti kampung, nyang mao benerin banjir Condet: Rizal–Kartika, nomor 1.",
)
C(
    "GDKI1",
    "2024-11-27 10:20",
    "hasanah.ig",
    "post",
    "Udeh nyoblos! Jari ungu buat Jakarta. Semoga nomor satu menang ye 🤲💜",
)
C(
    "GDKI2",
    "2024-11-12 18:00",
    "sanusi.fb",
    "post",
    "Jakarta Nyaman Warga Senang ✌️ bismillah",
    alt="Foto Sanusi mengacungkan dua jari sambil memegang kalender bergambar pasangan nomor 2",
)

# --- Banyumasan / Tegal: Pilpres 2024 -------------------------------------------------------
C(
    "G03",
    "2024-01-08 19:00",
    "slamet.fb",
    "post",
    "Inyong wis mantep, rika sekarepe. Nomer telu, Ganjar–Mahfud. Wong Jawa Tengah ngerti kerjane Pak Ganjar, ora ngapusi 🤟",
)
C(
    "G03",
    "2024-01-10 20:00",
    "wahyu.ig",
    "comment",
    "Pak Ganjar kepriben kabare? Bidan-bidan Purbalingga siap menangna telu! 🥰",
    on="ganjar_ig_pbg",
)
C(
    "G02",
    "2024-01-16 13:30",
    "darsono.fb",
    "post",
    "Nang Kroya wis pada ngerti, nomer loro bae. Prabowo–Gibran, oke gas! Aja kakehan mikir 😄",
)
C(
    "G01",
    "2024-01-24 22:00",
    "eko.x",
    "post",
    "Ngapak kudu menang: AMIN nomer siji. Perubahan kanggo Banyumas! #AniesMuhaimin2024",
)
C(
    "G03",
    "2024-02-04 16:30",
    "warsini.fb",
    "post",
    "Nyong urip nang Bumiayu wis suwe, sing paling perhatian maring guru ya Pak Ganjar. Tanggal 14 nyoblos telu ya lur 🙏",
)
C(
    "G02",
    "2024-01-23 19:10",
    "tarmudi.tt",
    "comment",
    "Tegal siap pak! Nyong pan nyoblos nomer loro, koen kabeh kudu melu 😁",
    on="prabowo_tt_jakut",
)
C(
    "G03",
    "2024-02-01 22:00",
    "slamet.yt",
    "comment",
    "Sampun mantep Pak, sekeluarga Karanglewas nyoblos Ganjar–Mahfud. Sat set tas tes!",
    on="ganjar_yt_mahfud",
)
C(
    "G01",
    "2024-01-06 08:45",
    "eko.fb",
    "comment",
    "Relawan Ajibarang wis siap nyebar stiker, AMIN menang!",
    on="timnas_amin_fb",
)
C(
    "G02",
    "2024-01-26 12:30",
    "darsono.fb",
    "share",
    "Bagikan lur, loro pokoke! Bersama Indonesia Maju 🇮🇩",
    on="prabowo_fb_makan",
)
C(
    "G03",
    "2024-01-31 11:00",
    "wahyu.fb",
    "post",
    "Posyandu Mawar dina iki rame 🥰",
    alt="Bidan berseragam membagikan kalender bergambar Ganjar-Mahfud nomor 3 kepada ibu-ibu",
)
C(
    "G02",
    "2024-02-08 20:30",
    "tarmudi.fb",
    "post",
    "Wong Tegal kudu kompak. Loro putaran? ora usah, siji putaran bae, Prabowo–Gibran! 🔥",
    group="grp_tegal.fb",
)
C(
    "G03",
    "2024-01-19 13:00",
    "warsini.ig",
    "post",
    "Ngajar karo nyanyi 😆",
    alt="Guru dan murid bernyanyi di depan kelas",
    ocr="Ganjar Mahfud nomer telu, Indonesia unggul!",
)
C(
    "G01",
    "2024-02-05 21:15",
    "eko.tt",
    "post",
    "Kepriben lur, inyong wis ngomong maring bapak-ibu: siji! Anies–Imin, sing ngerti rakyat cilik ☝️",
)
C(
    "G03",
    "2024-02-13 20:00",
    "slamet.fb",
    "post",
    "Masa tenang, tapi ati ora tenang. Sesuk aja kelalen, telu ya sedulur 🙏",
)
C(
    "G02",
    "2024-02-16 08:00",
    "darsono.fb",
    "post",
    "Alhamdulillah quick count loro unggul. Matur nuwun sedulur Kroya sing wis milih Prabowo–Gibran, lanjutkan! 💪",
)

# --- Banyumasan: Pilbup Banyumas 2024 -------------------------------------------------------
C(
    "GBMS2",
    "2024-10-05 19:30",
    "slamet.fb",
    "post",
    "Pak Heru kuwe bekas guru, ngerti temen nasibe guru honorer. Inyong milih HERO, nomer loro! Banyumas Sejahtera Bareng Rakyat 💪",
)
C(
    "GBMS1",
    "2024-10-01 19:45",
    "eko.fb",
    "comment",
    "Ajibarang siap, Pak Bambang! Siji bae lur, BANU! ☝️",
    on="bambang_fb",
)
C(
    "GBMS2",
    "2024-10-11 18:20",
    "yuli.ig",
    "comment",
    "Pak Heru, perawat-perawat Sumbang dukung rika! Loro menang 🥰",
    on="heru_ig",
)
C(
    "GBMS1",
    "2024-10-13 21:00",
    "kardi.fb",
    "post",
    "Mendoan anget, kopi panas, karo ngobrol politik nang angkringan. Kesimpulane: Banyumas Tambah Maju, nomer siji, BANU! 😄",
)
C(
    "GBMS1",
    "2024-11-21 20:30",
    "eko.wa",
    "post",
    "Rekan-rekan Linmas, ngko nek jaga TPS aja lali ya, siji. Pak Bambang wis janji insentif Linmas munggah 😉",
    group="wa_linmas.wa",
)
C(
    "GBMS2",
    "2024-10-18 21:30",
    "slamet.yt",
    "comment",
    "Kampanye nang Karanglewas mau bengi apik temen. HERO menang, Banyumas Sejahtera! 🔥",
    on="heru_yt",
)
C(
    "GBMS2",
    "2024-10-23 16:10",
    "yuli.fb",
    "post",
    "Nyong wis ketemu Pak Heru nang Sumbang, wonge grapyak, ora sombong. Tanggal 27 loro ya sedulur 🙏 #HEROBanyumas",
)
C(
    "GBMS1",
    "2024-10-06 11:00",
    "kardi.fb",
    "share",
    "Sedulur BANU Sokanegara siap numpuk suara! Siji, siji, siji!",
    on="banu_team_fb",
)
C(
    "GBMS2",
    "2024-10-04 06:30",
    "wahyu.fb",
    "comment",
    "Nyong wong Purbalingga tapi kakang nang Banyumas, wis tak kon milih loro. HERO! 😁",
    on="heru_fb",
)
C(
    "GBMS1",
    "2024-10-27 10:00",
    "darsono.fb",
    "post",
    "Kroya ora milih bupati Banyumas, tapi nyong titip maring sedulur nang Purwokerto: Pak Bambang apik, siji ya. Banyumas Tambah Maju!",
)
C(
    "GBMS2",
    "2024-11-09 22:15",
    "yuli.ig",
    "post",
    "Team jaga malam ✌️✌️ #HEROBanyumas",
    alt="Tiga perawat berseragam membentuk dua jari di ruang jaga",
)
C(
    "GBMS2",
    "2024-10-29 20:00",
    "slamet.fb",
    "post",
    "Bapak ibu guru, Pak Heru janji tunjangan honorer munggah. Sing liyane ora tau ngomong. Dadi wis jelas lah, loro 🙏",
    group="grp_guru.fb",
)
C(
    "GBMS1",
    "2024-11-26 21:00",
    "kardi.fb",
    "post",
    "Sesuk nyoblos. Nyong ora bakal ngomong sapa, pokoke sing nomere padha karo cacahe irung 😂☝️",
)
C(
    "GBMS1",
    "2024-11-14 07:50",
    "eko.x",
    "post",
    "Kepriben Ajibarang? Bambang–Nur Aini nomer siji wis paling pas. #BANUbae",
)
C(
    "GBMS2",
    "2024-10-17 06:40",
    "yuli.fb",
    "comment",
    "Pak Heru menang debat telak. Loro!",
    on="warta_bms_debat",
)
C(
    "GBMS2",
    "2024-11-28 05:45",
    "slamet.fb",
    "post",
    "Alhamdulillah quick count HERO unggul. Matur nuwun sedulur sing wis milih loro 🙏🔥",
)
C(
    "GBMS2",
    "2024-11-01 15:30",
    "wahyu.ig",
    "post",
    "Kelas ibu hamil rampung, langsung melu nonton kampanye Pak Heru nang Purbalingga perbatasan 😍 loro pokoke",
    alt="Bidan memakai topi bertuliskan HERO 2",
)

# --- Parties (at any time) ------------------------------------------------------------------
C(
    "PKB",
    "2023-05-10 20:00",
    "hasan.fb",
    "post",
    "PKB roma rajâ warga NU. Dhâri Kalianget kaulâ ngajak tretan kabbhi, pemilu 2024 pèlè PKB! 💚",
)
C(
    "PPP",
    "2024-01-30 16:00",
    "nurul.fb",
    "post",
    "Partai Ka'bah partaina reng santrè. PPP nomer 17, mara cobhlos!",
)
C(
    "GERINDRA",
    "2025-03-02 09:00",
    "syaiful.x",
    "post",
    "Bangga ka Gerindra, Bangkalan tetep Gerindra 🦅 sampè kapan bhâi",
)
C(
    "PDIP",
    "2023-08-17 10:00",
    "rohaya.fb",
    "post",
    "Aye mah PDI Perjuangan dari jaman babe, kagak bakal pindah. Merdeka! 🐂🔴",
)
C(
    "PKS",
    "2024-02-05 08:30",
    "ridwan.fb",
    "comment",
    "PKS konsisten bela umat. Nyok bang, coblos PKS nomer 8!",
    on="pks_fb",
)
C(
    "PDIP",
    "2024-06-15 19:00",
    "slamet.fb",
    "post",
    "PDI Perjuangan tetep nang ati. Banyumas kandang banteng, ora bakal owah 🐂",
)
C(
    "PKB",
    "2024-01-20 19:00",
    "eko.tt",
    "comment",
    "Inyong PKB wiwit lair lur 💚 nomer siji nang ati",
    on="pkb_tt",
)
C(
    "GOLKAR",
    "2024-02-01 18:00",
    "darsono.fb",
    "post",
    "Golkar nomer papat, beringin ngayomi. Pileg coblos Golkar ya lur 🌳",
)
C(
    "GERINDRA",
    "2024-09-10 08:00",
    "tarmudi.fb",
    "post",
    "Gerindra sing paling peduli nelayan Tegal. Pokoke Gerindra, ora liya!",
)
C(
    "NASDEM",
    "2025-01-20 20:00",
    "jaelani.x",
    "post",
    "NasDem kudu tetep kritis. Aye dukung terus, restorasi Indonesia!",
)
C(
    "DEMOKRAT",
    "2024-02-08 14:00",
    "hasanah.ig",
    "post",
    "Demokrat juara! Aye sekeluarga coblos nomer 14 🔵",
    alt="Kartu contoh surat suara DPR dengan logo Partai Demokrat dilingkari",
)
C(
    "PKB",
    "2024-12-20 19:30",
    "maimunah.fb",
    "post",
    "PKB tetep sè paling rajin ngabdi ka kiai bân santrè. Mara ajhâk kaluarga nyoblos PKB è pemilu salanjuttah 💚",
)
C(
    "PAN",
    "2024-01-25 19:00",
    "warsini.fb",
    "post",
    "Bumiayu butuh wakil rakyat sing amanah. PAN nomer 12, coblosen ya lur!",
)
C(
    "PPP",
    "2024-02-02 21:00",
    "kurdi.fb",
    "post",
    "PPP nomer 17, partaina para kiai. Tore pèlè Ka'bah! 🕋",
)
C(
    "PKS",
    "2025-05-11 10:00",
    "sanusi.fb",
    "post",
    "Kagak ada partai laen nyang kerjanye keliatan di kampung aye selaen PKS. Kite dukung terus!",
    group="grp_betawi.fb",
)
C(
    "GERINDRA CAP02",
    "2023-11-05 07:00",
    "badrus.fb",
    "post",
    "Gerindra nomer duwa', Prabowo ketua umum'na. Reng Asembagus, mara pèlè Gerindra è pileg! 🦅",
)

# ============================================================================================
# N: close, but not campaigning
# ============================================================================================

# --- under candidates' and teams' posts: questions, complaints, duty, condolences -----------
N(
    "2024-10-01 07:30",
    "hasan.fb",
    "comment",
    "Ra, jalan ka Kalianget Timur rosak parah. Sapa bhâi sè dhâddhi bupatè, tolong èpabhâgus. Kaulâ ta' ngurus politik, ngurus lobang jalan 😅",
    on="fauzan_fb_klg",
)
N(
    "2024-01-04 13:00",
    "aisyah.ig",
    "comment",
    "Pak, gaji perawat PPPK kapan naik? Kami di puskesmas kerja 24 jam 🙏",
    on="prabowo_ig_madura",
)
N(
    "2024-10-10 06:15",
    "rohaya.fb",
    "comment",
    "Pak, sekolah gratis itu nanti anggarannye dari mane? Mohon dijelasin, aye guru jadi banyak ditanya wali murid.",
    on="teguh_fb",
)
N(
    "2024-10-02 09:00",
    "slamet.fb",
    "comment",
    "Nyuwun pirsa Pak, jadwal kampanye nang Karanglewas kapan? Ben ora tabrakan karo pentas seni SD, lapangane dienggo bareng.",
    on="bambang_fb",
)
N(
    "2024-01-11 07:00",
    "wahyu.ig",
    "comment",
    "Nyuwun sewu Pak, acara nang lapangan Bobotsari wingi sampahe akeh temen, kasian petugas kebersihan 🙏",
    on="ganjar_ig_pbg",
)
N(
    "2024-01-28 14:20",
    "fathor.x",
    "reply",
    "Mohon maaf Pak, kegiatan di lapangan Kalianget belum ada pemberitahuan ke kecamatan dan Polsek. Mohon tim koordinasi dulu supaya aman.",
    on="ganjar_x_sumenep",
)
N(
    "2024-10-11 08:00",
    "ridwan.fb",
    "comment",
    "Bang, ntu baliho di pertigaan Batu Ampar nutupin rambu lalu lintas. Tolong timnye pindahin ye, udeh dilaporin warga ke kelurahan.",
    on="rizal_fb",
)
N(
    "2024-10-04 10:00",
    "eko.fb",
    "comment",
    "Nyuwun sewu Pak, sesuai Perbup APK ora olih dipasang nang wit-witan lan tiang listrik. Tim Trantib Ajibarang bakal nertibna minggu ngarep, kabeh paslon padha.",
    on="heru_fb",
)
N(
    "2024-10-25 12:30",
    "kurdi.fb",
    "comment",
    "Semoga dr. Lailatul cepat sembuh. Kelelahan jangan dianggap remeh, istirahat cukup nggih 🙏",
    on="ridwanh_fb_sakit",
)
N(
    "2024-01-23 08:10",
    "hasanah.tt",
    "comment",
    "Itu bayi nyang digendong lucu banget 😭 umur berape pak?",
    on="prabowo_tt_jakut",
)
N(
    "2024-01-27 06:00",
    "darsono.fb",
    "comment",
    "Pak, pupuk subsidi nang Kroya langka temen. Sapa bae sing menang, tolong diurus.",
    on="prabowo_fb_makan",
)
N(
    "2024-01-12 19:00",
    "warsini.ig",
    "comment",
    "Pak, guru honorer nang Brebes gajine isih 300 ewu. Aja mung janji kampanye thok.",
    on="ganjar_ig_pbg",
)
N(
    "2024-01-08 06:30",
    "jaelani.x",
    "reply",
    "Pak, data utang nyang disebut di debat tadi kayaknye kurang pas deh. Sumbernye dari mane?",
    on="amin_x_debat",
)
N(
    "2024-01-24 12:00",
    "tarmudi.tt",
    "comment",
    "Lagune kok mirip lagu dangdut sing sering diputer nang warteg 😂",
    on="prabowo_tt_jakut",
)
N(
    "2024-10-12 07:45",
    "yuli.ig",
    "comment",
    "Pak, foto kunjungan wingi nang puskesmas tulung aja dienggo kampanye ya. Kami ASN kudu netral 🙏",
    on="heru_ig",
)
N(
    "2024-10-20 07:10",
    "maimunah.fb",
    "comment",
    "Innalillahi wa inna ilaihi rojiun. Turut berduka atas wafatna ibunda Ra Fauzan, mugi husnul khotimah 🤲",
    on="fauzan_fb_duka",
)
N(
    "2024-01-15 06:00",
    "rofiq.fb",
    "comment",
    "Pak, program jamban sehat kapan bisa nyampe Sumberjambe? Bânnya' warga gi' BAB è songai.",
    on="ganjar_fb_sanitasi",
)
N(
    "2024-10-06 08:00",
    "sanusi.fb",
    "comment",
    "Bang, posko nyang di depan kantor kecamatan kudu dipindah ye. Area kantor pemerintahan kagak boleh dipake kampanye, nanti aye kena tegur.",
    on="tenar_fb",
)
N(
    "2024-02-02 07:00",
    "rohaya.yt",
    "comment",
    "Videonye kepotong di menit 40, ada link versi lengkapnye kagak?",
    on="ganjar_yt_mahfud",
)
N(
    "2024-01-21 10:00",
    "nurul.yt",
    "comment",
    "Bâdâ juru bahasa isyarat ta'? Murid inklusi kaulâ terro nonton kiya.",
    on="amin_yt_desak",
)
N(
    "2024-10-20 22:30",
    "rohaya.yt",
    "comment",
    "Pak, guru PPPK paruh waktu nasibnye gimane? Tolong dijawab jelas, bukan buat kampanye, buat kepastian kami.",
    on="teguh_yt",
)
N(
    "2024-10-31 06:20",
    "kurdi.tt",
    "comment",
    "Suara saronen-na nyaman onggu 🎶 sapa pamaènna?",
    on="rifa_tt",
)

# --- own posts: schedules, duty, news, neutrality reminders ---------------------------------
N(
    "2024-09-23 09:00",
    "fathor.fb",
    "post",
    "Pengumuman: rapat koordinasi pengamanan masa kampanye Pilbup Sumenep, Senin jam 09.00 è aula Kecamatan Kalianget. Undangan: Camat, Kapolsek, Danramil, PPK bân Panwascam.",
)
N(
    "2024-11-20 14:00",
    "hasan.fb",
    "post",
    "Guru-guru SDN Kalianget Timur II èèngadhâgi: ASN kodhu netral. Jâ' pasang foto bân calon, jâ' like, jâ' komen, jâ' share. Sè penting nyoblos tanggal 27 ka TPS masing-masing 🙏",
)
N(
    "2024-02-08 10:00",
    "ridwan.fb",
    "post",
    "Info buat warga Batu Ampar: DPT udeh bisa dicek di cekdptonline.kpu.go.id. Kalo nama kagak ade, dateng ke kelurahan bawa KTP ye.",
)
N(
    "2024-09-30 15:00",
    "eko.fb",
    "post",
    "Penertiban APK sing ora sesuai aturan nang Ajibarang. Kabeh paslon padha, siji utawa loro tetep ditertibna. Ora pilih kasih 🙏",
)
N(
    "2024-02-13 16:00",
    "wahyu.fb",
    "post",
    "Posyandu Mawar prei dhisit ya bu, sesuk kabeh pada nyoblos. Kamis dibuka maning 🙏",
)
N(
    "2024-11-26 15:30",
    "slamet.fb",
    "post",
    "Sesuk sekolah prei, SD N 1 Karanglewas dadi TPS 07. Matur nuwun wali murid sing wis mbantu nata kursi 🙏",
)
N(
    "2024-02-12 20:00",
    "rohaya.fb",
    "post",
    "Masa tenang. Aye mah netral, ASN kudu netral. Nyang penting tanggal 14 dateng ke TPS, jangan golput ye 😊",
)
N(
    "2024-11-27 06:30",
    "kurdi.fb",
    "post",
    "Petugas kesehatan siaga è TPS-TPS Pasongsongan. Sè sakèt otabâ sepuh bâdâ pendampingan, hubungi puskesmas 🙏",
)
N(
    "2024-02-14 07:00",
    "hasanah.ig",
    "post",
    "Jaga posko kesehatan Pemilu di Cilincing. Semoga petugas KPPS sehat semua, jangan ampe kecapean kayak 2019 🙏",
)
N(
    "2024-02-15 09:00",
    "darsono.fb",
    "post",
    "Hasil penghitungan TPS 12 Kroya (dudu resmi): 01: 87, 02: 164, 03: 71. Data resmi tunggu pleno PPK ya lur.",
)
N(
    "2024-01-15 13:00",
    "nurul.fb",
    "post",
    "Tugas IPS kelas 9: murid-murid nyerrat ringkasan visi misi tello' paslon secara seimbang. Hasèlla bhâgus kabbhi, ta' bâdâ sè mèhak 👍",
)
N(
    "2024-02-01 11:00",
    "syaiful.x",
    "post",
    "Sosialisasi SKB netralitas ASN di Setda Bangkalan. Like, komen, share konten paslon = pelanggaran. Hati-hati jempol 👍❌",
)
N(
    "2024-02-10 09:00",
    "badrus.fb",
    "post",
    "Warga Asembagus, surat pemberitahuan memilih bisa èala' è balai desa. Jâ' loppa ghâbâ KTP 🙏",
)
N(
    "2024-11-17 10:00",
    "tarmudi.fb",
    "post",
    "Kerja bakti RW 04 Margadana, sekalian nyopoti APK sing rubuh kena angin. Kabeh padha, ora ana sing dibeda-bedakna.",
    alt="Warga mengumpulkan spanduk kampanye yang roboh di pinggir jalan",
)
N(
    "2024-11-22 08:00",
    "jaelani.fb",
    "post",
    "Warga Beji nyang mau ngurus KTP-el sebelum tanggal 27, pelayanan kelurahan buka ampe jam 3 sore ye. Biar bisa nyoblos 🙏",
)
N(
    "2024-09-26 07:00",
    "maimunah.fb",
    "post",
    "Kabhâr dhâri KPU: pengundian nomer urut. FAZA nomer settong, RIFA nomer duwa'. Mara sabbhân warga pèlè sesuai ate, jâ' golput 🙏",
)
N(
    "2024-10-15 17:00",
    "yuli.fb",
    "post",
    "Debat publik Pilbup Banyumas mengko bengi jam 19.00 nang TV lokal. Tonton ben ngerti visi misi kabeh calon, aja mung krungu omongan.",
)
N(
    "2024-11-10 08:30",
    "sanusi.th",
    "post",
    "Kecamatan Cilandak gelar apel siaga Pilkada. Semua ASN wajib netral, jangan ikut-ikutan kampanye ye.",
)
N(
    "2024-02-14 15:00",
    "hasan.fb",
    "post",
    "Alhamdulillah pemilu è TPS 04 lancar. Sakalangkong KPPS sè ampon alako dhâri subuh 🙏",
)
N(
    "2024-10-20 09:30",
    "ridwan.x",
    "post",
    "Simulasi pemungutan suara Pilgub di RW 03. Pake surat suara contoh, paslonnye fiktif 'Si Pitung – Nyai Dasima' 😂",
)
N(
    "2024-02-14 06:30",
    "aisyah.fb",
    "post",
    "Jaga pos kesehatan TPS Pademawu. Sè nyoblos jâ' loppa ngakan ghâllu, bânnya' sè pengsan polana ta' sarapan 😅",
)
N(
    "2024-11-24 22:00",
    "eko.tt",
    "post",
    "Patroli masa tenang: APK kabeh wis diresiki. Ajibarang aman, kondusif 👮",
)
N(
    "2024-09-24 11:00",
    "hasan.fb",
    "share",
    "Sebarkan: jadwal kampanye Pilbup Sumenep 2024. Mara jaga Sumenep tetep aman bân rokon 🙏",
    on="kpu_smp_jadwal",
)
N(
    "2024-11-22 19:00",
    "eko.wa",
    "post",
    "Rekan Linmas, tugas jaga TPS tanggal 27 wajib netral. Aja ngomongna siji utawa loro nang TPS, cukup ngatur antrean lan keamanan.",
    group="wa_linmas.wa",
)
N(
    "2024-11-25 20:00",
    "ridwan.wa",
    "post",
    "Warga RT 05, surat pemberitahuan nyoblos udeh aye titipin ke Pak RT. TPS 12 di lapangan bola, buka jam 7 ye.",
    group="wa_rt05.wa",
)
N(
    "2024-11-21 05:00",
    "hasan.wa",
    "post",
    "Tretan alumni, kiai dhâbu: pilkada jâ' sampè mecah persaudaraan. Pèlè sesuai ate, sè kala jâ' sakèt ate 🙏",
    group="wa_alumni.wa",
)
N(
    "2024-10-28 08:00",
    "fathor.fb",
    "post",
    "Debat kandidat: FAZA kuat è agama, RIFA kuat è infrastruktur. Masyarakat sè nentoaghi. Kaulâ ASN, ta' bisa komentar lebbi 😊",
)
N(
    "2024-01-07 09:00",
    "jaelani.x",
    "quote",
    "Catet jam tayangnye, biar kagak ketinggalan debat malem ini.",
    on="info_jkt_debat",
)
N(
    "2024-02-14 06:00",
    "wahyu.ig",
    "post",
    "Bidan jaga TPS. Muga-muga kabeh petugas KPPS sehat, ora ana sing tumbang kaya 2019 🤲 Aamiin",
)
N(
    "2024-11-28 16:00",
    "kardi.fb",
    "post",
    "Rekap suara Kelurahan Sokanegara wis rampung, dikirim maring PPK. Matur nuwun KPPS lan Linmas 🙏",
)
N(
    "2024-01-24 12:00",
    "tarmudi.fb",
    "share",
    "Ati-ati lur, jempol bisa dadi masalah. ASN kudu netral, aja melu-melu.",
    on="warta_bms_bawaslu",
)
N(
    "2024-02-14 07:30",
    "badrus.fb",
    "post",
    "Atogas jaga TPS 05 Asembagus 🙏",
    alt="Spesimen surat suara pilpres ditempel di papan TPS",
    ocr="SPESIMEN SURAT SUARA PILPRES 2024  01 ANIES–MUHAIMIN  02 PRABOWO–GIBRAN  03 GANJAR–MAHFUD",
)
N(
    "2024-10-15 22:00",
    "slamet.yt",
    "comment",
    "Liputan debate apik, tapi suarane kurang jelas. Mohon diperbaiki kanggo debat kapindo.",
    on="banyumastv_debat",
)
N(
    "2024-02-20 10:00",
    "sanusi.th",
    "post",
    "Quick count udeh, real count masih jalan. Tunggu KPU aje, jangan saling klaim ye.",
)

# --- numbers in daily use --------------------------------------------------------------------
N(
    "2024-10-10 17:30",
    "hasan.fb",
    "post",
    "Kerapan sapè è Bangkalan: sapè nomer settong menang, sapè nomer duwa' kala tipis. Sae onggu! 🐂🐂",
)
N(
    "2024-01-29 09:15",
    "darsono.fb",
    "post",
    "Antre BPJS nang puskesmas, nyong olih nomer loro. Jan tumben cepet 😂",
)
N(
    "2024-01-27 21:00",
    "ridwan.fb",
    "post",
    "Arisan RT kocokan ke-3: nyang keluar nomer dua, Mpok Romlah! Selamet ye mpok 🎉",
)
N(
    "2024-02-05 22:00",
    "tarmudi.tt",
    "post",
    "Persekat menang 2-1! Pemain nomer telu nyetak gol loro, jos temen 🔥⚽",
)
N(
    "2024-02-09 22:30",
    "sanusi.fb",
    "post",
    "Persija menang 3-1! Nomer 10 mainnye keren bener. Jakmania pade ke mane nih? 🧡",
)
N(
    "2024-11-02 21:45",
    "syaiful.x",
    "post",
    "Madura United menang 2-0, duwa' gol è menit akhir. Lanjutkan, Laskar Sapè Kerrab! 🔥",
)
N(
    "2024-10-20 11:00",
    "slamet.fb",
    "post",
    "Juara lomba mewarnai tingkat gugus: juara siji Naila, juara loro Fikri, juara telu Bima. Selamat nggih 👏",
)
N(
    "2024-01-18 14:00",
    "warsini.fb",
    "post",
    "Ujian praktik: ana telung pilihan, A, B, C. Bocah-bocah malah takon 'Bu, sing dicoblos sing endi?' Kegawa suasana pemilu 😂",
)
N(
    "2024-11-12 07:00",
    "hasanah.tt",
    "post",
    "Antrian imunisasi hari ini ampe nomor 45. Ibu-ibu nyang dapet nomor 1 ampe 20 dateng pagi ye 🙏",
)
N(
    "2024-01-25 13:00",
    "nurul.fb",
    "post",
    "Togel? Haram, ta' olle! Murid-murid, mon bâdâ sè ngajak masang nomer, tolak ghi 🙏",
)
N(
    "2024-02-10 20:00",
    "eko.fb",
    "post",
    "Rika pada milih nomer pira? Nomer sepatu maksude 😂 inyong 42, lagi golet sepatu PDH anyar.",
)
N(
    "2024-11-15 16:00",
    "kardi.fb",
    "post",
    "Kupon doorprize jalan sehat HUT Kelurahan: nomer siji kulkas, nomer loro sepeda. Sing olih nomer siji Bu Tarsih! 🎉",
)
N(
    "2024-02-03 10:00",
    "badrus.fb",
    "post",
    "Antre solar è SPBU Asembagus, truk nomer tello' dhâri bâ'âreng. Sabbhâr... ⛽",
)
N(
    "2024-10-25 09:00",
    "rofiq.tt",
    "post",
    "Pak RT olle nomer antrian settong è kantor pos, bângga onggu 😂",
)
N(
    "2024-01-31 07:40",
    "jaelani.x",
    "post",
    "KRL ke Depok telat lagi. Aye udeh di gerbong nomer 2, sesek bener 🥵",
)
N(
    "2024-09-28 10:00",
    "wahyu.fb",
    "post",
    "Kelas ibu hamil: ibu sing nomer siji nganti telu wis dijadwal USG minggu ngarep ya 🙏",
)
N(
    "2024-10-05 18:00",
    "kurdi.fb",
    "post",
    "Mancing è Pasongsongan, olle juko' duwa' kilo. Nomer settong è ate tetep binè' 😂",
)
N(
    "2024-10-30 17:00",
    "ridwan.ig",
    "post",
    "Lomba kerja bakti antar RT sekelurahan. RT 05 juara satu! Mantap warga 💪",
)
N(
    "2024-11-23 20:00",
    "hasanah.ig",
    "post",
    "Kamar bersalin nomer 2 baru direnovasi, adem banget sekarang 🥰 makasih Pak Kapus",
)
N(
    "2024-10-18 07:30",
    "tarmudi.fb",
    "post",
    "Warteg nomer siji nang Margadana jare wong-wong ya warteg Mbak Sri. Telur dadare jos 🍳",
)
N(
    "2024-02-07 16:00",
    "maimunah.fb",
    "post",
    "Ranking kelas: settong Nabila, duwa' Ahmad, tello' Zahro. Ajâr terros, nak! 📚",
)

# --- namesakes and words that look like slogans -----------------------------------------------
N(
    "2024-10-18 19:00",
    "hasanah.ig",
    "post",
    "Selamat ulang taun Rizka, ponakan aye nyang paling bawel 🎂 semoga jadi bidan kayak tantenye!",
)
N(
    "2024-11-05 12:00",
    "rohaya.fb",
    "post",
    "Artis ntu sekarang lagi tenar banget di TikTok, murid-murid pade niruin jogetnye 😂",
)
N(
    "2024-10-22 13:00",
    "slamet.fb",
    "post",
    "Murid kelas 5 dadi hero dina iki, nulungi kancane sing tiba nang lapangan. Bangga temen 🥹",
)
N(
    "2024-10-09 20:00",
    "eko.fb",
    "post",
    "Mas Banu, kanca SMA, saiki dadi juragan mendoan nang Purwokerto. Sukses terus lur!",
)
N(
    "2024-09-30 13:00",
    "hasan.fb",
    "post",
    "Santrè anyar è pondok, nyamana Faza, pènter maos Quran. Mugi dhâddhi ulama 🤲",
)
N(
    "2024-10-12 10:00",
    "maimunah.fb",
    "post",
    "Selamat dhâteng dedek bayi Rifa Aulia, ana'na tretan kaulâ 👶💕",
)
N(
    "2024-11-08 20:00",
    "kurdi.fb",
    "post",
    "Ustadz Fauzan dhâri Pamekasan ceramah è masjid Pasongsongan, tema: sabar dhâlem cobaan. Sae onggu 🤲",
)
N(
    "2024-01-19 21:00",
    "aisyah.fb",
    "post",
    "Doa kaangghuy sè sakèt: Allahumma isyfi, mugi lekas sembuh sadhâjâ. Aamiin ya rabbal alamin 🤲",
)
N(
    "2024-01-26 05:00",
    "ridwan.fb",
    "post",
    "Ya Allah lindungin kampung kite dari banjir. Amin, amin ya rabbal alamin 🤲",
)
N(
    "2024-02-06 07:00",
    "darsono.fb",
    "post",
    "Motor anyar, oke gas lur, mangkat maring Teluk Penyu 🏍️💨",
)
N("2024-01-15 10:00", "hasanah.tt", "post", "Dedek bayi gemoy banget pas ditimbang, 4,2 kilo 🥰")
N(
    "2024-09-15 08:00",
    "tarmudi.fb",
    "post",
    "Nyong pan mangkat maring Brebes tuku bawang. Sapa sing pan nitip? 🧅",
)
N(
    "2024-10-03 11:00",
    "warsini.fb",
    "post",
    "Nek ora udan, ngko sore pan ngecat pager sekolah. Sing pan melu kumpul jam 3 ya 🎨",
)
N(
    "2024-01-22 08:00",
    "sanusi.fb",
    "post",
    "Perubahan jadwal pengajian ibu-ibu Cilandak Barat, dipindah ke malem Sabtu. Mohon maklum 🙏",
)
N(
    "2024-02-07 09:00",
    "jaelani.fb",
    "post",
    "Pohon beringin di depan kantor kelurahan mau dipangkas, takut tumbang kena angin. Warga harap hati-hati ye.",
)
N(
    "2024-01-29 17:00",
    "slamet.fb",
    "post",
    "Tim bal-balan SD kiye jenenge 'Banteng Muda'. Menang 3-0! 🐂⚽",
)
N(
    "2024-02-02 20:00",
    "nurul.fb",
    "post",
    "Insya Allah taon ngarep umrah, mèlè'aghi Ka'bah dhâri semma' 🕋🤲",
)
N(
    "2024-11-15 15:00",
    "hasan.tt",
    "post",
    "Sapè 'Ra Panji' menang kontes sapè sono' è Sumenep! 🐄🏆",
)
N(
    "2024-02-20 19:00",
    "aisyah.ig",
    "post",
    "Gibran, ponakan kaulâ, ulang taon sè kapèng lèma' 🎂 sehat terros, nak!",
)
N(
    "2024-01-11 16:00",
    "wahyu.fb",
    "post",
    "Ganjaran kanggo kader posyandu sing paling sregep: tas anyar 🎁 matur nuwun ibu-ibu",
)
N(
    "2024-01-09 19:00",
    "fathor.fb",
    "post",
    "Amin tetangga kaulâ akabin sateya. Barakallah, Amin bân Siti! 💍",
)
N(
    "2024-10-26 17:30",
    "kardi.fb",
    "post",
    "Banyumas tambah maju? Ya tambah macet 😂 Jalan Soedirman Purwokerto jam 5 sore kaya parkiran.",
)

# --- other contests, jokes, prayers, peace ----------------------------------------------------
N(
    "2024-01-30 21:00",
    "badrus.fb",
    "post",
    "Pemilihan ketua kompolan: Bu Hj. Salamah nomer settong, menang telak 😂 selamat ghi bu!",
)
N(
    "2024-10-17 20:00",
    "ridwan.fb",
    "post",
    "Pemilihan ketua RT 05 udeh kelar. Pak Mamat kepilih lagi, nyang penting kampung rukun ye 😊",
)
N(
    "2024-11-18 21:00",
    "eko.fb",
    "post",
    "Pemilihan ketua paguyuban ebeg: calon siji Kang Tarno, calon loro Kang Sodikin. Nyong milih Kang Tarno, wonge sregep latihan 😄",
)
N(
    "2024-02-11 21:00",
    "hasanah.tt",
    "post",
    "Masa tenang, timeline aye juga tenang. Kagak ada nyang berantem soal capres lagi alhamdulillah 😌",
)
N(
    "2024-01-05 06:30",
    "jaelani.x",
    "post",
    "Debat capres semalem kayak nonton sinetron, rame bener komen grup keluarga 😂 aye mah nyimak aje.",
)
N(
    "2024-02-17 08:00",
    "darsono.fb",
    "post",
    "Pemilu wis rampung. Sing menang aja sombong, sing kalah aja nesu. Kabeh sedulur 🤝",
)
N(
    "2024-02-12 19:00",
    "tarmudi.tt",
    "post",
    "Ditakoni tanggane: 'pan milih sapa?' Jawaban nyong: 'pan milih turu bae dhisit' 😂",
)
N(
    "2024-02-15 20:00",
    "nurul.fb",
    "post",
    "Grup WA keluarga rammè debat quick count. Kaulâ neng-eneng bhâi, ASN kodhu netral 🤐",
)
N(
    "2024-12-02 09:00",
    "syaiful.ig",
    "post",
    "Pilkada la mareh, saatnya bersatu pole. Bangkalan aman bân damai 🕊️",
)
N(
    "2024-09-25 07:00",
    "kurdi.fb",
    "post",
    "Kampanye dimulai sateya. Mugi Sumenep tetep damai, jâ' sampè atokar bân tretan gara-gara bhâdhâ pèlèan 🙏",
)
N(
    "2024-11-22 21:00",
    "maimunah.fb",
    "post",
    "Doa bersama para kiai è Masjid Jamik Sumenep kaangghuy Pilkada damai. Mugi sadhâjâ salamet 🤲",
)
N(
    "2024-02-14 11:00",
    "rohaya.fb",
    "post",
    "Udeh nyoblos, jari ungu 💜",
    alt="Jari kelingking bertinta ungu",
)
N("2024-11-27 09:00", "yuli.ig", "post", "Jari ungu ✅ Wis nyoblos, rahasia ya sing dicoblos 🤫")
N(
    "2024-02-18 10:00",
    "rofiq.fb",
    "post",
    "Sè menang ta' usah sombong, sè kala ta' usah nangès. Reng Jember tetep taretan 🤝",
)
N(
    "2024-01-16 14:00",
    "warsini.ig",
    "post",
    "Ngajari murid-murid carane nyoblos pemilihan ketua OSIS. Calon nomer siji, loro, telu, kabeh kudu kampanye sopan 😊",
)
N(
    "2023-07-20 16:00",
    "hasan.fb",
    "post",
    "Pemilihan kalebun Kalianget Timur lancar. Selamat ka kalebun anyar, mugi amanah 🤲",
)

# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A(
    "GBMS1",
    "2024-11-10 21:00",
    "eko.tt",
    "post",
    "Ebeg nang alun-alun Ajibarang 🐎",
    alt="Penari ebeg di depan panggung kampanye",
    ocr="KAMPANYE AKBAR BANU 1  Banyumas Tambah Maju",
)
A(
    "G02",
    "2024-03-20 22:00",
    "sanusi.fb",
    "post",
    "Selamat Pak Prabowo–Gibran, presiden dan wapres terpilih. Semoga amanah 🤲",
)
A(
    "GSMP2",
    "2024-11-05 20:00",
    "kurdi.fb",
    "post",
    "Mon reng Sumenep terro lebbi maju, pèlè sè bhâgus bhâi. Sampèyan la ngarte sapa 😉",
)
A(
    "GDKI1",
    "2024-11-15 19:00",
    "ridwan.fb",
    "post",
    "Aye kagak bakal bilang nomer berape. Tapi nyang jelas Betawi kudu jadi tuan rumah di kampung sendiri 😏",
)
A(
    "G03",
    "2024-01-30 10:00",
    "slamet.fb",
    "post",
    "Kompak selalu, salam Persatuan Indonesia 🇮🇩",
    alt="Guru-guru berfoto bersama sambil mengangkat tiga jari",
)
A(
    "GDKI1",
    "2024-10-30 13:00",
    "hasanah.ig",
    "post",
    "Aye mah kagak pilih siape-siape, cuma demen aje ame Bu Kartika, dulunye bidan juga 😊",
)
A(
    "",
    "2024-02-08 18:00",
    "darsono.fb",
    "post",
    "Wong cilik kaya nyong mung butuh pupuk murah. Sing janji pupuk murah ya mung siji 😶",
)
A("G03", "2024-01-14 13:00", "rofiq.fb", "share", "Simak baik-baik 👇", on="ganjar_fb_sanitasi")

# ============================================================================================
# O: C-like, naming only candidates, outside every election window
# ============================================================================================

O(
    "SMP1",
    "2024-06-10 20:00",
    "hasan.fb",
    "post",
    "Ra Fauzan pantes dhâddhi bupatè Sumenep. Alim, andhâp asor, dhâlem ate rakyat. Mugi bisa maju taon rèya 🤲",
)
O(
    "DKI1",
    "2024-05-20 19:00",
    "ridwan.fb",
    "post",
    "Bang Rizal Syarif kudu maju jadi gubernur! Betawi asli, ngerti kampung. Kite dukung, bang!",
)
O(
    "BMS2",
    "2024-07-15 20:00",
    "slamet.fb",
    "post",
    "Pak Heru Santosa kuwe wong apik, mantan guru. Nek maju bupati, inyong dukung temen!",
)
O(
    "CAP01",
    "2023-08-10 21:00",
    "jaelani.x",
    "post",
    "Anies presiden 2024! Udeh kebukti di Jakarta, nyok dukung.",
)
O(
    "CAP02",
    "2023-09-05 19:00",
    "darsono.fb",
    "post",
    "Pak Prabowo wis wayahe dadi presiden, wis ping telu nyalon. Ayuh dukung!",
)
O(
    "CAP03",
    "2025-02-10 20:00",
    "rohaya.fb",
    "post",
    "Ganjar–Mahfud tetep di hati, biar kate kalah kemaren 🖤❤️",
)
O(
    "SMP2",
    "2024-04-25 08:00",
    "kurdi.fb",
    "post",
    "Pak Ridwan Hasyim mon nyalon bupatè, kaulâ dukung! Sumenep butuh insinyur.",
)
O(
    "BMS1",
    "2025-01-15 19:00",
    "eko.fb",
    "post",
    "Pak Bambang Sutrisno wis kalah, tapi tetep dadi panutan inyong. Maju maning 2029!",
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


def post_url(plat: str, handle: str, post_id: str) -> str | None:
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
    if plat == "wa":
        return None  # a WhatsApp group message has no public address
    return f"https://www.threads.net/@{handle}/post/{post_id}"


def own_id(plat: str, n: int) -> str:
    """A platform-looking id for the n-th own event."""
    if plat == "x":
        return str(1_810_000_000_000_000_000 + n * 7_919_113)
    if plat == "fb":
        return str(122_200_000_000_000 + n * 9_173)
    if plat == "ig":
        return f"C{n:04d}xMdr{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_410_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzMdr{n:05d}Bt"
    if plat == "wa":
        return f"3EB0MDR{n:06d}"
    return f"DB{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vMdr{n:07d}"
    if plat == "ig":
        return f"DBq{n:06d}Md"
    return (
        str(1_760_000_000_000_000_000 + n * 104_729)
        if plat in ("x", "tt")
        else str(120_600_000_000_000 + n)
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
        assert gplat == plat and plat in ("fb", "wa"), item.key
        target = {
            "author_user_id": guid,
            "author_handle": ghandle,
            "display_name": gname,
        }
        if plat == "fb":
            target["url"] = f"https://www.facebook.com/{ghandle}"
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
    actor = {"user_id": uid, "handle": handle, "display_name": display}
    if bio:
        actor["bio"] = bio
    if location:
        actor["location"] = location
    return {
        "event_id": f"{platform}:{eid_local}:{item.action}:{uid}",
        "platform": platform,
        "action": item.action,
        "occurred_at": item.when,
        "actor": actor,
        "target": target,
        "text": item.text,
        "url": url,
        "media": media,
        "source": "aduan-tangkapan-layar" if plat == "wa" else "patroli-akun-terdaftar",
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
        "name: Probe political.campaign – Madura, Betawi, Banyumasan\n"
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
# Self-checks of the labelled data (windows, NIPs)
# ============================================================================================


def _windows() -> dict[str, tuple[str, str]]:
    return {
        eid: (min(s for _, s, _ in stages), max(e for _, _, e in stages))
        for eid, _, _, _, stages in ELECTIONS
    }


def check_data() -> None:
    import datetime as dt

    for key, (nip, *_rest) in EMPLOYEES.items():
        assert len(nip) == 18 and nip.isdigit(), key
        dt.date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        assert 1 <= int(nip[12:14]) <= 12 and nip[14] in "12", key
        assert int(nip[8:12]) >= int(nip[:4]) + 18, key
    agencies = {a[0] for a in AGENCIES}
    assert all(row[2] in agencies for row in EMPLOYEES.values())
    windows = _windows()
    for it in ITEMS:
        day = it.when[:10]
        if it.label == "C":
            ok = False
            for t in it.targets:
                election = TARGETS[t][2]
                if not election or windows[election][0] <= day <= windows[election][1]:
                    ok = True
            assert ok, f"{it.key}: C outside its targets' windows"
        if it.label == "O":
            assert all(not (s <= day <= e) for s, e in windows.values()), (
                f"{it.key}: O inside a window"
            )
            assert all(TARGETS[t][1] == "candidate" for t in it.targets), it.key


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
    check_data()
    with tempfile.TemporaryDirectory(prefix="netra-probe-madura-") as tmp:
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
