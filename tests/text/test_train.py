"""Training, model files, evaluation and the `netra text train` / `eval` commands, on a tiny data
set that this test writes itself in the reference layout (invented sentences; CI has no
shared data)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import orjson
import pytest
from typer.testing import CliRunner

from netra.cli.text import text_app
from netra.text.classify import (
    ModelFileError,
    TextClassifier,
    analyze,
    char_features,
    word_features,
)
from netra.text.evaluate import evaluate
from netra.text.train import clean_tweet, load_ibrohim, train

runner = CliRunner()

IB_HEADER = (
    "Tweet,HS,Abusive,HS_Individual,HS_Group,HS_Religion,HS_Race,HS_Physical,HS_Gender,"
    "HS_Other,HS_Weak,HS_Moderate,HS_Strong"
)
GROUPS = ["orang cina", "kaum yahudi", "umat kristen", "orang batak"]
HOSTILE = ["babi semua", "laknat", "harus diusir", "najis dan kotor"]
INSULTS = ["goblok", "tolol", "bego", "bangsat"]
TARGETS = ["kamu", "admin akun ini", "tetangga sebelah", "pejabat itu"]
NEUTRAL = [
    "rapat pagi di kantor dinas",
    "jalan jalan ke pantai bersama keluarga",
    "makan siang nasi goreng enak",
    "hari ini cuaca cerah sekali",
    "belajar menanam sayur di halaman",
    "nonton film baru di bioskop",
]
ELECTION = [
    "debat capres malam ini membahas ekonomi",
    "paslon nomor dua berkampanye di alun alun",
    "kpu menetapkan jadwal pemilu",
    "survei elektabilitas capres naik",
]


def _rows(rng: random.Random) -> list[tuple[str, dict[str, int]]]:
    rows: list[tuple[str, dict[str, int]]] = []
    for _ in range(40):
        text = f"{rng.choice(GROUPS)} itu {rng.choice(HOSTILE)} {rng.choice(NEUTRAL)}"
        rows.append((text, {"HS": 1, "Abusive": 1, "HS_Religion": 1, "HS_Group": 1}))
    for _ in range(50):
        text = f"dasar {rng.choice(INSULTS)} {rng.choice(TARGETS)} {rng.choice(NEUTRAL)}"
        labels = {"Abusive": 1} | ({"HS": 1, "HS_Individual": 1} if rng.random() < 0.5 else {})
        rows.append((text, labels))
    for _ in range(70):
        rows.append((f"{rng.choice(NEUTRAL)} {rng.choice(NEUTRAL)}", {}))
    rng.shuffle(rows)
    return rows


def write_data(root: Path, seed: int = 0) -> Path:
    """Write a tiny data set in the layout of the reference data folder."""
    rng = random.Random(seed)
    ib = root / "ibrohim2019_hatespeech"
    pe = root / "satria2024_pemilu_topics"
    ib.mkdir(parents=True)
    pe.mkdir(parents=True)
    columns = IB_HEADER.split(",")[1:]
    lines = [IB_HEADER]
    split = ["row,split"]
    for i, (text, labels) in enumerate(_rows(rng)):
        # The real file masks users and escapes emoji bytes; so does this one.
        if i % 7 == 0:
            text = "USER " + text + " \\xf0\\x9f\\x98\\x82"
        lines.append(text + "," + ",".join(str(labels.get(c, 0)) for c in columns))
        split.append(f"{i},{'test' if i % 5 == 0 else 'train'}")
    (ib / "re_dataset.csv").write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    (ib / "split.csv").write_text("\n".join(split) + "\n", encoding="utf-8")
    p_lines = ["text,label"]
    p_split = ["row,split"]
    for i in range(40):
        p_lines.append(f"{rng.choice(ELECTION)} {rng.choice(NEUTRAL)} #Pemilu2024,Politik")
        p_split.append(f"{i},{'test' if i % 5 == 0 else 'train'}")
    (pe / "dataset_penyisihan_bdc_2024.csv").write_text("\n".join(p_lines) + "\n", "utf-8")
    (pe / "split.csv").write_text("\n".join(p_split) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("text-train")
    data = write_data(root / "data")
    out = root / "model"
    train(data, out, folds=3)
    return data, out


def test_clean_tweet_undoes_the_data_set_escaping() -> None:
    assert clean_tweet("RT USER: halo\\nsemua \\xf0\\x9f\\x98\\x82 URL") == "halo semua 😂"
    assert clean_tweet("@abcdefghijklmnopqrstuvwxyz012345= keren [RE someone]") == "keren"


def test_loads_latin1_with_labels_and_split(trained: tuple[Path, Path]) -> None:
    data, _ = trained
    rows = load_ibrohim(data)
    assert len(rows) == 160
    assert {r.split for r in rows} == {"train", "test"}
    assert any("HS_Religion" in r.labels for r in rows)
    assert not any("USER" in r.text or "\\x" in r.text for r in rows)


def test_model_folder_has_no_pickle(trained: tuple[Path, Path]) -> None:
    _, out = trained
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "vocab.json", "weights.npz"]
    with np.load(out / "weights.npz", allow_pickle=False) as npz:
        assert {"word_coef", "char_coef", "intercept", "calib_a"} <= set(npz.files)
    manifest = orjson.loads((out / "manifest.json").read_bytes())
    assert manifest["format"] == "netra-text-model"
    assert set(manifest["categories"]) == {"hate.sara", "abuse.defamation", "political.opinion"}
    assert "radicalism" in manifest["lexicon_only_categories"]
    assert len(manifest["data"]["sha256"]) == 64 and manifest["created"]
    assert manifest["heads"]["hate.sara"]["gate"] == "aux.hs"
    for head in manifest["heads"].values():
        assert 0 < head["threshold"] < 1


def test_training_is_deterministic(trained: tuple[Path, Path], tmp_path: Path) -> None:
    data, out = trained
    again = tmp_path / "again"
    train(data, again, folds=3)
    with np.load(out / "weights.npz") as a, np.load(again / "weights.npz") as b:
        for name in a.files:
            np.testing.assert_allclose(a[name], b[name])


def test_trained_model_classifies(trained: tuple[Path, Path]) -> None:
    _, out = trained
    clf = TextClassifier.load(out)
    assert clf.has_model and not clf.warnings
    assert set(clf.model_categories) == {"hate.sara", "abuse.defamation", "political.opinion"}
    hateful, abusive, plain, election = clf.classify_many(
        [
            "kaum yahudi itu najis dan kotor",
            "dasar tolol pejabat itu",
            "makan siang nasi goreng enak",
            "debat capres malam ini membahas ekonomi",
        ]
    )
    assert "hate.sara" in hateful.labels
    assert "abuse.defamation" in abusive.labels
    assert plain.labels == ()
    assert "political.opinion" in election.labels
    assert not hateful.lexicon_only
    scores = clf.model_scores(["dasar tolol pejabat itu"])
    assert set(scores) == {
        "aux.hs",
        "aux.abusive",
        "abuse.defamation",
        "hate.sara",
        "political.opinion",
    }


def test_numpy_scoring_matches_scikit_learn(trained: tuple[Path, Path]) -> None:
    """The model's own TF-IDF + dot product equals scikit-learn's on the stored vocabulary."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    _, out = trained
    model = TextClassifier.load(out)._model
    assert model is not None
    texts = ["orang cina itu laknat", "dasar bego kamu", "rapat pagi", "", "zzz qqq"]
    analyses = [analyze(t) for t in texts]

    def vectorizer(terms: list[str], idf: np.ndarray) -> TfidfVectorizer:
        vec = TfidfVectorizer(
            analyzer=lambda d: d, vocabulary=terms, lowercase=False, sublinear_tf=True
        )
        vec.fit([terms])  # fixes the vocabulary; idf is set below
        vec.idf_ = idf
        return vec

    xw = vectorizer(model.word_terms, model.word_idf).transform(
        [word_features(a.stems) for a in analyses]
    )
    xc = vectorizer(model.char_terms, model.char_idf).transform(
        [char_features(a.words) for a in analyses]
    )
    coef = np.hstack([model.word_coef, model.char_coef])
    expected = hstack([xw, xc]).tocsr() @ coef.T + model.intercept
    got = model.decision(model.transform(analyses), len(texts))
    np.testing.assert_allclose(got, expected, atol=1e-9)


def test_load_from_workspace_and_bad_models(trained: tuple[Path, Path], tmp_path: Path) -> None:
    _, out = trained
    ws = tmp_path / "ws"
    target = ws / "models" / "text"
    target.mkdir(parents=True)
    for f in out.iterdir():
        (target / f.name).write_bytes(f.read_bytes())
    assert TextClassifier.load(ws).model_dir == target

    manifest = orjson.loads((target / "manifest.json").read_bytes())
    manifest["analysis_fingerprint"] = "0" * 16
    (target / "manifest.json").write_bytes(orjson.dumps(manifest))
    assert any("retrain" in w for w in TextClassifier.load(target).warnings)

    manifest["analyzer_version"] = 999
    (target / "manifest.json").write_bytes(orjson.dumps(manifest))
    with pytest.raises(ModelFileError, match="retrain"):
        TextClassifier.load(target)

    (target / "manifest.json").write_bytes(b"{not json")
    with pytest.raises(ModelFileError, match="not valid JSON"):
        TextClassifier.load(target)

    manifest["analyzer_version"] = 1
    (target / "manifest.json").write_bytes(orjson.dumps(manifest))
    (target / "weights.npz").write_bytes(b"garbage")
    with pytest.raises(ModelFileError, match=r"weights\.npz"):
        TextClassifier.load(target)


def test_evaluate_on_test_rows(trained: tuple[Path, Path]) -> None:
    data, out = trained
    report = evaluate(data, out)
    names = {(m.name, m.mode) for m in report.metrics}
    assert ("hate.sara", "lexicon+model") in names
    assert ("any hate or abuse", "lexicon") in names
    assert ("political content recall", "lexicon+model") in names
    assert ("HS + Abusive accuracy (example-based)", "model") in names
    sara = report.get("hate.sara", "lexicon+model")
    assert sara is not None and sara.n == 32 and sara.f1 is not None
    assert "radicalism" in report.lexicon_only_categories
    assert orjson.loads(orjson.dumps(report.to_dict()))["model_dir"] == str(out)


def test_cli_train_and_eval(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = write_data(tmp_path / "data", seed=1)
    monkeypatch.setenv("NETRA_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.setenv("NETRA_DATA_DIR", str(data))
    result = runner.invoke(text_app, ["train"])
    assert result.exit_code == 0, result.output
    assert "hate.sara" in result.output and "lexicon only" in result.output
    assert (tmp_path / "ws" / "models" / "text" / "manifest.json").is_file()
    report = tmp_path / "eval.json"
    result = runner.invoke(text_app, ["eval", "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "hate.sara" in result.output
    metrics = orjson.loads(report.read_bytes())["metrics"]
    assert {m["mode"] for m in metrics} == {"lexicon", "lexicon+model", "model"}


def test_cli_without_data_says_how_to_give_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NETRA_DATA_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(text_app, ["eval"])
    assert result.exit_code == 2
    assert "--data" in result.output and "NETRA_DATA_DIR" in result.output
    result = runner.invoke(text_app, ["train", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "does not exist" in result.output
    (tmp_path / "empty").mkdir()
    result = runner.invoke(text_app, ["train", "--data", str(tmp_path / "empty")])
    assert result.exit_code == 2 and "found neither" in result.output
