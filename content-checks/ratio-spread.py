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

C1=CALL[100000]; C2=CALL[110000]
D=C1-2*C2; chk("2 x 110k", 2*C2, 4360); chk("front debit", D, 1350)
front=lambda S: max(S-100000,0)-2*max(S-110000,0)-D
chk("max profit K2-K1-D", 10000-D, 8650); chk("front at 110k", front(110000), 8650)
chk("lower BE K1+D", 100000+D, 101350); chk("upper BE 2K2-K1-D", 220000-100000-D, 118650)
chk("front at 130k", front(130000), -11350); chk("slope above", front(130001)-front(130000), -1)
R=C1-2*C2; back=lambda S: -max(S-100000,0)+2*max(S-110000,0)+R
chk("back credit", R, 1350); chk("back max loss", -back(110000), 8650)
chk("back BE low", 100000+R, 101350); chk("back BE high", 220000-100000-R, 118650)
chk("back at 90k keeps credit", back(90000), 1350)
for s in (95000,100000,105000,110000):
    g=lambda K,v: n((math.log(s/K)+v*v/2*T30)/(v*math.sqrt(T30)))/(s*v*math.sqrt(T30))
    print(f"   backspread net gamma at spot {s}: {(-g(100000,.5)+2*g(110000,.49))*1e6:.2f}e-6")

t=2/365
g=lambda s,K,v: n((math.log(s/K)+v*v/2*t)/(v*math.sqrt(t)))/(s*v*math.sqrt(t))
ng=-g(100000,100000,.5)+2*g(100000,110000,.49); print(f"   2 days before expiry, spot at sold strike: net gamma {ng:.2e} (negative) -> 'close to expiry' wording"); rows.append(ng<0)
done()
