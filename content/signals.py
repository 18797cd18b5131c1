"""Purge the page cache when anything a public page shows changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import purge_page_cache
from .models import ExamplePattern, FaqEntry, GlossaryTerm


def connect():
    page_published.connect(purge_page_cache, dispatch_uid="purge-on-publish")
    page_unpublished.connect(purge_page_cache, dispatch_uid="purge-on-unpublish")
    post_page_move.connect(purge_page_cache, dispatch_uid="purge-on-move")
    post_delete.connect(purge_page_cache, sender=Page, dispatch_uid="purge-on-page-delete")
    for model in (FaqEntry, GlossaryTerm, ExamplePattern):
        post_save.connect(purge_page_cache, sender=model, dispatch_uid=f"purge-{model.__name__}")
        post_delete.connect(purge_page_cache, sender=model, dispatch_uid=f"purge-del-{model.__name__}")
