# Recheck of definition/front-running: no worked arithmetic; dated facts checked against sources.
claims = [
 ("FINRA Rule 5270 replaced NASD IM-2110-3 in 2013", "FINRA Reg. Notice 12-52: SEC approval 4 Sep 2012, effective date moved to 3 Sep 2013", True),
 ("Rule covers related financial instruments (derivatives)", "Rule 5270(a),(c) text", True),
 ("Eskandari et al.: displacement, insertion, suppression", "arXiv 1902.05164", True),
 ("Daian et al. 2019 documented priority gas auctions", "arXiv 1904.05234", True),
 ("Hyperliquid processes cancels before GTC/IOC orders in a block", "Hyperliquid docs (order book), via mirrors", True),
]
for c, s, ok in claims: print(f"{'OK ' if ok else 'BAD'} {c}  <- {s}")
print("years from approval (2012) to effect (2013):", 2013-2012)
