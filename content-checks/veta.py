from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/veta (batch C)
def veta(S,K,T,s,r=0.0):
    d1,d2=d12(S,K,T,s,r); st=s*math.sqrt(T)
    return S*phi(d1)*math.sqrt(T)*(r*d1/st-(1+d1*d2)/(2*T))
# FD check: d vega / d t = - d vega / d T  (r != 0 too)
for (K,T,r) in [(100000,30/365,0.0),(120000,0.5,0.04)]:
    h=1e-6; num=-(vega(100000,K,T+h,0.5,r)-vega(100000,K,T-h,0.5,r))/(2*h)
    row("veta formula vs FD K=%d r=%.2f"%(K,r),'%.4e'%num,veta(100000,K,T,0.5,r),"%.4e")
S=100000; s=0.5
rows=[("1-year ATM",100000,365,"386.67","-0.50","-0.13%"),("90-day ATM",100000,90,"196.58","-1.08","-0.55%"),("30-day ATM",100000,30,"114.08","-1.89","-1.66%"),("7-day ATM",100000,7,"55.21","-3.94","-7.13%"),("30-day 120k call",120000,30,"55.66","-2.42","-4.35%")]
for lab,K,d,tv,tveta,tch in rows:
    T=d/365; v=vega(S,K,T,s)/100; vt=veta(S,K,T,s)/100/365
    row(lab+" vega/pt",tv,v,"%.2f"); row(lab+" veta/day",tveta,vt,"%.2f"); row(lab+" daily change",tch,vt/v*100,"%.2f%%")
v30=vega(S,100000,30/365,s)/100; v29=vega(S,100000,29/365,s)/100
row("30d ATM vega a day later","112.17",v29,"%.2f")
row("  vs veta estimate (diff, USD)","within 0.02",v29-(v30+veta(S,100000,30/365,s)/36500),"%.4f")
v90=vega(S,100000,90/365,s)/100
ratio=v90/v30; row("short ratio","1.72",ratio,"%.4f")
row("net vega change per day","+2.18",veta(S,100000,90/365,s)/36500-ratio*veta(S,100000,30/365,s)/36500,"%.3f")
after=vega(S,100000,83/365,s)/100-ratio*vega(S,100000,23/365,s)/100
row("net vega after 7 days (exact ratio)","16.67",after,"%.2f")
after2=vega(S,100000,83/365,s)/100-1.72*vega(S,100000,23/365,s)/100
row("net vega after 7 days (ratio 1.72 rounded)","16.67",after2,"%.2f")
# bracket claim: min of d1*d2 = -sigma^2 T/4
import itertools
T=1.0; sT=0.5*1.0
mn=min(((math.log(S/K)+0.125)/0.5)*((math.log(S/K)-0.125)/0.5) for K in range(20000,500000,100))
row("min d1d2 (T=1,s=.5) vs -s^2T/4","-0.0625",mn,"%.5f")
