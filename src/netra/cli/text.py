"""`netra text`: train the text classifiers, classify JSONL posts, evaluate on reference data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.table import Table

from netra.core.config import Workspace
from netra.core.errors import NetraError, ValidationError

__all__ = ["default_data_dir", "default_model_dir", "text_app"]

text_app = typer.Typer(
    help="Text classifiers: train on reference data, classify posts, evaluate.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

console = Console(stderr=True)
out = Console()

_BATCH = 4096
_SHARED_DATA = Path("../shared/data")

DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        help="Reference data folder (default: $NETRA_DATA_DIR, else ../shared/data if present).",
    ),
]
ModelOpt = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="Model folder, or a workspace holding models/text (default: the workspace's model "
        "if there is one, else lexicon only).",
    ),
]


def _fail(exc: NetraError) -> typer.Exit:
    console.print(f"[red]error:[/red] {exc.message}", highlight=False, soft_wrap=True)
    return typer.Exit(exc.exit_code)


def default_data_dir(data: Path | None) -> Path:
    """The data folder: ``data``, else $NETRA_DATA_DIR, else ../shared/data; or an error."""
    if data is None:
        env = os.environ.get("NETRA_DATA_DIR")
        if env:
            data = Path(env)
        elif _SHARED_DATA.is_dir():
            data = _SHARED_DATA
        else:
            raise ValidationError(
                "no reference data folder: pass --data DIR or set NETRA_DATA_DIR "
                f"(../shared/data does not exist from {Path.cwd()})"
            )
    if not data.is_dir():
        raise ValidationError(f"{data}: data folder does not exist")
    return data


def default_model_dir(model: Path | None) -> Path | None:
    """The model folder: ``model``, else the workspace's ``models/text`` if trained, else None."""
    if model is not None:
        return model
    candidate = Workspace.at(None).root / "models" / "text"
    return candidate if (candidate / "manifest.json").is_file() else None


@text_app.command("train")
def train_cmd(
    data: DataOpt = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", help="Model folder to write (default: <workspace>/models/text)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed (folds, solver).")] = 0,
) -> None:
    """Train the linear models on the train rows of the reference data; thresholds out of fold."""
    from netra.text.train import train

    target = out_dir or Workspace.at(None).root / "models" / "text"
    try:
        report = train(
            default_data_dir(data),
            target,
            seed=seed,
            progress=lambda msg: console.print(f"[dim]{msg}[/dim]", highlight=False),
        )
    except NetraError as exc:
        raise _fail(exc) from None
    table = Table(title=f"Netra text model: {report.out}")
    for column in (
        "head",
        "rows",
        "positive",
        "C",
        "blend",
        "threshold",
        "OOF P",
        "OOF R",
        "OOF F1",
    ):
        table.add_column(column, justify="left" if column in ("head", "blend") else "right")
    for h in report.heads:
        name = h.name if h.is_category else f"{h.name} (auxiliary)"
        table.add_row(
            name,
            f"{h.rows:,}",
            f"{h.positives:,}",
            f"{h.c:g}",
            h.blend,
            f"{h.threshold:.3f}",
            f"{h.oof_precision:.3f}",
            f"{h.oof_recall:.3f}",
            f"{h.oof_f1:.3f}",
        )
    out.print(table)
    out.print(
        f"vocabulary: {report.word_features:,} word and {report.char_features:,} char n-grams; "
        f"data sha256 {report.data_sha256[:16]}; {report.seconds:.0f} s",
        highlight=False,
    )
    if report.lexicon_only_categories:
        out.print(
            "lexicon only (no labelled data): " + ", ".join(report.lexicon_only_categories),
            highlight=False,
        )
    for name, why in report.skipped.items():
        out.print(f"skipped {name}: {why}", highlight=False)
    for note in report.notes:
        out.print(f"note: {note}", highlight=False)


def _read_jsonl(path: Path, bad: list[str]) -> Iterator[tuple[Any, str]]:
    """Yield (id, text) per good line; describe each bad line, with its number, in ``bad``."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read: {exc.strerror}") from None
    with fh:
        for line_no, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                item = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                bad.append(f"{path}:{line_no}: not JSON ({exc})")
                continue
            if not isinstance(item, dict):
                bad.append(f"{path}:{line_no}: not a JSON object")
                continue
            ident, text = item.get("id"), item.get("text")
            if ident is None or isinstance(ident, dict | list):
                bad.append(f"{path}:{line_no}: needs an 'id' (string or number)")
            elif not isinstance(text, str):
                bad.append(f"{path}:{line_no}: needs a 'text' string")
            else:
                yield ident, text


@text_app.command("classify")
def classify_cmd(
    in_path: Annotated[Path, typer.Option("--in", help='JSONL of {"id", "text"} lines.')],
    out_path: Annotated[
        Path, typer.Option("--out", help='JSONL to write: {"id", "labels", "scores", "evidence"}.')
    ],
    model: ModelOpt = None,
    category: Annotated[
        list[str] | None,
        typer.Option("--category", "-c", help="Only these category ids (repeatable)."),
    ] = None,
) -> None:
    """Classify every post of a JSONL file; bad lines are reported with their numbers, not fatal."""
    from netra.text.classify import TextClassifier

    try:
        clf = TextClassifier.load(default_model_dir(model))
    except NetraError as exc:
        raise _fail(exc) from None
    for warning in clf.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    bad: list[str] = []
    written = flagged = 0
    counts: dict[str, int] = {}
    out_path.parent.mkdir(parents=True, exist_ok=True)

    def flush(batch: list[tuple[Any, str]], fh: Any) -> None:
        nonlocal written, flagged
        results = clf.classify_many([text for _, text in batch], category)
        for (ident, _), result in zip(batch, results, strict=True):
            record: dict[str, Any] = {
                "id": ident,
                "labels": list(result.labels),
                "scores": result.scores,
                "evidence": {k: list(v) for k, v in result.evidence.items()},
            }
            if result.lexicon_only:
                record["lexicon_only"] = True
            fh.write(orjson.dumps(record) + b"\n")
            written += 1
            flagged += bool(result.labels)
            for label in result.labels:
                counts[label] = counts.get(label, 0) + 1

    try:
        with out_path.open("wb") as fh:
            batch: list[tuple[Any, str]] = []
            for item in _read_jsonl(in_path, bad):
                batch.append(item)
                if len(batch) >= _BATCH:
                    flush(batch, fh)
                    batch = []
            if batch:
                flush(batch, fh)
    except NetraError as exc:
        raise _fail(exc) from None
    except ValueError as exc:  # unknown --category
        raise _fail(ValidationError(str(exc))) from None
    for message in bad[:50]:
        console.print(f"[yellow]skipped[/yellow] {message}", highlight=False, soft_wrap=True)
    if len(bad) > 50:
        console.print(f"... and {len(bad) - 50:,} more bad lines", highlight=False)
    mode = "lexicon + model" if clf.has_model else "lexicon only"
    summary = ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())) or "none"
    out.print(
        f"classified {written:,} texts ({mode}): {flagged:,} with a label ({summary}); "
        f"{len(bad):,} bad lines skipped; written to {out_path}",
        highlight=False,
        soft_wrap=True,
    )


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


@text_app.command("eval")
def eval_cmd(
    data: DataOpt = None,
    model: ModelOpt = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the full report as JSON here.")
    ] = None,
) -> None:
    """Measure precision / recall / F1 on the test rows of the reference data (nothing tuned)."""
    from netra.text.evaluate import evaluate

    try:
        report = evaluate(
            default_data_dir(data),
            default_model_dir(model),
            progress=lambda msg: console.print(f"[dim]{msg}[/dim]", highlight=False),
        )
    except NetraError as exc:
        raise _fail(exc) from None
    table = Table(title="Netra text classifiers on the test rows")
    for column in ("figure", "data", "mode", "n", "P", "R", "F1", "accuracy", "note"):
        numeric = column in {"n", "P", "R", "F1", "accuracy"}
        table.add_column(column, justify="right" if numeric else "left")
    for m in report.metrics:
        extra = f"{m.fp} flagged; {m.note}" if m.precision is None and m.fp else m.note
        table.add_row(
            m.name,
            m.dataset,
            m.mode,
            f"{m.n:,}",
            _fmt(m.precision),
            _fmt(m.recall),
            _fmt(m.f1),
            _fmt(m.accuracy),
            extra,
        )
    out.print(table)
    if report.model_dir is None:
        out.print("no model given: every figure is the lexicon alone", highlight=False)
    out.print(
        "lexicon only (no labelled data): " + ", ".join(report.lexicon_only_categories),
        highlight=False,
    )
    for mode, flags in report.benign_flags.items():
        for flag in flags:
            out.print(f"everyday sentence flagged ({mode}): {flag}", highlight=False)
    for note in report.notes:
        console.print(f"[yellow]warning:[/yellow] {note}", highlight=False)
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_bytes(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2))
        out.print(f"report written to {json_path}", highlight=False)


if __name__ == "__main__":  # `python -m netra.cli.text ...` until `netra text` is wired in
    text_app()
