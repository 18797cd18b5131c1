"""Home page content of the ジョブ・カード作成支援サイト demo."""

HOME = {
    "ja": {
        "title": "ジョブ・カード作成支援サイト",
        "hero_title": "これまでを振り返り、これからを描く。ジョブ・カードをもっと手軽に。",
        "hero_lead": (
            "ジョブ・カードは、あなたの経験や学び、資格、これからの目標を一つにまとめる"
            "「生涯を通じたキャリア・プランニング」と「職業能力証明」のためのツールです。"
            "このサイトでは、記入例やヘルプを見ながらパソコンやスマートフォンでジョブ・カードを作成・保存し、"
            "就職活動や職業訓練、キャリアの振り返りに活用できます。"
        ),
        "what_is": (
            "<p>ジョブ・カードは、職業能力開発促進法第15条の4に定められた「職務経歴等記録書」です。"
            "平成27年10月から、個人のキャリア・プランニングと職業能力の証明に役立つツールとして、"
            "現在の仕組みで運用されています。学生、仕事を探している方、働いている方など、"
            "どなたでも無料で作成できます。</p>"
            "<p>ジョブ・カードは、価値観や強み、これからの目標を書く「キャリア・プランシート」（様式1-1・1-2）、"
            "これまでの仕事を記録する「職務経歴シート」（様式2）、免許・資格や学習歴・訓練歴を記録する"
            "「職業能力証明シート」（様式3-1・3-2）などで構成されています。"
            "企業や訓練機関が訓練の成果や実務の成果を評価する様式3-3もあります。</p>"
            "<p>一度作って終わりではなく、転職や異動、資格の取得、訓練の修了など、節目ごとに書き足していくことで、"
            "あなただけのキャリアの記録になります。ハローワークなどでキャリアコンサルティングを受ける際の資料としても使えます。</p>"
        ),
        "advantages": [
            {
                "title": "保存して、いつでも続きから",
                "text": (
                    "作成したジョブ・カードはサイトに保存され、パソコン・タブレット・スマートフォンのどれからでも"
                    "見直しや更新ができます。途中で手を止めても、下書きから再開できます。"
                ),
            },
            {
                "title": "どの欄にもヘルプと記入例",
                "text": (
                    "「何を書けばいいか分からない」ときは、欄ごとのヘルプや用語説明、"
                    "年代・職種・経験に合わせた記入例を開いて参考にできます。"
                ),
            },
            {
                "title": "履歴書・職務経歴書に変換",
                "text": (
                    "入力した内容を、厚生労働省の履歴書様式例や職務経歴書の形式に変換して出力できます。"
                    "応募書類を一から書き直す手間が省けます。"
                ),
            },
            {
                "title": "支援者と共有して相談",
                "text": (
                    "キャリアコンサルタントや学校の担当者とジョブ・カードを共有し、"
                    "画面を見ながら面談やオンライン相談を受けることができます。"
                ),
            },
        ],
        "quick_title": "すぐに作成する",
        "quick_text": (
            "記入例とヘルプを見ながら、ご自身のペースでジョブ・カードを作成します。"
            "利用者登録をしなくても作成を始められ、登録すると保存や更新がいつでもできます。"
        ),
        "supported_title": "支援を受けて作成する",
        "supported_text": (
            "何を書けばよいか迷う方は、ハローワークやキャリア形成・リスキリング支援センターなどで、"
            "キャリアコンサルタントの助言を受けながら作成できます。相談は無料です。"
        ),
        "selector_title": "あなたに合った使い方を探す",
        "selector_lead": "あなたの立場と目的を選ぶと、おすすめのページをご案内します。",
    },
    "en": {
        "title": "Job Card Creation Support Site",
        "hero_title": "Look back on your path and plan what comes next. Creating a Job Card is now easier.",
        "hero_lead": (
            "The Job Card brings your experience, learning, qualifications and future goals together in one place. "
            "It is a tool for lifelong career planning and for proving your vocational skills. "
            "On this site you can create and save your Job Card on a computer or smartphone, with examples and help "
            "at hand, and use it for job hunting, vocational training and reviewing your career."
        ),
        "what_is": (
            "<p>The Job Card is the \"record of work history, etc.\" defined in Article 15-4 of the Human Resources "
            "Development Promotion Act. Since October 2015 it has been operated in its current form as a tool for "
            "personal career planning and for proving vocational ability. Anyone can create one free of charge: "
            "students, job seekers and people in work alike.</p>"
            "<p>A Job Card consists of the Career Plan Sheet (Forms 1-1 and 1-2), where you write your values, "
            "strengths and goals; the Work History Sheet (Form 2), which records your jobs; and the Vocational "
            "Ability Certification Sheets (Forms 3-1 and 3-2) for licences, qualifications, education and training. "
            "There is also Form 3-3, on which a company or training provider evaluates the results of training or "
            "work.</p>"
            "<p>It is not something you write once and forget. By adding to it at each turning point, such as a "
            "job change, a transfer, a new qualification or finishing a course, it becomes a record of your own "
            "career. You can also use it as material when receiving career consulting at Hello Work and "
            "elsewhere.</p>"
        ),
        "advantages": [
            {
                "title": "Saved, and ready whenever you return",
                "text": (
                    "Your Job Card is saved on the site, so you can review and update it from a computer, tablet "
                    "or smartphone. If you stop halfway, you can pick up again from your draft."
                ),
            },
            {
                "title": "Help and examples for every box",
                "text": (
                    "When you are not sure what to write, open the help, glossary and example sentences for each "
                    "box, matched to your age, field and experience."
                ),
            },
            {
                "title": "Convert to a résumé and CV",
                "text": (
                    "What you enter can be output in the MHLW sample résumé format and as a CV (work history), "
                    "so you do not have to rewrite your application documents from scratch."
                ),
            },
            {
                "title": "Share with a supporter",
                "text": (
                    "Share your Job Card with a career consultant or your school's staff and discuss it together, "
                    "face to face or online."
                ),
            },
        ],
        "quick_title": "Create it now",
        "quick_text": (
            "Create your Job Card at your own pace with examples and help. You can start without registering; "
            "once registered, you can save and update it at any time."
        ),
        "supported_title": "Create it with support",
        "supported_text": (
            "If you are unsure what to write, you can create it with advice from a career consultant at Hello Work, "
            "a Career Development and Reskilling Support Center, and elsewhere. Consultations are free."
        ),
        "selector_title": "Find the right way to use it",
        "selector_lead": "Choose who you are and what you want to do, and we will show you the pages that fit.",
    },
}
