"""Download URLs, included by the lead under the metrics area (/quan-ly/chi-so/)."""

from django.urls import path

from metrics import views_export

urlpatterns = [
    path("<str:code>/xuat.xlsx", views_export.export_xlsx, name="metrics_export_xlsx"),
    path("<str:code>/xuat.csv", views_export.export_csv, name="metrics_export_csv"),
    path("<str:code>/bao-cao.pdf", views_export.report_pdf, name="metrics_report_pdf"),
]
