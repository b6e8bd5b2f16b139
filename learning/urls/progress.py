from django.urls import path

from learning.views import dashboard

urlpatterns = [
    path("khoa-hoc-cua-toi/", dashboard.my_courses_view, name="my_courses"),
]
