from django.urls import path

from learning.views import manage_home

urlpatterns = [
    path("", manage_home.manage_home, name="manage_home"),
]
