import re
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from learning.codes import check_code, issue_code, issue_decoy
from learning.models import CodePurpose, OneTimeCode

PHONE = "+84912345678"
pytestmark = pytest.mark.django_db


@pytest.fixture
def texts(settings, tmp_path):
    """Messages go to var/sms/<phone>.txt; returns a reader of what one number received."""
    settings.HOCSO_SMS_BACKEND = "learning.sms.FileSMSBackend"

    def read(phone: str = PHONE) -> list[str]:
        path = Path(tmp_path) / "sms" / f"{phone.lstrip('+')}.txt"
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    return read


def code_in(text: str) -> str:
    return re.search(r"mã xác nhận của bạn là (\d{6})", text).group(1)


def test_a_code_is_texted_in_vietnamese_and_only_its_hash_is_kept(texts):
    row = issue_code(PHONE, CodePurpose.SIGNUP, "10.0.0.1")
    [text] = texts()
    code = code_in(text)
    assert text.endswith(
        f"Học Số: mã xác nhận của bạn là {code}. Mã có hiệu lực 10 phút. Không đưa mã này cho bất kỳ ai."
    )
    assert code not in row.code_hash
    assert row.expires_at - row.created_at == timedelta(minutes=10)
    assert check_code(row.token, code).pk == row.pk


def test_the_console_backend_prints_the_message(capsys):
    issue_code(PHONE, CodePurpose.RESET, None)
    out = capsys.readouterr().out
    assert f"[SMS → {PHONE}]" in out
    assert re.search(r"mã xác nhận của bạn là \d{6}\.", out)


def test_a_code_works_once_only(texts):
    row = issue_code(PHONE, CodePurpose.SIGNUP, None)
    code = code_in(texts()[0])
    check_code(row.token, code)
    with pytest.raises(ValidationError, match="Mã này đã được dùng rồi"):
        check_code(row.token, code)


def test_an_expired_code_is_refused_with_the_right_digits(texts):
    row = issue_code(PHONE, CodePurpose.SIGNUP, None)
    code = code_in(texts()[0])
    OneTimeCode.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(ValidationError, match="Mã đã hết hạn"):
        check_code(row.token, code)
    assert OneTimeCode.objects.get(pk=row.pk).used_at is None


def test_a_code_is_bound_to_the_request_that_asked_for_it(texts):
    first = issue_code(PHONE, CodePurpose.SIGNUP, None)
    second = issue_code(PHONE, CodePurpose.SIGNUP, None)
    first_code = code_in(texts()[0])
    # The right digits under another request's token, an unknown token, or for another purpose fail.
    with pytest.raises(ValidationError, match="Mã không đúng"):
        check_code(second.token, first_code)
    with pytest.raises(ValidationError, match="Mã không đúng"):
        check_code(uuid.uuid4(), first_code)
    with pytest.raises(ValidationError, match="Mã không đúng"):
        check_code("not-a-token", first_code)
    with pytest.raises(ValidationError, match="Mã không đúng"):
        check_code(first.token, first_code, purpose=CodePurpose.RESET)
    assert check_code(first.token, first_code, purpose=CodePurpose.SIGNUP).pk == first.pk


def test_five_wrong_tries_kill_the_code_even_for_the_right_digits(texts):
    row = issue_code(PHONE, CodePurpose.SIGNUP, None)
    code = code_in(texts()[0])
    wrong = "000000" if code != "000000" else "111111"
    for left in (4, 3, 2, 1):
        with pytest.raises(ValidationError, match=f"Bạn còn {left} lần thử"):
            check_code(row.token, wrong)
    with pytest.raises(ValidationError, match="nhập sai quá nhiều lần"):
        check_code(row.token, wrong)
    with pytest.raises(ValidationError, match="nhập sai quá nhiều lần"):
        check_code(row.token, code)
    row.refresh_from_db()
    assert row.attempts == 5
    assert row.used_at is None


def test_spaces_in_a_typed_code_do_not_count_as_a_wrong_try(texts):
    row = issue_code(PHONE, CodePurpose.SIGNUP, None)
    code = code_in(texts()[0])
    assert check_code(row.token, f" {code[:3]} {code[3:]} ").pk == row.pk


def test_a_number_gets_at_most_five_codes_an_hour_and_nothing_is_sent_beyond(texts):
    for _ in range(5):
        issue_code(PHONE, CodePurpose.SIGNUP, None)
    with pytest.raises(ValidationError, match="Số điện thoại này đã nhận quá nhiều mã"):
        issue_code(PHONE, CodePurpose.RESET, None)
    assert len(texts()) == 5
    assert OneTimeCode.objects.filter(phone=PHONE).count() == 5
    # An hour later the number may ask again.
    OneTimeCode.objects.update(created_at=timezone.now() - timedelta(minutes=61))
    issue_code(PHONE, CodePurpose.SIGNUP, None)
    assert len(texts()) == 6


def test_one_address_is_capped_across_numbers_and_nothing_is_sent_beyond(settings, texts):
    settings.HOCSO_CODES_PER_IP_PER_HOUR = 3
    phones = ["+84912000001", "+84912000002", "+84912000003", "+84912000004"]
    for phone in phones[:3]:
        issue_code(phone, CodePurpose.SIGNUP, "203.0.113.7")
    with pytest.raises(ValidationError, match="Thiết bị hoặc mạng này đã yêu cầu quá nhiều mã"):
        issue_code(phones[3], CodePurpose.SIGNUP, "203.0.113.7")
    assert texts(phones[3]) == []
    assert not OneTimeCode.objects.filter(phone=phones[3]).exists()
    # Another address is not affected.
    issue_code(phones[3], CodePurpose.SIGNUP, "198.51.100.9")
    assert len(texts(phones[3])) == 1


def test_a_decoy_sends_nothing_but_counts_like_a_code(texts):
    for _ in range(5):
        issue_decoy(PHONE, CodePurpose.RESET, None)
    assert texts() == []
    with pytest.raises(ValidationError, match="quá nhiều mã"):
        issue_decoy(PHONE, CodePurpose.RESET, None)


def test_the_fifth_try_may_still_be_the_right_one(texts):
    row = issue_code(PHONE, CodePurpose.SIGNUP, None)
    code = code_in(texts()[0])
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(4):
        with pytest.raises(ValidationError, match="Mã không đúng"):
            check_code(row.token, wrong)
    assert check_code(row.token, code).used_at is not None


def test_guesses_that_arrive_together_get_five_tries_between_them_not_more(texts):
    row = issue_code(PHONE, CodePurpose.SIGNUP, None)
    code = code_in(texts()[0])
    wrong = "000000" if code != "000000" else "111111"
    others: list[str] = []

    def meanwhile(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not others and "onetimecode" in sql.lower() and sql.lstrip().upper().startswith("SELECT"):
            # Five other requests with wrong digits run between this one's first read and its write.
            others.append("running")
            for _ in range(5):
                with pytest.raises(ValidationError):
                    check_code(row.token, wrong)
        return result

    with connection.execute_wrapper(meanwhile):
        with pytest.raises(ValidationError, match="nhập sai quá nhiều lần"):
            check_code(row.token, wrong)
    row.refresh_from_db()
    assert row.attempts == 5  # the late guess was never compared
    with pytest.raises(ValidationError, match="nhập sai quá nhiều lần"):
        check_code(row.token, code)


def test_a_used_or_expired_code_spends_no_try(texts):
    used = issue_code(PHONE, CodePurpose.SIGNUP, None)
    check_code(used.token, code_in(texts()[-1]))
    expired = issue_code(PHONE, CodePurpose.SIGNUP, None)
    OneTimeCode.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    before = dict(OneTimeCode.objects.values_list("pk", "attempts"))
    with pytest.raises(ValidationError, match="Mã này đã được dùng rồi"):
        check_code(used.token, "000000")
    with pytest.raises(ValidationError, match="Mã đã hết hạn"):
        check_code(expired.token, "000000")
    assert dict(OneTimeCode.objects.values_list("pk", "attempts")) == before


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite runs one writing transaction at a time, so two requests cannot count at once",
)
@pytest.mark.django_db(transaction=True)
def test_two_requests_at_once_cannot_both_take_the_last_code_of_the_hour(texts):
    for _ in range(4):
        issue_code(PHONE, CodePurpose.SIGNUP, None)
    first_sent, outcome = threading.Event(), {}

    def second_request():
        first_sent.wait(timeout=10)
        try:
            issue_code(PHONE, CodePurpose.RESET, None)
            outcome["second"] = "sent"
        except ValidationError as error:
            outcome["second"] = error.code
        finally:
            close_old_connections()
            connection.close()

    other = threading.Thread(target=second_request)
    other.start()
    with transaction.atomic():
        issue_code(PHONE, CodePurpose.SIGNUP, None)
        first_sent.set()
        # The second request is now counting; the fifth code is not committed yet.
        time.sleep(0.5)
    other.join(timeout=10)
    assert outcome == {"second": "capped_phone"}
    assert OneTimeCode.objects.filter(phone=PHONE).count() == 5
    assert len(texts()) == 5
