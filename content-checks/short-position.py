"""Re-check definition/short-position (batch A)."""
from _chkA import *
chk("2 ETH borrowed, 2,500 -> 3,000 debt rise", 2*(3_000-2_500), 1_000)
N=100_000; P0=100_000
g=N*(1/80_000-1/P0); chk("short inverse gain at 80k (BTC)", g, 0.25, 1e-12); chk("  1.25 BTC x 80k", (1+g)*80_000, 100_000, 1e-6)
l=N*(1/125_000-1/P0); chk("short inverse loss at 125k (BTC)", l, -0.2, 1e-12); chk("  0.8 BTC x 125k", (1+l)*125_000, 100_000, 1e-6)
chk("1x short, coin triples: loss / notional", (3-1)*1, 2)
done()
