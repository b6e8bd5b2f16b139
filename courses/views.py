from django.http import HttpResponse
from django.utils.text import slugify

from cms.models import SiteSettings
from courses.models import CoursePage
from courses.poster import PosterData, render_poster
from courses.selectors import course_lessons


def course_poster(request, *, course: CoursePage) -> HttpResponse:
    shell = SiteSettings.for_request(request)
    data = PosterData(
        title=course.title,
        summary=course.summary,
        url=course.get_full_url(request),
        topic=course.topic.name,
        minutes=course.estimated_minutes,
        lesson_count=len(course_lessons(course=course)),
        outcomes=course.outcome_list,
        organisation=shell.organisation_name,
    )
    response = HttpResponse(render_poster(data), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="ap-phich-{slugify(course.slug)}.pdf"'
    return response
