"""Re-check definition/settlement-price (batch A)."""
from _chkA import *
chk("readings in 30 min at one per 4 s", 30*60/4, 450)
chk("CME CF BRR partitions: 60 min / 5 min", 60/5, 12)
shift=0.02*60/1800
chk("2% for 60 s of 1,800 s window, %", shift*100, 0.067, 0.0005)
chk("  in USD at 100,000", shift*100_000, 67, 0.5)
dp=(20*100_000+10*103_000)/30
chk("delivery price", dp, 101_000)
chk("100,500 call pays (avg)", max(dp-100_500,0), 500)
chk("100,500 call would pay at 08:00 spot", max(103_000-100_500,0), 2_500)
done()
