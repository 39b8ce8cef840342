# ruff: noqa: E501
"""Linkage probe "timur": a synthetic eastern-Indonesia world for testing account linkage.

The world
---------
About 3,000 ASN (PNS and PPPK) in 17 agencies of eastern Indonesia: the city and regency
governments of Manado, Minahasa (Tondano), Bitung, Gorontalo, Kendari, Ambon, Tual, Ternate,
Jayapura (Sentani) and Merauke, the provincial governments of Sulawesi Utara and Papua, their
Dinas Pendidikan and Dinas Kesehatan (SD Inpres, SMPN, SMAN, SMK, Puskesmas, RSUD), Papuan
Distrik offices, Universitas Sam Ratulangi, Kanwil Kemenag Maluku and BPS Papua. Names follow
the regions: Minahasa first names with marga (often several of one marga in one town, married
women as "Lina Pangemanan-Rondonuwu"), Gorontalo, Bugis ("Andi"), Buton ("La Ode", "Wa Ode"),
Tolaki, Ambonese (Christian and Muslim marga), Kei, Ternate, Papuan and Marind marga, and
transmigrant Javanese names (Faker id_ID). Titles and degrees sit where Indonesians put them
("Ns. Deisy Mandagi, S.Kep.", "Pdt. Marthen Ayomi, S.Th.", "Hi. Ridwan Duwila, S.E.",
"Dra. Hj. Fatma Pakaya, M.Pd."). The roster holds traps: whole families of one marga in one
town, identical common names in different agencies, fathers and sons with the same or almost
the same name. NIPs encode birth date, appointment month and sex. Timestamps carry WITA (+08:00)
or WIT (+09:00) offsets; the bundle's zone is Asia/Makassar.

Political actors: invented Pilkada 2024 candidates (Pilgub Sulut, Gorontalo, Maluku, Papua;
Pilwali Kendari and Ternate; Pilbup Merauke), invented Pileg 2024 caleg, their campaign teams,
and the real national parties of Pemilu 2024 (with invented account handles).

Actors
------
About 6% of employees declare an account (accounts.csv); they post and some engage. About 0.6
UNDECLARED actors per employee engage (like, comment, reply, share, quote, follow, join) with
candidates' posts or accounts inside an election's neutrality window, and some also post:
  * ~25% employee: an employee's own undeclared account, presented in many ways (full name with
    or without titles, lowercase, marga only, first name + marga initial, nicknames, "Om/Tanta/
    Bung/Usi/Nyong/Nona/Kaka/Pace/Mace" prefixes, spelling variants, handles with birth year or
    other digits, Instagram-style handles, bios naming agency, school, Puskesmas or Distrik, in
    Indonesian or English, church/family bios, local location strings); some like or follow
    colleagues' declared accounts (co-occurrence);
  * ~33% namesake: members of the public bearing exactly an employee's full name (no titles),
    often in the same town or province, some with bios naming another job;
  * ~2% impostor: accounts copying an employee's display name and bio under another handle;
  * the rest public: random people, buzzers, fan pages, church and community pages.

Truth
-----
OUT_DIR/truth/links.jsonl: one line per undeclared actor that appears in events:
  {"platform", "user_id", "handle", "nip", "kind"}; kind is employee | namesake | public |
  impostor; nip is the true owner's NIP for employee, else null.
OUT_DIR/truth/actors.jsonl: each undeclared actor's presentation (display name, bio, location,
  presentation tags), the employee it names or copies (ref_nip) and the evidence it carries.
OUT_DIR/truth/roster_traps.jsonl (married names, same names, fathers and sons) and
OUT_DIR/truth/summary.json (counts and the shares of employee presentations).

Usage
-----
    python benchmarks/linkage_probe_timur.py OUT_DIR [--employees 3000] [--seed 51]

Deterministic for a given seed. All people are invented (Faker id_ID plus name parts of this
file); no real person's data. Party names and election calendars are public facts.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker


def W(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# Tables below are data, kept compact on purpose.
# fmt: off
# ---------------------------------------------------------------- name parts
MIN_M = W("Johny Jeffry Frangky Stevanus Marthen Roy Ventje Herry Jopie Deddy Noldy Rio Alfrets Hendrik Arnold Denny Rommy Fransiskus Olly Steven Jerry Ferry Recky Meiky Vicky Glenn")
MIN_F = W("Lina Meity Deisy Vivi Grace Christine Yolanda Novita Margaretha Jein Olvie Marlyn Sisca Telly Jenny Stella Feibe Vanny Lenny Agustina Priscilla Ruth Meiske Tirza")
MIN_MID_M, MIN_MID_F = W("Christian Johanis Hendrik Paulus Alexander"), W("Maria Elisabeth Magdalena Josephine Natalia")
MIN_MARGA = W("Rondonuwu Pangemanan Wenas Lumempouw Sondakh Mandagi Tumbelaka Rumengan Kaunang Lengkong Runtuwene Supit Tambuwun Mamahit Sumampouw Karundeng Walangitan Pandey Kalalo Worang Rawung Tangkere Wowor Lontoh")
GTO_M = W("Rahmat Hasan Mohamad Ismail Idris Yusuf Rivai Ridwan Irwan Hamzah Sofyan Arfan Zulkifli Rustam Fadli")
GTO_F = W("Nurhayati Fatma Siti Rahmawati Nurlela Sri Hadija Zainab Rosmawati Nining Fitriyani Asna Wirda")
GTO_FAM = W("Pakaya Dunggio Gobel Katili Mooduto Biya Nento Lamatenggo Hulopi Daud Hasiru Bumulo Tangahu Mohi Paputungan Abdullah")
BUG_M = W("Muhammad Ahmad Syamsul Asri Jufri Baharuddin Amiruddin Syahrir Kaharuddin Ilham Arman Hasbi")
BUG_F = W("Nurul Sitti Hasnah Rosmiati Hartati Sumarni Nurdiana Kasmawati Irmawati Nurhaeda")
BUG_FAM = W("Rahman Mappa Sulaiman Lologau Tahir Hamid Makkasau Palallo Mattalatta Rasyid Yunus Pawellangi")
BTN_M = W("Muhammad Ali Ahmad Syarif Hasrun Karim Ruslan Safiuddin Rusdin Kamaluddin")
BTN_F = W("Nurhayati Hasmiah Sitti Murni Rosdiana Asni Salmia Rahmatia")
BTN_FAM = W("Saleh Rahim Kaimudin Mani Taufik Halimu Sirad Munirih Hamiru Bolu")
TLK_M = W("Ruslan Asrun Nur Burhanuddin Masyhur Lukman Abidin Sahrun Rusli")
TLK_F = W("Hartini Suriani Nurmala Asmawati Wiwik Sitti Nurjannah")
TLK_FAM = W("Lasandara Tawulo Mekuo Lapadi Tombili Latambaga Sinapoy Lakidende Tosuki Anakia")
AMB_M = W("Johanis Yopi Buce Elvis Nus Marthinus Semuel Fredy Benny Agus Ricky Daniel Glenn Izaak Jacob")
AMB_F = W("Maria Merry Ivone Theresia Yohana Ester Selvie Elsye Magdalena Welmince Agustina Jacomina Lourdes")
AMB_MARGA = W("Pattiasina Tuhumury Sahetapy Pattinama Matulessy Lekatompessy Siahaya Nanlohy Leiwakabessy Tahapary Manuputty Latumahina Wattimena Pattipeilohy Ririmasse Sopacua")
AMS_M = W("Abdullah Hasan Umar Ahmad Rizal Said Ismail Husein Salim")
AMS_F = W("Saadia Fatma Nurlela Halima Siti Aisa Rugaya")
AMS_MARGA = W("Latuconsina Tuasikal Ohorella Pelupessy Sangadji Marasabessy Tuanaya Wailissa Kaplale Tuharea Lestaluhu")
KEI_M = W("Yohanes Paulus Petrus Fransiskus Agustinus Laurens Nikolaus Bernardus")
KEI_F = W("Maria Veronika Theresia Yosefina Anastasia Benedikta")
KEI_MARGA = W("Renjaan Rahayaan Ohoiwutun Rettob Notanubun Renwarin Ohoitimur Jamlean Rahanubun Refra")
TTE_M = W("Muhammad Abdul Ridwan Taufik Samsudin Jufri Iskandar Syahril Rusdi Faisal")
TTE_F = W("Nurjana Rahma Hasna Sumiati Salma Rosita Fahria Mariam")
TTE_FAM = W("Duwila Umasugi Kasuba Hamisi Taib Gani Soleman Marsaoly Lahabato Bahta Fabanyo Soamole")
PAP_M = W("Yohanis Yakob Markus Lukas Marthen Frans Niko Benyamin Yunus Otto Hendrik Elieser Salmon Obed Yulius")
PAP_F = W("Yohana Maria Mince Regina Ester Naomi Dorkas Yuliana Ribka Selfina Kristina Fince")
PAP_MARGA = W("Wenda Kogoya Rumbewas Ayomi Mandowen Kaisiepo Yoku Wamea Ohee Youwe Mebri Hamadi Awi Sawaki Rumaropen Krey Ireeuw Mirino Wanimbo Tabuni Monim")
MRD_MARGA = W("Gebze Mahuze Kaize Ndiken Balagaize Samkakai Moiwend Basik-Basik")
# group -> (male firsts, female firsts, family names, family name is a marga, religion)
GROUPS = {
    "minahasa": (MIN_M, MIN_F, MIN_MARGA, True, "kristen"), "gorontalo": (GTO_M, GTO_F, GTO_FAM, False, "islam"),
    "bugis": (BUG_M, BUG_F, BUG_FAM, False, "islam"), "buton": (BTN_M, BTN_F, BTN_FAM, False, "islam"),
    "tolaki": (TLK_M, TLK_F, TLK_FAM, False, "islam"), "ambon": (AMB_M, AMB_F, AMB_MARGA, True, "kristen"),
    "ambon_muslim": (AMS_M, AMS_F, AMS_MARGA, True, "islam"), "kei": (KEI_M, KEI_F, KEI_MARGA, True, "katolik"),
    "ternate": (TTE_M, TTE_F, TTE_FAM, False, "islam"), "papua": (PAP_M, PAP_F, PAP_MARGA, True, "kristen"),
    "marind": (PAP_M, PAP_F, MRD_MARGA, True, "katolik"), "jawa": ([], [], [], False, "islam"),
}
# nicknames: "First:nick,nick;..."
NICK = {k: v.split(",") for k, v in (p.split(":") for p in W(
    "Johny:Jo,Joni;Jeffry:Jef,Jefri;Frangky:Angky,Franky;Stevanus:Stev,Epan;Marthen:Ten,Marten;Ventje:Ven;Herry:Her;Fransiskus:Frans,Sisko;"
    "Alfrets:Alf,Ape;Margaretha:Etha,Maggie;Christine:Tine,Chris;Yolanda:Yola,Olan;Novita:Vita,Nov;Priscilla:Cilla;Agustina:Tina,Ina;"
    "Johanis:Anis,Yan;Yohanis:Anis,Yan;Marthinus:Tinus,Martin;Semuel:Semmy,Mul;Magdalena:Lena,Eda;Muhammad:Mamat,Amat;Mohamad:Moh,Mamat;"
    "Nurhayati:Yati,Nur;Rahmawati:Rahma,Wati;Yohanes:Anes,Yan;Elieser:Eli;Benyamin:Ben,Beni;Yakob:Kobus,Yak;Theresia:Tres,Esi;Yosefina:Ina,Efi;"
    "Kristina:Tina;Yuliana:Yuli,Ana;Abdullah:Dullah,Abdul;Zulkifli:Ulil,Zul;Baharuddin:Bahar,Udin;Samsudin:Udin,Sam", ";"))}
# spelling variants people use for their own first names
SPELL = dict(p.split(":") for p in W(
    "Johny:Jhony Jeffry:Jefry Frangky:Franky Johanis:Yohanis Yohanis:Johanis Muhammad:Muh. Mohamad:Moh. Yakob:Jakob Yohana:Johana Marthen:Marten "
    "Stevanus:Stefanus Nurhayati:Nurhayaty Theresia:Teresia Yohanes:Johanes Marthinus:Martinus Sitti:Siti Siti:Sitti Deisy:Daisy Meity:Meiti"))

# ---------------------------------------------------------------- places
PROV = {"71": "Sulawesi Utara", "75": "Gorontalo", "74": "Sulawesi Tenggara", "81": "Maluku", "82": "Maluku Utara", "91": "Papua", "93": "Papua Selatan"}
WIT = {"81", "82", "91", "93"}
# town key -> (region code, official name, location strings people write, handle abbreviation)
TOWNS = {
    "manado": ("71.71", "Manado", W("Manado|Mdo|Manado, Sulawesi Utara|Kota Manado|Manado City|Sulut|manado", "|"), "mdo"),
    "tondano": ("71.02", "Tondano", W("Tondano|Minahasa|Tondano, Minahasa|Tdo|Sulut", "|"), "tdo"),
    "bitung": ("71.72", "Bitung", W("Bitung|Kota Cakalang|Bitung, Sulut|btg", "|"), "btg"),
    "gorontalo": ("75.71", "Gorontalo", W("Gorontalo|Kota Gorontalo|Gtlo|Hulonthalo|Gorontalo, Indonesia", "|"), "gtlo"),
    "kendari": ("74.71", "Kendari", W("Kendari|Kdi|Kendari, Sultra|Sultra|Kota Kendari", "|"), "kdi"),
    "ambon": ("81.71", "Ambon", W("Ambon|Ambon Manise|Kota Ambon|Maluku|Ambon, Maluku", "|"), "amq"),
    "tual": ("81.72", "Tual", W("Tual|Langgur|Kei|Tual, Maluku|Evav", "|"), "tual"),
    "ternate": ("82.71", "Ternate", W("Ternate|Tte|Maluku Utara|Ternate, Malut|Kota Ternate", "|"), "tte"),
    "jayapura": ("91.71", "Jayapura", W("Jayapura|Jayapura, Papua|Jpr|Abepura|Kota Jayapura", "|"), "jpr"),
    "sentani": ("91.03", "Sentani", W("Sentani|Kab. Jayapura|Sentani, Papua|Papua", "|"), "stn"),
    "merauke": ("93.01", "Merauke", W("Merauke|Mrk|Merauke, Papua Selatan|Kota Rusa|Papua Selatan", "|"), "mrk"),
}
ELSEWHERE = W("Jakarta Makassar Surabaya Sorong Palu Bandung Yogyakarta Balikpapan Denpasar Timika")
KEC = {
    "manado": W("Wenang|Sario|Malalayang|Tikala|Mapanget|Tuminting|Singkil|Bunaken|Paal Dua|Wanea", "|"),
    "tondano": W("Tondano Barat|Tondano Timur|Tondano Utara|Kakas|Remboken|Langowan Timur|Eris|Kombi|Tombulu|Pineleng", "|"),
    "bitung": W("Maesa|Madidir|Aertembaga|Matuari|Girian|Ranowulu|Lembeh Selatan", "|"),
    "gorontalo": W("Kota Selatan|Kota Utara|Dungingi|Hulonthalangi|Sipatana|Dumbo Raya|Kota Tengah|Kota Barat", "|"),
    "kendari": W("Mandonga|Poasia|Kadia|Wua-Wua|Baruga|Puuwatu|Kambu|Abeli|Kendari Barat", "|"),
    "ambon": W("Sirimau|Nusaniwe|Baguala|Teluk Ambon|Leitimur Selatan", "|"),
    "tual": W("Pulau Dullah Utara|Pulau Dullah Selatan|Tayando Tam|Kur Selatan", "|"),
    "ternate": W("Ternate Tengah|Ternate Selatan|Ternate Utara|Pulau Ternate|Moti|Hiri", "|"),
    "jayapura": W("Abepura|Jayapura Utara|Jayapura Selatan|Heram|Muara Tami", "|"),
    "sentani": W("Sentani|Sentani Timur|Waibu|Depapre|Kemtuk|Nimboran|Ebungfauw", "|"),
    "merauke": W("Merauke|Semangga|Tanah Miring|Kurik|Jagebob|Okaba|Kimaam|Sota", "|"),
}
PKM = {
    "manado": W("Bahu|Tikala Baru|Ranotana Weru|Paniki Bawah|Tuminting|Teling", "|"), "tondano": W("Tondano Kakas Remboken Langowan Tataaran Koya"),
    "bitung": W("Girian Weru|Aertembaga|Madidir|Paceda", "|"), "gorontalo": W("Kota Selatan|Dungingi|Hulonthalangi|Sipatana", "|"),
    "kendari": W("Mekar Poasia Puuwatu Lepo-Lepo Benu-Benu"), "ambon": W("Rijali Waihaong Passo Benteng Hutumury"), "tual": W("Tual Ohoijang Taar"),
    "ternate": W("Kalumpang Siko Gambesi Kota"), "jayapura": W("Abepura|Kotaraja|Hamadi|Elly Uyo", "|"), "sentani": W("Sentani Harapan Dosay Depapre"),
    "merauke": W("Merauke|Rimba Jaya|Mopah Baru|Kurik", "|"),
}
RSUD = {"manado": "RSUD Kota Manado", "tondano": "RSUD Sam Ratulangi Tondano", "bitung": "RSUD Manembo-Nembo Bitung", "jayapura": "RSUD Jayapura",
        "sentani": "RSUD Yowari", "merauke": "RSUD Merauke", "ambon": "RSUD dr. M. Haulussy"}
# code, name, parent, town, kind, size weight, ethnic mix, short names used in bios
AGENCIES = [
    ("PEMKOT-MDO", "Pemerintah Kota Manado", "", "manado", "pemda", 9, {"minahasa": 80, "gorontalo": 6, "jawa": 6, "ambon": 4, "ternate": 4}, ["Pemkot Manado", "Pemkot Mdo"]),
    ("DISDIK-MDO", "Dinas Pendidikan Kota Manado", "PEMKOT-MDO", "manado", "disdik", 7, {"minahasa": 82, "gorontalo": 6, "jawa": 6, "ambon": 6}, ["Dikda Manado", "Disdik Manado"]),
    ("PEMKAB-MIN", "Pemerintah Kabupaten Minahasa", "", "tondano", "pemda", 8, {"minahasa": 92, "jawa": 4, "gorontalo": 4}, ["Pemkab Minahasa"]),
    ("DINKES-MIN", "Dinas Kesehatan Kabupaten Minahasa", "PEMKAB-MIN", "tondano", "dinkes", 5, {"minahasa": 90, "jawa": 5, "gorontalo": 5}, ["Dinkes Minahasa"]),
    ("PEMKOT-BTG", "Pemerintah Kota Bitung", "", "bitung", "pemda", 6, {"minahasa": 60, "gorontalo": 12, "jawa": 10, "ternate": 10, "bugis": 8}, ["Pemkot Bitung"]),
    ("PEMPROV-SULUT", "Pemerintah Provinsi Sulawesi Utara", "", "manado", "pemprov", 8, {"minahasa": 85, "gorontalo": 6, "jawa": 5, "ambon": 4}, ["Pemprov Sulut"]),
    ("UNSRAT", "Universitas Sam Ratulangi", "", "manado", "univ", 4, {"minahasa": 70, "jawa": 10, "gorontalo": 8, "ambon": 6, "papua": 6}, ["Unsrat", "Universitas Sam Ratulangi"]),
    ("PEMKOT-GTO", "Pemerintah Kota Gorontalo", "", "gorontalo", "pemda", 6, {"gorontalo": 85, "jawa": 5, "bugis": 5, "minahasa": 5}, ["Pemkot Gorontalo"]),
    ("PEMKOT-KDI", "Pemerintah Kota Kendari", "", "kendari", "pemda", 8, {"tolaki": 35, "buton": 25, "bugis": 20, "jawa": 15, "ambon_muslim": 5}, ["Pemkot Kendari"]),
    ("PEMKOT-AMB", "Pemerintah Kota Ambon", "", "ambon", "pemda", 8, {"ambon": 60, "ambon_muslim": 28, "kei": 5, "buton": 4, "jawa": 3}, ["Pemkot Ambon"]),
    ("KEMENAG-MAL", "Kantor Wilayah Kementerian Agama Provinsi Maluku", "", "ambon", "kemenag", 3, {"ambon": 45, "ambon_muslim": 45, "kei": 10}, ["Kemenag Maluku", "Kanwil Kemenag Maluku"]),
    ("PEMKOT-TUAL", "Pemerintah Kota Tual", "", "tual", "pemda", 4, {"kei": 80, "ambon_muslim": 10, "buton": 5, "ambon": 5}, ["Pemkot Tual"]),
    ("PEMKOT-TTE", "Pemerintah Kota Ternate", "", "ternate", "pemda", 6, {"ternate": 80, "bugis": 5, "jawa": 5, "gorontalo": 5, "ambon_muslim": 5}, ["Pemkot Ternate"]),
    ("PEMPROV-PAPUA", "Pemerintah Provinsi Papua", "", "jayapura", "pemprov", 6, {"papua": 70, "jawa": 12, "ambon": 8, "bugis": 5, "minahasa": 5}, ["Pemprov Papua"]),
    ("PEMKAB-JAP", "Pemerintah Kabupaten Jayapura", "", "sentani", "pemda", 6, {"papua": 75, "jawa": 12, "ambon": 5, "buton": 4, "kei": 4}, ["Pemkab Jayapura"]),
    ("PEMKAB-MRK", "Pemerintah Kabupaten Merauke", "", "merauke", "pemda", 6, {"marind": 35, "papua": 15, "jawa": 35, "kei": 10, "bugis": 5}, ["Pemkab Merauke"]),
    ("BPS-PAPUA", "Badan Pusat Statistik Provinsi Papua", "", "jayapura", "bps", 2, {"papua": 45, "jawa": 30, "minahasa": 10, "ambon": 15}, ["BPS Papua", "BPS Provinsi Papua"]),
]
AG = {a[0]: a for a in AGENCIES}

# ---------------------------------------------------------------- units and positions
SUBJECTS = W("Matematika|Bahasa Indonesia|IPA|IPS|Bahasa Inggris|PJOK|Seni Budaya|PPKn|Biologi|Fisika|Kimia|Sejarah|Ekonomi|Geografi|Agama", "|")
OFFICES = W("Sekretariat Daerah|Bagian Umum|Bagian Organisasi|Badan Kepegawaian dan Pengembangan SDM|Dinas Pekerjaan Umum dan Penataan Ruang|"
            "Dinas Kependudukan dan Pencatatan Sipil|Badan Pengelolaan Keuangan dan Aset Daerah|Dinas Sosial|Inspektorat|Dinas Perikanan|"
            "Badan Perencanaan Pembangunan Daerah|Dinas Perhubungan|Satuan Polisi Pamong Praja|Dinas Pariwisata", "|")
# position:degree carried in the roster name
OFFICE_POS = [tuple(p.split(":")) for p in W("Analis Kepegawaian:S.Sos.|Pengelola Keuangan:S.E.|Pranata Komputer:S.Kom.|Perencana Ahli Muda:S.E.|"
              "Arsiparis Terampil:A.Md.|Pengadministrasi Umum:|Teknik Jalan dan Jembatan:S.T.|Penyuluh Sosial:S.Sos.|Auditor Ahli Pertama:S.E.|"
              "Analis Kebijakan:S.IP.|Kepala Seksi:S.H.|Kepala Bidang:S.E.|Pengadministrasi Umum:", "|")]
UNIT_MIX = {
    "pemda": {"office": 40, "sd": 14, "smp": 10, "pkm": 15, "rsud": 7, "kec": 14}, "disdik": {"sd": 50, "smp": 40, "office": 10},
    "dinkes": {"pkm": 65, "rsud": 25, "office": 10}, "pemprov": {"office": 45, "sma": 25, "smk": 15, "rsud": 15}, "univ": {"univ": 100},
    "kemenag": {"kemenag": 50, "madrasah": 30, "kua": 20}, "bps": {"bps": 100},
}
SCHOOL_T = {"sd": ["SD Inpres {n} {t}", "SD Negeri {n} {t}", "SD Inpres {kec}"], "smp": ["SMP Negeri {n} {t}"], "sma": ["SMA Negeri {n7} {t}"],
            "smk": ["SMK Negeri {n5} {t}"], "madrasah": ["MAN {n3} {t}", "MTs Negeri {n3} {t}"]}
HEALTH_POS = {"Perawat Terampil": 22, "Perawat {lvl}": 14, "Bidan Terampil": 20, "Dokter Ahli Pertama": 9, "Apoteker Ahli Pertama": 4, "Sanitarian Terampil": 5,
              "Pranata Laboratorium Kesehatan": 5, "Kepala Puskesmas": 3, "Pengadministrasi Umum": 10}
KEC_POS = {"{head}": 6, "Sekretaris {area}": 6, "Kepala Seksi Pemerintahan": 20, "Pengadministrasi Umum": 50, "Penyuluh Sosial": 18}
FAKULTAS = W("Fakultas Kedokteran|Fakultas Teknik|Fakultas Pertanian|Fakultas Hukum|Fakultas Ekonomi dan Bisnis|Fakultas Perikanan dan Ilmu Kelautan|"
             "Fakultas Ilmu Sosial dan Politik|Fakultas MIPA", "|")
TENDIK = [("Pranata Laboratorium Pendidikan", "A.Md."), ("Analis Akademik", "S.E."), ("Pengelola Keuangan", "S.E."), ("Pranata Komputer", "S.Kom.")]
KEMENAG_UNITS = ["Kantor Wilayah Kementerian Agama Provinsi Maluku", "Kantor Kementerian Agama Kota {t}", "Bidang Bimas Kristen", "Bidang Pendidikan Madrasah"]
DINAS_UNITS = W("Sekretariat|Subbagian Umum dan Kepegawaian|Subbagian Perencanaan dan Keuangan|Bidang Program|Bidang Pelayanan", "|")
BPS_UNITS = W("Bidang Statistik Sosial|Bidang Statistik Produksi|Bidang Neraca Wilayah|Bagian Umum|Bidang Diseminasi", "|")
# fmt: on

# ---------------------------------------------------------------- helpers


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def prov_of(town: str) -> str:
    return TOWNS[town][0].split(".")[0]


def tz_of(region: str) -> timezone:
    return timezone(timedelta(hours=9 if region.split(".")[0] in WIT else 8))


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


@dataclass
class Emp:
    nip: str
    name: str  # as the personnel system holds it (with titles)
    core: str  # name without titles
    first: str
    middle: str
    fam: str
    group: str
    sex: str  # "M" / "F"
    birth: date
    agency: str
    town: str
    unit: str = ""
    unit_kind: str = ""
    position: str = ""
    etype: str = "PNS"
    status: str = "active"
    prefix: str = ""  # Andi / La Ode / Wa Ode
    pre_titles: list[str] = field(default_factory=list)
    post_titles: list[str] = field(default_factory=list)
    subject: str = ""  # school subject, or the degree an office position carries
    trap: list[str] = field(default_factory=list)


def make_core(
    rng: random.Random, fk: Faker, group: str, sex: str, marga_w: list[float] | None
) -> tuple[str, str, str, str]:
    """Return (prefix, first, middle, family) for a new person of a group."""
    males, females, fams, _is_marga, _rel = GROUPS[group]
    firsts = males if sex == "M" else females
    if group == "jawa":
        first = fk.first_name_male() if sex == "M" else fk.first_name_female()
        if rng.random() < 0.3:
            return "", first, "", ""
        return "", first, "", fk.last_name_male() if sex == "M" else fk.last_name_female()
    first = rng.choice(firsts)
    fam = rng.choices(fams, weights=marga_w)[0] if marga_w else rng.choice(fams)
    middle = ""
    if group in ("minahasa", "ambon", "papua", "kei") and rng.random() < 0.3:
        mids = (MIN_MID_M if sex == "M" else MIN_MID_F) if group == "minahasa" else firsts
        middle = rng.choice(mids)
    elif group in ("gorontalo", "ternate", "tolaki") and rng.random() < 0.2:
        middle = rng.choice(firsts)
    middle = "" if middle == first else middle
    prefix, r = "", rng.random()
    if group == "bugis" and r < 0.3:
        prefix = "Andi"
    elif group == "buton" and r < 0.55:
        prefix = ("La" if sex == "M" else "Wa") + (" Ode" if r < 0.45 else "")
    return prefix, first, middle, fam


def join_core(prefix: str, first: str, middle: str, fam: str) -> str:
    return " ".join(p for p in (prefix, first, middle, fam) if p)


def full_name(e: Emp) -> str:
    return " ".join([*e.pre_titles, e.core]) + "".join(", " + t for t in e.post_titles)


def titles_for(rng: random.Random, e: Emp) -> None:
    """Fill pre_titles / post_titles from position, age, religion and group."""
    old, rel, pos, ch = e.birth.year < 1968, GROUPS[e.group][4], e.position, rng.choice
    pre: list[str] = []
    post: list[str] = []
    if pos.startswith("Guru") or pos == "Kepala Sekolah":
        if old and rng.random() < 0.4:
            pre.append("Drs." if e.sex == "M" else "Dra.")
        elif e.subject == "Agama":
            post.append({"kristen": "S.Th.", "islam": "S.Pd.I."}.get(rel, "S.Ag."))
        else:
            post.append("S.Pd.")
        if rng.random() < 0.15 or pos == "Kepala Sekolah":
            post.append("M.Pd.")
    elif pos.startswith("Perawat"):
        pre, post = (["Ns."], ["S.Kep."]) if rng.random() < 0.5 else ([], ["A.Md.Kep."])
    elif pos.startswith("Bidan"):
        post.append(ch(["A.Md.Keb.", "S.Tr.Keb."]))
    elif pos.startswith("Dokter"):
        pre.append("dr.")
        post += [ch(["M.Kes.", "Sp.PD", "Sp.A", "Sp.OG"])] if rng.random() < 0.25 else []
    elif pos.startswith("Apoteker"):
        pre, post = ["apt."], ["S.Farm."]
    elif pos.startswith(("Sanitarian", "Pranata Laboratorium Kes")):
        post.append(ch(["A.Md.KL", "A.Md.AK"]))
    elif pos == "Kepala Puskesmas":
        pre, post = ch(
            [([], ["S.KM.", "M.Kes."]), ([], ["S.Kep."]), (["dr."], ["M.Kes."]), (["dr."], [])]
        )
    elif pos.startswith("Dosen"):
        pre += ["Dr."] if rng.random() < 0.4 else []
        if old and rng.random() < 0.4 and e.unit in ("Fakultas Teknik", "Fakultas Pertanian"):
            pre.append("Ir.")
        else:
            post.append(ch(["S.T.", "S.P.", "S.H.", "S.E.", "S.Si.", "S.Pi."]))
        post.append(ch(["M.Si.", "M.T.", "M.H.", "M.Sc.", "M.Kes."]))
    elif pos.startswith("Penyuluh Agama Kristen"):
        pre += ["Pdt."] if rng.random() < 0.45 else []
        post += ["S.Th.", "M.Th."] if rng.random() < 0.15 else ["S.Th."]
    elif pos.startswith(("Penyuluh Agama Islam", "Penghulu")):
        post.append(ch(["S.Ag.", "S.H.I.", "S.Sos.I."]))
    elif pos.startswith("Penyuluh Agama Katolik"):
        post.append(ch(["S.Ag.", "S.Fil."]))
    elif e.agency == "BPS-PAPUA" and pos.startswith(("Statistisi", "Pranata Komputer")):
        post.append(ch(["S.ST.", "S.Si.", "S.Tr.Stat."]))
        post += [ch(["M.Si.", "M.Stat."])] if rng.random() < 0.2 else []
    elif pos in ("Camat", "Kepala Distrik", "Sekretaris Distrik", "Sekretaris Kecamatan", "Lurah"):
        post.append(ch(["S.Sos.", "S.IP.", "S.STP."]))
        post += [ch(["M.Si.", "M.AP."])] if rng.random() < 0.5 else []
    else:
        if e.subject == "S.T." and old and rng.random() < 0.5:
            pre.append("Ir.")
        elif e.subject:
            post.append(e.subject)
        if pos.startswith("Kepala") and rng.random() < 0.6:
            post.append(ch(["M.Si.", "M.AP.", "M.H.", "M.M."]))
    if rel == "islam" and e.birth.year < 1980 and rng.random() < 0.35:
        pre.append(("Hi." if e.group == "ternate" else "H.") if e.sex == "M" else "Hj.")
    e.pre_titles, e.post_titles = pre, post
    e.name = full_name(e)


def place_unit(rng: random.Random, e: Emp, kind: str) -> None:
    """Set unit, unit_kind, position (and subject / office degree)."""
    town, ch = e.town, rng.choice
    tname, papua = TOWNS[town][1], prov_of(town) in ("91", "93")
    uk = pick(rng, UNIT_MIX[kind])
    if uk == "rsud" and town not in RSUD:
        uk = "pkm" if kind != "pemprov" else "office"
    e.unit_kind, young = uk, e.birth.year > 1985
    lvl = ch(["Ahli Pertama", "Ahli Muda"] if young else ["Ahli Muda", "Ahli Madya"])
    if uk in SCHOOL_T:
        n = rng.randint(1, 14 if uk == "sd" else 9)
        ctx = {"n": n, "n7": min(n, 7), "n5": min(n, 5), "n3": min(n, 3), "t": tname}
        e.unit = ch(SCHOOL_T[uk]).format(kec=ch(KEC[town]), **ctx)
        e.subject = "Agama" if uk == "madrasah" else ("" if uk == "sd" else ch(SUBJECTS))
        r = rng.random()
        guru = f"Guru {lvl}" if uk != "sd" else f"Guru Kelas {lvl}"
        e.position = "Kepala Sekolah" if r < 0.04 and not young else guru
        if 0.04 <= r < 0.1:
            e.position, e.subject = "Pengadministrasi Umum", ""
    elif uk in ("pkm", "rsud"):
        e.unit = f"Puskesmas {ch(PKM[town])}" if uk == "pkm" else RSUD[town]
        w = {
            k: (0 if uk == "rsud" and k.startswith("Kepala") else v) for k, v in HEALTH_POS.items()
        }
        e.position = pick(rng, w).format(lvl=lvl)
    elif uk == "kec":
        kec = ch(KEC[town])
        e.unit = f"Distrik {kec}" if papua else ch([f"Kecamatan {kec}", f"Kelurahan {kec}"])
        area = "Distrik" if papua else "Kecamatan"
        head = "Kepala Distrik" if papua else ("Camat" if e.unit.startswith("Kec") else "Lurah")
        e.position = pick(rng, KEC_POS).format(head=head, area=area)
        e.subject = "S.Sos." if e.position.startswith("Kepala Seksi") else ""
    elif uk == "univ":
        e.unit = ch(FAKULTAS)
        if rng.random() < 0.6:
            e.position = ch(["Dosen Asisten Ahli", "Dosen Lektor", "Dosen Lektor Kepala"])
        else:
            e.position, e.subject = ch(TENDIK)
    elif uk in ("kemenag", "kua"):
        rel = GROUPS[e.group][4]
        kua = f"KUA Kecamatan {ch(KEC[town])}"
        e.unit = kua if uk == "kua" else ch(KEMENAG_UNITS).format(t=tname)
        islam = "Penghulu" if uk == "kua" else "Penyuluh Agama Islam"
        e.position = {"kristen": "Penyuluh Agama Kristen", "katolik": "Penyuluh Agama Katolik"}.get(
            rel, islam
        )
        if rng.random() < 0.3:
            e.position, e.subject = ch(OFFICE_POS[:2] + OFFICE_POS[5:6])
    elif uk == "bps":
        e.unit = ch(BPS_UNITS)
        e.position = ch(
            [f"Statistisi {lvl}", "Statistisi Terampil", "Pranata Komputer Ahli Pertama"]
        )
    elif kind in ("disdik", "dinkes"):
        e.unit = ch(DINAS_UNITS)
        e.position, e.subject = ch(OFFICE_POS[:6])
    else:
        e.unit = ch(OFFICES)
        e.position, e.subject = ch(OFFICE_POS)


# ---------------------------------------------------------------- roster


def marga_parts(e: Emp) -> list[str]:
    if not e.fam or not GROUPS[e.group][3]:
        return [e.fam] if e.fam else []
    return [e.fam] if e.fam in MRD_MARGA else e.fam.split("-")


def rename(e: Emp, prefix: str, first: str, middle: str, fam: str, suffix: str = "") -> None:
    e.prefix, e.first, e.middle, e.fam = prefix, first, middle, fam
    e.core = join_core(prefix, first, middle, fam) + suffix
    e.name = full_name(e)


MargaW = dict[tuple[str, str], list[float]]


def new_emp(
    rng: random.Random,
    fk: Faker,
    code: str,
    nips: set[str],
    marga_w: MargaW,
    group: str = "",
    sex: str = "",
    born: int = 0,
) -> Emp:
    ag = AG[code]
    group, sex = group or pick(rng, ag[6]), sex or rng.choice("MF")
    years = range(1964, 2000)
    year = born or rng.choices(years, weights=[1 + (y > 1975) + (y > 1985) for y in years])[0]
    birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
    prefix, first, middle, fam = make_core(rng, fk, group, sex, marga_w.get((code, group)))
    trap: list[str] = []
    married = sex == "F" and group in ("minahasa", "ambon") and year < 1992
    if married and fam and rng.random() < 0.3:
        husband = rng.choice(GROUPS[group][2])
        if husband != fam:  # "Lina Pangemanan-Rondonuwu" or just the husband's marga
            fam = f"{fam}-{husband}" if rng.random() < 0.5 else husband
            trap.append("married_name")
    core = join_core(prefix, first, middle, fam)
    e = Emp(
        "", "", core, first, middle, fam, group, sex, birth, code, ag[3], prefix=prefix, trap=trap
    )
    place_unit(rng, e, ag[4])
    frontline = e.unit_kind in ("sd", "smp", "sma", "smk", "pkm", "rsud")
    pppk = rng.random() < (0.25 if frontline else 0.08)
    e.etype = "PPPK" if pppk else "PNS"
    e.status = "inactive" if rng.random() < 0.03 else "active"
    appt = rng.randint(2021, 2023) if pppk else min(2022, max(1986, year + rng.randint(22, 33)))
    appt = max(appt, year + 19)
    while not e.nip or e.nip in nips:
        seq = rng.randint(1, 999)
        e.nip = f"{birth:%Y%m%d}{appt}{rng.randint(1, 12):02d}{1 if sex == 'M' else 2}{seq:03d}"
    nips.add(e.nip)
    titles_for(rng, e)
    return e


def build_roster(rng: random.Random, fk: Faker, n: int) -> list[Emp]:
    marga_w: MargaW = {}
    for a in AGENCIES:
        for g in a[6]:
            if fams := GROUPS[g][2]:  # a few marga dominate each office: whole families
                order = rng.sample(range(len(fams)), len(fams))
                marga_w[(a[0], g)] = [1.0 / (order.index(i) + 1) ** 1.2 for i in range(len(fams))]
    n_sons = max(4, n // 120)
    base = n - n_sons
    tot = sum(a[5] for a in AGENCIES)
    alloc = [int(base * a[5] / tot) for a in AGENCIES]
    alloc[0] += base - sum(alloc)
    nips: set[str] = set()
    emps = [
        new_emp(rng, fk, a[0], nips, marga_w)
        for a, k in zip(AGENCIES, alloc, strict=True)
        for _ in range(k)
    ]
    # trap: identical common names in different agencies
    for _ in range(max(3, n // 200)):
        s = rng.choice([e for e in emps if e.group != "jawa"])
        others = [
            e
            for e in emps
            if (e.group, e.sex) == (s.group, s.sex) and e.agency != s.agency and not e.trap
        ]
        for t in rng.sample(others, min(len(others), rng.choice([1, 1, 2]))):
            rename(t, s.prefix, s.first, s.middle, s.fam)
            t.trap.append(f"same_name_as:{s.nip}")
            s.trap.append(f"same_name_as:{t.nip}")
    # trap: fathers and sons with the same or nearly the same name, in the same town
    olds = [e for e in emps if e.sex == "M" and e.birth.year < 1971 and GROUPS[e.group][3]]
    for f in rng.sample(olds, n_sons):
        code = rng.choice([a[0] for a in AGENCIES if a[3] == f.town])
        s = new_emp(rng, fk, code, nips, marga_w, f.group, "M", rng.randint(1990, 1998))
        r = rng.random()
        if r < 0.45:
            rename(s, f.prefix, f.first, f.middle, f.fam)
        elif r < 0.85:
            mids = MIN_MID_M if f.group == "minahasa" else GROUPS[f.group][0]
            rename(s, f.prefix, f.first, rng.choice([m for m in mids if m != f.first]), f.fam)
        else:
            rename(s, f.prefix, f.first, f.middle, f.fam, " Jr.")
        s.trap.append(f"son_of:{f.nip}")
        f.trap.append(f"father_of:{s.nip}")
        emps.append(s)
    return emps


# ---------------------------------------------------------------- elections and targets
# fmt: off
PILKADA = [("candidacy", "2024-08-27", "2024-09-24"), ("campaign", "2024-09-25", "2024-11-23"), ("quiet", "2024-11-24", "2024-11-26"),
           ("voting", "2024-11-27", "2024-11-27"), ("counting", "2024-11-27", "2024-12-16"), ("result", "2024-12-16", "2024-12-16")]
PILEG = [("candidacy", "2023-05-01", "2023-11-27"), ("campaign", "2023-11-28", "2024-02-10"), ("quiet", "2024-02-11", "2024-02-13"),
         ("voting", "2024-02-14", "2024-02-14"), ("counting", "2024-02-14", "2024-03-20"), ("result", "2024-03-20", "2024-03-20")]
# id, name, region, candidate groups, pairs, place word
ELECTIONS = [
    ("PILGUB-SULUT-2024", "Pemilihan Gubernur Sulawesi Utara 2024", "71", ["minahasa"], 3, "Sulut"),
    ("PILGUB-GTO-2024", "Pemilihan Gubernur Gorontalo 2024", "75", ["gorontalo"], 2, "Gorontalo"),
    ("PILWALI-KDI-2024", "Pemilihan Wali Kota Kendari 2024", "74.71", ["tolaki", "buton", "bugis"], 3, "Kendari"),
    ("PILGUB-MALUKU-2024", "Pemilihan Gubernur Maluku 2024", "81", ["ambon", "ambon_muslim", "kei"], 3, "Maluku"),
    ("PILWALI-TTE-2024", "Pemilihan Wali Kota Ternate 2024", "82.71", ["ternate"], 2, "Ternate"),
    ("PILGUB-PAPUA-2024", "Pemilihan Gubernur Papua 2024", "91", ["papua"], 2, "Papua"),
    ("PILBUP-MRK-2024", "Pemilihan Bupati Merauke 2024", "93.01", ["marind", "jawa"], 2, "Merauke"),
]
# national parties of Pemilu 2024 (number, short name, name): public facts
PARTIES = [(int(n), s, f) for n, s, f in (p.split(":") for p in W(
    "1:PKB:Partai Kebangkitan Bangsa|2:Gerindra:Partai Gerakan Indonesia Raya|3:PDI-P:Partai Demokrasi Indonesia Perjuangan|4:Golkar:Partai Golongan Karya|"
    "5:NasDem:Partai NasDem|6:Buruh:Partai Buruh|7:Gelora:Partai Gelombang Rakyat Indonesia|8:PKS:Partai Keadilan Sejahtera|9:PKN:Partai Kebangkitan Nusantara|"
    "10:Hanura:Partai Hati Nurani Rakyat|11:Garuda:Partai Garda Republik Indonesia|12:PAN:Partai Amanat Nasional|13:PBB:Partai Bulan Bintang|"
    "14:Demokrat:Partai Demokrat|15:PSI:Partai Solidaritas Indonesia|16:Perindo:Partai Perindo|17:PPP:Partai Persatuan Pembangunan|24:Ummat:Partai Ummat", "|"))]
PLATFORMS = ["facebook", "instagram", "tiktok", "x"]
CAND_POSTS = [
    "Terima kasih masyarakat {kec} atas sambutan luar biasa hari ini. Bersama {acr}, {place} pasti lebih maju! #{acr}Menang",
    "Jangan lupa tanggal 27 November, coblos nomor {n}! 🙏 #{place}Hebat #{acr}Menang",
    "Kampanye dialogis bersama para nelayan di {kec}. Torang samua basudara, mari bergandengan tangan.",
    "Ibadah syukur bersama jemaat dan tokoh masyarakat {kec}. Tuhan memberkati {place}.",
    "Silaturahmi dengan pedagang pasar {kec}. Program kami: modal usaha tanpa bunga untuk mama-mama pasar.",
    "Nanti malam jam 8 debat kandidat, saksikan dan dukung terus nomor urut {n}! #{acr}",
    "Pendidikan dan kesehatan gratis untuk seluruh rakyat {place}. Itu janji {acr}, bukan mimpi.",
]
CALEG_POSTS = [
    "Mohon doa dan dukungan, 14 Februari coblos {party} nomor {n} dapil {place}. Suara rakyat, suara Tuhan.",
    "Reses bersama warga {kec}: aspirasi jalan dan air bersih kami perjuangkan. {party} nomor {n}!",
    "Bersama kader {party} blusukan di {kec}. Ingat, caleg nomor {n}!",
]
PARTY_POSTS = [
    "Konsolidasi kader {party} se-{place}. Solid, bergerak, menang!",
    "{party} hadir untuk rakyat {place}. Bantuan sembako disalurkan di {kec}.",
    "Pendaftaran bakal calon kepala daerah melalui {party} dibuka. Putra-putri terbaik {place}, mari bergabung.",
]
CAND_TITLES = (["", "", "Dr. ", "Ir. "], ["", ", S.E., M.M.", ", S.H., M.H.", ", S.Sos.", ", M.Si.", ", S.T."])
URLS = {"x": ("https://x.com/{h}", "https://x.com/{h}/status/{p}"),
        "facebook": ("https://www.facebook.com/{h}", "https://www.facebook.com/{h}/posts/{p}"),
        "instagram": ("https://www.instagram.com/{h}/", "https://www.instagram.com/p/{p}/"),
        "tiktok": ("https://www.tiktok.com/@{h}", "https://www.tiktok.com/@{h}/video/{p}")}
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789"
# fmt: on


@dataclass
class TAcc:
    target_id: str
    platform: str
    handle: str
    user_id: str
    election_id: str
    region: str
    place: str
    acr: str
    ballot: int
    posts: list[dict] = field(default_factory=list)


class Ids:
    """Unique platform ids, post ids and handles."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()
        self.handles: set[tuple[str, str]] = set()

    def uid(self, platform: str) -> str:
        r = self.rng.randint
        while True:
            v = {"x": str(r(10**17, 19 * 10**17)), "facebook": "1000" + str(r(10**10, 10**11 - 1)),
                 "instagram": str(r(10**9, 7 * 10**10)), "tiktok": str(r(6 * 10**18, 7 * 10**18))}[platform]  # fmt: skip
            if (platform + v) not in self.seen:
                self.seen.add(platform + v)
                return v

    def post_id(self, platform: str) -> str:
        r = self.rng
        while True:
            if platform == "instagram":
                v = "".join(r.choice(ALNUM + "_-") for _ in range(11))
            elif platform == "facebook":
                v = "pfbid0" + "".join(r.choice(ALNUM) for _ in range(30))
            else:
                v = str(
                    r.randint(17 * 10**17, 19 * 10**17)
                    if platform == "x"
                    else r.randint(72 * 10**17, 74 * 10**17)
                )
            if ("p" + v) not in self.seen:
                self.seen.add("p" + v)
                return v

    def handle(self, platform: str, want: str) -> str:
        ok = "_" if platform == "x" else "._"
        h = (
            "".join(c for c in want if (c.isascii() and c.isalnum()) or c in ok).strip("._")
            or "user"
        )
        h = (
            h.replace(".", "_")[:15]
            if platform == "x"
            else (h.lower()[:30] if platform != "facebook" else h)
        )
        while (platform, h.lower()) in self.handles:
            h = (h[:12] if platform == "x" else h) + str(self.rng.randint(1, 99))
        self.handles.add((platform, h.lower()))
        return h


def post_of(
    uid: str, handle: str | None, pid: str, text: str | None, url: str, at: datetime | None
) -> dict:
    return {
        "post_id": pid,
        "author_user_id": uid,
        "author_handle": handle,
        "text": text,
        "url": url,
        "at": at,
    }


def account_ref(platform: str, uid: str, handle: str | None) -> dict:
    """Target of a follow or join: the account (or group) itself."""
    return {"author_user_id": uid, "author_handle": handle, "url": url_of(platform, handle or uid)}


def url_of(platform: str, handle: str, post_id: str | None = None) -> str:
    return URLS[platform][post_id is not None].format(h=handle, p=post_id)


def window(eid: str) -> tuple[date, date]:
    st = PILEG if eid == "PILEG-2024" else PILKADA
    return date.fromisoformat(st[0][1]), date.fromisoformat(st[-1][2])


def when_in(rng: random.Random, lo: date, hi: date, tz: timezone, inner: int = 1) -> datetime:
    """A time strictly inside [lo, hi] (inner days of margin, so offsets never cross an edge)."""
    d = lo + timedelta(days=rng.randint(inner, (hi - lo).days - inner))
    return datetime(d.year, d.month, d.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=tz)


def cand_name(
    rng: random.Random, fk: Faker, groups: list[str], taken: set[str], sex: str = "M"
) -> tuple[str, str, str]:
    """(full name with titles, first, family) of an invented candidate whose name no employee bears."""
    while True:
        g = rng.choice(groups)
        pre, first, mid, fam = make_core(rng, fk, g, sex, None)
        core = join_core(pre, first, mid, fam)
        if core.lower() not in taken and fam:
            taken.add(core.lower())
            rel = "H. " if GROUPS[g][4] == "islam" else "Pdt. "
            t = rng.choice([*CAND_TITLES[0], rel, "Drs. " if sex == "M" else "Dra. "])
            return f"{t}{core}{rng.choice(CAND_TITLES[1])}", first, fam


class Political:
    """Targets (with their accounts and posts), keywords and elections."""

    def __init__(self, rng: random.Random, fk: Faker, ids: Ids, taken: set[str]) -> None:
        self.rng, self.ids = rng, ids
        self.targets: list[dict] = []
        self.keywords: list[dict] = []
        self.elections: list[dict] = []
        self.accs: list[TAcc] = []
        for eid, ename, region, groups, pairs, place in ELECTIONS:
            self.stages(eid, ename, "regional_head", region, PILKADA)
            short, acrs = eid.split("-")[1], set()
            for n in range(1, pairs + 1):
                hname, hf, hfam = cand_name(rng, fk, groups, taken)
                dname, df, dfam = cand_name(rng, fk, groups, taken, rng.choice("MMF"))
                acr = (hf[0] + hfam[0] + df[0] + dfam[0]).upper()
                acr += str(n) if acr in acrs else ""
                acrs.add(acr)
                party = rng.choice(PARTIES)[1]
                ctx = (eid, n, party, region, place, acr)
                plats = ["facebook", "instagram", "tiktok"] + (["x"] if rng.random() < 0.7 else [])
                s = f"{slug(hf)}{slug(hfam)}"
                want = rng.choice([s, f"{slug(hf)}.{slug(hfam)}", f"{s}_official"])
                self.add(f"{short}-{n}", hname, "candidate", ctx, plats, want, 9, CAND_POSTS)
                dplats = ["instagram", "facebook"] if rng.random() < 0.8 else []
                self.add(
                    f"{short}-{n}W",
                    dname,
                    "candidate",
                    ctx,
                    dplats,
                    f"{slug(df)}.{slug(dfam)}",
                    4,
                    CAND_POSTS,
                )
                team, want = f"Tim Pemenangan {acr} {place}", f"relawan.{acr.lower()}.{slug(place)}"
                self.add(
                    f"{short}-{n}T", team, "campaign_team", ctx, plats[:3], want, 6, CAND_POSTS
                )
                terms = (f"#{acr}Menang", acr, f"coblos nomor {n}", f"{acr} {place} hebat")
                self.keywords += [{"target_id": f"{short}-{n}", "term": t} for t in terms]
        self.stages("PILEG-2024", "Pemilu Anggota DPR dan DPRD 2024", "legislative", "", PILEG)
        for prov, pname in PROV.items():
            gs = [
                g
                for a in AGENCIES
                if a[3] in TOWNS and prov_of(a[3]) == prov
                for g in a[6]
                if g != "jawa"
            ]
            for k in range(1, 4):
                name, f, fam = cand_name(rng, fk, gs[:4] or ["jawa"], taken, rng.choice("MMMF"))
                party = rng.choice(PARTIES)[1]
                ctx = ("PILEG-2024", rng.randint(1, 8), party, prov, pname, "")
                plats = ["facebook", "instagram"] + (["tiktok"] if rng.random() < 0.5 else [])
                want = rng.choice([f"{slug(f)}{slug(fam)}", f"{slug(f)}.{slug(fam)}.caleg"])
                self.add(f"DPR-{prov}-{k}", name, "candidate", ctx, plats, want, 5, CALEG_POSTS)
        for num, abbr, full in PARTIES:
            ctx = ("", num, abbr, "", "Indonesia Timur", "")
            self.add(
                f"P{num:02d}",
                full,
                "party",
                ctx,
                PLATFORMS,
                f"{slug(abbr)}.indonesia",
                3,
                PARTY_POSTS,
            )
            self.keywords.append(
                {"target_id": f"P{num:02d}", "term": f"#{abbr.replace('-', '')}Menang"}
            )

    def stages(self, eid: str, name: str, contest: str, region: str, stages: list) -> None:
        for stage, lo, hi in stages:
            self.elections.append({"election_id": eid, "name": name, "contest": contest, "region_code": region,
                                   "stage": stage, "starts_on": lo, "ends_on": hi})  # fmt: skip

    def add(
        self,
        tid: str,
        name: str,
        kind: str,
        ctx: tuple,
        plats: list[str],
        want: str,
        n_posts: int,
        texts: list[str],
    ) -> None:
        eid, ballot, party, region, place, acr = ctx
        row = {
            "target_id": tid,
            "name": name,
            "kind": kind,
            "election_id": eid,
            "ballot_number": ballot,
            "party": party,
        }
        if not plats:
            self.targets.append({**row, "platform": "", "handle": "", "user_id": ""})
        rng, ids = self.rng, self.ids
        lo, hi = window(eid) if eid else (date(2023, 3, 1), date(2024, 12, 20))
        towns = [k for k in TOWNS if region and TOWNS[k][0].startswith(region)] or list(TOWNS)
        for p in plats:
            a = TAcc(tid, p, ids.handle(p, want), ids.uid(p), eid, region, place, acr, ballot)
            self.targets.append({**row, "platform": p, "handle": a.handle, "user_id": a.user_id})
            for _ in range(n_posts):
                pid = ids.post_id(p)
                kec = rng.choice(KEC[rng.choice(towns)])
                text = rng.choice(texts).format(
                    kec=kec, acr=acr, place=place, n=ballot, party=party
                )
                at = when_in(rng, lo, hi - timedelta(days=20), tz_of(region or "71"), 2)
                a.posts.append(
                    post_of(a.user_id, a.handle, pid, text, url_of(p, a.handle, pid), at)
                )
            self.accs.append(a)


def elections_for(town: str) -> list[str]:
    rc = TOWNS[town][0]
    return [e[0] for e in ELECTIONS if rc == e[2] or rc.startswith(e[2] + ".")] + ["PILEG-2024"]


# ---------------------------------------------------------------- presentations
# fmt: off
GREET = {  # address prefixes: (older male, younger male, older female, younger female)
    "sulut": (["Om", "Bung"], ["Bung", "Nyong", "Kaka"], ["Tanta"], ["Nona", "Kaka"]),
    "maluku": (["Om", "Bung"], ["Nyong", "Bung"], ["Tanta", "Usi"], ["Usi", "Nona"]),
    "papua": (["Pace", "Bapa"], ["Kaka", "Pace"], ["Mace", "Mama"], ["Kaka", "Nona"]),
    "other": (["Om", "Bung"], ["Bung", "Kaka"], ["Tanta", "Mama"], ["Kaka", "Nona"]),
}
UNRELATED = W("anak_gunung bintang_timur senja.di.pantai langit.biru cakalang_fufu ombak_laut pelangi_kasih sang.pemimpi jalan.pulang kopi.pagi hati_damai bunga.cengkeh rindu_kampung kupu.kupu anak.pesisir")
CHURCH = {"kristen": ["Tuhan baik", "Yesus Kristus Juruselamatku", "Tuhan Yesus memberkati", "Soli Deo Gloria", "{church}", "{church} 🙏"],
          "katolik": ["Katolik 🙏", "Berkah Dalem", "Paroki Katedral", "Tuhan baik"], "islam": ["Alhamdulillah", "Bismillah", "Sabar dan syukur", "Hamba Allah"]}
REGION_CHURCH = {"sulut": ["GMIM Jemaat Sion", "GMIM", "Pelayan Khusus GMIM", "Kaum Bapa GMIM"], "maluku": ["GPM Jemaat Rehoboth", "GPM", "Jemaat GPM Bethania"],
                 "papua": ["GKI di Tanah Papua", "GKI Jemaat Harapan", "Gereja Kemah Injil"], "other": ["GPIBT", "Gereja Toraja Jemaat Kendari", "Jemaat GPdI"]}
FAMILY = {"M": ["Papa dari 2 jagoan", "Proud papa", "Suami & ayah", "Keluarga nomor satu", "Pecinta kopi & bola"],
          "F": ["Mama dari 3 anak", "Istri & ibu", "Mama muda 😊", "Keluarga is everything", "Pecinta bunga"]}
OTHER_JOBS = W("Nelayan|Ojek|Driver ojol|Mahasiswa|Mahasiswi|Pendeta|Karyawan swasta|Pensiunan|Pensiunan TNI|Pensiunan PT Pelni|Wiraswasta|Ibu rumah tangga|"
               "Petani cengkeh|Petani kelapa|Sopir angkot|Pedagang pasar|Pelaut|Tukang kayu|Security|Karyawan bank swasta|Penjual pinang", "|")
JOBS = {"Guru": ("Guru", "Teacher"), "Kepala Sekolah": ("Kepala Sekolah", "Headmaster"), "Perawat": ("Perawat", "Nurse"), "Bidan": ("Bidan", "Midwife"),
        "Dokter": ("Dokter", "Doctor"), "Dosen": ("Dosen", "Lecturer"), "Penyuluh": ("Penyuluh agama", ""), "Statistisi": ("Statistisi", "Statistician"),
        "Apoteker": ("Apoteker", "Pharmacist"), "Kepala Distrik": ("Kepala Distrik", ""), "Camat": ("Camat", ""), "Lurah": ("Lurah", "")}
# display-name forms of an employee's own account, with weights
NAME_FORMS = {"full": 20, "full_titles": 8, "partial_titles": 4, "lower": 7, "upper": 3, "first_marga": 10, "marga_only": 6, "first_initial": 8,
              "initial_marga": 4, "nickname": 8, "prefix_nick": 10, "spelling": 5, "reversed": 3, "decorated": 4, "no_display": 3}
# handle forms: templates ("|" = alternatives), weight, carries birth digits
HANDLE_FORMS = {"ig_dot": ("{fn}.{ma}", 12, ""), "ig_under_yy": ("{fi}_{ma}{yy}", 10, "yy"), "full_yyyy": ("{fi}{ma}{yyyy}", 6, "yyyy"),
                "concat": ("{fi}{ma}", 10, ""), "concat_digits": ("{fi}{ma}{rnd}|{fi}{ma}{rnd}|{fi}_{ma}_{rnd}", 10, ""), "marga_first": ("{ma}_{fi}", 5, ""),
                "abbrev": ("{fi}{mc}", 5, ""), "nick_town": ("{pre}{ni}_{tab}", 8, ""), "nick_region": ("{ni}.{ma}.{prov}", 4, ""),
                "unrelated": ("{unrel}|{unrel}{rnd}|{unrel}_{tab}", 10, ""), "ddmm": ("{fi}{ddmm}", 4, "ddmm")}
# bio forms of an employee's own account: templates per form (unit forms per unit kind)
BIO_FORMS = {"agency": 10, "unit_job": 12, "english": 5, "profession": 10, "church_family": 15, "mixed": 8, "hometown": 5, "empty": 25}
BIO_T = {
    "agency": ["ASN {short}", "PNS {short}", "Abdi negara @ {short}", "ASN | {short} | {town}"],
    "unit_health": ["Nakes {unit}", "{job} di {unit}", "{job} {unit} 💉"],
    "unit_school": ["{job} {unit}", "Pendidik di {unit}", "{job} {subject} {unit}"],
    "unit_kec": ["Staf {unit}", "Melayani masyarakat {unit}", "{pos} {unit}"],
    "unit_univ": ["{job} {unit} Unsrat", "{unit} Universitas Sam Ratulangi"],
    "unit_office": ["{job} {unit} {short}", "Bekerja di {unit} {town}"],
    "english_unit": ["{en} at {unit}"], "english_agency": ["Civil servant at {agname}", "Public servant, {agname}"],
    "profession": ["{job}", "{job} 🇮🇩", "Abdi negara", "Pelayan masyarakat"],
    "mixed": ["{job} | {church} | {fam}", "{job} • {church}", "{fam} | {job}"],
    "hometown": ["Anak {town} asli 🌴", "{town} till I die", "Torang anak {town}"],
}
# fmt: on


def region_key(town: str) -> str:
    return {"71": "sulut", "81": "maluku", "91": "papua", "93": "papua"}.get(prov_of(town), "other")


def church(rng: random.Random, rel: str, town: str) -> str:
    return rng.choice(CHURCH[rel]).format(church=rng.choice(REGION_CHURCH[region_key(town)]))


def job_of(e: Emp) -> tuple[str, str]:
    return next((v for k, v in JOBS.items() if e.position.startswith(k)), ("ASN", ""))


def short_unit(unit: str) -> str:
    for a, b in (
        ("SMP Negeri", "SMPN"),
        ("SMA Negeri", "SMAN"),
        ("SD Negeri", "SDN"),
        ("SMK Negeri", "SMKN"),
        ("MTs Negeri", "MTsN"),
    ):
        unit = unit.replace(a, b)
    return unit


def nickname(rng: random.Random, first: str) -> str:
    if first in NICK:
        return rng.choice(NICK[first])
    return (
        first if len(first) <= 4 else (first[:3] if rng.random() < 0.5 else first[-3:].capitalize())
    )


def name_form(rng: random.Random, e: Emp) -> tuple[str | None, str, dict]:
    """Display name an employee would choose, the form's tag, and parts used for the handle."""
    marga = rng.choice(marga_parts(e)) if e.fam else ""
    first, ch, rel = e.first, rng.choice, GROUPS[e.group][4]
    nick = nickname(rng, first)
    g = GREET[region_key(e.town)][(0 if e.birth.year < 1982 else 1) + (2 if e.sex == "F" else 0)]
    ok = {"full_titles": bool(e.pre_titles or e.post_titles), "partial_titles": bool(e.pre_titles and e.post_titles),
          "first_marga": bool((e.middle or e.prefix or "-" in e.fam) and marga), "marga_only": GROUPS[e.group][3] and bool(marga),
          "first_initial": bool(marga), "initial_marga": bool(marga), "spelling": first in SPELL, "reversed": bool(marga)}  # fmt: skip
    f = pick(rng, {k: w if ok.get(k, True) else 0 for k, w in NAME_FORMS.items()})
    parts = {"first": first, "nick": nick, "marga": marga, "prefix": ""}
    pre = ch(g)
    d: str | None = {
        "full": e.core, "full_titles": e.name, "lower": e.core.lower(), "upper": e.core.upper(),
        "partial_titles": " ".join([*e.pre_titles, e.core]) if rng.random() < 0.5 else f"{e.core}, {e.post_titles[-1] if e.post_titles else ''}",
        "first_marga": f"{first} {marga}" if rng.random() < 0.8 or not e.prefix else f"{e.prefix.replace(' ', '')} {first} {marga}",
        "marga_only": ch([marga, marga, f"{marga} Family", f"{'Bung' if e.sex == 'M' else 'Nona'} {marga}"]),
        "first_initial": f"{first} {marga[:1]}" + ("." if rng.random() < 0.6 else ""), "initial_marga": f"{first[0]}. {marga}",
        "nickname": f"{nick} {marga}" if marga and rng.random() < 0.7 else nick,
        "prefix_nick": f"{pre} {nick}" + (f" {marga}" if marga and rng.random() < 0.35 else ""),
        "spelling": e.core.replace(first, SPELL.get(first, first), 1), "reversed": ch([f"{marga} {first}", f"{marga}, {first}"]),
        "decorated": e.core + ch([" 🌸", " 🙏", f" ({pre} {nick})", " 🇮🇩", *((" 🤲",) if rel == "islam" else (" ✝️", " || GBU"))]),
        "no_display": None,
    }[f]  # fmt: skip
    if f == "prefix_nick":
        parts["prefix"] = pre
    if f == "spelling":
        parts["first"] = SPELL[first].rstrip(".")
    return d, f, parts


def handle_form(rng: random.Random, e: Emp, parts: dict, town: str) -> tuple[str, str, str | None]:
    """(wanted handle, form tag, birth digits carried) for a person's account."""
    yy, yyyy, ddmm = f"{e.birth.year % 100:02d}", str(e.birth.year), f"{e.birth:%d%m}"
    rnd = str(rng.randint(1, 999))
    rnd = str(int(rnd) + 1) if rnd in (yy, yyyy[-3:]) else rnd
    ma = slug(parts["marga"])
    fi, ni = slug(parts["first"]), slug(parts["nick"])
    ctx = {"fi": fi, "ni": ni, "fn": rng.choice([fi, ni]), "ma": ma, "yy": yy, "yyyy": yyyy, "ddmm": ddmm, "rnd": rnd,
           "mc": "".join(c for c in ma if c not in "aiueo")[:4], "pre": slug(parts["prefix"]), "tab": TOWNS[town][3],
           "prov": prov_of(town), "unrel": rng.choice(UNRELATED)}  # fmt: skip
    f = pick(rng, {k: v[1] for k, v in HANDLE_FORMS.items()})
    tmpl, _w, birth = HANDLE_FORMS[f]
    h = rng.choice(tmpl.split("|")).format(**ctx)
    for dbl in ("..", "__", "._", "_."):
        h = h.replace(dbl, dbl[0])
    return h.strip("._"), f, ctx[birth] if birth else None


def emp_bio(rng: random.Random, e: Emp) -> tuple[str | None, str, dict]:
    """Bio text, its form, and what it reveals (agency / unit / job / religion / town)."""
    ag, (job, en), rel = AG[e.agency], job_of(e), GROUPS[e.group][4]
    ctx = {"short": rng.choice(ag[7]), "agname": ag[1], "job": job, "en": en, "unit": short_unit(e.unit), "subject": e.subject,
           "pos": e.position, "town": TOWNS[e.town][1], "church": church(rng, rel, e.town), "fam": rng.choice(FAMILY[e.sex])}  # fmt: skip
    f = pick(rng, BIO_FORMS)
    uk = e.unit_kind
    key, ev = f, {}
    if f == "unit_job":
        key = "unit_" + (
            "health"
            if uk in ("pkm", "rsud")
            else "school"
            if uk in SCHOOL_T
            else uk
            if uk in ("kec", "univ")
            else "office"
        )
        ev = {"unit": e.unit, "agency": e.agency}
    elif f == "english":
        key = "english_unit" if en and rng.random() < 0.6 else "english_agency"
        ev = {"unit": e.unit} if key == "english_unit" else {"agency": e.agency}
    elif f == "agency":
        ev = {"agency": e.agency}
    elif f in ("profession", "mixed"):
        ev = {"job": job, "religion": rel} if f == "mixed" else {"job": job}
    elif f == "hometown":
        ev = {"town": e.town}
    elif f == "church_family":
        return rng.choice([ctx["church"], ctx["church"], ctx["fam"]]), f, {"religion": rel}
    if f == "empty":
        return None, f, {}
    return " ".join(rng.choice(BIO_T[key]).format(**ctx).split()), f, ev


def location_for(
    rng: random.Random, town: str, w: tuple[int, ...] = (35, 10, 5, 50)
) -> tuple[str | None, str]:
    f = rng.choices(["town", "province", "elsewhere", "empty"], weights=w)[0]
    loc = {
        "town": rng.choice(TOWNS[town][2]),
        "province": PROV[prov_of(town)],
        "elsewhere": rng.choice(ELSEWHERE),
    }
    return loc.get(f), f


# ---------------------------------------------------------------- actors and events
# fmt: off
POL_COMMENTS = W("Mantap pak, lanjutkan!|Torang dukung penuh! 🔥|So pasti menang ini|Beta dukung nomor {n}!|Tuhan berkati kaka, maju terus|Amin 🙏|Semangat pak!|"
                 "Kami warga {kec} siap coblos nomor {n}|Hebat! {acr} satu putaran|Pace hebat, Papua maju!|Barakallah, semoga amanah|Mantap skali|"
                 "Sukses selalu 🙏|Ayo torang pilih yang terbaik|👍👍👍|Gas terus!|Kapan datang di kampung kami?", "|")
FRIEND_COMMENTS = W("Mantap!|Sukses selalu 🙏|Keren kaka|GBU|Semangat ibu guru|Hebat 👍|Tuhan berkati", "|")
GENERIC_POSTS = W("Hujan terus di {town} hari ini|Ikan bakar rica-rica, enak skali 😋|Sunset di pantai {town} 😍|Macet lagi...|Syukur untuk hari ini|"
                  "Kopi pagi dulu ☕|Pertandingan bola antar kampung di {town}|Doakan mama yang sakit 🙏|Papeda deng ikan kuah kuning, mantap|Libur panjang ke pulau", "|")
WORK_POSTS = {
    "school": ["Upacara 17 Agustus di {unit} 🇮🇩", "Terima kasih anak-anak kelas 9 {unit}, sukses ujiannya!", "Rapat guru di {unit} hari ini", "Lomba kebersihan kelas di {unit}"],
    "health": ["Imunisasi anak di {unit} hari ini 💉", "Piket malam di {unit}, semangat nakes!", "Posyandu bersama kader, {unit}", "Penyuluhan stunting oleh {unit}"],
    "office": ["Rapat koordinasi di {unit}, semangat!", "Apel pagi di kantor {unit}", "Pelayanan keliling bersama {unit}", "Bimtek hari kedua, {unit}"],
}
ACTIONS = {"x": {"like": 30, "reply": 20, "share": 20, "quote": 10, "follow": 10}, "facebook": {"like": 40, "comment": 30, "share": 15, "follow": 8, "join": 7},
           "instagram": {"like": 50, "comment": 30, "follow": 20}, "tiktok": {"like": 45, "comment": 30, "share": 10, "follow": 15}}
SOURCE = {"x": "x-api", "facebook": "facebook-patrol", "instagram": "instagram-export", "tiktok": "tiktok-export"}
PAGES = {
    "buzzer": ["Suara Rakyat {place}", "{place} Bersatu", "Info Pilkada {place}", "Relawan Muda {place}", "{place} Bicara", "Pemuda Peduli {place}"],
    "fanpage": ["{town} Kuliner", "Info Kota {town}", "{town} Update", "Kabar {town} Hari Ini", "Pecinta Cakalang {town}", "Musik Timur {town}"],
    "church": ["GMIM Jemaat Bethesda {town}", "Jemaat GPM Rehoboth {town}", "GKI Jemaat Harapan {town}", "Paroki Santo Yoseph {town}", "Pemuda Gereja {town}", "Remaja Masjid Al-Markaz {town}"],
    "community": ["Komunitas Ojol {town}", "Ikatan Keluarga Kawanua", "Karang Taruna {kec}", "Nelayan {kec} Bersatu", "Alumni SMA {town} 2005", "Arisan Mama-Mama {kec}"],
}
PAGE_BIO = {"buzzer": ["Akun relawan independen", "Berita politik terkini", "Suara rakyat kecil"], "fanpage": ["Info seputar kota", "Kuliner & wisata", None],
            "church": ["Jadwal ibadah & pelayanan", "Persekutuan kasih", None], "community": ["Wadah silaturahmi", "Torang samua basudara", None]}
PLAT_W = {"facebook": 45, "instagram": 25, "tiktok": 15, "x": 15}
N_ENGAGE = ([1, 2, 3, 4, 6], [30, 25, 20, 15, 10])
NAMESAKE_BIO = {"other_job": 45, "honorer_elsewhere": 10, "church_family": 10, "empty": 35}
IMPOSTOR_T = ("{b}_official|official.{b}|{b}.real|{b}_id", "{b}2|{b}.{d}|{b}x|the.{b}")
# fmt: on
HANDLE_SWITCH = datetime(2024, 6, 1, tzinfo=UTC)
PARTY_SPAN = (date(2023, 3, 1), date(2024, 12, 20))


@dataclass
class Actor:
    kind: str
    platform: str
    user_id: str
    handle: str | None
    display_name: str | None
    bio: str | None
    location: str | None
    town: str
    nip: str | None = None
    ref_nip: str | None = None
    tags: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)
    old_handle: str | None = None
    n_events: int = 0
    posts: list[dict] = field(default_factory=list)


def work_kind(e: Emp) -> str:
    return (
        "school"
        if e.unit_kind in SCHOOL_T
        else ("health" if e.unit_kind in ("pkm", "rsud") else "office")
    )


def n_engage(rng: random.Random) -> int:
    return rng.choices(*N_ENGAGE)[0]


class Events:
    def __init__(self, rng: random.Random, ids: Ids, by_eid: dict[str, list[TAcc]]) -> None:
        self.rng, self.ids, self.by_eid = rng, ids, by_eid
        self.rows: list[dict] = []
        self.seen: set[str] = set()

    def add(self, a: Actor, action: str, at: datetime | None, target: dict | None = None,
            text: str | None = None, media: list | None = None) -> bool:  # fmt: skip
        vals = (
            ("handle", a.handle),
            ("display_name", a.display_name),
            ("bio", a.bio),
            ("location", a.location),
        )
        actor = {"user_id": a.user_id} | {k: v for k, v in vals if v is not None}
        url, tgt = None, None
        if action == "post":
            key = self.ids.post_id(a.platform)
            url = url_of(a.platform, a.handle or a.user_id, key)
        else:
            tgt = {k: v for k, v in (target or {}).items() if k != "at" and v is not None}
            key = tgt.get("post_id") or tgt["author_user_id"]
        eid = f"{a.platform}:{key}:{action}:{a.user_id}"
        eid += f":{self.rng.randint(1, 10**9)}" if action in ("comment", "reply", "quote") else ""
        if eid in self.seen:
            return False
        self.seen.add(eid)
        self.rows.append({"event_id": eid, "platform": a.platform, "action": action, "occurred_at": iso(at) if at else None,
                          "actor": actor, "target": tgt, "text": text, "url": url, "media": media or [], "source": SOURCE[a.platform]})  # fmt: skip
        a.n_events += 1
        if action == "post":
            a.posts.append(post_of(a.user_id, a.handle, key, text, url or "", at))
        return True

    def engage(self, a: Actor, n: int) -> list[str]:
        """n political engagements inside neutrality windows; returns the target ids touched."""
        rng, tz, prov = self.rng, tz_of(TOWNS[a.town][0]), prov_of(a.town)
        eids = elections_for(a.town)
        dated, touched = 0, []
        for _ in range(n * 3):
            if dated >= n:
                break
            r = rng.random()
            eid = "PILEG-2024" if r < 0.9 else ""
            eid = rng.choice(eids[:-1]) if r < 0.65 and len(eids) > 1 else eid
            pool = [t for t in self.by_eid[eid] if t.platform == a.platform]
            pool = [t for t in pool if eid != "PILEG-2024" or t.region == prov]
            t = rng.choice(pool or [t for t in self.by_eid[""] if t.platform == a.platform])
            action = pick(rng, ACTIONS[a.platform])
            action = "like" if action == "join" and not t.target_id.endswith("T") else action
            lo, hi = window(t.election_id) if t.election_id else PARTY_SPAN
            text = None
            if action in ("follow", "join"):
                at: datetime | None = when_in(rng, lo, hi, tz, 2)
                target = account_ref(t.platform, t.user_id, t.handle)
            else:
                post = rng.choice(t.posts)
                cap = datetime(hi.year, hi.month, hi.day, 9, 0, tzinfo=tz) - timedelta(days=1)
                at = min(post["at"].astimezone(tz) + timedelta(minutes=rng.randint(5, 8000)), cap)
                target = post
                if action in ("comment", "reply", "quote") or rng.random() < 0.3 * (
                    action == "share"
                ):
                    kec = rng.choice(KEC[a.town])
                    text = rng.choice(POL_COMMENTS).format(
                        n=t.ballot, acr=t.acr or t.place, kec=kec
                    )
            if action in ("like", "follow") and dated and rng.random() < 0.08:
                at = None  # platform exports often give no time for likes and follows
            if self.add(a, action, at, target, text):
                dated += at is not None
                touched.append(t.target_id)
        return sorted(set(touched))

    def own_posts(self, a: Actor, k: int, e: Emp | None = None) -> None:
        """k posts of a's own; about a's workplace when e is given."""
        rng, tz = self.rng, tz_of(TOWNS[a.town][0])
        for _ in range(k):
            at = when_in(rng, date(2023, 1, 1), date(2024, 12, 20), tz)
            if e is not None:
                text = rng.choice(WORK_POSTS[work_kind(e)]).format(unit=short_unit(e.unit))
            else:
                text = rng.choice(GENERIC_POSTS).format(town=TOWNS[a.town][1])
            img = f"https://cdn.example.invalid/{a.platform}/{rng.getrandbits(48):x}.jpg"
            self.add(
                a,
                "post",
                at,
                None,
                text,
                [{"kind": "image", "url": img, "alt_text": "Foto"}] if rng.random() < 0.2 else [],
            )

    def touch(self, a: Actor, d: Actor) -> bool:
        """a likes or comments a post of, or follows, declared account d (same platform)."""
        rng = self.rng
        if d.posts and rng.random() < 0.7:
            p = rng.choice(d.posts)
            at = p["at"] + timedelta(minutes=rng.randint(3, 3000)) if p["at"] else None
            act = "comment" if a.platform != "x" and rng.random() < 0.3 else "like"
            return self.add(
                a, act, at, p, rng.choice(FRIEND_COMMENTS) if act == "comment" else None
            )
        at = when_in(rng, date(2023, 1, 1), date(2024, 12, 20), tz_of(TOWNS[a.town][0]))
        return self.add(
            a,
            "follow",
            at if rng.random() < 0.5 else None,
            account_ref(d.platform, d.user_id, d.handle),
        )


# ---------------------------------------------------------------- the world


class World:
    def __init__(self, rng: random.Random, fk: Faker, n: int) -> None:
        self.rng, self.fk, self.ids = rng, fk, Ids(rng)
        self.emps = build_roster(rng, fk, n)
        self.by_nip = {e.nip: e for e in self.emps}
        self.cores = {e.core.lower() for e in self.emps}
        self.pol = Political(rng, fk, self.ids, set(self.cores))
        by_eid: dict[str, list[TAcc]] = {}
        for t in self.pol.accs:
            by_eid.setdefault(t.election_id, []).append(t)
        self.ev = Events(rng, self.ids, by_eid)
        self.accounts: list[dict] = []
        self.declared: list[Actor] = []
        self.decl_by: dict[tuple[str, str], list[Actor]] = {}
        self.actors: list[Actor] = []
        n_act = round(n * 0.6)
        self.make_declared(round(n * 0.06))
        self.make_employees(round(n_act * 0.25))
        self.make_namesakes(round(n_act * 0.33))
        self.make_impostors(max(3, round(n_act * 0.02)))
        self.make_public(n_act - len(self.actors))
        self.finish()

    def account(self, kind: str, platform: str, want: str, shown: tuple, town: str) -> Actor:
        """A new account; shown = (display name, bio, location)."""
        handle: str | None = self.ids.handle(platform, want)
        if platform == "facebook" and kind != "declared" and self.rng.random() < 0.15:
            handle = None  # no vanity name: profile.php?id=…
        a = Actor(kind, platform, self.ids.uid(platform), handle, *shown, town)
        if kind != "declared":
            self.actors.append(a)
        return a

    def make_declared(self, k: int) -> None:
        rng, ev = self.rng, self.ev
        for e in rng.sample([e for e in self.emps if e.status == "active"], k):
            p = pick(rng, {"facebook": 40, "instagram": 30, "x": 15, "tiktok": 15})
            d, _f, parts = name_form(rng, e)
            disp = rng.choice([e.name, e.core, e.core, d or e.core])
            fi, ma = slug(e.first), slug(parts["marga"])
            want = rng.choice([f"{fi}.{ma}", f"{fi}{ma}", f"{fi}_{ma}_{e.birth.year % 100:02d}"])
            shown = (disp, emp_bio(rng, e)[0], rng.choice(TOWNS[e.town][2]))
            a = self.account("declared", p, want, shown, e.town)
            a.nip = e.nip
            self.declared.append(a)
            day = date(2023, 1, 10) + timedelta(days=rng.randint(0, 290))
            self.accounts.append({"nip": e.nip, "platform": p, "handle": a.handle, "user_id": a.user_id, "display_name": disp,
                                  "declared_at": str(day), "approved": rng.choice(["true"] * 4 + [""])})  # fmt: skip
            ev.own_posts(a, rng.randint(2, 5), e)
            ev.own_posts(a, rng.randint(0, 2))
            if rng.random() < 0.15:
                ev.engage(a, rng.randint(1, 2))
            for key in ((e.agency, p), (e.town, p)):
                self.decl_by.setdefault(key, []).append(a)

    def make_employees(self, k: int) -> None:
        """Employees' own undeclared accounts (~5% of owners hold a second one)."""
        rng, ev = self.rng, self.ev
        owners = rng.sample([e for e in self.emps if e.status == "active" or rng.random() < 0.3], k)
        for e in owners[: k - k // 20] + rng.sample(owners, k // 20):
            p = pick(rng, PLAT_W)
            disp, nf, parts = name_form(rng, e)
            want, hf, hbirth = handle_form(rng, e, parts, e.town)
            bio, bf, bev = emp_bio(rng, e)
            loc, lf = location_for(rng, e.town)
            a = self.account("employee", p, want, (disp, bio, loc), e.town)
            a.nip = a.ref_nip = e.nip
            a.tags = {"name": nf, "handle": hf if a.handle else "none", "bio": bf, "location": lf}
            a.evidence = {"handle_birth_digits": hbirth if a.handle else None, "bio_reveals": bev, "location": lf,
                          "titles_shown": nf in ("full_titles", "partial_titles")}  # fmt: skip
            a.evidence["targets"] = ev.engage(a, n_engage(rng))
            if rng.random() < 0.12:
                ev.own_posts(a, rng.randint(1, 2), e)
                a.evidence["post_mentions_unit"] = e.unit
            if rng.random() < 0.25:
                ev.own_posts(a, rng.randint(1, 3))
            # co-occurrence with colleagues' declared accounts, same unit first
            if rng.random() < 0.35:
                cols = [d for d in self.decl_by.get((e.agency, p), []) if d.nip != e.nip]
                cols.sort(key=lambda d: (self.by_nip[d.nip or ""].unit != e.unit, rng.random()))
                hit = [d.nip for d in cols[: rng.randint(1, 3)] if ev.touch(a, d)]
                a.evidence["colleague_nips"] = hit

    def make_namesakes(self, k: int) -> None:
        """Members of the public bearing exactly an employee's name (no titles)."""
        rng, ev, emps = self.rng, self.ev, self.emps
        with_acc = [a.nip for a in self.actors]
        trapped = [x for x in emps if x.trap]
        for _ in range(k):
            r = rng.random()
            e = rng.choice(trapped if r < 0.5 else emps)
            e = self.by_nip[rng.choice(with_acc)] if r < 0.3 else e
            town = rng.choice([t for t in TOWNS if prov_of(t) == prov_of(e.town)])
            town = e.town if rng.random() < 0.5 else town
            born = date(rng.randint(1955, 2005), rng.randint(1, 12), rng.randint(1, 28))
            alter = replace(e, birth=born, pre_titles=[], post_titles=[], trap=[])
            p = pick(rng, PLAT_W)
            want, hf, hbirth = handle_form(rng, alter, name_form(rng, alter)[2], town)
            bf = pick(rng, NAMESAKE_BIO)
            bio: str | None = None
            if bf == "other_job":
                bio = rng.choice(OTHER_JOBS) + rng.choice(["", f" | {TOWNS[town][1]}", " 🙏", ""])
            elif bf == "honorer_elsewhere":
                same = {x.agency for x in emps if x.core == e.core}
                other = rng.choice([g for g in AGENCIES if g[0] not in same])
                bio = f"{rng.choice(['Honorer', 'Tenaga kontrak', 'Tenaga honorer'])} {other[7][0]}"
            elif bf == "church_family":
                bio = rng.choice([church(rng, GROUPS[e.group][4], town), *FAMILY[e.sex]])
            loc, lf = location_for(rng, town, (45, 20, 15, 20))
            town = rng.choice(list(TOWNS)) if lf == "elsewhere" else town
            a = self.account("namesake", p, want, (e.core, bio, loc), town)
            a.ref_nip = e.nip
            a.tags = {"name": "exact_core", "handle": hf if a.handle else "none", "bio": bf, "location": lf}  # fmt: skip
            own = (f"{e.birth.year % 100:02d}", str(e.birth.year), f"{e.birth:%d%m}")
            a.evidence = {"same_town": town == e.town, "handle_birth_digits": hbirth if a.handle else None,
                          "birth_digits_match_employee": bool(hbirth) and hbirth in own}  # fmt: skip
            a.evidence["targets"] = ev.engage(a, n_engage(rng))
            if rng.random() < 0.25:
                ev.own_posts(a, rng.randint(1, 3))
            self.friend(a, 0.06)

    def friend(self, a: Actor, prob: float) -> None:
        """Noise: a member of the public likes or follows a declared employee of the same town."""
        if self.rng.random() < prob and self.decl_by.get((a.town, a.platform)):
            d = self.rng.choice(self.decl_by[(a.town, a.platform)])
            if self.ev.touch(a, d):
                a.evidence["engages_declared_in_town"] = d.nip

    def make_impostors(self, k: int) -> None:
        rng = self.rng
        emp_actors = [a for a in self.actors if a.kind == "employee"]
        for _ in range(k):
            src = rng.choice(self.declared) if rng.random() < 0.6 else rng.choice(emp_actors)
            e = self.by_nip[src.nip or ""]
            p = src.platform if rng.random() < 0.7 else pick(rng, PLAT_W)
            official = rng.random() < 0.5
            tmpl = rng.choice(IMPOSTOR_T[0 if official else 1].split("|"))
            want = tmpl.format(b=src.handle or f"{slug(e.first)}{slug(e.fam)}", d=rng.randint(1, 9))
            bio = src.bio
            if bio and rng.random() < 0.5:
                bio = rng.choice(
                    [bio + " (akun baru)", bio.replace("|", "•"), "Akun kedua. " + bio]
                )
            a = self.account(
                "impostor", p, want, (src.display_name or e.core, bio, src.location), src.town
            )
            a.ref_nip = e.nip
            a.tags = {
                "copies": src.kind,
                "official_words": official,
                "same_platform": p == src.platform,
            }
            a.evidence = {"copied_user_id": src.user_id, "copied_handle": src.handle,
                          "targets": self.ev.engage(a, rng.randint(1, 4))}  # fmt: skip

    def make_public(self, k: int) -> None:
        rng, fk = self.rng, self.fk
        town_w = {t: float(sum(g[5] for g in AGENCIES if g[3] == t)) for t in TOWNS}
        for _ in range(k):
            town, p = pick(rng, town_w), pick(rng, PLAT_W)
            ag = rng.choice([g for g in AGENCIES if g[3] == town])
            if rng.random() < 0.62:
                g, sex = pick(rng, ag[6]), rng.choice("MF")
                core = ""
                while not core or core.lower() in self.cores:
                    pre, first, mid, fam = make_core(rng, fk, g, sex, None)
                    core = join_core(pre, first, mid, fam)
                born = date(rng.randint(1958, 2006), rng.randint(1, 12), rng.randint(1, 28))
                alter = Emp("", core, core, first, mid, fam, g, sex, born, ag[0], town, prefix=pre)
                disp, nf, parts = name_form(rng, alter)
                # a display equal to an employee's name would make a namesake: keep labels clean
                if disp and disp.lower() in self.cores:
                    disp, nf = core, "full"
                want, hf, _hb = handle_form(rng, alter, parts, town)
                bio = rng.choice([*OTHER_JOBS, church(rng, GROUPS[g][4], town), *[None] * 8])
                loc, lf = location_for(rng, town)
                a = self.account("public", p, want, (disp, bio, loc), town)
                a.tags = {"type": "person", "name": nf, "handle": hf if a.handle else "none", "location": lf}  # fmt: skip
                n = n_engage(rng)
            else:
                kind = pick(rng, {"buzzer": 40, "fanpage": 25, "church": 20, "community": 15})
                place = next(
                    (x[5] for x in ELECTIONS if x[0] in elections_for(town)), TOWNS[town][1]
                )
                disp = rng.choice(PAGES[kind]).format(
                    place=place, town=TOWNS[town][1], kec=rng.choice(KEC[town])
                )
                want = disp.lower().replace(" ", rng.choice([".", "_", ""]))
                shown = (disp, rng.choice(PAGE_BIO[kind]), rng.choice(TOWNS[town][2]))
                a = self.account("public", p, want, shown, town)
                a.tags = {"type": kind}
                n = (
                    rng.randint(3, 8)
                    if kind == "buzzer"
                    else rng.choice([1, 1, 1, 1, 1, 2, 2, 2, 3, 3])
                )
            a.evidence = {"targets": self.ev.engage(a, n)}
            if rng.random() < 0.3:
                self.ev.own_posts(a, rng.randint(1, 3))
            self.friend(a, 0.03)

    def finish(self) -> None:
        """Handle renames (user_id stays) and evidence that needs the whole world."""
        rng = self.rng
        for a in rng.sample(self.actors, len(self.actors) // 25):
            if a.handle:
                new = a.handle + rng.choice(["_", ".", ""]) + str(rng.randint(1, 99))
                a.old_handle, a.handle = a.handle, self.ids.handle(a.platform, new)
        for a in self.actors:
            if a.kind == "employee" and a.display_name:
                shown, own = a.display_name.lower(), self.by_nip[a.nip or ""].core.lower()
                others = sum(e.core.lower() == shown for e in self.emps) - (shown == own)
                a.evidence["display_equals_other_employee"] = others > 0
        renamed = {(a.platform, a.user_id): a for a in self.actors if a.old_handle}
        for row in self.ev.rows:  # events before the switch carry the old handle
            if a := renamed.get((row["platform"], row["actor"]["user_id"])):
                at = row["occurred_at"]
                old = at and datetime.fromisoformat(at) < HANDLE_SWITCH
                row["actor"]["handle"] = a.old_handle if old else a.handle


# ---------------------------------------------------------------- output


def write_csv(path: Path, cols: str, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols.split(","), extrasaction="ignore")
        w.writeheader()
        w.writerows({c: "" if r.get(c) is None else r[c] for c in cols.split(",")} for r in rows)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def sort_key(r: dict) -> tuple:
    at = r["occurred_at"]
    return (at is None, datetime.fromisoformat(at).timestamp() if at else 0, r["event_id"])


def write_bundle(out: Path, w: World, seed: int) -> dict:
    (out / "truth").mkdir(parents=True, exist_ok=True)
    name = f"Linkage probe timur (seed {seed}) – Sulut, Gorontalo, Sultra, Maluku, Malut, Papua"
    header = f"format: netra-bundle/1\nname: {name}\npolicy: id\ntimezone: Asia/Makassar\n"
    (out / "bundle.yaml").write_text(header, encoding="utf-8")
    ags = []
    for code, aname, parent, town, kind, *_rest in AGENCIES:
        rc = TOWNS[town][0]
        region = prov_of(town) if kind in ("pemprov", "kemenag", "bps") else rc
        ags.append({"code": code, "name": aname, "parent_code": parent, "region_code": region})
    write_csv(out / "agencies.csv", "code,name,parent_code,region_code", ags)
    extra = [
        {"agency_code": e.agency, "employment_type": e.etype, "region_code": TOWNS[e.town][0]}
        for e in w.emps
    ]
    rcols = "nip,name,agency_code,unit,position,employment_type,region_code,status"
    write_csv(
        out / "roster.csv", rcols, [e.__dict__ | x for e, x in zip(w.emps, extra, strict=True)]
    )
    acols = "nip,platform,handle,user_id,display_name,declared_at,approved"
    write_csv(out / "accounts.csv", acols, w.accounts)
    tcols = "target_id,name,kind,election_id,ballot_number,party,platform,handle,user_id"
    write_csv(out / "targets.csv", tcols, w.pol.targets)
    write_csv(out / "keywords.csv", "target_id,term", w.pol.keywords)
    ecols = "election_id,name,contest,region_code,stage,starts_on,ends_on"
    write_csv(out / "elections.csv", ecols, w.pol.elections)
    rows = sorted(w.ev.rows, key=sort_key)
    write_jsonl(out / "events.jsonl", rows)
    acts = [a for a in w.actors if a.n_events]
    counts = {k: sum(a.kind == k for a in acts) for k in ("employee", "namesake", "impostor", "public")}  # fmt: skip
    links = [{"platform": a.platform, "user_id": a.user_id, "handle": a.handle,
              "nip": a.nip if a.kind == "employee" else None, "kind": a.kind} for a in acts]  # fmt: skip
    write_jsonl(out / "truth" / "links.jsonl", links)
    more = [{"old_handle": a.old_handle, "ref_nip": a.ref_nip, "display_name": a.display_name, "bio": a.bio, "location": a.location,
             "town": a.town, "presentation": a.tags, "evidence": a.evidence, "n_events": a.n_events} for a in acts]  # fmt: skip
    write_jsonl(out / "truth" / "actors.jsonl", [lk | m for lk, m in zip(links, more, strict=True)])
    traps = [{"nip": e.nip, "name": e.name, "core": e.core, "agency": e.agency, "traps": e.trap} for e in w.emps if e.trap]  # fmt: skip
    write_jsonl(out / "truth" / "roster_traps.jsonl", traps)
    tags: dict[str, int] = {}
    for a in acts:
        if a.kind == "employee":
            for dim in ("name", "handle", "bio", "location"):
                tags[f"{dim}:{a.tags[dim]}"] = tags.get(f"{dim}:{a.tags[dim]}", 0) + 1
    summary = {"employees": len(w.emps), "declared_accounts": len(w.accounts), "undeclared": counts, "events": len(rows),
               "targets": len({t["target_id"] for t in w.pol.targets}), "roster_traps": len(traps),
               "employee_presentations": dict(sorted(tags.items()))}  # fmt: skip
    (out / "truth" / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")  # fmt: skip
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description="Synthetic eastern-Indonesia bundle + linkage truth.")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--employees", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=51)
    args = ap.parse_args()
    fk = Faker("id_ID")
    fk.seed_instance(args.seed)
    world = World(random.Random(args.seed), fk, args.employees)
    summary = write_bundle(args.out_dir, world, args.seed)
    summary.pop("employee_presentations")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
