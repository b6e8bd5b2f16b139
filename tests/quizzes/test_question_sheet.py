import io
import zipfile

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory

from courses.models import Topic
from quizzes.demo.seed import questions_ensure
from quizzes.grading import grade
from quizzes.models import Question, QuestionVersion
from quizzes.sheet import XLSX_TYPE, import_questions_file, question_template, questions_workbook
from quizzes.sheet_views import QuestionIndexView, QuestionSheetMenuItem, menu_item
from tests.factories import login_verified, make_image

IMPORT_URL = "/quan-tri/cau-hoi-excel/"
EXPORT_URL = "/quan-tri/cau-hoi-excel/xuat/"
TEMPLATE_URL = "/quan-tri/cau-hoi-excel/tep-mau/"
LISTING_URL = "/quan-tri/snippets/quizzes/question/"


# --- Helpers ------------------------------------------------------------------------------------


def upload(content: bytes, name: str = "cau-hoi.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=XLSX_TYPE)


def filled_template(*rows: dict) -> bytes:
    """The downloadable template with rows typed in under its Vietnamese headers, as a trainer would."""
    book = openpyxl.load_workbook(io.BytesIO(question_template()))
    sheet = book["Câu hỏi"]
    headers = [cell.value for cell in sheet[1]]
    for number, row in enumerate(rows, start=2):
        unknown = set(row) - set(headers)
        assert not unknown, unknown
        for header, value in row.items():
            sheet.cell(row=number, column=headers.index(header) + 1, value=value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet_rows(content: bytes) -> list[dict]:
    sheet = openpyxl.load_workbook(io.BytesIO(content))["Câu hỏi"]
    headers = [cell.value for cell in sheet[1]]
    rows = sheet.iter_rows(min_row=2, values_only=True)
    return [dict(zip(headers, values, strict=True)) for values in rows if any(v is not None for v in values)]


def import_rows(*rows: dict):
    return import_questions_file(upload(filled_template(*rows)))


def state() -> tuple:
    """Everything an import could change."""
    return (
        sorted(Question.objects.values_list("pk", "title", "updated_at")),
        sorted(QuestionVersion.objects.values_list("pk", "digest")),
    )


def single(**cells) -> dict:
    row = {
        "Tên gợi nhớ": "Mật khẩu mạnh",
        "Loại": "một đáp án",
        "Câu hỏi": "Mật khẩu nào mạnh nhất?",
        "Phương án 1": "123456",
        "Phương án 2": "Ngay-mua-he-2025!",
        "Phương án 3": "matkhau",
        "Đáp án đúng": "2",
    }
    row.update(cells)
    return {key: value for key, value in row.items() if value is not None}


def question(block_type: str, value: dict, **fields) -> Question:
    body = [
        {"type": block_type, "value": {"stem": "<p>Câu hỏi</p>", "image": None, "image_alt": "", **value}}
    ]
    return Question.objects.create(title=f"Thử {block_type}", body=body, **fields)


def options(*pairs, image=None):
    return [
        {"type": "item", "id": f"o{n}", "value": {"text": text, "image": image, "correct": correct}}
        for n, (text, correct) in enumerate(pairs, 1)
    ]


def staff_with(cast_users, *codenames: str):
    user = cast_users["trainer"]
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="quizzes", codename=codename)
        )
    client = Client()
    login_verified(client, user)
    return client


# --- Round trip -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_exported_bank_imports_back_with_nothing_changed():
    questions_ensure()  # the 93 demo questions: every text type, tags, topics left out
    image = make_image()
    topic = Topic.objects.create(name="An toàn thông tin", slug="an-toan")
    rich = question(
        "single",
        {"options": options(("Có", False), ("Không", True), image=image.pk)},
        explanation='<p>Xem <a href="https://dichvucong.gov.vn">Cổng</a></p><ul><li>Một</li><li>Hai</li></ul>',
        topic=topic,
    )
    rich.body = [
        {
            "type": "image_choice",
            "value": {
                "stem": "<p>Tin nhắn <b>này</b> có phải</p><p>lừa đảo?</p>",
                "image": image.pk,
                "image_alt": "Tin nhắn",
                "options": options(("Có", True), ("Không", False), image=image.pk),
            },
        }
    ]
    rich.tags.set(["an-toan", "lua-dao"])
    rich.save()
    region = {"label": "Link", "x": 10, "y": 40, "width": 50, "height": 10, "hint": "", "correct": True}
    question("image_tap", {"image": image.pk, "regions": [{"type": "item", "id": "r1", "value": region}]})
    question(
        "short_text",
        {"accepted": ["VNeID"], "ignore_case": False, "ignore_spacing": False, "ignore_diacritics": True},
        points=3,
        difficulty="hard",
    )
    bodies = {q.pk: list(q.body.raw_data) for q in Question.objects.all()}
    before = state()

    exported = questions_workbook(Question.objects.order_by("pk"))
    result, summary = import_questions_file(upload(exported))

    assert result.errors == []
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, Question.objects.count())
    assert state() == before
    assert {q.pk: list(q.body.raw_data) for q in Question.objects.all()} == bodies
    rows = {row["ID"]: row for row in sheet_rows(exported)}
    assert rows[rich.pk]["Loại"] == "chọn theo ảnh" and rows[rich.pk]["Chủ đề"] == "An toàn thông tin"
    assert rows[rich.pk]["Câu hỏi"] == "Tin nhắn này có phải\nlừa đảo?"
    assert (
        rows[rich.pk]["Nhóm câu hỏi"] == "an-toan, lua-dao" and "ảnh" in rows[rich.pk]["Ghi chú (không nhập)"]
    )


@pytest.mark.django_db
def test_the_template_has_every_column_and_a_guide_and_no_rows():
    book = openpyxl.load_workbook(io.BytesIO(question_template()))
    assert book.sheetnames == ["Câu hỏi", "Hướng dẫn"]
    headers = [cell.value for cell in book["Câu hỏi"][1]]
    for header in ("ID", "Tên gợi nhớ", "Loại", "Câu hỏi", "Phương án 1", "Phương án 10", "Đáp án đúng"):
        assert header in headers
    for header in ("Chấm từng phần", "Điểm", "Độ khó", "Chủ đề", "Nhóm câu hỏi", "Giải thích"):
        assert header in headers
    assert book["Câu hỏi"].max_row == 1 or all(
        value is None for row in book["Câu hỏi"].iter_rows(min_row=2, values_only=True) for value in row
    )
    guide = " ".join(
        str(value) for row in book["Hướng dẫn"].iter_rows(values_only=True) for value in row if value
    )
    for words in ("ghép cặp", "vế trái => vế phải", "Đúng", "không dòng nào được nhập"):
        assert words in guide


# --- Every type, graded --------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_type_imported_from_a_sheet_is_graded_as_written():
    rows = [
        single(**{"Tên gợi nhớ": "một"}),
        {
            "Tên gợi nhớ": "nhiều",
            "Loại": "nhiều đáp án",
            "Câu hỏi": "Dấu hiệu lừa đảo?",
            "Phương án 1": "Đòi mã OTP",
            "Phương án 2": "Gọi từ số lạ nhận là công an",
            "Phương án 3": "Thông báo lịch tiêm",
            "Đáp án đúng": "1, 2",
            "Chấm từng phần": "có",
            "Điểm": 2,
        },
        {
            "Tên gợi nhớ": "đúng sai",
            "Loại": "Đúng / Sai",
            "Câu hỏi": "OTP được cho người khác.",
            "Đáp án đúng": "Sai",
        },
        {
            "Tên gợi nhớ": "sắp xếp",
            "Loại": "sắp xếp",
            "Câu hỏi": "Xếp các bước",
            "Phương án 1": "Đăng nhập",
            "Phương án 2": "Chọn thủ tục",
            "Phương án 3": "Nộp hồ sơ",
        },
        {
            "Tên gợi nhớ": "ghép",
            "Loại": "matching",
            "Câu hỏi": "Ghép ứng dụng với việc",
            "Phương án 1": "VNeID => Định danh",
            "Phương án 2": "VietQR => Chuyển khoản",
        },
        {
            "Tên gợi nhớ": "ngắn",
            "Loại": "tra loi ngan",
            "Câu hỏi": "Tên cổng dịch vụ công?",
            "Phương án 1": "Dịch vụ công",
            "Chấp nhận gõ không dấu": "có",
            "Độ khó": "Khó",
        },
    ]
    result, summary = import_rows(*rows)
    assert result.errors == [] and summary.created == 6

    def spec(title):
        return Question.objects.get(title=title).current_version.spec

    one = spec("một")
    assert grade(one, {"choice": one["correct"][0]}).correct
    assert not grade(one, {"choice": one["options"][0]["id"]}).correct
    many = spec("nhiều")
    assert many["points"] == 2 and len(many["correct"]) == 2 and many["partial_credit"] is True
    assert grade(many, {"choices": many["correct"]}).correct
    assert str(grade(many, {"choices": many["correct"][:1]}).score) == "1.00"  # half of 2 points
    truth = spec("đúng sai")
    assert truth["correct"] is False and grade(truth, {"value": False}).correct
    order = spec("sắp xếp")
    assert grade(order, {"order": order["correct_order"]}).correct
    assert not grade(order, {"order": list(reversed(order["correct_order"]))}).correct
    pairs = spec("ghép")
    assert grade(pairs, {"matches": {p["left"]: p["right"] for p in pairs["pairs"]}}).correct
    short = spec("ngắn")
    assert grade(short, {"text": "dich vu  CONG"}).correct and not grade(short, {"text": "VNeID"}).correct
    assert Question.objects.get(title="ngắn").difficulty == "hard"
    display = Question.objects.get(title="ghép").current_version.display
    assert [item["text"] for item in display["left"]] == ["VNeID", "VietQR"]


# --- All or nothing ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_one_bad_row_among_good_ones_imports_nothing():
    existing = question("true_false", {"correct": "true"})
    before = state()
    result, summary = import_rows(
        single(**{"Tên gợi nhớ": "mới 1"}),
        {"ID": existing.pk, "Tên gợi nhớ": "Sửa", "Loại": "đúng-sai", "Câu hỏi": "?", "Đáp án đúng": "Sai"},
        single(**{"Đáp án đúng": "7"}),
        single(**{"Tên gợi nhớ": "mới 2"}),
    )
    assert summary is None
    assert [(error.row, error.column) for error in result.errors] == [(4, "Đáp án đúng")]
    assert "Không có phương án 7" in result.errors[0].message
    assert state() == before
    assert Question.objects.count() == 1 and QuestionVersion.objects.count() == 1


@pytest.mark.parametrize(
    ("cells", "column", "message"),
    [
        ({"Tên gợi nhớ": None}, "Tên gợi nhớ", "Thiếu tên gợi nhớ"),
        ({"Tên gợi nhớ": "x" * 201}, "Tên gợi nhớ", "dài quá 200"),
        ({"Loại": "tự luận"}, "Loại", "Không có loại câu hỏi “tự luận”"),
        ({"Loại": None}, "Loại", "Thiếu loại câu hỏi"),
        ({"Câu hỏi": "  "}, "Câu hỏi", "Thiếu nội dung câu hỏi"),
        ({"ID": "abc"}, "ID", "ID phải là số"),
        ({"ID": 987654}, "ID", "Không có câu hỏi nào mang ID 987654"),
        ({"Điểm": "hai"}, "Điểm", "Điểm phải là số nguyên từ 1"),
        ({"Điểm": 0}, "Điểm", "Điểm phải là số nguyên từ 1"),
        ({"Độ khó": "rất khó"}, "Độ khó", "Độ khó phải là một trong"),
        ({"Chủ đề": "Thiên văn"}, "Chủ đề", "Không có chủ đề “Thiên văn”"),
        ({"Nhóm câu hỏi": "a" * 101}, "Nhóm câu hỏi", "dài quá 100"),
        ({"Phương án 2": None}, "Phương án 2", "liền nhau"),
        ({"Phương án 2": None, "Phương án 3": None}, "Phương án 2", "cần ít nhất 2 phương án"),
        (
            {f"Phương án {n}": f"Ý {n}" for n in range(1, 10)},
            "Phương án 9",
            "tối đa 8 phương án; dòng này có 9",
        ),
        ({"Phương án 3": "123456"}, "Phương án 3", "Trùng với phương án 1"),
        ({"Phương án 1": "x" * 301}, "Phương án 1", "300"),
        ({"Đáp án đúng": None}, "Đáp án đúng", "Thiếu đáp án đúng"),
        ({"Đáp án đúng": "hai"}, "Đáp án đúng", "số thứ tự của phương án"),
        ({"Đáp án đúng": "1, 2"}, "Đáp án đúng", "có đúng một đáp án đúng; ô này ghi 2"),
        ({"Chấm từng phần": "có"}, "Chấm từng phần", "Câu “một đáp án” không chấm từng phần"),
        ({"Chấp nhận gõ không dấu": "x"}, "Chấp nhận gõ không dấu", "Chỉ câu trả lời ngắn"),
        ({"Chấm từng phần": "tùy"}, "Chấm từng phần", "Ghi “có” hoặc “không”"),
        ({"Loại": "đúng-sai", "Đáp án đúng": "Có lẽ"}, "Phương án 1", "Câu đúng-sai không có phương án"),
        ({"Loại": "sắp xếp"}, "Đáp án đúng", "không dùng cột Đáp án đúng"),
        ({"Loại": "ghép cặp", "Đáp án đúng": None}, "Phương án 1", "vế trái => vế phải"),
        ({"Loại": "chọn theo ảnh"}, "Loại", "cần ảnh"),
        ({"Loại": "chạm vào ảnh", "Đáp án đúng": None}, "Loại", "các vùng chạm"),
    ],
)
@pytest.mark.django_db
def test_each_wrong_cell_is_named_by_row_and_column_in_vietnamese(cells, column, message):
    result, summary = import_rows(single(**{"Tên gợi nhớ": "đúng"}), single(**cells))
    assert summary is None and not Question.objects.exists()
    assert any(
        error.row == 3 and error.column == column and message in error.message for error in result.errors
    ), result.errors
    assert all(error.row == 3 for error in result.errors)


@pytest.mark.django_db
def test_a_true_false_answer_must_say_true_or_false():
    result, _summary = import_rows(
        {"Tên gợi nhớ": "ts", "Loại": "đúng-sai", "Câu hỏi": "OTP là bí mật.", "Đáp án đúng": "Có lẽ"}
    )
    assert [(e.row, e.column) for e in result.errors] == [(2, "Đáp án đúng")]
    assert "“Đúng” hoặc “Sai”" in result.errors[0].message


@pytest.mark.django_db
def test_the_same_id_twice_is_refused_on_both_rows():
    existing = question("true_false", {"correct": "true"})
    row = {"ID": existing.pk, "Tên gợi nhớ": "a", "Loại": "đúng-sai", "Câu hỏi": "?", "Đáp án đúng": "Đúng"}
    result, summary = import_rows(row, single(), row)
    assert summary is None
    assert [(error.row, error.column) for error in result.errors] == [(2, "ID"), (4, "ID")]
    assert f"ID {existing.pk} có ở nhiều dòng (dòng 2, 4)" in result.errors[0].message


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"PK\x03\x04 this is not really a workbook", "cau-hoi.xlsx", "tệp có thể bị hỏng"),
        (b"ID,Loai\n1,single\n", "cau-hoi.csv", "phải là bảng tính Excel dạng .xlsx"),
        (b"PK\x03\x04" + b"0" * (5 * 1024 * 1024), "cau-hoi.xlsx", "lớn hơn 5 MB"),
    ],
)
@pytest.mark.django_db
def test_a_file_that_is_not_a_question_sheet_is_refused_with_one_clear_message(content, name, message):
    with pytest.raises(Exception) as error:
        import_questions_file(upload(content, name))
    assert message in " ".join(error.value.messages)


@pytest.mark.django_db
def test_a_workbook_without_the_headers_or_without_rows_is_refused():
    book = openpyxl.Workbook()
    book.active.append(["Họ và tên", "Số điện thoại"])
    book.active.append(["An", "0912345678"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(Exception) as error:
        import_questions_file(upload(buffer.getvalue()))
    assert "đang thiếu cột “Tên gợi nhớ”, “Loại”, “Câu hỏi”" in error.value.messages[0]
    with pytest.raises(Exception) as error:
        import_questions_file(upload(question_template()))
    assert "không có câu hỏi nào" in error.value.messages[0]


# --- Updating by ID ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_updating_by_id_makes_a_new_version_only_when_learners_would_see_a_change():
    item = question(
        "single",
        {"options": options(("Gửi mã OTP", False), ("Từ chối", True), ("Hỏi lại", False))},
        explanation="<p>Không ai được <b>hỏi</b> mã OTP.</p>",
    )
    first = item.current_version
    row = sheet_rows(questions_workbook([item]))[0]

    _result, summary = import_questions_file(upload(filled_template(row)))
    assert (summary.updated, summary.unchanged) == (0, 1) and item.versions.count() == 1

    _result, summary = import_questions_file(upload(filled_template({**row, "Tên gợi nhớ": "Tên mới"})))
    item.refresh_from_db()
    assert summary.updated == 1 and item.title == "Tên mới" and item.versions.count() == 1
    assert (
        item.explanation == "<p>Không ai được <b>hỏi</b> mã OTP.</p>"
    )  # unchanged text keeps its formatting

    changed = {**row, "Tên gợi nhớ": "Tên mới", "Phương án 3": "Gọi tổng đài ngân hàng"}
    _result, summary = import_questions_file(upload(filled_template(changed)))
    assert summary.updated == 1 and item.versions.count() == 2
    second = item.current_version
    # Options whose text stayed keep their ids, so reports on them stay comparable across versions.
    assert [o["id"] for o in second.spec["options"]][:2] == [o["id"] for o in first.spec["options"]][:2]
    assert second.display["options"][2]["text"] == "Gọi tổng đài ngân hàng"
    first.refresh_from_db()
    assert first.display["options"][2]["text"] == "Hỏi lại"


@pytest.mark.django_db
def test_a_tap_question_keeps_its_image_and_regions_when_its_words_are_updated():
    image = make_image()
    region = {"label": "Link", "x": 10, "y": 40, "width": 50, "height": 10, "hint": "", "correct": True}
    tap = question(
        "image_tap", {"image": image.pk, "regions": [{"type": "item", "id": "r1", "value": region}]}
    )
    row = sheet_rows(questions_workbook([tap]))[0]
    result, summary = import_questions_file(
        upload(filled_template({**row, "Câu hỏi": "Chạm vào đường link lạ"}))
    )
    assert result.errors == [] and summary.updated == 1
    spec = tap.current_version.spec
    assert spec["regions"][0]["x"] == 10 and grade(spec, {"point": {"x": 20, "y": 45}}).correct
    assert tap.current_version.display["stem"] == "<p>Chạm vào đường link lạ</p>"


# --- Export --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_cells_that_a_spreadsheet_would_run_as_formulas_are_written_as_text():
    risky = question(
        "single",
        {
            "options": options(
                ('=HYPERLINK("http://x.example","Bấm")', True), ("+84 912", False), ("@SUM(1)", False)
            )
        },
        explanation="<p>-2+3</p>",
    )
    risky.title = "=1+1"
    risky.save()
    exported = questions_workbook([risky])
    sheet = openpyxl.load_workbook(io.BytesIO(exported))["Câu hỏi"]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    risky_cells = [cell for cell in cells if str(cell.value)[0] in "=+-@"]
    assert len(risky_cells) == 5
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in risky_cells)
    with zipfile.ZipFile(io.BytesIO(exported)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    # And they come back as the same words.
    result, summary = import_questions_file(upload(exported))
    assert result.errors == [] and summary.unchanged == 1


@pytest.mark.django_db
def test_export_follows_the_listing_filters(cast_users):
    client = staff_with(cast_users, "add_question", "change_question")
    question("true_false", {"correct": "true"}, difficulty="hard")
    question("true_false", {"correct": "false"}, difficulty="easy")
    response = client.get(EXPORT_URL, {"difficulty": "hard"})
    assert response.status_code == 200 and response["Content-Type"] == XLSX_TYPE
    assert "attachment" in response["Content-Disposition"]
    assert [row["Độ khó"] for row in sheet_rows(response.content)] == ["Khó"]
    assert len(sheet_rows(client.get(EXPORT_URL).content)) == 2


# --- Admin pages and permissions -------------------------------------------------------------------


@pytest.mark.django_db
def test_only_people_who_may_add_and_change_questions_get_the_sheet_pages(cast_users):
    for codenames in [(), ("change_question",), ("add_question",)]:
        client = staff_with(cast_users, *codenames)
        # Wagtail turns a refusal into a trip back to the dashboard with its “no permission” message.
        for url in (IMPORT_URL, EXPORT_URL, TEMPLATE_URL):
            refused = client.get(url)
            assert (refused.status_code, refused.url) == (302, "/quan-tri/"), (codenames, url)
        refused = client.post(IMPORT_URL, {"file": upload(filled_template(single()))})
        assert (refused.status_code, refused.url) == (302, "/quan-tri/")
        assert not Question.objects.exists()
        cast_users["trainer"].user_permissions.clear()
    assert Client().get(IMPORT_URL).status_code == 302  # to the sign-in page

    client = staff_with(cast_users, "add_question", "change_question")
    page = client.get(IMPORT_URL)
    assert page.status_code == 200 and "Nhập câu hỏi từ tệp Excel" in page.content.decode()
    assert client.get(TEMPLATE_URL)["Content-Type"] == XLSX_TYPE


@pytest.mark.django_db
def test_importing_in_the_admin_reports_and_redirects_to_the_listing(cast_users):
    client = staff_with(cast_users, "add_question", "change_question")
    existing = question("true_false", {"correct": "true"})
    update = {
        "ID": existing.pk,
        "Tên gợi nhớ": "Sửa",
        "Loại": "đúng-sai",
        "Câu hỏi": "?",
        "Đáp án đúng": "Sai",
    }

    refused = client.post(
        IMPORT_URL, {"file": upload(filled_template(single(), update, single(**{"Điểm": -1})))}
    )
    text = refused.content.decode()
    assert refused.status_code == 200 and "Không có câu hỏi nào được nhập." in text
    assert "<td>4</td><td>Điểm</td>" in text and Question.objects.count() == 1

    broken = client.post(IMPORT_URL, {"file": upload(b"PK\x03\x04broken")})
    assert "tệp có thể bị hỏng" in broken.content.decode() and Question.objects.count() == 1

    done = client.post(IMPORT_URL, {"file": upload(filled_template(single(), update))}, follow=True)
    assert done.redirect_chain[-1][0] == LISTING_URL
    assert "Đã nhập 1 câu hỏi mới, cập nhật 1 câu hỏi." in done.content.decode()
    assert Question.objects.count() == 2 and existing.current_version.spec["correct"] is False


@pytest.mark.django_db
def test_the_listing_header_and_the_menu_link_to_the_sheet_for_those_allowed(cast_users):
    staff_with(cast_users, "add_question", "change_question")
    allowed = cast_users["trainer"]
    request = RequestFactory().get(LISTING_URL, {"difficulty": "easy"})
    request.user = allowed
    view = QuestionIndexView(**Question.snippet_viewset.get_index_view_kwargs())
    view.setup(request)
    urls = [button.url for button in view.get_header_more_buttons()]
    assert IMPORT_URL in urls and f"{EXPORT_URL}?difficulty=easy" in urls
    assert isinstance(menu_item(), QuestionSheetMenuItem) and menu_item().is_shown(request)

    request.user = cast_users["citizen"]
    view.setup(request)
    assert not any("cau-hoi-excel" in str(button.url) for button in view.get_header_more_buttons())
    assert not menu_item().is_shown(request)


@pytest.mark.django_db
def test_a_group_typed_in_other_letter_case_joins_the_existing_group():
    from taggit.models import Tag

    tagged = question("true_false", {"correct": "true"})
    tagged.tags.set(["VNeID"])
    tagged.save()
    result, summary = import_rows(single(**{"Nhóm câu hỏi": "vneid,  Lừa đảo ,vneid"}))
    assert result.errors == [] and summary.created == 1
    assert sorted(Question.objects.get(title="Mật khẩu mạnh").tags.names()) == ["Lừa đảo", "VNeID"]
    assert Tag.objects.filter(name__iexact="vneid").count() == 1


def test_vietnamese_type_names_are_read_whatever_the_admin_language():
    from django.utils import translation

    from quizzes.sheet.columns import folded, type_names

    with translation.override("en"):
        names = type_names()
    for label, kind in [
        ("một đáp án", "single"),
        ("Nhiều đáp án", "multiple"),
        ("ghép cặp", "matching"),
        ("trả lời ngắn", "short_text"),
        ("Chạm vào ảnh", "image_tap"),
    ]:
        assert names[folded(label)] == kind
