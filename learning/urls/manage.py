from django.urls import include, path

from learning.views import manage_home

urlpatterns = [
    path("", manage_home.manage_home, name="manage_home"),
    path("hoc-vien/", include("learning.urls.manage_learners")),
    path("danh-sach-can-bo/", include("learning.urls.manage_roster")),
    path("khoa-hoc-bat-buoc/", include("learning.urls.manage_requirements")),
    path("yeu-cau-du-lieu/", include("learning.urls.manage_requests")),
    path("nhat-ky/", include("learning.urls.manage_audit")),
]
