"""The architecture as a test: lower layers never import higher ones, and no module imports
itself back through others. Read from the source's import statements (late imports included,
since a late import is how a cycle hides), not from what happens to be loaded."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsclean"

# Lowest first. A module may import its own layer and the ones below, never one above.
LAYERS: list[tuple[str, ...]] = [
    ("errors", "rules", "_regex_safety"),
    ("article", "config"),
    ("text",),
    ("mojibake", "structure", "steps", "io", "io.decoding"),
    ("pipeline",),
    ("api",),
    ("batch", "_pool", "distributed", "io.files", "io.datafiles"),
    ("cli", "_docs", "__init__", "__main__"),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def layer_of(module: str) -> int:
    best, found = -1, -1
    for level, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), level
    if found < 0:
        raise AssertionError(f"newsclean.{module} is in no layer: add it to LAYERS")
    return found


def imports_of(path: Path) -> set[str]:
    """The newsclean modules a source file imports, as names relative to the package."""
    package = list(path.parent.relative_to(SRC).parts)  # what `from .` means in this file
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and (node.module + ".").startswith("newsclean."):
                target = node.module.split(".")[1:]
            else:
                continue
            for alias in node.names:
                # `from . import steps` names a module; `from .config import Config` a value
                candidate = SRC.joinpath(*target, alias.name)
                if candidate.with_suffix(".py").exists() or (candidate / "__init__.py").exists():
                    found.add(".".join([*target, alias.name]))
                else:
                    found.add(".".join(target) or "__init__")
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".", 1)[1] for a in node.names
                         if a.name.startswith("newsclean."))
    found.discard(module_name(path))
    return found


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle in the graph, or []. A package importing its own submodules (to
    re-export them) is not a cycle."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if target not in graph or target.startswith(module + "."):
                continue
            if state.get(target) == 1:
                return [*path[path.index(target):], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return []


GRAPH = {module_name(path): imports_of(path) for path in sorted(SRC.rglob("*.py"))}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_upward_import(module: str) -> None:
    upward = sorted(name for name in GRAPH[module] if layer_of(name) > layer_of(module))
    assert not upward, f"newsclean.{module} (layer {layer_of(module)}) imports higher: {upward}"


def test_no_import_cycle() -> None:
    cycle = find_cycle(GRAPH)
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_no_module_imports_its_own_package() -> None:
    # A package importing its modules (to re-export them) is not a cycle, so a module that
    # imports back from its package (`from . import quoted` in structure/headlines.py) would
    # hide one there: shared helpers go in a module of their own (structure/shared.py).
    back = sorted(f"{module} -> {target}" for module, targets in GRAPH.items()
                  for target in targets if module.startswith(target + "."))
    assert not back, f"modules importing their own package: {back}"


def test_what_the_structure_finders_share_imports_no_finder() -> None:
    # The finders (structure/headlines.py, bylines, datelines, footer) may use each other
    # where no cycle results; what they all use stays beneath every one of them.
    for module in ("structure.shared", "structure.dates"):
        finders = sorted(t for t in GRAPH[module] if t.startswith("structure"))
        assert not finders, f"newsclean.{module} imports {finders}"


def test_the_checks_see_a_cycle_and_an_upward_import() -> None:
    cyclic = {"config": {"pipeline"}, "pipeline": {"steps.markup"}, "steps.markup": {"config"}}
    assert find_cycle(cyclic) == ["config", "pipeline", "steps.markup", "config"]
    package = {"structure": {"structure.dates"}, "structure.dates": {"rules"}, "rules": set()}
    assert find_cycle(package) == []
    assert layer_of("rules.debris") < layer_of("config") < layer_of("steps.markup")
    assert layer_of("steps.markup") < layer_of("pipeline") < layer_of("cli.report")
    assert "pipeline" in GRAPH["api"] and "config" in GRAPH["steps.markup"]


def test_the_compiled_build_names_every_hot_module_and_only_files_that_exist() -> None:
    """The runner, the text helpers, the cleaning steps that run on every text and every
    module of ``structure/`` are compiled with mypyc (pyproject.toml): a module split off
    one of them or moved stays compiled."""
    tomllib = pytest.importorskip("tomllib")
    root = SRC.parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]["include"]
    assert [path for path in include if not (root / path).is_file()] == []
    hot = {SRC / "pipeline.py", SRC / "text.py", SRC / "steps" / "markup.py",
           SRC / "steps" / "whitespace.py", *(SRC / "structure").glob("*.py")}
    assert sorted(str(path.relative_to(root)) for path in hot) == sorted(include)
