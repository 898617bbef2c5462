"""What each agency needs to edit only its own section: its groups, its collection of
images and documents, and its review workflow (made by ``cms.editorial``)."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyEditorial(models.Model):
    """The editorial set-up of one agency; kept so that renaming an agency or its
    collection never orphans the permissions."""

    agency = models.OneToOneField(
        "directory.Agency",
        verbose_name=_("cơ quan"),
        on_delete=models.CASCADE,
        related_name="editorial",
    )
    editor_group = models.ForeignKey(
        Group,
        verbose_name=_("nhóm biên tập viên"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    reviewer_group = models.ForeignKey(
        Group,
        verbose_name=_("nhóm người duyệt"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("thư mục ảnh, tài liệu"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        verbose_name=_("quy trình duyệt"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("thiết lập biên tập của cơ quan")
        verbose_name_plural = _("thiết lập biên tập của cơ quan")

    def __str__(self):
        return str(self.agency)
