from django.urls import path

from metrics.api import api

urlpatterns = [path("api/v1/", api.urls)]
