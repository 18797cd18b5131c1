"""The 履歴書 photo: read an upload safely, keep only the pixels, centre-crop to 縦40mm × 横30mm.

- Only JPEG and PNG are opened (Pillow is told so, no other decoder runs), up to
  ``RESUMES_PHOTO_MAX_BYTES``. The width and height come from the header: above ``MAX_PIXELS``
  the picture is refused before a pixel is decoded (#14 item 3).
- Decoding is bounded: a JPEG is decoded at 1/2 to 1/8 of its size when that still leaves twice
  the printed size (libjpeg's DCT scaling), a large PNG is reduced right after decoding, before
  any copy is made. Any accepted upload costs well under 2 s and 150 MB (``bench/uploads.py``).
- A truncated or corrupt file is refused, whatever ``ImageFile.LOAD_TRUNCATED_IMAGES`` is set to
  elsewhere (WeasyPrint turns it on for the whole process): the photo is checked with the switch
  off, in ``strict_loading()`` (#14 item 5).
- The EXIF orientation is applied, then everything but the pixels is dropped: the JPEG written
  carries no EXIF (camera, GPS position, date), no ICC profile, no comments.
- The picture is cropped around its centre to 3:4 (横:縦) and resized to 354 × 472 pixels —
  30 × 40 mm at 300 dpi, the size the 履歴書 prints it at.

Errors are ``PhotoError`` with a message in plain Japanese for the form to show next to the field.
"""

from __future__ import annotations

import contextlib
import io
import threading
import warnings

from django.conf import settings
from django.utils.translation import gettext as _
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

WIDTH_MM, HEIGHT_MM = 30, 40
SIZE = (354, 472)  # 30 × 40 mm at 300 dpi
DPI = 300
# 24 megapixels (6000 × 4000, a common camera) is far more than a 30 × 40 mm print needs (0.17 MP)
# and keeps a PNG, decoded whole, under 100 MB; anything larger is refused from its header.
MAX_PIXELS = 24_000_000
DECODE_SIDE = 2 * max(SIZE)  # decode a JPEG no smaller than this on its shorter side
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


_strict_lock = threading.Lock()
_strict_users = 0
_strict_saved = False


@contextlib.contextmanager
def strict_loading():
    """Decode with ``ImageFile.LOAD_TRUNCATED_IMAGES`` off, then put it back.

    The switch is a module global of Pillow, and WeasyPrint sets it to True when it is imported, so
    that a truncated image in a page still renders. A photo must not be accepted half-decoded (the
    rest would print grey), so it is decoded with the switch off. Thread safety: the global is
    shared by every thread of the process. Photo checks running at the same time are counted, so
    the first one saves the value and the last one restores it (two overlapping checks cannot leave
    it off for good); while a check runs, a PDF rendered in another thread also sees the switch off,
    and an image truncated inside that PDF's sources would be left out rather than padded — the
    site's sources are its own files and stored photos (re-encoded whole here), so that does not
    happen in practice. If something sets the switch during the check (WeasyPrint imported then),
    its value is kept."""
    global _strict_users, _strict_saved
    with _strict_lock:
        if _strict_users == 0:
            _strict_saved = ImageFile.LOAD_TRUNCATED_IMAGES
        _strict_users += 1
        ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        yield
    finally:
        with _strict_lock:
            _strict_users -= 1
            if _strict_users == 0 and ImageFile.LOAD_TRUNCATED_IMAGES is False:
                ImageFile.LOAD_TRUNCATED_IMAGES = _strict_saved


def process_bytes(data: bytes) -> bytes:
    with strict_loading():
        image = _decode(data)
    image = ImageOps.exif_transpose(image)
    image = _flatten(image)
    cropped = ImageOps.fit(image, SIZE, method=Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    out = io.BytesIO()
    # A fresh image with no info dict: nothing but the pixels is written.
    clean = Image.new("RGB", cropped.size)
    clean.paste(cropped)
    clean.save(out, "JPEG", quality=90, optimize=True, dpi=(DPI, DPI))
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    """The image with only its header read: format and size known, no pixel decoded."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)


def _decode(data: bytes) -> Image.Image:
    not_image = PhotoError(
        _("写真として読み込めませんでした。JPEG（.jpg）かPNG（.png）の画像を選んでください。"), "format"
    )
    broken = PhotoError(
        _(
            "写真のファイルが途中で切れているか、壊れているため読み込めません。"
            "元の画像をもう一度保存し直してから選んでください。"
        ),
        "truncated",
    )
    try:
        image = _open(data)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise not_image from None
    except (OSError, SyntaxError, ValueError):
        raise not_image from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoError(
            _("画像の画素数が多すぎます。%(mp)d万画素以下に縮小した画像を選んでください。")
            % {"mp": MAX_PIXELS // 10_000},
            "too_many_pixels",
        )
    if min(width, height) < MIN_SIDE:
        raise PhotoError(
            _("写真が小さすぎます。縦横とも%(px)dピクセル以上の画像を選んでください。") % {"px": MIN_SIDE},
            "too_small",
        )
    try:
        if image.format == "PNG":
            image.verify()  # every chunk's checksum and the end marker, nothing decompressed
            image = _open(data)
        else:
            image.draft(image.mode, (DECODE_SIDE, DECODE_SIDE))  # JPEG: decode scaled down
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        raise broken from None
    factor = min(image.size) // DECODE_SIDE
    if factor >= 2:  # a large PNG: shrink before exif_transpose and convert copy it
        if image.mode in ("L", "RGB", "CMYK"):
            image = image.reduce(factor)  # a box filter, fast in these modes
        else:  # alpha or palette: box filtering is slow (RGBA, ~0.5 s at 24 MP) or unsupported (P)
            smaller = (image.width // factor, image.height // factor)
            image = image.resize(smaller, Image.Resampling.NEAREST)
    return image


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white (a transparent PNG would otherwise print black)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")
