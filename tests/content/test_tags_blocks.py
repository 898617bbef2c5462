"""The home page's "latest materials by kind" tag and the embedded-material block."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from content.blocks import EmbeddedMaterialBlock
from tests.factories import content as factories

pytestmark = pytest.mark.django_db


def test_latest_materials_groups_the_newest_by_kind(
    shelf_a, django_assert_max_num_queries
):
    import datetime

    factories.material(
        shelf_a, "leaflet", title="Tờ rơi cũ", date=datetime.date(2025, 1, 1)
    )
    factories.material(
        shelf_a, "leaflet", title="Tờ rơi mới", date=datetime.date(2026, 5, 1)
    )
    factories.material(shelf_a, "video", title="Video mới")
    factories.material(shelf_a, "handbook", title="Sổ tay", publish=False)
    template = Template("{% load content_tags %}{% latest_materials %}")
    # The first rendering makes the card renditions (once per image, ever).
    template.render(Context({"request": RequestFactory().get("/")}))
    with django_assert_max_num_queries(7):
        html = template.render(Context({"request": RequestFactory().get("/")}))
    assert "Tờ rơi mới" in html and "Video mới" in html
    assert "Tờ rơi cũ" not in html and "Sổ tay" not in html
    assert "?loai=leaflet" in html


def test_embedded_material_block_links_the_one_material(shelf_a):
    leaflet = factories.material(shelf_a, "leaflet", title="Tờ rơi nhúng")
    block = EmbeddedMaterialBlock()
    html = block.render(block.to_python({"material": leaflet.pk, "show_cover": False}))
    assert "Tờ rơi nhúng" in html
    assert f"/thu-vien-tep/tai/{leaflet.pk}/" in html
    leaflet.unpublish()
    assert "Tờ rơi nhúng" not in block.render(
        block.to_python({"material": leaflet.pk, "show_cover": False})
    )
