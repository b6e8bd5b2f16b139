"""Charts drawn on the server as SVG: a few hundred bytes, readable on a phone, no script. The same
numbers are always also in a table beside the chart, for screen readers and for copying."""

from dataclasses import dataclass

WIDTH, HEIGHT = 320, 150
TOP, BOTTOM, LEFT, RIGHT = 14, 22, 10, 10


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # short: the month's number
    display: str  # the value as the table shows it

    @property
    def value_y(self) -> float:
        return round(self.y - 3, 1)

    @property
    def middle(self) -> float:
        return round(self.x + self.width / 2, 1)


def bars(points: list[tuple[str, float | None, str]], *, ceiling: float | None = None) -> dict:
    """Bars for (label, value, display) points; a missing value draws no bar but keeps its place."""
    highest = ceiling or max((value for _, value, _ in points if value), default=0) or 1
    slot = (WIDTH - LEFT - RIGHT) / max(len(points), 1)
    room = HEIGHT - TOP - BOTTOM
    out = []
    for index, (label, value, display) in enumerate(points):
        height = room * float(value or 0) / float(highest)
        out.append(
            Bar(
                x=round(LEFT + index * slot + slot * 0.15, 1),
                y=round(TOP + room - height, 1),
                width=round(slot * 0.7, 1),
                height=round(height, 1),
                label=label,
                display=display,
            )
        )
    return {"bars": out, "width": WIDTH, "height": HEIGHT, "baseline": HEIGHT - BOTTOM, "tick_y": HEIGHT - 6}
