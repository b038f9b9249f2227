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

D=CALL[90000]-2*CALL[100000]+CALL[110000]
chk("call fly debit", D, 2920); chk("2 x 100k call", 2*CALL[100000], 11420)
chk("max profit W-D", 10000-D, 7080); chk("BE low", 90000+D, 92920); chk("BE high", 110000-D, 107080)
Dp=PUT[90000]-2*PUT[100000]+PUT[110000]; chk("put fly debit", Dp, 2920)
chk("profit per $ risked", (10000-D)/D, 2.4, 0.05)
chk("fly / W", D/10000, 0.292, 0.0005); chk("fly / W^2 (x1e5)", D/1e8*1e5, 2.92, 0.005)
# what the 0.292 actually measures: triangle-weighted probability; compare band probabilities from smile digitals
def iv(K):
    ks=sorted(IV)
    for a,b in zip(ks,ks[1:]):
        if a<=K<=b: return IV[a]+(IV[b]-IV[a])*(K-a)/(b-a)
def dig(K,h=50): return -(bs(S0,K+h,T30,iv(K+h))-bs(S0,K-h,T30,iv(K-h)))/(2*h)
print(f"   P(95k<S<105k) from smile digitals = {dig(95000)-dig(105000):.3f};  P(90k<S<110k) = {dig(90050)-dig(109950):.3f}")

chk("P(95k<S_T<105k) vs fly/W (text: roughly 29% within ~USD 5,000)", dig(95000)-dig(105000), 0.292, 0.02)

done()
