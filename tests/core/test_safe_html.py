import pytest

from workbench.core.safe_html import safe_link, sanitize


@pytest.mark.parametrize(
    "hostile",
    [
        '<img src="https://tracker.example/p.gif">',
        "<script>alert(1)</script>",
        '<p style="background:url(https://x.example/a.png)">t</p>',
        '<a href="javascript:alert(1)">x</a>',
        '<iframe src="https://x.example"></iframe>',
        '<link rel="stylesheet" href="https://x.example/s.css">',
        '<svg><image href="https://x.example/i.png"/></svg>',
        '<p onmouseover="steal()">t</p>',
        '<object data="https://x.example/f.swf"></object>',
        '<a href="data:text/html,<script>x</script>">x</a>',
    ],
)
def test_nothing_that_loads_or_runs_survives(hostile):
    cleaned = sanitize(hostile).lower()
    for danger in (
        "src=",
        "style",
        "script",
        "javascript:",
        "iframe",
        'href="data:',
        "onmouseover",
        "<svg",
        "<object",
        "<link",
    ):
        assert danger not in cleaned


def test_text_links_and_structure_survive():
    cleaned = sanitize(
        '<p>Hallo <b>Welt</b> &amp; <a href="https://ok.example/x" class="c">hier</a></p>'
        "<ul><li>eins</li></ul>"
    )
    assert cleaned == (
        '<p>Hallo <b>Welt</b> &amp; <a href="https://ok.example/x">hier</a> '
        "<small>(https://ok.example/x)</small></p><ul><li>eins</li></ul>"
    )


def test_images_become_notes_with_their_alt_text():
    assert (
        sanitize('<img alt="Foto vom Tisch" src="https://x.example/t.jpg">') == "[Foto vom Tisch]"
    )


def test_unclosed_tags_are_closed():
    assert sanitize("<b><i>offen") == "<b><i>offen</i></b>"


@pytest.mark.parametrize(
    ("href", "ok"),
    [
        ("https://a.example", True),
        ("mailto:a@b.example", True),
        ("javascript:x", False),
        ("//a.example", False),
        ("", False),
    ],
)
def test_safe_link(href, ok):
    assert (safe_link(href) is not None) == ok
