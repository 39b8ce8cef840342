# ruff: noqa: E501
"""Out-of-sample probe for ``political.campaign``: partisan hand signs, props, hashtags, slogans, numbers.

Written from the bundle spec (spec/bundle-v1.md), the category list (spec/categories.md), the
domain notes and the public 2024 reference data only, without looking at how the detector works.
The harness (world set-up, labelling helpers, bundle writing, scoring) follows
``campaign_probe_jateng_forms.py``; the world and the items are new.

Theme
-----
The forms categories.md names explicitly, as they really appear: image posts whose caption,
alt text or OCR text carries the content (group photos with a partisan hand sign, campaign
T-shirts, twibbons and profile-picture frames, car stickers, caleg calendars, caps and vests of a
winning team, banners in front of the house), emoji ballot numbers (1️⃣ 2️⃣ 3️⃣, ☝️ ✌️ 🤟),
hashtags in camel case or run together, slogans and jingles, Roman numerals, and numbers written
as words in Indonesian, Javanese (ngoko and krama), Sundanese and Malang walikan slang.

Hard negatives in equal number: the same signs and numbers in innocent senses (peace-sign
selfies, "2 jari" in a recipe, class photos, football scores, Aremania's "Salam Satu Jiwa" ☝️,
counting, dates, prices, tasyahud), props in news or complaint contexts, official neutrality
posters and pledges, photos of televised debates, reports of violations, criticism, and neutral
comments under candidates' posts.

The world
---------
* The real 2024 presidential pairs with their real ballot numbers (all texts invented) and real
  national parties with their real 2024 ballot numbers.
* Two invented DPRD candidates of the 2024 legislative election: Hj. Yeni Nuraeni (PPP, list
  no. 3, DPRD Garut) and Agus Salim Wicaksono (PKB, list no. 1, DPRD Kota Malang).
* An invented Pilbup Garut 2024: 1 Asep Saepul Rohman - Rina Marlina ("ASRI", "Garut Hejo
  Ngejo"), 2 Cecep Gunawan - Euis Komariah ("CERIA", "Garut Ceria, Garut Juara"), 3 Ujang
  Sopandi - Dede Kurniawan ("UJANG-DEDE", "Garut Ngahiji").
* An invented Pilwalkot Malang 2024: 1 Wahyu Hidayatullah - Endang Pratiwi ("WANDA", "Malang
  Makin Oyi"), 2 Bambang Sugiarto - Dewi Lestiani ("BADEWI", "Malang Bersinar Kembali").
* Nine invented civil servants (Pemkab Garut, Pemkot Malang, Kementan, Pemprov Jabar, Pemprov
  Jatim) with declared accounts.

Labels (every event is labelled)
--------------------------------
* ``C``: the employee's own post or comment campaigning for / showing support of a target inside
  that target's election window (parties: any time); lists the target ids a correct finding may
  name.
* ``N``: close but not campaigning.
* ``A``: genuinely ambiguous; reported, not scored.
* ``O``: C-like texts naming only candidates (no party, no ballot number), posted outside every
  election window; they should not be flagged as ``political.campaign``.

Usage
-----
    .venv/bin/python benchmarks/campaign_probe_props_signs.py [--show] [--keep DIR]
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
    ("GRT.DINKES", "Dinas Kesehatan Kabupaten Garut", "GRT", "32.05"),
    ("GRT.DISKOMINFO", "Dinas Komunikasi dan Informatika Kabupaten Garut", "GRT", "32.05"),
    ("MLG", "Pemerintah Kota Malang", "", "35.73"),
    ("MLG.KEC.LWK", "Kecamatan Lowokwaru Kota Malang", "MLG", "35.73"),
    ("MLG.DINKES", "Dinas Kesehatan Kota Malang", "MLG", "35.73"),
    ("MLG.DISHUB", "Dinas Perhubungan Kota Malang", "MLG", "35.73"),
    ("KEMENTAN", "Kementerian Pertanian", "", ""),
    ("KEMENTAN.SETJEN", "Sekretariat Jenderal Kementerian Pertanian", "KEMENTAN", ""),
    ("JABAR", "Pemerintah Provinsi Jawa Barat", "", "32"),
    ("JABAR.BAKESBANGPOL", "Badan Kesatuan Bangsa dan Politik Provinsi Jawa Barat", "JABAR", "32"),
    ("JATIM", "Pemerintah Provinsi Jawa Timur", "", "35"),
    ("JATIM.DINSOS", "Dinas Sosial Provinsi Jawa Timur", "JATIM", "35"),
]

# key: nip, name, agency_code, unit, position, employment_type, region_code
EMPLOYEES = {
    "g1": (
        "198705142010012003",
        "Siti Rohmah, S.Pd.",
        "GRT.DISDIK",
        "SD Negeri 2 Tarogong Kidul",
        "Guru Ahli Muda",
        "PNS",
        "32.05",
    ),
    "g2": (
        "198009232006041007",
        "Dadang Sukmana, S.K.M.",
        "GRT.DINKES",
        "UPTD Puskesmas Cilawu",
        "Sanitarian Ahli Muda",
        "PNS",
        "32.05",
    ),
    "g3": (
        "199702112023101004",
        "Rizky Ramdani, S.Kom.",
        "GRT.DISKOMINFO",
        "Bidang Aplikasi Informatika",
        "Pranata Komputer Ahli Pertama",
        "PPPK",
        "32.05",
    ),
    "m1": (
        "197812302003121002",
        "Eko Prasetyo Wibowo, S.Sos.",
        "MLG.KEC.LWK",
        "Seksi Pemerintahan",
        "Kepala Seksi Pemerintahan",
        "PNS",
        "35.73",
    ),
    "m2": (
        "199007072019032011",
        "dr. Ayu Kartika Sari",
        "MLG.DINKES",
        "Bidang Pencegahan dan Pengendalian Penyakit",
        "Dokter Ahli Muda",
        "PNS",
        "35.73",
    ),
    "m3": (
        "197501011998031005",
        "Sugeng Riyanto",
        "MLG.DISHUB",
        "Bidang Lalu Lintas",
        "Pengatur Lalu Lintas",
        "PNS",
        "35.73",
    ),
    "k1": (
        "198803182011012008",
        "Fitri Handayani, S.E., M.Ak.",
        "KEMENTAN.SETJEN",
        "Biro Keuangan dan Perlengkapan",
        "Analis Keuangan Ahli Muda",
        "PNS",
        "",
    ),
    "k2": (
        "197008151995031001",
        "H. Ujang Rusmana, S.IP.",
        "JABAR.BAKESBANGPOL",
        "Bidang Politik Dalam Negeri",
        "Analis Kebijakan Ahli Muda",
        "PNS",
        "32",
    ),
    "k3": (
        "199304202019122006",
        "Maria Goretti Wulan Sari, S.Psi.",
        "JATIM.DINSOS",
        "Bidang Rehabilitasi Sosial",
        "Pekerja Sosial Ahli Pertama",
        "PNS",
        "35",
    ),
}

# key: platform, handle, user_id, display_name, bio, location
EMP_ACCOUNTS = {
    "g1.fb": (
        "fb",
        "siti.rohmah.87",
        "100005512873301",
        "Siti Rohmah",
        "Guru SD | ibu dua anak",
        "Tarogong Kidul, Garut",
    ),
    "g1.ig": ("ig", "bu_siti_rohmah", "5318833017", "Bu Siti 🌷", "ngajar sambil belajar", "Garut"),
    "g1.tt": ("tt", "bu.siti.grt", "6971233041199", "bu siti", "konten kelas & dapur", "Garut"),
    "g2.fb": (
        "fb",
        "dadang.sukmana",
        "100003721190245",
        "Dadang Sukmana",
        "Sanitarian | Cilawu",
        "Cilawu, Garut",
    ),
    "g2.x": (
        "x",
        "dadang_sukmana",
        "1297734411203371009",
        "Dadang S",
        "kesehatan lingkungan & Persib",
        "Garut",
    ),
    "g3.x": (
        "x",
        "rizkyramdani_",
        "1602233447788991234",
        "rizky",
        "ngoding di kota dodol",
        "Garut",
    ),
    "g3.ig": ("ig", "rizky.ramdani", "4477120912", "Rizky Ramdani", "Garut 🏔️", "Garut"),
    "g3.tt": ("tt", "rizkyy.grt", "6990014452333", "rizky 💻", "random", "Garut"),
    "g3.th": ("th", "rizky.ramdani", "63371009123", "Rizky Ramdani", "", "Garut"),
    "m1.fb": (
        "fb",
        "eko.prasetyo.wibowo",
        "100002455618777",
        "Eko Prasetyo Wibowo",
        "Arek Lowokwaru",
        "Malang",
    ),
    "m1.ig": ("ig", "ekopw_mlg", "3390011999", "Eko PW", "Malang kucecwara", "Malang"),
    "m2.ig": (
        "ig",
        "dr.ayukartika",
        "6644120777",
        "dr. Ayu 🩺",
        "dokter | Malang | kopi",
        "Malang",
    ),
    "m2.x": (
        "x",
        "ayukartika_dr",
        "1450022781934215777",
        "Ayu Kartika",
        "public health nerd",
        "Malang",
    ),
    "m2.th": ("th", "dr.ayukartika", "60339001777", "dr. Ayu", "", "Malang"),
    "m3.fb": (
        "fb",
        "sugeng.riyanto.75",
        "100001882301999",
        "Sugeng Riyanto",
        "Dishub | Aremania",
        "Blimbing, Malang",
    ),
    "m3.tt": ("tt", "sugeng.dishub", "7012238840999", "Pak Sugeng 🚦", "lalin & kopi", "Malang"),
    "m3.yt": ("yt", "SugengRiyanto", "UCsugengRiyanto75mlg00", "Sugeng Riyanto", "", "Malang"),
    "k1.x": (
        "x",
        "fitrihandayani",
        "1298834411203379999",
        "Fitri H",
        "angka, kopi, kucing",
        "Jakarta Selatan",
    ),
    "k1.ig": ("ig", "fitri.handayani88", "5218833999", "Fitri Handayani", "Jakarta 🏙️", "Jakarta"),
    "k1.tt": ("tt", "fitrih88", "6871233041999", "fitri ✨", "", "Jakarta"),
    "k2.fb": (
        "fb",
        "ujang.rusmana",
        "100004521873999",
        "Ujang Rusmana",
        "Urang Sunda | Bandung",
        "Bandung",
    ),
    "k2.yt": ("yt", "UjangRusmana", "UCujangRusmana70bdg000", "Ujang Rusmana", "", "Bandung"),
    "k3.ig": (
        "ig",
        "maria.wulan.sari",
        "6644120555",
        "Maria Wulan",
        "peksos | Surabaya",
        "Surabaya",
    ),
    "k3.x": ("x", "mariawulan_", "1450022781934215555", "Maria Wulan", "", "Surabaya"),
    "k3.fb": (
        "fb",
        "maria.goretti.wulan",
        "100007733190555",
        "Maria Goretti Wulan Sari",
        "",
        "Surabaya",
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
        "PILBUP_GRT2024",
        "Pemilihan Bupati dan Wakil Bupati Garut 2024",
        "regional_head",
        "32.05",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-16")],
    ),
    (
        "PILWALKOT_MLG2024",
        "Pemilihan Wali Kota dan Wakil Wali Kota Malang 2024",
        "regional_head",
        "35.73",
        [*PILKADA_STAGES, ("result", "2024-12-09", "2024-12-13")],
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party), and their accounts
# --------------------------------------------------------------------------------------------

TARGETS = {
    "PRES1A": ("Anies Rasyid Baswedan", "candidate", "PILPRES2024", "1", ""),
    "PRES1B": ("Abdul Muhaimin Iskandar", "candidate", "PILPRES2024", "1", "PKB"),
    "PRES1T": ("Timnas AMIN", "campaign_team", "PILPRES2024", "1", ""),
    "PRES2A": ("Prabowo Subianto", "candidate", "PILPRES2024", "2", "Gerindra"),
    "PRES2B": ("Gibran Rakabuming Raka", "candidate", "PILPRES2024", "2", ""),
    "PRES2T": ("TKN Prabowo-Gibran", "campaign_team", "PILPRES2024", "2", ""),
    "PRES3A": ("Ganjar Pranowo", "candidate", "PILPRES2024", "3", "PDI-P"),
    "PRES3B": ("Mohammad Mahfud MD", "candidate", "PILPRES2024", "3", ""),
    "PRES3T": ("TPN Ganjar-Mahfud", "campaign_team", "PILPRES2024", "3", ""),
    "GRT1A": ("H. Asep Saepul Rohman, S.E.", "candidate", "PILBUP_GRT2024", "1", ""),
    "GRT1B": ("Rina Marlina, S.Sos.", "candidate", "PILBUP_GRT2024", "1", ""),
    "GRT1T": ("Relawan ASRI Garut", "campaign_team", "PILBUP_GRT2024", "1", ""),
    "GRT2A": ("Drs. Cecep Gunawan, M.Si.", "candidate", "PILBUP_GRT2024", "2", ""),
    "GRT2B": ("Hj. Euis Komariah", "candidate", "PILBUP_GRT2024", "2", ""),
    "GRT2T": ("Tim Pemenangan CERIA", "campaign_team", "PILBUP_GRT2024", "2", ""),
    "GRT3A": ("Ujang Sopandi, S.Ag.", "candidate", "PILBUP_GRT2024", "3", ""),
    "GRT3B": ("Dede Kurniawan, S.T.", "candidate", "PILBUP_GRT2024", "3", ""),
    "GRT3T": ("Sahabat Ujang-Dede", "campaign_team", "PILBUP_GRT2024", "3", ""),
    "MLG1A": ("Dr. Wahyu Hidayatullah, M.M.", "candidate", "PILWALKOT_MLG2024", "1", ""),
    "MLG1B": ("Endang Pratiwi, S.H.", "candidate", "PILWALKOT_MLG2024", "1", ""),
    "MLG1T": ("Relawan WANDA Malang", "campaign_team", "PILWALKOT_MLG2024", "1", ""),
    "MLG2A": ("Ir. Bambang Sugiarto", "candidate", "PILWALKOT_MLG2024", "2", ""),
    "MLG2B": ("Dewi Lestiani, M.Pd.", "candidate", "PILWALKOT_MLG2024", "2", ""),
    "MLG2T": ("Tim Pemenangan BADEWI", "campaign_team", "PILWALKOT_MLG2024", "2", ""),
    "CALG": ("Hj. Yeni Nuraeni, S.Ag.", "candidate", "PILEG2024", "3", "PPP"),
    "CALM": ("Agus Salim Wicaksono, S.H.", "candidate", "PILEG2024", "1", "PKB"),
    "PKB": ("Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB"),
    "GERINDRA": ("Partai Gerakan Indonesia Raya (Gerindra)", "party", "", "2", "Gerindra"),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", "", "3", "PDI-P"),
    "GOLKAR": ("Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar"),
    "NASDEM": ("Partai NasDem", "party", "", "5", "NasDem"),
    "PKS": ("Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS"),
    "PAN": ("Partai Amanat Nasional (PAN)", "party", "", "12", "PAN"),
    "DEMOKRAT": ("Partai Demokrat", "party", "", "14", "Demokrat"),
    "PSI": ("Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI"),
    "PERINDO": ("Partai Perindo", "party", "", "16", "Perindo"),
    "PPP": ("Partai Persatuan Pembangunan (PPP)", "party", "", "17", "PPP"),
}

# account key "TARGET.plat" -> (handle, user_id, display_name)
TARGET_ACCOUNTS = {
    "PRES1A.x": ("aniesbaswedan", "1720000000000000011", "Anies Rasyid Baswedan"),
    "PRES1A.ig": ("aniesbaswedan", "7200000011", "Anies Baswedan"),
    "PRES1A.tt": ("aniesbaswedan", "7400000000011", "Anies Baswedan"),
    "PRES1B.x": ("cakimiNOW", "1720000000000000012", "A Muhaimin Iskandar"),
    "PRES1B.ig": ("cakiminow", "7200000012", "Gus Muhaimin"),
    "PRES1T.x": ("TimnasAMIN", "1720000000000000013", "Timnas AMIN"),
    "PRES2A.x": ("prabowo", "1720000000000000021", "Prabowo Subianto"),
    "PRES2A.ig": ("prabowo", "7200000021", "Prabowo Subianto"),
    "PRES2A.fb": ("PrabowoSubianto", "100091000000021", "Prabowo Subianto"),
    "PRES2A.tt": ("prabowo", "7400000000021", "Prabowo Subianto"),
    "PRES2B.ig": ("gibran_rakabuming", "7200000022", "Gibran Rakabuming"),
    "PRES2B.tt": ("gibran_rakabuming", "7400000000022", "Gibran Rakabuming"),
    "PRES2T.x": ("TKNPrabowoGibran", "1720000000000000023", "TKN Prabowo-Gibran"),
    "PRES3A.x": ("ganjarpranowo", "1720000000000000031", "Ganjar Pranowo"),
    "PRES3A.ig": ("ganjar_pranowo", "7200000031", "Ganjar Pranowo"),
    "PRES3A.fb": ("GanjarPranowo", "100091000000031", "Ganjar Pranowo"),
    "PRES3A.yt": ("GanjarPranowo", "UCganjarPranowo000031", "Ganjar Pranowo"),
    "PRES3B.x": ("mohmahfudmd", "1720000000000000032", "Mahfud MD"),
    "PRES3T.x": ("TPNGanjarMahfud", "1720000000000000033", "TPN Ganjar-Mahfud"),
    "GRT1A.fb": ("KangAsepGarut", "100090000000101", "Kang Asep Saepul Rohman"),
    "GRT1A.ig": ("kangasep.garut", "7100000101", "Asep Saepul Rohman"),
    "GRT1T.fb": ("groups/relawanasrigarut", "300090000000103", "Relawan ASRI Garut (grup)"),
    "GRT2A.ig": ("cecepgunawan.official", "7100000201", "Cecep Gunawan"),
    "GRT2A.fb": ("CecepGunawanGarut", "100090000000201", "Cecep Gunawan"),
    "GRT2T.tt": ("garutceria", "7300000000203", "Garut CERIA"),
    "GRT3A.fb": ("UjangSopandi", "100090000000301", "Ujang Sopandi"),
    "GRT3A.yt": ("UjangSopandiTV", "UCujangSopandi00000301", "Ujang Sopandi TV"),
    "GRT3T.ig": ("sahabat.ujangdede", "7100000303", "Sahabat Ujang-Dede"),
    "MLG1A.ig": ("wahyuhidayatullah.mlg", "7100000401", "Wahyu Hidayatullah"),
    "MLG1A.fb": ("WahyuHidayatullahMalang", "100090000000401", "Wahyu Hidayatullah"),
    "MLG1T.tt": ("relawanwanda", "7300000000403", "Relawan WANDA ☝️"),
    "MLG2A.ig": ("bambangsugiarto.mlg", "7100000501", "Bambang Sugiarto"),
    "MLG2A.fb": ("BambangSugiartoMLG", "100090000000501", "Bambang Sugiarto"),
    "MLG2T.tt": ("badewi.malang", "7300000000503", "BADEWI Malang"),
    "CALG.fb": ("YeniNuraeniPPP", "100091000000041", "Hj. Yeni Nuraeni"),
    "CALM.ig": ("agussalim.pkb", "7200000042", "Agus Salim Wicaksono"),
    "PKB.x": ("DPP_PKB", "1720000000000000051", "DPP PKB"),
    "GERINDRA.x": ("Gerindra", "1720000000000000052", "Partai Gerindra"),
    "PDIP.x": ("PDI_Perjuangan", "1720000000000000053", "PDI Perjuangan"),
    "GOLKAR.x": ("Golkar5", "1720000000000000054", "Partai Golkar"),
    "NASDEM.x": ("NasDem", "1720000000000000055", "Partai NasDem"),
    "PKS.x": ("PKSejahtera", "1720000000000000056", "PKS"),
    "PAN.x": ("Official_PAN", "1720000000000000057", "PAN"),
    "DEMOKRAT.x": ("PDemokrat", "1720000000000000058", "Partai Demokrat"),
    "PSI.x": ("psi_id", "1720000000000000059", "PSI"),
    "PERINDO.x": ("PartaiPerindo", "1720000000000000060", "Partai Perindo"),
    "PPP.x": ("DPP_PPP", "1720000000000000061", "DPP PPP"),
}

KEYWORDS = [
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
    ("PRES3A", "Gerak Cepat Menuju Indonesia Unggul"),
    ("GRT1A", "#ASRIuntukGarut"),
    ("GRT1A", "Garut Hejo Ngejo"),
    ("GRT1T", "Relawan ASRI"),
    ("GRT2A", "#CeriaMenang"),
    ("GRT2A", "Garut Ceria Garut Juara"),
    ("GRT3A", "#UjangDedeNgahiji"),
    ("GRT3A", "Garut Ngahiji"),
    ("MLG1A", "#WANDAuntukMalang"),
    ("MLG1A", "Malang Makin Oyi"),
    ("MLG2A", "#BadewiMenang"),
    ("MLG2A", "Malang Bersinar Kembali"),
    ("CALG", "#YeniNuraeni"),
    ("CALM", "#AgusSalimPKB"),
    ("PDIP", "#PDIPerjuangan"),
    ("PDIP", "banteng moncong putih"),
    ("GERINDRA", "#GerindraMenang"),
    ("PKB", "#PKBMenang"),
    ("PKS", "#AyoPKS"),
    ("PSI", "#PSIMenang"),
    ("GOLKAR", "#GolkarMenang"),
    ("NASDEM", "#NasDemRestorasi"),
    ("PPP", "#PPPMenang"),
]

# Groups of target ids a correct finding may name
GROUPS = {
    "PRES1": "PRES1A PRES1B PRES1T",
    "PRES2": "PRES2A PRES2B PRES2T",
    "PRES3": "PRES3A PRES3B PRES3T",
    "GRT1": "GRT1A GRT1B GRT1T",
    "GRT2": "GRT2A GRT2B GRT2T",
    "GRT3": "GRT3A GRT3B GRT3T",
    "MLG1": "MLG1A MLG1B MLG1T",
    "MLG2": "MLG2A MLG2B MLG2T",
}

# Non-target accounts and groups: key -> (plat, handle, user_id, display_name)
OTHER_ACCOUNTS = {
    "news.x": ("x", "kabargarut_id", "1230000000000000901", "Kabar Garut"),
    "newsmlg.x": ("x", "malangtoday_id", "1230000000000000902", "Malang Today"),
    "info.fb": ("fb", "InfoMalangRaya", "100080000000903", "Info Malang Raya"),
    "bawaslu.x": ("x", "bawaslu_garut", "1230000000000000904", "Bawaslu Kabupaten Garut"),
    "grp.garut": (
        "fb",
        "groups/wargagarutbersatu",
        "300080000000905",
        "Warga Garut Bersatu (grup)",
    ),
    "grp.arek": ("fb", "groups/arekmalangraya", "300080000000906", "Arek Malang Raya (grup)"),
    "grp.guru": ("fb", "groups/gurusdgarut", "300080000000907", "Forum Guru SD Garut (grup)"),
    "warga.fb": ("fb", "asep.kurnia.99", "100080000000908", "Asep Kurnia"),
    "teman.ig": ("ig", "dinda.mlg", "4400000909", "Dinda"),
    "teman.x": ("x", "yoga_prast", "1230000000000000910", "Yoga"),
    "teman.tt": ("tt", "nengrisa.grt", "6900000000911", "neng risa"),
}

# Posts that the employees answer, quote or share: key -> (author account key, occurred_at, text)
PARENTS = {
    # Pilpres 2024
    "pP1": (
        "PRES2A.ig",
        "2024-01-10T19:00:00+07:00",
        "Terima kasih Bandung! Bersama Indonesia Maju 🇮🇩",
    ),
    "pP2": (
        "PRES1A.ig",
        "2024-01-12T21:00:00+07:00",
        "Desak Anies di Garut malam ini. Hatur nuhun warga Garut! ☝️",
    ),
    "pP3": ("PRES3A.ig", "2024-01-14T20:00:00+07:00", "Sat set, tas tes. Matur nuwun Malang! 🖤❤️"),
    "pP4": (
        "PRES2A.x",
        "2024-01-22T09:00:00+07:00",
        "Makan siang dan susu gratis untuk anak sekolah: ini investasi masa depan bangsa.",
    ),
    "pP5": (
        "PRES3A.x",
        "2024-01-08T08:00:00+07:00",
        "Debat malam nanti: kita bicara data, bukan janji.",
    ),
    "pP6": ("PRES1A.x", "2023-12-05T10:00:00+07:00", "Kita akan bangun 40 kota setara Jakarta."),
    "pP7": ("PRES2B.ig", "2024-01-28T16:00:00+07:00", "Ngobrol bareng anak muda Malang. Gas! ✌️"),
    "pP8": ("PRES1B.ig", "2024-01-17T13:00:00+07:00", "Slepet! Kiai kampung harus sejahtera 😁"),
    "pP9": (
        "PRES3A.fb",
        "2024-02-02T19:00:00+07:00",
        "Hajatan rakyat di Surabaya. Gerak cepat menuju Indonesia unggul!",
    ),
    "pP10": (
        "PRES2A.fb",
        "2024-01-05T08:00:00+07:00",
        "Selamat pagi Indonesia. Mari jaga pemilu yang damai dan gembira.",
    ),
    "pP11": ("PRES2B.tt", "2024-01-25T19:00:00+07:00", "joget dulu biar semangat 🕺 #gemoy"),
    "pP12": ("PRES3A.yt", "2024-02-01T20:00:00+07:00", "LIVE: Kampanye Akbar Ganjar-Mahfud"),
    "pP13": ("PRES3A.ig", "2023-08-17T10:00:00+07:00", "Dirgahayu Republik Indonesia ke-78 🇮🇩"),
    # Pilbup Garut
    "pG1": (
        "GRT1A.fb",
        "2024-10-06T09:00:00+07:00",
        "Ngawangun Garut ti desa. Hatur nuhun warga Cikajang! Garut Hejo Ngejo 💚 #ASRIuntukGarut",
    ),
    "pG2": (
        "GRT2A.ig",
        "2024-10-15T10:00:00+07:00",
        "Garut Ceria, Garut Juara! Hatur nuhun warga Tarogong ✌️",
    ),
    "pG3": (
        "GRT3A.fb",
        "2024-10-20T19:30:00+07:00",
        "Pengajian akbar sareng warga Cilawu. Nyuhunkeun du'a sareng pangrojong.",
    ),
    "pG4": (
        "GRT1A.fb",
        "2024-11-04T07:00:00+07:00",
        "Wilujeng enjing. Kumaha kaayaan jalan di lembur anjeun? Tulis di komentar, ku abdi dicatet.",
    ),
    "pG5": ("GRT2T.tt", "2024-10-26T18:00:00+07:00", "Tantangan joget CERIA! tag 2 rerencangan 💃"),
    "pG6": (
        "GRT3A.yt",
        "2024-11-12T20:00:00+07:00",
        "Debat Publik Kadua Pilbup Garut 2024 - sambutan Kang Ujang",
    ),
    # Pilwalkot Malang
    "pM1": (
        "MLG1A.ig",
        "2024-10-10T09:00:00+07:00",
        "Ngopi bareng warga Lowokwaru. Malang Makin Oyi! ☝️",
    ),
    "pM2": (
        "MLG2A.ig",
        "2024-10-12T10:00:00+07:00",
        "Nyambangi pedagang Pasar Besar. Malang Bersinar Kembali! ✌️",
    ),
    "pM3": (
        "MLG1A.fb",
        "2024-11-05T07:30:00+07:00",
        "Turut prihatin atas banjir di Sawojajar. Tim kami sudah turun membantu warga.",
    ),
    "pM4": (
        "MLG2T.tt",
        "2024-11-01T19:00:00+07:00",
        "Jingle BADEWI versi koplo 🎶 siapa yang udah hafal?",
    ),
    "pM5": ("MLG2A.fb", "2024-10-22T15:00:00+07:00", "Program 1 RW 1 posyandu lansia. Setuju?"),
    # Pileg
    "pL1": (
        "CALG.fb",
        "2024-01-03T08:00:00+07:00",
        "Kalender 2024 parantos dibagikeun ka warga. Hatur nuhun pangrojongna 🙏",
    ),
    # Others
    "nw1": (
        "news.x",
        "2024-01-19T11:00:00+07:00",
        "Survei terbaru: elektabilitas 02 naik jadi 47%.",
    ),
    "nw2": (
        "news.x",
        "2024-01-22T06:00:00+07:00",
        "Debat keempat Pilpres malam ini pukul 19.00 WIB. Ketiga cawapres akan beradu gagasan.",
    ),
    "nw3": (
        "info.fb",
        "2024-11-10T08:00:00+07:00",
        "Satpol PP tertibkan 300 APK yang melanggar di Jalan Ijen dan Jalan Semeru.",
    ),
    "nw4": (
        "news.x",
        "2024-01-30T14:00:00+07:00",
        "Bawaslu Garut: seorang ASN dijatuhi sanksi karena unggah foto pose satu jari bersama relawan.",
    ),
    "nw5": (
        "newsmlg.x",
        "2024-11-27T15:00:00+07:00",
        "Hitung cepat Pilwalkot Malang: paslon 1 unggul tipis 51,2%.",
    ),
    "nw6": (
        "bawaslu.x",
        "2024-10-01T08:00:00+07:00",
        "Temukan pelanggaran netralitas ASN? Laporkan ke Bawaslu Garut, sertakan foto dan lokasi.",
    ),
    "nw7": (
        "newsmlg.x",
        "2024-01-14T21:00:00+07:00",
        "FT: Arema FC 3-1 Persik. Aremania bergemuruh di Kanjuruhan.",
    ),
    "q1": ("warga.fb", "2024-01-26T20:00:00+07:00", "Nu tos mantep pilihan capres, ngacung! 😁"),
    "q2": ("teman.ig", "2024-11-18T20:00:00+07:00", "Rek, wes mantep milih sopo gawe walikota? 👀"),
    "q3": ("teman.x", "2024-01-29T12:00:00+07:00", "Jujur aja, 14 Februari kalian nyoblos siapa?"),
    "q4": ("teman.tt", "2024-10-19T20:00:00+07:00", "tutorial masak cilok garut ala aku 🤤"),
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
    text: str | None  # None: an image post without a caption
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
    """'2024-01-20 10:15' -> '2024-01-20T10:15:00+07:00'."""
    if "T" in when:
        return when
    day, clock = when.split()
    return f"{day}T{clock}:00{TZ}"


def _add(
    label: str, targets: str, when: str, acct: str, action: str, text: str | None, **kw: str
) -> None:
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


def C(targets: str, when: str, acct: str, action: str, text: str | None, **kw: str) -> None:
    _add("C", targets, when, acct, action, text, **kw)


def N(when: str, acct: str, action: str, text: str | None, **kw: str) -> None:
    _add("N", "", when, acct, action, text, **kw)


def A(targets: str, when: str, acct: str, action: str, text: str | None, **kw: str) -> None:
    _add("A", targets, when, acct, action, text, **kw)


def O(targets: str, when: str, acct: str, action: str, text: str | None, **kw: str) -> None:  # noqa: E743
    _add("O", targets, when, acct, action, text, **kw)


# ============================================================================================
# C: campaigning in the right window
# ============================================================================================

# --- Pilpres 2024: hand-sign photos --------------------------------------------------------
C(
    "PRES2",
    "2024-01-20 12:10",
    "k1.ig",
    "post",
    "Kompak selalu tim keuangan 😁 14 Februari jangan salah pilih ya, yang dua-dua aja ✌️",
    alt="Foto bersama tujuh pegawai berseragam batik di ruang kantor, semua berpose dua jari",
)
C(
    "PRES3",
    "2024-01-21 09:00",
    "k3.fb",
    "post",
    "Salam tiga jari dari keluarga besar kami 🤟 Gerak cepat, sat set!",
    alt="Foto keluarga di teras rumah, semua mengacungkan tiga jari (jempol, telunjuk, jari tengah)",
)
C(
    "PRES1",
    "2024-01-13 07:30",
    "g1.ig",
    "post",
    "Semalam ikut Desak Anies, merinding 🥹 perubahan dimulai dari kita ☝️",
    alt="Swafoto di kerumunan malam hari, berpose satu jari dengan latar panggung bertuliskan DESAK ANIES",
)
C(
    "PRES2",
    "2024-01-29 18:20",
    "m2.ig",
    "post",
    "Ketemu Mas Gibran langsung 😭 fix coblos 2 gaes",
    alt="Foto wanita berhijab bersama Gibran Rakabuming, keduanya berpose dua jari",
)
C(
    "PRES3",
    "2024-01-15 08:00",
    "m1.ig",
    "post",
    "Foto bareng Pak Ganjar pas beliau mampir ke Malang! Tetap tiga jari 🤟🖤❤️",
    alt="Pria berbaju hitam berfoto dengan Ganjar Pranowo, keduanya mengacungkan tiga jari",
)
C(
    "PRES1",
    "2024-01-18 10:00",
    "k2.fb",
    "post",
    "Sareng Gus Muhaimin, salam hiji ramo ☝️ Perubahan kanggo Indonesia!",
    alt="Dua pria berpeci berfoto di aula pesantren, keduanya mengacungkan telunjuk",
)
C(
    "PRES2",
    "2024-02-03 16:00",
    "g3.tt",
    "post",
    "joget gemoy sama ibu2 pengajian 🕺✌️ oke gas oke gas!",
    alt="Video ibu-ibu berkerudung berjoget sambil mengacungkan dua jari di halaman masjid",
)
C(
    "PRES3",
    "2024-01-27 20:30",
    "k1.tt",
    "post",
    "POV: kamu anak kantoran yang udah mantep 3 jari 🤟 no debat",
    alt="Video wanita di meja kerja menunjukkan salam tiga jari ke kamera sambil tersenyum",
)
C(
    "PRES1",
    "2024-02-06 21:00",
    "g2.fb",
    "post",
    None,
    alt="Foto pria berseragam Korpri di depan baliho Anies-Muhaimin, berpose satu jari",
    ocr="AMIN ANIES MUHAIMIN NO 1 INDONESIA ADIL MAKMUR UNTUK SEMUA",
)
C(
    "PRES2",
    "2024-01-24 13:00",
    "k3.ig",
    "post",
    "Foto bareng kolega pas istirahat siang, pose wajib 😎 #PrabowoGibranSatuPutaran",
    alt="Foto bersama kolega di kantin kantor, pose dua jari",
)

# --- Pilpres 2024: props ---------------------------------------------------------------------
C(
    "PRES2",
    "2024-01-09 07:00",
    "m3.fb",
    "post",
    "Kaos baru dari ponakan, pas banget dipakai senam pagi 😎 pokoke 02",
    alt="Pria paruh baya memakai kaos putih bergambar paslon 02",
    ocr="PRABOWO GIBRAN 2024 BERSAMA INDONESIA MAJU",
)
C(
    "PRES1",
    "2024-01-02 19:00",
    "g1.fb",
    "post",
    "Sudah pasang twibbon, hayu ikutan sadayana!",
    alt="Foto profil wanita berkerudung dalam bingkai twibbon berwarna hijau",
    ocr="SAYA DUKUNG AMIN 2024 ANIES - MUHAIMIN PERUBAHAN",
)
C(
    "PRES3",
    "2023-12-10 20:00",
    "k3.fb",
    "post",
    "Ganti bingkai foto profil dulu 🖤❤️",
    alt="Foto profil dengan bingkai merah hitam",
    ocr="#GanjarMahfud2024 KAMI BERSAMA 03 GERAK CEPAT",
)
C(
    "PRES1",
    "2024-01-11 06:45",
    "k1.ig",
    "post",
    "Stiker di mobil udah nempel, siap keliling 🚗💨",
    alt="Stiker di kaca belakang mobil bertuliskan AMIN dengan angka 1 besar",
    ocr="AMIN 1 ANIES MUHAIMIN",
)
C(
    "PRES2",
    "2024-01-16 17:00",
    "g2.fb",
    "post",
    "Topi jeung rompi tim pemenangan tos dibagikeun, isukan urang turun ka pasar Cilawu 💪",
    alt="Pria memakai rompi biru muda dan topi bertuliskan TKN PRABOWO GIBRAN, mengacungkan dua jari",
)
C(
    "PRES3",
    "2024-01-25 16:30",
    "m1.fb",
    "post",
    "Spanduk sudah terpasang di depan rumah, biar tetangga gak bingung mau pilih siapa 😁",
    alt="Spanduk merah di pagar rumah",
    ocr="COBLOS NO 3 GANJAR - MAHFUD 14 FEBRUARI 2024",
)
C(
    "PRES1",
    "2024-01-31 10:00",
    "g3.ig",
    "post",
    "Bendera AMIN udah berkibar di pagar rumah 😎",
    alt="Bendera putih hijau bergambar Anies dan Muhaimin terpasang di pagar besi rumah",
)
C(
    "PRES2",
    "2024-02-09 08:00",
    "m2.th",
    "post",
    "Pakai kaos ini ke posyandu, banyak ibu-ibu nanya beli di mana 😁 #02Melanjutkan",
    alt="Wanita memakai kaos biru muda bergambar Prabowo dan Gibran dengan angka 2",
)
C(
    "PRES3",
    "2024-02-02 22:00",
    "k3.ig",
    "post",
    "Pulang hajatan rakyat, suara habis teriak 'Ganjar-Mahfud, sat set tas tes!' 🔥",
    alt="Swafoto di stadion malam hari memakai kaos hitam bertuliskan GANJAR MAHFUD",
)
C(
    "PRES1",
    "2024-01-08 20:00",
    "g2.x",
    "post",
    "Alhamdulillah, dipercaya jadi korlap relawan AMIN kecamatan Cilawu. Bismillah 🤲",
    alt="Pria memakai rompi hijau bertuliskan RELAWAN AMIN KORLAP CILAWU",
)
C(
    "PRES2",
    "2024-01-30 19:00",
    "k1.ig",
    "post",
    "Balon dekorasi ulang tahun anakku sekalian kampanye 😂 biru muda dan angka 2 🎈",
    alt="Balon angka 2 berwarna biru muda di samping poster Prabowo-Gibran",
    ocr="PRABOWO GIBRAN 2",
)
C(
    "PRES3",
    "2024-01-05 18:00",
    "m3.tt",
    "post",
    "Mobil dinas? Bukan, ini mobil pribadi 😆 stiker 03 wajib nempel",
    alt="Video stiker hitam merah di kaca mobil",
    ocr="GANJAR MAHFUD 03 MENANG TOTAL",
)

# --- Pilpres 2024: emoji ballot numbers, numbers as words, Roman numerals -----------------
C(
    "PRES2",
    "2024-02-04 06:00",
    "k1.x",
    "post",
    "Tinggal 10 hari lagi. Pilihanku sudah pasti: 2️⃣🇮🇩 #IndonesiaMaju",
)
C("PRES1", "2024-02-01 21:00", "g3.x", "post", "1️⃣ = AMIN. Udah jelas kan? 😌")
C("PRES3", "2024-02-08 07:15", "k3.x", "post", "Bismillah 0️⃣3️⃣🔥 Ganjar-Mahfud sampai menang")
C("PRES1", "2024-02-05 05:30", "g2.x", "post", "☝️🇮🇩 #AMIN")
C("PRES2", "2024-01-26 09:00", "m2.x", "post", "Dua jari untuk Indonesia maju ✌️🇮🇩 lanjutkan!")
C(
    "PRES1",
    "2024-01-19 21:00",
    "m1.fb",
    "post",
    "Coblos nomer siji, Anies-Muhaimin. Wis wayahe berubah, rek! ☝️",
)
C(
    "PRES2",
    "2024-02-07 19:30",
    "m3.fb",
    "post",
    "Sing penting nomer loro, nomer loro, siji putaran wae 😁✌️ Pak Prabowo presidenku",
)
C(
    "PRES3",
    "2024-01-23 20:00",
    "m1.ig",
    "post",
    "Nomer telu pokoke! Pak Ganjar wong Jateng asli, cedhak karo rakyat 🤟",
)
C(
    "PRES1",
    "2024-01-22 19:00",
    "g1.fb",
    "post",
    "Urang Garut mah milih nomer hiji, Anies-Imin! Perubahan 💚",
)
C(
    "PRES2",
    "2024-02-09 20:00",
    "k2.fb",
    "post",
    "Sadayana, ulah hilap tanggal 14 nyoblos nomer dua nya, Prabowo-Gibran 🙏",
)
C(
    "PRES3",
    "2024-02-01 08:00",
    "g2.fb",
    "post",
    "Tilu ramo, tilu hate, hiji tujuan: Ganjar-Mahfud! 🤟",
)
C(
    "PRES2",
    "2024-01-28 05:00",
    "m3.fb",
    "post",
    "Kula sakulawarga sampun mantep milih nomer kalih, Pak Prabowo lan Mas Gibran 🙏 mugi-mugi menang",
)
C(
    "PRES3",
    "2024-02-06 12:00",
    "k3.x",
    "post",
    "Paslon III, satu-satunya yang paham birokrasi. Tanggal 14 kita menangkan! #GanjarMahfud",
)
C("PRES1", "2024-01-24 18:00", "k1.x", "post", "No. urut I, perubahan untuk Indonesia. AMIN! ☝️")
C(
    "PRES2",
    "2024-01-14 12:00",
    "g3.ig",
    "post",
    "pilih yang nomor urut kosong dua ya gaes, biar satu putaran 🔥",
    alt="Swafoto di depan baliho biru muda",
)
C(
    "PRES3",
    "2024-02-10 21:00",
    "m2.th",
    "post",
    "besok masa tenang, aku udah fix: tiga. Ganjar-Mahfud 🖤❤️",
)

# --- Pilpres 2024: hashtags and slogans ------------------------------------------------------
C(
    "PRES2",
    "2024-01-18 10:00",
    "k1.tt",
    "post",
    "#PrabowoGibranSatuPutaran #oKEGASoKEGAS 🇮🇩",
    alt="Video massa kampanye melambaikan bendera biru muda",
)
C(
    "PRES1",
    "2024-01-30 20:00",
    "g3.th",
    "post",
    "#aniesmuhaiminpresidenwapres2024 #perubahan #aminajadulu",
)
C(
    "PRES3",
    "2024-02-03 09:00",
    "m2.ig",
    "post",
    "#coblosnomor3 #ganjarmahfudmenang 🖤❤️",
    alt="Foto tangan menunjukkan tiga jari di depan bendera merah",
)
C(
    "PRES2",
    "2024-01-12 15:00",
    "m1.ig",
    "post",
    "Lanjutkan! #PrabowoGibranLanjutkan #BersamaIndonesiaMaju",
)
C(
    "PRES1",
    "2024-01-06 09:00",
    "k2.fb",
    "post",
    "Indonesia Adil Makmur untuk Semua. #AMINIndonesiaAdilMakmur ☝️",
)
C(
    "PRES3",
    "2024-01-10 19:00",
    "k3.ig",
    "post",
    "Gerak cepat menuju Indonesia unggul 💪 #SatSetTasTes #03MenangTotal",
)

# --- Pilpres 2024: jingles ------------------------------------------------------------------
C(
    "PRES1",
    "2024-01-21 16:00",
    "g1.tt",
    "post",
    "🎶 wis wayahe, wis wayahe, Anies-Muhaimin 🎶 nyanyi bareng bocil di mobil, hafal euy ☝️",
    alt="Video anak-anak bernyanyi di dalam mobil sambil mengacungkan satu jari",
)
C(
    "PRES2",
    "2024-01-20 19:30",
    "m3.tt",
    "post",
    "🎶 oke gas oke gas, nomor dua lebih jelas 🎶 anakku wae hafal, bapake yo mesti milih loro 🤣",
    alt="Video anak kecil berjoget menyanyikan jingle Prabowo-Gibran",
)
C(
    "PRES3",
    "2024-01-31 20:00",
    "k1.tt",
    "post",
    "jingle 03 ini nempel banget di kepala 🎶 Ganjar-Mahfud, gerak cepat! ayo 14 Februari coblos tiga 🤟",
)

# --- Pilpres 2024: comments, replies, quotes, shares ----------------------------------------
C("PRES2", "2024-01-10 20:05", "k3.ig", "comment", "✌️✌️✌️ gas terus pak! satu putaran!", on="pP1")
C(
    "PRES1",
    "2024-01-12 22:10",
    "g1.ig",
    "comment",
    "☝️☝️ AMIN! Sehat salawasna Pak Anies, Garut siap menangkeun",
    on="pP2",
)
C(
    "PRES3",
    "2024-01-14 21:30",
    "m2.ig",
    "comment",
    "🤟🤟 siap menangkan pak! Malang full telu",
    on="pP3",
)
C(
    "PRES2",
    "2024-01-28 17:00",
    "m1.ig",
    "comment",
    "Gas Mas! Lowokwaru dua jari semua ✌️😎",
    on="pP7",
)
C("PRES1", "2024-01-17 14:00", "k1.ig", "comment", "Slepet! ☝️ AMIN menang rek", on="pP8")
C(
    "PRES3",
    "2024-02-02 19:45",
    "k3.fb",
    "comment",
    "Hadir dari Sidoarjo! Tiga jari sampai menang 🤟🖤❤️",
    on="pP9",
)
C("PRES2", "2024-01-25 20:15", "g3.tt", "comment", "gemoy bgttt 😭✌️ fix 02", on="pP11")
C(
    "PRES3",
    "2024-02-01 20:40",
    "k2.yt",
    "comment",
    "Ti Bandung ngiring ngadukung! 03 meunang, Ganjar-Mahfud 🤟",
    on="pP12",
)
C(
    "PRES2",
    "2024-01-26 21:00",
    "g2.fb",
    "reply",
    "Abdi mah dua jari, tos mantep ti kapungkur ✌️😁",
    on="q1",
)
C(
    "PRES1",
    "2024-01-29 12:40",
    "k1.x",
    "reply",
    "Ya jelas satu lah. Anies-Muhaimin, perubahan ☝️",
    on="q3",
)
C(
    "PRES2",
    "2024-01-19 11:30",
    "m2.x",
    "quote",
    "Tuh kan 02 naik terus, makin yakin satu putaran! ✌️ #PrabowoGibran",
    on="nw1",
)
C(
    "PRES3",
    "2024-01-22 06:30",
    "k3.x",
    "quote",
    "Nanti malam Prof. Mahfud bakal tampil paling mantap. Buktikan di TPS, 03 menang! 🤟",
    on="nw2",
)
C(
    "PRES1",
    "2023-12-05 12:00",
    "g3.x",
    "share",
    "40 kota setara Jakarta, ini baru visi! Coblos 1 ☝️",
    on="pP6",
)

# --- Pileg 2024: caleg calendars, stickers ---------------------------------------------------
C(
    "CALG PPP",
    "2024-01-03 09:30",
    "g1.fb",
    "share",
    "Kalender ti Bu Hajjah Yeni tos dibagikeun ka warga RT. Ulah hilap tanggal 14 coblos PPP nomer 3 nya 😊",
    on="pL1",
)
C(
    "CALM PKB",
    "2024-01-20 07:00",
    "m1.ig",
    "post",
    "Stiker Mas Agus nempel di helm, biar sak Lowokwaru eruh 😎",
    alt="Stiker hijau di helm motor",
    ocr="AGUS SALIM WICAKSONO CALEG DPRD KOTA MALANG PKB NO 1 DAPIL LOWOKWARU",
)
C(
    "CALG PPP",
    "2023-12-20 19:00",
    "g2.fb",
    "post",
    "Kalender 2024 tos dipasang di warung, hatur nuhun Bu Hj. Yeni. Kabah 17, nomer 3! 💚",
    alt="Kalender dinding bergambar wanita berkerudung hijau dengan logo Ka'bah",
    ocr="KALENDER 2024 HJ. YENI NURAENI CALEG DPRD KAB. GARUT PPP NO. 3 DAPIL 2",
)
C(
    "CALM PKB",
    "2024-02-10 09:00",
    "m3.fb",
    "post",
    "Titip suara buat Mas Agus Salim, caleg DPRD kota nomer siji PKB. Arek enom, amanah 🙏",
)

# --- Pilbup Garut ---------------------------------------------------------------------------
C(
    "GRT1",
    "2024-10-06 11:00",
    "g2.fb",
    "comment",
    "Hatur nuhun Kang Asep! Cilawu siap milih nomer hiji 💚☝️",
    on="pG1",
)
C(
    "GRT2",
    "2024-10-15 12:00",
    "g3.ig",
    "comment",
    "Dua ramo kanggo Garut Ceria ✌️✌️ mugia kapilih Kang!",
    on="pG2",
)
C(
    "GRT3",
    "2024-10-20 21:00",
    "g2.fb",
    "comment",
    "Aamiin. Mugia Kang Ujang sareng Kang Dede kapilih, abdi sakulawarga milih nomer tilu 🤲",
    on="pG3",
)
C("GRT2", "2024-10-26 20:00", "g1.tt", "comment", "ikutan ah 💃 CERIA nomer dua juara!", on="pG5")
C(
    "GRT3",
    "2024-11-12 21:15",
    "k2.yt",
    "comment",
    "Kang Ujang paling mantap debatna! Tilu, tilu, tilu! Garut Ngahiji 🔥",
    on="pG6",
)
C(
    "GRT1",
    "2024-10-12 07:00",
    "g1.ig",
    "post",
    "Kaos ASRI tos dipake, siap ngiring kampanye di alun-alun 😁 #ASRIuntukGarut",
    alt="Wanita berkerudung memakai kaos hijau bergambar pasangan calon nomor 1 Pilbup Garut",
)
C(
    "GRT2",
    "2024-10-28 16:00",
    "g2.fb",
    "post",
    "Spanduk di hareupeun imah tos dipasang 💪",
    alt="Spanduk kuning di depan rumah",
    ocr="CECEP - EUIS NO 2 GARUT CERIA GARUT JUARA PILBUP GARUT 2024",
)
C(
    "GRT1",
    "2024-11-01 08:00",
    "g3.ig",
    "post",
    "Stiker ASRI di kaca mobil, sing lancar nya Kang 🙏",
    alt="Stiker hijau di kaca belakang mobil",
    ocr="ASRI 1 ASEP - RINA GARUT HEJO NGEJO",
)
C(
    "GRT2",
    "2024-10-03 19:00",
    "g1.fb",
    "post",
    "Hayu ngiring pasang twibbon!",
    alt="Foto profil dengan bingkai kuning",
    ocr="#CeriaMenang GARUT CERIA GARUT JUARA 2 CECEP EUIS",
)
C("GRT1", "2024-11-20 06:00", "g2.x", "post", "27 November ➡️ 1️⃣ 💚 Garut Hejo Ngejo")
C(
    "GRT2",
    "2024-11-15 20:00",
    "g3.x",
    "post",
    "Paslon II pikeun Garut anu leuwih hadé. Kang Cecep - Ceu Euis ✌️",
)
C("GRT3", "2024-11-05 12:00", "g3.th", "post", "#UjangDedeNgahiji #GarutNgahiji #nomortilu 🔥")
C(
    "GRT3",
    "2024-11-21 19:00",
    "g2.fb",
    "post",
    "Kanggo warga Cilawu, ulah hilap 27 Nopember coblos nomer 3 nya, Kang Ujang jeung Kang Dede. Garut Ngahiji!",
    group="grp.garut",
)
C(
    "GRT2",
    "2024-10-18 13:00",
    "g1.ig",
    "post",
    "Alhamdulillah tiasa foto bareng Kang Cecep, salam dua ramo ✌️",
    alt="Wanita berkerudung berfoto dengan pria berpeci, keduanya berpose dua jari",
)
C(
    "GRT1",
    "2024-10-25 17:00",
    "g2.fb",
    "post",
    "Topi tim pemenangan ASRI tos dibagikeun ka warga RT 03, sadayana kompak 💚",
    alt="Warga memakai topi hijau bertuliskan ASRI 1",
    ocr="TIM PEMENANGAN ASRI ASEP - RINA NO 1",
)
C(
    "GRT3",
    "2024-11-10 09:00",
    "g1.tt",
    "post",
    "3️⃣ ramo kanggo Garut Ngahiji 🤟 pokona Ujang-Dede!",
    alt="Video wanita mengacungkan tiga jari sambil tertawa",
)

# --- Pilwalkot Malang -----------------------------------------------------------------------
C("MLG1", "2024-10-10 10:30", "m1.ig", "comment", "Oyi Pak Wahyu! Lowokwaru siji kabeh ☝️", on="pM1")
C(
    "MLG2",
    "2024-10-12 12:00",
    "m3.fb",
    "post",
    "Gas Pak Bambang! Kampung kami full loro ✌️✌️ Malang Bersinar Kembali",
)
C(
    "MLG2",
    "2024-11-01 20:00",
    "k3.ig",
    "post",
    "Nomer loro gawe Malang Bersinar Kembali ✌️ #BadewiMenang",
)
C(
    "MLG1",
    "2024-10-19 09:00",
    "m2.ig",
    "post",
    "Uklam-uklam karo kaos WANDA, oyi sam! ☝️",
    alt="Wanita memakai kaos putih bertuliskan WANDA 1 berjalan di Alun-alun Tugu",
)
C(
    "MLG2",
    "2024-11-02 20:30",
    "m3.tt",
    "post",
    "joget jingle BADEWI bareng konco-konco 🤣🎶",
    alt="Video beberapa pria berkaos biru bergambar Bambang-Dewi nomor 2 berjoget koplo",
)
C(
    "MLG1",
    "2024-10-24 07:00",
    "m1.fb",
    "post",
    "Banner Pak Wahyu - Bu Endang sudah di depan rumah, biar tetangga tahu 😎",
    alt="Banner merah putih di pagar rumah",
    ocr="WAHYU - ENDANG NO 1 MALANG MAKIN OYI PILWALKOT MALANG 2024",
)
C(
    "MLG1",
    "2024-11-16 05:30",
    "m3.fb",
    "post",
    "Nyuwun pangestu, monggo sami milih nomer setunggal, Pak Wahyu lan Bu Endang 🙏",
)
C("MLG1", "2024-11-08 21:00", "m2.th", "post", "#wandamalangmakinoyi #nomorsatu ☝️")
C(
    "MLG2",
    "2024-11-18 20:30",
    "k3.ig",
    "comment",
    "Ayas wes mantep, kera. BADEWI ✌️ pokoke loro 😂",
    on="q2",
)
C(
    "MLG2",
    "2024-11-01 19:20",
    "m1.ig",
    "post",
    "Stiker BADEWI sudah tertempel di motor, siap ke TPS tgl 27 ✌️",
    alt="Stiker biru di spakbor motor",
    ocr="BAMBANG - DEWI NO 2 MALANG BERSINAR KEMBALI",
)
C(
    "MLG1",
    "2024-10-29 18:00",
    "m3.yt",
    "post",
    "Vlog: ikut kampanye Relawan WANDA di Stadion Gajayana, seru! Siji, siji, siji! ☝️",
)

# --- Parties (at any time) ------------------------------------------------------------------
C(
    "PDIP",
    "2024-07-12 07:00",
    "k3.ig",
    "post",
    "Kaos banteng moncong putih andalan 🐂 Merdeka!",
    alt="Pria berkaos merah berlogo PDI Perjuangan mengepalkan tangan",
)
C(
    "GERINDRA",
    "2025-02-06 08:00",
    "g3.ig",
    "post",
    "Bendera Gerindra di pagar rumah, bangga! 🦅 #GerindraMenang",
    alt="Bendera putih bergambar kepala garuda merah di pagar rumah",
)
C(
    "PKS",
    "2025-05-10 17:00",
    "k1.ig",
    "post",
    "Stiker PKS di kaca mobil. 2029 coblos PKS lagi ya 🧡",
    alt="Stiker oranye hitam di kaca mobil",
    ocr="PKS",
)
C("GOLKAR", "2024-01-27 09:00", "m3.fb", "post", "Golkar nomor 4, suara rakyat! Coblos beringin 🌳")
C(
    "NASDEM",
    "2024-01-15 10:00",
    "k2.fb",
    "post",
    "Restorasi Indonesia! 5️⃣ NasDem, hayu coblos partaina 💙",
    alt="Pria memakai jaket biru berlogo NasDem",
)
C(
    "DEMOKRAT",
    "2024-02-05 19:00",
    "k1.x",
    "post",
    "Nomer 14 Demokrat, biru itu keren 💙 coblos mercy!",
)
C(
    "PSI",
    "2024-01-08 20:00",
    "g3.tt",
    "post",
    "kaos mawar merah PSI 🌹 coblos 15, partainya anak muda",
    alt="Video pria berkaos hitam bergambar mawar merah berlogo PSI",
)
C(
    "PERINDO",
    "2024-02-02 15:00",
    "m2.x",
    "post",
    "Mars Perindo udah hafal 🎶 Perindo nomor 16, ayo dukung!",
)
C(
    "PPP",
    "2024-08-10 20:00",
    "g2.fb",
    "post",
    "Ka'bah tetep di hate. PPP jaya, hayu pilih PPP dina pemilu ka payun ✊💚",
)
C(
    "PKB",
    "2024-01-13 12:00",
    "m1.fb",
    "post",
    "Salam satu jari, PKB nomor 1, bangkit! ☝️💚",
    alt="Pria berbaju hijau berlogo PKB mengacungkan telunjuk",
)
C(
    "GERINDRA",
    "2025-09-20 09:00",
    "m3.fb",
    "post",
    "Partai kebanggaan, Gerindra jaya! Indonesia Raya 🦅",
    alt="Pria berkemeja putih berlogo garuda Gerindra di depan kantor DPC",
)


# ============================================================================================
# N: close, but not campaigning
# ============================================================================================

# --- hand signs in innocent senses ----------------------------------------------------------
N(
    "2024-01-21 10:00",
    "k1.ig",
    "post",
    "Minggu pagi sama bocil, peace ✌️ yang penting happy 🥰",
    alt="Swafoto ibu dan anak di taman kota, anak berpose peace sambil menjulurkan lidah",
)
N(
    "2024-01-18 15:00",
    "g1.tt",
    "post",
    "Resep bola-bola ubi: ambil adonan secukupnya, cubit pakai 2 jari, bulatkan, goreng api kecil 🍠",
    alt="Video tangan mencubit adonan ubi dengan dua jari",
)
N(
    "2024-02-03 11:00",
    "k3.ig",
    "post",
    "Reuni kelas 3 SMA angkatan 2011 😭 tetap kompak walau udah pada jadi emak-emak",
    alt="Foto bersama dua puluh orang di restoran, beberapa mengacungkan tiga jari menandakan kelas 3",
)
N(
    "2024-04-22 20:00",
    "k2.fb",
    "post",
    "Pemilu parantos réngsé. Salam tilu ramo: sila katilu, Persatuan Indonesia. Béda pilihan, tetep dulur 🇮🇩",
)
N(
    "2024-01-27 23:00",
    "m2.ig",
    "post",
    "Pose metal 🤘 di konser Seringai, telinga masih berdenging sampai sekarang 😵",
    alt="Swafoto di konser musik keras, tangan membentuk salam metal",
)
N(
    "2024-01-16 19:00",
    "g2.fb",
    "post",
    "Kajian malam Rabu: kenapa telunjuk diangkat saat tasyahud ☝️ Ternyata ada hikmahnya, isyarat tauhid.",
    alt="Ilustrasi tangan dengan telunjuk terangkat di atas lutut saat duduk tasyahud",
)
N(
    "2024-01-14 21:30",
    "m3.fb",
    "post",
    "Salam Satu Jiwa ☝️ Arema menang 3-1! Kanjuruhan bergemuruh 💙",
    alt="Suporter berbaju biru mengacungkan satu jari di tribun stadion",
)
N("2024-01-14 22:00", "m2.x", "share", "Salam Satu Jiwa! ☝️💙 Aremania gak ono matine", on="nw7")
N(
    "2024-11-24 16:00",
    "m3.tt",
    "post",
    "Salam Satu Jiwa ☝️ kumpul Aremania Blimbing, nobar bareng 💙",
    alt="Video suporter bernyanyi sambil mengacungkan satu jari",
)
N(
    "2024-02-10 10:00",
    "g1.ig",
    "post",
    "Anak-anak kelas 2 bilang 'peace' ✌️ sesudah rebutan krayon, alhamdulillah akur lagi 🥹",
    alt="Dua anak SD berseragam merah putih berpelukan sambil mengacungkan dua jari",
)
N(
    "2024-01-29 07:00",
    "k1.ig",
    "post",
    "Jari manis dan kelingking keseleo habis main voli, sisa 3 jari yang bisa ngetik 🥲",
    alt="Tangan kiri dengan dua jari dibebat perban",
)
N(
    "2024-11-12 08:00",
    "m2.ig",
    "post",
    "🤟 love you, nakes-nakes hebat Puskesmas Dinoyo! Makasih sudah jaga vaksinasi sampai malam",
    alt="Foto bersama tenaga kesehatan berseragam putih, beberapa membuat simbol love dengan tangan",
)
N(
    "2024-10-30 09:00",
    "g1.fb",
    "post",
    "Latihan berhitung pakai jari: tunjukkan 1 jari, 2 jari, 3 jari 🖐️ murid kelas 1 semangat!",
    alt="Murid SD mengacungkan jari di depan papan tulis bertuliskan 1 2 3",
)
N(
    "2024-10-13 15:00",
    "g3.ig",
    "post",
    "Juara 2 futsal antar-OPD ✌️🏆 next year juara 1!",
    alt="Tim futsal berkaos oranye memegang piala, beberapa mengacungkan dua jari",
)
N(
    "2024-02-14 10:30",
    "k1.ig",
    "post",
    "Sudah nyoblos 🗳️ #PemiluDamai",
    alt="Jari kelingking bertinta ungu di depan bilik suara",
)
N(
    "2024-11-27 09:00",
    "m1.fb",
    "post",
    "Alhamdulillah sudah menggunakan hak pilih. Siapa pun yang menang, Malang tetap rumah kita 🙏",
    alt="Jari kelingking bertinta ungu dengan latar TPS 12 Kelurahan Tlogomas",
)

# --- numbers, emoji digits, words and Roman numerals in other senses -----------------------
N("2024-01-17 09:00", "g2.x", "post", "Skor akhir Persib 2-0 ✌️💙 Maung Bandung tetap di puncak!")
N(
    "2024-01-25 06:30",
    "g1.fb",
    "post",
    "Harga di Pasar Guntur isuk-isuk: cengek 2 rebu sa-ons, bawang beureum 3 rebu. Mahal euy 😩",
)
N(
    "2024-02-01 20:00",
    "k3.x",
    "post",
    "Tanggal 1 gajian, tanggal 2 bayar cicilan, tanggal 3 dompet tinggal kenangan 🤣",
)
N(
    "2024-01-30 19:00",
    "m3.fb",
    "post",
    "Anakku wes iso ngitung siji, loro, telu 🥹 padahal gek umur 2 taun",
)
N(
    "2024-01-23 08:00",
    "g1.ig",
    "post",
    "Hiji, dua, tilu... foto! 📸 Kulawarga di Situ Bagendit",
    alt="Foto keluarga di tepi danau, ayah mengacungkan tiga jari memberi aba-aba",
)
N("2024-02-05 09:00", "g2.x", "post", "Antrean nomor 2 di loket BPJS, alhamdulillah cepet pisan.")
N(
    "2024-01-22 07:00",
    "m3.tt",
    "post",
    "Info lalin: lajur 2 Jalan Soekarno-Hatta ditutup sementara, gunakan lajur 1 🚦",
    alt="Video petugas Dishub memasang kerucut lalu lintas",
)
N(
    "2024-01-09 10:00",
    "m2.ig",
    "post",
    "Ingat 3M plus cegah DBD: menguras, menutup, mendaur ulang 🦟",
    alt="Poster Dinas Kesehatan",
    ocr="3M PLUS CEGAH DBD 1 MENGURAS 2 MENUTUP 3 MENDAUR ULANG",
)
N(
    "2024-10-15 10:00",
    "g2.fb",
    "post",
    "Léngkah cuci tangan: 1️⃣ basahi 2️⃣ sabunan 3️⃣ gosok 20 detik 4️⃣ bilas 🧼 #HariCuciTanganSedunia",
)
N(
    "2024-01-31 16:00",
    "k1.x",
    "post",
    "Bab III laporan keuangan triwulan IV akhirnya rampung. Tinggal reviu Inspektorat 🥲",
)
N(
    "2024-02-06 20:00",
    "g1.tt",
    "post",
    "materi matematika kelas 2: penjumlahan bersusun 📚 tonton sampe habis ya",
    alt="Video papan tulis dengan soal 23 + 12",
)
N(
    "2024-01-26 05:30",
    "k2.fb",
    "post",
    "Naek KA Pangandaran, gerbong 3 korsi 2A. Mudik heula ka Garut 🚆",
)
N(
    "2024-01-11 12:00",
    "m2.x",
    "post",
    "Top 3 kuliner Malang versiku: 1️⃣ bakso bakar 2️⃣ rawon 3️⃣ cwie mie. Debat? 😤",
)
N(
    "2024-10-20 06:00",
    "k3.ig",
    "post",
    "Resep 3️⃣ bahan: telur, gula, tepung. Bolu paling gampang sedunia 🍰",
)
N(
    "2024-11-03 19:00",
    "m1.fb",
    "post",
    "Nomer siji ning atiku tetep ibuk ❤️ sugeng ambal warsa, Buk.",
    alt="Foto ibu dan anak laki-laki dewasa memotong kue ulang tahun",
)
N(
    "2024-10-21 18:00",
    "g3.tt",
    "comment",
    "nomer hiji cilokna! kudu dicobian 🤤 resep nomer dua oge",
    on="q4",
)
N(
    "2024-10-17 12:00",
    "m3.fb",
    "post",
    "Tuku pentol loro, cilok telu, es degan siji. Total 15 ewu, murah 😋",
)
N(
    "2024-10-08 14:00",
    "g1.fb",
    "post",
    "Anak abdi juara 3 balap karung di sakola 🥉 bangga pisan!",
    alt="Anak perempuan berkaos olahraga memegang medali perunggu",
)
N(
    "2024-11-11 09:00",
    "g2.fb",
    "post",
    "Nomer 1 pelayanan: Puskesmas Cilawu meraih akreditasi Paripurna! 🏅 Hatur nuhun ka sadaya nakes",
    alt="Foto bersama pegawai puskesmas memegang plakat akreditasi",
)
N(
    "2024-01-15 08:00",
    "k1.tt",
    "post",
    "#OkeGas berangkat touring ke Puncak 🏍️ jangan lupa helm!",
    alt="Video rombongan motor di jalan berkabut",
)
N(
    "2024-01-20 13:00",
    "m2.ig",
    "post",
    "Gemoy banget kucingku abis mandi 😻",
    alt="Kucing oranye gendut dibungkus handuk",
)
N(
    "2024-02-02 20:00",
    "k3.x",
    "post",
    "AMIN ya Allah, semoga ibu lekas sembuh dan bisa pulang dari RS 🤲",
)
N("2024-01-12 06:00", "k1.x", "post", "Satu putaran lagi keliling GBK, abis itu sarapan bubur 🏃‍♀️")
N(
    "2024-01-24 10:00",
    "m1.fb",
    "post",
    "Perubahan jadwal piket layanan kecamatan mulai Senin. Mohon dicek ya rekan-rekan.",
    ocr="JADWAL PIKET PELAYANAN KECAMATAN LOWOKWARU SENIN-JUMAT REGU I, II, III",
)
N(
    "2024-11-19 16:00",
    "g3.x",
    "post",
    "Lanjutkan! kata dosen pembimbing 🥲 Bab II aman, tinggal Bab III",
)
N(
    "2024-10-16 09:00",
    "g2.fb",
    "post",
    "Hiji haté, hiji tujuan: Garut bébas stunting! Posyandu Cilawu siap 💪",
    alt="Kader posyandu menimbang balita",
)

# --- props in news, complaint and everyday contexts -----------------------------------------
N(
    "2024-10-22 07:30",
    "g1.fb",
    "post",
    "Spanduk paslon dipasang di pohon hareupeun sakola, dipaku deui. Ieu ngalanggar aturan! Mohon ditertibkan 🙏",
    alt="Spanduk kuning dipaku di batang pohon depan gerbang SD",
    ocr="CECEP - EUIS NO 2 GARUT CERIA GARUT JUARA",
)
N(
    "2024-11-10 09:00",
    "m3.fb",
    "share",
    "Terima kasih rekan Satpol PP. Jalan Ijen lebih rapi dan aman untuk pengendara.",
    on="nw3",
)
N(
    "2024-01-16 08:00",
    "m3.fb",
    "post",
    "Baliho caleg nutupin rambu lalu lintas di perempatan Blimbing, bahaya buat pengendara. Sudah kami laporkan ke Panwascam.",
    alt="Baliho hijau menutupi rambu dilarang belok kanan",
    ocr="AGUS SALIM WICAKSONO CALEG DPRD KOTA MALANG PKB NO 1",
)
N(
    "2024-10-24 13:00",
    "m1.fb",
    "post",
    "APK paslon 1 dipasang di pagar kantor kecamatan. Sudah kami koordinasikan dengan Panwascam untuk diturunkan, kantor pemerintah harus steril.",
    alt="Banner di pagar kantor kecamatan",
    ocr="WAHYU - ENDANG NO 1 MALANG MAKIN OYI",
)
N(
    "2024-01-28 06:00",
    "k1.x",
    "post",
    "Hujan deras semalam, baliho capres roboh menimpa warung. Semoga pemasangnya tanggung jawab 😔",
    alt="Baliho bergambar pasangan calon tergeletak di atas atap warung yang penyok",
)
N(
    "2024-11-03 10:00",
    "m3.tt",
    "post",
    "Rekayasa lalu lintas kampanye akbar paslon 2 di Stadion Gajayana hari Minggu. Hindari Jalan Tenes dan Semeru ya 🚦",
    alt="Video peta rute pengalihan arus",
)
N(
    "2024-02-02 11:00",
    "m2.ig",
    "post",
    "Posko kesehatan siaga di area kampanye akbar hari ini, tim kami siap 24 jam 🩺",
    alt="Tenda putih berlogo Dinas Kesehatan Kota Malang",
)
N(
    "2024-01-04 19:00",
    "g2.fb",
    "post",
    "Kalender 2024 ti Puskesmas tos sumping, eusina jadwal posyandu sareng imunisasi 💉",
    alt="Kalender dinding bergambar tenaga kesehatan",
    ocr="KALENDER 2024 UPTD PUSKESMAS CILAWU JADWAL POSYANDU",
)
N(
    "2024-01-03 17:00",
    "k3.ig",
    "post",
    "Kalender caleg bekas dijadiin sampul buku tulis anak-anak 😂 daur ulang ala emak",
    alt="Buku tulis disampul kertas kalender bergambar wajah-wajah caleg",
)
N(
    "2024-01-07 16:00",
    "k1.ig",
    "post",
    "Stiker 'Baby on Board' udah nempel di mobil 🚼 hati-hati ya yang di belakang",
    alt="Stiker kuning bergambar bayi di kaca belakang mobil",
)
N(
    "2024-11-14 06:30",
    "m3.fb",
    "post",
    "Topi dan rompi petugas Dishub baru, siap Operasi Zebra Semeru 2024 🦺",
    alt="Petugas berompi hijau stabilo dan topi biru berlogo Dishub",
)
N(
    "2024-10-27 15:00",
    "g3.ig",
    "post",
    "Spanduk di depan rumah buat hajatan nikahan adik 💍 mohon doanya",
    alt="Spanduk bertuliskan 'The Wedding of Dina & Fajar 27.10.2024'",
)
N(
    "2024-01-19 20:00",
    "g1.ig",
    "post",
    "Kaos bergambar Doraemon buat si bungsu, dia seneng pisan 💙",
    alt="Anak kecil memakai kaos biru bergambar Doraemon",
)
N(
    "2024-10-05 08:00",
    "g2.x",
    "post",
    "Jersey nomor 2 anyar, siap fun football antar-OPD Pemkab Garut ⚽",
    alt="Kaos bola oranye bernomor punggung 2",
)
N(
    "2024-11-25 10:00",
    "g1.fb",
    "post",
    "Pasang twibbon Hari Guru Nasional heula 🙏 Guru hebat, Indonesia kuat",
    alt="Foto profil wanita berkerudung dalam bingkai biru",
    ocr="SELAMAT HARI GURU NASIONAL 25 NOVEMBER 2024 GURU HEBAT INDONESIA KUAT",
)
N(
    "2024-11-29 07:00",
    "k3.fb",
    "post",
    "Ganti bingkai foto profil dulu, HUT KORPRI ke-53 🇮🇩",
    alt="Foto profil dalam bingkai biru berlogo KORPRI",
    ocr="HUT KORPRI KE-53 29 NOVEMBER 2024 ASN BERAKHLAK BANGGA MELAYANI BANGSA",
)
N(
    "2024-01-31 12:00",
    "k2.fb",
    "post",
    "Kaos 'ASN Netral' ti kantor, dianggo dina apel énjing 👍",
    alt="Pria memakai kaos putih bertuliskan ASN NETRAL PEMILU 2024",
)
N(
    "2024-10-09 11:00",
    "m1.ig",
    "post",
    "Tim pemenangan lomba cerdas cermat SMP kami 🏆 bangga sama adik-adik!",
    alt="Siswa SMP berseragam putih biru memegang piala juara 1",
)
N(
    "2024-01-25 13:00",
    "k1.x",
    "post",
    "Koruptornya keluar pakai rompi oranye KPK sambil senyum. Gak malu apa ya 🙄",
)
N(
    "2024-11-06 18:00",
    "g2.fb",
    "post",
    "Aya nu ngabagikeun kaos gratis di CFD bari ngajak milih. Awas politik uang, lapor ka Bawaslu!",
    alt="Tumpukan kaos di atas meja lipat di trotoar",
)

# --- neutrality posters, pledges, reports of violations -------------------------------------
N(
    "2024-01-08 08:00",
    "k2.fb",
    "post",
    "Pangéling-ngéling kanggo rerencangan ASN 🙏",
    alt="Poster netralitas ASN dengan ilustrasi tangan mengepal",
    ocr="ASN NETRAL! DILARANG BERFOTO DENGAN POSE JARI YANG MENUNJUKKAN DUKUNGAN: SATU, DUA ATAU TIGA JARI. DILARANG MEMASANG APK, MEMAKAI ATRIBUT PASLON",
)
N(
    "2024-01-10 07:30",
    "g3.x",
    "post",
    "ASN netral: no satu jari, no dua jari, no tiga jari. Foto kantor pakai jempol aja 👍 #ASNNetral",
)
N(
    "2024-10-01 09:00",
    "g3.ig",
    "post",
    "Deklarasi netralitas ASN Pemkab Garut énjing ieu. ASN netral, Garut kondusif 🇮🇩",
    alt="Ratusan pegawai berseragam mengangkat tangan kanan mengucap ikrar di alun-alun",
    ocr="IKRAR NETRALITAS ASN PEMKAB GARUT PILKADA 2024",
)
N(
    "2024-01-12 09:00",
    "m1.ig",
    "post",
    "Apel netralitas ASN Kecamatan Lowokwaru. Pose foto wajib: jempol 👍",
    alt="Foto bersama pegawai kecamatan mengacungkan jempol",
)
N(
    "2024-01-23 21:00",
    "k1.x",
    "post",
    "Sudah saya laporkan ke Bawaslu: ada kepala sekolah foto pose dua jari bareng guru-guru pakai seragam dinas. Tolong ditindak.",
)
N(
    "2024-01-30 15:00",
    "g2.x",
    "quote",
    "Jadi pelajaran, hati-hati pose foto ya rekan-rekan ASN. Jempol aja 👍",
    on="nw4",
)
N(
    "2024-10-02 10:00",
    "g3.x",
    "share",
    "Rerencangan, upami mendakan pelanggaran netralitas, tiasa dilaporkeun kieu caranana 👇",
    on="nw6",
)
N(
    "2024-11-07 20:00",
    "m2.th",
    "post",
    "Ada yang bagi-bagi amplop bergambar paslon 2 di kampungku. Sudah aku foto dan laporkan ke Bawaslu. Jangan mau dibeli!",
    alt="Amplop putih bergambar pasangan calon di atas meja",
)
N(
    "2024-01-20 19:00",
    "k3.x",
    "post",
    "Kok ada camat foto dua jari di acara resmi? Ini jelas melanggar netralitas ASN, semoga Bawaslu bertindak.",
)
N(
    "2024-11-15 08:00",
    "k2.fb",
    "post",
    "Sosialisasi: ASN dilarang masang stiker paslon di kendaraan dinas, dilarang ngagem kaos paslon, dilarang pose jari. Mangga dibagikeun.",
    ocr="LARANGAN BAGI ASN PILKADA SERENTAK 2024 1. MEMASANG ATRIBUT 2. BERFOTO DENGAN PASLON 3. POSE JARI 4. LIKE/KOMEN/SHARE AKUN PASLON",
)
N(
    "2024-10-15 09:00",
    "g1.fb",
    "post",
    "Di grup guru aya nu nyebarkeun twibbon paslon. Punten, urang ASN kedah netral, mangga dihapus 🙏",
    group="grp.guru",
)
N(
    "2024-02-12 08:00",
    "m1.fb",
    "post",
    "Masa tenang: tim kecamatan bersama Panwascam menurunkan APK semua paslon di Lowokwaru. Terima kasih semua pihak.",
    alt="Petugas menurunkan baliho dari tiang listrik",
)

# --- televised debates, neutral election information, quick counts --------------------------
N(
    "2024-01-21 22:00",
    "g2.fb",
    "post",
    "Nonton debat cawapres sareng kulawarga. Sadayana gaduh poin anu saé, mangga dipilih nu pang cocogna numutkeun haté masing-masing.",
    alt="Layar televisi menampilkan tiga calon wakil presiden di panggung debat",
    ocr="DEBAT KEEMPAT PILPRES 2024 01 MUHAIMIN 02 GIBRAN 03 MAHFUD",
)
N(
    "2024-11-13 21:30",
    "m2.ig",
    "post",
    "Nonton debat publik Pilwalkot Malang. Semoga warga memilih dengan cerdas, bukan karena amplop.",
    alt="Layar TV menampilkan dua pasangan calon",
    ocr="DEBAT PUBLIK PILWALKOT MALANG 2024 PASLON 1 WAHYU - ENDANG PASLON 2 BAMBANG - DEWI",
)
N(
    "2024-02-13 19:00",
    "k2.fb",
    "post",
    "Surat suara pilpres: 01 Anies-Muhaimin, 02 Prabowo-Gibran, 03 Ganjar-Mahfud. Pelajari dulu sebelum ke TPS, coblos satu saja biar sah.",
    alt="Contoh surat suara pilpres dengan tiga kolom pasangan calon",
)
N(
    "2024-02-14 17:00",
    "g3.x",
    "post",
    "Quick count sementara: 01 24%, 02 58%, 03 18%. Tunggu hasil resmi KPU, hormati apa pun hasilnya 🙏",
)
N("2024-11-27 16:00", "m2.x", "share", "Tunggu hasil resmi KPU ya, rek. Tetap guyub.", on="nw5")
N(
    "2024-11-26 20:00",
    "g1.fb",
    "post",
    "Kanggo warga RW 05: TPS 03 dipindahkeun ka madrasah. Tong hilap candak KTP sareng undangan C6.",
    ocr="TPS 03 DESA SUKAKARYA PILKADA GARUT 27 NOVEMBER 2024",
)
N(
    "2024-01-29 13:00",
    "k3.x",
    "reply",
    "Pilihan itu rahasia, yang penting datang ke TPS 14 Februari 🙂",
    on="q3",
)
N("2024-11-18 21:00", "m2.ig", "comment", "Aku sih rahasia yaa 🤫 yang penting nyoblos", on="q2")
N(
    "2024-01-26 21:30",
    "k2.fb",
    "reply",
    "Abdi mah ASN, teu kenging ngacung 😁 nu penting sumping ka TPS",
    on="q1",
)
N(
    "2024-01-22 22:30",
    "k1.x",
    "quote",
    "Debatnya seru, tapi aku belum menentukan pilihan. Mau baca visi misi dulu.",
    on="nw2",
)
N(
    "2024-01-19 12:00",
    "k3.x",
    "quote",
    "Survei cuma potret sesaat. Yang penting datang ke TPS dan jaga suaramu.",
    on="nw1",
)
N(
    "2024-02-14 08:00",
    "k2.yt",
    "post",
    "Video: suasana TPS 02 Kelurahan Cibeunying pagi ini, antrean tertib",
    alt="Video warga mengantre di TPS",
)

# --- under candidates' posts: questions, complaints, condolences, neutral remarks -----------
N(
    "2024-01-22 10:00",
    "k1.x",
    "reply",
    "Pak, anggarannya dari pos mana? Jangan sampai memotong dana BOS dan tunjangan guru.",
    on="pP4",
)
N(
    "2024-01-08 09:00",
    "k3.x",
    "reply",
    "Pak, sumber data kemiskinan yang bapak pakai tadi dari BPS tahun berapa ya?",
    on="pP5",
)
N(
    "2023-12-05 11:00",
    "g3.x",
    "quote",
    "40 kota setara Jakarta, anggarannya dari mana? Mohon dijelaskan rinci.",
    on="pP6",
)
N(
    "2024-01-05 09:00",
    "m3.fb",
    "comment",
    "Setuju, pemilu damai. Jangan sampai tetangga musuhan gara-gara beda pilihan 🙏",
    on="pP10",
)
N(
    "2024-11-04 08:00",
    "g2.fb",
    "comment",
    "Kang, jalan ka Cikajang ruksak parah. Mangga diperhatoskeun saha waé nu kapilih engké.",
    on="pG4",
)
N(
    "2024-11-05 08:30",
    "m2.ig",
    "post",
    "Turut prihatin untuk warga Sawojajar yang terdampak banjir. Posko kesehatan Dinkes buka 24 jam di balai RW 07.",
    alt="Petugas kesehatan memeriksa lansia di balai warga",
)
N(
    "2024-11-05 09:00",
    "m1.fb",
    "comment",
    "Turut prihatin, semoga banjir Sawojajar cepat surut dan warga diberi kesabaran 🤲",
    on="pM3",
)
N(
    "2024-10-22 16:00",
    "m2.ig",
    "post",
    "Posyandu lansia itu program bagus, tapi kader posyandu honornya juga harus dipikirkan. Siapa pun walikotanya nanti.",
)
N(
    "2024-10-22 17:00",
    "m3.fb",
    "comment",
    "Pak, posyandu lansia di RW kami sudah ada sejak 2019. Yang kurang itu tensimeter dan kadernya.",
    on="pM5",
)
N(
    "2024-10-15 13:00",
    "g1.ig",
    "comment",
    "Punten Kang, sakola SD di Tarogong seueur nu bocor hateupna. Mugia kapayun diperhatoskeun.",
    on="pG2",
)
N(
    "2024-10-10 11:00",
    "m2.ig",
    "comment",
    "Pak, parkir liar di sekitar Lowokwaru mohon jadi perhatian ya, siapa pun yang terpilih nanti.",
    on="pM1",
)
N("2023-08-17 11:00", "k3.ig", "comment", "Dirgahayu RI ke-78 🇮🇩 Merdeka!", on="pP13")
N(
    "2024-11-01 20:00",
    "m1.ig",
    "post",
    "Jingle kampanye diputar pakai sound horeg jam 11 malam di depan rumah. Tolong lah, ada bayi tidur 😩",
    alt="Mobil bak terbuka dengan tumpukan speaker besar di jalan kampung",
)

# --- criticism, sarcasm ---------------------------------------------------------------------
N(
    "2024-01-26 12:00",
    "k3.ig",
    "post",
    "Kampanye pakai anak-anak joget gemoy itu nggak mendidik. Anak bukan alat kampanye, siapa pun paslonnya.",
)
N(
    "2024-02-07 21:00",
    "g2.x",
    "post",
    "Satu jari, dua jari, tiga jari... ujung-ujungnya rakyat tetap gigit jari 🙄",
)
N(
    "2024-01-18 20:00",
    "k1.x",
    "post",
    "Dua jari? Tiga jari? Satu jari? Saya pilih jempol buat pelayanan publik yang cepat 👍",
)
N(
    "2024-11-08 07:00",
    "g3.x",
    "post",
    "Tiap tikungan di Garut ayeuna pinuh ku baliho. Tangkal kai ogé dipaku. Karunya tangkalna 🌳",
)
N(
    "2024-01-13 10:00",
    "k1.ig",
    "post",
    "Stop pasang stiker paslon di tiang listrik dan rambu, bikin kota kumuh. Setelah pemilu siapa yang nyopot?",
    alt="Tiang listrik penuh stiker bertumpuk",
)
N(
    "2024-11-20 19:00",
    "m3.fb",
    "post",
    "Baliho ukuran 4x6 meter di bundaran Tugu iku mbebayani nek ono angin. Dishub wis nyurati KPU.",
    alt="Baliho besar miring di tepi bundaran",
)


# ============================================================================================
# A: genuinely ambiguous (reported, not scored)
# ============================================================================================

A(
    "PRES2",
    "2024-01-20 14:00",
    "k3.ig",
    "post",
    "Kompak selalu Bidang Rehsos 😁",
    alt="Foto bersama delapan pegawai berseragam di ruang rapat, semua mengacungkan dua jari",
)
A(
    "GRT2",
    "2024-10-30 07:00",
    "g2.fb",
    "post",
    "Kerja bakti di RW, maké kaos pemberian tatangga 😁",
    alt="Pria memakai kaos kuning bergambar wajah Cecep dan Euis sedang membersihkan selokan",
)
A(
    "PRES3",
    "2024-01-01 00:10",
    "k1.ig",
    "post",
    "Tiga jari 🤟 buat kalian yang udah nemenin aku sepanjang 2023. Love you!",
    alt="Swafoto malam tahun baru dengan kembang api, tangan membentuk tiga jari",
)
A(
    "PRES2",
    "2024-02-14 11:00",
    "m2.ig",
    "post",
    "Sudah nyoblos, yang penting hatiku ✌️",
    alt="Jari kelingking bertinta ungu, tangan membentuk dua jari",
)
A(
    "MLG1",
    "2024-11-27 10:00",
    "m3.fb",
    "post",
    "Wes nyoblos ☝️ Oyi!",
    alt="Jari kelingking bertinta ungu, telunjuk teracung",
)


# ============================================================================================
# O: C-like texts about candidates only, outside every election window
# ============================================================================================

O(
    "PRES1",
    "2023-04-10 20:00",
    "g1.fb",
    "post",
    "Pak Anies pantes jadi presiden, cerdas tur santun. Mugia dipaparin jalan 🤲",
)
O("PRES2", "2025-01-20 19:00", "k1.ig", "post", "Mas Gibran idola anak muda 😍 semangat terus Mas!")
O(
    "GRT1",
    "2024-07-10 20:00",
    "g3.ig",
    "post",
    "Kang Asep Saepul Rohman cocok pisan mingpin Garut, urang doakeun sing lancar 🙏",
)
O(
    "MLG1",
    "2024-06-20 08:00",
    "m1.fb",
    "post",
    "Pak Wahyu Hidayatullah orangnya sumeh dan merakyat, semoga jadi maju walikota 🙏",
)
O("PRES3", "2025-03-05 21:00", "k3.x", "post", "Pak Ganjar tetap di hati. Sehat selalu, Pak 🙏")
O(
    "PRES3",
    "2023-08-17 12:00",
    "m2.ig",
    "comment",
    "Sehat selalu Pak Ganjar, ditunggu gebrakannya untuk Indonesia 🔥",
    on="pP13",
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
        return f"C{n:04d}xPrs{n * 37 % 1000:03d}"
    if plat == "tt":
        return str(7_400_000_000_000_000_000 + n * 1_234_567)
    if plat == "yt":
        return f"UgzPrs{n:05d}Kw"
    return f"DA{n:05d}thr"


def parent_id(plat: str, key: str) -> str:
    n = sum(ord(ch) * (i + 1) for i, ch in enumerate(key))
    if plat == "yt":
        return f"vPrs{n:07d}"
    if plat == "ig":
        return f"DBp{n:06d}Ps"
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
        "name: Probe political.campaign – hand signs, props, hashtags, slogans, ballot numbers\n"
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
    with tempfile.TemporaryDirectory(prefix="netra-probe-props-signs-") as tmp:
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
