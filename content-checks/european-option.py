"""Re-check definition/european-option (batch A). No worked numbers; checks the two quantitative claims."""
from _chkA import *
# claim: American call on a no-income asset equals the European call (early exercise never optimal), r > 0
def crr(S,K,T,v,r,n,kind,american):
    dt=T/n;u=math.exp(v*math.sqrt(dt));d=1/u;p=(math.exp(r*dt)-d)/(u-d);disc=math.exp(-r*dt)
    pay=(lambda x:max(x-K,0)) if kind=='c' else (lambda x:max(K-x,0))
    vals=[pay(S*u**j*d**(n-j)) for j in range(n+1)]
    for i in range(n-1,-1,-1):
        vals=[disc*(p*vals[j+1]+(1-p)*vals[j]) for j in range(i+1)]
        if american: vals=[max(vals[j],pay(S*u**j*d**(i-j))) for j in range(i+1)]
    return vals[0]
chk("American call - European call (no income, r=4%)", crr(60,40,.5,.4,.04,800,'c',True)-crr(60,40,.5,.4,.04,800,'c',False), 0, 1e-9)
# claim: a deep ITM European put can trade below spot intrinsic when futures trade at a premium (r=0)
chk("European put below spot intrinsic with F>S (1=yes)", black(103_000,150_000,.25,.5,kind='p') < 50_000, 1)
done()
