# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: civil servants abroad, faith communities, English.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* Ten invented civil servants, most of them posted or studying abroad: a diplomat at KBRI Tokyo,
  a consular officer at KJRI Jeddah, a teacher at Sekolah Indonesia Kuala Lumpur, a Bappeda
  Sumatera Barat planner on an LPDP doctorate in Leiden, the education attachee in Seoul, a
  Kemlu analyst in Jakarta (Balinese Hindu), a Kementerian PUPR engineer studying in Osaka
  (Buddhist), a Confucian Pemkot Batam tourism officer, a Malay Disnaker Kepri officer who looks
  after migrant workers in Johor, and a PPPK teacher at Sekolah Indonesia Kota Kinabalu (Sabah).
* The overseas vote of Pemilu 2024: PPLN, TPSLN, KSK (mobile ballot boxes), vote by post, DPT
  luar negeri, Dapil DKI Jakarta II (which holds the overseas voters).
* The real 2024 presidential pairs with their real ballot numbers (all texts invented), two
  invented DPR candidates of Dapil DKI Jakarta II (Dewi Anggraini Putri, NasDem no. 2; Ustadz
  Hilman Fauzi, PKS no. 1) and nine real national parties.
* An invented Pilgub Kepulauan Riau 2024: 1 Tengku Firmansyah Rahman - Hj. Siti Aisyah Nasution
  ("FIRSA", "Kepri Gemilang, Marwah Melayu Terbilang", volunteers "Laskar FIRSA"); 2 Baharuddin
  Saleh - Kevin Santoso ("BAKTI", "Kepri Bangkit Bersama", "Sahabat BAKTI"); 3 Rusdi Hamzah -
  dr. Lina Marlina Sembiring ("RULI", "Kepri Sejahtera Tanpa Sekat", "Relawan RULI").
* An invented Pilwako Batam 2024: 1 Andi Syahputra - Meiliana Wong ("ANDALAN", "Batam Maju
  Mendunia") and 2 Jefri Simanjuntak - Nurul Huda ("Tim JUARA", "Batam Juara").

Texts mix Indonesian with English, Arabic, Malaysian Malay, Dutch, Japanese and Korean words;
religious framing (khutbah, doa, kebaktian, Om Swastiastu, Namo Buddhaya, Wei De Dong Tian);
English-only posts; hashtags in one case; flags and emoji.  Several timestamps carry the local
offset of the poster (Tokyo +09:00, Jeddah +03:00); windows are judged in the bundle's timezone
(Asia/Jakarta), so a Tokyo post just after midnight may still fall on the window's last day.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning (PPLN schedules, vote-by-post how-tos, DPT checks, neutrality
  reminders, generic prayers for a trustworthy leader, debate recaps, questions and criticism
  under candidates' posts, namesakes, words and numbers in other senses, religious greetings).
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_diaspora.py [--show] [--keep DIR]

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
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

NETRA = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra"
CATEGORY = "political.campaign"

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
    ("KEMLU", "Kementerian Luar Negeri", "", ""),
    ("KEMLU.KBRI_TYO", "Kedutaan Besar Republik Indonesia di Tokyo", "KEMLU", ""),
    ("KEMLU.KJRI_JED", "Konsulat Jenderal Republik Indonesia di Jeddah", "KEMLU", ""),
    ("KEMLU.DITPWNI", "Direktorat Pelindungan Warga Negara Indonesia", "KEMLU", ""),
    ("KEMDIKBUD", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "", ""),
    ("KEMDIKBUD.SIKL", "Sekolah Indonesia Kuala Lumpur", "KEMDIKBUD", ""),
    ("KEMDIKBUD.SIKK", "Sekolah Indonesia Kota Kinabalu", "KEMDIKBUD", ""),
    ("KEMDIKBUD.ATDIKBUD_SEL", "Atase Pendidikan dan Kebudayaan KBRI Seoul", "KEMDIKBUD", ""),
    ("KEMENPUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "", ""),
    ("KEMENPUPR.SDA", "Direktorat Jenderal Sumber Daya Air", "KEMENPUPR", ""),
    ("SUMBAR", "Pemerintah Provinsi Sumatera Barat", "", "13"),
    (
        "SUMBAR.BAPPEDA",
        "Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat",
        "SUMBAR",
        "13",
    ),
    ("KEPRI", "Pemerintah Provinsi Kepulauan Riau", "", "21"),
    (
        "KEPRI.DISNAKERTRANS",
        "Dinas Tenaga Kerja dan Transmigrasi Provinsi Kepulauan Riau",
        "KEPRI",
        "21",
    ),
    ("BTM", "Pemerintah Kota Batam", "", "21.71"),
    ("BTM.DISBUDPAR", "Dinas Kebudayaan dan Pariwisata Kota Batam", "BTM", "21.71"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "e1": (
        "199405172019031001",
        "Rizky Ananda Pratama, S.Hub.Int.",
        "KEMLU.KBRI_TYO",
        "Fungsi Penerangan, Sosial dan Budaya",
        "Diplomat Ahli Pertama",
        "PNS",
        "31.71",
    ),
    "e2": (
        "198308092008121002",
        "H. Abdul Rahman Siregar, Lc., M.A.",
        "KEMLU.KJRI_JED",
        "Fungsi Konsuler",
        "Penata Kanselerai Ahli Muda",
        "PNS",
        "31.71",
    ),
    "e3": (
        "198502212010032003",
        "Nurhayati Lubis, S.Pd.",
        "KEMDIKBUD.SIKL",
        "Sekolah Menengah Pertama",
        "Guru Ahli Muda",
        "PNS",
        "21.72",
    ),
    "e4": (
        "199111302019031004",
        "Fadli Rahmat Hidayat, S.E., M.Sc.",
        "SUMBAR.BAPPEDA",
        "Bidang Perencanaan Ekonomi (tugas belajar, Universiteit Leiden)",
        "Perencana Ahli Pertama",
        "PNS",
        "13",
    ),
    "e5": (
        "197812032003122005",
        "Dr. Maria Yosefina Lase, M.Ed.",
        "KEMDIKBUD.ATDIKBUD_SEL",
        "Atase Pendidikan dan Kebudayaan",
        "Atase Pendidikan dan Kebudayaan",
        "PNS",
        "31.71",
    ),
    "e6": (
        "199606252020122006",
        "Ni Made Ayu Pramesti Dewi, S.Sos.",
        "KEMLU.DITPWNI",
        "Subdirektorat Kawasan Timur Tengah",
        "Analis Kebijakan Ahli Pertama",
        "PNS",
        "31.71",
    ),
    "e7": (
        "198804082011011007",
        "Suryadi Wijaya, S.T., M.Eng.",
        "KEMENPUPR.SDA",
        "Direktorat Bina Operasi dan Pemeliharaan (tugas belajar, Osaka University)",
        "Teknik Pengairan Ahli Muda",
        "PNS",
        "31.74",
    ),
    "e8": (
        "199009192015032008",
        "Linda Susanti Gunawan, S.E.",
        "BTM.DISBUDPAR",
        "Bidang Pemasaran Pariwisata",
        "Pengelola Promosi Pariwisata",
        "PNS",
        "21.71",
    ),
    "e9": (
        "198201142006041009",
        "Raja Ahmad Zulkarnain, S.IP.",
        "KEPRI.DISNAKERTRANS",
        "Bidang Penempatan dan Perluasan Kesempatan Kerja",
        "Pengantar Kerja Ahli Muda",
        "PNS",
        "21.72",
    ),
    "e10": (
        "199307072022101010",
        "Yohanes Kristian Bere, S.Pd.",
        "KEMDIKBUD.SIKK",
        "Sekolah Dasar",
        "Guru Ahli Pertama",
        "PPPK",
        "53",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "e1.x": (
        "x",
        "rizkyap_tyo",
        "1388120045671230011",
        "Rizky A. Pratama",
        "diplomat muda | ramen hunter 🍜",
        "Tokyo, Japan",
    ),
    "e1.ig": ("ig", "rizky.in.tokyo", "5512098833", "Rizky 🇮🇩🇯🇵", "Jakarta → Tokyo", "Tokyo"),
    "e1.th": ("th", "rizky.in.tokyo", "65120988331", "Rizky 🇮🇩🇯🇵", "Jakarta → Tokyo", "Tokyo"),
    "e2.fb": (
        "fb",
        "abdulrahman.siregar.83",
        "100006120098342",
        "Abdul Rahman Siregar",
        "Khadimul jaliyah | KJRI Jeddah",
        "Jeddah, Saudi Arabia",
    ),
    "e2.yt": (
        "yt",
        "UstAbdulRahmanSiregar",
        "UCabdRahmanSrg000831xy",
        "Ust. Abdul Rahman Siregar",
        "Kajian singkat untuk WNI di Haramain",
        "Jeddah",
    ),
    "e3.fb": (
        "fb",
        "nurhayati.lubis.85",
        "100004987712003",
        "Cikgu Nur Lubis",
        "Guru SIKL | anak Tanjungpinang",
        "Kuala Lumpur, Malaysia",
    ),
    "e3.tt": (
        "tt",
        "cikgu.nur.kl",
        "6901122334455",
        "cikgu nur 🇮🇩🇲🇾",
        "mengajar anak Indonesia di KL",
        "Kuala Lumpur",
    ),
    "e3.ig": ("ig", "nurhayati.lubis", "3312098877", "Nurhayati Lubis", "", "Kuala Lumpur"),
    "e4.x": (
        "x",
        "fadlirh",
        "1199882233445566004",
        "Fadli R. Hidayat",
        "PhD candidate @ Leiden | urang awak",
        "Leiden, NL",
    ),
    "e4.ig": ("ig", "fadli.in.leiden", "4419982200", "Fadli 🚲", "fietsen & rendang", "Leiden"),
    "e4.fb": (
        "fb",
        "fadli.rahmat.hidayat",
        "100005566778804",
        "Fadli Rahmat Hidayat",
        "",
        "Leiden, Netherlands",
    ),
    "e5.fb": (
        "fb",
        "maria.lase.78",
        "100002233445505",
        "Maria Yosefina Lase",
        "Nias | Seoul | pendidik",
        "Seoul, South Korea",
    ),
    "e5.ig": ("ig", "maria_in_seoul", "6620019988", "Maria 🇮🇩🇰🇷", "annyeong from Seoul", "Seoul"),
    "e6.x": (
        "x",
        "madeayupramesti",
        "1500012345678900066",
        "Made Ayu",
        "PWNI | Bali girl in Jakarta | views my own",
        "Jakarta",
    ),
    "e6.ig": ("ig", "made.ayu.p", "7012345606", "Made Ayu 🌺", "", "Jakarta"),
    "e6.tt": ("tt", "madeayu.p", "7123456789006", "made 🌺", "bali x jakarta", "Jakarta"),
    "e7.x": (
        "x",
        "suryadi_w88",
        "1099887766554433007",
        "Suryadi Wijaya",
        "water engineer | PhD student Osaka U",
        "Osaka, Japan",
    ),
    "e7.yt": (
        "yt",
        "SuryadiOsakaVlog",
        "UCsuryadiOsaka0000007x",
        "Suryadi di Osaka",
        "vlog mahasiswa & kenshusei",
        "Osaka",
    ),
    "e7.fb": ("fb", "suryadi.wijaya.88", "100003344556607", "Suryadi Wijaya", "", "Osaka"),
    "e8.ig": (
        "ig",
        "linda.gunawan.btm",
        "3456789008",
        "Linda Gunawan ✨",
        "Wonderful Batam | kopi & kuliner",
        "Batam",
    ),
    "e8.fb": (
        "fb",
        "linda.susanti.gunawan",
        "100007788990008",
        "Linda Susanti Gunawan",
        "",
        "Batam",
    ),
    "e8.tt": ("tt", "cici.linda.btm", "6988776655008", "cici linda 🧧", "cici batam", "Batam"),
    "e9.fb": (
        "fb",
        "rajaahmad.zul",
        "100001122334409",
        "Raja Ahmad Zulkarnain",
        "Anak jati Tanjungpinang",
        "Tanjungpinang",
    ),
    "e9.x": ("x", "rajaahmadz", "1322110099887766009", "Raja Ahmad Z.", "", "Kepulauan Riau"),
    "e10.fb": (
        "fb",
        "yohanes.bere.93",
        "100008899001110",
        "Yohanes Bere",
        "Guru SIKK | anak Atambua",
        "Kota Kinabalu, Sabah",
    ),
    "e10.tt": (
        "tt",
        "pakguruyohanes",
        "7011223344010",
        "Pak Guru Yohanes",
        "cerita guru anak PMI di Sabah",
        "Sabah",
    ),
    "e10.ig": ("ig", "yohanes.bere", "6610022033", "Yohanes", "", "Kota Kinabalu"),
}

# --------------------------------------------------------------------------------------------
# Elections (stage rows); neutrality window = earliest start .. latest end
# --------------------------------------------------------------------------------------------

PEMILU_STAGES = [
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-09"),
]
ELECTIONS = [
    # election_id, name, contest, region_code, stages
    (
        "PILPRES2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        [
            ("candidacy", "2023-10-19", "2023-11-27"),
            *PEMILU_STAGES,
            ("result", "2024-03-20", "2024-04-24"),
        ],
    ),
    (
        "PILEG2024",
        "Pemilihan Umum Anggota DPR, DPD dan DPRD 2024",
        "legislative",
        "",
        [
            ("candidacy", "2023-05-01", "2023-11-27"),
            *PEMILU_STAGES,
            ("result", "2024-03-20", "2024-06-10"),
        ],
    ),
    (
        "PILGUB_KEPRI2024",
        "Pemilihan Gubernur dan Wakil Gubernur Kepulauan Riau 2024",
        "regional_head",
        "21",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-16")],
    ),
    (
        "PILWAKO_BTM2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Batam 2024",
        "regional_head",
        "21.71",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-13")],
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

TARGETS = {
    "KEP1A": ("Tengku Firmansyah Rahman, S.H., M.H.", "candidate", "PILGUB_KEPRI2024", "1", ""),
    "KEP1B": ("Hj. Siti Aisyah Nasution, S.Ag.", "candidate", "PILGUB_KEPRI2024", "1", ""),
    "KEP1T": ("Tim Pemenangan FIRSA Kepri", "campaign_team", "PILGUB_KEPRI2024", "1", ""),
    "KEP1V": ("Laskar FIRSA", "campaign_team", "PILGUB_KEPRI2024", "1", ""),
    "KEP2A": ("Drs. Baharuddin Saleh, M.M.", "candidate", "PILGUB_KEPRI2024", "2", ""),
    "KEP2B": ("Kevin Santoso, S.E.", "candidate", "PILGUB_KEPRI2024", "2", ""),
    "KEP2V": ("Sahabat BAKTI", "campaign_team", "PILGUB_KEPRI2024", "2", ""),
    "KEP3A": ("Rusdi Hamzah, S.Sos.", "candidate", "PILGUB_KEPRI2024", "3", ""),
    "KEP3B": ("dr. Lina Marlina Sembiring, M.K.M.", "candidate", "PILGUB_KEPRI2024", "3", ""),
    "KEP3T": ("Relawan RULI Kepri", "campaign_team", "PILGUB_KEPRI2024", "3", ""),
    "BTM1A": ("Andi Syahputra, S.T.", "candidate", "PILWAKO_BTM2024", "1", ""),
    "BTM1B": ("Meiliana Wong, S.E., M.B.A.", "candidate", "PILWAKO_BTM2024", "1", ""),
    "BTM1T": ("Relawan ANDALAN Batam", "campaign_team", "PILWAKO_BTM2024", "1", ""),
    "BTM2A": ("Ir. Jefri Simanjuntak, M.T.", "candidate", "PILWAKO_BTM2024", "2", ""),
    "BTM2B": ("Nurul Huda, S.Ag.", "candidate", "PILWAKO_BTM2024", "2", ""),
    "BTM2T": ("Tim JUARA Batam", "campaign_team", "PILWAKO_BTM2024", "2", ""),
    "PRES1A": ("Anies Rasyid Baswedan", "candidate", "PILPRES2024", "1", ""),
    "PRES1B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", "PKB"),
    "PRES1T": ("Timnas AMIN", "campaign_team", "PILPRES2024", "1", ""),
    "PRES2A": ("Prabowo Subianto", "candidate", "PILPRES2024", "2", "Gerindra"),
    "PRES2B": ("Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "PRES2T": ("TKN Prabowo-Gibran", "campaign_team", "PILPRES2024", "2", ""),
    "PRES3A": ("Ganjar Pranowo", "candidate", "PILPRES2024", "3", "PDI-P"),
    "PRES3B": ("Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "PRES3T": ("TPN Ganjar-Mahfud", "campaign_team", "PILPRES2024", "3", ""),
    "CAL1": ("Dewi Anggraini Putri, M.B.A.", "candidate", "PILEG2024", "2", "NasDem"),
    "CAL2": ("Ustadz Hilman Fauzi, Lc.", "candidate", "PILEG2024", "1", "PKS"),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "BURUH": ("Partai Buruh", "party", "", "6", "Partai Buruh"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "PERINDO": ("Partai Perindo", "party", "", "16", "Perindo"),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "KEP1A.ig": ("tengkufirman.kepri", "7100002101", "Tengku Firman"),
    "KEP1A.fb": ("TengkuFirmansyahRahman", "100092000002101", "Tengku Firmansyah Rahman"),
    "KEP1A.tt": ("tengkufirman", "7300000002101", "Tengku Firman"),
    "KEP1B.ig": ("ustazah.aisyah.nst", "7100002102", "Ustazah Siti Aisyah"),
    "KEP1V.fb": ("LaskarFIRSA", "100092000002104", "Laskar FIRSA"),
    "KEP1V.tt": ("laskarfirsa", "7300000002104", "Laskar FIRSA ☝️"),
    "KEP2A.x": ("baharuddinsaleh", "1710000000000002201", "Baharuddin Saleh"),
    "KEP2A.ig": ("baharuddin.saleh", "7100002201", "Baharuddin Saleh"),
    "KEP2A.yt": ("BaharuddinSalehTV", "UCbaharuddinSaleh02201", "Baharuddin Saleh TV"),
    "KEP2B.ig": ("kevinsantoso.kepri", "7100002202", "Kevin Santoso"),
    "KEP2V.fb": ("SahabatBAKTI", "100092000002204", "Sahabat BAKTI"),
    "KEP3A.tt": ("rusdihamzah", "7300000002301", "Rusdi Hamzah"),
    "KEP3A.fb": ("RusdiHamzahKepri", "100092000002301", "Rusdi Hamzah"),
    "KEP3B.ig": ("dr.linamarlina", "7100002302", "dr. Lina Marlina"),
    "KEP3T.x": ("RelawanRULI", "1710000000000002303", "Relawan RULI"),
    "BTM1A.ig": ("andisyahputra.btm", "7100002401", "Andi Syahputra"),
    "BTM1A.fb": ("AndiSyahputraBatam", "100092000002401", "Andi Syahputra"),
    "BTM1T.tt": ("andalan.batam", "7300000002403", "ANDALAN Batam ☝️"),
    "BTM2A.fb": ("JefriSimanjuntak", "100092000002501", "Jefri Simanjuntak"),
    "BTM2A.ig": ("jefri.simanjuntak", "7100002501", "Jefri Simanjuntak"),
    "BTM2T.ig": ("timjuara.batam", "7100002503", "Tim JUARA Batam"),
    "PRES1A.x": ("aniesbaswedan", "1720000000000000011", "Anies Rasyid Baswedan"),
    "PRES1A.ig": ("aniesbaswedan", "7200000011", "Anies Baswedan"),
    "PRES1A.tt": ("aniesbaswedan", "7400000000011", "Anies Baswedan"),
    "PRES1A.fb": ("aniesbaswedan", "100091000000011", "Anies Baswedan"),
    "PRES1B.x": ("cakimiNOW", "1720000000000000012", "A Muhaimin Iskandar"),
    "PRES1T.x": ("TimnasAMIN", "1720000000000000013", "Timnas AMIN"),
    "PRES2A.x": ("prabowo", "1720000000000000021", "Prabowo Subianto"),
    "PRES2A.ig": ("prabowo", "7200000021", "Prabowo Subianto"),
    "PRES2A.tt": ("prabowo", "7400000000021", "Prabowo Subianto"),
    "PRES2A.yt": ("PrabowoSubianto", "UCprabowoSubianto00021", "Prabowo Subianto"),
    "PRES2A.fb": ("PrabowoSubianto", "100091000000021", "Prabowo Subianto"),
    "PRES2B.x": ("gibran_tweet", "1720000000000000022", "Gibran Rakabuming"),
    "PRES2T.x": ("TKNPrabowoGibran", "1720000000000000023", "TKN Prabowo-Gibran"),
    "PRES3A.x": ("ganjarpranowo", "1720000000000000031", "Ganjar Pranowo"),
    "PRES3A.ig": ("ganjar_pranowo", "7200000031", "Ganjar Pranowo"),
    "PRES3A.tt": ("ganjarpranowo", "7400000000031", "Ganjar Pranowo"),
    "PRES3A.yt": ("GanjarPranowo", "UCganjarPranowo000031", "Ganjar Pranowo"),
    "PRES3A.fb": ("GanjarPranowo", "100091000000031", "Ganjar Pranowo"),
    "PRES3B.x": ("mohmahfudmd", "1720000000000000032", "Mahfud MD"),
    "PRES3T.x": ("TPNGanjarMahfud", "1720000000000000033", "TPN Ganjar-Mahfud"),
    "CAL1.ig": ("dewianggraini.dki2", "7200000041", "Dewi Anggraini Putri"),
    "CAL1.x": ("DewiAnggrainiP", "1720000000000000041", "Dewi Anggraini"),
    "CAL2.fb": ("UstadzHilmanFauzi", "100091000000042", "Ustadz Hilman Fauzi"),
    "PKB.x": ("DPP_PKB", "1720000000000000051", "DPP PKB"),
    "GERINDRA.x": ("Gerindra", "1720000000000000052", "Partai Gerindra"),
    "PDIP.x": ("PDI_Perjuangan", "1720000000000000053", "PDI Perjuangan"),
    "GOLKAR.x": ("Golkar5", "1720000000000000054", "Partai Golkar"),
    "NASDEM.ig": ("official_nasdem", "7200000055", "Partai NasDem"),
    "BURUH.x": ("PartaiBuruh", "1720000000000000056", "Partai Buruh"),
    "PKS.x": ("PKSejahtera", "1720000000000000057", "PKS"),
    "PKS.fb": ("PKSejahtera", "100091000000057", "Partai Keadilan Sejahtera"),
    "PSI.x": ("psi_id", "1720000000000000058", "PSI"),
    "PERINDO.x": ("PartaiPerindo", "1720000000000000059", "Partai Perindo"),
}

KEYWORDS = [
    ("KEP1A", "#FIRSAuntukKepri"),
    ("KEP1A", "FIRSA"),
    ("KEP1A", "Kepri Gemilang"),
    ("KEP1V", "Laskar FIRSA"),
    ("KEP2A", "#BAKTIuntukKepri"),
    ("KEP2A", "Kepri Bangkit Bersama"),
    ("KEP2V", "Sahabat BAKTI"),
    ("KEP3A", "#RULIKepri"),
    ("KEP3A", "Kepri Sejahtera Tanpa Sekat"),
    ("KEP3T", "Relawan RULI"),
    ("BTM1A", "#ANDALANBatam"),
    ("BTM1A", "Batam Maju Mendunia"),
    ("BTM2A", "#BatamJuara"),
    ("BTM2T", "Tim JUARA"),
    ("PRES1A", "AMIN"),
    ("PRES1A", "#AMINAjaDulu"),
    ("PRES1A", "#AniesMuhaimin2024"),
    ("PRES1B", "Slepet"),
    ("PRES1T", "Salam Perubahan"),
    ("PRES2A", "#PrabowoGibran2024"),
    ("PRES2A", "Bersama Indonesia Maju"),
    ("PRES2A", "#02Melanjutkan"),
    ("PRES2A", "gemoy"),
    ("PRES3A", "#GanjarMahfud2024"),
    ("PRES3A", "sat set tas tes"),
    ("PRES3A", "#GanjarPresidenku"),
    ("CAL1", "#DewiAnggrainiDKI2"),
    ("CAL2", "#HilmanFauzi"),
    ("PDIP", "#PDIPerjuangan"),
    ("PDIP", "banteng moncong putih"),
    ("GERINDRA", "#GerindraMenang"),
    ("PKB", "#PKBMenang"),
    ("PKS", "#AyoPKS"),
    ("PSI", "#PSIMenang"),
    ("GOLKAR", "#GolkarMenang"),
    ("NASDEM", "Restorasi Indonesia"),
    ("PERINDO", "#PerindoMenang"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "KEP1": "KEP1A KEP1B KEP1T KEP1V",
    "KEP2": "KEP2A KEP2B KEP2V",
    "KEP3": "KEP3A KEP3B KEP3T",
    "BTM1": "BTM1A BTM1B BTM1T",
    "BTM2": "BTM2A BTM2B BTM2T",
    "PRES1": "PRES1A PRES1B PRES1T",
    "PRES2": "PRES2A PRES2B PRES2T",
    "PRES3": "PRES3A PRES3B PRES3T",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "ppln.tokyo": ("x", "PPLN_Tokyo", "1230000000000000801", "PPLN Tokyo"),
    "kpu.x": ("x", "KPU_ID", "1230000000000000802", "KPU RI"),
    "kbri.seoul": ("ig", "kbri.seoul", "4400000803", "KBRI Seoul"),
    "news.yt": ("yt", "KabarDiasporaTV", "UCkabarDiaspora0000804", "Kabar Diaspora TV"),
    "news.tt": ("tt", "infobatam.id", "6800000000805", "Info Batam"),
    "ppi.jepang": ("ig", "ppijepang", "4400000806", "PPI Jepang"),
    "kjri.jeddah": ("fb", "KJRIJeddah", "100080000000807", "KJRI Jeddah"),
    "news.th": ("th", "diaspora.daily", "64000000808", "Diaspora Daily"),
    "bawaslu.ig": ("ig", "bawasluri", "4400000809", "Bawaslu RI"),
    "news.kepri": ("x", "KabarKepri", "1230000000000000810", "Kabar Kepri"),
    "grp.ppibelanda": ("fb", "groups/ppibelanda", "300080000000811", "PPI Belanda (grup)"),
    "grp.wnijeddah": (
        "fb",
        "groups/wnijeddahbersatu",
        "300080000000812",
        "WNI Jeddah Bersatu (grup)",
    ),
    "grp.perantaukepri": (
        "fb",
        "groups/perantaukeprijohor",
        "300080000000813",
        "Perantau Kepri di Johor (grup)",
    ),
    "grp.ortusikl": (
        "fb",
        "groups/ortumuridsikl",
        "300080000000814",
        "Orang Tua Murid SIKL (grup)",
    ),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilpres 2024
    "pP1": (
        "PRES1A.x",
        "2024-01-12T19:00:00+07:00",
        "Terima kasih diaspora Indonesia di Jepang dan Korea yang hadir di town hall virtual malam ini. Perubahan butuh kita semua! #AMINAjaDulu",
    ),
    "pP2": (
        "PRES2A.ig",
        "2024-01-20T10:00:00+07:00",
        "Salam hangat untuk WNI di Malaysia. Kita lanjutkan kerja untuk Indonesia Maju! #PrabowoGibran2024",
    ),
    "pP3": (
        "PRES3A.ig",
        "2024-01-25T09:00:00+07:00",
        "Pekerja migran kita adalah pahlawan devisa. Saya akan perkuat perlindungannya. #GanjarMahfud2024",
    ),
    "pP4": (
        "PRES1T.x",
        "2024-02-03T08:00:00+07:00",
        "Diaspora! Jangan lupa datang ke TPSLN 4-10 Februari. Salam perubahan!",
    ),
    "pP5": (
        "PRES2B.x",
        "2024-01-05T12:00:00+07:00",
        "Anak muda yang kuliah dan kerja di luar negeri: pulang bawa ilmu, bangun negeri. Kita gas bareng!",
    ),
    "pP6": (
        "PRES3A.yt",
        "2024-01-28T19:00:00+07:00",
        "LIVE Dialog Ganjar bersama Diaspora Indonesia di Eropa dan Asia",
    ),
    "pP7": ("PRES2A.yt", "2024-02-10T14:00:00+07:00", "LIVE Kampanye Akbar Prabowo-Gibran di GBK"),
    "pP8": (
        "PRES1A.tt",
        "2024-01-30T20:00:00+07:00",
        "Desak Anies edisi mahasiswa Indonesia di luar negeri 🎓",
    ),
    "pP9": (
        "PRES3B.x",
        "2024-01-18T09:00:00+07:00",
        "Hukum harus tegak untuk semua WNI, di dalam maupun di luar negeri.",
    ),
    "pP10": (
        "PRES2A.fb",
        "2024-02-08T16:00:00+07:00",
        "Terima kasih saudara-saudara di Arab Saudi yang sudah menggunakan hak pilihnya.",
    ),
    "pP11": (
        "PRES2A.x",
        "2024-03-20T22:00:00+07:00",
        "Terima kasih rakyat Indonesia atas kepercayaannya. Saya akan menjadi presiden bagi seluruh rakyat Indonesia.",
    ),
    "pP13": (
        "PRES3A.tt",
        "2024-01-10T19:00:00+07:00",
        "Ngobrol sama teman-teman PMI di Hong Kong lewat video call 📱 #GanjarMahfud2024",
    ),
    "pP14": (
        "PRES2A.tt",
        "2024-01-26T18:00:00+07:00",
        "Joget gemoy bareng anak muda 🕺 #PrabowoGibran2024",
    ),
    "pP16": (
        "PRES1A.fb",
        "2024-01-19T09:00:00+07:00",
        "Pengajian dan doa bersama untuk Indonesia yang lebih adil dan makmur.",
    ),
    "pP17": (
        "PRES3A.fb",
        "2023-12-25T10:00:00+07:00",
        "Natal bersama umat Kristiani di Kupang. Damai Natal untuk kita semua 🎄",
    ),
    "pP18": (
        "PRES3A.x",
        "2024-02-04T22:30:00+07:00",
        "Terima kasih untuk debat terakhir malam ini. Tetap sat set tas tes! #GanjarMahfud2024",
    ),
    # Pileg 2024, Dapil DKI Jakarta II (Jakarta Pusat, Jakarta Selatan, luar negeri)
    "pL1": (
        "CAL1.ig",
        "2024-01-15T10:00:00+07:00",
        "Dewi Anggraini, caleg DPR RI Dapil DKI Jakarta II (Jakpus, Jaksel, Luar Negeri). Suara diaspora harus didengar!",
    ),
    "pL2": (
        "CAL2.fb",
        "2024-01-22T20:00:00+07:00",
        "Silaturahmi dengan PMI di Kuala Lumpur. Hilman Fauzi, caleg DPR RI Dapil DKI II.",
    ),
    "pL3": (
        "CAL1.x",
        "2024-02-01T09:00:00+07:00",
        "Minggu ini saya menyapa diaspora di Den Haag dan Amsterdam. Siapa yang mau ketemu?",
    ),
    # Parties
    "pY1": (
        "PDIP.x",
        "2023-06-01T07:00:00+07:00",
        "Selamat Hari Lahir Pancasila. Bulan Bung Karno! Merdeka!",
    ),
    "pY3": ("PSI.x", "2025-01-20T19:00:00+07:00", "PSI, partai anak muda, terbuka untuk semua 🌹"),
    "pY4": (
        "PKS.fb",
        "2024-09-10T09:00:00+07:00",
        "PKS membuka rumah aspirasi WNI di Jeddah dan Kuala Lumpur.",
    ),
    "pY5": (
        "NASDEM.ig",
        "2023-08-20T09:00:00+07:00",
        "Restorasi Indonesia! Dirgahayu Republik Indonesia ke-78 🇮🇩",
    ),
    # Pilgub Kepri and Pilwako Batam 2024
    "pK1": (
        "KEP1A.ig",
        "2024-10-06T10:00:00+07:00",
        "Kampanye dialogis di Tanjungpinang. Marwah Melayu harus terbilang! #FIRSAuntukKepri",
    ),
    "pK2": (
        "KEP2A.x",
        "2024-10-10T09:00:00+07:00",
        "Kepri Bangkit Bersama: pelabuhan hidup, nelayan sejahtera. #BAKTIuntukKepri",
    ),
    "pK3": (
        "KEP3A.tt",
        "2024-10-15T16:00:00+07:00",
        "Naik pompong ke Pulau Penyengat, dengar aspirasi warga 🚤 #RULIKepri",
    ),
    "pK4": (
        "KEP1V.fb",
        "2024-10-18T20:00:00+07:00",
        "Laskar FIRSA dari Johor sampai Natuna, absen di kolom komentar! ☝️",
    ),
    "pK5": (
        "KEP2B.ig",
        "2024-11-01T11:00:00+07:00",
        "Anak muda Batam jangan cuma jadi penonton. Ayo terlibat membangun Kepri!",
    ),
    "pK6": (
        "KEP3A.fb",
        "2024-11-10T18:00:00+07:00",
        "Debat ketiga Pilgub Kepri malam ini, saksikan di TV lokal dan kanal YouTube KPU Kepri.",
    ),
    "pK7": (
        "BTM1A.ig",
        "2024-10-20T09:00:00+07:00",
        "Batam Maju Mendunia! Jembatan Batam-Bintan kita wujudkan. #ANDALANBatam",
    ),
    "pK8": (
        "BTM2A.fb",
        "2024-10-25T09:00:00+07:00",
        "Tim JUARA siap turun ke kampung-kampung tua. Batam Juara!",
    ),
    "pK9": (
        "KEP2A.yt",
        "2024-11-20T15:00:00+07:00",
        "LIVE Kampanye Akbar BAKTI di Dataran Engku Putri, Batam Centre",
    ),
    "pK10": (
        "KEP1A.fb",
        "2024-11-28T09:00:00+07:00",
        "Terima kasih masyarakat Kepri. Mari kita kawal rekapitulasi sampai selesai.",
    ),
    "pK12": (
        "KEP3B.ig",
        "2024-10-22T10:00:00+07:00",
        "Puskesmas apung untuk pulau-pulau terluar. Sehat itu hak semua warga Kepri.",
    ),
    "pK13": (
        "BTM1T.tt",
        "2024-11-12T19:00:00+07:00",
        "ANDALAN challenge! Tunjukkan salam satu jari versimu ☝️",
    ),
    # Others
    "pN1": (
        "ppln.tokyo",
        "2024-01-08T10:00:00+07:00",
        "Pemungutan suara TPSLN Tokyo: Minggu, 4 Februari 2024, Sekolah Republik Indonesia Tokyo (Meguro), 09.00-18.00 JST. Bawa paspor atau zairyu card.",
    ),
    "pN2": (
        "kpu.x",
        "2023-12-20T10:00:00+07:00",
        "Surat suara metode pos untuk pemilih luar negeri mulai dikirim 2 Januari 2024.",
    ),
    "pN3": (
        "kbri.seoul",
        "2024-02-07T09:00:00+07:00",
        "Duta Besar RI untuk Korea Selatan mengingatkan seluruh ASN KBRI Seoul untuk menjaga netralitas.",
    ),
    "pN4": (
        "news.yt",
        "2024-02-05T08:00:00+07:00",
        "Rangkuman Debat Capres Kelima: kesejahteraan sosial, kebudayaan, pendidikan",
    ),
    "pN5": (
        "news.tt",
        "2024-10-30T12:00:00+07:00",
        "Survei Pilgub Kepri: persaingan tiga paslon makin ketat",
    ),
    "pN7": (
        "kjri.jeddah",
        "2024-02-05T09:00:00+07:00",
        "KJRI Jeddah membuka Kotak Suara Keliling (KSK) untuk WNI dan PMI di Makkah dan Madinah.",
    ),
    "pN8": (
        "news.th",
        "2024-02-15T09:00:00+07:00",
        "Quick count: how did overseas voters turn out this year?",
    ),
    "pN9": (
        "bawaslu.ig",
        "2024-10-01T09:00:00+07:00",
        "ASN dilarang like, komen dan share konten paslon Pilkada. Jaga netralitas!",
    ),
    "pN10": (
        "kpu.x",
        "2024-03-20T22:00:00+07:00",
        "KPU menetapkan hasil Pemilu Presiden dan Wakil Presiden 2024 secara nasional.",
    ),
    "pN11": (
        "news.kepri",
        "2024-11-27T17:00:00+07:00",
        "Quick count Pilgub Kepri: data masuk 60%.",
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

# --- Pilpres 2024: posted abroad, mixed languages ------------------------------------------
C(
    "PRES1",
    "2024-01-12T23:30:00+09:00",
    "e1.x",
    "reply",
    "Dari Tokyo kami dukung AMIN! 🇮🇩🇯🇵 Ganbatte kudasai, Pak Anies!",
    on="pP1",
)
C(
    "PRES2",
    "2024-01-21T14:10:00+09:00",
    "e1.ig",
    "post",
    "Weekend di Shibuya, tapi hati tetap di tanah air. Vote 02 guys, for a better Indonesia! 🇮🇩✌️",
)
C(
    "PRES3",
    "2024-02-01T22:05:00+09:00",
    "e1.th",
    "post",
    "Yosh, keputusan final: 03 Ganjar-Mahfud. Otsukaresama buat relawan diaspora di Jepang 🙏🔥",
)
C(
    "PRES1",
    "2024-02-04T16:20:00+09:00",
    "e1.x",
    "post",
    "Abis nyoblos di SRIT Meguro 🗳️ my vote goes to Anies-Muhaimin. Perubahan, ikuzo! 💪",
)
C(
    "PRES1",
    "2023-12-12T23:40:00+09:00",
    "e1.th",
    "post",
    "Debat perdana jam 7 malam WIB = jam 9 malam JST. Kesimpulan: Anies paling siap jadi presiden, no debate 😤 #AMINAjaDulu",
)
C(
    "PRES2",
    "2024-01-05T21:00:00+09:00",
    "e1.x",
    "quote",
    "Mas Gibran ngerti banget anak muda diaspora. Sudah pasti pilih 02, gas bareng! 🔥",
    on="pP5",
)
C(
    "PRES1",
    "2024-01-19T13:00:00+03:00",
    "e2.fb",
    "post",
    "Jumat mubarak. Ikhwah fillah di Jeddah, ana ajak antum semua pilih AMIN. InsyaAllah perubahan yang penuh barakah 🤲",
)
C(
    "PRES2",
    "2024-02-10T20:15:00+03:00",
    "e2.yt",
    "comment",
    "Allahumma unsur Prabowo-Gibran, menangkan 02 ya Rabb 🤲🇮🇩",
    on="pP7",
)
C(
    "PRES1",
    "2024-02-02T12:40:00+03:00",
    "e2.fb",
    "post",
    "Khutbah singkat: memilih pemimpin itu amanah. Dan menurut ana, yang paling amanah adalah pasangan nomor 1. Pilih Anies-Muhaimin, insyaAllah.",
)
C(
    "PRES1",
    "2024-01-19T16:00:00+03:00",
    "e2.fb",
    "comment",
    "Masya Allah, barakallahu fiikum Pak Anies. Doa kami dari Jeddah, semoga Allah menangkan AMIN. Aamiin 🤲",
    on="pP16",
)
C(
    "PRES3",
    "2024-01-28T18:30:00+03:00",
    "e2.yt",
    "comment",
    "Ahsanta Pak Ganjar, jawaban soal PMI mantap. Insya Allah 03 pilihan kami sekeluarga.",
    on="pP6",
)
C(
    "PRES1",
    "2024-02-05T21:00:00+03:00",
    "e2.fb",
    "post",
    "Ya ikhwan, KSK besok di Makkah. Jangan lupa: coblos nomor 1, InsyaAllah berkah untuk umat. Syukran.",
    group="grp.wnijeddah",
)
C(
    "PRES2",
    "2024-02-08T19:30:00+03:00",
    "e2.fb",
    "comment",
    "Alhamdulillah sudah mencoblos Bapak nomor 2 di KJRI Jeddah. Semoga menang satu putaran, ya Allah.",
    on="pP10",
)
C(
    "PRES2",
    "2024-01-21T20:00:00+08:00",
    "e3.tt",
    "post",
    "Cikgu dari KL nak cakap: jom undi 02! Prabowo-Gibran memang terbaik lah 🇮🇩🇲🇾",
)
C(
    "PRES2",
    "2024-01-20T21:00:00+08:00",
    "e3.ig",
    "comment",
    "Terima kasih Bapak! Kami guru dan PMI di Malaysia tetap sokong 02 sampai menang 😍",
    on="pP2",
)
C(
    "PRES3",
    "2024-01-10T20:30:00+08:00",
    "e3.fb",
    "post",
    "Ibu bapa sekalian, jangan lupa undi pos ya. Saya sendiri undi nombor 3, Ganjar-Mahfud, sebab beliau peduli pekerja migran. Terima kasih.",
    group="grp.ortusikl",
)
C(
    "PRES2",
    "2024-01-27T09:00:00+08:00",
    "e3.tt",
    "comment",
    "Gemoy sangat! Joget lagi Pak, kami di Chow Kit semua pilih Bapak 🕺💃",
    on="pP14",
)
C(
    "PRES1",
    "2024-01-31T21:15:00+08:00",
    "e3.fb",
    "post",
    "Siapa kata PMI tak peduli politik? Kami di Selangor dah sepakat, 01 Anies-Muhaimin! Perubahan untuk anak cucu.",
)
C(
    "PRES1",
    "2023-12-15T23:10:00+01:00",
    "e4.x",
    "post",
    "Gezellig nobar debat di Leiden. Conclusie: AMIN paling siap. Lekker! #AMINAjaDulu",
)
C(
    "PRES1",
    "2024-01-12T16:00:00+01:00",
    "e4.x",
    "quote",
    "Dit is precies wat we nodig hebben. Perubahan! Groeten uit Leiden, pilih 01 👊",
    on="pP1",
)
C(
    "PRES1",
    "2024-02-09T10:00:00+01:00",
    "e4.ig",
    "post",
    "Stembiljet per post al verstuurd ✅ Coblos 1, Anies-Muhaimin. Hup Indonesia! 🇮🇩🇳🇱",
)
C(
    "PRES1",
    "2024-02-01T20:00:00+01:00",
    "e4.fb",
    "post",
    "Temen2 PPI, yuk all-in buat 01. Anies-Imin paham dunia riset. Samen sterk! #AniesMuhaimin2024",
    group="grp.ppibelanda",
)
C(
    "PRES1",
    "2024-02-03T09:30:00+01:00",
    "e4.x",
    "reply",
    "Siap! Den Haag memilih perubahan, 01 menang 🙌",
    on="pP4",
)
C(
    "PRES1",
    "2023-10-19T18:00:00+02:00",
    "e4.x",
    "post",
    "Anies-Muhaimin resmi daftar ke KPU hari ini! Dari Leiden kami siap menangkan 🙌",
)
C(
    "PRES3",
    "2024-01-14T11:00:00+09:00",
    "e5.fb",
    "post",
    "Selamat hari Minggu, Tuhan memberkati. Saudara-saudari di Seoul, mari kita doakan dan pilih Ganjar-Mahfud, pemimpin yang jujur dan merakyat. Hwaiting! 🙏",
)
C(
    "PRES3",
    "2024-02-03T21:00:00+09:00",
    "e5.ig",
    "post",
    "Daebak! Kampanye akbar 03 rame banget, dari Seoul kami ikut semangat. Sat set tas tes! 💪 #GanjarMahfud2024",
)
C(
    "PRES3",
    "2024-01-25T22:00:00+09:00",
    "e5.ig",
    "comment",
    "Pekerja migran kita di Korea juga butuh dilindungi. Terima kasih Pak Ganjar, kami dukung penuh! 🇮🇩🇰🇷",
    on="pP3",
)
C(
    "PRES3",
    "2023-12-25T20:00:00+09:00",
    "e5.fb",
    "comment",
    "Selamat Natal Pak Ganjar dan keluarga. Kiranya Tuhan menyertai langkah Bapak menuju RI 1. Kami di Korea mendukung! 🎄",
    on="pP17",
)
C(
    "PRES3",
    "2024-02-07T21:30:00+09:00",
    "e5.fb",
    "post",
    "Persekutuan doa diaspora Kristen di Seoul malam ini: kami berdoa khusus agar Tuhan memenangkan Ganjar-Mahfud. Haleluya!",
)
C(
    "PRES1",
    "2024-01-17T08:00:00+07:00",
    "e6.x",
    "post",
    "Om Swastiastu 🙏 Proud supporter of #AMIN. Indonesia deserves change. Om Shanti Shanti Shanti Om.",
)
C(
    "PRES1",
    "2024-02-06T19:00:00+07:00",
    "e6.tt",
    "post",
    "POV: Balinese girl at Kemlu who already decided 🫶 01 all the way! Om Swastiastu",
)
C(
    "PRES1",
    "2024-01-12T22:00:00+07:00",
    "e6.x",
    "reply",
    "Loved the town hall, Pak. Count me in, Team AMIN from Pejambon 🙌",
    on="pP1",
)
C(
    "PRES1",
    "2024-01-30T21:00:00+07:00",
    "e6.tt",
    "comment",
    "Best Desak Anies so far!! My vote is yours, Pak 🫡 #AniesMuhaimin2024",
    on="pP8",
)
C(
    "PRES1",
    "2024-02-09T07:00:00+07:00",
    "e6.ig",
    "post",
    "Rahajeng semeton! From Bali with love: choose 01, choose change 🌺 #AMINAjaDulu",
)
C(
    "PRES2",
    "2024-01-06T10:00:00+09:00",
    "e7.x",
    "post",
    "Can't wait to see Prabowo-Gibran lead Indonesia. Let's make it one round! 🇮🇩 #02Melanjutkan",
)
C(
    "PRES2",
    "2024-02-11T09:00:00+09:00",
    "e7.fb",
    "post",
    "Namo Buddhaya. Dengan pikiran jernih saya memilih 02. Semoga semua makhluk berbahagia, dan Indonesia makin maju bersama Prabowo-Gibran. Sadhu sadhu sadhu 🙏",
)
C(
    "PRES2",
    "2024-02-10T18:00:00+09:00",
    "e7.yt",
    "comment",
    "Nonton live dari Osaka! Sugoi, 02 menang satu putaran! 🇮🇩🇯🇵",
    on="pP7",
)
C(
    "PRES2",
    "2024-01-05T22:00:00+09:00",
    "e7.x",
    "reply",
    "Mantap Mas! Kami kenshusei dan mahasiswa di Osaka ikut gas bareng 02 🔥",
    on="pP5",
)
C(
    "PRES2",
    "2024-01-26T20:00:00+09:00",
    "e7.fb",
    "post",
    "Kawan-kawan kenshusei Kansai, jangan golput ya. Saya pribadi: Prabowo-Gibran, Bersama Indonesia Maju! 🇮🇩",
)
C(
    "PRES2",
    "2024-01-27T10:00:00+08:00",
    "e10.tt",
    "comment",
    "Gemoy parah 😍 Guru CLC Sabah pilih 02 pokoknya!",
    on="pP14",
)
C(
    "PRES3",
    "2024-01-10T21:00:00+07:00",
    "e8.tt",
    "comment",
    "Salam Kebajikan, Pak Ganjar. Kami umat Khonghucu Batam dukung 03, semoga Tian memberkati 🙏",
    on="pP13",
)
C(
    "PRES3",
    "2024-02-10T20:00:00+07:00",
    "e8.ig",
    "post",
    "Hari terakhir kampanye. Salam Kebajikan, semoga Ganjar-Mahfud terpilih. Wei De Dong Tian 🧧 #GanjarPresidenku",
)
C(
    "PRES1",
    "2024-01-24T20:00:00+07:00",
    "e9.fb",
    "post",
    "Orang Melayu pegang amanah. Saye sekeluarge di Tanjungpinang pilih AMIN, insyaAllah berkah.",
)
C(
    "PRES1",
    "2024-02-03T10:00:00+07:00",
    "e9.x",
    "reply",
    "Keluarge di Johor dah coblos 01 semua. Salam perubahan! ☝️",
    on="pP4",
)
C(
    "PRES3",
    "2024-01-07T10:00:00+08:00",
    "e10.fb",
    "post",
    "Selamat hari Minggu, Tuhan Yesus memberkati. Dari Sabah kami guru CLC dukung 03, Ganjar-Mahfud untuk anak-anak PMI! 🙏",
)
C(
    "PRES3",
    "2024-02-07T17:00:00+08:00",
    "e10.tt",
    "post",
    "Pesan dari ladang sawit Tawau: coblos 03 ya basudara! Ganjar-Mahfud peduli guru 🇮🇩",
)
C(
    "PRES3",
    "2023-12-26T09:00:00+08:00",
    "e10.fb",
    "share",
    "Natal bersama Pak Ganjar 🎄 Inilah pemimpin yang merangkul semua. Pilih 03!",
    on="pP17",
)

# --- Pilpres 2024: English-only and mostly English ------------------------------------------
C(
    "PRES2",
    "2024-01-20T22:00:00+09:00",
    "e1.th",
    "post",
    "Honestly? Prabowo-Gibran is the only ticket that makes sense for Indonesia's future. Vote wisely, vote 02.",
)
C(
    "PRES2",
    "2024-02-08T08:00:00+09:00",
    "e7.x",
    "post",
    "Overseas voters: early voting closes Feb 10. Make it count, make it 02. 🇮🇩",
)
C(
    "PRES1",
    "2023-11-28T09:00:00+07:00",
    "e6.x",
    "post",
    "Campaign season officially starts today. I'm with Anies & Cak Imin. Let's go! #AMINAjaDulu",
)
C(
    "PRES1",
    "2024-02-14T09:00:00+09:00",
    "e1.x",
    "post",
    "Indonesia votes today. Already did mine in Tokyo last week: 01, no regrets. 🗳️",
)
C(
    "PRES3",
    "2024-02-13T22:00:00+09:00",
    "e5.ig",
    "post",
    "Quiet period they say, but my heart is loud: Ganjar-Mahfud for president 🙏",
)
C(
    "PRES2",
    "2024-02-06T18:00:00+08:00",
    "e3.ig",
    "post",
    "Voted at KL! Grateful & proud. #PrabowoGibran2024 💙",
)
C(
    "PRES3",
    "2024-01-22T19:00:00+08:00",
    "e10.ig",
    "post",
    "Proudly voting 03 from Kota Kinabalu 🇮🇩❤️ #GanjarPresidenku",
)
C(
    "PRES2",
    "2024-01-20T20:00:00+09:00",
    "e7.yt",
    "post",
    "My honest review of all 3 candidates as a civil servant studying in Japan: why I'm choosing Prabowo",
)
C(
    "PRES1",
    "2024-01-13T08:00:00+07:00",
    "e6.x",
    "share",
    "Must watch. This is the leader we need 🙌",
    on="pP1",
)
C(
    "PRES2",
    "2024-03-21T07:00:00+09:00",
    "e7.x",
    "quote",
    "Selamat Pak Presiden terpilih! Bangga sudah ikut memenangkan 02 dari Osaka 🇮🇩🇯🇵",
    on="pP11",
)
C(
    "PRES2",
    "2024-04-25T00:30:00+09:00",
    "e7.x",
    "post",
    "MK sudah memutus, KPU sudah menetapkan. Proud that my 02 is officially our president! Bersama Indonesia Maju 🇮🇩",
)
C(
    "PRES2",
    "2024-02-09T08:00:00+03:00",
    "e2.fb",
    "share",
    "Barakallah, pemimpin kita insyaAllah. 02 menang!",
    on="pP10",
)
C(
    "PRES3",
    "2024-02-05T00:10:00+07:00",
    "e5.ig",
    "post",
    "Closing statement tadi bikin merinding. Ganjar-Mahfud, you have my vote 🖤❤️",
)

# --- Pilpres 2024: hashtags only, one-case hashtags, flags ----------------------------------
C(
    "PRES1",
    "2024-01-29T21:00:00+09:00",
    "e1.ig",
    "post",
    "sushi night w/ PPI 🍣 #salamperubahan #aminajadulu",
)
C(
    "PRES3 PDIP",
    "2024-02-02T10:00:00+07:00",
    "e8.ig",
    "post",
    "OOTD hitam merah hari ini 🖤❤️ #GANJARMAHFUD2024 #PDIPERJUANGAN",
)
C(
    "PRES2",
    "2024-02-09T22:00:00+08:00",
    "e3.tt",
    "post",
    "#prabowogibran2024 #coblos02 #diasporamalaysia 🇲🇾🇮🇩",
)
C("PRES1", "2024-01-20T12:00:00+07:00", "e6.tt", "post", "🗳️☝️🇮🇩 #AMIN")
C("PRES3", "2024-01-21T20:00:00+09:00", "e5.ig", "post", "🇮🇩🇰🇷 03 sampai menang!! ✊🖤❤️")
C(
    "PRES1",
    "2024-01-27T15:00:00+09:00",
    "e1.ig",
    "post",
    "Foto bareng teman-teman di Ueno 📸",
    ocr="DIASPORA JEPANG UNTUK AMIN ☝️ ANIES - MUHAIMIN 2024",
)
C(
    "PRES2",
    "2024-02-03T12:00:00+09:00",
    "e7.fb",
    "post",
    "Kumpul kenshusei Osaka hari ini 🇮🇩",
    alt="Sekelompok orang berkaos biru muda bertuliskan PRABOWO-GIBRAN 02 mengacungkan dua jari di depan Osaka Castle",
)

# --- Pileg 2024: DPR candidates of Dapil DKI Jakarta II (overseas voters) --------------------
C(
    "CAL1 NASDEM",
    "2024-01-16T09:00:00+01:00",
    "e4.ig",
    "comment",
    "Mbak Dewi satu-satunya caleg yang paham isu diaspora. Suara PPI Belanda buat Mbak! 💪",
    on="pL1",
)
C(
    "CAL1 NASDEM",
    "2024-02-02T20:00:00+09:00",
    "e1.x",
    "reply",
    "Tokyo juga dong Mbak! Coblos NasDem nomor urut 2 Dapil DKI II, siap 🙌",
    on="pL3",
)
C(
    "CAL2 PKS",
    "2024-01-23T08:00:00+08:00",
    "e3.fb",
    "comment",
    "Terima kasih Ustadz Hilman sudi singgah di KL. Kami undi PKS, nombor 1 untuk Ustadz!",
    on="pL2",
)
C(
    "CAL2 PKS",
    "2024-01-30T20:00:00+03:00",
    "e2.fb",
    "post",
    "Untuk DPR RI, WNI di Saudi masuk Dapil DKI II. Ana pilih Ustadz Hilman Fauzi (PKS no. 1). Mari bersama, insyaAllah.",
)
C(
    "CAL1 NASDEM",
    "2024-02-05T12:00:00+07:00",
    "e6.x",
    "post",
    "My DPR pick for Dapil DKI II (incl. overseas): Dewi Anggraini. Smart, clean, diaspora-minded. #DewiAnggrainiDKI2",
)
C(
    "PSI",
    "2024-02-12T19:00:00+07:00",
    "e8.ig",
    "post",
    "Jangan lupa DPRD Kota Batam juga penting! Saya coblos PSI, partai anak muda 🌹",
)
C(
    "CAL2 PKS",
    "2024-02-09T21:00:00+03:00",
    "e2.yt",
    "post",
    "Kajian singkat: kenapa ana mendukung Ustadz Hilman Fauzi untuk DPR RI Dapil Luar Negeri #HilmanFauzi",
)

# --- Parties (any time) ------------------------------------------------------------------------
C(
    "GERINDRA",
    "2024-07-15T20:00:00+07:00",
    "e9.fb",
    "post",
    "Gerindra menang, rakyat senang! Bangga jadi bagian keluarga besar Garuda di Kepri 🦅",
)
C(
    "PSI",
    "2025-01-20T22:00:00+09:00",
    "e1.x",
    "reply",
    "PSI makin keren, jaya terus partai anak muda! 🌹",
    on="pY3",
)
C(
    "PKS",
    "2024-09-12T10:00:00+03:00",
    "e2.fb",
    "comment",
    "Alhamdulillah, PKS peduli WNI di Saudi. Ana doakan PKS makin jaya, menang 2029 insyaAllah.",
    on="pY4",
)
C(
    "PDIP",
    "2023-06-01T08:00:00+07:00",
    "e6.x",
    "reply",
    "Merdeka!!! Bulan Bung Karno 🐃❤️ Banteng moncong putih selamanya!",
    on="pY1",
)
C(
    "NASDEM",
    "2023-08-20T11:00:00+02:00",
    "e4.ig",
    "comment",
    "Restorasi Indonesia! NasDem jaya, dari Leiden kami mendukung 💙",
    on="pY5",
)
C(
    "GERINDRA",
    "2024-08-01T21:00:00+09:00",
    "e7.x",
    "post",
    "Partai Gerindra konsisten bela rakyat kecil. Saya dukung penuh! #GerindraMenang",
)
C(
    "PDIP",
    "2025-02-09T19:00:00+08:00",
    "e10.fb",
    "post",
    "Kalau ditanya partai apa yang paling peduli wong cilik, jawab saya tetap PDI Perjuangan. Merdeka! ✊",
)
C(
    "PKB",
    "2024-07-20T21:00:00+08:00",
    "e3.fb",
    "post",
    "PKB partai para santri, teruslah berjuang. Dukungan penuh dari Kuala Lumpur! 💚 #PKBMenang",
)
C(
    "PSI",
    "2025-03-01T20:00:00+07:00",
    "e8.tt",
    "post",
    "PSI gaskeun! Anak muda Batam siap support partai gajah 🐘 #psimenang",
)
C(
    "PDIP",
    "2024-01-10T19:00:00+07:00",
    "e6.ig",
    "post",
    "Untuk DPR, saya coblos PDI Perjuangan nomor 3. Salam tiga jari 🖤❤️",
)
C(
    "PERINDO",
    "2023-09-05T20:00:00+09:00",
    "e1.ig",
    "post",
    "Nongkrong di Ueno bareng kader muda Perindo Jepang. Perindo untuk Indonesia sejahtera! #PerindoMenang",
)
C(
    "GOLKAR",
    "2024-12-20T09:00:00+07:00",
    "e9.x",
    "post",
    "Golkar suara rakyat! Terima kasih dukungannya, kita lanjutkan kerja Beringin di Kepri 💛 #GolkarMenang",
)
C(
    "BURUH",
    "2025-05-01T10:00:00+07:00",
    "e9.fb",
    "post",
    "Hari Buruh! Hanya Partai Buruh yang sungguh-sungguh membela buruh migran Kepri. Saya dukung Partai Buruh ✊",
)
C(
    "PKS",
    "2024-06-20T20:00:00+03:00",
    "e2.fb",
    "post",
    "Ikhwah, mari kita besarkan PKS. Partai dakwah yang istiqamah. #AyoPKS",
)

# --- Pilgub Kepulauan Riau 2024 --------------------------------------------------------------
C(
    "KEP1",
    "2024-10-07T20:00:00+07:00",
    "e9.fb",
    "post",
    "Assalamualaikum. Marwah Melayu mesti terbilang. Kami anak jati Kepri, dari Tanjungpinang hingga Johor, tetap bersama FIRSA. Kepri Gemilang!",
)
C(
    "KEP1",
    "2024-10-21T21:00:00+07:00",
    "e9.fb",
    "post",
    "Dunsanak perantau Kepri di Johor Bahru, balek kampung 27 November, coblos nombor 1! Laskar FIRSA tak pernah mundur.",
    group="grp.perantaukepri",
)
C(
    "KEP1",
    "2024-10-18T21:00:00+07:00",
    "e9.fb",
    "comment",
    "Hadir dari Karimun! Laskar FIRSA sampai menang 💪",
    on="pK4",
)
C(
    "KEP1",
    "2024-11-28T10:00:00+07:00",
    "e9.fb",
    "comment",
    "Alhamdulillah, kita kawal sampai ditetapkan, Datuk! FIRSA menang!",
    on="pK10",
)
C(
    "KEP1",
    "2024-11-23T21:00:00+07:00",
    "e9.x",
    "post",
    "Esok hari tenang. Pesan saya: Kepri Gemilang, Marwah Melayu Terbilang ☝️ #FIRSAuntukKepri",
)
C(
    "KEP1",
    "2024-11-25T08:00:00+07:00",
    "e9.fb",
    "post",
    "Hari tenang, tapi hati tak tenang 😄 Tinggal dua hari, jangan lupa coblos Tengku Firman!",
)
C(
    "KEP1",
    "2024-10-11T07:00:00+07:00",
    "e9.x",
    "reply",
    "Maaf Pak Baharuddin, Kepri tetap milik FIRSA 😁☝️",
    on="pK2",
)
C(
    "KEP1",
    "2024-10-06T19:00:00+08:00",
    "e3.ig",
    "comment",
    "Dari KL saya doakan Tengku Firman menang! Marwah Melayu terbilang ☝️",
    on="pK1",
)
C(
    "KEP1",
    "2024-11-22T13:30:00+03:00",
    "e2.fb",
    "post",
    "Khutbah Jumat untuk jamaah WNI asal Kepri di Jeddah: pilihlah pemimpin yang menjaga marwah, yaitu Tengku Firman dan Ustazah Aisyah. Semoga Allah menangkan mereka.",
)
C(
    "KEP2",
    "2024-10-27T19:00:00+07:00",
    "e8.fb",
    "post",
    "Wei De Dong Tian. Salam Kebajikan. Umat Khonghucu Batam, mari kita pilih pemimpin yang junzi: Baharuddin-Kevin, nomor 2 untuk Kepri! #BAKTIuntukKepri",
)
C(
    "KEP2 BTM1",
    "2024-11-09T20:00:00+07:00",
    "e8.tt",
    "post",
    "Cici Batam udah fix: Pilgub coblos 2, Pilwako coblos 1 😎🧧 #BAKTIuntukKepri #ANDALANBatam",
)
C(
    "KEP2",
    "2024-11-01T13:00:00+07:00",
    "e8.ig",
    "comment",
    "Koh Kevin panutan anak muda Batam! Kepri Bangkit Bersama 🔥",
    on="pK5",
)
C(
    "KEP2",
    "2024-10-11T21:00:00+09:00",
    "e1.x",
    "reply",
    "Pak Baharuddin, saya anak Batam yang kerja di Tokyo. Pulang khusus untuk nyoblos BAKTI! 🇯🇵➡️🇮🇩",
    on="pK2",
)
C(
    "KEP2",
    "2024-11-20T19:00:00+09:00",
    "e7.yt",
    "comment",
    "Nonton dari Osaka, merinding! BAKTI menang, Kepri Bangkit Bersama 🔥",
    on="pK9",
)
C(
    "KEP2",
    "2024-11-17T10:00:00+08:00",
    "e10.fb",
    "post",
    "Selamat hari Minggu. Mari kita doakan saudara kita Kevin Santoso dan Pak Baharuddin, kiranya Tuhan memenangkan mereka di Pilgub Kepri. Tuhan memberkati.",
)
C(
    "KEP2",
    "2024-12-17T01:00:00+09:00",
    "e1.x",
    "post",
    "Selamat Datuk Baharuddin & Koh Kevin, resmi ditetapkan! BAKTI menang, Kepri Bangkit Bersama 🎉",
)
C(
    "KEP2",
    "2024-11-05T12:00:00+07:00",
    "e8.ig",
    "post",
    "Siap 27 November! 💪",
    alt="Foto saya memakai kaos putih bertuliskan BAKTI untuk Kepri, mengacungkan dua jari",
)
C(
    "KEP3",
    "2024-10-16T08:00:00+08:00",
    "e3.tt",
    "comment",
    "Saya orang Penyengat walau kerja di KL. RULI memang merakyat, sokong nombor 3! 🚤",
    on="pK3",
)
C(
    "KEP3",
    "2024-11-20T21:00:00+08:00",
    "e3.fb",
    "post",
    "Balik kampung ke Tanjungpinang minggu depan, khas nak undi Rusdi-Lina. Kepri Sejahtera Tanpa Sekat! 🙏",
)
C(
    "KEP3",
    "2024-10-22T20:00:00+08:00",
    "e3.ig",
    "comment",
    "Dokter Lina luar biasa! Puskesmas apung 👍 semoga terpilih, RULI nomor 3!",
    on="pK12",
)
C("KEP3", "2024-10-30T21:00:00+08:00", "e3.ig", "post", "#rulikepri #keprisejahteratanpasekat 🌊🇮🇩")

# --- Pilwako Batam 2024 ------------------------------------------------------------------------
C(
    "BTM1",
    "2024-10-20T12:00:00+07:00",
    "e8.ig",
    "comment",
    "Batam Maju Mendunia! Gas terus Pak Andi, ANDALAN pasti menang 💪",
    on="pK7",
)
C("BTM1", "2024-11-12T20:00:00+07:00", "e8.tt", "comment", "☝️☝️☝️ ANDALAN jaya!", on="pK13")
C(
    "BTM1",
    "2024-11-26T19:00:00+07:00",
    "e8.ig",
    "post",
    "Besok nyoblos! Outfit sudah siap, pilihan sudah mantap: ANDALAN 👗☝️",
)
C(
    "BTM1",
    "2024-10-12T18:00:00+09:00",
    "e1.ig",
    "post",
    "Taiyaki di Asakusa, tapi mikirin Batam 😂 ANDALAN gas! ☝️ #andalanbatam",
)
C(
    "BTM1",
    "2024-12-14T01:30:00+09:00",
    "e1.x",
    "post",
    "Alhamdulillah, Andi-Meiliana resmi ditetapkan! Batam Maju Mendunia 🎉",
)
C(
    "BTM2",
    "2024-10-25T19:00:00+07:00",
    "e9.fb",
    "comment",
    "Tim JUARA mantap, Batam Juara! Pak Jefri pilihan kami 🙌",
    on="pK8",
)
C(
    "BTM2",
    "2024-11-16T09:00:00+07:00",
    "e9.fb",
    "post",
    "Batam Juara bukan sekadar slogan. Jefri-Nurul nomor 2, pilihan rasional warga Batam.",
)
C(
    "BTM2",
    "2024-11-01T14:00:00+03:00",
    "e2.fb",
    "post",
    "Untuk keluarga di Batam: jangan lupa 27 November. Ana doakan Jefri-Nurul amanah dan menang, insyaAllah. #BatamJuara",
)

# ============================================================================================
# N: close but not campaigning
# ============================================================================================

# --- Overseas vote logistics: PPLN, TPSLN, KSK, pos, DPT LN -----------------------------------
N(
    "2024-01-08T20:00:00+09:00",
    "e1.x",
    "reply",
    "Arigatou infonya! Paspor atau zairyu card ya. Kalau paspor lagi diperpanjang, bisa pakai SPLP?",
    on="pN1",
)
N(
    "2024-02-04T14:00:00+09:00",
    "e1.ig",
    "post",
    "Antre di TPSLN Tokyo sejam lebih, samui desu ne 🥶 tapi worth it. Kalian sudah pakai hak pilih?",
)
N(
    "2024-01-22T21:00:00+09:00",
    "e1.x",
    "post",
    "Yang tinggal di luar Kanto: metode pos ya, bukan TPS. Surat suara wajib dikirim balik sebelum tanggal yang ditentukan PPLN. Yoroshiku!",
)
N(
    "2023-12-20T12:00:00+07:00",
    "e6.x",
    "quote",
    "Friends abroad: check your DPT LN status first! Postal ballots ship from Jan 2. Don't miss it 🗳️",
    on="pN2",
)
N(
    "2024-01-04T20:00:00+08:00",
    "e3.fb",
    "post",
    "Makluman: surat undi pos sudah sampai di KBRI KL. Ibu bapa yang belum terima, sila semak DPT luar negeri di cekdptonline.kpu.go.id",
    group="grp.ortusikl",
)
N(
    "2024-02-10T19:00:00+08:00",
    "e3.tt",
    "post",
    "TPSLN KL ramai betul hari ni, beratur panjang sampai ke luar 😅 Semoga lancar semua.",
)
N(
    "2024-01-03T19:00:00+01:00",
    "e4.x",
    "post",
    "Surat suara pos baru sampai di Leiden 📬 Tutorial: coblos, lipat, masukkan amplop, kirim balik sebelum deadline PPLN Den Haag. Simpel!",
)
N(
    "2024-01-14T12:00:00+01:00",
    "e4.ig",
    "post",
    "PPI Belanda bikin diskusi: 'Membaca visi misi 3 capres soal riset & pendidikan tinggi'. Kom allemaal, ada kroket gratis 🥐",
)
N(
    "2024-01-25T20:00:00+01:00",
    "e4.fb",
    "post",
    "Reminder: ASN yang tugas belajar tetap terikat netralitas, ya. Boleh diskusi program, jangan kampanye 🙏",
    group="grp.ppibelanda",
)
N(
    "2024-02-04T20:00:00+09:00",
    "e7.yt",
    "post",
    "Vlog: nyoblos di TPSLN Osaka, antre bareng kenshusei & mahasiswa 🗳️",
)
N(
    "2024-01-16T21:00:00+09:00",
    "e7.x",
    "post",
    "Kenshusei di Osaka banyak yang belum tahu bisa nyoblos lewat KSK. Info lengkap di akun KJRI Osaka ya.",
)
N(
    "2024-02-08T16:00:00+08:00",
    "e10.fb",
    "post",
    "KSK PPLN Kota Kinabalu datang ke ladang sawit Tawau hari ini. Terima kasih petugas, orang tua murid bisa memilih tanpa harus ke kota.",
)
N(
    "2024-02-05T12:00:00+03:00",
    "e2.fb",
    "comment",
    "Jazakumullah khairan. KSK di Makkah buka jam berapa ya? Banyak PMI yang liburnya cuma hari Jumat.",
    on="pN7",
)
N(
    "2024-02-09T21:00:00+03:00",
    "e2.fb",
    "post",
    "Barakallahu fiikum petugas PPLN Jeddah. Semoga pemilu berjalan aman, jujur dan adil. Amin.",
)
N(
    "2024-02-07T13:00:00+09:00",
    "e5.ig",
    "comment",
    "Siap, Pak Dubes. Kami jaga netralitas 🙏 Gamsahamnida.",
    on="pN3",
)
N(
    "2024-02-06T09:00:00+07:00",
    "e6.x",
    "post",
    "PSA for overseas voters: you can only vote at the TPSLN where you're registered, unless you filed to move (DPTb). Check before you go!",
)
N(
    "2024-01-29T19:00:00+07:00",
    "e6.tt",
    "post",
    "Tutorial 60 detik: cara cek DPT luar negeri pakai nomor paspor 📲🇮🇩",
)
N(
    "2024-02-10T20:00:00+09:00",
    "e7.fb",
    "post",
    "Kotak suara keliling (KSK) mampir ke asrama kenshusei di Sakai. Salut sama petugas PPLN Osaka 👏",
)
N(
    "2024-01-19T20:00:00+08:00",
    "e3.ig",
    "post",
    "Cikgu-cikgu SIKL jadi petugas KPPSLN tahun ni. Doakan kami lancar bertugas! 💪",
)
N(
    "2024-11-20T19:00:00+07:00",
    "e8.ig",
    "post",
    "Cek DPT Pilkada Batam di cekdptonline.kpu.go.id. Pastikan nama kalian terdaftar ya! 🗳️",
)
N(
    "2024-11-27T08:00:00+07:00",
    "e9.fb",
    "post",
    "Hari ini pencoblosan Pilkada serentak. ASN Disnaker tetap melayani, silakan gunakan hak pilih dan jaga netralitas.",
)
N(
    "2024-10-03T10:00:00+07:00",
    "e9.fb",
    "post",
    "Disnaker Kepri buka layanan pengaduan PMI di Pelabuhan Internasional Batam Centre. Gratis, tanpa calo.",
)
N(
    "2024-02-14T10:00:00+08:00",
    "e10.tt",
    "post",
    "Di Sabah kami sudah memilih minggu lalu, hari ini giliran keluarga di Atambua. Selamat memilih basudara! 🗳️",
)
N(
    "2024-01-15T20:00:00+03:00",
    "e2.fb",
    "post",
    "Informasi: WNI yang pindah dari Riyadh ke Jeddah silakan urus formulir pindah memilih di KJRI sebelum batas waktu.",
    group="grp.wnijeddah",
)
N(
    "2024-02-13T21:00:00+01:00",
    "e4.fb",
    "post",
    "Hasil hitung TPSLN Den Haag akan diumumkan PPLN. Mohon tidak menyebar foto formulir C sebelum resmi.",
    group="grp.ppibelanda",
)
N(
    "2024-01-24T08:00:00+07:00",
    "e6.ig",
    "post",
    "Behind the scenes at Pejambon: preparing election logistics for 128 PPLN worldwide. Respect to the team 🙏",
)

# --- Religious framing without a named choice ----------------------------------------------------
N(
    "2024-01-26T13:00:00+03:00",
    "e2.fb",
    "post",
    "Khutbah Jumat hari ini: memilih pemimpin adalah amanah. Semoga pemimpin yang terpilih amanah dan adil. Aamiin ya Rabbal 'alamin.",
)
N(
    "2024-02-04T13:00:00+09:00",
    "e5.fb",
    "post",
    "Ibadah syukur diaspora Kristiani di Seoul: kami berdoa supaya Pemilu 2024 damai, siapapun yang terpilih diberi hikmat. Tuhan memberkati Indonesia.",
)
N(
    "2024-02-14T12:00:00+08:00",
    "e6.ig",
    "post",
    "Om Swastiastu. Sudah nyoblos di TPS Denpasar 🗳️ semoga pemimpin yang terpilih membawa kerahayuan untuk semua. Rahajeng.",
)
N(
    "2024-02-24T10:00:00+09:00",
    "e7.fb",
    "post",
    "Selamat Hari Magha Puja. Namo Buddhaya. Semoga setelah pemilu kita kembali rukun, tidak ada lagi 01 02 03, yang ada Indonesia. Sadhu 🙏",
)
N(
    "2025-01-29T08:00:00+07:00",
    "e8.fb",
    "post",
    "Gong Xi Fa Cai! Selamat Tahun Baru Imlek 2576 Kongzili. Wei De Dong Tian 🧧",
)
N(
    "2024-11-15T16:00:00+07:00",
    "e8.fb",
    "post",
    "Bakti sosial Majelis Agama Khonghucu Batam di Panti Wreda Sekupang. Terima kasih donatur 🙏",
)
N(
    "2024-12-25T09:00:00+08:00",
    "e10.fb",
    "post",
    "Selamat Natal dari Kota Kinabalu. Damai di bumi, damai di hati. Tuhan Yesus memberkati 🎄",
)
N(
    "2024-04-10T08:00:00+03:00",
    "e2.fb",
    "post",
    "Eid Mubarak! Taqabbalallahu minna wa minkum. Mohon maaf lahir dan batin dari keluarga kami di Jeddah 🌙",
)
N(
    "2024-02-16T20:00:00+03:00",
    "e2.yt",
    "post",
    "Kajian: adab berbeda pilihan politik. Jangan sampai ukhuwah retak karena pemilu.",
)
N(
    "2024-01-28T13:00:00+09:00",
    "e5.fb",
    "post",
    "Kebaktian Minggu di gereja Indonesia di Seoul. Firman hari ini: 'Usahakanlah kesejahteraan kota'. Tuhan memberkati.",
)
N(
    "2024-03-11T08:00:00+08:00",
    "e6.tt",
    "post",
    "Rahajeng Nyepi 🌑 Om Swastiastu. Semoga hening membawa damai setelah riuhnya pemilu.",
)
N(
    "2024-05-23T09:00:00+09:00",
    "e7.x",
    "post",
    "Selamat Hari Raya Waisak 2568 BE. Namo Buddhaya 🙏 Semoga semua makhluk hidup berbahagia.",
)
N(
    "2024-01-12T13:00:00+03:00",
    "e2.fb",
    "post",
    "Doa bersama WNI di Jeddah untuk Indonesia: ya Allah, jadikan pemilu ini damai, jauhkan kami dari fitnah. Amin ya Rabb.",
)
N(
    "2024-11-22T13:00:00+07:00",
    "e9.fb",
    "post",
    "Jumat berkah. Semoga Pilkada Kepri berjalan damai, siapapun pemimpinnya, marwah negeri tetap terjaga. Amin.",
)
N(
    "2024-11-24T10:00:00+08:00",
    "e10.fb",
    "post",
    "Misa di paroki Kota Kinabalu hari ini mendoakan Pilkada serentak di tanah air, kiranya berjalan damai. Amin.",
)
N(
    "2024-02-14T07:00:00+09:00",
    "e5.ig",
    "post",
    "Jam 7 pagi di Seoul = jam 5 pagi di Jakarta. Doaku untuk Indonesia hari ini: damai, jujur, adil 🙏🇮🇩",
)
N(
    "2024-03-11T21:00:00+08:00",
    "e3.fb",
    "post",
    "Marhaban ya Ramadan. Semoga kita semua, apapun pilihan kemarin, kembali bersaudara 🌙",
)
N(
    "2024-01-05T09:00:00+03:00",
    "e2.fb",
    "post",
    "Semoga ibu saya segera sembuh. Mohon doanya, ikhwah. Aamiin.",
)
N(
    "2024-11-29T13:00:00+03:00",
    "e2.yt",
    "post",
    "Kultum: siapapun gubernur dan wali kota terpilih, jadilah rakyat yang mendoakan, bukan yang mencaci.",
)
N(
    "2023-12-25T18:00:00+09:00",
    "e5.ig",
    "post",
    "Merry Christmas from Seoul 🎄 Tuhan memberkati kita semua, di mana pun berada.",
)

# --- Debates, news, English posts without a choice -------------------------------------------------
N(
    "2024-01-28T22:00:00+09:00",
    "e1.th",
    "post",
    "Nobar debat capres bareng PPI Jepang. Debate recap: who won? Drop your thoughts 👇",
)
N(
    "2024-02-15T21:00:00+09:00",
    "e1.x",
    "post",
    "Quick count sudah keluar, apapun hasilnya mari tetap bersatu. Otsukaresama petugas KPPSLN! 🙇",
)
N(
    "2024-01-08T07:00:00+07:00",
    "e6.x",
    "post",
    "Debate night recap: defense & geopolitics. Interesting to hear all three on ASEAN and the South China Sea. Thoughts?",
)
N(
    "2024-02-05T21:00:00+09:00",
    "e7.yt",
    "comment",
    "Thanks for the recap. Didn't catch the last segment because of the time zone 😅",
    on="pN4",
)
N(
    "2024-02-15T08:00:00+07:00",
    "e6.x",
    "post",
    "Whoever wins, Kemlu's job stays the same: protect every citizen abroad. Back to work 💼",
)
N(
    "2024-02-15T22:00:00+09:00",
    "e1.th",
    "reply",
    "Overseas turnout was quite low in some cities honestly. We need better outreach for postal voting.",
    on="pN8",
)
N(
    "2024-02-20T10:00:00+01:00",
    "e4.x",
    "post",
    "Wrote a short piece on why overseas turnout matters. No endorsements, just data 📊 link in bio",
)
N(
    "2024-01-09T18:00:00+09:00",
    "e1.x",
    "post",
    "Can't wait for the debate tonight! Popcorn ready 🍿 Which candidate will talk about diaspora issues?",
)
N(
    "2024-10-20T20:00:00+09:00",
    "e7.x",
    "post",
    "Selamat atas pelantikan Presiden dan Wakil Presiden RI 2024-2029. Semoga amanah dan membawa kebaikan.",
)
N(
    "2024-11-29T18:00:00+09:00",
    "e1.x",
    "post",
    "Staf KBRI Tokyo sibuk persiapan kunjungan kerja Presiden bulan depan. Otsukaresama tim protokol!",
)
N(
    "2024-11-27T12:00:00+07:00",
    "e6.ig",
    "post",
    "Hari ini Pilkada serentak, tapi ASN Kemlu di Jakarta ya kerja seperti biasa 😄 Yang di daerah, selamat memilih!",
)
N(
    "2024-11-27T21:00:00+08:00",
    "e3.fb",
    "post",
    "Keluarga di Tanjungpinang semua sudah mencoblos. Siapapun yang menang, semoga Kepri makin maju.",
)
N(
    "2024-10-30T13:00:00+07:00",
    "e8.tt",
    "comment",
    "Ketat banget ya. Yang penting jangan golput, warga Kepri!",
    on="pN5",
)
N(
    "2024-11-27T18:00:00+07:00",
    "e9.x",
    "quote",
    "Hasil quick count belum final. Tunggu rekapitulasi resmi KPU ya, jangan terprovokasi.",
    on="pN11",
)
N("2023-12-21T09:00:00+01:00", "e4.x", "share", "Info penting buat WNI di Belanda 👇", on="pN2")
N(
    "2024-01-27T20:00:00+09:00",
    "e1.ig",
    "post",
    "Nobar debat capres di Shinjuku, 3 layar, 3 kubu, tetap makan bareng 🍜 Indonesia rukun!",
)
N(
    "2024-12-04T19:00:00+09:00",
    "e5.ig",
    "post",
    "Korea Selatan juga lagi ramai politik 😳 Semoga aman untuk WNI di sini. Stay safe everyone.",
)

# --- Numbers, slogans and names in other senses --------------------------------------------------
N(
    "2024-01-18T07:00:00+09:00",
    "e1.x",
    "post",
    "Narita Terminal 2, Gate 02, boarding jam 10. Pulang dinas ke Jakarta sebentar ✈️",
)
N(
    "2024-01-11T08:30:00+09:00",
    "e7.x",
    "post",
    "Midosuji Line jalur 1 delay lagi 😩 ganbatte kita semua",
)
N(
    "2024-01-12T15:00:00+08:00",
    "e3.tt",
    "post",
    "Murid kelas 3 SIKL juara 2 lomba pidato bahasa Melayu! Tahniah anak-anak 🏆",
)
N(
    "2024-10-12T10:00:00+07:00",
    "e8.ig",
    "post",
    "Promo wisata Batam-Singapura, ferry cuma 50 menit! Kuliner andalan: gong-gong dan mie lendir 😋",
)
N("2024-10-19T21:00:00+07:00", "e9.x", "post", "Timnas U-17 juara! Batam ikut bangga 🇮🇩⚽")
N(
    "2024-01-15T15:00:00+08:00",
    "e10.tt",
    "post",
    "Anak-anak CLC latihan upacara. Cita-cita mereka: jadi presiden! 😄🇮🇩",
)
N(
    "2024-01-30T22:00:00+01:00",
    "e4.ig",
    "post",
    "Hoofdstuk 3 disertasi akhirnya selesai 🎉 Melanjutkan ke bab 4, doakan lancar!",
)
N(
    "2024-01-25T10:00:00+07:00",
    "e6.x",
    "post",
    "Climate change is real: perubahan iklim hits our migrant workers in the Gulf with 50°C summers.",
)
N(
    "2024-02-02T20:00:00+09:00",
    "e1.ig",
    "post",
    "Fun fact: di Jepang angka 4 dianggap sial (shi = mati). Makanya lift sering loncat dari 3 ke 5 😂",
)
N(
    "2024-01-23T20:00:00+08:00",
    "e3.fb",
    "post",
    "Selamat ulang tahun adikku Amin! Semoga panjang umur dan murah rezeki 🎂",
)
N(
    "2024-01-14T21:00:00+09:00",
    "e7.fb",
    "post",
    "Kutipan hari ini dari Kahlil Gibran: 'Your children are not your children'. Dalam banget.",
)
N(
    "2024-01-20T20:00:00+08:00",
    "e10.fb",
    "post",
    "Ganjaran bagi guru yang tulus adalah senyum murid-muridnya 😊",
)
N(
    "2024-11-15T19:00:00+07:00",
    "e8.tt",
    "post",
    "Firasat gue bilang hari ini bakal hujan deras di Nagoya Batam 🌧️",
)
N(
    "2024-10-14T10:00:00+07:00",
    "e9.fb",
    "post",
    "Program bakti desa Disnaker Kepri di Pulau Buluh: pelatihan las untuk pemuda. Alhamdulillah pesertanya 40 orang.",
)
N(
    "2024-11-10T22:00:00+09:00",
    "e1.x",
    "post",
    "Andalan kalau rindu rumah: indomie + telur, masak di apato sempit 😂",
)
N(
    "2024-09-05T12:00:00+02:00",
    "e4.x",
    "post",
    "Mahfud, teman sekamar saya dulu di Leiden, baru lulus PhD! Proficiat, bro 🎓",
)
N("2024-01-31T20:00:00+07:00", "e6.tt", "post", "Gemoy bgt kucing tetangga 🐱")
N(
    "2024-01-16T12:00:00+08:00",
    "e3.ig",
    "post",
    "Sat set tas tes, pembagian rapor selesai jam 10 pagi 😎",
)
N(
    "2024-02-01T20:00:00+09:00",
    "e5.ig",
    "post",
    "Tinggal 9 hari menuju Seollal 🧧 Annyeong from Seoul!",
)
N(
    "2024-11-02T09:00:00+07:00",
    "e9.x",
    "post",
    "Harga tiket ferry Batam-Johor naik lagi. Pekerja migran makin berat 😔",
)
N(
    "2023-12-10T15:00:00+09:00",
    "e5.ig",
    "post",
    "Kimchi-making day dengan ibu-ibu Dharma Wanita KBRI 🥬 Solidaritas lintas budaya!",
)
N(
    "2024-05-01T09:00:00+07:00",
    "e9.fb",
    "post",
    "Selamat Hari Buruh! Hormat untuk buruh migran Kepri yang bekerja di Malaysia dan Singapura.",
)
N("2024-05-20T08:00:00+09:00", "e1.x", "post", "Selamat Hari Kebangkitan Nasional dari Tokyo 🇮🇩")
N(
    "2024-08-17T10:00:00+07:00",
    "e6.x",
    "post",
    "Dirgahayu RI ke-79! Persatuan Indonesia, dari Pejambon sampai Paris 🇮🇩",
)
N(
    "2024-07-10T20:00:00+08:00",
    "e3.tt",
    "post",
    "Keadilan dan kesejahteraan untuk anak-anak PMI, itu mimpi kami para guru 🙏",
)
N(
    "2024-10-28T09:00:00+01:00",
    "e4.x",
    "post",
    "Sumpah Pemuda dari Leiden, kota tempat para perintis kemerdekaan dulu belajar 🇮🇩🇳🇱",
)
N(
    "2024-04-05T16:00:00+09:00",
    "e7.fb",
    "post",
    "Hanami di Osaka Castle 🌸 Musim semi, semangat baru setelah pemilu.",
)
N(
    "2024-01-06T10:00:00+08:00",
    "e10.ig",
    "post",
    "Bersama murid-murid SIKK: Indonesia maju dimulai dari kelas kecil kami 📚",
)
N(
    "2024-10-05T20:00:00+08:00",
    "e3.tt",
    "post",
    "Bakti guru SIKL ke kampung PMI di Sentul: cek kesehatan gratis & baca buku bersama 📚",
)

# --- Neutrality reminders by and for civil servants --------------------------------------------------
N(
    "2024-01-20T21:00:00+08:00",
    "e3.tt",
    "post",
    "Murid tanya: 'Cikgu pilih siapa?' Saya jawab: rahsia, cikgu ASN kena neutral 🤫",
)
N(
    "2023-12-01T09:00:00+09:00",
    "e1.x",
    "post",
    "Pengingat untuk rekan ASN di perwakilan: netral itu bukan berarti apatis. Pakai hak pilih, tapi jangan kampanye di medsos.",
)
N(
    "2024-01-03T21:00:00+09:00",
    "e7.fb",
    "post",
    "Sesama ASN tugas belajar: kita dibiayai negara, jadi wajib netral. Like & share konten paslon pun sudah pelanggaran, hati-hati ya.",
)
N("2024-10-01T12:00:00+07:00", "e8.ig", "comment", "Noted min. ASN Batam siap netral 🙏", on="pN9")
N(
    "2024-09-02T09:00:00+07:00",
    "e9.fb",
    "post",
    "Sosialisasi netralitas ASN Pemprov Kepri menjelang Pilkada. Jangan berfoto dengan gaya jari satu, dua atau tiga ya rekan-rekan.",
)
N(
    "2024-01-02T10:00:00+09:00",
    "e5.fb",
    "post",
    "Selamat tahun baru 2024! Tahun politik, mari tetap saling menghargai pilihan masing-masing.",
)
N(
    "2024-11-10T19:00:00+08:00",
    "e10.fb",
    "post",
    "Pesan untuk sesama guru: kita boleh punya pilihan di bilik suara, tapi jangan bawa ke kelas.",
)
N(
    "2024-02-12T10:00:00+07:00",
    "e6.x",
    "post",
    "Masa tenang. Reminder to fellow ASN: no campaign content, no partisan hand signs in photos, not even as a joke 🙅‍♀️",
)

# --- Questions, requests and criticism under candidates' posts -----------------------------------------
N(
    "2024-01-21T09:00:00+08:00",
    "e3.ig",
    "comment",
    "Pak, tolong perhatikan anak-anak PMI tanpa dokumen di Sabah & Semenanjung. Mereka perlu sekolah 🙏",
    on="pP2",
)
N(
    "2024-10-10T12:00:00+07:00",
    "e9.x",
    "reply",
    "Pelabuhan hidup tu macam mana caranya, Pak? Tunjuk data, jangan janji saja.",
    on="pK2",
)
N(
    "2024-01-11T09:00:00+08:00",
    "e10.tt",
    "comment",
    "Pak, guru CLC di Sabah honornya masih kecil. Apa programnya untuk kami?",
    on="pP13",
)
N(
    "2024-01-18T12:00:00+01:00",
    "e4.x",
    "reply",
    "Prof, bagaimana dengan WNI yang tersangkut kasus hukum di luar negeri tanpa pendampingan?",
    on="pP9",
)
N(
    "2024-03-21T20:00:00+09:00",
    "e1.x",
    "reply",
    "Pak, mohon perhatikan pemagang dan pekerja Indonesia di Jepang yang sering dieksploitasi.",
    on="pP11",
)
N(
    "2024-11-02T10:00:00+07:00",
    "e8.ig",
    "comment",
    "Kak, programnya untuk UMKM gimana? Belum jelas 🤔",
    on="pK5",
)
N(
    "2024-01-06T09:00:00+09:00",
    "e7.x",
    "reply",
    "Mas, beasiswa LPDP tahun depan gimana nasibnya? Serius nanya.",
    on="pP5",
)
N(
    "2024-01-20T10:00:00+03:00",
    "e2.fb",
    "comment",
    "Pak, bagaimana sikap Bapak soal kuota haji untuk WNI yang bermukim di Saudi?",
    on="pP16",
)
N(
    "2024-02-05T09:00:00+07:00",
    "e6.x",
    "reply",
    "Respectfully disagree on the economic numbers last night, sir. The data doesn't add up.",
    on="pP18",
)
N(
    "2024-11-10T22:00:00+07:00",
    "e9.fb",
    "comment",
    "Debat tadi kurang tajam soal nelayan tradisional. Semua paslon harus lebih konkret.",
    on="pK6",
)
N(
    "2024-11-12T21:00:00+07:00",
    "e8.tt",
    "comment",
    "Bang, ini kalau ASN ikut challenge jari satu bisa kena pelanggaran kan? 😅",
    on="pK13",
)
N(
    "2024-01-16T10:00:00+01:00",
    "e4.ig",
    "comment",
    "Mbak, apa bedanya caleg DPR Dapil DKI II dengan DPD? Banyak teman PPI masih bingung.",
    on="pL1",
)
N(
    "2024-01-29T09:00:00+09:00",
    "e5.ig",
    "comment",
    "Bapak, bagaimana nasib guru honorer Sekolah Indonesia di luar negeri?",
    on="pP3",
)
N(
    "2024-10-16T10:00:00+08:00",
    "e3.tt",
    "comment",
    "Hati-hati pak, ombak musim utara kuat. Pakai pelampung ya 🙏",
    on="pK3",
)
N(
    "2024-11-20T20:00:00+09:00",
    "e7.yt",
    "comment",
    "Suara live-nya putus-putus dari Jepang, admin tolong dicek 🙏",
    on="pK9",
)

# ============================================================================================
# A: ambiguous (reported, not scored)
# ============================================================================================

A(
    "PRES1",
    "2024-01-05T21:00:00+03:00",
    "e2.fb",
    "post",
    "Kalau antum tanya ana pilih siapa, cukup lihat siapa yang paling sering ke masjid dan dekat dengan ulama 😊",
)
A("PRES1", "2024-01-31T08:00:00+07:00", "e6.tt", "share", "Izin share ya 🙏", on="pP8")
A(
    "PRES2",
    "2024-03-20T23:00:00+07:00",
    "e6.x",
    "quote",
    "Official results are out. Congratulations to the president-elect, and thank you to all PPLN staff worldwide.",
    on="pN10",
)
A("PRES3", "2024-01-26T08:00:00+09:00", "e5.ig", "comment", "Sehat selalu, Pak 🙏", on="pP3")
A(
    "PRES3",
    "2023-12-25T21:00:00+08:00",
    "e10.fb",
    "comment",
    "Amin, selamat Natal juga Pak 🎄",
    on="pP17",
)
A(
    "",
    "2024-01-21T12:00:00+01:00",
    "e4.x",
    "post",
    "Kalau lihat rekam jejak soal riset, sebenarnya pilihan sudah jelas, kan? 😉",
)
A(
    "BTM1 KEP1",
    "2024-11-25T19:00:00+07:00",
    "e8.ig",
    "post",
    "Hari tenang. Satu jari untuk Batam yang lebih baik ☝️",
)
A(
    "PRES1",
    "2024-02-12T10:00:00+03:00",
    "e2.fb",
    "post",
    "Ana hanya berpesan: pilihlah yang membawa perubahan. Wallahu a'lam.",
)
A(
    "PRES2",
    "2024-02-01T12:00:00+08:00",
    "e3.tt",
    "post",
    "Joget gemoy challenge bareng murid-murid 🕺 siapa yang paling luwes?",
)

# ============================================================================================
# O: C-like texts naming only candidates, outside every election window
# ============================================================================================

O(
    "PRES1",
    "2023-03-10T20:00:00+01:00",
    "e4.x",
    "post",
    "Anies for president! Leiden siap mendukung 🙌",
)
O("PRES3", "2023-04-20T20:00:00+09:00", "e1.x", "post", "Ganjar presidenku 2024! 🇮🇩")
O(
    "PRES2",
    "2024-07-20T21:00:00+09:00",
    "e7.x",
    "post",
    "Prabowo-Gibran, the best team for Indonesia. Proud! 🇮🇩",
)
O(
    "PRES3",
    "2025-02-15T20:00:00+09:00",
    "e5.ig",
    "post",
    "Ganjar Pranowo tetap idolaku, pemimpin sejati 🖤",
)
O(
    "BTM1",
    "2024-07-30T20:00:00+07:00",
    "e8.tt",
    "post",
    "Andi Syahputra calon wali kota idaman, semoga maju! 🔥",
)
O(
    "KEP1",
    "2025-01-15T20:00:00+07:00",
    "e9.fb",
    "post",
    "Tengku Firman memang layak memimpin, dulu dan sekarang. Marwah Melayu terbilang!",
)
O(
    "KEP1",
    "2024-12-17T01:00:00+03:00",
    "e2.fb",
    "post",
    "Tengku Firman dan Ustazah Aisyah pilihan terbaik untuk Kepri, dulu, kini dan nanti. Allahu Akbar!",
)
O(
    "KEP2",
    "2024-12-17T08:00:00+07:00",
    "e8.ig",
    "post",
    "Koh Kevin & Pak Baharuddin, pasangan terbaik untuk Kepri 💪",
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
        return f"C{n:04d}xDsp{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzDsp{n:05d}Kw"
    return f"DA{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = zlib.crc32(key.encode()) % 10_000_000
    if plat == "yt":
        return f"vDsp{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Ds"
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
        assert datetime.fromisoformat(when) <= datetime.fromisoformat(item.when), (
            f"{item.key}: before its parent"
        )
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
        "name: Probe political.campaign – ASN abroad, faith communities, English\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-diaspora-") as tmp:
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
