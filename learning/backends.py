"""Who may sign in, decided once for every login screen (the site's and Wagtail's admin alike)."""

from django.contrib.auth.backends import ModelBackend

PHONE_BACKEND = "learning.backends.PhoneBackend"


def phone_proven(user) -> bool:
    """A self sign-up that never typed its code has not shown it owns the number. Staff accounts are
    made by an administrator, who vouches for the number."""
    return user.phone_confirmed_at is not None or user.is_staff or user.is_superuser


class PhoneBackend(ModelBackend):
    def user_can_authenticate(self, user) -> bool:
        return super().user_can_authenticate(user) and phone_proven(user)
