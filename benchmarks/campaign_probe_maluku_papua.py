# ruff: noqa: E501
"""Out-of-sample probe of the political.campaign detector: Maluku, Papua and Pontianak pilkada.

World (every person invented; only national parties and their 2024 ballot numbers are public
facts):
- an invented Pilgub Maluku 2024 (region 81, three pairs: FRANUR no. 1, HENDRIS no. 2,
  DAROS no. 3) and an invented Pilwalkot Ambon 2024 (81.71, JAMAN no. 1, SEMFA no. 2), written
  in Ambonese Malay (beta, ale, katong, seng, su, par, pung, basudara, pela gandong);
- an invented Pilwalkot Jayapura 2024 (91.71, MELHAS no. 1 with the sitting mayor, YOSRUTH
  no. 2 from the independent route, ALTRIS no. 3), written in Papuan Malay (sa, ko, kitong,
  torang, tra, mace, pace, adik kaka, mantap sudah);
- an invented Pilwalkot Pontianak 2024 (61.71, Edi-Ramli no. 1, YONA no. 2 with a Dayak
  mayoral candidate, SUBUR no. 3 with a Chinese-Indonesian one), written in Pontianak Malay
  (kamek, kitak, bah, ndak, ngape), with Tionghoa and Dayak voices;
- two invented DPRD candidates (Golkar no. 3 for DPRD Maluku, PSI no. 2 for DPRD Kota
  Jayapura) in the 2024 legislative election, and eleven real national parties (political at
  all times);
- nine invented civil servants with declared accounts, writing their own posts, comments,
  replies, quotes and image posts (alt text, OCR text).

Labels:
- C: the employee's own words, inside the right neutrality window (or about a party, at any
  time), campaigning for or showing support of a target; `tg` lists the targets a correct
  finding may name.
- N: close but not campaigning: neutral election talk, news, neutrality reminders quoting the
  forbidden gestures, questions and criticism under candidates' posts, jokes, sarcasm,
  namesakes of candidates, the same numbers or slogan words in another sense, other contests,
  official events with the sitting mayor or vice-governor, condolences, religious greetings.
- A: genuinely ambiguous (reported, not scored).
- O: C-like texts naming only candidates (no party, no number), posted outside every window
  (should not be flagged as political.campaign).

All texts, labels and dates were written before the first run of this probe and were not
edited after seeing the detector's output. Only harness / format bugs may be fixed.

Usage:
    .venv/bin/python benchmarks/campaign_probe_maluku_papua.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

NETRA = str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra")

# ---------------------------------------------------------------------------------------------
# Elections: Pilkada 2024 and the 2024 legislative election (invented contests, real calendar)
# ---------------------------------------------------------------------------------------------
PILKADA_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-27", "2024-12-16"),
    ("result", "2024-12-17", "2024-12-20"),
]
PILEG_STAGES = [
    ("candidacy", "2023-05-01", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-14", "2024-03-10"),
    ("result", "2024-03-11", "2024-03-20"),
]
ELECTIONS = [
    (
        "PGUB81",
        "Pemilihan Gubernur dan Wakil Gubernur Maluku 2024",
        "regional_head",
        "81",
        PILKADA_STAGES,
    ),
    (
        "PWK8171",
        "Pemilihan Wali Kota dan Wakil Wali Kota Ambon 2024",
        "regional_head",
        "81.71",
        PILKADA_STAGES,
    ),
    (
        "PWK9171",
        "Pemilihan Wali Kota dan Wakil Wali Kota Jayapura 2024",
        "regional_head",
        "91.71",
        PILKADA_STAGES,
    ),
    (
        "PWK6171",
        "Pemilihan Wali Kota dan Wakil Wali Kota Pontianak 2024",
        "regional_head",
        "61.71",
        PILKADA_STAGES,
    ),
    ("PLEG81", "Pemilu 2024 - DPRD Provinsi Maluku", "legislative", "81", PILEG_STAGES),
    ("PLEG9171", "Pemilu 2024 - DPRD Kota Jayapura", "legislative", "91.71", PILEG_STAGES),
]
WINDOWS = {
    eid: (
        dt.date.fromisoformat(min(s[1] for s in st)),
        dt.date.fromisoformat(max(s[2] for s in st)),
    )
    for eid, _n, _c, _r, st in ELECTIONS
}

# ---------------------------------------------------------------------------------------------
# Political actors: (target_id, name, kind, election_id, ballot_number, party, handle stem)
# ---------------------------------------------------------------------------------------------
ACTORS = [
    # Pilgub Maluku
    (
        "T-GUB1A",
        "Drs. Fransiskus Tahapary, M.Si.",
        "candidate",
        "PGUB81",
        "1",
        "PDI-P; PKB",
        "frans.tahapary",
    ),
    (
        "T-GUB1B",
        "Hj. Nurlela Tuanaya, S.H.",
        "candidate",
        "PGUB81",
        "1",
        "PDI-P; PKB",
        "nurlela.tuanaya",
    ),
    (
        "T-GUB2A",
        "Ir. Hendrik Lekatompessy, M.T.",
        "candidate",
        "PGUB81",
        "2",
        "Golkar; Gerindra",
        "hendrik.lekatompessy",
    ),
    (
        "T-GUB2B",
        "Dr. Ismail Sangadji, M.Pd.",
        "candidate",
        "PGUB81",
        "2",
        "Golkar; Gerindra",
        "ismail.sangadji",
    ),
    (
        "T-GUB3A",
        "Daniel Titaley, S.IP.",
        "candidate",
        "PGUB81",
        "3",
        "NasDem; PKS; Demokrat",
        "daniel.titaley",
    ),
    (
        "T-GUB3B",
        "Rosalina Hehanussa, S.E.",
        "candidate",
        "PGUB81",
        "3",
        "NasDem; PKS; Demokrat",
        "rosa.hehanussa",
    ),
    (
        "T-TIM-GUB2",
        "Tim Pemenangan HENDRIS Provinsi Maluku",
        "campaign_team",
        "PGUB81",
        "",
        "",
        "timhendris.maluku",
    ),
    ("T-REL-GUB3", "Relawan Sahabat DAROS", "campaign_team", "PGUB81", "", "", "sahabat.daros"),
    # Pilwalkot Ambon
    (
        "T-AMB1A",
        "Jacky Pelupessy, S.H., M.H.",
        "candidate",
        "PWK8171",
        "1",
        "PDI-P; PAN",
        "jacky.pelupessy",
    ),
    (
        "T-AMB1B",
        "Rahman Lestaluhu, S.Ag.",
        "candidate",
        "PWK8171",
        "1",
        "PDI-P; PAN",
        "rahman.lestaluhu",
    ),
    (
        "T-AMB2A",
        "dr. Semuel Watimury, M.Kes.",
        "candidate",
        "PWK8171",
        "2",
        "Golkar; Gerindra; PSI",
        "semy.watimury",
    ),
    (
        "T-AMB2B",
        "Fadli Ohorella, S.T.",
        "candidate",
        "PWK8171",
        "2",
        "Golkar; Gerindra; PSI",
        "fadli.ohorella",
    ),
    ("T-REL-AMB2", "Relawan Sahabat Om Semy", "campaign_team", "PWK8171", "", "", "sahabat.omsemy"),
    # Pilwalkot Jayapura
    (
        "T-JAP1A",
        "Dr. Melkias Ayomi, M.Si.",
        "candidate",
        "PWK9171",
        "1",
        "Golkar; PKB",
        "melkias.ayomi",
    ),
    (
        "T-JAP1B",
        "Hasanudin Rahayaan, S.E.",
        "candidate",
        "PWK9171",
        "1",
        "Golkar; PKB",
        "hasan.rahayaan",
    ),
    ("T-JAP2A", "Yosua Kogoya, S.Sos.", "candidate", "PWK9171", "2", "", "yosua.kogoya"),
    ("T-JAP2B", "Ruth Rumbewas, S.H.", "candidate", "PWK9171", "2", "", "ruth.rumbewas"),
    (
        "T-JAP3A",
        "Alfons Rumbiak, S.T.",
        "candidate",
        "PWK9171",
        "3",
        "NasDem; Perindo; PDI-P",
        "alfons.rumbiak",
    ),
    (
        "T-JAP3B",
        "Ir. Sutrisno Hadi",
        "candidate",
        "PWK9171",
        "3",
        "NasDem; Perindo; PDI-P",
        "sutrisno.hadi.jpr",
    ),
    ("T-TIM-JAP2", "Tim Relawan YOSRUTH", "campaign_team", "PWK9171", "", "", "relawan.yosruth"),
    # Pilwalkot Pontianak
    (
        "T-PTK1A",
        "H. Edi Rusdiansyah, S.E.",
        "candidate",
        "PWK6171",
        "1",
        "Gerindra; PKS",
        "edi.rusdiansyah",
    ),
    ("T-PTK1B", "Uray Ramli, S.H.", "candidate", "PWK6171", "1", "Gerindra; PKS", "uray.ramli"),
    (
        "T-PTK2A",
        "Dr. Yohanes Nyangun, M.Si.",
        "candidate",
        "PWK6171",
        "2",
        "PDI-P; Hanura",
        "yohanes.nyangun",
    ),
    (
        "T-PTK2B",
        "Hj. Syarifah Nurhaliza, S.Pd.",
        "candidate",
        "PWK6171",
        "2",
        "PDI-P; Hanura",
        "syarifah.nurhaliza",
    ),
    ("T-PTK3A", "Ir. Surya Kho", "candidate", "PWK6171", "3", "NasDem; PSI; Perindo", "surya.kho"),
    (
        "T-PTK3B",
        "Budi Aswandi, S.Pd.",
        "candidate",
        "PWK6171",
        "3",
        "NasDem; PSI; Perindo",
        "budi.aswandi",
    ),
    (
        "T-REL-PTK3",
        "Relawan Ko Surya Bersatu",
        "campaign_team",
        "PWK6171",
        "",
        "",
        "relawan.kosurya",
    ),
    # DPRD candidates (2024 legislative election)
    (
        "T-CLG1",
        "Welhelmina Tutupary, S.Th.",
        "candidate",
        "PLEG81",
        "3",
        "Golkar",
        "usiwely.tutupary",
    ),
    ("T-CLG2", "Otniel Wonda, S.IP.", "candidate", "PLEG9171", "2", "PSI", "otniel.wonda"),
    # National parties (political at all times)
    ("T-P-PKB", "Partai Kebangkitan Bangsa (PKB)", "party", "", "1", "PKB", "pkb.maluku"),
    (
        "T-P-GER",
        "Partai Gerakan Indonesia Raya (Gerindra)",
        "party",
        "",
        "2",
        "Gerindra",
        "gerindra.kalbar",
    ),
    (
        "T-P-PDIP",
        "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
        "party",
        "",
        "3",
        "PDI-P",
        "pdiperjuangan.kalbar",
    ),
    ("T-P-GOL", "Partai Golongan Karya (Golkar)", "party", "", "4", "Golkar", "golkar.maluku"),
    ("T-P-NAS", "Partai NasDem", "party", "", "5", "NasDem", "nasdem.papua"),
    ("T-P-PKS", "Partai Keadilan Sejahtera (PKS)", "party", "", "8", "PKS", "pks.kalbar"),
    ("T-P-HAN", "Partai Hati Nurani Rakyat (Hanura)", "party", "", "10", "Hanura", "hanura.kalbar"),
    ("T-P-PAN", "Partai Amanat Nasional (PAN)", "party", "", "12", "PAN", "pan.maluku"),
    ("T-P-DEM", "Partai Demokrat", "party", "", "14", "Demokrat", "demokrat.maluku"),
    ("T-P-PSI", "Partai Solidaritas Indonesia (PSI)", "party", "", "15", "PSI", "psi.papua"),
    ("T-P-PER", "Partai Perindo", "party", "", "16", "Perindo", "perindo.kalbar"),
]
ACTOR_IDS = {a[0] for a in ACTORS}
ACTOR_EL = {a[0]: a[3] for a in ACTORS}
TARGET_PLATFORMS = ["facebook", "instagram", "x", "tiktok"]

# What a monitoring team would list: nicknames, pair acronyms, hashtags, slogans; not every
# phrase a supporter might write.
KEYWORDS = [
    ("T-GUB1A", "Bung Frans"),
    ("T-GUB1A", "FRANUR"),
    ("T-GUB1A", "#FRANUR1"),
    ("T-GUB1A", "Maluku Bangkit"),
    ("T-GUB1B", "Usi Lela"),
    ("T-GUB2A", "Om Hendrik"),
    ("T-GUB2A", "HENDRIS"),
    ("T-GUB2A", "#HENDRIS2"),
    ("T-GUB2A", "Maluku Manise Maju"),
    ("T-GUB3A", "Bung Dani"),
    ("T-GUB3A", "DAROS"),
    ("T-GUB3A", "#DAROS3"),
    ("T-GUB3A", "Satu Hati Par Maluku"),
    ("T-GUB3B", "Usi Ros"),
    ("T-REL-GUB3", "Sahabat DAROS"),
    ("T-AMB1A", "Bung Jacky"),
    ("T-AMB1A", "JAMAN"),
    ("T-AMB1A", "#JAMAN1"),
    ("T-AMB1A", "Ambon Par Samua"),
    ("T-AMB2A", "Om Semy"),
    ("T-AMB2A", "SEMFA"),
    ("T-AMB2A", "#SEMFA2"),
    ("T-AMB2A", "Ambon Makin Bae"),
    ("T-REL-AMB2", "Sahabat Om Semy"),
    ("T-JAP1A", "Bapa Mel"),
    ("T-JAP1A", "MELHAS"),
    ("T-JAP1A", "#MELHAS1"),
    ("T-JAP1A", "Jayapura Penuh Berkat"),
    ("T-JAP2A", "Kaka Yos"),
    ("T-JAP2A", "YOSRUTH"),
    ("T-JAP2A", "#YOSRUTH2"),
    ("T-JAP2A", "Torang Bisa"),
    ("T-JAP3A", "Om Alfons"),
    ("T-JAP3A", "ALTRIS"),
    ("T-JAP3A", "#ALTRIS3"),
    ("T-JAP3A", "Jayapura Bersinar"),
    ("T-PTK1A", "Bang Edi"),
    ("T-PTK1A", "#ERA1"),
    ("T-PTK1A", "Era Baru Pontianak"),
    ("T-PTK2A", "Pak Nyangun"),
    ("T-PTK2A", "YONA"),
    ("T-PTK2A", "#YONA2"),
    ("T-PTK2A", "Pontianak Adil Sejahtera"),
    ("T-PTK3A", "Ko Surya"),
    ("T-PTK3A", "Kho Sun Lie"),
    ("T-PTK3A", "SUBUR"),
    ("T-PTK3A", "#SUBUR3"),
    ("T-REL-PTK3", "Relawan Ko Surya"),
    ("T-CLG1", "Usi Wely"),
    ("T-CLG2", "Kaka Niel"),
    ("T-CLG2", "#OtnielWonda"),
    ("T-P-GOL", "Suara Golkar Suara Rakyat"),
    ("T-P-PDIP", "Salam Metal"),
    ("T-P-NAS", "Restorasi Indonesia"),
]

# ---------------------------------------------------------------------------------------------
# Agencies and employees (invented)
# ---------------------------------------------------------------------------------------------
AGENCIES = [
    ("PEMPROV-81", "Pemerintah Provinsi Maluku", "", "81"),
    ("DISDIK-81", "Dinas Pendidikan Provinsi Maluku", "PEMPROV-81", "81"),
    ("BPBD-81", "Badan Penanggulangan Bencana Daerah Provinsi Maluku", "PEMPROV-81", "81"),
    ("PEMKOT-8171", "Pemerintah Kota Ambon", "", "81.71"),
    ("DINKES-8171", "Dinas Kesehatan Kota Ambon", "PEMKOT-8171", "81.71"),
    (
        "KOMINFO-8171",
        "Dinas Komunikasi, Informatika dan Persandian Kota Ambon",
        "PEMKOT-8171",
        "81.71",
    ),
    ("PEMKOT-9171", "Pemerintah Kota Jayapura", "", "91.71"),
    (
        "BPKAD-9171",
        "Badan Pengelolaan Keuangan dan Aset Daerah Kota Jayapura",
        "PEMKOT-9171",
        "91.71",
    ),
    ("DISDIK-9171", "Dinas Pendidikan Kota Jayapura", "PEMKOT-9171", "91.71"),
    ("PEMKOT-6171", "Pemerintah Kota Pontianak", "", "61.71"),
    ("KEC-PTKB-6171", "Kecamatan Pontianak Barat", "PEMKOT-6171", "61.71"),
    ("DLH-6171", "Dinas Lingkungan Hidup Kota Pontianak", "PEMKOT-6171", "61.71"),
    ("PEMPROV-61", "Pemerintah Provinsi Kalimantan Barat", "", "61"),
    ("BAPENDA-61", "Badan Pendapatan Daerah Provinsi Kalimantan Barat", "PEMPROV-61", "61"),
]

PEOPLE: dict[str, dict] = {
    "jo": {
        "nip": "197603142001031004",
        "name": "Johanis Christian Latuheru, S.Pd., M.Pd.",
        "agency": "DISDIK-81",
        "unit": "Bidang Pembinaan SMA",
        "position": "Kepala Seksi Kurikulum SMA",
        "region": "81",
        "display": "Bung Jo Latuheru",
        "bio": "Guru & ASN Dinas Pendidikan Prov. Maluku | Passo | Tuhan Yesus baik",
        "location": "Ambon, Maluku",
        "offset": "+09:00",
        "world": "MAL",
        "accounts": {
            "facebook": ("100008812340101", "jo.latuheru"),
            "instagram": ("5512340102", "bungjo_latuheru"),
        },
    },
    "mar": {
        "nip": "198809222014032001",
        "name": "Maria Magdalena Sahetapy, S.Kep., Ns.",
        "agency": "DINKES-8171",
        "unit": "UPTD Puskesmas Kudamati",
        "position": "Perawat Ahli Pertama",
        "region": "81.71",
        "display": "Mery Sahetapy",
        "bio": "Perawat Puskesmas | Nona Ambon 🌺",
        "location": "Kudamati, Ambon",
        "offset": "+09:00",
        "world": "MAL",
        "accounts": {"facebook": ("100009923450201", "mery.sahetapy")},
    },
    "dul": {
        "nip": "198201052008011003",
        "name": "Abdul Rahman Tuasikal, S.T.",
        "agency": "BPBD-81",
        "unit": "Bidang Kedaruratan dan Logistik",
        "position": "Analis Kebencanaan",
        "region": "81",
        "display": "Dullah Tuasikal",
        "bio": "BPBD Maluku | anak negeri Tulehu | salam-sarane basudara",
        "location": "Tulehu, Maluku Tengah",
        "offset": "+09:00",
        "world": "MAL",
        "accounts": {
            "facebook": ("100007734560301", "dullah.tuasikal"),
            "x": ("1337445566010", "dullah_tsk"),
        },
    },
    "nyo": {
        "nip": "199507302020121002",
        "name": "Stevy Wattimena, S.Kom.",
        "agency": "KOMINFO-8171",
        "unit": "Bidang Informasi dan Komunikasi Publik",
        "position": "Pranata Komputer Ahli Pertama",
        "region": "81.71",
        "display": "Nyong Stevy",
        "bio": "Anak Kudamati | admin konten | kopi + gitar",
        "location": "Ambon",
        "offset": "+09:00",
        "world": "MAL",
        "accounts": {
            "tiktok": ("6990012345670401", "nyongstevy"),
            "instagram": ("5598760402", "stevy.wattimena"),
        },
    },
    "nat": {
        "nip": "197912252005021001",
        "name": "Natalis Yoku, S.E.",
        "agency": "BPKAD-9171",
        "unit": "Bidang Perbendaharaan",
        "position": "Kepala Subbidang Belanja",
        "region": "91.71",
        "display": "Natalis Yoku",
        "bio": "Anak Sentani kerja di Kota | Tuhan baik",
        "location": "Jayapura, Papua",
        "offset": "+09:00",
        "world": "PAP",
        "accounts": {"facebook": ("100006645670501", "natalis.yoku")},
    },
    "tin": {
        "nip": "198404182009022003",
        "name": "Agustina Ansanay, S.Pd.",
        "agency": "DISDIK-9171",
        "unit": "SMP Negeri 2 Jayapura",
        "position": "Guru Ahli Muda",
        "region": "91.71",
        "display": "Mace Tina Ansanay",
        "bio": "Guru SMPN 2 Jayapura | mama dari 3 anak",
        "location": "Hamadi, Jayapura",
        "offset": "+09:00",
        "world": "PAP",
        "accounts": {
            "facebook": ("100005556780601", "tina.ansanay"),
            "instagram": ("5534560602", "macetina_ansanay"),
        },
    },
    "ura": {
        "nip": "199011072015032002",
        "name": "Uray Fitriani, S.Sos.",
        "agency": "KEC-PTKB-6171",
        "unit": "Seksi Pemerintahan",
        "position": "Analis Pemerintahan",
        "region": "61.71",
        "display": "Uray Fitri",
        "bio": "Anak Kampung Bali Pontianak | ngopi dulu baru kerje",
        "location": "Pontianak",
        "offset": "+07:00",
        "world": "PTK",
        "accounts": {
            "x": ("1337998877070", "urayfitri"),
            "instagram": ("5576540702", "uray.fitri"),
        },
    },
    "ign": {
        "nip": "198607192011011001",
        "name": "Ignatius Bujang, S.Hut.",
        "agency": "DLH-6171",
        "unit": "Bidang Pengelolaan Sampah",
        "position": "Pengendali Dampak Lingkungan",
        "region": "61.71",
        "display": "Ignas Bujang",
        "bio": "Urang Dayak Kanayatn | rimbawan | Arus!",
        "location": "Siantan, Pontianak",
        "offset": "+07:00",
        "world": "PTK",
        "accounts": {
            "facebook": ("100004467890801", "ignas.bujang"),
            "tiktok": ("6990098765430802", "bujang.talino"),
        },
    },
    "eli": {
        "nip": "198512032010012004",
        "name": "Erlina Tan, S.E., M.Ak.",
        "agency": "BAPENDA-61",
        "unit": "Bidang Pajak Daerah",
        "position": "Penelaah Teknis Kebijakan",
        "region": "61",
        "display": "Erlina Tan (Lina)",
        "bio": "Pajak daerah | Pontianak | kopi & kue bulan",
        "location": "Pontianak, Kalbar",
        "offset": "+07:00",
        "world": "PTK",
        "accounts": {
            "instagram": ("5521230902", "erlina.tan"),
            "facebook": ("100003378900901", "lina.tan.ptk"),
        },
    },
}
NEWS = {
    "MAL": ("7700100001", "kabarmaluku_terkini"),
    "PAP": ("7700200002", "suarajayapura_id"),
    "PTK": ("7700300003", "infopontianak_kini"),
}
USER_PREFIX = {"MAL": "nyong", "PAP": "sodara", "PTK": "kawan"}


def t(
    who: str,
    label: str,
    kind: str,
    form: str,
    text: str,
    *,
    on: str = "",
    tt: str = "",
    alt: str = "",
    ocr: str = "",
    tg: str = "",
    d: str = "",
    era: str = "pk",
) -> dict:
    """One hand-written item. `d` fixes the local date; else `era` (pk / pl) spreads it."""
    return {
        "who": who,
        "label": label,
        "kind": kind,
        "form": form,
        "text": text,
        "on": on,
        "tt": tt,
        "alt": alt,
        "ocr": ocr,
        "tg": tuple(tg.split()),
        "d": d,
        "era": era,
    }


# ---------------------------------------------------------------------------------------------
# Texts
# ---------------------------------------------------------------------------------------------
TEXTS: list[dict] = [
    # ===== jo: Johanis Latuheru, Dinas Pendidikan Prov. Maluku, Passo (Ambonese Malay) =====
    t(
        "jo",
        "C",
        "number",
        "post",
        "Basudara samua, 27 November nanti jang lupa e: coblos nomor 2 par Maluku pung gubernur. Om Hendrik deng Pak Ismail su tabukti karja! 🙏",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "C",
        "praise",
        "comment",
        "Mantap Om! Passo siap kawal sampe menang 🔥🔥",
        on="T-GUB2A",
        tt="Terima kasih masyarakat Passo atas sambutan luar biasa hari ini. Bersama kita wujudkan Maluku Manise Maju!",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "C",
        "ocr",
        "image",
        "Sore-sore mampir di posko, minum kopi deng basudara. Katong satu barisan!",
        alt="Beberapa pria berfoto di depan baliho pasangan calon, mengacungkan dua jari",
        ocr="HENDRIS — COBLOS NO. 2 — MALUKU MANISE MAJU",
        tg="T-GUB2A T-GUB2B T-TIM-GUB2",
    ),
    t(
        "jo",
        "C",
        "prayer",
        "post",
        "Tuhan Yesus berkati langkah Om Hendrik deng Pak Ismail. Katong doakan Maluku dapa pamimpin yang takut Tuhan. Amin 🙏 #HENDRIS2",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "C",
        "number",
        "reply",
        "Pengalaman apa bro 😂 Yang su tabukti cuma Om Hendrik. Pilih yang pasti-pasti sa, nomor 2!",
        on="user",
        tt="Nomor 1 paling layak lah, Bung Frans su pengalaman di DPR",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "C",
        "slogan",
        "comment",
        "Om Semy, beta deng satu rumah su siap coblos dua par wali kota. Ambon makin bae! 💪",
        on="T-AMB2A",
        tt="Hari ini katong blusukan di Passo dan Lateri. Terima kasih basudara!",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "jo",
        "C",
        "number",
        "quote",
        "Tipis-tipis dolo, tanggal 27 baru katong bikin tebal. Gas terus nomor 2! 💪",
        on="news",
        tt="Survei LSI Manise: HENDRIS unggul tipis atas DAROS di Kota Ambon",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "C",
        "party",
        "post",
        "Basudara di dapil Kota Ambon, 14 Februari jang lupa e: Golkar nomor 4, Usi Wely nomor 3! Perempuan Maluku pasti bisa 💛",
        tg="T-CLG1 T-P-GOL",
        era="pl",
    ),
    t(
        "jo",
        "C",
        "party",
        "post",
        "Bangga deng kader-kader muda beringin di Maluku, semangat dong luar biasa. Suara Golkar Suara Rakyat! 💛",
        tg="T-P-GOL",
        d="2024-06-20",
    ),
    t(
        "jo",
        "C",
        "hashtag",
        "post",
        "Jalan pagi di Natsepa sambil putar lagu 'HENDRIS Par Maluku' 🎶🌊 #HENDRIS2 #MalukuManiseMaju",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "C",
        "number",
        "comment",
        "Pak Ismail, guru-guru honor di Maluku Tengah tunggu bapa pung janji. Katong guru-guru siap coblos nomor dua! ✌️",
        on="T-GUB2B",
        tt="Guru adalah kunci. HENDRIS akan naikkan insentif guru honorer.",
        tg="T-GUB2B T-GUB2A",
    ),
    t(
        "jo",
        "C",
        "ocr",
        "image",
        "Su ganti foto profil 😁 Link twibbon di komentar, basudara ayo pasang!",
        alt="Foto profil dengan bingkai twibbon",
        ocr="SAYA DUKUNG HENDRIS • NO. 2 • MALUKU MANISE MAJU",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "C",
        "number",
        "post",
        "hendriss nomer 2 par maluku 💪💪 sapa lai kalo bukan om hendrik",
        tg="T-GUB2A T-GUB2B",
    ),
    t(
        "jo",
        "N",
        "reminder",
        "post",
        "Pengingat par teman-teman ASN: seng boleh foto deng paslon, seng boleh kasi angka jari 1, 2 atau 3, seng boleh like deng komen di akun calon. Jaga netralitas e, basudara! (SKB 5 Menteri)",
    ),
    t(
        "jo",
        "N",
        "neutral",
        "post",
        "Lusa tanggal 27, basudara samua pi TPS e. Pilih sesuai hati nurani, jang golput. Maluku manise butuh katong pung suara 🗳️",
        d="2024-11-25",
    ),
    t(
        "jo",
        "N",
        "number-other",
        "post",
        "Ibadah pagi di kantor tadi nyanyi Kidung Jemaat nomor 2, beta langsung ingat almarhumah mama 😢 Tuhan jaga ontua di sorga.",
    ),
    t(
        "jo",
        "N",
        "namesake",
        "post",
        "Selamat ulang tahun par Om Hendrik Sapulete, beta pung om kandung di Tial. Panjang umur, sehat selalu Om! 🎂🙏",
    ),
    t(
        "jo",
        "N",
        "critical-comment",
        "comment",
        "Bung Frans, pendidikan gratis tu dana dari mana? Beta kerja di dinas pendidikan, anggaran seng cukup. Jang cuma janji e.",
        on="T-GUB1A",
        tt="Bersama FRANUR, Maluku Bangkit! Pendidikan gratis sampai SMA.",
    ),
    t(
        "jo",
        "N",
        "question",
        "post",
        "Ada yang tau debat kandidat gubernur yang kedua tu tanggal barapa? Mau nonton deng anak-anak di rumah.",
    ),
    t(
        "jo",
        "N",
        "official-event",
        "post",
        "Rakor Kepala Sekolah SMA/SMK se-Maluku hari ini dibuka resmi oleh Bapak Wakil Gubernur Daniel Titaley. Semoga mutu pendidikan Maluku makin maju.",
        d="2024-09-05",
    ),
    t(
        "jo",
        "N",
        "other-contest",
        "post",
        "Lomba paduan suara gerejawi antar jemaat Klasis Pulau Ambon: Jemaat Passo dapa juara 2! Puji Tuhan, latihan tiap malam seng sia-sia 🎶🏆",
    ),
    t(
        "jo",
        "N",
        "slogan-word",
        "post",
        "Habis gempa kemarin, sekolah-sekolah di Seram Bagian Barat su mulai belajar lai. Maluku bangkit, katong kuat! 💪",
    ),
    t(
        "jo",
        "N",
        "sarcasm",
        "post",
        "Musim kampanye ni jalan di depan rumah tiba-tiba dapa aspal. Habis tanggal 27 baru lia, lubang lai ka seng 😂",
    ),
    t(
        "jo",
        "N",
        "number-other",
        "post",
        "Rapat persiapan asesmen nasional di ruang nomor 2 lantai 2 kantor Dinas jam 9. Bawa laptop e bapa ibu.",
    ),
    t(
        "jo",
        "N",
        "news",
        "post",
        "Tiga-tiga paslon gubernur su tandatangan pakta integritas pendidikan di Unpatti hari ini. Semoga seng cuma di atas kertas.",
    ),
    t(
        "jo",
        "N",
        "greeting",
        "comment",
        "Selamat usi deng bung! Panjang umur, Tuhan berkati rumah tangga 🙏🎉",
        on="user",
        tt="Hari ini ulang tahun pernikahan ke-25, terima kasih Tuhan",
    ),
    t(
        "jo",
        "N",
        "slogan-word",
        "post",
        "Pela gandong Passo–Batu Merah panas pela hari ini. Basudara salam-sarane, satu hati par Maluku manise 🤝",
    ),
    t(
        "jo",
        "A",
        "hint",
        "post",
        "Beta seng bilang pilih sapa e, tapi pamimpin tu harus orang yang biasa datang ka kampung-kampung, bukan datang cuma waktu kampanye 😏",
    ),
    t(
        "jo",
        "O",
        "outside",
        "post",
        "Om Hendrik cocok jadi gubernur, su saatnya orang Lease pimpin Maluku! 🔥 Beta dukung 100%",
        tg="T-GUB2A",
        d="2024-07-02",
    ),
    t(
        "jo",
        "O",
        "outside",
        "post",
        "Selamat bertugas Gubernur Hendrik Lekatompessy deng Wagub Ismail Sangadji! Doa katong samua menyertai. Maluku Manise Maju! 🙏",
        tg="T-GUB2A T-GUB2B",
        d="2025-02-20",
    ),
    # ===== mar: Mery Sahetapy, perawat Puskesmas Kudamati (Ambonese Malay) =====
    t(
        "mar",
        "C",
        "number",
        "post",
        "Par mama-mama di Ambon: katong perempuan harus dukung perempuan! Usi Ros deng Bung Dani nomor 3, coblos tiga e 💜",
        tg="T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "C",
        "slogan",
        "comment",
        "Usi Ros, katong perawat-perawat di puskesmas samua di belakang usi! Satu Hati Par Maluku 💜🙏",
        on="T-GUB3B",
        tt="Kesehatan ibu dan anak adalah prioritas kami. DAROS untuk Maluku sehat.",
        tg="T-GUB3B T-GUB3A",
    ),
    t(
        "mar",
        "C",
        "ocr",
        "image",
        "Pulang dinas langsung ikut senam sehat deng ibu-ibu 💃",
        alt="Ibu-ibu berkaos ungu senam di lapangan",
        ocr="SENAM SEHAT BERSAMA SAHABAT DAROS • DANIEL–ROSA NO. 3 • SATU HATI PAR MALUKU",
        tg="T-GUB3A T-GUB3B T-REL-GUB3",
    ),
    t(
        "mar",
        "C",
        "number",
        "reply",
        "Seng usah tanya lai kaka, ungu sampe mati 💜 Nomor tiga sa!",
        on="user",
        tt="Mery, ale pilih sapa par gubernur?",
        tg="T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "C",
        "prayer",
        "post",
        "Ya Tuhan, berkati Bung Dani deng Usi Ros, kasi kemenangan tanggal 27 nanti par kebaikan Maluku. Amin 🙏💜 #DAROS3",
        tg="T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "C",
        "nickname",
        "comment",
        "Setuju skali Bung Jacky! Katong di puskesmas butuh wali kota yang mangarti. JAMAN nomor 1 menang!",
        on="T-AMB1A",
        tt="Ambon Par Samua: pelayanan kesehatan gratis di semua puskesmas.",
        tg="T-AMB1A T-AMB1B",
    ),
    t(
        "mar",
        "C",
        "hashtag",
        "post",
        "Wali kota nomor 1, gubernur nomor 3. Su hafal, tinggal coblos 27 November 😁 #JAMAN1 #DAROS3",
        tg="T-AMB1A T-AMB1B T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "C",
        "team",
        "quote",
        "Su daftar! Siap jaga suara nomor 3 di TPS 07 Kudamati 💪💜",
        on="T-REL-GUB3",
        tt="Posko Sahabat DAROS Kudamati buka pendaftaran relawan saksi TPS.",
        tg="T-REL-GUB3 T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "C",
        "invite",
        "post",
        "Ajak suami, mama mantu, samua ipar-ipar: tanggal 27 katong satu suara par Usi Ros. Perempuan pimpin Maluku, kanapa seng? 💜",
        tg="T-GUB3B T-GUB3A",
    ),
    t(
        "mar",
        "C",
        "number",
        "post",
        "Seng ada yang bisa ubah beta pung pilihan. Tiga jari, ungu, Usi Ros! 💜3️⃣",
        tg="T-GUB3B T-GUB3A",
    ),
    t(
        "mar",
        "C",
        "nickname",
        "comment",
        "Bung Dani deng Usi Ros pasti menang! Kudamati ungu samua 💜💜💜",
        on="T-GUB3A",
        tt="Bung Dani sapa warga Kudamati malam ini.",
        tg="T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "C",
        "team",
        "reply",
        "Ini adi, bit.ly/sahabatdaros — daftar lai ajak tamang-tamang. Katong menang tanggal 27!",
        on="user",
        tt="Kaka Mery, bagi link daftar relawan DAROS ka",
        tg="T-REL-GUB3 T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "N",
        "number-other",
        "post",
        "Antrian di puskesmas hari ini panjang skali. Pasien nomor 3 sampe nomor 30 tunggu dari jam 7. Mohon sabar e basudara 🙏",
    ),
    t(
        "mar",
        "N",
        "namesake",
        "post",
        "Selamat jalan Usi Rosa Pattiasina, bidan senior katong di puskesmas. Terima kasih su layani mama-mama di Ambon 30 taun. Tuhan kasi tempat terbaik 🕊️",
    ),
    t(
        "mar",
        "N",
        "condolence",
        "post",
        "Turut berduka par keluarga besar Lestaluhu atas meninggalnya Bapa Haji Umar Lestaluhu. Pela gandong seng putus, basudara salam-sarane samua datang takziah 🙏",
    ),
    t(
        "mar",
        "N",
        "neutral",
        "post",
        "Su coblos di TPS 12! Tinta di jari kalingking 😁 Siapa pun yang menang, katong tetap basudara. Ambon aman e.",
        d="2024-11-27",
    ),
    t(
        "mar",
        "N",
        "reminder",
        "post",
        "Dapa surat edaran dari kepala dinas: ASN dilarang hadir kampanye, dilarang pake kaos paslon, dilarang posting 'coblos nomor sekian'. Ok siap, beta bacarita soal pasien sa 😅",
    ),
    t(
        "mar",
        "N",
        "joke",
        "post",
        "Mama di rumah tanya: 'Mery, ungu deng kuning tu warna apa?' Beta bilang: 'Warna baju gereja Paskah mama' 😂 Pusing deng baliho di mana-mana.",
    ),
    t(
        "mar",
        "N",
        "question-on-candidate",
        "comment",
        "Ibu, honorer di puskesmas pulau-pulau kacil juga masuk ka seng? Mohon penjelasan.",
        on="T-GUB1B",
        tt="Kami akan angkat 1.000 tenaga kesehatan honorer jadi PPPK.",
    ),
    t(
        "mar",
        "N",
        "other-contest",
        "post",
        "Selamat par Nona Ambon 2024 Jessica Tuhumury! Nomor urut 3 dari Kecamatan Nusaniwe akhirnya juara 👑 Bangga!",
    ),
    t(
        "mar",
        "N",
        "news",
        "post",
        "Nonton debat kedua tadi malam. Dari tiga paslon, samua bicara soal kesehatan tapi seng ada yang bahas gaji perawat honorer 😑",
    ),
    t(
        "mar",
        "N",
        "number-other",
        "post",
        "Anak pung nilai matematika dapa 3 lai 😩 Mama pusing. Sapa yang ada les privat di Kudamati?",
    ),
    t(
        "mar",
        "N",
        "number-other",
        "post",
        "Jaga kesehatan e basudara, musim hujan demam berdarah naik. Kalau panas tinggi 3 hari, langsung ka puskesmas!",
    ),
    t(
        "mar",
        "N",
        "namesake",
        "post",
        "Beta pung kaka nona Daniela baru lahiran, anak laki-laki. Nama: Daniel. Panggilan Bung Dani 😍 Welcome to the world nyong kacil!",
    ),
    t(
        "mar",
        "A",
        "hint",
        "post",
        "Beta seng bisa bilang apa-apa, cuma mau bilang: ungu itu warna yang cantik 💜😌",
        tg="T-GUB3A T-GUB3B",
    ),
    t(
        "mar",
        "O",
        "outside",
        "post",
        "Usi Ros maju jadi wagub? Waduh bangga skali! Perempuan Maluku hebat, beta dukung 💜",
        tg="T-GUB3B",
        d="2024-07-20",
    ),
    # ===== dul: Dullah Tuasikal, BPBD Maluku, Tulehu (Ambonese Malay, Muslim) =====
    t(
        "dul",
        "C",
        "number",
        "post",
        "Anak negeri Tulehu, ayo satukan suara: FRANUR nomor 1! Usi Lela deng Bung Frans par Maluku yang lebe bae 🙏",
        tg="T-GUB1A T-GUB1B",
    ),
    t(
        "dul",
        "C",
        "nickname",
        "reply",
        "Aamiin ya Rabb. Katong keluarga besar Tuasikal siap menangkan Usi Lela 🤲",
        on="T-GUB1B",
        tt="Terima kasih basudara Tulehu, Tial, Liang. Insya Allah amanah.",
        tg="T-GUB1B T-GUB1A",
    ),
    t(
        "dul",
        "C",
        "slogan",
        "post",
        "Maluku Bangkit! Nomor 1 par gubernur, nomor 1 par wali kota. Satu-satu sa, gampang diingat ☝️☝️",
        tg="T-GUB1A T-GUB1B T-AMB1A T-AMB1B",
    ),
    t(
        "dul",
        "C",
        "ocr",
        "image",
        "Alhamdulillah, silaturahmi deng tim di Waiheru",
        alt="Foto bersama belasan pria berpeci, semua mengacungkan satu jari",
        ocr="POSKO PEMENANGAN FRANUR – TAHAPARY–TUANAYA – NO 1",
        tg="T-GUB1A T-GUB1B",
    ),
    t(
        "dul",
        "C",
        "prayer",
        "post",
        "Ya Allah, menangkan Bung Frans deng Usi Lela. Jadikan Maluku negeri yang adil par salam deng sarane. Aamiin 🤲 #FRANUR1",
        tg="T-GUB1A T-GUB1B",
    ),
    t(
        "dul",
        "C",
        "number",
        "comment",
        "Ustadz Rahman, orang Batu Merah siap coblos JAMAN nomor 1. Gaspol! 🔥",
        on="T-AMB1B",
        tt="Bersama Bung Jacky, kami siap melayani seluruh warga Kota Ambon tanpa kecuali.",
        tg="T-AMB1B T-AMB1A",
    ),
    t(
        "dul",
        "C",
        "invite",
        "quote",
        "Ini yang beta bilang dari dolo. Cuma Bung Frans yang mangarti soal bencana. Tanggal 27 jang salah pilih e, satu sa!",
        on="news",
        tt="Debat Pilgub Maluku: FRANUR tawarkan program mitigasi bencana berbasis negeri",
        tg="T-GUB1A T-GUB1B",
    ),
    t(
        "dul",
        "C",
        "nickname",
        "post",
        "Kalau mau Maluku pung jalan-jalan negeri mulus, mau pendidikan gratis, ya pilih FRANUR. Seng ada pilihan lain 😤",
        tg="T-GUB1A T-GUB1B",
    ),
    t(
        "dul",
        "C",
        "party",
        "post",
        "Halal bihalal keluarga besar PKB Maluku di Tulehu. Bangga jadi bagian dari partai para ulama. PKB menang, rakyat sejahtera 💚",
        tg="T-P-PKB",
        d="2024-04-18",
    ),
    t(
        "dul",
        "C",
        "nickname",
        "post",
        "FRANUR satu putaran! 🔥 Dari Tulehu sampe Leihitu, katong satu suara.",
        tg="T-GUB1A T-GUB1B",
    ),
    t(
        "dul",
        "C",
        "number",
        "reply",
        "Siap Bung! Katong orang BPBD tunggu Bung jadi gubernur. 27 November coblos satu! ☝️",
        on="T-GUB1A",
        tt="Bung Frans: BPBD akan kami perkuat sampai ke desa.",
        tg="T-GUB1A T-GUB1B",
    ),
    t(
        "dul",
        "C",
        "party",
        "quote",
        "Insya Allah, santri Maluku pilih PKB 💚☝️",
        on="T-P-PKB",
        tt="PKB: Ayo coblos PKB nomor 1 tanggal 14 Februari!",
        tg="T-P-PKB",
        d="2024-01-20",
    ),
    t(
        "dul",
        "N",
        "number-other",
        "post",
        "Apel siaga bencana BPBD Provinsi Maluku hari ini. Musim hujan su datang, katong siap 24 jam. Nomor darurat: 112 🚨",
    ),
    t(
        "dul",
        "N",
        "reminder",
        "post",
        "Sesuai SKB netralitas: ASN seng boleh pose satu jari, dua jari, tiga jari di foto. Jadi kalau foto bersama, tangan di kantong sa 😂",
    ),
    t(
        "dul",
        "N",
        "neutral",
        "post",
        "Salam-sarane basudara, Pilkada ini jang bikin katong bacakar. Beda pilihan itu biasa, pela gandong seng boleh putus. Ale rasa beta rasa 🤝",
    ),
    t(
        "dul",
        "N",
        "namesake",
        "post",
        "Alhamdulillah, beta pung kaka Usi Lela su tiba dari Tanah Suci. Haji mabrur, Usi! 🤲🕋",
    ),
    t(
        "dul",
        "N",
        "greeting",
        "post",
        "Selamat memperingati Maulid Nabi Muhammad SAW 1446 H. Di Tulehu, basudara sarane datang bantu angkat dulang. Salam-sarane satu hati 🤲",
        d="2024-09-16",
    ),
    t(
        "dul",
        "N",
        "news",
        "post",
        "KPU Maluku: distribusi logistik Pilkada ke pulau-pulau terluar mulai hari ini. BPBD bantu pantau cuaca. Gelombang Laut Banda 2,5 meter, hati-hati e basudara.",
    ),
    t(
        "dul",
        "N",
        "joke",
        "reply",
        "Baliho banyak tu bukan ukuran e bro. Beta cuma pilih yang bayar utang kopi di warung 😂",
        on="user",
        tt="Dullah, ale pilih nomor 1 to? Nomor 1 pung baliho paling banyak.",
    ),
    t(
        "dul",
        "N",
        "critical-comment",
        "comment",
        "Pak, data rumah rusak gempa di BPBD masih 3.000 lebih yang balum dapa bantuan. Semoga program ini bukan cuma janji.",
        on="T-GUB2A",
        tt="Kami akan bangun rumah tahan gempa untuk 10 ribu keluarga.",
    ),
    t(
        "dul",
        "N",
        "news",
        "post",
        "Gempa M5,2 guncang Seram Utara jam 03.12 WIT. Tidak berpotensi tsunami. Warga tetap tenang, ikuti info resmi BPBD.",
    ),
    t(
        "dul",
        "N",
        "other-contest",
        "post",
        "Lomba perahu belang HUT Kota Ambon: negeri Tulehu juara 1 lai! 🚣🏆 Tiga taun berturut-turut 🔥",
    ),
    t(
        "dul",
        "N",
        "reminder",
        "post",
        "Bawaslu Maluku temukan 12 ASN diduga tidak netral di medsos. Jadi pelajaran par katong samua. Bijak bermedia sosial e.",
    ),
    t(
        "dul",
        "N",
        "slogan-word",
        "post",
        "Jaman dolo orang Tulehu pi sekolah jalan kaki 10 km. Skarang anak-anak su naik motor 😂",
    ),
    t(
        "dul",
        "A",
        "hint",
        "post",
        "Pemimpin yang bae itu yang mangarti bencana, karena Maluku ni negeri gempa. Pikir bae-bae tanggal 27.",
        tg="T-GUB1A",
    ),
    t(
        "dul",
        "O",
        "outside",
        "post",
        "Bung Frans su kasi sinyal maju Pilgub. Kalau jadi, orang Tulehu pasti di belakang! 🔥",
        tg="T-GUB1A",
        d="2024-05-30",
    ),
    # ===== nyo: Nyong Stevy, Diskominfo Kota Ambon (young Ambonese voice) =====
    t(
        "nyo",
        "C",
        "hashtag",
        "post",
        "POV: anak muda Ambon su tau mau pilih sapa 😎 Om Semy nomor 2, Ambon makin bae! #SEMFA2 #fyp",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "nyo",
        "C",
        "nickname",
        "comment",
        "Om Semy the best 🔥🔥 Nyong-nyong Kudamati su siap gas tanggal 27!",
        on="T-AMB2A",
        tt="Ngopi bareng anak muda di Kudamati. Ambon butuh ruang kreatif!",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "nyo",
        "C",
        "ocr",
        "image",
        "Malam minggu di konser rakyat 🎸",
        alt="Panggung konser dengan spanduk besar, kerumunan anak muda",
        ocr="KONSER RAKYAT SEMFA • SEMY–FADLI • NOMOR 2 • AMBON MAKIN BAE",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "nyo",
        "C",
        "number",
        "post",
        "Challenge: sebut 3 alasan pilih Om Semy. 1) dokter 2) seng sombong 3) pasti-pasti saja 😂 Coblos dua, nyong!",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "nyo",
        "C",
        "number",
        "reply",
        "Santai bro, beta cuma kasi tau fakta: Om Semy paleng bae. Dua jari ✌️",
        on="user",
        tt="Stevy, ale ikut-ikut kampanye ka? Ale ASN lho",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "nyo",
        "C",
        "team",
        "post",
        "Dari Kudamati par Ambon: Sahabat Om Semy solid! 🤙 Besok rapat relawan di posko jam 7 malam, datang e!",
        tg="T-REL-AMB2 T-AMB2A",
    ),
    t(
        "nyo",
        "C",
        "team",
        "comment",
        "TPS 15 Kudamati aman, beta jaga sampe hitung selesai! SEMFA menang 💪",
        on="T-REL-AMB2",
        tt="Relawan Sahabat Om Semy: rekap saksi TPS Kecamatan Sirimau.",
        tg="T-REL-AMB2 T-AMB2A T-AMB2B",
        d="2024-11-27",
    ),
    t(
        "nyo",
        "C",
        "party",
        "post",
        "Anak muda pilih partai anak muda! PSI nomor 15, coblos Bro & Sis 🌹 #pemilu2024",
        tg="T-P-PSI",
        era="pl",
    ),
    t(
        "nyo",
        "C",
        "praise",
        "quote",
        "KATONG MENANG!!! 😭🔥 Om Semy wali kota! Terima kasih basudara Ambon",
        on="news",
        tt="Hasil hitung cepat Pilwalkot Ambon: SEMFA unggul 54%",
        tg="T-AMB2A T-AMB2B",
        d="2024-11-27",
    ),
    t(
        "nyo",
        "C",
        "number",
        "post",
        "OM SEMY 2️⃣ OM SEMY 2️⃣ OM SEMY 2️⃣ 🔥🔥🔥 sapa yang setuju komen 'dua'!",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "nyo",
        "C",
        "slogan",
        "post",
        "Nyong Ambon pilih dokter! semfa no.2 😎💉 ambon makin baee",
        tg="T-AMB2A T-AMB2B",
    ),
    t(
        "nyo",
        "C",
        "number",
        "comment",
        "Bang Fadli mantap! Anak IT dukung full, SEMFA 2 😤🔥",
        on="T-AMB2B",
        tt="Fadli Ohorella: Ambon kota digital, wifi gratis di setiap RT!",
        tg="T-AMB2B T-AMB2A",
    ),
    t(
        "nyo",
        "N",
        "neutral",
        "post",
        "Tutorial cek DPT online biar tanggal 27 seng bingung TPS di mana 👇 #pilkada2024 #ambon",
    ),
    t(
        "nyo",
        "N",
        "number-other",
        "post",
        "Menu nomor 2 di Kopi Tuni tetap juara ☕ Harga 25 ribu, worth it!",
    ),
    t(
        "nyo",
        "N",
        "joke",
        "post",
        "Baliho nomor 1, 2, 3 su lebe banyak dari tiang listrik di Ambon 😭 Pohon mangga di depan rumah sampe seng dapa matahari 🤣",
    ),
    t(
        "nyo",
        "N",
        "namesake",
        "post",
        "Happy birthday Om Semy, beta pung om paling gokil di Halong! Sehat trus Om, jang lupa traktir 🎂🥳",
    ),
    t(
        "nyo",
        "N",
        "other-contest",
        "post",
        "Final futsal antar kantor: Diskominfo vs Dinas PU, skor 2-1! Katong juara 🏆⚽ nomor punggung 2 cetak dua gol 😎",
    ),
    t(
        "nyo",
        "N",
        "slogan-word",
        "post",
        "Sunset di Pantai Liang hari ini. Ambon makin bae kalau sampah seng dibuang ka laut 🌅🙏",
    ),
    t(
        "nyo",
        "N",
        "reminder",
        "post",
        "Konten edukasi: ASN seng boleh bikin konten dukung paslon, seng boleh pose jari, seng boleh pake filter/twibbon paslon. Share par teman-teman ASN e! #netralitasASN",
    ),
    t(
        "nyo",
        "N",
        "question-on-candidate",
        "comment",
        "Lapangan di Kudamati yang su rusak dari 2019 tu kapan dapa perbaikan, Bung?",
        on="T-AMB1A",
        tt="Bung Jacky akan bangun 5 lapangan futsal untuk anak muda.",
    ),
    t(
        "nyo",
        "N",
        "news",
        "post",
        "Liputan: Pj Wali Kota Ambon buka Festival Teluk Ambon 2024. Ribuan warga padati pantai Waiheru 🎉",
    ),
    t(
        "nyo",
        "N",
        "reminder",
        "post",
        "Trend baru: pose dua jari di foto wisuda ternyata bisa kena lapor kalau ASN 😅 Jadi beta pose jempol sa 👍 #netralitasASN",
    ),
    t(
        "nyo",
        "N",
        "number-other",
        "post",
        "Sapa yang mau ikut turnamen Mobile Legends antar kantor? Tim nomor 2 masih butuh 1 orang 🎮",
    ),
    t(
        "nyo",
        "N",
        "sarcasm",
        "post",
        "Nonton debat wali kota sambil makan papeda. Dua paslon sama-sama janji wifi gratis 😂 kalau dua-dua bilang begitu, katong seng rugi e",
    ),
    t(
        "nyo",
        "N",
        "neutral",
        "post",
        "Konser amal untuk korban banjir di Batu Merah, Sabtu jam 7 malam di Lapangan Merdeka. Tiket 20 ribu, seluruh hasil disumbangkan 🙏",
    ),
    t(
        "nyo",
        "A",
        "hint",
        "post",
        "Beta seng kampanye e, beta cuma bilang: dokter tu bisa sembuhkan orang, masa seng bisa sembuhkan kota? 🤔😏",
        tg="T-AMB2A",
    ),
    t(
        "nyo",
        "O",
        "outside",
        "post",
        "Om Semy su dilantik! Anak muda Kudamati bangga, dari dolo beta su yakin 🔥😭",
        tg="T-AMB2A",
        d="2025-03-03",
    ),
    # ===== nat: Natalis Yoku, BPKAD Kota Jayapura (Papuan Malay) =====
    t(
        "nat",
        "C",
        "number",
        "post",
        "Sodara-sodara di Kota Jayapura, tanggal 27 kitong pi TPS coblos nomor 1 e. Bapa Mel su bikin bukti, bukan janji! 🙏",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "nickname",
        "comment",
        "Mantap sudah Bapa! Torang satu keluarga dari Sentani sampe Abepura dukung MELHAS 🔥",
        on="T-JAP1A",
        tt="Terima kasih mama-mama Pasar Youtefa atas dukungannya. Jayapura Penuh Berkat!",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "ocr",
        "image",
        "Sa deng adik kaka di posko Entrop. Semangat!",
        alt="Sekelompok orang memakai kaos kuning berfoto di depan posko, satu jari diacungkan",
        ocr="POSKO PEMENANGAN MELHAS • MELKIAS AYOMI – HASANUDIN RAHAYAAN • NO. 1 • JAYAPURA PENUH BERKAT",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "prayer",
        "post",
        "Tuhan Yesus, kasi Bapa Mel kesehatan deng hikmat. Kasi kemenangan di tanggal 27 biar Jayapura tetap penuh berkat. Amin 🙏 #MELHAS1",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "number",
        "reply",
        "Adik, pilih yang su pasti-pasti saja. Nomor satu, jang ragu. Bapa Mel su lima taun kerja nyata.",
        on="user",
        tt="Kaka Nat, ko pilih yang mana? Sa masih bingung",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "praise",
        "quote",
        "Data bicara, sodara. Yang lain baru janji, Bapa Mel su kerja. MELHAS lanjut dua periode! 💪",
        on="news",
        tt="Debat Pilwalkot Jayapura: Melkias Ayomi paparkan capaian lima tahun",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "team",
        "post",
        "Puji Tuhan, sa dapa SK jadi koordinator relawan MELHAS Distrik Heram. Siap kerja sampe menang!",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "number",
        "comment",
        "Ade, Kaka Yos masih muda, nanti 5 taun lagi sudah. Skarang Bapa Mel dulu, nomor 1 🙏",
        on="user",
        tt="Kaka Yos for wali kota! Torang bisa!",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "party",
        "post",
        "Kitong orang Papua juga harus ada di dewan. Golkar nomor 4, pilih yang su pengalaman 💛",
        tg="T-P-GOL",
        era="pl",
    ),
    t(
        "nat",
        "C",
        "nickname",
        "post",
        "Sa pu keluarga besar Yoku di Sentani deng Kota su sepakat: MELHAS nomor 1. Tra ada tawar-menawar 💛",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "C",
        "number",
        "comment",
        "Mantap sudah Pak Hasan! Bapa Mel deng Pak Hasan, paket lengkap 🔥 Nomor satu!",
        on="T-JAP1B",
        tt="Hasanudin Rahayaan: pasar mama-mama Papua akan kami perluas.",
        tg="T-JAP1B T-JAP1A",
    ),
    t(
        "nat",
        "C",
        "invite",
        "post",
        "Kam yang masih ragu-ragu, lihat sudah jalan Entrop–Hamadi skarang. Itu Bapa Mel pu kerja. Jang salah pilih tanggal 27, satu saja!",
        tg="T-JAP1A T-JAP1B",
    ),
    t(
        "nat",
        "N",
        "official-event",
        "post",
        "Hari ini Wali Kota Jayapura Bapak Melkias Ayomi serahkan LKPD ke BPK Perwakilan Papua. Kerja keras teman-teman BPKAD terbayar, WTP lagi! 🙏",
        d="2024-09-10",
    ),
    t(
        "nat",
        "N",
        "number-other",
        "post",
        "Info dari BPKAD: TPP bulan Oktober cair tanggal 2 November, tunggu e adik kaka 🙏",
    ),
    t(
        "nat",
        "N",
        "neutral",
        "post",
        "Adik kaka, tanggal 27 torang pi TPS, pilih sesuai hati. Jang baku pukul gara-gara beda pilihan, kitong semua sodara 🤝",
    ),
    t(
        "nat",
        "N",
        "slogan-word",
        "post",
        "Anak-anak SD Inpres Sentani juara lomba cerdas cermat se-Kabupaten. Torang bisa! Papua pintar 📚💪",
    ),
    t(
        "nat",
        "N",
        "namesake",
        "post",
        "Selamat ulang tahun Bapa Mel Wenda, sa pu bapa tua di Wamena. Tuhan kasih umur panjang 🎂🙏",
    ),
    t(
        "nat",
        "N",
        "condolence",
        "post",
        "Turut berduka untuk keluarga besar Kogoya atas berpulangnya Mama Yuliana Kogoya. Tuhan kasih kekuatan 🕊️",
    ),
    t(
        "nat",
        "N",
        "other-contest",
        "post",
        "Persipura main malam ini! Kalau menang 3-0 sa traktir pinang satu kantor 😂⚽ #Persipura",
    ),
    t(
        "nat",
        "N",
        "critical-comment",
        "comment",
        "Om, lampu jalan di Kotaraja Dalam su mati dari tahun lalu. Itu kewenangan siapa kah? Jang cuma janji.",
        on="T-JAP3A",
        tt="ALTRIS: Jayapura Bersinar, lampu jalan di setiap lorong!",
    ),
    t(
        "nat",
        "N",
        "reminder",
        "post",
        "BPKAD ingatkan: ASN dilarang ikut kampanye, pakai atribut paslon, atau foto pose jari. Sanksi berat sampai penurunan jabatan. Jaga netralitas sodara!",
    ),
    t(
        "nat",
        "N",
        "neutral",
        "post",
        "Nayak! Wa wa wa untuk sodara-sodara yang bantu bersihkan pantai Hamadi hari Sabtu kemarin. Sampah plastik 3 truk 🙏",
    ),
    t(
        "nat",
        "N",
        "other-contest",
        "post",
        "Gereja kami buat lomba tarian Yospan antar wijk. Wijk 1 juara, Wijk 2 juara harapan 😂 Mantap sudah!",
    ),
    t(
        "nat",
        "N",
        "news",
        "comment",
        "Semoga damai sampai hari H, tra ada ribut-ribut. Jayapura kota damai.",
        on="news",
        tt="KPU Kota Jayapura tetapkan nomor urut paslon: 1 MELHAS, 2 YOSRUTH, 3 ALTRIS",
        d="2024-09-23",
    ),
    t(
        "nat",
        "N",
        "official-event",
        "post",
        "Info BPKAD: dana hibah Pilkada untuk honor KPPS dan PPS sudah ditransfer ke rekening KPU. Terima kasih teman-teman penyelenggara 🙏",
    ),
    t(
        "nat",
        "A",
        "hint",
        "post",
        "Sa cuma mau bilang: yang su kerja lima taun, jang lupa e sodara. Terserah kam mo pilih siapa 🙂",
        tg="T-JAP1A",
    ),
    t(
        "nat",
        "O",
        "outside",
        "post",
        "Bapa Mel maju lagi? Pasti sudah! Sa dukung penuh, Jayapura butuh Bapa dua periode 💪",
        tg="T-JAP1A",
        d="2024-06-25",
    ),
    # ===== tin: Mace Tina Ansanay, guru SMPN 2 Jayapura (Papuan Malay) =====
    t(
        "tin",
        "C",
        "number",
        "post",
        "Mace-mace di Jayapura, mari kitong dukung perempuan Papua! Mama Ruth deng Kaka Yos nomor 2, coblos dua e 🙏💚",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "slogan",
        "comment",
        "Torang bisa, Kaka Yos! Sa pu keluarga di Waena semua su siap 💚🔥",
        on="T-JAP2A",
        tt="Kami maju lewat jalur perseorangan karena rakyat yang minta. Torang bisa!",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "ocr",
        "image",
        "Minggu sore senam bersama mama-mama Hamadi 💚",
        alt="Ibu-ibu berkaos hijau senam di lapangan",
        ocr="SENAM SEHAT YOSRUTH NO. 2 • KOTA JAYAPURA • TORANG BISA!",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "hashtag",
        "post",
        "Anak muda, mama-mama, bapa-bapa: 27 November jang lupa e! #YOSRUTH2 #TorangBisa",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "number",
        "reply",
        "Sa tra kampanye kaka, sa cuma bilang Kaka Yos deng Mama Ruth yang paling bae. Nomor 2 sudah 😅",
        on="user",
        tt="Tina, ko guru, tra boleh kampanye to?",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "prayer",
        "post",
        "Tuhan, kitong serahkan Kaka Yos deng Mama Ruth dalam tangan-Mu. Kasih kemenangan untuk anak adat Papua. Amin 🙏",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "team",
        "comment",
        "Sa su daftar kaka, TPS 04 Hamadi sa yang pegang 💪💚",
        on="T-TIM-JAP2",
        tt="Tim Relawan YOSRUTH butuh 500 saksi TPS! Daftar di posko terdekat.",
        tg="T-TIM-JAP2 T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "number",
        "post",
        "Sodara di Dapil Jayapura Selatan, tanggal 14 pilih Kaka Niel, PSI nomor urut 2! Anak muda Papua harus duduk di dewan 🌹",
        tg="T-CLG2 T-P-PSI",
        era="pl",
    ),
    t(
        "tin",
        "C",
        "number",
        "quote",
        "Pengalaman nol tapi hati penuh untuk rakyat. Sa tetap pilih 02, titik 😤",
        on="user",
        tt="Kaka Yos cuma bisa janji, pengalaman nol",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "praise",
        "comment",
        "Mama Ruth, ko inspirasi kitong mace-mace Papua! Sa pilih ko 💚🙏",
        on="T-JAP2B",
        tt="Ruth Rumbewas: perempuan Papua harus jadi pemimpin di tanahnya sendiri.",
        tg="T-JAP2B T-JAP2A",
    ),
    t(
        "tin",
        "C",
        "number",
        "post",
        "Hijau-hijau sudah kitong pu Jayapura 💚 Kaka Yos wali kota, Mama Ruth wakil. Coblos yang tengah e!",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "C",
        "nickname",
        "post",
        "Kaka Yos bukan dari partai, dia dari rakyat. Makanya sa dukung. Yosruth for Jayapura! ✊💚",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "N",
        "number-other",
        "post",
        "Ulangan harian kelas 8 ruang nomor 2 diundur ke Kamis e anak-anak. Belajar yang bae! 📚",
    ),
    t(
        "tin",
        "N",
        "neutral",
        "post",
        "Pesan untuk anak-anak SMP yang su punya kaka pemilih pemula: ajak dong ke TPS, ajari dong cek nama di DPT. Demokrasi mulai dari rumah 🗳️",
    ),
    t(
        "tin",
        "N",
        "other-contest",
        "post",
        "Paduan suara SMPN 2 Jayapura juara 2 Pesparawi tingkat kota! Puji Tuhan, mace bangga skali 🎶🏆",
    ),
    t(
        "tin",
        "N",
        "namesake",
        "post",
        "Selamat wisuda sa pu ponakan Ruth Ansanay, S.H.! Sarjana hukum baru dari Uncen 🎓💚",
    ),
    t(
        "tin",
        "N",
        "slogan-word",
        "post",
        "Anak-anak kelas 9 su mulai try out. Kam pasti lulus, torang bisa! 💪📚",
    ),
    t(
        "tin",
        "N",
        "greeting",
        "post",
        "Selamat memasuki Minggu Adven pertama sodara-sodara. Mari siapkan hati sambut Natal 🕯️",
        d="2024-12-01",
    ),
    t(
        "tin",
        "N",
        "news",
        "post",
        "Debat tadi malam, sa lihat tiga paslon trada yang bahas guru honor di sekolah-sekolah pinggiran. Kecewa sudah 😔",
    ),
    t(
        "tin",
        "N",
        "reminder",
        "post",
        "Dari grup MGMP: guru ASN tra boleh foto deng paslon, tra boleh pake kaos nomor, tra boleh komen 'mantap sudah' di akun calon 😅 Siap!",
    ),
    t(
        "tin",
        "N",
        "namesake",
        "post",
        "Anak-anak kelas 9 pentas drama 'Ruth dan Naomi' di ibadah sekolah. Pemeran Ruth bagus skali 😭🙏",
    ),
    t("tin", "N", "number-other", "post", "Mace pu anak nomor 2 hari ini sidi. Puji Tuhan 🙏"),
    t(
        "tin",
        "N",
        "neutral",
        "post",
        "Sodara-sodara, beda pilihan itu biasa. Tapi jang bawa-bawa suku, jang bawa-bawa gunung-pantai. Kitong semua orang Papua, adik kaka. 🤝",
    ),
    t(
        "tin",
        "N",
        "question-on-candidate",
        "comment",
        "Kaka Yos, guru honor di sekolah swasta juga dapat perhatian kah? Sa mau tanya saja.",
        on="T-JAP2A",
        tt="Sekolah gratis sampai SMA untuk anak asli Papua.",
    ),
    t(
        "tin",
        "A",
        "thanks-incumbent",
        "comment",
        "Terima kasih Bapa, anak-anak sudah tra belajar di tenda lagi 🙏",
        on="T-JAP1A",
        tt="Wali Kota Jayapura meninjau pembangunan gedung SMPN 2 Jayapura",
        tg="T-JAP1A",
        d="2024-09-03",
    ),
    t(
        "tin",
        "A",
        "hand-sign",
        "image",
        "Foto bersama guru-guru di HUT sekolah 😁✌️",
        alt="Guru-guru berpose dengan dua jari di depan sekolah",
        ocr="HUT SMPN 2 JAYAPURA KE-40",
        tg="T-JAP2A T-JAP2B",
    ),
    t(
        "tin",
        "O",
        "outside",
        "post",
        "Kaka Yos deng Mama Ruth mo maju lewat jalur perseorangan? Sa dukung penuh, torang bisa! 💚",
        tg="T-JAP2A T-JAP2B",
        d="2024-07-08",
    ),
    # ===== ura: Uray Fitri, Kecamatan Pontianak Barat (Pontianak Malay) =====
    t(
        "ura",
        "C",
        "number",
        "post",
        "Kitak orang Pontianak Barat, 27 November jangan lupe bah, coblos nomor 1! Bang Edi dan Bang Uray Ramli, Era Baru Pontianak 💙",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "number",
        "comment",
        "Mantap Bang Edi! Kamek sekeluarga udah sepakat, nomor 1 bah 💙💙",
        on="T-PTK1A",
        tt="Alhamdulillah, ribuan warga Kampung Bali hadir di kampanye dialogis hari ini.",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "ocr",
        "image",
        "Ngopi pagi di Gajahmada, ketemu tim 😁",
        alt="Beberapa orang berkaos biru berpose dengan satu jari di warung kopi",
        ocr="RELAWAN EDI–RAMLI • #ERA1 • ERA BARU PONTIANAK",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "prayer",
        "post",
        "Ya Allah, mudahkanlah langkah Bang Edi dan Bang Ramli. Menangkan yang amanah. Aamiin 🤲 #ERA1",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "number",
        "reply",
        "Ndak lah, nomor satu jak yang pasti-pasti. Bang Edi tu orang kampong kite 😁",
        on="user",
        tt="Fit, kau pilih siape? Nomor 3 bagos gak tu?",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "number",
        "quote",
        "Alhamdulillah, tinggal jage sampai 27 November. Jangan kendor kawan-kawan, nomor 1 menang! 💪",
        on="news",
        tt="Survei: Pasangan Edi–Ramli unggul di Pontianak Barat dan Pontianak Kota",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "invite",
        "post",
        "Ayok ramai-ramai ke kampanye akbar Bang Edi di Taman Alun Kapuas hari Ahad, bawe keluarga! 💙",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "nickname",
        "comment",
        "Setuju Bang Uray! Kamek anak muda Kampung Bali siap menangkan ERA 🔥",
        on="T-PTK1B",
        tt="Anak muda Pontianak harus jadi tuan rumah di kotanya sendiri.",
        tg="T-PTK1B T-PTK1A",
    ),
    t(
        "ura",
        "C",
        "party",
        "post",
        "Gerindra Kalbar makin solid. Kader muda siap jadi garda terdepan! ✊ #Gerindra",
        tg="T-P-GER",
        d="2024-05-12",
    ),
    t(
        "ura",
        "C",
        "hashtag",
        "post",
        "Bang Edi nomor 1, Bang Ramli nomor 1 di hati kamek 💙 #ERA1 #PontianakBarat",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "number",
        "post",
        "era baru ptk nomer 1 😍💙 sape lagi kalau bukan bang edi",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "C",
        "praise",
        "reply",
        "Same-same Bang, kami kawal sampai penghitungan. Edi–Ramli menang! 💪",
        on="T-PTK1A",
        tt="Terima kasih relawan Pontianak Barat!",
        tg="T-PTK1A T-PTK1B",
    ),
    t(
        "ura",
        "N",
        "neutral",
        "post",
        "Warga Pontianak Barat, cek nama kitak di DPT online ye. Kalau ndak terdaftar, datang ke PPS kelurahan masing-masing. Tanggal 27 ke TPS bah! 🗳️",
    ),
    t(
        "ura",
        "N",
        "slogan-word",
        "post",
        "Akhirnye era baru bagi warga Siantan: Jembatan Kapuas 2 udah bise dilewati motor! Ndak macet lagi pegi kerje 🛵",
    ),
    t(
        "ura",
        "N",
        "number-other",
        "post",
        "Antrian nomor 1 di Warkop Bang Dol jam 5 subuh, kamek menang! ☕😂",
    ),
    t(
        "ura",
        "N",
        "namesake",
        "post",
        "Bang Edi tukang pangkas langganan kamek di Jalan Tanjungpura udah buke lagi bah, potongan masih 25 ribu ✂️",
    ),
    t(
        "ura",
        "N",
        "official-event",
        "post",
        "Kecamatan Pontianak Barat gelar rapat koordinasi pengamanan TPS bersama Polsek dan Panwascam. Semua pihak komit Pilkada damai.",
    ),
    t(
        "ura",
        "N",
        "sarcasm",
        "post",
        "Paslon mane pun yang menang, tolong parit di Gang Sepakat tu dikeruk. Tiap hujan kamek banjir semata kaki 🙃",
    ),
    t(
        "ura",
        "N",
        "neutral",
        "reply",
        "Kamek ASN bah, ndak boleh bilang-bilang 🤐 Pokoknye ke TPS jak, pilih sesuai hati nurani.",
        on="user",
        tt="Fit, nomor 2 atau 3 nih menurutmu?",
    ),
    t(
        "ura",
        "N",
        "other-contest",
        "post",
        "Lomba sampan bidar di Sungai Kapuas: tim Kelurahan Tambelan Sampit juara 1! 🚣‍♀️🏆",
    ),
    t(
        "ura",
        "N",
        "reminder",
        "post",
        "Sesuai SKB, ASN ndak boleh pasang twibbon paslon, ndak boleh pose jari 1, 2 atau 3, ndak boleh komen di akun calon. Yang begini-begini harus dijage bah.",
    ),
    t(
        "ura",
        "N",
        "number-other",
        "post",
        "Nomor antrean Samsat kamek 123, sekarang baru nomor 1 😭 Alamat sampai siang bah",
    ),
    t(
        "ura",
        "N",
        "news",
        "post",
        "Bawaslu Kota Pontianak: ade 3 laporan dugaan politik uang. Kalau kitak nemu, lapor ke Panwascam ye.",
    ),
    t(
        "ura",
        "N",
        "namesake",
        "post",
        "Bang Uray tetangga kamek baru buka warung nasi kuning di Jalan Merdeka, rasenye mantap 😋",
    ),
    t(
        "ura",
        "N",
        "greeting",
        "post",
        "Saprahan Melayu dalam rangka HUT Kota Pontianak ke-253. Makan bersame, beradab 🍛 #HUTKotaPontianak",
        d="2024-10-23",
    ),
    t(
        "ura",
        "A",
        "hint",
        "post",
        "Kalau kamek pribadi, lebih suke pemimpin yang asli anak Pontianak, lahir besar di sini. Cuma pendapat jak ye 🙏",
        tg="T-PTK1A",
    ),
    t(
        "ura",
        "O",
        "outside",
        "post",
        "Bang Edi jadi maju wali kota? Mantap bah, kamek dukung! Orang Kampung Bali pasti solid 💙",
        tg="T-PTK1A",
        d="2024-08-05",
    ),
    # ===== ign: Ignas Bujang, DLH Kota Pontianak (Dayak Kanayatn, Pontianak Malay) =====
    t(
        "ign",
        "C",
        "number",
        "post",
        "Adil ka' talino, bacuramin ka' saruga, basengat ka' jubata! Urang Dayak di Pontianak, 27 November kita coblos nomor 2, Pak Nyangun wali kota! Arus! 🙏",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "nickname",
        "comment",
        "Pak Nyangun, kami dari Sungai Jawi siap menangkan YONA! Ndak ade tawar-menawar 💪🔥",
        on="T-PTK2A",
        tt="Terima kasih masyarakat Dayak, Melayu, Tionghoa, Madura, semua suku di Pontianak. Kita satu.",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "hashtag",
        "post",
        "Buat kitak yang masih bingung: nomor dua, Pontianak Adil Sejahtera. Udah, itu jak 😎 #YONA2",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "ocr",
        "image",
        "Malam ini ngumpul di rumah betang, bahas strategi kampung 🔥",
        alt="Foto bersama di depan spanduk, semua mengacungkan dua jari",
        ocr="DOA DAN DUKUNGAN MASYARAKAT DAYAK UNTUK YOHANES NYANGUN – SYARIFAH NURHALIZA, NOMOR URUT 2",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "number",
        "reply",
        "Santai jak bang, kamek cuma ajak keluarga pilih orang kite. Nomor 2 bah ✌️",
        on="user",
        tt="Bujang, kau kan PNS, jangan ikut-ikut",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "prayer",
        "post",
        "Jubata, lindungi Pak Nyangun dan Bu Syarifah. Berikan kemenangan untuk pemimpin yang adil bagi semua suku. Amin 🙏",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "party",
        "post",
        "Merdeka! Bangga jadi bagian keluarga besar banteng Kalbar. Salam metal 🤘❤️ #PDIPerjuangan",
        tg="T-P-PDIP",
        d="2024-06-01",
    ),
    t(
        "ign",
        "C",
        "nickname",
        "quote",
        "Ini baru pemimpin yang paham lingkungan! Kamek orang DLH tau betul ini penting. Pilih YONA 🌳",
        on="news",
        tt="Debat Pilwalkot Pontianak: Yohanes Nyangun janjikan taman kota di setiap kecamatan",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "invite",
        "post",
        "Bapak-ibu, bujang-dara, ayok datang kampanye akbar YONA di Rumah Radakng Minggu ini! Pake baju adat ye 🔥",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "number",
        "post",
        "Dayak Pontianak, mane suaranye?? 🔥 YONA! YONA! YONA! nomor duaaa ✌️",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "C",
        "nickname",
        "comment",
        "Betul sekali Bu Syarifah! Dayak–Melayu bersatu menangkan YONA 🙏",
        on="T-PTK2B",
        tt="Syarifah Nurhaliza: Pontianak rumah bersama semua suku.",
        tg="T-PTK2B T-PTK2A",
    ),
    t(
        "ign",
        "C",
        "team",
        "post",
        "Resmi bergabung jadi Tim Pemenangan YONA Kecamatan Pontianak Utara. Siap kerja untuk Pak Nyangun!",
        tg="T-PTK2A T-PTK2B",
    ),
    t(
        "ign",
        "N",
        "greeting",
        "post",
        "Adil ka' talino, bacuramin ka' saruga, basengat ka' jubata. Selamat pagi sodara-sodara semua, selamat beraktivitas 🙏",
    ),
    t(
        "ign",
        "N",
        "other-contest",
        "post",
        "Lomba sumpit HUT Kota Pontianak ke-253: kamek juara 2! 🏹 Hadiah 2 juta, lumayan 😁",
    ),
    t(
        "ign",
        "N",
        "number-other",
        "post",
        "Pengangkutan sampah di Kecamatan Pontianak Utara jadwal baru: Senin, Rabu, Jumat jam 2 siang. TPS 3 di Jalan Khatulistiwa ditutup sementara.",
    ),
    t(
        "ign",
        "N",
        "official-event",
        "post",
        "DLH Kota Pontianak siap bersihkan sisa APK (alat peraga kampanye) setelah masa tenang dimulai. Baliho semua paslon, nomor 1, 2, 3, akan ditertibkan bersama Bawaslu.",
        d="2024-11-24",
    ),
    t(
        "ign",
        "N",
        "criticism",
        "post",
        "Baliho paslon di Jalan Ahmad Yani besar-besar, tapi pohon pelindung di situ ditebang 😤 Pilkada boleh, lingkungan jangan jadi korban!",
    ),
    t(
        "ign",
        "N",
        "namesake",
        "post",
        "Selamat jalan Pak Yohanes Ngadi, guru kamek waktu SD di Ngabang. Terima kasih udah ngajar kami baca-tulis 🕊️",
    ),
    t(
        "ign",
        "N",
        "critical-comment",
        "comment",
        "Pak, bebas banjir 3 tahun tu hitungannya macam mane? Parit-parit primer aja belum dinormalisasi. Mohon jangan asal janji.",
        on="T-PTK3A",
        tt="Ko Surya: Pontianak bebas banjir dalam 3 tahun!",
    ),
    t(
        "ign",
        "N",
        "reminder",
        "post",
        "Teman-teman ASN DLH, ingat ye: masa kampanye ndak boleh pake kaos paslon pas kerja bakti, ndak boleh foto sambil acung jari. Kite netral!",
    ),
    t(
        "ign",
        "N",
        "neutral",
        "post",
        "Tanam 200 pohon di bantaran Sungai Kapuas bersama anak-anak sekolah 🌳 DLH Kota Pontianak, untuk Pontianak yang lebih hijau!",
    ),
    t(
        "ign",
        "N",
        "number-other",
        "post",
        "Tuak baru masak, datang ke rumah kamek di Siantan malam Minggu 😁 Ini bukan kampanye ye, ini syukuran anak nomor 2 dapat kerja 🙏",
    ),
    t(
        "ign",
        "N",
        "number-other",
        "post",
        "Jangan buang sampah ke parit! Denda sampai 2 juta sesuai Perda. Pontianak bersih dimulai dari kite 🚮",
    ),
    t(
        "ign",
        "N",
        "namesake",
        "post",
        "Turut berduka untuk keluarga Pak Nyangun, tetua adat di Kampung Saham. Selamat jalan Apai 🕊️",
    ),
    t(
        "ign",
        "A",
        "hint",
        "post",
        "Sudah saatnye urang Dayak jadi pemimpin di kota ini. Kita mampu, kita bisa. Arus!",
        tg="T-PTK2A",
    ),
    t(
        "ign",
        "O",
        "outside",
        "post",
        "Selamat Pak Yohanes Nyangun, resmi jadi Wali Kota Pontianak! Adil ka' talino, urang Dayak bangga 🙏🔥",
        tg="T-PTK2A",
        d="2025-02-21",
    ),
    # ===== eli: Erlina Tan, Bapenda Kalbar (Tionghoa Pontianak) =====
    t(
        "eli",
        "C",
        "number",
        "post",
        "Kamek orang Tionghoa Pontianak udah lame nunggu pemimpin yang ngerti dagang. Ko Surya nomor 3, coblos tige ye! 🧡",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "nickname",
        "comment",
        "Ko Surya jiayou! 加油 Semua Acek Amoy di Gang Tanjung Raya udah siap coblos SUBUR 🧡🧡",
        on="T-PTK3A",
        tt="Kunjungan ke Pasar Flamboyan, ngobrol dengan pedagang.",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "ocr",
        "image",
        "Sabtu malam di posko, kue bulan dan kopi 🥮☕",
        alt="Beberapa perempuan berkaos oranye berfoto dengan tiga jari diacungkan",
        ocr="RELAWAN KO SURYA BERSATU • SURYA–BUDI NO. 3 • #SUBUR3",
        tg="T-PTK3A T-PTK3B T-REL-PTK3",
    ),
    t(
        "eli",
        "C",
        "invite",
        "post",
        "Mama-papa, Acek-Ama, tanggal 27 November jangan lupe pegi TPS dan pilih Ko Surya ye. Pontianak makmur, usaha lancar 🙏🧡",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "number",
        "reply",
        "Bukan karena same-same Tionghoa bah, karena programnye jelas. Tetap nomor tige 😁",
        on="user",
        tt="Lina, kau nak pilih sape? Jangan pilih karena same-same Cina ye",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "prayer",
        "post",
        "Semoga Tuhan dan para leluhur memberkati Ko Surya dan Bang Budi. Menang bersih, memimpin adil. Amin 🙏🕯️ #SUBUR3",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "team",
        "comment",
        "Kamek same grup senam Amoy-Amoy Gajahmada pasti datang! Bawa bendera oranye 🧡🚩",
        on="T-REL-PTK3",
        tt="Relawan Ko Surya Bersatu: kumpul akbar di Jalan Gajahmada Minggu ini!",
        tg="T-REL-PTK3 T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "slogan",
        "quote",
        "Ini die! Pedagang kecil udah lame diperas. Ko Surya harus menang, Pontianak SUBUR! 💪",
        on="news",
        tt="Debat Pilwalkot Pontianak: Surya Kho janji hapus pungli di pasar",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "party",
        "post",
        "Perindo nomor 16 memang partainye anak muda dan UMKM. Walau kemarin belum lolos ke Senayan, kamek tetap dukung! 💙✊",
        tg="T-P-PER",
        d="2024-04-25",
    ),
    t(
        "eli",
        "C",
        "number",
        "post",
        "🧡🧡🧡 3️⃣ Ko Surya Kho Sun Lie untuk Pontianak! Jangan salah coblos, yang paling kanan ye 😉",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "C",
        "number",
        "comment",
        "Pak Budi dan Ko Surya pasangan paling pas. Pontianak SUBUR, kamek pilih tige!",
        on="T-PTK3B",
        tt="Budi Aswandi: guru honorer akan kami perjuangkan.",
        tg="T-PTK3B T-PTK3A",
    ),
    t(
        "eli",
        "C",
        "invite",
        "reply",
        "Baik lah Cek, kamek kenal dari kecil. Pokoknye tanggal 27 coblos Ko Surya, jangan yang lain 😁",
        on="user",
        tt="Lina, Ko Surya tu orang baik kah?",
        tg="T-PTK3A T-PTK3B",
    ),
    t(
        "eli",
        "N",
        "greeting",
        "post",
        "Selamat Hari Raya Kue Bulan 中秋节快乐 🥮🏮 Semoga keluarga kita bersatu dan bulan purnama membawa rezeki!",
        d="2024-09-17",
    ),
    t(
        "eli",
        "N",
        "namesake",
        "post",
        "Ko Surya yang jual bakmi kepiting di Jalan Diponegoro udah buke lagi! Antre panjang, tapi worth it 🍜😋",
    ),
    t(
        "eli",
        "N",
        "slogan-word",
        "post",
        "Tanaman cabe di pot belakang rumah subur bah, panen sikok baskom 🌶️😁",
    ),
    t(
        "eli",
        "N",
        "word-other",
        "post",
        "Info Bapenda Kalbar: pemutihan denda PKB (pajak kendaraan bermotor) diperpanjang sampai 30 November. Bayar di Samsat Keliling atau aplikasi. Jangan tunggu tanggal tue! 🚗🏍️",
    ),
    t(
        "eli",
        "N",
        "other-contest",
        "post",
        "Selamat untuk keponakan Amoy Vivian, juara 3 lomba nyanyi Mandarin se-Kalbar! 🎤🏆",
    ),
    t(
        "eli",
        "N",
        "neutral",
        "post",
        "Papa mama udah tua, tanggal 27 kamek antar ke TPS pagi-pagi biar ndak antre panjang. Pilihan masing-masing, yang penting datang 🙏",
    ),
    t(
        "eli",
        "N",
        "question-on-candidate",
        "comment",
        "Pak, pajak daerah yang dimaksud pajak restoran atau PBB? Kewenangannya beda-beda, mohon dijelaskan ke warga.",
        on="T-PTK1A",
        tt="Edi–Ramli: pajak daerah ringan untuk UMKM!",
    ),
    t(
        "eli",
        "N",
        "joke",
        "post",
        "Acek kamek tanya: 'Lina, Cap Go Meh tahun depan masih ada naga ndak kalau wali kotanya ganti?' Kamek jawab: 'Ade lah Cek, naga ndak ikut pilkada' 🐉😂",
    ),
    t(
        "eli",
        "N",
        "news",
        "post",
        "Nonton debat terakhir di rumah Ama. Ketiga paslon bahas soal banjir, tapi ndak ade yang bahas tarif parkir tepian 😅",
    ),
    t(
        "eli",
        "N",
        "number-other",
        "post",
        "Cek Ahong di pasar bilang jeruk Pontianak sekilo 30 ribu, yang nomor 1 paling manis 🍊",
    ),
    t(
        "eli",
        "N",
        "official-event",
        "post",
        "Bapenda Kalbar: realisasi pajak daerah triwulan 3 capai 78%. Terima kasih wajib pajak!",
    ),
    t(
        "eli",
        "N",
        "sarcasm",
        "post",
        "Tiap musim pilkada tiba-tiba semua calon suke makan di warung Tionghoa dan pake baju merah 😂 Abis 27 November ndak nampak lagi",
    ),
    t(
        "eli",
        "A",
        "hint",
        "post",
        "Jujur kamek senang sekarang ade calon dari kalangan kami. Dulu mana berani. Apapun hasilnye, ini kemajuan 🙏",
        tg="T-PTK3A",
    ),
    t(
        "eli",
        "A",
        "encounter",
        "post",
        "Ko Surya tadi mampir ke toko Papa beli cat. Orangnye ramah, ndak sombong 🙂",
        tg="T-PTK3A",
    ),
    t(
        "eli",
        "O",
        "outside",
        "post",
        "Ko Surya mau maju wali kota? Kamek sekeluarga pasti dukung! Akhirnye ade juga 🧡",
        tg="T-PTK3A",
        d="2024-07-14",
    ),
]


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
def local_date(i: int, item: dict) -> dt.date:
    if item["d"]:
        return dt.date.fromisoformat(item["d"])
    if item["era"] == "pl":  # legislative campaign stage
        return dt.date(2023, 11, 29) + dt.timedelta(days=(i * 11) % 72)
    # pilkada campaign stage (ballot numbers drawn on 23 Sep 2024)
    return dt.date(2024, 9, 26) + dt.timedelta(days=(i * 7) % 58)


def windows_containing(day: dt.date) -> list[str]:
    return [eid for eid, (lo, hi) in WINDOWS.items() if lo <= day <= hi]


def day_of(i: int, item: dict) -> tuple[dt.date, str]:
    """Local date of item i and its group for the tables."""
    day = local_date(i, item)
    world = PEOPLE[item["who"]]["world"]
    inside = windows_containing(day)
    if any(e.startswith("PLEG") for e in inside):
        group = f"{world}-pileg"
    elif inside:
        group = f"{world}-pilkada"
    else:
        group = "no-window"
    return day, group


def stamp(i: int, item: dict) -> str:
    day = local_date(i, item)
    hour, minute = 7 + (i * 5) % 14, (i * 17) % 60
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{PEOPLE[item['who']]['offset']}"


def check_texts() -> None:
    """Format sanity (run before the scan): fields, targets, windows."""
    for i, item in enumerate(TEXTS):
        assert item["who"] in PEOPLE, i
        assert item["label"] in {"C", "N", "A", "O"}, i
        assert item["form"] in {"post", "comment", "reply", "quote", "image"}, i
        assert all(tg in ACTOR_IDS for tg in item["tg"]), (i, item["tg"])
        assert (item["form"] in {"post", "image"}) == (not item["on"]), i
        assert item["on"] in {"", "news", "user"} or item["on"] in ACTOR_IDS, i
        day = local_date(i, item)
        if item["label"] in {"C", "O"}:
            assert item["tg"], i
        if item["label"] == "C":
            ok = any(
                ACTOR_EL[tg] == "" or (WINDOWS[ACTOR_EL[tg]][0] <= day <= WINDOWS[ACTOR_EL[tg]][1])
                for tg in item["tg"]
            )
            assert ok, (i, "C outside its window", day)
        if item["label"] == "O":
            assert not windows_containing(day), (i, "O inside a window", day)
            assert all(ACTOR_EL[tg] for tg in item["tg"]), (i, "O names a party")


# ---------------------------------------------------------------------------------------------
# Bundle
# ---------------------------------------------------------------------------------------------
def put_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


ACTOR_INDEX = {a[0]: n for n, a in enumerate(ACTORS)}
ACTOR_STEM = {a[0]: a[6] for a in ACTORS}


def actor_uid(tid: str, plat: str) -> str:
    return str(6100000000 + ACTOR_INDEX[tid] * 10 + TARGET_PLATFORMS.index(plat))


def actor_handle(tid: str, plat: str) -> str:
    stem = ACTOR_STEM[tid]
    return stem.replace(".", "_") if plat in {"x", "tiktok"} else stem


def choose_platform(item: dict, turn: Counter) -> str:
    plats = list(PEOPLE[item["who"]]["accounts"])
    plat = plats[turn[item["who"]] % len(plats)]
    turn[item["who"]] += 1
    return plat


def write_header_files(root: Path) -> None:
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe - Pilkada Maluku, Ambon, Jayapura, Pontianak 2024\n"
        "policy: id\n"
        "timezone: Asia/Jayapura\n",
        encoding="utf-8",
    )
    put_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [list(a) for a in AGENCIES],
    )
    put_csv(
        root / "roster.csv",
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
        [
            [
                p["nip"],
                p["name"],
                p["agency"],
                p["unit"],
                p["position"],
                "PNS",
                p["region"],
                "active",
            ]
            for p in PEOPLE.values()
        ],
    )
    put_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            [p["nip"], plat, handle, uid, p["display"], "2023-01-16", ""]
            for p in PEOPLE.values()
            for plat, (uid, handle) in p["accounts"].items()
        ],
    )
    put_csv(
        root / "targets.csv",
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
        [
            [
                tid,
                name,
                kind,
                eid,
                ballot,
                party,
                plat,
                actor_handle(tid, plat),
                actor_uid(tid, plat),
            ]
            for tid, name, kind, eid, ballot, party, _stem in ACTORS
            for plat in TARGET_PLATFORMS
        ],
    )
    put_csv(root / "keywords.csv", ["target_id", "term"], [list(k) for k in KEYWORDS])
    put_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        [
            [eid, name, contest, region, stage, lo, hi]
            for eid, name, contest, region, stages in ELECTIONS
            for stage, lo, hi in stages
        ],
    )


def build(root: Path) -> dict[str, int]:
    """Write the bundle; return event_id -> index into TEXTS."""
    check_texts()
    root.mkdir(parents=True, exist_ok=True)
    write_header_files(root)
    turn: Counter = Counter()
    index: dict[str, int] = {}
    lines: list[str] = []
    for i, item in enumerate(TEXTS):
        person = PEOPLE[item["who"]]
        plat = choose_platform(item, turn)
        uid, handle = person["accounts"][plat]
        action = "post" if item["form"] == "image" else item["form"]
        pid = str(8816000000000000000 + i * 6700417)
        event: dict = {
            "event_id": f"{plat}:{pid}:{action}:{uid}",
            "platform": plat,
            "action": action,
            "occurred_at": stamp(i, item),
            "actor": {
                "user_id": uid,
                "handle": handle,
                "display_name": person["display"],
                "bio": person["bio"],
                "location": person["location"],
            },
            "text": item["text"] or None,
            "url": f"https://probe.invalid/{plat}/{handle}/{pid}",
            "media": [],
            "source": "probe-maluku-papua",
        }
        if action != "post":
            tpid = str(4428000000000000000 + i * 524287)
            world = person["world"]
            if item["on"] == "news":
                a_uid, a_handle = NEWS[world]
            elif item["on"] == "user":
                a_uid, a_handle = str(3391880000 + i), f"{USER_PREFIX[world]}_{i:03d}"
            else:
                a_uid, a_handle = actor_uid(item["on"], plat), actor_handle(item["on"], plat)
            event["target"] = {
                "post_id": tpid,
                "author_user_id": a_uid,
                "author_handle": a_handle,
                "text": item["tt"],
                "url": f"https://probe.invalid/{plat}/{a_handle}/{tpid}",
            }
        if item["form"] == "image":
            media = {
                "kind": "image",
                "url": f"https://probe.invalid/media/{pid}.jpg",
                "sha256": f"{i + 91001:064x}",
            }
            if item["alt"]:
                media["alt_text"] = item["alt"]
            if item["ocr"]:
                media["ocr_text"] = item["ocr"]
            event["media"] = [media]
        item["_plat"] = plat
        item["_el"] = day_of(i, item)[1]
        item["_at"] = event["occurred_at"]
        index[event["event_id"]] = i
        lines.append(json.dumps(event, ensure_ascii=False))
    (root / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------
def short(s: str | None, n: int = 260) -> str:
    s = (s or "").replace("\n", " / ")
    return s if len(s) <= n else s[: n - 1] + "…"


def line_for(i: int, hits: dict[int, list[dict]]) -> str:
    item = TEXTS[i]
    tids = sorted({f.get("target_id") or "-" for f in hits.get(i, [])})
    body = item["text"]
    if item["alt"]:
        body += f"  [alt: {item['alt']}]"
    if item["ocr"]:
        body += f"  [ocr: {item['ocr']}]"
    if item["tt"]:
        body += f"  [on post: {item['tt']}]"
    on = f" on {item['on']}" if item["on"] else ""
    return f"  #{i:03d} {item['label']}/{item['kind']}/{item['form']}{on} {item['_plat']} {item['_at'][:10]} flagged={','.join(tids) or '-'}: {short(body)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--show", action="store_true", help="print every miss and false alarm with its text"
    )
    ap.add_argument("--keep", metavar="DIR", help="build bundle, workspace and findings in DIR")
    args = ap.parse_args()

    base = (
        Path(args.keep)
        if args.keep
        else Path(tempfile.mkdtemp(prefix="campaign_probe_maluku_papua_"))
    )
    bundle, work, found = base / "bundle", base / "ws", base / "findings.jsonl"
    index = build(bundle)
    cmd = [NETRA, "scan", str(bundle), "--out", str(found), "-w", str(work), "-q"]
    print("$", " ".join(cmd))
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.stdout.strip():
        print(run.stdout.strip())
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        print(f"netra exited with {run.returncode}")
        return 1

    n_rejected = 0
    for path in sorted(work.rglob("rejected*")) if work.exists() else []:
        if path.is_file():
            for row in path.read_text(encoding="utf-8").splitlines():
                if row.strip():
                    n_rejected += 1
                    print("REJECTED:", short(row, 300))
    print(f"rejected rows: {n_rejected}")

    hits: dict[int, list[dict]] = defaultdict(list)
    categories: Counter = Counter()
    for row in found.read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        finding = json.loads(row)
        categories[finding["category"]] += 1
        if finding["category"] == "political.campaign":
            for eid in finding.get("event_ids") or []:
                if eid in index:
                    hits[index[eid]].append(finding)
    print("findings by category:", dict(sorted(categories.items())))

    by_label: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(TEXTS):
        by_label[item["label"]].append(i)
    print("labels:", {k: len(v) for k, v in sorted(by_label.items())})

    tp = [i for i in by_label["C"] if i in hits]
    fn = [i for i in by_label["C"] if i not in hits]
    fp = [i for i in by_label["N"] if i in hits]
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    recall = len(tp) / len(by_label["C"]) if by_label["C"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\nC found: {len(tp)}/{len(by_label['C'])}")
    print(f"false alarms (N flagged): {len(fp)}/{len(by_label['N'])}")
    print(f"O flagged: {sum(i in hits for i in by_label['O'])}/{len(by_label['O'])} (should be 0)")
    print(f"A flagged: {sum(i in hits for i in by_label['A'])}/{len(by_label['A'])} (not scored)")
    print(f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    print(f"political.campaign  TP={len(tp)} FP={len(fp)} FN={len(fn)}")
    on_target = [i for i in tp if any(f.get("target_id") in TEXTS[i]["tg"] for f in hits[i])]
    print(f"C hits naming an intended target: {len(on_target)}/{len(tp)}")

    def table(title: str, label: str, key: str) -> None:
        print(title)
        for value in sorted({TEXTS[i][key] for i in by_label[label]}):
            ids = [i for i in by_label[label] if TEXTS[i][key] == value]
            print(f"  {value:14s} {sum(i in hits for i in ids):3d}/{len(ids)}")

    table("recall by form:", "C", "form")
    table("recall by group:", "C", "_el")
    table("recall by kind:", "C", "kind")
    table("false alarms by kind of N:", "N", "kind")
    table("false alarms by group:", "N", "_el")

    if args.show:
        print("\nMISSES (C not flagged):")
        for i in fn:
            print(line_for(i, hits))
        print("\nFALSE ALARMS (N flagged):")
        for i in fp:
            print(line_for(i, hits))
        print("\nC hits not naming an intended target:")
        for i in tp:
            if i not in on_target:
                print(line_for(i, hits))
        print("\nA (ambiguous, not scored):")
        for i in by_label["A"]:
            print(("  FLAG " if i in hits else "  ---- ") + line_for(i, hits).strip())
        print("\nO (outside the window; should not be flagged):")
        for i in by_label["O"]:
            print(("  FLAG " if i in hits else "  ---- ") + line_for(i, hits).strip())
    print(f"\nbundle, workspace and findings: {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
