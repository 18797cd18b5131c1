"""Builds the demo site from the data modules in demo/data. Running it twice changes nothing new.

Every page and snippet gets a deterministic translation key derived from its data key, so the
Japanese original and its English translation are linked, and a second run updates in place.
"""

import datetime
import uuid

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from content.models import ExamplePattern, FaqEntry, GlossaryTerm, PurposeTag, UserTypeTag
from content.taxonomy import Purpose, UserType
from demo.loaders.insights import load_insights_demo
from demo.loaders.legal import load_legal_pages
from demo.loaders.matching import load_postings
from demo.loaders.occupations import load_occupations
from demo.loaders.partners import load_demo_partner
from demo.loaders.sentences import load_sentence_flows
from demo.loaders.sharing import load_supporters
from demo.loaders.sheets import load_demo_person
from guidance_pages.models import (
    CaseStudyPage,
    ColumnPage,
    FaqPage,
    GlossaryPage,
    HowToPage,
    NoticePage,
    OverviewPage,
    SectionPage,
    SupporterGuidePage,
    UsageGuidePage,
)
from home.models import HomePage, MenuPage

from . import mynaportal
from .data import examples, faq, glossary, guides, help_pages, home, menus, person, sections

NAMESPACE = uuid.UUID("5b0c6f8e-4a52-4d55-9a8e-0b6a3b7f2c11")
LANGS = ("ja", "en")


def key_uuid(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, key)


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.locales = {}
        self.pages: dict[tuple[str, str], Page] = {}

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGS}
        self.load_snippets()
        homes = self.load_home()
        self.load_tree(homes)
        self.load_menus(homes)
        self.set_home_links(homes)
        load_legal_pages(self, homes)
        load_occupations(self)
        load_sentence_flows(self)
        load_sentence_flows(self, "en")  # English questions; the sentences stay Japanese
        self.load_users()
        load_insights_demo(self)
        load_demo_person(self)
        self.link_mynaportal_test_person()
        load_postings(self)
        load_supporters(self)
        load_demo_partner(self)

    # Snippets ---------------------------------------------------------------------------------

    def _upsert_snippet(self, model, key, lang, fields):
        obj, _created = model.objects.update_or_create(
            translation_key=key_uuid(key), locale=self.locales[lang], defaults=fields
        )
        return obj

    def load_snippets(self):
        for index, item in enumerate(faq.FAQS):
            for lang in LANGS:
                text = item[lang]
                self._upsert_snippet(
                    FaqEntry,
                    f"faq:{index}",
                    lang,
                    {
                        "audience": item["audience"],
                        "question": text["question"],
                        "answer": text["answer"],
                        "sort_order": index,
                    },
                )
        for index, item in enumerate(glossary.GLOSSARY):
            for lang in LANGS:
                text = item[lang]
                self._upsert_snippet(
                    GlossaryTerm,
                    f"glossary:{index}",
                    lang,
                    {
                        "term": text["term"],
                        "reading": text.get("reading", item["ja"].get("reading", "")),
                        "definition": text["definition"],
                    },
                )
        for index, item in enumerate(examples.EXAMPLES):
            fields = {
                name: item[name] for name in ("title", "user_type", "job_field", "age_band", "experience")
            }
            fields.update(item["texts"])
            self._upsert_snippet(ExamplePattern, f"example:{index}", "ja", fields)
        self.log(
            f"snippets: {len(faq.FAQS)} FAQ, {len(glossary.GLOSSARY)} glossary terms, "
            f"{len(examples.EXAMPLES)} 記入例 patterns"
        )

    # Pages ------------------------------------------------------------------------------------

    def _save_page(self, model, key, lang, parent, slug, fields):
        """Create or update the page for ``key`` in ``lang`` under ``parent`` and publish it."""
        locale = self.locales[lang]
        page = model.objects.filter(translation_key=key_uuid(key), locale=locale).first()
        tags = {name: fields.pop(name) for name in ("user_types", "purposes") if name in fields}
        if page is None:
            page = model(translation_key=key_uuid(key), locale=locale, slug=slug, **fields)
            parent.add_child(instance=page)
        else:
            for name, value in fields.items():
                setattr(page, name, value)
        if "user_types" in tags:
            page.user_types.set(UserTypeTag.objects.filter(code__in=tags["user_types"]))
        if "purposes" in tags:
            page.purposes.set(PurposeTag.objects.filter(code__in=tags["purposes"]))
        page.save_revision().publish()
        self.pages[(key, lang)] = page
        return page

    def load_home(self):
        root = Page.get_first_root_node()
        # The placeholder page Wagtail's first migration creates.
        Page.objects.filter(depth=2, title="Welcome to your new Wagtail site!").delete()
        homes = {}
        for lang in LANGS:
            data = home.HOME[lang]
            fields = {
                "title": sections.SITE_TITLE[lang],
                "hero_title": data["hero_title"],
                "hero_lead": data["hero_lead"],
                "what_is": data["what_is"],
                "advantages": [
                    {"type": "advantage", "value": {"title": a["title"], "text": a["text"]}}
                    for a in data["advantages"]
                ],
                "quick_title": data["quick_title"],
                "quick_text": data["quick_text"],
                "supported_title": data["supported_title"],
                "supported_text": data["supported_text"],
                "selector_title": data["selector_title"],
                "selector_lead": data["selector_lead"],
            }
            homes[lang] = self._save_page(HomePage, "home", lang, root, f"home-{lang}", fields)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname = "localhost"
        site.port = 80
        site.site_name = sections.SITE_TITLE["ja"]
        site.root_page = homes["ja"]
        site.save()
        return homes

    def _guide_fields(self, item, lang, extra=()):
        text = item[lang]
        fields = {
            "title": text["title"],
            "intro": text.get("intro", ""),
            "user_types": item.get("user_types", []),
            "purposes": item.get("purposes", []),
        }
        for name in extra:
            fields[name] = item[name]
        return fields

    def load_tree(self, homes):
        page_types = {
            "OVERVIEW_PAGES": (OverviewPage, ("audience",)),
            "HOWTO_PAGES": (HowToPage, ("mode",)),
            "USAGE_PAGES": (UsageGuidePage, ("user_type", "purpose")),
            "SUPPORTER_PAGES": (SupporterGuidePage, ("kind",)),
            "COLUMNS": (ColumnPage, ()),
            "NOTICES": (NoticePage, ()),
            "HELP_PAGES": (HowToPage, ("mode",)),
        }
        sources = {"HELP_PAGES": help_pages}
        bodies = []  # (page key, lang, text): bodies are set once every page they link to exists.
        for section in sections.SECTIONS:
            model, extra = page_types[section["children"]]
            for lang in LANGS:
                parent = self._save_page(
                    SectionPage,
                    section["key"],
                    lang,
                    homes[lang],
                    section["slug"],
                    {"title": section[lang]["title"], "intro": section[lang]["intro"]},
                )
                for item in getattr(sources.get(section["children"], guides), section["children"]):
                    fields = self._guide_fields(item, lang, extra)
                    if model is NoticePage:
                        fields["date"] = datetime.date.fromisoformat(item["date"])
                    self._save_page(model, item["key"], lang, parent, item["slug"], fields)
                    bodies.append((item["key"], lang, item[lang]))
                    for case in item.get("case_studies", []):
                        fields = {
                            "title": case[lang]["title"],
                            "intro": case[lang].get("intro", ""),
                            "organisation": case[lang]["organisation"],
                        }
                        owner = self.pages[(item["key"], lang)]
                        self._save_page(CaseStudyPage, case["key"], lang, owner, case["slug"], fields)
                        bodies.append((case["key"], lang, case[lang]))
        for model, data in ((FaqPage, sections.FAQ_PAGE), (GlossaryPage, sections.GLOSSARY_PAGE)):
            for lang in LANGS:
                self._save_page(
                    model,
                    data["key"],
                    lang,
                    homes[lang],
                    data["slug"],
                    {"title": data[lang]["title"], "intro": data[lang]["intro"]},
                )
        for key, lang, text in bodies:
            page = self.pages[(key, lang)]
            page.body = self.stream(text.get("body", []), lang)
            page.save_revision().publish()
        self.log(f"pages: {len(self.pages)} (ja and en)")

    def page_id(self, key, lang):
        return self.pages[(key, lang)].pk

    def stream(self, blocks, lang):
        """Turn the data modules' (block_type, value) tuples into StreamField raw data."""
        raw = []
        for block_type, value in blocks:
            if block_type == "faq_list":
                value = {**value, "entries": []}
            elif block_type == "related_links":
                value = {
                    "title": value["title"],
                    "links": [
                        {
                            "title": link["title"],
                            "page": self.page_id(link["page"], lang) if link.get("page") else None,
                            "url": link.get("url", ""),
                            "description": link.get("description", ""),
                        }
                        for link in value["links"]
                    ],
                }
            elif block_type == "example_sentences":
                value = {"limit": 3, **value}
            raw.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
        return raw

    def load_menus(self, homes):
        for item in menus.MENUS:
            key = f"menu:{item['user_type']}:{item['purpose']}"
            for lang in LANGS:
                sections_raw = [
                    {
                        "type": "section",
                        "value": {
                            "use_case": section["use_case"],
                            "heading": section[lang]["heading"],
                            "text": section[lang].get("text", ""),
                            "items": [self.page_id(page_key, lang) for page_key in section["items"]],
                        },
                        "id": str(uuid.uuid4()),
                    }
                    for section in item["sections"]
                ]
                self._save_page(
                    MenuPage,
                    key,
                    lang,
                    homes[lang],
                    item["slug"],
                    {
                        "title": item[lang]["title"],
                        "intro": item[lang]["intro"],
                        "user_type": item["user_type"],
                        "purpose": item["purpose"],
                        "sections": sections_raw,
                    },
                )
        expected = len(UserType.values) * len(Purpose.values)
        self.log(f"menus: {len(menus.MENUS)} of {expected} 利用者種別 × 利用目的")

    def set_home_links(self, homes):
        for lang, page in homes.items():
            page.quick_page = self.pages[("howto-quick", lang)]
            page.supported_page = self.pages[("howto-supported", lang)]
            page.save_revision().publish()

    # Users ------------------------------------------------------------------------------------

    def link_mynaportal_test_person(self):
        """Test person A of the 検証用マイナポータル (`make run`) signs in as the demo job seeker.

        Only the subject is stored, as for a real link; no other person is linked.
        """
        user = get_user_model().objects.get(email=person.PERSON["email"])
        SocialAccount.objects.update_or_create(
            provider="mynaportal",
            uid=mynaportal.LINKED_SUB,
            defaults={"user": user, "extra_data": {"sub": mynaportal.LINKED_SUB}},
        )

    def load_users(self):
        User = get_user_model()
        self.users = []
        for data in sections.USERS:
            user, created = User.objects.get_or_create(
                email=data["email"],
                defaults={
                    "last_name": data["last_name"],
                    "first_name": data["first_name"],
                    "is_staff": True,
                },
            )
            if created:
                user.set_password(data["password"])
                user.save()
            user.groups.add(Group.objects.get(name=data["group"]))
            # Demo logins work at once: their addresses count as verified.
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            self.users.append(data)
