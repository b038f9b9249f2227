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

T=91/365; r=.05; C,P=10700,9120
chk("C-P", C-P, 1580); chk("e^{rT}", math.exp(r*T), 1.01254, 0.000005)
F=100000+math.exp(r*T)*(C-P); chk("implied forward", F, 101600, 5)
chk("arb vs 101,900 future", 101900-F, 300, 5)
chk("implied fwd above spot %", (F/S0-1)*100, 1.6, 0.005)
# plausibility of the two quotes: same IV from call and put?
def ivsolve(price, kind):
    lo,hi=.01,3
    for _ in range(200):
        m=(lo+hi)/2
        v=math.exp(-r*T)*bs(F,100000,T,m,0,kind)  # Black-76 on the implied forward
        lo,hi=(m,hi) if v<price else (lo,m)
    return m
print(f"   Black-76 IV from call {ivsolve(C,'c'):.4f}, from put {ivsolve(P,'p'):.4f} (consistency check)")
print(f"   implied carry p.a. (cont.) = {math.log(F/S0)/T:.4f} vs r = {r}")

done()
