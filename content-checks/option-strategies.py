"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
# Area table: calls are BS values rounded to USD 10; puts from parity (r=0, F=S=100,000)
TXT_C={85000:16200,90000:12160,95000:8630,100000:5710,105000:3580,110000:2180,115000:1340}
TXT_P={85000:1200,90000:2160,95000:3630,100000:5710,105000:8580,110000:12180,115000:16340}
for k in IV:
    chk(f"call {k} @ {IV[k]:.0%} (BS rounded to 10)", r10(bs(S0,k,T30,IV[k])), TXT_C[k])
    chk(f"put  {k} = C - (S-K)  (parity)", CALL[k]-(S0-k), TXT_P[k])
    chk(f"put  {k} direct BS (rounded to 10) vs text", r10(bs(S0,k,T30,IV[k],kind='p')), TXT_P[k], tol=10)

# corrected Greeks sentence: long call butterfly 90/100/110 (a debit) is short gamma and short vega at the body
def gam(S,K,T,v):
    d1=(math.log(S/K)+v*v/2*T)/(v*math.sqrt(T)); return n(d1)/(S*v*math.sqrt(T))
g=gam(S0,90000,T30,.54)-2*gam(S0,100000,T30,.5)+gam(S0,110000,T30,.49)
ve=vega(S0,90000,T30,.54)-2*vega(S0,100000,T30,.5)+vega(S0,110000,T30,.49)
print(f"   long fly at spot 100k: gamma {g:.2e}, vega {ve:.1f}/pt (both negative)"); rows.append(g<0 and ve<0)
# calendar: short gamma, long vega
T1,T2=14/365,42/365
gc=gam(S0,100000,T2,.5)-gam(S0,100000,T1,.5); vc=vega(S0,100000,T2,.5)-vega(S0,100000,T1,.5)
print(f"   calendar 14d/42d at strike: gamma {gc:.2e} (neg), vega {vc:.1f} (pos)"); rows.append(gc<0 and vc>0)

done()
