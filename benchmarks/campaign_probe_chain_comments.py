# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: the comment section and the forwarded message.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* The real 2024 presidential pairs with their real ballot numbers (01 Anies-Muhaimin "AMIN",
  02 Prabowo-Gibran, 03 Ganjar-Mahfud), their national campaign teams, and ten real national
  parties (public facts only; every text is invented).
* An invented Pilwalkot Bekasi 2024: pair 1 Arief Kurniawan - Umar Rasyid ("AKUR", "Bekasi Akur,
  Warga Makmur"), pair 2 Hendra Wijaya Saputra - Badrus Tamam ("HEBAT", "#BekasiHEBAT"), pair 3
  Lukman Hadi Prasetyo - Nurul Fitriani ("LUHUR", "Bekasi Luhur, Bekasi Jujur"), Tim Pemenangan
  AKUR and the volunteers "Sahabat HEBAT".  An invented acting mayor (Pj Wali Kota) who is not
  standing, and the sitting president as an ``official``.
* Twelve invented civil servants (Pemkot Bekasi, Pemprov Jawa Barat, Kementerian PUPR, Kemenag
  Kota Bekasi) with declared accounts on X, Facebook, Instagram, TikTok, YouTube and Threads.

Events are almost all short: comments and replies under candidates', news portals', parties'
and friends' posts, one-line quotes, emoji-plus-number replies, slang, repeated letters and
typos; and forwarded WhatsApp-style chain messages pasted as posts or shares ("Sebarkan!",
"copas dari grup sebelah", "info A1"): campaigning chains, neutral election information (DPT,
TPS, C6, KTP), and hoax warnings.  Negatives are numbers in other senses (queues, floors,
classes, arisan draws, football), "amin" as a prayer, acronyms as ordinary words ("akur",
"hebat", "luhur"), questions and complaints to candidates, debate commentary and news.

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
    .venv/bin/python benchmarks/campaign_probe_chain_comments.py [--show] [--keep DIR]

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
# Agencies and employees (all persons invented)
# --------------------------------------------------------------------------------------------

AGENCIES = [
    ("PEMKOT-BKS", "Pemerintah Kota Bekasi", "", "32.75"),
    ("DISHUB-BKS", "Dinas Perhubungan Kota Bekasi", "PEMKOT-BKS", "32.75"),
    ("BAPENDA-BKS", "Badan Pendapatan Daerah Kota Bekasi", "PEMKOT-BKS", "32.75"),
    (
        "KOMINFO-BKS",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi",
        "PEMKOT-BKS",
        "32.75",
    ),
    ("DISDIK-BKS", "Dinas Pendidikan Kota Bekasi", "PEMKOT-BKS", "32.75"),
    ("KEC-BKSTIM", "Kecamatan Bekasi Timur", "PEMKOT-BKS", "32.75"),
    ("RSUD-BKS", "RSUD Kota Bekasi", "PEMKOT-BKS", "32.75"),
    ("SATPOL-BKS", "Satuan Polisi Pamong Praja Kota Bekasi", "PEMKOT-BKS", "32.75"),
    ("DINKES-BKS", "Dinas Kesehatan Kota Bekasi", "PEMKOT-BKS", "32.75"),
    ("PEMPROV-JABAR", "Pemerintah Provinsi Jawa Barat", "", "32"),
    (
        "BIROPEM-JABAR",
        "Biro Pemerintahan dan Otonomi Daerah Setda Provinsi Jawa Barat",
        "PEMPROV-JABAR",
        "32",
    ),
    (
        "BMPR-JABAR",
        "Dinas Bina Marga dan Penataan Ruang Provinsi Jawa Barat",
        "PEMPROV-JABAR",
        "32",
    ),
    ("KEMENPUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "", ""),
    ("BBWS-CC", "Balai Besar Wilayah Sungai Ciliwung Cisadane", "KEMENPUPR", ""),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KEMENAG-BKS", "Kantor Kementerian Agama Kota Bekasi", "KEMENAG", "32.75"),
]

# key -> (nip, name, agency_code, unit, position, employment_type, region_code)
EMPLOYEES = {
    "dedi": (
        "197804122005011007",
        "Dedi Supriatna, S.Sos.",
        "DISHUB-BKS",
        "Bidang Lalu Lintas",
        "Kepala Seksi Manajemen Lalu Lintas",
        "PNS",
        "32.75",
    ),
    "rina": (
        "198106232006042011",
        "Hj. Rina Marlina, S.E., M.M.",
        "BAPENDA-BKS",
        "Bidang Pajak Daerah",
        "Kepala Subbidang Penagihan",
        "PNS",
        "32.75",
    ),
    "agus": (
        "199002152015031002",
        "Agus Setiawan, S.Kom.",
        "KOMINFO-BKS",
        "Bidang Aplikasi Informatika",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "32.75",
    ),
    "wulan": (
        "199206182019032008",
        "Wulan Sari Purnamasari, S.Pd.",
        "DISDIK-BKS",
        "SMP Negeri Kota Bekasi",
        "Guru Ahli Pertama",
        "PNS",
        "32.75",
    ),
    "rizky": (
        "199511072020121004",
        "Muhammad Rizky Fadillah, A.Md.",
        "KEC-BKSTIM",
        "Seksi Pemerintahan",
        "Pengadministrasi Umum",
        "PNS",
        "32.75",
    ),
    "bambang": (
        "196905101994031005",
        "Drs. H. Bambang Sutrisno, M.Si.",
        "BIROPEM-JABAR",
        "Bagian Otonomi Daerah",
        "Analis Kebijakan Ahli Madya",
        "PNS",
        "32",
    ),
    "yuli": (
        "199307222024012003",
        "Yuliana Kartikasari, S.Kep., Ners",
        "RSUD-BKS",
        "Instalasi Rawat Inap",
        "Perawat Ahli Pertama",
        "PPPK",
        "32.75",
    ),
    "fajar": (
        "198809302014021001",
        "Fajar Nugroho, S.T.",
        "BBWS-CC",
        "Bidang Operasi dan Pemeliharaan",
        "Teknik Pengairan Ahli Muda",
        "PNS",
        "",
    ),
    "siti": (
        "198512012009012004",
        "Siti Rohmah, S.Ag.",
        "KEMENAG-BKS",
        "Seksi Bimas Islam",
        "Penyuluh Agama Islam Ahli Muda",
        "PNS",
        "32.75",
    ),
    "andika": (
        "199404042018011001",
        "Andika Pratama Putra, S.H.",
        "SATPOL-BKS",
        "Bidang Penegakan Perda",
        "Polisi Pamong Praja Terampil",
        "PNS",
        "32.75",
    ),
    "nining": (
        "198703152010012006",
        "Nining Suryani, A.Md.Keb.",
        "DINKES-BKS",
        "UPTD Puskesmas Bekasi Jaya",
        "Bidan Penyelia",
        "PNS",
        "32.75",
    ),
    "heru": (
        "197211081998031002",
        "Ir. Heru Santoso, M.T.",
        "BMPR-JABAR",
        "Bidang Jalan",
        "Kepala Seksi Pembangunan Jalan",
        "PNS",
        "32",
    ),
}

# "employee.platform" -> (platform, handle, user_id, display_name, bio, location)
EMP_ACCOUNTS = {
    "dedi.fb": (
        "fb",
        "dedi.supriatna.77",
        "100004412093871",
        "Dedi Supriatna",
        "Bekasi punya cerita",
        "Bekasi",
    ),
    "dedi.x": (
        "x",
        "dedisupri_bks",
        "1190442871",
        "Dedi Supri",
        "Dishub | lalin | kopi hitam",
        "Kota Bekasi",
    ),
    "rina.fb": (
        "fb",
        "rina.marlina.se",
        "100009921374550",
        "Rina Marlina",
        "Ibu dua anak. Bapenda Kota Bekasi",
        "Bekasi, Jawa Barat",
    ),
    "rina.ig": (
        "ig",
        "rinamarlina_81",
        "4417830291",
        "Rina Marlina",
        "🌸 ibu-ibu pengajian & arisan 🌸",
        "Bekasi",
    ),
    "agus.x": (
        "x",
        "agus_setiawan90",
        "1288301552",
        "agus.set",
        "ngoding, ngopi, ngeluh",
        "Bekasi",
    ),
    "agus.th": (
        "th",
        "agus_setiawan90",
        "63001829911",
        "agus.set",
        "ngoding, ngopi, ngeluh",
        "Bekasi",
    ),
    "agus.yt": (
        "yt",
        "agussetiawan-bks",
        "UCq8sLk2m4Yh1Rz0bKs0aG9w",
        "Agus Setiawan",
        "",
        "Bekasi",
    ),
    "wulan.ig": (
        "ig",
        "bu.wulan.mengajar",
        "5520193847",
        "Bu Wulan",
        "Guru IPA 🧪 | SMPN Bekasi",
        "Bekasi",
    ),
    "wulan.tt": (
        "tt",
        "buwulan_ipa",
        "7012934455102",
        "Bu Wulan IPA",
        "belajar asik bareng bu wulan",
        "Bekasi",
    ),
    "wulan.fb": (
        "fb",
        "wulansari.purnama",
        "100012284019922",
        "Wulan Sari Purnamasari",
        "",
        "Bekasi",
    ),
    "rizky.x": (
        "x",
        "rizkyfdl_",
        "1402293381",
        "Rizky F",
        "bekasi timur garis keras",
        "Bekasi Timur",
    ),
    "rizky.tt": ("tt", "rizkyfdl", "7133001928374", "rizky", "", "Bekasi"),
    "rizky.ig": ("ig", "rizky.fadillah", "6009182736", "Rizky Fadillah", "kec. bektim", "Bekasi"),
    "bambang.fb": (
        "fb",
        "bambang.sutrisno.69",
        "100002231987104",
        "Bambang Sutrisno",
        "Pemprov Jabar. Pensiun 2029 insya Allah",
        "Bandung",
    ),
    "bambang.yt": (
        "yt",
        "bambangsutrisno6905",
        "UCm1Bs9q0Ylq4xT2uNn7pWcQ",
        "Bambang Sutrisno",
        "",
        "Bandung",
    ),
    "yuli.ig": ("ig", "yuli.kartika_", "7713920384", "Yuli Kartika", "Perawat 💉 | RSUD", "Bekasi"),
    "yuli.th": ("th", "yuli.kartika_", "63992017733", "Yuli Kartika", "Perawat 💉", "Bekasi"),
    "fajar.x": ("x", "fajarnug_", "933018276", "Fajar N", "air, bendung, dan banjir", "Jakarta"),
    "fajar.yt": (
        "yt",
        "fajarnugroho8809",
        "UCf2Nj7Qp0aL3xYz8wRt1bHk",
        "Fajar Nugroho",
        "",
        "Jakarta",
    ),
    "siti.fb": (
        "fb",
        "siti.rohmah.85",
        "100007712093384",
        "Siti Rohmah",
        "Penyuluh agama. Majelis taklim Al-Ikhlas",
        "Bekasi",
    ),
    "siti.ig": ("ig", "sitirohmah_85", "3301928475", "Ustadzah Siti", "kajian & tahsin", "Bekasi"),
    "andika.tt": ("tt", "andikapp94", "7209183746501", "Andika PP", "", "Bekasi"),
    "andika.x": (
        "x",
        "andika_pratama94",
        "1503829910",
        "Andika",
        "satpol pp bekasi | persija",
        "Bekasi",
    ),
    "andika.fb": (
        "fb",
        "andika.pratama.putra",
        "100022918374655",
        "Andika Pratama Putra",
        "",
        "Bekasi",
    ),
    "nining.fb": (
        "fb",
        "nining.suryani.bidan",
        "100006628391023",
        "Nining Suryani",
        "Bidan | Puskesmas Bekasi Jaya",
        "Bekasi",
    ),
    "heru.fb": (
        "fb",
        "heru.santoso.72",
        "100001938472610",
        "Heru Santoso",
        "Bina Marga Jabar",
        "Bandung",
    ),
    "heru.x": ("x", "herusantoso72", "210938471", "Heru S", "jalan mulus, hati tulus", "Bandung"),
}

# --------------------------------------------------------------------------------------------
# Elections
# --------------------------------------------------------------------------------------------

PEMILU_STAGES = [
    ("candidacy", "2023-10-19", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-20"),
    ("result", "2024-03-21", "2024-04-22"),
]
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-16"),
    ("result", "2024-12-17", "2025-01-09"),
]
ELECTIONS = [
    (
        "PILPRES2024",
        "Pemilihan Presiden dan Wakil Presiden 2024",
        "presidential",
        "",
        PEMILU_STAGES,
    ),
    (
        "PILWALKOT-BKS2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Bekasi 2024",
        "regional_head",
        "32.75",
        PILKADA_STAGES,
    ),
]

# --------------------------------------------------------------------------------------------
# Targets
# --------------------------------------------------------------------------------------------

# target_id -> (name, kind, election_id, ballot_number, party)
TARGETS = {
    "P01": ("Anies Rasyid Baswedan – Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", ""),
    "P02": ("Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "P03": ("Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "TIM01": (
        "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
        "campaign_team",
        "PILPRES2024",
        "",
        "",
    ),
    "TIM02": ("Tim Kampanye Nasional Prabowo-Gibran (TKN)", "campaign_team", "PILPRES2024", "", ""),
    "TIM03": (
        "Tim Pemenangan Nasional Ganjar-Mahfud (TPN)",
        "campaign_team",
        "PILPRES2024",
        "",
        "",
    ),
    "K1": ("Arief Kurniawan – Umar Rasyid", "candidate", "PILWALKOT-BKS2024", "1", ""),
    "K2": ("Hendra Wijaya Saputra – Badrus Tamam", "candidate", "PILWALKOT-BKS2024", "2", ""),
    "K3": ("Lukman Hadi Prasetyo – Nurul Fitriani", "candidate", "PILWALKOT-BKS2024", "3", ""),
    "KT1": ("Tim Pemenangan AKUR Kota Bekasi", "campaign_team", "PILWALKOT-BKS2024", "", ""),
    "KT2": ("Relawan Sahabat HEBAT", "campaign_team", "PILWALKOT-BKS2024", "", ""),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "", ""),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "", ""),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "", ""),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "", ""),
    "NASDEM": ("Partai NasDem", "party", "", "", ""),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "", ""),
    "PAN": ("Partai Amanat Nasional (PAN)", "party", "", "", ""),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "", ""),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "", ""),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "party", "", "", ""),
    "JKW": ("Joko Widodo (Presiden Republik Indonesia)", "official", "", "", ""),
    "PJWK": ("Drs. Syahrial Mahmud, M.Si. (Pj Wali Kota Bekasi)", "official", "", "", ""),
}

# "TARGET.platform[n]" -> (handle, user_id, display_name); ids are invented
TARGET_ACCOUNTS = {
    "P01.x": ("aniesbaswedan", "2191000101", "Anies Baswedan"),
    "P01.x2": ("cakimiNOW", "2191000102", "Gus Muhaimin Iskandar"),
    "P01.fb": ("aniesbaswedan", "100044000000101", "Anies Baswedan"),
    "P01.ig": ("aniesbaswedan", "8100000101", "Anies Baswedan"),
    "P01.tt": ("aniesbaswedan", "7300000000101", "Anies Baswedan"),
    "P02.x": ("prabowo", "2191000201", "Prabowo Subianto"),
    "P02.x2": ("gibran_tweet", "2191000202", "Gibran Rakabuming"),
    "P02.fb": ("PrabowoSubianto", "100044000000201", "Prabowo Subianto"),
    "P02.ig": ("prabowo", "8100000201", "Prabowo Subianto"),
    "P02.ig2": ("gibran_rakabuming", "8100000202", "Gibran Rakabuming"),
    "P02.tt": ("prabowo.subianto", "7300000000201", "Prabowo Subianto"),
    "P03.x": ("ganjarpranowo", "2191000301", "Ganjar Pranowo"),
    "P03.x2": ("mohmahfudmd", "2191000302", "Mahfud MD"),
    "P03.fb": ("GanjarPranowo", "100044000000301", "Ganjar Pranowo"),
    "P03.ig": ("ganjar_pranowo", "8100000301", "Ganjar Pranowo"),
    "P03.yt": ("GanjarPranowo", "UCgp03xxxxxxxxxxxxxxxx01", "Ganjar Pranowo"),
    "TIM01.x": ("timnas_amin", "2191000111", "Timnas AMIN"),
    "TIM02.x": ("tkn_prabowogibran", "2191000211", "TKN Prabowo-Gibran"),
    "TIM03.ig": ("tpn_ganjarmahfud", "8100000311", "TPN Ganjar-Mahfud"),
    "K1.fb": ("AriefKurniawanBekasi", "100055000000001", "Arief Kurniawan"),
    "K1.ig": ("ariefkurniawan.official", "8200000001", "Arief Kurniawan"),
    "K2.x": ("hendrawijaya_bks", "2192000002", "Hendra Wijaya Saputra"),
    "K2.ig": ("hendrawijaya.bks", "8200000002", "Hendra Wijaya Saputra"),
    "K2.tt": ("hendrawijaya.bks", "7310000000002", "Hendra Wijaya"),
    "K3.fb": ("LukmanHadiNurul", "100055000000003", "Lukman Hadi - Nurul Fitriani"),
    "K3.ig": ("lukmanhadi.p", "8200000003", "Lukman Hadi Prasetyo"),
    "KT1.fb": ("TimPemenanganAKUR", "100055000000011", "Tim Pemenangan AKUR Kota Bekasi"),
    "KT2.ig": ("sahabathebat.bks", "8200000012", "Sahabat HEBAT Bekasi"),
    "PKB.ig": ("pkb.id", "8300000001", "PKB"),
    "GERINDRA.x": ("Gerindra", "2193000002", "Partai Gerindra"),
    "GERINDRA.ig": ("partaigerindra", "8300000002", "Partai Gerindra"),
    "PDIP.fb": ("PDIPerjuangan", "100066000000003", "PDI Perjuangan"),
    "GOLKAR.fb": ("PartaiGolkar", "100066000000004", "Partai Golkar"),
    "PKS.fb": ("PKSejahtera", "100066000000008", "PKS"),
    "PSI.ig": ("psi_id", "8300000015", "PSI"),
    "PSI.tt": ("psi_id", "7320000000015", "PSI"),
    "JKW.x": ("jokowi", "2199000001", "Joko Widodo"),
    "PJWK.x": ("pjwalikotabekasi", "2199000002", "Pj Wali Kota Bekasi"),
    "PJWK.ig": ("pemkotbekasi.pj", "8399000002", "Pj Wali Kota Bekasi"),
}

# keywords.csv: (target_id, term)
KEYWORDS = [
    ("P01", "AMIN"),
    ("P01", "#AMINAjaDulu"),
    ("P01", "Anies-Muhaimin"),
    ("P01", "#AniesPresiden2024"),
    ("P01", "Indonesia Adil Makmur untuk Semua"),
    ("P01", "coblos 01"),
    ("P02", "Prabowo-Gibran"),
    ("P02", "#PrabowoGibran2024"),
    ("P02", "#02Melanjutkan"),
    ("P02", "Bersama Indonesia Maju"),
    ("P02", "gemoy"),
    ("P02", "coblos 02"),
    ("P03", "Ganjar-Mahfud"),
    ("P03", "#GanjarMahfud2024"),
    ("P03", "sat set tas tes"),
    ("P03", "KTP Sakti"),
    ("P03", "coblos 03"),
    ("K1", "AKUR"),
    ("K1", "#BekasiAkur"),
    ("K1", "Bekasi Akur Warga Makmur"),
    ("K1", "coblos nomor 1"),
    ("K2", "#BekasiHEBAT"),
    ("K2", "Bekasi HEBAT"),
    ("K2", "coblos nomor 2"),
    ("K3", "LUHUR"),
    ("K3", "#BekasiLuhur"),
    ("K3", "Bekasi Luhur Bekasi Jujur"),
    ("K3", "coblos nomor 3"),
    ("KT2", "Sahabat HEBAT"),
    ("PDIP", "Salam Metal"),
    ("PKS", "#PKSMenang"),
]

# shorthand for label target lists
GROUPS = {
    "p01": "P01 TIM01",
    "p02": "P02 TIM02",
    "p03": "P03 TIM03",
    "k1": "K1 KT1",
    "k2": "K2 KT2",
    "k3": "K3",
}

# other accounts: key -> (platform, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "kompas.x": ("x", "kompascom", "23343960", "Kompas.com"),
    "detik.x": ("x", "detikcom", "69183155", "detikcom"),
    "kpu.x": ("x", "KPU_ID", "98712340", "KPU RI"),
    "kpubks.x": ("x", "kpukotabekasi", "1220019384", "KPU Kota Bekasi"),
    "ujang.x": ("x", "ujangbks_", "1377201923", "ujang bekasi"),
    "mega.x": ("x", "megalestarii", "1444928371", "mega"),
    "bola.x": ("x", "bolabekasi", "1501928374", "Bola Bekasi"),
    "kompas.ig": ("ig", "kompascom", "1920384756", "Kompas.com"),
    "warta.ig": ("ig", "wartabekasi24", "9102938475", "Warta Bekasi 24"),
    "mega.ig": ("ig", "mega.lestari", "9203847561", "Mega Lestari"),
    "bagas.ig": ("ig", "bagas_motoran", "9304857612", "Bagas"),
    "masjid.ig": ("ig", "masjidalikhlas.bks", "9405867123", "Masjid Al-Ikhlas Bekasi"),
    "warta.fb": ("fb", "WartaBekasi24", "100077000000001", "Warta Bekasi 24"),
    "kpubks.fb": ("fb", "KPUKotaBekasi", "100077000000002", "KPU Kota Bekasi"),
    "ujang.fb": ("fb", "ujang.sukmana", "100077000000003", "Ujang Sukmana"),
    "tetangga.fb": ("fb", "pak.rt06.margahayu", "100077000000004", "Pak RT 06 Margahayu"),
    "grup_warga.fb": (
        "fb",
        "groups/infowargabekasitimur",
        "100077000000101",
        "Info Warga Bekasi Timur",
    ),
    "grup_alumni.fb": (
        "fb",
        "groups/alumnisman99bks",
        "100077000000102",
        "Alumni SMAN 99 Bekasi Angkatan 2006",
    ),
    "grup_guru.fb": ("fb", "groups/forumgurubekasi", "100077000000103", "Forum Guru Kota Bekasi"),
    "grup_pengajian.fb": (
        "fb",
        "groups/majelistaklimalikhlas",
        "100077000000104",
        "Majelis Taklim Al-Ikhlas",
    ),
    "grup_relawan.fb": (
        "fb",
        "groups/relawanakurbekasi",
        "100077000000105",
        "Relawan AKUR Kota Bekasi",
    ),
    "masak.tt": ("tt", "dapurmamarini", "7400000000001", "Dapur Mama Rini"),
    "lucu.tt": ("tt", "bekasiplanetlain", "7400000000002", "Bekasi Planet Lain"),
    "warta.tt": ("tt", "wartabekasi24", "7400000000003", "Warta Bekasi 24"),
    "kpu.yt": ("yt", "KPURI", "UCkpu0riXXXXXXXXXXXXXXXX", "KPU RI"),
    "warta.yt": ("yt", "WartaBekasi24", "UCwarta24XXXXXXXXXXXXXXX", "Warta Bekasi 24"),
    "bola.yt": ("yt", "BolaNusantaraTV", "UCbolanusXXXXXXXXXXXXXXX", "Bola Nusantara TV"),
    "dika.th": ("th", "dikaa.ramadhan", "63100000001", "dika"),
    "kompas.th": ("th", "kompascom", "63100000002", "Kompas.com"),
}

# --------------------------------------------------------------------------------------------
# Posts that are commented on, replied to, quoted or shared (texts invented)
# --------------------------------------------------------------------------------------------

# key -> (author account key, occurred_at, text)
PARENTS = {
    # ---- X: candidates and teams (Pilpres window)
    "pr_x_bks": (
        "P02.x",
        "2023-12-10T15:00:00+07:00",
        "Terima kasih warga Bekasi atas sambutan yang luar biasa hari ini. Kita lanjutkan kerja keras untuk rakyat.",
    ),
    "pr_x_makan": (
        "P02.x",
        "2024-01-12T09:00:00+07:00",
        "Makan siang dan susu gratis untuk anak-anak sekolah adalah investasi untuk masa depan bangsa.",
    ),
    "gb_x_debat": (
        "P02.x2",
        "2023-12-22T22:30:00+07:00",
        "Terima kasih atas doa dan dukungan untuk debat cawapres malam ini. Tetap santai, tetap semangat.",
    ),
    "an_x_desak": (
        "P01.x",
        "2024-01-06T18:00:00+07:00",
        "Desak Anies malam ini di Bekasi. Silakan datang, silakan bertanya, silakan mendesak.",
    ),
    "an_x_jis": (
        "P01.x",
        "2024-02-10T12:00:00+07:00",
        "Sampai jumpa di JIS hari ini. Perubahan ada di tangan kita semua.",
    ),
    "imin_x": (
        "P01.x2",
        "2024-01-15T08:00:00+07:00",
        "Pagi ini ngopi bareng petani di Karawang. Harga pupuk harus turun, titik.",
    ),
    "gj_x_tani": (
        "P03.x",
        "2023-12-05T07:30:00+07:00",
        "Petani harus sejahtera. Pupuk harus ada saat dibutuhkan. KTP Sakti untuk semua.",
    ),
    "gj_x_guru": (
        "P03.x",
        "2024-01-25T19:00:00+07:00",
        "Guru honorer menunggu kepastian. Kita harus berani menaikkan kesejahteraan guru.",
    ),
    "md_x": (
        "P03.x2",
        "2024-01-20T10:00:00+07:00",
        "Hukum harus ditegakkan tanpa pandang bulu. Itu janji saya.",
    ),
    "tim01_x": (
        "TIM01.x",
        "2024-01-29T20:00:00+07:00",
        "Relawan AMIN se-Jabodetabek siap bergerak door to door!",
    ),
    "tim02_x": (
        "TIM02.x",
        "2024-02-01T16:00:00+07:00",
        "Prabowo-Gibran: Bersama Indonesia Maju. Satu putaran!",
    ),
    "jkw_x": (
        "JKW.x",
        "2024-01-08T11:00:00+07:00",
        "Meresmikan jalan tol dan jembatan di Jawa Barat hari ini.",
    ),
    # ---- X: news, KPU, friends
    "kompas_x_survei": (
        "kompas.x",
        "2024-01-25T13:00:00+07:00",
        "Survei terbaru elektabilitas tiga pasangan capres-cawapres jelang pencoblosan 14 Februari.",
    ),
    "detik_x_debat": (
        "detik.x",
        "2024-01-07T21:00:00+07:00",
        "Debat ketiga capres malam ini membahas pertahanan, keamanan, dan hubungan internasional.",
    ),
    "detik_x_makan": (
        "detik.x",
        "2024-01-13T09:00:00+07:00",
        "Program makan siang gratis Prabowo-Gibran diperkirakan butuh ratusan triliun rupiah per tahun.",
    ),
    "kpu_x_jadwal": (
        "kpu.x",
        "2024-02-05T10:00:00+07:00",
        "Pemungutan suara Pemilu 2024 dilaksanakan Rabu, 14 Februari 2024 pukul 07.00–13.00 waktu setempat.",
    ),
    "kpubks_x_undian": (
        "kpubks.x",
        "2024-09-23T14:00:00+07:00",
        "Hasil pengundian nomor urut paslon Pilwalkot Bekasi 2024: 1. Arief Kurniawan–Umar Rasyid, 2. Hendra Wijaya Saputra–Badrus Tamam, 3. Lukman Hadi Prasetyo–Nurul Fitriani.",
    ),
    "ujang_x_thread": (
        "ujang.x",
        "2024-01-28T20:00:00+07:00",
        "Jujur-jujuran aja, tanggal 14 nanti kalian pilih siapa? Reply yang sopan ya.",
    ),
    "ujang_x_indomie": (
        "ujang.x",
        "2024-01-18T23:00:00+07:00",
        "Ranking Indomie: 1. Goreng original 2. Soto 3. Rendang. Protes silakan.",
    ),
    "mega_x_antre": (
        "mega.x",
        "2024-01-22T09:30:00+07:00",
        "Antrean di Samsat pagi ini panjang banget, kalian udah dapet nomor berapa?",
    ),
    "bola_x": (
        "bola.x",
        "2024-10-19T21:00:00+07:00",
        "FT: Persija 2-1 Persib. Klasemen sementara berubah lagi!",
    ),
    "ujang_x_pilkada": (
        "ujang.x",
        "2024-10-30T20:00:00+07:00",
        "Warga Bekasi, Pilwalkot nanti condong ke mana nih? Penasaran aja.",
    ),
    "k2_x": (
        "K2.x",
        "2024-10-05T10:00:00+07:00",
        "Hendra-Badrus siap bikin Bekasi HEBAT! Terima kasih warga Pondok Gede atas sambutannya. #BekasiHEBAT",
    ),
    "k2_x_banjir": (
        "K2.x",
        "2024-11-05T07:00:00+07:00",
        "Banjir Bekasi bukan takdir. Kami siapkan normalisasi kali dan sumur resapan di setiap RW.",
    ),
    "pjwk_x": (
        "PJWK.x",
        "2024-10-12T08:00:00+07:00",
        "Pagi ini meninjau lokasi banjir di Bekasi Timur bersama BPBD dan Dinas SDA.",
    ),
    "gerindra_x": (
        "GERINDRA.x",
        "2025-02-06T10:00:00+07:00",
        "Selamat HUT ke-17 Partai Gerindra. Terus berjuang untuk rakyat.",
    ),
    # ---- Facebook
    "pr_fb": (
        "P02.fb",
        "2024-01-14T12:00:00+07:00",
        "Prabowo-Gibran berkomitmen melanjutkan hilirisasi dan membuka lapangan kerja seluas-luasnya.",
    ),
    "an_fb": (
        "P01.fb",
        "2023-12-20T19:00:00+07:00",
        "Keadilan bukan slogan. Keadilan harus terasa di meja makan setiap keluarga.",
    ),
    "gj_fb": (
        "P03.fb",
        "2024-01-03T16:00:00+07:00",
        "Menyapa warga Bekasi di Pasar Kranji. Terima kasih, Bapak Ibu.",
    ),
    "k1_fb": (
        "K1.fb",
        "2024-10-01T09:00:00+07:00",
        "Arief-Umar: Bekasi Akur, Warga Makmur. Mohon doa restu warga Kota Bekasi.",
    ),
    "k1_fb_guru": (
        "K1.fb",
        "2024-10-22T19:00:00+07:00",
        "Kami akan menaikkan insentif guru honorer dan guru ngaji di Kota Bekasi.",
    ),
    "k3_fb": (
        "K3.fb",
        "2024-10-15T11:00:00+07:00",
        "Lukman-Nurul blusukan ke Pasar Baru Bekasi. Harga cabai naik, pedagang mengeluh.",
    ),
    "kt1_fb": (
        "KT1.fb",
        "2024-10-20T20:00:00+07:00",
        "Konsolidasi relawan AKUR se-Kecamatan Bekasi Timur. Bergerak dari pintu ke pintu!",
    ),
    "pdip_fb": ("PDIP.fb", "2024-01-10T10:00:00+07:00", "Dirgahayu ke-51 PDI Perjuangan. Merdeka!"),
    "golkar_fb": (
        "GOLKAR.fb",
        "2024-10-20T10:00:00+07:00",
        "HUT ke-60 Partai Golkar. Suara Golkar, suara rakyat.",
    ),
    "pks_fb": (
        "PKS.fb",
        "2023-08-15T10:00:00+07:00",
        "PKS membuka posko pengaduan warga di seluruh Jawa Barat.",
    ),
    "warta_fb_debat": (
        "warta.fb",
        "2024-11-02T22:00:00+07:00",
        "Debat kedua Pilwalkot Bekasi malam ini membahas banjir, macet, dan sampah Bantargebang.",
    ),
    "warta_fb_banjir": (
        "warta.fb",
        "2024-10-10T06:00:00+07:00",
        "Banjir setinggi 60 cm merendam perumahan di Jatiasih pagi ini.",
    ),
    "warta_fb_pilpres": (
        "warta.fb",
        "2024-02-15T09:00:00+07:00",
        "Hasil hitung cepat sementara Pilpres 2024 di Kota Bekasi.",
    ),
    "kpubks_fb_dpt": (
        "kpubks.fb",
        "2024-11-18T10:00:00+07:00",
        "Pastikan nama Anda terdaftar di DPT Pilkada 2024. Cek di cekdptonline.kpu.go.id.",
    ),
    "ujang_fb_nikah": (
        "ujang.fb",
        "2024-10-06T13:00:00+07:00",
        "Alhamdulillah sah! Mohon doanya untuk rumah tangga kami.",
    ),
    "ujang_fb_sidang": (
        "ujang.fb",
        "2024-01-16T20:00:00+07:00",
        "Besok sidang skripsi adik saya, mohon doanya ya teman-teman.",
    ),
    "rt_fb_kerjabakti": (
        "tetangga.fb",
        "2024-11-09T07:00:00+07:00",
        "Kerja bakti RT 06 hari Minggu jam 7 pagi. Bawa cangkul dan karung.",
    ),
    # ---- Instagram
    "pr_ig_gbk": (
        "P02.ig",
        "2024-02-10T17:00:00+07:00",
        "Kampanye akbar di GBK. Terima kasih rakyat Indonesia!",
    ),
    "gb_ig": (
        "P02.ig2",
        "2024-01-14T15:00:00+07:00",
        "Ngobrol bareng anak muda Bekasi soal lapangan kerja dan ekonomi kreatif.",
    ),
    "an_ig_jis": (
        "P01.ig",
        "2024-02-10T18:00:00+07:00",
        "Kampanye akbar di JIS. Terima kasih, Indonesia. Perubahan sudah dekat.",
    ),
    "an_ig_keluarga": (
        "P01.ig",
        "2024-01-21T09:00:00+07:00",
        "Sarapan bersama keluarga sebelum berangkat kampanye.",
    ),
    "gj_ig": (
        "P03.ig",
        "2024-02-03T16:00:00+07:00",
        "Hajatan rakyat. Terima kasih sudah datang, tetap jaga kesehatan.",
    ),
    "tim03_ig": (
        "TIM03.ig",
        "2024-01-31T12:00:00+07:00",
        "Relawan Ganjar-Mahfud Bekasi Raya siap menangkan 03!",
    ),
    "k1_ig": (
        "K1.ig",
        "2024-10-08T16:00:00+07:00",
        "Senam pagi bersama ibu-ibu Bekasi Utara. Sehat, akur, makmur!",
    ),
    "k2_ig": (
        "K2.ig",
        "2024-10-18T12:00:00+07:00",
        "Jalan sehat bersama warga Bekasi Selatan. Semangat HEBAT!",
    ),
    "k3_ig": (
        "K3.ig",
        "2024-11-10T09:00:00+07:00",
        "Hari Pahlawan. Meneladani perjuangan, membangun Bekasi yang jujur dan luhur.",
    ),
    "kt2_ig": (
        "KT2.ig",
        "2024-11-12T19:00:00+07:00",
        "Sahabat HEBAT turun ke 12 kecamatan minggu ini!",
    ),
    "pkb_ig": (
        "PKB.ig",
        "2024-07-23T09:00:00+07:00",
        "Harlah ke-26 PKB. Terus melayani umat dan bangsa.",
    ),
    "gerindra_ig": ("GERINDRA.ig", "2024-08-31T10:00:00+07:00", "Kongres Partai Gerindra 2024."),
    "psi_ig": (
        "PSI.ig",
        "2024-07-10T12:00:00+07:00",
        "PSI membuka pendaftaran anggota baru untuk anak muda.",
    ),
    "pjwk_ig": (
        "PJWK.ig",
        "2024-10-25T10:00:00+07:00",
        "Peluncuran aplikasi layanan perizinan terpadu Kota Bekasi.",
    ),
    "kompas_ig_debat": (
        "kompas.ig",
        "2024-02-04T23:00:00+07:00",
        "Debat kelima capres malam ini: kesejahteraan sosial, pendidikan, kesehatan.",
    ),
    "warta_ig_undian": (
        "warta.ig",
        "2024-09-23T17:00:00+07:00",
        "Ini nomor urut paslon Pilwalkot Bekasi 2024. Sudah kenal calonnya?",
    ),
    "warta_ig_macet": (
        "warta.ig",
        "2024-10-28T07:30:00+07:00",
        "Macet parah di Jalan Ahmad Yani pagi ini akibat perbaikan saluran.",
    ),
    "mega_ig_wisuda": (
        "mega.ig",
        "2024-11-16T14:00:00+07:00",
        "Akhirnya wisuda juga! Terima kasih semua yang sudah support ✌️",
    ),
    "bagas_ig_motor": (
        "bagas.ig",
        "2024-01-27T18:00:00+07:00",
        "Motor baru, siap touring ke Puncak minggu depan.",
    ),
    "masjid_ig": (
        "masjid.ig",
        "2024-01-19T05:00:00+07:00",
        "Kajian Subuh: doa untuk kedamaian negeri menjelang pemilu.",
    ),
    # ---- TikTok
    "pr_tt": ("P02.tt", "2023-12-15T20:00:00+07:00", "Joget santai dulu sebelum kerja lagi 😄"),
    "an_tt": ("P01.tt", "2024-01-20T21:00:00+07:00", "Live bareng anak muda. Tanya apa aja."),
    "k2_tt": (
        "K2.tt",
        "2024-10-10T19:00:00+07:00",
        "Sehari jadi tukang parkir di Summarecon. Ini cerita saya.",
    ),
    "psi_tt": ("PSI.tt", "2024-08-20T19:00:00+07:00", "Anak muda harus masuk politik!"),
    "masak_tt": (
        "masak.tt",
        "2024-01-09T17:00:00+07:00",
        "Resep rendang no 1 di keluarga kami, cuma 3 bahan utama!",
    ),
    "lucu_tt": ("lucu.tt", "2024-11-01T18:00:00+07:00", "Bekasi panas level berapa hari ini?"),
    "warta_tt_debat": (
        "warta.tt",
        "2024-11-03T08:00:00+07:00",
        "Cuplikan debat Pilwalkot Bekasi: adu gagasan soal banjir.",
    ),
    # ---- YouTube
    "kpu_yt_debat1": (
        "kpu.yt",
        "2023-12-12T19:00:00+07:00",
        "[LIVE] Debat Pertama Calon Presiden Pemilu 2024",
    ),
    "kpu_yt_debat5": (
        "kpu.yt",
        "2024-02-04T19:00:00+07:00",
        "[LIVE] Debat Kelima Calon Presiden Pemilu 2024",
    ),
    "gj_yt": (
        "P03.yt",
        "2024-01-26T18:00:00+07:00",
        "Ganjar Menjawab: soal guru, petani, dan nelayan.",
    ),
    "warta_yt_debat": (
        "warta.yt",
        "2024-11-02T19:00:00+07:00",
        "[LIVE] Debat Kedua Pilwalkot Bekasi 2024",
    ),
    "bola_yt": ("bola.yt", "2024-10-15T22:00:00+07:00", "Highlight Timnas Indonesia vs China"),
    # ---- Threads
    "dika_th": (
        "dika.th",
        "2024-01-30T21:00:00+07:00",
        "Pemilu tinggal 2 minggu. Yang masih bingung milih siapa, ngacung.",
    ),
    "dika_th_kerja": (
        "dika.th",
        "2024-10-16T12:00:00+07:00",
        "Kantor pindah ke lantai 3, lift rusak. Kaki gempor.",
    ),
    "kompas_th": (
        "kompas.th",
        "2024-11-25T08:00:00+07:00",
        "Masa tenang Pilkada 2024 dimulai. Alat peraga kampanye wajib diturunkan.",
    ),
}

# --------------------------------------------------------------------------------------------
# Labelled events
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
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


def _when(when: str) -> str:
    """'2024-01-05 10:22' -> '2024-01-05T10:22:00+07:00'."""
    if "T" in when:
        return when
    return when.replace(" ", "T") + ":00" + TZ


def _add(label: str, targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
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


def C(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("C", targets, when, acct, action, text, **kw)


def N(when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("N", "", when, acct, action, text, **kw)


def A(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:
    _add("A", targets, when, acct, action, text, **kw)


def O(targets: str, when: str, acct: str, action: str, text: str, **kw: str) -> None:  # noqa: E743
    _add("O", targets, when, acct, action, text, **kw)


# ============================================================================================
# Pilpres 2024 (window 2023-10-19 .. 2024-04-22)
# ============================================================================================

# ---- X: replies under candidates' and teams' posts
C("p02", "2023-12-10 16:12", "dedi.x", "reply", "mantap 02 👍👍", on="pr_x_bks")
C(
    "p02",
    "2023-12-10 17:40",
    "rizky.x",
    "reply",
    "Bekasi siap menangkan Prabowo-Gibran satu putaran!!",
    on="pr_x_bks",
)
N(
    "2023-12-10 18:05",
    "heru.x",
    "reply",
    "Pak, tolong jalan Kalimalang diperhatikan, tiap hari macet parah.",
    on="pr_x_bks",
)
C(
    "p02",
    "2024-01-12 09:20",
    "andika.x",
    "reply",
    "setujuuu!! anak sekolah kenyang, belajar semangat. lanjutkan pak 🔥",
    on="pr_x_makan",
)
N(
    "2024-01-12 10:02",
    "fajar.x",
    "reply",
    "Anggarannya dari mana pak? Mohon dijelaskan sumber dananya, jangan sampai ambil dari dana BOS.",
    on="pr_x_makan",
)
N(
    "2024-01-13 09:30",
    "agus.x",
    "quote",
    "Ratusan triliun per tahun. Penasaran hitung-hitungannya, semoga di debat dibahas tuntas.",
    on="detik_x_makan",
)
C(
    "p02",
    "2024-01-13 11:45",
    "dedi.x",
    "quote",
    "yang nyinyir makan siang gratis belum pernah liat anak SD berangkat sekolah ga sarapan. 02 paling paham rakyat kecil",
    on="detik_x_makan",
)
C(
    "p02",
    "2023-12-22 22:45",
    "rizky.x",
    "reply",
    "Mas Gibran keren bgt semalem, santuy tp nampol. gasss 💪",
    on="gb_x_debat",
)
N(
    "2023-12-22 23:10",
    "agus.x",
    "reply",
    "SGIE itu singkatan apa sih mas? Jujur baru denger, mohon pencerahan.",
    on="gb_x_debat",
)
C(
    "p01",
    "2024-01-06 18:30",
    "fajar.x",
    "reply",
    "Abah, saya datang sama istri. Perubahan harus menang! #AMINAjaDulu",
    on="an_x_desak",
)
N(
    "2024-01-06 19:02",
    "heru.x",
    "reply",
    "Pak Anies, kalau terpilih bagaimana nasib tenaga honorer di daerah? Mohon dijawab nanti.",
    on="an_x_desak",
)
C("p01", "2024-02-10 12:30", "agus.x", "reply", "☝️☝️☝️ otw JIS!", on="an_x_jis")
C(
    "p01",
    "2024-01-15 08:22",
    "fajar.x",
    "reply",
    "slepet terus gus! 14 feb pokoke nomer siji 😂",
    on="imin_x",
)
N(
    "2024-01-15 09:00",
    "dedi.x",
    "reply",
    "Gus, pupuk subsidi di kampung mertua saya di Karawang masih langka, tolong didata ulang penerimanya.",
    on="imin_x",
)
C(
    "p03",
    "2023-12-05 08:00",
    "heru.x",
    "reply",
    "KTP Sakti mantul! Pak Ganjar presidenku 🖤❤️",
    on="gj_x_tani",
)
N(
    "2023-12-05 08:45",
    "rizky.x",
    "reply",
    "Pak, KTP Sakti itu bedanya apa sama Kartu Tani yang dulu di Jateng?",
    on="gj_x_tani",
)
C(
    "p03",
    "2024-01-25 19:30",
    "heru.x",
    "reply",
    "Guru honorer butuh pemimpin kaya bapak. Salam 3 jari buat bapak 🙌",
    on="gj_x_guru",
)
C(
    "p03",
    "2024-01-20 10:30",
    "heru.x",
    "reply",
    "Ini baru pemimpin. Prof Mahfud tegak lurus. 03 sat set!",
    on="md_x",
)
N(
    "2024-01-20 11:10",
    "agus.x",
    "reply",
    "Prof, kasus korupsi BTS kapan tuntas? Itu uang rakyat triliunan.",
    on="md_x",
)
C(
    "p01",
    "2024-01-29 20:30",
    "agus.x",
    "reply",
    "Siap door to door di RW kami! AMIN!!",
    on="tim01_x",
)
C("p02", "2024-02-01 16:20", "dedi.x", "reply", "Satu putaran! Bismillah 02 🇮🇩", on="tim02_x")
N(
    "2024-01-08 11:30",
    "heru.x",
    "reply",
    "Terima kasih Pak Presiden, tol ini sangat membantu warga Jabar.",
    on="jkw_x",
)

# ---- X: quotes of news and KPU posts
N(
    "2024-01-25 13:40",
    "agus.x",
    "quote",
    "Survei beda-beda terus, tunggu aja hasil resmi KPU. Yang penting datang ke TPS.",
    on="kompas_x_survei",
)
C(
    "p03 PDIP",
    "2024-01-25 14:05",
    "heru.x",
    "quote",
    "Survei boleh kalah, semangat jangan. Banteng ga pernah mundur. 03 menang!",
    on="kompas_x_survei",
)
C(
    "p01",
    "2024-01-25 14:30",
    "fajar.x",
    "quote",
    "Survei mah survei, lapangan bicara lain. AMIN sampai ke TPS 🔥🔥",
    on="kompas_x_survei",
)
N(
    "2024-01-07 21:30",
    "dedi.x",
    "quote",
    "Nonton debat sambil ngopi. Semoga ga ada yang saling serang pribadi.",
    on="detik_x_debat",
)
C(
    "p02",
    "2024-01-07 23:20",
    "rizky.x",
    "quote",
    "Debat boleh diserang, rakyat tetep sayang. 02 gemoyyy 🥰",
    on="detik_x_debat",
)
N(
    "2024-01-07 23:40",
    "agus.x",
    "quote",
    "Angka utang alutsista yang disebut 01 dan 03 beda jauh sama data Kemenkeu, perlu dicek media.",
    on="detik_x_debat",
)
N(
    "2024-02-05 10:30",
    "dedi.x",
    "quote",
    "Catat ya: Rabu 14 Februari, jam 7 sampai jam 1 siang. Jangan lupa bawa KTP dan undangan C6.",
    on="kpu_x_jadwal",
)
C(
    "p03",
    "2024-02-05 12:00",
    "heru.x",
    "quote",
    "Jam 7 pagi udah di TPS, coblos yang rambutnya putih 3️⃣",
    on="kpu_x_jadwal",
)

# ---- X: a friend's thread "who will you vote for?", and threads about other things
C("p01", "2024-01-28 20:05", "fajar.x", "reply", "01 no debat", on="ujang_x_thread")
C("p02", "2024-01-28 20:07", "andika.x", "reply", "gemoy lah 😎", on="ujang_x_thread")
C("p03", "2024-01-28 20:11", "heru.x", "reply", "no 3 no debat", on="ujang_x_thread")
N("2024-01-28 20:15", "agus.x", "reply", "rahasia dong, LUBER JURDIL 🤐", on="ujang_x_thread")
A(
    "",
    "2024-01-28 20:30",
    "dedi.x",
    "reply",
    "yang penting bukan yang suka janji doang 😏",
    on="ujang_x_thread",
)
N(
    "2024-01-18 23:10",
    "rizky.x",
    "reply",
    "no 3 no debat, rendang paling enak",
    on="ujang_x_indomie",
)
N(
    "2024-01-18 23:30",
    "andika.x",
    "reply",
    "goreng no 1 udah paling bener, soto no 2 setuju",
    on="ujang_x_indomie",
)
N(
    "2024-01-22 09:40",
    "dedi.x",
    "reply",
    "Dapet no 2 di antrean loket 3, alhamdulillah cepet 😂",
    on="mega_x_antre",
)
N("2024-01-22 10:05", "heru.x", "reply", "Saya no 102 mbak, pasrah aja", on="mega_x_antre")

# ---- X: own posts, forwarded chains
C("p02", "2024-02-08 21:00", "andika.x", "post", "cblos 02 ajhh gausah mikir lamaa 😤✌️")
C("p01", "2024-02-09 22:00", "agus.x", "post", "AMIIIINNNN ☝️☝️☝️ #AMINAjaDulu")
C(
    "p03",
    "2024-02-09 21:30",
    "heru.x",
    "post",
    "Pak Ganjar penak tenan, wis 3 wae ra sah bingung 🖤",
)
C(
    "p02",
    "2024-02-02 05:45",
    "rizky.x",
    "post",
    'Pesan dari grup WA RT:\n"Warga yth, hari Minggu ada pembagian sembako dari relawan 02 di pos RW 08. Jangan lupa 14 Feb kita balas kebaikannya, coblos nomor 2!"\n👍 gaskeun',
)
N(
    "2024-02-03 11:00",
    "agus.x",
    "post",
    'Pesan berantai "KPU sudah setting pemenang" itu hoaks ya gengs, udah dibantah KPU. Jangan asal forward.',
)
C(
    "p01",
    "2024-02-14 15:20",
    "fajar.x",
    "post",
    "Info A1 dari saksi di TPS 07: 01 menang telak di sini. Alhamdulillah, perubahan tinggal selangkah 🤲☝️",
)
N(
    "2024-02-14 14:00",
    "dedi.x",
    "post",
    "Udah nyoblos, jari ungu ✅. Siapa pun pilihannya, mari jaga suasana tetap adem. Jangan percaya pesan berantai hitung cepat abal-abal.",
)
C("p02", "2024-02-12 08:10", "rizky.x", "post", "yang gemoy-gemoy aja deh biar adem 😄 #masatenang")
C(
    "p02",
    "2024-01-30 07:15",
    "dedi.x",
    "post",
    "Pa Owo mah juara, aing mah dukung nepi ka tungtung ✌️ #PrabowoGibran2024",
)
N(
    "2024-01-31 16:00",
    "fajar.x",
    "post",
    "Rembesan di ruang server lantai 3 udah kedua kalinya minggu ini. Kalo pompa no 2 mati lagi, bubar kita.",
)
N(
    "2024-02-10 17:00",
    "andika.x",
    "post",
    "Jadwal piket posko pengamanan TPS: regu 1 Senin-Selasa, regu 2 Rabu (hari H), regu 3 Kamis. Jangan telat.",
)
N(
    "2024-02-06 22:30",
    "rizky.x",
    "post",
    "Adek gua kelas 3 SD disuruh bikin poster 'Pemilu Damai', kok malah gua yang begadang 😭",
)
C(
    "p02",
    "2024-01-21 20:00",
    "rizky.x",
    "post",
    "2️⃣🔥🔥 lanjutkan Indonesia Maju!! jangan kasih kendor",
)
C(
    "p01",
    "2024-01-31 12:00",
    "fajar.x",
    "post",
    "Kalau mau harga beras turun dan hukum adil, pilihannya cuma satu: Anies-Muhaimin. Yang lain mah lanjutin yang kemarin.",
)
N(
    "2024-01-21 22:30",
    "heru.x",
    "post",
    "Debat cawapres bahas pangan dan lingkungan. Sebagai orang teknik, saya nunggu yang ngomongin irigasi, bukan cuma food estate.",
)

# ---- Facebook: comments under candidates', party's and news posts
C(
    "p02",
    "2024-01-14 12:30",
    "rina.fb",
    "comment",
    "Lanjutkan pak! Ibu-ibu di komplek kami semua 02 ✌️",
    on="pr_fb",
)
N(
    "2024-01-14 13:00",
    "bambang.fb",
    "comment",
    "Hilirisasi bagus, tapi tolong perhatikan juga dampak lingkungan di daerah tambang.",
    on="pr_fb",
)
C(
    "p02",
    "2024-01-14 19:00",
    "andika.fb",
    "share",
    "Setuju sekali, lapangan kerja buat anak-anak kita. Lanjutkan! ✌️",
    on="pr_fb",
)
C(
    "p01",
    "2023-12-20 19:20",
    "siti.fb",
    "comment",
    "Aamiin ya Allah, semoga Abah amanah dan menang. AMIN 🤲",
    on="an_fb",
)
N(
    "2023-12-20 20:00",
    "nining.fb",
    "comment",
    "Pak, bagaimana program untuk bidan desa dan tenaga kesehatan honorer? Kami menunggu kejelasan.",
    on="an_fb",
)
C(
    "p03",
    "2024-01-03 16:30",
    "heru.fb",
    "comment",
    "Hatur nuhun Pak Ganjar sudah ke Kranji. Sat set tas tes, 3 pasti jadi!",
    on="gj_fb",
)
N(
    "2024-01-03 17:10",
    "dedi.fb",
    "comment",
    "Kemarin parkir di sekitar Pasar Kranji sampai ke badan jalan, mohon rombongan berikutnya koordinasi dengan Dishub ya.",
    on="gj_fb",
)
C(
    "PDIP p03",
    "2024-01-10 10:30",
    "nining.fb",
    "comment",
    "Merdeka!!! Salam metal 🤘 banteng pasti menang",
    on="pdip_fb",
)
N(
    "2024-02-15 09:30",
    "dedi.fb",
    "comment",
    "Tunggu real count KPU saja, quick count bukan hasil resmi.",
    on="warta_fb_pilpres",
)
C(
    "p02",
    "2024-02-15 10:10",
    "rina.fb",
    "comment",
    "Alhamdulillah 02 unggul, satu putaran beneran! Selamat Pak Prabowo Mas Gibran 🇮🇩",
    on="warta_fb_pilpres",
)
A(
    "P01",
    "2024-01-16 20:20",
    "siti.fb",
    "comment",
    "Aamiin, semoga lancar. Amin paling serius buat adiknya 🤲",
    on="ujang_fb_sidang",
)
N(
    "2024-01-16 21:00",
    "bambang.fb",
    "comment",
    "Aamiin ya rabbal alamin, semoga lancar dan nilainya A.",
    on="ujang_fb_sidang",
)

# ---- Facebook: forwarded chain messages, in groups and on the timeline
C(
    "p01",
    "2024-02-08 06:15",
    "siti.fb",
    "post",
    "*PESAN BERANTAI – MOHON DISEBARKAN*\nAssalamualaikum ibu-ibu majelis taklim. Tgl 14 Februari mari kita bersama memilih pemimpin yang adil dan amanah. Insya Allah AMIN, coblos nomor 1 ☝️. Sebarkan ke minimal 10 grup, semoga jadi amal jariyah 🤲",
    group="grup_pengajian.fb",
)
C(
    "p02",
    "2024-02-07 07:00",
    "rina.fb",
    "post",
    'copas dari grup sebelah 👇\n"Bapak/Ibu, program makan siang gratis & susu gratis untuk anak kita hanya bisa terwujud kalau 02 menang. Jangan golput! 14 Februari coblos Prabowo-Gibran."\nSebarkan!!',
)
C(
    "p03",
    "2024-02-06 20:00",
    "heru.fb",
    "post",
    "Forward dari grup alumni Teknik:\nKawan-kawan, 03 punya program yang jelas: KTP Sakti, internet gratis untuk sekolah, 1 desa 1 faskes 1 nakes. Ajak keluarga, 14/2 coblos Ganjar-Mahfud. Teruskan ke grup lain 🙏",
)
N(
    "2024-02-12 19:00",
    "nining.fb",
    "post",
    "INFO PENTING PEMILU 📢\n✅ Cek nama di DPT: cekdptonline.kpu.go.id\n✅ Bawa KTP-el dan surat pemberitahuan (C6)\n✅ TPS buka 07.00–13.00\n✅ Tidak dapat C6? Tetap bisa memilih pakai KTP-el asal terdaftar di DPT\nSebarkan ke keluarga ya 🙏",
)
N(
    "2024-02-09 21:00",
    "dedi.fb",
    "post",
    "⚠️ AWAS HOAKS ⚠️\nBeredar pesan berantai bahwa pemilih wajib membawa materai dan fotokopi KK ke TPS. Itu TIDAK BENAR. Cukup KTP-el dan C6. Jangan sebarkan pesan yang belum jelas sumbernya.",
)
N(
    "2024-02-13 20:30",
    "andika.fb",
    "post",
    "Info A1 dari grup RW: TPS 23 dan 24 pindah ke aula Masjid Al-Ikhlas karena lapangan banjir. Bawa payung ya warga.",
    group="grup_warga.fb",
)
N(
    "2024-02-11 10:00",
    "wulan.fb",
    "post",
    "Pesan berantai dari Forum Guru: Bapak/Ibu guru, selama masa tenang mohon tidak mengunggah apa pun terkait paslon di medsos. Kita ASN wajib netral. Sebarkan ke rekan sejawat.",
    group="grup_guru.fb",
)
C(
    "p01",
    "2024-02-05 20:00",
    "wulan.fb",
    "post",
    "Copas dari grup wali murid:\n'Yang ingin pendidikan gratis dan guru sejahtera, 14 Februari ingat nomor 1 ya Bapak Ibu ☝️ AMIN.'\nTeruskan ke grup lain 🙏",
    group="grup_guru.fb",
)
C(
    "p03",
    "2024-02-04 09:00",
    "bambang.fb",
    "post",
    'Pesan berantai dari paguyuban pensiunan:\n"Pilih pemimpin yang sudah terbukti memimpin Jawa Tengah 10 tahun. 03 Ganjar-Mahfud."\nSilakan diteruskan.',
)
N(
    "2024-01-10 07:00",
    "bambang.fb",
    "post",
    "Pesan yang beredar bahwa ASN boleh kampanye asal tidak pakai seragam itu keliru. SKB netralitas melarang. Mohon rekan-rekan ASN hati-hati.",
)
N(
    "2024-02-02 19:00",
    "rina.fb",
    "post",
    "Arisan keluarga bulan Februari diundur tgl 18 ya, tgl 14 semua nyoblos dulu. Nomor undian yang keluar nanti diumumkan di grup.",
)
N(
    "2024-02-10 16:00",
    "siti.fb",
    "post",
    "Info pengajian: kajian rutin Kamis diliburkan tgl 14 Februari karena pemilu. Jamaah silakan menunaikan hak pilih masing-masing. Sebarkan.",
    group="grup_pengajian.fb",
)

# ---- Instagram
C(
    "p02",
    "2024-02-10 17:15",
    "rina.ig",
    "comment",
    "MasyaAllah lautan manusia 😍 02 menang satu putaran aamiin",
    on="pr_ig_gbk",
)
C("p02", "2024-02-10 18:02", "rizky.ig", "comment", "✌️✌️✌️", on="pr_ig_gbk")
N(
    "2024-02-10 18:20",
    "wulan.ig",
    "comment",
    "Semoga semua pulang dengan selamat, jangan ada yang pingsan kepanasan 🙏",
    on="pr_ig_gbk",
)
C(
    "p02",
    "2024-01-14 15:30",
    "rizky.ig",
    "comment",
    "mas gibran idola anak muda bekasi!! fix pilih mas 🔥",
    on="gb_ig",
)
N(
    "2024-01-14 16:10",
    "wulan.ig",
    "comment",
    "Mas, lapangan kerja buat lulusan SMK gimana? murid-murid saya banyak yang nganggur.",
    on="gb_ig",
)
C(
    "p01",
    "2024-02-10 18:30",
    "siti.ig",
    "comment",
    "☝️ Allahu Akbar, perubahan!! AMIN AMIN AMIN",
    on="an_ig_jis",
)
C("p01", "2024-02-10 19:00", "wulan.ig", "comment", "🔥🔥 01", on="an_ig_jis")
N(
    "2024-01-21 09:30",
    "rina.ig",
    "comment",
    "Sarapannya apa pak? Nasi uduk Betawi enak lho 😁",
    on="an_ig_keluarga",
)
C(
    "p01",
    "2024-01-21 10:05",
    "siti.ig",
    "comment",
    "Keluarga idaman, pemimpin idaman. Amin paling serius 🤲",
    on="an_ig_keluarga",
)
C("p03", "2024-02-03 16:30", "yuli.ig", "comment", "3️⃣🖤❤️ gaspol pak!", on="gj_ig")
N(
    "2024-02-03 17:00",
    "yuli.ig",
    "comment",
    "Min, tolong tim sediakan ambulans dan tenda medis di lokasi, tadi di barisan belakang ada yang pingsan.",
    on="gj_ig",
)
C(
    "p03",
    "2024-01-31 12:30",
    "yuli.ig",
    "comment",
    "Relawan nakes Bekasi siap! Menangkan 03 💪",
    on="tim03_ig",
)
N(
    "2024-02-04 23:30",
    "wulan.ig",
    "comment",
    "Tema pendidikan akhirnya dibahas. Semoga siapa pun yang menang, nasib guru honorer benar-benar diperhatikan.",
    on="kompas_ig_debat",
)
C(
    "p01",
    "2024-02-04 23:45",
    "siti.ig",
    "comment",
    "Jawaban 01 paling berisi, makin mantap pilih Abah ☝️",
    on="kompas_ig_debat",
)
N(
    "2024-01-27 18:30",
    "rizky.ig",
    "comment",
    "gas pol bro, ati-ati di tanjakan Puncak 🏍️",
    on="bagas_ig_motor",
)
N(
    "2024-01-19 05:30",
    "siti.ig",
    "comment",
    "Aamiin ya Rabbal 'alamin. Semoga pemilu damai, siapa pun pilihannya tetap bersaudara.",
    on="masjid_ig",
)
C(
    "p03",
    "2024-02-07 23:50",
    "yuli.ig",
    "post",
    "Dinas malam tapi hati tetap 3 jari 🖤❤️ #GanjarMahfud2024",
    alt="Swafoto perawat berseragam di lorong rumah sakit mengacungkan tiga jari",
)
C(
    "p02",
    "2024-01-25 19:00",
    "rina.ig",
    "post",
    "Siap menangkan! 💪 ibu-ibu Bekasi kompak",
    ocr="PRABOWO GIBRAN 2024 • BERSAMA INDONESIA MAJU • COBLOS NO 2",
)
N(
    "2024-01-24 14:00",
    "wulan.ig",
    "post",
    "Praktikum IPA kelas 8: tabung no 1 air, tabung no 2 minyak, tabung no 3 sabun. Coba tebak hasilnya 🧪",
)

# ---- TikTok
C(
    "p02",
    "2023-12-15 20:30",
    "andika.tt",
    "comment",
    "joget gemoy wkwk, 02 pokoknya 😂🕺",
    on="pr_tt",
)
C("p02", "2023-12-15 21:00", "rizky.tt", "comment", "prabowoooo gemoyyyy 😍😍 2️⃣", on="pr_tt")
N("2023-12-15 21:20", "wulan.tt", "comment", "lagu backsound-nya judulnya apa ya? 😅", on="pr_tt")
C(
    "p01",
    "2024-01-20 21:15",
    "wulan.tt",
    "comment",
    "Abah idola guru-guru honorer! semoga menang ☝️",
    on="an_tt",
)
N(
    "2024-01-20 21:30",
    "rizky.tt",
    "comment",
    "Pak, pendapat bapak soal UKT mahal gimana? adek saya mau kuliah",
    on="an_tt",
)
N(
    "2024-01-09 17:30",
    "wulan.tt",
    "comment",
    "rendang no 1 emang ga ada lawan, coba ah resepnya",
    on="masak_tt",
)
N(
    "2024-01-09 18:00",
    "andika.tt",
    "comment",
    "3 bahan doang? mantap bun, no 1 di hati 🤤",
    on="masak_tt",
)

# ---- YouTube
N(
    "2023-12-12 21:30",
    "agus.yt",
    "comment",
    "Moderatornya kurang tegas, banyak pertanyaan yang tidak dijawab tuntas oleh ketiga paslon.",
    on="kpu_yt_debat1",
)
C(
    "p03",
    "2023-12-12 21:45",
    "bambang.yt",
    "comment",
    "Pak Ganjar paling tenang dan solutif. 03 tuntaskan!",
    on="kpu_yt_debat1",
)
C(
    "p01",
    "2023-12-12 22:10",
    "fajar.yt",
    "comment",
    "Wakanda no more, Indonesia forever. Abah mantap!! ☝️",
    on="kpu_yt_debat1",
)
N(
    "2024-02-04 21:30",
    "bambang.yt",
    "comment",
    "Debat terakhir lebih adem. Semoga 14 Februari semua damai. Salam dari Bandung.",
    on="kpu_yt_debat5",
)
C(
    "p01",
    "2024-02-04 22:10",
    "agus.yt",
    "comment",
    "Closing statement Abah bikin merinding. 14 Februari ☝️ insyaAllah.",
    on="kpu_yt_debat5",
)
N(
    "2024-02-04 22:30",
    "fajar.yt",
    "comment",
    "Jam 01.00 baru kelar nonton ulang, ada yang punya timestamp segmen kesehatan?",
    on="kpu_yt_debat5",
)
C(
    "p03",
    "2024-01-26 18:30",
    "bambang.yt",
    "comment",
    "Guru dan petani butuh Pak Ganjar. Prof Mahfud untuk hukum. Paket lengkap 03 👍",
    on="gj_yt",
)
N(
    "2024-01-26 19:00",
    "fajar.yt",
    "comment",
    "Pak, nelayan di Muara Gembong juga perlu perhatian, dermaganya rusak.",
    on="gj_yt",
)

# ---- Threads
C(
    "p01",
    "2024-01-30 21:10",
    "agus.th",
    "reply",
    "Masih bingung? Sini aku bantu: AMIN aja dulu 😁☝️",
    on="dika_th",
)
C(
    "p03",
    "2024-01-30 21:20",
    "yuli.th",
    "reply",
    "ngacung 🙋‍♀️ eh udah mantep ding, yang rambut putih aja biar sat set",
    on="dika_th",
)
N(
    "2024-01-31 07:40",
    "agus.th",
    "reply",
    "Buat yang beneran bingung: baca visi-misi di infopemilu.kpu.go.id, bandingin sendiri, jangan cuma ikut-ikutan grup WA.",
    on="dika_th",
)

# ============================================================================================
# Pilwalkot Bekasi 2024 (window 2024-08-27 .. 2025-01-09)
# ============================================================================================

# ---- X
C(
    "k2",
    "2024-10-05 10:30",
    "rizky.x",
    "reply",
    "HEBAT HEBAT HEBAT!!! Bekasi Timur siap no 2 🔥",
    on="k2_x",
)
C(
    "k2",
    "2024-10-05 11:10",
    "andika.x",
    "reply",
    "gas pol bang hendra, dua jari buat bekasi ✌️",
    on="k2_x",
)
N(
    "2024-10-05 12:00",
    "dedi.x",
    "reply",
    "Pak, kegiatan di Pondok Gede tadi bikin macet Jl. Raya Jatiwaringin, mohon izin keramaian dikoordinasikan dengan Dishub.",
    on="k2_x",
)
C(
    "k2",
    "2024-11-05 07:30",
    "fajar.x",
    "reply",
    "Nah ini baru program nyata. Pak Hendra the best, Bekasi HEBAT!",
    on="k2_x_banjir",
)
N(
    "2024-11-05 08:00",
    "heru.x",
    "reply",
    "Normalisasi kali itu sebagian kewenangan pusat dan provinsi pak, mohon janjinya disesuaikan dengan kewenangan pemkot.",
    on="k2_x_banjir",
)
N(
    "2024-10-12 08:30",
    "dedi.x",
    "reply",
    "Siap pak, personel Dishub sudah disiagakan untuk pengalihan arus di Jl. Pahlawan.",
    on="pjwk_x",
)
N(
    "2024-10-12 09:00",
    "rizky.x",
    "reply",
    "ini baru pemimpin, turun langsung ke lapangan 👏",
    on="pjwk_x",
)
N(
    "2024-09-23 14:20",
    "agus.x",
    "quote",
    "Sudah resmi ya nomor urutnya. Yuk baca visi-misi ketiganya sebelum milih, jangan cuma lihat baliho.",
    on="kpubks_x_undian",
)
C(
    "k1",
    "2024-09-23 15:00",
    "dedi.x",
    "quote",
    "Nomor 1 emang cocok buat yang terbaik 😎 AKUR!",
    on="kpubks_x_undian",
)
C(
    "k3",
    "2024-09-23 15:40",
    "heru.x",
    "quote",
    "3 = LUHUR. Jujur, bersih, pro rakyat. Bismillah 🤲",
    on="kpubks_x_undian",
)
C(
    "k1",
    "2024-10-30 20:10",
    "agus.x",
    "reply",
    "akur lah bang, biar bekasi adem 😁 no 1",
    on="ujang_x_pilkada",
)
C(
    "k3",
    "2024-10-30 20:20",
    "heru.x",
    "reply",
    "Saya sih Pak Lukman, orangnya lurus. 3!",
    on="ujang_x_pilkada",
)
N(
    "2024-10-30 20:25",
    "fajar.x",
    "reply",
    "masih nunggu debat kedua bro, belum ada yang bahas sampah Bantargebang serius",
    on="ujang_x_pilkada",
)
A(
    "K2",
    "2024-10-30 20:40",
    "rizky.x",
    "reply",
    "yang penting yang pernah jadi tukang parkir sehari 🤣",
    on="ujang_x_pilkada",
)
C(
    "k2",
    "2024-10-30 21:00",
    "andika.x",
    "reply",
    "2 lah, udah jelas programnya. yg lain cuma baliho 😤",
    on="ujang_x_pilkada",
)
N(
    "2024-10-19 21:10",
    "andika.x",
    "reply",
    "Persija no 1 di hati!! Macan Kemayoran 🐯🧡",
    on="bola_x",
)
N(
    "2024-10-19 21:30",
    "rizky.x",
    "reply",
    "Persib kalah lagi, turun ke no 3 klasemen 😭",
    on="bola_x",
)
C(
    "k1",
    "2024-11-20 06:00",
    "dedi.x",
    "post",
    "Bekasi Akur Warga Makmur 🙏 tanggal 27 jangan salah coblos ya lurr #BekasiAkur",
)
N(
    "2024-11-27 13:30",
    "andika.x",
    "post",
    "Bertugas jaga TPS dari subuh, alhamdulillah aman terkendali. Jari ungu ✅",
)
N(
    "2024-10-16 08:00",
    "agus.x",
    "post",
    "Server aplikasi kantor down lagi, padahal deadline laporan tgl 2. Nomor tiket helpdesk udah 03-117 😩",
)
N(
    "2024-11-01 07:00",
    "heru.x",
    "post",
    "Tim kami lagi ngecor ruas Cikarang–Cibarusah, mohon sabar ya pengendara. Tunjukkan budi pekerti yang luhur, jangan serobot jalur 😅",
)
C(
    "k2",
    "2024-11-22 22:00",
    "rizky.x",
    "post",
    "HEBAT2 sampai TPS!! bekasi timur pokoknya dua jari ✌️✌️ #BekasiHEBAT",
)
N(
    "2024-11-28 09:00",
    "fajar.x",
    "post",
    "Pilkada udah, sekarang musim hujan. Yang rumahnya dekat Kali Bekasi, pantau tinggi muka air di akun resmi BBWS ya.",
)

# ---- Facebook: comments
C(
    "k1",
    "2024-10-01 09:30",
    "rina.fb",
    "comment",
    "Bismillah, ibu-ibu Bekasi Utara siap AKUR! Semoga menang pak 🤲",
    on="k1_fb",
)
C("k1", "2024-10-01 10:00", "dedi.fb", "comment", "Bekasi Akur Warga Makmur 👍👍 no 1", on="k1_fb")
N(
    "2024-10-01 10:20",
    "wulan.fb",
    "comment",
    "Pak Arief, bagaimana dengan sekolah negeri yang kekurangan kelas? SMP kami masih masuk siang.",
    on="k1_fb",
)
C(
    "k1",
    "2024-10-22 19:20",
    "bambang.fb",
    "comment",
    "Alhamdulillah akhirnya ada yang memikirkan guru honorer dan guru ngaji. Kami dukung penuh, Pak Arief!",
    on="k1_fb_guru",
)
N(
    "2024-10-22 19:40",
    "siti.fb",
    "comment",
    "Guru ngaji juga mohon didata dengan benar pak, jangan sampai janji saja seperti tahun-tahun lalu.",
    on="k1_fb_guru",
)
C(
    "k3",
    "2024-10-15 11:30",
    "nining.fb",
    "comment",
    "Pemimpin yang mau turun ke pasar itu langka. Bekasi Luhur Bekasi Jujur 👍",
    on="k3_fb",
)
N(
    "2024-10-15 12:00",
    "rina.fb",
    "comment",
    "Harga cabai memang naik terus pak, di Pasar Baru sudah 80 ribu sekilo.",
    on="k3_fb",
)
C(
    "k3",
    "2024-10-15 12:30",
    "heru.fb",
    "comment",
    "mantul pak Lukman, 3 nomor keramat 😁",
    on="k3_fb",
)
C(
    "k1",
    "2024-10-20 20:30",
    "dedi.fb",
    "comment",
    "Siap bergerak! RW 12 Margahayu sudah solid AKUR 💪",
    on="kt1_fb",
)
N(
    "2024-10-20 21:00",
    "andika.fb",
    "comment",
    "Mohon izin, kegiatan di lapangan RW wajib pemberitahuan ke kecamatan dan kepolisian ya.",
    on="kt1_fb",
)
N(
    "2024-11-02 22:20",
    "bambang.fb",
    "comment",
    "Debatnya cukup bermutu. Tapi tidak ada yang menjelaskan pembiayaan normalisasi kali. Semoga debat ketiga lebih detail.",
    on="warta_fb_debat",
)
C(
    "k2",
    "2024-11-02 22:40",
    "andika.fb",
    "comment",
    "Pak Hendra paling nguasain materi, makin yakin pilih nomor 2 👍",
    on="warta_fb_debat",
)
C(
    "k3",
    "2024-11-02 23:00",
    "nining.fb",
    "comment",
    "Bu Nurul keren banget jawabannya soal posyandu. LUHUR pokoknya! 3️⃣",
    on="warta_fb_debat",
)
N(
    "2024-11-02 23:15",
    "wulan.fb",
    "comment",
    "Paslon 1 janji sekolah gratis, paslon 2 janji seragam gratis, paslon 3 janji tablet. Anggarannya dari mana semua? 🤔",
    on="warta_fb_debat",
)
N(
    "2024-10-10 06:30",
    "nining.fb",
    "comment",
    "Warga yang butuh pemeriksaan kesehatan pasca banjir bisa ke Puskesmas Bekasi Jaya, buka 24 jam.",
    on="warta_fb_banjir",
)
N(
    "2024-10-10 07:00",
    "andika.fb",
    "share",
    "Hati-hati yang lewat Jatiasih, cari jalan alternatif.",
    on="warta_fb_banjir",
)
N(
    "2024-10-06 13:30",
    "rina.fb",
    "comment",
    "Barakallah Ujang! Semoga sakinah mawaddah warahmah. Akur-akur terus sampai kakek nenek ya 🤲",
    on="ujang_fb_nikah",
)
N(
    "2024-10-06 14:00",
    "heru.fb",
    "comment",
    "Selamat ya Jang, langgeng dan makin hebat rumah tangganya 👍",
    on="ujang_fb_nikah",
)
N(
    "2024-11-09 07:30",
    "dedi.fb",
    "comment",
    "Siap pak RT, saya bawa cangkul 2. No 1 hadir 😄",
    on="rt_fb_kerjabakti",
)
N(
    "2024-11-18 11:00",
    "nining.fb",
    "share",
    "Ayo cek DPT, jangan sampai tidak bisa memilih tanggal 27 November.",
    on="kpubks_fb_dpt",
)
C(
    "k1",
    "2024-11-18 12:00",
    "rina.fb",
    "comment",
    "Sudah cek, terdaftar ✅ tinggal tunggu tanggal 27, AKUR nomor 1 insyaAllah",
    on="kpubks_fb_dpt",
)

# ---- Facebook: chains and group posts
C(
    "k1",
    "2024-11-21 19:00",
    "dedi.fb",
    "post",
    "Copas dari grup sebelah:\n📣 Warga Bekasi Timur yth, tanggal 27 November mari kita AKUR-kan Bekasi. Coblos nomor 1 Arief–Umar. Sebarkan ke grup RT/RW masing-masing!",
    group="grup_warga.fb",
)
C(
    "k1",
    "2024-10-27 10:00",
    "rina.fb",
    "post",
    "Ibu-ibu relawan, besok kumpul di posko jam 8, kita bagi stiker AKUR ke rumah-rumah ya 💪",
    group="grup_relawan.fb",
)
N(
    "2024-11-22 20:00",
    "siti.fb",
    "post",
    "Pesan berantai untuk jamaah: menjelang 27 November, jaga lisan dan jari. Jangan saling hujat karena beda pilihan wali kota. Silakan disebarkan.",
    group="grup_pengajian.fb",
)
N(
    "2024-11-25 19:00",
    "andika.fb",
    "post",
    "INFO: Mulai hari ini masa tenang. Satpol PP Kota Bekasi menertibkan APK semua paslon. Mohon warga tidak memasang kembali. Sebarkan.",
    group="grup_warga.fb",
)
N(
    "2024-11-26 19:30",
    "nining.fb",
    "post",
    "Pengumuman dari grup RW: TPS 15 Margahayu di halaman Puskesmas. Lansia dan ibu hamil didahulukan. Bawa KTP dan undangan. Sebarkan 🙏",
    group="grup_warga.fb",
)
N(
    "2024-11-20 20:00",
    "wulan.fb",
    "post",
    "⚠️ HOAKS: beredar voice note bahwa Pilkada Bekasi ditunda karena banjir. KPU Kota Bekasi sudah membantah, pemungutan suara tetap 27 November.",
    group="grup_guru.fb",
)
C(
    "k2",
    "2024-11-19 21:00",
    "wulan.fb",
    "post",
    'Titipan dari grup wali murid 🙏\n"Bapak Ibu, Pak Hendra sudah janji seragam gratis untuk SD-SMP. Yuk kita menangkan nomor 2 biar anak-anak kita sekolah tanpa beban."\nSebarkan!',
    group="grup_guru.fb",
)
N(
    "2024-12-01 10:00",
    "bambang.fb",
    "post",
    "Reuni angkatan 2006 jadi tanggal 21 Desember di kelas XII IPA 3, lantai 2. Yang belum bayar iuran, nomor rekening bendahara ada di bawah ya.",
    group="grup_alumni.fb",
)
C(
    "k3",
    "2024-11-15 20:00",
    "heru.fb",
    "post",
    "Teman-teman alumni yang KTP-nya Bekasi, titip Pak Lukman no 3 ya. Orang baik, teman kita sendiri di OSIS dulu 😁 #BekasiLuhur",
    group="grup_alumni.fb",
)
N(
    "2024-11-15 21:00",
    "rina.fb",
    "post",
    "Arisan ibu-ibu RT 06 bulan ini yang keluar nomor 2 dan nomor 3, selamat Bu Eti dan Bu Yayah 🎉",
    group="grup_warga.fb",
)
C(
    "k2",
    "2024-11-23 21:30",
    "andika.fb",
    "post",
    "PESAN BERANTAI 📢📢\nBesok masa tenang, malam ini terakhir: Bekasi butuh pemimpin yang berani turun ke got dan kali. Hendra–Badrus nomor 2. #BekasiHEBAT\nSEBARKAN SEBELUM JAM 12 MALAM!!",
)
N(
    "2024-11-23 22:00",
    "dedi.fb",
    "post",
    "Buat yang nanya: APK paslon yang masih terpasang di jalan protokol akan diturunkan mulai besok pagi oleh tim gabungan. Info resmi, bukan pesan berantai.",
)
C(
    "k3",
    "2024-11-20 09:00",
    "nining.fb",
    "post",
    "Forward dari grup bidan se-Kota Bekasi:\n'Bu Nurul dulu bidan puskesmas, beliau paham susahnya nakes. Tanggal 27 kita dukung LUHUR nomor 3.'\nMohon diteruskan 🙏",
)
N(
    "2024-09-30 20:00",
    "bambang.fb",
    "post",
    "Catatan kuliah tamu di Unisma tadi: Pilkada serentak 2024 diikuti 545 daerah. Tantangan terbesar justru netralitas ASN dan politik uang.",
)

# ---- Instagram
C("k1", "2024-10-08 16:30", "rina.ig", "comment", "Sehat, akur, makmur 💚 pokoknya 1️⃣", on="k1_ig")
N(
    "2024-10-08 17:00",
    "yuli.ig",
    "comment",
    "Senam paginya tiap minggu di mana ya pak? ibu saya mau ikut senamnya aja 😅",
    on="k1_ig",
)
C("k2", "2024-10-18 12:30", "rizky.ig", "comment", "HEBATTTT 🔥🔥 2️⃣", on="k2_ig")
C(
    "k2",
    "2024-10-18 13:00",
    "wulan.ig",
    "comment",
    "Pak Hendra ganteng, programnya juga ganteng 😆 no 2 fix!",
    on="k2_ig",
)
C(
    "k3",
    "2024-11-10 09:30",
    "siti.ig",
    "comment",
    "Jujur dan luhur, insyaAllah amanah. Doa kami untuk Pak Lukman & Bu Nurul, semoga menang 🤲",
    on="k3_ig",
)
N(
    "2024-11-10 10:00",
    "wulan.ig",
    "comment",
    "Selamat Hari Pahlawan 🇮🇩 murid-murid kami juga upacara tadi pagi.",
    on="k3_ig",
)
C(
    "k2",
    "2024-11-12 19:30",
    "rizky.ig",
    "comment",
    "Bekasi Timur aman bang, Sahabat HEBAT siap tempur 💪",
    on="kt2_ig",
)
C("k2", "2024-11-12 20:00", "wulan.ig", "comment", "✌️✌️✌️ hebat hebat hebat", on="kt2_ig")
N(
    "2024-09-23 17:20",
    "wulan.ig",
    "comment",
    "Baru tahu ternyata ada 3 paslon. Semoga kampanyenya adem ya, jangan ada yang fitnah-fitnahan.",
    on="warta_ig_undian",
)
C(
    "k1",
    "2024-09-23 17:40",
    "rina.ig",
    "comment",
    "no 1 nomer keberuntungan 😎 akur akur akur",
    on="warta_ig_undian",
)
N(
    "2024-10-28 07:45",
    "rina.ig",
    "comment",
    "Ya Allah macet parah, pegawai Bapenda aja telat semua. Lewat Jl. Cut Mutia juga sama.",
    on="warta_ig_macet",
)
N(
    "2024-10-28 08:00",
    "yuli.ig",
    "comment",
    "Nomor 1 di dunia soal macet ya Bekasi 😭",
    on="warta_ig_macet",
)
N(
    "2024-10-25 10:30",
    "rizky.ig",
    "comment",
    "Alhamdulillah ngurus izin sekarang gampang, hebat Pemkot 👏",
    on="pjwk_ig",
)
N(
    "2024-11-16 14:30",
    "yuli.ig",
    "comment",
    "✌️✌️ selamat mega! akhirnya S.Kep juga, nyusul ke RSUD yuk",
    on="mega_ig_wisuda",
)
C(
    "k3",
    "2024-11-21 20:00",
    "yuli.ig",
    "post",
    "Nakes pilih yang paham nakes 🩺 Bu Nurul, kami bersamamu. #BekasiLuhur",
    alt="Foto tangan memegang stetoskop dan stiker bertuliskan LUHUR 3",
)
A(
    "K1",
    "2024-10-30 07:00",
    "siti.ig",
    "post",
    "Akur itu indah. Bekasi butuh warga yang akur, bukan yang saling hujat 🤍",
)

# ---- TikTok
C(
    "k2",
    "2024-10-10 19:30",
    "andika.tt",
    "comment",
    "bang hendra merakyat bgt 😭 fix no 2 no debat",
    on="k2_tt",
)
N(
    "2024-10-10 20:00",
    "rizky.tt",
    "comment",
    "wkwk tukang parkir beneran mah ga pake sepatu mahal bang 😂",
    on="k2_tt",
)
C("k2", "2024-10-10 20:30", "wulan.tt", "comment", "Bekasi HEBAT 🥰🥰", on="k2_tt")
N(
    "2024-11-01 18:10",
    "rizky.tt",
    "comment",
    "level 3 bang, panasnya kaya neraka bocor 🥵",
    on="lucu_tt",
)
N(
    "2024-11-01 18:20",
    "andika.tt",
    "comment",
    "no 1 paling panas se-Indonesia, Bekasi planet lain beneran wkwk",
    on="lucu_tt",
)
C(
    "k2",
    "2024-11-03 08:30",
    "rizky.tt",
    "comment",
    "cuma paslon 2 yg jawab soal banjir pake data. fix HEBAT 🔥",
    on="warta_tt_debat",
)
N(
    "2024-11-03 09:00",
    "andika.tt",
    "comment",
    "Paslon 1 sama 3 jawabannya muter-muter, paslon 2 kebanyakan janji. liat debat ketiga dulu deh",
    on="warta_tt_debat",
)
C(
    "k2",
    "2024-11-03 09:40",
    "wulan.tt",
    "comment",
    "nomer 2 paling masuk akal 👍 guru-guru dukung!",
    on="warta_tt_debat",
)

# ---- YouTube
C(
    "k1",
    "2024-11-02 21:00",
    "bambang.yt",
    "comment",
    "Pak Arief tenang dan berpengalaman. Bekasi Akur Warga Makmur, insya Allah nomor 1.",
    on="warta_yt_debat",
)
N(
    "2024-11-02 21:20",
    "agus.yt",
    "comment",
    "Suara paslon 3 kecil banget, tolong operator audionya dicek.",
    on="warta_yt_debat",
)
C(
    "k2",
    "2024-11-02 21:40",
    "fajar.yt",
    "comment",
    "Nomor 2 satu-satunya yang paham soal kali dan tanggul. Hendra-Badrus lanjut!",
    on="warta_yt_debat",
)
N(
    "2024-11-02 22:00",
    "fajar.yt",
    "comment",
    "Untuk info: normalisasi Kali Bekasi itu kewenangan BBWS, bukan pemkot. Jadi siapa pun yang menang harus koordinasi dengan pusat.",
    on="warta_yt_debat",
)
C(
    "k1",
    "2024-11-02 22:15",
    "agus.yt",
    "comment",
    "akurrr 1️⃣🔥 closing statementnya adem banget",
    on="warta_yt_debat",
)
N(
    "2024-10-15 22:30",
    "agus.yt",
    "comment",
    "Timnas main hebat! Gol no 2 dari tendangan jarak jauh mantap banget 🔥",
    on="bola_yt",
)
N(
    "2024-10-15 23:00",
    "bambang.yt",
    "comment",
    "Garuda di dadaku! Pemain nomor 3 bertahannya luar biasa.",
    on="bola_yt",
)

# ---- Threads
N(
    "2024-10-16 12:30",
    "yuli.th",
    "reply",
    "samaa, ruangan aku di lantai 3 juga, lift RSUD rusak udah seminggu 😭",
    on="dika_th_kerja",
)
N(
    "2024-11-25 08:30",
    "agus.th",
    "quote",
    "Baliho di perempatan Rawa Panjang masih ada tuh, semoga segera ditertibkan.",
    on="kompas_th",
)
C(
    "k3",
    "2024-11-22 21:00",
    "yuli.th",
    "post",
    "Udah mantep milih yang jujur dan luhur. Bu Nurul dulu bidan, pasti ngerti nasib nakes 🥹 #BekasiLuhur",
)
C(
    "k1",
    "2024-11-21 22:00",
    "agus.th",
    "post",
    "hot take: Bekasi butuh yang akur bukan yang ribut. 1️⃣ aja udah",
)
N(
    "2024-11-27 20:00",
    "yuli.th",
    "post",
    "Selesai dinas langsung nyoblos, TPS tutup jam 1 untung masih keburu. Semoga siapa pun yang menang amanah 🙏",
)

# ============================================================================================
# Parties (political at any time)
# ============================================================================================

C(
    "GERINDRA",
    "2025-02-06 10:30",
    "dedi.x",
    "reply",
    "Selamat ulang tahun Gerindra! Terus berjuang bersama Pak Prabowo 🦅🇮🇩",
    on="gerindra_x",
)
N(
    "2025-02-06 11:00",
    "agus.x",
    "reply",
    "Min, itu di banner ada orang pakai seragam dinas ASN, tolong dicek ya biar nggak jadi masalah.",
    on="gerindra_x",
)
C(
    "GOLKAR",
    "2024-10-20 10:30",
    "bambang.fb",
    "comment",
    "Dirgahayu Golkar! Suara Golkar suara rakyat, jayalah partai beringin 🌳💛",
    on="golkar_fb",
)
N(
    "2024-10-20 11:00",
    "dedi.fb",
    "comment",
    "Mohon acara HUT di Jl. Ahmad Yani tidak menutup jalan, kemarin sore macet total.",
    on="golkar_fb",
)
C(
    "PKS",
    "2023-08-15 10:30",
    "siti.fb",
    "comment",
    "Alhamdulillah, PKS selalu hadir untuk umat. Tetap istiqomah, PKS menang! 💪",
    on="pks_fb",
)
C(
    "PKB",
    "2024-07-23 09:30",
    "siti.ig",
    "comment",
    "Selamat Harlah PKB! Partainya para santri, terus jaya 💚",
    on="pkb_ig",
)
N(
    "2024-07-23 10:00",
    "rina.ig",
    "comment",
    "Poster harlahnya bagus, desainnya pakai aplikasi apa min?",
    on="pkb_ig",
)
C(
    "GERINDRA",
    "2024-08-31 10:30",
    "rizky.ig",
    "comment",
    "Gerindra jaya! Garuda di dadaku 🦅",
    on="gerindra_ig",
)
C(
    "PSI",
    "2024-07-10 12:30",
    "yuli.ig",
    "comment",
    "Daftar ah, PSI partainya anak muda 🌹",
    on="psi_ig",
)
N(
    "2024-07-10 13:00",
    "wulan.ig",
    "comment",
    "Ingat ya teman-teman, ASN nggak boleh jadi anggota partai 🙏",
    on="psi_ig",
)
C(
    "PSI",
    "2024-08-20 19:30",
    "andika.tt",
    "comment",
    "gas PSI bro, anak muda harus bersatu 🌹🌹",
    on="psi_tt",
)
C(
    "PKS",
    "2024-12-20 20:00",
    "siti.fb",
    "post",
    "Pesan berantai dari akhwat: Ayo dukung kader-kader PKS di DPRD, insyaAllah amanah. #PKSMenang 💪",
)
C(
    "PDIP",
    "2025-01-10 09:00",
    "heru.x",
    "post",
    "Dirgahayu PDI Perjuangan ke-52! Merdeka! 🐂❤️ Salam metal",
)
C(
    "DEMOKRAT",
    "2024-09-09 10:00",
    "bambang.fb",
    "post",
    "Selamat HUT ke-23 Partai Demokrat. Bersama Demokrat, rakyat sejahtera. Lanjutkan perjuangan!",
)
C(
    "PAN",
    "2024-08-23 09:00",
    "rina.fb",
    "post",
    "Selamat milad PAN ke-26 🎉 PAN terus maju, partai kebanggaan kami sekeluarga",
)
C(
    "NASDEM",
    "2023-11-11 10:00",
    "fajar.x",
    "post",
    "12 tahun NasDem, Restorasi Indonesia! Terus bergerak 💙",
)
C(
    "PPP",
    "2024-01-05 20:00",
    "siti.ig",
    "post",
    "Ka'bah di hati 🕋💚 Jangan lupa 14 Februari coblos PPP untuk DPR RI!",
)
C(
    "PKB",
    "2025-03-02 16:00",
    "siti.fb",
    "post",
    "Copas dari grup alumni pesantren: 'PKB rumah besar kaum santri, mari kita besarkan bersama.' Setuju 100% 💚",
)
N(
    "2024-06-10 10:00",
    "dedi.fb",
    "post",
    "Kantor DPC Golkar dan PKS di Jl. Ahmad Yani parkirnya makan bahu jalan, sudah kami surati dua-duanya. Berlaku untuk semua, bukan soal partainya.",
)
N(
    "2024-01-20 09:00",
    "agus.x",
    "post",
    "Baru tahu surat suara DPR ada 18 partai nasional. Surat suaranya bakal lebar banget 😅",
)
N(
    "2024-03-01 10:00",
    "bambang.fb",
    "post",
    "Analisis singkat: hasil Pileg 2024 menempatkan PDIP, Golkar, dan Gerindra di tiga besar. Komposisi DPRD Jabar ikut berubah. Menarik untuk kajian otonomi daerah.",
)
N(
    "2024-12-05 19:00",
    "andika.tt",
    "comment",
    "wkwk garuda di dadaku, timnas no 1 di hatiku 🇮🇩",
    on="lucu_tt",
)

# ============================================================================================
# Outside every window: naming only candidates
# ============================================================================================

O(
    "P03",
    "2023-06-15 20:00",
    "heru.fb",
    "post",
    "Pak Ganjar pemimpin yang merakyat, semoga jadi RI 1. Aamiin.",
)
O(
    "P01",
    "2023-09-05 19:00",
    "siti.ig",
    "post",
    "Abah Anies dan Gus Imin, duet yang pas. Semoga berjodoh memimpin negeri 🤲",
)
O(
    "P02",
    "2024-05-20 10:00",
    "rina.fb",
    "post",
    "Pak Prabowo dan Mas Gibran, kami bangga! Semoga amanah memimpin Indonesia 🇮🇩",
)
O(
    "K1",
    "2024-06-12 20:00",
    "dedi.fb",
    "post",
    "Bang Arief Kurniawan orang baik, cocok mimpin Bekasi. Semoga maju beneran tahun ini.",
)
O(
    "K2",
    "2025-02-20 19:00",
    "rizky.x",
    "post",
    "Pak Hendra tetap semangat walau belum menang, Bekasi tetap butuh orang kayak bapak 🙏",
)
O(
    "K3",
    "2025-03-01 10:00",
    "yuli.th",
    "post",
    "Bu Nurul Fitriani tetap jadi idola nakes Bekasi. Semoga lain kali maju lagi ❤️",
)
O(
    "P01",
    "2024-07-10 20:00",
    "fajar.x",
    "post",
    "Abah Anies tetap presiden di hati saya. Kapan-kapan Desak Anies lagi dong.",
)
O(
    "P02",
    "2024-08-17 09:00",
    "andika.x",
    "post",
    "Mas Gibran keren pas upacara 17an di IKN, calon pemimpin masa depan 💪",
)

# ============================================================================================
# Ambiguous
# ============================================================================================

A(
    "P03",
    "2024-02-12 07:00",
    "heru.x",
    "post",
    "Besok lusa jangan lupa pakai baju hitam merah ya, biar kompak 😁",
)
A(
    "",
    "2024-02-14 21:00",
    "wulan.ig",
    "post",
    "Alhamdulillah, sesuai harapan 🤲 semoga yang terbaik untuk Indonesia",
)
A(
    "K1",
    "2024-11-24 09:00",
    "rina.fb",
    "post",
    "Masa tenang, hati juga tenang. Sudah tahu mau ke mana 😊 yang penting Bekasi akur ya ibu-ibu",
)


# ============================================================================================
# Bundle writing
# ============================================================================================


def _target_of(key: str) -> str:
    return key.split(".", 1)[0]


def _plat_of(key: str) -> str:
    """'P02.x2' -> 'x' (a trailing digit tells apart several accounts on one platform)."""
    return key.split(".", 1)[1].rstrip("0123456789")


def account(key: str) -> tuple[str, str, str, str]:
    """(platform code, handle, user_id, display_name) of a target or other account."""
    if key in TARGET_ACCOUNTS:
        handle, uid, display = TARGET_ACCOUNTS[key]
        return _plat_of(key), handle, uid, display
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
        return f"C{n:04d}xBks{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_410_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzBks{n:05d}Kw"
    return f"DB{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vBks{n:07d}"
    if plat == "ig":
        return f"DCp{n:06d}Bk"
    return (
        str(1_760_000_000_000_000_000 + n * 104_729)
        if plat in ("x", "tt", "th")
        else str(120_600_000_000_000 + n)
    )


def item_event(n: int, item: Item) -> dict:
    plat, handle, uid, display, bio, location = EMP_ACCOUNTS[item.acct]
    eid_local = own_id(plat, n)
    platform = PLATFORMS[plat]
    target = None
    url = post_url(plat, handle, eid_local)
    assert item.action in ("post", "comment", "reply", "share", "quote"), item.key
    assert item.action == "post" or item.on is not None, f"{item.key}: {item.action} needs a parent"
    if item.on is not None:
        author, when, text = PARENTS[item.on]
        aplat, ahandle, auid, _ = account(author)
        assert aplat == plat, f"{item.key}: answers a {aplat} post from {plat}"
        assert when[:16] <= item.when[:16], f"{item.key}: before its parent"
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
        "name: Probe political.campaign – kolom komentar & pesan berantai (Bekasi)\n"
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
        keys = [k for k in TARGET_ACCOUNTS if _target_of(k) == tid]
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-chain-") as tmp:
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
