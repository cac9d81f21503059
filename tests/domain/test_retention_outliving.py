"""What an entry keeps past its register's rule: the data whose category has a rule of its
own, each until its own date."""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain.notice_vocabulary import DataCategory
from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule, outliving

RULES = {DataCategory.BILLING: RetentionRule(84),
         DataCategory.ORDERS: RetentionRule(42),
         DataCategory.CUSTOMER: RetentionRule(12, RetentionAnchor.COLLECTED)}
DETAILS = {"billing": "Lasku 1.3.2026", "orders": "Kurssi 1.3.2026", "lehti": "Kasvu",
           "communications": "Palaute"}
COLLECTED, LAST_NEEDED = dt.date(2025, 9, 1), dt.date(2026, 3, 1)


def test_each_category_kept_until_its_own_date_and_the_entry_due_at_the_first() -> None:
    kept = outliving(DETAILS, RULES, COLLECTED, LAST_NEEDED, dt.date(2026, 9, 1))
    assert kept is not None
    assert kept.details == {"billing": "Lasku 1.3.2026", "orders": "Kurssi 1.3.2026"}
    assert kept.dues == {DataCategory.BILLING: dt.date(2033, 3, 1),
                         DataCategory.ORDERS: dt.date(2029, 9, 1)}
    assert kept.until == dt.date(2029, 9, 1)
    then = outliving(kept.details, RULES, COLLECTED, LAST_NEEDED, kept.until)
    assert then is not None and then.details == {"billing": "Lasku 1.3.2026"}
    assert then.until == dt.date(2033, 3, 1)
    assert outliving(then.details, RULES, COLLECTED, LAST_NEEDED, then.until) is None


def test_nothing_kept_without_a_rule_of_its_own_or_a_value() -> None:
    assert outliving({"lehti": "Kasvu", "billing": ""}, RULES, COLLECTED, LAST_NEEDED,
                     dt.date(2026, 9, 1)) is None


def test_a_missing_anchor_date_counts_from_the_other_one() -> None:
    kept = outliving({"billing": "Lasku"}, RULES, COLLECTED, None, dt.date(2026, 9, 1))
    assert kept is not None and kept.dues == {DataCategory.BILLING: dt.date(2032, 9, 1)}
