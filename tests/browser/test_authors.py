"""Authors in the admin, in a real browser: draft, preview, publish, log an
update; two authors saving the same article; axe-core on the pages they use."""

import re

from PIL import Image
from playwright.sync_api import Page, expect

from exercises.models import Exercise

from ..factories import AuthorFactory, AuthorUserFactory
from .conftest import BROWSER, SCREENSHOTS
from .pages import axe_violations

pytestmark = BROWSER

PASSWORD = "correct horse battery staple"  # tests/factories.py


def logged_in(browser, site: str, *, editor: bool = False) -> Page:
    user = AuthorUserFactory()
    AuthorFactory(user=user)
    if editor:
        from django.contrib.auth.models import Group

        user.groups.add(Group.objects.get(name="Editors"))
    page = browser.new_context().new_page()
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Write and publish")).to_be_visible()
    return page


def choose(page: Page, select: str, text: str) -> None:
    """Picks `text` in one of the admin's autocomplete (select2) boxes."""
    page.locator(select).locator("xpath=following-sibling::span[1]").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def save_and_continue(page: Page) -> None:
    page.locator('input[name="_continue"]').first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_an_author_drafts_previews_publishes_and_logs_an_update(
    browser, site, tmp_path
):
    photo = tmp_path / "twist.jpg"
    Image.new("RGB", (900, 600), (190, 170, 150)).save(photo)
    page = logged_in(browser, site)
    visitor = browser.new_context().new_page()

    page.goto(site + "/admin/exercises/exercise/add/")
    page.get_by_label("Title").fill("Lying knee drop twist")
    page.locator("#id_kind").select_option("stretch")
    page.get_by_label("Summary").fill("Let both knees fall to one side.")
    choose(page, "#id_target_regions-0-region", "Lower back")
    page.locator("#id_steps-0-text").fill("Lie on your back with knees bent.")
    page.locator(".add-row a", has_text="Add another Exercise image").click()
    page.locator("#id_images-0-image").set_input_files(photo)
    page.locator("#id_images-0-alt_text").fill(
        "Lying on the back, both knees dropped to the left"
    )
    page.locator(".add-row a", has_text="Add another Stretch variant").click()
    page.locator("#id_variants-0-name").fill("Knees higher")
    page.locator("#id_variants-0-change").fill("Bring the knees towards the chest.")
    page.locator("#id_variants-0-emphasis").fill("Stretches the upper lower back")
    save_and_continue(page)

    exercise = Exercise.objects.get(title="Lying knee drop twist")
    assert exercise.status == "draft" and exercise.slug == "lying-knee-drop-twist"
    url = site + exercise.get_absolute_url()
    with page.expect_popup() as popup:
        page.get_by_role("link", name="Open the page as visitors will see it").click()
    preview = popup.value
    expect(preview.get_by_role("heading", level=1)).to_have_text(
        "Lying knee drop twist"
    )
    expect(preview.locator("#variant-knees-higher")).to_be_visible()
    expect(
        preview.get_by_alt_text("Lying on the back, both knees dropped to the left")
    ).to_be_visible()
    assert visitor.goto(url).status == 404

    page.get_by_label("Status").select_option("published")
    save_and_continue(page)
    visitor.goto(site + "/exercises/?region=lower-back&kind=stretch")
    expect(visitor.get_by_role("link", name="Lying knee drop twist")).to_be_visible()

    page.locator(".add-row a", has_text="Add another Update-log entry").click()
    row = page.locator("#articles-articleupdate-content_type-object_id-0")
    row.locator("select").select_option("minor")
    row.locator("textarea").fill("Added a photo of the finishing position.")
    save_and_continue(page)
    visitor.goto(url)
    expect(
        visitor.get_by_text("Added a photo of the finishing position.")
    ).to_be_visible()
    visitor.goto(site + "/updates/")
    expect(
        visitor.get_by_text("Added a photo of the finishing position.")
    ).to_be_visible()


def test_the_second_of_two_authors_saving_gets_the_conflict_and_keeps_the_text(
    browser, site
):
    first = logged_in(browser, site, editor=True)
    second = logged_in(browser, site, editor=True)
    exercise = Exercise.objects.get(slug="bird-dog")
    change = f"{site}/admin/exercises/exercise/{exercise.pk}/change/"
    first.goto(change)
    second.goto(change)
    first.get_by_label("Summary").fill("The first author's summary.")
    save_and_continue(first)
    second.get_by_label("Summary").fill("The second author's careful summary.")
    second.locator('input[name="_continue"]').first.click()
    expect(second.locator(".errornote, .errorlist").first).to_be_visible()
    expect(second.get_by_text(re.compile("saved this article at"))).to_be_visible()
    expect(second.get_by_label("Summary")).to_have_value(
        "The second author's careful summary."
    )
    exercise.refresh_from_db()
    assert exercise.summary == "The first author's summary."
    assert axe_violations(second) == []
    second.screenshot(path=SCREENSHOTS / "admin-conflict.png", full_page=True)


def test_the_pages_authors_use_pass_axe(browser, site):
    page = logged_in(browser, site)
    bird_dog = Exercise.objects.get(slug="bird-dog").pk
    problems = []
    SCREENSHOTS.mkdir(exist_ok=True)
    for path in (
        "/admin/",
        "/admin/exercises/exercise/",
        "/admin/exercises/exercise/?status__exact=draft&kind__exact=stretch",
        "/admin/exercises/exercise/add/",
        f"/admin/exercises/exercise/{bird_dog}/change/",
        "/admin/conditions/condition/",
        "/admin/conditions/condition/add/",
    ):
        assert page.goto(site + path).status == 200, path
        name = "admin" + re.sub(r"[^a-z0-9]+", "-", path.removeprefix("/admin"))
        page.screenshot(path=SCREENSHOTS / f"{name.strip('-')}.png", full_page=True)
        problems += [f"{path}: {v}" for v in axe_violations(page)]
    assert not problems, "\n".join(problems)
