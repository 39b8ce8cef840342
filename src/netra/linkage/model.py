"""Probabilistic linkage of undeclared accounts to the roster: Splink (Fellegi-Sunter) on DuckDB.

One side is the roster (one record per employee), the other the accounts seen acting in events.
Both are turned into the same feature columns here (names, places, workplace words, handles),
Splink blocks and scores candidate pairs, and `resolve` turns pair scores into the probability
that a given employee - and no one else - is behind an account. docs/linkage.md explains the
model, its parameters and its limits.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import os
import re
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from netra.core.errors import NetraError
from netra.linkage.names import (
    TEKNONYMS,
    HandleParser,
    ParsedName,
    TokenStats,
    ascii_fold,
    describe_stripped,
    handle_has_own_mark,
    handle_signature,
    normalise_token,
    parse_name,
    phonetic,
    simple_name_tokens,
    spelled_out,
    split_display_name,
    teknonym_child,
)
from netra.roster.regions import (
    JABODETABEK,
    PROVINCES,
    province_keys,
    regencies,
    regency_place,
)


class LinkageError(NetraError):
    """The linkage model cannot run on the data it was given."""

    exit_code = 10
    http_status = 500


# ---------------------------------------------------------------------------------------------
# Places

# How people write the provinces of `netra.roster.regions.PROVINCES`.
_PROVINCE_ALIASES: dict[str, str] = {
    "jakarta": "31",
    "yogyakarta": "34",
    "jogja": "34",
    "yogya": "34",
    "jogjakarta": "34",
    "diy": "34",
    "jabar": "32",
    "jateng": "33",
    "jatim": "35",
    "sumut": "12",
    "sumbar": "13",
    "sumsel": "16",
    "babel": "19",
    "kepri": "21",
    "ntb": "52",
    "ntt": "53",
    "kalbar": "61",
    "kalteng": "62",
    "kalsel": "63",
    "kaltim": "64",
    "kaltara": "65",
    "sulut": "71",
    "sulteng": "72",
    "sulsel": "73",
    "sultra": "74",
    "sulbar": "76",
    "malut": "82",
}
# Other usual spellings of regencies and cities of `netra.roster.regions.regencies`.
_REGENCY_ALIASES: dict[str, str] = {
    "palangka raya": "62.71",
    "padangsidimpuan": "12.77",
    "pare pare": "73.72",
    "pangkalpinang": "19.71",
    "tanjungpinang": "21.72",
    "siantar": "12.72",
    # what cities are called, by their nicknames and short names (public facts)
    "solo": "33.72",
    "kota bengawan": "33.72",
    "kota pahlawan": "35.78",
    "kota gudeg": "34.71",
    "kota pelajar": "34.71",
    "kota atlas": "33.74",
    "kota lumpia": "33.74",
    "kota apel": "35.73",
    "kota tahu": "35.71",
    "kota kembang": "32.73",
    "kota hujan": "32.71",
    "kota daeng": "73.71",
    "kota pempek": "16.71",
    "kota minyak": "64.71",
    "kota tepian": "64.72",
    "kota seribu sungai": "63.71",
    "kota bertuah": "14.71",
    "kota batik": "33.75",
    "kota reog": "35.02",
    "kota wali": "33.21",
    "kota kretek": "33.19",
    "kota ukir": "33.20",
    "kota marmer": "35.04",
    "kota udang": "32.74",
    "kota serambi mekkah": "11.71",
    "ambon manise": "81.71",
    "mdo": "71.71",
    "mbantul": "34.02",
}
_WORD = re.compile(r"[a-z0-9]+")
_PLACE_AFTER = re.compile(r"\b(?:kabupaten|kota|provinsi|kab)\b\.?\s+(.+)$")


def words(text: str | None) -> list[str]:
    """Lower-case ASCII words and numbers of a text."""
    return _WORD.findall(ascii_fold(text or ""))


class PlaceIndex:
    """Resolves free-text locations ("Mukomuko", "Jakarta Pusat") to region codes."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, ...], set[str]] = {}
        self._tokens: dict[str, set[str]] = {}  # region code -> place words
        self._longest = 1

    def add(self, name: str, code: str) -> None:
        """Register a place name for a region code (province "17" or regency "17.06")."""
        key = tuple(words(name))
        if not key or not code:
            return
        self._names.setdefault(key, set()).add(code)
        self._tokens.setdefault(code, set()).update(key)
        self._longest = max(self._longest, len(key))

    @classmethod
    def build(cls, agencies: Iterable[tuple[str, str | None]]) -> PlaceIndex:
        """Provinces and their short forms, every regency and city, and places in agency names."""
        idx = cls()
        for code, name in PROVINCES.items():
            idx.add(name, code)
        for alias, code in _PROVINCE_ALIASES.items():
            idx.add(alias, code)
        # Every regency, not only those of the roster's agencies: a namesake's "Padang" or
        # "Badung" must read as another province, not as a place nobody knows.
        for code, official in regencies().items():
            place, city = regency_place(official)
            idx.add(place, code)
            key = words(place)
            if len(key) > 1:
                idx.add("".join(key), code)  # written as one word: Muko Muko -> Mukomuko
            if city:
                idx.add(f"kota {place}", code)
        for alias, code in _REGENCY_ALIASES.items():
            idx.add(alias, code)
        for name, region in agencies:
            if not region:
                continue
            m = _PLACE_AFTER.search(" ".join(words(name)))
            if m:
                place = m.group(1)
                idx.add(place, region)
                if len(region) > 2 and " kota " in f" {' '.join(words(name))} ":
                    idx.add(f"kota {place}", region)
        return idx

    def resolve(self, text: str | None) -> tuple[list[str], list[str]]:
        """(regency codes, province codes) a location names; longest place names win."""
        toks = words(text)
        regs: set[str] = set()
        provs: set[str] = set()
        i = 0
        while i < len(toks):
            for n in range(min(self._longest, len(toks) - i), 0, -1):
                codes = self._names.get(tuple(toks[i : i + n]))
                if codes:
                    for c in codes:
                        (regs if len(c) > 2 else provs).add(c)
                        provs.add(c[:2])
                    i += n
                    break
            else:
                i += 1
        return sorted(regs), sorted(provs)

    def tokens_of(self, code: str | None) -> set[str]:
        """Place words registered for a region code."""
        return self._tokens.get(code or "", set())


# ---------------------------------------------------------------------------------------------
# Workplace words: agency, unit and position against what a bio says

# Long forms and their usual short form; applied to bios and roster texts alike.
_ORG_PHRASES: list[tuple[str, str]] = [
    ("pemerintah kabupaten", "pemkab"),
    ("pemerintah kab", "pemkab"),
    ("pemkabupaten", "pemkab"),
    ("pemerintah kota", "pemkot"),
    ("pemkota", "pemkot"),
    ("pemko", "pemkot"),  # Sumatra and Kalimantan write "Pemko Medan"
    ("pemerintah provinsi", "pemprov"),
    ("pemprovinsi", "pemprov"),
    ("dinas pendidikan dan kebudayaan", "disdikbud"),
    ("dinas pariwisata dan kebudayaan", "dispar"),
    ("dinas kebudayaan dan pariwisata", "dispar"),
    ("dinas pariwisata", "dispar"),
    ("disparbud", "dispar"),
    ("disbudpar", "dispar"),
    ("kantor camat", "kecamatan"),
    ("kankemenag", "kemenag"),
    ("dinas pendidikan", "disdik"),
    ("dinas kesehatan", "dinkes"),
    ("rumah sakit umum daerah", "rsud"),
    ("sekretariat daerah", "setda"),
    ("badan pusat statistik", "bps"),
    ("kementerian agama", "kemenag"),
    ("kementerian keuangan", "kemenkeu"),
    ("kementerian dalam negeri", "kemendagri"),
    ("kantor pelayanan pajak", "kpp"),
    ("kejaksaan negeri", "kejari"),
    ("kejaksaan tinggi", "kejati"),
    ("kejaksaan agung", "kejagung"),
    ("sekolah dasar negeri", "sdn"),
    ("sd negeri", "sdn"),
    ("smp negeri", "smpn"),
    ("sma negeri", "sman"),
    ("satuan polisi pamong praja", "satpolpp"),
    ("polisi pamong praja", "satpolpp"),
    ("satpol pp", "satpolpp"),
    ("badan pertanahan nasional", "bpn"),
    ("kantor pertanahan", "bpn"),
    ("kantor wilayah", "kanwil"),
    ("kantor urusan agama", "kua"),
    ("pengadilan agama", "pengadilanagama"),
    ("pengadilan negeri", "pengadilannegeri"),
    ("abdi negara", "abdinegara"),
    # Contract and daily staff are not civil servants (`bio_work_words`).
    ("tenaga harian lepas", "thl"),
    ("tenaga kerja kontrak", "tkk"),
    ("tenaga kontrak", "tekon"),
    ("pegawai tidak tetap", "ptt"),
    ("aparatur sipil negara", "asn"),
    ("pegawai negeri sipil", "pns"),
    ("pekerjaan umum", "pupr"),
    ("ibu rumah tangga", "irt"),
    ("karyawan swasta", "karyawan"),
    ("content creator", "kreator"),
    # English bios ("Civil servant at Medan City Government", "Head of health centre at …")
    ("civil servant", "asn"),
    ("provincial government", "pemprov"),
    ("city government", "pemkot"),
    ("regency government", "pemkab"),
    ("health centre", "puskesmas"),
    ("health center", "puskesmas"),
    ("north sumatra", "sumut"),
    ("west sumatra", "sumbar"),
    ("south sumatra", "sumsel"),
    ("west java", "jabar"),
    ("central java", "jateng"),
    ("east java", "jatim"),
    ("south sulawesi", "sulsel"),
    ("north sulawesi", "sulut"),
    ("east kalimantan", "kaltim"),
    ("south kalimantan", "kalsel"),
    ("rumah makan", "rumahmakan"),
    ("les privat", "privat"),
    # Provinces as people abbreviate them ("ASN Pemprov Jatim"), on both sides alike.
    ("daerah istimewa yogyakarta", "diy"),
    ("di yogyakarta", "diy"),
    ("dki jakarta", "dki"),
    ("jawa barat", "jabar"),
    ("jawa tengah", "jateng"),
    ("jawa timur", "jatim"),
    ("sumatera utara", "sumut"),
    ("sumatera barat", "sumbar"),
    ("sumatera selatan", "sumsel"),
    ("kepulauan bangka belitung", "babel"),
    ("bangka belitung", "babel"),
    ("kepulauan riau", "kepri"),
    ("nusa tenggara barat", "ntb"),
    ("nusa tenggara timur", "ntt"),
    ("kalimantan barat", "kalbar"),
    ("kalimantan tengah", "kalteng"),
    ("kalimantan selatan", "kalsel"),
    ("kalimantan timur", "kaltim"),
    ("kalimantan utara", "kaltara"),
    ("sulawesi utara", "sulut"),
    ("sulawesi tengah", "sulteng"),
    ("sulawesi selatan", "sulsel"),
    ("sulawesi tenggara", "sultra"),
    ("sulawesi barat", "sulbar"),
    ("maluku utara", "malut"),
]
# Words that name a kind of workplace: a bio naming one that is not the employee's is a clash.
ORG_TYPES = frozenset(
    [
        "pemkab",
        "pemkot",
        "pemprov",
        "disdik",
        "disdikbud",
        "dinkes",
        "rsud",
        "setda",
        "bps",
        "kemenag",
        "kemenkeu",
        "kemendagri",
        "kpp",
        "kejari",
        "kejati",
        "kejagung",
        "sdn",
        "smpn",
        "sman",
        "man",
        "mtsn",
        "min",
        "puskesmas",
        "kua",
        "bpn",
        "satpolpp",
        "kanwil",
        "kecamatan",
        "kelurahan",
        "pengadilanagama",
        "pengadilannegeri",
        "inspektorat",
        "bkd",
        "bkpsdm",
        "bappeda",
        "pupr",
        "dinsos",
        "dispar",
        # other vertical offices a namesake may name ("ASN Kanwil DJKN", "PNS Kemenkumham")
        "kemenkumham",
        "kemenkes",
        "kemendikbud",
        "kemendikbudristek",
        "kemensos",
        "kementan",
        "kemenhub",
        "kemenkominfo",
        "kemenpanrb",
        "djp",
        "djbc",
        "djkn",
        "kppn",
        "bpk",
        "bpkp",
        "bkn",
        "bnn",
        "bmkg",
        "imigrasi",
        "lapas",
        "rutan",
        "polri",
        "polda",
        "polres",
    ]
)
# Occupations named in positions ("Guru Kelas SDN 3", "Perawat Ahli Pertama").
OCCUPATIONS = frozenset(
    [
        "guru",
        "perawat",
        "bidan",
        "dokter",
        "apoteker",
        "penyuluh",
        "auditor",
        "statistisi",
        "jaksa",
        "panitera",
        "camat",
        "lurah",
        "analis",
        "arsiparis",
        "pranata",
        "perencana",
        "surveyor",
        "sanitarian",
        "nutrisionis",
        "pengawas",
        "penghulu",
        "dosen",
        "hakim",
        "bendahara",
        "juru",
        "penata",
        "pemeriksa",
        "pekerja",
        "polisi",
    ]
)
CIVIL_SERVANT = ("asn", "pns", "pppk", "abdinegara")
# Occupations outside the civil service that people state in bios.
OTHER_WORK = frozenset(
    [
        "mahasiswa",
        "mahasiswi",
        "pelajar",
        "siswa",
        "wiraswasta",
        "wirausaha",
        "pedagang",
        "ojol",
        "driver",
        "petani",
        "nelayan",
        "buruh",
        "karyawan",
        "swasta",
        "irt",
        "freelancer",
        "freelance",
        "fotografer",
        "youtuber",
        "kreator",
        "pengusaha",
        "penjual",
        "jualan",
        "reseller",
        "olshop",
        "dropship",
        "tukang",
        "supir",
        "sopir",
        "sales",
        "marketing",
        "kasir",
        "kurir",
        "barista",
        "ojek",
        "pengacara",
        "advokat",
        "notaris",
        "konsultan",
        "pebisnis",
        "bisnis",
        "toko",
        "warung",
        "pensiunan",
        "purnabakti",
        "bumn",
        # honorary, contract and daily staff are not civil servants ("Guru honorer", "tenaga
        # honor", "Tenaga kontrak Pemkab Tanah Bumbu", "THL Dinas PUPR")
        "honorer",
        # private tutoring and trade ("Guru les privat", "Jual pakaian online", "Rumah makan")
        "privat",
        "bimbel",
        "jual",
        "rumahmakan",
        "katering",
        "laundry",
        "bengkel",
        "salon",
        "tekon",
        "tkk",
        "thl",
        "ptt",
    ]
)
# Words that make a clause of a bio say its owner is no (longer a) civil servant there:
# "Pensiunan PNS Pemkab Banjar", "Mantan ASN", "Guru honorer SDN 5" (`bio_work_words`).
_FORMER = frozenset({"pensiunan", "purnabakti", "mantan", "eks", "ex", "retired", "former"})
# Honorary, contract and daily staff, who work in a government office without being civil
# servants: their clause names no agency ("Tenaga kontrak Pemkab Tanah Bumbu").
_NON_CIVIL_STAFF = frozenset({"honorer", "tekon", "tkk", "thl", "ptt"})
# "honor" alone is also honour or a phone and a game ("Honor of Kings"): only after a job word.
_HONORARY_AFTER = frozenset({"guru", "tenaga", "pegawai", "staf", "staff", "karyawan"})
_CLAUSE = re.compile(r"\s*(?:[|•,;/\n]|\s[-–]\s)\s*")
_STOP = frozenset(
    [
        "dan",
        "di",
        "ke",
        "dari",
        "yang",
        "untuk",
        "the",
        "of",
        "kantor",
        "kabupaten",
        "kab",
        "kota",
        "provinsi",
        "prov",
        "badan",
        "dinas",
        "bagian",
        "seksi",
        "subbagian",
        "sub",
        "fungsi",
        "ahli",
        "pertama",
        "muda",
        "madya",
        "utama",
        "terampil",
        "mahir",
        "penyelia",
        "staf",
        "pelaksana",
        "kepala",
        "umum",
        "daerah",
        "pemerintah",
        "unit",
        "wilayah",
        "cabang",
        "uptd",
        "tata",
        "usaha",
        "kelas",
        "pelayanan",
        "pratama",
        "asn",
        "pns",
        "pppk",
        "abdinegara",
        "sekretaris",
    ]
)


def org_words(text: str | None) -> list[str]:
    """Words of a workplace text with long forms replaced by short ones ("pemkab", "rsud")."""
    return list(_org_words(text or ""))


@lru_cache(maxsize=100_000)
def _org_words(text: str) -> tuple[str, ...]:
    s = " ".join(words(text))
    if not s:
        return ()
    s = f" {s} "
    for long, short in _ORG_PHRASES:
        if long in s:
            s = s.replace(f" {long} ", f" {short} ")
    return tuple(s.split())


def bio_clauses(text: str | None) -> list[list[str]]:
    """A bio's workplace words (`org_words`) clause by clause, except that a clause saying its
    owner is no (longer a) civil servant gives only "pensiunan" or "honorer" (both other work),
    so that a retired, honorary or contract namesake's "PNS Pemkab Banjar" or "Tenaga kontrak
    Pemkab Tapin" names no agency and no civil servant."""
    out: list[list[str]] = []
    for clause in _CLAUSE.split(text or ""):
        ws = org_words(clause)
        if any(w in _FORMER for w in ws):
            out.append(["pensiunan"])
        elif any(w in _NON_CIVIL_STAFF for w in ws) or any(
            (w == "honor" and prev in _HONORARY_AFTER)
            # "Bidan desa (non-ASN)", "bukan PNS"
            or (w in CIVIL_SERVANT and prev in ("non", "bukan"))
            for prev, w in itertools.pairwise(ws)
        ):
            out.append(["honorer"])
        elif ws:
            out.append(ws)
    return out


def bio_work_words(text: str | None) -> list[str]:
    """A bio's workplace words, all clauses together (`bio_clauses`)."""
    return [w for clause in bio_clauses(text) for w in clause]


# Kinds of unit that carry a number ("SDN 2 Rantau", "SMP Negeri 5", "Puskesmas 2") and the
# family each belongs to: a unit of the same family with another kind or number is another
# workplace (`unit_ids`): a teacher of SMPN 2 Pammana does not teach at "SDN 2 Rantau".
_NUMBERED_UNITS = {
    "sdn": ("sekolah", "sdn"), "sd": ("sekolah", "sdn"), "smpn": ("sekolah", "smpn"),
    "smp": ("sekolah", "smpn"), "sman": ("sekolah", "sman"), "sma": ("sekolah", "sman"),
    "smkn": ("sekolah", "smkn"), "smk": ("sekolah", "smkn"), "min": ("sekolah", "min"),
    "mtsn": ("sekolah", "mtsn"), "man": ("sekolah", "man"), "tkn": ("sekolah", "tkn"),
    "puskesmas": ("puskesmas", "puskesmas"),
}  # fmt: skip


def unit_ids(ws: Sequence[str]) -> list[str]:
    """Numbered units among workplace words, family first: "sdn 2 rantau" -> ["sekolah#sdn2"].

    The number may follow one place word, as schools are also written ("SDN Teras 12", "SMPN
    Rappocini 4").
    """
    out: set[str] = set()
    for i, w in enumerate(ws):
        if w not in _NUMBERED_UNITS:
            continue
        for n in ws[i + 1 : i + 3]:
            if n.isdigit():
                if len(n) <= 3:
                    out.add(f"{_NUMBERED_UNITS[w][0]}#{_NUMBERED_UNITS[w][1]}{int(n)}")
                break
            if n in _NUMBERED_UNITS:
                break
    return sorted(out)


# A local government as a bio names it ("ASN Pemkab Tapin", "Pemkot Palu", "Pemprov Kalsel"):
# where it is not the employee's agency's, the bio names another workplace (`bio_govs`,
# `agency_govs`). Region codes on both sides: regency for Pemkab/Pemkot/Pemda, province for
# Pemprov (a Pemkab's teacher is not the Pemprov's).
_GOV_BIO = {
    "pemkab": "regency",
    "pemkot": "regency",
    "pemda": "any",
    "pemprov": "province",
    "pemerintah": "any",  # "Pemerintah Aceh" (the province's own name for its government)
}
# Words skipped between a government word and its place ("Pemkot Administrasi Jakarta Selatan";
# the place ends at a number, a generic word or a clause's end: "Pemkab Tapin 2019").
_GOV_SKIP = frozenset({"administrasi", "adm", "kab", "kabupaten", "kota", "provinsi", "prov"})
# Vertical agencies: not any local government ("ASN Pemkab Gowa" is not a Kemenag teacher).
_VERTICAL = frozenset(
    {"kemenag", "kemenkeu", "kemendagri", "kementerian", "kpp", "kejari", "kejati",
     "kejagung", "bps", "bpn", "kanwil", "pengadilanagama", "pengadilannegeri"}
)  # fmt: skip
GOV_NONE = "-"  # `agency_govs` of a vertical agency


def _gov_place(ws: Sequence[str], start: int) -> list[str]:
    """The place words after a government word at `start - 1` (at most three)."""
    out: list[str] = []
    for w in ws[start : start + 4]:
        if (w in _GOV_SKIP and not out) or w == "dan":
            continue
        if not w.isalpha() or w in _STOP or w in _GOV_BIO or w in ORG_TYPES:
            break
        out.append(w)
        if len(out) == 3:
            break
    return out


def agency_govs(agency_name: str | None, region: str | None) -> list[str]:
    """The local government an agency belongs to, as its region code ("63.10", "63").

    A vertical agency (a ministry and its offices) gives [`GOV_NONE`]: its staff are no local
    government's; any other agency without a region gives [] (nothing can contradict it)."""
    ws = org_words(agency_name)
    if any(w in _VERTICAL for w in ws):
        return [GOV_NONE]
    return [region] if region else []


def _is_short_for(short: str, place: Sequence[str]) -> bool:
    """True when `short` is a usual shortening of a place's words: it splits into one part per
    word, each part the word's first letter and then some of its letters in order ("kukar" for
    kutai kartanegara, "hst", "tanbu", "mks" for makassar; not "kita")."""
    if len(short) < 3:
        return False

    def fits(part: str, word: str) -> bool:
        it = iter(word[1:])
        return part[0] == word[0] and all(c in it for c in part[1:])

    def split(rest: str, words_left: Sequence[str]) -> bool:
        if len(words_left) == 1:
            return bool(rest) and fits(rest, words_left[0])
        return any(
            fits(rest[:i], words_left[0]) and split(rest[i:], words_left[1:])
            for i in range(1, len(rest) - len(words_left) + 2)
        )

    return len(place) <= len(short) and split(short, place)


def bio_govs(
    clauses: Iterable[Sequence[str]],
    places: PlaceIndex,
    agency_places: dict[tuple[str, ...], str],
) -> list[str]:
    """Region codes of the local governments a bio's clauses (workplace words) name.

    A place is read with the place index (every regency and province), else as a shortening
    of a place one of the roster's agencies names ("Pemkab Kukar"); a word that is neither
    ("ASN Pemkab tercinta") names nothing."""
    out: set[str] = set()
    for ws in clauses:
        for i, w in enumerate(ws):
            kind = _GOV_BIO.get(w)
            said = _gov_place(ws, i + 1) if kind else []
            if kind and not said and i > 0 and any(places.resolve(ws[i - 1])):
                said = [ws[i - 1]]  # English order: "Medan City Government", "Sumut Provincial …"
            if not said:
                continue
            regs, provs = places.resolve(" ".join(said))
            if kind == "province" or (kind == "any" and not regs):
                found = set(provs) if provs else set()
            else:
                found = set(regs)
            if not found:
                found = {
                    code
                    for place, code in agency_places.items()
                    if _is_short_for(said[0], place) and (len(code) > 2) == (kind != "province")
                }
            out |= found
    return sorted(out)


def distinctive(ws: Iterable[str]) -> list[str]:
    """Workplace words without the generic ones."""
    return sorted({w for w in ws if w not in _STOP and (len(w) > 1 or w.isdigit())})


# ---------------------------------------------------------------------------------------------
# Feature tables (same columns on both sides, as Splink requires)

ACCOUNTS = "a_accounts"  # sorts before the roster, so Splink puts accounts on the left (_l)
ROSTER = "b_roster"

_LIST = pa.list_(pa.string())
SCHEMA = pa.schema(
    [
        ("unique_id", pa.string()),
        ("name_key", pa.string()),  # sorted normalised tokens: exact match, term frequency
        ("name_full", pa.string()),  # normalised tokens in written order: Jaro-Winkler
        ("tok", _LIST),  # roster: strong tokens; account: display-name tokens (phonetic keys)
        ("tok_all", _LIST),  # roster: all tokens; account: display name + handle tokens
        ("ini", _LIST),  # roster: first letters of tokens; account: display initials
        ("n_bits", pa.float64()),  # roster: information of the whole name in bits
        ("rare", pa.string()),  # roster: the rarest strong token
        ("rare_bits", pa.float64()),
        ("rk_full", pa.string()),  # roster: key of the whole name's rarity (term frequency)
        ("rk_rare", pa.string()),  # roster: key of the rarest token's rarity
        ("reg", _LIST),  # regency codes: roster's region/agency; account's resolved location
        ("prov", _LIST),  # province codes
        ("bio", _LIST),  # account: bio words (short forms)
        ("bio_org", _LIST),  # account: workplace kinds the bio names
        ("work", _LIST),  # roster: distinctive words of unit and position
        ("agency", _LIST),  # roster: distinctive words of the agency name
        ("bio_reg", _LIST),  # account: region codes the bio names (place names as phrases)
        ("occ", _LIST),  # roster: occupation words of the position
        ("unit_id", _LIST),  # numbered units ("sekolah#sdn2"): roster's unit; account's bio
        ("gov", _LIST),  # local government codes: roster's agency; those the account's bio names
        ("h_sig", pa.string()),  # account: handle without separators
        ("h_mark", pa.bool_()),  # account: the handle carries digits of its own
        ("plat", pa.string()),  # account: platform
        ("decl", _LIST),  # roster: "platform:signature" of declared accounts
        ("decl_sig", _LIST),  # roster: signatures of declared accounts
        ("bk_tok", _LIST),  # blocking: rarest token / account tokens
        ("bk_reg", _LIST),  # blocking: token|province
        ("bk_h", _LIST),  # blocking: handle signatures
        # Social graph: account side, the declared accounts it engaged with (one entry per
        # owner); roster side, where the employee works.
        ("g_nip", _LIST),  # account: NIPs of those owners
        ("g_ag", _LIST),  # account: "agency#nip" of each owner
        ("g_unit", _LIST),  # account: "agency|unit#nip" of each owner in a small unit
        ("g_unit_big", _LIST),  # account: the same for owners in big units (`small_unit`)
        ("org_ag", pa.string()),  # roster: agency code
        ("org_unit", pa.string()),  # roster: "agency|unit"
    ]
)


@dataclass(frozen=True, slots=True)
class Employee:
    """A roster row as the model needs it."""

    nip: str
    name: str
    agency_code: str
    unit: str | None
    position: str | None
    region_code: str | None


@dataclass(frozen=True, slots=True)
class Contact:
    """The owner of a declared account that an account engaged with (social graph)."""

    nip: str
    agency_code: str | None
    unit: str | None
    # share of the employees with declared accounts who work in that unit
    unit_share: float | None = None


# A unit holding more of the declared accounts than this counts as its agency only: strangers'
# random engagements land in a big unit too often for "a colleague in the unit" to mean much.
MAX_UNIT_SHARE = 0.02


def small_unit(c: Contact) -> bool:
    """True when a contact's unit is small enough to be evidence of its own."""
    return c.unit_share is not None and c.unit_share <= MAX_UNIT_SHARE


@dataclass(frozen=True, slots=True)
class Actor:
    """An account seen acting in events, with the profile fields events carried."""

    key: str  # unique id of the account in this run
    platform: str
    user_id: str | None
    handle: str | None
    display_name: str | None
    bio: str | None
    location: str | None
    declared_nip: str | None = None  # a declared/confirmed account: a label, never proposed
    # Owners of the declared accounts it liked, commented, shared, quoted or followed (never
    # itself): its colleagues, or the employee's own main account.
    contacts: tuple[Contact, ...] = ()


@dataclass(slots=True)
class Vocabulary:
    """What the roster tells about names and places, shared by both sides' features."""

    stats: TokenStats
    places: PlaceIndex
    handles: HandleParser
    agency_names: dict[str, str]
    agency_regions: dict[str, str | None]
    name_counts: Counter[str] = field(default_factory=Counter)  # name_key -> employees
    # Places the agencies' names give, as words -> region code (`bio_govs` reads shortenings).
    agency_places: dict[tuple[str, ...], str] = field(default_factory=dict)
    # False when `name_counts` holds only names shared by two or more employees (a roster
    # counted in SQL): a roster name missing from it is then carried by one employee.
    singletons_counted: bool = True

    def name_share(self, key: str) -> tuple[int, float]:
        """(employees with this exact name, 1 in how many); `key` is a roster name's key."""
        k = self.name_counts.get(key, 0)
        if k == 0 and not self.singletons_counted:
            k = 1
        return k, self.stats.employees / max(k, 1)


def build_vocabulary(
    employees: Sequence[Employee], agencies: Iterable[tuple[str, str, str | None]]
) -> Vocabulary:
    """Token counts, places and agency names from the roster and agencies (code, name, region)."""
    ags = list(agencies)
    parsed = [parse_name(e.name) for e in employees]
    stats = TokenStats.from_names(parsed)
    counts: Counter[str] = Counter(p.key for p in parsed)
    return Vocabulary(
        stats=stats,
        places=PlaceIndex.build((name, region) for _, name, region in ags),
        handles=HandleParser(stats),
        agency_names={code: name for code, name, _ in ags},
        agency_regions={code: region for code, _, region in ags},
        name_counts=counts,
        agency_places=agency_places(ags),
    )


def agency_places(agencies: Iterable[tuple[str, str, str | None]]) -> dict[tuple[str, ...], str]:
    """The place each agency's name gives after a government word, with the agency's region:
    ("tanah", "bumbu") -> "63.10" for "Pemerintah Kabupaten Tanah Bumbu"."""
    out: dict[tuple[str, ...], str] = {}
    for _code, name, region in agencies:
        ws = org_words(name)
        for i, w in enumerate(ws):
            if region and (w in _GOV_BIO or w in _GOV_SKIP) and (place := _gov_place(ws, i + 1)):
                out.setdefault(tuple(place), region)
    return out


def _empty_row() -> dict[str, Any]:
    return {f.name: None for f in SCHEMA}


_WorkFeatures = tuple[list[str], list[str], list[str], list[str], list[str], list[str], list[str]]


# The raw roster as it comes from the database or a file, one Arrow batch at a time.
RAW_ROSTER = pa.schema(
    [
        ("nip", pa.string()),
        ("name", pa.string()),
        ("agency_code", pa.string()),
        ("unit", pa.string()),
        ("position", pa.string()),
        ("region_code", pa.string()),
    ]
)


def employees_arrow(employees: Sequence[Employee]) -> pa.Table:
    """Roster rows as a raw Arrow table (`RAW_ROSTER`)."""
    return pa.table(
        {f.name: [getattr(e, f.name) for e in employees] for f in RAW_ROSTER}, schema=RAW_ROSTER
    )


_NameCore = tuple[str | None, str | None, list[str], list[str], list[str]]


def _name_core(head: str) -> _NameCore:
    """(key, full, strong keys, all keys, initials) of a name without its degrees.

    Independent of the roster's counts, so that it can be computed batch by batch (or in
    worker processes) before the counts exist; rarity comes later, in SQL (`_finish_roster`).
    `parse_name` is called unwrapped: its cache is for display names, not for a roster.
    """
    toks = simple_name_tokens(head)
    if toks is not None:  # most names: nothing to strip but titles (names.simple_name_tokens)
        every = [phonetic(t) for t in toks]
        return (
            " ".join(sorted(toks)),
            " ".join(toks),
            list(dict.fromkeys(every)),
            every,
            sorted({t[0] for t in toks}),
        )
    p = parse_name.__wrapped__(head)
    strong_toks = p.strong_tokens or p.tokens
    return (
        p.key or None,
        p.full or None,
        list(dict.fromkeys(phonetic(t) for t in strong_toks)),
        list(p.record_phonetic),
        sorted({t[0] for t in p.tokens} | set(p.initials)),
    )


def roster_features(
    batch: pa.Table | pa.RecordBatch,
    vocab: Vocabulary,
    declared: dict[str, list[tuple[str, str]]],
    *,
    works: dict[tuple[str, str | None, str | None, str | None], _WorkFeatures] | None = None,
) -> pa.Table:
    """Feature rows (`SCHEMA`) of a raw roster batch (`RAW_ROSTER` columns).

    Uses only the agencies and places of `vocab`, never its name counts: the columns that
    depend on how common a name is (`n_bits`, `rare`, `rare_bits`, blocking keys) are left
    empty and filled in SQL once the whole roster is in DuckDB (`_finish_roster`).
    """
    raw = batch.to_pydict()
    n = len(raw["nip"])
    # Names repeat (degrees differ, the name does not): compute each distinct one once.
    names: dict[str, _NameCore] = {}
    works = {} if works is None else works
    uid: list[str] = []
    c_key: list[str | None] = []
    c_full: list[str | None] = []
    c_tok: list[list[str]] = []
    c_all: list[list[str]] = []
    c_ini: list[list[str]] = []
    c_reg: list[list[str]] = []
    c_prov: list[list[str]] = []
    c_work: list[list[str]] = []
    c_agency: list[list[str]] = []
    c_occ: list[list[str]] = []
    c_uid: list[list[str]] = []
    c_gov: list[list[str]] = []
    c_decl: list[list[str]] = []
    c_dsig: list[list[str]] = []
    for nip, name, agency, unit, position, region in zip(
        raw["nip"],
        raw["name"],
        raw["agency_code"],
        raw["unit"],
        raw["position"],
        raw["region_code"],
        strict=True,
    ):
        head = (name or "").partition(",")[0]
        nf = names.get(head)
        if nf is None:
            nf = names[head] = _name_core(head)
        wkey = (agency, unit, position, region)
        wf = works.get(wkey)
        if wf is None:
            aname = vocab.agency_names.get(agency, "")
            aregion = vocab.agency_regions.get(agency)
            regions = {c for c in (region, aregion) if c}
            # Place words ("suka makmur") are matched as places, never as loose work words.
            place = set().union(*(vocab.places.tokens_of(c) for c in regions))
            pos = org_words(position)
            agency_words = distinctive(org_words(aname))
            wf = works[wkey] = (
                [w for w in distinctive(org_words(unit) + pos) if w not in place],
                sorted({w for w in pos if w in OCCUPATIONS}),
                # An agency named by its place alone ("Pemerintah Aceh") is not named by a bio
                # that names the place ("Sopir travel Banda Aceh"): that is its government's
                # code (`agency_govs`).
                agency_words if any(w not in place for w in agency_words) else [],
                sorted(c for c in regions if len(c) > 2),
                province_keys(regions),
                # a school is often named in the position only ("Guru SMAN 1 Medan")
                sorted({*unit_ids(org_words(unit)), *unit_ids(pos)}),
                agency_govs(aname, aregion),
            )
        uid.append(f"e:{nip}")
        c_key.append(nf[0])
        c_full.append(nf[1])
        c_tok.append(nf[2])
        c_all.append(nf[3])
        c_ini.append(nf[4])
        c_work.append(wf[0])
        c_occ.append(wf[1])
        c_uid.append(wf[5])
        c_gov.append(wf[6])
        c_agency.append(wf[2])
        c_reg.append(wf[3])
        c_prov.append(wf[4])
        decl = declared.get(nip) if declared else None
        if decl:
            sigs = [(pl, handle_signature(h)) for pl, h in decl if h]
            c_dsig.append(sorted({sig for _, sig in sigs}))
            c_decl.append(sorted({f"{pl}:{sig}" for pl, sig in sigs}))
        else:
            c_dsig.append([])
            c_decl.append([])
    units = [org_unit_key(a, u) for a, u in zip(raw["agency_code"], raw["unit"], strict=True)]
    cols: dict[str, Any] = {
        "unique_id": uid,
        "name_key": c_key,
        "name_full": c_full,
        "tok": c_tok,
        "tok_all": c_all,
        "ini": c_ini,
        "rk_full": uid,
        "rk_rare": uid,
        "reg": c_reg,
        "prov": c_prov,
        "work": c_work,
        "agency": c_agency,
        "occ": c_occ,
        "unit_id": c_uid,
        "gov": c_gov,
        "decl": c_decl,
        "decl_sig": c_dsig,
        "bk_h": c_dsig,
        "org_ag": raw["agency_code"],
        "org_unit": units,
    }
    # Every other column (account-side ones included) is null on the roster side.
    return pa.table(
        [
            pa.array(cols[f.name], type=f.type) if f.name in cols else pa.nulls(n, type=f.type)
            for f in SCHEMA
        ],
        schema=SCHEMA,
    )


def roster_table(
    employees: Sequence[Employee],
    vocab: Vocabulary,
    declared: dict[str, list[tuple[str, str]]],
) -> pa.Table:
    """The roster side: one row per employee; `declared` maps nip -> [(platform, handle)].

    Rarity columns are filled when the table reaches `LinkModel` (`_finish_roster`).
    """
    return roster_features(employees_arrow(employees), vocab, declared)


def _features_worker_init(vocab: Vocabulary, declared: dict[str, list[tuple[str, str]]]) -> None:
    global _WORKER_STATE
    _WORKER_STATE = (vocab, declared)


_WORKER_STATE: tuple[Vocabulary, dict[str, list[tuple[str, str]]]] | None = None


def _features_in_worker(batch: pa.Table) -> pa.Table:
    assert _WORKER_STATE is not None
    return roster_features(batch, *_WORKER_STATE)


def _features_to_parquet(batch: pa.Table, path: str) -> str:
    assert _WORKER_STATE is not None
    pq.write_table(roster_features(batch, *_WORKER_STATE), path)
    return path


@contextmanager
def _feature_pool(
    workers: int, vocab: Vocabulary, declared: dict[str, list[tuple[str, str]]]
) -> Iterator[ProcessPoolExecutor]:
    import multiprocessing

    # spawn, not fork: the parent holds DuckDB threads, and a forked child could inherit a
    # lock one of them held.
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_features_worker_init,
        initargs=(vocab, declared),
    ) as pool:
        yield pool


def _bounded(
    pool: ProcessPoolExecutor,
    calls: Iterable[tuple[Callable[..., Any], tuple[Any, ...]]],
    workers: int,
) -> Iterator[Any]:
    """Results of `calls` submitted to `pool`, in order, at most two per worker in flight."""
    pending: deque[Future[Any]] = deque()
    for fn, args in calls:
        pending.append(pool.submit(fn, *args))
        while len(pending) >= 2 * workers:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _as_table(b: pa.Table | pa.RecordBatch) -> pa.Table:
    return b if isinstance(b, pa.Table) else pa.Table.from_batches([b])


def _feature_batches(
    batches: Iterable[pa.Table | pa.RecordBatch],
    vocab: Vocabulary,
    declared: dict[str, list[tuple[str, str]]],
    workers: int,
) -> Iterator[pa.Table]:
    """Feature tables of raw batches, in order; in `workers` processes when there are several."""
    it = iter(batches)
    first = next(it, None)
    if first is None:
        return
    second = next(it, None)
    if second is None or workers <= 1:
        works: dict[tuple[str, str | None, str | None, str | None], _WorkFeatures] = {}
        for b in (first, second) if second is not None else (first,):
            yield roster_features(b, vocab, declared, works=works)
        for b in it:
            yield roster_features(b, vocab, declared, works=works)
        return
    with _feature_pool(workers, vocab, declared) as pool:
        calls = (
            (_features_in_worker, (_as_table(b),)) for b in itertools.chain((first, second), it)
        )
        yield from _bounded(pool, calls, workers)


class RosterPrefetch:
    """Roster features made by worker processes while the caller does something else.

    `netra scan` starts it before the detectors, which keep one core busy in Python: the
    roster's features, the longest part of preparing linkage, are made on the others. A
    thread feeds the workers, which write one Parquet file per batch under `folder`;
    `tables` waits for them and reads the files back in order, so the features of a large
    roster never sit in memory all at once. Always in worker processes, even for one batch:
    computed in this process they would compete with the caller for the interpreter.
    """

    def __init__(
        self,
        batches: Iterable[pa.Table | pa.RecordBatch],
        agencies: Iterable[tuple[str, str, str | None]],
        declared: dict[str, list[tuple[str, str]]],
        folder: Path,
        *,
        config: ModelConfig | None = None,
    ) -> None:
        self.agencies = list(agencies)
        self.declared = declared
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        cfg = config or ModelConfig()
        workers = cfg.feature_workers or min(os.cpu_count() or 1, 4)
        base = build_vocabulary([], self.agencies)
        self._paths: list[Path] = []
        self._error: BaseException | None = None

        def run() -> None:
            try:
                with _feature_pool(workers, base, declared) as pool:
                    calls = (
                        (
                            _features_to_parquet,
                            (_as_table(b), str(folder / f"roster-features-{i:06d}.parquet")),
                        )
                        for i, b in enumerate(batches)
                    )
                    for path in _bounded(pool, calls, workers):
                        self._paths.append(Path(path))
            except BaseException as exc:  # raised again in the caller's thread by `tables`
                self._error = exc

        self._thread = threading.Thread(target=run, name="roster-features", daemon=True)
        self._thread.start()

    def tables(self) -> Iterator[pa.Table]:
        """The feature tables in roster order, once the workers are done."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        for path in self._paths:
            yield pq.read_table(path)

    def close(self) -> None:
        """Wait for the workers and delete their files."""
        self._thread.join()
        for path in self._paths:
            path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.folder.rmdir()


def temp_table(
    con: duckdb.DuckDBPyConnection,
    name: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> None:
    """(Re)create temp table `name` of VARCHAR `columns` holding `rows`.

    Through Arrow: DuckDB runs an `executemany` insert one statement a row (seconds for the
    declared accounts of a 40,000-employee roster).
    """
    data = pa.table({c: pa.array([r[i] for r in rows], pa.string()) for i, c in enumerate(columns)})
    con.register(f"_{name}_in", data)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _{name}_in")
    con.unregister(f"_{name}_in")


def _connect(cfg: ModelConfig) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    if cfg.threads:
        con.execute(f"SET threads = {int(cfg.threads)}")
    if cfg.memory_limit:
        con.execute(f"SET memory_limit = '{cfg.memory_limit}'")
    if cfg.temp_dir:
        con.execute(f"SET temp_directory = '{cfg.temp_dir}'")
    # Order is never needed for the feature and pair tables; dropping it saves memory.
    con.execute("SET preserve_insertion_order = false")
    return con


def _load_roster(con: duckdb.DuckDBPyConnection, tables: Iterable[pa.Table]) -> int:
    """Append feature tables to the roster table; returns its row count."""
    first = True
    for table in tables:
        con.register("_r", table)
        if first:
            con.execute(f"CREATE OR REPLACE TABLE {ROSTER} AS SELECT * FROM _r")
            first = False
        else:
            con.execute(f"INSERT INTO {ROSTER} SELECT * FROM _r")
        con.unregister("_r")
    if first:
        raise LinkageError("the roster is empty: nobody to link accounts to")
    row = _first(con, f"SELECT count(*) FROM {ROSTER}")
    n = int(row[0]) if row else 0
    if n == 0:
        raise LinkageError("the roster is empty: nobody to link accounts to")
    return n


def _finish_roster(con: duckdb.DuckDBPyConnection, n: int) -> None:
    """Rarity columns and name blocking keys of the roster, from its own token counts (SQL).

    `_tokc` counts each phonetic key once per employee (what `TokenStats` counts); a name's
    bits are the sum of its distinct strong keys' bits, its rarest key the least counted one
    (ties: alphabetical). `_rk_pairs` holds the pairs of its three rarest strong keys.
    """
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _tokc AS
            SELECT t, count(*) AS c FROM (SELECT unnest(list_distinct(tok_all)) AS t FROM {ROSTER})
            GROUP BY t"""
    )
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _rtok AS
            SELECT x.unique_id, x.t, coalesce(k.c, 1) AS c,
                   row_number() OVER (PARTITION BY x.unique_id ORDER BY coalesce(k.c, 1), x.t)
                       AS rk
            FROM (SELECT unique_id, unnest(tok) AS t FROM {ROSTER}) x LEFT JOIN _tokc k USING (t)"""
    )
    con.execute(
        f"""CREATE OR REPLACE TABLE {ROSTER} AS
            WITH agg AS (
                SELECT unique_id, sum(log2({n} / c)) AS n_bits,
                       arg_min(t, rk) AS rare, log2({n} / min(c)) AS rare_bits
                FROM _rtok GROUP BY unique_id
            )
            SELECT r.* REPLACE (
                g.n_bits AS n_bits, g.rare AS rare, g.rare_bits AS rare_bits,
                CASE WHEN g.rare IS NULL THEN []::VARCHAR[] ELSE [g.rare] END AS bk_tok,
                coalesce(list_sort(list_distinct(flatten(
                    [list_transform(r.prov, lambda p: k || '|' || p)
                     for k in list_filter([g.rare, r.tok_all[1]], lambda x: x IS NOT NULL)]
                ))), []::VARCHAR[]) AS bk_reg)
            FROM {ROSTER} r LEFT JOIN agg g USING (unique_id)"""
    )
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _rk_pairs AS
           SELECT a.unique_id, a.t || ' ' || b.t AS k
           FROM _rtok a JOIN _rtok b ON a.unique_id = b.unique_id AND a.t < b.t
           WHERE a.rk <= 3 AND b.rk <= 3"""
    )
    con.execute("DROP TABLE _rtok")


def _vocabulary_from_db(con: duckdb.DuckDBPyConnection, base: Vocabulary, n: int) -> Vocabulary:
    """The vocabulary of a roster held in DuckDB: token counts and shared names from SQL."""
    counts: Counter[str] = Counter(dict(con.execute("SELECT t, c FROM _tokc").fetchall()))
    stats = TokenStats(counts, n)
    # Only names two or more employees share: `name_share` counts the others as one.
    shared: Counter[str] = Counter(
        dict(
            con.execute(
                f"""SELECT name_key, count(*) FROM {ROSTER} WHERE name_key IS NOT NULL
                    GROUP BY name_key HAVING count(*) > 1"""
            ).fetchall()
        )
    )
    return Vocabulary(
        stats=stats,
        places=base.places,
        handles=HandleParser(stats),
        agency_names=base.agency_names,
        agency_regions=base.agency_regions,
        name_counts=shared,
        singletons_counted=False,
        agency_places=base.agency_places,
    )


class RosterStore:
    """The roster's features in DuckDB, built batch by batch, and the vocabulary they give.

    `batches` yields raw roster rows (`RAW_ROSTER` columns) as Arrow tables or record
    batches: a national roster never sits in Python as objects. Features are computed per
    batch (in `config.feature_workers` processes when there are several batches), or were
    computed already (`RosterPrefetch`); token and name counts are SQL aggregates. Pass the
    store to `LinkModel` in place of a table.
    """

    def __init__(
        self,
        batches: Iterable[pa.Table | pa.RecordBatch] | RosterPrefetch,
        agencies: Iterable[tuple[str, str, str | None]],
        declared: dict[str, list[tuple[str, str]]],
        *,
        config: ModelConfig | None = None,
    ) -> None:
        self.config = config or ModelConfig()
        base = build_vocabulary([], agencies)
        workers = self.config.feature_workers or min(os.cpu_count() or 1, 4)
        self.con = _connect(self.config)
        try:
            features = (
                batches.tables()
                if isinstance(batches, RosterPrefetch)
                else _feature_batches(batches, base, declared, workers)
            )
            self.n = _load_roster(self.con, features)
            _finish_roster(self.con, self.n)
            self.vocab = _vocabulary_from_db(self.con, base, self.n)
        except BaseException:
            self.con.close()
            raise

    def close(self) -> None:
        """Release the DuckDB connection (LinkModel.close does it when given the store)."""
        self.con.close()


@dataclass(frozen=True, slots=True)
class ActorNames:
    """The name evidence an account offers."""

    display: ParsedName
    handle_tokens: tuple[str, ...]


def actor_bio(a: Actor) -> str | None:
    """The bio, with what follows the display name ("Novi Fauzi (Pemkab Kulon Progo)"): both
    say where one works."""
    _name, affiliation = split_display_name(a.display_name)
    if not affiliation:
        return a.bio
    return f"{a.bio} | {affiliation}" if a.bio else affiliation


def actor_names(a: Actor, vocab: Vocabulary) -> ActorNames:
    """Parse the display name (without an affiliation after it) and the handle of an account.

    A parent's teknonym ("Bunda Azka", handle bunda_azka) names the child: neither the
    display name nor the handle's words for it are taken as the owner's name.
    """
    name, _extra = split_display_name(a.display_name)
    display = parse_name(name)
    # A town after the name, where the account says it lives ("Made Sudirta Kuta" in Kuta,
    # Badung): where someone is from, not a word of their name.
    if len(display.tokens) >= 3 and a.location:
        lives = {normalise_token(w) for w in words(a.location)}
        if display.tokens[-1] in lives and display.tokens[-1] not in display.weak:
            display = replace(display, tokens=display.tokens[:-1])
    handle = vocab.handles.parse(a.handle).tokens
    child = teknonym_child(display)
    if child:
        display = replace(display, tokens=(), initials=(), weak=())
        drop = {phonetic(t) for t in child} | {phonetic(t) for t in TEKNONYMS}
        handle = tuple(t for t in handle if phonetic(t) not in drop)
    return ActorNames(display, handle)


def org_unit_key(agency: str | None, unit: str | None) -> str | None:
    """The key of a unit within its agency ("KAB-17.06|Dinas Pendidikan"); None if unknown."""
    if not agency or not unit or not unit.strip():
        return None
    return f"{agency}|{unit.strip().lower()}"


def accounts_table(actors: Sequence[Actor], vocab: Vocabulary) -> pa.Table:
    """The account side: one row per account seen acting."""
    cols: dict[str, list[Any]] = {f.name: [] for f in SCHEMA}
    stats = vocab.stats
    for a in actors:
        names = actor_names(a, vocab)
        dn = names.display
        # A clipped display word the handle spells out counts as the handle's word ("Jess",
        # jessica_haryanti55): the name level is then "name with handle" at best, since the
        # written name (`name_key`) stays as shown.
        dtok = [phonetic(t) for t in spelled_out(dn.tokens, names.handle_tokens, stats)]
        all_tok = list(dict.fromkeys(dtok + [phonetic(t) for t in names.handle_tokens]))
        regs, places = vocab.places.resolve(a.location)
        provs = province_keys(regs + places)
        bio_text = actor_bio(a)
        clauses = bio_clauses(bio_text)
        bio = [w for clause in clauses for w in clause]
        sig = handle_signature(a.handle)
        known = [t for t in all_tok if stats.counts.get(t, 0) > 0]
        cols["unique_id"].append(a.key)
        cols["name_key"].append(dn.key or None)
        cols["name_full"].append(dn.full or None)
        cols["tok"].append(dtok)
        cols["tok_all"].append(all_tok)
        cols["ini"].append(list(dn.initials))
        cols["n_bits"].append(None)
        cols["rare"].append(None)
        cols["rare_bits"].append(None)
        cols["rk_full"].append(None)
        cols["rk_rare"].append(None)
        cols["reg"].append(regs)
        cols["prov"].append(provs)
        cols["bio"].append(sorted(set(bio)))
        cols["bio_org"].append(sorted({w for w in bio if w in ORG_TYPES | OTHER_WORK}))
        bio_regs, bio_provs = vocab.places.resolve(bio_text)
        cols["bio_reg"].append(bio_regs + bio_provs)
        cols["unit_id"].append(unit_ids(bio))
        cols["gov"].append(bio_govs(clauses, vocab.places, vocab.agency_places))
        for name in ("work", "agency", "occ", "decl", "decl_sig"):
            cols[name].append(None)
        cols["h_sig"].append(sig or None)
        cols["h_mark"].append(handle_has_own_mark(a.handle))
        cols["plat"].append(a.platform)
        undeclared = a.declared_nip is None
        cols["bk_tok"].append(known if undeclared else [])
        cols["bk_reg"].append(
            sorted(f"{t}|{pv}" for t in known for pv in provs) if undeclared else []
        )
        cols["bk_h"].append([sig] if undeclared and sig and len(sig) >= 4 else [])
        owners = {c.nip: c for c in a.contacts}
        cols["g_nip"].append(sorted(owners))
        cols["g_ag"].append(
            sorted(f"{c.agency_code}#{n}" for n, c in owners.items() if c.agency_code)
        )
        units = (
            (org_unit_key(c.agency_code, c.unit), n) for n, c in owners.items() if small_unit(c)
        )
        cols["g_unit"].append(sorted(f"{u}#{n}" for u, n in units if u))
        big = (
            (org_unit_key(c.agency_code, c.unit), n) for n, c in owners.items() if not small_unit(c)
        )
        cols["g_unit_big"].append(sorted(f"{u}#{n}" for u, n in big if u))
        cols["org_ag"].append(None)
        cols["org_unit"].append(None)
    return pa.table(cols, schema=SCHEMA)


# ---------------------------------------------------------------------------------------------
# The Splink model

# (sql condition, label, evidence phrase, prior m, prior u); gamma counts down from the first.
Level = tuple[str, str, str, float, float]

# The handle shows a name word the employee's name lacks ('Bu Nova' as nova_hasanah89 against
# an employee named just Nova): the display name alone would say "the same name", but the
# account is more likely someone whose name has that word too. Its own levels, m from labels.
_HANDLE_SAYS_MORE = "NOT list_has_all(tok_all_r, tok_all_l)"
NAME_LEVELS: list[Level] = [
    (
        f"name_key_l = name_key_r AND {_HANDLE_SAYS_MORE}",
        "exact name, handle says more",
        "the same name, though the handle shows a word the employee's name lacks",
        0.03,
        0.0005,
    ),
    (
        "name_key_l = name_key_r",
        "exact name",
        "the same name",
        0.30,
        0.0005,
    ),
    (
        "len(tok_r) > 0 AND list_has_all(tok_l, tok_r) AND list_has_all(tok_all_r, tok_l)",
        "same tokens",
        "the same name up to spelling and order",
        0.12,
        0.0005,
    ),
    (
        "len(tok_r) > 0 AND list_has_all(tok_all_l, tok_r) AND list_has_all(tok_all_r, tok_l)",
        "name with handle",
        "the whole name once the handle is read too",
        0.12,
        0.0005,
    ),
    (
        "len(ini_l) > 0 AND len(tok_l) > 0 AND list_has_all(tok_all_r, tok_l) "
        f"AND list_has_all(ini_r, ini_l) AND {_HANDLE_SAYS_MORE}",
        "initials, handle says more",
        "the name with initials for the rest, though the handle shows a word the name lacks",
        0.01,
        0.002,
    ),
    (
        "len(ini_l) > 0 AND len(tok_l) > 0 AND list_has_all(tok_all_r, tok_l) "
        "AND list_has_all(ini_r, ini_l)",
        "initials",
        "the name with initials for the rest",
        0.05,
        0.002,
    ),
    (
        f"list_contains(tok_all_l, rare_r) AND list_has_all(tok_all_r, tok_l) "
        f"AND {_HANDLE_SAYS_MORE}",
        "rare part, handle says more",
        "the rarest part of the name, though the handle shows a word the employee's name lacks",
        0.01,
        0.003,
    ),
    (
        "list_contains(tok_all_l, rare_r) AND list_has_all(tok_all_r, tok_l)",
        "rare part",
        "the rarest part of the name",
        0.1,
        0.003,
    ),
    (
        "jaro_winkler_similarity(name_full_l, name_full_r) >= 0.92",
        "similar spelling",
        "a similar spelling of the name",
        0.03,
        0.002,
    ),
    (
        "list_has_all(tok_all_r, tok_l) AND list_has_any(tok_all_l, tok_all_r)",
        "common part",
        "only a common part of the name",
        0.16,
        0.05,
    ),
    ("ELSE", "names differ", "a different name", 0.12, 0.94),
]
# Levels whose u is the rarity of this employee's name (tf lookup keyed by employee).
NAME_TF: dict[str, str] = {
    "exact name, handle says more": "rk_full",
    "exact name": "rk_full",
    "same tokens": "rk_full",
    "name with handle": "rk_full",
    "rare part, handle says more": "rk_rare",
    "rare part": "rk_rare",
}
NAME_NULL = "(tok_all_l IS NULL OR len(tok_all_l) = 0) AND (ini_l IS NULL OR len(ini_l) = 0)"
# Over account `fa` and employee `fr`: the name level is not "names differ" (every level above
# it needs the account's display words within the employee's name, or a near spelling).
NAME_NOT_DIFFERENT = (
    "fa.name_key = fr.name_key OR list_has_all(fr.tok_all, fa.tok) "
    "OR jaro_winkler_similarity(fa.name_full, fr.name_full) >= 0.92"
)

# Jakarta and its commuter belt share a key in the province lists (`province_keys`): living in
# Bekasi while working in Jakarta is ordinary, so it is no contradiction; but a namesake may
# live there too, so it weighs without corroborating (it is in neither CORROBORATING nor
# CONTRADICTING).
REGION_LEVELS: list[Level] = [
    ("list_has_any(reg_l, reg_r)", "same regency", "is the employee's regency/city", 0.6, 0.05),
    (
        f"list_has_any(list_filter(prov_l, lambda x: x <> '{JABODETABEK}'), prov_r)",
        "same province",
        "is in the employee's province",
        0.3,
        0.1,
    ),
    (
        "list_has_any(prov_l, prov_r)",
        "same metro area",
        "is in the employee's metropolitan area (Jakarta and its commuter belt)",
        0.05,
        0.05,
    ),
    ("ELSE", "other province", "is in another province", 0.1, 0.85),
]
REGION_NULL = "prov_l IS NULL OR len(prov_l) = 0 OR prov_r IS NULL OR len(prov_r) = 0"

_CS = ", ".join(f"'{w}'" for w in CIVIL_SERVANT)
# The bio names a workplace or job that the employee's own unit, position and agency do not.
_OTHER_WORK = (
    "len(bio_org_l) > 0 "
    "AND len(bio_org_l) > len(list_intersect(bio_org_l, list_concat(work_r, agency_r)))"
)
# The bio names a numbered unit of the family the employee works in, but not the employee's
# ("Guru SDN 2 Rantau" for a teacher of SDN 5 Batulicin or of SMPN 2 Pammana): another
# workplace.
# (CASE first: most pairs have no numbered unit on one side, and the list work is skipped.)
_OTHER_UNIT = (
    "(CASE WHEN coalesce(len(unit_id_l), 0) = 0 OR coalesce(len(unit_id_r), 0) = 0 THEN FALSE "
    "ELSE NOT list_has_any(unit_id_l, unit_id_r) "
    "AND list_has_any(list_transform(unit_id_l, lambda x: split_part(x, '#', 1)), "
    "list_transform(unit_id_r, lambda x: split_part(x, '#', 1))) END)"
)
# The bio names a local government that is not the employee's agency's ("ASN Pemkab Tapin"
# for an employee of Pemkab Tanah Bumbu, or of the Kemenag): another workplace.
_OTHER_GOV = (
    "(CASE WHEN coalesce(len(gov_l), 0) = 0 OR coalesce(len(gov_r), 0) = 0 THEN FALSE "
    "ELSE NOT list_has_any(gov_l, gov_r) END)"
)
_SAME_GOV = (
    "(CASE WHEN coalesce(len(gov_l), 0) = 0 OR coalesce(len(gov_r), 0) = 0 THEN FALSE "
    "ELSE list_has_any(gov_l, gov_r) END)"
)
_SAME_UNIT = f"NOT ({_OTHER_UNIT} OR {_OTHER_GOV})"
BIO_LEVELS: list[Level] = [
    (
        # A numbered unit of the employee's, in the employee's town ("Guru SDN 3 Makassar",
        # "Pengajar di SDN 2 Makassar" living in Makassar): one school among the thousands of
        # a province, far rarer for a stranger than a position many employees hold.
        "list_has_any(unit_id_l, unit_id_r) AND list_has_any(bio_l, work_r) "
        "AND (list_has_any(bio_reg_l, reg_r) OR coalesce(list_has_any(reg_l, reg_r), FALSE)) "
        f"AND NOT ({_OTHER_WORK}) AND NOT {_OTHER_GOV}",
        "names numbered unit",
        "names the employee's own numbered unit (school, puskesmas) in the employee's town",
        0.05,
        0.00005,
    ),
    (
        # two of its words, or one and the place; the intersection only where one is shared
        # and no job outside the civil service beside it ("Guru les privat Matematika & IPA"
        # is a private tutor, not the "Guru IPA" of a state school)
        "list_has_any(bio_l, work_r) AND (list_has_any(bio_reg_l, reg_r) "
        f"OR len(list_intersect(bio_l, work_r)) >= 2) AND NOT ({_OTHER_WORK}) AND {_SAME_UNIT}",
        "names unit/position",
        "names the employee's unit or position",
        0.15,
        0.0005,
    ),
    (
        # the agency's words, or its local government however written ("ASN Pemkab Tanbu")
        f"(len(agency_r) > 0 AND list_has_all(bio_l, agency_r) AND NOT {_OTHER_GOV}) "
        f"OR {_SAME_GOV}",
        "names agency",
        "names the employee's agency",
        0.15,
        0.002,
    ),
    (
        # "ASN Gowa", "Abdi negara | Gowa": two weak facts in one bio (`WEAK_FACTS`), the
        # place counted as below.
        f"list_has_any(bio_l, [{_CS}]) AND list_has_any(bio_reg_l, reg_r) "
        f"AND NOT coalesce(list_has_any(reg_l, reg_r), FALSE) AND NOT ({_OTHER_WORK}) "
        f"AND {_SAME_UNIT}",
        "civil servant in place",
        "says the owner is a civil servant in the employee's regency/city",
        0.05,
        0.002,
    ),
    (
        # A place alone is where someone lives as much as where they work: it counts only
        # when the location has not already said so (a namesake who lives there gives both,
        # so counting it twice would all but double the weight of one fact) and the bio
        # names no job outside the civil service ("Wiraswasta di Klaten").
        f"list_has_any(bio_reg_l, reg_r) AND NOT coalesce(list_has_any(reg_l, reg_r), FALSE) "
        f"AND NOT ({_OTHER_WORK}) AND {_SAME_UNIT}",
        "names place",
        "names the employee's regency/city",
        0.15,
        0.02,
    ),
    (
        # not "Guru MTs Swasta": a private school's teacher
        f"len(occ_r) > 0 AND list_has_any(bio_l, occ_r) AND NOT ({_OTHER_WORK}) AND {_SAME_UNIT}",
        "names occupation",
        "names the employee's occupation",
        0.1,
        0.01,
    ),
    (
        # One word of the employee's unit, and a kind of workplace ("Polisi Pamong Praja
        # Terampil" as satpolpp, "Perawat RSUD"): more than "ASN", less than the unit itself.
        f"len(list_intersect(bio_org_l, work_r)) > 0 AND {_SAME_UNIT}",
        "names unit type",
        "names the kind of unit the employee works in",
        0.05,
        0.005,
    ),
    (
        # a workplace or job the employee's own unit, position and agency do not name
        f"({_OTHER_WORK}) OR {_OTHER_UNIT} OR {_OTHER_GOV}",
        "names another workplace",
        "names another workplace or a job outside the civil service",
        0.02,
        0.1,
    ),
    (
        f"list_has_any(bio_l, [{_CS}])",
        "says civil servant",
        "says the owner is a civil servant",
        0.1,
        0.01,
    ),
    ("ELSE", "unrelated", "says nothing of the employee's work", 0.3, 0.905),
]
BIO_NULL = "bio_l IS NULL OR len(bio_l) = 0"

_REUSED = (
    "h_mark_l AND list_contains(decl_sig_r, h_sig_l) "
    "AND NOT list_contains(decl_r, plat_l || ':' || h_sig_l)"
)
# The handle is one word of the name and digits ("intan91"): a namesake born the same year
# picks it too, so its u is measured on the roster (`LinkModel._name_handle_u`).
_NAME_AND_DIGITS = (
    "list_contains(string_split(name_full_r, ' '), regexp_replace(h_sig_l, '[0-9]+', '', 'g'))"
)
COOC_LEVELS: list[Level] = [
    (
        f"{_REUSED} AND NOT {_NAME_AND_DIGITS}",
        "same handle elsewhere",
        "uses the very handle of the employee's declared account on another platform",
        0.3,
        0.002,
    ),
    (
        _REUSED,
        "same name-and-digits handle elsewhere",
        "uses the employee's declared handle (one word of the name and digits) on another platform",
        0.1,
        0.02,
    ),
    ("ELSE", "other handles", "differs from the employee's declared handles", 0.7, 0.998),
]
COOC_NULL = "h_sig_l IS NULL OR decl_sig_r IS NULL OR len(decl_sig_r) = 0"

# Social graph: the owners of the declared accounts an account engaged with. Colleagues are
# counted without the candidate, whose own account is the next comparison (independence).
_NIP_R = "substr(unique_id_r, 3)"


def _colleagues(side: str) -> str:
    """SQL: how many owners the account engaged with work in the candidate's unit/agency."""
    col, key = {
        "unit": ("g_unit_l", "org_unit_r"),
        "big unit": ("g_unit_big_l", "org_unit_r"),
        "agency": ("g_ag_l", "org_ag_r"),
    }[side]
    # Splink finds the columns a condition uses outside lambdas only: name them there too.
    return (
        f"CASE WHEN {key} IS NULL THEN 0 ELSE len(list_filter({col}, "
        f"lambda x: starts_with(x, {key} || '#') AND x <> {key} || '#' || {_NIP_R})) END"
    )


GRAPH_LEVELS: list[Level] = [
    (
        f"{_colleagues('unit')} >= 2",
        "unit colleagues",
        "colleagues in the employee's unit",
        0.15,
        0.002,
    ),
    (
        f"{_colleagues('unit')} >= 1",
        "unit colleague",
        "a colleague in the employee's unit",
        0.1,
        0.01,
    ),
    (
        f"{_colleagues('big unit')} >= 2",
        "big-unit colleagues",
        "colleagues in the employee's (big) unit",
        0.05,
        0.005,
    ),
    (
        # A big unit is not strong enough to corroborate a name (strangers' random
        # engagements land there often), but it says more than the agency does.
        f"{_colleagues('big unit')} >= 1",
        "big-unit colleague",
        "colleague(s) in the employee's (big) unit",
        0.1,
        0.05,
    ),
    (
        f"{_colleagues('agency')} >= 2",
        "agency colleagues",
        "colleagues in the employee's agency",
        0.15,
        0.03,
    ),
    (
        f"{_colleagues('agency')} >= 1",
        "agency colleague",
        "a colleague in the employee's agency",
        0.15,
        0.1,
    ),
    ("ELSE", "others", "people outside the employee's agency only", 0.45, 0.858),
]
GRAPH_NULL = (
    f"g_nip_l IS NULL OR org_ag_r IS NULL OR len(list_filter(g_nip_l, lambda x: x <> {_NIP_R})) = 0"
)

OWN_LEVELS: list[Level] = [
    (
        f"list_contains(g_nip_l, {_NIP_R})",
        "own account",
        "engages with the employee's own declared account on the same platform",
        0.3,
        0.002,
    ),
    (
        "ELSE",
        "not own account",
        "does not engage with the employee's declared account on the same platform",
        0.7,
        0.998,
    ),
]
# Null unless the account engaged with someone's declared account and the employee has another
# declared account on its platform (a declared account used as a label is not its own "other").
OWN_NULL = (
    "g_nip_l IS NULL OR len(g_nip_l) = 0 OR decl_r IS NULL OR plat_l IS NULL "
    "OR (h_sig_l IS NULL AND FALSE) "  # names h_sig_l for Splink (used in the lambda)
    "OR len(list_filter(decl_r, "
    "lambda x: starts_with(x, plat_l || ':') AND x <> plat_l || ':' || coalesce(h_sig_l, ''))) = 0"
)

# Digits that end the handle ("candra71", "sari1985") against the birth year the NIP carries
# (its first four digits). People often put their year of birth there, and so do namesakes by
# chance (about one in forty), so it weighs as evidence but never corroborates a name alone (with
# another of the `WEAK_FACTS` it does).
# A handle reused from the employee's declared account is left to `cooc`: the digits came with
# it, and counting them twice would break independence.
_HANDLE_DIGITS = "regexp_extract(h_sig_l, '[0-9]+$')"
# The NIP's birth date as people write it at the end of a handle: day and month ("tris1510"),
# with the year ("sari150378", "sari15031978"), or year first ("sari19780315"). One stranger
# in several hundred shows it by chance, a namesake no more often: it corroborates the name.
_DAY_MONTH = "substr(unique_id_r, 9, 2) || substr(unique_id_r, 7, 2)"
_BIRTH_DATES = (
    f"[{_DAY_MONTH}, {_DAY_MONTH} || substr(unique_id_r, 5, 2), "
    f"{_DAY_MONTH} || substr(unique_id_r, 3, 4), substr(unique_id_r, 3, 8)]"
)
BIRTH_LEVELS: list[Level] = [
    (
        f"length({_HANDLE_DIGITS}) >= 4 AND list_contains({_BIRTH_DATES}, {_HANDLE_DIGITS})",
        "birth date",
        "ends with the employee's date of birth (from the NIP)",
        0.1,
        0.003,
    ),
    (
        f"{_HANDLE_DIGITS} = substr(unique_id_r, 5, 2) "
        f"OR {_HANDLE_DIGITS} = substr(unique_id_r, 3, 4)",
        "birth year",
        "ends with the employee's year of birth (from the NIP)",
        0.3,
        0.02,
    ),
    ("ELSE", "other digits", "ends with digits other than the employee's year of birth", 0.7, 0.98),
]
BIRTH_NULL = (
    f"h_sig_l IS NULL OR length({_HANDLE_DIGITS}) NOT IN (2, 4, 6, 8) "
    "OR unique_id_r NOT LIKE 'e:%' "
    f"OR coalesce({_REUSED}, FALSE)"
)

COMPARISONS: dict[str, tuple[str, list[Level]]] = {
    "name": (NAME_NULL, NAME_LEVELS),
    "region": (REGION_NULL, REGION_LEVELS),
    "bio": (BIO_NULL, BIO_LEVELS),
    "cooc": (COOC_NULL, COOC_LEVELS),
    "graph": (GRAPH_NULL, GRAPH_LEVELS),
    "own": (OWN_NULL, OWN_LEVELS),
    "birth": (BIRTH_NULL, BIRTH_LEVELS),
}


# Nobody's name is rarer than one in this many people (about the adult population).
MIN_NAME_U = 1e-8
# Names of this many words or more are one length class (`LinkModel._length_factors`).
MAX_K = 3

# Comparisons whose m comes from EM on same-name pairs, never from declared accounts: a
# declared account is compared with its own record, whose declared handle on its platform
# and own declared account are excluded by construction, so labels would put m near zero.
M_FROM_EM = frozenset({"cooc", "own"})

# Levels that corroborate a name: without one of them (or two `WEAK_FACTS`) a name alone
# never makes a link. Where the account lives is not among them: a town holds many people of
# one name (docs/linkage.md, Corroboration).
CORROBORATING: dict[str, frozenset[str]] = {
    "bio": frozenset(
        {
            "names numbered unit",
            "names unit/position",
            "names agency",
            "names occupation",
            # a kind of government workplace says at least what "ASN" says
            "names unit type",
            "says civil servant",
        }
    ),
    "cooc": frozenset({"same handle elsewhere", "same name-and-digits handle elsewhere"}),
    # Colleagues somewhere in a large agency are not enough: anyone may like a few posts.
    "graph": frozenset({"unit colleagues", "unit colleague"}),
    "own": frozenset({"own account"}),
    "birth": frozenset({"birth date"}),
}


# Levels that corroborate only where the trained weight (log2 m/u) is at least
# `CORROBORATE_BITS`: two colleagues in one big unit are rare for a stranger where the unit is
# one of many (a roster of a few thousand: about +3.6 bits on the synthetic bundles), but not
# where it holds a large share of everyone's declared accounts.
WEIGHED_CORROBORATING: dict[str, frozenset[str]] = {
    "graph": frozenset({"big-unit colleagues"}),
}
CORROBORATE_BITS = 3.0


# Facts each shown by too many namesakes to corroborate a name alone, but independent of one
# another, so that two of them together do: where the account lives (the employee's regency,
# in the location or the bio: one fact, since a namesake in town shows both) — the regency
# holds tens of people of a common two-word name, and a generator or a town that puts
# namesakes in the employee's own city links each of them otherwise; not the province, which
# holds hundreds of them, so that one more chance match (a birth year's two digits) is
# expected of someone there (a namesake in Bali with "88" in the handle);
# the employee's birth year in the handle (about 1 in 60 of strangers); colleagues elsewhere
# in the employee's agency (two or more) or in a big unit; a bio saying "ASN/PNS".
WEAK_FACTS: dict[str, dict[str, frozenset[str]]] = {
    "residence": {
        "region": frozenset({"same regency"}),
        "bio": frozenset({"names place", "civil servant in place"}),
    },
    "birth year": {"birth": frozenset({"birth year"})},
    "colleagues": {
        "graph": frozenset({"agency colleagues", "big-unit colleague", "big-unit colleagues"})
    },
    "civil servant": {"bio": frozenset({"says civil servant", "civil servant in place"})},
}


def weak_facts(gammas: dict[str, int]) -> list[str]:
    """The `WEAK_FACTS` a pair shows, by name."""
    out = []
    for fact, spec in WEAK_FACTS.items():
        for comparison, labels in spec.items():
            lv = level_of(comparison, gammas.get(comparison))
            if lv is not None and lv[1] in labels:
                out.append(fact)
                break
    return out


def trained_bits(training: TrainingReport, comparison: str, label: str) -> float | None:
    """A level's trained weight, log2(m/u); None where either is unknown or zero."""
    m = training.m_probabilities.get(comparison, {}).get(label)
    u = training.u_probabilities.get(comparison, {}).get(label)
    return math.log2(m / u) if m and u else None


def corroborators(training: TrainingReport | None) -> dict[str, frozenset[str]]:
    """`CORROBORATING` plus the `WEIGHED_CORROBORATING` levels trained strong enough."""
    out = dict(CORROBORATING)
    if training is None:
        return out
    for comparison, labels in WEIGHED_CORROBORATING.items():
        strong = frozenset(
            label
            for label in labels
            if (bits := trained_bits(training, comparison, label)) is not None
            and bits >= CORROBORATE_BITS
        )
        out[comparison] = out.get(comparison, frozenset()) | strong
    return out


def evidence_levels() -> dict[str, frozenset[str]]:
    """Every level that may corroborate a name, whatever its trained weight."""
    out = dict(CORROBORATING)
    for comparison, labels in WEIGHED_CORROBORATING.items():
        out[comparison] = out.get(comparison, frozenset()) | labels
    return out


# Levels that may contradict the employee outright: the account lives in another province, or
# its bio names another workplace. Where the employees' own accounts almost never show one (the
# trained weight is at most `VETO_BITS`; about -9 bits on the synthetic bundles, m ≈ 0.001)
# but a namesake often does, no link is proposed over it, however rare the name and whatever
# else chance adds (a colleague's post liked, a birth year in the handle). Where the labels say
# employees do show it (people giving their home town; civil servants who study), the level
# only weighs, as any other.
CONTRADICTING: dict[str, frozenset[str]] = {
    "region": frozenset({"other province"}),
    "bio": frozenset({"names another workplace"}),
}
VETO_BITS = -6.0
_BIO_CONTRADICTING = {"bio": CONTRADICTING["bio"]}


def vetoes(training: TrainingReport | None) -> dict[str, frozenset[str]]:
    """The contradicting levels whose trained weight (log2 m/u) is at most `VETO_BITS`."""
    if training is None or not training.m_probabilities:
        return CONTRADICTING
    out: dict[str, frozenset[str]] = {}
    for comparison, labels in CONTRADICTING.items():
        kept = frozenset(
            label
            for label in labels
            if (bits := trained_bits(training, comparison, label)) is not None and bits <= VETO_BITS
        )
        if kept:
            out[comparison] = kept
    return out


def contradicted(gammas: dict[str, int], veto: dict[str, frozenset[str]] | None = None) -> bool:
    """True when the account's location or bio contradicts the employee (`vetoes`)."""
    for comparison, labels in (CONTRADICTING if veto is None else veto).items():
        lv = level_of(comparison, gammas.get(comparison))
        if lv is not None and lv[1] in labels:
            return True
    return False


def corroborated(gammas: dict[str, int], levels: dict[str, frozenset[str]] | None = None) -> bool:
    """True when a `corroborators` level or two `WEAK_FACTS` point at the employee."""
    # Likes of posts (a neighbour's, in a small town) do not outweigh a bio that names another
    # workplace ("Ojol Laguboti", "Guru les privat"), nor do weak facts (below).
    bio_against = contradicted(gammas, _BIO_CONTRADICTING)
    for comparison, labels in (CORROBORATING if levels is None else levels).items():
        if bio_against and comparison == "graph":
            continue
        lv = level_of(comparison, gammas.get(comparison))
        if lv is not None and lv[1] in labels:
            return True
    # Weak facts do not outweigh a bio that names another workplace ("Guru SDN 2 Rantau" from
    # someone living in the employee's regency and liking two colleagues' posts).
    # (A location in another province does not count here: people give their home town.)
    return len(weak_facts(gammas)) >= 2 and not bio_against


def level_of(comparison: str, gamma: int | None) -> Level | None:
    """The level a gamma value stands for (None for the null level)."""
    if gamma is None or gamma < 0:
        return None
    levels = COMPARISONS[comparison][1]
    return levels[len(levels) - 1 - gamma]


def gamma_sql(comparison: str) -> str:
    """SQL of a comparison's gamma over columns suffixed `_l` (account) and `_r` (employee)."""
    null_sql, levels = COMPARISONS[comparison]
    whens = [f"WHEN {null_sql} THEN -1"] + [
        f"WHEN {sql} THEN {len(levels) - 1 - i}"
        for i, (sql, *_rest) in enumerate(levels)
        if sql != "ELSE"
    ]
    return f"CASE {' '.join(whens)} ELSE 0 END"


def _pair_join(pairs: str, aid: str, uid: str, *, accounts: str = ACCOUNTS) -> str:
    """SQL: the feature columns of given pairs, suffixed `_l` (account) and `_r` (employee)."""
    cols = ", ".join(f"a.{f.name} AS {f.name}_l, r.{f.name} AS {f.name}_r" for f in SCHEMA)
    return f"""SELECT {cols} FROM {pairs} p JOIN {accounts} a ON a.unique_id = p.{aid}
               JOIN {ROSTER} r ON r.unique_id = p.{uid}"""


def pair_gammas(
    store: RosterStore, accounts: pa.Table, pairs: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, int]]:
    """The comparison levels of given (account key, nip) pairs, as Splink would score them.

    No training and no blocking: what the evidence of a known pair is (`evaluate_links`
    uses it to tell true links that carry evidence besides the name from name-only ones).
    """
    con = store.con
    ps = list(pairs)
    con.register("_pg_acc", accounts)
    con.register(
        "_pg_pairs",
        pa.table({"aid": [a for a, _ in ps], "uid": [f"e:{n}" for _, n in ps]}),
    )
    joined = _pair_join("_pg_pairs", "aid", "uid", accounts="_pg_acc")
    gammas = ", ".join(f"{gamma_sql(c)} AS gamma_{c}" for c in COMPARISONS)
    try:
        rows = con.execute(
            f"""WITH j AS ({joined})
                SELECT unique_id_l, substr(unique_id_r, 3), {gammas} FROM j"""
        ).fetchall()
    finally:
        con.unregister("_pg_acc")
        con.unregister("_pg_pairs")
    return {(a, n): dict(zip(COMPARISONS, g, strict=True)) for a, n, *g in rows}


def settings(prior: float, *, tf: bool = True) -> dict[str, Any]:
    """Splink settings: comparisons with prior m/u, blocking rules, prior match probability."""
    from splink import block_on

    comparisons = []
    for name, (null_sql, levels) in COMPARISONS.items():
        lv: list[dict[str, Any]] = [
            {"sql_condition": null_sql, "label_for_charts": "unknown", "is_null_level": True}
        ]
        for sql, label, _phrase, m, u in levels:
            level: dict[str, Any] = {
                "sql_condition": sql,
                "label_for_charts": label,
                "m_probability": m,
                "u_probability": u,
            }
            if name == "name" and label in NAME_TF and tf:
                # u of these levels is the rarity of the employee's own name, not an average.
                level["tf_adjustment_column"] = NAME_TF[label]
                level["tf_adjustment_weight"] = 1.0
                level["tf_minimum_u_value"] = MIN_NAME_U
                level["disable_tf_exact_match_detection"] = True
            if name == "cooc" and label != "other handles":
                # Random pairs almost never share a handle, but people who share a name do
                # more often: keep u at a namesake-aware value rather than the sampled one.
                level["fix_u_probability"] = True
            lv.append(level)
        comparisons.append({"output_column_name": name, "comparison_levels": lv})
    return {
        "link_type": "link_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": prior,
        "blocking_rules_to_generate_predictions": [
            block_on("bk_tok", arrays_to_explode=["bk_tok"]),
            block_on("bk_reg", arrays_to_explode=["bk_reg"]),
            block_on("bk_h", arrays_to_explode=["bk_h"]),
        ],
        "comparisons": comparisons,
        "max_iterations": 10,
        "em_convergence": 0.001,
        "retain_matching_columns": True,  # gives the gamma (level) columns
        "retain_intermediate_calculation_columns": False,
    }


@dataclass(slots=True)
class ModelConfig:
    """Knobs of a linkage run (docs/linkage.md explains each default)."""

    # Blocking caps on the *roster* side: a key carried by more employees is dropped, so that
    # an account meets tens of candidates, not thousands (docs/linkage.md, Blocking).
    max_block_employees: int = 100  # rarest token, token|province, handle keys
    max_pair_block_employees: int = 300  # rarest-pair keys (two rare tokens together)
    max_block_pairs: int = 5_000_000  # and a key pairing more accounts x employees than this
    u_pairs: float = 3e5  # random pairs for u estimation (docs/linkage.md, Parameters)
    em_pairs: float = 2e5  # pairs for EM (same-name pairs, sampled)
    min_labels: int = 30  # declared pairs needed before m is taken from them
    max_labels: int = 5_000  # declared pairs used at most (a fixed hash sample beyond)
    em: bool = True
    employee_share: float | None = None  # prior share of accounts that are employees' (None: EM)
    min_weight: float = -6.0  # pairs scoring below are dropped after predict (saves memory)
    chunk_pairs: int = 4_000_000  # candidate pairs scored per prediction chunk (memory)
    name_prefilter: bool = True  # pairs of different names are not scored (`predict`)
    feature_workers: int | None = None  # processes for roster features (None: CPUs, max 4)
    threads: int | None = None
    memory_limit: str | None = None
    temp_dir: str | None = None


@dataclass(slots=True)
class TrainingReport:
    """How the parameters were obtained."""

    labels: int = 0
    em_sessions: int = 0
    employee_share: float = 0.0
    # by name length k: accounts showing k words; P(exact | k-word name) / P(exact), labels
    shown_share: dict[int, float] = field(default_factory=dict)
    name_handle_u: float = 0.0  # u of reusing a name-and-digits handle (`_name_handle_u`)
    exact_m_ratio: dict[int, float] = field(default_factory=dict)
    blocked_keys_dropped: int = 0
    candidate_pairs: int = 0  # pairs kept after scoring (weight above min_weight)
    blocked_pairs: int = 0  # pairs that blocking handed to scoring
    m_probabilities: dict[str, dict[str, float]] = field(default_factory=dict)
    u_probabilities: dict[str, dict[str, float]] = field(default_factory=dict)


def _first(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...] | None:
    """The first row of a query, with the result fully consumed (DuckDB wants that)."""
    rows = con.execute(sql).fetchall()
    return tuple(rows[0]) if rows else None


def _blocking_keys(con: duckdb.DuckDBPyConnection, cfg: ModelConfig) -> int:
    """Key tables of blocking: `_rkeys` (key, employee) and `_akeys` (key, account, chunk).

    Keys, prefixed by rule: `t:` the employee's rarest token / every known token of the
    account; `p:` pairs of the employee's three rarest tokens / pairs of the account's known
    tokens; `r:` token|province; `h:` declared handle signatures / the account's handle.
    A key carried by more than `max_block_employees` employees (`max_pair_block_employees`
    for pairs) is dropped on both sides, as is one that would pair more than
    `max_block_pairs` records: an account then meets tens of candidates, and a common name
    with no rarer evidence (which could not be linked anyway) meets none. Returns the number
    of keys dropped that some account carried.
    """
    cap_t, cap_p = int(cfg.max_block_employees), int(cfg.max_pair_block_employees)
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _rkeys_all AS
            SELECT 't:' || k AS k, unique_id AS uid FROM (SELECT unique_id, unnest(bk_tok) AS k
                                                          FROM {ROSTER})
            UNION ALL SELECT 'p:' || k, unique_id FROM _rk_pairs
            UNION ALL SELECT 'r:' || k, unique_id FROM (SELECT unique_id, unnest(bk_reg) AS k
                                                        FROM {ROSTER})
            UNION ALL SELECT 'h:' || k, unique_id FROM (SELECT unique_id, unnest(bk_h) AS k
                                                        FROM {ROSTER})"""
    )
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _akeys_all AS
            WITH t AS (SELECT unique_id, unnest(bk_tok) AS t FROM {ACCOUNTS})
            SELECT 't:' || t AS k, unique_id AS aid FROM t
            UNION ALL SELECT 'p:' || a.t || ' ' || b.t, a.unique_id
                FROM t a JOIN t b ON a.unique_id = b.unique_id AND a.t < b.t
            UNION ALL SELECT 'r:' || k, unique_id FROM (SELECT unique_id, unnest(bk_reg) AS k
                                                        FROM {ACCOUNTS})
            UNION ALL SELECT 'h:' || k, unique_id FROM (SELECT unique_id, unnest(bk_h) AS k
                                                        FROM {ACCOUNTS})"""
    )
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _kc AS
            WITH r AS (SELECT k, count(*) AS n FROM _rkeys_all GROUP BY k),
                 a AS (SELECT k, count(DISTINCT aid) AS n FROM _akeys_all GROUP BY k)
            SELECT k, r.n AS nr, a.n AS na,
                   r.n <= CASE WHEN k LIKE 'p:%' THEN {cap_p} ELSE {cap_t} END
                   AND r.n * a.n <= {int(cfg.max_block_pairs)} AS keep
            FROM r JOIN a USING (k)"""
    )
    dropped = _first(con, "SELECT count(*) FROM _kc WHERE NOT keep")
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _rkeys AS
           SELECT k, uid FROM _rkeys_all SEMI JOIN (SELECT k FROM _kc WHERE keep) USING (k)"""
    )
    # Accounts go to chunks of about `chunk_pairs` candidate pairs each (before duplicates
    # found by two keys are merged).
    total = _first(
        con,
        """SELECT sum(c.nr)::BIGINT FROM _akeys_all a JOIN _kc c USING (k) WHERE c.keep""",
    )
    n_chunks = max(1, math.ceil(int(total[0] or 0) / max(cfg.chunk_pairs, 1)) if total else 1)
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _akeys AS
            SELECT DISTINCT k, aid, hash(aid) % {n_chunks} AS chunk
            FROM _akeys_all SEMI JOIN (SELECT k FROM _kc WHERE keep) USING (k)"""
    )
    con.execute("DROP TABLE _rkeys_all")
    con.execute("DROP TABLE _akeys_all")
    return int(dropped[0]) if dropped else 0


@dataclass(frozen=True, slots=True)
class Scored:
    """One candidate pair after Splink."""

    account: str
    nip: str
    weight: float  # Splink match weight with the prior taken out (log2 Bayes factor)
    gammas: dict[str, int]


class LinkModel:
    """Builds the Splink linker over the two feature tables and scores candidate pairs."""

    def __init__(
        self,
        roster: pa.Table | Iterable[pa.Table] | RosterStore,
        accounts: pa.Table,
        vocab: Vocabulary,
        *,
        config: ModelConfig | None = None,
        labels: Sequence[tuple[str, str]] = (),
        step: Callable[[str], None] = lambda _s: None,
    ) -> None:
        from splink import DuckDBAPI, Linker

        self.config = config or ModelConfig()
        self.vocab = vocab
        self.step = step
        self.report = TrainingReport()
        cfg = self.config
        if isinstance(roster, RosterStore):
            # Features, rarity columns and vocabulary are already in the store's DuckDB.
            self.con = roster.con
            self.n_roster = roster.n
        else:
            # Feature tables (`roster_table`), possibly in batches: rarity is computed here.
            self.con = _connect(cfg)
            self.n_roster = _load_roster(
                self.con, [roster] if isinstance(roster, pa.Table) else roster
            )
            _finish_roster(self.con, self.n_roster)
        self.con.register("_a", accounts)
        self.con.execute(f"CREATE OR REPLACE TABLE {ACCOUNTS} AS SELECT * FROM _a")
        self.con.unregister("_a")
        self.report.blocked_keys_dropped = _blocking_keys(self.con, cfg)
        self.labels = list(labels)
        # The declared pairs, in the shape Splink's pairwise labels take.
        temp_table(
            self.con,
            "_labels",
            ["source_dataset_l", "unique_id_l", "source_dataset_r", "unique_id_r"],
            [(ACCOUNTS, a, ROSTER, f"e:{nip}") for a, nip in self.labels],
        )
        self._rarity_tables()
        self.share0 = cfg.employee_share or 0.3
        self.prior = min(self.share0 / self.n_roster, 0.5)
        db = DuckDBAPI(connection=self.con)
        self.db = db
        left = db.register(ACCOUNTS, dataset_display_name=ACCOUNTS)
        right = db.register(ROSTER, dataset_display_name=ROSTER)
        # Splink warns about sample sizes and unobserved levels; _smooth handles the latter.
        self.linker = Linker([left, right], settings(self.prior), log_level=logging.ERROR)
        for col in ("rk_full", "rk_rare"):
            tf = db.register(f"_tf_{col}", table_name=f"tf_{col}_lookup")
            self.linker.table_management.register_term_frequency_lookup(tf, col)
        self._name_handle_u()

    def _rarity_tables(self) -> None:
        """Term-frequency tables keyed by employee: how common their name is.

        Whole name: the larger of the share of *other* employees with exactly this name and
        the product of its tokens' shares (tokens taken as independent); a name seen once in
        a small roster is not therefore one in N. Rarest token: that token's share.

        Name length: the Bayes factor of an exact match is m / value, with one m for all
        names; but a stranger carrying a k-word name shows exactly those k words only as
        often as accounts show k words, and the owner of a one-word name shows it exactly
        more often than people show their whole name on average (m). The value is
        multiplied by the first share and divided by the second ratio (`_length_factors`).
        """
        n = self.n_roster
        fk = self._length_factors()
        by_len = " ".join(f"WHEN {k} THEN {f!r}" for k, f in fk.items())
        # Token counts (`_tokc`, from `_finish_roster`) and whole-name counts come from the
        # roster table itself (SQL, not Python).
        self.con.execute(
            f"""CREATE OR REPLACE TEMP TABLE _namec AS SELECT name_key, count(*) AS c FROM {ROSTER}
                WHERE name_key IS NOT NULL GROUP BY name_key"""
        )
        self.con.execute(
            f"""CREATE TABLE _tf_rk_full AS
                WITH toks AS (
                    SELECT r.unique_id, exp(sum(ln(coalesce(k.c, 1)::DOUBLE / {n}))) AS prod
                    FROM (SELECT unique_id, unnest(list_distinct(tok)) AS t FROM {ROSTER}) r
                    LEFT JOIN _tokc k USING (t) GROUP BY r.unique_id
                )
                SELECT r.unique_id AS rk_full,
                       greatest((coalesce(c.c, 1) - 1)::DOUBLE / {n},
                                coalesce(t.prod, 1.0)
                                * CASE least(len(list_distinct(r.tok_all)), {MAX_K})
                                  {by_len} ELSE 1.0 END,
                                {MIN_NAME_U}) AS tf_rk_full
                FROM {ROSTER} r LEFT JOIN _namec c USING (name_key)
                LEFT JOIN toks t USING (unique_id)"""
        )
        self.con.execute(
            f"""CREATE TABLE _tf_rk_rare AS
                SELECT r.unique_id AS rk_rare, coalesce(k.c, 1)::DOUBLE / {n} AS tf_rk_rare
                FROM {ROSTER} r LEFT JOIN _tokc k ON k.t = r.rare"""
        )

    def _name_handle_u(self) -> None:
        """u of reusing a handle made of one word of the name and digits ("intan91").

        Measured on the roster's declared handles of that form: of two different employees
        whose handles share the word, how often the whole handle is the same (a namesake
        born the same year). Smoothed towards 1 in 50 (weight 50 pairs), at least the u of
        a handle of one's own.
        """
        row = _first(
            self.con,
            f"""WITH h AS (
                    SELECT s, regexp_replace(s, '[0-9]+', '', 'g') AS w
                    FROM (SELECT name_full, unnest(decl_sig) AS s FROM {ROSTER}
                          WHERE decl_sig IS NOT NULL)
                    WHERE regexp_matches(s, '[0-9]')
                      AND list_contains(string_split(name_full, ' '),
                                        regexp_replace(s, '[0-9]+', '', 'g'))
                ), w AS (SELECT count(*) AS n FROM h GROUP BY w),
                   ws AS (SELECT count(*) AS n FROM h GROUP BY w, s)
                SELECT (SELECT sum(n * (n - 1) / 2) FROM w),
                       (SELECT sum(n * (n - 1) / 2) FROM ws)""",
        )
        pairs, same = (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)
        u = max((same + 1) / (pairs + 50), COOC_LEVELS[0][4])
        self.report.name_handle_u = u
        for cc in self.linker._settings_obj.comparisons:
            if cc.output_column_name == "cooc":
                for lv in cc.comparison_levels:
                    if lv.label_for_charts == "same name-and-digits handle elsewhere":
                        lv.u_probability = u

    def _length_factors(self) -> dict[int, float]:
        """What the rarity of a name of k words is multiplied by (k = 1, 2, or 3 and more).

        Shown share: of the accounts whose display name has a name-like word, those showing
        exactly k words (labels included) - a stranger carrying a k-word name shows all of
        it and nothing more that often. m ratio: among declared accounts (labels), how much
        more often the display name is exactly the roster name when that has k words than
        overall (1 with fewer than `min_labels` such labels). The factor is shown share / m
        ratio, both smoothed (add one), and never exceeds 1.
        """
        rows = self.con.execute(
            f"""SELECT least(len(list_distinct(tok)), {MAX_K}) AS k, count(*)
                FROM {ACCOUNTS} WHERE tok IS NOT NULL AND len(tok) > 0 GROUP BY k"""
        ).fetchall()
        shown_n = {int(k): int(c) for k, c in rows}
        total = sum(shown_n.values())
        by_k: dict[int, tuple[int, int]] = {}
        n_all = s_all = 0
        for k, n, same in self.con.execute(
            f"""SELECT least(len(list_distinct(r.tok_all)), {MAX_K}) AS k, count(*),
                       count(*) FILTER (WHERE a.name_key = r.name_key)
                FROM _labels l JOIN {ACCOUNTS} a ON a.unique_id = l.unique_id_l
                JOIN {ROSTER} r ON r.unique_id = l.unique_id_r GROUP BY k"""
        ).fetchall():
            by_k[int(k)] = (int(n), int(same))
            n_all += int(n)
            s_all += int(same)
        out: dict[int, float] = {}
        for k in range(1, MAX_K + 1):
            shown = (shown_n.get(k, 0) + 1) / (total + 2)
            n, same = by_k.get(k, (0, 0))
            ratio = 1.0
            if n >= self.config.min_labels:
                ratio = ((same + 1) / (n + 2)) / ((s_all + 1) / (n_all + 2))
            out[k] = min(shown / ratio, 1.0)
            self.report.shown_share[k] = shown
            self.report.exact_m_ratio[k] = ratio
        return out

    # -- training

    def train(self) -> TrainingReport:
        """u by random sampling; m by EM within same-name blocks and from declared accounts."""
        from splink.internals.exceptions import SplinkException

        cfg = self.config
        self.step("linkage: estimate u")
        # Small workspaces have fewer pairs than the sample size: no need to draw more.
        n_pairs = float(self.n_roster) * self._count(f"SELECT count(*) FROM {ACCOUNTS}")
        self._estimate_u(min(cfg.u_pairs, max(n_pairs / 2, 1e4)))
        if cfg.em:
            self.step("linkage: EM")
            # Within pairs that share a whole name, EM separates the same person from
            # namesakes using place, bio and handles; the name comparison is left out.
            # Undeclared accounts only (declared ones carry no blocking keys): a declared
            # account cannot show handle reuse or its own account (`M_FROM_EM`), and as
            # matches it would pull those m towards zero.
            n_pairs = self._count(
                f"""SELECT sum(a.n * r.n)::BIGINT FROM
                    (SELECT name_key, count(*) AS n FROM {ACCOUNTS} WHERE len(bk_tok) > 0
                     GROUP BY name_key) a
                    JOIN (SELECT name_key, count(*) AS n FROM {ROSTER} GROUP BY name_key) r
                    USING (name_key)"""
            )
            # Common names make huge same-name blocks: train on a deterministic share of the
            # accounts so that about `em_pairs` pairs remain.
            k = max(1, math.ceil(n_pairs / cfg.em_pairs))
            sample = f" AND hash(l.unique_id) % {k} = 0" if k > 1 else ""
            rule: Any = f"l.name_key = r.name_key AND len(l.bk_tok) > 0{sample}"
            if n_pairs >= 200:
                try:
                    # Term frequencies only sharpen the name comparison, which this session
                    # leaves out; without them EM runs several times faster.
                    self.linker.training.estimate_parameters_using_expectation_maximisation(
                        rule, estimate_without_term_frequencies=True
                    )
                    self.report.em_sessions += 1
                except SplinkException as exc:  # pragma: no cover - depends on the data
                    logging.getLogger(__name__).warning("EM skipped: %s", exc)
        if len(self.labels) >= cfg.min_labels:
            self.step("linkage: m from declared accounts")
            self._m_from_labels()
            self.report.labels = len(self.labels)
        self._smooth()
        self._snapshot_parameters()
        return self.report

    def _estimate_u(self, max_pairs: float) -> None:
        """u of every level: its share of `max_pairs` random (account, employee) pairs.

        What Splink's `estimate_u_using_random_sampling` estimates (a level no pair reaches
        keeps its prior u; fixed levels are kept), but from independent pairs drawn by a hash
        of the draw's number, deterministic, and with every comparison counted in one query:
        Splink's cross join of two samples took up to eleven queries per comparison (3.7 s of
        a 21 s scan at 40,000 employees, 1.6 s now with 3e5 pairs).
        """
        n_a = self._count(f"SELECT count(*) FROM {ACCOUNTS}")
        n_r = self._count(f"SELECT count(*) FROM {ROSTER}")
        n_pairs = int(min(max_pairs, n_a * n_r))
        gammas = ", ".join(f"{gamma_sql(c)} AS gamma_{c}" for c in COMPARISONS)
        # Independent pairs: as many distinct rows as pairs, where a cross join of two samples
        # repeats each row hundreds of times and so says less per pair (fewer pairs suffice).
        rows = self.con.execute(
            f"""WITH ai AS (SELECT unique_id, row_number() OVER (ORDER BY unique_id) - 1 AS i
                            FROM {ACCOUNTS}),
                     ri AS (SELECT unique_id, row_number() OVER (ORDER BY unique_id) - 1 AS i
                            FROM {ROSTER}),
                     p AS (SELECT ai.unique_id AS aid, ri.unique_id AS rid
                           FROM range({n_pairs}) t(d)
                           JOIN ai ON ai.i = hash(d, 'a') % {n_a}
                           JOIN ri ON ri.i = hash(d, 'r') % {n_r}),
                     j AS ({_pair_join("p", "aid", "rid")})
                SELECT {gammas}, count(*) FROM j GROUP BY ALL"""
        ).fetchall()
        for i, cc in enumerate(self.linker._settings_obj.comparisons):
            counts: Counter[int] = Counter()
            for row in rows:
                if row[i] is not None and row[i] >= 0:
                    counts[int(row[i])] += int(row[-1])
            total = sum(counts.values())
            for lv in cc._comparison_levels_excluding_null:
                n = counts.get(int(lv.comparison_vector_value), 0)
                if n and not lv._fix_u_probability:
                    lv.u_probability = n / total

    def _m_from_labels(self) -> None:
        """m of each level: the share of declared pairs (`_labels`) at it, add-one smoothed.

        Every level of a comparison is set, observed or not (a level no label reaches gets
        1/(n+k), not what EM or the prior left there). Comparisons in `M_FROM_EM` keep their
        EM estimate: a declared account cannot show them (its own handle and its own account
        are excluded by construction). A comparison that fewer than `min_labels` labels
        inform keeps its earlier m as well.
        """
        joined = _pair_join("_labels", "unique_id_l", "unique_id_r")
        gammas = ", ".join(f"{gamma_sql(c)} AS gamma_{c}" for c in COMPARISONS)
        rows = self.con.execute(f"WITH j AS ({joined}) SELECT {gammas} FROM j").fetchall()
        for i, cc in enumerate(self.linker._settings_obj.comparisons):
            name = cc.output_column_name
            if name in M_FROM_EM:
                continue
            levels = [lv for lv in cc.comparison_levels if not lv.is_null_level]
            k = len(levels)
            counts = Counter(int(r[i]) for r in rows if r[i] is not None and r[i] >= 0)
            n = sum(counts.values())
            if n < self.config.min_labels:
                continue
            for j, lv in enumerate(levels):
                lv.m_probability = (counts.get(k - 1 - j, 0) + 1) / (n + k)

    def _smooth(self) -> None:
        """No level may be impossible: floors on m and u, then each sums to one."""
        for cc in self.linker._settings_obj.comparisons:
            levels = [lv for lv in cc.comparison_levels if not lv.is_null_level]
            ms = [float(lv.m_probability or 0.0) for lv in levels]
            us = [float(lv.u_probability or 0.0) for lv in levels]
            ms = [max(m, 1e-3) for m in ms]
            us = [max(u, 1e-6) for u in us]
            sm, su = sum(ms), sum(us)
            for lv, m, u in zip(levels, ms, us, strict=True):
                lv.m_probability = m / sm
                lv.u_probability = u / su

    def _count(self, sql: str) -> int:
        row = _first(self.con, sql)
        return int(row[0]) if row and row[0] is not None else 0

    def _snapshot_parameters(self) -> None:
        for cc in self.linker._settings_obj.comparisons:
            ms: dict[str, float] = {}
            us: dict[str, float] = {}
            for lv in cc.comparison_levels:
                if lv.is_null_level:
                    continue
                ms[lv.label_for_charts] = float(lv.m_probability or 0.0)
                us[lv.label_for_charts] = float(lv.u_probability or 0.0)
            self.report.m_probabilities[cc.output_column_name] = ms
            self.report.u_probabilities[cc.output_column_name] = us

    # -- prediction

    def predict(self) -> str:
        """Score every blocked pair; returns the DuckDB table of (account, nip, weight, gammas)."""
        self.step("linkage: predict")
        prior_w = math.log2(self.prior / (1 - self.prior))
        cfg = self.config
        gammas = ", ".join(f"gamma_{c}" for c in COMPARISONS)
        # Blocking is ours (`_blocking_keys`): per chunk of accounts, the distinct pairs that
        # share a kept key are handed to Splink, which scores only those.
        n_chunks = self._count("SELECT coalesce(max(chunk), 0) + 1 FROM _akeys")
        name_join = name_filter = ""
        if cfg.name_prefilter:
            # A pair whose names differ (level "names differ": the account shows a word the
            # employee's name lacks, and no near spelling) cannot reach a link, and is two
            # thirds of what a name key blocks; only a reused handle (key `h:`) may bring
            # such a pair, so those are kept.
            name_join = f"""JOIN {ACCOUNTS} fa ON fa.unique_id = a.aid
                            JOIN {ROSTER} fr ON fr.unique_id = r.uid"""
            name_filter = f"AND (starts_with(k, 'h:') OR {NAME_NOT_DIFFERENT})"
        blocked = 0
        for i in range(n_chunks):
            table = f"_blocked_{i}"
            self.con.execute(
                f"""CREATE OR REPLACE TABLE {table} AS
                    SELECT DISTINCT '0' AS match_key,
                           '{ACCOUNTS}-__-' || a.aid AS join_key_l,
                           '{ROSTER}-__-' || r.uid AS join_key_r
                    FROM _akeys a JOIN _rkeys r USING (k) {name_join}
                    WHERE a.chunk = {i} {name_filter}"""
            )
            n = self._count(f"SELECT count(*) FROM {table}")
            blocked += n
            if n:
                bp = self.db.register(table, table_name=f"blocked_pairs_{i}")
                self.linker.table_management.register_blocked_pairs_for_predict(bp)
                pred = self.linker.inference.predict(
                    threshold_match_weight=cfg.min_weight + prior_w, warning_mode="never"
                )
                select = f"""SELECT unique_id_l AS account, substr(unique_id_r, 3) AS nip,
                                    match_weight - {prior_w} AS lr_bits, {gammas}
                             FROM {pred.physical_name}"""
                if i == 0:
                    self.con.execute(f"CREATE OR REPLACE TABLE pairs AS {select}")
                else:
                    self.con.execute(f"INSERT INTO pairs {select}")
                pred.drop_table_from_database_and_remove_from_cache()
            elif i == 0:
                self.con.execute(
                    f"""CREATE OR REPLACE TABLE pairs AS
                        SELECT NULL::VARCHAR AS account, NULL::VARCHAR AS nip,
                               NULL::DOUBLE AS lr_bits,
                               {", ".join(f"NULL::INTEGER AS gamma_{c}" for c in COMPARISONS)}
                        LIMIT 0"""
                )
            self.con.execute(f"DROP TABLE {table}")
        self.report.blocked_pairs = blocked
        self.report.candidate_pairs = self._count("SELECT count(*) FROM pairs")
        return "pairs"

    def close(self) -> None:
        """Release the DuckDB connection."""
        self.con.close()


# ---------------------------------------------------------------------------------------------
# From pair scores to "who, if anyone"


@dataclass(slots=True)
class Proposal:
    """The best candidate for one account and how sure the model is."""

    account: str
    nip: str | None
    probability: float
    second_nip: str | None
    second_probability: float
    weight: float  # log2 Bayes factor of the best pair
    candidates: int
    gammas: dict[str, int] = field(default_factory=dict)
    evidence: str = ""


def estimate_share(
    log_sums: np.ndarray, n_accounts: int, n_roster: int, start: float = 0.3
) -> float:
    """EM for the share of accounts that belong to some employee, given summed Bayes factors.

    Each account's posterior of being some employee's is q*S/(1+q*S) with q = share/roster
    and S its candidates' summed Bayes factors (log2 in `log_sums`); the share is re-estimated
    as the mean posterior over all `n_accounts` until it settles.
    """
    if n_accounts == 0:
        return start
    s = start
    for _ in range(200):
        x = np.log2(s / n_roster) + log_sums
        post = 1.0 / (1.0 + np.exp2(-np.clip(x, -1000, 1000)))
        new = float(post.sum() / n_accounts)
        new = min(max(new, 0.01), 0.9)
        if abs(new - s) < 1e-6:
            return new
        s = new
    return s


def resolve(
    con: duckdb.DuckDBPyConnection,
    *,
    n_roster: int,
    accounts: int,
    employee_share: float | None,
    rejected: Iterable[tuple[str, str]] = (),
) -> tuple[list[Proposal], float]:
    """Per account: probability that each candidate, and no one else, is behind it.

    With q the prior odds of one given pair and B_j the Bayes factor of candidate j,
    P(j) = q*B_j / (1 + q*sum(B)). Namesakes therefore share the probability between them;
    reviewer-rejected (account, nip) pairs are removed before the sums.
    """
    temp_table(con, "_rejected", ["account", "nip"], list(rejected))
    con.execute(
        """CREATE OR REPLACE TEMP TABLE cand AS
           SELECT p.* FROM pairs p ANTI JOIN _rejected r USING (account, nip)"""
    )
    # Bayes factors can overflow doubles: sum them relative to each account's best.
    con.execute(
        """CREATE OR REPLACE TEMP TABLE acc_sum AS
           WITH t AS (SELECT account, max(lr_bits) AS top, count(*) AS n FROM cand
                      GROUP BY account)
           SELECT account, any_value(t.top) AS top, any_value(t.n) AS n,
                  any_value(t.top) + log2(sum(pow(2, c.lr_bits - t.top))) AS log_sum
           FROM cand c JOIN t USING (account) GROUP BY account"""
    )
    sums_row = _first(con, "SELECT list(log_sum) FROM acc_sum")
    log_sums = np.array(sums_row[0] if sums_row and sums_row[0] else [], dtype=np.float64)
    share = (
        employee_share
        if employee_share is not None
        else estimate_share(log_sums, accounts, n_roster)
    )
    log_q = math.log2(share / n_roster)
    rows = con.execute(
        """WITH ranked AS (
              SELECT c.*, row_number() OVER (PARTITION BY account
                                             ORDER BY lr_bits DESC, nip) AS rk
              FROM cand c
            ), top2 AS (SELECT * FROM ranked WHERE rk <= 2)
            SELECT t.account, t.rk, t.nip, t.lr_bits, a.n, a.top,
                   a.log_sum, """
        + ", ".join(f"gamma_{c}" for c in COMPARISONS)
        + """
            FROM top2 t JOIN acc_sum a USING (account)
            ORDER BY t.account, t.rk"""
    ).fetchall()
    out: dict[str, Proposal] = {}
    for account, rk, nip, bits, n, _top, log_sum, *gammas in rows:
        # P = q*B / (1 + q*S), computed in log space.
        denom = _log2_1p_exp2(log_q + log_sum)
        p = 2 ** (log_q + bits - denom)
        if rk == 1:
            out[account] = Proposal(
                account=account,
                nip=nip,
                probability=p,
                second_nip=None,
                second_probability=0.0,
                weight=bits,
                candidates=int(n),
                gammas=dict(zip(COMPARISONS, gammas, strict=True)),
            )
        else:
            prop = out[account]
            prop.second_nip = nip
            prop.second_probability = p
    return list(out.values()), share


def _log2_1p_exp2(x: float) -> float:
    """log2(1 + 2**x) without overflow."""
    return x + math.log2(1 + 2.0 ** (-x)) if x > 0 else math.log2(1 + 2.0**x)


# ---------------------------------------------------------------------------------------------
# Evidence in words


def _phrase(comparison: str, gamma: int | None) -> str | None:
    lv = level_of(comparison, gamma)
    return lv[2] if lv else None


def is_common(name: ParsedName, vocab: Vocabulary) -> bool:
    """A name two or more employees share, or expected to (token frequencies)."""
    k, _ = vocab.name_share(name.key)
    return k >= 2 or vocab.stats.expected_namesakes(name) >= 2


def _explain_graph(prop: Proposal, actor: Actor, employee: Employee) -> str | None:
    """The social-graph evidence in words: whose declared accounts the account engages with."""
    graph = level_of("graph", prop.gammas.get("graph"))
    own = level_of("own", prop.gammas.get("own"))
    if graph is None and own is None:
        return None
    owners = {c.nip: c for c in actor.contacts}
    said: list[str] = []
    if own is not None and own[1] == "own account":
        said.append(f"the employee's own declared account on {actor.platform}")
    others = {n: c for n, c in owners.items() if n != employee.nip}
    unit = org_unit_key(employee.agency_code, employee.unit)
    in_unit = sorted(
        n
        for n, c in others.items()
        if unit and small_unit(c) and org_unit_key(c.agency_code, c.unit) == unit
    )
    in_big = sorted(
        n
        for n, c in others.items()
        if unit and not small_unit(c) and org_unit_key(c.agency_code, c.unit) == unit
    )
    in_agency = sorted(
        n
        for n, c in others.items()
        if c.agency_code == employee.agency_code and n not in in_unit and n not in in_big
    )

    def who(nips: list[str], where: str) -> str:
        shown = ", ".join(nips[:3]) + (f" and {len(nips) - 3:,} more" if len(nips) > 3 else "")
        return f"the declared accounts of {len(nips):,} colleague(s) {where} ({shown})"

    if in_unit:
        said.append(who(in_unit, f"in the employee's unit '{employee.unit}'"))
    if in_big:
        said.append(who(in_big, f"in the employee's big unit '{employee.unit}'"))
    if in_agency:
        said.append(who(in_agency, f"in the employee's agency {employee.agency_code}"))
    if said:
        text = "engages with " + " and ".join(said)
        weak = ("agency colleague", "agency colleagues", "big-unit colleague")
        if graph is not None and graph[1] in weak and not in_unit:
            text += ": weak"
        return text + f" ({len(owners):,} employee(s)' declared accounts in all)"
    if graph is not None:
        return (
            f"engages with the declared accounts of {len(owners):,} employee(s), none in the "
            f"employee's agency {employee.agency_code} (weighs against)"
        )
    if own is not None:
        return (
            f"does not engage with the employee's declared account on {actor.platform}, only "
            f"with those of {len(owners):,} other employee(s) (weighs a little against)"
        )
    return None


def explain(
    prop: Proposal,
    actor: Actor,
    employee: Employee,
    vocab: Vocabulary,
) -> str:
    """Why the best candidate was chosen, in words a reviewer can check."""
    roster_name = parse_name(employee.name)
    parts: list[str] = []
    shown = actor.display_name or actor.handle or actor.user_id or "?"
    name_ph = _phrase("name", prop.gammas.get("name"))
    # A personnel record has no honorifics: its "Umi" or "Uda" is a given name, not removed.
    stripped = describe_stripped(replace(roster_name, honorifics=()))
    after = f" after removing {stripped}" if stripped else ""
    if name_ph and prop.gammas.get("name", 0) > 0:
        parts.append(
            f"name '{shown}' matches roster name '{employee.name}'{after}: {name_ph}"
            + (f" (handle '{actor.handle}')" if "handle" in name_ph and actor.handle else "")
        )
    elif name_ph:
        parts.append(f"name '{shown}' does not match roster name '{employee.name}'")
    k, one_in = vocab.name_share(roster_name.key)
    if k >= 2:
        parts.append(f"common name ({k:,} employees share it, 1 in {one_in:,.0f}): weak")
    else:
        rare = vocab.stats.rarest(roster_name.strong_tokens or roster_name.tokens)
        if rare:
            share = vocab.stats.count(rare[0])
            parts.append(
                f"name unique in the roster; '{rare[0]}' is carried by {share:,} of "
                f"{vocab.stats.employees:,} employees"
                + (": strong" if share * 100 <= vocab.stats.employees else ": middling")
            )
    bio_ph = _phrase("bio", prop.gammas.get("bio"))
    if bio_ph:
        what = {
            "names the employee's agency": f" '{vocab.agency_names.get(employee.agency_code, '')}'",
            "names the employee's unit or position": f" '{employee.position or employee.unit}'",
        }.get(bio_ph, "")
        against = " (weighs against)" if "another" in bio_ph or "nothing" in bio_ph else ""
        parts.append(f"bio '{actor_bio(actor)}' {bio_ph}{what}{against}")
    reg_ph = _phrase("region", prop.gammas.get("region"))
    if reg_ph:
        against = " (weighs against)" if "another" in reg_ph else ""
        parts.append(f"location '{actor.location}' {reg_ph}{against}")
    co_ph = _phrase("cooc", prop.gammas.get("cooc"))
    if co_ph and prop.gammas.get("cooc", 0) > 0:
        parts.append(f"handle '{actor.handle}' {co_ph}")
    birth = level_of("birth", prop.gammas.get("birth"))
    if birth and birth[1] == "birth year":
        parts.append(f"handle '{actor.handle}' {birth[2]}, {employee.nip[:4]}")
    elif birth and birth[1] == "birth date":
        nip = employee.nip
        parts.append(f"handle '{actor.handle}' {birth[2]}, {nip[6:8]}-{nip[4:6]}-{nip[:4]}")
    graph = _explain_graph(prop, actor, employee)
    if graph:
        parts.append(graph)
    if prop.second_nip:
        parts.append(
            f"next candidate {prop.second_nip} at {prop.second_probability:.2f} "
            f"({prop.candidates - 1:,} other candidate(s))"
        )
    return "; ".join(parts)
