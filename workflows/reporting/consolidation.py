"""The consolidated report of a period: each indicator added up across agencies as the
indicator says, with each agency's figure, and its downloads (XLSX and PDF)."""

import io
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

AGGREGATE = {
    "sum": sum,
    "max": max,
    "average": lambda values: round(sum(values) / len(values), 1),
}


def applies(indicator: dict, agency) -> bool:
    return not indicator["kinds"] or agency.kind in indicator["kinds"]


def consolidate(process) -> dict:
    """Rows of (indicator, total, figure per agency) and the agencies yet to submit."""
    agencies = list(process.agencies.order_by("name"))
    submissions = {s.agency_id: s for s in process.submissions.select_related("agency")}
    rows = []
    for indicator in process.indicators:
        figures = []
        for agency in agencies:
            submission = submissions.get(agency.pk)
            value = None
            if submission is not None and applies(indicator, agency):
                value = submission.values.get(indicator["code"])
            figures.append(value)
        present = [v for v in figures if v is not None]
        total = AGGREGATE[indicator["aggregation"]](present) if present else None
        rows.append({"indicator": indicator, "total": total, "figures": figures})
    return {
        "process": process,
        "agencies": agencies,
        "rows": rows,
        "missing": [a for a in agencies if a.pk not in submissions],
    }


def to_xlsx(report) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    process = report["process"]
    book = Workbook()
    sheet = book.active
    sheet.title = _("Tổng hợp")[:31]
    sheet.append([_("Báo cáo tổng hợp"), process.title])
    sheet.append(
        [
            _("Từ ngày"),
            process.period_start.isoformat(),
            _("Đến ngày"),
            process.period_end.isoformat(),
        ]
    )
    sheet.append([])
    header = [
        _("Chỉ tiêu"),
        _("Đơn vị"),
        _("Tổng"),
        *[str(a) for a in report["agencies"]],
    ]
    sheet.append(header)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for row in report["rows"]:
        indicator = row["indicator"]
        sheet.append(
            [indicator["name"], indicator["unit"], row["total"], *row["figures"]]
        )
    sheet.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _font_path() -> str:
    # A Unicode TrueType font with Vietnamese glyphs (Debian: fonts-dejavu-core).
    return getattr(
        settings,
        "REPORT_PDF_FONT",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    )


# fpdf2 leaves the cursor right of a multi_cell by default; text flows down instead.
NEXT_LINE = {"new_x": "LMARGIN", "new_y": "NEXT"}


def to_pdf(report) -> bytes:
    from fpdf import FPDF

    process = report["process"]
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    font = _font_path()
    if not Path(font).exists():
        raise FileNotFoundError(font)
    pdf.add_font("body", fname=font)
    bold = font.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    pdf.add_font("body", style="B", fname=bold if Path(bold).exists() else font)
    pdf.set_font("body", size=14)
    pdf.multi_cell(0, 8, f"{_('Báo cáo tổng hợp')}: {process.title}", **NEXT_LINE)
    pdf.set_font("body", size=10)
    pdf.multi_cell(
        0,
        6,
        f"{_('Từ ngày')} {process.period_start:%d/%m/%Y} {_('đến ngày')} "
        f"{process.period_end:%d/%m/%Y} — {process.focal_agency}",
        **NEXT_LINE,
    )
    pdf.ln(2)
    agencies = [str(a) for a in report["agencies"]]
    with pdf.table(
        col_widths=(60, 20, 20, *([30] * len(agencies))), text_align="LEFT"
    ) as table:
        header = table.row()
        for text in [_("Chỉ tiêu"), _("Đơn vị"), _("Tổng"), *agencies]:
            header.cell(text)
        for row in report["rows"]:
            line = table.row()
            indicator = row["indicator"]
            line.cell(indicator["name"])
            line.cell(indicator["unit"])
            for value in [row["total"], *row["figures"]]:
                line.cell("—" if value is None else str(value))
    if process.consolidation_note:
        pdf.ln(4)
        pdf.multi_cell(0, 6, process.consolidation_note, **NEXT_LINE)
    return bytes(pdf.output())
