from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone

from learning.enrolment import people_for
from learning.models import DataRequest, DataRequestStatus, Enrolment, Requirement, Role
from learning.scope import reportable_people, visible_people, visible_units


def manager_required(view):
    """Signed in, a manager role, and (via SecondFactorMiddleware) a verified second factor."""

    @login_required
    def wrapped(request, *args, **kwargs):
        if not request.user.is_manager:
            raise PermissionDenied
        if not request.user.is_verified():
            # The middleware already asks for the second factor; this keeps the rule if it is bypassed.
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _overdue_people(viewer, people) -> int:
    """People covered by a requirement in the viewer's units whose due date passed before they finished it."""
    overdue = set()
    requirements = Requirement.objects.filter(
        unit__in=visible_units(viewer), due_on__lt=timezone.localdate(), course__live=True
    ).select_related("unit")
    for requirement in requirements:
        covered = people_for(requirement).filter(pk__in=people.values("pk"))
        finished = Enrolment.objects.filter(
            course_id=requirement.course_id, completed_at__isnull=False
        ).values("user_id")
        overdue.update(covered.exclude(pk__in=finished).values_list("pk", flat=True))
    return len(overdue)


@manager_required
def manage_home(request):
    people = reportable_people(request.user)
    officials = people.filter(role=Role.OFFICIAL)
    figures = {
        "learners": people.count(),
        "officials": officials.count(),
        "officials_completed": officials.filter(enrolments__completed_at__isnull=False).distinct().count(),
        "requirements": Requirement.objects.filter(unit__in=visible_units(request.user)).count(),
        "overdue": _overdue_people(request.user, people),
        "open_requests": DataRequest.objects.filter(
            user__in=visible_people(request.user), status=DataRequestStatus.OPEN
        ).count(),
    }
    return render(request, "learning/manage/home.html", {"figures": figures})
