"""The Jinja2 `date` filter (backpain.jinja2.date_filter) writes what Django's does."""

import datetime as dt

from django.template.defaultfilters import date as django_date
from django.utils import timezone, translation

from backpain.jinja2 import date_filter

DAY = dt.date(2026, 3, 9)


def test_a_calendar_date_follows_the_active_language():
    # Written once per format and language, so a second language must not get
    # the first one's month names.
    with translation.override("en"):
        english = date_filter(DAY, "j F Y")
    with translation.override("de"):
        german = date_filter(DAY, "j F Y")
        assert german == django_date(DAY, "j F Y")
    assert (english, german) == ("9 March 2026", "9 März 2026")
    assert date_filter(DAY, "Y-m-d") == "2026-03-09"


def test_a_moment_is_written_in_the_current_time_zone():
    moment = dt.datetime(2026, 3, 9, 22, 30, tzinfo=dt.UTC)
    with timezone.override("UTC"):
        assert date_filter(moment, "j F Y, H:i") == "9 March 2026, 22:30"
    with timezone.override("Asia/Tokyo"):
        assert date_filter(moment, "j F Y, H:i") == "10 March 2026, 07:30"
