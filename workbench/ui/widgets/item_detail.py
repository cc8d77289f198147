"""The queue's detail pane: an item's text first, why it is in the queue, what managers did
about it, its thread and its author, shown safely.

The text is sanitized in the core (workbench.core.safe_html); this widget adds a second wall:
it never loads any resource, and links open in the system browser only when clicked.
"""

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from workbench.core.events.signatures import Verdict
from workbench.core.queue import decisions
from workbench.core.queue.items import HistoryEntry, ItemView, MemberCard, ThreadEntry
from workbench.core.queue.listing import similar_to
from workbench.core.queue.reading import Reading
from workbench.core.safe_html import safe_link
from workbench.ui import colours, labels
from workbench.ui.local_time import shown

MEMBER_LINK = "workbench-member"
"""The scheme of links inside the workbench to a member's profile."""
ITEM_LINK = "workbench-item"
"""The scheme of links inside the workbench to another item."""


def reason_text(name: str, detail: str, network: str, report_count: int) -> str:
    """A reason's detail as the window says it: reports counted in the manager's language (an
    import writes "4 report(s)"), a near duplicate naming the other item."""
    if name == "reported" and report_count > 0:
        # The class's tr, as lupdate reads plural forms (PySide6 takes it; its stubs do not).
        said = ItemDetail.tr("%n report(s) on {network}", "", report_count)  # type: ignore[arg-type]
        return said.format(network=network)
    if similar := similar_to(detail):
        return QCoreApplication.translate(
            "ItemDetail", "nearly the same as item #{id} ({alike} alike)"
        ).format(id=similar[0], alike=similar[1])
    return detail


class SafeTextBrowser(QTextBrowser):
    """A text browser that loads nothing: no images, no style sheets, from anywhere."""

    link_opened = Signal(QUrl)
    member_requested = Signal(int)
    item_requested = Signal(int)
    whole_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[QUrl] = []
        self.anchorClicked.connect(self._open)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        self.refused.append(QUrl(url))
        return None

    def _open(self, url: QUrl) -> None:
        if url.scheme() == MEMBER_LINK and url.path().isdigit():
            self.member_requested.emit(int(url.path()))
            return
        if url.scheme() == ITEM_LINK and url.path().isdigit():
            self.item_requested.emit(int(url.path()))
            return
        if url.scheme() == WHOLE_POST:
            self.whole_requested.emit()
            return
        if safe_link(url.toString()):
            QDesktopServices.openUrl(url)
            self.link_opened.emit(url)


WHOLE_POST = "workbench-whole"
"""The link under a long post's first part that shows all of it."""


class ItemDetail(SafeTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Item detail"))
        self.setPlaceholderText(self.tr("Select an item to read it in full."))

    def show_item(
        self, reading: Reading, reason_label: dict[str, str], *, profile_link: bool = True
    ) -> None:
        """The item in full: the post and why it is here first, so that they are in sight,
        then what managers did, the thread and the author; ``profile_link`` offers the
        author's profile (not from within it). The markup comes ready from a worker thread
        (workbench.core.queue.reading): nothing here sanitizes or searches the post."""
        view = reading.view
        meta = self.tr("{network} · {source} · {time} · {kind}").format(
            network=view.network,
            source=view.source_name,
            time=shown(view.created_at),
            kind=view.kind,
        )
        by = view.author.handle if view.author else self.tr("unknown author")
        byline = colours.css(colours.muted())
        parts = [f"<p style='color:{byline}'><b>{escape(by)}</b> · {escape(meta)}</p>"]
        if (claim := decisions.claim_in(reading.history)) is not None:
            parts.append(self._claim(claim))
        if reading.push is not None:
            parts.append(self._push(reading, view.network))
        if reading.title:
            parts.append(f"<h3>{reading.title}</h3>")
        parts.append(reading.body)
        if reading.cut:
            locale = QLocale()
            more = self.tr("This is the start of a long post ({length} characters).").format(
                length=locale.toString(reading.length)
            )
            parts.append(
                f"<p><i>{escape(more)}</i> <a href='{WHOLE_POST}:'>"
                f"" + escape(self.tr("Show the whole post")) + "</a></p>"
            )
        if view.url and safe_link(view.url):
            label = escape(self.tr("Open on the network"))
            parts.append(
                f"<p><a href='{escape(view.url, quote=True)}'>{label}</a> "
                f"<small>({escape(view.url)})</small></p>"
            )
        if reading.reasons:
            parts.append("<p><b>" + escape(self.tr("Why it is in the queue")) + "</b></p><ul>")
            parts.extend(
                f"<li>{escape(reason_label.get(name, name))}: {self._reason(name, detail, view)}"
                "</li>"
                for name, detail in reading.reasons
            )
            parts.append("</ul>")
        if reading.history:
            parts.append("<p><b>" + escape(self.tr("History")) + "</b></p><ul>")
            parts.extend(
                f"<li>{self._history(entry)}{self._signed(reading.verdicts, entry)}</li>"
                for entry in reading.history
            )
            parts.append("</ul>")
        if view.parents or view.replies:
            parts.append("<p><b>" + escape(self.tr("Thread")) + "</b></p>")
            parts.extend(self._entry(entry, depth) for depth, entry in enumerate(view.parents))
            parts.append(
                f"<p style='margin-left:{12 * len(view.parents)}px'>▶ "
                f"<i>" + escape(self.tr("this item")) + "</i></p>"
            )
            parts.extend(self._entry(entry, len(view.parents) + 1) for entry in view.replies)
        if view.author:
            parts.append("<hr><p><b>" + escape(self.tr("The author")) + "</b></p>")
            parts.append(self._member(view.author, link=profile_link))
        self.setHtml("".join(parts))

    def _claim(self, claim: decisions.Claim) -> str:
        """Who has the item: on a team's queue, theirs to decide until they release it."""
        said = self.tr("Claimed by {who} since {time}").format(
            who=claim.holder, time=shown(claim.since)
        )
        color = colours.css(colours.tone(colours.Tone.WARNING))
        return f"<p style='color:{color}'><b>⚑ {escape(said)}</b></p>"

    def _push(self, reading: Reading, network: str) -> str:
        """Where the item's latest decision is on the platform: waiting, done or refused."""
        push = reading.push
        assert push is not None
        action = labels.push_actions().get(push.action, push.action)
        state = labels.push_states().get(push.state, push.state)
        tones = {"failed": colours.Tone.ALARM, "pending": colours.Tone.WARNING}
        tone = tones.get(push.state)
        color = colours.css(colours.muted() if tone is None else colours.tone(tone))
        said = f": {escape(push.message)}" if push.message else ""
        on = escape(self.tr("On {network}: {action}").format(network=network, action=action))
        return f"<p style='color:{color}'><b>{on}</b> · {escape(state)}{said}</p>"

    def _reason(self, name: str, detail: str, view: ItemView) -> str:
        """A reason's detail as HTML; a near duplicate links to the other item."""
        text = escape(reason_text(name, detail, view.network, view.report_count))
        if similar := similar_to(detail):
            number = f"#{similar[0]}"
            link = f"<a href='{ITEM_LINK}:{similar[0]}'>{number}</a>"
            text = text.replace(number, link, 1)
        return text

    def _history(self, entry: HistoryEntry) -> str:
        """One thing a manager did, as HTML: who, when, what and why."""
        what = entry.what or ""
        if entry.kind == "decided":
            decided = {
                "approved": self.tr("approved by {author}"),
                "removed": self.tr("removed by {author}"),
                "escalated": self.tr("escalated by {author}"),
                "ignored": self.tr("ignored by {author}"),
            }
            done = decided.get(what, "{author}: " + what).format(author=entry.author)
        elif entry.kind == "assigned":
            done = (
                self.tr("assigned to {assignee} by {author}").format(
                    assignee=what, author=entry.author
                )
                if what
                else self.tr("assignment taken back by {author}").format(author=entry.author)
            )
        elif entry.kind == "noted":
            named = labels.note_types().get(what, what)
            done = self.tr("note ({type}) by {author}").format(type=named, author=entry.author)
        else:
            muted = self.tr("thread muted") if what == "thread" else self.tr("author muted")
            done = self.tr("{muted} until {until} by {author}").format(
                muted=muted, until=shown(entry.until), author=entry.author
            )
        html = f"{escape(shown(entry.at))} · {escape(done)}"
        if entry.text:
            html += f": <i>{escape(entry.text)}</i>"
        if entry.undone:
            html = f"<s>{html}</s> <small>(" + escape(self.tr("undone")) + ")</small>"
        return html

    def _signed(self, verdicts: dict[str, Verdict] | None, entry: HistoryEntry) -> str:
        """A team store's mark of the entry's signature: small, but a bad one stands out."""
        if verdicts is None or (verdict := verdicts.get(entry.event_id)) is None:
            return ""
        said = {
            Verdict.SIGNED: self.tr("signed"),
            Verdict.UNTRUSTED: self.tr("signed, by a key you do not trust"),
            Verdict.REDACTED: self.tr("redacted by an erasure"),
            Verdict.UNSIGNED: self.tr("unsigned"),
            Verdict.BAD: self.tr("signature does not hold: changed or forged"),
        }[verdict]
        if verdict == Verdict.BAD:
            return f" <b>⚠ {escape(said)}</b>"
        return f" <small>· {escape(said)}</small>"

    def show_member(
        self,
        card: MemberCard,
        ratings: dict[str, list[tuple[int, str, int]]] | None = None,
        *,
        link: bool = True,
        others: list[str] | None = None,
    ) -> None:
        """The member's card, with their ratings (latest value and history) and the same
        person's other identities if given."""
        parts = [self._member(card, link=link)]
        if others:
            also = escape(self.tr("The same person: {who}").format(who=", ".join(others)))
            parts.append(f"<p><small>⇄ {also}</small></p>")
        dimensions = labels.rating_dimensions()
        for dimension, history in (ratings or {}).items():
            earlier = ", ".join(str(value) for value, _, _ in history[1:6])
            shown = escape(dimensions.get(dimension, dimension))
            parts.append(
                f"<p><small>★ {shown}: <b>{history[0][0]}</b>"
                + (" (" + escape(self.tr("before")) + f": {earlier})" if earlier else "")
                + "</small></p>"
            )
        self.setHtml("".join(parts))

    def _entry(self, entry: ThreadEntry, depth: int) -> str:
        return (
            f"<p style='margin-left:{12 * depth}px'><b>{escape(entry.author_handle or '—')}</b> "
            f"<small>{escape(shown(entry.created_at))}</small><br>{escape(entry.excerpt)}</p>"
        )

    def _member(self, card: MemberCard, *, link: bool = True) -> str:
        lines = []
        if card.status == "memorialized":
            lines.append(
                f"<p style='background:{colours.css(colours.palette().alternateBase().color())};"
                "padding:4px'>"
                + escape(
                    self.tr(
                        "This member has died. Their profile is kept in memory; "
                        "please treat their content with care."
                    )
                )
                + "</p>"
            )
        name = card.display_name or card.handle
        status = labels.member_statuses().get(card.status, card.status)
        badge = "" if card.status == "active" else f" [{escape(status)}]"
        posted = (self.tr("one item") if card.item_count == 1 else self.tr("{count} items")).format(
            count=card.item_count
        )
        seen = self.tr("{posted}, first seen {first}, last seen {last}").format(
            posted=posted, first=shown(card.first_seen_at), last=shown(card.last_seen_at)
        )
        lines.append(
            f"<p><b>{escape(name)}</b> ({escape(card.handle)}){badge}<br>"
            f"<small>{escape(seen)}</small></p>"
        )
        if card.tags:
            lines.append(f"<p><small>{escape(', '.join(card.tags))}</small></p>")
        if link:
            profile = escape(self.tr("Full profile"))
            lines.append(f"<p><a href='{MEMBER_LINK}:{card.member_id}'>{profile}</a></p>")
        note_types = labels.note_types()
        for note_type, note, author, at in card.notes[:3]:
            named = escape(note_types.get(note_type, note_type))
            lines.append(
                f"<p><small>✎ {named} · {escape(author)} · {escape(shown(at))}: "
                f"{escape(note)}</small></p>"
            )
        kinds = labels.intervention_kinds()
        for kind, author, at in card.interventions[:3]:
            named = escape(kinds.get(kind, kind))
            lines.append(
                f"<p><small>⚑ {named} · {escape(author)} · {escape(shown(at))}</small></p>"
            )
        lines.append("<hr>")
        return "".join(lines)
