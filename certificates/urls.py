from django.urls import path, re_path

from certificates import views_bulk, views_mine, views_verify

app_name = "certificates"

urlpatterns = [
    # Any text is taken here, so a mistyped or tampered code gets the same clear "not found" page.
    re_path(r"^xac-minh/(?P<code>[^/]{1,64})\.json$", views_verify.verify_json, name="verify_json"),
    re_path(r"^xac-minh/(?P<code>[^/]{1,64})/$", views_verify.verify_page, name="verify"),
    path("xac-minh/", views_verify.verify_form, name="verify_form"),
    path("chung-nhan/", views_mine.my_certificates, name="mine"),
    path("chung-nhan/<str:code>/tai-ve/", views_mine.download, name="download"),
    path("quan-ly/chung-nhan/", views_bulk.bulk_list, name="bulk_list"),
    path("quan-ly/chung-nhan/moi/", views_bulk.bulk_new, name="bulk_new"),
    path("quan-ly/chung-nhan/<int:pk>/", views_bulk.bulk_detail, name="bulk_detail"),
    path("quan-ly/chung-nhan/<int:pk>/tien-do/", views_bulk.bulk_progress_view, name="bulk_progress"),
    path("quan-ly/chung-nhan/<int:pk>/tai-ve.pdf", views_bulk.bulk_download_pdf, name="bulk_pdf"),
    path("quan-ly/chung-nhan/<int:pk>/tai-ve.zip", views_bulk.bulk_download_zip, name="bulk_zip"),
]
