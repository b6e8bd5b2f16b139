from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone

from learning.models import DataRequestStatus, Enrolment, Requirement, Role
from learning.scope import visible_people, visible_units


def manager_required(view):
    """Signed in, a manager role, and (via SecondFactorMiddleware) a verified second factor."""

    @login_required
    def wrapped(request, *args, **kwargs):
        if not request.user.is_manager:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@manager_required
def manage_home(request):
    people = visible_people(request.user)
    officials = people.filter(role=Role.OFFICIAL)
    figures = {
        "learners": people.filter(role__in=[Role.CITIZEN, Role.OFFICIAL, Role.TRAINER]).count(),
        "officials": officials.count(),
        "officials_completed": officials.filter(enrolments__completed_at__isnull=False).distinct().count(),
        "requirements": Requirement.objects.filter(unit__in=visible_units(request.user)).count(),
        "overdue": Enrolment.objects.filter(
            user__in=people,
            completed_at__isnull=True,
            course__requirements__unit__in=visible_units(request.user),
            course__requirements__due_on__lt=timezone.localdate(),
        )
        .values("user")
        .distinct()
        .count(),
        "open_requests": people.filter(data_requests__status=DataRequestStatus.OPEN).count(),
    }
    return render(request, "learning/manage/home.html", {"figures": figures})
