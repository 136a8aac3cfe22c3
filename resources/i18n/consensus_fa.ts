<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(opening…)</source>
        <translation>(در حال باز شدن…)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>فضای کار باز</translation>
    </message>
    <message>
        <source>Your workspace file</source>
        <translation>پرونده فضای کار شما</translation>
    </message>
    <message>
        <source>Window settings</source>
        <translation>تنظیمات پنجره</translation>
    </message>
    <message>
        <source>Your name for colleagues</source>
        <translation>نام شما برای همکاران</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>گزارش خطاها</translation>
    </message>
    <message>
        <source>none (themes by shared words)</source>
        <translation>هیچ (مضمون‌ها بر اساس واژه‌های مشترک)</translation>
    </message>
    <message>
        <source>About Consensus</source>
        <translation>درباره Consensus</translation>
    </message>
    <message>
        <source>Map a customer&apos;s buying committee, find what its members agree on, and draft messages that bring them together. MIT licence.</source>
        <translation>کمیته خرید مشتری را ترسیم کنید، نقاط توافق اعضایش را بیابید و پیام‌هایی بنویسید که آنان را هم‌سو کند. مجوز MIT.</translation>
    </message>
    <message>
        <source>Updating or removing the app leaves these alone:</source>
        <translation>به‌روزرسانی یا حذف برنامه به این‌ها دست نمی‌زند:</translation>
    </message>
    <message>
        <source>Themes model: {model}</source>
        <translation>مدل مضمون‌ها: {model}</translation>
    </message>
    <message>
        <source>built app</source>
        <translation>برنامه ساخته‌شده</translation>
    </message>
</context>
<context>
    <name>AccountEditing</name>
    <message>
        <source>New pursuit</source>
        <translation>فرصت فروش جدید</translation>
    </message>
    <message>
        <source>For which account?</source>
        <translation>برای کدام حساب مشتری؟</translation>
    </message>
    <message>
        <source>First pursuit for {account}</source>
        <translation>نخستین فرصت فروش برای {account}</translation>
    </message>
    <message>
        <source>No pursuit yet for {account}: File ▸ New pursuit… starts mapping its committee.</source>
        <translation>هنوز فرصت فروشی برای {account} نیست: پرونده ▸ فرصت فروش جدید… نقشه کمیته‌اش را آغاز می‌کند.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>ویرایش {name}</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>حذف حساب مشتری</translation>
    </message>
    <message>
        <source>Delete {name} with its people, pursuits and messages?</source>
        <translation>‏{name} همراه با افراد، فرصت‌های فروش و پیام‌هایش حذف شود؟</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>حذف فرصت فروش</translation>
    </message>
    <message>
        <source>Delete {name} with its committee?</source>
        <translation>‏{name} همراه با کمیته‌اش حذف شود؟</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>با Ctrl+Z می‌توانید این کار را برگردانید.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>حذف {name}</translation>
    </message>
</context>
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
        <source>Assessing the what-if…</source>
        <translation>در حال ارزیابی «چه می‌شد اگر»…</translation>
    </message>
    <message>
        <source>Assessing {n} committee members…</source>
        <translation>در حال ارزیابی {n} عضو کمیته…</translation>
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
        <translation>‏{delta} امتیاز اگر این رخ دهد · {verdict}</translation>
    </message>
    <message>
        <source>Each cause of trouble costs once, by its most severe finding.</source>
        <translation>هر علت مشکل فقط یک بار و بر اساس شدیدترین یافته‌اش کسر می‌شود.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>برطرف‌شده</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>یافته‌ای نیست: چیزی میان این گروه و تصمیم فاصله نینداخته است.</translation>
    </message>
    <message>
        <source>What if… (on)</source>
        <translation>چه می‌شد اگر… (روشن)</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>مقدار ذخیره‌شده</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>ردیف‌هایی که خوانده نمی‌شوند</translation>
    </message>
    <message>
        <source>These rows of the workspace no longer pass its checks, so they are left out of the maps, tables and exports until you fix the field or drop the row.</source>
        <translation>این ردیف‌های فضای کار دیگر از بررسی‌ها رد نمی‌شوند، پس تا وقتی فیلد را اصلاح نکنید یا ردیف را حذف نکنید، در نقشه‌ها، جدول‌ها و خروجی‌ها نمی‌آیند.</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>اصلاح…</translation>
    </message>
    <message>
        <source>Drop row</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Fix the field</source>
        <translation>اصلاح فیلد</translation>
    </message>
    <message>
        <source>New {field} for {table} {row} ({problem}):</source>
        <translation>‏{field} جدید برای {table} {row} ({problem}):</translation>
    </message>
    <message>
        <source>Drop the row</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Delete {table} {row} and everything that belongs to it?</source>
        <translation>‏{table} {row} و هر چه به آن تعلق دارد حذف شود؟</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>works against this purchase</source>
        <translation>علیه این خرید اقدام می‌کند</translation>
    </message>
    <message>
        <source>doubts the case and needs evidence</source>
        <translation>به توجیه خرید شک دارد و شاهد می‌خواهد</translation>
    </message>
    <message>
        <source>undecided, or no view yet</source>
        <translation>هنوز تصمیم نگرفته یا نظری ندارد</translation>
    </message>
    <message>
        <source>willing to buy, but may not argue for it in front of the group</source>
        <translation>مایل به خرید است، ولی شاید جلوی جمع از آن دفاع نکند</translation>
    </message>
    <message>
        <source>argues for this purchase in front of the group</source>
        <translation>جلوی جمع از این خرید دفاع می‌کند</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; motivated by action and results</source>
        <translation>بسیج‌گر: تغییر را در سازمانش پیش می‌برد؛ انگیزه‌اش عمل و نتیجه است</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; brings insight and persuades peers</source>
        <translation>بسیج‌گر: تغییر را در سازمانش پیش می‌برد؛ بینش می‌آورد و همکاران را قانع می‌کند</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; challenges every plan, then delivers</source>
        <translation>بسیج‌گر: تغییر را در سازمانش پیش می‌برد؛ هر برنامه را به چالش می‌کشد و سپس اجرا می‌کند</translation>
    </message>
    <message>
        <source>Talker: shares what goes on inside the organisation, but does not drive change</source>
        <translation>گوینده: از درون سازمان خبر می‌دهد، ولی تغییر را پیش نمی‌برد</translation>
    </message>
    <message>
        <source>Talker: easy to reach and helpful, but does not drive change</source>
        <translation>گوینده: در دسترس و کمک‌کننده است، ولی تغییر را پیش نمی‌برد</translation>
    </message>
    <message>
        <source>Talker: looks for personal gain; does not drive change</source>
        <translation>گوینده: دنبال منفعت شخصی است؛ تغییر را پیش نمی‌برد</translation>
    </message>
    <message>
        <source>Blocker: resists change and defends the status quo</source>
        <translation>مانع‌تراش: در برابر تغییر می‌ایستد و از وضع موجود دفاع می‌کند</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>هنوز ارزیابی نشده</translation>
    </message>
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
    <message>
        <source>Never engaged</source>
        <translation>هرگز تماس گرفته نشده</translation>
    </message>
    <message>
        <source>Last engaged {days} days ago</source>
        <translation>آخرین تماس {days} روز پیش</translation>
    </message>
    <message>
        <source>Engaged recently</source>
        <translation>به‌تازگی تماس گرفته شده</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>‏{stage} از {day}</translation>
    </message>
    <message>
        <source>{stage}, from {earlier}</source>
        <translation>‏{stage}، پیش‌تر {earlier}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
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
    <message>
        <source>Everyone: {n} on the map</source>
        <translation>همه: {n} نفر روی نقشه</translation>
    </message>
    <message>
        <source>Committee view: {shown} of {n} on the map (Everyone shows all)</source>
        <translation>نمای کمیته: {shown} از {n} نفر روی نقشه (گزینه «همه» همه را نشان می‌دهد)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>کس دیگری این را تغییر داده است</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>کس دیگری</translation>
    </message>
    <message>
        <source>{who} changed {what} &lt;b&gt;{name}&lt;/b&gt; after you opened it</source>
        <translation>‏{who} پس از آنکه شما آن را باز کردید، {what} &lt;b&gt;{name}&lt;/b&gt; را تغییر داد</translation>
    </message>
    <message>
        <source>Reload to see their version (your deletion is dropped), or delete it anyway.</source>
        <translation>بارگذاری دوباره کنید تا نسخه آنان را ببینید (حذف شما کنار گذاشته می‌شود)، یا به هر حال حذفش کنید.</translation>
    </message>
    <message>
        <source>Reload to see their version (your change is dropped), or overwrite it with your change.</source>
        <translation>بارگذاری دوباره کنید تا نسخه آنان را ببینید (تغییر شما کنار گذاشته می‌شود)، یا تغییر خودتان را جایگزین کنید.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>به هر حال حذف کن</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>جایگزین کن</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>No system keychain was found: the password will be asked for each time you connect.</source>
        <translation>مخزن کلید سیستم پیدا نشد: هر بار که وصل می‌شوید گذرواژه پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Connect to a team workspace</source>
        <translation>اتصال به فضای کار تیمی</translation>
    </message>
    <message>
        <source>as it is: no escaping needed</source>
        <translation>همان‌طور که هست: نیازی به گریز نیست</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>گذرواژه را در مخزن کلید سیستم به خاطر بسپار</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>در جست‌وجوی مخزن کلید سیستم…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s details and test the connection.</source>
        <translation>مشخصات سرور را وارد کنید و اتصال را آزمایش کنید.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>A server and a database name are needed.</source>
        <translation>نام سرور و پایگاه داده لازم است.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>remembered in the system keychain</source>
        <translation>در مخزن کلید سیستم ذخیره شده</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>در حال ذخیره گذرواژه در مخزن کلید سیستم…</translation>
    </message>
    <message>
        <source>Removing the password from the system keychain…</source>
        <translation>در حال حذف گذرواژه از مخزن کلید سیستم…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>نام لازم است.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب مشتری جدید</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>ویرایش {name}</translation>
    </message>
    <message>
        <source>New pursuit</source>
        <translation>فرصت فروش جدید</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>مرحله خرید</translation>
    </message>
    <message>
        <source>Strength 1 (weak)</source>
        <translation>شدت ۱ (ضعیف)</translation>
    </message>
    <message>
        <source>Strength 2 (usual)</source>
        <translation>شدت ۲ (معمولی)</translation>
    </message>
    <message>
        <source>Strength 3 (strong)</source>
        <translation>شدت ۳ (قوی)</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>حذف رابطه</translation>
    </message>
</context>
<context>
    <name>DisagreementBox</name>
    <message>
        <source>Where colleagues see people differently</source>
        <translation>جاهایی که همکاران افراد را متفاوت می‌بینند</translation>
    </message>
    <message>
        <source>The score uses the agreed value; these are your team&apos;s own views.</source>
        <translation>امتیاز از مقدار توافق‌شده استفاده می‌کند؛ این‌ها دیدگاه‌های خود اعضای تیم شماست.</translation>
    </message>
    <message>
        <source>The score uses the agreed {field}: {value}</source>
        <translation>امتیاز از {field} توافق‌شده استفاده می‌کند: {value}</translation>
    </message>
    <message>
        <source>Not shown: {n} more.</source>
        <translation>نشان داده نشده: {n} مورد دیگر.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>کپی جزئیات</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details are in {file}.</source>
        <translation>جزئیات در {file} است.</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>جزئیات در زیر آمده است.</translation>
    </message>
    <message>
        <source>Something went wrong that Consensus did not expect: {error}

What you were doing may not have finished; the rest of the window still works. {where}</source>
        <translation>مشکلی پیش آمد که Consensus انتظارش را نداشت: {error}

ممکن است کاری که می‌کردید تمام نشده باشد؛ بقیه پنجره همچنان کار می‌کند. {where}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطای غیرمنتظره</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>برای مشتری</translation>
    </message>
    <message>
        <source>Only what the committee may see: who takes part, the shared ground in their own words, their decision criteria, the next steps and the plan. No stance, influence, profiles, findings, notes or score.</source>
        <translation>فقط آنچه کمیته می‌تواند ببیند: چه کسانی مشارکت دارند، زمینه مشترک با کلمات خودشان، معیارهای تصمیم، گام‌های بعدی و برنامه. بدون موضع، نفوذ، نیم‌رخ، یافته‌ها، یادداشت‌ها یا امتیاز.</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>مانند پنجره ({language})</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>چیدمان</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>مقیاس</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>اسلایدها</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>تغییرات از</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Saves in {folder} unless you choose another folder.</source>
        <translation>اگر پوشه دیگری انتخاب نکنید، در {folder} ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Exported the {kind} to {path}</source>
        <translation>‏{kind} در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>‏{file} نوشته نشد.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>خروجی گرفتن لغو شد: چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>نامه آمریکایی (Letter)</translation>
    </message>
    <message>
        <source>Sized to the map</source>
        <translation>به اندازه نقشه</translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation>عریض (16:9)</translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation>استاندارد (4:3)</translation>
    </message>
    <message>
        <source>Map image (PNG)</source>
        <translation>تصویر نقشه (PNG)</translation>
    </message>
    <message>
        <source>Map drawing (SVG)</source>
        <translation>نقشه برداری (SVG)</translation>
    </message>
    <message>
        <source>Map on a page (PDF)</source>
        <translation>نقشه در یک صفحه (PDF)</translation>
    </message>
    <message>
        <source>Review brief (PDF)</source>
        <translation>گزارش خلاصه بازبینی (PDF)</translation>
    </message>
    <message>
        <source>Review deck (PowerPoint)</source>
        <translation>اسلایدهای بازبینی (PowerPoint)</translation>
    </message>
    <message>
        <source>Committee (CSV)</source>
        <translation>کمیته (CSV)</translation>
    </message>
    <message>
        <source>Priorities (CSV)</source>
        <translation>اولویت‌ها (CSV)</translation>
    </message>
    <message>
        <source>Committee, priorities and plan (XLSX)</source>
        <translation>کمیته، اولویت‌ها و برنامه (XLSX)</translation>
    </message>
    <message>
        <source>Graph (GraphML)</source>
        <translation>گراف (GraphML)</translation>
    </message>
    <message>
        <source>Graph for Gephi (GEXF)</source>
        <translation>گراف برای Gephi (GEXF)</translation>
    </message>
    <message>
        <source>Account as interchange JSON</source>
        <translation>حساب مشتری به‌صورت JSON تبادلی</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: {reason}</source>
        <translation>پیش‌نمایش نیست: {reason}</translation>
    </message>
    <message>
        <source>Pages: {pages}, for the customer&apos;s committee: who takes part, the shared ground in their words, their criteria, next steps and the plan; no stance, influence, profiles, findings, score or notes.</source>
        <translation>‏{pages} صفحه، برای کمیته مشتری: چه کسانی مشارکت دارند، زمینه مشترک با کلمات خودشان، معیارها، گام‌های بعدی و برنامه؛ بدون موضع، نفوذ، نیم‌رخ، یافته‌ها، امتیاز یا یادداشت.</translation>
    </message>
    <message>
        <source>{pages} pages: title, map, committee ({members}), assessment ({readiness}); changes since {since}: {changes}.</source>
        <translation>‏{pages} صفحه: عنوان، نقشه، کمیته ({members})، ارزیابی ({readiness})؛ تغییرات از {since}: {changes}.</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>در حال آماده‌سازی گزارش خلاصه…</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table.</source>
        <translation>‏{shown} ردیف نخست از {rows} ردیف جدول {table}.</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table, a Priorities sheet and the Plan.</source>
        <translation>‏{shown} ردیف نخست از {rows} ردیف جدول {table}، به‌همراه برگه اولویت‌ها و برنامه.</translation>
    </message>
    <message>
        <source>The {what} for the customer&apos;s committee: who takes part, the shared ground in their own words (as the drafts quote them), their decision criteria, the proposed next steps and the plan for deciding together. Nothing internal goes in: no stance, influence, profiles, findings, score, notes, evidence, personal wins or priorities, mobilizer kits or ties.</source>
        <translation>‏{what} برای کمیته مشتری: چه کسانی مشارکت دارند، زمینه مشترک با کلمات خودشان (همان‌طور که پیش‌نویس‌ها نقل می‌کنند)، معیارهای تصمیم، گام‌های بعدی پیشنهادی و برنامه تصمیم‌گیری مشترک. هیچ چیز داخلی نمی‌آید: نه موضع، نفوذ، نیم‌رخ، یافته‌ها، امتیاز، یادداشت، شواهد، منافع شخصی یا اولویت‌ها، بسته‌های بسیج‌گر و نه روابط.</translation>
    </message>
    <message>
        <source>The whole account {account} as an interchange file — people: {people}, relationships: {ties}, priorities: {priorities}, pursuits: {pursuits}, messages: {messages}. It imports into any Consensus workspace.</source>
        <translation>کل حساب مشتری {account} به‌صورت پرونده تبادلی — افراد: {people}، روابط: {ties}، اولویت‌ها: {priorities}، فرصت‌های فروش: {pursuits}، پیام‌ها: {messages}. در هر فضای کار Consensus وارد می‌شود.</translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the committee map as cards and lines you can move ({members} on the committee), the committee table, the assessment, the bridge themes, approved and drafted messages, and what changed since the date chosen.</source>
        <translation>اسلایدهای قابل ویرایش PowerPoint: اسلاید عنوان، نقشه کمیته با کارت‌ها و خط‌های جابه‌جاشدنی ({members} نفر در کمیته)، جدول کمیته، ارزیابی، مضمون‌های پل، پیام‌های تأییدشده و پیش‌نویس، و تغییرات از تاریخ انتخاب‌شده.</translation>
    </message>
    <message>
        <source>The pursuit&apos;s graph — people: {people} ({members} on the committee), their reporting lines, relationships: {ties}, with every attribute, for {tool}.</source>
        <translation>گراف فرصت فروش — افراد: {people} ({members} نفر در کمیته)، خطوط گزارش‌دهی، روابط: {ties}، با همه ویژگی‌ها، برای {tool}.</translation>
    </message>
    <message>
        <source>not enough to assess yet</source>
        <translation>هنوز برای ارزیابی کافی نیست</translation>
    </message>
    <message>
        <source>{score}/100, findings: {findings}</source>
        <translation>‏{score}/100، یافته‌ها: {findings}</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>the account</source>
        <translation>حساب مشتری</translation>
    </message>
    <message>
        <source>the stakeholder</source>
        <translation>ذی‌نفع</translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source>the pursuit</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <source>the committee seat of</source>
        <translation>عضویت کمیته</translation>
    </message>
    <message>
        <source>the priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>the plan step</source>
        <translation>گام برنامه</translation>
    </message>
    <message>
        <source>the themes of</source>
        <translation>مضمون‌های</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>function</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>موضع</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>نفوذ</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>نیم‌رخ</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>مرحله خرید</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>گزارش به</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>&lt;b&gt;Compared statements&lt;/b&gt; — click one to find who said it on the map</source>
        <translation>&lt;b&gt;گفته‌های مقایسه‌شده&lt;/b&gt; — روی یکی کلیک کنید تا گوینده‌اش را روی نقشه بیابید</translation>
    </message>
    <message>
        <source>…and more pairs with no theme in common: {n}.</source>
        <translation>…و جفت‌های دیگر بی مضمون مشترک: {n}.</translation>
    </message>
    <message>
        <source>both sign off</source>
        <translation>هر دو امضا می‌کنند</translation>
    </message>
    <message>
        <source>{function}: no statement to show</source>
        <translation>‏{function}: گفته‌ای برای نمایش نیست</translation>
    </message>
    <message>
        <source>theme “{theme}”</source>
        <translation>مضمون «{theme}»</translation>
    </message>
    <message>
        <source>in no agreed theme</source>
        <translation>در هیچ مضمون توافق‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>{name} ({function}) said this; click to find them on the map</source>
        <translation>این را {name} ({function}) گفته است؛ کلیک کنید تا او را روی نقشه بیابید</translation>
    </message>
</context>
<context>
    <name>ForgetPerson</name>
    <message>
        <source>Erase the selected person everywhere, history included (cannot be undone)</source>
        <translation>فرد انتخاب‌شده را همه‌جا، همراه با سابقه، پاک کن (برگشت‌ناپذیر)</translation>
    </message>
    <message>
        <source>Forget {name}?</source>
        <translation>‏{name} فراموش شود؟</translation>
    </message>
    <message>
        <source>Forget {name} at {account}, as when they ask to be erased?

Their record, priorities, committee seats, ties and map positions go, every change-log entry about them is erased, and where colleagues&apos; notes or messages name them or quote them, those words are replaced. The undo history is cleared.

This cannot be undone.</source>
        <translation>‏{name} در {account} فراموش شود، مانند وقتی که خودش درخواست پاک شدن می‌کند؟

سابقه، اولویت‌ها، جایگاه‌های کمیته، روابط و جای او روی نقشه حذف می‌شود، هر مدخل گزارش تغییرات درباره او پاک می‌شود و هر جا یادداشت‌ها یا پیام‌های همکاران نام او را آورده یا از او نقل کرده‌اند، آن کلمات جایگزین می‌شوند. تاریخچه واگرد پاک می‌شود.

این کار برگشت‌ناپذیر است.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>فراموش کن</translation>
    </message>
    <message>
        <source>{name} could not be forgotten</source>
        <translation>‏{name} فراموش نشد</translation>
    </message>
    <message>
        <source>Forgetting {name}…</source>
        <translation>در حال فراموش کردن {name}…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Consensus maps and contact lists (*.json *.csv *.xlsx);;Consensus map (*.json);;Contacts (*.csv *.xlsx)</source>
        <translation>نقشه‌های Consensus و فهرست‌های مخاطبان (*.json *.csv *.xlsx);;نقشه Consensus (*.json);;مخاطبان (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Could not import the file</source>
        <translation>پرونده وارد نشد</translation>
    </message>
    <message>
        <source>{file} was not imported.</source>
        <translation>‏{file} وارد نشد.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>در حال وارد کردن {file}…</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>پرونده خوانده نشد</translation>
    </message>
    <message>
        <source>Someone changed the people meanwhile: import the file again.</source>
        <translation>در این فاصله کسی افراد را تغییر داد: پرونده را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Could not import the people</source>
        <translation>افراد وارد نشدند</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing changed.</source>
        <translation>‏{file} وارد نشد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Importing people from {file}…</source>
        <translation>در حال وارد کردن افراد از {file}…</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>‏{new} جدید، {updated} به‌روزشده، {unchanged} بدون تغییر</translation>
    </message>
    <message>
        <source>, {removed} removed</source>
        <translation>‏، {removed} حذف‌شده</translation>
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
    <message>
        <source>Assessment failed</source>
        <translation>ارزیابی ناموفق بود</translation>
    </message>
    <message>
        <source>Themes failed</source>
        <translation>یافتن مضمون‌ها ناموفق بود</translation>
    </message>
    <message>
        <source>Drafting messages failed</source>
        <translation>نوشتن پیش‌نویس پیام‌ها ناموفق بود</translation>
    </message>
    <message>
        <source>Drafting messages…</source>
        <translation>در حال نوشتن پیش‌نویس پیام‌ها…</translation>
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
        <source>Mark as left the company…</source>
        <translation>علامت‌گذاری به‌عنوان ترک‌کرده شرکت…</translation>
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
        <source>Left the company on {day}</source>
        <translation>در {day} شرکت را ترک کرد</translation>
    </message>
    <message>
        <source>Not read: {why}</source>
        <translation>خوانده نشد: {why}</translation>
    </message>
    <message>
        <source>{kind} · importance {importance}</source>
        <translation>‏{kind} · اهمیت {importance}</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>نام لازم است.</translation>
    </message>
    <message>
        <source>Not possible: this would make a reporting cycle ({names}).</source>
        <translation>ممکن نیست: این کار چرخه گزارش‌دهی می‌سازد ({names}).</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>ویرایش اولویت</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>با کلمات خودش</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>دیدگاه‌های تیم:</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>not known</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>جلوتر</translation>
    </message>
    <message>
        <source>with the group</source>
        <translation>هم‌گام با گروه</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>عقب‌تر</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>جابه‌جایی مرحله {name}</translation>
    </message>
    <message>
        <source>What moved them: a meeting, a new requirement, a doubt…</source>
        <translation>چه چیزی او را جابه‌جا کرد: یک جلسه، نیازی تازه، یک تردید…</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>جابه‌جا کن</translation>
    </message>
    <message>
        <source>On</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>What moved them</source>
        <translation>چه چیزی او را جابه‌جا کرد</translation>
    </message>
    <message>
        <source>(back a stage)</source>
        <translation>(یک مرحله به عقب)</translation>
    </message>
    <message>
        <source>earlier moves: {n}</source>
        <translation>جابه‌جایی‌های پیشین: {n}</translation>
    </message>
    <message>
        <source>No moves recorded yet</source>
        <translation>هنوز جابه‌جایی‌ای ثبت نشده</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Against the group</source>
        <translation>نسبت به گروه</translation>
    </message>
    <message>
        <source>moved back · {standing}</source>
        <translation>برگشته · {standing}</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>‏{stage} از {day}</translation>
    </message>
    <message>
        <source>Nobody on the committee yet.</source>
        <translation>هنوز کسی در کمیته نیست.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>The group is at &lt;b&gt;{group}&lt;/b&gt; (the pursuit: {pursuit}). {ahead} ahead, {with_group} with the group, {behind} behind, {unknown} not known.</source>
        <translation>گروه در مرحله &lt;b&gt;{group}&lt;/b&gt; است (فرصت فروش: {pursuit}). {ahead} نفر جلوتر، {with_group} نفر هم‌گام با گروه، {behind} نفر عقب‌تر، {unknown} نفر نامشخص.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark {name} as left the company</source>
        <translation>علامت‌گذاری {name} به‌عنوان ترک‌کرده شرکت</translation>
    </message>
    <message>
        <source>{name} left the company</source>
        <translation>‏{name} شرکت را ترک کرد</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>تاریخ ترک</translation>
    </message>
    <message>
        <source>none (they sit on no committee)</source>
        <translation>هیچ (در هیچ کمیته‌ای نیست)</translation>
    </message>
    <message>
        <source>Kept: their record, priorities, ties and buying-stage history; the map shows them faded and marked “left”, and the assessment no longer counts them.&lt;br&gt;&lt;b&gt;Taken off:&lt;/b&gt; {seats}. Edit ▸ Undo seats them again.</source>
        <translation>می‌ماند: سابقه، اولویت‌ها، روابط و تاریخچه مرحله خرید؛ نقشه او را کم‌رنگ و با برچسب «رفته» نشان می‌دهد و ارزیابی دیگر او را حساب نمی‌کند.&lt;br&gt;&lt;b&gt;برداشته می‌شود از:&lt;/b&gt; {seats}. ویرایش ▸ واگرد او را دوباره می‌نشاند.</translation>
    </message>
    <message>
        <source>What {pursuit} loses</source>
        <translation>آنچه {pursuit} از دست می‌دهد</translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation>در حال ارزیابی…</translation>
    </message>
    <message>
        <source>Findings raised</source>
        <translation>یافته‌های تازه</translation>
    </message>
    <message>
        <source>Findings resolved</source>
        <translation>یافته‌های برطرف‌شده</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>علامت‌گذاری به‌عنوان رفته</translation>
    </message>
    <message>
        <source>Readiness: could not be assessed ({reason})</source>
        <translation>آمادگی: ارزیابی نشد ({reason})</translation>
    </message>
    <message>
        <source>Assessing what the group loses…</source>
        <translation>در حال ارزیابی آنچه گروه از دست می‌دهد…</translation>
    </message>
    <message>
        <source>Readiness: not enough to assess yet</source>
        <translation>آمادگی: هنوز برای ارزیابی کافی نیست</translation>
    </message>
    <message>
        <source>Readiness {before} → not enough to assess</source>
        <translation>آمادگی {before} ← برای ارزیابی کافی نیست</translation>
    </message>
    <message>
        <source>Readiness {before} → {after} ({delta} points)</source>
        <translation>آمادگی {before} ← {after} ({delta} امتیاز)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— هیچ —</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Reloaded from the workspace</source>
        <translation>از فضای کار دوباره بارگذاری شد</translation>
    </message>
    <message>
        <source>The workspace file was replaced on disk: showing it as it is now</source>
        <translation>پرونده فضای کار روی دیسک جایگزین شد: همان‌طور که اکنون هست نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Updated from the workspace — {changes}</source>
        <translation>از فضای کار به‌روز شد — {changes}</translation>
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
        <source>Back to &amp;your workspace</source>
        <translation>بازگشت به فضای کار &amp;خودتان</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>باز کردن فضای کار &amp;نمونه</translation>
    </message>
    <message>
        <source>Demo workspace: a fresh copy, your own workspace is untouched (File ▸ Back to your workspace)</source>
        <translation>فضای کار نمونه: یک نسخه تازه؛ فضای کار خودتان دست‌نخورده می‌ماند (پرونده ▸ بازگشت به فضای کار خودتان)</translation>
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
        <source>Import</source>
        <translation>وارد کردن</translation>
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
        <source>&amp;Portfolio board…</source>
        <translation>&amp;تابلوی سبد فرصت‌ها…</translation>
    </message>
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>علامت‌گذاری به‌عنوان &amp;ترک‌کرده شرکت…</translation>
    </message>
</context>
<context>
    <name>MapCard</name>
    <message>
        <source>strength {n} of 3</source>
        <translation>شدت {n} از ۳</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>گروه {n}</translation>
    </message>
    <message>
        <source>On the committee view: {reason}</source>
        <translation>در نمای کمیته: {reason}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>راهنمای نقشه</translation>
    </message>
    <message>
        <source>{n} of 5</source>
        <translation>‏{n} از ۵</translation>
    </message>
    <message>
        <source>yes — formal sign-off</source>
        <translation>بله — امضای رسمی</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Not on this pursuit&apos;s committee</source>
        <translation>عضو کمیته این فرصت فروش نیست</translation>
    </message>
</context>
<context>
    <name>MapSync</name>
    <message>
        <source>Laying out {n} people…</source>
        <translation>در حال چیدن {n} نفر…</translation>
    </message>
</context>
<context>
    <name>MarkLeft</name>
    <message>
        <source>The selected person left the customer: keep their history, take them off the committees (shows first what the group loses; undoable)</source>
        <translation>فرد انتخاب‌شده مشتری را ترک کرده است: سابقه‌اش بماند و از کمیته‌ها برداشته شود (نخست نشان می‌دهد گروه چه از دست می‌دهد؛ برگشت‌پذیر)</translation>
    </message>
    <message>
        <source>{name} could not be marked as left</source>
        <translation>‏{name} به‌عنوان رفته علامت‌گذاری نشد</translation>
    </message>
</context>
<context>
    <name>MessageLibraryView</name>
    <message>
        <source>Search all accounts&apos; messages…</source>
        <translation>جست‌وجو در پیام‌های همه حساب‌ها…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>بازگشت به پیش‌نویس</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>کپی متن</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>بازگرداندن به پیش‌نویس</translation>
    </message>
</context>
<context>
    <name>MessagingPanel</name>
    <message>
        <source>Korean</source>
        <translation>کره‌ای</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>ژاپنی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
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
        <source>no shared theme yet</source>
        <translation>هنوز مضمون مشترکی نیست</translation>
    </message>
    <message>
        <source>the committee&apos;s language</source>
        <translation>زبان کمیته</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>در حال نوشتن پیش‌نویس‌ها به {language}…</translation>
    </message>
    <message>
        <source>Check: {problem}.</source>
        <translation>بررسی کنید: {problem}.</translation>
    </message>
    <message>
        <source>Saved “{title}” to the message library as a draft</source>
        <translation>‏«{title}» به‌صورت پیش‌نویس در کتابخانه پیام‌ها ذخیره شد</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search accounts, pursuits and people…</source>
        <translation>جست‌وجوی حساب‌ها، فرصت‌های فروش و افراد…</translation>
    </message>
    <message>
        <source>{name}: select on the map</source>
        <translation>‏{name}: انتخاب روی نقشه</translation>
    </message>
    <message>
        <source>New pursuit…</source>
        <translation>فرصت فروش جدید…</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>ویرایش حساب مشتری…</translation>
    </message>
    <message>
        <source>Edit pursuit…</source>
        <translation>ویرایش فرصت فروش…</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>حذف حساب مشتری</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>حذف فرصت فروش</translation>
    </message>
</context>
<context>
    <name>NoPursuitHint</name>
    <message>
        <source>Create the first pursuit…</source>
        <translation>ساختن نخستین فرصت فروش…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pursuit yet for {account}&lt;/b&gt;&lt;br&gt;A pursuit holds the map of its buying committee.</source>
        <translation>&lt;b&gt;هنوز فرصت فروشی برای {account} نیست&lt;/b&gt;&lt;br&gt;هر فرصت فروش نقشه کمیته خریدش را در خود دارد.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>در حال باز کردن فضای کار…</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>save the change</source>
        <translation>ذخیره تغییر</translation>
    </message>
    <message>
        <source>Saving to the team workspace…</source>
        <translation>در حال ذخیره در فضای کار تیمی…</translation>
    </message>
    <message>
        <source>Redoing: {what}…</source>
        <translation>ازنو: {what}…</translation>
    </message>
    <message>
        <source>Undoing: {what}…</source>
        <translation>واگرد: {what}…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Set to today</source>
        <translation>تنظیم روی امروز</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>No date: show “{never}”</source>
        <translation>بدون تاریخ: نمایش «{never}»</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Changes not saved yet</source>
        <translation>تغییرات هنوز ذخیره نشده‌اند</translation>
    </message>
    <message>
        <source>{waiting} for the workspace database, which cannot be reached:</source>
        <translation>‏{waiting} برای پایگاه داده فضای کار، که در دسترس نیست:</translation>
    </message>
    <message>
        <source>Close anyway and lose them?</source>
        <translation>به هر حال بسته شود و از دست بروند؟</translation>
    </message>
    <message>
        <source>Reconnected to the workspace</source>
        <translation>دوباره به فضای کار وصل شد</translation>
    </message>
    <message>
        <source>The workspace database cannot be reached: {waiting}retrying every {seconds} s.</source>
        <translation>پایگاه داده فضای کار در دسترس نیست: {waiting}هر {seconds} ثانیه دوباره تلاش می‌شود.</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>— not in the file —</source>
        <translation>— در پرونده نیست —</translation>
    </message>
    <message>
        <source>A new account, named:</source>
        <translation>حساب مشتری جدید، با نام:</translation>
    </message>
    <message>
        <source>the same CRM id, else email, else name and title</source>
        <translation>همان شناسه CRM، وگرنه ایمیل، وگرنه نام و عنوان</translation>
    </message>
    <message>
        <source>the same CRM id (Contact ID)</source>
        <translation>همان شناسه CRM (Contact ID)</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>همان ایمیل</translation>
    </message>
    <message>
        <source>the same name and title</source>
        <translation>همان نام و عنوان</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>وارد کردن افراد از {file}</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>نام حساب مشتری</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>هر ستون چه چیزی دارد</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Account in the file</source>
        <translation>حساب در پرونده</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>چه می‌شود</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>فقط ردیف‌های دارای مشکل را نشان بده</translation>
    </message>
    <message>
        <source>{lines} and {n} more</source>
        <translation>‏{lines} و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>{lines} and {last}</source>
        <translation>‏{lines} و {last}</translation>
    </message>
    <message>
        <source>Not in this export — left the company?</source>
        <translation>در این خروجی نیستند — شرکت را ترک کرده‌اند؟</translation>
    </message>
    <message>
        <source>Tick the people who left. Marked as left, they keep their history and leave the committees (Edit ▸ Undo puts them back); removed, they go with their seats, priorities and ties. Nothing happens to anyone unticked.</source>
        <translation>کسانی را که رفته‌اند علامت بزنید. اگر به‌عنوان رفته علامت بخورند، سابقه‌شان می‌ماند و از کمیته‌ها بیرون می‌روند (ویرایش ▸ واگرد برشان می‌گرداند)؛ اگر حذف شوند، همراه با جایگاه‌ها، اولویت‌ها و روابطشان می‌روند. برای کسانی که علامت نخورده‌اند اتفاقی نمی‌افتد.</translation>
    </message>
    <message>
        <source>Mark the ticked people as left the company</source>
        <translation>افراد علامت‌خورده را ترک‌کرده شرکت علامت بزن</translation>
    </message>
    <message>
        <source>Remove the ticked people from the account</source>
        <translation>افراد علامت‌خورده را از حساب مشتری حذف کن</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Into account</source>
        <translation>به حساب مشتری</translation>
    </message>
    <message>
        <source>A row is someone already there when it has</source>
        <translation>ردیفی همان فرد موجود است وقتی که داشته باشد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; ({rows}, {encoding})</source>
        <translation>&lt;b&gt;پیش‌نمایش&lt;/b&gt; ({rows}، {encoding})</translation>
    </message>
    <message>
        <source>The file says these people work at “{name}”, which could be {listed}. Choose the account, or a new one.</source>
        <translation>پرونده می‌گوید این افراد در «{name}» کار می‌کنند که ممکن است {listed} باشد. حساب مشتری را انتخاب کنید یا حسابی جدید.</translation>
    </message>
    <message>
        <source>Not yet: choose the account these people work at.</source>
        <translation>هنوز نه: حساب مشتری‌ای را که این افراد در آن کار می‌کنند انتخاب کنید.</translation>
    </message>
    <message>
        <source>Not yet: give the new account a name.</source>
        <translation>هنوز نه: برای حساب مشتری جدید نامی بگذارید.</translation>
    </message>
    <message>
        <source>Planning {rows}…</source>
        <translation>در حال برنامه‌ریزی {rows}…</translation>
    </message>
    <message>
        <source>Not yet: {reason}.</source>
        <translation>هنوز نه: {reason}.</translation>
    </message>
    <message>
        <source>{rows} of other accounts left out.</source>
        <translation>‏{rows} از حساب‌های دیگر کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>چیزی برای وارد کردن نیست</translation>
    </message>
    <message>
        <source>Ready: {counts}.</source>
        <translation>آماده: {counts}.</translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>توجه: {warning}</translation>
    </message>
    <message>
        <source>Import into another account?</source>
        <translation>به حساب مشتری دیگری وارد شود؟</translation>
    </message>
    <message>
        <source>{file} says these people work at {named}, not at “{target}”.

Import them into {target} anyway?</source>
        <translation>‏{file} می‌گوید این افراد در {named} کار می‌کنند، نه در «{target}».

با این حال به {target} وارد شوند؟</translation>
    </message>
    <message>
        <source>Remove people?</source>
        <translation>افراد حذف شوند؟</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
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
        <source>(not on the committee)</source>
        <translation>(خارج از کمیته)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>overdue {days} d</source>
        <translation>‏{days} روز دیرکرد</translation>
    </message>
    <message>
        <source>Open a pursuit to plan it.</source>
        <translation>یک فرصت فروش را باز کنید تا برایش برنامه بریزید.</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>هنوز برنامه‌ای نیست: گام‌های رسیدن به تصمیم را با مشتری توافق کنید و اینجا بیفزایید.</translation>
    </message>
    <message>
        <source>{steps}, {done} done</source>
        <translation>‏{steps}، {done} انجام‌شده</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>, {late} overdue.</source>
        <translation>‏، {late} با دیرکرد.</translation>
    </message>
</context>
<context>
    <name>PortfolioBoard</name>
    <message>
        <source>Account</source>
        <translation>حساب مشتری</translation>
    </message>
    <message>
        <source>Pursuit</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>روزها در مرحله</translation>
    </message>
    <message>
        <source>Days idle</source>
        <translation>روزهای بی‌تحرک</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>آمادگی</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation>یافته‌های بحرانی</translation>
    </message>
    <message>
        <source>Being assessed in the background</source>
        <translation>در پس‌زمینه در حال ارزیابی</translation>
    </message>
    <message>
        <source>No score: fewer than two people on its committee</source>
        <translation>بدون امتیاز: کمتر از دو نفر در کمیته</translation>
    </message>
    <message>
        <source>Provisional: assessed without the committee&apos;s themes, because its priorities&apos; sentence vectors are not stored yet, so divergent priorities do not count. Open the pursuit to assess it fully.</source>
        <translation>موقت: بدون موضوع‌های کمیته ارزیابی شد، چون بردارهای جمله اولویت‌ها هنوز ذخیره نشده‌اند؛ پس اولویت‌های واگرا شمرده نمی‌شوند. برای ارزیابی کامل، فرصت فروش را باز کنید.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>The colleague on the account team who owns the pursuit (change it in its details)</source>
        <translation>همکاری در تیم حساب که مسئول این فرصت فروش است (در جزئیات آن تغییرش دهید)</translation>
    </message>
    <message>
        <source>Days since the pursuit reached its stage (from the change log: its last change of stage, else when it was created or imported)</source>
        <translation>روزهایی که از رسیدن فرصت فروش به این مرحله گذشته (از گزارش تغییرات: آخرین تغییر مرحله، وگرنه زمان ایجاد یا ورود)</translation>
    </message>
    <message>
        <source>Days since anything about the pursuit or its account&apos;s people changed</source>
        <translation>روزهایی که از آخرین تغییر در فرصت فروش یا افراد حساب آن گذشته</translation>
    </message>
    <message>
        <source>Nothing has changed in the number of days set above the table</source>
        <translation>در تعداد روزهایی که بالای جدول تنظیم شده هیچ تغییری نبوده</translation>
    </message>
    <message>
        <source>The latest kept assessment&apos;s score, 0–100 (… : being assessed; *: provisional, assessed without the committee&apos;s themes)</source>
        <translation>امتیاز آخرین ارزیابی ذخیره‌شده، ۰ تا ۱۰۰ (…: در حال ارزیابی؛ *: موقت، بدون مضمون‌های کمیته ارزیابی شده)</translation>
    </message>
    <message>
        <source>The change since the day before, and the daily scores kept, oldest left</source>
        <translation>تغییر نسبت به روز قبل و امتیازهای روزانه ذخیره‌شده، قدیمی‌ترین در چپ</translation>
    </message>
    <message>
        <source>Critical findings in the latest assessment</source>
        <translation>یافته‌های بحرانی در آخرین ارزیابی</translation>
    </message>
</context>
<context>
    <name>PortfolioThemesView</name>
    <message>
        <source>Theme</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>گفته‌ها</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>کلمات خودشان</translation>
    </message>
    <message>
        <source>any industry</source>
        <translation>هر صنعتی</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>هر منطقه‌ای</translation>
    </message>
    <message>
        <source>Any function</source>
        <translation>هر واحدی</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>هر مرحله‌ای</translation>
    </message>
    <message>
        <source>Find themes</source>
        <translation>یافتن مضمون‌ها</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Themes that recur across accounts, and each function&apos;s own words for them: choose the accounts and press Find themes.</source>
        <translation>مضمون‌هایی که در حساب‌های مختلف تکرار می‌شوند و کلمات خاص هر واحد برای آن‌ها: حساب‌ها را انتخاب کنید و «یافتن مضمون‌ها» را بزنید.</translation>
    </message>
    <message>
        <source>Finding themes across accounts…</source>
        <translation>در حال یافتن مضمون‌ها در حساب‌ها…</translation>
    </message>
    <message>
        <source>Could not find the portfolio&apos;s themes</source>
        <translation>مضمون‌های سبد یافت نشد</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>واژه‌ها: {terms}</translation>
    </message>
    <message>
        <source>{themes} across {accounts}, those in the most accounts first. Expand a theme for the words each function uses.</source>
        <translation>‏{themes} در {accounts}، آن‌هایی که در بیشترین حساب‌ها هستند اول. مضمونی را باز کنید تا کلمات هر واحد را ببینید.</translation>
    </message>
    <message>
        <source>No priorities match in {accounts}: widen the choice.</source>
        <translation>در {accounts} اولویتی مطابقت ندارد: انتخاب را گسترده‌تر کنید.</translation>
    </message>
    <message>
        <source>Export the portfolio&apos;s themes</source>
        <translation>خروجی گرفتن از مضمون‌های سبد</translation>
    </message>
    <message>
        <source>Portfolio themes</source>
        <translation>مضمون‌های سبد</translation>
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
        <translation>سبد فرصت‌ها — Consensus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>A pursuit is stalled when nothing about it has changed in this many days</source>
        <translation>فرصت فروشی که در این تعداد روز هیچ تغییری نکرده متوقف است</translation>
    </message>
    <message>
        <source>Only the pursuits this colleague owns</source>
        <translation>فقط فرصت‌های فروشی که این همکار مسئولشان است</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>خروجی XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>متوقف پس از</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <source>Themes for marketing</source>
        <translation>مضمون‌ها برای بازاریابی</translation>
    </message>
    <message>
        <source>Could not assess the portfolio</source>
        <translation>سبد ارزیابی نشد</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>در حال خواندن سبد…</translation>
    </message>
    <message>
        <source>Could not read the portfolio</source>
        <translation>سبد خوانده نشد</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>مسئول {name}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>industry {name}</source>
        <translation>صنعت {name}</translation>
    </message>
    <message>
        <source>region {name}</source>
        <translation>منطقه {name}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>مرحله {name}</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>همه حساب‌ها</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشه Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the portfolio board</source>
        <translation>خروجی گرفتن از تابلوی سبد</translation>
    </message>
    <message>
        <source>Portfolio board</source>
        <translation>تابلوی سبد فرصت‌ها</translation>
    </message>
    <message>
        <source>Exporting the portfolio board to {file}…</source>
        <translation>در حال صدور صفحه پورتفولیو به {file}…</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>‏{file} نوشته نشد.</translation>
    </message>
    <message>
        <source>Could not export the portfolio board</source>
        <translation>صفحه پورتفولیو صادر نشد</translation>
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
    <name>PursuitOwner</name>
    <message>
        <source>The colleague on the account team who owns this pursuit</source>
        <translation>همکاری در تیم حساب که مالک این فرصت فروش است</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;بله</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;خیر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
</context>
<context>
    <name>RatingBadges</name>
    <message>
        <source>Colleagues see {name} differently:</source>
        <translation>همکاران {name} را متفاوت می‌بینند:</translation>
    </message>
    <message>
        <source>(agreed {value})</source>
        <translation>(توافق‌شده {value})</translation>
    </message>
</context>
<context>
    <name>ReadinessFiller</name>
    <message>
        <source>Assessing {pursuits} for the portfolio board…</source>
        <translation>در حال ارزیابی {pursuits} برای تابلوی سبد…</translation>
    </message>
</context>
<context>
    <name>ReadinessHistory</name>
    <message>
        <source>Readiness over time</source>
        <translation>آمادگی در گذر زمان</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>علامت‌گذاری به‌عنوان بازبینی‌شده</translation>
    </message>
    <message>
        <source>Keep today&apos;s assessment as a review: later changes are compared with it</source>
        <translation>ارزیابی امروز را به‌عنوان بازبینی نگه دار: تغییرات بعدی با آن مقایسه می‌شوند</translation>
    </message>
    <message>
        <source>Not reviewed yet: mark a review to compare later changes with it.</source>
        <translation>هنوز بازبینی نشده: یک بازبینی علامت بزنید تا تغییرات بعدی با آن مقایسه شوند.</translation>
    </message>
    <message>
        <source>Since the last review</source>
        <translation>از آخرین بازبینی</translation>
    </message>
</context>
<context>
    <name>SplitThemeDialog</name>
    <message>
        <source>Split theme</source>
        <translation>تقسیم مضمون</translation>
    </message>
    <message>
        <source>Tick the statements that belong to a new theme, apart from {theme}.</source>
        <translation>گفته‌هایی را که جدا از {theme} به مضمونی تازه تعلق دارند علامت بزنید.</translation>
    </message>
    <message>
        <source>What the new theme is about</source>
        <translation>مضمون تازه درباره چیست</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>تقسیم</translation>
    </message>
    <message>
        <source>New theme&apos;s name</source>
        <translation>نام مضمون تازه</translation>
    </message>
    <message>
        <source>Tick some of the statements, not none and not all of them.</source>
        <translation>بعضی از گفته‌ها را علامت بزنید، نه هیچ‌کدام و نه همه را.</translation>
    </message>
    <message>
        <source>Give the new theme a name.</source>
        <translation>برای مضمون تازه نامی بگذارید.</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>account</source>
        <translation>حساب مشتری</translation>
    </message>
    <message>
        <source>pursuit</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>committee seat</source>
        <translation>جایگاه در کمیته</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>plan step</source>
        <translation>گام برنامه</translation>
    </message>
    <message>
        <source>key</source>
        <translation>کلید (شناسهٔ کوتاه)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>function</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>نیم‌رخ</translation>
    </message>
    <message>
        <source>personal win</source>
        <translation>برد شخصی</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>location</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>شناسهٔ CRM</translation>
    </message>
    <message>
        <source>left the company on</source>
        <translation>تاریخ ترک شرکت</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>گزارش به</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>قوت</translation>
    </message>
    <message>
        <source>value</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>نقش خرید</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>موضع</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>نفوذ</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>مرحلهٔ خرید</translation>
    </message>
    <message>
        <source>in the buying stage since</source>
        <translation>در این مرحلهٔ خرید از</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>last checked</source>
        <translation>آخرین بررسی</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>اهمیت</translation>
    </message>
    <message>
        <source>text of the message</source>
        <translation>متن پیام</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>مضمون</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>‏{n} کار</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop “{task}”; other tasks go on</source>
        <translation>توقف «{task}»؛ کارهای دیگر ادامه می‌یابند</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <source>Team workspace password</source>
        <translation>گذرواژه فضای کار تیمی</translation>
    </message>
    <message>
        <source>Password for {user} on {server}:</source>
        <translation>گذرواژه {user} روی {server}:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
</context>
<context>
    <name>ThemeCorrector</name>
    <message>
        <source>Correct a theme: select it (or a statement) and use these buttons, right-click it, or drag a statement onto another theme. Edit ▸ Undo takes a correction back.</source>
        <translation>اصلاح مضمون: آن را (یا یک گفته را) انتخاب کنید و از این دکمه‌ها استفاده کنید، روی آن راست‌کلیک کنید، یا گفته‌ای را روی مضمون دیگر بکشید. ویرایش ▸ واگرد اصلاح را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Give the selected theme your own name</source>
        <translation>برای مضمون انتخاب‌شده نام خودتان را بگذارید</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>ادغام در…</translation>
    </message>
    <message>
        <source>Put the selected theme&apos;s statements into another theme</source>
        <translation>گفته‌های مضمون انتخاب‌شده را در مضمون دیگری بگذار</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>تقسیم…</translation>
    </message>
    <message>
        <source>Move some of the selected theme&apos;s statements to a new theme</source>
        <translation>بعضی از گفته‌های مضمون انتخاب‌شده را به مضمونی تازه ببر</translation>
    </message>
    <message>
        <source>Not a theme</source>
        <translation>مضمون نیست</translation>
    </message>
    <message>
        <source>The selected theme&apos;s statements are unthemed</source>
        <translation>گفته‌های مضمون انتخاب‌شده بی‌مضمون می‌شوند</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>انتقال به…</translation>
    </message>
    <message>
        <source>Move the selected statement to another theme, or to none</source>
        <translation>گفته انتخاب‌شده را به مضمون دیگری ببر یا از مضمون‌ها بیرون بیاور</translation>
    </message>
    <message>
        <source>Or right-click a theme or a statement, or drag a statement onto a theme.</source>
        <translation>یا روی مضمون یا گفته راست‌کلیک کنید، یا گفته‌ای را روی مضمونی بکشید.</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>تغییر نام مضمون</translation>
    </message>
    <message>
        <source>The theme&apos;s name</source>
        <translation>نام مضمون</translation>
    </message>
    <message>
        <source>Back to the themes (the app places it)</source>
        <translation>بازگشت به مضمون‌ها (برنامه جایش را تعیین می‌کند)</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>بدون مضمون</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>ادغام در</translation>
    </message>
    <message>
        <source>Let the app group it again</source>
        <translation>بگذار برنامه دوباره گروه‌بندی کند</translation>
    </message>
    <message>
        <source>Your corrections of this theme go; the app groups its statements anew</source>
        <translation>اصلاحات شما روی این مضمون حذف می‌شود؛ برنامه گفته‌هایش را از نو گروه‌بندی می‌کند</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>انتقال به</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Agreement: how alike its statements are (0–1). Below the line the theme&apos;s members do not agree, and it is never offered as a bridge.</source>
        <translation>توافق: گفته‌هایش چقدر به هم شبیه‌اند (۰ تا ۱). زیر خط، اعضای مضمون هم‌نظر نیستند و هرگز به‌عنوان پل پیشنهاد نمی‌شود.</translation>
    </message>
    <message>
        <source>Loosely related: shown with this theme, but not counted for bridges, drafts or the brief.</source>
        <translation>ارتباط سست: همراه این مضمون نشان داده می‌شود، ولی برای پل‌ها، پیش‌نویس‌ها یا گزارش خلاصه حساب نمی‌شود.</translation>
    </message>
    <message>
        <source>Corrected on this account (renamed, merged, split or a statement moved): kept when the themes are found again, and new statements like these join it. Edit ▸ Undo takes a correction back.</source>
        <translation>در این حساب اصلاح شده (تغییر نام، ادغام، تقسیم یا جابه‌جایی گفته): وقتی مضمون‌ها دوباره یافته شوند می‌ماند و گفته‌های تازه مشابه به آن می‌پیوندند. ویرایش ▸ واگرد اصلاح را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Themes whose members do not agree are not offered as themes: their statements are listed here.</source>
        <translation>مضمون‌هایی که اعضایشان هم‌نظر نیستند به‌عنوان مضمون پیشنهاد نمی‌شوند: گفته‌هایشان اینجا فهرست شده است.</translation>
    </message>
    <message>
        <source>Themes by meaning (multilingual model)</source>
        <translation>مضمون‌ها بر اساس معنا (مدل چندزبانه)</translation>
    </message>
    <message>
        <source>Themes by shared words (the model is not installed)</source>
        <translation>مضمون‌ها بر اساس واژه‌های مشترک (مدل نصب نشده)</translation>
    </message>
    <message>
        <source>agreement {value}</source>
        <translation>توافق {value}</translation>
    </message>
    <message>
        <source>members do not agree</source>
        <translation>اعضا هم‌نظر نیستند</translation>
    </message>
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
    <message>
        <source>{n} fit no theme</source>
        <translation>‏{n} در هیچ مضمونی نمی‌گنجد</translation>
    </message>
    <message>
        <source>{n} taken out of the themes</source>
        <translation>‏{n} از مضمون‌ها بیرون آورده شد</translation>
    </message>
    <message>
        <source>{themes} from {priorities}</source>
        <translation>‏{themes} از {priorities}</translation>
    </message>
    <message>
        <source>{n} shared across functions.</source>
        <translation>‏{n} مورد میان واحدها مشترک است.</translation>
    </message>
    <message>
        <source>{n} corrected on this account.</source>
        <translation>‏{n} مورد در این حساب اصلاح شده.</translation>
    </message>
    <message>
        <source>Nothing in common yet: {pairs}.</source>
        <translation>هنوز هیچ اشتراکی نیست: {pairs}.</translation>
    </message>
    <message>
        <source>{share} of the group · {functions}</source>
        <translation>‏{share} از گروه · {functions}</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <source>loosely related</source>
        <translation>ارتباط سست</translation>
    </message>
    <message>
        <source>fit {value}</source>
        <translation>تناسب {value}</translation>
    </message>
    <message>
        <source>Unthemed</source>
        <translation>بی‌مضمون</translation>
    </message>
    <message>
        <source>Said in words no other statement comes close to, or taken out of the themes.</source>
        <translation>با کلماتی گفته شده که هیچ گفته دیگری به آن نزدیک نیست، یا از مضمون‌ها بیرون آورده شده.</translation>
    </message>
    <message>
        <source>taken out of the themes</source>
        <translation>از مضمون‌ها بیرون آورده شده</translation>
    </message>
</context>
<context>
    <name>ThemesService</name>
    <message>
        <source>Finding shared themes…</source>
        <translation>در حال یافتن مضمون‌های مشترک…</translation>
    </message>
    <message>
        <source>Preparing themes for the account…</source>
        <translation>در حال آماده‌سازی مضمون‌های حساب…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No readings kept yet</source>
        <translation>هنوز خوانشی ذخیره نشده</translation>
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
    <message>
        <source>Open the demo workspace</source>
        <translation>باز کردن فضای کار نمونه</translation>
    </message>
    <message>
        <source>Three sample accounts to explore</source>
        <translation>سه حساب نمونه برای کاوش</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>ایجاد حساب مشتری</translation>
    </message>
    <message>
        <source>Start mapping a customer of yours</source>
        <translation>ترسیم یکی از مشتریان خود را شروع کنید</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>وارد کردن پرونده…</translation>
    </message>
    <message>
        <source>A Consensus map (.json), or CRM contacts (.csv, .xlsx)</source>
        <translation>نقشه Consensus (.json) یا مخاطبان CRM (.csv، .xlsx)</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <source>becomes {stance} ({value})</source>
        <translation>‏{stance} می‌شود ({value})</translation>
    </message>
    <message>
        <source>leaves the committee</source>
        <translation>کمیته را ترک می‌کند</translation>
    </message>
    <message>
        <source>gains influence over…</source>
        <translation>بر… نفوذ پیدا می‌کند</translation>
    </message>
    <message>
        <source>Add change</source>
        <translation>افزودن تغییر</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>حذف تغییر</translation>
    </message>
    <message>
        <source>Back to the real assessment</source>
        <translation>بازگشت به ارزیابی واقعی</translation>
    </message>
    <message>
        <source>Discard the imagined changes (nothing was saved)</source>
        <translation>تغییرات فرضی را کنار بگذار (چیزی ذخیره نشده بود)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Over whom</source>
        <translation>بر چه کسی</translation>
    </message>
    <message>
        <source>{name} becomes {stance}</source>
        <translation>‏{name} {stance} می‌شود</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>‏{name} می‌رود</translation>
    </message>
    <message>
        <source>{name} is engaged</source>
        <translation>با {name} تماس گرفته می‌شود</translation>
    </message>
    <message>
        <source>{name} gains influence over {other}</source>
        <translation>‏{name} بر {other} نفوذ پیدا می‌کند</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Could not {what}</source>
        <translation>انجام نشد: {what}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>ویرایش {name}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>تغییر {what} {name}</translation>
    </message>
    <message>
        <source>the buying stage was not changed</source>
        <translation>مرحله خرید تغییر نکرد</translation>
    </message>
    <message>
        <source>{field} was not changed</source>
        <translation>‏{field} تغییر نکرد</translation>
    </message>
    <message>
        <source>Edit a priority of {name}</source>
        <translation>ویرایش اولویتی از {name}</translation>
    </message>
    <message>
        <source>Remove a priority of {name}</source>
        <translation>حذف اولویتی از {name}</translation>
    </message>
    <message>
        <source>Change relationship {what}</source>
        <translation>تغییر {what} رابطه</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>حذف رابطه</translation>
    </message>
    <message>
        <source>Could not mark the pursuit as reviewed</source>
        <translation>فرصت فروش به‌عنوان بازبینی‌شده علامت نخورد</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <source>Opening your local workspace.</source>
        <translation>فضای کار محلی شما باز می‌شود.</translation>
    </message>
    <message>
        <source>Cannot reach the team workspace</source>
        <translation>به فضای کار تیمی دسترسی نیست</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>فضای کار باز نمی‌شود</translation>
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
    <message>
        <source>Use the &amp;local workspace</source>
        <translation>استفاده از فضای کار &amp;محلی</translation>
    </message>
</context>
</TS>
