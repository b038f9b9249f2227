"""Helpers shared by the batch C re-checks (volatility and higher-order Greeks): Black-Scholes price and Greeks, and the text-vs-computed printer."""
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def phi(x): return math.exp(-x*x/2)/math.sqrt(2*math.pi)
def d12(S,K,T,s,r=0.0):
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); return d1, d1-s*math.sqrt(T)
def call(S,K,T,s,r=0.0):
    d1,d2=d12(S,K,T,s,r); return S*N(d1)-K*math.exp(-r*T)*N(d2)
def put(S,K,T,s,r=0.0):
    d1,d2=d12(S,K,T,s,r); return K*math.exp(-r*T)*N(-d2)-S*N(-d1)
def delta_c(S,K,T,s,r=0.0): return N(d12(S,K,T,s,r)[0])
def gamma(S,K,T,s,r=0.0): d1,_=d12(S,K,T,s,r); return phi(d1)/(S*s*math.sqrt(T))
def vega(S,K,T,s,r=0.0): d1,_=d12(S,K,T,s,r); return S*phi(d1)*math.sqrt(T)
def row(label, text, val, fmt="%.6g"):
    print(("%-55s text=%-14s calc="+fmt)%(label,text,val))
