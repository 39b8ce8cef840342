# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: Central Java and Yogyakarta, every event form.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
* An invented Pilgub Jawa Tengah 2024: pair 1 Hartono Wibisono - Sri Lestari Handayani ("HARTA",
  "Jateng Gayeng, Rakyat Seneng", Tim Pemenangan HARTA, volunteers "Sedulur HARTA") and pair 2
  Yudha Pramana - KH Muhammad Nasrullah ("YUNAS", "Jateng Maju Bareng", Tim YUNAS, volunteers
  "Sahabat YUNAS").
* An invented Pilwalkot Surakarta (Solo): 1 Haryo Bimantoro - Bayu Aji Pamungkas ("BIMA",
  "Solo Makin Mantap") and 2 Rini Astuti - Joko Susilo ("Solo Nyawiji").
* An invented Pilbup Sleman: 1 Danu Prasetya - Ratna Kumalasari ("DARA", "Sleman Tambah Mulyo")
  and 2 Slamet Riyadi Wibowo - Anis Fauziyah ("Sleman Adem Ayem").
* The real 2024 presidential pairs with their real ballot numbers (all texts invented), two
  invented DPRD candidates of the 2024 legislative election (Siti Mugiyanti, PKB no. 3, DPRD
  Jateng; Bagus Wiratmoko, Gerindra no. 5, DPRD Sleman) and six real national parties.
* Nine invented civil servants (Pemprov Jateng, Pemkot Surakarta, Pemkab Sleman, Kanwil Kemenag
  DIY) with declared accounts on X, Facebook, Instagram, TikTok, YouTube and Threads.

Events come in every form: own posts, replies, comments, quotes, shares with a comment, YouTube
and TikTok comments, Facebook group posts, and image posts whose alt text or OCR text carries
the content. Languages: Javanese ngoko and krama, Indonesian, Jogja slang, Gen-Z code-mixing,
English.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning (news, schedules, neutrality reminders, questions, complaints,
  criticism and condolences under candidates' posts, namesakes, numbers in other senses, other
  contests, official events, religious greetings, jokes and sarcasm).
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_jateng_forms.py [--show] [--keep DIR]

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
    ("JTG", "Pemerintah Provinsi Jawa Tengah", "", "33"),
    ("JTG.DISDIKBUD", "Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah", "JTG", "33"),
    (
        "JTG.DPUBMCK",
        "Dinas Pekerjaan Umum Bina Marga dan Cipta Karya Provinsi Jawa Tengah",
        "JTG",
        "33",
    ),
    ("JTG.BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Jawa Tengah", "JTG", "33"),
    ("SKA", "Pemerintah Kota Surakarta", "", "33.72"),
    (
        "SKA.DISKOMINFO",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Surakarta",
        "SKA",
        "33.72",
    ),
    ("SKA.DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil Kota Surakarta", "SKA", "33.72"),
    ("SKA.SATPOLPP", "Satuan Polisi Pamong Praja Kota Surakarta", "SKA", "33.72"),
    ("SLM", "Pemerintah Kabupaten Sleman", "", "34.04"),
    ("SLM.RSUD", "RSUD Sleman", "SLM", "34.04"),
    ("SLM.BAPPEDA", "Badan Perencanaan Pembangunan Daerah Kabupaten Sleman", "SLM", "34.04"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KEMENAG.DIY", "Kantor Wilayah Kementerian Agama Daerah Istimewa Yogyakarta", "KEMENAG", "34"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code, status
EMPLOYEES = {
    "e1": (
        "197904122005032001",
        "Dr. Rr. Wulandari Kusumaningrum, S.Pd., M.Pd.",
        "JTG.DISDIKBUD",
        "SMA Negeri 1 Kartasura",
        "Guru Ahli Madya",
        "PNS",
        "33.11",
    ),
    "e2": (
        "199008212015031002",
        "Agung Setiawan, S.Kom.",
        "SKA.DISKOMINFO",
        "Bidang Informasi dan Komunikasi Publik",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "33.72",
    ),
    "e3": (
        "198401302009121003",
        "H. Muhammad Fadhil Arrasyid, S.Ag.",
        "KEMENAG.DIY",
        "Kantor Kementerian Agama Kabupaten Sleman",
        "Penyuluh Agama Islam Ahli Muda",
        "PNS",
        "34.04",
    ),
    "e4": (
        "199211052019062004",
        "Sri Widyastuti, A.Md.Kep.",
        "SLM.RSUD",
        "Instalasi Rawat Inap",
        "Perawat Terampil",
        "PNS",
        "34.04",
    ),
    "e5": (
        "198706172011011005",
        "Bayu Kristanto, S.T.",
        "JTG.DPUBMCK",
        "Bidang Bina Marga",
        "Teknik Jalan dan Jembatan Ahli Muda",
        "PNS",
        "33",
    ),
    "e6": (
        "197202291998031006",
        "Ir. Suparno Hadi Wiyono, M.T.",
        "SLM.BAPPEDA",
        "Bidang Perencanaan Infrastruktur",
        "Perencana Ahli Madya",
        "PNS",
        "34.04",
    ),
    "e7": (
        "199603142023102007",
        "Nadia Putri Anggraeni, S.Psi.",
        "SKA.DISDUKCAPIL",
        "Bidang Pelayanan Pendaftaran Penduduk",
        "Administrator Database Kependudukan",
        "PPPK",
        "33.72",
    ),
    "e8": (
        "198109092006041008",
        "R. Danang Tri Atmojo, S.H.",
        "SKA.SATPOLPP",
        "Bidang Penegakan Perda",
        "Polisi Pamong Praja Ahli Muda",
        "PNS",
        "33.72",
    ),
    "e9": (
        "198912312014052009",
        "Lestiana Dewi, S.E.",
        "JTG.BPKAD",
        "Bidang Akuntansi",
        "Analis Keuangan Pusat dan Daerah Ahli Pertama",
        "PNS",
        "33",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "e1.fb": (
        "fb",
        "wulandari.kusuma.79",
        "100004521873301",
        "Wulan Kusumaningrum",
        "Guru, ibu, pembelajar",
        "Kartasura, Sukoharjo",
    ),
    "e1.ig": (
        "ig",
        "bu_wulan_kusuma",
        "5218833017",
        "Bu Wulan 🌸",
        "Mengajar dengan hati",
        "Sukoharjo",
    ),
    "e2.x": (
        "x",
        "agungsetia_solo",
        "1298834411203371009",
        "Agung S",
        "ngoding, ngopi, nonton Persis",
        "Surakarta",
    ),
    "e2.th": ("th", "agungsetia_solo", "63371009881", "Agung S", "ngoding, ngopi", "Solo"),
    "e2.tt": ("tt", "agungs.solo", "6871233041199", "agung🧑‍💻", "konten random wong Solo", "Solo"),
    "e3.fb": (
        "fb",
        "fadhil.arrasyid",
        "100007733190245",
        "Fadhil Arrasyid",
        "Penyuluh | khadimul ummah",
        "Sleman, Yogyakarta",
    ),
    "e3.yt": (
        "yt",
        "FadhilArrasyid",
        "UCq7fadhilArr0001xyzAB",
        "Ustadz Fadhil Arrasyid",
        "Kajian singkat dan pengingat",
        "Yogyakarta",
    ),
    "e4.ig": (
        "ig",
        "sri.widy_",
        "6644120981",
        "Widy 🩺",
        "nurse | Sleman | kopi & kucing",
        "Sleman",
    ),
    "e4.tt": ("tt", "widy.nurse", "7012238840551", "widyy🩺", "ns. sleman, suka joget", "Jogja"),
    "e5.x": (
        "x",
        "bayukris_",
        "1450022781934215170",
        "Bayu Kristanto",
        "Jalan, jembatan, dan kopi hitam",
        "Semarang",
    ),
    "e5.fb": ("fb", "bayu.kristanto.87", "100003998412077", "Bayu Kristanto", "", "Klaten"),
    "e6.fb": (
        "fb",
        "suparno.hadiwiyono",
        "100001882301554",
        "Suparno Hadi Wiyono",
        "Perencana | pecinta wayang",
        "Mlati, Sleman",
    ),
    "e7.tt": (
        "tt",
        "nadiaputri_",
        "6990014452871",
        "Nadia 🫶",
        "psikolog kecil2an | Solo",
        "Surakarta",
    ),
    "e7.ig": ("ig", "nadia.putri.a", "4477120093", "Nadia Putri", "Solo 🏠", "Surakarta"),
    "e7.x": (
        "x",
        "nadiaputri_a",
        "1602233447788990011",
        "nadia",
        "overthinker profesional",
        "Solo",
    ),
    "e8.fb": (
        "fb",
        "danang.atmojo.81",
        "100002455618820",
        "Danang Tri Atmojo",
        "Wong Laweyan",
        "Surakarta",
    ),
    "e8.yt": ("yt", "DanangAtmojo", "UCdanangAtm81solo00xyz", "Danang Atmojo", "", "Solo"),
    "e9.ig": (
        "ig",
        "lestiana.dewi",
        "3390011827",
        "Lestiana Dewi",
        "akuntan by day, foodie by night",
        "Semarang",
    ),
    "e9.th": ("th", "lestiana.dewi", "60339001182", "Lestiana Dewi", "", "Semarang"),
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
        "PILGUB_JATENG2024",
        "Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah 2024",
        "regional_head",
        "33",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-16")],
    ),
    (
        "PILWALKOT_SKA2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Surakarta 2024",
        "regional_head",
        "33.72",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-13")],
    ),
    (
        "PILBUP_SLM2024",
        "Pemilihan Bupati dan Wakil Bupati Sleman 2024",
        "regional_head",
        "34.04",
        [
            *PILKADA_STAGES[:-1],
            ("counting", "2024-11-28", "2024-12-05"),
            ("result", "2024-12-05", "2024-12-09"),
        ],
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

TARGETS = {
    "JTG1A": ("Drs. H. Hartono Wibisono, M.M.", "candidate", "PILGUB_JATENG2024", "1", ""),
    "JTG1B": ("Sri Lestari Handayani, S.E.", "candidate", "PILGUB_JATENG2024", "1", ""),
    "JTG1T": ("Tim Pemenangan HARTA Jawa Tengah", "campaign_team", "PILGUB_JATENG2024", "1", ""),
    "JTG1V": ("Relawan Sedulur HARTA", "campaign_team", "PILGUB_JATENG2024", "1", ""),
    "JTG2A": ("Ir. Yudha Pramana, M.Sc.", "candidate", "PILGUB_JATENG2024", "2", ""),
    "JTG2B": ("KH. Muhammad Nasrullah", "candidate", "PILGUB_JATENG2024", "2", ""),
    "JTG2T": ("Tim Pemenangan YUNAS", "campaign_team", "PILGUB_JATENG2024", "2", ""),
    "JTG2V": ("Relawan Sahabat YUNAS", "campaign_team", "PILGUB_JATENG2024", "2", ""),
    "SKA1A": ("Haryo Bimantoro, S.T.", "candidate", "PILWALKOT_SKA2024", "1", ""),
    "SKA1B": ("Bayu Aji Pamungkas", "candidate", "PILWALKOT_SKA2024", "1", ""),
    "SKA1T": ("Relawan BIMA-BAYU Solo", "campaign_team", "PILWALKOT_SKA2024", "1", ""),
    "SKA2A": ("Dra. Rini Astuti, M.Si.", "candidate", "PILWALKOT_SKA2024", "2", ""),
    "SKA2B": ("Joko Susilo, S.H.", "candidate", "PILWALKOT_SKA2024", "2", ""),
    "SKA2T": ("Tim Rini-Joko Solo Nyawiji", "campaign_team", "PILWALKOT_SKA2024", "2", ""),
    "SLM1A": ("Danu Prasetya, S.IP.", "candidate", "PILBUP_SLM2024", "1", ""),
    "SLM1B": ("Ratna Kumalasari, S.Farm.", "candidate", "PILBUP_SLM2024", "1", ""),
    "SLM1T": ("Relawan DARA Sleman", "campaign_team", "PILBUP_SLM2024", "1", ""),
    "SLM2A": ("H. Slamet Riyadi Wibowo", "candidate", "PILBUP_SLM2024", "2", ""),
    "SLM2B": ("Anis Fauziyah, M.Pd.", "candidate", "PILBUP_SLM2024", "2", ""),
    "SLM2T": ("Tim Sleman Adem Ayem", "campaign_team", "PILBUP_SLM2024", "2", ""),
    "PRES1A": ("Anies Rasyid Baswedan", "candidate", "PILPRES2024", "1", ""),
    "PRES1B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", "PKB"),
    "PRES1T": ("Timnas AMIN", "campaign_team", "PILPRES2024", "1", ""),
    "PRES2A": ("Prabowo Subianto", "candidate", "PILPRES2024", "2", "Gerindra"),
    "PRES2B": ("Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "PRES2T": ("TKN Prabowo-Gibran", "campaign_team", "PILPRES2024", "2", ""),
    "PRES3A": ("Ganjar Pranowo", "candidate", "PILPRES2024", "3", "PDI-P"),
    "PRES3B": ("Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "PRES3T": ("TPN Ganjar-Mahfud", "campaign_team", "PILPRES2024", "3", ""),
    "CAL1": ("Siti Mugiyanti, S.Pd.", "candidate", "PILEG2024", "3", "PKB"),
    "CAL2": ("Bagus Wiratmoko, S.E.", "candidate", "PILEG2024", "5", "Gerindra"),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "OFF_SLM": ("Hj. Endah Sulistyowati, S.H.", "official", "", "", ""),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "JTG1A.x": ("hartono_wibisono", "1710000000000000101", "Hartono Wibisono"),
    "JTG1A.ig": ("hartonowibisono.official", "7100000101", "Hartono Wibisono"),
    "JTG1A.fb": ("HartonoWibisonoJateng", "100090000000101", "Hartono Wibisono"),
    "JTG1A.tt": ("hartono.jateng", "7300000000101", "Hartono Wibisono"),
    "JTG1A.yt": ("HartonoWibisonoOfficial", "UChartonoWibisono00101", "Hartono Wibisono Official"),
    "JTG1B.ig": ("srilestari.handayani", "7100000102", "Sri Lestari Handayani"),
    "JTG1B.fb": ("SriLestariHandayani", "100090000000102", "Sri Lestari Handayani"),
    "JTG1T.x": ("timHARTAjateng", "1710000000000000103", "Tim Pemenangan HARTA"),
    "JTG1T.ig": ("tim.harta.jateng", "7100000103", "Tim HARTA Jateng"),
    "JTG1T.fb": ("groups/sedulurhartajateng", "300090000000103", "Sedulur HARTA Jateng (grup)"),
    "JTG1V.tt": ("sedulurharta", "7300000000104", "Sedulur HARTA ☝️"),
    "JTG1V.fb": ("SedulurHARTA", "100090000000104", "Relawan Sedulur HARTA"),
    "JTG2A.x": ("yudhapramana", "1710000000000000201", "Yudha Pramana"),
    "JTG2A.ig": ("yudhapramana.id", "7100000201", "Yudha Pramana"),
    "JTG2A.yt": ("YudhaPramanaTV", "UCyudhaPramanaTV000201", "Yudha Pramana TV"),
    "JTG2A.tt": ("yudhapramana", "7300000000201", "Yudha Pramana"),
    "JTG2A.fb": ("YudhaPramanaJateng", "100090000000201", "Yudha Pramana"),
    "JTG2B.fb": ("KyaiNasrullah", "100090000000202", "KH. Muhammad Nasrullah"),
    "JTG2B.ig": ("kyai.nasrullah", "7100000202", "Kyai Nasrullah"),
    "JTG2T.x": ("TimYUNAS", "1710000000000000203", "Tim Pemenangan YUNAS"),
    "JTG2T.ig": ("tim.yunas", "7100000203", "Tim YUNAS"),
    "JTG2V.fb": ("groups/sahabatyunas", "300090000000204", "Sahabat YUNAS (grup)"),
    "JTG2V.tt": ("sahabatyunas", "7300000000204", "Sahabat YUNAS"),
    "SKA1A.ig": ("masbima.solo", "7100000301", "Haryo Bimantoro"),
    "SKA1A.fb": ("HaryoBimantoro", "100090000000301", "Haryo Bimantoro"),
    "SKA1A.tt": ("masbima.solo", "7300000000301", "Mas Bima"),
    "SKA1B.ig": ("bayuaji.pamungkas", "7100000302", "Bayu Aji Pamungkas"),
    "SKA1T.ig": ("relawan.bimabayu", "7100000303", "Relawan BIMA-BAYU"),
    "SKA1T.fb": ("groups/relawanbimabayu", "300090000000303", "Relawan BIMA-BAYU Solo (grup)"),
    "SKA2A.ig": ("rini.astuti.solo", "7100000401", "Rini Astuti"),
    "SKA2A.x": ("riniastuti_solo", "1710000000000000401", "Rini Astuti"),
    "SKA2A.yt": ("RiniAstutiSolo", "UCriniAstutiSolo000401", "Rini Astuti"),
    "SKA2B.fb": ("JokoSusiloSolo", "100090000000402", "Joko Susilo"),
    "SKA2T.tt": ("solonyawiji", "7300000000403", "Solo Nyawiji"),
    "SKA2T.ig": ("solonyawiji", "7100000403", "Tim Rini-Joko"),
    "SLM1A.ig": ("danuprasetya", "7100000501", "Danu Prasetya"),
    "SLM1A.fb": ("DanuPrasetyaSleman", "100090000000501", "Danu Prasetya"),
    "SLM1A.yt": ("DanuPrasetya", "UCdanuPrasetya00000501", "Danu Prasetya"),
    "SLM1B.ig": ("ratnakumalasari", "7100000502", "Ratna Kumalasari"),
    "SLM1T.fb": ("groups/relawandarasleman", "300090000000503", "Relawan DARA Sleman (grup)"),
    "SLM1T.tt": ("darasleman", "7300000000503", "DARA Sleman"),
    "SLM2A.fb": ("SlametRiyadiWibowo", "100090000000601", "Slamet Riyadi Wibowo"),
    "SLM2A.ig": ("slametriyadi.wibowo", "7100000601", "Slamet Riyadi Wibowo"),
    "SLM2A.tt": ("pakslamet.sleman", "7300000000601", "Pak Slamet"),
    "SLM2B.ig": ("anisfauziyah", "7100000602", "Anis Fauziyah"),
    "SLM2T.ig": ("slemanademayem", "7100000603", "Sleman Adem Ayem"),
    "SLM2T.x": ("SlemanAdemAyem", "1710000000000000603", "Sleman Adem Ayem"),
    "PRES1A.x": ("aniesbaswedan", "1720000000000000011", "Anies Rasyid Baswedan"),
    "PRES1A.ig": ("aniesbaswedan", "7200000011", "Anies Baswedan"),
    "PRES1A.tt": ("aniesbaswedan", "7400000000011", "Anies Baswedan"),
    "PRES1B.x": ("cakimiNOW", "1720000000000000012", "A Muhaimin Iskandar"),
    "PRES1T.x": ("TimnasAMIN", "1720000000000000013", "Timnas AMIN"),
    "PRES2A.x": ("prabowo", "1720000000000000021", "Prabowo Subianto"),
    "PRES2A.ig": ("prabowo", "7200000021", "Prabowo Subianto"),
    "PRES2A.tt": ("prabowo", "7400000000021", "Prabowo Subianto"),
    "PRES2A.yt": ("PrabowoSubianto", "UCprabowoSubianto00021", "Prabowo Subianto"),
    "PRES2A.fb": ("PrabowoSubianto", "100091000000021", "Prabowo Subianto"),
    "PRES2B.x": ("gibran_tweet", "1720000000000000022", "Gibran Rakabuming"),
    "PRES2B.ig": ("gibran_rakabuming", "7200000022", "Gibran Rakabuming"),
    "PRES2T.x": ("TKNPrabowoGibran", "1720000000000000023", "TKN Prabowo-Gibran"),
    "PRES3A.x": ("ganjarpranowo", "1720000000000000031", "Ganjar Pranowo"),
    "PRES3A.ig": ("ganjar_pranowo", "7200000031", "Ganjar Pranowo"),
    "PRES3A.tt": ("ganjarpranowo", "7400000000031", "Ganjar Pranowo"),
    "PRES3A.yt": ("GanjarPranowo", "UCganjarPranowo000031", "Ganjar Pranowo"),
    "PRES3B.x": ("mohmahfudmd", "1720000000000000032", "Mahfud MD"),
    "PRES3T.x": ("TPNGanjarMahfud", "1720000000000000033", "TPN Ganjar-Mahfud"),
    "CAL1.ig": ("bu.siti.mugiyanti", "7200000041", "Siti Mugiyanti"),
    "CAL1.fb": ("SitiMugiyantiPKB", "100091000000041", "Siti Mugiyanti"),
    "CAL2.fb": ("BagusWiratmoko", "100091000000042", "Bagus Wiratmoko"),
    "CAL2.tt": ("masbagus.sleman", "7400000000042", "Mas Bagus"),
    "PKB.x": ("DPP_PKB", "1720000000000000051", "DPP PKB"),
    "GERINDRA.x": ("Gerindra", "1720000000000000052", "Partai Gerindra"),
    "GERINDRA.fb": (
        "groups/kadergerindrasleman",
        "300091000000052",
        "Kader Gerindra Sleman (grup)",
    ),
    "PDIP.ig": ("pdiperjuangan.jateng", "7200000053", "PDI Perjuangan Jawa Tengah"),
    "PDIP.x": ("PDI_Perjuangan", "1720000000000000053", "PDI Perjuangan"),
    "GOLKAR.x": ("Golkar5", "1720000000000000054", "Partai Golkar"),
    "PKS.x": ("PKSejahtera", "1720000000000000055", "PKS"),
    "PSI.tt": ("psi_id", "7400000000056", "PSI"),
    "PSI.x": ("psi_id", "1720000000000000056", "PSI"),
    "OFF_SLM.ig": ("endah.bupatisleman", "7200000061", "Endah Sulistyowati"),
}

KEYWORDS = [
    ("JTG1A", "#HARTAuntukJateng"),
    ("JTG1A", "HARTA Jateng"),
    ("JTG1A", "Jateng Gayeng Rakyat Seneng"),
    ("JTG1V", "Sedulur HARTA"),
    ("JTG1T", "#TimHARTA"),
    ("JTG2A", "#YUNASMenang"),
    ("JTG2A", "YUNAS"),
    ("JTG2A", "Jateng Maju Bareng"),
    ("JTG2V", "Sahabat YUNAS"),
    ("SKA1A", "#BIMAuntukSolo"),
    ("SKA1A", "Solo Makin Mantap"),
    ("SKA1T", "BIMA-BAYU"),
    ("SKA2A", "#RiniJoko"),
    ("SKA2A", "#SoloNyawiji"),
    ("SKA2T", "Solo Nyawiji"),
    ("SLM1A", "#DARASleman"),
    ("SLM1A", "Sleman Tambah Mulyo"),
    ("SLM1T", "DARA Sleman"),
    ("SLM2A", "#SlametAnis"),
    ("SLM2T", "Sleman Adem Ayem"),
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
    ("CAL1", "#SitiMugiyanti"),
    ("CAL2", "#BagusWiratmoko"),
    ("PDIP", "#PDIPerjuangan"),
    ("PDIP", "banteng moncong putih"),
    ("GERINDRA", "#GerindraMenang"),
    ("PKB", "#PKBMenang"),
    ("PKS", "#AyoPKS"),
    ("PSI", "#PSIMenang"),
    ("GOLKAR", "#GolkarMenang"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "JTG1": "JTG1A JTG1B JTG1T JTG1V",
    "JTG2": "JTG2A JTG2B JTG2T JTG2V",
    "SKA1": "SKA1A SKA1B SKA1T",
    "SKA2": "SKA2A SKA2B SKA2T",
    "SLM1": "SLM1A SLM1B SLM1T",
    "SLM2": "SLM2A SLM2B SLM2T",
    "PRES1": "PRES1A PRES1B PRES1T",
    "PRES2": "PRES2A PRES2B PRES2T",
    "PRES3": "PRES3A PRES3B PRES3T",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "news.x": ("x", "kabarsolo_id", "1230000000000000901", "Kabar Solo"),
    "info.fb": ("fb", "InfoPemiluJateng", "100080000000902", "Info Pemilu Jateng"),
    "grp.wongsolo": ("fb", "groups/wongsolobersatu", "300080000000903", "Wong Solo Bersatu (grup)"),
    "grp.infosleman": ("fb", "groups/infoslemanraya", "300080000000904", "Info Sleman Raya (grup)"),
    "grp.gurujateng": (
        "fb",
        "groups/gurujatengbersatu",
        "300080000000905",
        "Guru Jawa Tengah Bersatu (grup)",
    ),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilgub Jawa Tengah
    "pJ1": (
        "JTG1A.ig",
        "2024-10-05T09:00:00+07:00",
        "Matur nuwun warga Klaten sing wis rawuh ing kampanye dialogis dinten menika. Jateng Gayeng, Rakyat Seneng! 🙏 #HARTAuntukJateng",
    ),
    "pJ2": (
        "JTG1A.x",
        "2024-10-29T20:00:00+07:00",
        "Besok debat kedua Pilgub Jateng. Mohon doa restunya sedulur semua 🙏",
    ),
    "pJ3": (
        "JTG2A.tt",
        "2024-10-08T16:00:00+07:00",
        "Blusukan Pasar Johar, ngobrol sama pedagang soal harga cabai 🌶️ Jateng Maju Bareng! #YUNASMenang",
    ),
    "pJ4": (
        "JTG2A.yt",
        "2024-11-17T14:00:00+07:00",
        "LIVE Kampanye Akbar YUNAS di Simpang Lima Semarang",
    ),
    "pJ5": (
        "JTG1T.x",
        "2024-11-02T08:00:00+07:00",
        "Siapa yang siap menangkan HARTA tanggal 27 November? Angkat tangan! ☝️",
    ),
    "pJ6": (
        "JTG2V.fb",
        "2024-10-12T19:00:00+07:00",
        "Absen dulu Sahabat YUNAS, dari kabupaten mana aja? 👇",
    ),
    "pJ7": (
        "JTG1B.ig",
        "2024-10-15T10:00:00+07:00",
        "Kartu Jateng Sehat untuk lansia: bukan janji, tapi bukti. InsyaAllah amanah ☝️",
    ),
    "pJ8": (
        "JTG1A.fb",
        "2024-11-05T07:30:00+07:00",
        "Turut berduka cita atas musibah banjir di Demak. Tim kami sudah menyalurkan bantuan ke posko pengungsian.",
    ),
    "pJ9": (
        "JTG2A.x",
        "2024-10-23T12:00:00+07:00",
        "Pertanyaan dari warga: bagaimana nasib guru honorer? Saya jawab tuntas di debat malam ini. #JatengMajuBareng",
    ),
    "pJ10": (
        "JTG2B.fb",
        "2024-10-18T20:00:00+07:00",
        "Pengajian akbar lan doa bersama kagem Jawa Tengah ingkang guyub rukun. Nyuwun donga pangestu.",
    ),
    "pJ11": (
        "JTG2T.ig",
        "2024-10-20T11:00:00+07:00",
        "Stiker YUNAS gratis! Ambil di posko terdekat 👉 link di bio",
    ),
    "pJ12": (
        "JTG1A.fb",
        "2024-10-25T18:00:00+07:00",
        "Visi misi HARTA: 1 desa 1 dokter, sekolah gratis sampai SMA/SMK. Tonton video lengkapnya 👇",
    ),
    "pJ12y": (
        "JTG1A.yt",
        "2024-10-25T18:00:00+07:00",
        "Visi Misi HARTA: 1 Desa 1 Dokter (video lengkap)",
    ),
    "pJ13": (
        "JTG1V.tt",
        "2024-11-09T21:00:00+07:00",
        "POV: kamu Gen Z Jateng yang udah mantep pilihannya ☝️🔥 #HARTA",
    ),
    "pJ14": (
        "JTG2A.ig",
        "2024-09-16T06:00:00+07:00",
        "Selamat memperingati Maulid Nabi Muhammad SAW 1446 H. Semoga kita semua meneladani akhlak beliau.",
    ),
    "pO1": (
        "JTG1A.ig",
        "2024-07-05T10:00:00+07:00",
        "Silaturahmi dengan tokoh masyarakat Pati. Matur nuwun atas sambutannya.",
    ),
    # Pilwalkot Surakarta
    "pS1": (
        "SKA1A.ig",
        "2024-10-03T09:00:00+07:00",
        "Ngobrol bareng pedagang Pasar Gede soal revitalisasi. Solo Makin Mantap! #BIMAuntukSolo",
    ),
    "pS1f": (
        "SKA1A.fb",
        "2024-10-03T09:05:00+07:00",
        "Ngobrol bareng pedagang Pasar Gede soal revitalisasi. Solo Makin Mantap! #BIMAuntukSolo",
    ),
    "pS2": (
        "SKA2A.x",
        "2024-10-10T08:00:00+07:00",
        "Alhamdulillah, perbaikan drainase di Kelurahan Sangkrah sudah selesai. Terima kasih warga atas kesabarannya 🙏",
    ),
    "pS3": (
        "SKA2A.yt",
        "2024-11-06T21:00:00+07:00",
        "Debat Publik Pilwalkot Surakarta 2024 – Closing Statement Rini Astuti",
    ),
    "pS4": (
        "SKA2T.tt",
        "2024-10-26T17:00:00+07:00",
        "Joget bareng #SoloNyawiji challenge! Tag 3 temanmu 💃🕺",
    ),
    "pS5": (
        "SKA1T.fb",
        "2024-10-17T20:00:00+07:00",
        "Relawan BIMA sak kelurahan, kumpul Minggu esuk neng Manahan nggih. Rapatkan barisan!",
    ),
    "pS6": ("SKA1A.tt", "2024-10-30T12:00:00+07:00", "Mas Bima nyobain selat Solo 😋 enak tenan"),
    "pS7": (
        "SKA2B.fb",
        "2024-10-22T15:00:00+07:00",
        "Matur nuwun warga Baluwarti sampun nampi kula kanthi sae. Solo Nyawiji!",
    ),
    "pS8": (
        "SKA2A.ig",
        "2024-09-30T09:00:00+07:00",
        "Pelayanan KTP keliling tetap jalan selama saya cuti kampanye. Cek jadwalnya di kelurahan masing-masing ya 🙏",
    ),
    # Pilbup Sleman
    "pL1": (
        "SLM1A.ig",
        "2024-10-09T10:00:00+07:00",
        "Nyambangi petani salak Turi 🌱 Sleman Tambah Mulyo! #DARASleman",
    ),
    "pL2": (
        "SLM2A.fb",
        "2024-10-13T16:00:00+07:00",
        "Sowan para sesepuh Prambanan. Nyuwun donga pangestu 🙏 #SlametAnis",
    ),
    "pL3": (
        "SLM2A.tt",
        "2024-10-28T19:00:00+07:00",
        "Jawab pertanyaan netizen: kenapa nyalon bupati? 😅",
    ),
    "pL4": (
        "SLM1A.yt",
        "2024-11-01T19:30:00+07:00",
        "Dialog Publik: Sleman Ramah Anak Muda bersama Danu Prasetya",
    ),
    "pL5": (
        "SLM1T.fb",
        "2024-10-24T08:00:00+07:00",
        "Kumpul relawan DARA Kapanewon Depok, Setu jam 19.00 neng angkringan Mbah Jo.",
    ),
    "pL6": ("SLM2B.ig", "2024-10-19T09:00:00+07:00", "Posyandu keliling bareng ibu-ibu Godean 💕"),
    "pL7": (
        "SLM2T.x",
        "2024-11-04T10:00:00+07:00",
        "Sleman Adem Ayem: beasiswa untuk 1.000 mahasiswa Sleman. RT kalau setuju! 🎓",
    ),
    "pL8": (
        "SLM1A.fb",
        "2024-11-12T07:00:00+07:00",
        "Turut berduka cita atas kecelakaan bus di Jalan Kaliurang. Semoga para korban segera pulih.",
    ),
    # Pilpres
    "pP1": (
        "PRES2A.x",
        "2023-12-09T18:00:00+07:00",
        "Terima kasih rakyat Jawa Tengah atas sambutannya yang luar biasa hari ini. Bersama Indonesia Maju!",
    ),
    "pP2": (
        "PRES2B.ig",
        "2024-01-06T12:00:00+07:00",
        "Makan siang bareng adik-adik SD di Sukoharjo 😊",
    ),
    "pP3": ("PRES3A.tt", "2023-12-16T16:00:00+07:00", "Sat set, ngobrol sama petani Boyolali 🌾"),
    "pP4": (
        "PRES3A.yt",
        "2024-01-27T15:00:00+07:00",
        "LIVE: Ganjar–Mahfud Menyapa Warga Solo Raya",
    ),
    "pP5": (
        "PRES1A.x",
        "2024-01-11T13:00:00+07:00",
        "Desak Anies di Jogja malam ini. Silakan datang dan tanyakan apa saja.",
    ),
    "pP6": ("PRES2T.x", "2024-01-21T09:00:00+07:00", "Yang sudah mantap 02, mana suaranya? 🙌"),
    "pP7": (
        "PRES1B.x",
        "2023-12-28T10:00:00+07:00",
        "Slepet! Ayo perubahan, Indonesia adil makmur untuk semua.",
    ),
    "pP8": (
        "PRES3B.x",
        "2024-01-15T08:00:00+07:00",
        "Hukum harus tegak tanpa pandang bulu. Bersama Pak Ganjar, kami pastikan itu. #GanjarMahfud2024",
    ),
    "pP9": (
        "PRES1A.tt",
        "2024-01-18T20:00:00+07:00",
        "Live malam ini bareng anak muda, tanya apa aja 👋",
    ),
    "pP10": ("PRES2A.yt", "2024-01-08T22:00:00+07:00", "Pidato Penutup Debat Capres Ketiga"),
    "pP11": (
        "PRES3T.x",
        "2023-11-14T07:00:00+07:00",
        "Tiga bulan menuju 14 Februari. Siap menangkan Ganjar–Mahfud?",
    ),
    "pP12": (
        "PRES1A.x",
        "2023-12-04T09:00:00+07:00",
        "Innalillahi wa inna ilaihi rojiun. Duka mendalam untuk para korban erupsi Gunung Marapi.",
    ),
    "pP13": (
        "PRES2A.fb",
        "2023-12-09T18:30:00+07:00",
        "Terima kasih Jawa Tengah! Bersama Indonesia Maju.",
    ),
    # Pileg
    "pC1": (
        "CAL1.ig",
        "2024-01-13T10:00:00+07:00",
        "Sosialisasi bareng ibu-ibu Kartasura. PKB nomor 1, Siti nomor 3! 🙏",
    ),
    "pC2": (
        "CAL2.fb",
        "2024-01-20T19:00:00+07:00",
        "Ngopi bareng pemuda Mlati. Gerindra Sleman, Bagus nomor 5 💪",
    ),
    "pC3": ("CAL2.tt", "2024-02-03T20:00:00+07:00", "Caleg muda Sleman, nyawiji karo anak muda 🤝"),
    # Parties
    "pY1": (
        "PDIP.ig",
        "2025-02-08T10:00:00+07:00",
        "Rapat Kerja Daerah PDI Perjuangan Jawa Tengah. Merdeka!",
    ),
    "pY2": ("GERINDRA.x", "2024-07-14T09:00:00+07:00", "Gerindra menang, rakyat senang!"),
    "pY3": ("PSI.tt", "2025-03-02T19:00:00+07:00", "Partai anak muda? PSI jawabannya 🌹"),
    "pY4": (
        "PKS.x",
        "2023-03-09T08:00:00+07:00",
        "Ayo bergabung, daftar jadi anggota PKS secara online.",
    ),
    # Others
    "nw1": (
        "news.x",
        "2024-01-19T11:00:00+07:00",
        "Survei terbaru: elektabilitas 02 naik jadi 47%.",
    ),
    "nw2": (
        "info.fb",
        "2024-10-01T08:00:00+07:00",
        "Cek DPT online sebelum 27 November! Pastikan namamu terdaftar.",
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

# --- Pilgub Jawa Tengah -------------------------------------------------------------------
C("JTG1", "2024-11-02T08:41:00+07:00", "e5.x", "reply", "Siaaaap menangkan!! 🙋‍♂️☝️", on="pJ5")
C(
    "JTG1",
    "2024-10-05T12:15:00+07:00",
    "e9.ig",
    "comment",
    "Lanjutkan pak! Sehat selalu 🙏🔥",
    on="pJ1",
)
C("JTG1", "2024-10-15T19:02:00+07:00", "e1.ig", "comment", "Setuju bu! Nomor 1 pokoke 👍", on="pJ7")
C(
    "JTG2",
    "2024-10-08T20:47:00+07:00",
    "e7.tt",
    "comment",
    "gaskeun pak yudhaaa, fix pilihanku 2 🤙😎",
    on="pJ3",
)
C(
    "JTG2",
    "2024-11-17T14:35:00+07:00",
    "e8.yt",
    "comment",
    "Hadir dari Boyolali! YUNAS menang satu putaran, Jateng Maju Bareng!!",
    on="pJ4",
)
C(
    "JTG2",
    "2024-10-12T21:10:00+07:00",
    "e6.fb",
    "comment",
    "Absen saking Sleman nanging KTP Magelang, mengko tanggal 27 mulih nyoblos loro 😁",
    on="pJ6",
)
C(
    "JTG1",
    "2024-11-20T06:30:00+07:00",
    "e2.x",
    "post",
    "Bismillah, 27 November nyoblos nomor 1 buat Jateng yang lebih gayeng. Sedulur sak Solo Raya, ayo bareng-bareng! #HARTAuntukJateng",
)
C(
    "JTG2",
    "2024-11-10T05:45:00+07:00",
    "e5.fb",
    "post",
    "Nyuwun pangestu, monggo sedaya sedulur Jawa Tengah, tanggal 27 Nopember nderek nyoblos Pak Yudha kaliyan Kyai Nasrullah. Jateng Maju Bareng 🙏",
)
C(
    "JTG1",
    "2024-10-27T16:20:00+07:00",
    "e9.ig",
    "post",
    "Lagi masang ini di depan rumah 😁 #JatengGayeng",
    alt="Spanduk bergambar pria berpeci dan wanita berkerudung dengan angka 1 besar",
    ocr="COBLOS NO. 1 HARTONO - LESTARI CAGUB CAWAGUB JAWA TENGAH 2024 JATENG GAYENG RAKYAT SENENG",
)
C(
    "JTG2",
    "2024-10-21T07:10:00+07:00",
    "e1.fb",
    "post",
    "Stikere wis tak tempel neng motor 🛵😎",
    alt="Stiker di spakbor belakang sepeda motor",
    ocr="SAHABAT YUNAS | YUDHA - NASRUL | No. 2 | JATENG MAJU BARENG",
)
C(
    "JTG2",
    "2024-10-23T12:40:00+07:00",
    "e5.x",
    "quote",
    "Ini baru calon gubernur yang mikirin guru honorer. Wis mantep neng YUNAS 💯",
    on="pJ9",
)
C(
    "JTG1",
    "2024-10-25T20:05:00+07:00",
    "e1.fb",
    "share",
    "Visi misine cetha, 1 desa 1 dokter. Monggo dipun tonton lan dipun dukung sedulur 🙏",
    on="pJ12",
)
C(
    "JTG1",
    "2024-11-09T22:31:00+07:00",
    "e4.tt",
    "comment",
    "wkwk aku bgt 😭☝️ udh mantep HARTA no debat",
    on="pJ13",
)
C(
    "JTG1",
    "2024-11-14T19:00:00+07:00",
    "e2.x",
    "post",
    "Central Java deserves a governor who actually listens. Vote for Hartono and Lestari this 27 November 🙌",
)
C(
    "JTG2",
    "2024-10-20T13:22:00+07:00",
    "e7.ig",
    "comment",
    "Minta stikernya kak buat ditempel di meja kantor hehe, pokoke YUNAS!!",
    on="pJ11",
)
C(
    "JTG2",
    "2024-10-18T21:40:00+07:00",
    "e3.fb",
    "comment",
    "Aamiin. Mugi Kyai Nasrullah lan Pak Yudha diparingi kemenangan, kula sekeluarga nderek milih nomer kalih 🤲",
    on="pJ10",
)
C(
    "JTG2",
    "2024-11-17T07:15:00+07:00",
    "e7.tt",
    "post",
    "outfit kampanye check ✅ kaos YUNAS + topi, siap ke Simpang Lima 💃 #YUNASMenang",
    alt="Video wanita berkaos putih bergambar pasangan calon nomor 2 berjoget di depan cermin",
)
C(
    "JTG1",
    "2024-11-03T10:00:00+07:00",
    "e5.fb",
    "post",
    "Laporan saka Grobogan: posko Sedulur HARTA wis buka, monggo mampir njupuk kaos lan stiker. Menang!",
    group="JTG1T.fb",
)
C(
    "JTG1",
    "2024-10-29T20:18:00+07:00",
    "e2.x",
    "reply",
    "Doa terbaik pak, sikat debat besok ☝️🔥",
    on="pJ2",
)
C(
    "JTG1",
    "2024-10-26T09:12:00+07:00",
    "e8.yt",
    "comment",
    "Programe masuk akal. Tahun iki aku melu HARTA, ora golput.",
    on="pJ12y",
)
C(
    "JTG1",
    "2024-10-05T13:01:00+07:00",
    "e1.ig",
    "comment",
    "Jateng Gayeng Rakyat Seneng!!! ☝️☝️☝️ Hartono gubernurkuuu",
    on="pJ1",
)
C(
    "JTG2",
    "2024-11-21T21:05:00+07:00",
    "e9.th",
    "post",
    "yakin deh kalau Jateng dipimpin Pak Yudha pasti lebih maju. tgl 27 jangan lupa coblos no 2 ya gaes 🫶",
)
C(
    "JTG2",
    "2024-10-09T06:55:00+07:00",
    "e4.tt",
    "comment",
    "bapake sumeh bgt, fix nomer loro 😍",
    on="pJ3",
)
C(
    "JTG1",
    "2024-11-22T15:30:00+07:00",
    "e5.fb",
    "post",
    "Contoh surat suara, ojo nganti salah coblos lur 👇",
    alt="Spesimen surat suara dengan lubang coblosan tepat di foto pasangan nomor 1",
    ocr="SURAT SUARA PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR JAWA TENGAH TAHUN 2024 | 1 HARTONO WIBISONO - SRI LESTARI HANDAYANI | 2 YUDHA PRAMANA - MUHAMMAD NASRULLAH",
)
C(
    "JTG2",
    "2024-11-17T15:02:00+07:00",
    "e3.yt",
    "comment",
    "Go Pak Yudha! Best candidate for Central Java, you have my vote 👍",
    on="pJ4",
)
C(
    "JTG1",
    "2024-08-26T18:20:00Z",
    "e9.ig",
    "post",
    "Hari ini jadwal daftar ke KPU! Bismillah Pak Hartono & Bu Lestari, Jateng Gayeng! 🙌",
    alt="Foto kerumunan pendukung di depan kantor KPU Provinsi Jawa Tengah",
    ocr="SEDULUR HARTA SIAP MENANGKAN",
)
C(
    "JTG2",
    "2024-11-23T21:40:00",
    "e6.fb",
    "post",
    "Sesuk wis masa tenang. Pokoke sing penting ora lali, tanggal 27 nderek Pak Yudha, nomer loro. Nyawiji kanggo Jateng Maju Bareng.",
)

# --- Pilwalkot Surakarta --------------------------------------------------------------------
C(
    "SKA1",
    "2024-10-03T11:24:00+07:00",
    "e7.ig",
    "comment",
    "Pasar Gede kudu diurus tenan mas, makane aku milih BIMA 🔥",
    on="pS1",
)
C(
    "SKA2",
    "2024-10-10T09:05:00+07:00",
    "e2.x",
    "reply",
    "Bu Rini memang kerja nyata. Lanjutkan! ✌️",
    on="pS2",
)
C(
    "SKA2",
    "2024-11-06T22:10:00+07:00",
    "e8.yt",
    "comment",
    "Closing statement paling mantap. Tanggal 27 ojo lali nomer loro, Solo Nyawiji!",
    on="pS3",
)
C(
    "SKA2",
    "2024-10-26T19:48:00+07:00",
    "e7.tt",
    "comment",
    "ikut challenge ahh 💃 gasss nomor 2 #SoloNyawiji",
    on="pS4",
)
C(
    "SKA1",
    "2024-10-17T20:33:00+07:00",
    "e8.fb",
    "comment",
    "Siap, RT 04 Laweyan siap ngawal BIMA sampai menang 💪",
    on="pS5",
)
C(
    "SKA1",
    "2024-10-30T13:10:00+07:00",
    "e2.tt",
    "comment",
    "selat Mbak Lies emang juara, kaya calon walikotane 😍 nomer siji pokoke",
    on="pS6",
)
C(
    "SKA2",
    "2024-10-22T16:45:00+07:00",
    "e8.fb",
    "comment",
    "Sami-sami Pak Joko, warga Baluwarti nderek nyengkuyung panjenengan kaliyan Bu Rini. Nyawiji!",
    on="pS7",
)
C(
    "SKA2",
    "2024-11-18T07:00:00+07:00",
    "e2.x",
    "post",
    "Wong Solo kudu milih sing wis ngerti Solo. #RiniJoko #SoloNyawiji",
)
C(
    "SKA1",
    "2024-10-19T10:15:00+07:00",
    "e7.ig",
    "post",
    "Lucu ya pin-nya 🥹 langsung tak pasang",
    alt="Pin bulat bergambar wajah dua pria tersemat di tas ransel",
    ocr="BIMA - BAYU | SOLO MAKIN MANTAP | No 1",
)
C(
    "SKA1",
    "2024-10-03T19:50:00+07:00",
    "e8.fb",
    "share",
    "Calon walikota sing gelem mudhun neng pasar. Monggo dipun dukung, sedulur Solo! 👍",
    on="pS1f",
)
C(
    "SKA2",
    "2024-10-10T12:00:00+07:00",
    "e2.x",
    "quote",
    "This is what real leadership looks like. Solo needs Bu Rini for the next five years.",
    on="pS2",
)
C(
    "SKA1",
    "2024-11-12T20:00:00+07:00",
    "e8.fb",
    "post",
    "Kanggo sedulur Solo sing isih bingung milih: Mas Bima niku pinter, enom, tur merakyat. Nomor 1 lur!",
    group="grp.wongsolo",
)
C(
    "SKA2",
    "2024-11-25T12:00:00+07:00",
    "e9.th",
    "post",
    "pulang kampung ke Solo tgl 27 buat nyoblos Bu Rini & Pak Joko, ga bakal golput ✌️",
)
C(
    "SKA1",
    "2024-11-03T09:30:00+07:00",
    "e8.fb",
    "post",
    "Wis siap tempur 💪",
    alt="Sekelompok pria berkaos hitam berfoto dengan pose satu jari di depan posko",
    ocr="RELAWAN BIMA-BAYU KECAMATAN LAWEYAN",
)

# --- Pilbup Sleman ----------------------------------------------------------------------------
C(
    "SLM1",
    "2024-10-09T12:40:00+07:00",
    "e4.ig",
    "comment",
    "Mantap mas Danu! Salak Turi kudu go internasional. DARA menang! 🔥",
    on="pL1",
)
C(
    "SLM2",
    "2024-10-13T18:22:00+07:00",
    "e6.fb",
    "comment",
    "Kula sak kulawarga nderek Pak Slamet, mugi kasembadan. Nomer kalih!",
    on="pL2",
)
C(
    "SLM2",
    "2024-10-28T20:15:00+07:00",
    "e4.tt",
    "comment",
    "gausah dijawab pak, pokoke aku pilih sampeyan 🤭✌️",
    on="pL3",
)
C(
    "SLM1",
    "2024-11-01T20:30:00+07:00",
    "e3.yt",
    "comment",
    "Mas Danu paling paham anak muda Sleman. Sudah pasti pilih nomor 1.",
    on="pL4",
)
C(
    "SLM1",
    "2024-10-24T09:10:00+07:00",
    "e6.fb",
    "comment",
    "Siap hadir, tak gawakke wedang jahe kanggo sedulur relawan DARA 😁 menang!",
    on="pL5",
)
C(
    "SLM2",
    "2024-10-19T11:11:00+07:00",
    "e4.ig",
    "comment",
    "Bu Anis the best, pokoke 2 ✌️💕",
    on="pL6",
)
C(
    "SLM2",
    "2024-11-04T12:03:00+07:00",
    "e5.x",
    "quote",
    "Setuju banget! Anakku kuliah neng Jogja. Sleman Adem Ayem top, nomer 2 👍",
    on="pL7",
)
C(
    "SLM1",
    "2024-11-24T05:00:00+07:00",
    "e6.fb",
    "post",
    "Sedulur Sleman, monggo tanggal 27 Nopember nyoblos nomer setunggal, Mas Danu lan Mbak Ratna. Sleman Tambah Mulyo.",
)
C(
    "SLM2",
    "2024-11-08T16:45:00+07:00",
    "e6.fb",
    "post",
    "Posko wis ngadeg ing ngarep omah 💪",
    alt="Tenda posko dengan spanduk pasangan calon nomor 2",
    ocr="POSKO PEMENANGAN SLAMET - ANIS DUSUN NGLEMPONG NOMOR 2",
)
C(
    "SLM2",
    "2024-11-19T19:00:00+07:00",
    "e3.fb",
    "post",
    "Sedulur Sleman, aja lali tanggal 27. Pak Slamet lan Bu Anis wis kebukti, adem ayem. Pilih sing pasti!",
    group="grp.infosleman",
)
C(
    "SLM1",
    "2024-11-15T08:00:00+07:00",
    "e4.ig",
    "post",
    "Sleman needs young leaders. Proud to support Danu & Ratna this November 💚",
)
C(
    "SLM1",
    "2024-11-11T21:20:00+07:00",
    "e4.tt",
    "post",
    "ygy sleman tambah mulyo no debat 🫵🔥 #DARASleman #pilbupsleman",
)
C(
    "SLM1",
    "2024-11-01T21:05:00+07:00",
    "e3.yt",
    "comment",
    "Jogja istimewa, Sleman tambah mulyo bareng Mas Danu. Aamiin.",
    on="pL4",
)
C(
    "SLM2",
    "2024-10-13T20:00:00+07:00",
    "e3.fb",
    "share",
    "Pak Slamet niku tiyangipun andhap asor, remen sowan sesepuh. Pantes dados bupati, monggo dipun dukung 🙏",
    on="pL2",
)

# --- Pilpres 2024 -------------------------------------------------------------------------------
C(
    "PRES2",
    "2023-12-09T19:12:00+07:00",
    "e5.x",
    "reply",
    "Sami-sami Pak! Jateng saiki kandang 02 😎🇮🇩",
    on="pP1",
)
C(
    "PRES2",
    "2024-01-06T13:05:00+07:00",
    "e9.ig",
    "comment",
    "Mas Gibran idolaku, 14 Februari pasti nyoblos 02 🙏",
    on="pP2",
)
C(
    "PRES3",
    "2023-12-16T18:30:00+07:00",
    "e7.tt",
    "comment",
    "sat set tas tes 🔥🔥 pak Ganjar presidenku!!",
    on="pP3",
)
C(
    "PRES3",
    "2024-01-27T15:40:00+07:00",
    "e8.yt",
    "comment",
    "Solo Raya siap menangkan 03! Merdeka!!",
    on="pP4",
)
C(
    "PRES1",
    "2024-01-11T13:30:00+07:00",
    "e2.x",
    "reply",
    "Hadir! AMIN aja dulu 💚 Jogja siap berubah",
    on="pP5",
)
C(
    "PRES2",
    "2024-01-21T09:14:00+07:00",
    "e5.x",
    "reply",
    "Mantap 02 pak! Satu putaran! 🙌",
    on="pP6",
)
C("PRES1", "2023-12-28T10:20:00+07:00", "e2.x", "reply", "Slepet! Gas Gus Imin 🔥", on="pP7")
C("PRES3", "2024-01-15T08:25:00+07:00", "e7.x", "reply", "Setuju Prof! 👍", on="pP8")
C(
    "PRES1",
    "2024-01-18T20:40:00+07:00",
    "e4.tt",
    "comment",
    "pak anies aku udah nonton dari awal, fix AMIN 🫶",
    on="pP9",
)
C(
    "PRES2",
    "2024-01-08T22:45:00+07:00",
    "e3.yt",
    "comment",
    "Pak Prabowo paling tegas, pemimpin yang kita butuhkan. Lanjutkan!",
    on="pP10",
)
C(
    "PRES3",
    "2023-11-14T07:33:00+07:00",
    "e7.x",
    "reply",
    "Siap menangkan! Tiga jari dari Solo 🤟",
    on="pP11",
)
C(
    "PRES3",
    "2024-02-05T06:00:00+07:00",
    "e1.fb",
    "post",
    "Nyuwun sewu sedulur, kula namung ngaturaken: 14 Februari monggo sami nyoblos Pak Ganjar lan Prof Mahfud. Jawa Tengah sampun ngrasakaken, Pak Ganjar sampun mbangun.",
)
C(
    "PRES2",
    "2024-02-09T21:00:00+07:00",
    "e9.ig",
    "post",
    "Udah siap buat tgl 14 💪",
    alt="Kaos putih bergambar pasangan capres nomor 2 di atas kasur",
    ocr="PRABOWO GIBRAN 02 BERSAMA INDONESIA MAJU",
)
C(
    "PRES3",
    "2024-01-27T18:00:00+07:00",
    "e3.fb",
    "post",
    "Alhamdulillah, rame tenan 🙌",
    alt="Foto selfie bersama sekelompok orang berpose tiga jari di lapangan kampanye",
    ocr="KAMPANYE AKBAR GANJAR - MAHFUD SOLO RAYA 2024",
)
C(
    "PRES1",
    "2024-02-08T20:00:00+07:00",
    "e7.x",
    "post",
    "Team AMIN all the way. Change is coming Feb 14 🗳️💚",
)
C(
    "PRES1",
    "2024-01-18T21:02:00+07:00",
    "e7.tt",
    "comment",
    "Anies is the only one who actually answers questions. My vote is his 💯",
    on="pP9",
)
C(
    "PRES2",
    "2023-12-09T20:10:00+07:00",
    "e5.fb",
    "share",
    "Wis wayahe Pak Prabowo. Nerusake pembangunan, 02 sak puteran!",
    on="pP13",
)
C(
    "PRES2",
    "2024-01-02T22:00:00+07:00",
    "e9.th",
    "post",
    "gemoy bgt sihhh pak prabowo joget 😭🫶 fix 02",
)
C(
    "PRES3",
    "2024-01-25T19:30:00+07:00",
    "e1.fb",
    "post",
    "Bapak ibu guru, ingat siapa yang memperjuangkan sertifikasi kita. 14 Februari, Ganjar-Mahfud. Sat set!",
    group="grp.gurujateng",
)
C(
    "PRES2",
    "2024-01-19T11:30:00+07:00",
    "e5.x",
    "quote",
    "Makin yakin, 02 satu putaran 🔥",
    on="nw1",
)
C(
    "PRES3",
    "2023-10-19T01:00:00Z",
    "e1.fb",
    "post",
    "Alhamdulillah Pak Ganjar kaliyan Prof Mahfud resmi daftar. Jawa Tengah siap menangkan! 🙏",
)
C(
    "PRES1",
    "2024-02-12T21:30:00+07:00",
    "e2.th",
    "post",
    "bismillah, lusa pilih yang bawa perubahan: Anies–Muhaimin 🌱",
)

# --- Pileg 2024 ---------------------------------------------------------------------------------
C(
    "CAL1 PKB",
    "2024-01-13T12:10:00+07:00",
    "e9.ig",
    "comment",
    "Bu Siti, kula nderek nyoblos njenengan. Nomer 3 PKB! 🙏",
    on="pC1",
)
C(
    "CAL2 GERINDRA",
    "2024-01-20T20:30:00+07:00",
    "e6.fb",
    "comment",
    "Mas Bagus enom tur semangat, aku melu nyoblos nomer 5 🔥",
    on="pC2",
)
C(
    "CAL2 GERINDRA",
    "2024-02-03T21:12:00+07:00",
    "e4.tt",
    "comment",
    "mas bagus ganteng bgt, fix pilih no 5 dapil 2 😍",
    on="pC3",
)
C(
    "CAL1 PKB",
    "2024-02-07T06:00:00+07:00",
    "e1.fb",
    "post",
    "Monggo ibu-ibu guru Kartasura, 14 Februari kagem DPRD Provinsi pilih Bu Siti Mugiyanti, PKB nomor urut 3. Tiyang sae, pejuang pendidikan.",
)
C(
    "CAL1 PKB",
    "2024-01-28T17:00:00+07:00",
    "e9.ig",
    "post",
    "kartu nama caleg tetanggaku 😁 semoga amanah, titip suaraku ya bu",
    alt="Kartu nama caleg dengan contoh coblosan",
    ocr="SITI MUGIYANTI, S.Pd. CALEG DPRD PROV JATENG DAPIL V | PKB | NO. 3 | COBLOS!",
)
C(
    "CAL2 GERINDRA",
    "2024-01-21T07:00:00+07:00",
    "e6.fb",
    "share",
    "Calon DPRD Sleman sing nyata gelem kerja. Monggo sedulur Mlati dipun dukung!",
    on="pC2",
)
C(
    "CAL2 GERINDRA",
    "2024-01-20T21:00:00+07:00",
    "e3.fb",
    "comment",
    "Good luck Mas Bagus, you have my vote in Dapil 2!",
    on="pC2",
)
C(
    "CAL1 PKB",
    "2023-11-10T19:00:00+07:00",
    "e1.ig",
    "post",
    "Ibu-ibu Kartasura, kenalan dulu sama Bu Siti Mugiyanti, caleg DPRD Jateng yang peduli guru PAUD. Jangan lupa dukung ya 🙏 #SitiMugiyanti",
)

# --- Parties (at any time) --------------------------------------------------------------------
C(
    "PDIP",
    "2025-02-08T11:30:00+07:00",
    "e1.ig",
    "comment",
    "Merdeka!!! Banteng Jateng tetep solid 🔥🐂",
    on="pY1",
)
C("GERINDRA", "2024-07-14T10:02:00+07:00", "e5.x", "reply", "Gerindra di hati! 💪🦅", on="pY2")
C(
    "PSI",
    "2025-03-02T20:15:00+07:00",
    "e7.tt",
    "comment",
    "PSI terbaik buat gen z, aku join yaa 🌹🌹",
    on="pY3",
)
C(
    "PKS",
    "2023-03-09T12:00:00+07:00",
    "e2.x",
    "reply",
    "Udah daftar min, bangga jadi bagian PKS 💛",
    on="pY4",
)
C(
    "PDIP",
    "2024-07-20T20:00:00+07:00",
    "e8.fb",
    "post",
    "Pemilu wis rampung, nanging aku tetep PDI Perjuangan sampai mati. Merdeka! 🐂",
)
C(
    "PDIP",
    "2025-01-10T08:00:00+07:00",
    "e9.ig",
    "post",
    "HUT ke-52 🎉",
    alt="Poster ucapan ulang tahun partai berlogo kepala banteng",
    ocr="DIRGAHAYU PDI PERJUANGAN KE-52 | 10 JANUARI 2025 | SATYAM EVA JAYATE",
)
C(
    "PKB",
    "2024-08-05T19:00:00+07:00",
    "e7.x",
    "post",
    "Proud to stand with PKB. Serving the nation together 💚",
)
C(
    "PSI",
    "2024-02-01T20:00:00+07:00",
    "e9.th",
    "post",
    "partai yg paling masuk akal buat gen z? PSI sih menurutku, coblos 15!",
)
C(
    "GOLKAR",
    "2023-12-20T09:00:00+07:00",
    "e3.fb",
    "post",
    "Golkar menang, rakyat sejahtera! Suara Golkar suara rakyat 💛",
)
C(
    "GERINDRA",
    "2025-04-12T19:30:00+07:00",
    "e6.fb",
    "post",
    "Rapat ranting Gerindra Mlati malam iki, sedulur kader monggo rawuh. Gerindra menang!",
    group="GERINDRA.fb",
)
C(
    "PKB",
    "2024-10-02T18:00:00+07:00",
    "e3.fb",
    "post",
    "Alhamdulillah, sak niki kula bangga nderek PKB. Partai santri, partai rakyat 💚",
)
C(
    "PDIP",
    "2024-09-12T20:00:00+07:00",
    "e5.x",
    "post",
    "Jateng tetep kandang banteng. Coblos PDI Perjuangan, partai wong cilik! 🐂🔴",
)


# ============================================================================================
# N: close, but not campaigning
# ============================================================================================

# --- under candidates' and teams' posts: questions, complaints, criticism, condolences, thanks -
N(
    "2024-10-23T13:05:00+07:00",
    "e2.x",
    "reply",
    "Pak, insentif guru honorer di Sragen sudah 3 bulan belum cair. Itu nanti tanggung jawab provinsi atau kabupaten?",
    on="pJ9",
)
N(
    "2024-11-05T08:10:00+07:00",
    "e1.fb",
    "comment",
    "Innalillahi, semoga warga Demak diberi ketabahan. Turut berduka 🤲",
    on="pJ8",
)
N(
    "2024-10-15T20:30:00+07:00",
    "e9.ig",
    "comment",
    "Kartu Jateng Sehat ini sudah berlaku belum bu? Ibu saya lansia di Wonogiri belum dapat info apa-apa.",
    on="pJ7",
)
N(
    "2024-10-08T21:30:00+07:00",
    "e7.tt",
    "comment",
    "pasar Johar parkire tetep semrawut pak, janji tok ra tau ana buktine 🙄",
    on="pJ3",
)
N(
    "2024-11-17T14:20:00+07:00",
    "e8.yt",
    "comment",
    "Suarane ora krungu mas, mic e mati 🙏",
    on="pJ4",
)
N(
    "2024-11-02T09:00:00+07:00",
    "e2.x",
    "reply",
    "Maaf min, ASN ga boleh ikut angkat tangan ya 😅 kami netral dulu",
    on="pJ5",
)
N(
    "2024-10-20T14:00:00+07:00",
    "e1.ig",
    "comment",
    "min stikernya jangan ditempel di pohon sama tiang listrik dong, itu melanggar perda 🙏",
    on="pJ11",
)
N(
    "2024-10-29T21:00:00+07:00",
    "e5.x",
    "reply",
    "Pak, besok tolong dijawab soal rob di Pekalongan ya, jangan muter-muter.",
    on="pJ2",
)
N(
    "2024-10-25T21:00:00+07:00",
    "e3.yt",
    "comment",
    "1 desa 1 dokter itu anggarannya dari mana pak? Dokter di puskesmas aja masih kurang.",
    on="pJ12y",
)
N(
    "2024-10-05T14:00:00+07:00",
    "e4.ig",
    "comment",
    "Pak, Sleman mboten angsal nderek nggih? 😂 kita beda provinsi",
    on="pJ1",
)
N(
    "2024-11-09T23:00:00+07:00",
    "e7.tt",
    "comment",
    "kontennya cringe bgt min, gen z ga gini 😭",
    on="pJ13",
)
N(
    "2024-09-16T07:10:00+07:00",
    "e1.ig",
    "comment",
    "Allahumma sholli 'ala Sayyidina Muhammad 🤲",
    on="pJ14",
)
N(
    "2024-11-05T09:30:00+07:00",
    "e5.fb",
    "comment",
    "Turut berduka. Semoga banjir cepat surut dan tanggulnya diperbaiki permanen, jangan tambal sulam.",
    on="pJ8",
)
N(
    "2024-10-10T10:00:00+07:00",
    "e5.x",
    "reply",
    "Bu, drainase di Jebres belum disentuh sama sekali lho. Kapan giliran kami?",
    on="pS2",
)
N(
    "2024-10-01T08:20:00+07:00",
    "e7.ig",
    "comment",
    "Matur nuwun Bu, kemarin simbah saya sudah dapat KTP dari layanan keliling 🙏",
    on="pS8",
)
N(
    "2024-11-06T22:30:00+07:00",
    "e8.yt",
    "comment",
    "Moderatore kok kesusu banget, calon durung rampung ngomong wis dipotong.",
    on="pS3",
)
N(
    "2024-10-26T20:10:00+07:00",
    "e2.tt",
    "comment",
    "lagunya apa sih judulnya kak? enak buat senam 😂",
    on="pS4",
)
N(
    "2024-10-22T18:00:00+07:00",
    "e8.fb",
    "comment",
    "Pak, yen kampanye ampun ngganggu dalan kampung nggih, ambulans wingi mboten saged lewat.",
    on="pS7",
)
N(
    "2024-11-06T23:00:00+07:00",
    "e3.yt",
    "comment",
    "Kualitas audio debat iki elek banget, mbok KPU-ne nyewa sound sing apik.",
    on="pS3",
)
N(
    "2024-10-30T14:00:00+07:00",
    "e7.tt",
    "comment",
    "selat Mbak Lies saiki regane 35rb mas 😭 mahal",
    on="pS6",
)
N(
    "2024-10-03T13:00:00+07:00",
    "e9.ig",
    "comment",
    "Revitalisasi Pasar Gede kan programe pemkot wingi, dudu programe sampeyan mas 🤔",
    on="pS1",
)
N(
    "2024-10-17T21:00:00+07:00",
    "e1.fb",
    "comment",
    "Minggu esuk Manahan kan CFD, ojo ngganggu sing olahraga nggih.",
    on="pS5",
)
N(
    "2024-11-12T08:00:00+07:00",
    "e6.fb",
    "comment",
    "Innalillahi wa inna ilaihi rojiun. Semoga para korban lekas pulih.",
    on="pL8",
)
N(
    "2024-10-09T13:30:00+07:00",
    "e9.ig",
    "comment",
    "Mas, rega salak pondoh anjlok, petani rugi. Programe apa kanggo kuwi?",
    on="pL1",
)
N(
    "2024-10-28T21:00:00+07:00",
    "e7.tt",
    "comment",
    "pak itu backgroundnya sawah beneran apa green screen? 😂",
    on="pL3",
)
N(
    "2024-11-01T21:30:00+07:00",
    "e3.yt",
    "comment",
    "Mohon dibuatkan subtitle untuk teman-teman tuli 🙏",
    on="pL4",
)
N(
    "2024-10-13T19:00:00+07:00",
    "e3.fb",
    "comment",
    "Pak, tanah kas desa sing neng Prambanan badhe dipun damel menapa?",
    on="pL2",
)
N(
    "2024-10-09T15:00:00+07:00",
    "e7.ig",
    "comment",
    "Mas, petani salak butuh jalan tani diaspal, dudu foto-foto tok.",
    on="pL1",
)
N(
    "2024-10-24T10:00:00+07:00",
    "e3.fb",
    "comment",
    "Angkringan Mbah Jo niku tanggi kula, mangke parkire ampun ngalangi dalan nggih.",
    on="pL5",
)
N(
    "2024-11-04T13:00:00+07:00",
    "e2.x",
    "reply",
    "Beasiswa 1.000 mahasiswa dananya dari APBD? Realistis ga sih min?",
    on="pL7",
)
N(
    "2023-12-09T19:40:00+07:00",
    "e2.x",
    "reply",
    "Pak, harga beras kapan turun? Jangan cuma janji.",
    on="pP1",
)
N(
    "2024-01-06T14:00:00+07:00",
    "e4.ig",
    "comment",
    "Mas, anak saya alergi susu, makan siang gratis nanti ada pilihan lain nggak?",
    on="pP2",
)
N("2023-12-16T19:00:00+07:00", "e7.tt", "comment", "pak topinya beli dimana? 😂", on="pP3")
N(
    "2023-12-16T20:00:00+07:00",
    "e4.tt",
    "comment",
    "pak sawahe garing, irigasine rusak wiwit taun wingi 🙏",
    on="pP3",
)
N(
    "2024-01-06T15:00:00+07:00",
    "e1.ig",
    "comment",
    "Semoga anak-anak sehat selalu. Tapi menu gizinya tolong diawasi ahli gizi ya Mas.",
    on="pP2",
)
N(
    "2024-01-08T23:00:00+07:00",
    "e8.yt",
    "comment",
    "Link full debat yang tanpa potongan ada nggak min?",
    on="pP10",
)
N(
    "2024-01-09T07:00:00+07:00",
    "e3.yt",
    "comment",
    "Data yang disampaikan soal anggaran pertahanan kurang tepat, coba cek lagi APBN-nya.",
    on="pP10",
)
N(
    "2023-11-14T09:00:00+07:00",
    "e5.x",
    "reply",
    "Tiga bulan lagi ya, semoga pemilunya damai tanpa hoaks.",
    on="pP11",
)
N(
    "2024-01-21T10:00:00+07:00",
    "e7.x",
    "reply",
    "Admin, ASN can't answer this 😅 stay neutral everyone.",
    on="pP6",
)
N(
    "2023-12-04T10:00:00+07:00",
    "e2.x",
    "reply",
    "Innalillahi, semoga keluarga korban diberi ketabahan.",
    on="pP12",
)
N(
    "2024-01-13T13:00:00+07:00",
    "e1.ig",
    "comment",
    "Bu, kegiatan ini di sekolah? Setahu saya fasilitas sekolah tidak boleh dipakai kampanye.",
    on="pC1",
)
N(
    "2024-01-20T21:30:00+07:00",
    "e5.fb",
    "comment",
    "Mas, dalan neng Mlati rusak parah. Sapa wae sing dadi dewan tulung diurus.",
    on="pC2",
)
N(
    "2024-01-15T09:00:00+07:00",
    "e2.x",
    "reply",
    "Prof, kasus korupsi bansos di kampung saya juga tolong diusut, sudah dua tahun mangkrak.",
    on="pP8",
)
N(
    "2024-10-01T09:00:00+07:00",
    "e1.fb",
    "share",
    "Info buat yang KTP-nya baru pindah, cek DPT online ya. Jangan sampai kehilangan hak pilih.",
    on="nw2",
)

# --- own posts: schedules, news, neutrality reminders ------------------------------------------
N(
    "2024-10-28T09:00:00+07:00",
    "e2.x",
    "post",
    "Jadwal debat kedua Pilgub Jateng: Rabu 30 Oktober pukul 19.00 WIB, disiarkan langsung. Temanya ekonomi dan infrastruktur.",
)
N(
    "2024-09-25T07:30:00+07:00",
    "e5.fb",
    "post",
    "Pengingat untuk rekan ASN Dinas PU: dilarang foto dengan pose jari satu atau dua, dilarang pakai kaos paslon, dilarang like/komen akun kandidat. Tetap netral ya 🙏",
)
N(
    "2024-10-31T06:30:00+07:00",
    "e9.th",
    "post",
    "nonton debat pilgub semalem, dua-duanya masih normatif sih soal UMR. kita tunggu aja deh.",
)
N(
    "2024-10-30T22:00:00+07:00",
    "e2.x",
    "post",
    "Watching the Central Java gubernatorial debate tonight. Both candidates dodged the question on minimum wage.",
)
N(
    "2024-10-15T12:00:00+07:00",
    "e1.ig",
    "post",
    "Sosialisasi pemilih pemula di sekolah kami bersama KPU 🗳️",
    alt="Siswa berseragam putih abu-abu berfoto memegang poster ajakan memilih",
    ocr="SOSIALISASI PILKADA SERENTAK 2024 | AYO MEMILIH 27 NOVEMBER | SUARAMU MENENTUKAN",
)
N(
    "2024-10-31T10:00:00+07:00",
    "e5.fb",
    "post",
    "Spanduk paslon dipasang di pagar jembatan, bahaya buat pengendara. Sudah saya laporkan ke Panwascam.",
    alt="Spanduk kampanye terpasang di pagar jembatan",
    ocr="COBLOS NO. 2 YUDHA - NASRUL",
)
N(
    "2024-10-29T22:15:00+07:00",
    "e5.x",
    "quote",
    "Debat besok semoga lebih substantif, jangan cuma gimmick. Siapa pun yang menang, tolong benahi jalan Purwodadi.",
    on="pJ2",
)
N(
    "2024-11-06T09:00:00+07:00",
    "e6.fb",
    "post",
    "Lur, wingi ana konvoi kampanye pilgub lewat Jalan Magelang, macet parah. Sing arep lewat mending golek dalan liya.",
    group="grp.infosleman",
)
N(
    "2024-11-06T23:30:00+07:00",
    "e2.x",
    "post",
    "Surakarta mayoral debate recap: transport, flooding, and street vendors. Full thread below 🧵",
)
N(
    "2024-11-01T21:00:00+07:00",
    "e9.th",
    "post",
    "pilwalkot solo taun iki kok sepi ya, baliho wae jarang.",
)
N(
    "2024-11-26T10:00:00+07:00",
    "e8.fb",
    "post",
    "Masa tenang Pilkada: Satpol PP bersama Bawaslu Kota Surakarta menertibkan 340 APK di lima kecamatan.",
)
N(
    "2024-10-08T08:00:00+07:00",
    "e2.x",
    "post",
    "Diskominfo Surakarta: hoaks soal pemindahan TPS beredar di grup WA, cek info resmi di situs KPU ya.",
)
N(
    "2024-11-20T12:00:00+07:00",
    "e4.tt",
    "post",
    "tutorial nyoblos yang bener biar suaranya sah, jangan sampai rusak ya 🗳️ (ini edukasi ya bukan kampanye)",
)
N(
    "2024-11-25T07:00:00+07:00",
    "e6.fb",
    "post",
    "Pengumuman: Kantor Bappeda Sleman tutup tanggal 27 November, libur Pilkada serentak. Pelayanan kembali normal tanggal 28.",
)
N(
    "2024-11-27T11:00:00+07:00",
    "e4.ig",
    "post",
    "Long queue at my TPS in Ngaglik this morning. Whoever wins, please fix the traffic on Jalan Kaliurang 😅",
)
N(
    "2024-01-10T09:00:00+07:00",
    "e5.x",
    "post",
    "Debat capres malam ini jam 19.00. Jangan lupa siapin kopi ☕",
)
N(
    "2024-01-03T08:00:00+07:00",
    "e1.fb",
    "post",
    "Surat edaran: ASN dilarang berfoto dengan gaya satu, dua atau tiga jari, dilarang membagikan postingan capres-cawapres. Mari jaga netralitas.",
)
N(
    "2024-01-23T06:00:00+07:00",
    "e9.th",
    "post",
    "debat cawapres semalem lucu bgt, banyak meme nya wkwk. kalian tim rebahan aja kan?",
)
N(
    "2024-02-14T14:30:00+07:00",
    "e2.x",
    "post",
    "Quick count results will start coming in after 3pm WIB. Remember, only the KPU's official count is final.",
)
N(
    "2024-01-20T10:00:00+07:00",
    "e5.x",
    "post",
    "Hasil survei terbaru: 01 24%, 02 45%, 03 21%. Masih ada sebulan, apa pun bisa terjadi.",
)
N(
    "2024-02-14T07:00:00+07:00",
    "e7.x",
    "post",
    "Antrean TPS 12 Laweyan mengular, bawa payung ya gaes ☔",
)
N(
    "2023-11-22T09:00:00+07:00",
    "e8.fb",
    "post",
    "Pak Wali Kota Gibran meresmikan taman cerdas di Kelurahan Sumber didampingi kepala dinas. Satpol PP melakukan pengamanan kegiatan.",
)
N(
    "2024-01-29T08:00:00+07:00",
    "e5.x",
    "post",
    "Wali Kota Solo mengambil cuti kampanye mulai hari ini, menurut pemberitaan. Tugas harian dijalankan wakil wali kota.",
)
N(
    "2024-02-10T09:00:00+07:00",
    "e4.tt",
    "post",
    "surat suara DPRD kab gede banget kyk koran 😭 bingung nyoblos sapa, ra kenal kabeh",
)
N(
    "2024-01-25T09:00:00+07:00",
    "e1.ig",
    "post",
    "Daftar caleg DPRD Provinsi Dapil V sudah bisa dilihat di situs KPU. Cek dulu rekam jejaknya sebelum nyoblos.",
)
N(
    "2024-10-05T20:00:00+07:00",
    "e7.x",
    "post",
    "Reminder for civil servants: no campaign selfies, no finger poses, no likes on candidates' posts until the election is over. Stay neutral!",
)
N(
    "2024-11-24T08:00:00+07:00",
    "e7.tt",
    "post",
    "masa tenang = waktunya healing dulu, no politik di fyp ya 🧘‍♀️",
)
N(
    "2024-10-22T20:00:00+07:00",
    "e9.th",
    "post",
    "kalau pilihanmu beda sama pilihanku, tetep temenan ya 🤝 #PilkadaDamai",
)
N(
    "2024-09-27T12:30:00+07:00",
    "e3.fb",
    "post",
    "Khutbah Jumat hari ini: pemimpin yang amanah adalah yang takut kepada Allah. Pilihlah dengan hati nurani, jangan karena amplop.",
)
N(
    "2024-11-27T14:00:00+07:00",
    "e9.ig",
    "post",
    "Sudah nyoblos ✅ jari ungu 💜 #PilkadaDamai",
    alt="Foto jari kelingking bertinta ungu dengan latar bilik TPS",
)

# --- namesakes, numbers and election words in other senses -------------------------------------
N(
    "2024-10-06T10:00:00+07:00",
    "e9.ig",
    "post",
    "Harta yang paling berharga adalah keluarga 🥰 #weekend",
)
N(
    "2024-11-03T19:00:00+07:00",
    "e2.x",
    "post",
    "Nomor 1 di hati tetep bakso Pak Tris, nomor 2 mie ayam Bu Sri 😋 #kulinersolo",
)
N(
    "2024-09-30T08:00:00+07:00",
    "e6.fb",
    "post",
    "Alhamdulillah hasil seleksi CPNS anak kula ranking 1. Matur nuwun Gusti 🙏",
)
N(
    "2024-10-12T16:00:00+07:00",
    "e4.tt",
    "post",
    "Jateng vs Jogja, mending gudeg apa garang asem? 🤔 komen yaa",
)
N(
    "2024-10-20T06:00:00+07:00",
    "e8.fb",
    "post",
    "Car free day Jalan Slamet Riyadi Minggu iki ditiadakan amarga ana acara. Sedulur Solo monggo dipun catet.",
)
N(
    "2024-10-11T22:00:00+07:00",
    "e2.x",
    "post",
    "Bima Sakti keliatan jelas banget dari Tawangmangu semalam 🌌",
)
N(
    "2024-11-09T18:00:00+07:00",
    "e8.fb",
    "post",
    "Pagelaran wayang kulit lakon Bima Suci malam Minggu neng Taman Balekambang. Monggo rawuh, gratis.",
)
N("2024-10-19T17:00:00+07:00", "e7.ig", "post", "Solo makin macet aja tiap weekend 😩 #SoloMacet")
N(
    "2024-11-27T13:00:00+07:00",
    "e5.x",
    "post",
    "Pak Jokowi nyoblos di TPS Sumber, rame banget di berita. Semoga pilkadanya lancar.",
)
N(
    "2024-11-10T08:00:00+07:00",
    "e5.x",
    "post",
    "Hari Pahlawan: mengenang Brigjen Ignatius Slamet Riyadi, pahlawan nasional dari Solo 🇮🇩",
)
N(
    "2024-10-26T15:00:00+07:00",
    "e4.ig",
    "post",
    "Dara cantik bgt pake kebaya 😍 selamat wisuda adikku sayang 🎓",
)
N(
    "2024-11-14T20:00:00+07:00",
    "e3.fb",
    "post",
    "Kajian rutin malam Jumat: adab bertetangga supaya urip adem ayem tentrem. Monggo rawuh.",
)
N(
    "2024-10-18T15:00:00+07:00",
    "e6.fb",
    "post",
    "Rapat koordinasi Bappeda bersama Ibu Bupati Sleman membahas RKPD 2025. Sleman Sembada!",
)
N(
    "2024-03-05T16:00:00+07:00",
    "e6.fb",
    "post",
    "Bagus banget hasil panen padi neng Seyegan taun iki. Alhamdulillah.",
)
N(
    "2024-01-16T10:00:00+07:00",
    "e5.x",
    "post",
    "Nomor antrean 5 di Samsat, lumayan cepet hari ini 👍",
)
N("2024-01-12T20:00:00+07:00", "e3.fb", "post", "Amin ya Allah, semoga ujian anak-anak lancar 🤲")
N("2024-01-14T10:00:00+07:00", "e9.ig", "post", "Gemoy banget kucing baruku 😻 namanya Mochi")
N(
    "2024-01-30T07:00:00+07:00",
    "e2.x",
    "post",
    "Perubahan jadwal KRL Solo-Jogja mulai 1 Februari. Cek aplikasi sebelum berangkat.",
)
N(
    "2023-12-15T18:00:00+07:00",
    "e9.ig",
    "post",
    "Timnas AMIN? Bukan, ini Timnas U-23 latihan di Manahan 😂⚽",
)
N(
    "2024-02-12T07:00:00+07:00",
    "e8.fb",
    "post",
    "Banteng lepas neng Pasar Hewan Boyolali, warga heboh 😂 videone viral",
)
N("2024-01-05T21:00:00+07:00", "e2.x", "post", "Garuda di dadaku, Timnas menang 2-0! 🇮🇩⚽")
N("2023-12-22T08:00:00+07:00", "e4.ig", "post", "Mawar merah buat ibuku di Hari Ibu 🌹")
N(
    "2024-09-15T19:00:00+07:00",
    "e5.x",
    "post",
    "Partai final nanti malam, PSIS vs Persis! Derby Jateng 🔥",
)
N(
    "2024-02-06T10:00:00+07:00",
    "e1.fb",
    "post",
    "Hari ini belajar sejarah partai politik di Indonesia sejak Pemilu 1955 bersama siswa kelas XI. Materi PKn.",
)
N(
    "2024-09-02T16:00:00+07:00",
    "e9.th",
    "post",
    "kerja bakti di kantor, cat pagarnya merah semua kayak mau kampanye wkwk 😂",
)
N(
    "2024-01-31T07:00:00+07:00",
    "e3.fb",
    "post",
    "Selamat Harlah NU ke-101. Mari jaga persatuan umat dan bangsa.",
)

# --- other contests, sarcasm, jokes, official duties -----------------------------------------
N(
    "2024-11-10T21:00:00+07:00",
    "e2.x",
    "post",
    "Pemilihan ketua RT di kampungku lebih panas dari pilkada 😂 calon nomor 2 bagi-bagi gorengan",
)
N(
    "2024-10-20T10:00:00+07:00",
    "e1.fb",
    "post",
    "Selamat kepada ananda Rizky yang terpilih sebagai Ketua OSIS periode 2024/2025! Pilihan siswa sudah tepat, lanjutkan programnya!",
)
N(
    "2024-10-12T19:00:00+07:00",
    "e7.tt",
    "post",
    "vote nomor 2 ya guys buat lomba tari kelompok adikku di IG sekolahnya 🙏💃",
)
N(
    "2024-11-01T07:00:00+07:00",
    "e5.x",
    "post",
    "Sarkas mode on: calon A janji gratis semua, calon B janji gratis semuanya lagi. Rakyat tinggal rebahan 🙃",
)
N(
    "2024-09-30T10:00:00+07:00",
    "e5.fb",
    "post",
    "Ruas jalan provinsi Purwodadi–Blora mulai diperbaiki minggu ini. Mohon maaf atas ketidaknyamanannya.",
)
N("2024-08-17T16:00:00+07:00", "e4.ig", "post", "Lomba coblos balon 17an, aku juara 1 🎈🏆")
N(
    "2024-11-21T10:00:00+07:00",
    "e3.yt",
    "post",
    "Kajian singkat: hukum golput dalam pandangan fikih. Silakan disimak, bukan kampanye untuk siapa pun.",
)
N(
    "2024-11-29T09:00:00+07:00",
    "e9.th",
    "post",
    "siapa pun gubernurnya nanti, semoga jalan rusak di Pantura beneran dibenerin 🙏",
)


# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A("JTG2", "2024-10-18T21:00:00+07:00", "e3.fb", "comment", "Aamiin ya Rabbal alamin 🤲", on="pJ10")
A(
    "JTG1",
    "2024-11-13T08:00:00+07:00",
    "e5.x",
    "post",
    "Yang nyebarin video editan Pak Hartono ngomong kasar itu hoaks ya, udah dicek. Jangan ikut nyebar.",
)
A(
    "SKA2",
    "2024-11-02T16:00:00+07:00",
    "e2.tt",
    "post",
    "part 2 keliling kampung 📸",
    alt="Foto mural dinding kampung bergambar pasangan calon",
    ocr="KAMPUNG SERENGAN DUKUNG RINI-JOKO NOMOR 2 SOLO NYAWIJI",
)
A(
    "SLM1",
    "2024-11-05T12:00:00+07:00",
    "e4.ig",
    "post",
    "bagi-bagi kalender gratis dari tetangga 😆",
    alt="Kalender dinding bergambar pasangan calon bupati",
    ocr="KALENDER 2025 | DANU - RATNA | NO 1 | SLEMAN TAMBAH MULYO | COBLOS!",
)
A(
    "PRES1",
    "2024-01-11T14:00:00+07:00",
    "e5.x",
    "reply",
    "Pak, acaranya di Jogja parkirnya di mana ya? Kemarin sempat macet.",
    on="pP5",
)
A(
    "SKA2",
    "2024-10-10T11:00:00+07:00",
    "e7.x",
    "reply",
    "Terima kasih Bu Rini, semoga terus amanah 🙏",
    on="pS2",
)
A(
    "PRES2",
    "2023-11-20T20:00:00+07:00",
    "e8.fb",
    "post",
    "Mas Gibran ki wong Solo asli. Bangga wae Solo duwe wakil ing tingkat nasional.",
)
A(
    "JTG2",
    "2024-10-31T07:00:00+07:00",
    "e2.x",
    "post",
    "Debat semalam, menurutku Pak Yudha lebih menguasai data. Tapi keputusan tetap di tangan kalian ya.",
)
A("SLM2", "2024-10-28T22:00:00+07:00", "e7.tt", "comment", "pak slamet lucu bgt wkwk 😂", on="pL3")
A(
    "JTG1",
    "2024-11-27T10:00:00+07:00",
    "e1.ig",
    "post",
    "Sudah nyoblos ✅",
    alt="Foto jari kelingking bertinta ungu diacungkan sendirian membentuk angka satu",
)
A(
    "PRES3",
    "2024-01-10T19:00:00+07:00",
    "e1.fb",
    "post",
    "Jawa Tengah sudah sepuluh tahun dibangun dengan baik. Jangan sampai salah pilih pemimpin ya sedulur.",
)
A(
    "PRES3",
    "2024-01-27T16:30:00+07:00",
    "e8.yt",
    "comment",
    "Pak Ganjar, kapan main ke Laweyan lagi? Kangen 😊",
    on="pP4",
)
A(
    "",
    "2024-02-10T20:00:00+07:00",
    "e9.th",
    "post",
    "udah tau kan mau pilih siapa? yang penting yang bener-bener kerja 😉☝️",
)
A("PRES2", "2024-01-21T10:30:00+07:00", "e5.x", "reply", "Wkwkwk 😂😂", on="pP6")
A(
    "SLM1",
    "2024-10-15T21:00:00+07:00",
    "e6.fb",
    "post",
    "Wingi ketemu Mas Danu neng angkringan, wonge grapyak tenan. Foto bareng sisan 📸",
    alt="Foto berdua dengan pria berkemeja putih di angkringan",
)
A(
    "SKA2",
    "2024-11-20T09:00:00+07:00",
    "e2.x",
    "post",
    "Honestly Bu Rini's flood plan is the only one that makes sense. Just saying.",
)
A("SLM2", "2024-10-19T12:00:00+07:00", "e9.ig", "comment", "Ibu cantik sekali 😍", on="pL6")
A("JTG1", "2024-10-25T22:00:00+07:00", "e5.fb", "share", "Tonton dulu, nilai sendiri.", on="pJ12")
A(
    "PRES2",
    "2024-02-15T09:00:00+07:00",
    "e5.x",
    "post",
    "Alhamdulillah, hasil quick count sesuai harapan 😁",
)
A(
    "SLM1",
    "2024-11-20T20:00:00+07:00",
    "e4.tt",
    "post",
    "ada yg tau lagu jingle Sleman Tambah Mulyo full version? enak bgt earworm 🎶",
)
A(
    "JTG2",
    "2024-10-12T22:00:00+07:00",
    "e3.fb",
    "comment",
    "Sleman hadir 🙋‍♀️ tapi ora duwe hak pilih neng Jateng hehe",
    on="pJ6",
)

# ============================================================================================
# O: C-like, naming only candidates, outside every election window
# ============================================================================================

O(
    "PRES3",
    "2023-03-12T19:00:00+07:00",
    "e1.fb",
    "post",
    "Pak Ganjar memang gubernur terbaik. Semoga jadi presiden, sat set! 🙏",
)
O(
    "JTG1",
    "2024-07-10T20:00:00+07:00",
    "e9.ig",
    "post",
    "Mas Hartono pantes dadi gubernur Jateng, aku dukung!",
)
O(
    "SKA2",
    "2024-08-20T09:00:00+07:00",
    "e2.x",
    "post",
    "Bu Rini maju walikota? Wajib didukung iki! 💪",
)
O(
    "SLM1",
    "2024-07-25T19:00:00+07:00",
    "e6.fb",
    "post",
    "Mas Danu wis wayahe mimpin Sleman. Sedulur, ayo dukung!",
)
O(
    "JTG2",
    "2024-12-16T18:30:00Z",
    "e5.x",
    "post",
    "Selamat Pak Yudha! Wis tak dukung wiwit awal, lanjutkan!",
)
O(
    "SLM1",
    "2025-02-20T10:00:00+07:00",
    "e4.ig",
    "post",
    "Selamat dilantik Mas Danu & Mbak Ratna! Sleman tambah mulyo 💚",
)
O("PRES1", "2023-04-02T21:00:00+07:00", "e7.x", "post", "Anies presiden 2024, siapa lagi? 🔥")
O(
    "PRES2",
    "2024-06-20T08:00:00+07:00",
    "e2.x",
    "post",
    "Prabowo presidenku, selamat Pak! Siap mengawal sampai pelantikan 🇮🇩",
)
O(
    "SKA1",
    "2025-05-05T20:00:00+07:00",
    "e7.tt",
    "post",
    "Mas Bima tetep idolaku, walikota paling sumeh sak Indonesia 😍",
)
O(
    "SLM2",
    "2024-08-01T19:00:00+07:00",
    "e8.fb",
    "post",
    "Pak Slamet Riyadi Wibowo pantes dadi bupati Sleman, mugi dipun lancaraken.",
)
O(
    "JTG1",
    "2024-07-05T12:00:00+07:00",
    "e9.ig",
    "comment",
    "Lanjutkan pak, kami mendukung! 🙏",
    on="pO1",
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
        return f"C{n:04d}xJtg{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzJtg{n:05d}Kw"
    return f"DA{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vJtg{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Jt"
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
        "name: Probe political.campaign – Jawa Tengah & DIY, all event forms\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-jateng-") as tmp:
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
