"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def n(x): return math.exp(-x*x/2)/math.sqrt(2*math.pi)
def bs(S,K,T,vol,r=0.0,kind='c'):
    d1=(math.log(S/K)+(r+vol*vol/2)*T)/(vol*math.sqrt(T)); d2=d1-vol*math.sqrt(T)
    if kind=='c': return S*N(d1)-K*math.exp(-r*T)*N(d2)
    return K*math.exp(-r*T)*N(-d2)-S*N(-d1)
def delta(S,K,T,vol,kind='c',r=0.0):
    d1=(math.log(S/K)+(r+vol*vol/2)*T)/(vol*math.sqrt(T)); return N(d1) if kind=='c' else N(d1)-1
def vega(S,K,T,vol):  # per 1 vol point
    d1=(math.log(S/K)+vol*vol/2*T)/(vol*math.sqrt(T)); return S*n(d1)*math.sqrt(T)/100
def theta_day(S,K,T,vol):  # r=0, per calendar day (per-year theta / 365)
    d1=(math.log(S/K)+vol*vol/2*T)/(vol*math.sqrt(T)); return -S*n(d1)*vol/(2*math.sqrt(T))/365
S0=100_000.0; T30=30/365
IV={85000:.56,90000:.54,95000:.52,100000:.50,105000:.49,110000:.49,115000:.50}
def r10(x): return round(x/10)*10
CALL={k:r10(bs(S0,k,T30,v)) for k,v in IV.items()}
PUT={k:CALL[k]-(S0-k) for k in IV}   # parity, r=0, forward = spot
rows=[]
def chk(label, computed, text, tol=0.5):
    ok = abs(computed-text) <= tol
    rows.append(ok)
    print(f"{'OK ' if ok else 'XX '} {label:<62} computed={computed:>14,.4f}  text={text:>14,.4f}")
def done():
    print(f"\n{sum(rows)}/{len(rows)} numbers agree")

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
