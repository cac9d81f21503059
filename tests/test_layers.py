"""Dependencies point one way: gui → services → (documents, store) → domain.

And SQL is spoken in ``store/`` only: outside it, no raw statements, pragmas,
full-text queries or SQL functions — services use the ORM models and ``select()``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kasve_desktop"

# For each layer: module prefixes it must never import.
STORAGE = ("sqlalchemy", "sqlcipher3", "alembic", "kasve_desktop.store")
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "sqlcipher3", "reportlab",
               "kasve_desktop.store", "kasve_desktop.services", "kasve_desktop.documents",
               "kasve_desktop.demo", "kasve_desktop.gui", "kasve_desktop.cli"),
    "store": ("PySide6", "reportlab", "kasve_desktop.services", "kasve_desktop.documents",
              "kasve_desktop.demo", "kasve_desktop.gui", "kasve_desktop.cli"),
    "documents": ("PySide6", "sqlalchemy", "sqlcipher3", "kasve_desktop.store",
                  "kasve_desktop.services", "kasve_desktop.demo", "kasve_desktop.gui",
                  "kasve_desktop.cli"),
    "services": ("PySide6", "sqlcipher3", "kasve_desktop.demo", "kasve_desktop.gui",
                 "kasve_desktop.cli"),
    "demo": ("PySide6", "sqlcipher3", "kasve_desktop.gui", "kasve_desktop.cli"),
    # The window and the command line reach storage only through the services.
    "gui": STORAGE,
    "cli": STORAGE,
    "clock.py": ("PySide6", "sqlalchemy", "kasve_desktop"),
    "i18n.py": ("PySide6", "sqlalchemy"),
    "paths.py": ("PySide6", "sqlalchemy"),
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


# Outside store/: what builds or runs SQL by hand, and the SQL words that give it away.
RAW_SQL_IMPORTS = ("sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text",
                   "sqlalchemy.literal_column", "sqlalchemy.sql.literal_column",
                   "sqlalchemy.sql.expression.literal_column", "sqlalchemy.event", "sqlcipher3")
RAW_SQL_CALLS = ("exec_driver_sql", "create_function")
RAW_SQL_WORDS = ("PRAGMA ", " MATCH ")


def _is_under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in prefixes)


def _import_aliases(tree: ast.Module) -> dict[str, str]:
    """Each name a module binds by importing, with the dotted name it stands for."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases |= {(a.asname or a.name.split(".")[0]): (a.name if a.asname else
                                                            a.name.split(".")[0])
                        for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            aliases |= {(a.asname or a.name): f"{node.module}.{a.name}" for a in node.names}
    return aliases


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        owner = _dotted(node.value)
        return None if owner is None else f"{owner}.{node.attr}"
    return None


def _raw_call(call: ast.Call, aliases: dict[str, str], own_names: set[str]) -> str | None:
    """What makes ``call`` raw SQL: a driver call, ``text(…)`` or another SQL builder."""
    if isinstance(call.func, ast.Attribute) and call.func.attr in RAW_SQL_CALLS:
        return call.func.attr
    name = _dotted(call.func)
    if name is None:
        return None
    head, _, rest = name.partition(".")
    if head in aliases:
        resolved = aliases[head] + ("." + rest if rest else "")
        return resolved if _is_under(resolved, RAW_SQL_IMPORTS) else None
    if name in RAW_SQL_CALLS or (name == "text" and name not in own_names):
        return name
    return None


def raw_sql(path: Path) -> list[str]:
    """Where a module builds or runs SQL by hand (imports, calls, SQL in its strings)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = _import_aliases(tree)
    own = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    found = [f"imports {name}" for name in sorted(imported_modules(path))
             if _is_under(name, RAW_SQL_IMPORTS)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (called := _raw_call(node, aliases, own)):
            found.append(f"line {node.lineno} calls {called}")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and any(word in node.value for word in RAW_SQL_WORDS)):
            found.append(f"line {node.lineno} holds SQL: {node.value[:40]!r}")
    return found


def modules_of(layer: str) -> list[Path]:
    target = PACKAGE / layer
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    modules = modules_of(layer)
    assert modules, f"no modules found in {layer}"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules
        for name in sorted(imported_modules(path))
        if _is_under(name, FORBIDDEN[layer])
    ]
    assert offences == []


# Every part of the package but store/: the layers below it and the window above.
OUTSIDE_STORE = sorted(path.name for path in PACKAGE.iterdir() if path.name != "store"
                       and (path.suffix == ".py" or (path / "__init__.py").is_file()))


@pytest.mark.parametrize("part", OUTSIDE_STORE)
def test_sql_is_spoken_in_store_only(part: str) -> None:
    offences = [f"{path.relative_to(PACKAGE)} {offence}"
                for path in modules_of(part) for offence in raw_sql(path)]
    assert offences == []


def test_the_checker_finds_the_sql_in_store() -> None:
    assert {"services", "demo", "documents", "domain", "gui", "cli"} <= set(OUTSIDE_STORE)
    found = {path.name: raw_sql(path) for path in modules_of("store")}
    assert found["diagnostics.py"] and found["people_queries.py"] and found["connection.py"]


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtWidgets", "sqlalchemy.orm"} <= imported_modules(module)


@pytest.mark.parametrize(("source", "offence"), [
    ("from sqlalchemy import text\n", "imports sqlalchemy.text"),
    ("from sqlalchemy.sql import text as sql_text\n", "imports sqlalchemy.sql.text"),
    ("from sqlalchemy import literal_column\n", "imports sqlalchemy.literal_column"),
    ("from sqlalchemy import event\n", "imports sqlalchemy.event"),
    ("import sqlalchemy.event\n", "imports sqlalchemy.event"),
    ("import sqlcipher3\n", "imports sqlcipher3"),
    ("connection.exec_driver_sql('VACUUM')\n", "calls exec_driver_sql"),
    ("dbapi.create_function('fold', 1, str.casefold)\n", "calls create_function"),
    ("session.execute(text('SELECT 1'))\n", "calls text"),
    ("import sqlalchemy as sa\nsa.text('SELECT 1')\n", "calls sqlalchemy.text"),
    ("from sqlalchemy import sql\nsql.literal_column('rowid')\n",
     "calls sqlalchemy.sql.literal_column"),
    ("CHECK = 'PRAGMA integrity_check'\n", "holds SQL: 'PRAGMA integrity_check'"),
    ("WHERE = f'person_fts MATCH {query}'\n", "holds SQL: 'person_fts MATCH '"),
])
def test_the_checker_sees_raw_sql(tmp_path: Path, source: str, offence: str) -> None:
    module = tmp_path / "bad.py"
    module.write_text(source)
    assert [found for found in raw_sql(module) if offence in found]


def test_the_checker_lets_orm_code_through(tmp_path: Path) -> None:
    module = tmp_path / "good.py"
    module.write_text(
        "from sqlalchemy import func, literal, select\n"
        "from kasve_desktop.domain import validation as check\n"
        "rows = session.execute(select(func.count()).where(literal(1) == 1))\n"
        "value = check.text(' x ') + problem.text()\n"
        "NOTE = 'The existing person a MATCHED row belongs to; a pragmatic match.'\n"
        "def text(value: str) -> str:\n    return value\n"
        "text('own function')\n")
    assert raw_sql(module) == []
    module.write_text("from kasve_desktop.domain.validation import text\ntext(' x ')\n")
    assert raw_sql(module) == []


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Which of our modules each module imports (at any place in the file)."""
    paths = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    prefix = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join([*prefix, *([node.module] if node.module else [])])
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in paths else base)
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
        graph[name] = {t for t in targets if t in paths and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    """Not even through imports inside functions or under TYPE_CHECKING."""
    assert cycles(import_graph()) == []


def test_the_cycle_finder_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
