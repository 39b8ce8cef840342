"""Whole-word phrase matching with payloads and spans."""

from __future__ import annotations

from netra.text.matcher import Match, PhraseMatcher
from netra.text.normalize import normalize


def test_whole_words_only() -> None:
    matcher = PhraseMatcher([("gas", "G"), ("coblos", "C")])
    assert matcher.find("gasing coblosan") == []
    assert [m.payload for m in matcher.find("gas coblos")] == ["G", "C"]


def test_span_points_into_the_normalised_text() -> None:
    matcher = PhraseMatcher([("Coblos Nomor 3", "k1")])
    text = normalize("Ayo NYOBLOS nomer 3 ya")
    (match,) = matcher.find(text)
    assert match == Match("coblos nomor 3", "k1", 4, 18)
    assert text[match.start : match.end] == match.phrase


def test_phrases_are_normalised_like_text() -> None:
    matcher = PhraseMatcher([("#02Melanjutkan", 1), ("Pr4bowo", 2)])
    assert {m.payload for m in matcher.search("02 melanjutkan, prabowoo!")} == {1, 2}


def test_overlapping_and_nested_phrases_are_all_reported() -> None:
    matcher = PhraseMatcher([("pasti menang", "a"), ("menang", "b"), ("menang telak", "c")])
    found = matcher.find("pasti menang telak")
    assert [(m.payload, m.start, m.end) for m in found] == [
        ("a", 0, 12),
        ("b", 6, 12),
        ("c", 6, 18),
    ]


def test_repeated_occurrences_and_several_payloads() -> None:
    matcher = PhraseMatcher([("prabowo", "T02"), ("prabowo", "P02"), ("prabowo", "T02")])
    found = matcher.find("prabowo dan prabowo")
    assert [(m.payload, m.start) for m in found] == [
        ("T02", 0),
        ("P02", 0),
        ("T02", 12),
        ("P02", 12),
    ]


def test_unmatchable_phrases_are_listed_not_dropped_silently() -> None:
    matcher = PhraseMatcher([("🔥🔥", 1), ("!!!", 2), ("ok", 3)])
    assert matcher.unmatchable == ("🔥🔥", "!!!")
    assert len(matcher) == 1


def test_empty_matcher_and_empty_text() -> None:
    empty: PhraseMatcher[int] = PhraseMatcher([])
    assert empty.find("apa saja") == []
    assert not empty.contains_any("apa saja")
    assert PhraseMatcher([("a b", 1)]).find("") == []


def test_without_normalizer_phrases_are_taken_as_given() -> None:
    matcher = PhraseMatcher([("hak  pilih", "n")], normalizer=None)
    assert "hak pilih" in matcher
    assert "Hak Pilih" not in matcher
    assert [m.payload for m in matcher.find("gunakan hak pilih")] == ["n"]


def test_contains_any() -> None:
    matcher = PhraseMatcher([("asn netral", 0)])
    assert matcher.contains_any(normalize("ASN NETRAL!!"))
    assert not matcher.contains_any("asn netralitas")
