from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from courses.admin_views import StaleCoursesView
from courses.selectors import stale_courses


@hooks.register("register_admin_urls")
def register_stale_courses_urls():
    return [
        path("bao-cao/khoa-hoc-can-doi-chieu/", StaleCoursesView.as_view(), name="stale_courses"),
        path(
            "bao-cao/khoa-hoc-can-doi-chieu/ket-qua/",
            StaleCoursesView.as_view(results_only=True),
            name="stale_courses_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_courses_menu_item():
    return MenuItem(_("Khóa học cần đối chiếu lại"), reverse("stale_courses"), icon_name="warning", order=50)


class StaleCoursesPanel(Component):
    name = "stale_courses"
    order = 90
    template_name = "courses/admin/stale_panel.html"

    def get_context_data(self, parent_context=None):
        return {"count": stale_courses().count()}


@hooks.register("construct_homepage_panels")
def add_stale_courses_panel(request, panels):
    panels.append(StaleCoursesPanel())
