"""Entering the figures the platform cannot compute; the lead includes these in metrics/urls.py, so
they live under /quan-ly/chi-so/ in the "metrics" namespace."""

from django.urls import path

from metrics import views_imported

urlpatterns = [
    path("<str:code>/nhap-lieu/", views_imported.imported_entry, name="imported_entry"),
    path("<str:code>/nhap-lieu/tai-len/", views_imported.imported_upload, name="imported_upload"),
    path(
        "<str:code>/nhap-lieu/mau.xlsx", views_imported.imported_template_download, name="imported_template"
    ),
]
