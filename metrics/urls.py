from django.urls import include, path

from metrics import views

app_name = "metrics"

urlpatterns = [
    path("", views.national, name="national"),
    path("", include("metrics.urls_export")),
    path("<str:code>/", views.unit, name="unit"),
]
