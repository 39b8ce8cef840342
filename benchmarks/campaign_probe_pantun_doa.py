# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: pantun, doa, threads and other long or traditional forms.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.
The harness (world setup, labelling helpers, bundle writing, scoring) follows
``campaign_probe_jateng_forms.py``; the world and every item are new.

The world
---------
* An invented Pilgub Riau 2024: pair 1 Datuk H. Azhar Mahmud - Hj. Rahmah Hidayati ("AZRAH",
  "Riau Bermarwah", volunteers "Laskar Marwah") and pair 2 Ir. H. Bakhtiar Lubis - dr. Yusmaniar
  Siregar ("BAKTI", "Riau Berbakti, Negeri Bertuah", volunteers "Sahabat BAKTI").
* An invented Pilwako Batam 2024 (Kepulauan Riau): pair 1 Capt. Hasan Basri Tanjung - Lily
  Marlina ("HASLI", "Batam Bandar Madani") and pair 2 Raja Indra Syahputra - Suryani Hamid
  ("Bandar Berseri").
* The real 2024 presidential pairs with their real ballot numbers (all texts invented), four
  invented legislative candidates of 2024 (Hendra Saputra, PAN no. 4, DPRD Kota Tanjungpinang;
  Yuliarni, Gerindra no. 3, DPRD Kota Padang; H. Gusti Rahmadi, PKS no. 2, DPRD Kota
  Banjarmasin; Tengku Hamdan Effendi, Golkar no. 1, DPRD Riau) and ten real national parties.
* Ten invented civil servants in Riau, Kepulauan Riau, Padang and Banjarmasin with declared
  accounts on X, Threads, Facebook, Instagram, TikTok and YouTube.

The forms: pantun and syair (sampiran about fruit, rivers, islands; isi that supports a
candidate), gurindam, short poems, numbered lists and threads ("1/5 ..."), jingle lyrics and
song parodies, prayers for a candidate's victory, kultum and sermon language, endorsement by
proxy (family, RT, jamaah, "suami saya caleg nomor 4"), testimonials, gratitude framed as
support, farewell and retirement posts; Indonesian code-mixed with Riau/Kepri Malay, Minang and
Banjar.  The negatives use the same forms: pantun and prayers for a peaceful election, for all
candidates, for the nation; condolences; prayers for a sick candidate's health; neutral analysis
threads; news; support quoted critically; religious words that are also candidates' names
(rahmah, hidayah, bakti, raja, amin, Al-Azhar); other contests (RT, OSIS, koperasi, masjid);
relatives' non-political news.

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
    .venv/bin/python benchmarks/campaign_probe_pantun_doa.py [--show] [--keep DIR]

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
    ("RIAU", "Pemerintah Provinsi Riau", "", "14"),
    ("RIAU.DISDIK", "Dinas Pendidikan Provinsi Riau", "RIAU", "14"),
    ("RIAU.PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Riau", "RIAU", "14"),
    ("BKS", "Pemerintah Kabupaten Bengkalis", "", "14.03"),
    ("BKS.BAPPEDA", "Badan Perencanaan Pembangunan Daerah Kabupaten Bengkalis", "BKS", "14.03"),
    ("PKU", "Pemerintah Kota Pekanbaru", "", "14.71"),
    ("PKU.DISDIK", "Dinas Pendidikan Kota Pekanbaru", "PKU", "14.71"),
    ("BTM", "Pemerintah Kota Batam", "", "21.71"),
    ("BTM.DISKOMINFO", "Dinas Komunikasi dan Informatika Kota Batam", "BTM", "21.71"),
    ("BTM.RSUD", "Rumah Sakit Umum Daerah Kota Batam", "BTM", "21.71"),
    ("PDG", "Pemerintah Kota Padang", "", "13.71"),
    ("PDG.DISPERDAG", "Dinas Perdagangan Kota Padang", "PDG", "13.71"),
    ("BJM", "Pemerintah Kota Banjarmasin", "", "63.71"),
    ("BJM.DLH", "Dinas Lingkungan Hidup Kota Banjarmasin", "BJM", "63.71"),
    ("KEMENAG", "Kementerian Agama", "", ""),
    ("KEMENAG.RIAU", "Kantor Wilayah Kementerian Agama Provinsi Riau", "KEMENAG", "14"),
    ("KEMENAG.KEPRI", "Kantor Wilayah Kementerian Agama Provinsi Kepulauan Riau", "KEMENAG", "21"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "e1": (
        "197805142003122003",
        "Hj. Rosmaniar, S.Pd.",
        "RIAU.DISDIK",
        "SMA Negeri 2 Pekanbaru",
        "Guru Ahli Madya",
        "PNS",
        "14.71",
    ),
    "e2": (
        "198206232009011004",
        "H. Abdul Rahman Siregar, S.Th.I., M.A.",
        "KEMENAG.RIAU",
        "Kantor Kementerian Agama Kabupaten Kampar",
        "Penyuluh Agama Islam Ahli Muda",
        "PNS",
        "14.01",
    ),
    "e3": (
        "199507302020121009",
        "Muhammad Rizky Pratama, S.Kom.",
        "BTM.DISKOMINFO",
        "Bidang Pengelolaan Informasi Publik",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "21.71",
    ),
    "e4": (
        "199810112023122012",
        "Nurul Aini Safitri, S.Kep., Ners",
        "BTM.RSUD",
        "Instalasi Gawat Darurat",
        "Perawat Ahli Pertama",
        "PPPK",
        "21.71",
    ),
    "e5": (
        "198011082006042011",
        "Yenni Marlinda, S.E.",
        "PDG.DISPERDAG",
        "Bidang Sarana Distribusi dan Pasar",
        "Pengawas Perdagangan Ahli Muda",
        "PNS",
        "13.71",
    ),
    "e6": (
        "198503172010011013",
        "Ahmad Fauzi Rahman, S.Hut.",
        "BJM.DLH",
        "Bidang Pengelolaan Sampah",
        "Pengendali Dampak Lingkungan Ahli Muda",
        "PNS",
        "63.71",
    ),
    "e7": (
        "198909022014031005",
        "Dedi Kurniawan, S.T., M.T.",
        "RIAU.PUPR",
        "Bidang Bina Marga",
        "Teknik Jalan dan Jembatan Ahli Muda",
        "PNS",
        "14",
    ),
    "e8": (
        "196410151990031007",
        "Drs. H. Syamsuddin Ahmad, M.Si.",
        "BKS.BAPPEDA",
        "Bidang Perencanaan Ekonomi",
        "Perencana Ahli Madya",
        "PNS",
        "14.03",
    ),
    "e9": (
        "198712202011012008",
        "Hj. Fitriani Lestari, S.Ag., M.Pd.I.",
        "KEMENAG.KEPRI",
        "Kantor Kementerian Agama Kota Tanjungpinang",
        "Penyuluh Agama Islam Ahli Muda",
        "PNS",
        "21.72",
    ),
    "e10": (
        "199301252019032014",
        "Sari Wulandari Putri, S.Pd.",
        "PKU.DISDIK",
        "SD Negeri 112 Pekanbaru",
        "Guru Ahli Pertama",
        "PNS",
        "14.71",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "e1.fb": (
        "fb",
        "rosmaniar.syam",
        "100004888120301",
        "Rosmaniar Syam",
        "Guru Bahasa Indonesia | pencinta pantun Melayu",
        "Pekanbaru",
    ),
    "e2.fb": (
        "fb",
        "ustadz.abdulrahman.srg",
        "100006221340087",
        "Ustadz Abdul Rahman",
        "Penyuluh agama | kultum tiap Jumat",
        "Bangkinang, Kampar",
    ),
    "e2.yt": (
        "yt",
        "KultumBangRahman",
        "UCkultumRahman0014kamparX",
        "Kultum Bang Rahman",
        "Kultum singkat penyejuk hati",
        "Kampar",
    ),
    "e3.x": (
        "x",
        "rizkyprtm_btm",
        "1355012398877120001",
        "Rizky P.",
        "batam | kopi | tukang utas",
        "Batam",
    ),
    "e3.th": ("th", "rizkyprtm_btm", "63550123988", "Rizky P.", "batam | kopi", "Batam"),
    "e3.ig": ("ig", "rizky.pratama.btm", "5533019022", "Rizky Pratama", "", "Batam"),
    "e4.tt": (
        "tt",
        "nurulaini.ners",
        "7022190045123",
        "nurul🩺",
        "ners batam, anak pulau",
        "Batam",
    ),
    "e4.ig": ("ig", "nurul.aini.sf", "6120045123", "Nurul Aini", "IGD warrior 🚑", "Batam"),
    "e5.fb": (
        "fb",
        "yenni.marlinda.pdg",
        "100003771245509",
        "Yenni Marlinda",
        "Urang Padang asli, karajo di pasa",
        "Padang",
    ),
    "e6.fb": (
        "fb",
        "fauzi.rahman.bjm",
        "100002990871233",
        "Ahmad Fauzi Rahman",
        "Urang Banjar, bagawi di DLH",
        "Banjarmasin",
    ),
    "e6.tt": (
        "tt",
        "fauzi_banjar",
        "6902233001871",
        "Fauzi Urang Banjar",
        "sungai, soto banjar, wan pantun",
        "Banjarmasin",
    ),
    "e7.x": (
        "x",
        "dedikurn_riau",
        "1188223409911230017",
        "Dedi Kurniawan",
        "Jalan, jembatan, dan utas panjang",
        "Pekanbaru",
    ),
    "e7.th": ("th", "dedikurn_riau", "61882234099", "Dedi K", "", "Pekanbaru"),
    "e8.fb": (
        "fb",
        "syamsuddin.ahmad.bks",
        "100001223344556",
        "Syamsuddin Ahmad",
        "Anak jati Bengkalis",
        "Bengkalis",
    ),
    "e9.ig": (
        "ig",
        "ummu.fitri.tpi",
        "4490087712",
        "Ummu Fitri",
        "Penyuluh | ibu 3 anak",
        "Tanjungpinang",
    ),
    "e9.fb": (
        "fb",
        "fitriani.lestari.tpi",
        "100005512098731",
        "Fitriani Lestari",
        "",
        "Tanjungpinang",
    ),
    "e10.tt": (
        "tt",
        "bu.sari.pku",
        "7033120019251",
        "Bu Sari 🎶",
        "guru SD yang hobi nyanyi",
        "Pekanbaru",
    ),
    "e10.ig": ("ig", "sariwulandp", "5520019251", "Sari W.P.", "", "Pekanbaru"),
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
        "PILGUB_RIAU2024",
        "Pemilihan Gubernur dan Wakil Gubernur Riau 2024",
        "regional_head",
        "14",
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
    "RIAU1A": ("Datuk H. Azhar Mahmud, S.H., M.H.", "candidate", "PILGUB_RIAU2024", "1", ""),
    "RIAU1B": ("Hj. Rahmah Hidayati, S.E.", "candidate", "PILGUB_RIAU2024", "1", ""),
    "RIAU1T": ("Tim Pemenangan AZRAH Riau", "campaign_team", "PILGUB_RIAU2024", "1", ""),
    "RIAU1V": ("Relawan Laskar Marwah", "campaign_team", "PILGUB_RIAU2024", "1", ""),
    "RIAU2A": ("Ir. H. Bakhtiar Lubis, M.T.", "candidate", "PILGUB_RIAU2024", "2", ""),
    "RIAU2B": ("dr. Yusmaniar Siregar, Sp.A.", "candidate", "PILGUB_RIAU2024", "2", ""),
    "RIAU2T": ("Tim Pemenangan BAKTI Riau", "campaign_team", "PILGUB_RIAU2024", "2", ""),
    "RIAU2V": ("Relawan Sahabat BAKTI", "campaign_team", "PILGUB_RIAU2024", "2", ""),
    "BTM1A": ("Capt. Hasan Basri Tanjung, M.Mar.", "candidate", "PILWAKO_BTM2024", "1", ""),
    "BTM1B": ("Lily Marlina, S.E.", "candidate", "PILWAKO_BTM2024", "1", ""),
    "BTM1T": ("Tim Pemenangan HASLI Batam", "campaign_team", "PILWAKO_BTM2024", "1", ""),
    "BTM2A": ("Raja Indra Syahputra, S.H.", "candidate", "PILWAKO_BTM2024", "2", ""),
    "BTM2B": ("Suryani Hamid, S.Sos.", "candidate", "PILWAKO_BTM2024", "2", ""),
    "BTM2T": ("Relawan Bandar Berseri", "campaign_team", "PILWAKO_BTM2024", "2", ""),
    "PRES1A": ("Anies Rasyid Baswedan", "candidate", "PILPRES2024", "1", ""),
    "PRES1B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", "PKB"),
    "PRES1T": ("Timnas AMIN", "campaign_team", "PILPRES2024", "1", ""),
    "PRES2A": ("Prabowo Subianto", "candidate", "PILPRES2024", "2", "Gerindra"),
    "PRES2B": ("Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "PRES2T": ("TKN Prabowo-Gibran", "campaign_team", "PILPRES2024", "2", ""),
    "PRES3A": ("Ganjar Pranowo", "candidate", "PILPRES2024", "3", "PDI-P"),
    "PRES3B": ("Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "PRES3T": ("TPN Ganjar-Mahfud", "campaign_team", "PILPRES2024", "3", ""),
    "CAL1": ("Hendra Saputra, S.T.", "candidate", "PILEG2024", "4", "PAN"),
    "CAL2": ("Yuliarni, S.E.", "candidate", "PILEG2024", "3", "Gerindra"),
    "CAL3": ("H. Gusti Rahmadi, S.Sos.", "candidate", "PILEG2024", "2", "PKS"),
    "CAL4": ("Tengku Hamdan Effendi", "candidate", "PILEG2024", "1", "Golkar"),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "PAN": ("Partai Amanat Nasional (PAN)", "party", "", "12", "PAN"),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", "Demokrat"),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "party", "", "17", "PPP"),
    "UMMAT": ("Partai Ummat", "party", "", "24", "Ummat"),
    "OFF_RIAU": ("Drs. H. Marzuki Yahya, M.Si.", "official", "", "", ""),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "RIAU1A.fb": ("DatukAzharMahmud", "100090000001101", "Datuk Azhar Mahmud"),
    "RIAU1A.ig": ("datukazhar.riau", "7100001101", "Datuk Azhar"),
    "RIAU1A.x": ("DatukAzhar", "1710000000000001101", "Datuk Azhar Mahmud"),
    "RIAU1B.ig": ("rahmahhidayati.official", "7100001102", "Rahmah Hidayati"),
    "RIAU1T.fb": ("TimAZRAHRiau", "100090000001103", "Tim Pemenangan AZRAH"),
    "RIAU1V.tt": ("laskarmarwah", "7300000001104", "Laskar Marwah 🌙"),
    "RIAU1V.fb": ("groups/laskarmarwahriau", "300090000001104", "Laskar Marwah Riau (grup)"),
    "RIAU2A.ig": ("bakhtiarlubis.id", "7100001201", "Bakhtiar Lubis"),
    "RIAU2A.fb": ("BakhtiarLubisRiau", "100090000001201", "Bakhtiar Lubis"),
    "RIAU2A.yt": ("BakhtiarLubisTV", "UCbakhtiarLubisTV01201", "Bakhtiar Lubis TV"),
    "RIAU2B.ig": ("dr.yusmaniar", "7100001202", "dr. Yusmaniar"),
    "RIAU2T.x": ("TimBAKTIRiau", "1710000000000001203", "Tim BAKTI Riau"),
    "RIAU2V.fb": ("SahabatBAKTI", "100090000001204", "Sahabat BAKTI"),
    "RIAU2V.tt": ("sahabatbakti", "7300000001204", "Sahabat BAKTI"),
    "BTM1A.ig": ("capt.hasanbasri", "7100002101", "Capt. Hasan Basri"),
    "BTM1A.tt": ("capthasan.batam", "7300000002101", "Capt Hasan"),
    "BTM1B.ig": ("lilymarlina.btm", "7100002102", "Lily Marlina"),
    "BTM1T.x": ("HASLIBatam", "1710000000000002103", "Tim HASLI Batam"),
    "BTM2A.x": ("rajaindra_btm", "1710000000000002201", "Raja Indra Syahputra"),
    "BTM2A.fb": ("RajaIndraSyahputra", "100090000002201", "Raja Indra Syahputra"),
    "BTM2B.ig": ("suryanihamid", "7100002202", "Suryani Hamid"),
    "BTM2T.ig": ("bandarberseri", "7100002203", "Bandar Berseri"),
    "PRES1A.x": ("aniesbaswedan", "1720000000000000011", "Anies Rasyid Baswedan"),
    "PRES1A.ig": ("aniesbaswedan", "7200000011", "Anies Baswedan"),
    "PRES1B.x": ("cakimiNOW", "1720000000000000012", "A Muhaimin Iskandar"),
    "PRES1T.x": ("TimnasAMIN", "1720000000000000013", "Timnas AMIN"),
    "PRES2A.x": ("prabowo", "1720000000000000021", "Prabowo Subianto"),
    "PRES2A.ig": ("prabowo", "7200000021", "Prabowo Subianto"),
    "PRES2A.tt": ("prabowo", "7400000000021", "Prabowo Subianto"),
    "PRES2A.yt": ("PrabowoSubianto", "UCprabowoSubianto00021", "Prabowo Subianto"),
    "PRES2B.x": ("gibran_tweet", "1720000000000000022", "Gibran Rakabuming"),
    "PRES2T.x": ("TKNPrabowoGibran", "1720000000000000023", "TKN Prabowo-Gibran"),
    "PRES3A.x": ("ganjarpranowo", "1720000000000000031", "Ganjar Pranowo"),
    "PRES3A.fb": ("GanjarPranowo", "100091000000031", "Ganjar Pranowo"),
    "PRES3A.tt": ("ganjarpranowo", "7400000000031", "Ganjar Pranowo"),
    "PRES3B.x": ("mohmahfudmd", "1720000000000000032", "Mahfud MD"),
    "PRES3T.x": ("TPNGanjarMahfud", "1720000000000000033", "TPN Ganjar-Mahfud"),
    "CAL1.ig": ("hendrasaputra.pan", "7200000041", "Hendra Saputra"),
    "CAL1.fb": ("HendraSaputraTPI", "100091000000041", "Hendra Saputra"),
    "CAL2.fb": ("UniYuliarni", "100091000000042", "Uni Yuliarni"),
    "CAL3.fb": ("GustiRahmadiBJM", "100091000000043", "Gusti Rahmadi"),
    "CAL3.tt": ("gustirahmadi", "7400000000043", "Gusti Rahmadi"),
    "CAL4.fb": ("TengkuHamdanEffendi", "100091000000044", "Tengku Hamdan Effendi"),
    "PKB.x": ("DPP_PKB", "1720000000000000051", "DPP PKB"),
    "GERINDRA.x": ("Gerindra", "1720000000000000052", "Partai Gerindra"),
    "PDIP.x": ("PDI_Perjuangan", "1720000000000000053", "PDI Perjuangan"),
    "GOLKAR.fb": ("GolkarRiau", "100091000000054", "DPD Partai Golkar Riau"),
    "NASDEM.x": ("NasDem", "1720000000000000055", "Partai NasDem"),
    "PKS.fb": ("PKSBanjarmasin", "100091000000058", "PKS Kota Banjarmasin"),
    "PAN.ig": ("pan_kepri", "7200000062", "PAN Kepulauan Riau"),
    "DEMOKRAT.x": ("PDemokrat", "1720000000000000064", "Partai Demokrat"),
    "PPP.x": ("DPP_PPP", "1720000000000000067", "DPP PPP"),
    "UMMAT.x": ("PartaiUmmat", "1720000000000000074", "Partai Ummat"),
    "OFF_RIAU.ig": ("pjgubernur.riau", "7200000081", "Pj Gubernur Riau"),
}

KEYWORDS = [
    ("RIAU1A", "#AzharRahmah"),
    ("RIAU1A", "AZRAH"),
    ("RIAU1A", "Riau Bermarwah"),
    ("RIAU1V", "Laskar Marwah"),
    ("RIAU2A", "#BAKTIuntukRiau"),
    ("RIAU2A", "Riau Berbakti Negeri Bertuah"),
    ("RIAU2V", "Sahabat BAKTI"),
    ("BTM1A", "#HASLIuntukBatam"),
    ("BTM1A", "HASLI"),
    ("BTM1A", "Batam Bandar Madani"),
    ("BTM2A", "#RajaSuryani"),
    ("BTM2T", "Bandar Berseri"),
    ("PRES1A", "AMIN"),
    ("PRES1A", "#AMINAjaDulu"),
    ("PRES1A", "#AniesMuhaimin2024"),
    ("PRES1B", "Slepet"),
    ("PRES2A", "#PrabowoGibran2024"),
    ("PRES2A", "Bersama Indonesia Maju"),
    ("PRES2A", "oke gas"),
    ("PRES2A", "gemoy"),
    ("PRES3A", "#GanjarMahfud2024"),
    ("PRES3A", "sat set tas tes"),
    ("CAL1", "#HendraSaputra4"),
    ("CAL2", "#UniYuliarni"),
    ("CAL3", "#GustiRahmadi"),
    ("CAL4", "#TengkuHamdan"),
    ("PAN", "#PANMenang"),
    ("PKS", "#AyoPKS"),
    ("GOLKAR", "#GolkarMenang"),
    ("GERINDRA", "#GerindraMenang"),
    ("PDIP", "#PDIPerjuangan"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "RIAU1": "RIAU1A RIAU1B RIAU1T RIAU1V",
    "RIAU2": "RIAU2A RIAU2B RIAU2T RIAU2V",
    "BTM1": "BTM1A BTM1B BTM1T",
    "BTM2": "BTM2A BTM2B BTM2T",
    "PRES1": "PRES1A PRES1B PRES1T",
    "PRES2": "PRES2A PRES2B PRES2T",
    "PRES3": "PRES3A PRES3B PRES3T",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "news.x": ("x", "kabarriau_id", "1230000000000001901", "Kabar Riau"),
    "newsbtm.x": ("x", "batamhariini", "1230000000000001902", "Batam Hari Ini"),
    "masjid.fb": ("fb", "MasjidAlIkhlasSukajadi", "100080000001903", "Masjid Al-Ikhlas Sukajadi"),
    "grp.guru": ("fb", "groups/gururiauberpantun", "300080000001904", "Guru Riau Berpantun (grup)"),
    "grp.bks": ("fb", "groups/infobengkalis", "300080000001905", "Info Bengkalis Terkini (grup)"),
    "grp.banjar": (
        "fb",
        "groups/urangbanjarbahimat",
        "300080000001906",
        "Urang Banjar Bahimat (grup)",
    ),
    "kpu.ig": ("ig", "infopemilu.kepri", "6100001907", "Info Pemilu Kepri"),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilgub Riau
    "pR1": (
        "RIAU1A.fb",
        "2024-10-06T10:00:00+07:00",
        "Alhamdulillah, ribuan warga Siak hadir dalam kampanye dialogis hari ini. Riau Bermarwah! #AzharRahmah",
    ),
    "pR2": (
        "RIAU1A.fb",
        "2024-11-20T19:00:00+07:00",
        "Mohon doa restu seluruh masyarakat Riau. InsyaAllah 27 November kita jemput kemenangan bersama.",
    ),
    "pR3": (
        "RIAU2A.ig",
        "2024-10-10T09:00:00+07:00",
        "Silaturahmi bersama guru honorer se-Pekanbaru. Riau Berbakti, Negeri Bertuah 🌊 #BAKTIuntukRiau",
    ),
    "pR4": (
        "RIAU2V.fb",
        "2024-10-20T20:00:00+07:00",
        "LOMBA PANTUN SAHABAT BAKTI! Tulis pantun dukunganmu di kolom komentar, 10 terbaik dapat hadiah 👇",
    ),
    "pR5": (
        "RIAU1B.ig",
        "2024-11-01T08:00:00+07:00",
        "Assalamualaikum. Sejak semalam saya dirawat karena kelelahan. Mohon doanya agar segera pulih 🙏",
    ),
    "pR6": (
        "RIAU2A.yt",
        "2024-10-30T21:30:00+07:00",
        "Debat Kedua Pilgub Riau 2024 — Closing Statement Bakhtiar Lubis",
    ),
    "pR7": (
        "RIAU1V.tt",
        "2024-10-25T19:00:00+07:00",
        "Jingle resmi Laskar Marwah 🎶 nyanyikan bersama, duet-kan videomu! #AzharRahmah",
    ),
    "pR8": (
        "RIAU2A.fb",
        "2024-11-10T07:00:00+07:00",
        "Innalillahi wa inna ilaihi raji'un. Turut berduka atas wafatnya Datuk Bandaro Ali, tokoh adat Kampar.",
    ),
    "pR9": (
        "RIAU1A.fb",
        "2024-10-14T16:00:00+07:00",
        "Menyapa petani sawit Rokan Hulu. Harga TBS harus adil untuk petani swadaya.",
    ),
    # Pilwako Batam
    "pB1": (
        "BTM1A.ig",
        "2024-10-08T09:00:00+07:00",
        "Naik pompong ke Belakang Padang, dengar langsung keluhan warga pulau. Batam Bandar Madani! #HASLIuntukBatam",
    ),
    "pB2": (
        "BTM2A.x",
        "2024-10-15T20:00:00+07:00",
        "Siapa yang mau Batam lebih bersih dan berseri? Balas dengan pantun terbaikmu 😄 #RajaSuryani",
    ),
    "pB3": (
        "BTM1T.x",
        "2024-11-02T08:00:00+07:00",
        "🧵 Program HASLI untuk Batam: 1) pompong dan feri murah antarpulau, 2) air bersih 24 jam, 3) lapangan kerja untuk anak tempatan.",
    ),
    "pB4": (
        "BTM2T.ig",
        "2024-10-28T16:00:00+07:00",
        "Terima kasih warga Tanjung Uma atas sambutannya. Bandar Berseri! 🌸",
    ),
    "pB5": (
        "BTM1A.tt",
        "2024-11-12T21:00:00+07:00",
        "Alhamdulillah sudah boleh pulang dari rumah sakit. Terima kasih doa warga Batam 🙏",
    ),
    # Pilpres 2024
    "pP1": (
        "PRES1A.x",
        "2024-01-05T21:00:00+07:00",
        "Terima kasih Pekanbaru! Perubahan itu pasti datang. #AMINAjaDulu",
    ),
    "pP2": (
        "PRES2A.ig",
        "2024-01-20T18:00:00+07:00",
        "Terima kasih Batam atas sambutan yang luar biasa. Bersama Indonesia Maju!",
    ),
    "pP3": (
        "PRES3A.fb",
        "2024-01-12T12:00:00+07:00",
        "Sat set! Ketemu pedagang Pasar Raya Padang, dengar keluhan soal harga cabai.",
    ),
    "pP4": ("PRES2A.yt", "2024-02-10T13:00:00+07:00", "LIVE Kampanye Akbar Prabowo-Gibran di GBK"),
    "pP5": (
        "PRES2A.tt",
        "2024-01-27T19:00:00+07:00",
        "Joget gemoy bareng anak muda Banjarmasin 🕺",
    ),
    # Pileg 2024
    "pC1": (
        "CAL1.ig",
        "2024-01-15T10:00:00+07:00",
        "Sosialisasi bersama warga Tanjungpinang Timur. PAN nomor 12, Hendra nomor 4 🙏",
    ),
    "pC3": (
        "CAL3.fb",
        "2024-01-25T16:00:00+08:00",
        "Batatamuan lawan warga Kelayan. PKS nomor 8, Gusti nomor 2. #GustiRahmadi",
    ),
    # Others
    "nw1": (
        "news.x",
        "2024-10-31T11:00:00+07:00",
        "Survei LSI Melayu: elektabilitas AZRAH 41,2%, BAKTI 39,8%, margin of error 3%.",
    ),
    "nw2": (
        "masjid.fb",
        "2024-11-21T08:00:00+07:00",
        "Doa bersama lintas tokoh untuk Pilkada Riau yang aman dan damai, Jumat 22 November ba'da Isya. Terbuka untuk umum.",
    ),
    "nw3": (
        "news.x",
        "2024-02-14T17:00:00+07:00",
        "Hitung cepat sementara: Prabowo-Gibran unggul di Riau. Hasil resmi tetap menunggu KPU.",
    ),
    "nw4": (
        "newsbtm.x",
        "2024-11-04T09:00:00+07:00",
        "Bawaslu Batam temukan pembagian sembako berstiker paslon di Tanjung Uma.",
    ),
    "nw5": (
        "kpu.ig",
        "2024-11-18T10:00:00+07:00",
        "Cek DPT online Pilkada Kepri dan Pilwako Batam di cekdptonline.kpu.go.id. Jangan sampai tak terdaftar!",
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

# --- pantun, syair and gurindam ------------------------------------------------------------
C(
    "RIAU1",
    "2024-10-12T20:15:00+07:00",
    "e1.fb",
    "post",
    "Pantun malam Minggu 🌙\n\nPulau Pandan jauh di tengah,\nDi balik Pulau Angsa Dua;\nNomor satu pilihan marwah,\nAzhar-Rahmah pemimpin kita.\n\nBalas pantun, kawan-kawan! 😄",
)
C(
    "RIAU2",
    "2024-10-20T21:03:00+07:00",
    "e1.fb",
    "comment",
    "Buah cempedak di luar pagar,\nAmbil galah tolong jolokkan;\nBakhtiar-Yusmaniar pemimpin tegar,\nNomor dua kita menangkan 💪",
    on="pR4",
)
C(
    "BTM2",
    "2024-10-15T21:40:00+07:00",
    "e3.x",
    "reply",
    "Ke Tanjung Uma naik sampan,\nSinggah sebentar membeli kepah;\nBatam berseri jadi harapan,\nRaja-Suryani kita pilih, sah! 😄",
    on="pB2",
)
C(
    "PRES2",
    "2024-02-01T19:30:00+07:00",
    "e5.fb",
    "post",
    "Rancak bana rumah gadang,\nDi ateh bukik mancaliak lurah;\nNomor duo pilihan urang Padang,\nPrabowo-Gibran indak ka kalah 💪",
)
C(
    "PRES1",
    "2024-01-28T20:10:00+08:00",
    "e6.fb",
    "post",
    "Jukung tambangan di Sungai Martapura,\nBapandir lawan urang Kuin;\nKami urang Banjar sudah bamupakat,\nCoblos nomor satu, Anies-Muhaimin! 🤲",
)
C(
    "CAL3 PKS",
    "2024-02-05T16:45:00+08:00",
    "e6.tt",
    "post",
    "Soto Banjar ketupat Kandangan,\nDimakan bakuah di pinggir sungai;\nGusti Rahmadi jangan dilupakan,\nPKS nomor delapan, nomor dua pian pilih, sampai! 🗳️",
)
C(
    "CAL4 GOLKAR",
    "2024-01-20T09:20:00+07:00",
    "e8.fb",
    "post",
    "Dari Bengkalis ke Selatpanjang,\nSinggah sebentar di Pulau Rupat;\nTengku Hamdan wakil yang kita sayang,\nGolkar nomor empat, Hamdan nomor satu, jangan tersesat 🙏",
)
C(
    "RIAU1",
    "2024-11-15T05:50:00+07:00",
    "e2.fb",
    "post",
    "Syair subuh untuk negeri:\n\nWahai saudara kaum di Riau,\nMarwah negeri jangan dibiar risau;\nAzhar-Rahmah pemimpin berhati jernih,\nDua puluh tujuh November, nomor satu kita pilih.",
)
C(
    "RIAU2",
    "2024-10-22T18:30:00+07:00",
    "e10.tt",
    "post",
    "Ikan patin gulai asam pedas,\nDimakan bersama nasi panas;\nNomor dua pilihan yang jelas,\nBakhtiar-Yusmaniar menang tuntas 🎶🥰",
    alt="Video wanita berkerudung membacakan pantun sambil menunjukkan dua jari",
)
C(
    "BTM1",
    "2024-10-08T13:25:00+07:00",
    "e4.ig",
    "comment",
    "Pulau Penyengat pulau bersejarah,\nTempat bermakam Raja Ali Haji;\nBatam maju tak lagi susah,\nCapt Hasan-Kak Lily pilihan hati 💙",
    on="pB1",
)
C(
    "CAL1 PAN",
    "2024-01-30T20:00:00+07:00",
    "e9.ig",
    "post",
    "Dari Tanjungpinang ke Pulau Penyengat,\nNaik pompong di hari Sabtu;\nMohon doa jamaah yang hebat,\nSuami saya caleg nomor empat, PAN nomor dua belas itu 🤲 #HendraSaputra4",
)
C(
    "PRES3",
    "2024-01-10T22:10:00+07:00",
    "e7.x",
    "post",
    "Berakit-rakit ke hulu,\nBerenang-renang ke tepian;\nTiga jari kita tuju,\nGanjar-Mahfud jadi pilihan 🤟",
)
C(
    "PRES2",
    "2024-02-03T12:40:00+07:00",
    "e3.th",
    "post",
    "Gonggong Batam rasa terbilang,\nDicecah sambal belacan;\nPrabowo-Gibran kite menang,\nNomor due jangan lupekan 😎",
)
C(
    "CAL2 GERINDRA",
    "2024-02-07T19:00:00+07:00",
    "e5.fb",
    "post",
    "Kalamai dari Payakumbuah,\nDimakan baduo jo si uda;\nUni Yuliarni pilihan nan indak baubah,\nNomor tigo Gerindra, dunsanak, jan lupo ka TPS!",
)
C(
    "RIAU1",
    "2024-11-05T20:40:00+07:00",
    "e1.fb",
    "post",
    "Bunga tanjung kembang semalam,\nHarumnya sampai ke Kuala Kampar;\nCikgu-cikgu jangan diam,\nNomor satu kita kibarkan, Datuk Azhar! 🌼",
    group="grp.guru",
)
C(
    "RIAU1",
    "2024-11-08T05:30:00+07:00",
    "e2.fb",
    "post",
    "Gurindam pilkada:\n\nBarang siapa mencari pemimpin yang amanah,\nPilihlah nomor satu, Azhar dan Rahmah.\nBarang siapa menjaga marwah Melayu,\nJangan biarkan suaranya berlalu.",
)
C(
    "PRES1",
    "2024-01-15T20:00:00+07:00",
    "e10.ig",
    "post",
    "Pergi ke pasar membeli terasi,\nTerasi dibeli di Pasar Bawah;\nAyo Pekanbaru dukung perubahan sejati,\nAnies-Imin nomor satu, insyaAllah berkah 🌱",
)
C(
    "PRES1",
    "2024-01-26T21:15:00+07:00",
    "e9.fb",
    "post",
    "Gurindam pemilu dari Tanah Melayu:\n\nApabila hati inginkan perubahan,\nNomor satu jadi pilihan.\nApabila ulama sudah bermufakat,\nAnies-Muhaimin kita angkat.",
)
C(
    "BTM1",
    "2024-11-16T19:00:00+07:00",
    "e4.tt",
    "post",
    "Pantun anak pulau 🌊\n\nPergi ke Batu Ampar menjala udang,\nUdang dijual ke Nagoya;\nBang Hasan nakhoda yang kami sayang,\nNomor satu untuk Batam kita 💙 #HASLIuntukBatam",
)
C(
    "PRES2",
    "2024-01-27T20:30:00+08:00",
    "e6.tt",
    "comment",
    "Ampun Pak! Pantun gasan Bapak: Jukung ka Lok Baintan mambawa pisang, urang Banjar nomor dua, Prabowo-Gibran pasti manang 🙏",
    on="pP5",
)

# --- short poems -----------------------------------------------------------------------------
C(
    "BTM1",
    "2024-11-18T22:05:00+07:00",
    "e3.th",
    "post",
    "di antara laut dan lampu pelabuhan\nkota ini menunggu nakhoda\nbukan janji, tapi kapten yang pulang ke dermaga\n27 november, aku pilih Capt. Hasan 🌊⚓",
)
C(
    "RIAU2",
    "2024-11-12T21:00:00+07:00",
    "e10.ig",
    "post",
    "Untuk Riau 🤍\n\nTanahku yang bertuah,\njangan biarkan marwahmu terbelah.\nDi bilik suara nanti,\nkupilih nomor dua, BAKTI di hati.",
)
C(
    "PRES1",
    "2024-02-09T23:10:00+07:00",
    "e7.th",
    "post",
    "perubahan bukan sekadar kata\nia langkah kecil di bilik suara\n14 februari kucoblos nomor satu\ndemi anakku, demi Indonesia\n#AMINAjaDulu",
)
C(
    "BTM1",
    "2024-10-30T21:20:00+07:00",
    "e4.ig",
    "post",
    "Puisi kecil dari ruang IGD 🚑\n\nlelah kami tak minta dibalas,\ncukup pemimpin yang paham laut dan pulau.\nKak Lily, Capt Hasan, kami titipkan Batam.\nNomor satu. Sudah.",
)
C(
    "PRES2",
    "2024-02-11T20:00:00+07:00",
    "e5.fb",
    "post",
    "Puisi urang pasa:\n\nDi tangah pasa nan sasak,\nawak bamimpi harago indak naiak,\nnomor duo, Prabowo-Gibran,\nbaok kami ka nan labiah baiak.",
)

# --- numbered lists and threads --------------------------------------------------------------
C(
    "RIAU2",
    "2024-11-02T20:00:00+07:00",
    "e7.x",
    "post",
    "1/5 Kenapa saya memilih pasangan nomor 2 di Pilgub Riau? Utas agak panjang, sambil ngopi ☕🧵",
)
C(
    "RIAU2",
    "2024-11-02T20:02:00+07:00",
    "e7.x",
    "post",
    "2/5 Rekam jejak. Waktu Pak Bakhtiar jadi kadis, jalan lintas Pekanbaru-Dumai yang rusak bertahun-tahun beres dalam dua musim. Orang lapangan tahu itu.",
)
A(
    "RIAU2",
    "2024-11-02T20:04:00+07:00",
    "e7.x",
    "post",
    "3/5 Program beasiswa anak nelayan dan petani sawit, dan puskesmas keliling di pulau-pulau pesisir.",
)
C(
    "RIAU2",
    "2024-11-02T20:07:00+07:00",
    "e7.x",
    "post",
    "5/5 Jadi, 27 November, mari kita coblos nomor 2. Riau Berbakti, Negeri Bertuah. Sekian utas dari saya 🙏",
)
C(
    "BTM1",
    "2024-11-10T19:30:00+07:00",
    "e3.x",
    "post",
    "1/4 Utas: 4 alasan saya dukung Capt. Hasan–Lily di Pilwako Batam 👇",
)
C(
    "BTM1",
    "2024-11-10T19:33:00+07:00",
    "e3.x",
    "post",
    "2/4 Pertama: beliau nakhoda beneran, ngerti laut, ngerti pulau-pulau hinterland kita. Bandar Madani itu bukan slogan kosong.",
)
C(
    "BTM1",
    "2024-11-10T19:40:00+07:00",
    "e3.x",
    "post",
    "4/4 Kesimpulannya: Batam butuh nakhoda. Nomor 1. Udah itu aja. #HASLIuntukBatam",
)
C(
    "PRES1",
    "2024-02-06T21:00:00+07:00",
    "e7.x",
    "post",
    "Alasan saya pilih 01:\n1. Gagasan perubahan yang jelas\n2. Debat paling substansial\n3. Cak Imin dekat dengan santri\n4. Berani kritik\nSampai jumpa di TPS 14 Februari 🗳️",
)
C(
    "PRES2",
    "2024-01-31T12:15:00+07:00",
    "e3.th",
    "post",
    "5 alasan milih 02 versi anak Batam:\n1. pengalaman\n2. mau lanjutin yang udah jalan\n3. makan siang gratis buat ponakan\n4. Gibran anak muda\n5. gemoy 😆\nudah, nomor 2 aja",
)
C(
    "PRES3",
    "2024-01-18T20:45:00+07:00",
    "e5.fb",
    "post",
    "Tigo alasan awak piliah nomor tigo:\n1. Pak Ganjar pernah turun ka pasa, mandanga padagang\n2. Pak Mahfud bersih, tegas soal hukum\n3. Program KTP Sakti untuak urang ketek\nSat set, tanggal 14 tigo jari! 🤟",
)
C(
    "RIAU1",
    "2024-11-24T06:00:00+07:00",
    "e1.fb",
    "post",
    "Checklist ibu-ibu pengajian sebelum 27 November:\n✅ cek nama di DPT\n✅ siapkan KTP\n✅ coblos nomor 1, Azhar-Rahmah\n✅ doakan Riau\nSampai jumpa di TPS! 🌙",
)
C(
    "RIAU2",
    "2024-11-06T19:00:00+07:00",
    "e10.ig",
    "post",
    "Ini yang bikin saya mantap 🥹 (geser ya)",
    alt="Carousel infografis tujuh poin berwarna hijau",
    ocr="7 PROGRAM BAKTI UNTUK GURU | 1. Insentif guru honorer naik 2. Sertifikasi dipercepat 3. Beasiswa S2 guru SD ... PILIH NO. 2 BAKHTIAR - YUSMANIAR",
)
C(
    "CAL4 GOLKAR",
    "2024-02-08T20:00:00+07:00",
    "e8.fb",
    "post",
    "Lima alasan Tengku Hamdan layak duduk di DPRD Riau:\n1. Anak jati Bengkalis\n2. Paham nelayan dan petani karet\n3. Jujur\n4. Dekat dengan ulama\n5. Golkar nomor 4, Hamdan nomor 1. Mohon dukungan 🙏",
)

# --- songs, jingles, parodies ----------------------------------------------------------------
C(
    "RIAU1",
    "2024-10-26T19:45:00+07:00",
    "e10.tt",
    "post",
    "🎶 Satu, satu, aku pilih satu~ Azhar-Rahmah di hatiku, Riau bermarwah selalu 🎶 ikutan challenge jingle ya kak 😍",
    alt="Video wanita berbaju kurung kuning berjoget dengan jari telunjuk terangkat",
)
C(
    "RIAU1",
    "2024-10-25T21:30:00+07:00",
    "e10.tt",
    "comment",
    "🎶 Azhar-Rahmah, Azhar-Rahmah, pilihan kite semue~ 🎶 lagunya nempel terus di kepala, mantap!!",
    on="pR7",
)
C(
    "BTM1",
    "2024-11-03T20:10:00+07:00",
    "e4.tt",
    "post",
    "🎶 Lancang kuning, lancang kuning berlayar malam, hai berlayar malam~ Capt Hasan nakhodanya, Batam pun tenang 🎶 #HASLIuntukBatam",
)
C(
    "PRES2",
    "2024-01-29T19:20:00+08:00",
    "e6.tt",
    "post",
    "🎶 Ampar-ampar pisang, pisangku balum masak~ nomor dua pilihan kami, Prabowo-Gibran bujur haja 🎶 😄",
)
C(
    "PRES3",
    "2024-01-22T21:00:00+07:00",
    "e5.fb",
    "post",
    "🎶 Ganjar-Mahfud di hati awak, indak ka lupo sampai ka TPS~ 🎶 (nada Kampuang Nan Jauh di Mato) 😁 Tigo jari dunsanak!",
)
C(
    "PRES2",
    "2024-01-24T18:40:00+07:00",
    "e3.ig",
    "post",
    "Oke gas oke gas, nomor dua tambah gas 🎶 dari Batam buat Indonesia 🔥",
    alt="Video pria berjoget di depan Jembatan Barelang",
)
C(
    "PRES3",
    "2024-02-02T07:30:00+07:00",
    "e7.x",
    "post",
    "Nyetir ke Dumai, yang diputar jingle Ganjar-Mahfud terus dari tadi. Sat set tas tes! Tanggal 14 tiga jari 🤟",
)
C(
    "RIAU2",
    "2024-11-09T20:00:00+07:00",
    "e1.fb",
    "post",
    "Lirik lagu 'Berbakti untuk Negeri' (nada Zapin Melayu):\n🎶 Bakhtiar-Yusmaniar, pemimpin bertuah,\nRiau berbakti, rakyat bersorak,\nnomor dua kite menang, insyaAllah 🎶\nSila dinyanyikan bersama!",
)

# --- prayers for a candidate's victory -------------------------------------------------------
C(
    "RIAU1",
    "2024-11-22T04:45:00+07:00",
    "e2.fb",
    "post",
    "Ya Allah, menangkanlah pemimpin yang amanah bagi negeri Riau, Datuk Azhar dan Ummi Rahmah. Aamiin ya Rabbal 'alamin 🤲",
)
C(
    "CAL1 PAN",
    "2024-01-15T13:10:00+07:00",
    "e9.ig",
    "comment",
    "Aamiin. Semoga Allah mudahkan langkah suamiku, nomor 4 PAN. Mohon doa dan dukungannya jamaah semua 🤲",
    on="pC1",
)
C(
    "PRES2",
    "2024-02-12T21:30:00+07:00",
    "e5.fb",
    "post",
    "Ya Allah, jadikanlah Prabowo-Gibran pamimpin kami. Aamiin. Urang awak piliah nomor duo, insyaAllah.",
)
C(
    "PRES1",
    "2024-02-08T20:30:00+08:00",
    "e6.fb",
    "post",
    "Aamiin gasan paslon 01. Mudahan Allah manangakan Pak Anies wan Cak Imin. Urang Banjar siap! 🤲",
)
C(
    "RIAU2",
    "2024-10-30T22:15:00+07:00",
    "e2.yt",
    "comment",
    "Semoga Allah memenangkan Pak Bakhtiar, pemimpin yang insyaAllah amanah. Kami sekeluarga di Kampar nomor 2 🤲",
    on="pR6",
)
C(
    "BTM1",
    "2024-10-08T19:05:00+07:00",
    "e4.ig",
    "comment",
    "Aamiin ya Allah, semoga Capt Hasan & Kak Lily menang. Doa dari anak pulau 🤲",
    on="pB1",
)
C(
    "PRES2",
    "2024-02-13T03:30:00+07:00",
    "e8.fb",
    "post",
    "Malam ini tahajud, doa untuk Indonesia dan untuk kemenangan 02. Besok kita ke TPS, bismillah.",
)
C(
    "CAL1 PAN",
    "2024-02-02T08:00:00+07:00",
    "e9.fb",
    "post",
    "Bismillah. Doakan suami saya, Hendra Saputra, caleg DPRD Kota Tanjungpinang nomor urut 4 dari PAN. Semoga amanah ini sampai. Mohon doa dan dukungannya 🙏",
)
C(
    "RIAU1",
    "2024-11-20T20:12:00+07:00",
    "e1.fb",
    "comment",
    "Aamiin ya Rabb. Kami doakan Datuk dan Bu Rahmah menang satu putaran. Doa dari guru-guru Pekanbaru 🤲",
    on="pR2",
)
C(
    "RIAU2",
    "2024-11-21T22:00:00+07:00",
    "e10.tt",
    "post",
    "doa malam jumat: semoga paslon 2 Riau menang ya Allah 🤲 aamiin paling serius",
)
C(
    "BTM1",
    "2024-11-26T21:00:00+07:00",
    "e3.x",
    "post",
    "Doa saya malam ini sederhana: semoga besok Capt Hasan menang. Batam butuh beliau. Aamiin. #HASLIuntukBatam",
)
C(
    "CAL3 PKS",
    "2024-02-09T21:00:00+08:00",
    "e6.tt",
    "post",
    "Ya Allah, mudahakan Ka Gusti Rahmadi duduk di dewan, aamiin. PKS nomor 8, nomor urut 2 👆",
)
C(
    "PRES1",
    "2024-01-19T05:30:00+07:00",
    "e2.fb",
    "post",
    "Ba'da subuh berjamaah, kami doakan pasangan nomor 1: semoga Allah menangkan Anies-Muhaimin. Aamiin ya Allah, AMIN ya rakyat 😊",
)
C(
    "CAL2 GERINDRA",
    "2024-02-10T20:00:00+07:00",
    "e5.fb",
    "post",
    "Jo bismillah, awak doakan Uni Yuliarni manang, duduak di DPRD Kota Padang. Nomor 3 Gerindra, jan lupo dunsanak! 🤲",
)
C(
    "PRES2",
    "2024-02-10T14:20:00+07:00",
    "e8.fb",
    "post",
    "Semoga Allah memenangkan Pak Prabowo dan Mas Gibran satu putaran. Aamiin 🤲🇮🇩",
)
C(
    "RIAU2",
    "2024-11-25T20:30:00+07:00",
    "e8.fb",
    "post",
    "Yasinan malam ini kami tutup dengan doa: ya Allah, jika Pak Bakhtiar dan dr. Yusmaniar yang terbaik untuk Riau, menangkanlah mereka lusa. Kami sudah yakin nomor dua. Aamiin.",
)

# --- kultum, sermons ---------------------------------------------------------------------------
C(
    "RIAU1",
    "2024-11-15T16:00:00+07:00",
    "e2.yt",
    "post",
    "Kultum: Memilih Pemimpin yang Amanah — dan bagi saya itu Datuk Azhar, nomor 1 #AzharRahmah",
)
C(
    "RIAU1",
    "2024-11-01T11:30:00+07:00",
    "e2.fb",
    "post",
    "Kultum Jumat: Rasulullah bersabda, setiap kalian adalah pemimpin dan akan dimintai pertanggungjawaban. Jamaah sekalian, 27 November nanti pilihlah yang menjaga marwah Melayu, pasangan nomor satu. Jangan sampai tertukar.",
)
C(
    "CAL1 PAN",
    "2024-01-25T10:00:00+07:00",
    "e9.ig",
    "post",
    "Kultum majelis taklim hari ini: memilih wakil rakyat yang jujur itu ibadah. Contoh terdekat, suami saya sendiri 😊 Nomor 4 PAN, mohon doanya ibu-ibu.",
    alt="Ibu-ibu berjilbab duduk melingkar di masjid dengan spanduk kecil caleg di dinding",
)
C(
    "PRES2",
    "2024-02-02T13:00:00+07:00",
    "e2.fb",
    "post",
    "Khutbah singkat: memilih pemimpin itu ibadah, dan pemimpin yang tegas itu kebutuhan umat. Kami di Kampar insyaAllah istiqamah bersama nomor 2, Prabowo-Gibran.",
)
C(
    "PRES1",
    "2024-02-04T16:00:00+07:00",
    "e9.ig",
    "post",
    "Taushiyah sore: perubahan dimulai dari diri sendiri, lalu dari bilik suara. Saya pribadi sudah mantap di 01 🤲 #AMINAjaDulu",
)

# --- endorsement by proxy: family, RT, jamaah --------------------------------------------------
C(
    "CAL4 GOLKAR",
    "2024-01-28T19:00:00+07:00",
    "e8.fb",
    "post",
    "Keluarga besar kami, bani Ahmad di Bengkalis, sudah sepakat memilih Tengku Hamdan, caleg DPRD Riau nomor 1 dari Golkar. Tak ada yang lari 💛",
)
C(
    "RIAU1",
    "2024-10-19T21:00:00+07:00",
    "e1.fb",
    "post",
    "Alhamdulillah, hasil musyawarah keluarga besar Datuk Syam malam ini: kami sekeluarga memilih nomor 1, Azhar-Rahmah. Bulat!",
)
C(
    "BTM2",
    "2024-11-11T22:30:00+07:00",
    "e3.x",
    "post",
    "warga RT 05 RW 03 Tiban Indah solid ke Raja-Suryani 💪 udah rapat tadi malam, spanduk juga udah naik",
)
C(
    "CAL1 PAN",
    "2024-02-06T09:00:00+07:00",
    "e9.fb",
    "post",
    "Suami saya caleg nomor 4 PAN, DPRD Kota Tanjungpinang dapil Tanjungpinang Timur. Mohon doa dan dukungannya ya saudara-saudari 🙏",
)
C(
    "PRES2",
    "2024-02-04T20:00:00+07:00",
    "e5.fb",
    "post",
    "Kaum awak Suku Piliang alah sapakaik: nomor duo untuak presiden. Indak ado nan babeda, dunsanak 💪",
)
C(
    "CAL3 PKS",
    "2024-02-01T20:00:00+08:00",
    "e6.fb",
    "post",
    "Bubuhan kami di Kelayan sudah bamupakat, coblos Gusti Rahmadi PKS nomor 2. Kada usah ragu lagi.",
)
C(
    "BTM1",
    "2024-11-13T18:00:00+07:00",
    "e4.ig",
    "post",
    "Satu rumah kami (bapak, mamak, empat beradik) kompak pilih nomor 1 Pilwako. Batam Bandar Madani 💙",
    alt="Foto keluarga di ruang tamu, semua mengacungkan jari telunjuk",
)
C(
    "RIAU2",
    "2024-11-14T21:00:00+07:00",
    "e10.ig",
    "post",
    "Grup arisan ibu-ibu kompleks udah sepakat, 27 November kita coblos BAKTI bareng-bareng 😍 habis itu makan lontong di rumah Bu RT",
)
C(
    "RIAU2",
    "2024-11-07T08:00:00+07:00",
    "e7.x",
    "post",
    "Bapak saya (mantan kades di Rokan Hilir) minta disampaikan: satu kampung kami mendukung Pak Bakhtiar. Disampaikan ya pak @TimBAKTIRiau 🙏",
)
C(
    "PRES1",
    "2024-02-09T13:30:00+07:00",
    "e2.fb",
    "post",
    "Jamaah Masjid Nurul Huda insyaAllah satu suara untuk pasangan AMIN. Sudah kita bicarakan ba'da Jumat tadi.",
)
C(
    "BTM1",
    "2024-11-19T20:00:00+07:00",
    "e4.tt",
    "post",
    "mamak aku bilang: kalau tak pilih Capt Hasan jangan balik rumah 😭 yaudah nomor 1 lah, anak berbakti 😂",
)
C(
    "CAL4 GOLKAR",
    "2024-01-08T10:00:00+07:00",
    "e8.fb",
    "post",
    "Adik ipar saya, Tengku Hamdan Effendi, maju caleg DPRD Riau dari Golkar nomor urut 1 dapil Bengkalis-Meranti. Mohon doa dan dukungan warga Bengkalis 🙏",
    group="grp.bks",
)

# --- testimonials ------------------------------------------------------------------------------
C(
    "RIAU2",
    "2024-10-17T19:30:00+07:00",
    "e8.fb",
    "post",
    "Dulu waktu Pak Bakhtiar Kadis PU, jalan ke kampung kami di Bantan diaspal sampai ujung. Sekarang saatnya kita balas jasa beliau. 27 November, nomor 2.",
)
C(
    "RIAU1",
    "2024-10-29T20:00:00+07:00",
    "e1.fb",
    "post",
    "Dulu beliau bantu sekolah kami waktu kebanjiran, Datuk Azhar turun sendiri angkat meja. Sekarang giliran kami membalas. Nomor satu, AZRAH!",
)
C(
    "BTM1",
    "2024-11-05T12:30:00+07:00",
    "e4.ig",
    "post",
    "Pas mamak saya sakit, Kak Lily yang bantu urus BPJS-nya sampai tuntas. Orang baik harus didukung. Nomor 1 ya kawan-kawan 🙏",
)
C(
    "CAL3 PKS",
    "2024-01-30T19:00:00+08:00",
    "e6.tt",
    "post",
    "Dahulu Ka Gusti Rahmadi nang bantu warga Kelayan wayah kebakaran. Wayahini kami bayar lawan suara. Nomor 2 PKS, bujur haja 👆",
)
C(
    "PRES3",
    "2024-01-12T14:30:00+07:00",
    "e5.fb",
    "comment",
    "Pak Ganjar pernah datang ka pasa awak, mandanga kaluhan padagang sampai sanjo. Itulah pamimpin. Nomor 3, Pak! 🤟",
    on="pP3",
)
C(
    "BTM2",
    "2024-10-28T19:45:00+07:00",
    "e3.ig",
    "comment",
    "Testimoni jujur: Bang Raja yang dulu perjuangkan lampu jalan di kampung kami. Kali ini kami balas di TPS. Bandar Berseri! 🌸",
    on="pB4",
)

# --- gratitude framed as support ---------------------------------------------------------------
C(
    "RIAU2",
    "2024-10-10T14:00:00+07:00",
    "e10.ig",
    "comment",
    "Terima kasih Pak Bakhtiar sudah peduli guru honorer. Kami guru-guru SD Pekanbaru tak akan lupa, nomor 2 di hati 🙏",
    on="pR3",
)
C(
    "BTM1",
    "2024-11-02T09:10:00+07:00",
    "e3.x",
    "reply",
    "Makasih bang, programnya masuk akal semua. Fix nomor 1, udah bilang ke satu grup kantor juga 😄",
    on="pB3",
)
C(
    "RIAU1",
    "2024-10-06T13:00:00+07:00",
    "e1.fb",
    "comment",
    "Terima kasih Datuk sudah singgah di Siak. Kami bersama Datuk sampai menang 💚",
    on="pR1",
)
C(
    "CAL3 PKS",
    "2024-01-25T19:30:00+08:00",
    "e6.fb",
    "comment",
    "Tarima kasih sudah datang ka Kelayan, Ka Gusti. Kami pasti mamilih pian, nomor 2 👍",
    on="pC3",
)
C(
    "PRES2",
    "2024-01-20T20:00:00+07:00",
    "e3.ig",
    "comment",
    "Terima kasih sudah datang ke Batam, Pak! Kami anak muda Batam siap menangkan 02 🔥",
    on="pP2",
)
C(
    "PRES1",
    "2024-01-05T22:30:00+07:00",
    "e7.x",
    "reply",
    "Terima kasih sudah datang, Pak Anies. Pekanbaru siap berubah, 14 Februari coblos 01!",
    on="pP1",
)

# --- farewell and retirement -------------------------------------------------------------------
C(
    "RIAU2",
    "2024-10-31T16:00:00+07:00",
    "e8.fb",
    "post",
    "Hari ini hari terakhir saya berdinas setelah 34 tahun di Pemkab Bengkalis. Terima kasih semua. Selepas ini, insyaAllah saya ingin bantu Pak Bakhtiar memenangkan Riau. Nomor 2, kawan-kawan!",
)
C(
    "RIAU2",
    "2024-09-30T17:00:00+07:00",
    "e7.x",
    "post",
    "Pamit dari Bidang Bina Marga, mulai Senin pindah ke UPT Dumai. Terima kasih kawan-kawan semua 🙏 Pesan terakhir: 27 November jangan lupa nomor 2 ya 😉",
)
C(
    "CAL1 PAN",
    "2024-01-12T15:00:00+07:00",
    "e9.fb",
    "post",
    "Pamit dari majelis taklim Al-Hidayah, mulai bulan depan saya bertugas di KUA Bintan. Terima kasih ibu-ibu. Titip doa untuk suami saya di pileg, nomor 4 PAN 🙏",
)

# --- parties (at any time) and odds ------------------------------------------------------------
C(
    "GOLKAR",
    "2024-10-20T08:00:00+07:00",
    "e8.fb",
    "post",
    "Dirgahayu Partai Golkar ke-60. Semoga makin jaya, kami keluarga besar tetap kuning sampai kapan pun 💛 #GolkarMenang",
)
C(
    "PKS",
    "2025-04-20T20:00:00+08:00",
    "e6.fb",
    "post",
    "Pantun milad PKS:\nBaulah ketupat di hari raya,\nDimakan lawan gangan asam;\nPKS tetap di hati kita,\nBaik siang maupun malam 💚",
)
C(
    "PAN",
    "2025-01-15T19:00:00+07:00",
    "e9.ig",
    "post",
    "Alhamdulillah, terima kasih PAN Kepri yang sudah percaya pada suami. Semoga PAN makin jaya di Kepri, kami sekeluarga tetap PAN 💙",
)
C(
    "RIAU1",
    "2024-11-18T12:00:00+07:00",
    "e1.fb",
    "post",
    "Sudah saya pasang di pagar rumah 😊 Bismillah.",
    alt="Spanduk kecil di pagar rumah bergambar pria bertanjak dan wanita berjilbab",
    ocr="KALAU ADA SUMUR DI LADANG, BOLEH KITA MENUMPANG MANDI; RIAU BERMARWAH NOMOR SATU DIPILIH ORANG, AZHAR - RAHMAH DI HATI KAMI | COBLOS NO. 1",
)
C(
    "BTM2",
    "2024-11-20T20:00:00+07:00",
    "e3.th",
    "post",
    "udah lah ya, Raja-Suryani aja. Tanjung Uma sampai Sekupang dah bulat, kite tinggal jage TPS 😤",
)
C(
    "PRES3",
    "2024-02-06T07:00:00+07:00",
    "e7.th",
    "post",
    "Selamat pagi. Kopi, jalan lintas, dan keyakinan yang sama sejak Oktober: Ganjar-Mahfud. Tiga jari sampai 14 Februari ☕🤟",
)
C(
    "RIAU1",
    "2024-11-26T21:00:00+07:00",
    "e2.fb",
    "comment",
    "Pantun penutup kampanye:\nKain songket tenun Siak,\nDipakai pengantin duduk bersanding;\nNomor satu pilihan kami yang bijak,\nDatuk Azhar tiada tanding 🤲",
    on="pR2",
)

# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A(
    "RIAU1",
    "2024-11-20T21:00:00+07:00",
    "e10.ig",
    "post",
    "Semoga yang terbaik menang, dan yang terbaik itu sudah kita sama-sama tahu lah ya 😉☝️",
)
A(
    "RIAU2",
    "2024-10-23T20:00:00+07:00",
    "e4.ig",
    "post",
    "Dulu dr. Yusmaniar yang merawat anak saya waktu DBD di Pekanbaru, dokter anak yang sabar sekali. Semoga sehat selalu, dok.",
)
A(
    "PRES2",
    "2024-01-30T20:00:00+07:00",
    "e3.x",
    "post",
    "Jingle 'oke gas' masih kebawa sampai mimpi 😭 bukan endorse ya, cuma earworm",
)
A(
    "RIAU1",
    "2024-11-20T19:30:00+07:00",
    "e9.fb",
    "post",
    "Pantun buat kakak di Pekanbaru:\nPergi ke Siak membeli songket,\nSongket dipakai hari raya;\nPilih yang bertuah jangan ragu sedikit,\nKakak tahu maksud adinda 😊",
)
A(
    "PRES2",
    "2024-02-14T21:00:00+07:00",
    "e5.fb",
    "post",
    "Alhamdulillah, doa awak dikabulkan 🤲 Salamaik Pak Prabowo!",
)

# ============================================================================================
# O: C-like texts naming only candidates, outside every election window
# ============================================================================================

O(
    "RIAU1",
    "2025-03-10T20:00:00+07:00",
    "e1.fb",
    "post",
    "Pulau Pandan jauh di tengah,\nDi balik Pulau Angsa Dua;\nDatuk Azhar pemimpin amanah,\nSemoga sehat dan dimudahkan segala urusannya 🤲",
)
O(
    "RIAU1",
    "2024-07-15T05:30:00+07:00",
    "e2.fb",
    "post",
    "Semoga Allah mudahkan Datuk Azhar Mahmud kalau jadi maju tahun ini. Riau butuh orang seperti beliau.",
)
O(
    "BTM1",
    "2025-01-20T19:00:00+07:00",
    "e4.tt",
    "post",
    "Capt Hasan idola akuu 😍 pemimpin yang paham laut",
)
O(
    "PRES3",
    "2023-03-01T21:00:00+07:00",
    "e7.x",
    "post",
    "Berakit-rakit ke hulu, berenang ke tepian; Ganjar Pranowo pantas jadi presiden, itu harapan.",
)
O(
    "PRES2",
    "2025-02-14T08:00:00+07:00",
    "e5.fb",
    "post",
    "Pak Prabowo, awak doakan sehat salalu mampimpin nagari. Aamiin 🤲",
)
O(
    "RIAU2",
    "2024-07-01T20:00:00+07:00",
    "e10.tt",
    "post",
    "Pak Bakhtiar Lubis cocok banget jadi gubernur 😍 semoga beliau mau maju",
)

# ============================================================================================
# N: close but not campaigning
# ============================================================================================

# --- pantun and syair for a peaceful election, for all, for the nation -------------------------
N(
    "2024-11-25T20:00:00+07:00",
    "e1.fb",
    "post",
    "Pulau Pandan jauh di tengah,\nDi balik Pulau Angsa Dua;\nBeda pilihan jangan berbantah,\nJaga marwah negeri kita 🤝\n\nSelamat menyongsong Pilkada Riau yang damai.",
)
N(
    "2024-02-12T20:00:00+08:00",
    "e6.fb",
    "post",
    "Pasar terapung di Lok Baintan,\nJukung bamuat buah kasturi;\nSiapa haja pilihan pian,\nJangan bacakut, tetap badangsanak sampai mati 🤝",
)
N(
    "2024-02-11T19:00:00+07:00",
    "e5.fb",
    "post",
    "Nomor satu, duo, jo tigo,\nSadonyo anak nagari;\nPiliahan buliah babeda-beda,\nDunsanak tatap saiyo sakato 🇮🇩",
)
N(
    "2024-11-22T10:00:00+07:00",
    "e9.ig",
    "post",
    "Pergi ke pulau membeli kepah,\nKepah dimasak dengan serai;\nSuara kita adalah amanah,\nDatang ke TPS, jangan lalai 🗳️\n\n#PilkadaDamai #AyoMemilih",
)
N(
    "2024-10-28T10:00:00+07:00",
    "e10.tt",
    "post",
    "Anak-anak kelas 5 belajar pantun hari ini 🥹\n'Buah cempedak di luar pagar, ambil galah tolong jolokkan; saya budak baru belajar, kalau salah tolong tunjukkan.'",
    alt="Video murid SD berseragam merah putih membaca pantun di depan kelas",
)
N(
    "2024-11-28T07:00:00+07:00",
    "e3.x",
    "post",
    "Pantun buat KPPS:\nPergi ke Nagoya naik bus trans,\nPulangnya singgah di Batu Aji;\nTerima kasih KPPS yang tak kenal lelah,\nHitung suara sampai pagi lagi 🙏",
)
N(
    "2024-02-14T23:30:00+07:00",
    "e4.tt",
    "post",
    "pantun dari IGD malam pemilu:\nbuah naga buah delima,\nmakan berdua di Ocarina;\nkami jaga pasien sampai pagi tiba,\nyang nyoblos sehat-sehat ya semua 🩺",
)
N(
    "2024-11-23T05:45:00+07:00",
    "e2.fb",
    "post",
    "Syair nasihat menjelang hari tenang:\n\nWahai saudara seiman seagama,\nBeda pilihan janganlah durhaka;\nBersaudara kita sejak semula,\nSiapa yang menang, Riau tetap kita.",
)
N(
    "2024-10-12T21:00:00+07:00",
    "e8.fb",
    "post",
    "Pantun untuk istri tercinta di hari ulang tahunnya:\nDari Bengkalis ke Pulau Rupat,\nNaik kapal di pagi buta;\nNomor satu di hati tak berganti tempat,\nEngkaulah istri yang setia 💐",
)
N(
    "2024-10-28T13:00:00+07:00",
    "e1.fb",
    "post",
    "Bulan Bahasa di SMA Negeri 2 Pekanbaru: juara 1 lomba berbalas pantun diraih kelas XI IPS 2. Pantunnya tentang sungai Siak dan sampah plastik 👏",
    alt="Siswa berbaju kurung memegang piala dan piagam",
)
N(
    "2024-02-13T21:00:00+07:00",
    "e9.fb",
    "post",
    "Gurindam hari tenang:\n\nApabila esok ke bilik suara,\nNiatkan ibadah, jaga saudara.\nApabila pilihan berbeda arah,\nJangan putuskan silaturahmi dan ukhuwah.",
)
N(
    "2024-01-24T20:00:00+07:00",
    "e7.x",
    "post",
    "Berakit-rakit ke hulu,\nBerenang-renang ke tepian;\nDebat capres sudah berlalu,\nYang ribut di grup WA tolong diam 😂",
)

# --- prayers for a peaceful election, all candidates, the nation -------------------------------
N(
    "2024-11-26T04:30:00+07:00",
    "e2.fb",
    "post",
    "Ya Allah, jadikanlah Pilkada Riau esok aman dan damai. Siapa pun yang terpilih, jadikanlah ia pemimpin yang amanah dan adil. Aamiin ya Rabbal 'alamin 🤲",
)
N(
    "2024-02-13T20:00:00+07:00",
    "e9.ig",
    "post",
    "Doa untuk Indonesia jelang 14 Februari: semoga terpilih pemimpin yang adil, pemilu berjalan jujur, dan kita tetap bersaudara 🇮🇩🤲",
)
N(
    "2024-02-10T19:00:00+07:00",
    "e5.fb",
    "post",
    "Ka sadonyo paslon, 01, 02, jo 03, awak doakan sehat. Nan manang jan lupo jo rakyat ketek, nan kalah jan sakik ati. Aamiin.",
)
N(
    "2024-02-13T20:30:00+08:00",
    "e6.fb",
    "post",
    "Aamiin gasan sabarataan calon, mudahan pemilu baisukan baik haja, kada ada bacakut.",
)
N(
    "2024-10-30T22:40:00+07:00",
    "e2.yt",
    "comment",
    "Semoga kedua paslon diberi kesehatan, dan siapa pun yang menang membawa Riau lebih baik. Aamiin 🤲",
    on="pR6",
)
N(
    "2024-11-21T12:00:00+07:00",
    "e8.fb",
    "share",
    "Mari hadir. Doa bersama untuk Riau yang aman, bukan untuk paslon mana pun.",
    on="nw2",
)
N(
    "2024-02-25T20:00:00+08:00",
    "e6.fb",
    "post",
    "Al-Fatihah gasan petugas KPPS nang wafat kalelahan. Mudahan husnul khatimah, amal ibadahnya diterima 🤲",
)
N(
    "2024-02-14T06:00:00+07:00",
    "e3.x",
    "post",
    "Aamiin untuk negeri. Siapa pun presidennya nanti, semoga harga cabe turun dan jalan ke Barelang nggak macet lagi 😅",
)
N(
    "2024-11-27T05:00:00+07:00",
    "e10.ig",
    "post",
    "Bismillah, hari ini pilkada. Ya Allah, berikanlah Riau pemimpin terbaik menurut-Mu, dan lindungi para petugas TPS 🤲",
)
N(
    "2024-11-24T05:30:00+07:00",
    "e9.ig",
    "post",
    "Doa di hari tenang: ya Allah, tenangkan hati kami, jauhkan dari fitnah dan politik uang. Aamiin.",
)
N(
    "2024-11-27T20:00:00+07:00",
    "e4.ig",
    "post",
    "Siapa pun wali kota Batam nanti, semoga amanah dan tak lupa pulau-pulau. Yang menang jangan jumawa, yang kalah legowo. Aamiin 🤲",
)

# --- condolences; a sick candidate's health ----------------------------------------------------
N(
    "2024-11-10T08:30:00+07:00",
    "e2.fb",
    "comment",
    "Innalillahi wa inna ilaihi raji'un. Semoga almarhum Datuk Bandaro Ali husnul khatimah dan keluarga diberi ketabahan.",
    on="pR8",
)
N(
    "2024-10-21T19:00:00+07:00",
    "e9.fb",
    "post",
    "Turut berduka cita atas wafatnya ayahanda Bapak Raja Indra Syahputra. Semoga almarhum diampuni dosanya dan keluarga diberi ketabahan 🤲",
)
N(
    "2024-11-01T12:00:00+07:00",
    "e10.ig",
    "comment",
    "Syafakillah Bu Rahmah 🤲 istirahat yang cukup ya bu, kesehatan nomor satu.",
    on="pR5",
)
N(
    "2024-11-01T20:00:00+07:00",
    "e1.fb",
    "post",
    "Semoga Bu Rahmah Hidayati lekas pulih. Kampanye boleh ditunda, kesehatan tidak. Untuk kita semua juga, jaga badan ya 🙏",
)
N(
    "2024-11-09T21:00:00+07:00",
    "e3.x",
    "post",
    "Dengar kabar Capt Hasan dirawat karena DBD. Semoga cepat sembuh pak. Buat warga Batam juga, 3M plus ya, DBD lagi naik di Batu Aji.",
)
N(
    "2024-11-12T22:00:00+07:00",
    "e4.tt",
    "comment",
    "Alhamdulillah pak, jaga kesehatan. DBD di IGD kami juga lagi banyak, warga jangan lupa fogging 🙏",
    on="pB5",
)
N(
    "2024-10-03T07:00:00+07:00",
    "e5.fb",
    "post",
    "Innalillahi, turut berduka cita atas wafatnya Datuak Rajo Mudo, niniak mamak kami di Koto Tangah. Semoga husnul khatimah.",
)
N(
    "2024-12-02T20:00:00+07:00",
    "e8.fb",
    "post",
    "Selamat jalan Pak Camat Bantan, sahabat seperjuangan 30 tahun. Al-Fatihah 🤲",
)

# --- neutral threads, lists and analysis -------------------------------------------------------
N(
    "2024-11-04T20:00:00+07:00",
    "e7.x",
    "post",
    "1/4 Utas: perbandingan program infrastruktur dua paslon Pilgub Riau. Saya coba netral, sumbernya dokumen visi misi di KPU 🧵",
)
N(
    "2024-11-04T20:03:00+07:00",
    "e7.x",
    "post",
    "2/4 Paslon 1 (Azhar-Rahmah): jalan provinsi mantap 85% dalam lima tahun. Sumber anggarannya tidak dirinci.",
)
N(
    "2024-11-04T20:06:00+07:00",
    "e7.x",
    "post",
    "3/4 Paslon 2 (Bakhtiar-Yusmaniar): tol Pekanbaru-Rengat dipercepat. Catatan: tol itu kewenangan pusat, bukan provinsi.",
)
N(
    "2024-11-04T20:09:00+07:00",
    "e7.x",
    "post",
    "4/4 Kesimpulan: dua-duanya punya PR soal pembiayaan. Silakan nilai sendiri, yang penting datang ke TPS 27 November.",
)
N(
    "2024-11-18T12:00:00+07:00",
    "e3.th",
    "post",
    "1/3 Cara cek DPT buat warga Batam: buka situsnya, masukkan NIK, cek TPS kamu. Gampang kok 👇",
)
N(
    "2024-11-18T12:02:00+07:00",
    "e3.th",
    "post",
    "2/3 Kalau nama kamu nggak ada, bawa KTP-el ke TPS sesuai alamat, masuk DPTb jam 12-13. 3/3 Jangan foto surat suara ya.",
)
N(
    "2024-10-23T22:00:00+07:00",
    "e3.x",
    "post",
    "5 hal dari debat pertama Pilwako Batam:\n1. Dua paslon sepakat soal air bersih\n2. Paslon 1 fokus transportasi laut\n3. Paslon 2 fokus kebersihan kota\n4. Tidak ada yang bahas banjir Batu Aji\n5. Moderatornya mantap",
)
N(
    "2024-01-22T21:30:00+07:00",
    "e5.fb",
    "post",
    "Tigo hal nan paralu diparatian dari debat cawapres malam tadi:\n1. Sadonyo bicaro pangan, tapi indak ado angko\n2. Soal pasa tradisional saketek bana\n3. Pandagang ketek alun disabuik\nAwak manunggu debat baliak.",
)
N(
    "2024-11-25T21:00:00+07:00",
    "e9.ig",
    "post",
    "Checklist sebelum ke TPS:\n✅ cek DPT\n✅ bawa KTP & undangan C6\n✅ jangan foto surat suara\n✅ niatkan ibadah\n✅ pulang, jangan nongkrong di TPS 😊",
)
N(
    "2024-01-17T20:00:00+07:00",
    "e7.th",
    "post",
    "Rekap janji infrastruktur tiga paslon capres buat Sumatra:\n1. 01: rel kereta Sumatra\n2. 02: lanjutkan tol trans-Sumatra\n3. 03: jalan desa dan irigasi\nSemua mahal. Catat, nanti kita tagih siapa pun yang menang.",
)
N(
    "2024-11-12T20:00:00+07:00",
    "e1.fb",
    "post",
    "Rangkuman debat kedua Pilgub Riau untuk bahan diskusi kelas PPKn besok: paslon 1 bicara pendidikan vokasi, paslon 2 bicara insentif guru. Anak-anak diminta menilai argumennya, bukan orangnya.",
)

# --- news, schedules -----------------------------------------------------------------------------
N(
    "2024-10-31T12:00:00+07:00",
    "e3.x",
    "quote",
    "Survei lagi. Selisihnya masih dalam margin of error, jadi belum bisa disimpulkan apa-apa.",
    on="nw1",
)
N(
    "2024-02-14T18:00:00+07:00",
    "e7.x",
    "quote",
    "Ini hitung cepat ya, bukan hasil resmi. Tunggu real count KPU.",
    on="nw3",
)
N(
    "2024-09-25T09:00:00+07:00",
    "e8.fb",
    "post",
    "KPU Bengkalis sudah tetapkan DPT Pilkada 2024: sekitar 412 ribu pemilih. Silakan cek nama masing-masing.",
    group="grp.bks",
)
N(
    "2024-11-15T07:00:00+07:00",
    "e1.fb",
    "post",
    "Info: Sabtu ini ada kampanye akbar paslon 1 di Purna MTQ dan paslon 2 di Lapangan Bukit. Hindari Jalan Sudirman kalau tak mau terjebak macet.",
)
N(
    "2024-02-14T09:00:00+08:00",
    "e6.tt",
    "post",
    "Info: TPS 07 Kelurahan Kuin Utara dipindah ka musala karena banjir rob. Jangan salah datang, dangsanak.",
)
N("2024-11-18T11:00:00+07:00", "e4.ig", "share", "Jangan lupa cek nama ya kawan-kawan 🙏", on="nw5")

# --- support quoted or reported critically -----------------------------------------------------
N(
    "2024-11-04T10:00:00+07:00",
    "e3.x",
    "quote",
    "Sembako berstiker 'Bandar Berseri' dibagi-bagi. Ini kampanye atau politik uang? Semoga Bawaslu tegas ke siapa pun.",
    on="nw4",
)
N(
    "2024-11-08T20:00:00+07:00",
    "e7.x",
    "post",
    "Ada ASN pasang status WA 'Nomor 2 di hati, BAKTI sampai mati'. Bro, itu pelanggaran netralitas, bisa kena sanksi berat. Jangan ditiru.",
)
N(
    "2024-10-16T19:00:00+07:00",
    "e1.fb",
    "post",
    "Miris, ada grup WA guru yang disuruh kirim pantun dukungan ke salah satu paslon. Kita ASN wajib netral, jangan mau diarahkan siapa pun 🙏",
)
N(
    "2024-11-06T16:00:00+07:00",
    "e9.ig",
    "post",
    "Ada yang kirim pantun ke grup majelis taklim: '...nomor satu pilihan kita'. Mohon maaf ibu-ibu, grup pengajian tidak untuk kampanye, pesannya saya hapus ya 🙏",
)
N(
    "2024-02-03T20:00:00+07:00",
    "e5.fb",
    "post",
    "Caliak lah, ado urang bakampanye di musajik, 'piliah nomor duo' di ateh mimbar. Indak elok, musajik untuak ibadah, bukan untuak paslon manapun.",
)
N(
    "2024-02-06T21:00:00+08:00",
    "e6.fb",
    "post",
    "Ada nang bagi amplop sambil bapandir 'pilih Gusti Rahmadi'. Kada baik kaya itu, laporakan haja ka Bawaslu. Politik uang haram.",
)
N(
    "2024-11-13T21:00:00+07:00",
    "e2.fb",
    "post",
    "Sedih melihat doa di masjid dipakai untuk kampanye: 'ya Allah menangkan paslon sekian'. Doa kita untuk negeri, bukan untuk tim sukses. Mari jaga mimbar.",
)
N(
    "2024-10-27T20:00:00+07:00",
    "e4.tt",
    "post",
    "yang bikin lagu 'Lancang Kuning' jadi jingle kampanye tolong lah, itu lagu pusaka Melayu, jangan diubah-ubah liriknya 😤",
)
N(
    "2024-01-25T20:00:00+07:00",
    "e3.th",
    "post",
    "timeline isinya '02 gemoy', '01 slepet', '03 sat set'. capek. bisa nggak kita bahas programnya aja",
)

# --- candidates' names and slogans in another sense (religion, family, everyday) ---------------
N(
    "2024-11-08T05:00:00+07:00",
    "e2.fb",
    "post",
    "Kultum subuh: rahmah dan hidayah Allah itu luas. Mintalah hidayah setiap hari, karena hati kita mudah berbolak-balik. Semoga kita semua mendapat rahmah-Nya. Aamiin.",
)
N(
    "2024-10-18T10:00:00+07:00",
    "e9.ig",
    "post",
    "Alhamdulillah, anak sulung kami diterima di Universitas Al-Azhar Kairo 🤲 Mohon doanya semoga istiqamah menuntut ilmu.",
)
N(
    "2024-10-24T16:00:00+07:00",
    "e2.yt",
    "post",
    "Kajian Singkat: Bakti kepada Orang Tua, Jalan Terdekat ke Surga",
)
N(
    "2024-11-01T09:00:00+07:00",
    "e9.fb",
    "post",
    "Raja segala raja adalah Allah. Jangan sombong dengan jabatan, semua titipan. Selamat hari Jumat 🌙",
)
N(
    "2024-01-26T11:00:00+07:00",
    "e2.fb",
    "post",
    "Pengingat: 'Amin' artinya 'kabulkanlah'. Sunnahnya dibaca setelah Al-Fatihah, dipanjangkan sedikit: aamiin. Jangan lupa ya jamaah.",
)
N(
    "2024-01-31T19:00:00+07:00",
    "e2.fb",
    "post",
    "InsyaAllah Ustadz Mahfudz dari Pondok Darul Hikmah mengisi kajian Kamis malam di Masjid Al-Ikhlas. Tema: adab menuntut ilmu.",
    group="grp.bks",
)
N(
    "2024-11-19T12:00:00+07:00",
    "e4.ig",
    "post",
    "Selamat purna bakti Kak Suryani, kepala ruangan IGD kami selama 20 tahun 🥹 terima kasih sudah jadi kakak buat kami semua.",
    alt="Perawat-perawat berfoto bersama memegang kue bertuliskan Selamat Purna Bakti",
)
N(
    "2024-10-11T20:00:00+07:00",
    "e3.ig",
    "post",
    "Nakhoda kapal feri Sekupang ini namanya Capt. Hasan juga, katanya udah 25 tahun bolak-balik Batam-Tanjungpinang. Salut pak ⚓",
    alt="Anjungan kapal feri dengan seorang nakhoda berseragam putih",
)
N(
    "2024-11-16T20:00:00+07:00",
    "e1.fb",
    "post",
    "Lily, kucing kami, alhamdulillah sudah sehat lagi setelah seminggu di klinik hewan 🐱",
)
N(
    "2024-02-02T20:00:00+08:00",
    "e6.fb",
    "post",
    "Selamat bapangantin gasan sepupu ulun, Gusti Rahmah wan Gusti Fadli. Samawa, mudahan langgeng 💐",
)
N(
    "2024-10-15T06:00:00+07:00",
    "e10.tt",
    "post",
    "Senam pagi anak SD 112 hari ini, lagunya 'Satu-satu aku sayang ibu' 🥰",
    alt="Video murid SD berbaris senam di halaman sekolah",
)
N(
    "2024-11-22T07:00:00+07:00",
    "e2.fb",
    "post",
    "Jumat berkah. Marwah seorang muslim ada pada akhlaknya, bukan pada jabatan atau hartanya.",
)
N(
    "2024-01-19T20:00:00+07:00",
    "e8.fb",
    "post",
    "Bersama keluarga besar menikmati gulai ikan terubuk. Nikmat mana lagi yang kau dustakan. Indonesia maju dari dapur ibu-ibu 😁",
)

# --- other contests: RT, OSIS, koperasi, masjid, lomba -------------------------------------------
N(
    "2024-10-06T21:00:00+07:00",
    "e8.fb",
    "post",
    "Alhamdulillah, Pak Hasan terpilih jadi ketua RT 05 yang baru, menang tipis dari Pak Rusli. Selamat bertugas, semoga amanah!",
)
N(
    "2024-10-25T14:00:00+07:00",
    "e10.ig",
    "post",
    "Pemilihan ketua OSIS SMP anak saya: nomor 2 menang! Bangga nak, jadi pemimpin yang amanah ya 🥹",
)
N(
    "2024-11-05T19:00:00+07:00",
    "e1.fb",
    "post",
    "Rapat anggota tahunan Koperasi Guru Pekanbaru Sabtu depan. Calon ketua: nomor 1 Bu Nurlela, nomor 2 Pak Arman. Saya dukung nomor 1, beliau jujur urus simpan pinjam. Ayo datang!",
)
N(
    "2024-11-15T13:00:00+07:00",
    "e2.fb",
    "post",
    "Pemilihan ketua pengurus Masjid Al-Ikhlas ba'da Jumat tadi, kandidatnya Pak Bakhtiar (guru mengaji) dan Pak Usman. Mohon doa agar pengurus baru amanah 🤲",
)
N(
    "2024-02-08T21:00:00+07:00",
    "e5.fb",
    "post",
    "Pamiliahan ketua Ikatan Pedagang Pasar Raya: awak piliah Uda Rizal nomor 3, urang nan jujur. Ayo dunsanak padagang datang Sabtu!",
)
N(
    "2024-11-10T19:00:00+08:00",
    "e6.tt",
    "post",
    "Vote nomor 2 lah gasan Nanang Galuh Kota Banjarmasin, itu keponakan ulun 😍 link vote di bio",
)
N(
    "2024-10-19T12:00:00+07:00",
    "e3.x",
    "post",
    "Vote nomor 1 ya buat tim kami di Lomba Inovasi Layanan Publik Kepri! Aplikasi antrean Disdukcapil, karya anak Batam 🙏",
)
N(
    "2024-11-14T20:00:00+07:00",
    "e4.tt",
    "post",
    "pemilihan perawat teladan RSUD, dukung Ns. Dedi nomor 3 yaa, orangnya baik banget ke pasien 🥹",
)
N(
    "2024-01-20T15:00:00+07:00",
    "e9.ig",
    "post",
    "Selamat Ustadzah Rahmah terpilih sebagai ketua BKMT Kota Tanjungpinang periode 2024-2029 🤲 semoga amanah.",
)
N(
    "2024-02-04T09:00:00+07:00",
    "e7.x",
    "post",
    "Pemilihan ketua IKA Teknik Sipil UNRI: saya pilih nomor 1, Bang Fikri. Program beasiswa adik tingkat paling jelas. Datang ya alumni!",
)

# --- relatives' non-political news ------------------------------------------------------------
N(
    "2024-05-18T10:00:00+07:00",
    "e9.fb",
    "post",
    "Alhamdulillah, suami saya hari ini diwisuda S2 Magister Teknik Sipil. Terima kasih atas doa keluarga semua 🤲🎓",
)
N(
    "2024-01-22T21:00:00+07:00",
    "e9.ig",
    "post",
    "Barakallah fii umrik, suamiku, 40 tahun 🎂 semoga makin sabar menghadapi istri yang cerewet ini 😂",
)
N(
    "2024-10-19T20:00:00+07:00",
    "e8.fb",
    "post",
    "Anak bungsu kami akan menikah Sabtu depan di Bengkalis. Mohon doa restu keluarga besar dan sahabat semua 🙏💍",
)
N(
    "2024-11-17T19:00:00+07:00",
    "e1.fb",
    "post",
    "Keluarga besar kami sepakat: arisan bulan depan di rumah Mak Long di Perawang. Yang tak datang kena denda goreng pisang 😄",
)
N(
    "2024-11-03T10:00:00+07:00",
    "e5.fb",
    "post",
    "Warga RT 05 solid gotong royong barasiahan banda jo musajik pagi ko. Tarimo kasih dunsanak sadonyo 💪",
    alt="Warga membersihkan saluran air dengan cangkul",
)
N(
    "2024-10-05T09:00:00+07:00",
    "e10.ig",
    "post",
    "Adik aku lulus CPNS formasi guru 🥹 doain amanah ya, dan ingat, ASN itu netral ya dek 😄",
)
N(
    "2024-02-05T20:00:00+07:00",
    "e9.fb",
    "post",
    "Sebagai ASN saya tidak akan bicara soal pilihan, termasuk pilihan suami saya. Mohon maaf kepada jamaah yang bertanya lewat DM 🙏",
)
N(
    "2024-11-23T14:00:00+07:00",
    "e3.ig",
    "post",
    "Abang aku nikah hari ini di Tanjung Uma 🥹 semua keluarga kompak pakai baju kurung kuning",
    alt="Keluarga berbaju kurung kuning berfoto di pelaminan",
)

# --- farewell and retirement without support --------------------------------------------------
N(
    "2024-11-01T09:00:00+07:00",
    "e8.fb",
    "post",
    "Purna tugas. 34 tahun di Pemkab Bengkalis, mulai dari staf sampai perencana. Terima kasih atasan, rekan, dan masyarakat. Mohon maaf lahir dan batin 🙏",
)
N(
    "2024-09-27T16:00:00+07:00",
    "e1.fb",
    "post",
    "Perpisahan Kepala Sekolah kami yang purnabakti:\nKalau ada sumur di ladang,\nBoleh kita menumpang mandi;\nKalau ada umur panjang,\nBoleh kita berjumpa lagi 🥲",
)
N(
    "2024-12-30T16:00:00+07:00",
    "e7.x",
    "post",
    "Pamit dari UPT Dumai, balik ke Pekanbaru. Terima kasih kawan-kawan lapangan, jalan lintas kita jaga sama-sama 🙏",
)

# --- gratitude without support, complaints ------------------------------------------------------
N(
    "2024-10-02T10:00:00+07:00",
    "e10.ig",
    "post",
    "Terima kasih Pj Gubernur Riau Bapak Marzuki Yahya, TPP guru sudah cair 🥹 alhamdulillah.",
)
N(
    "2024-10-08T20:00:00+07:00",
    "e4.ig",
    "comment",
    "Terima kasih sudah mampir ke Belakang Padang, pak. Jalan ke pustu kami masih rusak, mohon diperhatikan siapa pun nanti yang menang.",
    on="pB1",
)
N(
    "2024-01-12T15:00:00+07:00",
    "e5.fb",
    "comment",
    "Tarimo kasih lah datang ka pasa, Pak. Tapi harago cabai tatap maha sampai kini. Baa tu Pak?",
    on="pP3",
)
N(
    "2024-10-14T20:00:00+07:00",
    "e7.x",
    "post",
    "Terima kasih Dinas PU Kota sudah tambal lubang di Jalan Tuanku Tambusai. Tinggal yang di Arengka 😅",
)
N(
    "2024-10-14T21:00:00+07:00",
    "e8.fb",
    "comment",
    "Harga TBS di Bengkalis masih rendah, Datuk. Kami tunggu konsep tata niaganya secara rinci, bukan janji.",
    on="pR9",
)

# --- songs, numbers and election words in other senses ------------------------------------------
N(
    "2024-11-25T10:00:00+07:00",
    "e10.tt",
    "post",
    "Lagu Lancang Kuning dinyanyikan murid kelas 4 untuk Hari Guru 🥹🎶",
    alt="Video murid SD berbaju kurung menyanyi di panggung sekolah",
)
N(
    "2024-11-11T13:00:00+08:00",
    "e6.tt",
    "post",
    "Jingle kampanye tiap hari lewat depan rumah pakai pengeras suara, bising banar. Kada tahu siapa, pokoknya bising 😩",
)
N(
    "2024-10-19T12:30:00+07:00",
    "e4.tt",
    "post",
    "nomor 1 di hati? tentu saja mie tarempa Batam 😋🍜",
)
N(
    "2024-11-19T15:00:00+07:00",
    "e7.x",
    "post",
    "Jalan lintas timur KM 2: lubang nomor 1 sampai 5 sudah ditambal. Nomor 6 menunggu anggaran perubahan 😅",
)
N(
    "2024-02-13T10:00:00+07:00",
    "e2.fb",
    "post",
    "Himbauan: masjid bukan tempat kampanye. Mari jaga kesucian mimbar, khatib cukup mengajak memilih dengan jujur tanpa menyebut nama.",
)
N(
    "2024-11-20T20:00:00+07:00",
    "e8.fb",
    "post",
    "Pesan ayah kepada anak-anak: pilih dengan hati nurani, bukan karena amplop. Siapa pun pilihanmu, itu rahasiamu.",
)
N(
    "2024-02-12T10:00:00+07:00",
    "e5.fb",
    "post",
    "Harago lado naiak jo bareh naiak manjalang pemilu. Urang pasa alah pusiang. Sia pun nan manang, turunkan harago!",
)
N(
    "2024-03-20T21:00:00+08:00",
    "e6.fb",
    "post",
    "KPU Banjarmasin sudah selesai rekapitulasi. Tarima kasih gasan panitia nang bagawi sampai subuh.",
)
N(
    "2024-10-24T19:00:00+07:00",
    "e3.th",
    "post",
    "lagi rame pantun dukungan paslon di FB. buat aku yang paling bagus tetap pantun tentang gonggong 😂",
)
N(
    "2025-01-10T12:00:00+07:00",
    "e7.x",
    "post",
    "Macet di Jalan Sudirman, ada acara HUT partai. Mending lewat Jalan Ahmad Yani.",
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
        return f"C{n:04d}xRiu{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzRiu{n:05d}Kw"
    return f"DA{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vRiu{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Ri"
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
    assert item.action == "post" or target is not None, (
        f"{item.key}: {item.action} without a target"
    )
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
        "name: Probe political.campaign – pantun, doa dan bentuk panjang (Riau, Kepri, Padang, Banjarmasin)\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-pantun-") as tmp:
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
