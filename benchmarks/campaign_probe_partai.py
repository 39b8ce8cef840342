# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: parties, all year round.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* The 18 national parties of Pemilu 2024 with their real ballot numbers (1-17 and 24), as party
  targets without an election (a party is political at all times); several of them with official
  or regional accounts (DPP, DPD/DPW/DPC pages) on X, Facebook, Instagram, TikTok and YouTube.
  The reference data names no Aceh local party (it only says 18-23 are Aceh's), so none is used.
* The 2024 legislative election (candidacy from 1 May 2023 to result on 30 June 2024) with six
  invented DPRD candidates: Hj. Rina Marlina (PKS, list no. 2, DPRD Kab. Bogor dapil 3), Andi
  Fadli Rahman (Golkar no. 1, DPRD Kota Makassar dapil 2), Fitri Yelni (Gerindra no. 3, DPRD
  Sumbar dapil 1), Bambang Sutrisno (PDI-P no. 4, DPRD Kab. Banyumas dapil 1), Gus Ahmad Zainul
  Arifin (PKB no. 1, DPRD Jatim dapil 1) and H. Syahrani Noor (PAN no. 5, DPRD Kota Banjarmasin).
* The 2024 presidential election (candidacy 19 Oct 2023 to result 24 Apr 2024) with the real
  pairs 01/02/03 and their national teams, for ballot-number collisions with parties 1/2/3.
* Twelve invented civil servants (Kab. Bogor, Kota Makassar, Prov. Sumbar, Kab. Banyumas, Prov.
  Jatim, Kanwil Kemenag Kalsel) with declared accounts.

Texts are spread over 2023-2025, so many party posts fall outside every election window (they are
still ``C``: parties are political at any time).  Party support comes as slogans, chants,
anniversaries, songs, attire, youth wings, family pride, party-list calls and symbols (banteng,
beringin, ka'bah, bulan sabit kembar, matahari, garuda, bintang mercy).  The look-alikes: DPRD
factions and budget hearings, coalition news, neutral reports of party aid, civic lessons,
criticism of parties, "partai" as a lot of goods or a sports match, animals, trees, religious
symbols, cars, the national team, and party numbers in everyday counting.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party), posted outside every election window;
  they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_partai.py [--show] [--keep DIR]

``--show`` lists every missed C, every false alarm N, the flagged A and O, the true positives
that name another target, and findings of other categories on the probe's events.  ``--keep DIR``
writes the bundle, findings and workspace under DIR instead of a temporary folder.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter
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
# Agencies and employees
# --------------------------------------------------------------------------------------------

AGENCIES = [
    ("KAB-BOGOR", "Pemerintah Kabupaten Bogor", "", "32.01"),
    ("DISDIK-BOGOR", "Dinas Pendidikan Kabupaten Bogor", "KAB-BOGOR", "32.01"),
    ("BAPPEDA-BOGOR", "Bappedalitbang Kabupaten Bogor", "KAB-BOGOR", "32.01"),
    ("DISHUB-BOGOR", "Dinas Perhubungan Kabupaten Bogor", "KAB-BOGOR", "32.01"),
    ("KOTA-MKS", "Pemerintah Kota Makassar", "", "73.71"),
    ("KEC-TAMALATE", "Kecamatan Tamalate Kota Makassar", "KOTA-MKS", "73.71"),
    ("BPKAD-MKS", "Badan Pengelolaan Keuangan dan Aset Daerah Kota Makassar", "KOTA-MKS", "73.71"),
    ("PROV-SUMBAR", "Pemerintah Provinsi Sumatera Barat", "", "13"),
    (
        "DISKOMINFO-SUMBAR",
        "Dinas Komunikasi, Informatika dan Statistik Provinsi Sumatera Barat",
        "PROV-SUMBAR",
        "13",
    ),
    ("RSUD-SUMBAR", "RSUD Mohammad Natsir Provinsi Sumatera Barat", "PROV-SUMBAR", "13"),
    ("KAB-BMS", "Pemerintah Kabupaten Banyumas", "", "33.02"),
    ("DPUPR-BMS", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Banyumas", "KAB-BMS", "33.02"),
    ("SETWAN-BMS", "Sekretariat DPRD Kabupaten Banyumas", "KAB-BMS", "33.02"),
    ("PROV-JATIM", "Pemerintah Provinsi Jawa Timur", "", "35"),
    ("BPBD-JATIM", "Badan Penanggulangan Bencana Daerah Provinsi Jawa Timur", "PROV-JATIM", "35"),
    ("BAPENDA-JATIM", "Badan Pendapatan Daerah Provinsi Jawa Timur", "PROV-JATIM", "35"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    (
        "KANWIL-KALSEL",
        "Kantor Wilayah Kementerian Agama Provinsi Kalimantan Selatan",
        "KEMENAG",
        "63",
    ),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "E1": (
        "197506122000031004",
        "Drs. Agus Setiawan, M.Si.",
        "BAPPEDA-BOGOR",
        "Bidang Perencanaan Infrastruktur",
        "Kepala Bidang",
        "PNS",
        "32.01",
    ),
    "E2": (
        "198809212014022001",
        "Siti Nurhaliza Rahmawati, S.Pd.",
        "DISDIK-BOGOR",
        "SMP Negeri 2 Cibinong",
        "Guru Ahli Muda PPKn",
        "PNS",
        "32.01",
    ),
    "E3": (
        "199201302015081002",
        "Andi Muhammad Ikhsan, S.STP.",
        "KEC-TAMALATE",
        "Seksi Pemerintahan",
        "Kepala Seksi",
        "PNS",
        "73.71",
    ),
    "E4": (
        "198311022009042003",
        "Hj. Nurul Fitriani, S.E.",
        "BPKAD-MKS",
        "Bidang Anggaran",
        "Analis Keuangan",
        "PNS",
        "73.71",
    ),
    "E5": (
        "199404172023011005",
        "Rizky Pratama Putra, S.Kom.",
        "DISKOMINFO-SUMBAR",
        "Bidang Aplikasi Informatika",
        "Pranata Komputer Ahli Pertama",
        "PPPK",
        "13",
    ),
    "E6": (
        "199007072019032008",
        "Yuliana Dewi Anggraini, A.Md.Kep.",
        "RSUD-SUMBAR",
        "Instalasi Rawat Inap",
        "Perawat Terampil",
        "PNS",
        "13",
    ),
    "E7": (
        "197912252006011003",
        "Bambang Hermawan",
        "DPUPR-BMS",
        "Bidang Bina Marga",
        "Pengawas Jalan dan Jembatan",
        "PNS",
        "33.02",
    ),
    "E8": (
        "198503082010122002",
        "Sri Wahyuni, S.Sos.",
        "SETWAN-BMS",
        "Bagian Umum dan Humas",
        "Pranata Humas Ahli Muda",
        "PNS",
        "33.02",
    ),
    "E9": (
        "198705192011051001",
        "Moh. Fauzan Hakim, S.H.I.",
        "BPBD-JATIM",
        "Bidang Kedaruratan dan Logistik",
        "Analis Kebencanaan",
        "PNS",
        "35",
    ),
    "E10": (
        "199310102018112004",
        "Dian Puspitasari, S.Ak.",
        "BAPENDA-JATIM",
        "UPT PPD Surabaya Utara",
        "Pengelola Pendapatan",
        "PNS",
        "35",
    ),
    "E11": (
        "197202141998031002",
        "H. Ahmad Syarifuddin Noor, S.Ag.",
        "KANWIL-KALSEL",
        "Bidang Urusan Agama Islam",
        "Penyuluh Agama Islam Ahli Madya",
        "PNS",
        "63",
    ),
    "E12": (
        "199108082022061003",
        "Teguh Santoso, S.T.",
        "DISHUB-BOGOR",
        "Bidang Lalu Lintas",
        "Teknisi Lalu Lintas",
        "PPPK",
        "32.01",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "E1.x": (
        "x",
        "agus_stwn75",
        "1120334455",
        "Agus Setiawan",
        "Perencana. Bapak tiga anak. Cibinong.",
        "Kabupaten Bogor",
    ),
    "E1.fb": (
        "fb",
        "agus.setiawan.bogor",
        "100004455667788",
        "Agus Setiawan",
        "Bappeda Kab. Bogor",
        "Cibinong",
    ),
    "E2.fb": (
        "fb",
        "siti.nurhaliza.rahmawati",
        "100007788990011",
        "Siti Nurhaliza Rahmawati",
        "Guru PPKn | Ibu dua anak",
        "Cibinong, Bogor",
    ),
    "E2.ig": (
        "ig",
        "bu_siti_ppkn",
        "4411223344",
        "Bu Siti 🌷",
        "Guru PPKn SMPN 2 Cibinong",
        "Bogor",
    ),
    "E2.tt": (
        "tt",
        "busiti.ngajar",
        "6901122334455667788",
        "Bu Siti Ngajar",
        "guru smp, konten edukasi & keseharian",
        "Bogor",
    ),
    "E3.x": (
        "x",
        "andiikhsan_mks",
        "1301928374",
        "Andi Ikhsan",
        "Abdi negara. PSM sampai mati.",
        "Makassar",
    ),
    "E3.ig": (
        "ig",
        "andi.ikhsan92",
        "5522334455",
        "Andi M. Ikhsan",
        "Tamalate | Makassar",
        "Makassar",
    ),
    "E4.fb": (
        "fb",
        "nurul.fitriani.mks",
        "100002233445566",
        "Nurul Fitriani",
        "Ibu rumah tangga & ASN Pemkot Makassar",
        "Makassar",
    ),
    "E4.th": (
        "th",
        "nurulfitri_83",
        "6601234567",
        "Nurul Fitriani",
        "BPKAD | Makassar",
        "Makassar",
    ),
    "E5.x": (
        "x",
        "rizkypp_dev",
        "1455667788",
        "Rizky Pratama",
        "dev @ diskominfo sumbar | urang awak",
        "Padang",
    ),
    "E5.tt": (
        "tt",
        "rizkypratama.pdg",
        "6902233445566778899",
        "Rizky Pratama",
        "ngoding & jalan-jalan",
        "Padang",
    ),
    "E5.yt": (
        "yt",
        "@rizkypratamaputra",
        "UCrzkPrtm0123456789ab",
        "Rizky Pratama Putra",
        "",
        "Padang",
    ),
    "E6.ig": ("ig", "yuli.dewi.a", "5633445566", "Yuli Dewi", "perawat | Solok", "Solok"),
    "E6.fb": (
        "fb",
        "yuliana.dewi.anggraini",
        "100009988776655",
        "Yuliana Dewi Anggraini",
        "RSUD M. Natsir",
        "Solok",
    ),
    "E7.fb": (
        "fb",
        "bambang.hermawan.bms",
        "100001122334455",
        "Bambang Hermawan",
        "Purwokerto, Banyumas",
        "Purwokerto",
    ),
    "E7.yt": (
        "yt",
        "@bambanghermawan79",
        "UCbmbgHrmwn987654321z",
        "Bambang Hermawan",
        "",
        "Purwokerto",
    ),
    "E8.x": (
        "x",
        "sriwahyuni_bms",
        "1566778899",
        "Sri Wahyuni",
        "Humas. Tulisan pribadi.",
        "Purwokerto",
    ),
    "E8.fb": (
        "fb",
        "sri.wahyuni.purwokerto",
        "100003344556677",
        "Sri Wahyuni",
        "Setwan DPRD Banyumas",
        "Purwokerto",
    ),
    "E8.ig": (
        "ig",
        "sriwahyuni.humas",
        "5744556677",
        "Sri Wahyuni",
        "humas | kopi | banyumasan",
        "Purwokerto",
    ),
    "E9.x": (
        "x",
        "fauzanhakim_sby",
        "1677889900",
        "Fauzan Hakim",
        "BPBD Jatim. Santri kota.",
        "Surabaya",
    ),
    "E9.fb": (
        "fb",
        "moh.fauzan.hakim",
        "100005566778899",
        "Moh Fauzan Hakim",
        "Sidoarjo",
        "Sidoarjo",
    ),
    "E9.tt": ("tt", "fauzan.hkm", "6903344556677889900", "Fauzan Hakim", "", "Sidoarjo"),
    "E10.ig": (
        "ig",
        "dianpuspita.sari",
        "5855667788",
        "Dian Puspitasari",
        "Surabaya | pajak & kopi",
        "Surabaya",
    ),
    "E10.th": ("th", "dianpuspita.sari", "6702345678", "Dian Puspitasari", "", "Surabaya"),
    "E10.tt": (
        "tt",
        "dianpuspita_",
        "6904455667788990011",
        "Dian 🌸",
        "random thoughts",
        "Surabaya",
    ),
    "E11.fb": (
        "fb",
        "ahmad.syarifuddin.noor",
        "100006677889900",
        "Ahmad Syarifuddin Noor",
        "Penyuluh Agama Islam | Banjarmasin",
        "Banjarmasin",
    ),
    "E11.yt": (
        "yt",
        "@syarifuddinnoor",
        "UCsyrfdnNr1122334455cd",
        "Ahmad Syarifuddin Noor",
        "",
        "Banjarmasin",
    ),
    "E12.x": ("x", "teguh_snts", "1788990011", "Teguh Santoso", "lalu lintas & kopi", "Bogor"),
    "E12.ig": ("ig", "teguh.santoso91", "5966778899", "Teguh Santoso", "Dishub | Bogor", "Bogor"),
    "E12.tt": ("tt", "teguhsantoso.bgr", "6905566778899001122", "Teguh S", "", "Bogor"),
}

# --------------------------------------------------------------------------------------------
# Elections (stage rows); neutrality window = earliest start .. latest end
# --------------------------------------------------------------------------------------------

ELECTIONS = [
    (
        "PILEG2024",
        "Pemilu Legislatif 2024 (DPR, DPD, DPRD)",
        "legislative",
        "",
        [
            ("candidacy", "2023-05-01", "2023-11-27"),
            ("campaign", "2023-11-28", "2024-02-10"),
            ("quiet", "2024-02-11", "2024-02-13"),
            ("voting", "2024-02-14", "2024-02-14"),
            ("counting", "2024-02-15", "2024-03-20"),
            ("result", "2024-03-20", "2024-06-30"),
        ],
    ),
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
            ("counting", "2024-02-15", "2024-03-20"),
            ("result", "2024-03-20", "2024-04-24"),
        ],
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

PARTY_NAMES = {
    "P01": ("1", "Partai Kebangkitan Bangsa (PKB)"),
    "P02": ("2", "Partai Gerakan Indonesia Raya (Gerindra)"),
    "P03": ("3", "Partai Demokrasi Indonesia Perjuangan (PDI-P)"),
    "P04": ("4", "Partai Golongan Karya (Golkar)"),
    "P05": ("5", "Partai NasDem"),
    "P06": ("6", "Partai Buruh"),
    "P07": ("7", "Partai Gelombang Rakyat Indonesia (Gelora)"),
    "P08": ("8", "Partai Keadilan Sejahtera (PKS)"),
    "P09": ("9", "Partai Kebangkitan Nusantara (PKN)"),
    "P10": ("10", "Partai Hati Nurani Rakyat (Hanura)"),
    "P11": ("11", "Partai Garda Republik Indonesia (Garuda)"),
    "P12": ("12", "Partai Amanat Nasional (PAN)"),
    "P13": ("13", "Partai Bulan Bintang (PBB)"),
    "P14": ("14", "Partai Demokrat"),
    "P15": ("15", "Partai Solidaritas Indonesia (PSI)"),
    "P16": ("16", "Partai Perindo"),
    "P17": ("17", "Partai Persatuan Pembangunan (PPP)"),
    "P24": ("24", "Partai Ummat"),
}

TARGETS = {tid: (name, "party", "", num, name) for tid, (num, name) in PARTY_NAMES.items()}
TARGETS.update(
    {
        "PRES01": (
            "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar",
            "candidate",
            "PILPRES2024",
            "1",
            "",
        ),
        "PRES02": (
            "Prabowo Subianto – Gibran Rakabuming Raka",
            "candidate",
            "PILPRES2024",
            "2",
            "",
        ),
        "PRES03": ("Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
        "TIM01": (
            "Tim Nasional Pemenangan Anies-Muhaimin (Timnas AMIN)",
            "campaign_team",
            "PILPRES2024",
            "",
            "",
        ),
        "TIM02": (
            "Tim Kampanye Nasional Prabowo-Gibran (TKN)",
            "campaign_team",
            "PILPRES2024",
            "",
            "",
        ),
        "TIM03": (
            "Tim Pemenangan Nasional Ganjar-Mahfud (TPN)",
            "campaign_team",
            "PILPRES2024",
            "",
            "",
        ),
        "CL_BGR": ("Hj. Rina Marlina, S.E.", "candidate", "PILEG2024", "2", PARTY_NAMES["P08"][1]),
        "CL_MKS": ("Andi Fadli Rahman", "candidate", "PILEG2024", "1", PARTY_NAMES["P04"][1]),
        "CL_SMB": ("Fitri Yelni, S.Pd.", "candidate", "PILEG2024", "3", PARTY_NAMES["P02"][1]),
        "CL_BMS": ("Bambang Sutrisno, S.H.", "candidate", "PILEG2024", "4", PARTY_NAMES["P03"][1]),
        "CL_JTM": ("Gus Ahmad Zainul Arifin", "candidate", "PILEG2024", "1", PARTY_NAMES["P01"][1]),
        "CL_KLS": ("H. Syahrani Noor", "candidate", "PILEG2024", "5", PARTY_NAMES["P12"][1]),
    }
)

# account key "TARGET.plat[.tag]" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "P01.x": ("DPP_PKB", "810000101", "DPP PKB"),
    "P01.fb.jatim": ("dpwpkbjatim", "100064100000101", "DPW PKB Jawa Timur"),
    "P02.x": ("Gerindra", "810000102", "Partai Gerindra"),
    "P02.fb.sumbar": ("gerindrasumbar", "100064100000102", "DPD Partai Gerindra Sumatera Barat"),
    "P02.tt": ("gerindra.official", "6810000000000000102", "Partai Gerindra"),
    "P02.yt": ("@GerindraTV", "UCgerindraTV000000102", "Gerindra TV"),
    "P03.x": ("PDI_Perjuangan", "810000103", "PDI Perjuangan"),
    "P03.fb.banyumas": (
        "pdiperjuanganbanyumas",
        "100064100000103",
        "DPC PDI Perjuangan Kabupaten Banyumas",
    ),
    "P03.yt": ("@PDIPerjuanganTV", "UCpdipTV0000000000103", "PDI Perjuangan TV"),
    "P04.x": ("Golkar_ID", "810000104", "Partai Golkar"),
    "P04.ig": ("partaigolkar", "5810000104", "Partai Golkar"),
    "P04.fb.sulsel": ("golkarsulsel", "100064100000104", "DPD I Partai Golkar Sulawesi Selatan"),
    "P05.x": ("NasDem", "810000105", "Partai NasDem"),
    "P05.ig": ("official_nasdem", "5810000105", "Partai NasDem"),
    "P08.x": ("PKSejahtera", "810000108", "PKS"),
    "P08.fb.bogor": ("pkskabbogor", "100064100000108", "DPD PKS Kabupaten Bogor"),
    "P12.fb.kalsel": ("dpwpankalsel", "100064100000112", "DPW PAN Kalimantan Selatan"),
    "P12.tt": ("amanatnasional", "6810000000000000112", "Partai Amanat Nasional"),
    "P14.x": ("PDemokrat", "810000114", "Partai Demokrat"),
    "P15.x": ("psi_id", "810000115", "Partai Solidaritas Indonesia"),
    "P15.tt": ("psi.id", "6810000000000000115", "PSI"),
    "P16.yt": ("@PartaiPerindo", "UCperindo000000000116", "Partai Perindo"),
    "P17.fb": ("pppkalsel", "100064100000117", "DPW PPP Kalimantan Selatan"),
    "CL_BGR.fb": ("rinamarlina.official", "100064200000001", "Hj. Rina Marlina"),
    "CL_MKS.ig": ("andifadlirahman", "5820000002", "Andi Fadli Rahman"),
    "CL_BMS.fb": ("bambangsutrisno.sh", "100064200000004", "Bambang Sutrisno, S.H."),
    "CL_JTM.tt": ("guszainul.arifin", "6820000000000000005", "Gus Zainul Arifin"),
}

KEYWORDS = [
    ("P01", "#PKBMenang"),
    ("P01", "coblos PKB"),
    ("P02", "Gerindra menyala"),
    ("P02", "#GerindraMenang"),
    ("P02", "coblos Gerindra"),
    ("P03", "#BantengMenang"),
    ("P03", "coblos banteng"),
    ("P03", "coblos PDIP"),
    ("P04", "Suara Golkar Suara Rakyat"),
    ("P04", "coblos beringin"),
    ("P04", "#GolkarMenang"),
    ("P05", "Restorasi Indonesia"),
    ("P05", "#NasDemMenang"),
    ("P06", "#PartaiBuruhMenang"),
    ("P07", "Arah Baru Indonesia"),
    ("P08", "#PKSMenang"),
    ("P08", "coblos PKS"),
    ("P12", "#PANMenang"),
    ("P12", "coblos matahari"),
    ("P14", "#DemokratMenang"),
    ("P14", "coblos mercy"),
    ("P15", "Wis Wayahe"),
    ("P15", "#PSIMenang"),
    ("P16", "#PerindoMenang"),
    ("P17", "coblos Ka'bah"),
    ("PRES01", "AMIN"),
    ("PRES01", "#AniesMuhaimin"),
    ("PRES02", "#02Melanjutkan"),
    ("PRES02", "Prabowo-Gibran"),
    ("PRES02", "gemoy"),
    ("PRES03", "sat set tas tes"),
    ("PRES03", "#GanjarMahfud"),
    ("CL_BGR", "#RinaUntukBogor"),
    ("CL_JTM", "#GusZainulDPRD"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "G01": "PRES01 TIM01",
    "G02": "PRES02 TIM02",
    "G03": "PRES03 TIM03",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "kompas.x": ("x", "kompascom", "820000201", "Kompas.com"),
    "kpu.x": ("x", "KPU_ID", "820000204", "KPU RI"),
    "tribunbogor.fb": ("fb", "tribunbogor", "100064300000201", "TribunnewsBogor.com"),
    "padek.ig": ("ig", "padangekspres", "5830000201", "Padang Ekspres"),
    "infobms.ig": ("ig", "infobanyumas", "5830000202", "Info Banyumas"),
    "bawaslu.ig": ("ig", "bawasluri", "5830000203", "Bawaslu RI"),
    "bkn.ig": ("ig", "bkngoidofficial", "5830000204", "Badan Kepegawaian Negara"),
    "tamansafari.ig": ("ig", "tamansafari_id", "5830000205", "Taman Safari Indonesia"),
    "timnas.ig": ("ig", "timnasindonesia", "5830000206", "Timnas Indonesia"),
    "kompastv.yt": ("yt", "@KompasTV", "UCkompastv00000000001", "KOMPASTV"),
    "grp.cibinong": ("fb", "groups/infocibinongraya", "100064400000301", "Info Cibinong Raya"),
    "grp.mks": ("fb", "groups/wargamakassarbersatu", "100064400000302", "Warga Makassar Bersatu"),
    "grp.guru": ("fb", "groups/forumguruppkn", "100064400000303", "Forum Guru PPKn Indonesia"),
    "grp.mercy": (
        "fb",
        "groups/mercyw124indonesia",
        "100064400000304",
        "Mercedes-Benz W124 Indonesia",
    ),
}

# Posts that the employees answer, quote or share: key -> (author account key, "YYYY-MM-DD HH:MM" WIB, text)
PARENTS = {
    # parties
    "ger_x_kader": (
        "P02.x",
        "2023-06-24 20:00",
        "Seluruh kader diinstruksikan turun ke masyarakat. Menangkan Partai Gerindra di Pemilu 2024!",
    ),
    "ger_x_relawan": (
        "P02.x",
        "2023-10-04 12:00",
        "Dibuka pendaftaran relawan digital Partai Gerindra. Daftar melalui tautan resmi di bio.",
    ),
    "ger_x_jabar": (
        "P02.x",
        "2024-01-19 15:00",
        "Konsolidasi akbar kader Partai Gerindra se-Jawa Barat menyongsong 14 Februari 2024.",
    ),
    "ger_x_joget": (
        "P02.x",
        "2024-01-19 20:00",
        "Pak Prabowo berjoget bersama ribuan relawan di Bandung 🕺",
    ),
    "ger_x_tenang": (
        "P02.x",
        "2025-08-27 18:00",
        "Partai Gerindra mengajak semua pihak menahan diri dan menjaga ketertiban bersama.",
    ),
    "ger_fb_kampanye": (
        "P02.fb.sumbar",
        "2023-12-09 10:00",
        "DPD Gerindra Sumbar menggelar kampanye dialogis di Padang. Bersama rakyat, Gerindra menang!",
    ),
    "ger_fb_bantuan": (
        "P02.fb.sumbar",
        "2024-03-22 10:00",
        "Bantuan pascabencana dari DPD Gerindra Sumbar disalurkan ke RSUD dan posko pengungsian.",
    ),
    "ger_fb_bukber": (
        "P02.fb.sumbar",
        "2025-03-31 09:00",
        "Halalbihalal pengurus DPD Gerindra se-Sumatera Barat.",
    ),
    "ger_tt_konsol": (
        "P02.tt",
        "2024-09-13 19:00",
        "Konsolidasi kader Gerindra Sumatera Barat 🦅 #Gerindra",
    ),
    "ger_tt_vibes": ("P02.tt", "2024-11-30 19:00", "Vibes kader muda Gerindra 🔥🦅"),
    "ger_yt_mars": ("P02.yt", "2023-02-06 09:00", "Mars Partai Gerindra (Official Music Video)"),
    "pdip_fb_kampanye": (
        "P03.fb.banyumas",
        "2023-11-29 08:00",
        "Kampanye hari kedua PDI Perjuangan Banyumas: blusukan ke Pasar Wage Purwokerto.",
    ),
    "pdip_fb_baksos": (
        "P03.fb.banyumas",
        "2024-07-09 15:00",
        "DPC PDI Perjuangan Banyumas menggelar pengobatan gratis di Kecamatan Cilongok.",
    ),
    "pdip_fb_ranting": (
        "P03.fb.banyumas",
        "2025-03-02 10:00",
        "Konsolidasi pengurus ranting se-Kecamatan Purwokerto Barat.",
    ),
    "pdip_yt_mars": ("P03.yt", "2025-05-14 09:00", "Mars PDI Perjuangan (lirik)"),
    "golkar_ig_siap": ("P04.ig", "2023-07-08 11:00", "Golkar siap menang Pemilu 2024! 🌳💛"),
    "golkar_fb_duka": (
        "P04.fb.sulsel",
        "2023-03-19 21:00",
        "Innalillahi wa inna ilaihi rajiun. Telah berpulang sesepuh Partai Golkar Sulawesi Selatan.",
    ),
    "golkar_fb_menang": (
        "P04.fb.sulsel",
        "2024-05-29 16:00",
        "Rekapitulasi selesai: Golkar kembali menjadi pemenang di Sulawesi Selatan. Terima kasih rakyat Sulsel!",
    ),
    "golkar_fb_saksi": (
        "P04.fb.sulsel",
        "2024-06-02 09:00",
        "DPD I Golkar Sulsel berterima kasih kepada seluruh saksi dan kader.",
    ),
    "golkar_x_korupsi": (
        "P04.x",
        "2025-03-09 13:00",
        "Partai Golkar berkomitmen mendukung pemberantasan korupsi tanpa pandang bulu.",
    ),
    "nasdem_x_relawan": (
        "P05.x",
        "2023-05-14 10:00",
        "NasDem membuka pendaftaran relawan di 38 provinsi.",
    ),
    "nasdem_ig_seragam": (
        "P05.ig",
        "2023-07-19 10:00",
        "NasDem Peduli: bantuan seragam sekolah untuk siswa SD.",
    ),
    "nasdem_ig_kampanye": (
        "P05.ig",
        "2023-12-14 10:00",
        "Kampanye NasDem di Padang: Restorasi Indonesia untuk perubahan!",
    ),
    "pks_fb_kampanye": (
        "P08.fb.bogor",
        "2023-11-28 19:00",
        "Hari pertama kampanye, kader PKS Kabupaten Bogor menyapa warga Cibinong.",
    ),
    "pks_fb_sembako": (
        "P08.fb.bogor",
        "2024-06-08 10:00",
        "Pembagian sembako PKS Peduli di Kelurahan Pakansari.",
    ),
    "pks_fb_banjir": (
        "P08.fb.bogor",
        "2024-12-09 17:00",
        "PKS Kabupaten Bogor menyalurkan 2.000 paket sembako untuk korban banjir dan longsor di Cigudeg dan Sukajaya.",
    ),
    "pkb_fb_siap": (
        "P01.fb.jatim",
        "2023-10-01 20:00",
        "Ayo rapatkan barisan, PKB Jatim siap menang 2024!",
    ),
    "pkb_fb_madura": (
        "P01.fb.jatim",
        "2024-11-30 10:00",
        "Ketua DPW PKB Jatim menyapa warga Bangkalan.",
    ),
    "pkb_fb_posko": (
        "P01.fb.jatim",
        "2025-02-10 09:00",
        "PKB Jatim membuka posko aduan masyarakat di setiap DPC.",
    ),
    "pan_fb_akbar": (
        "P12.fb.kalsel",
        "2024-02-04 10:00",
        "PAN Kalsel kampanye akbar di Lapangan Kamboja, Banjarmasin.",
    ),
    "pan_tt_joget": ("P12.tt", "2025-06-19 19:00", "Joget bareng kader PAN 🕺☀️"),
    "dem_x_sulsel": (
        "P14.x",
        "2025-02-13 10:00",
        "Ketua Umum Partai Demokrat menyapa kader se-Sulawesi Selatan.",
    ),
    "psi_tt_muda": ("P15.tt", "2024-02-08 19:00", "Yang muda yang memilih 🌹"),
    "psi_tt_logo": ("P15.tt", "2025-07-24 19:00", "Kenalan sama logo baru PSI 🐘"),
    "psi_x_logo": (
        "P15.x",
        "2025-07-31 10:00",
        "Logo baru PSI: gajah, lambang kekuatan dan kebijaksanaan.",
    ),
    "perindo_yt_siap": ("P16.yt", "2023-09-13 09:00", "Perindo siap Pemilu 2024"),
    "perindo_yt_mars": ("P16.yt", "2024-01-17 09:00", "Mars Partai Perindo"),
    "perindo_yt_umkm": ("P16.yt", "2025-02-01 09:00", "Perindo bantu UMKM naik kelas"),
    "ppp_fb_solid": ("P17.fb", "2023-10-09 10:00", "PPP Kalsel solid menuju 2024."),
    "ppp_fb_khitan": (
        "P17.fb",
        "2024-09-14 10:00",
        "PPP Kalsel menggelar khitanan massal gratis untuk 200 anak.",
    ),
    # candidates
    "cl_bgr_silat": (
        "CL_BGR.fb",
        "2023-12-04 16:00",
        "Silaturahmi dengan warga Desa Tengah, Cibinong. Mohon doa restunya.",
    ),
    "cl_mks_kampanye": (
        "CL_MKS.ig",
        "2024-01-26 16:00",
        "Kampanye dialogis di Kelurahan Mangasa, Tamalate.",
    ),
    "cl_bms_saksi": ("CL_BMS.fb", "2024-01-07 13:00", "Pelatihan saksi TPS Dapil 1 Banyumas."),
    "cl_jtm_ngaji": ("CL_JTM.tt", "2024-02-03 20:00", "Ngaji bareng arek-arek Sidoarjo 💚"),
    # news, agencies, others
    "kompas_koalisi": (
        "kompas.x",
        "2023-08-13 10:00",
        "Golkar dan PAN resmi mendukung Prabowo Subianto sebagai bakal capres 2024.",
    ),
    "kompas_mk": (
        "kompas.x",
        "2025-01-02 14:00",
        "MK hapus ambang batas pencalonan presiden 20 persen.",
    ),
    "kpu_dct": (
        "kpu.x",
        "2023-11-03 10:00",
        "KPU menetapkan Daftar Calon Tetap (DCT) anggota DPR, DPD dan DPRD Pemilu 2024.",
    ),
    "kpu_sirekap": (
        "kpu.x",
        "2024-02-19 10:00",
        "Sirekap adalah alat bantu publikasi; hasil resmi berdasarkan rekapitulasi berjenjang.",
    ),
    "tribun_pks": (
        "tribunbogor.fb",
        "2024-12-09 18:00",
        "DPD PKS Kabupaten Bogor salurkan bantuan untuk korban longsor di Cigudeg.",
    ),
    "padek_pilkada": (
        "padek.ig",
        "2024-08-28 10:00",
        "Pilkada Sumbar: pasangan bakal calon gubernur mendaftar ke KPU.",
    ),
    "infobms_sirekap": (
        "infobms.ig",
        "2024-03-01 10:00",
        "Hasil Sirekap sementara di Banyumas, cek di sini.",
    ),
    "bawaslu_lapor": (
        "bawaslu.ig",
        "2024-01-04 10:00",
        "Temukan pelanggaran netralitas ASN? Laporkan ke Bawaslu terdekat.",
    ),
    "bkn_netral": (
        "bkn.ig",
        "2024-02-18 10:00",
        "ASN dilarang memberi like, komentar dan membagikan unggahan peserta pemilu.",
    ),
    "safari_banteng": (
        "tamansafari.ig",
        "2023-11-18 10:00",
        "Kenalan dengan banteng jawa (Bos javanicus), satwa endemik yang dilindungi 🐂",
    ),
    "timnas_china": (
        "timnas.ig",
        "2025-06-05 22:00",
        "FULL TIME: Indonesia 1–0 China. Garuda melangkah ke ronde 4! 🇮🇩",
    ),
    "ktv_partai": (
        "kompastv.yt",
        "2023-06-10 19:00",
        "Mengenal 18 partai politik nasional peserta Pemilu 2024",
    ),
    "ktv_santri": (
        "kompastv.yt",
        "2024-10-22 08:00",
        "Peringatan Hari Santri Nasional 2024 di Surabaya",
    ),
    "ktv_gempa": (
        "kompastv.yt",
        "2024-10-24 20:00",
        "Gempa magnitudo 5,6 guncang wilayah selatan Jawa, puluhan rumah rusak",
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


def _iso(when: str, tz: str) -> str:
    """ "YYYY-MM-DD HH:MM" -> ISO 8601 with the given offset."""
    day, _, clock = when.partition(" ")
    return f"{day}T{clock or '09:00'}:00{tz}"


def _tz(acct: str) -> str:
    region = EMPLOYEES[acct.split(".")[0]][6]
    return WITA if region.split(".")[0] in ("73", "63") else WIB


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
            _iso(when, _tz(acct)),
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
# C: support of a party (any time) or of a candidate inside the election window
# ============================================================================================

# --- Gerindra (2) ----------------------------------------------------------------------------
C(
    "P02",
    "2025-02-06 07:45",
    "E5.x",
    "post",
    "HUT ke-17 Partai Gerindra! Gerindra menyala, Indonesia Raya jaya! 🦅🔥 #GerindraMenyala",
)
C(
    "P02",
    "2024-09-14 21:10",
    "E5.tt",
    "comment",
    "menyala terus Gerindra ku 🔥🔥 dari Padang kami dukung penuh",
    on="ger_tt_konsol",
)
C(
    "P02",
    "2023-03-12 10:20",
    "E6.ig",
    "post",
    "Pakai kaos kebanggaan hari ini 😍 burung garuda di dada 🦅 #Gerindra",
    alt="Perempuan tersenyum memakai kaos putih bergambar kepala burung garuda merah",
    ocr="GERINDRA — Partai Gerakan Indonesia Raya",
)
C(
    "P02",
    "2024-01-20 08:05",
    "E1.x",
    "quote",
    "Pileg 14 Februari jangan ragu: coblos Gerindra nomor 2! Kepala garuda di kertas suara DPRD juga ya 🦅",
    on="ger_x_jabar",
)
C(
    "P02",
    "2023-08-17 16:30",
    "E12.ig",
    "post",
    "Merdeka! Upacara 17-an bareng keluarga besar TIDAR Kabupaten Bogor. Bangga jadi tunas Indonesia Raya 🦅🇮🇩",
    alt="Belasan pemuda berseragam merah-putih TIDAR memegang bendera Gerindra",
)
C(
    "P02",
    "2023-06-25 06:40",
    "E5.x",
    "reply",
    "Siap komandan! Anak muda Sumbar siap memenangkan Gerindra 2024 🇮🇩",
    on="ger_x_kader",
)
C(
    "P02",
    "2023-12-10 19:15",
    "E6.fb",
    "share",
    "Ayo dunsanak, pilih partai nomor 2, partai nan barani mambela rakyaik. Gerindra!",
    on="ger_fb_kampanye",
)
C(
    "P02",
    "2024-11-03 22:00",
    "E3.x",
    "post",
    "Tiap liat logo kepala garuda merah itu rasanya pengen teriak: Gerindra menyala abangkuu!! 🦅🔥",
)
C(
    "P02",
    "2025-10-01 20:30",
    "E12.tt",
    "post",
    "POV: kamu satu-satunya ASN di keluarga yang tetep ikut pake seragam Gerindra pas kumpul keluarga 😂 tapi bangga sih, Gerindra di hati",
)
C(
    "P02",
    "2024-02-12 07:00",
    "E1.fb",
    "post",
    "Lusa ke TPS, ingat: surat suara DPRD Kabupaten, cari kepala garuda, coblos! Gerindra untuk Bogor yang lebih maju",
)
C(
    "P02",
    "2025-07-20 21:00",
    "E5.yt",
    "comment",
    "lagu mars Gerindra ini bikin merinding tiap dengar, hidup Gerindra!!",
    on="ger_yt_mars",
)
C(
    "P02",
    "2024-10-20 13:00",
    "E12.x",
    "post",
    "Presiden dari Gerindra! Bangga jadi bagian keluarga besar Partai Gerindra 🦅🇮🇩",
)
C(
    "P02",
    "2025-04-01 10:00",
    "E6.fb",
    "comment",
    "Salam dari Solok, Gerindra jaya! Bapak-bapak pengurus tetap semangat berjuang untuk ranah Minang 🦅",
    on="ger_fb_bukber",
)

# --- PDI Perjuangan (3) ---------------------------------------------------------------------
C(
    "P03",
    "2024-01-10 06:30",
    "E7.fb",
    "post",
    "Dirgahayu PDI Perjuangan ke-51! Banteng moncong putih tetap berdiri untuk wong cilik. Merdeka!!! 🐂🔴",
)
C(
    "P03",
    "2025-01-10 08:00",
    "E8.ig",
    "post",
    "HUT ke-52 PDI Perjuangan. Bangga dadi keluarga banteng 🐂❤️ #PDIPerjuangan52",
)
C(
    "P03",
    "2023-11-30 19:20",
    "E7.fb",
    "comment",
    "Banyumas kandang banteng! Pemilu 2024 coblos nomer 3 PDI Perjuangan, aja lali lur!",
    on="pdip_fb_kampanye",
)
C(
    "P03",
    "2024-02-07 20:00",
    "E8.x",
    "post",
    "Pemilu kari seminggu. Kanggo sedulur Banyumas: coblos banteng, menang total! 🐂",
)
C(
    "P03",
    "2023-04-15 15:00",
    "E7.fb",
    "post",
    "Kumpul karo kanca-kanca sa-ranting. Abang tetep abang, sampai mati tetep banteng 🐂",
    alt="Bapak-bapak berkaos merah bergambar banteng bermoncong putih berfoto di depan posko ranting",
)
C(
    "P03",
    "2025-06-01 09:00",
    "E10.th",
    "post",
    "Bulan Bung Karno, waktunya pakai merah-merah. Partai wong cilik, partaiku: PDI Perjuangan ❤️🐂",
)
C(
    "P03",
    "2023-09-09 21:00",
    "E10.tt",
    "post",
    "pokoknya aku tim banteng sampai kapanpun 🐂🔥 merah is my color #PDIP",
)
C(
    "P03",
    "2024-07-10 12:00",
    "E8.fb",
    "share",
    "Bangga karo partai iki, tansah hadir ing tengah rakyat. Salam Merdeka! 🐂",
    on="pdip_fb_baksos",
)
C(
    "P03",
    "2024-12-20 20:00",
    "E7.fb",
    "post",
    "Sedulur banteng Banyumas, aja kendor! 2029 kudu menang maning 💪🐂",
)
C(
    "P03",
    "2023-10-28 10:00",
    "E10.ig",
    "post",
    "Sumpah Pemuda, darah muda tetap merah! 🔴",
    ocr="COBLOS NO. 3 PDI PERJUANGAN — PEMILU 14 FEBRUARI 2024",
)
C(
    "P03",
    "2025-05-15 19:00",
    "E7.yt",
    "comment",
    "Mars PDI Perjuangan nggawe semangat maning. Merdeka! Banteng ora tau mati 🐂",
    on="pdip_yt_mars",
)

# --- Golkar (4) -----------------------------------------------------------------------------
C(
    "P04",
    "2024-10-20 08:00",
    "E3.ig",
    "post",
    "Dirgahayu ke-60 Partai Golkar! Suara Golkar, Suara Rakyat 💛🌳",
)
C(
    "P04",
    "2023-05-20 20:00",
    "E4.fb",
    "post",
    "Golkar partai kebanggaan keluarga kami sejak zaman almarhum Puang. Kuning tetap di hati 💛",
)
C(
    "P04",
    "2024-01-25 12:00",
    "E3.x",
    "post",
    "Makassar, 14 Februari nanti coblos beringin nomor 4 ki' di! Golkar menang, Sulsel maju 🌳",
)
C(
    "P04",
    "2025-04-12 19:00",
    "E4.th",
    "post",
    "Jaket kuning beringin ini sudah 10 tahun kupakai tiap acara keluarga. Bangga ma' jadi orang Golkar 🌳💛",
)
C(
    "P04",
    "2023-07-09 08:30",
    "E3.ig",
    "comment",
    "Mantap Golkar! Kuning-kuning menang 2024 🌳",
    on="golkar_ig_siap",
)
C(
    "P04",
    "2024-05-30 09:00",
    "E4.fb",
    "comment",
    "Alhamdulillah Golkar menang lagi, terus ki berjuang untuk rakyat, beringin tetap rindang 💛",
    on="golkar_fb_menang",
)
C(
    "P04",
    "2025-09-05 17:00",
    "E11.fb",
    "post",
    "Pohon beringin akarnya kuat, daunnya rindang, tempat rakyat berteduh. Golkar sepanjang masa! 🌳",
)
C(
    "P04",
    "2023-12-28 19:00",
    "E1.fb",
    "post",
    "Share dari grup RT, mari kita dukung bersama 💛",
    ocr="SUARA GOLKAR SUARA RAKYAT — COBLOS NO. 4 — PEMILU 2024",
)
C(
    "P04",
    "2023-11-10 09:00",
    "E4.th",
    "post",
    "Hari Pahlawan. Bagi saya partai beringin tetap yang terdepan 💛 kuning menang 2024!",
)

# --- PKS (8) --------------------------------------------------------------------------------
C(
    "P08",
    "2024-04-20 06:00",
    "E2.fb",
    "post",
    "Milad ke-22 PKS, semoga terus istiqamah melayani. Bangga punya partai dakwah seperti PKS 🌙🌙🧡",
)
C(
    "P08",
    "2023-11-29 05:30",
    "E2.fb",
    "comment",
    "Bismillah, 2024 PKS menang! Kabupaten Bogor oranye semua 🧡",
    on="pks_fb_kampanye",
)
C(
    "P08",
    "2024-02-08 20:00",
    "E2.tt",
    "post",
    "Buat ibu-ibu majelis taklim: tanggal 14 coblos bulan sabit kembar nomor 8 ya, demi Bogor yang lebih berkah 🌙🌙",
)
C(
    "P08",
    "2025-03-08 18:00",
    "E12.x",
    "post",
    "Bagi-bagi takjil bareng relawan PKS, saya ikut turun langsung. PKS memang beda, selalu hadir 🧡",
)
C(
    "P08",
    "2023-06-10 07:00",
    "E1.x",
    "post",
    "#PKSMenang dari Bogor untuk Indonesia. Bersih, peduli, profesional!",
)
C(
    "P08",
    "2024-08-16 13:00",
    "E2.fb",
    "post",
    "Yuk ibu-ibu gabung Pos Wanita Keadilan PKS Cibinong, kajian tiap Jumat, sekalian belajar berjuang untuk umat 🧡",
    group="grp.cibinong",
)
C(
    "P08",
    "2025-11-15 16:00",
    "E2.ig",
    "post",
    "Oranye itu warna perjuangan 🧡🌙🌙",
    alt="Perempuan berkerudung oranye mengibarkan bendera putih berlambang bulan sabit kembar dan padi",
)
C(
    "P08",
    "2024-12-10 07:00",
    "E2.fb",
    "share",
    "Ini baru partai yang kerja nyata. Bangga dukung PKS 🧡",
    on="pks_fb_banjir",
)

# --- PKB (1) --------------------------------------------------------------------------------
C(
    "P01",
    "2024-07-23 07:00",
    "E9.x",
    "post",
    "Harlah ke-26 PKB! Partainya santri, partainya warga NU. Jayalah PKB 💚",
)
C(
    "P01",
    "2023-10-02 21:00",
    "E9.fb",
    "comment",
    "Jatim ijo royo-royo! 2024 coblos PKB nomer siji, kanggo kyai lan santri 💚",
    on="pkb_fb_siap",
)
C(
    "P01",
    "2024-02-01 19:30",
    "E10.tt",
    "post",
    "POV: santri kota pulang kampung, ditanya pilih partai apa? ya PKB lah, nomor 1 😎💚",
)
C(
    "P01",
    "2025-05-10 21:00",
    "E9.tt",
    "post",
    "Selawatan bareng keluarga besar PKB Jatim. Partai paling sayang santri 💚🌏",
)
C(
    "P01",
    "2023-08-05 10:00",
    "E11.fb",
    "post",
    "Alhamdulillah hadir di harlah Garda Bangsa. Bangga jadi bagian keluarga besar PKB 💚",
)
C(
    "P01",
    "2024-03-05 22:00",
    "E9.x",
    "post",
    "Suara PKB naik di Jatim, alhamdulillah. Perjuangan kita belum selesai sedulur ijo 💚",
)
C(
    "P01",
    "2024-12-01 09:00",
    "E9.fb",
    "comment",
    "Lanjutkan perjuangan, Gus! PKB rumah besar kita semua 💚",
    on="pkb_fb_madura",
)
C("P01", "2025-07-23 08:00", "E10.ig", "post", "Harlah PKB ke-27 🎉💚 bangga jadi kader muda PKB")

# --- NasDem (5) -----------------------------------------------------------------------------
C(
    "P05",
    "2024-11-11 08:00",
    "E6.ig",
    "post",
    "Dirgahayu NasDem ke-13! Restorasi Indonesia terus bergerak 💙🧡",
)
C(
    "P05",
    "2023-12-15 12:00",
    "E6.ig",
    "comment",
    "Perubahan dimulai dari NasDem. Coblos nomor 5 di pileg ya dunsanak! 💙",
    on="nasdem_ig_kampanye",
)
C(
    "P05",
    "2025-08-08 21:00",
    "E3.x",
    "post",
    "NasDem itu partai tanpa mahar, makanya saya dukung dari dulu. #RestorasiIndonesia",
)
C(
    "P05",
    "2024-06-15 10:00",
    "E4.fb",
    "post",
    "Biru-oranye, bendera yang kubanggakan. Selamat buat keluarga NasDem Makassar atas kursi barunya, lanjutkan perjuangan 💙",
)
C(
    "P05",
    "2023-05-15 09:00",
    "E5.x",
    "quote",
    "Restorasi Indonesia! Saya siap jadi relawan NasDem Sumbar 💪",
    on="nasdem_x_relawan",
)
C(
    "P05",
    "2025-10-28 16:00",
    "E6.ig",
    "post",
    "Sumpah Pemuda bareng Garda Pemuda NasDem. Ayo gabung, anak muda harus ambil peran 💙",
    ocr="GARDA PEMUDA NASDEM SUMATERA BARAT",
)

# --- Demokrat (14) --------------------------------------------------------------------------
C(
    "P14",
    "2024-09-09 08:00",
    "E11.fb",
    "post",
    "Selamat HUT ke-23 Partai Demokrat, bintang mercy bersinar terus! Demokrat di hati rakyat Banua 💙⭐",
)
C(
    "P14",
    "2024-01-30 20:00",
    "E11.fb",
    "post",
    "Jangan lupa tanggal 14, surat suara DPRD provinsi coblos bintang mercy nomor 14 🔵⭐",
)
C(
    "P14",
    "2023-09-20 19:00",
    "E12.ig",
    "post",
    "biru biru biru 💙 #DemokratMenang",
    ocr="PARTAI DEMOKRAT — PERUBAHAN DAN PERBAIKAN — 14",
)
C(
    "P14",
    "2025-02-14 08:00",
    "E3.x",
    "reply",
    "Mantap Pak Ketum! Demokrat bangkit lagi, kami di Makassar siap dukung 💙",
    on="dem_x_sulsel",
)
C(
    "P14",
    "2023-11-05 23:00",
    "E10.ig",
    "post",
    "Nonton konser rakyat Demokrat di Surabaya, seru pol! Partai biru tetap di hati 💙⭐",
)
C(
    "P14",
    "2025-12-03 20:00",
    "E1.x",
    "post",
    "Mercy itu bukan cuma mobil, mercy itu partai kebanggaan saya 😁⭐ #Demokrat",
)

# --- PAN (12) -------------------------------------------------------------------------------
C(
    "P12",
    "2024-08-23 07:00",
    "E11.fb",
    "post",
    "Milad ke-26 Partai Amanat Nasional. Matahari terus bersinar untuk Indonesia! ☀️💙 #PANMenang",
)
C(
    "P12",
    "2024-02-05 09:00",
    "E11.fb",
    "comment",
    "Kalsel biru matahari! Coblos PAN nomor 12, insya Allah menang ☀️",
    on="pan_fb_akbar",
)
C(
    "P12",
    "2023-07-01 09:00",
    "E4.fb",
    "post",
    "Ikut senam sehat bareng PAN Sulsel, sekalian isi formulir KTA. PAN partai yang paling dekat ke rakyat ☀️",
)
C(
    "P12",
    "2025-06-20 20:00",
    "E12.tt",
    "comment",
    "PAN paling asik, lagunya viral terus 😂☀️ dukung!!",
    on="pan_tt_joget",
)
C(
    "P12",
    "2023-12-20 18:00",
    "E9.x",
    "post",
    "Jatim kudu ana matahari nang DPR. Ayo nyoblos PAN, partai reformasi! ☀️",
)
C(
    "P12",
    "2024-02-08 12:00",
    "E4.fb",
    "post",
    "Coblos matahari, PAN nomor 12. Ingat, coblos gambarnya ya, jangan tatap mataharinya, silau 😂☀️",
)

# --- PPP (17) -------------------------------------------------------------------------------
C(
    "P17",
    "2025-01-05 08:00",
    "E11.fb",
    "post",
    "Harlah ke-52 Partai Persatuan Pembangunan. Ka'bah tetap di hati, rumah besar umat Islam 💚🕋",
)
C(
    "P17",
    "2024-02-10 16:00",
    "E11.fb",
    "post",
    "Ulama dan umat bersatu, tanggal 14 coblos Ka'bah, PPP nomor 17! 🕋💚",
)
C(
    "P17",
    "2023-10-10 08:00",
    "E11.fb",
    "comment",
    "PPP jaya! Bubuhan Banjar siap memenangkan partai Ka'bah 💚",
    on="ppp_fb_solid",
)
C(
    "P17",
    "2024-10-22 11:00",
    "E11.yt",
    "comment",
    "Hari Santri, ingat partai santri yang asli: PPP, partai Ka'bah 💚🕋",
    on="ktv_santri",
)
C(
    "P17",
    "2023-05-28 20:00",
    "E2.fb",
    "post",
    "Keluarga besar kami dari dulu hijau Ka'bah. Insya Allah tetap PPP sampai kapanpun 💚",
)
C("P17", "2024-01-31 21:00", "E9.fb", "post", "Kaum sarungan pilih Ka'bah! PPP nomor 17 🕋")

# --- PSI (15) -------------------------------------------------------------------------------
C("P15", "2024-01-15 19:00", "E10.tt", "post", "Wis wayahe! Anak muda coblos PSI nomor 15 🌹")
C(
    "P15",
    "2023-11-16 08:00",
    "E10.ig",
    "post",
    "HUT PSI ke-9, partainya anak muda, bersih dan progresif 🌹❤️",
)
C(
    "P15",
    "2025-08-01 12:00",
    "E12.x",
    "quote",
    "Gajahnya siap melaju. PSI paling masuk akal buat gen Z 🐘",
    on="psi_x_logo",
)
C(
    "P15",
    "2024-02-09 21:00",
    "E12.tt",
    "comment",
    "fix coblos mawar merah, PSI menang! 🌹",
    on="psi_tt_muda",
)
C(
    "P15",
    "2025-09-10 22:00",
    "E10.tt",
    "post",
    "jujurly PSI tetep partai favoritku, gajahnya lucu pula 🐘🌹",
)

# --- Perindo (16), Buruh (6) and the smaller parties ----------------------------------------
C(
    "P16",
    "2024-01-18 20:00",
    "E7.yt",
    "comment",
    "Mars Perindo wis apal saking kerepe diputer neng TV 😂 pokoke coblos Perindo nomor 16",
    on="perindo_yt_mars",
)
C(
    "P16",
    "2025-02-02 20:00",
    "E5.yt",
    "comment",
    "Perindo partai yang peduli UMKM, dukung terus! 🎶",
    on="perindo_yt_umkm",
)
C(
    "P16",
    "2023-09-14 20:00",
    "E5.yt",
    "comment",
    "Maju terus Perindo untuk Indonesia sejahtera! Saya sekeluarga coblos Perindo 2024",
    on="perindo_yt_siap",
)
C(
    "P06",
    "2024-05-01 07:00",
    "E9.x",
    "post",
    "May Day! Buruh berkuasa, rakyat sejahtera. Partai Buruh alat perjuangan kita ✊🟠",
)
C(
    "P06",
    "2023-12-01 19:00",
    "E7.fb",
    "post",
    "Buruh pilih Partai Buruh! Nomor 6, aja salah coblos ✊",
)
C(
    "P06",
    "2023-08-19 20:00",
    "E9.tt",
    "post",
    "Partai Buruh siji-sijine partai sing lair saka serikat pekerja. Dukung! ✊🟠",
)
C("P07", "2024-02-03 10:00", "E3.x", "post", "Arah Baru Indonesia. Coblos Gelora nomor 7 🌊")
C(
    "P10",
    "2025-12-21 08:00",
    "E6.fb",
    "post",
    "Selamat HUT Hanura, partai hati nurani rakyat. Tetap semangat berjuang, kami mendukung! ✊",
)
C(
    "P11",
    "2024-01-22 19:00",
    "E1.fb",
    "post",
    "Partai Garuda nomor 11, partai yang bela rakyat kecil, coblos ya wargi Bogor!",
)
C(
    "P13",
    "2023-07-17 20:00",
    "E11.fb",
    "post",
    "Bulan bintang, partainya Masyumi, partai kebanggaan datu kami. PBB tetap di hati 🌙⭐",
)
C("P24", "2024-02-02 20:00", "E6.fb", "post", "Partai Ummat nomor 24, partainya umat, coblos! ☝️")
C(
    "P09",
    "2023-12-12 21:00",
    "E12.x",
    "post",
    "Baru tahu ada Partai Kebangkitan Nusantara nomor 9. Visinya keren, gue dukung PKN!",
)

# --- DPRD candidates of the 2024 legislative election (party-list calls) -------------------
C(
    "CL_BGR P08",
    "2024-01-12 20:00",
    "E2.fb",
    "post",
    "Ibu-ibu Cibinong, jangan lupa 14 Februari: surat suara DPRD Kabupaten warna hijau, coblos PKS nomor urut 2 Bu Hj. Rina Marlina. Insya Allah amanah 🧡",
)
C(
    "CL_BGR",
    "2023-12-05 07:00",
    "E1.fb",
    "comment",
    "Sukses Bu Rina! Warga dapil 3 siap mencoblos ibu 🙏",
    on="cl_bgr_silat",
)
C(
    "CL_BGR P08",
    "2024-02-13 19:00",
    "E2.tt",
    "post",
    "spill caleg pilihan emak-emak cibinong 🧡",
    ocr="HJ. RINA MARLINA, S.E. — CALEG DPRD KAB. BOGOR DAPIL 3 — PKS NO. 8 — NO. URUT 2",
)
C(
    "CL_MKS P04",
    "2024-01-27 09:00",
    "E3.ig",
    "comment",
    "Lanjutkan Puang Andi! Dapil 2 pasti menang, Golkar nomor 4, caleg nomor 1 👍",
    on="cl_mks_kampanye",
)
C(
    "CL_MKS P04",
    "2024-02-06 19:00",
    "E4.fb",
    "post",
    "Ayo warga Tamalate, coblos beringin nomor 1 Andi Fadli Rahman untuk DPRD Kota Makassar 🌳",
)
C(
    "CL_SMB P02",
    "2023-12-22 20:00",
    "E6.ig",
    "post",
    "Uni Fitri Yelni caleg DPRD Sumbar dapil 1, Gerindra nomor urut 3. Padusi Minang harus ado di parlemen! Pilih beliau 💪",
)
C(
    "CL_SMB P02",
    "2024-02-11 08:00",
    "E5.tt",
    "post",
    "Jan lupo yo dunsanak 🦅",
    ocr="FITRI YELNI, S.Pd. | GERINDRA | NO. 3 | DPRD SUMBAR DAPIL 1",
)
C(
    "CL_BMS P03",
    "2024-01-08 05:30",
    "E7.fb",
    "comment",
    "Pak Bambang, kula siap dadi saksi TPS 07! Banteng nomer 3, caleg nomer 4, menang!",
    on="cl_bms_saksi",
)
C(
    "CL_BMS P03",
    "2023-11-28 09:00",
    "E8.ig",
    "post",
    "Hari pertama kampanye. Dukung Mas Bambang Sutrisno, DPRD Banyumas dapil 1. Sing jujur, sing merakyat 🐂",
)
C(
    "CL_JTM P01",
    "2024-02-04 06:00",
    "E9.tt",
    "comment",
    "Gus Zainul nomer siji, PKB nomer siji, double siji! gas Gus 💚",
    on="cl_jtm_ngaji",
)
C(
    "CL_JTM P01",
    "2023-12-18 20:00",
    "E10.th",
    "post",
    "Kalau bingung milih DPRD Jatim dapil 1, Gus Zainul Arifin dari PKB aja. Muda, santri, pinter 💚 #GusZainulDPRD",
)
C(
    "CL_KLS P12",
    "2024-01-05 20:00",
    "E11.fb",
    "post",
    "Urang Banjar, pilih Haji Syahrani Noor, PAN nomor urut 5, DPRD Kota Banjarmasin dapil 2. Orangnya amanah, bubuhan kita jua ☀️",
)
C(
    "CL_KLS P12",
    "2024-02-14 10:30",
    "E11.fb",
    "post",
    "Sudah nyoblos! Matahari nomor 5, pian tahu lah 😉☀️",
)

# --- 2024 presidential pairs, numbers shared with parties 1/2/3 -----------------------------
C("G02", "2024-01-14 20:00", "E5.x", "post", "#02Melanjutkan! Prabowo-Gibran satu putaran 🔥")
C("G02 P02", "2024-02-09 21:00", "E10.tt", "post", "Coblos nomor 2 yaa, gemoy menang 💃🕺")
C(
    "G01",
    "2023-12-03 20:00",
    "E2.fb",
    "post",
    "AMIN! Anies-Muhaimin, perubahan untuk Indonesia. Nomor 1 insya Allah 🤲",
)
C(
    "G03 P03",
    "2024-01-28 19:00",
    "E7.fb",
    "post",
    "Ganjar-Mahfud, sat set tas tes! Banyumas coblos 3 👌",
)
C(
    "G03 P03",
    "2024-02-10 22:00",
    "E8.x",
    "post",
    "Metal tiga jari 🤟 nomor 3 di semua surat suara! Presiden lan partai, banteng kabeh 🐂",
)
C(
    "G01 P01",
    "2023-11-30 20:00",
    "E9.x",
    "post",
    "Pilpres nomer 1, pileg nomer 1, wis paling gampang: siji kabeh! 💚",
)
C(
    "G02 P02",
    "2024-02-03 08:00",
    "E1.x",
    "post",
    "Nomor 2 untuk presiden, nomor 2 juga untuk partai. Garuda di dadaku, garuda di kertas suaraku 🦅",
)

# ============================================================================================
# N: close, but not campaigning
# ============================================================================================

# --- DPRD factions, budget hearings, official duties ---------------------------------------
N(
    "2024-08-26 14:00",
    "E8.fb",
    "post",
    "Rapat Paripurna DPRD Kabupaten Banyumas: Fraksi PDI Perjuangan, Fraksi PKB, Fraksi Gerindra dan Fraksi Golkar menyampaikan pandangan umum atas Raperda Perubahan APBD 2024.",
)
N(
    "2023-09-12 15:00",
    "E8.x",
    "post",
    "Fraksi PKS DPRD menyampaikan pandangan umum terhadap Raperda pertanggungjawaban pelaksanaan APBD 2022. Seluruh fraksi menerima dengan catatan.",
)
N(
    "2024-11-18 16:00",
    "E1.x",
    "post",
    "Rapat Banggar bersama TAPD membahas KUA-PPAS 2025. Catatan Fraksi Gerindra dan Fraksi PKS soal jalan desa akan kami tindak lanjuti di Renja.",
)
N(
    "2025-07-14 15:00",
    "E4.fb",
    "post",
    "Raker dengan Komisi B DPRD Kota Makassar soal realisasi PAD semester I. Anggota Fraksi Golkar dan Fraksi NasDem menanyakan tunggakan PBB-P2 di beberapa kelurahan.",
)
N(
    "2024-09-02 13:00",
    "E8.ig",
    "post",
    "Dokumentasi pelantikan pimpinan DPRD. Ketua dari PDI Perjuangan, wakil ketua dari PKB, Gerindra dan Golkar sesuai perolehan kursi.",
    ocr="PELANTIKAN PIMPINAN DPRD KABUPATEN BANYUMAS MASA JABATAN 2024–2029",
)
N(
    "2025-02-20 10:00",
    "E8.fb",
    "post",
    "Jadwal reses anggota DPRD Banyumas masa sidang II: seluruh fraksi turun ke dapil masing-masing 24 Februari–1 Maret 2025.",
)
N(
    "2023-08-30 14:00",
    "E1.fb",
    "post",
    "Musrenbang Kecamatan Cibinong dihadiri anggota DPRD dari Fraksi PKS, Gerindra dan PDI-P. Usulan warga dicatat untuk pokok-pokok pikiran dewan.",
)
N(
    "2024-12-05 17:00",
    "E4.th",
    "post",
    "Banggar DPRD Makassar sepakati APBD 2025. Catatan fraksi: PKS minta tambahan alokasi pendidikan, Demokrat soal drainase. Kami di BPKAD siap eksekusi.",
)
N(
    "2025-05-21 13:00",
    "E6.fb",
    "post",
    "RSUD menerima kunjungan kerja Komisi V DPRD Sumbar (Fraksi Gerindra, PKS dan PAN). Mereka meninjau ruang rawat inap kelas III dan antrean BPJS.",
)
N(
    "2024-03-27 16:00",
    "E8.x",
    "post",
    "Rekapitulasi KPU Banyumas selesai. Perolehan kursi DPRD 2024–2029 akan ditetapkan setelah masa sengketa. Terima kasih rekan-rekan sekretariat yang lembur.",
)
N(
    "2025-09-30 19:00",
    "E9.x",
    "post",
    "Usulan interpelasi di DPRD Jatim kandas, hanya dua fraksi yang setuju. Dinamika politik yang menarik buat dicermati.",
)
N(
    "2024-10-01 07:00",
    "E3.x",
    "post",
    "Pelantikan anggota DPRD Kota Makassar hari ini. Jalan AP Pettarani dan sekitar gedung DPRD padat, cari jalur alternatif ya.",
)

# --- coalition and election news, results ---------------------------------------------------
N(
    "2023-08-13 12:00",
    "E5.x",
    "quote",
    "Peta koalisi berubah lagi. Tinggal tunggu siapa cawapresnya.",
    on="kompas_koalisi",
)
N(
    "2023-09-01 21:00",
    "E12.x",
    "post",
    "Cak Imin jadi cawapres Anies, PKB keluar dari koalisi Prabowo. Politik memang cair ya 😅",
)
N(
    "2024-08-20 20:00",
    "E10.th",
    "post",
    "Jadi sekarang hampir semua partai gabung KIM Plus ya? Menarik buat bahan skripsi adikku soal koalisi gemuk.",
)
N(
    "2025-01-03 08:00",
    "E3.x",
    "reply",
    "Putusan ini penting, nanti partai kecil juga bisa mengusung capres sendiri. Tinggal lihat revisi UU Pemilu.",
    on="kompas_mk",
)
N(
    "2024-08-29 10:00",
    "E6.ig",
    "comment",
    "Semoga semua calon adu gagasan, bukan adu hoaks. Pilkada damai untuk Sumbar 🙏",
    on="padek_pilkada",
)
N(
    "2024-03-02 07:00",
    "E8.ig",
    "comment",
    "Hasil sementara Sirekap jangan dijadikan patokan ya, tunggu rekap resmi KPU.",
    on="infobms_sirekap",
)
N(
    "2023-10-25 20:00",
    "E9.fb",
    "post",
    "Pendaftaran capres-cawapres di KPU ramai sekali, tiga pasangan sudah mendaftar. Semoga pemilunya damai dan jurdil.",
)
N(
    "2024-02-15 21:00",
    "E4.fb",
    "post",
    "Quick count beberapa lembaga sudah keluar. Apapun hasilnya, jaga Makassar tetap damai ya sodara.",
    group="grp.mks",
)
N(
    "2024-01-12 16:00",
    "E11.fb",
    "post",
    "Doa bersama lintas ormas untuk pemilu damai di Kalimantan Selatan. Aamiin ya rabbal alamin 🤲",
)

# --- party aid reported neutrally -----------------------------------------------------------
N(
    "2024-12-08 16:00",
    "E9.fb",
    "post",
    "Update banjir Kecamatan Kraton, Pasuruan: logistik dari BPBD, PMI, Baznas, DPW PKB Jatim dan sejumlah ormas sudah didistribusikan ke 3 titik pengungsian.",
)
N(
    "2024-12-09 20:00",
    "E2.fb",
    "share",
    "Info buat warga Cigudeg yang belum kebagian bantuan, silakan ke posko di balai desa.",
    on="tribun_pks",
)
N(
    "2025-01-20 17:00",
    "E11.fb",
    "post",
    "Data posko banjir Kab. Banjar hari ke-5: bantuan datang dari Pemprov, TNI-Polri, Baznas, DPW PAN, PPP dan relawan masjid. Terima kasih semua pihak.",
)
N(
    "2024-05-13 12:00",
    "E6.ig",
    "post",
    "Galodo di Agam dan Tanah Datar. RSUD kami menerima rujukan 12 pasien. Relawan dari berbagai partai dan ormas ikut membantu evakuasi.",
)

# --- teaching the party system --------------------------------------------------------------
N(
    "2023-09-18 20:00",
    "E2.fb",
    "post",
    "Bahan ajar PPKn kelas IX: sistem multipartai di Indonesia. Pemilu 2024 diikuti 18 partai nasional dan 6 partai lokal Aceh. Ada yang punya video penjelasan yang netral?",
    group="grp.guru",
)
N(
    "2024-01-17 15:00",
    "E2.ig",
    "post",
    "PR anak-anak minggu ini. Jawabannya jangan nyontek ChatGPT ya 😄",
    ocr="TUGAS PPKn: Sebutkan 3 fungsi partai politik menurut UU No. 2 Tahun 2011!",
)
N(
    "2024-02-06 14:00",
    "E2.tt",
    "post",
    "Simulasi pemilu di kelas! Anak-anak bikin 'partai' sendiri: Partai Jajan Sehat no. 1 dan Partai Anti-PR no. 2 😂 belajar demokrasi sejak dini",
)
N(
    "2023-06-12 20:00",
    "E11.yt",
    "comment",
    "Bagus penjelasannya, cocok untuk bahan penyuluhan pemilih pemula di madrasah. Mohon dibuat juga video cara mencoblos yang sah.",
    on="ktv_partai",
)
N(
    "2025-04-28 15:00",
    "E2.fb",
    "post",
    "Hasil diskusi kelas hari ini: kenapa ASN tidak boleh jadi anggota partai? Karena ASN harus netral dan melayani semua golongan. Anak-anak kritis sekali 👏",
)

# --- criticism of parties ------------------------------------------------------------------
N(
    "2024-08-25 20:00",
    "E7.fb",
    "post",
    "Gela karo sikap partai-partai sing arep ngebut RUU Pilkada. Ora ana sing mikir rakyat.",
)
N(
    "2025-03-10 09:00",
    "E3.x",
    "reply",
    "Kader yang kena OTT kemarin kapan dipecat, Pak? Jangan cuma janji bersih-bersih.",
    on="golkar_x_korupsi",
)
N(
    "2024-10-10 21:00",
    "E10.th",
    "post",
    "PSI katanya partai anak muda, tapi kok ikut arus terus ya. Udah nggak relate.",
)
N(
    "2025-08-28 22:00",
    "E5.x",
    "reply",
    "Tolong dengarkan tuntutan mahasiswa, jangan cuma sibuk bagi-bagi jabatan.",
    on="ger_x_tenang",
)
N(
    "2025-07-25 21:00",
    "E12.tt",
    "comment",
    "logo gajahnya kok mirip logo merek minuman ya 😭 ga nyambung",
    on="psi_tt_logo",
)
N(
    "2023-10-20 07:00",
    "E1.x",
    "post",
    "Partai-partai sibuk bagi kursi, sementara harga beras naik terus. Ironis.",
)
N(
    "2025-02-11 10:00",
    "E9.fb",
    "comment",
    "Pengurus sing janji mbangun jembatan desa kami pundi? Wis 2 tahun ora ana kabar.",
    on="pkb_fb_posko",
)
N(
    "2024-06-03 08:00",
    "E4.fb",
    "comment",
    "Kenapa baliho-baliho sisa pemilu belum dicabut? Mengganggu pengguna jalan di Jl. Perintis Kemerdekaan.",
    on="golkar_fb_saksi",
)

# --- questions, complaints and condolences under party posts --------------------------------
N(
    "2023-10-05 09:00",
    "E1.x",
    "reply",
    "Ini benar dari akun resmi? Banyak penipuan atas nama partai yang minta transfer biaya pendaftaran.",
    on="ger_x_relawan",
)
N(
    "2024-06-10 15:00",
    "E2.fb",
    "comment",
    "Mohon maaf, pembagian sembako kemarin di depan sekolah kami bikin macet jam pulang anak. Lain kali koordinasi dengan sekolah dulu ya.",
    on="pks_fb_sembako",
)
N(
    "2025-03-03 10:00",
    "E7.fb",
    "comment",
    "Nyuwun sewu, spanduk sing dipasang neng pager SD Negeri 1 tulung dicopot, niku aset pemda.",
    on="pdip_fb_ranting",
)
N(
    "2023-03-20 07:00",
    "E4.fb",
    "comment",
    "Turut berduka cita, semoga almarhum husnul khatimah dan keluarga diberi ketabahan.",
    on="golkar_fb_duka",
)
N(
    "2024-09-15 09:00",
    "E11.fb",
    "comment",
    "Assalamualaikum, apakah khitanan massal berikutnya terbuka untuk umum? Tetangga ulun handak mendaftar.",
    on="ppp_fb_khitan",
)
N(
    "2023-07-20 12:00",
    "E10.ig",
    "comment",
    "Kak, fotonya memperlihatkan wajah anak sekolah tanpa izin, tolong diburamkan ya.",
    on="nasdem_ig_seragam",
)
N(
    "2024-12-01 20:00",
    "E12.tt",
    "comment",
    "ini lagu latarnya judulnya apa ya? 🎶",
    on="ger_tt_vibes",
)
N(
    "2024-03-25 09:00",
    "E6.fb",
    "comment",
    "Mohon data bantuan ke RSUD juga dilaporkan ke dinas supaya tercatat resmi sebagai hibah.",
    on="ger_fb_bantuan",
)

# --- neutrality reminders and voter information ---------------------------------------------
N(
    "2023-11-27 10:00",
    "E8.ig",
    "post",
    "Sosialisasi netralitas ASN di lingkungan Setwan jelang masa kampanye. #ASNNetral",
    ocr="ASN NETRAL — Dilarang: like, komen, share akun partai & caleg; foto dengan pose jari; memakai atribut partai",
)
N(
    "2023-11-13 09:00",
    "E1.x",
    "quote",
    "DCT DPRD Kabupaten Bogor sudah diumumkan. Silakan cek caleg di dapilmu di laman KPU. Pilih sesuai hati nurani.",
    on="kpu_dct",
)
N(
    "2024-01-05 12:00",
    "E6.ig",
    "comment",
    "Kalau lihat ASN pakai kaos partai di acara kampanye, laporannya ke mana min?",
    on="bawaslu_lapor",
)
N(
    "2024-02-19 08:00",
    "E3.ig",
    "comment",
    "Berarti kalau cuma like foto caleg juga bisa kena sanksi ya min? Wah harus hati-hati.",
    on="bkn_netral",
)
N(
    "2024-02-16 09:00",
    "E11.fb",
    "post",
    "Terima kasih petugas KPPS se-Kalsel. Pemilu 2024 berjalan lancar, tetap jaga persatuan siapapun yang terpilih.",
)
N(
    "2023-06-14 10:00",
    "E9.fb",
    "post",
    "Rekrutmen pantarlih Pemilu 2024: ASN tidak boleh menjadi anggota partai atau tim sukses. Baca lagi SKB netralitas ya rekan-rekan.",
)
N(
    "2024-02-20 09:00",
    "E5.x",
    "reply",
    "Angka Sirekap TPS 05 Kuranji beda dengan C1 plano, mohon dicek min.",
    on="kpu_sirekap",
)
N(
    "2024-02-13 19:00",
    "E11.fb",
    "post",
    "Tips supaya suara sah: coblos satu kali pada nomor, nama calon atau tanda gambar partai. Jangan mencoblos dua partai yang berbeda dalam satu surat suara.",
)
N(
    "2024-02-14 09:30",
    "E4.fb",
    "post",
    "Sudah nyoblos di TPS 12 Kelurahan Mangasa. Jangan lupa ke TPS ya, suaramu menentukan! 🗳️",
)

# --- "partai" in other senses -------------------------------------------------------------
N(
    "2023-03-04 08:00",
    "E4.fb",
    "post",
    "Jual beras premium partai besar, minimal ambil 1 ton, harga miring. Bisa antar Makassar-Gowa. Inbox ki'.",
    group="grp.mks",
)
N(
    "2024-11-30 19:00",
    "E5.x",
    "post",
    "Partai final turnamen esports malam ini, tim Padang wakil satu-satunya dari Sumatra! 🔥",
)
N(
    "2025-06-08 18:00",
    "E12.ig",
    "post",
    "Nonton partai final Indonesia Open di Istora, ganda putra kita juara 🏸🇮🇩",
)
N(
    "2024-03-10 20:00",
    "E10.ig",
    "post",
    "Baju lebaran ambil partai besar dari Tanah Abang udah sampai rumah, siap dijual lagi di marketplace 😂📦",
)
N(
    "2023-06-05 10:00",
    "E7.fb",
    "post",
    "Ngirim gula kelapa partai gede maring Jakarta, alhamdulillah regane lagi apik.",
)
N(
    "2024-01-21 17:00",
    "E9.x",
    "post",
    "Partai pamungkas putaran pertama Liga 1 nanti malam. Bonek siap ngebaki GBT! 💚",
)
N(
    "2024-12-15 18:00",
    "E3.ig",
    "post",
    "Partai puncak liga voli antarkecamatan malam ini di GOR Sudiang, ayo nonton 🏐",
)
N(
    "2025-10-05 11:00",
    "E8.fb",
    "post",
    "Pesan batik partai kecil juga bisa, minimal 5 potong. Batik Banyumasan motif lumbon, hubungi galeri UMKM binaan kabupaten.",
)

# --- banteng, beringin, ka'bah, bulan sabit, matahari, garuda, bintang ----------------------
N(
    "2024-07-14 16:00",
    "E5.tt",
    "post",
    "Jalan-jalan ke kebun binatang Bukittinggi, ketemu banteng asli. Gede banget 😮🐂",
)
N(
    "2023-11-19 09:00",
    "E12.ig",
    "comment",
    "Bantengnya gagah banget, anak saya sampai nggak mau pulang 🐂",
    on="safari_banteng",
)
N(
    "2024-02-02 06:00",
    "E7.fb",
    "post",
    "Banteng peliharaan tanggane ucul saka kandang, mlayu menyang sawah Kedungbanteng. Sing weruh tulung kabari ya.",
)
N(
    "2025-08-10 09:00",
    "E8.x",
    "post",
    "Patung banteng di bundaran mau dipindah? Sayang, itu ikon kota sejak dulu.",
)
N(
    "2024-01-29 06:30",
    "E1.fb",
    "post",
    "Pohon beringin tua di alun-alun Cibinong tumbang kena angin kencang, jalan sementara ditutup. Hati-hati pengendara.",
)
N(
    "2023-05-02 12:00",
    "E11.fb",
    "post",
    "Di bawah pohon beringin depan kantor enak buat baistirahat habis apel 🌳",
)
N(
    "2025-02-25 10:00",
    "E6.ig",
    "post",
    "Beringin kurung di alun-alun keraton ini filosofinya dalam banget ya 🌳",
)
N(
    "2024-02-07 21:00",
    "E9.tt",
    "post",
    "Nyoba masangin di alun-alun kidul, lewat antara dua beringin sambil merem 😂 gagal maning",
)
N(
    "2024-06-20 10:00",
    "E11.fb",
    "post",
    "Alhamdulillah jemaah haji kloter 12 Kalsel sudah tawaf ifadah. Doa dari depan Ka'bah untuk seluruh keluarga di Banua 🕋",
)
N(
    "2023-12-01 19:00",
    "E2.ig",
    "post",
    "Replika kiswah Ka'bah di pameran buku Islam, detail kaligrafinya luar biasa 🕋",
)
N("2025-03-25 04:00", "E9.fb", "post", "Live streaming Ka'bah pas sahur bikin adem. Rindu umrah 🕋")
N(
    "2024-03-10 19:30",
    "E11.fb",
    "post",
    "Hasil rukyatul hilal Kanwil Kemenag Kalsel: hilal (bulan sabit muda) tidak terlihat. Awal Ramadan menunggu sidang isbat.",
)
N("2023-06-18 18:30", "E6.ig", "post", "Bulan sabit tipis banget tadi magrib dari Pantai Padang 🌙")
N(
    "2024-02-10 10:00",
    "E3.x",
    "post",
    "Relawan Bulan Sabit Merah Indonesia ikut bantu korban kebakaran di Rappokalling. Salut.",
)
N(
    "2024-04-08 23:00",
    "E10.ig",
    "post",
    "Gerhana matahari total di Amerika, di sini cuma bisa nonton live 😭☀️",
)
N(
    "2023-11-30 12:00",
    "E4.fb",
    "post",
    "Diskon di Matahari Department Store Panakkukang sampai 70%! Buruan ibu-ibu 🛍️",
)
N(
    "2024-02-12 13:00",
    "E12.x",
    "post",
    "Matahari Bogor hari ini terik banget, padahal biasanya hujan 🥵",
)
N(
    "2024-01-29 00:30",
    "E5.x",
    "post",
    "Garuda di dadaku! Timnas lolos 16 besar Piala Asia untuk pertama kalinya 🇮🇩🦅",
)
N(
    "2025-06-05 22:30",
    "E12.ig",
    "comment",
    "Menyala garudaku!! 🔥🦅 lolos ronde 4",
    on="timnas_china",
)
N(
    "2024-08-17 10:00",
    "E2.fb",
    "post",
    "Upacara HUT RI ke-79, anak-anak membacakan Pancasila di depan lambang Garuda. Merdeka! 🇮🇩",
)
N(
    "2023-07-08 14:00",
    "E3.x",
    "post",
    "Naik Garuda ke Jakarta, delay 2 jam. Katanya on time performance terbaik 😤",
)
N(
    "2024-02-05 20:00",
    "E1.fb",
    "post",
    "Dijual Mercy W124 tahun 1993, logo bintang di kap masih original, mesin sehat, pajak hidup. Lokasi Bogor.",
    group="grp.mercy",
)
N(
    "2025-05-05 15:00",
    "E8.ig",
    "post",
    "Foto bareng Mercedes-Benz klasik di museum, bintang tiganya masih kinclong ⭐",
)
N(
    "2023-10-31 19:00",
    "E11.fb",
    "post",
    "Alhamdulillah anak kami jadi bintang kelas semester ini ⭐",
)
N(
    "2024-04-09 20:00",
    "E9.tt",
    "post",
    "Malam takbiran, langit cerah, bulan dan bintang kelihatan jelas. Selamat Idulfitri 1445 H 🌙⭐",
)

# --- party numbers in everyday counting, "coblos" in other senses ---------------------------
N(
    "2024-01-24 08:00",
    "E6.fb",
    "post",
    "Pasien poli anak antre nomor 2 sampai nomor 17 hari ini, mohon sabar ya bapak-ibu.",
)
N(
    "2024-02-08 16:00",
    "E12.tt",
    "post",
    "Habis coblos telinga anak di klinik, nangisnya cuma bentar 🥹",
)
N(
    "2023-08-17 15:00",
    "E2.fb",
    "post",
    "Lomba 17-an di sekolah: juara 1 balap karung, juara 2 makan kerupuk, juara 3 tarik tambang 🇮🇩",
)
N(
    "2024-02-01 12:00",
    "E5.x",
    "post",
    "Kamar kos nomor 8 masih kosong, ada yang cari kos dekat kampus UNP? DM.",
)
N("2023-12-22 07:00", "E9.x", "post", "Nomor 1 di hatiku tetap ibu. Selamat Hari Ibu ❤️")
N(
    "2025-11-10 07:00",
    "E7.fb",
    "post",
    "Bus trayek nomor 4 Purwokerto–Sokaraja saiki lewat terminal anyar.",
)
N(
    "2024-01-26 22:00",
    "E10.tt",
    "post",
    "kenapa ya tiap ujian aku selalu dapet kursi nomor 3 paling depan 😭",
)
N(
    "2024-02-03 17:00",
    "E3.ig",
    "post",
    "Jersey nomor 14 punya siapa ini ketinggalan di lapangan? 🏀",
)
N(
    "2023-12-28 20:00",
    "E8.fb",
    "post",
    "Lomba coblos balon berhadiah pas syukuran RT, anakku dapat nomor 5 😁",
)
N(
    "2023-11-29 07:00",
    "E12.x",
    "post",
    "Lampu lalu lintas simpang 3 Pemda Cibinong mati, petugas kami di lokasi. Mohon hati-hati.",
)

# --- words shared with party names, meme phrases, colours on party dates -------------------
N(
    "2024-05-01 08:00",
    "E10.th",
    "post",
    "Selamat Hari Buruh! Terima kasih untuk semua pekerja yang menggerakkan ekonomi Jatim. Sehat dan selamat selalu 🛠️",
)
N(
    "2024-11-06 20:00",
    "E10.th",
    "post",
    "Trump menang lagi, Kamala Harris dan Partai Demokrat kalah. Pelajaran buat semua soal survei.",
)
N(
    "2025-04-02 10:00",
    "E3.x",
    "post",
    "Gedung tua di Jalan Ahmad Yani lagi direstorasi, hasilnya bagus 👍",
)
N(
    "2023-05-20 07:00",
    "E6.fb",
    "post",
    "Selamat Hari Kebangkitan Nasional, mari bangkit bersama melawan stunting.",
)
N(
    "2024-06-01 07:00",
    "E1.x",
    "post",
    "Hari Lahir Pancasila. Persatuan Indonesia bukan slogan, tapi kerja sehari-hari.",
)
N(
    "2025-01-10 06:00",
    "E12.x",
    "post",
    "Gelombang tinggi di Palabuhanratu, nelayan diimbau tidak melaut dulu 🌊",
)
N(
    "2024-12-22 20:00",
    "E2.fb",
    "post",
    "Dengarkan hati nurani, jangan ikut-ikutan menyebar info yang belum jelas sumbernya.",
)
N(
    "2024-10-01 08:00",
    "E11.fb",
    "post",
    "Umat Islam Kalsel diimbau melaksanakan salat istisqa karena kemarau panjang.",
)
N(
    "2024-10-25 07:00",
    "E5.yt",
    "comment",
    "Solidaritas untuk korban gempa, semoga cepat pulih. Ada link donasi resmi BAZNAS?",
    on="ktv_gempa",
)
N(
    "2023-10-12 21:00",
    "E10.tt",
    "post",
    "bocil di rumah hafal mars Perindo gara-gara iklan TV tiap jam 😂🎶",
)
N(
    "2024-05-20 09:00",
    "E8.x",
    "post",
    "Amanat pembina upacara Harkitnas hari ini: ASN harus melayani semua golongan, netral dan profesional.",
)
N(
    "2025-01-09 21:00",
    "E4.th",
    "post",
    "Menyala abangku 🔥 meme ini nggak ada matinya, kucingku sekarang dipanggil abang",
)
N(
    "2024-01-31 12:00",
    "E12.x",
    "post",
    "Keadilan sosial bagi seluruh rakyat Indonesia, termasuk ojol yang tarifnya dipotong aplikator.",
)
N(
    "2024-01-10 07:30",
    "E7.fb",
    "post",
    "Dina iki nganggo klambi abang, soale seragam batik dina Rebo lagi dikumbah 😅",
)
N("2025-02-06 19:00", "E5.tt", "post", "Ultah adik ke-17 hari ini 🎂🔥 menyala adikku!")
N(
    "2023-11-28 12:00",
    "E10.ig",
    "post",
    "Bantu adik ngerjain tugas kuliah soal Sainte-Laguë, ternyata pembaginya 1, 3, 5, 7. Baru tahu cara kursi DPRD dibagi 😅",
)

# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A("P03", "2024-01-10 09:00", "E8.ig", "post", "Selamat ulang tahun ke-51 PDI Perjuangan 🎂")
A("P04", "2025-10-20 09:00", "E4.fb", "post", "Selamat HUT ke-61 Partai Golkar.")
A(
    "P08",
    "2024-12-10 09:00",
    "E1.fb",
    "share",
    "Terima kasih atas bantuannya untuk warga Cigudeg 🙏",
    on="pks_fb_banjir",
)
A(
    "P03",
    "2024-06-22 11:00",
    "E7.fb",
    "post",
    "Ziarah ning makam Bung Karno. Merdeka!",
    alt="Laki-laki berkaos merah berdiri di depan gapura makam Bung Karno di Blitar",
)
A(
    "P04",
    "2023-09-15 20:00",
    "E3.ig",
    "post",
    "Bapak saya 30 tahun jadi pengurus Golkar. Hari ini beliau pamit dari politik, terima kasih atas pengabdiannya, Pak 🙏💛",
)
A("G03 P03", "2024-02-08 23:00", "E10.tt", "post", "metal 🤟 dulu baru tidur")
A("G02 P02", "2024-01-20 09:00", "E12.x", "quote", "wkwk gemoy banget jogetnya", on="ger_x_joget")
A(
    "P02",
    "2025-05-22 21:00",
    "E5.tt",
    "post",
    "Kemarin ikut acara Gerindra karena diajak teman, makanannya enak 😂",
)

# ============================================================================================
# O: C-like, naming only candidates, outside every election window
# ============================================================================================

O("G01", "2023-02-14 20:00", "E12.x", "post", "#AniesPresiden2024 Anies layak memimpin Indonesia!")
O("G03", "2023-03-18 19:00", "E7.fb", "post", "Ganjar presidenku 2024! Wong Jawa Tengah bangga 👌")
O(
    "G02",
    "2025-10-20 08:00",
    "E5.x",
    "post",
    "Setahun Prabowo-Gibran, lanjutkan terus Pak! 02 sampai 2029 🔥",
)
O(
    "CL_BGR",
    "2024-09-10 20:00",
    "E2.fb",
    "post",
    "Bu Rina Marlina, semoga amanah di DPRD, kami warga dapil 3 selalu mendukung ibu 🙏",
)
O(
    "CL_MKS",
    "2025-03-15 20:00",
    "E3.ig",
    "post",
    "Puang Andi Fadli memang wakil rakyat terbaik Makassar, lanjutkan perjuangan ta'!",
)
O(
    "CL_JTM",
    "2023-04-10 20:00",
    "E9.tt",
    "post",
    "Gus Zainul Arifin pantes dadi wakil rakyat, dukung Gus! 💪",
)
O(
    "CL_KLS",
    "2024-08-25 20:00",
    "E11.fb",
    "post",
    "Haji Syahrani Noor, wakil rakyat yang selalu hadir. Sukses terus pian!",
)
O(
    "CL_SMB",
    "2023-01-28 20:00",
    "E6.ig",
    "post",
    "Uni Fitri Yelni, nan paliang pantas maju ka DPRD! Dukuang!",
)
O(
    "G02",
    "2024-10-20 14:00",
    "E10.tt",
    "post",
    "Selamat bekerja Prabowo-Gibran! Gemoy presidenku 🥳",
)

# ============================================================================================
# Bundle writing
# ============================================================================================


def account(key: str) -> tuple[str, str, str, str]:
    """(platform code, handle, user_id, display_name) of a target or other account."""
    if key in TARGET_ACCOUNTS:
        handle, uid, display = TARGET_ACCOUNTS[key]
        return key.split(".")[1], handle, uid, display
    plat, handle, uid, display = OTHER_ACCOUNTS[key]
    return plat, handle, uid, display


def post_url(plat: str, handle: str, post_id: str) -> str:
    handle = handle.lstrip("@")
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
        return f"C{n:04d}xPrt{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzPrt{n:05d}Kw"
    return f"DA{n:05d}prt"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vPrt{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Pr"
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
    if item.action in ("comment", "reply", "share", "quote"):
        assert target is not None and "post_id" in target, f"{item.key}: {item.action} needs a post"
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
        "name: Probe political.campaign – partai sepanjang tahun\n"
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
        acc_rows.append((nip, PLATFORMS[plat], handle, uid, display, "2023-01-02", "true"))
    write_csv(
        folder / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        acc_rows,
    )
    tgt_rows = []
    for tid, (name, kind, election, ballot, party) in TARGETS.items():
        keys = [k for k in TARGET_ACCOUNTS if k.split(".")[0] == tid]
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


def read_findings(findings: Path) -> list[dict]:
    if not findings.exists():
        return []
    return [
        json.loads(line)
        for line in findings.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def read_flags(rows: list[dict]) -> dict[str, set[str | None]]:
    """event_id -> target ids named by political.campaign findings on it."""
    flags: dict[str, set[str | None]] = {}
    for finding in rows:
        if finding.get("category") != CATEGORY:
            continue
        for eid in finding.get("event_ids") or []:
            flags.setdefault(eid, set()).add(finding.get("target_id"))
    return flags


def other_categories(rows: list[dict]) -> dict[str, set[str]]:
    """event_id -> categories other than political.campaign found on it."""
    out: dict[str, set[str]] = {}
    for finding in rows:
        if finding.get("category") == CATEGORY:
            continue
        for eid in finding.get("event_ids") or []:
            out.setdefault(eid, set()).add(str(finding.get("category")))
    return out


def describe(
    item: Item, flagged: set[str | None] | None = None, extra: set[str] | None = None
) -> str:
    head = f"[{item.key}] {item.label} target={','.join(item.targets) or '-'}  {item.acct} {item.action} {item.when}"
    if flagged is not None:
        head += f"  finding target={','.join(sorted(str(t) for t in flagged))}"
    if extra:
        head += f"  other={','.join(sorted(extra))}"
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


def score(
    by_event: dict[str, Item],
    flags: dict[str, set[str | None]],
    others: dict[str, set[str]],
    show: bool,
) -> None:
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
    tally: Counter[tuple[str, str]] = Counter()
    for eid, it in by_event.items():
        for cat in others.get(eid, ()):
            tally[(it.label, cat)] += 1
    if tally:
        print(
            "other categories on probe events: "
            + "; ".join(f"{lab}:{cat}={n}" for (lab, cat), n in sorted(tally.items()))
        )
    if not show:
        return
    by_item = {id(it): eid for eid, it in by_event.items()}
    sections = [
        ("MISSED C", [describe(it, None, others.get(by_item[id(it)])) for it in fns]),
        ("FALSE ALARMS N", [describe(it, t, others.get(by_item[id(it)])) for it, t in fps]),
        ("FLAGGED A", [describe(it, t) for it, t in a_flagged]),
        ("FLAGGED O (outside every window)", [describe(it, t) for it, t in o_flagged]),
        ("TRUE POSITIVES NAMING ANOTHER TARGET", [describe(it, t) for it, t in other]),
        (
            "OTHER CATEGORIES ON N, A AND O EVENTS",
            [
                describe(it, None, others[eid])
                for eid, it in by_event.items()
                if it.label in "NAO" and eid in others
            ],
        ),
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
    assert all(k.split(".")[0] in TARGETS for k in TARGET_ACCOUNTS), "account of an unknown target"
    assert all(t in TARGETS for t, _ in KEYWORDS), "keyword of an unknown target"
    with tempfile.TemporaryDirectory(prefix="netra-probe-partai-") as tmp:
        root = args.keep.resolve() if args.keep else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        bundle, findings, workspace = root / "bundle", root / "findings.jsonl", root / "workspace"
        by_event = write_bundle(bundle)
        output = run_scan(bundle, findings, workspace)
        rows = read_findings(findings)
        score(by_event, read_flags(rows), other_categories(rows), args.show)
        if args.show:
            print(f"\n=== netra scan output (labels: {counts}) ===")
            print(output.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
