from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from learning.enrolment import my_courses, sync_required_enrolments


@login_required
def my_courses_view(request):
    # Requirements may have been set since the last visit; enrol before listing.
    sync_required_enrolments(request.user)
    return render(request, "learning/dashboard/my_courses.html", {"rows": my_courses(request.user)})
