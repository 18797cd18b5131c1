"""使い方・ヘルプ: one page per feature of this site (HowToPage, mode "help", under /help/).

How to save (autosave, 下書き, 保存, history), download (Excel/PDF), upload an Excel file, delete the
account, use 例文, the self-diagnosis, the life-line chart, sharing with a supporter, and signing in
(password, e-mail, 2段階認証, マイナポータル). Each page says what the feature does, the steps, what
can go wrong, and links to the feature itself. Written from the features as built (docs/features/,
docs/accounts.md); keep them in step when a feature changes.
"""

from .guides import _callout, _h2, _links, _p, _page, _steps


def _a(path, text):
    return f'<a href="{path}">{text}</a>'


def _help(key, slug, ja, en, user_types=("job_seeker", "employed", "student")):
    return {
        "key": key,
        "slug": slug,
        "mode": "help",
        "user_types": list(user_types),
        "purposes": ["career_review", "job_search", "training"],
        "ja": ja,
        "en": en,
    }


HELP_PAGES = [
    _help(
        "help-save",
        "help-save",
        {
            "title": "入力内容を保存する（自動保存・下書き・保存・履歴）",
            "intro": "様式の入力画面では、書いた内容が自動で下書きとして保存されます。"
            "「入力内容を確認する」から「保存する」を押すと保存済みの版になり、いつでも前の版に戻せます。",
            "body": [
                _h2("自動保存（下書き）"),
                _p(
                    "<p>様式の入力画面（例："
                    + _a("/card/sheets/1-1/", "様式1-1 キャリア・プランシート")
                    + "）で入力を止めて約3秒たったときや、別の欄に移ったときに、入力内容が自動で「下書き」としてサーバーに保存されます。"
                    "画面下の表示に「下書きを自動保存しました（20:01）」のように保存の時刻が出ます。"
                    "通信が途切れたときは「まだ保存されていません」と表示され、つながり次第、自動でもう一度保存します。"
                    "保存が終わる前にページを離れようとすると、確認のメッセージが出ます。</p>"
                ),
                _h2("保存する（保存済みの版をつくる）"),
                _steps(
                    "下書きを保存済みの版にする手順",
                    [
                        ("書けるところまで書く", "<p>必須の欄はありません。書けた欄だけで構いません。</p>"),
                        (
                            "「入力内容を確認する」を押す",
                            "<p>入力した内容が1ページにまとめて表示されます。"
                            "直したい欄は「変更する」から入力画面に戻れます。"
                            "日付の書き方などに誤りがあると、その欄の横に理由が表示されます。</p>",
                        ),
                        (
                            "「保存する」を押す",
                            "<p>保存済みの版になり、"
                            + _a("/card/", "ジョブ・カードの作成（/card/）")
                            + "の一覧で「保存済み」と表示されます。これでジョブ・カードを作成したことになります。</p>",
                        ),
                    ],
                ),
                _callout(
                    "info",
                    "ダウンロード・共有・履歴書に使われるのは保存済みの版です",
                    "<p>下書きは書きかけの内容として扱われ、ダウンロード、支援者との共有、履歴書の作成には使われません。"
                    "書き直したあとは、もう一度「保存する」を押してください。</p>",
                ),
                _h2("前の版に戻す（保存履歴）"),
                _p(
                    "<p>保存するたびに版が記録されます。入力画面の「保存履歴を見る」"
                    "（例：" + _a("/card/sheets/2/history/", "様式2の保存履歴") + "）で版を選んで内容を確かめ、"
                    "「この版に戻す」を押すと、その版が新しい保存済みの版になります。"
                    + _a("/mypage/", "マイページ（/mypage/）")
                    + "にも、最近保存した10件が並びます。保存履歴は、利用者登録をしてログインしている方が使えます。</p>"
                ),
                _h2("2つの画面で同時に編集したとき"),
                _p(
                    "<p>パソコンとスマートフォンなど、2つの画面で同じ様式を編集すると、後から保存しようとした画面に"
                    "「内容を比べて選ぶ」が表示されます。欄ごとに「この画面で入力した内容」と「ほかの画面で保存された内容」を見比べ、"
                    "残す方を選んでください。黙って上書きされることはありません。</p>"
                ),
                _h2("ログインせずに書いた内容とログアウト"),
                _p(
                    "<p>ログインせずに書いた内容は、そのブラウザに結び付けて保存されます。"
                    "あとから登録・ログインすると、その内容はアカウントに引き継がれます。"
                    "ログイン中に30分操作しないと安全のため自動でログアウトされますが、2分前に延長するかどうかを確認します。"
                    "下書きはサーバーに保存されているので、ログアウトされても書いた内容は消えません。</p>"
                ),
                _links(
                    "関連する使い方",
                    [
                        _page("ダウンロード・印刷する", "help-download", "保存した内容をExcelやPDFにします。"),
                        _page("Excelを取り込む", "help-upload", "Excelで書き足した内容をサイトに戻します。"),
                    ],
                ),
            ],
        },
        {
            "title": "Saving your work (autosave, drafts, saving, history)",
            "intro": "The editor saves a draft as you type; “Check your entries” then “Save” makes a saved version, "
            "and you can go back to any earlier one.",
            "body": [
                _h2("Autosave"),
                _p(
                    "<p>About 3 seconds after you stop typing, and when you leave a field, the editor (e.g. "
                    + _a("/en/card/sheets/1-1/", "Form 1-1")
                    + ") saves a draft on the server and shows the time. If the connection drops it retries.</p>"
                ),
                _h2("Saving a version"),
                _p(
                    "<p>Press “Check your entries”, review everything on one page, then “Save”. Downloads, sharing "
                    "and the résumé use saved versions only.</p>"
                ),
                _h2("History"),
                _p(
                    "<p>Each save is kept. Open the sheet's history (e.g. "
                    + _a("/en/card/sheets/2/history/", "Form 2")
                    + ") and choose “Restore this version”.</p>"
                ),
            ],
        },
    ),
    _help(
        "help-download",
        "help-download",
        {
            "title": "ダウンロード・印刷する（Excel・PDF）",
            "intro": "保存したジョブ・カードを、Excel、PDF、CSVでダウンロードできます。"
            "出力する様式や項目を選べるので、生年月日などを載せずに印刷することもできます。",
            "body": [
                _h2("ジョブ・カードをダウンロードする"),
                _steps(
                    "ダウンロードの手順",
                    [
                        (
                            "ダウンロードの画面を開く",
                            "<p>"
                            + _a("/card/download/", "ジョブ・カードのダウンロード（/card/download/）")
                            + "を開きます。各様式の入力画面からも、その様式だけを選んだ状態で開けます。</p>",
                        ),
                        (
                            "形式を選ぶ",
                            "<p>印刷や提出にはPDF、書き足したりサイトに戻したりするにはExcelを選びます。"
                            "CSVは表計算ソフトやほかのシステムで使うための形式です。</p>",
                        ),
                        (
                            "様式と項目を選ぶ",
                            "<p>最初はすべてにチェックが入っています。載せたくない基本情報（生年月日、住所、電話番号など）、"
                            "様式、欄、行のチェックを外すと、その部分はファイルに含まれません。前回の選び方は次回も表示されます。</p>",
                        ),
                        ("「ダウンロードする」を押す", "<p>ファイルの作成が終わると、ダウンロードが始まります。</p>"),
                    ],
                ),
                _callout(
                    "info",
                    "出力されるのは保存済みの版です",
                    "<p>下書きのままの様式は出力されません。先に「入力内容を確認する」から「保存する」を押してください。</p>",
                ),
                _h2("白紙の様式"),
                _p(
                    "<p>手書きで書く方や、授業・面談で配る方は、"
                    + _a("/card/download/blank/", "様式のダウンロード（/card/download/blank/）")
                    + "から、すべての様式の白紙をPDFとExcelでダウンロードできます。利用者登録は不要です。</p>"
                ),
                _h2("履歴書・職務経歴書"),
                _p(
                    "<p>ジョブ・カードの内容から、"
                    + _a("/resume/", "履歴書（/resume/）")
                    + "をPDFかExcelで、"
                    + _a("/resume/shokumu/", "職務経歴書（/resume/shokumu/）")
                    + "をPDF、Excel、Wordで作れます。画面でプレビューを確かめてからダウンロードしてください。</p>"
                ),
                _links(
                    "関連する使い方",
                    [
                        _page("Excelを取り込む", "help-upload", "ダウンロードしたExcelで書き足した内容を戻します。"),
                        _page("入力内容を保存する", "help-save", "下書きと保存済みの違い。"),
                    ],
                ),
            ],
        },
        {
            "title": "Downloading and printing (Excel, PDF)",
            "intro": "Download your saved Job Card as Excel, PDF or CSV, choosing the sheets and items.",
            "body": [
                _p(
                    "<p>Open "
                    + _a("/en/card/download/", "/en/card/download/")
                    + ", choose the format, untick what you do not want (e.g. birth date) and download. Blank forms "
                    "are at "
                    + _a("/en/card/download/blank/", "/en/card/download/blank/")
                    + "; the résumé at "
                    + _a("/en/resume/", "/en/resume/")
                    + ".</p>"
                ),
            ],
        },
    ),
    _help(
        "help-upload",
        "help-upload",
        {
            "title": "Excelを取り込む（アップロード）",
            "intro": "このサイトからダウンロードしたExcelに書き足したら、アップロードしてサイトに戻せます。"
            "保存する前に、変わる内容を一覧で確かめられます。",
            "body": [
                _steps(
                    "Excelで書き足してサイトに戻す手順",
                    [
                        (
                            "Excelをダウンロードする",
                            "<p>"
                            + _a("/card/download/", "ジョブ・カードのダウンロード（/card/download/）")
                            + "で形式に「Excel」を選んでダウンロードします。</p>",
                        ),
                        (
                            "Excelで書き足す",
                            "<p>値の入るセルに入力します。行の追加には、表の空いている行を使ってください。"
                            "表の見出しや行・列の並びは変えないでください。</p>",
                        ),
                        (
                            "アップロードする",
                            "<p>"
                            + _a("/card/upload/", "Excelの取り込み（/card/upload/）")
                            + "でファイルを選んでアップロードします。この時点では、まだ何も保存されません。</p>",
                        ),
                        (
                            "変更点を確かめて反映する",
                            "<p>様式ごとに「変更なし」または変わるセルの一覧が表示されます。"
                            "内容がよければ「この内容で反映する」を押すと、変更のあった様式が保存済みの版として保存されます。</p>",
                        ),
                    ],
                ),
                _h2("取り込めないもの"),
                _p(
                    "<ul>"
                    "<li>このサイト以外で作ったExcel、白紙の様式、古い形式（.xls）、マクロ付きのファイル："
                    "「このサイトでダウンロードしたExcelファイルではない」と表示されます。</li>"
                    "<li>表の形を変えたシート：「表の形が変わっています」と表示され、そのシートは取り込まれません。</li>"
                    "<li>数式の入ったセル：計算はせず、セルの位置を示してお知らせします。</li>"
                    "<li>様式3-3（評価はPDFで保管します）、キャリアコンサルタントが記入する欄の変更、基本情報（"
                    + _a("/accounts/profile/edit/", "登録情報の変更")
                    + "で直します）。</li>"
                    "</ul>"
                ),
                _callout(
                    "warning",
                    "反映すると、その様式の下書きは置き換わります",
                    "<p>サイトで書きかけの下書きがある様式は、プレビューでその旨が表示されます。"
                    "問題が1つでもあれば何も反映されないので、表示されたセルを直してからもう一度アップロードしてください。</p>",
                ),
                _h2("評価シートや証明書のPDF"),
                _p(
                    "<p>様式3-3の評価シートや資格の証明書のPDFは、"
                    + _a("/card/documents/", "評価シート・証明書のPDF（/card/documents/）")
                    + "で保管できます。</p>"
                ),
                _links(
                    "関連する使い方",
                    [_page("ダウンロード・印刷する", "help-download", "Excelのダウンロード。")],
                ),
            ],
        },
        {
            "title": "Uploading an Excel file",
            "intro": "Edit an Excel file downloaded from this site and bring it back; you check the changes first.",
            "body": [
                _p(
                    "<p>Download Excel at "
                    + _a("/en/card/download/", "/en/card/download/")
                    + ", edit the value cells, upload at "
                    + _a("/en/card/upload/", "/en/card/upload/")
                    + ", check the preview and press “Apply”. Other files, changed layouts, formulas, Form 3-3 and "
                    "the consultant's box are not imported.</p>"
                ),
            ],
        },
    ),
    _help(
        "help-account",
        "help-account",
        {
            "title": "アカウントを削除する（退会）",
            "intro": "アカウントを削除すると、ジョブ・カードを含むすべてのデータが消え、元に戻せません。"
            "必要なデータをダウンロードしてから手続してください。",
            "body": [
                _h2("削除する前に"),
                _p(
                    "<ul>"
                    "<li>ジョブ・カードを手元に残すには、"
                    + _a("/card/download/", "ジョブ・カードのダウンロード")
                    + "でExcelかPDFを保存します。</li>"
                    "<li>登録情報、診断結果、共有の記録などすべてを受け取るには、"
                    + _a("/accounts/profile/export/", "登録データのダウンロード（/accounts/profile/export/）")
                    + "を使います。</li>"
                    "</ul>"
                ),
                _steps(
                    "アカウントを削除する手順",
                    [
                        ("ログインする", "<p>ご本人のアカウントでログインします。</p>"),
                        (
                            "削除の画面を開く",
                            "<p>"
                            + _a("/accounts/profile/delete/", "アカウントの削除（/accounts/profile/delete/）")
                            + "を開きます。"
                            + _a("/accounts/profile/", "登録情報")
                            + "の画面からも進めます。</p>",
                        ),
                        (
                            "本人確認をする",
                            "<p>安全のため、パスワード（2段階認証を設定している方は認証アプリのコード）をもう一度入力します。"
                            "マイナポータルだけで登録した方は、ログインし直してから5分以内に手続してください。</p>",
                        ),
                        (
                            "確認にチェックを入れて削除する",
                            "<p>削除すると、すべての端末でログアウトされ、削除の完了画面が表示されます。</p>",
                        ),
                    ],
                ),
                _h2("削除されるもの"),
                _p(
                    "<p>登録情報（氏名、住所、連絡先など）、メールアドレス、マイナポータルの連携、2段階認証の設定、"
                    "ジョブ・カードのすべての様式と保存履歴、履歴書・職務経歴書の設定、自己診断の結果、ライフラインチャート、"
                    "共有の設定と閲覧の記録が削除されます。支援者がいったん見た内容も、以後は見られなくなります。</p>"
                ),
                _h2("メールアドレスやパスワードを変えたいだけのとき"),
                _p(
                    "<p>削除せずに、"
                    + _a("/accounts/email/", "メールアドレスの管理（/accounts/email/）")
                    + "や"
                    + _a("/accounts/password/change/", "パスワードの変更（/accounts/password/change/）")
                    + "で変更できます。</p>"
                ),
                _links(
                    "関連する使い方",
                    [_page("ログイン・2段階認証・マイナポータル", "help-login", "パスワードの再設定など。")],
                ),
            ],
        },
        {
            "title": "Deleting your account",
            "intro": "Deleting your account erases all your data, Job Card included, and cannot be undone.",
            "body": [
                _p(
                    "<p>Download what you need first ("
                    + _a("/en/card/download/", "your Job Card")
                    + ", "
                    + _a("/en/accounts/profile/export/", "all your data")
                    + "). Then open "
                    + _a("/en/accounts/profile/delete/", "/en/accounts/profile/delete/")
                    + ", re-enter your password, tick the confirmation and delete.</p>"
                ),
            ],
        },
    ),
    _help(
        "help-sentences",
        "help-sentences",
        {
            "title": "例文をつくる（例文の自動作成）",
            "intro": "何を書けばよいか迷ったら、いくつかの質問に答えるだけで下書きの文ができます。"
            "できた文は自分の言葉に直してから使いましょう。",
            "body": [
                _h2("使える欄"),
                _p(
                    "<p>キャリア・プランシート（様式1-1・1-2）の各欄と、職務経歴シート（様式2）の「職務内容」で使えます。"
                    "一覧は" + _a("/sentences/", "例文の自動作成（/sentences/）") + "にあります。</p>"
                ),
                _steps(
                    "例文をつくって欄に入れる手順",
                    [
                        ("「例文をつくる」を押す", "<p>入力欄の下にあるボタンを押すと、質問の画面が開きます。</p>"),
                        (
                            "質問に答える",
                            "<p>3〜6問の選択式の質問に答えます。答えていない質問があると、その質問の横にお知らせが出ます。</p>",
                        ),
                        (
                            "「文をつくる」を押して直す",
                            "<p>下書きの文が表示されます。文字数を見ながら、ご自身の経験に合わせて書き直してください。</p>",
                        ),
                        (
                            "「この文を挿入」を押す",
                            "<p>欄に文が入り、自動保存されます。すでに書いた文は消えず、カーソルの位置か、文の最後に追加されます。"
                            "欄の文字数の上限を超える場合は挿入されないので、短くしてから挿入してください。</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "例文はきっかけです",
                    "<p>例文や記入例をそのまま使うのではなく、「いつ、どこで、何をして、何を学んだか」を自分の経験で書き足すと、"
                    "面接でも話しやすくなります。各欄の「記入例を見る」も参考にしてください。</p>",
                ),
                _links(
                    "関連する使い方",
                    [_page("自己診断を受ける", "help-diagnosis", "強みの診断も書くヒントになります。")],
                ),
            ],
        },
        {
            "title": "Using the sentence builder",
            "intro": "Answer a few questions and get a draft sentence for a box; then rewrite it in your own words.",
            "body": [
                _p(
                    "<p>Press “Make an example sentence” under a box of Form 1-1, 1-2 or the duties of Form 2, answer "
                    "3–6 questions, edit the draft and insert it. The list is at "
                    + _a("/en/sentences/", "/en/sentences/")
                    + ".</p>"
                ),
            ],
        },
    ),
    _help(
        "help-diagnosis",
        "help-diagnosis",
        {
            "title": "自己診断を受ける",
            "intro": "興味、仕事の価値観、強みの3つの診断で、自分の傾向と、合いそうな職業を理由つきで確かめられます。",
            "body": [
                _h2("3つの診断"),
                _p(
                    "<ul>"
                    "<li><strong>興味のタイプ診断</strong>：42の活動について「やってみたい」かどうかに答え、6つの興味のタイプのうち上位3つが分かります。</li>"
                    "<li><strong>仕事の価値観診断</strong>：22の問いで、仕事で大切にしたいこと（達成感、収入など11の価値観）の上位が分かります。</li>"
                    "<li><strong>強みの診断</strong>：24の問いで、やり抜く力、伝える力、聴く力など8つの強みの上位が分かります。</li>"
                    "</ul>"
                ),
                _steps(
                    "診断の受け方",
                    [
                        ("診断を選ぶ", "<p>" + _a("/diagnosis/", "自己診断（/diagnosis/）") + "で受けたい診断を選びます。</p>"),
                        ("すべての問いに答える", "<p>深く考えすぎず、ふだんの自分に近いものを選んでください。</p>"),
                        (
                            "結果を見る",
                            "<p>上位3つとグラフ、その結果に合いそうな職業と、そう考えた理由が表示されます。"
                            "回答にはっきりした傾向がないときは、そのことをお伝えし、具体的な経験を思い浮かべて答え直すことをおすすめします。</p>",
                        ),
                    ],
                ),
                _h2("結果の保存"),
                _p(
                    "<p>ログインしていれば、結果はアカウントに保存されます（診断ごとに最新の1回分）。"
                    "ログインせずに受けた場合は、結果画面の12文字の参照コードを控えてください。"
                    + _a("/diagnosis/code/", "参照コードの入力（/diagnosis/code/）")
                    + "で結果をもう一度開けます（最後に使ってから180日間）。あとから登録・ログインすると、結果はアカウントに引き継がれます。"
                    "結果は" + _a("/diagnosis/delete/", "診断結果の削除") + "でいつでも消せます。</p>"
                ),
                _callout(
                    "info",
                    "結果の使い方",
                    "<p>診断の結果は目安です。性別や年齢、住所などは結果に使っていません。"
                    "強みの結果はキャリア・プランシートの「強み等」を書くヒントに、職業の候補は"
                    + _a("/occupations/", "職業を調べる")
                    + "で詳しく確かめてください。</p>",
                ),
                _links(
                    "関連する使い方",
                    [_page("例文をつくる", "help-sentences", "強みを文章にします。")],
                ),
            ],
        },
        {
            "title": "Taking the self-diagnosis",
            "intro": "Three checks — interests, work values, strengths — with occupations that may suit you and why.",
            "body": [
                _p(
                    "<p>Start at "
                    + _a("/en/diagnosis/", "/en/diagnosis/")
                    + ". Logged in, the result is kept on your account; otherwise note the 12-character code and "
                    "reopen it at "
                    + _a("/en/diagnosis/code/", "/en/diagnosis/code/")
                    + ".</p>"
                ),
            ],
        },
    ),
    _help(
        "help-lifeline",
        "help-lifeline",
        {
            "title": "ライフラインチャートを作る",
            "intro": "これまでの出来事を、年齢と満足度で線にして振り返ります。"
            "キャリア・プランシートの「価値観、興味、関心事項等」を考える手がかりになります。",
            "body": [
                _steps(
                    "ライフラインチャートの作り方",
                    [
                        (
                            "画面を開く",
                            "<p>" + _a("/lifeline/", "ライフラインチャート（/lifeline/）") + "を開きます。</p>",
                        ),
                        (
                            "出来事を入力する",
                            "<p>出来事ごとに、年齢（0〜120）、満足度（−100〜＋100）、出来事（100文字まで）を入力します。"
                            "「２５歳」「−６０」のように全角で入力しても読み取ります。行が足りなければ「行を追加」を押します（50件まで）。</p>",
                        ),
                        (
                            "「保存する」を押す",
                            "<p>年齢の順に並んだ線のグラフと、同じ内容の表が表示されます。"
                            "不要な出来事は「この出来事を削除する」にチェックを入れて保存します。</p>",
                        ),
                    ],
                ),
                _callout(
                    "tip",
                    "振り返りのヒント",
                    "<p>満足度が大きく上がった時期と下がった時期に、何があったか、何を大切にしていたかを書き出してみましょう。"
                    "それが、あなたの価値観や強みを見つける手がかりになります。</p>",
                ),
                _p(
                    "<p>保存したチャートは"
                    + _a("/mypage/", "マイページ")
                    + "に表示され、ジョブ・カードのPDFにも入ります。ログインしていない場合は、そのブラウザに結び付けて保存されます。</p>"
                ),
                _links(
                    "関連する使い方",
                    [_page("入力内容を保存する", "help-save", "保存と履歴。")],
                ),
            ],
        },
        {
            "title": "Making a life-line chart",
            "intro": "Enter life events with your age and satisfaction and see them as a line.",
            "body": [
                _p(
                    "<p>Open "
                    + _a("/en/lifeline/", "/en/lifeline/")
                    + ", enter age (0–120), satisfaction (−100 to +100) and the event for each point, and save.</p>"
                ),
            ],
        },
    ),
    _help(
        "help-sharing",
        "help-sharing",
        {
            "title": "支援者と共有する（共有コード）",
            "intro": "キャリアコンサルタント、学校、企業の担当者にジョブ・カードを見てもらうには、共有コードを発行して渡します。"
            "見せる様式、相手、期限はご本人が選び、いつでも共有をやめられます。",
            "body": [
                _steps(
                    "共有コードを発行して渡す手順",
                    [
                        (
                            "発行の画面を開く",
                            "<p>ログインして" + _a("/sharing/new/", "共有コードの発行（/sharing/new/）") + "を開きます。</p>",
                        ),
                        (
                            "様式・相手・期限を選ぶ",
                            "<p>共有する保存済みの様式、見られる相手（「コードを受け取った担当者だけ」または「その組織の担当者」）、"
                            "期限（1週間〜6か月）を選びます。自分だけが見られるメモも残せます。</p>",
                        ),
                        (
                            "プレビューで確かめて発行する",
                            "<p>相手に見える内容がそのまま表示されます。下書きは共有されません。</p>",
                        ),
                        (
                            "コードを渡す",
                            "<p>16文字の共有コード（XXXX-XXXX-XXXX-XXXX）とQRコードが一度だけ表示されます。"
                            "コードは一度だけ、24時間以内に使えます。相手は支援者のページでコードを入力して受け取ります。</p>",
                        ),
                    ],
                ),
                _h2("共有をやめる・記録を見る"),
                _p(
                    "<p>" + _a("/sharing/", "共有の管理（/sharing/）") + "に共有中の相手が並びます。"
                    "「共有をやめる」を押すと、その時点から相手は見られなくなります。"
                    "「閲覧・記入の履歴」で、誰がいつ何を見たり書いたりしたかを確認できます。</p>"
                ),
                _h2("支援者が書いた欄とコメント"),
                _p(
                    "<p>キャリアコンサルタントが「キャリアコンサルティング実施者の記入欄」を書くと、メールとマイページでお知らせします。"
                    "内容を確かめて「本人同意済み」にしてください。支援者からのコメントには、"
                    "共有の管理の画面から返信できます。</p>"
                ),
                _callout(
                    "info",
                    "支援者の方へ",
                    "<p>コードの受け取りは"
                    + _a("/supporter/receive/", "共有コードの受け取り（/supporter/receive/）")
                    + "で行います。厚生労働省が承認した機関に所属し、認証アプリによる2段階認証を設定している必要があります。</p>",
                ),
                _links(
                    "関連する使い方",
                    [_page("ログイン・2段階認証・マイナポータル", "help-login", "認証アプリの設定。")],
                ),
            ],
        },
        {
            "title": "Sharing with a supporter (sharing code)",
            "intro": "Issue a sharing code to let a consultant, school or company read chosen sheets; stop at any time.",
            "body": [
                _p(
                    "<p>At "
                    + _a("/en/sharing/new/", "/en/sharing/new/")
                    + " choose sheets, who may see and until when, check the preview and hand over the 16-character "
                    "code (valid once, within 24 hours). Stop sharing and see the access history at "
                    + _a("/en/sharing/", "/en/sharing/")
                    + ". Supporters enter codes at "
                    + _a("/en/supporter/receive/", "/en/supporter/receive/")
                    + ".</p>"
                ),
            ],
        },
        user_types=("job_seeker", "employed", "student"),
    ),
    _help(
        "help-matching",
        "help-matching",
        {
            "title": "あなたに合う求人・スカウト（マッチング）",
            "intro": "保存したジョブ・カードをもとに、公開中の求人があなたにどれだけ合うかを理由つきで表示します。"
            "企業から見つけてもらう（スカウトを受け取る）かどうかは、ご本人が選びます。最初はオフです。",
            "body": [
                _h2("あなたに合う求人を見る"),
                _p(
                    "<p>ログインして"
                    + _a("/matching/", "あなたに合う求人（/matching/）")
                    + "を開くと、合う度合いの高い求人が20件まで並びます。"
                    "点数は100点満点で、仕事の内容（35点）、免許・資格（20点）、経験（15点）、興味（15点）、"
                    "条件（15点）の合計です。それぞれの点数に「様式2から」「自己診断から」のように根拠が示されます。"
                    "求人を開くと「足りないもの」として、足りない免許・資格や経験と、次の一歩（公的職業訓練など）が分かります。"
                    "性別、年齢、氏名、住所、国籍、写真は点数に使いません。</p>"
                ),
                _steps(
                    "企業から見つけてもらう（スカウトを受け取る）手順",
                    [
                        (
                            "マッチングの設定を開く",
                            "<p>" + _a("/matching/settings/", "マッチングの設定（/matching/settings/）") + "を開きます。</p>",
                        ),
                        (
                            "見せてよい項目を選ぶ",
                            "<p>「企業から見つけてもらう」にチェックし、企業に見せてよい項目（会社名を除いた職務経歴、免許・資格、"
                            "興味のタイプ、都道府県）を選びます。氏名、生年月日、性別、写真、住所（都道府県より詳しいもの）は、"
                            "スカウトを承諾するまで企業に見えません。希望する勤務地、雇用形態、週の労働時間も書けます。</p>",
                        ),
                        (
                            "保存する",
                            "<p>「保存する」を押します。見つけてもらうのをやめたいときは、チェックを外して保存します。</p>",
                        ),
                    ],
                ),
                _h2("スカウトが届いたら"),
                _p(
                    "<p>スカウトはメールとマイページでお知らせし、"
                    + _a("/matching/offers/", "スカウト（/matching/offers/）")
                    + "に並びます。承諾すると、企業が求めた様式のうち、あなたが選んだものだけが期限つきで共有され、"
                    "そのとき初めて氏名が企業に見えます。断ることもでき、その企業からのスカウトを受け取らない設定（ブロック）もできます。"
                    "ブロックは同じ画面から解除できます。</p>"
                ),
                _callout(
                    "info",
                    "企業の方へ",
                    "<p>求人の作成とスカウトは、厚生労働省が承認した企業の組織の担当者が、認証アプリによる2段階認証を設定したうえで"
                    + _a("/matching/company/", "企業の求人（/matching/company/）")
                    + "から行います。求人ごとに「この方が合う理由」つきで候補者が表示されます。候補者は匿名で、"
                    "氏名や年齢は表示されません。スカウトにはメッセージ（1000文字以内）と見せてほしい様式を書きます。"
                    "送れる数は1社あたり1日20件までです。</p>",
                ),
                _links(
                    "関連する使い方",
                    [
                        _page("支援者と共有する（共有コード）", "help-sharing", "承諾したあとの共有の管理。"),
                        _page("自己診断を受ける", "help-diagnosis", "興味の点数のもとになります。"),
                    ],
                ),
            ],
        },
        {
            "title": "Job recommendations and offers (matching)",
            "intro": "See how well published job postings fit your saved card, with reasons; choose whether companies may find you (off at first).",
            "body": [
                _p(
                    "<p>At "
                    + _a("/en/matching/", "/en/matching/")
                    + " up to 20 postings are listed with a score out of 100 (duties 35, licences 20, experience 15, "
                    "interests 15, conditions 15), each part with its source and the gaps with next steps. Gender, age, "
                    "name, address, nationality and photo are never used. To be found by companies, tick the option at "
                    + _a("/en/matching/settings/", "/en/matching/settings/")
                    + "; offers arrive at "
                    + _a("/en/matching/offers/", "/en/matching/offers/")
                    + ", where you accept (sharing only the sheets you choose), decline or block a company. Companies "
                    "post jobs and send offers at "
                    + _a("/en/matching/company/", "/en/matching/company/")
                    + ".</p>"
                ),
            ],
        },
        user_types=("job_seeker", "employed", "student"),
    ),
    _help(
        "help-login",
        "help-login",
        {
            "title": "ログイン・2段階認証・マイナポータル",
            "intro": "ログインはメールアドレスとパスワード、またはマイナポータルで行います。"
            "パスワードの再設定、メールアドレスの変更、2段階認証の設定もこのページで説明します。",
            "body": [
                _h2("新規登録とログイン"),
                _p(
                    "<p>" + _a("/accounts/signup/", "新規登録（/accounts/signup/）") + "でメールアドレスとパスワード（8文字以上）を入力し、"
                    "届いたメールのリンクを開くと登録が終わります。ログインIDはメールアドレスです。"
                    "ログインは" + _a("/accounts/login/", "ログイン（/accounts/login/）") + "から行います。</p>"
                ),
                _h2("マイナポータルでログインする"),
                _p(
                    "<p>ログイン画面の「マイナポータル」ボタンから、マイナンバーカードでログインできます。"
                    "初めての方はメールアドレスを登録して確認します。このサイトが受け取るのは利用者を区別する識別子だけで、"
                    "マイナンバー（個人番号）、氏名、住所は受け取りません。"
                    "すでにアカウントをお持ちの方は、ログインしてから"
                    + _a("/accounts/3rdparty/", "外部サービス連携（/accounts/3rdparty/）")
                    + "でマイナポータルを追加できます。</p>"
                ),
                _h2("パスワードを忘れたとき・変えたいとき"),
                _p(
                    "<ul>"
                    "<li>忘れたとき：" + _a("/accounts/password/reset/", "パスワードの再設定（/accounts/password/reset/）")
                    + "にメールアドレスを入力し、届いたメールのリンクから新しいパスワードを決めます。</li>"
                    "<li>変えたいとき：ログインして"
                    + _a("/accounts/password/change/", "パスワードの変更（/accounts/password/change/）")
                    + "で変更します。</li>"
                    "<li>続けて間違えると、安全のため約15分ログインを止めます。時間をおくか、パスワードを再設定してください。</li>"
                    "</ul>"
                ),
                _h2("メールアドレスを変える"),
                _p(
                    "<p>" + _a("/accounts/email/", "メールアドレスの管理（/accounts/email/）") + "で新しいアドレスを追加し、確認メールのリンクを開いてから、"
                    "「ログイン用にする」を押します。古いアドレスは同じ画面で削除できます。</p>"
                ),
                _h2("2段階認証を設定する"),
                _steps(
                    "認証アプリの設定",
                    [
                        (
                            "設定の画面を開く",
                            "<p>ログインして" + _a("/accounts/2fa/", "2段階認証（/accounts/2fa/）") + "を開きます。</p>",
                        ),
                        (
                            "認証アプリでQRコードを読み取る",
                            "<p>スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticatorなど）で読み取り、"
                            "表示された6桁のコードを入力します。</p>",
                        ),
                        (
                            "リカバリーコードを控える",
                            "<p>スマートフォンをなくしたときに、認証アプリのコードの代わりに使います。1つのコードは1回だけ使えます。</p>",
                        ),
                    ],
                ),
                _callout(
                    "info",
                    "ログイン中の端末とログアウト",
                    "<p>" + _a("/accounts/sessions/", "ログイン中の端末（/accounts/sessions/）") + "で、ログインしている端末を確認し、"
                    "ほかの端末からまとめてログアウトできます。30分操作がないと自動でログアウトされます（2分前にお知らせします）。</p>",
                ),
                _links(
                    "関連する使い方",
                    [_page("アカウントを削除する", "help-account", "退会の手順。")],
                ),
            ],
        },
        {
            "title": "Logging in, two-step verification and Mynaportal",
            "intro": "Log in with your e-mail address and password or with Mynaportal; reset your password, change "
            "your address and set up an authenticator app.",
            "body": [
                _p(
                    "<p>Sign up at "
                    + _a("/en/accounts/signup/", "/en/accounts/signup/")
                    + ", log in at "
                    + _a("/en/accounts/login/", "/en/accounts/login/")
                    + " (or with the Mynaportal button). Reset a forgotten password at "
                    + _a("/en/accounts/password/reset/", "/en/accounts/password/reset/")
                    + ", change your address at "
                    + _a("/en/accounts/email/", "/en/accounts/email/")
                    + " and set up two-step verification at "
                    + _a("/en/accounts/2fa/", "/en/accounts/2fa/")
                    + ".</p>"
                ),
            ],
        },
    ),
]
