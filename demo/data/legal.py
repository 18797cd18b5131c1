"""プライバシーポリシー (/privacy/) and 利用規約 (/terms/) of the demo, in Japanese and English.

Loaded by legal.demo.load_legal_pages as legal.LegalPage under each home page. Bodies are lists of
(block_type, value) tuples like demo/data/guides.py. The text describes what the site actually
stores (docs/accounts.md); the figures marked ★ in docs/accounts.md (log retention, server
location, contact desk) are operational facts to confirm before going live.
"""

from .guides import _callout, _h2, _h3, _p  # the block helpers the guidance pages use

ESTABLISHED = "2026-11-01"
REVISED = "2026-11-01"


PRIVACY_JA = {
    "title": "プライバシーポリシー",
    "intro": (
        "厚生労働省は、「ジョブ・カード作成支援サイト」（以下「本サイト」）で取り扱う個人情報を、"
        "個人情報の保護に関する法律（平成15年法律第57号）その他の関係法令に従って、適正に取り扱います。"
        "本サイトで、どのような情報を、何のために、どれだけの期間保存するのかをお知らせします。"
    ),
    "body": [
        _h2("1. 本サイトで取得する情報"),
        _p(
            "<p>本サイトの記事（ジョブ・カードの説明、作り方、よくある質問など）は、ログインせずに読むことができます。"
            "その場合、次の(6)と(7)の情報のほかに、あなたを特定できる情報は取得しません。</p>"
            "<p>アカウントを登録してジョブ・カード作成機能を使う場合は、次の情報を取得します。</p>"
        ),
        _h3("(1) アカウントの情報"),
        _p(
            "<ul>"
            "<li>メールアドレス（ログインIDとして使います。確認済みかどうかも記録します）</li>"
            "<li>パスワード（復元できない形に変換して保存します。職員も元のパスワードを知ることはできません）</li>"
            "<li>2段階認証を設定した場合は、認証アプリの設定情報と、使い捨てのリカバリーコード（いずれも暗号化等の措置をして保存します）</li>"
            "<li>登録日時、最後にログインした日時</li>"
            "</ul>"
        ),
        _h3("(2) 登録情報（基本情報）"),
        _p(
            "<p>ジョブ・カードの各シートの上部に印刷される、次の情報です。いずれも入力は任意です。</p>"
            "<ul>"
            "<li>氏名、ふりがな、生年月日、性別（自由記述。空欄でもかまいません）</li>"
            "<li>郵便番号、住所、住所のふりがな、電話番号</li>"
            "<li>連絡先（現住所以外に連絡を希望する場合のみ）：郵便番号、住所、ふりがな、電話番号、メールアドレス</li>"
            "<li>トップページで選んだ「あなたに当てはまるもの」（利用者種別）と「このサイトを使う目的」（利用目的）</li>"
            "</ul>"
            "<p>郵便番号から住所を検索する機能は、本サイトのサーバー内にある郵便番号データを使います。"
            "入力した郵便番号を外部に送ることはありません。</p>"
        ),
        _h3("(3) ジョブ・カードの記入内容"),
        _p(
            "<p>キャリア・プランシート、職務経歴シート、職業能力証明シートなどに記入した内容と、その保存日時です。</p>"
        ),
        _h3("(4) マイナポータルでログインした場合"),
        _p(
            "<p>マイナポータルとの連携（OpenID Connect）でログインした場合は、マイナポータルから受け取る"
            "「利用者ごとの識別子」（本サイト専用の番号）だけを保存します。"
            "<strong>マイナンバー（個人番号）は受け取らず、保存もしません。</strong>"
            "氏名や住所などの情報をマイナポータルから取得することもありません。</p>"
        ),
        _h3("(5) ログイン中の端末の記録"),
        _p(
            "<p>不正なログインに気づけるよう、ログインしている端末ごとに、IPアドレス、ブラウザの種類（ユーザーエージェント）、"
            "ログインした日時と最後に利用した日時を記録します。「ログイン中の端末」の画面でいつでも確認でき、"
            "ほかの端末のログインを終了することができます。</p>"
        ),
        _h3("(6) アクセスの記録とCookie"),
        _p(
            "<p>本サイトのサーバーは、安全な運用のため、アクセスの日時、IPアドレス、閲覧したページのアドレス、"
            "ブラウザの種類を記録します。</p>"
            "<p>本サイトが使うCookieは、次のものだけです。広告や、他のサイトをまたいだ追跡のためのCookie、"
            "外部のアクセス解析サービスは使っていません。</p>"
            "<ul>"
            "<li>ログイン状態を保つためのCookie（ログアウトすると無効になります）</li>"
            "<li>なりすまし送信を防ぐためのCookie</li>"
            "<li>トップページで選んだメニューの種類を覚えておくCookie（利用者種別・利用目的の区分だけを記録し、1年間保存されます）</li>"
            "</ul>"
            "<p>「よくある質問」の「役に立ちましたか」への回答は、どなたの回答かわからない形で件数だけを記録します。</p>"
        ),
        _h3("(7) よくある質問のアシスタントに入力した質問"),
        _p(
            "<p>質問の文章は、個人情報と思われる部分（メールアドレス、電話番号など）を伏せ字にしたうえで、"
            "どなたの質問かわからない形で記録し、回答の改善に使います。回答を作るために、質問の文章を"
            "外部のAIサービスに送ることがあります。質問には、氏名や連絡先などの個人情報を書かないでください。</p>"
        ),
        _h2("2. 利用目的"),
        _p(
            "<p>取得した情報は、次の目的のためにだけ利用します。</p>"
            "<ol>"
            "<li>ジョブ・カードの作成、保存、印刷、ダウンロードの機能を提供するため</li>"
            "<li>ログイン、本人確認、不正アクセスの防止など、アカウントを安全に保つため</li>"
            "<li>メールアドレスの確認、パスワードの再設定、ログインの通知など、サービスに必要なお知らせを送るため</li>"
            "<li>あなたが選んだ利用者種別・利用目的に合わせて、役立つ情報を表示するため</li>"
            "<li>お問い合わせに回答するため</li>"
            "<li>個人を特定できない形に集計した統計を作り、ジョブ・カード制度と本サイトの改善に役立てるため</li>"
            "</ol>"
            "<p>これ以外の目的に使う場合は、法令に定めがある場合を除き、あらかじめあなたの同意を得ます。</p>"
        ),
        _h2("3. 第三者への提供"),
        _p(
            "<p>取得した個人情報を第三者に提供することはありません。ただし、次の場合を除きます。</p>"
            "<ul>"
            "<li>あなた自身が、ジョブ・カードを印刷・ダウンロードして、キャリアコンサルタントや企業、学校などに渡す場合</li>"
            "<li>法令に基づく場合</li>"
            "<li>人の生命、身体または財産の保護のために必要で、あなたの同意を得ることが難しい場合</li>"
            "</ul>"
        ),
        _h2("4. 業務の委託"),
        _p(
            "<p>本サイトの運用・保守、メールの送信などの業務を、外部の事業者に委託することがあります。"
            "その場合は、個人情報を適切に取り扱う事業者を選び、契約で安全管理の措置や目的外利用の禁止を定め、"
            "必要な監督を行います。</p>"
        ),
        _h2("5. 保存する期間"),
        _p(
            "<ul>"
            "<li>アカウントの情報、登録情報、ジョブ・カードの記入内容：あなたがアカウントを削除するまで</li>"
            "<li>ログインの状態：最後の操作から30分、またはログインから12時間のうち早いほうで自動的にログアウトします</li>"
            "<li>ログイン中の端末の記録：ログアウトやログインの有効期限切れの後、順次削除します</li>"
            "<li>ログインに続けて失敗した回数の記録：15分間</li>"
            "<li>サーバーのアクセスの記録：90日間</li>"
            "</ul>"
        ),
        _h2("6. アカウントの削除と、保存している情報の確認"),
        _p(
            "<p>ログイン後の「登録情報」の画面から、次のことがいつでもできます。</p>"
            "<ul>"
            "<li><strong>確認・訂正</strong>：登録情報を確認し、変更できます。</li>"
            "<li><strong>ダウンロード</strong>：本サイトがあなたについて保存しているデータを、1つのファイル（JSON形式）にまとめてダウンロードできます。"
            "パスワードなどの秘密の値は含みません。</li>"
            "<li><strong>削除</strong>：パスワードをもう一度入力して本人確認をしたうえで、アカウントを削除できます。"
            "アカウント、登録情報、ジョブ・カードの記入内容、メールアドレス、マイナポータルとの連携、2段階認証の設定、"
            "ログイン中の端末の記録をまとめて消去し、ほかの端末のログインも終了します。"
            "削除した件数だけを、個人を特定できない統計として残します。</li>"
            "</ul>"
            "<p>このほか、個人情報の保護に関する法律に基づき、保有個人情報の開示、訂正、利用停止を請求することができます。"
            "手続きは、厚生労働省の個人情報保護の窓口にお問い合わせください。</p>"
        ),
        _h2("7. 安全管理のための措置"),
        _p(
            "<ul>"
            "<li>通信はすべて暗号化（HTTPS）します。</li>"
            "<li>個人情報にアクセスできる職員・委託先の担当者を必要な者に限り、管理画面には2段階認証を必須にしています。</li>"
            "<li>システムの記録（ログ）には、氏名やメールアドレスなどの個人情報を書き込まないようにしています。</li>"
            "<li>一定時間操作がない場合は自動的にログアウトします。</li>"
            "</ul>"
        ),
        _callout(
            "tip",
            "共用のパソコンを使うときは",
            "<p>使い終わったら必ずログアウトしてください。ダウンロードしたジョブ・カードやデータのファイルには個人情報が含まれますので、"
            "保存場所にもご注意ください。</p>",
        ),
        _h2("8. このポリシーの改定"),
        _p(
            "<p>法令の改正や本サイトの機能の変更に合わせて、このポリシーを改定することがあります。"
            "大切な変更がある場合は、本サイトのお知らせでご案内します。</p>"
        ),
        _h2("9. お問い合わせ"),
        _p(
            "<p>個人情報の取扱いについてのお問い合わせは、ジョブ・カード作成支援サイト運営事務局までお寄せください。</p>"
            "<p>厚生労働省 人材開発統括官<br>ジョブ・カード作成支援サイト運営事務局</p>"
        ),
    ],
}

PRIVACY_EN = {
    "title": "Privacy policy",
    "intro": (
        "The Ministry of Health, Labour and Welfare handles personal information on the Job Card Portal "
        "(\"this site\") in accordance with the Act on the Protection of Personal Information (Act No. 57 of "
        "2003) and related laws. This page explains what this site stores, why, and for how long. "
        "The Japanese version of this policy is the official one."
    ),
    "body": [
        _h2("1. Information this site collects"),
        _p(
            "<p>You can read this site's articles (what a Job Card is, how to create one, FAQ and so on) "
            "without logging in. In that case nothing that identifies you is collected apart from (6) and (7) "
            "below.</p>"
            "<p>If you create an account to use the Job Card features, the following is collected.</p>"
        ),
        _h3("(1) Account information"),
        _p(
            "<ul>"
            "<li>Your e-mail address (your login ID), and whether it has been verified</li>"
            "<li>Your password, stored only in a form that cannot be reversed: no member of staff can know it</li>"
            "<li>If you set up two-step verification: your authenticator app settings and one-time recovery "
            "codes (stored with protective measures such as encryption)</li>"
            "<li>When you registered and when you last logged in</li>"
            "</ul>"
        ),
        _h3("(2) Your profile (basic information)"),
        _p(
            "<p>What is printed at the top of each Job Card sheet. Every item is optional.</p>"
            "<ul>"
            "<li>Name, its reading in hiragana, date of birth, gender (free text; may be left blank)</li>"
            "<li>Postal code, address and its reading, phone number</li>"
            "<li>A contact address, only if you want to be reached somewhere other than your address: postal "
            "code, address, reading, phone number, e-mail address</li>"
            "<li>The user type and purpose you chose on the home page</li>"
            "</ul>"
            "<p>Looking up an address from a postal code uses postal data kept on this site's own server; the "
            "postal code you enter is not sent anywhere else.</p>"
        ),
        _h3("(3) What you write in your Job Card"),
        _p("<p>The contents of the career plan, work history and vocational ability sheets, and when they were saved.</p>"),
        _h3("(4) If you log in with Mynaportal"),
        _p(
            "<p>If you log in through Mynaportal (OpenID Connect), this site stores only the identifier "
            "Mynaportal issues for you for this site. <strong>Your My Number (Individual Number) is never "
            "received or stored.</strong> No name, address or other information is obtained from Mynaportal.</p>"
        ),
        _h3("(5) Devices you are logged in on"),
        _p(
            "<p>So that you can notice a login that was not you, this site records, for each device you are "
            "logged in on, the IP address, the browser (user agent), when you logged in and when the device was "
            "last used. You can see them on the \"Devices\" page and log other devices out.</p>"
        ),
        _h3("(6) Access records and cookies"),
        _p(
            "<p>For secure operation, the server records the time of access, the IP address, the address of "
            "the page viewed and the browser.</p>"
            "<p>This site uses only the cookies below. It uses no advertising or cross-site tracking cookies "
            "and no external analytics service.</p>"
            "<ul>"
            "<li>A cookie that keeps you logged in (it stops working when you log out)</li>"
            "<li>A cookie that protects forms against forged submissions</li>"
            "<li>A cookie that remembers the menu you chose on the home page (only the user type and purpose "
            "codes; kept for one year)</li>"
            "</ul>"
            "<p>Answers to \"Was this helpful?\" in the FAQ are counted without recording who answered.</p>"
        ),
        _h3("(7) Questions typed into the FAQ assistant"),
        _p(
            "<p>The text of a question is recorded without anything that tells who asked it, after parts that "
            "look like personal information (e-mail addresses, phone numbers and so on) are masked, and is used "
            "to improve the answers. To write an answer, the question may be sent to an external AI service. "
            "Please do not include your name, contact details or other personal information in a question.</p>"
        ),
        _h2("2. Purposes of use"),
        _p(
            "<p>The information is used only to:</p>"
            "<ol>"
            "<li>let you create, save, print and download your Job Card;</li>"
            "<li>keep your account safe: login, identity checks and prevention of unauthorised access;</li>"
            "<li>send the messages the service needs, such as address verification, password reset and login "
            "notices;</li>"
            "<li>show information suited to the user type and purpose you chose;</li>"
            "<li>answer your enquiries;</li>"
            "<li>compile statistics that identify no one, to improve the Job Card system and this site.</li>"
            "</ol>"
            "<p>Except where the law provides otherwise, your consent is asked before any other use.</p>"
        ),
        _h2("3. Disclosure to third parties"),
        _p(
            "<p>Personal information is not given to third parties, except:</p>"
            "<ul>"
            "<li>when you yourself print or download your Job Card and hand it to a career consultant, a "
            "company, a school or others;</li>"
            "<li>where required by law;</li>"
            "<li>where it is necessary to protect a person's life, body or property and it is difficult to "
            "obtain your consent.</li>"
            "</ul>"
        ),
        _h2("4. Contractors"),
        _p(
            "<p>Operation and maintenance of this site and the sending of e-mail may be entrusted to outside "
            "contractors. They are chosen for their proper handling of personal information, bound by contract "
            "to security measures and to no other use, and supervised.</p>"
        ),
        _h2("5. How long information is kept"),
        _p(
            "<ul>"
            "<li>Account information, profile and Job Card contents: until you delete your account</li>"
            "<li>Login: you are logged out automatically 30 minutes after your last action or 12 hours after "
            "logging in, whichever comes first</li>"
            "<li>Records of devices you are logged in on: removed after you log out or the login expires</li>"
            "<li>Counts of consecutive failed logins: 15 minutes</li>"
            "<li>Server access records: 90 days</li>"
            "</ul>"
        ),
        _h2("6. Deleting your account and seeing what is stored"),
        _p(
            "<p>Once logged in, the \"Your information\" page lets you at any time:</p>"
            "<ul>"
            "<li><strong>see and correct</strong> your profile;</li>"
            "<li><strong>download</strong> everything this site stores about you as one file (JSON), without "
            "secrets such as your password;</li>"
            "<li><strong>delete</strong> your account after entering your password again. Your account, profile, "
            "Job Card contents, e-mail addresses, Mynaportal link, two-step verification settings and device "
            "records are erased together and your other devices are logged out. Only the number of deletions "
            "is kept, as a statistic that identifies no one.</li>"
            "</ul>"
            "<p>You may also request disclosure, correction or suspension of use of your personal information "
            "under the Act on the Protection of Personal Information through the Ministry's personal information "
            "desk.</p>"
        ),
        _h2("7. Security measures"),
        _p(
            "<ul>"
            "<li>All communication is encrypted (HTTPS).</li>"
            "<li>Only the staff and contractor personnel who need it can access personal information, and "
            "two-step verification is required for the administration screens.</li>"
            "<li>System logs are kept free of personal information such as names and e-mail addresses.</li>"
            "<li>You are logged out automatically after a period without activity.</li>"
            "</ul>"
        ),
        _callout(
            "tip",
            "On a shared computer",
            "<p>Always log out when you have finished. Downloaded Job Cards and data files contain personal "
            "information: take care where you save them.</p>",
        ),
        _h2("8. Changes to this policy"),
        _p(
            "<p>This policy may be revised when laws or this site's features change. Important changes will be "
            "announced in this site's notices.</p>"
        ),
        _h2("9. Contact"),
        _p(
            "<p>Please send enquiries about the handling of personal information to the Job Card Portal "
            "secretariat.</p>"
            "<p>Director-General for Human Resources Development, Ministry of Health, Labour and Welfare<br>"
            "Job Card Portal secretariat</p>"
        ),
    ],
}

TERMS_JA = {
    "title": "利用規約",
    "intro": (
        "この利用規約は、厚生労働省が運営する「ジョブ・カード作成支援サイト」（以下「本サイト」）を"
        "利用するときの条件を定めるものです。本サイトを利用した方は、この規約に同意したものとみなします。"
    ),
    "body": [
        _h2("第1条（本サイトの目的）"),
        _p(
            "<p>本サイトは、職業能力開発促進法第15条の4に定める職務経歴等記録書（ジョブ・カード）について、"
            "制度の説明と、作成・保存・活用を支援する機能を、無料で提供します。</p>"
        ),
        _h2("第2条（アカウントの登録）"),
        _p(
            "<ol>"
            "<li>ジョブ・カードを本サイトに保存するには、アカウントの登録が必要です。"
            "記事を読むだけであれば、登録は必要ありません。</li>"
            "<li>登録は、ご本人が、ご自身のメールアドレスで行ってください。1人で複数のアカウントを作ることは控えてください。</li>"
            "<li>登録の際は、確認のメールに記載された手順で、メールアドレスを確認していただきます。</li>"
            "<li>マイナポータルとの連携でログインすることもできます。この場合も、本サイトがマイナンバーを受け取ることはありません。</li>"
            "</ol>"
        ),
        _h2("第3条（アカウントの管理）"),
        _p(
            "<ol>"
            "<li>パスワードは、他のサービスと使い回さず、ご自身で適切に管理してください。"
            "2段階認証（認証アプリ）の設定をおすすめします。</li>"
            "<li>アカウントを他の人に使わせたり、譲ったりすることはできません。</li>"
            "<li>アカウントが不正に使われたおそれがある場合は、すぐにパスワードを変更し、"
            "「ログイン中の端末」の画面でほかの端末のログインを終了したうえで、運営事務局にご連絡ください。</li>"
            "</ol>"
        ),
        _h2("第4条（ジョブ・カードの記入内容）"),
        _p(
            "<ol>"
            "<li>ジョブ・カードに記入した内容は、あなたのものです。厚生労働省がその内容を、"
            "プライバシーポリシーに定める目的以外に使うことはありません。</li>"
            "<li>記入内容が正確であることは、ご自身で確認してください。本サイトは、記入内容の正しさを証明するものではありません。</li>"
            "<li>キャリアコンサルタントや企業、学校などに渡すかどうかは、あなたが決めます。</li>"
            "</ol>"
        ),
        _h2("第5条（禁止事項）"),
        _p(
            "<p>本サイトの利用にあたって、次のことをしてはいけません。</p>"
            "<ol>"
            "<li>他人になりすますこと、他人の個人情報を無断で登録すること</li>"
            "<li>虚偽の職業能力証明を作り、他人を欺く目的で使うこと</li>"
            "<li>本サイトのサーバーやネットワークに過度の負担をかけること、不正にアクセスすること、"
            "その他本サイトの運営を妨げること</li>"
            "<li>コンピュータウイルスなどの有害なプログラムを送ること</li>"
            "<li>法令や公序良俗に反すること</li>"
            "</ol>"
        ),
        _h2("第6条（サービスの変更・中断・終了）"),
        _p(
            "<ol>"
            "<li>保守、障害への対応、災害などのため、予告なく本サイトの全部または一部を一時的に止めることがあります。</li>"
            "<li>本サイトの機能を変更し、または提供を終了することがあります。提供を終了する場合は、"
            "保存したジョブ・カードをダウンロードできるよう、あらかじめ相当の期間を設けてお知らせします。</li>"
            "</ol>"
        ),
        _h2("第7条（利用の停止）"),
        _p(
            "<p>第5条に反する利用があった場合その他本サイトの安全な運営のために必要な場合は、"
            "事前の通知なく、そのアカウントの利用を停止することがあります。</p>"
        ),
        _h2("第8条（アカウントの削除）"),
        _p(
            "<p>アカウントは、ログイン後の「登録情報」の画面から、いつでも削除できます。"
            "削除すると、保存していた情報はすべて消去され、元に戻すことはできません。"
            "必要な場合は、削除の前にジョブ・カードや登録データをダウンロードしてください。</p>"
        ),
        _h2("第9条（免責）"),
        _p(
            "<ol>"
            "<li>厚生労働省は、本サイトの情報の正確さに努めますが、その内容を利用したことで生じた結果について、"
            "故意または重大な過失がある場合を除き、責任を負いません。</li>"
            "<li>本サイトからリンクしている他のサイトの内容については、責任を負いません。</li>"
            "<li>ジョブ・カードを使った求職や選考の結果を保証するものではありません。</li>"
            "</ol>"
        ),
        _h2("第10条（コンテンツの利用）"),
        _p(
            "<p>本サイトの記事や記入例は、「政府標準利用規約（第2.0版）」に準じて、出典を記載すれば自由に利用できます"
            "（クリエイティブ・コモンズ 表示 4.0 国際と互換性があります）。"
            "ただし、ロゴマークや、第三者が権利を持つ写真・イラストなどは除きます。</p>"
        ),
        _h2("第11条（リンク）"),
        _p(
            "<p>本サイトへのリンクは自由です。ただし、本サイトの内容を自分のサイトの一部のように見せる方法や、"
            "厚生労働省が推薦・提携しているかのような誤解を与える方法でのリンクはご遠慮ください。</p>"
        ),
        _h2("第12条（個人情報の取扱い）"),
        _p("<p>個人情報は、プライバシーポリシーに従って取り扱います。</p>"),
        _h2("第13条（規約の変更）"),
        _p(
            "<p>この規約は、必要に応じて変更することがあります。大切な変更をする場合は、"
            "変更の内容と時期を、あらかじめ本サイトでお知らせします。変更後に本サイトを利用した場合は、"
            "変更後の規約に同意したものとみなします。</p>"
        ),
        _h2("第14条（準拠法・管轄）"),
        _p(
            "<p>この規約は日本の法令に従って解釈します。本サイトに関して紛争が生じた場合は、"
            "東京地方裁判所を第一審の専属的合意管轄裁判所とします。</p>"
        ),
        _p("<p>附則　この規約は、2026年11月1日から施行します。</p>"),
    ],
}

TERMS_EN = {
    "title": "Terms of use",
    "intro": (
        "These terms set the conditions for using the Job Card Portal (\"this site\"), run by the Ministry "
        "of Health, Labour and Welfare. By using this site you agree to them. The Japanese version of these "
        "terms is the official one."
    ),
    "body": [
        _h2("Article 1 (Purpose of this site)"),
        _p(
            "<p>This site explains the Job Card — the record of work history, etc. defined in Article 15-4 of "
            "the Human Resources Development Promotion Act — and offers, free of charge, features that help "
            "you create, keep and use one.</p>"
        ),
        _h2("Article 2 (Creating an account)"),
        _p(
            "<ol>"
            "<li>An account is needed to keep a Job Card on this site. No account is needed to read the "
            "articles.</li>"
            "<li>Please register yourself, with your own e-mail address, and do not create several accounts.</li>"
            "<li>You confirm your e-mail address by following the message sent to it.</li>"
            "<li>You may also log in through Mynaportal. This site never receives your My Number.</li>"
            "</ol>"
        ),
        _h2("Article 3 (Looking after your account)"),
        _p(
            "<ol>"
            "<li>Keep your password to yourself and do not reuse it on other services. Setting up two-step "
            "verification (an authenticator app) is recommended.</li>"
            "<li>You may not let anyone else use your account or pass it on.</li>"
            "<li>If your account may have been misused, change your password at once, log other devices out on "
            "the \"Devices\" page and contact the secretariat.</li>"
            "</ol>"
        ),
        _h2("Article 4 (What you write in your Job Card)"),
        _p(
            "<ol>"
            "<li>What you write in your Job Card is yours. The Ministry does not use it for anything beyond the "
            "purposes in the privacy policy.</li>"
            "<li>Please check that what you write is accurate; this site does not certify it.</li>"
            "<li>You decide whether to give it to a career consultant, a company, a school or anyone else.</li>"
            "</ol>"
        ),
        _h2("Article 5 (Prohibited conduct)"),
        _p(
            "<p>When using this site you must not:</p>"
            "<ol>"
            "<li>pretend to be someone else, or register another person's personal information without their "
            "permission;</li>"
            "<li>create false proof of vocational ability to deceive others;</li>"
            "<li>put excessive load on this site's servers or network, access them without authorisation, or "
            "otherwise disrupt its operation;</li>"
            "<li>send computer viruses or other harmful programs;</li>"
            "<li>act against the law or public order and morals.</li>"
            "</ol>"
        ),
        _h2("Article 6 (Changes, interruptions and ending the service)"),
        _p(
            "<ol>"
            "<li>All or part of this site may be stopped without notice for maintenance, faults, disasters and "
            "the like.</li>"
            "<li>Features may change and the service may end. Before it ends you will be told well in advance so "
            "that you can download your Job Card.</li>"
            "</ol>"
        ),
        _h2("Article 7 (Suspension)"),
        _p(
            "<p>An account used against Article 5, or whose suspension is otherwise needed for the safe "
            "operation of this site, may be suspended without prior notice.</p>"
        ),
        _h2("Article 8 (Deleting your account)"),
        _p(
            "<p>You can delete your account at any time from the \"Your information\" page. Everything stored "
            "is erased and cannot be restored; download your Job Card and data first if you need them.</p>"
        ),
        _h2("Article 9 (Disclaimer)"),
        _p(
            "<ol>"
            "<li>The Ministry strives for accurate information but, except in cases of intent or gross "
            "negligence, is not liable for the results of using it.</li>"
            "<li>The Ministry is not responsible for the content of other sites linked from this site.</li>"
            "<li>Using a Job Card does not guarantee the outcome of any job search or selection.</li>"
            "</ol>"
        ),
        _h2("Article 10 (Reusing content)"),
        _p(
            "<p>The articles and example sentences on this site may be reused freely with attribution, under "
            "the Government of Japan Standard Terms of Use (Version 2.0), which are compatible with Creative "
            "Commons Attribution 4.0 International. Logos and photographs or illustrations whose rights belong "
            "to third parties are excluded.</p>"
        ),
        _h2("Article 11 (Links)"),
        _p(
            "<p>You may link to this site freely, but not in a way that presents its content as part of your own "
            "site or suggests that the Ministry endorses or is affiliated with you.</p>"
        ),
        _h2("Article 12 (Personal information)"),
        _p("<p>Personal information is handled according to the privacy policy.</p>"),
        _h2("Article 13 (Changes to these terms)"),
        _p(
            "<p>These terms may change. Important changes, and when they take effect, will be announced on this "
            "site in advance. Using this site after a change means you agree to the changed terms.</p>"
        ),
        _h2("Article 14 (Governing law and jurisdiction)"),
        _p(
            "<p>These terms are governed by the laws of Japan. The Tokyo District Court has exclusive "
            "jurisdiction in the first instance over any dispute about this site.</p>"
        ),
        _p("<p>Supplementary provision: these terms take effect on 1 November 2026.</p>"),
    ],
}

LEGAL_PAGES = [
    {
        "key": "legal:privacy",
        "slug": "privacy",
        "established": ESTABLISHED,
        "revised": REVISED,
        "ja": PRIVACY_JA,
        "en": PRIVACY_EN,
    },
    {
        "key": "legal:terms",
        "slug": "terms",
        "established": ESTABLISHED,
        "revised": REVISED,
        "ja": TERMS_JA,
        "en": TERMS_EN,
    },
]
