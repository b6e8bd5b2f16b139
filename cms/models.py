from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from cms.page_cache import CachedPageMixin


class HomePage(CachedPageMixin, Page):
    """The landing page. It knows other pages only as generic pages, so the site
    shell does not depend on the apps above it; each featured page brings its own teaser."""

    hero_title = models.CharField(_("tiêu đề lớn"), max_length=120)
    hero_text = models.TextField(_("lời giới thiệu"), max_length=400, blank=True)
    body = RichTextField(
        _("nội dung"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Phần giới thiệu")),
        InlinePanel("featured", label=_("Khóa học nổi bật"), max_num=6),
        FieldPanel("body"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ids = list(self.featured.order_by("sort_order").values_list("page_id", flat=True))
        specific = Page.objects.filter(pk__in=ids).live().public().specific().in_bulk()
        context["featured_pages"] = [specific[pk] for pk in ids if pk in specific]
        return context


class HomePageFeatured(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("trang nổi bật")
        verbose_name_plural = _("trang nổi bật")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    invalidates_page_cache = True

    organisation_name = models.CharField(
        _("đơn vị vận hành"), max_length=200, default="Tổ công nghệ số cộng đồng"
    )
    tagline = models.CharField(_("khẩu hiệu"), max_length=200, default="Học kỹ năng số, làm chủ cuộc sống số")
    hotline = models.CharField(_("đường dây hỗ trợ"), max_length=40, blank=True)
    catalogue_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang danh mục khóa học"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_note = models.TextField(_("ghi chú chân trang"), blank=True)

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("tagline"),
        FieldPanel("hotline"),
        PageChooserPanel("catalogue_page"),
        FieldPanel("footer_note"),
    ]

    class Meta:
        verbose_name = _("cài đặt trang")
        verbose_name_plural = _("cài đặt trang")
