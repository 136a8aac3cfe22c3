<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>위원회(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>전체 인원(&amp;E)</translation>
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
