"""Target pages, included by the lead into metrics/urls.py (app_name "metrics", under /quan-ly/chi-so/)."""

from django.urls import path

from metrics import views_targets

urlpatterns = [
    path("<str:code>/muc-tieu/", views_targets.targets, name="targets"),
    path("<str:code>/muc-tieu/<int:pk>/xoa/", views_targets.target_delete_view, name="target_delete"),
]
