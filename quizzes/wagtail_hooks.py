from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.models import Question, Quiz
from quizzes.sheet_views import QuestionIndexView


class QuestionViewSet(SnippetViewSet):
    model = Question
    index_view_class = QuestionIndexView
    icon = "help"
    menu_label = _("Ngân hàng câu hỏi")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "topic", "difficulty", "points", "updated_at"]
    list_filter = ["topic", "difficulty"]
    search_fields = ["title"]


register_snippet(QuestionViewSet)


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Bài kiểm tra")
    menu_order = 251
    add_to_admin_menu = True
    list_display = ["title", "kind", "course", "pass_mark"]
    list_filter = ["kind"]


register_snippet(QuizViewSet)


@hooks.register("register_admin_urls")
def register_question_statistics_urls():
    from quizzes.statistics_views import statistics_urls

    return statistics_urls()


@hooks.register("register_admin_menu_item")
def register_question_statistics_menu_item():
    from quizzes.statistics_views import statistics_menu_item

    return statistics_menu_item()


@hooks.register("register_admin_urls")
def register_question_sheet_urls():
    from quizzes.sheet_views import admin_urls

    return admin_urls()


@hooks.register("register_admin_menu_item")
def register_question_sheet_menu_item():
    from quizzes.sheet_views import menu_item

    return menu_item()
