from django.urls import path

from learning.views import dashboard, progress_api

urlpatterns = [
    path("khoa-hoc-cua-toi/", dashboard.my_courses_view, name="my_courses"),
    path("khoa-hoc-cua-toi/ghi-danh/<int:course_id>/", progress_api.enrol_view, name="enrol"),
    path("khoa-hoc-cua-toi/hoc-xong/<int:lesson_id>/", progress_api.finish_lesson, name="finish_lesson"),
    path("api/tien-do/", progress_api.progress_events, name="progress_events"),
]
