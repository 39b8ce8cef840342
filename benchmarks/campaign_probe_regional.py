# ruff: noqa: E501  (the texts are data: one post per line reads better than split strings)
"""Independent out-of-sample probe for `political.campaign` on an invented regional election.

Built only from the public spec (spec/bundle-v1.md, spec/categories.md) and the domain notes,
without reading the detector. The election (Pilkada Kabupaten Kuningan 2024, region 32.08) is
real in name and calendar only: the three candidate pairs, their nicknames, slogans, hashtags
and teams are invented; the parties are real 2024 parties (public facts). The employee is
synthetic.

Labels:
  C  clearly campaigns for / shows support of a candidate pair, party or campaign
  N  clearly not campaigning, but close to it (neutral election talk, other numbers, ...)
  A  ambiguous (reported, not scored)
  O  a C-like text posted OUTSIDE the election's neutrality window (must not be found;
     O texts name only candidates/pairs, never a party, since parties have no window)

Run:
  /work/main/.venv/bin/python benchmarks/campaign_probe_regional.py [--show] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

NETRA = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "netra"
CATEGORY = "political.campaign"
WIB = timezone(timedelta(hours=7))

# --------------------------------------------------------------------------------------------
# The invented pilkada
# --------------------------------------------------------------------------------------------
ELECTION_ID = "PILKADA-KNG-2024"
ELECTION_NAME = "Pilkada Kabupaten Kuningan 2024"
REGION = "32.08"
STAGES = [  # stage, starts_on, ends_on  -> neutrality window 2024-08-27 .. 2024-12-16
    ("candidacy", "2024-08-27", "2024-09-24"),
    ("campaign", "2024-09-25", "2024-11-23"),
    ("quiet", "2024-11-24", "2024-11-26"),
    ("voting", "2024-11-27", "2024-11-27"),
    ("counting", "2024-11-28", "2024-12-10"),
    ("result", "2024-12-11", "2024-12-16"),
]

# target_id, name, kind, election_id, ballot_number, party, platform, handle, user_id
TARGETS = [
    (
        "T01A",
        "H. Dadang Wiriasaputra, S.E.",
        "candidate",
        ELECTION_ID,
        "1",
        "PKB",
        "instagram",
        "dadangwiriasaputra.official",
        "48120011",
    ),
    (
        "T01A",
        "H. Dadang Wiriasaputra, S.E.",
        "candidate",
        ELECTION_ID,
        "1",
        "PKB",
        "facebook",
        "DadangWiriasaputraKuningan",
        "100064120011",
    ),
    ("T01B", "Euis Komalasari", "candidate", ELECTION_ID, "1", "PDIP", "", "", ""),
    (
        "T01T",
        "Tim Pemenangan DAWIS",
        "campaign_team",
        ELECTION_ID,
        "1",
        "",
        "instagram",
        "timdawis01",
        "48120019",
    ),
    (
        "T02A",
        "Rudi Hartawan",
        "candidate",
        ELECTION_ID,
        "2",
        "Gerindra",
        "x",
        "rudihartawan_kng",
        "1790220022",
    ),
    (
        "T02A",
        "Rudi Hartawan",
        "candidate",
        ELECTION_ID,
        "2",
        "Gerindra",
        "instagram",
        "rudihartawan.official",
        "48120022",
    ),
    (
        "T02B",
        "Hj. Siti Nurhasanah",
        "candidate",
        ELECTION_ID,
        "2",
        "Golkar",
        "instagram",
        "siti.nurhasanah.kng",
        "48120023",
    ),
    (
        "T02T",
        "Relawan RUSTI",
        "campaign_team",
        ELECTION_ID,
        "2",
        "",
        "tiktok",
        "relawanrusti",
        "7012000000000000029",
    ),
    (
        "T03A",
        "Ir. Bambang Prasetyo, M.T.",
        "candidate",
        ELECTION_ID,
        "3",
        "PKS",
        "facebook",
        "BambangPrasetyoKuningan",
        "100064120033",
    ),
    ("T03B", "K.H. Ahmad Fauzan", "candidate", ELECTION_ID, "3", "Nasdem", "", "", ""),
    (
        "T03T",
        "Sahabat BAGJA",
        "campaign_team",
        ELECTION_ID,
        "3",
        "",
        "instagram",
        "sahabatbagja",
        "48120039",
    ),
    # parties: political at all times, so election_id is empty
    (
        "PKB",
        "Partai Kebangkitan Bangsa (PKB)",
        "party",
        "",
        "",
        "PKB",
        "x",
        "DPP_PKB",
        "1790000001",
    ),
    ("PDIP", "PDI Perjuangan", "party", "", "", "PDIP", "x", "PDI_Perjuangan", "1790000002"),
    ("GERINDRA", "Partai Gerindra", "party", "", "", "Gerindra", "x", "Gerindra", "1790000003"),
    ("GOLKAR", "Partai Golkar", "party", "", "", "Golkar", "x", "Golkar5", "1790000004"),
    (
        "PKS",
        "Partai Keadilan Sejahtera (PKS)",
        "party",
        "",
        "",
        "PKS",
        "x",
        "PKSejahtera",
        "1790000005",
    ),
    ("NASDEM", "Partai NasDem", "party", "", "", "Nasdem", "x", "NasDem", "1790000006"),
]

KEYWORDS = [
    ("T01A", "DAWIS"),
    ("T01A", "#DAWIS01"),
    ("T01A", "Kuningan Ngahiji"),
    ("T01A", "#KuninganNgahiji"),
    ("T01A", "coblos nomor 1"),
    ("T01A", "Dadang-Euis"),
    ("T01T", "#TimDAWIS"),
    ("T02A", "RUSTI"),
    ("T02A", "#RUSTIGemilang"),
    ("T02A", "Kuningan Gemilang"),
    ("T02A", "#02Gemilang"),
    ("T02A", "coblos nomor 2"),
    ("T02A", "Rudi-Siti"),
    ("T02T", "#RelawanRUSTI"),
    ("T03A", "BAGJA"),
    ("T03A", "#BAGJA03"),
    ("T03A", "Kuningan Maju Sejahtera"),
    ("T03A", "#KuninganMajuSejahtera"),
    ("T03A", "coblos nomor 3"),
    ("T03A", "Bambang-Fauzan"),
    ("T03T", "#SahabatBAGJA"),
    ("GERINDRA", "#GerindraMenang"),
    ("PKS", "#PKSMenang"),
]

# --------------------------------------------------------------------------------------------
# Texts: (label, intended target hint, text). Written before any run; not edited after.
# hint: "1", "2", "3" = pair; party id; "" = none
# --------------------------------------------------------------------------------------------
TEXTS: list[tuple[str, str, str]] = [
    # ---- C: keyword / slogan / hashtag only ----
    ("C", "1", "#dawis01 pokona mah 🔥🔥"),
    ("C", "1", "Bismillah, Kuningan Ngahiji! lur sadayana hayu urang rojong 💪"),
    ("C", "1", "kuningan ngahijii pisan euyy #KuninganNgahiji"),
    ("C", "2", "RUSTI gemilaaang 🚀🚀 #02gemilang"),
    ("C", "2", "#RUSTIGemilang gas pollll"),
    ("C", "2", "Kuningan Gemilaaang! sarengan Rusti wae lah"),
    ("C", "3", "#BAGJA03 ✊✊ maju terus"),
    ("C", "3", "Kuningan Maju Sejahtera, sanes ukur slogan! #KuninganMajuSejahtera"),
    ("C", "3", "kuningan maju sejahtra 🙏 #bagja03 #sahabatbagja"),
    ("C", "1", "DAWIS DAWIS DAWIS!!! 🔥"),
    ("C", "2", "Rusti pisan lah, moal kamana mana 😎"),
    ("C", "2", "#RelawanRUSTI siap door to door minggu ieu, saha nu rek milu? 🙋"),
    ("C", "3", "#SahabatBAGJA kumpul di alun-alun jam 3 nya, bawa kaos na"),
    ("C", "1", "wes pokoke dawis, ora ono liyane 👍"),
    ("C", "3", "Bagja pisan lamun Kuningan dipingpin ku BAGJA 😁 #Bagja03"),
    # ---- C: ballot number only ----
    ("C", "1", "coblos no 1 ya gaes 🙏"),
    ("C", "2", "Tanggal 27 ulah hilap, coblos nomer 2!!"),
    ("C", "3", "Inget ya dulur, 27 November pilih nomor 3 🤟"),
    ("C", "2", "paslon 02 menang telak! 🔥"),
    ("C", "1", "Nomor hiji pokona! ☝️ urang Kuningan kudu ngahiji"),
    ("C", "3", "Sabtu kemarin kampanye akbar, rame pisan. 03 menang! 🤟"),
    ("C", "2", "cblos no.2 yaa jgn salah 🙏🙏"),
    ("C", "1", "Yuk coblos nomor satu, demi Kuningan yang lebih baik"),
    ("C", "2", "Pilkada tinggal seminggu, saya sih 02 👍👍"),
    ("C", "3", "Nomer 3 paling masuk akal programnya, coblos 3 gaes!"),
    ("C", "1", "satu putaran, nomor 01 juara ☝️☝️"),
    ("C", "2", "ojo lali, nyoblos nomer loro yo lur ✌️"),
    ("C", "3", "Nu nomer tilu pokona mah, tong salah nyoblos 🙏"),
    ("C", "2", "#Coblos02 demi Kuningan"),
    ("C", "1", "cuma 01 yang ngerti petani Kuningan, fix coblos!"),
    # ---- C: candidate name + support word ----
    ("C", "1", "Pak Dadang teh bupati nu urang butuhkeun. Dukung pisan! 💯"),
    ("C", "1", "Bu Euis calon wakil bupati yang peduli guru honorer, mantap dukung!"),
    ("C", "2", "Mantap Pak Rudi Hartawan, lanjutkan perjuangan! Kuningan butuh pemimpin kaya gini"),
    ("C", "2", "Bu Siti Nurhasanah pasti bisa!! semangat bu, kami di belakang ibu 💪"),
    ("C", "3", "Pak Bambang Prasetyo insinyur yang ngerti jalan rusak. Pilih beliau!"),
    ("C", "3", "Ustadz Ahmad Fauzan jadi wabup, insyaAllah berkah. Dukung 100%"),
    ("C", "1", "Kang Dadang gaskeun! 🔥🔥"),
    ("C", "2", "Rudi–Siti sikat! 😤"),
    ("C", "3", "Pa Bambang mah jelas kinerjana, hayu urang menangkeun"),
    ("C", "2", "Abdi mah ngadukung Kang Rudi sareng Teh Siti, titik."),
    ("C", "1", "Dadang-Euis untuk Kuningan lebih baik 🙏 #pilkadakuningan"),
    (
        "C",
        "2",
        "Alhamdulillah tadi bisa salaman sama Pak Rudi Hartawan, calon bupati kita semua insyaAllah 🤲",
    ),
    ("C", "3", "Bambang-Fauzan menang, Kuningan senang 😁"),
    ("C", "1", "Pak Dadang Wiriasaputra sing menang, amin ya rabbal alamin 🤲"),
    ("C", "3", "Ayo menangkan Pak Bambang dan Ustadz Fauzan! ✊"),
    ("C", "1", "bu euis top bgt orgnya, kudu jadi wabup pokoknya"),
    ("C", "2", "Rudy Hartawan calon paling bersih se-Kuningan, layak dipilih"),
    (
        "C",
        "3",
        "Bambang Prasetyo & Ahmad Fauzan, pasangan paling lengkap: teknokrat + ulama. Wajib dipilih!",
    ),
    ("C", "1", "Dadang Wiriasaputra bupatiku 😍"),
    ("C", "2", "Bu Siti teh ibu-ibu pisan, ngartos masalah emak2. Urang pilih bu Siti!"),
    ("C", "1", "Support penuh buat Pak Dadang & Bu Euis, sukses terus 🙏"),
    ("C", "3", "Kalau bukan Pak Bambang siapa lagi? 💪"),
    # ---- C: nickname / abbreviation of the pair ----
    ("C", "1", "Dawis pasti menang, yakin!"),
    ("C", "2", "Tim rusti mana suaranyaaa 📣📣"),
    ("C", "3", "Bagja pasti unggul! sampai TPS kita kawal 💪"),
    ("C", "1", "DaWis for Kuningan 💚"),
    ("C", "2", "rustiii lovers kumpul 😂❤️"),
    ("C", "3", "Bismillah BAGJA. Bagja Kuningan, bagja urang sadaya 🤲"),
    ("C", "1", "Siap menangkeun DAWIS di TPS 05 Cigugur!"),
    ("C", "2", "R U S T I 💪💪💪"),
    ("C", "3", "pokoke Bagja, ra sah mikir meneh"),
    ("C", "1", "Baju kaos Dawis udah dateng, yg mau ambil di rumah ya 👕"),
    ("C", "2", "Yg kemaren nanya, stiker RUSTI masih ada 20 lembar, japri aja"),
    ("C", "3", "Ngopi bareng relawan Bagja di Cilimus ☕ semangat dulur!"),
    # ---- C: party + support ----
    ("C", "GERINDRA", "Gerindra menang! Kuningan makin jaya 🦅"),
    ("C", "PDIP", "PDIP sampai mati 🐂🔴"),
    ("C", "PKB", "Ayo dukung PKB, partainya santri 🟢"),
    ("C", "GOLKAR", "Suara Golkar suara rakyat! 💛 #golkarmenang"),
    ("C", "PKS", "Hayu rojong PKS, partai nu bersih 🌙"),
    ("C", "GERINDRA", "Partai Gerindra pilihan kita semua, mari rapatkan barisan"),
    ("C", "NASDEM", "Nasdem restorasi Indonesia, maju terus! 💙"),
    ("C", "PDIP", "merah putih di dada, banteng di hati, PDI Perjuangan jaya!"),
    ("C", "PKB", "PKB tambah kursi di DPRD Kuningan, aamiin 🤲 ayo coblos PKB"),
    ("C", "GERINDRA", "Hidup Gerindra!! 🦅🦅"),
    # ---- C: mixed, colloquial ----
    ("C", "2", "Gaskeun 02!!! 🚀"),
    ("C", "1", "Sikat no 1 🔥 #dawis"),
    ("C", "3", "Udeh lah, pilih nomer tiga aje, kagak bakal nyesel dah 😁"),
    ("C", "1", "Yuk temen2 ASN... eh maksudnya warga Kuningan, pilih DAWIS ya 😅"),
    ("C", "2", "Debat semalem jelas banget, 02 paling siap. Coblos 02!"),
    ("C", "3", "Kuningan butuh perubahan! Bambang–Fauzan jawabannya 💯 #BAGJA03"),
    ("C", "1", "Ulah poho, 27 Nopember ka TPS, coblos nu nomer hiji ☝️"),
    ("C", "2", "Fix no debat, Rudi Siti menang 🔥"),
    ("C", "3", "Sadayana mangga dukung pasangan nomor urut 3, Bambang Fauzan 🙏"),
    ("C", "1", "Kampanye DAWIS di lapang Ciporang, hadir sadayana! 🎉"),
    ("C", "2", "mugi-mugi Kang Rudi sareng Teh Siti dipasihan kemenangan, aamiin 🤲"),
    ("C", "3", "pilkada kuningan? ya 03 lah masa nanya 😂"),
    ("C", "1", "Gw mah dukung no 1, programnya masuk akal buat petani"),
    ("C", "2", "Gass kenn nomor duaa 🔥🔥🔥"),
    ("C", "3", "Sakabeh kulawarga abdi milih Pa Bambang. Hayu ah!"),
    ("C", "1", "#KuninganNgahiji #DAWIS01 #PilkadaKuningan2024"),
    ("C", "2", "Relawan Rusti kecamatan Jalaksana siap tempur 💪"),
    ("C", "1", "Dawis dihati, Dawis pilihanku ❤️"),
    # ---- N: neutral election talk, other numbers, other elections, religion, jokes ----
    ("N", "", "Info TPS: TPS 07 Desa Cigugur pindah ke SDN 2 Cigugur ya warga, jam 07.00–13.00"),
    (
        "N",
        "",
        "Debat kedua paslon bupati Kuningan malam ini jam 19.00 di TV lokal. Siapa yang nonton?",
    ),
    (
        "N",
        "",
        "ASN wajib netral di Pilkada 2024. Jangan like, jangan komen, jangan share postingan paslon ya rekan-rekan 🙏",
    ),
    ("N", "", "Antrian di puskesmas tadi dapet nomor 2, alhamdulillah cepet"),
    ("N", "", "Ruang rapat pindah ke lantai 2 gedung B ya, mulai besok"),
    ("N", "", "Persib menang 3-1! 💙💙 #PersibDay"),
    (
        "N",
        "",
        "Pemilihan ketua OSIS SMPN 1 Kuningan hari ini, calon nomor 1 sampai 3 keren2 semua, bangga sama anak2 👏",
    ),
    ("N", "", "Pemilihan ketua RT 05 besok malam di rumah Pak RW, warga diharap hadir"),
    (
        "N",
        "",
        "KPU Kuningan menetapkan tiga paslon: nomor urut 1 Dadang–Euis, nomor urut 2 Rudi–Siti, nomor urut 3 Bambang–Fauzan.",
    ),
    ("N", "", "Jalan ke TPS licin abis hujan, hati-hati ya yang mau nyoblos besok"),
    (
        "N",
        "",
        "Kata Bawaslu ada 12 laporan pelanggaran APK selama kampanye. Semoga pilkada aman dan damai",
    ),
    ("N", "", "Siapa pun bupatinya nanti, semoga jalan Cibingbin diperbaiki 🙏"),
    ("N", "", "Aduh spanduk paslon nutup papan nama kantor, dilaporkeun ka Satpol PP"),
    ("N", "", "Pak Rudi Hartawan janji gratis ini itu, duitnya dari mana coba? 🤔"),
    ("N", "", "Lucu juga debat semalem, Pak Bambang sampe salah nyebut nama kecamatan 😂"),
    ("N", "", "Baliho Dadang-Euis roboh kena angin di Jl. Siliwangi, untung ga ada yang ketiban"),
    ("N", "", "Hari ini apel pagi, Pak Sekda ngingetin lagi soal netralitas ASN"),
    (
        "N",
        "",
        "Jadwal kajian rutin Kamis malam di Masjid Agung Syiarul Islam, tema: adab bertetangga",
    ),
    ("N", "", "Ya Allah berikanlah pemimpin yang amanah untuk negeri kami 🤲"),
    ("N", "", "Ibu-ibu PKK Desa Sukamulya juara 2 lomba tumpeng se-kecamatan 🏆"),
    ("N", "", "Pilih kasih banget sih atasan gw 🙄"),
    ("N", "", "Nomor 1 di hati tetap ibu 😍 #SayangIbu"),
    ("N", "", "Anak saya ranking 3 di kelas, alhamdulillah 🤲"),
    ("N", "", "Hasil quick count pilkada Kuningan belum keluar, tunggu hasil resmi KPU aja"),
    ("N", "", "Sore di Waduk Darma, Kuningan memang indah 😍"),
    ("N", "", "Harga cabe di pasar Kepuh naik lagi, 2 ons 15rb"),
    ("N", "", "Pemain Persika Kuningan nomor punggung 3 cetak gol indah ⚽"),
    ("N", "", "Sosialisasi pilkada ramah disabilitas di aula kecamatan, dari KPU"),
    (
        "N",
        "",
        "Jangan golput ya, gunakan hak pilih kalian 27 November. Pilih sesuai hati nurani 🙏",
    ),
    ("N", "", "Surat edaran Bupati: ASN dilarang foto pake pose jari saat masa kampanye"),
    ("N", "", "Gelang kuningan antik dijual, minat japri"),
    ("N", "", "Cincin emas apa kuningan ya ini? 😂"),
    ("N", "", "Semoga pilkada Kuningan aman, damai, tanpa hoaks. Beda pilihan tetap saudara 🤝"),
    ("N", "", "Sedih liat medsos isinya saling hujat paslon, udahlah kita tetap dulur"),
    ("N", "", "Gemilang prestasi siswa SDN Cigugur di lomba sains tingkat provinsi 🏅"),
    ("N", "", "Hirup mah kudu ngahiji jeung tatangga, ulah pasea 🙏"),
    ("N", "", "Wilujeng milangkala nya Teh, mugia bagja salawasna 🎂"),
    ("N", "", "Bagja pisan tiasa kumpul sareng kulawarga minggu kamari"),
    ("N", "", "Netral itu bukan berarti ga peduli. ASN tetap nyoblos, tapi diem aja di medsos 😉"),
    ("N", "", "Laporan kinerja triwulan 3 wajib dikumpul tanggal 2 ya"),
    (
        "N",
        "",
        "Rapat koordinasi persiapan logistik pilkada di kantor camat, dinas kami kebagian bantu distribusi",
    ),
    ("N", "", "Nomor 2 dari kiri itu saya waktu SMA 😂 #throwback"),
    ("N", "", "Bimtek guru penggerak angkatan 3 dimulai Senin"),
    ("N", "", "Pilkada di Kuningan? Saya mah ga ngurus, yang penting gaji cair 😅"),
    ("N", "", "Rudi temen sekelas saya dulu ulang tahun hari ini, HBD bro!"),
    ("N", "", "Pak Dadang tukang bakso langganan udah jualan lagi 🍜"),
    (
        "N",
        "",
        "Pengumuman: jalan Siliwangi ditutup sementara karena ada kampanye akbar salah satu paslon. Cari jalur alternatif ya",
    ),
    ("N", "", "Duh dapet undangan jadi KPPS TPS 12, siap-siap begadang ngitung suara"),
    (
        "N",
        "",
        "Debat pilkada: paslon 1 bahas pertanian, paslon 2 bahas UMKM, paslon 3 bahas infrastruktur. Kalian nilai sendiri.",
    ),
    ("N", "", "Akun palsu mengatasnamakan Bupati beredar, hati-hati penipuan"),
    (
        "N",
        "",
        "Bagi yang tanya, nomor 2 di undangan itu nomor urut antrian di kecamatan, bukan nomor paslon ya 😅",
    ),
    ("N", "", "Lagi ngantri e-KTP, dapet nomor 103 😩"),
    ("N", "", "Masya Allah, Jumat berkah. Jangan lupa baca Al-Kahfi 📖"),
    ("N", "", "Timnas menang 2-0 lawan Arab! 🇮🇩🔥"),
    ("N", "", "Promo nasi liwet paket 3 orang cuma 50rb, order japri"),
    (
        "N",
        "",
        "Kenapa ya spanduk paslon dipasang di pohon, kan merusak. Bawaslu tolong ditertibkan",
    ),
    ("N", "", "Info lowongan PPPK 2024 untuk guru, cek di SSCASN"),
    ("N", "", "Tiga pasang calon, tiga visi. Yang penting kita datang ke TPS 💪"),
    ("N", "", "Bu Euis tetangga saya buka PO kue ulang tahun, enak pisan 🎂"),
    ("N", "", "Hasil survei lokal: elektabilitas ketiga paslon masih ketat, selisih di bawah 5%"),
    ("N", "", "Seru nonton debat, tapi moderatornya kurang tegas 😅"),
    ("N", "", "Pemilihan kepala desa Cileuleuy tahun depan kayaknya bakal panas juga"),
    ("N", "", "Gaskeun lah weekend ke Linggarjati 🚗"),
    ("N", "", "Sikat habis nasi padangnya 😋"),
    ("N", "", "Sate maranggi nomor satu di Kuningan mah di Cilimus, wajib coba 😋"),
    ("N", "", "Kemarin Pj Bupati resmikan jembatan gantung di Darma"),
    ("N", "", "Kenapa orang suka golput? Diskusi santai di warung kopi tadi malem 😂"),
    ("N", "", "Semoga siapapun yang menang nanti amanah. Aamiin"),
    ("N", "", "Mohon doanya, ibu saya operasi besok pagi 🙏"),
    ("N", "", "Kalender akademik: UTS semester 1 tanggal 2-9 Oktober"),
    ("N", "", "Kuningan Fest 2024 di Taman Kota, ada pameran UMKM! 🎉"),
    ("N", "", "Video lucu: kambing masuk TPS simulasi 🐐😂"),
    ("N", "", "Fakta: KPU Kuningan mencatat DPT 900 ribu lebih pemilih"),
    ("N", "", "Paslon 02 dilaporkan ke Bawaslu soal bagi-bagi sembako, kita tunggu hasilnya"),
    ("N", "", "Hoax! Beredar video paslon 01 mundur, itu editan. Cek faktanya dulu."),
    ("N", "", "Gemes sama yang kampanye di grup WA keluarga, tolong lah ini grup silaturahmi 😤"),
    ("N", "", "Anak2 SD latihan upacara buat 28 Oktober, Sumpah Pemuda 🇮🇩"),
    ("N", "", "Maju terus pantang mundur buat adik2 yang mau ujian besok 💪"),
    ("N", "", "Sejahtera itu kalau gaji naik, bukan janji kampanye 😂"),
    ("N", "", "Alhamdulillah, koperasi pegawai tahun ini SHU-nya naik"),
    ("N", "", "Rekan2 guru, jangan lupa isi PMM sebelum tanggal 30"),
    ("N", "", "Kok Pak Dadang diem aja pas ditanya soal utang daerah di debat? 🤨"),
    ("N", "", "Meme: 'pilih yang bayar paling gede' — jangan ya gaes, itu money politics 🙅"),
    ("N", "", "Pengumuman pemenang lomba 17an: juara 1 tarik tambang RT 03 🏆"),
    ("N", "", "Kenangan pilpres kemarin, semoga pilkada ini lebih adem"),
    ("N", "", "Lantai 3 ruang arsip bocor lagi, tolong bagian umum 😩"),
    ("N", "", "Rapat paripurna DPRD bahas APBD 2025 hari ini"),
    ("N", "", "Dari semua baliho, desain punya paslon 3 paling norak wkwk"),
    ("N", "", "Buat yang belum dapat undangan memilih (C6), bisa bawa KTP ke TPS sesuai alamat"),
    # ---- A: ambiguous ----
    ("A", "PKS", "Bangga jadi kader PKS 🌙"),
    (
        "A",
        "2",
        "Hasil rekap KPU: paslon nomor urut 2 unggul di 20 kecamatan. Selamat untuk Pak Rudi dan Bu Siti, semoga amanah.",
    ),
    ("A", "2", "Kuningan harus gemilang! 💪"),
    ("A", "3", "Bagja pisan ningali Kuningan ayeuna 😊"),
    ("A", "1", "Foto bareng Pak Dadang di acara maulid kemarin 📸"),
    ("A", "1", "Saya sih udah tau mau pilih siapa 😏 ☝️"),
    ("A", "3", "Programnya Pak Bambang soal jalan desa masuk akal juga ya"),
    ("A", "2", "Kalau saya lihat debat tadi, paslon 2 jawabannya paling nyambung"),
    ("A", "1", "Ngahiji, Kuningan! 🤝"),
    ("A", "3", "Sahabat-sahabat guru, mari kita jaga Kuningan tetap sejahtera dan maju"),
    ("A", "1", "Nomor 1 emang selalu di depan 😎"),
    ("A", "2", "Pak Rudi teh baheula guru abdi di SMA, jalmina bageur pisan 🙏"),
    ("A", "1", "Ibu Euis Komalasari hadir di pengajian ibu-ibu tadi, tausiyahnya bagus"),
    ("A", "3", "Tiga jari salam persatuan 🤟"),
    ("A", "1", "Dawis? hmm menarik juga visinya"),
    ("A", "", "Mau 01, 02, 03 yang penting jangan lupa bahagia 😁"),
    ("A", "GERINDRA", "Gerindra lagi banyak dibahas nih setelah debat"),
    ("A", "2", "Kemarin ada yang bagi kaos RUSTI di pasar, saya ambil satu buat lap 😂"),
    ("A", "3", "Alhamdulillah tadi Pak Bambang mampir ke sekolah kami, anak-anak senang sekali"),
    ("A", "", "Siapapun pilihanmu, 27 November jangan lupa ke TPS. Kalau saya mah udah mantap 😉"),
]

# O: C-like texts outside the neutrality window (2024-08-27 .. 2024-12-16 WIB), with their time.
OUTSIDE: list[tuple[str, str, str]] = [
    ("1", "2024-06-10T08:15:00+07:00", "Dawis untuk Kuningan, siap-siap 2024! 🔥"),
    ("2", "2024-07-01T19:40:00+07:00", "Coblos nomor 2 nanti ya, Rudi-Siti 💪"),
    ("3", "2024-05-15T12:00:00+07:00", "#KuninganMajuSejahtera mulai digaungkan 🔥 #BAGJA03"),
    ("2", "2024-08-01T06:30:00+07:00", "Kang Rudi sareng Teh Siti, hayu urang rojong!"),
    (
        "3",
        "2024-08-26T23:50:00+07:00",
        "Pak Bambang Prasetyo calon bupati idaman 💯",
    ),  # 10 min before window
    (
        "1",
        "2025-01-10T09:00:00+07:00",
        "Terima kasih warga Kuningan, DAWIS amanah! #KuninganNgahiji",
    ),
    ("2", "2025-02-03T20:00:00+07:00", "RUSTI gemilang selamanya ❤️"),
    (
        "3",
        "2024-12-17T00:10:00+07:00",
        "Bagja03 tetap di hati walau kalah 🥲",
    ),  # 10 min after window
    ("1", "2024-12-16T17:30:00Z", "coblos no 1 lagi periode depan 😎"),  # = 17 Dec 00:30 WIB
    ("1", "2025-02-20T10:00:00+07:00", "Selamat bertugas Pak Dadang & Bu Euis! Dukung terus 💪"),
]
# In-window edge times for the first few C texts (others get random campaign-period times).
EDGE_TIMES = {
    0: "2024-08-27T00:05:00+07:00",  # first minutes of the window
    1: "2024-08-26T18:00:00Z",  # = 27 Aug 01:00 WIB, inside
    2: "2024-12-16T23:50:00+07:00",  # last minutes of the window
}

# --------------------------------------------------------------------------------------------
# The employee (synthetic)
# --------------------------------------------------------------------------------------------
NIP = "198704152010012003"  # born 1987-04-15, appointed 2010-01, female, seq 003
ACCOUNTS = [  # platform, handle, user_id, display_name
    ("facebook", "neng.sri.wahyuni", "100078234561234", "Neng Sri Wahyuni"),
    ("instagram", "nengsri_w", "5123456789", "Neng Sri 🌸"),
    ("x", "nengsri87", "1456789012345678901", "neng sri"),
    ("tiktok", "nengsri.kng", "6912345678901234567", "Bu Guru Neng"),
]


def write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def build_bundle(root: Path) -> dict[str, tuple[str, str, str]]:
    """Write the bundle; return event_id -> (label, hint, text)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.yaml").write_text(
        "format: netra-bundle/1\n"
        "name: Probe Pilkada Kabupaten Kuningan 2024 (fiktif)\n"
        "policy: id\n"
        "timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    write_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ("PEMKAB-KNG", "Pemerintah Kabupaten Kuningan", "", REGION),
            ("DISDIK-KNG", "Dinas Pendidikan Kabupaten Kuningan", "PEMKAB-KNG", REGION),
            ("DINKES-KNG", "Dinas Kesehatan Kabupaten Kuningan", "PEMKAB-KNG", REGION),
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
                "Neng Sri Wahyuni, S.Pd.",
                "DISDIK-KNG",
                "SDN 2 Cigugur",
                "Guru Ahli Muda",
                "PNS",
                REGION,
                "active",
            ),
            (
                "197911032006041001",
                "Drs. H. Ujang Saepulloh, M.M.",
                "DISDIK-KNG",
                "Sekretariat",
                "Kepala Subbagian Umum",
                "PNS",
                REGION,
                "active",
            ),
            (
                "199202282019032011",
                "dr. Ratna Dewi Anggraeni",
                "DINKES-KNG",
                "Puskesmas Cilimus",
                "Dokter Ahli Pertama",
                "PNS",
                REGION,
                "active",
            ),
        ],
    )
    write_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [(NIP, p, h, u, d, "2024-07-15", "true") for p, h, u, d in ACCOUNTS],
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
        [(ELECTION_ID, ELECTION_NAME, "regional_head", REGION, s, a, b) for s, a, b in STAGES],
    )

    rng = random.Random(20241127)
    start = datetime(2024, 8, 27, 6, 0, tzinfo=WIB)
    end = datetime(2024, 12, 16, 22, 0, tzinfo=WIB)
    span = int((end - start).total_seconds())

    items: list[tuple[str, str, str, str]] = []  # label, hint, text, occurred_at
    c_index = 0
    for label, hint, text in TEXTS:
        if label == "C" and c_index in EDGE_TIMES:
            ts = EDGE_TIMES[c_index]
        else:
            ts = (start + timedelta(seconds=rng.randrange(span))).replace(microsecond=0)
            ts = ts.isoformat()
        if label == "C":
            c_index += 1
        items.append((label, hint, text, ts))
    for hint, ts, text in OUTSIDE:
        items.append(("O", hint, text, ts))

    truth: dict[str, tuple[str, str, str]] = {}
    lines = []
    for i, (label, hint, text, ts) in enumerate(items):
        platform, handle, user_id, display = ACCOUNTS[i % len(ACCOUNTS)]
        post_id = str(1850000000000000000 + i * 7919)
        event_id = f"{platform}:{post_id}:post:{user_id}"
        truth[event_id] = (label, hint, text)
        lines.append(
            orjson.dumps(
                {
                    "event_id": event_id,
                    "platform": platform,
                    "action": "post",
                    "occurred_at": ts,
                    "actor": {
                        "user_id": user_id,
                        "handle": handle,
                        "display_name": display,
                        "bio": "Guru SD | Kuningan, Jawa Barat",
                        "location": "Kuningan",
                    },
                    "target": None,
                    "text": text,
                    "url": f"https://example.invalid/{platform}/{handle}/{post_id}",
                    "media": [],
                    "source": "probe",
                }
            )
        )
    (root / "events.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return truth


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--show", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--keep", type=Path, help="build bundle/workspace here and keep them")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="campaign_regional_")) if not args.keep else args.keep
    if args.keep and tmp.exists():
        shutil.rmtree(tmp)
    bundle, ws, out = tmp / "bundle", tmp / "ws", tmp / "findings.jsonl"
    try:
        truth = build_bundle(bundle)
        cmd = [str(NETRA), "scan", str(bundle), "--out", str(out), "-w", str(ws), "-q"]
        print("$", " ".join(cmd))
        proc = subprocess.run(cmd, capture_output=True, text=True)
        print(proc.stdout.rstrip())
        if proc.stderr.strip():
            print(proc.stderr.rstrip(), file=sys.stderr)
        if proc.returncode != 0:
            print(f"scan exited {proc.returncode}")
            return 1

        rejected = sorted(ws.rglob("rejected*.jsonl"))
        n_rej = 0
        for r in rejected:
            for line in r.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    n_rej += 1
                    print("REJECTED:", line)
        print(f"rejected rows: {n_rej}")

        flagged: dict[str, list[dict]] = defaultdict(list)
        other_cats: dict[str, Counter] = defaultdict(Counter)
        for line in out.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            f = orjson.loads(line)
            for eid in f.get("event_ids", []):
                if eid not in truth:
                    continue
                if f.get("category") == CATEGORY:
                    flagged[eid].append(f)
                else:
                    other_cats[truth[eid][0]][f.get("category")] += 1

        by_label: dict[str, list[str]] = defaultdict(list)
        for eid, (label, _, _) in truth.items():
            by_label[label].append(eid)

        tp = sum(1 for e in by_label["C"] if e in flagged)
        fn = len(by_label["C"]) - tp
        fp = sum(1 for e in by_label["N"] if e in flagged)
        a_hit = sum(1 for e in by_label["A"] if e in flagged)
        o_hit = sum(1 for e in by_label["O"] if e in flagged)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0

        # target agreement on true positives (pair hint vs reported target_id)
        def pair_of(tid: str | None) -> str:
            if not tid:
                return ""
            if tid.startswith("T0"):
                return tid[2]
            return tid

        tgt_ok = sum(
            1
            for e in by_label["C"]
            if e in flagged and truth[e][1] in {pair_of(f.get("target_id")) for f in flagged[e]}
        )

        print(f"\n== {CATEGORY} on {ELECTION_NAME} (invented candidates) ==")
        print(
            f"C: {len(by_label['C'])}  N: {len(by_label['N'])}  A: {len(by_label['A'])}  "
            f"O: {len(by_label['O'])}"
        )
        print(
            f"found {tp}/{len(by_label['C'])} C, missed {fn}; false alarms {fp}/"
            f"{len(by_label['N'])} N"
        )
        print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
        print(
            f"A flagged {a_hit}/{len(by_label['A'])};  O (outside window) flagged "
            f"{o_hit}/{len(by_label['O'])}"
        )
        print(f"true positives whose target_id matches the intended pair/party: {tgt_ok}/{tp}")
        for lab in "CNAO":
            if other_cats[lab]:
                print(f"other categories on {lab} texts: {dict(other_cats[lab])}")

        if args.show:

            def show(title: str, eids: list[str]) -> None:
                print(f"\n-- {title} ({len(eids)}) --")
                for e in eids:
                    lab, hint, text = truth[e]
                    tids = ",".join(sorted({str(f.get("target_id")) for f in flagged.get(e, [])}))
                    extra = f" -> target {tids}" if tids else ""
                    print(f"[{lab} {hint or '-'}] {text}{extra}")

            show("MISSED C", [e for e in by_label["C"] if e not in flagged])
            show("FALSE ALARM N", [e for e in by_label["N"] if e in flagged])
            show("FLAGGED A", [e for e in by_label["A"] if e in flagged])
            show("UNFLAGGED A", [e for e in by_label["A"] if e not in flagged])
            show("FLAGGED O (outside window)", [e for e in by_label["O"] if e in flagged])
            show(
                "C found, wrong/no target",
                [
                    e
                    for e in by_label["C"]
                    if e in flagged
                    and truth[e][1] not in {pair_of(f.get("target_id")) for f in flagged[e]}
                ],
            )
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
