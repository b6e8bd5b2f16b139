import re
from collections import Counter

import pytest

from cms.text import fold
from courses.demo.seed import course_ensure, course_modules
from quizzes.attempts import start_or_resume
from quizzes.blocks import QuestionBlock
from quizzes.demo.answers import model_answer as right_answer
from quizzes.demo.questions import COURSES
from quizzes.demo.seed import FINAL_QUESTIONS, question_body, question_title, questions_ensure, quizzes_ensure
from quizzes.grading import grade, spec_errors
from quizzes.models import Question, QuestionVersion, Quiz, QuizKind, ShowAnswers

ALL = [(module, data) for module in COURSES for data in module.QUESTIONS]
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def wrong_answer(spec: dict):
    kind = spec["type"]
    if kind in ("single", "multiple"):
        wrong = next(option["id"] for option in spec["options"] if option["id"] not in spec["correct"])
        return {"choice": wrong} if kind == "single" else {"choices": [wrong]}
    if kind == "true_false":
        return {"value": not spec["correct"]}
    if kind == "ordering":
        return {"order": list(reversed(spec["correct_order"]))}
    if kind == "matching":
        rights = [pair["right"] for pair in spec["pairs"]]
        shifted = rights[1:] + rights[:1]
        return {"matches": {pair["left"]: right for pair, right in zip(spec["pairs"], shifted, strict=True)}}
    return {"text": "không biết"}


@pytest.mark.django_db
def test_every_demo_question_passes_the_editor_and_grades_right_and_wrong_answers():
    block = QuestionBlock()
    ids = Counter()
    for _module, data in ALL:
        stream = block.to_python(question_body(data))
        block.clean(stream)  # what a trainer saving it in the admin would get
        child = stream[0]
        spec, _display = child.block.spec(child.value)
        assert child.block_type == data["type"] and spec_errors(spec) == [], data["key"]
        assert grade(spec, right_answer(spec)).correct, data["key"]
        assert not grade(spec, wrong_answer(spec)).correct, data["key"]
        ids.update(item["id"] for item in stream.raw_data[0]["value"].get(_list_key(data["type"]), []))
        if data["type"] == "short_text" and data["ignore_diacritics"]:
            assert grade(spec, {"text": fold(spec["accepted"][0]).upper()}).correct, data["key"]
    assert all(count == 1 for count in ids.values())


def _list_key(kind: str) -> str:
    return {"single": "options", "multiple": "options", "ordering": "steps", "matching": "pairs"}.get(
        kind, "accepted"
    )


def test_each_course_has_a_varied_pool_with_explanations():
    keys = [data["key"] for _module, data in ALL]
    assert len(keys) == len(set(keys))
    assert len({module.POOL for module in COURSES}) == len(COURSES) == 5
    demo_slugs = {course["slug"] for course in course_modules()}
    for module in COURSES:
        assert module.COURSE_SLUG in demo_slugs
        questions = module.QUESTIONS
        assert len(questions) >= 15, module.POOL
        types = Counter(data["type"] for data in questions)
        assert len(types) >= 4 and {"single", "multiple", "true_false", "ordering"} <= set(types), module.POOL
        assert {data["difficulty"] for data in questions} == {"easy", "medium", "hard"}, module.POOL
        assert any(data.get("partial_credit") for data in questions if data["type"] == "multiple")
        for data in questions:
            explanation = data["explanation"].strip()
            assert explanation and 1 <= len(SENTENCE_END.findall(explanation)) <= 3, data["key"]
            assert data["stem"].strip() and data["title"].strip(), data["key"]
            assert "image_choice" not in data["type"] and "image_tap" not in data["type"]


@pytest.mark.django_db
def test_seeding_twice_adds_nothing_and_an_edited_question_is_put_back(site_tree):
    assert questions_ensure() == len(ALL)
    assert Question.objects.count() == len(ALL) == QuestionVersion.objects.count()
    for module in COURSES:
        pool = Question.objects.filter(tags__slug=module.POOL)
        assert pool.count() == len(module.QUESTIONS)
        assert set(pool.values_list("topic__slug", flat=True)) == {module.TOPIC}
    first = Question.objects.get(title=question_title(COURSES[0].QUESTIONS[0]))
    assert first.tags.filter(slug=f"{COURSES[0].POOL}-bai-{COURSES[0].QUESTIONS[0]['lesson']}").exists()

    assert questions_ensure() == 0
    assert Question.objects.count() == len(ALL) == QuestionVersion.objects.count()

    # A trainer rewrote a demo question in the admin; the seeder puts the demo text back as a new version.
    truth = next(data for _module, data in ALL if data["type"] == "true_false")
    edited = Question.objects.get(title=question_title(truth))
    original = edited.current_version
    edited.body = [
        {
            "type": "true_false",
            "value": {"stem": "<p>Đã sửa</p>", "image": None, "image_alt": "", "correct": "true"},
        }
    ]
    edited.save()
    assert edited.versions.count() == 2
    assert questions_ensure() == 1
    assert Question.objects.count() == len(ALL)
    restored = edited.current_version
    assert restored.number == 3 and (restored.spec, restored.display) == (original.spec, original.display)


@pytest.mark.django_db
def test_each_demo_course_gets_one_final_test_drawing_ten_of_its_own_questions(site_tree, cast_users):
    questions_ensure()
    pages = {
        course.slug: course
        for course in (course_ensure(data=data, index=site_tree["catalogue"]) for data in course_modules())
    }
    finals = quizzes_ensure(pages)
    assert len(finals) == 5 and quizzes_ensure(pages) == finals
    assert Quiz.objects.filter(kind=QuizKind.FINAL).count() == 5
    learner = cast_users["citizen"]
    for module in COURSES:
        quiz = Quiz.objects.get(course=pages[module.COURSE_SLUG], kind=QuizKind.FINAL)
        rules = {name: getattr(quiz, name) for name in ("pass_mark", "time_limit_minutes", "max_attempts")}
        assert rules == {"pass_mark": 80, "time_limit_minutes": 15, "max_attempts": None}
        assert quiz.wait_minutes == 10 and quiz.show_answers == ShowAnswers.AFTER_SUBMIT
        assert [(pool.tag, pool.count) for pool in quiz.pools.all()] == [(module.POOL, FINAL_QUESTIONS)]
        attempt = start_or_resume(learner, quiz)
        drawn = [item.version.question for item in attempt.items.select_related("version__question")]
        assert len(drawn) == len(set(drawn)) == FINAL_QUESTIONS
        assert all(module.POOL in question.tags.names() for question in drawn)
