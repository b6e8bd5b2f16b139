"""Admin pages that move the question bank to and from an .xlsx workbook (the work is in quizzes.sheet)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import include, path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from courses.models import Topic
from quizzes.models import Difficulty, Question
from quizzes.sheet import MAX_ROWS, XLSX_TYPE, import_questions_file, question_template, questions_workbook

# Importing adds and changes questions; exporting shows every answer. Both are for those who may do both.
PERMISSIONS = ("quizzes.add_question", "quizzes.change_question")
ERRORS_SHOWN = 500
LISTING_URL = "wagtailsnippets_quizzes_question:list"


def can_use_sheet(user) -> bool:
    return user.is_active and user.has_perms(PERMISSIONS)


def _require_permission(request) -> None:
    if not can_use_sheet(request.user):
        raise PermissionDenied


class QuestionSheetForm(forms.Form):
    """Only carries the file; every check on its content lives in quizzes.sheet."""

    file = forms.FileField(
        label=gettext_lazy("Tệp câu hỏi (.xlsx)"),
        help_text=gettext_lazy("Dùng tệp mẫu hoặc tệp đã xuất. Tối đa %(max)s câu hỏi, tệp không quá 5 MB.")
        % {"max": f"{MAX_ROWS:,}".replace(",", ".")},
        error_messages={
            "required": gettext_lazy("Hãy chọn tệp Excel câu hỏi."),
            "empty": gettext_lazy("Tệp bạn chọn không có nội dung."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": f".xlsx,{XLSX_TYPE}"}),
    )


class ExportFilterForm(forms.Form):
    """The same names as the question listing's filters, so the listing's own query string works too."""

    topic = forms.ModelChoiceField(
        label=gettext_lazy("Chủ đề"),
        queryset=Topic.objects.all(),
        required=False,
        empty_label=gettext_lazy("Mọi chủ đề"),
    )
    difficulty = forms.ChoiceField(
        label=gettext_lazy("Độ khó"),
        choices=[("", gettext_lazy("Mọi độ khó")), *Difficulty.choices],
        required=False,
    )
    q = forms.CharField(label=gettext_lazy("Tên gợi nhớ có chứa"), required=False, max_length=200)


def questions_to_export(params) -> "list[Question] | None":
    """The questions matching the listing-style filters in params, or None if a filter is not valid."""
    form = ExportFilterForm(params)
    if not form.is_valid():
        return None
    questions = Question.objects.select_related("topic").prefetch_related("tagged_items__tag").order_by("pk")
    if form.cleaned_data["topic"]:
        questions = questions.filter(topic=form.cleaned_data["topic"])
    if form.cleaned_data["difficulty"]:
        questions = questions.filter(difficulty=form.cleaned_data["difficulty"])
    if form.cleaned_data["q"]:
        questions = questions.filter(title__icontains=form.cleaned_data["q"])
    return list(questions)


class QuestionSheetView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/question_sheet.html"
    page_title = gettext_lazy("Nhập, xuất câu hỏi bằng Excel")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        _require_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(LISTING_URL), "label": _("Ngân hàng câu hỏi")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", QuestionSheetForm())
        context["export_form"] = ExportFilterForm()
        context["max_rows"] = f"{MAX_ROWS:,}".replace(",", ".")
        return context

    def post(self, request, *args, **kwargs):
        form = QuestionSheetForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            result, summary = import_questions_file(form.cleaned_data["file"], user=request.user)
        except ValidationError as error:
            form.add_error("file", error)
            return self.render_to_response(self.get_context_data(form=form))
        if summary is None:
            context = self.get_context_data(form=QuestionSheetForm(), result=result)
            context["errors"] = result.errors[:ERRORS_SHOWN]
            return self.render_to_response(context)
        message = _("Đã nhập %(created)s câu hỏi mới, cập nhật %(updated)s câu hỏi.") % {
            "created": summary.created,
            "updated": summary.updated,
        }
        if summary.unchanged:
            message += " " + _("%(count)s câu hỏi không đổi.") % {"count": summary.unchanged}
        messages.success(request, message)
        return redirect(LISTING_URL)


def _xlsx(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def question_sheet_export(request):
    _require_permission(request)
    questions = questions_to_export(request.GET)
    if questions is None:
        messages.error(request, _("Bộ lọc không hợp lệ; hãy chọn lại chủ đề và độ khó."))
        return redirect("question_sheet:import")
    filename = "ngan-hang-cau-hoi-" + timezone.localdate().strftime("%d-%m-%Y") + ".xlsx"
    return _xlsx(questions_workbook(questions), filename)


def question_sheet_template(request):
    _require_permission(request)
    return _xlsx(question_template(), "mau-cau-hoi.xlsx")


class QuestionSheetMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_sheet(request.user)


class QuestionIndexView(SnippetIndexView):
    """The question listing with import, and export of what its filters show, in its header menu."""

    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        if can_use_sheet(self.request.user):
            query = self.request.GET.urlencode()
            export_url = reverse("question_sheet:export") + (f"?{query}" if query else "")
            buttons += [
                Button(
                    _("Nhập từ Excel"), url=reverse("question_sheet:import"), icon_name="upload", priority=60
                ),
                Button(_("Xuất ra Excel"), url=export_url, icon_name="download", priority=70),
            ]
        return sorted(buttons)


urlpatterns = [
    path("", QuestionSheetView.as_view(), name="import"),
    path("xuat/", question_sheet_export, name="export"),
    path("tep-mau/", question_sheet_template, name="template"),
]


def admin_urls() -> list:
    return [path("cau-hoi-excel/", include((urlpatterns, "question_sheet"), namespace="question_sheet"))]


def menu_item() -> MenuItem:
    return QuestionSheetMenuItem(
        gettext_lazy("Nhập, xuất câu hỏi"),
        reverse_lazy("question_sheet:import"),
        name="question-sheet",
        icon_name="doc-full",
        order=252,
    )
