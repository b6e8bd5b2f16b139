"""Where higher apps add to course pages, so courses never imports them (lesson pages use cms.holes).

Each provider is `provider(request, page, context) -> dict`; it must return {} for anonymous visitors,
whose pages are cached and shared.
"""

course_context_providers: list = []


def extend(providers: list, request, page, context: dict) -> None:
    for provide in providers:
        context.update(provide(request, page, context))
