"""Re-check definition/out-of-the-money (batch A). BTC 100,000, vol 50%, 30 days, r = 0, no skew."""
from _chkA import *
S=100_000; v=.5; T=30/365; sq=v*math.sqrt(T)
def strike_for_call_delta(d): return S*math.exp(-Ninv(d)*sq+v*v*T/2)
def strike_for_put_delta(d): return S*math.exp(-Ninv(1+d)*sq+v*v*T/2)   # put delta = N(d1)-1
K25=strike_for_call_delta(.25); K10=strike_for_put_delta(-.10)
chk("25-delta call strike (near 111,300)", K25, 111_300, 60)
chk("10-delta put strike (near 84,100)", K10, 84_100, 60)
chk("check delta at K25", fdelta(S,K25,T,v), .25, 1e-6); chk("check delta at K10", fdelta(S,K10,T,v,'p'), -.10, 1e-6)
c=black(S,120_000,T,v)
chk("120k call price", c, 757)
chk("  as % of spot (under 1%)", c/S*100, 0.757, 0.001)
chk("120k call delta", fdelta(S,120_000,T,v), 0.115, 0.0005)
_,d2=d12(S,120_000,T,v); chk("P(ITM) %", N(d2)*100, 9, 0.5)
T1=29/365
up=black(1.1*S,120_000,T1,v); dn=black(.9*S,120_000,T1,v); fl=black(S,120_000,T1,v)
chk("+10% next day value", up, 2_651); chk("  ratio to cost", up/c, 3.5, 0.05)
chk("-10% next day value", dn, 111); chk("  loss %", (1-dn/c)*100, 85, 0.5)
chk("unchanged next day, loss %", (1-fl/c)*100, 6, 0.5)
chk("break-even at expiry", 120_000+c, 120_757); chk("  rally %", (120_000+c)/S*100-100, 20.8, 0.05)
p50=black(S,80_000,T,.5,kind='p'); p60=black(S,80_000,T,.6,kind='p')
chk("80k put at 50% vol", p50, 329); chk("80k put at 60% vol", p60, 703); chk("  ratio (more than double)", p60/p50, 2.14, 0.01)
done()
