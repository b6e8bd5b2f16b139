import pytest
from django.core.exceptions import ValidationError

from courses.blocks import HotspotBlock, VideoBlock


def test_a_hotspot_may_not_run_past_the_screenshot_edges():
    block = HotspotBlock()
    ok = block.to_python({"label": "Nút", "x": 10, "y": 80, "width": 90, "height": 20, "hint": ""})
    assert block.clean(ok)
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"label": "Nút", "x": 50, "y": 10, "width": 60, "height": 10, "hint": ""})
        )
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Nút", "x": 0, "y": 95, "width": 10, "height": 10, "hint": ""}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Nút", "x": -1, "y": 0, "width": 10, "height": 10, "hint": ""}))


def test_a_video_needs_exactly_one_source_and_a_transcript():
    block = VideoBlock()
    neither = block.to_python(
        {"video": None, "embed": None, "title": "Hướng dẫn", "transcript": "<p>Lời thoại</p>"}
    )
    with pytest.raises(ValidationError):
        block.clean(neither)
    no_transcript = block.to_python({"video": None, "embed": None, "title": "Hướng dẫn", "transcript": ""})
    with pytest.raises(ValidationError):
        block.clean(no_transcript)
