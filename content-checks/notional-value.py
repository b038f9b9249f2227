"""Re-check definition/notional-value (batch A)."""
from _chkA import *
chk("3 CME futures x 5 BTC x 100k", 3*5*100_000, 1.5e6); chk("1% move", 0.01*1.5e6, 15_000)
chk("2 BTC linear at 100k", 2*100_000, 200_000); chk("2 BTC linear at 80k", 2*80_000, 160_000)
chk("20,000 x USD 10 inverse", 20_000*10, 200_000)
chk("  in BTC at 100k", 200_000/100_000, 2, 1e-9); chk("  in BTC at 80k", 200_000/80_000, 2.5, 1e-9)
chk("50 calls x 1 BTC notional BTC", 50, 50); chk("  USD at 100k", 50*100_000, 5e6)
chk("premium BTC 50 x 0.03", 50*0.03, 1.5, 1e-9); chk("  premium USD", 50*0.03*100_000, 150_000)
done()
