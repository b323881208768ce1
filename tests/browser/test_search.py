"""Search in a real browser: the suggestions combobox (WAI-ARIA APG) and the results."""

import uuid

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def searchable(settings, transactional_db):
    from community.models import Visibility
    from search import indexing
    from tests.search import helpers as h

    # Embedded engine, and a prefix of our own should Elasticsearch be configured.
    settings.ELASTICSEARCH_URL = ""
    settings.SEARCH_INDEX_PREFIX = f"kindred-test-{uuid.uuid4().hex[:10]}"
    space = h.category(Visibility.PUBLIC, "Treatment and side effects")
    thread = h.thread(
        space, "Chemo nausea tips", "Ginger and small meals helped with nausea."
    )
    h.thread(
        space, "Chemotherapy and school", "Going back to school during chemotherapy."
    )
    indexing.drain()
    return thread


def test_suggestions_work_with_the_keyboard_as_a_combobox(page, searchable):
    page.goto("/search/")
    box = page.get_by_role(
        "combobox", name="Search articles, blog posts and conversations"
    )
    box.fill("chem")
    listbox = page.get_by_role("listbox", name="Suggestions")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    options = listbox.get_by_role("option")
    assert options.count() == 2
    assert "suggestions" in page.locator("#search-suggestions-status").inner_text()
    box.press("ArrowDown")
    first = options.first
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    listbox.wait_for(state="visible")
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/community/**")
    assert page.console_errors == []


def test_results_page_works_without_javascript_too(browser, live_server, searchable):
    context = browser.new_context(
        base_url=live_server.url,
        java_script_enabled=False,
        viewport={"width": 320, "height": 640},
    )
    page = context.new_page()
    page.goto("/search/")
    page.get_by_label("Search articles, blog posts and conversations").fill("nausea")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_load_state()
    hit = page.locator(".search-hit").first
    assert "Chemo nausea tips" in hit.inner_text()
    assert hit.locator("mark").first.inner_text().lower() == "nausea"
    context.close()
