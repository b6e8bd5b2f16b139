"""The named demo cast, shared by the demo seeder and the tests.

Plain data with no Django imports, so scripts can print the demo logins without settings.
"""

from dataclasses import dataclass

DEMO_PASSWORD = "hocso-demo-2026"  # noqa: S105 - printed for local demos only


@dataclass(frozen=True)
class CastMember:
    key: str
    phone: str
    full_name: str
    role: str
    is_staff: bool = False
    is_superuser: bool = False
    groups: tuple[str, ...] = ()


TRAINERS_GROUP = "Giảng viên"
REVIEWERS_GROUP = "Người duyệt nội dung"

CAST = (
    CastMember("admin", "0901000001", "Quản trị Học Số", "national_admin", is_staff=True, is_superuser=True),
    CastMember(
        "trainer", "0912000002", "Trần Thị Thu Hà", "trainer", is_staff=True, groups=(TRAINERS_GROUP,)
    ),
    CastMember(
        "reviewer",
        "0983000003",
        "Lê Minh Đức",
        "trainer",
        is_staff=True,
        groups=(TRAINERS_GROUP, REVIEWERS_GROUP),
    ),
    CastMember("citizen", "0358000004", "Nguyễn Thị Hồng", "citizen"),
    CastMember("official", "0868000005", "Phạm Văn Bình", "official"),
    CastMember("commune_manager", "0777000006", "Hoàng Thị Lan", "commune_manager"),
    CastMember("province_manager", "0522000007", "Đỗ Quang Huy", "province_manager"),
)


def cast_member(key: str) -> CastMember:
    return next(member for member in CAST if member.key == key)
