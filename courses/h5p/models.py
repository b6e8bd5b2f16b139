"""H5P libraries (code that runs in learners' browsers, trusted one version at a time) and the items
trainers upload and place in lessons."""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class H5PLibrary(models.Model):
    """One version of one H5P library, known by the hashes of its files. It runs for learners only
    once an administrator has approved exactly these files."""

    # Lessons show whether their H5P can play; approving a library changes that.
    invalidates_page_cache = True

    machine_name = models.CharField(_("tên thư viện"), max_length=127)
    major = models.PositiveIntegerField()
    minor = models.PositiveIntegerField()
    patch = models.PositiveIntegerField()
    title = models.CharField(_("tiêu đề"), max_length=200, blank=True)
    digest = models.CharField(_("mã băm của các tệp"), max_length=64)
    files = models.JSONField(_("các tệp và mã băm"), default=dict)
    created_at = models.DateTimeField(_("lần đầu tải lên"), auto_now_add=True)
    approved_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người duyệt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("thư viện H5P")
        verbose_name_plural = pgettext_lazy("số nhiều", "thư viện H5P")
        ordering = ["machine_name", "major", "minor", "patch"]
        permissions = [("approve_h5plibrary", _("Duyệt thư viện H5P"))]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major", "minor", "patch"], name="one_h5p_library_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.machine_name} {self.version}"

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


class H5PItem(models.Model):
    """An uploaded H5P package, placed in lessons with the H5P block."""

    invalidates_page_cache = True

    title = models.CharField(_("tên"), max_length=200)
    package_name = models.CharField(_("tên tệp gói"), max_length=255)
    package_size = models.PositiveBigIntegerField(_("dung lượng gói (byte)"))
    digest = models.CharField(_("mã băm gói"), max_length=64)
    main_library = models.CharField(_("thư viện chính"), max_length=150)
    h5p_json = models.JSONField(default=dict)
    libraries = models.ManyToManyField(H5PLibrary, verbose_name=_("thư viện dùng"), related_name="items")
    uploaded_at = models.DateTimeField(_("tải lên lúc"), auto_now=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("nội dung H5P")
        verbose_name_plural = pgettext_lazy("số nhiều", "nội dung H5P")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    def playable(self) -> bool:
        return self.pk is not None and not self.libraries.filter(approved_at__isnull=True).exists()

    @admin.display(description=_("trạng thái"))
    def status(self) -> str:
        waiting = self.waiting_for
        if not waiting:
            return _("Sẵn sàng")
        return _("Chờ duyệt thư viện: %(names)s") % {"names": ", ".join(str(library) for library in waiting)}

    @property
    def waiting_for(self) -> list[H5PLibrary]:
        return list(self.libraries.filter(approved_at__isnull=True))

    @property
    def folder(self) -> str:
        # The package hash is in every URL, so a new upload is never mixed with a cached old one.
        return f"{self.pk}-{self.digest[:16]}"
