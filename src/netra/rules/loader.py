"""Loading policy packs: YAML with line numbers, so every error reads `file:line: message`."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from netra.core.errors import RuleFileError
from netra.rules.schemas import Rule

PACKS_ROOT = Path(str(resources.files("netra.rules") / "packs"))
WORLD_FILE = "_world.yaml"

Lines = dict[tuple[str | int, ...], int]
M = TypeVar("M", bound=BaseModel)


# libyaml's parser where PyYAML has it (the nodes carry the same line marks).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Scalars are built by PyYAML's own safe constructor (no stream needed), not by serialising
# each node and loading it again: the campaign lexicon has some 1,500 of them.
_SCALARS = yaml.constructor.SafeConstructor()


def _scalar(node: yaml.Node) -> Any:
    return _SCALARS.construct_object(node, deep=True)


def construct_yaml(node: yaml.Node, path: tuple[str | int, ...], lines: Lines) -> Any:
    """Build Python values from a YAML node tree, remembering each path's line (1-based)."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if key in out:
                raise RuleFileError(
                    f"{{file}}:{key_node.start_mark.line + 1}: duplicate key {key!r}"
                )
            out[str(key)] = construct_yaml(value_node, (*path, str(key)), lines)
            lines[(*path, str(key))] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [construct_yaml(item, (*path, i), lines) for i, item in enumerate(node.value)]
    return _scalar(node)


def load_yaml(path: Path) -> tuple[Any, Lines]:
    """Parse one YAML file into values and a map from key path to line number."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}:1: cannot read: {exc}") from exc
    try:
        node = yaml.compose(text, Loader=YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise RuleFileError(f"{path}:{line}: YAML error: {exc.problem}") from exc
    if node is None:
        raise RuleFileError(f"{path}:1: empty file")
    lines: Lines = {}
    try:
        return construct_yaml(node, (), lines), lines
    except RuleFileError as exc:
        raise RuleFileError(exc.message.replace("{file}", str(path))) from None


def line_of(lines: Lines, loc: tuple[str | int, ...]) -> int:
    """The line of the deepest known prefix of `loc`."""
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return 1


def validate_model(
    model: type[M], data: Any, lines: Lines, path: Path, base: tuple[str | int, ...] = ()
) -> M:
    """Validate `data` as `model`; the first error becomes `file:line: message`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        messages = []
        for err in exc.errors():
            loc = (*base, *err["loc"])
            where = ".".join(str(p) for p in loc) or "(top)"
            messages.append(f"{path}:{line_of(lines, loc)}: {where}: {err['msg']}")
        raise RuleFileError("\n".join(messages)) from None


@dataclass(slots=True)
class LoadedRule:
    """A rule with where it came from, for error messages."""

    rule: Rule
    path: Path
    lines: Lines

    def where(self, *loc: str | int) -> str:
        """`file:line` of a key path inside the rule file."""
        return f"{self.path}:{line_of(self.lines, loc)}"


@dataclass(slots=True)
class Pack:
    """A policy pack: its rules and the fixture world its examples run in."""

    name: str
    root: Path
    rules: list[LoadedRule] = field(default_factory=list)
    world: dict[str, Any] = field(default_factory=dict)

    def by_id(self, rule_id: str) -> LoadedRule:
        """The rule with this id."""
        for loaded in self.rules:
            if loaded.rule.id == rule_id:
                return loaded
        raise KeyError(rule_id)


def pack_names(root: Path = PACKS_ROOT) -> list[str]:
    """Names of the packs shipped (folders under packs/)."""
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


def load_pack(name: str, root: Path = PACKS_ROOT) -> Pack:
    """Load and validate every rule of a pack; raise RuleFileError listing every problem."""
    from netra.detect.registry import validate_condition

    folder = root / name
    if not folder.is_dir():
        raise RuleFileError(
            f"{folder}:1: no such policy pack (known: {', '.join(pack_names(root))})"
        )
    pack = Pack(name=name, root=folder)
    errors: list[str] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == WORLD_FILE:
            continue
        try:
            data, lines = load_yaml(path)
            if not isinstance(data, dict):
                raise RuleFileError(f"{path}:1: a rule file must be a mapping")
            rule = validate_model(Rule, data, lines, path)
            loaded = LoadedRule(rule=rule, path=path, lines=lines)
            if rule.pack != name:
                raise RuleFileError(f"{loaded.where('id')}: id must start with '{name}.'")
            if rule.id in seen:
                raise RuleFileError(
                    f"{loaded.where('id')}: id {rule.id} already used in {seen[rule.id]}"
                )
            validate_condition(loaded)
            seen[rule.id] = path
            pack.rules.append(loaded)
        except RuleFileError as exc:
            errors.append(exc.message)
    world = folder / WORLD_FILE
    if world.is_file():
        try:
            data, _ = load_yaml(world)
            pack.world = data if isinstance(data, dict) else {}
        except RuleFileError as exc:
            errors.append(exc.message)
    if errors:
        raise RuleFileError("\n".join(errors))
    return pack
