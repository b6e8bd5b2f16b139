"""The demo question pools as plain data, one module per demo course.

Each module names its course (COURSE_SLUG, TOPIC, taken from courses.demo.content so they cannot drift),
the tag its final test draws from (POOL) and its QUESTIONS. A question is a dict:

- key: stable and unique ("dvc-03"); the seeder finds the question again by it, never by its text.
- lesson: the lesson it checks (1-based); adds the tag "<POOL>-bai-<lesson>" for knowledge checks.
- type: single | multiple | true_false | ordering | matching | short_text.
- difficulty: easy | medium | hard; title: a short name for the question bank; stem and explanation:
  plain text (1–3 sentences for the explanation: why, and how to recognise it in real life).
- single, multiple: options [(text, correct), ...]; multiple also partial_credit.
- true_false: correct (bool). ordering: steps in the right order, partial_credit.
- matching: pairs [(left, right), ...], partial_credit.
- short_text: accepted [...], ignore_diacritics (case and extra spaces are always ignored).
"""

from quizzes.demo.questions import an_toan, chu_ky_so, dich_vu_cong, thanh_toan, vneid

COURSES = (dich_vu_cong, vneid, chu_ky_so, thanh_toan, an_toan)
