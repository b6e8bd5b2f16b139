from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from learning.scope import visible_units


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
    units = visible_units(request.user)
    return render(request, "learning/manage/home.html", {"unit_count": units.count()})
