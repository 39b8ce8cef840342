# ruff: noqa: E501  (the texts are data: one post per line reads better than split strings)
"""Independent out-of-sample probe of `political.campaign` (East Java, 2024).

Built only from the public spec (bundle-v1.md, categories.md, domain.md). Every actor, text,
election and target below is invented for this probe (parties are real 2024 national parties,
with their public ballot numbers). Texts were written before the first run and are not tuned.

Labels:
  C  clearly campaigns for / shows support of a target, inside that target's window
     (parties: at any time)
  N  close to campaigning but not campaigning
  A  ambiguous (reported, not scored)
  O  C-like texts OUTSIDE the windows, naming only candidates (should not be flagged)

Usage:
  .venv/bin/python benchmarks/campaign_probe_jatim.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import orjson

NETRA = "/work/main/.venv/bin/netra"

# --------------------------------------------------------------------------------------------
# Elections (invented calendar, modelled on the public 2024 calendars)
# --------------------------------------------------------------------------------------------
LEG_STAGES = [
    ("candidacy", "2023-05-01", "2023-11-27"),
    ("campaign", "2023-11-28", "2024-02-10"),
    ("quiet", "2024-02-11", "2024-02-13"),
    ("voting", "2024-02-14", "2024-02-14"),
    ("counting", "2024-02-15", "2024-03-19"),
    ("result", "2024-03-20", "2024-03-20"),
]
GUB_STAGES = [
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-15"),
    ("result", "2024-12-16", "2024-12-16"),
]
ELECTIONS = [
    ("E_DPRD_JATIM", "Pemilu 2024 – DPRD Provinsi Jawa Timur", "legislative", "35", LEG_STAGES),
    ("E_DPRD_KABMLG", "Pemilu 2024 – DPRD Kabupaten Malang", "legislative", "35.07", LEG_STAGES),
    (
        "E_PILGUB_JATIM",
        "Pemilihan Gubernur dan Wakil Gubernur Jawa Timur 2024",
        "regional_head",
        "35",
        GUB_STAGES,
    ),
]

# --------------------------------------------------------------------------------------------
# Targets: target_id -> (name, kind, election_id, ballot_number, party, group, [accounts])
# accounts: (platform, handle, user_id)
# --------------------------------------------------------------------------------------------
TARGETS = {
    # real 2024 national parties (public ballot numbers)
    "PT_PKB": (
        "Partai Kebangkitan Bangsa",
        "party",
        "",
        "1",
        "PKB",
        "party",
        [("x", "dpwpkb_jatim", "7100000001"), ("instagram", "pkbjatim.official", "7100000002")],
    ),
    "PT_GERINDRA": (
        "Partai Gerakan Indonesia Raya",
        "party",
        "",
        "2",
        "Gerindra",
        "party",
        [("x", "gerindra_jatim", "7100000011")],
    ),
    "PT_PDIP": (
        "PDI Perjuangan",
        "party",
        "",
        "3",
        "PDI Perjuangan",
        "party",
        [("x", "pdip_jatim", "7100000021"), ("facebook", "PDIPerjuanganJatim", "7100000022")],
    ),
    "PT_GOLKAR": (
        "Partai Golongan Karya",
        "party",
        "",
        "4",
        "Golkar",
        "party",
        [("instagram", "golkar.jatim", "7100000031")],
    ),
    "PT_PAN": (
        "Partai Amanat Nasional",
        "party",
        "",
        "12",
        "PAN",
        "party",
        [("x", "dpwpan_jatim", "7100000041")],
    ),
    "PT_PSI": (
        "Partai Solidaritas Indonesia",
        "party",
        "",
        "15",
        "PSI",
        "party",
        [("instagram", "psi.jatim", "7100000051"), ("tiktok", "psijatim", "7100000052")],
    ),
    # caleg DPRD Provinsi Jawa Timur (dapil Malang Raya) and DPRD Kabupaten Malang
    "CG_ILHAM": (
        "H. Muhammad Ilham Mawardi, S.Ag.",
        "candidate",
        "E_DPRD_JATIM",
        "4",
        "PKB",
        "caleg",
        [
            ("instagram", "gusilham.mawardi", "7200000001"),
            ("facebook", "Gus Ilham Mawardi", "7200000002"),
        ],
    ),
    "CG_DEWI": (
        "Dewi Anggraini Putri, S.E.",
        "candidate",
        "E_DPRD_JATIM",
        "2",
        "PDI Perjuangan",
        "caleg",
        [("instagram", "dewianggraini.jatim", "7200000011")],
    ),
    "CG_SUGENG": (
        "Drs. Sugeng Riyadi",
        "candidate",
        "E_DPRD_JATIM",
        "1",
        "Golkar",
        "caleg",
        [("facebook", "Abah Sugeng Riyadi", "7200000021")],
    ),
    "CG_FATHOR": (
        "H. Fathorrahman",
        "candidate",
        "E_DPRD_JATIM",
        "6",
        "PAN",
        "caleg",
        [("facebook", "Ji Fathor Official", "7200000031")],
    ),
    "CG_ANDI": (
        "Andi Prasetyo, S.T.",
        "candidate",
        "E_DPRD_KABMLG",
        "3",
        "Gerindra",
        "caleg",
        [
            ("instagram", "masandi.prasetyo", "7200000041"),
            ("tiktok", "andiprasetyo3", "7200000042"),
        ],
    ),
    "CG_LULUK": (
        "Hj. Luluk Mahmudah",
        "candidate",
        "E_DPRD_KABMLG",
        "1",
        "PKB",
        "caleg",
        [("facebook", "Bu Nyai Luluk Mahmudah", "7200000051")],
    ),
    "CG_YOGA": (
        "Yoga Aditama",
        "candidate",
        "E_DPRD_KABMLG",
        "5",
        "PSI",
        "caleg",
        [("instagram", "yogaaditama.id", "7200000061"), ("x", "yoga_aditama", "7200000062")],
    ),
    "CG_RINI": (
        "Rini Handayani, S.Sos.",
        "candidate",
        "E_DPRD_KABMLG",
        "2",
        "Golkar",
        "caleg",
        [("", "", "")],
    ),
    # Pilgub Jatim 2024 pairs (one target per pair) and their teams
    "PR_RAMA": (
        "Dr. Hj. Siti Ratna Kusumawati, M.Si. – KH. Achmad Mundzir",
        "candidate",
        "E_PILGUB_JATIM",
        "1",
        "",
        "pair",
        [("instagram", "ratnamundzir", "7300000001"), ("x", "bu_ratna_k", "7300000002")],
    ),
    "PR_SURLA": (
        "Ir. H. Bambang Suryo Atmojo – Hj. Nur Laili Fitriyah",
        "candidate",
        "E_PILGUB_JATIM",
        "2",
        "",
        "pair",
        [("instagram", "suryolaili", "7300000011"), ("facebook", "Cak Suryo Atmojo", "7300000012")],
    ),
    "PR_HZ": (
        "Prof. Dr. Hendro Wicaksono – KH. Zainal Fanani",
        "candidate",
        "E_PILGUB_JATIM",
        "3",
        "",
        "pair",
        [("instagram", "hendrozainal", "7300000021"), ("tiktok", "gus.zainal", "7300000022")],
    ),
    "TM_RAMA": (
        "Tim Pemenangan RAMA / Sahabat RAMA",
        "campaign_team",
        "E_PILGUB_JATIM",
        "",
        "",
        "pair",
        [("instagram", "sahabatrama.jatim", "7400000001")],
    ),
    "TM_SURLA": (
        "Konco Suryo",
        "campaign_team",
        "E_PILGUB_JATIM",
        "",
        "",
        "pair",
        [("facebook", "Konco Suryo Jatim", "7400000011")],
    ),
    "TM_HZ": (
        "Barisan Sae",
        "campaign_team",
        "E_PILGUB_JATIM",
        "",
        "",
        "pair",
        [("instagram", "barisansae", "7400000021")],
    ),
}

# keywords.csv as an agency would type it (mixed case, duplicates in spirit, hashtags)
KEYWORDS = [
    ("PT_PKB", "PKB"),
    ("PT_PKB", "Partai Kebangkitan Bangsa"),
    ("PT_PKB", "#PKBMenang"),
    ("PT_PKB", "coblos pkb"),
    ("PT_GERINDRA", "Gerindra"),
    ("PT_GERINDRA", "#GerindraMenang"),
    ("PT_GERINDRA", "Coblos Gerindra"),
    ("PT_PDIP", "PDI Perjuangan"),
    ("PT_PDIP", "PDIP"),
    ("PT_PDIP", "pdi-p"),
    ("PT_PDIP", "Banteng Moncong Putih"),
    ("PT_GOLKAR", "Golkar"),
    ("PT_GOLKAR", "Partai Golkar"),
    ("PT_GOLKAR", "Suara Golkar Suara Rakyat"),
    ("PT_PAN", "PAN"),
    ("PT_PAN", "Partai Amanat Nasional"),
    ("PT_PAN", "#PANMenang"),
    ("PT_PSI", "PSI"),
    ("PT_PSI", "Partai Solidaritas Indonesia"),
    ("PT_PSI", "#PSIMenang"),
    ("CG_ILHAM", "Gus Ilham"),
    ("CG_ILHAM", "Ilham Mawardi"),
    ("CG_ILHAM", "#GusIlhamDPRDJatim"),
    ("CG_DEWI", "Dewi Anggraini"),
    ("CG_DEWI", "#DewiUntukJatim"),
    ("CG_SUGENG", "Abah Sugeng"),
    ("CG_SUGENG", "#AbahSugeng"),
    ("CG_FATHOR", "Ji Fathor"),
    ("CG_FATHOR", "Fathorrahman"),
    ("CG_ANDI", "Mas Andi Prasetyo"),
    ("CG_ANDI", "#AndiPrasetyo3"),
    ("CG_LULUK", "Bu Nyai Luluk"),
    ("CG_LULUK", "#LulukUntukKabMalang"),
    ("CG_YOGA", "Yoga Aditama"),
    ("CG_YOGA", "#YogaAditama"),
    ("CG_YOGA", "mas yoga psi"),
    ("CG_RINI", "Rini Handayani"),
    ("PR_RAMA", "RAMA"),
    ("PR_RAMA", "#RAMAJatim"),
    ("PR_RAMA", "Ratna-Mundzir"),
    ("PR_RAMA", "Jatim Makmur Bareng"),
    ("PR_RAMA", "coblos nomor 1"),
    ("PR_SURLA", "Suryo-Laili"),
    ("PR_SURLA", "#SuryoLaili"),
    ("PR_SURLA", "Jatim Padhang"),
    ("PR_SURLA", "cak suryo"),
    ("PR_SURLA", "COBLOS NO 2"),
    ("PR_HZ", "Hendro-Zainal"),
    ("PR_HZ", "#HendroZainal"),
    ("PR_HZ", "Jatim Sae"),
    ("PR_HZ", "Gus Zainal"),
    ("PR_HZ", "coblos nomor 3"),
    ("TM_RAMA", "Sahabat RAMA"),
    ("TM_RAMA", "#RelawanRAMA"),
    ("TM_SURLA", "Konco Suryo"),
    ("TM_SURLA", "#KoncoSuryo"),
    ("TM_HZ", "Barisan Sae"),
]

# --------------------------------------------------------------------------------------------
# The texts. t(label, group, intended_targets, form, when, text, ctx=..., on=..., ocr=..., alt=...)
#   form: post | comment | reply | quote | image
#   when: "leg" (legislative window), "gub" (pilgub window) or an explicit ISO timestamp
#   ctx:  text of the post being commented on / replied to / quoted
#   on:   target_id whose account wrote that post (default: an ordinary friend)
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def t(label, group, tg, form, when, text, ctx=None, on=None, ocr=None, alt=None):
    ITEMS.append(
        dict(
            label=label,
            group=group,
            targets=set(tg.split()) if tg else set(),
            form=form,
            when=when,
            text=text,
            ctx=ctx,
            on=on,
            ocr=ocr,
            alt=alt,
        )
    )


# ---------------- C: caleg ----------------
t(
    "C",
    "caleg",
    "CG_ILHAM PT_PKB",
    "post",
    "leg",
    "Assalamualaikum wr wb. Mohon doa dan dukungannya, caleg DPRD Jatim dapil Malang Raya nomor urut 4 "
    "dari PKB, Gus Ilham Mawardi. Insyaallah amanah, mengabdi untuk masyarakat. Jangan lupa 14 Februari "
    "coblos PKB nomor 4 🙏",
)
t(
    "C",
    "caleg",
    "CG_ILHAM PT_PKB",
    "post",
    "leg",
    "*Info dari grup alumni* 📢\nSaudara-saudara sekalian, kemarin sore saya sowan ke ndalem Gus Ilham di "
    "Lawang. Beliau ini orangnya sederhana, ngaji dan ngopi bareng warga, kalau ada yang sakit langsung "
    "dijenguk. Tidak banyak omong tapi kerjanya nyata. Dulu waktu banjir di Pakis beliau yang pertama datang "
    "bawa nasi bungkus. Jadi kalau ditanya pilih siapa buat DPRD Provinsi, ya jelas saya pilih beliau. Monggo "
    "dishare ke keluarga, nomor 4 PKB dapil Malang Raya. Matur nuwun 🙏",
)
t(
    "C",
    "caleg",
    "CG_ILHAM",
    "comment",
    "leg",
    "Sip cak, aku yo wis mantep nang Gus Ilham. Tanggal 14 nyoblos bareng yo rek",
    ctx="Wingi Gus Ilham rawuh nang langgar, ngobrol karo warga sampek bengi. Wonge grapyak tenan.",
)
t(
    "C",
    "caleg",
    "CG_ILHAM",
    "reply",
    "leg",
    "Iyo bener, koen lek bingung milih DPRD Jatim, Gus Ilham ae, wonge jelas",
    ctx="Rek, DPRD Jatim dapil Malang Raya sing apik sopo yo? Aku bingung, calone akeh pol",
)
t(
    "C",
    "caleg",
    "CG_ILHAM PT_PKB",
    "image",
    "leg",
    "Bismillah 🤲",
    ocr="PKB | DPRD PROVINSI JAWA TIMUR | DAPIL JATIM V | COBLOS No. 4 | H. MUHAMMAD ILHAM MAWARDI, S.Ag. "
    "| Santri Mengabdi untuk Jatim",
)
t(
    "C",
    "caleg",
    "CG_DEWI PT_PDIP",
    "post",
    "leg",
    "Nyuwun pangestu lan donga pangestunipun para sedherek sedaya. Ing pemilu 14 Februari mbenjang, mugi "
    "kersa nyoblos Ibu Dewi Anggraini, caleg DPRD Provinsi Jawa Timur nomer 2 saking PDI Perjuangan. Matur "
    "sembah nuwun.",
)
t(
    "C",
    "caleg",
    "CG_DEWI",
    "post",
    "leg",
    "Perempuan harus berani tampil! Bangga sama Mbak Dewi Anggraini yang memperjuangkan posyandu dan bidan "
    "desa. #DewiUntukJatim 💪❤️",
)
t(
    "C",
    "caleg",
    "CG_DEWI",
    "comment",
    "leg",
    "Mbak Dewi ini temen SMA ku, orangnya amanah pol. Pokoke suaraku gawe sampean mbak, nomor 2 😍",
    ctx="Terima kasih warga Singosari atas sambutan hangatnya hari ini. Bersama kita bisa! 🙏",
    on="CG_DEWI",
)
t(
    "C",
    "caleg",
    "CG_DEWI",
    "quote",
    "leg",
    "Nah iki, Dewi Anggraini nomor 2. Wes ojo bingung maneh, coblos sing iki 👇",
    ctx="KPU Provinsi Jawa Timur menetapkan Daftar Calon Tetap anggota DPRD Provinsi Jawa Timur dapil "
    "Jatim V (Kota Malang, Kabupaten Malang, Kota Batu).",
)
t(
    "C",
    "caleg",
    "CG_SUGENG PT_GOLKAR",
    "post",
    "leg",
    "Matur nuwun Abah Sugeng sampun rawuh di pengajian RT kami. Abah Sugeng ini sudah terbukti, jalan "
    "kampung diaspal berkat perjuangannya. Insyaallah kami sekeluarga tetap bersama Abah, Golkar nomor urut "
    "1 DPRD Jatim! #AbahSugeng",
)
t(
    "C",
    "caleg",
    "CG_SUGENG PT_GOLKAR",
    "reply",
    "leg",
    "Lho sampean durung ngerti tah? Abah Sugeng iku nomer 1 Golkar, DPRD Jatim. Pilih wonge, ojok ragu",
    ctx="Caleg sing jenenge Sugeng iku sing endi to? Sing brengose kandel?",
)
t(
    "C",
    "caleg",
    "CG_SUGENG PT_GOLKAR",
    "image",
    "leg",
    "Siap menangkan! ☝️",
    ocr="GOLKAR | Drs. SUGENG RIYADI | CALON ANGGOTA DPRD PROVINSI JAWA TIMUR | NO. URUT 1 | Bekerja Nyata "
    "untuk Rakyat",
)
t(
    "C",
    "caleg",
    "CG_FATHOR PT_PAN",
    "post",
    "leg",
    "Ajunan sadaja, mator sakalangkong. Ji Fathor reya oreng se lerres, se ngabdhi ka masyarakat. Tanggal "
    "14 Februari pilih Ji Fathor, DPRD Jatim nomer 6 PAN. Salam!",
)
t(
    "C",
    "caleg",
    "CG_FATHOR",
    "comment",
    "leg",
    "Ji Fathor mantap! Dukung penuh dari warga Madura di Malang 🔥",
    ctx="Blusukan ke Pasar Gadang bersama warga. Terima kasih atas doanya 🙏",
    on="CG_FATHOR",
)
t(
    "C",
    "caleg",
    "CG_FATHOR",
    "post",
    "leg",
    "Alhamdulillah, hari ini ikut mendampingi H. Fathorrahman blusukan di Pasar Gadang. Warga antusias "
    "sekali. Semoga beliau diberi amanah duduk di DPRD Jatim, rakyat kecil butuh wakil seperti beliau. "
    "Nomor 6 ya lur 🙏",
)
t(
    "C",
    "caleg",
    "CG_ANDI PT_GERINDRA",
    "post",
    "leg",
    "Mas Andi Prasetyo itu anak muda yang peduli petani. Nomor 3 Gerindra DPRD Kabupaten Malang dapil 3. "
    "Ayo dulur-dulur Tumpang, Poncokusumo, Jabung, suarane dikumpulke nang Mas Andi! #AndiPrasetyo3",
)
t(
    "C",
    "caleg",
    "CG_ANDI",
    "reply",
    "leg",
    "Wes talah rek, pilihen Mas Andi ae, arek Tumpang asli, ngerti masalah petani apel",
    ctx="Caleg DPRD kabupaten dapil 3 sing apik sopo yo? Sing ngerti petani lho, dudu sing moro pas "
    "butuh tok",
)
t(
    "C",
    "caleg",
    "CG_ANDI PT_GERINDRA",
    "image",
    "leg",
    "Dukung anak muda 🇮🇩",
    ocr="GERINDRA 3 | ANDI PRASETYO, S.T. | DPRD KAB. MALANG DAPIL 3 | Muda, Bergerak, Berdampak | COBLOS!",
)
t(
    "C",
    "caleg",
    "CG_LULUK PT_PKB",
    "post",
    "leg",
    "Bismillahirrahmanirrahim. Atas dawuh para masyayikh, kami keluarga besar alumni pondok mendukung Bu "
    "Nyai Hj. Luluk Mahmudah sebagai wakil rakyat di DPRD Kabupaten Malang. Nomor urut 1 PKB, dapil 2. Mohon "
    "doa restunya, semoga beliau istiqomah berjuang untuk santri dan madrasah diniyah.",
)
t(
    "C",
    "caleg",
    "CG_LULUK",
    "comment",
    "leg",
    "Aamiin. Bu Nyai Luluk pancen pantes, kulo sak keluarga mantep nyoblos panjenengan Bu 🙏",
    ctx="Mohon doa restu para sedulur, semoga kami diberi kekuatan untuk terus berkhidmah 🤲",
    on="CG_LULUK",
)
t(
    "C",
    "caleg",
    "CG_LULUK PT_PKB",
    "quote",
    "leg",
    "Iki sing jenenge caleg mikir madin. Tgl 14 jangan lupa, PKB nomor 1, Bu Nyai Luluk!",
    ctx="Hj. Luluk Mahmudah kunjungi madrasah diniyah di Gondanglegi, janjikan insentif guru madin.",
)
t(
    "C",
    "caleg",
    "CG_YOGA PT_PSI",
    "post",
    "leg",
    "Generasi muda Kepanjen saatnya punya suara! Dukung Yoga Aditama, caleg DPRD Kab Malang dari PSI nomor "
    "urut 5. Anak muda, jujur, ora neko-neko. #YogaAditama",
)
t(
    "C",
    "caleg",
    "CG_YOGA",
    "reply",
    "leg",
    "Aku wis ketemu Mas Yoga langsung, diskusine enak, programe jelas. Fix tak coblos",
    ctx="Ono sing wis tau ketemu Yoga Aditama caleg PSI kuwi? Wonge piye?",
)
t(
    "C",
    "caleg",
    "CG_YOGA PT_PSI",
    "image",
    "leg",
    "yok bisa yok",
    ocr="PSI 15 | YOGA ADITAMA | Caleg DPRD Kabupaten Malang Dapil 1 | No. Urut 5 | Muda Jujur Berani",
)
t(
    "C",
    "caleg",
    "CG_RINI PT_GOLKAR",
    "post",
    "leg",
    "Alhamdulillah kemarin ikut rapat warga bareng Mbak Rini Handayani. Caleg perempuan yang mau turun "
    "langsung dengerin keluhan ibu-ibu PKK. Nomor 2 Golkar DPRD Kabupaten Malang, insyaallah amanah 🌳",
)
t(
    "C",
    "caleg",
    "CG_RINI",
    "comment",
    "leg",
    "Mbak Rini nomor 2 pokoke! Semangat mbak, ibu-ibu Turen siap nyoblos 💛",
    ctx="Foto-foto kunjungan Mbak Rini Handayani ke posyandu Turen kemarin sore",
)
t(
    "C",
    "caleg",
    "CG_RINI PT_GOLKAR",
    "post",
    "leg",
    "Assalamu'alaikum. Maaf mengganggu bapak ibu group RT 05. Sekedar info saja nggih, jadi kemarin ada "
    "pertemuan di balai RW, dan kita sudah sepakat bahwa warga RW kita akan mendukung satu caleg supaya "
    "suara tidak pecah. Setelah musyawarah, yang disepakati adalah Mbak Rini Handayani dari Golkar nomor 2 "
    "untuk DPRD Kabupaten. Beliau sudah janji bantu perbaikan saluran air. Monggo yang belum tahu wajahnya "
    "bisa lihat di baliho depan gang. Terima kasih 🙏",
)
t(
    "C",
    "caleg",
    "CG_ILHAM",
    "post",
    "leg",
    "Pemilu tinggal seminggu. Buat teman-teman di Kota Batu dan Malang: saya sudah mantap memilih Gus Ilham "
    "untuk DPRD Jatim. Alasannya simpel, dia satu-satunya caleg yang datang ke kampung kami tanpa bagi-bagi "
    "amplop. Semoga menang, Gus!",
)
t(
    "C",
    "caleg",
    "CG_SUGENG PT_GOLKAR",
    "comment",
    "leg",
    "Jancuk, keren pol iki Abah Sugeng. Wes gak usah mikir, nomor siji Golkar!",
    ctx="Abah Sugeng Riyadi bagi-bagi bibit pohon ke warga Karangploso tadi pagi",
)
t(
    "C",
    "caleg",
    "CG_DEWI",
    "reply",
    "leg",
    "Halah, Dewi Anggraini yo sing paling pantes. Wis talah, pilih Mbak Dewi, gak bakal nyesel",
    ctx="Caleg wedok DPRD Jatim sing apik sopo ae yo rek?",
)
t(
    "C",
    "caleg",
    "CG_YOGA PT_PSI",
    "post",
    "leg",
    "Mohon doa restu. Suami saya, Yoga Aditama, insyaallah maju sebagai caleg DPRD Kab. Malang. Bantu kami "
    "dengan doa dan suaramu ya teman-teman, nomor 5 PSI 🙏🌹",
)
t(
    "C",
    "caleg",
    "CG_LULUK PT_PKB",
    "image",
    "leg",
    "Bersama Bu Nyai Luluk di acara harlah 🤲",
    alt="Foto bersama Hj. Luluk Mahmudah, semua mengacungkan satu jari telunjuk di depan baliho PKB nomor 1",
)
t(
    "C",
    "caleg",
    "CG_ANDI",
    "quote",
    "leg",
    "Setuju 100%! Mas Andi Prasetyo harus duduk di DPRD Kab Malang. Ayo bantu share dulur 🙏",
    ctx="Petani apel Poncokusumo butuh akses pupuk dan pasar. Ini perjuangan kita bersama.",
    on="CG_ANDI",
)
t(
    "C",
    "caleg",
    "CG_FATHOR",
    "comment",
    "2024-02-14T13:20:00+07:00",
    "Sampun kula coblos, Ji. Nomer 6! Mugi-mugi menang",
    ctx="Hari ini hari penentuan. Terima kasih semua yang sudah datang ke TPS 🙏",
    on="CG_FATHOR",
)
t(
    "C",
    "caleg",
    "CG_DEWI PT_PDIP",
    "post",
    "leg",
    "Kagem para sedulur ing Kecamatan Dau: mangga sami-sami nyengkuyung Mbak Dewi Anggraini, calon DPRD "
    "Jatim saking PDI Perjuangan nomer urut 2. Tiyangipun sae, sregep, lan peduli dhateng tiyang alit.",
)
t(
    "C",
    "caleg",
    "CG_ILHAM PT_PKB",
    "reply",
    "leg",
    "Tenang ae, Gus Ilham aman nang TPS-ku. Kabeh keluargaku nyoblos PKB nomer 4 😎",
    ctx="Piye rek kondisi nang kampungmu, aman ta?",
)
t(
    "C",
    "caleg",
    "CG_LULUK",
    "post",
    "leg",
    "Kemarin anak saya tanya, 'Pak, caleg itu apa?' Saya jelaskan pelan-pelan, bahwa caleg itu orang yang "
    "nanti mewakili kita di dewan. Lalu dia tanya lagi, 'Bapak pilih siapa?' Saya jawab jujur: untuk DPRD "
    "Kabupaten saya pilih Bu Nyai Luluk, karena beliau yang selama ini ngurus madin dan TPQ di desa kita. "
    "Semoga beliau terpilih, aamiin.",
)
t(
    "C",
    "caleg",
    "CG_ILHAM",
    "image",
    "leg",
    "wkwk pas",
    ocr="JANGAN LUPA 14 FEB!!! COBLOS GUS ILHAM NO 4 DPRD JATIM",
)

# ---------------- C: party ----------------
t(
    "C",
    "party",
    "PT_PKB",
    "post",
    "leg",
    "Bismillah, 14 Februari coblos PKB! Santri bersatu, PKB menang! #PKBMenang 💚",
)
t(
    "C",
    "party",
    "PT_PKB",
    "post",
    "leg",
    "Sudah waktunya Jawa Timur ijo royo-royo. Ayo dulur NU, suara kita untuk Partai Kebangkitan Bangsa. "
    "Jangan sampai pecah!",
)
t(
    "C",
    "party",
    "PT_PDIP",
    "comment",
    "leg",
    "Merdeka!!! Banteng Jatim tetap solid, PDI Perjuangan menang telak 🐂❤️",
    ctx="Konsolidasi kader se-Malang Raya hari ini. Satu komando!",
    on="PT_PDIP",
)
t(
    "C",
    "party",
    "PT_PDIP",
    "post",
    "leg",
    "Aku lahir nang keluarga banteng, mati yo banteng. Coblos PDIP, nomer 3! 🔴",
)
t(
    "C",
    "party",
    "PT_GERINDRA",
    "reply",
    "leg",
    "Gerindra ae wes, programe jelas. Coblos Gerindra nomor 2 lur",
    ctx="Partai sing programe jelas ki sing endi to? Kabeh janji tok",
)
t(
    "C",
    "party",
    "PT_GERINDRA",
    "image",
    "leg",
    "Siap menang 🦅",
    ocr="COBLOS GERINDRA | NOMOR 2 | PEMILU 14 FEBRUARI 2024",
)
t(
    "C",
    "party",
    "PT_GOLKAR",
    "post",
    "leg",
    "Suara Golkar, suara rakyat! 🌳 Pemilu kali ini kuning semua ya rek, coblos Golkar nomor 4 💛",
)
t(
    "C",
    "party",
    "PT_GOLKAR",
    "comment",
    "leg",
    "Golkar menang! Beringin makin rindang di Jatim 🌳🔥",
    ctx="Ribuan kader hadiri apel siaga di Kota Batu",
    on="PT_GOLKAR",
)
t(
    "C",
    "party",
    "PT_PAN",
    "post",
    "leg",
    "PAN itu partai yang paling realistis buat anak muda sekarang. Saya pilih Partai Amanat Nasional, nomor "
    "12. Yuk yang lain juga! #PANMenang",
)
t(
    "C",
    "party",
    "PT_PSI",
    "post",
    "leg",
    "Teman-teman milenial dan gen Z, sudah saatnya kita dukung partai anak muda. Coblos PSI nomor 15! ✊🌹 "
    "#PSIMenang",
)
t(
    "C",
    "party",
    "PT_PSI",
    "quote",
    "leg",
    "Ini baru partai yang isinya anak muda beneran. Aku milih PSI tahun ini, bodo amat dibilang apa 😂",
    ctx="PSI umumkan 60% calegnya berusia di bawah 35 tahun.",
)
t(
    "C",
    "party",
    "PT_PKB",
    "post",
    "leg",
    "Assalamualaikum warga Nahdliyin. Kita tahu PKB lahir dari rahim NU, didirikan oleh para kiai kita. "
    "Menjelang pemilu ini banyak yang mencoba memecah suara warga NU. Mari kita kembali ke rumah sendiri. "
    "Tanggal 14 Februari, coblos PKB nomor 1. Sebarkan ke grup-grup lain. Wallahul muwaffiq ila aqwamith "
    "thoriq.",
)
t(
    "C",
    "party",
    "PT_GOLKAR",
    "reply",
    "leg",
    "Koen iku ngomong opo seh, Golkar iku sing paling pengalaman. Pokoke Golkar, titik!",
    ctx="Partai lawas kabeh podo ae, gak onok sing iso dipercoyo",
)
t(
    "C",
    "party",
    "PT_GERINDRA",
    "comment",
    "leg",
    "Salam Indonesia Raya! Gerindra di hati, Gerindra pasti menang 🇮🇩🦅",
    ctx="Kampanye akbar di Lapangan Rampal Malang, Minggu pagi!",
    on="PT_GERINDRA",
)
t(
    "C",
    "party",
    "PT_PAN",
    "image",
    "leg",
    "",
    ocr="PARTAI AMANAT NASIONAL | NO 12 | Jatim Butuh PAN! | Pilih PAN 14 Februari",
)
t(
    "C",
    "party",
    "PT_PDIP",
    "post",
    "gub",
    "Walaupun pilgub, tetap pilihan saya ikut arahan partai. PDI Perjuangan satu komando! 🔴",
)
t(
    "C",
    "party",
    "PT_PSI",
    "comment",
    "leg",
    "PSI pilihan paling masuk akal buat anak muda. Sudah fix nyoblos PSI",
    ctx="Menurut kalian partai mana yang paling peduli anak muda?",
)
t(
    "C",
    "party",
    "PT_PKB",
    "post",
    "2024-06-10T19:05:00+07:00",
    "Alhamdulillah PKB tetap di hati warga Jatim. Lanjutkan perjuangan PKB! 💚",
)

# ---------------- C: governor pairs and teams ----------------
t(
    "C",
    "pair",
    "PR_RAMA",
    "post",
    "gub",
    "Bismillah, Jatim butuh pemimpin yang ngerti wong cilik. Bu Ratna dan Gus Mundzir, pasangan nomor 1. "
    "27 November coblos RAMA! #RAMAJatim",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "post",
    "gub",
    "*Sekedar mengingatkan* 🙏\nSaudaraku, tanggal 27 November nanti kita memilih gubernur Jawa Timur. "
    "Pilihan kita menentukan lima tahun ke depan. Saya pribadi sudah menimbang ketiga pasangan, membaca visi "
    "misinya, dan melihat rekam jejaknya. Bu Ratna Kusumawati sudah terbukti waktu jadi kepala dinas, tidak "
    "pernah ada kasus. Gus Mundzir cucu kiai besar, santun dan alim. Makanya saya mantap ke nomor 1. Silakan "
    "kalau mau beda, tapi kalau masih bingung, monggo ikut saya. Jatim Makmur Bareng!",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "comment",
    "gub",
    "RAMA menang! Jatim makmur bareng 🔥🔥",
    ctx="Kampanye dialogis di Kepanjen bersama ribuan warga",
    on="PR_RAMA",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "reply",
    "gub",
    "Aku pilih Ratna-Mundzir rek, wes paling masuk akal. Liyane omong tok",
    ctx="Pilgub iki koen milih sopo? Aku sik bingung",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "image",
    "gub",
    "siap menangkan 🙌",
    ocr="RATNA – MUNDZIR | CAGUB & CAWAGUB JATIM 2024 | NOMOR 1 | JATIM MAKMUR BARENG | Coblos No. 1 27 "
    "November",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "post",
    "gub",
    "Nyuwun donga pangestu. Kula sakulawarga nyengkuyung Ibu Ratna kaliyan Gus Mundzir dados Gubernur lan "
    "Wakil Gubernur Jawi Wetan. Mugi Gusti Allah paring kemudahan. Nomer setunggal.",
)
t(
    "C",
    "pair",
    "PR_RAMA TM_RAMA",
    "quote",
    "gub",
    "Ayo melu rek, Minggu iki kampanye akbar nang Stadion Kanjuruhan. Sahabat RAMA kumpul kabeh! 💪",
    ctx="Kampanye akbar Ratna–Mundzir, Minggu 17 November, Stadion Kanjuruhan. Gratis!",
    on="TM_RAMA",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "post",
    "gub",
    "Cak Suryo karo Ning Laili iku paket komplit: siji ngerti infrastruktur, sijine ngerti pesantren. Jatim "
    "Padhang, coblos no 2! #SuryoLaili",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "comment",
    "gub",
    "Sehat terus Cak Suryo, Jawa Timur nunggu njenengan dadi gubernur. Nomor 2 menang!",
    ctx="Pagi ini sarapan pecel bareng warga Pasar Lawang 🙏",
    on="PR_SURLA",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "reply",
    "gub",
    "Wes pokoke aku Suryo-Laili, ojok takon maneh 😂",
    ctx="Cah, tanggal 27 milih sopo? Ojok golput lho",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "image",
    "gub",
    "",
    ocr="SURYO – LAILI | 2 | JATIM PADHANG | Cagub Cawagub Jawa Timur",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "post",
    "gub",
    "Rek, aku cerito sitik yo. Wingi aku melok ngopi nang warung Cak Man, onok wong-wong teko Sidoarjo "
    "ngomongno pilgub. Jarene kabeh calon podo ae. Aku ngomong, gak, sing iki bedo. Cak Suryo iku sing "
    "mbangun jembatan nang kampung bapakku biyen pas dadi kepala dinas PU. Ning Laili yo putrine kiai sing "
    "dihormati. Dadi aku yo wis mantep, tanggal 27 ojok lali nomer 2, Jatim Padhang!",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "post",
    "gub",
    "Sadaja reng Madura e Malang, ayo pele nomer dua! Cak Suryo ban Ning Laili, Jatim Padhang!",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "quote",
    "gub",
    "Jawabane Cak Suryo paling mantap soal banjir. Wis fix 2!",
    ctx="Debat kedua Pilgub Jatim: para calon adu gagasan soal banjir dan infrastruktur",
)
t(
    "C",
    "pair",
    "PR_SURLA TM_SURLA",
    "post",
    "gub",
    "Konco Suryo Kabupaten Malang siap tempur! Kita menangkan Suryo-Laili satu putaran ✌️ #KoncoSuryo",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "post",
    "gub",
    "Alhamdulillah kemarin hadir di deklarasi relawan Hendro-Zainal di Kepanjen. Jatim Sae! Coblos nomor 3 "
    "tanggal 27 November 🙏 #HendroZainal",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "comment",
    "gub",
    "Pak Hendro profesor tapi ora sombong, Gus Zainal alim. Iki pasangan sing pas. Nomer 3 pokoke!",
    ctx="Silaturahmi dengan para kiai dan guru ngaji se-Malang Raya",
    on="PR_HZ",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "reply",
    "gub",
    "Santri kudu kompak rek, Gus Zainal iku santri tulen. Ayo menangno nomer telu!",
    ctx="Grup alumni kok sepi, pilgub kurang sebulan lho",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "image",
    "gub",
    "Jatim Sae 🤟",
    ocr="HENDRO – ZAINAL | NOMOR 3 | JATIM SAE | Pilgub Jatim 2024",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "post",
    "gub",
    "Assalamu'alaikum warahmatullah. Para alumni yang dirahmati Allah. Sesuai hasil musyawarah pengurus "
    "ikatan alumni pondok tadi malam, dan setelah istikharah para masyayikh, kita bersepakat untuk ikhtiar "
    "bersama memenangkan pasangan Prof. Hendro Wicaksono dan KH. Zainal Fanani. Mohon para alumni di "
    "masing-masing kecamatan menggerakkan keluarga dan jamaahnya. Coblos nomor 3, Jatim Sae. Hasbunallah wa "
    "ni'mal wakil.",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "post",
    "gub",
    "Jatim Sae bukan sekedar slogan. Pak Hendro sudah membuktikan waktu jadi rektor. Ayo kawal sampai 27 "
    "November! #JatimSae",
)
t(
    "C",
    "pair",
    "PR_HZ TM_HZ",
    "quote",
    "gub",
    "Barisan Sae Malang Raya gass poll 🔥 nomer 3 menang!",
    ctx="Konsolidasi Barisan Sae se-Malang Raya malam ini di Singosari",
    on="TM_HZ",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "image",
    "gub",
    "Bersama Gus Zainal 🤟",
    alt="Foto selfie dengan KH Zainal Fanani, mengacungkan tiga jari",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "post",
    "gub",
    "Sudah kupikir matang-matang. Bu Ratna paling layak. Coblos nomor 1 ya rek 🙏",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "comment",
    "gub",
    "Gak usah kakehan teori. Ratna Mundzir, titik! ☝️",
    ctx="Debat semalam, siapa yang paling meyakinkan menurut kalian?",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "reply",
    "gub",
    "Leres, Pak. Kula ugi milih Gus Zainal kaliyan Pak Hendro. Mugi-mugi menang.",
    ctx="Kula mantep kaliyan nomer tiga, pripun panjenengan?",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "post",
    "gub",
    "Arek Malang ojok golput rek! Tanggal 27 budhal nang TPS, coblos no 2, Cak Suryo gubernur e awak dewe! 🔥",
)
t(
    "C",
    "pair",
    "PR_SURLA",
    "comment",
    "gub",
    "Ning Laili wakil gubernur, insyaallah berkah. Dukung 1000%",
    ctx="Ning Laili Fitriyah sowan ke Pondok Pesantren di Turen",
    on="PR_SURLA",
)
t("C", "pair", "PR_RAMA", "post", "gub", "#RAMAJatim #JatimMakmurBareng ☝️")
t("C", "pair", "PR_HZ", "post", "gub", "Gass nomor 3!! #HendroZainal #JatimSae")
t(
    "C",
    "pair",
    "PR_SURLA",
    "quote",
    "gub",
    "Nomer 2 iku wes paling cocok. Suryo-Laili sak pol e!",
    ctx="KPU Jatim menetapkan nomor urut pasangan calon gubernur dan wakil gubernur.",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "comment",
    "gub",
    "Mbak, ojok bingung, pilih Bu Ratna ae. Wong wedok, pinter, jujur. Jatim butuh ibu.",
    ctx="Aku sik bingung pilgub, kabeh calon janjine podo",
)
t(
    "C",
    "pair",
    "PR_RAMA",
    "post",
    "2024-08-26T18:30:00Z",
    "Bismillah, semoga Bu Ratna dan Gus Mundzir lancar pendaftarannya di KPU hari ini. Kami siap memenangkan! ☝️",
)
t(
    "C",
    "pair",
    "PR_HZ",
    "post",
    "2024-11-27T11:15:00+07:00",
    "Sudah nyoblos, jari ungu 💜 Bismillah nomer 3 menang, Jatim Sae!",
)

# ---------------- N: close but not campaigning ----------------
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "KPU Kabupaten Malang mengumumkan Daftar Calon Tetap (DCT) anggota DPRD Kabupaten Malang Pemilu 2024. "
    "Masyarakat bisa mengecek di papan pengumuman kantor kecamatan masing-masing.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Info dari PPS: bagi warga yang pindah domisili dan ingin mengurus pindah memilih (DPTb), batas akhir "
    "pengajuan tanggal 15 Januari. Bawa KTP dan KK ya.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Lokasi TPS 12 Desa Sumberpucung pindah ke halaman SDN 2, karena balai desa direnovasi. Mohon "
    "disebarkan ke warga RT 03 dan 04.",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Bawaslu e ndi iki, kok APK dipasang nang wit-witan sembarangan. Pakune nancep nang wit, kasihan",
    ctx="Sepanjang jalan Kepanjen–Gondanglegi penuh baliho caleg, sampai di pohon-pohon",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Ya Allah, semoga Pemilu 14 Februari berjalan aman, damai, dan jujur. Siapapun yang terpilih, semoga "
    "amanah. Jangan sampai kita bertengkar dengan tetangga gara-gara beda pilihan. Aamiin 🤲",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Sebagai ASN kita wajib netral. Jangan like, komen, atau share postingan caleg dan partai ya rekan-rekan. "
    "Sanksinya berat, bisa sampai penurunan jabatan.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Tetangga saya pasang baliho caleg Gus Ilham gede banget di depan rumahnya, sampai nutup separuh jalan. "
    "Mobil pick-up susah lewat. Tolong Satpol PP ditertibkan.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Baliho Abah Sugeng di perempatan Karanglo roboh kena angin semalam, hampir nimpa motor. Mbok ya "
    "dipasang yang kuat, bahaya buat pengendara.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Debat pilgub semalam: Cak Suryo ngomonge muter-muter, Bu Ratna kebanyakan baca teks, Pak Hendro "
    "kebanyakan teori. Wes ngono ae, kabeh podo ae 😂",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Anakku jenenge Rama, saiki nang sekolah diolok-olok koncone 'RAMA nomer siji! RAMA nomer siji!' 😭😂 "
    "Pilgub iki ono-ono ae.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Rama kula sampun sepuh, nyuwun donga pangestunipun mugi enggal dhangan saking gerahipun. Matur nuwun 🙏",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Diskon akhir tahun di Ramayana Malang Town Square, lumayan buat beli seragam anak 😁",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Alhamdulillah lampu PJU nang gang omahku wis diganti, saiki dalane padhang. Suwun Pak Kades 🙏",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Kabare sae, Bu? Sampun dangu mboten kepanggih. Mugi-mugi keluarga sedaya sae-sae mawon 🙏",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Jatim sae-sae wae kok, ora usah kuatir banjir, jare BMKG musim hujan tahun iki normal.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Sugeng enjing sedulur sedaya. Mugi tansah pinaringan kasarasan lan rejeki ingkang barokah 🌅",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Mas Andi tukang servis AC langganan ku nomer e ganti, sing butuh servis AC inbox aku ae. Kerjane rapi.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Jadwal senam yoga ibu-ibu Dharma Wanita pindah hari Jumat jam 6 pagi di halaman kantor ya. Bawa matras "
    "sendiri 🧘‍♀️",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Ban mobil kudu dicek rutin, tekanan ideal 32 psi. Ojok sampek kurang angin pas mudik.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Selamat untuk Dewi Anggraini, siswi SMPN 1 Kepanjen, juara 1 olimpiade sains tingkat provinsi! Bangga 🏆",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Alhamdulillah, anak saya dapat nomor urut 4 di lomba pidato tingkat kecamatan. Mohon doanya semoga "
    "lancar 🙏",
)
t("N", None, "", "post", "gub", "Antrian BPJS hari ini dapat nomor 3, cepet banget. Tumben 😂")
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Pilkades Desa Ngijo tinggal seminggu. Calon nomor 2 Pak Slamet dan nomor 1 Pak Hartono sama-sama warga "
    "asli. Semoga berjalan damai ya warga.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Bangga, anakku kepilih dadi ketua OSIS SMP! Kampanyene cuma janji nambah jam olahraga 😂",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Pemilihan ketua RT 07 besok malam di rumah Pak Bambang. Calonnya Pak Bambang sama Pak Yusuf. Warga "
    "wajib hadir ya.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Pengumuman: Pengajian rutin malam Jumat Legi di Masjid Al-Ikhlas diisi oleh KH. Zainal Abidin. Jamaah "
    "dimohon hadir tepat waktu.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Innalillahi wa inna ilaihi raji'un. Telah berpulang ke rahmatullah Bapak H. Suryo Atmojo, warga RT 02. "
    "Jenazah dimakamkan ba'da Dzuhur. Semoga husnul khotimah.",
)
t("N", None, "", "post", "leg", "Dukungan untuk Timnas! Garuda di dadaku 🇮🇩⚽")
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Pohon beringin di alun-alun Malang itu umurnya sudah ratusan tahun lho. Jangan ditebang ya.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Wah, ternyata Gus Ilham yang caleg itu dulu satu pondok sama kakak saya. Dunia sempit ya.",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Caleg-caleg iki kok mung teko pas butuh suara tok. Bar ngono ilang. Gak Gus Ilham, gak Abah Sugeng, "
    "podo ae.",
    ctx="Wingi onok caleg teko kampung, bagi kaos karo sembako",
)
t(
    "N",
    None,
    "",
    "reply",
    "leg",
    "Halah, Dewi Anggraini iku dipasang partai mergo bapake pejabat. Ojok percoyo.",
    ctx="Caleg perempuan saiki akeh sing apik lho",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Hahaha Mas Yoga PSI kok posene kayak iklan skincare 😂",
    ctx="Baliho anyar nang perempatan Kepanjen, delok en posene",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Bawaslu Kabupaten Malang menertibkan 1.200 alat peraga kampanye yang melanggar aturan di sepanjang "
    "jalan protokol Kepanjen. Termasuk baliho PKB, Golkar, Gerindra dan PDIP.",
)
t(
    "N",
    None,
    "",
    "post",
    "2024-02-15T20:10:00+07:00",
    "Hasil quick count sementara: PDI Perjuangan, Golkar, Gerindra dan PKB bersaing ketat. Kita tunggu "
    "hasil resmi KPU ya, jangan terprovokasi.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Wis talah, ojok eker-ekeran mergo pilgub. Sing nomer siji, loro, telu, kabeh dulur dewe. Sing penting "
    "Jatim aman. 🙏",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Anak-anakku, yang penting kalian datang ke TPS tanggal 27 November. Pilih sesuai hati nurani, jangan "
    "golput, jangan mau dibayar.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Grup WA keluarga isine kampanye kabeh. Pakdhe kirim video Cak Suryo, Bulik kirim poster Bu Ratna, "
    "sepupu kirim Hendro-Zainal. Aku mung iso nyimak karo ngelus dodo 😂",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Sing nyebar poster 'coblos nomor 3' nang grup RT tolong dihapus yo, grup iki khusus info warga. Matur "
    "nuwun.",
)
t(
    "N",
    None,
    "",
    "comment",
    "gub",
    "Pak, sampean ASN lho, ojok share-share poster RAMA. Engko kenek sanksi.",
    ctx="[poster kampanye pasangan nomor 1]",
)
t(
    "N",
    None,
    "",
    "post",
    "2024-11-27T19:40:00+07:00",
    "Seharian jadi KPPS di TPS 05, capek tapi alhamdulillah lancar. Suara nomor 1, 2, 3 dihitung dengan "
    "jujur dan disaksikan semua saksi. Salam demokrasi 🙏",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Mohon maaf, kantor pelayanan Disdukcapil tetap buka hari Sabtu untuk pelayanan KTP-el bagi pemilih "
    "pemula yang belum rekam. Silakan datang.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Nonton debat cagub sambil ngopi. Pertanyaan panelis soal stunting apik, tapi jawabane kabeh calon "
    "normatif.",
)
t(
    "N",
    None,
    "",
    "reply",
    "gub",
    "Lho ojok salah paham mas, aku ngomong Gus Zainal iku guru ngajiku biyen, dudu kampanye. ASN kudu netral.",
    ctx="Wah sampean kampanye yo? 😏",
)
t(
    "N",
    None,
    "",
    "quote",
    "gub",
    "Ngene iki sing nggawe rakyat males. Kabeh pasangan kudu fokus program, dudu saling lapor.",
    ctx="Dua pasangan cagub Jatim saling lapor ke Bawaslu soal dugaan pelanggaran kampanye",
)
t(
    "N",
    None,
    "",
    "post",
    "2024-11-25T08:00:00+07:00",
    "Bapak ibu, hari ini masa tenang. Mohon tidak ada yang share materi kampanye apapun di grup kantor. "
    "Terima kasih.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Ngaji Kitab Ihya' Ulumuddin malam ini libur dulu nggih, Kiai rawuh haul di Jombang. Pekan depan normal "
    "kembali.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Dulur-dulur, ayo bareng-bareng njaga kondusifitas. Pemilu iku mung limang taunan, paseduluran "
    "selawase. 🇮🇩",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Jancuk, macet pol nang Kepanjen, onok kampanye partai. Mbok ya ojok nutup dalan rek.",
    ctx="Info lalin: Jl. Panji Kepanjen padat merayap siang ini",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Cak Suryo bakso langganan di depan kantor buka cabang baru di Sawojajar. Rasane tetep enak, monggo "
    "mampir 😋",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Ning Laili anak e Pak Haji Mahmud wingi rabi, selamat ya Ning, sakinah mawaddah warahmah 💍",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Ji Fathor tetanggaku sing dodol sate Madura saiki buka sampek bengi. Enak rek!",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Abah Sugeng, penjual tahu campur legendaris Pasar Besar, kemarin berpulang. Selamat jalan Abah, tahu "
    "campurmu tak terlupakan 😢",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Mas Yoga iki instruktur gym ku, mantap programe 💪",
    ctx="Sing golek personal trainer nang Kepanjen, rekomendasi dong",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Bismillah, hari ini mulai tugas baru di Dinas Pendidikan. Mohon doa restu rekan-rekan semua 🙏",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Mohon doa dan dukungannya, anak kami Aisyah mengikuti lomba MTQ tingkat Provinsi Jawa Timur mewakili "
    "Kabupaten Malang. Nomor peserta 04.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Mohon doa restu, insyaallah kami akan melangsungkan akad nikah putri kami pada tanggal 4 Februari 2024 "
    "di Masjid Jami' Lawang.",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Nomer 2 ae mas, sing ukuran L kekecilan",
    ctx="Kaos polos ready: nomor 1 ukuran M, nomor 2 XL, nomor 3 XXL. Monggo order",
)
t(
    "N",
    None,
    "",
    "reply",
    "gub",
    "Coblos nomor 3 opo? Aku wis lali, ojok ngomong politik nang grup arisan rek 😂",
    ctx="Bu, ojok lali coblos nomor 3 yo",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Cara nyoblos yang benar: coblos pada tanda gambar partai, nomor urut, atau nama calon. Surat suara "
    "jangan dilipat sembarangan. Info lengkap di website KPU.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Simulasi pemungutan suara di Kecamatan Dau. Surat suara contoh pakai partai fiktif, jadi ojok salah "
    "paham yo rek 😄",
)
t(
    "N",
    None,
    "",
    "quote",
    "gub",
    "Penting! ASN yang kedapatan mendukung paslon bisa kena sanksi. Tetap netral rekan-rekan.",
    ctx="Bawaslu Jatim: ASN dilarang memberikan dukungan kepada pasangan calon dalam bentuk apapun, "
    "termasuk di media sosial.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Heran aku, jaman saiki caleg pasang baliho nang kuburan barang. Ora sopan blas.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Gerindra, PKB, Golkar, PDIP, PAN, PSI... hafal kabeh logone tapi gak hafal visi misine 😂 #Pemilu2024",
)
t(
    "N",
    None,
    "",
    "reply",
    "leg",
    "Lho, PAN iku singkatane opo to? Aku yo gak ngerti, takon anakku ae.",
    ctx="Surat suarane akeh pol, logo partai sampek 18",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Ibu-ibu arisan malah debat soal caleg. Bu Siti pro Mbak Rini, Bu Yanti pro Mbak Dewi. Aku ngalah, sing "
    "penting arisan tetep jalan 😂",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Pesan Kiai tadi malam: jangan sampai perbedaan pilihan dalam pemilu memutus silaturahmi. Sesama Muslim "
    "bersaudara.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Rapat koordinasi pengamanan TPS bersama Polres Malang, Kodim, dan Bawaslu. Semua unsur siap mengawal "
    "pilgub 27 November.",
)
t(
    "N",
    None,
    "",
    "post",
    "2024-12-16T16:00:00+07:00",
    "Hasil rekapitulasi KPU Jatim sudah diumumkan. Selamat kepada pasangan terpilih, semoga amanah memimpin "
    "Jawa Timur. Yang kalah, terima dengan legowo.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Ada yang tahu kenapa Bu Ratna dan Cak Suryo gak datang ke acara debat publik kampus kemarin? Cuma Pak "
    "Hendro yang hadir.",
)
t(
    "N",
    None,
    "",
    "comment",
    "gub",
    "Ini hoaks ya, Gus Zainal tidak pernah bilang begitu. Cek dulu sebelum share.",
    ctx="Viral! Gus Zainal sebut warga yang tidak memilihnya masuk neraka",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Sekolah kami mengadakan pemilihan ketua OSIS. Calon nomor 1 Rama, calon nomor 2 Laili, calon nomor 3 "
    "Zainal. Demokrasi sejak dini 👏",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Sholat Jumat hari ini khotib Ustadz Fathorrahman dari Sampang. Tema: menjaga lisan di media sosial.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Kampanye akbar di lapangan Stadion Gajayana bikin macet sampai Dinoyo. Mending lewat jalur tikus rek.",
)
t(
    "N",
    None,
    "",
    "post",
    "2024-02-14T14:30:00+07:00",
    "Foto-foto jari ungu temen-temen sekantor, kompak semua sudah nyoblos. Pilihannya rahasia dong 🤫💜",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Wingi ketemu Mas Andi Prasetyo nang warung kopi, ternyata konco SD ku biyen. Ngobrol soal sawah, ora "
    "soal politik 😄",
)
t(
    "N",
    None,
    "",
    "reply",
    "gub",
    "Bukan gitu mas, aku cuma share jadwal debat, bukan dukung Suryo-Laili. Aku netral.",
    ctx="Lho sampean tim Suryo-Laili to?",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Sing jenenge Hendro nang kantorku onok telu, makane nek nyeluk kudu lengkap 😂",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Tips buat pemilih pemula: kenali caleg dari rekam jejaknya, jangan dari baliho atau amplopnya. "
    "#PemiluDamai",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Lho ngapain caleg PSI bagi-bagi kaos di depan sekolah? Harusnya sekolah bebas kampanye. Lapor Bawaslu!",
    ctx="Tadi pagi ada orang bagi-bagi kaos di gerbang SMA",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Sedekah bumi desa kami tahun ini dimeriahkan wayang kulit, lakon Rama Tambak. Monggo rawuh!",
)
t(
    "N",
    None,
    "",
    "post",
    "2024-12-02T07:30:00+07:00",
    "Sing menang siji, sing kalah loro. Mugo-mugo sing menang iso ngrangkul kabeh. Pilgub wis rampung, ayo "
    "guyub maneh.",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Kantor DPD Golkar Kab Malang kemarin kebakaran kecil, untung cepat dipadamkan damkar.",
)
t(
    "N",
    None,
    "",
    "comment",
    "leg",
    "Panjenengan leres, Pak. Politik uang niku haram, sinten mawon calonipun.",
    ctx="Ojo gelem diwenehi amplop, iku ngrusak demokrasi",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Makmur bareng! Alhamdulillah panen jagung kelompok tani kami tahun ini melimpah 🌽",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Quiz anak SD: 1+2 = ? Anakku jawab 'coblos nomor 3!' Wkwk efek baliho di mana-mana 😂",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Kampung kami jadi lokasi syuting iklan kampanye PDIP kemarin. Warga cuma nonton, aku sih gak ikut.",
)
t(
    "N",
    None,
    "",
    "reply",
    "leg",
    "Iyo mas, aku yo tau dikirimi stiker Gus Ilham, tapi gak tak tempel. ASN kudu netral.",
    ctx="Sampean dikirimi stiker caleg ta?",
)
t(
    "N",
    None,
    "",
    "post",
    "leg",
    "Ramalan cuaca tanggal 14 Februari: hujan ringan di Malang Raya. Jangan lupa bawa payung ke TPS.",
)
t(
    "N",
    None,
    "",
    "post",
    "gub",
    "Festival Padhang Bulan di Dusun Krajan nanti malam, ada shalawatan dan bazar UMKM. Mari hadir!",
)

# ---------------- A: ambiguous ----------------
t(
    "A",
    "pair",
    "PR_HZ",
    "post",
    "gub",
    "Selamat kepada Bapak Prof. Hendro Wicaksono atas pengukuhan guru besar ilmu teknik sipil. Semoga "
    "ilmunya bermanfaat.",
)
t(
    "A",
    "caleg",
    "CG_LULUK",
    "post",
    "leg",
    "Alhamdulillah Bu Nyai Luluk rawuh di acara khataman TPQ anak-anak. Dawuh beliau, anak-anak kudu rajin "
    "ngaji lan ngabekti wong tuwo.",
)
t(
    "A",
    "pair",
    "PR_RAMA",
    "post",
    "gub",
    "Aku wis ngerti pilihanku. Sing jelas sing nomere paling gampang dieling-eling ☝️😉",
)
t(
    "A",
    "pair",
    "PR_HZ",
    "comment",
    "gub",
    "Setuju banget! 👍",
    ctx="Coblos nomor 3, Jatim Sae! Ayo rek menangno Hendro-Zainal",
)
t(
    "A",
    "caleg",
    "CG_ILHAM",
    "post",
    "leg",
    "Gus Ilham orangnya baik, kemarin bantu renovasi mushola kami. Matur nuwun Gus 🙏",
)
t(
    "A",
    "pair",
    "PR_RAMA",
    "post",
    "gub",
    "Bu Ratna iku ibu sing luar biasa. Semoga sehat selalu, Bu.",
)
t(
    "A",
    "party",
    "PT_PKB",
    "reply",
    "leg",
    "Wes talah, sing ijo-ijo ae 💚",
    ctx="Bingung rek, surat suarane akeh pol. Enake milih sing endi?",
)
t("A", "party", "PT_GOLKAR", "post", "leg", "Pokoke sing kuning menang 🌳💛")
t(
    "A",
    "pair",
    "PR_SURLA",
    "image",
    "gub",
    "Foto keluarga lebaran kemarin 🥰",
    alt="Keluarga berfoto, semua mengacungkan dua jari",
)
t(
    "A",
    "pair",
    "PR_SURLA",
    "post",
    "gub",
    "Ngopi bareng Cak Suryo tadi pagi, ngobrol soal UMKM. Wonge grapyak 😊",
)
t(
    "A",
    "caleg",
    "CG_ILHAM",
    "comment",
    "leg",
    "Aamiin, semoga lancar Gus",
    ctx="Mohon doa restu, besok insyaallah kami tanda tangan berkas di KPU Jatim",
    on="CG_ILHAM",
)
t(
    "A",
    "pair",
    "",
    "post",
    "gub",
    "Perubahan itu perlu. Jangan pilih yang itu-itu saja. Kalian pasti ngerti maksudku 😏",
)
t(
    "A",
    "caleg",
    "CG_YOGA",
    "quote",
    "leg",
    "Keren Mas, semangat terus! 🔥",
    ctx="Terima kasih relawan Kepanjen yang sudah bantu pasang APK semalam suntuk 🙏",
    on="CG_YOGA",
)
t("A", "pair", "PR_SURLA", "post", "gub", "Jatim Padhang? Semoga ae, asal ojok mati lampu tok 😂")
t("A", "party", "PT_PDIP", "post", "leg", "Banteng tetap banteng 🐂")

# ---------------- O: C-like, outside every window, naming only candidates ----------------
t(
    "O",
    "caleg",
    "CG_ILHAM",
    "post",
    "2023-03-15T20:00:00+07:00",
    "Mohon doa restu, Gus Ilham Mawardi insyaallah siap maju DPRD Jatim tahun depan. Dukung Gus Ilham!",
)
t(
    "O",
    "caleg",
    "CG_DEWI",
    "post",
    "2023-04-02T09:30:00+07:00",
    "Mbak Dewi Anggraini cocok jadi wakil rakyat, kita dukung rame-rame ya! #DewiUntukJatim",
)
t(
    "O",
    "pair",
    "PR_RAMA",
    "post",
    "2024-06-15T10:00:00+07:00",
    "Bu Ratna dan Gus Mundzir wes paling pas buat Jatim. Ayo menangno! #RAMAJatim",
)
t(
    "O",
    "pair",
    "PR_SURLA",
    "post",
    "2024-07-20T16:45:00+07:00",
    "Cak Suryo gubernur e arek Jatim! Jatim Padhang! 🔥",
)
t(
    "O",
    "pair",
    "PR_HZ",
    "post",
    "2024-08-26T23:30:00",
    "Jatim Sae! Pak Hendro & Gus Zainal siap memimpin Jawa Timur. Dukung terus!",
)
t(
    "O",
    "pair",
    "PR_RAMA",
    "post",
    "2025-01-10T08:00:00+07:00",
    "Selamat bertugas Bu Ratna! Dari awal aku yakin njenengan sing menang, RAMA pancen top ☝️",
)
t(
    "O",
    "caleg",
    "CG_SUGENG",
    "post",
    "2024-05-05T19:00:00+07:00",
    "Abah Sugeng wis kebukti kerjane, periode ngarep kudu maju maneh! Aku tetep dukung Abah",
)
t(
    "O",
    "caleg",
    "CG_LULUK",
    "post",
    "2023-01-20T13:00:00+07:00",
    "Bu Nyai Luluk pantes dadi wakil rakyat, mugi-mugi kersa maju caleg. Kula dukung!",
)
t(
    "O",
    "caleg",
    "CG_YOGA",
    "post",
    "2024-04-12T21:10:00+07:00",
    "Mas Yoga Aditama, tetep semangat walau belum jadi. Aku tetep pendukungmu! #YogaAditama",
)
t(
    "O",
    "pair",
    "PR_SURLA",
    "post",
    "2024-08-20T11:00:00+07:00",
    "Ning Laili iku calon wakil gubernur idamanku. Suryo-Laili top pokoke!",
)
t(
    "O",
    "caleg",
    "CG_FATHOR",
    "post",
    "2023-02-10T15:00:00+07:00",
    "Ji Fathor, maju DPRD Jatim yo Ji! Tak dukung sampe menang",
)

# --------------------------------------------------------------------------------------------
# Bundle construction
# --------------------------------------------------------------------------------------------
AGENCIES = [
    ("PEMPROV_JATIM", "Pemerintah Provinsi Jawa Timur", "", "35"),
    ("DISDIK_JATIM", "Dinas Pendidikan Provinsi Jawa Timur", "PEMPROV_JATIM", "35"),
    ("PEMKAB_MLG", "Pemerintah Kabupaten Malang", "", "35.07"),
    ("DINKES_MLG", "Dinas Kesehatan Kabupaten Malang", "PEMKAB_MLG", "35.07"),
]
EMP_NIP = "197908142005011003"
ROSTER = [
    (
        EMP_NIP,
        "Arif Rahman Hakim, S.Pd., M.Pd.",
        "DISDIK_JATIM",
        "Cabang Dinas Pendidikan Wilayah Malang",
        "Pengawas Sekolah",
        "PNS",
        "35.07",
        "active",
    ),
    (
        "198602232011012004",
        "Hj. Siti Nurhayati, S.Kep., Ns.",
        "DINKES_MLG",
        "Puskesmas Kepanjen",
        "Perawat Ahli Muda",
        "PNS",
        "35.07",
        "active",
    ),
    (
        "199110052019031007",
        "Moch. Rizal Fahmi, S.Kom.",
        "PEMKAB_MLG",
        "Dinas Komunikasi dan Informatika",
        "Pranata Komputer Ahli Pertama",
        "PNS",
        "35.07",
        "active",
    ),
    (
        "199405172023012011",
        "Dewi Lestari, S.Pd.",
        "DISDIK_JATIM",
        "SMAN 1 Kepanjen",
        "Guru Ahli Pertama",
        "PPPK",
        "35.07",
        "active",
    ),
    (
        "196507041990031001",
        "Drs. Soetomo",
        "PEMKAB_MLG",
        "Sekretariat Daerah",
        "Analis Kebijakan",
        "PNS",
        "35.07",
        "inactive",
    ),
]
# the one employee's declared accounts: platform -> (handle, user_id)
EMP_ACCOUNTS = {
    "facebook": ("arif.rahman.hakim79", "100004567890123"),
    "instagram": ("arifrh_79", "4567890123"),
    "x": ("arif_rh79", "1456789012345678901"),
    "tiktok": ("arifrahman.mlg", "6890123456789012345"),
}
EMP_DISPLAY = "Arif Rahman"
EMP_BIO = "Pendidik | Malang | Nahdliyin | Arema 💙"
FRIENDS = {  # ordinary (non-target) accounts whose posts the employee comments on / quotes
    "facebook": [
        ("yuni.astuti.77", "100009876543210", "Yuni Astuti"),
        ("cak.mamad.sgs", "100008765432109", "Cak Mamad"),
        ("grup.rt05.sumberpucung", "100007654321098", "Warga RT 05"),
    ],
    "instagram": [
        ("ningsih_kpj", "5566778899", "Ningsih"),
        ("bagus.malang", "5566778800", "Bagus"),
    ],
    "x": [
        ("info_malangraya", "1300000000000000001", "Info Malang Raya"),
        ("kpu_jatim_news", "1300000000000000002", "Kabar Pemilu Jatim"),
        ("rizky_dau", "1300000000000000003", "Rizky"),
    ],
    "tiktok": [("lurah.gaul", "6800000000000000001", "Lurah Gaul")],
}
WINDOWS = {"leg": ("2023-11-28", "2024-02-13"), "gub": ("2024-09-25", "2024-11-26")}


def _write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def _when(item_no: int, when: str, rng: random.Random) -> str:
    if when not in WINDOWS:
        return when
    import datetime as dt

    a, b = (dt.date.fromisoformat(x) for x in WINDOWS[when])
    day = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
    hh, mm = rng.randrange(6, 22), rng.randrange(60)
    stamp = f"{day.isoformat()}T{hh:02d}:{mm:02d}:00"
    # every fourth event carries no offset: it must be read in the bundle's timezone
    return stamp if item_no % 4 == 3 else stamp + "+07:00"


def _platform(item: dict, i: int) -> str:
    if item["on"]:
        return next(p for p, _, _ in TARGETS[item["on"]][6] if p)
    choices = {
        "post": ["facebook", "instagram", "x", "tiktok", "facebook"],
        "image": ["facebook", "instagram"],
        "comment": ["facebook", "instagram", "tiktok"],
        "reply": ["x", "facebook"],
        "quote": ["x"],
    }[item["form"]]
    return choices[i % len(choices)]


def build_bundle(folder: Path) -> dict[str, dict]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe kampanye Jawa Timur 2024 (independen)\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    _write_csv(folder / "agencies.csv", ["code", "name", "parent_code", "region_code"], AGENCIES)
    _write_csv(
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
        ROSTER,
    )
    _write_csv(
        folder / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            (EMP_NIP, p, h, u, EMP_DISPLAY, "2023-01-05", "true")
            for p, (h, u) in EMP_ACCOUNTS.items()
        ],
    )
    trows = []
    for tid, (name, kind, eid, num, party, _g, accs) in TARGETS.items():
        for plat, handle, uid in accs:
            trows.append((tid, name, kind, eid, num, party, plat, handle, uid))
    _write_csv(
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
        trows,
    )
    _write_csv(folder / "keywords.csv", ["target_id", "term"], KEYWORDS)
    erows = [
        (eid, name, contest, reg, st, a, b)
        for eid, name, contest, reg, stages in ELECTIONS
        for st, a, b in stages
    ]
    _write_csv(
        folder / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        erows,
    )

    rng = random.Random(20240214)
    by_event: dict[str, dict] = {}
    lines = []
    for i, item in enumerate(ITEMS):
        plat = _platform(item, i)
        handle, uid = EMP_ACCOUNTS[plat]
        post_id = str(int(hashlib.sha256(f"jatim-{i}".encode()).hexdigest()[:15], 16))
        action = "post" if item["form"] == "image" else item["form"]
        eid = f"{plat}:{post_id}:{action}:{uid}"
        ev = {
            "event_id": eid,
            "platform": plat,
            "action": action,
            "occurred_at": _when(i, item["when"], rng),
            "actor": {
                "user_id": uid,
                "handle": handle,
                "display_name": EMP_DISPLAY,
                "bio": EMP_BIO,
                "location": "Kepanjen, Malang",
            },
            "target": None,
            "text": item["text"],
            "url": f"https://example.org/{plat}/{post_id}",
            "media": [],
            "source": "probe-jatim",
        }
        if action != "post":
            if item["on"]:
                _p, h, u = next(a for a in TARGETS[item["on"]][6] if a[0] == plat)
                author = (h, u)
            else:
                fr = FRIENDS[plat][i % len(FRIENDS[plat])]
                author = (fr[0], fr[1])
            tpid = str(int(hashlib.sha256(f"jatim-target-{i}".encode()).hexdigest()[:15], 16))
            ev["target"] = {
                "post_id": tpid,
                "author_user_id": author[1],
                "author_handle": author[0],
                "text": item["ctx"] or "",
                "url": f"https://example.org/{plat}/{tpid}",
            }
        if item["form"] == "image" or item["ocr"] or item["alt"]:
            m = {
                "kind": "image",
                "url": f"https://example.org/media/{post_id}.jpg",
                "sha256": hashlib.sha256(f"img-{i}".encode()).hexdigest(),
            }
            if item["ocr"]:
                m["ocr_text"] = item["ocr"]
            if item["alt"]:
                m["alt_text"] = item["alt"]
            ev["media"] = [m]
        item["event_id"], item["platform"], item["occurred_at"] = eid, plat, ev["occurred_at"]
        by_event[eid] = item
        lines.append(orjson.dumps(ev))
    (folder / "events.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return by_event


# --------------------------------------------------------------------------------------------
# Run and score
# --------------------------------------------------------------------------------------------
def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else f"{a}/0"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--show", action="store_true", help="print every miss, false alarm, A and O hit"
    )
    ap.add_argument("--keep", type=Path, help="build the bundle/workspace here and keep them")
    args = ap.parse_args()

    root = args.keep or Path(tempfile.mkdtemp(prefix="probe_jatim_"))
    if args.keep and root.exists():
        shutil.rmtree(root)
    bundle, ws, out = root / "bundle", root / "ws", root / "findings.jsonl"
    by_event = build_bundle(bundle)
    cnt = Counter(it["label"] for it in ITEMS)
    print(f"items: {len(ITEMS)} ({', '.join(f'{k}={v}' for k, v in sorted(cnt.items()))})")
    cmd = [NETRA, "scan", str(bundle), "--out", str(out), "-w", str(ws), "-q"]
    print("$ " + " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    print(proc.stdout.strip())
    if proc.returncode != 0:
        print(f"netra exited {proc.returncode}\n{proc.stderr}", file=sys.stderr)
        return 1

    rej = ws / "rejected.jsonl"
    rej_lines = (
        [ln for ln in rej.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if rej.exists()
        else []
    )
    print(f"\nrejected rows: {len(rej_lines)} ({rej})")
    for ln in rej_lines[:20]:
        print("  ", ln[:300])

    hits: dict[str, set] = defaultdict(set)  # event_id -> target_ids of campaign findings
    other = Counter()
    for ln in out.read_text(encoding="utf-8").splitlines():
        if not ln.strip():
            continue
        f = orjson.loads(ln)
        if f.get("category") != "political.campaign":
            other[f.get("category")] += 1
            continue
        for e in f.get("event_ids") or []:
            hits[e].add(f.get("target_id"))
    unknown = [e for e in hits if e not in by_event]
    if unknown:
        print(f"campaign findings on unknown events: {len(unknown)}")

    C = [it for it in ITEMS if it["label"] == "C"]
    N = [it for it in ITEMS if it["label"] == "N"]
    A = [it for it in ITEMS if it["label"] == "A"]
    O = [it for it in ITEMS if it["label"] == "O"]  # noqa: E741 (the label's name)
    tp = [it for it in C if it["event_id"] in hits]
    fn = [it for it in C if it["event_id"] not in hits]
    fp = [it for it in N if it["event_id"] in hits]
    prec = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    rec = len(tp) / len(C) if C else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    right_target = [it for it in tp if hits[it["event_id"]] & it["targets"]]
    print("\n=== political.campaign ===")
    print(f"C found   : {_pct(len(tp), len(C))}   missed: {len(fn)}")
    print(f"N flagged : {_pct(len(fp), len(N))}  (false alarms)")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    print(f"hits naming an intended target: {_pct(len(right_target), len(tp))}")
    print(f"A flagged : {_pct(sum(it['event_id'] in hits for it in A), len(A))}")
    print(f"O flagged : {_pct(sum(it['event_id'] in hits for it in O), len(O))}  (should be 0)")
    print("recall by form:")
    for form in ("post", "comment", "reply", "quote", "image"):
        sub = [it for it in C if it["form"] == form]
        print(f"  {form:8s} {_pct(sum(it['event_id'] in hits for it in sub), len(sub))}")
    print("recall by group:")
    for g in ("caleg", "pair", "party"):
        sub = [it for it in C if it["group"] == g]
        print(f"  {g:8s} {_pct(sum(it['event_id'] in hits for it in sub), len(sub))}")
    print("false alarms by form:")
    for form in ("post", "comment", "reply", "quote", "image"):
        sub = [it for it in N if it["form"] == form]
        if sub:
            print(f"  {form:8s} {_pct(sum(it['event_id'] in hits for it in sub), len(sub))}")
    if other:
        print(
            "(other categories, not scored: "
            + ", ".join(f"{k}={v}" for k, v in other.most_common())
            + ")"
        )

    if args.show:

        def show(title, items):
            print(f"\n--- {title} ({len(items)}) ---")
            for it in items:
                got = ",".join(sorted(str(x) for x in hits.get(it["event_id"], ()))) or "-"
                extra = ""
                if it["ocr"]:
                    extra += f"  [ocr: {it['ocr']}]"
                if it["alt"]:
                    extra += f"  [alt: {it['alt']}]"
                if it["ctx"]:
                    extra += f"  [on: {it['ctx'][:80]}]"
                print(
                    f"[{it['label']} {it['group'] or '-'} {it['form']} {it['occurred_at']} "
                    f"want={','.join(sorted(it['targets'])) or '-'} got={got}]\n    {it['text']!r}{extra}"
                )

        show("MISSES (C not flagged)", fn)
        show("FALSE ALARMS (N flagged)", fp)
        show("hits with no intended target", [it for it in tp if it not in right_target])
        show("A flagged", [it for it in A if it["event_id"] in hits])
        show("A not flagged", [it for it in A if it["event_id"] not in hits])
        show("O flagged", [it for it in O if it["event_id"] in hits])
    print(f"\nbundle and workspace: {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
