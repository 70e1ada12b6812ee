"""Check the generated Swift bindings as far as this machine can (no Swift compiler here).

1. The Swift file parses with tree-sitter-swift (no ERROR or MISSING nodes).
2. The modulemap is a module of the configured name and points at the generated header.
3. Every C symbol the Swift file calls is declared in the header, and every function the
   header declares is exported by the native library (so the XCFramework will link).
4. The public API the apps use is present: the SafeSteps class, its methods, ApiError cases.

Usage: python check_swift.py GENERATED_SWIFT_DIR NATIVE_LIBRARY
"""
import re
import subprocess
import sys
from pathlib import Path

import tree_sitter_swift
from tree_sitter import Language, Parser

MODULE = "SafeStepsCore"
FFI_MODULE = "SafeStepsCoreFFI"


def fail(msg):
    print(f"FAIL: {msg}")
    return 1


# tree-sitter-swift cannot parse a compiler-version `#if` wrapped around a lone attribute,
# which UniFFI emits before many declarations. Blank those three lines out (keeping line
# numbers) so the rest of the file is still checked.
VERSIONED_ATTRIBUTE = re.compile(rb"^[ \t]*#if swift\(>=[0-9.]+\)\n([ \t]*@[^\n]*)\n[ \t]*#endif$", re.M)

# Nor a closure whose body is the empty tuple, `{ () }`, which UniFFI emits for callback
# methods that return nothing (the LogSink). `{ }` means the same to Swift; same length.
UNIT_CLOSURE = re.compile(rb"= \{ \(\) \}$", re.M)


def parse_errors(source: bytes):
    source = VERSIONED_ATTRIBUTE.sub(lambda m: b"\n" + m.group(1) + b"\n", source)
    source = UNIT_CLOSURE.sub(b"= {    }", source)
    parser = Parser(Language(tree_sitter_swift.language()))
    tree = parser.parse(source)
    errors = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            errors.append((node.start_point[0] + 1, node.start_point[1] + 1, node.type))
        stack.extend(node.children)
    return errors


def main(gen_dir: str, lib: str) -> int:
    gen = Path(gen_dir)
    swift = (gen / f"{MODULE}.swift").read_bytes()
    header = (gen / f"{FFI_MODULE}.h").read_text()
    modulemap = (gen / f"{FFI_MODULE}.modulemap").read_text()
    checks = failures = 0

    errs = parse_errors(swift)
    checks += 1
    if errs:
        failures += fail(f"{len(errs)} parse errors in {MODULE}.swift, first at {errs[0]}")

    checks += 1
    if not re.search(rf"module\s+{FFI_MODULE}\s*\{{", modulemap) or f'header "{FFI_MODULE}.h"' not in modulemap:
        failures += fail("modulemap does not declare the FFI module with its header")
    checks += 1
    if f"import {FFI_MODULE}" not in swift.decode():
        failures += fail(f"{MODULE}.swift does not import {FFI_MODULE}")

    text = swift.decode()
    called = set(re.findall(r"\b((?:uniffi|ffi)_safesteps_ffi_\w+)\s*\(", text))
    declared = set(re.findall(r"\b((?:uniffi|ffi)_safesteps_ffi_\w+)\s*\(", header))
    checks += 1
    if not called:
        failures += fail("no FFI calls found in the Swift file")
    missing = sorted(called - declared)
    if missing:
        failures += fail(f"Swift calls symbols the header lacks: {missing[:5]}")

    exported = set(
        subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True)
        .stdout.split()
    )
    checks += 1
    not_exported = sorted(s for s in declared if s not in exported)
    if not_exported:
        failures += fail(f"header declares symbols the library does not export: {not_exported[:5]}")

    expectations = {
        "SafeSteps class": r"open class SafeSteps\b|public class SafeSteps\b",
        "constructor(dbPath:options:)": r"public convenience init\(dbPath: String, options: OpenOptions\)\s*throws",
        "lesson(lessonId:learnerId:)": r"func lesson\(lessonId: String, learnerId: String\?\)\s*throws",
        "answer(...)": r"func answer\(learnerId: String, questionId: String, selected: \[String\], timeTakenMs: Int64\?\)\s*throws",
        # Every error kind carries code, reason, text and detail (issue 14), and `info()`.
        "ApiError.notFound": r"case (?:NotFound|notFound)\(\s*code: String,\s*reason: String\?,\s*text: String,\s*detail: String\s*\)",
        "ApiError.info()": r"func info\(\)\s*->\s*ErrorInfo",
        "ChangeListener protocol": r"public protocol ChangeListener\b",
        "TextDirection.rtl": r"case rtl\b",
    }
    # Doc comments (on record fields and error fields) stand between the tokens.
    bare = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for name, pattern in expectations.items():
        checks += 1
        if not re.search(pattern, bare):
            failures += fail(f"Swift API lacks {name}")

    print(f"swift: {len(called)} FFI calls checked against header and library; "
          f"{len(expectations)} API shapes checked")
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
