from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/zomma (batch C)
def zomma(S,K,T,s):
    d1,d2=d12(S,K,T,s); return gamma(S,K,T,s)*(d1*d2-1)/s
S=100000; T=30/365
h=1e-6
num=(gamma(S,120000,T,0.5+h)-gamma(S,120000,T,0.5-h))/(2*h)
row("zomma formula vs FD (120k)",'%.4e'%num,zomma(S,120000,T,0.5),"%.4e")
tab={100000:("0.0347","0.0278","0.0231","-0.00056"),120000:("0.0108","0.0135","0.0144","+0.00017"),80000:("0.0047","0.0074","0.0089","+0.00021")}
for K,t in tab.items():
    for i,sv in enumerate((0.4,0.5,0.6)):
        row("scaled gamma K=%d vol=%d%%"%(K,sv*100),t[i],gamma(S,K,T,sv)*S*0.01,"%.4f")
    row("scaled zomma per point K=%d"%K,t[3],zomma(S,K,T,0.5)*S*0.01/100,"%.5f")
g50=gamma(S,100000,T,.5)*1000; g60=gamma(S,100000,T,.6)*1000
row("ATM cut 50->60","~17%",(1-g60/g50)*100,"%.2f%%")
row("zomma-only prediction at 60%","0.0222",g50+zomma(S,100000,T,.5)*1000/100*10,"%.4f")
T7=7/365
row("7d 120k scaled gamma at 50%","0.0020",gamma(S,120000,T7,.5)*1000,"%.4f")
row("7d 120k scaled gamma at 80%","0.0102",gamma(S,120000,T7,.8)*1000,"%.4f")
row("ratio","~5x",gamma(S,120000,T7,.8)/gamma(S,120000,T7,.5),"%.2f")
