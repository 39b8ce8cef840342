# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: the election calendar, quiet days to result.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* Pemilu Presiden 2024 with the real pairs and ballot numbers (01 Anies Baswedan - Muhaimin
  Iskandar "AMIN", 02 Prabowo Subianto - Gibran Rakabuming Raka, 03 Ganjar Pranowo - Mahfud MD)
  and their campaign teams (Timnas AMIN, TKN, TPN).  All texts are invented.  Its stages:
  candidacy 2023-10-19, campaign 2023-11-28..2024-02-10, quiet 2024-02-11..13, voting 02-14,
  counting 02-14..03-20 (KPU national recap), result 03-21..04-24 (MK dispute, decided 04-22;
  KPU determination of the elected pair 04-24).  Window: 2023-10-19..2024-04-24.  The
  inauguration (2024-10-20) falls after it.
* An invented Pilbup Sukawangi 2024 (invented Kabupaten Sukawangi, region code 32.19):
  1 Dadan Ramdani - Rika Marlina "DARMA" ("Sukawangi Ngahiji", former bupati),
  2 Asep Rahmat Sutisna - Rini Handayani "ASRI" ("Sukawangi ASRI", green),
  3 Hadi Gunawan - Tati Sumiati "HATI" ("Sepenuh HATI untuk Sukawangi").  Stages: candidacy
  2024-08-27, campaign 09-25..11-23, quiet 11-24..26, voting 11-27, counting 11-27..12-16,
  result 12-17..2025-02-05 (DARMA's MK petition dismissed 02-04, KPU determination 02-05).
  Window: 2024-08-27..2025-02-05.  Inauguration 2025-02-20 falls after it.  The acronyms are
  ordinary words (asri, hati, darma/dharma): traps.
* Ten real national parties (targets with empty election_id: political at all times), and an
  invented Pj. Bupati (kind ``official``).
* Eleven invented civil servants of invented Pemkab Sukawangi agencies and an invented central
  agency (one posted in Jayapura, +09:00; one on study leave in Osaka), plus the Pemkab's
  official Humas accounts declared by the employee who runs them.

Theme: quiet days, vote day (TPS, inked finger, "sudah nyoblos", "jari ungu"), quick count,
real count (Sirekap, form C.Hasil), KPU recap, MK dispute, determination, inauguration; KPPS /
PPS / Satpol PP duty; neutral calls to vote; negative and black campaigning; satire; official
congratulations; window boundaries with offsets near midnight.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaign for / show support of a target inside that target's
  election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Labelling rules decided before any run:
* Negative / black campaigning.  ``political.campaign`` covers a post that "campaigns for or
  shows support of" a candidate.  Inside the window an explicit call about the vote against a
  candidate ("jangan pilih 01", "asal bukan 02", "#2024GantiBupati", "tolak X di bilik suara",
  "jangan sampai X menang") is campaigning in that election: a vote withheld from one pair is a
  vote for its rivals, the SKB forbids ASN to take sides, and Bawaslu treats black campaigning
  as campaigning.  Labelled ``C`` with all of that election's pairs as acceptable targets.
  Criticism of a candidate's record, fact-checks and sarcasm with no call about the vote and no
  support shown are political opinion (not a violation by itself in Indonesia): ``N``.
* After voting, showing which side one is on ("kawal suara 01", "alhamdulillah 02 menang,
  memang pilihan rakyat", "tetap bersama AMIN ke MK") is support inside the window: ``C``.
  Neutral result reporting, duty posts (KPPS, PPS, Satpol PP, Humas), neutral or official
  congratulations ("selamat, semoga amanah") and calls to accept the result: ``N``.
* A candidate's window is his own election's: praise of the 2024 presidential pair after
  2024-04-24 while the Pilkada window is open, or of a Pilkada hopeful during the presidential
  window before 2024-08-27, is outside that target's window: ``N`` (not ``O``, because some
  window is open; these are marked "cross-window" in comments).
* Time: offsets are converted to Asia/Jakarta before comparing with the window dates; an
  instant at 00:00:00 of the day after the last day is outside.  ``occurred_at: null``: party
  support is ``C`` (parties count at any time), candidate-only support is ``A``.  Date-only
  ``occurred_at`` ("2024-02-12"): the spec says "timestamps are ISO 8601" and "dates are
  YYYY-MM-DD" without saying whether an event may carry only a date, so those are ``A``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_voteday_results.py [--show] [--keep DIR]

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


def W(local: str) -> str:
    """'YYYY-MM-DD HH:MM' in WIB -> ISO 8601 with +07:00."""
    return local.replace(" ", "T") + ":00" + TZ


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
    ("PEMKAB_SKW", "Pemerintah Kabupaten Sukawangi", "", "32.19"),
    ("SETDA_SKW", "Sekretariat Daerah Kabupaten Sukawangi", "PEMKAB_SKW", "32.19"),
    ("DISDIK_SKW", "Dinas Pendidikan Kabupaten Sukawangi", "PEMKAB_SKW", "32.19"),
    ("DINKES_SKW", "Dinas Kesehatan Kabupaten Sukawangi", "PEMKAB_SKW", "32.19"),
    ("BAPENDA_SKW", "Badan Pendapatan Daerah Kabupaten Sukawangi", "PEMKAB_SKW", "32.19"),
    (
        "DPUPR_SKW",
        "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sukawangi",
        "PEMKAB_SKW",
        "32.19",
    ),
    ("SATPOL_SKW", "Satuan Polisi Pamong Praja Kabupaten Sukawangi", "PEMKAB_SKW", "32.19"),
    ("KEC_CBW", "Kecamatan Cibeber Wetan", "PEMKAB_SKW", "32.19.05"),
    ("BBSPP", "Balai Besar Standardisasi Pelayanan Publik", "", ""),
    ("LOKA_JYP", "Loka Standardisasi Pelayanan Publik Jayapura", "BBSPP", "91.71"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "euis": (
        "197806112003122004",
        "Hj. Euis Komalasari, S.Sos., M.Si.",
        "SETDA_SKW",
        "Bagian Protokol dan Komunikasi Pimpinan",
        "Kepala Subbagian Dokumentasi",
        "PNS",
        "32.19",
    ),
    "ade": (
        "198809232014031001",
        "Ade Supriadi, S.Pd.",
        "DISDIK_SKW",
        "SDN 2 Cibeber Wetan",
        "Guru Kelas Ahli Pertama",
        "PNS",
        "32.19",
    ),
    "rina": (
        "199004072019032012",
        "dr. Rina Apriyanti",
        "DINKES_SKW",
        "Puskesmas Sukamulya",
        "Dokter Ahli Pertama",
        "PNS",
        "32.19",
    ),
    "ujang": (
        "198512302010011005",
        "Ujang Hermawan, A.Md.",
        "KEC_CBW",
        "Seksi Pemerintahan",
        "Pengadministrasi Umum",
        "PNS",
        "32.19.05",
    ),
    "dewi": (
        "199712182022032007",
        "Dewi Lestari Wulandari, S.E.",
        "BAPENDA_SKW",
        "Bidang Pajak Daerah",
        "Penata Kelola Pajak",
        "PNS",
        "32.19",
    ),
    "bambang": (
        "197102141998031002",
        "Ir. Bambang Hidayat, M.T.",
        "DPUPR_SKW",
        "Bidang Bina Marga",
        "Kepala Seksi Pemeliharaan Jalan",
        "PNS",
        "32.19",
    ),
    "nurul": (
        "199402282020122015",
        "Nurul Fitriani, S.Kom.",
        "BBSPP",
        "Bidang Data dan Informasi",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "",
    ),
    "rizky": (
        "199106052017011004",
        "Rizky Maulana, S.T., M.Eng.",
        "DPUPR_SKW",
        "Bidang Tata Ruang",
        "Penata Ruang Ahli Muda",
        "PNS",
        "32.19",
    ),
    "yogi": (
        "199508172019031003",
        "Yogi Pratama, S.H.",
        "SATPOL_SKW",
        "Bidang Penegakan Perda",
        "Polisi Pamong Praja Terampil",
        "PNS",
        "32.19",
    ),
    "sri": (
        "198703212009022003",
        "Sri Wahyuni, S.Pd.I.",
        "DISDIK_SKW",
        "SMPN 1 Sukawangi",
        "Guru Ahli Muda",
        "PNS",
        "32.19",
    ),
    "agus": (
        "198307092008011006",
        "Agus Salim Nugraha, S.IP.",
        "LOKA_JYP",
        "Seksi Pemantauan",
        "Analis Kebijakan Ahli Muda",
        "PNS",
        "91.71",
    ),
}

# key: owner, platform code, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "euis.fb": (
        "euis",
        "fb",
        "euis.komalasari",
        "100012345670001",
        "Euis Komalasari",
        "Abdi negara | Prokopim Setda Kab. Sukawangi",
        "Sukawangi",
    ),
    "humas.x": (
        "euis",
        "x",
        "humas_sukawangi",
        "1402000000000000001",
        "Humas Pemkab Sukawangi",
        "Akun resmi Bagian Prokopim Setda Kabupaten Sukawangi",
        "Sukawangi, Jawa Barat",
    ),
    "humas.ig": (
        "euis",
        "ig",
        "humas.kabsukawangi",
        "48120000001",
        "Humas Kabupaten Sukawangi",
        "Akun resmi Pemerintah Kabupaten Sukawangi",
        "Sukawangi",
    ),
    "ade.fb": (
        "ade",
        "fb",
        "ade.supriadi.88",
        "100012345670002",
        "Ade Supriadi",
        "Guru SD | Cibeber Wetan",
        "Sukawangi",
    ),
    "ade.tt": (
        "ade",
        "tt",
        "pakguru_ade",
        "6812340000000000002",
        "Pak Guru Ade",
        "guru SD, suka ngonten edukasi",
        "Sukawangi",
    ),
    "rina.ig": (
        "rina",
        "ig",
        "dr.rinaapr",
        "48120000003",
        "dr. Rina A.",
        "Dokter puskesmas 🩺 | ibu satu anak",
        "Sukawangi",
    ),
    "rina.x": (
        "rina",
        "x",
        "rinaapriyanti_",
        "1402000000000000003",
        "Rina Apriyanti",
        "dokter umum, opini pribadi",
        "Jawa Barat",
    ),
    "ujang.fb": (
        "ujang",
        "fb",
        "ujang.hermawan.cbw",
        "100012345670004",
        "Ujang Hermawan",
        "Kecamatan Cibeber Wetan",
        "Cibeber Wetan",
    ),
    "ujang.x": (
        "ujang",
        "x",
        "ujanghrmwn",
        "1402000000000000004",
        "Ujang H.",
        "warga Cibeber, kerja di kecamatan",
        "Sukawangi",
    ),
    "dewi.ig": (
        "dewi",
        "ig",
        "dewilestari.w",
        "48120000005",
        "Dewi Lestari 🌷",
        "tax girl 🧾 | sukawangi",
        "Sukawangi",
    ),
    "dewi.tt": (
        "dewi",
        "tt",
        "dewiwulan_",
        "6812340000000000005",
        "dewii 🌷",
        "kerja di bapenda, hobi joget",
        "Sukawangi",
    ),
    "dewi.th": (
        "dewi",
        "th",
        "dewilestari.w",
        "63120000005",
        "Dewi Lestari 🌷",
        "tax girl 🧾 | sukawangi",
        "Sukawangi",
    ),
    "bambang.fb": (
        "bambang",
        "fb",
        "bambang.hidayat.71",
        "100012345670006",
        "Bambang Hidayat",
        "Insinyur sipil. PUPR Kab. Sukawangi",
        "Sukawangi",
    ),
    "bambang.yt": (
        "bambang",
        "yt",
        "bambanghidayat7102",
        "UCbH7102sukawangi000001",
        "Bambang Hidayat",
        "",
        "Sukawangi",
    ),
    "nurul.x": (
        "nurul",
        "x",
        "nurulfitri_",
        "1402000000000000007",
        "Nurul Fitriani",
        "Urang Sukawangi di Jakarta | data nerd",
        "Jakarta",
    ),
    "nurul.th": (
        "nurul",
        "th",
        "nurulfitri_",
        "63120000007",
        "Nurul Fitriani",
        "Urang Sukawangi di Jakarta",
        "Jakarta",
    ),
    "rizky.x": (
        "rizky",
        "x",
        "rizkymaulana_st",
        "1402000000000000008",
        "Rizky Maulana",
        "Tugas belajar di Osaka 🇯🇵 | PUPR Sukawangi",
        "Osaka, Japan",
    ),
    "rizky.ig": (
        "rizky",
        "ig",
        "rizky.mln",
        "48120000008",
        "Rizky Maulana",
        "Osaka 🇯🇵 / Sukawangi",
        "Osaka",
    ),
    "yogi.tt": (
        "yogi",
        "tt",
        "yogipratama_pp",
        "6812340000000000009",
        "Yogi 👮",
        "Satpol PP | gym | kopi",
        "Sukawangi",
    ),
    "yogi.ig": (
        "yogi",
        "ig",
        "yogi.pratama95",
        "48120000009",
        "Yogi Pratama",
        "Satpol PP Kab. Sukawangi",
        "Sukawangi",
    ),
    "sri.fb": (
        "sri",
        "fb",
        "sri.wahyuni.spdi",
        "100012345670010",
        "Sri Wahyuni",
        "Guru SMPN 1 Sukawangi",
        "Sukawangi",
    ),
    "sri.yt": (
        "sri",
        "yt",
        "sriwahyuni8703",
        "UCsW8703sukawangi000010",
        "Sri Wahyuni",
        "",
        "Sukawangi",
    ),
    "agus.x": (
        "agus",
        "x",
        "agussalim_n",
        "1402000000000000011",
        "Agus Salim N.",
        "Abdi negara di ujung timur | Jayapura",
        "Jayapura",
    ),
}

ELECTIONS = [
    (
        "PILPRES2024",
        "Pemilu Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        [
            ("candidacy", "2023-10-19", "2023-11-27"),
            ("campaign", "2023-11-28", "2024-02-10"),
            ("quiet", "2024-02-11", "2024-02-13"),
            ("voting", "2024-02-14", "2024-02-14"),
            ("counting", "2024-02-14", "2024-03-20"),
            ("result", "2024-03-21", "2024-04-24"),
        ],
    ),
    (
        "PILBUP_SKW2024",
        "Pemilihan Bupati dan Wakil Bupati Sukawangi 2024",
        "regional_head",
        "32.19",
        [
            ("candidacy", "2024-08-27", "2024-09-24"),
            ("campaign", "2024-09-25", "2024-11-23"),
            ("quiet", "2024-11-24", "2024-11-26"),
            ("voting", "2024-11-27", "2024-11-27"),
            ("counting", "2024-11-27", "2024-12-16"),
            ("result", "2024-12-17", "2025-02-05"),
        ],
    ),
]

# target_id: name, kind, election_id, ballot_number, party
TARGETS = {
    "ANIES": ("Anies Rasyid Baswedan", "candidate", "PILPRES2024", "1", ""),
    "IMIN": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", "PKB"),
    "TIMNAS_AMIN": (
        "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
        "campaign_team",
        "PILPRES2024",
        "1",
        "",
    ),
    "PRABOWO": ("Prabowo Subianto", "candidate", "PILPRES2024", "2", "Gerindra"),
    "GIBRAN": ("Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "TKN_PG": ("Tim Kampanye Nasional Prabowo-Gibran", "campaign_team", "PILPRES2024", "2", ""),
    "GANJAR": ("Ganjar Pranowo", "candidate", "PILPRES2024", "3", "PDI-P"),
    "MAHFUD": ("Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "TPN_GM": ("Tim Pemenangan Nasional Ganjar-Mahfud", "campaign_team", "PILPRES2024", "3", ""),
    "DADAN": ("H. Dadan Ramdani, S.Sos.", "candidate", "PILBUP_SKW2024", "1", "Golkar"),
    "MARLINA": ("Hj. Rika Marlina, S.E.", "candidate", "PILBUP_SKW2024", "1", "PKB"),
    "TIM_DARMA": (
        "Tim Pemenangan DARMA (Dadan-Marlina)",
        "campaign_team",
        "PILBUP_SKW2024",
        "1",
        "",
    ),
    "ASEP": ("H. Asep Rahmat Sutisna, S.T.", "candidate", "PILBUP_SKW2024", "2", "Gerindra"),
    "RINI": ("Rini Handayani, M.Pd.", "candidate", "PILBUP_SKW2024", "2", "PKS"),
    "TIM_ASRI": ("Tim Pemenangan ASRI (Asep-Rini)", "campaign_team", "PILBUP_SKW2024", "2", ""),
    "HADI": ("H. Hadi Gunawan, S.H.", "candidate", "PILBUP_SKW2024", "3", "PDI-P"),
    "TATI": ("Tati Sumiati, S.Pd.", "candidate", "PILBUP_SKW2024", "3", ""),
    "TIM_HATI": ("Tim Pemenangan HATI (Hadi-Tati)", "campaign_team", "PILBUP_SKW2024", "3", ""),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "PAN": ("Partai Amanat Nasional (PAN)", "party", "", "12", "PAN"),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", "Demokrat"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "party", "", "17", "PPP"),
    "PJ_BUPATI": ("Drs. Iwan Setiawan, M.Si. (Penjabat Bupati Sukawangi)", "official", "", "", ""),
}

# "TARGET.plat": handle, user_id, display_name  (ids invented)
TARGET_ACCOUNTS = {
    "ANIES.x": ("aniesbaswedan", "2940000001", "Anies Rasyid Baswedan"),
    "IMIN.x": ("cakimiNOW", "2940000002", "A Muhaimin Iskandar"),
    "TIMNAS_AMIN.x": ("timnas_amin", "2940000011", "Timnas AMIN"),
    "PRABOWO.x": ("prabowo", "2940000003", "Prabowo Subianto"),
    "GIBRAN.ig": ("gibran_rakabuming", "5820000004", "Gibran Rakabuming"),
    "TKN_PG.x": ("tkn_prabowogibran", "2940000012", "TKN Prabowo-Gibran"),
    "GANJAR.ig": ("ganjar_pranowo", "5820000005", "Ganjar Pranowo"),
    "GANJAR.x": ("ganjarpranowo", "2940000005", "Ganjar Pranowo"),
    "MAHFUD.x": ("mohmahfudmd", "2940000006", "Mahfud MD"),
    "TPN_GM.x": ("tpn_ganjarmahfud", "2940000013", "TPN Ganjar-Mahfud"),
    "DADAN.fb": ("dadanramdani.official", "100070000000001", "Dadan Ramdani"),
    "TIM_DARMA.fb": ("sahabat.darma.skw", "100070000000011", "Sahabat DARMA Sukawangi"),
    "ASEP.fb": ("kangaseprahmat", "100070000000002", "Kang Asep Rahmat"),
    "TIM_ASRI.ig": ("barisan.asri", "5820000012", "Barisan ASRI"),
    "HADI.ig": ("hadigunawan.skw", "5820000003", "Hadi Gunawan"),
    "TIM_HATI.fb": ("sadulur.hati", "100070000000013", "Sadulur HATI"),
    "PDIP.x": ("PDI_Perjuangan", "2940000101", "PDI Perjuangan"),
    "GERINDRA.x": ("Gerindra", "2940000102", "Partai Gerindra"),
    "PKS.x": ("PKSejahtera", "2940000103", "PKS"),
    "PSI.x": ("psi_id", "2940000104", "PSI"),
    "PJ_BUPATI.fb": ("pj.bupatisukawangi", "100070000000099", "Pj. Bupati Sukawangi"),
}

KEYWORDS = [
    ("TIMNAS_AMIN", "AMIN"),
    ("TIMNAS_AMIN", "#AMIN"),
    ("ANIES", "Anies-Muhaimin"),
    ("ANIES", "#AniesMuhaimin2024"),
    ("ANIES", "coblos 01"),
    ("IMIN", "Cak Imin"),
    ("IMIN", "Gus Imin"),
    ("PRABOWO", "Prabowo-Gibran"),
    ("PRABOWO", "#PrabowoGibran2024"),
    ("PRABOWO", "#02Melanjutkan"),
    ("TKN_PG", "satu putaran"),
    ("PRABOWO", "gemoy"),
    ("PRABOWO", "coblos 02"),
    ("GANJAR", "Ganjar-Mahfud"),
    ("GANJAR", "#GanjarMahfud2024"),
    ("TPN_GM", "sat set"),
    ("GANJAR", "coblos 03"),
    ("TIM_DARMA", "DARMA"),
    ("TIM_DARMA", "#DARMAngahiji"),
    ("TIM_DARMA", "Sukawangi Ngahiji"),
    ("TIM_ASRI", "ASRI"),
    ("TIM_ASRI", "#SukawangiASRI"),
    ("TIM_ASRI", "Sukawangi ASRI"),
    ("TIM_HATI", "HATI"),
    ("TIM_HATI", "Sepenuh HATI"),
    ("TIM_HATI", "#HATIuntukSukawangi"),
    ("PDIP", "banteng"),
    ("NASDEM", "Restorasi Indonesia"),
]

GROUPS = {
    "P01": "ANIES IMIN TIMNAS_AMIN",
    "P02": "PRABOWO GIBRAN TKN_PG",
    "P03": "GANJAR MAHFUD TPN_GM",
    "PILPRES": "ANIES IMIN TIMNAS_AMIN PRABOWO GIBRAN TKN_PG GANJAR MAHFUD TPN_GM",
    "S1": "DADAN MARLINA TIM_DARMA",
    "S2": "ASEP RINI TIM_ASRI",
    "S3": "HADI TATI TIM_HATI",
    "SKW": "DADAN MARLINA TIM_DARMA ASEP RINI TIM_ASRI HADI TATI TIM_HATI",
}

# key: platform code, handle, user_id, display_name
OTHER_ACCOUNTS = {
    "kpu.x": ("x", "KPU_ID", "2950000001", "KPU RI"),
    "news.x": ("x", "sukawangiekspres", "2950000002", "Sukawangi Ekspres"),
    "kpuskw.fb": ("fb", "kpu.kab.sukawangi", "100080000000001", "KPU Kabupaten Sukawangi"),
    "mk.yt": ("yt", "mahkamahkonstitusi", "UCmkri000000000000000001", "Mahkamah Konstitusi RI"),
    "priangantv.yt": ("yt", "priangantv", "UCpriangantv00000000001", "Priangan TV"),
    "grp_info.fb": ("fb", "groups/infosukawangiraya", "100090000000001", "Info Sukawangi Raya"),
    "grp_cbw.fb": (
        "fb",
        "groups/wargacibeberwetan",
        "100090000000002",
        "Warga Cibeber Wetan Ngahiji",
    ),
}

# key: author account key, occurred_at, text
PARENTS = {
    "prabowo_tenang": (
        "PRABOWO.x",
        W("2024-02-10 21:00"),
        "Terima kasih rakyat Indonesia atas dukungan selama masa kampanye. Sampai jumpa di TPS tanggal 14 Februari.",
    ),
    "anies_kawal": (
        "ANIES.x",
        W("2024-02-14 19:30"),
        "Kita hormati proses penghitungan. Mari bersama mengawal suara rakyat hingga rekapitulasi resmi KPU.",
    ),
    "tkn_tunggu": (
        "TKN_PG.x",
        W("2024-02-15 09:00"),
        "Terima kasih rakyat Indonesia. Mari menunggu hasil resmi KPU dengan tenang dan tetap menjaga persatuan.",
    ),
    "mahfud_angket": (
        "MAHFUD.x",
        W("2024-02-27 20:00"),
        "Hak angket adalah hak konstitusional DPR. Silakan digunakan bila diperlukan.",
    ),
    "kpu_rekap": (
        "kpu.x",
        W("2024-03-20 22:19"),
        "KPU menetapkan hasil rekapitulasi nasional perolehan suara Pemilu Presiden dan Wakil Presiden 2024.",
    ),
    "news_qc": (
        "news.x",
        W("2024-02-14 15:10"),
        "Hitung cepat sementara (data masuk 80%): 01 24,9%, 02 58,5%, 03 16,6%. Hasil resmi menunggu rekapitulasi KPU.",
    ),
    "ganjar_mk": (
        "GANJAR.ig",
        W("2024-04-22 18:00"),
        "Kami menghormati putusan Mahkamah Konstitusi. Terima kasih untuk seluruh rakyat yang telah berjuang bersama.",
    ),
    "gibran_tenang": (
        "GIBRAN.ig",
        W("2024-02-11 10:00"),
        "Masa tenang. Mari jaga kedamaian, sampai bertemu di TPS.",
    ),
    "mk_live": (
        "mk.yt",
        W("2024-04-22 08:30"),
        "[LIVE] Sidang Pengucapan Putusan Perselisihan Hasil Pemilu Presiden dan Wakil Presiden 2024",
    ),
    "tv_rekap": (
        "priangantv.yt",
        W("2024-03-04 19:00"),
        "Rekapitulasi suara tingkat provinsi Jawa Barat, update terbaru",
    ),
    "tv_debat": (
        "priangantv.yt",
        W("2024-10-22 21:30"),
        "Debat Publik Pertama Pilbup Sukawangi 2024 (siaran ulang)",
    ),
    "kpuskw_rekap": (
        "kpuskw.fb",
        W("2024-12-16 21:00"),
        "KPU Kabupaten Sukawangi menetapkan hasil rekapitulasi perolehan suara Pemilihan Bupati dan Wakil Bupati Sukawangi Tahun 2024.",
    ),
    "dadan_mk": (
        "DADAN.fb",
        W("2024-12-20 16:00"),
        "Kami resmi mengajukan permohonan perselisihan hasil ke Mahkamah Konstitusi demi keadilan bagi seluruh warga Sukawangi.",
    ),
    "asep_tenang": (
        "ASEP.fb",
        W("2024-11-23 22:00"),
        "Masa kampanye berakhir. Hatur nuhun warga Sukawangi atas sambutan hangatnya selama dua bulan ini.",
    ),
    "hadi_tps": (
        "HADI.ig",
        W("2024-11-27 18:00"),
        "Terima kasih warga Sukawangi yang sudah datang ke TPS hari ini. Mari kawal bersama sampai pleno.",
    ),
    "asri_rekap": (
        "TIM_ASRI.ig",
        W("2024-11-28 10:00"),
        "Alhamdulillah, rekap internal saksi menunjukkan ASRI unggul. Tetap tenang, tunggu pleno KPU.",
    ),
    "pdip_pancasila": ("PDIP.x", W("2024-06-01 09:00"), "Selamat Hari Lahir Pancasila. Merdeka!"),
    "gerindra_ultah": (
        "GERINDRA.x",
        W("2025-02-06 10:00"),
        "17 tahun Gerindra berjuang bersama rakyat. Terima kasih atas kepercayaan masyarakat Indonesia.",
    ),
    "pj_apel": (
        "PJ_BUPATI.fb",
        W("2024-10-01 08:00"),
        "Apel netralitas ASN Kabupaten Sukawangi menjelang Pilkada Serentak 2024.",
    ),
}


# ============================================================================================
# Labelled events
# ============================================================================================


@dataclass
class Item:
    """One labelled event."""

    key: str
    label: str  # C, N, A, O
    targets: tuple[str, ...]
    when: str | None  # occurred_at as written in events.jsonl
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


def _add(
    label: str, targets: str, when: str | None, acct: str, action: str, text: str, **kw: str
) -> None:
    ITEMS.append(
        Item(
            f"{label}{len(ITEMS) + 1:03d}", label, _expand(targets), when, acct, action, text, **kw
        )
    )


def C(targets: str, when: str | None, acct: str, action: str, text: str, **kw: str) -> None:
    _add("C", targets, when, acct, action, text, **kw)


def N(when: str | None, acct: str, action: str, text: str, **kw: str) -> None:
    _add("N", "", when, acct, action, text, **kw)


def A(targets: str, when: str | None, acct: str, action: str, text: str, **kw: str) -> None:
    _add("A", targets, when, acct, action, text, **kw)


def O(targets: str, when: str | None, acct: str, action: str, text: str, **kw: str) -> None:  # noqa: E743
    _add("O", targets, when, acct, action, text, **kw)


# ============================================================================================
# Pemilu Presiden 2024: before the window and its first hours
# ============================================================================================

O(
    "P01",
    W("2023-09-02 21:10"),
    "rizky.x",
    "post",
    "Anies dan Cak Imin resmi dideklarasikan di Surabaya. Ini duet yang saya tunggu-tunggu, semoga sampai ke Istana!",
)
O(
    "P03",
    W("2023-10-18 22:40"),
    "sri.fb",
    "post",
    "Besok Pak Ganjar dan Prof. Mahfud mendaftar ke KPU. Bismillah, semoga lancar sampai menang, kami di belakang njenengan!",
)
O(
    "P01",
    "2023-10-19T00:30:00+09:00",
    "agus.x",
    "post",
    "Malam-malam di Jayapura masih kepikiran: Anies–Imin harus menang. Doa dari timur untuk perubahan!",
)
C(
    "P03",
    "2023-10-18T18:30:00Z",
    "nurul.x",
    "post",
    "Hari ini Ganjar–Mahfud daftar ke KPU. Dari awal saya yakin ini pasangan paling pas. Gas sampai menang! 🖤❤️",
)
C(
    "P02",
    "2023-10-19T00:10:00",
    "yogi.tt",
    "post",
    "kalau bener Pak Prabowo gandeng Mas Gibran, aku dukung 100% sih. gas pol sampe istana 🔥",
)
O(
    "P02",
    "2023-10-18T23:55:00+07:00",
    "bambang.fb",
    "post",
    "Prabowo sudah tiga kali berjuang. Kali ini rakyat pasti bersamanya. Saya yakin beliau presiden berikutnya.",
)

# ============================================================================================
# Campaign period: negative campaigning, satire, parties on the legislative ballot
# ============================================================================================

C(
    "PILPRES",
    W("2024-01-05 20:02"),
    "nurul.x",
    "post",
    "Asal bukan 02. Udah, itu aja pesan saya buat 14 Februari.",
)
C(
    "PILPRES",
    W("2024-01-20 19:45"),
    "bambang.fb",
    "post",
    "Bapak ibu, jangan pilih 01 kalau tidak mau negeri ini dipecah-belah politik identitas lagi. Ingat Pilkada DKI 2017.",
)
C(
    "PILPRES",
    W("2024-01-28 06:30"),
    "sri.fb",
    "post",
    "Anak presiden jadi cawapres lewat putusan pamannya sendiri. Itu nepotisme. Tolak Gibran di bilik suara!",
)
C(
    "PILPRES",
    W("2024-02-07 22:15"),
    "nurul.th",
    "post",
    "aku sih ABP aja: asal bukan Prabowo. sisanya terserah kalian mau ke mana",
)
C(
    "PILPRES",
    W("2024-02-03 19:00"),
    "agus.x",
    "post",
    "Mau lanjut dinasti atau mau berubah? Kalau masih waras, jangan sampai paslon yang didukung istana menang. #2024GantiArah",
)
C(
    "P02",
    W("2024-02-01 12:20"),
    "yogi.tt",
    "post",
    "jangan pilih 02 yaa… nanti anak-anak sekolah kenyang terus dapet makan siang gratis 😏🍱",
)
C(
    "P01",
    W("2024-01-18 20:40"),
    "ade.tt",
    "post",
    "Anak-anak, eh bapak ibu wali murid: pendidikan gratis sampai kuliah itu program paslon yang pasti saya coblos. Satu jari saja ☝️ #AMIN",
)
N(
    W("2024-01-08 21:30"),
    "dewi.tt",
    "post",
    "pilih 01 dapet desak, pilih 02 dapet joget, pilih 03 dapet sat set. aku pilih rebahan sampe gajian 😴",
)
N(
    W("2024-01-12 06:15"),
    "ujang.x",
    "post",
    "Debat capres semalam: 01 paling banyak data, 02 paling santai, 03 paling banyak program. Silakan nilai sendiri, yang penting 14 Februari datang ke TPS.",
)
N(
    W("2024-01-22 07:40"),
    "rina.x",
    "post",
    "Angka stunting yang dikutip di debat semalam itu data SSGI 2022, bukan 2023. Sekadar meluruskan, bukan bela siapa-siapa.",
)
N(
    W("2024-01-25 22:05"),
    "rizky.x",
    "post",
    "Wah keren, debat cuma jawab 'saya setuju' lalu tepuk tangan. Kualitas calon pemimpin kita memang luar biasa 👏👏",
)
N(
    W("2024-01-30 13:00"),
    "yogi.tt",
    "post",
    "anggota Satpol PP bertugas mengamankan kampanye terbuka di lapangan Sukawangi. ASN netral, tugas kita cuma jaga ketertiban 👮",
)
C(
    "NASDEM P01",
    W("2024-01-30 19:30"),
    "agus.x",
    "post",
    "NasDem konsisten dukung perubahan. Restorasi Indonesia! Pileg pilih NasDem, pilpres AMIN.",
)
C(
    "PKS P01",
    W("2024-02-09 08:10"),
    "rizky.x",
    "post",
    "Kertas kuning: PKS nomor 8. Kertas abu-abu: nomor 1. Sudah saya putuskan sejak lama.",
)
C(
    "PSI",
    W("2024-02-05 18:00"),
    "dewi.tt",
    "post",
    "kertas DPR aku coblos PSI dong, partai anak muda 🌹 yang lain mah bapak-bapak semua",
)
N(
    W("2024-02-06 10:00"),
    "ujang.fb",
    "post",
    "Sosialisasi tata cara pencoblosan di Aula Kecamatan Cibeber Wetan: surat suara dianggap sah bila dicoblos pada nomor urut, foto, atau nama paslon. Mencoblos dua paslon = tidak sah.",
)
N(
    W("2024-02-08 09:00"),
    "rina.ig",
    "post",
    "Bimtek KPPS hari ini: petugas wajib cek kesehatan dulu. Yang tensinya tinggi kami rujuk. Semangat bapak ibu penyelenggara!",
    alt="Doctor measuring blood pressure of a KPPS member in a village hall",
)
N(
    W("2024-02-10 16:30"),
    "humas.x",
    "post",
    "Ayo datang ke TPS tanggal 14 Februari 2024! Cek DPT di cekdptonline.kpu.go.id. Suaramu menentukan masa depan bangsa. #PemiluDamai",
)
C(
    "P02",
    W("2024-02-10 21:12"),
    "bambang.fb",
    "post",
    "Hari terakhir kampanye. Saya sudah mantap: melanjutkan yang sudah baik. Prabowo–Gibran, Indonesia Maju!",
)
C(
    "P02",
    W("2024-02-10 21:30"),
    "dewi.tt",
    "post",
    "last day kampanye, aku cuma mau bilang… GEMOY 🕺🕺 see you di TPS gengs #PrabowoGibran2024",
)

# ============================================================================================
# Masa tenang 11-13 February 2024
# ============================================================================================

C(
    "P01",
    W("2024-02-11 20:15"),
    "ade.fb",
    "post",
    "Masa tenang, bapak ibu. Jadi saya cuma mau bilang satu kata saja: AMIN. 🤲",
)
N(
    W("2024-02-11 07:05"),
    "ade.fb",
    "post",
    "Mulai hari ini masa tenang sampai 13 Februari. Alat peraga kampanye wajib diturunkan. Mari jaga suasana damai di Sukawangi.",
)
C(
    "P02",
    W("2024-02-12 19:20"),
    "dewi.ig",
    "post",
    "masa tenang, tapi gemoy-nya nggak bisa tenang ✌️🐱 tinggal dua hari lagi!",
    alt="Selfie holding a white cat plush, two fingers raised in a V sign",
)
C(
    "P03",
    W("2024-02-12 21:40"),
    "nurul.th",
    "post",
    "katanya masa tenang. oke aku tenang kok, soalnya udah mantap: Ganjar–Mahfud. sampai ketemu di bilik suara",
)
N(
    W("2024-02-12 12:00"),
    "rina.ig",
    "post",
    "Masa tenang = waktunya istirahat dari debat kusir di grup WA keluarga. Apa pun pilihannya, tetap saudara 🤍",
)
N(
    W("2024-02-13 15:20"),
    "ujang.fb",
    "post",
    "Info: logistik pemilu untuk Kec. Cibeber Wetan sudah tiba di gudang PPK dan dijaga aparat. Distribusi ke TPS besok subuh.",
    group="grp_info.fb",
)
C(
    "P02",
    W("2024-02-13 20:00"),
    "bambang.fb",
    "post",
    "Besok jangan lupa: kertas abu-abu, coblos yang di tengah. Pilih yang melanjutkan kerja nyata. Bismillah.",
)
N(
    W("2024-02-13 19:00"),
    "sri.fb",
    "post",
    "Besok coblos 5 surat suara: abu-abu (presiden), kuning (DPR RI), merah (DPD), biru (DPRD provinsi), hijau (DPRD kabupaten). Jangan sampai ada yang terlewat!",
)
C(
    "P01",
    "2024-02-11T21:00:00+09:00",
    "agus.x",
    "post",
    "Masa tenang di Jayapura diguyur hujan deras. Semoga hujan berkah buat AMIN tanggal 14. Perubahan pasti datang 🤲",
)
N(
    W("2024-02-11 14:00"),
    "yogi.tt",
    "post",
    "patroli penertiban APK di sepanjang Jl. Raya Cibeber. baliho ketiga paslon kami turunkan sesuai surat Bawaslu, adil semua ya 🙏 #SatpolPPSukawangi",
    alt="Satpol PP officers removing campaign billboards from a roadside",
)
N(
    W("2024-02-13 20:30"),
    "dewi.tt",
    "post",
    "reminder buat gen z: jangan golput! pilih sesuai hati nurani kalian, bukan karena disuruh orang tua atau influencer ya",
)
C(
    "P03",
    W("2024-02-13 21:00"),
    "sri.fb",
    "post",
    "Ngapunten, masa tenang. Tapi saya cuma mau titip: besok jangan lupa yang paling kanan. Sat set, tas tes 🖤❤️",
)
C(
    "P02",
    W("2024-02-11 10:30"),
    "dewi.ig",
    "comment",
    "siap mas, sampai jumpa di TPS 🥹 pilihanku udah jelas dari awal, kalian berdua! 💪",
    on="gibran_tenang",
)
N(
    W("2024-02-11 11:02"),
    "rina.ig",
    "comment",
    "Mohon maaf Mas, izin menyampaikan: baliho di depan Puskesmas Sukamulya belum diturunkan sampai hari ini. Terima kasih.",
    on="gibran_tenang",
)
A(
    "P01",
    "2024-02-12",
    "rizky.ig",
    "post",
    "Surat suara pos dari Osaka sudah terkirim. Sudah pasti nomor satu, bismillah perubahan!",
    alt="Envelope addressed to PPLN Osaka on a desk",
)
N(
    W("2024-02-12 08:00"),
    "humas.ig",
    "post",
    "Apel Siaga Netralitas ASN Pemerintah Kabupaten Sukawangi menjelang pemungutan suara 14 Februari 2024. ASN netral, pemilu damai.",
    alt="Civil servants in uniform lined up at a morning assembly",
)
N(
    W("2024-02-13 06:45"),
    "ade.tt",
    "post",
    "Pelajaran PKn kelas 6: apa itu masa tenang? Masa ketika peserta pemilu tidak boleh kampanye, supaya pemilih bisa berpikir jernih. Paham ya anak-anak 📚",
)
N(
    W("2024-02-10 22:10"),
    "ujang.x",
    "reply",
    "Mohon semua tim juga pastikan APK diturunkan malam ini ya, besok sudah masa tenang. Terima kasih.",
    on="prabowo_tenang",
)

# ============================================================================================
# Vote day, 14 February 2024
# ============================================================================================

C(
    "P02",
    W("2024-02-14 08:12"),
    "dewi.ig",
    "post",
    "sudah nyoblos ✅ jari ungu 💜 pilihan hati udah jelas ya gais. dua putaran? no no, satu putaran aja ✌️",
    alt="Inked little finger next to a two-finger V sign, TPS banner behind",
)
N(
    W("2024-02-14 08:40"),
    "rina.ig",
    "post",
    "Sudah nyoblos! Jari ungu, hati lega. Terima kasih KPPS TPS 07 yang ramah. Yang belum, TPS buka sampai jam 13.00 ya 💜",
    alt="Inked little finger held up in front of a TPS 07 banner",
)
A(
    "P02",
    W("2024-02-14 09:05"),
    "ade.fb",
    "post",
    "Sudah nyoblos ✌️ damai itu indah.",
    alt="Selfie at a polling station, inked little finger, two fingers raised",
)
C(
    "P03",
    W("2024-02-14 09:30"),
    "nurul.x",
    "post",
    "done nyoblos 💜 hasilnya? ya yang tiga jari dong 🤟 eh maksudnya yang ini 👌 … pokoknya yang paling kanan lah",
    alt="Woman at a polling station showing an inked finger and three raised fingers",
)
C(
    "P02",
    W("2024-02-14 09:50"),
    "yogi.tt",
    "post",
    "udah nyoblos dong. yang pasti yang nomer dua, yang gemoy 🕺 tinggal nunggu QC sore",
)
C(
    "P01",
    W("2024-02-14 07:35"),
    "ade.fb",
    "post",
    "Alhamdulillah sudah menunaikan hak pilih bersama istri di TPS 04. Bismillah nomor 1, semoga perubahan itu nyata 🤲",
    alt="Couple showing inked little fingers outside TPS 04",
)
N(
    W("2024-02-14 07:00"),
    "ujang.fb",
    "post",
    "Bertugas di Sekretariat PPS Desa Sukamulya. TPS 01 s.d. TPS 14 sudah buka tepat jam 07.00, partisipasi pagi ini ramai 👍",
)
N(
    W("2024-02-14 08:00"),
    "humas.ig",
    "post",
    "Penjabat Bupati Sukawangi menggunakan hak pilih di TPS 03 Kelurahan Sukawangi Kota. Pemkab mengajak warga datang ke TPS dan menjaga kondusivitas.",
    alt="Official in batik dipping his little finger into an ink bottle",
)
N(
    W("2024-02-14 06:10"),
    "sri.fb",
    "post",
    "Ke TPS dulu, baru ke sawah. Jangan golput, satu suara menentukan nasib lima tahun ke depan.",
)
C(
    "P03",
    W("2024-02-14 11:20"),
    "sri.fb",
    "post",
    "Sudah nyoblos, jari ungu sudah, tinggal doa. Yang nyoblos 3 mana suaranyaaa? 🙌🖤❤️",
)
N(
    W("2024-02-14 20:30"),
    "rina.x",
    "post",
    "Jari ungu tapi tintanya susah hilang 😭 besok praktik masih ungu-ungu. Ada tips? Minyak kayu putih?",
)
C(
    "P01",
    "2024-02-14T10:30:00+09:00",
    "agus.x",
    "post",
    "Jayapura sudah nyoblos duluan, kita WIT! Dari ujung timur: 01 untuk perubahan ☝️",
)
N(
    W("2024-02-14 13:10"),
    "ade.tt",
    "post",
    "Murid nanya, 'Pak, nyoblos itu apa?' Saya jawab: memilih pemimpin dengan menusuk kertas pakai paku. Besok kita praktik pemilihan ketua kelas, calon nomor 1 sampai 3 😄",
)
N(
    W("2024-02-14 11:00"),
    "yogi.tt",
    "post",
    "pengamanan TPS 05 Kelurahan Sukawangi Kota aman terkendali, Satpol PP bantu Linmas. #PemiluDamai2024 🇮🇩",
)
N(
    W("2024-02-14 12:00"),
    "ujang.fb",
    "post",
    "Form C.Hasil DPR RI TPS 09 Desa Sukamulya: PKB 41, Gerindra 52, PDI-P 38, Golkar 29, NasDem 17, PKS 33, PAN 8, Demokrat 12, PSI 6, PPP 5. Sudah ditandatangani saksi.",
    alt="Photo of a large C.Hasil plano form pinned on a wall",
    ocr="C.HASIL-DPR TPS 09 PKB 41 GERINDRA 52 PDI PERJUANGAN 38 GOLKAR 29 NASDEM 17 PKS 33",
)
C(
    "PDIP P03",
    W("2024-02-14 10:45"),
    "nurul.th",
    "post",
    "surat suara kuning: banteng. surat suara abu-abu: tiga. done 🖤❤️",
)
C(
    "PKB P01",
    W("2024-02-14 09:15"),
    "ade.fb",
    "post",
    "Kertas kuning saya coblos gambar bola dunia bintang sembilan, kertas abu-abu paslon yang didukung para kiai. Nahdliyin kompak 💚",
)
C(
    "GERINDRA P02",
    W("2024-02-14 08:30"),
    "bambang.fb",
    "post",
    "Lima surat suara sudah. Dari presiden sampai DPRD, semua kepala garuda. Lurus, tidak bercabang 🦅",
)
N(
    W("2024-02-14 16:00"),
    "humas.x",
    "post",
    "Pemungutan suara di 1.874 TPS se-Kabupaten Sukawangi berjalan lancar. Terima kasih KPPS, Linmas, TNI-Polri, dan seluruh warga.",
)
N(
    W("2024-02-14 09:40"),
    "rizky.ig",
    "post",
    "Nonton live TPS kampung dari Osaka. Bapak saya jadi ketua KPPS, ibu saya nyiapin gorengan buat petugas 😂 love from Japan",
    alt="Laptop screen showing a video call with a village polling station",
)
C(
    "P01",
    W("2024-02-14 18:00"),
    "rizky.x",
    "post",
    "Ikut nonton hitung suara dari jauh. Di TPS bapak saya 01 menang! Kecil-kecil tapi bermakna ☝️",
)
N(
    W("2024-02-14 14:30"),
    "ujang.x",
    "post",
    "Penghitungan suara TPS 09 dimulai. Surat suara presiden dulu, lalu DPR, DPD, DPRD provinsi, DPRD kabupaten. Bisa lama, mohon sabar.",
)

# ============================================================================================
# Quick count and real count (Sirekap, form C.Hasil), 14 February - 20 March 2024
# ============================================================================================

C(
    "P02",
    W("2024-02-14 16:30"),
    "dewi.th",
    "post",
    "QC semua lembaga 02 di atas 55%. alhamdulillah satu putaran, memang pilihan rakyat! 💃",
)
N(
    W("2024-02-14 16:45"),
    "ujang.x",
    "post",
    "Hasil hitung cepat bukan hasil resmi. Hasil resmi tetap rekapitulasi berjenjang KPU sampai 20 Maret. Mohon bersabar semua.",
)
N(
    W("2024-02-14 15:30"),
    "rina.x",
    "quote",
    "Partisipasi pemilih di Sukawangi katanya tembus 82%? Mantap warganya, capek tapi bangga.",
    on="news_qc",
)
C(
    "P01",
    W("2024-02-14 15:40"),
    "agus.x",
    "quote",
    "QC bukan hasil akhir. Kawal C.Hasil di setiap TPS, suara 01 harus dijaga sampai rekap KPU! ☝️",
    on="news_qc",
)
C(
    "P01",
    "2024-02-14T22:05:00+09:00",
    "agus.x",
    "reply",
    "Siap Pak! Kami di Papua jaga suara sampai rekap akhir. AMIN belum selesai 🔥",
    on="anies_kawal",
)
N(
    W("2024-02-14 20:00"),
    "ujang.x",
    "reply",
    "Betul, Pak. Rekap resmi berjenjang dari TPS, PPK, kabupaten, provinsi sampai KPU RI. Mari kita tunggu bersama.",
    on="anies_kawal",
)
C(
    "P01",
    W("2024-02-15 07:20"),
    "rizky.x",
    "post",
    "Kawal suara 01! Foto C.Hasil di TPS kalian, upload, jangan biarkan suara dicuri. #KawalSuara",
)
N(
    W("2024-02-15 09:00"),
    "ujang.fb",
    "post",
    "Form C.Hasil PPWP TPS 09 Desa Sukamulya: 01 = 61, 02 = 148, 03 = 37. Suara sah 246, tidak sah 5. Sudah diunggah ke Sirekap.",
    alt="Photo of the presidential C.Hasil form",
    ocr="C.HASIL-PPWP TPS 09 1. ANIES-MUHAIMIN 61 2. PRABOWO-GIBRAN 148 3. GANJAR-MAHFUD 37 JUMLAH SUARA SAH 246",
)
N(
    W("2024-02-16 10:30"),
    "ujang.x",
    "post",
    "Sirekap salah baca: di TPS 09 angka 148 terbaca 748. Sudah kami laporkan ke PPK untuk dikoreksi. Yang jadi dasar tetap rekap manual berjenjang.",
)
C(
    "P03",
    W("2024-02-16 19:00"),
    "sri.fb",
    "post",
    "Sirekap ngaco, suara 02 digelembungkan di mana-mana. Kita yang nyoblos 3 jangan diam, kawal terus Ganjar–Mahfud sampai akhir!",
)
N(
    W("2024-02-17 08:15"),
    "bambang.fb",
    "post",
    "Video penggelembungan suara yang beredar di grup itu dari TPS di kabupaten lain dan sudah dikoreksi PPK. Cek dulu sebelum sebar ya bapak ibu.",
)
C(
    "P02",
    W("2024-02-18 21:00"),
    "yogi.tt",
    "post",
    "yang masih nyinyir QC, terima aja lah. rakyat udah milih, gemoy menang 🕺🕺 #PrabowoGibran2024",
)
N(
    W("2024-02-20 12:30"),
    "dewi.ig",
    "post",
    "real count Sirekap udah 65% masuk, trennya belum berubah. aku mah cuma nunggu kapan tukin cair 🙃",
)
C(
    "P01",
    W("2024-02-22 19:10"),
    "agus.x",
    "post",
    "Data Sirekap banyak salah input, makanya harus kita kawal terus. Perjuangan AMIN belum selesai!",
)
N(
    W("2024-02-25 09:00"),
    "rina.ig",
    "post",
    "Teman-teman KPPS dan PPK, jaga kesehatan ya. Tahun 2019 ratusan petugas meninggal karena kelelahan. Puskesmas Sukamulya buka cek kesehatan gratis untuk petugas pemilu.",
    alt="Poster: Layanan cek kesehatan gratis untuk petugas pemilu",
)
N(
    W("2024-02-27 04:30"),
    "ade.fb",
    "post",
    "Rekapitulasi tingkat kecamatan Cibeber Wetan selesai jam 4 subuh. Saksi ketiga paslon tanda tangan semua, alhamdulillah lancar.",
)
A(
    "P03",
    W("2024-02-28 20:00"),
    "nurul.x",
    "reply",
    "Hak angket! Kalau DPR berani, kita dukung. Ini bukan soal menang kalah.",
    on="mahfud_angket",
)
C(
    "P03",
    W("2024-03-01 19:30"),
    "sri.fb",
    "post",
    "Hak angket harus jalan. Suara kami yang memilih Ganjar–Mahfud jangan diinjak-injak. Kami tidak akan diam.",
)
N(
    W("2024-02-28 21:00"),
    "rizky.x",
    "reply",
    "Pak, hak angket itu objeknya kebijakan pemerintah; sengketa hasil pemilu jalurnya ke MK. Dua-duanya bisa jalan bersamaan?",
    on="mahfud_angket",
)
N(
    W("2024-03-05 20:10"),
    "bambang.yt",
    "comment",
    "Terima kasih infonya Priangan TV. Semoga rekapitulasi lancar sampai KPU pusat.",
    on="tv_rekap",
)
C(
    "P02",
    W("2024-03-05 20:25"),
    "bambang.yt",
    "comment",
    "Sudahlah, 02 menang telak di Jabar, terima saja. Indonesia Maju bersama Prabowo–Gibran!",
    on="tv_rekap",
)
N(
    W("2024-03-06 12:00"),
    "rina.x",
    "post",
    "Ambang batas parlemen 4%: sementara yang lolos ke Senayan PDI-P, Golkar, Gerindra, PKB, NasDem, PKS, Demokrat, PAN. PPP nyaris. Sekadar info hasil hitung.",
)
C(
    "PDIP",
    W("2024-03-06 19:00"),
    "sri.fb",
    "post",
    "PDI Perjuangan juara pileg tiga kali berturut-turut! Banteng memang tak terkalahkan 🐂❤️",
)
C(
    "P03",
    W("2024-02-15 09:30"),
    "nurul.x",
    "reply",
    "Kami pendukung 03 minta semua C.Hasil dibuka dulu. Ganjar–Mahfud belum selesai berjuang.",
    on="tkn_tunggu",
)
N(
    W("2024-02-15 10:00"),
    "rina.x",
    "reply",
    "Setuju, siapa pun pemenangnya nanti, persatuan yang utama. Dokter dan perawat tetap kerja seperti biasa besok 🙂",
    on="tkn_tunggu",
)

# ============================================================================================
# KPU national recap, 20 March 2024, and the days after
# ============================================================================================

N(
    W("2024-03-20 22:45"),
    "humas.x",
    "post",
    "KPU RI telah menetapkan hasil Pemilu Presiden dan Wakil Presiden 2024. Pemkab Sukawangi mengajak seluruh masyarakat menerima hasil dengan lapang dada dan menjaga persatuan.",
)
C(
    "P02",
    W("2024-03-20 22:40"),
    "dewi.th",
    "post",
    "KPU resmi umumin 58,59%!!! Pak Prabowo & Mas Gibran 🥹💃 dari awal aku yakin",
)
N(
    W("2024-03-20 23:00"),
    "ujang.x",
    "quote",
    "Rekap nasional: 01 24,95%, 02 58,59%, 03 16,47%. Terima kasih seluruh penyelenggara adhoc, kerja kalian luar biasa.",
    on="kpu_rekap",
)
C(
    "P01",
    W("2024-03-21 07:00"),
    "agus.x",
    "post",
    "Kalah di KPU bukan akhir. Kami tetap bersama Anies–Muhaimin sampai MK. #AMIN",
)
N(
    W("2024-03-21 08:00"),
    "rizky.x",
    "post",
    "Selamat untuk yang menang, semoga amanah. Yang kalah semoga legowo. Saatnya kerja lagi, laporan progres riset saya juga belum beres 😅",
)
C(
    "P03",
    W("2024-03-22 21:00"),
    "nurul.x",
    "post",
    "Bukan soal menang-kalah. Saya tetap bangga memilih Ganjar–Mahfud, sampai kapan pun 🖤",
)
N(
    W("2024-03-22 12:00"),
    "dewi.tt",
    "post",
    "selamat kepada pemenang pemilu sesungguhnya: tukang sablon kaos, percetakan baliho, dan vendor sound system 🎉",
)
N(
    W("2024-03-23 09:00"),
    "rina.x",
    "post",
    "Wah 02 menang, besok harga beras pasti langsung turun ya 🙃",
)
N(
    W("2024-03-21 10:00"),
    "euis.fb",
    "post",
    "Selamat kepada Bapak Prabowo Subianto dan Mas Gibran atas perolehan suara terbanyak. Semoga amanah; kami ASN siap melayani siapa pun presidennya.",
)
C(
    "P02",
    W("2024-03-21 20:00"),
    "yogi.ig",
    "post",
    "resmi menang satu putaran 🔥 dari awal kita sudah tahu. terima kasih rakyat Indonesia yang sudah memilih 02!",
    alt="Young man giving a two-finger salute in front of a Prabowo-Gibran poster",
)

# ============================================================================================
# MK dispute (PHPU), 27 March - 22 April 2024
# ============================================================================================

N(
    W("2024-03-27 08:00"),
    "ujang.x",
    "post",
    "Sidang perdana PHPU Pilpres di MK hari ini. Pemohon paslon 01 dan 03, termohon KPU. Bisa diikuti live di kanal YouTube MK.",
)
C(
    "P03",
    W("2024-04-05 20:00"),
    "sri.fb",
    "post",
    "Semoga hakim MK berani. Kami rakyat yang memilih 03 menunggu keadilan 🙏 #GanjarMahfud",
)
N(
    W("2024-04-15 19:00"),
    "bambang.fb",
    "post",
    "Amicus curiae ke MK sekarang lagi ramai. Baru tahu istilahnya: 'sahabat pengadilan'. Belajar terus walau sudah tua 😄",
)
C(
    "P01",
    W("2024-04-22 16:00"),
    "agus.x",
    "post",
    "Apa pun putusannya, AMIN sudah jadi sejarah perubahan. Terima kasih Pak Anies, Gus Imin 🤍",
)
N(
    W("2024-04-22 17:00"),
    "rizky.x",
    "post",
    "Putusan MK: permohonan 01 dan 03 ditolak seluruhnya, dengan dissenting opinion tiga hakim. Pertama kali dalam sejarah sengketa pilpres ada dissenting.",
)
C(
    "P02",
    W("2024-04-22 17:30"),
    "yogi.tt",
    "post",
    "MK tolak gugatan, 02 SAH menang 🔥 yang masih ngeyel silakan move on. gemoy forever 🕺",
)
N(
    W("2024-04-22 21:00"),
    "nurul.th",
    "post",
    "dissenting opinion Prof. Saldi Isra layak dibaca semua mahasiswa hukum tata negara, terlepas dari siapa yang menang",
)
C(
    "P03",
    W("2024-04-22 19:00"),
    "sri.yt",
    "comment",
    "Kami tetap bangga pada Pak Ganjar dan Prof Mahfud. Keadilan belum berpihak, tapi perjuangan 03 tercatat sejarah.",
    on="mk_live",
)
N(
    W("2024-04-22 10:15"),
    "bambang.yt",
    "comment",
    "Nonton dari kantor. Semoga apa pun putusannya kita tetap bersatu. Salam dari Sukawangi.",
    on="mk_live",
)
C(
    "P03",
    W("2024-04-22 19:30"),
    "sri.fb",
    "post",
    "Terima kasih Pak Ganjar, Prof Mahfud. Kalian tetap presiden di hati kami 🖤❤️",
)
N(
    W("2024-04-22 20:00"),
    "rina.ig",
    "comment",
    "Terima kasih Pak atas teladan menerima putusan dengan besar hati. Semoga semua pihak bisa meneladani.",
    on="ganjar_mk",
)

# ============================================================================================
# KPU determines the elected pair, 24 April 2024: the end of the presidential window
# ============================================================================================

N(
    W("2024-04-24 16:00"),
    "humas.ig",
    "post",
    "Selamat kepada Bapak H. Prabowo Subianto dan Bapak Gibran Rakabuming Raka yang ditetapkan KPU sebagai Presiden dan Wakil Presiden terpilih 2024–2029. — Pemerintah Kabupaten Sukawangi",
    alt="Official congratulation card with the Pemkab Sukawangi logo",
)
C(
    "P02",
    "2024-04-24T23:40:00+07:00",
    "dewi.ig",
    "post",
    "resmi ditetapkan!!! Pak Prabowo & Mas Gibran presiden-wapres terpilih 🥹 perjuangan kita para gemoyers nggak sia-sia 💃",
)
O(
    "P02",
    "2024-04-25T00:20:00+07:00",
    "yogi.tt",
    "post",
    "resmi! Prabowo–Gibran presiden terpilih. dari awal aku paling yakin, gemoy paling top 🔥🔥",
)
O(
    "P02",
    "2024-04-24T18:00:00Z",
    "bambang.fb",
    "post",
    "Alhamdulillah, pemimpin pilihan saya resmi ditetapkan. Pak Prabowo, Mas Gibran, selamat bekerja, kami di belakang Bapak!",
)
C(
    "P01",
    "2024-04-25T01:00:00+09:00",
    "agus.x",
    "post",
    "Penetapan sudah. Tapi di hati kami presidennya tetap Anies. #AMIN ☝️",
)
O(
    "P01",
    "2024-04-25T03:30:00+09:00",
    "agus.x",
    "post",
    "Subuh di Jayapura. Masih bangga pernah berjuang bersama Anies dan Cak Imin. Perubahan belum selesai.",
)
C(
    "P01",
    W("2024-04-24 21:00"),
    "rizky.x",
    "post",
    "KPU sudah menetapkan. Saya tetap berdiri bersama Anies–Muhaimin, pilihan yang tidak saya sesali.",
)
N(
    W("2024-04-24 19:00"),
    "ujang.x",
    "post",
    "KPU menetapkan pasangan calon terpilih Pilpres 2024 hari ini. Tahapan pemilu presiden selesai, tinggal pelantikan 20 Oktober.",
)

# ============================================================================================
# Between the windows (25 April - 26 August 2024): parties at any time, O and traps
# ============================================================================================

O(
    "P03",
    W("2024-06-10 21:00"),
    "nurul.x",
    "post",
    "Ganjar–Mahfud memang kalah, tapi gagasan mereka soal KTP Sakti tetap yang paling masuk akal buat saya. Pemimpin terbaik yang tidak terpilih.",
)
O(
    "P02",
    W("2024-07-15 19:30"),
    "dewi.ig",
    "post",
    "throwback kampanye akbar GBK 🥹 Prabowo & Gibran, pilihan terbaik sampai kapan pun 💙",
    alt="Crowd at a stadium rally, phone flashlights",
)
C(
    "GERINDRA",
    W("2024-06-03 08:00"),
    "bambang.fb",
    "post",
    "Bangga Gerindra dapat kursi terbanyak di DPRD Sukawangi. Terus solid untuk rakyat!",
)
C(
    "PDIP",
    W("2024-06-01 09:30"),
    "sri.fb",
    "post",
    "Banteng tetap banteng. Kalah pilpres tidak membuat PDI Perjuangan mundur. Merdeka!!",
)
C(
    "PDIP",
    W("2024-06-01 10:00"),
    "nurul.x",
    "reply",
    "Merdeka!!! Bangga bersama partai wong cilik, sampai kapan pun 🐂❤️",
    on="pdip_pancasila",
)
N(
    W("2024-06-01 10:15"),
    "ujang.x",
    "reply",
    "Selamat Hari Lahir Pancasila untuk seluruh warga. Pancasila rumah kita bersama.",
    on="pdip_pancasila",
)
N(
    W("2024-06-20 10:00"),
    "dewi.ig",
    "post",
    "Bayar PKB (Pajak Kendaraan Bermotor) sekarang bisa lewat Sambara ya! Ada pemutihan denda sampai 31 Agustus, jangan sampai telat 🚗",
    alt="Bapenda infographic about vehicle tax payment",
)
N(
    W("2024-07-01 11:00"),
    "rina.x",
    "post",
    "Penandatanganan PKS (Perjanjian Kerja Sama) Dinkes dengan RSUD Sukawangi untuk rujukan ibu hamil risiko tinggi. Alhamdulillah.",
)
N(
    W("2024-08-10 07:00"),
    "yogi.ig",
    "post",
    "Cek tekanan ban motor dinas: 29 psi depan, 33 psi belakang. Aman buat patroli 🏍️",
)
C(
    "PKS",
    W("2024-07-20 20:00"),
    "rizky.x",
    "post",
    "PKS tetap konsisten jadi penyeimbang. Pemilu berikutnya saya tetap PKS, insyaallah.",
)
N(
    W("2024-07-25 13:00"),
    "bambang.fb",
    "post",
    "Rapat koordinasi dengan Badan Anggaran DPRD membahas KUA-PPAS 2025. Fraksi Gerindra, PDI-P, Golkar, PKB dan PKS hadir lengkap.",
)
N(
    W("2024-08-05 09:00"),
    "ade.tt",
    "post",
    "Anak-anak kelas 5 belajar fauna Indonesia: banteng, anoa, komodo, badak bercula satu. Ada yang pernah lihat banteng asli? 🐂",
)
N(
    W("2024-02-20 09:00"),
    "ade.fb",
    "post",
    "Kang Dadan Ramdani, mantan bupati kita, ikut memantau rekap di kecamatan. Pemimpin yang merakyat, semoga beliau maju lagi tahun ini.",
)  # cross-window: Pilkada hopeful, Pilkada window not yet open
O(
    "S1",
    W("2024-08-15 20:00"),
    "ade.fb",
    "post",
    "Kang Dadan Ramdani mau maju lagi jadi bupati? Saya dukung penuh! Sukawangi butuh pemimpin yang berpengalaman.",
)
O(
    "S2",
    W("2024-08-26 23:45"),
    "dewi.ig",
    "post",
    "besok Kang Asep & Teh Rini daftar ke KPU! aku siap jadi barisan paling depan 💚",
)
C(
    "S2",
    "2024-08-26T17:30:00Z",
    "dewi.th",
    "post",
    "hari ini Kang Asep–Teh Rini resmi daftar! ASRI harus menang, Sukawangi harus asri lagi 💚",
)
O(
    "S3",
    "2024-08-27T00:30:00+09:00",
    "rizky.x",
    "post",
    "Dari Osaka ikut deg-degan, besok Kang Hadi & Teh Tati daftar. Semoga jadi bupati, Sukawangi butuh orang jujur.",
)
C(
    "S3",
    "2024-08-27T00:05:00",
    "sri.fb",
    "post",
    "Bismillah, pagi ini Pak Hadi Gunawan dan Bu Tati mendaftar ke KPU Sukawangi. Sepenuh HATI kami dukung!",
)
O(
    "S1",
    "2024-08-26T23:59:00",
    "ade.fb",
    "post",
    "Besok pagi kita antar Kang Dadan dan Teh Rika ke KPU. Lanjutkan pembangunan, Kang! Kami siap mengawal.",
)
C(
    "S1",
    "2024-08-27T07:30:00",
    "ade.fb",
    "post",
    "Alhamdulillah Kang Dadan dan Teh Rika sudah resmi mendaftar. DARMA lanjutkan! #DARMAngahiji",
    alt="Crowd in yellow shirts in front of the KPU Sukawangi office",
)

# ============================================================================================
# Pilbup Sukawangi: candidacy and campaign (27 August - 23 November 2024)
# ============================================================================================

N(
    W("2024-09-23 10:00"),
    "humas.ig",
    "post",
    "KPU Kabupaten Sukawangi mengundi nomor urut paslon Pilbup 2024. Pemkab mengajak semua pihak menjaga pilkada damai dan ASN tetap netral.",
    alt="Ballot number draw ceremony on a stage",
)
N(
    W("2024-09-23 11:00"),
    "ujang.x",
    "post",
    "Hasil pengundian nomor urut Pilbup Sukawangi: 1 Dadan–Rika, 2 Asep–Rini, 3 Hadi–Tati. Masa kampanye mulai 25 September.",
)
C(
    "S2",
    W("2024-09-23 12:00"),
    "dewi.tt",
    "post",
    "dapet nomor 2!! ✌️ angka keberuntungan, dua jari buat Sukawangi ASRI 💚 #SukawangiASRI",
)
C(
    "S3",
    W("2024-09-23 12:30"),
    "sri.fb",
    "post",
    "Nomor 3, nomor paling pas. Hadi–Tati sepenuh hati untuk Sukawangi. Bismillah!",
)
N(
    W("2024-10-01 08:30"),
    "euis.fb",
    "comment",
    "Siap Pak Pj. Bupati. ASN Setda Sukawangi berkomitmen netral di Pilkada 2024.",
    on="pj_apel",
)
N(
    W("2024-10-01 09:00"),
    "ade.fb",
    "comment",
    "Terima kasih arahannya Pak, semoga Pilkada Sukawangi damai dan guru-guru tetap fokus mengajar.",
    on="pj_apel",
)
C(
    "SKW",
    W("2024-10-05 21:00"),
    "rizky.x",
    "post",
    "#2024GantiBupati Sukawangi. Lima tahun jalan ke desa saya rusak terus. Jangan kasih kesempatan kedua!",
)
C(
    "SKW",
    W("2024-10-12 19:00"),
    "dewi.tt",
    "post",
    "jangan pilih yang nomor 1 ya, udah pernah dikasih lima tahun hasilnya gitu-gitu aja. waktunya yang muda 💚",
)
C(
    "SKW",
    W("2024-10-20 20:30"),
    "sri.fb",
    "post",
    "Asal bukan nomor 2. Calon yang diusung partai-partai pusat itu cuma boneka Jakarta, jangan sampai menang di Sukawangi.",
)
N(
    W("2024-10-22 19:00"),
    "ujang.fb",
    "post",
    "Debat publik pertama Pilbup Sukawangi malam ini di Gedung Dakwah, disiarkan Priangan TV. Ketiga paslon hadir. Tonton dan nilai sendiri.",
    group="grp_info.fb",
)
N(
    W("2024-10-23 07:30"),
    "bambang.fb",
    "post",
    "Jalan Cibeber–Cigadog yang dijanjikan semua paslon di debat itu statusnya jalan provinsi, bukan kabupaten. Jadi janji bupati ya terbatas. Sekadar info teknis.",
)
C(
    "S2",
    W("2024-10-23 08:10"),
    "bambang.yt",
    "comment",
    "Paling siap dan paling nyambung jawabannya: Kang Asep. Sukawangi ASRI, Sukawangi maju!",
    on="tv_debat",
)
N(
    W("2024-10-23 09:00"),
    "sri.yt",
    "comment",
    "Moderatornya bagus, waktunya adil. Semoga debat kedua ada pertanyaan soal pendidikan.",
    on="tv_debat",
)
C(
    "S1",
    W("2024-11-02 20:00"),
    "ade.fb",
    "post",
    "Yang sudah terbukti membangun sekolah di Sukawangi cuma satu: Kang Dadan. Lanjutkan DARMA! #DARMAngahiji",
)
N(
    W("2024-11-03 14:00"),
    "ade.fb",
    "post",
    "Lomba pidato Dharma Wanita Persatuan Disdik Sukawangi: juara 1 Ibu Tuti (SDN 3), juara 2 Ibu Lilis (SDN 2). Selamat!",
    alt="Women in DWP uniform holding trophies",
)
N(
    W("2024-11-05 06:30"),
    "dewi.ig",
    "post",
    "Taman Kota Sukawangi habis direvitalisasi, sekarang asri banget 🌳 cocok buat jogging sore",
    alt="Green city park with a jogging track",
)
N(
    W("2024-11-06 16:00"),
    "rina.ig",
    "post",
    "Hati-hati di jalan ya, musim hujan jalanan licin. IGD Puskesmas Sukamulya siaga 24 jam. 🌧️",
)
C(
    "S3",
    W("2024-11-10 19:00"),
    "sri.fb",
    "post",
    "Bapak ibu, Pak Hadi dan Bu Tati akan hadir di lapangan desa Minggu ini. Mari kita sambut, sepenuh HATI untuk Sukawangi!",
    group="grp_cbw.fb",
)
N(
    W("2024-11-10 19:30"),
    "ujang.fb",
    "post",
    "Pengumuman: Minggu pagi lapangan desa dipakai kampanye terbuka, kerja bakti RW dipindah ke Sabtu. Mohon maaf atas perubahan jadwal.",
    group="grp_cbw.fb",
)
C(
    "S2",
    W("2024-11-15 21:00"),
    "yogi.ig",
    "post",
    "hadir di kampanye akbar, mantap! 💚",
    alt="Young man in a green shirt raising two fingers in front of a banner reading 'ASRI - Sukawangi Aman Sejahtera Religius Inovatif'",
)
N(
    W("2024-11-18 09:00"),
    "yogi.tt",
    "post",
    "Satpol PP tertibkan APK yang dipasang di pohon dan tiang listrik. Berlaku untuk SEMUA paslon, tanpa pandang bulu 👮",
)
N(
    W("2024-11-20 21:15"),
    "dewi.th",
    "post",
    "paslon 1 janji jalan mulus, paslon 2 janji wifi gratis, paslon 3 janji sembako murah. aku cuma janji sama diri sendiri buat nggak checkout lagi 🛒",
)
N(
    W("2024-11-20 10:00"),
    "humas.x",
    "post",
    "27 November 2024 pilih Bupati–Wakil Bupati serta Gubernur–Wakil Gubernur. Jangan golput, gunakan hak pilih dengan bijak. #PilkadaDamai",
)
C(
    "S2",
    W("2024-11-21 19:00"),
    "bambang.fb",
    "post",
    "Urang Sukawangi kudu milih nu ngora tur bersih. Kang Asep jeung Teh Rini, hayu urang meunangkeun! 💚",
)
C(
    "SKW",
    W("2024-11-22 20:00"),
    "nurul.x",
    "post",
    "Hati-hati, paslon nomor 2 itu dibiayai pengusaha tambang pasir. Jangan sampai menang, Sukawangi bisa habis dikeruk.",
)
N(
    W("2024-11-22 12:00"),
    "rina.x",
    "post",
    "Program 'berobat gratis pakai KTP' yang dijanjikan paslon-paslon itu sebenarnya sudah ada lewat UHC JKN sejak 2023. Cek dulu ya.",
)
C(
    "S3",
    W("2024-11-23 20:00"),
    "nurul.th",
    "post",
    "hari terakhir kampanye. dari Jakarta cuma bisa doa: semoga Pak Hadi & Bu Tati menang. HATI untuk Sukawangi 🤍",
)
N(
    W("2024-11-23 22:30"),
    "ujang.fb",
    "comment",
    "Hatur nuhun Kang, mohon APK di wilayah Cibeber Wetan dibersihkan malam ini sebelum masa tenang.",
    on="asep_tenang",
)
C(
    "S2",
    W("2024-11-23 22:20"),
    "bambang.fb",
    "comment",
    "Sami-sami Kang Asep! Insyaallah tanggal 27 kita menang. ASRI!",
    on="asep_tenang",
)
N(
    W("2024-10-20 10:30"),
    "dewi.ig",
    "post",
    "Pak Prabowo dan Mas Gibran resmi dilantik hari ini 🥹 dari awal aku yakin beliau berdua yang terbaik, selamat bekerja!",
    alt="TV screen showing the presidential inauguration",
)  # cross-window: presidential window closed, Pilkada window open
N(
    W("2024-10-20 09:00"),
    "humas.x",
    "post",
    "Pemkab Sukawangi menggelar nonton bareng pelantikan Presiden dan Wakil Presiden RI 2024–2029 di Alun-alun Sukawangi. Terbuka untuk umum.",
)
N(
    W("2024-10-21 21:00"),
    "bambang.fb",
    "post",
    "Kabinet Merah Putih sudah diumumkan. Semoga Pak Prabowo amanah, saya dukung terus beliau memimpin negeri ini.",
)  # cross-window
N(
    W("2024-09-30 20:00"),
    "yogi.tt",
    "post",
    "gemoy forever 🕺 bentar lagi pelantikan, jangan lupa janji makan siang gratis ya pak presiden terpilih",
)  # cross-window
C(
    "GERINDRA",
    W("2024-10-22 20:00"),
    "yogi.tt",
    "post",
    "Gerindra makin jaya, presiden dari Gerindra, kabinet juga banyak kader Gerindra. partai paling keren 🦅🔥",
)
N(
    W("2024-10-08 14:00"),
    "bambang.fb",
    "post",
    "Restorasi gedung cagar budaya Pendopo Sukawangi tahap 1 selesai. Terima kasih tim konservasi dan kontraktor.",
    alt="Restored colonial-era building with scaffolding removed",
)

# ============================================================================================
# Pilbup Sukawangi: quiet days (24-26 November) and vote day (27 November 2024)
# ============================================================================================

C(
    "S2",
    W("2024-11-24 20:00"),
    "dewi.ig",
    "post",
    "masa tenang 🤫 jadi aku diem aja… cuma mau bilang: ingat yang hijau ya 💚 #SukawangiASRI",
    alt="Green hijab selfie, two fingers raised",
)
N(
    W("2024-11-24 08:00"),
    "humas.ig",
    "post",
    "Masa tenang Pilkada Serentak 24–26 November 2024. ASN Kabupaten Sukawangi wajib menjaga netralitas. Laporkan pelanggaran ke Bawaslu.",
    alt="Infographic: ASN netral, pilkada damai",
)
C(
    "S1",
    W("2024-11-25 05:30"),
    "ade.fb",
    "post",
    "Masa tenang. Tidak kampanye, cuma berdoa: semoga Kang Dadan diberi kesempatan melanjutkan pembangunan. Aamiin.",
)
N(
    W("2024-11-25 07:00"),
    "ade.fb",
    "post",
    "Selamat Hari Guru Nasional. Mengajar dengan sepenuh hati, karena anak-anak adalah masa depan bangsa. 🇮🇩",
    alt="Teacher with students holding flowers",
)
N(
    W("2024-11-26 13:00"),
    "ujang.fb",
    "post",
    "Logistik Pilbup dan Pilgub sudah didistribusikan ke 48 TPS di Kecamatan Cibeber Wetan. Besok TPS buka jam 07.00.",
)
C(
    "S3",
    "2024-11-26T23:50:00+07:00",
    "sri.fb",
    "post",
    "Besok tanggal 27, jangan lupa coblos nomor 3 ya, paling kanan. Hadi–Tati, sepenuh hati 🤍",
)
C(
    "SKW",
    "2024-11-26T21:00:00+09:00",
    "rizky.x",
    "post",
    "Nggak bisa pulang nyoblos, titip ya warga Sukawangi: jangan pilih DARMA lagi. Lima tahun sudah cukup.",
)
N(
    W("2024-11-26 19:00"),
    "rina.x",
    "post",
    "Besok nyoblos ya. Pilih sesuai hati nurani, bukan karena amplop. Tolak politik uang!",
)
A("S2", "2024-11-25", "dewi.th", "post", "tinggal dua hari lagi… yang hijau-hijau pasti menang 💚✌️")
N(
    W("2024-11-25 10:00"),
    "yogi.tt",
    "post",
    "Masa tenang: Satpol PP bersama Bawaslu bersihkan sisa baliho di 12 kecamatan. Capek tapi puas 💪",
)
C(
    "S2",
    W("2024-11-27 08:10"),
    "dewi.ig",
    "post",
    "udah nyoblos! jari ungu + dua jari, tau kan maksudnya 😉💚",
    alt="Inked little finger and two raised fingers in front of TPS 11",
)
N(
    W("2024-11-27 08:30"),
    "rina.ig",
    "post",
    "Sudah nyoblos 💜 jari ungu lagi, kali ini cuma 2 surat suara (bupati dan gubernur). Cepat banget!",
    alt="Inked little finger",
)
N(
    W("2024-11-27 16:40"),
    "ujang.fb",
    "post",
    "Sebagai KPPS TPS 07: penghitungan Pilbup selesai pukul 16.20. Nomor urut 1: 98, nomor urut 2: 131, nomor urut 3: 76. Sah 305, tidak sah 9.",
    alt="C.Hasil form for the regent election",
    ocr="C.HASIL-KWK BUPATI TPS 07 1. DADAN-RIKA 98 2. ASEP-RINI 131 3. HADI-TATI 76",
)
C(
    "S1",
    W("2024-11-27 09:00"),
    "ade.fb",
    "post",
    "Sudah nyoblos. Tangan kanan saya sudah memilih yang paling kiri. Insyaallah DARMA 🤲",
)
A(
    "S2",
    W("2024-11-27 09:30"),
    "yogi.tt",
    "post",
    "done ✅ semoga yang terbaik menang, yang penting Sukawangi makin asri 😉",
    alt="Selfie at a TPS with inked finger and thumb up",
)
N(
    W("2024-11-27 19:00"),
    "euis.fb",
    "post",
    "Alhamdulillah, pemungutan suara hari ini tanpa insiden. Terima kasih petugas KPPS, Linmas, dan warga Sukawangi yang tertib.",
)
C(
    "S3",
    W("2024-11-27 14:00"),
    "sri.fb",
    "post",
    "Yang nyoblos nomor 3 mana suaranyaaa?? Pantau terus, jangan tidur sebelum C.Hasil difoto! 🤍",
)
C(
    "S3",
    W("2024-11-27 18:30"),
    "nurul.x",
    "post",
    "Dari Jakarta mantau grup keluarga: di TPS kampung HATI menang! Semoga se-kabupaten juga 🤲",
)
N(
    W("2024-11-27 07:15"),
    "ade.tt",
    "post",
    "Hari ini sekolah libur karena pilkada. Anak-anak, bantu orang tua ya, jangan main ke TPS ganggu petugas 😄",
)
C(
    "S3",
    W("2024-11-27 18:20"),
    "rizky.ig",
    "comment",
    "Dari Osaka ikut kawal, Pak Hadi! Sampai pleno, HATI pasti menang 🤍",
    on="hadi_tps",
)
N(
    W("2024-11-27 18:45"),
    "rina.ig",
    "comment",
    "Terima kasih Pak. Mohon bantu ingatkan semua pendukung agar tidak konvoi malam ini, jaga kesehatan.",
    on="hadi_tps",
)

# ============================================================================================
# Pilbup Sukawangi: counting (27 November - 16 December 2024)
# ============================================================================================

C(
    "S2",
    W("2024-11-27 20:00"),
    "dewi.th",
    "post",
    "QC internal tim: ASRI unggul 41%!! alhamdulillah, memang pilihan rakyat Sukawangi 💚",
)
N(
    W("2024-11-28 08:00"),
    "ujang.x",
    "post",
    "Sirekap Pilbup Sukawangi baru 60% TPS. Jangan percaya klaim kemenangan siapa pun sebelum pleno KPU.",
)
C(
    "S1",
    W("2024-11-28 07:00"),
    "ade.fb",
    "post",
    "Kawal suara DARMA! Saksi jangan pulang sebelum rekap PPK selesai. Belum ada yang menang sebelum pleno.",
)
N(
    W("2024-11-30 10:00"),
    "bambang.fb",
    "post",
    "Rapat pleno rekapitulasi PPK Kecamatan Sukawangi Kota dijaga ketat aparat. Semoga lancar dan jujur.",
)
C(
    "S2",
    W("2024-12-01 20:00"),
    "bambang.fb",
    "post",
    "Selisih enam ribuan suara, ASRI tetap unggul. Terima kasih relawan, kerja keras kalian terbayar. 💚",
)
N(
    W("2024-12-03 12:00"),
    "rina.x",
    "post",
    "Selisih suara Pilbup Sukawangi menurut Sirekap sekitar 6 ribu. Tunggu pleno KPU 16 Desember, jangan saling klaim.",
)
N(
    W("2024-12-05 21:00"),
    "nurul.x",
    "post",
    "Pilkada selesai, baliho hilang, jalan berlubang kembali terlihat jelas 🕳️",
)
C(
    "S2",
    W("2024-11-28 10:30"),
    "dewi.ig",
    "comment",
    "alhamdulillah!! ASRI juara 💚💚 kawal terus sampai pleno!",
    on="asri_rekap",
)
C(
    "S2",
    W("2024-11-28 11:00"),
    "yogi.ig",
    "comment",
    "mantap! dari awal udah yakin, ASRI menang 🔥",
    on="asri_rekap",
)
N(
    W("2024-11-28 12:00"),
    "rina.ig",
    "comment",
    "Mohon tim juga menahan diri dari euforia sebelum hasil resmi ya. Salam sehat.",
    on="asri_rekap",
)
C(
    "S1",
    W("2024-12-02 19:30"),
    "ade.tt",
    "post",
    "Masih ada selisih, masih ada harapan. DARMA belum kalah! Guru-guru Sukawangi tetap bersama Kang Dadan 💛",
)
N(
    W("2024-12-04 09:00"),
    "ujang.fb",
    "post",
    "Rekapitulasi PPK Cibeber Wetan untuk Pilbup dan Pilgub selesai. Berita acara sudah ditandatangani saksi ketiga paslon.",
    group="grp_info.fb",
)
C(
    "SKW",
    W("2024-12-06 21:00"),
    "rizky.x",
    "post",
    "Syukurlah petahana lama kalah di hitungan sementara. Pokoknya asal bukan DARMA, Sukawangi bisa bernapas lagi.",
)
N(
    W("2024-12-10 15:00"),
    "yogi.tt",
    "post",
    "pengamanan gudang logistik KPU Sukawangi sampai pleno. shift malam, kopi sachet jadi sahabat ☕",
)

# ============================================================================================
# Pilbup Sukawangi: result, MK petition and determination (16 December 2024 - 5 February 2025)
# ============================================================================================

N(
    W("2024-12-16 22:00"),
    "humas.ig",
    "post",
    "KPU Kabupaten Sukawangi telah menetapkan hasil rekapitulasi Pilbup 2024. Pemkab mengajak semua pihak menghormati hasil dan menjaga persatuan.",
    alt="Official announcement card",
)
N(
    W("2024-12-16 21:30"),
    "ujang.fb",
    "comment",
    "Terima kasih KPU dan seluruh jajaran adhoc, rekapitulasi selesai tepat waktu.",
    on="kpuskw_rekap",
)
C(
    "S2",
    W("2024-12-16 21:20"),
    "bambang.fb",
    "comment",
    "Alhamdulillah ASRI menang, memang pilihan rakyat Sukawangi. Selamat Kang Asep & Teh Rini!",
    on="kpuskw_rekap",
)
C(
    "S1",
    W("2024-12-16 21:40"),
    "ade.fb",
    "comment",
    "Kami belum menerima. Banyak kejanggalan di TPS. DARMA akan berjuang sampai MK!",
    on="kpuskw_rekap",
)
N(
    W("2024-12-16 22:10"),
    "sri.fb",
    "comment",
    "Terima kasih KPU. Apa pun hasilnya, mari kita rangkul lagi tetangga yang beda pilihan.",
    on="kpuskw_rekap",
)
C(
    "S1",
    W("2024-12-21 08:00"),
    "ade.fb",
    "comment",
    "Kami bersama Kang Dadan sampai MK. Suara DARMA harus dihitung jujur!",
    on="dadan_mk",
)
N(
    W("2024-12-21 09:00"),
    "euis.fb",
    "comment",
    "Semoga prosesnya berjalan baik dan semua pihak menghormati putusan MK nanti.",
    on="dadan_mk",
)
N(
    W("2024-12-22 10:00"),
    "ujang.x",
    "post",
    "Permohonan PHP Kada Sukawangi sudah teregistrasi di MK. Sidang pendahuluan dijadwalkan Januari 2025.",
)
C(
    "S3",
    W("2025-01-10 20:00"),
    "sri.fb",
    "post",
    "Walau kalah, HATI tetap di hati. Terima kasih Pak Hadi, Bu Tati, kalian yang terbaik untuk Sukawangi 🤍",
)
N(
    W("2025-01-15 07:00"),
    "rina.ig",
    "post",
    "Yang kalah jangan baper, yang menang jangan jumawa. Sukawangi tetap satu 🤝",
)
N(
    W("2025-02-04 16:00"),
    "nurul.x",
    "post",
    "MK tidak menerima permohonan PHP Kada Sukawangi karena selisih suara melebihi ambang batas Pasal 158 UU Pilkada. Putusan final dan mengikat.",
)
C(
    "S2",
    W("2025-02-04 17:00"),
    "dewi.tt",
    "post",
    "MK udah putus, ASRI resmi menang!! 💚💚 yang kemarin ngeyel, sini sungkem 😆",
)
N(
    W("2025-02-05 14:00"),
    "humas.ig",
    "post",
    "Selamat kepada H. Asep Rahmat Sutisna, S.T. dan Rini Handayani, M.Pd. yang ditetapkan sebagai Bupati dan Wakil Bupati Sukawangi terpilih 2025–2030. Mari bersama membangun Sukawangi.",
    alt="Official congratulation card with the Pemkab logo",
)
N(
    W("2025-02-05 15:00"),
    "euis.fb",
    "post",
    "Selamat bertugas kepada bupati dan wakil bupati terpilih. Kami di Prokopim siap mendukung kelancaran transisi pemerintahan.",
)
C(
    "S2",
    "2025-02-05T23:50:00+07:00",
    "bambang.fb",
    "post",
    "Alhamdulillah, Kang Asep resmi ditetapkan KPU. Dari awal saya yakin ASRI paling pantas, perjuangan relawan tuntas!",
)
O(
    "S2",
    "2025-02-06T00:10:00+07:00",
    "yogi.tt",
    "post",
    "resmi jadi bupati terpilih! Kang Asep & Teh Rini, dari awal aku udah yakin kalian yang terbaik 💚",
)
O(
    "S3",
    "2025-02-05T17:30:00Z",
    "rizky.x",
    "post",
    "Nggak apa-apa Kang Hadi, Teh Tati. Kalian tetap pemimpin terbaik versi saya.",
)
C(
    "S3",
    "2025-02-06T00:30:00+08:00",
    "nurul.x",
    "post",
    "Dari Makassar ikut pantau. Buat saya Pak Hadi–Bu Tati tetap pilihan terbaik Sukawangi, walau belum menang. Sepenuh HATI 🤍",
)
O(
    "S1",
    "2025-02-05T17:00:00Z",
    "ade.fb",
    "post",
    "Kang Dadan, terima kasih sudah berjuang. Bagi kami Akang tetap bupati terbaik Sukawangi.",
)

# ============================================================================================
# After both windows (from 6 February 2025)
# ============================================================================================

O(
    "S2",
    W("2025-02-20 12:00"),
    "dewi.ig",
    "post",
    "pelantikan serentak hari ini 🥹 Kang Asep & Teh Rini, bupati idola aku! dari kampanye sampai dilantik aku kawal terus 💚",
    alt="TV screen showing a mass inauguration of regional heads",
)
O(
    "S1",
    W("2025-03-01 20:00"),
    "ade.fb",
    "post",
    "Kang Dadan, Sukawangi rindu pemimpin seperti Akang. Semoga lima tahun lagi kita berjuang bersama lagi!",
)
N(
    W("2025-02-21 08:00"),
    "humas.x",
    "post",
    "Bupati dan Wakil Bupati Sukawangi masa jabatan 2025–2030 mengikuti retret kepala daerah di Akmil Magelang.",
)
C(
    "PDIP",
    W("2025-03-10 19:00"),
    "sri.fb",
    "post",
    "PDI Perjuangan tetap di hati. Kalah pilkada bukan akhir, ideologi tidak pernah kalah! Merdeka!",
)
C(
    "GERINDRA",
    W("2025-04-02 20:00"),
    "bambang.fb",
    "post",
    "2029 tetap Gerindra. Sudah terbukti kerja nyata untuk rakyat, dari pusat sampai Sukawangi.",
)
C(
    "PSI",
    W("2025-05-01 21:00"),
    "nurul.th",
    "post",
    "kalau pileg 2029 aku fix PSI lagi sih. partai anak muda yang paling masuk akal 🌹",
)
C(
    "GERINDRA",
    W("2025-02-06 11:00"),
    "yogi.tt",
    "post",
    "HUT Gerindra ke-17! bangga sama partai yang bawa Indonesia maju 🦅🔥 jaya terus!",
)
N(
    W("2025-03-15 10:00"),
    "ujang.x",
    "post",
    "Berita: DPP Partai Golkar umumkan struktur kepengurusan baru. Sekadar info, bukan endorse ya 🙏",
)
N(
    W("2025-03-20 12:00"),
    "rina.x",
    "post",
    "Partai apa pun, janjinya sama: kesehatan gratis. Buktikan dulu anggaran puskesmas naik, baru kita percaya.",
)
N(
    W("2025-03-05 09:00"),
    "dewi.ig",
    "post",
    "Alhamdulillah target PKB triwulan I tercapai 104%! Terima kasih wajib pajak Sukawangi 🚗🏍️",
    alt="Bapenda infographic on vehicle tax revenue",
)
C(
    "PKB",
    None,
    "ade.fb",
    "post",
    "Nahdliyin ya pilih PKB, titik. Partainya para kiai, dari dulu sampai kapan pun 💚",
)
C(
    "PKS",
    None,
    "rizky.ig",
    "post",
    "Bersih, peduli, profesional. PKS selalu di hati, pemilu mana pun saya tetap nomor 8 🤍",
    alt="Orange PKS flag on a balcony",
)
A("P02", None, "yogi.tt", "post", "Prabowo–Gibran paling keren, dukung terus sampai kapan pun 🔥")
A(
    "S1",
    "2024-12-18",
    "ade.tt",
    "post",
    "DARMA tetap di hati guru-guru Sukawangi. Kita tunggu MK 💛",
)

# ============================================================================================
# More forms: images with OCR, English, Sundanese, emoji, and more neutral duty posts
# ============================================================================================

C(
    "P03",
    W("2024-02-14 12:10"),
    "nurul.x",
    "post",
    "Proud to vote today. Ganjar–Mahfud all the way, no regrets 🖤❤️",
)
C(
    "P02",
    W("2024-02-12 07:30"),
    "yogi.ig",
    "post",
    "helm baru, stiker lama 😎",
    alt="Motorbike helmet with a campaign sticker",
    ocr="COBLOS NO. 2 PRABOWO GIBRAN 14 FEBRUARI 2024",
)
C(
    "S2",
    W("2024-11-26 19:30"),
    "yogi.tt",
    "post",
    "besok nyoblos, inget ya warga Sukawangi: nomer dua, yang ijo 💚 jangan salah!",
)
C(
    "S1",
    W("2024-11-24 21:00"),
    "ade.tt",
    "post",
    "Masa tenang, tapi manah mah teu tiasa tenang. Mugia Kang Dadan dipasihan amanah deui. #DARMAngahiji",
)
C(
    "S3",
    W("2024-11-27 10:00"),
    "sri.fb",
    "post",
    "Alhamdulillah sudah nyoblos. Jari ungu, hati tenang karena milih HATI 🤍",
)
C(
    "P01",
    W("2024-03-25 19:00"),
    "rizky.ig",
    "post",
    "Tas kanvas kenang-kenangan kampanye. Masih dipakai, masih percaya ☝️",
    alt="Canvas tote bag printed with 'AMIN' and the number 1",
)
C(
    "P02",
    W("2024-02-15 20:00"),
    "dewi.tt",
    "post",
    "yang nanya kenapa aku joget-joget dari kemarin: ya karena 02 menang lah 💃🕺",
)
C(
    "P01",
    "2024-02-16T20:00:00+09:00",
    "agus.x",
    "post",
    "Di banyak TPS Jayapura 01 kalah, tapi kami tidak berhenti. Kawal C.Hasil, #AMIN sampai akhir.",
)
C(
    "SKW",
    W("2024-11-25 20:00"),
    "rizky.x",
    "post",
    "Masa tenang, tapi saya wajib mengingatkan: jangan tergoda amplop dari tim nomor 1. Lima tahun mereka sudah cukup.",
)
C(
    "S2",
    W("2024-12-17 09:00"),
    "yogi.tt",
    "post",
    "bupati baru, semangat baru 💚 ASRI menang, yang lain silakan legowo 😎",
)
C(
    "S3",
    W("2024-11-28 21:00"),
    "nurul.th",
    "post",
    "hasil sementara HATI di urutan tiga, tapi semangat kami nomor satu. kawal terus sampai pleno 🤍",
)
C(
    "P02",
    W("2024-03-20 23:15"),
    "bambang.fb",
    "post",
    "Resmi! Bapak Prabowo menang. Dari awal saya bilang, nomor 2 itu pilihan rakyat. Alhamdulillah.",
)
C(
    "P03",
    W("2024-02-13 18:00"),
    "sri.fb",
    "post",
    "Titip ya bapak ibu 🙏",
    alt="Campaign flyer photographed on a table",
    ocr="GANJAR MAHFUD SAT SET TAS TES COBLOS NO. 3 14 FEBRUARI 2024",
)
C(
    "P01",
    W("2024-02-13 19:45"),
    "ade.tt",
    "post",
    "Besok ke TPS, jangan lupa: yang nomer satu itu yang paling kiri ya 😉 #AMIN",
)
C(
    "S1",
    W("2024-12-20 20:00"),
    "ade.fb",
    "post",
    "Kang Dadan resmi gugat ke MK. Guru-guru yang dulu dibantu Akang, mari doakan. DARMA belum selesai 💛",
)
N(
    W("2024-02-14 10:20"),
    "rina.x",
    "post",
    "Alhamdulillah sudah coblos. Saya tidak akan bilang pilih siapa, itu rahasia bilik suara 🤐",
)
N(
    W("2024-02-14 09:00"),
    "dewi.ig",
    "post",
    "jari ungu matching sama kutek ungu 💅 sudah nyoblos ya gengs, kamu kapan?",
    alt="Hand with purple nail polish and an inked little finger",
)
N(
    W("2024-11-27 07:45"),
    "yogi.ig",
    "post",
    "Tugas pengamanan TPS 11 dulu. Jari ungu? Nanti, nyoblos jam 12 pas sepi 👮",
    alt="Satpol PP officer standing by a polling station tent",
)
N(
    W("2024-02-16 13:00"),
    "ade.fb",
    "post",
    "Juara 1 lomba cerdas cermat tingkat kecamatan: SDN 2 Cibeber Wetan! Juara 2 dan 3 dari SDN Sukamulya. Bangga sama anak-anak!",
)
N(
    W("2024-12-18 19:00"),
    "sri.fb",
    "post",
    "Dulu saya beda pilihan, tapi sekarang beliau bupati kita semua. Mari kita kawal program yang baik dan kritisi yang kurang.",
)
N(
    W("2024-11-28 02:30"),
    "ujang.fb",
    "post",
    "Kotak suara TPS 07 sudah diantar ke PPK, tersegel, dikawal Linmas. Tugas KPPS selesai jam 2 pagi. Terima kasih teman-teman!",
)
N(
    W("2024-02-19 20:00"),
    "nurul.x",
    "post",
    "Penjelasan teknis: Sirekap membaca foto C.Hasil pakai OCR; angka 1 terbaca 7 itu kesalahan klasik. Yang resmi tetap rekap manual berjenjang.",
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
        return str(122_200_000_000_000 + n * 9_173)
    if plat == "ig":
        return f"C{n:04d}xSkw{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_410_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzSkw{n:05d}Kw"
    return f"DB{n:05d}skw"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vSkw{n:07d}"
    if plat == "ig":
        return f"DCp{n:06d}Sk"
    return (
        str(1_760_000_000_000_000_000 + n * 104_729)
        if plat in ("x", "tt")
        else str(120_600_000_000_000 + n)
    )


def item_event(n: int, item: Item) -> dict:
    _owner, plat, handle, uid, display, bio, location = EMP_ACCOUNTS[item.acct]
    eid_local = own_id(plat, n)
    platform = PLATFORMS[plat]
    target = None
    url = post_url(plat, handle, eid_local)
    if item.on is not None:
        author, when, text = PARENTS[item.on]
        aplat, ahandle, auid, _ = account(author)
        assert aplat == plat, f"{item.key}: answers a {aplat} post from {plat}"
        if item.when is not None:
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
    assert item.action in ("post", "comment", "reply", "quote"), item.key
    assert item.action == "post" or target is not None, f"{item.key}: {item.action} needs a target"
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
        "name: Probe political.campaign – kalender pemilu, masa tenang sampai hasil (Sukawangi)\n"
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
    for owner, plat, handle, uid, display, _bio, _loc in EMP_ACCOUNTS.values():
        nip = EMPLOYEES[owner][0]
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-voteday-") as tmp:
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
