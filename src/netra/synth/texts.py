"""Indonesian text templates for synthetic events: everyday, neutral election talk and campaigning.

Benign templates never carry support wording; support templates always name exactly one
political actor (pair, party or pilkada pair) so that the truth can name its target.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------------
# Political actor profiles (public slogans and hashtags of the 2024 pairs; parties' own names)


@dataclass(frozen=True, slots=True)
class PairProfile:
    """How people write about one presidential pair."""

    ballot: str  # "02"
    first: str  # "Prabowo"
    second: str  # "Gibran"
    pair: str  # "Prabowo-Gibran"
    tags: tuple[str, ...]
    extra_terms: tuple[str, ...] = ()

    @property
    def n(self) -> str:
        """Single-digit ballot number."""
        return self.ballot.lstrip("0")

    @property
    def emoji(self) -> str:
        """Ballot number in keycap emoji, as in '0️⃣2️⃣'."""
        return "".join(f"{d}\ufe0f\u20e3" for d in self.ballot)


PAIRS: dict[str, PairProfile] = {
    "01": PairProfile(
        "01",
        "Anies",
        "Muhaimin",
        "Anies-Muhaimin",
        ("#AMIN", "#AniesMuhaimin", "#AMIN2024"),
        ("AMIN", "Anies presiden"),
    ),
    "02": PairProfile(
        "02",
        "Prabowo",
        "Gibran",
        "Prabowo-Gibran",
        ("#02Melanjutkan", "#PrabowoGibran", "#PrabowoGibran2024"),
        ("Prabowo presiden",),
    ),
    "03": PairProfile(
        "03",
        "Ganjar",
        "Mahfud",
        "Ganjar-Mahfud",
        ("#GanjarMahfud", "#GanjarMahfud2024", "#SatSetTasTas"),
        ("Ganjar presiden",),
    ),
}


@dataclass(frozen=True, slots=True)
class PartyProfile:
    """How people write about one party; names chosen so they never occur in benign text."""

    number: str
    full: str
    short: str
    tag: str
    extra_terms: tuple[str, ...] = field(default=())


# Short forms avoid everyday words: PBB is also the UN and the land tax, PKN the civics
# subject, "Buruh"/"Gelora"/"Garuda" ordinary words, so those parties go by full name.
PARTY_SHORT: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "1": ("PKB", "#PKB", ()),
    "2": ("Gerindra", "#Gerindra", ()),
    "3": ("PDI Perjuangan", "#PDIPerjuangan", ("PDIP", "PDI-P")),
    "4": ("Golkar", "#Golkar", ()),
    "5": ("NasDem", "#NasDem", ()),
    "6": ("Partai Buruh", "#PartaiBuruh", ()),
    "7": ("Partai Gelora", "#PartaiGelora", ()),
    "8": ("PKS", "#PKS", ()),
    "9": ("Partai Kebangkitan Nusantara", "#PartaiPKN", ()),
    "10": ("Hanura", "#Hanura", ()),
    "11": ("Partai Garuda", "#PartaiGaruda", ()),
    "12": ("Partai Amanat Nasional", "#PartaiPAN", ()),
    "13": ("Partai Bulan Bintang", "#PartaiBulanBintang", ()),
    "14": ("Partai Demokrat", "#PartaiDemokrat", ()),
    "15": ("PSI", "#PSI", ()),
    "16": ("Perindo", "#Perindo", ()),
    "17": ("PPP", "#PPP", ()),
    "24": ("Partai Ummat", "#PartaiUmmat", ()),
}


@dataclass(frozen=True, slots=True)
class LocalPair:
    """An invented pilkada pair."""

    ballot: str
    head: str  # full name with titles
    deputy: str
    head_first: str
    deputy_first: str
    nick: str  # acronym such as "BUSI"
    tag: str

    @property
    def pair(self) -> str:
        """Pair as written in slogans."""
        return f"{self.head_first}-{self.deputy_first}"


# ---------------------------------------------------------------------------------------------
# Support (campaign) templates. Slots: {first} {second} {pair} {tag} {tag2} {b} {n} {emo}

PAIR_SUPPORT = [
    "Dukung pak {first} jadi presiden! {tag}",
    "{first} presidenku {tag}",
    "Coblos {b}! {pair} untuk Indonesia {tag}",
    "coblos no {n} ya gaes, {pair} menang",
    "nyoblos nomer {b} yaa 🙏 {tag}",
    "{emo} menang satu putaran! {tag}",
    "14 Februari jangan lupa coblos {pair}, nomor urut {b}",
    "Pilih {pair}, pilihan paling tepat untuk Indonesia. {tag}",
    "Sudah mantap hati, {pair} nomor {b} pasti menang!",
    "Saya dukung {first}-{second}! Salam {b} 💪",
    "Ayo menangkan {pair}! {tag}",
    "Yakin {first} presiden 2024, gas terus {tag}",
    "{tag} {tag2} pokoknya {b}",
    "Mari bersama menangkan paslon {b} {pair} di Pilpres 2024",
    "Sudah saatnya {first} memimpin negeri ini. Coblos {b}!",
    "Keluarga besar kami solid pilih {pair} {tag}",
]

PAIR_SUPPORT_COMMENT = [
    "Siap menangkan {b}, Pak {first}!",
    "Lanjutkan pak {first}! coblos {b}",
    "Mantap pak {first}, {tag}",
    "{first} presidenku 🔥🔥",
    "Kami sekeluarga siap coblos {b}! {tag}",
    "Menang {b}! {pair} pasti menang",
]

PAIR_SUPPORT_OCR = [
    "COBLOS NOMOR {b}\n{pair_upper}\n{tag}",
    "{pair_upper} {b}\nPILIHAN KITA BERSAMA\n14 FEBRUARI 2024",
    "AYO MENANGKAN {pair_upper}!\nCOBLOS {b}",
]

PARTY_SUPPORT = [
    "Pemilu 2024 pilih {short}, nomor urut {num}! {tag}",
    "{short} menang! {tag}",
    "Coblos {short} di surat suara DPR, nomor {num} ya",
    "Suara kita untuk {full}. {tag}",
    "Ayo menangkan {short} di Pemilu 2024 💪 {tag}",
    "Dukung terus {full}, partai nomor {num}!",
    "Caleg {short} paling mantap, coblos partainya nomor {num}",
    "{tag} pasti menang, saya dukung {short}!",
]

PARTY_SUPPORT_OCR = [
    "PILIH {short_upper}\nNOMOR URUT {num}\nPEMILU 2024",
    "MENANGKAN {short_upper}!\n{tag}",
]

LOCAL_SUPPORT = [
    "Pilkada Suka Makmur: dukung {pair} nomor urut {n}! {tag}",
    "{nick} untuk Suka Makmur lebih maju {tag}",
    "27 November coblos paslon {n}, {pair} pasti menang",
    "Ayo menangkan {nick} di Pilkada Suka Makmur!",
    "Saya dukung pak {first} jadi Bupati Suka Makmur 💪 {tag}",
    "{tag} {tag} paslon {n} menaaang",
]

# ---------------------------------------------------------------------------------------------
# Political actors' own posts (appear as target.text of engagement events)

PAIR_POSTS_WINDOW = [
    "Terima kasih warga {place} atas sambutan luar biasa hari ini! {tag}",
    "Malam ini debat capres, saksikan bersama ya. {tag}",
    "Bersama kita wujudkan Indonesia yang lebih adil. Coblos {b} pada 14 Februari! {tag}",
    "Hari ini kami menyapa para petani dan nelayan di {place}. {tag}",
    "Kampanye akbar di {place} hari ini, sampai jumpa! {tag}",
    "Terima kasih relawan yang bekerja tanpa lelah. {tag}",
]

PAIR_POSTS_OTHER = [
    "Selamat pagi, semoga hari ini penuh berkah untuk kita semua.",
    "Silaturahmi dengan tokoh masyarakat {place} hari ini.",
    "Terima kasih atas doa dan dukungan selama ini.",
    "Selamat Hari Raya bagi yang merayakan, mohon maaf lahir dan batin.",
    "Berbagi cerita dengan anak muda {place} tentang masa depan.",
]

TEAM_POSTS = [
    "Konsolidasi relawan {pair} se-{place} malam ini. {tag}",
    "Ayo bergabung bersama kami memenangkan {pair}! {tag}",
    "Posko pemenangan {pair} di {place} resmi dibuka. {tag}",
    "Materi kampanye terbaru untuk relawan, silakan dibagikan. {tag}",
]

PARTY_POSTS = [
    "Rapat kerja nasional {full} digelar hari ini di Jakarta.",
    "Selamat Hari Guru Nasional dari keluarga besar {short}.",
    "Kader {short} turun membantu warga terdampak banjir di {place}.",
    "Dirgahayu Republik Indonesia! Salam dari {full}.",
    "Pendidikan politik untuk pemilih muda bersama {short} di {place}.",
    "Pengumuman daftar calon anggota legislatif {full} untuk daerah pemilihan {place}.",
]

LOCAL_POSTS = [
    "Terima kasih warga Desa {village} atas dukungannya. {tag}",
    "Bersama membangun Suka Makmur yang lebih maju. {tag}",
    "Silaturahmi dengan para guru ngaji se-Kecamatan {village}. {tag}",
]

OFFICIAL_POSTS = [
    "Meninjau pembangunan jalan desa di Kecamatan {village} bersama dinas terkait.",
    "Rapat evaluasi kinerja perangkat daerah triwulan ini.",
    "Penyaluran bantuan untuk warga terdampak banjir di Desa {village}.",
    "Apel gabungan ASN di halaman kantor bupati pagi ini.",
    "Mengucapkan selamat kepada siswa berprestasi tingkat provinsi.",
    "Peresmian puskesmas pembantu di Desa {village}.",
]

# Neutral replies on political posts: engagement, not campaigning.
NEUTRAL_POLITICAL_COMMENTS = [
    "Izin menyimak",
    "Hadir",
    "Menyimak dari {place}",
    "Sudah dibaca",
    "Link lengkapnya di mana ya?",
    "Jam berapa acaranya?",
    "Lokasinya di mana, min?",
    "Videonya tidak bisa diputar",
]

NEUTRAL_QUOTES = [
    "Menarik untuk disimak",
    "Info untuk yang belum tahu",
    "Cek faktanya dulu ya",
]

# ---------------------------------------------------------------------------------------------
# Benign everyday content

BENIGN_POSTS = [
    "Selamat pagi, semangat bekerja!",
    "Selamat pagi rekan-rekan, semangat melayani masyarakat",
    "Assalamualaikum, selamat pagi semua",
    "Apel pagi di halaman kantor {unit}",
    "Rapat koordinasi persiapan {activity} bersama tim",
    "Alhamdulillah kegiatan {activity} berjalan lancar",
    "Pelayanan hari ini ramai, terima kasih atas kesabaran warga",
    "Jumat berkah, jangan lupa sedekah",
    "Senam pagi bersama di halaman kantor",
    "Macet parah pagi ini di jalan menuju kantor",
    "Hujan deras dari subuh, hati-hati di jalan",
    "Ngopi dulu sebelum lanjut kerja ☕",
    "Akhir pekan bersama keluarga di {place}",
    "Alhamdulillah anak sudah wisuda hari ini",
    "Masak rendang untuk makan malam keluarga",
    "Ada rekomendasi bengkel motor yang bagus di sekitar {place}?",
    "Bimtek {activity} hari kedua, materinya padat",
    "Monitoring dan evaluasi program di Desa {village}",
    "Selesai juga laporan akhir tahun, lega",
    "Posyandu balita di Desa {village} hari ini",
    "Layanan KTP elektronik buka sampai pukul 15.00",
    "Hari pertama masuk sekolah, selamat datang murid-murid baru",
    "Ujian akhir semester dimulai hari ini, semangat anak-anak",
    "Pembagian rapor semester, terima kasih bapak ibu wali murid",
    "Gotong royong membersihkan saluran air di lingkungan kantor",
    "Donor darah rutin di aula kantor, ayo ikut",
    "Sarapan nasi uduk dulu sebelum berangkat",
    "Latihan voli sore bersama rekan kantor",
    "Alhamdulillah, terima kasih atas ucapan ulang tahunnya",
    "Kunjungan kerja ke {place} untuk sosialisasi {activity}",
]

# (text, first day, last day): greetings only appear around their date.
DATED_POSTS: list[tuple[str, str, str]] = [
    ("Selamat Hari Raya Idul Adha 1444 H, mohon maaf lahir dan batin", "2023-06-28", "2023-07-01"),
    ("Dirgahayu Republik Indonesia ke-78! Merdeka!", "2023-08-16", "2023-08-18"),
    ("Selamat Hari Guru Nasional, terima kasih para guru", "2023-11-25", "2023-11-25"),
    ("Selamat Hari Korpri ke-52, ASN berakhlak", "2023-11-29", "2023-11-29"),
    ("Selamat Hari Ibu, terima kasih untuk semua ibu hebat", "2023-12-22", "2023-12-22"),
    ("Selamat Hari Natal 2023, damai di hati damai di bumi", "2023-12-24", "2023-12-26"),
    ("Selamat Tahun Baru 2024, semoga lebih baik", "2023-12-31", "2024-01-01"),
    ("Selamat menunaikan ibadah puasa Ramadan 1445 H", "2024-03-10", "2024-03-12"),
    ("Selamat Hari Raya Idul Fitri 1445 H, mohon maaf lahir dan batin", "2024-04-09", "2024-04-15"),
    ("Selamat Hari Kartini, perempuan hebat Indonesia", "2024-04-21", "2024-04-21"),
    ("Selamat Hari Pendidikan Nasional", "2024-05-02", "2024-05-02"),
    ("Selamat Hari Raya Idul Adha 1445 H", "2024-06-16", "2024-06-18"),
    ("Dirgahayu Republik Indonesia ke-79!", "2024-08-16", "2024-08-18"),
    ("Selamat Hari Guru Nasional 2024", "2024-11-25", "2024-11-25"),
    ("Selamat Hari Natal 2024, semoga damai menyertai", "2024-12-24", "2024-12-26"),
]

# Everyday posts that fit anyone, not only civil servants.
PUBLIC_POSTS = [
    "Selamat pagi semua, semoga hari ini lancar",
    "Jumat berkah, jangan lupa sedekah",
    "Macet parah pagi ini",
    "Hujan deras dari subuh, hati-hati di jalan",
    "Ngopi dulu biar semangat ☕",
    "Akhir pekan bersama keluarga di {place}",
    "Masak rendang untuk makan malam keluarga",
    "Ada rekomendasi bengkel motor yang bagus di sekitar {place}?",
    "Sarapan nasi uduk dulu sebelum berangkat",
    "Alhamdulillah dagangan hari ini laris",
    "Nonton bola bareng teman-teman malam ini",
    "Panen cabai tahun ini lumayan",
]

BENIGN_COMMENTS = [
    "Mantap, sukses selalu",
    "Selamat ya!",
    "Semoga lancar",
    "Terima kasih infonya",
    "Keren, Pak",
    "Wah, enak sekali",
    "Setuju",
    "Hati-hati di jalan",
    "Sehat selalu, Bu",
    "Mantul",
    "Siap laksanakan",
    "Cantik pemandangannya",
    "Ikut senang mendengarnya",
    "Izin share ya",
    "Masya Allah, barakallah",
]

FRIEND_POSTS = [
    "Liburan bareng keluarga di pantai",
    "Alhamdulillah anak sudah wisuda",
    "Sarapan pagi ini",
    "Foto bersama teman seangkatan diklat",
    "Kebun cabai mulai panen",
    "Kucing baru di rumah",
    "Selamat ulang tahun untuk istriku tercinta",
    "Jalan sore keliling kompleks",
]

PRAYER_POSTS = [
    "Mohon doanya, ibu saya sedang dirawat di rumah sakit",
    "Innalillahi wa inna ilaihi rajiun, telah berpulang ayahanda kami",
    "Mohon doanya, besok anak saya ujian masuk perguruan tinggi",
    "Mohon doa restu, insya Allah berangkat umrah minggu depan",
    "Semoga kita semua diberi kesehatan dan kelancaran rezeki",
]

PRAYER_COMMENTS = [
    "amin",
    "Amin ya Allah",
    "Aamiin yaa rabbal alamin",
    "amin, semoga lekas sembuh",
    "Aamiin 🤲",
    "Amiin, semoga lancar",
    "AMIN ya Allah, semoga lekas pulih",
    "aamiin, turut berduka cita",
]

NEWS_POSTS = [
    "Cuaca hari ini: hujan ringan di sebagian wilayah {place}",
    "Harga cabai merah naik di pasar tradisional {place}",
    "Jadwal pemadaman listrik bergilir di {place} pekan ini",
    "Timnas Indonesia menang dan lolos ke babak berikutnya",
    "Jalan penghubung antarkecamatan di {place} rampung diperbaiki",
    "Pendaftaran sekolah tahun ajaran baru dibuka mulai pekan depan",
    "Festival kuliner daerah digelar di alun-alun {place}",
    "Banjir merendam puluhan rumah di {place}, warga mengungsi",
]

# Neutral election talk: names of pairs appear, but only as reporting, never as support.
ELECTION_NEWS = [
    "KPU menetapkan tiga pasangan calon: Anies-Muhaimin nomor urut 1, Prabowo-Gibran nomor "
    "urut 2, dan Ganjar-Mahfud nomor urut 3",
    "Debat capres malam ini: Anies, Prabowo, dan Ganjar membahas ekonomi dan pangan",
    "KPU: rekapitulasi nasional Pilpres 2024 ditargetkan selesai 20 Maret",
    "Bawaslu mengingatkan ASN untuk tidak menyukai atau membagikan unggahan peserta pemilu",
    "Ganjar Pranowo dijadwalkan hadir dalam debat kedua, menurut panitia KPU",
    "Prabowo Subianto dan Gibran Rakabuming Raka mendaftar ke KPU, dikawal pendukung",
    "Anies Baswedan menyampaikan visi misi dalam debat pertama, dipantau ribuan penonton",
    "Logistik pemilu mulai didistribusikan ke TPS di {place}",
]

PILKADA_NEWS = [
    "Pilkada Suka Makmur: KPU kabupaten menggelar pengundian nomor urut paslon",
    "Debat publik calon bupati Suka Makmur digelar di gedung serbaguna malam ini",
    "Bawaslu Suka Makmur mengingatkan ASN menjaga netralitas selama pilkada",
]

ELECTION_TALK = [
    "Ayo datang ke TPS 14 Februari, gunakan hak pilihmu",
    "Debat capres semalam seru juga ya",
    "ASN wajib netral! Mari jaga netralitas di Pemilu 2024",
    "Jangan golput ya teman-teman",
    "Cek DPT online dulu sebelum ke TPS",
    "Sudah dapat undangan memilih? Jangan lupa bawa KTP",
    "Siapa pun pilihannya, kita tetap bersaudara",
    "Tahun ini jadi petugas KPPS, mohon doanya lancar",
    "Hari ini libur nasional pemungutan suara, ayo ke TPS",
    "Berita: {news}",
    "Baru baca berita, {news_lower}",
]

BENIGN_OCR = [
    "UNDANGAN RAPAT KOORDINASI\nHari/Tanggal: Senin\nTempat: Aula Kantor",
    "JADWAL POSYANDU BULAN INI\nDesa {village_upper}",
    "APEL PAGI SENIN\nDISIPLIN, MELAYANI, BERAKHLAK",
    "BERSAMA CEGAH STUNTING\nGizi seimbang untuk anak Indonesia",
    "JAM PELAYANAN\nSenin-Kamis 08.00-15.30\nJumat 08.00-11.00",
    "SELAMAT DATANG PESERTA BIMTEK",
]

ACTIVITIES = [
    "pelatihan pengelolaan arsip",
    "musrenbang desa",
    "penilaian angka kredit",
    "vaksinasi anak",
    "sensus pertanian",
    "pendataan keluarga",
    "pengadaan barang dan jasa",
    "sosialisasi SPT tahunan",
    "lomba desa",
    "penyusunan anggaran",
    "penanaman pohon",
]

UNITS_SHORT = [
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "Sekretariat Daerah",
    "kecamatan",
    "Badan Kepegawaian",
    "kantor",
]

VILLAGES = [
    "Tanjung Harapan",
    "Sukamaju",
    "Karang Anyar",
    "Sidomulyo",
    "Air Putih",
    "Lubuk Sahung",
    "Mekar Jaya",
    "Talang Baru",
    "Suka Damai",
    "Padang Kelapa",
]

NEWS_OUTLETS = [
    ("Kabar Sukamakmur Hari Ini", "kabarsukamakmur"),
    ("Warta Nusantara Harian", "wartanusantaraharian"),
    ("Info Bengkulu Terkini", "infobengkuluterkini"),
    ("Portal Berita Kota Kini", "portalkotakini"),
    ("Suara Warga Online", "suarawargaonline"),
    ("Lintas Daerah News", "lintasdaerahnews"),
]

COMMUNITY_GROUPS = [
    ("Komunitas Guru Penggerak Bengkulu", "guru.penggerak.bkl"),
    ("Info Loker dan Diklat ASN", "info.diklat.asn"),
    ("Jual Beli Sukamakmur", "jualbeli.sukamakmur"),
    ("Pecinta Kopi Nusantara", "pecinta.kopi.nusantara"),
    ("Alumni SMA Negeri 1 Angkatan 2005", "alumni.sman1.2005"),
    ("Resep Masakan Rumahan", "resep.rumahan"),
]

NON_EMPLOYEE_BIOS = [
    "Wiraswasta",
    "Mahasiswa",
    "Pedagang online",
    "Ibu rumah tangga",
    "Pecinta kopi",
    "Ojol",
    "Petani kopi",
    "Fotografer lepas",
    "",
    "",
    "Penjual pulsa & token",
    "Suka jalan-jalan",
]

# ---------------------------------------------------------------------------------------------
# Claims and confidential documents (invented)

CLAIMS: list[tuple[str, str, str, str, str]] = [
    (
        "C001",
        "Pemerintah menghapus gaji ke-13 bagi seluruh PNS mulai tahun 2024.",
        "hoax",
        "https://cekfakta.example.id/2024/01/gaji-13-dihapus",
        "2024-01-12",
    ),
    (
        "C002",
        "Surat suara Pemilu 2024 di sebuah gudang KPU kabupaten sudah tercoblos untuk "
        "satu pasangan calon sebelum hari pemungutan.",
        "hoax",
        "https://cekfakta.example.id/2024/02/surat-suara-tercoblos",
        "2024-02-05",
    ),
    (
        "C003",
        "Minum air rebusan daun sirsak tiga kali sehari menyembuhkan demam berdarah tanpa "
        "perlu ke dokter.",
        "misleading",
        "https://cekfakta.example.id/2023/11/daun-sirsak-dbd",
        "2023-11-20",
    ),
    (
        "C004",
        "Seleksi PPPK 2024 bisa diluluskan lebih cepat dengan membayar biaya administrasi "
        "lewat tautan WhatsApp.",
        "hoax",
        "https://cekfakta.example.id/2024/09/pppk-berbayar",
        "2024-09-03",
    ),
    (
        "C005",
        "Pemungutan suara Pemilu 2024 dilaksanakan serentak pada 14 Februari 2024.",
        "true",
        "https://cekfakta.example.id/2023/12/jadwal-pemungutan",
        "2023-12-01",
    ),
    (
        "C006",
        "Foto banjir besar yang beredar di grup percakapan adalah kejadian di Kota Bengkulu "
        "minggu ini.",
        "misleading",
        "https://cekfakta.example.id/2024/05/foto-banjir-lama",
        "2024-05-14",
    ),
    (
        "C007",
        "Masa tenang Pemilu 2024 berlangsung pada 11 sampai 13 Februari 2024.",
        "true",
        "https://cekfakta.example.id/2024/02/masa-tenang",
        "2024-02-09",
    ),
]

# Paraphrased, colloquial restatements of the hoax/misleading claims above.
CLAIM_SPREAD: dict[str, list[str]] = {
    "C001": [
        "Info dari grup sebelah: gaji ke 13 PNS mulai tahun ini dihapus pemerintah, siap2 ya rekan",
        "Katanya gaji ke-13 buat PNS udah dihapus mulai 2024, bener gak sih? sebarkan",
    ],
    "C002": [
        "Viral! surat suara di gudang KPU kabupaten sudah dicoblos duluan untuk satu "
        "paslon sebelum hari H",
        "Ternyata surat suara pemilu sudah tercoblos di gudang KPU sebelum pemungutan, parah",
    ],
    "C003": [
        "Rebus daun sirsak, minum 3x sehari, DBD sembuh tanpa ke dokter. Sudah terbukti!",
        "Obat demam berdarah paling ampuh: air rebusan daun sirsak tiga kali sehari, gak "
        "usah ke dokter",
    ],
    "C004": [
        "Mau lulus PPPK 2024 lebih cepat? bayar biaya administrasi lewat link WA ini aja",
        "Info seleksi PPPK 2024: bisa dipercepat kelulusannya dengan bayar administrasi "
        "via tautan WhatsApp",
    ],
    "C006": [
        "Banjir besar di Kota Bengkulu minggu ini, lihat fotonya ngeri sekali",
        "Foto banjir Kota Bengkulu minggu ini, semoga warga selamat semua",
    ],
}

DOCUMENTS: dict[str, str] = {
    "ND-BKPSDM-2024-017": (
        "NOTA DINAS\n"
        "SIFAT: RAHASIA\n"
        "Nomor: 800/017/BKPSDM/2024\n"
        "Perihal: Rencana Rotasi Pejabat Administrator\n\n"
        "Dengan hormat, bersama ini kami sampaikan rancangan rotasi pejabat administrator di "
        "lingkungan Pemerintah Kabupaten Suka Makmur yang akan dibahas dalam sidang Badan "
        "Pertimbangan Jabatan dan Kepangkatan pada akhir bulan ini. Rancangan disusun "
        "berdasarkan hasil penilaian kinerja dua tahun terakhir, kebutuhan organisasi, serta "
        "pemetaan talenta yang telah dilakukan oleh tim penilai internal.\n\n"
        "Terdapat sembilan jabatan yang direncanakan berganti pejabat, di antaranya Kepala "
        "Bagian Perencanaan pada Sekretariat Daerah, Sekretaris Dinas Pekerjaan Umum, dan "
        "Kepala Bidang Anggaran pada Badan Keuangan Daerah. Dua pejabat akan dibebaskan "
        "sementara dari jabatannya sambil menunggu hasil pemeriksaan inspektorat atas temuan "
        "pengelolaan perjalanan dinas tahun lalu.\n\n"
        "Mengingat rancangan ini belum mendapat persetujuan Pejabat Pembina Kepegawaian, kami "
        "mohon agar isi nota dinas ini tidak disebarluaskan dan hanya dibahas dalam forum "
        "terbatas. Setiap kebocoran informasi dapat mengganggu proses penilaian dan menimbulkan "
        "keresahan di kalangan pegawai. Pejabat yang namanya tercantum dalam lampiran belum "
        "diberi tahu dan baru akan dipanggil setelah rancangan disetujui. Apabila ada pertanyaan "
        "dari pegawai, mohon dijawab bahwa belum ada keputusan apa pun. Salinan nota dinas ini "
        "hanya diberikan kepada anggota tim dan wajib dikembalikan setelah rapat selesai.\n\n"
        "Demikian kami sampaikan untuk menjadi perhatian.\n"
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia\n"
    ),
    "MEMO-RSUD-2024-AUDIT": (
        "MEMO INTERNAL\n"
        "TERBATAS - TIDAK UNTUK DIEDARKAN\n"
        "Dari: Tim Pemeriksa Internal RSUD Suka Makmur\n"
        "Kepada: Direktur RSUD\n"
        "Hal: Temuan Sementara Pemeriksaan Pengadaan Alat Kesehatan\n\n"
        "Tim pemeriksa internal telah menyelesaikan pemeriksaan awal atas pengadaan alat "
        "kesehatan tahun anggaran berjalan. Dari dua belas paket yang diperiksa, empat paket "
        "menunjukkan selisih harga yang cukup besar dibandingkan harga pasar dan katalog "
        "elektronik. Selisih terbesar terdapat pada pengadaan monitor pasien dan alat "
        "sterilisasi untuk ruang operasi, dengan nilai kelebihan bayar yang masih dihitung "
        "ulang bersama pejabat pembuat komitmen.\n\n"
        "Tim juga menemukan bahwa dokumen serah terima barang untuk tiga paket belum "
        "ditandatangani oleh panitia penerima, sementara pembayaran sudah dilakukan penuh. "
        "Kami merekomendasikan agar pembayaran termin berikutnya ditunda sampai klarifikasi "
        "dengan penyedia selesai dan dokumen dilengkapi. Kami juga meminta bagian gudang farmasi "
        "menyiapkan daftar barang yang sudah diterima beserta nomor serinya, agar pemeriksaan "
        "fisik minggu depan dapat dilakukan tanpa menunggu dokumen tambahan dari penyedia.\n\n"
        "Temuan ini bersifat sementara dan belum dikonfirmasi kepada pihak terkait. Mohon "
        "memo ini hanya dibaca oleh direktur dan wakil direktur keuangan, dan tidak diteruskan "
        "kepada pihak lain sebelum laporan akhir diterbitkan oleh inspektorat daerah.\n\n"
        "Ketua Tim Pemeriksa Internal\n"
    ),
}

LEAK_LEADS = ["Bocoran nih, baca sendiri:", "Dapat kiriman dari grup kantor:", "Wah ternyata:", ""]

# ---------------------------------------------------------------------------------------------
# Colloquial spelling


_ELONGATE = {
    "menang": "menaaang",
    "pasti": "pastiii",
    "yakin": "yakiiin",
    "gas": "gaaas",
    "ayo": "ayooo",
    "mantap": "mantaaap",
    "yaa": "yaaaa",
    "presidenku": "presidenkuuu",
}
_LEET = [
    str.maketrans({"a": "4", "A": "4"}),
    str.maketrans({"o": "0", "O": "0"}),
    str.maketrans({"i": "1", "I": "1"}),
    str.maketrans({"e": "3", "E": "3"}),
]


def _mixed_case(rng: random.Random, word: str) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)


# Openers and closers multiply the templates into many surface forms.
_OPENERS = [
    "",
    "",
    "",
    "",
    "Bismillah, ",
    "Sudah bulat: ",
    "Bapak ibu, ",
    "Pokoknya ",
    "Dari {place}: ",
    "Gaes, ",
]
_CLOSERS = ["", "", "", "", " 💪", " 🔥🔥", "!!", " 🙏", " Salam!", " #Pemilu2024"]
_PLACES = ["Bengkulu", "Mukomuko", "Suka Makmur", "Bandung", "Surabaya", "Makassar", "Medan"]


def colloquial(rng: random.Random, text: str, names: tuple[str, ...]) -> str:
    """Roughen a support text the way people type: elongation, leetspeak, odd case."""
    opener = _OPENERS[int(rng.random() * len(_OPENERS))]
    if opener:
        opener = opener.format(place=_PLACES[int(rng.random() * len(_PLACES))])
        keep = text[:1] in "#0123456789" or any(text.startswith(n) for n in names)
        text = opener + (text if keep else text[:1].lower() + text[1:])
    text += _CLOSERS[int(rng.random() * len(_CLOSERS))]
    r = rng.random()
    if r < 0.3:
        for plain, long in _ELONGATE.items():
            if plain in text:
                text = text.replace(plain, long, 1)
                break
    r = rng.random()
    if r < 0.15:
        table = _LEET[int(rng.random() * len(_LEET))]
        for name in names:
            if name in text:
                leet = name.translate(table)
                text = text.replace(name, leet.lower() if rng.random() < 0.5 else leet)
    elif r < 0.25:
        for name in names:
            if name in text:
                text = text.replace(name, _mixed_case(rng, name))
    r = rng.random()
    if r < 0.1:
        text = text.lower()
    elif r < 0.15:
        text = text.upper()
    return text


def pair_support(rng: random.Random, p: PairProfile, *, comment: bool = False) -> str:
    """A clearly supportive text for one presidential pair."""
    pool = PAIR_SUPPORT_COMMENT if comment else PAIR_SUPPORT
    tpl = pool[int(rng.random() * len(pool))]
    tags = p.tags
    tag = tags[int(rng.random() * len(tags))]
    tag2 = tags[(tags.index(tag) + 1) % len(tags)]
    text = tpl.format(
        first=p.first,
        second=p.second,
        pair=p.pair,
        tag=tag,
        tag2=tag2,
        b=p.ballot,
        n=p.n,
        emo=p.emoji,
    )
    return colloquial(rng, text, (p.first, p.second))


def pair_support_ocr(rng: random.Random, p: PairProfile) -> str:
    """Banner text for a campaign image of one pair."""
    tpl = PAIR_SUPPORT_OCR[int(rng.random() * len(PAIR_SUPPORT_OCR))]
    return tpl.format(b=p.ballot, pair_upper=p.pair.upper(), tag=p.tags[0])


def party_support(rng: random.Random, p: PartyProfile, *, ocr: bool = False) -> str:
    """A clearly supportive text for one party."""
    pool = PARTY_SUPPORT_OCR if ocr else PARTY_SUPPORT
    tpl = pool[int(rng.random() * len(pool))]
    text = tpl.format(
        short=p.short, full=p.full, num=p.number, tag=p.tag, short_upper=p.short.upper()
    )
    return text if ocr else colloquial(rng, text, (p.short,))


def local_support(rng: random.Random, p: LocalPair) -> str:
    """A clearly supportive text for one invented pilkada pair."""
    tpl = LOCAL_SUPPORT[int(rng.random() * len(LOCAL_SUPPORT))]
    text = tpl.format(pair=p.pair, n=p.ballot, tag=p.tag, nick=p.nick, first=p.head_first)
    return colloquial(rng, text, (p.head_first, p.deputy_first))


def leak_excerpt(rng: random.Random, doc: str) -> str:
    """About 35-45 consecutive words of a document, with a small edit, as someone would paste."""
    words = doc.split()
    n = 35 + int(rng.random() * 11)
    start = int(rng.random() * (len(words) - n))
    chunk = words[start : start + n]
    # Drop one word in the middle: a paste rarely matches byte for byte.
    del chunk[int(rng.random() * (len(chunk) - 2)) + 1]
    return " ".join(chunk)
