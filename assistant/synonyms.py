"""Synonyms the assistant always knows, besides the ones editors keep in Wagtail (``Synonym``).

Each row is (language, the site's word, the other ways people write it, separated by 、). Both the
indexed text and the question are *expanded*: wherever a variant's words occur, the site's word is
added (the variant's words stay), so 「アカウント消したい」 also searches for 退会.

Sudachi's own synonym dictionary (through ``chikkarpy``) was considered: the package has no wheel,
its sdist no longer builds with current setuptools (it imports ``pkg_resources`` in setup.py) and
it has not been released since 2022; its general synonyms (閉店 = クローズ) are also not where
this site's questions go wrong. The words below are the site's own vocabulary.
"""

BUILT_IN: list[tuple[str, str, str]] = [
    # Accounts and the site's features
    (
        "ja",
        "退会",
        "アカウント削除、アカウントを削除、アカウントを消す、アカウント消す、登録削除、登録を削除、登録解除、"
        "登録を消す、アカウントを止める",
    ),
    ("ja", "利用者登録", "会員登録、会員、新規登録、アカウント作成、アカウントを作る、サインアップ"),
    ("ja", "パスワード", "パス、PW、ぱすわーど、暗証番号"),
    ("ja", "再設定", "リセット、忘れる、わからない、分からない、思い出せない"),
    ("ja", "変更", "変える、変えたい、替える、切り替える、直す"),
    ("ja", "メールアドレス", "メアド、メール、アドレス、Eメール、e-mail"),
    ("ja", "自動保存", "オートセーブ、自動で保存、勝手に保存、自動的に保存"),
    ("ja", "履歴", "版、バージョン、変更履歴、前の版、以前の版、元に戻す、戻す、復元、復旧、巻き戻す"),
    ("ja", "アップロード", "取り込む、取り込み、読み込む、読み込み、インポート、アップ"),
    ("ja", "ダウンロード", "DL、ダウンロードする、落とす、出力"),
    ("ja", "印刷", "プリント、印刷する、紙で出す"),
    ("ja", "例文", "文例、例文集、テンプレ、テンプレート、文章例、書き方の例"),
    ("ja", "自己診断", "診断、適職診断、自己分析ツール、性格診断、診断テスト、適性診断"),
    ("ja", "ライフラインチャート", "ライフライン、人生曲線、モチベーショングラフ、人生グラフ"),
    ("ja", "評価", "評定、ABC、A/B/C、A・B・C、採点"),
    ("ja", "人材開発支援助成金", "助成金、人材開発助成金"),
    ("ja", "無料", "タダ、ただ、お金、料金、費用、有料、無償、値段、いくら"),
    ("ja", "スマートフォン", "スマホ、携帯、携帯電話、iPhone、アンドロイド、Android、タブレット"),
    ("ja", "パソコン", "PC、ノートパソコン"),
    ("ja", "共有", "シェア、見せる、見てもらう、共有する"),
    ("ja", "文字を大きく", "字が小さい、文字が小さい、字を大きく、拡大、ズーム、見づらい、読みづらい"),
    ("ja", "資格", "免許、検定、ライセンス、免許証"),
    ("ja", "学習歴", "学歴、学校歴"),
    ("ja", "訓練歴", "職業訓練歴、受講歴"),
    ("ja", "企業", "会社、事業主、事業所、人事、人事担当"),
    ("ja", "個人情報", "プライバシー、個人データ、個人の情報"),
    ("ja", "利用規約", "規約、約款、利用条件"),
    (
        "ja",
        "2段階認証",
        "二段階認証、多要素認証、二要素認証、2要素認証、MFA、認証アプリ、ワンタイムパスワード",
    ),
    ("ja", "マイナポータル", "マイナンバーカード、マイナ、マイナンバー"),
    ("ja", "ログイン", "入れない、ログインできない"),
    ("ja", "保存", "セーブ、保管、残す"),
    ("ja", "削除", "消す、消去、取り消す"),
    ("ja", "様式", "シート、書式、フォーマット、用紙"),
    ("ja", "キャリア・プランシート", "キャリアプランシート、キャリアプラン"),
    ("ja", "職務経歴シート", "職歴シート"),
    ("ja", "職業能力証明シート", "能力証明"),
    ("ja", "記入例", "書き方の見本、見本、サンプル、記載例、例"),
    ("ja", "在職者", "社会人、働いている人、会社員、正社員"),
    ("ja", "求職者", "失業中、無職、離職中、仕事を探している"),
    ("ja", "学校", "大学、高校、専門学校、短大"),
    ("ja", "自己PR", "自己アピール、自己紹介"),
    ("ja", "就職活動", "就活、就職する、就職したい"),
    ("ja", "転職活動", "転活、転職したい"),
    ("ja", "ブランク", "空白、空白期間、離職期間、働いていない期間"),
    ("ja", "氏名", "名前、お名前"),
    # Words the site writes in Latin letters and people in katakana
    ("ja", "Cookie", "クッキー"),
    ("ja", "志望動機", "志望理由、応募動機"),
    ("en", "delete", "remove, erase, close account"),
    ("en", "password", "passcode, pw"),
]
