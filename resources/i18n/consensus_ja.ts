<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>What-if: imagined changes, nothing is saved</source>
        <translation>What-if: 仮の変更で、何も保存されません</translation>
    </message>
    <message>
        <source>Show factions and brokers on the map</source>
        <translation>派閥と橋渡し役をマップに表示</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>もしも…</translation>
    </message>
    <message>
        <source>Where each buyer is</source>
        <translation>各購買者の現在地</translation>
    </message>
    <message>
        <source>What makes up the score</source>
        <translation>スコアの内訳</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt; — select one to see who it concerns</source>
        <translation>&lt;b&gt;指摘事項&lt;/b&gt; — 選ぶと関係する人物が分かります</translation>
    </message>
    <message>
        <source>Open a pursuit to assess it.</source>
        <translation>評価する商談を開いてください。</translation>
    </message>
    <message>
        <source>Not enough to assess yet</source>
        <translation>評価するにはまだ情報が足りません</translation>
    </message>
    <message>
        <source>{delta} points if this happened · {verdict}</source>
        <translation>こうなれば {delta} ポイント · {verdict}</translation>
    </message>
    <message>
        <source>Each cause of trouble costs once, by its most severe finding.</source>
        <translation>問題の原因ごとに、最も重大な指摘で一度だけ減点されます。</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>指摘なし: このグループの意思決定を妨げるものはありません。</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The stakeholder&apos;s name</source>
        <translation>ステークホルダーの名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>The part of the organisation they work in</source>
        <translation>所属部門</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Their buying role in this pursuit</source>
        <translation>この商談での購買上の役割</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Formally signs off on the purchase</source>
        <translation>購買を正式に承認する</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>スタンス</translation>
    </message>
    <message>
        <source>How they lean on this purchase: −2 opposed … +2 advocate</source>
        <translation>この購買への姿勢: −2 反対 … +2 推進派</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <source>How much they sway the decision: 1 little … 5 decisive</source>
        <translation>意思決定への影響: 1 小さい … 5 決定的</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Mobilizers (go-getter, teacher, skeptic) drive change; talkers (guide, friend, climber)
are easy to reach but do not drive it; blockers resist.</source>
        <translation>モビライザー（Go-Getter・Teacher・Skeptic）は変化を推進し、トーカー（Guide・Friend・Climber）は
接触しやすいが推進はしない。Blocker は抵抗する。</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>When the account team last engaged them</source>
        <translation>アカウントチームが最後に接触した日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Where they are in the purchase: problem definition, solution identification, supplier
selection. Choosing another asks when and what moved them, and keeps the move in their history.</source>
        <translation>購買プロセスでの位置: 課題定義、解決策の検討、サプライヤー選定。
別の段階を選ぶと、いつ何がきっかけで移ったかを尋ね、その移動を履歴に残します。</translation>
    </message>
</context>
<context>
    <name>CommitteeTable</name>
    <message>
        <source>Filter committee…</source>
        <translation>委員会を絞り込む…</translation>
    </message>
    <message>
        <source>Show members whose name, title, function, role or profile contain every word</source>
        <translation>名前・役職・部門・役割・プロファイルにすべての語を含むメンバーを表示</translation>
    </message>
</context>
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>購買委員会(&amp;C)</translation>
    </message>
    <message>
        <source>Show the committee and the people who link them (reporting line, influencers, brokers)</source>
        <translation>委員会と、それをつなぐ人（レポートライン、影響者、橋渡し役）を表示</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>全員(&amp;E)</translation>
    </message>
    <message>
        <source>Show everyone at the account</source>
        <translation>アカウントの全員を表示</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>ウィンドウと同じ（{language}）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>&lt;i&gt;Select someone on the map&lt;/i&gt;</source>
        <translation>&lt;i&gt;マップで人物を選んでください&lt;/i&gt;</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— なし —</translation>
    </message>
    <message>
        <source>What would make this a win for them personally?</source>
        <translation>この人個人にとって何が成果になりますか?</translation>
    </message>
    <message>
        <source>Add to map</source>
        <translation>マップに追加</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>ステークホルダー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>上長</translation>
    </message>
    <message>
        <source>Personal win</source>
        <translation>個人的なメリット</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>On this pursuit&apos;s committee</source>
        <translation>この商談の購買委員会のメンバー</translation>
    </message>
    <message>
        <source>Formal sign-off (approver)</source>
        <translation>正式な承認（承認者）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>購買委員会</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>スタンス</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>購買段階</translation>
    </message>
    <message>
        <source>Add a priority in their words, then Enter</source>
        <translation>本人の言葉で優先事項を入力して Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>優先事項</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New stakeholder&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;新しいステークホルダー&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select someone on the map, or add a stakeholder&lt;/i&gt;</source>
        <translation>&lt;i&gt;マップで人物を選ぶか、ステークホルダーを追加してください&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>チーム内の見方:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About Consensus</source>
        <translation>Consensus について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation>この人物の情報を消去(&amp;F)…</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>ワークスペースを開いています…</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>ステークホルダー</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>新しいアカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;pursuit…</source>
        <translation>新しい商談(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>デモ用ワークスペースを開く(&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;stakeholder</source>
        <translation>新しいステークホルダー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fit to view</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>配置をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Show buying stages</source>
        <translation>購買段階を表示</translation>
    </message>
    <message>
        <source>Badge each committee member&apos;s card with their buying stage</source>
        <translation>各メンバーのカードに購買段階のバッジを付ける</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>退職済みにする(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MessagingPanel</name>
    <message>
        <source>Open a pursuit to draft messages for its buying group.</source>
        <translation>商談を開くと、購買グループ向けのメッセージ案を作成します。</translation>
    </message>
    <message>
        <source>The language the drafts and the kits&apos; shareable pieces are written in</source>
        <translation>メッセージ案とキットの共有部分を書く言語</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>メッセージ案</translation>
    </message>
    <message>
        <source>Mobilizer kits</source>
        <translation>モビライザー向けキット</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown をコピー</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>ライブラリに保存</translation>
    </message>
    <message>
        <source>Write the drafts in:</source>
        <translation>メッセージ案の言語:</translation>
    </message>
    <message>
        <source>For the {stage} stage: {drafts} built on the themes the group shares, and {kits} for supportive mobilizers.</source>
        <translation>{stage}の段階: グループが共有するテーマに基づく{drafts}と、支持するモビライザー向けの{kits}。</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>{language}でメッセージ案を作成しています…</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Open a pursuit to plan the decision with the customer.</source>
        <translation>商談を開くと、顧客と意思決定の計画を立てられます。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Who (theirs, ours)</source>
        <translation>担当（先方、当方）</translation>
    </message>
    <message>
        <source>When, how far</source>
        <translation>時期、進捗</translation>
    </message>
    <message>
        <source>What is to be done, e.g. Security review of the pilot</source>
        <translation>やること（例: パイロットのセキュリティレビュー）</translation>
    </message>
    <message>
        <source>Who on our team</source>
        <translation>当社チームの担当者</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>ステップを追加</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <source>Customer owner</source>
        <translation>先方の担当</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>当方の担当</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— まだいない —</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>計画はまだありません。意思決定までのステップを顧客と合意し、ここに追加してください。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Your full name, as colleagues know you</source>
        <translation>同僚に知られている氏名</translation>
    </message>
    <message>
        <source>Shown beside your changes in “What changed”, in the brief and to colleagues sharing a workspace. Renaming yourself renames all your past changes too.</source>
        <translation>「変更内容」、ブリーフ、ワークスペースを共有する同僚に、あなたの変更とともに表示されます。名前を変えると、過去の変更の名前もすべて変わります。</translation>
    </message>
    <message>
        <source>Your computer gives no full name for “{login}”: until you enter one, your changes show that login.</source>
        <translation>このコンピューターには「{login}」の氏名がありません。入力するまで、変更にはこのログイン名が表示されます。</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>システムに合わせる（{language}）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>The window changes language the next time Consensus starts. Exports and the brief can be made in any language from File ▸ Export…; messages for the customer keep their draft&apos;s language.</source>
        <translation>ウィンドウの言語は次回 Consensus を起動したときに変わります。エクスポートとブリーフは ファイル ▸ エクスポート… から任意の言語で作成できます。顧客向けのメッセージは下書きの言語のままです。</translation>
    </message>
    <message>
        <source>Your changes show as “{name}”: set your name in Edit ▸ Preferences… so colleagues know who made them</source>
        <translation>あなたの変更は「{name}」と表示されます。誰の変更か同僚に分かるよう、編集 ▸ 環境設定… で名前を設定してください</translation>
    </message>
    <message>
        <source>The window speaks {language} from the next start</source>
        <translation>次回の起動からウィンドウは{language}で表示されます</translation>
    </message>
    <message>
        <source>Your changes now show as {name}</source>
        <translation>あなたの変更は「{name}」と表示されるようになりました</translation>
    </message>
    <message>
        <source>Your name is saved; the workspace will have it with your next change ({reason})</source>
        <translation>名前は保存されました。次の変更時にワークスペースに反映されます（{reason}）</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Open a pursuit to find the themes its committee shares.</source>
        <translation>商談を開くと、委員会が共有するテーマを見つけます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bridge themes&lt;/b&gt; — shared ground across the group</source>
        <translation>&lt;b&gt;架け橋テーマ&lt;/b&gt; — グループ全体の共通基盤</translation>
    </message>
    <message>
        <source>&lt;b&gt;All themes&lt;/b&gt; — in the committee&apos;s own words</source>
        <translation>&lt;b&gt;すべてのテーマ&lt;/b&gt; — 委員会自身の言葉で</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who voices what&lt;/b&gt; (blue columns: shared across functions)</source>
        <translation>&lt;b&gt;誰が何を語るか&lt;/b&gt;（青い列: 部門をまたいで共有）</translation>
    </message>
    <message>
        <source>No priorities recorded for this committee yet: add them in the inspector.</source>
        <translation>この委員会の優先事項はまだ記録されていません。インスペクターで追加してください。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Consensus&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Consensus へようこそ&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Map each customer&apos;s buying committee: who signs off, who influences whom, what each person wants in their own words, and who could bring the group together.</source>
        <translation>顧客ごとに購買委員会をマップにしましょう。誰が承認し、誰が誰に影響し、各自が自分の言葉で何を望み、誰がグループをまとめられるのか。</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitch</name>
    <message>
        <source>&amp;Workspace</source>
        <translation>ワークスペース(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Connect to team workspace…</source>
        <translation>チームのワークスペースに接続(&amp;C)…</translation>
    </message>
</context>
</TS>
