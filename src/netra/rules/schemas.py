"""The shape of a policy-pack rule file (YAML, one rule per file)."""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

Category = Literal[
    "political.engagement",
    "political.campaign",
    "political.opinion",
    "political.affiliation",
    "hate.sara",
    "hate.state",
    "abuse.defamation",
    "hoax",
    "provocation",
    "radicalism",
    "pornography",
    "confidential.leak",
    "business.promotion",
    "account.unapproved",
]
# PP 94/2021 tiers (Indonesia) and the Efficiency & Discipline Rules 2020 penalties (Pakistan).
#: Every category id of spec/categories.md, in its order.
CATEGORIES: tuple[str, ...] = get_args(Category)
Severity = Literal["ringan", "sedang", "berat", "moral", "pemberhentian", "minor", "major"]
Stage = Literal["candidacy", "campaign", "quiet", "voting", "counting", "result"]


class Strict(BaseModel):
    """Rule files reject unknown keys, so a typo never silently disables a condition."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Title(Strict):
    """A title in Bahasa Indonesia first, English second."""

    id: str = Field(min_length=3)
    en: str = Field(min_length=3)


class Citation(Strict):
    """A regulation and the article that the rule rests on."""

    regulation: str = Field(min_length=3)
    article: str | None = None

    def text(self) -> str:
        """As written in a finding."""
        return f"{self.regulation}, {self.article}" if self.article else self.regulation


class Example(Strict):
    """An event that must (or must not) give a finding under this rule."""

    note: str = Field(min_length=3)
    event: dict[str, Any]
    target_id: str | None = None  # expected target of the finding, when it matches
    severity: Severity | None = None  # expected severity, when it matches


class Examples(Strict):
    """Matching and non-matching examples; both are required so every rule is tested both ways."""

    match: list[Example] = Field(min_length=1)
    no_match: list[Example] = Field(min_length=1)


class Rule(Strict):
    """One rule of a policy pack."""

    id: str = Field(pattern=r"^[a-z]{2}\.[a-z0-9_.-]+$")
    title: Title
    category: Category
    severity: Severity
    severity_by_stage: dict[Stage, Severity] = Field(default_factory=dict)
    citations: list[Citation] = Field(min_length=1)
    detector: str
    condition: dict[str, Any] = Field(default_factory=dict)
    explanation: Title | None = None
    examples: Examples

    @field_validator("id")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.strip()

    @property
    def pack(self) -> str:
        """The pack prefix of the id (id, pk)."""
        return self.id.split(".", 1)[0]

    def citation_texts(self) -> list[str]:
        """Citations as strings, for findings."""
        return [c.text() for c in self.citations]
