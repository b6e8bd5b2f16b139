"""Builds the demo catalogue from the course modules in courses/demo/content.

Existing pages are left as they are, so running the seeder again never overwrites
what an author changed in the admin.
"""

import importlib
import io
import json
import pkgutil
from datetime import date
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.demo import content as content_package
from courses.demo.covers import make_cover
from courses.models import CompetenceTag, CourseIndexPage, CoursePage, Framework, LessonPage, Topic

SCREENS = Path(__file__).resolve().parent / "screens"

TOPICS = (
    (
        "dich-vu-cong",
        "Dịch vụ công trực tuyến",
        "Nộp hồ sơ, thanh toán phí và nhận kết quả thủ tục hành chính trên mạng.",
    ),
    ("vneid", "Định danh điện tử VNeID", "Tài khoản định danh điện tử mức 2 và căn cước điện tử."),
    ("chu-ky-so", "Chữ ký số", "Chữ ký số công cộng, chữ ký số chuyên dùng công vụ và ký số từ xa."),
    (
        "thanh-toan",
        "Thanh toán trực tuyến an toàn",
        "Ngân hàng số, VietQR, ví điện tử và xác thực giao dịch.",
    ),
    (
        "an-toan",
        "An toàn thông tin & phòng chống lừa đảo",
        "Mật khẩu, mã OTP, thiết bị an toàn và các chiêu lừa đảo.",
    ),
)

COMPETENCES = (
    (Framework.TT02, "TT02-1", "Khai thác dữ liệu và thông tin"),
    (Framework.TT02, "TT02-2", "Giao tiếp và hợp tác trong môi trường số"),
    (Framework.TT02, "TT02-3", "Sáng tạo nội dung số"),
    (Framework.TT02, "TT02-4", "An toàn"),
    (Framework.TT02, "TT02-5", "Giải quyết vấn đề"),
    (Framework.TT02, "TT02-6", "Ứng dụng trí tuệ nhân tạo"),
    (Framework.QD757, "QD757-0", "Sử dụng thiết bị và phần mềm trên thiết bị"),
    (Framework.CNSCD, "CNSCD-1", "Sử dụng dịch vụ công trực tuyến"),
    (Framework.CNSCD, "CNSCD-2", "Mua sắm trực tuyến"),
    (Framework.CNSCD, "CNSCD-3", "Thanh toán trực tuyến"),
    (Framework.CNSCD, "CNSCD-4", "Tự bảo vệ mình trên không gian mạng"),
    (Framework.CNSCD, "CNSCD-5", "Sử dụng nền tảng số khác tùy đặc thù địa phương"),
)


def course_modules() -> list[dict]:
    modules = []
    for info in sorted(pkgutil.iter_modules(content_package.__path__), key=lambda m: m.name):
        modules.append(importlib.import_module(f"{content_package.__name__}.{info.name}").COURSE)
    order = ["dich-vu-cong", "vneid", "chu-ky-so", "thanh-toan", "an-toan"]
    return sorted(modules, key=lambda c: order.index(c["topic"]) if c["topic"] in order else 99)


def taxonomy_ensure() -> None:
    for order, (slug, name, description) in enumerate(TOPICS):
        Topic.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    for framework, code, name in COMPETENCES:
        CompetenceTag.objects.get_or_create(code=code, defaults={"framework": framework, "name": name})


def _image(title: str, filename: str, data: bytes):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image.save()
    return image


def _screen(name: str):
    png = SCREENS / f"{name}.png"
    return _image(f"Màn hình mô phỏng: {name}", f"{name}.png", png.read_bytes())


def _hotspots(name: str) -> list[dict]:
    return json.loads((SCREENS / f"{name}.json").read_text())["hotspots"]


def _block(block: dict) -> dict:
    kind, value = block["type"], block["value"]
    if kind in ("heading", "paragraph"):
        return {"type": kind, "value": value}
    if kind == "callout":
        return {
            "type": kind,
            "value": {"kind": value["kind"], "title": value.get("title", ""), "text": value["text"]},
        }
    if kind == "image":
        return {
            "type": "image",
            "value": {
                "image": _screen(value["screen"]).pk,
                "alt": value["alt"],
                "caption": value.get("caption", ""),
            },
        }
    if kind == "steps":
        items = []
        for step in value:
            screen = step.get("screen")
            items.append(
                {
                    "text": step["text"],
                    "screenshot": _screen(screen).pk if screen else None,
                    "screenshot_alt": "Màn hình mô phỏng của bước này" if screen else "",
                }
            )
        return {"type": "steps", "value": items}
    if kind == "practice":
        boxes = _hotspots(value["screen"])
        if len(boxes) != len(value["targets"]):
            raise ValueError(
                f"Practice {value['title']!r}: {len(value['targets'])} targets, {len(boxes)} hotspots"
            )
        hotspots = [
            {
                "label": target["label"],
                "hint": target.get("hint", ""),
                "x": round(box["x"] * 100, 2),
                "y": round(box["y"] * 100, 2),
                "width": round(box["w"] * 100, 2),
                "height": round(box["h"] * 100, 2),
            }
            for target, box in zip(value["targets"], boxes, strict=True)
        ]
        return {
            "type": "practice",
            "value": {
                "title": value["title"],
                "instructions": value["instructions"],
                "screenshot": _screen(value["screen"]).pk,
                "screenshot_alt": f"Màn hình mô phỏng để luyện tập: {value['title']}",
                "hotspots": hotspots,
                "wrong_tap": value.get("wrong_tap") or "Chưa đúng chỗ. Hãy nhìn kỹ và thử lại.",
                "success": value.get("success") or "Chính xác! Bạn đã làm đúng.",
            },
        }
    raise ValueError(f"Unknown block type {kind!r}")


@transaction.atomic
def course_ensure(*, data: dict, index: CourseIndexPage) -> CoursePage:
    existing = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing:
        return existing
    topic = Topic.objects.get(slug=data["topic"])
    cover = _image(
        f"Ảnh bìa: {data['title']}", f"cover-{data['slug']}.png", make_cover(data["title"], topic.name)
    )
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        topic=topic,
        cover_image=cover,
        audience=data["audience"],
        level=data["level"],
        estimated_minutes=data["estimated_minutes"],
        outcomes="\n".join(data["outcomes"]),
        content_checked_on=date.fromisoformat(data["checked_on"]),
        reviewer_note=data.get("reviewer_note", ""),
    )
    index.add_child(instance=course)
    course.competences.set(CompetenceTag.objects.filter(code__in=data.get("competences", [])))
    course.save_revision().publish()
    for lesson_data in data["lessons"]:
        lesson = LessonPage(
            title=lesson_data["title"],
            slug=lesson_data["slug"],
            summary=lesson_data.get("summary", ""),
            estimated_minutes=lesson_data.get("minutes", 10),
            body=[_block(block) for block in lesson_data["body"]],
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    return course


def catalogue_ensure(*, home: Page) -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index:
        return index
    index = CourseIndexPage(
        title="Khóa học",
        slug="khoa-hoc",
        intro=(
            "<p>Các khóa học ngắn, miễn phí, học trên điện thoại. Gõ có dấu hay không dấu đều tìm được.</p>"
        ),
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index
