"""Build the demo site: page tree, five courses, editorial groups and workflow, the named cast.

Idempotent: run it as often as you like; it only adds what is missing.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from certificates.demo import certificates_demo_ensure
from cms.models import HomePage, HomePageFeatured, SiteSettings
from courses.demo.seed import catalogue_ensure, course_ensure, course_modules, taxonomy_ensure
from courses.editorial import editorial_setup
from courses.h5p.demo import h5p_demo_ensure
from learning.cast import CAST, DEMO_COMMUNE, DEMO_PASSWORD, REVIEWERS_GROUP, TRAINERS_GROUP
from learning.services import demo_learning_ensure, user_ensure
from learning.units import load_units
from metrics.demo import metrics_demo_ensure
from quizzes.demo.checks import checks_ensure
from quizzes.demo.seed import questions_ensure, quizzes_ensure


def home_ensure() -> HomePage:
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    home = HomePage(
        title="Học Số",
        slug="trang-chu",
        hero_title="Học kỹ năng số ngay trên điện thoại",
        hero_text=(
            "Khóa học ngắn, miễn phí: làm thủ tục trên Cổng Dịch vụ công, dùng VNeID, chữ ký số, "
            "thanh toán an toàn và nhận diện lừa đảo."
        ),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    if site:
        site.root_page = home
        site.site_name = "Học Số"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Học Số"
        )
    # Wagtail's placeholder welcome page is no longer reachable; remove it.
    if old_root and old_root.specific_class is Page and old_root.depth == 2:
        old_root.delete()
    return home


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: trang chủ, 5 khóa học, nhóm biên tập, quy trình duyệt và người dùng mẫu."

    @transaction.atomic
    def handle(self, *args, **options):
        units = load_units()
        self.stdout.write(
            f"Đơn vị hành chính: {units.provinces} tỉnh/thành phố, {units.communes} xã/phường/đặc khu."
        )
        taxonomy_ensure()
        home = home_ensure()
        catalogue = catalogue_ensure(home=home)
        courses = [course_ensure(data=data, index=catalogue) for data in course_modules()]
        questions_ensure()
        quizzes_ensure({course.slug: course for course in courses})
        checks_ensure({course.slug: course for course in courses})
        site = Site.objects.get(is_default_site=True)
        shell = SiteSettings.for_site(site)
        if shell.catalogue_page_id is None:
            shell.catalogue_page = catalogue
            shell.hotline = shell.hotline or "1900 0000"
            shell.save()
        if not home.featured.exists():
            for order, course in enumerate(courses[:3]):
                HomePageFeatured.objects.create(home=home, page=course, sort_order=order)
            home.save_revision().publish()
        editorial_setup(catalogue=catalogue, trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP)
        users = {member.key: user_ensure(member=member, password=DEMO_PASSWORD) for member in CAST}
        h5p_demo_ensure(approver=users["admin"])
        demo_learning_ensure(course_slug="chu-ky-so")
        certificates_demo_ensure(
            citizen=users["citizen"], signer=users["trainer"], admin=users["admin"], commune_code=DEMO_COMMUNE
        )
        metrics_demo_ensure(
            admin=users["admin"],
            trainer=users["trainer"],
            province_manager=users["province_manager"],
            commune_manager=users["commune_manager"],
        )
        self.stdout.write(
            self.style.SUCCESS(f"Đã có {len(courses)} khóa học mẫu và {len(CAST)} người dùng mẫu.")
        )
