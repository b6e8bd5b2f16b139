from django.urls import path

from metrics.consumers import DashboardConsumer

websocket_urlpatterns = [
    path("ws/chi-so/", DashboardConsumer.as_asgi()),
    path("ws/chi-so/<str:code>/", DashboardConsumer.as_asgi()),
]
