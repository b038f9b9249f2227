"""Re-check definition/cash-settlement (batch A)."""
from _chkA import *
Q,K,ST,sale=10,90_000,85_000,84_600
pay=Q*max(K-ST,0); chk("linear put payout", pay, 50_000)
chk("sale proceeds", Q*sale, 846_000)
tot=pay+Q*sale; chk("total", tot, 896_000); chk("per coin", tot/Q, 89_600); chk("shortfall vs strike", K-tot/Q, 400)
btc=Q*(K-ST)/ST; chk("coin-settled payout (BTC)", btc, 0.5882, 0.00005)
chk("  worth at 84,600", btc*sale, 49_765, 0.5)
done()
