"""Re-check definition/physical-settlement (batch A)."""
from _chkA import *
chk("10 IBIT calls x 100 shares", 10*100, 1_000)
chk("cash needed at strike 50", 10*100*50, 50_000)
done()
