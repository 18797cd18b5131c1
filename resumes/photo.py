"""The 履歴書 photo: read an upload safely, keep only the pixels, centre-crop to 縦40mm × 横30mm.

- Only JPEG and PNG are opened (Pillow is told so, no other decoder runs), up to
  ``RESUMES_PHOTO_MAX_BYTES`` and ``MAX_PIXELS`` (a decompression bomb is refused, not decoded).
- The EXIF orientation is applied, then everything but the pixels is dropped: the JPEG written
  carries no EXIF (camera, GPS position, date), no ICC profile, no comments.
- The picture is cropped around its centre to 3:4 (横:縦) and resized to 354 × 472 pixels —
  30 × 40 mm at 300 dpi, the size the 履歴書 prints it at.

Errors are ``PhotoError`` with a message in plain Japanese for the form to show next to the field.
"""

from __future__ import annotations

import io
import warnings

from django.conf import settings
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

WIDTH_MM, HEIGHT_MM = 30, 40
SIZE = (354, 472)  # 30 × 40 mm at 300 dpi
DPI = 300
MAX_PIXELS = 40_000_000  # a 40-megapixel camera; anything larger is refused before decoding
MIN_SIDE = 120  # smaller than this would print as a blur
ACCEPTED_FORMATS = ("JPEG", "PNG")


class PhotoError(ValueError):
    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def max_bytes() -> int:
    return int(getattr(settings, "RESUMES_PHOTO_MAX_BYTES", 10 * 1024 * 1024))


def process(upload) -> bytes:
    """An uploaded file (anything with ``read()`` and ``size``) → the JPEG to print."""
    limit = max_bytes()
    if getattr(upload, "size", 0) > limit:
        raise PhotoError(
            _("写真のファイルが大きすぎます。%(mb)dMB以下の画像を選んでください。")
            % {"mb": limit // (1024 * 1024)},
            "too_large",
        )
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise PhotoError(
            _("写真のファイルが大きすぎます。%(mb)dMB以下の画像を選んでください。")
            % {"mb": limit // (1024 * 1024)},
            "too_large",
        )
    return process_bytes(data)


def process_bytes(data: bytes) -> bytes:
    not_image = PhotoError(
        _("写真として読み込めませんでした。JPEG（.jpg）かPNG（.png）の画像を選んでください。"), "format"
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise PhotoError(
                    _("画像の画素数が多すぎます。4000万画素以下の画像を選んでください。"), "too_many_pixels"
                )
            image.load()
    except PhotoError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise not_image from None
    except (OSError, SyntaxError, ValueError):  # truncated or corrupt files
        raise not_image from None

    image = ImageOps.exif_transpose(image)
    if min(image.size) < MIN_SIDE:
        raise PhotoError(
            _("写真が小さすぎます。縦横とも%(px)dピクセル以上の画像を選んでください。") % {"px": MIN_SIDE},
            "too_small",
        )
    image = _flatten(image)
    cropped = ImageOps.fit(image, SIZE, method=Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    out = io.BytesIO()
    # A fresh image with no info dict: nothing but the pixels is written.
    clean = Image.new("RGB", cropped.size)
    clean.paste(cropped)
    clean.save(out, "JPEG", quality=90, optimize=True, dpi=(DPI, DPI))
    return out.getvalue()


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white (a transparent PNG would otherwise print black)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")
