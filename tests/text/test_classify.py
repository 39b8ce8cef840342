"""Text classifiers: analysis, the shipped lexicon (clear positives and negatives), the API and
`netra text classify`. Every sentence here is invented for these tests."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from netra.cli.text import text_app
from netra.text.classify import (
    CATEGORIES,
    Classification,
    Lexicon,
    LexiconError,
    ModelFileError,
    TextClassifier,
    analyze,
    is_everyday_word,
    rescale,
    standard_map,
)

runner = CliRunner()


@pytest.fixture(scope="module")
def clf() -> TextClassifier:
    return TextClassifier.load(None)


# --- analysis --------------------------------------------------------------------------------


def test_colloquial_words_become_standard_and_are_stemmed() -> None:
    a = analyze("Gue gak sukaaa sm pembantaian itu, lo ngerti?")
    assert a.words[0] == "saya" and "kamu" in a.words
    assert "bantai" in a.stems  # "pembantaian" -> "bantai"
    assert len(a.words) == len(a.stems)


def test_standard_map_keeps_real_words_and_domain_fixes() -> None:
    table = standard_map()
    assert "kaya" not in table  # "rich", not a spelling of "kayak"
    assert "wa" not in table  # WhatsApp
    assert table["bgst"] == "bangsat"


def test_unknown_words_with_nya_lose_it() -> None:
    assert analyze("promonya").stems == ("promo",)
    assert analyze("hanya").stems == ("hanya",)  # a dictionary word is left alone


def test_empty_text() -> None:
    assert analyze("").words == ()
    assert analyze("!!! 🙂").words == ()


# --- lexicon: clear positives ----------------------------------------------------------------

POSITIVES = [
    ("hate.sara", "dasar cina babi, usir aja dari negeri ini"),
    ("hate.sara", "orang kafir laknat itu harus diusir"),
    ("hate.state", "Pancasila itu thogut, harus diganti"),
    ("hate.state", "bubarkan NKRI sekarang juga"),
    ("abuse.defamation", "dasar goblok, otak udang lu"),
    ("abuse.defamation", "gue bunuh lo kalo ketemu"),
    ("provocation", "Ayo serbu kantor KPU besok!"),
    ("provocation", "mari kita bakar gedung itu rame-rame"),
    ("radicalism", "tegakkan khilafah, jihad qital melawan thogut"),
    ("radicalism", "belajar merakit bom panci untuk amaliyah"),
    ("pornography", "link bokep full durasi, open BO juga"),
    ("political.affiliation", "Alhamdulillah saya resmi jadi kader Partai Gerindra"),
    ("political.affiliation", "Terima kasih atas amanah sebagai pengurus DPC partai kami"),
    ("political.affiliation", "Bismillah, saya caleg DPRD Klaten nomor 5 dari Demokrat"),
    ("political.opinion", "Kebijakan pemerintah soal BBM ini gagal total"),
    ("political.opinion", "The government policy on taxes is a disaster, PTI was right"),
    ("business.promotion", "Open order kue kering, harga 85rb, minat hubungi WA 0812-3456-7890"),
    ("business.promotion", "Ready stock sepatu, bisa COD, free ongkir!"),
]


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_lexicon_flags_clear_positives(clf: TextClassifier, category: str, text: str) -> None:
    result = clf.classify(text)
    assert category in result.labels, result
    assert result.scores[category] >= 0.5
    assert result.evidence[category], "a lexicon label always carries its matched words"


# --- lexicon: clear negatives ----------------------------------------------------------------

NEGATIVES = [
    "Assalamualaikum, selamat pagi rekan-rekan, semoga hari ini penuh berkah",
    "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin untuk seluruh umat muslim",
    "Selamat merayakan Natal bagi saudara-saudara umat Kristiani",
    "Selamat Tahun Baru Imlek untuk warga Tionghoa, Gong Xi Fa Cai",
    "Selamat Hari Raya Nyepi bagi umat Hindu",
    "Rapat koordinasi pelayanan publik di kantor kecamatan berjalan lancar",
    "Apel pagi bersama seluruh pegawai dinas, tetap semangat melayani",
    "Sosialisasi pencegahan stunting bersama kader posyandu desa",
    "Debat capres malam ini membahas ekonomi, jangan lupa datang ke TPS",
    "KPU mengumumkan daftar calon tetap untuk pemilu tahun depan",
    "Mari jaga kondusivitas wilayah, jangan mudah terprovokasi",
    "BNPT mengajak masyarakat menolak radikalisme dan terorisme",
    "NKRI harga mati, Pancasila dasar negara kita",
    "Makan siang ikan bakar bersama tim setelah rapat",
    "Anjing peliharaan saya sudah divaksin rabies",
    "Pemeriksaan payudara sendiri penting untuk deteksi dini kanker",
    "Ayo serbu promonya, diskon sampai akhir bulan",
    # a relative's candidacy or membership is not the writer's
    "Sepupu saya caleg DPRD Klaten nomor 5 Demokrat lho, dukung yaa",
    "Suami saya kader PKS sejak kuliah",
    # firewood is no arson
    "Bara api dari tungku hampir membakar dapur warga. Hati-hati memasak pakai kayu bakar ya",
]
# Everything but the pk-pack categories that are about topic, not wrongdoing.
WRONGDOING = [c for c in CATEGORIES if c not in ("political.opinion", "business.promotion")]


@pytest.mark.parametrize("text", NEGATIVES)
def test_lexicon_leaves_everyday_posts_alone(clf: TextClassifier, text: str) -> None:
    result = clf.classify(text, WRONGDOING)
    assert result.labels == (), result


def test_neutral_election_talk_is_political_content_only(clf: TextClassifier) -> None:
    result = clf.classify("Debat capres malam ini, pemilu tinggal sebulan lagi")
    assert result.labels == ("political.opinion",)


def test_negators_and_exceptions(clf: TextClassifier) -> None:
    assert "provocation" not in clf.classify("jangan rusuh, jangan serbu apa pun").labels
    assert "provocation" not in clf.classify("ayo bakar kalori dengan senam pagi").labels
    assert "business.promotion" not in clf.classify("harga diri bangsa dipertaruhkan").labels


def test_a_weak_word_alone_is_not_enough(clf: TextClassifier) -> None:
    result = clf.classify("ada bom di film semalam")
    assert "radicalism" not in result.labels
    assert 0 < result.scores["radicalism"] < 0.5
    assert result.evidence["radicalism"] == ("bom",)


@pytest.mark.parametrize(
    "text",
    [
        "Jancuk, macet pol nang Kepanjen, onok kampanye partai",
        "Yo opo kabare cuk, suwe gak ketemu",
        "Jancok, enak pol rawone iki",
    ],
)
def test_suroboyoan_jancuk_as_a_filler_is_no_insult(clf: TextClassifier, text: str) -> None:
    assert "abuse.defamation" not in clf.classify(text).labels


@pytest.mark.parametrize(
    "text", ["jancuk kowe, ngapusi rakyat", "dasar jancuk, pejabat korup", "Cok raimu iku lho"]
)
def test_jancuk_aimed_at_someone_is_abuse(clf: TextClassifier, text: str) -> None:
    assert "abuse.defamation" in clf.classify(text).labels


def test_pairs_report_both_sides(clf: TextClassifier) -> None:
    result = clf.classify("orang batak itu memang bodoh semua")
    assert "hate.sara" in result.labels
    assert any("…" in e for e in result.evidence["hate.sara"])


# --- API -------------------------------------------------------------------------------------


def test_result_shape_and_lexicon_only_flag(clf: TextClassifier) -> None:
    assert not clf.has_model
    assert clf.warnings and "lexicon only" in clf.warnings[0]
    results = clf.classify_many(["selamat pagi", "dasar goblok"])
    assert all(isinstance(r, Classification) for r in results)
    assert set(results[0].scores) == set(CATEGORIES)
    assert all(0.0 <= v <= 1.0 for r in results for v in r.scores.values())
    assert all(r.lexicon_only for r in results)
    assert results[1].labels == ("abuse.defamation",)


def test_categories_filter(clf: TextClassifier) -> None:
    result = clf.classify("dasar goblok, ayo serbu", ["provocation"])
    assert set(result.scores) == {"provocation"}
    assert result.labels == ("provocation",)
    with pytest.raises(ValueError, match="unknown categories"):
        clf.classify("x", ["hate.nope"])
    # Spec categories scored elsewhere (hoax, leaks) are accepted and never labelled here.
    other = clf.classify("dasar goblok, ini hoax", ["hoax", "abuse.defamation"])
    assert other.scores["hoax"] == 0.0 and other.labels == ("abuse.defamation",)


def test_many_texts_in_batches(clf: TextClassifier) -> None:
    texts = ["dasar goblok"] * 5000 + ["selamat pagi"]
    results = clf.classify_many(texts)
    assert len(results) == 5001 and results[-1].labels == ()


def test_rescale_keeps_order_and_maps_threshold_to_half() -> None:
    assert rescale(0.3, 0.3) == pytest.approx(0.5)
    assert rescale(0.0, 0.3) == 0.0 and rescale(1.0, 0.3) == pytest.approx(1.0)
    assert rescale(0.2, 0.3) < rescale(0.29, 0.3) < rescale(0.31, 0.3)


def test_load_without_model_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="no Netra text model"):
        TextClassifier.load(tmp_path)


def test_bad_lexicon_is_reported_with_its_entry(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="unknown category"):
        Lexicon({"categories": {"hate.nope": {"strong": ["x"]}}})
    with pytest.raises(LexiconError, match=r"provocation\.pairs\[0\]"):
        Lexicon({"categories": {"provocation": {"pairs": [{"weight": "huge", "a": ["x"]}]}}})
    path = tmp_path / "lex.yaml"
    path.write_text("categories: [", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        Lexicon.load(path)


def test_custom_lexicon() -> None:
    lexicon = Lexicon(
        {
            "categories": {
                "pornography": {"strong": ["kata terlarang"], "except": ["bukan kata terlarang"]}
            }
        }
    )
    clf = TextClassifier(lexicon)
    assert clf.classify("ini kata terlarang").labels == ("pornography",)
    assert clf.classify("ini bukan kata terlarang").labels == ()


# --- CLI -------------------------------------------------------------------------------------


def test_cli_classify_reports_bad_lines_and_goes_on(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NETRA_WORKSPACE", str(tmp_path / "ws"))  # no trained model there
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "dasar goblok lu"}\n'
        "not json\n"
        '{"id": "b"}\n'
        "\n"
        '{"id": 3, "text": "Selamat pagi, rapat jam 9"}\n'
        "[1, 2]\n",
        encoding="utf-8",
    )
    dst = tmp_path / "out" / "res.jsonl"
    result = runner.invoke(text_app, ["classify", "--in", str(src), "--out", str(dst)])
    assert result.exit_code == 0, result.output
    assert "in.jsonl:2" in result.output and "in.jsonl:3" in result.output
    assert "in.jsonl:6" in result.output
    assert "lexicon only" in result.output
    rows = [orjson.loads(line) for line in dst.read_bytes().splitlines()]
    assert [r["id"] for r in rows] == ["a", 3]
    assert rows[0]["labels"] == ["abuse.defamation"]
    assert rows[0]["evidence"]["abuse.defamation"] == ["goblok"]
    assert set(rows[0]) == {"id", "labels", "scores", "evidence", "lexicon_only"}
    assert rows[1]["labels"] == []


def test_cli_classify_category_option_and_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NETRA_WORKSPACE", str(tmp_path / "ws"))
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "ayo serbu, dasar goblok"}\n', encoding="utf-8")
    dst = tmp_path / "res.jsonl"
    args = ["classify", "--in", str(src), "--out", str(dst), "-c", "provocation"]
    result = runner.invoke(text_app, args)
    assert result.exit_code == 0, result.output
    assert orjson.loads(dst.read_bytes())["labels"] == ["provocation"]
    result = runner.invoke(text_app, [*args[:-1], "hate.nope"])
    assert result.exit_code == 2 and "unknown categories" in result.output
    result = runner.invoke(
        text_app, ["classify", "--in", str(tmp_path / "missing.jsonl"), "--out", str(dst)]
    )
    assert result.exit_code == 2 and "cannot read" in result.output
    result = runner.invoke(
        text_app, ["classify", "--in", str(src), "--out", str(dst), "--model", str(tmp_path)]
    )
    assert result.exit_code == 3 and "no Netra text model" in result.output


def test_fast_stemming_paths_agree_with_sastrawi() -> None:
    """Words skipping the full stemmer get exactly what Sastrawi would give them."""
    import random

    from netra.text.classify import _root_words, _stem, _stemmer

    rng = random.Random(7)
    roots = sorted(w for w in _root_words() if w.isalpha())
    suffixes = ["lah", "pun", "ku", "mu", "nya", "i", "kan", "an", "is", "isme", "kannya"]
    words = {
        "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(4, 10)))
        for _ in range(3000)
    }
    words |= {r + s for r in rng.sample(roots, 400) for s in suffixes}
    words |= {"pijakan", "makanan", "bukunya", "rumahku", "pembantaian", "dibakar"}
    stemmer = _stemmer()
    for word in sorted(words):
        expected = str(stemmer.stem_word(word)) or word
        got = _stem(word)
        # The one deliberate difference: "-nya" glued to a word Sastrawi does not know.
        assert got == expected or (word.endswith("nya") and expected == word), word


def test_everyday_words_are_dictionary_words_as_written_or_stemmed() -> None:
    assert all(is_everyday_word(w) for w in ("maju", "sat", "set", "bersama", "perubahan"))
    assert not any(is_everyday_word(w) for w in ("gemoy", "ngahiji", "anies", "dawis"))
