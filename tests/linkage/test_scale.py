"""The roster side at scale: batch features, SQL counts, roster-side blocking caps."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from netra.linkage.model import (
    Actor,
    Employee,
    LinkageError,
    LinkModel,
    ModelConfig,
    RosterPrefetch,
    RosterStore,
    accounts_table,
    build_vocabulary,
    employees_arrow,
    roster_table,
)
from netra.linkage.names import TokenStats, parse_name, phonetic, simple_name_tokens

AGENCIES = [("PEMKAB1706", "Pemerintah Kabupaten Mukomuko", "17.06")]


def _emp(i: int, name: str) -> Employee:
    return Employee(f"{i:018d}", name, "PEMKAB1706", "Dinas Pendidikan", "Guru SDN 3", "17.06")


NAMES = [
    "Dr. H. Wiryawan Kusumadewa, S.H.",
    "Budi Santoso",
    "Budi Santoso, S.Pd.",
    "Rachmat Hidayat",
    "Rahmat Hidayat",
    "Tgk. Ahmad Dahlan",
    "Budi S.",
    "Siti Aminah",
    "Hj. Siti Aminah, M.Si.",
    "Budi",
]


@pytest.mark.parametrize(
    "name",
    [
        *NAMES,
        "Dr. Budi SE",
        "M. Ali",
        "Dr.H.Ahmad Dahlan",
        "Pak Budi",
        "R Ajeng",
        "H. Dr. Budi",
        "Éva Müller",
        "Cut Nyak Dien",
    ],
)
def test_simple_name_tokens_agree_with_parse_name(name: str) -> None:
    head = name.partition(",")[0]
    toks = simple_name_tokens(head)
    parsed = parse_name(head)
    if toks is not None:
        assert toks == parsed.tokens and not parsed.initials and not parsed.weak


def test_store_gives_the_same_vocabulary_and_features_as_the_python_path() -> None:
    employees = [_emp(i, n) for i, n in enumerate(NAMES)]
    declared = {employees[1].nip: [("x", "budi_s88")]}
    # Three batches, in two worker processes.
    batches = [employees_arrow(employees[i : i + 4]) for i in range(0, len(employees), 4)]
    store = RosterStore(batches, AGENCIES, declared, config=ModelConfig(feature_workers=2))
    try:
        py = build_vocabulary(employees, AGENCIES)
        assert store.n == len(employees)
        assert store.vocab.stats.counts == py.stats.counts
        for e in employees:
            key = parse_name(e.name).key
            assert store.vocab.name_share(key) == py.name_share(key)
        rows = {
            r["unique_id"]: r
            for r in store.con.sql("SELECT * FROM b_roster").to_arrow_table().to_pylist()
        }
    finally:
        store.close()
    stats: TokenStats = py.stats
    for e in employees:
        r = rows[f"e:{e.nip}"]
        p = parse_name(e.name)
        strong = p.strong_tokens or p.tokens
        # The rarest strong token: least counted, ties alphabetical on the phonetic key.
        rare = min({phonetic(t) for t in strong}, key=lambda k: (stats.counts[k], k))
        assert r["rare"] == rare
        assert r["bk_tok"] == [rare]
        assert r["rare_bits"] == pytest.approx(stats.bits(rare))
        assert r["name_key"] == p.key
        assert r["tok_all"] == [phonetic(t) for t in p.tokens]
    assert rows[f"e:{employees[1].nip}"]["decl_sig"] == ["budis88"]
    # roster_table gives the same features (before the rarity columns are filled in SQL).
    table = roster_table(employees, py, declared).to_pylist()
    for t in table:
        r = rows[t["unique_id"]]
        for col in ("name_key", "name_full", "tok", "tok_all", "ini", "work", "reg", "prov"):
            assert t[col] == r[col], col


def _roster_rows(store: RosterStore) -> list[dict[str, object]]:
    table = store.con.sql("SELECT * FROM b_roster ORDER BY unique_id").to_arrow_table()
    return list(table.to_pylist())


def test_prefetched_features_make_the_same_store(tmp_path: Path) -> None:
    employees = [_emp(i, n) for i, n in enumerate(NAMES)]
    declared = {employees[1].nip: [("x", "budi_s88")]}
    batches = [employees_arrow(employees[i : i + 4]) for i in range(0, len(employees), 4)]
    folder = tmp_path / "features"
    prefetch = RosterPrefetch(batches, AGENCIES, declared, folder, config=ModelConfig())
    try:
        made = RosterStore(prefetch, AGENCIES, declared)
        try:
            got = _roster_rows(made)
            counts = made.vocab.stats.counts
        finally:
            made.close()
        # one Parquet file per batch, read back in roster order
        assert len(list(folder.glob("roster-features-*.parquet"))) == 3
    finally:
        prefetch.close()
    assert not folder.exists()  # close() leaves nothing behind
    # One batch, computed here: the same rows and counts.
    plain = RosterStore([employees_arrow(employees)], AGENCIES, declared)
    try:
        assert got == _roster_rows(plain)
        assert counts == plain.vocab.stats.counts
    finally:
        plain.close()


def test_prefetch_hands_a_worker_error_to_the_caller(tmp_path: Path) -> None:
    bad = pa.table({"nip": ["1"]})  # not the raw roster columns: the worker fails
    prefetch = RosterPrefetch([bad], AGENCIES, {}, tmp_path / "f", config=ModelConfig())
    try:
        with pytest.raises(KeyError):
            list(prefetch.tables())
    finally:
        prefetch.close()


def test_empty_roster_is_an_error() -> None:
    with pytest.raises(LinkageError):
        RosterStore([], AGENCIES, {})
    with pytest.raises(LinkageError):
        RosterStore([pa.table({f.name: [] for f in employees_arrow([]).schema})], AGENCIES, {})


def test_roster_side_cap_drops_big_blocks_and_keeps_rare_pairs() -> None:
    # 30 employees named Budi Santoso in one place, one Budi Kusumadewa.
    employees = [_emp(i, "Budi Santoso") for i in range(30)] + [_emp(99, "Budi Kusumadewa")]
    store = RosterStore([employees_arrow(employees)], AGENCIES, {})
    actors = [
        Actor("a1", "x", "1", "budi_santoso1", "Budi Santoso", None, "Mukomuko"),
        Actor("a2", "x", "2", "budikusumadewa", "Budi Kusumadewa", None, None),
    ]
    cfg = ModelConfig(max_block_employees=10, max_pair_block_employees=10, em=False)
    model = LinkModel(store, accounts_table(actors, store.vocab), store.vocab, config=cfg)
    try:
        model.predict()
        pairs = model.con.execute("SELECT account, nip FROM pairs").fetchall()
    finally:
        model.close()
    # Every key of a1 is carried by 30 employees: over the cap, no candidate; a2 finds hers.
    assert {a for a, _ in pairs} == {"a2"}
    assert ("a2", f"{99:018d}") in pairs
    assert model.report.blocked_keys_dropped >= 1
