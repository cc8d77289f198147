"""Untrusted HTML from a network, reduced to markup that can only show text.

Kept: paragraphs, line breaks, emphasis, quotes, code, lists, and links (http, https and mailto
only, with their target written out beside the text, so that a manager sees where a link
goes before clicking it). Dropped with their content: scripts, styles, frames, forms, objects.
Images never load: each becomes a bracketed note with its alt text. No attribute survives except
a link's checked href; no style, no class, no event handler, no remote resource.
"""

from html import escape
from html.parser import HTMLParser
from urllib.parse import urlsplit

from workbench.core.i18n import translate

_KEPT = {
    "p",
    "br",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "blockquote",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
}
_RENAMED = {"h1": "b", "h2": "b", "h3": "b", "h4": "b", "h5": "b", "h6": "b", "div": "p"}
_DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "template",
    "svg",
    "math",
    "head",
    "title",
    "noscript",
    "audio",
    "video",
    "canvas",
}
_VOID = {"br"}
_SAFE_SCHEMES = {"http", "https", "mailto"}


def safe_link(href: str | None) -> str | None:
    """``href`` if it is an http, https or mailto address, else None."""
    if not href:
        return None
    href = href.strip()
    scheme = urlsplit(href).scheme.lower()
    return href if scheme in _SAFE_SCHEMES else None


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropping = 0
        self.link_targets: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_WITH_CONTENT:
            self.dropping += 1
            return
        if self.dropping:
            return
        if tag == "img":
            alt = dict(attrs).get("alt") or translate("SafeHtml", "image")
            self.out.append(f"[{escape(alt)}]")
            return
        if tag == "a":
            target = safe_link(dict(attrs).get("href"))
            self.link_targets.append(target)
            if target:
                self.out.append(f'<a href="{escape(target, quote=True)}">')
            return
        name = _RENAMED.get(tag, tag)
        if name in _KEPT:
            self.out.append(f"<{name}>")
            if name not in _VOID:
                self.open.append(name)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag not in ("img",):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_WITH_CONTENT:
            self.dropping = max(self.dropping - 1, 0)
            return
        if self.dropping:
            return
        if tag == "a":
            target = self.link_targets.pop() if self.link_targets else None
            if target:
                self.out.append(f"</a> <small>({escape(target)})</small>")
            return
        name = _RENAMED.get(tag, tag)
        if name in self.open:
            while self.open:
                closing = self.open.pop()
                self.out.append(f"</{closing}>")
                if closing == name:
                    break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(escape(data))

    def result(self) -> str:
        self.close()
        closing = "".join(f"</{name}>" for name in reversed(self.open))
        return "".join(self.out) + closing


def sanitize(html: str) -> str:
    """Markup that shows ``html``'s text and nothing else (see the module docstring)."""
    parser = _Sanitizer()
    parser.feed(html)
    return parser.result()


def text_to_html(text: str) -> str:
    """Plain text as paragraphs, every character escaped."""
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n") if part.strip())
