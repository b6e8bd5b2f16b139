"""The site's URLs with the API mounted, as cms/urls.py will have them."""

from cms.urls import handler404, handler500  # noqa: F401
from cms.urls import urlpatterns as site_urlpatterns
from metrics.urls_api import urlpatterns as api_urlpatterns

urlpatterns = api_urlpatterns + site_urlpatterns
