from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.admin_views import StaleCoursesView
from courses.h5p import admin_views as h5p_admin
from courses.h5p.forms import H5PItemForm
from courses.h5p.models import H5PItem
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


class H5PItemViewSet(SnippetViewSet):
    model = H5PItem
    icon = "media"
    menu_label = _("Nội dung H5P")
    menu_order = 252
    add_to_admin_menu = True
    list_display = ["title", "main_library", "status", "uploaded_at"]
    search_fields = ["title"]
    edit_handler = ObjectList([FieldPanel("title"), FieldPanel("package")], base_form_class=H5PItemForm)


register_snippet(H5PItemViewSet)


@hooks.register("register_admin_urls")
def register_h5p_library_urls():
    return [
        path("h5p/thu-vien/", h5p_admin.library_list, name="h5p_libraries"),
        path("h5p/thu-vien/<int:pk>/duyet/", h5p_admin.library_approve, name="h5p_library_approve"),
    ]


@hooks.register("register_admin_menu_item")
def register_h5p_library_menu_item():
    return MenuItem(
        _("Thư viện H5P"),
        reverse("h5p_libraries"),
        icon_name="code",
        order=253,
        attrs={},
    )
