"""Indonesian name handling: titles, variants, old spelling, phonetic key, rarity, handles."""

from __future__ import annotations

from collections import Counter

import pytest

from netra.linkage.names import (
    HandleParser,
    TokenStats,
    describe_stripped,
    handle_has_own_mark,
    handle_signature,
    handle_stem,
    normalise_token,
    parse_name,
    phonetic,
    spelled_out,
    split_display_name,
    teknonym_child,
)


@pytest.mark.parametrize(
    ("raw", "tokens", "titles", "degrees"),
    [
        ("Dr. H. Budi Santoso, S.H., M.Si.", ("budi", "santoso"), ("Dr.", "H."), ("S.H.", "M.Si.")),
        ("Hj. Siti Aminah, S.Pd.", ("siti", "aminah"), ("Hj.",), ("S.Pd.",)),
        ("R.A. Dewi Kartika, S.Kep., Ners", ("dewi", "kartika"), ("R.A.",), ("S.Kep.", "Ners")),
        ("Ir. Joko Widodo, M.T.", ("joko", "widodo"), ("Ir.",), ("M.T.",)),
        ("drg. Ratna Sari", ("ratna", "sari"), ("drg.",), ()),
        (
            "Prof. Dr. Ir. Bambang Sutrisno, M.M.",
            ("bambang", "sutrisno"),
            ("Prof.", "Dr.", "Ir."),
            ("M.M.",),
        ),
        ("Budi Santoso S.Pd", ("budi", "santoso"), (), ("S.Pd",)),
        ("Budi Santoso SE", ("budi", "santoso"), (), ("SE",)),
        ("Dr.H.Ahmad Fauzi", ("ahmad", "fauzi"), ("Dr.", "H."), ()),
        ("Agus Salim, S.Kom", ("agus", "salim"), (), ("S.Kom",)),
        ("Wahyuni, A.Md.Kep.", ("wahyuni",), (), ("A.Md.Kep.",)),
        ("Nur Hidayat, Ph.D.", ("nur", "hidayat"), (), ("Ph.D.",)),
    ],
)
def test_titles_and_degrees_are_stripped_and_recorded(
    raw: str, tokens: tuple[str, ...], titles: tuple[str, ...], degrees: tuple[str, ...]
) -> None:
    p = parse_name(raw)
    assert p.tokens == tokens
    assert p.titles == titles
    assert p.degrees == degrees


def test_describe_stripped() -> None:
    assert describe_stripped(parse_name("Dr. H. Budi Santoso, S.H.")) == (
        "titles Dr., H.; degrees S.H."
    )
    assert describe_stripped(parse_name("Budi Santoso")) == ""


def test_noble_and_religious_prefixes_stay_but_are_weak() -> None:
    p = parse_name("Tgk. Muhammad Yusuf")
    assert p.tokens == ("teungku", "muhammad", "yusuf")
    assert p.weak == ("teungku",)
    assert p.strong_tokens == ("muhammad", "yusuf")
    for raw, weak in [
        ("Cut Nyak Meutia", "cut"),
        ("Dt. Rajo Mangkuto", "datuk"),
        ("Sutan Sjahrir", "sutan"),
    ]:
        assert parse_name(raw).weak == (weak,)
    # A prefix word that is the whole name is the name.
    assert parse_name("Sutan").weak == ()


@pytest.mark.parametrize(
    "variant", ["Muhammad", "Muhamad", "Mohammad", "Mohamad", "Moh.", "Muh.", "Mochammad", "Mhd."]
)
def test_muhammad_variants(variant: str) -> None:
    assert parse_name(f"{variant} Rizki").tokens == ("muhammad", "rizki")


def test_leading_m_is_muhammad_but_other_letters_are_initials() -> None:
    assert parse_name("M. Rizki").tokens == ("muhammad", "rizki")
    p = parse_name("Budi S.")
    assert p.tokens == ("budi",) and p.initials == ("s",)
    assert parse_name("Rizki M.").initials == ("m",)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Soeharto", "Suharto"),
        ("Djoko", "Joko"),
        ("Tjahjo", "Cahjo"),
        ("Sjahrir", "Syahrir"),
        ("Chairul", "Khairul"),
        ("Achmad", "Ahmad"),
        ("Noer", "Nur"),
    ],
)
def test_old_spelling(old: str, new: str) -> None:
    assert normalise_token(old) == normalise_token(new)


def test_case_punctuation_and_accents() -> None:
    assert parse_name("BUDI   santoso").tokens == ("budi", "santoso")
    assert parse_name("Budi-Santoso").tokens == ("budisantoso",)
    assert parse_name("André Sétiawan").tokens == ("andre", "setiawan")
    assert parse_name("").is_empty and parse_name(None).is_empty
    assert parse_name("🙂").is_empty


def test_honorifics_of_display_names() -> None:
    p = parse_name("Pak Budi")
    assert p.tokens == ("budi",) and p.honorifics == ("pak",)
    assert parse_name("Bu Siti Aminah").tokens == ("siti", "aminah")
    assert parse_name("Pak").tokens == ("pak",)  # nothing else left: keep what there is


def test_order_does_not_change_the_key() -> None:
    assert parse_name("Santoso Budi").key == parse_name("Budi Santoso").key
    assert parse_name("Santoso Budi").full != parse_name("Budi Santoso").full


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rahmat", "Rachmat"),
        ("Rahmat", "Ramat"),
        ("Yusuf", "Yusup"),
        ("Zainal", "Jainal"),
        ("Rahmawaty", "Rahmawati"),
        ("Sugiyanto", "Sugianto"),
        ("Fathur", "Fatur"),
        ("Fatimah", "Fatima"),
        ("Hassan", "Hasan"),
        ("Khairul", "Hairul"),
        ("Ahmad", "Ahmat"),
        ("Syamsul", "Samsul"),
    ],
)
def test_phonetic_key_merges_spelling_variants(a: str, b: str) -> None:
    assert phonetic(normalise_token(a)) == phonetic(normalise_token(b))


@pytest.mark.parametrize(("a", "b"), [("Budi", "Bude"), ("Rina", "Rini"), ("Agus", "Bagus")])
def test_phonetic_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert phonetic(normalise_token(a)) != phonetic(normalise_token(b))


def _stats(names: list[str]) -> TokenStats:
    return TokenStats.from_names(parse_name(n) for n in names)


def test_token_frequency_makes_common_names_weak_and_rare_ones_strong() -> None:
    roster = ["Muhammad Rizki"] * 30 + ["Muhammad Wiryawan"] + ["Siti Aminah"] * 20
    stats = _stats(roster + [f"Orang {i}" for i in range(49)])
    assert stats.employees == 100
    assert stats.count("muhammad") == 31
    assert stats.bits("wiryawan") > stats.bits("muhammad") + 4
    assert stats.rarest(["muhammad", "wiryawan", "unknownword"]) == ["wiryawan", "muhammad"]
    assert stats.expected_namesakes(parse_name("Muhammad Rizki")) > 5
    assert stats.expected_namesakes(parse_name("Muhammad Wiryawan")) == 1.0
    assert stats.share("neverseen") == 1 / 100


def test_handles_against_names() -> None:
    stats = _stats(["Budi Santoso", "Siti Aminah", "Muhammad Rizki", "Dewi Lestari"])
    hp = HandleParser(stats)
    assert hp.parse("budi_santoso88").tokens == ("budi", "santoso")
    assert hp.parse("@Budi.Santoso").tokens == ("budi", "santoso")
    bd = hp.parse("bd.santoso")
    assert bd.tokens == ("santoso",) and bd.initials == ("b",)
    assert hp.parse("budisantoso").tokens == ("budi", "santoso")  # glued words split
    assert hp.parse("sitiaminah_").tokens == ("siti", "aminah")
    assert hp.parse("m_rizki").tokens == ("muhammad", "rizki")
    assert hp.parse("xyzq").tokens == ("xyzq",)  # unknown words kept as they are
    assert hp.parse(None).tokens == ()


def test_handle_decorations_are_no_name_words() -> None:
    stats = _stats(["Arif Saputra", "Fitria", "Dian Harahap", "Rina Real", "Ida Ayu"])
    hp = HandleParser(stats)
    assert hp.parse("arif_official").tokens == ("arif",)
    assert hp.parse("itsfitria").tokens == ("fitria",)
    assert hp.parse("rinaofficial").tokens == ("rina",)
    dian = hp.parse("dian_mks")
    assert dian.tokens == ("dian",) and dian.initials == ()
    assert hp.parse("arif.id").initials == ()  # "id" is no initial
    # A word some employee's name has stays a name word.
    assert hp.parse("rina_real").tokens == ("rina", "real")
    # "its" glued to a word no one is called stays as written.
    assert hp.parse("itsxyzq").tokens == ("itsxyzq",)


def test_handle_stem_and_signature() -> None:
    assert handle_stem("@Budi_Santoso88") == "budisantoso"
    assert handle_signature("@Budi_Santoso88") == "budisantoso88"
    assert handle_signature("budi.santoso88") == handle_signature("budi_santoso88")
    assert handle_has_own_mark("budi88") and not handle_has_own_mark("budi.santoso")


def test_a_clipped_display_word_is_read_as_the_handle_spells_it() -> None:
    stats = _stats(["Jessica Haryanti", "Jessica Yuniar", "Dian Lestari", "Dianita Sari"])
    hp = HandleParser(stats)

    def read(display: str, handle: str) -> tuple[str, ...]:
        return spelled_out(parse_name(display).tokens, hp.parse(handle).tokens, stats)

    assert read("Jess", "jessica_haryanti55") == ("jessica",)
    assert read("Jess H.", "jessicaharyanti") == ("jessica",)  # glued handle, initial kept
    # A display word that is a roster name stays as written; so does one no handle word
    # spells out, or one two handle words could spell.
    assert read("Dian", "dianita_sari") == ("dian",)
    assert read("Jess", "j_yuniar4408") == ("jess",)
    assert read("Jes", "jessica.jessicaa") == ("jes",)
    assert read("Je", "jessica_yuniar") == ("je",)  # two letters: too short to read


@pytest.mark.parametrize(
    ("display", "child"),
    [
        ("Bunda Azka", ("azka",)),
        ("Ayah Rafa Pratama", ("rafa", "pratama")),
        ("mama Dinda", ("dinda",)),
        ("Pak Budi", ()),  # an honorific, the owner's own name
        ("Umi Kalsum", ()),  # Umi is a given name too
        ("Bunda", ()),  # one word: kept as the name, nothing to read as a child's
    ],
)
def test_a_parents_teknonym_names_the_child(display: str, child: tuple[str, ...]) -> None:
    assert teknonym_child(parse_name(display)) == child


def test_counts_are_per_employee_not_per_word() -> None:
    stats = _stats(["Budi Budi", "Budi Santoso"])
    assert stats.counts == Counter({phonetic("budi"): 2, phonetic("santoso"): 1})


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("Novi Fauzi (Pemkab Kulon Progo)", ("Novi Fauzi", "Pemkab Kulon Progo")),
        ("Heru Purnomo | ASN Pemprov DKI", ("Heru Purnomo", "ASN Pemprov DKI")),
        ("Budi Santoso - Guru SDN 3", ("Budi Santoso", "Guru SDN 3")),
        ("Siti Aminah, S.Pd.", ("Siti Aminah, S.Pd.", None)),  # degrees are the name's
        ("Anak-anak Ceria", ("Anak-anak Ceria", None)),
        ("(Budi)", ("(Budi)", None)),
    ],
)
def test_an_affiliation_after_the_display_name_is_split_off(
    display: str, expected: tuple[str, str | None]
) -> None:
    assert split_display_name(display) == expected


def test_balinese_markers_and_shortened_birth_order_names() -> None:
    # "I"/"Ni" are left out of display names as honorifics are; shortenings are the names.
    assert parse_name("Ni Nymn Wartini").tokens == parse_name("Ni Nyoman Wartini").tokens
    assert parse_name("Nyoman Wartini").tokens == ("nyoman", "wartini")
    assert parse_name("I Wyn Sudarsana, S.Pd.").tokens == ("wayan", "sudarsana")
    assert parse_name("I GST NGR Oka").tokens == parse_name("I Gusti Ngurah Oka").tokens
    assert parse_name("I Made Sudirta").honorifics == ("i",)
    # glued to the name in a handle, the marker is no word of its own
    stats = TokenStats.from_names([parse_name("Ni Luh Putu Ayu"), parse_name("Luh Fauzi")])
    assert HandleParser(stats).parse("nifauzi39").tokens == ("fauzi",)
