"""Small page trees for tests; the full demo seeder is exercised separately."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cms.models import HomePage, SiteSettings
from courses.demo.seed import taxonomy_ensure
from courses.models import CourseIndexPage, CoursePage, LessonPage, Topic


def make_image(title: str = "Ảnh thử", size=(360, 740), colour="#dde7e2"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="thu.png")
    image.save()
    return image


def practice_block(image, hotspots=None) -> dict:
    return {
        "type": "practice",
        "value": {
            "title": "Đăng nhập bằng VNeID",
            "instructions": "Chạm vào ô VNeID rồi nút Đăng nhập.",
            "screenshot": image.pk,
            "screenshot_alt": "Màn hình đăng nhập mô phỏng",
            "hotspots": hotspots
            or [
                {
                    "label": "Ô Tài khoản VNeID",
                    "hint": "Tìm ô có chữ VNeID",
                    "x": 10,
                    "y": 20,
                    "width": 80,
                    "height": 10,
                },
                {
                    "label": "Nút Đăng nhập",
                    "hint": "Nút xanh ở dưới",
                    "x": 10,
                    "y": 60,
                    "width": 80,
                    "height": 10,
                },
            ],
            "wrong_tap": "Chưa đúng chỗ.",
            "success": "Chính xác! Bạn đã đăng nhập.",
        },
    }


def _published_course(catalogue, **fields) -> CoursePage:
    course = CoursePage(**fields)
    catalogue.add_child(instance=course)
    course.save_revision().publish()
    return course


def build_site(*, lessons: int = 3, with_practice: bool = True) -> dict:
    """Home → catalogue → "Chữ ký số" course with lessons, published, as the default site."""
    ensure_wagtail_base()
    taxonomy_ensure()
    root = Page.get_first_root_node()
    home = HomePage(title="Học Số", slug="trang-chu-thu", hero_title="Học kỹ năng số")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Học Số"},
    )
    catalogue = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    home.add_child(instance=catalogue)
    catalogue.save_revision().publish()
    shell = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    shell.catalogue_page = catalogue
    shell.save()
    course = _published_course(
        catalogue,
        title="Chữ ký số cho người dân",
        slug="chu-ky-so",
        summary="Hiểu chữ ký số và ký số từ xa.",
        topic=Topic.objects.get(slug="chu-ky-so"),
        outcomes="Phân biệt chữ ký số với ảnh chữ ký\nKý một tệp PDF",
        estimated_minutes=40,
    )
    other = _published_course(
        catalogue,
        title="Thanh toán an toàn",
        slug="thanh-toan",
        summary="VietQR và mã OTP.",
        topic=Topic.objects.get(slug="thanh-toan"),
        audience="citizen",
        outcomes="Kiểm tra tên người nhận",
    )
    image = make_image()
    created = []
    for number in range(1, lessons + 1):
        body = [
            {"type": "heading", "value": f"Phần {number}"},
            {
                "type": "paragraph",
                "value": f"<p>Nội dung bài {number}: khóa bí mật nằm trong thiết bị HSM.</p>",
            },
            {
                "type": "callout",
                "value": {"kind": "scam", "title": "Đừng đọc mã OTP", "text": "<p>Không ai được hỏi.</p>"},
            },
        ]
        if with_practice and number == 2:
            body.append(practice_block(image))
        lesson = LessonPage(
            title=f"Bài {number}: Ký số từ xa", slug=f"bai-{number}", summary="Tóm tắt", body=body
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        created.append(lesson)
    return {
        "home": home,
        "catalogue": catalogue,
        "course": course,
        "other": other,
        "lessons": created,
        "image": image,
    }


def build_units() -> dict:
    """Two provinces and three communes with their real codes: enough to test scope and mergers."""
    from learning.models import AdministrativeUnit, UnitLevel

    def unit(code, name, level, kind, parent=None):
        return AdministrativeUnit.objects.update_or_create(
            code=code,
            defaults={
                "name": name.split(" ", 1)[1] if " " in name else name,
                "name_with_type": name,
                "level": level,
                "kind": kind,
                "parent": parent,
            },
        )[0]

    thai_nguyen = unit("19", "Tỉnh Thái Nguyên", UnitLevel.PROVINCE, "tinh")
    ha_noi = unit("01", "Thành phố Hà Nội", UnitLevel.PROVINCE, "thanh-pho")
    return {
        "thai_nguyen": thai_nguyen,
        "ha_noi": ha_noi,
        "dai_tu": unit("05830", "Xã Đại Từ", UnitLevel.COMMUNE, "xa", thai_nguyen),
        "phong_quang": unit("01849", "Xã Phong Quang", UnitLevel.COMMUNE, "xa", thai_nguyen),
        "ba_dinh": unit("00004", "Phường Ba Đình", UnitLevel.COMMUNE, "phuong", ha_noi),
    }


def login_verified(client, user):
    """Sign in as someone who has also passed the second factor (a confirmed TOTP device)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
        user=user, name="Ứng dụng xác thực", confirmed=True
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def ensure_wagtail_base() -> None:
    """A transactional test empties every table when it ends, including the page-tree root, the root
    collection and the locale that Wagtail's migrations create; put them back if they are gone."""
    from django.conf import settings
    from wagtail.models import Collection, Locale

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
