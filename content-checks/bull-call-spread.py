"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
C1=CALL[100000]; C2=CALL[110000]; D=C1-C2
chk("debit", D, 3530); chk("BE K1+D", 100000+D, 103530); chk("BE call alone", 100000+C1, 105710)
chk("max profit", 10000-D, 6470); chk("profit/risk", (10000-D)/D, 1.83, 0.005)
chk("refund %", C2/C1*100, 38.2, 0.05); chk("outright at 120k", 20000-C1, 14290)
chk("spread at 120k", 20000-10000-D, 6470)
# vega sign claim
for s in (100000,110000): print(f"   spot {s}: vega(100k,50%)={vega(s,100000,T30,.5):.1f}  vega(110k,49%)={vega(s,110000,T30,.49):.1f}")

d1=delta(S0,100000,T30,.5); d2=delta(S0,110000,T30,.49)
chk("long call delta", d1, 0.53, 0.005); chk("spread delta", d1-d2, 0.26, 0.005)

done()
