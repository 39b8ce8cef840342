"""Probabilistic linkage of undeclared accounts to the roster: Splink (Fellegi-Sunter) on DuckDB.

One side is the roster (one record per employee), the other the accounts seen acting in events.
Both are turned into the same feature columns here (names, places, workplace words, handles),
Splink blocks and scores candidate pairs, and `resolve` turns pair scores into the probability
that a given employee - and no one else - is behind an account. docs/linkage.md explains the
model, its parameters and its limits.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from netra.core.errors import NetraError
from netra.linkage.names import (
    HandleParser,
    ParsedName,
    TokenStats,
    ascii_fold,
    describe_stripped,
    handle_has_own_mark,
    handle_signature,
    parse_name,
    phonetic,
)
from netra.roster.regions import PROVINCES


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
        """Provinces, their common short forms, and the places named in agency names."""
        idx = cls()
        for code, name in PROVINCES.items():
            idx.add(name, code)
        for alias, code in _PROVINCE_ALIASES.items():
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
    ("pemerintah provinsi", "pemprov"),
    ("pemprovinsi", "pemprov"),
    ("dinas pendidikan dan kebudayaan", "disdikbud"),
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
    ("aparatur sipil negara", "asn"),
    ("pegawai negeri sipil", "pns"),
    ("pekerjaan umum", "pupr"),
    ("ibu rumah tangga", "irt"),
    ("karyawan swasta", "karyawan"),
    ("content creator", "kreator"),
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
    ]
)
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
        ("h_sig", pa.string()),  # account: handle without separators
        ("h_mark", pa.bool_()),  # account: the handle carries digits of its own
        ("plat", pa.string()),  # account: platform
        ("decl", _LIST),  # roster: "platform:signature" of declared accounts
        ("decl_sig", _LIST),  # roster: signatures of declared accounts
        ("bk_tok", _LIST),  # blocking: rarest token / account tokens
        ("bk_reg", _LIST),  # blocking: token|province
        ("bk_h", _LIST),  # blocking: handle signatures
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


@dataclass(slots=True)
class Vocabulary:
    """What the roster tells about names and places, shared by both sides' features."""

    stats: TokenStats
    places: PlaceIndex
    handles: HandleParser
    agency_names: dict[str, str]
    agency_regions: dict[str, str | None]
    name_counts: Counter[str] = field(default_factory=Counter)  # name_key -> employees

    def name_share(self, key: str) -> tuple[int, float]:
        """(employees with this exact name, 1 in how many)."""
        k = self.name_counts.get(key, 0)
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
    )


def _empty_row() -> dict[str, Any]:
    return {f.name: None for f in SCHEMA}


_NameFeatures = tuple[
    str | None, str | None, list[str], list[str], list[str], float, str | None, float | None
]
_WorkFeatures = tuple[list[str], list[str], list[str], list[str], list[str]]


def _name_features(name: str, stats: TokenStats) -> _NameFeatures:
    """(key, full, strong keys, all keys, initials, bits, rarest key, its bits) of a name."""
    p = parse_name(name)
    strong_toks = p.strong_tokens or p.tokens
    strong = [phonetic(t) for t in strong_toks]
    every = [phonetic(t) for t in p.tokens]
    bits = {t: stats.bits(t) for t in set(strong_toks)}
    rarest = min(bits, key=lambda t: (-bits[t], t)) if bits else None
    return (
        p.key or None,
        p.full or None,
        strong,
        every,
        sorted({t[0] for t in p.tokens} | set(p.initials)),
        sum(bits.values()),
        phonetic(rarest) if rarest else None,
        bits[rarest] if rarest else None,
    )


def roster_table(
    employees: Sequence[Employee],
    vocab: Vocabulary,
    declared: dict[str, list[tuple[str, str]]],
) -> pa.Table:
    """The roster side: one row per employee; `declared` maps nip -> [(platform, handle)]."""
    cols: dict[str, list[Any]] = {f.name: [] for f in SCHEMA}
    stats = vocab.stats
    # Names, workplaces and places repeat across a roster: compute each distinct one once.
    names: dict[str, _NameFeatures] = {}
    works: dict[tuple[str, str | None, str | None, str | None], _WorkFeatures] = {}
    col = [cols[f.name] for f in SCHEMA]
    (
        c_uid, c_key, c_full, c_tok, c_all, c_ini, c_bits, c_rare, c_rbits, c_rkf, c_rkr,
        c_reg, c_prov, c_bio, c_borg, c_work, c_agency, c_breg, c_occ, c_hsig, c_hmark,
        c_plat, c_decl, c_dsig, c_bktok, c_bkreg, c_bkh,
    ) = col  # fmt: skip
    for e in employees:
        nf = names.get(e.name)
        if nf is None:
            nf = names[e.name] = _name_features(e.name, stats)
        key, full, strong, every, ini, nbits, rare, rbits = nf
        wkey = (e.agency_code, e.unit, e.position, e.region_code)
        wf = works.get(wkey)
        if wf is None:
            aname = vocab.agency_names.get(e.agency_code, "")
            aregion = vocab.agency_regions.get(e.agency_code)
            regions = {c for c in (e.region_code, aregion) if c}
            # Place words ("suka makmur") are matched as places, never as loose work words.
            place = set().union(*(vocab.places.tokens_of(c) for c in regions))
            pos = org_words(e.position)
            wf = works[wkey] = (
                [w for w in distinctive(org_words(e.unit) + pos) if w not in place],
                sorted({w for w in pos if w in OCCUPATIONS}),
                distinctive(org_words(aname)),
                sorted(c for c in regions if len(c) > 2),
                sorted({c[:2] for c in regions}),
            )
        work, occ, agency_words, reg, provs = wf
        decl = declared.get(e.nip)
        uid = f"e:{e.nip}"
        c_uid.append(uid)
        c_key.append(key)
        c_full.append(full)
        c_tok.append(strong)
        c_all.append(every)
        c_ini.append(ini)
        c_bits.append(nbits)
        c_rare.append(rare)
        c_rbits.append(rbits)
        c_rkf.append(uid)
        c_rkr.append(uid)
        c_reg.append(reg)
        c_prov.append(provs)
        c_bio.append(None)
        c_borg.append(None)
        c_work.append(work)
        c_agency.append(agency_words)
        c_breg.append(None)
        c_occ.append(occ)
        c_hsig.append(None)
        c_hmark.append(None)
        c_plat.append(None)
        if decl:
            sigs = sorted({handle_signature(h) for _, h in decl if h})
            c_decl.append(sorted({f"{pl}:{handle_signature(h)}" for pl, h in decl if h}))
        else:
            sigs = []
            c_decl.append([])
        c_dsig.append(sigs)
        c_bktok.append([rare] if rare else [])
        first = every[0] if every else None
        keys = {k for k in (rare, first) if k}
        c_bkreg.append(sorted(f"{k}|{pv}" for k in keys for pv in provs))
        c_bkh.append(sigs)
    return pa.table(cols, schema=SCHEMA)


@dataclass(frozen=True, slots=True)
class ActorNames:
    """The name evidence an account offers."""

    display: ParsedName
    handle_tokens: tuple[str, ...]


def actor_names(a: Actor, vocab: Vocabulary) -> ActorNames:
    """Parse the display name and the handle of an account."""
    return ActorNames(parse_name(a.display_name), vocab.handles.parse(a.handle).tokens)


def accounts_table(actors: Sequence[Actor], vocab: Vocabulary) -> pa.Table:
    """The account side: one row per account seen acting."""
    cols: dict[str, list[Any]] = {f.name: [] for f in SCHEMA}
    stats = vocab.stats
    for a in actors:
        names = actor_names(a, vocab)
        dn = names.display
        dtok = [phonetic(t) for t in dn.tokens]
        all_tok = list(dict.fromkeys(dtok + [phonetic(t) for t in names.handle_tokens]))
        regs, provs = vocab.places.resolve(a.location)
        bio = org_words(a.bio)
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
        bio_regs, bio_provs = vocab.places.resolve(a.bio)
        cols["bio_reg"].append(bio_regs + bio_provs)
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
    return pa.table(cols, schema=SCHEMA)


# ---------------------------------------------------------------------------------------------
# The Splink model

# (sql condition, label, evidence phrase, prior m, prior u); gamma counts down from the first.
Level = tuple[str, str, str, float, float]

NAME_LEVELS: list[Level] = [
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
        "AND list_has_all(ini_r, ini_l)",
        "initials",
        "the name with initials for the rest",
        0.05,
        0.002,
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
    "exact name": "rk_full",
    "same tokens": "rk_full",
    "name with handle": "rk_full",
    "rare part": "rk_rare",
}
NAME_NULL = "(tok_all_l IS NULL OR len(tok_all_l) = 0) AND (ini_l IS NULL OR len(ini_l) = 0)"

REGION_LEVELS: list[Level] = [
    ("list_has_any(reg_l, reg_r)", "same regency", "is the employee's regency/city", 0.6, 0.05),
    ("list_has_any(prov_l, prov_r)", "same province", "is in the employee's province", 0.3, 0.1),
    ("ELSE", "other province", "is in another province", 0.1, 0.85),
]
REGION_NULL = "prov_l IS NULL OR len(prov_l) = 0 OR prov_r IS NULL OR len(prov_r) = 0"

_CS = ", ".join(f"'{w}'" for w in CIVIL_SERVANT)
BIO_LEVELS: list[Level] = [
    (
        "len(list_intersect(bio_l, work_r)) >= 2 "
        "OR (len(list_intersect(bio_l, work_r)) >= 1 AND list_has_any(bio_reg_l, reg_r))",
        "names unit/position",
        "names the employee's unit or position",
        0.15,
        0.0005,
    ),
    (
        "len(agency_r) > 0 AND list_has_all(bio_l, agency_r)",
        "names agency",
        "names the employee's agency",
        0.15,
        0.002,
    ),
    (
        "list_has_any(bio_reg_l, reg_r)",
        "names place",
        "names the employee's place of work",
        0.15,
        0.02,
    ),
    (
        "len(occ_r) > 0 AND list_has_any(bio_l, occ_r)",
        "names occupation",
        "names the employee's occupation",
        0.1,
        0.01,
    ),
    (
        "len(bio_org_l) > 0",
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

COOC_LEVELS: list[Level] = [
    (
        "h_mark_l AND list_contains(decl_sig_r, h_sig_l) "
        "AND NOT list_contains(decl_r, plat_l || ':' || h_sig_l)",
        "same handle elsewhere",
        "uses the very handle of the employee's declared account on another platform",
        0.3,
        0.002,
    ),
    ("ELSE", "other handles", "differs from the employee's declared handles", 0.7, 0.998),
]
COOC_NULL = "h_sig_l IS NULL OR decl_sig_r IS NULL OR len(decl_sig_r) = 0"

COMPARISONS: dict[str, tuple[str, list[Level]]] = {
    "name": (NAME_NULL, NAME_LEVELS),
    "region": (REGION_NULL, REGION_LEVELS),
    "bio": (BIO_NULL, BIO_LEVELS),
    "cooc": (COOC_NULL, COOC_LEVELS),
}


# Nobody's name is rarer than one in this many people (about the adult population).
MIN_NAME_U = 1e-8

# Levels that corroborate a name: without one of them a name alone never makes a link.
CORROBORATING: dict[str, frozenset[str]] = {
    "region": frozenset({"same regency", "same province"}),
    "bio": frozenset(
        {
            "names unit/position",
            "names agency",
            "names place",
            "names occupation",
            "says civil servant",
        }
    ),
    "cooc": frozenset({"same handle elsewhere"}),
}


def corroborated(gammas: dict[str, int]) -> bool:
    """True when some evidence besides the name points at the employee."""
    for comparison, labels in CORROBORATING.items():
        lv = level_of(comparison, gammas.get(comparison))
        if lv is not None and lv[1] in labels:
            return True
    return False


def level_of(comparison: str, gamma: int | None) -> Level | None:
    """The level a gamma value stands for (None for the null level)."""
    if gamma is None or gamma < 0:
        return None
    levels = COMPARISONS[comparison][1]
    return levels[len(levels) - 1 - gamma]


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
            if name == "cooc" and label == "same handle elsewhere":
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

    max_block_pairs: int = 200_000  # a blocking key whose block would pair more is dropped
    u_pairs: float = 1e6  # random pairs for u estimation
    em_pairs: float = 2e5  # pairs for EM (same-name pairs, sampled)
    min_labels: int = 30  # declared pairs needed before m is taken from them
    em: bool = True
    employee_share: float | None = None  # prior share of accounts that are employees' (None: EM)
    min_weight: float = -6.0  # pairs scoring below are dropped after predict (saves memory)
    chunk_roster: int = 1_000_000  # predict in chunks of this many employees ...
    chunk_accounts: int = 250_000  # ... and this many accounts, to bound memory
    threads: int | None = None
    memory_limit: str | None = None
    temp_dir: str | None = None


@dataclass(slots=True)
class TrainingReport:
    """How the parameters were obtained."""

    labels: int = 0
    em_sessions: int = 0
    employee_share: float = 0.0
    blocked_keys_dropped: int = 0
    candidate_pairs: int = 0
    m_probabilities: dict[str, dict[str, float]] = field(default_factory=dict)
    u_probabilities: dict[str, dict[str, float]] = field(default_factory=dict)


def _first(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...] | None:
    """The first row of a query, with the result fully consumed (DuckDB wants that)."""
    rows = con.execute(sql).fetchall()
    return tuple(rows[0]) if rows else None


def _cap_blocking_keys(con: duckdb.DuckDBPyConnection, cap: int) -> int:
    """Drop blocking keys whose block would pair more than `cap` records; count them."""
    dropped = 0
    for col in ("bk_tok", "bk_reg", "bk_h"):
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE _heavy AS
            WITH r AS (SELECT k, count(*) AS n FROM (SELECT unnest({col}) AS k FROM {ROSTER})
                       GROUP BY k),
                 a AS (SELECT k, count(*) AS n FROM (SELECT unnest({col}) AS k FROM {ACCOUNTS})
                       GROUP BY k)
            SELECT r.k FROM r JOIN a USING (k) WHERE r.n * a.n > {int(cap)}"""
        )
        row = _first(con, "SELECT count(*) FROM _heavy")
        n = int(row[0]) if row else 0
        if n:
            dropped += n
            for table in (ROSTER, ACCOUNTS):
                con.execute(
                    f"""CREATE OR REPLACE TABLE {table} AS
                        SELECT t.* REPLACE (coalesce(k.keep, []::VARCHAR[]) AS {col})
                        FROM {table} t LEFT JOIN (
                            SELECT unique_id, list(x) AS keep
                            FROM (SELECT unique_id, unnest({col}) AS x FROM {table})
                            WHERE x NOT IN (SELECT k FROM _heavy) GROUP BY unique_id
                        ) k USING (unique_id)"""
                )
    return dropped


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
        roster: pa.Table | Iterable[pa.Table],
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
        self.con = duckdb.connect()
        cfg = self.config
        if cfg.threads:
            self.con.execute(f"SET threads = {int(cfg.threads)}")
        if cfg.memory_limit:
            self.con.execute(f"SET memory_limit = '{cfg.memory_limit}'")
        if cfg.temp_dir:
            self.con.execute(f"SET temp_directory = '{cfg.temp_dir}'")
        # The roster may come in batches so that a national roster never sits in Python at once.
        batches = [roster] if isinstance(roster, pa.Table) else roster
        first = True
        for batch in batches:
            self.con.register("_r", batch)
            if first:
                self.con.execute(f"CREATE TABLE {ROSTER} AS SELECT * FROM _r")
                first = False
            else:
                self.con.execute(f"INSERT INTO {ROSTER} SELECT * FROM _r")
            self.con.unregister("_r")
        if first:
            raise LinkageError("the roster is empty: nobody to link accounts to")
        self.con.register("_a", accounts)
        self.con.execute(f"CREATE TABLE {ACCOUNTS} AS SELECT * FROM _a")
        self.con.unregister("_a")
        self.n_roster = self._count(f"SELECT count(*) FROM {ROSTER}")
        if self.n_roster == 0:
            raise LinkageError("the roster is empty: nobody to link accounts to")
        self.report.blocked_keys_dropped = _cap_blocking_keys(self.con, cfg.max_block_pairs)
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
        self.labels = list(labels)

    def _rarity_tables(self) -> None:
        """Term-frequency tables keyed by employee: how common their name is.

        Whole name: the larger of the share of *other* employees with exactly this name and
        the product of its tokens' shares (tokens taken as independent); a name seen once in
        a small roster is not therefore one in N. Rarest token: that token's share.
        """
        n = self.n_roster
        # Token and whole-name counts come from the roster table itself (SQL, not Python).
        self.con.execute(
            f"""CREATE TEMP TABLE _tokc AS SELECT t, count(*) AS c FROM
                (SELECT DISTINCT unique_id, unnest(tok_all) AS t FROM {ROSTER}) GROUP BY t"""
        )
        self.con.execute(
            f"""CREATE TEMP TABLE _namec AS SELECT name_key, count(*) AS c FROM {ROSTER}
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
                                coalesce(t.prod, 1.0), {MIN_NAME_U}) AS tf_rk_full
                FROM {ROSTER} r LEFT JOIN _namec c USING (name_key)
                LEFT JOIN toks t USING (unique_id)"""
        )
        self.con.execute(
            f"""CREATE TABLE _tf_rk_rare AS
                SELECT r.unique_id AS rk_rare, coalesce(k.c, 1)::DOUBLE / {n} AS tf_rk_rare
                FROM {ROSTER} r LEFT JOIN _tokc k ON k.t = r.rare"""
        )

    # -- training

    def train(self) -> TrainingReport:
        """u by random sampling; m by EM within same-name blocks and from declared accounts."""
        from splink import block_on
        from splink.internals.exceptions import SplinkException

        cfg = self.config
        self.step("linkage: estimate u")
        # Small workspaces have fewer pairs than the sample size: no need to draw more.
        n_pairs = float(self.n_roster) * self._count(f"SELECT count(*) FROM {ACCOUNTS}")
        self.linker.training.estimate_u_using_random_sampling(
            max_pairs=min(cfg.u_pairs, max(n_pairs / 2, 1e4)), seed=1
        )
        if cfg.em:
            self.step("linkage: EM")
            # Within pairs that share a whole name, EM separates the same person from
            # namesakes using place, bio and handles; the name comparison is left out.
            n_pairs = self._count(
                f"""SELECT sum(a.n * r.n)::BIGINT FROM
                    (SELECT name_key, count(*) AS n FROM {ACCOUNTS} GROUP BY name_key) a
                    JOIN (SELECT name_key, count(*) AS n FROM {ROSTER} GROUP BY name_key) r
                    USING (name_key)"""
            )
            # Common names make huge same-name blocks: train on a deterministic share of the
            # accounts so that about `em_pairs` pairs remain.
            k = max(1, math.ceil(n_pairs / cfg.em_pairs))
            rule: Any = (
                block_on("name_key")
                if k == 1
                else f"l.name_key = r.name_key AND hash(l.unique_id) % {k} = 0"
            )
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
            self.con.execute("DROP TABLE IF EXISTS _labels")
            self.con.execute(
                "CREATE TABLE _labels (source_dataset_l VARCHAR, unique_id_l VARCHAR, "
                "source_dataset_r VARCHAR, unique_id_r VARCHAR)"
            )
            self.con.executemany(
                "INSERT INTO _labels VALUES (?, ?, ?, ?)",
                [(ACCOUNTS, a, ROSTER, f"e:{nip}") for a, nip in self.labels],
            )
            labels = self.db.register("_labels", table_name="labels_declared")
            training: Any = self.linker.training  # this Splink method has no annotations
            training.estimate_m_from_pairwise_labels(labels)
            self.report.labels = len(self.labels)
        self._smooth()
        self._snapshot_parameters()
        return self.report

    def _smooth(self) -> None:
        """No level may be impossible: add-one smoothing of label counts, floors elsewhere."""
        n = len(self.labels) if len(self.labels) >= self.config.min_labels else 0
        for cc in self.linker._settings_obj.comparisons:
            levels = [lv for lv in cc.comparison_levels if not lv.is_null_level]
            k = len(levels)
            ms = [float(lv.m_probability or 0.0) for lv in levels]
            us = [float(lv.u_probability or 0.0) for lv in levels]
            if n:
                ms = [(m * n + 1) / (n + k) for m in ms]
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
        n_acc = self._count(f"SELECT count(*) FROM {ACCOUNTS}")
        left = max(1, math.ceil(n_acc / cfg.chunk_accounts))
        right = max(1, math.ceil(self.n_roster / cfg.chunk_roster))
        pred = self.linker.inference.predict(
            threshold_match_weight=cfg.min_weight + prior_w,
            num_chunks_left=left,
            num_chunks_right=right,
            warning_mode="never",
        )
        gammas = ", ".join(f"gamma_{c}" for c in COMPARISONS)
        self.con.execute(
            f"""CREATE OR REPLACE TABLE pairs AS
                SELECT unique_id_l AS account, substr(unique_id_r, 3) AS nip,
                       match_weight - {prior_w} AS lr_bits, {gammas}
                FROM {pred.physical_name}
                -- a pair found by two blocking rules in different chunks counts once
                QUALIFY row_number() OVER (PARTITION BY unique_id_l, unique_id_r
                                           ORDER BY match_weight DESC) = 1"""
        )
        pred.drop_table_from_database_and_remove_from_cache()
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
    con.execute("CREATE OR REPLACE TEMP TABLE _rejected (account VARCHAR, nip VARCHAR)")
    rej = list(rejected)
    if rej:
        con.executemany("INSERT INTO _rejected VALUES (?, ?)", rej)
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
                   a.log_sum, gamma_name, gamma_region, gamma_bio, gamma_cooc
            FROM top2 t JOIN acc_sum a USING (account)
            ORDER BY t.account, t.rk"""
    ).fetchall()
    out: dict[str, Proposal] = {}
    for account, rk, nip, bits, n, _top, log_sum, g_name, g_region, g_bio, g_cooc in rows:
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
                gammas={"name": g_name, "region": g_region, "bio": g_bio, "cooc": g_cooc},
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
    stripped = describe_stripped(roster_name)
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
        parts.append(f"bio '{actor.bio}' {bio_ph}{what}{against}")
    reg_ph = _phrase("region", prop.gammas.get("region"))
    if reg_ph:
        against = " (weighs against)" if "another" in reg_ph else ""
        parts.append(f"location '{actor.location}' {reg_ph}{against}")
    co_ph = _phrase("cooc", prop.gammas.get("cooc"))
    if co_ph and prop.gammas.get("cooc", 0) > 0:
        parts.append(f"handle '{actor.handle}' {co_ph}")
    if prop.second_nip:
        parts.append(
            f"next candidate {prop.second_nip} at {prop.second_probability:.2f} "
            f"({prop.candidates - 1:,} other candidate(s))"
        )
    return "; ".join(parts)
