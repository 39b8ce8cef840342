"""Content detectors: what a post says (classifier categories), restated hoaxes, leaked documents.

All three read texts the same way (`DetectContext.texts`): the employee's own words and the text
in their images for posts, comments, replies and quotes, and the shared post's text for shares
(and quotes), since spreading counts as much as writing. Identical texts are judged once, and
the texts (and their normal forms) are read once per scan for all three.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field

from netra.detect.context import DetectContext
from netra.detect.engagement import Action
from netra.detect.registry import Draft
from netra.rules.loader import LoadedRule
from netra.rules.schemas import Category, Strict


def _own_words_and_shares() -> list[Action]:
    return ["post", "comment", "reply", "quote", "share"]


def _shares_and_quotes() -> list[Action]:
    return ["share", "quote"]


Verdict = Literal["hoax", "misleading", "true"]


def _false_verdicts() -> list[Verdict]:
    return ["hoax", "misleading"]


@dataclass(frozen=True, slots=True)
class TextHit:
    """One thing a text was found to contain."""

    target_id: str | None
    explanation: str
    evidence: dict[str, Any]


def fetch_texts(
    ctx: DetectContext,
    actions: Sequence[str],
    *,
    shared_text_actions: Sequence[str] = (),
    media: bool = True,
) -> list[tuple[str, list[str]]]:
    """Distinct texts of the events with these actions, each with the ids of its events.

    Every event id becomes a Python object here; detectors use `DetectContext.texts` and read
    the ids of the texts that hit only.
    """
    text_set = ctx.texts(actions, shared_text_actions=shared_text_actions, media=media)
    ids = text_set.event_ids(range(len(text_set)))
    return [(text, ids.get(i, [])) for i, text in enumerate(text_set.texts)]


def drafts_from_hits(
    rule: LoadedRule,
    texts: list[tuple[str, list[str]]],
    hits: list[list[TextHit]],
    severity: Callable[[TextHit], str] | None = None,
) -> list[Draft]:
    """One draft per (event, first hit of its text)."""
    out: list[Draft] = []
    for (_text, event_ids), text_hits in zip(texts, hits, strict=True):
        if text_hits:
            out.extend(_drafts(rule, text_hits[0], event_ids, severity))
    return out


def drafts_from_text_hits(
    rule: LoadedRule,
    hits: Mapping[int, TextHit],
    event_ids: Mapping[int, Sequence[str]],
    severity: Callable[[TextHit], str] | None = None,
) -> list[Draft]:
    """One draft per event of each text that hit (``hits``: text index -> its first hit;
    ``event_ids``: text index -> its events, from `TextSet.event_ids`)."""
    out: list[Draft] = []
    for index in sorted(hits):
        out.extend(_drafts(rule, hits[index], event_ids.get(index, ()), severity))
    return out


def _drafts(
    rule: LoadedRule,
    hit: TextHit,
    event_ids: Iterable[str],
    severity: Callable[[TextHit], str] | None,
) -> list[Draft]:
    sev = severity(hit) if severity else rule.rule.severity
    return [
        Draft(
            rule_id=rule.rule.id,
            event_id=event_id,
            target_id=hit.target_id,
            severity=sev,
            explanation=hit.explanation,
            evidence=hit.evidence,
        )
        for event_id in event_ids
    ]


class ContentCondition(Strict):
    """Which events' texts are read."""

    actions: list[Action] = Field(default_factory=_own_words_and_shares, min_length=1)
    read_shared_text: list[Action] = Field(default_factory=_shares_and_quotes)
    read_media_text: bool = True


class ClassifierCondition(ContentCondition):
    """A classifier category, with an optional stricter score."""

    category: Category | None = None
    min_score: float | None = Field(default=None, ge=0.0, le=1.0)


class ClassifierDetector:
    """Detector plugin `classifier`: the text classifier's category labels (lexicon + model)."""

    name = "classifier"
    label = "Text category (lexicon and trained model)"
    condition_model = ClassifierCondition

    def run(self, ctx: DetectContext, rules: list[LoadedRule]) -> list[Draft]:
        """Classify each distinct text once per set of actions, then apply each rule."""
        from netra.text.classify import TextClassifier

        classifier = ctx.cache.get("text_classifier")
        if classifier is None:
            classifier = ctx.cache["text_classifier"] = TextClassifier.load(ctx.model_dir)
        assert isinstance(classifier, TextClassifier)
        # Rules that read the same texts share one classification over all their categories:
        # the analysis of a text (normalising, stemming, features) is the costly part.
        conds = [ClassifierCondition.model_validate(r.rule.condition) for r in rules]
        groups: dict[tuple[Any, ...], list[int]] = {}
        for i, cond in enumerate(conds):
            key = (tuple(cond.actions), tuple(cond.read_shared_text), cond.read_media_text)
            groups.setdefault(key, []).append(i)
        drafts: list[Draft] = []
        for members in groups.values():
            first = conds[members[0]]
            texts = ctx.texts(
                first.actions,
                shared_text_actions=first.read_shared_text,
                media=first.read_media_text,
            )
            categories = sorted({conds[i].category or rules[i].rule.category for i in members})
            results = classifier.classify_many(texts.texts, categories, normals=texts.normals())
            hits = [_classifier_hits(rules[i], conds[i], results) for i in members]
            # The events of every rule's hits in one query.
            ids = texts.event_ids(index for found in hits for index in found)
            for i, found in zip(members, hits, strict=True):
                drafts.extend(drafts_from_text_hits(rules[i], found, ids))
        return drafts


def _classifier_hits(
    loaded: LoadedRule,
    cond: ClassifierCondition,
    results: Sequence[Any],
) -> dict[int, TextHit]:
    """Hits of one classifier rule from classifications of its texts, by text index."""
    category = cond.category or loaded.rule.category
    hits: dict[int, TextHit] = {}
    for body_id, result in enumerate(results):
        score = result.scores.get(category, 0.0)
        labelled = category in result.labels
        if cond.min_score is not None:
            labelled = score >= cond.min_score
        if not labelled:
            continue
        words = list(result.evidence.get(category, ()))
        basis = "lexicon only" if result.lexicon_only else "lexicon and trained model"
        hits[body_id] = TextHit(
            target_id=None,
            explanation=(
                f"The text reads as {category} (score {score:.2f}, {basis}); "
                f"words that caused it: {', '.join(repr(w) for w in words)}."
            ),
            evidence={
                "matched": words,
                "score": round(score, 4),
                "lexicon_only": result.lexicon_only,
            },
        )
    return hits


class ClaimCondition(ContentCondition):
    """Which verdicts of claims.csv make restating a claim a finding."""

    verdicts: list[Verdict] = Field(default_factory=_false_verdicts, min_length=1)


# How much closer a text must be to a claim of another verdict (a true one) than to the
# nearest hoax for the hoax hit to be put down to shared words ("gaji PNS", "tahun 2024").
TRUE_CLAIM_MARGIN = 0.2


class ClaimDetector:
    """Detector plugin `claims`: a text restates a catalogued hoax or misleading claim."""

    name = "claims"
    label = "Restating a fact-checked hoax or misleading claim"
    condition_model = ClaimCondition

    def run(self, ctx: DetectContext, rules: list[LoadedRule]) -> list[Draft]:
        """Match every distinct text against the claim catalogue."""
        from netra.text.claims import ClaimMatcher, ClaimRef

        claims = ctx.con.execute(
            "SELECT claim_id, text, verdict FROM claims ORDER BY claim_id"
        ).fetchall()
        if not claims:
            return []
        claim_text = {cid: text for cid, text, _ in claims}
        matcher = ClaimMatcher([ClaimRef(cid, text, verdict) for cid, text, verdict in claims])
        drafts: list[Draft] = []
        for loaded in rules:
            cond = ClaimCondition.model_validate(loaded.rule.condition)
            texts = ctx.texts(
                cond.actions,
                shared_text_actions=cond.read_shared_text,
                media=cond.read_media_text,
            )
            hits: dict[int, TextHit] = {}
            found_all = matcher.match_many(texts.texts, normals=texts.normals())
            for body_id, found in enumerate(found_all):
                h = next((h for h in found if h.verdict in cond.verdicts), None)
                if h is None or (found[0].score - h.score > TRUE_CLAIM_MARGIN):
                    # The text restates another claim (a true one) far more closely than
                    # any hoax: it shares a few words with the hoax, not its content.
                    continue
                hits[body_id] = TextHit(
                    target_id=None,
                    explanation=(
                        f"The text restates claim {h.claim_id} ({h.verdict}): "
                        f'"{_clip(claim_text[h.claim_id])}" — shared words: '
                        f"{', '.join(repr(w) for w in h.evidence[:3])} "
                        f"({h.method}, score {h.score:.2f})."
                    ),
                    evidence={
                        "claim_id": h.claim_id,
                        "verdict": h.verdict,
                        "score": round(h.score, 4),
                        "method": h.method,
                        "matched": list(h.evidence),
                    },
                )
            drafts.extend(drafts_from_text_hits(loaded, hits, texts.event_ids(hits)))
        return drafts


class DocumentCondition(ContentCondition):
    """How much of a registered document must be reproduced, and whether markings count."""

    min_words: int = Field(default=30, ge=10)
    markings: bool = True


class DocumentDetector:
    """Detector plugin `documents`: a text reproduces a registered confidential document."""

    name = "documents"
    label = "Reproducing a confidential document, or a classification marking with a letter number"
    condition_model = DocumentCondition

    def run(self, ctx: DetectContext, rules: list[LoadedRule]) -> list[Draft]:
        """Match every distinct text against the registered documents."""
        from netra.text.leaks import DocRef, DocumentMatcher, classification_markings

        docs = ctx.con.execute("SELECT doc_id, text FROM documents ORDER BY doc_id").fetchall()
        drafts: list[Draft] = []
        for loaded in rules:
            cond = DocumentCondition.model_validate(loaded.rule.condition)
            if not docs and not cond.markings:
                continue
            matcher = (
                DocumentMatcher([DocRef(d, t) for d, t in docs], min_words=cond.min_words)
                if docs
                else None
            )
            texts = ctx.texts(
                cond.actions,
                shared_text_actions=cond.read_shared_text,
                media=cond.read_media_text,
            )
            bodies = texts.texts
            leaks = (
                matcher.match_many(bodies, normals=texts.normals())
                if matcher
                else [[] for _ in bodies]
            )
            hits: dict[int, TextHit] = {}
            for body_id, (body, found) in enumerate(zip(bodies, leaks, strict=True)):
                if found:
                    h = found[0]
                    hits[body_id] = TextHit(
                        target_id=None,
                        explanation=(
                            f"The text reproduces {h.matched_words} words of the confidential "
                            f'document {h.doc_id}: "{_clip(h.evidence)}".'
                        ),
                        evidence={
                            "doc_id": h.doc_id,
                            "matched_words": h.matched_words,
                            "score": round(h.score, 4),
                            "passage": h.evidence,
                        },
                    )
                elif cond.markings:
                    marks = classification_markings(body)
                    if marks:
                        hits[body_id] = TextHit(
                            target_id=None,
                            explanation=(
                                "The text carries a classification marking with an "
                                f"official letter number: {', '.join(marks)}."
                            ),
                            evidence={"markings": list(marks)},
                        )
            drafts.extend(drafts_from_text_hits(loaded, hits, texts.event_ids(hits)))
        return drafts


def _clip(text: str, words: int = 25) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
