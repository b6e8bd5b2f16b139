"""StreamField blocks of a lesson. Each block renders with templates/blocks/<name>.html."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "blocks/heading.html"
        form_classname = "title"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    alt = blocks.CharBlock(
        label=_("Mô tả ảnh (cho người khiếm thị)"),
        max_length=250,
        help_text=_("Mô tả ngắn nội dung ảnh, được đọc cho người dùng trình đọc màn hình."),
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = DocumentChooserBlock(
        label=_("Tệp video tải lên"), required=False, help_text=_("Tệp MP4 hoặc WebM, nên dưới 20 MB.")
    )
    embed = EmbedBlock(label=_("Hoặc đường dẫn video nhúng"), required=False)
    title = blocks.CharBlock(label=_("Tên video"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Lời thoại"),
        features=TEXT_FEATURES,
        help_text=_("Bắt buộc: cho người không nghe được hoặc mạng yếu không xem được video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"

    def clean(self, value):
        cleaned = super().clean(value)
        if bool(cleaned.get("video")) == bool(cleaned.get("embed")):
            raise StructBlockValidationError(
                block_errors={
                    "video": ValidationError(_("Chọn một tệp video hoặc nhập một đường dẫn nhúng (chỉ một)."))
                }
            )
        if cleaned.get("video") and cleaned["video"].file_extension.lower() not in ("mp4", "webm"):
            raise StructBlockValidationError(
                block_errors={"video": ValidationError(_("Tệp video phải có đuôi .mp4 hoặc .webm."))}
            )
        return cleaned


class StepBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Việc cần làm"), features=TEXT_FEATURES)
    screenshot = ImageChooserBlock(label=_("Ảnh chụp màn hình"), required=False)
    screenshot_alt = blocks.CharBlock(label=_("Mô tả ảnh chụp"), required=False, max_length=250)

    class Meta:
        icon = "list-ol"
        label = _("Bước")


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = _("Hướng dẫn từng bước")
        template = "blocks/steps.html"
        min_num = 1


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Loại"),
        choices=[("tip", _("Mẹo")), ("warning", _("Lưu ý")), ("scam", _("Cảnh báo lừa đảo"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Tiêu đề"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Nội dung"), features=TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Khung lưu ý")
        template = "blocks/callout.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tài liệu"))
    title = blocks.CharBlock(label=_("Tên hiển thị"), required=False, max_length=200)
    description = blocks.CharBlock(label=_("Mô tả ngắn"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu tải về")
        template = "blocks/document.html"


class HotspotBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Chỗ cần chạm"), max_length=120, help_text=_("Ví dụ: Nút Đăng nhập"))
    x = blocks.FloatBlock(label=_("Trái (%)"), min_value=0, max_value=100)
    y = blocks.FloatBlock(label=_("Trên (%)"), min_value=0, max_value=100)
    width = blocks.FloatBlock(label=_("Rộng (%)"), min_value=0.5, max_value=100)
    height = blocks.FloatBlock(label=_("Cao (%)"), min_value=0.5, max_value=100)
    hint = blocks.CharBlock(
        label=_("Gợi ý khi chạm sai"),
        max_length=250,
        required=False,
        help_text=_("Hiện khi người học chạm sai chỗ."),
    )

    class Meta:
        icon = "crosshairs"
        label = _("Điểm chạm")

    def clean(self, value):
        cleaned = super().clean(value)
        errors = {}
        if cleaned["x"] + cleaned["width"] > 100.001:
            errors["width"] = ValidationError(_("Vùng chạm vượt quá mép phải của ảnh."))
        if cleaned["y"] + cleaned["height"] > 100.001:
            errors["height"] = ValidationError(_("Vùng chạm vượt quá mép dưới của ảnh."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned


class PracticeBlock(blocks.StructBlock):
    """Safe practice of a portal or app flow on a screenshot: tap the right places in order."""

    title = blocks.CharBlock(label=_("Tên bài thực hành"), max_length=150)
    instructions = blocks.TextBlock(label=_("Hướng dẫn"), max_length=500)
    screenshot = ImageChooserBlock(label=_("Ảnh màn hình"))
    screenshot_alt = blocks.CharBlock(label=_("Mô tả ảnh màn hình"), max_length=250)
    hotspots = blocks.ListBlock(HotspotBlock(), label=_("Các điểm chạm, theo thứ tự"), min_num=1, max_num=8)
    wrong_tap = blocks.CharBlock(
        label=_("Thông báo khi chạm sai"), max_length=250, default="Chưa đúng chỗ. Hãy nhìn kỹ và thử lại."
    )
    success = blocks.CharBlock(
        label=_("Thông báo khi hoàn thành"), max_length=250, default="Chính xác! Bạn đã làm đúng."
    )

    class Meta:
        icon = "pick"
        label = _("Thực hành trên màn hình mô phỏng")
        template = "blocks/practice.html"


class QuizBlock(blocks.StructBlock):
    """A knowledge check or final test placed in a lesson. The quiz is chosen by its model's name,
    so courses never imports quizzes."""

    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Bài kiểm tra"))
    intro = blocks.CharBlock(
        label=_("Lời dẫn"),
        required=False,
        max_length=250,
        help_text=_("Ví dụ: Làm 5 câu hỏi nhanh để kiểm tra bạn đã nhớ bài chưa."),
    )

    class Meta:
        icon = "tasks"
        label = _("Bài kiểm tra")
        template = "blocks/quiz.html"


class H5PBlock(blocks.StructBlock):
    """Interactive H5P content in a lesson. It counts toward the lesson like a practice block: the lesson
    is complete once the learner has finished it, whatever the score."""

    item = SnippetChooserBlock("courses.H5PItem", label=_("Nội dung H5P"))
    intro = blocks.CharBlock(label=_("Lời dẫn"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Nội dung tương tác H5P")
        template = "blocks/h5p.html"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"), features=TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph.html"
    )
    image = ImageBlock()
    video = VideoBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    practice = PracticeBlock()
    quiz = QuizBlock()
    h5p = H5PBlock()

    class Meta:
        block_counts = {}
