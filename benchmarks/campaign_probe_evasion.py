# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: evasion - civil servants who know they are watched.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* The real 2024 presidential pairs with their real ballot numbers (01 Anies-Muhaimin "AMIN",
  02 Prabowo-Gibran, 03 Ganjar-Mahfud), their campaign teams, and eight real national parties,
  all as public facts; every text is invented.
* An invented Pilbup Garut 2024 (region 32.05): 1 H. Wawan Setiawan - Irma Nurhayati ("WIN",
  "Garut Menang Bersama", green, Tim Pemenangan WIN), 2 Cecep Supriatna - Kartika Eka Putri
  ("CAKEP", "Garut Cakep, Garut Hebat", orange, relawan Sahabat CAKEP), 3 Rahmat Hidayat -
  Euis Komariah ("RAME", "Garut Rame, Rakyat Bungah", purple, Barisan RAME).
* Ten invented civil servants (Pemkab Garut teachers, midwife, nurse, sub-district and
  Diskominfo staff; a Bekasi finance officer; a Kemenkum lawyer; a tax-office clerk; a Bawaslu
  Garut secretariat officer) with declared accounts on X, Facebook, Instagram, TikTok, YouTube
  and Threads.

The theme is evasion: leetspeak, spaced / dotted / starred letters, keycap and skin-tone emoji,
full-width digits, superscripts, zero-width characters, Cyrillic look-alikes, fancy Unicode
fonts, words split across lines, code words ("yang di tengah", "nomor yang genap", "yang
bajunya biru", "pak yang suka joget", "yang rambut putih"), innocent captions over campaign
images (alt / OCR text), peace signs that are partisan hand signs, and self-aware disclaimers
("bukan kampanye ya, cuma ngingetin ..."). The honest look-alikes (N) are real peace signs,
everyday numbers in emoji, gamer leetspeak, dotted abbreviations, namesakes and nicknames of
ordinary people, neutrality reminders and Bawaslu reports that quote the obfuscated slogans.

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
    .venv/bin/python benchmarks/campaign_probe_evasion.py [--show] [--keep DIR]

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
    ("PEMKAB-GRT", "Pemerintah Kabupaten Garut", "", "32.05"),
    ("DISDIK-GRT", "Dinas Pendidikan Kabupaten Garut", "PEMKAB-GRT", "32.05"),
    ("DISKOMINFO-GRT", "Dinas Komunikasi dan Informatika Kabupaten Garut", "PEMKAB-GRT", "32.05"),
    ("DINKES-GRT", "Dinas Kesehatan Kabupaten Garut", "PEMKAB-GRT", "32.05"),
    ("RSUD-GRT", "RSUD dr. Slamet Garut", "PEMKAB-GRT", "32.05"),
    ("KEC-TRGK", "Kecamatan Tarogong Kidul", "PEMKAB-GRT", "32.05"),
    ("PEMKOT-BKS", "Pemerintah Kota Bekasi", "", "32.75"),
    ("BPKAD-BKS", "Badan Pengelolaan Keuangan dan Aset Daerah Kota Bekasi", "PEMKOT-BKS", "32.75"),
    ("KEMENKUM", "Kementerian Hukum", "", ""),
    ("KEMENKEU", "Kementerian Keuangan", "", ""),
    ("DJP", "Direktorat Jenderal Pajak", "KEMENKEU", ""),
    ("KPP-GRT", "KPP Pratama Garut", "DJP", "32.05"),
    ("BAWASLU", "Sekretariat Jenderal Bawaslu RI", "", ""),
    ("BWS-GRT", "Sekretariat Bawaslu Kabupaten Garut", "BAWASLU", "32.05"),
]

# key -> (nip, name, agency_code, unit, position, employment_type, region_code)
EMPLOYEES = {
    "neneng": (
        "198405122009022004",
        "Neneng Sulastri, S.Pd.",
        "DISDIK-GRT",
        "SMPN 2 Tarogong Kidul",
        "Guru Ahli Muda",
        "PNS",
        "32.05",
    ),
    "yayan": (
        "199108232015031002",
        "Yayan Sopyan, S.Kom.",
        "DISKOMINFO-GRT",
        "Bidang Informasi dan Komunikasi Publik",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "32.05",
    ),
    "ai": (
        "198712042010012003",
        "Hj. Ai Rohayati, S.ST.",
        "DINKES-GRT",
        "UPT Puskesmas Tarogong",
        "Bidan Ahli Muda",
        "PNS",
        "32.05",
    ),
    "dadang": (
        "197906162006041001",
        "Dadang Supriadi, S.IP.",
        "KEC-TRGK",
        "Seksi Pemerintahan",
        "Kepala Seksi Pemerintahan",
        "PNS",
        "32.05",
    ),
    "ririn": (
        "199302112019032006",
        "Ririn Anggraeni, S.E.",
        "BPKAD-BKS",
        "Bidang Anggaran",
        "Analis Anggaran",
        "PNS",
        "32.75",
    ),
    "fajar": (
        "198811302012121001",
        "Fajar Nugroho, S.H., M.H.",
        "KEMENKUM",
        "Direktorat Jenderal Peraturan Perundang-undangan",
        "Perancang Peraturan Perundang-undangan Ahli Muda",
        "PNS",
        "",
    ),
    "wulan": (
        "199603182022212001",
        "Wulandari Putri Utami, A.Md.Kep.",
        "RSUD-GRT",
        "Instalasi Gawat Darurat",
        "Perawat Terampil",
        "PPPK",
        "32.05",
    ),
    "bayu": (
        "199007092014021003",
        "Bayu Aditya Pratama, S.Sos.",
        "BWS-GRT",
        "Divisi Pencegahan dan Hubungan Masyarakat",
        "Analis Pengawasan Pemilu",
        "PNS",
        "32.05",
    ),
    "tati": (
        "196910251994032002",
        "Dra. Hj. Tati Suhartati, M.Pd.",
        "DISDIK-GRT",
        "SDN 1 Sukagalih",
        "Kepala Sekolah",
        "PNS",
        "32.05",
    ),
    "rizky": (
        "199905272021041001",
        "Muhammad Rizky Ramadhan, S.Kom.",
        "KPP-GRT",
        "Seksi Pelayanan",
        "Pelaksana",
        "PNS",
        "32.05",
    ),
}

# key "<employee>.<platform>" -> (platform, handle, user_id, display_name, bio, location)
EMP_ACCOUNTS = {
    "neneng.fb": (
        "fb",
        "neneng.sulastri.79",
        "100004871236645",
        "Neneng Sulastri",
        "Guru MTK | Garut | akun pribadi",
        "Garut, Jawa Barat",
    ),
    "neneng.tt": (
        "tt",
        "bu_neneng_mtk",
        "6712390045512371200",
        "Bu Neneng 🧮",
        "guru matematika yang suka joget 😆",
        "Garut",
    ),
    "yayan.x": (
        "x",
        "yayansopyan_",
        "1183347701923311616",
        "Yayan S.",
        "IT guy | Garut | opini pribadi",
        "Garut",
    ),
    "yayan.ig": (
        "ig",
        "yayan.sopyan",
        "4402198823",
        "Yayan Sopyan",
        "ngoding, ngopi, naik gunung",
        "Garut",
    ),
    "ai.fb": (
        "fb",
        "ai.rohayati.bidan",
        "100009923456127",
        "Ai Rohayati",
        "Bidan Puskesmas Tarogong",
        "Tarogong Kidul, Garut",
    ),
    "ai.ig": ("ig", "bidan.ai_", "5561029384", "Bidan Ai", "Sehat ibu, sehat bayi 🤰", "Garut"),
    "dadang.fb": (
        "fb",
        "dadang.supriadi.3",
        "100002765409812",
        "Dadang Supriadi",
        "Kecamatan Tarogong Kidul",
        "Garut",
    ),
    "dadang.yt": (
        "yt",
        "@dadangsupriadi7990",
        "UCq3mD8vK2aN5rT9Lw1yXh0A",
        "Dadang Supriadi",
        "",
        "Garut",
    ),
    "ririn.x": (
        "x",
        "ririnanggr",
        "1290044817625030656",
        "Ririn A.",
        "anggaran, kopi, kucing | Bekasi",
        "Bekasi",
    ),
    "ririn.th": ("th", "ririnanggr", "63301847729", "Ririn A.", "anggaran, kopi, kucing", "Bekasi"),
    "fajar.x": (
        "x",
        "fajarnugroho_sh",
        "905512337761071104",
        "Fajar Nugroho",
        "Legal drafter. Tulisan pribadi.",
        "Jakarta",
    ),
    "fajar.th": (
        "th",
        "fajarnugroho_sh",
        "63377120984",
        "Fajar Nugroho",
        "Legal drafter",
        "Jakarta",
    ),
    "wulan.tt": (
        "tt",
        "wulan.igd",
        "7012335567812340736",
        "Wulan 🚑",
        "perawat IGD | PPPK 2022",
        "Garut",
    ),
    "wulan.ig": ("ig", "wulandari.pu", "6690123458", "Wulandari P.U.", "nurse | Garut", "Garut"),
    "bayu.x": (
        "x",
        "bayu_adityap",
        "1055533291046387712",
        "Bayu Aditya",
        "Staf Bawaslu Kab. Garut. Cuitan pribadi.",
        "Garut",
    ),
    "bayu.fb": (
        "fb",
        "bayu.aditya.pratama",
        "100006512349876",
        "Bayu Aditya Pratama",
        "Sekretariat Bawaslu Garut",
        "Garut",
    ),
    "tati.fb": (
        "fb",
        "tati.suhartati",
        "100001234987650",
        "Tati Suhartati",
        "Kepala SDN 1 Sukagalih",
        "Garut",
    ),
    "tati.yt": ("yt", "@tatisuhartati", "UCx8Pq2vN7sB4kR1Ty6zWm3E", "Tati Suhartati", "", "Garut"),
    "rizky.x": (
        "x",
        "rizkyrmdhn99",
        "1399012278310402048",
        "rizky 🎮",
        "tax guy by day, gamer by night",
        "Garut",
    ),
    "rizky.tt": ("tt", "rizky.rmdhn", "6900112233445566778", "Rizky R", "gaming & daily", "Garut"),
}

# Neutrality windows: Pemilu 2024 (KPU calendar) and the invented Pilbup Garut 2024.
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
    ("result", "2024-12-17", "2025-01-09"),
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
        "PILBUP-GRT-2024",
        "Pemilihan Bupati dan Wakil Bupati Garut 2024",
        "regional_head",
        "32.05",
        PILKADA_STAGES,
    ),
]

# target_id -> (name, kind, election_id, ballot_number, party)
TARGETS = {
    "P01A": ("Anies Rasyid Baswedan", "candidate", "PILPRES-2024", "1", ""),
    "P01B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES-2024", "1", "PKB"),
    "T01": ("Timnas Pemenangan AMIN", "campaign_team", "PILPRES-2024", "1", ""),
    "P02A": ("Prabowo Subianto", "candidate", "PILPRES-2024", "2", "Gerindra"),
    "P02B": ("Gibran Rakabuming Raka", "candidate", "PILPRES-2024", "2", ""),
    "T02": ("Tim Kampanye Nasional Prabowo-Gibran", "campaign_team", "PILPRES-2024", "2", ""),
    "P03A": ("Ganjar Pranowo", "candidate", "PILPRES-2024", "3", "PDI-P"),
    "P03B": ("Mohammad Mahfud MD", "candidate", "PILPRES-2024", "3", ""),
    "T03": ("Tim Pemenangan Nasional Ganjar-Mahfud", "campaign_team", "PILPRES-2024", "3", ""),
    "G1A": ("H. Wawan Setiawan", "candidate", "PILBUP-GRT-2024", "1", "Golkar"),
    "G1B": ("Irma Nurhayati", "candidate", "PILBUP-GRT-2024", "1", ""),
    "TWIN": ("Tim Pemenangan WIN", "campaign_team", "PILBUP-GRT-2024", "1", ""),
    "G2A": ("Cecep Supriatna", "candidate", "PILBUP-GRT-2024", "2", "Gerindra"),
    "G2B": ("Kartika Eka Putri", "candidate", "PILBUP-GRT-2024", "2", ""),
    "TCAKEP": ("Relawan Sahabat CAKEP", "campaign_team", "PILBUP-GRT-2024", "2", ""),
    "G3A": ("Rahmat Hidayat", "candidate", "PILBUP-GRT-2024", "3", "PKB"),
    "G3B": ("Euis Komariah", "candidate", "PILBUP-GRT-2024", "3", ""),
    "TRAME": ("Barisan RAME", "campaign_team", "PILBUP-GRT-2024", "3", ""),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", ""),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", ""),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", ""),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", ""),
    "NASDEM": ("Partai NasDem", "party", "", "5", ""),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", ""),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", ""),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", ""),
}

GROUPS = {
    "AMIN": "P01A P01B T01",
    "PG": "P02A P02B T02",
    "GM": "P03A P03B T03",
    "WIN": "G1A G1B TWIN",
    "CAKEP": "G2A G2B TCAKEP",
    "RAME": "G3A G3B TRAME",
}

# "<target_id>.<platform>" -> (handle, user_id, display_name); user ids are invented.
TARGET_ACCOUNTS = {
    "P01A.x": ("aniesbaswedan", "81230001", "Anies Rasyid Baswedan"),
    "P01A.ig": ("aniesbaswedan", "3012300011", "Anies Baswedan"),
    "T01.fb": ("timnas.amin", "100090012300001", "Timnas AMIN"),
    "P02A.x": ("prabowo", "81230002", "Prabowo Subianto"),
    "P02A.fb": ("PrabowoSubianto", "100090012300002", "Prabowo Subianto"),
    "T02.fb": ("tkn.prabowogibran", "100090012300003", "TKN Prabowo-Gibran"),
    "P02B.tt": ("gibran_rakabuming", "6800012300004000000", "Gibran Rakabuming"),
    "P03A.x": ("ganjarpranowo", "81230003", "Ganjar Pranowo"),
    "P03A.ig": ("ganjar_pranowo", "3012300033", "Ganjar Pranowo"),
    "T03.fb": ("tpn.ganjarmahfud", "100090012300005", "TPN Ganjar-Mahfud"),
    "G1A.ig": ("kangwawan.garut", "7012300101", "Kang Wawan Setiawan"),
    "G1A.tt": ("kangwawan_official", "6800012300101000000", "Kang Wawan Official"),
    "TWIN.fb": ("timpemenangan.win", "100090012300102", "Tim Pemenangan WIN Garut"),
    "G2A.fb": ("cecep.supriatna.official", "100090012300201", "Cecep Supriatna"),
    "TCAKEP.fb": ("sahabat.cakep.garut", "100090012300202", "Sahabat CAKEP Garut"),
    "G2B.ig": ("teh.kartika.ep", "7012300203", "Kartika Eka Putri"),
    "G3A.tt": ("kangrahmat.garut", "6800012300301000000", "Kang Rahmat Hidayat"),
    "TRAME.x": ("barisan_rame", "81230302", "Barisan RAME Garut"),
}

# Support terms per target, as an agency's monitoring team would list them (spec: hashtag,
# slogan, nickname or ballot phrase).
KEYWORDS = [
    ("P01A", "AMIN"),
    ("P01A", "#AMIN"),
    ("P01A", "Anies-Muhaimin"),
    ("P01A", "#AniesMuhaimin2024"),
    ("P01A", "Abah Anies"),
    ("P01A", "#AMINajaDulu"),
    ("P01A", "coblos nomor 1"),
    ("P01B", "Gus Imin"),
    ("P01B", "slepet"),
    ("T01", "Timnas AMIN"),
    ("P02A", "Prabowo-Gibran"),
    ("P02A", "#PrabowoGibran2024"),
    ("P02A", "Gemoy"),
    ("P02A", "Oke Gas"),
    ("P02A", "#02Melanjutkan"),
    ("P02A", "satu putaran"),
    ("P02A", "coblos nomor 2"),
    ("P02A", "Koalisi Indonesia Maju"),
    ("T02", "TKN Prabowo-Gibran"),
    ("P03A", "Ganjar-Mahfud"),
    ("P03A", "#GanjarMahfud2024"),
    ("P03A", "sat set"),
    ("P03A", "coblos nomor 3"),
    ("P03A", "salam tiga jari"),
    ("T03", "TPN Ganjar-Mahfud"),
    ("G1A", "WIN"),
    ("G1A", "#GarutWIN"),
    ("G1A", "Garut Menang Bersama"),
    ("G1A", "Kang Wawan"),
    ("G1B", "Teh Irma"),
    ("G2A", "CAKEP"),
    ("G2A", "#GarutCakep"),
    ("G2A", "Garut Cakep Garut Hebat"),
    ("TCAKEP", "Sahabat CAKEP"),
    ("G2A", "Pa Cecep"),
    ("G3A", "RAME"),
    ("G3A", "#GarutRAME"),
    ("G3A", "Garut Rame Rakyat Bungah"),
    ("G3A", "Kang Rahmat"),
    ("TRAME", "Barisan RAME"),
    ("PKB", "PKB"),
    ("GERINDRA", "Gerindra"),
    ("PDIP", "PDI Perjuangan"),
    ("PDIP", "banteng moncong putih"),
    ("GOLKAR", "Golkar"),
    ("GOLKAR", "Suara Golkar Suara Rakyat"),
    ("NASDEM", "NasDem"),
    ("NASDEM", "Restorasi Indonesia"),
    ("PKS", "PKS"),
    ("DEMOKRAT", "Partai Demokrat"),
    ("PSI", "PSI"),
]

# Non-target accounts that employees answer, quote or post in: key -> (platform, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "news.fb": ("fb", "infogarut.terkini", "100080011100001", "Info Garut Terkini"),
    "news.x": ("x", "beritajabar_id", "71110002", "Berita Jabar"),
    "news.yt": ("yt", "@beritanusatv", "UCbN1111aaaa2222bbbb3333", "Berita Nusa TV"),
    "bawaslu.fb": ("fb", "bawaslu.garut", "100080011100004", "Bawaslu Kabupaten Garut"),
    "friend.fb": ("fb", "rina.marlina.52", "100080011100005", "Rina Marlina"),
    "friend.x": ("x", "dindarhm", "71110006", "dinda"),
    "friend.tt": ("tt", "salsa.nabilaa", "6811100070000000000", "salsa 🌷"),
    "group.guru": ("fb", "groups/guru.garut.bersatu", "100080011100008", "Guru Garut Bersatu"),
    "group.warga": ("fb", "groups/warga.tarogong", "100080011100009", "Warga Tarogong Kidul"),
}

# key -> (author account key, occurred_at of the parent, parent text)
PARENTS = {
    "tt.friend.poll": (
        "friend.tt",
        "2024-01-20T19:00:00+07:00",
        "siapa pilihan kalian 14 Feb? komen di bawah 👇 (jangan berantem ya)",
    ),
    "ig.ganjar.garut": (
        "P03A.ig",
        "2024-01-21T16:00:00+07:00",
        "Terima kasih Garut! Hangat sekali sambutan warga di Alun-alun. Sat set untuk rakyat.",
    ),
    "yt.debat.capres": (
        "news.yt",
        "2024-01-07T22:30:00+07:00",
        "LIVE Debat Keempat Capres 2024 | Berita Nusa TV",
    ),
    "ig.wawan.pasar": (
        "G1A.ig",
        "2024-10-12T09:00:00+07:00",
        "Blusukan ke Pasar Guntur, ngobrol bareng pedagang. Garut Menang Bersama 💚",
    ),
    "fb.friend.pilih": (
        "friend.fb",
        "2024-01-25T20:00:00+07:00",
        "Pilih siapa nih bund 14 Feb nanti? 🤔 masih bingung",
    ),
    "x.friend.02": (
        "friend.x",
        "2024-02-06T21:00:00+07:00",
        "kamu 02 ga sih? kayaknya iya deh dari kodenya 😂",
    ),
    "x.ganjar.debat": (
        "P03A.x",
        "2024-02-04T22:10:00+07:00",
        "Terima kasih untuk semua yang menonton debat malam ini. Kita lanjutkan kerja, sat set!",
    ),
    "fb.tkn.sebar": (
        "T02.fb",
        "2024-02-01T10:00:00+07:00",
        "Program makan siang dan susu gratis untuk anak sekolah. Bersama Indonesia Maju! #PrabowoGibran2024",
    ),
    "fb.cakep.program": (
        "TCAKEP.fb",
        "2024-10-18T08:00:00+07:00",
        "Program 1000 beasiswa santri dan mahasiswa Garut. #GarutCakep",
    ),
    "x.rame.deklarasi": (
        "TRAME.x",
        "2024-10-05T15:00:00+07:00",
        "Deklarasi Barisan RAME se-Kabupaten Garut. Garut Rame, Rakyat Bungah! 💜",
    ),
    "tt.wawan.joget": (
        "G1A.tt",
        "2024-10-20T18:00:00+07:00",
        "Kang Wawan ikut ngibing jaipong di Cibatu 💚 #GarutWIN",
    ),
    "yt.debat.pilbup": (
        "news.yt",
        "2024-11-06T20:00:00+07:00",
        "Debat Publik Kedua Calon Bupati Garut 2024 | Berita Nusa TV",
    ),
    "yt.debat.capres2": (
        "news.yt",
        "2024-02-04T22:00:00+07:00",
        "Debat Kelima Capres 2024 Full | Berita Nusa TV",
    ),
    "fb.news.ganjar": (
        "news.fb",
        "2024-01-22T07:00:00+07:00",
        "Ganjar Pranowo kampanye di Garut, ribuan warga padati Alun-alun.",
    ),
    "fb.cecep.jalan": (
        "G2A.fb",
        "2024-10-09T12:00:00+07:00",
        "Apa masalah di desa Bapak Ibu? Tulis di kolom komentar, kami catat.",
    ),
    "fb.prabowo.guru": (
        "P02A.fb",
        "2024-01-17T19:00:00+07:00",
        "Guru adalah pahlawan bangsa. Kesejahteraan guru harus kita perjuangkan.",
    ),
    "ig.ganjar.nakes": (
        "P03A.ig",
        "2024-01-22T10:00:00+07:00",
        "Tenaga kesehatan adalah garda terdepan. Kami dengar aspirasi kalian.",
    ),
    "ig.wawan.duka": (
        "G1A.ig",
        "2024-10-24T06:00:00+07:00",
        "Innalillahi wa inna ilaihi rajiun. Telah berpulang ibunda tercinta. Mohon doanya.",
    ),
    "tt.rahmat.lagu": (
        "G3A.tt",
        "2024-10-27T19:30:00+07:00",
        "Ngariung bareng nonoman Garut 💜 #GarutRAME",
    ),
    "x.anies.polusi": (
        "P01A.x",
        "2024-01-01T20:00:00+07:00",
        "Polusi udara Jabodetabek sudah darurat, data menunjukkan ...",
    ),
    "fb.bawaslu.emoji": (
        "bawaslu.fb",
        "2024-11-03T09:00:00+07:00",
        "AWAS! Emoji, kode angka dan ejaan plesetan di akun ASN tetap dinilai sebagai kampanye. #ASNNetral",
    ),
    "x.news.bekasi": (
        "news.x",
        "2024-03-05T08:00:00+07:00",
        "12 ASN Kota Bekasi diperiksa terkait komentar di akun capres.",
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


def _ts(when: str) -> str:
    """'2024-01-12 20:15' -> '2024-01-12T20:15:00+07:00'."""
    return when.replace(" ", "T") + ":00" + TZ if len(when) == 16 else when


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
# Labelled events
# ============================================================================================

# --- C: Pilpres 2024, obfuscated spelling ----------------------------------------------------
C(
    "PG",
    "2024-01-12 20:15",
    "rizky.x",
    "post",
    "gaskeun c0bl0s n0 2 tgl 14, jgn lupa bawa KTP 🔥 #0keG4s",
)
C(
    "PG",
    "2024-01-13 21:40",
    "rizky.tt",
    "post",
    "pr4b0w0 g1br4n s4tu put4r4n!! 💙💙 yg setuju komen 02",
)
C(
    "PG",
    "2024-01-16 06:55",
    "yayan.x",
    "post",
    "P r a b o w o  –  G i b r a n. Udah, itu aja. 14 Februari.",
)
C("AMIN", "2024-01-09 19:20", "ririn.x", "post", "A.M.I.N. aja dulu, yang lain nanti 🙏 #perubahan")
C(
    "AMIN",
    "2024-01-23 22:05",
    "ririn.th",
    "post",
    "Abah 4n1es + Gus 1m1n, pokoknya 0️⃣1️⃣ 🤲 perubahan harga mati",
)
C(
    "GM",
    "2024-01-18 12:30",
    "fajar.x",
    "post",
    "G*njar–M*hfud, sat set tas tes. Nomor 3 ya gaes, aku ga bilang apa2 😶",
)
C(
    "PG",
    "2024-01-27 08:10",
    "neneng.fb",
    "post",
    "p-a-s-l-o-n 0-2 pilihan ibu2 PKK RW 05, jangan sampe salah coblos ya ✌🏻✌🏻",
)
C("PG", "2024-02-03 23:00", "rizky.x", "post", "０２ ｓａｔｕ ｐｕｔａｒａｎ 💙")
C(
    "GM",
    "2024-01-14 17:45",
    "wulan.ig",
    "post",
    "Sat-set 𝟯 pokoknya 🖤🤍 #G4njarM4hfud2024 (akun pribadi)",
)
C(
    "AMIN",
    "2024-02-08 20:00",
    "fajar.th",
    "post",
    "Tanggal 14 nanti, kita pilih \u0410\u041c\u0406N. Perubahan itu nyata, bukan janji.",
)
C(
    "PG",
    "2024-01-21 10:12",
    "yayan.ig",
    "post",
    "Pra\u200bbo\u200bwo Gib\u200bran 2024 💙 lanjutkan!",
)
C("PG", "2024-02-05 19:30", "neneng.tt", "post", "jangan lupa 14 Feb coblos ⁰² yaa ibu-ibu 🥰")
C(
    "GM",
    "2024-01-30 21:10",
    "wulan.tt",
    "post",
    "GANJAAAARRR MAHFUUUDDD!!! nomor tigaaaa 🤘🤘 gasss",
)
C("AMIN", "2024-02-02 05:40", "dadang.fb", "post", "Pilih yang bawa per\nubahan.\nA\nM\nI\nN\n🤲")
C("PG", "2024-01-19 16:20", "neneng.fb", "post", "Tgl 14 ingat ya bun 2️⃣ 💙 yg gemoy 🕺")
C(
    "PG",
    "2024-01-20 20:05",
    "rizky.tt",
    "comment",
    "pr@bowo-gibr@n harga mati 💪💪",
    on="tt.friend.poll",
)
C("GM", "2024-01-24 19:15", "ririn.x", "post", "G.A.N.J.A.R  M.A.H.F.U.D  ✊ #3 tetap di hati")
C("AMIN", "2024-01-11 07:30", "fajar.x", "post", "Anie$ - Muh@imin, pilihan akal sehat. 01! 🧠")
C(
    "PG",
    "2024-01-25 13:05",
    "yayan.x",
    "post",
    "Pr*b*w* G*br*n 💙 udah paling bener, yg lain mah lewat",
)
C(
    "GM",
    "2024-01-22 11:00",
    "wulan.ig",
    "comment",
    "G4nj4r pres1den 2024!! semangat pak 🔥🖤🤍",
    on="ig.ganjar.garut",
)
C(
    "PG",
    "2024-02-07 21:45",
    "neneng.fb",
    "post",
    "🔢 kode rahasia: 0️⃣2️⃣ 🤫 sebarkan ke grup keluarga ya",
    group="group.guru",
)
C("AMIN", "2024-01-26 05:15", "dadang.fb", "post", "🅰🅼🅸🅽 insyaAllah berkah untuk Indonesia 🤲")
C("PG", "2024-01-28 18:40", "ririn.x", "post", "𝐏𝐫𝐚𝐛𝐨𝐰𝐨-𝐆𝐢𝐛𝐫𝐚𝐧 𝐬𝐚𝐭𝐮 𝐩𝐮𝐭𝐚𝐫𝐚𝐧 💙")
C(
    "GM",
    "2024-02-04 23:30",
    "dadang.yt",
    "comment",
    "g a n j a r   m a h f u d  — 3️⃣ — sat set, paling nguasain materi",
    on="yt.debat.capres2",
)
C("PG", "2024-01-29 19:00", "rizky.tt", "post", "pr4b0w0000 g1br44nnn 💙💙💙 #02l4njutk4n")
C(
    "AMIN",
    "2024-01-31 20:20",
    "ai.ig",
    "post",
    "A-nies B-aswedan 🇮🇩 pemimpin yang berilmu. tgl 14 👆🏻",
)
C(
    "PG",
    "2024-02-09 22:10",
    "fajar.th",
    "post",
    "ga usah ribut di TL, pokoknya p r a b o w o. selesai.",
)
C(
    "GM",
    "2024-01-23 07:45",
    "tati.fb",
    "comment",
    "G@nj@r-M@hfud aja lah yg jujur dan merakyat 🙏",
    on="fb.news.ganjar",
)

# --- C: Pilpres 2024, code words and hints ---------------------------------------------------
C(
    "PG",
    "2024-01-30 16:00",
    "neneng.fb",
    "post",
    "Jangan lupa tgl 14 coblos yang nomornya genap ya, cuma satu kok yang genap 😉",
)
C(
    "PG",
    "2024-02-01 20:30",
    "rizky.tt",
    "post",
    "Pilih yang di tengah aja, tengah itu seimbang 😌💙",
)
C(
    "PG",
    "2024-01-17 22:00",
    "rizky.x",
    "post",
    "paslon yang bajunya biru muda itu udah paling pas buat anak muda. Tau kan? 💙",
)
C(
    "PG",
    "2024-01-24 20:45",
    "wulan.tt",
    "post",
    "pak yang suka joget itu lho, gemesin 🕺 tgl 14 aku sama dia 💙",
)
C(
    "GM",
    "2024-02-06 09:10",
    "tati.fb",
    "post",
    "Yang rambutnya putih itu paling merakyat. 14 Feb saya pilih beliau 🤍",
)
C(
    "AMIN",
    "2024-01-15 21:30",
    "ririn.x",
    "post",
    "Yang 'Abah' pokoknya. Kalian pasti ngerti. Tgl 14 jangan salah 😉",
)
C(
    "PG",
    "2024-02-02 12:05",
    "yayan.x",
    "post",
    "kamu tau lah siapa 😉✌🏻 yang gemoy, yang lanjutkan",
)
C("PG", "2024-01-26 17:10", "fajar.x", "post", "PS–GRR. Sudah. Itu pilihan saya tanggal 14/2.")
C(
    "AMIN",
    "2024-02-05 06:00",
    "dadang.fb",
    "post",
    "Slepet dulu, Abah kemudian 🤲 tgl 14 pilih nomor paling awal di surat suara",
)
C(
    "GM",
    "2024-01-20 08:30",
    "tati.fb",
    "post",
    "Pak Mahfud orang jujur, pasangannya juga. Nomor terakhir di kertas suara itu yang terbaik 🙏",
)
C(
    "PG",
    "2024-01-14 09:00",
    "ai.ig",
    "post",
    "Senam pagi bareng ibu-ibu 💃",
    alt="Ibu-ibu berseragam biru muda mengacungkan dua jari di depan baliho Prabowo-Gibran",
    ocr="PRABOWO GIBRAN 2024 – BERSAMA INDONESIA MAJU – COBLOS NO. 2",
)
C(
    "AMIN",
    "2024-01-21 13:00",
    "dadang.fb",
    "post",
    "Alhamdulillah kebersamaan 🤲",
    ocr="AMIN – ANIES MUHAIMIN – COBLOS NO. 1 – 14 FEBRUARI 2024",
)
C(
    "GM",
    "2024-01-22 07:20",
    "wulan.ig",
    "post",
    "Pagi yang cerah ☀️",
    alt="Selfie memakai kaos hitam bergambar Ganjar-Mahfud sambil mengacungkan tiga jari",
)
C(
    "PG",
    "2024-02-02 15:30",
    "tati.fb",
    "post",
    "Salam damai ✌🏻 dari kami guru-guru SDN 1 Sukagalih. 14 Februari jangan lupa yang gemoy 😆",
    alt="Guru-guru berseragam biru muda berfoto mengacungkan dua jari",
)
C(
    "PG",
    "2024-02-10 21:00",
    "rizky.x",
    "post",
    "✌🏻 bukan peace, tapi ... kalian ngerti kan 😏 #14Feb",
)
C(
    "PG",
    "2024-01-31 18:15",
    "rizky.x",
    "post",
    "Yang jadi menhan sekarang itu. Udah sepuh tapi semangat. Tgl 14 dia aja 💙",
)
C(
    "GM",
    "2024-01-25 22:30",
    "wulan.tt",
    "post",
    "Mantan gubernur Jateng yang rambutnya putih, 14 Feb gas 🤘",
)
C(
    "AMIN",
    "2024-01-19 20:00",
    "ririn.th",
    "post",
    "Mantan gubernur DKI yang pinter ngomong itu, tahun ini waktunya 🤲 perubahan",
)
C(
    "PG",
    "2024-01-27 11:11",
    "yayan.x",
    "post",
    "Anak Pak Lurah + Pak Menhan = paket komplit 2️⃣ gaskeun",
)
C(
    "PG",
    "2024-02-07 19:50",
    "neneng.fb",
    "post",
    "Pilih yang bawa makan siang gratis 🍱💙 buat anak-anak kita, 14 Feb",
)
C("AMIN", "2024-02-06 21:15", "ririn.x", "post", "Desak Abah! eh maksudnya dukung Abah 🤭☝🏻")
C("PG", "2024-01-29 09:30", "dadang.fb", "post", "🦅💙✌🏻 14-02-2024 🗳️")
C("GM PDIP", "2024-01-28 10:00", "tati.fb", "post", "🐂🔴3️⃣🤘 pokoknya ini, yang lain mah hapunten")
C("AMIN", "2024-02-03 16:45", "ririn.x", "post", "☝🏻 + 🔄 = perubahan 😉 #14Feb")
C("PG", "2024-02-08 12:40", "rizky.tt", "post", "Nomor cantik tuh 02. Yang lain lewat 😎💙")
C(
    "AMIN",
    "2024-02-09 20:10",
    "ai.fb",
    "post",
    "Juara itu yang nomor satu. 14 Feb buktikan ☝🏻 #4M1N4j4Dulu",
)
C(
    "GM",
    "2024-02-01 06:30",
    "dadang.fb",
    "post",
    "Tiga itu angka keramat. 🤘 14 Februari, insyaAllah.",
)
C(
    "GM",
    "2024-01-08 00:30",
    "dadang.yt",
    "comment",
    "Debat malam ini jelas yg paling nguasain materi yg no 3. 14 feb gass 🤘",
    on="yt.debat.capres",
)

# --- C: Pilpres 2024, self-aware disclaimers ------------------------------------------------
C("PG", "2024-02-04 20:00", "neneng.fb", "post", "bukan kampanye ya, cuma ngingetin… coblos 02 🙏")
C(
    "AMIN",
    "2024-01-20 22:00",
    "fajar.th",
    "post",
    "Sebagai pribadi, bukan ASN: saya pilih Anies-Muhaimin. Titik.",
)
C("AMIN", "2024-02-01 23:15", "ririn.x", "post", "ASN wajib netral, tapi hati kecil bilang 01 🤐")
C(
    "GM",
    "2024-01-27 19:00",
    "tati.fb",
    "post",
    "maaf netralitas 🙏 tapi Ganjar-Mahfud memang yang paling siap memimpin",
)
C(
    "PG",
    "2024-01-22 18:00",
    "yayan.x",
    "post",
    "Disclaimer: akun pribadi, opini pribadi. Pr4bowo-Gibr4n satu putaran!",
)
C(
    "GM",
    "2024-02-02 21:00",
    "dadang.fb",
    "post",
    "Saya tahu ASN harus netral, jadi saya diam saja... tapi kalau ditanya: 3 😇",
)
C(
    "PG",
    "2024-02-06 22:45",
    "wulan.tt",
    "post",
    "Jangan screenshot ya wkwk 🙈 tapi aku 02 garis keras 💙",
)
C(
    "AMIN",
    "2024-01-24 08:00",
    "ai.fb",
    "post",
    "Ini bukan ajakan ya. Cuma bilang: perubahan itu perlu, dan nomornya satu ☝🏻",
)
C("GM", "2024-02-05 21:20", "rizky.tt", "post", "Netral di kantor, di bilik suara aku 03 🤘 hehe")
C(
    "PG",
    "2024-01-18 13:30",
    "ai.ig",
    "post",
    "Sst.. ASN dilarang kampanye, makanya aku cuma kasih kode: 2️⃣💙🕺",
)
C(
    "AMIN",
    "2024-01-25 20:30",
    "ai.fb",
    "comment",
    "Abah lah, apa lagi 😄☝🏻 perubahan!",
    on="fb.friend.pilih",
)
C(
    "PG",
    "2024-02-06 21:30",
    "rizky.x",
    "reply",
    "iyaa 100% 💙 s4tu put4r4n, tp jgn bilang2 atasan gw ya 🤫",
    on="x.friend.02",
)
C(
    "GM",
    "2024-02-04 22:40",
    "fajar.x",
    "quote",
    "nah ini dia 🤘 tiga tiga tiga, sat set!",
    on="x.ganjar.debat",
)
C(
    "PG",
    "2024-02-01 12:00",
    "neneng.fb",
    "share",
    "Bagikan ke grup keluarga ya, biar ga salah pilih ✌🏻💙",
    on="fb.tkn.sebar",
)
C(
    "PG",
    "2024-02-12 09:00",
    "neneng.tt",
    "post",
    "Masa tenang, jadi aku tenang aja... ✌🏻💙 besok yg gemoy ya",
)
C(
    "PG",
    "2024-02-20 10:30",
    "rizky.x",
    "post",
    "Alhamdulillah s4tu put4r4n 💙💙 selamat pak pr4b0w0 & mas gibr4n, kawal sampai pelantikan!",
)
C(
    "AMIN",
    "2024-03-10 21:00",
    "ririn.x",
    "post",
    "Tetap 01 sampai MK, perubahan belum selesai ☝🏻 #4M1N",
)
C(
    "GM",
    "2024-02-13 20:00",
    "wulan.tt",
    "post",
    "besok pagi jangan lupa yaa… 🖤🤍 3️⃣ (masa tenang jadi pake emoji aja 🤭)",
)

# --- C: Pilbup Garut 2024 (invented pairs) --------------------------------------------------
C(
    "WIN",
    "2024-10-08 19:00",
    "yayan.x",
    "post",
    "W.I.N. — Garut menang bersama 💚 27 Nov coblos nomer hiji, tong hilap!",
)
C("WIN", "2024-10-14 21:30", "rizky.tt", "post", "Kang W4w4n pasti bisa! #G4rutW1N 💚")
C(
    "CAKEP",
    "2024-10-16 20:00",
    "neneng.tt",
    "post",
    "C4K3P pokoknya 🧡 tgl 27 jangan sampe salah ya ibu-ibu",
)
C(
    "CAKEP",
    "2024-11-05 19:45",
    "neneng.fb",
    "post",
    "Di Pilbup Garut nomor yang genap cuma satu, pilih itu 😉🧡",
    group="group.guru",
)
C(
    "CAKEP",
    "2024-10-21 06:30",
    "dadang.fb",
    "post",
    "Yang di tengah di surat suara, yang bajunya oranye. Sok lah urang Garut ngahiji 🧡",
)
C("RAME", "2024-10-23 08:15", "ai.fb", "post", "R.A.M.E — Garut rame, rakyat bungah! 💜 3 3 3")
C("RAME", "2024-11-01 22:00", "wulan.tt", "post", "R 4 M E nomor 3 mantap jiwa 💜💜")
C(
    "WIN",
    "2024-11-12 05:30",
    "tati.fb",
    "post",
    "Bukan kampanye, cuma nginget: 27 November, nomer hiji ☝🏻💚",
)
C(
    "CAKEP",
    "2024-10-30 20:20",
    "wulan.ig",
    "post",
    "Sebagai warga biasa bukan PNS: Pa Cecep & Teh Kartika the best 🧡",
)
C(
    "RAME",
    "2024-11-09 21:00",
    "dadang.fb",
    "post",
    "ASN kudu netral, tapi hate mah ka Kang Rahmat 💜 (hate = hati, lain hate benci 😅)",
)
C(
    "WIN",
    "2024-10-13 07:00",
    "yayan.ig",
    "post",
    "Ngopi heula ☕",
    ocr="WAWAN–IRMA NO. 1 – GARUT MENANG BERSAMA – PILBUP 27 NOVEMBER 2024",
)
C(
    "CAKEP",
    "2024-10-27 17:00",
    "neneng.fb",
    "post",
    "Jalan sore bareng barudak 🚶‍♀️",
    alt="Foto bersama memakai kaos oranye bertuliskan CAKEP sambil mengacungkan dua jari",
)
C(
    "RAME",
    "2024-11-03 10:00",
    "ai.fb",
    "post",
    "Syukuran warga RW 07 🍚",
    alt="Spanduk ungu Rahmat-Euis nomor 3 di belakang, pegawai puskesmas berpose tiga jari",
)
C("WIN", "2024-10-25 20:10", "yayan.ig", "post", "K4ng W4w4n - T3h 1rm4 💚 1️⃣ demi Garut")
C(
    "CAKEP",
    "2024-11-07 18:00",
    "neneng.fb",
    "post",
    "Pak yang suka bagi-bagi jeruk 🍊 itu lho, Pa Cecep. Kadieu sadayana tanggal 27 🧡",
)
C(
    "RAME",
    "2024-11-15 19:30",
    "tati.fb",
    "post",
    "Yang ibu wakilnya guru ngaji itu, nomor paling akhir. Bapak ibu tau lah 😉💜",
)
C(
    "WIN",
    "2024-10-12 12:00",
    "yayan.ig",
    "comment",
    "#GarutW-I-N 💚💚 lanjut kang, urang sadaya ngadukung!",
    on="ig.wawan.pasar",
)
C("CAKEP", "2024-11-10 23:10", "rizky.x", "post", "Ｃ Ａ Ｋ Ｅ Ｐ 🧡 ２")
C("RAME", "2024-11-13 21:40", "wulan.tt", "post", "Ra\u200bme no\u200b 3 😍 Garut kudu rame!")
C(
    "WIN",
    "2024-11-06 21:15",
    "dadang.yt",
    "comment",
    "Garut W\u0406N ☝🏻 jawaban Kang Wawan paling masuk akal",
    on="yt.debat.pilbup",
)
C(
    "CAKEP",
    "2024-11-22 20:00",
    "dadang.fb",
    "post",
    "Sebagai ASN saya netral. Sebagai suami relawan Sahabat C-A-K-E-P, ya saya dukung istri 😂🧡 27 Nov",
)
C(
    "WIN",
    "2024-11-16 16:00",
    "tati.fb",
    "post",
    "Ini bukan kampanye, ini syukuran. Tapi kalau mau tahu, saya mah hiji 💚",
)
C(
    "RAME",
    "2024-12-05 20:30",
    "wulan.tt",
    "post",
    "kawal suara R4ME sampai pleno! 💜 jangan kasih kendor",
)
C(
    "CAKEP",
    "2024-11-25 19:00",
    "neneng.fb",
    "post",
    "Masa tenang ya gaes, ga boleh kampanye. Jadi cuma emoji: 🧡✌🏻🍊",
)
C(
    "WIN",
    "2024-11-19 07:40",
    "ai.fb",
    "post",
    "Nomor yang ganjil dan paling depan 😉💚 27 Nov, ibu-ibu posyandu pasti ngerti",
)
C(
    "RAME",
    "2024-11-18 20:50",
    "tati.fb",
    "post",
    "Pilih yang angkanya terakhir di surat suara, yang warnanya ungu 💜 demi Garut",
)
C(
    "WIN",
    "2024-10-20 18:30",
    "wulan.tt",
    "comment",
    "w1n w1n w1n 💚 kang wawan juara",
    on="tt.wawan.joget",
)
C(
    "CAKEP",
    "2024-10-18 09:00",
    "neneng.fb",
    "share",
    "Sebar! 🧡 #Garut_C4kep",
    on="fb.cakep.program",
)
C(
    "RAME",
    "2024-10-05 16:00",
    "yayan.x",
    "quote",
    "Ieu pisan! Barisan R.A.M.E siap 💜",
    on="x.rame.deklarasi",
)
C("WIN", "2024-10-29 06:45", "yayan.ig", "post", "𝗞𝗮𝗻𝗴 𝗪𝗮𝘄𝗮𝗻 𝗻𝗼𝗺𝗼𝗿 𝟭 💚")
C(
    "CAKEP",
    "2024-11-02 19:10",
    "dadang.fb",
    "post",
    "C a k e p   p i s a n   nomer 2 🧡 (ngarti teu?)",
)
C("RAME", "2024-11-20 19:25", "yayan.ig", "post", "💜 3️⃣ 27.11 — Garut kudu R-A-M-E")
C("CAKEP", "2024-11-14 07:00", "ai.ig", "post", "🧡🧡 ✌🏻 27/11 urang Garut kudu CAKEP")
C(
    "CAKEP",
    "2024-10-30 06:10",
    "ai.ig",
    "post",
    "Pagi yang cakep untuk Garut yang cakep 🧡 #GarutCakepGarutHebat",
)

# --- C: parties (any time) -------------------------------------------------------------------
C("GERINDRA", "2023-05-20 20:00", "yayan.x", "post", "G3r1ndr4 d1 h4t1 🦅 garuda di dadaku")
C(
    "PDIP",
    "2024-07-12 18:30",
    "dadang.fb",
    "post",
    "P.D.I.P 🐂🔴 banteng moncong putih sampai mati, merdeka!!",
)
C(
    "PKS",
    "2025-03-02 21:00",
    "ai.fb",
    "post",
    "PK5 partai dakwah 🤲 pemilunya udh lewat ya, tapi tetap PK5 di hati",
)
C(
    "PSI",
    "2024-06-08 20:45",
    "rizky.tt",
    "post",
    "P S I 🌹 partai anak muda, aku daftar simpatisan dong 😆",
)
C(
    "GOLKAR",
    "2024-05-14 10:30",
    "tati.fb",
    "post",
    "Suara G*lkar, suara rakyat 🌳💛 kuning is my color",
)
C(
    "PKB",
    "2024-01-30 20:00",
    "dadang.fb",
    "post",
    "P-K-B nomer hiji 💚 warga NU kudu ka PKB, 14 Feb tong hilap",
)
C("NASDEM", "2023-12-10 19:00", "fajar.x", "post", "N4sD3m, restorasi! 💙 partai yang berani")
C(
    "DEMOKRAT",
    "2024-02-01 20:40",
    "ririn.x",
    "post",
    "D3m0kr4t 💙 #CoblosDemokrat14 biar Bekasi maju",
)
C(
    "GERINDRA PG",
    "2024-01-23 12:10",
    "yayan.ig",
    "post",
    "Makan siang 🍱",
    ocr="PARTAI GERINDRA – PRABOWO PRESIDEN 2024 – COBLOS NO. 2",
)
C(
    "PKS",
    "2024-02-10 21:30",
    "ai.ig",
    "post",
    "8️⃣ 🤲 partai yang amanah, ibu-ibu pengajian sudah tahu kan 😉",
    alt="Bendera PKS hitam-oranye di depan masjid",
)

# --- N: real peace signs, everyday numbers in emoji -----------------------------------------
N(
    "2023-12-17 10:00",
    "neneng.fb",
    "post",
    "Wisuda TK anak bungsu ✌🏻😊 alhamdulillah",
    alt="Anak kecil bertoga mengacungkan dua jari",
)
N("2024-01-06 07:30", "rizky.tt", "post", "healing dulu ke Papandayan ✌🏻✌🏼 sunrise nya juara")
N(
    "2023-12-25 13:00",
    "ai.ig",
    "post",
    "Reuni SMA angkatan 2005 ✌🏻 masih pada awet muda ya",
    alt="Belasan perempuan berpose dua jari di sebuah kafe",
)
N(
    "2024-11-10 23:00",
    "wulan.ig",
    "post",
    "Hari Pahlawan, tetap semangat dinas malam ✌🏻",
    alt="Dua perawat berpose dua jari di ruang IGD",
)
N(
    "2024-10-20 14:00",
    "tati.fb",
    "post",
    "Juara 2 lomba gerak jalan tingkat kecamatan ✌🏻🥈 bangga sama anak-anak SDN 1 Sukagalih",
)
N(
    "2024-01-15 14:20",
    "neneng.fb",
    "post",
    "Pengumuman kelas 8: ulangan harian bab 2️⃣ hari Rabu, bawa kalkulator ya 🔢",
)
N("2024-02-02 10:15", "yayan.x", "post", "Antrean di Disdukcapil nomor 0️⃣2️⃣ doang wkwk, tumben cepet")
N("2024-11-15 18:00", "wulan.tt", "post", "Shift 3️⃣ malam ini, doain ga banyak pasien 🙏")
N(
    "2024-01-20 06:00",
    "ai.fb",
    "post",
    "Posyandu Melati RW 0️⃣2️⃣ hari Sabtu jam 08.00, bawa buku KIA 📒",
)
N(
    "2024-11-20 09:00",
    "rizky.x",
    "post",
    "Reminder lapor SPT Masa PPN paling lambat akhir bulan ya 📑 antrean loket 1️⃣ dan 2️⃣ buka jam 8",
)
N(
    "2024-11-12 19:30",
    "dadang.fb",
    "post",
    "Kerja bakti RT 03 RW 02 hari Minggu, bawa cangkul sama karung 🧹",
)
N(
    "2024-01-29 12:00",
    "tati.fb",
    "post",
    "Selamat kepada siswa kelas 6 yang meraih peringkat 1️⃣ 2️⃣ 3️⃣ olimpiade matematika 🏆",
)
N("2024-02-10 12:30", "ririn.x", "post", "THR masih 2️⃣ bulan lagi, dompet udah tipis 😅")
N(
    "2024-01-11 20:00",
    "dadang.fb",
    "post",
    "Hari ini ulang tahun ke-2️⃣ pernikahan kami 💙 terima kasih sayang sudah sabar",
)
N(
    "2024-10-26 08:00",
    "neneng.fb",
    "post",
    "Alhamdulillah anak ke-2 lahir sehat 🧡 mohon doanya jadi anak sholehah",
)
N(
    "2024-11-17 13:00",
    "tati.fb",
    "post",
    "Kelas 3 juara lomba menghias kelas tema ungu 💜 3️⃣ bangga!",
)
N("2023-12-14 02:00", "wulan.ig", "post", "Tim IGD 🤘 rock n roll sampai pagi, 14 pasien masuk")
N("2024-02-04 01:00", "rizky.tt", "post", "Kopi 2 sachet, begadang ngerjain laporan ✌🏻☕")
N(
    "2024-11-01 16:00",
    "yayan.ig",
    "post",
    "Nomor 1 di jersey futsal kantor ini nomor kiper ya, bukan apa-apa 🧤⚽",
)
N("2024-11-12 07:00", "wulan.tt", "post", "ＩＧＤ ｓｉａｇａ ２４ ｊａｍ 🚑")

# --- N: gamer leetspeak, dotted abbreviations, odd Unicode in everyday talk -----------------
N("2024-01-18 23:40", "yayan.x", "post", "gg ez, w1n str34k 10x di ML malem ini 😎 #MobileLegends")
N("2024-11-05 22:30", "rizky.tt", "post", "n00b team ngajak push rank, g4s ker3n w1n w1n w1n 🎮")
N("2024-02-08 21:00", "rizky.x", "post", "1v1 sama adek, 0-2 kalah terus 😭 pr0 pl4y3r dia")
N(
    "2024-10-28 22:00",
    "yayan.ig",
    "post",
    "C4K3P bgt skin baru Valorant gw 🔥 gacha 200x baru dapet",
)
N(
    "2024-11-18 23:50",
    "wulan.tt",
    "post",
    "r4m3 b4ng3t IGD hari ini, 3 kecelakaan motor sekaligus 😵",
)
N(
    "2024-01-10 09:00",
    "fajar.x",
    "post",
    "Rapat koordinasi R.U.U. penyesuaian pidana hari ini, mohon kehadiran sesuai undangan.",
)
N(
    "2024-01-22 15:00",
    "neneng.fb",
    "post",
    "Pengumpulan R.P.P. dan A.T.P. paling lambat Jumat ya Bapak Ibu guru 🙏",
    group="group.guru",
)
N(
    "2024-11-08 08:00",
    "ai.fb",
    "post",
    "Ibu hamil wajib cek H.B. dan tensi, jangan lupa T.T.D. diminum tiap hari 💊",
)
N(
    "2024-01-25 16:00",
    "ririn.x",
    "post",
    "Laporan realisasi A.P.B.D. triwulan IV sudah diunggah ke S.I.P.D. ya, cek masing2",
)
N(
    "2024-10-15 08:30",
    "dadang.fb",
    "post",
    "Pelayanan K.T.P.-el dan K.I.A. di kantor kecamatan buka sampai jam 3 sore",
)
N("2023-12-12 11:00", "ririn.x", "post", "P r o m o  h a r b o l n a s 12.12 checkout dulu 🛒")
N("2024-01-21 08:00", "rizky.x", "post", "p4ssw0rd wifi kantor ganti lagi, siapa yang tau? 😩")
N("2024-11-07 06:30", "yayan.x", "post", "S.E.M.A.N.G.A.T. pagi semua ☀️ hari Kamis pakai batik")
N(
    "2024-01-18 19:00",
    "neneng.fb",
    "post",
    "M-A-T-E-M-A-T-I-K-A itu asik, kata siapa susah? 😆 #guruMTK",
)
N(
    "2024-01-26 07:00",
    "ai.ig",
    "post",
    "Jad\u200bwal imu\u200bnisasi campak rubela bulan Februari 👇 catat ya bun",
)
N(
    "2024-02-06 15:00",
    "tati.fb",
    "post",
    "Doa bersama sebelum ujian sekolah, semoga lancar. Aamiin ya rabbal alamin 🤲",
)
N(
    "2024-01-27 21:00",
    "rizky.tt",
    "post",
    "Satu putaran lagi lari keliling alun-alun, habis itu sarapan bubur 🏃",
)
N(
    "2024-01-31 11:00",
    "neneng.fb",
    "post",
    "Perubahan jadwal: kelas 9 pulang lebih awal hari Kamis karena rapat guru",
)
N(
    "2024-01-17 14:00",
    "fajar.x",
    "post",
    "Lanjutkan diskusi di ruang rapat lantai 3 ya, poin nomor 2 tadi belum selesai",
)
N(
    "2024-01-09 10:30",
    "ai.ig",
    "post",
    "Sat set sat set, 40 balita selesai ditimbang sebelum jam 10 💪",
)
N("2024-02-07 19:00", "wulan.tt", "post", "Desak-desakan di KRL pulang dari pelatihan, capek 😩")
N(
    "2024-10-14 10:00",
    "ai.fb",
    "post",
    "Taman posyandu makin asri, makin rame anak-anak datang imunisasi 💉🌳",
)
N("2024-10-30 11:00", "wulan.tt", "post", "Pasar Ciawitali rame pisan, meuli bako keur di imah 🛒")
N(
    "2024-11-16 21:00",
    "dadang.fb",
    "post",
    "Garut menang 2-1! Persigar lolos ke babak berikutnya ⚽🔥 bangga urang Garut",
)
N("2024-11-22 22:00", "rizky.x", "post", "win rate gw bulan ini 67%, lumayan lah 📈 #valorant")

# --- N: namesakes, nicknames of ordinary people ---------------------------------------------
N("2024-01-14 20:00", "rizky.x", "post", "Gemoy banget kucing baru gw 🐱 namanya Mochi")
N("2024-01-30 09:00", "wulan.tt", "post", "Abah aku ulang tahun ke-70 hari ini 🎂 sehat terus Abah")
N(
    "2024-11-03 12:30",
    "dadang.fb",
    "post",
    "Kang Rahmat tukang bakso depan kantor kecamatan udah buka lagi, mangga mampir 🍜",
)
N(
    "2024-10-05 06:00",
    "neneng.fb",
    "post",
    "Selamat ulang tahun Kang Wawan, suami tercinta 🎂❤️ panjang umur",
)
N(
    "2024-01-12 13:00",
    "tati.fb",
    "post",
    "Pak Anis Suryadi, guru olahraga kami, purnabakti hari ini. Terima kasih atas pengabdiannya 🙏",
)
N("2024-02-05 17:00", "yayan.x", "post", "Si Gibran anak tetangga udah bisa naik sepeda 🚲 gemes")
N(
    "2024-11-02 10:00",
    "ai.ig",
    "post",
    "Teh Kartika, bidan desa paling sabar, selamat pensiun 🌸 terima kasih bimbingannya",
)
N(
    "2023-12-20 15:00",
    "wulan.ig",
    "post",
    "Pak Ganjar security RS ulang tahun, kita kasih kue 🎂 makasih udah jagain kita",
)
N(
    "2024-01-03 14:00",
    "wulan.ig",
    "post",
    "Pak dokter yang rambutnya putih itu idola pasien lansia, sabar banget 🤍",
)
N("2024-01-07 21:00", "rizky.x", "post", "Bapak gw suka joget tiap kondangan, gemoy bgt 😂")
N(
    "2024-11-18 16:30",
    "neneng.tt",
    "post",
    "Yang di tengah itu anak saya, paling kecil sendiri 🥰",
    alt="Tiga anak berfoto berjajar, yang di tengah paling kecil",
)
N(
    "2024-01-26 08:00",
    "dadang.fb",
    "post",
    "Seragam baru kecamatan warna biru muda, rapi ya 👔",
    alt="Pegawai kecamatan berfoto dengan seragam biru muda di depan kantor",
)
N(
    "2024-01-12 21:00",
    "ririn.th",
    "post",
    "ada yang diem2 jadian di kantor, kamu tau lah siapa 😉💕",
)
N(
    "2024-10-22 12:00",
    "ai.fb",
    "post",
    "Musim pilkada, tiap hari ada kaos gratis warna oranye, ungu, hijau. Lemari penuh, tapi saya ga pakai 😂",
)

# --- N: neutrality reminders and Bawaslu reports that quote the obfuscated slogans ----------
N(
    "2024-01-16 10:00",
    "bayu.x",
    "post",
    "Hati-hati, ada ASN posting 'c0bl0s n0 2' atau 'A.M.I.N' dengan ejaan diakali. Tetap melanggar netralitas. Laporkan ke Bawaslu.",
)
N(
    "2024-11-14 13:00",
    "bayu.fb",
    "post",
    "Temuan patroli siber: akun ASN menulis 'C4K3P 🧡 tgl 27' dan 'R.A.M.E no 3'. Sudah kami teruskan ke BKN. ASN, jaga netralitas!",
)
N(
    "2024-01-08 07:00",
    "tati.fb",
    "post",
    "Bapak Ibu guru, jangan ikut-ikutan posting ✌🏻 atau ☝🏻 dengan kode 'yang di tengah', 'yang bajunya biru'. Itu tetap dianggap kampanye. Netral ya 🙏",
)
N(
    "2024-02-11 08:00",
    "fajar.x",
    "post",
    "Masa tenang. Pengingat buat rekan ASN: 'bukan kampanye ya, cuma ngingetin coblos 02' itu tetap kampanye. Disclaimer tidak menghapus pelanggaran.",
)
N(
    "2024-10-01 09:00",
    "dadang.fb",
    "post",
    "Surat edaran Camat: ASN dilarang foto dengan pose satu, dua, atau tiga jari selama Pilkada. Termasuk caption 'kamu tau lah siapa 😉'.",
)
N(
    "2024-01-19 20:30",
    "ririn.th",
    "post",
    "Grup WA kantor tiap hari ada yang share 'Pr4b0w0 s4tu put4r4n' dan 'G4nj4r 3 periode'... capek. Kita ASN, netral dong.",
)
N(
    "2024-02-02 14:00",
    "bayu.x",
    "post",
    "Modus baru: caption 'weekend vibes' tapi di gambarnya ada ajakan coblos. Tetap kami catat. #ASNNetral",
    ocr="AWAS KAMPANYE TERSELUBUNG: kode angka, emoji, ejaan diplesetkan, caption netral tapi gambar berisi ajakan memilih. ASN WAJIB NETRAL",
)
N(
    "2024-11-20 20:00",
    "neneng.fb",
    "post",
    "Diingatkan ya Bapak Ibu: jangan pasang twibbon CAKEP, WIN, atau RAME di foto profil. Kita ASN, netral 🙏",
    group="group.guru",
)
N(
    "2024-11-26 12:00",
    "wulan.ig",
    "post",
    "Masa tenang, tolong grup keluarga berhenti kirim stiker ✌🏻🧡 ke aku. Aku ASN, ga boleh ikut2an 🙏",
)
N(
    "2024-01-24 15:00",
    "bayu.fb",
    "post",
    "Rilis Bawaslu Kab. Garut: 3 dugaan pelanggaran netralitas ASN di medsos, antara lain unggahan bertuliskan 'pr4b0w0 g1br4n s4tu put4r4n' dan foto pose dua jari dengan kaos paslon. Sudah direkomendasikan ke BKN.",
)
N(
    "2024-11-19 16:00",
    "bayu.x",
    "post",
    "Bawaslu Garut menerima laporan unggahan ASN 'W.I.N. – Garut menang bersama, coblos nomer hiji'. Status: klarifikasi terlapor.",
)
N(
    "2024-12-02 10:00",
    "bayu.fb",
    "post",
    "Hasil pengawasan masa tenang: 5 akun ASN mengunggah emoji 💜3️⃣ dan 🧡✌🏻 berulang-ulang. Direkomendasikan sanksi ke PPK masing-masing.",
)
N(
    "2024-02-20 19:00",
    "fajar.th",
    "post",
    "Baca putusan sidang etik: ASN yang nulis 'ASN wajib netral, tapi hati kecil bilang 01' tetap dijatuhi sanksi. Pelajaran buat kita semua.",
)
N(
    "2024-03-05 09:00",
    "ririn.x",
    "quote",
    "Duh, kota sendiri. Komentarnya cuma 'G*njar' sama 'Pr@bowo' ternyata tetap diperiksa. Hati-hati teman2 ASN.",
    on="x.news.bekasi",
)
N(
    "2024-02-12 11:00",
    "bayu.fb",
    "post",
    "Masa tenang: Bawaslu menemukan stiker '0️⃣2️⃣ kode rahasia' dan 'A.M.I.N aja dulu' beredar di grup WA ASN. Jangan diteruskan, laporkan.",
)
N(
    "2024-10-29 10:00",
    "bayu.x",
    "post",
    "Contoh kampanye terselubung yang tetap pelanggaran: 'nomor yang genap cuma satu', 'yang bajunya oranye', 'hate mah ka Kang Rahmat'. ASN Garut, hindari!",
)
N(
    "2024-01-30 20:00",
    "fajar.x",
    "post",
    "Diskusi hukum: apakah 'kamu tau lah siapa 😉' bisa jadi bukti kampanye? Menurut SKB 2022, konteks menentukan. Thread 🧵",
)
N(
    "2024-11-04 07:00",
    "tati.fb",
    "share",
    "Mohon dibaca Bapak Ibu guru. Jangan sampai kena sanksi karena emoji.",
    on="fb.bawaslu.emoji",
)
N(
    "2024-02-01 07:00",
    "tati.fb",
    "post",
    "Sebagai ASN saya netral. Silakan pilih sesuai hati nurani, jangan golput 🙏🇮🇩",
)
N(
    "2024-01-28 22:00",
    "ririn.x",
    "post",
    "Ditanya mulu 'mbak pilih nomor berapa?' Jawabanku: rahasia. ASN netral 🤐",
)
N(
    "2024-11-23 21:00",
    "wulan.ig",
    "post",
    "Maaf ya temen2, aku ga bisa ikut like/share postingan paslon manapun. Aku ASN 🙏",
)
N(
    "2024-11-13 17:00",
    "dadang.fb",
    "post",
    "Kalau ada yang maksa saya pasang stiker paslon di motor, saya tolak. Bukan karena tidak suka, tapi karena aturan ASN.",
)
N(
    "2024-01-24 12:00",
    "yayan.x",
    "post",
    "Mau 01, 02, atau 03, tetap saudara. Jangan putus silaturahmi gara-gara pilpres ✌🏻🤝",
)
N(
    "2024-11-21 20:00",
    "neneng.tt",
    "post",
    "1, 2, 3 semuanya orang baik, yang penting Garut maju. Pilih sesuai hati ya 🙏",
)

# --- N: news, voting day, comments under candidates' posts ----------------------------------
N(
    "2024-01-10 10:00",
    "yayan.x",
    "post",
    "Info resmi: KPU Garut menetapkan DPT Pemilu 2024. Cek nama Anda di cekdptonline.kpu.go.id 🗳️",
)
N(
    "2024-01-08 06:00",
    "dadang.yt",
    "comment",
    "Tolong KPU, sound system debat semalam jelek, suara moderator putus-putus",
    on="yt.debat.capres",
)
N(
    "2024-11-27 13:00",
    "neneng.fb",
    "post",
    "Sudah nyoblos? Jangan lupa celup jari ke tinta 🟣 ayo gunakan hak pilih, siapapun pilihannya 🇮🇩",
)
N(
    "2024-02-14 11:00",
    "tati.fb",
    "post",
    "TPS 12 ramai dari pagi, alhamdulillah lancar. Yuk datang ke TPS, pilih sesuai hati nurani 🙏",
)
N(
    "2024-11-27 07:00",
    "ai.fb",
    "post",
    "Petugas Puskesmas siaga di TPS, yang butuh pendampingan disabilitas hubungi kami 🩺",
)
N(
    "2024-10-09 20:00",
    "dadang.fb",
    "comment",
    "Pak, jalan Cibatu–Malangbong rusak parah, mohon perhatian siapa pun yang jadi nanti.",
    on="fb.cecep.jalan",
)
N(
    "2024-01-17 21:00",
    "neneng.fb",
    "comment",
    "Pak, nasib guru honorer bagaimana ke depan? Mohon dijawab dengan jelas di debat.",
    on="fb.prabowo.guru",
)
N(
    "2024-01-22 12:00",
    "wulan.ig",
    "comment",
    "Pak, tolong perhatikan kesejahteraan perawat PPPK ya, gaji kami masih di bawah UMK 🙏",
    on="ig.ganjar.nakes",
)
N(
    "2024-10-24 08:00",
    "ai.ig",
    "comment",
    "Turut berduka cita Kang, semoga almarhumah husnul khotimah 🤲",
    on="ig.wawan.duka",
)
N(
    "2024-10-27 20:00",
    "rizky.tt",
    "comment",
    "ini lagu backsound-nya apa judulnya kak?",
    on="tt.rahmat.lagu",
)
N(
    "2024-01-02 07:00",
    "yayan.x",
    "reply",
    "Data yang Bapak sebut soal polusi sumbernya dari mana ya? Angkanya beda dengan data KLHK, mohon dicek lagi.",
    on="x.anies.polusi",
)
N(
    "2024-11-06 22:30",
    "dadang.yt",
    "comment",
    "Moderatornya tegas, bagus. Semoga debat berikutnya lebih banyak bahas pertanian.",
    on="yt.debat.pilbup",
)
N(
    "2024-11-08 10:00",
    "yayan.x",
    "post",
    "Pj. Bupati Garut meresmikan Mal Pelayanan Publik. Layanan buka Senin–Jumat 08.00–15.00.",
)
N(
    "2024-02-14 14:00",
    "neneng.fb",
    "post",
    "Sudah nyoblos 🟣",
    alt="Jari kelingking bertinta ungu di depan bilik suara",
)
N(
    "2024-11-27 10:00",
    "rizky.tt",
    "post",
    "ungu ungu jari gw 💜 udah nyoblos, kalian?",
    alt="Jari kelingking bertinta ungu",
)

# --- N: jokes, criticism, complaints ------------------------------------------------------
N(
    "2024-01-13 13:00",
    "rizky.x",
    "post",
    "Tim 'yang di tengah' vs tim 'yang paling pinggir' ribut mulu di TL, gw mah tim tidur siang 😴",
)
N(
    "2024-01-05 08:00",
    "fajar.th",
    "post",
    "Debat semalam: satu pamer data, satu joget, satu senyum-senyum. Rakyat? Bingung. 🙃",
)
N(
    "2024-11-06 08:00",
    "yayan.x",
    "post",
    "Baliho CAKEP, WIN, RAME nutupin rambu lalu lintas di Jl. Ahmad Yani. Tolong ditertibkan 😤",
)
N(
    "2024-02-09 20:00",
    "wulan.tt",
    "post",
    "Fyp ku isinya joget gemoy semua, algoritma tolong ganti ke resep masakan 😭",
)
N(
    "2024-10-11 21:00",
    "ririn.x",
    "post",
    "Grup keluarga di Garut ribut Pilbup: ada yang WIN, ada yang CAKEP, ada yang RAME. Aku di Bekasi cuma bisa nyimak 🍿",
)

# --- N: other contests, non-political images -------------------------------------------------
N(
    "2024-09-12 19:00",
    "dadang.fb",
    "post",
    "Pemilihan ketua RW 02 Sukagalih: selamat Pak Ujang terpilih 👏 terima kasih panitia",
)
N(
    "2024-10-03 20:00",
    "rizky.tt",
    "post",
    "Pemilihan ketua kelas adek gw: nomor 2 menang telak 😂 demokrasi sejak dini",
)
N(
    "2024-11-02 12:00",
    "neneng.fb",
    "post",
    "Pemilihan ketua OSIS SMPN 2 hari ini, calon nomor 3 menang. Anak-anak belajar demokrasi 🗳️👏",
)
N(
    "2024-01-19 18:00",
    "yayan.ig",
    "post",
    "Pemilihan Mojang Jajaka Garut 2024 — vote finalis nomor 2️⃣ lewat link di bio, dia adik sepupu saya 😁",
)
N(
    "2024-02-05 16:00",
    "wulan.tt",
    "post",
    "Vote Mbak Lala nomor 01 di lomba video TikTok RSUD ya 🙏 videonya lucu",
)
N(
    "2024-02-13 09:00",
    "ai.fb",
    "post",
    "Poster edukasi dari Puskesmas 🧼",
    ocr="CUCI TANGAN 6 LANGKAH: 1. telapak 2. punggung tangan 3. sela jari 4. jari terkunci 5. ibu jari 6. ujung jari",
)
N(
    "2024-11-21 10:00",
    "tati.fb",
    "post",
    "Karya anak-anak kelas 2 ✌🏻",
    ocr="AKU CINTA GARUT – KOTA INTAN – BERSIH, HIJAU, ASRI",
)
N(
    "2024-01-29 08:00",
    "yayan.ig",
    "post",
    "Infografis hari ini 📊",
    ocr="KENALI HOAKS PEMILU: cek sumber, cek tanggal, jangan asal share. Diskominfo Garut",
)
N(
    "2024-10-19 07:00",
    "rizky.x",
    "post",
    "Oren-oren jalan pagi bareng komunitas lari Garut 🧡🏃 5K done",
    alt="Peserta lari berkaus oranye komunitas Garut Runners",
)
N(
    "2024-12-10 11:00",
    "dadang.fb",
    "post",
    "Rekapitulasi di tingkat kecamatan selesai, terima kasih PPK, PPS dan KPPS atas kerja kerasnya 🙏",
)

# --- A: genuinely ambiguous -----------------------------------------------------------------
A(
    "AMIN",
    "2024-02-06 14:00",
    "tati.fb",
    "post",
    "A.M.I.N.—Amal, Mandiri, Ikhlas, Nyaah: tema projek P5 semester ini di SDN kami 🤲",
)
A(
    "CAKEP",
    "2024-11-09 06:30",
    "neneng.tt",
    "post",
    "Outfit ngajar hari ini cakep ga? 🧡 warna oranye lagi musim",
)
A("PG", "2024-01-15 06:45", "yayan.x", "post", "oke gas, berangkat kerja dulu 🛵")
A("PG", "2024-02-14 09:30", "wulan.tt", "post", "Jari ungu ✌🏻 sudah nyoblos, dinas lagi 🏥")
A("", "2024-11-24 20:00", "dadang.fb", "post", "Tenang… semua sudah tahu arahnya 😌")
A(
    "PG",
    "2024-01-31 22:30",
    "ririn.x",
    "post",
    "Yang gemoy-gemoy aja lah, capek liat yang serius 😂",
)
A("WIN", "2024-11-11 20:00", "rizky.x", "post", "WIN or lose, Garut tetep rumah gw 💚")

# --- O: C-like, naming candidates only, outside every window ---------------------------------
O("P02A", "2023-06-10 20:00", "rizky.x", "post", "pr4b0w0 pantes jadi presiden, tegas dan gemoy 💙")
O("P01A", "2023-08-15 21:00", "ririn.x", "post", "A.n.i.e.s for president, semoga jadi nyapres 🤲")
O("P03A", "2023-07-01 19:00", "wulan.tt", "post", "G4nj4r Pr4n0w0 😍 rambut putih idola")
O(
    "G2A G2B",
    "2025-03-10 09:00",
    "neneng.fb",
    "post",
    "Pa Cecep & Teh Kartika, hatur nuhun sudah kampanye santun kemarin 🧡 sukses terus",
)
O(
    "G1A",
    "2024-06-15 20:00",
    "dadang.fb",
    "post",
    "Kang W4w4n pantes jadi bupati, urang Garut asli 💚",
)
O(
    "G3A",
    "2024-07-20 19:30",
    "yayan.ig",
    "post",
    "Kang Rahmat kalau maju pasti seru, Garut bakal R.A.M.E 💜",
)
O(
    "P03A P03B",
    "2025-02-01 20:00",
    "tati.fb",
    "post",
    "G*njar–Mahfud tetap di hati walau kalah 🖤🤍",
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
        return f"C{n:04d}xEvs{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzEvs{n:05d}Kw"
    return f"DA{n:05d}evs"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vEvs{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Ev"
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
        assert item.action == "post", f"{item.key}: {item.action} needs a parent"
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
        "name: Probe political.campaign – evasion (Garut, Bekasi, pusat)\n"
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


def check_windows() -> None:
    """Self-check of the labels: C inside a target's window (or a party), O outside every window."""
    windows = {
        eid: (min(s for _, s, _ in stages), max(e for _, _, e in stages))
        for eid, _, _, _, stages in ELECTIONS
    }

    def inside(tid: str, day: str) -> bool:
        election = TARGETS[tid][2]
        if not election:
            return True
        start, end = windows[election]
        return start <= day <= end

    for it in ITEMS:
        day = it.when[:10]
        if it.label == "C":
            assert any(inside(t, day) for t in it.targets), f"{it.key}: C outside its window"
        if it.label == "O":
            assert all(TARGETS[t][2] for t in it.targets), f"{it.key}: O names a party"
            assert not any(s <= day <= e for s, e in windows.values()), (
                f"{it.key}: O inside a window"
            )


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
    lines = [
        head,
        f"    text: {item.text!r}"
        if "\n" in item.text or "\u200b" in item.text
        else f"    text: {item.text}",
    ]
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
    check_windows()
    with tempfile.TemporaryDirectory(prefix="netra-probe-evasion-") as tmp:
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
