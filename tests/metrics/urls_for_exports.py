"""The site's URLs with the metrics downloads in front (Wagtail's catch-all page route comes last)."""

from django.urls import include, path

from cms import urls

urlpatterns = [path("quan-ly/chi-so/", include("metrics.urls_export")), *urls.urlpatterns]
handler404 = urls.handler404
handler500 = urls.handler500
