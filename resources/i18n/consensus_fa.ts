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
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>علامت‌گذاری به‌عنوان &amp;ترک‌کرده شرکت…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>Your full name, as colleagues know you</source>
        <translation>نام کامل شما، آن‌طور که همکاران می‌شناسند</translation>
    </message>
    <message>
        <source>Shown beside your changes in “What changed”, in the brief and to colleagues sharing a workspace. Renaming yourself renames all your past changes too.</source>
        <translation>کنار تغییرات شما در «چه تغییر کرد»، در گزارش خلاصه و برای همکارانی که فضای کار را با شما شریک‌اند نشان داده می‌شود. با تغییر نام، نام همه تغییرات گذشته شما هم عوض می‌شود.</translation>
    </message>
    <message>
        <source>Your computer gives no full name for “{login}”: until you enter one, your changes show that login.</source>
        <translation>رایانه شما نام کاملی برای «{login}» ندارد: تا نامی وارد نکنید، تغییرات شما با همین نام کاربری نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>نام شما:</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>مانند سیستم ({language})</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>The window changes language the next time Consensus starts. Exports and the brief can be made in any language from File ▸ Export…; messages for the customer keep their draft&apos;s language.</source>
        <translation>زبان پنجره از اجرای بعدی Consensus عوض می‌شود. خروجی‌ها و گزارش خلاصه را می‌توان از پرونده ▸ خروجی گرفتن… به هر زبانی ساخت؛ پیام‌های مشتری به زبان پیش‌نویس خود می‌مانند.</translation>
    </message>
    <message>
        <source>Your changes show as “{name}”: set your name in Edit ▸ Preferences… so colleagues know who made them</source>
        <translation>تغییرات شما با نام «{name}» نشان داده می‌شود: نام خود را در ویرایش ▸ ترجیحات… وارد کنید تا همکاران بدانند چه کسی آن‌ها را انجام داده است</translation>
    </message>
    <message>
        <source>The window speaks {language} from the next start</source>
        <translation>از اجرای بعدی، پنجره به {language} خواهد بود</translation>
    </message>
    <message>
        <source>Your changes now show as {name}</source>
        <translation>تغییرات شما اکنون با نام {name} نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Your name is saved; the workspace will have it with your next change ({reason})</source>
        <translation>نام شما ذخیره شد؛ فضای کار آن را با تغییر بعدی شما دریافت می‌کند ({reason})</translation>
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
