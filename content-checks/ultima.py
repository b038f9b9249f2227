from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/ultima (batch C)
def vomma(S,K,T,s):
    d1,d2=d12(S,K,T,s); return vega(S,K,T,s)*d1*d2/s
def ultima(S,K,T,s):
    d1,d2=d12(S,K,T,s); u=d1*d2
    return -vega(S,K,T,s)/s**2*(u*(1-u)+d1*d1+d2*d2)
S=100000; T=30/365
h=1e-5
num=(vomma(S,120000,T,0.5+h)-vomma(S,120000,T,0.5-h))/(2*h)
row("ultima formula vs FD of vomma",'%.4e'%num,ultima(S,120000,T,0.5),"%.4e")
row("vega 120k per point","55.66",vega(S,120000,T,.5)/100,"%.2f")
row("vomma 120k per pt^2","1.80",vomma(S,120000,T,.5)/1e4,"%.3f")
row("ultima 120k per pt^3","-0.050",ultima(S,120000,T,.5)/1e6,"%.4f")
t1=["1.98","2.23","1.80","1.32","0.96","0.70"]; t2=["0.03","0.39","0.95","1.27","1.32","1.23"]
for i,sv in enumerate((0.3,0.4,0.5,0.6,0.7,0.8)):
    row("vomma 120k at %d%%"%(sv*100),t1[i],vomma(S,120000,T,sv)/1e4,"%.3f")
    row("vomma 140k at %d%%"%(sv*100),t2[i],vomma(S,140000,T,sv)/1e4,"%.3f")
row("ultima 140k","+0.047",ultima(S,140000,T,.5)/1e6,"%.4f")
row("ultima ATM","-0.0002",ultima(S,100000,T,.5)/1e6,"%.5f")
c50=call(S,120000,T,.5); c70=call(S,120000,T,.7)
row("price at 50%","757.36",c50,"%.2f"); row("price at 70%","2,166.95",c70,"%.2f")
row("full repricing gain","1,409.59",c70-c50,"%.2f")
v=vega(S,120000,T,.5)/100; vm=vomma(S,120000,T,.5)/1e4; u=ultima(S,120000,T,.5)/1e6
row("vega-only","1,113.12",v*20,"%.2f")
row("+vomma","1,472.12",v*20+0.5*vm*400,"%.2f")
row("+ultima","1,405.10",v*20+0.5*vm*400+u*8000/6,"%.2f")
# where does 140k vomma peak, to check 'climbing toward 70%'
best=max(((vomma(S,140000,T,x/1000)),x/10) for x in range(300,1200))
row("140k vomma peak at vol","~70%",best[1],"%.1f%%")
best=max(((vomma(S,120000,T,x/1000)),x/10) for x in range(200,1200))
row("120k vomma peak at vol","<50%",best[1],"%.1f%%")
