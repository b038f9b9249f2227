"""Re-check definition/option-chain (batch A). 7-day BTC, spot = forward = 100,000, r = 0, marks in BTC."""
from _chkA import *
S=100_000; T=7/365
rows_={90_000:(.56,0.1030,0.92,0.0030,-0.08),95_000:(.52,0.0598,0.77,0.0098,-0.23),100_000:(.49,0.0271,0.51,0.0271,-0.49),
       105_000:(.48,0.0092,0.24,0.0592,-0.76),110_000:(.50,0.0028,0.09,0.1028,-0.91)}
for K,(iv,cm,cd,pm,pd) in rows_.items():
    c=black(S,K,T,iv)/S; p=black(S,K,T,iv,kind='p')/S
    chk(f"K={K} call mark BTC", c, cm, 0.00005); chk(f"K={K} call delta", fdelta(S,K,T,iv), cd, 0.005)
    chk(f"K={K} put mark BTC", p, pm, 0.00005); chk(f"K={K} put delta", fdelta(S,K,T,iv,'p'), pd, 0.005)
    # premium-adjusted (coin) deltas for information
    print(f"     premium-adjusted: call {fdelta(S,K,T,iv)-c:.3f}  put {fdelta(S,K,T,iv,'p')-p:.3f}")
chk("ATM mark in USD", black(S,S,T,.49), 2_707, 1)
chk("105k call in USD at index (0.0092 BTC)", 0.0092*S, 920)
done()
