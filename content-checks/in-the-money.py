"""Re-check definition/in-the-money (batch A). BTC 100,000, vol 50%, 30 days, r = 0."""
from _chkA import *
S=100_000; v=.5; T=30/365
c90=black(S,90_000,T,v); c80=black(S,80_000,T,v)
chk("90k call price", c90, 11_828)
chk("90k intrinsic share %", 10_000/c90*100, 85, 0.5)
chk("90k call delta", fdelta(S,90_000,T,v), 0.79, 0.005)
chk("80k call price", c80, 20_329)
chk("80k intrinsic share %", 20_000/c80*100, 98, 0.5)
chk("80k call delta (near 0.95)", fdelta(S,80_000,T,v), 0.95, 0.01)
for K,txt in [(90_000,6.8),(100_000,9.5),(110_000,12.7)]:
    c=black(S,K,T,v); up=black(S*1.01,K,T,v)
    el=fdelta(S,K,T,v)*S*0.01/c*100
    print(f"   K={K}: full reprice +1% -> {(up/c-1)*100:.2f}%   delta-elasticity {el:.2f}%")
    chk(f"K={K} % change for +1% BTC (full reprice)", (up/c-1)*100, txt, 0.05)
_,d2=d12(S,90_000,T,v); chk("90k N(d2)", N(d2), 0.746, 0.0005)
_,d2p=d12(S,110_000,T,v); chk("110k put P(ITM)=N(-d2)", N(-d2p), 0.77, 0.005)
chk("110k put delta", fdelta(S,110_000,T,v,'p'), -0.72, 0.005)
chk("ETH 2800 call ITM at 3000 (1=yes)", 3000>2800, 1); chk("ETH 3200 put ITM (1=yes)", 3000<3200, 1)
done()
