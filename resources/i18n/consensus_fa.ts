<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>What-if: imagined changes, nothing is saved</source>
        <translation>چه می‌شد اگر: تغییرات فرضی، چیزی ذخیره نمی‌شود</translation>
    </message>
    <message>
        <source>Show factions and brokers on the map</source>
        <translation>نمایش دسته‌ها و واسطه‌ها روی نقشه</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>چه می‌شد اگر…</translation>
    </message>
    <message>
        <source>Where each buyer is</source>
        <translation>هر خریدار کجاست</translation>
    </message>
    <message>
        <source>What makes up the score</source>
        <translation>اجزای امتیاز</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt; — select one to see who it concerns</source>
        <translation>&lt;b&gt;یافته‌ها&lt;/b&gt; — یکی را انتخاب کنید تا ببینید به چه کسانی مربوط است</translation>
    </message>
    <message>
        <source>Open a pursuit to assess it.</source>
        <translation>برای ارزیابی، یک فرصت فروش را باز کنید.</translation>
    </message>
    <message>
        <source>Not enough to assess yet</source>
        <translation>هنوز برای ارزیابی کافی نیست</translation>
    </message>
    <message>
        <source>{delta} points if this happened · {verdict}</source>
        <translation>{delta} امتیاز اگر این رخ دهد · {verdict}</translation>
    </message>
    <message>
        <source>Each cause of trouble costs once, by its most severe finding.</source>
        <translation>هر علت مشکل فقط یک بار و بر اساس شدیدترین یافته‌اش کسر می‌شود.</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>یافته‌ای نیست: چیزی میان این گروه و تصمیم فاصله نینداخته است.</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>نام ذی‌نفع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>The part of the organisation they work in</source>
        <translation>بخشی از سازمان که در آن کار می‌کند</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Their buying role in this pursuit</source>
        <translation>نقش خرید او در این فرصت فروش</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>Formally signs off on the purchase</source>
        <translation>خرید را رسماً امضا می‌کند</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>موضع</translation>
    </message>
    <message>
        <source>How they lean on this purchase: −2 opposed … +2 advocate</source>
        <translation>گرایش او به این خرید: ‎−2 مخالف … ‎+2 مدافع</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>نفوذ</translation>
    </message>
    <message>
        <source>How much they sway the decision: 1 little … 5 decisive</source>
        <translation>میزان اثر او بر تصمیم: 1 کم … 5 تعیین‌کننده</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نیم‌رخ</translation>
    </message>
    <message>
        <source>Mobilizers (go-getter, teacher, skeptic) drive change; talkers (guide, friend, climber)
are easy to reach but do not drive it; blockers resist.</source>
        <translation>بسیج‌گرها (Go-Getter، Teacher، Skeptic) تغییر را پیش می‌برند؛ گوینده‌ها (Guide، Friend، Climber)
در دسترس‌اند اما پیش نمی‌برند؛ Blockerها مقاومت می‌کنند.</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>When the account team last engaged them</source>
        <translation>آخرین باری که تیم حساب با او در تماس بود</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Where they are in the purchase: problem definition, solution identification, supplier
selection. Choosing another asks when and what moved them, and keeps the move in their history.</source>
        <translation>جایگاه او در خرید: تعریف مسئله، شناسایی راهکار، انتخاب تأمین‌کننده.
انتخاب مرحله‌ای دیگر می‌پرسد چه زمانی و چه چیزی او را جابه‌جا کرد و این جابه‌جایی را در سابقه‌اش نگه می‌دارد.</translation>
    </message>
</context>
<context>
    <name>CommitteeTable</name>
    <message>
        <source>Filter committee…</source>
        <translation>پالایش کمیته…</translation>
    </message>
    <message>
        <source>Show members whose name, title, function, role or profile contain every word</source>
        <translation>اعضایی را نشان بده که نام، عنوان، واحد، نقش یا نیم‌رخشان همه واژه‌ها را دارد</translation>
    </message>
</context>
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>&amp;کمیته</translation>
    </message>
    <message>
        <source>Show the committee and the people who link them (reporting line, influencers, brokers)</source>
        <translation>نمایش کمیته و افرادی که آن‌ها را به هم وصل می‌کنند (خط گزارش‌دهی، اثرگذاران، واسطه‌ها)</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;همه</translation>
    </message>
    <message>
        <source>Show everyone at the account</source>
        <translation>نمایش همه افراد حساب مشتری</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>مانند پنجره ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Assessment</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>مضمون‌ها</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>&lt;i&gt;Select someone on the map&lt;/i&gt;</source>
        <translation>&lt;i&gt;کسی را روی نقشه انتخاب کنید&lt;/i&gt;</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— هیچ‌کس —</translation>
    </message>
    <message>
        <source>What would make this a win for them personally?</source>
        <translation>چه چیزی برای خود او یک برد شخصی است؟</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>افزودن به نقشه</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>ذی‌نفع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نیم‌رخ</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>گزارش به</translation>
    </message>
    <message>
        <source>Personal win</source>
        <translation>برد شخصی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>On this pursuit&apos;s committee</source>
        <translation>عضو کمیته این فرصت فروش</translation>
    </message>
    <message>
        <source>Formal sign-off (approver)</source>
        <translation>امضای رسمی (تأییدکننده)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>کمیته</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>موضع</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>نفوذ</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>مرحله خرید</translation>
    </message>
    <message>
        <source>Add a priority in their words, then Enter</source>
        <translation>یک اولویت را با کلمات خود او بنویسید، سپس Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>اولویت‌ها</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New stakeholder&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ذی‌نفع جدید&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select someone on the map, or add a stakeholder&lt;/i&gt;</source>
        <translation>&lt;i&gt;کسی را روی نقشه انتخاب کنید یا ذی‌نفعی بیفزایید&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>دیدگاه‌های تیم:</translation>
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
        <source>Badge each committee member&apos;s card with their buying stage</source>
        <translation>نشان مرحله خرید روی کارت هر عضو کمیته</translation>
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
    <name>MessagingPanel</name>
    <message>
        <source>Open a pursuit to draft messages for its buying group.</source>
        <translation>یک فرصت فروش را باز کنید تا برای گروه خریدش پیام پیش‌نویس شود.</translation>
    </message>
    <message>
        <source>The language the drafts and the kits&apos; shareable pieces are written in</source>
        <translation>زبانی که پیش‌نویس‌ها و بخش‌های قابل‌اشتراک بسته‌ها به آن نوشته می‌شوند</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>Mobilizer kits</source>
        <translation>بسته‌های بسیج‌گر</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>رونوشت متن</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>رونوشت Markdown</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>ذخیره در کتابخانه</translation>
    </message>
    <message>
        <source>Write the drafts in:</source>
        <translation>زبان پیش‌نویس‌ها:</translation>
    </message>
    <message>
        <source>For the {stage} stage: {drafts} built on the themes the group shares, and {kits} for supportive mobilizers.</source>
        <translation>برای مرحله {stage}: {drafts} بر پایه مضمون‌های مشترک گروه، و {kits} برای بسیج‌گرهای حامی.</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>در حال نوشتن پیش‌نویس‌ها به {language}…</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Open a pursuit to plan the decision with the customer.</source>
        <translation>یک فرصت فروش را باز کنید تا تصمیم را با مشتری برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Who (theirs, ours)</source>
        <translation>مسئول (آن‌ها، ما)</translation>
    </message>
    <message>
        <source>When, how far</source>
        <translation>کی، تا کجا</translation>
    </message>
    <message>
        <source>What is to be done, e.g. Security review of the pilot</source>
        <translation>چه باید کرد، مثلاً بازبینی امنیتی نسخه آزمایشی</translation>
    </message>
    <message>
        <source>Who on our team</source>
        <translation>چه کسی در تیم ما</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>مهلت تا</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>افزودن گام</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیره تغییرات</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>حذف گام</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>مسئول در سمت مشتری</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>مسئول در سمت ما</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— هنوز هیچ‌کس —</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>هنوز برنامه‌ای نیست: گام‌های رسیدن به تصمیم را با مشتری توافق کنید و اینجا بیفزایید.</translation>
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
    <name>ThemesPanel</name>
    <message>
        <source>Open a pursuit to find the themes its committee shares.</source>
        <translation>یک فرصت فروش را باز کنید تا مضمون‌های مشترک کمیته‌اش پیدا شود.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bridge themes&lt;/b&gt; — shared ground across the group</source>
        <translation>&lt;b&gt;مضمون‌های پل&lt;/b&gt; — زمینه مشترک در سراسر گروه</translation>
    </message>
    <message>
        <source>&lt;b&gt;All themes&lt;/b&gt; — in the committee&apos;s own words</source>
        <translation>&lt;b&gt;همه مضمون‌ها&lt;/b&gt; — با کلمات خود کمیته</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who voices what&lt;/b&gt; (blue columns: shared across functions)</source>
        <translation>&lt;b&gt;چه کسی چه می‌گوید&lt;/b&gt; (ستون‌های آبی: مشترک میان واحدها)</translation>
    </message>
    <message>
        <source>No priorities recorded for this committee yet: add them in the inspector.</source>
        <translation>هنوز اولویتی برای این کمیته ثبت نشده است: آن‌ها را در پنل مشخصات بیفزایید.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Consensus&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;به Consensus خوش آمدید&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Map each customer&apos;s buying committee: who signs off, who influences whom, what each person wants in their own words, and who could bring the group together.</source>
        <translation>کمیته خرید هر مشتری را ترسیم کنید: چه کسی امضا می‌کند، چه کسی بر چه کسی اثر می‌گذارد، هر کس با کلمات خودش چه می‌خواهد، و چه کسی می‌تواند گروه را متحد کند.</translation>
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
