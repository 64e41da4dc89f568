"""Safe YAML reading with limits and line numbers for every value."""

from __future__ import annotations

import re
from typing import Any

import yaml

from cxassess.core.problems import CxError, Path, Problem

MAX_BYTES = 2 * 1024 * 1024
MAX_ALIASES = 100
MAX_NODES = 200_000
MAX_DEPTH = 64  # a questionnaire nests about 8 deep; PyYAML recurses per level

_BOOL_TAG = "tag:yaml.org,2002:bool"


class _LimitedLoader(yaml.SafeLoader):
    """SafeLoader that counts aliases and reads only true/false as booleans.

    YAML 1.1 turns `yes`, `no`, `on` and `off` into booleans, which silently
    corrupts text such as an answer label; here they stay strings.
    """

    def __init__(self, stream: str, source: str) -> None:
        super().__init__(stream)
        self.alias_count = 0
        self.depth = 0
        self.source = source or "The YAML"

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise CxError(
                    f"{self.source} uses more than {MAX_ALIASES} aliases (line "
                    f"{mark.line + 1}); a questionnaire never needs that many, so it was not read."
                )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise CxError(
                    f"{self.source} nests more than {MAX_DEPTH} levels deep (line "
                    f"{mark.line + 1}); a questionnaire never does, so it was not read."
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_LimitedLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != _BOOL_TAG]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LimitedLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class LineMap:
    """Maps a value's location (a path of keys and indexes) to its line in the file."""

    def __init__(self) -> None:
        self._lines: dict[Path, int] = {}

    def add(self, path: Path, line: int) -> None:
        self._lines.setdefault(path, line)

    def line_for(self, path: Path) -> int | None:
        """The line of the value at `path`, or of its nearest ancestor that has one."""
        probe = tuple(path)
        while True:
            if probe in self._lines:
                return self._lines[probe]
            if not probe:
                return None
            probe = probe[:-1]


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # guards against recursive aliases
    size = 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            size += _expanded_size(k, memo) + _expanded_size(v, memo)
            if size > MAX_NODES:
                break
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            size += _expanded_size(item, memo)
            if size > MAX_NODES:
                break
    memo[key] = size
    return size


def _map_lines(node: yaml.Node, path: Path, lines: LineMap, seen: set[int]) -> None:
    lines.add(path, node.start_mark.line + 1)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                lines.add((*path, str(k.value)), k.start_mark.line + 1)
                _map_lines(v, (*path, str(k.value)), lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _map_lines(item, (*path, i), lines, seen)


def _unreadable_character(text: str, exc: yaml.reader.ReaderError, label: str) -> str:
    position = max(0, int(exc.position))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return (
        f"{label}: line {line}, column {column} holds the control character U+{code:04X}, "
        "which YAML does not allow; remove it (it is often left by copying from another "
        "program) and try again."
    )


def load_yaml(text: str, source: str = "") -> tuple[Any, LineMap]:
    """Parse YAML text safely; return the data and a map from paths to lines.

    Raises CxError for oversized input, alias bombs and syntax errors.
    """
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise CxError(f"{source or 'The YAML'} is larger than {MAX_BYTES // (1024 * 1024)} MiB.")
    label = source or "The YAML"
    try:
        # the reader checks every character as the loader is built, so this is inside the try
        loader = _LimitedLoader(text, source)
    except yaml.reader.ReaderError as exc:
        raise CxError(_unreadable_character(text, exc, label)) from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise CxError(f"{source or 'The YAML'} is empty.")
        if _expanded_size(node, {}) > MAX_NODES:
            raise CxError(
                f"{source or 'The YAML'} expands to more than {MAX_NODES:,} values "
                "through aliases, so it was not read."
            )
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise CxError(
            "The YAML could not be read.",
            [Problem((), f"YAML syntax error: {exc.problem}", line, source)],
        ) from None
    except yaml.reader.ReaderError as exc:
        raise CxError(_unreadable_character(text, exc, label)) from None
    except yaml.YAMLError as exc:
        raise CxError(f"{label} could not be read: {exc}") from None
    except RecursionError:
        raise CxError(f"{label} is nested too deeply to be a questionnaire.") from None
    finally:
        loader.dispose()
    lines = LineMap()
    _map_lines(node, (), lines, set())
    return data, lines
