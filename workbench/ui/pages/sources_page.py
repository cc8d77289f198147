"""Sources: the exports and accounts the store holds, each with its network and kind."""

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from workbench.core import sources
from workbench.core.events.changes import Subject
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.ui.pages.base import Page
from workbench.ui.tasks.runner import TaskRunner


class SourcesPage(Page):
    key = "sources"
    watches = frozenset({Subject.SOURCES})

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("sourcesView")
        self.list = QListWidget()
        self.list.setObjectName("sourcesList")
        self.list.setAccessibleName(self.tr("Connected sources"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        with self.store.read() as connection:
            for source in sources.list_all(connection):
                self.list.addItem(
                    self.tr("{name} ({network}, {kind})").format(
                        name=source.name, network=source.network, kind=source.kind
                    )
                )
        if self.list.count() == 0:
            self.list.addItem(self.tr("No sources yet. Import an export with File → Import…"))
