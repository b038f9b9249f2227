from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/sticky-strike-and-sticky-delta (batch C)
T=30/365; K=110000
def vol(S): return 0.50-0.20*math.log(K/S)
S=100000
k=math.log(K/S); row("log-moneyness 110k","0.0953",k,"%.4f")
v=vol(S); row("implied vol","48.09%",v*100,"%.3f%%")
row("price","2,094.17",call(S,K,T,v),"%.2f")
d=delta_c(S,K,T,v); row("BS delta","0.2669",d,"%.4f")
vg=vega(S,K,T,v); row("vega per point","94.24",vg/100,"%.2f")
adj=vg*0.20/S; row("vega*0.20/S","0.0188",adj,"%.4f")
row("sticky-delta hedge ratio","0.2857",d+adj,"%.4f")
S2=105000
row("sticky strike price at 105k","3,741.05",call(S2,K,T,v),"%.2f")
k2=math.log(K/S2); row("new log-moneyness","0.0465",k2,"%.4f")
v2=vol(S2); row("new vol","49.07%",v2*100,"%.3f%%")
row("sticky moneyness price","3,854.21",call(S2,K,T,v2),"%.2f")
row("difference","113.16",call(S2,K,T,v2)-call(S2,K,T,v),"%.2f")
# hedges of 500 short calls at 105k
hs=500*delta_c(S2,K,T,v)
d2=delta_c(S2,K,T,v2); vg2=vega(S2,K,T,v2)
hd=500*(d2+vg2*0.20/S2)
row("[after move] hedge sticky strike at 105k","-",hs,"%.2f")
row("[after move] hedge sticky delta at 105k","-",hd,"%.2f")
row("[after move] difference","-",hd-hs,"%.2f")
# alt: hedges at 100k
row("hedge at starting spot, sticky strike (BTC)","133.4",500*d,"%.2f"); row("hedge at starting spot, sticky delta","142.9",500*(d+adj),"%.2f"); row("unintended exposure","9.4",500*adj,"%.2f")
# ATM vol at 105k under sticky strike
row("vol of 105k strike (sticky strike ATM)","49.02%",(0.50-0.20*math.log(105000/100000))*100,"%.3f%%")
