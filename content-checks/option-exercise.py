"""Re-check term/option-exercise (batch A)."""
from _chkA import *
K=100_000; ST=101_250; q=2
per=(ST-K)/ST
chk("inverse call payoff per contract (BTC)", per, 0.012346, 1e-6)
chk("two calls, BTC", q*per, 0.02469, 0.000005)
chk("  worth in USD at delivery price", q*per*ST, 2_500, 0.01)
chk("linear USDC payoff, two calls", q*(ST-K), 2_500)
chk("OCC threshold: ITM by 0.01 is exercised (0.01>=0.01)", 0.01>=0.01, 1)
done()
