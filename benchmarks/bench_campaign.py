"""Micro benchmark: texts per second of ``CampaignDetector.detect_many`` and ``normalize``.

Run: ``.venv/bin/python benchmarks/bench_campaign.py [--n 100000] [--seed 7]``.
The texts are generated (no data set needed): everyday office posts, greetings, neutral
election talk and campaign posts in colloquial spelling, about 150 characters each.
"""

from __future__ import annotations

import argparse
import random
import time

from netra.detect.campaign import CampaignDetector, TargetRef
from netra.text.normalize import normalize

TARGETS = [
    TargetRef(
        "T01",
        "Anies Rasyid Baswedan – Abdul Muhaimin Iskandar (Cak Imin)",
        "candidate",
        "pilpres",
        "01",
        None,
    ),
    TargetRef(
        "T02", "Prabowo Subianto – Gibran Rakabuming Raka", "candidate", "pilpres", "02", None
    ),
    TargetRef("T03", "Ganjar Pranowo – Mohammad Mahfud MD", "candidate", "pilpres", "03", None),
    TargetRef("P01", "Partai Kebangkitan Bangsa (PKB)", "party", None, "1", None),
    TargetRef("P02", "Partai Gerakan Indonesia Raya (Gerindra)", "party", None, "2", None),
    TargetRef("P03", "Partai Demokrasi Indonesia Perjuangan (PDI-P)", "party", None, "3", None),
    TargetRef("R01", "Bambang Sudarsono – Ratna Kumalasari", "candidate", "pilbup", "1", None),
]
KEYWORDS = [
    ("T01", "#AMIN"),
    ("T01", "AMIN"),
    ("T02", "#02Melanjutkan"),
    ("T02", "Prabowo-Gibran"),
    ("T03", "Ganjar-Mahfud"),
    ("T03", "#GanjarPresiden"),
    ("P03", "coblos nomor 3"),
]

EVERYDAY = [
    "Selamat pagi rekan-rekan, jangan lupa apel jam {n} di halaman kantor ya",
    "Rapat koordinasi {place} dipindah ke ruang {n}, mohon hadir tepat waktu",
    "Alhamdulillah laporan triwulan sudah selesai, terima kasih tim {place}",
    "Semoga lekas sembuh Bu {person}, aamiin ya Allah",
    "Assalamualaikum, selamat hari raya, mohon maaf lahir dan batin 🙏",
    "Persib menang {n}-{m} tadi malam, mantap bangeeet!!",
    "Pelatihan gelombang {n} untuk pegawai golongan {m} dimulai besok",
    "Info: layanan {place} tutup sementara tanggal {n} karena perbaikan jaringan",
    "Gas terus kerjanya, semangat tim {place} 💪",
    "Ada {n} orang yang belum isi absen, tolong dicek ya {person}",
    "lagi makan siang di warung {person}, enak bgt sambelnya 😋",
]
NEUTRAL = [
    "Ayo datang ke TPS {n} Februari, gunakan hak pilihmu dengan bijak",
    "ASN wajib netral ya teman2, jaga netralitas di media sosial",
    "Debat capres semalam seru, Anies dan Prabowo saling sindir soal {place}",
    "Hasil quick count sementara: 02 unggul, tunggu hasil resmi KPU",
    "Jangan golput! Siapapun pilihannya, tetap rukun ya",
]
CAMPAIGN = [
    "cobloss no {b} yaa, pasti menang satu putaran 🔥",
    "dukung bgt pr4bowo, #02Melanjutkan sampai menang",
    "GAS 0{b}!!! jangan lupa ajak keluarga",
    "Saya mendukung Pak Anies, #AMIN untuk perubahan",
    "Ganjar-Mahfud pilihanku, salam 3 jari dari {place}",
    "Ayo menangkan Gibran, anak muda pilihan kita",
]
PLACES = ["Dinas Pendidikan", "Bappeda", "Kecamatan Sukamaju", "Puskesmas", "BKPSDM", "Setda"]
PEOPLE = ["Sari", "Rina", "Budi", "Dewi", "Agus", "Wulan", "Hendra", "Yanti"]


def generate(count: int, seed: int, political: float = 0.25) -> list[str]:
    """Return ``count`` texts of about 150 characters; ``political`` of them start with
    election talk (60% neutral, 40% campaigning), the rest with everyday posts."""
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(count):
        roll = rng.random()
        if roll < political * 0.6:
            pool = NEUTRAL
        elif roll < political:
            pool = CAMPAIGN
        else:
            pool = EVERYDAY
        parts: list[str] = []
        while sum(len(p) for p in parts) < 130:
            template = rng.choice(pool if not parts else EVERYDAY + pool)
            parts.append(
                template.format(
                    n=rng.randint(1, 30),
                    m=rng.randint(0, 5),
                    b=rng.randint(1, 3),
                    place=rng.choice(PLACES),
                    person=rng.choice(PEOPLE),
                )
            )
        texts.append(". ".join(parts)[:150])
    return texts


def main() -> None:
    """Print throughput of normalize and detect_many on generated texts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000, help="number of texts")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--political", type=float, default=0.25, help="share of texts that start political"
    )
    args = parser.parse_args()

    texts = generate(args.n, args.seed, args.political)
    detector = CampaignDetector(TARGETS, KEYWORDS)
    mean_length = sum(map(len, texts)) / len(texts)

    # CPU time of this process: one core's throughput, whatever else the machine is doing.
    start = time.process_time()
    for text in texts:
        normalize(text)
    normalize_seconds = time.process_time() - start

    start = time.process_time()
    results = detector.detect_many(texts)
    detect_seconds = time.process_time() - start

    with_hits = sum(1 for hits in results if hits)
    print(f"texts: {len(texts):,} (mean {mean_length:.0f} chars), with hits: {with_hits:,}")
    print(f"normalize:   {len(texts) / normalize_seconds:,.0f} texts/s (CPU time, one core)")
    print(f"detect_many: {len(texts) / detect_seconds:,.0f} texts/s (CPU time, one core)")


if __name__ == "__main__":
    main()
