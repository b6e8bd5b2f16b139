from django import template
from django.template.base import token_kwargs
from django.utils.safestring import mark_safe

from cms import holes

register = template.Library()


class HoleNode(template.Node):
    def __init__(self, name, params, nodelist):
        self.name, self.params, self.nodelist = name, params, nodelist

    def render(self, context):
        name = self.name.resolve(context)
        params = {key: value.resolve(context) for key, value in self.params.items()}
        default = self.nodelist.render(context)
        request = context.get("request")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return mark_safe(holes.render(request, name, params, default))  # noqa: S308 - rendered templates
        return mark_safe(holes.marked(name, params, default))  # noqa: S308 - rendered templates


@register.tag("hole")
def hole(parser, token):
    """{% hole "name" key=value … %}what anonymous readers see{% endhole %}"""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% hole %} needs a name")
    name = parser.compile_filter(bits[1])
    params = token_kwargs(bits[2:], parser)
    nodelist = parser.parse(("endhole",))
    parser.delete_first_token()
    return HoleNode(name, params, nodelist)
