"""The dashboard's websocket: it only ever says "your figures changed"; the page then reloads its
figures through the ordinary view. Who may listen is decided exactly as for the page."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.models import Device

from learning.models import Role
from learning.scope import visible_units
from metrics.live import NATIONAL_GROUP, unit_group


@database_sync_to_async
def _group_for(user, session, code: str | None) -> str | None:
    if not user.is_authenticated or not user.is_manager:
        return None
    device = Device.from_persistent_id(session.get(DEVICE_ID_SESSION_KEY) or "")
    if device is None or device.user_id != user.pk:
        return None
    if code is None:
        national = user.is_superuser or user.role == Role.NATIONAL_ADMIN
        return NATIONAL_GROUP if national else None
    unit = visible_units(user).current().filter(code=code).first()
    return unit_group(unit.pk) if unit else None


class DashboardConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        code = self.scope["url_route"]["kwargs"].get("code")
        self.group = await _group_for(self.scope["user"], self.scope["session"], code)
        if self.group is None:
            await self.close(code=4403)
            return
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, close_code):
        if getattr(self, "group", None):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def figures_changed(self, event):
        await self.send_json({"changed": True, "again_in": event.get("again_in", 0)})
