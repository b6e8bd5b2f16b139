import hashlib
import json
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

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


class QuizKind(models.TextChoices):
    CHECK = "check", _("Câu hỏi ôn tập trong bài")
    FINAL = "final", _("Bài kiểm tra cuối khóa")


class ShowAnswers(models.TextChoices):
    AFTER_SUBMIT = "after_submit", _("Ngay sau khi nộp bài")
    AFTER_PASS = "after_pass", _("Chỉ khi đã đạt")
    NEVER = "never", _("Không hiện")


class Quiz(ClusterableModel):
    """A knowledge check in a lesson or the final test of a course; questions are drawn from pools."""

    # Lessons show a quiz's title and pass mark; cached pages must follow its changes.
    invalidates_page_cache = True

    title = models.CharField(_("tên bài kiểm tra"), max_length=200)
    kind = models.CharField(_("loại"), max_length=10, choices=QuizKind.choices, default=QuizKind.CHECK)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("khóa học (với bài kiểm tra cuối khóa)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quizzes",
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("điểm đạt (%)"), default=80, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    shuffle_questions = models.BooleanField(_("xáo thứ tự câu hỏi"), default=True)
    shuffle_options = models.BooleanField(_("xáo thứ tự phương án"), default=True)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("thời gian làm bài (phút)"), null=True, blank=True
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("số lần làm tối đa"), null=True, blank=True, help_text=_("Để trống nếu không giới hạn.")
    )
    wait_minutes = models.PositiveIntegerField(_("chờ giữa hai lần làm (phút)"), default=0)
    show_answers = models.CharField(
        _("khi nào hiện đáp án và giải thích"),
        max_length=16,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_SUBMIT,
    )

    panels = [
        FieldPanel("title"),
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("course")], heading=_("Thuộc về")),
        InlinePanel("pools", label=_("Rút câu hỏi từ nhóm"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("max_attempts"),
                FieldPanel("wait_minutes"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("show_answers"),
            ],
            heading=_("Cách làm bài"),
        ),
    ]

    class Meta:
        verbose_name = _("bài kiểm tra")
        verbose_name_plural = pgettext_lazy("số nhiều", "bài kiểm tra")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.kind == QuizKind.FINAL and self.course_id is None:
            raise ValidationError({"course": _("Bài kiểm tra cuối khóa phải gắn với một khóa học.")})


class QuizPool(Orderable):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="pools")
    tag = models.SlugField(_("nhóm câu hỏi"), max_length=100, allow_unicode=False)
    count = models.PositiveSmallIntegerField(_("số câu rút ra"), default=5, validators=[MinValueValidator(1)])
    difficulty = models.CharField(_("độ khó"), max_length=10, choices=Difficulty.choices, blank=True)

    panels = [FieldPanel("tag"), FieldPanel("count"), FieldPanel("difficulty")]

    class Meta(Orderable.Meta):
        verbose_name = _("nhóm rút câu hỏi")
        verbose_name_plural = pgettext_lazy("số nhiều", "nhóm rút câu hỏi")


class Attempt(models.Model):
    """One sitting of a quiz. The server decides its questions, their order and its deadline."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("lần làm"))
    started_at = models.DateTimeField(_("bắt đầu lúc"))
    deadline = models.DateTimeField(_("hạn nộp"), null=True, blank=True)
    # The page (tab) allowed to save answers; opening the attempt elsewhere makes older pages stale.
    active_tab = models.UUIDField(default=uuid.uuid4)
    submitted_at = models.DateTimeField(_("nộp lúc"), null=True, blank=True)
    submit_key = models.UUIDField(null=True, blank=True)
    submit_digest = models.CharField(max_length=64, blank=True)
    expired = models.BooleanField(_("hết giờ"), default=False)
    score = models.DecimalField(_("điểm"), max_digits=8, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(_("điểm tối đa"), max_digits=8, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(_("tỉ lệ đúng (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("đạt"), null=True, blank=True)

    class Meta:
        verbose_name = _("lượt làm bài")
        verbose_name_plural = pgettext_lazy("số nhiều", "lượt làm bài")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="one_number_per_attempt"),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=models.Q(submitted_at__isnull=True),
                name="one_open_attempt",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quiz} — {self.user_id} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None


class AttemptItem(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    version = models.ForeignKey(QuestionVersion, on_delete=models.PROTECT, related_name="+")
    option_order = models.JSONField(default=list, blank=True)
    answer = models.JSONField(null=True, blank=True)
    # The page numbers its saves; an older save arriving late never overwrites a newer one.
    saved_seq = models.PositiveIntegerField(default=0)
    answered_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    correct = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "position"], name="one_item_per_position")]

    def __str__(self) -> str:
        return f"{self.attempt_id} #{self.position}"
