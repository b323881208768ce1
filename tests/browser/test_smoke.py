import pytest

pytestmark = pytest.mark.browser


def test_home_page_renders_in_a_real_browser_without_console_errors(page):
    page.goto("/")
    assert page.title().startswith("Kindred")
    assert page.get_by_role("link", name="Skip to main content").count() == 1
    assert (
        page.get_by_role("navigation", name="Main").is_visible()
        or page.get_by_role("button", name="Menu").is_visible()
    )
    assert page.get_by_role("link", name="Need help now?").count() == 1
    assert page.console_errors == []


def test_menu_button_opens_the_navigation_on_a_phone(page):
    page.goto("/")
    menu = page.get_by_role("button", name="Menu")
    assert menu.is_visible()
    menu.click()
    assert menu.get_attribute("aria-expanded") == "true"
    assert (
        page.get_by_role("navigation", name="Main")
        .get_by_role("link", name="Community", exact=True)
        .is_visible()
    )
