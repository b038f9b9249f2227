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

P=PUT[90000]; C=CALL[110000]; D=P+C
chk("debit", D, 4340); chk("lower BE", 90000-D, 85660); chk("upper BE", 110000+D, 114340)
chk("move % either way", (110000+D-S0)/S0*100, 14.34, 0.005); chk("move % down", (S0-(90000-D))/S0*100, 14.34, 0.005)
chk("P&L at 125k", 125000-110000-D, 10660)
st=CALL[100000]+PUT[100000]; chk("straddle cost", st, 11420); chk("strangle / straddle %", D/st*100, 38, 0.5)
chk("straddle move %", st/S0*100, 11.42, 0.005)
chk("curvature proxy (54+49)/2-50", (54+49)/2-50, 1.5); chk("tilt proxy 49-54", 49-54, -5)
chk("90k put delta (for '25-delta' caveat)", delta(S0,90000,T30,.54,'p'), -0.22, 0.01)
chk("110k call delta", delta(S0,110000,T30,.49), 0.27, 0.01)

done()
