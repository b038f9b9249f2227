# Recheck of definition/liquidity-pool
from decimal import Decimal as D, ROUND_FLOOR
def show(n,c,t): print(f"{n:55s} computed {c} | text {t}")
show("shares for USD 50,000 into 1,000,000 / 950,000", 50000*950000/1_000_000, "47,500")
# inflation attack, USDC 6 decimals, integer base units, round down
u = 10**6
assets, shares = 1, 1                       # attacker deposits 1 base unit, gets 1 share
assets += 10_000*u                          # donation
vdep = 19_999*u
vs = vdep*shares//assets; show("victim shares floor(19,999/10,000.000001)", vs, "1")
assets += vdep; shares += vs
show("vault assets (USDC)", D(assets)/u, "29,999.000001")
per = D(assets)/u/shares; show("per-share redemption", per, "about 14,999.50")
show("attacker gain", per - D(10_000*u+1)/u, "about 4,999.50")
show("victim loss", D(19_999) - per, "about 4,999.50")
