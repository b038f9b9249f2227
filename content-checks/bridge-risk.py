from _g import *
show("backing after 120k withdrawn %", (200000-120000)/200000*100, "40%")
show("backing after 120k unbacked mint %", 200000/320000*100, "62.5%")
# Ronin: 173,600 ETH at ~USD 3,000-3,400 (late March 2022) + 25.5m USDC
for px in (3000,3400): show(f"Ronin USD m at ETH {px}", (173600*px+25.5e6)/1e6, "about USD 620 million when disclosed 29 Mar (ETH ~3,400); ~540m at 23 Mar prices")
show("validator keys 5 of 9", 5/9, "majority threshold")
