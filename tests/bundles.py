"""A small hand-built bundle for tests: every file of the spec, with a few planted cases."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import orjson
import yaml

NIP_A = "198503122010011002"  # Budi: declared x user 99 and instagram handle only
NIP_B = "199001152015032001"  # Siti: declared facebook user 555
NIP_C = "197812302005011003"  # inactive employee


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    """Write a CSV file with a header row."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])


def event(
    event_id: str,
    action: str,
    *,
    platform: str = "x",
    occurred_at: str | None = "2024-01-05T10:22:00+07:00",
    actor: dict[str, Any] | None = None,
    target: dict[str, Any] | None = None,
    text: str | None = None,
    media: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An events.jsonl record."""
    return {
        "event_id": event_id,
        "platform": platform,
        "action": action,
        "occurred_at": occurred_at,
        "actor": actor or {"user_id": "99", "handle": "budi_s", "display_name": "Budi"},
        "target": target,
        "text": text,
        "url": None,
        "media": media or [],
        "source": "test",
    }


def write_bundle(
    root: Path,
    events: list[dict[str, Any] | str],
    *,
    policy: str = "id",
    extra_roster: list[list[Any]] | None = None,
) -> Path:
    """Write a complete small bundle to `root` and return it."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "bundle.yaml").write_text(
        yaml.safe_dump(
            {
                "format": "netra-bundle/1",
                "name": "Uji",
                "policy": policy,
                "timezone": "Asia/Jakarta",
            }
        )
    )
    write_csv(
        root / "agencies.csv",
        ["code", "name", "parent_code", "region_code"],
        [
            ["PEMPROV17", "Pemerintah Provinsi Bengkulu", "", "17"],
            ["PEMKAB1706", "Pemerintah Kabupaten Mukomuko", "PEMPROV17", "17.06"],
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
            [
                NIP_A,
                "Dr. H. Budi Santoso, S.H., M.Si.",
                "PEMKAB1706",
                "Dinas Pendidikan",
                "Guru",
                "PNS",
                "17.06",
                "active",
            ],
            [
                NIP_B,
                "Siti Aminah, S.Pd.",
                "PEMPROV17",
                "Dinas Kesehatan",
                "Perawat",
                "PNS",
                "17",
                "active",
            ],
            [NIP_C, "Ir. Joko Widodo Saputra", "PEMPROV17", "", "", "PNS", "17", "inactive"],
            *(extra_roster or []),
        ],
    )
    write_csv(
        root / "accounts.csv",
        ["nip", "platform", "handle", "user_id", "display_name", "declared_at", "approved"],
        [
            [NIP_A, "x", "budi_s", "99", "Budi", "2023-01-01", "true"],
            [NIP_A, "instagram", "@Budi.Santoso", "", "Budi", "", ""],
            [NIP_B, "facebook", "siti.aminah", "555", "Siti", "2023-02-01", "false"],
        ],
    )
    write_csv(
        root / "elections.csv",
        ["election_id", "name", "contest", "region_code", "stage", "starts_on", "ends_on"],
        [
            [
                "pilpres2024",
                "Pilpres 2024",
                "presidential",
                "",
                "candidacy",
                "2023-10-19",
                "2023-11-27",
            ],
            [
                "pilpres2024",
                "Pilpres 2024",
                "presidential",
                "",
                "campaign",
                "2023-11-28",
                "2024-02-10",
            ],
            [
                "pilpres2024",
                "Pilpres 2024",
                "presidential",
                "",
                "quiet",
                "2024-02-11",
                "2024-02-13",
            ],
            [
                "pilpres2024",
                "Pilpres 2024",
                "presidential",
                "",
                "voting",
                "2024-02-14",
                "2024-02-14",
            ],
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
        [
            [
                "T02",
                "Prabowo Subianto - Gibran Rakabuming Raka",
                "candidate",
                "pilpres2024",
                "02",
                "",
                "x",
                "prabowo",
                "12345",
            ],
            [
                "T02",
                "Prabowo Subianto - Gibran Rakabuming Raka",
                "candidate",
                "pilpres2024",
                "02",
                "",
                "instagram",
                "prabowo",
                "",
            ],
            [
                "T03",
                "Ganjar Pranowo - Mohammad Mahfud MD",
                "candidate",
                "pilpres2024",
                "03",
                "",
                "x",
                "ganjarpranowo",
                "777",
            ],
            [
                "P03",
                "Partai Demokrasi Indonesia Perjuangan (PDI-P)",
                "party",
                "",
                "3",
                "",
                "x",
                "pdi_perjuangan",
                "333",
            ],
            [
                "TKN",
                "Tim Kampanye Nasional",
                "campaign_team",
                "pilpres2024",
                "",
                "",
                "facebook",
                "tkn.relawan",
                "9001",
            ],
            ["GUB", "Gubernur Bengkulu", "official", "", "", "", "x", "gubernur", "444"],
        ],
    )
    write_csv(
        root / "keywords.csv",
        ["target_id", "term"],
        [
            ["T02", "#02Melanjutkan"],
            ["T02", "Prabowo-Gibran"],
            ["T03", "#GanjarMahfud"],
            ["T03", "coblos nomor 3"],
        ],
    )
    write_csv(
        root / "claims.csv",
        ["claim_id", "text", "verdict", "source_url", "published_on"],
        [
            [
                "C1",
                "Pemungutan suara diundur ke bulan Maret",
                "hoax",
                "https://example.org/c1",
                "2024-01-10",
            ]
        ],
    )
    (root / "documents").mkdir(exist_ok=True)
    (root / "documents" / "memo-001.txt").write_text(
        "Nota dinas rahasia tentang rencana mutasi pejabat.\n", encoding="utf-8"
    )
    with (root / "events.jsonl").open("wb") as fh:
        for ev in events:
            fh.write((ev if isinstance(ev, str) else orjson.dumps(ev).decode()).encode() + b"\n")
    return root
