"""One block per question type. Each knows how to turn what a trainer wrote into the plain
grading spec (quizzes.grading) and the display data the quiz page shows."""

import hashlib
import hmac

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from courses.blocks import HotspotBlock


def _stem_fields():
    return [
        ("stem", blocks.RichTextBlock(label=_("Câu hỏi"), features=["bold", "italic", "link", "ol", "ul"])),
        ("image", ImageChooserBlock(label=_("Ảnh kèm câu hỏi"), required=False)),
        (
            "image_alt",
            blocks.CharBlock(label=_("Mô tả ảnh cho người khiếm thị"), required=False, max_length=250),
        ),
    ]


def _opaque(text: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), text.encode(), hashlib.sha256).hexdigest()[:12]


def _image_id(image) -> int | None:
    return image.pk if image else None


def _base_display(value) -> dict:
    return {
        "stem": value["stem"].source,
        "image": _image_id(value.get("image")),
        "image_alt": value.get("image_alt", ""),
    }


def _fail(field: str, message) -> None:
    raise StructBlockValidationError(block_errors={field: ValidationError(message)})


class QuestionStructBlock(blocks.StructBlock):
    """A question type: the stem and its image come first, then what the type adds."""

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__(local_blocks, **kwargs)
        leading = {}
        for name, block in _stem_fields():
            block.set_name(name)
            leading[name] = block
        self.child_blocks = {**leading, **self.child_blocks}


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Phương án"), max_length=300)
    image = ImageChooserBlock(label=_("Ảnh (không bắt buộc)"), required=False)
    correct = blocks.BooleanBlock(label=_("Là phương án đúng"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Phương án")


class ChoiceQuestionBlock(QuestionStructBlock):
    """Single choice: exactly one option is correct."""

    options = blocks.ListBlock(OptionBlock(), label=_("Các phương án"), min_num=2, max_num=8)
    grading_type = "single"

    def clean(self, value):
        cleaned = super().clean(value)
        correct = [option for option in cleaned["options"] if option["correct"]]
        self.check_correct(len(correct))
        texts = [option["text"].strip().casefold() for option in cleaned["options"]]
        if len(set(texts)) != len(texts):
            _fail("options", _("Hai phương án trùng nhau."))
        return cleaned

    def check_correct(self, count: int) -> None:
        if count != 1:
            _fail("options", _("Câu một lựa chọn cần đúng một phương án đúng."))

    def spec(self, value) -> tuple[dict, dict]:
        options = value["options"].bound_blocks
        spec = {
            "type": self.grading_type,
            "options": [{"id": child.id} for child in options],
            "correct": [child.id for child in options if child.value["correct"]],
        }
        display = {
            **_base_display(value),
            "options": [
                {"id": child.id, "text": child.value["text"], "image": _image_id(child.value["image"])}
                for child in options
            ],
        }
        return spec, display

    class Meta:
        icon = "radio-empty"
        label = _("Một lựa chọn")


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    partial_credit = blocks.BooleanBlock(
        label=_("Chấm điểm từng phần"),
        required=False,
        help_text=_("Chọn đúng một phần vẫn được một phần điểm; chọn sai bị trừ."),
    )
    grading_type = "multiple"

    def check_correct(self, count: int) -> None:
        if count < 1:
            _fail("options", _("Cần ít nhất một phương án đúng."))

    def spec(self, value):
        spec, display = super().spec(value)
        spec["partial_credit"] = bool(value["partial_credit"])
        return spec, display

    class Meta:
        icon = "list-ul"
        label = _("Nhiều lựa chọn")


class ImageChoiceQuestionBlock(ChoiceQuestionBlock):
    """A screenshot or a message ("is this a scam?") with one correct answer."""

    grading_type = "image_choice"

    def clean(self, value):
        cleaned = super().clean(value)
        if not cleaned.get("image"):
            _fail("image", _("Câu hỏi theo ảnh cần có ảnh (ảnh chụp màn hình, tin nhắn…)."))
        return cleaned

    class Meta:
        icon = "image"
        label = _("Nhận diện qua ảnh")


class TrueFalseQuestionBlock(QuestionStructBlock):
    correct = blocks.ChoiceBlock(
        label=_("Đáp án"), choices=[("true", _("Đúng")), ("false", _("Sai"))], default="true"
    )

    def spec(self, value):
        return {"type": "true_false", "correct": value["correct"] == "true"}, _base_display(value)

    class Meta:
        icon = "tick"
        label = _("Đúng / Sai")


class OrderingQuestionBlock(QuestionStructBlock):
    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Bước"), max_length=300),
        label=_("Các bước theo đúng thứ tự"),
        help_text=_("Nhập theo thứ tự đúng; người học sẽ thấy các bước bị xáo trộn."),
        min_num=2,
        max_num=10,
    )
    partial_credit = blocks.BooleanBlock(label=_("Chấm điểm từng phần"), required=False)

    def spec(self, value):
        steps = value["steps"].bound_blocks
        ids = [child.id for child in steps]
        spec = {
            "type": "ordering",
            "items": [{"id": item} for item in ids],
            "correct_order": ids,
            "partial_credit": bool(value["partial_credit"]),
        }
        display = {
            **_base_display(value),
            "items": [{"id": child.id, "text": child.value} for child in steps],
        }
        return spec, display

    class Meta:
        icon = "order"
        label = _("Sắp xếp thứ tự")


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Vế trái"), max_length=200)
    right = blocks.CharBlock(label=_("Vế phải"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Cặp ghép")


class MatchingQuestionBlock(QuestionStructBlock):
    pairs = blocks.ListBlock(PairBlock(), label=_("Các cặp đúng"), min_num=2, max_num=8)
    partial_credit = blocks.BooleanBlock(label=_("Chấm điểm từng phần"), required=False)

    def clean(self, value):
        cleaned = super().clean(value)
        for side in ("left", "right"):
            texts = [pair[side].strip().casefold() for pair in cleaned["pairs"]]
            if len(set(texts)) != len(texts):
                _fail("pairs", _("Hai cặp ghép trùng một vế."))
        return cleaned

    def spec(self, value):
        pairs = value["pairs"].bound_blocks
        # The right-hand ids must not be guessable from the left-hand ones: the page shows both.
        right = {child.id: "r-" + _opaque(child.id) for child in pairs}
        spec = {
            "type": "matching",
            "pairs": [{"left": f"{child.id}-l", "right": right[child.id]} for child in pairs],
            "partial_credit": bool(value["partial_credit"]),
        }
        display = {
            **_base_display(value),
            "left": [{"id": f"{child.id}-l", "text": child.value["left"]} for child in pairs],
            "right": [{"id": right[child.id], "text": child.value["right"]} for child in pairs],
        }
        return spec, display

    class Meta:
        icon = "link"
        label = _("Ghép cặp")


class ShortTextQuestionBlock(QuestionStructBlock):
    accepted = blocks.ListBlock(
        blocks.CharBlock(label=_("Câu trả lời được chấp nhận"), max_length=200),
        label=_("Các câu trả lời đúng"),
        min_num=1,
        max_num=10,
    )
    ignore_case = blocks.BooleanBlock(
        label=_("Không phân biệt chữ hoa, chữ thường"), required=False, default=True
    )
    ignore_spacing = blocks.BooleanBlock(label=_("Bỏ qua khoảng trắng thừa"), required=False, default=True)
    ignore_diacritics = blocks.BooleanBlock(
        label=_("Chấp nhận gõ không dấu"),
        required=False,
        help_text=_("Bật nếu người học có thể gõ không dấu, ví dụ “dich vu cong”."),
    )

    def spec(self, value):
        spec = {
            "type": "short_text",
            "accepted": list(value["accepted"]),
            "ignore_case": bool(value["ignore_case"]),
            "ignore_spacing": bool(value["ignore_spacing"]),
            "ignore_diacritics": bool(value["ignore_diacritics"]),
        }
        return spec, _base_display(value)

    class Meta:
        icon = "edit"
        label = _("Trả lời ngắn")


class RegionBlock(HotspotBlock):
    correct = blocks.BooleanBlock(label=_("Đây là chỗ đáng ngờ cần chạm"), required=False)

    class Meta:
        icon = "crosshairs"
        label = _("Vùng trên ảnh")


class ImageTapQuestionBlock(QuestionStructBlock):
    """Tap the suspicious part of a screenshot or message."""

    regions = blocks.ListBlock(RegionBlock(), label=_("Các vùng trên ảnh"), min_num=1, max_num=10)

    def clean(self, value):
        cleaned = super().clean(value)
        if not cleaned.get("image"):
            _fail("image", _("Câu hỏi chạm vào ảnh cần có ảnh."))
        if not any(region["correct"] for region in cleaned["regions"]):
            _fail("regions", _("Cần ít nhất một vùng là chỗ cần chạm."))
        return cleaned

    def spec(self, value):
        regions = value["regions"].bound_blocks
        spec = {
            "type": "image_tap",
            "regions": [
                {key: child.value[key] for key in ("x", "y", "width", "height")} | {"id": child.id}
                for child in regions
            ],
            "correct": [child.id for child in regions if child.value["correct"]],
        }
        return spec, _base_display(value)

    class Meta:
        icon = "crosshairs"
        label = _("Chạm vào chỗ đáng ngờ trên ảnh")


class QuestionBlock(blocks.StreamBlock):
    single = ChoiceQuestionBlock()
    multiple = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    ordering = OrderingQuestionBlock()
    matching = MatchingQuestionBlock()
    short_text = ShortTextQuestionBlock()
    image_choice = ImageChoiceQuestionBlock()
    image_tap = ImageTapQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 1
        block_counts = {}
