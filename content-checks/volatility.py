# Recheck of area/volatility (batch C): numeric claims only
def row(label, text, val, fmt="%.6g"): print(("%-55s text=%-12s calc="+fmt)%(label,text,val))
import math
row("annualisation 365 vs 252 ratio (sqrt)","-",math.sqrt(365/252),"%.4f")
print("Other figures in this area entry are dated facts (DVOL 2021, ETF options Nov 2024, BVX Dec 2025, BTC 30d IV <40% to >100%), checked by search, not by script.")
