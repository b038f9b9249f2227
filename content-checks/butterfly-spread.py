"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
D=CALL[90000]-2*CALL[100000]+CALL[110000]
chk("call fly debit", D, 2920); chk("2 x 100k call", 2*CALL[100000], 11420)
chk("max profit W-D", 10000-D, 7080); chk("BE low", 90000+D, 92920); chk("BE high", 110000-D, 107080)
Dp=PUT[90000]-2*PUT[100000]+PUT[110000]; chk("put fly debit", Dp, 2920)
chk("profit per $ risked", (10000-D)/D, 2.4, 0.05)
chk("fly / W", D/10000, 0.292, 0.0005); chk("fly / W^2 (x1e5)", D/1e8*1e5, 2.92, 0.005)
# what the 0.292 actually measures: triangle-weighted probability; compare band probabilities from smile digitals
def iv(K):
    ks=sorted(IV)
    for a,b in zip(ks,ks[1:]):
        if a<=K<=b: return IV[a]+(IV[b]-IV[a])*(K-a)/(b-a)
def dig(K,h=50): return -(bs(S0,K+h,T30,iv(K+h))-bs(S0,K-h,T30,iv(K-h)))/(2*h)
print(f"   P(95k<S<105k) from smile digitals = {dig(95000)-dig(105000):.3f};  P(90k<S<110k) = {dig(90050)-dig(109950):.3f}")

chk("P(95k<S_T<105k) vs fly/W (text: roughly 29% within ~USD 5,000)", dig(95000)-dig(105000), 0.292, 0.02)

done()
