from django.urls import path

from learning.views import dashboard, h5p_state, progress_api

urlpatterns = [
    path("khoa-hoc-cua-toi/", dashboard.my_courses_view, name="my_courses"),
    path("khoa-hoc-cua-toi/ghi-danh/<int:course_id>/", progress_api.enrol_view, name="enrol"),
    path("khoa-hoc-cua-toi/hoc-xong/<int:lesson_id>/", progress_api.finish_lesson, name="finish_lesson"),
    path("api/tien-do/", progress_api.progress_events, name="progress_events"),
    path("api/h5p/<int:item_id>/trang-thai/", h5p_state.h5p_state, name="h5p_state"),
]
