"""The taxonomy of the library: topics, target audiences, languages and regions.

Each term carries its Vietnamese name (the source) and an English name, so that filters,
feeds and the API read well in both languages without a translated copy of every term.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Term(index.Indexed, models.Model):
    """Shared fields of a taxonomy term (abstract)."""

    name = models.CharField(
        _("tên"), max_length=120, help_text=_("Tên tiếng Việt, hiện trên trang.")
    )
    name_en = models.CharField(
        _("tên tiếng Anh"),
        max_length=120,
        blank=True,
        help_text=_("Hiện trên trang tiếng Anh; để trống thì dùng tên tiếng Việt."),
    )
    slug = models.SlugField(
        _("mã định danh"),
        max_length=80,
        unique=True,
        help_text=_("Dùng trong địa chỉ bộ lọc; chữ thường không dấu và dấu gạch."),
    )

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.SearchField("name_en")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        """The name in the active language."""
        if (get_language() or "vi").startswith("en") and self.name_en:
            return self.name_en
        return self.name


class Topic(Term):
    """A subject a material deals with, e.g. labour migration or online scams."""

    class Meta(Term.Meta):
        verbose_name = _("chủ đề")
        verbose_name_plural = _("chủ đề")


class Audience(Term):
    """A group a material is written for, e.g. migrant workers or fishermen."""

    class Meta(Term.Meta):
        verbose_name = _("đối tượng")
        verbose_name_plural = _("đối tượng")


class MaterialLanguage(Term):
    """A language a material is available in (Vietnamese, English, Khmer …)."""

    code = models.CharField(
        _("mã ngôn ngữ"),
        max_length=12,
        blank=True,
        help_text=_("Mã BCP 47, ví dụ vi, en, km; dùng cho thuộc tính lang."),
    )

    panels = [*Term.panels, FieldPanel("code")]

    class Meta(Term.Meta):
        verbose_name = _("ngôn ngữ")
        verbose_name_plural = _("ngôn ngữ")


class Region(Term):
    """The area a material is made for (a province, a coastal zone, a border area)."""

    unit = models.ForeignKey(
        "directory.AdministrativeUnit",
        verbose_name=_("đơn vị hành chính"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Đơn vị hành chính tương ứng, nếu có."),
    )

    panels = [*Term.panels, FieldPanel("unit")]

    class Meta(Term.Meta):
        verbose_name = _("địa bàn")
        verbose_name_plural = _("địa bàn")
