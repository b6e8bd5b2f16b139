"""Download URLs, included by the lead under the metrics area (/quan-ly/chi-so/)."""

from django.urls import path

from metrics import views_export

# The nation's downloads sit at the root: "xuat.xlsx" has no slash, so `<str:code>/…` never takes it.
urlpatterns = [
    path("xuat.xlsx", views_export.national_xlsx, name="metrics_national_xlsx"),
    path("xuat.csv", views_export.national_csv, name="metrics_national_csv"),
    path("bao-cao.pdf", views_export.national_pdf, name="metrics_national_pdf"),
    path("<str:code>/xuat.xlsx", views_export.export_xlsx, name="metrics_export_xlsx"),
    path("<str:code>/xuat.csv", views_export.export_csv, name="metrics_export_csv"),
    path("<str:code>/bao-cao.pdf", views_export.report_pdf, name="metrics_report_pdf"),
]
