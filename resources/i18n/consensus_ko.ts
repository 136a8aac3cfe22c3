<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>What-if: imagined changes, nothing is saved</source>
        <translation>가정 분석: 가상의 변경이며 저장되지 않습니다</translation>
    </message>
    <message>
        <source>Show factions and brokers on the map</source>
        <translation>맵에 파벌과 연결자 표시</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>가정해 보기…</translation>
    </message>
    <message>
        <source>Where each buyer is</source>
        <translation>구매자별 현재 단계</translation>
    </message>
    <message>
        <source>What makes up the score</source>
        <translation>점수 구성</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt; — select one to see who it concerns</source>
        <translation>&lt;b&gt;진단 결과&lt;/b&gt; — 선택하면 해당 인물이 표시됩니다</translation>
    </message>
    <message>
        <source>Open a pursuit to assess it.</source>
        <translation>평가할 영업 기회를 여세요.</translation>
    </message>
    <message>
        <source>Not enough to assess yet</source>
        <translation>아직 평가할 정보가 부족합니다</translation>
    </message>
    <message>
        <source>{delta} points if this happened · {verdict}</source>
        <translation>이렇게 되면 {delta}점 · {verdict}</translation>
    </message>
    <message>
        <source>Each cause of trouble costs once, by its most severe finding.</source>
        <translation>문제의 원인마다 가장 심각한 진단 결과 기준으로 한 번만 감점됩니다.</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>진단 결과 없음: 이 그룹의 의사결정을 가로막는 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>이해관계자의 이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>The part of the organisation they work in</source>
        <translation>소속 부서</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Their buying role in this pursuit</source>
        <translation>이 영업 기회에서의 구매 역할</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>승인권자</translation>
    </message>
    <message>
        <source>Formally signs off on the purchase</source>
        <translation>구매를 공식 승인함</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>How they lean on this purchase: −2 opposed … +2 advocate</source>
        <translation>이 구매에 대한 입장: −2 반대 … +2 옹호</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>영향력</translation>
    </message>
    <message>
        <source>How much they sway the decision: 1 little … 5 decisive</source>
        <translation>결정에 미치는 영향: 1 적음 … 5 결정적</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Mobilizers (go-getter, teacher, skeptic) drive change; talkers (guide, friend, climber)
are easy to reach but do not drive it; blockers resist.</source>
        <translation>모빌라이저(Go-Getter, Teacher, Skeptic)는 변화를 이끌고, 토커(Guide, Friend, Climber)는
접근하기 쉽지만 변화를 이끌지 않으며, Blocker는 저항합니다.</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <source>When the account team last engaged them</source>
        <translation>어카운트 팀이 마지막으로 접촉한 날</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Where they are in the purchase: problem definition, solution identification, supplier
selection. Choosing another asks when and what moved them, and keeps the move in their history.</source>
        <translation>구매 과정에서의 위치: 문제 정의, 솔루션 탐색, 공급업체 선정.
다른 단계를 고르면 언제, 무엇 때문에 옮겼는지 묻고 그 이동을 이력에 남깁니다.</translation>
    </message>
</context>
<context>
    <name>CommitteeTable</name>
    <message>
        <source>Filter committee…</source>
        <translation>위원회 필터…</translation>
    </message>
    <message>
        <source>Show members whose name, title, function, role or profile contain every word</source>
        <translation>이름, 직함, 부서, 역할, 프로필에 모든 단어가 들어 있는 위원만 표시</translation>
    </message>
</context>
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>위원회(&amp;C)</translation>
    </message>
    <message>
        <source>Show the committee and the people who link them (reporting line, influencers, brokers)</source>
        <translation>위원회와 그들을 잇는 사람(보고 라인, 영향력 행사자, 연결자) 표시</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>전체 인원(&amp;E)</translation>
    </message>
    <message>
        <source>Show everyone at the account</source>
        <translation>고객사의 모든 인물 표시</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>창과 같게({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Assessment</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>&lt;i&gt;Select someone on the map&lt;/i&gt;</source>
        <translation>&lt;i&gt;맵에서 인물을 선택하세요&lt;/i&gt;</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— 없음 —</translation>
    </message>
    <message>
        <source>What would make this a win for them personally?</source>
        <translation>이 사람 개인에게 무엇이 성과가 될까요?</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>맵에 추가</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>보고 대상</translation>
    </message>
    <message>
        <source>Personal win</source>
        <translation>개인적 성과</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>On this pursuit&apos;s committee</source>
        <translation>이 영업 기회의 구매 위원회 소속</translation>
    </message>
    <message>
        <source>Formal sign-off (approver)</source>
        <translation>공식 승인(승인권자)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>구매 위원회</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>영향력</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>구매 단계</translation>
    </message>
    <message>
        <source>Add a priority in their words, then Enter</source>
        <translation>그 사람의 말로 우선순위를 입력하고 Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New stakeholder&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;새 이해관계자&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select someone on the map, or add a stakeholder&lt;/i&gt;</source>
        <translation>&lt;i&gt;맵에서 인물을 선택하거나 이해관계자를 추가하세요&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>팀 내 평가:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Consensus</source>
        <translation>Consensus 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation>이 사람 정보 삭제(&amp;F)…</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>작업 공간을 여는 중…</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>새 고객사(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;pursuit…</source>
        <translation>새 영업 기회(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>데모 작업 공간 열기(&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;stakeholder</source>
        <translation>새 이해관계자(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fit to view</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>새로 고침(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Show buying stages</source>
        <translation>구매 단계 표시</translation>
    </message>
    <message>
        <source>Badge each committee member&apos;s card with their buying stage</source>
        <translation>위원마다 카드에 구매 단계 배지 표시</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>맵</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>퇴사자로 표시(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MessagingPanel</name>
    <message>
        <source>Open a pursuit to draft messages for its buying group.</source>
        <translation>영업 기회를 열면 구매 그룹을 위한 메시지 초안을 만듭니다.</translation>
    </message>
    <message>
        <source>The language the drafts and the kits&apos; shareable pieces are written in</source>
        <translation>초안과 키트의 공유용 문구를 쓸 언어</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Mobilizer kits</source>
        <translation>모빌라이저 키트</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>텍스트 복사</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown 복사</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>라이브러리에 저장</translation>
    </message>
    <message>
        <source>Write the drafts in:</source>
        <translation>초안 작성 언어:</translation>
    </message>
    <message>
        <source>For the {stage} stage: {drafts} built on the themes the group shares, and {kits} for supportive mobilizers.</source>
        <translation>{stage} 단계: 그룹이 공유하는 테마를 바탕으로 한 {drafts}, 지지하는 모빌라이저를 위한 {kits}.</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>{language}(으)로 초안을 작성하는 중…</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Open a pursuit to plan the decision with the customer.</source>
        <translation>영업 기회를 열면 고객과 함께 결정 계획을 세웁니다.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Who (theirs, ours)</source>
        <translation>담당(고객, 우리)</translation>
    </message>
    <message>
        <source>When, how far</source>
        <translation>시기, 진행</translation>
    </message>
    <message>
        <source>What is to be done, e.g. Security review of the pilot</source>
        <translation>할 일, 예: 파일럿 보안 검토</translation>
    </message>
    <message>
        <source>Who on our team</source>
        <translation>우리 팀 담당자</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 저장</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>단계 제거</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>고객 측 담당</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>우리 측 담당</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— 아직 없음 —</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>아직 계획이 없습니다. 고객과 결정까지의 단계를 합의하고 여기에 추가하세요.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Your full name, as colleagues know you</source>
        <translation>동료들이 알고 있는 이름(성명)</translation>
    </message>
    <message>
        <source>Shown beside your changes in “What changed”, in the brief and to colleagues sharing a workspace. Renaming yourself renames all your past changes too.</source>
        <translation>“변경 내역”, 브리핑, 작업 공간을 함께 쓰는 동료에게 내 변경 사항 옆에 표시됩니다. 이름을 바꾸면 지난 변경 사항의 이름도 모두 바뀝니다.</translation>
    </message>
    <message>
        <source>Your computer gives no full name for “{login}”: until you enter one, your changes show that login.</source>
        <translation>이 컴퓨터에는 “{login}”의 성명이 없습니다. 이름을 입력할 때까지 변경 사항에는 이 로그인 이름이 표시됩니다.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>시스템 설정 따르기({language})</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>The window changes language the next time Consensus starts. Exports and the brief can be made in any language from File ▸ Export…; messages for the customer keep their draft&apos;s language.</source>
        <translation>창의 언어는 Consensus를 다음에 시작할 때 바뀝니다. 내보내기와 브리핑은 파일 ▸ 내보내기…에서 어떤 언어로든 만들 수 있으며, 고객에게 보내는 메시지는 초안의 언어를 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>Your changes show as “{name}”: set your name in Edit ▸ Preferences… so colleagues know who made them</source>
        <translation>내 변경 사항이 “{name}”(으)로 표시됩니다. 동료들이 누가 바꿨는지 알 수 있도록 편집 ▸ 환경 설정…에서 이름을 입력하세요</translation>
    </message>
    <message>
        <source>The window speaks {language} from the next start</source>
        <translation>다음 시작부터 창이 {language}(으)로 표시됩니다</translation>
    </message>
    <message>
        <source>Your changes now show as {name}</source>
        <translation>이제 내 변경 사항이 {name}(으)로 표시됩니다</translation>
    </message>
    <message>
        <source>Your name is saved; the workspace will have it with your next change ({reason})</source>
        <translation>이름이 저장되었습니다. 다음 변경 때 작업 공간에 반영됩니다({reason})</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Open a pursuit to find the themes its committee shares.</source>
        <translation>영업 기회를 열면 위원회가 공유하는 테마를 찾습니다.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bridge themes&lt;/b&gt; — shared ground across the group</source>
        <translation>&lt;b&gt;연결 테마&lt;/b&gt; — 그룹 전체의 공통 기반</translation>
    </message>
    <message>
        <source>&lt;b&gt;All themes&lt;/b&gt; — in the committee&apos;s own words</source>
        <translation>&lt;b&gt;모든 테마&lt;/b&gt; — 위원회의 표현 그대로</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who voices what&lt;/b&gt; (blue columns: shared across functions)</source>
        <translation>&lt;b&gt;누가 무엇을 말하나&lt;/b&gt; (파란 열: 여러 부서가 공유)</translation>
    </message>
    <message>
        <source>No priorities recorded for this committee yet: add them in the inspector.</source>
        <translation>이 위원회에는 아직 기록된 우선순위가 없습니다. 인스펙터에서 추가하세요.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Consensus&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Consensus에 오신 것을 환영합니다&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Map each customer&apos;s buying committee: who signs off, who influences whom, what each person wants in their own words, and who could bring the group together.</source>
        <translation>고객사마다 구매 위원회를 맵으로 그리세요. 누가 승인하는지, 누가 누구에게 영향을 주는지, 각자가 자기 말로 무엇을 원하는지, 누가 그룹을 하나로 모을 수 있는지.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitch</name>
    <message>
        <source>&amp;Workspace</source>
        <translation>작업 공간(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Connect to team workspace…</source>
        <translation>팀 작업 공간에 연결(&amp;C)…</translation>
    </message>
</context>
</TS>
