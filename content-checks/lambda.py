from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/lambda (batch C)
S=100000; T=30/365; s=0.5
for K,t in [(90000,("11,827.69","0.790","6.68")),(100000,("5,713.77","0.529","9.25")),(110000,("2,275.43","0.277","12.15")),(120000,("757.36","0.115","15.19"))]:
    c=call(S,K,T,s); d=delta_c(S,K,T,s)
    row("call %d premium"%K,t[0],c,"%.2f"); row("call %d delta"%K,t[1],d,"%.3f"); row("call %d lambda"%K,t[2],d*S/c,"%.2f")
for K,t in [(100000,("5,713.77","-0.471","-8.25")),(90000,("1,827.69","-0.210","-11.49"))]:
    p=put(S,K,T,s); d=delta_c(S,K,T,s)-1
    row("put %d premium"%K,t[0],p,"%.2f"); row("put %d delta"%K,t[1],d,"%.3f"); row("put %d lambda"%K,t[2],d*S/p,"%.2f")
def lam(days): Tt=days/365; return delta_c(S,100000,Tt,s)*S/call(S,100000,Tt,s)
row("ATM lambda 7d","18.6",lam(7),"%.2f"); row("ATM lambda 1d","48.4",lam(1),"%.2f"); row("ATM lambda 1y","3.0",lam(365),"%.2f")
c0=call(S,100000,T,s)
for m,t in [(1.01,"+9.49%"),(0.99,"-9.01%"),(1.10,"+~115%"),(0.90,"-~68%")]:
    row("premium change for spot x%.2f"%m,t,(call(S*m,100000,T,s)/c0-1)*100,"%.2f%%")
row("option vol = lambda*sigma","~460%",lam(30)*50,"%.1f%%")
