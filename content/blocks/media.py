"""Image and video blocks.

Videos are either an uploaded file (with WebVTT captions and a transcript) or an embed URL from
an allowed provider. Nothing is fetched from the provider at render time: the embed URL is built
from the address alone, and the player is only loaded when the visitor presses play.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .basic import ParagraphBlock

VIDEO_FILE_EXTENSIONS = (".mp4", ".webm")
CAPTION_EXTENSIONS = (".vtt",)
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def embed_url_for(url: str) -> str | None:
    """Return the privacy-friendly player address for a YouTube or Vimeo URL, or None."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    video_id = None
    if host in {"www.youtube.com", "youtube.com", "m.youtube.com"}:
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [None])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
    elif host == "youtu.be":
        video_id = parsed.path.lstrip("/")
    elif host in {"www.youtube-nocookie.com", "youtube-nocookie.com"} and parsed.path.startswith("/embed/"):
        video_id = parsed.path.split("/")[2]
    if video_id and _YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host in {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}:
        number = parsed.path.rstrip("/").split("/")[-1]
        if number.isdigit():
            return f"https://player.vimeo.com/video/{number}"
    return None


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("画像"))
    alt = blocks.CharBlock(
        label=_("代替テキスト"),
        max_length=250,
        help_text=_("画像の内容を言葉で説明してください（読み上げソフトで読まれます）。"),
    )
    caption = blocks.CharBlock(label=_("キャプション"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("画像")
        template = "blocks/image.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("動画のタイトル"), max_length=120)
    file = DocumentChooserBlock(label=_("動画ファイル（MP4/WebM）"), required=False)
    captions = DocumentChooserBlock(label=_("字幕ファイル（WebVTT）"), required=False)
    embed_url = blocks.URLBlock(label=_("埋め込みURL（YouTube または Vimeo）"), required=False)
    transcript = ParagraphBlock(
        label=_("書き起こし"),
        help_text=_("音声の内容をすべて文字にしてください。動画を見られない方も内容を確認できます。"),
    )

    class Meta:
        icon = "media"
        label = _("動画")
        template = "blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        file, captions, url = value.get("file"), value.get("captions"), value.get("embed_url")
        if bool(file) == bool(url):
            message = _("動画ファイルか埋め込みURLのどちらか一方を指定してください。")
            errors["file"] = ValidationError(message)
            errors["embed_url"] = ValidationError(message)
        if file:
            if not file.file.name.lower().endswith(VIDEO_FILE_EXTENSIONS):
                errors["file"] = ValidationError(_("MP4 または WebM の動画ファイルを選んでください。"))
            if not captions:
                errors["captions"] = ValidationError(_("動画ファイルには字幕ファイル（WebVTT）が必要です。"))
        if captions and not captions.file.name.lower().endswith(CAPTION_EXTENSIONS):
            errors["captions"] = ValidationError(_("字幕は .vtt 形式のファイルを選んでください。"))
        if url and embed_url_for(url) is None:
            errors["embed_url"] = ValidationError(
                _("YouTube または Vimeo の動画ページのURLを入力してください。")
            )
        if errors:
            raise StructBlockValidationError(errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["player_url"] = embed_url_for(value["embed_url"]) if value.get("embed_url") else None
        return context
