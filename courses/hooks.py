"""Where higher apps add to course and lesson pages, so courses never imports them.

Each provider is `provider(request, page, context) -> dict`; it must return {} for anonymous visitors,
whose pages are cached and shared.
"""

course_context_providers: list = []
lesson_context_providers: list = []


def extend(providers: list, request, page, context: dict) -> None:
    for provide in providers:
        context.update(provide(request, page, context))
