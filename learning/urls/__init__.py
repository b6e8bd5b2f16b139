from django.urls import include, path

app_name = "learning"

urlpatterns = [
    path("tai-khoan/", include("learning.urls.account")),
    path("tai-khoan/", include("learning.urls.second_factor")),
    path("du-lieu-cua-toi/", include("learning.urls.privacy")),
    path("quan-ly/", include("learning.urls.manage")),
    path("", include("learning.urls.progress")),
]
