"""Reference values for round_half_away in tests/unit/test_rounding.cpp.

Run: python3 tests/unit/reference/rounding.py
Python's decimal module works on the decimal literal itself, so it shows what
rounding half away from zero means for the number a person wrote down
(ROUND_HALF_UP in decimal is away from zero for negatives too).
"""
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

CASES = [
    ("37/124*100", Fraction(37 * 100, 124), 0),
    ("37/124*100", Fraction(37 * 100, 124), 1),
    ("0.5", Fraction("0.5"), 0),
    ("2.5", Fraction("2.5"), 0),
    ("-2.5", Fraction("-2.5"), 0),
    ("1.005", Fraction("1.005"), 2),
    ("-1.005", Fraction("-1.005"), 2),
    ("0.285*100", Fraction("28.5"), 0),
    ("1.0049", Fraction("1.0049"), 2),
    ("123456789.125", Fraction("123456789.125"), 2),
    ("0.0", Fraction(0), 3),
    ("123456789.1249", Fraction("123456789.1249"), 2),
]

for label, value, places in CASES:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    print(f"{label} to {places} decimals: {rounded}")
