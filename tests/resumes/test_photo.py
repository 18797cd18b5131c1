"""The photo: JPEG/PNG only, metadata dropped, centre-cropped to 縦40 × 横30 mm."""

import io

import pytest
from PIL import Image

from resumes import photo


def image_bytes(size=(1200, 900), fmt="JPEG", color=(200, 50, 50), mode="RGB", exif=None, **kw):
    img = Image.new(mode, size, color)
    out = io.BytesIO()
    if exif is not None:
        kw["exif"] = exif
    img.save(out, fmt, **kw)
    return out.getvalue()


def test_landscape_is_cropped_round_its_centre_to_3_by_4():
    # Left third red, middle third green, right third blue: the crop keeps the green middle.
    img = Image.new("RGB", (1200, 900), (255, 0, 0))
    img.paste((0, 255, 0), (400, 0, 800, 900))
    img.paste((0, 0, 255), (800, 0, 1200, 900))
    out = io.BytesIO()
    img.save(out, "PNG")
    result = Image.open(io.BytesIO(photo.process_bytes(out.getvalue())))
    assert result.format == "JPEG"
    assert result.size == photo.SIZE == (354, 472)
    r, g, b = result.getpixel((177, 236))
    assert g > 200 and r < 60 and b < 60
    # The crop is 675 × 900 out of 1200 wide: its edges still show some red and blue.
    assert result.getpixel((2, 236))[0] > 200
    assert result.getpixel((351, 236))[2] > 200


def test_portrait_is_cropped_top_and_bottom():
    result = Image.open(io.BytesIO(photo.process_bytes(image_bytes(size=(600, 1600)))))
    assert result.size == (354, 472)


def test_exif_is_dropped():
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x0132] = "2025:06:15 10:00:00"  # DateTime
    data = image_bytes(exif=exif.tobytes())
    assert Image.open(io.BytesIO(data)).getexif()  # the upload has EXIF …
    result = photo.process_bytes(data)
    assert not Image.open(io.BytesIO(result)).getexif()  # … the stored photo has none
    assert b"CameraMaker" not in result


def test_exif_orientation_is_applied_before_cropping():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90°: the 1200 × 900 pixels are a portrait picture
    img = Image.new("RGB", (1200, 900), (255, 0, 0))
    img.paste((0, 0, 255), (0, 0, 600, 900))  # left half blue → top half after rotation
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    result = Image.open(io.BytesIO(photo.process_bytes(out.getvalue())))
    assert result.getpixel((177, 20))[2] > 200  # blue at the top
    assert result.getpixel((177, 450))[0] > 200  # red at the bottom


def test_transparent_png_prints_on_white():
    data = image_bytes(size=(300, 400), fmt="PNG", color=(0, 0, 0, 0), mode="RGBA")
    result = Image.open(io.BytesIO(photo.process_bytes(data)))
    assert min(result.getpixel((10, 10))) > 245


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "WEBP"])
def test_other_formats_are_refused(fmt):
    with pytest.raises(photo.PhotoError) as error:
        photo.process_bytes(image_bytes(fmt=fmt, size=(300, 400)))
    assert error.value.code == "format"
    assert "JPEG" in error.value.message


def test_not_an_image_and_truncated_files_are_refused():
    with pytest.raises(photo.PhotoError):
        photo.process_bytes(b"%PDF-1.7 not a picture")
    with pytest.raises(photo.PhotoError):
        photo.process_bytes(image_bytes()[:400])


def test_too_small_and_too_many_pixels():
    with pytest.raises(photo.PhotoError) as error:
        photo.process_bytes(image_bytes(size=(80, 100)))
    assert error.value.code == "too_small"
    # 7000 × 7000 (49 megapixels) is refused before it is decoded.
    big = image_bytes(size=(7000, 7000), fmt="PNG", color=255, mode="L")
    with pytest.raises(photo.PhotoError) as error:
        photo.process_bytes(big)
    assert error.value.code == "too_many_pixels"


def test_file_size_limit(settings):
    settings.RESUMES_PHOTO_MAX_BYTES = 1024 * 1024

    class Upload(io.BytesIO):
        size = 2 * 1024 * 1024

    with pytest.raises(photo.PhotoError) as error:
        photo.process(Upload(b"x" * (2 * 1024 * 1024)))
    assert error.value.code == "too_large"
    assert "1MB以下" in error.value.message
