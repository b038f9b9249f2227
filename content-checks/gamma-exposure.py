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
# Recheck of term/gamma-exposure (batch C)
T=30/365; s=0.5
def g1(S,K): return gamma(S,K,T,s)*S*S*0.01   # USD gamma per 1% move per coin
S=100000
row("ATM 100k gamma per 1% (USD)","2,776",g1(S,100000),"%.1f")
row("110k gamma per 1%","2,334",g1(S,110000),"%.1f")
row("90k gamma per 1%","2,010",g1(S,90000),"%.1f")
row("100k x4000 (USD m)","11.10",4000*g1(S,100000)/1e6,"%.3f")
row("110k x6000","14.00",6000*g1(S,110000)/1e6,"%.3f")
row("90k x5000","10.05",5000*g1(S,90000)/1e6,"%.3f")
def gex(S,signs=(1,1,-1)):
    return (signs[0]*4000*g1(S,100000)+signs[1]*6000*g1(S,110000)+signs[2]*5000*g1(S,90000))
row("net GEX SqueezeMetrics convention (USD m)","+15.06",gex(S)/1e6,"%.3f")
row("all short","-35.16",gex(S,(-1,-1,-1))/1e6,"%.3f")
# flip level: bisection below 100k
lo,hi=60000.0,100000.0
for _ in range(100):
    mid=(lo+hi)/2
    if gex(mid)>0: hi=mid
    else: lo=mid
row("zero-gamma flip spot","~88,300",hi,"%.0f")
