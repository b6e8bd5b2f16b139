from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.template import loader


def page_not_found(request, exception=None):
    return HttpResponse(
        loader.render_to_string("404.html", {"request_path": request.path}, request), status=404
    )


def server_error(request):
    # No context processors or database: the error may come from either.
    return HttpResponse(loader.get_template("500.html").render({}), status=500)


def health(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def choose_language(request, code: str):
    """Switch language by a plain link, so cached pages need no form or CSRF cookie."""
    from django.conf import settings
    from django.http import HttpResponseRedirect
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        target = "/"
    response = HttpResponseRedirect(target)
    if code in dict(settings.LANGUAGES):
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, code, max_age=365 * 24 * 3600, samesite="Lax")
    return response
