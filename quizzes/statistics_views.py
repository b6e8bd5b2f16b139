"""Wagtail admin pages where trainers see how each question performed, to improve it."""

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import Topic
from quizzes.models import Question, Quiz
from quizzes.statistics import (
    MIN_ANSWERS,
    ORDER_EASIEST,
    ORDER_HARDEST,
    ORDER_MOST_ANSWERED,
    question_statistics,
    question_statistics_detail,
)

PERMISSION = "quizzes.change_question"
PER_PAGE = 50
TITLE = _("Thống kê câu hỏi")


def _kind_labels() -> dict[str, str]:
    blocks = Question._meta.get_field("body").stream_block.child_blocks
    return {name: block.meta.label for name, block in blocks.items()}


class QuizFilterForm(forms.Form):
    quiz = forms.ModelChoiceField(
        Quiz.objects.order_by("title"),
        required=False,
        label=_("Bài kiểm tra"),
        empty_label=_("Mọi bài kiểm tra"),
        error_messages={
            "invalid_choice": _("Không có bài kiểm tra này. Hãy chọn lại trong danh sách."),
        },
    )


class StatisticsFilterForm(QuizFilterForm):
    topic = forms.ModelChoiceField(
        Topic.objects.all(),
        required=False,
        label=_("Chủ đề"),
        empty_label=_("Mọi chủ đề"),
        error_messages={"invalid_choice": _("Không có chủ đề này. Hãy chọn lại trong danh sách.")},
    )
    order = forms.ChoiceField(
        choices=[
            (ORDER_HARDEST, _("Khó nhất trước")),
            (ORDER_EASIEST, _("Dễ nhất trước")),
            (ORDER_MOST_ANSWERED, _("Nhiều lượt làm nhất trước")),
        ],
        required=False,
        label=_("Sắp xếp"),
        error_messages={"invalid_choice": _("Cách sắp xếp này không có. Hãy chọn lại trong danh sách.")},
    )


def _valid_filters(form: forms.Form) -> dict:
    """The filters that are valid; an invalid one is reported by the form and ignored, never guessed."""
    if not form.is_bound:
        return {}
    form.is_valid()
    return {name: value for name, value in form.cleaned_data.items() if value}


class _TrainersOnly:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            # Wagtail would turn PermissionDenied into a redirect to the dashboard; say 403 and why.
            return TemplateResponse(
                request,
                "quizzes/admin/statistics_forbidden.html",
                {"page_title": TITLE, "header_title": TITLE, "header_icon": "table"},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class QuestionStatisticsView(_TrainersOnly, WagtailAdminTemplateMixin, TemplateView):
    page_title = TITLE
    header_icon = "table"
    template_name = "quizzes/admin/statistics.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = StatisticsFilterForm(self.request.GET or None)
        filters = _valid_filters(form)
        order = filters.get("order", ORDER_HARDEST)
        topic = filters.get("topic")
        rows = question_statistics(
            quiz=filters.get("quiz"), topic_id=topic.pk if topic else None, order=order
        )
        page = Paginator(rows, PER_PAGE).get_page(self.request.GET.get("p"))
        kinds = _kind_labels()
        context.update(
            form=form,
            page=page,
            entries=[(row, kinds.get(row.kind, "")) for row in page.object_list],
            total=len(rows),
            order=order,
            quiz=filters.get("quiz"),
            min_answers=MIN_ANSWERS,
            ORDER_HARDEST=ORDER_HARDEST,
            ORDER_EASIEST=ORDER_EASIEST,
        )
        return context


class QuestionStatisticsDetailView(_TrainersOnly, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "table"
    template_name = "quizzes/admin/statistics_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = QuizFilterForm(self.request.GET or None)
        quiz = _valid_filters(form).get("quiz")
        detail = question_statistics_detail(question_id=self.kwargs["question_id"], quiz=quiz)
        if detail is None:
            raise Http404
        list_url = reverse("question_statistics")
        if quiz is not None:
            list_url += f"?quiz={quiz.pk}"
        context.update(
            form=form,
            detail=detail,
            stats=detail.stats,
            quiz=quiz,
            kind=_kind_labels().get(detail.stats.kind, ""),
            list_url=list_url,
            edit_url=reverse("wagtailsnippets_quizzes_question:edit", args=[detail.stats.question_id]),
            min_answers=MIN_ANSWERS,
            page_title=detail.stats.title,
            header_title=_("Thống kê: %(title)s") % {"title": detail.stats.title},
            breadcrumbs_items=[
                *self.breadcrumbs_items,
                {"url": list_url, "label": TITLE},
                {"url": "", "label": detail.stats.title},
            ],
        )
        return context


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def statistics_menu_item() -> MenuItem:
    # Right after the question bank (250) and before the quizzes (251).
    return StatisticsMenuItem(
        TITLE,
        reverse("question_statistics"),
        name="question-statistics",
        icon_name="table",
        order=250.5,
    )


def statistics_urls() -> list:
    return [
        path("thong-ke-cau-hoi/", QuestionStatisticsView.as_view(), name="question_statistics"),
        path(
            "thong-ke-cau-hoi/<int:question_id>/",
            QuestionStatisticsDetailView.as_view(),
            name="question_statistics_detail",
        ),
    ]
