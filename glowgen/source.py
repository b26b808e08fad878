"""Reading content files: UTF-8 text, YAML that remembers line numbers, front matter.

YAML mappings load as :class:`YamlMap` and sequences as :class:`YamlList`: plain
``dict`` and ``list`` that also know where each value stands and how each scalar was
written, so every later problem can be reported as ``path:line``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from glowgen.diagnostics import Report

try:  # libyaml is several times faster and keeps the same marks
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML
    _BaseLoader = yaml.SafeLoader


Position = tuple[int, int]  # 1-based line, 1-based column


class YamlMap(dict):
    """A mapping that remembers its own position and that of each key and value."""

    position: Position = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.key_positions: dict[Any, Position] = {}
        self.value_positions: dict[Any, Position] = {}
        self.raw: dict[Any, str] = {}  # source text of scalar values, e.g. "9:30"


class YamlList(list):
    """A sequence that remembers its own position and that of each item."""

    position: Position = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.item_positions: list[Position] = []
        self.raw: list[str | None] = []


class _MarkedLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    line_offset = 0
    duplicates: list[tuple[Position, str]]

    def position(self, node: yaml.Node) -> Position:
        return (node.start_mark.line + 1 + self.line_offset, node.start_mark.column + 1)


def _construct_map(loader: _MarkedLoader, node: yaml.MappingNode):  # type: ignore[no-untyped-def]
    data = YamlMap()
    data.position = loader.position(node)
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            loader.duplicates.append((loader.position(key_node), "a key must be a plain word"))
            continue
        if key in data:
            first = data.key_positions[key][0]
            loader.duplicates.append(
                (loader.position(key_node), f"'{key}' is given twice (first at line {first}); keep one")
            )
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_positions[key] = loader.position(key_node)
        data.value_positions[key] = loader.position(value_node)
        if isinstance(value_node, yaml.ScalarNode):
            data.raw[key] = value_node.value


def _construct_list(loader: _MarkedLoader, node: yaml.SequenceNode):  # type: ignore[no-untyped-def]
    data = YamlList()
    data.position = loader.position(node)
    yield data
    for item_node in node.value:
        data.append(loader.construct_object(item_node, deep=True))
        data.item_positions.append(loader.position(item_node))
        data.raw.append(item_node.value if isinstance(item_node, yaml.ScalarNode) else None)


def _construct_timestamp(loader: _MarkedLoader, node: yaml.ScalarNode) -> Any:
    # An impossible date such as 2026-02-30 would raise ValueError deep inside PyYAML;
    # keep it as text so the schema can say what is wrong with it.
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return node.value


_MarkedLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_MarkedLoader.add_constructor("tag:yaml.org,2002:omap", _construct_map)
_MarkedLoader.add_constructor("tag:yaml.org,2002:seq", _construct_list)
_MarkedLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def read_plain_yaml(path: Path) -> Any:
    """A file of glowgen's own (interface strings, the glossary) as plain Python values,
    read by libyaml when it is installed: these files need no positions."""
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_BaseLoader)  # noqa: S506 - a safe loader


_HINTS = {
    "mapping values are not allowed": "a value that contains ': ' must be put in quotes",
    "found character '\\t'": "indent with spaces, not tabs",
    "could not find expected ':'": "each line needs 'key: value'; text spanning lines needs quotes or '|'",
    "found undefined alias": "'*' starts a YAML alias; put the value in quotes",
    "found unexpected end of stream": "a quote or bracket is not closed",
    "expected <block end>": "check the indentation of this line and the one above",
}


_FIELD_WITHOUT_COLON = re.compile(r"(?P<indent> *)(?P<name>[A-Za-z_][\w-]*) +(?P<rest>[^\s:#-].*)$")


def _missing_colon(lines: list[str], problem: int, context: Any) -> tuple[int, str, str] | None:
    """The line YAML's error really comes from when a field lost its colon ("order 40",
    "question Waar ..."): YAML reads it as text and stumbles a line later. A line at the
    indentation of the fields around it, a word and more, with no colon."""
    first = context.line if context is not None else max(0, problem - 3)
    level = next((len(lines[i]) - len(lines[i].lstrip(" ")) for i in (problem, first)
                  if i < len(lines) and lines[i].strip()), 0)
    for index in range(min(problem, len(lines) - 1), max(first, problem - 3) - 1, -1):
        match = _FIELD_WITHOUT_COLON.match(lines[index])
        if match and len(match["indent"]) == level and ": " not in lines[index] and not lines[index].endswith(":"):
            return index, match["name"], match["rest"].strip()
    return None


def parse_yaml(text: str, path: str, report: Report, line_offset: int = 0) -> Any:
    """Parse YAML text; problems go to ``report`` and the result is then ``None``."""
    loader = _MarkedLoader(text)
    loader.line_offset = line_offset
    loader.duplicates = []
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark else 1 + line_offset
        column = (mark.column + 1) if mark else 0
        problem = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        hint = next((h for key, h in _HINTS.items() if key in problem), "check the YAML syntax")
        source_lines = text.split("\n")
        if mark and mark.line < len(source_lines) and "\t" in source_lines[mark.line]:
            hint = "indent with spaces, not tabs"
        missing = _missing_colon(source_lines, mark.line if mark else 0, exc.context_mark)
        if missing is not None:
            index, name, rest = missing
            report.error(path, index + 1 + line_offset, "yaml", f"'{name}' has no colon after it: a field is "
                         f"written 'name: value'; write '{name}: {rest}'", 1)
            return None
        report.error(path, line, "yaml", f"YAML cannot read this: {problem}; {hint}", column)
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark
        report.error(path, 1 + line_offset, "yaml", f"YAML cannot read this file: {exc}")
        return None
    finally:
        loader.dispose()
    for (line, column), message in loader.duplicates:
        report.error(path, line, "duplicate-key", message, column)
    return data


def read_text(file: Path, path: str, report: Report) -> str | None:
    """The file's text with Unix newlines, or ``None`` (reported) if it is not UTF-8."""
    data = file.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        report.error(
            path, line, "encoding",
            f"this file is not UTF-8 text (byte 0x{data[exc.start]:02X}); "
            "save it as UTF-8 in your editor",
            column,
        )
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Document:
    """A Markdown file split into its front matter and its body."""

    front_matter: Any  # a YamlMap when well formed
    body: str
    body_line: int  # the line of the file on which the body starts
    text: str = ""  # the whole file, as read


def read_document(file: Path, path: str, report: Report) -> Document | None:
    """Read a Markdown file with YAML front matter between two ``---`` lines."""
    text = read_text(file, path, report)
    if text is None:
        return None
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        report.error(path, 1, "front-matter",
                     "the file must start with front matter: a line '---', fields such as "
                     "'title: ...', then another '---' line")
        return Document(YamlMap(), text, 1, text)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            break
    else:
        report.error(path, 1, "front-matter",
                     "the front matter opened on line 1 is never closed; add a line '---' "
                     "after the last field")
        return None
    front = "\n".join(lines[1:index])
    data = parse_yaml(front, path, report, line_offset=1) if front.strip() else YamlMap()
    if data is None:
        return None
    if not isinstance(data, dict):
        report.error(path, 2, "front-matter",
                     "the front matter must be fields written as 'name: value', one a line")
        return None
    return Document(data, "\n".join(lines[index + 1 :]), index + 2, text)


def is_date(value: Any) -> bool:
    """True for a calendar date, false for a date-time (YAML gives both)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
