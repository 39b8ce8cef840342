# ruff: noqa: E501  (the texts are data: one post per line reads better than split strings)
"""Independent out-of-sample probe of `political.campaign` (eastern Indonesia).

Built only from the public spec (bundle-v1.md, categories.md, domain.md). Two invented
regional elections in one WITA bundle:

* PILBUP-SIKKA-2024  — regent election, Kabupaten Sikka (NTT, 53.07),
  neutrality window 2024-08-27 .. 2024-12-16 (WITA).
* PILWAKO-MDO-2025   — mayor election (invented re-run), Kota Manado (Sulut, 71.71),
  neutrality window 2025-05-12 .. 2025-09-10 (WITA).

Plus four real 2024 national parties (political at all times). Every candidate, team,
slogan and text is invented. Labels:
  C  campaigns for / shows support of a target (must be flagged)
  N  near miss, not campaigning (must not be flagged)
  A  ambiguous (reported only)
  O  C-like but outside the named candidate's election window (reported; should not be flagged)

Usage:
  .venv/bin/python benchmarks/campaign_probe_timur.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import orjson

NETRA = "/work/main/.venv/bin/netra"
TZ = "+08:00"  # WITA, Asia/Makassar

# --------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------
AGENCIES = [
    ("KEMENPUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "", ""),
    ("BWS-SUL1", "Balai Wilayah Sungai Sulawesi I", "KEMENPUPR", "71"),
    ("PEMKAB-SIKKA", "Pemerintah Kabupaten Sikka", "", "53.07"),
    ("DINKES-SIKKA", "Dinas Kesehatan Kabupaten Sikka", "PEMKAB-SIKKA", "53.07"),
    ("PEMKOT-MDO", "Pemerintah Kota Manado", "", "71.71"),
]

EMP_NIP = "198807142014032005"
ROSTER = [
    # nip, name, agency, unit, position, type, region, status
    (
        EMP_NIP,
        "Yuliana Maria Parera, S.T., M.T.",
        "BWS-SUL1",
        "Bidang Operasi dan Pemeliharaan",
        "Penata Teknis Sumber Daya Air",
        "PNS",
        "71.71",
        "active",
    ),
    (
        "197912032005011004",
        "Ir. Johanis Rumagit, M.Eng.",
        "BWS-SUL1",
        "Bagian Umum",
        "Kepala Bagian Umum",
        "PNS",
        "71.71",
        "active",
    ),
    (
        "199203252019032011",
        "Fransiska Dua Lodan, S.Kep.",
        "DINKES-SIKKA",
        "Puskesmas Beru",
        "Perawat Ahli Pertama",
        "PNS",
        "53.07",
        "active",
    ),
    (
        "198601172010011007",
        "H. Rahmat Paputungan, S.Sos.",
        "PEMKOT-MDO",
        "Kecamatan Wanea",
        "Sekretaris Kecamatan",
        "PNS",
        "71.71",
        "active",
    ),
    (
        "199411302020122008",
        "Nelci Kristin Rotty, S.E.",
        "PEMKOT-MDO",
        "Badan Keuangan Daerah",
        "Analis Keuangan",
        "PNS",
        "71.71",
        "inactive",
    ),
]

ACCOUNTS = {  # platform -> (handle, user_id, display_name)
    "facebook": ("yuli.parera", "100078812345", "Yuli Parera"),
    "instagram": ("yuliparera_", "5123987654", "yuli 🌺"),
    "x": ("yuli_prr", "1456789012345678901", "Yuli P."),
    "tiktok": ("yuliiiprr", "6987654321098765432", "yuliiii"),
}

E1, E2 = "PILBUP-SIKKA-2024", "PILWAKO-MDO-2025"
ELECTIONS = [
    (
        E1,
        "Pemilihan Bupati dan Wakil Bupati Sikka 2024",
        "regional_head",
        "53.07",
        "candidacy",
        "2024-08-27",
        "2024-09-24",
    ),
    (
        E1,
        "Pemilihan Bupati dan Wakil Bupati Sikka 2024",
        "regional_head",
        "53.07",
        "campaign",
        "2024-09-25",
        "2024-11-23",
    ),
    (
        E1,
        "Pemilihan Bupati dan Wakil Bupati Sikka 2024",
        "regional_head",
        "53.07",
        "quiet",
        "2024-11-24",
        "2024-11-26",
    ),
    (
        E1,
        "Pemilihan Bupati dan Wakil Bupati Sikka 2024",
        "regional_head",
        "53.07",
        "voting",
        "2024-11-27",
        "2024-11-27",
    ),
    (
        E1,
        "Pemilihan Bupati dan Wakil Bupati Sikka 2024",
        "regional_head",
        "53.07",
        "counting",
        "2024-11-27",
        "2024-12-06",
    ),
    (
        E1,
        "Pemilihan Bupati dan Wakil Bupati Sikka 2024",
        "regional_head",
        "53.07",
        "result",
        "2024-12-07",
        "2024-12-16",
    ),
    (
        E2,
        "Pemilihan Wali Kota dan Wakil Wali Kota Manado 2025 (ulang)",
        "regional_head",
        "71.71",
        "candidacy",
        "2025-05-12",
        "2025-06-24",
    ),
    (
        E2,
        "Pemilihan Wali Kota dan Wakil Wali Kota Manado 2025 (ulang)",
        "regional_head",
        "71.71",
        "campaign",
        "2025-06-25",
        "2025-08-23",
    ),
    (
        E2,
        "Pemilihan Wali Kota dan Wakil Wali Kota Manado 2025 (ulang)",
        "regional_head",
        "71.71",
        "quiet",
        "2025-08-24",
        "2025-08-26",
    ),
    (
        E2,
        "Pemilihan Wali Kota dan Wakil Wali Kota Manado 2025 (ulang)",
        "regional_head",
        "71.71",
        "voting",
        "2025-08-27",
        "2025-08-27",
    ),
    (
        E2,
        "Pemilihan Wali Kota dan Wakil Wali Kota Manado 2025 (ulang)",
        "regional_head",
        "71.71",
        "counting",
        "2025-08-27",
        "2025-09-03",
    ),
    (
        E2,
        "Pemilihan Wali Kota dan Wakil Wali Kota Manado 2025 (ulang)",
        "regional_head",
        "71.71",
        "result",
        "2025-09-04",
        "2025-09-10",
    ),
]

# target_id, name, kind, election_id, ballot_number, party, [(platform, handle, user_id)]
TARGETS = [
    (
        "SKA-01",
        "Fransiskus Moa Nong – Siti Aminah Laka (Paket MOANA)",
        "candidate",
        E1,
        "1",
        "Partai Golkar",
        [("facebook", "PaketMOANA", "100090010011"), ("instagram", "moana.sikka", "4490010012")],
    ),
    (
        "SKA-02",
        "Yoseph Bria Da Cunha – Marselina Hoar Wodon (Paket JOSMA)",
        "candidate",
        E1,
        "2",
        "PDI Perjuangan",
        [("facebook", "JosmaSikka", "100090020011"), ("x", "josma_sikka", "1590020012000000001")],
    ),
    (
        "SKA-03",
        "Drs. Hendrikus Kanis Lewar – Ahmad Yani Rangga (Paket HEBAT)",
        "candidate",
        E1,
        "3",
        "Partai Gerindra",
        [("facebook", "PaketHebatSikka", "100090030011"), ("tiktok", "sikkahebat", "7090030012")],
    ),
    (
        "SKA-T1",
        "Relawan Sahabat MOANA",
        "campaign_team",
        E1,
        "",
        "",
        [("facebook", "RelawanSahabatMOANA", "100090110011")],
    ),
    (
        "SKA-T2",
        "Tim Pemenangan JOSMA",
        "campaign_team",
        E1,
        "",
        "",
        [("facebook", "TimPemenanganJOSMA", "100090120011")],
    ),
    (
        "SKA-T3",
        "Laskar Hebat Nian Sikka",
        "campaign_team",
        E1,
        "",
        "",
        [("facebook", "LaskarHebatNian", "100090130011")],
    ),
    (
        "MDO-01",
        "Ir. Stevanus Rumengan – Fadli Paputungan (SERASI)",
        "candidate",
        E2,
        "1",
        "Partai Gerindra",
        [("facebook", "SerasiManado", "100091010011"), ("x", "serasi_mdo", "1591010012000000001")],
    ),
    (
        "MDO-02",
        "Jeane Kaunang, S.H. – Rivo Wowor (JeRi)",
        "candidate",
        E2,
        "2",
        "PDI Perjuangan",
        [("instagram", "jeri.manado", "4491020011"), ("x", "JeRi_Manado", "1591020012000000001")],
    ),
    (
        "MDO-03",
        "Hj. Nurhayati Mokodompit – Glenn Tumbelaka (NURANI)",
        "candidate",
        E2,
        "3",
        "Partai NasDem",
        [
            ("instagram", "nurani.manado", "4491030011"),
            ("facebook", "NuraniUntukManado", "100091030012"),
        ],
    ),
    (
        "MDO-04",
        "Alfrets Mandagi – Yulin Walangitan (Paket AYO, perseorangan)",
        "candidate",
        E2,
        "4",
        "",
        [("tiktok", "paketayo.mdo", "7091040011"), ("facebook", "PaketAYOManado", "100091040012")],
    ),
    (
        "MDO-T1",
        "Barisan Relawan SERASI (BARA SERASI)",
        "campaign_team",
        E2,
        "",
        "",
        [("facebook", "BaraSerasi", "100091110011")],
    ),
    (
        "MDO-T2",
        "Torang Pe JeRi",
        "campaign_team",
        E2,
        "",
        "",
        [("instagram", "torangpejeri", "4491120011")],
    ),
    (
        "MDO-T3",
        "Laskar Nurani",
        "campaign_team",
        E2,
        "",
        "",
        [("facebook", "LaskarNurani", "100091130011")],
    ),
    (
        "P-GER",
        "Partai Gerakan Indonesia Raya (Gerindra)",
        "party",
        "",
        "2",
        "Partai Gerindra",
        [("x", "Gerindra", "8000000001"), ("facebook", "Gerindra", "100080000001")],
    ),
    (
        "P-PDIP",
        "PDI Perjuangan",
        "party",
        "",
        "3",
        "PDI Perjuangan",
        [("x", "PDI_Perjuangan", "8000000002"), ("instagram", "pdiperjuangan", "8000000012")],
    ),
    (
        "P-GOL",
        "Partai Golongan Karya (Golkar)",
        "party",
        "",
        "4",
        "Partai Golkar",
        [("x", "Golkar_ID", "8000000003"), ("facebook", "PartaiGolkar", "100080000003")],
    ),
    (
        "P-NAS",
        "Partai NasDem",
        "party",
        "",
        "5",
        "Partai NasDem",
        [("x", "NasDem", "8000000004"), ("facebook", "PartaiNasDem", "100080000004")],
    ),
]

KEYWORDS = [
    ("SKA-01", "MOANA"),
    ("SKA-01", "Paket MOANA"),
    ("SKA-01", "#MOANA1"),
    ("SKA-01", "frans moa"),
    ("SKA-01", "Sahabat Moana"),
    ("SKA-02", "JOSMA"),
    ("SKA-02", "#JosmaSikkaBangkit"),
    ("SKA-02", "Sikka Bangkit"),
    ("SKA-02", "coblos nomor 2"),
    ("SKA-02", "Bung Yos"),
    ("SKA-02", "mama selin"),
    ("SKA-03", "HEBAT"),
    ("SKA-03", "#SikkaHebat"),
    ("SKA-03", "Paket Hebat"),
    ("SKA-03", "om hendrik"),
    ("SKA-03", "Hebat Nian"),
    ("SKA-T1", "Relawan Sahabat MOANA"),
    ("SKA-T2", "Tim Pemenangan JOSMA"),
    ("SKA-T3", "Laskar Hebat Nian"),
    ("MDO-01", "SERASI"),
    ("MDO-01", "#ManadoSerasi"),
    ("MDO-01", "coblos nomor satu"),
    ("MDO-01", "Om Stevan"),
    ("MDO-02", "JeRi"),
    ("MDO-02", "#JeRiBakuDapa"),
    ("MDO-02", "Baku Dapa"),
    ("MDO-02", "mama jeane"),
    ("MDO-03", "NURANI"),
    ("MDO-03", "#NuraniUntukManado"),
    ("MDO-03", "Ibu Nur"),
    ("MDO-03", "salam 3 jari"),
    ("MDO-04", "Paket AYO"),
    ("MDO-04", "#AyoManado"),
    ("MDO-04", "AYO Basudara"),
    ("MDO-T1", "BARA SERASI"),
    ("MDO-T2", "Torang Pe JeRi"),
    ("MDO-T3", "Laskar Nurani"),
    ("P-GER", "Gerindra"),
    ("P-GER", "#GerindraMenang"),
    ("P-PDIP", "PDI Perjuangan"),
    ("P-PDIP", "PDIP"),
    ("P-PDIP", "salam metal"),
    ("P-PDIP", "banteng"),
    ("P-GOL", "Golkar"),
    ("P-GOL", "Suara Golkar Suara Rakyat"),
    ("P-GOL", "beringin"),
    ("P-NAS", "NasDem"),
    ("P-NAS", "Restorasi Indonesia"),
    ("P-NAS", "#NasDemMenang"),
]

# Other people's posts that comments / replies / quotes hang on: key -> (handle, user_id, text)
FRIEND = {
    "ance": ("ance.mitak", "100055501001", "Foto-foto kegiatan hari ini 📸"),
    "emil": ("emilia.dapa", "100055501002", "Selamat pagi basodara semua, Tuhan berkati 🙏"),
    "andre": ("andre.sengkey", "100055501003", "Sore-sore di Boulevard, sapa mo ikut?"),
    "nelci": ("nelci.rotty", "100055501004", "Baju baru for acara besok 😍"),
    "marten": ("marten.lewuk", "100055501005", "Ada yang tau jalan ke Paga su bagus atau belum?"),
    "flob": (
        "FlobamoraNews",
        "100055502001",
        "Program unggulan para calon bupati Sikka untuk nelayan dan petani.",
    ),
    "mdonews": (
        "ManadoTerkini",
        "100055502002",
        "Warga keluhkan banjir di Tikala, paslon janji solusi.",
    ),
    "survei": (
        "FlobamoraNews",
        "100055502001",
        "Survei terbaru Pilbup Sikka: elektabilitas MOANA unggul tipis atas JOSMA.",
    ),
    "kpu": (
        "ManadoTerkini",
        "100055502002",
        "KPU Kota Manado tetapkan 4 pasangan calon wali kota 2025.",
    ),
    "debat1": (
        "FlobamoraNews",
        "100055502001",
        "Debat kedua Pilbup Sikka: ketiga paslon adu gagasan soal air bersih.",
    ),
    "debat2": (
        "ManadoTerkini",
        "100055502002",
        "Debat kedua Pilwako Manado berlangsung panas di Hotel Sintesa.",
    ),
    "pdipnews": ("ManadoTerkini", "100055502002", "PDIP evaluasi kekalahan di sejumlah pilkada."),
    "cand_josma": (
        "JosmaSikka",
        "100090020011",
        "Terima kasih warga Nita atas sambutan luar biasa hari ini! #JosmaSikkaBangkit",
    ),
    "cand_josma_x": (
        "josma_sikka",
        "1590020012000000001",
        "Debat kedua malam ini, mohon doa restu basodara semua.",
    ),
    "cand_hebat": (
        "PaketHebatSikka",
        "100090030011",
        "Kampanye dialogis bersama petani Lela. Sikka Hebat! #SikkaHebat",
    ),
    "team_hebat": (
        "LaskarHebatNian",
        "100090130011",
        "Konsolidasi Laskar Hebat Nian se-Kabupaten Sikka, siapa hadir?",
    ),
    "cand_serasi": (
        "SerasiManado",
        "100091010011",
        "Kampanye di Malalayang hari ini. Terima kasih warga! ☝️",
    ),
    "cand_nurani": (
        "nurani.manado",
        "4491030011",
        "Silaturahmi dengan warga Ternate Baru 🤲 #NuraniUntukManado",
    ),
    "cand_jeri_x": (
        "JeRi_Manado",
        "1591020012000000001",
        "Terima kasih warga Wanea! Baku dapa di TPS 💙",
    ),
    "team_nurani": (
        "LaskarNurani",
        "100091130011",
        "Laskar Nurani buka pendaftaran relawan kelurahan.",
    ),
    "nasdem_x": ("NasDem", "8000000004", "Kampanye akbar NasDem di GBK hari ini!"),
    "pdip_fb": ("PDI_Perjuangan", "8000000002", "Rapat umum PDI Perjuangan."),
    "cand_moana": ("PaketMOANA", "100090010011", "Program MOANA: air bersih untuk semua desa."),
}


# --------------------------------------------------------------------------------------
# Texts. Fields: id, lab, form (post|comment|reply|quote|image), plat, at, tg (intended
# targets), text, on (context key for comment/reply/quote), ocr (image text).
# "at" as "YYYY-MM-DD HH:MM" is local WITA; a full ISO string is used verbatim.
# --------------------------------------------------------------------------------------
def T(id, lab, form, at, text, tg=(), on=None, plat=None, ocr=None):
    return dict(
        id=id, lab=lab, form=form, at=at, text=text, tg=tuple(tg), on=on, plat=plat, ocr=ocr
    )


TEXTS = [
    # ---------------- C: Pilbup Sikka 2024 ----------------
    T(
        "c01",
        "C",
        "post",
        "2024-10-03 19:12",
        "Mari katong dukung Paket MOANA, Sikka pu masa depan ada di tangan katong samua 🙏 #MOANA1",
        ["SKA-01", "SKA-T1"],
    ),
    T(
        "c02",
        "C",
        "comment",
        "2024-10-12 20:40",
        "Mantap kaka, nomor 1 su pasti menang. MOANA sonde ada lawan 💪",
        ["SKA-01", "SKA-T1"],
        on="ance",
    ),
    T(
        "c03",
        "C",
        "post",
        "2024-11-20 07:30",
        "Tanggal 27 jangan lupa ke TPS e, coblos nomor 2 JOSMA, demi Sikka Bangkit!!",
        ["SKA-02", "SKA-T2"],
    ),
    T(
        "c04",
        "C",
        "image",
        "2024-10-20 16:05",
        "Ikut meramaikan 🥰",
        ["SKA-02", "SKA-T2"],
        ocr="PAKET JOSMA NOMOR 2 | YOSEPH BRIA DA CUNHA – MARSELINA HOAR WODON | SIKKA BANGKIT",
    ),
    T(
        "c05",
        "C",
        "reply",
        "2024-10-25 21:14",
        "Beta pilih Om Hendrik sa, su terbukti kerja. Sikka Hebat harga mati",
        ["SKA-03", "SKA-T3"],
        on="marten",
    ),
    T(
        "c06",
        "C",
        "post",
        "2024-11-02 18:22",
        "sikka hebat nian 🔥🔥 nomor 3 e basodara, HEBAT sampe menang #sikkahebat",
        ["SKA-03", "SKA-T3"],
        plat="instagram",
    ),
    T(
        "c07",
        "C",
        "quote",
        "2024-11-10 09:45",
        "Ayo sedikit lagi! Moana nomor satu, katong kawal sampai tanggal 27",
        ["SKA-01", "SKA-T1"],
        on="survei",
    ),
    T(
        "c08",
        "C",
        "comment",
        "2024-10-08 22:03",
        "Sukses selalu Bung Yos dan Mama Selin, katong keluarga besar di Nita siap menangkan JOSMA 🙏🙏",
        ["SKA-02", "SKA-T2"],
        on="cand_josma",
    ),
    T(
        "c09",
        "C",
        "post",
        "2024-09-28 20:11",
        "pov: ko pulang kampung cuma buat coblos no 2 😂✌️ #josma #sikkabangkit",
        ["SKA-02", "SKA-T2"],
        plat="tiktok",
    ),
    T(
        "c10",
        "C",
        "post",
        "2024-11-23 23:10",
        "Hari terakhir kampanye, beta mau bilang: pilih yang su jelas, pilih MOANA. Besok su masa tenang jadi beta omong sekarang 😁",
        ["SKA-01", "SKA-T1"],
    ),
    T(
        "c11",
        "C",
        "post",
        "2024-11-25 12:40",
        "Masa tenang tapi hati sonde tenang 😅 pokoknya 3 tetap di hati, Paket Hebat!",
        ["SKA-03", "SKA-T3"],
    ),
    T(
        "c12",
        "C",
        "image",
        "2024-10-15 10:30",
        None,
        ["SKA-01", "SKA-T1"],
        ocr="SAHABAT MOANA KECAMATAN ALOK SIAP MENANGKAN PAKET MOANA NO.1",
    ),
    T(
        "c13",
        "C",
        "comment",
        "2024-11-05 13:55",
        "Kalo mau jalan bagus sampe Paga, pilih Pak Frans Moa. Sudah itu sa.",
        ["SKA-01", "SKA-T1"],
        on="marten",
    ),
    T(
        "c14",
        "C",
        "post",
        "2024-09-26 17:48",
        "Baru ikut deklarasi Relawan Sahabat MOANA di Maumere, ramai sekali! Katong siap turun ke kampung-kampung 👊",
        ["SKA-01", "SKA-T1"],
    ),
    T(
        "c15",
        "C",
        "reply",
        "2024-11-15 22:30",
        "bae sudah, kalo ale sonde mau pilih JOSMA itu ale pung hak. Tapi beta tetap nomor 2 sampe mati 😤",
        ["SKA-02", "SKA-T2"],
        on="emil",
    ),
    T(
        "c16",
        "C",
        "post",
        "2024-11-27 09:05",
        "Su coblos! Tiga jari buat Sikka Hebat 🤟💜",
        ["SKA-03", "SKA-T3"],
        plat="instagram",
    ),
    T(
        "c17",
        "C",
        "comment",
        "2024-10-30 19:20",
        "Mantap Bapa Hendrik! Lanjutkan perjuangan, katong di Lela semua pilih nomor tiga",
        ["SKA-03", "SKA-T3"],
        on="cand_hebat",
    ),
    T(
        "c18",
        "C",
        "post",
        "2024-10-19 11:11",
        "Yg bilang MOANA cm pencitraan, coba liat dulu program2nya. Beta yakin no 1 pilihan paling masuk akal buat Sikka #MOANA",
        ["SKA-01", "SKA-T1"],
        plat="x",
    ),
    T(
        "c19",
        "C",
        "post",
        "2024-08-27T00:40:00",
        "Pendaftaran paket hari ini! Doakan Paket JOSMA lancar daftar di KPU, Sikka Bangkit mulai hari ini ✊",
        ["SKA-02", "SKA-T2"],
    ),
    T(
        "c20",
        "C",
        "post",
        "2024-08-26T23:50:00+07:00",
        "Besok pagi katong antar Om Hendrik daftar ke KPU. Semua relawan kumpul jam 7 di Gelora Samador. HEBAT!! #SikkaHebat",
        ["SKA-03", "SKA-T3"],
    ),
    T(
        "c21",
        "C",
        "post",
        "2024-12-16T23:30:00+08:00",
        "Apapun hasil pleno nanti, beta tetap bangga jadi bagian dari Sahabat MOANA. Nomor 1 di hati katong selamanya ❤️",
        ["SKA-01", "SKA-T1"],
    ),
    T(
        "c22",
        "C",
        "post",
        "2024-12-17T00:15:00+09:00",
        "Terima kasih Tuhan, JOSMA menang di pleno! Sikka Bangkit, Bung Yos Bupati katong 🙏🎉",
        ["SKA-02", "SKA-T2"],
    ),
    T(
        "c23",
        "C",
        "comment",
        "2024-10-05 15:37",
        "kaka pake baju kaos MOANA cocok sekali 😍 nanti beta minta satu e, biar sama-sama dukung nomor 1",
        ["SKA-01", "SKA-T1"],
        on="nelci",
        plat="instagram",
    ),
    T(
        "c24",
        "C",
        "post",
        "2024-09-30 20:02",
        "Sapa yang mau ikut konvoi Paket Hebat hari Sabtu? Beta bawa oto pick up, muat 15 orang. Japri ee",
        ["SKA-03", "SKA-T3"],
    ),
    T(
        "c25",
        "C",
        "image",
        "2024-10-22 14:15",
        "Bersama calon bupati kita 🙏",
        ["SKA-03", "SKA-T3"],
        plat="instagram",
        ocr="HENDRIKUS KANIS LEWAR – AHMAD YANI RANGGA | CALON BUPATI & WAKIL BUPATI SIKKA 2024 | NOMOR 3",
    ),
    T(
        "c26",
        "C",
        "quote",
        "2024-11-08 22:50",
        "Bung Yos tampil paling tenang dan paling paham masalah air bersih. No debat, JOSMA sudah!",
        ["SKA-02", "SKA-T2"],
        on="cand_josma_x",
    ),
    T(
        "c27",
        "C",
        "post",
        "2024-11-12 06:45",
        "Katong orang Palue sonde lupa jasa Bapa Frans. 27 November, coblos MOANA! 🌊",
        ["SKA-01", "SKA-T1"],
    ),
    T(
        "c28",
        "C",
        "comment",
        "2024-11-18 08:12",
        "Hanya Ibu Aminah yang betul-betul turun ke kampung nelayan. Nomor 1 sudah, jangan ragu",
        ["SKA-01", "SKA-T1"],
        on="flob",
    ),
    T(
        "c29",
        "C",
        "reply",
        "2024-10-28 19:33",
        "Nong, ko su terdaftar di DPT ko? Jangan lupa e tanggal 27 coblos nomor dua, JOSMA 👍",
        ["SKA-02", "SKA-T2"],
        on="emil",
    ),
    T(
        "c30",
        "C",
        "post",
        "2024-11-14 17:00",
        "Goyang Sikka Hebat challenge 💃🕺 yuk ikutan! #SikkaHebat #HebatNian #Nomor3",
        ["SKA-03", "SKA-T3"],
        plat="tiktok",
    ),
    T(
        "c31",
        "C",
        "post",
        "2024-09-25 08:00",
        "Kampanye resmi dimulai! Mari katong bergerak bersama Tim Pemenangan JOSMA, dari Magepanda sampai Talibura 💪 #JosmaSikkaBangkit",
        ["SKA-02", "SKA-T2"],
    ),
    T(
        "c32",
        "C",
        "comment",
        "2024-10-17 21:45",
        "Hadir! Laskar Hebat Nian wilayah Kewapante siap tempur 🔥",
        ["SKA-03", "SKA-T3"],
        on="team_hebat",
    ),
    T(
        "c33",
        "C",
        "image",
        "2024-11-09 18:30",
        "Rame skali tadi 😍",
        ["SKA-01", "SKA-T1"],
        ocr="KAMPANYE AKBAR PAKET MOANA | LAPANGAN KOTA BARU MAUMERE | COBLOS NO 1",
    ),
    T(
        "c34",
        "C",
        "post",
        "2024-11-21 10:10",
        "pilihh josmaa nomr 2 yaa bsodara smua, jgn smpe slh coblos 🙏🙏",
        ["SKA-02", "SKA-T2"],
    ),
    T(
        "c35",
        "C",
        "comment",
        "2024-10-10 12:25",
        "Om Hendrik itu orang baik, beta pu keluarga satu kampung su sepakat pilih dia. Sikka harus HEBAT!",
        ["SKA-03", "SKA-T3"],
        on="marten",
    ),
    # ---------------- C: Pilwako Manado 2025 ----------------
    T(
        "c36",
        "C",
        "post",
        "2025-06-26 19:00",
        "Mari jo torang samua dukung SERASI, Manado musti berubah! Nomor 1 pasti 👆 #ManadoSerasi",
        ["MDO-01", "MDO-T1"],
    ),
    T(
        "c37",
        "C",
        "comment",
        "2025-07-03 20:15",
        "Kita so pasti pilih JeRi, ngana? 😁 Baku dapa di TPS 27 Agustus!",
        ["MDO-02", "MDO-T2"],
        on="andre",
    ),
    T(
        "c38",
        "C",
        "post",
        "2025-07-15 08:40",
        "Torang pe mama Jeane pasti menang! Nomor 2 for Manado 💙 #JeRiBakuDapa",
        ["MDO-02", "MDO-T2"],
        plat="instagram",
    ),
    T(
        "c39",
        "C",
        "image",
        "2025-07-20 11:50",
        "Kalo nda sekarang kapan lagi",
        ["MDO-03", "MDO-T3"],
        ocr="NURANI UNTUK MANADO | HJ. NURHAYATI MOKODOMPIT – GLENN TUMBELAKA | CALON WALI KOTA DAN WAKIL WALI KOTA NO. 3",
    ),
    T(
        "c40",
        "C",
        "reply",
        "2025-08-01 21:05",
        "Bakusedu ngana. Mar serius, kalo mo Manado bebas banjir, pilih Om Stevan. Dia itu insinyur, tau urus got 😂",
        ["MDO-01", "MDO-T1"],
        on="andre",
    ),
    T(
        "c41",
        "C",
        "post",
        "2025-08-10 23:02",
        "fix no debat. JeRi paling siap. coblos nomor 2 tanggal 27 👊 #JeRiBakuDapa",
        ["MDO-02", "MDO-T2"],
        plat="x",
    ),
    T(
        "c42",
        "C",
        "comment",
        "2025-07-08 16:30",
        "Sukses Ibu Nur deng Kak Glenn, torang warga Ternate Baru siap menangkan NURANI 🤲",
        ["MDO-03", "MDO-T3"],
        on="cand_nurani",
        plat="instagram",
    ),
    T(
        "c43",
        "C",
        "post",
        "2025-06-30 18:10",
        "Jalan sore deng Laskar Nurani kaseh bage stiker 😍 salam 3 jari!! #NuraniUntukManado",
        ["MDO-03", "MDO-T3"],
        plat="tiktok",
    ),
    T(
        "c44",
        "C",
        "quote",
        "2025-07-22 12:00",
        "Dari 4 paslon cuma satu yang masuk akal: SERASI. Nomor 1 Manado!",
        ["MDO-01", "MDO-T1"],
        on="kpu",
    ),
    T(
        "c45",
        "C",
        "post",
        "2025-08-23 22:30",
        "Malam terakhir kampanye, torang pe tekad satu: JeRi menang satu putaran! Mari jo baku dapa di TPS",
        ["MDO-02", "MDO-T2"],
    ),
    T(
        "c46",
        "C",
        "post",
        "2025-08-25 10:00",
        "Masa tenang mar hati tetap nomor 1 ☝️ SERASI for Manado",
        ["MDO-01", "MDO-T1"],
    ),
    T(
        "c47",
        "C",
        "image",
        "2025-07-28 09:20",
        "👆👆",
        ["MDO-01", "MDO-T1"],
        plat="instagram",
        ocr="BARISAN RELAWAN SERASI KELURAHAN TIKALA SIAP MEMENANGKAN STEVANUS RUMENGAN – FADLI PAPUTUNGAN",
    ),
    T(
        "c48",
        "C",
        "comment",
        "2025-08-05 19:45",
        "Ngana pe baju Paket AYO bagus skali, kita juga mo pake besok for kampanye di Bahu 🧡 #AyoManado",
        ["MDO-04"],
        on="nelci",
    ),
    T(
        "c49",
        "C",
        "post",
        "2025-08-15 07:55",
        "Calon independen itu bukti rakyat bisa. Dukung Paket AYO, nomor 4, Om Alfrets deng Ci Yulin!! #AyoManado",
        ["MDO-04"],
    ),
    T(
        "c50",
        "C",
        "reply",
        "2025-07-30 13:30",
        "Nda usah ragu, Ibu Nur so pernah jadi lurah, so tau torang pe susah. Nomor 3 jo",
        ["MDO-03", "MDO-T3"],
        on="andre",
    ),
    T(
        "c51",
        "C",
        "post",
        "2025-05-12T00:20:00",
        "Hari ini pendaftaran bakal calon. Torang samua siap antar Mama Jeane ke KPU, JeRi pasti jadi! 💙",
        ["MDO-02", "MDO-T2"],
    ),
    T(
        "c52",
        "C",
        "post",
        "2025-05-11T17:30:00Z",
        "Subuh-subuh so bangun, siap kawal pendaftaran Om Stevan deng Om Fadli. SERASI!! ☝️",
        ["MDO-01", "MDO-T1"],
    ),
    T(
        "c53",
        "C",
        "post",
        "2025-09-10T22:50:00+08:00",
        "Penetapan so selesai. Biar nda menang, kita tetap bangga dukung NURANI. Ibu Nur tetap di hati 🤲",
        ["MDO-03", "MDO-T3"],
    ),
    T(
        "c54",
        "C",
        "post",
        "2025-09-11T00:30:00+09:00",
        "Selamat Wali Kota baru torang, Mama Jeane! JeRi menang, Manado baku dapa 🎉💙",
        ["MDO-02", "MDO-T2"],
    ),
    T(
        "c55",
        "C",
        "comment",
        "2025-07-12 21:10",
        "Kita ada di kampanye SERASI tadi di Lapangan Tikala, Om Stevan pe orasi bagus skali, so yakin nomor 1",
        ["MDO-01", "MDO-T1"],
        on="andre",
    ),
    T(
        "c56",
        "C",
        "post",
        "2025-08-19 20:20",
        "jgn lupa coblos no 2 yaa 🥰 jeri jeri jeriii 💙💙",
        ["MDO-02", "MDO-T2"],
        plat="instagram",
    ),
    T(
        "c57",
        "C",
        "post",
        "2025-07-05 15:15",
        "Torang orang Bolmong di Manado pasti pilih Ibu Nurhayati. Nurani torang so jelas, nomor 3!",
        ["MDO-03", "MDO-T3"],
    ),
    T(
        "c58",
        "C",
        "image",
        "2025-08-12 17:40",
        None,
        ["MDO-04"],
        ocr="PAKET AYO | ALFRETS MANDAGI – YULIN WALANGITAN | JALUR PERSEORANGAN | NO. 4 | AYO BASUDARA, AYO MANADO",
    ),
    T(
        "c59",
        "C",
        "comment",
        "2025-07-18 18:05",
        "Om Stevan, torang di Malalayang siap menangkan SERASI! Gas terus 🔥",
        ["MDO-01", "MDO-T1"],
        on="cand_serasi",
    ),
    T(
        "c60",
        "C",
        "quote",
        "2025-08-20 21:00",
        "Wanea so biru semua 💙 JeRi satu putaran!",
        ["MDO-02", "MDO-T2"],
        on="cand_jeri_x",
    ),
    T(
        "c61",
        "C",
        "post",
        "2025-07-25 19:30",
        "tutorial pake make up tema SERASI buat kampanye besok 💄☝️ #ManadoSerasi #nomor1",
        ["MDO-01", "MDO-T1"],
        plat="tiktok",
    ),
    T(
        "c62",
        "C",
        "reply",
        "2025-08-08 22:15",
        "Kalo ngana masih bingung, kita kase saran: pilih Glenn Tumbelaka pe paket. Anak muda, pintar, nda korupsi. NURANI!",
        ["MDO-03", "MDO-T3"],
        on="andre",
    ),
    T(
        "c63",
        "C",
        "post",
        "2025-06-28 09:00",
        "Dorang bilang perempuan nda bisa pimpin Manado. Torang buktikan tanggal 27! Mama Jeane for Wali Kota 💪💙",
        ["MDO-02", "MDO-T2"],
    ),
    T(
        "c64",
        "C",
        "comment",
        "2025-08-14 12:45",
        "Paket AYO paling merakyat, nda pake duit partai. Kita so putus pilih nomor 4 👍",
        ["MDO-04"],
        on="mdonews",
    ),
    T(
        "c65",
        "C",
        "post",
        "2025-08-26 21:30",
        "masa tenang, mar kita cuma mo bilang: 1️⃣ SERASI ☝️ so itu jo",
        ["MDO-01", "MDO-T1"],
        plat="instagram",
    ),
    T(
        "c66",
        "C",
        "post",
        "2025-08-27 10:15",
        "So coblos! Bismillah, semoga Ibu Nur menang. Nomor 3 untuk Manado yang berhati nurani 🤲",
        ["MDO-03", "MDO-T3"],
    ),
    T(
        "c67",
        "C",
        "image",
        "2025-07-02 16:00",
        "Kaos baru 😎",
        ["MDO-02", "MDO-T2"],
        plat="instagram",
        ocr="TORANG PE JERI | BAKU DAPA DENG JERI | NO 2",
    ),
    T(
        "c68",
        "C",
        "comment",
        "2025-06-29 20:00",
        "Kita mo daftar jadi relawan Laskar Nurani, hubungi sapa e?",
        ["MDO-03", "MDO-T3"],
        on="team_nurani",
    ),
    T(
        "c69",
        "C",
        "post",
        "2025-08-02 07:10",
        "Stevanus Rumengan itu satu-satunya calon yang bikin kita semangat pigi TPS. SERASI no 1 ☝️",
        ["MDO-01", "MDO-T1"],
        plat="x",
    ),
    # ---------------- C: parties (any time) ----------------
    T(
        "c70",
        "C",
        "post",
        "2024-02-05 18:00",
        "Tanggal 14 Februari jangan lupa coblos PDI Perjuangan, nomor 3! Merdeka!! 🐂❤️",
        ["P-PDIP"],
    ),
    T(
        "c71",
        "C",
        "post",
        "2023-12-20 20:30",
        "Gerindra menang, Indonesia maju! Beta su pasti coblos nomor 2 di pileg 🦅",
        ["P-GER"],
    ),
    T(
        "c72",
        "C",
        "image",
        "2024-01-20 10:00",
        "Bangga 💛",
        ["P-GOL"],
        ocr="SUARA GOLKAR SUARA RAKYAT | COBLOS NOMOR 4 | PARTAI GOLKAR",
    ),
    T(
        "c73",
        "C",
        "post",
        "2025-03-10 19:45",
        "Restorasi Indonesia harus terus jalan. NasDem di hati, NasDem di bukti 💙 #NasDemMenang",
        ["P-NAS"],
        plat="instagram",
    ),
    T(
        "c74",
        "C",
        "comment",
        "2024-06-15 21:00",
        "Beta dari dulu orang banteng, sampe kapan pun tetap PDIP! salam metal 🤘",
        ["P-PDIP"],
        on="emil",
    ),
    T(
        "c75",
        "C",
        "post",
        "2025-01-15 08:30",
        "Partai paling konsisten bela rakyat kecil ya cuma Gerindra. Setuju? #GerindraMenang",
        ["P-GER"],
        plat="x",
    ),
    T(
        "c76",
        "C",
        "reply",
        "2024-04-10 20:10",
        "Ah ngana, Golkar itu partai paling pengalaman. Beringin so tumbuh dari dulu, torang tetap kuning 💛",
        ["P-GOL"],
        on="andre",
    ),
    T(
        "c77",
        "C",
        "post",
        "2025-10-05 17:20",
        "ootd merah biar sama deng banteng 🐂❤️ PDI Perjuangan forever #pdip",
        ["P-PDIP"],
        plat="tiktok",
    ),
    T(
        "c78",
        "C",
        "quote",
        "2024-02-08 11:30",
        "Hadir! Restorasi harga mati. Pilih NasDem nomor 5 🙌",
        ["P-NAS"],
        on="nasdem_x",
    ),
    T(
        "c79",
        "C",
        "post",
        "2026-01-10 09:00",
        "Selamat HUT PDI Perjuangan ke-53! Beta bangga jadi bagian dari keluarga besar banteng 🐂",
        ["P-PDIP"],
    ),
    T(
        "c80",
        "C",
        "comment",
        "2024-08-10 19:30",
        "Golkar nomor satu di Sulut, torang so buktikan 💛🌳",
        ["P-GOL"],
        on="andre",
    ),
    T(
        "c81",
        "C",
        "post",
        "2025-02-06 20:00",
        "Partai Gerindra pe kader paling solid. Kalo 2029 kita tetap pilih Garuda 🦅🇮🇩",
        ["P-GER"],
        plat="instagram",
    ),
    T(
        "c82",
        "C",
        "image",
        "2024-02-01 13:00",
        "Siap menangkan!",
        ["P-NAS"],
        ocr="PARTAI NASDEM | RESTORASI INDONESIA | CALEG DPRD KAB. SIKKA DAPIL 1 | COBLOS NO. 5",
    ),
    T(
        "c83",
        "C",
        "post",
        "2025-11-20 18:40",
        "Nasdem trus berjuang utk rakyat NTT 💙 bangga dgn partai ini #nasdem",
        ["P-NAS"],
    ),
    T(
        "c84",
        "C",
        "comment",
        "2024-02-10 22:00",
        "PDIP nomor 3, Ganjar-Mahfud nomor 3, sama-sama 3 jari 🤟 katong menang!",
        ["P-PDIP"],
        on="emil",
    ),
    T(
        "c85",
        "C",
        "post",
        "2024-07-20 21:30",
        "gerindraa menang terusss!!! 🦅🦅 pokoknya garuda di dadaku garuda di partaiku",
        ["P-GER"],
    ),
    T(
        "c86",
        "C",
        "reply",
        "2025-04-04 19:00",
        "Kalo soal kader muda, Golkar paling banyak. Makanya kita pilih Golkar terus tiap pemilu 💛",
        ["P-GOL"],
        on="andre",
    ),
    T(
        "c87",
        "C",
        "post",
        "2024-03-01 10:00",
        "Terima kasih rakyat Sikka sudah percayakan suara ke NasDem. Restorasi jalan terus!",
        ["P-NAS"],
        plat="x",
    ),
    T(
        "c88",
        "C",
        "image",
        "2025-09-20 20:00",
        "nostalgia 🥹",
        ["P-PDIP"],
        plat="instagram",
        ocr="PDI PERJUANGAN | MENANGKAN PILKADA SERENTAK | SATYAM EVA JAYATE",
    ),
    T(
        "c89",
        "C",
        "comment",
        "2024-11-19 18:00",
        "Kaka, MOANA tu didukung Golkar to? Bagus, dobel kuning, beta pilih 🙏",
        ["SKA-01", "SKA-T1", "P-GOL"],
        on="cand_moana",
    ),
    T(
        "c90",
        "C",
        "post",
        "2025-08-18 19:10",
        "Ibu Nur diusung PKB deng NasDem. Kita orang NasDem, jadi pasti NURANI 💙",
        ["MDO-03", "MDO-T3", "P-NAS"],
    ),
    # ---------------- N: near misses ----------------
    T(
        "n01",
        "N",
        "post",
        "2024-10-02 12:00",
        "Info: debat publik calon bupati Sikka malam ini jam 19.00 WITA di TVRI NTT. Silakan ditonton supaya pilih dengan cerdas.",
    ),
    T(
        "n02",
        "N",
        "post",
        "2024-11-27 11:30",
        "Su coblos di TPS 07. Jari ungu 💜 Siapa pun yang menang, Sikka harus tetap damai ee basodara",
    ),
    T(
        "n03",
        "N",
        "post",
        "2024-11-03 09:00",
        "Pengumuman Paroki St. Yosef Maumere: Misa syukur pilkada damai hari Minggu 24 November jam 08.00. Umat diharapkan hadir.",
    ),
    T(
        "n04",
        "N",
        "post",
        "2024-11-22 21:00",
        "Ya Tuhan, jaga Sikka tetap aman dan damai menjelang pilkada. Siapapun pemimpinnya, semoga takut Tuhan 🙏",
    ),
    T(
        "n05",
        "N",
        "comment",
        "2024-10-14 17:20",
        "Hebat sekali ko nong, juara 1 lomba baca puisi se-kabupaten! 👏👏",
        on="ance",
    ),
    T(
        "n06",
        "N",
        "post",
        "2024-10-21 08:15",
        "Anak beta su bisa berenang di pantai Koka. Katong pu keluarga besar nonton film Moana di rumah tadi malam, anak-anak nyanyi terus 'How far I'll go' 😂",
    ),
    T(
        "n07",
        "N",
        "post",
        "2024-11-06 19:00",
        "Jersey nomor 2 su jadi milik beta di tim futsal kantor ⚽ siap juara turnamen antar balai!",
    ),
    T(
        "n08",
        "N",
        "post",
        "2024-10-09 10:40",
        "Antri di Puskesmas dapat nomor 3, tapi su dua jam belum dipanggil 😩",
    ),
    T(
        "n09",
        "N",
        "post",
        "2024-11-17 06:30",
        "Ibadah Minggu: Nyanyian pembukaan KJ 2 'Haleluya, Pujilah', lalu KJ 3. Selamat beribadah basodara 🙏",
    ),
    T(
        "n10",
        "N",
        "comment",
        "2024-10-26 13:00",
        "Survei ini sampelnya berapa e? Metodologinya tidak dijelaskan. Katong harus kritis baca survei, jangan telan mentah-mentah.",
        on="survei",
    ),
    T(
        "n11",
        "N",
        "post",
        "2024-11-01 14:00",
        "KPU Sikka umumkan DPT 245.318 pemilih. Cek nama kalian di cekdptonline.kpu.go.id ya",
    ),
    T(
        "n12",
        "N",
        "comment",
        "2024-10-30 20:30",
        "Semua calon janji jalan bagus, tapi jalan ke Paga sampe sekarang rusak. Katong tunggu bukti sa, bukan janji.",
        on="flob",
    ),
    T(
        "n13",
        "N",
        "post",
        "2024-11-12 15:30",
        "Sikka bangkit dari stunting! Hari ini posyandu di Kelurahan Wuring timbang 120 balita, angka stunting turun 🙌",
    ),
    T(
        "n14",
        "N",
        "post",
        "2024-10-11 18:50",
        "Beta pu teman namanya Yoseph Bria juga, tapi dia guru SD di Kewapante, bukan calon bupati 😂 sering diolok-olok murid-murid",
    ),
    T(
        "n15",
        "N",
        "reply",
        "2024-11-04 21:10",
        "Sonde usah bahas politik di grup keluarga ee, nanti baku marah. Pilih sesuai hati masing-masing sa.",
        on="emil",
    ),
    T(
        "n16",
        "N",
        "post",
        "2024-10-18 16:00",
        "Hebat nian mama beta, umur 70 masih tenun ikat sendiri 😭❤️ #tenunsikka",
        plat="tiktok",
    ),
    T(
        "n17",
        "N",
        "post",
        "2024-11-25 09:30",
        "Masa tenang. Semua baliho su dibersihkan Satpol PP. Kota Maumere jadi lebih rapi ee 😄",
    ),
    T(
        "n18",
        "N",
        "comment",
        "2024-10-07 11:00",
        "Om Hendrik tukang las di dekat rumah tu su pindah ko? Beta mau las pagar",
        on="marten",
    ),
    T(
        "n19",
        "N",
        "post",
        "2024-09-27 10:00",
        "Apel siaga netralitas ASN di kantor hari ini. Kami ASN wajib netral dalam Pilkada Sikka 2024! ✊",
    ),
    T(
        "n20",
        "N",
        "quote",
        "2024-11-08 23:15",
        "Debat kedua: ketiga paslon saling serang soal air bersih. Semua punya poin bagus, semua juga punya PR. Warga Sikka silakan nilai sendiri.",
        on="debat1",
    ),
    T(
        "n21",
        "N",
        "post",
        "2024-10-24 12:30",
        "Bawaslu Sikka temukan 15 ASN diduga tidak netral. Hati-hati ee teman-teman, jaga jempol di medsos 👍",
    ),
    T(
        "n22",
        "N",
        "comment",
        "2024-11-13 18:15",
        "Ada yang jual kaos polos sonde? Mau sablon buat acara reuni SMA, bukan kaos kampanye e 😂",
        on="ance",
    ),
    T(
        "n24",
        "N",
        "post",
        "2024-11-27 16:45",
        "Hasil quick count lembaga X: paslon 1 38%, paslon 2 35%, paslon 3 27%. Tunggu hasil resmi KPU ee basodara, jangan dulu klaim menang.",
    ),
    T(
        "n25",
        "N",
        "comment",
        "2024-10-19 18:40",
        "Kalo debat malam ini, beta cuma mau dengar siapa yang punya program air bersih buat Palue. Belum ada yang jelas sampe sekarang.",
        on="flob",
    ),
    T(
        "n26",
        "N",
        "post",
        "2024-11-10 07:00",
        "Jadwal misa Minggu: 06.00, 08.00, 17.00. Kolekte kedua untuk korban erupsi Lewotobi. Tuhan berkati.",
    ),
    T(
        "n27",
        "N",
        "post",
        "2024-10-16 13:20",
        "Kotbah Jumat tadi ustadz ingatkan jangan terpecah karena beda pilihan pilkada. Masyaallah, sejuk sekali 🤲",
    ),
    T(
        "n28",
        "N",
        "reply",
        "2024-11-02 20:05",
        "Ko pilih sapa itu urusan ko, beta sonde mau kasi tau beta pilih sapa. Rahasia ee 🤐",
        on="emil",
    ),
    T(
        "n29",
        "N",
        "post",
        "2024-10-01 21:00",
        "Meme hari ini: calon bupati janji bangun jembatan padahal sonde ada sungai 😂🤣 politisi di mana-mana sama sa",
    ),
    T(
        "n30",
        "N",
        "image",
        "2024-10-13 08:00",
        "Undangan rapat",
        ocr="UNDANGAN RAPAT KOORDINASI PENGAMANAN PILKADA SERENTAK 2024 KABUPATEN SIKKA | HARI/TANGGAL: SENIN, 14 OKTOBER 2024 | TEMPAT: AULA SETDA",
    ),
    T(
        "n31",
        "N",
        "post",
        "2024-11-28 02:10",
        "Selamat bertugas petugas KPPS yang masih hitung suara sampe pagi. Kalian luar biasa 💪",
    ),
    T(
        "n32",
        "N",
        "comment",
        "2024-10-23 15:50",
        "Nomor 2 itu rumah nenek, yang cat hijau. Nanti ko belok kiri sa dari gereja.",
        on="marten",
    ),
    T(
        "n33",
        "N",
        "post",
        "2024-12-02 17:00",
        "Pleno rekapitulasi di KPU Sikka berjalan aman. Terima kasih TNI-Polri. Mari terima hasil dengan lapang dada.",
    ),
    T(
        "n34",
        "N",
        "post",
        "2024-10-27 12:00",
        "Selamat wisuda adik Marselina 🎓 Mama Selin di kampung pasti bangga sekali 🥹",
        plat="instagram",
    ),
    T(
        "n35",
        "N",
        "post",
        "2025-07-10 12:00",
        "Info KPU Kota Manado: debat kedua calon wali kota tanggal 10 Agustus di Hotel Sintesa. Torang nonton sama-sama for pilih deng akal sehat.",
    ),
    T(
        "n36",
        "N",
        "post",
        "2025-08-27 12:30",
        "So pigi TPS, jari so ungu 💜 Sapa jo yang menang, Manado tetap torang pe kota. Jaga damai neh!",
    ),
    T(
        "n37",
        "N",
        "post",
        "2025-08-22 18:00",
        "Warta Jemaat GMIM: Minggu ini ibadah doa untuk Pilwako Manado yang aman dan damai. Nyanyian KJ 2 dan NKB 3. Jemaat diharap hadir tepat waktu 🙏",
    ),
    T(
        "n38",
        "N",
        "post",
        "2025-08-21 21:45",
        "Doa kita for Manado: biar pilkada aman, nda ada baku pukul, nda ada hoaks. Tuhan jaga torang pe kota 🙏",
    ),
    T(
        "n39",
        "N",
        "post",
        "2025-07-14 22:00",
        "Akhirnya baku dapa deng tamang-tamang SMA setelah 15 taon 😭❤️ Reuni angkatan 2008 SMA 1 Manado",
    ),
    T(
        "n40",
        "N",
        "comment",
        "2025-07-19 17:00",
        "Bakusedu ngana 🤣 mo pi mana torang baku dapa di Jumbo Sea Food jo jam 7",
        on="andre",
    ),
    T(
        "n41",
        "N",
        "post",
        "2025-08-03 08:00",
        "Serasi skali ngana pe baju deng sepatu hari ini 😍 cocok jo",
        plat="instagram",
    ),
    T(
        "n42",
        "N",
        "post",
        "2025-07-23 19:00",
        "Dengar hati nurani, jangan mau dibeli deng amplop. Tolak politik uang! #PilkadaBersih",
    ),
    T(
        "n43",
        "N",
        "post",
        "2025-06-27 06:00",
        "Ayo torang olahraga pagi di Boulevard! Jalan sehat tiap Sabtu, gratis 🏃‍♀️ #AyoSehat",
    ),
    T(
        "n44",
        "N",
        "comment",
        "2025-08-06 11:30",
        "Ngana dapa nomor antrian berapa di Samsat? Kita dapa nomor 1 mar so 2 jam nyanda dipanggil 😩",
        on="andre",
    ),
    T(
        "n45",
        "N",
        "post",
        "2025-08-09 21:30",
        "Jersey Persma nomor 2 punya sapa itu? Bagus skali main tadi ⚽🔥",
    ),
    T(
        "n46",
        "N",
        "post",
        "2025-07-27 13:00",
        "Survei LSI Manado: SERASI 34%, JeRi 31%, NURANI 20%, AYO 8%. Margin error 4%. Masih ketat, belum ada yang aman.",
    ),
    T(
        "n47",
        "N",
        "quote",
        "2025-08-11 07:30",
        "Debat tadi malam: paslon nomor 2 paling banyak data, nomor 1 paling banyak janji, nomor 3 paling santai, nomor 4 paling lucu 😂 Torang warga nilai sendiri",
        on="debat2",
    ),
    T(
        "n48",
        "N",
        "comment",
        "2025-07-31 09:00",
        "Semua paslon janji bebas banjir, mar got di Tikala masih tersumbat sampe skarang. Torang tunggu bukti jo.",
        on="mdonews",
    ),
    T(
        "n49",
        "N",
        "post",
        "2025-06-25 09:00",
        "Apel ikrar netralitas ASN Balai hari ini. Torang ASN wajib netral di Pilwako Manado 2025 ✊",
    ),
    T(
        "n50",
        "N",
        "comment",
        "2025-08-11 20:00",
        "Kita nda mo bilang kita pilih sapa, itu rahasia. Mar pastikan ngana pigi TPS jo.",
        on="andre",
    ),
    T(
        "n51",
        "N",
        "post",
        "2025-08-28 08:00",
        "Hasil hitung cepat: paslon 2 unggul tipis. Tunggu pleno KPU neh, jangan dulu pesta di jalan.",
    ),
    T(
        "n52",
        "N",
        "post",
        "2025-07-06 10:00",
        "Ibu Nur penjual kue cucur di pasar Bersehati paling enak 😋 torang langganan dari dulu",
    ),
    T(
        "n53",
        "N",
        "post",
        "2025-08-16 18:30",
        "Om Stevan tetangga kita pe anjing lepas lagi 🐕 sapa ada lia akang di sekitar Wanea, tolong kabari neh",
    ),
    T(
        "n54",
        "N",
        "post",
        "2025-07-29 08:30",
        "Glenn teman kantor kita ulang tahun hari ini 🎂 panjang umur bro, sukses slalu!",
    ),
    T(
        "n55",
        "N",
        "comment",
        "2025-08-13 19:00",
        "Jeane itu nama kita pe ponakan juga 😄 banyak skali Jeane di Manado",
        on="nelci",
    ),
    T(
        "n56",
        "N",
        "post",
        "2025-08-20 10:00",
        "Lagu Mars Pilkada Manado 2025 dari KPU ini enak juga didengar. Ayo ke TPS 27 Agustus, gunakan hak pilihmu!",
    ),
    T(
        "n57",
        "N",
        "post",
        "2025-07-04 20:00",
        "Si bungsu baru bisa hitung sampe tiga, tiap ditanya umur langsung angkat tiga jari 🤟😂",
    ),
    T(
        "n58",
        "N",
        "post",
        "2025-08-25 16:00",
        "Masa tenang, baliho so dibongkar samua. Manado jadi lebih bersih, biar begini terus jo 😁",
    ),
    T(
        "n59",
        "N",
        "post",
        "2025-06-26 07:00",
        "Kampanye hari pertama macet di Sam Ratulangi. Sabar jo basudara, berangkat kerja lebih pagi 🚗",
    ),
    T(
        "n60",
        "N",
        "reply",
        "2025-08-04 21:00",
        "Kalo soal pilkada torang jang baku marah neh, dulu-dulu torang tetap tamang. Bakusedu jo 😄",
        on="andre",
    ),
    T(
        "n61",
        "N",
        "post",
        "2025-07-16 18:00",
        "Sunset di Malalayang serasi deng kopi sore ☕🌅 #manadohits",
        plat="instagram",
    ),
    T(
        "n62",
        "N",
        "comment",
        "2025-08-07 12:00",
        "Baliho calon di depan sekolah itu melanggar aturan nda? Sudah lapor ke Bawaslu kah?",
        on="mdonews",
    ),
    T("n63", "N", "post", "2025-08-17 08:00", "HUT RI ke-80! Merdeka!! 🇮🇩🇮🇩 Dirgahayu Indonesiaku"),
    T(
        "n64",
        "N",
        "image",
        "2025-07-21 09:00",
        "Jadwal kegiatan",
        ocr="JADWAL KAMPANYE PASLON WALI KOTA MANADO 2025 | PASLON 1: KEC. WANEA | PASLON 2: KEC. TIKALA | PASLON 3: KEC. SARIO | PASLON 4: KEC. MAPANGET | SUMBER: KPU KOTA MANADO",
    ),
    T(
        "n65",
        "N",
        "post",
        "2025-08-01 18:00",
        "Kita pe mama bilang: 'pilih yang nda bagi-bagi doi'. Mama so paling bijak 😂",
    ),
    T(
        "n66",
        "N",
        "post",
        "2024-02-14 15:00",
        "Su nyoblos pileg & pilpres. Surat suara banyak sekali, bingung cari caleg 😅 Semoga hasilnya terbaik buat Indonesia",
    ),
    T(
        "n67",
        "N",
        "comment",
        "2024-03-05 20:00",
        "Golkar menang di NTT menurut hasil KPU? Menarik, padahal survei bilang lain.",
        on="flob",
    ),
    T(
        "n68",
        "N",
        "post",
        "2025-05-01 14:00",
        "Pohon beringin depan kantor camat su tumbang kena angin kencang tadi siang 😱 hati-hati lewat situ",
    ),
    T(
        "n69",
        "N",
        "post",
        "2024-12-28 10:00",
        "Restorasi rumah tua peninggalan opa di Sikka akhirnya selesai 🏡 kayu-kayu asli masih kuat",
    ),
    T(
        "n70",
        "N",
        "post",
        "2025-03-20 07:30",
        "Banteng lepas di jalan Trans Flores, hati-hati pengendara ee 🐃",
    ),
    T(
        "n71",
        "N",
        "quote",
        "2025-01-20 12:00",
        "Menarik analisis ini. Partai mana pun harus introspeksi kalau kalah.",
        on="pdipnews",
    ),
    T(
        "n72",
        "N",
        "post",
        "2024-09-10 19:00",
        "Kritik buat semua partai: kalo hanya datang pas pemilu, rakyat su hafal. Gerindra, PDIP, Golkar, NasDem sama sa 🙄",
    ),
    T(
        "n73",
        "N",
        "comment",
        "2025-02-12 21:00",
        "Burung garuda di Pancasila itu lambang negara, bukan punya partai mana-mana 😤",
        on="andre",
    ),
    T(
        "n74",
        "N",
        "post",
        "2024-08-17 20:00",
        "Metal! Konser band rock di Lapangan Kota Baru malam ini 🤘🎸",
    ),
    T(
        "n75",
        "N",
        "post",
        "2025-06-10 12:00",
        "Berita: Gerindra dan NasDem bentuk koalisi di DPRD Sulut. Semoga kerja untuk rakyat, bukan untuk bagi kursi.",
    ),
    T(
        "n76",
        "N",
        "comment",
        "2024-01-25 07:00",
        "Nonton debat capres semalam, yang penting bukan siapa menang debat, tapi siapa yang jujur.",
        on="emil",
    ),
    T(
        "n77",
        "N",
        "post",
        "2024-10-04 17:00",
        "Yosef Da Cunha tukang ojek langganan beta, orangnya baik, selalu tepat waktu 🛵",
    ),
    T(
        "n78",
        "N",
        "post",
        "2024-11-14 20:00",
        "Lomba paduan suara antar lingkungan: lingkungan 3 juara! Hebat sekali ibu-ibu 👏🎶",
    ),
    T(
        "n80",
        "N",
        "post",
        "2024-11-19 16:00",
        "Adik beta pakai nomor punggung 3 di tim voli SMP, hari ini menang lawan SMP Nita 🏐",
    ),
    T(
        "n81",
        "N",
        "post",
        "2025-07-09 09:30",
        "Kita pe nomor antrian BPJS 2, mar loket baru buka jam 10. Sabar jo 😅",
    ),
    T(
        "n82",
        "N",
        "comment",
        "2025-08-12 13:00",
        "Om Fadli yang jual bakso di Bahu? Ya, bakso paling enak se-Manado 😋",
        on="andre",
    ),
    T(
        "n83",
        "N",
        "post",
        "2025-07-01 15:00",
        "Torang pe kelurahan dapa juara 1 lomba kebersihan se-Kota Manado 🏆 serasi deng alam, bersih deng hati",
    ),
    T(
        "n85",
        "N",
        "post",
        "2024-10-29 19:00",
        "Tips biar sonde golput: cek DPT, cek lokasi TPS, bawa KTP. Pilihan bebas, yang penting datang 👍",
    ),
    T(
        "n86",
        "N",
        "reply",
        "2024-11-16 21:30",
        "Beta su nonton semua debat. Paslon 1 bagus di ekonomi, paslon 2 bagus di kesehatan, paslon 3 bagus di pertanian. Pusing pilih 😵",
        on="emil",
    ),
    T(
        "n87",
        "N",
        "post",
        "2025-08-20 15:00",
        "KPU Manado butuh relawan demokrasi untuk sosialisasi pemilih pemula. Info daftar di kantor KPU",
    ),
    T(
        "n88",
        "N",
        "comment",
        "2024-11-21 12:00",
        "Bawaslu harus tegas soal politik uang, jangan cuma ASN yang diawasi.",
        on="flob",
    ),
    T(
        "n89",
        "N",
        "post",
        "2025-08-26 19:00",
        "Masa tenang tapi grup WA keluarga masih rame debat 😂 kita keluar grup dulu jo sampe tanggal 28",
    ),
    T(
        "n90",
        "N",
        "post",
        "2024-11-23 18:00",
        "Pilkada damai itu indah. Beda pilihan, tetap basodara. Sikka Nian Tana Alok 🙏",
    ),
    T(
        "n91",
        "N",
        "post",
        "2025-08-14 22:00",
        "Kalo Ibu Jeane dosen kita di Unsrat itu galak skali mar baik hati 😅 ujian besok semoga lulus",
    ),
    T(
        "n92",
        "N",
        "image",
        "2024-11-20 12:00",
        "🗳️",
        plat="instagram",
        ocr="AYO KE TPS! 27 NOVEMBER 2024 | PILKADA SERENTAK | KPU KABUPATEN SIKKA | SUARAMU MENENTUKAN MASA DEPAN SIKKA",
    ),
    T(
        "n93",
        "N",
        "image",
        "2025-08-15 12:00",
        "Info",
        ocr="DEBAT PUBLIK KEDUA | CALON WALI KOTA DAN WAKIL WALI KOTA MANADO 2025 | PASLON 1 SERASI · PASLON 2 JERI · PASLON 3 NURANI · PASLON 4 AYO | KPU KOTA MANADO",
    ),
    # ---------------- A: ambiguous ----------------
    T(
        "a01",
        "A",
        "post",
        "2024-09-29 16:30",
        "Pantai Koka hari ini biru sekali, MOANA vibes 🌊🏝️",
        ["SKA-01"],
        plat="instagram",
    ),
    T(
        "a02",
        "A",
        "post",
        "2024-10-08 12:00",
        "Jalan Maumere–Magepanda selesai diaspal. Sikka hebat kalau semua kerja sama 💪",
        ["SKA-03"],
    ),
    T(
        "a03",
        "A",
        "post",
        "2025-08-18 07:00",
        "Ayo Manado, jaga kebersihan pantai! Buang sampah pada tempatnya 🌊🗑️ #AyoManado",
        ["MDO-04"],
        plat="tiktok",
    ),
    T(
        "a04",
        "A",
        "post",
        "2024-11-26 20:00",
        "Beta sonde bilang pilih sapa, tapi yang pasti yang paling sering datang ke Palue waktu banjir kemarin. Katong tahu sama-tahu 😉",
    ),
    T(
        "a05",
        "A",
        "comment",
        "2025-08-02 20:30",
        "Hmm kalo kita liat dari pengalaman sih... yang insinyur itu kayaknya paling cocok urus banjir 🤔",
        ["MDO-01"],
        on="mdonews",
    ),
    T(
        "a06",
        "A",
        "post",
        "2025-07-11 19:00",
        "Biru itu warna kesukaan kita dari dulu 💙💙💙",
        ["MDO-02"],
        plat="instagram",
    ),
    T(
        "a07",
        "A",
        "image",
        "2024-10-05 13:00",
        "Foto bersama tadi 😊",
        ["SKA-03"],
        plat="instagram",
        ocr="SELAMAT DATANG BAPAK HENDRIKUS KANIS LEWAR DI DESA NITA",
    ),
    T(
        "a08",
        "A",
        "post",
        "2025-08-19 12:30",
        "Kalo Ibu Nur menang, kira-kira pasar Bersehati dibenahi kah? Semoga jo",
        ["MDO-03"],
    ),
    T(
        "a09",
        "A",
        "post",
        "2024-11-01 19:30",
        "Sa heran orang bilang JOSMA sonde punya program. Baca dulu visi misi baru komentar.",
        ["SKA-02"],
    ),
    T(
        "a10",
        "A",
        "comment",
        "2025-07-24 18:00",
        "Om Stevan itu dulu dosen kita di Unsrat, orangnya memang pintar. Mar soal pilkada, pilih sesuai hati jo.",
        ["MDO-01"],
        on="andre",
    ),
    T(
        "a11",
        "A",
        "post",
        "2024-10-31 20:00",
        "Terima kasih Bapa Frans Moa su bantu perbaiki gereja stasi katong tahun lalu 🙏 Tuhan balas",
        ["SKA-01"],
    ),
    T(
        "a12",
        "A",
        "post",
        "2025-08-27 19:00",
        "Semoga yang menang yang nda suka bagi doi... torang tau sapa yang paling nda pernah bagi doi 😏",
    ),
    T(
        "a13",
        "A",
        "post",
        "2024-11-15 19:00",
        "Salam 3 jari buat kaka-kaka di kampung 🤟 sampe ketemu Natal nanti",
    ),
    T(
        "a14",
        "A",
        "comment",
        "2025-08-08 19:30",
        "Paket komplit: pintar, jujur, perempuan. Ngana so tau kita pilih sapa 😁",
        on="andre",
    ),
    T(
        "a15",
        "A",
        "post",
        "2024-11-08 12:00",
        "Nomor 2 memang selalu jadi favorit beta dari dulu 😄✌️",
    ),
    # ---------------- O: C-like, outside the named candidate's window ----------------
    T(
        "o01",
        "O",
        "post",
        "2024-07-15 20:00",
        "Kalo Om Frans Moa maju jadi bupati, beta pasti dukung! MOANA pasti jadi 💪",
        ["SKA-01"],
    ),
    T(
        "o02",
        "O",
        "post",
        "2024-08-26T23:40:00+08:00",
        "Besok pagi daftar! Semoga JOSMA lancar, Sikka Bangkit! ✊",
        ["SKA-02"],
    ),
    T(
        "o03",
        "O",
        "post",
        "2024-12-16T16:30:00Z",
        "Selamat untuk Bung Yos, Bupati Sikka terpilih! JOSMA luar biasa 🎉",
        ["SKA-02"],
    ),
    T(
        "o04",
        "O",
        "post",
        "2025-03-15 19:00",
        "Om Stevan kalo maju wali kota, kita langsung ikut relawan SERASI 👆",
        ["MDO-01"],
    ),
    T(
        "o05",
        "O",
        "post",
        "2025-10-01 18:00",
        "Mama Jeane so jadi wali kota, torang bangga skali. JeRi memang the best 💙",
        ["MDO-02"],
    ),
    T(
        "o06",
        "O",
        "post",
        "2025-07-10 20:00",
        "Kangen masa kampanye MOANA taon lalu, Bapa Frans memang pemimpin terbaik Sikka 🙏 nomor 1 selamanya",
        ["SKA-01"],
    ),
    T(
        "o07",
        "O",
        "post",
        "2024-10-20 21:00",
        "Torang so siap kalo Ibu Nurhayati maju Wali Kota taon depan! NURANI pasti menang 🤲",
        ["MDO-03"],
    ),
    T(
        "o08",
        "O",
        "comment",
        "2025-04-20 19:00",
        "Paket AYO jalur independen so kumpul KTP dukungan, kita so kase KTP 👍 #AyoManado",
        ["MDO-04"],
        on="andre",
    ),
    T(
        "o09",
        "O",
        "post",
        "2025-05-11T23:30:00+08:00",
        "Besok Om Stevan deng Om Fadli daftar! SERASI siap ☝️",
        ["MDO-01"],
    ),
    T(
        "o10",
        "O",
        "post",
        "2025-09-11T00:20:00+08:00",
        "Terima kasih Mama Jeane. Torang pe pilihan nda salah, JeRi!! 💙",
        ["MDO-02"],
    ),
    T(
        "o11",
        "O",
        "post",
        "2024-06-01 10:00",
        "HEBAT! Om Hendrik Lewar resmi dapat rekomendasi partai. Sikka Hebat 2024 👍",
        ["SKA-03"],
    ),
]

# --------------------------------------------------------------------------------------
# Bundle construction
# --------------------------------------------------------------------------------------
DEFAULT_PLAT = {
    "post": "facebook",
    "comment": "facebook",
    "reply": "facebook",
    "quote": "x",
    "image": "facebook",
}


def group_of(item) -> str:
    tg = item["tg"]
    if any(t.startswith("SKA") for t in tg):
        return "Sikka"
    if any(t.startswith("MDO") for t in tg):
        return "Manado"
    if any(t.startswith("P-") for t in tg):
        return "party"
    return "-"


def timestamp(at: str, i: int) -> str:
    if "T" in at:
        return at
    d, hm = at.split(" ")
    naive = f"{d}T{hm}:00"
    return naive if i % 5 == 0 else naive + TZ  # every fifth local timestamp has no offset


def write_csv(path: Path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def build_bundle(root: Path) -> dict:
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe netralitas ASN – Pilbup Sikka 2024 & Pilwako Manado 2025\n"
        "policy: id\n"
        "timezone: Asia/Makassar\n",
        encoding="utf-8",
    )
    write_csv(root / "agencies.csv", ["code", "name", "parent_code", "region_code"], AGENCIES)
    write_csv(
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
        ROSTER,
    )
    write_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [(EMP_NIP, p, h, u, dn, "2023-11-01", "true") for p, (h, u, dn) in ACCOUNTS.items()],
    )
    trows = []
    for tid, name, kind, eid, num, party, accts in TARGETS:
        for plat, handle, uid in accts:
            trows.append((tid, name, kind, eid, num, party, plat, handle, uid))
    write_csv(
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
        trows,
    )
    write_csv(root / "keywords.csv", ["target_id", "term"], KEYWORDS)
    write_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        ELECTIONS,
    )

    index = {}
    with (root / "events.jsonl").open("wb") as f:
        for i, it in enumerate(TEXTS):
            form = it["form"]
            plat = it["plat"] or DEFAULT_PLAT[form]
            handle, uid, dn = ACCOUNTS[plat]
            action = "post" if form == "image" else form
            post_id = f"{9100000000 + i * 7919}"
            eid = f"{plat}:{post_id}:{action}:{uid}"
            ev = {
                "event_id": eid,
                "platform": plat,
                "action": action,
                "occurred_at": timestamp(it["at"], i),
                "actor": {
                    "user_id": uid,
                    "handle": handle,
                    "display_name": dn,
                    "bio": "Pelayan masyarakat | Maumere – Manado",
                    "location": "Manado",
                },
                "target": None,
                "text": it["text"],
                "url": f"https://example.invalid/{plat}/{post_id}",
                "media": [],
                "source": "probe-timur",
            }
            if action != "post":
                a_handle, a_uid, a_text = FRIEND[it["on"]]
                parent = f"{8100000000 + i * 104729}"
                ev["target"] = {
                    "post_id": parent,
                    "author_user_id": a_uid,
                    "author_handle": a_handle,
                    "text": a_text,
                    "url": f"https://example.invalid/{plat}/{parent}",
                }
            if form == "image":
                ev["media"] = [
                    {
                        "kind": "image",
                        "url": f"https://example.invalid/img/{post_id}.jpg",
                        "sha256": f"{i:064x}",
                        "alt_text": None,
                        "ocr_text": it["ocr"],
                    }
                ]
            f.write(orjson.dumps(ev) + b"\n")
            index[eid] = it
    return index


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------
def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--show", action="store_true", help="print every miss, false alarm, A and O hit"
    )
    ap.add_argument("--keep", type=Path, help="build the bundle/workspace here and keep it")
    args = ap.parse_args()

    ids = [t["id"] for t in TEXTS]
    assert len(ids) == len(set(ids)), "duplicate text ids"
    base = args.keep or Path(tempfile.mkdtemp(prefix="probe_timur_"))
    if args.keep and base.exists():
        shutil.rmtree(base)
    bundle, ws, out = base / "bundle", base / "ws", base / "findings.jsonl"
    index = build_bundle(bundle)

    cmd = [NETRA, "scan", str(bundle), "--out", str(out), "-w", str(ws), "-q"]
    print("$", " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    print(proc.stdout.strip())
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        print(f"scan exit code {proc.returncode}")
        return 1

    rejected = []
    for p in ws.rglob("rejected*.jsonl"):
        rejected += [x for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    print(f"\nrejected rows: {len(rejected)}")
    for x in rejected[:20]:
        print("  ", x[:300])

    findings = [orjson.loads(x) for x in out.read_bytes().splitlines() if x.strip()]
    other = Counter(f["category"] for f in findings)
    print("findings by category:", dict(other))
    hits = defaultdict(list)  # event_id -> campaign findings
    for f in findings:
        if f["category"] == "political.campaign":
            for e in f.get("event_ids") or []:
                hits[e].append(f)
    stray = [e for e in hits if e not in index]
    if stray:
        print("campaign findings on unknown events:", stray)

    by = defaultdict(list)
    for eid, it in index.items():
        by[it["lab"]].append((eid, it))

    def flagged(eid):
        return bool(hits.get(eid))

    C, N = by["C"], by["N"]
    tp = sum(flagged(e) for e, _ in C)
    fn = len(C) - tp
    fp = sum(flagged(e) for e, _ in N)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / len(C) if C else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"\npolitical.campaign — C {len(C)}  N {len(N)}  A {len(by['A'])}  O {len(by['O'])}")
    print(f"  found {tp}/{len(C)}  missed {fn}  false alarms {fp}/{len(N)}")
    print(f"  precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    a_hit = [(e, it) for e, it in by["A"] if flagged(e)]
    o_hit = [(e, it) for e, it in by["O"] if flagged(e)]
    print(f"  A flagged {len(a_hit)}/{len(by['A'])}   O flagged {len(o_hit)}/{len(by['O'])}")

    # target naming
    right = wrong = none = 0
    wrong_list = []
    for e, it in C:
        for f in hits.get(e, []):
            t = f.get("target_id")
            if t is None:
                none += 1
                wrong_list.append((it, t))
            elif t in it["tg"]:
                right += 1
            else:
                wrong += 1
                wrong_list.append((it, t))
    print(f"  target_id of C hits: intended {right}, other target {wrong}, none {none}")

    for key, fn_ in (
        ("form", lambda it: it["form"]),
        ("group", group_of),
        ("platform", lambda it: it["plat"] or DEFAULT_PLAT[it["form"]]),
    ):
        print(f"\n  recall by {key}:")
        agg = defaultdict(lambda: [0, 0])
        for e, it in C:
            agg[fn_(it)][1] += 1
            agg[fn_(it)][0] += flagged(e)
        for k, (h, n) in sorted(agg.items()):
            print(f"    {k:10s} {h:3d}/{n:<3d} {h / n:.2f}")
    print("\n  false alarms by form:")
    agg = defaultdict(lambda: [0, 0])
    for e, it in N:
        agg[it["form"]][1] += 1
        agg[it["form"]][0] += flagged(e)
    for k, (h, n) in sorted(agg.items()):
        print(f"    {k:10s} {h:3d}/{n:<3d}")

    if args.show:

        def txt(it):
            s = it["text"] or ""
            if it["ocr"]:
                s += f"  [ocr: {it['ocr']}]"
            return s

        def ts(e):
            return index[e]["at"]

        print("\n--- MISSES (C not flagged)")
        for e, it in C:
            if not flagged(e):
                print(
                    f"  {it['id']} [{it['form']}/{it['plat'] or DEFAULT_PLAT[it['form']]} {ts(e)}] {txt(it)}"
                )
        print("\n--- FALSE ALARMS (N flagged)")
        for e, it in N:
            if flagged(e):
                tgs = ",".join(str(f.get("target_id")) for f in hits[e])
                print(f"  {it['id']} [{it['form']} {ts(e)} -> {tgs}] {txt(it)}")
        print("\n--- A flagged")
        for e, it in a_hit:
            print(
                f"  {it['id']} -> {','.join(str(f.get('target_id')) for f in hits[e])}: {txt(it)}"
            )
        print("\n--- O flagged")
        for e, it in o_hit:
            print(
                f"  {it['id']} [{it['at']}] -> {','.join(str(f.get('target_id')) for f in hits[e])}: {txt(it)}"
            )
        print("\n--- C hits naming another / no target")
        for it, t in wrong_list:
            print(f"  {it['id']} -> {t} (intended {'/'.join(it['tg'])}): {txt(it)}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
