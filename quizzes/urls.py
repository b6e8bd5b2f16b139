from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/", views.quiz_view, name="quiz"),
    path("<int:quiz_id>/bat-dau/", views.start_view, name="start"),
    path("lam-bai/<uuid:attempt_id>/", views.attempt_view, name="attempt"),
    path("lam-bai/<uuid:attempt_id>/luu/", views.save_view, name="save"),
    path("lam-bai/<uuid:attempt_id>/luu-trang/", views.save_page_view, name="save_page"),
    path("lam-bai/<uuid:attempt_id>/nop/", views.submit_view, name="submit"),
    path("ket-qua/<uuid:attempt_id>/", views.review_view, name="review"),
]
