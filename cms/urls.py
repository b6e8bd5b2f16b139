from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views

urlpatterns = [
    path("quan-tri/", include(wagtailadmin_urls)),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("ngon-ngu/<str:code>/", views.choose_language, name="choose_language"),
    path("suc-khoe/", views.health, name="health"),
    path("", include("learning.urls")),
    path("kiem-tra/", include("quizzes.urls")),
    path("h5p/", include("courses.h5p.urls")),
    path("", include("certificates.urls")),
    path("quan-ly/chi-so/", include("metrics.urls")),
    path("", include("metrics.urls_api")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
