# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: long-form posts, reported speech, election duty.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* An invented Pilwalkot Madiun 2024 with three pairs: 1 Rahmat Hidayatullah - Dewi Sekarwangi
  ("RADEN", "Madiun Maju Berseri", Tim Pemenangan RADEN, volunteers "Laskar RADEN"); 2 Bambang
  Sutrisno - Yuliana Pertiwi ("BAYU", "Madiun Nyaman Sejahtera", volunteers "Sahabat BAYU");
  3 Hendra Kusuma Wijaya - KH Ahmad Zainuri ("HEZA", "Madiun Bangkit Bersama", volunteers
  "Pendekar HEZA", the three-finger salute).
* The real 2024 presidential pairs with their real ballot numbers (all texts invented), two
  invented legislative candidates (Nurul Fadilah, PKB no. 4, DPRD Kota Madiun; Agus Prasetyo
  Nugroho, NasDem no. 1, DPRD Jatim), real national parties, and an invented acting mayor
  (an official who is not standing).
* Twelve invented civil servants of Kota Madiun, several with election duties: a teacher whose
  school is a TPS, a Diskominfo programmer who live-streams the debates, a Satpol PP officer
  guarding campaign rallies, a Bawaslu secretariat analyst, a kelurahan secretary serving the
  PPS, a sub-district secretary serving the PPK, a nurse who sits on a KPPS, a Dishub officer
  directing rally traffic, a former journalist now in the mayor's press office, a religious
  counsellor, a polytechnic lecturer and a revenue-office clerk.

Themes: (1) long Facebook posts and Facebook group posts (paragraphs, lists, line breaks) in
which one sentence deep inside shows support, against long posts that only discuss, compare or
report; (2) reported speech and attribution ("kata tetangga saya ..."), questions, negation,
hypotheticals and irony; (3) neutral duty posts that name candidates, numbers and parties,
against duty posts that slip into support; (4) quotes, replies, comments and shares with a
comment that endorse, against those that criticise or ask.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning (analysis without a choice, duty posts, reported opinions of
  others, questions, criticism, negation, irony, namesakes, other contests).
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_longform.py [--show] [--keep DIR]

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


def ts(when: str) -> str:
    """'2024-01-14T21:15' -> '2024-01-14T21:15:00+07:00'."""
    return when if len(when) > 16 else f"{when}:00{TZ}"


def para(*parts: str) -> str:
    """A long post: paragraphs separated by a blank line."""
    return "\n\n".join(parts)


# --------------------------------------------------------------------------------------------
# Agencies and employees
# --------------------------------------------------------------------------------------------

AGENCIES = [
    # code, name, parent_code, region_code
    ("MDN", "Pemerintah Kota Madiun", "", "35.77"),
    ("MDN.DISDIK", "Dinas Pendidikan Kota Madiun", "MDN", "35.77"),
    ("MDN.KOMINFO", "Dinas Komunikasi dan Informatika Kota Madiun", "MDN", "35.77"),
    ("MDN.SATPOLPP", "Satuan Polisi Pamong Praja Kota Madiun", "MDN", "35.77"),
    ("MDN.KARTOHARJO", "Kecamatan Kartoharjo", "MDN", "35.77"),
    ("MDN.TAMAN", "Kecamatan Taman", "MDN", "35.77"),
    ("MDN.DINKES", "Dinas Kesehatan dan Keluarga Berencana Kota Madiun", "MDN", "35.77"),
    ("MDN.DISHUB", "Dinas Perhubungan Kota Madiun", "MDN", "35.77"),
    ("MDN.SETDA", "Sekretariat Daerah Kota Madiun", "MDN", "35.77"),
    ("MDN.BAPENDA", "Badan Pendapatan Daerah Kota Madiun", "MDN", "35.77"),
    ("BAWASLU", "Badan Pengawas Pemilihan Umum", "", ""),
    ("BAWASLU.MDN", "Sekretariat Bawaslu Kota Madiun", "BAWASLU", "35.77"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KEMENAG.MDN", "Kantor Kementerian Agama Kota Madiun", "KEMENAG", "35.77"),
    ("KEMDIKTI", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "", ""),
    ("KEMDIKTI.PNM", "Politeknik Negeri Madiun", "KEMDIKTI", "35.77"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "e1": (
        "198203142008012003",
        "Sri Rahayuningsih, S.Pd.SD.",
        "MDN.DISDIK",
        "SD Negeri Manguharjo 03",
        "Guru Ahli Muda",
        "PNS",
        "35.77",
    ),
    "e2": (
        "199105222015031001",
        "Yoga Aditya Pratama, S.Kom.",
        "MDN.KOMINFO",
        "Bidang Pengelolaan Informasi dan Komunikasi Publik",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "35.77",
    ),
    "e3": (
        "198708112010011004",
        "Eko Budi Santoso",
        "MDN.SATPOLPP",
        "Bidang Ketenteraman dan Ketertiban Umum",
        "Polisi Pamong Praja Terampil",
        "PNS",
        "35.77",
    ),
    "e4": (
        "199302172019032005",
        "Fitri Nur Aini, S.H.",
        "BAWASLU.MDN",
        "Subbagian Penanganan Pelanggaran",
        "Analis Hukum Ahli Pertama",
        "PNS",
        "35.77",
    ),
    "e5": (
        "198011302006041007",
        "Muhammad Arif Hidayat, S.Sos.",
        "MDN.KARTOHARJO",
        "Kelurahan Klegen",
        "Sekretaris Kelurahan",
        "PNS",
        "35.77",
    ),
    "e6": (
        "197005161994032002",
        "Dra. Endang Purwaningsih, M.M.",
        "MDN.TAMAN",
        "Sekretariat Kecamatan",
        "Sekretaris Kecamatan",
        "PNS",
        "35.77",
    ),
    "e7": (
        "199506092022122003",
        "Ns. Anisa Rahmawati, S.Kep.",
        "MDN.DINKES",
        "Puskesmas Oro-Oro Ombo",
        "Perawat Ahli Pertama",
        "PPPK",
        "35.77",
    ),
    "e8": (
        "196807121993031005",
        "Drs. H. Suyatno",
        "KEMENAG.MDN",
        "Seksi Bimbingan Masyarakat Islam",
        "Penyuluh Agama Islam Ahli Madya",
        "PNS",
        "35.77",
    ),
    "e9": (
        "198504252012121002",
        "Dr. Bagas Wicaksono, S.IP., M.A.",
        "KEMDIKTI.PNM",
        "Jurusan Administrasi Bisnis",
        "Lektor",
        "PNS",
        "35.77",
    ),
    "e10": (
        "199711032023122001",
        "Rina Kartikasari, A.Md.",
        "MDN.DISHUB",
        "Bidang Lalu Lintas",
        "Pengelola Layanan Operasional",
        "PPPK",
        "35.77",
    ),
    "e11": (
        "198902062014021003",
        "Dimas Ardiansyah, S.I.Kom.",
        "MDN.SETDA",
        "Bagian Protokol dan Komunikasi Pimpinan",
        "Pranata Humas Ahli Muda",
        "PNS",
        "35.77",
    ),
    "e12": (
        "198406182009022006",
        "Lilis Suryani, S.E.",
        "MDN.BAPENDA",
        "Bidang Pendataan dan Penetapan",
        "Pengelola Keuangan",
        "PNS",
        "35.77",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "e1.fb": (
        "fb",
        "sri.rahayu.manguharjo",
        "100004410021301",
        "Sri Rahayu",
        "Guru SD | ibu dua anak",
        "Kota Madiun",
    ),
    "e1.ig": ("ig", "bu_sri_ngajar", "5310042201", "Bu Sri ✏️", "mengajar itu ibadah", "Madiun"),
    "e2.fb": ("fb", "yoga.aditya.p", "100006620993402", "Yoga Aditya", "", "Madiun"),
    "e2.x": (
        "x",
        "yogaaditya_mdn",
        "1311220044551200871",
        "Yoga A.",
        "IT, kopi, Persima",
        "Madiun",
    ),
    "e2.yt": ("yt", "YogaAdityaP", "UCyogaAdityaMdn000402", "Yoga Aditya", "", "Madiun"),
    "e3.fb": (
        "fb",
        "eko.budi.santoso.87",
        "100003318874003",
        "Eko Budi Santoso",
        "Wong Madiun asli",
        "Madiun",
    ),
    "e3.tt": ("tt", "ekobudi.s", "6913300187404", "Eko Budi", "satpol pp | pesilat", "Madiun"),
    "e4.fb": ("fb", "fitri.nuraini.93", "100008820017504", "Fitri Nur Aini", "", "Madiun"),
    "e4.x": (
        "x",
        "fitrinuraini_",
        "1455120033318800905",
        "Fitri",
        "hukum, hujan, dan teh manis",
        "Madiun",
    ),
    "e4.ig": ("ig", "fitri.nuraini", "4410029305", "Fitri 🌷", "", "Madiun"),
    "e5.fb": (
        "fb",
        "arif.hidayat.klegen",
        "100002244180506",
        "M. Arif Hidayat",
        "Melayani warga Klegen",
        "Kota Madiun",
    ),
    "e6.fb": (
        "fb",
        "endang.purwaningsih.70",
        "100001170051607",
        "Endang Purwaningsih",
        "",
        "Madiun",
    ),
    "e6.ig": ("ig", "bu_endang_taman", "3370051607", "Endang P.", "Kec. Taman", "Madiun"),
    "e7.fb": ("fb", "anisa.rahmawati.95", "100011950960908", "Anisa Rahmawati", "Nakes", "Madiun"),
    "e7.tt": ("tt", "ns.anisa", "7095060920081", "ns. anisa 🩺", "perawat | KPPS 2024", "Madiun"),
    "e7.ig": ("ig", "anisa.rhmwt", "6695060908", "Anisa", "", "Madiun"),
    "e8.fb": (
        "fb",
        "ustadz.suyatno.madiun",
        "100000687120909",
        "Ustadz Suyatno",
        "Penyuluh agama | khadimul ummah",
        "Kota Madiun",
    ),
    "e8.yt": ("yt", "KajianSuyatno", "UCkajianSuyatno00909", "Kajian Ustadz Suyatno", "", "Madiun"),
    "e9.x": (
        "x",
        "bagaswicak",
        "1190425201212100210",
        "Bagas Wicaksono",
        "Dosen | kebijakan publik | opini pribadi",
        "Madiun",
    ),
    "e9.fb": ("fb", "bagas.wicaksono.85", "100005425120210", "Bagas Wicaksono", "", "Madiun"),
    "e9.th": ("th", "bagaswicak", "64250421210", "Bagas Wicaksono", "", "Madiun"),
    "e10.ig": ("ig", "rinakartika_", "6971103211", "Rina 🚦", "dishub girl | kucing", "Madiun"),
    "e10.tt": ("tt", "rinakartika.mdn", "7197110320231", "rinaa🚦", "", "Madiun"),
    "e10.x": ("x", "rinakartika__", "1597110320230012001", "rina", "capek tapi cantik", "Madiun"),
    "e10.fb": ("fb", "rina.kartikasari.97", "100019711032012", "Rina Kartikasari", "", "Madiun"),
    "e11.fb": (
        "fb",
        "dimas.ardiansyah.89",
        "100002890206113",
        "Dimas Ardiansyah",
        "eks jurnalis, kini humas",
        "Madiun",
    ),
    "e11.x": ("x", "dimasardi", "1089020620140210003", "Dimas Ardiansyah", "", "Madiun"),
    "e11.th": ("th", "dimasardi", "68902062013", "Dimas Ardiansyah", "", "Madiun"),
    "e12.fb": (
        "fb",
        "lilis.suryani.84",
        "100003840618214",
        "Lilis Suryani",
        "Ibu rumah tangga plus plus",
        "Madiun",
    ),
    "e12.ig": (
        "ig",
        "lilis_suryani84",
        "3840618214",
        "Lilis Suryani",
        "masak, jualan, bahagia",
        "Madiun",
    ),
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
    ("result", "2024-12-09", "2024-12-16"),
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
        "PILWALKOT_MDN2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Madiun 2024",
        "regional_head",
        "35.77",
        PILKADA_STAGES,
    ),
]
# Windows: PILPRES2024 2023-10-19..2024-04-24; PILEG2024 2023-05-01..2024-06-10;
# PILWALKOT_MDN2024 2024-08-27..2024-12-16.

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

TARGETS = {
    "MDN1A": ("Rahmat Hidayatullah, S.T., M.T.", "candidate", "PILWALKOT_MDN2024", "1", ""),
    "MDN1B": ("Dewi Sekarwangi, S.E.", "candidate", "PILWALKOT_MDN2024", "1", ""),
    "MDN1T": ("Tim Pemenangan RADEN", "campaign_team", "PILWALKOT_MDN2024", "1", ""),
    "MDN1V": ("Relawan Laskar RADEN", "campaign_team", "PILWALKOT_MDN2024", "1", ""),
    "MDN2A": ("Ir. Bambang Sutrisno, M.M.", "candidate", "PILWALKOT_MDN2024", "2", ""),
    "MDN2B": ("dr. Yuliana Pertiwi", "candidate", "PILWALKOT_MDN2024", "2", ""),
    "MDN2T": ("Relawan Sahabat BAYU", "campaign_team", "PILWALKOT_MDN2024", "2", ""),
    "MDN3A": ("Hendra Kusuma Wijaya, S.H.", "candidate", "PILWALKOT_MDN2024", "3", ""),
    "MDN3B": ("KH. Ahmad Zainuri", "candidate", "PILWALKOT_MDN2024", "3", ""),
    "MDN3T": ("Relawan Pendekar HEZA", "campaign_team", "PILWALKOT_MDN2024", "3", ""),
    "PRES1A": ("Anies Rasyid Baswedan", "candidate", "PILPRES2024", "1", ""),
    "PRES1B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", "PKB"),
    "PRES1T": ("Timnas AMIN", "campaign_team", "PILPRES2024", "1", ""),
    "PRES2A": ("Prabowo Subianto", "candidate", "PILPRES2024", "2", "Gerindra"),
    "PRES2B": ("Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "PRES2T": ("TKN Prabowo-Gibran", "campaign_team", "PILPRES2024", "2", ""),
    "PRES3A": ("Ganjar Pranowo", "candidate", "PILPRES2024", "3", "PDI-P"),
    "PRES3B": ("Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "PRES3T": ("TPN Ganjar-Mahfud", "campaign_team", "PILPRES2024", "3", ""),
    "CAL1": ("Hj. Nurul Fadilah, S.Pd.", "candidate", "PILEG2024", "4", "PKB"),
    "CAL2": ("Agus Prasetyo Nugroho, S.E.", "candidate", "PILEG2024", "1", "NasDem"),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", "Demokrat"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "OFF_MDN": ("Drs. Eko Wahyudi Prasetyo, M.Si.", "official", "", "", ""),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "MDN1A.fb": ("RahmatHidayatullahMadiun", "100090000000101", "Rahmat Hidayatullah"),
    "MDN1A.ig": ("mas.rahmat.madiun", "7100000101", "Mas Rahmat"),
    "MDN1A.tt": ("masrahmat.mdn", "7300000000101", "Mas Rahmat Madiun"),
    "MDN1B.ig": ("dewisekarwangi", "7100000102", "Dewi Sekarwangi"),
    "MDN1T.fb": ("TimRADENMadiun", "100090000000103", "Tim Pemenangan RADEN"),
    "MDN1V.fb": ("groups/laskarradenmadiun", "300090000000104", "Laskar RADEN Kota Madiun (grup)"),
    "MDN2A.fb": ("BambangSutrisnoMadiun", "100090000000201", "Bambang Sutrisno"),
    "MDN2A.ig": ("bambang.sutrisno.mdn", "7100000201", "Bambang Sutrisno"),
    "MDN2A.yt": ("BambangSutrisnoTV", "UCbambangSutrisno00201", "Bambang Sutrisno TV"),
    "MDN2B.ig": ("yuliana.pertiwi", "7100000202", "dr. Yuliana Pertiwi"),
    "MDN2B.tt": ("buyuliana.mdn", "7300000000202", "Bu Yuliana"),
    "MDN2T.ig": ("sahabatbayu.madiun", "7100000203", "Sahabat BAYU"),
    "MDN2T.fb": ("groups/sahabatbayumadiun", "300090000000203", "Sahabat BAYU Madiun (grup)"),
    "MDN3A.fb": ("HendraKusumaWijaya", "100090000000301", "Hendra Kusuma Wijaya"),
    "MDN3A.x": ("hendrakw_mdn", "1710000000000000301", "Hendra Kusuma Wijaya"),
    "MDN3A.ig": ("hendrakusuma.wijaya", "7100000301", "Hendra Kusuma Wijaya"),
    "MDN3B.fb": ("KyaiAhmadZainuri", "100090000000302", "KH. Ahmad Zainuri"),
    "MDN3T.fb": ("groups/pendekarheza", "300090000000303", "Pendekar HEZA (grup)"),
    "MDN3T.tt": ("pendekarheza", "7300000000303", "Pendekar HEZA 🤟"),
    "PRES1A.x": ("aniesbaswedan", "1720000000000000011", "Anies Rasyid Baswedan"),
    "PRES1A.ig": ("aniesbaswedan", "7200000011", "Anies Baswedan"),
    "PRES1A.fb": ("AniesBaswedan", "100091000000011", "Anies Baswedan"),
    "PRES1B.x": ("cakimiNOW", "1720000000000000012", "A Muhaimin Iskandar"),
    "PRES1T.x": ("TimnasAMIN", "1720000000000000013", "Timnas AMIN"),
    "PRES1T.fb": ("groups/relawanaminjatim", "300091000000013", "Relawan AMIN Jatim (grup)"),
    "PRES2A.x": ("prabowo", "1720000000000000021", "Prabowo Subianto"),
    "PRES2A.ig": ("prabowo", "7200000021", "Prabowo Subianto"),
    "PRES2A.fb": ("PrabowoSubianto", "100091000000021", "Prabowo Subianto"),
    "PRES2A.yt": ("PrabowoSubianto", "UCprabowoSubianto00021", "Prabowo Subianto"),
    "PRES2B.x": ("gibran_tweet", "1720000000000000022", "Gibran Rakabuming"),
    "PRES2B.ig": ("gibran_rakabuming", "7200000022", "Gibran Rakabuming"),
    "PRES2T.x": ("TKNPrabowoGibran", "1720000000000000023", "TKN Prabowo-Gibran"),
    "PRES2T.fb": ("TKNPrabowoGibran", "100091000000023", "TKN Prabowo-Gibran"),
    "PRES3A.x": ("ganjarpranowo", "1720000000000000031", "Ganjar Pranowo"),
    "PRES3A.ig": ("ganjar_pranowo", "7200000031", "Ganjar Pranowo"),
    "PRES3A.fb": ("GanjarPranowo", "100091000000031", "Ganjar Pranowo"),
    "PRES3A.yt": ("GanjarPranowo", "UCganjarPranowo000031", "Ganjar Pranowo"),
    "PRES3A.th": ("ganjar_pranowo", "63100000031", "Ganjar Pranowo"),
    "PRES3B.x": ("mohmahfudmd", "1720000000000000032", "Mahfud MD"),
    "PRES3T.x": ("TPNGanjarMahfud", "1720000000000000033", "TPN Ganjar-Mahfud"),
    "PRES3T.fb": (
        "groups/relawanganjarmahfudjatim",
        "300091000000033",
        "Relawan Ganjar-Mahfud Jatim (grup)",
    ),
    "CAL1.fb": ("NurulFadilahPKB", "100091000000041", "Nurul Fadilah"),
    "CAL2.ig": ("agusprasetyo.nasdem", "7200000042", "Agus Prasetyo Nugroho"),
    "PKB.x": ("DPP_PKB", "1720000000000000051", "DPP PKB"),
    "GERINDRA.x": ("Gerindra", "1720000000000000052", "Partai Gerindra"),
    "PDIP.x": ("PDI_Perjuangan", "1720000000000000053", "PDI Perjuangan"),
    "GOLKAR.x": ("Golkar5", "1720000000000000054", "Partai Golkar"),
    "NASDEM.fb": ("NasDemJatim", "100091000000055", "NasDem Jawa Timur"),
    "PKS.fb": ("PKSKotaMadiun", "100091000000056", "PKS Kota Madiun"),
    "DEMOKRAT.x": ("PDemokrat", "1720000000000000057", "Partai Demokrat"),
    "PSI.x": ("psi_id", "1720000000000000058", "PSI"),
    "OFF_MDN.ig": ("pj.walikotamadiun", "7200000061", "Pj Wali Kota Madiun"),
}

KEYWORDS = [
    ("MDN1A", "#RADENMenang"),
    ("MDN1A", "RADEN"),
    ("MDN1A", "Madiun Maju Berseri"),
    ("MDN1V", "Laskar RADEN"),
    ("MDN2A", "#BAYUuntukMadiun"),
    ("MDN2A", "BAYU"),
    ("MDN2A", "Madiun Nyaman Sejahtera"),
    ("MDN2T", "Sahabat BAYU"),
    ("MDN3A", "#HEZA2024"),
    ("MDN3A", "HEZA"),
    ("MDN3A", "Madiun Bangkit Bersama"),
    ("MDN3T", "Pendekar HEZA"),
    ("PRES1A", "AMIN"),
    ("PRES1A", "#AMINAjaDulu"),
    ("PRES1A", "#AniesMuhaimin2024"),
    ("PRES1B", "Slepet"),
    ("PRES2A", "#PrabowoGibran2024"),
    ("PRES2A", "Bersama Indonesia Maju"),
    ("PRES2A", "#02Melanjutkan"),
    ("PRES2A", "gemoy"),
    ("PRES3A", "#GanjarMahfud2024"),
    ("PRES3A", "sat set tas tes"),
    ("PRES3A", "#GanjarPresidenku"),
    ("CAL1", "#NurulFadilahPKB"),
    ("CAL2", "#AgusNasDem"),
    ("PKB", "#PKBMenang"),
    ("GERINDRA", "#GerindraMenang"),
    ("PDIP", "#PDIPerjuangan"),
    ("PDIP", "banteng moncong putih"),
    ("GOLKAR", "#GolkarMenang"),
    ("NASDEM", "#NasDemRestorasi"),
    ("PKS", "#AyoPKS"),
    ("DEMOKRAT", "#DemokratMenang"),
    ("PSI", "#PSIMenang"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "MDN1": "MDN1A MDN1B MDN1T MDN1V",
    "MDN2": "MDN2A MDN2B MDN2T",
    "MDN3": "MDN3A MDN3B MDN3T",
    "PRES1": "PRES1A PRES1B PRES1T",
    "PRES2": "PRES2A PRES2B PRES2T",
    "PRES3": "PRES3A PRES3B PRES3T",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "news.fb": ("fb", "MadiunTodayNews", "100080000000901", "Madiun Today"),
    "news.x": ("x", "madiuntoday_id", "1230000000000000902", "Madiun Today"),
    "kpu.fb": ("fb", "KPUKotaMadiun", "100080000000903", "KPU Kota Madiun"),
    "bawaslu.x": ("x", "BawasluKotaMdn", "1230000000000000904", "Bawaslu Kota Madiun"),
    "kominfo.yt": (
        "yt",
        "DiskominfoKotaMadiun",
        "UCkominfoKotaMadiun0905",
        "Diskominfo Kota Madiun",
    ),
    "grp.warga": (
        "fb",
        "groups/infowargakotamadiun",
        "300080000000906",
        "Info Warga Kota Madiun (grup)",
    ),
    "grp.guru": (
        "fb",
        "groups/forumgurusdkotamadiun",
        "300080000000907",
        "Forum Guru SD Kota Madiun (grup)",
    ),
    "grp.kpps": (
        "fb",
        "groups/kppskotamadiun2024",
        "300080000000908",
        "KPPS Kota Madiun 2024 (grup)",
    ),
    "grp.politik": (
        "fb",
        "groups/ngopipolitikjatim",
        "300080000000909",
        "Ngopi Politik Jatim (grup)",
    ),
    "grp.alumni": (
        "fb",
        "groups/alumnisma2madiun07",
        "300080000000910",
        "Alumni SMA 2 Madiun Angkatan 2007 (grup)",
    ),
    "grp.ibu": (
        "fb",
        "groups/emakmadiunkekinian",
        "300080000000911",
        "Emak-Emak Madiun Kekinian (grup)",
    ),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilpres 2024
    "pP1": (
        "PRES2A.fb",
        "2024-01-06T20:00",
        "Terima kasih Jawa Timur! Bersama Indonesia Maju, kita lanjutkan pembangunan. #PrabowoGibran2024",
    ),
    "pP2": (
        "PRES1A.x",
        "2024-01-10T19:00",
        "Perubahan itu bukan slogan, tapi kerja. Kita pastikan harga pangan terjangkau dan keadilan untuk semua. #AMINAjaDulu",
    ),
    "pP3": (
        "PRES3A.x",
        "2024-01-12T08:00",
        "Guru honorer harus sejahtera. Itu komitmen kami: sat set, tas tes. #GanjarMahfud2024",
    ),
    "pP4": (
        "PRES2B.x",
        "2024-01-22T21:00",
        "Makan siang dan susu gratis untuk anak sekolah. Ini program, bukan janji kosong.",
    ),
    "pP5": (
        "PRES3B.x",
        "2024-01-23T07:00",
        "Penegakan hukum tidak boleh tebang pilih. Tegas, jujur, adil.",
    ),
    "pP6": (
        "PRES1B.x",
        "2024-01-18T10:00",
        "Slepetnomics: ekonomi yang berpihak pada petani dan nelayan.",
    ),
    "pP7": (
        "PRES2T.fb",
        "2024-02-01T12:00",
        "Ayo hadiri Kampanye Akbar Prabowo-Gibran di GBK, Sabtu 10 Februari! 🇮🇩",
    ),
    "pP8": (
        "PRES3A.ig",
        "2024-01-28T16:00",
        "Ngobrol dengan petani tembakau di Temanggung. Mereka butuh kepastian harga.",
    ),
    "pP9": (
        "PRES1A.ig",
        "2024-02-03T18:00",
        "Desak Anies di Madiun. Terima kasih anak-anak muda yang sudah bertanya dengan kritis!",
    ),
    "pP10": (
        "PRES2A.yt",
        "2024-02-04T19:00",
        "LIVE Debat Capres Kelima: Pernyataan Penutup Prabowo Subianto",
    ),
    "pP11": (
        "PRES3T.x",
        "2024-02-07T09:00",
        "Relawan Ganjar-Mahfud se-Jatim, rapatkan barisan! Tinggal seminggu lagi.",
    ),
    "pP12": (
        "PRES1T.x",
        "2024-01-30T20:00",
        "Timnas AMIN membuka posko pengaduan kecurangan di seluruh kabupaten/kota.",
    ),
    "pP14": (
        "PRES3A.yt",
        "2024-01-21T19:00",
        "Ganjar Menjawab: Bagaimana nasib tenaga kesehatan honorer?",
    ),
    "pP16": (
        "PRES3A.th",
        "2024-02-08T20:00",
        "Anak muda, jangan golput ya! Suaramu menentukan arah bangsa.",
    ),
    "pP17": (
        "PRES3A.fb",
        "2024-01-15T09:00",
        "Sekolah gratis 12 tahun untuk semua anak Indonesia. Tidak ada lagi anak putus sekolah karena biaya.",
    ),
    "pP18": (
        "PRES1A.fb",
        "2024-02-04T10:00",
        "Terima kasih Jawa Timur. Ribuan warga hadir di kampanye hari ini. Perubahan sudah dekat!",
    ),
    # Pilwalkot Madiun 2024
    "pM1": (
        "MDN1A.fb",
        "2024-10-02T19:00",
        "Kampanye dialogis di Kelurahan Klegen. Terima kasih warga! Madiun Maju Berseri! #RADENMenang",
    ),
    "pM2": (
        "MDN1A.ig",
        "2024-10-20T09:00",
        "Program 1.000 beasiswa untuk anak Kota Madiun. Setuju?",
    ),
    "pM3": (
        "MDN2A.fb",
        "2024-10-05T20:00",
        "Bersama Sahabat BAYU blusukan ke Pasar Besar Madiun. Madiun Nyaman Sejahtera!",
    ),
    "pM4": (
        "MDN2A.yt",
        "2024-11-06T19:30",
        "LIVE Debat Publik Kedua Calon Wali Kota Madiun - Sesi Visi Misi Bambang-Yuliana",
    ),
    "pM5": (
        "MDN3A.fb",
        "2024-10-11T16:00",
        "Pendekar HEZA siap mengawal Madiun Bangkit Bersama. Salam tiga jari!",
    ),
    "pM6": (
        "MDN3A.x",
        "2024-10-25T08:00",
        "Madiun butuh lapangan kerja, bukan sekadar baliho. Kami siapkan 5.000 lowongan untuk anak muda.",
    ),
    "pM7": (
        "MDN2B.ig",
        "2024-10-14T10:00",
        "Posyandu harus jadi garda depan kesehatan ibu dan anak. Itu janji saya.",
    ),
    "pM8": (
        "MDN1T.fb",
        "2024-11-10T18:00",
        "Laskar RADEN, tetap solid, tetap santun. 17 hari lagi!",
    ),
    "pM9": (
        "MDN3B.fb",
        "2024-10-30T06:00",
        "Subuh berjamaah bersama warga Manguharjo. Semoga Kota Madiun selalu diberkahi.",
    ),
    "pM10": (
        "MDN2T.ig",
        "2024-11-18T12:00",
        "Tinggal seminggu! Siapa yang siap coblos nomor 2? 🙋",
    ),
    "pM11": ("MDN3T.tt", "2024-11-02T20:00", "Pendekar HEZA goyang bareng di Alun-alun! #HEZA2024"),
    "pM12": (
        "MDN1B.ig",
        "2024-10-08T15:00",
        "Untuk perempuan Madiun: UMKM perempuan dapat pendampingan gratis.",
    ),
    "pM13": (
        "MDN1A.tt",
        "2024-11-20T19:00",
        "Terima kasih atas dukungannya. Tanggal 27 jangan lupa ke TPS!",
    ),
    # Pileg 2024 and parties
    "pL1": (
        "CAL1.fb",
        "2024-01-25T19:00",
        "Terima kasih ibu-ibu Muslimat Kelurahan Taman. Bismillah, Nurul Fadilah nomor 4 PKB DPRD Kota Madiun.",
    ),
    "pL3": (
        "PDIP.x",
        "2024-06-01T08:00",
        "Selamat Hari Lahir Pancasila. Bung Karno menggali Pancasila dari bumi Indonesia.",
    ),
    "pL4": (
        "GERINDRA.x",
        "2024-09-10T09:00",
        "Gerindra membuka pendaftaran kader muda. Daftar sekarang!",
    ),
    "pL5": (
        "PKS.fb",
        "2025-01-15T09:00",
        "PKS peduli banjir: relawan kami turun di Madiun bagian selatan.",
    ),
    "pL6": ("GOLKAR.x", "2023-12-12T12:00", "Suara Golkar, suara rakyat. #GolkarMenang"),
    "pL8": ("PSI.x", "2025-05-20T19:00", "PSI partai super terbuka, ayo gabung!"),
    "pL9": (
        "CAL2.ig",
        "2024-02-02T10:00",
        "Agus Prasetyo Nugroho, caleg DPRD Jatim Dapil Madiun Raya, NasDem nomor urut 1.",
    ),
    "pO1": (
        "OFF_MDN.ig",
        "2024-10-17T10:00",
        "Meninjau normalisasi Kali Madiun bersama Dinas PUPR. Target selesai sebelum puncak musim hujan.",
    ),
    # Others
    "nw1": (
        "news.fb",
        "2024-01-07T07:00",
        "Debat Capres Ketiga malam ini di Istora Senayan. Simak jadwal dan temanya.",
    ),
    "nw4": (
        "news.x",
        "2024-11-27T16:00",
        "Hitung cepat internal: pasangan nomor 2 unggul sementara di Pilwalkot Madiun.",
    ),
    "nw5": (
        "news.fb",
        "2024-11-05T08:00",
        "Jelang debat kedua, tiga paslon Pilwalkot Madiun saling sindir soal banjir.",
    ),
    "kf1": (
        "kominfo.yt",
        "2024-01-07T19:00",
        "LIVE Nobar Debat Capres Ketiga - Diskominfo Kota Madiun",
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
            f"{label}{len(ITEMS) + 1:03d}",
            label,
            _expand(targets),
            ts(when),
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

# --- long Facebook posts with one supporting sentence deep inside ----------------------------
C(
    "PRES2",
    "2024-01-14T21:15",
    "e1.fb",
    "post",
    para(
        "Catatan akhir pekan seorang guru SD 📝",
        "Minggu ini capek sekali. Senin sampai Rabu kami lembur menyelesaikan penilaian tengah semester, Kamis ada supervisi dari pengawas, Jumat senam bersama lalu kerja bakti membersihkan selokan depan sekolah karena musim hujan sudah datang.",
        "Beberapa hal yang saya syukuri minggu ini:\n1. Anak-anak kelas 4 sudah lancar perkalian sampai 10.\n2. Bu Kepala akhirnya mengganti kipas angin kelas yang rusak.\n3. Wali murid mulai aktif di grup WA kelas.",
        "Ngomong-ngomong soal makan siang gratis, jujur saya sudah mantap pilih 02, karena murid saya banyak yang berangkat sekolah belum sarapan.",
        "Semoga minggu depan lebih ringan. Selamat beristirahat, Bapak Ibu guru semua 🙏",
    ),
)
C(
    "PRES1",
    "2024-01-21T22:00",
    "e9.fb",
    "post",
    para(
        "Tentang demokrasi yang melelahkan",
        "Beberapa minggu ini linimasa saya penuh perdebatan. Ada kawan lama yang saling unfriend, ada grup keluarga yang mendadak sepi. Saya kira ini wajar dalam demokrasi yang sedang belajar dewasa.",
        "Di kelas saya sering bilang ke mahasiswa: bedakan argumen dan sentimen. Argumen bisa diuji dengan data, sentimen hanya bisa dirasakan. Sayangnya algoritma media sosial lebih suka sentimen.",
        "Dan kalau boleh jujur, tanggal 14 nanti saya akan mencoblos AMIN, karena gagasan perubahan itu yang paling masuk akal buat saya.",
        "Tapi apa pun pilihan kita, semoga pertemanan tidak ikut dicoblos. Selamat malam.",
    ),
)
C(
    "PRES3",
    "2024-01-26T05:30",
    "e8.fb",
    "post",
    para(
        "Renungan Jumat: Amanah",
        "Rasulullah SAW bersabda bahwa setiap kita adalah pemimpin dan akan dimintai pertanggungjawaban atas yang dipimpinnya. Seorang ayah atas keluarganya, seorang guru atas muridnya, seorang pejabat atas rakyatnya.",
        "Amanah itu berat. Karena itu para sahabat menangis ketika diberi jabatan, bukan berpesta.",
        "Saya pribadi sudah bulat mendukung Pak Ganjar dan Prof. Mahfud, karena keduanya saya nilai bersih dan tegas soal hukum.",
        "Mari kita perbanyak istighfar dan shalawat di hari Jumat yang mulia ini. Barakallahu fiikum.",
    ),
)
C(
    "PRES2",
    "2024-01-28T19:40",
    "e12.fb",
    "post",
    para(
        "Liburan tipis-tipis ke Telaga Sarangan 🏞️",
        "Berangkat jam 6 pagi dari Madiun, lewat Maospati dan Magetan, jalan naik mulai Plaosan. Anak-anak semangat sekali naik kuda keliling telaga, walau yang bungsu akhirnya nangis minta turun 😂",
        "Rincian biaya buat yang mau ke sana:\n- Tiket masuk Rp 20 ribu per orang\n- Kuda Rp 75 ribu satu putaran\n- Speedboat Rp 80 ribu\n- Sate kelinci Rp 25 ribu per porsi",
        "Di warung sate kami malah diskusi politik, dan suami saya akhirnya setuju sama saya: 02 sudah paling pas, lanjutkan!",
        "Pulangnya hujan deras, tapi hati senang. Next trip ke Cemoro Sewu kalau anak-anak sudah kuat jalan.",
    ),
)
C(
    "PRES3",
    "2024-02-02T20:10",
    "e6.fb",
    "post",
    para(
        "Laporan singkat kegiatan Kecamatan Taman pekan ini:",
        "1. Senin: apel pagi dan pembinaan pegawai oleh Pak Camat.\n2. Selasa: monitoring posyandu di Kelurahan Kejuron.\n3. Rabu: rapat persiapan pengamanan logistik pemilu bersama PPK.\n4. Kamis: pelayanan KTP keliling di Kelurahan Mojorejo.\n5. Jumat: Jumat Berkah, bagi-bagi nasi bungkus.",
        "Terima kasih teman-teman staf yang luar biasa. Lelah kita Lillahi ta'ala.",
        "Tapi dalam hati saya tetap: Ganjar-Mahfud sat set, ora kakehan janji.",
        "Semoga pekan depan kita tetap sehat dan pelayanan makin baik.",
    ),
)
C(
    "MDN1",
    "2024-10-18T21:00",
    "e12.fb",
    "post",
    para(
        "Unek-unek warga soal parkir Pasar Besar",
        "Tadi pagi mau belanja bumbu, muter tiga kali tidak dapat parkir. Jukir minta Rp 5.000 padahal tarif resmi Rp 2.000. Jalan di sisi barat berlubang, kalau hujan jadi kolam.",
        "Saya sudah lapor lewat aplikasi pengaduan, katanya diteruskan ke dinas terkait. Kita tunggu saja.",
        "Makanya tanggal 27 November nanti saya yakin pilih RADEN, Mas Rahmat sudah terbukti waktu jadi kepala bidang jalan dulu.",
        "Semoga pasar kita makin rapi dan nyaman untuk semua.",
    ),
)
C(
    "MDN2",
    "2024-11-12T20:30",
    "e1.fb",
    "post",
    para(
        "Persiapan Hari Guru Nasional di sekolah kami 🇮🇩",
        "Tahun ini anak-anak kelas 6 menyiapkan drama pendek tentang Ki Hajar Dewantara, kelas 5 membuat kartu ucapan, dan kelas 1 sampai 3 menyanyikan Hymne Guru.",
        "Rundown acara 25 November:\n07.00 upacara\n08.00 pentas seni\n09.30 potong tumpeng\n10.00 foto bersama",
        "Bu Yuliana itu dulu dokter yang rutin periksa gigi gratis di sekolah kami, jadi saya dukung penuh BAYU biar kesehatan anak sekolah diperhatikan.",
        "Terima kasih untuk semua guru yang tetap tulus walau lelah. Kalian hebat!",
    ),
)
C(
    "MDN3",
    "2024-10-20T09:00",
    "e5.fb",
    "post",
    para(
        "Kerja bakti Kelurahan Klegen hari Minggu ini alhamdulillah ramai.",
        "Yang kami kerjakan:\n- Membersihkan saluran air di RW 02 dan RW 05\n- Memangkas pohon yang rawan tumbang\n- Mengecat ulang gapura kampung\n- Pemeriksaan jentik nyamuk dari rumah ke rumah",
        "Terima kasih Pak RT, Pak RW, ibu-ibu PKK dan karang taruna. Konsumsi dari swadaya warga, matur nuwun sanget.",
        "Buat panjenengan yang masih bingung, saya sarankan coblos nomor 3, HEZA sudah janji lapangan kerja untuk anak muda kampung kita.",
        "Minggu depan kita lanjut di RW 07. Salam sehat!",
    ),
)
C(
    "MDN1",
    "2024-10-16T21:15",
    "e8.fb",
    "post",
    para(
        "Alhamdulillah, pengajian rutin malam Kamis di Masjid Al-Ikhlas tadi penuh sekali.",
        "Tema kita malam ini tentang adab bertetangga. Rasulullah mengajarkan agar kita tidak menyakiti tetangga, berbagi makanan walau sedikit, dan saling menjenguk ketika sakit.",
        "Jamaah bertanya banyak hal, mulai dari tetangga yang parkir sembarangan sampai soal hutang piutang. Semua kita jawab dengan dalil dan hikmah.",
        "Semoga Allah memberi Kota Madiun pemimpin yang amanah, dan menurut saya pribadi Mas Rahmat dan Mbak Dewi yang paling pantas, nomor 1.",
        "Sampai jumpa pekan depan. Wassalamu'alaikum.",
    ),
)
C(
    "PRES1",
    "2024-01-29T19:00",
    "e12.fb",
    "post",
    para(
        "Harga beras naik lagi, Bu-ibu 😩",
        "Update harga di Pasar Sleko pagi ini:\n- Beras medium Rp 14.000/kg\n- Minyak goreng Rp 17.500/liter\n- Cabai rawit Rp 60.000/kg\n- Telur Rp 28.000/kg",
        "Uang belanja yang sama sekarang cuma cukup untuk lima hari, bukan seminggu. Akhirnya menu dikurangi, lauk diganti tempe tahu terus.",
        "Yang paling masuk akal soal harga pangan ya Pak Anies, saya dukung AMIN.",
        "Semangat para ibu yang tetap memutar otak di dapur. Kita kuat!",
    ),
)
C(
    "GERINDRA",
    "2025-03-15T17:45",
    "e3.fb",
    "post",
    para(
        "Ramadan hari ke-15 🌙",
        "Alhamdulillah, sore ini ikut bagi-bagi takjil di perempatan Tugu. Ada 300 bungkus kolak dan es buah yang habis dalam setengah jam.",
        "Terima kasih untuk pemuda kampung yang sudah masak dari siang, dan warga yang ikut menyumbang gula dan santan.",
        "Alhamdulillah, sekarang saya juga ikut kegiatan sosial Gerindra di kampung, bangga jadi bagian keluarga besar Gerindra 🦅",
        "Semoga puasa kita diterima. Mohon maaf lahir batin.",
    ),
)
C(
    "PDIP",
    "2024-06-01T10:00",
    "e11.fb",
    "post",
    para(
        "Hari Lahir Pancasila, 1 Juni",
        "Pagi tadi bertugas mendokumentasikan upacara di halaman Balai Kota. Pesertanya lengkap, dari Forkopimda sampai pelajar.",
        "Pancasila bukan sekadar hafalan. Ia harus hidup dalam cara kita melayani warga: adil, beradab, dan gotong royong.",
        "Merdeka! Saya bangga jadi pendukung PDI Perjuangan sejak muda, banteng moncong putih sampai mati 🐂",
        "Selamat Hari Lahir Pancasila untuk kita semua.",
    ),
)

# --- long Facebook group posts with one supporting sentence ------------------------------------
C(
    "PRES2",
    "2024-02-08T09:20",
    "e12.fb",
    "post",
    para(
        "Tips anak tetap fokus belajar menjelang ujian (versi emak yang sudah tiga kali mengalami 😅)",
        "1. Tidur minimal 8 jam, HP disita jam 9 malam.\n2. Sarapan wajib, walau cuma roti dan susu.\n3. Belajar 25 menit, istirahat 5 menit (teknik pomodoro).\n4. Jangan dibanding-bandingkan dengan anak tetangga!",
        "Anak saya yang sulung dulu nilainya naik setelah kami terapkan ini selama sebulan.",
        "PS: Emak-emak yang mau makan siang gratis buat anak, jangan lupa 14 Februari coblos 02 ya 😉",
    ),
    group="grp.ibu",
)
C(
    "MDN2",
    "2024-11-04T15:00",
    "e1.fb",
    "post",
    para(
        "Info PPG Dalam Jabatan gelombang berikutnya untuk guru SD",
        "Berkas yang perlu disiapkan:\n- SK pengangkatan terakhir\n- Ijazah S1 yang sudah dilegalisir\n- Surat keterangan sehat\n- Pakta integritas bermeterai",
        "Pendaftaran lewat akun SIMPKB masing-masing, batasnya akhir bulan. Yang bingung boleh japri saya, nanti kita isi bareng di ruang guru.",
        "Oh iya, titip ya Bapak Ibu, tanggal 27 nanti kita kompak dukung Bu Yuliana, nomor 2, beliau yang janji tunjangan guru naik.",
        "Semangat belajar lagi, Bapak Ibu!",
    ),
    group="grp.guru",
)
C(
    "MDN3",
    "2024-11-01T16:30",
    "e10.fb",
    "post",
    para(
        "INFO REKAYASA LALU LINTAS 🚦",
        "Sehubungan dengan acara Madiun Kampung Pesilat Sabtu 2 November, berlaku rekayasa lalu lintas:\n1. Jl. Pahlawan ditutup pukul 14.00-22.00\n2. Kendaraan dari arah utara dialihkan lewat Jl. Diponegoro\n3. Parkir peserta di Stadion Wilis",
        "Mohon maaf atas ketidaknyamanannya dan patuhi arahan petugas di lapangan.",
        "Salam tiga jari buat yang searah, Madiun Bangkit Bersama! 🙏",
    ),
    group="grp.warga",
)
C(
    "PRES3",
    "2024-01-08T22:30",
    "e9.fb",
    "post",
    para(
        "Catatan Debat Capres Ketiga (pertahanan, hubungan internasional)",
        "Pertama, soal anggaran pertahanan: 01 menyerang soal pembelian alutsista bekas, 02 menjawab dengan data kebutuhan, 03 bicara soal kesejahteraan prajurit. Secara substansi ketiganya punya poin.",
        "Kedua, soal Laut Natuna Utara: jawaban paling konkret menurut saya datang dari 03, dengan usulan penguatan Bakamla dan diplomasi maritim.",
        "Ketiga, gaya debat: 01 paling agresif, 02 paling emosional, 03 paling tenang.",
        "Kesimpulan saya: 03 paling siap, dan saya ikut barisan Ganjar-Mahfud.",
        "Silakan yang berbeda pendapat, kita diskusi dengan santun di kolom komentar.",
    ),
    group="grp.politik",
)
C(
    "PRES1",
    "2024-01-31T20:00",
    "e11.fb",
    "post",
    para(
        "Halo kawan-kawan angkatan 2007!",
        "Reuni akbar kita jadi tanggal 10 Maret di aula sekolah. Iuran Rp 150 ribu sudah termasuk makan dan kaos. Konfirmasi kehadiran ke Dewi atau saya paling lambat akhir Februari.",
        "Terima kasih yang sudah menyumbang untuk renovasi musala sekolah, terkumpul Rp 12,5 juta.",
        "Btw kawan-kawan, saya sekarang #AMINAjaDulu, yang beda pilihan tetap sahabat ya ✌️",
        "Sampai jumpa di reuni!",
    ),
    group="grp.alumni",
)
C(
    "MDN1",
    "2024-10-10T20:15",
    "e3.fb",
    "post",
    para(
        "Assalamualaikum, izin gabung dulu nggih, dulur-dulur.",
        "Saya Eko, warga Kelurahan Nambangan Kidul. Sehari-hari kerja, malam latihan silat di padepokan dekat rumah.",
        "Saya lihat sendiri Mas Rahmat waktu banjir tahun lalu turun langsung bantu warga, tanpa kamera.",
        "Siap jadi bagian Laskar RADEN sampai menang! ☝️",
    ),
    group="MDN1V.fb",
)
C(
    "PRES3",
    "2024-01-27T19:00",
    "e5.fb",
    "post",
    para(
        "Izin share, dulur-dulur relawan.",
        "Posko relawan 03 di Kelurahan Klegen sudah buka, alamat Jl. Kalimantan gang 3, sebelah toko bangunan. Buka setiap malam jam 19.00-22.00.",
        "Saya siap bantu bagi-bagi stiker dan kalender. Ganjar-Mahfud menang!",
    ),
    group="PRES3T.fb",
)
C(
    "MDN3",
    "2024-10-17T13:00",
    "e12.fb",
    "post",
    para(
        "Assalamualaikum, saya warga Kecamatan Taman.",
        "Mau tanya, posko relawan terdekat di mana ya? Saya mau ikut bantu bagi-bagi stiker dan masak untuk konsumsi relawan.",
        "Madiun Bangkit Bersama! 💪",
    ),
    group="MDN3T.fb",
)
C(
    "MDN2",
    "2024-11-25T21:00",
    "e7.fb",
    "post",
    para(
        "Teman-teman KPPS se-Kelurahan Oro-Oro Ombo,",
        "Pengingat: besok pagi jam 08.00 pengambilan perlengkapan TPS di kantor kelurahan. Bawa surat tugas dan fotokopi SK.",
        "Jangan lupa cek ulang daftar pemilih tambahan dan formulir C.Hasil, jangan sampai ada yang kurang.",
        "Btw yang sudah pada capek, semangat! Habis ini kita rayakan kemenangan BAYU ya 😁",
    ),
    group="grp.kpps",
)
C(
    "PRES2",
    "2024-02-09T18:10",
    "e3.fb",
    "post",
    para(
        "INFO KEHILANGAN",
        "Telah hilang dompet coklat berisi KTP, SIM C dan kartu ATM atas nama Sutrisno, sekitar Jl. Cokroaminoto dekat Masjid Agung, Jumat sore.",
        "Bagi yang menemukan mohon hubungi 0812-3xxx-xxxx, ada imbalan sepantasnya.",
        "PS: jangan lupa 14 Februari coblos 02, Prabowo-Gibran! 🇮🇩",
    ),
    group="grp.warga",
)
C(
    "MDN1",
    "2024-11-13T16:00",
    "e8.fb",
    "post",
    para(
        "Undangan Kajian Ahad Pagi",
        "Hari: Ahad, 17 November 2024\nPukul: 06.00-07.30\nTempat: Masjid Baitul Makmur, Kelurahan Taman\nTema: Memilih Pemimpin yang Amanah",
        "Terbuka untuk umum, bapak ibu dan remaja. Ada sarapan bubur ayam setelah kajian.",
        "Setelah kajian kita doakan bersama Mas Rahmat dan Mbak Dewi menang, nomor 1.",
    ),
    group="grp.warga",
)

# --- reported speech, then the writer's own choice -----------------------------------------------
C(
    "PRES2",
    "2024-01-17T20:00",
    "e7.fb",
    "post",
    "Kata tetangga saya, pokoknya 02 menang satu putaran. Saya sih aminin aja, wong saya juga pilih 02 🤭",
)
C(
    "PRES3",
    "2024-02-05T21:00",
    "e5.fb",
    "post",
    "Banyak warga bilang mau coblos 1, ada juga yang 2. Kalau saya tetap 03, sudah dari hati.",
)
C(
    "MDN2",
    "2024-10-27T14:00",
    "e6.ig",
    "post",
    "Ibu-ibu arisan pada bilang BAYU paling peduli posyandu. Saya setuju sekali, Bu Yuliana memang pantas, aku dukung!",
)
C(
    "MDN1",
    "2024-11-19T22:40",
    "e10.x",
    "post",
    "temen kantor bilang HEZA bakal menang. no no no, RADEN sih yang paling layak, fix coblos 1 😤",
)
C(
    "PRES1",
    "2024-02-06T13:00",
    "e9.x",
    "post",
    'Mahasiswa saya tanya, "Pak, njenengan pilih siapa?" Saya jawab jujur: AMIN. Perubahan itu perlu.',
)
C(
    "MDN3",
    "2024-11-15T20:00",
    "e8.fb",
    "post",
    "Jamaah masjid banyak yang tanya, ustadz milih siapa. Saya jawab: Pak Hendra dan Kyai Zainuri, insyaAllah amanah. Nomor 3.",
)
C(
    "PRES2",
    "2024-02-03T21:00",
    "e11.x",
    "post",
    "Bapak saya bilang dulu pilih Pak Prabowo tiga kali kalah. Kali ini saya ikut bapak, 02 harus menang 🇮🇩",
)
C(
    "MDN3",
    "2024-10-31T08:00",
    "e4.x",
    "post",
    "Orang-orang di kantor nanya aku dukung siapa. Jawabanku: Pendekar HEZA, nomor 3, Madiun Bangkit Bersama!",
)

# --- election duty posts that slip into support ------------------------------------------------
C(
    "PRES2",
    "2024-02-13T21:30",
    "e7.fb",
    "post",
    para(
        "Persiapan TPS 12 Kelurahan Oro-Oro Ombo sudah 100% ✅",
        "Logistik yang sudah kami terima dan cek:\n- 5 jenis surat suara (PPWP, DPR, DPD, DPRD Provinsi, DPRD Kota)\n- 5 kotak suara dan 4 bilik\n- Tinta, paku coblos, bantalan\n- Formulir C.Hasil dan C.Salinan",
        "TPS buka jam 07.00. Bawa KTP elektronik dan undangan C Pemberitahuan.",
        "Semoga lancar besok. Dan semoga jagoan saya 02 menang ya hehe ✌️",
    ),
)
C(
    "PRES3",
    "2024-02-12T16:00",
    "e1.fb",
    "post",
    para(
        "Sekolah kami dipakai jadi TPS 05 dan TPS 06 untuk pemilu Rabu nanti.",
        "Hari ini bersama penjaga sekolah kami geser meja kursi, menutup jendela dengan kertas, dan memasang terpal di halaman. Anak-anak libur hari Rabu, masuk kembali Kamis seperti biasa.",
        "Pokoknya besok lusa saya coblos 3, biar guru honorer sejahtera 🙏",
    ),
)
C(
    "MDN2",
    "2024-11-06T18:30",
    "e2.fb",
    "post",
    para(
        "Malam ini tim Diskominfo Kota Madiun menyiarkan langsung Debat Publik Kedua Pilwalkot Madiun 2024.",
        "Jadwal segmen:\n1. Penyampaian visi misi\n2. Pendalaman oleh panelis\n3. Tanya jawab antarpaslon\n4. Pernyataan penutup",
        "Link siaran ada di kanal YouTube Diskominfo Kota Madiun, mulai pukul 19.00 WIB.",
        "Menurut saya Pak Bambang bakal paling mantap malam ini, BAYU for Madiun! 🔥",
    ),
)
C(
    "MDN3",
    "2024-11-02T23:00",
    "e3.fb",
    "post",
    para(
        "Laporan pengamanan kampanye terbuka paslon nomor 3 di Alun-alun Kota Madiun.",
        "Personel Satpol PP yang terlibat 40 orang, dibantu Linmas dan Dishub. Acara selesai pukul 22.15, tidak ada kejadian menonjol. Sampah sudah dibersihkan bersama DLH.",
        "Jujur saya ikut terbawa suasana, Pendekar HEZA memang luar biasa, Madiun Bangkit Bersama!",
    ),
)
C(
    "MDN1",
    "2024-11-26T21:00",
    "e5.fb",
    "post",
    para(
        "Rapat koordinasi PPS dengan KPPS se-Kelurahan Klegen malam ini selesai.",
        "Distribusi logistik ke 18 TPS dimulai besok jam 05.00. Ketua KPPS mohon standby di lokasi masing-masing, dan Linmas sudah berjaga sejak malam ini.",
        "Semoga pemimpin yang terpilih nanti Mas Rahmat, aamiin 🤲",
    ),
)
C(
    "MDN2",
    "2024-11-29T22:00",
    "e6.fb",
    "post",
    para(
        "Rekapitulasi tingkat Kecamatan Taman hari kedua selesai.",
        "Seluruh kotak suara dari 96 TPS sudah dibuka, tidak ada keberatan saksi yang tidak terselesaikan. Terima kasih PPK, Panwascam, saksi, dan aparat keamanan.",
        "Alhamdulillah BAYU unggul di kecamatan kami, memang pilihan terbaik untuk Madiun!",
    ),
)
C(
    "PRES2",
    "2024-02-10T22:00",
    "e4.ig",
    "post",
    "Patroli pengawasan masa tenang dimulai besok, semua APK harus sudah turun. Eh tapi kampanye akbar 02 di GBK tadi keren banget, merinding. Gas 02! 🔥",
)
C(
    "PRES1",
    "2024-01-07T21:10",
    "e2.yt",
    "comment",
    "Mantap Pak Anies, jawabannya paling berbobot malam ini. AMIN!",
    on="kf1",
)
C(
    "MDN3",
    "2024-11-27T21:00",
    "e7.tt",
    "post",
    "Bertugas jadi KPPS TPS 08 dari subuh 💪 capeknya terbayar, pendekar kita menang di TPS ku hehe #HEZA2024",
)
C(
    "PRES3",
    "2024-02-09T20:00",
    "e11.fb",
    "post",
    para(
        "Dulu waktu masih jadi wartawan, saya meliput hampir semua kampanye di eks Karesidenan Madiun. Saya tahu rasanya berdiri berjam-jam di tengah massa, menghitung bendera dan mencatat janji.",
        "Sekarang saya bukan wartawan lagi, jadi boleh dong bilang: saya dukung 03!",
    ),
)
C(
    "MDN1",
    "2024-10-15T20:00",
    "e10.tt",
    "post",
    "ngatur parkir di acara kampanye RADEN di GOR Wilis seharian 🥵 mas Rahmat pas lewat nyapa aku, auto dukung nomor 1 wkwk ☝️",
)
C(
    "MDN2",
    "2024-10-15T19:00",
    "e4.ig",
    "post",
    "Hari ke-20 pengawasan kampanye. Capek tapi seru. Diam-diam aku berdoa semoga nomor 2 menang, Madiun Nyaman Sejahtera 🙏",
)
C(
    "PRES2",
    "2024-01-31T21:00",
    "e5.fb",
    "post",
    para(
        "Laporan kegiatan Kelurahan Klegen bulan Januari 2024:",
        "1. Posyandu balita di 6 pos, 412 balita ditimbang.\n2. Pembentukan KPPS untuk 18 TPS selesai, pelantikan tanggal 25.\n3. Pemutakhiran data penerima bansos.\n4. Kerja bakti rutin Jumat.",
        "Terima kasih atas kerja sama seluruh warga.",
        "Secara pribadi, saya ikut Pak Prabowo. Lanjutkan!",
    ),
)

# --- quotes, replies, comments and shares that endorse ------------------------------------------
C(
    "PRES2",
    "2024-01-22T21:30",
    "e10.x",
    "quote",
    "Setuju 100%! Anak kenyang, belajar tenang. 02 gas!",
    on="pP4",
)
C(
    "PRES3",
    "2024-01-23T07:40",
    "e9.x",
    "quote",
    "Tegas dan jujur. Ini yang saya tunggu dari seorang wapres. Prof Mahfud 🙏 #GanjarMahfud2024",
    on="pP5",
)
C(
    "PRES1",
    "2024-01-10T19:20",
    "e2.x",
    "reply",
    "Mantap pak, lanjutkan perjuangan! Perubahan harga mati.",
    on="pP2",
)
C(
    "PRES1",
    "2024-01-18T11:00",
    "e11.x",
    "quote",
    "Slepet! Petani harus sejahtera, saya bersama AMIN.",
    on="pP6",
)
C(
    "PRES2",
    "2024-01-06T20:45",
    "e12.fb",
    "comment",
    "Sehat selalu Pak Prabowo, kami sekeluarga siap coblos 02 🇮🇩",
    on="pP1",
)
C(
    "PRES3",
    "2024-01-28T18:00",
    "e7.ig",
    "comment",
    "Pak Ganjar satu-satunya yang peduli petani, dukung terus pak ❤️",
    on="pP8",
)
C(
    "PRES1",
    "2024-02-03T19:30",
    "e10.ig",
    "comment",
    "Desak Anies paling keren, beneran dialog dua arah. Fix pilih 1 ☝️",
    on="pP9",
)
C(
    "PRES2",
    "2024-02-04T21:40",
    "e8.yt",
    "comment",
    "Penutup yang menyentuh. Insya Allah 02 menang, Bersama Indonesia Maju!",
    on="pP10",
)
C(
    "PRES3",
    "2024-01-21T19:50",
    "e8.yt",
    "comment",
    "Semoga Pak Ganjar jadi presiden, nakes dan penyuluh honorer menunggu bapak.",
    on="pP14",
)
C(
    "PRES2",
    "2024-02-01T13:00",
    "e3.fb",
    "share",
    "Siap hadir! Sampai jumpa di GBK, Prabowo-Gibran satu putaran!",
    on="pP7",
)
C(
    "PRES3",
    "2024-02-08T20:30",
    "e11.th",
    "reply",
    "Siap pak, tanggal 14 coblos 3, bukan golput 😄",
    on="pP16",
)
C(
    "PRES3",
    "2024-01-15T10:00",
    "e1.fb",
    "share",
    "Ini yang kami para guru tunggu! Ganjar-Mahfud, sat set tas tes! 🙏",
    on="pP17",
)
C(
    "PRES1",
    "2024-02-04T12:00",
    "e12.fb",
    "share",
    "Share biar yang lain tahu. Perubahan dimulai dari kita, #AMINAjaDulu",
    on="pP18",
)
C(
    "PRES2",
    "2024-01-07T08:30",
    "e6.fb",
    "share",
    "Insya Allah lanjutkan. Bapak Ibu warga Kecamatan Taman, yuk kompak 02.",
    on="pP1",
)
C(
    "PRES3",
    "2024-02-07T10:00",
    "e9.x",
    "quote",
    "Rapatkan barisan! Dari Madiun untuk Ganjar-Mahfud 🖐️",
    on="pP11",
)
C(
    "PRES1",
    "2024-01-30T21:00",
    "e4.x",
    "quote",
    "Posko penting biar suara kita aman. Tetap semangat Timnas AMIN, kami bersamamu!",
    on="pP12",
)
C(
    "MDN1",
    "2024-10-02T20:10",
    "e12.fb",
    "comment",
    "Matur nuwun mas Rahmat sampun rawuh. Madiun Maju Berseri! Lanjut nomor 1 👍",
    on="pM1",
)
C(
    "MDN1",
    "2024-10-20T10:00",
    "e6.ig",
    "comment",
    "Setuju sekali mas, ini program yang paling ditunggu. Dukung RADEN!",
    on="pM2",
)
C(
    "MDN2",
    "2024-10-05T21:00",
    "e5.fb",
    "comment",
    "Pak Bambang merakyat, pedagang pasar pada seneng. Madiun Nyaman Sejahtera, gas!",
    on="pM3",
)
C(
    "MDN2",
    "2024-11-06T20:40",
    "e2.yt",
    "comment",
    "Visi misinya paling realistis. Bambang-Yuliana pilihan saya!",
    on="pM4",
)
C(
    "MDN3",
    "2024-10-11T17:00",
    "e3.fb",
    "comment",
    "Salam tiga jari! Siap kawal sampai 27 November 🔥",
    on="pM5",
)
C(
    "MDN3",
    "2024-10-25T09:00",
    "e9.x",
    "quote",
    "Ini yang dibutuhkan anak muda Madiun. Setuju 100%, HEZA layak menang.",
    on="pM6",
)
C(
    "MDN2",
    "2024-10-14T12:00",
    "e7.ig",
    "comment",
    "Sebagai nakes saya dukung penuh ibu 🙏 nomor 2 pokoknya",
    on="pM7",
)
C(
    "MDN1",
    "2024-11-10T18:30",
    "e3.fb",
    "comment",
    "Siap komandan! Laskar RADEN solid sampai menang!",
    on="pM8",
)
C(
    "MDN3",
    "2024-10-30T07:00",
    "e8.fb",
    "comment",
    "Aamiin. Semoga Kyai Zainuri dan Pak Hendra diberi amanah memimpin Madiun lima tahun ke depan.",
    on="pM9",
)
C("MDN2", "2024-11-18T12:30", "e10.ig", "comment", "🙋 siaaap coblos 2!", on="pM10")
C("MDN3", "2024-11-02T20:30", "e10.tt", "comment", "pendekar HEZA gaskeun 🔥🔥", on="pM11")
C(
    "MDN1",
    "2024-10-08T16:00",
    "e12.ig",
    "comment",
    "Mbak Dewi inspirasi perempuan Madiun, UMKM siap menangkan RADEN 💪",
    on="pM12",
)
C("MDN1", "2024-11-20T19:30", "e7.tt", "comment", "siap mas, tgl 27 nyoblos njenengan ☝️", on="pM13")
C(
    "MDN2",
    "2024-10-06T07:00",
    "e12.fb",
    "share",
    "Bagikan ya, ini calon yang benar-benar turun ke pasar. Saya pilih BAYU.",
    on="pM3",
)
C(
    "MDN3",
    "2024-10-30T08:00",
    "e5.fb",
    "share",
    "Pemimpin yang dekat dengan ulama. Insya Allah HEZA, nomor 3.",
    on="pM9",
)
C(
    "MDN3",
    "2024-11-05T09:00",
    "e2.fb",
    "comment",
    "Yang paling masuk akal soal banjir ya HEZA. Nomor 3 wes, ra usah mikir.",
    on="nw5",
)
C(
    "PRES2",
    "2024-01-07T09:00",
    "e4.fb",
    "comment",
    "Malam ini 02 pasti menang debat, gemoy tapi cerdas 😁",
    on="nw1",
)
C(
    "PRES1",
    "2024-01-07T10:00",
    "e1.fb",
    "comment",
    "Pak Anies paling jago debat, sudah pasti saya AMIN",
    on="nw1",
)
C(
    "MDN2",
    "2024-11-27T16:30",
    "e11.x",
    "quote",
    "Alhamdulillah! Sesuai harapan saya sejak awal, BAYU menang untuk Madiun 🙏",
    on="nw4",
)

# --- legislative candidates and parties (parties: any time) ------------------------------------
C(
    "CAL1 PKB",
    "2024-01-25T20:00",
    "e8.fb",
    "comment",
    "Bu Nurul, insya Allah jamaah kami siap mendukung. Nomor 4 PKB!",
    on="pL1",
)
C(
    "PKB",
    "2024-02-09T20:00",
    "e5.fb",
    "post",
    para(
        "Musyawarah warga RW 04 malam ini membahas tiga hal:",
        "1. Iuran kebersihan naik Rp 2.000 mulai Maret.\n2. Jadwal ronda diperbarui, setiap KK wajib satu malam per bulan.\n3. Persiapan peringatan Isra Mi'raj di musala.",
        "Alhamdulillah semua disepakati tanpa ribut.",
        "Untuk DPR nanti saya titip satu: PKB, partainya para kyai. #PKBMenang",
    ),
)
C(
    "CAL2 NASDEM",
    "2024-02-02T11:00",
    "e6.ig",
    "comment",
    "Mas Agus teman sekolah anak saya, orangnya jujur. Dukung nomor 1 NasDem!",
    on="pL9",
)
C(
    "GOLKAR",
    "2023-12-12T13:00",
    "e10.x",
    "reply",
    "Golkar selalu di hati 💛 #GolkarMenang",
    on="pL6",
)
C(
    "PKS",
    "2025-01-15T12:00",
    "e12.fb",
    "comment",
    "Terima kasih relawan PKS, selalu hadir. PKS memang partai yang peduli, saya dukung terus!",
    on="pL5",
)
C("PSI", "2025-05-20T20:00", "e10.x", "quote", "udah daftar dong 🌹 PSI the best, gas!", on="pL8")
C(
    "PDIP",
    "2024-06-01T09:00",
    "e11.x",
    "quote",
    "Merdeka! Bangga jadi banteng 🐂 #PDIPerjuangan",
    on="pL3",
)
C(
    "DEMOKRAT",
    "2023-07-20T21:00",
    "e9.fb",
    "post",
    para(
        "Sepuluh tahun lalu saya menulis tesis tentang desentralisasi fiskal. Membaca ulang draf itu malam ini rasanya lucu sekaligus haru: tabelnya berantakan, kutipannya terlalu panjang.",
        "Tapi ada satu hal yang tidak berubah: keyakinan bahwa daerah harus diberi ruang mengatur dirinya sendiri.",
        "Dan soal partai, dari dulu saya konsisten: Demokrat. Tahun depan pun saya tetap dukung Demokrat.",
        "Selamat malam, para pejuang tesis.",
    ),
)
C(
    "GERINDRA",
    "2024-09-10T10:00",
    "e4.x",
    "reply",
    "Siap daftar! Gerindra menang terus 🦅",
    on="pL4",
)

# --- questions, hypotheticals and rhetoric that carry the writer's own choice ------------------
C(
    "PRES3",
    "2024-02-06T20:00",
    "e7.fb",
    "post",
    "Siapa yang mau pilih nomor 3? Angkat tangan 🙋‍♀️ Saya duluan!",
)
C(
    "PRES2",
    "2024-01-30T19:00",
    "e10.tt",
    "post",
    "kalau 02 menang, makan siang gratis beneran jalan. makanya aku pilih 02 😋",
)
C(
    "MDN3",
    "2024-10-26T20:00",
    "e6.fb",
    "post",
    "Kalau bukan HEZA, siapa lagi yang berani janji 5.000 lowongan kerja? Saya mantap nomor 3.",
)
C(
    "MDN1",
    "2024-11-08T19:00",
    "e1.ig",
    "post",
    "Masih ragu? Coba lihat rekam jejak Mas Rahmat. Saya sih sudah yakin, nomor 1 ☝️",
)
C(
    "PRES1",
    "2024-02-07T21:00",
    "e12.fb",
    "post",
    "Apa salahnya mencoba perubahan? Saya pilih perubahan, saya pilih Anies-Muhaimin.",
)

# --- more long posts ------------------------------------------------------------------------------
C(
    "PRES3",
    "2024-01-19T21:00",
    "e12.fb",
    "post",
    para(
        "Curhat biaya sekolah anak 😮‍💨",
        "Si sulung masuk SMA tahun ini, si tengah SMP kelas 8, si bungsu masih TK. Rincian bulanan kami:\n- SPP dan uang kegiatan: Rp 450 ribu\n- Les bahasa Inggris: Rp 200 ribu\n- Uang saku dan transport: Rp 600 ribu\n- Buku dan seragam (dicicil): Rp 150 ribu",
        "Belum lagi nanti kalau kuliah. Rasanya kepala mau pecah.",
        "Makanya saya pilih Ganjar-Mahfud, sekolah gratis 12 tahun dan KIP Kuliah diperluas.",
        "Semangat para orang tua, rezeki anak sudah ada yang mengatur.",
    ),
)
C(
    "PRES1",
    "2024-01-13T20:00",
    "e6.fb",
    "post",
    para(
        "Buku yang saya baca bulan ini 📚",
        "1. Laskar Pelangi (baca ulang, tetap menangis di bab yang sama)\n2. Filosofi Teras, pelan-pelan, satu bab sehari\n3. Sapiens, belum selesai, baru sampai revolusi pertanian",
        "Target bulan depan: dua buku lagi, dan mengurangi scroll media sosial sebelum tidur.",
        "Oh ya, dari semua yang saya baca dan dengar, pilihan saya tetap Anies-Muhaimin, nomor 1.",
        "Ada rekomendasi buku lain? Tulis di komentar ya.",
    ),
)
C(
    "MDN2",
    "2024-11-16T21:30",
    "e11.fb",
    "post",
    para(
        "Enam tahun lalu saya meliput Pilwalkot Madiun sebagai wartawan. Saya ingat betul debat di gedung yang AC-nya mati, kandidat berkeringat, dan penonton yang sibuk makan kacang.",
        "Sebagai wartawan, saya dilatih untuk menahan pendapat. Menulis apa yang terlihat, bukan apa yang diinginkan.",
        "Kali ini saya tidak meliput, saya memilih: Pak Bambang dan dr. Yuliana. Nomor 2.",
        "Semoga pilkada kali ini damai dan jujur.",
    ),
)
C(
    "MDN3",
    "2024-10-29T21:00",
    "e9.fb",
    "post",
    para(
        "Membaca data ekonomi Kota Madiun 2023",
        "Beberapa angka yang menarik:\n- Pertumbuhan ekonomi 5,1%\n- Tingkat pengangguran terbuka 5,8%, tertinggi pada usia 20-24 tahun\n- Kontribusi sektor perdagangan 24% PDRB",
        "Artinya masalah utama kota ini adalah lapangan kerja untuk lulusan muda. Infrastruktur dan kesehatan penting, tapi bukan itu yang paling mendesak.",
        "Dari semua program paslon, hanya HEZA yang menjawab data ini. Saya mendukung nomor 3.",
        "Data lengkap bisa dilihat di publikasi BPS Kota Madiun.",
    ),
)
C(
    "MDN1",
    "2024-10-23T22:00",
    "e7.fb",
    "post",
    para(
        "Cerita jaga malam di puskesmas",
        "Tahun lalu ada ibu hamil datang jam 2 pagi dengan perdarahan. Ambulans sedang dipakai, kami bingung harus bagaimana.",
        "Tiba-tiba datang mobil pribadi, yang menyetir Mbak Dewi, yang waktu itu masih pengurus PKK kelurahan. Beliau antar sendiri ke RSUD tanpa banyak bicara. Ibu dan bayinya selamat.",
        "Sejak itu saya ngefans. RADEN sampai menang! ☝️",
    ),
)
C(
    "MDN2",
    "2024-10-21T22:00",
    "e3.fb",
    "post",
    para(
        "Curhat anggota Satpol PP",
        "Orang pikir tugas kami cuma mengusir PKL. Padahal setiap penertiban kami harus berhadapan dengan ibu-ibu yang menangis karena dagangannya satu-satunya penghasilan keluarga.",
        "Kami juga manusia. Kami ingin ada relokasi yang manusiawi, tempat yang ramai pembeli, bukan pasar kosong di pinggir kota.",
        "Pak Bambang janji relokasi PKL yang manusiawi. Itu alasan saya dukung BAYU.",
    ),
)
C(
    "PRES2",
    "2024-02-02T21:00",
    "e9.th",
    "post",
    "1/ Thread singkat soal keberlanjutan kebijakan.\n2/ Pembangunan infrastruktur butuh waktu lebih dari lima tahun, ganti arah di tengah jalan itu mahal.\n3/ Hilirisasi nikel baru mulai terasa hasilnya.\n4/ Kesimpulan pribadi: saya pilih 02 karena keberlanjutan.",
)
C(
    "PRES3",
    "2024-01-22T22:00",
    "e11.th",
    "post",
    "Thread: pengalaman saya meliput debat-debat pemilu sejak 2014. Dari semua debat itu, yang paling jujur menjawab tanpa teks malam tadi adalah Mahfud MD. Buat saya pribadi, 03 pilihan saya.",
)
C(
    "PRES1",
    "2024-02-07T20:00",
    "e4.fb",
    "post",
    para(
        "Ibu baru pulang umrah, alhamdulillah sehat 🕋",
        "Oleh-olehnya kurma ajwa, air zamzam dan sajadah untuk semua cucu. Ibu cerita banyak tentang antrean di Raudhah dan rombongan dari Madiun yang kompak.",
        "Bapak ibu saya juga AMIN, kami sekeluarga satu suara ☝️",
        "Semoga tahun depan giliran saya ke Tanah Suci, aamiin.",
    ),
)
C(
    "MDN1",
    "2024-10-24T22:30",
    "e2.x",
    "post",
    "Thread hasil nonton debat pertama:\n1/ RADEN unggul di isu infrastruktur\n2/ BAYU kuat di kesehatan\n3/ HEZA soal lapangan kerja\n4/ Kalau saya? Tetep RADEN, Madiun Maju Berseri! ☝️",
)
C(
    "MDN2",
    "2024-11-01T20:00",
    "e9.th",
    "post",
    "Buat yang tanya ke saya, saya di Bambang-Yuliana. Alasan: program kesehatan paling konkret dan terukur.",
)


# ============================================================================================
# N: close, but not campaigning
# ============================================================================================

# --- long posts that discuss, compare or report without choosing --------------------------------
N(
    "2024-01-08T22:45",
    "e9.fb",
    "post",
    para(
        "Catatan akademik Debat Capres Ketiga",
        "Saya mencoba membaca debat semalam dengan tiga kacamata: substansi, konsistensi, dan gaya.",
        "Substansi: 01 menekankan etika dan transparansi pengadaan alutsista, 02 menekankan kesiapan dan kebutuhan riil pertahanan, 03 menekankan kesejahteraan prajurit dan diplomasi maritim.",
        "Konsistensi: ketiganya punya rekam jejak yang bisa diuji. Silakan cek pernyataan mereka lima tahun terakhir, banyak arsipnya.",
        "Gaya: 01 menyerang, 02 bertahan dengan emosi, 03 tenang tapi kurang tajam.",
        "Saya tidak akan memberi tahu pilihan saya. Sebagai ASN, saya netral, dan keputusan ada di bilik suara masing-masing.",
    ),
)
N(
    "2024-01-30T21:00",
    "e11.fb",
    "post",
    para(
        "Pengalaman meliput kampanye akbar Pilpres 2019",
        "Waktu itu saya ditugaskan kantor meliput kampanye akbar dua kubu dalam dua minggu berturut-turut. Massanya sama-sama besar, sama-sama bersemangat, dan sama-sama meninggalkan sampah yang tidak sedikit.",
        "Yang saya pelajari: jumlah massa di lapangan bukan ukuran suara di TPS. Banyak yang datang karena diajak teman, ada juga yang datang karena penasaran artisnya.",
        "Sekarang saya ASN. Pilihan saya simpan rapat-rapat di bilik suara tanggal 14 nanti.",
    ),
)
N(
    "2024-02-09T05:00",
    "e8.fb",
    "post",
    para(
        "Memilih pemimpin menurut Islam",
        "Para ulama menyebut empat sifat yang harus dimiliki pemimpin: shiddiq (jujur), amanah (dapat dipercaya), tabligh (menyampaikan) dan fathanah (cerdas).",
        "Tanggal 14 Februari nanti kita akan memilih presiden, wakil presiden dan wakil rakyat. Gunakan hak pilih dengan ilmu, bukan karena amplop.",
        "Siapa pun yang menang, dia tetap pemimpin kita bersama. Jangan sampai perbedaan pilihan memutus silaturahmi. Aamiin ya rabbal 'alamin.",
    ),
)
N(
    "2024-01-20T20:00",
    "e1.fb",
    "post",
    para(
        "Catatan guru: membandingkan program pendidikan tiga paslon",
        "01: penguatan guru dan kurikulum, beasiswa, pembenahan PPDB.\n02: makan siang dan susu gratis, renovasi sekolah.\n03: sekolah gratis 12 tahun, satu desa satu faskes, guru honorer diangkat.",
        "Semua terdengar bagus di atas kertas. Pertanyaannya selalu sama: anggarannya dari mana dan bagaimana pelaksanaannya di sekolah seperti tempat saya mengajar?",
        "Silakan Bapak Ibu guru menilai sendiri. Saya hanya merangkum.",
    ),
)
N(
    "2024-01-14T19:00",
    "e12.fb",
    "post",
    para(
        "Perjalanan Madiun-Ponorogo tadi siang 🚗",
        "Jalan mulus sampai Dolopo, setelah itu banyak lubang. Yang bikin geleng-geleng: baliho 01, 02, 03 dan caleg dari segala partai menutupi rambu lalu lintas di tikungan.",
        "Kami hampir salah belok karena papan petunjuk arah tertutup spanduk. Semoga Bawaslu dan Satpol PP segera menertibkan.",
        "Sampai Ponorogo, sate ayam Pak Tukri tetap juara 👍",
    ),
)
N(
    "2024-09-02T10:00",
    "e6.fb",
    "post",
    para(
        "PENGUMUMAN",
        "Dibuka pendaftaran anggota PPS untuk Pemilihan Wali Kota dan Wakil Wali Kota Madiun 2024 di wilayah Kecamatan Taman.",
        "Syarat:\n1. WNI, usia minimal 17 tahun\n2. Berdomisili di kelurahan setempat\n3. Tidak menjadi anggota partai politik\n4. Sehat jasmani dan rohani",
        "Berkas diserahkan ke sekretariat PPK di Kantor Kecamatan Taman paling lambat 10 September.",
    ),
)
N(
    "2024-10-24T21:00",
    "e9.fb",
    "post",
    para(
        "Catatan debat pertama Pilwalkot Madiun",
        "RADEN paling kuat di isu infrastruktur dan drainase, datanya rinci. BAYU paling kuat di isu kesehatan, wajar karena calon wakilnya dokter. HEZA paling berani di isu lapangan kerja, tapi rincian anggarannya belum jelas.",
        "Tidak ada yang sempurna. Ketiganya punya pekerjaan rumah untuk debat kedua.",
        "Silakan warga menimbang sendiri. Saya hanya menulis catatan sebagai pengamat kebijakan.",
    ),
)
N(
    "2024-11-21T21:00",
    "e11.fb",
    "post",
    para(
        "Catatan dari sisi lapangan: tiga kampanye akbar dalam satu bulan",
        "Pekan ini saya bertugas mendokumentasikan kegiatan Pj Wali Kota yang kebetulan berdekatan dengan kampanye akbar paslon 1, 2 dan 3.",
        "Yang saya catat:\n- Kampanye paslon 1: massa dari utara kota, tertib.\n- Kampanye paslon 2: banyak ibu-ibu dan lansia, ada posko kesehatan.\n- Kampanye paslon 3: banyak anak muda dan perguruan silat, sound system paling kencang.",
        "Sampah di alun-alun sesudahnya kurang lebih sama banyaknya. PR kita bersama.",
    ),
)
N(
    "2024-11-06T18:00",
    "e2.fb",
    "post",
    para(
        "Malam ini Diskominfo Kota Madiun menyiarkan langsung Debat Publik Kedua Pilwalkot Madiun 2024.",
        "Segmen:\n1. Visi misi\n2. Pendalaman oleh panelis\n3. Tanya jawab antarpaslon\n4. Pernyataan penutup",
        "Paslon 1 RADEN, paslon 2 BAYU, paslon 3 HEZA. Tonton, dengarkan, dan nilai sendiri. Link ada di kolom komentar.",
    ),
)
N(
    "2024-11-09T23:00",
    "e3.fb",
    "post",
    para(
        "Pengamanan kampanye terbuka paslon nomor 1 di GOR Wilis berjalan lancar.",
        "Personel Satpol PP 35 orang, dibantu Linmas dan Dishub. Massa bubar pukul 21.30 dengan tertib. Satu anak sempat terpisah dari orang tuanya, sudah kami pertemukan kembali.",
        "Terima kasih semua pihak. Kami netral, tugas kami menjaga ketertiban siapa pun paslonnya.",
    ),
)
N(
    "2024-02-13T20:00",
    "e7.fb",
    "post",
    para(
        "Persiapan TPS 12 Kelurahan Oro-Oro Ombo",
        "Surat suara yang akan diterima pemilih besok:\n- Abu-abu: Presiden dan Wakil Presiden (01, 02, 03)\n- Kuning: DPR RI\n- Merah: DPD\n- Biru: DPRD Provinsi\n- Hijau: DPRD Kota",
        "Bawa KTP elektronik dan undangan C Pemberitahuan. Lansia dan disabilitas akan kami dahulukan.",
    ),
)
N(
    "2024-02-12T15:00",
    "e1.fb",
    "post",
    para(
        "Pengumuman untuk wali murid kelas 3",
        "Sekolah kami dipakai sebagai TPS 05 dan TPS 06 pada hari Rabu, 14 Februari. Kegiatan belajar diliburkan dan dimulai kembali hari Kamis.",
        "Mohon anak-anak tidak bermain di area TPS. Terima kasih atas pengertiannya.",
    ),
)
N(
    "2024-09-20T09:00",
    "e5.fb",
    "post",
    para(
        "Pengumuman Daftar Pemilih Sementara (DPS) Pilwalkot Madiun 2024, Kelurahan Klegen.",
        "DPS dapat dilihat di papan pengumuman kantor kelurahan dan di setiap RT. Warga yang belum terdaftar atau datanya salah silakan melapor ke sekretariat PPS dengan membawa KTP dan KK.",
        "Masa tanggapan masyarakat sampai 28 September.",
    ),
)
N(
    "2024-11-29T23:30",
    "e6.fb",
    "post",
    para(
        "Hasil rekapitulasi tingkat Kecamatan Taman, Pilwalkot Madiun 2024:",
        "Paslon 1: 12.345 suara\nPaslon 2: 13.210 suara\nPaslon 3: 9.876 suara\nSuara tidak sah: 412",
        "Disaksikan saksi ketiga paslon dan Panwascam. Berita acara sudah ditandatangani. Terima kasih semua pihak.",
    ),
)
N(
    "2024-10-15T10:00",
    "e4.fb",
    "post",
    para(
        "Sosialisasi netralitas ASN, Pilwalkot Madiun 2024",
        "ASN dilarang:\n- like, komen, share atau follow akun paslon dan tim kampanye\n- foto dengan pose jari yang menunjukkan dukungan\n- memakai atau membagikan tagar seperti #RADENMenang, #BAYUuntukMadiun atau #HEZA2024\n- hadir di kampanye dengan atribut",
        "Pelanggaran bisa dilaporkan ke Bawaslu Kota Madiun dengan menyertakan tautan dan tangkapan layar.",
    ),
)
N(
    "2024-10-28T16:00",
    "e4.x",
    "post",
    "Patroli siber hari ini: 12 konten dilaporkan, termasuk baliho paslon 3 yang dipaku di pohon perindang Jl. Pahlawan. Sudah diteruskan ke Satpol PP.",
)
N(
    "2024-11-15T14:00",
    "e10.fb",
    "post",
    para(
        "INFO REKAYASA LALU LINTAS 🚦",
        "Kampanye akbar paslon nomor 2 Minggu, 17 November 2024:\n1. Jl. Pahlawan ditutup 07.00-12.00\n2. Kendaraan dari Jl. Cokroaminoto dialihkan lewat Jl. Agus Salim\n3. Parkir peserta di Stadion Wilis dan halaman GOR",
        "Mohon maaf atas ketidaknyamanannya.",
    ),
    group="grp.warga",
)
N(
    "2024-01-07T18:00",
    "e2.x",
    "post",
    "Link nobar live debat capres ketiga malam ini di kanal YouTube Diskominfo Kota Madiun, mulai 19.00. Tonton bareng di Balai Kota juga bisa.",
)
N(
    "2024-09-24T14:00",
    "e11.fb",
    "post",
    para(
        "Pj Wali Kota Madiun menghadiri Deklarasi Kampanye Damai Pilwalkot Madiun 2024 di Alun-alun.",
        "Ketiga paslon, yaitu Rahmat Hidayatullah-Dewi Sekarwangi, Bambang Sutrisno-Yuliana Pertiwi dan Hendra Kusuma Wijaya-Ahmad Zainuri, menandatangani ikrar kampanye damai tanpa hoaks dan politik uang.",
        "Pj Wali Kota menegaskan ASN Pemkot Madiun wajib netral.",
    ),
)

# --- reported opinions of others, polls and surveys ----------------------------------------------
N(
    "2024-01-17T21:00",
    "e7.fb",
    "post",
    "Kata tetangga saya, pokoknya 02 menang satu putaran. Ya sudah, kita lihat saja tanggal 14 😅",
)
N(
    "2024-11-22T20:00",
    "e5.fb",
    "post",
    "Banyak warga bilang mau coblos 1, ada yang 2, ada yang 3. Intinya datang ke TPS tanggal 27 dan jangan golput. Pilihan bebas, rahasia.",
)
N(
    "2024-01-25T20:00",
    "e12.fb",
    "post",
    "Grup WA keluarga rame debat 01 vs 02 vs 03, sampai om saya left group 🤣 Politik boleh beda, keluarga tetap satu.",
)
N(
    "2024-11-01T19:00",
    "e8.fb",
    "post",
    'Ada jamaah yang bilang ke saya "pokoknya HEZA", ada yang "RADEN harga mati". Saya bilang: masjid bukan tempat kampanye, silakan diskusi di warung kopi.',
)
N(
    "2024-01-29T10:00",
    "e9.x",
    "post",
    "Survei terbaru: 02 di 45%, 01 di 25%, 03 di 20%, margin of error 2,9%. Yang menarik justru 10% swing voters yang belum menentukan.",
)
N(
    "2024-02-05T22:00",
    "e11.x",
    "post",
    'Kata sopir ojol tadi, "Mas, pokoknya Prabowo." Kata ibu warung, "Ganjar." Kata mahasiswa di kafe, "Anies." Kota ini beneran terbelah tiga.',
)
N(
    "2024-10-27T15:00",
    "e6.ig",
    "post",
    "Ibu-ibu PKK katanya mau kompak pilih BAYU. Saya cuma mengingatkan, kegiatan PKK jangan dipakai untuk kampanye ya bu, siapa pun paslonnya.",
)
N(
    "2024-11-19T22:50",
    "e10.x",
    "post",
    "temen kantor bilang HEZA bakal menang. yaudah terserah, aku mah pusing mikir parkiran alun-alun",
)
N(
    "2024-02-06T20:30",
    "e7.fb",
    "post",
    "Siapa yang mau pilih nomor 3? Nomor 2? Nomor 1? Ini cuma survei kecil-kecilan buat tugas kuliah adik saya jurusan statistika, jawab di komentar ya 🙏",
)
N(
    "2024-11-12T12:00",
    "e4.x",
    "post",
    "Warga melapor ada yang membagikan amplop atas nama paslon 1 di Kelurahan Kanigoro. Sedang kami klarifikasi, belum tentu benar.",
)

# --- negation, hypotheticals and irony -------------------------------------------------------------
N(
    "2024-02-01T21:00",
    "e12.fb",
    "post",
    "Saya tidak akan memilih 01. Alasannya pribadi, tidak perlu didebat.",
)
N(
    "2024-01-24T20:00",
    "e10.x",
    "post",
    "kalau 01 menang, harga naik? kalau 02 menang, utang naik? kalau 03 menang, apa yang naik? semua kemungkinan aja sih, yang pasti gaji ku nggak naik 🙃",
)
N(
    "2024-01-23T12:00",
    "e10.x",
    "post",
    "wah hebat ya 02, makan siang gratis buat semua, uangnya tinggal metik di pohon 🙃",
)
N(
    "2024-10-28T18:00",
    "e11.x",
    "post",
    "Luar biasa sekali baliho paslon 3 di perempatan Jl. Pahlawan, saking besarnya lampu lalu lintas sampai tidak kelihatan 👏👏",
)
N(
    "2024-01-20T08:00",
    "e12.fb",
    "post",
    "Mantap sekali politik kita. Kemarin musuhan, hari ini koalisi, besok apa lagi. Salut 👏",
)
N(
    "2024-01-22T07:00",
    "e9.th",
    "post",
    "Debat semalam: 01 menjawab pertanyaan yang tidak ditanya, 02 joget, 03 membaca teks. Luar biasa demokrasi kita 🙂",
)
N(
    "2024-11-07T20:00",
    "e1.fb",
    "post",
    "Seandainya paslon nomor 2 menang, apakah janji tunjangan guru itu benar-benar bisa dibayar dari APBD? Ada yang bisa hitung? Saya serius bertanya.",
)
N(
    "2024-10-30T19:00",
    "e2.x",
    "post",
    "Tiga paslon, tiga janji beasiswa, nol penjelasan sumber anggaran. Mantap.",
)

# --- quotes, replies, comments and shares that criticise or ask ----------------------------------
N(
    "2024-01-22T22:00",
    "e9.x",
    "quote",
    "Anggarannya dari mana, Mas? Rp 400 triliun per tahun itu bukan angka kecil. Mohon rinciannya.",
    on="pP4",
)
N(
    "2024-01-10T20:00",
    "e2.x",
    "reply",
    "Pak, rencana konkret soal harga beras bagaimana? Kami butuh angka, bukan slogan.",
    on="pP2",
)
N(
    "2024-01-23T08:00",
    "e11.x",
    "quote",
    "Pertanyaannya: kenapa baru bilang sekarang, Prof?",
    on="pP5",
)
N(
    "2024-01-18T12:00",
    "e10.x",
    "quote",
    "slepetnomics itu apa sih sebenernya? ada yang bisa jelasin tanpa jargon?",
    on="pP6",
)
N(
    "2024-01-06T21:00",
    "e12.fb",
    "comment",
    "Pak, jalan depan rumah saya di Madiun rusak sejak 2020. Siapa pun presidennya nanti, tolong diperhatikan.",
    on="pP1",
)
N(
    "2024-01-28T19:00",
    "e7.ig",
    "comment",
    "Harga pupuk gimana pak? Petani di desa saya kesulitan.",
    on="pP8",
)
N(
    "2024-02-03T20:00",
    "e10.ig",
    "comment",
    "Desak Anies kemarin di kampus saya, parkirnya kacau banget sampai jalan macet. Mohon panitia dievaluasi.",
    on="pP9",
)
N(
    "2024-02-04T22:00",
    "e8.yt",
    "comment",
    "Semua paslon semoga sehat. Siapa pun yang menang, semoga amanah.",
    on="pP10",
)
N(
    "2024-01-21T20:00",
    "e8.yt",
    "comment",
    "Bagaimana nasib PPPK paruh waktu pak? Mohon dijawab.",
    on="pP14",
)
N(
    "2024-02-01T14:00",
    "e3.fb",
    "share",
    "Buat saudara yang di Jakarta, hindari Senayan tanggal 10, pasti macet total.",
    on="pP7",
)
N(
    "2024-02-08T21:00",
    "e11.th",
    "reply",
    "Pak, data golput anak muda di 2019 berapa persen? Penasaran.",
    on="pP16",
)
N(
    "2024-02-07T11:00",
    "e4.x",
    "quote",
    "Mengingatkan: masa kampanye berakhir 10 Februari, masa tenang 11-13 Februari. Relawan semua paslon mohon patuhi aturan.",
    on="pP11",
)
N(
    "2024-01-30T22:00",
    "e11.x",
    "quote",
    "Posko pengaduan bagus, tapi laporan resmi tetap harus ke Bawaslu ya, lengkap dengan bukti.",
    on="pP12",
)
N(
    "2024-01-22T22:30",
    "e10.x",
    "reply",
    "anak saya alergi susu sapi, nanti ada pilihan lain nggak pak? 🙏",
    on="pP4",
)
N(
    "2024-01-12T09:00",
    "e2.x",
    "reply",
    "Pak, guru PPPK juga menunggu kepastian tunjangan. Jangan cuma honorer.",
    on="pP3",
)
N(
    "2024-01-15T11:00",
    "e1.fb",
    "share",
    "Menarik. Bapak Ibu guru, bandingkan juga dengan program pendidikan paslon lain sebelum memutuskan.",
    on="pP17",
)
N(
    "2024-01-07T11:00",
    "e4.fb",
    "comment",
    "Jadwalnya jam berapa? Nobar di Balai Kota ada lagi?",
    on="nw1",
)
N(
    "2024-01-07T21:20",
    "e2.yt",
    "comment",
    "Mohon maaf, audio sempat putus di menit 47. Sudah kami perbaiki.",
    on="kf1",
)
N(
    "2024-10-02T21:00",
    "e12.fb",
    "comment",
    "Mas, kampanye di Klegen kemarin sound system-nya sampai jam 10 malam, anak saya tidak bisa tidur. Mohon ditertibkan.",
    on="pM1",
)
N(
    "2024-10-20T11:00",
    "e6.ig",
    "comment",
    "Kriterianya bagaimana mas? Semoga tidak hanya untuk keluarga pendukung.",
    on="pM2",
)
N(
    "2024-10-05T22:00",
    "e5.fb",
    "comment",
    "Pak, lapak pedagang sisi timur Pasar Besar bocor kalau hujan. Semoga siapa pun wali kotanya nanti memperhatikan.",
    on="pM3",
)
N(
    "2024-11-06T19:50",
    "e2.yt",
    "comment",
    "Audio live-nya putus-putus di menit 12, mohon dicek tim teknis.",
    on="pM4",
)
N(
    "2024-10-11T18:00",
    "e3.fb",
    "comment",
    "Mohon relawan tidak konvoi pakai knalpot brong ya pak, warga terganggu dan kami kewalahan.",
    on="pM5",
)
N(
    "2024-10-25T10:00",
    "e9.x",
    "quote",
    "5.000 lowongan dari mana? Mohon rincian sektor dan sumber anggarannya, biar bisa diuji.",
    on="pM6",
)
N(
    "2024-10-14T13:00",
    "e7.ig",
    "comment",
    "Bu, honor kader posyandu masih Rp 50 ribu per bulan. Mohon diperjuangkan, siapa pun yang nanti terpilih.",
    on="pM7",
)
N(
    "2024-11-10T19:00",
    "e3.fb",
    "comment",
    "Mohon kegiatan relawan tidak menutup jalan tanpa izin ya.",
    on="pM8",
)
N(
    "2024-10-30T07:30",
    "e8.fb",
    "comment",
    "Aamiin ya Allah, semoga Madiun diberkahi dan pilkadanya damai.",
    on="pM9",
)
N(
    "2024-11-18T13:00",
    "e10.ig",
    "comment",
    "min, TPS 5 Kelurahan Taman pindah ke mana ya?",
    on="pM10",
)
N(
    "2024-11-02T21:00",
    "e10.tt",
    "comment",
    "alun-alun jadi banyak sampah habis acara ini 😭",
    on="pM11",
)
N(
    "2024-10-08T17:00",
    "e12.ig",
    "comment",
    "Bu, pendampingannya daftar di mana? Saya punya UMKM keripik tempe.",
    on="pM12",
)
N(
    "2024-11-20T20:00",
    "e7.tt",
    "comment",
    "mas, baliho-balihonya tolong dibersihkan habis tanggal 27 ya 🙏",
    on="pM13",
)
N(
    "2024-10-06T08:00",
    "e12.fb",
    "share",
    "Buat bahan pertimbangan, ini program paslon 2. Program paslon 1 dan 3 nanti saya share juga biar adil.",
    on="pM3",
)
N("2024-10-30T09:00", "e5.fb", "share", "Info subuh berjamaah, terbuka untuk umum.", on="pM9")
N(
    "2024-11-05T10:00",
    "e12.fb",
    "comment",
    "Semua paslon janji atasi banjir, tiap tahun juga begitu. Rumah saya tetap kebanjiran 😩",
    on="nw5",
)
N(
    "2024-11-27T17:00",
    "e2.x",
    "quote",
    "Tunggu hasil resmi KPU ya, hitung cepat internal belum tentu akurat.",
    on="nw4",
)
N(
    "2024-10-17T11:00",
    "e12.ig",
    "comment",
    "Mantap pak Pj, lanjutkan kerja nyatanya! Semoga sebelum musim hujan sudah beres, rumah kami langganan banjir 🙏",
    on="pO1",
)
N(
    "2024-10-17T12:00",
    "e5.fb",
    "post",
    "Terima kasih Pak Pj Wali Kota sudah meninjau normalisasi kali. Warga bantaran sangat berharap.",
)

# --- legislative candidates and parties, without support ----------------------------------------
N("2024-02-02T12:00", "e6.ig", "comment", "Mas Agus, reuni SMA jadi tanggal berapa? 😄", on="pL9")
N("2023-12-12T14:00", "e10.x", "reply", "suara rakyat apa suara elite? 🙃", on="pL6")
N(
    "2025-01-15T13:00",
    "e12.fb",
    "comment",
    "Jalan di Madiun selatan masih tergenang, mohon info posko bantuan mana saja yang buka.",
    on="pL5",
)
N(
    "2025-05-20T21:00",
    "e10.x",
    "quote",
    "partai super terbuka tapi kok pengurusnya itu-itu aja 🫠",
    on="pL8",
)
N(
    "2024-06-01T09:30",
    "e9.x",
    "quote",
    "Selamat Hari Lahir Pancasila untuk seluruh rakyat Indonesia 🇮🇩",
    on="pL3",
)
N(
    "2024-09-10T11:00",
    "e4.x",
    "reply",
    "Mohon diingat, ASN dilarang menjadi anggota partai politik. Jangan ajak ASN ya.",
    on="pL4",
)
N(
    "2024-01-25T21:00",
    "e8.fb",
    "comment",
    "Mohon kegiatan Muslimat jangan dijadikan ajang kampanye, bu. Jamaah kami beragam pilihannya.",
    on="pL1",
)
N(
    "2024-02-08T19:00",
    "e5.fb",
    "post",
    "Anak saya pemilih pemula tanya, PKB itu nomor berapa di surat suara. Saya jawab: cek sendiri di website KPU, belajar mandiri ya nak 😄",
)
N(
    "2024-03-01T10:00",
    "e4.fb",
    "post",
    para(
        "Rekap penanganan pelanggaran netralitas ASN selama Pemilu 2024 di Kota Madiun:",
        "- 3 ASN terbukti mengunggah foto dengan salam dua jari\n- 1 ASN membagikan unggahan bertagar #AMINAjaDulu\n- 2 ASN memberi komentar dukungan di akun caleg PDI Perjuangan dan Gerindra\n- 1 ASN hadir dalam kampanye dengan atribut partai",
        "Seluruhnya sudah direkomendasikan ke PPK masing-masing.",
    ),
)
N(
    "2024-02-20T20:00",
    "e9.fb",
    "post",
    para(
        "Mahasiswa bimbingan saya menulis skripsi tentang strategi kampanye digital Pilpres 2024.",
        'Datanya menarik: citra "gemoy" paslon 02 di TikTok, format "Desak Anies" paslon 01 yang dialogis, dan konten "sat set" paslon 03. Tiga strategi, tiga segmen pemilih.',
        "Dia akan menguji apakah keterlibatan di media sosial berkorelasi dengan perolehan suara per provinsi. Semoga lancar, Nak!",
    ),
)

# --- namesakes, numbers and election words in other senses ---------------------------------------
N(
    "2024-01-19T04:30",
    "e8.fb",
    "post",
    para(
        "Doa pagi untuk kita semua",
        "Ya Allah, lapangkanlah rezeki kami, sehatkan badan kami, lembutkan hati kami, dan jauhkan negeri kami dari fitnah dan perpecahan.",
        "AMIN YA RABBAL ALAMIN 🤲",
    ),
)
N(
    "2024-10-28T14:00",
    "e1.fb",
    "post",
    para(
        "Bulan Bahasa di sekolah kami 📖",
        "Kelas 6 mementaskan drama tentang pelukis Raden Saleh, lengkap dengan kostum dan lukisan buatan sendiri. Kelas 5 lomba membaca puisi, kelas 4 lomba menulis surat untuk Raden Ajeng Kartini.",
        "Bangga sekali melihat anak-anak percaya diri di panggung.",
    ),
)
N(
    "2024-10-12T19:00",
    "e3.tt",
    "post",
    "latihan bareng para pendekar di padepokan, Madiun Kampung Pesilat 🥋 #silat #madiun",
)
N(
    "2024-11-05T07:00",
    "e10.ig",
    "post",
    "Bayu, anak lanangku, ulang tahun ke-5 hari ini 🎂 sehat terus ya nak",
)
N(
    "2024-10-21T08:00",
    "e2.x",
    "post",
    "dapat nomor antrean 2 di samsat, 10 menit beres. pelayanan publik makin mantap 👍",
)
N(
    "2024-11-14T22:00",
    "e7.tt",
    "post",
    "dinas malam lagi di IGD, shift 3 minggu ini 😴 doakan lancar ya",
)
N(
    "2024-11-20T10:00",
    "e12.ig",
    "post",
    "Giveaway sambal! Komen nomor favoritmu, 1 (bawang), 2 (matah) atau 3 (ijo), 3 pemenang diundi Jumat 🌶️",
)
N(
    "2024-10-19T16:00",
    "e5.fb",
    "post",
    "Selamat purna tugas Pak Rahmat, Ketua RT 03 kami selama 15 tahun. Terima kasih atas pengabdiannya.",
)
N(
    "2024-11-01T13:00",
    "e1.fb",
    "post",
    "Selamat memasuki masa pensiun, Bu Dewi, guru senior kami. 35 tahun mengabdi, semoga sehat dan bahagia selalu 💐",
)
N(
    "2024-10-20T12:00",
    "e9.x",
    "post",
    "Prabowo Subianto dan Gibran Rakabuming Raka resmi dilantik sebagai Presiden dan Wakil Presiden hari ini.",
)
N(
    "2025-02-10T15:00",
    "e11.fb",
    "post",
    "Wakil Presiden Gibran Rakabuming Raka hari ini berkunjung ke Kota Madiun. Saya bertugas mendokumentasikan acara di Balai Kota.",
)
N(
    "2024-11-10T20:00",
    "e12.fb",
    "post",
    "Pemilihan ketua RT kemarin seru, calonnya tiga, yang menang nomor 2 Pak Darmo 😄 Selamat pak, semoga amanah.",
)
N(
    "2024-10-22T13:00",
    "e1.fb",
    "post",
    "Pemilihan ketua OSIS: paslon 1 Rara & Dimas, paslon 2 Tegar & Salsa, paslon 3 Nabila & Fajar. Anak-anak belajar demokrasi lengkap dengan debat dan bilik suara kardus 😍",
)
N(
    "2024-11-07T09:00",
    "e7.tt",
    "post",
    "coblos sana coblos sini, imunisasi campak bulan ini jangan lupa ya bunda 💉",
)
N("2024-11-16T20:00", "e10.ig", "post", "pilih nomor 1, 2 atau 3 buat outfit kondangan besok? 👗")
N(
    "2024-01-10T19:00",
    "e10.tt",
    "post",
    "buat yang nanya kenapa aku pakai baju biru, putih, merah tiap hari: itu seragam dinas, bukan kode paslon ya gaes 😂",
)

# --- group posts: duty, neutrality reminders, off-topic --------------------------------------------
N(
    "2024-02-05T20:00",
    "e7.fb",
    "post",
    para(
        "Info bimtek KPPS Kelurahan Oro-Oro Ombo",
        "Hari/tanggal: Rabu, 7 Februari 2024\nPukul: 08.00 selesai\nTempat: Aula Kelurahan",
        "Materi:\n1. Pemungutan suara dan pengisian formulir\n2. Penghitungan suara PPWP (3 paslon), DPR, DPD, DPRD\n3. Penggunaan Sirekap",
        "Wajib hadir semua anggota KPPS.",
    ),
    group="grp.kpps",
)
N(
    "2024-01-10T20:00",
    "e1.fb",
    "post",
    para(
        "Pengingat netralitas untuk Bapak Ibu guru ASN",
        "Selama masa kampanye, mohon:\n- tidak berfoto dengan pose satu, dua atau tiga jari di kelas\n- tidak mengunggah atribut partai atau paslon\n- tidak mengajak murid atau wali murid memilih paslon tertentu",
        "Kita pendidik, bukan juru kampanye. Terima kasih.",
    ),
    group="grp.guru",
)
N(
    "2024-02-12T19:00",
    "e12.fb",
    "post",
    para(
        "Tips ngajak anak ke TPS, Mak 😊",
        "1. Jelaskan bahwa memilih itu rahasia, jadi anak tunggu di luar bilik.\n2. Bawa camilan dan minum.\n3. Setelah mencoblos, tunjukkan jari bertinta, ceritakan arti pemilu.",
        "Pendidikan politik dimulai dari rumah, bukan dari baliho.",
    ),
    group="grp.ibu",
)
N(
    "2024-10-30T21:00",
    "e9.fb",
    "post",
    para(
        "Diskusi: apa ukuran debat yang baik?",
        "Saya usul tiga ukuran: (1) jawaban menjawab pertanyaan, (2) ada angka yang bisa diuji, (3) ada prioritas yang jelas.",
        "Dengan ukuran itu, debat pertama Pilwalkot Madiun kemarin masih jauh dari ideal untuk ketiga paslon. Silakan tambahkan ukuran lain.",
    ),
    group="grp.politik",
)
N(
    "2024-02-02T20:00",
    "e11.fb",
    "post",
    "Reuni tetap jalan meski masa kampanye. Dilarang bawa atribut paslon atau partai apa pun ya, biar adem dan semua nyaman.",
    group="grp.alumni",
)
N(
    "2024-10-29T10:00",
    "e3.fb",
    "post",
    "Mohon maaf, motor yang parkir di depan posko menutup trotoar Jl. Diponegoro, mohon dipindah. Terima kasih. (Satpol PP Kota Madiun)",
    group="MDN1V.fb",
)
N(
    "2024-10-17T09:00",
    "e10.fb",
    "post",
    "Maaf salah masuk grup 🙏 saya kira ini grup jual beli Madiun. Permisi.",
    group="MDN3T.fb",
)
N(
    "2024-01-27T10:00",
    "e5.fb",
    "post",
    "Mohon izin admin. Dari sekretariat PPS Kelurahan Klegen, mengingatkan relawan semua paslon tidak memasang alat peraga di kantor kelurahan, sekolah dan tempat ibadah. Terima kasih.",
    group="PRES3T.fb",
)

# --- after the vote --------------------------------------------------------------------------------
N(
    "2024-12-10T20:00",
    "e6.fb",
    "post",
    para(
        "Terima kasih untuk seluruh KPPS, PPS, Linmas dan petugas kebersihan di Kecamatan Taman.",
        "Pilwalkot Madiun 2024 sudah selesai dengan aman. Selamat kepada paslon terpilih, dan terima kasih kepada paslon lain yang sudah berkompetisi dengan baik.",
        "Mari kembali bersatu membangun kota.",
    ),
)
N(
    "2024-12-01T20:00",
    "e11.fb",
    "post",
    "Pilwalkot usai. Siapa pun pilihan kita kemarin, mari kembali bekerja dan melayani. Madiun milik kita semua.",
)
N(
    "2024-02-15T09:00",
    "e7.tt",
    "post",
    "KPPS TPS 12 selesai menghitung jam 3 pagi 🥲 lima surat suara, lima rekap. terima kasih tim, kalian hebat!",
)


# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A(
    "PRES2",
    "2024-02-06T21:30",
    "e12.fb",
    "post",
    "Pokoknya jangan 01 dan jangan 03. Pikir sendiri 😏",
)
A(
    "PRES3",
    "2024-02-07T19:00",
    "e7.fb",
    "post",
    "Saya nggak akan pilih 01, dan jelas nggak 02 juga. Sisanya silakan tebak sendiri.",
)
A(
    "MDN1",
    "2024-11-14T20:00",
    "e5.fb",
    "post",
    "Banyak warga bilang mau coblos 1, katanya Mas Rahmat paling merakyat. Ya memang begitu kenyataannya di lapangan.",
)
A(
    "PRES3",
    "2024-01-24T05:00",
    "e8.fb",
    "post",
    "Pemimpin yang berani melawan korupsi itu langka. Prof. Mahfud salah satunya.",
)
A("MDN2", "2024-11-06T22:00", "e10.tt", "post", "bu Yuliana cakep bgt pas debat tadi 😍")
A("PRES2", "2024-02-01T15:00", "e3.fb", "share", "🔥🔥🔥", on="pP7")
A(
    "MDN3",
    "2024-11-04T14:00",
    "e1.ig",
    "post",
    "Tiga jari untuk tiga piala murid kami hari ini 🏆🏆🏆",
    alt="Seorang guru berpose mengacungkan tiga jari bersama tiga siswa yang membawa piala lomba",
)
A("PRES1", "2024-02-07T22:00", "e9.x", "post", "Perubahan itu perlu. Titik.")
A(
    "MDN1",
    "2024-10-22T20:00",
    "e6.fb",
    "post",
    para(
        "Mas Rahmat dulu atasan saya waktu saya masih di Dinas PU. Orangnya disiplin, datang paling pagi, pulang paling akhir, dan tidak pernah minta amplop.",
        "Silakan nilai sendiri.",
    ),
)


# ============================================================================================
# O: C-like, naming only candidates, outside every election window
# ============================================================================================

O(
    "PRES3",
    "2023-06-10T20:00",
    "e8.fb",
    "post",
    "Pak Ganjar pantas jadi presiden. Semoga dicalonkan, kami dukung!",
)
O(
    "PRES1",
    "2023-03-15T19:00",
    "e12.fb",
    "post",
    "Pak Anies pemimpin yang saya kagumi, semoga jadi presiden 🙏",
)
O("PRES2", "2024-07-01T08:00", "e10.x", "post", "pak prabowo semangat ya, kami dukung terus 💪")
O(
    "MDN1",
    "2024-06-20T20:00",
    "e12.fb",
    "post",
    "Mas Rahmat cocok jadi wali kota Madiun, semoga maju Pilwalkot! Saya dukung 100%.",
)
O(
    "MDN2",
    "2025-01-20T09:00",
    "e1.fb",
    "post",
    "Pak Bambang dan Bu Yuliana, terus semangat membangun Madiun. Kami dukung!",
)
O(
    "MDN3",
    "2024-05-30T21:00",
    "e3.fb",
    "post",
    "Mas Hendra itu sosok yang dekat dengan para pendekar. Kalau maju wali kota, saya dukung!",
)
O(
    "PRES3",
    "2024-06-25T21:00",
    "e11.fb",
    "post",
    para(
        "Empat bulan setelah pemilu, saya masih sering membaca ulang catatan liputan lama.",
        "Pak Ganjar tetap idola saya. Kalah menang itu biasa, semoga beliau tetap berkarya untuk rakyat. Saya dukung terus!",
    ),
)
O(
    "MDN1",
    "2024-12-20T20:00",
    "e7.tt",
    "post",
    "mas Rahmat semangat!! walaupun kalah, tetep di hati, kami dukung selalu 🥹",
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
        return f"C{n:04d}xMdn{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzMdn{n:05d}Kw"
    return f"DA{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vMdn{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Md"
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
        when = ts(when)
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
        "name: Probe political.campaign – Kota Madiun, long-form posts, reported speech, election duty\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-longform-") as tmp:
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
