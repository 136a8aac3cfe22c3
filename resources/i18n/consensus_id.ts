<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;Komite</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Semua orang</translation>
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
