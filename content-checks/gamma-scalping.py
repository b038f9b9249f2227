from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/gamma-scalping (batch C)
K=100000; s=0.5
def strad(S,days): T=days/365; return call(S,K,T,s)+put(S,K,T,s)
def sdelta(S,days): T=days/365; return 2*delta_c(S,K,T,s)-1
row("straddle cost","11,427.54",strad(100000,30),"%.2f")
row("initial net delta","0.0571",sdelta(100000,30),"%.4f")
def run(path, texts=None, label=""):
    S0=100000; days=30; h=-sdelta(S0,days)  # hedge position in BTC (negative = short)
    V=strad(S0,days); tot=0
    for i,S in enumerate(path):
        d=days-(i+1)
        Vn=strad(S,d); sp=Vn-V; hp=h*(S-S0); dt=sp+hp; tot+=dt
        newh=-sdelta(S,d); trade=newh-h
        if texts: 
            t=texts[i]
            row("day %d straddle P&L"%(i+1),t[0],sp,"%.2f"); row("day %d hedge P&L"%(i+1),t[1],hp,"%.2f")
            row("day %d total"%(i+1),t[2],dt,"%.2f"); row("day %d hedge trade (+buy/-sell BTC)"%(i+1),t[3],trade,"%.4f")
        S0=S; V=Vn; h=newh
    return tot
tx=[("+473.09","-228.55","+244.54","sell 0.2156"),("-859.95","+1,090.91","+230.96","buy 0.2175"),("+58.87","+220.81","+279.68","buy 0.2388"),("-459.88","+734.44","+274.56","sell 0.2368")]
tot=run([104000,100000,96000,100000],tx)
row("4-day total","+1,029.74",tot,"%.2f")
row("4 days decay, spot unchanged","-787.87",strad(100000,26)-strad(100000,30),"%.2f")
P=[100000,104000,100000,96000,100000]
r=[math.log(P[i+1]/P[i]) for i in range(4)]
row("realized vol of path (zero-mean, 365)","~76%",math.sqrt(sum(x*x for x in r)/4*365)*100,"%.2f%%")
# USD 1,000 daily moves: assume alternating up/down path 101000,100000,99000,100000 (text unspecified)
for p in ([101000,100000,99000,100000],[101000,100000,101000,100000],[99000,100000,101000,100000]):
    t=run(p); P=[100000]+p; r=[math.log(P[i+1]/P[i]) for i in range(4)]
    row("USD1000-move path %s total"%p,"-672.90",t,"%.2f"); row("  its realized vol","~19%",math.sqrt(sum(x*x for x in r)/4*365)*100,"%.2f%%")
row("break-even daily move","~2,617",100000*0.5/math.sqrt(365),"%.1f")
