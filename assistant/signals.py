"""Rebuild the assistant's index when what it answers from changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from content.models import ExamplePattern, FaqEntry, GlossaryTerm

from .models import Synonym
from .retrieval import bump_generation


def connect():
    page_published.connect(bump_generation, dispatch_uid="assistant-on-publish")
    page_unpublished.connect(bump_generation, dispatch_uid="assistant-on-unpublish")
    post_page_move.connect(bump_generation, dispatch_uid="assistant-on-move")
    post_delete.connect(bump_generation, sender=Page, dispatch_uid="assistant-on-page-delete")
    for model in (FaqEntry, GlossaryTerm, ExamplePattern, Synonym):
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"assistant-{model.__name__}")
        post_delete.connect(bump_generation, sender=model, dispatch_uid=f"assistant-del-{model.__name__}")
