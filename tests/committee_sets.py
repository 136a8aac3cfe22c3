"""Labelled committee-sized statement sets, written for the theme engine's tests and benchmark.

Each set is what a buying committee might say, theme by theme, in its own words: a list of
(theme name, statements). The names are ours, for checking; the engine never sees them.
`PERSIAN_ENGLISH` voices every theme in both Persian and English (a committee that writes
in both); the others are committees of 20–60 statements in one or several languages.
"""

from __future__ import annotations

LabelledSet = list[tuple[str, list[str]]]

PERSIAN_ENGLISH: LabelledSet = [
    (
        "cost",
        [
            "هزینه‌های عملیاتی را کاهش دهیم",
            "بودجه سال آینده نباید افزایش یابد",
            "هزینه کل مالکیت باید پایین بیاید",
            "می‌خواهیم هزینه نگهداری سالانه کمتر شود",
            "Cut our operating costs",
            "Keep next year's budget flat",
            "Lower the total cost of ownership",
            "Spend less on yearly maintenance",
        ],
    ),
    (
        "data protection",
        [
            "داده‌های مشتریان باید امن بماند",
            "اطلاعات شخصی نباید از کشور خارج شود",
            "هر سامانه جدید باید ممیزی امنیتی را بگذراند",
            "از نشت اطلاعات جلوگیری کنیم",
            "Customer data must stay protected",
            "Personal data may not leave the country",
            "Every new system has to pass a security audit",
            "No leaks of sensitive information",
        ],
    ),
    (
        "downtime",
        [
            "توقف خط تولید را به حداقل برسانیم",
            "خرابی‌های پیش‌بینی‌نشده دستگاه‌ها را کم کنیم",
            "سامانه باید همیشه در دسترس باشد",
            "زمان از کار افتادگی سرورها کمتر شود",
            "Minimise production line stoppages",
            "Fewer unplanned machine breakdowns",
            "The system must be available around the clock",
            "Less server downtime",
        ],
    ),
    (
        "fast rollout",
        [
            "راه‌اندازی باید ظرف سه ماه تمام شود",
            "می‌خواهیم پروژه سریع‌تر اجرا شود",
            "استقرار نباید بیش از یک فصل طول بکشد",
            "زمان پیاده‌سازی را کوتاه کنیم",
            "Go live within three months",
            "We want the project delivered faster",
            "Deployment should not take more than a quarter",
            "Shorten the implementation timeline",
        ],
    ),
    (
        "ease of use",
        [
            "کارکنان باید بدون آموزش طولانی با آن کار کنند",
            "رابط کاربری ساده و فارسی می‌خواهیم",
            "آموزش کاربران جدید آسان باشد",
            "کار با نرم‌افزار برای اپراتورها راحت باشد",
            "Staff should manage without long training courses",
            "We need a simple interface in our own language",
            "Onboarding new users must be easy",
            "Operators should find the software easy to use",
        ],
    ),
    (
        "integration",
        [
            "باید با سیستم ERP فعلی ما یکپارچه شود",
            "داده‌ها بین سامانه‌ها خودکار منتقل شوند",
            "نمی‌خواهیم اطلاعات را دوباره وارد کنیم",
            "اتصال به نرم‌افزار حسابداری موجود ضروری است",
            "It must integrate with our current ERP",
            "Data should flow between our systems automatically",
            "No more typing the same data in twice",
            "A link to our existing accounting software is essential",
        ],
    ),
]

SHIPPING_MIXED: LabelledSet = [
    (
        "fuel",
        [
            "Cut fuel cost per voyage",
            "燃料消費を航海ごとにリアルタイムで把握したい",
            "Lower bunker spend across the fleet",
            "Drivstofforbruket per tur må ned",
            "See fuel burn per voyage as it happens",
        ],
    ),
    (
        "capex",
        [
            "Keep capex flat through 2027",
            "No new capital spending before 2027",
            "Investeringsbudsjettet skal ikke øke",
            "Stay within the approved investment budget",
        ],
    ),
    (
        "data",
        [
            "Vessel data must stay in the EU",
            "선박 데이터가 외부로 유출되면 안 됩니다",
            "Skipsdata skal lagres i Europa",
            "No data leaks from the fleet systems",
            "Keep crew and vessel records on European servers",
        ],
    ),
    (
        "maintenance",
        [
            "Predict engine failures before they happen",
            "Fewer unplanned dock days",
            "예기치 않은 엔진 고장을 줄이고 싶습니다",
            "Planlegge vedlikehold før noe går i stykker",
            "Spot wear on the engines early",
        ],
    ),
    (
        "compliance",
        [
            "Meet the IMO carbon intensity rules",
            "Report emissions to the EU ETS without manual work",
            "Utslippsrapporteringen må bli automatisk",
            "排出量の報告を自動化したい",
        ],
    ),
]

HOSPITAL_EN: LabelledSet = [
    (
        "cost",
        [
            "Cut total cost of ownership",
            "Stay inside the FY27 budget",
            "Lower run costs",
            "Reduce what we spend on licences",
            "Keep the budget flat next year",
        ],
    ),
    (
        "security",
        [
            "No new system without SSO and an audit trail",
            "Security review before any patient data moves",
            "Single sign-on for every tool we buy",
            "Patient records must stay private",
            "Pass the information security assessment",
        ],
    ),
    (
        "beds",
        [
            "Nurses lose an hour a shift chasing bed status",
            "A real-time view of every bed across our hospitals",
            "Stop tracking beds on whiteboards",
            "Know instantly which beds are free",
        ],
    ),
    (
        "integration",
        [
            "Any outside tool must write back to the EHR",
            "It has to work with Epic",
            "No double entry between systems",
            "Integrate with our existing electronic health record",
        ],
    ),
    (
        "staff",
        [
            "Reduce overtime for nursing staff",
            "Fewer agency nurses on night shifts",
            "Help us keep experienced nurses from leaving",
        ],
    ),
]

KOREAN_JAPANESE: LabelledSet = [
    (
        "cost",
        [
            "운영 비용을 줄이고 싶습니다",
            "총소유비용을 낮춰야 합니다",
            "2027년 예산 범위 안에서 해결해야 합니다",
            "運用コストを下げたい",
            "予算内に収めたい",
            "総所有コストを削減する",
        ],
    ),
    (
        "security",
        [
            "보안 감사를 통과해야 합니다",
            "개인정보가 외부로 나가면 안 됩니다",
            "セキュリティ監査に通る必要がある",
            "個人情報を外部に出さない",
            "보안 인증 없는 솔루션은 안 됩니다",
        ],
    ),
    (
        "quality",
        [
            "불량률을 절반으로 낮추고 싶습니다",
            "불량 원인을 빨리 찾아야 합니다",
            "不良率を半分にしたい",
            "品質不良の原因をすぐに突き止めたい",
            "고객 클레임을 줄여야 합니다",
        ],
    ),
    (
        "time",
        [
            "現場の作業時間を短縮したい",
            "段取りの時間を半分にする",
            "작업 시간을 단축하고 싶습니다",
            "생산 준비 시간을 줄여야 합니다",
        ],
    ),
]

NORWEGIAN_GERMAN: LabelledSet = [
    (
        "cost",
        [
            "Vi må redusere driftskostnadene",
            "Budsjettet for neste år skal ikke øke",
            "Die Betriebskosten müssen sinken",
            "Wir dürfen das Budget nicht überschreiten",
            "Lavere lisenskostnader",
        ],
    ),
    (
        "data protection",
        [
            "Persondata skal ikke forlate Norge",
            "Datenschutz nach DSGVO ist Pflicht",
            "Kundendaten müssen in der EU bleiben",
            "Vi trenger en sikkerhetsrevisjon før oppstart",
            "Keine Datenlecks",
        ],
    ),
    (
        "uptime",
        [
            "Systemet må være tilgjengelig hele døgnet",
            "Weniger ungeplante Ausfälle der Anlagen",
            "Produksjonsstans må unngås",
            "Die Plattform muss rund um die Uhr laufen",
        ],
    ),
    (
        "training",
        [
            "De ansatte skal kunne bruke det uten lang opplæring",
            "Die Bedienung muss einfach sein",
            "Nye brukere må komme raskt i gang",
            "Schulungsaufwand für neue Mitarbeiter gering halten",
        ],
    ),
    (
        "rollout",
        [
            "Vi vil være i drift innen tre måneder",
            "Die Einführung darf nicht länger als ein Quartal dauern",
            "Raskere implementering",
            "Schneller produktiv werden",
        ],
    ),
]

COMMITTEES: dict[str, LabelledSet] = {
    "Persian and English": PERSIAN_ENGLISH,
    "shipping, five languages": SHIPPING_MIXED,
    "hospital, English": HOSPITAL_EN,
    "Korean and Japanese": KOREAN_JAPANESE,
    "Norwegian and German": NORWEGIAN_GERMAN,
}


def flatten(labelled: LabelledSet) -> tuple[list[str], list[str]]:
    """Statements interleaved theme by theme (as a committee adds them), and their theme names."""
    texts, names = [], []
    longest = max(len(statements) for _, statements in labelled)
    for position in range(longest):
        for name, statements in labelled:
            if position < len(statements):
                texts.append(statements[position])
                names.append(name)
    return texts, names
