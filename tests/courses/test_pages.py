import pytest
from django.test import Client


@pytest.mark.django_db
def test_home_catalogue_course_and_lesson_pages_render_in_vietnamese(site_tree, client):
    for url in ("/", "/khoa-hoc/", "/khoa-hoc/chu-ky-so/", "/khoa-hoc/chu-ky-so/bai-1/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert '<html lang="vi">' in response.content.decode()


@pytest.mark.django_db
def test_course_page_shows_outline_outcomes_and_duration(site_tree, client):
    html = client.get("/khoa-hoc/chu-ky-so/").content.decode()
    assert "Phân biệt chữ ký số với ảnh chữ ký" in html
    assert "khoảng 40 phút" in html
    for number in (1, 2, 3):
        assert f'href="/khoa-hoc/chu-ky-so/bai-{number}/"' in html
    assert 'href="/khoa-hoc/chu-ky-so/ap-phich/"' in html


@pytest.mark.django_db
def test_lesson_page_links_previous_and_next_lessons(site_tree, client):
    first = client.get("/khoa-hoc/chu-ky-so/bai-1/").content.decode()
    assert "Bài 1/3" in first and 'rel="prev"' not in first
    assert 'rel="next" href="/khoa-hoc/chu-ky-so/bai-2/"' in first
    middle = client.get("/khoa-hoc/chu-ky-so/bai-2/").content.decode()
    assert 'rel="prev" href="/khoa-hoc/chu-ky-so/bai-1/"' in middle
    assert 'rel="next" href="/khoa-hoc/chu-ky-so/bai-3/"' in middle
    last = client.get("/khoa-hoc/chu-ky-so/bai-3/").content.decode()
    assert 'rel="next"' not in last and "Về trang khóa học" in last


@pytest.mark.django_db
def test_lesson_blocks_render_callout_and_practice_with_its_script_only_when_needed(site_tree, client):
    with_practice = client.get("/khoa-hoc/chu-ky-so/bai-2/").content.decode()
    assert "Cảnh báo lừa đảo" in with_practice
    assert with_practice.count('class="hotspot"') == 2
    assert "courses/practice.js" in with_practice
    assert 'data-step-text="Bước %(n)s/%(total)s: chạm vào %(label)s"' in with_practice
    without = client.get("/khoa-hoc/chu-ky-so/bai-1/").content.decode()
    assert "practice.js" not in without and "<script" not in without


@pytest.mark.django_db
def test_shared_links_carry_open_graph_title_summary_and_image(site_tree, client):
    from tests.factories import make_image

    course = site_tree["course"]
    course.cover_image = make_image("Bìa", size=(1200, 630))
    course.save_revision().publish()
    html = client.get("/khoa-hoc/chu-ky-so/").content.decode()
    assert '<meta property="og:title" content="Chữ ký số cho người dân">' in html
    assert '<meta property="og:description" content="Hiểu chữ ký số và ký số từ xa.">' in html
    assert '<meta property="og:image" content="http' in html
    assert '<meta property="og:url" content="http://localhost/khoa-hoc/chu-ky-so/">' in html


@pytest.mark.django_db
def test_unknown_pages_get_the_vietnamese_404(site_tree, client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang này" in response.content.decode()


@pytest.mark.django_db
def test_server_errors_get_the_vietnamese_500_page(site_tree, settings):
    from cms.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert "Xin lỗi, hệ thống đang gặp sự cố" in response.content.decode()


@pytest.mark.django_db
def test_catalogue_and_lesson_query_counts_stay_flat(site_tree, django_assert_max_num_queries, settings):
    # Every request misses the page cache here (query strings, fresh cache), so these are the real costs.
    client = Client()
    client.get("/khoa-hoc/chu-ky-so/bai-2/?warm=1")
    with django_assert_max_num_queries(16):
        assert client.get("/khoa-hoc/?q=chu+ky+so").status_code == 200
    with django_assert_max_num_queries(17):
        assert client.get("/khoa-hoc/chu-ky-so/bai-2/?x=1").status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get("/khoa-hoc/chu-ky-so/?x=1").status_code == 200


@pytest.mark.django_db
def test_more_lessons_and_courses_do_not_add_queries(site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.models import CoursePage, LessonPage

    def count(url: str) -> int:
        # The first view of a page may create image renditions; measure the steady state.
        client = Client()
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    before = [
        count(u) for u in ("/khoa-hoc/?q=ky", "/khoa-hoc/chu-ky-so/?a=1", "/khoa-hoc/chu-ky-so/bai-2/?a=1")
    ]
    course = site_tree["course"]
    for number in range(4, 9):
        lesson = LessonPage(
            title=f"Bài {number} ký số", slug=f"bai-{number}", body=[{"type": "heading", "value": "ký"}]
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    for number in range(3):
        extra = CoursePage(
            title=f"Ký số {number}", slug=f"ky-so-{number}", summary="ký", topic=course.topic, outcomes="x"
        )
        site_tree["catalogue"].add_child(instance=extra)
        extra.save_revision().publish()
    after = [
        count(u) for u in ("/khoa-hoc/?q=ky", "/khoa-hoc/chu-ky-so/?a=1", "/khoa-hoc/chu-ky-so/bai-2/?a=1")
    ]
    assert after == before


@pytest.mark.django_db
def test_anonymous_pages_are_served_from_cache_without_queries(site_tree, django_assert_num_queries):
    client = Client()
    first = client.get("/khoa-hoc/chu-ky-so/bai-1/")
    assert first.headers["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/khoa-hoc/chu-ky-so/bai-1/")
    assert second.headers["X-Page-Cache"] == "hit"
    assert second.content == first.content


@pytest.mark.django_db
def test_publishing_invalidates_the_cached_page(site_tree):
    client = Client()
    assert "Phần 1" in client.get("/khoa-hoc/chu-ky-so/bai-1/").content.decode()
    lesson = site_tree["lessons"][0]
    lesson.body = [{"type": "heading", "value": "Nội dung mới đã duyệt"}]
    lesson.save_revision().publish()
    html = client.get("/khoa-hoc/chu-ky-so/bai-1/").content.decode()
    assert "Nội dung mới đã duyệt" in html and "Phần 1" not in html


@pytest.mark.django_db
def test_signed_in_users_are_never_served_the_anonymous_copy(site_tree, cast_users):
    anonymous = Client()
    anonymous.get("/khoa-hoc/chu-ky-so/")
    signed_in = Client()
    signed_in.force_login(cast_users["citizen"])
    response = signed_in.get("/khoa-hoc/chu-ky-so/")
    assert "X-Page-Cache" not in response.headers


@pytest.mark.django_db
def test_language_switch_shows_english_interface_and_keeps_it_per_visitor(site_tree):
    client = Client()
    response = client.get("/ngon-ngu/en/", {"next": "/khoa-hoc/"})
    assert response.status_code == 302 and response["Location"] == "/khoa-hoc/"
    html = client.get("/khoa-hoc/").content.decode()
    assert '<html lang="en">' in html and "Search courses" in html
    assert '<html lang="vi">' in Client().get("/khoa-hoc/").content.decode()
    evil = client.get("/ngon-ngu/vi/", {"next": "https://evil.example/"})
    assert evil["Location"] == "/"


@pytest.mark.django_db
def test_deleting_a_page_invalidates_the_cache_but_unrelated_deletions_do_not(site_tree, cast_users):
    from cms.page_cache import current_generation

    client = Client()
    client.get("/khoa-hoc/chu-ky-so/")
    generation = current_generation()
    cast_users["citizen"].delete()
    assert current_generation() == generation
    assert client.get("/khoa-hoc/chu-ky-so/").headers["X-Page-Cache"] == "hit"
    site_tree["lessons"][2].delete()
    assert current_generation() != generation
    html = client.get("/khoa-hoc/chu-ky-so/").content.decode()
    assert "bai-3" not in html


@pytest.mark.django_db
def test_every_page_type_and_the_poster_are_cached_for_anonymous_readers(site_tree):
    client = Client()
    for url in (
        "/",
        "/khoa-hoc/",
        "/khoa-hoc/chu-ky-so/",
        "/khoa-hoc/chu-ky-so/bai-1/",
        "/khoa-hoc/chu-ky-so/ap-phich/",
    ):
        first = client.get(url)
        second = client.get(url)
        assert (first.headers.get("X-Page-Cache"), second.headers.get("X-Page-Cache")) == ("miss", "hit"), url
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]
    assert client.get("/khoa-hoc/chu-ky-so/ap-phich/")["Content-Disposition"].startswith("inline; filename=")


def test_two_invalidations_in_quick_succession_give_two_generations(settings, tmp_path):
    from cms.page_cache import current_generation, invalidate_all

    settings.VAR_DIR = tmp_path
    seen = {current_generation()}
    for _ in range(20):
        invalidate_all()
        seen.add(current_generation())
    assert len(seen) == 21


@pytest.mark.django_db
def test_home_page_shows_featured_courses_in_order_and_hides_unpublished_ones(site_tree):
    from cms.models import HomePageFeatured

    home, course, other = site_tree["home"], site_tree["course"], site_tree["other"]
    HomePageFeatured.objects.create(home=home, page=other, sort_order=0)
    HomePageFeatured.objects.create(home=home, page=course, sort_order=1)
    html = Client().get("/?a=1").content.decode()
    assert html.index("Thanh toán an toàn") < html.index("Chữ ký số cho người dân")
    assert "VietQR và mã OTP." in html  # the course card's summary: the specific page was loaded
    other.unpublish()
    assert "Thanh toán an toàn" not in Client().get("/?b=1").content.decode()
