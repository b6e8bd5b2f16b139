import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from metrics.routing import websocket_urlpatterns as metrics_websockets  # noqa: E402

# Later apps add their websocket routes here (live training sessions).
websocket_urlpatterns: list = [*metrics_websockets]

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # The session cookie signs people in; the origin check stops other sites opening sockets as them.
        "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
