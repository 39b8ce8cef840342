"""The plugin interface: registry, typed parameters, secrets, the lenient JSON reader."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from netra.core.db import Database
from netra.core.errors import NotFoundError, ValidationError
from netra.ingest.connectors.archive import load_json, repair_text
from netra.ingest.connectors.base import (
    Connector,
    Event,
    Parameter,
    Record,
    RedactingFilter,
    Redactor,
    RunContext,
    TargetRow,
    connectors,
    get_connector,
    mask_params,
    parse_params,
    split_param,
)
from netra.ingest.connectors.service import import_connector


class Dummy(Connector):
    """A connector defined by a test (as a third-party plugin would be)."""

    name = "dummy"
    label = "Dummy"
    needs_source = False
    parameters = (
        Parameter("count", "how many", type="int", default=2),
        Parameter("flag", "a switch", type="bool", default=False),
        Parameter("where", "a link", type="url"),
        Parameter("secret", "a token", required=True),
    )
    sensitive_parameters = frozenset({"secret"})

    def records(self, ctx: RunContext) -> Iterator[Record]:
        """Posts, one broken event, and a target row."""
        ctx.log.warning("using token %s", ctx.param("secret"))
        for i in range(int(ctx.param("count"))):
            yield Event(
                {
                    "event_id": f"d{i}",
                    "platform": "other",
                    "action": "post",
                    "actor": {"handle": "someone"},
                    "text": "hai",
                    "media": [],
                },
                file="feed",
                index=i,
            )
        yield Event(
            {"event_id": "bad", "platform": "myspace", "action": "post", "actor": {"handle": "x"}},
            file="feed",
            index=99,
        )
        yield TargetRow(
            {
                "target_id": "TX",
                "name": "Partai Contoh",
                "kind": "party",
                "platform": "other",
                "handle": "partaicontoh",
            }
        )


def test_builtins_are_registered_through_entry_points() -> None:
    assert {
        "x-archive",
        "facebook-export",
        "instagram-export",
        "tiktok-export",
        "screenshot",
        "youtube",
        "bluesky",
        "mastodon",
        "x-api",
        "csv",
    } <= set(connectors())
    with pytest.raises(NotFoundError, match="unknown connector 'nope'"):
        get_connector("nope")
    for cls in connectors().values():
        assert cls.label and cls.reads and cls.cannot_see
        assert cls.sensitive_parameters <= {p.name for p in cls.parameters}


def test_parameters_are_typed_checked_and_may_come_from_the_environment() -> None:
    values = parse_params(Dummy, {"count": "3", "flag": "yes", "secret": "s"})
    assert values == {"count": 3, "flag": True, "where": None, "secret": "s"}
    with pytest.raises(ValidationError, match="must be a int"):
        parse_params(Dummy, {"count": "three", "secret": "s"})
    with pytest.raises(ValidationError, match="must be an http"):
        parse_params(Dummy, {"where": "ftp://x", "secret": "s"})
    with pytest.raises(ValidationError, match=r"needs parameter secret.*NETRA_DUMMY_SECRET"):
        parse_params(Dummy, {}, environ={})
    assert parse_params(Dummy, {}, environ={"NETRA_DUMMY_SECRET": "e"})["secret"] == "e"
    with pytest.raises(ValidationError, match="no parameter colour"):
        parse_params(Dummy, {"colour": "red", "secret": "s"})
    assert split_param("a=b=c") == ("a", "b=c")
    with pytest.raises(ValidationError):
        split_param("novalue")


def test_secrets_are_masked_everywhere(
    db: Database, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    assert mask_params({"secret": "abc", "count": 2}, {"secret"}) == {"count": 2, "secret": "***"}
    redactor = Redactor(["abc", "abcdef"])
    assert redactor.redact("x abcdef y abc") == "x *** y ***"
    caplog.set_level(logging.INFO)
    summary = import_connector(db, Dummy, params={"secret": "hunter2-token"})
    assert "hunter2-token" not in caplog.text and "using token ***" in caplog.text
    assert summary.events.accepted == 2 and summary.events.rejected == 1
    assert summary.targets.inserted == 2  # the target and its account
    rejected = db.workspace.rejected_path.read_text()
    assert '"file":"dummy:feed","line":99' in rejected  # located in the source, not a temp file
    assert "hunter2-token" not in rejected
    logger = logging.getLogger("t")
    logger.addFilter(RedactingFilter(Redactor(["zz9"])))
    logger.warning("a %s b", "zz9")
    assert "a *** b" in caplog.text


def test_lenient_json_and_mojibake() -> None:
    assert load_json(b'[{"a": 1}, {"a": 2}, {"a"').value == [{"a": 1}, {"a": 2}]
    parsed = load_json(b'{"Activity": {"Like List": {"List": [{"d": 1}, {"d": 2, "e": "x')
    assert parsed.value == {"Activity": {"Like List": {"List": [{"d": 1}]}}}
    assert parsed.dropped == 1 and "ends too early" in (parsed.damage or "")
    assert load_json(b"\x00\xff garbage").value is None
    assert load_json(b"").damage == "empty file"
    assert load_json(b'["a"] trailing').value == ["a"]
    assert repair_text("Ã©tÃ© ð\x9f\x91\x8d") == "été 👍"
    assert repair_text("café") == "café"  # real latin-1 text is left alone
