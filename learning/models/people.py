from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.text import fold
from learning.phone import display_phone, normalise_phone


class Role(models.TextChoices):
    CITIZEN = "citizen", _("Người dân")
    OFFICIAL = "official", _("Cán bộ, công chức xã")
    TRAINER = "trainer", _("Giảng viên / Tổ công nghệ số cộng đồng")
    COMMUNE_MANAGER = "commune_manager", _("Quản lý cấp xã")
    PROVINCE_MANAGER = "province_manager", _("Quản lý cấp tỉnh")
    NATIONAL_ADMIN = "national_admin", _("Quản trị quốc gia")


class Gender(models.TextChoices):
    FEMALE = "female", _("Nữ")
    MALE = "male", _("Nam")


MANAGER_ROLES = (Role.COMMUNE_MANAGER, Role.PROVINCE_MANAGER, Role.NATIONAL_ADMIN)
STAFF_ROLES = (Role.TRAINER, *MANAGER_ROLES)


class Position(models.Model):
    """A commune official's post (chức vụ); required courses can target one."""

    name = models.CharField(_("tên chức vụ"), max_length=150, unique=True)
    name_ascii = models.CharField(max_length=150, db_index=True, editable=False)

    class Meta:
        verbose_name = _("chức vụ")
        verbose_name_plural = _("chức vụ")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = " ".join(self.name.split())
        self.name_ascii = fold(self.name)
        super().save(*args, **kwargs)


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, phone: str, password: str | None, **fields):
        user = self.model(phone=normalise_phone(phone), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, phone: str, password: str | None = None, **fields):
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(phone, password, **fields)

    def create_superuser(self, phone: str, password: str | None = None, **fields):
        fields.update(is_staff=True, is_superuser=True)
        fields.setdefault("role", Role.NATIONAL_ADMIN)
        return self._create(phone, password, **fields)

    def get_by_natural_key(self, username):
        # People type their number as they say it; look it up in its stored form.
        try:
            username = normalise_phone(username)
        except Exception:  # noqa: BLE001, S110 - an invalid number simply matches nobody
            pass
        return self.get(**{self.model.USERNAME_FIELD: username})


class User(AbstractBaseUser, PermissionsMixin):
    """A person who learns, teaches or manages. The phone number is the login; email is optional."""

    phone = models.CharField(
        _("số điện thoại"),
        max_length=16,
        unique=True,
        help_text=_("Số di động Việt Nam, ví dụ 0912 345 678."),
        error_messages={"unique": _("Số điện thoại này đã được đăng ký.")},
    )
    full_name = models.CharField(_("họ và tên"), max_length=150)
    email = models.EmailField(_("thư điện tử"), blank=True)
    role = models.CharField(_("vai trò"), max_length=32, choices=Role.choices, default=Role.CITIZEN)
    unit = models.ForeignKey(
        "learning.AdministrativeUnit",
        verbose_name=_("xã, phường, đặc khu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    position = models.ForeignKey(
        Position,
        verbose_name=_("chức vụ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    birth_year = models.PositiveSmallIntegerField(_("năm sinh"), null=True, blank=True)
    # Optional: only for the indicators by gender that provinces report; blank when not given.
    gender = models.CharField(_("giới tính"), max_length=8, choices=Gender.choices, blank=True)
    phone_confirmed_at = models.DateTimeField(_("xác nhận số điện thoại lúc"), null=True, blank=True)
    registered_by = models.ForeignKey(
        "self",
        verbose_name=_("người đăng ký hộ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assisted_registrations",
    )
    erased_at = models.DateTimeField(_("đã xóa dữ liệu cá nhân lúc"), null=True, blank=True, editable=False)
    is_staff = models.BooleanField(
        _("được vào trang quản trị"),
        default=False,
        help_text=_("Cho phép người này đăng nhập trang quản trị nội dung."),
    )
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    date_joined = models.DateTimeField(_("ngày tham gia"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "phone"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    def __str__(self) -> str:
        return self.full_name or self.phone_display

    def clean(self) -> None:
        super().clean()
        if self.phone:
            self.phone = normalise_phone(self.phone)
        self.email = self.__class__.objects.normalize_email(self.email)

    @property
    def is_manager(self) -> bool:
        return self.role in MANAGER_ROLES or self.is_superuser

    @property
    def needs_second_factor(self) -> bool:
        # Managers and administrators see many people's records; a stolen password must not be enough.
        return self.is_manager

    @property
    def is_claimed(self) -> bool:
        """False for an account a trainer registered that its owner has not yet taken over."""
        return self.has_usable_password() and self.phone_confirmed_at is not None

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone)

    def get_full_name(self) -> str:
        return self.full_name

    @property
    def first_name(self) -> str:
        # Wagtail's admin sidebar greets users by `first_name`, else by their login (the phone number).
        return self.get_short_name()

    def get_short_name(self) -> str:
        # Vietnamese people are called by their given name, the last word of the full name.
        return self.full_name.split()[-1] if self.full_name.strip() else self.phone_display
