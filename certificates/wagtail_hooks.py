from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from certificates import admin_views


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return admin_views.admin_urls()


@hooks.register("register_admin_menu_item")
def register_certificate_menu_item():
    return admin_views.menu_item()


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action(admin_views.REVOKE_ACTION, _("Thu hồi chứng nhận"), _("Đã thu hồi chứng nhận"))
    actions.register_action(
        admin_views.REISSUE_ACTION, _("Cấp lại chứng nhận"), _("Đã cấp lại chứng nhận với họ và tên đúng")
    )
    actions.register_action(
        admin_views.RERENDER_ACTION, _("Tạo lại tệp chứng nhận"), _("Đã yêu cầu tạo lại tệp PDF")
    )
