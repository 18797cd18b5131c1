"""StreamField blocks: validation messages in Japanese, rendering, and attribute filters."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document

from content.blocks import ExampleSentenceBlock, ImageBlock, SheetFormBlock, VideoBlock
from content.blocks.links import LinkBlock
from content.blocks.media import embed_url_for
from content.models import ExamplePattern

pytestmark = pytest.mark.demo


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://example.com/video.mp4", None),
        ("https://www.youtube.com/watch?v=short", None),
    ],
)
def test_embed_urls_are_built_from_the_address_alone(url, expected):
    assert embed_url_for(url) == expected


def _document(name, content=b"x"):
    doc = Document(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def _errors(block, value):
    with pytest.raises(StructBlockValidationError) as info:
        block.clean(block.to_python(value))
    return {name: " ".join(e.messages) for name, e in info.value.block_errors.items()}


@pytest.mark.django_db
def test_video_needs_exactly_one_source_and_captions_for_files():
    block = VideoBlock()
    errors = _errors(block, {"title": "使い方", "transcript": "<p>説明</p>"})
    assert "どちらか一方" in errors["file"]

    video = _document("howto.mp4")
    errors = _errors(block, {"title": "使い方", "file": video.pk, "transcript": "<p>説明</p>"})
    assert "字幕ファイル" in errors["captions"]

    wrong = _document("notes.txt")
    errors = _errors(
        block, {"title": "使い方", "file": video.pk, "captions": wrong.pk, "transcript": "<p>説明</p>"}
    )
    assert ".vtt" in errors["captions"]

    errors = _errors(
        block, {"title": "使い方", "embed_url": "https://example.com/x", "transcript": "<p>a</p>"}
    )
    assert "YouTube または Vimeo" in errors["embed_url"]


@pytest.mark.django_db
def test_video_file_renders_a_player_with_captions_and_transcript():
    block = VideoBlock()
    video = _document("howto.mp4")
    captions = _document("howto.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nこんにちは\n".encode())
    value = block.clean(
        block.to_python(
            {
                "title": "作り方の動画",
                "file": video.pk,
                "captions": captions.pk,
                "transcript": "<p>書き起こし本文</p>",
            }
        )
    )
    html = block.render(value)
    assert "<video" in html and 'kind="captions"' in html
    assert captions.url in html
    assert "書き起こし本文" in html


def test_video_embed_is_click_to_load_without_an_iframe():
    block = VideoBlock()
    value = block.to_python(
        {"title": "紹介動画", "embed_url": "https://youtu.be/dQw4w9WgXcQ", "transcript": "<p>本文</p>"}
    )
    html = block.render(value)
    assert "<iframe" not in html
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in html


def test_image_alt_text_is_required():
    block = ImageBlock()
    assert block.child_blocks["alt"].required


def test_link_needs_a_page_or_a_url_but_not_both():
    block = LinkBlock()
    errors = _errors(block, {"title": "ハローワーク", "page": None, "url": ""})
    assert "どちらか一方" in errors["url"]
    value = block.clean(
        block.to_python({"title": "job tag", "page": None, "url": "https://shigoto.mhlw.go.jp/"})
    )
    assert value["url"] == "https://shigoto.mhlw.go.jp/"


@pytest.mark.django_db
def test_example_sentences_are_filtered_by_attributes():
    block = ExampleSentenceBlock()
    value = block.to_python(
        {"title": "強みの記入例", "box": "strengths", "user_type": "student", "limit": 10}
    )
    html = block.render(value)
    students = ExamplePattern.objects.filter(user_type="student", locale__language_code="ja")
    others = ExamplePattern.objects.exclude(user_type="student")
    assert students.exists() and others.exists()
    assert students.first().strengths[:30] in html
    for pattern in others:
        assert pattern.strengths[:30] not in html


def test_sheet_form_block_names_the_sheet():
    block = SheetFormBlock()
    html = block.render(block.to_python({"sheet": "1-2", "intro": "学生の方はこの様式から。"}))
    assert "様式1-2" in html
    assert "学生の方はこの様式から。" in html
