from django.urls import path

from courses.h5p import views

app_name = "h5p"

urlpatterns = [
    path("<int:item_id>-<str:digest>/", views.player, name="player"),
    path("<int:item_id>-<str:digest>/<path:path>", views.package_file, name="file"),
]
