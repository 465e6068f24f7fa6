"""Helpers for driving pages: axe-core, keyboard focus, layout checks."""

from __future__ import annotations

from playwright.sync_api import Page

from .conftest import AXE

# WCAG 2.2 AA and everything below it.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page, one line each ("" when none).

    Injected with evaluate(), which the page's Content-Security-Policy does not
    govern, so the page is checked with its real headers.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(n["target"]) for n in v["nodes"][:5])
        for v in result["violations"]
    ]


def scrolls_sideways(page: Page) -> bool:
    return page.evaluate(
        "() => document.documentElement.scrollWidth > window.innerWidth"
    )


def focus_is_visible(page: Page) -> bool:
    """The focused element draws an outline or a ring, as the site's CSS does."""
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          if (!el || el === document.body) return false;
          const s = getComputedStyle(el);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
            || s.boxShadow !== 'none';
        }"""
    )


def tab_to(page: Page, selector: str, *, limit: int = 200) -> None:
    """Presses Tab until `selector` has the focus, checking focus is always
    visible on the way; fails if it is never reached."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        assert focus_is_visible(page), page.evaluate(
            "() => document.activeElement.outerHTML.slice(0, 200)"
        )
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")
