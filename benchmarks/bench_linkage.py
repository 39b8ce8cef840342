"""Benchmark the account-to-roster linkage model at national scale.

    .venv/bin/python benchmarks/bench_linkage.py --roster 6000000 --accounts 1000000

Generates, with numpy (no Faker per row), a roster whose name words follow a Zipf law (a few
very common words such as Muhammad or Siti, a long tail of rare ones), titles and degrees,
agencies over ~500 regencies, and accounts: a share belonging to employees (display-name
variants, handles derived from names, sometimes a bio naming the agency or a location) and the
rest to other people drawn from the same name distribution (namesakes included). Then runs the
model as `propose_links` does (features, blocking, u by random sampling, EM, m from declared
accounts, prediction, resolution) and reports the wall time of each step, peak resident memory,
candidate pairs, and precision/recall against the generator's truth.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa

from netra.linkage.model import (
    RAW_ROSTER,
    Actor,
    Employee,
    LinkModel,
    ModelConfig,
    RosterStore,
    accounts_table,
    corroborated,
    resolve,
)

OUT = Path(__file__).resolve().parent / "out"

_ONSETS = ["", "b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y"]
_ONSETS += ["br", "pr", "tr", "sr", "ny", "ng", "kh", "sy"]
_VOWELS = ["a", "i", "u", "e", "o", "a", "i", "a"]
_CODAS = ["", "", "", "n", "ng", "r", "t", "s", "h", "l", "m"]
_TITLES_PRE = ["", "", "", "", "", "", "H.", "Hj.", "Dr.", "Ir.", "dr.", "Drs."]
_DEGREES = ["", "", "S.Pd.", "S.H.", "S.E.", "S.Kom.", "S.T.", "A.Md.", "S.Sos.", "M.Si.", "M.M."]
_POSITIONS = [
    "Guru SDN {n}",
    "Guru SMPN {n}",
    "Perawat Ahli Pertama",
    "Bidan Terampil",
    "Analis Kebijakan",
    "Pengadministrasi Umum",
    "Penyuluh Pertanian",
    "Auditor Ahli Pertama",
    "Staf Kecamatan",
    "Pranata Komputer",
]
_UNITS = ["Dinas Pendidikan", "Dinas Kesehatan", "RSUD", "Sekretariat Daerah", "Kecamatan"]
_OTHER_BIOS = ["Mahasiswa", "Wiraswasta", "Pedagang online", "Pecinta kopi", "", "", "Ojol"]


def _words(rng: np.random.Generator, n: int) -> list[str]:
    """n distinct pronounceable name words."""
    out: set[str] = set()
    while len(out) < n:
        k = int(rng.integers(2, 4))
        w = "".join(
            _ONSETS[int(rng.integers(len(_ONSETS)))]
            + _VOWELS[int(rng.integers(len(_VOWELS)))]
            + _CODAS[int(rng.integers(len(_CODAS)))]
            for _ in range(k)
        )
        if 3 <= len(w) <= 12:
            out.add(w.capitalize())
    return sorted(out)


def _zipf_choice(rng: np.random.Generator, n_vocab: int, size: int, a: float) -> np.ndarray:
    """Indices 0..n_vocab-1 drawn with probability ~ 1/(rank+1)^a."""
    p = 1.0 / np.arange(1, n_vocab + 1) ** a
    p /= p.sum()
    return rng.choice(n_vocab, size=size, p=p)


class World:
    """A synthetic roster and account population with known owners."""

    def __init__(self, n_roster: int, n_accounts: int, seed: int = 7) -> None:
        rng = np.random.default_rng(seed)
        self.rng = rng
        self.first = _words(rng, 30_000)
        self.last = _words(rng, 120_000)
        self.n_regions = 500
        self.regions = [f"{11 + i // 15:02d}.{1 + i % 15:02d}" for i in range(self.n_regions)]
        places = _words(rng, self.n_regions)
        self.agencies = [
            (f"KAB-{r}", f"Pemerintah Kabupaten {places[i]}", r) for i, r in enumerate(self.regions)
        ]
        n = n_roster
        self.f_idx = _zipf_choice(rng, len(self.first), n, 1.05)
        self.m_idx = _zipf_choice(rng, len(self.first), n, 1.05)
        self.l_idx = _zipf_choice(rng, len(self.last), n, 0.9)
        self.shape = rng.choice(3, size=n, p=[0.15, 0.6, 0.25])  # 1, 2 or 3 words
        self.region = rng.integers(self.n_regions, size=n)
        self.pre = rng.integers(len(_TITLES_PRE), size=n)
        self.deg = rng.integers(len(_DEGREES), size=n)
        self.pos = rng.integers(len(_POSITIONS), size=n)
        self.unit = rng.integers(len(_UNITS), size=n)
        self.num = rng.integers(1, 60, size=n)
        self.n = n
        self.n_accounts = n_accounts

    def plain(self, i: int) -> str:
        """The name without titles."""
        f, m, last = self.first[self.f_idx[i]], self.first[self.m_idx[i]], self.last[self.l_idx[i]]
        s = self.shape[i]
        return f if s == 0 else f"{f} {last}" if s == 1 else f"{f} {m} {last}"

    def employee(self, i: int) -> Employee:
        """Roster row i."""
        name = " ".join(x for x in (_TITLES_PRE[self.pre[i]], self.plain(i)) if x)
        if _DEGREES[self.deg[i]]:
            name += ", " + _DEGREES[self.deg[i]]
        r = self.regions[self.region[i]]
        return Employee(
            nip=f"{i:018d}",  # unique id only: the model never parses it
            name=name,
            agency_code=f"KAB-{r}",
            unit=_UNITS[self.unit[i]],
            position=_POSITIONS[self.pos[i]].format(n=self.num[i]),
            region_code=r,
        )

    def roster_batch(self, lo: int, hi: int) -> pa.Table:
        """Roster rows lo..hi as a raw Arrow table (`RAW_ROSTER`), built with numpy.

        The same rows as `employee(i)`, without a Python object per employee: this is what
        reading the roster table of a workspace in batches gives.
        """
        o = np.asarray
        first, last = o(self.first, dtype=object), o(self.last, dtype=object)
        f, m, la = first[self.f_idx[lo:hi]], first[self.m_idx[lo:hi]], last[self.l_idx[lo:hi]]
        s = self.shape[lo:hi]
        plain = np.where(s == 0, f, np.where(s == 1, f + " " + la, f + " " + m + " " + la))
        pre = o(_TITLES_PRE, dtype=object)[self.pre[lo:hi]]
        name = np.where(pre != "", pre + " " + plain, plain)
        deg = o(_DEGREES, dtype=object)[self.deg[lo:hi]]
        name = np.where(deg != "", name + ", " + deg, name)
        tmpl = self.pos[lo:hi]
        prefix = o([t.replace("{n}", "") for t in _POSITIONS], dtype=object)[tmpl]
        numbered = np.array(["{n}" in t for t in _POSITIONS])[tmpl]
        num = self.num[lo:hi].astype(str).astype(object)
        position = np.where(numbered, prefix + num, prefix)
        region = o(self.regions, dtype=object)[self.region[lo:hi]]
        nip = np.char.zfill(np.arange(lo, hi).astype(str), 18).astype(object)
        cols = {
            "nip": nip,
            "name": name,
            "agency_code": "KAB-" + region,
            "unit": o(_UNITS, dtype=object)[self.unit[lo:hi]],
            "position": position,
            "region_code": region,
        }
        return pa.table(
            {k: pa.array(v, type=pa.string()) for k, v in cols.items()}, schema=RAW_ROSTER
        )

    def roster_batches(self, batch: int = 250_000) -> Iterator[pa.Table]:
        """The raw roster in Arrow batches."""
        for lo in range(0, self.n, batch):
            yield self.roster_batch(lo, min(self.n, lo + batch))

    def accounts(
        self, employee_share: float = 0.4, declared: int = 20_000
    ) -> tuple[list[Actor], dict[str, str | None]]:
        """Undeclared accounts (truth: key -> nip or None) plus declared ones as labels."""
        rng = self.rng
        out: list[Actor] = []
        truth: dict[str, str | None] = {}
        n_emp = int(self.n_accounts * employee_share)
        declared = min(declared, self.n // 10)
        owners = rng.choice(self.n, size=n_emp + declared, replace=False)
        r = rng.random((n_emp + declared + self.n_accounts, 6))
        for k, i in enumerate(owners):
            e = self.employee(int(i))
            words = self.plain(int(i)).split()
            u = r[k]
            if u[0] < 0.35:
                dn = " ".join(words)
            elif u[0] < 0.5:
                dn = " ".join(words).lower()
            elif u[0] < 0.62 and len(words) > 1:
                dn = f"{words[0]} {words[-1][0]}."
            elif u[0] < 0.75:
                dn = f"Pak {words[0]}"
            elif u[0] < 0.85:
                dn = e.name
            else:
                dn = words[0]
            handle = (
                f"{words[0].lower()}_{words[-1].lower()}{int(u[1] * 100)}"
                if u[2] < 0.7
                else f"{words[0].lower()}{int(u[1] * 1000)}"
            )
            bio = (
                f"ASN Pemkab {self.agencies[self.region[i]][1].split()[-1]}"
                if u[3] < 0.15
                else e.position or ""
                if u[3] < 0.25
                else ""
            )
            loc = self.agencies[self.region[i]][1].split()[-1] if u[4] < 0.5 else None
            key = f"a{k}"
            is_declared = k >= n_emp
            out.append(
                Actor(key, "x", key, handle, dn, bio or None, loc, e.nip if is_declared else None)
            )
            if not is_declared:
                truth[key] = e.nip
        base = n_emp + declared
        n_other = self.n_accounts - n_emp
        fi = _zipf_choice(rng, len(self.first), n_other, 1.05)
        li = _zipf_choice(rng, len(self.last), n_other, 0.9)
        for j in range(n_other):
            u = r[base + j]
            dn = f"{self.first[fi[j]]} {self.last[li[j]]}" if u[0] < 0.8 else self.first[fi[j]]
            key = f"o{j}"
            loc = self.agencies[int(u[4] * self.n_regions)][1].split()[-1] if u[3] < 0.4 else None
            out.append(
                Actor(
                    key,
                    "x",
                    key,
                    f"{dn.split()[0].lower()}{int(u[1] * 10000)}",
                    dn,
                    _OTHER_BIOS[int(u[2] * len(_OTHER_BIOS))] or None,
                    loc,
                    None,
                )
            )
            truth[key] = None
        return out, truth


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants now (Linux /proc), in MB."""
    total = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS"))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


class TreePeak:
    """Samples the resident memory of this process and its workers; keeps the peak."""

    def __init__(self, every: float = 0.5) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._every = every
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self.peak = max(self.peak, _tree_rss_mb(os.getpid()))

    def stop(self) -> float:
        """Stop sampling; the peak in MB."""
        self._stop.set()
        self._thread.join()
        return max(self.peak, _rss_mb())


def run(
    n_roster: int,
    n_accounts: int,
    threads: int | None,
    threshold: float,
    memory_limit: str | None = None,
    workers: int | None = None,
) -> dict[str, float]:
    """Generate a world of this size, link it, and measure."""
    t0 = time.perf_counter()
    marks: dict[str, float] = {}
    tree = TreePeak()

    def lap(name: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        marks[name] = round(now - t0, 2)
        t0 = now
        print(
            f"  {name}: {marks[name]} s, peak RSS {_rss_mb():,.0f} MB "
            f"(with workers {max(tree.peak, _rss_mb()):,.0f} MB)",
            file=sys.stderr,
            flush=True,
        )

    world = World(n_roster, n_accounts)
    actors, truth = world.accounts()
    # The raw roster as Arrow batches (what a workspace's roster table gives, read in batches).
    raw = list(world.roster_batches())
    lap("generate")
    cfg = ModelConfig(
        threads=threads,
        memory_limit=memory_limit,
        temp_dir=str(OUT / "duckdb-tmp"),
        feature_workers=workers,
    )

    def drain() -> Iterator[pa.Table]:
        while raw:  # hand each batch over and forget it
            yield raw.pop(0)

    # Roster features batch by batch (worker processes), counts and vocabulary in SQL.
    store = RosterStore(drain(), world.agencies, {}, config=cfg)
    vocab = store.vocab
    n_emp = store.n
    lap("roster")
    accounts = accounts_table(actors, vocab)
    labels = [(a.key, a.declared_nip) for a in actors if a.declared_nip]
    model = LinkModel(store, accounts, vocab, config=cfg, labels=labels)  # type: ignore[arg-type]
    lap("accounts")
    model.train()
    lap("train")
    model.predict()
    lap("predict")
    undeclared = sum(1 for a in actors if a.declared_nip is None)
    proposals, share = resolve(model.con, n_roster=n_emp, accounts=undeclared, employee_share=None)
    lap("resolve")
    pairs = model.report.candidate_pairs
    blocked = model.report.blocked_pairs
    dropped = model.report.blocked_keys_dropped
    model.close()
    # The same rule as propose_links: probability, margin, and evidence beyond the name.
    linked = [
        p
        for p in proposals
        if p.probability >= threshold
        and p.probability - p.second_probability >= 0.2
        and corroborated(p.gammas)
        and p.account in truth
    ]
    correct = sum(1 for p in linked if truth[p.account] == p.nip)
    true_links = sum(1 for v in truth.values() if v)
    result = {
        "roster": n_roster,
        "accounts": n_accounts,
        "blocked_pairs": blocked,
        "candidate_pairs": pairs,
        "blocking_keys_dropped": dropped,
        "employee_share_estimate": round(share, 3),
        "linked": len(linked),
        "precision": round(correct / max(len(linked), 1), 4),
        "recall": round(correct / max(true_links, 1), 4),
        "seconds_total": round(sum(marks.values()), 1),
        "peak_rss_mb": round(_rss_mb()),
        "peak_rss_with_workers_mb": round(tree.stop()),
        **{f"s_{k}": v for k, v in marks.items()},
    }
    return result


def main() -> None:
    """Parse arguments, run, print one JSON line per size."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--roster", type=int, default=600_000)
    ap.add_argument("--accounts", type=int, default=100_000)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--memory-limit", default="5GB", help="DuckDB memory limit (spills beyond)")
    ap.add_argument("--workers", type=int, default=None, help="processes for roster features")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result = run(
        args.roster, args.accounts, args.threads, args.threshold, args.memory_limit, args.workers
    )
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
