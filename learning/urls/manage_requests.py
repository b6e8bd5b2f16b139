from django.urls import path

from learning.views import manage_requests

urlpatterns = [
    path("", manage_requests.manage_requests, name="manage_requests"),
    path("<int:pk>/", manage_requests.manage_request, name="manage_request"),
]
