from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.models import Question, Quiz


class QuestionViewSet(SnippetViewSet):
    model = Question
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
