from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/color (batch C)
s=0.5
def color(S,K,T,s,r=0.0):
    d1,d2=d12(S,K,T,s,r); st=s*math.sqrt(T)
    return phi(d1)/(2*S*T*st)*(1+(2*r*T-d2*st)*d1/st)
# formula vs finite difference of gamma wrt calendar time (dGamma/dt = -dGamma/dT), incl r != 0
for (S,K,T,r) in [(100000,100000,7/365,0.0),(100000,110000,7/365,0.05),(100000,90000,0.3,0.03)]:
    h=1e-6
    num=-(gamma(S,K,T+h,s,r)-gamma(S,K,T-h,s,r))/(2*h)
    row("color formula vs FD K=%d T=%.3f r=%.2f"%(K,T,r),'%.4e'%num,color(S,K,T,s,r),"%.4e")
S=100000; T=7/365
g=gamma(S,100000,T,s); c=color(S,100000,T,s)/365
row("7d ATM gamma","0.0000576",g,"%.4e"); row("7d ATM color/day","+0.0000041",c,"%.4e")
row("  relative","~7%/day",c/g*100,"%.2f%%")
row("7d ATM gamma one day later (6d)","0.0000622",gamma(S,100000,6/365,s),"%.4e")
d1,d2=d12(S,110000,T,s)
row("110k d1*d2","1.89",d1*d2,"%.3f")
g2=gamma(S,110000,T,s); c2=color(S,110000,T,s)/365
row("110k gamma","0.0000234",g2,"%.4e"); row("110k color/day","-0.0000015",c2,"%.4e")
row("  relative","~-6%/day",c2/g2*100,"%.2f%%")
row("110k gamma 1 day later","0.0000216",gamma(S,110000,6/365,s),"%.4e")
g2d=gamma(S,100000,2/365,s); g1d=gamma(S,100000,1/365,s)
row("2d ATM gamma","0.000108",g2d,"%.4e"); row("1d ATM gamma","0.000152",g1d,"%.4e")
row("jump","41%",(g1d/g2d-1)*100,"%.2f%%")
row("one-day color estimate","0.000135",g2d+color(S,100000,2/365,s)/365,"%.4e")
# dealer short 500 ATM 7d calls: BTC to trade per 1% move = 500*gamma*S*0.01
for d,t in [(7,"28.8"),(6,"31.1"),(5,"34.1")]:
    row("hedge per 1%% move, %dd"%d,t,500*gamma(S,100000,d/365,s)*S*0.01,"%.2f")
