from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Chứng nhận")

    def ready(self):
        from django.db.models.signals import post_migrate

        from certificates.handlers import issue_on_completion
        from certificates.schedules import ensure_schedules
        from learning.signals import course_completed

        course_completed.connect(issue_on_completion, dispatch_uid="certificates-issue")
        post_migrate.connect(ensure_schedules, sender=self, dispatch_uid="certificates-schedules")
