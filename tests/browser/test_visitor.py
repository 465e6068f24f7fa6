"""A visitor's way through the site in a real browser: with the mouse, without
JavaScript, and with the keyboard alone."""

import re

from playwright.sync_api import Page, expect

from .conftest import BROWSER
from .pages import focus_is_visible, tab_to

pytestmark = BROWSER

STRETCH = "/exercises/seated-hip-rotator-stretch/"
VARIANT = "#variant-lean-further-forward"
CONDITION = "/conditions/greater-trochanteric-pain-syndrome/"


def walk_with_the_mouse(page: Page, site: str) -> None:
    page.goto(site + "/")
    page.locator("a.region-main", has_text="Hips").click()
    expect(page).to_have_url(re.compile(r"/exercises/\?region=hips$"))
    page.get_by_label("Stretch", exact=True).check()
    page.locator(".filters").get_by_role("button", name="Show exercises").click()
    expect(page).to_have_url(re.compile(r"kind=stretch"))
    page.locator(f'a[href="{STRETCH}"]').click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Seated hip rotator stretch"
    )
    page.locator(f'a[href="{VARIANT}"]').click()
    expect(page).to_have_url(re.compile(VARIANT + "$"))
    page.locator("a.footnote-ref").first.click()
    expect(page).to_have_url(re.compile("#md-body-fn-1$"))
    page.locator("#md-body-fn-1 a.footnote-backref").click()
    expect(page).to_have_url(re.compile("#md-body-fnref-1$"))
    page.locator(f'main a[href="{CONDITION}"]').first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Greater trochanteric pain syndrome"
    )
    expect(page.get_by_role("heading", name="Update log")).to_be_visible()
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Updates"
    ).click()
    expect(page).to_have_url(re.compile("/updates/$"))
    expect(page.get_by_text("Greater trochanteric pain syndrome").first).to_be_visible()


def test_a_visitor_finds_a_stretch_its_variant_sources_and_condition(page, site):
    walk_with_the_mouse(page, site)


def test_the_same_way_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    try:
        walk_with_the_mouse(context.new_page(), site)
    finally:
        context.close()


def test_the_same_way_works_with_the_keyboard_alone(page, site):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    tab_to(page, 'a.region-main[href="/exercises/?region=hips"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"region=hips$"))
    tab_to(page, 'input[name="kind"][value="stretch"]')
    page.keyboard.press("Space")
    expect(page.locator('input[name="kind"][value="stretch"]')).to_be_checked()
    tab_to(page, ".filters button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"kind=stretch"))

    tab_to(page, f'a[href="{STRETCH}"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(STRETCH + "$"))
    tab_to(page, f'a[href="{VARIANT}"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(VARIANT + "$"))
    tab_to(page, "a.footnote-ref")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#md-body-fn-1$"))
    # Following the mark moves the Tab order to the note: its way back is next.
    tab_to(page, "#md-body-fn-1 a.footnote-backref", limit=3)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#md-body-fnref-1$"))

    tab_to(page, f'main a[href="{CONDITION}"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(CONDITION + "$"))
    tab_to(page, 'nav[aria-label="Main"] a[href="/updates/"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("/updates/$"))
