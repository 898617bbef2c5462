"""Admin views of the library: the shared library (see and reuse other agencies'
materials) and the communication evaluation report with its CSV/XLSX exports."""

import csv
import datetime
import io

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.directory.models import Agency

from . import metrics, sharing
from .models import MATERIAL_KINDS, AgencyLibraryPage, MaterialPage


class CommunicationsStaffRequired:
    """Lets in communications staff of any agency (and superusers); others get 403."""

    def dispatch(self, request, *args, **kwargs):
        if not sharing.is_communications_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SharedLibraryFilter(forms.Form):
    """Filters of the shared library: whose materials, which kind, which agency."""

    scope = forms.ChoiceField(
        label=gettext_lazy("Hiển thị"),
        required=False,
        choices=[
            ("others", gettext_lazy("Tài liệu của cơ quan khác")),
            ("mine", gettext_lazy("Tài liệu của cơ quan tôi")),
        ],
    )
    kind = forms.ChoiceField(label=gettext_lazy("Loại"), required=False)
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Cơ quan"),
        required=False,
        queryset=Agency.objects.filter(materials__live=True).distinct(),
        empty_label=gettext_lazy("Tất cả"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Tất cả"))] + [
            (code, model.kind_label) for code, model in MATERIAL_KINDS.items()
        ]


class SharedLibraryView(
    CommunicationsStaffRequired, WagtailAdminTemplateMixin, TemplateView
):
    """Every published material of the other agencies, where each is reused, and a
    button to reuse it in one's own shelf."""

    template_name = "content/admin/shared_library.html"
    page_title = gettext_lazy("Thư viện dùng chung")
    header_icon = "doc-full-inverse"
    PER_PAGE = 25

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        mine = sharing.communications_agencies(user)
        form = SharedLibraryFilter(self.request.GET or None)
        data = form.cleaned_data if form.is_valid() else {}
        materials = MaterialPage.objects.live().originals()
        if data.get("scope") == "mine":
            materials = materials.filter(owner_agency__in=mine)
        else:
            materials = materials.exclude(owner_agency__in=mine)
        if data.get("kind"):
            materials = materials.of_kind(data["kind"])
        if data.get("agency"):
            materials = materials.filter(owner_agency=data["agency"])
        materials = materials.select_related("owner_agency", "locale").order_by(
            "-publication_date", "-pk"
        )
        page_obj = Paginator(materials, self.PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        rows = list(page_obj.object_list)
        reuses = sharing.reuses_of([m.pk for m in rows])
        totals = metrics.totals_for([m.pk for m in rows])
        shelves = list(sharing.shelves_for(user))
        context.update(
            form=form,
            page_obj=page_obj,
            rows=[
                {
                    "material": m,
                    "reuses": reuses.get(m.pk, []),
                    "views": totals.get(m.pk, (0, 0))[0],
                    "downloads": totals.get(m.pk, (0, 0))[1],
                    "shelves": [
                        s
                        for s in shelves
                        if s.locale_id == m.locale_id
                        and s.agency_id != m.owner_agency_id
                    ],
                }
                for m in rows
            ],
        )
        return context


class ReuseView(CommunicationsStaffRequired, View):
    """Reuses a material in one of the user's shelves, as an alias (POST only)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        material = get_object_or_404(MaterialPage, pk=pk)
        shelf = get_object_or_404(AgencyLibraryPage, pk=request.POST.get("shelf") or 0)
        try:
            alias = sharing.reuse(material, shelf, request.user)
        except sharing.ReuseError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Đã dùng lại “%(title)s” trong mục %(shelf)s.")
                % {"title": alias.title, "shelf": shelf.title},
            )
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            target,
            allowed_hosts={request.get_host()},
            require_https=request.is_secure(),
        ):
            target = reverse("content_shared_library")
        return redirect(target)


class ReportFilter(forms.Form):
    """The period and agency of the evaluation report."""

    start = forms.DateField(
        label=gettext_lazy("Từ ngày"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        label=gettext_lazy("Đến ngày"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Cơ quan"),
        required=False,
        queryset=Agency.objects.all(),
        empty_label=gettext_lazy("Tất cả"),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("start")
            and cleaned.get("end")
            and cleaned["start"] > cleaned["end"]
        ):
            self.add_error("end", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return cleaned


REPORT_HEADERS = [
    gettext_lazy("Tháng"),
    gettext_lazy("Cơ quan"),
    gettext_lazy("Loại"),
    gettext_lazy("Lượt xem"),
    gettext_lazy("Lượt tải"),
    gettext_lazy("Số buổi truyền thông"),
    gettext_lazy("Số người được tiếp cận"),
]


class EvaluationReportView(
    CommunicationsStaffRequired, WagtailAdminTemplateMixin, TemplateView
):
    """Views, downloads and community reach per agency, material kind and month, with a
    chart and CSV/XLSX exports."""

    template_name = "content/admin/report.html"
    page_title = gettext_lazy("Đánh giá hiệu quả truyền thông")
    header_icon = "table"

    def period(self, form):
        today = timezone.localdate()
        data = form.cleaned_data if form.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or (end - datetime.timedelta(days=365)).replace(day=1)
        return start, end, data.get("agency")

    def get(self, request, *args, **kwargs):
        form = ReportFilter(request.GET or None)
        start, end, agency = self.period(form)
        rows = metrics.evaluation_report(
            start, end, agencies=[agency] if agency else None
        )
        export = request.GET.get("export")
        if export == "csv":
            return self.as_csv(rows, start, end)
        if export == "xlsx":
            return self.as_xlsx(rows, start, end)
        context = self.get_context_data(
            form=form,
            rows=rows,
            start=start,
            end=end,
            chart=chart(metrics.monthly_totals(rows, start, end)),
            export_query=_without_export(request.GET),
            headers=REPORT_HEADERS,
        )
        return self.render_to_response(context)

    def _filename(self, start, end, ext):
        return f"danh-gia-truyen-thong_{start:%Y%m%d}-{end:%Y%m%d}.{ext}"

    def as_csv(self, rows, start, end):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{self._filename(start, end, "csv")}"'
        )
        # A byte-order mark so spreadsheet programs read the Vietnamese correctly.
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow([str(h) for h in REPORT_HEADERS])
        for month, *rest in rows:
            writer.writerow([f"{month:%Y-%m}", *rest])
        return response

    def as_xlsx(self, rows, start, end):
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = str(_("Đánh giá"))[:31]
        sheet.append([str(h) for h in REPORT_HEADERS])
        for month, *rest in rows:
            sheet.append(
                [f"{month:%Y-%m}", *[str(v) if isinstance(v, str) else v for v in rest]]
            )
        for column, width in zip("ABCDEFG", (10, 30, 28, 12, 12, 20, 22), strict=True):
            sheet.column_dimensions[column].width = width
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{self._filename(start, end, "xlsx")}"'
        )
        return response


def chart(totals, width=640, height=220):
    """Geometry of an inline SVG bar chart of views, downloads and reach per month."""
    top = max([max(v, d, r) for _m, v, d, r in totals] + [1])
    left, bottom, plot_h = 40, 30, height - 50
    slot = (width - left - 10) / max(len(totals), 1)
    bar = max(slot / 4, 2)
    groups = []
    for i, (month, views, downloads, reached) in enumerate(totals):
        x = left + i * slot + bar / 2
        bars = []
        for j, (value, css) in enumerate(
            [(views, "views"), (downloads, "downloads"), (reached, "reached")]
        ):
            h = plot_h * value / top
            bars.append(
                {
                    "x": round(x + j * bar, 1),
                    "y": round(height - bottom - h, 1),
                    "w": round(bar, 1),
                    "h": round(h, 1),
                    "css": css,
                    "value": value,
                }
            )
        groups.append(
            {
                "label": f"{month:%m/%y}",
                "label_x": round(x + bar * 1.5, 1),
                "bars": bars,
            }
        )
    return {
        "width": width,
        "height": height,
        "top": top,
        "groups": groups,
        "baseline": height - bottom,
        "label_y": height - bottom + 16,
        "left": left,
    }


def _without_export(query):
    query = query.copy()
    query.pop("export", None)
    return query.urlencode()
