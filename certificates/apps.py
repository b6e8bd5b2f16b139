from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Chứng nhận")

    def ready(self):
        from django.db.models.signals import post_migrate

        from certificates.handlers import erase_with_person, issue_on_completion
        from certificates.page_context import course_certificate
        from certificates.schedules import ensure_schedules
        from certificates.selectors_export import certificates_for_export
        from courses import hooks
        from learning.privacy import EXPORT_SECTIONS
        from learning.signals import course_completed, person_erased

        course_completed.connect(issue_on_completion, dispatch_uid="certificates-issue")
        person_erased.connect(erase_with_person, dispatch_uid="certificates-erase")
        if certificates_for_export not in EXPORT_SECTIONS:
            EXPORT_SECTIONS.append(certificates_for_export)
        post_migrate.connect(ensure_schedules, sender=self, dispatch_uid="certificates-schedules")
        if course_certificate not in hooks.course_context_providers:
            hooks.course_context_providers.append(course_certificate)
