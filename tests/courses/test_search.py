import pytest

from courses.selectors import catalogue_courses


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["chu ky so", "CHỮ KÝ SỐ", "chữ ky so", "Chu Ky", "  chữ   ký  "])
def test_search_ignores_diacritics_and_case(site_tree, query):
    results = catalogue_courses(index=site_tree["catalogue"], query=query)
    assert [r.course.title for r in results] == ["Chữ ký số cho người dân"]


@pytest.mark.django_db
def test_search_finds_courses_by_summary_and_by_lesson_text(site_tree):
    by_summary = catalogue_courses(index=site_tree["catalogue"], query="vietqr")
    assert [r.course.slug for r in by_summary] == ["thanh-toan"]
    by_lesson = catalogue_courses(index=site_tree["catalogue"], query="thiet bi hsm")
    assert [r.course.slug for r in by_lesson] == ["chu-ky-so"]
    assert [lesson.slug for lesson in by_lesson[0].matched_lessons] == ["bai-1", "bai-2", "bai-3"]


@pytest.mark.django_db
def test_words_in_any_order_match_when_the_phrase_does_not(site_tree):
    results = catalogue_courses(index=site_tree["catalogue"], query="so ky chu")
    assert [r.course.slug for r in results] == ["chu-ky-so"]


@pytest.mark.django_db
def test_unpublished_courses_and_lessons_are_not_found(site_tree):
    site_tree["course"].unpublish()
    assert catalogue_courses(index=site_tree["catalogue"], query="chu ky so") == []


@pytest.mark.django_db
def test_edits_are_searchable_after_publishing(site_tree):
    lesson = site_tree["lessons"][0]
    lesson.body = [{"type": "paragraph", "value": "<p>Cảnh giác với đầu số lạ +882</p>"}]
    lesson.save_revision().publish()
    results = catalogue_courses(index=site_tree["catalogue"], query="dau so la")
    assert [r.course.slug for r in results] == ["chu-ky-so"]


@pytest.mark.django_db
def test_filters_by_topic_and_audience(site_tree):
    from courses.models import Topic

    by_topic = catalogue_courses(index=site_tree["catalogue"], topic=Topic.objects.get(slug="thanh-toan"))
    assert [r.course.slug for r in by_topic] == ["thanh-toan"]
    officials = catalogue_courses(index=site_tree["catalogue"], audience="official")
    # "Mọi người" courses are for officials too; the citizen-only course is not.
    assert [r.course.slug for r in officials] == ["chu-ky-so"]


@pytest.mark.django_db
def test_bad_query_parameters_get_a_clear_message_not_a_crash(site_tree, client):
    long_query = "a" * 500
    response = client.get("/khoa-hoc/", {"topic": "khong-co", "audience": "<script>", "q": long_query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Không có chủ đề này. Đang hiện tất cả chủ đề." in html
    assert "Đối tượng không hợp lệ" in html
    assert "Từ khóa quá dài (tối đa 100 ký tự)." in html
    assert "<script>" not in html.split('<main id="main">')[1]
    assert "2 khóa học" in html


@pytest.mark.django_db
def test_search_page_shows_the_result_count_and_lesson_links(site_tree, client):
    html = client.get("/khoa-hoc/", {"q": "CHU KY SO"}).content.decode()
    assert "Tìm thấy 1 khóa học cho “CHU KY SO”" in html
    assert 'href="/khoa-hoc/chu-ky-so/"' in html


@pytest.mark.django_db
def test_a_phrase_as_typed_ranks_over_scattered_words(site_tree):
    other = site_tree["other"]
    other.summary = "Số tài khoản, chữ viết hoa, ký tên người nhận."
    other.save_revision().publish()
    # "chu", "ky" and "so" all occur in the payments course, but only the signature course has the phrase.
    results = catalogue_courses(index=site_tree["catalogue"], query="chu ky so")
    assert [r.course.slug for r in results] == ["chu-ky-so"]
