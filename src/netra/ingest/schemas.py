"""The vocabulary of bundle format version 1 (spec/bundle-v1.md)."""

from __future__ import annotations

from typing import Final

FORMAT: Final = "netra-bundle/1"
POLICIES: Final = frozenset({"id", "pk"})
PLATFORMS: Final = frozenset(
    {"x", "facebook", "instagram", "tiktok", "youtube", "threads", "bluesky", "mastodon", "other"}
)
ACTIONS: Final = frozenset({"post", "comment", "reply", "share", "quote", "like", "follow", "join"})
EMPLOYMENT_TYPES: Final = frozenset({"PNS", "PPPK"})
EMPLOYEE_STATUSES: Final = frozenset({"active", "inactive"})
TARGET_KINDS: Final = frozenset({"candidate", "party", "campaign_team", "official"})
CONTESTS: Final = frozenset({"presidential", "legislative", "regional_head", "other"})
STAGES: Final = frozenset({"candidacy", "campaign", "quiet", "voting", "counting", "result"})
VERDICTS: Final = frozenset({"hoax", "misleading", "true"})

REQUIRED_FILES: Final = ("bundle.yaml", "agencies.csv", "roster.csv", "events.jsonl")

# Columns a file cannot be read without; other documented columns may be absent (= not known).
KEY_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "agencies.csv": ("code", "name"),
    "roster.csv": ("nip", "name", "agency_code"),
    "accounts.csv": ("nip", "platform"),
    "targets.csv": ("target_id", "name", "kind"),
    "keywords.csv": ("target_id", "term"),
    "elections.csv": ("election_id", "stage", "starts_on", "ends_on"),
    "claims.csv": ("claim_id", "text", "verdict"),
}
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "agencies.csv": ("code", "name", "parent_code", "region_code"),
    "roster.csv": (
        "nip",
        "name",
        "agency_code",
        "unit",
        "position",
        "employment_type",
        "region_code",
        "status",
    ),
    "accounts.csv": (
        "nip",
        "platform",
        "handle",
        "user_id",
        "display_name",
        "declared_at",
        "approved",
    ),
    "targets.csv": (
        "target_id",
        "name",
        "kind",
        "election_id",
        "ballot_number",
        "party",
        "platform",
        "handle",
        "user_id",
    ),
    "keywords.csv": ("target_id", "term"),
    "elections.csv": (
        "election_id",
        "name",
        "contest",
        "region_code",
        "stage",
        "starts_on",
        "ends_on",
    ),
    "claims.csv": ("claim_id", "text", "verdict", "source_url", "published_on"),
}
