"""The sample partner (examples/partner_client.py) runs the whole flow on loopback against the demo site:
discovery, PKCE, the person's consent in Chromium (one item unticked), token, API read, refresh rotation,
revocation. The demo registers 「検証用連携サービス」 (demo/loaders/partners.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from .test_sharing import _sign_in
from .test_walkthrough import assert_accessible, shoot

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def _sample():
    spec = importlib.util.spec_from_file_location("partner_client", ROOT / "examples" / "partner_client.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_partner_runs_the_whole_flow(live_site, page, screenshot_dir):
    sample = _sample()
    _sign_in(page, live_site, "misaki@example.jp", "jobcard-person-2026")

    def consent(url):
        page.goto(url)
        assert "検証用連携サービス" in page.locator("main").inner_text()
        assert_accessible(page, "the consent page")
        shoot(page, screenshot_dir, "partner-consent")
        page.get_by_label("様式2 職務経歴シート").uncheck()
        page.get_by_role("button", name="チェックした項目を渡すことを許可する").click()

    seen = sample.run(
        live_site,
        sample.DEMO_CLIENT_ID,
        sample.DEMO_CLIENT_SECRET,
        sample.DEMO_REDIRECT_URI,
        "openid profile sheet:1-1 sheet:2",
        open_browser=consent,
        timeout=60,
        log=lambda *_args: None,
    )
    assert seen["issuer"] == live_site
    assert set(seen["scope"].split()) == {"openid", "profile", "sheet:1-1"}
    status, card = seen["card"]
    assert status == 200 and all(s["code"] == "1-1" for s in card["sheets"])
    assert seen["me"][0] == 200 and seen["me"][1]["last_name"]
    assert seen["rotated"] is True and seen["with_fresh"] == 200
    assert seen["revoked"] == 200 and seen["after_revoke"] == 401
    assert seen["old_refresh"] == 400

    # The person sees the reads in 閲覧・記入の履歴.
    page.goto(f"{live_site}/sharing/")
    assert "検証用連携サービス" in page.locator("main").inner_text()
    # The partner revoked its tokens; the person's consent is still listed, with its last read.
    page.goto(f"{live_site}/partners/")
    assert "最後に読み取られた日時" in page.locator("main").inner_text()
    assert_accessible(page, "連携中のサービス")
    shoot(page, screenshot_dir, "partner-linked-services")
