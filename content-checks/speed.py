from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/speed (batch C)
def speed(S,K,T,s):
    d1,_=d12(S,K,T,s); return -gamma(S,K,T,s)/S*(d1/(s*math.sqrt(T))+1)
# numerical check of formula
S,K,T,s=100000,110000,7/365,0.5
h=1.0
num=(gamma(S+h,K,T,s)-gamma(S-h,K,T,s))/(2*h)
row("speed formula vs finite diff (should match)",'%.4e'%num,speed(S,K,T,s),"%.4e")
# peak of gamma
T30=30/365
Speak=100000*math.exp(-3*0.25*T30/2)
row("spot of gamma peak 30d K=100k","~96,965",Speak,"%.1f")
# speed at strike for 30d ATM, scaled per 1% move, relative
g=gamma(100000,100000,T30,s); sp=speed(100000,100000,T30,s)
row("ATM 30d: gamma change per 1% rally (relative)","~-1.5%",sp*1000/g*100,"%.3f%%")
row("  exact: gamma(101000)/gamma(100000)-1","",(gamma(101000,100000,T30,s)/g-1)*100,"%.3f%%")
# verify the peak: speed at Speak ~ 0
row("speed at peak (should be ~0)","0",speed(Speak,100000,T30,s),"%.3e")
# worked example 7d 110k
row("delta","0.0898",delta_c(S,K,T,s),"%.4f")
row("gamma","0.0000234",gamma(S,K,T,s),"%.4e")
row("speed","0.0000000043",speed(S,K,T,s),"%.4e")
d0=delta_c(S,K,T,s); g0=gamma(S,K,T,s); sp0=speed(S,K,T,s)
row("gamma-only delta","~0.1367",d0+g0*2000,"%.4f")
row("speed term","0.0086",0.5*sp0*2000**2,"%.4f")
row("delta with speed","0.1453",d0+g0*2000+0.5*sp0*2000**2,"%.4f")
row("repriced delta at 102k","0.1455",delta_c(102000,K,T,s),"%.4f")
row("gamma at 102k","0.0000323",gamma(102000,K,T,s),"%.4e")
row("gamma rise","~38%",(gamma(102000,K,T,s)/g0-1)*100,"%.2f%%")
row("hedge start 500 calls","44.9",500*d0,"%.2f")
row("hedge after","72.8",500*delta_c(102000,K,T,s),"%.2f")
row("gamma-only hedge","68.3",500*(d0+g0*2000),"%.2f")
row("missing BTC","4.4",500*(delta_c(102000,K,T,s)-d0-g0*2000),"%.2f")
row("of which speed","-",500*0.5*sp0*2000**2,"%.2f")
# 1-day ATM
T1=1/365
g1=gamma(100000,100000,T1,s); row("1-day ATM gamma","0.000152",g1,"%.4e")
row("true gamma after 2000 move (up)","0.000111",gamma(102000,100000,T1,s),"%.4e")
row("true gamma after 2000 fall (text now says rally only)","-",gamma(98000,100000,T1,s),"%.4e")
row("gamma+speed predict (up)","0.000148",g1+speed(100000,100000,T1,s)*2000,"%.4e")
row("gamma+speed predict (down)","-",g1-speed(100000,100000,T1,s)*2000,"%.4e")
