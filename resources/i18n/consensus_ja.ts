<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(opening…)</source>
        <translation>（開いています…）</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>開いているワークスペース</translation>
    </message>
    <message>
        <source>Your workspace file</source>
        <translation>あなたのワークスペースファイル</translation>
    </message>
    <message>
        <source>Window settings</source>
        <translation>ウィンドウの設定</translation>
    </message>
    <message>
        <source>Your name for colleagues</source>
        <translation>同僚に表示されるあなたの名前</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>エラーログ</translation>
    </message>
    <message>
        <source>none (themes by shared words)</source>
        <translation>なし（共通の語でテーマを探します）</translation>
    </message>
    <message>
        <source>About Consensus</source>
        <translation>Consensus について</translation>
    </message>
    <message>
        <source>Map a customer&apos;s buying committee, find what its members agree on, and draft messages that bring them together. MIT licence.</source>
        <translation>顧客の購買委員会をマップにし、メンバーが合意できる点を見つけ、全員をまとめるメッセージを作成します。MIT ライセンス。</translation>
    </message>
    <message>
        <source>Updating or removing the app leaves these alone:</source>
        <translation>アプリを更新・削除しても、次のものはそのまま残ります:</translation>
    </message>
    <message>
        <source>Themes model: {model}</source>
        <translation>テーマのモデル: {model}</translation>
    </message>
    <message>
        <source>built app</source>
        <translation>ビルド版アプリ</translation>
    </message>
</context>
<context>
    <name>AccountEditing</name>
    <message>
        <source>New pursuit</source>
        <translation>新しい商談</translation>
    </message>
    <message>
        <source>For which account?</source>
        <translation>どのアカウントに作成しますか?</translation>
    </message>
    <message>
        <source>First pursuit for {account}</source>
        <translation>{account} の最初の商談</translation>
    </message>
    <message>
        <source>No pursuit yet for {account}: File ▸ New pursuit… starts mapping its committee.</source>
        <translation>{account} にはまだ商談がありません。ファイル ▸ 新しい商談… で委員会のマップを始めます。</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} を編集</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Delete {name} with its people, pursuits and messages?</source>
        <translation>{name} を人物・商談・メッセージごと削除しますか？</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>商談を削除</translation>
    </message>
    <message>
        <source>Delete {name} with its committee?</source>
        <translation>{name} を購買委員会ごと削除しますか？</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} を削除</translation>
    </message>
</context>
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
        <source>Assessing the what-if…</source>
        <translation>What-if を評価しています…</translation>
    </message>
    <message>
        <source>Assessing {n} committee members…</source>
        <translation>委員会メンバー {n} 人を評価しています…</translation>
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
        <source>Resolved</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>No findings: nothing stands between this group and a decision.</source>
        <translation>指摘なし: このグループの意思決定を妨げるものはありません。</translation>
    </message>
    <message>
        <source>What if… (on)</source>
        <translation>What-if…（オン）</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>保存されている値</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>読み取れない行</translation>
    </message>
    <message>
        <source>These rows of the workspace no longer pass its checks, so they are left out of the maps, tables and exports until you fix the field or drop the row.</source>
        <translation>ワークスペースのこれらの行はチェックを通らなくなったため、フィールドを直すか行を削除するまで、マップ・表・エクスポートから除外されます。</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <source>Drop row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Fix the field</source>
        <translation>フィールドを修正</translation>
    </message>
    <message>
        <source>New {field} for {table} {row} ({problem}):</source>
        <translation>{table} {row} の新しい {field}（{problem}）:</translation>
    </message>
    <message>
        <source>Drop the row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Delete {table} {row} and everything that belongs to it?</source>
        <translation>{table} {row} と、それに属するものをすべて削除しますか？</translation>
    </message>
</context>
<context>
    <name>CommitteeColumn</name>
    <message>
        <source>works against this purchase</source>
        <translation>この購買に反対して動いている</translation>
    </message>
    <message>
        <source>doubts the case and needs evidence</source>
        <translation>妥当性を疑っており、根拠を求めている</translation>
    </message>
    <message>
        <source>undecided, or no view yet</source>
        <translation>未決定、またはまだ意見がない</translation>
    </message>
    <message>
        <source>willing to buy, but may not argue for it in front of the group</source>
        <translation>購入には前向きだが、皆の前で推すとは限らない</translation>
    </message>
    <message>
        <source>argues for this purchase in front of the group</source>
        <translation>皆の前でこの購買を推している</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; motivated by action and results</source>
        <translation>モビライザー: 組織の変化を推し進める。行動と成果が原動力</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; brings insight and persuades peers</source>
        <translation>モビライザー: 組織の変化を推し進める。知見をもたらし同僚を説得する</translation>
    </message>
    <message>
        <source>Mobilizer: drives change in their organisation; challenges every plan, then delivers</source>
        <translation>モビライザー: 組織の変化を推し進める。あらゆる計画を疑い、そのうえで実行する</translation>
    </message>
    <message>
        <source>Talker: shares what goes on inside the organisation, but does not drive change</source>
        <translation>トーカー: 組織内の事情を教えてくれるが、変化は推し進めない</translation>
    </message>
    <message>
        <source>Talker: easy to reach and helpful, but does not drive change</source>
        <translation>トーカー: 連絡しやすく協力的だが、変化は推し進めない</translation>
    </message>
    <message>
        <source>Talker: looks for personal gain; does not drive change</source>
        <translation>トーカー: 個人的な利益を求め、変化は推し進めない</translation>
    </message>
    <message>
        <source>Blocker: resists change and defends the status quo</source>
        <translation>抵抗者: 変化に抵抗し、現状を守ろうとする</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>未評価</translation>
    </message>
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
    <message>
        <source>Never engaged</source>
        <translation>未接触</translation>
    </message>
    <message>
        <source>Last engaged {days} days ago</source>
        <translation>最後の接触は {days} 日前</translation>
    </message>
    <message>
        <source>Engaged recently</source>
        <translation>最近接触済み</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>{day} から {stage}</translation>
    </message>
    <message>
        <source>{stage}, from {earlier}</source>
        <translation>{stage}（前は {earlier}）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
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
    <message>
        <source>Everyone: {n} on the map</source>
        <translation>全員: マップに {n} 人</translation>
    </message>
    <message>
        <source>Committee view: {shown} of {n} on the map (Everyone shows all)</source>
        <translation>委員会ビュー: マップの {n} 人中 {shown} 人（「全員」ですべて表示）</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>ほかの人がこれを変更しました</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>ほかの人</translation>
    </message>
    <message>
        <source>{who} changed {what} &lt;b&gt;{name}&lt;/b&gt; after you opened it</source>
        <translation>あなたが開いた後に {who} さんが {what} &lt;b&gt;{name}&lt;/b&gt; を変更しました</translation>
    </message>
    <message>
        <source>Reload to see their version (your deletion is dropped), or delete it anyway.</source>
        <translation>再読み込みして相手の版を見る（あなたの削除は取り消されます）か、そのまま削除してください。</translation>
    </message>
    <message>
        <source>Reload to see their version (your change is dropped), or overwrite it with your change.</source>
        <translation>再読み込みして相手の版を見る（あなたの変更は取り消されます）か、あなたの変更で上書きしてください。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>それでも削除</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>No system keychain was found: the password will be asked for each time you connect.</source>
        <translation>システムのキーチェーンが見つかりません。接続のたびにパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>Connect to a team workspace</source>
        <translation>チームのワークスペースに接続</translation>
    </message>
    <message>
        <source>as it is: no escaping needed</source>
        <translation>そのまま入力（エスケープ不要）</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>システムのキーチェーンにパスワードを保存</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>システムのキーチェーンを探しています…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s details and test the connection.</source>
        <translation>サーバーの情報を入力し、接続をテストしてください。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>A server and a database name are needed.</source>
        <translation>サーバーとデータベース名が必要です。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>remembered in the system keychain</source>
        <translation>システムのキーチェーンに保存済み</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>システムのキーチェーンにパスワードを保存しています…</translation>
    </message>
    <message>
        <source>Removing the password from the system keychain…</source>
        <translation>システムのキーチェーンからパスワードを削除しています…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>名前は必須です。</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新しいアカウント</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} を編集</translation>
    </message>
    <message>
        <source>New pursuit</source>
        <translation>新しい商談</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>クローズ予定日</translation>
    </message>
    <message>
        <source>Buying stage</source>
        <translation>購買段階</translation>
    </message>
    <message>
        <source>Strength 1 (weak)</source>
        <translation>強さ 1（弱い）</translation>
    </message>
    <message>
        <source>Strength 2 (usual)</source>
        <translation>強さ 2（普通）</translation>
    </message>
    <message>
        <source>Strength 3 (strong)</source>
        <translation>強さ 3（強い）</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>関係を削除</translation>
    </message>
</context>
<context>
    <name>DisagreementBox</name>
    <message>
        <source>Where colleagues see people differently</source>
        <translation>同僚の間で見方が分かれている人</translation>
    </message>
    <message>
        <source>The score uses the agreed value; these are your team&apos;s own views.</source>
        <translation>スコアには合意済みの値を使います。以下はチームメンバー各自の見方です。</translation>
    </message>
    <message>
        <source>The score uses the agreed {field}: {value}</source>
        <translation>スコアには合意済みの {field} を使います: {value}</translation>
    </message>
    <message>
        <source>Not shown: {n} more.</source>
        <translation>ほかに {n} 件（非表示）。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details are in {file}.</source>
        <translation>詳細は {file} にあります。</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>詳細は下にあります。</translation>
    </message>
    <message>
        <source>Something went wrong that Consensus did not expect: {error}

What you were doing may not have finished; the rest of the window still works. {where}</source>
        <translation>Consensus で予期しない問題が発生しました: {error}

作業が完了していない可能性がありますが、ウィンドウのほかの部分は引き続き使えます。{where}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>顧客向け</translation>
    </message>
    <message>
        <source>Only what the committee may see: who takes part, the shared ground in their own words, their decision criteria, the next steps and the plan. No stance, influence, profiles, findings, notes or score.</source>
        <translation>購買委員会が見てよい内容だけ: 参加者、本人たちの言葉での共通点、判断基準、次のステップと計画。スタンス・影響力・プロファイル・指摘事項・メモ・スコアは含めません。</translation>
    </message>
    <message>
        <source>As the window ({language})</source>
        <translation>ウィンドウと同じ（{language}）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>スライド</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>変更の起点日</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Saves in {folder} unless you choose another folder.</source>
        <translation>別のフォルダーを選ばなければ {folder} に保存します。</translation>
    </message>
    <message>
        <source>Exported the {kind} to {path}</source>
        <translation>{kind} を {path} にエクスポートしました</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>{file} は書き出されませんでした。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>エクスポートを取り消しました。何も書き出していません。</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Sized to the map</source>
        <translation>マップに合わせる</translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation>ワイド（16:9）</translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation>標準（4:3）</translation>
    </message>
    <message>
        <source>Map image (PNG)</source>
        <translation>マップ画像（PNG）</translation>
    </message>
    <message>
        <source>Map drawing (SVG)</source>
        <translation>マップ図（SVG）</translation>
    </message>
    <message>
        <source>Map on a page (PDF)</source>
        <translation>1ページのマップ（PDF）</translation>
    </message>
    <message>
        <source>Review brief (PDF)</source>
        <translation>レビュー・ブリーフ（PDF）</translation>
    </message>
    <message>
        <source>Review deck (PowerPoint)</source>
        <translation>レビュー資料（PowerPoint）</translation>
    </message>
    <message>
        <source>Committee (CSV)</source>
        <translation>購買委員会（CSV）</translation>
    </message>
    <message>
        <source>Priorities (CSV)</source>
        <translation>優先事項（CSV）</translation>
    </message>
    <message>
        <source>Committee, priorities and plan (XLSX)</source>
        <translation>購買委員会・優先事項・計画（XLSX）</translation>
    </message>
    <message>
        <source>Graph (GraphML)</source>
        <translation>グラフ（GraphML）</translation>
    </message>
    <message>
        <source>Graph for Gephi (GEXF)</source>
        <translation>Gephi 用グラフ（GEXF）</translation>
    </message>
    <message>
        <source>Account as interchange JSON</source>
        <translation>アカウント（交換用 JSON）</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>No preview: {reason}</source>
        <translation>プレビューなし: {reason}</translation>
    </message>
    <message>
        <source>Pages: {pages}, for the customer&apos;s committee: who takes part, the shared ground in their words, their criteria, next steps and the plan; no stance, influence, profiles, findings, score or notes.</source>
        <translation>{pages} ページ、顧客の購買委員会向け: 参加者、本人たちの言葉での共通点、判断基準、次のステップと計画。スタンス・影響力・プロファイル・指摘事項・スコア・メモはなし。</translation>
    </message>
    <message>
        <source>{pages} pages: title, map, committee ({members}), assessment ({readiness}); changes since {since}: {changes}.</source>
        <translation>{pages} ページ: 表紙、マップ、購買委員会（{members} 人）、評価（{readiness}）、{since} 以降の変更 {changes} 件。</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>ブリーフを準備しています…</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table.</source>
        <translation>{table} 表の {rows} 行のうち最初の {shown} 行。</translation>
    </message>
    <message>
        <source>The first {shown} of {rows} rows of the {table} table, a Priorities sheet and the Plan.</source>
        <translation>{table} 表の {rows} 行のうち最初の {shown} 行。ほかに優先事項シートと計画シート。</translation>
    </message>
    <message>
        <source>The {what} for the customer&apos;s committee: who takes part, the shared ground in their own words (as the drafts quote them), their decision criteria, the proposed next steps and the plan for deciding together. Nothing internal goes in: no stance, influence, profiles, findings, score, notes, evidence, personal wins or priorities, mobilizer kits or ties.</source>
        <translation>顧客の購買委員会向けの{what}: 参加者、ドラフトが引用する本人たちの言葉での共通点、判断基準、提案する次のステップ、一緒に決めるための計画。社内の情報は入れません: スタンス、影響力、プロファイル、指摘事項、スコア、メモ、根拠、個人的なメリットや優先事項、モビライザー向けキット、関係。</translation>
    </message>
    <message>
        <source>The whole account {account} as an interchange file — people: {people}, relationships: {ties}, priorities: {priorities}, pursuits: {pursuits}, messages: {messages}. It imports into any Consensus workspace.</source>
        <translation>アカウント {account} 全体を交換用ファイルに — 人物 {people}、関係 {ties}、優先事項 {priorities}、商談 {pursuits}、メッセージ {messages}。どの Consensus ワークスペースにも読み込めます。</translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the committee map as cards and lines you can move ({members} on the committee), the committee table, the assessment, the bridge themes, approved and drafted messages, and what changed since the date chosen.</source>
        <translation>編集できる PowerPoint 資料: 表紙スライド、動かせるカードと線で描いた購買委員会マップ（委員 {members} 人）、委員会の表、評価、架け橋テーマ、承認済みとドラフトのメッセージ、選んだ日以降の変更。</translation>
    </message>
    <message>
        <source>The pursuit&apos;s graph — people: {people} ({members} on the committee), their reporting lines, relationships: {ties}, with every attribute, for {tool}.</source>
        <translation>商談のグラフ — 人物 {people}（委員 {members} 人）、レポートライン、関係 {ties}、すべての属性付き。{tool} 向け。</translation>
    </message>
    <message>
        <source>not enough to assess yet</source>
        <translation>まだ評価できるだけの情報がありません</translation>
    </message>
    <message>
        <source>{score}/100, findings: {findings}</source>
        <translation>{score}/100、指摘事項 {findings} 件</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>the account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>the stakeholder</source>
        <translation>ステークホルダー</translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>the pursuit</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>the committee seat of</source>
        <translation>委員</translation>
    </message>
    <message>
        <source>the priority</source>
        <translation>優先事項</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>the plan step</source>
        <translation>計画のステップ</translation>
    </message>
    <message>
        <source>the themes of</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>function</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>スタンス</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>最終接触日</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>購買段階</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>上長</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>&lt;b&gt;Compared statements&lt;/b&gt; — click one to find who said it on the map</source>
        <translation>&lt;b&gt;比較した発言&lt;/b&gt; — クリックするとマップで発言者を探します</translation>
    </message>
    <message>
        <source>…and more pairs with no theme in common: {n}.</source>
        <translation>…共通のテーマがないペアがほかに {n} 組あります。</translation>
    </message>
    <message>
        <source>both sign off</source>
        <translation>双方が承認者</translation>
    </message>
    <message>
        <source>{function}: no statement to show</source>
        <translation>{function}: 表示できる発言なし</translation>
    </message>
    <message>
        <source>theme “{theme}”</source>
        <translation>テーマ「{theme}」</translation>
    </message>
    <message>
        <source>in no agreed theme</source>
        <translation>合意されたテーマに含まれない</translation>
    </message>
    <message>
        <source>{name} ({function}) said this; click to find them on the map</source>
        <translation>{name}（{function}）の発言です。クリックするとマップで探します</translation>
    </message>
</context>
<context>
    <name>ForgetPerson</name>
    <message>
        <source>Erase the selected person everywhere, history included (cannot be undone)</source>
        <translation>選んだ人物を履歴も含めてすべての場所から消去します（元に戻せません）</translation>
    </message>
    <message>
        <source>Forget {name}?</source>
        <translation>{name} を忘れますか？</translation>
    </message>
    <message>
        <source>Forget {name} at {account}, as when they ask to be erased?

Their record, priorities, committee seats, ties and map positions go, every change-log entry about them is erased, and where colleagues&apos; notes or messages name them or quote them, those words are replaced. The undo history is cleared.

This cannot be undone.</source>
        <translation>本人から消去を求められたときのように、{account} の {name} を忘れますか？

人物の記録、優先事項、委員会の席、関係、マップ上の位置が消え、この人に関する変更履歴はすべて消去され、同僚のメモやメッセージ内の名前や引用は置き換えられます。元に戻す履歴も消えます。

この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘れる</translation>
    </message>
    <message>
        <source>{name} could not be forgotten</source>
        <translation>{name} を忘れることができませんでした</translation>
    </message>
    <message>
        <source>Forgetting {name}…</source>
        <translation>{name} を忘れています…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Consensus maps and contact lists (*.json *.csv *.xlsx);;Consensus map (*.json);;Contacts (*.csv *.xlsx)</source>
        <translation>Consensus マップと連絡先リスト (*.json *.csv *.xlsx);;Consensus マップ (*.json);;連絡先 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Could not import the file</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>{file} was not imported.</source>
        <translation>{file} は読み込まれませんでした。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>ファイルを読めませんでした</translation>
    </message>
    <message>
        <source>Someone changed the people meanwhile: import the file again.</source>
        <translation>その間にほかの人が人物を変更しました。ファイルをもう一度読み込んでください。</translation>
    </message>
    <message>
        <source>Could not import the people</source>
        <translation>人物を読み込めませんでした</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing changed.</source>
        <translation>{file} は読み込まれず、何も変わっていません。</translation>
    </message>
    <message>
        <source>Importing people from {file}…</source>
        <translation>{file} から人物を読み込んでいます…</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>新規 {new}、更新 {updated}、変更なし {unchanged}</translation>
    </message>
    <message>
        <source>, {removed} removed</source>
        <translation>、削除 {removed}</translation>
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
    <message>
        <source>Assessment failed</source>
        <translation>評価に失敗しました</translation>
    </message>
    <message>
        <source>Themes failed</source>
        <translation>テーマの抽出に失敗しました</translation>
    </message>
    <message>
        <source>Drafting messages failed</source>
        <translation>メッセージの作成に失敗しました</translation>
    </message>
    <message>
        <source>Drafting messages…</source>
        <translation>メッセージを作成しています…</translation>
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
        <source>Mark as left the company…</source>
        <translation>退職済みにする…</translation>
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
        <source>Left the company on {day}</source>
        <translation>{day} に退職</translation>
    </message>
    <message>
        <source>Not read: {why}</source>
        <translation>読み込めませんでした: {why}</translation>
    </message>
    <message>
        <source>{kind} · importance {importance}</source>
        <translation>{kind} · 重要度 {importance}</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>名前は必須です。</translation>
    </message>
    <message>
        <source>Not possible: this would make a reporting cycle ({names}).</source>
        <translation>できません: レポートラインが循環します（{names}）。</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>優先事項を編集</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>本人の言葉で</translation>
    </message>
    <message>
        <source>Views on the team:</source>
        <translation>チーム内の見方:</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>先行</translation>
    </message>
    <message>
        <source>with the group</source>
        <translation>グループと同じ</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>{name} の段階を移動</translation>
    </message>
    <message>
        <source>What moved them: a meeting, a new requirement, a doubt…</source>
        <translation>動いたきっかけ: 会議、新しい要件、疑問…</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What moved them</source>
        <translation>動いたきっかけ</translation>
    </message>
    <message>
        <source>(back a stage)</source>
        <translation>（前の段階に戻った）</translation>
    </message>
    <message>
        <source>earlier moves: {n}</source>
        <translation>それ以前の移動 {n} 件</translation>
    </message>
    <message>
        <source>No moves recorded yet</source>
        <translation>記録された移動はまだありません</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Against the group</source>
        <translation>グループとの比較</translation>
    </message>
    <message>
        <source>moved back · {standing}</source>
        <translation>後戻り · {standing}</translation>
    </message>
    <message>
        <source>{stage} since {day}</source>
        <translation>{day} から {stage}</translation>
    </message>
    <message>
        <source>Nobody on the committee yet.</source>
        <translation>購買委員会にはまだ誰もいません。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The group is at &lt;b&gt;{group}&lt;/b&gt; (the pursuit: {pursuit}). {ahead} ahead, {with_group} with the group, {behind} behind, {unknown} not known.</source>
        <translation>グループは&lt;b&gt;{group}&lt;/b&gt;の段階です（商談: {pursuit}）。先行 {ahead} 人、同じ {with_group} 人、遅れ {behind} 人、不明 {unknown} 人。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark {name} as left the company</source>
        <translation>{name} を退職済みにする</translation>
    </message>
    <message>
        <source>{name} left the company</source>
        <translation>{name} が退職</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>none (they sit on no committee)</source>
        <translation>なし（どの委員会にも入っていません）</translation>
    </message>
    <message>
        <source>Kept: their record, priorities, ties and buying-stage history; the map shows them faded and marked “left”, and the assessment no longer counts them.&lt;br&gt;&lt;b&gt;Taken off:&lt;/b&gt; {seats}. Edit ▸ Undo seats them again.</source>
        <translation>残すもの: 人物の記録、優先事項、関係、購買段階の履歴。マップでは薄く「退職」と表示され、評価には数えません。&lt;br&gt;&lt;b&gt;外すもの:&lt;/b&gt; {seats}。編集 ▸ 元に戻す で席に戻せます。</translation>
    </message>
    <message>
        <source>What {pursuit} loses</source>
        <translation>{pursuit} が失うもの</translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation>評価しています…</translation>
    </message>
    <message>
        <source>Findings raised</source>
        <translation>新たに生じる指摘事項</translation>
    </message>
    <message>
        <source>Findings resolved</source>
        <translation>解消される指摘事項</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>退職済みにする</translation>
    </message>
    <message>
        <source>Readiness: could not be assessed ({reason})</source>
        <translation>準備度: 評価できません（{reason}）</translation>
    </message>
    <message>
        <source>Assessing what the group loses…</source>
        <translation>グループが失うものを評価しています…</translation>
    </message>
    <message>
        <source>Readiness: not enough to assess yet</source>
        <translation>準備度: まだ評価できるだけの情報がありません</translation>
    </message>
    <message>
        <source>Readiness {before} → not enough to assess</source>
        <translation>準備度 {before} → 評価できるだけの情報なし</translation>
    </message>
    <message>
        <source>Readiness {before} → {after} ({delta} points)</source>
        <translation>準備度 {before} → {after}（{delta} ポイント）</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— なし —</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Reloaded from the workspace</source>
        <translation>ワークスペースから再読み込みしました</translation>
    </message>
    <message>
        <source>The workspace file was replaced on disk: showing it as it is now</source>
        <translation>ワークスペースのファイルがディスク上で置き換えられました。現在の内容を表示します</translation>
    </message>
    <message>
        <source>Updated from the workspace — {changes}</source>
        <translation>ワークスペースから更新 — {changes}</translation>
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
        <source>Back to &amp;your workspace</source>
        <translation>自分のワークスペースに戻る(&amp;Y)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>デモ用ワークスペースを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Demo workspace: a fresh copy, your own workspace is untouched (File ▸ Back to your workspace)</source>
        <translation>デモ用ワークスペース: 新しいコピーです。自分のワークスペースは変更されません(ファイル ▸ 自分のワークスペースに戻る)</translation>
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
        <source>Import</source>
        <translation>インポート</translation>
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
        <source>&amp;Portfolio board…</source>
        <translation>ポートフォリオボード(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark as &amp;left the company…</source>
        <translation>退職済みにする(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MapCard</name>
    <message>
        <source>strength {n} of 3</source>
        <translation>強さ {n}/3</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>グループ {n}</translation>
    </message>
    <message>
        <source>On the committee view: {reason}</source>
        <translation>委員会ビューに表示される理由: {reason}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>{n} of 5</source>
        <translation>{n}/5</translation>
    </message>
    <message>
        <source>yes — formal sign-off</source>
        <translation>はい — 正式な承認</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not on this pursuit&apos;s committee</source>
        <translation>この商談の購買委員会には入っていません</translation>
    </message>
</context>
<context>
    <name>MapSync</name>
    <message>
        <source>Laying out {n} people…</source>
        <translation>{n} 人を配置しています…</translation>
    </message>
</context>
<context>
    <name>MarkLeft</name>
    <message>
        <source>The selected person left the customer: keep their history, take them off the committees (shows first what the group loses; undoable)</source>
        <translation>選んだ人物が顧客を離れました: 履歴は残し、委員会から外します（先にグループが失うものを表示。元に戻せます）</translation>
    </message>
    <message>
        <source>{name} could not be marked as left</source>
        <translation>{name} を退職済みにできませんでした</translation>
    </message>
</context>
<context>
    <name>MessageLibraryView</name>
    <message>
        <source>Search all accounts&apos; messages…</source>
        <translation>すべてのアカウントのメッセージを検索…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ドラフト</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>ドラフトに戻す</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>ドラフトに戻す</translation>
    </message>
</context>
<context>
    <name>MessagingPanel</name>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシア語</translation>
    </message>
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
        <source>no shared theme yet</source>
        <translation>まだ共通のテーマはありません</translation>
    </message>
    <message>
        <source>the committee&apos;s language</source>
        <translation>購買委員会の言語</translation>
    </message>
    <message>
        <source>Writing the drafts in {language}…</source>
        <translation>{language}でメッセージ案を作成しています…</translation>
    </message>
    <message>
        <source>Check: {problem}.</source>
        <translation>確認: {problem}。</translation>
    </message>
    <message>
        <source>Saved “{title}” to the message library as a draft</source>
        <translation>「{title}」をドラフトとしてメッセージライブラリに保存しました</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search accounts, pursuits and people…</source>
        <translation>アカウント・商談・人物を検索…</translation>
    </message>
    <message>
        <source>{name}: select on the map</source>
        <translation>{name}: マップで選択</translation>
    </message>
    <message>
        <source>New pursuit…</source>
        <translation>新しい商談…</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>アカウントを編集…</translation>
    </message>
    <message>
        <source>Edit pursuit…</source>
        <translation>商談を編集…</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Delete pursuit</source>
        <translation>商談を削除</translation>
    </message>
</context>
<context>
    <name>NoPursuitHint</name>
    <message>
        <source>Create the first pursuit…</source>
        <translation>最初の商談を作成…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pursuit yet for {account}&lt;/b&gt;&lt;br&gt;A pursuit holds the map of its buying committee.</source>
        <translation>&lt;b&gt;{account} にはまだ商談がありません&lt;/b&gt;&lt;br&gt;商談には購買委員会のマップが入ります。</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>ワークスペースを開いています…</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>save the change</source>
        <translation>変更の保存</translation>
    </message>
    <message>
        <source>Saving to the team workspace…</source>
        <translation>チームのワークスペースに保存しています…</translation>
    </message>
    <message>
        <source>Redoing: {what}…</source>
        <translation>やり直し: {what}…</translation>
    </message>
    <message>
        <source>Undoing: {what}…</source>
        <translation>元に戻す: {what}…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Set to today</source>
        <translation>今日にする</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>No date: show “{never}”</source>
        <translation>日付なし:「{never}」と表示</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Changes not saved yet</source>
        <translation>まだ保存されていない変更</translation>
    </message>
    <message>
        <source>{waiting} for the workspace database, which cannot be reached:</source>
        <translation>ワークスペースのデータベースに接続できないため、{waiting}:</translation>
    </message>
    <message>
        <source>Close anyway and lose them?</source>
        <translation>それでも閉じて変更を失いますか？</translation>
    </message>
    <message>
        <source>Reconnected to the workspace</source>
        <translation>ワークスペースに再接続しました</translation>
    </message>
    <message>
        <source>The workspace database cannot be reached: {waiting}retrying every {seconds} s.</source>
        <translation>ワークスペースのデータベースに接続できません: {waiting}{seconds} 秒ごとに再試行します。</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>— not in the file —</source>
        <translation>— ファイルにない —</translation>
    </message>
    <message>
        <source>A new account, named:</source>
        <translation>新しいアカウント（名前）:</translation>
    </message>
    <message>
        <source>the same CRM id, else email, else name and title</source>
        <translation>同じ CRM ID、なければメール、なければ名前と役職</translation>
    </message>
    <message>
        <source>the same CRM id (Contact ID)</source>
        <translation>同じ CRM ID（Contact ID）</translation>
    </message>
    <message>
        <source>the same email</source>
        <translation>同じメールアドレス</translation>
    </message>
    <message>
        <source>the same name and title</source>
        <translation>同じ名前と役職</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>{file} から人物を読み込む</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>どの列に何が入っているか</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Account in the file</source>
        <translation>ファイル内のアカウント</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>処理内容</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>問題のある行だけを表示</translation>
    </message>
    <message>
        <source>{lines} and {n} more</source>
        <translation>{lines} ほか {n} 件</translation>
    </message>
    <message>
        <source>{lines} and {last}</source>
        <translation>{lines}、{last}</translation>
    </message>
    <message>
        <source>Not in this export — left the company?</source>
        <translation>このエクスポートにいない人 — 退職しましたか？</translation>
    </message>
    <message>
        <source>Tick the people who left. Marked as left, they keep their history and leave the committees (Edit ▸ Undo puts them back); removed, they go with their seats, priorities and ties. Nothing happens to anyone unticked.</source>
        <translation>離れた人にチェックを付けてください。退職済みにすると履歴は残り、委員会から外れます（編集 ▸ 元に戻す で戻せます）。削除すると席・優先事項・関係ごと消えます。チェックしていない人には何もしません。</translation>
    </message>
    <message>
        <source>Mark the ticked people as left the company</source>
        <translation>チェックした人を退職済みにする</translation>
    </message>
    <message>
        <source>Remove the ticked people from the account</source>
        <translation>チェックした人をアカウントから削除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Into account</source>
        <translation>取り込み先アカウント</translation>
    </message>
    <message>
        <source>A row is someone already there when it has</source>
        <translation>既存の人物とみなす条件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; ({rows}, {encoding})</source>
        <translation>&lt;b&gt;プレビュー&lt;/b&gt;（{rows}、{encoding}）</translation>
    </message>
    <message>
        <source>The file says these people work at “{name}”, which could be {listed}. Choose the account, or a new one.</source>
        <translation>ファイルではこの人たちの勤務先は「{name}」で、{listed} のいずれかの可能性があります。アカウントを選ぶか、新しく作ってください。</translation>
    </message>
    <message>
        <source>Not yet: choose the account these people work at.</source>
        <translation>まだです: この人たちの勤務先アカウントを選んでください。</translation>
    </message>
    <message>
        <source>Not yet: give the new account a name.</source>
        <translation>まだです: 新しいアカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>Planning {rows}…</source>
        <translation>{rows} を計画しています…</translation>
    </message>
    <message>
        <source>Not yet: {reason}.</source>
        <translation>まだです: {reason}。</translation>
    </message>
    <message>
        <source>{rows} of other accounts left out.</source>
        <translation>ほかのアカウントの {rows} は除外しました。</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>読み込むものはありません</translation>
    </message>
    <message>
        <source>Ready: {counts}.</source>
        <translation>準備完了: {counts}。</translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>注: {warning}</translation>
    </message>
    <message>
        <source>Import into another account?</source>
        <translation>別のアカウントに読み込みますか？</translation>
    </message>
    <message>
        <source>{file} says these people work at {named}, not at “{target}”.

Import them into {target} anyway?</source>
        <translation>{file} ではこの人たちの勤務先は「{target}」ではなく {named} です。

それでも {target} に読み込みますか？</translation>
    </message>
    <message>
        <source>Remove people?</source>
        <translation>人物を削除しますか？</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
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
        <source>(not on the committee)</source>
        <translation>（委員会外）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>overdue {days} d</source>
        <translation>{days} 日超過</translation>
    </message>
    <message>
        <source>Open a pursuit to plan it.</source>
        <translation>商談を開いて計画を立ててください。</translation>
    </message>
    <message>
        <source>No plan yet: agree the steps to a decision with the customer and add them here.</source>
        <translation>計画はまだありません。意思決定までのステップを顧客と合意し、ここに追加してください。</translation>
    </message>
    <message>
        <source>{steps}, {done} done</source>
        <translation>{steps}、完了 {done}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, {late} overdue.</source>
        <translation>、超過 {late}。</translation>
    </message>
</context>
<context>
    <name>PortfolioBoard</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Pursuit</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>段階の日数</translation>
    </message>
    <message>
        <source>Days idle</source>
        <translation>動きのない日数</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>準備度</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation>重大な指摘事項</translation>
    </message>
    <message>
        <source>Being assessed in the background</source>
        <translation>バックグラウンドで評価中</translation>
    </message>
    <message>
        <source>No score: fewer than two people on its committee</source>
        <translation>スコアなし: 委員会の人数が 2 人未満です</translation>
    </message>
    <message>
        <source>Provisional: assessed without the committee&apos;s themes, because its priorities&apos; sentence vectors are not stored yet, so divergent priorities do not count. Open the pursuit to assess it fully.</source>
        <translation>暫定: 優先事項の文ベクトルがまだ保存されていないため、委員会のテーマなしで評価しました。食い違う優先事項は数えていません。完全に評価するには商談を開いてください。</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>The colleague on the account team who owns the pursuit (change it in its details)</source>
        <translation>商談を担当するアカウントチームの同僚（詳細で変更できます）</translation>
    </message>
    <message>
        <source>Days since the pursuit reached its stage (from the change log: its last change of stage, else when it was created or imported)</source>
        <translation>商談が現在の段階に入ってからの日数（変更履歴から: 最後の段階変更、なければ作成または読み込みの日）</translation>
    </message>
    <message>
        <source>Days since anything about the pursuit or its account&apos;s people changed</source>
        <translation>商談やそのアカウントの人物に最後に変化があってからの日数</translation>
    </message>
    <message>
        <source>Nothing has changed in the number of days set above the table</source>
        <translation>表の上で設定した日数のあいだ何も変わっていない</translation>
    </message>
    <message>
        <source>The latest kept assessment&apos;s score, 0–100 (… : being assessed; *: provisional, assessed without the committee&apos;s themes)</source>
        <translation>最後に保存された評価のスコア、0–100（…: 評価中、*: 委員会のテーマなしで評価した暫定値）</translation>
    </message>
    <message>
        <source>The change since the day before, and the daily scores kept, oldest left</source>
        <translation>前日からの変化と保存された日ごとのスコア（左が最も古い）</translation>
    </message>
    <message>
        <source>Critical findings in the latest assessment</source>
        <translation>最新の評価の重大な指摘事項</translation>
    </message>
</context>
<context>
    <name>PortfolioThemesView</name>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>発言</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>本人たちの言葉</translation>
    </message>
    <message>
        <source>any industry</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>Any function</source>
        <translation>すべての部門</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>Find themes</source>
        <translation>テーマを探す</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Themes that recur across accounts, and each function&apos;s own words for them: choose the accounts and press Find themes.</source>
        <translation>複数のアカウントに繰り返し現れるテーマと、部門ごとの言い回し: アカウントを選んで「テーマを探す」を押してください。</translation>
    </message>
    <message>
        <source>Finding themes across accounts…</source>
        <translation>アカウント横断でテーマを探しています…</translation>
    </message>
    <message>
        <source>Could not find the portfolio&apos;s themes</source>
        <translation>ポートフォリオのテーマを見つけられませんでした</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>用語: {terms}</translation>
    </message>
    <message>
        <source>{themes} across {accounts}, those in the most accounts first. Expand a theme for the words each function uses.</source>
        <translation>{accounts} にわたる {themes}。多くのアカウントに出るものから順に表示。テーマを開くと部門ごとの言い回しが見られます。</translation>
    </message>
    <message>
        <source>No priorities match in {accounts}: widen the choice.</source>
        <translation>{accounts} には該当する優先事項がありません。選択を広げてください。</translation>
    </message>
    <message>
        <source>Export the portfolio&apos;s themes</source>
        <translation>ポートフォリオのテーマをエクスポート</translation>
    </message>
    <message>
        <source>Portfolio themes</source>
        <translation>ポートフォリオのテーマ</translation>
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
        <translation>ポートフォリオ — Consensus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>A pursuit is stalled when nothing about it has changed in this many days</source>
        <translation>この日数のあいだ何も変わらなければ、商談は停滞とみなします</translation>
    </message>
    <message>
        <source>Only the pursuits this colleague owns</source>
        <translation>この同僚が担当する商談のみ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX をエクスポート…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF をエクスポート…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>停滞とみなす日数</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>Themes for marketing</source>
        <translation>マーケティング向けテーマ</translation>
    </message>
    <message>
        <source>Could not assess the portfolio</source>
        <translation>ポートフォリオを評価できませんでした</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>ポートフォリオを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not read the portfolio</source>
        <translation>ポートフォリオを読み込めませんでした</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>担当者 {name}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>industry {name}</source>
        <translation>業種 {name}</translation>
    </message>
    <message>
        <source>region {name}</source>
        <translation>地域 {name}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>段階 {name}</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the portfolio board</source>
        <translation>ポートフォリオボードをエクスポート</translation>
    </message>
    <message>
        <source>Portfolio board</source>
        <translation>ポートフォリオボード</translation>
    </message>
    <message>
        <source>Exporting the portfolio board to {file}…</source>
        <translation>ポートフォリオボードを {file} に書き出しています…</translation>
    </message>
    <message>
        <source>{file} was not written.</source>
        <translation>{file} は書き出されませんでした。</translation>
    </message>
    <message>
        <source>Could not export the portfolio board</source>
        <translation>ポートフォリオボードを書き出せませんでした</translation>
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
    <name>PursuitOwner</name>
    <message>
        <source>The colleague on the account team who owns this pursuit</source>
        <translation>この商談を担当するアカウントチームの同僚</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>RatingBadges</name>
    <message>
        <source>Colleagues see {name} differently:</source>
        <translation>同僚の間で {name} の見方が分かれています:</translation>
    </message>
    <message>
        <source>(agreed {value})</source>
        <translation>（合意 {value}）</translation>
    </message>
</context>
<context>
    <name>ReadinessFiller</name>
    <message>
        <source>Assessing {pursuits} for the portfolio board…</source>
        <translation>ポートフォリオボード用に {pursuits} を評価しています…</translation>
    </message>
</context>
<context>
    <name>ReadinessHistory</name>
    <message>
        <source>Readiness over time</source>
        <translation>準備度の推移</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>レビュー済みにする</translation>
    </message>
    <message>
        <source>Keep today&apos;s assessment as a review: later changes are compared with it</source>
        <translation>今日の評価をレビューとして保存します。以後の変化はこれと比較します</translation>
    </message>
    <message>
        <source>Not reviewed yet: mark a review to compare later changes with it.</source>
        <translation>まだレビューしていません: レビュー済みにすると、以後の変化と比較できます。</translation>
    </message>
    <message>
        <source>Since the last review</source>
        <translation>前回のレビュー以降</translation>
    </message>
</context>
<context>
    <name>SplitThemeDialog</name>
    <message>
        <source>Split theme</source>
        <translation>テーマを分割</translation>
    </message>
    <message>
        <source>Tick the statements that belong to a new theme, apart from {theme}.</source>
        <translation>{theme} から分けて新しいテーマにする発言にチェックを付けてください。</translation>
    </message>
    <message>
        <source>What the new theme is about</source>
        <translation>新しいテーマの内容</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>New theme&apos;s name</source>
        <translation>新しいテーマの名前</translation>
    </message>
    <message>
        <source>Tick some of the statements, not none and not all of them.</source>
        <translation>発言の一部にチェックを付けてください（ゼロや全部は不可）。</translation>
    </message>
    <message>
        <source>Give the new theme a name.</source>
        <translation>新しいテーマに名前を付けてください。</translation>
    </message>
</context>
<context>
    <name>StoredWords</name>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>pursuit</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>committee seat</source>
        <translation>委員会の席</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>優先事項</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>plan step</source>
        <translation>計画のステップ</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー（短い ID）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>function</source>
        <translation>職能</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>personal win</source>
        <translation>個人的なメリット</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>left the company on</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>上司</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>クローズ予定日</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>購買上の役割</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>スタンス</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <source>buying stage</source>
        <translation>購買段階</translation>
    </message>
    <message>
        <source>in the buying stage since</source>
        <translation>購買段階に入った日</translation>
    </message>
    <message>
        <source>last engaged</source>
        <translation>最終接触</translation>
    </message>
    <message>
        <source>last checked</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>text of the message</source>
        <translation>メッセージの本文</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>タスク {n} 件</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop “{task}”; other tasks go on</source>
        <translation>「{task}」を中止（ほかのタスクは続きます）</translation>
    </message>
</context>
<context>
    <name>TeamPassword</name>
    <message>
        <source>Team workspace password</source>
        <translation>チームのワークスペースのパスワード</translation>
    </message>
    <message>
        <source>Password for {user} on {server}:</source>
        <translation>{server} の {user} のパスワード:</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
</context>
<context>
    <name>ThemeCorrector</name>
    <message>
        <source>Correct a theme: select it (or a statement) and use these buttons, right-click it, or drag a statement onto another theme. Edit ▸ Undo takes a correction back.</source>
        <translation>テーマの修正: テーマ（または発言）を選んでこれらのボタンを使うか、右クリックするか、発言を別のテーマにドラッグします。編集 ▸ 元に戻す で修正を取り消せます。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Give the selected theme your own name</source>
        <translation>選んだテーマに自分で名前を付ける</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>別のテーマに統合…</translation>
    </message>
    <message>
        <source>Put the selected theme&apos;s statements into another theme</source>
        <translation>選んだテーマの発言を別のテーマに入れる</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>分割…</translation>
    </message>
    <message>
        <source>Move some of the selected theme&apos;s statements to a new theme</source>
        <translation>選んだテーマの発言の一部を新しいテーマに移す</translation>
    </message>
    <message>
        <source>Not a theme</source>
        <translation>テーマではない</translation>
    </message>
    <message>
        <source>The selected theme&apos;s statements are unthemed</source>
        <translation>選んだテーマの発言をテーマなしにする</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移動…</translation>
    </message>
    <message>
        <source>Move the selected statement to another theme, or to none</source>
        <translation>選んだ発言を別のテーマへ移すか、どのテーマからも外す</translation>
    </message>
    <message>
        <source>Or right-click a theme or a statement, or drag a statement onto a theme.</source>
        <translation>または、テーマや発言を右クリックするか、発言をテーマにドラッグします。</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>テーマの名前を変更</translation>
    </message>
    <message>
        <source>The theme&apos;s name</source>
        <translation>テーマの名前</translation>
    </message>
    <message>
        <source>Back to the themes (the app places it)</source>
        <translation>テーマに戻す（アプリが振り分けます）</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>テーマなし</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <source>Let the app group it again</source>
        <translation>アプリにまとめ直させる</translation>
    </message>
    <message>
        <source>Your corrections of this theme go; the app groups its statements anew</source>
        <translation>このテーマへの修正は消え、アプリが発言をまとめ直します</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移動先</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <source>Agreement: how alike its statements are (0–1). Below the line the theme&apos;s members do not agree, and it is never offered as a bridge.</source>
        <translation>一致度: 発言がどれだけ似ているか（0–1）。基準線を下回るとメンバーの意見は一致しておらず、架け橋テーマとして提案されません。</translation>
    </message>
    <message>
        <source>Loosely related: shown with this theme, but not counted for bridges, drafts or the brief.</source>
        <translation>関連が弱い: このテーマと一緒に表示されますが、架け橋・ドラフト・ブリーフには数えません。</translation>
    </message>
    <message>
        <source>Corrected on this account (renamed, merged, split or a statement moved): kept when the themes are found again, and new statements like these join it. Edit ▸ Undo takes a correction back.</source>
        <translation>このアカウントで修正済み（名前変更・統合・分割・発言の移動）: テーマを探し直しても残り、似た新しい発言もここに加わります。編集 ▸ 元に戻す で修正を取り消せます。</translation>
    </message>
    <message>
        <source>Themes whose members do not agree are not offered as themes: their statements are listed here.</source>
        <translation>メンバーの意見が一致しないテーマはテーマとして提案せず、その発言をここに並べます。</translation>
    </message>
    <message>
        <source>Themes by meaning (multilingual model)</source>
        <translation>意味によるテーマ（多言語モデル）</translation>
    </message>
    <message>
        <source>Themes by shared words (the model is not installed)</source>
        <translation>共通の語によるテーマ（モデル未インストール）</translation>
    </message>
    <message>
        <source>agreement {value}</source>
        <translation>一致度 {value}</translation>
    </message>
    <message>
        <source>members do not agree</source>
        <translation>メンバーの意見が一致しない</translation>
    </message>
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
    <message>
        <source>{n} fit no theme</source>
        <translation>{n} 件はどのテーマにも合わない</translation>
    </message>
    <message>
        <source>{n} taken out of the themes</source>
        <translation>{n} 件はテーマから外した</translation>
    </message>
    <message>
        <source>{themes} from {priorities}</source>
        <translation>{priorities} から {themes}</translation>
    </message>
    <message>
        <source>{n} shared across functions.</source>
        <translation>部門をまたいで共有 {n} 件。</translation>
    </message>
    <message>
        <source>{n} corrected on this account.</source>
        <translation>このアカウントで修正 {n} 件。</translation>
    </message>
    <message>
        <source>Nothing in common yet: {pairs}.</source>
        <translation>まだ共通点なし: {pairs}。</translation>
    </message>
    <message>
        <source>{share} of the group · {functions}</source>
        <translation>グループの {share} · {functions}</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>loosely related</source>
        <translation>関連が弱い</translation>
    </message>
    <message>
        <source>fit {value}</source>
        <translation>適合度 {value}</translation>
    </message>
    <message>
        <source>Unthemed</source>
        <translation>テーマなし</translation>
    </message>
    <message>
        <source>Said in words no other statement comes close to, or taken out of the themes.</source>
        <translation>ほかの発言に近い言い回しがない、またはテーマから外した発言です。</translation>
    </message>
    <message>
        <source>taken out of the themes</source>
        <translation>テーマから外した</translation>
    </message>
</context>
<context>
    <name>ThemesService</name>
    <message>
        <source>Finding shared themes…</source>
        <translation>共通のテーマを探しています…</translation>
    </message>
    <message>
        <source>Preparing themes for the account…</source>
        <translation>アカウントのテーマを準備しています…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No readings kept yet</source>
        <translation>記録はまだありません</translation>
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
    <message>
        <source>Open the demo workspace</source>
        <translation>デモ用ワークスペースを開く</translation>
    </message>
    <message>
        <source>Three sample accounts to explore</source>
        <translation>試せるサンプルアカウント 3 件</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>Start mapping a customer of yours</source>
        <translation>自分の顧客のマップ作りを始める</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>ファイルを読み込む…</translation>
    </message>
    <message>
        <source>A Consensus map (.json), or CRM contacts (.csv, .xlsx)</source>
        <translation>Consensus マップ（.json）または CRM の連絡先（.csv、.xlsx）</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <source>becomes {stance} ({value})</source>
        <translation>{stance}（{value}）になる</translation>
    </message>
    <message>
        <source>leaves the committee</source>
        <translation>委員会を離れる</translation>
    </message>
    <message>
        <source>gains influence over…</source>
        <translation>…への影響力を得る</translation>
    </message>
    <message>
        <source>Add change</source>
        <translation>変更を追加</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>変更を削除</translation>
    </message>
    <message>
        <source>Back to the real assessment</source>
        <translation>実際の評価に戻る</translation>
    </message>
    <message>
        <source>Discard the imagined changes (nothing was saved)</source>
        <translation>仮の変更を破棄します（何も保存されていません）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>What</source>
        <translation>どうなる</translation>
    </message>
    <message>
        <source>Over whom</source>
        <translation>誰に対して</translation>
    </message>
    <message>
        <source>{name} becomes {stance}</source>
        <translation>{name} が{stance}になる</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>{name} が離れる</translation>
    </message>
    <message>
        <source>{name} is engaged</source>
        <translation>{name} と接触する</translation>
    </message>
    <message>
        <source>{name} gains influence over {other}</source>
        <translation>{name} が {other} への影響力を得る</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Could not {what}</source>
        <translation>実行できませんでした: {what}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} を編集</translation>
    </message>
    <message>
        <source> and </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>{name} の {what} を変更</translation>
    </message>
    <message>
        <source>the buying stage was not changed</source>
        <translation>購買段階は変更されませんでした</translation>
    </message>
    <message>
        <source>{field} was not changed</source>
        <translation>{field} は変更されませんでした</translation>
    </message>
    <message>
        <source>Edit a priority of {name}</source>
        <translation>{name} の優先事項を編集</translation>
    </message>
    <message>
        <source>Remove a priority of {name}</source>
        <translation>{name} の優先事項を削除</translation>
    </message>
    <message>
        <source>Change relationship {what}</source>
        <translation>関係の {what} を変更</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>関係を削除</translation>
    </message>
    <message>
        <source>Could not mark the pursuit as reviewed</source>
        <translation>商談をレビュー済みにできませんでした</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <source>Opening your local workspace.</source>
        <translation>ローカルのワークスペースを開きます。</translation>
    </message>
    <message>
        <source>Cannot reach the team workspace</source>
        <translation>チームのワークスペースに接続できません</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>ワークスペースを開けません</translation>
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
    <message>
        <source>Use the &amp;local workspace</source>
        <translation>ローカルのワークスペースを使う(&amp;L)</translation>
    </message>
</context>
</TS>
