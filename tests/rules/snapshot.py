"""Print (or --write) a rule folder's findings in expected.json form, for review.

    python -m tests.rules.snapshot STR001 [--write]

Read every line before committing it: the expected findings are the spec.
Existing ``settings`` in expected.json are kept.
"""

from __future__ import annotations

import argparse
import json

from tests.rules.harness import HERE, documents, run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("code")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    folder = HERE / args.code
    path = folder / "expected.json"
    current = json.loads(path.read_text("utf-8")) if path.exists() else {}
    findings = {doc.name: run(folder, doc)[1] for doc in documents(folder)}
    data = {**({"settings": current["settings"]} if "settings" in current else {}), "findings": findings}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if args.write:
        path.write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()
