"""Demo content for legal pages: プライバシーポリシー at /privacy/ and 利用規約 at /terms/.

Called by demo.loader.DemoLoader.run() once the home pages exist::

    from demo.loaders.legal import load_legal_pages
    ...
    load_legal_pages(self, homes)

Uses the loader's own helpers, so the pages get deterministic translation keys (Japanese and English
linked), are updated in place on a second run, and are published.
"""

from __future__ import annotations

import datetime

from demo.data import legal
from legal.models import LegalPage


def load_legal_pages(loader, homes) -> list[LegalPage]:
    pages = []
    for item in legal.LEGAL_PAGES:
        for lang in homes:
            text = item[lang]
            page = loader._save_page(
                LegalPage,
                item["key"],
                lang,
                homes[lang],
                item["slug"],
                {
                    "title": text["title"],
                    "intro": text["intro"],
                    "body": loader.stream(text["body"], lang),
                    "established_on": datetime.date.fromisoformat(item["established"]),
                    "revised_on": datetime.date.fromisoformat(item["revised"]),
                },
            )
            pages.append(page)
    loader.log(f"legal pages: {len(legal.LEGAL_PAGES)} (ja and en)")
    return pages
