<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;کمیته</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;همه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Consensus</source>
        <translation>&amp;درباره Consensus</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation>&amp;فراموش کردن این شخص…</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>در حال باز کردن فضای کار…</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>ذی‌نفع</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>&amp;حساب مشتری جدید…</translation>
    </message>
    <message>
        <source>New &amp;pursuit…</source>
        <translation>&amp;فرصت فروش جدید…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>باز کردن فضای کار &amp;نمونه</translation>
    </message>
    <message>
        <source>New &amp;stakeholder</source>
        <translation>&amp;ذی‌نفع جدید</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Fit to view</source>
        <translation>&amp;هم‌اندازه با نما</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;بازنشانی چیدمان</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;بارگذاری دوباره</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>Show buying stages</source>
        <translation>نمایش مرحله‌های خرید</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitch</name>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;فضای کار</translation>
    </message>
    <message>
        <source>&amp;Connect to team workspace…</source>
        <translation>&amp;اتصال به فضای کار تیم…</translation>
    </message>
</context>
</TS>
