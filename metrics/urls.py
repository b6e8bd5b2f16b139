from django.urls import include, path

from metrics import views
from metrics.urls_targets import urlpatterns as target_urlpatterns

app_name = "metrics"

urlpatterns = [
    path("", views.national, name="national"),
    path("", include("metrics.urls_export")),
    *target_urlpatterns,
    path("", include("metrics.urls_imported")),
    path("<str:code>/", views.unit, name="unit"),
]
