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

C=CALL[100000]; P=PUT[100000]; D=C+P
chk("call", C, 5710); chk("put", P, 5710); chk("debit", D, 11420)
chk("lower BE", 100000-D, 88580); chk("upper BE", 100000+D, 111420); chk("move %", D/S0*100, 11.42, 0.005)
approx=math.sqrt(2/math.pi)*.5*S0*math.sqrt(T30)
chk("sqrt(2/pi)", math.sqrt(2/math.pi), 0.7979, 0.00005); chk("shortcut", approx, 11437, 1)
chk("shortcut vs model price, % gap", (approx/D-1)*100, 0.2, 0.1)
chk("shortcut vs unrounded model, % gap (text: within 0.2%)", (approx/(2*bs(S0,100000,T30,.5))-1)*100, 0.1, 0.1)
chk("sigma sqrt T %", .5*math.sqrt(T30)*100, 14.33, 0.005)
chk("BE move / 1sd", (D/S0)/(.5*math.sqrt(T30)), 0.8, 0.02)
chk("at 120k", abs(120000-100000)-D, 8580); chk("at 95k", abs(95000-100000)-D, -6420)
nd=delta(S0,100000,T30,.5)+delta(S0,100000,T30,.5,'p'); chk("net delta", nd, 0.06, 0.005)

done()
