<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(opening…)</source>
        <translation>(sedang dibuka…)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ruang kerja yang terbuka</translation>
    </message>
    <message>
        <source>Your workspace file</source>
        <translation>Berkas ruang kerja Anda</translation>
    </message>
    <message>
        <source>Window settings</source>
        <translation>Pengaturan jendela</translation>
    </message>
    <message>
        <source>Your name for colleagues</source>
        <translation>Nama Anda untuk rekan kerja</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>Log galat</translation>
    </message>
    <message>
        <source>none (themes by shared words)</source>
        <translation>tidak ada (tema berdasarkan kata yang sama)</translation>
    </message>
    <message>
        <source>About Consensus</source>
        <translation>Tentang Consensus</translation>
    </message>
    <message>
        <source>Map a customer&apos;s buying committee, find what its members agree on, and draft messages that bring them together. MIT licence.</source>
        <translation>Petakan komite pembelian pelanggan, temukan hal yang disepakati anggotanya, dan susun pesan yang menyatukan mereka. Lisensi MIT.</translation>
    </message>
    <message>
        <source>Updating or removing the app leaves these alone:</source>
        <translation>Memperbarui atau menghapus aplikasi tidak mengubah hal berikut:</translation>
    </message>
    <message>
        <source>Themes model: {model}</source>
        <translation>Model tema: {model}</translation>
    </message>
    <message>
        <source>built app</source>
        <translation>aplikasi terpaket</translation>
    </message>
</context>
<context>
    <name>AccountEditing</name>
    <message>
        <source>New pursuit</source>
        <translation>Peluang baru</translation>
    </message>
    <message>
        <source>For which account?</source>
        <translation>Untuk akun yang mana?</translation>
    </message>
    <message>
        <source>First pursuit for {account}</source>
        <translation>Peluang pertama untuk {account}</translation>
    </message>
    <message>
        <source>No pursuit yet for {account}: File ▸ New pursuit… starts mapping its committee.</source>
        <translation>Belum ada peluang untuk {account}: Berkas ▸ Peluang baru… memulai peta komitenya.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Delete {name} with its people, pursuits and messages?</source>
        <translation>Hapus {name} beserta orang, peluang, dan pesannya?</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>Hapus peluang</translation>
    </message>
    <message>
        <source>Delete {name} with its committee?</source>
        <translation>Hapus {name} beserta komitenya?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Anda dapat mengurungkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Hapus {name}</translation>
    </message>
</context>
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
        <source>Assessing the what-if…</source>
        <translation>Menilai skenario bagaimana-jika…</translation>
    </message>
    <message>
        <source>Assessing {n} committee members…</source>
        <translation>Menilai {n} anggota komite…</translation>
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
        <source>Resolved</source>
        <translation>Teratasi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>Tidak ada temuan: tidak ada yang menghalangi kelompok ini mengambil keputusan.</translation>
    </message>
    <message>
        <source>What if… (on)</source>
        <translation>Bagaimana jika… (aktif)</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Nilai tersimpan</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Baris yang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>These rows of the workspace no longer pass its checks, so they are left out of the maps, tables and exports until you fix the field or drop the row.</source>
        <translation>Baris-baris ruang kerja ini tidak lagi lolos pemeriksaan, jadi tidak dimasukkan ke peta, tabel, dan ekspor sampai Anda memperbaiki kolomnya atau menghapus barisnya.</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Perbaiki…</translation>
    </message>
    <message>
        <source>Drop row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Fix the field</source>
        <translation>Perbaiki kolom</translation>
    </message>
    <message>
        <source>New {field} for {table} {row} ({problem}):</source>
        <translation>{field} baru untuk {table} {row} ({problem}):</translation>
    </message>
    <message>
        <source>Drop the row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Delete {table} {row} and everything that belongs to it?</source>
        <translation>Hapus {table} {row} beserta semua yang terkait dengannya?</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>works against this purchase</source>
        <translation>bekerja menentang pembelian ini</translation>
    </message>
    <message>
        <source>doubts the case and needs evidence</source>
        <translation>meragukan alasannya dan butuh bukti</translation>
    </message>
    <message>
        <source>undecided, or no view yet</source>
        <translation>belum memutuskan, atau belum punya pandangan</translation>
    </message>
    <message>
        <source>willing to buy, but may not argue for it in front of the group</source>
        <translation>bersedia membeli, tetapi mungkin tidak membelanya di depan kelompok</translation>
    </message>
    <message>
        <source>argues for this purchase in front of the group</source>
        <translation>membela pembelian ini di depan kelompok</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; motivated by action and results</source>
        <translation>Mobilizer: mendorong perubahan di organisasinya; termotivasi oleh tindakan dan hasil</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; brings insight and persuades peers</source>
        <translation>Mobilizer: mendorong perubahan di organisasinya; membawa wawasan dan meyakinkan rekan</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; challenges every plan, then delivers</source>
        <translation>Mobilizer: mendorong perubahan di organisasinya; menguji setiap rencana, lalu menjalankannya</translation>
    </message>
    <message>
        <source>Talker: shares what goes on inside the organisation, but does not drive change</source>
        <translation>Talker: menceritakan apa yang terjadi di dalam organisasi, tetapi tidak mendorong perubahan</translation>
    </message>
    <message>
        <source>Talker: easy to reach and helpful, but does not drive change</source>
        <translation>Talker: mudah dihubungi dan membantu, tetapi tidak mendorong perubahan</translation>
    </message>
    <message>
        <source>Talker: looks for personal gain; does not drive change</source>
        <translation>Talker: mencari keuntungan pribadi; tidak mendorong perubahan</translation>
    </message>
    <message>
        <source>Blocker: resists change and defends the status quo</source>
        <translation>Penghambat: menolak perubahan dan mempertahankan keadaan sekarang</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Belum dinilai</translation>
    </message>
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
    <message>
        <source>Never engaged</source>
        <translation>Belum pernah dihubungi</translation>
    </message>
    <message>
        <source>Last engaged {days} days ago</source>
        <translation>Terakhir dihubungi {days} hari lalu</translation>
    </message>
    <message>
        <source>Engaged recently</source>
        <translation>Baru saja dihubungi</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>{stage} sejak {day}</translation>
    </message>
    <message>
        <source>{stage}, from {earlier}</source>
        <translation>{stage}, sebelumnya {earlier}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
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
    <message>
        <source>Everyone: {n} on the map</source>
        <translation>Semua orang: {n} di peta</translation>
    </message>
    <message>
        <source>Committee view: {shown} of {n} on the map (Everyone shows all)</source>
        <translation>Tampilan komite: {shown} dari {n} di peta (Semua orang menampilkan semuanya)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Orang lain telah mengubah ini</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Orang lain</translation>
    </message>
    <message>
        <source>{who} changed {what} &lt;b&gt;{name}&lt;/b&gt; after you opened it</source>
        <translation>{who} mengubah {what} &lt;b&gt;{name}&lt;/b&gt; setelah Anda membukanya</translation>
    </message>
    <message>
        <source>Reload to see their version (your deletion is dropped), or delete it anyway.</source>
        <translation>Muat ulang untuk melihat versi mereka (penghapusan Anda dibatalkan), atau tetap hapus.</translation>
    </message>
    <message>
        <source>Reload to see their version (your change is dropped), or overwrite it with your change.</source>
        <translation>Muat ulang untuk melihat versi mereka (perubahan Anda dibatalkan), atau timpa dengan perubahan Anda.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Tetap hapus</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Timpa</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>No system keychain was found: the password will be asked for each time you connect.</source>
        <translation>Keychain sistem tidak ditemukan: kata sandi akan ditanyakan setiap kali Anda terhubung.</translation>
    </message>
    <message>
        <source>Connect to a team workspace</source>
        <translation>Hubungkan ke ruang kerja tim</translation>
    </message>
    <message>
        <source>as it is: no escaping needed</source>
        <translation>apa adanya: tidak perlu escape</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Simpan kata sandi di keychain sistem</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Mencari keychain sistem…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s details and test the connection.</source>
        <translation>Isi detail server dan uji koneksinya.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>A server and a database name are needed.</source>
        <translation>Server dan nama basis data diperlukan.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>remembered in the system keychain</source>
        <translation>tersimpan di keychain sistem</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Menyimpan kata sandi di keychain sistem…</translation>
    </message>
    <message>
        <source>Removing the password from the system keychain…</source>
        <translation>Menghapus kata sandi dari keychain sistem…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>New pursuit</source>
        <translation>Peluang baru</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Tanggal penutupan</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>Tahap pembelian</translation>
    </message>
    <message>
        <source>Strength 1 (weak)</source>
        <translation>Kekuatan 1 (lemah)</translation>
    </message>
    <message>
        <source>Strength 2 (usual)</source>
        <translation>Kekuatan 2 (biasa)</translation>
    </message>
    <message>
        <source>Strength 3 (strong)</source>
        <translation>Kekuatan 3 (kuat)</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Hapus hubungan</translation>
    </message>
</context>
<context>
    <name>DisagreementBox</name>
    <message>
        <source>Where colleagues see people differently</source>
        <translation>Orang yang dinilai berbeda oleh rekan kerja</translation>
    </message>
    <message>
        <source>The score uses the agreed value; these are your team&apos;s own views.</source>
        <translation>Skor memakai nilai yang disepakati; ini adalah pandangan masing-masing anggota tim Anda.</translation>
    </message>
    <message>
        <source>The score uses the agreed {field}: {value}</source>
        <translation>Skor memakai {field} yang disepakati: {value}</translation>
    </message>
    <message>
        <source>Not shown: {n} more.</source>
        <translation>Tidak ditampilkan: {n} lagi.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details are in {file}.</source>
        <translation>Detailnya ada di {file}.</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>Detailnya ada di bawah.</translation>
    </message>
    <message>
        <source>Something went wrong that Consensus did not expect: {error}

What you were doing may not have finished; the rest of the window still works. {where}</source>
        <translation>Terjadi masalah yang tidak diperkirakan Consensus: {error}

Pekerjaan Anda mungkin belum selesai; bagian lain jendela tetap berfungsi. {where}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Galat tak terduga</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>Untuk pelanggan</translation>
    </message>
    <message>
        <source>Only what the committee may see: who takes part, the shared ground in their own words, their decision criteria, the next steps and the plan. No stance, influence, profiles, findings, notes or score.</source>
        <translation>Hanya yang boleh dilihat komite: siapa yang terlibat, titik temu dengan kata-kata mereka sendiri, kriteria keputusan, langkah berikutnya, dan rencana. Tanpa sikap, pengaruh, profil, temuan, catatan, atau skor.</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>Sama seperti jendela ({language})</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Perubahan sejak</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Saves in {folder} unless you choose another folder.</source>
        <translation>Disimpan di {folder} kecuali Anda memilih folder lain.</translation>
    </message>
    <message>
        <source>Exported the {kind} to {path}</source>
        <translation>{kind} telah diekspor ke {path}</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>{file} tidak ditulis.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Ekspor dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Sized to the map</source>
        <translation>Sesuai ukuran peta</translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation>Layar lebar (16:9)</translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation>Standar (4:3)</translation>
    </message>
    <message>
        <source>Map image (PNG)</source>
        <translation>Gambar peta (PNG)</translation>
    </message>
    <message>
        <source>Map drawing (SVG)</source>
        <translation>Gambar vektor peta (SVG)</translation>
    </message>
    <message>
        <source>Map on a page (PDF)</source>
        <translation>Peta dalam satu halaman (PDF)</translation>
    </message>
    <message>
        <source>Review brief (PDF)</source>
        <translation>Ringkasan tinjauan (PDF)</translation>
    </message>
    <message>
        <source>Review deck (PowerPoint)</source>
        <translation>Dek tinjauan (PowerPoint)</translation>
    </message>
    <message>
        <source>Committee (CSV)</source>
        <translation>Komite (CSV)</translation>
    </message>
    <message>
        <source>Priorities (CSV)</source>
        <translation>Prioritas (CSV)</translation>
    </message>
    <message>
        <source>Committee, priorities and plan (XLSX)</source>
        <translation>Komite, prioritas, dan rencana (XLSX)</translation>
    </message>
    <message>
        <source>Graph (GraphML)</source>
        <translation>Graf (GraphML)</translation>
    </message>
    <message>
        <source>Graph for Gephi (GEXF)</source>
        <translation>Graf untuk Gephi (GEXF)</translation>
    </message>
    <message>
        <source>Account as interchange JSON</source>
        <translation>Akun sebagai JSON pertukaran</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: {reason}</source>
        <translation>Tidak ada pratinjau: {reason}</translation>
    </message>
    <message>
        <source>Pages: {pages}, for the customer&apos;s committee: who takes part, the shared ground in their words, their criteria, next steps and the plan; no stance, influence, profiles, findings, score or notes.</source>
        <translation>{pages} halaman, untuk komite pelanggan: siapa yang terlibat, titik temu dengan kata-kata mereka, kriteria, langkah berikutnya, dan rencana; tanpa sikap, pengaruh, profil, temuan, skor, atau catatan.</translation>
    </message>
    <message>
        <source>{pages} pages: title, map, committee ({members}), assessment ({readiness}); changes since {since}: {changes}.</source>
        <translation>{pages} halaman: judul, peta, komite ({members}), penilaian ({readiness}); perubahan sejak {since}: {changes}.</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>Menyiapkan ringkasan…</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table.</source>
        <translation>{shown} baris pertama dari {rows} baris tabel {table}.</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table, a Priorities sheet and the Plan.</source>
        <translation>{shown} baris pertama dari {rows} baris tabel {table}, ditambah lembar Prioritas dan Rencana.</translation>
    </message>
    <message>
        <source>The {what} for the customer&apos;s committee: who takes part, the shared ground in their own words (as the drafts quote them), their decision criteria, the proposed next steps and the plan for deciding together. Nothing internal goes in: no stance, influence, profiles, findings, score, notes, evidence, personal wins or priorities, mobilizer kits or ties.</source>
        <translation>{what} untuk komite pelanggan: siapa yang terlibat, titik temu dengan kata-kata mereka sendiri (seperti dikutip draf), kriteria keputusan, usulan langkah berikutnya, dan rencana untuk memutuskan bersama. Tidak ada yang internal: tanpa sikap, pengaruh, profil, temuan, skor, catatan, bukti, keuntungan pribadi atau prioritas, kit mobilizer, maupun hubungan.</translation>
    </message>
    <message>
        <source>The whole account {account} as an interchange file — people: {people}, relationships: {ties}, priorities: {priorities}, pursuits: {pursuits}, messages: {messages}. It imports into any Consensus workspace.</source>
        <translation>Seluruh akun {account} sebagai berkas pertukaran — orang: {people}, hubungan: {ties}, prioritas: {priorities}, peluang: {pursuits}, pesan: {messages}. Dapat diimpor ke ruang kerja Consensus mana pun.</translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the committee map as cards and lines you can move ({members} on the committee), the committee table, the assessment, the bridge themes, approved and drafted messages, and what changed since the date chosen.</source>
        <translation>Dek PowerPoint yang dapat diedit: slide judul, peta komite berupa kartu dan garis yang bisa dipindah ({members} di komite), tabel komite, penilaian, tema jembatan, pesan yang disetujui dan draf, serta perubahan sejak tanggal yang dipilih.</translation>
    </message>
    <message>
        <source>The pursuit&apos;s graph — people: {people} ({members} on the committee), their reporting lines, relationships: {ties}, with every attribute, for {tool}.</source>
        <translation>Graf peluang — orang: {people} ({members} di komite), garis pelaporan, hubungan: {ties}, dengan semua atribut, untuk {tool}.</translation>
    </message>
    <message>
        <source>not enough to assess yet</source>
        <translation>belum cukup untuk dinilai</translation>
    </message>
    <message>
        <source>{score}/100, findings: {findings}</source>
        <translation>{score}/100, temuan: {findings}</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>the account</source>
        <translation>akun</translation>
    </message>
    <message>
        <source>the stakeholder</source>
        <translation>pemangku kepentingan</translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation>hubungan</translation>
    </message>
    <message>
        <source>the pursuit</source>
        <translation>peluang</translation>
    </message>
    <message>
        <source>the committee seat of</source>
        <translation>kursi komite</translation>
    </message>
    <message>
        <source>the priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>pesan</translation>
    </message>
    <message>
        <source>the plan step</source>
        <translation>langkah rencana</translation>
    </message>
    <message>
        <source>the themes of</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>title</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fungsi</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>pemberi persetujuan</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>sikap</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>pengaruh</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>terakhir dihubungi</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>kekuatan</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>tahap pembelian</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>melapor kepada</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>&lt;b&gt;Compared statements&lt;/b&gt; — click one to find who said it on the map</source>
        <translation>&lt;b&gt;Pernyataan yang dibandingkan&lt;/b&gt; — klik salah satu untuk menemukan pengucapnya di peta</translation>
    </message>
    <message>
        <source>…and more pairs with no theme in common: {n}.</source>
        <translation>…dan pasangan lain tanpa tema bersama: {n}.</translation>
    </message>
    <message>
        <source>both sign off</source>
        <translation>keduanya pemberi persetujuan</translation>
    </message>
    <message>
        <source>{function}: no statement to show</source>
        <translation>{function}: tidak ada pernyataan untuk ditampilkan</translation>
    </message>
    <message>
        <source>theme “{theme}”</source>
        <translation>tema “{theme}”</translation>
    </message>
    <message>
        <source>in no agreed theme</source>
        <translation>tidak masuk tema yang disepakati</translation>
    </message>
    <message>
        <source>{name} ({function}) said this; click to find them on the map</source>
        <translation>{name} ({function}) mengatakan ini; klik untuk menemukannya di peta</translation>
    </message>
</context>
<context>
    <name>ForgetPerson</name>
    <message>
        <source>Erase the selected person everywhere, history included (cannot be undone)</source>
        <translation>Hapus orang yang dipilih di mana pun, termasuk riwayatnya (tidak dapat dibatalkan)</translation>
    </message>
    <message>
        <source>Forget {name}?</source>
        <translation>Lupakan {name}?</translation>
    </message>
    <message>
        <source>Forget {name} at {account}, as when they ask to be erased?

Their record, priorities, committee seats, ties and map positions go, every change-log entry about them is erased, and where colleagues&apos; notes or messages name them or quote them, those words are replaced. The undo history is cleared.

This cannot be undone.</source>
        <translation>Lupakan {name} di {account}, seperti saat ia meminta datanya dihapus?

Catatan, prioritas, kursi komite, hubungan, dan posisinya di peta dihapus, setiap entri log perubahan tentangnya dihapus, dan di catatan atau pesan rekan yang menyebut atau mengutipnya, kata-kata itu diganti. Riwayat urungkan dikosongkan.

Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Lupakan</translation>
    </message>
    <message>
        <source>{name} could not be forgotten</source>
        <translation>{name} tidak dapat dilupakan</translation>
    </message>
    <message>
        <source>Forgetting {name}…</source>
        <translation>Melupakan {name}…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Consensus maps and contact lists (*.json *.csv *.xlsx);;Consensus map (*.json);;Contacts (*.csv *.xlsx)</source>
        <translation>Peta Consensus dan daftar kontak (*.json *.csv *.xlsx);;Peta Consensus (*.json);;Kontak (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Could not import the file</source>
        <translation>Berkas tidak dapat diimpor</translation>
    </message>
    <message>
        <source>{file} was not imported.</source>
        <translation>{file} tidak diimpor.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Someone changed the people meanwhile: import the file again.</source>
        <translation>Seseorang mengubah data orang sementara itu: impor berkasnya lagi.</translation>
    </message>
    <message>
        <source>Could not import the people</source>
        <translation>Data orang tidak dapat diimpor</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing changed.</source>
        <translation>{file} tidak diimpor; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Importing people from {file}…</source>
        <translation>Mengimpor orang dari {file}…</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{new} baru, {updated} diperbarui, {unchanged} tidak berubah</translation>
    </message>
    <message>
        <source>, {removed} removed</source>
        <translation>, {removed} dihapus</translation>
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
    <message>
        <source>Assessment failed</source>
        <translation>Penilaian gagal</translation>
    </message>
    <message>
        <source>Themes failed</source>
        <translation>Pencarian tema gagal</translation>
    </message>
    <message>
        <source>Drafting messages failed</source>
        <translation>Penyusunan pesan gagal</translation>
    </message>
    <message>
        <source>Drafting messages…</source>
        <translation>Menyusun pesan…</translation>
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
        <source>Mark as left the company…</source>
        <translation>Tandai sudah keluar dari perusahaan…</translation>
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
        <source>Left the company on {day}</source>
        <translation>Keluar dari perusahaan pada {day}</translation>
    </message>
    <message>
        <source>Not read: {why}</source>
        <translation>Tidak terbaca: {why}</translation>
    </message>
    <message>
        <source>{kind} · importance {importance}</source>
        <translation>{kind} · kepentingan {importance}</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>Not possible: this would make a reporting cycle ({names}).</source>
        <translation>Tidak bisa: ini membuat siklus pelaporan ({names}).</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>Edit prioritas</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Dengan kata-katanya sendiri</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>Pandangan di tim:</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>not known</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>lebih maju</translation>
    </message>
    <message>
        <source>with the group</source>
        <translation>seirama dengan kelompok</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>tertinggal</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Pindahkan tahap {name}</translation>
    </message>
    <message>
        <source>What moved them: a meeting, a new requirement, a doubt…</source>
        <translation>Apa yang membuatnya berpindah: rapat, kebutuhan baru, keraguan…</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>What moved them</source>
        <translation>Apa yang membuatnya berpindah</translation>
    </message>
    <message>
        <source>(back a stage)</source>
        <translation>(mundur satu tahap)</translation>
    </message>
    <message>
        <source>earlier moves: {n}</source>
        <translation>perpindahan sebelumnya: {n}</translation>
    </message>
    <message>
        <source>No moves recorded yet</source>
        <translation>Belum ada perpindahan tercatat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Against the group</source>
        <translation>Dibanding kelompok</translation>
    </message>
    <message>
        <source>moved back · {standing}</source>
        <translation>mundur · {standing}</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>{stage} sejak {day}</translation>
    </message>
    <message>
        <source>Nobody on the committee yet.</source>
        <translation>Belum ada siapa pun di komite.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>The group is at &lt;b&gt;{group}&lt;/b&gt; (the pursuit: {pursuit}). {ahead} ahead, {with_group} with the group, {behind} behind, {unknown} not known.</source>
        <translation>Kelompok berada di &lt;b&gt;{group}&lt;/b&gt; (peluang: {pursuit}). {ahead} lebih maju, {with_group} seirama, {behind} tertinggal, {unknown} belum diketahui.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark {name} as left the company</source>
        <translation>Tandai {name} sudah keluar dari perusahaan</translation>
    </message>
    <message>
        <source>{name} left the company</source>
        <translation>{name} keluar dari perusahaan</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Keluar pada</translation>
    </message>
    <message>
        <source>none (they sit on no committee)</source>
        <translation>tidak ada (tidak duduk di komite mana pun)</translation>
    </message>
    <message>
        <source>Kept: their record, priorities, ties and buying-stage history; the map shows them faded and marked “left”, and the assessment no longer counts them.&lt;br&gt;&lt;b&gt;Taken off:&lt;/b&gt; {seats}. Edit ▸ Undo seats them again.</source>
        <translation>Dipertahankan: catatan, prioritas, hubungan, dan riwayat tahap pembeliannya; peta menampilkannya pudar dan bertanda “keluar”, dan penilaian tidak lagi menghitungnya.&lt;br&gt;&lt;b&gt;Dikeluarkan dari:&lt;/b&gt; {seats}. Edit ▸ Urungkan mendudukkannya kembali.</translation>
    </message>
    <message>
        <source>What {pursuit} loses</source>
        <translation>Yang hilang dari {pursuit}</translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation>Menilai…</translation>
    </message>
    <message>
        <source>Findings raised</source>
        <translation>Temuan yang muncul</translation>
    </message>
    <message>
        <source>Findings resolved</source>
        <translation>Temuan yang teratasi</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Tandai sudah keluar</translation>
    </message>
    <message>
        <source>Readiness: could not be assessed ({reason})</source>
        <translation>Kesiapan: tidak dapat dinilai ({reason})</translation>
    </message>
    <message>
        <source>Assessing what the group loses…</source>
        <translation>Menilai apa yang hilang dari kelompok…</translation>
    </message>
    <message>
        <source>Readiness: not enough to assess yet</source>
        <translation>Kesiapan: belum cukup untuk dinilai</translation>
    </message>
    <message>
        <source>Readiness {before} → not enough to assess</source>
        <translation>Kesiapan {before} → tidak cukup untuk dinilai</translation>
    </message>
    <message>
        <source>Readiness {before} → {after} ({delta} points)</source>
        <translation>Kesiapan {before} → {after} ({delta} poin)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Reloaded from the workspace</source>
        <translation>Dimuat ulang dari ruang kerja</translation>
    </message>
    <message>
        <source>The workspace file was replaced on disk: showing it as it is now</source>
        <translation>Berkas ruang kerja diganti di disk: ditampilkan seperti sekarang</translation>
    </message>
    <message>
        <source>Updated from the workspace — {changes}</source>
        <translation>Diperbarui dari ruang kerja — {changes}</translation>
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
        <source>Back to &amp;your workspace</source>
        <translation>Kembali ke ruang kerja &amp;Anda</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Buka ruang kerja &amp;demo</translation>
    </message>
    <message>
        <source>Demo workspace: a fresh copy, your own workspace is untouched (File ▸ Back to your workspace)</source>
        <translation>Ruang kerja demo: salinan baru, ruang kerja Anda tidak tersentuh (Berkas ▸ Kembali ke ruang kerja Anda)</translation>
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
        <source>Import</source>
        <translation>Impor</translation>
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
        <source>&amp;Portfolio board…</source>
        <translation>Papan &amp;portofolio…</translation>
    </message>
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>Tandai sudah &amp;keluar dari perusahaan…</translation>
    </message>
</context>
<context>
    <name>MapCard</name>
    <message>
        <source>strength {n} of 3</source>
        <translation>kekuatan {n} dari 3</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Kelompok {n}</translation>
    </message>
    <message>
        <source>On the committee view: {reason}</source>
        <translation>Di tampilan komite: {reason}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>{n} of 5</source>
        <translation>{n} dari 5</translation>
    </message>
    <message>
        <source>yes — formal sign-off</source>
        <translation>ya — persetujuan resmi</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Not on this pursuit&apos;s committee</source>
        <translation>Bukan anggota komite peluang ini</translation>
    </message>
</context>
<context>
    <name>MapSync</name>
    <message>
        <source>Laying out {n} people…</source>
        <translation>Menata {n} orang…</translation>
    </message>
</context>
<context>
    <name>MarkLeft</name>
    <message>
        <source>The selected person left the customer: keep their history, take them off the committees (shows first what the group loses; undoable)</source>
        <translation>Orang yang dipilih sudah keluar dari pelanggan: simpan riwayatnya, keluarkan dari komite (menampilkan dulu apa yang hilang dari kelompok; dapat diurungkan)</translation>
    </message>
    <message>
        <source>{name} could not be marked as left</source>
        <translation>{name} tidak dapat ditandai sudah keluar</translation>
    </message>
</context>
<context>
    <name>MessageLibraryView</name>
    <message>
        <source>Search all accounts&apos; messages…</source>
        <translation>Cari pesan di semua akun…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Kembali ke draf</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Salin teks</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Kembalikan ke draf</translation>
    </message>
</context>
<context>
    <name>MessagingPanel</name>
    <message>
        <source>Korean</source>
        <translation>Korea</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Jepang</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persia</translation>
    </message>
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
        <source>no shared theme yet</source>
        <translation>belum ada tema bersama</translation>
    </message>
    <message>
        <source>the committee&apos;s language</source>
        <translation>bahasa komite</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>Menulis draf dalam {language}…</translation>
    </message>
    <message>
        <source>Check: {problem}.</source>
        <translation>Periksa: {problem}.</translation>
    </message>
    <message>
        <source>Saved “{title}” to the message library as a draft</source>
        <translation>“{title}” disimpan ke pustaka pesan sebagai draf</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search accounts, pursuits and people…</source>
        <translation>Cari akun, peluang, dan orang…</translation>
    </message>
    <message>
        <source>{name}: select on the map</source>
        <translation>{name}: pilih di peta</translation>
    </message>
    <message>
        <source>New pursuit…</source>
        <translation>Peluang baru…</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>Edit akun…</translation>
    </message>
    <message>
        <source>Edit pursuit…</source>
        <translation>Edit peluang…</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>Hapus peluang</translation>
    </message>
</context>
<context>
    <name>NoPursuitHint</name>
    <message>
        <source>Create the first pursuit…</source>
        <translation>Buat peluang pertama…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pursuit yet for {account}&lt;/b&gt;&lt;br&gt;A pursuit holds the map of its buying committee.</source>
        <translation>&lt;b&gt;Belum ada peluang untuk {account}&lt;/b&gt;&lt;br&gt;Sebuah peluang memuat peta komite pembeliannya.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>Membuka ruang kerja…</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>save the change</source>
        <translation>menyimpan perubahan</translation>
    </message>
    <message>
        <source>Saving to the team workspace…</source>
        <translation>Menyimpan ke ruang kerja tim…</translation>
    </message>
    <message>
        <source>Redoing: {what}…</source>
        <translation>Mengulangi: {what}…</translation>
    </message>
    <message>
        <source>Undoing: {what}…</source>
        <translation>Mengurungkan: {what}…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Set to today</source>
        <translation>Atur ke hari ini</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>No date: show “{never}”</source>
        <translation>Tanpa tanggal: tampilkan “{never}”</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Changes not saved yet</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>{waiting} for the workspace database, which cannot be reached:</source>
        <translation>{waiting} untuk basis data ruang kerja, yang tidak dapat dijangkau:</translation>
    </message>
    <message>
        <source>Close anyway and lose them?</source>
        <translation>Tetap tutup dan kehilangan perubahan itu?</translation>
    </message>
    <message>
        <source>Reconnected to the workspace</source>
        <translation>Terhubung kembali ke ruang kerja</translation>
    </message>
    <message>
        <source>The workspace database cannot be reached: {waiting}retrying every {seconds} s.</source>
        <translation>Basis data ruang kerja tidak dapat dijangkau: {waiting}mencoba lagi setiap {seconds} dtk.</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>— not in the file —</source>
        <translation>— tidak ada di berkas —</translation>
    </message>
    <message>
        <source>A new account, named:</source>
        <translation>Akun baru, bernama:</translation>
    </message>
    <message>
        <source>the same CRM id, else email, else name and title</source>
        <translation>ID CRM yang sama, jika tidak email, jika tidak nama dan jabatan</translation>
    </message>
    <message>
        <source>the same CRM id (Contact ID)</source>
        <translation>ID CRM yang sama (Contact ID)</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>email yang sama</translation>
    </message>
    <message>
        <source>the same name and title</source>
        <translation>nama dan jabatan yang sama</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>Impor orang dari {file}</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>nama akun</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Kolom mana berisi apa</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Account in the file</source>
        <translation>Akun di berkas</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Tampilkan hanya baris bermasalah</translation>
    </message>
    <message>
        <source>{lines} and {n} more</source>
        <translation>{lines} dan {n} lainnya</translation>
    </message>
    <message>
        <source>{lines} and {last}</source>
        <translation>{lines} dan {last}</translation>
    </message>
    <message>
        <source>Not in this export — left the company?</source>
        <translation>Tidak ada di ekspor ini — sudah keluar dari perusahaan?</translation>
    </message>
    <message>
        <source>Tick the people who left. Marked as left, they keep their history and leave the committees (Edit ▸ Undo puts them back); removed, they go with their seats, priorities and ties. Nothing happens to anyone unticked.</source>
        <translation>Centang orang yang sudah keluar. Jika ditandai keluar, riwayatnya tetap dan ia keluar dari komite (Edit ▸ Urungkan mengembalikannya); jika dihapus, ia hilang bersama kursi, prioritas, dan hubungannya. Orang yang tidak dicentang tidak berubah.</translation>
    </message>
    <message>
        <source>Mark the ticked people as left the company</source>
        <translation>Tandai orang yang dicentang sudah keluar dari perusahaan</translation>
    </message>
    <message>
        <source>Remove the ticked people from the account</source>
        <translation>Hapus orang yang dicentang dari akun</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Into account</source>
        <translation>Ke akun</translation>
    </message>
    <message>
        <source>A row is someone already there when it has</source>
        <translation>Satu baris adalah orang yang sudah ada bila memiliki</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; ({rows}, {encoding})</source>
        <translation>&lt;b&gt;Pratinjau&lt;/b&gt; ({rows}, {encoding})</translation>
    </message>
    <message>
        <source>The file says these people work at “{name}”, which could be {listed}. Choose the account, or a new one.</source>
        <translation>Berkas menyebut orang-orang ini bekerja di “{name}”, yang bisa jadi {listed}. Pilih akunnya, atau akun baru.</translation>
    </message>
    <message>
        <source>Not yet: choose the account these people work at.</source>
        <translation>Belum: pilih akun tempat orang-orang ini bekerja.</translation>
    </message>
    <message>
        <source>Not yet: give the new account a name.</source>
        <translation>Belum: beri nama akun baru.</translation>
    </message>
    <message>
        <source>Planning {rows}…</source>
        <translation>Merencanakan {rows}…</translation>
    </message>
    <message>
        <source>Not yet: {reason}.</source>
        <translation>Belum: {reason}.</translation>
    </message>
    <message>
        <source>{rows} of other accounts left out.</source>
        <translation>{rows} dari akun lain tidak disertakan.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>Ready: {counts}.</source>
        <translation>Siap: {counts}.</translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>catatan: {warning}</translation>
    </message>
    <message>
        <source>Import into another account?</source>
        <translation>Impor ke akun lain?</translation>
    </message>
    <message>
        <source>{file} says these people work at {named}, not at “{target}”.

Import them into {target} anyway?</source>
        <translation>{file} menyebut orang-orang ini bekerja di {named}, bukan di “{target}”.

Tetap impor ke {target}?</translation>
    </message>
    <message>
        <source>Remove people?</source>
        <translation>Hapus orang?</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
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
        <source>(not on the committee)</source>
        <translation>(bukan anggota komite)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>overdue {days} d</source>
        <translation>terlambat {days} hr</translation>
    </message>
    <message>
        <source>Open a pursuit to plan it.</source>
        <translation>Buka peluang untuk merencanakannya.</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>Belum ada rencana: sepakati langkah menuju keputusan dengan pelanggan dan tambahkan di sini.</translation>
    </message>
    <message>
        <source>{steps}, {done} done</source>
        <translation>{steps}, {done} selesai</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>, {late} overdue.</source>
        <translation>, {late} terlambat.</translation>
    </message>
</context>
<context>
    <name>PortfolioBoard</name>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Pursuit</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Hari di tahap</translation>
    </message>
    <message>
        <source>Days idle</source>
        <translation>Hari tanpa aktivitas</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Macet</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Kesiapan</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation>Temuan kritis</translation>
    </message>
    <message>
        <source>Being assessed in the background</source>
        <translation>Sedang dinilai di latar belakang</translation>
    </message>
    <message>
        <source>No score: fewer than two people on its committee</source>
        <translation>Tanpa skor: kurang dari dua orang di komitenya</translation>
    </message>
    <message>
        <source>Provisional: assessed without the committee&apos;s themes, because its priorities&apos; sentence vectors are not stored yet, so divergent priorities do not count. Open the pursuit to assess it fully.</source>
        <translation>Sementara: dinilai tanpa tema komite, karena vektor kalimat prioritasnya belum tersimpan, sehingga prioritas yang berbeda tidak dihitung. Buka peluang ini untuk menilainya sepenuhnya.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Tanpa pemilik</translation>
    </message>
    <message>
        <source>The colleague on the account team who owns the pursuit (change it in its details)</source>
        <translation>Rekan di tim akun yang memegang peluang ini (ubah di detailnya)</translation>
    </message>
    <message>
        <source>Days since the pursuit reached its stage (from the change log: its last change of stage, else when it was created or imported)</source>
        <translation>Hari sejak peluang mencapai tahapnya (dari log perubahan: perubahan tahap terakhir, jika tidak saat dibuat atau diimpor)</translation>
    </message>
    <message>
        <source>Days since anything about the pursuit or its account&apos;s people changed</source>
        <translation>Hari sejak ada perubahan pada peluang atau orang di akunnya</translation>
    </message>
    <message>
        <source>Nothing has changed in the number of days set above the table</source>
        <translation>Tidak ada perubahan selama jumlah hari yang diatur di atas tabel</translation>
    </message>
    <message>
        <source>The latest kept assessment&apos;s score, 0–100 (… : being assessed; *: provisional, assessed without the committee&apos;s themes)</source>
        <translation>Skor penilaian terakhir yang disimpan, 0–100 (…: sedang dinilai; *: sementara, dinilai tanpa tema komite)</translation>
    </message>
    <message>
        <source>The change since the day before, and the daily scores kept, oldest left</source>
        <translation>Perubahan sejak hari sebelumnya, dan skor harian yang disimpan, terlama di kiri</translation>
    </message>
    <message>
        <source>Critical findings in the latest assessment</source>
        <translation>Temuan kritis dalam penilaian terakhir</translation>
    </message>
</context>
<context>
    <name>PortfolioThemesView</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Kata-kata mereka</translation>
    </message>
    <message>
        <source>any industry</source>
        <translation>semua industri</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>semua wilayah</translation>
    </message>
    <message>
        <source>Any function</source>
        <translation>Semua fungsi</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Find themes</source>
        <translation>Cari tema</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Themes that recur across accounts, and each function&apos;s own words for them: choose the accounts and press Find themes.</source>
        <translation>Tema yang berulang di berbagai akun, dan kata-kata tiap fungsi untuk tema itu: pilih akun lalu tekan Cari tema.</translation>
    </message>
    <message>
        <source>Finding themes across accounts…</source>
        <translation>Mencari tema di berbagai akun…</translation>
    </message>
    <message>
        <source>Could not find the portfolio&apos;s themes</source>
        <translation>Tema portofolio tidak dapat ditemukan</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Istilah: {terms}</translation>
    </message>
    <message>
        <source>{themes} across {accounts}, those in the most accounts first. Expand a theme for the words each function uses.</source>
        <translation>{themes} di {accounts}, yang muncul di paling banyak akun lebih dulu. Buka tema untuk melihat kata-kata tiap fungsi.</translation>
    </message>
    <message>
        <source>No priorities match in {accounts}: widen the choice.</source>
        <translation>Tidak ada prioritas yang cocok di {accounts}: perluas pilihan.</translation>
    </message>
    <message>
        <source>Export the portfolio&apos;s themes</source>
        <translation>Ekspor tema portofolio</translation>
    </message>
    <message>
        <source>Portfolio themes</source>
        <translation>Tema portofolio</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <source>Portfolio — Consensus</source>
        <translation>Portofolio — Consensus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>A pursuit is stalled when nothing about it has changed in this many days</source>
        <translation>Peluang dianggap macet bila tidak ada perubahan selama sekian hari ini</translation>
    </message>
    <message>
        <source>Only the pursuits this colleague owns</source>
        <translation>Hanya peluang yang dipegang rekan ini</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Ekspor XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>Macet setelah</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <source>Themes for marketing</source>
        <translation>Tema untuk pemasaran</translation>
    </message>
    <message>
        <source>Could not assess the portfolio</source>
        <translation>Portofolio tidak dapat dinilai</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Membaca portofolio…</translation>
    </message>
    <message>
        <source>Could not read the portfolio</source>
        <translation>Portofolio tidak dapat dibaca</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Tanpa pemilik</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>pemilik {name}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>tanpa pemilik</translation>
    </message>
    <message>
        <source>industry {name}</source>
        <translation>industri {name}</translation>
    </message>
    <message>
        <source>region {name}</source>
        <translation>wilayah {name}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>tahap {name}</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>semua akun</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the portfolio board</source>
        <translation>Ekspor papan portofolio</translation>
    </message>
    <message>
        <source>Portfolio board</source>
        <translation>Papan portofolio</translation>
    </message>
    <message>
        <source>Exporting the portfolio board to {file}…</source>
        <translation>Mengekspor papan portofolio ke {file}…</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>{file} tidak ditulis.</translation>
    </message>
    <message>
        <source>Could not export the portfolio board</source>
        <translation>Papan portofolio tidak dapat diekspor</translation>
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
    <name>PursuitOwner</name>
    <message>
        <source>The colleague on the account team who owns this pursuit</source>
        <translation>Rekan di tim akun yang memiliki peluang ini</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Tanpa pemilik</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>RatingBadges</name>
    <message>
        <source>Colleagues see {name} differently:</source>
        <translation>Rekan kerja menilai {name} secara berbeda:</translation>
    </message>
    <message>
        <source>(agreed {value})</source>
        <translation>(disepakati {value})</translation>
    </message>
</context>
<context>
    <name>ReadinessFiller</name>
    <message>
        <source>Assessing {pursuits} for the portfolio board…</source>
        <translation>Menilai {pursuits} untuk papan portofolio…</translation>
    </message>
</context>
<context>
    <name>ReadinessHistory</name>
    <message>
        <source>Readiness over time</source>
        <translation>Kesiapan dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Tandai sudah ditinjau</translation>
    </message>
    <message>
        <source>Keep today&apos;s assessment as a review: later changes are compared with it</source>
        <translation>Simpan penilaian hari ini sebagai tinjauan: perubahan berikutnya dibandingkan dengannya</translation>
    </message>
    <message>
        <source>Not reviewed yet: mark a review to compare later changes with it.</source>
        <translation>Belum ditinjau: tandai tinjauan untuk membandingkan perubahan berikutnya.</translation>
    </message>
    <message>
        <source>Since the last review</source>
        <translation>Sejak tinjauan terakhir</translation>
    </message>
</context>
<context>
    <name>SplitThemeDialog</name>
    <message>
        <source>Split theme</source>
        <translation>Pisahkan tema</translation>
    </message>
    <message>
        <source>Tick the statements that belong to a new theme, apart from {theme}.</source>
        <translation>Centang pernyataan yang masuk tema baru, terpisah dari {theme}.</translation>
    </message>
    <message>
        <source>What the new theme is about</source>
        <translation>Tentang apa tema baru ini</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Pisahkan</translation>
    </message>
    <message>
        <source>New theme&apos;s name</source>
        <translation>Nama tema baru</translation>
    </message>
    <message>
        <source>Tick some of the statements, not none and not all of them.</source>
        <translation>Centang sebagian pernyataan, jangan tidak sama sekali atau semuanya.</translation>
    </message>
    <message>
        <source>Give the new theme a name.</source>
        <translation>Beri nama tema baru.</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>account</source>
        <translation>akun</translation>
    </message>
    <message>
        <source>pursuit</source>
        <translation>peluang</translation>
    </message>
    <message>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>hubungan</translation>
    </message>
    <message>
        <source>committee seat</source>
        <translation>kursi komite</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>message</source>
        <translation>pesan</translation>
    </message>
    <message>
        <source>plan step</source>
        <translation>langkah rencana</translation>
    </message>
    <message>
        <source>key</source>
        <translation>kunci (ID singkat)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industri</translation>
    </message>
    <message>
        <source>region</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>website</source>
        <translation>situs web</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>title</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fungsi</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>personal win</source>
        <translation>keuntungan pribadi</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID CRM</translation>
    </message>
    <message>
        <source>left the company on</source>
        <translation>keluar dari perusahaan pada</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>melapor kepada</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>kekuatan</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>mata uang</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>tanggal penutupan</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>tahap</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>peran pembelian</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>pemberi persetujuan</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>sikap</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>pengaruh</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>tahap pembelian</translation>
    </message>
    <message>
        <source>in the buying stage since</source>
        <translation>di tahap pembelian sejak</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>terakhir berinteraksi</translation>
    </message>
    <message>
        <source>last checked</source>
        <translation>terakhir diperiksa</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bukti</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>tingkat kepentingan</translation>
    </message>
    <message>
        <source>text of the message</source>
        <translation>isi pesan</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>{n} tugas</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop “{task}”; other tasks go on</source>
        <translation>Hentikan “{task}”; tugas lain tetap berjalan</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <source>Team workspace password</source>
        <translation>Kata sandi ruang kerja tim</translation>
    </message>
    <message>
        <source>Password for {user} on {server}:</source>
        <translation>Kata sandi untuk {user} di {server}:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Anda</translation>
    </message>
</context>
<context>
    <name>ThemeCorrector</name>
    <message>
        <source>Correct a theme: select it (or a statement) and use these buttons, right-click it, or drag a statement onto another theme. Edit ▸ Undo takes a correction back.</source>
        <translation>Koreksi tema: pilih tema (atau pernyataan) lalu gunakan tombol ini, klik kanan, atau seret pernyataan ke tema lain. Edit ▸ Urungkan membatalkan koreksi.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Give the selected theme your own name</source>
        <translation>Beri tema yang dipilih nama Anda sendiri</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Gabungkan ke…</translation>
    </message>
    <message>
        <source>Put the selected theme&apos;s statements into another theme</source>
        <translation>Masukkan pernyataan tema yang dipilih ke tema lain</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Pisahkan…</translation>
    </message>
    <message>
        <source>Move some of the selected theme&apos;s statements to a new theme</source>
        <translation>Pindahkan sebagian pernyataan tema yang dipilih ke tema baru</translation>
    </message>
    <message>
        <source>Not a theme</source>
        <translation>Bukan tema</translation>
    </message>
    <message>
        <source>The selected theme&apos;s statements are unthemed</source>
        <translation>Pernyataan tema yang dipilih menjadi tanpa tema</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <source>Move the selected statement to another theme, or to none</source>
        <translation>Pindahkan pernyataan yang dipilih ke tema lain, atau ke tanpa tema</translation>
    </message>
    <message>
        <source>Or right-click a theme or a statement, or drag a statement onto a theme.</source>
        <translation>Atau klik kanan tema atau pernyataan, atau seret pernyataan ke tema.</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Ganti nama tema</translation>
    </message>
    <message>
        <source>The theme&apos;s name</source>
        <translation>Nama tema</translation>
    </message>
    <message>
        <source>Back to the themes (the app places it)</source>
        <translation>Kembalikan ke tema (aplikasi yang menempatkan)</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Tanpa tema</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Gabungkan ke</translation>
    </message>
    <message>
        <source>Let the app group it again</source>
        <translation>Biarkan aplikasi mengelompokkan ulang</translation>
    </message>
    <message>
        <source>Your corrections of this theme go; the app groups its statements anew</source>
        <translation>Koreksi Anda pada tema ini hilang; aplikasi mengelompokkan ulang pernyataannya</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Pindahkan ke</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Agreement: how alike its statements are (0–1). Below the line the theme&apos;s members do not agree, and it is never offered as a bridge.</source>
        <translation>Kesesuaian: seberapa mirip pernyataannya (0–1). Di bawah garis, anggota tema tidak sepakat, dan tema itu tidak pernah diusulkan sebagai jembatan.</translation>
    </message>
    <message>
        <source>Loosely related: shown with this theme, but not counted for bridges, drafts or the brief.</source>
        <translation>Terkait longgar: ditampilkan bersama tema ini, tetapi tidak dihitung untuk jembatan, draf, atau ringkasan.</translation>
    </message>
    <message>
        <source>Corrected on this account (renamed, merged, split or a statement moved): kept when the themes are found again, and new statements like these join it. Edit ▸ Undo takes a correction back.</source>
        <translation>Dikoreksi di akun ini (diganti nama, digabung, dipisah, atau pernyataan dipindah): dipertahankan saat tema dicari ulang, dan pernyataan baru yang serupa ikut bergabung. Edit ▸ Urungkan membatalkan koreksi.</translation>
    </message>
    <message>
        <source>Themes whose members do not agree are not offered as themes: their statements are listed here.</source>
        <translation>Tema yang anggotanya tidak sepakat tidak diusulkan sebagai tema: pernyataannya dicantumkan di sini.</translation>
    </message>
    <message>
        <source>Themes by meaning (multilingual model)</source>
        <translation>Tema berdasarkan makna (model multibahasa)</translation>
    </message>
    <message>
        <source>Themes by shared words (the model is not installed)</source>
        <translation>Tema berdasarkan kata yang sama (model belum terpasang)</translation>
    </message>
    <message>
        <source>agreement {value}</source>
        <translation>kesesuaian {value}</translation>
    </message>
    <message>
        <source>members do not agree</source>
        <translation>anggota tidak sepakat</translation>
    </message>
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
    <message>
        <source>{n} fit no theme</source>
        <translation>{n} tidak cocok dengan tema mana pun</translation>
    </message>
    <message>
        <source>{n} taken out of the themes</source>
        <translation>{n} dikeluarkan dari tema</translation>
    </message>
    <message>
        <source>{themes} from {priorities}</source>
        <translation>{themes} dari {priorities}</translation>
    </message>
    <message>
        <source>{n} shared across functions.</source>
        <translation>{n} dimiliki lintas fungsi.</translation>
    </message>
    <message>
        <source>{n} corrected on this account.</source>
        <translation>{n} dikoreksi di akun ini.</translation>
    </message>
    <message>
        <source>Nothing in common yet: {pairs}.</source>
        <translation>Belum ada kesamaan: {pairs}.</translation>
    </message>
    <message>
        <source>{share} of the group · {functions}</source>
        <translation>{share} dari kelompok · {functions}</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>dikoreksi</translation>
    </message>
    <message>
        <source>loosely related</source>
        <translation>terkait longgar</translation>
    </message>
    <message>
        <source>fit {value}</source>
        <translation>kecocokan {value}</translation>
    </message>
    <message>
        <source>Unthemed</source>
        <translation>Tanpa tema</translation>
    </message>
    <message>
        <source>Said in words no other statement comes close to, or taken out of the themes.</source>
        <translation>Diucapkan dengan kata-kata yang tidak mirip pernyataan lain, atau dikeluarkan dari tema.</translation>
    </message>
    <message>
        <source>taken out of the themes</source>
        <translation>dikeluarkan dari tema</translation>
    </message>
</context>
<context>
    <name>ThemesService</name>
    <message>
        <source>Finding shared themes…</source>
        <translation>Mencari tema bersama…</translation>
    </message>
    <message>
        <source>Preparing themes for the account…</source>
        <translation>Menyiapkan tema untuk akun…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No readings kept yet</source>
        <translation>Belum ada catatan tersimpan</translation>
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
    <message>
        <source>Open the demo workspace</source>
        <translation>Buka ruang kerja demo</translation>
    </message>
    <message>
        <source>Three sample accounts to explore</source>
        <translation>Tiga akun contoh untuk dijelajahi</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>Start mapping a customer of yours</source>
        <translation>Mulai memetakan pelanggan Anda</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <source>A Consensus map (.json), or CRM contacts (.csv, .xlsx)</source>
        <translation>Peta Consensus (.json), atau kontak CRM (.csv, .xlsx)</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <source>becomes {stance} ({value})</source>
        <translation>menjadi {stance} ({value})</translation>
    </message>
    <message>
        <source>leaves the committee</source>
        <translation>keluar dari komite</translation>
    </message>
    <message>
        <source>gains influence over…</source>
        <translation>mendapat pengaruh atas…</translation>
    </message>
    <message>
        <source>Add change</source>
        <translation>Tambah perubahan</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>Hapus perubahan</translation>
    </message>
    <message>
        <source>Back to the real assessment</source>
        <translation>Kembali ke penilaian sebenarnya</translation>
    </message>
    <message>
        <source>Discard the imagined changes (nothing was saved)</source>
        <translation>Buang perubahan bayangan (tidak ada yang disimpan)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Over whom</source>
        <translation>Atas siapa</translation>
    </message>
    <message>
        <source>{name} becomes {stance}</source>
        <translation>{name} menjadi {stance}</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>{name} keluar</translation>
    </message>
    <message>
        <source>{name} is engaged</source>
        <translation>{name} dihubungi</translation>
    </message>
    <message>
        <source>{name} gains influence over {other}</source>
        <translation>{name} mendapat pengaruh atas {other}</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Could not {what}</source>
        <translation>Tidak dapat: {what}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>Ubah {what} {name}</translation>
    </message>
    <message>
        <source>the buying stage was not changed</source>
        <translation>tahap pembelian tidak diubah</translation>
    </message>
    <message>
        <source>{field} was not changed</source>
        <translation>{field} tidak diubah</translation>
    </message>
    <message>
        <source>Edit a priority of {name}</source>
        <translation>Edit prioritas {name}</translation>
    </message>
    <message>
        <source>Remove a priority of {name}</source>
        <translation>Hapus prioritas {name}</translation>
    </message>
    <message>
        <source>Change relationship {what}</source>
        <translation>Ubah {what} hubungan</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Hapus hubungan</translation>
    </message>
    <message>
        <source>Could not mark the pursuit as reviewed</source>
        <translation>Peluang tidak dapat ditandai sudah ditinjau</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <source>Opening your local workspace.</source>
        <translation>Membuka ruang kerja lokal Anda.</translation>
    </message>
    <message>
        <source>Cannot reach the team workspace</source>
        <translation>Ruang kerja tim tidak dapat dijangkau</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Ruang kerja tidak dapat dibuka</translation>
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
    <message>
        <source>Use the &amp;local workspace</source>
        <translation>Gunakan ruang kerja &amp;lokal</translation>
    </message>
</context>
</TS>
