<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(opening…)</source>
        <translation>(여는 중…)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>열린 작업 공간</translation>
    </message>
    <message>
        <source>Your workspace file</source>
        <translation>내 작업 공간 파일</translation>
    </message>
    <message>
        <source>Window settings</source>
        <translation>창 설정</translation>
    </message>
    <message>
        <source>Your name for colleagues</source>
        <translation>동료에게 보이는 내 이름</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>오류 로그</translation>
    </message>
    <message>
        <source>none (themes by shared words)</source>
        <translation>없음(공통 단어로 테마 찾기)</translation>
    </message>
    <message>
        <source>About Consensus</source>
        <translation>Consensus 정보</translation>
    </message>
    <message>
        <source>Map a customer&apos;s buying committee, find what its members agree on, and draft messages that bring them together. MIT licence.</source>
        <translation>고객사의 구매 위원회를 맵으로 그리고, 위원들이 공감하는 점을 찾아, 이들을 하나로 모으는 메시지를 작성합니다. MIT 라이선스.</translation>
    </message>
    <message>
        <source>Updating or removing the app leaves these alone:</source>
        <translation>앱을 업데이트하거나 삭제해도 다음은 그대로 남습니다:</translation>
    </message>
    <message>
        <source>Themes model: {model}</source>
        <translation>테마 모델: {model}</translation>
    </message>
    <message>
        <source>built app</source>
        <translation>빌드된 앱</translation>
    </message>
</context>
<context>
    <name>AccountEditing</name>
    <message>
        <source>New pursuit</source>
        <translation>새 영업 기회</translation>
    </message>
    <message>
        <source>For which account?</source>
        <translation>어느 고객사에 만들까요?</translation>
    </message>
    <message>
        <source>First pursuit for {account}</source>
        <translation>{account}의 첫 영업 기회</translation>
    </message>
    <message>
        <source>No pursuit yet for {account}: File ▸ New pursuit… starts mapping its committee.</source>
        <translation>{account}에는 아직 영업 기회가 없습니다. 파일 ▸ 새 영업 기회…로 위원회 맵을 시작하세요.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} 편집</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>고객사 삭제</translation>
    </message>
    <message>
        <source>Delete {name} with its people, pursuits and messages?</source>
        <translation>{name}을(를) 인물, 영업 기회, 메시지와 함께 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>영업 기회 삭제</translation>
    </message>
    <message>
        <source>Delete {name} with its committee?</source>
        <translation>{name}을(를) 구매 위원회와 함께 삭제할까요?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} 삭제</translation>
    </message>
</context>
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
        <source>Assessing the what-if…</source>
        <translation>가정 분석을 평가하는 중…</translation>
    </message>
    <message>
        <source>Assessing {n} committee members…</source>
        <translation>구매 위원회 위원 {n}명을 평가하는 중…</translation>
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
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 생김</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>진단 결과 없음: 이 그룹의 의사결정을 가로막는 것이 없습니다.</translation>
    </message>
    <message>
        <source>What if… (on)</source>
        <translation>가정 분석… (켜짐)</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <source>Table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>저장된 값</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>읽을 수 없는 행</translation>
    </message>
    <message>
        <source>These rows of the workspace no longer pass its checks, so they are left out of the maps, tables and exports until you fix the field or drop the row.</source>
        <translation>작업 공간의 이 행들은 더 이상 검사를 통과하지 못해, 필드를 고치거나 행을 삭제할 때까지 맵·테이블·내보내기에서 제외됩니다.</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Drop row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Fix the field</source>
        <translation>필드 수정</translation>
    </message>
    <message>
        <source>New {field} for {table} {row} ({problem}):</source>
        <translation>{table} {row}의 새 {field} ({problem}):</translation>
    </message>
    <message>
        <source>Drop the row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Delete {table} {row} and everything that belongs to it?</source>
        <translation>{table} {row}과(와) 이에 속한 모든 것을 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>works against this purchase</source>
        <translation>이 구매에 반대하여 움직임</translation>
    </message>
    <message>
        <source>doubts the case and needs evidence</source>
        <translation>타당성을 의심하며 근거가 필요함</translation>
    </message>
    <message>
        <source>undecided, or no view yet</source>
        <translation>결정하지 않았거나 아직 의견 없음</translation>
    </message>
    <message>
        <source>willing to buy, but may not argue for it in front of the group</source>
        <translation>구매할 의향은 있지만 위원회 앞에서 옹호하지는 않을 수 있음</translation>
    </message>
    <message>
        <source>argues for this purchase in front of the group</source>
        <translation>위원회 앞에서 이 구매를 옹호함</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; motivated by action and results</source>
        <translation>모빌라이저: 조직 내 변화를 이끌며, 실행과 성과에서 동기를 얻음</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; brings insight and persuades peers</source>
        <translation>모빌라이저: 조직 내 변화를 이끌며, 통찰을 전하고 동료를 설득함</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; challenges every plan, then delivers</source>
        <translation>모빌라이저: 조직 내 변화를 이끌며, 모든 계획을 따져 본 뒤 실행함</translation>
    </message>
    <message>
        <source>Talker: shares what goes on inside the organisation, but does not drive change</source>
        <translation>토커: 조직 내부 사정을 알려 주지만 변화를 이끌지는 않음</translation>
    </message>
    <message>
        <source>Talker: easy to reach and helpful, but does not drive change</source>
        <translation>토커: 연락하기 쉽고 도움이 되지만 변화를 이끌지는 않음</translation>
    </message>
    <message>
        <source>Talker: looks for personal gain; does not drive change</source>
        <translation>토커: 개인적 이익을 좇으며 변화를 이끌지 않음</translation>
    </message>
    <message>
        <source>Blocker: resists change and defends the status quo</source>
        <translation>저항형: 변화에 저항하고 현상을 유지하려 함</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>아직 파악 안 됨</translation>
    </message>
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
    <message>
        <source>Never engaged</source>
        <translation>접촉한 적 없음</translation>
    </message>
    <message>
        <source>Last engaged {days} days ago</source>
        <translation>{days}일 전에 마지막으로 접촉</translation>
    </message>
    <message>
        <source>Engaged recently</source>
        <translation>최근에 접촉함</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>{day}부터 {stage}</translation>
    </message>
    <message>
        <source>{stage}, from {earlier}</source>
        <translation>{stage}, 이전 단계: {earlier}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
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
    <message>
        <source>Everyone: {n} on the map</source>
        <translation>전체: 맵에 {n}명</translation>
    </message>
    <message>
        <source>Committee view: {shown} of {n} on the map (Everyone shows all)</source>
        <translation>위원회 보기: 맵의 {n}명 중 {shown}명 (전체를 선택하면 모두 표시)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>다른 사람이 이 항목을 변경했습니다</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>다른 사람</translation>
    </message>
    <message>
        <source>{who} changed {what} &lt;b&gt;{name}&lt;/b&gt; after you opened it</source>
        <translation>내가 연 뒤에 {who}님이 {what} &lt;b&gt;{name}&lt;/b&gt;을(를) 변경했습니다</translation>
    </message>
    <message>
        <source>Reload to see their version (your deletion is dropped), or delete it anyway.</source>
        <translation>새로 고쳐 상대방의 버전을 보거나(내 삭제는 취소됨), 그래도 삭제하세요.</translation>
    </message>
    <message>
        <source>Reload to see their version (your change is dropped), or overwrite it with your change.</source>
        <translation>새로 고쳐 상대방의 버전을 보거나(내 변경은 취소됨), 내 변경으로 덮어쓰세요.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>그래도 삭제</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>덮어쓰기</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>No system keychain was found: the password will be asked for each time you connect.</source>
        <translation>시스템 키체인을 찾지 못했습니다. 연결할 때마다 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <source>Connect to a team workspace</source>
        <translation>팀 작업 공간에 연결</translation>
    </message>
    <message>
        <source>as it is: no escaping needed</source>
        <translation>그대로 입력: 이스케이프 불필요</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>시스템 키체인에 비밀번호 저장</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>시스템 키체인을 찾는 중…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s details and test the connection.</source>
        <translation>서버 정보를 입력하고 연결을 테스트하세요.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>A server and a database name are needed.</source>
        <translation>서버와 데이터베이스 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>remembered in the system keychain</source>
        <translation>시스템 키체인에 저장됨</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>시스템 키체인에 비밀번호를 저장하는 중…</translation>
    </message>
    <message>
        <source>Removing the password from the system keychain…</source>
        <translation>시스템 키체인에서 비밀번호를 지우는 중…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>새 고객사</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} 편집</translation>
    </message>
    <message>
        <source>New pursuit</source>
        <translation>새 영업 기회</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>예상 마감일</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>구매 단계</translation>
    </message>
    <message>
        <source>Strength 1 (weak)</source>
        <translation>강도 1 (약함)</translation>
    </message>
    <message>
        <source>Strength 2 (usual)</source>
        <translation>강도 2 (보통)</translation>
    </message>
    <message>
        <source>Strength 3 (strong)</source>
        <translation>강도 3 (강함)</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>관계 삭제</translation>
    </message>
</context>
<context>
    <name>DisagreementBox</name>
    <message>
        <source>Where colleagues see people differently</source>
        <translation>동료들 사이에 평가가 엇갈리는 인물</translation>
    </message>
    <message>
        <source>The score uses the agreed value; these are your team&apos;s own views.</source>
        <translation>점수에는 합의된 값이 쓰이며, 아래는 팀원 각자의 견해입니다.</translation>
    </message>
    <message>
        <source>The score uses the agreed {field}: {value}</source>
        <translation>점수에는 합의된 {field}이(가) 쓰입니다: {value}</translation>
    </message>
    <message>
        <source>Not shown: {n} more.</source>
        <translation>표시되지 않은 항목: {n}개 더.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details are in {file}.</source>
        <translation>자세한 내용은 {file}에 있습니다.</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>자세한 내용은 아래에 있습니다.</translation>
    </message>
    <message>
        <source>Something went wrong that Consensus did not expect: {error}

What you were doing may not have finished; the rest of the window still works. {where}</source>
        <translation>Consensus가 예상하지 못한 문제가 발생했습니다: {error}

하던 작업이 끝나지 않았을 수 있지만 창의 나머지 기능은 그대로 작동합니다. {where}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예상치 못한 오류</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>고객용</translation>
    </message>
    <message>
        <source>Only what the committee may see: who takes part, the shared ground in their own words, their decision criteria, the next steps and the plan. No stance, influence, profiles, findings, notes or score.</source>
        <translation>구매 위원회가 봐도 되는 내용만 담습니다: 참여자, 위원들의 표현 그대로의 공통점, 결정 기준, 다음 단계와 계획. 입장·영향력·프로필·진단 결과·메모·점수는 넣지 않습니다.</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>창과 같게({language})</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>변경 기준일</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Saves in {folder} unless you choose another folder.</source>
        <translation>다른 폴더를 고르지 않으면 {folder}에 저장합니다.</translation>
    </message>
    <message>
        <source>Exported the {kind} to {path}</source>
        <translation>{kind}을(를) {path}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>{file}을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>Sized to the map</source>
        <translation>맵 크기에 맞춤</translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation>와이드스크린 (16:9)</translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation>표준 (4:3)</translation>
    </message>
    <message>
        <source>Map image (PNG)</source>
        <translation>맵 이미지 (PNG)</translation>
    </message>
    <message>
        <source>Map drawing (SVG)</source>
        <translation>맵 도면 (SVG)</translation>
    </message>
    <message>
        <source>Map on a page (PDF)</source>
        <translation>한 페이지 맵 (PDF)</translation>
    </message>
    <message>
        <source>Review brief (PDF)</source>
        <translation>리뷰 브리핑 (PDF)</translation>
    </message>
    <message>
        <source>Review deck (PowerPoint)</source>
        <translation>리뷰 자료 (PowerPoint)</translation>
    </message>
    <message>
        <source>Committee (CSV)</source>
        <translation>구매 위원회 (CSV)</translation>
    </message>
    <message>
        <source>Priorities (CSV)</source>
        <translation>우선순위 (CSV)</translation>
    </message>
    <message>
        <source>Committee, priorities and plan (XLSX)</source>
        <translation>구매 위원회, 우선순위, 계획 (XLSX)</translation>
    </message>
    <message>
        <source>Graph (GraphML)</source>
        <translation>그래프 (GraphML)</translation>
    </message>
    <message>
        <source>Graph for Gephi (GEXF)</source>
        <translation>Gephi용 그래프 (GEXF)</translation>
    </message>
    <message>
        <source>Account as interchange JSON</source>
        <translation>고객사 전체 (교환용 JSON)</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: {reason}</source>
        <translation>미리 보기 없음: {reason}</translation>
    </message>
    <message>
        <source>Pages: {pages}, for the customer&apos;s committee: who takes part, the shared ground in their words, their criteria, next steps and the plan; no stance, influence, profiles, findings, score or notes.</source>
        <translation>{pages}쪽, 고객의 구매 위원회용: 참여자, 위원들의 표현 그대로의 공통점, 결정 기준, 다음 단계와 계획. 입장·영향력·프로필·진단 결과·점수·메모 없음.</translation>
    </message>
    <message>
        <source>{pages} pages: title, map, committee ({members}), assessment ({readiness}); changes since {since}: {changes}.</source>
        <translation>{pages}쪽: 표지, 맵, 구매 위원회({members}명), 평가({readiness}); {since} 이후 변경 {changes}건.</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>브리핑을 준비하는 중…</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table.</source>
        <translation>{table} 테이블 {rows}행 중 처음 {shown}행.</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table, a Priorities sheet and the Plan.</source>
        <translation>{table} 테이블 {rows}행 중 처음 {shown}행, 그리고 우선순위 시트와 계획 시트.</translation>
    </message>
    <message>
        <source>The {what} for the customer&apos;s committee: who takes part, the shared ground in their own words (as the drafts quote them), their decision criteria, the proposed next steps and the plan for deciding together. Nothing internal goes in: no stance, influence, profiles, findings, score, notes, evidence, personal wins or priorities, mobilizer kits or ties.</source>
        <translation>고객의 구매 위원회를 위한 {what}: 참여자, 초안이 인용한 위원들의 표현 그대로의 공통점, 결정 기준, 제안하는 다음 단계, 함께 결정하기 위한 계획. 내부 정보는 넣지 않습니다: 입장, 영향력, 프로필, 진단 결과, 점수, 메모, 근거, 개인적 이득이나 우선순위, 모빌라이저 키트, 관계.</translation>
    </message>
    <message>
        <source>The whole account {account} as an interchange file — people: {people}, relationships: {ties}, priorities: {priorities}, pursuits: {pursuits}, messages: {messages}. It imports into any Consensus workspace.</source>
        <translation>고객사 {account} 전체를 교환 파일로 — 인물 {people}명, 관계 {ties}개, 우선순위 {priorities}개, 영업 기회 {pursuits}건, 메시지 {messages}개. 어느 Consensus 작업 공간으로든 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the committee map as cards and lines you can move ({members} on the committee), the committee table, the assessment, the bridge themes, approved and drafted messages, and what changed since the date chosen.</source>
        <translation>편집 가능한 PowerPoint 자료: 표지 슬라이드, 옮길 수 있는 카드와 선으로 된 구매 위원회 맵(위원 {members}명), 위원회 표, 평가, 연결 테마, 승인된 메시지와 초안, 선택한 날짜 이후의 변경 사항.</translation>
    </message>
    <message>
        <source>The pursuit&apos;s graph — people: {people} ({members} on the committee), their reporting lines, relationships: {ties}, with every attribute, for {tool}.</source>
        <translation>영업 기회의 그래프 — 인물 {people}명(위원 {members}명), 보고 라인, 관계 {ties}개와 모든 속성, {tool}용.</translation>
    </message>
    <message>
        <source>not enough to assess yet</source>
        <translation>아직 평가하기에 부족함</translation>
    </message>
    <message>
        <source>{score}/100, findings: {findings}</source>
        <translation>{score}/100, 진단 결과 {findings}건</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>the account</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>the stakeholder</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>the pursuit</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>the committee seat of</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>the priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>the plan step</source>
        <translation>계획 단계</translation>
    </message>
    <message>
        <source>the themes of</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>function</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>승인권자</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>영향력</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>구매 단계</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>보고 대상</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>&lt;b&gt;Compared statements&lt;/b&gt; — click one to find who said it on the map</source>
        <translation>&lt;b&gt;비교한 발언&lt;/b&gt; — 클릭하면 맵에서 발언자를 찾습니다</translation>
    </message>
    <message>
        <source>…and more pairs with no theme in common: {n}.</source>
        <translation>…공통 테마가 없는 쌍이 {n}개 더 있습니다.</translation>
    </message>
    <message>
        <source>both sign off</source>
        <translation>둘 다 승인권자</translation>
    </message>
    <message>
        <source>{function}: no statement to show</source>
        <translation>{function}: 표시할 발언 없음</translation>
    </message>
    <message>
        <source>theme “{theme}”</source>
        <translation>테마 “{theme}”</translation>
    </message>
    <message>
        <source>in no agreed theme</source>
        <translation>합의된 테마에 속하지 않음</translation>
    </message>
    <message>
        <source>{name} ({function}) said this; click to find them on the map</source>
        <translation>{name}({function})의 발언입니다. 클릭하면 맵에서 찾습니다</translation>
    </message>
</context>
<context>
    <name>ForgetPerson</name>
    <message>
        <source>Erase the selected person everywhere, history included (cannot be undone)</source>
        <translation>선택한 인물을 이력까지 모든 곳에서 지웁니다(되돌릴 수 없음)</translation>
    </message>
    <message>
        <source>Forget {name}?</source>
        <translation>{name}을(를) 잊을까요?</translation>
    </message>
    <message>
        <source>Forget {name} at {account}, as when they ask to be erased?

Their record, priorities, committee seats, ties and map positions go, every change-log entry about them is erased, and where colleagues&apos; notes or messages name them or quote them, those words are replaced. The undo history is cleared.

This cannot be undone.</source>
        <translation>본인이 삭제를 요청한 경우처럼 {account}의 {name}을(를) 잊을까요?

인물 기록, 우선순위, 위원회 자리, 관계, 맵 위치가 사라지고, 이 사람에 관한 변경 기록이 모두 지워지며, 동료의 메모나 메시지에서 이름이나 인용은 대체됩니다. 실행 취소 기록도 지워집니다.

되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>잊기</translation>
    </message>
    <message>
        <source>{name} could not be forgotten</source>
        <translation>{name}을(를) 잊지 못했습니다</translation>
    </message>
    <message>
        <source>Forgetting {name}…</source>
        <translation>{name}을(를) 잊는 중…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Consensus maps and contact lists (*.json *.csv *.xlsx);;Consensus map (*.json);;Contacts (*.csv *.xlsx)</source>
        <translation>Consensus 맵과 연락처 목록 (*.json *.csv *.xlsx);;Consensus 맵 (*.json);;연락처 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Could not import the file</source>
        <translation>파일을 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>{file} was not imported.</source>
        <translation>{file}을(를) 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} 가져오는 중…</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>파일을 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Someone changed the people meanwhile: import the file again.</source>
        <translation>그사이 다른 사람이 인물 정보를 바꿨습니다. 파일을 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Could not import the people</source>
        <translation>인물을 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing changed.</source>
        <translation>{file}을(를) 가져오지 않았으며 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing people from {file}…</source>
        <translation>{file}에서 인물을 가져오는 중…</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>신규 {new}, 갱신 {updated}, 변동 없음 {unchanged}</translation>
    </message>
    <message>
        <source>, {removed} removed</source>
        <translation>, 삭제 {removed}</translation>
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
    <message>
        <source>Assessment failed</source>
        <translation>평가 실패</translation>
    </message>
    <message>
        <source>Themes failed</source>
        <translation>테마 찾기 실패</translation>
    </message>
    <message>
        <source>Drafting messages failed</source>
        <translation>메시지 초안 작성 실패</translation>
    </message>
    <message>
        <source>Drafting messages…</source>
        <translation>메시지 초안을 작성하는 중…</translation>
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
        <source>Mark as left the company…</source>
        <translation>퇴사자로 표시…</translation>
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
        <source>Left the company on {day}</source>
        <translation>{day} 퇴사</translation>
    </message>
    <message>
        <source>Not read: {why}</source>
        <translation>읽지 못했습니다: {why}</translation>
    </message>
    <message>
        <source>{kind} · importance {importance}</source>
        <translation>{kind} · 중요도 {importance}</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>이름을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Not possible: this would make a reporting cycle ({names}).</source>
        <translation>불가능합니다: 보고 관계가 순환하게 됩니다({names}).</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>우선순위 편집</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>본인의 표현 그대로</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>팀 내 평가:</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>not known</source>
        <translation>미파악</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>앞섬</translation>
    </message>
    <message>
        <source>with the group</source>
        <translation>그룹과 같음</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>뒤처짐</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>미파악</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>{name} 단계 이동</translation>
    </message>
    <message>
        <source>What moved them: a meeting, a new requirement, a doubt…</source>
        <translation>이동한 계기: 회의, 새 요구 사항, 의문…</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>On</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What moved them</source>
        <translation>이동한 계기</translation>
    </message>
    <message>
        <source>(back a stage)</source>
        <translation>(이전 단계로 돌아감)</translation>
    </message>
    <message>
        <source>earlier moves: {n}</source>
        <translation>이전 이동 {n}건</translation>
    </message>
    <message>
        <source>No moves recorded yet</source>
        <translation>기록된 이동 없음</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Against the group</source>
        <translation>그룹 대비</translation>
    </message>
    <message>
        <source>moved back · {standing}</source>
        <translation>되돌아감 · {standing}</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>{day}부터 {stage}</translation>
    </message>
    <message>
        <source>Nobody on the committee yet.</source>
        <translation>아직 구매 위원회에 아무도 없습니다.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>미설정</translation>
    </message>
    <message>
        <source>The group is at &lt;b&gt;{group}&lt;/b&gt; (the pursuit: {pursuit}). {ahead} ahead, {with_group} with the group, {behind} behind, {unknown} not known.</source>
        <translation>그룹은 &lt;b&gt;{group}&lt;/b&gt; 단계에 있습니다(영업 기회: {pursuit}). 앞섬 {ahead}명, 그룹과 같음 {with_group}명, 뒤처짐 {behind}명, 미파악 {unknown}명.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark {name} as left the company</source>
        <translation>{name}을(를) 퇴사자로 표시</translation>
    </message>
    <message>
        <source>{name} left the company</source>
        <translation>{name} 퇴사</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>퇴사일</translation>
    </message>
    <message>
        <source>none (they sit on no committee)</source>
        <translation>없음(어느 위원회에도 속하지 않음)</translation>
    </message>
    <message>
        <source>Kept: their record, priorities, ties and buying-stage history; the map shows them faded and marked “left”, and the assessment no longer counts them.&lt;br&gt;&lt;b&gt;Taken off:&lt;/b&gt; {seats}. Edit ▸ Undo seats them again.</source>
        <translation>유지: 인물 기록, 우선순위, 관계, 구매 단계 이력. 맵에는 흐리게 “퇴사”로 표시되고 평가에서는 더 이상 계산하지 않습니다.&lt;br&gt;&lt;b&gt;제외:&lt;/b&gt; {seats}. 편집 ▸ 실행 취소로 다시 자리에 앉힐 수 있습니다.</translation>
    </message>
    <message>
        <source>What {pursuit} loses</source>
        <translation>{pursuit}이(가) 잃는 것</translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation>평가하는 중…</translation>
    </message>
    <message>
        <source>Findings raised</source>
        <translation>새로 생기는 진단 결과</translation>
    </message>
    <message>
        <source>Findings resolved</source>
        <translation>해결되는 진단 결과</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>퇴사자로 표시</translation>
    </message>
    <message>
        <source>Readiness: could not be assessed ({reason})</source>
        <translation>준비도: 평가할 수 없음({reason})</translation>
    </message>
    <message>
        <source>Assessing what the group loses…</source>
        <translation>그룹이 잃는 것을 평가하는 중…</translation>
    </message>
    <message>
        <source>Readiness: not enough to assess yet</source>
        <translation>준비도: 아직 평가하기에 부족함</translation>
    </message>
    <message>
        <source>Readiness {before} → not enough to assess</source>
        <translation>준비도 {before} → 평가하기에 부족함</translation>
    </message>
    <message>
        <source>Readiness {before} → {after} ({delta} points)</source>
        <translation>준비도 {before} → {after} ({delta}점)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 없음 —</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Reloaded from the workspace</source>
        <translation>작업 공간에서 다시 불러왔습니다</translation>
    </message>
    <message>
        <source>The workspace file was replaced on disk: showing it as it is now</source>
        <translation>작업 공간 파일이 디스크에서 교체되어 현재 상태로 표시합니다</translation>
    </message>
    <message>
        <source>Updated from the workspace — {changes}</source>
        <translation>작업 공간에서 갱신됨 — {changes}</translation>
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
        <source>Back to &amp;your workspace</source>
        <translation>내 작업 공간으로 돌아가기(&amp;Y)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>데모 작업 공간 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Demo workspace: a fresh copy, your own workspace is untouched (File ▸ Back to your workspace)</source>
        <translation>데모 작업 공간: 새 사본이며 내 작업 공간은 그대로입니다(파일 ▸ 내 작업 공간으로 돌아가기)</translation>
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
        <source>Import</source>
        <translation>가져오기</translation>
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
        <source>&amp;Portfolio board…</source>
        <translation>포트폴리오 보드(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>퇴사자로 표시(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MapCard</name>
    <message>
        <source>strength {n} of 3</source>
        <translation>강도 {n}/3</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>그룹 {n}</translation>
    </message>
    <message>
        <source>On the committee view: {reason}</source>
        <translation>위원회 보기에 표시된 이유: {reason}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>{n} of 5</source>
        <translation>{n}/5</translation>
    </message>
    <message>
        <source>yes — formal sign-off</source>
        <translation>예 — 공식 승인</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Not on this pursuit&apos;s committee</source>
        <translation>이 영업 기회의 구매 위원회에 속하지 않음</translation>
    </message>
</context>
<context>
    <name>MapSync</name>
    <message>
        <source>Laying out {n} people…</source>
        <translation>{n}명을 배치하는 중…</translation>
    </message>
</context>
<context>
    <name>MarkLeft</name>
    <message>
        <source>The selected person left the customer: keep their history, take them off the committees (shows first what the group loses; undoable)</source>
        <translation>선택한 인물이 고객사를 떠났습니다: 이력은 유지하고 위원회에서 제외합니다(그룹이 잃는 것을 먼저 보여 주며, 실행 취소 가능)</translation>
    </message>
    <message>
        <source>{name} could not be marked as left</source>
        <translation>{name}을(를) 퇴사자로 표시하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>MessageLibraryView</name>
    <message>
        <source>Search all accounts&apos; messages…</source>
        <translation>모든 고객사의 메시지 검색…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>초안으로 되돌리기</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>텍스트 복사</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>초안으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>MessagingPanel</name>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>페르시아어</translation>
    </message>
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
        <source>no shared theme yet</source>
        <translation>아직 공통 테마 없음</translation>
    </message>
    <message>
        <source>the committee&apos;s language</source>
        <translation>구매 위원회의 언어</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>{language}(으)로 초안을 작성하는 중…</translation>
    </message>
    <message>
        <source>Check: {problem}.</source>
        <translation>확인: {problem}.</translation>
    </message>
    <message>
        <source>Saved “{title}” to the message library as a draft</source>
        <translation>“{title}”을(를) 메시지 라이브러리에 초안으로 저장했습니다</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search accounts, pursuits and people…</source>
        <translation>고객사, 영업 기회, 인물 검색…</translation>
    </message>
    <message>
        <source>{name}: select on the map</source>
        <translation>{name}: 맵에서 선택</translation>
    </message>
    <message>
        <source>New pursuit…</source>
        <translation>새 영업 기회…</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>고객사 편집…</translation>
    </message>
    <message>
        <source>Edit pursuit…</source>
        <translation>영업 기회 편집…</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>고객사 삭제</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>영업 기회 삭제</translation>
    </message>
</context>
<context>
    <name>NoPursuitHint</name>
    <message>
        <source>Create the first pursuit…</source>
        <translation>첫 영업 기회 만들기…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pursuit yet for {account}&lt;/b&gt;&lt;br&gt;A pursuit holds the map of its buying committee.</source>
        <translation>&lt;b&gt;{account}에는 아직 영업 기회가 없습니다&lt;/b&gt;&lt;br&gt;영업 기회에는 구매 위원회의 맵이 담깁니다.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>작업 공간을 여는 중…</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>save the change</source>
        <translation>변경 저장</translation>
    </message>
    <message>
        <source>Saving to the team workspace…</source>
        <translation>팀 작업 공간에 저장하는 중…</translation>
    </message>
    <message>
        <source>Redoing: {what}…</source>
        <translation>다시 실행: {what}…</translation>
    </message>
    <message>
        <source>Undoing: {what}…</source>
        <translation>실행 취소: {what}…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Set to today</source>
        <translation>오늘로 설정</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>No date: show “{never}”</source>
        <translation>날짜 없음: “{never}”으로 표시</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Changes not saved yet</source>
        <translation>아직 저장되지 않은 변경</translation>
    </message>
    <message>
        <source>{waiting} for the workspace database, which cannot be reached:</source>
        <translation>작업 공간 데이터베이스에 연결할 수 없어 {waiting}:</translation>
    </message>
    <message>
        <source>Close anyway and lose them?</source>
        <translation>그래도 닫고 변경을 버릴까요?</translation>
    </message>
    <message>
        <source>Reconnected to the workspace</source>
        <translation>작업 공간에 다시 연결되었습니다</translation>
    </message>
    <message>
        <source>The workspace database cannot be reached: {waiting}retrying every {seconds} s.</source>
        <translation>작업 공간 데이터베이스에 연결할 수 없습니다: {waiting}{seconds}초마다 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>— not in the file —</source>
        <translation>— 파일에 없음 —</translation>
    </message>
    <message>
        <source>A new account, named:</source>
        <translation>새 고객사, 이름:</translation>
    </message>
    <message>
        <source>the same CRM id, else email, else name and title</source>
        <translation>같은 CRM ID, 없으면 이메일, 없으면 이름과 직함</translation>
    </message>
    <message>
        <source>the same CRM id (Contact ID)</source>
        <translation>같은 CRM ID(Contact ID)</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>같은 이메일</translation>
    </message>
    <message>
        <source>the same name and title</source>
        <translation>같은 이름과 직함</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>{file}에서 인물 가져오기</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>고객사 이름</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>열별 내용 지정</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Account in the file</source>
        <translation>파일의 고객사</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>처리 내용</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>문제가 있는 행만 표시</translation>
    </message>
    <message>
        <source>{lines} and {n} more</source>
        <translation>{lines} 외 {n}개</translation>
    </message>
    <message>
        <source>{lines} and {last}</source>
        <translation>{lines}, {last}</translation>
    </message>
    <message>
        <source>Not in this export — left the company?</source>
        <translation>이 내보내기에 없음 — 퇴사했나요?</translation>
    </message>
    <message>
        <source>Tick the people who left. Marked as left, they keep their history and leave the committees (Edit ▸ Undo puts them back); removed, they go with their seats, priorities and ties. Nothing happens to anyone unticked.</source>
        <translation>떠난 사람을 체크하세요. 퇴사자로 표시하면 이력은 남고 위원회에서만 빠지며(편집 ▸ 실행 취소로 되돌림), 삭제하면 위원회 자리·우선순위·관계와 함께 사라집니다. 체크하지 않은 사람은 그대로입니다.</translation>
    </message>
    <message>
        <source>Mark the ticked people as left the company</source>
        <translation>체크한 사람을 퇴사자로 표시</translation>
    </message>
    <message>
        <source>Remove the ticked people from the account</source>
        <translation>체크한 사람을 고객사에서 삭제</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Into account</source>
        <translation>대상 고객사</translation>
    </message>
    <message>
        <source>A row is someone already there when it has</source>
        <translation>이미 있는 인물로 볼 기준</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; ({rows}, {encoding})</source>
        <translation>&lt;b&gt;미리 보기&lt;/b&gt; ({rows}, {encoding})</translation>
    </message>
    <message>
        <source>The file says these people work at “{name}”, which could be {listed}. Choose the account, or a new one.</source>
        <translation>파일에는 이 사람들이 “{name}” 소속이라고 되어 있으며, {listed} 중 하나일 수 있습니다. 고객사를 고르거나 새로 만드세요.</translation>
    </message>
    <message>
        <source>Not yet: choose the account these people work at.</source>
        <translation>아직 안 됩니다: 이 사람들이 속한 고객사를 고르세요.</translation>
    </message>
    <message>
        <source>Not yet: give the new account a name.</source>
        <translation>아직 안 됩니다: 새 고객사의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Planning {rows}…</source>
        <translation>{rows} 계획하는 중…</translation>
    </message>
    <message>
        <source>Not yet: {reason}.</source>
        <translation>아직 안 됩니다: {reason}.</translation>
    </message>
    <message>
        <source>{rows} of other accounts left out.</source>
        <translation>다른 고객사의 {rows}은(는) 제외했습니다.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>가져올 것 없음</translation>
    </message>
    <message>
        <source>Ready: {counts}.</source>
        <translation>준비됨: {counts}.</translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
    <message>
        <source>Import into another account?</source>
        <translation>다른 고객사로 가져올까요?</translation>
    </message>
    <message>
        <source>{file} says these people work at {named}, not at “{target}”.

Import them into {target} anyway?</source>
        <translation>{file}에는 이 사람들이 “{target}”이(가) 아니라 {named} 소속이라고 되어 있습니다.

그래도 {target}(으)로 가져올까요?</translation>
    </message>
    <message>
        <source>Remove people?</source>
        <translation>인물을 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
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
        <source>(not on the committee)</source>
        <translation>(위원회 외)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>overdue {days} d</source>
        <translation>{days}일 지연</translation>
    </message>
    <message>
        <source>Open a pursuit to plan it.</source>
        <translation>영업 기회를 열어 계획을 세우세요.</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>아직 계획이 없습니다. 고객과 결정까지의 단계를 합의하고 여기에 추가하세요.</translation>
    </message>
    <message>
        <source>{steps}, {done} done</source>
        <translation>{steps}, 완료 {done}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>, {late} overdue.</source>
        <translation>, 지연 {late}.</translation>
    </message>
</context>
<context>
    <name>PortfolioBoard</name>
    <message>
        <source>Account</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Pursuit</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>단계 체류 일수</translation>
    </message>
    <message>
        <source>Days idle</source>
        <translation>정체 일수</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>정체</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>준비도</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation>심각한 진단 결과</translation>
    </message>
    <message>
        <source>Being assessed in the background</source>
        <translation>백그라운드에서 평가 중</translation>
    </message>
    <message>
        <source>No score: fewer than two people on its committee</source>
        <translation>점수 없음: 위원회 인원이 두 명 미만입니다</translation>
    </message>
    <message>
        <source>Provisional: assessed without the committee&apos;s themes, because its priorities&apos; sentence vectors are not stored yet, so divergent priorities do not count. Open the pursuit to assess it fully.</source>
        <translation>잠정: 우선순위의 문장 벡터가 아직 저장되지 않아 위원회의 테마 없이 평가했으므로 엇갈린 우선순위는 반영되지 않았습니다. 완전히 평가하려면 영업 기회를 여세요.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <source>The colleague on the account team who owns the pursuit (change it in its details)</source>
        <translation>영업 기회를 담당하는 어카운트 팀 동료(상세 정보에서 변경)</translation>
    </message>
    <message>
        <source>Days since the pursuit reached its stage (from the change log: its last change of stage, else when it was created or imported)</source>
        <translation>영업 기회가 현재 단계에 들어선 뒤 지난 일수(변경 기록 기준: 마지막 단계 변경, 없으면 생성 또는 가져온 날)</translation>
    </message>
    <message>
        <source>Days since anything about the pursuit or its account&apos;s people changed</source>
        <translation>영업 기회나 고객사 인물에 마지막으로 변경이 있은 뒤 지난 일수</translation>
    </message>
    <message>
        <source>Nothing has changed in the number of days set above the table</source>
        <translation>표 위에 설정한 일수 동안 아무 변경이 없음</translation>
    </message>
    <message>
        <source>The latest kept assessment&apos;s score, 0–100 (… : being assessed; *: provisional, assessed without the committee&apos;s themes)</source>
        <translation>마지막으로 저장된 평가 점수, 0–100(…: 평가 중, *: 위원회 테마 없이 평가한 잠정치)</translation>
    </message>
    <message>
        <source>The change since the day before, and the daily scores kept, oldest left</source>
        <translation>전날 대비 변화와 저장된 일별 점수(왼쪽이 가장 오래됨)</translation>
    </message>
    <message>
        <source>Critical findings in the latest assessment</source>
        <translation>최근 평가의 심각한 진단 결과</translation>
    </message>
</context>
<context>
    <name>PortfolioThemesView</name>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>그들의 표현</translation>
    </message>
    <message>
        <source>any industry</source>
        <translation>모든 업종</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>Any function</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>Find themes</source>
        <translation>테마 찾기</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Themes that recur across accounts, and each function&apos;s own words for them: choose the accounts and press Find themes.</source>
        <translation>여러 고객사에 반복해 나타나는 테마와 부서별 표현: 고객사를 고르고 테마 찾기를 누르세요.</translation>
    </message>
    <message>
        <source>Finding themes across accounts…</source>
        <translation>여러 고객사에서 테마를 찾는 중…</translation>
    </message>
    <message>
        <source>Could not find the portfolio&apos;s themes</source>
        <translation>포트폴리오의 테마를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>용어: {terms}</translation>
    </message>
    <message>
        <source>{themes} across {accounts}, those in the most accounts first. Expand a theme for the words each function uses.</source>
        <translation>{accounts}에 걸친 {themes}, 가장 많은 고객사에 나오는 것부터. 테마를 펼치면 부서별 표현을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No priorities match in {accounts}: widen the choice.</source>
        <translation>{accounts}에서 맞는 우선순위가 없습니다. 선택 범위를 넓히세요.</translation>
    </message>
    <message>
        <source>Export the portfolio&apos;s themes</source>
        <translation>포트폴리오 테마 내보내기</translation>
    </message>
    <message>
        <source>Portfolio themes</source>
        <translation>포트폴리오 테마</translation>
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
        <translation>포트폴리오 — Consensus</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>A pursuit is stalled when nothing about it has changed in this many days</source>
        <translation>이 일수 동안 아무 변경이 없으면 영업 기회를 정체로 봅니다</translation>
    </message>
    <message>
        <source>Only the pursuits this colleague owns</source>
        <translation>이 동료가 담당하는 영업 기회만</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX로 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>정체 기준</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <source>Themes for marketing</source>
        <translation>마케팅용 테마</translation>
    </message>
    <message>
        <source>Could not assess the portfolio</source>
        <translation>포트폴리오를 평가하지 못했습니다</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>포트폴리오를 읽는 중…</translation>
    </message>
    <message>
        <source>Could not read the portfolio</source>
        <translation>포트폴리오를 읽지 못했습니다</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>담당자 {name}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <source>industry {name}</source>
        <translation>업종 {name}</translation>
    </message>
    <message>
        <source>region {name}</source>
        <translation>지역 {name}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>단계 {name}</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>모든 고객사</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the portfolio board</source>
        <translation>포트폴리오 보드 내보내기</translation>
    </message>
    <message>
        <source>Portfolio board</source>
        <translation>포트폴리오 보드</translation>
    </message>
    <message>
        <source>Exporting the portfolio board to {file}…</source>
        <translation>포트폴리오 보드를 {file}(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>{file}을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not export the portfolio board</source>
        <translation>포트폴리오 보드를 내보내지 못했습니다</translation>
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
    <name>PursuitOwner</name>
    <message>
        <source>The colleague on the account team who owns this pursuit</source>
        <translation>이 영업 기회를 담당하는 어카운트 팀 동료</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>RatingBadges</name>
    <message>
        <source>Colleagues see {name} differently:</source>
        <translation>동료들이 {name}을(를) 다르게 봅니다:</translation>
    </message>
    <message>
        <source>(agreed {value})</source>
        <translation>(합의 {value})</translation>
    </message>
</context>
<context>
    <name>ReadinessFiller</name>
    <message>
        <source>Assessing {pursuits} for the portfolio board…</source>
        <translation>포트폴리오 보드용으로 {pursuits}을(를) 평가하는 중…</translation>
    </message>
</context>
<context>
    <name>ReadinessHistory</name>
    <message>
        <source>Readiness over time</source>
        <translation>준비도 추이</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>리뷰 완료로 표시</translation>
    </message>
    <message>
        <source>Keep today&apos;s assessment as a review: later changes are compared with it</source>
        <translation>오늘의 평가를 리뷰 기준으로 저장합니다. 이후 변경은 이것과 비교합니다</translation>
    </message>
    <message>
        <source>Not reviewed yet: mark a review to compare later changes with it.</source>
        <translation>아직 리뷰하지 않음: 리뷰로 표시하면 이후 변경을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Since the last review</source>
        <translation>지난 리뷰 이후</translation>
    </message>
</context>
<context>
    <name>SplitThemeDialog</name>
    <message>
        <source>Split theme</source>
        <translation>테마 나누기</translation>
    </message>
    <message>
        <source>Tick the statements that belong to a new theme, apart from {theme}.</source>
        <translation>{theme}에서 떼어 새 테마로 옮길 발언을 체크하세요.</translation>
    </message>
    <message>
        <source>What the new theme is about</source>
        <translation>새 테마의 내용</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>나누기</translation>
    </message>
    <message>
        <source>New theme&apos;s name</source>
        <translation>새 테마 이름</translation>
    </message>
    <message>
        <source>Tick some of the statements, not none and not all of them.</source>
        <translation>발언 중 일부만 체크하세요(하나도 안 하거나 전부 하면 안 됩니다).</translation>
    </message>
    <message>
        <source>Give the new theme a name.</source>
        <translation>새 테마의 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>account</source>
        <translation>고객사</translation>
    </message>
    <message>
        <source>pursuit</source>
        <translation>영업 기회</translation>
    </message>
    <message>
        <source>person</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>committee seat</source>
        <translation>위원회 자리</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>plan step</source>
        <translation>계획 단계</translation>
    </message>
    <message>
        <source>key</source>
        <translation>키(짧은 ID)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>function</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>personal win</source>
        <translation>개인적 성과</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>left the company on</source>
        <translation>퇴사일</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>보고 대상</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>value</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>예상 종료일</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>구매 역할</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>승인권자</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>영향력</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>구매 단계</translation>
    </message>
    <message>
        <source>in the buying stage since</source>
        <translation>구매 단계 시작일</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <source>last checked</source>
        <translation>최근 확인</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>text of the message</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>테마</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>작업 {n}개</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop “{task}”; other tasks go on</source>
        <translation>“{task}” 중지(다른 작업은 계속됨)</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <source>Team workspace password</source>
        <translation>팀 작업 공간 비밀번호</translation>
    </message>
    <message>
        <source>Password for {user} on {server}:</source>
        <translation>{server}의 {user} 비밀번호:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>나</translation>
    </message>
</context>
<context>
    <name>ThemeCorrector</name>
    <message>
        <source>Correct a theme: select it (or a statement) and use these buttons, right-click it, or drag a statement onto another theme. Edit ▸ Undo takes a correction back.</source>
        <translation>테마 수정: 테마(또는 발언)를 선택해 이 버튼을 쓰거나, 마우스 오른쪽 버튼을 누르거나, 발언을 다른 테마로 끌어 놓으세요. 편집 ▸ 실행 취소로 수정을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Give the selected theme your own name</source>
        <translation>선택한 테마에 직접 이름 붙이기</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>다른 테마에 합치기…</translation>
    </message>
    <message>
        <source>Put the selected theme&apos;s statements into another theme</source>
        <translation>선택한 테마의 발언을 다른 테마로 합칩니다</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>나누기…</translation>
    </message>
    <message>
        <source>Move some of the selected theme&apos;s statements to a new theme</source>
        <translation>선택한 테마의 발언 일부를 새 테마로 옮깁니다</translation>
    </message>
    <message>
        <source>Not a theme</source>
        <translation>테마 아님</translation>
    </message>
    <message>
        <source>The selected theme&apos;s statements are unthemed</source>
        <translation>선택한 테마의 발언을 테마 없음으로 돌립니다</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>옮기기…</translation>
    </message>
    <message>
        <source>Move the selected statement to another theme, or to none</source>
        <translation>선택한 발언을 다른 테마로 옮기거나 테마에서 뺍니다</translation>
    </message>
    <message>
        <source>Or right-click a theme or a statement, or drag a statement onto a theme.</source>
        <translation>또는 테마나 발언을 마우스 오른쪽 버튼으로 누르거나, 발언을 테마로 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>테마 이름 바꾸기</translation>
    </message>
    <message>
        <source>The theme&apos;s name</source>
        <translation>테마 이름</translation>
    </message>
    <message>
        <source>Back to the themes (the app places it)</source>
        <translation>테마로 되돌리기(앱이 배치)</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>테마 없음</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>합칠 테마</translation>
    </message>
    <message>
        <source>Let the app group it again</source>
        <translation>앱이 다시 묶도록 하기</translation>
    </message>
    <message>
        <source>Your corrections of this theme go; the app groups its statements anew</source>
        <translation>이 테마에 한 수정이 사라지고 앱이 발언을 새로 묶습니다</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>옮길 곳</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Agreement: how alike its statements are (0–1). Below the line the theme&apos;s members do not agree, and it is never offered as a bridge.</source>
        <translation>일치도: 발언들이 얼마나 비슷한지(0–1). 기준선 아래면 테마의 위원들이 의견이 일치하지 않으며 연결 테마로 제안되지 않습니다.</translation>
    </message>
    <message>
        <source>Loosely related: shown with this theme, but not counted for bridges, drafts or the brief.</source>
        <translation>느슨한 관련: 이 테마와 함께 표시되지만 연결 테마, 초안, 브리핑에는 계산되지 않습니다.</translation>
    </message>
    <message>
        <source>Corrected on this account (renamed, merged, split or a statement moved): kept when the themes are found again, and new statements like these join it. Edit ▸ Undo takes a correction back.</source>
        <translation>이 고객사에서 수정됨(이름 변경, 합치기, 나누기, 발언 이동): 테마를 다시 찾아도 유지되며 비슷한 새 발언도 여기에 들어옵니다. 편집 ▸ 실행 취소로 수정을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Themes whose members do not agree are not offered as themes: their statements are listed here.</source>
        <translation>위원들의 의견이 일치하지 않는 테마는 테마로 제안하지 않고, 그 발언을 여기에 나열합니다.</translation>
    </message>
    <message>
        <source>Themes by meaning (multilingual model)</source>
        <translation>의미 기반 테마(다국어 모델)</translation>
    </message>
    <message>
        <source>Themes by shared words (the model is not installed)</source>
        <translation>공통 단어 기반 테마(모델이 설치되지 않음)</translation>
    </message>
    <message>
        <source>agreement {value}</source>
        <translation>일치도 {value}</translation>
    </message>
    <message>
        <source>members do not agree</source>
        <translation>위원들의 의견 불일치</translation>
    </message>
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
    <message>
        <source>{n} fit no theme</source>
        <translation>{n}개는 어느 테마에도 맞지 않음</translation>
    </message>
    <message>
        <source>{n} taken out of the themes</source>
        <translation>{n}개는 테마에서 뺌</translation>
    </message>
    <message>
        <source>{themes} from {priorities}</source>
        <translation>{priorities}에서 찾은 {themes}</translation>
    </message>
    <message>
        <source>{n} shared across functions.</source>
        <translation>부서 간 공유 {n}개.</translation>
    </message>
    <message>
        <source>{n} corrected on this account.</source>
        <translation>이 고객사에서 수정 {n}개.</translation>
    </message>
    <message>
        <source>Nothing in common yet: {pairs}.</source>
        <translation>아직 공통점 없음: {pairs}.</translation>
    </message>
    <message>
        <source>{share} of the group · {functions}</source>
        <translation>그룹의 {share} · {functions}</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>loosely related</source>
        <translation>느슨한 관련</translation>
    </message>
    <message>
        <source>fit {value}</source>
        <translation>적합도 {value}</translation>
    </message>
    <message>
        <source>Unthemed</source>
        <translation>테마 없음</translation>
    </message>
    <message>
        <source>Said in words no other statement comes close to, or taken out of the themes.</source>
        <translation>다른 발언과 비슷한 표현이 없거나 테마에서 뺀 발언입니다.</translation>
    </message>
    <message>
        <source>taken out of the themes</source>
        <translation>테마에서 뺌</translation>
    </message>
</context>
<context>
    <name>ThemesService</name>
    <message>
        <source>Finding shared themes…</source>
        <translation>공통 테마를 찾는 중…</translation>
    </message>
    <message>
        <source>Preparing themes for the account…</source>
        <translation>고객사의 테마를 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No readings kept yet</source>
        <translation>저장된 기록 없음</translation>
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
    <message>
        <source>Open the demo workspace</source>
        <translation>데모 작업 공간 열기</translation>
    </message>
    <message>
        <source>Three sample accounts to explore</source>
        <translation>살펴볼 수 있는 예시 고객사 3곳</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>고객사 만들기</translation>
    </message>
    <message>
        <source>Start mapping a customer of yours</source>
        <translation>내 고객사를 맵으로 그리기 시작</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>파일 가져오기…</translation>
    </message>
    <message>
        <source>A Consensus map (.json), or CRM contacts (.csv, .xlsx)</source>
        <translation>Consensus 맵(.json) 또는 CRM 연락처(.csv, .xlsx)</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <source>becomes {stance} ({value})</source>
        <translation>{stance}({value})(으)로 바뀜</translation>
    </message>
    <message>
        <source>leaves the committee</source>
        <translation>위원회를 떠남</translation>
    </message>
    <message>
        <source>gains influence over…</source>
        <translation>…에 대한 영향력을 얻음</translation>
    </message>
    <message>
        <source>Add change</source>
        <translation>변경 추가</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>변경 삭제</translation>
    </message>
    <message>
        <source>Back to the real assessment</source>
        <translation>실제 평가로 돌아가기</translation>
    </message>
    <message>
        <source>Discard the imagined changes (nothing was saved)</source>
        <translation>가상의 변경을 버립니다(저장된 것은 없음)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>What</source>
        <translation>무엇을</translation>
    </message>
    <message>
        <source>Over whom</source>
        <translation>누구에게</translation>
    </message>
    <message>
        <source>{name} becomes {stance}</source>
        <translation>{name}이(가) {stance}(으)로 바뀜</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>{name}이(가) 떠남</translation>
    </message>
    <message>
        <source>{name} is engaged</source>
        <translation>{name}과(와) 접촉함</translation>
    </message>
    <message>
        <source>{name} gains influence over {other}</source>
        <translation>{name}이(가) {other}에 대한 영향력을 얻음</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Could not {what}</source>
        <translation>실행하지 못함: {what}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} 편집</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>{name}의 {what} 변경</translation>
    </message>
    <message>
        <source>the buying stage was not changed</source>
        <translation>구매 단계가 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{field} was not changed</source>
        <translation>{field}이(가) 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Edit a priority of {name}</source>
        <translation>{name}의 우선순위 편집</translation>
    </message>
    <message>
        <source>Remove a priority of {name}</source>
        <translation>{name}의 우선순위 삭제</translation>
    </message>
    <message>
        <source>Change relationship {what}</source>
        <translation>관계의 {what} 변경</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>관계 삭제</translation>
    </message>
    <message>
        <source>Could not mark the pursuit as reviewed</source>
        <translation>영업 기회를 리뷰 완료로 표시하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <source>Opening your local workspace.</source>
        <translation>로컬 작업 공간을 엽니다.</translation>
    </message>
    <message>
        <source>Cannot reach the team workspace</source>
        <translation>팀 작업 공간에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>작업 공간을 열 수 없습니다</translation>
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
    <message>
        <source>Use the &amp;local workspace</source>
        <translation>로컬 작업 공간 사용(&amp;L)</translation>
    </message>
</context>
</TS>
