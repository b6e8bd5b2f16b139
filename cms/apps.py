from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Trang chủ và cài đặt trang")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from cms import holes, page_cache

        holes.register("nav", holes.nav_for_signed_in)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(page_cache.invalidate_all, dispatch_uid=f"page-cache-{id(signal)}")
        # Deleting a page, or changing a snippet or site setting shown on pages, changes what readers
        # see; other deletions (sessions, finished tasks, renditions) must not empty the cache.
        post_delete.connect(_invalidate_on_shared_content, dispatch_uid="page-cache-delete")
        post_save.connect(_invalidate_on_shared_content, dispatch_uid="page-cache-shared")
        _label_wagtail_fields()


def _label_wagtail_fields() -> None:
    """Wagtail declares this form field without a label, so it shows the untranslatable "Page"."""
    from wagtail.admin.forms.workflows import WorkflowPageForm

    WorkflowPageForm.base_fields["page"].label = _("Trang")


def _invalidate_on_shared_content(sender, signal=None, **kwargs) -> None:
    from django.db.models.signals import post_delete
    from wagtail.models import Page

    from cms import page_cache

    deleted_page = signal is post_delete and issubclass(sender, Page)
    if deleted_page or getattr(sender, "invalidates_page_cache", False):
        page_cache.invalidate_all()
