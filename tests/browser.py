"""Headless Chromium for the participant page, driven by selenium (Debian's chromium and
chromedriver; .ci/run installs them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


def chromium(width: int = 360, height: int = 740, downloads: Path | None = None):
    """A headless Chromium the size of a small phone; skips nothing: missing is a failure."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if binary is None or driver is None:
        pytest.fail(
            "chromium and chromedriver are needed (apt-get install chromium chromium-driver)"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--window-size={width},{height}",
    ):
        options.add_argument(flag)
    if downloads is not None:
        options.add_experimental_option(
            "prefs",
            {"download.default_directory": str(downloads), "download.prompt_for_download": False},
        )
    browser = webdriver.Chrome(service=Service(driver), options=options)
    # The page sees a phone: a 360x740 CSS-pixel viewport at twice the density, touch-sized.
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": width < 600},
    )
    return browser


def join_in_browser(browser, room, name: str, screenshot: Path | None = None) -> None:
    """Type the room's PIN and a name on the join page, and start."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(room.url)
    pin = WebDriverWait(browser, 10).until(ec.visibility_of_element_located((By.ID, "pin")))
    pin.send_keys(room.pin)
    browser.find_element(By.ID, "name").send_keys(name)
    if screenshot is not None:
        browser.save_screenshot(str(screenshot))
    browser.find_element(By.ID, "join-button").click()
