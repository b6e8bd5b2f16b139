from django.urls import path

from metrics import views

app_name = "metrics"

urlpatterns = [
    path("", views.national, name="national"),
    path("<str:code>/", views.unit, name="unit"),
]
