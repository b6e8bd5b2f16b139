from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Người học")

    def ready(self):
        from django.db.models.signals import post_migrate

        from learning import handlers
        from learning.schedules import ensure_schedules

        handlers.connect()
        post_migrate.connect(ensure_schedules, sender=self, dispatch_uid="learning-schedules")


class HocSoUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our phone-number user."""

    user_viewset = "learning.admin_users.UserViewSet"
