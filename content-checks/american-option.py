"""Re-check definition/american-option (batch A). S=40, K=60, T=0.5, vol 40%, r 4%, no dividend."""
from _chkA import *
S,K,T,v,r=40.0,60.0,0.5,0.40,0.04
def crr(S,K,T,v,r,n,american=True):
    dt=T/n; u=math.exp(v*math.sqrt(dt)); d=1/u; p=(math.exp(r*dt)-d)/(u-d); disc=math.exp(-r*dt)
    vals=[max(K-S*u**j*d**(n-j),0.0) for j in range(n+1)]
    for i in range(n-1,-1,-1):
        vals=[disc*(p*vals[j+1]+(1-p)*vals[j]) for j in range(i+1)]
        if american:
            vals=[max(vals[j],K-S*u**j*d**(i-j)) for j in range(i+1)]
    return vals[0]
eu=bs(S,K,T,v,r,'p')
chk("European put (BS)", eu, 19.35, 0.005)
chk("intrinsic", K-S, 20)
chk("interest on strike, K(1-e^{-rT})", K*(1-math.exp(-r*T)), 1.19, 0.005)
for n in (100,500,1000,2000,2001,5000):
    print(f"   CRR n={n}: American {crr(S,K,T,v,r,n):.5f}  European {crr(S,K,T,v,r,n,False):.5f}")
am=(crr(S,K,T,v,r,2000)+crr(S,K,T,v,r,2001))/2
chk("American put (CRR, n~2000, avg even/odd)", am, 20.05, 0.005)
# American put on a deep ITM: tree value should be >= intrinsic 20
chk("early-exercise premium", am-eu, 0.69, 0.01)
chk("premium per 100-share contract", (am-eu)*100, 69, 1)
# Merton bound check: non-dividend call lower bound S-Ke^{-rT} > S-K for r>0 (symbolic; print example)
print("   Merton bound example S=60,K=40:", 60-40*math.exp(-r*T), ">", 60-40)
done()
