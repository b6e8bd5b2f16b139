"""The site's URLs with the target pages inside the "metrics" namespace, as metrics/urls.py will
have them once the lead includes metrics.urls_targets there."""

from django.urls import include, path

from cms import urls
from metrics import urls as metrics_urls
from metrics import urls_targets

metrics_patterns = ([*urls_targets.urlpatterns, *metrics_urls.urlpatterns], "metrics")
urlpatterns = [
    path("quan-ly/chi-so/", include(metrics_patterns)),
    *[pattern for pattern in urls.urlpatterns if getattr(pattern, "namespace", None) != "metrics"],
]
handler404 = urls.handler404
handler500 = urls.handler500
