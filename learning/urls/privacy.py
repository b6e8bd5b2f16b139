from django.urls import path

from learning.views import privacy

urlpatterns = [
    path("", privacy.privacy_home, name="privacy_home"),
    path("thong-bao/", privacy.privacy_notice, name="privacy_notice"),
    path("sua/", privacy.privacy_edit, name="privacy_edit"),
    path("tai-ve.json", privacy.privacy_export_json, name="privacy_export_json"),
    path("tai-ve.csv", privacy.privacy_export_csv, name="privacy_export_csv"),
    path("tai-ve.pdf", privacy.privacy_export_pdf, name="privacy_export_pdf"),
    path("rut-dong-y/<int:pk>/", privacy.privacy_withdraw, name="privacy_withdraw"),
    path("yeu-cau-xoa/", privacy.privacy_delete_request, name="privacy_delete_request"),
    path("yeu-cau-sua/", privacy.privacy_correction_request, name="privacy_correction_request"),
]
