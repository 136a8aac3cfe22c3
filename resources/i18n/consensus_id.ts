<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>What-if: imagined changes, nothing is saved</source>
        <translation>Bagaimana jika: perubahan bayangan, tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>Show factions and brokers on the map</source>
        <translation>Tampilkan faksi dan penghubung di peta</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Bagaimana jika…</translation>
    </message>
    <message>
        <source>Where each buyer is</source>
        <translation>Posisi setiap pembeli</translation>
    </message>
    <message>
        <source>What makes up the score</source>
        <translation>Komponen skor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt; — select one to see who it concerns</source>
        <translation>&lt;b&gt;Temuan&lt;/b&gt; — pilih satu untuk melihat siapa yang terkait</translation>
    </message>
    <message>
        <source>Open a pursuit to assess it.</source>
        <translation>Buka peluang untuk menilainya.</translation>
    </message>
    <message>
        <source>Not enough to assess yet</source>
        <translation>Belum cukup untuk dinilai</translation>
    </message>
    <message>
        <source>{delta} points if this happened · {verdict}</source>
        <translation>{delta} poin jika ini terjadi · {verdict}</translation>
    </message>
    <message>
        <source>Each cause of trouble costs once, by its most severe finding.</source>
        <translation>Setiap penyebab masalah dikurangi sekali, menurut temuan paling berat.</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>Tidak ada temuan: tidak ada yang menghalangi kelompok ini mengambil keputusan.</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>Nama pemangku kepentingan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>The part of the organisation they work in</source>
        <translation>Bagian organisasi tempat ia bekerja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Their buying role in this pursuit</source>
        <translation>Peran pembeliannya dalam peluang ini</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Pemberi persetujuan</translation>
    </message>
    <message>
        <source>Formally signs off on the purchase</source>
        <translation>Menyetujui pembelian secara resmi</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Sikap</translation>
    </message>
    <message>
        <source>How they lean on this purchase: −2 opposed … +2 advocate</source>
        <translation>Sikapnya terhadap pembelian ini: −2 menentang … +2 pembela</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <source>How much they sway the decision: 1 little … 5 decisive</source>
        <translation>Seberapa besar ia memengaruhi keputusan: 1 sedikit … 5 menentukan</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mobilizers (go-getter, teacher, skeptic) drive change; talkers (guide, friend, climber)
are easy to reach but do not drive it; blockers resist.</source>
        <translation>Mobilizer (go-getter, teacher, skeptic) mendorong perubahan; talker (guide, friend, climber)
mudah dihubungi tetapi tidak mendorongnya; blocker menolak.</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>Terakhir dihubungi</translation>
    </message>
    <message>
        <source>When the account team last engaged them</source>
        <translation>Kapan tim akun terakhir menghubunginya</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Where they are in the purchase: problem definition, solution identification, supplier
selection. Choosing another asks when and what moved them, and keeps the move in their history.</source>
        <translation>Posisinya dalam pembelian: definisi masalah, identifikasi solusi, pemilihan pemasok.
Memilih tahap lain menanyakan kapan dan apa yang menggerakkannya, dan menyimpan perpindahan itu dalam riwayatnya.</translation>
    </message>
</context>
<context>
    <name>CommitteeTable</name>
    <message>
        <source>Filter committee…</source>
        <translation>Saring komite…</translation>
    </message>
    <message>
        <source>Show members whose name, title, function, role or profile contain every word</source>
        <translation>Tampilkan anggota yang nama, jabatan, fungsi, peran, atau profilnya memuat setiap kata</translation>
    </message>
</context>
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;Komite</translation>
    </message>
    <message>
        <source>Show the committee and the people who link them (reporting line, influencers, brokers)</source>
        <translation>Tampilkan komite dan orang yang menghubungkan mereka (garis pelaporan, pemberi pengaruh, penghubung)</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Semua orang</translation>
    </message>
    <message>
        <source>Show everyone at the account</source>
        <translation>Tampilkan semua orang di akun</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>Sama seperti jendela ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>&lt;i&gt;Select someone on the map&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pilih seseorang di peta&lt;/i&gt;</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>What would make this a win for them personally?</source>
        <translation>Apa yang menjadi kemenangan pribadi baginya?</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>Tambahkan ke peta</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Pemangku kepentingan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Melapor kepada</translation>
    </message>
    <message>
        <source>Personal win</source>
        <translation>Kemenangan pribadi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>On this pursuit&apos;s committee</source>
        <translation>Anggota komite peluang ini</translation>
    </message>
    <message>
        <source>Formal sign-off (approver)</source>
        <translation>Persetujuan resmi (pemberi persetujuan)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Komite</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Sikap</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>Terakhir dihubungi</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>Tahap pembelian</translation>
    </message>
    <message>
        <source>Add a priority in their words, then Enter</source>
        <translation>Tambahkan prioritas dengan kata-katanya sendiri, lalu Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New stakeholder&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Pemangku kepentingan baru&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select someone on the map, or add a stakeholder&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pilih seseorang di peta, atau tambahkan pemangku kepentingan&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>Pandangan di tim:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Consensus</source>
        <translation>&amp;Tentang Consensus</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation>&amp;Lupakan orang ini…</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Membuka ruang kerja…</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Pemangku kepentingan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>&amp;Akun baru…</translation>
    </message>
    <message>
        <source>New &amp;pursuit…</source>
        <translation>&amp;Peluang baru…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Buka ruang kerja &amp;demo</translation>
    </message>
    <message>
        <source>New &amp;stakeholder</source>
        <translation>&amp;Pemangku kepentingan baru</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Fit to view</source>
        <translation>&amp;Paskan ke layar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Perbes&amp;ar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Perke&amp;cil</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Atur ulang tata letak</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Show buying stages</source>
        <translation>Tampilkan tahap pembelian</translation>
    </message>
    <message>
        <source>Badge each committee member&apos;s card with their buying stage</source>
        <translation>Beri lencana tahap pembelian pada kartu setiap anggota komite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>Tandai sudah &amp;keluar dari perusahaan…</translation>
    </message>
</context>
<context>
    <name>MessagingPanel</name>
    <message>
        <source>Open a pursuit to draft messages for its buying group.</source>
        <translation>Buka peluang untuk menyusun pesan bagi kelompok pembelinya.</translation>
    </message>
    <message>
        <source>The language the drafts and the kits&apos; shareable pieces are written in</source>
        <translation>Bahasa untuk draf dan bagian kit yang dapat dibagikan</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Mobilizer kits</source>
        <translation>Kit mobilizer</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Salin teks</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Salin Markdown</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Simpan ke pustaka</translation>
    </message>
    <message>
        <source>Write the drafts in:</source>
        <translation>Tulis draf dalam:</translation>
    </message>
    <message>
        <source>For the {stage} stage: {drafts} built on the themes the group shares, and {kits} for supportive mobilizers.</source>
        <translation>Untuk tahap {stage}: {drafts} berdasarkan tema yang dimiliki bersama kelompok, dan {kits} untuk mobilizer pendukung.</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>Menulis draf dalam {language}…</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Open a pursuit to plan the decision with the customer.</source>
        <translation>Buka peluang untuk merencanakan keputusan bersama pelanggan.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Who (theirs, ours)</source>
        <translation>Siapa (mereka, kita)</translation>
    </message>
    <message>
        <source>When, how far</source>
        <translation>Kapan, sejauh mana</translation>
    </message>
    <message>
        <source>What is to be done, e.g. Security review of the pilot</source>
        <translation>Apa yang harus dilakukan, mis. tinjauan keamanan pilot</translation>
    </message>
    <message>
        <source>Who on our team</source>
        <translation>Siapa di tim kita</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Tambah langkah</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Hapus langkah</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>Penanggung jawab pelanggan</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Penanggung jawab kita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— belum ada —</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>Belum ada rencana: sepakati langkah menuju keputusan dengan pelanggan dan tambahkan di sini.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Your full name, as colleagues know you</source>
        <translation>Nama lengkap Anda, seperti dikenal rekan kerja</translation>
    </message>
    <message>
        <source>Shown beside your changes in “What changed”, in the brief and to colleagues sharing a workspace. Renaming yourself renames all your past changes too.</source>
        <translation>Ditampilkan di samping perubahan Anda di “Apa yang berubah”, di ringkasan, dan kepada rekan yang berbagi ruang kerja. Mengganti nama juga mengganti nama pada semua perubahan Anda sebelumnya.</translation>
    </message>
    <message>
        <source>Your computer gives no full name for “{login}”: until you enter one, your changes show that login.</source>
        <translation>Komputer Anda tidak memiliki nama lengkap untuk “{login}”: sampai Anda mengisinya, perubahan Anda menampilkan nama login itu.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Nama Anda:</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Ikuti sistem ({language})</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>The window changes language the next time Consensus starts. Exports and the brief can be made in any language from File ▸ Export…; messages for the customer keep their draft&apos;s language.</source>
        <translation>Bahasa jendela berubah saat Consensus dijalankan berikutnya. Ekspor dan ringkasan dapat dibuat dalam bahasa apa pun dari Berkas ▸ Ekspor…; pesan untuk pelanggan tetap dalam bahasa drafnya.</translation>
    </message>
    <message>
        <source>Your changes show as “{name}”: set your name in Edit ▸ Preferences… so colleagues know who made them</source>
        <translation>Perubahan Anda tampil sebagai “{name}”: isi nama Anda di Sunting ▸ Preferensi… agar rekan tahu siapa yang membuatnya</translation>
    </message>
    <message>
        <source>The window speaks {language} from the next start</source>
        <translation>Jendela memakai {language} mulai dijalankan berikutnya</translation>
    </message>
    <message>
        <source>Your changes now show as {name}</source>
        <translation>Perubahan Anda kini tampil sebagai {name}</translation>
    </message>
    <message>
        <source>Your name is saved; the workspace will have it with your next change ({reason})</source>
        <translation>Nama Anda tersimpan; ruang kerja akan menerimanya pada perubahan Anda berikutnya ({reason})</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Open a pursuit to find the themes its committee shares.</source>
        <translation>Buka peluang untuk menemukan tema yang dimiliki bersama komitenya.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bridge themes&lt;/b&gt; — shared ground across the group</source>
        <translation>&lt;b&gt;Tema jembatan&lt;/b&gt; — titik temu di seluruh kelompok</translation>
    </message>
    <message>
        <source>&lt;b&gt;All themes&lt;/b&gt; — in the committee&apos;s own words</source>
        <translation>&lt;b&gt;Semua tema&lt;/b&gt; — dengan kata-kata komite sendiri</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who voices what&lt;/b&gt; (blue columns: shared across functions)</source>
        <translation>&lt;b&gt;Siapa menyuarakan apa&lt;/b&gt; (kolom biru: dimiliki lintas fungsi)</translation>
    </message>
    <message>
        <source>No priorities recorded for this committee yet: add them in the inspector.</source>
        <translation>Belum ada prioritas untuk komite ini: tambahkan di panel inspektur.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Consensus&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Selamat datang di Consensus&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Map each customer&apos;s buying committee: who signs off, who influences whom, what each person wants in their own words, and who could bring the group together.</source>
        <translation>Petakan komite pembelian setiap pelanggan: siapa yang menyetujui, siapa memengaruhi siapa, apa yang diinginkan tiap orang dengan kata-katanya sendiri, dan siapa yang bisa menyatukan kelompok.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitch</name>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Ruang kerja</translation>
    </message>
    <message>
        <source>&amp;Connect to team workspace…</source>
        <translation>&amp;Hubungkan ke ruang kerja tim…</translation>
    </message>
</context>
</TS>
