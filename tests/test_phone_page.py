"""The phone page on a small phone: every statement answered with one tap, no scrolling;
the connection always in sight; one way to finish."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from room_client import Room

from cxassess.core.storage import load_document

SHOTS = os.environ.get("CXASSESS_SHOTS")  # a folder to keep the screenshots in, to look at


def _shots(tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _shot(browser, tmp_path: Path, name: str) -> None:
    browser.save_screenshot(str(_shots(tmp_path) / f"{name}.png"))


# Where the page's parts are on screen, in CSS pixels of the viewport.
LAYOUT = """
const box = (el) => el.getBoundingClientRect();
const choices = [...document.querySelectorAll('#q-choices .choice')];
return {
  viewport: window.innerHeight,
  scrolled: window.scrollY,
  scrollable: document.documentElement.scrollHeight - window.innerHeight,
  conn: box(document.getElementById('conn')),
  nav: box(document.getElementById('nav')),
  text: box(document.getElementById('q-text')),
  first: box(choices[0]),
  last: box(choices[choices.length - 1]),
  count: choices.length,
};
"""


@pytest.mark.parametrize("height", [640, 740])
def test_every_statement_is_one_tap_without_scrolling(workshop, shipped, tmp_path, height):
    from browser import chromium, join_in_browser
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    questions = [qu for _, qu in shipped.questions()]
    na_at = next(i for i, qu in enumerate(questions) if i > 6 and shipped.allows_na(qu.id))
    room = Room(workshop)
    browser = None
    taps = 0
    try:
        browser = chromium(360, height)
        wait = WebDriverWait(browser, 10)
        join_in_browser(browser, room, "Tess", _shots(tmp_path) / f"phone-join-360x{height}.png")
        for i, qu in enumerate(questions):
            wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), qu.text[:40]))
            where = browser.execute_script(LAYOUT)
            assert where["scrolled"] == 0, qu.id
            # Don't know always; not applicable only where the statement says when it fits.
            offered = shipped.scale.points + 1 + shipped.allows_na(qu.id)
            assert where["count"] == offered, qu.id
            # The statement, every choice and the connection are on screen at once,
            # none of it under the bar at the bottom.
            assert where["conn"]["top"] >= 0 and where["conn"]["bottom"] <= where["text"]["top"]
            assert where["last"]["bottom"] <= where["nav"]["top"], (qu.id, where)
            assert browser.find_element(By.ID, "conn").is_displayed()
            if i in (0, 20):
                _shot(browser, tmp_path, f"phone-statement-{i + 1}-360x{height}")
            # a tap where it is, without scrolling to it first
            choice = {5: "dk", na_at: "na"}.get(i, str(1 + i % 5))
            browser.find_element(By.CSS_SELECTOR, f'#q-choices [data-value="{choice}"]').click()
            taps += 1
        wait.until(ec.visibility_of_element_located((By.ID, "review")))
        _shot(browser, tmp_path, f"phone-review-360x{height}")
        # One finish: the bottom bar keeps Back only.
        finishes = [
            b
            for b in browser.find_elements(By.TAG_NAME, "button")
            if b.is_displayed() and "finish" in b.text.lower()
        ]
        assert [b.get_attribute("id") for b in finishes] == ["finish-button"]
        assert not browser.find_element(By.ID, "next").is_displayed()
        assert browser.find_element(By.ID, "back").is_displayed()
        browser.find_element(By.ID, "finish-button").click()
        taps += 1
        wait.until(ec.visibility_of_element_located((By.ID, "done")))
        assert "sealed" in browser.find_element(By.ID, "conn").text
        _shot(browser, tmp_path, f"phone-done-360x{height}")
    finally:
        if browser is not None:
            browser.quit()
        room.close()
    assert taps == len(questions) + 1  # one tap a statement, and one to seal
    tess = next(p for p in load_document(workshop).participants if p.name == "Tess")
    assert tess.sealed and len(tess.answers) == len(questions)
    assert tess.answers[questions[5].id].kind == "dont_know"
    assert tess.answers[questions[na_at].id].kind == "na"
    assert tess.answers[questions[7].id].value == 1 + 7 % 5


def test_back_goes_to_the_previous_statement_and_keeps_the_choice(workshop, shipped):
    from browser import chromium, join_in_browser
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    questions = [qu for _, qu in shipped.questions()]
    room = Room(workshop)
    browser = None
    try:
        browser = chromium(360, 640)
        wait = WebDriverWait(browser, 10)
        join_in_browser(browser, room, "Uma")
        wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), questions[0].text[:40]))
        browser.find_element(By.CSS_SELECTOR, '#q-choices [data-value="3"]').click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), questions[1].text[:40]))
        browser.find_element(By.ID, "back").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), questions[0].text[:40]))
        chosen = browser.find_element(By.CSS_SELECTOR, '#q-choices [aria-checked="true"]')
        assert chosen.get_attribute("data-value") == "3"
        # Tapping a different choice changes it and moves on again.
        browser.find_element(By.CSS_SELECTOR, '#q-choices [data-value="5"]').click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), questions[1].text[:40]))
        wait.until(ec.text_to_be_present_in_element((By.ID, "conn"), "saved"))
    finally:
        if browser is not None:
            browser.quit()
        room.close()
    uma = next(p for p in load_document(workshop).participants if p.name == "Uma")
    assert uma.answers[questions[0].id].value == 5
