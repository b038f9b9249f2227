"""Re-check definition/trading-volume (batch A)."""
from _chkA import *
n,prem,S,delta=1_000,0.02,100_000,0.3
chk("50 BTC changing hands counts once", 50, 50)
chk("notional volume USD", n*1*S, 100e6); chk("premium volume USD", n*prem*S, 2e6)
chk("delta-adjusted volume USD", n*delta*S, 30e6)
done()
