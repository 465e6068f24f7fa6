"""Every public page type, at a phone's width and a laptop's: no axe-core
violation at WCAG 2.2 AA, no sideways scrolling, and a screenshot to look at
(tests/browser/screenshots/, git-ignored)."""

from .conftest import BROWSER, SCREENSHOTS
from .pages import axe_violations, scrolls_sideways

pytestmark = BROWSER

PAGES = {
    "home": "/",
    "list": "/exercises/",
    "list-filtered": "/exercises/?region=hips&kind=stretch",
    "list-nothing-found": "/exercises/?q=zzzzqqq",
    "stretch": "/exercises/seated-hip-rotator-stretch/",
    "exercise-with-photos": "/exercises/glute-bridge/",
    "conditions": "/conditions/",
    "condition": "/conditions/non-specific-low-back-pain/",
    "author": "/authors/maya-lindqvist/",
    "reviewer": "/authors/daniel-okafor/",
    "updates": "/updates/",
    "search": "/search/?q=hip+stretch",
    "editorial-policy": "/editorial-policy/",
    "not-found": "/exercises/no-such-exercise/",
    "no-such-page": "/exercises/?region=hips&page=99",
}
NOT_FOUND = {"not-found", "no-such-page"}
WIDTHS = {"phone": (375, 812), "laptop": (1280, 800)}


def test_public_pages_pass_axe_fit_a_phone_and_are_photographed(browser, site):
    problems = []
    SCREENSHOTS.mkdir(exist_ok=True)
    for width_name, (width, height) in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        for name, path in PAGES.items():
            response = page.goto(site + path)
            expected = 404 if name in NOT_FOUND else 200
            assert response.status == expected, (path, response.status)
            page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
            problems += [f"{path} at {width}px: {v}" for v in axe_violations(page)]
            if width_name == "phone" and scrolls_sideways(page):
                problems.append(f"{path} scrolls sideways at {width}px")
        context.close()
    assert not problems, "\n".join(problems)
