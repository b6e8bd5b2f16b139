from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from courses.models import CoursePage


def stale_cutoff():
    return timezone.localdate() - timedelta(days=settings.HOCSO_STALE_AFTER_DAYS)


def stale_courses_queryset():
    """Courses never checked against the real portal, or checked before the cut-off."""
    return CoursePage.objects.filter(
        Q(content_checked_on__isnull=True) | Q(content_checked_on__lt=stale_cutoff())
    ).order_by("content_checked_on", "title")


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
        return stale_courses_queryset()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["stale_after_days"] = settings.HOCSO_STALE_AFTER_DAYS
        return context
