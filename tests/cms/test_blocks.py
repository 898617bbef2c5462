"""The shared block library renders every block accessibly, and a video whose embed
cannot be fetched still leaves a working link (no page breaks offline)."""

import io

import pytest
from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model

from cms.blocks import BaseStreamBlock

pytestmark = pytest.mark.django_db

VIDEO = "https://www.youtube.com/watch?v=demo111"


class UnreachableFinder(EmbedFinder):
    """Stands for an oEmbed provider that cannot be reached (no internet)."""

    def accept(self, url):
        return True

    def find_embed(self, url, max_width=None, max_height=None):
        raise EmbedNotFoundException


def _render(blocks):
    block = BaseStreamBlock()
    return block.render(block.to_python(blocks))


def _image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#0b4f8a").save(buffer, "PNG")
    return get_image_model().objects.create(
        title="Tờ rơi", file=ImageFile(buffer, name="to-roi.png")
    )


def test_text_blocks_render_with_a_valid_outline():
    html = _render(
        [
            {"type": "heading", "value": {"text": "Dấu hiệu", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Bị <b>giữ</b> giấy tờ.</p>"},
            {
                "type": "quote",
                "value": {"quote": "Hãy gọi 111.", "attribution": "Cán bộ xã"},
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Hỏi đáp",
                    "items": [
                        {"question": "Gọi có mất phí?", "answer": "<p>Không.</p>"}
                    ],
                },
            },
            {
                "type": "statistics",
                "value": {
                    "heading": "",
                    "items": [
                        {"value": "111", "label": "Đường dây nóng", "source": ""}
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Cần giúp?",
                    "text": "",
                    "button_text": "Gọi 111",
                    "page": None,
                    "url": "tel:111",
                },
            },
        ]
    )
    assert "<h3>Dấu hiệu</h3>" in html
    assert "<b>giữ</b>" in html
    assert "<blockquote><p>Hãy gọi 111.</p></blockquote>" in html
    assert "<details" in html and "<summary>Gọi có mất phí?</summary>" in html
    assert "<dt>Đường dây nóng</dt>" in html
    assert 'href="tel:111"' in html


def test_rich_text_from_the_editor_is_sanitised():
    from wagtail.test.utils.form_data import rich_text

    block = BaseStreamBlock().child_blocks["paragraph"]
    # What the admin's editor sends goes through its whitelist on the way in.
    dirty = '<p onclick="alert(1)">Xin <b>chào</b><script>alert(1)</script></p>'
    value = block.value_from_datadict({"p": rich_text(dirty)}, {}, "p")
    assert "Xin <b>chào</b>" in value.source
    assert "onclick" not in value.source and "<script" not in value.source


def test_a_call_to_action_needs_a_page_or_an_address():
    from django.core.exceptions import ValidationError

    block = BaseStreamBlock().child_blocks["call_to_action"]
    value = block.to_python(
        {"heading": "Gọi", "text": "", "button_text": "Gọi", "page": None, "url": ""}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_image_and_document_blocks(settings):
    image = _image()
    document = get_document_model().objects.create(
        title="Cẩm nang", file=ImageFile(io.BytesIO(b"%PDF-1.4 demo"), name="cn.pdf")
    )
    html = _render(
        [
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "Tờ rơi màu xanh",
                    "caption": "Tờ rơi 2025",
                    "credit": "",
                },
            },
            {"type": "document", "value": {"document": document.pk, "title": ""}},
        ]
    )
    assert 'alt="Tờ rơi màu xanh"' in html
    assert "<figcaption>Tờ rơi 2025" in html
    assert "Cẩm nang" in html and "(PDF" in html


def test_a_fetched_video_embeds_and_keeps_its_transcript():
    from wagtail.embeds.embeds import get_embed_hash

    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        max_width=None,
        type="video",
        html='<iframe title="Video" src="https://www.youtube-nocookie.com/embed/x"></iframe>',
        provider_name="YouTube",
    )
    html = _render(
        [
            {
                "type": "video",
                "value": {"video": VIDEO, "title": "Clip 111", "transcript": "Lời."},
            }
        ]
    )
    assert "<iframe" in html and "Lời." in html


@override_settings(
    WAGTAILEMBEDS_FINDERS=[{"class": "tests.cms.test_blocks.UnreachableFinder"}]
)
def test_a_video_that_cannot_be_fetched_still_links_to_the_original():
    html = _render(
        [
            {
                "type": "video",
                "value": {"video": VIDEO, "title": "Clip 111", "transcript": ""},
            }
        ]
    )
    assert "<iframe" not in html
    assert f'href="{VIDEO}"' in html
