"""What every page of the window shares: the store, the manager, the task runner, and reloading
when a write elsewhere changed what the page shows.

A page names the subjects it shows (``watches``). When the runner announces a change to one of
them, a page on screen refreshes at once; a page out of sight remembers it and refreshes when it
is shown next, so that a decision in the queue does not make five hidden pages read the store.
A page does not refresh for its own writes: it already showed their result when they landed.
"""

from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from workbench.core.events.changes import Changes, Subject
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.ui.tasks.runner import TaskRunner


class Page(QWidget):
    key: ClassVar[str]
    """The page's name in the registry and the sidebar, e.g. "queue"."""
    watches: ClassVar[frozenset[Subject]]
    """The subjects the page shows; a change to any of them refreshes it."""

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.author = author
        self.tasks = tasks
        self._missed: set[Subject] = set()
        tasks.changed.connect(self._on_changed)

    def reload(self) -> None:
        """Read everything the page shows again."""
        raise NotImplementedError

    def refresh(self, made: Changes) -> None:
        """Show what a write elsewhere changed; by default, read everything again."""
        self.reload()

    def made_here(self, initiator: object) -> bool:
        """Whether this page asked for the write (it showed the result itself)."""
        return initiator is self

    def _on_changed(self, made: Changes, initiator: object) -> None:
        if not made.touches(self.watches) or self.made_here(initiator):
            return
        if self.isVisible():
            self.refresh(made)
        else:
            self._missed |= made.subjects & self.watches

    def showEvent(self, event: QShowEvent) -> None:
        if self._missed:
            missed, self._missed = frozenset(self._missed), set()
            self.refresh(Changes(subjects=missed))
        super().showEvent(event)
