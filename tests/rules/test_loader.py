from pathlib import Path

import pytest

from netra.core.errors import RuleFileError
from netra.rules.loader import load_pack, pack_names

GOOD = """\
id: id.test.rule
title:
  id: Uji
  en: Test
category: political.engagement
severity: berat
citations:
  - regulation: PP 94/2021
    article: Pasal 5 huruf n
detector: engagement
condition:
  actions: [like]
  target_kinds: {candidate: election_window}
examples:
  match:
    - note: a match
      event: {action: like}
  no_match:
    - note: no match
      event: {action: post}
"""


def write_pack(tmp_path: Path, text: str, name: str = "rule.yaml") -> Path:
    root = tmp_path / "packs"
    (root / "id").mkdir(parents=True, exist_ok=True)
    (root / "id" / name).write_text(text)
    return root


def test_a_valid_rule_loads(tmp_path: Path) -> None:
    pack = load_pack("id", write_pack(tmp_path, GOOD))
    assert [r.rule.id for r in pack.rules] == ["id.test.rule"]


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("category: political.engagement", "category: politics", 5, "category: Input should be"),
        ("severity: berat", "severity: heavy", 6, "severity: Input should be"),
        ("detector: engagement", "detector: telepathy", 10, "unknown detector 'telepathy'"),
        ("  actions: [like]", "  actions: [wink]", 12, "condition.actions.0"),
        (
            "  target_kinds: {candidate: election_window}",
            "  target_kinds: {alien: always}",
            13,
            "condition.target_kinds.alien",
        ),
        (
            "    - note: no match\n",
            "    - note: no match\n      surprise: 1\n",
            20,
            "surprise: Extra inputs are not permitted",
        ),
        ("  en: Test", "  en: Test\n  en: Twice", 5, "duplicate key 'en'"),
        ("id: id.test.rule", "id: pk.test.rule", 1, "id must start with 'id.'"),
        (
            "  match:\n    - note: a match\n      event: {action: like}\n",
            "  match: []\n",
            15,
            "examples.match: List should have at least 1 item",
        ),
        ("title:\n  id: Uji", "title:\n  id: [Uji", 4, "YAML error"),
    ],
)
def test_errors_say_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in GOOD
    root = write_pack(tmp_path, GOOD.replace(old, new))
    with pytest.raises(RuleFileError) as info:
        load_pack("id", root)
    first = info.value.message.splitlines()[0]
    assert first.startswith(f"{root / 'id' / 'rule.yaml'}:{line}: "), first
    assert message in info.value.message


def test_every_problem_of_a_pack_is_reported_at_once(tmp_path: Path) -> None:
    root = write_pack(tmp_path, GOOD.replace("severity: berat", "severity: x"), "a.yaml")
    write_pack(tmp_path, GOOD.replace("detector: engagement", "detector: y"), "b.yaml")
    with pytest.raises(RuleFileError) as info:
        load_pack("id", root)
    assert "a.yaml:6:" in info.value.message and "b.yaml:10:" in info.value.message


def test_duplicate_rule_ids_are_refused(tmp_path: Path) -> None:
    root = write_pack(tmp_path, GOOD, "a.yaml")
    write_pack(tmp_path, GOOD, "b.yaml")
    with pytest.raises(RuleFileError, match="already used in"):
        load_pack("id", root)


@pytest.mark.parametrize("name", pack_names())
def test_shipped_packs_are_valid(name: str) -> None:
    pack = load_pack(name)
    assert pack.rules, f"pack {name} has no rules"
    for loaded in pack.rules:
        assert loaded.rule.citations


def test_rules_page_matches_the_packs() -> None:
    from netra.rules.reference import render_rules_doc

    page = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    current = page.read_text(encoding="utf-8")
    assert render_rules_doc(current) == current, "docs/rules.md is stale: run `netra rules doc`"
