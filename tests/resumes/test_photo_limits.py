"""The photo check is bounded and strict (#14 items 3 and 5): the pixel count is read from the
header and refused before decoding; a truncated file is refused even when WeasyPrint has turned
Pillow's LOAD_TRUNCATED_IMAGES on for the process, and the switch is left as it was found."""

import io
import threading

import pytest
from PIL import Image, ImageFile

from resumes import photo
from resumes.models import ResumeDraft

from .test_pages import URL, form_data


def png(size, mode="RGB", color=(40, 120, 200), **kw) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, color).save(out, "PNG", **kw)
    return out.getvalue()


def noisy(fmt: str, size=(900, 1200)) -> bytes:
    """A picture whose compressed data fills the file (cutting it loses pixels, not padding)."""
    out = io.BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(out, fmt)
    return out.getvalue()


@pytest.fixture
def weasyprint_switch(monkeypatch):
    """Pillow's global as WeasyPrint leaves it once imported (weasyprint/images.py)."""
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)


def test_a_40_megapixel_png_small_on_disk_is_refused_from_its_header():
    data = png((7700, 5143), mode="L", color=200, optimize=True)  # 39.6 MP, the picture
    assert len(data) < 200_000
    with pytest.raises(photo.PhotoError) as error:
        photo.process_bytes(data)
    assert error.value.code == "too_many_pixels"
    assert error.value.message == "画像の画素数が多すぎます。2400万画素以下に縮小した画像を選んでください。"


def test_the_largest_accepted_png_is_still_printed_at_the_photo_size():
    data = png((5990, 3990), mode="RGBA", color=(90, 120, 150, 255), optimize=True)  # 23.9 MP
    result = Image.open(io.BytesIO(photo.process_bytes(data)))
    assert result.size == photo.SIZE
    r, g, b = result.getpixel((177, 236))
    assert abs(r - 90) < 8 and abs(g - 120) < 8 and abs(b - 150) < 8


def test_a_large_jpeg_is_decoded_scaled_down_and_printed_at_the_photo_size():
    img = Image.new("RGB", (6000, 4000), (0, 0, 255))
    img.paste((0, 255, 0), (2000, 0, 4000, 4000))  # the middle third green
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    result = Image.open(io.BytesIO(photo.process_bytes(out.getvalue())))
    assert result.size == photo.SIZE
    r, g, b = result.getpixel((177, 236))
    assert g > 200 and r < 60 and b < 60


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_truncated_picture_is_refused_although_the_switch_is_on(weasyprint_switch, fmt):
    whole = noisy(fmt)
    with pytest.raises(photo.PhotoError) as error:
        photo.process_bytes(whole[: len(whole) * 2 // 3])
    assert error.value.code == "truncated"
    assert "途中で切れているか、壊れている" in error.value.message
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # put back for WeasyPrint
    assert Image.open(io.BytesIO(photo.process_bytes(whole))).size == photo.SIZE  # the whole file is fine


def test_strict_loading_nests_and_overlaps_and_restores_the_switch(weasyprint_switch):
    inside = threading.Event()
    release = threading.Event()
    seen = []

    def other_check():
        with photo.strict_loading():
            seen.append(ImageFile.LOAD_TRUNCATED_IMAGES)
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other_check)
    thread.start()
    inside.wait(5)
    with photo.strict_loading():
        with photo.strict_loading():
            seen.append(ImageFile.LOAD_TRUNCATED_IMAGES)
        release.set()
        thread.join(5)
        seen.append(ImageFile.LOAD_TRUNCATED_IMAGES)  # the other check ended, this one still runs
    assert seen == [False, False, False]
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True


@pytest.mark.django_db
def test_a_truncated_png_upload_gets_the_message_next_to_the_field_and_nothing_is_stored(
    weasyprint_switch, signed_in, person, fixed_today
):
    page = signed_in.get(URL)
    data = form_data(page, wishes="在宅勤務を希望します。")
    whole = noisy("PNG")
    upload = io.BytesIO(whole[: len(whole) // 2])
    upload.name = "photo.png"
    data["photo"] = upload
    response = signed_in.post(URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert '<p class="field-error" id="id_photo-error">' in html
    assert "写真のファイルが途中で切れているか、壊れているため読み込めません。" in html
    assert ">在宅勤務を希望します。</textarea>" in html
    assert not ResumeDraft.objects.filter(card__owner=person).exists()
