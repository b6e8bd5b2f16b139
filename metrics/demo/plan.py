"""Who the demo's people are and what each of them learned when: plain plans, written down by
metrics.demo.records. People and rosters are made through the site's own services."""

import datetime as dt
import random
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from learning.cast import DEMO_COMMUNE, DEMO_PROVINCE, CastMember
from learning.lesson_facts import Catalogue
from learning.models import AdministrativeUnit, EnrolmentSource, Role, User
from learning.positions import COMMUNE_POSTS, STAFF_POSTS
from learning.roster.importing import import_roster
from learning.roster.reading import RosterResult, RosterRow
from metrics.demo.records import update_rows

SECOND_COMMUNE = "05569"  # xã Định Hóa, tỉnh Thái Nguyên
SECOND_PROVINCE = "08"  # tỉnh Tuyên Quang
MANAGERS = (
    CastMember(
        "commune_manager_2", "0966000009", "Ma Thị Thu Hằng", "commune_manager", unit_code=SECOND_COMMUNE
    ),
    CastMember(
        "province_manager_2", "0946000010", "Triệu Đức Thắng", "province_manager", unit_code=SECOND_PROVINCE
    ),
)


@dataclass(frozen=True)
class Place:
    code: str
    officials: int
    citizens: int
    keen: float  # 0–1: how readily its people finish what they start, so the communes rank apart


@dataclass(frozen=True)
class Rule:
    """A course the province requires of its officials, made some days ago, due some days from now."""

    course: str
    created_days_ago: int
    due_in_days: int  # negative: the deadline has passed


PLACES = {
    DEMO_PROVINCE: (
        Place(DEMO_COMMUNE, 17, 80, 0.75),  # Đại Từ; the cast's official makes 18
        Place(SECOND_COMMUNE, 15, 55, 0.99),
        Place("05908", 22, 100, 0.55),  # Phú Bình
        Place("05716", 14, 40, 0.2),  # Võ Nhai
    ),
    SECOND_PROVINCE: (
        Place("02545", 16, 60, 0.9),  # Tân Trào
        Place("02536", 24, 110, 0.65),  # Sơn Dương
        Place("02374", 19, 70, 0.4),  # Hàm Yên
        Place("02287", 13, 40, 0.15),  # Chiêm Hoá
    ),
}
RULES = {
    DEMO_PROVINCE: (Rule("an-toan-thong-tin-lua-dao", 122, -30), Rule("chu-ky-so", 20, 30)),
    SECOND_PROVINCE: (Rule("dich-vu-cong-truc-tuyen", 140, -45), Rule("an-toan-thong-tin-lua-dao", 25, 40)),
}
# What citizens choose, and how often.
CITIZEN_COURSES = {
    "dinh-danh-dien-tu-vneid": 4,
    "dich-vu-cong-truc-tuyen": 3,
    "thanh-toan-truc-tuyen-an-toan": 3,
    "an-toan-thong-tin-lua-dao": 3,
    "chu-ky-so": 1,
}
# What officials take of their own accord, besides what is required.
EXTRA_COURSES = ("dinh-danh-dien-tu-vneid", "thanh-toan-truc-tuyen-an-toan", "dich-vu-cong-truc-tuyen")

# One of each post, a second deputy chair, then more staff for larger communes.
POSTS = (*COMMUNE_POSTS[:2], "Phó Chủ tịch UBND xã", *COMMUNE_POSTS[2:])
MORE_POSTS = STAFF_POSTS
# Who usually holds a post: (share of women, born from, born to); anyone else, (0.45, 1966, 1998).
HOLDERS = {
    "Chủ tịch UBND xã": (0.2, 1968, 1984),
    "Phó Chủ tịch UBND xã": (0.3, 1970, 1988),
    "Chánh Văn phòng HĐND và UBND xã": (0.45, 1972, 1990),
    "Trưởng phòng Kinh tế": (0.3, 1970, 1988),
    "Trưởng phòng Văn hóa - Xã hội": (0.55, 1972, 1990),
    "Giám đốc Trung tâm Phục vụ hành chính công xã": (0.35, 1970, 1988),
}
FAMILY = {"Nguyễn": 30, "Trần": 10, "Lê": 8, "Phạm": 6, "Hoàng": 5, "Vũ": 4, "Đỗ": 4, "Bùi": 3, "Đặng": 3}
FAMILY |= {"Ngô": 2, "Dương": 2, "Hà": 2, "Ma": 1, "Nông": 1, "Lương": 1, "Triệu": 1, "Lý": 1}
MIDDLE = {
    "male": "Văn Đức Minh Quang Hữu Xuân Thanh Công".split(),
    "female": "Thị Thị Thu Thanh Ngọc Hồng Phương".split(),
}
GIVEN = {
    "male": "An Bình Cường Dũng Duy Hải Hùng Huy Khánh Long Mạnh Nam Phong Quân Sơn Thắng Toàn Tuấn".split(),
    "female": "Anh Chi Dung Giang Hà Hạnh Hằng Hoa Huệ Hương Lan Liên Linh Mai Nga Nhung Thảo Trang".split(),
}


@dataclass
class Study:
    """One learner's history in one course: when each lesson was finished, a lesson only opened,
    the final-test attempts (when, passed)."""

    user: User
    course_id: int
    source: str
    enrolled: dt.datetime
    lessons: list[dt.datetime] = field(default_factory=list)
    opened: dt.datetime | None = None
    tries: list[tuple[dt.datetime, bool]] = field(default_factory=list)

    @property
    def completed_at(self) -> dt.datetime | None:
        # learning.completion's rule: every lesson done and the final test passed, at the last lesson's time.
        return self.lessons[-1] if any(passed for _, passed in self.tries) else None


def local(day: dt.date, minutes: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes))


def rule_created(rule: Rule, today: dt.date) -> dt.datetime:
    return local(today - dt.timedelta(days=rule.created_days_ago), 9 * 60 + 15)


def day_between(rng: random.Random, first: dt.date, last: dt.date, *, later: bool = False) -> dt.date:
    span = max(0, (last - first).days)
    # `later`: more often towards the end, as a programme gets going and deadlines near.
    share = rng.random() ** 0.5 if later else rng.random()
    return first + dt.timedelta(days=round(span * share))


def sessions(rng: random.Random, first: dt.date, last: dt.date, count: int) -> list[dt.datetime]:
    """When each of `count` lessons was finished, in order and in waking hours, the last on `last`."""
    if not count:
        return []
    days = sorted(day_between(rng, first, last) for _ in range(count - 1)) + [last]
    moments: list[dt.datetime] = []
    for day in days:
        moment = local(day, rng.randint(7 * 60, 19 * 60))
        if moments and moment < moments[-1] + dt.timedelta(minutes=35):
            moment = moments[-1] + dt.timedelta(minutes=35)
        moments.append(moment)
    return moments


class Planner:
    """Makes the people and decides every history; `studies` and `consents` are what it decided."""

    def __init__(self, *, trainer: User, facts: Catalogue, courses: dict[str, int], first_day: dt.date):
        self.rng = random.Random(2026)  # noqa: S311 - demo data, the same at every setup
        self.trainer, self.facts, self.courses = trainer, facts, courses
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.last_day = self.today - dt.timedelta(days=1)  # so no learning is dated in the future
        self.first_day = first_day
        self.studies: list[Study] = []
        self.consents: list[tuple[User, dt.datetime, bool]] = []  # who, when, also for reports
        self.taken = set(User.objects.values_list("full_name", flat=True))

    def name(self, gender: str) -> str:
        while True:
            family = self.rng.choices(list(FAMILY), weights=list(FAMILY.values()))[0]
            name = f"{family} {self.rng.choice(MIDDLE[gender])} {self.rng.choice(GIVEN[gender])}"
            if name not in self.taken:
                self.taken.add(name)
                return name

    # --- People --------------------------------------------------------------------------------------

    def roster(self, place: Place, number: int, unit: AdministrativeUnit, by: User) -> list[User]:
        """The commune's officials, imported by its manager (or the province's) as a roster file would."""
        rng, rows, genders = self.rng, [], {}
        extra = max(0, place.officials - len(POSTS))
        for i, post in enumerate(POSTS[: place.officials] + (MORE_POSTS * 4)[:extra]):
            women, born_from, born_to = HOLDERS.get(post, (0.45, 1966, 1998))
            gender = "female" if rng.random() < women else "male"
            phone = f"+84974{number:02d}{i:04d}"
            rows.append(RosterRow(i + 2, self.name(gender), phone, post, rng.randint(born_from, born_to)))
            genders[phone] = gender
        import_roster(RosterResult(rows=rows), unit=unit, by=by)
        imported = local(
            day_between(rng, self.first_day, self.first_day + dt.timedelta(days=18)), 8 * 60 + 30
        )
        people = list(User.objects.filter(phone__in=list(genders)).order_by("phone"))
        for user in people:
            user.date_joined, user.gender = imported, genders[user.phone]
            if rng.random() < 0.1:  # taken on later in the year
                later = day_between(rng, imported.date() + dt.timedelta(days=30), self.last_day)
                user.date_joined = local(later, 8 * 60 + 30)
            # They consent when they first sign in to the account the roster made for them.
            signed_in = min(user.date_joined + dt.timedelta(days=rng.randint(1, 5)), self.now)
            self.consents.append((user, signed_in, True))
        update_rows(User, ["date_joined", "gender"], [(u.pk, u.date_joined, u.gender) for u in people])
        return people

    def citizens(self, place: Place, number: int, unit: AdministrativeUnit) -> list[User]:
        """People who signed up, more of them each month; some were helped by the community team."""
        rng, people = self.rng, []
        for i in range(place.citizens):
            gender = "" if rng.random() < 0.1 else rng.choices(["female", "male"], weights=[52, 48])[0]
            joined = local(
                day_between(rng, self.first_day, self.last_day, later=True), rng.randint(360, 1260)
            )
            assisted = unit.pk == self.trainer.unit_id and rng.random() < 0.3
            people.append(
                User(
                    phone=f"+84336{number:02d}{i:04d}",
                    full_name=self.name(gender or rng.choice(["female", "male"])),
                    role=Role.CITIZEN,
                    unit=unit,
                    gender=gender,
                    birth_year=None if rng.random() < 0.15 else rng.randint(1945, 2008),
                    date_joined=joined,
                    phone_confirmed_at=joined,
                    registered_by=self.trainer if assisted else None,
                    password=make_password(None),
                )
            )
        User.objects.bulk_create(people, batch_size=500)
        people = list(User.objects.filter(phone__in=[person.phone for person in people]).order_by("phone"))
        self.consents += [(person, person.date_joined, rng.random() < 0.8) for person in people]
        return people

    # --- What they learned ---------------------------------------------------------------------------

    def study(
        self,
        user: User,
        slug: str,
        source: str,
        first: dt.date,
        *,
        finish_on: dt.date | None,
        enrolled: dt.datetime | None = None,
    ) -> None:
        """A history in the course from `first`: finished on `finish_on`, or left part way (perhaps
        before it began: a required course nobody has opened still has its enrolment)."""
        rng, course_id = self.rng, self.courses[slug]
        lessons = self.facts.required.get(course_id, ())
        enrolled = enrolled or local(first, 7 * 60) - dt.timedelta(minutes=rng.randint(30, 600))
        item = Study(user, course_id, source, max(enrolled, user.date_joined + dt.timedelta(minutes=2)))
        self.studies.append(item)
        if first > self.last_day:
            return
        if finish_on is not None:
            item.lessons = sessions(rng, first, max(first, finish_on), len(lessons))
            at = item.lessons[-1] + dt.timedelta(minutes=20)
            if rng.random() < 0.25:  # failed once, read again, passed
                item.tries.append((at, False))
                at += dt.timedelta(minutes=40)
            item.tries.append((at, True))
            return
        last = min(first + dt.timedelta(days=rng.randint(0, 20)), self.last_day)
        item.lessons = sessions(rng, first, last, rng.randint(0, len(lessons)))
        if len(item.lessons) == len(lessons):
            item.tries.append((item.lessons[-1] + dt.timedelta(minutes=20), False))
        else:
            item.opened = (
                item.lessons[-1] + dt.timedelta(minutes=30) if item.lessons else local(first, 19 * 60)
            )

    def officials_learn(self, people: list[User], place: Place, rules: tuple[Rule, ...]) -> None:
        rng = self.rng
        for user in people:
            joined = timezone.localtime(user.date_joined).date()
            for rule in rules:
                due = self.today + dt.timedelta(days=rule.due_in_days)
                enrolled = max(rule_created(rule, self.today), user.date_joined)
                start = timezone.localtime(enrolled).date() + dt.timedelta(days=rng.randint(1, 7))
                # A deadline long past leaves few behind; a recent one finds only the keen at it already.
                chance = place.keen**0.5 if rule.due_in_days < 0 else place.keen**1.2
                finish = None
                if rng.random() < chance:
                    on_time = rule.due_in_days >= 0 or rng.random() < 0.85
                    end = min(due - dt.timedelta(days=1), self.last_day) if on_time else self.last_day
                    finish = day_between(rng, min(start if on_time else due, end), end, later=True)
                elif rng.random() > 0.6:
                    start = self.last_day + dt.timedelta(days=1)  # not begun
                self.study(
                    user, rule.course, EnrolmentSource.REQUIRED, start, finish_on=finish, enrolled=enrolled
                )
            if rng.random() < 0.1 + 0.3 * place.keen:
                required = {rule.course for rule in rules}
                slug = rng.choice([slug for slug in EXTRA_COURSES if slug not in required])
                start = day_between(rng, joined + dt.timedelta(days=1), self.last_day)
                finish = start + dt.timedelta(days=rng.randint(1, 15))
                done = rng.random() < 0.8 and finish <= self.last_day
                self.study(user, slug, EnrolmentSource.SELF, start, finish_on=finish if done else None)

    def citizens_learn(self, people: list[User], place: Place) -> None:
        rng, slugs = self.rng, list(CITIZEN_COURSES)
        for user in people:
            if rng.random() > 0.25 + 0.5 * place.keen:
                continue
            count = 1 + (rng.random() < 0.25) + (rng.random() < 0.05)
            chosen: list[str] = []
            while len(chosen) < count:
                slug = rng.choices(slugs, weights=list(CITIZEN_COURSES.values()))[0]
                if slug not in chosen:
                    chosen.append(slug)
            for slug in chosen:
                start = timezone.localtime(user.date_joined).date() + dt.timedelta(days=rng.randint(1, 12))
                finish = start + dt.timedelta(days=rng.randint(0, 18))
                done = rng.random() < 0.6 + 0.3 * place.keen and finish <= self.last_day
                self.study(user, slug, EnrolmentSource.SELF, start, finish_on=finish if done else None)
