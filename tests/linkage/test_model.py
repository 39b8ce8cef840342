"""Probabilistic linkage of undeclared accounts: restraint with namesakes, margins, decisions."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest
from faker import Faker
from sqlalchemy import select

from bundles import event, write_bundle, write_csv
from netra.accounts.models import Account
from netra.audit.models import AuditEntry
from netra.core.config import Workspace
from netra.core.db import Database
from netra.core.errors import NotFoundError, ValidationError
from netra.detect.service import ProbableLinks, detect
from netra.ingest.service import import_bundle
from netra.linkage.model import (
    Actor,
    Employee,
    PlaceIndex,
    Proposal,
    RosterStore,
    accounts_table,
    build_vocabulary,
    contradicted,
    corroborated,
    employees_arrow,
    estimate_share,
    explain,
    level_of,
    org_words,
    pair_gammas,
    resolve,
    weak_facts,
)
from netra.linkage.models import LinkDecision
from netra.linkage.service import (
    LinkReport,
    LinkRow,
    confirm_link,
    prepare_roster,
    propose_links,
    reject_link,
)

NIP_RARE = "197503142012051007"  # Dr. H. Wiryawan Kusumadewa, S.H. - teacher in Mukomuko
NIP_N1 = "198001152010011011"  # Rahmat Hidayat - Mukomuko
NIP_N2 = "198202202011021012"  # Rachmat Hidayat, S.Pd. - Bengkulu province
NIP_ONLY = "198504172013031013"  # Sukmawati Handayani, A.Md. - Seluma
CANDIDATE_POST = {"post_id": "1", "author_user_id": "12345"}
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


def _nip(i: int) -> str:
    return f"19{70 + i % 25:02d}0{1 + i % 9}1{i % 9}20{10 + i % 10:02d}0{1 + i % 9}1{i:03d}"


def _bundle(root: Path) -> Path:
    fake = Faker("id_ID")
    fake.seed_instance(20241)
    rng = random.Random(5)
    agencies = ["PEMPROV17", "PEMKAB1706", "PEMKAB1705"]
    regions = {"PEMPROV17": "17", "PEMKAB1706": "17.06", "PEMKAB1705": "17.05"}
    roster: list[list[Any]] = [
        [
            NIP_RARE,
            "Dr. H. Wiryawan Kusumadewa, S.H.",
            "PEMKAB1706",
            "Dinas Pendidikan",
            "Guru SDN 3 Mukomuko",
            "PNS",
            "17.06",
            "active",
        ],
        [
            NIP_N1,
            "Rahmat Hidayat",
            "PEMKAB1706",
            "Sekretariat Daerah",
            "Analis Kebijakan",
            "PNS",
            "17.06",
            "active",
        ],
        [
            NIP_N2,
            "Rachmat Hidayat, S.Pd.",
            "PEMPROV17",
            "Dinas Pendidikan",
            "Pengawas Sekolah",
            "PNS",
            "17",
            "active",
        ],
        [
            NIP_ONLY,
            "Sukmawati Handayani, A.Md.",
            "PEMKAB1705",
            "Dinas Kesehatan",
            "Bidan",
            "PNS",
            "17.05",
            "active",
        ],
    ]
    for i in range(60):
        ag = agencies[i % 3]
        roster.append(
            [_nip(i), fake.name(), ag, "Dinas Sosial", "Staf", "PNS", regions[ag], "active"]
        )
    events: list[dict[str, Any]] = []

    def like(uid: str, actor: dict[str, str]) -> None:
        events.append(
            event(f"e{uid}", "like", actor={"user_id": uid, **actor}, target=CANDIDATE_POST)
        )

    like(
        "7001",
        {
            "handle": "wiryawan_k88",
            "display_name": "wiryawan kusumadewa",
            "bio": "Guru SDN 3 Mukomuko",
            "location": "Mukomuko",
        },
    )
    like(
        "7002",
        {
            "handle": "rahmat_h",
            "display_name": "Rahmat Hidayat",
            "bio": "ASN",
            "location": "Bengkulu",
        },
    )
    like(
        "7003",
        {
            "handle": "wiryawan.k",
            "display_name": "Wiryawan Kusumadewa",
            "bio": "Mahasiswa",
            "location": "Sulawesi Selatan",
        },
    )
    like("7004", {"handle": "sukma_h", "display_name": "Sukmawati Handayani"})
    bios = ["Wiraswasta", "Pecinta kopi", "Pedagang online", "", "Ibu rumah tangga"]
    for j in range(40):
        actor = {"handle": f"warga{j}", "display_name": fake.name(), "bio": rng.choice(bios)}
        like(str(8000 + j), actor)
    bundle = write_bundle(root, events, extra_roster=roster)
    write_csv(
        bundle / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMPROV17", "Pemerintah Provinsi Bengkulu", "", "17"],
            ["PEMKAB1706", "Pemerintah Kabupaten Mukomuko", "PEMPROV17", "17.06"],
            ["PEMKAB1705", "Pemerintah Kabupaten Seluma", "PEMPROV17", "17.05"],
        ],
    )
    return bundle


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, LinkReport]]:
    root = tmp_path_factory.mktemp("linkage")
    db = Database(Workspace.at(root / "ws"))
    import_bundle(db, _bundle(root / "b"))
    report = propose_links(db, threshold=0.9, margin=0.2, actor="test")
    yield db, report
    db.dispose()


def _row(report: LinkReport, uid: str) -> Any:
    return next(r for r in report.rows if r.user_id == uid)


def test_rare_name_with_corroboration_is_linked_with_evidence(
    linked: tuple[Database, LinkReport],
) -> None:
    db, report = linked
    row = _row(report, "7001")
    assert row.status == "probable", row
    assert row.nip == NIP_RARE and row.probability >= 0.9
    assert "after removing titles Dr., H.; degrees S.H." in row.evidence
    assert "Guru SDN 3 Mukomuko" in row.evidence
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.user_id == "7001")).one()
        assert (acc.nip, acc.link_method) == (NIP_RARE, "probable")
        assert acc.link_probability is not None and acc.link_probability >= 0.9


def test_probable_links_reach_findings(linked: tuple[Database, LinkReport]) -> None:
    db, _report = linked
    result = detect(db, policy="id", timezone="Asia/Jakarta")
    by_event = {f["event_ids"][0]: f for f in result.findings}
    found = by_event["e7001"]
    assert found["nip"] == NIP_RARE
    assert found["link"]["method"] == "probable"
    assert found["link"]["probability"] >= 0.9
    # Namesakes, an outsider with the same name and a bare name are nobody's findings.
    for uid in ("7002", "7003", "7004"):
        assert by_event[f"e{uid}"]["nip"] is None, uid


def test_namesakes_share_the_probability_and_nobody_is_accused(
    linked: tuple[Database, LinkReport],
) -> None:
    row = _row(linked[1], "7002")
    assert row.status != "probable"
    assert {row.nip, row.second_nip} == {NIP_N1, NIP_N2}
    # Same evidence for both: the probability is split evenly, not given to either.
    assert row.probability < 0.9
    assert row.second_probability == pytest.approx(row.probability, rel=0.5)


def test_same_name_elsewhere_with_unrelated_bio_is_not_linked(
    linked: tuple[Database, LinkReport],
) -> None:
    row = _row(linked[1], "7003")
    assert row.status != "probable"
    assert row.probability < 0.5
    assert "another province" in row.evidence


def test_a_name_alone_never_makes_a_link(linked: tuple[Database, LinkReport]) -> None:
    row = _row(linked[1], "7004")
    assert row.nip == NIP_ONLY
    assert row.status in ("name_only", "below_threshold")
    assert not row.corroborated


def test_strangers_are_not_linked(linked: tuple[Database, LinkReport]) -> None:
    strangers = [r for r in linked[1].rows if r.user_id and r.user_id.startswith("80")]
    assert len(strangers) == 40
    assert not [r for r in strangers if r.status == "probable"]


def test_margin_rule(linked: tuple[Database, LinkReport]) -> None:
    db, _ = linked
    loose = propose_links(db, threshold=0.001, margin=0.2, write=False)
    row = _row(loose, "7002")
    # Above a tiny threshold, but the runner-up is as close as can be: not attributed.
    assert row.probability >= 0.001
    assert row.status == "ambiguous"
    assert _row(loose, "7001").status == "probable"


def test_rejected_link_is_never_proposed_again_and_confirm_links(tmp_path: Path) -> None:
    db = Database(Workspace.at(tmp_path / "ws"))
    import_bundle(db, _bundle(tmp_path / "b"))
    first = propose_links(db, actor="test")
    assert _row(first, "7001").status == "probable"
    reject_link(
        db,
        platform="x",
        user_id="7001",
        nip=NIP_RARE,
        decided_by="reviewer:ani",
        reason="different person: checked photo",
    )
    with db.session() as s:
        assert s.scalars(select(Account).where(Account.user_id == "7001")).first() is None
        d = s.scalars(select(LinkDecision)).one()
        assert (d.decision, d.nip, d.decided_by) == ("rejected", NIP_RARE, "reviewer:ani")
        audited = s.scalars(select(AuditEntry).where(AuditEntry.entity == "link_decisions")).all()
        assert audited and audited[0].actor == "reviewer:ani"
    second = propose_links(db, actor="test")
    row = _row(second, "7001")
    assert row.nip != NIP_RARE or row.status != "probable"
    assert not [r for r in second.probable if r.user_id == "7001" and r.nip == NIP_RARE]
    confirm_link(db, platform="x", user_id="7004", nip=NIP_ONLY, decided_by="reviewer:ani")
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.user_id == "7004")).one()
        assert (acc.nip, acc.link_method, acc.link_probability) == (NIP_ONLY, "confirmed", 1.0)
    third = propose_links(db, actor="test")
    assert not [r for r in third.rows if r.user_id == "7004"]  # confirmed: not scored again
    result = detect(db, policy="id", timezone="Asia/Jakarta")
    f = next(x for x in result.findings if x["event_ids"] == ["e7004"])
    assert f["nip"] == NIP_ONLY and f["link"]["method"] == "confirmed"
    db.dispose()


def test_decisions_are_checked(db: Database, tmp_path: Path) -> None:
    import_bundle(db, _bundle(tmp_path / "b"))
    with pytest.raises(ValidationError):
        reject_link(db, platform="friendster", user_id="1", nip=NIP_RARE, decided_by="r")
    with pytest.raises(ValidationError):
        reject_link(db, platform="x", nip=NIP_RARE, decided_by="r")
    with pytest.raises(NotFoundError):
        confirm_link(db, platform="x", user_id="1", nip="199901012020011999", decided_by="r")
    with pytest.raises(ValidationError):
        propose_links(db, threshold=0.0)
    with pytest.raises(ValidationError):
        propose_links(db, margin=1.0)


def test_empty_workspace_links_nothing(db: Database) -> None:
    report = propose_links(db)
    assert report.rows == [] and report.written == 0


# ---------------------------------------------------------------------------------------------
# pieces


def test_resolve_divides_probability_between_candidates() -> None:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE pairs (account VARCHAR, nip VARCHAR, lr_bits DOUBLE, gamma_name INT, "
        "gamma_region INT, gamma_bio INT, gamma_cooc INT, gamma_graph INT, gamma_own INT, "
        "gamma_birth INT)"
    )
    # account a: two equally good candidates; account b: one strong one.
    con.execute(
        "INSERT INTO pairs VALUES ('a', 'n1', 20, 9, 2, 0, -1, -1, -1, -1), "
        "('a', 'n2', 20, 9, 2, 0, -1, -1, -1, -1), ('b', 'n3', 30, 9, 2, 0, -1, 4, 1, 1), "
        "('b', 'n4', 2, 1, 0, 0, -1, 0, 0, 0)"
    )
    props, share = resolve(con, n_roster=1 << 20, accounts=2, employee_share=0.5)
    got = {p.account: p for p in props}
    a, b = got["a"], got["b"]
    assert share == 0.5
    # q = 2^-21 per pair: each of a's candidates has odds 2^-1 -> 0.5/(1+1) = 0.25
    assert a.probability == pytest.approx(0.25) and a.second_probability == pytest.approx(0.25)
    assert b.nip == "n3" and b.probability > 0.99 and b.second_probability < 1e-6
    assert b.gammas["graph"] == 4 and b.gammas["own"] == 1 and b.gammas["birth"] == 1
    rejected, _ = resolve(
        con, n_roster=1 << 20, accounts=2, employee_share=0.5, rejected=[("a", "n1")]
    )
    a2 = next(p for p in rejected if p.account == "a")
    assert a2.nip == "n2" and a2.second_nip is None
    assert a2.probability == pytest.approx(1 / 3)


def test_estimate_share_recovers_the_mixing_weight() -> None:
    rng = np.random.default_rng(1)
    n_roster, n_acc, share = 10_000, 4_000, 0.35
    owners = rng.random(n_acc) < share
    # Employees' accounts carry strong evidence, others weak evidence.
    log_sums = np.where(owners, rng.normal(25, 2, n_acc), rng.normal(0, 2, n_acc))
    assert estimate_share(log_sums, n_acc, n_roster) == pytest.approx(share, abs=0.03)


def test_places_and_workplace_words() -> None:
    idx = PlaceIndex.build(
        [("Pemerintah Kabupaten Mukomuko", "17.06"), ("Pemerintah Kota Bengkulu", "17.71")]
    )
    assert idx.resolve("Mukomuko, Bengkulu") == (["17.06", "17.71"], ["17"])
    # Every regency and city is known, not only those of the roster's agencies.
    assert idx.resolve("Jakarta Selatan") == (["31.74"], ["31"])
    assert idx.resolve("Padang") == (["13.71"], ["13"])
    assert idx.resolve("Kab. Padang Pariaman") == (["13.05"], ["13"])
    assert idx.resolve("Badung, Bali") == (["51.03"], ["51"])
    assert idx.resolve("Kota Bandung") == (["32.73"], ["32"])
    assert idx.resolve("Palangka Raya") == idx.resolve("Palangkaraya") == (["62.71"], ["62"])
    assert idx.resolve("Sorong, Papua Barat Daya") == (["96.01", "96.71"], ["96"])
    assert idx.resolve("di rumah saja") == ([], [])
    assert org_words("ASN Pemkab Mukomuko") == ["asn", "pemkab", "mukomuko"]
    assert org_words("Pemerintah Kabupaten Mukomuko") == ["pemkab", "mukomuko"]
    assert "rsud" in org_words("Rumah Sakit Umum Daerah Seluma")


def _pair_gammas(
    employees: list[Employee],
    agencies: list[tuple[str, str, str | None]],
    actors: list[Actor],
    pairs: list[tuple[str, str]],
    declared: dict[str, list[tuple[str, str]]] | None = None,
) -> dict[tuple[str, str], dict[str, int]]:
    """The comparison levels of (account key, nip) pairs over a roster of `employees`."""
    store = RosterStore([employees_arrow(employees)], agencies, declared or {})
    try:
        return pair_gammas(store, accounts_table(actors, store.vocab), pairs)
    finally:
        store.close()


def _label(
    g: dict[tuple[str, str], dict[str, int]], pair: tuple[str, str], comparison: str
) -> str | None:
    """The label of the level a pair reaches in a comparison (None: the null level)."""
    lv = level_of(comparison, g[pair][comparison])
    return lv[1] if lv else None


def test_birth_year_in_the_handle_a_handle_that_says_more_and_contradictions() -> None:
    nova, nova_hasanah = "199702142016032077", "198011112003062960"
    employees = [
        Employee(nova, "Nova, S.H.", "AG", "U", "Juru Sita", "17.07"),
        Employee(nova_hasanah, "Hj. Nova Hasanah", "AG", "U", "Panitera", "17.07"),
    ] + [
        Employee(f"N{i}", f"Hasanah Putri{chr(97 + i)}", "AG", "V", "Guru", "17.07")
        for i in range(5)
    ]
    actors = [
        Actor("x|u|1", "x", "1", "nova_hasanah80", "Bu Nova", None, None),
        Actor("x|u|2", "x", "2", "nova97", "Nova", "Petani kopi", "Padang"),
        Actor("x|u|3", "x", "3", "novaaja", "Nova", None, "Lebong"),
    ]
    pairs = [(a.key, n) for a in actors for n in (nova, nova_hasanah)]
    g = _pair_gammas(employees, [("AG", "Pemkab Lebong", "17.07")], actors, pairs)

    def label(account: str, nip: str, comparison: str) -> str | None:
        return _label(g, (account, nip), comparison)

    # 'Bu Nova' as nova_hasanah80: not simply "the same name" as an employee named just Nova.
    assert label("x|u|1", nova, "name") == "exact name, handle says more"
    assert label("x|u|1", nova_hasanah, "name") == "name with handle"
    # Two digits at the end of the handle against the year of birth in the NIP.
    assert label("x|u|1", nova_hasanah, "birth") == "birth year"
    assert label("x|u|1", nova, "birth") == "other digits"
    assert label("x|u|2", nova, "birth") == "birth year"
    assert label("x|u|3", nova, "birth") is None  # no digits: no evidence either way
    # Padang is another province than Lebong (Bengkulu): a contradiction, never a link.
    assert label("x|u|2", nova, "region") == "other province"
    assert contradicted(g[("x|u|2", nova)])
    assert label("x|u|3", nova, "region") == "same regency"
    assert not contradicted(g[("x|u|3", nova)])


def test_a_clipped_first_name_the_handle_spells_out_finds_the_employee() -> None:
    jessica = "199003112015032001"
    employees = [
        Employee(jessica, "Jessica Haryanti, S.E.", "AG", "U", "Analis", "17.07"),
        Employee("198801012010012002", "Jessica Yuniar", "AG", "U", "Analis", "17.07"),
    ]
    actors = [
        Actor("x|u|1", "x", "1", "jessica_haryanti55", "Jess", None, None),
        Actor("x|u|2", "x", "2", "jess_haryanti", "Jess", None, None),
    ]
    g = _pair_gammas(
        employees, [("AG", "Pemkab Lebong", "17.07")], actors, [(a.key, jessica) for a in actors]
    )
    # 'Jess' alone is no roster name; the handle says which Jessica.
    assert _label(g, ("x|u|1", jessica), "name") == "name with handle"
    # A handle that spells out nothing leaves 'Jess' a different name.
    assert _label(g, ("x|u|2", jessica), "name") == "names differ"


def test_a_parents_teknonym_is_not_taken_for_the_owners_name() -> None:
    dinda, umi = "199803112022032001", "197001012000032002"
    employees = [
        Employee(dinda, "Dinda Maharani, S.Pd.", "AG", "U", "Guru", "17.07"),
        Employee(umi, "Umi Kalsum", "AG", "U", "Guru", "17.07"),
    ]
    actors = [
        # Dinda's mother: her display name and handle name the daughter.
        Actor("x|u|1", "x", "1", "mama_dinda_maharani", "Mama Dinda Maharani", None, None),
        Actor("x|u|2", "x", "2", "kalsum70", "Umi Kalsum", None, None),
    ]
    pairs = [("x|u|1", dinda), ("x|u|2", umi)]
    g = _pair_gammas(employees, [("AG", "Pemkab Lebong", "17.07")], actors, pairs)
    assert _label(g, pairs[0], "name") is None  # no name evidence at all
    assert _label(g, pairs[1], "name") == "exact name"


def test_a_given_name_that_reads_as_an_honorific_is_still_the_employees() -> None:
    umi, uda = "197001012000032002", "197101012000031003"
    employees = [
        Employee(umi, "Umi Kalsum, S.Pd.", "AG", "U", "Guru", "17.07"),
        Employee(uda, "Uda Pratama", "AG", "U", "Guru", "17.07"),
        Employee("197201012000032004", "Kalsum Wati", "AG", "U", "Guru", "17.07"),
    ]
    actors = [
        Actor("x|u|1", "x", "1", "umikalsum", "Umi Kalsum", None, None),
        Actor("x|u|2", "x", "2", "udapratama", "Uda Pratama", None, None),
        Actor("x|u|3", "x", "3", "umi.kalsum", "Bu Kalsum", None, None),
        Actor("x|u|4", "x", "4", "umi_kalsum70", "Umi", None, None),
        Actor("x|u|5", "x", "5", "umi.wati", "Kalsum", None, None),
    ]
    pairs = [(a.key, n) for a, n in zip(actors, [umi, uda, umi, umi, umi], strict=True)]
    g = _pair_gammas(employees, [("AG", "Pemkab Lebong", "17.07")], actors, pairs)
    # In a personnel record "Umi" and "Uda" are given names: handles spelling them say no
    # more than the employee's name (before: "handle says more", counted against her).
    assert [_label(g, p, "name") for p in pairs[:3]] == ["exact name"] * 3
    # "Umi" alone and the handle spell her whole name.
    assert _label(g, pairs[3], "name") == "name with handle"
    # A handle's other word still says more.
    assert _label(g, pairs[4], "name") == "exact name, handle says more"
    # The evidence names what was removed from the record (a degree), not her given name.
    vocab = build_vocabulary(employees, [("AG", "Pemkab Lebong", "17.07")])
    prop = Proposal(pairs[0][0], umi, 0.95, None, 0.0, 12.0, 1, g[pairs[0]])
    text = explain(prop, actors[0], employees[0], vocab)
    assert "after removing degrees S.Pd.: the same name" in text
    assert "honorific" not in text


def test_a_bio_saying_civil_servant_in_the_employees_town_is_two_weak_facts() -> None:
    nip = "197708252010022436"
    employees = [Employee(nip, "Retno Prasetyo", "AG", "Dinas Sosial", "Analis", "17.07")]
    actors = [
        Actor("x|u|1", "x", "1", "itsretno", "Retno Prasetyo", "Abdi negara | Lebong", None),
        Actor("x|u|2", "x", "2", "retno.p", "Retno Prasetyo", "Warga Lebong", None),
        Actor("x|u|3", "x", "3", "retno.pr", "Retno Prasetyo", "ASN", "Lebong"),
        Actor("x|u|4", "x", "4", "retno.pra", "Retno Prasetyo", "Sales di Lebong. ASN", None),
    ]
    pairs = [(a.key, nip) for a in actors]
    g = _pair_gammas(employees, [("AG", "Pemkab Lebong", "17.07")], actors, pairs)
    assert _label(g, pairs[0], "bio") == "civil servant in place"
    assert weak_facts(g[pairs[0]]) == ["residence", "civil servant"]
    assert corroborated(g[pairs[0]])
    # a town alone is where namesakes live too
    assert _label(g, pairs[1], "bio") == "names place" and not corroborated(g[pairs[1]])
    # the town in the location and "ASN" in the bio: the same two facts, each counted once
    assert _label(g, pairs[2], "bio") == "says civil servant" and corroborated(g[pairs[2]])
    # a private job beside the place is not the civil service there
    assert _label(g, pairs[3], "bio") != "civil servant in place"


def test_a_retired_or_honorary_namesakes_bio_names_no_current_workplace() -> None:
    from netra.linkage.model import bio_work_words

    assert bio_work_words("Pensiunan PNS Pemkab Banjar") == ["pensiunan"]
    assert bio_work_words("Mantan ASN") == ["pensiunan"]
    assert bio_work_words("Guru honorer") == ["honorer"]
    assert bio_work_words("Tenaga honor Dinkes") == ["honorer"]
    assert "honorer" not in bio_work_words("Main Honor of Kings | Guru SDN 3")
    # only the clause that says so: the rest of the bio still names a workplace
    assert bio_work_words("Eks Kepsek SDN 3 | Pengawas Disdik") == [
        "pensiunan",
        "pengawas",
        "disdik",
    ]
    nip = "197708252010022436"
    employees = [
        Employee(nip, "Rusdiana, S.STP.", "AG", "Sekretariat Daerah", "Analis", "17.07"),
        Employee("198001012005012001", "Hairunnisa Saidah", "AG", "SDN 5 Lebong", "Guru", "17.07"),
    ]
    actors = [
        Actor("x|u|1", "x", "1", "rusdiana60", "RUSDIANA", "Pensiunan PNS Pemkab Lebong", None),
        Actor("x|u|2", "x", "2", "unjani", "Rusdiana", "Mantan ASN", None),
        Actor("x|u|3", "x", "3", "h.saidah", "Hairunnisa Saidah", "Guru honorer", None),
    ]
    pairs = [("x|u|1", nip), ("x|u|2", nip), ("x|u|3", "198001012005012001")]
    g = _pair_gammas(employees, [("AG", "Pemkab Lebong", "17.07")], actors, pairs)
    for pair in pairs:
        assert _label(g, pair, "bio") == "names another workplace", pair
        assert contradicted(g[pair])


def test_a_school_of_the_same_family_with_another_kind_or_number_is_another_workplace() -> None:
    from netra.linkage.model import unit_ids

    assert unit_ids(["guru", "sdn", "2", "rantau"]) == ["sekolah#sdn2"]
    assert unit_ids(["smp", "05"]) == ["sekolah#smpn5"]
    assert unit_ids(["puskesmas", "2"]) == ["puskesmas#puskesmas2"]
    # a place word between the kind and the number, as schools are also written
    assert unit_ids(["kepala", "sdn", "teras", "12"]) == ["sekolah#sdn12"]
    assert unit_ids(["sdn", "teras", "raya", "12"]) == []
    assert unit_ids(["sdn", "smpn", "4"]) == ["sekolah#smpn4"]
    nip, smp = "198001012005012001", "199305132021122026"
    employees = [
        Employee(nip, "Rosidah Paujiah", "AG", "SDN 5 Lebong", "Guru Ahli Muda", "17.07"),
        Employee(smp, "Sukmawati", "AG", "SMP Negeri 2 Pammana", "Guru Ahli Pertama", "17.07"),
    ]
    actors = [
        Actor("x|u|1", "x", "1", "rosidah1", "Rosidah Paujiah", "Guru SDN 2 Rantau", None),
        Actor("x|u|2", "x", "2", "rosidah2", "Rosidah Paujiah", "Guru SD Negeri 5 Lebong", None),
        # another school with the same number: the shared "2" is no shared workplace
        Actor("x|u|3", "x", "3", "sukmawati", "Sukmawati", "Guru SDN 2 Rantau", None),
        Actor("x|u|4", "x", "4", "sukma_w", "Sukmawati", "Guru SMPN 2 Pammana", None),
        Actor("x|u|5", "x", "5", "sukma_x", "Sukmawati", "Guru MTs Swasta", None),  # private
    ]
    pairs = [(a.key, n) for a, n in zip(actors, [nip, nip, smp, smp, smp], strict=True)]
    g = _pair_gammas(employees, [("AG", "Pemkab Lebong", "17.07")], actors, pairs)
    assert _label(g, pairs[0], "bio") == "names another workplace"
    # her own school, in her regency: the strongest thing a bio says of work
    assert _label(g, pairs[1], "bio") == "names numbered unit"
    assert _label(g, pairs[2], "bio") == "names another workplace"
    assert not corroborated(g[pairs[2]])
    assert _label(g, pairs[3], "bio") == "names unit/position"
    assert _label(g, pairs[4], "bio") == "names another workplace"


def test_a_bio_naming_another_local_government_names_another_workplace() -> None:
    from netra.linkage.model import agency_govs, bio_clauses, bio_govs, build_vocabulary

    agencies = [
        ("KAB-6310", "Pemerintah Kabupaten Tanah Bumbu", "63.10"),
        ("KAB-6402", "Pemerintah Kabupaten Kutai Kartanegara", "64.02"),
        ("PROV-63", "Pemerintah Provinsi Kalimantan Selatan", "63"),
        ("KEMENAG", "Kementerian Agama Republik Indonesia", None),
        ("DISKES", "Dinas Kesehatan", None),
    ]
    vocab = build_vocabulary([], agencies)

    def govs(bio: str) -> list[str]:
        return bio_govs(bio_clauses(bio), vocab.places, vocab.agency_places)

    assert govs("ASN Pemkab Tapin") == ["63.05"]  # a regency no agency names
    assert govs("ASN Pemkab Tanbu") == govs("Pemerintah Kabupaten Tanah Bumbu") == ["63.10"]
    assert govs("PNS Pemkab Kukar") == ["64.02"]  # a shortening of an agency's place
    assert govs("Abdi negara @ Pemprov Kalsel") == ["63"]
    assert govs("ASN Pemkab tercinta") == govs("ASN Pemkab kita") == []  # not a place
    assert govs("ASN Pemkab | Ayah 2 anak") == []  # the place ends with the clause
    assert govs("Tenaga kontrak Pemkab Tanah Bumbu") == []  # not a civil servant's workplace
    assert agency_govs("Kementerian Agama Republik Indonesia", None) == ["-"]
    assert agency_govs("Dinas Kesehatan", None) == []

    tb, kemenag, prov = "198006052010122031", "197507022004022019", "198209052022121023"
    employees = [
        Employee(tb, "Rosidah Paujiah", "KAB-6310", "Dinas Kesehatan", "Perawat", "63.10"),
        Employee(kemenag, "Benediktus Bilung", "KEMENAG", "MIN 2 Gowa", "Guru", "73.06"),
        Employee(prov, "Aulia Rahmi", "PROV-63", "Biro Umum", "Analis", "63.71"),
    ]
    actors = [
        Actor("x|u|1", "x", "1", "rosidah.p", "Rosidah Paujiah", "ASN Pemkab Tapin", None),
        Actor("x|u|2", "x", "2", "rosidah.q", "Rosidah Paujiah", "ASN Pemkab Tanbu", None),
        Actor("x|u|3", "x", "3", "bilung", "Benediktus Bilung", "ASN Pemkab Gowa", None),
        Actor("x|u|4", "x", "4", "aulia.r", "Aulia Rahmi", "PNS Pemprov Kalsel", None),
        Actor("x|u|5", "x", "5", "aulia.s", "Aulia Rahmi", "PNS Pemkab Tanah Bumbu", None),
        Actor("x|u|6", "x", "6", "r.t", "Rosidah Paujiah", "Tenaga kontrak Pemkab Tanbu", None),
        # the province's government is not the regency's (a kind of workplace the agency's
        # name lacks: `_OTHER_WORK`)
        Actor("x|u|7", "x", "7", "r.u", "Rosidah Paujiah", "ASN Pemprov Kalsel", None),
    ]
    owners = [tb, tb, kemenag, prov, prov, tb, tb]
    pairs = [(a.key, n) for a, n in zip(actors, owners, strict=True)]
    g = _pair_gammas(employees, agencies, actors, pairs)
    labels = [_label(g, p, "bio") for p in pairs]
    assert labels == [
        "names another workplace",
        "names agency",
        "names another workplace",
        "names agency",
        "names another workplace",
        "names another workplace",
        "names another workplace",
    ]
    assert [corroborated(g[p]) for p in pairs] == [False, True, False, True, False, False, False]


def test_a_bio_naming_the_kind_of_unit_corroborates() -> None:
    satpol = "197708252010022436"
    employees = [
        Employee(
            satpol, "Sukardi, S.Kes.", "AG", "Satuan Polisi Pamong Praja",
            "Polisi Pamong Praja Terampil", "17.07",
        ),
    ]  # fmt: skip
    actors = [
        Actor("x|u|1", "x", "1", "sukardi714", "Sukardi", "Polisi Pamong Praja Terampil", None),
        Actor("x|u|2", "x", "2", "sukardi715", "Sukardi", "Perawat RSUD", None),
    ]
    pairs = [(a.key, satpol) for a in actors]
    g = _pair_gammas(employees, [("AG", "Pemkab Lebong", "17.07")], actors, pairs)
    assert _label(g, pairs[0], "bio") == "names unit type"
    assert corroborated(g[pairs[0]])
    # A hospital nurse's bio names another workplace than the Satpol PP.
    assert _label(g, pairs[1], "bio") == "names another workplace"


def test_a_jakarta_employee_living_in_the_commuter_belt_weighs_only() -> None:
    employees = [
        Employee("196704171998112273", "Lina Yulianti", "KEMENKEU", "Biro", "Analis", "31.73")
    ]
    actors = [
        Actor("x|u|1", "x", "1", "lina.y", "Lina Yulianti", None, "Bekasi"),
        Actor("x|u|2", "x", "2", "lina.yy", "Lina Yulianti", None, "Jakarta"),
        Actor("x|u|3", "x", "3", "lina.yyy", "Lina Yulianti", None, "Bandung"),
    ]
    pairs = [(a.key, "196704171998112273") for a in actors]
    g = _pair_gammas(employees, [("KEMENKEU", "Kemenkeu", "31.73")], actors, pairs)
    levels = [(level_of("region", g[p]["region"]) or ("", ""))[1] for p in pairs]
    assert levels == ["same metro area", "same province", "other province"]
    assert not corroborated(g[pairs[0]]) and not contradicted(g[pairs[0]])
    assert weak_facts(g[pairs[0]]) == []  # the belt is not even a weak fact
    # the province is where hundreds of namesakes live: not even a weak fact
    assert weak_facts(g[pairs[1]]) == [] and not corroborated(g[pairs[1]])
    assert contradicted(g[pairs[2]])


def test_a_contradiction_vetoes_only_where_the_labels_say_employees_never_show_it() -> None:
    from netra.linkage.model import (
        BIO_LEVELS,
        CONTRADICTING,
        REGION_LEVELS,
        TrainingReport,
        contradicted,
        vetoes,
    )

    assert vetoes(None) == CONTRADICTING
    report = TrainingReport(
        m_probabilities={
            "region": {"other province": 0.001},  # -9.7 bits: a veto
            "bio": {"names another workplace": 0.05},  # -3.1 bits: civil servants who study
        },
        u_probabilities={
            "region": {"other province": 0.85},
            "bio": {"names another workplace": 0.43},
        },
    )
    veto = vetoes(report)
    assert veto == {"region": frozenset({"other province"})}
    # gamma 0 is the last level: "other province" for the region, "unrelated" for the bio.
    assert REGION_LEVELS[-1][1] == "other province" and BIO_LEVELS[-1][1] == "unrelated"
    another_workplace = (
        len(BIO_LEVELS) - 1 - [lv[1] for lv in BIO_LEVELS].index("names another workplace")
    )
    assert contradicted({"region": 0}, veto)
    assert not contradicted({"bio": another_workplace}, veto)  # only weighs here
    assert contradicted({"bio": another_workplace})  # the default: every contradicting level
    assert not contradicted({"region": 0}, {})


def _gamma(comparison: str, label: str) -> int:
    return next(
        g for g in range(12) if (lv := level_of(comparison, g)) is not None and lv[1] == label
    )


def test_corroboration_needs_more_than_a_name() -> None:
    assert not corroborated({"name": 7, "region": -1, "bio": -1, "cooc": -1})
    assert not corroborated({"name": 7, "region": 0, "bio": 0, "cooc": 0})
    assert corroborated({"name": 7, "region": -1, "bio": -1, "cooc": 1})
    assert corroborated({"name": 7, "bio": _gamma("bio", "names agency")})


def test_where_the_account_lives_corroborates_a_name_only_with_another_weak_fact() -> None:
    regency = {"name": 7, "region": _gamma("region", "same regency")}
    place_in_bio = {"bio": _gamma("bio", "names place")}
    birth = {"birth": _gamma("birth", "birth year")}
    # namesakes in the employee's own town show the name and the town
    assert not corroborated(regency)
    assert not corroborated({**regency, **place_in_bio})  # one fact said twice
    assert weak_facts({**regency, **place_in_bio}) == ["residence"]
    assert not corroborated({"name": 7, **birth})
    assert corroborated({**regency, **birth})
    assert corroborated({"name": 7, **place_in_bio, **birth})
    assert corroborated({**regency, "bio": _gamma("bio", "says civil servant")})
    assert corroborated({**regency, "graph": _gamma("graph", "agency colleagues")})
    # one colleague somewhere in the agency is no fact at all (strangers show it as often)
    assert not corroborated({**regency, "graph": _gamma("graph", "agency colleague")})
    # weak facts do not outweigh a bio naming another workplace ("Guru SDN 2 Rantau")...
    other = {"bio": _gamma("bio", "names another workplace")}
    assert not corroborated({**regency, **other, "graph": _gamma("graph", "agency colleagues")})
    # ...while a location in another province (a home town) does not stop them
    far = {"name": 7, "region": _gamma("region", "other province")}
    assert corroborated({**far, "bio": _gamma("bio", "civil servant in place")})


def test_two_big_unit_colleagues_corroborate_only_where_trained_strong() -> None:
    from netra.linkage.model import (
        CORROBORATING,
        GRAPH_LEVELS,
        TrainingReport,
        corroborators,
        evidence_levels,
    )

    big2 = len(GRAPH_LEVELS) - 1 - [lv[1] for lv in GRAPH_LEVELS].index("big-unit colleagues")
    big1 = big2 - 1  # "big-unit colleague": one colleague, never enough
    assert corroborators(None) == CORROBORATING
    assert not corroborated({"graph": big2}, corroborators(None))

    def trained(m: float, u: float) -> TrainingReport:
        return TrainingReport(
            m_probabilities={"graph": {"big-unit colleagues": m}},
            u_probabilities={"graph": {"big-unit colleagues": u}},
        )

    # Many units in a small roster (+3.6 bits): two colleagues in one of them corroborate.
    assert corroborated({"graph": big2}, corroborators(trained(0.19, 0.015)))
    assert not corroborated({"graph": big1}, corroborators(trained(0.19, 0.015)))
    # A unit holding much of everyone's declared accounts (-2.2 bits): they only weigh.
    assert not corroborated({"graph": big2}, corroborators(trained(0.001, 0.0047)))
    # Evaluation counts the level as evidence besides the name either way.
    assert corroborated({"graph": big2}, evidence_levels())


def test_cli_link_run_and_eval_on_a_synthetic_bundle(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from netra.cli.main import app
    from netra.synth.generator import generate_bundle

    runner = CliRunner()
    bundle = tmp_path / "b"
    generate_bundle(bundle, employees=200, seed=3)
    ws = str(tmp_path / "ws")
    res = runner.invoke(app, ["scan", str(bundle), "-o", str(tmp_path / "f.jsonl"), "-w", ws, "-q"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "links.csv"
    res = runner.invoke(app, ["link", "run", "-w", ws, "--out", str(out)])
    assert res.exit_code == 0, res.output
    header = out.read_text("utf-8").splitlines()[0]
    assert header == (
        "platform,user_id,handle,display_name,nip,probability,second_nip,second_probability,"
        "evidence,status"
    )
    res = runner.invoke(app, ["link", "eval", "-w", ws, "--truth", str(bundle / "truth")])
    assert res.exit_code == 0, res.output
    assert "precision" in res.output and "namesake" in res.output
    assert "besides the name" in res.output and "name only" in res.output
    res = runner.invoke(app, ["link", "eval", "-w", ws, "--truth", str(tmp_path)])
    assert res.exit_code == 4  # no links.jsonl there


def test_only_scores_the_given_accounts_and_keeps_other_links(tmp_path: Path) -> None:
    db = Database(Workspace.at(tmp_path / "ws"))
    import_bundle(db, _bundle(tmp_path / "b"))
    propose_links(db, actor="test")
    part = propose_links(db, actor="test", only=[("x", "7002", None), ("x", None, "warga3")])
    assert {r.user_id for r in part.rows} == {"7002", "8003"}
    # 7001 was not scored this time: its probable link of the full run stays.
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.user_id == "7001")).one()
        assert (acc.nip, acc.link_method) == (NIP_RARE, "probable")
    db.dispose()


def test_a_prepared_roster_gives_the_same_links(
    linked: tuple[Database, LinkReport], tmp_path: Path
) -> None:
    db, report = linked
    prepared = prepare_roster(db)
    try:
        again = propose_links(db, threshold=0.9, margin=0.2, write=False, roster=prepared)
    finally:
        prepared.close()

    # The same links; probabilities equal up to the order DuckDB sums floats in.
    def key(r: LinkRow) -> tuple[object, ...]:
        return (r.platform, r.user_id, r.nip, r.second_nip, r.status, r.evidence)

    assert [key(r) for r in again.rows] == [key(r) for r in report.rows]
    for a, b in zip(again.rows, report.rows, strict=True):
        assert a.probability == pytest.approx(b.probability, rel=1e-9, abs=1e-12)
        assert a.second_probability == pytest.approx(b.second_probability, rel=1e-9, abs=1e-12)
    assert not list((db.workspace.root / "tmp").glob("roster-*"))  # nothing left behind


def test_detect_links_the_accounts_behind_findings(tmp_path: Path) -> None:
    db = Database(Workspace.at(tmp_path / "ws"))
    import_bundle(db, _bundle(tmp_path / "b"))
    result = detect(db, policy="id", timezone="Asia/Jakarta", probable_links=ProbableLinks())
    by_event = {f["event_ids"][0]: f for f in result.findings}
    assert by_event["e7001"]["nip"] == NIP_RARE
    assert by_event["e7001"]["link"]["method"] == "probable"
    for uid in ("7002", "7003", "7004"):
        assert by_event[f"e{uid}"]["nip"] is None, uid
    db.dispose()


def test_graph_contacts_come_from_events_and_never_the_account_itself(tmp_path: Path) -> None:
    from netra.linkage.model import Contact, temp_table
    from netra.linkage.service import _actors

    cols = "platform action actor_user_id actor_handle target_author_user_id target_author_handle"
    rows = [
        # an undeclared account likes two colleagues' posts and follows its owner's main account
        ("x", "like", "u1", "alt", "d1", "siti"),
        ("x", "like", "u1", "alt", "d2", None),
        ("x", "follow", "u1", "alt", None, "main"),
        ("x", "post", "u1", "alt", None, None),
        # a handle-only sighting of the same account adds nothing new; of another adds its own
        ("x", "share", None, "alt", "d1", "siti"),
        ("x", "share", None, "ghost", "d2", None),
        # a declared account replying in its own thread does not vouch for itself
        ("x", "reply", "d1", "siti", "d1", "siti"),
        ("x", "comment", "d1", "siti", "d9", None),
    ]
    con = duckdb.connect()
    data = {c: [r[i] for r in rows] for i, c in enumerate(cols.split())}
    data.update(
        actor_display_name=[None] * len(rows),
        actor_bio=[None] * len(rows),
        actor_location=[None] * len(rows),
        occurred_at=[None] * len(rows),
        import_id=[1] * len(rows),
        line_no=list(range(1, len(rows) + 1)),
    )
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(data).cast(
        pa.schema(
            [(c, pa.string()) for c in data if c not in ("occurred_at", "import_id", "line_no")]
            + [("occurred_at", pa.timestamp("us", tz="UTC"))]
            + [("import_id", pa.int64()), ("line_no", pa.int64())]
        )
    )
    pq.write_table(table, tmp_path / "ev.parquet")
    known = [
        ("x", "d1", "siti", "N1", "AG", "Dinas A"),
        ("x", "d2", "rina", "N2", "AG", "Dinas B"),
        ("x", "d3", "main", "N3", "AG", "Dinas A"),
    ]
    temp_table(con, "known", ["platform", "user_id", "handle", "nip", "agency", "unit"], known)
    temp_table(con, "tgt", ["platform", "user_id", "handle"], [])
    temp_table(con, "only_actors", ["platform", "user_id", "handle"], [])
    got = {a.key: a for a in _actors(con, [str(tmp_path / "ev.parquet")])}
    alt = got["x|u|u1"]
    assert [c.nip for c in alt.contacts] == ["N1", "N2", "N3"]
    assert alt.contacts[0] == Contact("N1", "AG", "Dinas A", pytest.approx(2 / 3))
    assert [c.nip for c in got["x|h|ghost"].contacts] == ["N2"]
    siti = got["x|u|d1"]
    assert siti.declared_nip == "N1" and siti.contacts == ()  # d9 is nobody's declared account


def test_graph_evidence_corroborates_and_is_explained() -> None:
    from netra.linkage.model import (
        Actor,
        Contact,
        Employee,
        Proposal,
        _explain_graph,
        level_of,
    )

    def gamma(comparison: str, label: str) -> int:
        return next(
            g for g in range(8) if (lv := level_of(comparison, g)) is not None and lv[1] == label
        )

    base = {"name": 7, "region": -1, "bio": -1, "cooc": -1}
    assert corroborated({**base, "graph": gamma("graph", "unit colleague"), "own": -1})
    assert corroborated({**base, "graph": -1, "own": gamma("own", "own account")})
    # colleagues somewhere in a big agency are no evidence a stranger could not have
    assert not corroborated({**base, "graph": gamma("graph", "agency colleagues"), "own": 0})
    emp = Employee("N0", "Budi Santoso", "AG", "Dinas A", "Guru", "17.06")
    actor = Actor(
        "x|u|u1",
        "x",
        "u1",
        "alt",
        "Budi",
        None,
        None,
        contacts=(
            Contact("N0", "AG", "Dinas A", 0.01),
            Contact("N1", "AG", "Dinas A", 0.01),
            Contact("N2", "AG", "Dinas A", 0.01),
            Contact("N3", "OTHER", "Dinas Z", 0.01),
        ),
    )
    prop = Proposal(
        "x|u|u1",
        "N0",
        0.95,
        None,
        0.0,
        20.0,
        1,
        {**base, "graph": gamma("graph", "unit colleagues"), "own": gamma("own", "own account")},
    )
    text = _explain_graph(prop, actor, emp) or ""
    assert "own declared account on x" in text
    assert "2 colleague(s) in the employee's unit 'Dinas A' (N1, N2)" in text
    assert "4 employee(s)' declared accounts in all" in text
    away = Proposal("x|u|u1", "N0", 0.1, None, 0.0, 1.0, 1, {**base, "graph": 0, "own": -1})
    strangers = Actor(
        "x|u|u1", "x", "u1", "alt", "Budi", None, None, contacts=(Contact("N3", "OTHER", None),)
    )
    assert "none in the employee's agency AG (weighs against)" in (
        _explain_graph(away, strangers, emp) or ""
    )


def test_big_unit_colleagues_weigh_but_never_corroborate() -> None:
    from netra.linkage.model import Actor, Contact, Employee, Proposal, _explain_graph, level_of

    def gamma(label: str) -> int:
        return next(
            g for g in range(8) if (lv := level_of("graph", g)) is not None and lv[1] == label
        )

    base = {"name": 7, "region": -1, "bio": -1, "cooc": -1, "own": -1}
    assert not corroborated({**base, "graph": gamma("big-unit colleague")})
    emp = Employee("N0", "Budi Santoso", "AG", "Dinas Besar", "Guru", "17.06")
    actor = Actor(
        "x|u|u1",
        "x",
        "u1",
        "alt",
        "Budi",
        None,
        None,
        contacts=(Contact("N1", "AG", "Dinas Besar", 0.2),),
    )
    prop = Proposal("x|u|u1", "N0", 0.5, None, 0.0, 10.0, 1, {**base, "graph": 3})
    prop.gammas["graph"] = gamma("big-unit colleague")
    text = _explain_graph(prop, actor, emp) or ""
    assert "in the employee's big unit 'Dinas Besar' (N1)" in text and ": weak" in text


def test_pair_gammas_and_m_from_labels_cover_every_level() -> None:
    from netra.linkage.model import (
        Actor,
        Employee,
        ModelConfig,
        RosterStore,
        accounts_table,
        employees_arrow,
        level_of,
        pair_gammas,
    )

    employees = [
        Employee(f"N{i}", name, "AG", f"Unit {i % 7}", "Guru", "17.06")
        for i, name in enumerate(
            ["Darijan"] * 3 + [f"Budi Santoso{chr(97 + i % 26)}" for i in range(60)]
        )
    ]
    agencies = [("AG", "Pemerintah Kabupaten Mukomuko", "17.06")]
    store = RosterStore([employees_arrow(employees)], agencies, {}, config=ModelConfig())
    try:
        actors = [Actor("x|u|1", "x", "1", "darijan", "Darijan", None, "Mukomuko")]
        g = pair_gammas(store, accounts_table(actors, store.vocab), [("x|u|1", "N0")])
    finally:
        store.close()
    gam = g[("x|u|1", "N0")]
    assert (level_of("name", gam["name"]) or ("", ""))[1] == "exact name"
    assert (level_of("region", gam["region"]) or ("", ""))[1] == "same regency"
    assert not corroborated(gam)  # where the account lives is a weak fact only


def test_one_word_names_are_rarer_than_their_word_when_few_accounts_show_one_word() -> None:
    from netra.linkage.model import (
        Actor,
        Employee,
        LinkModel,
        ModelConfig,
        RosterStore,
        accounts_table,
        employees_arrow,
    )

    names = ["Darijan"] + [f"Darijan Putra{chr(97 + i)}" for i in range(9)]
    names += [f"Budi Santoso{chr(97 + i % 26)}{i}" for i in range(90)]
    employees = [Employee(f"N{i}", n, "AG", "U", "Guru", "17.06") for i, n in enumerate(names)]
    cfg = ModelConfig(em=False)
    store = RosterStore([employees_arrow(employees)], [("AG", "Pemkab", "17.06")], {}, config=cfg)
    # One account in ten shows a single word.
    actors = [Actor(f"x|u|{i}", "x", str(i), None, f"Anu Nama{i}", None, None) for i in range(18)]
    actors += [Actor("x|u|d", "x", "d", None, "Darijan", None, None)]
    model = LinkModel(store, accounts_table(actors, store.vocab), store.vocab, config=cfg)
    try:
        tf = model.con.execute("SELECT tf_rk_full FROM _tf_rk_full WHERE rk_full = 'e:N0'")
        value = tf.fetchall()[0][0]
    finally:
        model.close()
    shown = model.report.shown_share[1]
    assert shown == pytest.approx(2 / 21)  # (1 + 1) / (19 + 2)
    # "darijan" is carried by 10 of 100 employees; a stranger shows only it 1 time in ~10.
    assert value == pytest.approx(10 / 100 * shown)


def test_m_from_declared_accounts_sets_every_level_and_spares_handle_reuse() -> None:
    from netra.linkage.model import (
        NAME_LEVELS,
        Actor,
        Employee,
        LinkModel,
        ModelConfig,
        RosterStore,
        accounts_table,
        employees_arrow,
    )

    fake = Faker("id_ID")
    fake.seed_instance(5)
    employees = [
        Employee(f"N{i}", f"{fake.first_name()} {fake.last_name()}", "AG", "U", "Guru", "17.06")
        for i in range(60)
    ]
    cfg = ModelConfig(em=False)
    store = RosterStore([employees_arrow(employees)], [("AG", "Pemkab", "17.06")], {}, config=cfg)
    # 40 declared accounts showing exactly their owner's name, 5 undeclared strangers
    labels = [
        Actor(f"x|u|{i}", "x", str(i), None, e.name, None, None, declared_nip=e.nip)
        for i, e in enumerate(employees[:40])
    ]
    others = [Actor(f"x|u|s{i}", "x", f"s{i}", None, "Anu Siapa", None, None) for i in range(5)]
    model = LinkModel(
        store,
        accounts_table(labels + others, store.vocab),
        store.vocab,
        config=cfg,
        labels=[(a.key, a.declared_nip or "") for a in labels],
    )
    try:
        report = model.train()
    finally:
        model.close()
    m = report.m_probabilities["name"]
    k = len(NAME_LEVELS)
    assert m["exact name"] == pytest.approx((40 + 1) / (40 + k), rel=0.05)
    # a level no label reaches gets add-one mass, not what the prior left there
    assert m["same tokens"] < 0.03
    # handle reuse cannot show among labels: its m is not taken from them
    assert report.m_probabilities["cooc"]["same handle elsewhere"] > 0.1


def test_a_handle_of_one_name_word_and_digits_is_weaker_evidence() -> None:
    employees = [
        Employee("N0", "Intan", "AG", "U", "Guru", "17.06"),
        Employee("N1", "Budi Santoso", "AG", "U", "Guru", "17.06"),
    ]
    declared = {"N0": [("x", "intan91")], "N1": [("x", "budi.s_1980")]}
    actors = [
        Actor("ig|u|1", "instagram", "1", "intan91", "Intan", None, None),
        Actor("ig|u|2", "instagram", "2", "budis1980", "Budi", None, None),
    ]
    pairs = [("ig|u|1", "N0"), ("ig|u|2", "N1")]
    g = _pair_gammas(employees, [("AG", "Pemkab", "17.06")], actors, pairs, declared)

    def label(key: tuple[str, str]) -> str:
        return (level_of("cooc", g[key]["cooc"]) or ("", ""))[1]

    assert label(("ig|u|1", "N0")) == "same name-and-digits handle elsewhere"
    assert label(("ig|u|2", "N1")) == "same handle elsewhere"


def test_a_bio_place_and_affiliations_in_the_display_name() -> None:
    nip = "198112202008102533"
    employees = [
        Employee(nip, "Restu Prayoga, S.Pd.", "JATIM", "Dinas Pendidikan", "Guru", "35.78")
    ]
    actors = [
        # the city twice (location and bio) is one fact, not two
        Actor("x|u|1", "x", "1", "restu.p", "Restu Prayoga", "Warga Surabaya", "Surabaya"),
        # a private job in the bio: the place there says nothing of a civil servant's work
        Actor("x|u|2", "x", "2", "restu.q", "Restu Prayoga", "Sales di Surabaya", None),
        Actor("x|u|3", "x", "3", "restu.r", "Restu Prayoga", "Warga Surabaya", None),
        # the province as people abbreviate it, and an affiliation after the name
        Actor("x|u|4", "x", "4", "restu.s", "Restu Prayoga (ASN Pemprov Jatim)", None, None),
    ]
    agencies = [("JATIM", "Pemerintah Provinsi Jawa Timur", "35")]
    g = _pair_gammas(employees, agencies, actors, [(a.key, nip) for a in actors])

    def label(account: str, comparison: str) -> str | None:
        return _label(g, (account, nip), comparison)

    assert label("x|u|1", "region") == "same regency"
    assert label("x|u|1", "bio") != "names place"
    assert label("x|u|2", "bio") == "names another workplace"
    assert label("x|u|3", "bio") == "names place"
    assert label("x|u|4", "bio") == "names agency"
    assert label("x|u|4", "name") == "exact name"  # the affiliation is not part of the name


def test_u_from_random_pairs_is_deterministic(tmp_path: Path) -> None:
    from netra.synth.generator import generate_bundle

    bundle = tmp_path / "b"
    generate_bundle(bundle, employees=400, seed=5)
    db = Database(Workspace.at(tmp_path / "ws"))
    import_bundle(db, bundle)
    first = propose_links(db, write=False).training
    again = propose_links(db, write=False).training
    assert first is not None and again is not None
    assert first.u_probabilities == again.u_probabilities  # the same draws every run
    region = first.u_probabilities["region"]
    assert abs(sum(region.values()) - 1) < 1e-9 and region["other province"] > 0


def test_a_town_after_the_display_name_where_the_account_lives_is_not_a_name_word() -> None:
    from netra.linkage.model import actor_names, build_vocabulary

    vocab = build_vocabulary([], [("AG", "Pemkab Badung", "51.03")])
    kuta = Actor("x|u|1", "x", "1", "kuta7297", "Made Sudirta Kuta", None, "Kuta, Badung")
    elsewhere = Actor("x|u|2", "x", "2", "mds", "Made Sudirta Kuta", None, "Denpasar")
    assert actor_names(kuta, vocab).display.tokens == ("made", "sudirta")
    assert actor_names(elsewhere, vocab).display.tokens == ("made", "sudirta", "kuta")


def test_sumatran_bios_that_name_other_work_or_another_government() -> None:
    agencies = [
        ("PEMA", "Pemerintah Aceh", "11"),
        ("PEMKO-MDN", "Pemerintah Kota Medan", "12.71"),
        ("KEMENAG-12", "Kantor Wilayah Kementerian Agama Provinsi Sumatera Utara", "12"),
    ]
    aceh, medan, kemenag = "198204272004071439", "197303052004081852", "197009221993111881"
    employees = [
        Employee(aceh, "Teuku Khairul Yusuf", "PEMA", "Dinas Kesehatan Aceh", "Bidan", "11.71"),
        Employee(medan, "Samuel Simanjuntak", "PEMKO-MDN", "SMP Negeri 3 Medan", "Guru", "12.71"),
        Employee(kemenag, "Otanius Giawa", "KEMENAG-12", "Bidang Penmad", "Analis", "12.71"),
    ]
    actors = [
        Actor("x|u|1", "x", "1", "tk1", "Teuku Khairul Yusuf", "Bidan desa (non-ASN)", None),
        Actor("x|u|2", "x", "2", "tk2", "Teuku Khairul Yusuf", "Sopir travel Banda Aceh", None),
        Actor("x|u|3", "x", "3", "tk3", "Teuku Khairul Yusuf", "ASN Pemerintah Aceh", None),
        Actor("x|u|4", "x", "4", "sam1", "Samuel Simanjuntak", "Guru les privat", None),
        Actor("x|u|5", "x", "5", "sam2", "Samuel Simanjuntak", "PNS Pemko Binjai", None),
        Actor("x|u|6", "x", "6", "sam3", "Samuel Simanjuntak", "ASN Pemko Medan", None),
        Actor("x|u|7", "x", "7", "ota1", "Otanius Giawa", "PNS Kemenkumham Sumut", None),
    ]
    owners = [aceh, aceh, aceh, medan, medan, medan, kemenag]
    pairs = [(a.key, n) for a, n in zip(actors, owners, strict=True)]
    g = _pair_gammas(employees, agencies, actors, pairs)
    assert [_label(g, p, "bio") for p in pairs] == [
        "names another workplace",  # not a civil servant
        "names another workplace",  # a driver's, not the agency "Pemerintah Aceh" by its place
        "names agency",
        "names another workplace",  # private tutoring
        "names another workplace",  # another city's government
        "names agency",
        "names another workplace",  # another ministry
    ]


def test_likes_of_posts_do_not_outweigh_a_bio_naming_another_workplace() -> None:
    unit = {"graph": _gamma("graph", "unit colleagues")}
    assert corroborated(unit)
    assert not corroborated({**unit, "bio": _gamma("bio", "names another workplace")})
    # what the bio itself says of the employee still does
    assert corroborated({"bio": _gamma("bio", "names agency")})


def test_an_account_presenting_itself_as_someones_official_account_is_not_attributed() -> None:
    from netra.linkage.service import claims_official

    def actor(display: str, bio: str | None, handle: str = "x") -> Actor:
        return Actor("x|u|1", "x", "1", handle, display, bio, None)

    assert claims_official(actor("Siti Aminah Daulay, A.Md.Kep. (Official)", None))
    assert claims_official(actor("Sabar Napitupulu", "Akun resmi Kepala KUA Kota Medan"))
    assert claims_official(actor("Mara Harahap", "Official account of Mara Harahap, Kabid"))
    # the handle too: impersonators mark their copies so at least as often as people do
    assert claims_official(actor("Jumadi Fauzi", "Camat", handle="jumadiofficial71"))
    assert claims_official(actor("Arif Santoso", "Guru SDN 2", handle="arif_official"))
    assert claims_official(actor("Daliono", "Camat", handle="dalionoanggriawan_offici"))
    assert not claims_official(actor("Arif Santoso", "Guru SDN 2", handle="arif_real"))
    assert not claims_official(actor("Arif Santoso", "Satpol PP", handle="arif.officer"))
    assert not claims_official(actor("Arif Santoso", "Guru SDN 2 | resmikan perpustakaan"))
    # Resmi is a woman's name as well
    assert not claims_official(actor("Resmi Wati", "Guru SDN 2", handle="resmiwati"))
    assert claims_official(actor("Resmi Wati (resmi)", None))


def test_an_account_saying_it_replaces_or_doubles_the_persons_account_is_not_attributed() -> None:
    from netra.linkage.service import claims_replacement

    def actor(display: str, bio: str | None) -> Actor:
        return Actor("x|u|1", "x", "1", "h", display, bio, None)

    assert claims_replacement(
        actor("Zulaikha, S.Pd.", "Kepala SDN 55 | akun baru, yang lama dihack")
    )
    assert claims_replacement(actor("Deisy Rumengan", "Akun kedua. ASN Unsrat"))
    assert claims_replacement(actor("Irwan Daud (akun baru)", "Guru"))
    assert claims_replacement(actor("Nur T.", "Akun lama saya diretas"))
    assert not claims_replacement(actor("Arif Santoso", "Guru SDN 2 | berhak bahagia"))
    assert not claims_replacement(actor("Arif Santoso", "Pecinta akun-akun kuliner"))


def test_english_bios_and_short_names_of_offices_name_the_employees_work() -> None:
    from netra.linkage.model import bio_clauses, bio_govs, build_vocabulary, org_words

    vocab = build_vocabulary([], [("PEMKO", "Pemerintah Kota Medan", "12.71")])

    def govs(bio: str) -> list[str]:
        return bio_govs(bio_clauses(bio), vocab.places, vocab.agency_places)

    assert govs("Civil servant at Medan City Government") == ["12.71"]
    assert govs("Civil servant at North Sumatra Provincial Government") == ["12"]
    assert govs("Guru Pemkab") == []  # no place before or after
    assert org_words("Disparbud Toba") == org_words("Dinas Pariwisata Toba") == ["dispar", "toba"]
    assert org_words("Kantor Camat Idanogawo") == ["kecamatan", "idanogawo"]


def test_an_account_copying_the_name_of_the_employees_declared_account_is_not_attributed() -> None:
    from netra.linkage.service import copies_declared, same_display

    declared = {"198503122010011002": {("facebook", same_display("Endah Widajati, S.Pd."))}}

    def actor(display: str, platform: str = "facebook") -> Actor:
        return Actor(
            f"{platform}|u|1", platform, "1", "endah.widayati.official", display, None, None
        )

    nip = "198503122010011002"
    none = {"own": _gamma("own", "not own account")}
    # the name of her declared Facebook account, on Facebook, and no sign of knowing it
    assert copies_declared(actor("ENDAH WIDAJATI, S.Pd"), nip, none, declared)
    # a second account that engages with the declared one is hers
    own = {"own": _gamma("own", "own account")}
    assert not copies_declared(actor("Endah Widajati, S.Pd."), nip, own, declared)
    # another platform, another name, another employee: nothing copied
    assert not copies_declared(actor("Endah Widajati, S.Pd.", "x"), nip, none, declared)
    assert not copies_declared(actor("Bu Endah"), nip, none, declared)
    assert not copies_declared(actor("Endah Widajati, S.Pd."), "199001152015032001", none, declared)


def test_a_birth_date_in_the_handle_corroborates_and_city_nicknames_are_places() -> None:
    tris = "197810152005011003"  # born 15 October 1978
    employees = [
        Employee(tris, "Sutrisno, S.T.", "AG", "U", "Penata", "35.78"),
        Employee("198001022006041004", "Sutrisno", "AG", "U", "Staf", "35.78"),
    ]
    actors = [
        Actor("x|u|1", "x", "1", "sutrisno1510", "Sutrisno", None, None),
        Actor("x|u|2", "x", "2", "tris_151078", "Sutrisno", None, None),
        Actor("x|u|3", "x", "3", "sutrisno19781015", "Sutrisno", None, None),
        Actor("x|u|4", "x", "4", "sutrisno1015", "Sutrisno", None, "Kota Pahlawan"),
    ]
    pairs = [(a.key, tris) for a in actors]
    g = _pair_gammas(employees, [("AG", "Pemerintah Kota Surabaya", "35.78")], actors, pairs)
    for account in ("x|u|1", "x|u|2", "x|u|3"):
        assert _label(g, (account, tris), "birth") == "birth date"
        assert corroborated(g[(account, tris)])
    # month before day is not how Indonesians write a date
    assert _label(g, ("x|u|4", tris), "birth") == "other digits"
    # Surabaya by its nickname
    assert _label(g, ("x|u|4", tris), "region") == "same regency"


def test_a_private_tutors_bio_names_no_state_post_and_a_wife_goes_by_her_husbands_name() -> None:
    from netra.linkage.service import names_wife

    guru = "198207152008012012"
    employees = [
        Employee(guru, "Nur Laili Suryani, S.Pd.", "PEMKOT", "SMP Negeri 5 Semarang", "Guru IPA",
                 "33.74"),
    ]  # fmt: skip
    agencies = [("PEMKOT", "Pemerintah Kota Semarang", "33.74")]
    actors = [
        Actor("x|u|1", "x", "1", "laili1", "Nur Laili Suryani", "Guru IPA SMPN 5 Semarang", None),
        Actor("x|u|2", "x", "2", "laili2", "Nur Laili Suryani", "Guru les privat Matematika & IPA",
              None),
    ]  # fmt: skip
    pairs = [(a.key, guru) for a in actors]
    g = _pair_gammas(employees, agencies, actors, pairs)
    assert _label(g, pairs[0], "bio") == "names numbered unit"
    assert _label(g, pairs[1], "bio") == "names another workplace"

    husband, wife = "197505102001121003", "197811232005012004"  # sex digits 1 and 2

    def shown(display: str) -> Actor:
        return Actor("x|u|3", "x", "3", "dwp", display, "Pengurus DWP", None)

    assert names_wife(shown("Ibu Rudi Tri Cahyono"), husband)
    assert names_wife(shown("Bu Rudi"), husband)
    assert not names_wife(shown("Pak Rudi Tri Cahyono"), husband)
    assert not names_wife(shown("Ibu Sri Wahyuni"), wife)  # how a woman herself is called
