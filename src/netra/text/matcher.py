"""Whole-word phrase matching over normalised text with an Aho-Corasick automaton.

Generic: detectors attach their own payload to each phrase (a target id, a lexicon entry, a
claim id) and get every occurrence back with its character span in one pass over the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from netra.text.normalize import normalize

__all__ = ["Match", "PhraseMatcher"]

P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    """One occurrence of a phrase: ``text[start:end] == phrase`` in the normalised text."""

    phrase: str
    payload: P
    start: int
    end: int


class PhraseMatcher(Generic[P]):
    """Finds whole-word occurrences of many phrases at once; built from (phrase, payload) pairs."""

    __slots__ = ("_automaton", "_size", "unmatchable")

    def __init__(
        self,
        items: Iterable[tuple[str, P]],
        *,
        normalizer: Callable[[str], str] | None = normalize,
    ) -> None:
        """Normalise every phrase with ``normalizer`` (None: phrases are already normalised).

        A phrase may carry several payloads (given in several pairs); each occurrence is then
        reported once per payload. Phrases that normalise to nothing cannot match and are
        listed in ``unmatchable`` rather than dropped silently.
        """
        grouped: dict[str, list[P]] = {}
        unmatchable: list[str] = []
        for phrase, payload in items:
            key = normalizer(phrase) if normalizer is not None else " ".join(phrase.split())
            if not key:
                unmatchable.append(phrase)
                continue
            payloads = grouped.setdefault(key, [])
            if payload not in payloads:
                payloads.append(payload)
        self.unmatchable: tuple[str, ...] = tuple(unmatchable)
        self._size = len(grouped)
        self._automaton = ahocorasick.Automaton()
        for key, payloads in grouped.items():
            # Spaces around the key make a hit a whole-word hit once the text is padded too.
            self._automaton.add_word(f" {key} ", (key, tuple(payloads)))
        if grouped:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        """Return the number of distinct normalised phrases."""
        return self._size

    def __contains__(self, phrase: object) -> bool:
        """Return whether ``phrase`` (already normalised) is one of the phrases."""
        return isinstance(phrase, str) and self._size > 0 and f" {phrase} " in self._automaton

    def find(self, normalized_text: str) -> list[Match[P]]:
        """Return every occurrence in ``normalized_text`` (output of ``normalize``), by position.

        Overlapping and nested phrases are all reported.
        """
        if not self._size or not normalized_text:
            return []
        found: list[Match[P]] = []
        for last, (key, payloads) in self._automaton.iter(f" {normalized_text} "):
            # In the padded text the key " k " ends at `last`; in the unpadded text the phrase
            # starts where the key's leading space was.
            start = last - len(key) - 1
            end = start + len(key)
            for payload in payloads:
                found.append(Match(key, payload, start, end))
        found.sort(key=lambda m: (m.start, m.end))
        return found

    def search(self, text: str) -> list[Match[P]]:
        """Normalise raw ``text`` with :func:`normalize` and return its matches."""
        return self.find(normalize(text))

    def contains_any(self, normalized_text: str) -> bool:
        """Return whether any phrase occurs in ``normalized_text``; cheaper than ``find``."""
        if not self._size or not normalized_text:
            return False
        for _ in self._automaton.iter(f" {normalized_text} "):
            return True
        return False
