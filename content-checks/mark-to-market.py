"""Re-check definition/mark-to-market (batch A)."""
from _chkA import *
q=2*5; P0,P1,P2=100_000,97_500,101_000
v1=q*(P1-P0); v2=q*(P2-P1)
chk("contracts x 5 BTC", q, 10); chk("day 1 VM", v1, -25_000); chk("day 2 VM", v2, 35_000)
chk("cumulative", v1+v2, 10_000); chk("single settlement", q*(P2-P0), 10_000)
chk("cash needed after day 1", -v1, 25_000)
done()
