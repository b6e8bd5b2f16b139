from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LearningConfig(AppConfig):
    # Two configs live in this module; this one is what "learning" in INSTALLED_APPS means.
    default = True
    name = "learning"
    verbose_name = _("Người học")

    def ready(self):
        from django.db.models.signals import post_migrate

        from cms import holes
        from courses import hooks
        from learning import handlers, page_context
        from learning.schedules import ensure_schedules

        handlers.connect()
        hooks.course_context_providers.append(page_context.course_context)
        holes.register("lesson-progress", page_context.lesson_progress_hole)
        post_migrate.connect(ensure_schedules, sender=self, dispatch_uid="learning-schedules")


class HocSoUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our phone-number user."""

    user_viewset = "learning.admin_users.UserViewSet"
