"""Every example of every rule in every shipped pack is a test case of its own."""

from functools import cache

import pytest

from netra.rules.examples import ExampleOutcome, example_event_id, run_examples
from netra.rules.loader import load_pack, pack_names


def _cases() -> list[tuple[str, str]]:
    cases = []
    for name in pack_names():
        for loaded in load_pack(name).rules:
            for kind, examples in (
                ("match", loaded.rule.examples.match),
                ("no_match", loaded.rule.examples.no_match),
            ):
                for i in range(len(examples)):
                    cases.append((name, example_event_id(loaded.rule.id, kind, i)))
    return cases


@cache
def _outcomes(pack: str) -> dict[str, ExampleOutcome]:
    loaded = load_pack(pack)
    outcomes = run_examples(loaded)
    ids = [
        example_event_id(r.rule.id, kind, i)
        for r in loaded.rules
        for kind, examples in (
            ("match", r.rule.examples.match),
            ("no_match", r.rule.examples.no_match),
        )
        for i in range(len(examples))
    ]
    return dict(zip(ids, outcomes, strict=True))


@pytest.mark.parametrize(("pack", "case"), _cases(), ids=[c for _, c in _cases()])
def test_rule_example(pack: str, case: str) -> None:
    outcome = _outcomes(pack)[case]
    assert outcome.passed, f"{outcome.where}: {outcome.note}: {outcome.detail}"
