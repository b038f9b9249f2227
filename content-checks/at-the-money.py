"""Re-check definition/at-the-money (batch A). S 100,000, 90-day future 101,500, vol 50%."""
from _chkA import *
S=100_000; F=101_500; T=90/365; v=.5
chk("annualised basis % (simple)", (F/S-1)*365/90*100, 6.1, 0.05)
h=v*v*T/2; chk("sigma^2 T/2", h, 0.0308, 0.00005)
Kf=F*math.exp(h); Kp=F*math.exp(-h)
chk("DNS forward-delta strike", Kf, 104_677, 1)
chk("DNS premium-adjusted strike", Kp, 98_419, 1)
chk("spread between DNS strikes (> 6,000)", Kf-Kp, 6_258, 1)
# verify zero-delta conditions numerically
d1,_=d12(F,Kf,T,v); chk("d1 at DNS fwd strike (0)", d1, 0, 1e-9)
def pa(F,K,T,v,kind):  # premium-adjusted forward delta = fwd delta - premium/F
    return fdelta(F,K,T,v,kind)-black(F,K,T,v,kind=kind)/F
chk("PA straddle delta at Kp (0)", pa(F,Kp,T,v,'c')+pa(F,Kp,T,v,'p'), 0, 1e-9)
chk("50-delta call at Kf", fdelta(F,Kf,T,v), 0.5, 1e-9)
cd=fdelta(F,F,T,v); pd=fdelta(F,F,T,v,'p')
chk("ATMF call delta", cd, 0.549, 0.0005); chk("ATMF put delta", pd, -0.451, 0.0005)
chk("ATMF straddle net delta", cd+pd, 0.099, 0.0005)
chk("7-day DNS strike above forward %", (math.exp(v*v*(7/365)/2)-1)*100, 0.24, 0.005)
st=2*black(F,F,T,v); chk("ATMF straddle / (F sigma sqrtT) (~0.8)", st/(F*v*math.sqrt(T)), 0.8, 0.01)
chk("sqrt(2/pi)", math.sqrt(2/math.pi), 0.8, 0.005)
done()
