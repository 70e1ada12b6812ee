"""Check the iOS demo's Swift as far as a machine without a Swift compiler can.

1. Every .swift file under ios-demo/ parses with tree-sitter-swift: no ERROR or MISSING
   nodes. Build output folders (.build, build, DerivedData, *.xcframework) are skipped.
2. Every call the app makes on the core (`app.method(...)` on a SafeSteps, `area.method(...)`
   on a TeacherArea) names a method of the generated bindings with exactly its argument
   labels, and every record built by the app (`OpenOptions(...)`, `ContactQuery(...)`, ...)
   passes labels its generated initializer has, in order, leaving out only defaulted ones.
   The bindings are read from SafeStepsCore/Sources/SafeStepsCore/SafeStepsCore.swift when
   build-xcframework.sh has put them there, else from ../build/gen/swift/ (scripts/test-all.sh).

Usage: python check_swift_sources.py      (from anywhere; exits 1 on any failure)
"""
import re
import sys
from pathlib import Path

import tree_sitter_swift
from tree_sitter import Language, Parser

HERE = Path(__file__).resolve().parent
SKIP_DIRS = {".build", "build", "DerivedData", ".swiftpm"}
BINDINGS = [
    HERE / "SafeStepsCore/Sources/SafeStepsCore/SafeStepsCore.swift",
    HERE.parent / "build/gen/swift/SafeStepsCore.swift",
]
# The receivers the app uses, by convention, for the core's two objects.
RECEIVERS = {"app": "SafeStepsProtocol", "area": "TeacherAreaProtocol"}

# tree-sitter-swift cannot parse a compiler-version `#if` wrapped around a lone attribute,
# which UniFFI emits before many declarations. Blank those lines out (keeping line numbers)
# so the rest of the file is still checked (as tests/swift/check_swift.py does).
VERSIONED_ATTRIBUTE = re.compile(rb"^[ \t]*#if swift\(>=[0-9.]+\)\n([ \t]*@[^\n]*)\n[ \t]*#endif$", re.M)

PARSER = Parser(Language(tree_sitter_swift.language()))


def swift_files():
    for path in sorted(HERE.rglob("*.swift")):
        parts = path.relative_to(HERE).parts[:-1]
        if any(p in SKIP_DIRS or p.endswith(".xcframework") for p in parts):
            continue
        yield path


def parse(source: bytes):
    return PARSER.parse(VERSIONED_ATTRIBUTE.sub(lambda m: b"\n" + m.group(1) + b"\n", source))


def walk(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))


def parse_errors(tree):
    return [
        (n.start_point[0] + 1, n.start_point[1] + 1, "MISSING " + n.type if n.is_missing else n.type)
        for n in walk(tree.root_node)
        if n.type == "ERROR" or n.is_missing
    ]


def labels_of(params: str):
    """Argument labels and whether each has a default, from a parameter list's text."""
    out = []
    depth, start = 0, 0
    pieces = []
    for i, ch in enumerate(params):
        if ch in "([<":
            depth += 1
        elif ch in ")]>":
            depth -= 1
        elif ch == "," and depth == 0:
            pieces.append(params[start:i])
            start = i + 1
    pieces.append(params[start:])
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        name = piece.split(":", 1)[0].strip().strip("`")
        out.append((name, "=" in piece.split(":", 1)[1]))
    return out


def binding_api(text: str):
    """Methods of the two protocols and initializers of the public structs."""
    # Doc comments (on record fields since issue 14) may hold parentheses and commas.
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    methods = {}
    for proto in RECEIVERS.values():
        body = re.search(rf"public protocol {proto}\b.*?\n}}", text, re.S)
        if not body:
            continue
        methods[proto] = {
            name: [label for label, _ in labels_of(params)]
            for name, params in re.findall(r"\bfunc (\w+)\(([^)]*)\)", body.group(0))
        }
    inits = {}
    for name, body in re.findall(r"public struct (\w+): Equatable, Hashable \{(.*?)\n\}", text, re.S):
        m = re.search(r"public init\(([^)]*)\)", body)
        if m:
            inits[name] = labels_of(m.group(1))
    return methods, inits


def call_sites(tree, source: bytes):
    """(line, callee target or None, callee name, [labels]) for every call expression."""
    for node in walk(tree.root_node):
        if node.type != "call_expression" or len(node.children) < 2:
            continue
        callee, suffix = node.children[0], node.children[1]
        if suffix.type != "call_suffix":
            continue
        args = next((c for c in suffix.children if c.type == "value_arguments"), None)
        if args is None:
            continue  # a trailing closure alone
        labels = []
        for arg in args.children:
            if arg.type != "value_argument":
                continue
            name = arg.child_by_field_name("name")
            labels.append(source[name.start_byte:name.end_byte].decode().strip() if name else "_")
        line = node.start_point[0] + 1
        if callee.type == "navigation_expression":
            target = callee.child_by_field_name("target")
            suffix_node = callee.child_by_field_name("suffix")
            if target is None or suffix_node is None or target.type != "simple_identifier":
                continue
            name_node = suffix_node.child_by_field_name("suffix")
            if name_node is None:
                continue
            yield line, source[target.start_byte:target.end_byte].decode(), \
                source[name_node.start_byte:name_node.end_byte].decode(), labels
        elif callee.type == "simple_identifier":
            yield line, None, source[callee.start_byte:callee.end_byte].decode(), labels


def check_call(target, name, labels, methods, inits):
    """None when the call fits the bindings (or is not a call on them), else a reason."""
    if target in RECEIVERS:
        api = methods.get(RECEIVERS[target], {})
        if name not in api:
            return f"{target}.{name} is not a method of {RECEIVERS[target]}"
        if labels != api[name]:
            return f"{target}.{name} takes ({', '.join(api[name])}), called with ({', '.join(labels)})"
        return None
    if target is None and name in inits:
        params = inits[name]
        pos = 0
        for label in labels:
            while pos < len(params) and params[pos][0] != label:
                if not params[pos][1]:
                    return f"{name}(...) leaves out {params[pos][0]}, which has no default"
                pos += 1
            if pos == len(params):
                return f"{name}(...) has no parameter {label} at that place"
            pos += 1
        missing = [p for p, has_default in params[pos:] if not has_default]
        if missing:
            return f"{name}(...) leaves out {', '.join(missing)}"
        return None
    return None


def concurrency_problems():
    """The concurrency rules of the app, read from its sources and project.yml.

    - strict concurrency checking is on for every target (project.yml);
    - no `Task.detached` and no `DispatchQueue.global()`: blocking core work goes through
      Core.background (one serial queue), never the cooperative pool;
    - every ObservableObject (a screen's state holder) is @MainActor.
    """
    problems = []
    project = (HERE / "project.yml").read_text()
    if not re.search(r"^\s*SWIFT_STRICT_CONCURRENCY:\s*complete\s*$", project, re.M):
        problems.append("project.yml: SWIFT_STRICT_CONCURRENCY is not `complete`")
    for path in swift_files():
        rel = path.relative_to(HERE)
        if rel.parts[0] not in ("SafeStepsDemo", "SafeStepsDemoTests"):
            continue
        text = path.read_text()
        for n, line in enumerate(text.splitlines(), 1):
            code = line.split("//", 1)[0]
            if "Task.detached" in code or "DispatchQueue.global" in code:
                problems.append(f"{rel}:{n}: blocking work off Core's serial queue ({code.strip()})")
        for m in re.finditer(r"((?:@\w+\s+)*)(?:final\s+)?class\s+(\w+)\s*:\s*ObservableObject", text):
            if "@MainActor" not in m.group(1):
                problems.append(f"{rel}: {m.group(2)} is an ObservableObject without @MainActor")
    return problems


def main() -> int:
    passed = failed = 0
    problems = concurrency_problems()
    for problem in problems:
        print(f"FAIL {problem}")
    failed += len(problems)
    if not problems:
        passed += 1
        print("ok   strict concurrency on; blocking work on Core's serial queue; state holders @MainActor")
    files = list(swift_files())
    trees = {}
    for path in files:
        source = path.read_bytes()
        tree = parse(source)
        errors = parse_errors(tree)
        rel = path.relative_to(HERE)
        if errors:
            failed += 1
            line, col, kind = errors[0]
            print(f"FAIL {rel}: {len(errors)} parse errors, first {kind} at {line}:{col}")
        else:
            passed += 1
            print(f"ok   {rel} parses")
        trees[path] = (tree, source)

    bindings = next((p for p in BINDINGS if p.exists()), None)
    if bindings is None:
        print("FAIL no generated SafeStepsCore.swift to check the app's calls against "
              "(run scripts/test-all.sh or build-xcframework.sh)")
        failed += 1
    else:
        methods, inits = binding_api(bindings.read_text())
        if not methods.get("SafeStepsProtocol") or not methods.get("TeacherAreaProtocol") or not inits:
            print(f"FAIL could not read the API of {bindings}")
            failed += 1
        checked = 0
        for path, (tree, source) in trees.items():
            if path.resolve() == bindings.resolve():
                continue
            rel = path.relative_to(HERE)
            for line, target, name, labels in call_sites(tree, source):
                if target not in RECEIVERS and not (target is None and name in inits):
                    continue
                checked += 1
                problem = check_call(target, name, labels, methods, inits)
                if problem:
                    failed += 1
                    print(f"FAIL {rel}:{line}: {problem}")
                else:
                    passed += 1
        print(f"ok   {checked} calls on the core checked against {bindings.relative_to(HERE.parent)}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
