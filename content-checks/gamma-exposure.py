from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
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
