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
# Recheck of term/delta-neutral (batch C)
K=110000; T=30/365; s=0.5
d0=delta_c(100000,K,T,s)
row("delta 110k call","0.2765",d0,"%.4f")
row("book delta 10 calls","2.765",10*d0,"%.4f")
c0=call(100000,K,T,s)
# instantaneous jump (same T)
cu=call(105000,K,T,s); cd=call(95000,K,T,s)
row("calls gain on jump to 105k","~16,869",10*(cu-c0),"%.1f")
row("hedge loss","13,826",10*d0*5000,"%.1f")
row("net up","~3,043",10*(cu-c0)-10*d0*5000,"%.1f")
row("delta of calls at 105k (x10)","4.002",10*delta_c(105000,K,T,s),"%.4f")
row("net delta after up","+1.24",10*delta_c(105000,K,T,s)-10*d0,"%.4f")
row("calls loss on fall to 95k","~11,084",10*(cd-c0),"%.1f")
row("net on fall","~2,742",10*(cd-c0)+10*d0*5000,"%.1f")
row("5 BTC margin USD delta","500,000",5*100000,"%d")
ca=call(100000,100000,T,s)
row("ATM call in BTC","0.0571",ca/100000,"%.4f"); row("ATM call USD","~5,714",ca,"%.2f")
row("BS delta ATM","0.5286",delta_c(100000,100000,T,s),"%.4f")
row("premium-adjusted delta","0.4714",delta_c(100000,100000,T,s)-ca/100000,"%.4f")
