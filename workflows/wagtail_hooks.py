"""The workspace in the Wagtail admin: a menu item to the workspace, and the low-code
settings (deadlines, notification texts, default invitations, evaluation forms)."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .models import DeadlineRule, DefaultInvitation, NotificationText
from .reporting.models import Indicator
from .training.models import Questionnaire


class WorkspaceMenuItem(MenuItem):
    """Shown to users who can use at least one flow (or see the admin at all)."""


@hooks.register("register_admin_menu_item")
def register_workspace_menu_item():
    return WorkspaceMenuItem(
        _("Không gian làm việc"),
        reverse("workspace:tasks:index"),
        icon_name="tasks",
        order=50,
    )


def node_choices():
    """Every routed step of every workspace flow, as "app.node" keys."""
    from .nodes import AgencyView
    from .site import flow_classes

    choices = []
    for flow_class in flow_classes():
        for node in flow_class.instance.nodes():
            if isinstance(node, AgencyView):
                label = f"{flow_class.process_title}: {node.task_title or node.name}"
                choices.append((node.node_key, label))
    return choices


def process_kind_choices():
    from .site import flow_classes

    return [
        (flow_class.process_kind, flow_class.process_title)
        for flow_class in flow_classes()
        if flow_class.process_kind
    ]


class DeadlineRuleForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["node"] = forms.ChoiceField(
            label=DeadlineRule._meta.get_field("node").verbose_name,
            choices=node_choices(),
            help_text=DeadlineRule._meta.get_field("node").help_text,
        )


class DefaultInvitationForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["process_kind"] = forms.ChoiceField(
            label=DefaultInvitation._meta.get_field("process_kind").verbose_name,
            choices=process_kind_choices(),
        )


class DeadlineRuleAdmin(ModelAdmin):
    """Deadlines of process steps (days, or a legal reference's deadline)."""

    model = DeadlineRule
    menu_icon = "time"
    list_display = ("node", "days", "legal_reference", "remind_days_before")
    edit_handler = ObjectList(
        [
            FieldPanel("node"),
            FieldPanel("days"),
            FieldPanel("legal_reference"),
            FieldPanel("remind_days_before"),
        ],
        base_form_class=DeadlineRuleForm,
    )


class NotificationTextAdmin(ModelAdmin):
    """Texts of the workspace's e-mails and in-app notifications."""

    model = NotificationText
    menu_icon = "mail"
    list_display = ("kind", "subject")


class DefaultInvitationAdmin(ModelAdmin):
    """Agencies invited by default to each kind of process."""

    model = DefaultInvitation
    menu_icon = "group"
    list_display = ("process_kind", "agency")
    list_filter = ("process_kind",)
    edit_handler = ObjectList(
        [FieldPanel("process_kind"), FieldPanel("agency")],
        base_form_class=DefaultInvitationForm,
    )


class QuestionnaireAdmin(ModelAdmin):
    """Evaluation questionnaires of training sessions."""

    model = Questionnaire
    menu_icon = "list-ul"
    list_display = ("name", "active")


class IndicatorAdmin(ModelAdmin):
    """Indicators each new report period asks for."""

    model = Indicator
    menu_icon = "table"
    list_display = ("name", "unit", "aggregation", "agency_kinds", "active")
    list_filter = ("active", "aggregation")


class WorkspaceSettingsGroup(ModelAdminGroup):
    """The workspace's settings that change with policy, not with code."""

    menu_label = _("Cài đặt quy trình")
    menu_icon = "cogs"
    menu_order = 310
    items = (
        DeadlineRuleAdmin,
        NotificationTextAdmin,
        DefaultInvitationAdmin,
        QuestionnaireAdmin,
        IndicatorAdmin,
    )


modeladmin_register(WorkspaceSettingsGroup)
