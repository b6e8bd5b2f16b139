from django.urls import path

from learning.views import manage_audit

urlpatterns = [
    path("", manage_audit.manage_audit, name="manage_audit"),
]
