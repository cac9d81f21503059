"""The generic lazy model on a fake list: batches, server-side sorting, roles, headers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kasve_desktop import i18n
from kasve_desktop.gui.common.table_model import (
    ID_ROLE,
    ROW_ROLE,
    Column,
    Emphasis,
    LazyTableModel,
    ListSource,
    ServerSortProxyModel,
)
from kasve_desktop.i18n import N_
from kasve_desktop.services.listing import Order, Page


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class FakeList:
    """A list of ``size`` items that records every page asked for."""

    def __init__(self, size: int) -> None:
        self.items = [Item(n, f"item {n:04d}") for n in range(size)]
        self.pages: list[Page] = []

    def page(self, page: Page) -> list[Item]:
        self.pages.append(page)
        ordered = sorted(self.items, key=lambda i: i.name, reverse=page.order.descending)
        if page.order.key is None:
            ordered = self.items
        return ordered[page.offset:page.offset + page.limit]

    def source(self) -> ListSource[Item]:
        return ListSource(lambda: len(self.items), self.page)


COLUMNS = [
    Column("id", N_("Record"), lambda i: str(i.id), numeric=True),
    Column("name", N_("Name"), lambda i: i.name,
           emphasis=lambda i: Emphasis.ALERT if i.id == 0 else None),
]


def model_of(size: int, batch: int = 200) -> tuple[LazyTableModel[Item], FakeList]:
    fake = FakeList(size)
    model: LazyTableModel[Item] = LazyTableModel(COLUMNS, batch_size=batch)
    model.set_source(fake.source())
    return model, fake


def test_rows_arrive_in_batches() -> None:
    model, fake = model_of(450)
    assert (model.rowCount(), model.total) == (0, 450)
    counts = []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        counts.append(model.rowCount())
    assert counts == [200, 400, 450]
    assert [(p.offset, p.limit) for p in fake.pages] == [(0, 200), (200, 200), (400, 50)]


def test_a_list_that_shrank_stops_fetching() -> None:
    model, fake = model_of(300)
    del fake.items[150:]
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 150
    assert not model.canFetchMore(QModelIndex())


def test_the_proxy_leaves_sorting_to_the_database() -> None:
    model, fake = model_of(450)
    proxy = ServerSortProxyModel()
    proxy.setSourceModel(model)
    model.fetchMore(QModelIndex())
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.order == Order("name", True)
    assert model.rowCount() == 0  # forgotten, fetched again in the new order
    proxy.fetchMore(QModelIndex())
    assert fake.pages[-1] == Page(Order("name", True), 0, 200)
    assert proxy.index(0, 1).data() == "item 0449"  # was never fetched before sorting
    proxy.sort(-1)
    proxy.fetchMore(QModelIndex())
    assert model.order == Order()
    assert proxy.index(0, 1).data() == "item 0000"


def test_roles_give_the_row_and_its_id() -> None:
    model, _fake = model_of(3)
    model.fetchMore(QModelIndex())
    index = model.index(2, 1)
    assert index.data(ROW_ROLE) == Item(2, "item 0002")
    assert index.data(ID_ROLE) == 2
    assert model.index(2, 0).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_no_source_means_no_rows() -> None:
    model, _fake = model_of(10)
    model.fetchMore(QModelIndex())
    model.set_source(None)
    assert (model.rowCount(), model.total, model.canFetchMore(QModelIndex())) == (0, 0, False)


@pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])
@pytest.mark.qt_log_level_fail("WARNING")
def test_model_tester(qtmodeltester: ModelTester, force_py: bool) -> None:
    model, _fake = model_of(450, batch=100)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=force_py)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())


@pytest.mark.qt_log_level_fail("WARNING")
def test_model_tester_through_the_proxy(qtmodeltester: ModelTester) -> None:
    model, _fake = model_of(450, batch=100)
    proxy = ServerSortProxyModel()
    proxy.setSourceModel(model)
    proxy.fetchMore(QModelIndex())
    qtmodeltester.check(proxy)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    proxy.fetchMore(QModelIndex())
    proxy.sort(-1)
    proxy.fetchMore(QModelIndex())


def test_headers_follow_the_language(qtbot: QtBot) -> None:
    model, _fake = model_of(5)
    model.fetchMore(QModelIndex())
    i18n.set_language("sv")
    with qtbot.waitSignal(model.headerDataChanged):
        model.retranslate()
    assert model.headerData(1, Qt.Orientation.Horizontal) == i18n.gettext_in("sv", "Name")
