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
