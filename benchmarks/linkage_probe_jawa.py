# ruff: noqa: E501
"""Linkage probe, Jawa: a synthetic world for testing the linkage of UNDECLARED accounts.

The world
    Central Java, DI Yogyakarta and East Java (Semarang, Surakarta/Solo, Klaten, Sleman,
    Bantul, Kota Yogyakarta, Surabaya, Malang, Kediri). About 3,000 civil servants (PNS and
    PPPK) in 18 agencies (under 4 central parents): Pemkot/Pemkab offices with Kecamatan/Kelurahan, Dinas
    Pendidikan schools (SDN/SMPN/SMAN), Dinas Kesehatan Puskesmas and RSUD, a state university
    and a few vertical offices (Kemenag, a tax office, BPS). Names are those of the region
    (name parts of this file; some younger employees get Faker id_ID names):
    Javanese (single names "Sutrisno", "Suparmi"; two-part "Bambang Sugiarto", "Sri Wahyuni";
    old spelling "Soetrisno", "Djoko", "Tjahjo"), Chinese-Indonesian (Indonesianised names,
    some with a Chinese name used socially: "Liem Swie Hok", "Ko Hendra", "Cik Lian"),
    Madurese and santri names (Moh./Muhammad/Achmad/Abdul, Siti, Nur, "Gus X", "Ning Y",
    Arabic spellings Fatchurrohman/Fathurrahman), with titles and degrees placed as the
    personnel system writes them (Drs., Dra., Ir., Dr., H., Hj., dr., Ns.; S.Pd., M.Pd., S.Kep.,
    S.E., M.M., A.Md., S.Sos., S.H., M.Kes., Sp.A. ...), some in capitals as SIMPEG exports.
    Roster traps: clusters of employees sharing a common name ("Sri Wahyuni" xN in different
    agencies), fathers and sons with similar names, married couples in the roster (an account
    "Bu Bambang" may be Bambang's wife, an employee under her own name, or a wife who is not
    an employee at all).
    The bundle also holds agencies, declared accounts (~6% of employees, with their own
    posts), Pemilu 2024 (presidential, legislative) and Pilkada 2024 elections with stages,
    targets (candidates, parties, campaign teams) and their accounts, and events.

The actors (about 0.6 undeclared actors per employee). Each engages at least once with a
candidate's or campaign team's post/account inside that election's neutrality window (more
engagements may be with parties, political at any time); about a third also post:
    employee   ~25%  an employee's own undeclared account, presented in many ways: full name
                     with or without titles, lower case, nicknames ("Mbang", "Yuni", "Tris"),
                     "Pak/Bu/Mas/Mbak/Bu Guru/Pak Dokter/Bu Bidan" + name, teknonyms ("Bune
                     Dimas"), initials + surname, spelling variants, Chinese social names,
                     Gus/Ning/Cak; handles with birth year, initials, nickname + digits or
                     unrelated words; bios naming the agency or the unit (sometimes in
                     English), a role only, or nothing; location strings ("Jogja", "Solo
                     Raya", "Mbantul"); about a third like/follow colleagues' declared
                     accounts; ~1/5 belong to an employee who declared another platform;
                     a few are wives in the roster shown by the husband's name ("Bu Agus").
    namesake   ~33%  a member of the public with exactly an employee's full name (no titles),
                     often in the same town, bio empty or naming another job (ojol,
                     pedagang, mahasiswa, guru les privat, honorer elsewhere, pensiunan ...).
    impostor   ~2.5% copies an employee (same display name, similar bio, another handle),
                     with or without words like "official".
    public     rest  Faker id_ID people, buzzers, fan pages, near-names, wives known by the
                     husband's name ("Bu Bambang Sugiarto", Dharma Wanita) who are not
                     employees, teknonyms, honorary (non-ASN) teachers naming a roster school
                     ("Guru honorer SDN 5 Klaten"). A public account whose name equals an
                     employee's name is counted as namesake.

Truth
    OUT_DIR/truth/links.jsonl: one line per undeclared actor that appears in events:
        {"platform", "user_id", "handle", "nip", "kind"}; kind is employee | namesake |
        public | impostor; nip is the true owner's NIP for kind employee, else null.
    OUT_DIR/truth/actors.jsonl: each actor's presentation (display name, handle, bio,
        location and the styles chosen), the evidence it carries (e.g. bio_unit,
        birth_year_handle, cooccurrence) and related NIPs (the mirrored employee of a
        namesake, the victim of an impostor, the husband of a "Bu X" wife).

Usage
    python benchmarks/linkage_probe_jawa.py OUT_DIR [--employees 3000] [--seed 41]
    Deterministic for a given seed.

All people are invented (Faker id_ID plus name parts of this file); no real person's data.
The Pemilu 2024 presidential pairs and national parties use the public names of
shared/data/pemilu2024_reference.json as targets (public facts); their accounts, ids and posts
are invented, as are all Pilkada candidates.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import string
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from faker import Faker

WIB = timezone(timedelta(hours=7))
PLATFORMS = ["facebook", "instagram", "tiktok", "x", "youtube"]
PLATFORM_W = [36, 26, 18, 15, 5]


def _parts(spec: str) -> list[tuple[str, list[str]]]:
    """'Bambang:Mbang,Bams; Agus' -> [('Bambang', ['Mbang', 'Bams']), ('Agus', ['Agus'])]."""
    out = []
    for item in spec.split(";"):
        item = item.strip()
        if not item:
            continue
        name, _, nicks = item.partition(":")
        out.append(
            (name.strip(), [n.strip() for n in nicks.split(",") if n.strip()] or [name.split()[-1]])
        )
    return out


def _L(s: str, sep: str = "|") -> list[str]:
    return s.split(sep)


def _rows(block: str) -> list[list[str]]:
    return [ln.split(";") for ln in block.strip().splitlines()]


# ---------------------------------------------------------------- name parts
_NAMES = """
JAWA_M_FIRST=Bambang:Mbang,Bams; Agus:Agus,Gus; Joko:Jok,Jack; Budi:Bud,Budi; Eko:Eko; Heru:Her; Hari:Hari; Tri:Tri; Dwi:Dwi; Wahyu:Wahyu,Yu; Slamet:Met,Memet; Teguh:Teguh; Sigit:Git; Priyo:Pri; Yudi:Yud; Didik:Dik; Rudi:Rud; Hadi:Hadi; Adi:Adi; Bayu:Bay; Arief:Rief; Imam:Imam; Edi:Edi; Gatot:Tot; Cahyo:Cahyo,Yoyo; Yoyok:Yoyok; Wahyudi:Yudi
JAWA_M_LAST=Sugiarto:Giarto,Narto; Santoso:Santo; Prasetyo:Pras,Tyo; Wibowo:Bowo; Setiawan:Wawan; Nugroho:Nug; Kurniawan:Wawan; Susanto:Santo; Hartono:Tono; Purnomo:Pur; Widodo:Dodo; Raharjo:Harjo; Saputro:Putro; Susilo:Silo; Utomo:Tomo; Sulistyo:Lis; Wijayanto:Yanto; Suprapto:Prapto; Cahyono:Yono; Sudarmaji:Maji; Winarno:Narno; Triyono:Yono; Kuncoro:Koro; Purwanto:Wanto; Haryanto:Yanto,Anto; Setyawan:Wawan; Riyadi:Yadi; Mulyono:Mul
JAWA_M_SINGLE=Sutrisno:Tris,Trisno; Suparno:Parno; Slamet:Met; Sukardi:Kardi; Sumarno:Marno; Suyanto:Yanto; Haryanto:Yanto; Purwanto:Pur; Subagyo:Bagyo; Warsito:Sito; Sugeng:Geng; Paimin:Min; Tukiman:Man; Sarjono:Jon; Mulyono:Mul; Darsono:Dar; Supardi:Pardi; Sunarto:Narto; Sutarman:Tarman; Wagiman:Giman; Suwarno:Warno; Sukirno:Kirno; Juwadi:Wadi; Sucipto:Cipto
JAWA_F_FIRST=Sri:Sri; Endang:Ndang; Tri:Tri; Dwi:Dwi; Retno:Retno,Nono; Rina:Rin; Dewi:Dew; Yuli:Yul; Eni:En; Nanik:Nik; Puji:Puji; Wulan:Lan; Anik:Nik; Ika:Ika; Ratna:Nana; Tutik:Tut; Umi:Umi; Endah:Ndah; Lilik:Lik; Yayuk:Yayuk; Titik:Tik; Erna:Erna; Siwi:Siwi
JAWA_F_LAST=Wahyuni:Yuni; Lestari:Tari; Rahayu:Ayu; Handayani:Yani; Astuti:Tuti; Suryani:Yani; Ningsih:Ning; Wulandari:Wulan; Rahmawati:Wati; Purwanti:Wanti; Susanti:Santi; Kurniasih:Nia; Hidayati:Yati; Yuliana:Yuli; Pratiwi:Tiwi; Setyaningsih:Ning; Sulistyowati:Lis; Mulyani:Mul; Widayati:Wid; Indrawati:Indra; Sulistyani:Lis; Utami:Tami
JAWA_F_SINGLE=Suparmi:Parmi,Mimi; Sumarni:Marni; Suwarni:Warni; Sulastri:Lastri; Sundari:Ndari; Sriyani:Yani; Painem:Nem; Tumini:Min; Suyatmi:Yatmi; Sukarti:Karti; Ngatini:Tini; Wartini:Tini; Sumiyati:Miyati; Rukmini:Mini; Kasmini:Mini; Sutarmi:Tarmi; Sumarsih:Marsih; Jumiyem:Yem; Sugiyanti:Giyanti
MODERN_M=Rizky:Kiki; Dimas:Dim,Dimas; Aditya:Adit; Fajar:Fajar; Yoga:Yoga; Bagus:Bagus; Galih:Galih; Reza:Eza; Yusuf:Ucup; Andika:Dika; Rendy:Rendy; Wisnu:Wisnu; Anggit:Anggit; Rifqi:Rifqi; Bima:Bima; Ardi:Ardi
MODERN_M_LAST=Pratama:Tama; Saputra:Putra; Nugraha:Nug; Permana:Mana; Wicaksono:Soni; Ramadhan:Rama; Hidayat:Dayat; Firmansyah:Firman; Prakoso:Koso; Kusumo:Kusumo; Hermawan:Awan; Aji:Aji
MODERN_F=Ayu:Ayu; Putri:Putri; Nadia:Nad; Anisa:Nisa; Fitri:Pipit,Fitri; Dian:Dian; Rizka:Kika; Novita:Novi; Intan:Intan; Amalia:Lia; Ratih:Ratih; Desi:Desi; Tika:Tika; Ajeng:Ajeng; Galuh:Galuh
MODERN_F_LAST=Anggraini:Anggi; Puspitasari:Puspita; Maharani:Rani; Kurniawati:Nia; Safitri:Fitri; Oktaviani:Okta; Permatasari:Sari; Kusumawardani:Dani; Nurhayati:Yati; Rahmadani:Dani
TH_M_FIRST=Hendra:Hendra; Budi:Budi; Susanto:Santo; Yohanes:Yohan; Stefanus:Stef; Hartono:Tono; Ferry:Ferry; Willy:Willy; Andreas:Andre; Hendrik:Hendrik; Gunadi:Gun; Rudy:Rudy; Edy:Edy
TH_F_FIRST=Linda:Linda; Yuliana:Yuli; Fransiska:Siska; Melinda:Mel; Irene:Irene; Yenny:Yen; Kristina:Tina; Lily:Lily; Veronika:Vero; Sherly:Sherly; Lanny:Lan
TH_LAST=Gunawan:Goei; Halim:Lim; Wijaya:Oei; Santoso:Tan; Tanoto:Tan; Salim:Liem; Tanujaya:Tan; Setiadi:Sie; Sutanto:Tan; Lukito:Lie; Hartanto:Ang; Widjaja:Oei; Gozali:Go; Kusnadi:Kwee; Tjahjadi:Tjia
TH_SINGLE_F=Lianawati:Lian; Meliana:Mel; Herlina:Lina; Susanti:Santi
TH_SINGLE_M=Hermawan:Awan; Suryadi:Yadi; Gunawan:Gun
SANTRI_M=Rofiq:Rofiq; Fatchurrohman:Fatur,Rohman; Syaiful:Ipul; Kholil:Kholil; Zainal Arifin:Zainal; Ilham:Ilham; Muchlis:Mukhlis; Chusnul Huda:Huda; Nurul Huda:Huda; Hasyim:Hasyim; Syamsul Arifin:Syamsul; Fauzi:Ozi; Sholeh:Sholeh; Jazuli:Jazuli; Holil:Holil; Matrawi:Trawi; Sahlan:Sahlan; Ridwan:Iwan; Mukhlas:Mukhlas; Ghozali:Ghozali; Zainuddin:Udin
ABDUL=Abdul Rohman:Rohman; Abdul Rochim:Rochim; Abdul Gofur:Gofur; Abdul Wahab:Wahab; Abdul Kadir:Kadir; Abdul Malik:Malik; Abdul Aziz:Aziz; Abdul Rozaq:Rozaq
SANTRI_F2=Aminah:Aminah,Mina; Fatimah:Fatim; Khotijah:Tijah; Nurjanah:Nur; Muawanah:Muawanah; Romlah:Romlah; Chotimah:Timah; Zulaikha:Ika; Maimunah:Mun; Hayati:Yati; Laili:Laili; Aini:Aini; Kholifah:Ifah; Azizah:Izah; Fitriyah:Fitri; Hidayah:Dayah; Mahmudah:Mud; Rohmah:Rohmah; Musyarofah:Rofah; Qomariyah:Qom; Sholihah:Lihah; Zaenab:Nab; Jamilah:Mila; Mukaromah:Romah; Munawaroh:Nawa; Khusnul Khotimah:Khusnul; Ummi Kultsum:Ummi; Nurul Hidayah:Nurul; Khoirun Nisa:Nisa; Lailatul Fitriyah:Laila
SANTRI_M_LAST=Hakim:Hakim; Anwar:Anwar; Hidayat:Dayat; Arifin:Arifin; Fanani:Fanani; Mubarok:Barok; Hasan:Hasan; Asyari:Asyari; Rosyidi:Rosyid; Mansur:Mansur; Huda:Huda; Syafii:Syafii
SANTRI_F=Siti Aminah:Aminah,Mina; Siti Fatimah:Fatim; Siti Khotijah:Tijah; Siti Nurjanah:Nur; Siti Muawanah:Muawanah; Siti Romlah:Romlah; Siti Chotimah:Timah; Siti Zulaikha:Ika; Nur Hayati:Yati; Nur Laili:Laili; Nur Aini:Aini; Nur Kholifah:Ifah; Lailatul Fitriyah:Laila; Ummi Kultsum:Ummi; Nurul Hidayah:Nurul; Khoirun Nisa:Nisa; Siti Maimunah:Mun; Nur Azizah:Izah
"""
NP = {k: _parts(v) for k, v in (ln.split("=", 1) for ln in _NAMES.strip().splitlines())}
JAWA_M_FIRST, JAWA_M_LAST, JAWA_M_SINGLE = (
    NP["JAWA_M_FIRST"],
    NP["JAWA_M_LAST"],
    NP["JAWA_M_SINGLE"],
)
JAWA_F_FIRST, JAWA_F_LAST, JAWA_F_SINGLE = (
    NP["JAWA_F_FIRST"],
    NP["JAWA_F_LAST"],
    NP["JAWA_F_SINGLE"],
)
MODERN_M, MODERN_M_LAST = NP["MODERN_M"], NP["MODERN_M_LAST"]
MODERN_F, MODERN_F_LAST = NP["MODERN_F"], NP["MODERN_F_LAST"]
TH_M_FIRST, TH_F_FIRST, TH_LAST = NP["TH_M_FIRST"], NP["TH_F_FIRST"], NP["TH_LAST"]
TH_SINGLE_F, TH_SINGLE_M = NP["TH_SINGLE_F"], NP["TH_SINGLE_M"]
SANTRI_M, ABDUL, SANTRI_F = NP["SANTRI_M"], NP["ABDUL"], NP["SANTRI_F"]
SANTRI_F2, SANTRI_M_LAST = NP["SANTRI_F2"], NP["SANTRI_M_LAST"]
TH_GIVEN = _L(
    "Swie Hok|Bun Liong|Kian Hwa|Tjoen Hong|Hok Gie|Ing Tjiang|Mei Lan|Lian Hwa|Giok Lan|Siok Hoa|Bie Lian|Swan Nio"
)
SANTRI_M_PRE = _L("Moh.|Muhammad|Mohammad|Achmad|Ahmad|M.|Mochamad")
SPELLING = [
    _L(g)
    for g in _L(
        "Fatchurrohman|Fathurrahman|Fathurrohman|Faturrahman;Chusnul|Husnul|Khusnul;Kholil|Cholil|Khalil;Holil|Kholil;Achmad|Ahmad|Akhmad;Muhammad|Muhamad|Mochammad|Muh.;Mohammad|Mohamad|Moh.;Moh.|Mohammad|Muhammad;M.|Muhammad|Moch.;Mochamad|Mohamad|Moch.;Muchlis|Mukhlis|Muhlis;Chotimah|Khotimah|Hotimah;Khotijah|Khadijah|Chotijah;Syaiful|Saiful|Syaeful;Zainuddin|Zainudin;Rofiq|Rofik|Rafiq;Nurjanah|Nurjannah;Fitriyah|Fitriah;Kultsum|Kulsum;Ghozali|Gozali;Rochim|Rohim;Arief|Arif;Setyawan|Setiawan;Riyadi|Riadi;Cahyo|Tjahjo|Cahya;Rozaq|Rozak|Razak",
        ";",
    )
]
WEAK_PARTS = set(
    _L(
        "Sri|Siti|Nur|Tri|Dwi|Muhammad|Mohammad|Moh.|M.|Achmad|Ahmad|Mochamad|Abdul|Nurul|Lailatul|Ummi|Khoirun|Siti Nur"
    )
)

# ---------------------------------------------------------------- towns and agencies
# key; official name; short; region; location aliases; kecamatan
_TOWNS = """
smg;Kota Semarang;Semarang;33.74;Semarang|Semarang, Jawa Tengah|SMG|Kota Semarang|Semarang Atas;Banyumanik Tembalang Candisari Gajahmungkur Ngaliyan Pedurungan
ska;Kota Surakarta;Surakarta;33.72;Solo|Surakarta|Solo Raya|Solo, Jateng|Kota Bengawan;Laweyan Banjarsari Jebres Serengan Pasar_Kliwon
klt;Kabupaten Klaten;Klaten;33.10;Klaten|Klaten Bersinar|Solo Raya|Klaten, Jawa Tengah;Wedi Delanggu Prambanan Cawas Klaten_Tengah Jogonalan
slm;Kabupaten Sleman;Sleman;34.04;Sleman|Jogja|Yogyakarta|Sleman, DIY|Jogjakarta;Depok Ngemplak Mlati Godean Kalasan Turi
btl;Kabupaten Bantul;Bantul;34.02;Bantul|Mbantul|Jogja|Bantul, DI Yogyakarta|Bantul Projotamansari;Sewon Kasihan Imogiri Banguntapan Pandak Pleret
ygy;Kota Yogyakarta;Yogyakarta;34.71;Yogyakarta|Jogja|Yogya|Ngayogyakarta Hadiningrat|Kota Jogja;Gondokusuman Umbulharjo Kotagede Jetis Mergangsan Wirobrajan
sby;Kota Surabaya;Surabaya;35.78;Surabaya|Suroboyo|SBY|Surabaya, Jawa Timur|Kota Pahlawan;Wonokromo Rungkut Tegalsari Gubeng Sukolilo Tandes
mlg;Kota Malang;Malang;35.73;Malang|Kota Malang|Ngalam|Malang, Jatim|Malang Raya;Lowokwaru Klojen Blimbing Sukun Kedungkandang
kdr;Kota Kediri;Kediri;35.71;Kediri|Kota Tahu|Kediri, Jawa Timur|Kediri Raya;Mojoroto Pesantren Kota
"""
TOWNS = {r[0]: tuple(r[1:]) for r in _rows(_TOWNS)}
# code; name; parent; town ("" = central); kind; short name for bios; English; weight
_AGENCIES = """
KEMDIKBUDRISTEK;Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi;;;;;;0
KEMENAG;Kementerian Agama;;;;;;0
KEMENKEU;Kementerian Keuangan;;;;;;0
BPS;Badan Pusat Statistik;;;;;;0
PEMKOT-SMG;Pemerintah Kota Semarang;;smg;pemda;Pemkot Semarang;Semarang City Government;10
DISDIK-SMG;Dinas Pendidikan Kota Semarang;PEMKOT-SMG;smg;sekolah;Disdik Kota Semarang;Semarang City Education Office;10
RSUD-SMG;RSUD Kota Semarang;PEMKOT-SMG;smg;rs;RSUD Kota Semarang;Semarang City General Hospital;5
PEMKOT-SKA;Pemerintah Kota Surakarta;;ska;pemda;Pemkot Solo;Surakarta City Government;8
PEMKAB-KLT;Pemerintah Kabupaten Klaten;;klt;pemda;Pemkab Klaten;Klaten Regency Government;7
DINKES-KLT;Dinas Kesehatan Kabupaten Klaten;PEMKAB-KLT;klt;puskesmas;Dinkes Klaten;Klaten Regency Health Office;5
PEMKAB-SLM;Pemerintah Kabupaten Sleman;;slm;pemda;Pemkab Sleman;Sleman Regency Government;6
DISDIK-SLM;Dinas Pendidikan Kabupaten Sleman;PEMKAB-SLM;slm;sekolah;Disdik Sleman;Sleman Regency Education Office;8
PEMKAB-BTL;Pemerintah Kabupaten Bantul;;btl;pemda;Pemkab Bantul;Bantul Regency Government;6
PEMKOT-YK;Pemerintah Kota Yogyakarta;;ygy;pemda;Pemkot Jogja;Yogyakarta City Government;6
PEMKOT-SBY;Pemerintah Kota Surabaya;;sby;pemda;Pemkot Surabaya;Surabaya City Government;10
DISPENDIK-SBY;Dinas Pendidikan Kota Surabaya;PEMKOT-SBY;sby;sekolah;Dispendik Surabaya;Surabaya City Education Office;10
PEMKOT-MLG;Pemerintah Kota Malang;;mlg;pemda;Pemkot Malang;Malang City Government;7
PEMKOT-KDR;Pemerintah Kota Kediri;;kdr;pemda;Pemkot Kediri;Kediri City Government;5
UNNES;Universitas Negeri Semarang;KEMDIKBUDRISTEK;smg;univ;UNNES;Universitas Negeri Semarang (State University of Semarang);5
KANKEMENAG-KLT;Kantor Kementerian Agama Kabupaten Klaten;KEMENAG;klt;kemenag;Kemenag Klaten;Ministry of Religious Affairs, Klaten office;3
KPP-SBY;KPP Pratama Surabaya Rungkut;KEMENKEU;sby;pajak;KPP Pratama Surabaya Rungkut;Surabaya Rungkut Tax Office;2
BPS-DIY;Badan Pusat Statistik Provinsi DI Yogyakarta;BPS;btl;bps;BPS DIY;Statistics Indonesia, DIY office;2
"""
AGENCIES = [(*r[:7], int(r[7])) for r in _rows(_AGENCIES)]
PEMDA_UNITS = _L(
    "Sekretariat Daerah|Bappeda|Dinas Kependudukan dan Pencatatan Sipil|Dinas Perhubungan|BPKAD|Satpol PP|Dinas Sosial|Dinas Lingkungan Hidup|Inspektorat|BKPSDM|Dinas Pekerjaan Umum"
)
FACULTIES = _L(
    "Fakultas Ilmu Pendidikan|Fakultas Teknik|Fakultas Ekonomi|Fakultas Ilmu Sosial|Fakultas Bahasa dan Seni|Fakultas Ilmu Keolahragaan|Biro Akademik"
)
# agency kind; role; positions; weight
_ROLES = """
sekolah;guru;Guru Kelas|Guru Matematika|Guru Bahasa Indonesia|Guru Bahasa Inggris|Guru IPA|Guru PJOK|Guru Bahasa Jawa|Guru BK;70
sekolah;guru_pai;Guru Pendidikan Agama Islam;8
sekolah;kepsek;Kepala Sekolah;8
sekolah;tendik;Tenaga Administrasi Sekolah|Pustakawan Sekolah;10
sekolah;pengawas;Pengawas Sekolah;4
rs;perawat;Perawat Terampil|Perawat Ahli Pertama|Perawat Penyelia;45
rs;bidan;Bidan Terampil|Bidan Ahli Pertama;15
rs;dokter;Dokter Ahli Pertama|Dokter Ahli Muda;12
rs;dokter_sp;Dokter Spesialis Anak|Dokter Spesialis Penyakit Dalam|Dokter Spesialis Bedah;6
rs;nakes;Apoteker|Pranata Laboratorium Kesehatan|Nutrisionis|Perekam Medis|Radiografer;14
rs;staf;Pengadministrasi Umum|Pengelola Keuangan;8
puskesmas;perawat;Perawat Terampil|Perawat Mahir;35
puskesmas;bidan;Bidan Terampil|Bidan Mahir|Bidan Ahli Pertama;30
puskesmas;dokter;Dokter Ahli Pertama;8
puskesmas;nakes;Sanitarian|Nutrisionis|Apoteker|Penyuluh Kesehatan Masyarakat;17
puskesmas;kapus;Kepala Puskesmas;3
puskesmas;staf;Pengadministrasi Umum;7
pemda;staf;Pengadministrasi Umum|Pengelola Keuangan|Pranata Komputer|Arsiparis|Analis Kebijakan|Pengelola Data|Penata Kelola Sistem Informasi;55
pemda;pejabat;Kepala Seksi|Kepala Bidang|Kepala Subbagian|Sekretaris Dinas;12
pemda;camat;Camat|Sekretaris Kecamatan;3
pemda;lurah;Lurah|Sekretaris Kelurahan;6
pemda;satpol;Polisi Pamong Praja;10
pemda;teknik;Teknik Pengairan|Teknik Jalan dan Jembatan|Penata Ruang;8
pemda;penyuluh;Penyuluh Sosial|Pekerja Sosial;6
univ;dosen;Dosen|Lektor|Lektor Kepala|Asisten Ahli;60
univ;tendik;Tenaga Kependidikan|Pustakawan|Laboran|Pranata Komputer;40
kemenag;penghulu;Penghulu|Penyuluh Agama Islam;45
kemenag;guru_pai;Guru MTsN|Guru MAN;35
kemenag;staf;Pengadministrasi Umum|Analis Kepegawaian;20
pajak;pajak;Account Representative|Pemeriksa Pajak|Penelaah Keberatan;70
pajak;staf;Pengolah Data|Pelaksana;30
bps;statistisi;Statistisi|Pranata Komputer;75
bps;staf;Pengadministrasi Umum;25
"""
ROLES: dict[str, list[tuple[str, str, int]]] = {}
for _k, _r, _p, _w in _rows(_ROLES):
    ROLES.setdefault(_k, []).append((_r, _p, int(_w)))
# role; bio word; English; honorific (male/female)
_ROLE_BIO = """
guru;Guru;Teacher;Pak Guru/Bu Guru
guru_pai;Guru PAI;Islamic studies teacher;Pak Ustadz/Bu Guru
kepsek;Kepala Sekolah;Headmaster;Pak Kepsek/Bu Kepsek
tendik;Tendik;School staff;Pak/Bu
pengawas;Pengawas Sekolah;School supervisor;Pak/Bu
perawat;Perawat;Nurse;Mas Perawat/Ners
bidan;Bidan;Midwife;Pak/Bu Bidan
dokter;Dokter;Doctor;Pak Dokter/Bu Dokter
dokter_sp;Dokter spesialis;Specialist doctor;dokter/dokter
nakes;Nakes;Health worker;Pak/Bu
kapus;Kepala Puskesmas;Head of Puskesmas;Pak Dokter/Bu Dokter
staf;ASN;Civil servant;Pak/Bu
pejabat;Abdi negara;Civil servant;Pak/Bu
camat;Camat;Sub-district head;Pak Camat/Bu Camat
lurah;Lurah;Village head;Pak Lurah/Bu Lurah
satpol;Satpol PP;Municipal police;Pak/Bu
teknik;ASN teknik;Civil engineer;Pak/Bu
penyuluh;Penyuluh;Social worker;Pak/Bu
dosen;Dosen;Lecturer;Pak Dosen/Bu Dosen
penghulu;Penghulu KUA;Marriage registrar;Pak Penghulu/Bu
pajak;Pegawai pajak;Tax officer;Pak/Bu
statistisi;Statistisi;Statistician;Pak/Bu
"""
ROLE_BIO = {r[0]: (r[1], r[2]) for r in _rows(_ROLE_BIO)}
HONORIFIC = {r[0]: tuple(r[3].split("/")) for r in _rows(_ROLE_BIO)}
OTHER_JOBS = _L(
    "Driver ojol {town}|Ojol Grab {town} - narik tiap hari|Pedagang bakso di pasar|Jualan sembako, melayani COD {town}|Mahasiswa {uni}|Karyawan swasta|Karyawan pabrik tekstil|Guru les privat Matematika & IPA|Guru les privat SD-SMP {town}|Honorer {other_agency}|Tenaga honorer {other_agency}|Pensiunan guru SD|Pensiunan PNS|Ibu rumah tangga|Petani {town}|Wiraswasta|Jualan online - shopee & tiktokshop|Bengkel motor {town}|Satpam perumahan|Karyawan bank swasta|Penjahit|Tukang foto wisuda {town}|Sales motor"
)
UNIS = _L("UNS|UGM|UNDIP|UNAIR|UB|UMS|UNY|UIN Walisongo|UII|Unesa")
PERSONAL_BIO = _L(
    "Bapak 2 anak, kicau mania|Ibu dari 3 anak hebat|Hamba Allah yang dhoif|Urip iku urup|Penikmat kopi & senja|Pecinta burung kicau|Alhamdulillah ala kulli hal|Sabar, syukur, ikhlas|Istri & ibu|Mancing mania|Suka masak, suka jalan-jalan|Gowes tiap Minggu|Bonek sejati|Aremania|Pasoepati|Berusaha jadi lebih baik|"
)
TEKNO_M = _L("Pakne {c}|Ayah {c}|Abah {c}|Bapake {c}|Papa {c}")
TEKNO_F = _L("Bune {c}|Mamah {c}|Umi {c}|Ibune {c}|Mama {c}|Bunda {c}")
CHILD = _L(
    "Dimas|Kayla|Raka|Zahra|Fauzan|Alya|Bima|Naura|Rafa|Keisha|Dafa|Salsa|Arka|Nayla|Galang|Aisyah"
)
UNRELATED_HANDLE = _L(
    "kopi_senja|pecinta_kicau|lare_ngalam|arek_suroboyo|wong_jowo|cah_klaten|bocah_sleman|sedulur_solo|mancing_mania|gowes_santai|angkringan|wedangan|pejuang_rupiah|jogja_istimewa|mbah_kakung|sobat_ambyar"
)
BUZZERS = _L(
    "Relawan Nusantara Bersatu {n}|Suara Rakyat {town}|Info Politik {town}|Barisan Pendukung {n}|Gerakan Muda {town}|Laskar Digital {n}|Sahabat Capres {n}|Rakyat Jelata {n}"
)
FANPAGES = _L(
    "Info {town}|{town} Update|Kuliner {town}|Loker {town}|Kabar {town} Hari Ini|Wisata {town}|Info Cegatan {town}|Jual Beli {town}|Persis Solo Fans|Persebaya Mania|Arema Voice|PSIS Semarang Fans|Komunitas Vespa {town}"
)
CANDIDATE_POSTS = _L(
    "Terima kasih warga {town} atas sambutan luar biasa hari ini!|Debat malam ini: pendidikan, kesehatan dan lapangan kerja.|Blusukan ke pasar tradisional {town}, harga cabai mulai turun.|Kampanye akbar di {town}, ayo datang bersama keluarga.|Bersama guru honorer kita berjuang untuk kesejahteraan.|Silaturahmi dengan para kiai dan santri di {town}.|Program kami untuk UMKM: modal usaha tanpa bunga.|Mohon doa restu, perjuangan belum selesai.|Jangan lupa datang ke TPS, satu suara menentukan!|Nonton bareng debat capres di posko {town}."
)
SUPPORT_COMMENTS = _L(
    "Semangat terus pak!|Lanjutkan!|Sehat selalu bapak|Siap menangkan!|Butuh pemimpin seperti njenengan|Gas pol!|Aamiin, semoga amanah|Mugi-mugi sukses pak|Salam dari {loc}|Top markotop|Nderek dukung|Mantul pak|Insya Allah menang|Wis mesti iki|Suroboyo siap!|Jogja mendukung|Tetap rendah hati pak|Keren programnya|{loc} siap coblos!|Monggo pinarak ke {loc}"
)
NEUTRAL_POSTS = _L(
    "Alhamdulillah hari ini cerah|Sarapan dulu sebelum kerja|Macet parah di jalan utama {loc}|Selamat hari Jumat, jangan lupa bersedekah|Hujan deres, ati-ati neng dalan|Mancing dulu biar waras|Kulineran malam ini soto seger|Selamat ulang tahun anakku|Mudik lebaran, jalur ramai lancar"
)
JOB_POSTS = {
    "employee": _L(
        "Upacara Hari Kesadaran Nasional di {unit}|Rapat koordinasi di {unit} hari ini|Alhamdulillah selesai akreditasi {unit}|Pelayanan tetap buka di {unit} sampai sore|Piket hari ini di {unit}, semangat!|Senam pagi bersama keluarga besar {unit}"
    ),
    "namesake": _L(
        "Narik dulu, semoga orderan rame|Dagangan hari ini laris manis alhamdulillah|Tugas kuliah numpuk|Lembur lagi di pabrik|Les privat hari ini libur dulu|Pensiun tetap produktif, berkebun di rumah"
    ),
    "impostor": _L(
        "Info lowongan tenaga honorer {unit}, hubungi WA admin 08{n}|Dibuka pendaftaran bantuan sosial, isi data di link bio|Butuh dana cepat? Hubungi saya di WA 08{n}"
    ),
}
DECLARED_POSTS = _L(
    "Kegiatan hari ini di {unit}|Sosialisasi pelayanan publik {agency}|Selamat Hari Guru Nasional!|Apel pagi bersama rekan-rekan {unit}|Peringatan HUT RI di {unit}|Workshop peningkatan kompetensi ASN {agency}|Bakti sosial keluarga besar {agency}|Posyandu balita bersama kader {unit}"
)


BIO_EV = {k: ["bio_" + k] for k in ("agency", "unit", "role", "english")}
TARGET_COLS = _L("target_id,name,kind,election_id,ballot_number,party,platform,handle,user_id", ",")
_STAGES = {
    "pemilu": "candidacy,2023-10-19,2023-11-27 campaign,2023-11-28,2024-02-10 quiet,2024-02-11,2024-02-13 voting,2024-02-14,2024-02-14 counting,2024-02-15,2024-03-20 result,2024-03-20,2024-03-20",
    "pilkada": "candidacy,2024-08-27,2024-09-24 campaign,2024-09-25,2024-11-23 quiet,2024-11-24,2024-11-26 voting,2024-11-27,2024-11-27 counting,2024-11-28,2024-12-16 result,2024-12-16,2024-12-16",
}
_ELECTIONS = """
PILPRES-2024;Pemilihan Presiden dan Wakil Presiden 2024;presidential;;pemilu;
PILEG-2024;Pemilihan Umum Anggota DPR, DPD dan DPRD 2024;legislative;;pemilu;
PILGUB-JATENG-2024;Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah 2024;regional_head;33;pilkada;smg ska klt
PILGUB-JATIM-2024;Pemilihan Gubernur dan Wakil Gubernur Jawa Timur 2024;regional_head;35;pilkada;sby mlg kdr
"""


def old_spelling(name: str) -> str:
    """Pre-1972 spelling: j->dj, y->j, c->tj, u->oe, kh->ch (Sutrisno->Soetrisno, Cahyo->Tjahjo)."""
    out = []
    for w in name.split():
        lw = (
            w.lower()
            .replace("kh", "ch")
            .replace("j", "dj")
            .replace("y", "j")
            .replace("c", "tj")
            .replace("tjh", "ch")
            .replace("u", "oe")
        )
        out.append(lw[:1].upper() + lw[1:] if w[:1].isupper() else lw)
    return " ".join(out)


# combinations that would name well-known public figures: never generated
BLOCKED_NAMES = {"Joko Widodo", "Budi Gunawan", "Budi Santoso Gunawan"}


def make_parts(
    rng: random.Random, group: str, gender: str, birth_year: int, fake: Faker | None = None
) -> list[tuple[str, list[str]]]:
    while True:
        parts = _make_parts(rng, group, gender, birth_year, fake)
        if core_of(parts) not in BLOCKED_NAMES:
            return parts


def call_name(e: dict) -> str:
    """The word people call someone by: the first part that is not Sri/Siti/Moh./..."""
    return next((w for w in e["core_modern"].split() if w not in WEAK_PARTS), e["core_modern"])


def _make_parts(
    rng: random.Random, group: str, gender: str, by: int, fake: Faker | None
) -> list[tuple[str, list[str]]]:
    pick, r = rng.choice, rng.random()
    male = gender == "M"
    if group == "jawa":
        if fake is not None and (r < 0.12 or (by >= 1986 and r < 0.3)):
            fn = fake.first_name_male() if male else fake.first_name_female()
            ln = fake.last_name_male() if male else fake.last_name_female()
            return [(fn, [fn]), (ln, [ln])]
        if by >= 1986 and r < 0.6:
            first = pick(MODERN_M if male else MODERN_F)
            return [
                first,
                pick(MODERN_M_LAST + JAWA_M_LAST if male else MODERN_F_LAST + JAWA_F_LAST),
            ]
        if by < 1976 and r > 0.88:
            return [pick(JAWA_M_SINGLE if male else JAWA_F_SINGLE)]
        parts = [pick(JAWA_M_FIRST if male else JAWA_F_FIRST), ("", [])]
        while not parts[1][0] or parts[1][0][:4] in (parts[0][0][:4], parts[0][0][-4:]):
            parts[1] = pick(JAWA_M_LAST if male else JAWA_F_LAST)
        if rng.random() < 0.35:
            mid = pick(
                _L("Tri|Dwi|Eko|Budi|Adi|Hari|Nur|Agus")
                if male
                else _L("Sri|Tri|Dwi|Endah|Nur|Dyah|Ayu")
            )
            if mid != parts[0][0]:
                parts.insert(1, (mid, [mid]))
        return parts
    if group == "tionghoa":
        if r < 0.07:
            return [pick(TH_SINGLE_M if male else TH_SINGLE_F)]
        first = pick(TH_M_FIRST if male else TH_F_FIRST)
        if r < 0.28:
            return [first, pick(JAWA_M_LAST[:4]), pick(TH_LAST)]
        return [first, pick(TH_LAST)]
    # santri / Madurese
    if male:
        parts = [pick(ABDUL)] if r < 0.15 else [(pre := pick(SANTRI_M_PRE), [pre]), pick(SANTRI_M)]
        if rng.random() < 0.4:
            parts.append(pick(SANTRI_M_LAST + JAWA_M_LAST))
        return parts
    pre = pick(_L("Siti|Siti|Nur|Nur|Siti Nur|Umi||"))
    parts = ([(pre, [pre])] if pre else []) + [pick(SANTRI_F2)]
    if rng.random() < 0.25:
        parts.append(pick(JAWA_F_LAST))
    return parts


def core_of(parts: list[tuple[str, list[str]]]) -> str:
    return " ".join(p for p, _ in parts)


def nicks_of(parts: list[tuple[str, list[str]]]) -> list[str]:
    out = [n for p, ns in parts if p not in WEAK_PARTS for n in ns]
    return out or [parts[-1][0].split()[-1]]


def titled(
    rng: random.Random, core: str, role: str, position: str, gender: str, by: int, group: str
) -> str:
    r = rng.random
    pre: list[str] = []
    post: list[str] = []
    old = by < 1971
    if role in ("guru", "kepsek", "pengawas"):
        if old and r() < 0.35:
            pre.append("Drs." if gender == "M" else "Dra.")
            post += ["M.Pd."] if r() < 0.4 else []
        else:
            post.append("S.Pd.SD" if r() < 0.1 else "S.Pd.")
            if r() < (0.5 if role != "guru" else 0.12):
                post.append("M.Pd.")
    elif role == "guru_pai":
        post.append(rng.choice(["S.Pd.I.", "S.Ag.", "S.Pd."]))
    elif role == "tendik":
        post += [] if r() < 0.4 else [rng.choice(["A.Md.", "S.E.", "S.Kom.", "S.IP."])]
    elif role == "perawat":
        x = r()
        if x < 0.4:
            pre.append("Ns.")
            post.append("S.Kep.")
        elif x < 0.55:
            post += ["S.Kep.", "Ns."]
        else:
            post.append("A.Md.Kep.")
    elif role == "bidan":
        post.append(rng.choice(["A.Md.Keb.", "A.Md.Keb.", "S.Tr.Keb.", "S.ST."]))
    elif role in ("dokter", "kapus"):
        pre.append("dr.")
        post += ["M.Kes."] if r() < (0.25 if role == "dokter" else 0.7) else []
    elif role == "dokter_sp":
        pre.append("dr.")
        post.append({"Anak": "Sp.A.", "Dalam": "Sp.PD."}.get(position.split()[-1], "Sp.B."))
    elif role == "nakes":
        post.append(
            {"Apoteker": "S.Farm., Apt.", "Nutrisionis": "S.Gz.", "Sanitarian": "S.KM."}.get(
                position, rng.choice(["A.Md.AK.", "A.Md.Rad.", "S.KM.", "A.Md.RMIK"])
            )
        )
    elif role in ("staf", "satpol", "penyuluh"):
        if r() > 0.35:
            post.append(
                rng.choice(
                    ["S.E.", "S.Sos.", "S.H.", "S.AP.", "S.Kom.", "A.Md.", "S.IP.", "S.Psi."]
                )
            )
            post += ["M.M."] if r() < 0.1 else []
    elif role in ("pejabat", "camat", "lurah"):
        if old and r() < 0.3:
            pre.append("Drs." if gender == "M" else "Dra.")
            post.append("M.Si.")
        else:
            post += rng.choice(
                [
                    ["S.Sos.", "M.Si."],
                    ["S.H.", "M.H."],
                    ["S.E.", "M.M."],
                    ["S.STP.", "M.Si."],
                    ["S.IP."],
                    ["S.T.", "M.T."],
                ]
            )
    elif role == "teknik":
        if old and r() < 0.4:
            pre.append("Ir.")
        else:
            post += ["S.T."] + (["M.T."] if r() < 0.25 else [])
    elif role == "dosen":
        if r() < 0.05:
            pre += ["Prof.", "Dr."]
        elif r() < 0.35:
            pre.append("Dr.")
        post += rng.choice(
            [
                ["S.Pd.", "M.Pd."],
                ["M.Si."],
                ["S.E.", "M.Si."],
                ["M.Pd."],
                ["S.T.", "M.Eng."],
                ["S.S.", "M.Hum."],
            ]
        )
    elif role == "penghulu":
        post.append(rng.choice(["S.Ag.", "S.H.I.", "S.Sy.", "M.H.I."]))
    elif role == "pajak":
        post.append(rng.choice(["S.E.", "S.Ak.", "A.Md.", "S.E., M.Ak.", "S.Tr.Ak."]))
    elif role == "statistisi":
        post.append(rng.choice(["S.Si.", "S.Tr.Stat.", "S.ST.", "S.Si., M.Si."]))
    if by < 1978 and r() < (0.35 if group == "santri" else 0.12):
        pre.append("H." if gender == "M" else "Hj.")
    body = core.upper() if r() < 0.08 else core
    name = " ".join([*pre, body])
    return name + (", " + ", ".join(post) if post else "")


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", s.lower().replace("'", "")).strip()


class Ids:
    """Unique user ids and handles per platform."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.uids: set[str] = set()
        self.handles: set[tuple[str, str]] = set()

    def uid(self, platform: str) -> str:
        rng = self.rng
        while True:
            if platform == "x":
                u = str(rng.randrange(10**8, 10**19))
            elif platform == "facebook":
                u = "1000" + str(rng.randrange(10**10, 10**11))
            elif platform == "instagram":
                u = str(rng.randrange(10**8, 6 * 10**10))
            elif platform == "tiktok":
                u = str(rng.randrange(6 * 10**18, 7 * 10**18))
            else:
                u = "UC" + "".join(
                    rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(22)
                )
            if (platform, u) not in self.uids:
                self.uids.add((platform, u))
                return u

    def handle(self, platform: str, base: str) -> str:
        b = base.lower().replace(" ", ".")
        if platform == "x":
            b = re.sub(r"[^a-z0-9_]", "", b.replace(".", "_"))[:15]
        elif platform == "facebook":
            b = re.sub(r"[^a-z0-9.]", "", b.replace("_", "."))[:30]
        else:
            b = re.sub(r"[^a-z0-9._]", "", b)[:24]
        b = re.sub(r"[._]{2,}", lambda m: m.group(0)[0], b).strip("._") or "user"
        while len(b) < 5:
            b += str(self.rng.randrange(10))
        h = b
        while (platform, h) in self.handles:
            h = (b[:11] if platform == "x" else b) + str(self.rng.randrange(1, 999))
        self.handles.add((platform, h))
        return h


# ---------------------------------------------------------------- roster
def rand_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


class World:
    def __init__(self, n_employees: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        self.ids = Ids(self.rng)
        self.n = n_employees
        self.agencies = {a[0]: a for a in AGENCIES}
        self.emps: list[dict] = []
        self.nip_seq: dict[str, int] = {}
        self.accounts: list[dict] = []  # declared
        self.targets: list[dict] = []
        self.elections: list[tuple] = []
        self.posts: dict[str, list[dict]] = {
            p: [] for p in PLATFORMS
        }  # political posts per platform
        self.decl_posts: list[dict] = []
        self.actors: list[dict] = []
        self.events: list[dict] = []
        self.event_ids: set[str] = set()

    # ---- employees
    def town_group(self, town: str) -> str:
        east = town in ("sby", "mlg", "kdr")
        return self.rng.choices(
            ["jawa", "santri", "tionghoa"], [63, 30, 7] if east else [82, 12, 6]
        )[0]

    def assign_job(self, e: dict, code: str, role: str | None = None) -> None:
        rng = self.rng
        a = self.agencies[code]
        town, kind = a[3], a[4]
        tname, tshort, _, _, kecs = TOWNS[town]
        kec = rng.choice(kecs.split()).replace("_", " ")
        if role is None:
            opts = ROLES[kind]
            role_t = rng.choices(opts, [o[2] for o in opts])[0]
            if e["gender"] == "M" and role_t[0] == "bidan":
                role_t = opts[0]
        else:
            role_t = next((o for o in ROLES[kind] if o[0] == role), ROLES[kind][0])
        role = role_t[0]
        position = rng.choice(role_t[1].split("|"))
        if kind == "sekolah":
            lvl = (
                "SD"
                if role in ("guru", "kepsek", "tendik") and rng.random() < 0.55
                else rng.choice(["SMP", "SMP", "SMA"])
            )
            k = rng.randrange(1, {"SD": 60, "SMP": 35, "SMA": 16}[lvl])
            if lvl == "SD" and town == "smg" and rng.random() < 0.6:
                unit = f"SD Negeri {kec} {k:02d}"
            else:
                unit = f"{lvl}N {k} {tshort}"
            if lvl == "SD" and role == "guru":
                position = "Guru Kelas"
            unit_bio = unit
            if role == "pengawas":
                unit, unit_bio = "Bidang Pembinaan", a[5]
        elif kind == "rs":
            unit = rng.choice(
                [
                    "Instalasi Gawat Darurat",
                    "Instalasi Rawat Inap",
                    "Instalasi Rawat Jalan",
                    "ICU",
                    "Instalasi Farmasi",
                    "Ruang Bersalin",
                    "Bagian Umum",
                ]
            )
            unit_bio = a[5]
        elif kind == "puskesmas":
            unit = unit_bio = f"Puskesmas {kec}"
        elif kind == "pemda":
            if role == "camat" or (role in ("staf", "pejabat") and rng.random() < 0.25):
                unit = unit_bio = f"Kecamatan {kec}"
            elif role == "lurah" or (role == "staf" and rng.random() < 0.2):
                unit = unit_bio = f"Kelurahan {kec}"
            else:
                unit = {
                    "satpol": "Satpol PP",
                    "teknik": "Dinas Pekerjaan Umum",
                    "penyuluh": "Dinas Sosial",
                }.get(role) or rng.choice(PEMDA_UNITS)
                unit_bio = (
                    f"{unit} {tname}" if "Kabupaten" not in tname else f"{unit} Kab. {tshort}"
                )
        elif kind == "univ":
            unit = rng.choice(FACULTIES)
            unit_bio = f"{unit} UNNES"
        elif kind == "kemenag":
            if role == "guru_pai":
                unit = unit_bio = f"{rng.choice(['MTsN', 'MAN'])} {rng.randrange(1, 6)} Klaten"
            elif role == "penghulu":
                unit = unit_bio = f"KUA Kecamatan {kec}"
            else:
                unit, unit_bio = "Seksi Pendidikan Madrasah", a[5]
        else:
            unit = rng.choice(
                ["Seksi Pengawasan", "Seksi Pemeriksaan", "Seksi Pelayanan"]
                if kind == "pajak"
                else ["Bidang Statistik Sosial", "Bidang Distribusi", "Bidang IPDS"]
            )
            unit_bio = a[5]
        e.update(
            agency=code,
            town=town,
            kind=kind,
            role=role,
            position=position,
            unit=unit,
            unit_bio=unit_bio,
            kec=kec,
        )

    def set_name(
        self, e: dict, parts: list[tuple[str, list[str]]], group: str | None = None
    ) -> None:
        rng = self.rng
        if group:
            e["group"] = group
        e["parts"] = parts
        e["core_modern"] = core_of(parts)
        core = e["core_modern"]
        if e["group"] == "jawa" and e["birth"].year < 1971 and rng.random() < 0.4:
            core = old_spelling(core)
        e["core"] = core
        e["nicks"] = nicks_of(parts[:1] if e["group"] == "tionghoa" else parts)
        e["name"] = titled(
            rng, core, e["role"], e["position"], e["gender"], e["birth"].year, e["group"]
        )
        e["chinese"] = None
        if e["group"] == "tionghoa":
            clan = next(
                (ns[0] for p, ns in TH_LAST if p == parts[-1][0]),
                rng.choice(["Tan", "Liem", "Oei", "Go"]),
            )
            e["chinese"] = f"{clan} {rng.choice(TH_GIVEN)}"

    def new_nip(self, e: dict, pppk: bool) -> None:
        rng = self.rng
        b = e["birth"]
        if pppk:
            ay, am = rng.choice([2021, 2022, 2023]), rng.choice([3, 4, 10, 12])
        else:
            ay = min(2023, max(1988, b.year + rng.randrange(22, 34)))
            am = rng.choice([1, 1, 3, 3, 4, 10, 12, rng.randrange(1, 13)])
        key = f"{b:%Y%m%d}{ay:04d}{am:02d}{1 if e['gender'] == 'M' else 2}"
        self.nip_seq[key] = self.nip_seq.get(key, 0) + 1
        e["nip"] = f"{key}{self.nip_seq[key]:03d}"
        e["etype"] = "PPPK" if pppk else "PNS"

    def build_roster(self) -> None:
        rng = self.rng
        staffed = [a for a in AGENCIES if a[7] > 0]
        for _ in range(self.n):
            a = rng.choices(staffed, [x[7] for x in staffed])[0]
            e: dict = {"gender": "F", "spouse": None, "relative": None, "declared": []}
            kind = a[4]
            e["gender"] = (
                "F"
                if rng.random() < {"sekolah": 0.65, "rs": 0.75, "puskesmas": 0.78}.get(kind, 0.42)
                else "M"
            )
            self.assign_job(e, a[0])
            if e["role"] == "bidan":
                e["gender"] = "F"
            old = e["role"] in ("kepsek", "pejabat", "camat", "pengawas", "kapus", "dokter_sp")
            by = rng.randrange(1966, 1982) if old else rng.randrange(1966, 2001)
            e["birth"] = rand_day(rng, date(by, 1, 1), date(by, 12, 28))
            e["group"] = self.town_group(e["town"])
            self.set_name(e, make_parts(rng, e["group"], e["gender"], by, self.fake))
            pppk = (
                e["role"] in ("guru", "perawat", "bidan", "nakes", "tendik", "guru_pai")
                and rng.random() < 0.22
            )
            self.new_nip(e, pppk)
            e["status"] = "inactive" if rng.random() < 0.03 else "active"
            self.emps.append(e)
        self.roster_traps()

    def roster_traps(self) -> None:
        rng = self.rng
        scale = max(1.0, self.n / 3000)
        clusters = [
            ("Sri Wahyuni", "F", "jawa", 6),
            ("Sri Lestari", "F", "jawa", 4),
            ("Siti Aminah", "F", "santri", 4),
            ("Budi Santoso", "M", "jawa", 4),
            ("Agus Setiawan", "M", "jawa", 3),
            ("Eko Prasetyo", "M", "jawa", 3),
            ("Sutrisno", "M", "jawa", 3),
            ("Muhammad Ridwan", "M", "santri", 3),
            ("Hendra Gunawan", "M", "tionghoa", 2),
            ("Endang Sulistyowati", "F", "jawa", 2),
            ("Bambang Sugiarto", "M", "jawa", 3),
        ]
        lookup = {
            p: ns
            for lst in (
                JAWA_M_FIRST,
                JAWA_M_LAST,
                JAWA_M_SINGLE,
                JAWA_F_FIRST,
                JAWA_F_LAST,
                SANTRI_M,
                SANTRI_F,
                TH_M_FIRST,
                TH_LAST,
            )
            for p, ns in lst
        }
        lookup["Muhammad"] = ["Muhammad"]
        for name, g, grp, k in clusters:
            cands = [e for e in self.emps if e["gender"] == g and not e.get("trap")]
            rng.shuffle(cands)
            used_ag: set[str] = set()
            chosen = []
            for e in cands:
                if e["agency"] not in used_ag or len(used_ag) >= 12:
                    chosen.append(e)
                    used_ag.add(e["agency"])
                if len(chosen) >= int(k * scale):
                    break
            whole = (
                [(name, lookup[name])]
                if name in lookup
                else [(w, lookup.get(w, [w])) for w in name.split()]
            )
            for e in chosen:
                self.set_name(e, whole, grp)
                e["trap"] = "common_name"
        # fathers and sons
        fathers = [
            e
            for e in self.emps
            if e["gender"] == "M"
            and e["birth"].year <= 1970
            and len(e["parts"]) >= 2
            and not e.get("trap")
        ]
        sons = [
            e
            for e in self.emps
            if e["gender"] == "M" and e["birth"].year >= 1989 and not e.get("trap")
        ]
        rng.shuffle(fathers)
        rng.shuffle(sons)
        for f, s in list(zip(fathers, sons, strict=False))[: max(3, self.n // 200)]:
            x = rng.random()
            if x < 0.4:
                parts = [rng.choice(MODERN_M)] + f["parts"]
            elif x < 0.6:
                parts = [f["parts"][0], rng.choice(MODERN_M_LAST)]
            elif x < 0.8:
                parts = f["parts"] + [("Putra", ["Putra"])]
            else:
                parts = list(f["parts"])
            if rng.random() < 0.5:
                self.assign_job(s, f["agency"])
            else:
                same = [a[0] for a in AGENCIES if a[3] == f["town"] and a[7] > 0]
                self.assign_job(s, rng.choice(same))
            s["group"] = f["group"]
            self.set_name(s, parts)
            s["relative"], f["relative"] = ("son_of", f["nip"]), ("father_of", s["nip"])
            s["trap"] = f["trap"] = "father_son"
        # married couples (the wife keeps her own name in the roster)
        husbands = [
            e
            for e in self.emps
            if e["gender"] == "M" and e["birth"].year < 1990 and not e.get("trap")
        ]
        wives = [
            e
            for e in self.emps
            if e["gender"] == "F" and e["birth"].year < 1992 and not e.get("trap")
        ]
        rng.shuffle(husbands)
        rng.shuffle(wives)
        for h, w in list(zip(husbands, wives, strict=False))[: max(4, self.n // 100)]:
            if w["town"] != h["town"]:
                same = [a[0] for a in AGENCIES if a[3] == h["town"] and a[7] > 0]
                self.assign_job(w, rng.choice(same), w["role"])
                w["name"] = titled(
                    rng, w["core"], w["role"], w["position"], "F", w["birth"].year, w["group"]
                )
            h["spouse"], w["spouse"] = w["nip"], h["nip"]
            h["trap"] = w["trap"] = "couple"

    # ---- declared accounts
    def handle_base(self, e: dict, style: str) -> str:
        rng = self.rng
        words = slug(e["core_modern"]).split()
        nick = slug(rng.choice(e["nicks"])).replace(" ", "")
        sep = rng.choice(["", ".", "_"])
        if style == "full":
            return sep.join(words)
        if style == "full_year":
            return sep.join(words) + rng.choice(
                [str(e["birth"].year), str(e["birth"].year)[2:], f"{e['birth']:%d%m}"]
            )
        if style == "initials":
            return (
                "".join(w[0] for w in words[:-1]) + sep + words[-1]
                if len(words) > 1
                else words[0][:3] + sep + words[0]
            )
        if style == "nick_digits":
            return nick + sep + str(rng.randrange(1, 999))
        if style == "nick_town":
            return nick + sep + slug(TOWNS[e["town"]][1]).replace(" ", "")
        if style == "role_nick":
            pre = {
                "guru": "bu_guru" if e["gender"] == "F" else "pakguru",
                "bidan": "bidan",
                "dokter": "dr",
                "perawat": "ners",
                "dosen": "dosen",
            }.get(e["role"], "bu" if e["gender"] == "F" else "pak")
            return pre + sep + nick
        return rng.choice(UNRELATED_HANDLE) + str(rng.randrange(1, 99))

    def build_declared(self) -> None:
        rng = self.rng
        w = [
            3
            if e["role"]
            in ("kepsek", "pejabat", "camat", "lurah", "dokter", "dokter_sp", "dosen", "kapus")
            else 1
            for e in self.emps
        ]
        chosen: list[dict] = []
        want = round(self.n * 0.06)
        while len(chosen) < want:
            e = rng.choices(self.emps, w)[0]
            if e not in chosen and e["status"] == "active":
                chosen.append(e)
        for e in chosen:
            plats = rng.sample(
                ["facebook", "instagram", "x", "tiktok"], 2 if rng.random() < 0.12 else 1
            )
            for p in rng.sample(plats, len(plats)):
                p = (
                    p
                    if rng.random() < 0.8
                    else rng.choices(["facebook", "instagram", "x", "tiktok"], [40, 30, 15, 15])[0]
                )
                if any(a["platform"] == p for a in e["declared"]):
                    continue
                acc = {
                    "nip": e["nip"],
                    "platform": p,
                    "user_id": self.ids.uid(p),
                    "handle": self.ids.handle(
                        p,
                        self.handle_base(
                            e, rng.choice(["full", "full", "full_year", "initials", "role_nick"])
                        ),
                    ),
                    "display_name": e["name"] if rng.random() < 0.5 else e["core"],
                    "declared_at": rand_day(rng, date(2023, 1, 5), date(2023, 10, 31)).isoformat(),
                    "approved": "true",
                    "emp": e,
                }
                e["declared"].append(acc)
                self.accounts.append(acc)
                for _ in range(rng.randrange(3, 9)):
                    t = self.ts(date(2023, 6, 1), date(2024, 12, 20))
                    a = self.agencies[e["agency"]]
                    txt = rng.choice(DECLARED_POSTS).format(unit=e["unit_bio"], agency=a[5])
                    post = self.new_post(p, acc["user_id"], acc["handle"], txt, t)
                    post.update(nip=e["nip"], agency=e["agency"], town=e["town"])
                    self.decl_posts.append(post)
                    self.add_event(
                        p,
                        "post",
                        t,
                        self.actor_obj(acc["user_id"], acc["handle"], acc["display_name"], "", ""),
                        None,
                        txt,
                        post["url"],
                        "self-declared-export",
                        eid=f"{p}:{post['post_id']}:post:{acc['user_id']}",
                    )

    # ---- elections, targets, political posts
    def ts(self, start: date, end: date) -> datetime:
        d = rand_day(self.rng, start, end)
        return datetime(
            d.year,
            d.month,
            d.day,
            self.rng.randrange(5, 23),
            self.rng.randrange(60),
            self.rng.randrange(60),
            tzinfo=WIB,
        )

    def new_post(self, platform: str, uid: str, handle: str, text: str, t: datetime) -> dict:
        rng = self.rng
        if platform == "youtube":
            pid = "".join(
                rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(11)
            )
            url = f"https://www.youtube.com/watch?v={pid}"
        else:
            pid = (
                str(rng.randrange(10**18, 2 * 10**18))
                if platform in ("x", "tiktok", "instagram")
                else str(rng.randrange(10**15, 10**16))
            )
            url = {
                "x": f"https://x.com/{handle}/status/{pid}",
                "facebook": f"https://www.facebook.com/{handle}/posts/{pid}",
                "tiktok": f"https://www.tiktok.com/@{handle}/video/{pid}",
                "instagram": f"https://www.instagram.com/p/{''.join(rng.choice(string.ascii_letters) for _ in range(11))}/",
            }[platform]
        return {
            "platform": platform,
            "post_id": pid,
            "author_user_id": uid,
            "author_handle": handle,
            "text": text,
            "url": url,
            "time": t,
        }

    def add_target(self, row: tuple, plats: list[str], base: str, town: str = "") -> None:
        rng = self.rng
        tid, eid, kind = row[0], row[3], row[2]
        if not plats:
            self.targets.append(dict(zip(TARGET_COLS, [*row, "", "", ""], strict=True)))
        for p in plats:
            uid, h = self.ids.uid(p), self.ids.handle(p, base)
            self.targets.append(dict(zip(TARGET_COLS, [*row, p, h, uid], strict=True)))
            lo, hi = self.windows[eid] if eid else (date(2023, 6, 1), date(2024, 12, 15))
            towns = self.election_towns.get(eid, tuple(TOWNS))
            for _ in range(rng.randrange(8, 16) if kind == "candidate" else rng.randrange(4, 9)):
                loc = TOWNS[town or rng.choice(list(TOWNS))][1]
                text = rng.choice(CANDIDATE_POSTS).format(town=loc)
                post = self.new_post(p, uid, h, text, self.ts(lo, hi - timedelta(days=4)))
                post.update(target_id=tid, election_id=eid, towns=towns, kind=kind)
                self.posts[p].append(post)

    def build_politics(self, ref: dict) -> None:
        rng = self.rng
        elect = _rows(_ELECTIONS)
        for key, (tname, tshort, reg, *_r) in TOWNS.items():
            kab = tname.startswith("Kabupaten")
            head = "Bupati dan Wakil Bupati" if kab else "Wali Kota dan Wakil Wali Kota"
            eid = f"PIL{'BUP' if kab else 'WALKOT'}-{key.upper()}-2024"
            elect.append(
                [eid, f"Pemilihan {head} {tshort} 2024", "regional_head", reg, "pilkada", key]
            )
        self.windows: dict[str, tuple[date, date]] = {}
        self.election_towns: dict[str, tuple] = {}
        for eid, name, contest, reg, stages, towns in elect:
            st = [s.split(",") for s in _STAGES[stages].split()]
            self.elections += [(eid, name, contest, reg, *s) for s in st]
            self.windows[eid] = (date.fromisoformat(st[0][1]), date.fromisoformat(st[-1][2]))
            self.election_towns[eid] = tuple(towns.split()) or tuple(TOWNS)
        abbr = {}
        for n, v in ref["partai_nasional_2024"].items():
            m = re.search(r"\(([^)]+)\)", v)
            abbr[n] = m.group(1) if m else v.replace("Partai ", "")
        for no, pair in ref["capres_cawapres_2024"].items():
            for i, person in enumerate(pair):
                base = slug(re.sub(r"\s*\(.*\)", "", person)).replace(" ", "")[:12] + ".id"
                plats = PLATFORMS if i == 0 else ["instagram", "x", "tiktok"]
                row = (f"T-PRES{no}{'AB'[i]}", person, "candidate", "PILPRES-2024", no, "")
                self.add_target(row, plats, base)
            for prov, word in (("JATENG", "Relawan"), ("JATIM", "Sedulur")):
                row = (f"T-TIM{no}-{prov}", f"{word} Paslon {no} {prov.title()}", "campaign_team")
                plats = ["facebook", "instagram", "tiktok" if prov == "JATENG" else "x"]
                self.add_target((*row, "PILPRES-2024", no, ""), plats, f"{word}{no}{prov}")
        for n, full in ref["partai_nasional_2024"].items():
            plats = ["x", "instagram", "facebook", "tiktok"] + (["youtube"] if int(n) <= 8 else [])
            plats = plats if int(n) <= 17 else ["instagram"]
            row = (f"T-PARTAI{int(n):02d}", full, "party", "", n, abbr[n])
            self.add_target(row, plats, "partai" + slug(abbr[n]).replace(" ", ""))
        parties = list(abbr.values())[:17]
        for eid, *_ in elect[2:]:
            town = self.election_towns[eid][0]
            for b in (1, 2, 3)[: rng.choice([2, 2, 3])]:
                coal = ", ".join(rng.sample(parties, rng.randrange(1, 4)))
                for i in range(2):
                    g = "M" if rng.random() < 0.85 else "F"
                    grp = self.town_group(town)
                    parts = make_parts(rng, grp, g, rng.randrange(1960, 1985))
                    nm = titled(rng, core_of(parts), "pejabat", "", g, 1965, grp)
                    plats = ["instagram", "facebook", "tiktok"] + (
                        ["x"] if rng.random() < 0.5 else []
                    )
                    base = slug(nicks_of(parts)[0]) + "_" + slug(TOWNS[town][1])[:5]
                    row = (f"T-{eid[:-5]}-{b}{'AB'[i]}", nm, "candidate", eid, str(b), coal)
                    self.add_target(row, plats if i == 0 else ["instagram"], base, town)
        for key in TOWNS:
            for k in range(2):
                g = "M" if rng.random() < 0.7 else "F"
                parts = make_parts(rng, self.town_group(key), g, rng.randrange(1965, 1992))
                nm = titled(rng, core_of(parts), "staf", "", g, 1980, "jawa")
                row = (f"T-CALEG-{key.upper()}-{k + 1}", nm, "candidate", "PILEG-2024")
                base = "caleg" + slug(parts[-1][0]).replace(" ", "") + slug(TOWNS[key][1])[:4]
                party = abbr[rng.choice(list(abbr))]
                self.add_target(
                    (*row, str(rng.randrange(1, 9)), party), ["facebook", "instagram"], base, key
                )

    # ---- actors
    def bio_for(self, e: dict, style: str) -> str:
        rng = self.rng
        a = self.agencies[e["agency"]]
        rb, ren = ROLE_BIO[e["role"]]
        if style == "agency":
            return rng.choice(
                ["ASN {a}", "PNS {a}", "Abdi negara | {a}", "Pegawai {a}", "{a}", "ASN {a} | {p}"]
            ).format(a=a[5], p=rng.choice(PERSONAL_BIO[:-1]))
        if style == "unit":
            return rng.choice(["{r} {u}", "{r} di {u}", "{r} {u} | {p}", "{u}"]).format(
                r=rb, u=e["unit_bio"], p=rng.choice(PERSONAL_BIO[:-1])
            )
        if style == "role":
            return rng.choice(
                [
                    "{r}",
                    "{r} | {p}",
                    "{r} & ibu rumah tangga" if e["gender"] == "F" else "{r} | kepala keluarga",
                ]
            ).format(r=rb, p=rng.choice(PERSONAL_BIO[:-1]))
        if style == "english":
            return rng.choice([f"{ren} at {e['unit_bio']}", f"{ren}, {a[6]}", f"Working at {a[6]}"])
        if style == "personal":
            return rng.choice(PERSONAL_BIO)
        return ""

    def variant_name(self, e: dict) -> str | None:
        words = e["core_modern"].split()
        for i, w in enumerate(words):
            for g in SPELLING:
                if w in g:
                    words[i] = self.rng.choice([v for v in g if v != w])
                    return " ".join(words)
        if e["core"] != e["core_modern"]:
            return e["core_modern"]
        if e["group"] == "jawa" and old_spelling(e["core"]) != e["core"]:
            return old_spelling(e["core"])
        return None

    def employee_presentation(self, e: dict) -> tuple[str, dict, list[str]]:
        rng = self.rng
        nick = rng.choice(e["nicks"])
        first = e["core_modern"].split()[0]
        styles = {
            "full_plain": 22,
            "full_titles": 8,
            "lowercase": 7,
            "nickname": 9,
            "honorific": 14,
            "teknonym": 5,
            "initials_surname": 4,
            "spelling_variant": 6,
            "name_town": 4,
            "caps": 2,
        }
        if e["group"] == "tionghoa":
            styles["chinese_social"] = 25
        if e["group"] == "santri":
            styles["gus_ning_cak"] = 12
        if len(e["core_modern"].split()) >= 3:
            styles["partial"] = 10
        st = rng.choices(list(styles), list(styles.values()))[0]
        ev = []
        if st == "full_plain":
            d = e["core"] if rng.random() < 0.6 else e["core_modern"]
            ev.append("name_exact" if d == e["core"] else "name_spelling_variant")
        elif st == "full_titles":
            d = e["name"].replace(e["core"].upper(), e["core"])
            ev.append("name_exact_with_titles")
        elif st == "lowercase":
            d = e["core_modern"].lower()
            ev.append(
                "name_exact_lowercase" if e["core_modern"] == e["core"] else "name_spelling_variant"
            )
        elif st == "caps":
            d = e["core"].upper()
            ev.append("name_exact_caps")
        elif st == "nickname":
            rest = [w for w in e["core_modern"].split() if w not in WEAK_PARTS and nick not in (w,)]
            d = rng.choice(
                [
                    nick,
                    f"{nick} {rest[-1][0]}." if rest else nick,
                    f"{nick} {rest[-1]}" if rest else nick,
                ]
            )
            ev.append("nickname")
        elif st == "honorific":
            pair = HONORIFIC.get(e["role"], ("Pak", "Bu"))
            h = pair[0] if e["gender"] == "M" else pair[1]
            if rng.random() < 0.4:
                h = rng.choice(["Pak", "Mas"] if e["gender"] == "M" else ["Bu", "Mbak"])
            d = f"{h} {rng.choice([nick, first if first not in WEAK_PARTS else nick])}"
            ev.append("honorific_nickname")
            if h not in ("Pak", "Mas", "Bu", "Mbak"):
                ev.append("honorific_role")
        elif st == "teknonym":
            d = rng.choice(TEKNO_M if e["gender"] == "M" else TEKNO_F).format(c=rng.choice(CHILD))
            ev.append("teknonym_no_name")
        elif st == "initials_surname":
            ws = e["core_modern"].split()
            d = (" ".join(w[0] + "." for w in ws[:-1]) + " " + ws[-1]) if len(ws) > 1 else ws[0]
            ev.append("initials_surname")
        elif st == "spelling_variant":
            d = self.variant_name(e) or e["core_modern"]
            ev.append("name_spelling_variant" if d != e["core"] else "name_exact")
        elif st == "name_town":
            d = f"{nick} {TOWNS[e['town']][1]}"
            ev.append("nickname_town")
        elif st == "chinese_social":
            th_first = e["core_modern"].split()[0]
            x = rng.random()
            if x < 0.4:
                d = f"{'Ko' if e['gender'] == 'M' else 'Cik'} {th_first if rng.random() < 0.6 else nick}"
            elif x < 0.7:
                d = e["chinese"]
            else:
                d = f"{th_first} {e['chinese'].split()[0]}"
            ev.append("chinese_social_name")
        elif st == "gus_ning_cak":
            h = (
                ("Cak" if e["town"] in ("sby", "mlg") and rng.random() < 0.5 else "Gus")
                if e["gender"] == "M"
                else rng.choice(["Ning", "Ning", "Mbak"])
            )
            d = f"{h} {nick}"
            ev.append("santri_honorific")
        else:
            d = " ".join(e["core_modern"].split()[1:])
            ev.append("partial_name")
        bio_st = rng.choices(
            ["none", "agency", "unit", "role", "english", "personal"], [35, 12, 14, 12, 6, 21]
        )[0]
        bio = self.bio_for(e, bio_st)
        ev += BIO_EV.get(bio_st, [])
        return d, {"display": st, "bio": bio_st, "bio_text": bio}, ev

    def location_for(self, town: str, p_none: float = 0.35) -> str:
        if self.rng.random() < p_none:
            return ""
        return self.rng.choice(TOWNS[town][3].split("|"))

    def new_actor(
        self,
        kind: str,
        subtype: str,
        platform: str,
        handle_base: str,
        display: str,
        bio: str,
        loc: str,
        town: str,
        nip: str | None,
        pres: dict,
        ev: list[str],
        related: list[str],
    ) -> dict:
        a = {
            "kind": kind,
            "subtype": subtype,
            "platform": platform,
            "user_id": self.ids.uid(platform),
            "handle": self.ids.handle(platform, handle_base),
            "display_name": display,
            "bio": bio,
            "location": loc,
            "town": town,
            "nip": nip,
            "presentation": pres,
            "evidence": ev,
            "related_nips": related,
            "n_events": 0,
        }
        self.actors.append(a)
        return a

    def build_employee_actors(self, count: int) -> None:
        rng = self.rng
        declared = [e for e in self.emps if e["declared"]]
        couples = [e for e in self.emps if e["gender"] == "F" and e["spouse"]]
        byn = {e["nip"]: e for e in self.emps}
        picked: list[dict] = []
        wives = rng.sample(couples, len(couples) // 2)
        for w in wives:  # "Bu Bambang": an employee wife known by her husband's name
            h = byn[w["spouse"]]
            hn = rng.choice([call_name(h), call_name(h), *h["nicks"]])
            d = rng.choice(
                [
                    f"Bu {hn}",
                    f"Ibu {h['core_modern']}",
                    f"Bu {call_name(h)}",
                    f"Mama {hn}",
                ]
            )
            bio_st = rng.choices(["unit", "role", "agency", "none"], [40, 20, 15, 25])[0]
            p = rng.choices(PLATFORMS[:4], PLATFORM_W[:4])[0]
            ev = ["husband_name_display", *BIO_EV.get(bio_st, [])]
            hb = self.handle_base(w, rng.choice(["nick_digits", "unrelated", "full_year"]))
            bio, loc, pres = self.bio_for(w, bio_st), self.location_for(w["town"]), {}
            pres = {"display": "husband_name", "bio": bio_st}
            sub = "wife_by_husband_name"
            self.new_actor(
                "employee", sub, p, hb, d, bio, loc, w["town"], w["nip"], pres, ev, [h["nip"]]
            )
            picked.append(w)
        while len(picked) < count:
            x = rng.random()
            if x < 0.1 and picked:
                e = rng.choice(picked)  # a second undeclared account
            elif x < 0.25 and declared:
                e = rng.choice(declared)
            else:
                e = rng.choice(self.emps)
            used = {a["platform"] for a in self.actors if a["nip"] == e["nip"]} | {
                a["platform"] for a in e["declared"]
            }
            free = [p for p in PLATFORMS if p not in used]
            if not free:
                continue
            p = rng.choices(free, [PLATFORM_W[PLATFORMS.index(q)] for q in free])[0]
            d, pres, ev = self.employee_presentation(e)
            hs = rng.choices(
                [
                    "full",
                    "full_year",
                    "initials",
                    "nick_digits",
                    "nick_town",
                    "role_nick",
                    "unrelated",
                    "display",
                ],
                [18, 18, 10, 18, 8, 8, 12, 8],
            )[0]
            hb = (
                slug(d).replace(" ", rng.choice(["", ".", "_"]))
                if hs == "display"
                else self.handle_base(e, hs)
            )
            pres["handle"] = hs
            if hs == "full_year" and any(
                s in hb for s in (str(e["birth"].year), str(e["birth"].year)[2:])
            ):
                ev.append("birth_year_handle")
            elif hs == "full_year":
                ev.append("birth_date_handle")
            if e["declared"]:
                ev.append("has_declared_account_elsewhere")
            if e.get("trap"):
                ev.append("trap_" + e["trap"])
            loc = self.location_for(e["town"])
            if loc:
                ev.append("location_town")
            bio = pres.pop("bio_text")
            self.new_actor(
                "employee", pres["display"], p, hb, d, bio, loc, e["town"], e["nip"], pres, ev, []
            )
            picked.append(e)

    def other_job_bio(self, town: str, e: dict) -> str:
        rng = self.rng
        others = [a for a in AGENCIES if a[7] and a[0] != e["agency"]]
        return rng.choice(OTHER_JOBS).format(
            town=TOWNS[town][1], uni=rng.choice(UNIS), other_agency=rng.choice(others)[5]
        )

    def build_namesakes(self, count: int) -> None:
        rng = self.rng
        trap = [e for e in self.emps if e.get("trap") or len(e["core"].split()) == 2]
        for _ in range(count):
            e = rng.choice(trap if rng.random() < 0.5 else self.emps)
            x = rng.random()
            town = e["town"] if x < 0.55 else rng.choice(list(TOWNS))
            d = (
                e["core"]
                if rng.random() < 0.8
                else rng.choice([e["core"].lower(), e["core"].upper()])
            )
            bio_st = "none" if rng.random() < 0.4 else "other_job"
            bio = "" if bio_st == "none" else self.other_job_bio(town, e)
            loc = "" if x > 0.8 else self.location_for(town, 0.1)
            hs = rng.choices(
                ["full", "full_year", "nick_digits", "unrelated", "initials"], [25, 25, 20, 15, 15]
            )[0]
            fake_e = dict(
                e,
                birth=date(rng.randrange(1958, 2006), rng.randrange(1, 13), rng.randrange(1, 28)),
                town=town,
            )
            ev = (
                ["name_exact"]
                + (["location_same_town"] if town == e["town"] and loc else [])
                + (["bio_other_job"] if bio else [])
            )
            if "Honorer" in bio or "honorer" in bio or "Pensiunan" in bio:
                ev.append("bio_names_public_service")
            p, hb = rng.choices(PLATFORMS, PLATFORM_W)[0], self.handle_base(fake_e, hs)
            pres = {"display": "exact_name", "bio": bio_st, "handle": hs}
            rel = [x["nip"] for x in self.emps if x["core"].lower() == e["core"].lower()]
            self.new_actor("namesake", bio_st, p, hb, d, bio, loc, town, None, pres, ev, rel)

    def build_impostors(self, count: int) -> None:
        rng = self.rng
        prominent = [
            e
            for e in self.emps
            if e["declared"]
            or e["role"] in ("kepsek", "dokter", "dokter_sp", "camat", "lurah", "kapus", "pejabat")
        ]
        for _ in range(count):
            e = rng.choice(prominent)
            decl = rng.choice(e["declared"]) if e["declared"] else None
            d = (
                decl["display_name"]
                if decl and rng.random() < 0.7
                else (e["name"] if rng.random() < 0.6 else e["core"])
            )
            suffix = rng.choice(
                [
                    " | Official",
                    " (akun resmi)",
                    " | akun baru, yang lama dihack",
                    "",
                    "",
                    "",
                    " | Melayani dengan hati",
                ]
            )
            bio = f"{ROLE_BIO[e['role']][0]} {e['unit_bio']}{suffix}"
            base = decl["handle"] if decl else self.handle_base(e, "full")
            hb = base + rng.choice(
                ["_official", ".official", ".id", "_", "2", "_real", "x", ".new"]
            )
            p = decl["platform"] if decl else rng.choices(PLATFORMS[:4], PLATFORM_W[:4])[0]
            ev = ["copies_display_name", "copies_bio_unit"] + (
                ["official_word"] if "fficial" in suffix or "resmi" in suffix else []
            )
            loc, pres = (
                self.location_for(e["town"], 0.2),
                {"display": "copied", "bio": "copied_unit"},
            )
            self.new_actor(
                "impostor", "clone", p, hb, d, bio, loc, e["town"], None, pres, ev, [e["nip"]]
            )

    def build_public(self, count: int) -> None:
        rng, fake = self.rng, self.fake
        cores = {}
        for e in self.emps:
            cores.setdefault(e["core"].lower(), []).append(e["nip"])
            cores.setdefault(e["core_modern"].lower(), []).append(e["nip"])
        men = [
            e
            for e in self.emps
            if e["gender"] == "M" and not e["spouse"] and e["birth"].year < 1990
        ]
        for _ in range(count):
            town = rng.choice(list(TOWNS))
            st = rng.choices(
                [
                    "person",
                    "buzzer",
                    "fanpage",
                    "near_name",
                    "wife_public",
                    "teknonym",
                    "guru_honorer",
                ],
                [50, 14, 10, 9, 8, 5, 4],
            )[0]
            related: list[str] = []
            ev: list[str] = []
            bio, loc = "", self.location_for(town, 0.4)
            if st == "person":
                g = rng.random() < 0.5
                d = (
                    f"{fake.first_name_male() if g else fake.first_name_female()} {fake.last_name_male() if g else fake.last_name_female()}"
                    if rng.random() < 0.85
                    else (fake.first_name_male() if g else fake.first_name_female())
                )
                bio = rng.choice(PERSONAL_BIO + OTHER_JOBS[:9]).format(
                    town=TOWNS[town][1], uni=rng.choice(UNIS)
                )
            elif st == "buzzer":
                d = rng.choice(BUZZERS).format(town=TOWNS[town][1], n=rng.randrange(1, 99))
                bio = rng.choice(
                    ["Suara rakyat kecil", "Kawal sampai menang!", "Akun relawan independen", ""]
                )
            elif st == "fanpage":
                d = rng.choice(FANPAGES).format(town=TOWNS[town][1])
                bio = rng.choice(
                    [
                        "Info terkini seputar " + TOWNS[town][1],
                        "DM untuk promosi",
                        "Berbagi info & loker",
                        "",
                    ]
                )
            elif st == "near_name":
                e = rng.choice(self.emps)
                ws = e["core_modern"].split()
                pool = {"M": JAWA_M_LAST + MODERN_M_LAST, "F": JAWA_F_LAST + MODERN_F_LAST}[
                    e["gender"]
                ]
                ws[-1] = (
                    rng.choice([p for p, _ in pool if p != ws[-1]])
                    if len(ws) > 1
                    else ws[0] + rng.choice(["ningsih", "wati", "yanto", "di"])
                )
                d = " ".join(ws)
                related = [e["nip"]]
                town = e["town"] if rng.random() < 0.5 else town
                ev.append("near_name")
            elif st == "wife_public":
                h = rng.choice(men)
                hn = rng.choice([call_name(h), call_name(h), *h["nicks"]])
                d = rng.choice(
                    [
                        f"Bu {hn}",
                        f"Ibu {h['core_modern']}",
                        f"Bu {h['core_modern']}",
                        f"Mama {hn}",
                        f"Nyonya {h['core_modern'].split()[-1]}",
                    ]
                )
                bio = rng.choice(
                    [
                        f"Dharma Wanita Persatuan {self.agencies[h['agency']][5]}",
                        f"Istri Pak {hn}",
                        "Ibu rumah tangga",
                        "Kader PKK & Posyandu",
                        f"Pengurus DWP {self.agencies[h['agency']][5]}",
                    ]
                )
                town, loc = h["town"], self.location_for(h["town"], 0.3)
                related = [h["nip"]]
                ev += ["husband_name_display"] + (
                    ["bio_agency"] if self.agencies[h["agency"]][5] in bio else []
                )
            elif st == "teknonym":
                d = rng.choice(TEKNO_M + TEKNO_F).format(c=rng.choice(CHILD))
                bio = rng.choice(PERSONAL_BIO)
            else:
                k = rng.randrange(1, 40)
                d = f"{fake.first_name_female()} {fake.last_name_female()}"
                bio = f"Guru honorer SDN {k} {TOWNS[town][1]}"
                ev.append("bio_unit_non_asn")
            kind = "public"
            if d.lower() in cores and st in ("person", "near_name"):
                kind, related = "namesake", cores[d.lower()]
                ev.append("name_exact_by_chance")
            p = rng.choices(PLATFORMS, PLATFORM_W)[0]
            hb = slug(d).replace(" ", rng.choice(["", ".", "_"])) + (
                str(rng.randrange(1, 99)) if rng.random() < 0.5 else ""
            )
            a = self.new_actor(
                kind, st, p, hb, d, bio, loc, town, None, {"display": st}, ev, related
            )
            if st == "wife_public" and rng.random() < 0.5:
                a["husband"] = related[0]

    # ---- events
    def actor_obj(self, uid: str, handle: str, display: str, bio: str, loc: str) -> dict:
        o = {"user_id": uid, "handle": handle}
        for k, v in (("display_name", display), ("bio", bio), ("location", loc)):
            if v:
                o[k] = v
        return o

    def add_event(
        self,
        platform: str,
        action: str,
        t: datetime | None,
        actor: dict,
        target: dict | None,
        text: str | None,
        url: str | None,
        source: str,
        eid: str | None = None,
    ) -> bool:
        eid = eid or f"{platform}:{self.rng.randrange(10**17, 10**19)}:{action}:{actor['user_id']}"
        if eid in self.event_ids:
            return False
        self.event_ids.add(eid)
        ev = {
            "event_id": eid,
            "platform": platform,
            "action": action,
            "occurred_at": t.isoformat() if t else None,
            "actor": actor,
        }
        if target is not None:
            ev["target"] = target
        ev.update(text=text, url=url, media=[], source=source)
        self.events.append(ev)
        return True

    def interact(self, a: dict, post: dict, action: str, t: datetime, text: str | None) -> bool:
        p = a["platform"]
        actor = self.actor_obj(
            a["user_id"], a["handle"], a["display_name"], a["bio"], a["location"]
        )
        src = {"x": "x-api", "youtube": "youtube-data-api"}.get(p, "patrol-crawler")
        if action == "follow":
            tgt = {"author_user_id": post["author_user_id"], "author_handle": post["author_handle"]}
            ok = self.add_event(
                p,
                "follow",
                t,
                actor,
                tgt,
                None,
                None,
                src,
                eid=f"{p}:follow:{post['author_user_id']}:{a['user_id']}",
            )
        else:
            tgt = {
                k: post[k] for k in ("post_id", "author_user_id", "author_handle", "text", "url")
            }
            if action in ("like", "share"):
                ok = self.add_event(
                    p,
                    action,
                    t,
                    actor,
                    tgt,
                    None,
                    None,
                    src,
                    eid=f"{p}:{post['post_id']}:{action}:{a['user_id']}",
                )
            else:
                cid = str(self.rng.randrange(10**17, 10**19))
                ok = self.add_event(
                    p,
                    action,
                    t,
                    actor,
                    tgt,
                    text,
                    f"{post['url']}#c{cid}",
                    src,
                    eid=f"{p}:{cid}:{action}:{a['user_id']}",
                )
        a["n_events"] += ok
        return ok

    def build_events(self) -> None:
        rng = self.rng
        acts = {
            "facebook": (["like", "comment", "share"], [35, 45, 20]),
            "instagram": (["like", "comment", "follow"], [40, 52, 8]),
            "tiktok": (["like", "comment", "share", "follow"], [40, 45, 7, 8]),
            "x": (["like", "reply", "share", "quote", "follow"], [22, 38, 20, 14, 6]),
            "youtube": (["comment", "like"], [80, 20]),
        }
        byn = {e["nip"]: e for e in self.emps}
        for a in self.actors:
            p, town = a["platform"], a["town"]
            local = [q for q in self.posts[p] if town in q["towns"]] or self.posts[p]
            cands = [q for q in local if q["kind"] != "party"]
            parties = [q for q in local if q["kind"] == "party"] or cands
            n = rng.choices([1, 2, 3, 4, 5, 6], [38, 25, 15, 10, 7, 5])[0] + (
                2 if a["kind"] == "impostor" or a["subtype"] == "buzzer" else 0
            )
            loc = a["location"] or TOWNS[town][1]
            done = 0
            for _ in range(n * 3):
                if done >= n:
                    break
                # the first engagement is always with a candidate or team, inside the window
                post = rng.choice(parties if done and rng.random() < 0.2 else cands)
                action = rng.choices(*acts[p])[0]
                t = post["time"] + timedelta(minutes=rng.randrange(3, 72 * 60))
                if post["election_id"]:
                    end = self.windows[post["election_id"]][1]
                    t = min(t, datetime(end.year, end.month, end.day, 22, 0, tzinfo=WIB))
                done += self.interact(
                    a, post, action, t, rng.choice(SUPPORT_COMMENTS).format(loc=loc)
                )
            # own posts
            if rng.random() < 0.35:
                e = byn.get(a["nip"] or "") or (
                    byn.get(a["related_nips"][0]) if a["related_nips"] else None
                )
                for _ in range(rng.randrange(1, 4)):
                    if a["kind"] == "employee" and e and rng.random() < 0.5:
                        txt = rng.choice(JOB_POSTS["employee"]).format(unit=e["unit_bio"])
                        if "post_mentions_unit" not in a["evidence"]:
                            a["evidence"].append("post_mentions_unit")
                    elif a["kind"] == "impostor" and e:
                        txt = rng.choice(JOB_POSTS["impostor"]).format(
                            unit=e["unit_bio"], n=rng.randrange(10**9, 10**10)
                        )
                    elif a["kind"] == "namesake" and rng.random() < 0.5:
                        txt = rng.choice(JOB_POSTS["namesake"])
                    else:
                        txt = rng.choice(NEUTRAL_POSTS).format(loc=loc)
                    t = self.ts(date(2023, 6, 1), date(2024, 12, 20))
                    post = self.new_post(p, a["user_id"], a["handle"], txt, t)
                    ok = self.add_event(
                        p,
                        "post",
                        t,
                        self.actor_obj(
                            a["user_id"], a["handle"], a["display_name"], a["bio"], a["location"]
                        ),
                        None,
                        txt,
                        post["url"],
                        "patrol-crawler",
                        eid=f"{p}:{post['post_id']}:post:{a['user_id']}",
                    )
                    a["n_events"] += ok
            # co-occurrence with declared accounts
            targets: list[dict] = []
            if (
                a["kind"] == "employee"
                and a["subtype"] != "wife_by_husband_name"
                and rng.random() < 0.35
            ):
                e = byn[a["nip"]]
                targets = [
                    q
                    for q in self.decl_posts
                    if q["platform"] == p and q["agency"] == e["agency"] and q["nip"] != e["nip"]
                ] or [
                    q
                    for q in self.decl_posts
                    if q["platform"] == p and q["town"] == e["town"] and q["nip"] != e["nip"]
                ]
                tag = (
                    "cooccurrence_same_agency"
                    if targets and targets[0]["agency"] == e["agency"]
                    else "cooccurrence_same_town"
                )
            elif a.get("husband"):
                targets = [
                    q for q in self.decl_posts if q["platform"] == p and q["nip"] == a["husband"]
                ]
                tag = "cooccurrence_husband"
            elif a["subtype"] == "person" and rng.random() < 0.06:
                targets = [q for q in self.decl_posts if q["platform"] == p and q["town"] == town]
                tag = "cooccurrence_noise"
            if targets:
                for _ in range(rng.randrange(1, 4)):
                    q = rng.choice(targets)
                    act = rng.choice(
                        ["like", "like", "comment", "follow"] if p != "youtube" else ["comment"]
                    )
                    act = "reply" if act == "comment" and p == "x" else act
                    self.interact(
                        a,
                        q,
                        act,
                        q["time"] + timedelta(minutes=rng.randrange(5, 48 * 60)),
                        rng.choice(
                            [
                                "Mantap",
                                "Sukses selalu",
                                "Keren",
                                "Semangat rekan-rekan",
                                "Sehat selalu",
                            ]
                        ),
                    )
                a["evidence"].append(tag)

    # ---- output
    def write(self, out: Path) -> dict:
        (out / "truth").mkdir(parents=True, exist_ok=True)

        def wcsv(name: str, header: str, rows: list) -> None:
            with open(out / name, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(header.split(","))
                w.writerows(rows)

        head = "format: netra-bundle/1\nname: Linkage probe Jawa (Jateng, DIY, Jatim) - synthetic\n"
        (out / "bundle.yaml").write_text(head + "policy: id\ntimezone: Asia/Jakarta\n", "utf-8")
        reg = {
            a[0]: "34" if a[0] == "BPS-DIY" else (TOWNS[a[3]][2] if a[3] else "") for a in AGENCIES
        }
        wcsv(
            "agencies.csv",
            "code,name,parent_code,region_code",
            [[*a[:3], reg[a[0]]] for a in AGENCIES],
        )
        cols = "nip,name,agency,unit,position,etype,region,status"
        for e in self.emps:
            e["region"] = TOWNS[e["town"]][2]
        rows = [[e[c] for c in cols.split(",")] for e in self.emps]
        wcsv(
            "roster.csv",
            cols.replace("agency", "agency_code")
            .replace("etype", "employment_type")
            .replace("region", "region_code"),
            rows,
        )
        cols = "nip,platform,handle,user_id,display_name,declared_at,approved"
        wcsv("accounts.csv", cols, [[a[c] for c in cols.split(",")] for a in self.accounts])
        wcsv(
            "targets.csv",
            ",".join(TARGET_COLS),
            [[t[c] for c in TARGET_COLS] for t in self.targets],
        )
        cols = "election_id,name,contest,region_code,stage,starts_on,ends_on"
        wcsv("elections.csv", cols, self.elections)
        self.events.sort(key=lambda ev: ev["occurred_at"] or "")
        dump = lambda o: json.dumps(o, ensure_ascii=False) + "\n"  # noqa: E731
        with open(out / "events.jsonl", "w", encoding="utf-8") as f:
            f.writelines(dump(ev) for ev in self.events)
        acting = [a for a in self.actors if a["n_events"] > 0]
        keys = "platform,user_id,handle,display_name,bio,location,town,kind,subtype,nip"
        keys += ",presentation,evidence,related_nips,n_events"
        kinds: dict[str, int] = {}
        with open(out / "truth" / "links.jsonl", "w", encoding="utf-8") as f:
            for a in acting:
                kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
                f.write(dump({k: a[k] for k in ("platform", "user_id", "handle", "nip", "kind")}))
        with open(out / "truth" / "actors.jsonl", "w", encoding="utf-8") as f:
            f.writelines(dump({k: a[k] for k in keys.split(",")}) for a in acting)
        n_t = len({t["target_id"] for t in self.targets})
        return {
            "employees": len(self.emps),
            "declared_accounts": len(self.accounts),
            "actors": kinds,
            "events": len(self.events),
            "targets": n_t,
        }


def load_reference() -> dict:
    """The public Pemilu 2024 pairs and parties (shared/data beside the repository)."""
    here = Path(__file__).resolve()
    for base in (here.parents[1], here.parents[2]):
        p = base / "shared" / "data" / "pemilu2024_reference.json"
        if p.exists():
            return json.loads(p.read_text(encoding="utf-8"))
    raise SystemExit("shared/data/pemilu2024_reference.json not found")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--employees", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=41)
    args = ap.parse_args()
    w = World(args.employees, args.seed)
    w.build_roster()
    w.build_politics(load_reference())
    w.build_declared()
    n_act = round(0.6 * args.employees)
    n_emp, n_ns, n_imp = round(0.25 * n_act), round(0.33 * n_act), max(5, round(0.025 * n_act))
    w.build_employee_actors(n_emp)
    w.build_namesakes(n_ns)
    w.build_impostors(n_imp)
    w.build_public(n_act - n_emp - n_ns - n_imp)
    w.build_events()
    print(json.dumps(w.write(args.out_dir), ensure_ascii=False))


if __name__ == "__main__":
    main()
