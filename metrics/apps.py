from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MetricsConfig(AppConfig):
    name = "metrics"
    verbose_name = _("Chỉ số đào tạo")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from certificates.signals import certificate_changed
        from learning.models import User
        from learning.signals import (
            course_completed,
            people_changed,
            person_erased,
            progress_recorded,
            units_changed,
        )
        from metrics import handlers
        from metrics.schedules import ensure_schedules
        from quizzes.signals import attempt_submitted

        for signal, receiver, sender, uid in (
            (course_completed, handlers.on_course_completed, None, "completed"),
            (progress_recorded, handlers.on_progress, None, "progress"),
            (attempt_submitted, handlers.on_attempt_submitted, None, "attempt"),
            (certificate_changed, handlers.on_certificate_changed, None, "certificate"),
            (people_changed, handlers.on_people_changed, None, "people"),
            (units_changed, handlers.on_units_changed, None, "units"),
            (person_erased, handlers.on_person_erased, None, "erased"),
            (post_save, handlers.on_user_saved, User, "user-saved"),
            (post_delete, handlers.on_user_deleted, User, "user-deleted"),
        ):
            signal.connect(receiver, sender=sender, dispatch_uid=f"metrics-{uid}")
        post_migrate.connect(ensure_schedules, sender=self, dispatch_uid="metrics-schedules")
