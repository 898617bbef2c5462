"""Helpers that build published pages of the public site under the demo home page."""

import datetime

from django.utils import timezone

from cms.models import (
    AgencyPage,
    EventIndexPage,
    EventPage,
    FormField,
    FormPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    StandardPage,
)

BODY = [
    {"type": "heading", "value": {"text": "Dấu hiệu nhận biết", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Hứa hẹn việc nhẹ lương cao ở nước ngoài.</p>"},
]


def home(locale="vi"):
    return HomePage.objects.get(locale__language_code=locale)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page.__class__.objects.get(pk=page.pk)


def standard(parent=None, **kwargs):
    kwargs.setdefault("title", "Bạn có đang gặp nguy cơ?")
    kwargs.setdefault("intro", "Những dấu hiệu cần cảnh giác.")
    kwargs.setdefault("body", BODY)
    return publish(parent or home(), StandardPage(**kwargs))


def section(parent=None, **kwargs):
    kwargs.setdefault("title", "Chuyên mục phòng ngừa")
    return publish(parent or home(), SectionPage(**kwargs))


def agency_page(agency, parent=None, **kwargs):
    kwargs.setdefault("title", agency.name)
    return publish(parent or home(), AgencyPage(agency=agency, **kwargs))


def news_index(parent=None, **kwargs):
    kwargs.setdefault("title", "Tin tức")
    kwargs.setdefault("slug", "tin-tuc")
    return publish(parent or home(), NewsIndexPage(**kwargs))


_counter = iter(range(1, 1_000_000))


def news(parent, **kwargs):
    n = next(_counter)
    kwargs.setdefault("title", f"Tin số {n}: truyền thông tại xã")
    kwargs.setdefault("slug", f"tin-{n}")
    kwargs.setdefault("summary", "Tóm tắt bản tin về phòng, chống mua bán người.")
    kwargs.setdefault("body", BODY)
    return publish(parent, NewsPage(**kwargs))


def event_index(parent=None, **kwargs):
    kwargs.setdefault("title", "Sự kiện")
    kwargs.setdefault("slug", "su-kien")
    return publish(parent or home(), EventIndexPage(**kwargs))


def event(parent, days=7, **kwargs):
    n = next(_counter)
    start = timezone.now() + datetime.timedelta(days=days)
    kwargs.setdefault("title", f"Hội thảo số {n}")
    kwargs.setdefault("slug", f"su-kien-{n}")
    kwargs.setdefault("start", start)
    kwargs.setdefault("end", start + datetime.timedelta(hours=3))
    kwargs.setdefault("venue", "Hội trường UBND phường Vũng Tàu")
    kwargs.setdefault(
        "summary", "Trao đổi về thủ đoạn lừa đảo việc làm, nhất là ở nước ngoài."
    )
    return publish(parent, EventPage(**kwargs))


def form_page(parent=None, fields=(), **kwargs):
    kwargs.setdefault("title", "Khảo sát hiểu biết")
    kwargs.setdefault("slug", "khao-sat")
    kwargs.setdefault("data_notice", "Chỉ thu thập câu trả lời, không hỏi tên.")
    page = FormPage(**kwargs)
    for i, (label, field_type, extra) in enumerate(fields):
        page.form_fields.add(
            FormField(label=label, field_type=field_type, sort_order=i, **extra)
        )
    return publish(parent or home(), page)
