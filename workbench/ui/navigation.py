"""Back and forward through the views the manager opened, as in a browser."""


class History:
    """Visited sidebar rows; going back and then somewhere new drops what lay ahead."""

    LIMIT = 100

    def __init__(self) -> None:
        self._rows: list[int] = []
        self._at = -1

    def visit(self, row: int) -> None:
        if self._at >= 0 and self._rows[self._at] == row:
            return
        del self._rows[self._at + 1 :]
        self._rows.append(row)
        if len(self._rows) > self.LIMIT:
            del self._rows[0]
        self._at = len(self._rows) - 1

    @property
    def can_go_back(self) -> bool:
        return self._at > 0

    @property
    def can_go_forward(self) -> bool:
        return self._at < len(self._rows) - 1

    def back(self) -> int | None:
        if not self.can_go_back:
            return None
        self._at -= 1
        return self._rows[self._at]

    def forward(self) -> int | None:
        if not self.can_go_forward:
            return None
        self._at += 1
        return self._rows[self._at]
