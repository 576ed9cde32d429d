# decimal (via _pydecimal), fractions and statistics in ordinary use.
import decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN
from fractions import Fraction
import statistics

print(Decimal("1.10") + Decimal("2.20"), Decimal(1) / Decimal(7), Decimal("2").sqrt())
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7), Decimal(2).ln())
print(Decimal("7.325").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN),
      Decimal("7.329").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(Decimal(0.1), Decimal("1e-3").normalize(), Decimal("-0"), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100)
print(sum(Decimal("0.1") for _ in range(10)) == Decimal("1.0"), round(Decimal("2.675"), 2), int(Decimal("-3.9")))
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("div0", type(e).__name__)
print(getcontext().prec, format(Decimal("1234567.891"), ",.2f"), Decimal("3.14159").as_tuple())
f = Fraction(3, 4) + Fraction(5, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.125"), Fraction(0.5), Fraction(1, 3) ** 2)
print(Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)), Fraction(-7, 3) // 1, Fraction(7, 3) % 1)
print(sorted([Fraction(1, 2), 0.3, Decimal("0.4") if False else 0.45]), Fraction(1, 2) == 0.5)
data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 3.25]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.median_low(data))
print(round(statistics.stdev(data), 10), round(statistics.pvariance(data), 10), statistics.harmonic_mean([1, 2, 4]))
print(statistics.quantiles(range(1, 101), n=4), statistics.fmean([1, 2, 3, 4]), statistics.multimode("aabbc"))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.median([Decimal("1.5"), Decimal("2.5")]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 6, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
