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

T2=56/365; T1=14/365
L=bs(S0,95000,T2,.52); Sh=bs(S0,105000,T1,.49)
chk("56d 95k call @52%", L, 10660, 10); chk("14d 105k call @49%", Sh, 1920, 10)
D=r10(L)-r10(Sh); chk("debit", D, 8740)
chk("long delta", delta(S0,95000,T2,.52), 0.64, 0.005); chk("short delta", delta(S0,105000,T1,.49), 0.32, 0.005)
chk("net delta", delta(S0,95000,T2,.52)-delta(S0,105000,T1,.49), 0.32, 0.006)
pnl=lambda S: bs(S,95000,42/365,.52)-max(S-105000,0)-D
chk("P&L at 105k", pnl(105000), 4390, 10); chk("P&L at 100k", pnl(100000), 900, 10)
a,b=80000,100000
for _ in range(100):
    m=(a+b)/2
    if pnl(m)>0: b=m
    else: a=m
chk("break-even", m, 98580, 20)
chk("P&L at 90k", pnl(90000), -4440, 10); chk("upside limit Kf-Kb-D", 105000-95000-D, 1260)
chk("P&L at 300k (-> limit)", pnl(300000), 1260, 5)
best=max(range(95000,120001,100), key=pnl); print(f"   argmax P&L on grid = {best}, value {pnl(best):.0f}")

done()
