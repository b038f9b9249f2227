"""Re-check term/put-call-parity (batch A). S 100,000, 90-day future 101,500, r 4%."""
from _chkA import *
S,F,K,r,T=100_000,101_500,100_000,.04,90/365
D=math.exp(-r*T)
chk("annualised basis % (about 6%)", (F/S-1)*365/90*100, 6, 0.1)
fwd=D*(F-K); chk("forward parity C-P", fwd, 1_485, 0.5)
spot=S-K*D; chk("spot (Stoll) parity C-P", spot, 981, 0.5)
chk("gap (roughly 500)", fwd-spot, 500, 10)
C,P=10_580,9_180; chk("quoted C-P", C-P, 1_400)
chk("locked at expiry per BTC", F-K, 1_500)
chk("PV of lock", D*(F-K), 1_485, 0.5)
chk("edge per BTC before costs", D*(F-K)-(C-P), 85, 0.5)
chk("implied forward from quotes", K+(C-P)/D, 101_414, 0.5)
# American bounds sanity on a numeric example (CRR) S=K=100,r=4%,T=.5,vol .4
def crr(S,K,T,v,r,n,kind):
    dt=T/n;u=math.exp(v*math.sqrt(dt));d=1/u;p=(math.exp(r*dt)-d)/(u-d);disc=math.exp(-r*dt)
    pay=(lambda x:max(x-K,0)) if kind=='c' else (lambda x:max(K-x,0))
    vals=[pay(S*u**j*d**(n-j)) for j in range(n+1)]
    for i in range(n-1,-1,-1):
        vals=[max(disc*(p*vals[j+1]+(1-p)*vals[j]),pay(S*u**j*d**(i-j))) for j in range(i+1)]
    return vals[0]
ca,pa=crr(100,100,.5,.4,.04,800,'c'),crr(100,100,.5,.4,.04,800,'p')
print(f"   American bounds example: S-K=0 <= C-P={ca-pa:.4f} <= S-Ke^-rT={100-100*math.exp(-.02):.4f}")
chk("American bounds hold (1=yes)", 0<=ca-pa<=100-100*math.exp(-.02), 1)
done()
