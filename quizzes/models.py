import hashlib
import json

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from quizzes.blocks import QuestionBlock


class Difficulty(models.TextChoices):
    EASY = "easy", _("Dễ")
    MEDIUM = "medium", _("Trung bình")
    HARD = "hard", _("Khó")


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey("quizzes.Question", related_name="tagged_items", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("nhóm câu hỏi")
        verbose_name_plural = pgettext_lazy("số nhiều", "nhóm câu hỏi")


class Question(ClusterableModel):
    """A reusable question in the bank. Attempts keep the version they were given, so editing a
    question never changes an attempt already taken."""

    title = models.CharField(
        _("tên gợi nhớ"), max_length=200, help_text=_("Chỉ người soạn thấy, để tìm lại câu hỏi.")
    )
    topic = models.ForeignKey(
        "courses.Topic", verbose_name=_("chủ đề"), null=True, blank=True, on_delete=models.SET_NULL
    )
    difficulty = models.CharField(
        _("độ khó"), max_length=10, choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    tags = ClusterTaggableManager(
        through=QuestionTag,
        blank=True,
        verbose_name=_("nhóm câu hỏi"),
        help_text=_("Bài kiểm tra rút câu hỏi ngẫu nhiên theo nhóm, ví dụ “vneid-co-ban”."),
    )
    points = models.PositiveSmallIntegerField(_("điểm"), default=1)
    body = StreamField(QuestionBlock(), verbose_name=_("nội dung câu hỏi"))
    explanation = RichTextField(
        _("giải thích"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Hiện sau khi trả lời: vì sao đáp án đúng, và cách nhận ra trong đời thật."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("difficulty"), FieldPanel("tags"), FieldPanel("points")],
            heading=_("Phân loại"),
        ),
        FieldPanel("body"),
        FieldPanel("explanation"),
    ]

    class Meta:
        verbose_name = _("câu hỏi")
        verbose_name_plural = pgettext_lazy("số nhiều", "câu hỏi")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return self.title

    def spec_and_display(self) -> tuple[dict, dict]:
        child = self.body[0]
        spec, display = child.block.spec(child.value)
        spec["points"] = self.points
        display["type"] = child.block_type
        display["explanation"] = self.explanation
        return spec, display

    def save(self, *args, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            if len(self.body):
                self.snapshot()

    def snapshot(self) -> "QuestionVersion":
        """The version matching what the question says now, created if it is new."""
        spec, display = self.spec_and_display()
        digest = hashlib.sha256(
            json.dumps({"spec": spec, "display": display}, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        latest = self.versions.order_by("-number").first()
        if latest is not None and latest.digest == digest:
            return latest
        return QuestionVersion.objects.create(
            question=self,
            number=(latest.number + 1) if latest else 1,
            spec=spec,
            display=display,
            digest=digest,
        )

    @property
    def current_version(self) -> "QuestionVersion | None":
        return self.versions.order_by("-number").first()


class QuestionVersion(models.Model):
    """What a question was at one moment, exactly as graded and shown. Never changed after creation."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("phiên bản"))
    spec = models.JSONField(_("đáp án để chấm"))
    display = models.JSONField(_("nội dung hiển thị"))
    digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("phiên bản câu hỏi")
        verbose_name_plural = _("phiên bản câu hỏi")
        constraints = [models.UniqueConstraint(fields=["question", "number"], name="one_number_per_version")]

    def __str__(self) -> str:
        return f"{self.question} (v{self.number})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("question versions are immutable")
        super().save(*args, **kwargs)
