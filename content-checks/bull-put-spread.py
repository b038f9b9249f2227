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

P2=PUT[95000]; P1=PUT[90000]; R=P2-P1
chk("credit", R, 1470); chk("max loss W-R", 5000-R, 3530); chk("BE K2-R", 95000-R, 93530)
chk("naked at risk K-P", 95000-P2, 91370); chk("credit / width %", R/5000*100, 29.4, 0.05)
chk("loss / credit", (5000-R)/R, 2.4, 0.05)
# what R/W estimates: risk-neutral P(S_T below ~ midpoint); compare P(S_T<90k) and P(S_T<95k) under smile digitals
def dput(K,v): d2=(math.log(S0/K)-v*v/2*T30)/(v*math.sqrt(T30)); return N(-d2)
print(f"   flat-vol P(S<90k)={dput(90000,.54):.3f}  P(S<95k)={dput(95000,.52):.3f}  P(S<92.5k,53%)={dput(92500,.53):.3f}")


def iv(K):
    ks=sorted(IV)
    for a,b in zip(ks,ks[1:]):
        if a<=K<=b: return IV[a]+(IV[b]-IV[a])*(K-a)/(b-a)
def digc(K,h=50): return -(bs(S0,K+h,T30,iv(K+h))-bs(S0,K-h,T30,iv(K-h)))/(2*h)   # P(S_T > K), smile linearly interpolated
# corrected text: R/W ~ P(S_T below the middle of the spread); full-loss chance (below 90k) lower
chk("P(S_T<92.5k) on interpolated smile vs R/W", 1-digc(92500), R/5000, 0.03)
pfull=1-digc(90050); print(f"   P(S_T<90k) ~ {pfull:.3f} (< 0.294, 'somewhat lower')"); rows.append(pfull<R/5000)

done()
