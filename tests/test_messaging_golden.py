# ruff: noqa: E501 - the golden texts are kept line for line as the customer reads them
"""Golden texts: one full draft in each language, so that any change to a template shows in review.

Each is built from the hand-made committees of test_messaging.py and test_messaging_languages.py
and passes the draft linter. When a template is changed on purpose, update the text here and
read the new one as the customer would.
"""

from __future__ import annotations

import pytest

from consensus_app.core.messaging import draft_as_text, draft_message
from consensus_app.core.messaging.lint import lint_draft
from models import BuyingStage
from tests.test_messaging import QUALITY, TOOLS
from tests.test_messaging_languages import COMMITTEES, DELIVERY, SHIPPING, STOCK

CASES = {
    "en": (TOOLS, BuyingStage.SOLUTION_IDENTIFICATION),
    "ko": (QUALITY, BuyingStage.SUPPLIER_SELECTION),
    "ja": (SHIPPING, BuyingStage.SOLUTION_IDENTIFICATION),
    "fa": (DELIVERY, BuyingStage.SUPPLIER_SELECTION),
    "id": (STOCK, BuyingStage.PROBLEM_DEFINITION),
}

GOLDEN = {
    "en": """\
Agreeing how to get there: “Retire the legacy bed board and transfer tools by end of…”

Operations, IT, Finance and Clinical already want the same outcome, and say so in their own words:

- “Retire the legacy bed board and transfer tools by end of FY27” (Operations)
- “Retire the legacy bed-board licences by Q3 FY27” (IT)
- “We pay for three tools that all claim to manage beds” (Finance)
- “Nurses lose an hour a shift chasing bed status by phone” (Clinical)

Agreeing on the goal is the easy part; agreeing on the approach is where group decisions most often stall.

Some of what any approach must meet is already named:

- “Stay inside the FY27 capital and opex envelope” (Finance)
- “No new system without SSO and an audit trail” (IT)

Side by side, these are one set of shared decision criteria, not competing demands. Agreeing them together — before weighing any option, including building on what is already in place — lets every approach be judged on the same terms.

Suggested next step: review these criteria with Operations, IT, Finance and Clinical together and agree which are must-haves and which are nice-to-haves.
""",
    "ko": """\
모두가 납득할 수 있는 선택을 위해: “설비 센서 데이터와 검사 데이터를 한곳에서 분석하고 싶습니다”

엔지니어링·재무·운영 모두 이번 결정으로 얻고자 하는 것에 대해 이미 같은 그림을 그리고 있습니다.

- “설비 센서 데이터와 검사 데이터를 한곳에서 분석하고 싶습니다” (엔지니어링)
- “불량으로 인한 손실 비용을 월별로 정확히 보고 싶습니다” (재무)
- “불량 원인 하나 찾는 데 매번 일주일씩 걸리는 게 제일 답답합니다” (운영)

이제 남은 것은 모두가 함께 책임질 수 있는 선택입니다.

각 부서가 제기한 위험은 어느 한 부서의 반대가 아니라 모두가 함께 안고 가야 할 위험입니다.

- “2027년 설비투자 예산 범위 안에서 해결해야 합니다” (재무)
- “새 솔루션은 기존 MES·ERP 연동 검증부터 통과해야 합니다” (IT)

제안: 이 위험 하나하나를 모든 선택지가 근거로 답해야 할 질문으로 바꾼 공동 평가표를 만들고(레퍼런스 확인, 범위를 좁힌 파일럿, 명확한 계약 종료 조건 등), 엔지니어링·재무·운영·IT 담당자가 함께 검토하면 어느 한 부서가 결정의 부담을 혼자 지지 않아도 됩니다.
""",
    "ja": """\
進め方を皆さまで決めるために：「倉庫の在庫データと出荷データを一か所で分析したい」

情報システム、財務、業務の皆さまは、すでに同じ成果を目指しておられ、それぞれの言葉で次のように述べています。

- 「倉庫の在庫データと出荷データを一か所で分析したい」（情報システム）
- 「誤出荷による損失額を月次で正確に把握したい」（財務）
- 「出荷ミスの原因調査に毎回三日以上かかっています」（業務）

目標に合意することは比較的容易ですが、複数の部門による意思決定が最も止まりやすいのは、進め方を決める段階です。

どのような方法であっても満たすべき条件の一部は、すでに挙げられています。

- 「2027年度の設備投資予算の範囲内に収めること」（財務）
- 「顧客データは国内のデータセンターに保管すること」（法務）

並べてみると、これらは互いに対立するご要望ではなく、一つの共通の判断基準です。既存の仕組みを活かす案も含め、個々の選択肢を検討する前にこの基準に皆さまで合意しておけば、どの進め方も同じ物差しで判断できます。

次のステップのご提案：情報システム、財務、業務、法務の皆さまで一緒に判断基準を見直し、必須の条件と、あれば望ましい条件とに分けてはいかがでしょうか。
""",
    "fa": """\
انتخابی که همهٔ گروه از آن پشتیبانی کند: «می‌خواهیم تحویل سفارش‌ها به مشتریان عمده هرگز بیش از دو…»

همکاران مدیریت ارشد، فناوری اطلاعات و بازاریابی دربارهٔ اینکه این تصمیم برای چیست، نگاه مشترکی دارند:

- «می‌خواهیم تحویل سفارش‌ها به مشتریان عمده هرگز بیش از دو روز طول نکشد» (مدیریت ارشد)
- «داده‌های انبار هر شب به‌صورت دستی با سامانهٔ سفارش‌ها تطبیق داده می‌شود» (فناوری اطلاعات)
- «مشتریان عمده از تأخیر در تحویل به ما شکایت می‌کنند» (بازاریابی)

به تعبیر همکاران مالی: «Cut the cost of late deliveries in half this year».

آنچه می‌ماند، انتخابی است که همه بتوانند پشت آن بایستند.

ریسک‌هایی که هر واحد مطرح کرده است، ریسک‌های کل گروه‌اند، نه مخالفت یک واحد:

- «داده‌های مشتریان باید در داخل کشور نگهداری شود» (حقوقی)
- «Payback within 18 months» (مالی)

گام بعدی پیشنهادی: یک جدول ارزیابی مشترک که هر یک از این ریسک‌ها را به پرسشی تبدیل کند که هر گزینه باید با شواهد به آن پاسخ دهد (نمونه‌های اجراشده، یک آزمایش محدود و دقیق، شرایط روشن برای خروج از قرارداد)، و همکاران مدیریت ارشد، فناوری اطلاعات، بازاریابی، مالی و حقوقی آن را با هم بررسی کنند، تا هیچ واحدی بار تصمیم را به‌تنهایی به دوش نکشد.
""",
    "id": """\
Satu masalah, dilihat dari posisi yang berbeda: “Toko sering kehabisan barang laris karena data stok…”

Operasional, Keuangan, Pemasaran dan TI menggambarkan masalah yang sama, masing-masing dengan kata-kata mereka sendiri:

- “Toko sering kehabisan barang laris karena data stok terlambat sehari” (Operasional)
- “Menekan biaya stok mati di gudang hingga separuhnya tahun ini” (Keuangan)
- “Promosi kami gagal kalau stok di toko tidak akurat” (Pemasaran)
- “Data stok dari semua toko harus masuk ke satu sistem setiap jam” (TI)

Sekilas ini tampak seperti permintaan yang terpisah, tetapi sebenarnya ini satu masalah yang dilihat dari posisi yang berbeda. Sebelum membandingkan solusi apa pun, ada baiknya kita sepakati bersama berapa biaya yang ditimbulkan masalah ini sekarang dan apa yang akan berubah jika masalah ini terselesaikan.

Usulan langkah berikutnya: sesi kerja singkat agar Operasional, Keuangan, Pemasaran dan TI menuliskan satu rumusan masalah yang disepakati bersama, serta dua atau tiga angka yang menunjukkan bahwa masalah ini sudah teratasi.
""",
}


@pytest.mark.parametrize("language", list(CASES))
def test_the_draft_reads_exactly_as_reviewed(language: str) -> None:
    bridge, stage = CASES[language]
    pursuit_map, priorities, _, _ = COMMITTEES[language]
    draft = draft_message(pursuit_map, priorities, bridge, stage)
    assert draft is not None and draft.language == language
    assert draft_as_text(draft) == GOLDEN[language]
    assert lint_draft(draft, [p.text for p in priorities]) == []
    assert draft.warnings == []
