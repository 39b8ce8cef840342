"""Texts for the content categories in synthetic bundles: clear violations and near misses.

Written for Netra's synthetic data (no real person, no text from any data set). Violations are
plainly what their category names; near misses share a hostile-looking word with them but are
everyday speech ("ikan bakar", "anjing peliharaan", "kader posyandu"), so a detector that only
matches words shows itself.
"""

from __future__ import annotations

VIOLATIONS: dict[str, tuple[str, ...]] = {
    "hate.sara": (
        "Usir saja semua orang Cina dari kampung ini, dasar bangsa penipu",
        "Dasar kafir, umat agama itu harus dibasmi dari negeri ini",
        "Orang Kristen itu kafir laknat, usir dari kampung kita",
        "etnis cina harus diusir, dasar babi semua",
        "Suku pendatang itu biang masalah, etnis pendatang harus diusir dari tanah kita!!",
    ),
    "hate.state": (
        "Pancasila itu thogut, sudah saatnya NKRI dibubarkan dan diganti",
        "NKRI bubarkan saja, Pancasila sistem kafir, ganti dengan khilafah",
        "Pemerintah ini thogut, tidak wajib ditaati, turunkan paksa",
    ),
    "abuse.defamation": (
        "Kepala dinas itu goblok dan bangsat, maling uang rakyat",
        "Dasar bupati bodoh, anjing kau, tukang korupsi",
        "camat kita itu tolol bgt, bajingan tengik",
        "Awas kau pak kadis, kubunuh kau kalau berani datang lagi",
    ),
    "provocation": (
        "Ayo serbu dan bakar kantor bupati besok, bikin rusuh sekalian",
        "Besok kita turun ke jalan, bakar dan hancurkan semua, jangan kasih ampun",
        "Serbu kantor DPRD malam ini, rusuh saja biar mereka takut!!!",
    ),
    "radicalism": (
        "Tegakkan khilafah, angkat senjata dan perangi thogut dengan bom",
        "Jihad qital wajib, siapkan bom untuk para thogut",
        "Bergabunglah dengan mujahidin, perangi aparat thogut dengan senjata",
    ),
    "pornography": (
        "Video bokep terbaru full tanpa sensor, link di bio, bisa open BO",
        "Open BO malam ini, video bugil ada di link bio",
    ),
    "political.affiliation": (
        "Alhamdulillah hari ini resmi jadi kader partai dan sudah pegang KTA partai",
        "Bangga dilantik sebagai pengurus DPC partai di kabupaten kami",
        "Saya kader partai sejak 2019, bangga pegang KTA",
    ),
}

# A text may rightly belong to more than one category (calling the state "thogut" is both
# hate against the state and radical; an ethnic slur is also an insult): findings of these
# extra categories are neither expected nor wrong.
ALSO: dict[str, tuple[str, ...]] = {
    "hate.sara": ("abuse.defamation", "provocation"),
    "hate.state": ("radicalism", "provocation"),
    "abuse.defamation": ("provocation",),
    "provocation": ("abuse.defamation", "radicalism"),
    "radicalism": ("hate.state", "provocation"),
    "pornography": ("business.promotion",),
    "political.affiliation": ("political.opinion",),
}

NEAR_MISSES: tuple[str, ...] = (
    "Makan siang ikan bakar dan sambal di warung dekat kantor",
    "Malam minggu bakar jagung bersama keluarga di halaman",
    "Anjing peliharaan saya baru selesai vaksin rabies di puskesmas hewan",
    "Kegiatan kader posyandu bulan ini menimbang balita dan imunisasi",
    "Hari ini murid belajar tentang Pancasila sebagai dasar negara",
    "Mari bersama menolak radikalisme dan terorisme di lingkungan kerja",
    "Ayo periksa kanker payudara sejak dini di puskesmas terdekat",
    "Sarapan nasi uduk dulu sebelum berangkat apel pagi",
    "Bank sampah kelurahan menerima sampah plastik setiap Sabtu",
    "Harga mati NKRI! Selamat hari lahir Pancasila",
    "Pelatihan penanganan bencana: cara memadamkan api dengan alat pemadam",
    "Rapat koordinasi pencegahan kerusuhan menjelang pilkada berjalan lancar",
)
