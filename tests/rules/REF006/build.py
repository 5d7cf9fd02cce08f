#!/usr/bin/env python3
"""Build this folder's DOCX fixture for REF006 (access-date).

    python tests/rules/REF006/build.py

``fail_harvard.docx`` is a Harvard reference list as Word users type it. The
Business Daily article gives its web address but no access date (the finding).
The near misses sit in the same list: the World Bank entry's address and access
date were pushed to a paragraph of their own with Enter, and the Safaricom
entry's to a new line with Shift+Enter; both belong to the entry above. The
package helpers (fixed zip times, so the bytes are reproducible) are the DOCX
goldens' own, in tests/readers/docx_goldens/build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r, raw_run = docx.p, docx.r, docx.raw_run


def fail_harvard() -> list[str]:
    return [
        p(r("Introduction"), style="Heading1"),
        p(
            r(
                "Digital lenders reached traders in Gikomba market within a few years (Kamau, 2023), although "
                "the Central Bank has warned about over-borrowing (Central Bank of Kenya, 2021). Fees fell as "
                "agents competed (Safaricom, 2024; World Bank, 2022)."
            )
        ),
        p(r("Reference list"), style="Heading1"),
        p(
            r(
                "Central Bank of Kenya (2021) Kenya financial sector stability report 2020. "
                "Nairobi: Central Bank of Kenya."
            )
        ),
        p(
            r(
                "Kamau, J. (2023) ‘Digital lenders and the informal trader’, Business Daily, 2 May. Available at: "
                "https://www.businessdailyafrica.com/bd/economy/digital-lenders-informal-traders-4219870."
            )
        ),
        p(
            r("Safaricom (2024) M-PESA tariffs. Available at:"),
            raw_run("<w:br/>"),
            r("https://www.safaricom.co.ke/personal/m-pesa/getting-started/m-pesa-rates (Accessed: 3 March 2024)."),
        ),
        p(r("World Bank (2022) The Global Findex Database 2021. Washington, DC: World Bank. Available at:")),
        p(r("https://www.worldbank.org/en/publication/globalfindex (Accessed: 2 February 2025).")),
    ]


def build() -> list[Path]:
    return [docx.write_docx("fail_harvard", fail_harvard(), out_dir=HERE)]


if __name__ == "__main__":
    for path in build():
        print(path)
