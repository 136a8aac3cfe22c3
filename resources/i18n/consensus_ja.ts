<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CommitteeToggle</name>
    <message>
        <source>&amp;Committee</source>
        <translation>購買委員会(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>全員(&amp;E)</translation>
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
