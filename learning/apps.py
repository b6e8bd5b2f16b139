from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Người học")


class HocSoUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our phone-number user."""

    user_viewset = "learning.admin_users.UserViewSet"
