# Recheck of term/variance-swap (batch C)
import math
def row(label, text, val, fmt="%.6g"): print(("%-55s text=%-12s calc="+fmt)%(label,text,val))
Nvega=100000; Kvol=50; Nvar=Nvega/(2*Kvol)
row("variance notional per var point","1,000",Nvar,"%.2f")
row("50% vol in variance points","2,500",Kvol**2,"%d")
for rv,t1,t2 in [(40,"-900,000","-1,000,000"),(60,"+1,100,000","+1,000,000"),(100,"+7,500,000","+5,000,000")]:
    row("payoff at RV=%d"%rv,t1,Nvar*(rv**2-Kvol**2),"%.0f"); row("vega approx at RV=%d"%rv,t2,Nvega*(rv-Kvol),"%.0f")
# replication check: with BS flat vol 50%, zero rate, the 1/K^2 strip should price K_var = sigma^2
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def bs(F,K,T,s,cp):
    d1=(math.log(F/K)+0.5*s*s*T)/(s*math.sqrt(T)); d2=d1-s*math.sqrt(T)
    return F*N(d1)-K*N(d2) if cp=='c' else K*N(-d2)-F*N(-d1)
F=100000; T=30/365; s=0.5; dK=50; tot=0; K=dK
while K<2_000_000:
    Q=bs(F,K,T,s,'p') if K<F else bs(F,K,T,s,'c')
    tot+=Q/K**2*dK; K+=dK
row("strip-implied vol (flat 50% BS, should be 50)","50",math.sqrt(2/T*tot)*100,"%.3f")
