"""Synthetic bundle generator (netra-bundle/1) with a truth file of expected findings.

Everything is derived from `seed` through named `random.Random` streams and a seeded Faker,
never from the clock, so the same arguments give byte-identical files.
"""

from __future__ import annotations

import bisect
import csv
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

import orjson
import yaml
from faker import Faker

from netra.synth import content as C
from netra.synth import texts as T
from netra.synth.facts import (
    PILKADA_REGENCY,
    PILKADA_REGION,
    REGENCIES,
    agencies_for,
    pemilu2024,
    region_name,
)
from netra.synth.people import (
    Account,
    Employee,
    HandleRegistry,
    IdAllocator,
    NamePools,
    bio_for,
    display_name_for,
    make_employees,
    name_pools,
    pick_platforms,
    slug,
    undeclared_bio,
    undeclared_display_name,
)
from netra.synth.truth import Judge

AGENCY_COLUMNS = ["code", "name", "parent_code", "region_code"]
ROSTER_COLUMNS = [
    "nip",
    "name",
    "agency_code",
    "unit",
    "position",
    "employment_type",
    "region_code",
    "status",
]
ACCOUNT_COLUMNS = [
    "nip",
    "platform",
    "handle",
    "user_id",
    "display_name",
    "declared_at",
    "approved",
]
TARGET_COLUMNS = [
    "target_id",
    "name",
    "kind",
    "election_id",
    "ballot_number",
    "party",
    "platform",
    "handle",
    "user_id",
]
KEYWORD_COLUMNS = ["target_id", "term"]
ELECTION_COLUMNS = [
    "election_id",
    "name",
    "contest",
    "region_code",
    "stage",
    "starts_on",
    "ends_on",
]
CLAIM_COLUMNS = ["claim_id", "text", "verdict", "source_url", "published_on"]

PILPRES = "pilpres2024"
PILKADA = "pilkada2024-1710"

# How often a person reuses one handle on another platform (declared or not).
HANDLE_REUSE = 0.35
# The social graph (docs/linkage.md, docs/quality.md): the share of employees whose accounts
# engage with colleagues' declared accounts at all; how many colleagues each such account
# engages with (1 to this many, on its own platform); the chance that one is in the same unit
# rather than elsewhere in the agency; the share of undeclared accounts that are a second
# account on a platform where the owner declared one; and the chance that such a second
# account engages with that declared main account. Everyone else's contacts are random.
GRAPH_NETWORKED = 0.7
GRAPH_MAX_COLLEAGUES = 3
GRAPH_SAME_UNIT = 0.6
SECOND_ACCOUNT = 0.3
GRAPH_OWN_MAIN = 0.5
# The chance that a post a non-employee engages with is some employee's (a random one).
STRANGER_MEETS_EMPLOYEE = 0.2

# Time is kept as whole seconds of Asia/Jakarta wall-clock since 2023-05-31 00:00 WIB.
_DAY0 = date(2023, 5, 31)
_DAYS = [(_DAY0 + timedelta(days=i)).isoformat() for i in range(600)]
_WIB_OFFSET = 7 * 3600


def _dsec(day: str) -> int:
    return (date.fromisoformat(day) - _DAY0).days * 86400


T_LO = _dsec("2023-06-01")
T_HI = _dsec("2025-01-01")  # exclusive

_URL = {
    "x": "https://x.com/{h}/status/{i}",
    "facebook": "https://www.facebook.com/{h}/posts/{i}",
    "instagram": "https://www.instagram.com/p/{i}/",
    "tiktok": "https://www.tiktok.com/@{h}/video/{i}",
    "youtube": "https://www.youtube.com/watch?v={i}",
    "threads": "https://www.threads.net/@{h}/post/{i}",
    "bluesky": "https://bsky.app/profile/{h}/post/{i}",
    "mastodon": "https://mastodon.social/@{h}/{i}",
    "other": "https://forum.example.id/{h}/{i}",
}
_SOURCE = {
    "x": "x-api",
    "facebook": "facebook-export",
    "instagram": "instagram-export",
    "tiktok": "tiktok-export",
    "youtube": "youtube-api",
    "threads": "patrol",
    "bluesky": "bluesky-api",
    "mastodon": "mastodon-api",
    "other": "patrol",
}
# Sources of undated likes/follows: platform exports (e.g. X's like.js has no time).
_EXPORT = {
    "x": "x-archive",
    "facebook": "facebook-export",
    "instagram": "instagram-export",
    "tiktok": "tiktok-export",
    "youtube": "youtube-takeout",
    "threads": "threads-export",
    "bluesky": "bluesky-api",
    "mastodon": "mastodon-api",
    "other": "other-export",
}
POLITICAL_PLATFORMS = ("x", "facebook", "instagram", "tiktok", "youtube")
NEWS_PLATFORMS = ("x", "facebook", "instagram", "tiktok", "youtube", "threads")


@dataclass
class SynthSummary:
    """What generate_bundle wrote."""

    out: Path
    employees: int
    accounts: int
    events: int
    planted_findings: int
    planted_rejections: int


@dataclass(slots=True)
class _Post:
    idx: int
    t: int
    target: dict[str, Any]


@dataclass(slots=True)
class _Source:
    """An account others engage with: political target, news outlet, official, group."""

    key: str  # target_id for targets, outlet name otherwise
    kind: str  # candidate/campaign_team/party/official/news/group
    platform: str
    user_id: str  # "" when the target row has no user_id
    handle: str
    name: str
    idx: int
    election: str = ""
    supports: str = ""  # target_id that this actor's supporters campaign for
    is_group: bool = False
    aid: int = 0  # actor index when this account itself acts
    posts: list[_Post] = field(default_factory=list)
    win: list[_Post] = field(default_factory=list)
    before: list[_Post] = field(default_factory=list)
    after: list[_Post] = field(default_factory=list)
    actor: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Ev:
    """A generated event with its hidden labels."""

    ev: dict[str, Any]
    support: str | None = None
    other: tuple[str, str] | None = None  # (category, claim/document id)


class _Csv:
    """CSV writer that knows the physical line number of each row."""

    def __init__(self, path: Path, header: list[str]) -> None:
        self._f: IO[str] = path.open("w", encoding="utf-8", newline="")
        self._w = csv.writer(self._f, lineterminator="\n")
        self._w.writerow(header)
        self.line = 1

    def row(self, values: Iterable[str]) -> int:
        """Write one row; returns its line number. Values never contain newlines."""
        self._w.writerow(values)
        self.line += 1
        return self.line

    def close(self) -> None:
        """Flush and close."""
        self._f.close()


def generate_bundle(
    out: Path,
    *,
    employees: int,
    seed: int,
    policy: str = "id",
    events_per_employee: float = 8.0,
    progress: Callable[[int, int], None] | None = None,
) -> SynthSummary:
    """Write a synthetic bundle to `out` plus `out/truth/` (expected findings, rejections)."""
    if employees < 1:
        raise ValueError("employees must be at least 1")
    if events_per_employee < 0:
        raise ValueError("events_per_employee must not be negative")
    if policy not in ("id", "pk"):
        raise ValueError(f"unknown policy {policy!r}: expected 'id' or 'pk'")
    return _Generator(Path(out), employees, seed, policy, events_per_employee, progress).run()


class _Generator:
    def __init__(
        self,
        out: Path,
        employees: int,
        seed: int,
        policy: str,
        events_per_employee: float,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.out = out
        self.n_employees = employees
        self.seed = seed
        self.policy = policy
        self.n_events = round(employees * events_per_employee)
        self.progress = progress

        def stream(name: str) -> random.Random:
            return random.Random(f"netra-synth/{seed}/{name}")

        self.r_people = stream("people")
        self.r_acc = stream("accounts")
        self.r_pol = stream("political")
        self.r_ev = stream("events")
        self.r_bad = stream("broken")
        self.r_und = stream("undeclared")
        self.r_graph = stream("graph")
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        self.ids = IdAllocator(stream("ids"))
        self.handles = HandleRegistry(stream("handles"))
        self.judge = Judge()
        self.rejections: list[dict[str, Any]] = []
        self.findings: list[dict[str, Any]] = []
        self.other_truth: list[dict[str, Any]] = []
        self._idx = 0  # dense index for sources and posts (dedup keys)
        self._aid = 0  # dense index for actors
        self._pid = 1_700_000_000_000_000_000  # post/comment ids, strictly increasing
        self.pools: NamePools
        self.emps: list[Employee] = []
        self.accounts: list[Account] = []
        # Who really is behind an account, declared or not: (platform, "u:"+user_id or
        # "h:"+handle) -> nip. Events of undeclared accounts are expected on their owner.
        self.owner: dict[tuple[str, str], str] = {}
        self.undeclared: list[Account] = []
        self.namesakes: list[dict[str, str]] = []
        # (account, declared account it engages with): colleagues, or one's own main account
        self.edges: list[tuple[Account, Account]] = []
        # account identity -> links.jsonl row, for actors no declaration covers
        self.link_truth: dict[tuple[str, str], dict[str, Any]] = {}
        self._kind_of_actor: dict[tuple[str, str], str] = {}
        self._identity: dict[tuple[str, str], str] = {}  # (platform, "h:"+handle) -> user id
        self._places = [v.replace("Kota ", "") for v in REGENCIES.values()]

    # ------------------------------------------------------------------------------ helpers

    def _next_idx(self) -> int:
        self._idx += 1
        return self._idx

    def _next_aid(self) -> int:
        self._aid += 1
        return self._aid

    def _reject(self, file: str, line: int, reason: str) -> None:
        self.rejections.append({"file": file, "line": line, "reason_hint": reason})

    def _faker_name(self, rng: random.Random, male: bool) -> str:
        p = self.pools
        firsts, lasts = (p.male_first, p.male_last) if male else (p.female_first, p.female_last)
        return f"{firsts[int(rng.random() * len(firsts))]} {lasts[int(rng.random() * len(lasts))]}"

    # ------------------------------------------------------------------------------ run

    def run(self) -> SynthSummary:
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / "documents").mkdir(exist_ok=True)
        (self.out / "truth").mkdir(exist_ok=True)
        self.pools = name_pools(self.fake)
        self._political()
        self._public_accounts()
        self._write_agencies_roster()
        self._write_accounts()
        self._undeclared_accounts()
        self._social_graph()
        self._write_targets_keywords_elections()
        self._write_claims_documents()
        self._write_header()
        n_lines = self._write_events()
        self._write_truth()
        return SynthSummary(
            self.out,
            len(self.emps),
            len(self.accounts),
            n_lines,
            len(self.findings),
            len(self.rejections),
        )

    # ------------------------------------------------------------------------------ bundle.yaml

    def _write_header(self) -> None:
        header = {
            "format": "netra-bundle/1",
            "name": f"Pemantauan Netralitas ASN Pemilu dan Pilkada 2024 – data sintetis "
            f"(seed {self.seed})",
            "policy": self.policy,
            "timezone": "Asia/Jakarta",
        }
        text = yaml.safe_dump(header, sort_keys=False, allow_unicode=True)
        (self.out / "bundle.yaml").write_text(text, encoding="utf-8")

    # ------------------------------------------------------------------------------ political

    def _political(self) -> None:
        """Targets, their accounts and posts, elections and keywords (kept for writing)."""
        rng = self.r_pol
        facts = pemilu2024()
        pil = facts["pilpres2024"]
        self.target_rows: list[list[str]] = []
        self.keyword_rows: list[list[str]] = []
        self.sources: list[_Source] = []
        self.election_rows: list[list[str]] = []
        self.windows: dict[str, tuple[int, int]] = {}
        self.pair_of: dict[str, T.PairProfile] = {}
        self.party_of: dict[str, T.PartyProfile] = {}
        self.local_of: dict[str, T.LocalPair] = {}

        # Elections ----------------------------------------------------------------------
        for st in pil["stages"]:
            self.election_rows.append(
                [
                    PILPRES,
                    pil["name"],
                    "presidential",
                    "",
                    st["stage"],
                    st["starts_on"],
                    st["ends_on"],
                ]
            )
        pk = {s["stage"]: s for s in facts["pilkada2024"]["stages"]}
        # Candidacy, counting and result dates of the invented regency are our own choice.
        local_stages = [
            ("candidacy", "2024-08-27", "2024-09-24"),
            ("campaign", pk["campaign"]["starts_on"], pk["campaign"]["ends_on"]),
            ("quiet", pk["quiet"]["starts_on"], pk["quiet"]["ends_on"]),
            ("voting", pk["voting"]["starts_on"], pk["voting"]["ends_on"]),
            ("counting", "2024-11-27", "2024-12-09"),
            ("result", "2024-12-16", "2024-12-16"),
        ]
        local_name = f"Pemilihan Bupati dan Wakil Bupati {PILKADA_REGENCY} 2024"
        for stage, s, e in local_stages:
            self.election_rows.append(
                [PILKADA, local_name, "regional_head", PILKADA_REGION, stage, s, e]
            )
        for row in self.election_rows:
            self.judge.add_stage(row[0], row[5], row[6])
        for eid in (PILPRES, PILKADA):
            starts = [r[5] for r in self.election_rows if r[0] == eid]
            ends = [r[6] for r in self.election_rows if r[0] == eid]
            self.windows[eid] = (_dsec(min(starts)), _dsec(max(ends)) + 86400)

        # Presidential pairs ---------------------------------------------------------------
        handles = {
            "01": [
                ("x", "amin_01_info", "b"),
                ("instagram", "anies.muhaimin.01", "b"),
                ("tiktok", "aminofficial01", "b"),
            ],
            "02": [
                ("x", "prabowogibran_02", "b"),
                ("instagram", "prabowo.gibran.02", "b"),
                ("youtube", "PrabowoGibran02TV", "h"),
            ],
            "03": [
                ("x", "ganjarmahfud_03", "b"),
                ("facebook", "ganjar.mahfud.03", "b"),
                ("instagram", "ganjarmahfud.info03", "b"),
            ],
        }
        for pair in pil["pairs"]:
            b = pair["ballot_number"]
            tid = f"CAPRES-{b}"
            prof = T.PAIRS[b]
            self.pair_of[tid] = prof
            name = f"{pair['president']} – {pair['vice_president']}"
            for plat, h, mode in handles[b]:
                self._target_account(
                    tid, name, "candidate", PILPRES, b, "", plat, h, mode, supports=tid
                )
            terms = [
                *prof.tags,
                prof.pair,
                *prof.extra_terms,
                f"coblos {b}",
                f"coblos nomor {prof.n}",
                f"{prof.first} presidenku",
            ]
            self.keyword_rows += [[tid, t] for t in dict.fromkeys(terms)]

        teams = [
            (
                "TIM-01",
                "01",
                "Timnas AMIN (Tim Nasional Pemenangan Anies-Muhaimin)",
                [
                    ("x", "timnasamin_info", "b", False),
                    ("instagram", "timnas.amin.info", "b", False),
                ],
                ["Timnas AMIN"],
            ),
            (
                "TIM-02",
                "02",
                "TKN Prabowo-Gibran (Tim Kampanye Nasional)",
                [
                    ("x", "tkn_prabowogibran_info", "b", False),
                    ("facebook", "tkn.prabowogibran.info", "b", False),
                ],
                ["TKN Prabowo-Gibran"],
            ),
            (
                "TIM-03",
                "03",
                "TPN Ganjar-Mahfud (Tim Pemenangan Nasional)",
                [
                    ("x", "tpn_ganjarmahfud_info", "b", False),
                    ("instagram", "tpn.ganjarmahfud.info", "b", False),
                ],
                ["TPN Ganjar-Mahfud"],
            ),
            (
                "REL-01",
                "01",
                "Relawan Jaringan Warga 01 Bengkulu",
                [
                    ("facebook", "relawan.jaringanwarga01.bkl", "b", True),
                    ("tiktok", "jaringanwarga01", "b", False),
                ],
                ["Jaringan Warga 01", "#JaringanWarga01"],
            ),
            (
                "REL-02",
                "02",
                "Relawan Barisan Muda 02 Sumatera",
                [
                    ("facebook", "barisanmuda02.sumatera", "b", True),
                    ("instagram", "barisanmuda02", "b", False),
                ],
                ["Barisan Muda 02", "#BarisanMuda02"],
            ),
            (
                "REL-03",
                "03",
                "Relawan Gerak Bersama 03 Jawa",
                [
                    ("facebook", "gerakbersama03.jawa", "b", True),
                    ("x", "gerakbersama03", "h", False),
                ],
                ["Gerak Bersama 03", "#GerakBersama03"],
            ),
            (
                "BUZ-02",
                "02",
                "Jaringan akun pendukung Suara Dua Nusantara",
                [
                    ("x", "suaradua_nusantara", "b", False),
                    ("tiktok", "suaraduanusantara", "b", False),
                ],
                ["#SuaraDuaNusantara"],
            ),
        ]
        for tid, b, name, accts, terms in teams:
            for plat, h, mode, group in accts:
                self._target_account(
                    tid,
                    name,
                    "campaign_team",
                    PILPRES,
                    "",
                    "",
                    plat,
                    h,
                    mode,
                    supports=f"CAPRES-{b}",
                    group=group,
                )
            self.pair_of[tid] = T.PAIRS[b]
            self.keyword_rows += [[tid, t] for t in terms]

        # Parties --------------------------------------------------------------------------
        for party in facts["parties"]:
            num = party["number"]
            short, tag, extra = T.PARTY_SHORT[num]
            party_prof = T.PartyProfile(num, party["name"], short, tag, extra)
            tid = f"PARTAI-{int(num):02d}"
            self.party_of[tid] = party_prof
            k = 2 + (rng.random() < 0.5)
            base = slug(short.replace("Partai ", ""))
            for i, plat in enumerate(self._pick(rng, POLITICAL_PLATFORMS, k)):
                h = {
                    "x": f"{base}_id",
                    "instagram": f"dpp.{base}",
                    "facebook": f"{base}.official",
                    "tiktok": f"{base}official",
                    "youtube": f"{base}TV",
                }[plat]
                group = plat == "facebook" and rng.random() < 0.5
                if group:
                    h = f"{base}.bersatu.grup"
                mode = "h" if i == 1 and rng.random() < 0.2 else "b"
                self._target_account(
                    tid,
                    party_prof.full,
                    "party",
                    "",
                    num,
                    short,
                    plat,
                    h,
                    mode,
                    supports=tid,
                    group=group,
                )
            terms = [short, party_prof.full, tag, *extra]
            self.keyword_rows += [[tid, t] for t in dict.fromkeys(terms)]

        # Invented pilkada -----------------------------------------------------------------
        used_nicks = {"AMIN", "PKS", "PKB", "PPP", "PSI", "PBB", "PAN", "PKN", "TKN", "TPN", "ASN"}
        for n in ("1", "2", "3"):
            male_head = rng.random() < 0.8
            head_plain = self._faker_name(rng, male_head)
            dep_plain = self._faker_name(rng, rng.random() < 0.7)
            hf, df = head_plain.split()[0], dep_plain.split()[0]
            nick = (hf[:2] + df[:2]).upper()
            while nick in used_nicks or len(set(nick)) < 3:
                nick = (hf[:3] + df[:2]).upper() + str(int(rng.random() * 9) + 1)
            used_nicks.add(nick)
            head = f"{'H. ' if male_head and rng.random() < 0.5 else ''}{head_plain}, S.E., M.M."
            deputy = f"{dep_plain}, S.H."
            lp = T.LocalPair(n, head, deputy, hf, df, nick, f"#{nick}UntukSukaMakmur")
            tid = f"PILKADA-SM-{n}"
            self.local_of[tid] = lp
            name = f"{head} – {deputy}"
            if n == "3":
                # A pair with no known account: one row, empty platform/handle/user_id.
                self.target_rows.append([tid, name, "candidate", PILKADA, n, "", "", "", ""])
                self.judge.add_target(tid, "candidate", PILKADA, "", "", "")
            else:
                plats = ["facebook", "instagram"] if n == "1" else ["facebook", "tiktok"]
                for plat in plats:
                    h = f"{slug(lp.pair)}{'.' if plat != 'tiktok' else ''}{n}sukamakmur"
                    self._target_account(
                        tid, name, "candidate", PILKADA, n, "", plat, h, "b", supports=tid
                    )
            terms = [lp.pair, lp.nick, lp.tag]
            self.keyword_rows += [[tid, t] for t in terms]
        lp1 = self.local_of["PILKADA-SM-1"]
        self._target_account(
            "TIM-SM-1",
            f"Tim Pemenangan {lp1.pair}",
            "campaign_team",
            PILKADA,
            "",
            "",
            "facebook",
            f"timpemenangan.{slug(lp1.nick)}",
            "b",
            supports="PILKADA-SM-1",
            group=True,
        )
        self.local_of["TIM-SM-1"] = lp1
        self.keyword_rows.append(["TIM-SM-1", f"Tim Pemenangan {lp1.pair}"])

        # Office holders who are not standing ----------------------------------------------
        offices = [
            ("PEJABAT-1", f"Bupati {PILKADA_REGENCY}", ["facebook", "instagram"]),
            ("PEJABAT-2", f"Sekretaris Daerah Kabupaten {PILKADA_REGENCY}", ["facebook"]),
            ("PEJABAT-3", f"Kepala Dinas Kominfo Kabupaten {PILKADA_REGENCY}", ["instagram", "x"]),
        ]
        for tid, office, plats in offices:
            person = self._faker_name(rng, rng.random() < 0.7)
            for plat in plats:
                h = f"{slug(person)}{'_' if plat == 'x' else '.'}{slug(office.split()[0])}"
                self._target_account(
                    tid, f"{person} ({office})", "official", "", "", "", plat, h, "b"
                )
        self._make_political_posts()

    @staticmethod
    def _pick(rng: random.Random, seq: tuple[str, ...], k: int) -> list[str]:
        pool = list(seq)
        out = []
        for _ in range(k):
            out.append(pool.pop(int(rng.random() * len(pool))))
        return out

    def _target_account(
        self,
        tid: str,
        name: str,
        kind: str,
        election: str,
        ballot: str,
        party: str,
        platform: str,
        handle: str,
        mode: str,
        *,
        supports: str = "",
        group: bool = False,
    ) -> None:
        """Register one target account row; mode 'b' = handle and user_id, 'h' = handle only."""
        if not self.handles.reserve(platform, handle):
            raise AssertionError(f"duplicate target handle {platform}:{handle}")
        uid = self.ids.new(platform)
        row_uid = uid if mode == "b" else ""
        self.target_rows.append(
            [tid, name, kind, election, ballot, party, platform, handle, row_uid]
        )
        self.judge.add_target(tid, kind, election, platform, handle, row_uid)
        src = _Source(
            tid,
            kind,
            platform,
            row_uid,
            handle,
            name,
            self._next_idx(),
            election=election,
            supports=supports,
            is_group=group,
            aid=self._next_aid(),
        )
        src.actor = (
            {"user_id": row_uid, "handle": handle, "display_name": name}
            if row_uid
            else {"handle": handle, "display_name": name}
        )
        self.sources.append(src)

    def _post_target(self, src: _Source, pid: str, text: str) -> dict[str, Any]:
        tgt: dict[str, Any] = {"post_id": pid}
        if src.user_id:
            tgt["author_user_id"] = src.user_id
        tgt["author_handle"] = src.handle
        tgt["text"] = text
        tgt["url"] = _URL[src.platform].format(h=src.handle, i=pid)
        return tgt

    def _new_pid(self, rnd: Callable[[], float]) -> str:
        self._pid += 1 + int(rnd() * 65536)
        return str(self._pid)

    def _fill(self, rng: random.Random, tpl: str, **extra: str) -> str:
        if "{" not in tpl:
            return tpl
        rnd = rng.random
        places = self._places
        return tpl.format(
            place=places[int(rnd() * len(places))],
            village=T.VILLAGES[int(rnd() * len(T.VILLAGES))],
            activity=T.ACTIVITIES[int(rnd() * len(T.ACTIVITIES))],
            unit=T.UNITS_SHORT[int(rnd() * len(T.UNITS_SHORT))],
            **extra,
        )

    def _make_political_posts(self) -> None:
        rng = self.r_pol
        rnd = rng.random
        for src in self.sources:
            if src.is_group:
                continue
            lo = T_LO if src.election != PILKADA else _dsec("2024-03-01")
            n = 120 if src.kind != "official" else 80
            times = sorted(lo + int(rnd() * (T_HI - lo)) for _ in range(n))
            ws, we = self.windows.get(src.election, (T_LO, T_HI))
            for t in times:
                inside = ws <= t < we
                if src.kind in ("candidate", "campaign_team"):
                    if src.key in self.local_of:
                        lp = self.local_of[src.key]
                        tpl = (
                            T.LOCAL_POSTS[int(rnd() * len(T.LOCAL_POSTS))]
                            if inside
                            else T.PAIR_POSTS_OTHER[int(rnd() * len(T.PAIR_POSTS_OTHER))]
                        )
                        text = self._fill(rng, tpl, tag=lp.tag)
                    else:
                        prof = self.pair_of[src.key]
                        pool = (
                            (T.PAIR_POSTS_WINDOW if src.kind == "candidate" else T.TEAM_POSTS)
                            if inside
                            else T.PAIR_POSTS_OTHER
                        )
                        text = self._fill(
                            rng,
                            pool[int(rnd() * len(pool))],
                            tag=prof.tags[0],
                            b=prof.ballot,
                            pair=prof.pair,
                        )
                elif src.kind == "party":
                    p = self.party_of[src.key]
                    text = self._fill(
                        rng,
                        T.PARTY_POSTS[int(rnd() * len(T.PARTY_POSTS))],
                        full=p.full,
                        short=p.short,
                    )
                else:
                    text = self._fill(rng, T.OFFICIAL_POSTS[int(rnd() * len(T.OFFICIAL_POSTS))])
                post = _Post(self._next_idx(), t, self._post_target(src, self._new_pid(rnd), text))
                src.posts.append(post)
                (src.win if inside else src.before if t < ws else src.after).append(post)

    # ------------------------------------------------------------------------------ public

    def _public_accounts(self) -> None:
        """News outlets, community groups and non-employee people."""
        rng = self.r_pol
        rnd = rng.random
        self.news: dict[str, list[_Source]] = {p: [] for p in NEWS_PLATFORMS}
        pil_ws, pil_we = self.windows[PILPRES]
        for name, base in T.NEWS_OUTLETS:
            for plat in NEWS_PLATFORMS:
                h = base if plat not in ("x", "tiktok", "youtube") else base[:15]
                self.handles.reserve(plat, h)
                src = _Source(name, "news", plat, self.ids.new(plat), h, name, self._next_idx())
                for _ in range(60):
                    r = rnd()
                    if r < 0.3:
                        t = pil_ws + int(rnd() * (pil_we - pil_ws))
                        text = self._fill(rng, T.ELECTION_NEWS[int(rnd() * len(T.ELECTION_NEWS))])
                    elif r < 0.35:
                        t = _dsec("2024-08-27") + int(rnd() * 92 * 86400)
                        text = T.PILKADA_NEWS[int(rnd() * len(T.PILKADA_NEWS))]
                    else:
                        t = T_LO + int(rnd() * (T_HI - T_LO))
                        text = self._fill(rng, T.NEWS_POSTS[int(rnd() * len(T.NEWS_POSTS))])
                    src.posts.append(
                        _Post(self._next_idx(), t, self._post_target(src, self._new_pid(rnd), text))
                    )
                self.news[plat].append(src)
        self.groups: list[_Source] = []
        for name, h in T.COMMUNITY_GROUPS:
            self.handles.reserve("facebook", h)
            self.groups.append(
                _Source(
                    name,
                    "group",
                    "facebook",
                    self.ids.new("facebook"),
                    h,
                    name,
                    self._next_idx(),
                    is_group=True,
                )
            )
        # Non-employees: ordinary people (and a few keen partisans) who are in no roster.
        self.public: dict[str, list[dict[str, str]]] = {p: [] for p in _PLATFORMS}
        # user_id -> (platform, actor index); the actor dicts themselves are what events carry.
        self.public_meta: dict[str, tuple[str, int]] = {}
        n = max(60, self.n_employees // 6)
        for _ in range(n):
            plat = pick_platforms(rng, 1)[0]
            male = rnd() < 0.5
            name = self._faker_name(rng, male)
            words = name.split()
            h = self.handles.make(plat, words, 1970 + int(rnd() * 36))
            actor = {
                "user_id": self.ids.new(plat),
                "handle": h,
                "display_name": name if rnd() < 0.6 else words[0],
            }
            bio = T.NON_EMPLOYEE_BIOS[int(rnd() * len(T.NON_EMPLOYEE_BIOS))]
            if bio:
                actor["bio"] = bio
            if rnd() < 0.5:
                actor["location"] = self._places[int(rnd() * len(self._places))]
            self.public[plat].append(actor)
            self.public_meta[actor["user_id"]] = (plat, self._next_aid())
            self._identity[(plat, "h:" + h.lower())] = actor["user_id"]

    # ------------------------------------------------------------------------------ roster

    def _write_agencies_roster(self) -> None:
        agencies = agencies_for(self.n_employees)
        w = _Csv(self.out / "agencies.csv", AGENCY_COLUMNS)
        for a in agencies:
            w.row([a.code, a.name, a.parent_code, a.region_code])
        w.close()
        used: set[str] = set()
        self.emps = make_employees(self.r_people, self.pools, agencies, self.n_employees, used)
        rng = self.r_bad
        codes = {a.code for a in agencies}
        kinds = ["nip_date", "nip_length", "agency"]
        n_bad = max(3, round(self.n_employees / 2000))
        at: dict[int, list[str]] = {}
        for i in range(n_bad):
            at.setdefault(int(rng.random() * (len(self.emps) + 1)), []).append(kinds[i % 3])
        w = _Csv(self.out / "roster.csv", ROSTER_COLUMNS)
        for i in range(len(self.emps) + 1):
            for kind in at.get(i, ()):
                e = make_employees(rng, self.pools, agencies, 1, used)[0]
                nip, agency, etype = e.nip, e.agency.code, e.employment_type
                if kind == "nip_date":
                    # Only a PNS NIP encodes dates; a PPPK number just has to be 18 digits.
                    etype = "PNS"
                    bad = ["1385", "0230", "0631", "1200", "0015"][int(rng.random() * 5)]
                    nip = nip[:4] + bad + nip[8:]
                    reason = "NIP has an impossible birth date"
                elif kind == "nip_length":
                    nip = nip[:17] if rng.random() < 0.5 else nip + "0"
                    reason = "NIP is not 18 digits"
                else:
                    # A code typed the old way or of a merged agency: close to a real one.
                    agency = agency.replace(".", "") + ("" if "." in agency else "-LAMA")
                    while agency in codes:
                        agency += "X"
                    reason = "unknown agency_code"
                line = w.row(
                    [
                        nip,
                        e.name,
                        agency,
                        e.unit,
                        e.position,
                        etype,
                        e.region_code,
                        e.status,
                    ]
                )
                self._reject("roster.csv", line, reason)
            if i < len(self.emps):
                e = self.emps[i]
                w.row(
                    [
                        e.nip,
                        e.name,
                        e.agency.code,
                        e.unit,
                        e.position,
                        e.employment_type,
                        e.region_code,
                        e.status,
                    ]
                )
        w.close()

    # ------------------------------------------------------------------------------ accounts

    def _write_accounts(self) -> None:
        rng = self.r_acc
        rnd = rng.random
        first_day = date(2023, 1, 2)
        span = (date(2024, 7, 1) - first_day).days
        self.by_platform: dict[str, list[Account]] = {p: [] for p in _PLATFORMS}
        self.local_by_platform: dict[str, list[Account]] = {p: [] for p in _PLATFORMS}
        # The first three employees always get one account each with a fixed declaration
        # shape, so even tiny bundles exercise handle-only and user_id-only rows.
        forced = [("facebook", "h"), ("x", "u"), ("instagram", "b")]
        w = _Csv(self.out / "accounts.csv", ACCOUNT_COLUMNS)
        n_bad = max(2, round(self.n_employees * 0.6 * 1.6 / 2000))
        bad_at: dict[int, list[int]] = {}
        for i in range(n_bad):
            bad_at.setdefault(int(rng.random() * len(self.emps)), []).append(i % 2)
        for ei, e in enumerate(self.emps):
            for b in bad_at.get(ei, ()):
                if b == 0:
                    plat = ["telegram", "friendster", "linkedin", "wechat"][int(rnd() * 4)]
                    row = [
                        e.nip,
                        plat,
                        f"{slug(e.first)}{int(rnd() * 9000) + 1000}",
                        str(int(rnd() * 1e9)),
                        e.plain,
                        "2023-05-02",
                        "",
                    ]
                    reason = "unknown platform"
                else:
                    row = [e.nip, "facebook", "", "", e.plain, "2023-07-11", "true"]
                    reason = "account has neither handle nor user_id"
                self._reject("accounts.csv", w.row(row), reason)
            if ei < len(forced):
                plats, modes = [forced[ei][0]], [forced[ei][1]]
            elif rnd() < 0.6:
                r = rnd()
                k = 1 if r < 0.55 else 2 if r < 0.87 else 3
                plats = pick_platforms(rng, k)
                modes = []
                for _ in plats:
                    r = rnd()
                    modes.append("b" if r < 0.8 else "h" if r < 0.9 else "u")
            else:
                continue
            local = e.agency.region_code == PILKADA_REGION or e.region_code == PILKADA_REGION
            loc = region_name(e.region_code) or e.agency.place
            first_handle = ""
            for plat, mode in zip(plats, modes, strict=True):
                words = e.plain.split()
                handle = ""
                if (
                    first_handle
                    and rnd() < HANDLE_REUSE
                    and self.handles.reserve(plat, first_handle)
                ):
                    # The same handle on another platform, as undeclared accounts do too.
                    handle = first_handle
                handle = handle or self.handles.make(plat, words, e.birth_year)
                first_handle = first_handle or handle
                uid = self.ids.new(plat)
                csv_handle = handle
                if mode == "b" and rnd() < 0.03:
                    # Declared under a handle the person has since changed: only the user_id
                    # still ties the events to the declaration.
                    csv_handle = self.handles.make(plat, words[::-1])
                dn = display_name_for(rng, e)
                actor = {"user_id": uid, "handle": handle, "display_name": dn}
                bio = bio_for(rng, e)
                if bio:
                    actor["bio"] = bio
                if rnd() < 0.6:
                    actor["location"] = loc
                acct = Account(
                    plat,
                    uid,
                    handle,
                    uid if mode != "h" else "",
                    csv_handle if mode != "u" else "",
                    dn,
                    e.nip,
                    local,
                    actor,
                    self._next_aid(),
                )
                declared = (first_day + timedelta(days=int(rnd() * span))).isoformat()
                r = rnd()
                approved = "true" if r < 0.5 else "false" if r < 0.65 else ""
                w.row([e.nip, plat, acct.csv_handle, acct.csv_user_id, dn, declared, approved])
                self.judge.add_account(e.nip, plat, acct.csv_handle, acct.csv_user_id)
                self._own(acct)
                self.accounts.append(acct)
                self.by_platform[plat].append(acct)
                if local:
                    self.local_by_platform[plat].append(acct)
        w.close()

    # ------------------------------------------------------------------------------ undeclared

    def _own(self, acct: Account) -> None:
        """Remember whose account this is, by user id and by handle."""
        self.owner[(acct.platform, "u:" + acct.user_id)] = acct.nip
        self.owner[(acct.platform, "h:" + acct.handle.lower())] = acct.nip
        self._identity[(acct.platform, "h:" + acct.handle.lower())] = acct.user_id

    def owner_of(self, platform: str, actor: dict[str, str]) -> str | None:
        """The employee really behind an actor: by user id when the event has one, else handle."""
        uid = actor.get("user_id")
        if uid:
            return self.owner.get((platform, "u:" + uid))
        handle = actor.get("handle")
        return self.owner.get((platform, "h:" + handle.lower())) if handle else None

    def _undeclared_accounts(self) -> None:
        """Accounts employees never declared, and non-employees who share an employee's name."""
        rng = self.r_und
        rnd = rng.random
        declared: dict[str, list[Account]] = {}
        for a in self.accounts:
            declared.setdefault(a.nip, []).append(a)
        for e in self.emps:
            r = rnd()
            k = 0 if r < 0.72 else 1 if r < 0.94 else 2
            if not k:
                continue
            mine = declared.get(e.nip, [])
            used = {a.platform for a in mine}
            plats = [p for p in pick_platforms(rng, min(9, k + len(used))) if p not in used][:k]
            if mine and rnd() < SECOND_ACCOUNT:
                # A second account on a platform where the person declared one.
                plats[-1] = mine[int(rnd() * len(mine))].platform
            local = e.agency.region_code == PILKADA_REGION or e.region_code == PILKADA_REGION
            loc = region_name(e.region_code) or e.agency.place
            words = e.plain.split()
            for plat in plats:
                handle = ""
                if mine and rnd() < HANDLE_REUSE:
                    # People reuse the handle of an account they declared on another platform.
                    cand = mine[int(rnd() * len(mine))].handle
                    if self.handles.reserve(plat, cand):
                        handle = cand
                if not handle:
                    handle = self.handles.make(plat, words, e.birth_year)
                uid = self.ids.new(plat)
                dn = undeclared_display_name(rng, e)
                actor = {"user_id": uid, "handle": handle, "display_name": dn}
                bio = undeclared_bio(rng, e)
                if bio:
                    actor["bio"] = bio
                if rnd() < 0.5:
                    actor["location"] = loc
                acct = Account(plat, uid, handle, "", "", dn, e.nip, local, actor, self._next_aid())
                self._own(acct)
                self.accounts.append(acct)
                self.undeclared.append(acct)
                self.by_platform[plat].append(acct)
                if local:
                    self.local_by_platform[plat].append(acct)
        # Namesakes: the very same name as an employee, nothing else in common.
        regions = sorted(REGENCIES.items())
        for _ in range(max(20, self.n_employees // 30)):
            e = self.emps[int(rnd() * len(self.emps))]
            home = (e.region_code or e.agency.region_code or "31")[:2]
            plat = pick_platforms(rng, 1)[0]
            words = e.plain.split()
            h = self.handles.make(plat, words, 1965 + int(rnd() * 40))
            actor = {
                "user_id": self.ids.new(plat),
                "handle": h,
                "display_name": e.plain if rnd() < 0.75 else e.plain.lower(),
            }
            bio = T.NON_EMPLOYEE_BIOS[int(rnd() * len(T.NON_EMPLOYEE_BIOS))]
            if bio:
                actor["bio"] = bio
            if rnd() < 0.75:
                others = [name for code, name in regions if code[:2] != home]
                actor["location"] = others[int(rnd() * len(others))].replace("Kota ", "")
            self.public[plat].append(actor)
            self.public_meta[actor["user_id"]] = (plat, self._next_aid())
            self.namesakes.append(actor)
            self._kind_of_actor[(plat, "u:" + actor["user_id"])] = "namesake"
            self._identity[(plat, "h:" + h.lower())] = actor["user_id"]

    def _social_graph(self) -> None:
        """Whose declared accounts each employee account engages with (`self.edges`).

        Networked employees' accounts, declared or not, engage with 1 to
        `GRAPH_MAX_COLLEAGUES` colleagues' declared accounts on the same platform; a second
        account sometimes engages with its owner's declared main account. Namesakes and other
        people engage with whoever they meet (`_friend_post`), as before.
        """
        rng = self.r_graph
        rnd = rng.random
        by_nip = {e.nip: e for e in self.emps}
        undeclared = {id(a) for a in self.undeclared}
        unit: dict[tuple[str, str, str], list[Account]] = {}
        agency: dict[tuple[str, str], list[Account]] = {}
        main: dict[tuple[str, str], Account] = {}
        for a in self.accounts:
            if id(a) in undeclared:
                continue
            e = by_nip[a.nip]
            unit.setdefault((a.platform, e.agency.code, e.unit), []).append(a)
            agency.setdefault((a.platform, e.agency.code), []).append(a)
            main.setdefault((a.nip, a.platform), a)
        networked = {e.nip for e in self.emps if rnd() < GRAPH_NETWORKED}
        for a in self.accounts:
            e = by_nip[a.nip]
            own = main.get((a.nip, a.platform)) if id(a) in undeclared else None
            if own is not None and rnd() < GRAPH_OWN_MAIN:
                self.edges.append((a, own))
            if a.nip not in networked:
                continue
            seen: set[str] = set()
            for _ in range(1 + int(rnd() * GRAPH_MAX_COLLEAGUES)):
                pool = unit.get((a.platform, e.agency.code, e.unit), [])
                if rnd() >= GRAPH_SAME_UNIT or not [x for x in pool if x.nip != a.nip]:
                    pool = agency.get((a.platform, e.agency.code), [])
                for _try in range(5):
                    other = pool[int(rnd() * len(pool))] if pool else None
                    if other is not None and other.nip != a.nip and other.nip not in seen:
                        seen.add(other.nip)
                        self.edges.append((a, other))
                        break
        rng.shuffle(self.edges)

    def _note_link(self, platform: str, actor: dict[str, str]) -> None:
        """Record the truth about an actor that no declaration covers (truth/links.jsonl)."""
        uid = actor.get("user_id")
        handle = actor.get("handle")
        if not uid and handle:
            uid = self._identity.get((platform, "h:" + handle.lower()))
        key = (platform, "u:" + uid) if uid else (platform, "h:" + (handle or "").lower())
        if key in self.link_truth:
            if handle and not self.link_truth[key]["handle"]:
                self.link_truth[key]["handle"] = handle
            return
        nip = self.owner_of(platform, actor)
        kind = "employee" if nip else self._kind_of_actor.get(key, "public")
        self.link_truth[key] = {
            "platform": platform,
            "user_id": uid or None,
            "handle": handle or None,
            "nip": nip,
            "kind": kind,
        }

    # ------------------------------------------------------------------------------ targets etc.

    def _write_targets_keywords_elections(self) -> None:
        rng = self.r_bad
        w = _Csv(self.out / "targets.csv", TARGET_COLUMNS)
        bad_at = int(rng.random() * len(self.target_rows))
        for i, row in enumerate(self.target_rows):
            if i == bad_at:
                # "buzzer" is a common mistake: the spec files buzzers under campaign_team.
                plat = "x"
                h = "infokampanye_" + str(int(rng.random() * 900) + 100)
                self.handles.reserve(plat, h)
                line = w.row(
                    [
                        "BUZ-X1",
                        "Akun buzzer tanpa nama",
                        "buzzer",
                        PILPRES,
                        "",
                        "",
                        plat,
                        h,
                        self.ids.new(plat),
                    ]
                )
                self._reject("targets.csv", line, "unknown target kind")
            w.row(row)
        w.close()
        w = _Csv(self.out / "keywords.csv", KEYWORD_COLUMNS)
        for row in self.keyword_rows:
            w.row(row)
        w.close()
        w = _Csv(self.out / "elections.csv", ELECTION_COLUMNS)
        for row in self.election_rows:
            w.row(row)
            if row[0] == PILKADA and row[4] == "counting":
                # A stage typed backwards; its dates lie inside the window, so accepting it by
                # mistake would not change any window either.
                line = w.row(
                    [PILKADA, row[1], row[2], row[3], "counting", "2024-12-10", "2024-12-01"]
                )
                self._reject("elections.csv", line, "starts_on is after ends_on")
        w.close()

    def _write_claims_documents(self) -> None:
        w = _Csv(self.out / "claims.csv", CLAIM_COLUMNS)
        for row in T.CLAIMS:
            w.row(row)
        w.close()
        for doc_id, text in T.DOCUMENTS.items():
            (self.out / "documents" / f"{doc_id}.txt").write_text(text, encoding="utf-8")

    # ------------------------------------------------------------------------------ events

    def _write_events(self) -> int:
        gen = _Events(self)
        total = self.n_events
        rng = self.r_bad
        n_bad = max(5, round(total / 2000)) if total >= 20 else 0
        broken: dict[int, str] = {}
        kinds = ["json", "action", "time", "actor", "duplicate"]
        i = 0
        while len(broken) < n_bad:
            pos = 10 + int(rng.random() * (total - 10))
            if pos not in broken:
                broken[pos] = kinds[i % len(kinds)]
                i += 1
        forced = gen.forced_kinds()
        forced_at: dict[int, str] = {}
        if total >= 2 * len(forced):
            step = total / (len(forced) + 1)
            for k, kind in enumerate(forced):
                pos = int(step * (k + 1))
                while pos in broken or pos in forced_at:
                    pos += 1
                forced_at[pos] = kind
        judge = self.judge
        dumps = orjson.dumps
        buf: list[bytes] = []
        last_good = b""
        path = self.out / "events.jsonl"
        with path.open("wb") as f:
            for n in range(total):
                bad = broken.get(n)
                if bad is not None:
                    line = self._broken_event(gen, bad, last_good)
                    buf.append(line)
                    self._reject("events.jsonl", n + 1, _BROKEN_REASON[bad])
                else:
                    fkind = forced_at.get(n)
                    item = gen.forced(fkind) if fkind is not None else None
                    if item is None:
                        item = gen.random_event()
                    ev = item.ev
                    line = dumps(ev) + b"\n"
                    buf.append(line)
                    last_good = line
                    found = judge.judge(ev, item.support)
                    actor = ev["actor"]
                    plat = ev["platform"]
                    uid, handle = actor.get("user_id"), actor.get("handle")
                    declared_nip = judge.attribute(plat, uid, handle)
                    if declared_nip is None and judge.target_of_account(plat, uid, handle) is None:
                        self._note_link(plat, actor)
                    if found:
                        if declared_nip is None:
                            # No declaration covers the actor: the truth is its real owner.
                            owner = self.owner_of(plat, actor)
                            for x in found:
                                x["nip"] = owner
                        self.findings.extend(found)
                    if item.other is not None:
                        cat, ref = item.other
                        nip = declared_nip or self.owner_of(plat, actor)
                        refkey = {"hoax": "claim_id", "confidential.leak": "document_id"}.get(
                            cat, "template"
                        )
                        row = {"category": cat, "event_id": ev["event_id"], "nip": nip, refkey: ref}
                        if cat in C.ALSO:
                            row["also"] = list(C.ALSO[cat])
                        self.other_truth.append(row)
                if len(buf) >= 4096:
                    f.write(b"".join(buf))
                    buf.clear()
                if self.progress is not None and (n + 1) % 20000 == 0:
                    self.progress(n + 1, total)
            f.write(b"".join(buf))
        if self.progress is not None:
            self.progress(total, total)
        return total

    def _broken_event(self, gen: _Events, kind: str, last_good: bytes) -> bytes:
        if kind == "duplicate" and last_good:
            return last_good  # the same event exported twice: the second copy is rejected
        ev = gen.random_event().ev
        if kind == "json" or kind == "duplicate":
            text = orjson.dumps(ev).decode("utf-8")
            # Cut on a character boundary: the line stays valid UTF-8 but is not JSON.
            return text[: max(20, len(text) * 3 // 5)].encode("utf-8") + b"\n"
        if kind == "action":
            bogus = ["upvote", "bookmark", "retweet", "view"][int(self.r_bad.random() * 4)]
            parts = ev["event_id"].split(":")
            parts[2] = bogus
            ev["event_id"] = ":".join(parts)
            ev["action"] = bogus
        elif kind == "time":
            ev["occurred_at"] = [
                "2024-13-45T10:00:00",
                "2023-02-30T08:00:00+07:00",
                "kemarin sore",
                "2024-06-31 25:61",
            ][int(self.r_bad.random() * 4)]
        elif kind == "actor":
            actor = ev["actor"]
            ev["actor"] = {k: v for k, v in actor.items() if k not in ("user_id", "handle")}
            ev["actor"].setdefault("display_name", "Tanpa Nama")
        return orjson.dumps(ev) + b"\n"

    # ------------------------------------------------------------------------------ truth

    def _write_truth(self) -> None:
        d = self.out / "truth"
        with (d / "expected_findings.jsonl").open("wb") as f:
            f.write(b"".join(orjson.dumps(x) + b"\n" for x in self.findings))
        with (d / "expected_rejections.jsonl").open("wb") as f:
            rows = sorted(self.rejections, key=lambda r: (r["file"], r["line"]))
            f.write(b"".join(orjson.dumps(x) + b"\n" for x in rows))
        with (d / "expected_other.jsonl").open("wb") as f:
            f.write(b"".join(orjson.dumps(x) + b"\n" for x in self.other_truth))
        links = sorted(
            self.link_truth.values(),
            key=lambda x: (x["platform"], x["user_id"] or "", x["handle"] or ""),
        )
        with (d / "links.jsonl").open("wb") as f:
            f.write(b"".join(orjson.dumps(x) + b"\n" for x in links))
        by_kind: dict[str, int] = {}
        for x in links:
            by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
        by_rule: dict[str, int] = {}
        null_nip = 0
        for x in self.findings:
            by_rule[x["rule_id"]] = by_rule.get(x["rule_id"], 0) + 1
            null_nip += x["nip"] is None
        by_file: dict[str, int] = {}
        for r in self.rejections:
            by_file[r["file"]] = by_file.get(r["file"], 0) + 1
        summary = {
            "note": "Truth follows the Indonesia pack (SKB 2022): engagement and campaign "
            "findings per (rule, event); expected_other.jsonl lists planted hoax and "
            "confidential.leak events, not part of expected_findings. A finding's nip is "
            "the declared employee when a declaration covers the actor, else the employee "
            "really behind the account (null for non-employees); links.jsonl lists every "
            "actor no declaration covers with its true nip.",
            "seed": self.seed,
            "employees": len(self.emps),
            "accounts": len(self.accounts),
            "events": self.n_events,
            "findings": len(self.findings),
            "findings_by_rule": dict(sorted(by_rule.items())),
            "findings_with_null_nip": null_nip,
            "rejections": len(self.rejections),
            "rejections_by_file": dict(sorted(by_file.items())),
            "other": len(self.other_truth),
            "undeclared_accounts": len(self.undeclared),
            "namesakes": len(self.namesakes),
            "links": len(links),
            "links_by_kind": dict(sorted(by_kind.items())),
        }
        (d / "summary.json").write_bytes(orjson.dumps(summary, option=orjson.OPT_INDENT_2))


_PLATFORMS = (
    "facebook",
    "instagram",
    "x",
    "tiktok",
    "youtube",
    "threads",
    "bluesky",
    "mastodon",
    "other",
)

_BROKEN_REASON = {
    "json": "invalid JSON",
    "action": "unknown action",
    "time": "bad occurred_at timestamp",
    "actor": "actor has neither user_id nor handle",
    "duplicate": "duplicate event_id",
}


class _Events:
    """Draws events of each kind; each kind returns an _Ev or None (nothing suitable)."""

    def __init__(self, g: _Generator) -> None:
        self.g = g
        self.rng = g.r_ev
        self.rnd = g.r_ev.random
        self.seen: set[int] = set()
        self.follows: set[tuple[str, str, int]] = set()
        self.accounts = g.accounts
        self.by_platform = g.by_platform
        self.local = g.local_by_platform
        self.news = g.news
        self.public = g.public
        self.places = g._places
        srcs = g.sources
        self.windowed = {
            p: [s for s in srcs if s.platform == p and s.kind in ("candidate", "campaign_team")]
            for p in POLITICAL_PLATFORMS
        }
        self.pilpres = [
            s for s in srcs if s.kind in ("candidate", "campaign_team") and s.election == PILPRES
        ]
        self.pilkada = [
            s for s in srcs if s.kind in ("candidate", "campaign_team") and s.election == PILKADA
        ]
        self.parties = [s for s in srcs if s.kind == "party"]
        self.officials = [s for s in srcs if s.kind == "official"]
        self.public_all = [a for p in _PLATFORMS for a in g.public[p]]
        w = [
            ("emp_post", 170),
            ("emp_comment", 90),
            ("emp_like", 220),
            ("emp_share", 60),
            ("emp_follow", 25),
            ("emp_join", 10),
            ("emp_election_talk", 40),
            ("emp_official", 30),
            ("emp_prayer", 20),
            ("emp_image", 10),
            ("emp_cand_engage", 24),
            ("emp_party_engage", 13),
            ("emp_campaign", 11),
            ("emp_party_campaign", 4),
            ("emp_cand_comment_support", 5),
            ("emp_ocr_campaign", 1.5),
            ("emp_cand_out", 15),
            ("emp_cand_null", 7),
            ("ne_benign", 100),
            ("ne_violation", 9),
            ("namesake_violation", 3),
            ("impostor", 3),
            ("pol_actor", 2),
            ("hoax", 0.3),
            ("leak", 0.2),
            ("content_violation", 1.2),
            ("content_near_miss", 4),
        ]
        # Engagements of the social graph: one event per planned edge, spread over the file.
        self.edges = list(g.edges)
        others = sum(x for _, x in w)
        q = min(len(self.edges), g.n_events // 3)
        if q:
            w.append(("emp_graph", others * q / max(g.n_events - q, 1)))
        self.kinds: list[Callable[[], _Ev | None]] = [getattr(self, k) for k, _ in w]
        self.cum: list[float] = []
        acc = 0.0
        for _, x in w:
            acc += x
            self.cum.append(acc)
        self.total_w = acc

    # ------------------------------------------------------------------ dispatch

    def random_event(self) -> _Ev:
        """One event of a randomly drawn kind."""
        rnd = self.rnd
        cum, kinds, tw = self.cum, self.kinds, self.total_w
        while True:
            item = kinds[bisect.bisect_right(cum, rnd() * tw)]()
            if item is not None:
                return item

    def forced_kinds(self) -> list[str]:
        """One-off events every bundle must contain (edge cases), in file order."""
        return [
            *(f"boundary:{i}" for i in range(len(_BOUNDARY))),
            "hoax",
            "hoax",
            "leak",
            "leak",
            "impostor_violation",
            "impostor_violation",
            "declared_handle_only",
            "declared_handle_only",
            "declared_uid_only_no_event_uid",
            "public_report",
            "emp_party_null",
            "emp_cand_null",
            "emp_ocr_campaign",
            "emp_cand_comment_support",
            "pol_actor",
            "emp_official",
            "emp_prayer",
            "emp_cand_out",
            "ne_violation",
            "target_handle_only",
            "emp_join_group",
        ]

    def forced(self, kind: str) -> _Ev | None:
        """A specific edge-case event (None when the bundle has nothing suitable)."""
        boundary = int(kind.split(":")[1]) if kind.startswith("boundary:") else -1
        fn: Callable[[], _Ev | None] | None = None if boundary >= 0 else getattr(self, kind)
        # Random choices inside a kind can miss (no account on that platform, already
        # liked): try a few times before giving the slot to an ordinary event.
        for _ in range(20):
            item = self._boundary(boundary) if fn is None else fn()
            if item is not None:
                return item
        return None

    # ------------------------------------------------------------------ primitives

    def _ts(self, t: int) -> str:
        r = self.rnd()
        if r < 0.85:
            d, s = divmod(t, 86400)
            suffix = "+07:00"
        elif r < 0.93:
            d, s = divmod(t - _WIB_OFFSET, 86400)
            suffix = "Z"
        else:
            d, s = divmod(t, 86400)
            suffix = ""  # no offset: read in the bundle timezone, Asia/Jakarta
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        return f"{_DAYS[d]}T{h:02d}:{m:02d}:{s:02d}{suffix}"

    def _t_any(self) -> int:
        return self._t_between(T_LO, T_HI)

    def _t_between(self, lo: int, hi: int) -> int:
        """A time in [lo, hi), at an hour people are awake when the span allows it."""
        rnd = self.rnd
        t = lo + int(rnd() * (hi - lo))
        day = t - t % 86400
        shaped = day + _HOURS[int(rnd() * len(_HOURS))] * 3600 + int(rnd() * 3600)
        return shaped if lo <= shaped < hi else t

    def _after(self, t0: int, hi: int) -> int:
        """Some time after t0 (mostly within hours), before hi."""
        r = self.rnd()
        t = t0 + 60 + int(r * r * r * 3 * 86400)
        return min(t, hi - 1 - int(self.rnd() * 600)) if t >= hi else t

    def _pid(self) -> str:
        return self.g._new_pid(self.rnd)

    def _pick(self, seq: list[Any]) -> Any:
        return seq[int(self.rnd() * len(seq))]

    def _emp(self, platform: str | None = None, local: bool = False) -> Account | None:
        if platform is None:
            pool = self.accounts
        else:
            pool = (
                self.local[platform]
                if local and self.local[platform]
                else self.by_platform[platform]
            )
        if not pool:
            return None
        r = self.rnd()
        return pool[int(r * r * len(pool)) if self.rnd() < 0.3 else int(r * len(pool))]

    def _actor(self, acct: Account) -> tuple[dict[str, str], str | None]:
        """The actor object as a source shows it; some sources know only one id."""
        r = self.rnd()
        if r < 0.025:
            # Public complaints carry a handle and a screenshot, no user id.
            return {"handle": acct.handle, "display_name": acct.display_name}, "public-report"
        if r < 0.04:
            return {"user_id": acct.user_id, "display_name": acct.display_name}, None
        return acct.actor, None

    def _event(
        self,
        platform: str,
        action: str,
        t: int | None,
        actor: dict[str, str],
        target: dict[str, Any] | None,
        text: str | None,
        obj: str,
        source: str | None = None,
        url: str | None = None,
        media: list[dict[str, str]] | None = None,
    ) -> dict[str, Any]:
        key = actor.get("user_id") or actor["handle"]
        if source is None:
            source = _SOURCE[platform] if t is not None else _EXPORT[platform]
        return {
            "event_id": f"{platform}:{obj}:{action}:{key}",
            "platform": platform,
            "action": action,
            "occurred_at": None if t is None else self._ts(t),
            "actor": actor,
            "target": target,
            "text": text,
            "url": url,
            "media": media if media is not None else [],
            "source": source,
        }

    def _own_url(self, platform: str, actor: dict[str, str], pid: str) -> str:
        return _URL[platform].format(h=actor.get("handle") or actor.get("user_id"), i=pid)

    def _fill(self, tpl: str, **extra: str) -> str:
        return self.g._fill(self.rng, tpl, **extra)

    def _friend_post(
        self, platform: str, prayer: bool = False, employees: float = 0.6
    ) -> dict[str, Any]:
        """A post by another ordinary user (an employee or not), never a political account.

        `employees`: the chance that the author is some employee's account (anyone's).
        """
        rnd = self.rnd
        if rnd() < employees and self.by_platform[platform]:
            other = self._pick(self.by_platform[platform])
            uid, handle = other.user_id, other.handle
        elif self.public[platform]:
            other_a = self._pick(self.public[platform])
            uid, handle = other_a["user_id"], other_a["handle"]
        else:
            # Nobody we know on this platform: an unknown user.
            uid = self.g.ids.new(platform)
            handle = f"pengguna{uid[-7:]}"
            while not self.g.handles.reserve(platform, handle):
                handle += str(int(rnd() * 10))
        pid = self._pid()
        pool = T.PRAYER_POSTS if prayer else T.FRIEND_POSTS
        return {
            "post_id": pid,
            "author_user_id": uid,
            "author_handle": handle,
            "text": pool[int(rnd() * len(pool))],
            "url": _URL[platform].format(h=handle, i=pid),
        }

    def _news_post(self, platform: str, election: bool = False) -> tuple[_Post, int] | None:
        outlets = self.news.get(platform)
        if not outlets:
            return None
        src: _Source = self._pick(outlets)
        post: _Post = self._pick(src.posts)
        if election:
            for _ in range(8):
                if (
                    "KPU" in post.target["text"]
                    or "capres" in post.target["text"]
                    or "Debat" in post.target["text"]
                ):
                    break
                post = self._pick(src.posts)
        return post, self._after(post.t, T_HI)

    def _once(self, obj_idx: int, aid: int) -> bool:
        """True the first time this actor acts on this object (likes/follows/joins)."""
        key = (obj_idx << 24) | aid
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    @staticmethod
    def _follow_target(src: _Source) -> dict[str, Any]:
        tgt: dict[str, Any] = {}
        if src.user_id:
            tgt["author_user_id"] = src.user_id
        tgt["author_handle"] = src.handle
        if src.is_group:
            tgt["url"] = f"https://www.facebook.com/groups/{src.user_id or src.handle}"
        return tgt

    def _variant(self, target: dict[str, Any]) -> dict[str, Any]:
        """Sometimes a source knows the author only by handle, or only by id."""
        r = self.rnd()
        if r < 0.05 and "author_user_id" in target:
            return {k: v for k, v in target.items() if k != "author_user_id"}
        if r < 0.08 and "author_user_id" in target:
            return {k: v for k, v in target.items() if k != "author_handle"}
        return target

    # ------------------------------------------------------------------ benign (employees)

    def emp_post(self, acct: Account | None = None) -> _Ev | None:
        acct = acct or self._emp()
        if acct is None:
            return None
        rnd = self.rnd
        actor, src = self._actor(acct)
        if rnd() < 0.12:
            text, lo, hi = self._pick(T.DATED_POSTS)
            t = self._t_between(_dsec(lo), _dsec(hi) + 86400)
        else:
            text = self._fill(self._pick(T.BENIGN_POSTS))
            t = self._t_any()
        pid = self._pid()
        return _Ev(
            self._event(
                acct.platform,
                "post",
                t,
                actor,
                None,
                text,
                pid,
                src,
                self._own_url(acct.platform, actor, pid),
            )
        )

    def emp_comment(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        action = "comment" if self.rnd() < 0.8 else "reply"
        news = self._news_post(acct.platform) if self.rnd() < 0.4 else None
        if news is not None:
            target, t = self._variant(news[0].target), news[1]
        else:
            target, t = self._friend_post(acct.platform), self._t_any()
        pid = self._pid()
        return _Ev(
            self._event(
                acct.platform,
                action,
                t,
                actor,
                target,
                self._pick(T.BENIGN_COMMENTS),
                pid,
                src,
                self._own_url(acct.platform, actor, pid),
            )
        )

    def emp_like(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        news = self._news_post(acct.platform) if self.rnd() < 0.45 else None
        if news is not None:
            if not self._once(news[0].idx, acct.aid):
                return None
            target, t = news[0].target, news[1]
        else:
            target, t = self._friend_post(acct.platform), self._t_any()
        return _Ev(
            self._event(acct.platform, "like", t, actor, target, None, target["post_id"], src)
        )

    def emp_share(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        news = self._news_post(acct.platform) if self.rnd() < 0.7 else None
        if news is not None:
            target, t = news[0].target, news[1]
        else:
            target, t = self._friend_post(acct.platform), self._t_any()
        pid = self._pid()
        if self.rnd() < 0.15:
            return _Ev(
                self._event(
                    acct.platform,
                    "quote",
                    t,
                    actor,
                    target,
                    self._pick(T.NEUTRAL_QUOTES),
                    pid,
                    src,
                    self._own_url(acct.platform, actor, pid),
                )
            )
        return _Ev(self._event(acct.platform, "share", t, actor, target, None, pid, src))

    def emp_follow(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        outlets = self.news.get(acct.platform)
        if outlets and self.rnd() < 0.6:
            src_: _Source = self._pick(outlets)
            if not self._once(src_.idx, acct.aid):
                return None
            target = self._follow_target(src_)
            obj = src_.user_id
        else:
            friend = self._friend_post(acct.platform)
            obj = friend["author_user_id"]
            key = (acct.platform, obj, acct.aid)
            if obj == acct.user_id or key in self.follows:
                return None  # nobody follows themselves, or anyone twice
            self.follows.add(key)
            target = {"author_user_id": obj, "author_handle": friend["author_handle"]}
        t = self._t_any() if self.rnd() < 0.8 else None
        return _Ev(self._event(acct.platform, "follow", t, acct.actor, target, None, obj))

    def emp_graph(self) -> _Ev | None:
        """An account engages with a colleague's (or its owner's own) declared account."""
        if not self.edges:
            return None
        acct, other = self.edges.pop()
        r = self.rnd()
        author = {"author_user_id": other.user_id, "author_handle": other.handle}
        key = (acct.platform, other.user_id, acct.aid)
        if r < 0.35 and key not in self.follows:
            self.follows.add(key)
            t = self._t_any() if self.rnd() < 0.8 else None
            return _Ev(
                self._event(acct.platform, "follow", t, acct.actor, author, None, other.user_id)
            )
        actor, src = self._actor(acct)
        pid = self._pid()
        pool = T.PRAYER_POSTS if self.rnd() < 0.2 else T.FRIEND_POSTS
        target = self._variant(
            {
                "post_id": pid,
                **author,
                "text": self._pick(pool),
                "url": _URL[acct.platform].format(h=other.handle, i=pid),
            }
        )
        t = self._t_any()
        if r < 0.8:
            return _Ev(self._event(acct.platform, "like", t, actor, target, None, pid, src))
        if r < 0.92:
            own = self._pid()
            return _Ev(
                self._event(
                    acct.platform,
                    "comment",
                    t,
                    actor,
                    target,
                    self._pick(T.BENIGN_COMMENTS),
                    own,
                    src,
                    self._own_url(acct.platform, actor, own),
                )
            )
        return _Ev(self._event(acct.platform, "share", t, actor, target, None, self._pid(), src))

    def emp_join(self) -> _Ev | None:
        acct = self._emp("facebook")
        if acct is None:
            return None
        grp: _Source = self._pick(self.g.groups)
        if not self._once(grp.idx, acct.aid):
            return None
        return _Ev(
            self._event(
                "facebook",
                "join",
                self._t_any(),
                acct.actor,
                self._follow_target(grp),
                None,
                grp.user_id,
            )
        )

    def emp_join_group(self) -> _Ev | None:
        """Forced: joining a volunteer group in the window."""
        groups = [s for s in self.pilpres if s.is_group]
        acct = self._emp("facebook")
        if not groups or acct is None:
            return None
        return self._engage_windowed(acct, groups[0], "join")

    def emp_election_talk(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        ws, _ = self.g.windows[PILPRES]
        t = self._t_between(ws, _dsec("2024-02-15"))
        r = self.rnd()
        if r < 0.7:
            news = self._pick(T.ELECTION_NEWS).format(place=self._pick(self.places))
            text = self._pick(T.ELECTION_TALK).format(
                news=news, news_lower=news[0].lower() + news[1:] if news[1:2].islower() else news
            )
            pid = self._pid()
            return _Ev(
                self._event(
                    acct.platform,
                    "post",
                    t,
                    actor,
                    None,
                    text,
                    pid,
                    src,
                    self._own_url(acct.platform, actor, pid),
                )
            )
        got = self._news_post(acct.platform, election=True)
        if got is None:
            return None
        post, t = got
        if r < 0.85:
            if not self._once(post.idx, acct.aid):
                return None
            return _Ev(
                self._event(
                    acct.platform, "like", t, actor, post.target, None, post.target["post_id"], src
                )
            )
        pid = self._pid()
        return _Ev(self._event(acct.platform, "share", t, actor, post.target, None, pid, src))

    def emp_official(self) -> _Ev | None:
        if not self.officials:
            return None
        off: _Source = self._pick(self.officials)
        acct = self._emp(off.platform)
        if acct is None:
            return None
        actor, src = self._actor(acct)
        r = self.rnd()
        if r < 0.1:
            if not self._once(off.idx, acct.aid):
                return None
            return _Ev(
                self._event(
                    off.platform,
                    "follow",
                    self._t_any(),
                    acct.actor,
                    self._follow_target(off),
                    None,
                    off.user_id or off.handle,
                )
            )
        post: _Post = self._pick(off.posts)
        t = self._after(post.t, T_HI)
        if r < 0.6:
            if not self._once(post.idx, acct.aid):
                return None
            return _Ev(
                self._event(
                    off.platform, "like", t, actor, post.target, None, post.target["post_id"], src
                )
            )
        pid = self._pid()
        if r < 0.8:
            return _Ev(
                self._event(
                    off.platform,
                    "comment",
                    t,
                    actor,
                    post.target,
                    self._pick(T.BENIGN_COMMENTS),
                    pid,
                    src,
                    self._own_url(off.platform, actor, pid),
                )
            )
        return _Ev(self._event(off.platform, "share", t, actor, post.target, None, pid, src))

    def emp_prayer(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        target = self._friend_post(acct.platform, prayer=True)
        pid = self._pid()
        # Prayers said during the campaign too: "amin" must not read as the #AMIN slogan.
        t = self._t_between(*self.g.windows[PILPRES]) if self.rnd() < 0.5 else self._t_any()
        return _Ev(
            self._event(
                acct.platform,
                "comment" if self.rnd() < 0.8 else "reply",
                t,
                actor,
                target,
                self._pick(T.PRAYER_COMMENTS),
                pid,
                src,
                self._own_url(acct.platform, actor, pid),
            )
        )

    def emp_image(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        rnd = self.rnd
        actor, src = self._actor(acct)
        village = self._pick(T.VILLAGES)
        ocr = self._pick(T.BENIGN_OCR).format(village_upper=village.upper())
        media = [
            {
                "kind": "image",
                "url": f"https://cdn.example.id/img/{self._pid()}.jpg",
                "sha256": f"{self.rng.getrandbits(256):064x}",
                "ocr_text": ocr,
            }
        ]
        text = "" if rnd() < 0.4 else self._fill(self._pick(T.BENIGN_POSTS))
        pid = self._pid()
        return _Ev(
            self._event(
                acct.platform,
                "post",
                self._t_any(),
                actor,
                None,
                text,
                pid,
                src,
                self._own_url(acct.platform, actor, pid),
                media,
            )
        )

    # ------------------------------------------------------------------ violations (employees)

    def _windowed_source(self, local: bool | None = None) -> _Source:
        if local is None:
            local = self.rnd() < 0.2
        src: _Source = self._pick(self.pilkada if local and self.pilkada else self.pilpres)
        return src

    def _who(self, who: Account | dict[str, str]) -> tuple[dict[str, str], str | None, int]:
        """(actor object, source override, actor index) for an employee or other account."""
        if isinstance(who, Account):
            actor, source = self._actor(who)
            return actor, source, who.aid
        meta = self.g.public_meta.get(who.get("user_id", ""))
        # Accounts outside the public pool (impostors) act once each: a fresh index.
        return who, None, meta[1] if meta is not None else self.g._next_aid()

    def _engage_windowed(
        self,
        who: Account | dict[str, str],
        src: _Source,
        action: str,
        text: str | None = None,
        support: str | None = None,
        when: str = "in",
    ) -> _Ev | None:
        """Engagement with a candidate/team account: in, before or after its window."""
        ws, we = self.g.windows[src.election]
        actor, source, aid = self._who(who)
        plat = src.platform
        if src.is_group:
            action = "join"
        if action in ("follow", "join"):
            if when == "in":
                t: int | None = self._t_between(ws, we)
            elif when == "before":
                t = self._t_between(T_LO, ws)
            elif when == "after":
                t = self._t_between(we, T_HI) if we < T_HI else None
            else:
                t = None
            if t is None and when != "null":
                return None
            if not self._once(src.idx, aid):
                return None
            return _Ev(
                self._event(
                    plat,
                    action,
                    t,
                    actor,
                    self._variant(self._follow_target(src)),
                    None,
                    src.user_id or src.handle,
                    source if t is not None else None,
                )
            )
        pool = (
            src.win
            if when == "in"
            else src.before
            if when == "before"
            else src.after
            if when == "after"
            else src.posts
        )
        if not pool:
            return None
        post: _Post = self._pick(pool)
        if when == "in":
            t = self._after(post.t, we)
        elif when == "before":
            t = self._after(post.t, ws)
        elif when == "after":
            t = self._after(post.t, T_HI)
        else:
            t = None
        target = self._variant(post.target)
        if action == "like":
            if not self._once(post.idx, aid):
                return None
            return _Ev(
                self._event(
                    plat,
                    "like",
                    t,
                    actor,
                    target,
                    None,
                    post.target["post_id"],
                    source if t is not None else None,
                )
            )
        pid = self._pid()
        if action == "share":
            return _Ev(self._event(plat, "share", t, actor, target, None, pid, source))
        if text is None:
            text = self._fill(
                self._pick(T.NEUTRAL_QUOTES if action == "quote" else T.NEUTRAL_POLITICAL_COMMENTS)
            )
        return _Ev(
            self._event(
                plat, action, t, actor, target, text, pid, source, self._own_url(plat, actor, pid)
            ),
            support,
        )

    def _engage_action(self) -> str:
        r = self.rnd()
        return (
            "like"
            if r < 0.45
            else "comment"
            if r < 0.6
            else "share"
            if r < 0.72
            else "reply"
            if r < 0.77
            else "quote"
            if r < 0.82
            else "follow"
        )

    def emp_cand_engage(self) -> _Ev | None:
        local = self.rnd() < 0.2
        src = self._windowed_source(local)
        acct = self._emp(src.platform, local=local and self.rnd() < 0.6)
        if acct is None:
            return None
        return self._engage_windowed(acct, src, self._engage_action())

    def emp_cand_out(self) -> _Ev | None:
        src = self._windowed_source()
        acct = self._emp(src.platform)
        if acct is None:
            return None
        action = self._engage_action()
        return self._engage_windowed(
            acct, src, action, when="before" if self.rnd() < 0.5 else "after"
        )

    def emp_cand_null(self) -> _Ev | None:
        src = self._windowed_source()
        acct = self._emp(src.platform)
        if acct is None:
            return None
        return self._engage_windowed(
            acct, src, "like" if self.rnd() < 0.7 else "follow", when="null"
        )

    def _support_text(self, tid: str, comment: bool = False) -> str:
        if tid in self.g.local_of:
            return T.local_support(self.rng, self.g.local_of[tid])
        if tid in self.g.party_of:
            return T.party_support(self.rng, self.g.party_of[tid])
        return T.pair_support(self.rng, self.g.pair_of[tid], comment=comment)

    def emp_cand_comment_support(self) -> _Ev | None:
        src = self._windowed_source()
        acct = self._emp(src.platform)
        if acct is None or src.is_group:
            return None
        r = self.rnd()
        action = "comment" if r < 0.7 else "reply" if r < 0.85 else "quote"
        return self._engage_windowed(
            acct,
            src,
            action,
            text=self._support_text(src.supports, comment=True),
            support=src.supports,
        )

    def _party_engage(
        self, who: Account | dict[str, str], src: _Source, with_null: bool
    ) -> _Ev | None:
        """Engagement with a party account (a violation at any time, dated or not)."""
        actor, source, aid = self._who(who)
        plat = src.platform
        r = self.rnd()
        if src.is_group or r < 0.12:
            action = "join" if src.is_group else "follow"
            if not self._once(src.idx, aid):
                return None
            t = None if with_null and self.rnd() < 0.35 else self._t_any()
            return _Ev(
                self._event(
                    plat,
                    action,
                    t,
                    actor,
                    self._variant(self._follow_target(src)),
                    None,
                    src.user_id or src.handle,
                    source if t is not None else None,
                )
            )
        post: _Post = self._pick(src.posts)
        target = self._variant(post.target)
        if r < 0.62:
            if not self._once(post.idx, aid):
                return None
            t = None if with_null and self.rnd() < 0.2 else self._after(post.t, T_HI)
            return _Ev(
                self._event(
                    plat,
                    "like",
                    t,
                    actor,
                    target,
                    None,
                    post.target["post_id"],
                    source if t is not None else None,
                )
            )
        t = self._after(post.t, T_HI)
        pid = self._pid()
        if r < 0.77:
            return _Ev(self._event(plat, "share", t, actor, target, None, pid, source))
        action = "comment" if r < 0.92 else "reply"
        if self.rnd() < 0.35:
            return _Ev(
                self._event(
                    plat,
                    action,
                    t,
                    actor,
                    target,
                    self._support_text(src.key),
                    pid,
                    source,
                    self._own_url(plat, actor, pid),
                ),
                src.key,
            )
        return _Ev(
            self._event(
                plat,
                action,
                t,
                actor,
                target,
                self._fill(self._pick(T.NEUTRAL_POLITICAL_COMMENTS)),
                pid,
                source,
                self._own_url(plat, actor, pid),
            )
        )

    def emp_party_engage(self) -> _Ev | None:
        src: _Source = self._pick(self.parties)
        acct = self._emp(src.platform)
        if acct is None:
            return None
        return self._party_engage(acct, src, with_null=True)

    def emp_party_null(self) -> _Ev | None:
        """Forced: an undated like or follow of a party account (still a violation)."""
        for _ in range(20):
            src: _Source = self._pick(self.parties)
            acct = self._emp(src.platform)
            if acct is None or src.is_group:
                continue
            if not self._once(src.idx, acct.aid):
                continue
            return _Ev(
                self._event(
                    src.platform,
                    "follow",
                    None,
                    acct.actor,
                    self._follow_target(src),
                    None,
                    src.user_id or src.handle,
                )
            )
        return None

    def _campaign_time(self, tid: str) -> int:
        kind = self.g.judge.kind_of(tid)
        if kind == "party":
            pil = self.g.windows[PILPRES]
            return self._t_between(*pil) if self.rnd() < 0.5 else self._t_any()
        ws, we = self.g.windows[PILKADA if tid in self.g.local_of else PILPRES]
        if self.rnd() < 0.9:
            # Ballot calls belong before voting day; a few stragglers come later.
            hi = _dsec("2024-11-28") if tid in self.g.local_of else _dsec("2024-02-15")
            return self._t_between(ws, hi)
        return self._t_between(ws, we)

    def _campaign(
        self,
        actor: dict[str, str],
        platform: str,
        source: str | None,
        tid: str,
    ) -> _Ev | None:
        r = self.rnd()
        text = self._support_text(tid)
        t = self._campaign_time(tid)
        pid = self._pid()
        url = self._own_url(platform, actor, pid)
        if r < 0.55:
            return _Ev(self._event(platform, "post", t, actor, None, text, pid, source, url), tid)
        action = "comment" if r < 0.75 else "reply" if r < 0.85 else "quote"
        news = self._news_post(platform) if self.rnd() < 0.4 else None
        target = news[0].target if news is not None else self._friend_post(platform)
        return _Ev(self._event(platform, action, t, actor, target, text, pid, source, url), tid)

    def _pick_support(self, party_share: float) -> str:
        if self.rnd() < party_share:
            return str(self._pick(self.parties).key)
        local = self.rnd() < 0.25
        pool = (
            ["PILKADA-SM-1", "PILKADA-SM-2", "PILKADA-SM-3"]
            if local
            else [
                "CAPRES-01",
                "CAPRES-02",
                "CAPRES-03",
            ]
        )
        tid: str = self._pick(pool)
        return tid

    def emp_campaign(self) -> _Ev | None:
        tid = self._pick_support(0.0)
        acct = None
        if tid in self.g.local_of and self.rnd() < 0.6:
            # Pilkada partisans are mostly the regency's own staff.
            acct = self._emp(self._pick(["facebook", "instagram", "tiktok"]), local=True)
        acct = acct or self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        return self._campaign(actor, acct.platform, src, tid)

    def emp_party_campaign(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        return self._campaign(actor, acct.platform, src, self._pick_support(1.0))

    def emp_ocr_campaign(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        if self.rnd() < 0.7:
            tid = self._pick(["CAPRES-01", "CAPRES-02", "CAPRES-03"])
            ocr = T.pair_support_ocr(self.rng, self.g.pair_of[tid])
        else:
            tid = str(self._pick(self.parties).key)
            ocr = T.party_support(self.rng, self.g.party_of[tid], ocr=True)
        media = [
            {
                "kind": "image",
                "url": f"https://cdn.example.id/img/{self._pid()}.jpg",
                "sha256": f"{self.rng.getrandbits(256):064x}",
                "ocr_text": ocr,
            }
        ]
        pid = self._pid()
        return _Ev(
            self._event(
                acct.platform,
                "post",
                self._campaign_time(tid),
                actor,
                None,
                "",
                pid,
                src,
                self._own_url(acct.platform, actor, pid),
                media,
            ),
            tid,
        )

    # ------------------------------------------------------------------ other actors

    def _public_actor(self, platform: str | None = None) -> dict[str, str] | None:
        pool = self.public_all if platform is None else self.public[platform]
        return self._pick(pool) if pool else None

    def _platform_of(self, actor: dict[str, str]) -> str:
        # Non-employee actor objects do not carry their platform; look it up by user id.
        return self.g.public_meta[actor["user_id"]][0]

    def ne_benign(self) -> _Ev | None:
        actor = self._public_actor()
        if actor is None:
            return None
        plat = self._platform_of(actor)
        r = self.rnd()
        pid = self._pid()
        if r < 0.4:
            text = self._fill(self._pick(T.PUBLIC_POSTS))
            return _Ev(
                self._event(
                    plat,
                    "post",
                    self._t_any(),
                    actor,
                    None,
                    text,
                    pid,
                    url=self._own_url(plat, actor, pid),
                )
            )
        news = self._news_post(plat) if self.rnd() < 0.5 else None
        if news is not None:
            target, t = news[0].target, news[1]
            if r < 0.75 and not self._once(news[0].idx, self.g.public_meta[actor["user_id"]][1]):
                return None
        else:
            # People outside the roster mostly know people outside it too.
            target, t = self._friend_post(plat, employees=STRANGER_MEETS_EMPLOYEE), self._t_any()
        if r < 0.75:
            return _Ev(self._event(plat, "like", t, actor, target, None, target["post_id"]))
        return _Ev(
            self._event(
                plat,
                "comment",
                t,
                actor,
                target,
                self._pick(T.BENIGN_COMMENTS),
                pid,
                url=self._own_url(plat, actor, pid),
            )
        )

    def ne_violation(self) -> _Ev | None:
        r = self.rnd()
        if r < 0.5:
            src = self._windowed_source()
            actor = self._public_actor(src.platform)
            if actor is None:
                return None
            return self._engage_windowed(actor, src, self._engage_action())
        if r < 0.7:
            src_p: _Source = self._pick(self.parties)
            actor = self._public_actor(src_p.platform)
            if actor is None:
                return None
            return self._party_engage(actor, src_p, with_null=True)
        actor = self._public_actor()
        if actor is None:
            return None
        return self._campaign(actor, self._platform_of(actor), None, self._pick_support(0.25))

    def namesake_violation(self) -> _Ev | None:
        """A violation by a non-employee who has exactly an employee's name."""
        if not self.g.namesakes:
            return None
        actor: dict[str, str] = self._pick(self.g.namesakes)
        plat = self._platform_of(actor)
        srcs = [s for s in self.windowed.get(plat, []) if s.win]
        if srcs and self.rnd() < 0.5:
            return self._engage_windowed(actor, self._pick(srcs), self._engage_action())
        return self._campaign(actor, plat, None, self._pick_support(0.25))

    def _impostor_actor(self, acct: Account) -> dict[str, str]:
        """Someone else now using a declared handle: same handle, another user id."""
        name = self.g._faker_name(self.rng, self.rnd() < 0.5)
        uid = self.g.ids.new(acct.platform)
        self.g._kind_of_actor[(acct.platform, "u:" + uid)] = "impostor"
        return {"user_id": uid, "handle": acct.csv_handle, "display_name": name}

    def _impostor_account(self) -> Account | None:
        for _ in range(50):
            acct = self._emp(self._pick(list(POLITICAL_PLATFORMS)))
            if acct is not None and acct.csv_user_id and acct.csv_handle:
                return acct
        return None

    def impostor(self) -> _Ev | None:
        acct = self._impostor_account()
        if acct is None:
            return None
        actor = self._impostor_actor(acct)
        if self.rnd() < 0.5:
            pid = self._pid()
            return _Ev(
                self._event(
                    acct.platform,
                    "post",
                    self._t_any(),
                    actor,
                    None,
                    self._fill(self._pick(T.BENIGN_POSTS)),
                    pid,
                    url=self._own_url(acct.platform, actor, pid),
                )
            )
        return self.impostor_violation(acct, actor)

    def impostor_violation(
        self, acct: Account | None = None, actor: dict[str, str] | None = None
    ) -> _Ev | None:
        """A violation by an account that shares a declared handle but not its user id."""
        acct = acct or self._impostor_account()
        if acct is None:
            return None
        actor = actor or self._impostor_actor(acct)
        cands = self.windowed.get(acct.platform) or []
        cands = [s for s in cands if s.election == PILPRES and s.win]
        if cands and self.rnd() < 0.6:
            return self._engage_windowed(actor, self._pick(cands), "like")
        return self._campaign(actor, acct.platform, None, self._pick_support(0.3))

    def pol_actor(self) -> _Ev | None:
        """A political account acting on another's post: never an employee's breach."""
        actors = [s for s in self.g.sources if not s.is_group]
        me: _Source = self._pick(actors)
        others = [
            s
            for s in self.g.sources
            if s.platform == me.platform
            and s is not me
            and s.kind in ("candidate", "campaign_team", "party")
            and s.posts
        ]
        if not others:
            return None
        other: _Source = self._pick(others)
        post: _Post = self._pick(other.win or other.posts)
        if not self._once(post.idx, me.aid):
            return None
        t = self._after(post.t, T_HI)
        if self.rnd() < 0.5:
            return _Ev(
                self._event(
                    me.platform, "like", t, me.actor, post.target, None, post.target["post_id"]
                )
            )
        return _Ev(self._event(me.platform, "share", t, me.actor, post.target, None, self._pid()))

    # ------------------------------------------------------------------ attribution edge cases

    def _emp_where(self, ok: Callable[[Account], bool]) -> Account | None:
        found = [
            a
            for a in self.accounts
            if ok(a) and a.platform in self.windowed and self.windowed[a.platform]
        ]
        return self._pick(found) if found else None

    def _windowed_on(self, platform: str) -> _Source | None:
        srcs = [s for s in self.windowed.get(platform, []) if s.win and not s.is_group]
        return self._pick(srcs) if srcs else None

    def declared_handle_only(self) -> _Ev | None:
        """Account declared by handle only; the event carries both ids -> attributed."""
        acct = self._emp_where(lambda a: not a.csv_user_id and bool(a.csv_handle))
        src = self._windowed_on(acct.platform) if acct else None
        if acct is None or src is None:
            return None
        post: _Post = self._pick(src.win)
        if not self._once(post.idx, acct.aid):
            return None
        t = self._after(post.t, self.g.windows[src.election][1])
        return _Ev(
            self._event(
                acct.platform, "like", t, acct.actor, post.target, None, post.target["post_id"]
            )
        )

    def declared_uid_only_no_event_uid(self) -> _Ev | None:
        """Declared by user id only; a report knows only the handle -> cannot attribute."""
        acct = self._emp_where(lambda a: bool(a.csv_user_id) and not a.csv_handle)
        src = self._windowed_on(acct.platform) if acct else None
        if acct is None or src is None:
            return None
        post: _Post = self._pick(src.win)
        t = self._after(post.t, self.g.windows[src.election][1])
        pid = self._pid()
        actor = {"handle": acct.handle, "display_name": acct.display_name}
        return _Ev(
            self._event(
                acct.platform,
                "comment",
                t,
                actor,
                post.target,
                self._support_text(src.supports, comment=True),
                pid,
                "public-report",
                self._own_url(acct.platform, actor, pid),
            ),
            src.supports,
        )

    def public_report(self) -> _Ev | None:
        """Declared with both ids; a report knows only the handle -> attributed by handle."""
        acct = self._emp_where(lambda a: bool(a.csv_user_id) and a.csv_handle == a.handle)
        if acct is None:
            return None
        actor = {"handle": acct.handle, "display_name": acct.display_name}
        return self._campaign(actor, acct.platform, "public-report", "CAPRES-03")

    def target_handle_only(self) -> _Ev | None:
        """Engagement with a target account listed by handle only (no user_id in the row)."""
        srcs = [
            s
            for s in self.g.sources
            if not s.user_id and s.kind in ("candidate", "campaign_team") and s.win
        ]
        if not srcs:
            return None
        src: _Source = self._pick(srcs)
        acct = self._emp(src.platform)
        if acct is None:
            return None
        return self._engage_windowed(acct, src, "comment")

    # ------------------------------------------------------------------ hoax and leaks

    def hoax(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        cid = self._pick(list(T.CLAIM_SPREAD))
        text = self._pick(T.CLAIM_SPREAD[cid])
        pid = self._pid()
        t = self._t_between(_dsec("2023-11-01"), T_HI)
        return _Ev(
            self._event(
                acct.platform,
                "post",
                t,
                actor,
                None,
                text,
                pid,
                src,
                self._own_url(acct.platform, actor, pid),
            ),
            other=("hoax", cid),
        )

    def leak(self) -> _Ev | None:
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        doc_id = self._pick(list(T.DOCUMENTS))
        excerpt = T.leak_excerpt(self.rng, T.DOCUMENTS[doc_id])
        pid = self._pid()
        t = self._t_between(_dsec("2024-01-15"), T_HI)
        url = self._own_url(acct.platform, actor, pid)
        if self.rnd() < 0.3:
            media = [
                {
                    "kind": "image",
                    "url": f"https://cdn.example.id/img/{self._pid()}.jpg",
                    "sha256": f"{self.rng.getrandbits(256):064x}",
                    "ocr_text": excerpt,
                }
            ]
            return _Ev(
                self._event(
                    acct.platform, "post", t, actor, None, "Serius ini?", pid, src, url, media
                ),
                other=("confidential.leak", doc_id),
            )
        lead = self._pick(T.LEAK_LEADS)
        return _Ev(
            self._event(
                acct.platform, "post", t, actor, None, f"{lead} {excerpt}".strip(), pid, src, url
            ),
            other=("confidential.leak", doc_id),
        )

    # ------------------------------------------------------------------ content categories

    def content_violation(self) -> _Ev | None:
        """An employee posts (or shares) text plainly in one content category."""
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        category = self._pick(sorted(C.VIOLATIONS))
        index = int(self.rnd() * len(C.VIOLATIONS[category]))
        text = C.VIOLATIONS[category][index]
        pid = self._pid()
        t = self._t_between(_dsec("2023-06-01"), T_HI)
        url = self._own_url(acct.platform, actor, pid)
        return _Ev(
            self._event(acct.platform, "post", t, actor, None, text, pid, src, url),
            other=(category, f"{category}:{index}"),
        )

    def content_near_miss(self) -> _Ev | None:
        """Everyday text that shares a word with a violation and must be left alone."""
        acct = self._emp()
        if acct is None:
            return None
        actor, src = self._actor(acct)
        pid = self._pid()
        t = self._t_between(_dsec("2023-06-01"), T_HI)
        text = self._pick(list(C.NEAR_MISSES))
        url = self._own_url(acct.platform, actor, pid)
        return _Ev(self._event(acct.platform, "post", t, actor, None, text, pid, src, url))

    # ------------------------------------------------------------------ window boundaries

    def _boundary(self, i: int) -> _Ev | None:
        election, stamp = _BOUNDARY[i]
        srcs = [
            s
            for s in self.g.sources
            if s.election == election and s.kind == "candidate" and s.posts and s.user_id
        ]
        if not srcs:
            return None
        src: _Source = srcs[i % len(srcs)]
        acct = self._emp(src.platform)
        if acct is None:
            return None
        post: _Post = src.posts[0]
        if not self._once(post.idx, acct.aid):
            return None
        ev = self._event(
            src.platform, "like", 0, acct.actor, post.target, None, post.target["post_id"]
        )
        ev["occurred_at"] = stamp
        return _Ev(ev)


# Hours of the day weighted by how much people post (WIB): little at night, peaks at
# breakfast, lunch and evening.
_HOURS = (
    [0, 1, 4, 5]
    + [6] * 3
    + [7] * 5
    + [8] * 4
    + [9] * 4
    + [10] * 4
    + [11] * 4
    + [12] * 6
    + [13] * 4
    + [14] * 3
    + [15] * 3
    + [16] * 4
    + [17] * 4
    + [18] * 4
    + [19] * 6
    + [20] * 7
    + [21] * 6
    + [22] * 4
    + [23] * 2
)

# Timestamps right at the window edges, in several spellings of the same instant.
_BOUNDARY: list[tuple[str, str]] = [
    (PILPRES, "2023-10-18T23:59:59+07:00"),  # out
    (PILPRES, "2023-10-19T00:00:00+07:00"),  # in
    (PILPRES, "2023-10-18T17:00:00Z"),  # in: 00:00 WIB
    (PILPRES, "2023-10-18T16:59:59Z"),  # out
    (PILPRES, "2024-03-20T23:59:59+07:00"),  # in
    (PILPRES, "2024-03-21T00:00:00+07:00"),  # out
    (PILPRES, "2024-03-20T16:59:59.500Z"),  # in
    (PILPRES, "2024-03-20T17:00:00Z"),  # out
    (PILPRES, "2024-03-20T23:30:00"),  # in: no offset = Asia/Jakarta
    (PILPRES, "2024-03-21T00:30:00"),  # out
    (PILPRES, "2024-03-21T00:30:00+08:00"),  # in: WITA, 23:30 WIB
    (PILPRES, "2023-10-19T00:30:00+09:00"),  # out: WIT, 22:30 WIB the day before
    (PILKADA, "2024-08-26T23:59:59+07:00"),  # out
    (PILKADA, "2024-08-27T00:00:00+07:00"),  # in
    (PILKADA, "2024-12-16T23:59:59+07:00"),  # in
    (PILKADA, "2024-12-17T00:00:00+07:00"),  # out
]
