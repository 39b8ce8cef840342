"""What a member of the public submits."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024
# Magic numbers, not the browser's content type, decide what a file is.
IMAGE_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"WEBP", 8, "image/webp"),
)


class ComplaintIn(BaseModel):
    """A complaint form, validated."""

    model_config = ConfigDict(str_strip_whitespace=True)

    reported_name: str = Field(min_length=2, max_length=300)
    reported_nip: str | None = Field(default=None, max_length=18)
    reported_agency: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=1000)
    category: str | None = Field(default=None, max_length=50)
    reason: str = Field(min_length=10, max_length=5000)
    reporter_name: str = Field(min_length=2, max_length=300)
    reporter_contact: str = Field(min_length=5, max_length=300)

    @field_validator("reported_nip", "reported_agency", "url", "category", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("reported_nip")
    @classmethod
    def _nip(cls, value: str | None) -> str | None:
        if value is not None and (len(value) != 18 or not value.isdigit()):
            raise ValueError("NIP has 18 digits")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.lower().startswith(("https://", "http://")):
            raise ValueError("the link must start with https:// or http://")
        return value
