"""Find the texts ``pyside6-lupdate`` cannot see in ui/, and show them to it through stub files.

lupdate reads only literal ``self.tr("...")``, ``QCoreApplication.translate("Ctx", "...")`` and
``QT_TRANSLATE_NOOP`` calls. Three patterns in ui/ hide texts from it, or file them under a context
Qt never asks for at run time:

* a wrapper such as ``def _t(text): return QCoreApplication.translate("Messages", text)`` called
  as ``_t("...")`` (lupdate misses the call, or files it under the empty context);
* a wrapper or ``translate`` given an element of a tuple of literals, e.g. ``_t(HEADERS[i])``;
* ``owner.tr("...")`` in a module-level function, which lupdate files under the context
  ``owner`` while PySide asks for the class of the object passed in (``sex_text(self, ...)``);
* ``self.tr("...")`` inside an f-string, which lupdate does not read at all;
* ``t = QCoreApplication.translate`` followed by ``t("Ctx", "...")``.

:func:`write_stubs` writes, for each source file concerned, a stub under ``build/lupdate/`` with a
``QCoreApplication.translate("Ctx", "...")`` call on the same line number as the original text;
:func:`fix_ts` then points those locations back at the real file and drops the messages lupdate
filed under the wrong context.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}
STUB_DIR = Path("build") / "lupdate"


@dataclass(frozen=True)
class Found:
    """One text found in a source file.

    Attributes:
        path: The source file, relative to the project root (posix).
        line: Line of the text in that file.
        context: The translation context Qt asks for at run time.
        text: The source text.
        comment: The disambiguation, if any.
    """

    path: str
    line: int
    context: str
    text: str
    comment: str | None = None


@dataclass
class Extraction:
    """What :func:`find_texts` found.

    Attributes:
        found: Texts to show lupdate.
        claimed: (path, line) of calls whose lupdate context is wrong (to drop after lupdate).
        bogus_contexts: Contexts lupdate makes up for these calls ("", parameter names).
        unresolved: Human-readable notes on dynamic texts that could not be resolved.
        root: The project root the paths are relative to.
    """

    found: list[Found]
    claimed: set[tuple[str, int]]
    bogus_contexts: set[str]
    unresolved: list[str]
    root: Path = Path()


def _str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_translate(node: ast.AST) -> bool:
    """True for the expression ``QCoreApplication.translate`` (or QApplication's)."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in _APPS
    )


def _translate_context(call: ast.Call) -> str | None:
    """Return the context of a ``QCoreApplication.translate("Ctx", ...)`` call, else None."""
    if _is_translate(call.func) and call.args:
        return _str(call.args[0])
    return None


def _translate_aliases(tree: ast.Module) -> set[str]:
    """Return the names bound to ``QCoreApplication.translate`` (``t = ...translate``)."""
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _is_translate(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _own_nodes(func: ast.AST) -> Iterable[ast.AST]:
    """Walk a function's body without entering nested functions or classes."""
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))


def _params(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    return [a.arg for a in (*func.args.posonlyargs, *func.args.args)]


def _wrapper(func: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, int] | None:
    """Return (context, index of the text parameter) if ``func`` wraps ``translate``."""
    params = _params(func)
    for node in _own_nodes(func):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            ctx = _translate_context(node.value)
            args = node.value.args
            text = args[1] if ctx is not None and len(args) == 2 else None
            if isinstance(text, ast.Name) and text.id in params:
                return ctx, params.index(text.id)
    return None


def _literal_tuples(tree: ast.Module) -> dict[str, list[tuple[int, str]]]:
    """Return name -> [(line, text)] of every tuple/list of string literals assigned in a module."""
    tuples: dict[str, list[tuple[int, str]]] = {}
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if not isinstance(value, ast.Tuple | ast.List) or not value.elts:
            continue
        items = [(e.lineno, _str(e)) for e in value.elts]
        if any(text is None for _line, text in items):
            continue
        for target in targets:
            name = target.id if isinstance(target, ast.Name) else None
            if isinstance(target, ast.Attribute):
                name = target.attr
            if name:
                tuples[name] = [(line, text) for line, text in items if text is not None]
    # ``title = HEADERS[i]`` and ``for title in HEADERS`` make ``title`` stand for the tuple.
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, source = node.targets[0], _collection_name(node.value)
        elif isinstance(node, ast.For):
            target = node.target
            source = node.iter.id if isinstance(node.iter, ast.Name) else None
            if isinstance(node.iter, ast.Attribute):
                source = node.iter.attr
        else:
            continue
        if isinstance(target, ast.Name) and source in tuples and target.id not in tuples:
            tuples[target.id] = tuples[source]
    return tuples


def _noop_contexts(tree: ast.Module) -> set[str]:
    """Return the contexts of the module's ``QT_TRANSLATE_NOOP`` calls (lupdate sees those)."""
    found = set()
    for node in ast.walk(tree):
        func = node.func if isinstance(node, ast.Call) else None
        if isinstance(func, ast.Name) and func.id.startswith("QT_TRANSLATE_NOOP"):
            ctx = _str(node.args[0]) if node.args else None  # type: ignore[attr-defined]
            if ctx is not None:
                found.add(ctx)
    return found


def _lines(rel: str, node: ast.AST) -> set[tuple[str, int]]:
    """Return every (file, line) a call spans: lupdate may place it on any of them."""
    first = getattr(node, "lineno", 0)
    last = getattr(node, "end_lineno", None) or first
    return {(rel, line) for line in range(first, last + 1)}


def _collection_name(node: ast.expr) -> str | None:
    """Return ``X`` for ``X[i]``, ``self.X[i]`` or ``Cls.X[i]``."""
    if isinstance(node, ast.Subscript):
        base = node.value
        if isinstance(base, ast.Name):
            return base.id
        if isinstance(base, ast.Attribute):
            return base.attr
    return None


class _ModuleScan(ast.NodeVisitor):
    """Collect wrapper calls, dynamic translate calls and ``param.tr`` functions of one module."""

    def __init__(self, rel: str, tree: ast.Module, out: Extraction) -> None:
        self.rel = rel
        self.out = out
        self.tuples = _literal_tuples(tree)
        self.noop_contexts = _noop_contexts(tree)
        self.aliases = _translate_aliases(tree)
        self.scopes: list[dict[str, tuple[str, int]]] = []
        self.classes: list[str] = []
        self.params: list[set[str]] = []
        #: function name -> (parameter index, parameter name, [(line, text, comment)])
        self.param_tr: dict[str, tuple[int, str, list[tuple[int, str, str | None]]]] = {}
        #: (function name, argument index, class calling it with self)
        self.self_calls: list[tuple[str, int | str, str]] = []
        self.visit_scope(tree)

    def visit_scope(self, node: ast.AST) -> None:
        scope: dict[str, tuple[str, int]] = {}
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                wrap = _wrapper(child)
                if wrap is not None:
                    scope[child.name] = wrap
        self.scopes.append(scope)
        self.generic_visit(node)
        self.scopes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: D102
        if len(self.scopes) == 1:
            self._scan_param_tr(node)
        self.params.append(set(_params(node)))
        self.visit_scope(node)
        self.params.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]  # noqa: N815

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: D102
        self.classes.append(node.name)
        self.visit_scope(node)
        self.classes.pop()

    def _scan_param_tr(self, func: ast.FunctionDef) -> None:
        params = _params(func)
        hits: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
        for node in _own_nodes(func):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            owner = node.func.value
            if node.func.attr != "tr" or not isinstance(owner, ast.Name):
                continue
            if owner.id in params and owner.id not in ("self", "cls"):
                text = _str(node.args[0]) if node.args else None
                comment = _str(node.args[1]) if len(node.args) > 1 else None
                if text is not None:
                    hits[owner.id].append((node.lineno, text, comment))
                    self.out.claimed.update(_lines(self.rel, node))
        for name, texts in hits.items():
            self.param_tr[func.name] = (params.index(name), name, texts)
            self.out.bogus_contexts.add(name)

    def _resolve(self, name: str) -> tuple[str, int] | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def _emit(self, ctx: str, arg: ast.expr, where: str) -> None:
        text = _str(arg)
        if text is not None:
            self.out.found.append(Found(self.rel, arg.lineno, ctx, text))
            return
        coll = _collection_name(arg)
        if coll is not None and coll in self.tuples:
            for line, item in self.tuples[coll]:
                self.out.found.append(Found(self.rel, line, ctx, item))
            return
        if isinstance(arg, ast.Name) and arg.id in self.tuples:
            for line, item in self.tuples[arg.id]:
                self.out.found.append(Found(self.rel, line, ctx, item))
            return
        if ctx in self.noop_contexts:
            return  # texts marked with QT_TRANSLATE_NOOP in this module; lupdate has them
        self.out.unresolved.append(
            f"{self.rel}:{arg.lineno}: {where} of {ast.unparse(arg)} (context {ctx})"
        )

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:  # noqa: D102
        # lupdate does not look inside f-strings: f"<b>{self.tr('Zone')}</b>" needs a stub.
        for call in ast.walk(node):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            f = call.func
            text = _str(call.args[0])
            is_self_tr = (
                isinstance(f, ast.Attribute)
                and f.attr == "tr"
                and isinstance(f.value, ast.Name)
                and f.value.id == "self"
            )
            if is_self_tr and text is not None and self.classes:
                comment = _str(call.args[1]) if len(call.args) > 1 else None
                self.out.found.append(Found(self.rel, call.lineno, self.classes[-1], text, comment))
            ctx = _translate_context(call)
            if ctx is not None and len(call.args) > 1 and _str(call.args[1]) is not None:
                self.out.found.append(Found(self.rel, call.lineno, ctx, _str(call.args[1]) or ""))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: D102
        f = node.func
        if isinstance(f, ast.Name) and f.id in self.aliases and len(node.args) > 1:
            # t = QCoreApplication.translate; t("Ctx", "text") is invisible to lupdate.
            ctx, text = _str(node.args[0]), _str(node.args[1])
            if ctx is not None and text is not None:
                comment = _str(node.args[2]) if len(node.args) > 2 else None
                self.out.found.append(Found(self.rel, node.args[1].lineno, ctx, text, comment))
        if isinstance(f, ast.Name):
            wrap = self._resolve(f.id)
            if wrap is not None and len(node.args) > wrap[1]:
                ctx, idx = wrap
                self.out.claimed.update(_lines(self.rel, node))
                self._emit(ctx, node.args[idx], f"{f.id}()")
            if self.classes:
                for i, a in enumerate(node.args):
                    if isinstance(a, ast.Name) and a.id == "self":
                        self.self_calls.append((f.id, i, self.classes[-1]))
                for kw in node.keywords:
                    if isinstance(kw.value, ast.Name) and kw.value.id == "self" and kw.arg:
                        self.self_calls.append((f.id, kw.arg, self.classes[-1]))
        ctx = _translate_context(node)
        if ctx is not None and len(node.args) > 1 and _str(node.args[1]) is None:
            arg = node.args[1]
            # The translate(ctx, text) inside a wrapper: its callers are handled above.
            in_wrapper = isinstance(arg, ast.Name) and self.params and arg.id in self.params[-1]
            if not in_wrapper:
                self._emit(ctx, arg, "translate()")
        self.generic_visit(node)


def find_texts(root: Path, folder: str = "ui") -> Extraction:
    """Scan every ``.py`` file under ``root/folder`` for texts lupdate cannot see."""
    # lupdate files a tr() outside any class (a local ``def tr`` wrapper) under "".
    out = Extraction([], set(), {""}, [], root.resolve())
    scans: list[_ModuleScan] = []
    for path in sorted((root / folder).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        scans.append(_ModuleScan(rel, tree, out))
    param_tr = {name: (scan.rel, spec) for scan in scans for name, spec in scan.param_tr.items()}
    used: set[str] = set()
    for scan in scans:
        for func, where, cls in scan.self_calls:
            if func not in param_tr:
                continue
            rel, (idx, pname, texts) = param_tr[func]
            if where not in (idx, pname):
                continue
            used.add(func)
            out.found.extend(Found(rel, line, cls, text, comment) for line, text, comment in texts)
    for func, (rel, (_idx, pname, texts)) in sorted(param_tr.items()):
        if func not in used:
            out.unresolved.append(
                f"{rel}:{texts[0][0]}: {func}() calls {pname}.tr() but no caller passes self"
            )
    return out


def _py_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def write_stubs(root: Path, extraction: Extraction, stub_root: Path | None = None) -> list[Path]:
    """Write one stub per source file under ``root/build/lupdate`` and return their paths."""
    stub_root = stub_root or root / STUB_DIR
    shutil.rmtree(stub_root, ignore_errors=True)
    by_file: dict[str, dict[int, list[Found]]] = defaultdict(lambda: defaultdict(list))
    for f in dict.fromkeys(extraction.found):
        by_file[f.path][f.line].append(f)
    written: list[Path] = []
    for rel, lines in sorted(by_file.items()):
        out_lines = [""] * max(lines)
        for line, items in lines.items():
            calls = []
            for f in items:
                args = [_py_string(f.context), _py_string(f.text)]
                if f.comment is not None:
                    args.append(_py_string(f.comment))
                calls.append(f"QCoreApplication.translate({', '.join(args)})")
            out_lines[line - 1] = "; ".join(calls)
        stub = stub_root / rel
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        written.append(stub)
    return written


_CONTEXT_RE = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>\n", re.S)
_MESSAGE_RE = re.compile(r"    <message[^>]*>\n.*?    </message>\n", re.S)
_LOCATION_RE = re.compile(r'        <location filename="([^"]*)" line="(\d+)"/>\n')


def _source(ts: Path, location: str, root: Path) -> str:
    """Return a .ts location as a path relative to the project root (posix)."""
    path = Path(os.path.normpath(ts.resolve().parent / location))
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return location.removeprefix("../../")


def fix_ts(ts: Path, extraction: Extraction) -> None:
    """Point stub locations back at the real files and drop messages filed under bogus contexts.

    The file keeps lupdate's exact layout (the edit is textual), so a later lupdate run does not
    reformat it.
    """
    text = ts.read_text(encoding="utf-8")
    text = text.replace(f'filename="../../{STUB_DIR.as_posix()}/', 'filename="../../')

    def fix_context(m: re.Match[str]) -> str:
        name, body = m.group(1), m.group(2)
        if name not in extraction.bogus_contexts:
            return m.group(0)

        def fix_message(mm: re.Match[str]) -> str:
            block = mm.group(0)
            locs = _LOCATION_RE.findall(block)
            bogus = [
                (f, ln)
                for f, ln in locs
                if (_source(ts, f, extraction.root), int(ln)) in extraction.claimed
            ]
            if locs and len(bogus) == len(locs):
                return ""
            for f, ln in bogus:
                block = block.replace(f'        <location filename="{f}" line="{ln}"/>\n', "")
            return block

        body = _MESSAGE_RE.sub(fix_message, body)
        if not _MESSAGE_RE.search(body):
            return ""
        return f"<context>\n    <name>{name}</name>\n{body}</context>\n"

    text = _CONTEXT_RE.sub(fix_context, text)
    ts.write_text(text, encoding="utf-8")


def main() -> None:
    """Print what the scan finds (for a quick look: ``python tools/ts_extract.py``)."""
    root = Path(__file__).resolve().parent.parent
    ex = find_texts(root)
    for f in ex.found:
        print(f"{f.path}:{f.line}\t{f.context}\t{f.text!r}")
    for note in ex.unresolved:
        print("UNRESOLVED", note, file=sys.stderr)


if __name__ == "__main__":
    main()
