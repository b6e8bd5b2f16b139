"""The named demo cast, shared by the demo seeder and the tests.

Plain data with no Django imports, so scripts can print the demo logins without settings.
"""

from dataclasses import dataclass

DEMO_PASSWORD = "hocso-demo-2026"  # noqa: S105 - printed for local demos only
# The demo managers' and administrator's authenticator key (20 bytes, hex; "HocSo-demo-TOTP-2026"),
# so a local demo can sign in to /quan-ly/ and /quan-tri/. For local demos only: anyone who reads
# this file can produce the codes. Base32 for authenticator apps: JBXWGU3PFVSGK3LPFVKE6VCQFUZDAMRW.
DEMO_TOTP_SECRET = "486f63536f2d64656d6f2d544f54502d32303236"  # noqa: S105


@dataclass(frozen=True)
class CastMember:
    key: str
    phone: str
    full_name: str
    role: str
    is_staff: bool = False
    is_superuser: bool = False
    groups: tuple[str, ...] = ()
    unit_code: str = ""
    position: str = ""


TRAINERS_GROUP = "Giảng viên"
REVIEWERS_GROUP = "Người duyệt nội dung"

# Everyone local lives in xã Đại Từ (05830), tỉnh Thái Nguyên (19); the province manager sits at the province.
DEMO_COMMUNE = "05830"
DEMO_PROVINCE = "19"
# A commune in another province, for showing that managers see only their own units.
OTHER_COMMUNE = "00004"

CAST = (
    CastMember("admin", "0901000001", "Quản trị Học Số", "national_admin", is_staff=True, is_superuser=True),
    CastMember(
        "trainer",
        "0912000002",
        "Trần Thị Thu Hà",
        "trainer",
        is_staff=True,
        groups=(TRAINERS_GROUP,),
        unit_code=DEMO_COMMUNE,
    ),
    CastMember(
        "reviewer",
        "0983000003",
        "Lê Minh Đức",
        "trainer",
        is_staff=True,
        groups=(TRAINERS_GROUP, REVIEWERS_GROUP),
        unit_code=DEMO_COMMUNE,
    ),
    CastMember("citizen", "0358000004", "Nguyễn Thị Hồng", "citizen", unit_code=DEMO_COMMUNE),
    CastMember(
        "official",
        "0868000005",
        "Phạm Văn Bình",
        "official",
        unit_code=DEMO_COMMUNE,
        position="Công chức Văn phòng HĐND và UBND xã",
    ),
    CastMember("commune_manager", "0777000006", "Hoàng Thị Lan", "commune_manager", unit_code=DEMO_COMMUNE),
    CastMember("province_manager", "0522000007", "Đỗ Quang Huy", "province_manager", unit_code=DEMO_PROVINCE),
)


def cast_member(key: str) -> CastMember:
    return next(member for member in CAST if member.key == key)
