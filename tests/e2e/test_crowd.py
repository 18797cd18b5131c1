"""The embedded default (SQLite, the server `make run` starts) under a crowd: no "database is
locked" 500s, a stale save is always 412, and no acknowledged draft is lost.

Runs against the served demo site of tests/e2e/conftest.py (its own SQLite file, dev settings);
plain HTTP from threads, no browser needed beyond the fixture's check. bench/visitors.py is the
full-size version (32 visitors) with timings.
"""

import http.cookiejar
import json
import threading
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.e2e

SHEET_API = "/api/v1/card/sheets/1-1/"


class Visitor:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def call(self, path, method="GET", body=None, if_match=None):
        headers = {"Referer": self.base + "/card/sheets/1-1/"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
            headers["X-CSRFToken"] = next((c.value for c in self.jar if c.name == "csrftoken"), "")
        if if_match is not None:
            headers["If-Match"] = if_match
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers

    def open_sheet(self):
        status, _, _ = self.call("/card/sheets/1-1/")
        assert status == 200

    def put(self, text, if_match):
        return self.call(SHEET_API, "PUT", {"data": {"values_interests": text}}, if_match)


def test_two_saves_of_the_same_version_give_one_save_and_one_412(live_site):
    outcomes = []
    for trial in range(6):
        person = Visitor(live_site)
        person.open_sheet()
        status, _, headers = person.put(f"最初の下書き{trial}", '"0"')
        assert status == 200
        version = headers["ETag"]
        barrier = threading.Barrier(2)
        statuses = []

        def save(tab, person=person, version=version, barrier=barrier, statuses=statuses):
            barrier.wait()
            statuses.append(person.put(f"タブ{tab}からの下書き", version)[0])

        tabs = [threading.Thread(target=save, args=(n,)) for n in range(2)]
        for tab in tabs:
            tab.start()
        for tab in tabs:
            tab.join(60)
        outcomes.append(sorted(statuses))
    assert outcomes == [[200, 412]] * 6


def test_a_class_autosaving_at_once_gets_no_server_error_and_loses_no_draft(live_site):
    results = []

    def student(number):
        person = Visitor(live_site)
        person.open_sheet()
        version, acknowledged, errors = '"0"', None, 0
        for n in range(5):
            text = f"生徒{number}の下書き{n}"
            status, _, headers = person.put(text, version)
            if status == 200:
                version, acknowledged = headers["ETag"], text
            elif status >= 500:
                errors += 1
            page_status = person.call("/faq/" if n % 2 else "/")[0]
            errors += page_status >= 500
        status, body, _ = person.call(SHEET_API)
        stored = json.loads(body)["data"].get("values_interests")
        results.append((errors, stored == acknowledged))

    threads = [threading.Thread(target=student, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert len(results) == 16
    assert sum(errors for errors, _ in results) == 0
    assert all(kept for _, kept in results)
