from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from courses.selectors import stale_courses


class StaleCoursesView(ReportView):
    page_title = _("Khóa học cần đối chiếu lại")
    header_icon = "warning"
    index_url_name = "stale_courses"
    index_results_url_name = "stale_courses_results"
    results_template_name = "courses/admin/stale_courses_results.html"
    list_export = ["title", "content_checked_on", "reviewer_note"]
    export_headings = {
        "title": _("Khóa học"),
        "content_checked_on": _("Đối chiếu lần cuối"),
        "reviewer_note": _("Ghi chú của người duyệt"),
    }

    def get_queryset(self):
        return stale_courses()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["stale_after_days"] = settings.HOCSO_STALE_AFTER_DAYS
        return context
