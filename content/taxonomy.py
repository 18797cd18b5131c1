"""The fixed vocabularies of the site.

利用者種別, 利用目的 and 利用ケース come from table 2-7 of the MHLW policy document; FAQ audiences
from table 2-11/2-12; the 記入例 attributes (職種分野, 年齢層, 経験) from table 2-9. They are defined
here once and nowhere else: models, forms, the API and the demo content all import these codes.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UserType(models.TextChoices):
    """利用者種別."""

    JOB_SEEKER = "job_seeker", _("求職者")
    EMPLOYED = "employed", _("在職者")
    STUDENT = "student", _("学生")


class Purpose(models.TextChoices):
    """本サイトの利用目的."""

    CAREER_REVIEW = "career_review", _("キャリアの棚卸し・振り返り")
    JOB_SEARCH = "job_search", _("仕事を探す準備")
    TRAINING = "training", _("訓練を受ける準備")


class UseCase(models.TextChoices):
    """本サイトの利用ケース."""

    QUICK = "quick", _("すぐに作成したい")
    SUPPORTED = "supported", _("支援を受けて作成したい")
    UPDATE = "update", _("更新したい")
    LEARN = "learn", _("まず知りたい")


class OverviewAudience(models.TextChoices):
    """制度趣旨 is written twice: for students and for working adults."""

    STUDENT = "student", _("学生向け")
    ADULT = "adult", _("社会人向け")


class CreationMode(models.TextChoices):
    """作成方法: on one's own, or with a supporter; and 使い方・ヘルプ pages about this site's features."""

    QUICK = "quick", _("すぐに作成する")
    SUPPORTED = "supported", _("支援を受けて作成する")
    HELP = "help", _("サイトの使い方")


class SupporterKind(models.TextChoices):
    """Supporter guides (table 2-12)."""

    CONSULTANT = "consultant", _("作成支援者（キャリアコンサルタント等）")
    COMPANY = "company", _("企業")
    SCHOOL = "school", _("学校")


class FaqAudience(models.TextChoices):
    """Who an FAQ entry is for."""

    SYSTEM = "system", _("制度について")
    STUDENT = "student", _("学生の方")
    EMPLOYED = "employed", _("在職者の方")
    JOB_SEEKER = "job_seeker", _("求職者の方")
    SCHOOL = "school", _("学校の方")
    COMPANY = "company", _("企業の方")
    CONSULTANT = "consultant", _("キャリアコンサルタントの方")
    SITE = "site", _("サイトの使い方")


class JobField(models.TextChoices):
    """職種分野 of a 記入例 pattern."""

    HUMANITIES = "humanities", _("文系（学生）")
    SCIENCES = "sciences", _("理系（学生）")
    OFFICE = "office", _("事務")
    SALES = "sales", _("営業・販売")
    CARE = "care", _("介護・福祉")
    MEDICAL = "medical", _("医療")
    IT = "it", _("IT・技術")
    MANUFACTURING = "manufacturing", _("製造")
    CONSTRUCTION = "construction", _("建設")
    SERVICE = "service", _("サービス・飲食")
    LOGISTICS = "logistics", _("物流・運輸")
    EDUCATION = "education", _("教育・保育")


class AgeBand(models.TextChoices):
    """年齢層 of a 記入例 pattern."""

    TEENS_20S = "under25", _("10代〜20代前半")
    AGE_20S = "20s", _("20代")
    AGE_30S = "30s", _("30代")
    AGE_40S = "40s", _("40代")
    AGE_50S = "50s", _("50代")
    AGE_60S = "60plus", _("60代以上")


class Experience(models.TextChoices):
    """経験 of a 記入例 pattern."""

    NONE = "none", _("就業経験なし")
    NEW_FIELD = "new_field", _("未経験の分野へ")
    SHORT = "short", _("経験3年未満")
    MIDDLE = "middle", _("経験3〜10年")
    LONG = "long", _("経験10年以上")
    GAP = "gap", _("ブランクあり")


class SheetBox(models.TextChoices):
    """The free-text boxes of the Job Card sheets that 記入例 patterns give text for.

    The sheets issue owns the full sheet definitions; these codes are the boxes that guidance
    and example sentences refer to.
    """

    SCHOOL_ACTIVITIES = "school_activities", _("学校や学校以外で取り組んだこと（様式1-2）")
    VALUES_INTERESTS = "values_interests", _("価値観、興味、関心事項等（様式1）")
    STRENGTHS = "strengths", _("強み等（様式1）")
    FUTURE_WORK = "future_work", _("将来取り組みたい仕事や働き方等（様式1）")
    NEXT_ACTIONS = "next_actions", _("これから取り組むこと等（様式1）")
    JOB_DUTIES = "job_duties", _("職務内容（様式2）")
    JOB_LEARNINGS = "job_learnings", _("職務の中で学んだこと、得られた知識・技能等（様式2）")
    QUALIFICATION_NOTES = "qualification_notes", _("免許・資格の内容等（様式3-1）")
    STUDY_CONTENT = "study_content", _("主な学習内容（様式3-2）")


class Sheet(models.TextChoices):
    """The Job Card sheets (様式) a page can embed."""

    CAREER_PLAN_EXPERIENCED = "1-1", _("様式1-1 キャリア・プランシート（就業経験がある方用）")
    CAREER_PLAN_STUDENT = "1-2", _("様式1-2 キャリア・プランシート（就業経験がない方、学卒者等用）")
    WORK_HISTORY = "2", _("様式2 職務経歴シート")
    QUALIFICATIONS = "3-1", _("様式3-1 職業能力証明（免許・資格）シート")
    LEARNING = "3-2", _("様式3-2 職業能力証明（学習歴・訓練歴）シート")
