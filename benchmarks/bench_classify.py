"""Benchmark the text classifiers: texts per second on one core, lexicon only and lexicon + model.

    .venv/bin/python benchmarks/bench_classify.py [--texts 50000] [--model MODEL_DIR]

Texts are generated here (seeded) from everyday Indonesian words: 6% of the words are
never-seen strings (names, typos: the per-word caches miss on them), 3% carry a suffix, 2% are
numbers, 3% are elongated ("pagiii"), 2% are words the lexicon scores (insults, promotion...),
and 30% of the posts end in a hashtag. Without --model a small model is trained first on
generated rows (the feature lookups cost the same whatever the vocabulary size); with --model
the given one is used, for example one made by `netra text train`. The first pass warms the
caches the way a long-running scan would; then each of --repeat passes classifies new texts,
and the figure is the best pass, per wall-clock second and per CPU second (the process is
single-threaded, so texts per CPU second is the one-core figure on a busy machine).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

# One core: no BLAS threads (the scoring path uses none, but be sure).
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from netra.text.classify import TextClassifier  # noqa: E402

_WORDS = (
    "saya kami kita kamu dia mereka ini itu yang dan di ke dari untuk dengan pada tidak sudah "
    "belum akan bisa harus mau lagi juga saja hari pagi siang malam kantor dinas rapat warga "
    "pelayanan publik kegiatan program desa kecamatan kabupaten kota sekolah anak ibu bapak "
    "teman keluarga makan minum jalan pulang kerja libur semangat terima kasih selamat semoga "
    "sehat berkah lancar sukses bersama acara upacara apel laporan data anggaran pemerintah "
    "presiden menteri pemilu capres partai kebijakan harga murah gue lo gak bgt yg udah aja "
    "dgn krn utk tdk sih dong deh nih kok"
)
# Words the lexicon scores; posts that use them are the minority a scan looks for.
_FLAGGED = (
    "bodoh goblok anjing bangsat kafir cina bakar serbu rusuh khilafah jihad bom bokep kader "
    "pengurus dpc promo diskon order jual"
)
WORDS = tuple(_WORDS.split())
FLAGGED = tuple(_FLAGGED.split())
HASHTAGS = ("#IndonesiaMaju", "#JumatBerkah", "#PemiluDamai", "#KerjaBersama", "#ASNBerAKHLAK")


def make_text(rng: random.Random) -> str:
    """One synthetic post of 6 to 40 words."""
    n = rng.randint(6, 40)
    words: list[str] = []
    for _ in range(n):
        r = rng.random()
        if r < 0.06:
            # A never-seen word (names, typos): defeats the per-word caches.
            words.append("".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(4, 9))))
        elif r < 0.09:
            words.append(rng.choice(WORDS) + rng.choice(("nya", "lah", "kan", "2", "!!")))
        elif r < 0.11:
            words.append(str(rng.randint(1, 2025)))
        elif r < 0.14:
            w = rng.choice(WORDS)
            words.append(w[:-1] + w[-1] * rng.randint(2, 4))  # elongation
        elif r < 0.16:
            words.append(rng.choice(FLAGGED))
        else:
            words.append(rng.choice(WORDS))
    if rng.random() < 0.3:
        words.append(rng.choice(HASHTAGS))
    text = " ".join(words)
    return text.capitalize() if rng.random() < 0.5 else text


def train_small_model(folder: Path, rng: random.Random) -> Path:
    """Write a tiny generated data set in the reference layout and train on it."""
    from netra.text.train import train

    ib = folder / "data" / "ibrohim2019_hatespeech"
    pe = folder / "data" / "satria2024_pemilu_topics"
    ib.mkdir(parents=True)
    pe.mkdir(parents=True)
    header = "Tweet,HS,Abusive,HS_Individual,HS_Group,HS_Religion,HS_Race,HS_Physical,"
    header += "HS_Gender,HS_Other,HS_Weak,HS_Moderate,HS_Strong\n"
    lines, split = [header], ["row,split\n"]
    for i in range(3000):
        text = make_text(rng).replace(",", " ")
        hs = int(any(w in text for w in ("goblok", "bangsat", "kafir", "cina")))
        sara = int("kafir" in text or "cina" in text)
        lines.append(f"{text},{hs},{hs},0,0,{sara},0,0,0,0,0,0,0\n")
        split.append(f"{i},train\n")
    (ib / "re_dataset.csv").write_text("".join(lines), encoding="latin-1")
    (ib / "split.csv").write_text("".join(split), encoding="utf-8")
    rows = ["text,label\n"] + [f"{make_text(rng)} pemilu capres,Politik\n" for _ in range(600)]
    (pe / "dataset_penyisihan_bdc_2024.csv").write_text("".join(rows), encoding="utf-8")
    (pe / "split.csv").write_text(
        "row,split\n" + "".join(f"{i},train\n" for i in range(600)), encoding="utf-8"
    )
    out = folder / "model"
    train(folder / "data", out, folds=3)
    return out


def rate(clf: TextClassifier, batches: list[list[str]]) -> tuple[float, float]:
    """Best texts per wall second and per CPU second over the batches (new texts each)."""
    best_wall = best_cpu = 0.0
    for texts in batches:
        wall, cpu = time.perf_counter(), time.process_time()
        clf.classify_many(texts)
        best_wall = max(best_wall, len(texts) / (time.perf_counter() - wall))
        best_cpu = max(best_cpu, len(texts) / (time.process_time() - cpu))
    return best_wall, best_cpu


def main() -> None:
    """Run the benchmark and print texts/second."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--model", type=Path, default=None, help="trained model folder")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    warm = [make_text(rng) for _ in range(args.texts)]
    # Every measured pass gets texts it has not seen: caches help only as much as they would
    # on a real stream.
    batches = [[make_text(rng) for _ in range(args.texts)] for _ in range(args.repeat)]
    words = sum(len(t.split()) for t in warm) / len(warm)
    print(f"{args.texts:,} generated texts per pass, {words:.1f} words on average")
    with tempfile.TemporaryDirectory(prefix="netra-bench-") as tmp:
        model_dir = args.model or train_small_model(Path(tmp), rng)
        lexicon_only = TextClassifier.load(None)
        with_model = TextClassifier.load(model_dir)
        source = "given" if args.model else "generated, small"
        for name, clf in (
            ("lexicon only", lexicon_only),
            (f"lexicon + model ({source})", with_model),
        ):
            clf.classify_many(warm)  # a long-running scan has warm caches
            wall, cpu = rate(clf, batches)
            print(f"{name:40s} {wall:8,.0f} texts/s wall, {cpu:8,.0f} texts per CPU second")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
