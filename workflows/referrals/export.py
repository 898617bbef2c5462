"""The case file as a PDF encrypted with a password (AES-256), for the person's own
request. Built in memory: the plain PDF never touches the disk."""

import secrets
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans.ttf"


def _text(value) -> str:
    return "" if value is None else str(value)


def case_pdf(case, password: str) -> bytes:
    """The PDF bytes of ``case``; opening it needs ``password``."""
    pdf = FPDF()
    # The owner password is random and thrown away: nobody can lift the protection.
    pdf.set_encryption(
        owner_password=secrets.token_urlsafe(24),
        user_password=password,
        encryption_method=EncryptionMethod.AES_256,
    )
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    width = pdf.epw

    def heading(text):
        pdf.set_font("DejaVu", size=14)
        pdf.multi_cell(width, 8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=11)

    def line(label, value):
        if value not in (None, ""):
            pdf.multi_cell(width, 6, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")

    heading(_("Hồ sơ %(code)s") % {"code": case.code})
    line(_("Xuất ngày"), timezone.localdate().strftime("%d/%m/%Y"))
    line(_("Ngày tiếp nhận"), case.received_on.strftime("%d/%m/%Y"))
    line(_("Kênh tiếp nhận"), case.get_intake_channel_display())
    line(_("Giai đoạn"), case.get_stage_display())
    person = getattr(case, "person", None)
    if person is not None:
        heading(_("Người được hỗ trợ"))
        line(_("Họ và tên"), _text(person.full_name))
        line(_("Tên gọi khác"), _text(person.aliases))
        line(
            _("Ngày sinh"),
            person.birth_date.strftime("%d/%m/%Y") if person.birth_date else "",
        )
        line(_("Giới tính"), person.get_sex_display())
        line(_("Quốc tịch"), person.nationality)
        line(
            _("Giấy tờ"),
            f"{person.get_id_document_type_display()} {_text(person.id_number)}".strip(),
        )
        line(_("Nơi cư trú"), _text(person.address))
        line(_("Số điện thoại"), _text(person.phone))
    if case.identification:
        line(_("Kết quả xác định"), case.get_identification_display())
        line(_("Lý do, căn cứ xác định"), _text(case.identification_reasons))
    line(_("Nguyện vọng"), _text(case.wishes))
    relatives = list(case.relatives.all())
    if relatives:
        heading(_("Con, người thân"))
        for relative in relatives:
            line(relative.get_relation_display(), _text(relative.full_name))
    events = list(case.events.all())
    if events:
        heading(_("Diễn biến"))
        for event in events:
            when = event.occurred_on.strftime("%d/%m/%Y") if event.occurred_on else "?"
            line(
                f"{event.get_kind_display()} ({when})",
                f"{_text(event.place)} {_text(event.means)}".strip(),
            )
    services = list(case.services.all())
    if services:
        heading(_("Dịch vụ hỗ trợ"))
        for service in services:
            amount = f" — {service.amount} đ" if service.amount is not None else ""
            line(service.get_kind_display(), f"{service.get_status_display()}{amount}")
    consents = list(case.consents.select_related("agency"))
    if consents:
        heading(_("Sự đồng ý"))
        for consent in consents:
            line(consent.get_purpose_display(), consent.get_decision_display())
    return bytes(pdf.output())
