from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.h5p import services
from courses.h5p.package import PackageError


class H5PItemForm(WagtailAdminModelForm):
    """Upload or replace the package; a package that fails any check is refused and nothing is kept."""

    package = forms.FileField(
        label=_("Gói H5P (.h5p)"),
        required=False,
        help_text=_(
            "Tệp .h5p xuất từ trình soạn H5P, có kèm các thư viện. Thư viện mới cần quản trị viên duyệt."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Để trống để dùng tiêu đề trong gói.")
        self.fields["package"].required = self.instance.pk is None
        self.package_info = None

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("package")
        if upload:
            if not upload.name.lower().endswith(".h5p"):
                self.add_error("package", _("Hãy chọn một tệp có đuôi .h5p."))
                return cleaned
            try:
                self.package_info = services.validate(upload)
            except PackageError as error:
                for problem in error.problems:
                    self.add_error("package", problem)
        elif not cleaned.get("title") and self.instance.pk is None:
            self.add_error("title", _("Hãy nhập tên."))
        return cleaned

    def save(self, commit=True):
        if self.package_info is None:
            return super().save(commit=commit)
        return services.store(
            self.cleaned_data["package"],
            package=self.package_info,
            item=self.instance if self.instance.pk else None,
            title=self.cleaned_data.get("title") or "",
            user=getattr(self, "for_user", None),
        )
