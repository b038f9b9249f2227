"""Shared helpers for the batch A re-check (stdlib only). N(x) via math.erf."""
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def n(x): return math.exp(-x*x/2)/math.sqrt(2*math.pi)
def d12(F,K,T,vol):
    d1=(math.log(F/K)+vol*vol*T/2)/(vol*math.sqrt(T)); return d1, d1-vol*math.sqrt(T)
def black(F,K,T,vol,r=0.0,kind='c'):
    d1,d2=d12(F,K,T,vol); D=math.exp(-r*T)
    return D*(F*N(d1)-K*N(d2)) if kind=='c' else D*(K*N(-d2)-F*N(-d1))
def bs(S,K,T,vol,r=0.0,kind='c',q=0.0):
    F=S*math.exp((r-q)*T); return black(F,K,T,vol,r,kind)
def fdelta(F,K,T,vol,kind='c'):
    d1,_=d12(F,K,T,vol); return N(d1) if kind=='c' else N(d1)-1
def Ninv(p):
    lo,hi=-10.0,10.0
    for _ in range(200):
        m=(lo+hi)/2
        if N(m)<p: lo=m
        else: hi=m
    return (lo+hi)/2
rows=[]
def chk(label, computed, text, tol=0.5):
    ok = abs(computed-text) <= tol
    rows.append(ok)
    print(f"{'OK ' if ok else 'XX '} {label:<66} computed={computed:>16,.5f}  text={text:>16,.5f}")
def done():
    print(f"\n{sum(rows)}/{len(rows)} numbers agree")
