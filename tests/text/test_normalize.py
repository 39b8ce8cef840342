"""The matching form of text: what normalize() keeps, folds and drops."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netra.text.normalize import ballot_value, normalize, slang_map, tokens


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # case, punctuation, whitespace
        ("  Dukung   PRABOWO!!!  ", "dukung prabowo"),
        ("Ganjar–Mahfud, (03)...", "ganjar mahfud 03"),
        # hashtags keep their words, camel-split; digits split off at word edges
        ("#02Melanjutkan", "02 melanjutkan"),
        ("#GanjarPresiden", "ganjar presiden"),
        ("#AMINAjaDulu", "amin saja dulu"),
        ("prabowo2024", "prabowo 2024"),
        ("no2", "nomor 2"),
        ("No.02", "nomor 02"),
        # leetspeak only inside letter runs
        ("pr4bowo", "prabowo"),
        ("c0blos", "coblos"),
        ("Pr4b0w0", "prabowo"),
        ("02", "02"),
        ("2024", "2024"),
        # elongation
        ("bangeeet", "banget"),
        ("cobloss", "coblos"),
        ("Aamiin", "amin"),
        ("GASSS", "gas"),
        # emoji keycaps, fullwidth, circled, dingbat digits
        ("0️⃣2️⃣ menang", "02 menang"),
        ("１２", "12"),
        ("① ❷ ➌ 🔟", "1 2 3 10"),
        ("𝐏𝐫𝐚𝐛𝐨𝐰𝐨", "prabowo"),
        ("ＤＵＫＵＮＧ", "dukung"),
        # evasion: accents, zero-width characters, Cyrillic look-alikes
        ("Prabówo", "prabowo"),
        ("pra\u200bbowo", "prabowo"),
        ("\u0440rabowo", "prabowo"),
        # "@" and "$" for letters inside a word; not an e-mail address, not a price
        ("pr@bowo-gibr@n", "prabowo gibran"),
        ("Anie$ - Muh@imin", "anies muhaimin"),
        ("harga US$100", "harga us 100"),
        # Madurese and Betawi wording read as the standard words
        ("mara pèlè nomer duwa'", "mara pilih nomor duwa"),
        ("jangan lupe coblos nyok", "jangan lupa coblos ayo"),
        # URLs go; mentions keep their text
        ("lihat https://t.co/AbCdEf ya", "lihat ya"),
        ("www.Contoh.com/x dan bit.ly/abc", "dan"),
        ("halo @GanjarPranowo", "halo ganjar pranowo"),
        ("halo @prabowo_subianto", "halo prabowo subianto"),
        ("budi@mail.com", "budi mail com"),
        # slang
        ("nyoblos nomer urut 2", "coblos nomor urut 2"),
        ("dkg bgt", "dukung banget"),
        ("pilihh", "pilih"),
        ("menangin", "menangkan"),
        ("gw gua", "gue gue"),
        ("gak ngga tdk", "tidak tidak tidak"),
        # reduplication vs a number after a ballot word
        ("hati2 di jalan", "hati hati di jalan"),
        ("dukung2", "dukung dukung"),
        ("nomor2", "nomor 2"),
        ("coblos2", "coblos 2"),
        # nothing left
        ("", ""),
        ("🔥🔥🔥 !!!", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_tokens() -> None:
    assert tokens("Cobloss no.2 yaa!!") == ["coblos", "nomor", "2", "ya"]
    assert tokens("🙏") == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("02", 2), ("2", 2), ("No. 2", 2), ("nomor urut 02", 2), ("dua", 2), ("10", 10)],
)
def test_ballot_value(value: str, expected: int) -> None:
    assert ballot_value(value) == expected


@pytest.mark.parametrize("value", ["", "abc", "2 dan 3", "-"])
def test_ballot_value_none(value: str) -> None:
    assert ballot_value(value) is None


def test_slang_map_is_final() -> None:
    table = slang_map()
    assert table["nyoblos"] == "coblos"
    assert table["gua"] == "gue"  # a chain through another slang word is resolved
    for standard in table.values():
        assert all(word not in table for word in standard.split())
        assert normalize(standard) == standard


_words = st.text(
    alphabet=st.sampled_from(
        [*"abcdeoAOBZ0123456789#@._-!?/ :", "é", "İ", "\ufe0f", "\u20e3", "\u200b"]
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_words, max_size=6))
def test_normalisation_is_word_local(words: list[str]) -> None:
    # Detectors map matches back to the original words on this property.
    pieces = [w for word in " ".join(words).split() for w in [normalize(word)] if w]
    assert normalize(" ".join(words)) == " ".join(pieces)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_normalize_is_idempotent_and_single_spaced(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "  " not in once and once == once.strip()


def test_a_word_spelled_out_letter_by_letter_is_one_word() -> None:
    assert normalize("Z-U-R-A menang") == "zura menang"
    assert normalize("P.K.S. jaya, G.O.L.K.A.R") == "pks jaya golkar"
    # Initials, degrees, two letters, mixed separators and spaced letters stay apart.
    assert normalize("M. A. Rahman, S.H.") == "m a rahman s h"
    assert normalize("A-B.C") == "a b c"
    assert normalize("R U S T I") == "r u s t i"


def test_an_acronym_before_a_lower_case_joining_word_keeps_its_last_capital() -> None:
    assert normalize("#ASRIuntukGarut") == "asri untuk garut"
    assert normalize("#WANDAuntukMalang") == "wanda untuk malang"
    assert normalize("#PDIPerjuangan") == "pdi perjuangan"


def test_a_ballot_number_in_capital_roman_numerals_reads_as_its_digits() -> None:
    assert normalize("Coblos Paslon III!") == "coblos paslon 3"
    assert normalize("Nomor Urut II pilihanku") == "nomor urut 2 pilihanku"
    assert normalize("No. IV") == "nomor 4"
    # only after a ballot word, only in capitals, never "no I" (English) or a king's "X"
    assert normalize("Sri Sultan HB X") == "sri sultan hb x"
    assert normalize("pasangan VIP") == "pasangan vip"
    assert "1" not in normalize("no I think so")
    assert normalize("paslon ii") != "paslon 2"
