"""Re-check definition/long-position (batch A)."""
from _chkA import *
Nn,P0=10_000,100_000
def pnl(P1,N=Nn,P0=P0): return N*(1/P0-1/P1)
chk("inverse long +10% BTC", pnl(110_000), 0.00909, 0.000005); chk("  in USD at 110k", pnl(110_000)*110_000, 1_000, 1e-6)
chk("inverse long -10% BTC", pnl(90_000), -0.01111, 0.000005); chk("  in USD at 90k", pnl(90_000)*90_000, -1_000, 1e-6)
# coin-margined 1x long: 1 BTC collateral, USD 100,000 inverse long at 100,000
def acct_btc(P): return 1+pnl(P,100_000,100_000)
chk("coin-margined 1x long at half price, BTC left", acct_btc(50_000), 0, 1e-12)
def acct_usd(P): return acct_btc(P)*P
h=1.0; el=(acct_usd(100_000+h)-acct_usd(100_000-h))/(2*h)*100_000/acct_usd(100_000)
chk("USD elasticity of account (behaves like 2x)", el, 2, 1e-6)
# linear 10x: liquidation before a 10% fall when maintenance margin > 0
mm=0.005; fall=(1/10-mm)*100; chk("linear 10x liquidation fall % (mm 0.5%) < 10", fall, 9.5, 0.01)
chk("inverse long coin loss as P->0 (P=1)", pnl(1,100_000,100_000), -99_999, 1)
done()
