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

C=CALL[110000]; chk("110k call premium", C, 2180)
chk("premium % of spot", C/S0*100, 2.18, 0.005)
chk("annualised x 365/30 (%)", C/S0*100*365/30, 26.5, 0.05)
print(f"   note: x12 gives {C/S0*100*12:.2f}% -- original wording 'twelve times over' did not match 26.5%; text now says 'every 30 days' (x365/30)")
chk("break-even S0 - C", S0-C, 97820)
chk("max profit K - S0 + C", 110000-S0+C, 12180)
chk("max profit %", (110000-S0+C)/S0*100, 12.18, 0.005)
pay=lambda ST: ST-S0+C-max(ST-110000,0)
chk("P&L at 90k", pay(90000), -7820); chk("unhedged at 90k", 90000-S0, -10000)
chk("P&L at 130k", pay(130000), 12180); chk("unhedged at 130k", 130000-S0, 30000)
d=delta(S0,110000,T30,.49); chk("call delta", d, 0.27, 0.005); chk("package delta 1 - delta", 1-d, 0.73, 0.005)

done()
