from urllib.parse import urlencode

from django import template
from django.urls import reverse

from courses.h5p.origin import player_origin

register = template.Library()


@register.simple_tag(takes_context=True)
def h5p_player_url(context, item) -> str:
    request = context["request"]
    parent = f"{request.scheme}://{request.get_host()}"
    path = reverse("h5p:player", kwargs={"item_id": item.pk, "digest": item.digest[:16]})
    return f"{player_origin(request)}{path}?{urlencode({'parent': parent})}"


@register.simple_tag(takes_context=True)
def h5p_origin(context) -> str:
    return player_origin(context["request"])
