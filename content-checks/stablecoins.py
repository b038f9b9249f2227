# Recheck of area/stablecoins: numeric claims are event figures (USDC 0.88, USD 3.3 billion at SVB), checked by search.
print("area/stablecoins: no computed numbers; event figures checked by search")
