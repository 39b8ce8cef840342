# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: community and religious life in West Java, Banten and Central Java.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.

The world
---------
Campaigning that hides in community announcements: majelis taklim and pengajian invitations,
pesantren alumni groups, church youth and choir groups, arisan, PKK, posyandu, karang taruna,
RT/RW WhatsApp forwards pasted into Facebook groups, kerja bakti, sedekah bumi, haul, tahlilan,
tarkam and volleyball tournaments, UMKM bazaars, teachers' and health workers' groups (PGRI,
IBI, PPNI). The writers are mostly older civil servants (teachers, midwives, nurses, kelurahan
and kecamatan staff, a penyuluh agama, puskesmas staff) writing polite Indonesian with Sundanese,
Javanese and Betawi touches, prayers, pantun and long forwarded messages.

* An invented Pilbup Garut 2024: pair 1 H. Wawan Setiawan Hidayat - Hj. Rina Marlina Sukmawati
  ("WARNA", "Garut Hade, Warga Bagja", volunteers "Sahabat WARNA") and pair 2 dr. Yusuf Kurnia
  Rahman - KH. Endang Badruzzaman ("DOA", Dokter-Ajengan, "Garut Sehat, Garut Soleh",
  volunteers "Relawan DOA").
* An invented Pilgub Banten 2024: pair 1 H. Rachmat Hidayat Suherman - Hj. Ratu Aminah Syafei
  ("RAMAH", "Banten Ramah, Warga Berkah", Tim RAMAH, volunteers "Sahabat RAMAH") and pair 2
  Tb. Haerul Anwar - KH. Mahmud Sobari ("HARUM", "Banten Harum, Rakyat Makmur", Tim HARUM,
  volunteers "Barisan Santri HARUM").
* An invented Pilbup Kendal 2024: pair 1 Bambang Sulistyo Nugroho - Siti Khotimah ("BISA",
  "Kendal BISA, Kendal Bangkit", volunteers "Sedulur BISA") and pair 2 Mukhlis Arifin - Dewi
  Umayah ("MADU", "Kendal Guyub Rukun", Tim MADU).
* The real 2024 presidential pairs with their real ballot numbers (all texts invented), seven
  invented DPRD candidates of the 2024 legislative election with real parties and invented
  ballot numbers (several are relatives, neighbours or colleagues of the writers), real national
  parties, and three invented acting regional heads (officials, not standing).
* Ten invented civil servants (Pemkab Garut, Kemenag Garut, Pemkab Serang, Pemprov Banten,
  Pemkab Tangerang, Pemkab Kendal), PNS and PPPK, with declared accounts on Facebook (heavy),
  Instagram, TikTok, YouTube and X.

The acronyms are ordinary words on purpose (warna, doa, ramah, harum, bisa, madu, like the real
AMIN / aamiin): the near misses use those words in their everyday sense.

Events come in every form: own posts, Facebook group posts (WhatsApp forwards), comments,
replies, an X quote, shares with a comment, YouTube and TikTok comments, and image posts whose
alt text or OCR text carries the content.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own words campaigning for / showing support of a target inside that
  target's election window (parties: any time); lists the target ids a correct finding may name.
* ``N``: close but not campaigning (news, schedules, neutrality reminders, KPU and Bawaslu
  socialisation, candidates at a pengajian reported neutrally, thanks to officials doing their
  official duty, condolences, prayers for a peaceful election, namesakes, numbers in other senses
  such as arisan draws, queue numbers and competition ranks, other contests such as RT, RW, PKK,
  karang taruna and DKM elections and MTQ, criticism of and complaints or questions to
  candidates).
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_komunitas.py [--show] [--keep DIR]

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
    ("GRT", "Pemerintah Kabupaten Garut", "", "32.05"),
    ("GRT.DISDIK", "Dinas Pendidikan Kabupaten Garut", "GRT", "32.05"),
    ("GRT.KEC_TRK", "Kecamatan Tarogong Kidul", "GRT", "32.05"),
    ("SRG", "Pemerintah Kabupaten Serang", "", "36.04"),
    ("SRG.DINKES", "Dinas Kesehatan Kabupaten Serang", "SRG", "36.04"),
    ("SRG.KEC_CRS", "Kecamatan Ciruas", "SRG", "36.04"),
    ("BTN", "Pemerintah Provinsi Banten", "", "36"),
    ("BTN.DINDIKBUD", "Dinas Pendidikan dan Kebudayaan Provinsi Banten", "BTN", "36"),
    ("TNG", "Pemerintah Kabupaten Tangerang", "", "36.03"),
    ("TNG.DINKES", "Dinas Kesehatan Kabupaten Tangerang", "TNG", "36.03"),
    ("KDL", "Pemerintah Kabupaten Kendal", "", "33.24"),
    ("KDL.DINKES", "Dinas Kesehatan Kabupaten Kendal", "KDL", "33.24"),
    ("KDL.DISDIKBUD", "Dinas Pendidikan dan Kebudayaan Kabupaten Kendal", "KDL", "33.24"),
    ("KDL.KEC_KDL", "Kecamatan Kendal", "KDL", "33.24"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KEMENAG.GRT", "Kantor Kementerian Agama Kabupaten Garut", "KEMENAG", "32.05"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "e1": (
        "196805141993032004",
        "Hj. Euis Komariah, S.Pd., M.Pd.",
        "GRT.DISDIK",
        "SD Negeri 2 Tarogong",
        "Guru Ahli Madya",
        "PNS",
        "32.05",
    ),
    "e2": (
        "196611021994121001",
        "Drs. H. Ujang Saepudin, M.Pd.I.",
        "KEMENAG.GRT",
        "Kantor Urusan Agama Kecamatan Tarogong Kidul",
        "Penyuluh Agama Islam Ahli Madya",
        "PNS",
        "32.05",
    ),
    "e3": (
        "197908212006042005",
        "Nining Suryani, A.Md.Keb.",
        "SRG.DINKES",
        "UPTD Puskesmas Ciruas",
        "Bidan Terampil",
        "PNS",
        "36.04",
    ),
    "e4": (
        "197101301998031003",
        "Tb. Ahmad Jazuli, S.Sos.",
        "SRG.KEC_CRS",
        "Seksi Pemerintahan",
        "Kepala Seksi Pemerintahan",
        "PNS",
        "36.04",
    ),
    "e5": (
        "198810092023012008",
        "Ns. Siti Rohmah, S.Kep.",
        "KDL.DINKES",
        "UPTD Puskesmas Kendal 01",
        "Perawat Ahli Pertama",
        "PPPK",
        "33.24",
    ),
    "e6": (
        "197006171997031006",
        "Slamet Riyanto, S.Sos.",
        "KDL.KEC_KDL",
        "Kelurahan Langenharjo",
        "Sekretaris Kelurahan",
        "PNS",
        "33.24",
    ),
    "e7": (
        "197512252003122007",
        "Yohana Sri Rahayu, S.Pd.",
        "KDL.DISDIKBUD",
        "SMP Negeri 1 Kaliwungu",
        "Guru Ahli Muda",
        "PNS",
        "33.24",
    ),
    "e8": (
        "198504112023011009",
        "Agus Prasetyo Nugroho, S.Pd.",
        "BTN.DINDIKBUD",
        "SMA Negeri 1 Pandeglang",
        "Guru Ahli Pertama",
        "PPPK",
        "36.01",
    ),
    "e9": (
        "196903031996022001",
        "Hj. Rukmini, S.ST.",
        "GRT.KEC_TRK",
        "Seksi Pemberdayaan Masyarakat Desa",
        "Pengelola Program Pemberdayaan Kesejahteraan Keluarga",
        "PNS",
        "32.05",
    ),
    "e10": (
        "198207072009011004",
        "Muhammad Rosyid, A.Md.Kes.",
        "TNG.DINKES",
        "UPTD Puskesmas Teluknaga",
        "Sanitarian Terampil",
        "PNS",
        "36.03",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "e1.fb": (
        "fb",
        "euis.komariah.68",
        "100003311452081",
        "Euis Komariah",
        "Guru SD | Majelis Taklim Al-Hidayah | PGRI",
        "Tarogong, Garut",
    ),
    "e1.yt": ("yt", "euiskomariah6805", "UCeuisKom68garut0001aa", "Euis Komariah", "", "Garut"),
    "e2.fb": (
        "fb",
        "ujang.saepudin.penyuluh",
        "100002877140315",
        "Ujang Saepudin",
        "Penyuluh Agama | khodimul ummah | alumni Al-Falah",
        "Garut",
    ),
    "e2.yt": (
        "yt",
        "KajianKangUjang",
        "UCkangUjangKajian66x01",
        "Kajian Kang Ujang",
        "Kajian singkat basa Sunda",
        "Garut",
    ),
    "e2.tt": (
        "tt",
        "kangujang.kajian",
        "6801122334455",
        "Kang Ujang 🕌",
        "ngaji bareng, ngopi bareng",
        "Garut",
    ),
    "e3.fb": (
        "fb",
        "bidan.nining.ciruas",
        "100004190335872",
        "Bidan Nining",
        "Bidan desa | IBI Kab. Serang",
        "Ciruas, Serang",
    ),
    "e3.ig": (
        "ig",
        "bd_nining",
        "4129907731",
        "Bidan Nining 🤱",
        "melayani dengan hati",
        "Serang, Banten",
    ),
    "e4.fb": (
        "fb",
        "tb.jazuli.ciruas",
        "100001922458816",
        "Tb Ahmad Jazuli",
        "Wong Ciruas asli",
        "Serang",
    ),
    "e4.tt": ("tt", "abah.jazuli71", "6755018822301", "Abah Jazuli", "ngopi sore", "Serang"),
    "e4.yt": ("yt", "TbJazuli", "UCtbJazuli71ciruas0xyz", "Tb Jazuli", "", "Serang"),
    "e5.ig": (
        "ig",
        "ns.sitirohmah",
        "5588213309",
        "Siti Rohmah 🩺",
        "perawat puskesmas | Kendal",
        "Kendal",
    ),
    "e5.tt": (
        "tt",
        "rohmah.nakes",
        "7088231155402",
        "rohmah 🩺✨",
        "nakes kendal, konten receh",
        "Kendal",
    ),
    "e5.fb": ("fb", "siti.rohmah.kendal", "100008822341197", "Siti Rohmah", "", "Kendal"),
    "e6.fb": (
        "fb",
        "slamet.riyanto.kendal",
        "100002211907733",
        "Slamet Riyanto",
        "Wong Langenharjo | paguyuban karawitan",
        "Kendal, Jawa Tengah",
    ),
    "e7.fb": (
        "fb",
        "yohana.sri.rahayu",
        "100005412278830",
        "Yohana Sri Rahayu",
        "Guru | GKJ Kendal | paduan suara",
        "Kaliwungu, Kendal",
    ),
    "e7.ig": ("ig", "bu_yohana", "3871122094", "Bu Yohana 🎶", "Tuhan baik", "Kendal"),
    "e7.yt": ("yt", "YohanaSriR", "UCyohanaSriR75kendal01", "Yohana Sri R", "", "Kendal"),
    "e8.tt": (
        "tt",
        "pakagus.voli",
        "6922310988412",
        "Pak Agus 🏐",
        "guru & pelatih voli",
        "Pandeglang",
    ),
    "e8.ig": (
        "ig",
        "agus.prasetyo.n",
        "6120077841",
        "Agus Prasetyo",
        "guru | voli | ngopi",
        "Pandeglang",
    ),
    "e8.x": (
        "x",
        "agusprasetyo_pdg",
        "1500122334455667788",
        "Agus P.",
        "guru SMA, pelatih voli",
        "Pandeglang, Banten",
    ),
    "e8.fb": (
        "fb",
        "agus.prasetyo.nugroho",
        "100009981234571",
        "Agus Prasetyo Nugroho",
        "",
        "Pandeglang",
    ),
    "e8.yt": ("yt", "AgusPrasetyoN", "UCagusPrasetyoPdg85x01", "Agus Prasetyo", "", "Pandeglang"),
    "e9.fb": (
        "fb",
        "rukmini.tarogong",
        "100001455093318",
        "Rukmini Tarogong",
        "PKK Kec. Tarogong Kidul",
        "Garut",
    ),
    "e9.ig": ("ig", "bu.rukmini", "2288104573", "Bu Rukmini 🌷", "", "Garut"),
    "e10.fb": (
        "fb",
        "bang.rosyid.teluknaga",
        "100006677212094",
        "Bang Rosyid",
        "Teluknaga | sanitarian | ngopi",
        "Teluknaga, Tangerang",
    ),
    "e10.tt": (
        "tt",
        "bangrosyid_tng",
        "7011002299383",
        "Bang Rosyid",
        "anak Teluknaga",
        "Tangerang",
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
            ("result", "2024-03-20", "2024-04-22"),
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
        "PILGUB_BTN2024",
        "Pemilihan Gubernur dan Wakil Gubernur Banten 2024",
        "regional_head",
        "36",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-16")],
    ),
    (
        "PILBUP_GRT2024",
        "Pemilihan Bupati dan Wakil Bupati Garut 2024",
        "regional_head",
        "32.05",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-13")],
    ),
    (
        "PILBUP_KDL2024",
        "Pemilihan Bupati dan Wakil Bupati Kendal 2024",
        "regional_head",
        "33.24",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-12")],
    ),
]
# Outside every window: before 2023-05-01, 2024-06-11 .. 2024-08-26, after 2024-12-16.

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

TARGETS = {
    "GRT1A": ("H. Wawan Setiawan Hidayat, S.Sos., M.Si.", "candidate", "PILBUP_GRT2024", "1", ""),
    "GRT1B": ("Hj. Rina Marlina Sukmawati, S.Pd.", "candidate", "PILBUP_GRT2024", "1", ""),
    "GRT1V": ("Relawan Sahabat WARNA Garut", "campaign_team", "PILBUP_GRT2024", "1", ""),
    "GRT2A": ("dr. Yusuf Kurnia Rahman, Sp.PD.", "candidate", "PILBUP_GRT2024", "2", ""),
    "GRT2B": ("KH. Endang Badruzzaman", "candidate", "PILBUP_GRT2024", "2", ""),
    "GRT2V": ("Relawan DOA (Dokter-Ajengan) Garut", "campaign_team", "PILBUP_GRT2024", "2", ""),
    "BTN1A": ("H. Rachmat Hidayat Suherman, S.E., M.M.", "candidate", "PILGUB_BTN2024", "1", ""),
    "BTN1B": ("Dra. Hj. Ratu Aminah Syafei, M.Si.", "candidate", "PILGUB_BTN2024", "1", ""),
    "BTN1T": ("Tim Pemenangan RAMAH Banten", "campaign_team", "PILGUB_BTN2024", "1", ""),
    "BTN1V": ("Relawan Sahabat RAMAH", "campaign_team", "PILGUB_BTN2024", "1", ""),
    "BTN2A": ("Dr. Ir. Tb. Haerul Anwar, M.T.", "candidate", "PILGUB_BTN2024", "2", ""),
    "BTN2B": ("KH. Mahmud Sobari, Lc.", "candidate", "PILGUB_BTN2024", "2", ""),
    "BTN2T": ("Tim Pemenangan HARUM Banten", "campaign_team", "PILGUB_BTN2024", "2", ""),
    "BTN2V": ("Barisan Santri HARUM", "campaign_team", "PILGUB_BTN2024", "2", ""),
    "KDL1A": ("Ir. H. Bambang Sulistyo Nugroho, M.T.", "candidate", "PILBUP_KDL2024", "1", ""),
    "KDL1B": ("Siti Khotimah, S.H.I.", "candidate", "PILBUP_KDL2024", "1", ""),
    "KDL1V": ("Relawan Sedulur BISA Kendal", "campaign_team", "PILBUP_KDL2024", "1", ""),
    "KDL2A": ("H. Mukhlis Arifin, S.Ag., M.Pd.", "candidate", "PILBUP_KDL2024", "2", ""),
    "KDL2B": ("Dewi Umayah, S.E.", "candidate", "PILBUP_KDL2024", "2", ""),
    "KDL2T": ("Tim Pemenangan MADU Kendal", "campaign_team", "PILBUP_KDL2024", "2", ""),
    "PRES1A": ("Anies Rasyid Baswedan", "candidate", "PILPRES2024", "1", ""),
    "PRES1B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", "PKB"),
    "PRES1T": ("Timnas AMIN", "campaign_team", "PILPRES2024", "1", ""),
    "PRES2A": ("Prabowo Subianto", "candidate", "PILPRES2024", "2", "Gerindra"),
    "PRES2B": ("Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "PRES2T": ("TKN Prabowo-Gibran", "campaign_team", "PILPRES2024", "2", ""),
    "PRES3A": ("Ganjar Pranowo", "candidate", "PILPRES2024", "3", "PDI-P"),
    "PRES3B": ("Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "PRES3T": ("TPN Ganjar-Mahfud", "campaign_team", "PILPRES2024", "3", ""),
    "CAL1": ("Hj. Imas Masitoh, S.Pd.I.", "candidate", "PILEG2024", "2", "PKB"),
    "CAL2": ("Ade Saepul Rohman, S.E.", "candidate", "PILEG2024", "4", "Gerindra"),
    "CAL3": ("Ns. Tri Wahyuningsih, S.Kep.", "candidate", "PILEG2024", "1", "PDI-P"),
    "CAL4": ("H. Nurhadi Fauzan, Lc.", "candidate", "PILEG2024", "3", "PKS"),
    "CAL5": ("Yohanes Bambang Setiadi, S.T.", "candidate", "PILEG2024", "6", "Perindo"),
    "CAL6": ("Asep Kurniawan, S.Pd.", "candidate", "PILEG2024", "5", "Golkar"),
    "CAL7": ("Hj. Ratna Dewi Komalasari", "candidate", "PILEG2024", "1", "PPP"),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "PERINDO": ("Partai Perindo", "party", "", "16", "Perindo"),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "party", "", "17", "PPP"),
    "OFF_GRT": ("Dr. H. Cecep Rustandi, M.Si.", "official", "", "", ""),
    "OFF_BTN": ("Dr. Ir. Aan Mulyana Kusuma, M.M.", "official", "", "", ""),
    "OFF_KDL": ("Drs. Hendro Susilo, M.M.", "official", "", "", ""),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "GRT1A.fb": ("KangWawanSetiawan", "100091000000101", "Kang Wawan Setiawan"),
    "GRT1A.yt": ("WawanSetiawanOfficial", "UCwawanSetiawanGrt0101", "Wawan Setiawan Official"),
    "GRT1A.ig": ("kangwawan.garut", "7110000101", "Kang Wawan"),
    "GRT1B.ig": ("teh.rinamarlina", "7110000102", "Teh Rina Marlina"),
    "GRT1B.fb": ("TehRinaMarlina", "100091000000102", "Rina Marlina Sukmawati"),
    "GRT1V.fb": ("groups/sahabatwarnagarut", "300091000000104", "Sahabat WARNA Garut (grup)"),
    "GRT2A.fb": ("dr.yusufkurnia", "100091000000201", "dr. Yusuf Kurnia Rahman"),
    "GRT2A.ig": ("dokteryusuf.garut", "7110000201", "Dokter Yusuf"),
    "GRT2B.yt": ("AjenganEndangOfficial", "UCajenganEndang0000202", "Ajengan Endang Badruzzaman"),
    "GRT2B.fb": ("AjenganEndangB", "100091000000202", "KH. Endang Badruzzaman"),
    "GRT2V.tt": ("relawan.doa.garut", "7310000000204", "Relawan DOA Garut 🤲"),
    "GRT2V.fb": ("groups/relawandoagarut", "300091000000204", "Relawan DOA Garut (grup)"),
    "BTN1A.fb": ("RachmatHidayatBanten", "100092000000101", "Rachmat Hidayat Suherman"),
    "BTN1A.tt": ("pakrachmat.banten", "7320000000101", "Pak Rachmat"),
    "BTN1A.yt": ("RachmatHidayatTV", "UCrachmatHidayat000101", "Rachmat Hidayat TV"),
    "BTN1A.x": ("rachmat_banten", "1720000000000000101", "Rachmat Hidayat"),
    "BTN1B.ig": ("ratuaminah.official", "7120000102", "Ratu Aminah Syafei"),
    "BTN1T.fb": ("TimRAMAHBanten", "100092000000103", "Tim Pemenangan RAMAH"),
    "BTN1V.fb": ("groups/sahabatramah", "300092000000104", "Sahabat RAMAH Banten (grup)"),
    "BTN2A.ig": ("haerulanwar.official", "7120000201", "Haerul Anwar"),
    "BTN2A.fb": ("HaerulAnwarBanten", "100092000000201", "Tb. Haerul Anwar"),
    "BTN2A.x": ("haerul_anwar", "1720000000000000201", "Haerul Anwar"),
    "BTN2B.yt": ("KHMahmudSobari", "UCmahmudSobari00000202", "KH Mahmud Sobari"),
    "BTN2T.ig": ("tim.harum.banten", "7120000203", "Tim HARUM Banten"),
    "BTN2V.fb": ("groups/barisansantriharum", "300092000000204", "Barisan Santri HARUM (grup)"),
    "BTN2V.tt": ("santriharum", "7320000000204", "Santri HARUM 🌙"),
    "KDL1A.fb": ("BambangSulistyoKendal", "100093000000101", "Bambang Sulistyo Nugroho"),
    "KDL1A.tt": ("masbambang.kendal", "7330000000101", "Mas Bambang Kendal"),
    "KDL1B.ig": ("siti.khotimah.kendal", "7130000102", "Siti Khotimah"),
    "KDL1V.fb": ("groups/sedulurbisakendal", "300093000000104", "Sedulur BISA Kendal (grup)"),
    "KDL2A.fb": ("MukhlisArifinKendal", "100093000000201", "Mukhlis Arifin"),
    "KDL2A.yt": ("MukhlisArifinTV", "UCmukhlisArifin000201", "Mukhlis Arifin TV"),
    "KDL2B.ig": ("dewiumayah.official", "7130000202", "Dewi Umayah"),
    "KDL2T.tt": ("tim.madu.kendal", "7330000000203", "Tim MADU Kendal 🍯"),
    "PRES1A.ig": ("aniesbaswedan", "7190000000101", "Anies Baswedan"),
    "PRES1T.fb": ("TimnasAMIN", "100099000000103", "Timnas AMIN"),
    "PRES2A.fb": ("PrabowoSubianto", "100099000000201", "Prabowo Subianto"),
    "PRES2T.tt": ("tkn.prabowogibran", "7390000000203", "TKN Prabowo-Gibran"),
    "PRES3A.tt": ("ganjarpranowo", "7390000000301", "Ganjar Pranowo"),
    "PRES3A.yt": ("GanjarPranowoOfficial", "UCganjarPranowo0000301", "Ganjar Pranowo"),
    "CAL1.fb": ("HjImasMasitoh", "100098000000001", "Hj. Imas Masitoh"),
    "CAL2.fb": ("KangAdeSaepul", "100098000000002", "Kang Ade Saepul"),
    "CAL3.ig": ("ns.triwahyuningsih", "7180000003", "Tri Wahyuningsih"),
    "CAL4.fb": ("UstNurhadiFauzan", "100098000000004", "Ust. Nurhadi Fauzan"),
    "CAL5.fb": ("YohanesBambangSetiadi", "100098000000005", "Yohanes Bambang Setiadi"),
    "PKB.fb": ("DPPPKB", "100097000000001", "DPP PKB"),
    "PKS.fb": ("PKSejahtera", "100097000000008", "PKS"),
    "PDIP.ig": ("pdiperjuangan", "7170000003", "PDI Perjuangan"),
    "OFF_GRT.ig": ("pjbupati.garut", "7160000001", "Pj. Bupati Garut"),
    "OFF_KDL.fb": ("PjBupatiKendal", "100096000000003", "Pj. Bupati Kendal"),
}

KEYWORDS = [
    ("GRT1A", "#WARNAuntukGarut"),
    ("GRT1A", "WARNA"),
    ("GRT1A", "Garut Hade Warga Bagja"),
    ("GRT1V", "Sahabat WARNA"),
    ("GRT2A", "#DOAuntukGarut"),
    ("GRT2A", "Dokter Ajengan"),
    ("GRT2A", "Garut Sehat Garut Soleh"),
    ("GRT2V", "Relawan DOA"),
    ("BTN1A", "#RAMAHuntukBanten"),
    ("BTN1A", "RAMAH"),
    ("BTN1A", "Banten Ramah Warga Berkah"),
    ("BTN1V", "Sahabat RAMAH"),
    ("BTN2A", "#BantenHarum"),
    ("BTN2A", "HARUM"),
    ("BTN2A", "Banten Harum Rakyat Makmur"),
    ("BTN2V", "Barisan Santri HARUM"),
    ("KDL1A", "#KendalBISA"),
    ("KDL1A", "Kendal BISA"),
    ("KDL1A", "Kendal Bangkit"),
    ("KDL1V", "Sedulur BISA"),
    ("KDL2A", "#MADUKendal"),
    ("KDL2A", "MADU"),
    ("KDL2A", "Kendal Guyub Rukun"),
    ("KDL2T", "Tim MADU"),
    ("PRES1A", "AMIN"),
    ("PRES1A", "#AMINAjaDulu"),
    ("PRES1A", "#AniesMuhaimin2024"),
    ("PRES2A", "#PrabowoGibran2024"),
    ("PRES2A", "#02Melanjutkan"),
    ("PRES2A", "gemoy"),
    ("PRES2A", "Bersama Indonesia Maju"),
    ("PRES3A", "#GanjarMahfud2024"),
    ("PRES3A", "sat set tas tes"),
    ("PRES3A", "#GanjarPresidenku"),
    ("PKB", "#PKBMenang"),
    ("PKS", "#AyoPKS"),
    ("PDIP", "#PDIPerjuangan"),
    ("PDIP", "banteng moncong putih"),
    ("GERINDRA", "#GerindraMenang"),
    ("GOLKAR", "#GolkarMenang"),
    ("PPP", "#PPPMenang"),
    ("PERINDO", "#PerindoMenang"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "GRT1": "GRT1A GRT1B GRT1V",
    "GRT2": "GRT2A GRT2B GRT2V",
    "BTN1": "BTN1A BTN1B BTN1T BTN1V",
    "BTN2": "BTN2A BTN2B BTN2T BTN2V",
    "KDL1": "KDL1A KDL1B KDL1V",
    "KDL2": "KDL2A KDL2B KDL2T",
    "PRES1": "PRES1A PRES1B PRES1T",
    "PRES2": "PRES2A PRES2B PRES2T",
    "PRES3": "PRES3A PRES3B PRES3T",
    "C1": "CAL1 PKB",
    "C2": "CAL2 GERINDRA",
    "C3": "CAL3 PDIP",
    "C4": "CAL4 PKS",
    "C5": "CAL5 PERINDO",
    "C6": "CAL6 GOLKAR",
    "C7": "CAL7 PPP",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "news.garut": ("fb", "GarutUpdateNews", "100080000000901", "Garut Update"),
    "kpu.garut": ("fb", "KPUKabGarut", "100080000000902", "KPU Kabupaten Garut"),
    "news.banten": ("fb", "BantenKiniNews", "100080000000903", "Banten Kini"),
    "news.kendal.tt": ("tt", "infokendal.id", "7280000000904", "Info Kendal"),
    "news.yt": ("yt", "PriangganTV", "UCpriangganTV00000905", "Priangan TV"),
    "bawaslu.kdl": ("fb", "BawasluKendal", "100080000000906", "Bawaslu Kabupaten Kendal"),
    "grp.infogarut": ("fb", "groups/infogarutkita", "300080000000911", "Info Garut Kita (grup)"),
    "grp.taklim": (
        "fb",
        "groups/mtalhidayahtarogong",
        "300080000000912",
        "Majelis Taklim Al-Hidayah Tarogong (grup)",
    ),
    "grp.pgri": (
        "fb",
        "groups/pgritarogong",
        "300080000000913",
        "PGRI Kecamatan Tarogong Kidul (grup)",
    ),
    "grp.alumni": (
        "fb",
        "groups/alumnialfalahbiru",
        "300080000000914",
        "Ikatan Alumni Pesantren Al-Falah (grup)",
    ),
    "grp.ciruas": ("fb", "groups/wargaciruas", "300080000000915", "Warga Ciruas Sauyunan (grup)"),
    "grp.ibi": (
        "fb",
        "groups/ibikabserang",
        "300080000000916",
        "IBI Cabang Kabupaten Serang (grup)",
    ),
    "grp.teluknaga": (
        "fb",
        "groups/wargateluknaga",
        "300080000000917",
        "Warga Teluknaga Bersatu (grup)",
    ),
    "grp.voli": (
        "fb",
        "groups/volipandeglang",
        "300080000000918",
        "Komunitas Voli Pandeglang (grup)",
    ),
    "grp.langenharjo": (
        "fb",
        "groups/langenharjoguyub",
        "300080000000919",
        "Warga Langenharjo Guyub (grup)",
    ),
    "grp.ppni": ("fb", "groups/ppnikendal", "300080000000920", "PPNI Kabupaten Kendal (grup)"),
    "grp.pemuda": ("fb", "groups/pemudagkjkendal", "300080000000921", "Pemuda GKJ Kendal (grup)"),
    "grp.pkk": ("fb", "groups/pkktarogongkidul", "300080000000922", "PKK Tarogong Kidul (grup)"),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilbup Garut
    "pG1": (
        "GRT1A.fb",
        "2024-10-03T21:00:00+07:00",
        "Alhamdulillah, wengi ieu ngiringan pengajian rutin di Majelis Taklim Al-Hikmah Cilawu. Hatur nuhun ka para ibu anu parantos ngadu'akeun. Garut Hade, Warga Bagja! #WARNAuntukGarut",
    ),
    "pG2": (
        "GRT1B.ig",
        "2024-10-12T10:00:00+07:00",
        "Silaturahmi bersama ibu-ibu PKK dan kader posyandu Kecamatan Tarogong Kidul. Perempuan Garut harus berdaya! 💚 #WARNAuntukGarut",
    ),
    "pG3": (
        "GRT1V.fb",
        "2024-11-05T19:00:00+07:00",
        "Absen heula, Sahabat WARNA ti kacamatan mana wae? Tanggal 27 urang ka TPS babarengan! ☝️",
    ),
    "pG4": (
        "GRT2A.fb",
        "2024-10-08T13:00:00+07:00",
        "Pemeriksaan kesehatan gratis bersama Dokter Yusuf di Pesantren Darussalam Kadungora. Garut Sehat, Garut Soleh. #DOAuntukGarut",
    ),
    "pG5": (
        "GRT2B.yt",
        "2024-10-20T20:00:00+07:00",
        "Tausiyah Ajengan Endang: Milih Pamingpin nu Amanah | Haul Pesantren Miftahul Huda",
    ),
    "pG6": (
        "GRT2V.tt",
        "2024-11-15T18:00:00+07:00",
        "Garut butuh pemimpin yang paham kesehatan dan paham agama. Dokter + Ajengan = DOA 🤲 #DOAuntukGarut",
    ),
    "pG7": ("GRT1A.yt", "2024-11-20T15:00:00+07:00", "LIVE Kampanye Akbar WARNA - Alun-alun Garut"),
    "pG8": (
        "GRT2A.ig",
        "2024-10-30T07:30:00+07:00",
        "Senam sehat bareng ibu-ibu majelis taklim Tarogong 💪 #DOAuntukGarut",
    ),
    # Pilgub Banten
    "pB1": (
        "BTN1A.fb",
        "2024-10-02T16:00:00+07:00",
        "Sowan ka Abuya di Cadasari, nyuhunkeun du'a sareng pituduh. Banten Ramah, Warga Berkah. #RAMAHuntukBanten",
    ),
    "pB2": (
        "BTN1V.fb",
        "2024-11-09T08:00:00+07:00",
        "Sahabat RAMAH se-Kabupaten Serang, hadir yuk di Jalan Sehat bersama Pak Rachmat, Minggu 17 November, start Alun-alun Serang! Doorprize umroh 🕋",
    ),
    "pB3": (
        "BTN2A.ig",
        "2024-10-14T11:00:00+07:00",
        "Bersama bidan dan kader posyandu di Puskesmas Ciruas. Stunting harus turun! #BantenHarum",
    ),
    "pB4": (
        "BTN2B.yt",
        "2024-10-27T19:30:00+07:00",
        "Kajian Akbar bersama KH. Mahmud Sobari - Silaturahmi Alumni Pesantren se-Banten",
    ),
    "pB5": (
        "BTN2V.fb",
        "2024-11-01T09:00:00+07:00",
        "Barisan Santri HARUM siap mengawal kemenangan! Banten Harum, Rakyat Makmur 🌙 Yang mau gabung, tulis nama & asal pondok di kolom komentar.",
    ),
    "pB6": (
        "BTN1A.tt",
        "2024-10-19T17:00:00+07:00",
        "Main voli bareng anak muda Pandeglang 🏐 siapa yang mau ikut turnamen RAMAH Cup? #RAMAHuntukBanten",
    ),
    "pB7": (
        "BTN2A.fb",
        "2024-11-22T20:00:00+07:00",
        "Terima kasih warga Teluknaga atas sambutannya! Tanggal 27 November jangan lupa ke TPS. #BantenHarum",
    ),
    "pB8": (
        "BTN1B.ig",
        "2024-10-22T13:00:00+07:00",
        "Bersama Ikatan Bidan Indonesia Kab. Serang. Ibu sehat, Banten hebat! 💗 #RAMAHuntukBanten",
    ),
    "pB9": (
        "BTN1A.yt",
        "2024-11-03T21:00:00+07:00",
        "Debat Publik Kedua Pilgub Banten 2024 - Full | Pendidikan dan Kesehatan",
    ),
    "pB10": (
        "BTN2V.tt",
        "2024-11-16T16:00:00+07:00",
        "Konvoi Barisan Santri HARUM dari Teluknaga sampai Kota Serang 🌙🔥 #BantenHarum",
    ),
    "pB11": (
        "BTN1A.x",
        "2024-10-28T09:00:00+07:00",
        "Insentif daerah untuk guru honorer dan guru ngaji: janji kami, bukan basa-basi. #RAMAHuntukBanten",
    ),
    "pB13": (
        "BTN2A.x",
        "2024-10-18T08:00:00+07:00",
        "Beasiswa santri dan insentif guru ngaji: program 100 hari pertama kami. #BantenHarum",
    ),
    "pB12": (
        "BTN1T.fb",
        "2024-11-12T10:00:00+07:00",
        "Tim RAMAH buka posko di setiap kecamatan. Warga yang mau jadi saksi TPS bisa daftar di posko terdekat.",
    ),
    # Pilbup Kendal
    "pK1": (
        "KDL1A.fb",
        "2024-10-06T20:00:00+07:00",
        "Ndherek sedekah bumi wonten Desa Sojomerto. Matur nuwun warga ingkang sampun nampi kula kanthi sae. Kendal BISA, Kendal Bangkit! #KendalBISA",
    ),
    "pK2": (
        "KDL1B.ig",
        "2024-10-16T15:00:00+07:00",
        "Ngobrol bareng pelaku UMKM di bazar Alun-alun Kendal 🛍️ #KendalBISA",
    ),
    "pK3": (
        "KDL2A.fb",
        "2024-10-10T21:00:00+07:00",
        "Haul Simbah KH. Asy'ari Kaliwungu, mugi barokah. Kendal Guyub Rukun 🤲 #MADUKendal",
    ),
    "pK4": (
        "KDL2T.tt",
        "2024-11-12T10:00:00+07:00",
        "Tim MADU turun ke pasar Weleri! Siapa yang sudah siap coblos nomor 2? 🍯 #MADUKendal",
    ),
    "pK5": (
        "KDL1V.fb",
        "2024-11-18T09:00:00+07:00",
        "Undangan terbuka: Doa bersama lintas iman & konser rakyat Sedulur BISA, Sabtu 23 November, Lapangan Kaliwungu. Monggo rawuh!",
    ),
    "pK6": (
        "KDL2B.ig",
        "2024-10-25T14:00:00+07:00",
        "Bersama ibu-ibu PKK dan kader kesehatan Kendal. Perempuan kuat, keluarga sehat 💛 #MADUKendal",
    ),
    "pK7": (
        "KDL2A.yt",
        "2024-11-02T19:00:00+07:00",
        "Dialog Kebangsaan: Mukhlis Arifin bersama Tokoh Lintas Agama Kendal",
    ),
    "pK8": (
        "KDL1A.tt",
        "2024-11-08T16:00:00+07:00",
        "Nyobain jamu gendong di Pasar Kendal 😄 seger tenan! #KendalBISA",
    ),
    # Pemilu 2024: presidential pairs, DPRD candidates, parties
    "pP1": (
        "PRES1A.ig",
        "2024-01-10T18:00:00+07:00",
        "Terima kasih warga Garut atas sambutan yang luar biasa hari ini. #AMIN",
    ),
    "pP2": (
        "PRES2A.fb",
        "2023-12-20T19:00:00+07:00",
        "Terima kasih rakyat Banten! Kita lanjutkan pembangunan bersama. #PrabowoGibran2024",
    ),
    "pP3": (
        "PRES3A.tt",
        "2024-01-15T16:00:00+07:00",
        "Ngopi bareng warga Kendal ☕ #GanjarMahfud2024",
    ),
    "pP4": (
        "CAL1.fb",
        "2024-01-05T20:00:00+07:00",
        "Pengajian akbar sareng santunan yatim di Tarogong. Hj. Imas Masitoh, Caleg DPRD Kab. Garut, PKB nomor urut 2. Nyuhunkeun du'a sareng dukunganana 🤲",
    ),
    "pP5": (
        "CAL2.fb",
        "2024-01-20T10:00:00+07:00",
        "Kang Ade Saepul siap berjuang untuk Banten. Coblos Gerindra nomor 4, DPRD Provinsi Banten Dapil Serang!",
    ),
    "pP6": (
        "CAL3.ig",
        "2024-01-25T12:00:00+07:00",
        "Perawat juga bisa berjuang di parlemen 💪 Tri Wahyuningsih, PDI Perjuangan No. 1 DPRD Kendal",
    ),
    "pP7": (
        "CAL5.fb",
        "2024-01-07T17:00:00+07:00",
        "Terima kasih jemaat yang sudah mendoakan pelayanan kami. Kasih Natal menguatkan kita. Yohanes Bambang Setiadi - Perindo No. 6 DPRD Kendal",
    ),
    "pP8": (
        "PRES2T.tt",
        "2024-02-05T19:00:00+07:00",
        "Joget gemoy bareng relawan Serang! 💃 #02Melanjutkan",
    ),
    "pP9": (
        "CAL4.fb",
        "2023-12-15T06:00:00+07:00",
        "Kajian Ahad pagi bersama Ust. Nurhadi Fauzan, Masjid Al-Ikhlas Ciruas. Bersama PKS, Banten lebih baik.",
    ),
    "pP10": (
        "PRES1T.fb",
        "2024-01-29T10:00:00+07:00",
        "Kampanye Akbar AMIN di Stadion Maulana Yusuf Serang, Sabtu 3 Februari. Ayo hadir!",
    ),
    "pP11": (
        "PRES3A.yt",
        "2024-01-22T20:00:00+07:00",
        "Ganjar-Mahfud: Dialog dengan Guru dan Tenaga Kesehatan",
    ),
    # News, election bodies, officials
    "nG1": (
        "news.garut",
        "2024-10-04T07:00:00+07:00",
        "Dua paslon Pilbup Garut hadiri pengajian akbar di Masjid Agung, Kamis malam. KPU imbau warga cek DPT.",
    ),
    "nG2": (
        "kpu.garut",
        "2024-11-10T09:00:00+07:00",
        "Simulasi pemungutan suara Pilkada 2024 di TPS 05 Sukagalih, Tarogong Kidul.",
    ),
    "nG3": (
        "news.garut",
        "2024-10-26T08:00:00+07:00",
        "Ibunda Calon Bupati Garut H. Wawan Setiawan Hidayat wafat, dimakamkan di Tarogong siang ini.",
    ),
    "nB1": (
        "news.banten",
        "2024-10-15T12:00:00+07:00",
        "Bawaslu Kabupaten Serang temukan 12 ASN diduga tidak netral di media sosial selama masa kampanye Pilgub.",
    ),
    "nK1": (
        "news.kendal.tt",
        "2024-11-27T08:00:00+07:00",
        "Situasi TPS di Kaliwungu pagi ini, antrean warga tertib 🗳️",
    ),
    "nK2": (
        "bawaslu.kdl",
        "2024-10-01T10:00:00+07:00",
        "Sosialisasi netralitas ASN di Pendopo Kendal: ASN dilarang like, komen, share dan follow akun paslon.",
    ),
    "nP1": ("news.yt", "2024-01-08T06:00:00+07:00", "Debat Capres 2024: Rangkuman Lengkap"),
    "oG1": (
        "OFF_GRT.ig",
        "2024-10-17T11:00:00+07:00",
        "Peresmian ruang kelas baru SD Negeri 2 Tarogong. Pendidikan adalah pondasi Garut.",
    ),
    "oK1": (
        "OFF_KDL.fb",
        "2024-11-02T10:00:00+07:00",
        "Pj. Bupati Kendal menghadiri sedekah bumi Kelurahan Langenharjo dan menyerahkan bantuan alat kebersihan.",
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

# --- Pilbup Garut: WARNA (1) and DOA (2) -----------------------------------------------------
C(
    "GRT1",
    "2024-10-04T15:20:00+07:00",
    "e1.fb",
    "post",
    "Assalamualaikum wr. wb. Ibu-ibu Majelis Taklim Al-Hidayah nu dipikacinta. Kamis payun ba'da ashar urang ngariung di bumi Bu Hj. Entin, insya Allah Teh Rina Marlina bade sumping silaturahmi. Mangga hadir sadayana, urang rojong babarengan pasangan WARNA kanggo Garut nu langkung sae 🤲 Wassalam.",
    group="grp.taklim",
)
C(
    "GRT1",
    "2024-10-03T22:10:00+07:00",
    "e1.fb",
    "comment",
    "Aamiin ya Allah, mugia Kang Wawan sareng Teh Rina dipaparin kasehatan tur kameunangan. Ibu-ibu di lembur mah tos sapuk, tanggal 27 sadayana milih nomer hiji 🤲☝️",
    on="pG1",
)
C(
    "GRT1",
    "2024-10-12T12:31:00+07:00",
    "e9.ig",
    "comment",
    "Masya Allah Teh Rina 🥰 ibu-ibu PKK Tarogong Kidul siap jadi garda terdepan menangkeun WARNA 💚💪",
    on="pG2",
)
C(
    "GRT1",
    "2024-10-16T08:05:00+07:00",
    "e9.fb",
    "post",
    "*UNDANGAN*\nAssalamualaikum wr. wb.\nDengan hormat, mengharap kehadiran Bapak/Ibu/Sdr/i pada acara *Silaturahmi & Doa Bersama Warga Tarogong Kidul* bersama *H. Wawan Setiawan Hidayat*, Calon Bupati Garut Nomor Urut 1.\nHari/Tgl: Sabtu, 19 Oktober 2024\nWaktu: 19.30 WIB s.d. selesai\nTempat: Aula Kampung Cimanuk\nAtas perhatian dan kehadirannya dihaturkan hatur nuhun.\nWassalam, Panitia\n\nMangga sumping bapak ibu, urang rojong babarengan 🙏",
    group="grp.infogarut",
)
C(
    "GRT1",
    "2024-11-24T16:00:00+07:00",
    "e2.fb",
    "post",
    "Pantun sore ti Kang Ujang:\nKa pasar meuli kupat, kupatna dibungkus daun cau.\nTanggal 27 ulah hilap, nomer hiji pilihan urang, supados Garut beuki hade 😊\nHade ku pamingpinna, bagja ku wargana.",
)
C(
    "GRT1",
    "2024-10-21T10:12:00+07:00",
    "e1.fb",
    "post",
    "Alhamdulillah kenging kaos ti Teh Rina 😍 kompak ibu-ibu pengajian",
    alt="Foto ibu-ibu berkerudung memakai kaos putih sambil mengacungkan satu jari",
    ocr="WAWAN - RINA | GARUT HADE WARGA BAGJA | No. 1",
)
C(
    "GRT1",
    "2024-11-05T20:14:00+07:00",
    "e9.fb",
    "comment",
    "Hadir ti Tarogong Kidul! Sakulawarga siap ka TPS, insya Allah kompak 💚",
    on="pG3",
)
C(
    "GRT1",
    "2024-11-20T15:40:00+07:00",
    "e1.yt",
    "comment",
    "Nonton ti bumi bari masak, mugia Kang Wawan jadi bupati nu amanah. Sukses terus WARNA, Garut Hade!",
    on="pG7",
)
C(
    "GRT1",
    "2024-10-04T05:30:00+07:00",
    "e2.fb",
    "share",
    "Pamingpin nu caket ka para ulama jeung majelis taklim. Mangga dibagikeun, mugia janten amal. Urang rojong 🤲",
    on="pG1",
)
C(
    "GRT1",
    "2024-10-28T19:22:00+07:00",
    "e9.fb",
    "post",
    "Bazar UMKM PKK kamari laris manis! Hatur nuhun Teh Rina nu tos ngaborong dodol sareng rangginang ibu-ibu 😍 Kahadean Teteh moal hilap, tanggal 27 urang bales ku sora nya ibu-ibu 😉",
)
C(
    "GRT1",
    "2024-11-08T14:30:00+07:00",
    "e1.fb",
    "post",
    "Bapak ibu guru PGRI Tarogong, Kang Wawan téh urut guru honorer, ngartos pisan kana nasib urang. Ulah hilap nya tanggal 27, nomer hiji. Hapunten upami kirang merenah 🙏",
    group="grp.pgri",
)
C(
    "GRT1",
    "2024-11-06T05:50:00+07:00",
    "e1.fb",
    "reply",
    "Leres Bu Entin, abdi ogé tos nyarios ka barudak sadayana sing kompak ka nomer hiji. Hatur nuhun tos ngingetan 🙏",
    on="pG3",
)
C(
    "GRT2",
    "2024-10-20T21:05:00+07:00",
    "e2.yt",
    "comment",
    "Barakallah Ajengan. Leres pisan, milih pamingpin kedah nu ngartos agama. Abdi sakulawarga insya Allah ngiring ka Ajengan sareng Dokter Yusuf 🤲",
    on="pG5",
)
C(
    "GRT2",
    "2024-10-22T06:10:00+07:00",
    "e2.fb",
    "post",
    "Bismillah. Garut butuh pamingpin nu tiasa nyageurkeun badan sareng nenangkeun hate. Dokter Yusuf & Ajengan Endang. Nyuhunkeun du'a sareng dukunganana ti jamaah sadayana. #DOAuntukGarut",
)
C(
    "GRT2",
    "2024-10-09T07:45:00+07:00",
    "e9.fb",
    "comment",
    "Alhamdulillah kamari pun biang cek tensi di dinya, gratis, dokterna soméah. Dokter nu kieu pantes jadi bupati, Garut Sehat Garut Soleh 👍",
    on="pG4",
)
C(
    "GRT2",
    "2024-11-15T19:30:00+07:00",
    "e2.tt",
    "comment",
    "Dokter kanggo badan, Ajengan kanggo hate. Lengkep dunya aherat. 27 November insya Allah ✌️🤲",
    on="pG6",
)
C(
    "GRT2",
    "2024-09-10T20:00:00+07:00",
    "e2.fb",
    "post",
    "Assalamualaikum para alumni Al-Falah. Ajengan Endang téh guru urang sadaya. Ayeuna anjeunna tos didaptarkeun ka KPU janten calon wakil bupati. Kumaha urang salaku murid teu ngabela? Anu kersa ngiring janten relawan DOA, haturan ngempelkeun fotokopi KTP ka abdi 🙏",
    group="grp.alumni",
)
C(
    "GRT2",
    "2024-10-04T09:15:00+07:00",
    "e2.fb",
    "comment",
    "Alhamdulillah duanana sumping. Tapi nu ngimaman sholat isya mah Ajengan Endang, éta nu pantes dipilih 😊",
    on="nG1",
)
C(
    "GRT2",
    "2024-10-24T13:00:00+07:00",
    "e9.ig",
    "post",
    "Haul sesepuh di Kadungora, barokah 🤲",
    alt="Baliho besar di depan panggung acara haul",
    ocr="HAUL AKBAR & DOA BERSAMA bersama dr. Yusuf Kurnia Rahman & KH. Endang Badruzzaman | DOKTER AJENGAN | GARUT SEHAT GARUT SOLEH | COBLOS No. 2",
)
C(
    "GRT2",
    "2024-11-25T05:00:00+07:00",
    "e2.fb",
    "post",
    "Hatur nuhun ka sadaya jamaah nu tos ngiring pengajian sareng Ajengan Endang. Dinten Rebo kaping 27, mangga urang laksanakeun ikhtiar lahir: angkat ka TPS, nyoblos Dokter-Ajengan. Ikhtiar batin: du'a 🤲",
    group="grp.infogarut",
)

# --- Pilgub Banten: RAMAH (1) and HARUM (2) --------------------------------------------------
C(
    "BTN1",
    "2024-10-02T18:20:00+07:00",
    "e4.fb",
    "comment",
    "Sae pisan Pak Rachmat, pamingpin nu hormat ka ulama. Warga Ciruas siap ngarojong RAMAH 🙏",
    on="pB1",
)
C(
    "BTN1",
    "2024-10-26T17:45:00+07:00",
    "e4.tt",
    "post",
    "Ngopi sore bareng ketua RT se-Ciruas ☕ obrolannya cuma satu: 27 November kompak nyoblos nomor 1 👆",
    alt="Video bapak-bapak berpeci duduk di pos ronda sambil mengacungkan telunjuk",
)
C(
    "BTN1",
    "2024-11-10T06:30:00+07:00",
    "e4.fb",
    "share",
    "Ayo bapak-bapak ibu-ibu Ciruas, Minggu kita jalan sehat bareng Pak Rachmat dan Bu Ratu. Sehat badannya, tepat pilihannya 😊",
    on="pB2",
)
C(
    "BTN1",
    "2024-10-19T18:05:00+07:00",
    "e10.tt",
    "comment",
    "Teluknaga ikut turnamen kagak pak? Tim voli RT ane siap, sekalian dukung bapak jadi gubernur 🏐🔥",
    on="pB6",
)
C(
    "BTN1",
    "2024-11-03T20:10:00+07:00",
    "e10.fb",
    "post",
    "Nyok warga Teluknaga, ane ajak ente semua. Pilgub Banten kite pilih yang beneran ramah ame rakyat kecil, Pak Rachmat–Bu Ratu. Jangan sampe salah coblos, nomor satu ye! 👆",
)
C(
    "BTN1",
    "2024-10-12T16:40:00+07:00",
    "e10.fb",
    "post",
    "Udeh kepasang di pager rumah 😁",
    alt="Spanduk terpasang di pagar rumah warga",
    ocr="RACHMAT - RATU | RAMAH | BANTEN RAMAH WARGA BERKAH | CAGUB-CAWAGUB BANTEN 2024 No. 1",
)
C(
    "BTN1",
    "2024-11-12T13:25:00+07:00",
    "e10.fb",
    "comment",
    "Ane daftar jadi saksi TPS 12 Teluknaga ye bang, siap kawal suara RAMAH sampe beres 💪",
    on="pB12",
)
C(
    "BTN1",
    "2024-11-03T22:30:00+07:00",
    "e4.yt",
    "comment",
    "Pak Rachmat paling nguasai soal pelayanan di kecamatan dan desa. Aparatur bawah pasti paham, insya Allah kita dukung bapak!",
    on="pB9",
)
C(
    "BTN1",
    "2024-11-11T06:00:00",
    "e4.fb",
    "post",
    "Pantun pagi buat warga Ciruas:\nJalan-jalan ke Banten Lama, jangan lupa mampir Karangantu.\nPilih pemimpin yang ramah sama kita, Rachmat–Ratu nomer satu 😁",
)
C(
    "BTN1",
    "2024-11-18T19:30:00+07:00",
    "e10.fb",
    "post",
    "*INFO WARGA RT 05/RW 02* 📢\nBesok Selasa malem ada maulid Nabi di musholla Al-Barkah, tausiyah KH. Syarif, sekalian ramah tamah bareng Tim RAMAH. Bapak-bapak ibu-ibu pada dateng ye, kite sukseskan Pak Rachmat jadi Gubernur Banten! 🤲\n_Pengurus RT_",
    group="grp.teluknaga",
)
C(
    "BTN1",
    "2024-09-03T08:00:00+07:00",
    "e4.fb",
    "post",
    "Alhamdulillah, Pak Rachmat Hidayat resmi daftar ke KPU Banten tadi malam. Urang Ciruas kudu bangga, putra daerah! Mari kita kawal sampai pelantikan 💪",
    group="grp.ciruas",
)
C(
    "BTN2",
    "2024-10-27T21:15:00+07:00",
    "e8.yt",
    "comment",
    "Alhamdulillah hadir langsung di lokasi bareng rombongan dari Pandeglang. Santri se-Banten satu komando, HARUM menang! Allahu Akbar!",
    on="pB4",
)
C(
    "BTN2",
    "2024-11-01T12:40:00+07:00",
    "e8.fb",
    "comment",
    "Agus Prasetyo, alumni Pondok Darul Ulum Pandeglang angkatan 2003. Siap gabung, Banten Harum 🌙💪",
    on="pB5",
)
C(
    "BTN2",
    "2024-10-30T21:00:00+07:00",
    "e8.ig",
    "post",
    "Mohon doa restu, insya Allah Sabtu ini alumni pesantren ngumpul di Pandeglang buat sowan ke Abah Mahmud, calon wagub kita. Yang mau ikut rombongan japri ya 🙏🌙",
)
C(
    "BTN2",
    "2024-11-22T21:05:00+07:00",
    "e3.fb",
    "comment",
    "Sama-sama Pak Haerul. Dari Ciruas juga insya Allah kompak nomor 2, Banten Harum! 🤲",
    on="pB7",
)
C(
    "BTN2",
    "2024-11-07T13:00:00+07:00",
    "e3.fb",
    "post",
    "Diteruskan dari grup RW 03:\n*Assalamualaikum warga RW 03* 🙏\nMalam Jumat ba'da isya ada tahlilan rutin sekalian silaturahmi dengan KH. Mahmud Sobari, calon Wakil Gubernur Banten. Bapak-bapak mohon hadir, kita dukung ulama kita memimpin Banten. Konsumsi disediakan.\n– Ketua RW 03",
    group="grp.ciruas",
)
C(
    "BTN2",
    "2024-11-20T21:30:00+07:00",
    "e3.fb",
    "post",
    "Bismillah. Sebagai bidan desa saya tahu siapa yang benar-benar turun ke posyandu. Pak Haerul sudah tiga kali datang ke Ciruas tanpa bawa kamera. Untuk Banten yang lebih sehat, 27 November saya pilih beliau. Mohon maaf kalau beda pilihan 🙏",
)
C(
    "BTN2",
    "2024-11-16T17:20:00+07:00",
    "e8.tt",
    "comment",
    "Banten Harum Rakyat Makmur! rombongan Pandeglang nyusul ke Serang 🔥🌙",
    on="pB10",
)
C(
    "BTN2",
    "2024-11-02T10:00:00+07:00",
    "e3.ig",
    "post",
    "Kader posyandu kompak 💚",
    alt="Ibu-ibu berkerudung hijau memegang kipas bergambar pasangan calon, dua jari teracung",
    ocr="BANTEN HARUM RAKYAT MAKMUR | HAERUL - MAHMUD | 2",
)
C(
    "BTN2",
    "2024-10-18T09:40:00+07:00",
    "e8.x",
    "quote",
    "Ini yang ditunggu anak-anak pondok. Guru ngaji juga manusia, butuh diperhatikan. Bismillah HARUM ✌️",
    on="pB13",
)

# --- Pilbup Kendal: BISA (1) and MADU (2) ----------------------------------------------------
C(
    "KDL2",
    "2024-10-10T22:05:00+07:00",
    "e6.fb",
    "comment",
    "Al-Fatihah kagem Simbah. Mugi Pak Mukhlis tansah pinaringan sehat lan kemenangan. Kendal Guyub Rukun, wong Langenharjo nderek MADU 🤲",
    on="pK3",
)
C(
    "KDL2",
    "2024-10-19T16:00:00+07:00",
    "e6.fb",
    "post",
    "Wara-wara: Kerja bakti Minggu enjing, resik-resik makam lan saluran. Sakbubare kerja bakti, bapak-bapak dipun aturi kempal wonten pos ronda, badhe wonten sarasehan kaliyan Tim MADU. Monggo kita sengkuyung Pak Mukhlis, putra asli Kendal 🙏",
    group="grp.langenharjo",
)
C(
    "KDL1",
    "2024-10-16T17:00:00+07:00",
    "e5.ig",
    "comment",
    "Bu Siti keren bgt, UMKM Kendal butuh wakil bupati kaya gini 😍 #KendalBISA",
    on="pK2",
)
C(
    "KDL1",
    "2024-11-01T20:00:00+07:00",
    "e5.tt",
    "post",
    "POV: perawat puskesmas yang udah nentuin pilihan 😌☝️ Kendal BISA!",
    alt="Video wanita berseragam putih menunjuk angka satu di kertas",
)
C(
    "KDL1",
    "2024-11-18T12:00:00+07:00",
    "e5.fb",
    "share",
    "Sabtu malam yuk ramaikan, ada doa bersama lintas iman juga. Mari kita dukung Pak Bambang dan Bu Siti untuk Kendal yang bangkit 🙏🕊️",
    on="pK5",
)
C(
    "KDL2",
    "2024-10-26T08:10:00+07:00",
    "e7.ig",
    "comment",
    "Mbak Dewi, kami ibu-ibu PKK Kaliwungu siap mendukung! MADU manis untuk Kendal 💛",
    on="pK6",
)
C(
    "KDL2",
    "2024-10-14T19:30:00+07:00",
    "e6.fb",
    "post",
    "Sedekah bumi taun iki luwih regeng, matur nuwun Pak Mukhlis sampun nyumbang tumpeng lan wayangan. Wong Langenharjo ora lali, tanggal 27 mbales kabecikan, nomer loro 😊",
    group="grp.langenharjo",
)
C(
    "KDL2",
    "2024-10-29T10:00:00+07:00",
    "e7.fb",
    "post",
    "Ibu-ibu PKK RT 02 Kaliwungu, ditunggu Rabu sore di rumah Bu Lurah, ada Mbak Dewi Umayah mau silaturahmi, sekalian bagi stiker MADU. Ajak tetangganya ya 🙏🍯",
)
C(
    "KDL2",
    "2024-11-02T21:10:00+07:00",
    "e7.yt",
    "comment",
    "Terima kasih Pak Mukhlis sudah merangkul teman-teman gereja. Kami umat kristiani Kendal tidak ragu mendukung bapak. Tuhan memberkati 🙏",
    on="pK7",
)
C(
    "KDL2",
    "2024-10-21T20:45:00+07:00",
    "e6.fb",
    "post",
    "Pengajian selapanan RT 04, sekalian nampi kaos saking Pak Mukhlis 😁",
    alt="Bapak-bapak bersarung memakai kaos seragam berfoto di serambi musala",
    ocr="TIM MADU KENDAL | MUKHLIS - DEWI | No. 2 | KENDAL GUYUB RUKUN",
)
C(
    "KDL1",
    "2024-11-08T18:30:00+07:00",
    "e5.tt",
    "comment",
    "pak bambang kalau jadi bupati puskesmas ditambah perawatnya ya 🙏 udah fix nomor 1 sekeluarga",
    on="pK8",
)
C(
    "KDL1",
    "2024-11-21T19:00:00+07:00",
    "e5.ig",
    "post",
    "Sabtu besok ketemu di Lapangan Kaliwungu ya gaes 💃",
    alt="Poster acara konser dan doa bersama",
    ocr="KONSER RAKYAT & DOA BERSAMA SEDULUR BISA | BAMBANG - SITI | KENDAL BISA KENDAL BANGKIT | SABTU 23 NOVEMBER 2024 | LAPANGAN KALIWUNGU",
)
C(
    "KDL2",
    "2024-11-25T19:15:00+07:00",
    "e6.fb",
    "post",
    "Sesuk Rebo Pon, tanggal 27. Eling-eling, sing nyumbang tumpeng lan gamelan kanggo sedekah bumi sinten. Wong Jawa kuwi kudu ngerti bales budi 😊 nomer loro.",
)
C(
    "KDL2",
    "2024-10-31T16:20:00+07:00",
    "e7.ig",
    "post",
    "Terima kasih Mbak Dewi sudah datang ke bazar amal gereja kami 🙏 Perempuan hebat, semoga dipercaya jadi wakil bupati. Kami doakan dan dukung 💛",
)
C(
    "KDL1",
    "2024-11-14T20:00:00+07:00",
    "e5.fb",
    "post",
    "Teman sejawat, Pak Bambang sudah janji tambah insentif perawat puskesmas dan bidan desa. Calon yang paham nakes cuma beliau. Yuk kompak, jangan sampai suara nakes Kendal pecah 🙏 #KendalBISA",
    group="grp.ppni",
)
C(
    "KDL2",
    "2024-10-11T05:40:00+07:00",
    "e6.fb",
    "reply",
    "Leres Pak Kaum, warga RT 04 sampun siap nyoblos Pak Mukhlis. Sampun kula data sinten ingkang badhe dados saksi.",
    on="pK3",
)

# --- Pilpres 2024 ------------------------------------------------------------------------------
C(
    "PRES1",
    "2024-01-10T20:15:00+07:00",
    "e9.ig",
    "comment",
    "Hatur nuhun Pak Anies tos sumping ka Garut. Emak-emak Tarogong siap AMIN! 🤲",
    on="pP1",
)
C(
    "PRES2",
    "2024-02-08T07:00:00+07:00",
    "e4.fb",
    "post",
    "Bismillah, 14 Februari nyoblos nomor 2 biar pembangunan lanjut terus. Warga Ciruas jangan golput ya 🙏 #PrabowoGibran2024",
)
C(
    "PRES3",
    "2024-01-20T19:00:00+07:00",
    "e7.fb",
    "post",
    "Syukur kepada Tuhan, kemarin teman-teman pemuda ikut diskusi bareng relawan Ganjar-Mahfud. Mari kita pilih pemimpin yang menjaga kebhinekaan dan hak minoritas, nomor 3! 🙏",
    group="grp.pemuda",
)
C(
    "PRES2",
    "2024-02-05T20:30:00+07:00",
    "e4.tt",
    "comment",
    "joget gemoy urang geus lancar yeuh, 14 Februari tinggal coblos 02 😂🕺",
    on="pP8",
)
C(
    "PRES3",
    "2024-01-15T18:00:00+07:00",
    "e5.tt",
    "comment",
    "Pak Ganjar mampir puskesmas dong 😭 pokoknya 03 sat set!",
    on="pP3",
)
C(
    "PRES1",
    "2024-01-30T04:45:00+07:00",
    "e2.fb",
    "post",
    "Du'a kanggo Indonesia: Ya Allah, angkatlah pemimpin yang adil dan mencintai ulama. Abdi sakulawarga tos istikharah, insya Allah pilihan ka Anies–Muhaimin. Mangga nu sapamadegan aminkeun 🤲",
)
C(
    "PRES2",
    "2023-12-21T06:00:00+07:00",
    "e6.fb",
    "share",
    "Lanjutkan! Wong cilik Kendal nderek Pak Prabowo lan Mas Gibran 👍",
    on="pP2",
)
C(
    "PRES3",
    "2024-02-03T09:00:00+07:00",
    "e5.ig",
    "post",
    "Teman-teman nakes, 14 Februari jangan lupa ya, yang janji naikin insentif nakes itu Pak Ganjar–Pak Mahfud 😉 coblos 3",
)
C(
    "PRES1",
    "2024-01-08T08:00:00+07:00",
    "e8.yt",
    "comment",
    "Debat tadi malam jelas Pak Anies paling siap soal pendidikan. Guru-guru Pandeglang AMIN semua 👍",
    on="nP1",
)
C(
    "PRES2",
    "2024-01-27T15:30:00+07:00",
    "e1.fb",
    "post",
    "Arisan RT bulan ieu kompak pisan 😁",
    alt="Ibu-ibu arisan berpose mengacungkan dua jari di depan poster Prabowo-Gibran",
    ocr="PRABOWO GIBRAN | 02 | BERSAMA INDONESIA MAJU",
)
C(
    "PRES3",
    "2024-01-02T18:00:00+07:00",
    "e7.ig",
    "post",
    "Natalan pemuda 🎄 #GanjarMahfud2024",
    alt="Pemuda-pemudi gereja berfoto di depan pohon Natal sambil mengacungkan tiga jari",
)
C(
    "PRES1",
    "2024-01-29T12:00:00+07:00",
    "e3.fb",
    "comment",
    "Insya Allah hadir sama ibu-ibu pengajian Ciruas, bawa bendera AMIN 🤲",
    on="pP10",
)
C(
    "PRES3",
    "2024-01-22T21:00:00+07:00",
    "e7.yt",
    "comment",
    "Pak Mahfud tegas soal hukum, Pak Ganjar merakyat. Lengkap. Tiga jari untuk Indonesia, Tuhan memberkati 🙏",
    on="pP11",
)
C(
    "PRES2",
    "2024-02-12T06:30:00+07:00",
    "e1.fb",
    "post",
    "Ibu-ibu arisan, tos disiapkeun? Rebo enjing urang ka TPS. Kanggo presiden, nomer dua nya, nu sepuh sareng nu ngora ngahiji 😊",
)
C(
    "PRES1",
    "2024-02-01T21:00:00+07:00",
    "e10.fb",
    "post",
    "Ane mah udeh istiqomah, pilih yang didukung para habaib. Anies–Cak Imin, AMIN! Yang beda pilihan tetep sodara ye 🤝",
)
C(
    "PRES1",
    "2024-01-24T16:00:00+07:00",
    "e2.tt",
    "post",
    "Ngaji bareng jamaah Cilawu, barokah 🤲",
    alt="Video ceramah di panggung dengan latar spanduk pasangan calon",
    ocr="AMIN | ANIES - MUHAIMIN | 01 | PERUBAHAN",
)
C(
    "PRES1",
    "2024-02-09T13:10:00+07:00",
    "e8.ig",
    "post",
    "Satu kelas XII udah pada punya KTP, mereka nanya pilihan saya. Ya saya bilang Pak Anies, guru pasti pilih yang paham pendidikan 😅 #AMIN",
)
C(
    "PRES2",
    "2024-02-13T20:00:00+07:00",
    "e6.fb",
    "post",
    "Sesuk nyoblos. Aku wis mantep, Pak Prabowo sing tegas, Mas Gibran sing enom. Nomer loro, ora usah ragu 👍",
)
C(
    "PRES1",
    "2024-01-25T09:00:00+07:00",
    "e9.fb",
    "post",
    "Ibu-ibu PKK, kamari abdi ngiring pengajian akbar Timnas AMIN di Garut. Ceramahna nyerep kana hate. Mangga urang pilih pamingpin nu caket ka ulama, 01 🤲",
    group="grp.pkk",
)
C(
    "PRES1",
    "2024-02-06T21:30:00+07:00",
    "e10.tt",
    "post",
    "bapak-bapak TPS 12 Teluknaga udeh pada sepakat 01 ye 😁",
    alt="Video bapak-bapak di warung kopi mengacungkan satu jari",
)

# --- Pileg 2024: DPRD candidates and parties ---------------------------------------------------
C(
    "C1",
    "2024-01-05T21:00:00+07:00",
    "e1.fb",
    "comment",
    "Alhamdulillah, ieu téh adi abdi nu nyaleg. Mangga ibu-ibu majelis taklim, rojong Teh Imas, PKB nomer 2, pituin urang Tarogong 🤲",
    on="pP4",
)
C(
    "C1",
    "2024-01-12T09:00:00+07:00",
    "e1.fb",
    "post",
    "Mohon doa dan dukungannya untuk adik kami Hj. Imas Masitoh, S.Pd.I., Caleg DPRD Kab. Garut Dapil 1 dari PKB nomor urut 2. Insya Allah amanah. Jazakumullah khairan 🙏",
    group="grp.taklim",
)
C(
    "C2",
    "2023-12-10T19:00:00+07:00",
    "e4.fb",
    "post",
    "Tetangga sebelah rumah, Kang Ade Saepul, nyaleg DPRD Provinsi dari Gerindra nomor 4. Orangnya baik, rajin ke masjid, suka bantu warga. Warga Ciruas titip suaranya ya 🙏",
)
C(
    "C2",
    "2024-01-20T12:00:00+07:00",
    "e4.fb",
    "comment",
    "Siap Kang Ade! Sakampung urang bereskeun 💪",
    on="pP5",
)
C(
    "C3",
    "2024-01-25T13:00:00+07:00",
    "e5.ig",
    "comment",
    "Mbak Tri dulu seniorku di IGD 🥹 nakes Kendal wajib nyoblos Mbak Tri nomor 1 PDIP!",
    on="pP6",
)
C(
    "C3",
    "2024-02-02T20:00:00+07:00",
    "e5.fb",
    "post",
    "Teman sejawat perawat Kendal, ini kesempatan kita punya wakil di DPRD yang paham nasib perawat honorer. Ns. Tri Wahyuningsih, PDI Perjuangan nomor urut 1. Jangan sampai suara kita pecah 🙏",
    group="grp.ppni",
)
C(
    "C4",
    "2023-12-17T08:00:00+07:00",
    "e3.fb",
    "comment",
    "Jazakallah khair ustadz, kajiannya menyejukkan. Insya Allah ibu-ibu majelis dukung ustadz ke DPRD 🤲",
    on="pP9",
)
C(
    "C4",
    "2024-02-07T10:00:00+07:00",
    "e3.fb",
    "post",
    "Selepas posyandu mampir ke kajian Ustadz Nurhadi. Ustadz yang insya Allah amanah kalau duduk di DPRD, PKS nomor 3 Dapil Serang 2 😊",
)
C(
    "C5",
    "2024-01-07T19:00:00+07:00",
    "e7.fb",
    "comment",
    "Amin, Tuhan memberkati pelayanan Pak Yohanes. Jemaat siap mendukung nomor 6 🙏",
    on="pP7",
)
C(
    "C5",
    "2024-01-28T18:00:00+07:00",
    "e7.fb",
    "post",
    "Shalom teman-teman pemuda. Saudara kita Pak Yohanes Bambang Setiadi maju ke DPRD Kendal. Beliau yang dulu merintis beasiswa anak jemaat. Mari bantu dengan doa dan suara, Perindo nomor 6 🙏",
    group="grp.pemuda",
)
C(
    "C6",
    "2024-01-18T16:00:00+07:00",
    "e9.fb",
    "post",
    "Bapak ibu guru, Pak Asep Kurniawan téh rerencangan salaki abdi di PGRI. Ayeuna nyaleg DPRD Garut ti Golkar nomer 5. Saha deui nu bade merjuangkeun tunjangan guru upami sanés urang? 🙏",
)
C(
    "C7",
    "2024-01-14T10:30:00+07:00",
    "e10.fb",
    "post",
    "Ane minta doa ame dukungan buat encing ane, Hj. Ratna Dewi Komalasari, caleg DPRD Kab. Tangerang dari PPP nomor 1. Orangnye amanah, udeh puluhan taun ngurusin majelis taklim 🤲",
)
C(
    "PKB",
    "2024-01-31T20:00:00+07:00",
    "e2.fb",
    "post",
    "Warga Nahdliyin, ulah hilap 14 Februari. Partai nu dilahirkeun ku para kiai, PKB. Coblos logo bola dunya 🌏🤲",
)
C(
    "GERINDRA PRES2",
    "2024-02-10T19:00:00+07:00",
    "e6.fb",
    "post",
    "Pilpres nomer loro, DPRD yo Gerindra, ben nyambung 👍",
)
C(
    "PKS",
    "2024-06-20T10:00:00+07:00",
    "e8.fb",
    "post",
    "Alhamdulillah ikut baksos bareng DPD PKS Pandeglang, bagi sembako ke warga terdampak banjir. Partai yang beneran kerja, bukan cuma pas pemilu 👍 #AyoPKS",
)
C(
    "PPP",
    "2024-07-15T20:00:00+07:00",
    "e10.fb",
    "post",
    "Ane mah dari jaman babe tetep ijo, PPP. Ka'bah di hati 💚",
)


# ============================================================================================
# N: near misses
# ============================================================================================

# --- Garut --------------------------------------------------------------------------------------
N(
    "2024-10-09T15:00:00+07:00",
    "e1.fb",
    "post",
    "Assalamualaikum wr. wb. Ibu-ibu Majelis Taklim Al-Hidayah nu dipikacinta. Kamis payun ba'da ashar pengajian rutin di bumi Bu Hj. Entin, materi ti Ustadzah Neneng ngeunaan adab ka tatangga. Mangga hadir sadayana, candak Al-Qur'an masing-masing 🤲 Wassalam.",
    group="grp.taklim",
)
N(
    "2024-10-11T10:00:00+07:00",
    "e9.fb",
    "post",
    "*UNDANGAN MUSYAWARAH*\nPamilihan Ketua PKK RW 07 Sukagalih, Saptu 12 Oktober, jam 13.00 di Posyandu Mawar.\nCalon: 1. Bu Rina Herlina, 2. Bu Euis Sumiati.\nMangga ibu-ibu kader hadir, sora ibu-ibu nangtukeun! 🙏",
    group="grp.pkk",
)
N(
    "2024-11-22T11:30:00+07:00",
    "e2.fb",
    "post",
    "Khutbah Jumat ringkes: Milih pamingpin téh amanah. Tanggal 27 November angkat ka TPS, pilih kalayan jujur, ulah kagoda ku amplop. Saha wae pilihan urang, jaga ukhuwah 🤲",
)
N(
    "2024-10-21T05:15:00+07:00",
    "e2.yt",
    "comment",
    "Jazakallah Ajengan. Catetan abdi: pamingpin nu amanah nyaéta nu sieun ka Allah. Mugia sadaya calon émut kana ieu, naon wae hasilna.",
    on="pG5",
)
N(
    "2024-10-04T10:02:00+07:00",
    "e1.fb",
    "comment",
    "Alhamdulillah duanana sumping ka pengajian, mugia Pilkada Garut tiis, teu aya pasea 🤲",
    on="nG1",
)
N(
    "2024-10-13T09:00:00+07:00",
    "e9.ig",
    "comment",
    "Teh, punten, timbangan bayi di posyandu Sukagalih tos rusak ti bulan kamari. Mugia aya perhatosan ti saha wae nu kapilih 🙏",
    on="pG2",
)
N(
    "2024-10-17T13:00:00+07:00",
    "e1.fb",
    "post",
    "Hatur nuhun ka Bapak Pj. Bupati Garut, Dr. H. Cecep Rustandi, anu parantos ngaresmikeun ruang kelas anyar SDN 2 Tarogong. Barudak tiasa diajar langkung merenah. Mugia barokah 🙏",
)
N(
    "2024-10-26T09:30:00+07:00",
    "e2.fb",
    "comment",
    "Inna lillahi wa inna ilaihi raji'un. Ngiring belasungkawa kanggo Kang Wawan sakulawarga. Mugia almarhumah husnul khatimah, diampuni dosa-dosana 🤲",
    on="nG3",
)
N(
    "2024-08-30T16:00:00+07:00",
    "e9.fb",
    "post",
    "Juara 1 lomba tumpeng HUT RI ka-79 tingkat kacamatan: PKK Desa Sukagalih! Juara 2 PKK Jayaraga, juara 3 PKK Pataruman. Wilujeng, hatur nuhun ka sadaya panitia 🎉",
    group="grp.pkk",
)
N(
    "2024-10-15T16:45:00+07:00",
    "e1.fb",
    "post",
    "Arisan ibu-ibu RT 03 bulan ieu, nomer undian hiji kenging Bu Wawan (garwa Pak RT), nomer dua Bu Yusuf 😁 Wilujeng nya ibu-ibu, bulan payun di bumi Bu Entin.",
)
N(
    "2024-11-24T04:50:00+07:00",
    "e2.fb",
    "post",
    "Hayu urang perbanyak doa kanggo Garut, mugia pilkada lancar, aman, damai tur barokah. Doa téh pakarang jalma mukmin 🤲 #PilkadaDamai",
)
N(
    "2024-11-01T08:00:00+07:00",
    "e9.fb",
    "post",
    "Info ti KPU, mangga dibagikeun 🙏",
    group="grp.infogarut",
    alt="Poster sosialisasi KPU dengan foto dua pasangan calon",
    ocr="KPU KABUPATEN GARUT | PEMILIHAN BUPATI DAN WAKIL BUPATI GARUT 2024 | RABU, 27 NOVEMBER 2024 | 1. WAWAN - RINA  2. YUSUF - ENDANG | AYO KE TPS! | CEK DPT: cekdptonline.kpu.go.id",
)
N(
    "2024-11-06T07:10:00+07:00",
    "e1.fb",
    "comment",
    "Punten, ieu grup naon nya? Abdi diasupkeun ku batur. Abdi ASN, teu kenging. Mangga kaluarkeun abdi 🙏",
    on="pG3",
)
N(
    "2024-11-10T19:00:00+07:00",
    "e2.tt",
    "post",
    "Kajian singkat: hukumna nampi amplop serangan fajar. Risywah téh haram, nu mere jeung nu nampi sarua dosana 🙏",
)
N(
    "2024-10-20T09:00:00+07:00",
    "e9.ig",
    "post",
    "Bazar UMKM PKK Tarogong: rangginang, dodol, kurupuk kulit, kerajinan domba. Warna-warni dagangan ibu-ibu, mangga mampir 😍",
)
N(
    "2024-11-13T13:20:00+07:00",
    "e1.fb",
    "post",
    "Barudak kelas 3 ngadamel gambar pamandangan nganggo krayon 12 warna. Hasilna hade pisan, matak bagja guruna 😍",
)
N(
    "2024-10-08T15:30:00+07:00",
    "e2.fb",
    "comment",
    "Dokter, punten naroskeun, upami kolesterol luhur saéna ngirangan tuangeun naon wae? Hatur nuhun 🙏",
    on="pG4",
)
N(
    "2024-09-28T20:00:00+07:00",
    "e9.fb",
    "post",
    "Pamilihan ketua karang taruna Desa Sukagalih parantos rengse. Kandidat nomer 2, Kang Yusuf Ramdani, kapilih! Wilujeng Kang, mugia amanah 🎉",
)
N(
    "2024-09-27T14:00:00+07:00",
    "e1.fb",
    "post",
    "Tadi Bawaslu Garut sosialisasi netralitas ASN di aula kacamatan. Urang ASN wajib netral: teu kenging like, komen, share postingan paslon, teu kenging pose ramo. Hayu urang jaga 🙏",
    group="grp.pgri",
)
N(
    "2024-10-29T07:00:00+07:00",
    "e2.fb",
    "post",
    "Ningali baliho paslon dipaku kana tangkal di sisi jalan Cimanuk, kumaha atuh ieu téh. Karunya tangkalna 😔 Ka timses sadayana, mangga tertib.",
)
N(
    "2024-10-04T06:40:00+07:00",
    "e9.fb",
    "comment",
    "Kang, jalan ka lembur abdi di Cibunar rusak parah, mugi dipirosea ku saha wae nu kapilih engké 🙏",
    on="pG1",
)
N(
    "2024-11-10T12:00:00+07:00",
    "e1.fb",
    "share",
    "Bapak ibu, ieu tata cara nyoblos nu sah. Ulah hilap candak KTP sareng undangan C6 🙏",
    on="nG2",
)
N(
    "2024-11-20T23:05:00+07:00",
    "e1.yt",
    "comment",
    "Punten Kang, sora sound system kampanye dugi ka jam 11 wengi, barudak teu tiasa saré. Mangga dijaga 🙏",
    on="pG7",
)
N(
    "2024-11-01T21:00:00+07:00",
    "e2.fb",
    "post",
    "Kamari aya nu nitip salam ti timses supados diumumkeun saatos pengajian. Hapunten, abdi tolak. Masjid lain tempat kampanye, saha wae calonna.",
)
N(
    "2024-11-04T17:00:00+07:00",
    "e9.fb",
    "post",
    "Debat publik paslon Bupati Garut wengi ieu jam 19.30 di TV lokal. Mangga ditingali, dinilai, teras pilih saluyu jeung hate nurani 🙏",
)
N(
    "2024-09-06T10:00:00+07:00",
    "e1.fb",
    "post",
    "Inna lillahi, Pa Haji Oyo pensiunan guru SDN 2 parantos ngantunkeun. Tahlilan malam Jumat di bumi almarhum. Mangga hadir 🤲",
)
N(
    "2024-11-05T08:30:00+07:00",
    "e9.fb",
    "post",
    "Ibu-ibu kader, upami aya paslon nu sumping ka posyandu, urang layanan saé, tapi émut urang kedah netral nya, ulah poto pose ramo 🙏 Hatur nuhun.",
    group="grp.pkk",
)

# --- Banten -------------------------------------------------------------------------------------
N(
    "2024-10-14T13:00:00+07:00",
    "e3.ig",
    "comment",
    "Terima kasih kunjungannya pak, semoga program penurunan stunting terus berjalan siapa pun yang terpilih nanti 🙏",
    on="pB3",
)
N(
    "2024-11-19T15:00:00+07:00",
    "e4.fb",
    "post",
    "Rakor kecamatan: pengamanan TPS Pilgub Banten di 15 desa se-Ciruas. Linmas siap, logistik aman. Mari jaga kondusifitas wilayah 🙏",
)
N(
    "2024-10-31T07:00:00+07:00",
    "e3.fb",
    "post",
    "Jadwal posyandu November: Desa Kaserangan tgl 5, Desa Ciruas tgl 7, Desa Pelawad tgl 9. Bawa buku KIA ya bu. Pelayanan ramah, gratis 😊",
)
N(
    "2024-10-24T16:00:00+07:00",
    "e8.tt",
    "post",
    "Final turnamen voli antarkelas SMAN 1 Pandeglang 🏐 juara 1 XI IPA 2, juara 2 XII IPS 1. Bangga sama anak-anak! 🔥",
)
N(
    "2024-10-09T08:15:00+07:00",
    "e10.fb",
    "post",
    "Antrean di puskesmas pagi ini panjang bener. Nomor antrean ane 102, sabar ye semua, petugasnye lagi kerja keras 😅",
)
N(
    "2024-11-26T20:00:00+07:00",
    "e4.fb",
    "post",
    "Bismillah, semoga Pilgub Banten 27 November berjalan aman, damai, sejuk. Beda pilihan tetap saudara. Ciruas kondusif! 🤝",
)
N(
    "2024-10-05T19:00:00+07:00",
    "e10.fb",
    "post",
    "Pemilihan ketua RT 05 hari Minggu di pos ronda. Calonnye: No. 1 Bang Haerul, No. 2 Bang Mahmud. Ane mah siapa aje yang penting got beres ame sampah diangkut 😂",
    group="grp.teluknaga",
)
N(
    "2024-10-23T14:00:00+07:00",
    "e3.fb",
    "post",
    "Alhamdulillah Rakercab IBI Kab. Serang dibuka langsung oleh Bapak Pj. Gubernur Banten. Terima kasih atas perhatian pemerintah provinsi untuk bidan desa 🙏",
    group="grp.ibi",
)
N(
    "2024-11-09T12:00:00+07:00",
    "e8.ig",
    "post",
    "Harum banget nasi liwet buatan ibu-ibu PKK buat konsumsi turnamen 😋 makasih bu!",
)
N(
    "2024-10-28T06:00:00+07:00",
    "e4.yt",
    "comment",
    "Kajianna ngeunah, tapi punten, pengajian ulah dipaké kampanye atuh, karunya jamaah nu béda pilihan 🙏",
    on="pB4",
)
N(
    "2024-11-16T18:00:00+07:00",
    "e10.tt",
    "comment",
    "bang, konvoinye bikin macet di Teluknaga, ambulans puskesmas ampe kejebak. Tolong tertib 🙏",
    on="pB10",
)
N(
    "2024-10-15T13:00:00+07:00",
    "e8.fb",
    "comment",
    "Hati-hati bapak ibu ASN, jempol juga bisa kena 😅 mending scroll aja.",
    on="nB1",
)
N(
    "2024-10-07T09:00:00+07:00",
    "e4.fb",
    "post",
    "Selamat kepada Pak H. Rachmat Hidayat (Ketua DKM Al-Ikhlas Ciruas, bukan yang cagub ya 😁) atas terpilihnya kembali sebagai ketua DKM periode 2024–2027. Semoga amanah!",
)
N(
    "2024-11-20T10:00:00+07:00",
    "e10.fb",
    "post",
    "Penting! Cara cek lokasi TPS lewat aplikasi, pilgub tinggal seminggu lagi. Share ke sodara-sodara biar kagak golput ye.",
)
N(
    "2024-10-22T16:30:00+07:00",
    "e3.ig",
    "comment",
    "Bu, kapan IBI diajak diskusi soal insentif bidan desa? Kami tunggu siapa pun nanti gubernurnya 🙏",
    on="pB8",
)
N(
    "2024-10-28T12:00:00+07:00",
    "e8.x",
    "quote",
    "Insentif guru honorer itu janji semua calon tiap pilkada. Kita catat dan tagih nanti, siapa pun yang menang.",
    on="pB11",
)
N(
    "2024-09-16T18:00:00+07:00",
    "e10.fb",
    "post",
    "Maulid Nabi di musholla Al-Barkah malem Jumat, tausiyah KH. Syarif. Abis acara ada ramah tamah, makan nasi kebuli bareng. Nyok dateng 🤲",
    group="grp.teluknaga",
)
N(
    "2024-11-27T09:30:00+07:00",
    "e3.fb",
    "post",
    "Alhamdulillah sudah nyoblos di TPS 04 Ciruas. Jari ungu, hati tenang. Siapa pun yang menang, semoga amanah 🤲",
)
N(
    "2024-11-12T15:00:00+07:00",
    "e4.fb",
    "comment",
    "Punten, posko jangan di depan kantor desa ya, itu fasilitas pemerintah. Tolong dipindah 🙏",
    on="pB12",
)
N(
    "2024-10-26T10:00:00+07:00",
    "e8.fb",
    "post",
    "Turnamen Voli Pelajar se-Kabupaten Pandeglang: pendaftaran dibuka sampai 10 November. Juara 1 dapat trofi + uang pembinaan. Tanpa sponsor partai atau paslon ya, murni kegiatan olahraga 🙏",
    group="grp.voli",
)
N(
    "2024-10-18T07:30:00+07:00",
    "e3.fb",
    "post",
    "Ibu-ibu, nomor antrean USG hari Kamis cuma sampai nomor 20 ya, dokternya cuma satu 🙏",
)
N(
    "2024-11-22T22:00:00+07:00",
    "e10.fb",
    "comment",
    "Pak, kalo udeh jadi gubernur, banjir rob di Teluknaga tolong diurusin ye. Siapa pun yang menang kite tagih.",
    on="pB7",
)
N(
    "2024-11-27T06:45:00+07:00",
    "e4.tt",
    "post",
    "Pagi-pagi udah keliling TPS, ngecek kesiapan KPPS se-Ciruas ✅ lancar alhamdulillah",
    alt="Video petugas KPPS menata bilik suara dan kotak suara",
)

# --- Kendal -------------------------------------------------------------------------------------
N(
    "2024-10-12T16:00:00+07:00",
    "e6.fb",
    "post",
    "Wara-wara: Kerja bakti Minggu enjing, resik-resik makam lan saluran. Sakbubare kerja bakti bapak-bapak dipun aturi kempal wonten pos ronda kangge rembugan sedekah bumi. Monggo 🙏",
    group="grp.langenharjo",
)
N(
    "2024-11-02T13:00:00+07:00",
    "e6.fb",
    "comment",
    "Matur nuwun Bapak Pj. Bupati sampun rawuh wonten sedekah bumi Langenharjo lan maringi bantuan gerobak sampah. Mugi migunani 🙏",
    on="oK1",
)
N(
    "2024-10-09T12:00:00+07:00",
    "e5.ig",
    "post",
    "Alhamdulillah posyandu lansia hari ini 43 peserta, tensi aman semua 😊 matur nuwun kader-kader hebat 🙏",
)
N(
    "2024-10-05T20:00:00+07:00",
    "e7.fb",
    "post",
    "Latihan paduan suara untuk ibadah Natal dimulai Sabtu jam 4 sore. Pemuda harap datang tepat waktu, bawa partitur ya 🙏🎶",
    group="grp.pemuda",
)
N(
    "2024-10-20T19:00:00+07:00",
    "e5.tt",
    "post",
    "madu hutan asli dari UMKM Boja 🍯 buat daya tahan tubuh, nakes approved 😆",
)
N(
    "2024-11-03T09:00:00+07:00",
    "e6.fb",
    "post",
    "Guyub rukun warga Langenharjo, kerja bakti tanpa dikon. Bangga dadi warga Kendal 👍",
)
N(
    "2024-10-07T07:00:00+07:00",
    "e6.fb",
    "comment",
    "Pak, wayangan sedekah bumi taun ngajeng mugi tetep wonten nggih, sinten mawon bupatine 🙏",
    on="pK1",
)
N(
    "2024-11-21T15:00:00+07:00",
    "e7.fb",
    "post",
    "Doa bersama lintas iman untuk Pilkada Kendal yang damai, Jumat malam di Pendopo Kabupaten, diselenggarakan FKUB. Semua umat diundang 🕊️ #PilkadaDamai",
)
N(
    "2024-10-02T08:00:00+07:00",
    "e5.fb",
    "post",
    "Sebagai ASN kita wajib netral. Kalau ada yang ngajak foto pose jari, tolak dengan sopan ya teman-teman nakes 🙏",
)
N(
    "2024-10-28T17:00:00+07:00",
    "e6.fb",
    "post",
    "Sugeng Pak Bambang Haryono, juara 1 lomba manuk kicau HUT Kelurahan Langenharjo 🐦🏆",
)
N(
    "2024-10-25T18:00:00+07:00",
    "e5.ig",
    "comment",
    "Bu Dewi, posyandu di kelurahan kami butuh timbangan bayi baru, semoga diperhatikan siapa pun yang jadi 🙏",
    on="pK6",
)
N(
    "2024-11-05T10:00:00+07:00",
    "e7.ig",
    "post",
    "Kue lapis legit buat bazar amal gereja, siapa mau pesan? Bisa COD Kaliwungu 😊",
)
N(
    "2024-11-03T06:30:00+07:00",
    "e7.yt",
    "comment",
    "Pertanyaan untuk Pak Mukhlis: bagaimana menjamin izin pendirian rumah ibadah tidak dipersulit? Terima kasih.",
    on="pK7",
)
N(
    "2024-09-20T19:00:00+07:00",
    "e6.fb",
    "post",
    "Rembug warga RW 02: pemilihan ketua RW anyar. Calon 1 Pak Mukhlis (pensiunan guru), calon 2 Pak Dewo. Monggo rawuh Minggu dalu wonten balai RW.",
    group="grp.langenharjo",
)
N(
    "2024-09-12T13:00:00+07:00",
    "e5.fb",
    "post",
    "Info: pendaftaran PPPK nakes 2024 sudah dibuka. Cek syarat dan jadwal di laman BKPSDM Kendal ya teman sejawat 🙏",
    group="grp.ppni",
)
N(
    "2024-11-27T11:00:00+07:00",
    "e6.fb",
    "post",
    "TPS 07 Langenharjo lancar, warga antre tertib. Matur nuwun KPPS lan Linmas 🙏",
)
N(
    "2024-11-12T19:00:00+07:00",
    "e5.tt",
    "comment",
    "kak, ASN boleh nggak sih ikut joget2 gini? 🤔 nanya aja soalnya aku nakes",
    on="pK4",
)
N(
    "2024-10-01T14:00:00+07:00",
    "e7.fb",
    "comment",
    "Terima kasih infonya Bawaslu. Berarti guru juga tidak boleh share flyer paslon di grup wali murid ya? 🙏",
    on="nK2",
)
N(
    "2024-10-30T05:30:00+07:00",
    "e6.fb",
    "post",
    "Sugeng tindak Mbah Karto, pinituwa RT 04. Mugi pinaringan papan ingkang padhang. Tahlilan ing dalemipun wiwit dalu menika.",
)
N(
    "2024-10-17T08:00:00+07:00",
    "e5.ig",
    "comment",
    "Bu, bazar UMKM-nya sampai jam berapa? mau beli keripik tempe 😁",
    on="pK2",
)
N(
    "2024-10-27T21:00:00+07:00",
    "e7.ig",
    "post",
    "Haul dan sedekah bumi di desa suami, rame banget. Pentas barongan, wayang, pasar malam 🎉 Kendal tetep guyub.",
)

# --- Pemilu 2024 ------------------------------------------------------------------------------
N(
    "2024-02-14T10:00:00+07:00",
    "e4.fb",
    "post",
    "Alhamdulillah sudah nyoblos. Apa pun hasilnya kita tetap satu Indonesia 🇮🇩",
)
N(
    "2024-02-09T04:30:00+07:00",
    "e2.fb",
    "post",
    "Du'a sateuacan pemilu: Allahumma wal 'alaina khiyarana... Ya Allah, angkatlah pemimpin terbaik di antara kami, jauhkan kami dari fitnah. Aamiin ya Rabbal 'alamin 🤲",
)
N(
    "2024-01-10T21:00:00+07:00",
    "e9.ig",
    "comment",
    "Pak, jalan ka Cikajang masih seueur nu rusak. Mugia saha wae presidenna émut ka Garut 🙏",
    on="pP1",
)
N(
    "2024-02-11T12:00:00+07:00",
    "e7.fb",
    "post",
    "Ibadah syukur menjelang pemilu di gereja: kita doakan siapa pun yang terpilih diberi hikmat dan takut akan Tuhan. Amin 🙏",
)
N(
    "2024-01-22T07:00:00+07:00",
    "e10.fb",
    "post",
    "Kagak usah ribut soal capres di grup RT ye, grup ini buat info ronda, sampah ame arisan. Yang mau debat di luar aje. – Admin",
    group="grp.teluknaga",
)
N(
    "2024-01-08T09:00:00+07:00",
    "e8.yt",
    "comment",
    "Debatnya seru, tapi moderatornya kurang tegas. Semoga siapa pun yang menang bisa bikin pendidikan lebih baik.",
    on="nP1",
)
N(
    "2024-01-16T07:30:00+07:00",
    "e5.tt",
    "comment",
    "pak, kapan tunjangan nakes honorer naik? 😭🙏",
    on="pP3",
)
N(
    "2024-02-13T19:30:00+07:00",
    "e6.fb",
    "post",
    "Bapak-bapak, sesuk 14 Februari TPS buka jam 7. Ampun kesupen undangan. Sing rukun, ora usah padu merga beda pilihan 🙏",
)
N(
    "2023-12-05T14:00:00+07:00",
    "e1.fb",
    "post",
    "Hasil rapat PGRI Tarogong: guru dilarang kampanye di sekolah sareng dilarang ngarahkeun siswa pemilih pemula. Mangga dipatuhi sadayana 🙏",
    group="grp.pgri",
)
N(
    "2024-02-08T09:00:00+07:00",
    "e9.fb",
    "post",
    "Wawaran: Tanggal 14 Februari posyandu diliburkeun, seueur kader nu janten KPPS. Hatur nuhun.",
    group="grp.pkk",
)
N(
    "2024-01-21T08:00:00+07:00",
    "e4.fb",
    "comment",
    "Kang Ade, punten, baliho di payuneun madrasah mohon dipindah, ganggu budak-budak 🙏",
    on="pP5",
)
N(
    "2024-01-26T10:00:00+07:00",
    "e5.ig",
    "comment",
    "Mbak Tri masih praktek di klinik nggak? mau konsul luka diabetes ibuku 🙏",
    on="pP6",
)
N(
    "2024-01-16T16:00:00+07:00",
    "e8.fb",
    "post",
    "Nomor punggung baru tim voli sekolah: Agus 1 (kapten), Gibran 2 (anak kelas X, namanya beneran Gibran 😂), Anies 3. Siap turnamen!",
    group="grp.voli",
)
N(
    "2024-02-10T08:00:00+07:00",
    "e10.fb",
    "post",
    "Hoaks! Foto surat suara udeh dicoblos yang beredar di grup WA itu editan. Cek dulu sebelum share ye, jangan bikin ribut.",
)
N(
    "2024-01-20T11:00:00+07:00",
    "e9.fb",
    "post",
    "Wilujeng ka Kang Asep, juara 1 MTQ tingkat kacamatan cabang tilawah dewasa 🏆 Mugia lancar di tingkat kabupaten.",
)
N(
    "2023-12-02T13:00:00+07:00",
    "e1.fb",
    "post",
    "Pamilihan ketua PKK desa parantos rengse, Bu Imas Siti Rohimah kapilih aklamasi. Wilujeng Bu, mugia amanah 🙏",
)
N(
    "2024-01-22T06:00:00+07:00",
    "e4.fb",
    "post",
    "Debat capres semalam: Pak Anies bicara soal guru, Pak Prabowo soal makan siang gratis, Pak Ganjar soal internet desa. Silakan dinilai sendiri, pilih sesuai hati nurani masing-masing 🙏",
)
N(
    "2023-12-21T07:00:00+07:00",
    "e6.fb",
    "comment",
    "Pak, pupuk subsidi angel digoleki neng Kendal, nyuwun diperhatosaken 🙏",
    on="pP2",
)
N(
    "2024-04-20T15:00:00+07:00",
    "e7.ig",
    "post",
    "Halal bihalal lintas iman di balai desa, indahnya kebersamaan 🤝 Selamat Idulfitri bagi yang merayakan.",
)
N(
    "2023-08-17T17:00:00+07:00",
    "e10.fb",
    "post",
    "Turnamen tarkam HUT RI ke-78: RT 03 juara 1, RT 05 juara 2. Hadiahnye kambing 🐐 Makasih sponsor toko bangunan Haji Mamat!",
    group="grp.teluknaga",
)
N(
    "2024-01-30T20:00:00+07:00",
    "e8.x",
    "post",
    "Pemilih pemula di kelas saya nanya: pak, pilih siapa? Saya jawab: pelajari visi misi, cek rekam jejak, lalu putuskan sendiri. Pilihan itu rahasia kalian 🙏",
)
N(
    "2024-02-14T21:00:00+07:00",
    "e10.tt",
    "post",
    "POV: orang Teluknaga nunggu quick count sambil ngopi ☕ siapa pun menang, besok tetep kerja 😂",
)
N(
    "2024-01-15T19:00:00+07:00",
    "e2.fb",
    "post",
    "Hapunten, abdi teu satuju upami majelis taklim dipaké ngabagikeun kalender caleg. Majelis mah kanggo ngaji, sanés kanggo kampanye.",
)
N(
    "2024-01-06T08:00:00+07:00",
    "e9.fb",
    "comment",
    "Punten, santunan yatimna teu acan kenging kanggo budak yatim di RT 02, aya pendataan deui?",
    on="pP4",
)


# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A(
    "C1",
    "2024-01-05T22:00:00+07:00",
    "e2.fb",
    "comment",
    "Barakallah kanggo santunan yatimna. Mugi janten amal jariyah 🤲",
    on="pP4",
)
A(
    "C4",
    "2024-01-12T19:00:00+07:00",
    "e3.fb",
    "post",
    "Kajian rutin Ahad pagi di Masjid Al-Ikhlas diisi Ustadz Nurhadi Fauzan, tema: menjaga lisan di media sosial. Ibu-ibu mangga hadir 🤲",
)
A(
    "GRT1",
    "2024-10-04T07:00:00+07:00",
    "e1.fb",
    "comment",
    "Aamiin ya Allah, sehat salawasna Kang Wawan 🤲",
    on="pG1",
)
A(
    "KDL2",
    "2024-10-11T09:00:00+07:00",
    "e6.fb",
    "post",
    "Haul Simbah Kaliwungu, ketemu Pak Mukhlis 😊",
    alt="Dua pria bersarung dan berpeci berfoto bersama di serambi masjid",
)
A("BTN1", "2024-11-09T09:10:00+07:00", "e4.fb", "comment", "Insya Allah hadir 🙏", on="pB2")
A(
    "GRT1",
    "2024-10-12T14:00:00+07:00",
    "e9.ig",
    "comment",
    "Teh Rina geulis pisan, kerudungna saé 😍",
    on="pG2",
)
A(
    "KDL1 KDL2",
    "2024-11-15T07:00:00+07:00",
    "e7.fb",
    "post",
    "Kendal BISA bangkit kalau kita tetap guyub rukun, apa pun pilihannya 😊",
)
A("BTN1", "2024-11-26T21:00:00+07:00", "e10.fb", "post", "Nomer satu di hati ane tetep emak 😁")
A(
    "KDL1 KDL2",
    "2024-11-24T20:00:00+07:00",
    "e5.tt",
    "post",
    "yang kemarin kampanye di alun-alun bagi-bagi kaos, makasih ya kaosnya adem buat tidur 😂",
)
A(
    "BTN2",
    "2024-11-05T18:00:00+07:00",
    "e8.ig",
    "post",
    "Foto bareng Kang Haerul pas turnamen voli kemarin, ternyata beliau jago smash 🏐",
    alt="Dua pria berkaus olahraga berfoto di lapangan voli, salah satunya memegang bola",
)


# ============================================================================================
# O: C-like texts naming only candidates, outside every election window
# ============================================================================================

O(
    "GRT1",
    "2024-08-26T20:15:00+07:00",
    "e1.fb",
    "post",
    "Alhamdulillah, Kang Wawan Setiawan sareng Teh Rina tos sapuk ngahiji. Mugia tiasa ngawangun Garut, urang rojong ti ayeuna 🤲",
)
O(
    "GRT2",
    "2024-07-20T09:00:00+07:00",
    "e2.fb",
    "post",
    "Dokter Yusuf jeung Ajengan Endang, pasangan nu pas pikeun Garut. Mugia jadi maju, abdi pribados ngadukung pinuh 🤲",
)
O(
    "BTN1",
    "2024-08-10T16:00:00+07:00",
    "e4.fb",
    "post",
    "Pak Rachmat Hidayat mau maju jadi cagub? Mantap, warga Ciruas siap dukung penuh 💪",
)
O(
    "BTN2",
    "2024-08-20T21:00:00+07:00",
    "e8.ig",
    "post",
    "Alumni pesantren siap all out buat Abah Mahmud Sobari kalau jadi dipasangkan sama Pak Haerul 🌙",
)
O(
    "KDL2",
    "2024-12-28T19:00:00+07:00",
    "e6.fb",
    "post",
    "Sugeng Pak Mukhlis lan Mbak Dewi. Wong Langenharjo tetep nyengkuyung nganti limang taun ngarep 👍",
)
O(
    "KDL1",
    "2025-01-05T20:00:00+07:00",
    "e5.tt",
    "post",
    "masih kebayang kampanye kemarin, tetep tim Pak Bambang & Bu Siti sampai kapanpun 😌",
)
O(
    "PRES1",
    "2024-06-20T21:00:00+07:00",
    "e10.fb",
    "post",
    "Ane mah tetep pendukung Pak Anies, kapan pun beliau maju lagi ane siap ngedukung!",
)
O(
    "PRES2",
    "2023-03-12T08:00:00+07:00",
    "e9.fb",
    "post",
    "Pak Prabowo mugia sehat salawasna, urang rojong anjeunna janten presiden 🇮🇩",
)
O(
    "PRES3",
    "2024-07-10T19:00:00+07:00",
    "e7.ig",
    "post",
    "Tetap bangga pernah berjuang bareng relawan Ganjar-Mahfud ❤️ terima kasih Pak Ganjar, Pak Mahfud",
)
O(
    "BTN2",
    "2025-02-20T10:00:00+07:00",
    "e3.fb",
    "post",
    "Selamat bekerja Pak Haerul dan Abah Mahmud, kami bidan Ciruas tetap di belakang bapak 💚",
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
        return f"C{n:04d}xKmn{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzKmn{n:05d}Kw"
    return f"DA{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vKmn{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Km"
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
        "name: Probe political.campaign – komunitas Jawa Barat, Banten, Jawa Tengah\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-komunitas-") as tmp:
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
