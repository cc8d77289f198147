"""Untrusted HTML from a network, reduced to markup that can only show text.

Kept: paragraphs, line breaks, emphasis, quotes, code, lists, and links (http, https and mailto
only, with their target written out beside the text, so that a manager sees where a link
goes before clicking it). Scripts and styles go with their content; every other element goes
but its text stays, whatever it is (an unknown tag, a void ``<embed>``, an SVG ``<text>``), since
a moderator must see what a spammer wrote. Images never load: each becomes a bracketed note
with its alt text. No attribute survives except a link's checked href; no style, no class, no
event handler, no remote resource.

The parsing is nh3 (the Rust html5ever parser and the Ammonia sanitizer): it reads HTML as a
browser does and in linear time on any input, where a parser of our own was quadratic on
hostile markup (200 KB of ``<a`` took 76 s). Its output is well-formed, with only the elements
and attributes allowed below, so the few rewrites after it (headings to bold, images to notes,
link targets written out) are simple patterns over known markup.
"""

import re
from html import escape, unescape
from urllib.parse import urlsplit

import nh3

from workbench.core.i18n import translate
from workbench.core.text import INVISIBLE

_KEPT = frozenset(
    {"p", "br", "b", "strong", "i", "em", "u", "s", "blockquote", "code", "pre", "ul", "ol", "li"}
)
_RENAMED = {"h1": "b", "h2": "b", "h3": "b", "h4": "b", "h5": "b", "h6": "b", "div": "p"}
_FOREIGN_TEXT = frozenset(
    {
        # SVG and MathML elements that carry text a browser shows: allowed through the parser
        # so that their text is kept, then their tags are taken out.
        "svg", "g", "text", "tspan", "textPath", "title", "desc", "switch", "foreignObject",
        "math", "mrow", "mi", "mo", "mn", "ms", "mtext", "msup", "msub", "msubsup", "mfrac",
        "msqrt", "mroot", "mstyle", "semantics", "annotation",
    }
)  # fmt: skip
_DROPPED_WITH_CONTENT = frozenset({"script", "style"})
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

_TAGS = _KEPT | set(_RENAMED) | _FOREIGN_TEXT | {"a", "img"}
_FOREIGN_TAG = re.compile(
    r"</?(?:" + "|".join(sorted(_FOREIGN_TEXT, key=len, reverse=True)) + r")\s*/?>"
)
_RENAMED_TAG = re.compile(r"<(/?)(h[1-6]|div)>")
_IMAGE = re.compile(r'<img(?: alt="([^"]*)")?\s*/?>')
_LINK = re.compile(r'<a(?: href="([^"]*)")?>(.*?)</a>', re.DOTALL)

_BLOCK_NAMES = (
    "div|p|ul|ol|li|dl|dt|dd|blockquote|section|article|aside|header|footer|nav|main|figure"
    "|figcaption|address|center|details|summary|fieldset|form|menu|dir|hgroup|dialog|h[1-6]|pre"
    "|listing"
)
_BLOCK_OPENING = re.compile(rf"<(?:{_BLOCK_NAMES})(?=[\s/>])")
"""Counted on a lower-cased copy: a case-sensitive pattern is ten times faster."""
_BLOCK = re.compile(rf"<(/?)(?:{_BLOCK_NAMES})(?=[\s/>])", re.IGNORECASE)
MANY_BLOCKS = 5_000
"""Beyond this many block tags, they are read as spans: an HTML parser checks the open blocks
at each new one, so 100,000 nested <div> would take it half a minute; no post has that many."""


def safe_link(href: str | None) -> str | None:
    """``href`` if it is an http, https or mailto address, else None."""
    if not href:
        return None
    href = href.strip()
    scheme = urlsplit(href).scheme.lower()
    return href if scheme in _SAFE_SCHEMES else None


def _image(found: re.Match[str]) -> str:
    alt = unescape(found.group(1) or "") or translate("SafeHtml", "image")
    return f"[{escape(alt)}]"


def _link(found: re.Match[str]) -> str:
    href, content = found.group(1), found.group(2)
    target = safe_link(unescape(href)) if href else None
    if target is None:
        return content
    # An invisible character in an address is percent-encoded: it shows, and it cannot hide
    # or turn around what the address says (``marked`` only marks text, not attributes).
    target = target.translate(_PERCENT_ENCODED)
    return f'<a href="{escape(target, quote=True)}">{content}</a> <small>({escape(target)})</small>'


def sanitize(html: str) -> str:
    """Markup that shows ``html``'s text and nothing else (see the module docstring)."""
    if html.count("<") > MANY_BLOCKS and len(_BLOCK_OPENING.findall(html.lower())) > MANY_BLOCKS:
        html = _BLOCK.sub(r"<\1span", html)
    cleaned = nh3.clean(
        html,
        tags=set(_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={"a": {"href"}, "img": {"alt"}},
        url_schemes=set(_SAFE_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
    if "<svg" in cleaned or "<math" in cleaned:
        cleaned = _FOREIGN_TAG.sub("", cleaned)
    cleaned = _RENAMED_TAG.sub(lambda m: f"<{m.group(1)}{_RENAMED[m.group(2)]}>", cleaned)
    cleaned = _IMAGE.sub(_image, cleaned)
    return marked(_LINK.sub(_link, cleaned))


def text_to_html(text: str) -> str:
    """Plain text as paragraphs, every character escaped."""
    return marked("".join(f"<p>{escape(part)}</p>" for part in text.split("\n") if part.strip()))


_PERCENT_ENCODED = {
    code: "".join(f"%{byte:02X}" for byte in chr(code).encode()) for code in INVISIBLE
}
_MARKS = {
    code: f"<small><i>[U+{code:04X} {escape(name)}]</i></small>" for code, name in INVISIBLE.items()
}


def marked(markup: str) -> str:
    """Invisible and reordering characters shown as what they are: a right-to-left override
    must not turn a spammer's link around unseen in the moderator's pane."""
    return markup.translate(_MARKS)
