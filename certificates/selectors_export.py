"""The certificates part of a person's data export."""

from django.utils.translation import gettext as _

from certificates.models import Certificate


def certificates_for_export(user) -> tuple[str, list[tuple[str, str]]]:
    items = []
    for certificate in Certificate.objects.filter(user=user).order_by("created_at"):
        value = _("%(serial)s, cấp ngày %(day)s, %(state)s, cấp cho %(name)s") % {
            "serial": certificate.serial,
            "day": certificate.issued_on.strftime("%d/%m/%Y"),
            "state": certificate.get_state_display(),
            "name": certificate.holder_name,
        }
        items.append((certificate.course_title, value))
    return _("Giấy chứng nhận"), items
