from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms.page_cache import CachedPageMixin
from cms.text import search_document
from courses import hooks
from courses.blocks import LessonStreamBlock


def stale_cutoff() -> date:
    """Content checked against the real portal before this day is stale (HOCSO_STALE_AFTER_DAYS)."""
    return timezone.localdate() - timedelta(days=settings.HOCSO_STALE_AFTER_DAYS)


class Audience(models.TextChoices):
    ALL = "all", _("Mọi người")
    CITIZEN = "citizen", _("Người dân")
    OFFICIAL = "official", _("Cán bộ, công chức xã")


class Level(models.TextChoices):
    BASIC = "basic", _("Cơ bản")
    INTERMEDIATE = "intermediate", _("Trung cấp")


class Framework(models.TextChoices):
    TT02 = "TT02", _("Khung năng lực số (Thông tư 02/2025/TT-BGDĐT)")
    QD757 = "QD757", _("Khung kiến thức, kỹ năng số cơ bản (QĐ 757/QĐ-BKHCN)")
    CNSCD = "CNSCD", _("Nội dung kỹ năng của Tổ công nghệ số cộng đồng")


@register_snippet
class Topic(models.Model):
    """A subject area of the catalogue, managed by administrators."""

    invalidates_page_cache = True

    name = models.CharField(_("tên chủ đề"), max_length=100, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=60, unique=True, allow_unicode=False)
    description = models.CharField(_("mô tả"), max_length=250, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("chủ đề")
        verbose_name_plural = _("chủ đề")

    def __str__(self) -> str:
        return self.name


@register_snippet
class CompetenceTag(models.Model):
    """A competence of a national framework a course develops, so provinces can report against it."""

    invalidates_page_cache = True

    framework = models.CharField(_("khung"), max_length=8, choices=Framework.choices)
    code = models.CharField(_("mã"), max_length=20, unique=True, help_text=_("Ví dụ: TT02-4"))
    name = models.CharField(_("tên"), max_length=200)

    panels = [FieldPanel("framework"), FieldPanel("code"), FieldPanel("name")]

    class Meta:
        ordering = ["framework", "code"]
        verbose_name = _("năng lực số")
        verbose_name_plural = _("năng lực số")

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"


def stream_text(stream) -> str:
    """All the words an author wrote in a StreamField, without markup, for search."""
    parts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            parts.append(strip_tags(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("id", "type") or isinstance(item, (dict, list)):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for raw in stream.raw_data:
        walk(raw.get("value"))
    return " ".join(parts)


class SearchDocumentMixin(models.Model):
    search_document = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True

    def build_search_document(self) -> str:
        """The folded words readers may search for; pages with more text than a title override this."""
        return search_document(self.title)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "search_document" in update_fields:
            self.search_document = self.build_search_document()
        return super().save(*args, **kwargs)


class CourseIndexPage(CachedPageMixin, Page):
    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh mục khóa học")
        verbose_name_plural = _("danh mục khóa học")

    def get_context(self, request, *args, **kwargs):
        from courses.forms import CatalogueFilterForm
        from courses.selectors import catalogue_courses, topics_in_use

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None)
        filters = form.cleaned_filters()
        context.update(
            form=form,
            topics=topics_in_use(index=self),
            results=catalogue_courses(index=self, **filters),
            filters=filters,
        )
        return context


class CoursePage(CachedPageMixin, RoutablePageMixin, SearchDocumentMixin, Page):
    summary = models.CharField(
        _("tóm tắt"),
        max_length=250,
        help_text=_("Một hai câu giới thiệu, hiện ở danh mục và khi chia sẻ liên kết."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh bìa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topic = models.ForeignKey(
        Topic, verbose_name=_("chủ đề"), on_delete=models.PROTECT, related_name="courses"
    )
    audience = models.CharField(_("đối tượng"), max_length=16, choices=Audience.choices, default=Audience.ALL)
    level = models.CharField(_("trình độ"), max_length=16, choices=Level.choices, default=Level.BASIC)
    estimated_minutes = models.PositiveSmallIntegerField(_("thời lượng (phút)"), default=30)
    outcomes = models.TextField(
        _("kết quả học tập"), help_text=_("Mỗi dòng một điều người học làm được sau khóa học.")
    )
    competences = ParentalManyToManyField(CompetenceTag, verbose_name=_("năng lực số"), blank=True)
    content_checked_on = models.DateField(
        _("đối chiếu với cổng thật lần cuối"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày người duyệt kiểm tra nội dung với cổng/ứng dụng thật. Cổng dịch vụ thay đổi thường xuyên."
        ),
    )
    reviewer_note = models.TextField(_("ghi chú của người duyệt"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("topic"),
                FieldPanel("audience"),
                FieldPanel("level"),
                FieldPanel("estimated_minutes"),
            ],
            heading=_("Phân loại"),
        ),
        FieldPanel("outcomes"),
        FieldPanel("competences", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("content_checked_on"), FieldPanel("reviewer_note")], heading=_("Kiểm tra nội dung")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("audience")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("khóa học")
        verbose_name_plural = _("khóa học")

    @property
    def outcome_list(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.outcomes.splitlines() if line.strip(" -•\t")]

    @property
    def is_stale(self) -> bool:
        return self.content_checked_on is None or self.content_checked_on < stale_cutoff()

    teaser_template = "courses/includes/course_card.html"

    def build_search_document(self) -> str:
        return search_document(self.title, self.summary, self.outcomes)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_lessons

        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = course_lessons(course=self)
        hooks.extend(hooks.course_context_providers, request, self, context)
        return context

    @path("ap-phich/", name="poster")
    def poster(self, request):
        from courses.views import course_poster

        return course_poster(request, course=self)


class LessonPage(CachedPageMixin, SearchDocumentMixin, Page):
    summary = models.CharField(_("tóm tắt"), max_length=250, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("thời lượng (phút)"), default=10)
    body = StreamField(LessonStreamBlock(), verbose_name=_("nội dung bài học"))
    optional = models.BooleanField(
        _("bài đọc thêm"),
        default=False,
        help_text=_("Bài đọc thêm không tính vào tiến độ và điều kiện hoàn thành khóa học."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("optional"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    # What differs per signed-in reader is marked with {% hole %} (cms.holes) in its template.
    personal_parts_are_holes = True

    class Meta:
        verbose_name = _("bài học")
        verbose_name_plural = _("bài học")

    def build_search_document(self) -> str:
        return search_document(self.title, self.summary, stream_text(self.body))

    @property
    def has_practice(self) -> bool:
        return any(block.block_type == "practice" for block in self.body)

    @property
    def has_h5p(self) -> bool:
        return any(block["type"] == "h5p" for block in self.body.raw_data)

    @property
    def practice_block_ids(self) -> list[str]:
        # raw_data: reading ids must not load every image the blocks point to.
        return [block["id"] for block in self.body.raw_data if block["type"] in ("practice", "h5p")]

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_navigation(lesson=self))
        following = context["next_lesson"] or context["course"]
        context["next_url"] = following.url
        return context


from courses.h5p.models import H5PItem, H5PLibrary  # noqa: E402, F401 - Django finds models here
