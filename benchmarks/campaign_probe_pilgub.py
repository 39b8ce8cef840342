# ruff: noqa: E501  (the texts are data: one post per line reads better than split strings)
"""Independent out-of-sample probe of `political.campaign` (Pilgub Sumut 2029 + DPRD Sumut 2029).

Built only from spec/bundle-v1.md, spec/categories.md and research/domain.md. Every election,
candidate, team, slogan and text below is invented for this probe (parties are the real 2024
parties, a public fact). Texts were written before the first run and are not tuned to results.

Labels
  C  campaigns for / shows support of a target, posted inside that target's neutrality window
     (party texts: any time, parties have no window)
  N  close to campaigning but not campaigning (neutral election talk, criticism, namesakes,
     nickname words in their everyday sense, numbers in other senses), inside a window
  A  ambiguous (reported only)
  O  C-like text naming only candidates, posted OUTSIDE the candidate's election window

Usage:
  .venv/bin/python benchmarks/campaign_probe_pilgub.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import orjson

NETRA = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "netra"
WIB = dt.timezone(dt.timedelta(hours=7))

# --------------------------------------------------------------------------------------
# Elections (invented): Pilgub Sumatera Utara 2029 and Pemilu DPRD Provinsi Sumut 2029.
# Windows do not overlap: legislative 2028-10-01..2029-03-20, pilgub 2029-08-27..2029-12-16.
# --------------------------------------------------------------------------------------
PILGUB = "PILGUB-SU-2029"
DPRD = "PEMILU-DPRDSU-2029"
ELECTIONS = [
    # election_id, name, contest, region_code, stage, starts_on, ends_on
    (
        PILGUB,
        "Pemilihan Gubernur dan Wakil Gubernur Sumatera Utara 2029",
        "regional_head",
        "12",
        "candidacy",
        "2029-08-27",
        "2029-09-24",
    ),
    (
        PILGUB,
        "Pemilihan Gubernur dan Wakil Gubernur Sumatera Utara 2029",
        "regional_head",
        "12",
        "campaign",
        "2029-09-25",
        "2029-11-23",
    ),
    (
        PILGUB,
        "Pemilihan Gubernur dan Wakil Gubernur Sumatera Utara 2029",
        "regional_head",
        "12",
        "quiet",
        "2029-11-24",
        "2029-11-26",
    ),
    (
        PILGUB,
        "Pemilihan Gubernur dan Wakil Gubernur Sumatera Utara 2029",
        "regional_head",
        "12",
        "voting",
        "2029-11-27",
        "2029-11-27",
    ),
    (
        PILGUB,
        "Pemilihan Gubernur dan Wakil Gubernur Sumatera Utara 2029",
        "regional_head",
        "12",
        "counting",
        "2029-11-28",
        "2029-12-06",
    ),
    (
        PILGUB,
        "Pemilihan Gubernur dan Wakil Gubernur Sumatera Utara 2029",
        "regional_head",
        "12",
        "result",
        "2029-12-07",
        "2029-12-16",
    ),
    (
        DPRD,
        "Pemilu Anggota DPRD Provinsi Sumatera Utara 2029",
        "legislative",
        "12",
        "candidacy",
        "2028-10-01",
        "2028-11-27",
    ),
    (
        DPRD,
        "Pemilu Anggota DPRD Provinsi Sumatera Utara 2029",
        "legislative",
        "12",
        "campaign",
        "2028-11-28",
        "2029-02-10",
    ),
    (
        DPRD,
        "Pemilu Anggota DPRD Provinsi Sumatera Utara 2029",
        "legislative",
        "12",
        "quiet",
        "2029-02-11",
        "2029-02-13",
    ),
    (
        DPRD,
        "Pemilu Anggota DPRD Provinsi Sumatera Utara 2029",
        "legislative",
        "12",
        "voting",
        "2029-02-14",
        "2029-02-14",
    ),
    (
        DPRD,
        "Pemilu Anggota DPRD Provinsi Sumatera Utara 2029",
        "legislative",
        "12",
        "counting",
        "2029-02-15",
        "2029-03-10",
    ),
    (
        DPRD,
        "Pemilu Anggota DPRD Provinsi Sumatera Utara 2029",
        "legislative",
        "12",
        "result",
        "2029-03-11",
        "2029-03-20",
    ),
]

# Targets. Governor pairs: G=governor, W=deputy, TIM/REL = teams. Candidates are invented.
TARGETS = [
    # target_id, name, kind, election_id, ballot_number, party, platform, handle, user_id
    (
        "G1",
        "Tigor Hasiholan Sitompul",
        "candidate",
        PILGUB,
        "1",
        "",
        "x",
        "tigorsitompul",
        "910001",
    ),
    (
        "G1",
        "Tigor Hasiholan Sitompul",
        "candidate",
        PILGUB,
        "1",
        "",
        "instagram",
        "tigor.sitompul",
        "",
    ),
    ("W1", "Rizal Effendi Nasution", "candidate", PILGUB, "1", "", "", "", ""),
    (
        "TIM1",
        "Tim Pemenangan Tigor-Rizal",
        "campaign_team",
        PILGUB,
        "",
        "",
        "x",
        "timtorang",
        "910011",
    ),
    (
        "REL1",
        "Relawan Sahabat Tigor",
        "campaign_team",
        PILGUB,
        "",
        "",
        "facebook",
        "sahabattigor.sumut",
        "910012",
    ),
    ("G2", "Marulam Simanjuntak", "candidate", PILGUB, "2", "", "x", "marulam_smj", "910002"),
    (
        "W2",
        "Sri Wahyuni Ningsih",
        "candidate",
        PILGUB,
        "2",
        "",
        "instagram",
        "yuni.ningsih.sumut",
        "",
    ),
    ("TIM2", "Tim Kampanye MARWAH", "campaign_team", PILGUB, "", "", "x", "marwah2sumut", "910021"),
    (
        "REL2",
        "Srikandi Marwah",
        "campaign_team",
        PILGUB,
        "",
        "",
        "facebook",
        "srikandimarwah",
        "910022",
    ),
    (
        "G3",
        "Fadli Syahputra Lubis",
        "candidate",
        PILGUB,
        "3",
        "",
        "tiktok",
        "bangfadli.lubis",
        "910003",
    ),
    ("W3", "Bonar Sihombing", "candidate", PILGUB, "3", "", "", "", ""),
    (
        "TIM3",
        "Barisan Relawan Bersinar",
        "campaign_team",
        PILGUB,
        "",
        "",
        "instagram",
        "relawanbersinar",
        "",
    ),
    # DPRD Provinsi Sumut candidates (invented), ballot number = nomor urut on the party list
    (
        "C1",
        "Parlindungan Hutagalung, S.E.",
        "candidate",
        DPRD,
        "5",
        "PDIP",
        "facebook",
        "parlin.hutagalung",
        "920001",
    ),
    (
        "C2",
        "Hj. Nurhasanah Daulay",
        "candidate",
        DPRD,
        "2",
        "PKS",
        "instagram",
        "umaknur.daulay",
        "",
    ),
    ("C3", "Sugiono Prawiro", "candidate", DPRD, "7", "GERINDRA", "", "", ""),
    (
        "C4",
        "Ridwan Hakim Harahap",
        "candidate",
        DPRD,
        "1",
        "NASDEM",
        "x",
        "ridwanhharahap",
        "920004",
    ),
    # Real 2024 parties (public facts); political at all times -> election_id empty
    ("PDIP", "PDI Perjuangan", "party", "", "", "", "x", "PDI_Perjuangan", ""),
    ("GERINDRA", "Partai Gerindra", "party", "", "", "", "x", "Gerindra", ""),
    ("GOLKAR", "Partai Golkar", "party", "", "", "", "", "", ""),
    ("NASDEM", "Partai NasDem", "party", "", "", "", "", "", ""),
    ("PKS", "Partai Keadilan Sejahtera", "party", "", "", "", "", "", ""),
    ("PKB", "Partai Kebangkitan Bangsa", "party", "", "", "", "", "", ""),
]

# keywords.csv, written the way campaigns write them (mixed case on purpose)
KEYWORDS = [
    ("G1", "#MenangBersamaTigor"),
    ("G1", "Bang Tigor"),
    ("G1", "Tigor-Rizal"),
    ("G1", "TORANG"),
    ("G1", "coblos nomor 1"),
    ("G1", "#TigorRizal2029"),
    ("G1", "Sumut Torang Benderang"),
    ("REL1", "Sahabat Tigor"),
    ("TIM1", "#TimTorang"),
    ("W1", "Pak Rizal Nasution"),
    ("G2", "MARWAH"),
    ("G2", "#SumutBermarwah"),
    ("G2", "Amang Marulam"),
    ("G2", "Coblos Nomor 2"),
    ("G2", "Marulam-Yuni"),
    ("W2", "Bu Yuni"),
    ("REL2", "Srikandi Marwah"),
    ("TIM2", "#MarwahMenang"),
    ("G3", "BERSINAR"),
    ("G3", "#FadliBonarBersinar"),
    ("G3", "Bang Fadli"),
    ("G3", "coblos no 3"),
    ("G3", "Fadli-Bonar"),
    ("G3", "Sumut Bersinar"),
    ("TIM3", "Barisan Relawan Bersinar"),
    ("C1", "Bang Parlin"),
    ("C1", "#ParlinUntukRakyat"),
    ("C1", "Parlin Peduli"),
    ("C2", "Umak Nur"),
    ("C2", "#NurhasanahDaulay"),
    ("C3", "Pakde Sugi"),
    ("C3", "#PakdeSugiDPRD"),
    ("C4", "RHH"),
    ("C4", "#RidwanMuda"),
    ("PDIP", "#PDIPerjuangan"),
    ("PDIP", "Banteng Moncong Putih"),
    ("GERINDRA", "#GerindraMenang"),
    ("GOLKAR", "Suara Golkar Suara Rakyat"),
    ("GOLKAR", "#GolkarMenang"),
    ("NASDEM", "Restorasi Indonesia"),
    ("PKS", "#PKSMenang"),
    ("PKB", "#PKBMenang"),
]

GROUPS = {
    "P1": {"G1", "W1", "TIM1", "REL1"},
    "P2": {"G2", "W2", "TIM2", "REL2"},
    "P3": {"G3", "W3", "TIM3"},
}

# --------------------------------------------------------------------------------------
# Texts. (label, when, intended target group(s) "|"-separated, text[, explicit time])
# when: P = pilgub campaign/quiet days, PW = anywhere in pilgub window,
#       L = legislative campaign/quiet days, LW = anywhere in legislative window,
#       X = outside both windows (only for party texts), or an explicit ISO time (O texts).
# --------------------------------------------------------------------------------------
TEXTS: list[tuple] = [
    # ---------------- C: Pilgub pair 1 Tigor-Rizal (nomor 1) ----------------
    (
        "C",
        "P",
        "P1",
        "Horas! 27 November jangan lupa coblos nomor 1, Tigor-Rizal untuk Sumut yang lebih baik 🙏🔥",
    ),
    (
        "C",
        "P",
        "P1",
        "#MenangBersamaTigor mantap kali lah bang, kami warga Siantar siap menangkan!",
    ),
    ("C", "P", "P1", "sahabat tigor se kota medan, gaspol sampe TPS!! 💪💪"),
    (
        "C",
        "P",
        "P1",
        "Bang Tigor itu orangnya merakyat kali, kemarin datang ke pajak Sambu salam2 sama inang2. Udah pasti pilihanku dia.",
    ),
    ("C", "P", "P1", "TORANG menang! Sumut Torang Benderang ✊"),
    ("C", "P", "P1", "Satu hati satu pilihan, nomor SATU! #TigorRizal2029"),
    (
        "C",
        "P",
        "P1",
        "yg blm tau mau pilih siapa, sy sarankan no 1 aja lah. Bang Tigor n Pak Rizal udh jelas programnya",
    ),
    (
        "C",
        "P",
        "P1",
        "Ayo kawan2 dukung Tigor Sitompul jadi gubernur, biar jalan rusak di Sumut ini tuntas!!",
    ),
    (
        "C",
        "P",
        "P1",
        "Mantap kali orasi Bang Tigor tadi di Lapangan Merdeka. Fix kali lah pilih nomor 1 🔥🔥",
    ),
    ("C", "P", "P1", "coblos no.1 ya lae, jgn salah coblos, tigor rizal"),
    ("C", "P", "P1", "Tigor-Rizal. Itu aja. Gak pake lama. ☝️"),
    ("C", "P", "P1", "Pokoknya 27/11 kita coblos nomer satu, Tigor Rizal menang satu putaran!"),
    ("C", "P", "P1", "#menangbersamatigor #sahabattigor #sumuttorangbenderang"),
    (
        "C",
        "P",
        "P1",
        "Aku udah gabung Relawan Sahabat Tigor kecamatan Medan Johor, yok ikut kita bergerak menangkan abang kita",
    ),
    (
        "C",
        "P",
        "P1",
        "Horas Bang Tigor! Sukses terus, Sumut butuh pemimpin kayak abang. Kami siap menangkan 🙏",
    ),
    ("C", "P", "P1", "Dari Tapanuli untuk Sumut: Tigor–Rizal nomor urut 1 pilihan paling pas"),
    ("C", "P", "P1", "pilih yg pasti2 aja, pilih nomor 1 tigor rizal"),
    ("C", "P", "P1", "Nggak usah ragu lagi, bang Tigor-lah gubernur kita nanti. Doakan & coblos!"),
    ("C", "P", "P1", "TIGOR RIZAL NOMOR 1 SUMUT JUARA!!!"),
    ("C", "P", "P1", "Besok jadi saksi paslon 01 di TPS 12, semoga Tigor-Rizal menang 🙏"),
    (
        "C",
        "P",
        "P1",
        "Kemarin ikut jalan sehat bareng Bang Tigor, hadiahnya kaos #TimTorang 😁 Pokoknya nomor 1!",
    ),
    (
        "C",
        "2029-08-27T00:30:00+07:00",
        "P1",
        "☝️☝️☝️ sumut benderang bersama TORANG, dari hari pertama sampe menang",
    ),
    # ---------------- C: Pilgub pair 2 Marulam-Yuni / MARWAH (nomor 2) ----------------
    ("C", "P", "P2", "Coblos nomor 2! Marulam–Yuni, Sumut Bermarwah 💚"),
    ("C", "P", "P2", "#SumutBermarwah gass pol kawan!"),
    (
        "C",
        "P",
        "P2",
        "Amang Marulam sudah terbukti waktu jadi bupati, jadi kita pilih beliau lagi untuk Sumut. Nomor 2 ya 🙏",
    ),
    (
        "C",
        "P",
        "P2",
        "Saya pribadi mantap ke paslon 02. Marulam Simanjuntak dan Bu Yuni paling siap.",
    ),
    ("C", "P", "P2", "Ibu2 PKK ayo merapat ke Srikandi Marwah, kita menangkan Bu Yuni!"),
    ("C", "P", "P2", "Dua jari ✌️ untuk Sumut Bermarwah. Jangan sampe salah pilih ya guys"),
    ("C", "P", "P2", "pilih no 2 yok, MARWAH menang"),
    ("C", "P", "P2", "Kalo mau Sumut maju, 27 November pilih Marulam-Yuni. Titik."),
    ("C", "P", "P2", "Nomor dua, nomor dua, nomor dua! Marwah pasti menang 💪"),
    ("C", "P", "P2", "Mbak Yuni itu asli Deli Serdang, orang kita sendiri. Wajib pilih!"),
    ("C", "P", "P2", "Ayo kita kawal suara 02 sampai akhir. #MarwahMenang"),
    ("C", "P", "P2", "Amang Marulam mantap kali pidatonya semalam. Makin yakin aku coblos 2"),
    ("C", "P", "P2", "Udah ya, ga usah debat lagi, pokoke 02 Marwah 😎"),
    ("C", "P", "P2", "Bang, kami sekeluarga sudah sepakat nomor 2. Semoga Marulam-Yuni amanah ✌️"),
    ("C", "P", "P2", "MARWAH!!! MARWAH!!! MARWAH!!! ✌️✌️"),
    ("C", "P", "P2", "Dukung Marulam Simanjuntak jadi Gubernur Sumut 2029–2034!"),
    ("C", "P", "P2", "sapa lg kalo bkn pak marulam. nomer 2 pilihan rakyat kecil"),
    (
        "C",
        "P",
        "P2",
        "Mari kita coblos paslon nomor urut dua di Pilgub Sumut, demi Sumatera Utara yang bermarwah",
    ),
    ("C", "P", "P2", "Jangan lupa tanggal 27 bawa KTP, coblos yg no 2 ya dek, marulam yuni"),
    (
        "C",
        "P",
        "P2",
        "Srikandi Marwah Kecamatan Percut Sei Tuan siap memenangkan pasangan nomor 2! 💚",
    ),
    # ---------------- C: Pilgub pair 3 Fadli-Bonar / BERSINAR (nomor 3) ----------------
    ("C", "P", "P3", "Fadli-Bonar nomor 3, Sumut Bersinar! 🌟"),
    ("C", "P", "P3", "#FadliBonarBersinar yuk anak muda Medan kita gaspol cuy"),
    ("C", "P", "P3", "Bang Fadli itu anak muda, paham kondisi kita. Aku pilih no 3 lah"),
    ("C", "P", "P3", "salam 3 jari 🤟 sumut bersinar bersama fadli bonar"),
    ("C", "P", "P3", "Tiga! Tiga! Tiga! Fadli–Bonar menang!"),
    ("C", "P", "P3", "Kalau mau perubahan ya nomor tiga, bukan yg lain. Fadli Lubis Gubernur!"),
    (
        "C",
        "P",
        "P3",
        "Ayo ramaikan kampanye akbar Fadli–Bonar di Stadion Teladan hari Minggu, kita menangkan nomor 3!",
    ),
    ("C", "P", "P3", "Amang Bonar Sihombing orang baik, dukung terus sampai menang 🙏"),
    ("C", "P", "P3", "Ndak usah ragu le, coblos nomer telu, Fadli-Bonar"),
    ("C", "P", "P3", "coblos no 3 ji, Fadli Bonar mi itu yang paling bagus"),
    ("C", "P", "P3", "BERSINAR!!! 3️⃣ Sumut Bersinar, Rakyat Sejahtera"),
    ("C", "P", "P3", "Barisan Relawan Bersinar Kabupaten Langkat siap menangkan Fadli-Bonar!"),
    (
        "C",
        "P",
        "P3",
        "Beneran deh, Bang Fadli paling masuk akal programnya. Tanggal 27 no 3 pokoknya",
    ),
    ("C", "P", "P3", "Sudah saatnya yang muda memimpin. Fadli Syahputra Lubis untuk Sumut 1!"),
    ("C", "P", "P3", "gasss no 3 😤🔥 fadli bonar gaspol"),
    (
        "C",
        "2029-12-16T23:30:00+07:00",
        "P3",
        "Ane mah tetep Fadli-Bonar, nomor tiga, kaga ada obat 😂",
    ),
    # ---------------- C: DPRD Sumut candidates ----------------
    (
        "C",
        "L",
        "C1|PDIP",
        "Mohon doa dan dukungannya untuk abang kami Parlindungan Hutagalung, caleg DPRD Sumut dapil 3 nomor urut 5 PDI Perjuangan 🙏",
    ),
    ("C", "L", "C1|PDIP", "Dapil Sumut 3, coblos PDIP nomor 5 Bang Parlin! #ParlinUntukRakyat"),
    (
        "C",
        "L",
        "C1",
        "Bang Parlin orangnya peduli, kemarin bantu warga banjir di Tanjung Morawa. Pemilu nanti aku pilih dia lah.",
    ),
    (
        "C",
        "L",
        "C2|PKS",
        "Jangan lupa 14 Februari, coblos Hj. Nurhasanah Daulay, PKS nomor urut 2, DPRD Provinsi dapil Sumut 1 🤲",
    ),
    ("C", "L", "C2", "Umak Nur caleg kita, ayo ibu2 pengajian dukung beliau ke DPRD Sumut"),
    ("C", "L", "C2", "#NurhasanahDaulay untuk DPRD Sumut, amanah dan peduli"),
    (
        "C",
        "L",
        "C3|GERINDRA",
        "Pakde Sugi nyaleg DPRD provinsi, ayo dulur-dulur Jawa Deli coblos Gerindra nomor 7!",
    ),
    ("C", "L", "C3|GERINDRA", "#PakdeSugiDPRD ora usah mikir suwe, nomer pitu Gerindra"),
    (
        "C",
        "L",
        "C3|GERINDRA",
        "Sugiono Prawiro nomor urut 7 Gerindra dapil 3, insyaAllah amanah. Mohon dukungan warga Deli Serdang",
    ),
    (
        "C",
        "L",
        "C4|NASDEM",
        "Caleg DPRD Sumut dari NasDem nomor urut 1 dapil 1, Ridwan Hakim Harahap. Pilih yang muda, pilih yang pasti!",
    ),
    (
        "C",
        "L",
        "C4",
        "Bang Ridwan Harahap pasti duduk lah di DPRD, kami sekampung Sipirok satu suara 💪",
    ),
    (
        "C",
        "L",
        "C1",
        "Pilih caleg yang jelas kerjanya: Parlindungan Hutagalung, nomor 5. Gak usah yg lain.",
    ),
    (
        "C",
        "L",
        "C1",
        "Hari ini ikut sosialisasi Bang Parlin di Lubuk Pakam. Mantap kali programnya, dukung full!",
    ),
    ("C", "L", "C2|PKS", "coblos umak nur ya kawan2, nomor 2 PKS dapil Medan"),
    ("C", "L", "C4", "RHH for DPRD Sumut! Anak muda Sipirok bangga 🔥"),
    ("C", "L", "C3|GERINDRA", "Suara kita untuk Pakde Sugi. Gerindra menang, Pakde duduk!"),
    (
        "C",
        "L",
        "C1|PDIP",
        "Lae, jangan lupa ya, surat suara DPRD Provinsi coblos nomor 5 PDIP, Parlin Hutagalung",
    ),
    (
        "C",
        "L",
        "C2",
        "Bismillah, 14 Februari nanti ikhtiar untuk Umak Nurhasanah. Nomor urut 2 dapil Sumut 1 🤲",
    ),
    # ---------------- C: parties (no window) ----------------
    ("C", "L", "PDIP", "Pemilu 2029 kita merahkan Sumut! Coblos PDI Perjuangan 🐂🔴"),
    ("C", "L", "GERINDRA", "#GerindraMenang Sumut harus Gerindra!"),
    ("C", "L", "GOLKAR", "Suara Golkar, Suara Rakyat! Ayo menangkan Golkar di dapil kita 💛"),
    ("C", "L", "NASDEM", "Restorasi Indonesia! NasDem makin di depan, dukung terus!"),
    ("C", "L", "PKS", "Pilih PKS, pilih yg bersih dan peduli. InsyaAllah 2029 PKS menang 🤲"),
    ("C", "L", "PKB", "Aku mah pilih PKB, udah dari dulu. Ayo warga NU Sumut bersatu di PKB 💚"),
    ("C", "X", "NASDEM", "Nasdem Sumut mantap kali lah, restorasi terus!"),
    ("C", "L", "GERINDRA", "Ayo kita dukung Partai Gerindra menang Pemilu! 🦅"),
    ("C", "L", "GOLKAR", "Kalo mau Sumut maju, pilih Golkar. Pengalaman & terbukti."),
    ("C", "PW", "PDIP", "Kader banteng siap menangkan PDIP di Sumatera Utara! Merdeka!!! 🔴"),
    ("C", "L", "PKS", "Bismillah, PKS lagi PKS lagi. Jangan ragu, coblos PKS!"),
    ("C", "L", "PKB", "Pokoknya 14 Februari nyoblos PKB, titik 💚"),
    ("C", "X", "GOLKAR", "Kuning di hati, kuning di bilik suara 💛 #GolkarMenang"),
    ("C", "X", "NASDEM", "Ayo anak muda gabung & dukung NasDem, partai restorasi!"),
    # ---------------- N: pilgub window ----------------
    (
        "N",
        "PW",
        "",
        "Debat pilgub Sumut semalam seru juga ya, ketiga paslon sama-sama kuat di isu infrastruktur.",
    ),
    (
        "N",
        "PW",
        "",
        "Info: DPT bisa dicek online di situs KPU, pastikan nama kalian terdaftar sebelum 27 November.",
    ),
    (
        "N",
        "PW",
        "",
        "TPS 07 Kelurahan Sei Sikambing pindah ke halaman masjid ya, jangan salah datang",
    ),
    (
        "N",
        "PW",
        "",
        "Survei terbaru pilgub: selisih ketiga paslon masih tipis, masih banyak yang belum menentukan pilihan.",
    ),
    (
        "N",
        "PW",
        "",
        "Semoga pilgub Sumut berjalan aman, damai, dan sejuk. Siapapun yang menang, Sumut tetap rumah kita 🙏",
    ),
    (
        "N",
        "PW",
        "",
        "ASN wajib netral ya kawan2, jangan like jangan komen jangan share konten paslon manapun.",
    ),
    ("N", "PW", "", "Tigor anakku udah kelas 3 SD sekarang, cepat kali besarnya 😭"),
    ("N", "PW", "", "Pajak Sambu rame kali hari ini, cabe naik lagi"),
    ("N", "PW", "", "Langit udah torang, bah, bisa jemur kain lah kita"),
    ("N", "PW", "", "Nomor 2 di antrean BPJS dari jam 6 pagi, lumayan lah cepat pulang"),
    ("N", "PW", "", "Bu Yuni tetangga sebelah bikin bolu pandan enak kali, makasih bu 😍"),
    ("N", "PW", "", "Marwah seorang guru itu dijaga dengan integritas, bukan dengan jabatan."),
    (
        "N",
        "PW",
        "",
        "Kata-kata kasar di medsos itu merusak marwah kita sebagai ASN. Hati-hati posting ya.",
    ),
    ("N", "PW", "", "Lampu di aula kantor udah bersinar lagi setelah diganti teknisi 😂"),
    ("N", "PW", "", "Mataharinya bersinar terang hari ini, cocok buat jemur padi."),
    (
        "N",
        "PW",
        "",
        "Bang Fadli tukang servis AC langganan kami, cepat kerjanya, rekomen buat warga Johor",
    ),
    (
        "N",
        "PW",
        "",
        "Siapa pun gubernurnya nanti, tolong jalan ke Sidikalang diperbaiki, udah kayak kubangan kerbau.",
    ),
    (
        "N",
        "PW",
        "",
        "Pembagian tugas KPPS TPS 12 sudah keluar, saya jadi anggota 4. Mohon doanya lancar.",
    ),
    (
        "N",
        "PW",
        "",
        "Quick count sementara: paslon 1 34%, paslon 2 38%, paslon 3 28%. Tunggu hasil resmi KPU ya.",
    ),
    (
        "N",
        "PW",
        "",
        "Berita: KPU Sumut tetapkan tiga pasangan calon gubernur, pengundian nomor urut digelar besok.",
    ),
    (
        "N",
        "PW",
        "",
        "Paslon nomor 1, 2, 3 udah tanda tangan deklarasi kampanye damai. Semoga ditepati 🤝",
    ),
    ("N", "PW", "", "Rumah nomor 3 di gang kami kebanjiran lagi, ada yang bisa bantu pompa?"),
    ("N", "PW", "", "Juara 1 lomba masak tingkat kecamatan kelompok ibu-ibu blok C 😂 Mantap kali"),
    ("N", "PW", "", "Anak saya ranking 2 di kelas, alhamdulillah 🤲"),
    (
        "N",
        "PW",
        "",
        "Kritik aja ya: program gratis semua yang dijanjikan paslon itu uangnya dari mana? Jangan cuma janji.",
    ),
    (
        "N",
        "PW",
        "",
        "Baliho paslon di simpang Pos udah nutupin rambu lalu lintas, tolong Bawaslu tertibkan.",
    ),
    (
        "N",
        "PW",
        "",
        "Debat kedua soal kesehatan, ada yang nonton? Menurutku semua paslon belum jawab soal BPJS.",
    ),
    ("N", "PW", "", "Saya ASN, jadi pilihan saya cukup di bilik suara aja ya. Jangan tanya2 😁"),
    ("N", "PW", "", "Kalo ada yang bagi2 amplop, laporkan ke Bawaslu. Tolak politik uang!"),
    ("N", "PW", "", "Horas! Selamat pagi semua, semangat Senin 💪"),
    ("N", "PW", "", "Gaspol kerja hari ini, laporan akhir tahun harus kelar 😤"),
    (
        "N",
        "PW",
        "",
        "Ada yang tau hasil rekapitulasi pilgub di kecamatan Medan Baru udah keluar belum?",
    ),
    (
        "N",
        "PW",
        "",
        "Sedih liat grup WA keluarga ribut gara2 pilgub. Beda pilihan jangan putus saudara ya 🙏",
    ),
    ("N", "PW", "", "Meme paslon hari ini lucu2 kali, tapi saya ga share ya, ASN harus netral 😂"),
    (
        "N",
        "PW",
        "",
        "27 November itu libur pilkada, jangan dipakai liburan. Datang ke TPS ya, pilihan bebas.",
    ),
    (
        "N",
        "PW",
        "",
        "Rizal kawan SMA ku baru buka warung kopi di Jl. Setia Budi, mampir lah kawan2",
    ),
    ("N", "PW", "", "Sumut butuh gubernur yang peduli lingkungan, siapa pun dia."),
    (
        "N",
        "PW",
        "",
        "Pak Tigor satpam kantor kami pensiun hari ini, terima kasih atas pengabdiannya 🙏",
    ),
    (
        "N",
        "PW",
        "",
        "Tadi pagi lewat kampanye akbar di Lapangan Merdeka, macet parah. Cari jalan lain ya.",
    ),
    (
        "N",
        "PW",
        "",
        "Surat suara pilgub sah kalau dicoblos di dalam kotak paslon, bukan di luar. Hati-hati ya.",
    ),
    (
        "N",
        "PW",
        "",
        "Debat pilgub malam ini jam 19.00 di TV lokal, jangan lupa nonton biar tau visi misinya.",
    ),
    ("N", "PW", "", "Mantap kali lah rendang buatan mamak, tiada tanding 😋"),
    ("N", "PW", "", "Yang golput rugi ya, suara kita menentukan 5 tahun ke depan."),
    ("N", "PW", "", "Bersinar terus karirmu dek, selamat wisuda! 🎓"),
    ("N", "PW", "", "Marulam tetangga kami udah sembuh dari DBD, terima kasih doanya semua 🙏"),
    ("N", "PW", "", "Anak-anak SD Negeri 060 juara 1 lomba drumband se-kota Medan, bangga kali 🥁"),
    ("N", "PW", "", "Pengumuman: kantor tutup tanggal 27 November karena libur pilkada serentak."),
    (
        "N",
        "PW",
        "",
        "Bang Tigor janji jalan mulus tapi jalan di kampungnya sendiri masih rusak. Gimana itu?",
    ),
    (
        "N",
        "PW",
        "",
        "Program MARWAH soal sekolah gratis itu nggak realistis menurutku, anggarannya nggak cukup.",
    ),
    ("N", "PW", "", "Fadli-Bonar debat semalam kurang meyakinkan, banyak jawab ngambang."),
    ("N", "PW", "", "Jujur ga ada satupun paslon yang sreg di hati. Tapi tetap datang ke TPS lah."),
    (
        "N",
        "PW",
        "",
        "Lucu juga video Bang Tigor nyanyi lagu Batak di TikTok, suaranya fals kali 😂",
    ),
    (
        "N",
        "PW",
        "",
        "Doakan Pilgub Sumut damai. Paslon 1, 2, dan 3 semuanya putra-putri terbaik Sumut.",
    ),
    (
        "N",
        "PW",
        "",
        "Koordinator lapangan minta tolong: yang jaga posko banjir malam ini tolong isi daftar, nomor 1 sampai 10 masih kosong.",
    ),
    # ---------------- N: legislative window ----------------
    (
        "N",
        "LW",
        "",
        "Cara mencoblos 5 surat suara: abu-abu presiden, kuning DPR RI, merah DPD, biru DPRD Provinsi, hijau DPRD kab/kota.",
    ),
    (
        "N",
        "LW",
        "",
        "Daftar caleg tetap DPRD Sumut sudah diumumkan KPU, bisa dilihat di website infopemilu.",
    ),
    ("N", "LW", "", "Parlin teman kantorku ulang tahun hari ini, HBD bro semoga sehat selalu 🎂"),
    ("N", "LW", "", "Nur, jangan lupa bawa berkas SPJ besok ya"),
    ("N", "LW", "", "Pakde ku di Binjai baru panen jagung, alhamdulillah harga lagi bagus"),
    (
        "N",
        "LW",
        "",
        "Sugi tukang pijat langganan ibu udah pindah ke Tebing Tinggi, ada rekomen tukang urut lain?",
    ),
    ("N", "LW", "", "Nonton dokumenter banteng di Ujung Kulon, hewan langka yang harus dijaga."),
    ("N", "LW", "", "Garuda di dadaku 🇮🇩 semangat timnas malam ini!"),
    (
        "N",
        "LW",
        "",
        "Restorasi gedung kantor lama Pemprov akhirnya dimulai, semoga selesai tepat waktu.",
    ),
    ("N", "LW", "", "Kuning-kuning di pinggir jalan itu bunga tabebuya lagi mekar, cantik kali 💛"),
    ("N", "LW", "", "Upacara Hari Pahlawan 10 November, merah putih berkibar di halaman kantor 🇮🇩"),
    (
        "N",
        "LW",
        "",
        "Berita: Bawaslu Sumut temukan 120 baliho caleg melanggar aturan pemasangan di Medan.",
    ),
    (
        "N",
        "LW",
        "",
        "Kalo ada caleg yang datang bagi sembako, laporkan aja. Pilih sesuai hati nurani.",
    ),
    (
        "N",
        "LW",
        "",
        "Jumlah partai peserta Pemilu 2029 ditetapkan KPU, ada yang baru dan ada yang gugur.",
    ),
    (
        "N",
        "LW",
        "",
        "Survei elektabilitas partai bulan ini: PDIP, Gerindra, Golkar masih tiga besar, selisihnya tipis.",
    ),
    ("N", "LW", "", "PKS (Pusat Kegiatan Siswa) SMA kami bikin bazar buku hari Sabtu, datang ya"),
    ("N", "LW", "", "Lagi ngurus PKB motor di Samsat, antrinya panjang kali"),
    ("N", "LW", "", "Partai ini partai itu, janjinya sama semua. Capek dengernya."),
    ("N", "LW", "", "Nomor urut 5 antrean dokter gigi, akhirnya dipanggil juga 😅"),
    (
        "N",
        "LW",
        "",
        "Sosialisasi pemilu untuk pemilih pemula di SMA Negeri 1 Medan hari ini bersama KPU kota.",
    ),
    (
        "N",
        "LW",
        "",
        "Golkar, PDIP, Gerindra, semua caleg dapil 3 diundang debat publik di kampus besok malam. Terbuka untuk umum.",
    ),
    (
        "N",
        "LW",
        "",
        "Cek dulu rekam jejak caleg sebelum milih, jangan cuma karena kenal atau dikasih kaos.",
    ),
    (
        "N",
        "LW",
        "",
        "Baliho caleg bertebaran di tiang listrik, merusak pemandangan kota. Tolong dirapikan.",
    ),
    (
        "N",
        "LW",
        "",
        "Coblos tepat di tanda gambar partai atau nama caleg, jangan di luar kotak biar sah.",
    ),
    ("N", "LW", "", "Rekap suara DPRD Sumut dapil 3 masih berlangsung di PPK Lubuk Pakam."),
    (
        "N",
        "LW",
        "",
        "Pemilu tinggal seminggu, semoga damai dan lancar. Beda pilihan tetap saudara 🤝",
    ),
    ("N", "LW", "", "Kalian pada dapat undangan memilih belum? Punyaku belum nyampe nih."),
    ("N", "LW", "", "Anakku nomor urut 7 di antrean wisuda, deg-degan 😬"),
    ("N", "LW", "", "3 hari lagi masa tenang. Stop kampanye di medsos ya, hormati aturan."),
    ("N", "LW", "", "Banyak kali hoaks caleg beredar di grup WA, cek dulu sebelum share ya."),
    ("N", "LW", "", "Ada yang tau TPS untuk pemilih pindahan di Medan Tembung di mana?"),
    ("N", "LW", "", "Warga NU Sumut gelar istighosah untuk pemilu damai, semua partai diundang."),
    ("N", "LW", "", "Umak ku masak arsik ikan mas, mantap kali 😋"),
    (
        "N",
        "LW",
        "",
        "Dulur-dulur Jawa Deli, ayo lestarikan kuda lumping, latihan tiap Minggu di balai desa",
    ),
    ("N", "LW", "", "Hasil UKOM kemarin aku dapat peringkat 3 se-provinsi, alhamdulillah"),
    (
        "N",
        "LW",
        "",
        "Bang Parlin caleg itu kemarin ngomong soal pupuk, tapi datanya salah semua. Cek dulu lah bang.",
    ),
    (
        "N",
        "LW",
        "",
        "Maaf ya kawan, di grup ini jangan posting kampanye caleg mana pun, ada ASN di sini.",
    ),
    ("N", "LW", "", "Pohon tumbang di jalan Gatot Subroto nomor 7, hati-hati yang lewat"),
    ("N", "LW", "", "Golkar, Gerindra, PDIP sama-sama belum jelas sikapnya soal honorer. Kecewa."),
    ("N", "LW", "", "Selamat Hari Ibu untuk semua umak di Sumut 🌷"),
    (
        "N",
        "LW",
        "",
        "Kawan kantor ada yang nyaleg, tapi aku tetap netral ya, maaf gak bisa bantu apa-apa 🙏",
    ),
    ("N", "LW", "", "Gaspol cuy, deadline SKP akhir tahun tinggal 2 hari!"),
    ("N", "LW", "", "Main ke Makassar, coto di sini enak mi, murah ji lagi 😋"),
    ("N", "LW", "", "Mbak Nur kantin sebelah jual pecel enak, rame terus tiap siang"),
    # ---------------- A: ambiguous ----------------
    (
        "A",
        "2029-12-10T09:00:00+07:00",
        "P2",
        "Hasil resmi KPU: pasangan nomor urut 2 menang. Selamat Amang Marulam & Bu Yuni, semoga amanah 🙏",
    ),
    ("A", "PW", "P1", "Semalam mimpi ketemu Bang Tigor, apa pertanda ya 😂"),
    ("A", "PW", "P3", "Saya suka cara Bang Fadli jawab soal lapangan kerja di debat tadi."),
    ("A", "PW", "P3", "Kalau dengar pidatonya, kayaknya nomor 3 paling paham masalah petani."),
    (
        "A",
        "PW",
        "P3",
        "Tiga jari 🤟 itu salam metal ya bukan salam politik, konser semalam pecah kali 😂",
    ),
    ("A", "LW", "C2", "Umak Nur ini dulu guru ngaji saya, orangnya baik kali."),
    ("A", "LW", "C3", "Foto bareng Pakde Sugi pas kondangan tetangga kemarin 😁"),
    ("A", "PW", "P2", "Sumut Bermarwah? Semoga bukan cuma slogan."),
    ("A", "PW", "P1", "Torang ini nanti siapa yang jadi gubernur ya, penasaran aku"),
    ("A", "PW", "P3", "Pilihanku sudah mantap, tapi rahasia. Hint: yang paling banyak jarinya 🤟"),
    (
        "A",
        "LW",
        "C1",
        "Kemarin Bang Parlin datang ke kantor camat, bagi-bagi kalender. Lumayan lah 😂",
    ),
    ("A", "LW", "GERINDRA|PDIP", "Gerindra atau PDIP ya? Masih bingung aku 🤔"),
    ("A", "PW", "P1", "Bang Tigor kemarin bantu korban banjir di Sibolga, salut kali."),
    ("A", "PW", "", "Nomor 1 di hati, tapi nomor berapa di bilik suara? Rahasia dong 😁"),
    (
        "A",
        "PW",
        "P1",
        "Kawan2 relawan Sahabat Tigor rajin kali bersih-bersih parit di kampung kami, terima kasih ya.",
    ),
    # ---------------- O: outside the candidate's window (candidates only) ----------------
    (
        "O",
        "2029-05-10T20:00:00+07:00",
        "P1",
        "Horas! Bang Tigor Sitompul pantas jadi gubernur Sumut, mantap kali! Dukung terus bang",
    ),
    ("O", "2030-03-01T10:00:00+07:00", "P1", "#MenangBersamaTigor 2034 lagi lah kita, bang!"),
    ("O", "2030-01-15T19:00:00+07:00", "P2", "Coblos nomor 2 Marulam-Yuni! Sumut Bermarwah 💚"),
    ("O", "2029-07-01T08:00:00+07:00", "P3", "Fadli-Bonar nomor 3, Sumut Bersinar!"),
    (
        "O",
        "2028-08-15T21:00:00+07:00",
        "C1",
        "Dukung Parlindungan Hutagalung caleg DPRD dapil 3 nomor urut 5!",
    ),
    ("O", "2029-06-01T16:00:00+07:00", "C2", "Umak Nur ke DPRD Sumut, ayo dukung!"),
    ("O", "2028-09-10T07:30:00+07:00", "C3", "Pakde Sugi nomor 7, mantap! Dukung Pakde ke DPRD"),
    ("O", "2029-04-20T12:00:00+07:00", "C4", "Ridwan Hakim Harahap, caleg muda pilihan kita 💪"),
    ("O", "2029-04-01T09:00:00+07:00", "P2", "Amang Marulam untuk Sumut 1! Dukung penuh"),
    (
        "O",
        "2029-08-20T18:00:00+07:00",
        "P3",
        "Bang Fadli gubernur kita 2029!! 🔥 dukung sampai menang",
    ),
    ("O", "2029-12-17T08:00:00+07:00", "P1", "Tigor–Rizal nomor 1! ☝️ tetap di hati"),
    ("O", "2029-01-10T15:00:00+07:00", "P1", "Bang Tigor calon gubernur kita nanti, dukung terus!"),
]

RANGES = {
    "P": (dt.date(2029, 9, 25), dt.date(2029, 11, 26)),
    "PW": (dt.date(2029, 8, 27), dt.date(2029, 12, 16)),
    "L": (dt.date(2028, 11, 28), dt.date(2029, 2, 13)),
    "LW": (dt.date(2028, 10, 1), dt.date(2029, 3, 20)),
    "X": (dt.date(2029, 4, 1), dt.date(2029, 8, 20)),
}

NIP = "198703152011031004"
ACCOUNTS = {
    "x": {"user_id": "5550001", "handle": "syahrial_srg", "display_name": "Syahrial Siregar"},
    "facebook": {
        "user_id": "100055500017",
        "handle": "syahrial.siregar.77",
        "display_name": "Ahmad Syahrial Siregar",
    },
}
# neutral accounts whose posts the employee comments on (none is a target)
NEUTRAL_POSTS = [
    ("880001", "infomedan", "Apa kabar warga Medan hari ini? Tulis di kolom komentar ya."),
    ("880002", "kabarsumut", "Ruang diskusi warga: ceritakan kegiatanmu minggu ini."),
    ("880003", "teman_sekolah88", "Ngopi dulu lae, cerita-cerita lah kita."),
]


def when_for(i: int, when: str) -> str:
    if when in RANGES:
        a, b = RANGES[when]
        span = (b - a).days + 1
        day = a + dt.timedelta(days=(i * 37 + 11) % span)
        t = dt.datetime(day.year, day.month, day.day, 6 + (i * 5) % 16, (i * 13) % 60, tzinfo=WIB)
        return t.isoformat()
    return when  # explicit ISO time


def write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def build_bundle(root: Path) -> dict[str, int]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilgub Sumut 2029 dan DPRD Sumut 2029 – Pemprov Sumatera Utara\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    write_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ("PEMPROV-SU", "Pemerintah Provinsi Sumatera Utara", "", "12"),
            (
                "DISKOMINFO-SU",
                "Dinas Komunikasi dan Informatika Provinsi Sumatera Utara",
                "PEMPROV-SU",
                "12",
            ),
            (
                "BAPPEDA-SU",
                "Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Utara",
                "PEMPROV-SU",
                "12",
            ),
        ],
    )
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
        [
            (
                NIP,
                "Ahmad Syahrial Siregar, S.Kom.",
                "DISKOMINFO-SU",
                "Bidang Aplikasi Informatika",
                "Pranata Komputer Ahli Pertama",
                "PNS",
                "12.71",
                "active",
            ),
            (
                "196905121994032002",
                "Dra. Hj. Rosmiati Nasution, M.Si.",
                "BAPPEDA-SU",
                "Sekretariat",
                "Sekretaris",
                "PNS",
                "12.71",
                "active",
            ),
            (
                "199108232019031011",
                "Martin Parulian Simbolon, S.T.",
                "DISKOMINFO-SU",
                "Bidang Infrastruktur TIK",
                "Pranata Komputer Ahli Muda",
                "PNS",
                "12.07",
                "active",
            ),
            (
                "199402112022102003",
                "Yohana Br Sinaga, S.E.",
                "BAPPEDA-SU",
                "Bidang Ekonomi",
                "Analis Perencanaan",
                "PPPK",
                "12.71",
                "active",
            ),
        ],
    )
    write_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            (NIP, p, a["handle"], a["user_id"], a["display_name"], "2028-07-01", "true")
            for p, a in ACCOUNTS.items()
        ],
    )
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
        TARGETS,
    )
    write_csv(root / "keywords.csv", ["target_id", "term"], KEYWORDS)
    write_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        ELECTIONS,
    )

    index: dict[str, int] = {}
    with (root / "events.jsonl").open("wb") as f:
        for i, (_label, when, _tgt, text) in enumerate(TEXTS):
            platform = "x" if i % 3 != 2 else "facebook"
            acc = ACCOUNTS[platform]
            action = "comment" if i % 4 == 1 else "post"
            pid = f"{7_000_000 + i}"
            ev = {
                "event_id": f"{platform}:probe-pilgub:{i:04d}:{action}",
                "platform": platform,
                "action": action,
                "occurred_at": when_for(i, when),
                "actor": {
                    "user_id": acc["user_id"],
                    "handle": acc["handle"],
                    "display_name": acc["display_name"],
                    "bio": "ASN Pemprovsu",
                    "location": "Medan",
                },
                "target": None,
                "text": text,
                "url": f"https://example.org/{platform}/{acc['handle']}/{pid}",
                "media": [],
                "source": "probe",
            }
            if action == "comment":
                uid, handle, ptext = NEUTRAL_POSTS[i % len(NEUTRAL_POSTS)]
                ev["target"] = {
                    "post_id": f"{6_000_000 + i}",
                    "author_user_id": uid,
                    "author_handle": handle,
                    "text": ptext,
                    "url": f"https://example.org/{platform}/{handle}/{6_000_000 + i}",
                }
            f.write(orjson.dumps(ev) + b"\n")
            index[ev["event_id"]] = i
    return index


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--show", action="store_true", help="print every miss, false alarm, A and O hit"
    )
    ap.add_argument("--keep", type=Path, help="keep bundle/workspace/findings in this folder")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="campaign_probe_pilgub_"))
    base = args.keep or tmp
    if args.keep and args.keep.exists():
        shutil.rmtree(args.keep)
    bundle, ws, out = base / "bundle", base / "ws", base / "findings.jsonl"
    index = build_bundle(bundle)
    cmd = [str(NETRA), "scan", str(bundle), "--out", str(out), "-w", str(ws), "-q"]
    print("$", " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    print(proc.stdout.strip())
    if proc.stderr.strip():
        print(proc.stderr.strip()[-2000:], file=sys.stderr)
    if proc.returncode != 0:
        print(f"netra scan exited {proc.returncode}")
        return 1

    # rejected rows
    rejected = []
    for p in ws.rglob("rejected*.jsonl"):
        rejected += [orjson.loads(x) for x in p.read_bytes().splitlines() if x.strip()]
    print(f"\nrejected rows: {len(rejected)}")
    for r in rejected[:20]:
        print("  ", r)

    hits: dict[int, list[dict]] = {}
    cats = Counter()
    for line in out.read_bytes().splitlines():
        if not line.strip():
            continue
        fd = orjson.loads(line)
        cats[fd.get("category")] += 1
        if fd.get("category") != "political.campaign":
            continue
        for eid in fd.get("event_ids") or []:
            if eid in index:
                hits.setdefault(index[eid], []).append(fd)
    print("findings by category:", dict(cats))

    def intended(tgt: str) -> set[str]:
        s: set[str] = set()
        for g in filter(None, tgt.split("|")):
            s |= GROUPS.get(g, {g})
        return s

    by = {lab: [i for i, t in enumerate(TEXTS) if t[0] == lab] for lab in "CNAO"}
    tp = [i for i in by["C"] if i in hits]
    fn = [i for i in by["C"] if i not in hits]
    fp = [i for i in by["N"] if i in hits]
    p = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    r = len(tp) / len(by["C"]) if by["C"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    right_target = [
        i for i in tp if any(h.get("target_id") in intended(TEXTS[i][2]) for h in hits[i])
    ]
    wrong_target = [i for i in tp if i not in right_target]
    a_hit = [i for i in by["A"] if i in hits]
    o_hit = [i for i in by["O"] if i in hits]

    print(
        f"\npolitical.campaign  texts: C={len(by['C'])} N={len(by['N'])} A={len(by['A'])} O={len(by['O'])}"
    )
    print(f"  C found {len(tp)}/{len(by['C'])}, missed {len(fn)}")
    print(f"  N false alarms {len(fp)}/{len(by['N'])}")
    print(f"  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    print(f"  hits naming the intended target: {len(right_target)}/{len(tp)}")
    print(
        f"  A flagged {len(a_hit)}/{len(by['A'])}   O flagged {len(o_hit)}/{len(by['O'])} (should be 0)"
    )

    def tg(i: int) -> str:
        return ",".join(sorted({str(h.get("target_id")) for h in hits.get(i, [])}))

    if args.show:
        for title, ids in (
            ("MISSES (C not flagged)", fn),
            ("FALSE ALARMS (N flagged)", fp),
            ("HITS WITH WRONG/NO TARGET", wrong_target),
            ("A flagged", a_hit),
            ("A not flagged", [i for i in by["A"] if i not in hits]),
            ("O flagged", o_hit),
        ):
            print(f"\n{title}: {len(ids)}")
            for i in ids:
                lab, _when, tgt, text = TEXTS[i]
                extra = f" -> target {tg(i)}" if i in hits else ""
                print(f"  [{i:03d} {lab} want={tgt or '-'}{extra}] {text}")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"\nkept in {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
